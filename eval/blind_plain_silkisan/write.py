"""Hand-labelled evaluation set `eval/blind_plain_silkisan/`: Isan silk, plain registry entries.

95 SME profiles (`bks-001` ... `bks-095`) written by hand as short registry phrases, about 55 % in Thai,
with the true supplier -> buyer links derived from hand-given labels. Every offer is a (text, label)
pair; every need lists the offer labels that meet it and the certifications its text requires, or is
marked as met by no one. The labels live only in this file.

Run from the repository root:

    .venv/bin/python eval/blind_plain_silkisan/write.py

It checks the data and writes `profiles.jsonl`, `links.csv` and `README.md` next to itself (nothing if a
check fails), and prints the counts table.
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
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it ("" for a need someone meets)


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[BcgTag, ...] = ()


def offer(text: str, label: str) -> Offer:
    return Offer(text, label)


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` (if any) name what would meet it but for `req`."""
    return Need(text, labels, req, waive, unmet=note)


HN = SubCluster.HEMP_NATURAL_FIBRE
CT = SubCluster.CIRCULAR_TEXTILE
SP = SubCluster.SPORTECH
AC = SubCluster.AGEING_LIFESTYLE_CENTRAL
AI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIRC = BcgTag.CIRCULAR
GREEN = BcgTag.GREEN

PEACOCK = "Thai Silk Peacock Emblem"

# ------------------------------------------------------------------ profiles

SMES: tuple[Sme, ...] = (
    # ---- part 1: mulberry, silkworms, cocoons, reeled yarn, fibre and dye inputs (001-025)
    Sme(
        "bks-001",
        "th",
        "วิสาหกิจชุมชนปลูกหม่อนอินทรีย์บ้านโคกตาล",
        AI,
        UP,
        "Surin",
        "kokthan.mulberry@gmail.com",
        offers=(
            offer("ใบหม่อนสด พันธุ์บุรีรัมย์ 60 ตัดส่งทุกเช้า", "mulberry_leaves"),
            offer("กิ่งพันธุ์หม่อน กิ่งละ 2 บาท ขั้นต่ำ 500 กิ่ง", "mulberry_saplings"),
        ),
        needs=(unmet("ปุ๋ยหมักหรือปุ๋ยคอกอัดเม็ด สำหรับแปลงหม่อน 10 ไร่", "no fertiliser maker in the set"),),
        certifications=("Organic Thailand",),
        bcg=(BIO, GREEN),
    ),
    Sme(
        "bks-002",
        "en",
        "Isan Sericulture Seed Co., Ltd.",
        AI,
        UP,
        "Khon Kaen",
        "sales@isanseri.co.th",
        offers=(
            offer("Silkworm egg sheets, Thai polyvoltine and hybrid breeds", "silkworm_eggs"),
            offer("Chawki-reared young silkworms, 2nd-3rd instar, in trays", "young_silkworms"),
        ),
        needs=(need("Mulberry foliage, approx. 2 t per week in rearing season", "mulberry_leaves"),),
        certifications=("ISO 9001",),
        bcg=(BIO,),
    ),
    Sme(
        "bks-003",
        "th",
        "กลุ่มเลี้ยงไหมบ้านสนวนนอก",
        AI,
        UP,
        "Buriram",
        "sanuan.silk@gmail.com",
        offers=(
            offer("ฝักไหมสด ไหมพื้นบ้านสีเหลือง", "native_cocoons"),
            offer("ดักแด้ไหมต้ม แพ็คสุญญากาศ ถุง 1 กก.", "silkworm_pupae"),
        ),
        needs=(
            need("ไข่ไหมแผ่น พันธุ์นางน้อยหรือลูกผสม", "silkworm_eggs"),
            need("ต้นหม่อนสำหรับปลูกเพิ่ม 2 ไร่", "mulberry_saplings"),
        ),
        certifications=("OTOP",),
        bcg=(BIO,),
    ),
    Sme(
        "bks-004",
        "en",
        "Chaiyaphum White Cocoon Farm",
        AI,
        UP,
        "Chaiyaphum",
        "whitecocoon.cyp@gmail.com",
        offers=(
            offer("Bivoltine white cocoons, fresh, grade A", "white_hybrid_cocoons"),
            offer("Pierced and double cocoons, reject grade, by the sack", "cut_cocoons"),
        ),
        needs=(
            need("3rd-age worms from a chawki centre", "young_silkworms"),
            need("Mountages for cocoon spinning, 300 sets", "sericulture_equipment"),
        ),
        bcg=(BIO,),
    ),
    Sme(
        "bks-005",
        "th",
        "กลุ่มสาวไหมน้อยบ้านโนนแดง",
        AI,
        UP,
        "Sisaket",
        "nondaeng.maihnoi@gmail.com",
        offers=(
            offer("ไหมน้อย สาวมือ เส้นเล็กเรียบ ใช้เป็นเส้นพุ่ง", "hand_reeled_silk_yarn"),
            offer("ไหมลืบ ไหมเปลือก กก.ละ 1,200 บาท", "coarse_silk_yarn"),
        ),
        needs=(
            need("รังไหมสดพันธุ์พื้นบ้าน ไม่รับรังเจาะ", "native_cocoons"),
            need("อยากได้พวงสาวไหมกับหม้อต้มรังแบบใหม่", "silk_reeling_equipment"),
        ),
        certifications=("OTOP",),
        bcg=(BIO,),
    ),
    Sme(
        "bks-006",
        "en",
        "Korat Silk Reeling Mill",
        AI,
        UP,
        "Nakhon Ratchasima",
        "mill@koratsilkreel.co.th",
        offers=(
            offer("Raw silk filament 20/22 denier, machine reeled, 3A", "machine_reeled_silk_yarn"),
            offer("Reeling waste and silk noil, baled", "silk_waste"),
        ),
        needs=(
            need("Reeling-grade hybrid cocoon supply on contract, 5 t per crop", "white_hybrid_cocoons"),
            unmet("Treatment system for degumming effluent", "no wastewater service in the set"),
        ),
        certifications=("ISO 9001",),
    ),
    Sme(
        "bks-007",
        "th",
        "ร้านไหมทองชนบท",
        AI,
        UP,
        "Khon Kaen",
        "maithong.chonnabot@gmail.com",
        offers=(
            offer("ไหมจีน สาวเครื่อง ไหมยืนตีเกลียว 2 เส้น", "machine_reeled_silk_yarn"),
            offer("ไหมย้อมสีเคมี กว่า 80 สี ขายเป็นไจ", "dyed_silk_yarn"),
        ),
        needs=(need("รับซื้อไหมสาวมือจากกลุ่มแม่บ้าน", "hand_reeled_silk_yarn"),),
    ),
    Sme(
        "bks-008",
        "en",
        "Sakon Indigo Farm",
        HN,
        UP,
        "Sakon Nakhon",
        "hello@sakonindigo.com",
        offers=(
            offer("Fermented indigo paste (Strobilanthes and Indigofera), 1 kg tubs", "indigo_paste"),
            offer("Indigo-dyed handspun cotton in hanks", "indigo_dyed_cotton_yarn"),
        ),
        needs=(need("Native cotton thread spun on a wheel, not yet dyed", "handspun_cotton_yarn"),),
        certifications=("Organic Thailand",),
        bcg=(BIO, GREEN),
    ),
    Sme(
        "bks-009",
        "th",
        "กลุ่มเลี้ยงครั่งบ้านดงมอน",
        HN,
        UP,
        "Mukdahan",
        "dongmon.lac@gmail.com",
        offers=(
            offer("ครั่งดิบ ครั่งเม็ด สำหรับย้อมไหมสีแดง", "natural_dye_materials"),
            offer("เปลือกประดู่ แก่นขนุน ใบหูกวาง ตากแห้ง", "natural_dye_materials"),
        ),
        needs=(),
        bcg=(BIO,),
    ),
    Sme(
        "bks-010",
        "en",
        "Dan Sai Native Cotton Growers",
        HN,
        UP,
        "Loei",
        "dansai.cotton@gmail.com",
        offers=(
            offer("Ginned native cotton lint, white and tan", "cotton_lint"),
            offer("Hand-spun cotton yarn, sold per kg", "handspun_cotton_yarn"),
        ),
        needs=(need("Traditional cotton-spinning tools for the group", "loom_and_weaving_tools"),),
        bcg=(BIO,),
    ),
    Sme(
        "bks-011",
        "th",
        "กลุ่มใยกัญชงม้งบ้านแม่สาใหม่",
        HN,
        UP,
        "Chiang Mai",
        "maesamai.hemp@gmail.com",
        offers=(
            offer("ใยกัญชงดิบ ลอกเปลือก ตากแห้ง", "hemp_fibre"),
            offer("เส้นกัญชงเข็นมือ ต่อเส้นแบบม้ง", "hemp_yarn"),
        ),
        needs=(need("ใครรับย้อมครามเส้นกัญชงของกลุ่มได้บ้าง", "indigo_dyeing_service"),),
        bcg=(BIO,),
    ),
    Sme(
        "bks-012",
        "en",
        "Second Loop Textile Recovery",
        CT,
        UP,
        "Khon Kaen",
        "ops@secondloop.co.th",
        offers=(offer("Shredded textile fibre for stuffing and felt, colour-sorted", "shredded_textile_fibre"),),
        needs=(),
        certifications=("GRS",),
        bcg=(CIRC,),
    ),
    Sme(
        "bks-013",
        "th",
        "บริษัท อีสเทิร์นรีไซเคิลยาร์น จำกัด",
        SP,
        UP,
        "Chonburi",
        "sales@easternryarn.co.th",
        offers=(offer("ด้ายโพลีเอสเตอร์รีไซเคิล 75D/72F ผลิตจากขวด PET", "recycled_polyester_yarn"),),
        needs=(unmet("ขวด PET ใส อัดก้อน 20 ตันต่อเดือน", "no bottle collector in the set"),),
        certifications=("GRS", "RCS"),
        bcg=(CIRC,),
    ),
    Sme(
        "bks-014",
        "en",
        "Siam Cotton Spinning Co., Ltd.",
        HN,
        UP,
        "Samut Prakan",
        "export@siamcottonspin.co.th",
        offers=(
            offer("Combed cotton yarn Ne 40/1 on cones", "cotton_yarn"),
            offer("Organic cotton yarn Ne 30/1, GOTS", "cotton_yarn"),
        ),
        needs=(need("Thai-grown raw cotton, seed removed", "cotton_lint"),),
        certifications=("OEKO-TEX Standard 100", "GOTS"),
    ),
    Sme(
        "bks-015",
        "th",
        "สหกรณ์ผู้เลี้ยงไหมกุดจับ จำกัด",
        AI,
        UP,
        "Udon Thani",
        "kudchap.coop@gmail.com",
        offers=(
            offer("ใบหม่อนหั่นฝอย สำหรับไหมวัยอ่อน", "mulberry_leaves"),
            offer("ไหมวัยอ่อน เลี้ยงรวม ส่งถึงฟาร์ม", "young_silkworms"),
        ),
        needs=(
            need("ไข่ไหมพันธุ์ดี ใครมีขายบ้าง", "silkworm_eggs"),
            need("จ่อให้ตัวไหมทำรัง 500 ชุด", "sericulture_equipment"),
        ),
        bcg=(BIO,),
    ),
    Sme(
        "bks-016",
        "en",
        "Ubon Silkworm Egg Centre",
        AI,
        UP,
        "Ubon Ratchathani",
        "eggs@ubonsilkworm.org",
        offers=(offer("Disease-free layings of Nang Noi and Dok Bua breeds", "silkworm_eggs"),),
        needs=(need("Seed cocoons of native yellow breeds", "native_cocoons"),),
        bcg=(BIO,),
    ),
    Sme(
        "bks-017",
        "th",
        "ร้านรับซื้อรังไหมตัด นางรอง",
        CT,
        UP,
        "Buriram",
        "nangrong.cocoon@gmail.com",
        offers=(
            offer("รังไหมเจาะ รังไหมตัด ล้างสะอาด ใช้ทำดอกไม้ประดิษฐ์", "cut_cocoons"),
            offer("ไหมเสียจากการสาว ไหมขยะ คัดแล้ว", "silk_waste"),
        ),
        needs=(need("รับซื้อฝักไหมเจาะ ฝักไหมแฝด จากฟาร์ม", "cut_cocoons"),),
        bcg=(CIRC,),
    ),
    Sme(
        "bks-018",
        "en",
        "Sawai Hand-Reeled Silk Circle",
        AI,
        UP,
        "Surin",
        "sawaisilk@gmail.com",
        offers=(offer("Hand-reeled Thai native silk, fine weft grade (mai noi)", "hand_reeled_silk_yarn"),),
        needs=(need("A pedal reeler to replace our hand reels", "silk_reeling_equipment"),),
        certifications=("OTOP",),
        bcg=(BIO,),
    ),
    Sme(
        "bks-019",
        "th",
        "กลุ่มแม่บ้านสาวไหมบ้านหัวขวา",
        AI,
        UP,
        "Maha Sarakham",
        "huakhwa.silk@gmail.com",
        offers=(offer("เส้นไหมไทยพื้นบ้าน สาวมือ ไจละครึ่งกิโล", "hand_reeled_silk_yarn"),),
        needs=(need("หาคนรับย้อมเส้นไหมของกลุ่มด้วยสีธรรมชาติ", "natural_dyeing_service"),),
        bcg=(BIO,),
    ),
    Sme(
        "bks-020",
        "en",
        "Chonnabot Natural Colour Silk",
        HN,
        UP,
        "Khon Kaen",
        "colour@chonnabotsilk.com",
        offers=(
            offer("Silk yarn dyed with lac, ebony and indigo, no chemicals", "natural_dyed_silk_yarn"),
            offer("Natural dyeing of your yarn or cloth with lac and ebony", "natural_dyeing_service"),
        ),
        needs=(
            need("Lac and dye woods", "natural_dye_materials"),
            need("Coarse outer-layer silk for textured yarn", "coarse_silk_yarn"),
        ),
        certifications=("Thai Green Label",),
        bcg=(BIO, GREEN),
    ),
    Sme(
        "bks-021",
        "th",
        "ร้านเครือหูกสำเร็จ บ้านโนนเขวา",
        AI,
        MID,
        "Khon Kaen",
        "nonkhwa.warp@gmail.com",
        offers=(offer("เครือไหมยืนสำเร็จ ต่อหูกพร้อมทอ ยาว 30 เมตร", "silk_warp_prepared"),),
        needs=(need("เส้นไหมโรงงาน สำหรับขึงเครือ", "machine_reeled_silk_yarn"),),
    ),
    Sme(
        "bks-022",
        "en",
        "Mae Chaem Cotton Spinners",
        HN,
        UP,
        "Chiang Mai",
        "maechaem.spinners@gmail.com",
        offers=(offer("Hand-spun Karen cotton yarn, natural brown", "handspun_cotton_yarn"),),
        needs=(need("Dye barks and lac, bulk", "natural_dye_materials"),),
        bcg=(BIO,),
    ),
    Sme(
        "bks-023",
        "th",
        "กลุ่มครามบ้านดอนกอย",
        HN,
        UP,
        "Sakon Nakhon",
        "donkoy.kram@gmail.com",
        offers=(
            offer("เนื้อครามเปียก ครามหมัก กก.ละ 250 บาท", "indigo_paste"),
            offer("ผ้าฝ้ายย้อมครามทอมือ ลายขิด", "indigo_dyed_cotton_fabric"),
        ),
        needs=(need("ฝ้ายเข็นมือ ยังไม่ย้อม", "handspun_cotton_yarn"),),
        certifications=("Organic Thailand", "OTOP"),
        bcg=(BIO,),
    ),
    Sme(
        "bks-024",
        "en",
        "Chonnabot Dye House",
        AI,
        MID,
        "Khon Kaen",
        "dyehouse.chonnabot@gmail.com",
        offers=(
            offer("Dyeing of customer silk yarn, acid dyes, colour matched, min 5 kg", "silk_yarn_dyeing_service"),
            offer("Degumming of raw silk yarn", "silk_degumming_service"),
        ),
        needs=(unmet("Acid dyestuff for silk in 25 kg drums", "no dyestuff seller in the set"),),
    ),
    Sme(
        "bks-025",
        "th",
        "ร้านรับย้อมไหมเมืองสุรินทร์",
        AI,
        MID,
        "Surin",
        "surin.dye@gmail.com",
        offers=(
            offer("รับย้อมไหม สีเคมี เทียบสีตามตัวอย่าง", "silk_yarn_dyeing_service"),
            offer("ไหมย้อมสำเร็จ พร้อมทอ", "dyed_silk_yarn"),
        ),
        needs=(need("ไหมจีนดิบ ยังไม่ลอกกาว", "machine_reeled_silk_yarn"),),
    ),
    # ---- part 2: dyeing, tying, weaving, finishing, sewing and other midstream work (026-055)
    Sme(
        "bks-026",
        "en",
        "Mun River Natural Dye Studio",
        HN,
        MID,
        "Ubon Ratchathani",
        "studio@munriverdye.com",
        offers=(
            offer(
                "Plant and lac dyeing for clients' silk and cotton: mango leaf, jackfruit wood",
                "natural_dyeing_service",
            ),
        ),
        needs=(need("Lac, sappan wood, ebony fruit", "natural_dye_materials"),),
        bcg=(GREEN,),
    ),
    Sme(
        "bks-027",
        "th",
        "ร้านรับย้อมคราม พรรณานิคม",
        HN,
        MID,
        "Sakon Nakhon",
        "phanna.kram@gmail.com",
        offers=(offer("รับย้อมครามผ้าและเส้นฝ้ายของลูกค้า ย้อมซ้ำได้ตามเฉด", "indigo_dyeing_service"),),
        needs=(need("เนื้อสีคราม สำหรับก่อหม้อ เดือนละ 50 กก.", "indigo_paste"),),
        bcg=(GREEN,),
    ),
    Sme(
        "bks-028",
        "en",
        "Mahachai Piece Dyeing Co.",
        CT,
        MID,
        "Samut Sakhon",
        "dye@mahachaidye.co.th",
        offers=(
            offer("Piece dyeing of woven cotton and silk, reactive and acid", "fabric_dyeing_service"),
            offer("Overdyeing of faded or stained garments", "garment_dyeing_service"),
        ),
        needs=(need("Unbleached loom-state cotton for stock dyeing", "greige_cotton_fabric"),),
        certifications=("OEKO-TEX Standard 100",),
        bcg=(CIRC,),
    ),
    Sme(
        "bks-029",
        "th",
        "ช่างมัดหมี่บ้านเขว้า",
        AI,
        MID,
        "Chaiyaphum",
        "khwao.mudmee@gmail.com",
        offers=(offer("รับมัดหมี่ตามลาย ลูกค้าส่งเส้นไหมมาเอง", "mudmee_tying_service"),),
        needs=(unmet("เชือกฟางมัดหมี่ สีขาว ม้วนใหญ่", "no tying-tape seller in the set"),),
    ),
    Sme(
        "bks-030",
        "en",
        "Pak Thong Chai Weaving for Hire",
        AI,
        MID,
        "Nakhon Ratchasima",
        "ptc.weaving@gmail.com",
        offers=(offer("Contract weaving on your warp and weft, silk or cotton", "weaving_service"),),
        needs=(need("Ready-made silk warps", "silk_warp_prepared"),),
    ),
    Sme(
        "bks-031",
        "th",
        "กลุ่มทอผ้าไหมมัดหมี่บ้านเขว้า",
        AI,
        MID,
        "Chaiyaphum",
        "khwao.weavers@gmail.com",
        offers=(
            offer("ผ้าไหมมัดหมี่ลายโบราณ ผืนละ 4 เมตร", "mudmee_silk_fabric"),
            offer("ผ้าพันคอไหมมัดหมี่ ยาว 180 ซม.", "silk_scarf"),
        ),
        needs=(
            need("ไหมหนึ่ง (ไหมชั้นใน) เส้นละเอียด", "hand_reeled_silk_yarn"),
            need("เส้นยืนค้นเสร็จ พร้อมขึ้นกี่", "silk_warp_prepared"),
        ),
        certifications=("ตรานกยูงพระราชทาน", "OTOP"),
        bcg=(BIO,),
    ),
    Sme(
        "bks-032",
        "en",
        "Chonnabot Mudmee Studio",
        AI,
        MID,
        "Khon Kaen",
        "studio@chonnabotmudmee.com",
        offers=(offer("Matmi silk yardage, chemical dyes, 1 m wide", "mudmee_silk_fabric"),),
        needs=(
            need("Chemically dyed silk yarn, bright shades, ready to weave", "dyed_silk_yarn"),
            need("Someone to tie ikat patterns for us?", "mudmee_tying_service"),
        ),
        certifications=("OTOP",),
    ),
    Sme(
        "bks-033",
        "th",
        "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
        AI,
        MID,
        "Surin",
        "thasawang.silk@gmail.com",
        offers=(
            offer("ผ้าไหมยกทองโบราณ ทอมือ", "yok_brocade_silk_fabric"),
            offer("ผ้าไหมหมี่คั่น ผ้าโฮลสุรินทร์", "mudmee_silk_fabric"),
        ),
        needs=(
            unmet("ดิ้นทอง ดิ้นเงิน สำหรับทอผ้ายก", "no metallic-thread supplier in the set"),
            need("ไหมน้อยย้อมสีธรรมชาติ", "natural_dyed_silk_yarn"),
        ),
        certifications=("ตรานกยูง",),
    ),
    Sme(
        "bks-034",
        "en",
        "Roi Et Silk Weavers",
        AI,
        MID,
        "Roi Et",
        "roietweavers@gmail.com",
        offers=(offer("Handwoven mudmee silk, natural dyes", "mudmee_silk_fabric"),),
        needs=(need("Silk yarn coloured with plant dyes only, no synthetic dye", "natural_dyed_silk_yarn"),),
        certifications=("OTOP",),
    ),
    Sme(
        "bks-035",
        "th",
        "กลุ่มทอผ้าไหมปักธงชัย",
        AI,
        MID,
        "Nakhon Ratchasima",
        "pakthongchai.silk@gmail.com",
        offers=(offer("ผ้าไหมหางกระรอก ปักธงชัย เมตรละ 650 บาท", "plain_silk_fabric"),),
        needs=(
            need("ม้วนเส้นยืนไหมที่ค้นแล้ว ยาว 20 เมตรขึ้นไป", "silk_warp_prepared"),
            need("หาที่ส่งผ้าไหมไปอบ รีด ให้ผ้าอยู่ตัว", "silk_fabric_finishing_service"),
        ),
        certifications=("ตรานกยูงพระราชทาน",),
    ),
    Sme(
        "bks-036",
        "en",
        "Ban Na Kha Silk House",
        AI,
        MID,
        "Udon Thani",
        "nakhasilkhouse@gmail.com",
        offers=(offer("Handwoven plain silk, 1 m width, 40 colours", "plain_silk_fabric"),),
        needs=(need("Ready-made warps", "silk_warp_prepared"),),
        certifications=("Peacock Emblem", "OTOP"),
    ),
    Sme(
        "bks-037",
        "th",
        "กลุ่มทอผ้าไหมแพรวาบ้านโพน",
        AI,
        MID,
        "Kalasin",
        "banphon.praewa@gmail.com",
        offers=(offer("ผ้าแพรวาไหม ผืนสไบ ลายดอกแก้ว", "praewa_silk_fabric"),),
        needs=(need("รับย้อมไหมของกลุ่มด้วยสีเคมี สีแดงเลือดนก", "silk_yarn_dyeing_service"),),
        certifications=("ตรานกยูงพระราชทาน", "OTOP"),
        bcg=(BIO,),
    ),
    Sme(
        "bks-038",
        "en",
        "Muang Nakhon Yok Fabric House",
        AC,
        MID,
        "Nakhon Si Thammarat",
        "yoknakhon@gmail.com",
        offers=(offer("Pha yok Nakhon, silk brocade with gold thread", "yok_brocade_silk_fabric"),),
        needs=(need("Someone to dye our own raw silk with acid dyes, deep red and green", "silk_yarn_dyeing_service"),),
        certifications=("OTOP",),
    ),
    Sme(
        "bks-039",
        "th",
        "ร้านผ้าไหมยกดอกลำพูน",
        AC,
        MID,
        "Lamphun",
        "lamphun.yokdok@gmail.com",
        offers=(offer("ผ้าไหมยกดอกลำพูน ลายพิกุล", "yok_brocade_silk_fabric"),),
        needs=(need("ร้านรับลอกกาวไหมดิบ ก่อนย้อม", "silk_degumming_service"),),
        certifications=("ตรานกยูงพระราชทาน",),
    ),
    Sme(
        "bks-040",
        "en",
        "Siam Silk Mill Co., Ltd.",
        AC,
        MID,
        "Pathum Thani",
        "sales@siamsilkmill.co.th",
        offers=(
            offer("Power-loom Thai silk 44 inch, 30 colours", "machine_woven_silk_fabric"),
            offer("Silk-cotton blend suiting", "silk_cotton_blend_fabric"),
        ),
        needs=(
            need(
                "Filature silk for power looms, ISO 9001 not required", "machine_reeled_silk_yarn", waive=("ISO 9001",)
            ),
        ),
        certifications=("ISO 9001", "OEKO-TEX Standard 100"),
    ),
    Sme(
        "bks-041",
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านนาข่า",
        HN,
        MID,
        "Udon Thani",
        "nakha.cotton@gmail.com",
        offers=(
            offer("ผ้าฝ้ายทอมือ ลายขิด หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
            offer("ผ้าขาวม้าฝ้ายทอมือ ลายตาราง", "pha_khao_ma"),
        ),
        needs=(need("ฝ้ายโรงงาน เบอร์ 20 สีขาว", "cotton_yarn"),),
        certifications=("OTOP",),
    ),
    Sme(
        "bks-042",
        "en",
        "Phu Ruea Handloom Cotton",
        HN,
        MID,
        "Loei",
        "phuruea.handloom@gmail.com",
        offers=(offer("Handloom cotton cloth, natural colours, 90 cm", "handwoven_cotton_fabric"),),
        needs=(need("Mill-spun cotton, Ne 16, for warp", "cotton_yarn"),),
    ),
    Sme(
        "bks-043",
        "en",
        "Kram Collective",
        HN,
        MID,
        "Sakon Nakhon",
        "hi@kramcollective.com",
        offers=(offer("Indigo-dyed handwoven cotton, shibori and plain", "indigo_dyed_cotton_fabric"),),
        needs=(need("Kram piak (wet indigo) for our vats", "indigo_paste"),),
        certifications=("Organic Thailand",),
        bcg=(BIO, GREEN),
    ),
    Sme(
        "bks-044",
        "th",
        "กลุ่มทอผ้ากัญชงเขาค้อ",
        HN,
        MID,
        "Phetchabun",
        "khaokho.hemp@gmail.com",
        offers=(offer("ผ้ากัญชงทอมือ ลายม้ง", "hemp_fabric"),),
        needs=(need("ด้ายเฮมพ์ทำมือ สำหรับทอ", "hemp_yarn"),),
        bcg=(BIO,),
    ),
    Sme(
        "bks-045",
        "en",
        "Ratchaburi Weaving Mill",
        AC,
        MID,
        "Ratchaburi",
        "mill@ratchaburiweaving.co.th",
        offers=(offer("Greige cotton sheeting 60 inch, 100 m rolls", "greige_cotton_fabric"),),
        needs=(
            need("Ring-spun 20s-40s, 100% cotton", "cotton_yarn"),
            unmet(
                "BCI cotton yarn for a brand programme",
                "no cotton yarn supplier holds BCI",
                "cotton_yarn",
                req=("Better Cotton",),
            ),
        ),
        certifications=("OEKO-TEX Standard 100",),
    ),
    Sme(
        "bks-046",
        "th",
        "ร้านตกแต่งผ้าไหม ขอนแก่น",
        AI,
        MID,
        "Khon Kaen",
        "kk.silkfinish@gmail.com",
        offers=(offer("รับตกแต่งสำเร็จผ้าไหม ลดยับ นุ่มมือ", "silk_fabric_finishing_service"),),
        needs=(unmet("สารซิลิโคนนุ่ม สารตกแต่งผ้า", "no finishing-chemical seller in the set"),),
    ),
    Sme(
        "bks-047",
        "en",
        "Mekong Silk Finishing",
        AI,
        MID,
        "Udon Thani",
        "finishing@mekongsilk.co.th",
        offers=(
            offer("Silk fabric finishing: wash, soften, anti-crease, steam press", "silk_fabric_finishing_service"),
            offer("Degumming of raw silk yarn", "silk_degumming_service"),
        ),
        needs=(),
    ),
    Sme(
        "bks-048",
        "th",
        "ห้องเสื้อบางรักรับตัดเย็บ",
        AC,
        MID,
        "Bangkok",
        "bangrak.cmt@gmail.com",
        offers=(offer("รับตัดเย็บเสื้อผ้าไหม ผ้าลูกค้า ขั้นต่ำ 30 ตัว", "sewing_service"),),
        needs=(need("เม็ดกระดุม อุปกรณ์ประกอบเสื้อ ราคาส่ง", "sewing_trims"),),
    ),
    Sme(
        "bks-049",
        "en",
        "Nonthaburi CMT Factory",
        AC,
        MID,
        "Nonthaburi",
        "cmt@nonthaburicmt.co.th",
        offers=(offer("Cut-make-trim of uniforms and shirts, 500 pcs up", "sewing_service"),),
        needs=(need("Interlining and buttons in bulk", "sewing_trims"),),
        certifications=("ISO 9001",),
    ),
    Sme(
        "bks-050",
        "th",
        "กลุ่มตัดเย็บบ้านโนนสะอาด",
        AI,
        MID,
        "Khon Kaen",
        "nonsaat.sewing@gmail.com",
        offers=(
            offer("ปลอกหมอนผ้าฝ้ายทอมือ เย็บสำเร็จ", "cotton_cushion_cover"),
            offer("เศษผ้าไหม เศษผ้าฝ้าย จากการตัด", "fabric_offcuts"),
        ),
        needs=(),
    ),
    Sme(
        "bks-051",
        "en",
        "Bangkok Hand Embroidery",
        AC,
        MID,
        "Bangkok",
        "studio@bkkembroidery.com",
        offers=(offer("Hand embroidery and beading on customer garments", "embroidery_service"),),
        needs=(need("Silk thread for embroidery, coloured", "dyed_silk_yarn", "natural_dyed_silk_yarn"),),
    ),
    Sme(
        "bks-052",
        "th",
        "ร้านอุปกรณ์ตัดเย็บพาหุรัด",
        AC,
        MID,
        "Bangkok",
        "pahurat.trims@gmail.com",
        offers=(
            offer("กระดุม ซิป ซับใน ผ้ากาว ขายส่ง", "sewing_trims"),
            offer("ลูกไม้ ระบายชุดไทย", "sewing_trims"),
        ),
        needs=(),
    ),
    Sme(
        "bks-053",
        "en",
        "Khon Kaen Loom Works",
        AI,
        MID,
        "Khon Kaen",
        "kkloomworks@gmail.com",
        offers=(
            offer("Wooden handlooms and fly-shuttle looms, also hand spinning wheels", "loom_and_weaving_tools"),
            offer("Foot-treadle silk reeling machines and reeling pots", "silk_reeling_equipment"),
        ),
        needs=(unmet("Seasoned hardwood timber", "no timber supplier in the set"),),
    ),
    Sme(
        "bks-054",
        "th",
        "กลุ่มจักสานไม้ไผ่บ้านหนองหญ้าปล้อง",
        AI,
        UP,
        "Roi Et",
        "nongyaplong.bamboo@gmail.com",
        offers=(offer("จ่อไม้ไผ่ กระด้งเลี้ยงไหม ตะแกรงไม้ไผ่", "sericulture_equipment"),),
        needs=(),
        bcg=(BIO,),
    ),
    Sme(
        "bks-055",
        "en",
        "Silk Gift Box Co.",
        AC,
        MID,
        "Bangkok",
        "orders@silkgiftbox.co.th",
        offers=(offer("Rigid gift boxes for silk scarves and fabric, printed", "gift_packaging"),),
        needs=(unmet("FSC-certified paperboard", "no paperboard supplier in the set", req=("FSC",)),),
    ),
    # ---- part 3: finished goods, shops, tailors, ceremony dress and institutional buyers (056-095)
    Sme(
        "bks-056",
        "th",
        "บริษัท สปอร์ตเทค นิตติ้ง จำกัด",
        SP,
        MID,
        "Samut Prakan",
        "sales@sportechknit.co.th",
        offers=(offer("ผ้าถักโพลีเอสเตอร์รีไซเคิล ระบายเหงื่อ แห้งไว", "recycled_polyester_fabric"),),
        needs=(need("เส้นด้ายโพลีรีไซเคิล ต้องมีใบรับรอง GRS", "recycled_polyester_yarn", req=("GRS",)),),
        certifications=("bluesign", "GRS"),
        bcg=(CIRC,),
    ),
    Sme(
        "bks-057",
        "en",
        "Muay Silk Fightwear",
        SP,
        DOWN,
        "Bangkok",
        "team@muaysilk.com",
        offers=(offer("Muay Thai shorts, satin and recycled poly", "muay_thai_shorts"),),
        needs=(
            need("Recycled wicking jersey knit", "recycled_polyester_fabric"),
            need("Contract sewing for 2,000 pairs of shorts", "sewing_service"),
            unmet("Sublimation printing of fighter names", "no printing service in the set"),
        ),
    ),
    Sme(
        "bks-058",
        "th",
        "ดอยรันเนอร์ เสื้อวิ่ง",
        SP,
        DOWN,
        "Chiang Mai",
        "doirunner@gmail.com",
        offers=(offer("เสื้อวิ่งผ้ารีไซเคิล พิมพ์ลายดอย", "sports_tops"),),
        needs=(need("ผ้าถักรีไซเคิลสำหรับเสื้อวิ่ง ต้องผ่าน bluesign", "recycled_polyester_fabric", req=("bluesign",)),),
        bcg=(CIRC,),
    ),
    Sme(
        "bks-059",
        "en",
        "Khon Kaen Sports Academy",
        SP,
        DOWN,
        "Khon Kaen",
        "procurement@kksportsacademy.ac.th",
        offers=(),
        needs=(
            need("Team training shirts, 300 sets", "sports_tops"),
            need("Thai boxing trunks for the kids' class", "muay_thai_shorts"),
        ),
    ),
    Sme(
        "bks-060",
        "th",
        "ร้านชุดไทยผ้าไหม แก่นนคร",
        AI,
        DOWN,
        "Khon Kaen",
        "kaennakhon.thaidress@gmail.com",
        offers=(
            offer("ชุดไทยจิตรลดา ชุดไทยบรมพิมาน สำเร็จรูป", "thai_silk_dress"),
            offer("เศษผ้าไหมจากห้องตัด ชั่งกิโลขาย", "fabric_offcuts"),
        ),
        needs=(
            need("ผ้าไหมมัดหมี่ ต้องมีตรานกยูงพระราชทาน", "mudmee_silk_fabric", req=(PEACOCK,)),
            need("ช่างปักลูกปัดชุดไทย", "embroidery_service"),
            unmet("เครื่องประดับชุดไทย สร้อยสังวาล", "no jewellery maker in the set"),
        ),
    ),
    Sme(
        "bks-061",
        "en",
        "Sathorn Silk Shirts",
        AC,
        DOWN,
        "Bangkok",
        "hello@sathornsilk.com",
        offers=(offer("Men's silk shirts, ready-to-wear, S-XXL", "silk_shirt"),),
        needs=(
            need("One-colour hand-loomed Thai silk for shirting, 100 m/month", "plain_silk_fabric"),
            need("CMT partner for shirts", "sewing_service"),
            unmet(
                "GOTS-certified plain silk for an export line",
                "no silk weaver holds GOTS",
                "plain_silk_fabric",
                req=("GOTS",),
            ),
        ),
    ),
    Sme(
        "bks-062",
        "th",
        "ร้านผ้าไหมของฝากอุดร",
        AI,
        DOWN,
        "Udon Thani",
        "udon.silkshop@gmail.com",
        offers=(offer("ขายปลีกผ้าไหม ผ้าฝ้าย หน้าร้าน", "retail_shop"),),
        needs=(
            need("กล่องใส่ผ้าไหม พิมพ์โลโก้ร้าน", "gift_packaging"),
            need("สบู่ไหมไว้ขายหน้าร้าน มีเลข อย.", "cocoon_soap", req=("Thai FDA",)),
        ),
    ),
    Sme(
        "bks-063",
        "en",
        "Korat Silk Bags",
        AI,
        DOWN,
        "Nakhon Ratchasima",
        "koratsilkbags@gmail.com",
        offers=(offer("Handbags and clutches in mudmee silk", "silk_bag"),),
        needs=(
            need("Silk offcuts large enough for patchwork", "fabric_offcuts"),
            need("Bag zips and metal purse frames", "sewing_trims"),
        ),
    ),
    Sme(
        "bks-064",
        "th",
        "ห้องเสื้อเจ้าสาว วิวาห์ไทย",
        AC,
        DOWN,
        "Bangkok",
        "wiwahthai.bridal@gmail.com",
        offers=(offer("ตัดและให้เช่าชุดไทยเจ้าสาว", "dress_rental_service"),),
        needs=(
            need("ผ้ายกดิ้นทอง ผ้าเมืองนคร สำหรับชุดเจ้าสาว", "yok_brocade_silk_fabric"),
            need("ช่างปักชุดเจ้าสาว ปักเลื่อม", "embroidery_service"),
            unmet("หุ่นโชว์ชุด 10 ตัว", "no mannequin seller in the set"),
        ),
    ),
    Sme(
        "bks-065",
        "en",
        "Riverside Heritage Hotel",
        AC,
        DOWN,
        "Bangkok",
        "purchasing@riversideheritage.com",
        offers=(),
        needs=(
            need("Silk cushion covers, 120 rooms", "silk_cushion_cover"),
            unmet("Cotton waffle bathrobes, hotel grade", "no bathrobe maker in the set"),
        ),
    ),
    Sme(
        "bks-066",
        "th",
        "สบู่รังไหมแม่ทองใบ",
        AI,
        DOWN,
        "Buriram",
        "maethongbai.soap@gmail.com",
        offers=(offer("สบู่รังไหม ครีมโปรตีนไหม", "cocoon_soap"),),
        needs=(need("เปลือกรังที่ผีเสื้อไหมเจาะออกแล้ว", "cut_cocoons"),),
        certifications=("Thai FDA",),
        bcg=(BIO, CIRC),
    ),
    Sme(
        "bks-067",
        "en",
        "Sisaket Mulberry Tea",
        AI,
        DOWN,
        "Sisaket",
        "tea@sisaketmulberry.com",
        offers=(offer("Dried mulberry leaf tea, tea bags", "mulberry_leaf_tea"),),
        needs=(
            need("Fresh mulberry leaves, Organic Thailand certified", "mulberry_leaves", req=("Organic Thailand",)),
            unmet("Tea-bag filter paper", "no filter-paper supplier in the set"),
        ),
        certifications=("Thai FDA", "Organic Thailand"),
        bcg=(BIO,),
    ),
    Sme(
        "bks-068",
        "th",
        "ร้านม่อฮ่อมแพร่",
        HN,
        DOWN,
        "Phrae",
        "phrae.morhom@gmail.com",
        offers=(offer("เสื้อม่อฮ่อม ย้อมห้อมแท้", "indigo_cotton_shirt"),),
        needs=(
            need("ผ้าหม้อห้อม เป็นพับ ยังไม่ตัด", "indigo_dyed_cotton_fabric"),
            need("รับย้อมห้อมเสื้อสำเร็จของร้าน", "indigo_dyeing_service"),
        ),
    ),
    Sme(
        "bks-069",
        "en",
        "Golden Years Care Home",
        AC,
        DOWN,
        "Nonthaburi",
        "admin@goldenyearscare.co.th",
        offers=(),
        needs=(
            need("Easy-on cotton pyjamas for residents", "adaptive_clothing"),
            need("Light cotton blankets", "cotton_blanket"),
            unmet("Washable incontinence bed pads", "no maker of bed pads in the set"),
        ),
    ),
    Sme(
        "bks-070",
        "th",
        "ใส่ง่าย เสื้อผ้าผู้สูงวัย",
        AC,
        DOWN,
        "Bangkok",
        "saingai.wear@gmail.com",
        offers=(offer("ชุดนอนผ้าฝ้ายผู้สูงอายุ กระดุมแม่เหล็ก", "adaptive_clothing"),),
        needs=(
            need("ผ้าทอกี่มือ ใยฝ้าย เนื้อนิ่ม", "handwoven_cotton_fabric", "indigo_dyed_cotton_fabric"),
            need("ผ้าดิบ หน้ากว้าง", "greige_cotton_fabric"),
        ),
    ),
    Sme(
        "bks-071",
        "th",
        "ร้านชุดไทยอีสาน อุบลฯ",
        AI,
        DOWN,
        "Ubon Ratchathani",
        "ubon.isandress@gmail.com",
        offers=(offer("ชุดไทยอีสาน ชุดฟ้อน ให้เช่า", "dress_rental_service"),),
        needs=(
            need("ผ้าเบี่ยงภูไท ทอไหม สำหรับชุดฟ้อน", "praewa_silk_fabric"),
            need(
                "ผ้าซิ่นไหมมัดหมี่ ไม่จำเป็นต้องมีตรานกยูง",
                "mudmee_silk_fabric",
                waive=(PEACOCK,),
            ),
        ),
    ),
    Sme(
        "bks-072",
        "th",
        "ร้านตัดเสื้อผ้าไหม กาฬสินธุ์",
        AI,
        MID,
        "Kalasin",
        "kalasin.tailor@gmail.com",
        offers=(offer("รับตัดชุดผ้าไหม ลูกค้านำผ้ามาเอง", "sewing_service"),),
        needs=(
            need("กระดุมเสื้อ ซิปซ่อน", "sewing_trims"),
            need("ผ้าไหมผสมฝ้าย ทอเครื่อง สำหรับเสื้อข้าราชการ", "silk_cotton_blend_fabric"),
        ),
    ),
    Sme(
        "bks-073",
        "en",
        "ReSilk Vintage",
        CT,
        DOWN,
        "Bangkok",
        "shop@resilkvintage.com",
        offers=(offer("Pre-loved silk dresses and sarongs, sorted", "used_garments"),),
        needs=(
            need("Re-colouring sun-faded silk dresses", "garment_dyeing_service"),
            unmet("Weekly dry cleaning for silk", "no cleaning service in the set"),
        ),
        bcg=(CIRC,),
    ),
    Sme(
        "bks-074",
        "th",
        "ผ้าปะติด เชียงใหม่",
        CT,
        DOWN,
        "Chiang Mai",
        "patchwork.cm@gmail.com",
        offers=(offer("กระเป๋าผ้าปะติด ทำจากเศษผ้าไหม", "silk_bag"),),
        needs=(need("เศษผ้าไหมชิ้นใหญ่ รับซื้อเป็นกิโล", "fabric_offcuts"),),
        bcg=(CIRC,),
    ),
    Sme(
        "bks-075",
        "en",
        "Isan Spun Silk",
        CT,
        MID,
        "Khon Kaen",
        "isanspunsilk@gmail.com",
        offers=(offer("Spun silk yarn from reeling waste, Nm 60/2", "spun_silk_yarn"),),
        needs=(need("Silk by-product from filatures, any grade, for our spinning line", "silk_waste"),),
        bcg=(CIRC,),
    ),
    Sme(
        "bks-076",
        "th",
        "ร้านผ้าไหมปักธงชัย ของฝากโคราช",
        AI,
        DOWN,
        "Nakhon Ratchasima",
        "korat.silkshop@gmail.com",
        offers=(offer("ขายปลีกผ้าไหม ของฝาก", "retail_shop"),),
        needs=(
            need("ผ้าคลุมไหล่ผืนเล็กจากไหม ตรานกยูงไม่จำเป็น", "silk_scarf", waive=(PEACOCK,)),
            need("เสื้อไหมแขนยาว ผู้ชาย พร้อมขาย", "silk_shirt"),
        ),
    ),
    Sme(
        "bks-077",
        "en",
        "Chao Phraya Department Store",
        AC,
        DOWN,
        "Bangkok",
        "thaicrafts@chaophrayadept.co.th",
        offers=(),
        needs=(
            need("Silk scarves with the Peacock Emblem", "silk_scarf", req=(PEACOCK,)),
            need("Ready-to-wear Thai dresses in silk", "thai_silk_dress"),
            need("Mulberry infusion gift packs", "mulberry_leaf_tea"),
        ),
    ),
    Sme(
        "bks-078",
        "th",
        "ร้านของฝากครามสกล",
        HN,
        DOWN,
        "Sakon Nakhon",
        "kramsakon.shop@gmail.com",
        offers=(offer("ขายของฝากผ้าคราม", "retail_shop"),),
        needs=(
            need("กระเป๋าผ้าฝ้ายย้อมคราม", "cotton_bag"),
            need("เสื้อคอจีนผ้าฝ้ายสีคราม ใส่สบาย", "indigo_cotton_shirt"),
        ),
    ),
    Sme(
        "bks-079",
        "en",
        "Indigo & Co. Bags",
        HN,
        DOWN,
        "Chiang Mai",
        "bags@indigoandco.com",
        offers=(offer("Tote bags in handwoven indigo cotton", "cotton_bag"),),
        needs=(
            need(
                "Kram-dyed cotton cloth by the roll, Organic Thailand nice to have",
                "indigo_dyed_cotton_fabric",
                waive=("Organic Thailand",),
            ),
        ),
    ),
    Sme(
        "bks-080",
        "th",
        "บ้านพักผู้สูงอายุ สุขสันต์",
        AC,
        DOWN,
        "Nonthaburi",
        "suksan.eldercare@gmail.com",
        offers=(),
        needs=(
            need("ชุดผู้สูงอายุ ใส่ง่าย ติดตีนตุ๊กแก", "adaptive_clothing"),
            unmet("ผ้าขนหนูฝ้าย 500 ผืน", "no towel maker in the set"),
        ),
    ),
    Sme(
        "bks-081",
        "en",
        "Khon Kaen University Procurement",
        AI,
        DOWN,
        "Khon Kaen",
        "procure@kkuniv.ac.th",
        offers=(),
        needs=(
            need("Mudmee silk shirts for staff, Monday silk day", "silk_shirt"),
            need("Silk scarves as VIP gifts, OTOP not required", "silk_scarf", waive=("OTOP",)),
            unmet("Digital printing on silk for logo scarves", "no printing service in the set"),
        ),
    ),
    Sme(
        "bks-082",
        "th",
        "ร้านชุดผ้าไหมงานบุญ ร้อยเอ็ด",
        AI,
        DOWN,
        "Roi Et",
        "roiet.boondress@gmail.com",
        offers=(offer("ชุดผ้าไหมใส่งานบุญ ชุดไทยสำเร็จรูป", "thai_silk_dress"),),
        needs=(need("ผ้าสไบแพรวา สำหรับชุดงานบุญ", "praewa_silk_fabric"),),
    ),
    Sme(
        "bks-083",
        "en",
        "Hemp & Co. Bangkok",
        HN,
        DOWN,
        "Bangkok",
        "studio@hempandco.co.th",
        offers=(offer("Hemp shirts and trousers", "hemp_apparel"),),
        needs=(
            need("Handwoven hemp cloth", "hemp_fabric"),
            need("Natural dye work on our hemp garments, earthy browns and reds", "natural_dyeing_service"),
            need("Spun silk for hemp-silk blend knits", "spun_silk_yarn"),
        ),
        bcg=(BIO,),
    ),
    Sme(
        "bks-084",
        "th",
        "ร้านของที่ระลึกสุรินทร์",
        AI,
        DOWN,
        "Surin",
        "surin.souvenir@gmail.com",
        offers=(),
        needs=(
            need("ของที่ระลึกจากรังไหม ดอกไม้รังไหม", "cocoon_crafts"),
            need("ชาใบหม่อน แบบซอง", "mulberry_leaf_tea"),
        ),
    ),
    Sme(
        "bks-085",
        "en",
        "Cocoon Craft Studio",
        CT,
        DOWN,
        "Buriram",
        "cocooncraft.studio@gmail.com",
        offers=(offer("Cocoon flower garlands and brooches", "cocoon_crafts"),),
        needs=(need("Cut cocoon shells, washed", "cut_cocoons"),),
        bcg=(CIRC,),
    ),
    Sme(
        "bks-086",
        "th",
        "ดักแด้ทอดกรอบ มหาสารคาม",
        AI,
        DOWN,
        "Maha Sarakham",
        "sarakham.snack@gmail.com",
        offers=(offer("ดักแด้ทอดกรอบ ปรุงรส", "pupae_snack"),),
        needs=(
            need("หนอนไหมต้มสุก แช่เย็น กก.ละ 180 บาท", "silkworm_pupae"),
            unmet("ดักแด้ไหม ต้องได้ฮาลาล", "the pupae supplier holds no Halal", "silkworm_pupae", req=("Halal",)),
        ),
        bcg=(BIO,),
    ),
    Sme(
        "bks-087",
        "en",
        "Andaman Silk Spa",
        AC,
        DOWN,
        "Phuket",
        "spa@andamansilkspa.com",
        offers=(),
        needs=(
            need("Cocoon soap, Thai FDA notified", "cocoon_soap", req=("Thai FDA",)),
            need("Cotton spa wraps (pha khao ma)", "pha_khao_ma"),
        ),
    ),
    Sme(
        "bks-088",
        "th",
        "ไหมแฟชั่นชนบท",
        AI,
        DOWN,
        "Khon Kaen",
        "chonnabot.fashion@gmail.com",
        offers=(
            offer("ผ้าพันคอไหม พิมพ์ลาย", "silk_scarf"),
            offer("ปลอกหมอนอิงผ้าไหม", "silk_cushion_cover"),
        ),
        needs=(
            need("ผ้าไหมทอเครื่อง เนื้อเรียบ สำหรับพิมพ์ลาย", "machine_woven_silk_fabric"),
            need("หากลุ่มรับจ้างทอ ใช้ไหมของร้านเอง", "weaving_service"),
        ),
    ),
    Sme(
        "bks-089",
        "th",
        "บ้านไหมอุดร ของแต่งบ้าน",
        AI,
        DOWN,
        "Udon Thani",
        "baanmai.udon@gmail.com",
        offers=(offer("ปลอกหมอนอิง ผ้ารองจาน ผ้าไหมทอมือ", "silk_cushion_cover"),),
        needs=(
            need("ผ้าไหมพื้น ไม่ต้องมี OTOP", "plain_silk_fabric", waive=("OTOP",)),
            need("ส่งผ้าไหมไปซัก อบ รีด ให้พร้อมขาย ที่ไหนรับบ้าง", "silk_fabric_finishing_service"),
            need("ใยบรรจุหมอน จากผ้ารีไซเคิล", "shredded_textile_fibre"),
        ),
    ),
    Sme(
        "bks-090",
        "th",
        "ห้องเสื้อไทยประยุกต์ สีลม",
        AC,
        DOWN,
        "Bangkok",
        "silom.modernthai@gmail.com",
        offers=(offer("เสื้อเชิ้ตผ้าไหม ชาย-หญิง สำเร็จรูป", "silk_shirt"),),
        needs=(
            need("ผ้าไหมทอเครื่อง หน้ากว้าง 44 นิ้ว", "machine_woven_silk_fabric"),
            need("ผ้าไหมผสมฝ้าย สำหรับสูท", "silk_cotton_blend_fabric"),
            need("รับย้อมผ้าไหมทั้งพับ ตามสีแบรนด์", "fabric_dyeing_service"),
        ),
    ),
    Sme(
        "bks-091",
        "th",
        "ร้านผ้าไหมริมโขง",
        AI,
        DOWN,
        "Nakhon Phanom",
        "rimkhong.silk@gmail.com",
        offers=(offer("ขายปลีกผ้าไหม ผ้าคราม", "retail_shop"),),
        needs=(
            need("ผ้าไหมแพรวา ผ้าสไบ", "praewa_silk_fabric"),
            need("กระเป๋าถือผ้าไหม ไว้วางขาย", "silk_bag"),
        ),
    ),
    Sme(
        "bks-092",
        "th",
        "วิสาหกิจชุมชนหม่อนไหมโพนพิสัย",
        AI,
        UP,
        "Nong Khai",
        "phonphisai.silk@gmail.com",
        offers=(
            offer("กิ่งพันธุ์หม่อน สกลนคร 85 พร้อมปลูก", "mulberry_saplings"),
            offer("ฝักไหมเหลือง พันธุ์นางลาย", "native_cocoons"),
        ),
        needs=(need("ถาดสานเลี้ยงตัวไหม 100 ใบ", "sericulture_equipment"),),
        bcg=(BIO,),
    ),
    Sme(
        "bks-093",
        "th",
        "กลุ่มทอผ้าฝ้ายย้อมคราม ยโสธร",
        HN,
        MID,
        "Yasothon",
        "yasothon.kram@gmail.com",
        offers=(
            offer("ผ้าห่มฝ้ายย้อมคราม ทอมือ", "cotton_blanket"),
            offer("ผ้าฝ้ายทอมือ สีธรรมชาติ", "handwoven_cotton_fabric"),
        ),
        needs=(need("ฝ้ายเข็นย้อมครามแล้ว", "indigo_dyed_cotton_yarn"),),
    ),
    Sme(
        "bks-094",
        "th",
        "ร้านรับซื้อผ้ามือสอง ขอนแก่น",
        CT,
        UP,
        "Khon Kaen",
        "kk.secondhand@gmail.com",
        offers=(offer("เสื้อผ้ามือสอง คัดเกรด ขายเป็นกระสอบ", "used_garments"),),
        needs=(
            need("รับย้อมเสื้อผ้ามือสองให้เป็นสีใหม่", "garment_dyeing_service"),
            unmet("เครื่องอัดก้อนผ้า", "no baling-press seller in the set"),
        ),
        bcg=(CIRC,),
    ),
    Sme(
        "bks-095",
        "th",
        "ร้านชุดผ้าไหม ภูเขียว",
        AI,
        DOWN,
        "Chaiyaphum",
        "phukhiao.silkdress@gmail.com",
        offers=(offer("ชุดไทยผ้าไหมสำเร็จ ไซซ์ S-XL", "thai_silk_dress"),),
        needs=(
            need("ผ้าซิ่นหมี่ไหม ยาว 2 วา ต้องมีตรานกยูง", "mudmee_silk_fabric", req=(PEACOCK,)),
            need("ซับใน ลูกไม้", "sewing_trims"),
        ),
    ),
)

# ------------------------------------------------------------------ links


def holds(sme: Sme) -> frozenset[str]:
    return canonical_certifications(sme.certifications)


def qualified_suppliers(buyer: Sme, need: Need) -> list[Sme]:
    """Every other SME with an offer labelled as `need` asks and every certification `need` requires."""
    wanted = set(need.labels)
    return [
        sme
        for sme in SMES
        if sme.id != buyer.id
        and any(offer.label in wanted for offer in sme.offers)
        and set(need.requires) <= holds(sme)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in SMES
        for need in buyer.needs
        if not need.unmet
        for supplier in qualified_suppliers(buyer, need)
    }
    return sorted(pairs)


# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^bks-\d{3}$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9.+_-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_LETTER = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4e]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
CERTS_BY_NAME = {c.name: c for c in CERTIFICATIONS}

TARGET_PROFILES = 95
TARGET_LINKS = (160, 180)
TARGET_THAI_SHARE = (0.50, 0.60)
TARGET_CROSS_SHARE = (0.40, 0.60)
TARGET_UNMET = (15, 25)
MIN_SHARE_MET_BY_1_TO_3 = 0.70


def names_certification(text: str, name: str) -> bool:
    """Whether `text` names certification `name` at all, affirmed or negated."""
    cert = CERTS_BY_NAME[name]
    folded = unicodedata.normalize("NFKC", text).casefold()
    if any(m.casefold() in folded for m in (*cert.mentions, *cert.aliases)):
        return True
    if any(m in text for m in cert.case_sensitive_mentions):
        return True
    return any(re.search(unicodedata.normalize("NFKC", p), unicodedata.normalize("NFKC", text)) for p in cert.patterns)


def script_problem(text: str, language: str) -> str | None:
    if language == "en":
        if not all(" " <= ch <= "~" for ch in text):
            return "English text must be plain Latin (ASCII)"
        return None
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if thai == 0 or thai < 0.6 * (thai + latin):
        return "Thai text must be mostly Thai letters"
    return None


def check() -> list[str]:
    problems: list[str] = []
    ids = [sme.id for sme in SMES]
    if ids != [f"bks-{n:03d}" for n in range(1, len(SMES) + 1)]:
        problems.append("ids must run bks-001, bks-002, ... without gaps or repeats")
    if len(SMES) != TARGET_PROFILES:
        problems.append(f"{len(SMES)} profiles, want {TARGET_PROFILES}")
    offered_by: dict[str, set[str]] = {}
    for sme in SMES:
        for offer in sme.offers:
            offered_by.setdefault(offer.label, set()).add(sme.id)

    for sme in SMES:
        where = sme.id

        def bad(message: str, where: str = where) -> None:
            problems.append(f"{where}: {message}")

        if not ID_RE.match(sme.id):
            bad("malformed id")
        if sme.language not in ("th", "en"):
            bad(f"language {sme.language!r}")
        if sme.sub_cluster not in SubCluster or sme.stage not in Stage:
            bad("sub-cluster or stage not in the taxonomy")
        if any(tag not in BcgTag for tag in sme.bcg) or len(set(sme.bcg)) != len(sme.bcg):
            bad("bcg tags must be distinct taxonomy values")
        if resolve_province(sme.province) is None:
            bad(f"province {sme.province!r} does not resolve")
        for cert in sme.certifications:
            if resolve_certification(cert) is None:
                bad(f"certification {cert!r} does not resolve")
        if not EMAIL_RE.match(sme.email):
            bad(f"email {sme.email!r}")
        if not sme.name.strip() or (problem := script_problem(sme.name, sme.language)):
            bad(f"name: {problem or 'empty'}")
        if len(sme.offers) > 3 or len(sme.needs) > 3 or not (sme.offers or sme.needs):
            bad("0-3 offers and 0-3 needs, and not both empty")
        texts = [o.text for o in sme.offers] + [n.text for n in sme.needs]
        if len(set(texts)) != len(texts):
            bad("repeated phrase")
        for text in texts:
            if text != text.strip() or "  " in text or not text:
                bad(f"untidy phrase {text!r}")
            if problem := script_problem(text, sme.language):
                bad(f"{problem}: {text!r}")
        for offer in sme.offers:
            claimed = find_certifications(offer.text)
            if not claimed <= holds(sme):
                bad(f"offer names a certification the SME does not hold: {offer.text!r}")
        for need in sme.needs:
            for name in (*need.requires, *need.waives):
                if name not in CERTS_BY_NAME:
                    bad(f"{name!r} is not a canonical certification name")
                elif not names_certification(need.text, name):
                    bad(f"need does not name {name!r}: {need.text!r}")
            found = find_certifications(need.text)
            if found != set(need.requires):
                bad(f"need text asks for {sorted(found)}, labels say {sorted(need.requires)}: {need.text!r}")
            if set(need.waives) & found:
                bad(f"waived certification reads as required: {need.text!r}")
            for label in need.labels:
                if not offered_by.get(label, set()) - {sme.id}:
                    bad(f"label {label!r} is offered by no one else")
            qualified = qualified_suppliers(sme, need)
            if need.unmet and qualified:
                bad(f"need marked unmet but met by {[s.id for s in qualified]}: {need.text!r}")
            if not need.unmet and not need.labels:
                bad(f"need without labels and without a note: {need.text!r}")
            if not need.unmet and not qualified:
                bad(f"need meets no one: {need.text!r}")
            for other in SMES:
                for offer in other.offers:
                    if offer.text.casefold() == need.text.casefold():
                        bad(f"need worded exactly as {other.id}'s offer: {need.text!r}")

    stats = statistics()
    low, high = TARGET_LINKS
    if not low <= stats["links"] <= high:
        problems.append(f"{stats['links']} true links, want {low}-{high}")
    share = stats["thai"] / len(SMES)
    if not TARGET_THAI_SHARE[0] <= share <= TARGET_THAI_SHARE[1]:
        problems.append(f"Thai share {share:.2f}, want {TARGET_THAI_SHARE}")
    cross = stats["cross"] / max(1, stats["links"])
    if not TARGET_CROSS_SHARE[0] <= cross <= TARGET_CROSS_SHARE[1]:
        problems.append(f"cross-language share {cross:.2f}, want {TARGET_CROSS_SHARE}")
    if not TARGET_UNMET[0] <= stats["unmet"] <= TARGET_UNMET[1]:
        problems.append(f"{stats['unmet']} needs met by no one, want {TARGET_UNMET}")
    met = [n for n, c in stats["suppliers_per_met_need"].items() if 1 <= n <= 3 for _ in range(c)]
    if len(met) < MIN_SHARE_MET_BY_1_TO_3 * stats["met"]:
        problems.append("most met needs should have 1-3 qualified suppliers")
    return problems


# ------------------------------------------------------------------ counts


def statistics() -> dict:
    by_id = {sme.id: sme for sme in SMES}
    links = true_links()
    needs = [(sme, need) for sme in SMES for need in sme.needs]
    per_need = Counter(len(qualified_suppliers(sme, need)) for sme, need in needs if not need.unmet)
    lang_pairs = Counter((by_id[s].language, by_id[b].language) for s, b in links)
    return {
        "profiles": len(SMES),
        "thai": sum(sme.language == "th" for sme in SMES),
        "english": sum(sme.language == "en" for sme in SMES),
        "sub_cluster": Counter(sme.sub_cluster.value for sme in SMES),
        "stage": Counter(sme.stage.value for sme in SMES),
        "region": Counter(resolve_province(sme.province).region.value for sme in SMES),  # type: ignore[union-attr]
        "provinces": len({resolve_province(sme.province) for sme in SMES}),
        "offers": sum(len(sme.offers) for sme in SMES),
        "labels": len({offer.label for sme in SMES for offer in sme.offers}),
        "needs": len(needs),
        "met": sum(not need.unmet for _, need in needs),
        "unmet": sum(bool(need.unmet) for _, need in needs),
        "requiring": sum(bool(need.requires) for _, need in needs),
        "waiving": sum(bool(need.waives) for _, need in needs),
        "links": len(links),
        "th_en": lang_pairs[("th", "en")],
        "en_th": lang_pairs[("en", "th")],
        "cross": lang_pairs[("th", "en")] + lang_pairs[("en", "th")],
        "within": lang_pairs[("th", "th")] + lang_pairs[("en", "en")],
        "cross_sub_cluster": sum(by_id[s].sub_cluster != by_id[b].sub_cluster for s, b in links),
        "suppliers_per_met_need": per_need,
    }


def counts_table(stats: dict) -> str:
    rows: list[tuple[str, str]] = [
        ("profiles", str(stats["profiles"])),
        ("Thai / English", f"{stats['thai']} / {stats['english']}"),
    ]
    rows += [(f"sub-cluster `{sc.value}`", str(stats["sub_cluster"][sc.value])) for sc in SubCluster]
    rows += [(f"stage `{st.value}`", str(stats["stage"][st.value])) for st in Stage]
    rows += [(f"region `{name}`", str(count)) for name, count in sorted(stats["region"].items())]
    links = stats["links"]
    rows += [
        ("distinct provinces", str(stats["provinces"])),
        ("offers", str(stats["offers"])),
        ("distinct offer labels", str(stats["labels"])),
        ("needs", str(stats["needs"])),
        ("needs met / met by no one", f"{stats['met']} / {stats['unmet']}"),
        ("needs requiring a certification", str(stats["requiring"])),
        ("needs waiving a certification", str(stats["waiving"])),
        ("true links", str(links)),
        ("links Thai supplier -> English buyer", str(stats["th_en"])),
        ("links English supplier -> Thai buyer", str(stats["en_th"])),
        ("cross-language links (share)", f"{stats['cross']} ({stats['cross'] / max(1, links):.0%})"),
        ("within-language links", str(stats["within"])),
        ("links between different sub-clusters", str(stats["cross_sub_cluster"])),
    ]
    spread = ", ".join(f"{n}: {c}" for n, c in sorted(stats["suppliers_per_met_need"].items()))
    rows.append(("met needs by number of qualified suppliers", spread))
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ output


def profiles_jsonl() -> str:
    lines = []
    for sme in SMES:
        record = {
            "id": sme.id,
            "name": sme.name,
            "sub_cluster": sme.sub_cluster.value,
            "stage": sme.stage.value,
            "province": sme.province,
            "offers": [offer.text for offer in sme.offers],
            "needs": [need.text for need in sme.needs],
            "certifications": list(sme.certifications),
            "bcg": [tag.value for tag in sme.bcg],
            "contact_email": sme.email,
            "language": sme.language,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def links_csv() -> str:
    return "supplier_id,buyer_id\n" + "".join(f"{s},{b}\n" for s, b in true_links())


README = """\
# `eval/blind_plain_silkisan/`: Isan silk, plain registry entries

A hand-labelled test set for the partner matcher. It measures how well the matcher finds the true
supplier -> buyer pairs among SMEs whose offers and needs are written in wording it has never seen.

## What it checks

95 SMEs (`bks-001` ... `bks-095`) of the Health and Wellness Economy cluster around Isan silk: mulberry
growers, silkworm egg and chawki centres, cocoon farms, hand-reeling (mai noi) and machine-reeling
groups, yarn dyers, mudmee (ikat) tiers and weavers, Peacock-emblem weaving groups, brocade (pha yok) and
praewa weavers, silk finishers, tailors and sewing shops, wedding and ceremony dress makers, souvenir and
silk shops, a hotel, care homes, a spa and a university that buy; plus the ordinary fibre, yarn, cloth,
dyeing, sewing, trims, packaging, recycling and sportswear firms the cluster also has.

Each offer and need is one short phrase, as an SME registry stores them: 1-3 offers and 1-3 needs per SME
(some have only needs or only offers). About 55 % of the profiles are in Thai, the rest in English. The
same kind of goods is written in many ways (ไหมน้อย / hand-reeled native silk / ไหมสาวมือ; ฝักไหม / รังไหม /
cocoons; ครามเปียก / เนื้อสีคราม / kram piak / indigo paste; CMT / รับตัดเย็บ), with and without quantities, prices, sizes and
minimum orders, and a need is worded differently from the offers that meet it, often in the other
language. Hard but fair cases are on purpose:

- a service versus the goods it works on: dyeing the customer's yarn versus dyed yarn, indigo dyeing
  versus indigo-dyed cloth versus indigo paste, contract weaving, sewing the customer's cloth versus
  ready-made garments, finishing and degumming;
- the customer's own goods sent for work ("ลูกค้านำผ้ามาเอง", "ใช้ไหมของร้านเอง", "dye our own raw silk");
- waste and used goods versus new: pierced cocoons versus fresh ones, reeling waste versus yarn, cutting
  scraps versus cloth, pre-loved garments;
- raw versus processed: mulberry leaves, saplings and leaf tea; cocoons, pupae, yarn, warp, cloth and
  garments; cotton lint, hand-spun yarn and cloth; hemp fibre, yarn, cloth and clothes;
- finished goods described by their material or technique (a tote bag of indigo cotton is a bag, a bag
  patched from silk scraps is a bag);
- needs written as a wish, a bare noun phrase or a question, and refusals ("no synthetic dye",
  "ไม่รับรังเจาะ");
- needs that require a named certification (Peacock Emblem, GRS, bluesign, Thai FDA, Organic Thailand)
  and needs that name one only to waive it ("ไม่จำเป็นต้องมีตรานกยูง", "OTOP not required");
- needs that no one in the set meets, some only because no supplier holds the certification asked for.

## How it was written

By hand, by a writer who read only section 1 of `CONTRACTS.md` (profiles JSONL and links CSV),
`shared/taxonomy.py` with its data files, and the ruff settings in `pyproject.toml`: not the matcher,
its glossary, its tests or any other evaluation set. Every phrase, label and link decision is in
`write.py`; the matcher was neither read nor run while writing it.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service` versus `indigo_paste`). Every need lists the
offer labels that would meet it and the certifications its text requires, or is marked as met by no one
with a short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices and places
never decide a link; what changes what the thing is (service or goods, waste or new, raw or processed,
hand-reeled or machine-reeled, native or hybrid cocoons, natural or synthetic dye) does. A waived
certification is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks: ids unique and well-formed; every contract field valid (provinces
resolve with `resolve_province`, certifications with `resolve_certification`, sub-cluster, stage and BCG
tags from the taxonomy); every label a need lists is offered by someone other than the buyer; every met
need has a qualified supplier and every unmet one has none; the certifications a need's text asks for
(by `find_certifications`) are exactly those it requires, and a waived one is named but not read as
required; Thai phrases are mostly Thai letters and English ones plain Latin; and the size targets
(95 profiles, 50-60 % Thai, 160-180 links, 40-60 % of them across languages, 15-25 unmet needs, most met
needs with 1-3 qualified suppliers). It writes nothing if a check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_silkisan/write.py

## Files

- `write.py`: all the data, the labels, the checks and the writer.
- `profiles.jsonl`: the 95 profiles, JSONL version 1, no extra fields.
- `links.csv`: the true links, `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file, written by `write.py`.

## Counts

"""


def outputs() -> dict[str, str]:
    return {
        "profiles.jsonl": profiles_jsonl(),
        "links.csv": links_csv(),
        "README.md": README + counts_table(statistics()),
    }


def main() -> int:
    problems = check()
    table = counts_table(statistics())
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(table)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    first, second = outputs(), outputs()
    if first != second:
        print("output is not deterministic; nothing written", file=sys.stderr)
        return 1
    for name, text in first.items():
        (HERE / name).write_bytes(text.encode("utf-8"))
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
