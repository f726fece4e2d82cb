"""Write the hand-labelled evaluation set `eval/blind_plain_hempgoods/`.

Hemp from field to shop in the north, plus the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. Every profile below was written by hand. Each offer carries a label saying
what the thing is; each need lists the labels that would meet it and the certifications its text
requires, or is marked as met by no one. The true links follow from those labels alone.

Run from the repository root:  .venv/bin/python eval/blind_plain_hempgoods/write.py
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

# ------------------------------------------------------------------ building blocks

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGE_C = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGE_I = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...]
    waives: tuple[str, ...]
    note: str  # non-empty: met by no one in the set, and why


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"bhg-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    """An offer and the label of what it is."""
    return Offer(text, label)


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that the listed offer labels meet (from a supplier holding every certification in `req`)."""
    return Need(text, labels, req, waive, "")


def u(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` and `req` may say what would meet it."""
    return Need(text, labels, req, waive, note)


def sme(
    num: int,
    lang: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: tuple[Offer, ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(num, lang, name, sub_cluster, stage, province, email, offers, needs, certs, bcg)


# ------------------------------------------------------------------ the profiles

PROFILES: tuple[Sme, ...] = (
    # ---------------------------------------------------------- 001-025: growers, fibre, yarn, dyestuff, waste
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนปลูกกัญชงบ้านแม่แรม",
        HEMP,
        UP,
        "Chiang Mai",
        "maeraem.hemp@gmail.com",
        offers=(
            o("ต้นกัญชงตากแห้ง มัดละ 5 กก. ยาว 1.5 ม.", "hemp_stalk"),
            o("เปลือกกัญชงลอกมือ ตากแดดแล้ว", "hemp_bast_fibre"),
        ),
        needs=(
            n("เมล็ดพันธุ์กัญชง RPF3 ปลูกต้นฝน", "hemp_seed"),
            u("รถไถเดินตามมือสอง", "farm machinery; no one in the set sells it"),
        ),
        bcg=("bio",),
    ),
    sme(
        2,
        "th",
        "ไร่กัญชงพบพระ",
        HEMP,
        UP,
        "Tak",
        "phopphra.hempfarm@gmail.com",
        offers=(
            o("ใยกัญชงดิบ ปอกเปลือกแล้ว ขายเป็นโล", "hemp_bast_fibre"),
            o("แกนกัญชงสับ รองคอกสัตว์ ทำอิฐ", "hemp_hurd"),
        ),
        needs=(n("หาโรงรับจ้างต้ม ฟอก แยกเส้นใยกัญชงของไร่เอง", "hemp_fibre_processing_service"),),
        bcg=("bio", "green"),
    ),
    sme(
        3,
        "en",
        "Highland Hemp Seed Co., Ltd.",
        HEMP,
        UP,
        "Chiang Rai",
        "sales@highlandhempseed.co.th",
        offers=(
            o("Certified planting seed, RPF series, 1 kg packs", "hemp_seed"),
            o("Whole dried hemp stems, baled, 300 kg lots", "hemp_stalk"),
        ),
        needs=(u("Seed cleaning and grading machine, used is fine", "equipment; no one in the set sells it"),),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        4,
        "th",
        "กลุ่มแม่บ้านม้งต่อเส้นกัญชงบ้านสะจุก",
        HEMP,
        UP,
        "Nan",
        "sajuk.hmong@gmail.com",
        offers=(o("เส้นกัญชงต่อมือ ม้วนเป็นไจ ยังไม่ฟอก", "hemp_yarn_handspun"),),
        bcg=("bio",),
    ),
    sme(
        5,
        "th",
        "กลุ่มปั่นฝ้ายกะเหรี่ยงแม่ลาน้อย",
        HEMP,
        UP,
        "Mae Hong Son",
        "maelanoi.cotton@gmail.com",
        offers=(o("ฝ้ายเข็นมือ สีขาวนวล และฝ้ายตุ่น ขายเป็นใจ", "cotton_yarn_handspun"),),
        needs=(n("ปุยฝ้ายพื้นเมือง อีดเมล็ดแล้ว", "cotton_fibre_raw"),),
    ),
    sme(
        6,
        "en",
        "Lanna Bast Fibre Works",
        HEMP,
        UP,
        "Chiang Mai",
        "info@lannabast.com",
        offers=(
            o("Cottonised hemp fibre, degummed and softened, 20 kg bales", "hemp_fibre_degummed"),
            o("Toll retting, ash-boiling and softening of your hemp bast", "hemp_fibre_processing_service"),
        ),
        needs=(n("Raw hemp bark strips from growers, any grade", "hemp_bast_fibre"),),
        bcg=("bio",),
    ),
    sme(
        7,
        "th",
        "วิสาหกิจชุมชนม้งเขาค้อ",
        HEMP,
        UP,
        "Phetchabun",
        "khaokho.hmong@gmail.com",
        offers=(
            o("ด้ายป่านปั่นมือ ต้มขี้เถ้าแล้ว สีครีม", "hemp_yarn_handspun"),
            o("เชือกกัญชงฟั่น 3 เกลียว ม้วน 100 ม.", "hemp_rope"),
        ),
        needs=(
            n("ปอแก้ว ปอกระเจา ใช้ฟั่นเชือก", "kenaf_fibre"),
            u("กี่ทอผ้าแบบม้ง มือสองก็ได้", "looms; no one in the set sells them"),
        ),
    ),
    sme(
        8,
        "en",
        "Siam Hemp Yarn Co., Ltd.",
        HEMP,
        UP,
        "Chiang Mai",
        "yarn@siamhempyarn.com",
        offers=(
            o("Hemp/cotton 55/45 ring-spun Nm 12 on cones", "hemp_yarn_machine"),
            o("Pure hemp Nm 8 ecru, MOQ 100 kg, OEKO-TEX", "hemp_yarn_machine"),
        ),
        needs=(n("Cottonised hemp for our spinning line, monthly", "hemp_fibre_degummed"),),
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        9,
        "th",
        "กลุ่มฝ้ายอินทรีย์นาแห้ว",
        HEMP,
        UP,
        "Loei",
        "nahaeo.organiccotton@gmail.com",
        offers=(
            o("ฝ้ายปุยเก็บมือ ปลูกอินทรีย์ มีตราเกษตรอินทรีย์", "cotton_fibre_raw"),
            o("ฝ้ายเข็นเส้นเล็ก ใจละ 100 กรัม", "cotton_yarn_handspun"),
        ),
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
    ),
    sme(
        10,
        "th",
        "วิสาหกิจชุมชนครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        offers=(o("เนื้อครามหมัก ถังละ 20 กก.", "indigo_dye"),),
        needs=(u("เมล็ดพันธุ์ครามฝักงอ", "indigo seed; no one in the set sells it"),),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        11,
        "th",
        "ห้อมเปียกป้าศรี ทุ่งโฮ้ง",
        HEMP,
        UP,
        "Phrae",
        "pasri.hom@gmail.com",
        offers=(
            o("ห้อมเปียกพื้นเมือง ถุงละ 1 โล", "indigo_dye"),
            o("เปลือกมะเกลือ เปลือกประดู่ แก่นขนุน ตากแห้ง", "natural_dye_material"),
        ),
        bcg=("bio",),
    ),
    sme(
        12,
        "en",
        "Botanical Colour Supply",
        HEMP,
        UP,
        "Chiang Mai",
        "hello@botanicalcolour.co",
        offers=(o("Lac, sappan and annatto extracts, 500 g tubs", "natural_dye_material"),),
        needs=(u("Food-grade alum, 25 kg sacks", "mordant; no one in the set sells it"),),
    ),
    sme(
        13,
        "th",
        "ฟาร์มผึ้งบ้านธิ",
        HEMP,
        UP,
        "Lamphun",
        "banthi.bee@gmail.com",
        offers=(o("ขี้ผึ้งแท้ก้อน ใช้เขียนเทียน", "beeswax"),),
    ),
    sme(
        14,
        "th",
        "วิสาหกิจชุมชนใยสับปะรดนางแล",
        HEMP,
        UP,
        "Chiang Rai",
        "nanglae.pinefibre@gmail.com",
        offers=(o("ใยใบสับปะรดขูดมือ ตากแห้ง", "pineapple_fibre"),),
        needs=(n("ใครรับปั่นใยสับปะรดเป็นเส้นบ้าง?", "spinning_service"),),
        bcg=("bio", "circular"),
    ),
    sme(
        15,
        "th",
        "กลุ่มใยกล้วยบ้านนาสาร",
        HEMP,
        UP,
        "Surat Thani",
        "nasan.banana@gmail.com",
        offers=(o("ใยกาบกล้วยตานี ลอกแห้ง", "banana_fibre"),),
        needs=(n("จ้างทอผ้าจากเส้นใยของกลุ่มเอง", "contract_weaving_service"),),
        bcg=("bio", "circular"),
    ),
    sme(
        16,
        "en",
        "ReFibre Thailand Co., Ltd.",
        CIRC,
        UP,
        "Samut Sakhon",
        "buy@refibre.co.th",
        offers=(
            o("GRS recycled cotton fibre from cutting waste", "recycled_cotton_fibre"),
            o("OE recycled cotton yarn Ne 10/1, mixed shades", "recycled_cotton_yarn"),
        ),
        needs=(n("Cotton cutting scraps, sorted by colour", "textile_offcuts"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        17,
        "th",
        "โกดังเสื้อผ้ามือสองสะพานใหม่",
        CIRC,
        UP,
        "Bangkok",
        "saphanmai.secondhand@gmail.com",
        offers=(
            o("เสื้อผ้ามือสองคละ กระสอบละ 45 กก.", "used_clothing"),
            o("ยีนส์เก่าคัดแล้ว ราคาโล", "used_clothing"),
        ),
        bcg=("circular",),
    ),
    sme(
        18,
        "en",
        "EastLoop Polymers",
        SPORT,
        UP,
        "Chonburi",
        "yarn@eastloop.co.th",
        offers=(o("rPET filament yarn 75D/72F", "recycled_polyester_yarn"),),
        needs=(u("Clean PET bottle flakes, 10 t/month", "plastic feedstock; no one in the set sells it"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        19,
        "th",
        "นุ่นบ้านไผ่",
        AGE_I,
        UP,
        "Khon Kaen",
        "banphai.kapok@gmail.com",
        offers=(o("นุ่นเก็บใหม่ ตีฟู บรรจุกระสอบ", "kapok_fill"),),
        bcg=("bio",),
    ),
    sme(
        20,
        "th",
        "หจก. ด้ายฝ้ายอุดร",
        HEMP,
        UP,
        "Udon Thani",
        "udoncottonyarn@gmail.com",
        offers=(
            o("ด้ายฝ้าย 20/2 สีดิบ ลูกละ 1 กก.", "cotton_yarn_machine"),
            o("ด้ายฝ้ายย้อมสี 40 เฉด", "cotton_yarn_dyed"),
        ),
    ),
    sme(
        21,
        "en",
        "Organic Thread Trading",
        HEMP,
        UP,
        "Bangkok",
        "orders@organicthread.asia",
        offers=(o("Organic cotton yarn Ne 20/1 and 30/1, GOTS", "organic_cotton_yarn"),),
        certs=("GOTS",),
        bcg=("green",),
    ),
    sme(
        22,
        "th",
        "ร้านรับซื้อเศษผ้าป้านวล สันทราย",
        CIRC,
        UP,
        "Chiang Mai",
        "pnuan.scrap@gmail.com",
        offers=(
            o("เศษผ้าฝ้ายโรงงาน คัดสีแล้ว", "textile_offcuts"),
            o("เศษผ้ากัญชงชิ้นเล็ก จากร้านกระเป๋า", "hemp_offcuts"),
        ),
        bcg=("circular",),
    ),
    sme(
        23,
        "th",
        "กลุ่มเกษตรกรกัญชงขุนแปะ",
        HEMP,
        UP,
        "Chiang Mai",
        "khunpae.hemp@gmail.com",
        offers=(o("ต้นกัญชงแห้ง ตัดตามสั่ง ส่งทั่วภาคเหนือ", "hemp_stalk"),),
        needs=(n("อยากได้เมล็ดกัญชงพันธุ์รับรอง", "hemp_seed"),),
        bcg=("bio",),
    ),
    sme(
        24,
        "en",
        "Pai Handspun",
        HEMP,
        UP,
        "Mae Hong Son",
        "paihandspun@gmail.com",
        offers=(
            o("Hand-spliced Hmong hemp thread, unbleached, by the skein", "hemp_yarn_handspun"),
            o("Karen handspun cotton, thick, natural white", "cotton_yarn_handspun"),
        ),
        needs=(n("Indigo for dyeing skeins, paste or powder", "indigo_dye"),),
    ),
    sme(
        25,
        "th",
        "กลุ่มปอแก้วโนนสูง",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        "nonsung.kenaf@gmail.com",
        offers=(o("ปอแก้วแช่น้ำ ลอกเป็นเส้น มัดละ 10 กก.", "kenaf_fibre"),),
        needs=(u("กระสอบป่านใหม่ ใส่ปอส่งโรงงาน", "new jute sacks; no one in the set sells them"),),
        bcg=("bio",),
    ),
    # ---------------------------------------------------------- 026-055: weaving, dyeing, batik, sewing, trims
    sme(
        26,
        "th",
        "กลุ่มทอผ้าม้งบ้านหนองหอย",
        HEMP,
        MID,
        "Chiang Mai",
        "nonghoi.hmongweave@gmail.com",
        offers=(
            o("ผ้าใยกัญชงทอมือ สีธรรมชาติ หน้า 40 ซม.", "hemp_cloth_handwoven"),
            o("ผ้าเขียนเทียนม้งบนผ้ากัญชง ย้อมห้อม", "hemp_cloth_batik"),
        ),
        needs=(
            n("ป่านม้งเข็นมือ สำหรับขึ้นกี่", "hemp_yarn_handspun"),
            n("ไขผึ้งแท้ ใช้ทำลายผ้า ครั้งละ 1 กก.", "beeswax"),
        ),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        27,
        "th",
        "ศูนย์หัตถกรรมม้งเข็กน้อย",
        HEMP,
        MID,
        "Phetchabun",
        "kheknoi.craft@gmail.com",
        offers=(
            o("ผ้าบาติกม้ง กัญชงเขียนเทียน ย้อมครามธรรมชาติ ผืน 50x200 ซม.", "hemp_cloth_batik"),
            o("รับเขียนเทียนลายม้ง บนผ้าของลูกค้า", "batik_service"),
            o("แถบผ้าปักครอสติชม้ง ยาว 1 ม.", "hilltribe_embroidery"),
        ),
        needs=(n("ผ้ากัญชงดิบทอมือ ยังไม่ย้อม", "hemp_cloth_handwoven"),),
    ),
    sme(
        28,
        "en",
        "Hemp Loom Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@hemploom.co",
        offers=(
            o("Loom-woven 100% hemp, 145 cm, greige", "hemp_cloth_machine"),
            o("Natural indigo hemp canvas, solid shade, by the metre", "hemp_cloth_indigo"),
        ),
        needs=(
            n("Hemp yarn on cones, Nm 10-14", "hemp_yarn_machine"),
            n("Commission dyeing of our greige hemp in natural indigo, 300 m a month", "indigo_dyeing_service"),
        ),
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        29,
        "th",
        "โรงย้อมหม้อห้อมแม่ปราณี",
        HEMP,
        MID,
        "Phrae",
        "praneehom.phrae@gmail.com",
        offers=(
            o("รับย้อมห้อม ผ้าลูกค้า คิดเป็นเมตร", "indigo_dyeing_service"),
            o("ผ้าหม้อห้อมฝ้ายพื้นเมือง พับละ 20 หลา", "cotton_cloth_indigo"),
            o("ผ้ากัญชงย้อมห้อม เนื้อหนา", "hemp_cloth_indigo"),
        ),
    ),
    sme(
        30,
        "th",
        "กลุ่มทอผ้าย้อมครามบ้านพรรณา",
        HEMP,
        MID,
        "Sakon Nakhon",
        "phanna.kram@gmail.com",
        offers=(
            o("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ลายมัดหมี่", "cotton_cloth_indigo"),
            o("ผ้าพันคอย้อมคราม OTOP", "scarf_natural_dyed"),
        ),
        needs=(n("ด้ายฝ้ายปั่นมือ เส้นเสมอกัน", "cotton_yarn_handspun"),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        31,
        "en",
        "Indigo Lab Sakon",
        HEMP,
        MID,
        "Sakon Nakhon",
        "lab@indigosakon.org",
        offers=(
            o("Indigo vat dyeing of your garments or yardage", "indigo_dyeing_service"),
            o("Natural colour dyeing to order: ebony, lac, mud", "natural_dyeing_service"),
        ),
        needs=(n("Organic Thailand certified indigo paste", "indigo_dye", req=("Organic Thailand",)),),
        bcg=("bio", "green"),
    ),
    sme(
        32,
        "th",
        "โรงทอผ้าฝ้ายสันกำแพง",
        HEMP,
        MID,
        "Chiang Mai",
        "sankamphaeng.weave@gmail.com",
        offers=(
            o("ผ้าฝ้ายทอมือ สีพื้น หน้า 1 ม.", "cotton_cloth_handwoven"),
            o("รับทอผ้าตามแบบ ลูกค้าส่งด้ายมาเอง", "contract_weaving_service"),
        ),
        needs=(
            n("ด้ายฝ้ายโรงงาน เบอร์ 20 สีขาวและสีดิบ", "cotton_yarn_machine"),
            n("ด้ายฝ้ายออร์แกนิกปั่นเครื่อง ไม่จำเป็นต้องมี GOTS", "organic_cotton_yarn", waive=("GOTS",)),
        ),
    ),
    sme(
        33,
        "th",
        "กลุ่มทอผ้ากี่เอวบ้านห้วยเสือเฒ่า",
        HEMP,
        MID,
        "Mae Hong Son",
        "huaisuethao.weave@gmail.com",
        offers=(
            o("ผ้าทอกะเหรี่ยงกี่เอว ลายดั้งเดิม", "cotton_cloth_handwoven"),
            o("ผ้าฝ้ายย้อมเปลือกไม้ สีน้ำตาลแดง", "cotton_cloth_natural_dyed"),
        ),
        needs=(n("หาร้านรับฝากขายผ้าทอในเมือง", "consignment_retail"),),
    ),
    sme(
        34,
        "th",
        "บ้านย้อมสีธรรมชาติป่าซาง",
        HEMP,
        MID,
        "Lamphun",
        "pasang.naturaldye@gmail.com",
        offers=(
            o("ผ้าฝ้ายย้อมครั่ง ฝาง ขนุน", "cotton_cloth_natural_dyed"),
            o("รับย้อมสีธรรมชาติ เสื้อผ้าหรือผ้าพับของลูกค้า", "natural_dyeing_service"),
        ),
        needs=(n("เปลือกไม้ย้อมผ้าตากแห้ง ครั่งดิบ", "natural_dye_material"),),
        bcg=("bio",),
    ),
    sme(
        35,
        "en",
        "Nimman Softwash",
        HEMP,
        MID,
        "Chiang Mai",
        "wash@nimmansoftwash.com",
        offers=(o("Enzyme softening and pre-shrinking of customer hemp fabric", "fabric_finishing_service"),),
    ),
    sme(
        36,
        "th",
        "กลุ่มปักผ้าอาข่าบ้านแสนเจริญ",
        HEMP,
        MID,
        "Chiang Rai",
        "saencharoen.akha@gmail.com",
        offers=(
            o("ผ้าปักอาข่า ชิ้นสำเร็จ ไว้ติดกระเป๋า", "hilltribe_embroidery"),
            o("รับปักมือบนสินค้าลูกค้า ลายชาวเขาหรือโลโก้", "embroidery_service"),
        ),
        needs=(u("สะดึงปักผ้า ไม้ ขนาด 30 ซม.", "embroidery hoops; no one in the set sells them"),),
    ),
    sme(
        37,
        "th",
        "ร้านเส้นกัญชงย้อมสีเมืองน่าน",
        HEMP,
        MID,
        "Nan",
        "nan.dyedhemp@gmail.com",
        offers=(o("เส้นกัญชงย้อมห้อมและเปลือกไม้ ขายเป็นไจ", "hemp_yarn_dyed"),),
    ),
    sme(
        38,
        "en",
        "Krung Thep Apparel Co., Ltd.",
        CIRC,
        MID,
        "Bangkok",
        "sourcing@ktapparel.co.th",
        offers=(
            o("CMT garment production, MOQ 300 pcs per style", "sewing_service"),
            o("Cotton cutting waste, about 2 t a month", "textile_offcuts"),
        ),
        needs=(
            u(
                "Coats Epic or similar core-spun sewing thread, 5,000 cones",
                "sewing thread; no one in the set sells it",
            ),
        ),
        certs=("ISO 9001", "SA8000"),
    ),
    sme(
        39,
        "th",
        "ร้านรับตัดเย็บป้าแดง ช้างคลาน",
        HEMP,
        MID,
        "Chiang Mai",
        "padaeng.sewing@gmail.com",
        offers=(
            o("รับเย็บเสื้อผ้า ลูกค้ามีผ้ามาเอง ขั้นต่ำ 20 ตัว", "sewing_service"),
            o("รับเย็บกระเป๋าผ้า ย่าม ถุงผ้า", "bag_sewing_service"),
        ),
        needs=(n("ผ้าฝ้ายทอมือ ตัดชุดตัวอย่าง", "cotton_cloth_handwoven"),),
    ),
    sme(
        40,
        "th",
        "บริษัท นครปฐมการ์เมนต์ จำกัด",
        CIRC,
        MID,
        "Nakhon Pathom",
        "npgarment.factory@gmail.com",
        offers=(
            o("เศษผ้ายืดคอตตอนจากการตัด ขายเหมาเป็นตัน", "textile_offcuts"),
            o("ผ้าค้างสต็อก ม้วนใหม่ คอตตอน 100%", "deadstock_fabric"),
        ),
        bcg=("circular",),
    ),
    sme(
        41,
        "en",
        "Aqua Knit Mills",
        SPORT,
        MID,
        "Samut Prakan",
        "mills@aquaknit.co.th",
        offers=(
            o("Recycled polyester quick-dry jersey, 140 gsm", "rpet_sports_fabric"),
            o("Hemp / organic cotton / spandex jersey, 200 gsm", "hemp_knit_fabric"),
        ),
        needs=(n("GRS certified rPET yarn, 1 t a month", "recycled_polyester_yarn", req=("GRS",)),),
        certs=("GRS", "OEKO-TEX Standard 100"),
        bcg=("circular",),
    ),
    sme(
        42,
        "th",
        "บริษัท ไทยเฮมพ์แคนวาส จำกัด",
        SPORT,
        MID,
        "Pathum Thani",
        "sales.thaihempcanvas@gmail.com",
        offers=(o("ผ้าแคนวาสเฮมพ์ผสมโพลีเอสเตอร์ 30/70 กันน้ำ", "hemp_poly_canvas"),),
        needs=(n("ด้ายโพลีเอสเตอร์รีไซเคิลจากขวด PET", "recycled_polyester_yarn"),),
    ),
    sme(
        43,
        "th",
        "บาติกอ่าวนาง",
        HEMP,
        MID,
        "Krabi",
        "aonang.batik@gmail.com",
        offers=(
            o("ผ้าปาเต๊ะบาติกลายทะเล เนื้อฝ้าย", "batik_cotton_cloth"),
            o("รับเขียนบาติกตามแบบ บนผ้าลูกค้า", "batik_service"),
        ),
        needs=(n("ผ้าดิบ หน้ากว้าง 45 นิ้ว ม้วนละ 50 หลา", "cotton_cloth_machine"),),
    ),
    sme(
        44,
        "en",
        "Andaman Batik House",
        HEMP,
        MID,
        "Phuket",
        "shop@andamanbatik.com",
        offers=(o("Batik cotton yardage, bright chemical-dye colours, 115 cm", "batik_cotton_cloth"),),
        needs=(u("White rayon challis for batik", "rayon; no one in the set sells it"),),
    ),
    sme(
        45,
        "th",
        "โรงปั่นด้ายดอยสะเก็ด",
        HEMP,
        MID,
        "Chiang Mai",
        "doisaket.spinning@gmail.com",
        offers=(
            o("รับปั่นเส้นใยธรรมชาติของลูกค้า ขั้นต่ำ 20 กก.", "spinning_service"),
            o("ด้ายฝ้ายปั่นเครื่อง เบอร์ 10-20", "cotton_yarn_machine"),
        ),
        needs=(
            n("ฝ้ายดิบจากไร่ ยังไม่ปั่น", "cotton_fibre_raw"),
            n("ใยฝ้ายรีไซเคิล มาปั่นผสม", "recycled_cotton_fibre"),
        ),
    ),
    sme(
        46,
        "en",
        "Loopwear Recycling",
        CIRC,
        MID,
        "Bangkok",
        "hello@loopwear.co.th",
        offers=(
            o("We shred your textile waste back into fibre", "textile_recycling_service"),
            o("Mechanically recycled denim fibre", "recycled_cotton_fibre"),
        ),
        needs=(n("Post-consumer denim, baled", "used_clothing"),),
        bcg=("circular",),
    ),
    sme(
        47,
        "th",
        "กระดุมกะลาบ่อสร้าง",
        HEMP,
        MID,
        "Chiang Mai",
        "bosang.buttons@gmail.com",
        offers=(
            o("กระดุมกะลามะพร้าว กระดุมไม้ ขายเป็นกุรุส", "natural_buttons"),
            o("สายกระเป๋าคอตตอนถัก กว้าง 1.5 นิ้ว", "bag_webbing"),
        ),
    ),
    sme(
        48,
        "th",
        "กระดาษสาต้นเปา",
        HEMP,
        MID,
        "Chiang Mai",
        "tonpao.saapaper@gmail.com",
        offers=(o("ป้ายห้อยกระดาษสา พิมพ์โลโก้ได้", "paper_tags"),),
        bcg=("bio",),
    ),
    sme(
        49,
        "en",
        "Ink & Thread Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@inkandthread.co",
        offers=(
            o("Screen printing on bags and tees, from 50 pcs", "screen_printing_service"),
            o("Logo machine embroidery on finished goods", "embroidery_service"),
        ),
    ),
    sme(
        50,
        "th",
        "โรงทอนนทบุรีเท็กซ์ไทล์",
        AGE_C,
        MID,
        "Nonthaburi",
        "nonthaburi.textile@gmail.com",
        offers=(
            o("ผ้าคอตตอน 100% ทอเครื่อง ผ้าดิบ ผ้าฟอกขาว", "cotton_cloth_machine"),
            o("ชุดเครื่องนอนผ้าฝ้าย สำหรับโรงพยาบาล ผ่าน มอก.", "bed_linen"),
        ),
        certs=("Thai Industrial Standard",),
    ),
    sme(
        51,
        "th",
        "กลุ่มทอผ้ากัญชงบ้านป่าคา",
        HEMP,
        MID,
        "Chiang Mai",
        "pakha.hempweave@gmail.com",
        offers=(
            o("ผ้าทอกัญชงมือ หน้าแคบ 35 ซม.", "hemp_cloth_handwoven"),
            o("รับจ้างทอมือ ใช้เส้นของลูกค้า กัญชงหรือใยอื่น", "contract_weaving_service"),
        ),
        needs=(n("ด้ายป่านต่อมือ ไจละครึ่งโล", "hemp_yarn_handspun"),),
    ),
    sme(
        52,
        "th",
        "กลุ่มผ้าหมักโคลนบ้านหวาย",
        AGE_I,
        MID,
        "Roi Et",
        "banwai.mudcloth@gmail.com",
        offers=(
            o("ผ้าฝ้ายหมักโคลน ย้อมเปลือกไม้", "cotton_cloth_natural_dyed"),
            o("ผ้าขิดทอมือ ลายโบราณ", "khit_cloth"),
        ),
    ),
    sme(
        53,
        "en",
        "Mekong Dye Works",
        HEMP,
        MID,
        "Chiang Rai",
        "dyeworks@mekongdye.com",
        offers=(o("Reactive-dyed hemp fabric, 30 colours", "hemp_cloth_dyed_synthetic"),),
        needs=(n("Mill-woven greige hemp for piece dyeing", "hemp_cloth_machine"),),
    ),
    sme(
        54,
        "th",
        "กลุ่มทอผ้าขาวม้าบ้านโนนเขวา",
        AGE_I,
        MID,
        "Khon Kaen",
        "nonkhwao.phakhaoma@gmail.com",
        offers=(o("ผ้าขาวม้าทอมือ ลายตาราง ผืนละ 120 บาท", "pha_khao_ma"),),
        needs=(n("ด้ายฝ้ายสีสด หลายสี", "cotton_yarn_dyed"),),
    ),
    sme(
        55,
        "en",
        "Hmong Batik Atelier",
        HEMP,
        MID,
        "Chiang Mai",
        "atelier@hmongbatik.com",
        offers=(o("Wax-resist batik on your hemp or cotton, beeswax and indigo", "batik_service"),),
        needs=(n("Beeswax blocks for the tjanting", "beeswax"),),
    ),
    # ---------------------------------------------------------- 056-095: bags, clothing, home goods, shops, buyers
    sme(
        56,
        "th",
        "ร้านกระเป๋ากัญชงดอยสุเทพ",
        HEMP,
        DOWN,
        "Chiang Mai",
        "doisuthep.hempbag@gmail.com",
        offers=(
            o("กระเป๋าสะพายข้าง ผ้ากัญชงเขียนเทียน", "hemp_bag"),
            o("ปลอกหมอนอิงกัญชง ลายม้ง", "hemp_home_textiles"),
            o("เศษผ้ากัญชงจากการตัดกระเป๋า", "hemp_offcuts"),
        ),
        needs=(
            n("ผ้าบาติกม้ง หลายลาย ครั้งละ 20 ผืน", "hemp_cloth_batik"),
            n("เทปทอฝ้ายทำหูกระเป๋า webbing สีดำ", "bag_webbing"),
            n("จ้างเขียนเทียนบนผ้ากัญชงของร้านเอง", "batik_service"),
        ),
    ),
    sme(
        57,
        "en",
        "Hemp Nomad Bags",
        HEMP,
        DOWN,
        "Chiang Mai",
        "wholesale@hempnomad.com",
        offers=(o("Hemp backpacks and totes, wholesale from 30 pcs", "hemp_bag"),),
        needs=(
            n("Pure hemp canvas, no poly blend", "hemp_cloth_machine"),
            n("Coconut shell or wooden buttons", "natural_buttons"),
            n("Contract bag sewing, we send cut panels", "bag_sewing_service"),
        ),
    ),
    sme(
        58,
        "th",
        "ย่ามไทลื้อเชียงของ",
        HEMP,
        DOWN,
        "Chiang Rai",
        "chiangkhong.yam@gmail.com",
        offers=(o("ย่ามผ้าฝ้ายทอมือย้อมคราม", "cotton_bag"),),
        needs=(n("ผ้าฝ้ายย้อมคราม หรือหม้อห้อม ทอมือ", "cotton_cloth_indigo"),),
    ),
    sme(
        59,
        "th",
        "ร้านเสื้อม่อฮ่อมแม่มาลี",
        HEMP,
        DOWN,
        "Phrae",
        "maemalee.mohom@gmail.com",
        offers=(o("เสื้อม่อฮ่อม คอจีน ผ้าฝ้ายย้อมห้อม", "cotton_clothing"),),
        needs=(n("หาช่างเย็บเสื้อ ส่งผ้าไปให้ เดือนละ 500 ตัว", "sewing_service"),),
    ),
    sme(
        60,
        "en",
        "Doi Threads",
        HEMP,
        DOWN,
        "Chiang Mai",
        "make@doithreads.com",
        offers=(o("Hemp shirts and wide trousers, S-XXL", "hemp_clothing"),),
        needs=(
            n("Cut-make-trim partner for small runs", "sewing_service"),
            n(
                "OEKO-TEX certified plain hemp fabric",
                "hemp_cloth_machine",
                "hemp_cloth_handwoven",
                req=("OEKO-TEX Standard 100",),
            ),
            n("Kraft or saa paper swing tags", "paper_tags"),
        ),
    ),
    sme(
        61,
        "th",
        "ร้านผ้ากัญชงม้งเมืองน่าน",
        HEMP,
        DOWN,
        "Nan",
        "nan.hmonghemp@gmail.com",
        offers=(
            o("กระโปรงจีบม้ง ผ้ากัญชงเขียนเทียน", "hemp_clothing"),
            o("ผ้าคลุมไหล่กัญชงย้อมห้อม", "scarf_natural_dyed"),
        ),
        needs=(
            n("ผ้ากัญชงย้อมห้อมสีพื้น ไม่เอาสีเคมี", "hemp_cloth_indigo"),
            n("ส่งกระโปรงกัญชงไปย้อมห้อมทั้งตัว", "indigo_dyeing_service"),
        ),
    ),
    sme(
        62,
        "en",
        "Fair Trade Siam Shop",
        HEMP,
        DOWN,
        "Bangkok",
        "buying@fairtradesiam.org",
        offers=(o("Consignment retail in two Bangkok malls", "consignment_retail"),),
        needs=(
            n("Handmade hemp bags", "hemp_bag"),
            n("Hemp clothing, Fairtrade not required", "hemp_clothing", waive=("Fairtrade",)),
            n("Small hemp gifts: pouches, coin purses", "small_accessories"),
        ),
        certs=("Fairtrade",),
    ),
    sme(
        63,
        "th",
        "ร้านของฝากชาวเขา ไนท์บาซาร์",
        HEMP,
        DOWN,
        "Chiang Mai",
        "nightbazaar.hilltribe@gmail.com",
        offers=(o("รับฝากขายงานหัตถกรรม ในไนท์บาซาร์", "consignment_retail"),),
        needs=(
            n("ย่ามผ้าฝ้ายทอมือ หรือกระเป๋ากัญชง ไม่ต้องมี OTOP", "cotton_bag", "hemp_bag", waive=("OTOP",)),
            n("ผ้าปักชาวเขา ชิ้นเล็ก", "hilltribe_embroidery"),
        ),
    ),
    sme(
        64,
        "en",
        "Siam Craft Export Co., Ltd.",
        HEMP,
        DOWN,
        "Bangkok",
        "export@siamcraft.co.th",
        offers=(o("Export consolidation and shipping for craft makers", "export_service"),),
        needs=(
            n(
                "Hemp cushion covers and runners, OEKO-TEX required",
                "hemp_home_textiles",
                req=("OEKO-TEX Standard 100",),
            ),
            n("Fair Trade certified hemp bags", "hemp_bag", req=("Fairtrade",)),
            u("Hemp seed oil for gift sets", "food oil; no one in the set sells it"),
        ),
    ),
    sme(
        65,
        "en",
        "Rimping Boutique Hotel",
        HEMP,
        DOWN,
        "Chiang Mai",
        "purchasing@rimpinghotel.com",
        needs=(
            n("Cushion covers in hemp or handwoven cotton, 40 rooms", "hemp_home_textiles", "cotton_home_textiles"),
            n("Bath towels and robes, white", "towels_robes"),
        ),
    ),
    sme(
        66,
        "th",
        "บ้านพักผู้สูงอายุสุขใจ",
        AGE_C,
        DOWN,
        "Bangkok",
        "sukjai.eldercare@gmail.com",
        needs=(
            n("เสื้อผ้าผู้สูงอายุ ใส่ง่าย ผ่าหน้า", "adaptive_clothing"),
            n("ผ้าปูที่นอน ปลอกหมอน ต้องมี มอก.", "bed_linen", req=("Thai Industrial Standard",)),
            n("หมอนนุ่น หมอนขิด", "kapok_pillow"),
        ),
    ),
    sme(
        67,
        "en",
        "Nonthaburi Care Hospital",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "procurement@ntbcare.co.th",
        needs=(
            n("TIS-approved cotton bed sheets", "bed_linen", req=("Thai Industrial Standard",)),
            n("Patient towels, 1,000 pcs", "towels_robes"),
            u("Antimicrobial privacy curtains", "no one in the set makes curtains for wards"),
        ),
    ),
    sme(
        68,
        "th",
        "หมอนขิดบ้านศรีฐาน",
        AGE_I,
        DOWN,
        "Yasothon",
        "sithan.khitpillow@gmail.com",
        offers=(o("หมอนขิดสามเหลี่ยม ยัดนุ่น", "kapok_pillow"),),
        needs=(
            n("ใยนุ่นยัดหมอน ครั้งละ 50 โล", "kapok_fill"),
            n("ผ้าขิดทอมือ", "khit_cloth"),
        ),
    ),
    sme(
        69,
        "th",
        "เสื้อผ้าสูงวัยอุดร",
        AGE_I,
        DOWN,
        "Udon Thani",
        "udon.elderwear@gmail.com",
        offers=(o("ชุดผู้สูงอายุ ผ่าหน้า กระดุมแป๊ก", "adaptive_clothing"),),
        needs=(
            n("ผ้าฝ้ายเนื้อนุ่มทอเครื่อง ผ้าใหม่ ไม่เอาเศษผ้า", "cotton_cloth_machine", "deadstock_fabric"),
            u("เทปตีนตุ๊กแก", "hook-and-loop tape; no one in the set sells it"),
        ),
    ),
    sme(
        70,
        "th",
        "บริษัท สไตรด์ แอคทีฟ จำกัด",
        SPORT,
        DOWN,
        "Bangkok",
        "product@strideactive.co",
        offers=(o("เสื้อวิ่ง กางเกงวิ่ง ผ้าโพลีเอสเตอร์รีไซเคิล", "sportswear"),),
        needs=(
            n("ผ้าเจอร์ซีย์ rPET แห้งเร็ว ต้องมี GRS", "rpet_sports_fabric", req=("GRS",)),
            n("ผ้าถักผสมกัญชง ทำคอลเลกชันลำลอง", "hemp_knit_fabric"),
            n("งานสกรีนเสื้อวิ่ง ลายงานมาราธอน", "screen_printing_service"),
        ),
    ),
    sme(
        71,
        "en",
        "Lanna Hemp Socks",
        SPORT,
        DOWN,
        "Chiang Mai",
        "socks@lannahemp.com",
        offers=(o("Hemp-cotton crew socks, odour resistant", "hemp_socks"),),
        needs=(n("Looking for hemp blend yarn for sock machines", "hemp_yarn_machine"),),
    ),
    sme(
        72,
        "en",
        "Island Yoga Supply",
        SPORT,
        DOWN,
        "Phuket",
        "shop@islandyoga.co",
        offers=(o("Natural rubber and jute yoga mats", "yoga_mat"),),
        needs=(
            n("Hemp socks?", "hemp_socks"),
            n("Water-resistant hemp blend canvas for mat bags", "hemp_poly_canvas"),
        ),
    ),
    sme(
        73,
        "th",
        "แบรนด์ยีนส์ทูแบ็ก",
        CIRC,
        DOWN,
        "Bangkok",
        "jeans2bag@gmail.com",
        offers=(o("กระเป๋าจากยีนส์เก่าและเศษผ้า", "upcycled_bag"),),
        needs=(
            n("ยีนส์มือสอง คัดแล้ว", "used_clothing"),
            n("เศษผ้ากัญชงชิ้นใหญ่", "hemp_offcuts"),
        ),
        bcg=("circular",),
    ),
    sme(
        74,
        "en",
        "Maiyah Home",
        HEMP,
        DOWN,
        "Chiang Mai",
        "studio@maiyahhome.com",
        offers=(o("Hemp cushion covers, runners and curtains", "hemp_home_textiles"),),
        needs=(
            n("Batik hemp panels for cushions", "hemp_cloth_batik"),
            n("Indigo hemp yardage, plain", "hemp_cloth_indigo"),
            n("Natural overdye of our finished covers, not indigo", "natural_dyeing_service"),
        ),
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        75,
        "th",
        "วิสาหกิจชุมชนกระเป๋ากัญชงแม่สาใหม่",
        HEMP,
        DOWN,
        "Chiang Mai",
        "maesamai.hempbag@gmail.com",
        offers=(
            o("กระเป๋ากัญชงทอมือ ปักลายม้ง แฟร์เทรด", "hemp_bag"),
            o("กระเป๋าสตางค์ ซองมือถือ ผ้ากัญชง", "small_accessories"),
        ),
        needs=(
            n("แถบผ้าปักม้ง ยาวๆ", "hilltribe_embroidery"),
            n("หาบริษัทช่วยส่งออกไปญี่ปุ่น", "export_service"),
        ),
        certs=("Fairtrade", "OTOP"),
    ),
    sme(
        76,
        "th",
        "ล้านนาสปา รีทรีท",
        AGE_C,
        DOWN,
        "Chiang Mai",
        "spa@lannaretreat.com",
        needs=(
            n("ผ้าขาวม้าใช้ในห้องนวด 200 ผืน", "pha_khao_ma"),
            n("เสื้อคลุมสปา ผ้าฝ้ายลายรังผึ้ง", "towels_robes"),
        ),
    ),
    sme(
        77,
        "en",
        "Ayutthaya Terry Co., Ltd.",
        AGE_C,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "sales@ayutthayaterry.co.th",
        offers=(
            o("Hotel towels and bathrobes, wholesale", "towels_robes"),
            o("Hotel bed sheets, 250 thread count", "bed_linen"),
        ),
        needs=(n("Cotton yarn Ne 16 for terry looms", "cotton_yarn_machine"),),
    ),
    sme(
        78,
        "en",
        "Isan Elder Care Cooperative",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "coop@isanelder.org",
        needs=(
            n("Easy-dressing clothes for elderly members", "adaptive_clothing"),
            n("Kapok-filled pillows", "kapok_pillow"),
            u("Adjustable hospital beds", "furniture; no one in the set sells it"),
        ),
    ),
    sme(
        79,
        "en",
        "Northern Hands Fair Trade",
        HEMP,
        DOWN,
        "Chiang Mai",
        "trade@northernhands.org",
        offers=(o("Export to fair-trade shops in Europe", "export_service"),),
        needs=(
            n("Hill-tribe embroidered panels, Fairtrade not required", "hilltribe_embroidery", waive=("Fairtrade",)),
            n("Indigo cotton shoulder bags, handwoven", "cotton_bag"),
        ),
        certs=("Fairtrade",),
    ),
    sme(
        80,
        "en",
        "Greenwood Department Store",
        HEMP,
        DOWN,
        "Bangkok",
        "buyers@greenwood.co.th",
        needs=(
            n("Hemp home goods for a Thai craft corner", "hemp_home_textiles"),
            n("Naturally dyed scarves", "scarf_natural_dyed"),
            n("Tote bags from recycled cotton yarn", "recycled_cotton_tote"),
        ),
    ),
    sme(
        81,
        "th",
        "ร้านผ้าพื้นเมืองประตูท่าแพ",
        HEMP,
        DOWN,
        "Chiang Mai",
        "thaphae.textileshop@gmail.com",
        needs=(n("ผ้าพันคอ ผ้าคลุมไหล่ สีธรรมชาติ", "scarf_natural_dyed"),),
    ),
    sme(
        82,
        "en",
        "Slow Stitch Studio",
        HEMP,
        DOWN,
        "Chiang Mai",
        "hello@slowstitch.studio",
        offers=(o("Weaving and natural dye workshops for groups", "workshop"),),
        needs=(
            n("Pineapple leaf fibre for a pilot weave", "pineapple_fibre"),
            n("Natural dye kits: bark, lac", "natural_dye_material"),
            n("Hemp yarn of any kind for weaving classes", "hemp_yarn_handspun", "hemp_yarn_machine", "hemp_yarn_dyed"),
        ),
    ),
    sme(
        83,
        "en",
        "Lampang Hempcrete Builders",
        HEMP,
        DOWN,
        "Lampang",
        "build@hempcrete-lampang.com",
        needs=(
            n("Chopped hemp hurd for walls", "hemp_hurd"),
            n("Hemp rope for railings", "hemp_rope"),
            u("Hydraulic lime binder", "building lime; no one in the set sells it"),
        ),
        bcg=("bio", "green"),
    ),
    sme(
        84,
        "en",
        "Chao Phraya Riverside Hotel",
        AGE_C,
        DOWN,
        "Bangkok",
        "purchasing@cpriverside.com",
        needs=(
            n("Bed linen for 120 rooms, TIS not required", "bed_linen", waive=("Thai Industrial Standard",)),
            n("Logo embroidery on our robes", "embroidery_service"),
            n("Shred our old linens into fibre", "textile_recycling_service"),
        ),
    ),
    sme(
        85,
        "th",
        "ร้านเสื้อผ้ากัญชงนิมมาน",
        HEMP,
        DOWN,
        "Chiang Mai",
        "nimman.hempwear@gmail.com",
        offers=(o("เสื้อเชิ้ต เดรส ผ้ากัญชง ตัดเอง", "hemp_clothing"),),
        needs=(
            n("ผ้ากัญชงสีพื้น หลายสี สีเคมีก็ได้", "hemp_cloth_dyed_synthetic", "hemp_cloth_indigo"),
            n("มีใครรับซักนุ่มผ้ากัญชงไหม ส่งผ้าไปก่อนตัด", "fabric_finishing_service"),
            u(
                "ผ้ากัญชงที่ได้ GOTS",
                "hemp cloth is offered, but no GOTS holder offers it",
                "hemp_cloth_machine",
                "hemp_cloth_handwoven",
                "hemp_cloth_indigo",
                "hemp_cloth_dyed_synthetic",
                req=("GOTS",),
            ),
        ),
    ),
    sme(
        86,
        "en",
        "Siam Heritage Textiles",
        HEMP,
        DOWN,
        "Bangkok",
        "collection@siamheritage.co",
        needs=(
            u(
                "Peacock Emblem silk, Royal Thai Silk grade",
                "silk; no one in the set weaves silk",
                req=("Thai Silk Peacock Emblem",),
            ),
            n("Naturally dyed cotton cloth, no synthetic dye", "cotton_cloth_natural_dyed", "cotton_cloth_indigo"),
            u("Flax linen yardage, not hemp", "flax linen; no one in the set sells it"),
        ),
    ),
    sme(
        87,
        "en",
        "Nan Hemp Paper Studio",
        HEMP,
        DOWN,
        "Nan",
        "paper@nanhemp.com",
        offers=(o("Handmade hemp paper sheets", "hemp_paper"),),
        needs=(
            n(
                "Dried hemp stalks, 1 t a season, Organic Thailand not needed",
                "hemp_stalk",
                waive=("Organic Thailand",),
            ),
        ),
        bcg=("bio",),
    ),
    sme(
        88,
        "en",
        "Little Sprout Knits",
        HEMP,
        DOWN,
        "Bangkok",
        "hello@littlesprout.co",
        needs=(
            n("GOTS organic cotton yarn for baby knits", "organic_cotton_yarn", req=("GOTS",)),
            u(
                "GOTS hemp yarn",
                "hemp yarn is offered, but no GOTS holder offers it",
                "hemp_yarn_machine",
                "hemp_yarn_handspun",
                req=("GOTS",),
            ),
        ),
    ),
    sme(
        89,
        "th",
        "ถุงผ้ารักษ์โลก",
        CIRC,
        DOWN,
        "Bangkok",
        "rakloke.tote@gmail.com",
        offers=(o("ถุงผ้าทอจากด้ายฝ้ายรีไซเคิล", "recycled_cotton_tote"),),
        needs=(
            n("ด้ายฝ้ายรีไซเคิล ต้องได้ GRS", "recycled_cotton_yarn", req=("GRS",)),
            n("สกรีนโลโก้ลูกค้าบนถุงผ้า", "screen_printing_service"),
        ),
        bcg=("circular",),
    ),
    sme(
        90,
        "en",
        "Hemp Haus Asia",
        HEMP,
        DOWN,
        "Chiang Mai",
        "asia@hemphaus.eu",
        needs=(
            n("Hmong batik hemp, no synthetic indigo", "hemp_cloth_batik"),
            n(
                "Undyed hemp fabric, OEKO-TEX welcome but not required",
                "hemp_cloth_machine",
                "hemp_cloth_handwoven",
                waive=("OEKO-TEX Standard 100",),
            ),
        ),
    ),
    sme(
        91,
        "th",
        "ร้านผ้าทอเกาะยอ",
        HEMP,
        DOWN,
        "Songkhla",
        "kohyor.weaving@gmail.com",
        offers=(
            o("ผ้าทอเกาะยอ ลายราชวัตร เป็นหลา", "cotton_cloth_handwoven"),
            o("ปลอกหมอนอิง ผ้าปูโต๊ะ ผ้าเกาะยอ", "cotton_home_textiles"),
        ),
        needs=(n("ด้ายฝ้ายย้อมสีไม่ตก", "cotton_yarn_dyed"),),
    ),
    sme(
        92,
        "en",
        "Old Town Batik Boutique",
        HEMP,
        DOWN,
        "Phuket",
        "shop@oldtownbatik.com",
        needs=(
            n("Cotton sarong batik for resort shirts", "batik_cotton_cloth"),
            n("Scarves and shawls", "scarf", "scarf_natural_dyed"),
        ),
    ),
    sme(
        93,
        "th",
        "กลุ่มผ้าจวนตานี",
        HEMP,
        DOWN,
        "Pattani",
        "jawantani.weave@gmail.com",
        offers=(o("ผ้าคลุมผมจวนตานี ทอมือ", "scarf"),),
        needs=(u("ดิ้นทอง ดิ้นเงิน สำหรับทอยก", "metallic thread; no one in the set sells it"),),
    ),
    sme(
        94,
        "en",
        "Elder Comfort Mart",
        AGE_C,
        DOWN,
        "Bangkok",
        "buy@eldercomfort.co.th",
        needs=(
            n("Adaptive clothing, magnetic or snap closures", "adaptive_clothing"),
            n("Triangle khit cushions", "kapok_pillow"),
            n("Cotton draw sheets with TIS mark", "bed_linen", req=("Thai Industrial Standard",)),
        ),
    ),
    sme(
        95,
        "en",
        "Doi Mae Salong Homestay",
        HEMP,
        DOWN,
        "Chiang Rai",
        "stay@maesalonghome.com",
        needs=(
            n("Pha khao ma for guests", "pha_khao_ma"),
            n("Handwoven cotton table linen and cushion covers for guest rooms", "cotton_home_textiles"),
        ),
    ),
)


# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^bhg-\d{3}$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
THAI_LETTER = re.compile("[\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")

N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _phrase_regex(phrase: str) -> str:
    tokens = [t for t in re.split(r"[\s\-.]+", _nfkc(phrase)) if t]
    body = r"[\s\-.]*".join(re.escape(t) for t in tokens)
    return rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])"


def _mention_matchers() -> dict[str, tuple[re.Pattern[str], ...]]:
    """Every way the taxonomy writes a certification's name, negated or not."""
    matchers: dict[str, tuple[re.Pattern[str], ...]] = {}
    for cert in CERTIFICATIONS:
        found = [re.compile(_phrase_regex(m), re.IGNORECASE) for m in cert.mentions]
        found += [re.compile(_phrase_regex(m)) for m in cert.case_sensitive_mentions]
        found += [re.compile(_nfkc(p)) for p in cert.patterns]
        matchers[cert.name] = tuple(found)
    return matchers


MENTIONS = _mention_matchers()


def named_certifications(text: str) -> set[str]:
    """Certifications the text names at all, whether it asks for them or waives them."""
    text = _nfkc(text)
    return {name for name, pats in MENTIONS.items() if any(p.search(text) for p in pats)}


def letters_ok(text: str, lang: str) -> bool:
    if lang == "en":
        if THAI_CHAR.search(text):
            return False
        return all(LATIN_LETTER.match(ch) for ch in text if ch.isalpha())
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai > 0 and thai >= 2 * latin


def qualified(s: Sme, need: Need) -> bool:
    return any(off.label in need.labels for off in s.offers) and set(need.requires) <= set(s.certifications)


def suppliers_of(need: Need, buyer: Sme) -> list[Sme]:
    return [s for s in PROFILES if s.num != buyer.num and qualified(s, need)]


def check() -> list[str]:
    errors: list[str] = []
    nums = [s.num for s in PROFILES]
    if nums != list(range(1, len(PROFILES) + 1)):
        errors.append("profile numbers are not 1..N in order")
    if len(PROFILES) != N_PROFILES:
        errors.append(f"{len(PROFILES)} profiles, expected {N_PROFILES}")
    offered: dict[str, set[int]] = {}
    for s in PROFILES:
        for off in s.offers:
            offered.setdefault(off.label, set()).add(s.num)
    for s in PROFILES:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: bad id")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: bad language {s.lang!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if s.sub_cluster not in {c.value for c in SubCluster}:
            errors.append(f"{where}: bad sub_cluster")
        if s.stage not in {c.value for c in Stage}:
            errors.append(f"{where}: bad stage")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not an English province name")
        for cert in s.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(s.certifications)) != len(s.certifications):
            errors.append(f"{where}: repeated certification")
        for tag in s.bcg:
            if tag not in {c.value for c in BcgTag}:
                errors.append(f"{where}: bad bcg tag {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated bcg tag")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: bad email {s.email!r}")
        if not (0 <= len(s.offers) <= 3 and 0 <= len(s.needs) <= 3) or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        for text in (s.name, *(x.text for x in s.offers), *(x.text for x in s.needs)):
            if not letters_ok(text, s.lang):
                errors.append(f"{where}: {text!r} is not written in {s.lang}")
            if text != text.strip() or "  " in text:
                errors.append(f"{where}: stray spaces in {text!r}")
        texts = [x.text for x in (*s.offers, *s.needs)]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for off in s.offers:
            if not LABEL_RE.match(off.label):
                errors.append(f"{where}: bad label {off.label!r}")
            extra = named_certifications(off.text) - set(s.certifications)
            if extra:
                errors.append(f"{where}: offer {off.text!r} names {sorted(extra)} that the SME does not hold")
        for need in s.needs:
            named = named_certifications(need.text)
            if set(need.requires) & set(need.waives):
                errors.append(f"{where}: {need.text!r} both requires and waives a certification")
            if named != set(need.requires) | set(need.waives):
                errors.append(f"{where}: {need.text!r} names {sorted(named)}, labelled {need.requires} + {need.waives}")
            if not set(need.requires) <= find_certifications(need.text):
                errors.append(f"{where}: {need.text!r} does not state {need.requires} as a requirement")
            for cert in (*need.requires, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: {cert!r} is not canonical")
            for label in need.labels:
                if not offered.get(label, set()) - {s.num}:
                    errors.append(f"{where}: {need.text!r} lists {label!r}, which no one else offers")
            found = suppliers_of(need, s)
            if need.note and found:
                errors.append(f"{where}: {need.text!r} is marked unmet but {[x.id for x in found]} meet it")
            if not need.note and not found:
                errors.append(f"{where}: {need.text!r} is met by no one")
            if not need.note and not need.labels:
                errors.append(f"{where}: {need.text!r} lists no labels and has no note")
    return errors


def size_errors(stats: dict[str, int]) -> list[str]:
    errors: list[str] = []
    share = stats["thai"] / stats["profiles"]
    if not THAI_SHARE[0] <= share <= THAI_SHARE[1]:
        errors.append(f"Thai share {share:.2f} outside {THAI_SHARE}")
    if not LINKS_RANGE[0] <= stats["links"] <= LINKS_RANGE[1]:
        errors.append(f"{stats['links']} true links, outside {LINKS_RANGE}")
    if stats["links"]:
        cross = stats["cross"] / stats["links"]
        if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
            errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    if not UNMET_RANGE[0] <= stats["unmet"] <= UNMET_RANGE[1]:
        errors.append(f"{stats['unmet']} needs met by no one, outside {UNMET_RANGE}")
    met = stats["met"]
    if met and stats["met_1_3"] / met < 0.7:
        errors.append(f"only {stats['met_1_3']} of {met} met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ outputs


def links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in PROFILES for need in b.needs for s in suppliers_of(need, b)}
    return sorted(pairs)


def profile_json(s: Sme) -> str:
    row = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [x.text for x in s.offers],
        "needs": [x.text for x in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(row, ensure_ascii=False)


def links_csv(pairs: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(pairs)
    return out.getvalue()


def region_of(s: Sme) -> str:
    province = resolve_province(s.province)
    if province is None:
        raise ValueError(f"{s.id}: unknown province {s.province!r}")
    return province.region.value


def statistics(pairs: list[tuple[str, str]]) -> tuple[dict[str, int], list[tuple[str, str]]]:
    by_id = {s.id: s for s in PROFILES}
    needs = [(b, need) for b in PROFILES for need in b.needs]
    met_counts = [len(suppliers_of(need, b)) for b, need in needs if not need.note]
    th_en = sum(1 for a, b in pairs if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in pairs if by_id[a].lang == "en" and by_id[b].lang == "th")
    stats = {
        "profiles": len(PROFILES),
        "thai": sum(1 for s in PROFILES if s.lang == "th"),
        "english": sum(1 for s in PROFILES if s.lang == "en"),
        "provinces": len({s.province for s in PROFILES}),
        "offers": sum(len(s.offers) for s in PROFILES),
        "labels": len({x.label for s in PROFILES for x in s.offers}),
        "needs": len(needs),
        "met": len(met_counts),
        "met_1_3": sum(1 for c in met_counts if 1 <= c <= 3),
        "unmet": sum(1 for _, need in needs if need.note),
        "requires": sum(1 for _, need in needs if need.requires),
        "waives": sum(1 for _, need in needs if need.waives),
        "links": len(pairs),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "within": len(pairs) - th_en - en_th,
        "cross_sub": sum(1 for a, b in pairs if by_id[a].sub_cluster != by_id[b].sub_cluster),
    }
    rows: list[tuple[str, str]] = [
        ("profiles", str(stats["profiles"])),
        ("written in Thai / English", f"{stats['thai']} / {stats['english']}"),
    ]
    for value, count in sorted(Counter(s.sub_cluster for s in PROFILES).items()):
        rows.append((f"sub-cluster `{value}`", str(count)))
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(sum(1 for s in PROFILES if s.stage == stage.value))))
    regions = Counter(region_of(s) for s in PROFILES)
    for value, count in sorted(regions.items()):
        rows.append((f"region `{value}`", str(count)))
    rows += [
        ("distinct provinces", str(stats["provinces"])),
        ("offers", str(stats["offers"])),
        ("distinct offer labels", str(stats["labels"])),
        ("needs", str(stats["needs"])),
        ("needs met / met by no one", f"{stats['met']} / {stats['unmet']}"),
        ("met needs with 1-3 qualified suppliers", str(stats["met_1_3"])),
        ("needs requiring a certification", str(stats["requires"])),
        ("needs waiving a certification", str(stats["waives"])),
        ("true links", str(stats["links"])),
        ("links Thai supplier -> English buyer", str(stats["th_en"])),
        ("links English supplier -> Thai buyer", str(stats["en_th"])),
        (
            "cross-language links (share)",
            f"{stats['cross']} ({stats['cross'] / max(1, stats['links']):.0%})",
        ),
        ("within-language links", str(stats["within"])),
        ("links between different sub-clusters", str(stats["cross_sub"])),
    ]
    return stats, rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {key} | {value} |" for key, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_hempgoods`: hemp from field to shop, in plain registry wording

A hand-labelled test set for the partner matchmaking of the Health and Wellness Economy textile
cluster. It measures how well the matcher finds the true supplier-buyer pairs among 95 SMEs whose
offers and needs are written as short registry entries, in Thai and English, in wording the matcher
has never seen.

## What it checks

The theme is hemp in the north, from the field to the shop: hemp seed, stalks, hurd and bast,
hand-spliced and machine-spun hemp yarn, handwoven and mill-woven hemp cloth, indigo (ห้อม, คราม) and
Hmong batik on hemp, hemp bags, clothing and home goods, hill-tribe weaving and embroidery groups,
fair-trade shops and exporters. Around them sit the ordinary suppliers the cluster also has: cotton
fibre and yarn, kapok, natural dyestuff, beeswax, cotton weaving, dyeing, batik, sewing and trims,
textile waste and recycled fibre, and buyers from the other sub-clusters (care homes, hospitals,
hotels, spas, sports brands).

Each kind of goods is written in many ways: northern, Isan and southern names (ห้อม / คราม,
ม่อฮ่อม, ย่าม, ผ้าขาวม้า, ผ้าขิด, ผ้าปาเต๊ะ, ฝ้ายเข็น, ป่าน), trade words and abbreviations (Nm, Ne,
CMT, MOQ, gsm, rPET, OE), with and without quantities, prices, sizes and places. A need is usually
worded differently from the offers that meet it, and about half of the true links cross languages.

Hard but fair cases are deliberate:

- a service versus the goods it works on (indigo dyeing of the customer's cloth versus indigo-dyed
  cloth; sewing for others versus finished garments; batik on the customer's hemp versus batik hemp
  cloth; contract weaving and spinning versus cloth and yarn), and the customer's own goods sent for
  work;
- waste and used goods versus new (offcuts, used jeans and deadstock rolls; shredding a hotel's old
  linen; "new cloth only, no scraps");
- raw versus processed: stalk, hurd, bast, degummed fibre, yarn, cloth, product;
- finished goods described by their material, colour or technique (an indigo handwoven cotton ย่าม
  is a bag; a batik hemp skirt is clothing; a khit cushion is a pillow, not khit cloth);
- look-alikes that are different things (kenaf and jute versus hemp, flax linen versus hemp, hemp
  seed oil versus planting seed, a hemp/polyester canvas versus pure hemp);
- needs written as a wish, a bare noun phrase or a question; refusals ("no synthetic dye", "no poly
  blend", "not indigo");
- needs that require a named certification, needs that name one only to waive it ("Fairtrade not
  required", "ไม่ต้องมี OTOP"), and needs that no one in the set meets (some because nothing like it
  is offered, some because the only offers lack the certification asked for).

## How it was written

By hand, one profile at a time, by a writer who read only section 1 of
`/work/shared/contracts/CONTRACTS.md` (the profile and links formats), `shared/taxonomy.py` with
`shared/taxonomy_data/`, and the `[tool.ruff]` settings of `pyproject.toml`. The writer did not read
the matcher, its glossary, its tests, other evaluation sets or the project's data, and did not run the
matcher. Names, e-mail addresses and companies are invented.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair; the label says what the thing is (for example
`cotton_cloth_indigo` versus `indigo_dyeing_service`, `hemp_bag` versus `cotton_bag`). Every need
either lists the offer labels that would meet it and the certifications its text requires, or is
marked as met by no one with a short note.

The pair (supplier, buyer) is a true link when some offer of the supplier carries a label that one of
the buyer's needs lists, and the supplier's `certifications` hold every certification that need
requires. An SME is never linked to itself. Shared words play no part; quantities, prices, sizes and
places never decide a link; what changes what the thing is does. A certification that a need names
only to waive it is not required. The labels live only in `write.py`; `profiles.jsonl` carries none.

Before writing anything the script checks that ids are unique and well formed; every contract field
is valid (sub-cluster, stage and BCG values from `shared.taxonomy`, provinces that `resolve_province`
resolves to their English name, certifications that `resolve_certification` keeps canonical); every
label a need lists is offered by someone other than the buyer; every met need has a qualified
supplier and every unmet one has none; every certification a need names is marked as required or
waived, and `find_certifications` reads each required one as asked for; an offer names only
certifications its SME holds; Thai phrases are mostly Thai letters and English ones Latin only; and
the size targets (95 profiles, about 55 % Thai, 160-180 links, about half across languages, about 20
unmet needs, most met needs with 1-3 suppliers). It writes nothing if any check fails. The output is
deterministic: two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_hempgoods/write.py

It rewrites the three files below and prints the counts table.

## Files

- `write.py`: all the data and labels, the checks, and the writer.
- `profiles.jsonl`: 95 profiles in the cluster-profile format, JSONL version 1, ids `bhg-001` to
  `bhg-095`, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

COUNTS_TABLE
"""


def main() -> int:
    errors = check()
    pairs = links()
    stats, rows = statistics(pairs)
    errors += size_errors(stats)
    if errors:
        for error in errors:
            print("error:", error, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    counts = table(rows)
    files = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in PROFILES),
        "links.csv": links_csv(pairs),
        "README.md": README.replace("COUNTS_TABLE\n", counts),
    }
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(counts, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
