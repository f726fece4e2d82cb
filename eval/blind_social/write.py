"""Blind social-media evaluation set for partner matching, written by hand.

Every SME below is a shop page, group post or caption as it would appear on
Facebook, Instagram, TikTok Shop or a community group. Each offer carries a
label saying what the thing IS; each need lists the offer labels that meet it
and the certifications its text requires. Links are derived from those labels
only, never from shared words.

Run from the project root:

    .venv/bin/python eval/blind_social/write.py

It checks everything first and writes `profiles.jsonl` and `links.csv` next to
this file only when every check passes.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _taxonomy() -> ModuleType:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return importlib.import_module("shared.taxonomy")


# --------------------------------------------------------------------- model


@dataclass(frozen=True)
class Offer:
    label: str
    text: str


@dataclass(frozen=True)
class Need:
    """A need some offer in the set meets."""

    text: str
    meets: tuple[str, ...]
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gap:
    """A need nobody in the set can meet: `wants` names what it asks for."""

    wants: str
    text: str
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[Offer, ...]
    needs: tuple[Need | Gap, ...]


def sme(
    sid: str,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    *,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
    offers: tuple[Offer, ...] = (),
    needs: tuple[Need | Gap, ...] = (),
) -> Sme:
    return Sme(sid, language, name, sub_cluster, stage, province, email, certs, bcg, offers, needs)


HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGE_C = "ageing_lifestyle_central"
AGE_I = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

OEKO = "OEKO-TEX Standard 100"

# ------------------------------------------------------------------ labels
# What an offer IS. A need lists the labels that meet it.

LABELS: dict[str, str] = {
    # upstream materials and services
    "hemp_fibre": "raw or retted hemp bast fibre",
    "hemp_yarn_handspun": "hemp yarn spun by hand",
    "hemp_yarn_machine": "machine-spun hemp or hemp-blend yarn",
    "spinning_service": "spinning a customer's own fibre into yarn, on commission",
    "cotton_lint": "raw seed cotton or ginned lint",
    "cotton_yarn_handspun": "cotton yarn spun by hand, undyed",
    "cotton_yarn_organic": "machine ring-spun organic cotton yarn",
    "silk_yarn_thai": "hand-reeled Thai native silk yarn",
    "banana_fibre": "banana trunk fibre",
    "pineapple_fibre": "pineapple leaf fibre",
    "indigo_paste": "fermented indigo dyestuff (kram or hom paste)",
    "plant_dyestuff": "non-indigo natural dye materials: lac, ebony, barks, heartwood",
    "textile_offcuts": "pre-consumer fabric offcuts and cutting waste",
    "used_clothing_sorted": "post-consumer garments sorted by fibre and baled",
    "used_linen": "retired hotel or hospital linen sold for recycling",
    "shredding_service": "shredding textiles into fibre, on commission",
    "recycled_cotton_fibre": "recycled cotton fibre torn from textile waste",
    "recycled_cotton_yarn": "open-end recycled cotton yarn",
    "rpet_yarn": "polyester yarn made from recycled PET bottles",
    "performance_yarn": "functional (wicking, cooling) polyester filament yarn",
    # midstream goods and services
    "hemp_cloth_undyed": "handwoven hemp cloth, undyed",
    "hemp_cloth_indigo": "indigo-dyed hemp cloth by the metre",
    "cotton_cloth_indigo": "handwoven indigo-dyed cotton cloth",
    "cotton_cloth_handwoven_plain": "handwoven cotton cloth, undyed",
    "silk_cloth_handwoven": "handwoven Thai silk cloth (mudmee and plain)",
    "pineapple_blend_fabric": "woven pineapple-leaf and cotton blend fabric",
    "cotton_sheeting": "machine-woven plain cotton sheeting, greige or bleached",
    "cotton_jersey_organic": "organic cotton knit jersey fabric",
    "performance_knit_fabric": "wicking polyester sports knit fabric",
    "compression_fabric": "warp-knit elastane compression fabric",
    "recycled_knit_fabric": "knit fabric from recycled fibres",
    "waterproof_fabric": "TPU-laminated waterproof breathable fabric",
    "antibacterial_fabric": "antibacterial finished fabric, ready to cut",
    "elastic_webbing": "elastic tape, webbing and hook-and-loop tape",
    "natural_dyeing_service": "indigo or natural dyeing of a customer's goods, on commission",
    "reactive_dyeing_service": "reactive dyeing of a customer's goods, on commission",
    "knitting_service": "knitting a customer's yarn, on commission",
    "weaving_service_machine": "power-loom weaving of a customer's yarn, on commission",
    "weaving_service_hand": "handloom weaving of a customer's yarn, on commission",
    "finishing_service_antibacterial": "antibacterial finishing of a customer's fabric, on commission",
    "sublimation_printing_service": "sublimation printing, on commission",
    "screen_printing_service": "screen printing on garments, on commission",
    "embroidery_service": "machine embroidery of logos, on commission",
    "sewing_service": "cut-make-trim sewing, on commission",
    # downstream products
    "hemp_bag_indigo": "indigo-dyed hemp bags",
    "hemp_clothing": "hemp shirts and garments",
    "scarf_natural_dyed": "plant-dyed scarves",
    "silk_scarf": "handwoven silk scarves (praewa)",
    "baby_clothes_organic": "organic cotton baby clothes",
    "upcycled_bag": "bags sewn from textile waste",
    "recycled_tshirt": "T-shirts made from recycled polyester",
    "sportswear_running": "running singlets and shorts (retail range)",
    "team_jersey": "custom team and sports-day jerseys",
    "compression_garment": "compression stockings and sleeves",
    "muay_thai_shorts": "Muay Thai shorts",
    "antibacterial_mask": "reusable antibacterial cloth masks",
    "patient_transfer_sheet": "patient transfer / slide sheets",
    "underpad_washable": "washable incontinence underpads",
    "adult_diaper_cloth": "washable cloth adult diapers",
    "adult_diaper_disposable": "disposable adult diapers",
    "patient_gown": "patient gowns",
    "adaptive_clothing": "easy-dressing clothing for seniors and bedridden patients",
    "bed_linen": "sheets, pillowcases and duvet covers",
    "towel": "cotton terry towels",
    "work_uniform": "staff uniforms and scrubs",
    "pha_khao_ma": "pha khao ma cloths",
    "herbal_compress": "herbal compress balls",
    "khit_pillow": "khit triangle and cushion pillows",
    "loungewear": "indigo linen loungewear",
}

# What an unmet need asks for. None of these is anyone's offer.
GAPS: dict[str, str] = {
    "customers": "buyers, agents or distributors for the asker's own goods",
    "sponsors": "event sponsors",
    "loan": "loans or investment",
    "training": "a trainer or course",
    "staff": "people to hire",
    "machinery": "machines to buy",
    "rd_partner": "a research partner",
    "pet_flakes": "washed PET bottle flakes",
    "spandex_yarn": "elastane yarn",
    "satin_fabric": "satin fabric",
    "discharge_ink": "water-based discharge inks",
    "uv_rash_guard": "UV rash guards",
    "kapok_fibre": "kapok fibre for stuffing",
    "silkworm_eggs": "silkworm eggs",
}


# -------------------------------------------------------------------- SMEs

SMES: tuple[Sme, ...] = (
    # ---------------------------------------------------- hemp and natural fibre
    sme(
        "bso-001",
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านห้วยน้ำริน",
        HEMP,
        UP,
        "Tak",
        "huainamrin.hemp@example.co.th",
        bcg=("bio",),
        offers=(
            Offer(
                "hemp_fibre",
                "เปลือกกัญชงลอกมือ ตากแห้งแล้ว พร้อมส่งค่ะ 🌿 เส้นใยยาว เหนียวมาก ปลูกเองบนดอยบ้านห้วยน้ำริน "
                "ใครปั่นด้ายหรือทอผ้าอยู่ทักมาคุยได้เลย #กัญชง #เส้นใยกัญชง #ของดีเมืองตาก",
            ),
        ),
        needs=(
            Need(
                "ตามหาโรงปั่นด้ายที่รับจ้างปั่น 🙏 ชาวบ้านมีใยกัญชงเยอะแต่เข็นมือไม่ทันแล้ว "
                "อยากส่งใยไปให้ปั่นเป็นเส้นแล้วรับเส้นด้ายกลับมาทอเอง ที่ไหนรับงานแบบนี้บ้างคะ",
                ("spinning_service",),
            ),
            Gap(
                "machinery",
                "ใครมีเครื่องลอกเปลือกกัญชงมือสองจะขายบ้างคะ กลุ่มเราอยากได้สักเครื่อง ผู้เฒ่าผู้แก่ในหมู่บ้านจะได้ไม่ต้องลอกมือจนปวดหลัง",
            ),
        ),
    ),
    sme(
        "bso-002",
        "en",
        "Doi Hemp Growers Co-op",
        HEMP,
        UP,
        "Chiang Rai",
        "coop.doihemp@example.com",
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
        offers=(
            Offer(
                "hemp_fibre",
                "Fresh batch of retted hemp bast just came off the drying racks 🌱 Grown on our hillside plots "
                "under Organic Thailand certification, hand-stripped, sun-dried, long staple. Spinners, DM us "
                "for the per-kilo price! #hemp #hempfiber #chiangrai",
            ),
        ),
        needs=(
            Gap(
                "customers",
                "Does anyone know an export agent who handles natural fibre? We've got the volume, we just "
                "don't know the paperwork 😅 Looking for overseas buyers for next season.",
            ),
        ),
    ),
    sme(
        "bso-003",
        "th",
        "ป้าแสง ด้ายกัญชงเข็นมือ",
        HEMP,
        UP,
        "Mae Hong Son",
        "pasaeng.yarn@example.co.th",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            Offer(
                "hemp_yarn_handspun",
                "ด้ายกัญชงเข็นมือ 100% ปั่นด้วยหลาแบบโบราณ เส้นไม่เท่ากันทุกเส้น นั่นแหละเสน่ห์ของงานมือ ❤️ "
                "สีธรรมชาติ ยังไม่ย้อมสี ขายเป็นไจหรือเป็นกิโลก็ได้ #ด้ายกัญชง #handspun #แม่ฮ่องสอน",
            ),
        ),
        needs=(
            Need(
                "ป้ารับซื้อใยกัญชงที่ลอกแล้ว ตากแห้งแล้ว เดือนละ 30-40 โล เอามาเข็นเองจ้า ใครปลูกอยู่ทางเหนือ ทักมาได้เลย ไม่ต้องเกรงใจ",
                ("hemp_fibre",),
            ),
        ),
    ),
    sme(
        "bso-004",
        "en",
        "Lanna Hemp Spinning Mill",
        HEMP,
        UP,
        "Chiang Mai",
        "sales.lannahempmill@example.com",
        certs=(OEKO,),
        bcg=("bio",),
        offers=(
            Offer(
                "hemp_yarn_machine",
                "Machine-spun hemp/cotton yarn on cones, Nm 10 up to Nm 26. Even count, low slub, OEKO-TEX "
                "tested ✨ For weavers who want the hemp look without the handspun irregularity. MOQ 20 kg.",
            ),
            Offer(
                "spinning_service",
                "🔁 We spin YOUR fibre too! Send us decorticated hemp or ginned cotton and we'll send it back "
                "as yarn on commission. Farmer groups and small lots are welcome - message us for a slot.",
            ),
        ),
        needs=(
            Need(
                "Buying clean hemp bast fibre from Thai growers, steady monthly supply preferred. Bale it and "
                "our truck can pick up anywhere north of Tak 🚚",
                ("hemp_fibre",),
            ),
            Gap(
                "loan",
                "We're raising working capital for a second carding line - open to an SME loan or an angel "
                "investor. Serious inquiries only please.",
            ),
        ),
    ),
    sme(
        "bso-005",
        "th",
        "ผ้ากัญชงทอมือ แม่แจ่ม",
        HEMP,
        MID,
        "Chiang Mai",
        "maechaem.weave@example.co.th",
        bcg=("bio",),
        offers=(
            Offer(
                "hemp_cloth_undyed",
                "ผ้ากัญชงทอมือสีดิบ ไม่ฟอกไม่ย้อม หน้ากว้าง 70 ซม. ขายเป็นเมตรเจ้า 🧵 ทอกี่พื้นเมืองที่แม่แจ่ม "
                "เนื้อหนานุ่ม ตัดเสื้อ ทำกระเป๋า ได้หมด มีของพร้อมส่งหลายม้วนเจ้า",
            ),
            Offer(
                "textile_offcuts",
                "เศษผ้ากัญชงจากการตัดเย็บ ชิ้นเล็กชิ้นน้อย ขายยกกระสอบ คนทำรีไซเคิลหรืองานปะต่อ ทักมาได้เจ้า ♻️",
            ),
        ),
        needs=(
            Need(
                "ตามหาด้ายกัญชงเข็นมือเท่านั้นเจ้า ❗ ด้ายปั่นเครื่องบ่เอาเน้อ ลูกค้าอยากได้ผิวผ้าแบบงานมือแท้ๆ ต้องการทุกเดือน",
                ("hemp_yarn_handspun",),
            ),
        ),
    ),
    sme(
        "bso-006",
        "en",
        "Nan Indigo Studio",
        HEMP,
        MID,
        "Nan",
        "vats.nanindigo@example.com",
        bcg=("bio", "green"),
        offers=(
            Offer(
                "natural_dyeing_service",
                "Indigo vat dyeing on commission 💙 Bring us your yarn, yardage or finished garments and we dip "
                "them in our fermented indigo vats. Shibori and resist patterns on request, usually two weeks "
                "turnaround.",
            ),
            Offer(
                "hemp_cloth_indigo",
                "Handwoven hemp fabric dyed in natural indigo, sold by the metre - sky blue after 3 dips, "
                "midnight after 12. #indigo #naturaldye #nan",
            ),
        ),
        needs=(
            Need(
                "Restocking the vats! Looking for fermented indigo paste, hom (Strobilanthes) or kram "
                "(Indigofera), either works. About 20 kg a month to start.",
                ("indigo_paste",),
            ),
            Need(
                "Need undyed handwoven hemp cloth as a dye base - greige, unbleached, no finish. We do the "
                "colour ourselves.",
                ("hemp_cloth_undyed",),
            ),
        ),
    ),
    sme(
        "bso-007",
        "th",
        "ครามสกล บ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        "donkoi.kram@example.co.th",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            Offer(
                "indigo_paste",
                "เนื้อครามหมักแท้ 💙 จากต้นครามที่ปลูกเองในหมู่บ้าน หมักตามภูมิปัญญาคนสกล "
                "บรรจุถุงละครึ่งโลกับ 1 โล สินค้า OTOP ส่งทั่วไทย สั่งได้เลยจ้า #ครามสกล #ย้อมคราม",
            ),
        ),
        needs=(
            Gap(
                "training",
                "อยากได้วิทยากรมาสอนกลุ่มแม่บ้านเรื่องถ่ายรูปสินค้า ไลฟ์ขายของ ทำแพ็กเกจให้ดูดี ใครรู้จักหน่วยงานที่จัดอบรมฟรีบอกหน่อยเด้อ 🙏",
            ),
        ),
    ),
    sme(
        "bso-008",
        "en",
        "Mor Hom Phrae Dye Works",
        HEMP,
        UP,
        "Phrae",
        "hello.morhomphrae@example.com",
        bcg=("bio",),
        offers=(
            Offer(
                "indigo_paste",
                "Phrae's own mor hom blue starts here: Strobilanthes indigo paste, freshly fermented, packed in "
                "5 kg buckets. We ship chilled in the hot months so it arrives alive 🧊",
            ),
        ),
        needs=(
            Gap(
                "staff",
                "Hiring two experienced vat keepers for our dye yard, full time, room and meals included. You "
                "need to know how to keep a hom vat going through the rains!",
            ),
        ),
    ),
    sme(
        "bso-009",
        "th",
        "สีย้อมธรรมชาติ ลำพูน",
        HEMP,
        UP,
        "Lamphun",
        "lamphun.dyes@example.co.th",
        bcg=("bio", "green"),
        offers=(
            Offer(
                "plant_dyestuff",
                "ขายวัตถุดิบย้อมสีธรรมชาติ 🍂 ครั่ง ลูกมะเกลือ เปลือกมะม่วง แก่นขนุน ตากแห้งบดหยาบพร้อมต้ม "
                "ถุงละ 1 กิโล แถมสูตรย้อมให้ทุกออเดอร์เจ้า",
            ),
        ),
    ),
    sme(
        "bso-010",
        "en",
        "Slow Thread Hemp Co.",
        HEMP,
        DOWN,
        "Chiang Mai",
        "studio.slowthread@example.com",
        bcg=("bio",),
        offers=(
            Offer(
                "hemp_bag_indigo",
                "NEW DROP 💙 Indigo hemp totes, hand-dyed and sewn in Chiang Mai - every one a little different. "
                "Only 40 pieces this round, DM to reserve or catch us at the Saturday market! #slowfashion "
                "#hempbag",
            ),
            Offer(
                "hemp_clothing",
                "Our boxy hemp shirts are back in natural and indigo, S to XL. Nothing breathes like this in "
                "April heat. Wholesale enquiries welcome 🌿",
            ),
        ),
        needs=(
            Need(
                "Sourcing indigo-dyed hemp fabric by the metre, roughly 150 m a season. Real indigo only, not "
                "synthetic blue - swatches please!",
                ("hemp_cloth_indigo",),
            ),
            Need(
                "Looking for a small sewing workshop to run our bag and shirt patterns on CMT, 100-300 pcs per "
                "run. We supply the cloth.",
                ("sewing_service",),
            ),
        ),
    ),
    sme(
        "bso-011",
        "th",
        "ร้านฮักกัญชง เชียงราย",
        HEMP,
        DOWN,
        "Chiang Rai",
        "hakhemp.shop@example.co.th",
        needs=(
            Need(
                "ร้านของฝากรับกระเป๋าผ้ากัญชงย้อมครามค่ะ ทั้งแบบซื้อขาดและฝากขาย 👜 นักท่องเที่ยวถามหาทุกวัน ใครผลิตอยู่ทักมาคุยกันนะคะ",
                ("hemp_bag_indigo",),
            ),
            Need(
                "อยากได้เสื้อผ้าใยกัญชงมาลงร้านด้วย เสื้อเชิ้ต เสื้อคลุม ทรงไหนก็ได้ ขอแบบใส่สบาย ไซส์ครบ",
                ("hemp_clothing",),
            ),
        ),
    ),
    sme(
        "bso-012",
        "th",
        "กลุ่มผ้าครามทอมือ พรรณนานิคม",
        HEMP,
        MID,
        "Sakon Nakhon",
        "phannakram@example.co.th",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            Offer(
                "cotton_cloth_indigo",
                "ผ้าฝ้ายย้อมครามทอมือ ลายขิด ลายมัดหมี่ หน้ากว้าง 1 เมตร ขายเป็นหลาหรือยกม้วน ได้ OTOP 5 ดาวจ้า "
                "ย้อมครามธรรมชาติแท้ ใส่แล้วเย็นสบาย #ผ้าคราม #ผ้าทอมือ #สกลนคร",
            ),
        ),
        needs=(
            Need(
                "ตามหาฝ้ายเข็นมือสีขาวธรรมชาติ ยังไม่ย้อม จะเอามาย้อมครามเอง ต้องการเดือนละ 50 โลขึ้นไปเด้อ",
                ("cotton_yarn_handspun",),
            ),
            Need(
                "หน้าหนาวเนื้อครามของกลุ่มไม่พอ รับซื้อเพิ่มจากกลุ่มอื่นค่ะ ขอเนื้อครามหมักที่ยังสด ไม่เน่า",
                ("indigo_paste",),
            ),
        ),
    ),
    sme(
        "bso-013",
        "en",
        "Loei Organic Cotton Farmers",
        HEMP,
        UP,
        "Loei",
        "farmers.loeicotton@example.com",
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
        offers=(
            Offer(
                "cotton_lint",
                "Organic seed cotton and ginned lint from this year's harvest, grown on Organic Thailand "
                "certified fields in Dan Sai 🤍🤎 Native brown and white varieties, min 50 kg.",
            ),
        ),
        needs=(
            Gap(
                "training",
                "Our farmers' group wants proper training on ginning and grading so we stop selling at the "
                "lowest price. Any university or NGO running a course like that?",
            ),
        ),
    ),
    sme(
        "bso-014",
        "th",
        "ฝ้ายเข็นมือ ป้าคำ ลับแล",
        HEMP,
        UP,
        "Uttaradit",
        "pakham.cotton@example.co.th",
        bcg=("bio",),
        offers=(
            Offer(
                "cotton_yarn_handspun",
                "ฝ้ายเข็นมือ เส้นเล็ก เส้นกลาง มีสีขาวนวลกับสีตุ่น (ฝ้ายตุ่นพันธุ์พื้นบ้าน) ไม่ย้อม ไม่ฟอก "
                "ป้าๆ ในหมู่บ้านทำกันเองค่ะ 🧶 ไจละ 350 บาท พร้อมส่ง",
            ),
        ),
        needs=(
            Need(
                "หาซื้อปุยฝ้ายอินทรีย์ที่มีใบรับรองมาตรฐานเกษตรอินทรีย์ค่ะ ลูกค้าญี่ปุ่นขอดูใบรับรองทุกล็อต ใครมีช่วยแนะนำด้วย",
                ("cotton_lint",),
                ("Organic Thailand",),
            ),
        ),
    ),
    sme(
        "bso-015",
        "th",
        "ไหมไทยพื้นบ้าน ท่าสว่าง",
        HEMP,
        UP,
        "Surin",
        "thasawang.silk@example.co.th",
        bcg=("bio",),
        offers=(
            Offer(
                "silk_yarn_thai",
                "เส้นไหมน้อย สาวมือจากรังไหมพันธุ์พื้นบ้าน สีเหลืองทองธรรมชาติ เส้นเล็ก เงางาม เหมาะทอมัดหมี่ "
                "ขายเป็นกิโลค่ะ 🐛✨ #ไหมไทย #เส้นไหม #สุรินทร์",
            ),
        ),
        needs=(
            Gap(
                "loan",
                "ขอความช่วยเหลือเรื่องเงินทุนหมุนเวียน ช่วงแล้งต้องซื้อใบหม่อนแพงมาก ใครรู้จักกองทุนหรือธนาคารที่ให้กลุ่มเกษตรกรกู้ได้บ้างคะ",
            ),
        ),
    ),
    sme(
        "bso-016",
        "en",
        "Surin Royal Silk House",
        HEMP,
        MID,
        "Surin",
        "orders.surinroyalsilk@example.com",
        certs=("Thai Silk Peacock Emblem", "OTOP"),
        offers=(
            Offer(
                "silk_cloth_handwoven",
                "Handwoven mudmee silk carrying the Royal Peacock Emblem - gold peacock, 100% Thai native silk 🦚 "
                "New patterns every month for weddings and gifts, made to order in 4 m lengths.",
            ),
        ),
        needs=(
            Need(
                "Looking for hand-reeled native silk yarn from yellow cocoons for our weavers. Regular monthly "
                "order for the right supplier.",
                ("silk_yarn_thai",),
            ),
        ),
    ),
    sme(
        "bso-017",
        "th",
        "มัดหมี่ชนบท แม่บุญมา",
        HEMP,
        MID,
        "Khon Kaen",
        "maeboonma.mudmee@example.co.th",
        offers=(
            Offer(
                "silk_cloth_handwoven",
                "ผ้าไหมมัดหมี่ทอมือ ชนบทแท้ 💜 สีสด ลายแน่น ทอเองที่บ้าน ผืนละ 2 เมตรกับ 4 เมตร มีราคาส่งสำหรับร้านค้า ทักแชทเด้อ",
            ),
        ),
        needs=(
            Need(
                "รับซื้อเส้นไหมไทยพื้นบ้านสาวมือ ทั้งไหมน้อยไหมลืบ ต้องการด่วนก่อนงานบุญผะเหวด",
                ("silk_yarn_thai",),
            ),
        ),
    ),
    sme(
        "bso-018",
        "en",
        "Chumphon Banana Fibre Lab",
        HEMP,
        UP,
        "Chumphon",
        "lab.bananafibre@example.com",
        bcg=("bio", "circular"),
        offers=(
            Offer(
                "banana_fibre",
                "Banana trunk fibre pulled from post-harvest stems that would otherwise rot in the orchard 🍌 "
                "Washed, dried and combed. 500 g sample packs available.",
            ),
        ),
        needs=(
            Gap(
                "machinery",
                "Anyone selling a small banana fibre extraction machine? Ours is hand-cranked and slow. Budget "
                "is tight, used is fine.",
            ),
        ),
    ),
    sme(
        "bso-019",
        "th",
        "ใยสับปะรด ปราณบุรี",
        HEMP,
        UP,
        "Prachuap Khiri Khan",
        "pranburi.pina@example.co.th",
        bcg=("bio", "circular"),
        offers=(
            Offer(
                "pineapple_fibre",
                "ใยใบสับปะรด ขูดมือ ตากแดดจนขาว เส้นยาว 60-80 ซม. เอาไปปั่นผสมฝ้ายหรือทำกระดาษก็ได้ 🍍 มีสต็อกพร้อมส่งค่ะ",
            ),
        ),
    ),
    sme(
        "bso-020",
        "en",
        "Bangkok FibreWorks Weaving",
        HEMP,
        MID,
        "Bangkok",
        "mill.fibreworks@example.com",
        certs=(OEKO,),
        bcg=("bio",),
        offers=(
            Offer(
                "pineapple_blend_fabric",
                "Pineapple-leaf/cotton blend fabric, plain and twill, 110 cm. Naturally lustrous, OEKO-TEX "
                "certified - lovely for shirts, table linen and bags.",
            ),
            Offer(
                "weaving_service_machine",
                "Contract weaving on our rapier looms: send yarn and spec, we weave to order. Min 200 m per quality.",
            ),
        ),
        needs=(
            Need(
                "Buying pineapple leaf fibre, hand- or machine-extracted, clean and dry, around 100 kg/month.",
                ("pineapple_fibre",),
            ),
            Need(
                "Trialling a banana fibre blend next quarter - need someone who can send a few kilos to test 🍌",
                ("banana_fibre",),
            ),
            Need(
                "Also need machine-spun hemp yarn on cones for a hemp-cotton canvas. Consistent count matters "
                "more than price.",
                ("hemp_yarn_machine",),
            ),
        ),
    ),
    sme(
        "bso-021",
        "th",
        "มัดย้อมนคร by ยายนิ่ม",
        HEMP,
        DOWN,
        "Nakhon Si Thammarat",
        "yainim.tiedye@example.co.th",
        bcg=("green",),
        offers=(
            Offer(
                "scarf_natural_dyed",
                "ผ้าพันคอมัดย้อมสีธรรมชาติ 🌺 สีจากเปลือกมังคุด ใบหูกวาง ครั่ง ทำมือทุกผืน สีละมุนใส่ได้ทุกวัน "
                "ผืนละ 390 บาท ซื้อ 3 ผืนลดเพิ่ม! สวยจังฮู้ #ผ้ามัดย้อม #สีธรรมชาติ",
            ),
        ),
        needs=(
            Need(
                "ตามหาผ้าฝ้ายทอเครื่องสีขาว ยังไม่ย้อม หน้ากว้าง 110 ขึ้นไป จะเอามามัดย้อมทำผ้าพันคอ โรงทอไหนส่งมาใต้ได้ ทักหน่อยค่ะ",
                ("cotton_sheeting",),
            ),
            Need(
                "ซื้อครั่งกับเปลือกไม้ย้อมสีเพิ่มค่ะ ของหมดบ่อยมาก ใครมีแบบแห้งส่งไปรษณีย์ได้ยิ่งดี",
                ("plant_dyestuff",),
            ),
        ),
    ),
    sme(
        "bso-022",
        "en",
        "Andaman Slow Living Boutique",
        HEMP,
        DOWN,
        "Phuket",
        "shop.andamanslow@example.com",
        needs=(
            Need(
                "Our Old Town shop is looking for plant-dyed scarves from Thai makers - cotton, silk, whatever "
                "you dye by hand 🌿 Consignment or wholesale both OK.",
                ("scarf_natural_dyed",),
            ),
            Need(
                "Also want indigo hemp bags for the summer window display!",
                ("hemp_bag_indigo",),
            ),
        ),
    ),
    sme(
        "bso-023",
        "th",
        "ไร่ฝ้ายลุงชม เพชรบูรณ์",
        HEMP,
        UP,
        "Phetchabun",
        "lungchom.farm@example.co.th",
        bcg=("bio",),
        offers=(
            Offer(
                "cotton_lint",
                "ขายปุยฝ้ายปลูกเองปลอดสาร ไม่ใช้ยาฆ่าแมลง (ยังไม่ได้ขอใบรับรองนะคะ) ฝ้ายขาว ฟู สวย เก็บด้วยมือทุกดอก 🌼",
            ),
        ),
        needs=(
            Need(
                "มีฝ้ายเยอะแต่ไม่มีเครื่องปั่น อยากจ้างโรงปั่นช่วยปั่นเป็นเส้นด้ายให้ แล้วเอาด้ายกลับมาขายเอง มีที่ไหนรับบ้าง",
                ("spinning_service",),
            ),
        ),
    ),
    sme(
        "bso-024",
        "en",
        "Little Sprout Organics",
        HEMP,
        DOWN,
        "Bangkok",
        "hello.littlesprout@example.com",
        certs=("GOTS", OEKO),
        bcg=("green",),
        offers=(
            Offer(
                "baby_clothes_organic",
                "Organic cotton rompers and swaddles for tiny humans 👶 GOTS certified, printed with plant-based "
                "inks, snaps pull-tested. Newborn to 24 months - link in bio!",
            ),
        ),
        needs=(
            Need(
                "We need GOTS-certified organic cotton jersey, 160-180 gsm, open width. Our auditor wants the "
                "knitter's scope certificate, so certified mills only.",
                ("cotton_jersey_organic",),
                ("GOTS",),
            ),
        ),
    ),
    sme(
        "bso-025",
        "th",
        "ออร์แกนิกนิตติ้ง มหาชัย",
        HEMP,
        MID,
        "Samut Sakhon",
        "organicknit.mahachai@example.co.th",
        certs=("GOTS",),
        bcg=("green",),
        offers=(
            Offer(
                "cotton_jersey_organic",
                "ผ้ายืดคอตตอนออร์แกนิก ซิงเกิลเจอร์ซี่ ผ้าริบ ได้มาตรฐาน GOTS 🌱 เนื้อนุ่ม เหมาะทำเสื้อผ้าเด็ก ชุดนอน มีสีพื้น 12 สีและผ้าดิบ",
            ),
            Offer(
                "knitting_service",
                "รับจ้างถักผ้าจากเส้นด้ายของลูกค้า เครื่องถักวงกลม 24-34 นิ้ว ขั้นต่ำ 100 กิโล ส่งด้ายมาได้เลยค่ะ",
            ),
        ),
        needs=(
            Need(
                "ต้องการเส้นด้ายคอตตอนออร์แกนิกที่ได้ GOTS เบอร์ 30/1 ซื้อประจำทุกเดือน",
                ("cotton_yarn_organic",),
                ("GOTS",),
            ),
        ),
    ),
    sme(
        "bso-026",
        "en",
        "Northern Organic Yarns",
        HEMP,
        UP,
        "Lampang",
        "spin.northernorganic@example.com",
        certs=("GOTS", "OCS"),
        bcg=("green",),
        offers=(
            Offer(
                "cotton_yarn_organic",
                "Ring-spun combed organic cotton yarn, Ne 20/1 to 40/1. GOTS and OCS certified with "
                "traceability right back to the farm 🌾",
            ),
        ),
        needs=(
            Need(
                "Buying organic cotton lint - it has to be Organic Thailand certified, otherwise we can't count "
                "it in our organic mass balance.",
                ("cotton_lint",),
                ("Organic Thailand",),
            ),
        ),
    ),
    sme(
        "bso-027",
        "th",
        "ผ้ายืดบ้านโป่ง",
        HEMP,
        MID,
        "Ratchaburi",
        "banpong.jersey@example.co.th",
        offers=(
            Offer(
                "cotton_jersey_organic",
                "ผ้ายืดฝ้ายออร์แกนิก 100% ถักจากเส้นด้ายนำเข้า เนื้อนิ่ม (โรงเรายังไม่มีใบ GOTS นะคะ เลยขายราคาเป็นมิตร) สั่งขั้นต่ำม้วนเดียว",
            ),
        ),
        needs=(
            Gap(
                "customers",
                "หาแบรนด์เสื้อผ้าที่อยากลองผ้าออร์แกนิกราคาไม่แรง ทักมาขอตัวอย่างได้ ส่งฟรีทั่วประเทศ",
            ),
        ),
    ),
    # ---------------------------------------------------------- circular textile
    sme(
        "bso-028",
        "th",
        "รับซื้อผ้าเก่า ปากน้ำรีไซเคิล",
        CIRC,
        UP,
        "Samut Prakan",
        "paknam.recycle@example.co.th",
        bcg=("circular",),
        offers=(
            Offer(
                "used_clothing_sorted",
                "รับซื้อเสื้อผ้ามือสอง คัดแยกตามชนิดผ้า ♻️ ฝ้าย โพลี ยีนส์ แยกกองชัดเจน อัดเป็นก้อนละ 50 โล "
                "ส่งโรงงานรีไซเคิลได้ทันที โรงงานไหนต้องการทักมาเลยค่ะ",
            ),
        ),
        needs=(
            Need(
                "ตามหาโรงงานตัดเย็บที่มีเศษผ้าเหลือ ขอรับซื้อประจำ ให้ราคาดี รถเข้าไปรับถึงที่ในเขตปากน้ำ มหาชัย",
                ("textile_offcuts",),
            ),
        ),
    ),
    sme(
        "bso-029",
        "en",
        "LoopFibre Recycling",
        CIRC,
        UP,
        "Chonburi",
        "intake.loopfibre@example.com",
        certs=("GRS",),
        bcg=("circular",),
        offers=(
            Offer(
                "shredding_service",
                "Mechanical shredding on commission: we tear down your cutting waste, dead stock or retired "
                "uniforms into fibre, then send it back or buy it off you. Logo garments are fully destroyed 🔒",
            ),
            Offer(
                "recycled_cotton_fibre",
                "Recycled cotton fibre, colour-sorted, GRS certified, open-end spinning grade (20-25 mm staple). "
                "Full containers or small lots.",
            ),
        ),
        needs=(
            Need(
                "We buy pre-consumer offcuts in bulk - cotton, hemp, knits, whatever your cutting room throws out. "
                "Colour-sorted if you can!",
                ("textile_offcuts",),
            ),
            Need(
                "Also taking sorted post-consumer cotton garments and retired hotel or hospital linen, baled.",
                ("used_clothing_sorted", "used_linen"),
            ),
        ),
    ),
    sme(
        "bso-030",
        "th",
        "โรงตีใยผ้า โคราช",
        CIRC,
        UP,
        "Nakhon Ratchasima",
        "korat.fibre@example.co.th",
        bcg=("circular",),
        offers=(
            Offer(
                "shredding_service",
                "รับจ้างตีผ้าเป็นใย 🔄 ผ้าเหลือ ผ้าเก่า ชุดฟอร์มพนักงานเก่า เอามาตีให้เป็นปุย เอาไปยัดหมอนหรือปั่นใหม่ก็ได้ คิดราคาเป็นโล",
            ),
            Offer(
                "recycled_cotton_fibre",
                "ขายใยฝ้ายรีไซเคิล ตีจากเศษผ้า มีสีรวมกับสีขาว กระสอบละ 25 โล ราคาโคราชเป็นกันเอง",
            ),
        ),
        needs=(
            Need(
                "หาซื้อเศษผ้าจากโรงงานหรือกลุ่มทอผ้า ผ้าอะไรก็ได้ ชิ้นเล็กชิ้นใหญ่รับหมด ส่งมาโคราชหรือให้ไปรับก็ได้",
                ("textile_offcuts",),
            ),
        ),
    ),
    sme(
        "bso-031",
        "th",
        "เส้นใยขวดรีไซเคิล ระยอง",
        CIRC,
        UP,
        "Rayong",
        "rayong.ryarn@example.co.th",
        certs=("GRS",),
        bcg=("circular", "green"),
        offers=(
            Offer(
                "rpet_yarn",
                "เส้นด้ายรีไซเคิลจากขวดพลาสติก 100% ได้มาตรฐาน GRS มีทั้งเส้นด้ายเท็กซ์เจอร์และเส้นเรียบ "
                "สีขาวกับสีดำย้อมในเนื้อ 🧴➡️🧵 ขายเป็นตัน",
            ),
        ),
        needs=(
            Gap(
                "pet_flakes",
                "รับซื้อเกล็ดขวดพลาสติกล้างสะอาด ปริมาณมาก โรงบดขวดที่ไหนสนใจติดต่อด่วนค่ะ",
            ),
            Need(
                "อยากจ้างโรงถักผ้าถักตัวอย่างจากเส้นด้ายของเราไปให้ลูกค้าดู ครั้งละ 50-100 โล",
                ("knitting_service",),
            ),
        ),
    ),
    sme(
        "bso-032",
        "en",
        "Mahachai Recycled Yarns",
        CIRC,
        UP,
        "Samut Sakhon",
        "yarns.mahachairecycled@example.com",
        certs=("GRS", "RCS"),
        bcg=("circular",),
        offers=(
            Offer(
                "recycled_cotton_yarn",
                "Open-end recycled cotton yarn, Ne 6 to Ne 16, with 30% rPET for strength. GRS certified. Grey "
                "melange, denim blue and off-white in stock.",
            ),
        ),
        needs=(
            Need(
                "Buying GRS-certified recycled cotton fibre, monthly. Without GRS our chain of custody breaks, sorry!",
                ("recycled_cotton_fibre",),
                ("GRS",),
            ),
            Need(
                "Need a mill to weave our recycled yarn into denim sample yardage on power looms, on commission.",
                ("weaving_service_machine",),
            ),
        ),
    ),
    sme(
        "bso-033",
        "th",
        "ถักทอรีไซเคิล นครปฐม",
        CIRC,
        MID,
        "Nakhon Pathom",
        "recycleknit.np@example.co.th",
        certs=("GRS",),
        bcg=("circular",),
        offers=(
            Offer(
                "recycled_knit_fabric",
                "ผ้าถักจากเส้นใยรีไซเคิล ผสมโพลีจากขวดกับฝ้ายรีไซเคิล ได้ GRS เนื้อเจอร์ซี่และปิเก้ ตัดเสื้อยืด เสื้อโปโลได้สบาย ♻️",
            ),
            Offer(
                "knitting_service",
                "รับจ้างถักผ้า ลูกค้าส่งเส้นด้ายมาเอง เครื่องถักวงกลมกว่า 30 เครื่อง งานไว คุยง่าย",
            ),
            Offer(
                "textile_offcuts",
                "เศษผ้าถักจากโรงงาน ขายเหมาเป็นตัน มีทุกสี มารับเองลดให้อีก",
            ),
        ),
        needs=(
            Need(
                "ต้องการเส้นด้ายรีไซเคิลจากขวด PET ที่มีใบรับรอง GRS เท่านั้น ใช้เดือนละ 3 ตัน",
                ("rpet_yarn",),
                ("GRS",),
            ),
            Need(
                "หาเส้นด้ายฝ้ายรีไซเคิลแบบโอเพ่นเอนด์ เบอร์ 10-16 มาถักผสม",
                ("recycled_cotton_yarn",),
            ),
        ),
    ),
    sme(
        "bso-034",
        "en",
        "Patchwork Hero",
        CIRC,
        DOWN,
        "Bangkok",
        "hi.patchworkhero@example.com",
        bcg=("circular",),
        offers=(
            Offer(
                "upcycled_bag",
                "Every bag starts as factory leftovers 🧩 Upcycled patchwork totes, pouches and laptop sleeves - "
                "no two alike. Corporate gift orders now open for Q4!",
            ),
        ),
        needs=(
            Need(
                "Looking for fabric offcuts from factories and weaving groups - clean pieces, ideally 30 cm or "
                "bigger. Mixed colours totally fine.",
                ("textile_offcuts",),
            ),
            Need(
                "Need an embroidery shop to put client logos on corporate orders, 200-500 pcs at a time.",
                ("embroidery_service",),
            ),
        ),
    ),
    sme(
        "bso-035",
        "th",
        "ร้านรีฟิลไร้ขยะ เชียงใหม่",
        CIRC,
        DOWN,
        "Chiang Mai",
        "refill.cnx@example.co.th",
        needs=(
            Need(
                "ร้านรีฟิลของเราอยากได้กระเป๋าผ้าอัปไซเคิลมาวางขาย 🛍️ ทำจากเศษผ้า ผ้าเหลือใช้ "
                "ใครทำอยู่แปะผลงานไว้ใต้โพสต์ได้เลยค่ะ #zerowaste #เชียงใหม่",
                ("upcycled_bag",),
            ),
            Gap(
                "loan",
                "กำลังหาแหล่งเงินกู้ดอกเบี้ยต่ำเปิดสาขาสอง ใครเคยกู้กองทุนสำหรับธุรกิจสีเขียวแนะนำหน่อยนะคะ",
            ),
        ),
    ),
    sme(
        "bso-036",
        "en",
        "Samut Sakhon Garment CMT",
        CIRC,
        MID,
        "Samut Sakhon",
        "factory.sksgarment@example.com",
        certs=("ISO 9001",),
        offers=(
            Offer(
                "sewing_service",
                "CMT sewing for brands: tees, polos, scrubs, bags. 40 lines, ISO 9001, MOQ 300 per style - "
                "start-ups with small runs, talk to us too 👕",
            ),
            Offer(
                "textile_offcuts",
                "Clean cutting-room waste, mostly cotton and poly knits, available weekly by the tonne. Recyclers "
                "welcome.",
            ),
        ),
        needs=(
            Gap(
                "staff",
                "Hiring 15 sewing machine operators, day shift, social security included. Walk-in interviews "
                "every Monday.",
            ),
        ),
    ),
    sme(
        "bso-037",
        "th",
        "เสื้อยืดรักษ์โลก ปทุมธานี",
        CIRC,
        DOWN,
        "Pathum Thani",
        "rakloke.tee@example.co.th",
        certs=("GRS",),
        bcg=("circular",),
        offers=(
            Offer(
                "recycled_tshirt",
                "เสื้อยืดผลิตจากขวดพลาสติกรีไซเคิล 🌏 ผ้านุ่ม แห้งไว ได้ GRS รับสั่งทำเสื้อบริษัท เสื้อแจกงานอีเวนต์ เสื้อที่ระลึก ขั้นต่ำ 50 ตัว",
            ),
        ),
        needs=(
            Need(
                "หาผ้าถักรีไซเคิลที่มีใบ GRS มาตัดเสื้อ ลูกค้าองค์กรขอหลักฐานทุกออเดอร์",
                ("recycled_knit_fabric",),
                ("GRS",),
            ),
            Need(
                "หาร้านรับสกรีนเสื้อยืด งานละ 100-500 ตัว แถวปทุม รังสิต ใกล้ๆ ยิ่งดี",
                ("screen_printing_service",),
            ),
        ),
    ),
    sme(
        "bso-038",
        "en",
        "Inkwell Screen Studio",
        CIRC,
        MID,
        "Nonthaburi",
        "print.inkwell@example.com",
        offers=(
            Offer(
                "screen_printing_service",
                "Screen printing on tees, totes and hoodies 🎨 Water-based or plastisol, up to 8 colours. No "
                "minimum on simple one-colour jobs.",
            ),
        ),
        needs=(
            Gap(
                "discharge_ink",
                "Anyone importing eco water-based discharge inks into Thailand? We need a local distributor.",
            ),
        ),
    ),
    sme(
        "bso-039",
        "th",
        "โรงแรมริมทะเลสาบ สงขลา",
        CIRC,
        DOWN,
        "Songkhla",
        "purchasing.lakesidesk@example.co.th",
        bcg=("circular",),
        offers=(
            Offer(
                "used_linen",
                "ผ้าปูที่นอน ปลอกหมอน ผ้าขนหนูเก่าของโรงแรม ใช้แล้วแต่ซักสะอาด ขายเหมาให้คนทำรีไซเคิล 🏨 ดีกว่าปล่อยทิ้งเปล่าๆ",
            ),
        ),
        needs=(
            Need(
                "โรงแรมต้องการผ้าปูที่นอนชุดใหม่ ผ้าฝ้าย 100% สีขาว ขนาด 6 ฟุต 120 ชุด",
                ("bed_linen",),
            ),
            Need(
                "ผ้าขนหนูเช็ดตัวสีขาว 300 ผืน ใครส่งได้ทักฝ่ายจัดซื้อได้เลย",
                ("towel",),
            ),
        ),
    ),
    sme(
        "bso-040",
        "th",
        "ผ้าขาวม้ารีไซเคิล กาญจน์",
        CIRC,
        MID,
        "Kanchanaburi",
        "phakhaoma.kan@example.co.th",
        bcg=("circular",),
        offers=(
            Offer(
                "pha_khao_ma",
                "ผ้าขาวม้าทอจากด้ายรีไซเคิล ลายตารางแบบดั้งเดิม 🟥🟩 ทอกี่กระตุก ขายเป็นผืนหรือเป็นพับ "
                "ใช้เป็นผ้านุ่งในสปา ผ้าคลุมไหล่ หรือของฝากก็สวย",
            ),
        ),
        needs=(
            Need(
                "ตามหาด้ายฝ้ายรีไซเคิลเบอร์ใหญ่ สีเทาหรือสีน้ำเงิน เอามาทอผ้าขาวม้า",
                ("recycled_cotton_yarn",),
            ),
        ),
    ),
    sme(
        "bso-041",
        "en",
        "Krabi Mangrove Eco Resort",
        CIRC,
        DOWN,
        "Krabi",
        "spa.krabimangrove@example.com",
        bcg=("green",),
        needs=(
            Need(
                "Our spa wants pha khao ma cloths for guest wraps, ideally woven from recycled yarn - local "
                "makers please DM 🌴",
                ("pha_khao_ma",),
            ),
            Need(
                "Also need staff uniforms for 60 team members, breathable and easy to wash, before high season.",
                ("work_uniform",),
            ),
        ),
    ),
    sme(
        "bso-042",
        "th",
        "กระเป๋าเศษผ้า แม่บ้านเมืองจันท์",
        CIRC,
        DOWN,
        "Chanthaburi",
        "chanbags@example.co.th",
        bcg=("circular",),
        offers=(
            Offer(
                "upcycled_bag",
                "กระเป๋าผ้าจากเศษผ้า เย็บต่อลายสวยๆ ฝีมือกลุ่มแม่บ้านเมืองจันท์ 🧵 รับทำของชำร่วย ของที่ระลึกงานสัมมนา",
            ),
        ),
        needs=(
            Need(
                "ขอซื้อเศษผ้าทุกชนิด ผ้าฝ้าย ผ้ากัญชง ผ้ายืด จากโรงงานหรือกลุ่มทอ ชิ้นเล็กก็เอาค่ะ",
                ("textile_offcuts",),
            ),
        ),
    ),
    sme(
        "bso-043",
        "th",
        "โรงย้อมปราจีน",
        CIRC,
        MID,
        "Prachinburi",
        "prachin.dyehouse@example.co.th",
        certs=("ISO 14001",),
        bcg=("circular", "green"),
        offers=(
            Offer(
                "reactive_dyeing_service",
                "รับย้อมผ้าฝ้ายและผ้าผสมด้วยสีรีแอคทีฟ ทั้งผ้าพับ ผ้าม้วน ด้ายหลอด 🎨 ระบบบำบัดน้ำเอาน้ำกลับมาใช้ได้ 70% ได้ ISO 14001",
            ),
        ),
        needs=(
            Gap(
                "customers",
                "โรงย้อมว่างช่วงกลางปี หาลูกค้าประจำ ส่งงานมาได้เลย ราคาคุยกันได้",
            ),
        ),
    ),
    # ------------------------------------------------------------------ sportech
    sme(
        "bso-044",
        "en",
        "Eastern Functional Yarns",
        SPORT,
        UP,
        "Rayong",
        "tech.easternyarns@example.com",
        certs=(OEKO, "bluesign"),
        bcg=("green",),
        offers=(
            Offer(
                "performance_yarn",
                "Functional polyester filament yarns - cool-touch, wicking cross-section, anti-UV. OEKO-TEX and "
                "bluesign. Made for knitters of serious sportswear.",
            ),
        ),
        needs=(
            Gap(
                "rd_partner",
                "Seeking a university lab to co-apply for an R&D grant on cooling fabrics. This is a research "
                "partnership, not a purchase.",
            ),
        ),
    ),
    sme(
        "bso-045",
        "th",
        "ปากน้ำสปอร์ตเท็กซ์",
        SPORT,
        MID,
        "Samut Prakan",
        "sporttex.paknam@example.co.th",
        certs=(OEKO,),
        offers=(
            Offer(
                "performance_knit_fabric",
                "ผ้ากีฬาไมโครโพลีเอสเตอร์ ผ้าดรายฟิต ผ้าตาข่าย ระบายเหงื่อไว แห้งไว ผ่าน OEKO-TEX "
                "มีกว่า 40 สีในสต็อก 🏃 ขายเป็นโลหรือยกพับ",
            ),
        ),
        needs=(
            Need(
                "ต้องการเส้นด้ายโพลีเอสเตอร์ฟังก์ชั่น สัมผัสเย็น ระบายเหงื่อ สำหรับถักผ้ากีฬา สั่งประจำ",
                ("performance_yarn",),
            ),
            Gap(
                "spandex_yarn",
                "หาเส้นใยสแปนเด็กซ์ราคาส่ง ใครมีของทักด่วน",
            ),
        ),
    ),
    sme(
        "bso-046",
        "th",
        "ผ้ากีฬาบ้านแพ้ว ราคาโรงงาน",
        SPORT,
        MID,
        "Samut Sakhon",
        "banphaeo.sportfabric@example.co.th",
        offers=(
            Offer(
                "performance_knit_fabric",
                "ผ้ากีฬาถูกๆ ผ้าไมโคร ผ้าตาข่าย ผ้าลายหนังไก่ ราคาโรงงาน สั่งน้อยก็ขาย 😊 ส่งทั่วประเทศ",
            ),
        ),
        needs=(
            Need(
                "อยากได้เส้นด้ายโพลีแบบแห้งไว ระบายเหงื่อดี มาถักเอง มีใครขายบ้าง",
                ("performance_yarn",),
            ),
        ),
    ),
    sme(
        "bso-047",
        "en",
        "FlexKnit Compression Textiles",
        SPORT,
        MID,
        "Chonburi",
        "sales.flexknit@example.com",
        certs=(OEKO, "ISO 9001"),
        offers=(
            Offer(
                "compression_fabric",
                "Warp-knit compression fabric, nylon/elastane, 20-40% stretch power, several graduated grades. "
                "OEKO-TEX and ISO 9001. By the metre.",
            ),
        ),
        needs=(
            Gap(
                "spandex_yarn",
                "Need a reliable elastane yarn supplier inside Thailand, 40D-70D, to cut our import lead time.",
            ),
        ),
    ),
    sme(
        "bso-048",
        "th",
        "ซับลิเมชั่นดอนเมือง",
        SPORT,
        MID,
        "Bangkok",
        "subli.donmueang@example.co.th",
        offers=(
            Offer(
                "sublimation_printing_service",
                "รับพิมพ์ลายผ้าระบบซับลิเมชั่น พิมพ์เต็มตัว สีสด ไม่ลอก ไม่แตก ลูกค้าส่งผ้ามาเองได้เลย ⚽ งานด่วน 3 วันเสร็จ",
            ),
        ),
        needs=(
            Gap(
                "staff",
                "รับสมัครกราฟิกดีไซเนอร์ออกแบบลายเสื้อกีฬา 1 ตำแหน่ง ทำงานที่ร้าน",
            ),
        ),
    ),
    sme(
        "bso-049",
        "en",
        "Stride Running Co.",
        SPORT,
        DOWN,
        "Bangkok",
        "team.striderunning@example.com",
        offers=(
            Offer(
                "sportswear_running",
                "Featherweight race singlets and 2-in-1 shorts, designed by Bangkok runners for Bangkok humidity "
                "🥵 Online and at a few run clubs.",
            ),
        ),
        needs=(
            Need(
                "Looking for wicking performance knit fabric - mesh and interlock - with OEKO-TEX certification "
                "(our EU retailer insists).",
                ("performance_knit_fabric",),
                (OEKO,),
            ),
            Need(
                "Also need a sublimation print partner for all-over prints, 300 to 1,000 pcs per drop.",
                ("sublimation_printing_service",),
            ),
        ),
    ),
    sme(
        "bso-050",
        "th",
        "เสื้อทีมขอนแก่น",
        SPORT,
        DOWN,
        "Khon Kaen",
        "teamshirt.kk@example.co.th",
        offers=(
            Offer(
                "team_jersey",
                "รับทำเสื้อทีมฟุตบอล เสื้อกีฬาสี เสื้อทีมบาส ออกแบบฟรี! 🏆 ใส่ชื่อ เบอร์ โลโก้ครบ ขั้นต่ำ 10 ตัว ส่งทั่วอีสาน",
            ),
        ),
        needs=(
            Need(
                "หาผ้ากีฬาราคาส่ง ไม่ต้องมีใบรับรองอะไร เน้นราคาถูก ใช้เดือนละ 500 โล",
                ("performance_knit_fabric",),
            ),
            Need(
                "หาโรงพิมพ์ซับลิเมชั่นรับงานต่อ ช่วงกีฬาสีงานล้นมือ ช่วยแบ่งเบาหน่อยเด้อ",
                ("sublimation_printing_service",),
            ),
        ),
    ),
    sme(
        "bso-051",
        "th",
        "ยางยืดนครนายก",
        SPORT,
        MID,
        "Nakhon Nayok",
        "elastic.nyk@example.co.th",
        offers=(
            Offer(
                "elastic_webbing",
                "ยางยืดทุกขนาด สายรัด สายกระเป๋า เทปตีนตุ๊กแก ขายส่งโรงงานเสื้อผ้า ชุดกีฬา ผ้าอ้อม ✂️ มีหลายหน้ากว้าง",
            ),
        ),
        needs=(
            Gap(
                "customers",
                "หาตัวแทนขายต่างจังหวัด ภาคเหนือ ภาคใต้ ค่าคอมดี",
            ),
        ),
    ),
    sme(
        "bso-052",
        "en",
        "KneeGuard Thai Medical",
        SPORT,
        DOWN,
        "Pathum Thani",
        "tenders.kneeguard@example.com",
        certs=("Thai FDA", "ISO 13485"),
        offers=(
            Offer(
                "compression_garment",
                "Graduated compression stockings plus knee and calf sleeves for runners and seniors - Thai FDA "
                "registered, made in our ISO 13485 plant. Hospital tender price list on request.",
            ),
        ),
        needs=(
            Need(
                "Sourcing warp-knit compression fabric, power-net type - OEKO-TEX required since it sits on skin "
                "all day.",
                ("compression_fabric",),
                (OEKO,),
            ),
            Need(
                "Elastic bands and hook-and-loop tape for sleeve closures, bulk.",
                ("elastic_webbing",),
            ),
        ),
    ),
    sme(
        "bso-053",
        "th",
        "กางเกงมวยไทย สุราษฎร์",
        SPORT,
        DOWN,
        "Surat Thani",
        "muayshorts.surat@example.co.th",
        offers=(
            Offer(
                "muay_thai_shorts",
                "กางเกงมวยไทยงานปัก ผ้าซาตินเงา ลายเสือ ลายมังกร 🥊 ส่งค่ายมวยทั่วภาคใต้ ทำตามสั่ง ใส่ชื่อค่ายได้",
            ),
        ),
        needs=(
            Need(
                "ร้านปักไหนรับปักโลโก้ค่ายมวยลายใหญ่เต็มขาบ้าง ช่วยทักหน่อยค่ะ งานเยอะช่วงท่องเที่ยว",
                ("embroidery_service",),
            ),
            Gap(
                "satin_fabric",
                "ซื้อผ้าซาตินมันเงายกม้วน หลายสี ใครเป็นโรงทอหรือยี่ปั๊วทักมา",
            ),
        ),
    ),
    sme(
        "bso-054",
        "en",
        "Hua Hin Muay Camp",
        SPORT,
        DOWN,
        "Prachuap Khiri Khan",
        "camp.huahinmuay@example.com",
        needs=(
            Need(
                "Our camp shop needs Muay Thai shorts with our logo - satin, kids and adult sizes, 200 pairs to "
                "start 🥊",
                ("muay_thai_shorts",),
            ),
            Gap(
                "staff",
                "We're also hiring an English-speaking front desk person for the camp.",
            ),
        ),
    ),
    sme(
        "bso-055",
        "th",
        "โรงเรียนบ้านแม่ใจวิทยา",
        SPORT,
        DOWN,
        "Phayao",
        "maejai.school@example.co.th",
        needs=(
            Need(
                "โรงเรียนต้องการเสื้อกีฬาสี 4 สี รวม 800 ตัว แบบเสื้อทีมคอวี พิมพ์ลายทั้งตัว ใส่ชื่อโรงเรียนที่หน้าอก ต้องได้ก่อนสิ้นเดือน",
                ("team_jersey",),
            ),
        ),
    ),
    sme(
        "bso-056",
        "en",
        "Chiang Mai Trail Shop",
        SPORT,
        DOWN,
        "Chiang Mai",
        "shop.cmtrail@example.com",
        needs=(
            Need(
                "Stocking local running apparel - singlets, shorts, anything made in Thailand for hot-weather "
                "racing. Consignment welcome 🏔️",
                ("sportswear_running",),
            ),
            Need(
                "Also looking for compression calf sleeves to sell next to the trail shoes.",
                ("compression_garment",),
            ),
        ),
    ),
    sme(
        "bso-057",
        "en",
        "Khao Lak Dive & Surf",
        SPORT,
        DOWN,
        "Phang Nga",
        "rentals.khaolakdive@example.com",
        needs=(
            Gap(
                "uv_rash_guard",
                "Need long-sleeve UV rash guards for our dive school rentals, adult sizes, 100 pcs.",
            ),
            Need(
                "And quick-dry running singlets and shorts to sell in the shop for our beach run club - made in "
                "Thailand ideally.",
                ("sportswear_running",),
            ),
        ),
    ),
    sme(
        "bso-058",
        "en",
        "Buriram Run Events",
        SPORT,
        DOWN,
        "Buriram",
        "race.buriramrun@example.com",
        needs=(
            Need(
                "Finisher shirts for 3,000 runners - must be recycled polyester and GRS certified so we can "
                "print the claim in the race pack.",
                ("recycled_tshirt",),
                ("GRS",),
            ),
            Gap(
                "sponsors",
                "Looking for local sponsors for the water stations, any brand welcome.",
            ),
        ),
    ),
    sme(
        "bso-059",
        "en",
        "Hat Yai Stitch Works",
        SPORT,
        MID,
        "Songkhla",
        "stitch.hatyaistitch@example.com",
        offers=(
            Offer(
                "embroidery_service",
                "Computer embroidery for uniforms, caps and team kit - 15-head machines, logo digitising "
                "included. Based in Hat Yai, shipping across the south.",
            ),
        ),
        needs=(
            Gap(
                "machinery",
                "Looking to buy a second-hand multi-head embroidery machine, 6 to 12 heads.",
            ),
        ),
    ),
    # ------------------------------------------------ ageing lifestyle, central
    sme(
        "bso-060",
        "en",
        "Sathorn Care Hospital",
        AGE_C,
        DOWN,
        "Bangkok",
        "procurement.sathorncare@example.com",
        needs=(
            Need(
                "Procurement notice: patient transfer (slide) sheets, 150 pcs, low-friction and washable at 90°C.",
                ("patient_transfer_sheet",),
            ),
            Need(
                "Reusable antibacterial masks for ward staff. Hospital policy: Thai Industrial Standard mark required.",
                ("antibacterial_mask",),
                ("Thai Industrial Standard",),
            ),
            Need(
                "Soft cotton patient gowns for the geriatric wing, 600 pcs, side ties.",
                ("patient_gown",),
            ),
            Need(
                "About 2 tonnes of retired staff uniforms with our logo - we need them shredded so they can't "
                "be reused.",
                ("shredding_service",),
            ),
            Gap(
                "staff",
                "Recruiting registered nurses for our new geriatric wing.",
            ),
        ),
    ),
    sme(
        "bso-061",
        "th",
        "บ้านสุขใจ เนอร์สซิ่งโฮม",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "sukjai.nursing@example.co.th",
        needs=(
            Need(
                "บ้านพักผู้สูงอายุต้องการแผ่นรองซับแบบซักได้ กันน้ำ ใช้ซ้ำได้ 200 ผืน ช่วยแนะนำผู้ผลิตหน่อยค่ะ 🙏",
                ("underpad_washable",),
            ),
            Need(
                "ผ้าอ้อมผู้ใหญ่แบบผ้า ซักได้ สำหรับคุณตาคุณยายที่แพ้ผ้าอ้อมกระดาษ",
                ("adult_diaper_cloth",),
            ),
            Need(
                "เสื้อผ้าผู้สูงอายุแบบใส่ง่าย ติดกระดุมแม่เหล็กหรือผ่าหลัง สำหรับผู้ป่วยติดเตียง",
                ("adaptive_clothing",),
            ),
            Gap(
                "staff",
                "ตามหาพนักงานดูแลผู้สูงอายุประจำ 3 คน มีที่พักให้ เงินเดือนตามประสบการณ์",
            ),
        ),
    ),
    sme(
        "bso-062",
        "th",
        "เมดเท็กซ์ นครปฐม",
        AGE_C,
        MID,
        "Nakhon Pathom",
        "medtex.np@example.co.th",
        certs=(OEKO, "ISO 13485"),
        offers=(
            Offer(
                "waterproof_fabric",
                "ผ้ากันน้ำเคลือบ TPU ระบายอากาศได้ ใช้ทำแผ่นรองซับ ผ้ากันเปื้อน ปลอกที่นอนผู้ป่วย ซักน้ำร้อนได้ ผ่าน OEKO-TEX 💧",
            ),
            Offer(
                "antibacterial_fabric",
                "ผ้าแอนตี้แบคทีเรียผสมซิงค์และซิลเวอร์ ทนซัก 50 ครั้ง สำหรับตัดชุดบุคลากรการแพทย์ หรือหน้ากากผ้า ขายเป็นม้วนพร้อมตัด",
            ),
        ),
        needs=(
            Need(
                "หาผ้าฝ้ายทอเครื่องสีขาวพื้นเรียบ ยกม้วน เอามาเคลือบกันน้ำและทำแอนตี้แบคฯ",
                ("cotton_sheeting",),
            ),
        ),
    ),
    sme(
        "bso-063",
        "en",
        "CarePad Thailand",
        AGE_C,
        DOWN,
        "Samut Prakan",
        "orders.carepad@example.com",
        certs=("ISO 13485",),
        offers=(
            Offer(
                "underpad_washable",
                "Washable underpads with a 4-layer absorbent core and waterproof backing, rated for 300 washes 🛏️ "
                "60x90 and 90x120 cm. Packs for hospitals, care homes and home care.",
            ),
            Offer(
                "patient_transfer_sheet",
                "Patient transfer / slide sheets in tubular low-friction nylon with handles - safer "
                "repositioning, happier backs for carers.",
            ),
        ),
        needs=(
            Need(
                "We buy TPU-laminated waterproof breathable fabric in rolls, 150 cm wide (OEKO-TEX not required, "
                "though nice to have).",
                ("waterproof_fabric",),
            ),
            Need(
                "Looking for a contract sewing house with room for about 5,000 pads a month.",
                ("sewing_service",),
            ),
        ),
    ),
    sme(
        "bso-064",
        "th",
        "ผ้าอ้อมผ้าผู้ใหญ่ กรุงเก่า",
        AGE_C,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "krungkao.diaper@example.co.th",
        certs=("OTOP",),
        bcg=("circular",),
        offers=(
            Offer(
                "adult_diaper_cloth",
                "ผ้าอ้อมผู้ใหญ่แบบผ้า ซักได้ ใช้ซ้ำได้ เอวปรับได้ ซึมซับดีไม่อับชื้น 👵👴 ช่วยลดขยะ ประหยัดเงินลูกหลาน สินค้า OTOP กรุงเก่า",
            ),
        ),
        needs=(
            Need(
                "หาผ้ากันน้ำที่ระบายอากาศได้ มาเย็บเป็นชั้นนอกผ้าอ้อม",
                ("waterproof_fabric",),
            ),
            Need(
                "ต้องการยางยืดแบบแบน กว้าง 1-2 ซม. ครั้งละหมื่นเมตร",
                ("elastic_webbing",),
            ),
        ),
    ),
    sme(
        "bso-065",
        "en",
        "Silver Age Supplies",
        AGE_C,
        DOWN,
        "Pathum Thani",
        "sales.silverage@example.com",
        certs=("Thai FDA",),
        offers=(
            Offer(
                "adult_diaper_disposable",
                "Disposable adult diapers, tape and pull-up, M to XL. Thai FDA registered. Carton and pallet "
                "pricing for hospitals and pharmacies.",
            ),
        ),
        needs=(
            Gap(
                "customers",
                "Building a distributor network in the south and Isan - pharmacies and medical supply shops welcome.",
            ),
        ),
    ),
    sme(
        "bso-066",
        "th",
        "หน้ากากผ้าบางกอก",
        AGE_C,
        DOWN,
        "Bangkok",
        "bkkmask@example.co.th",
        certs=("Thai Industrial Standard",),
        offers=(
            Offer(
                "antibacterial_mask",
                "หน้ากากผ้าแอนตี้แบคทีเรีย 3 ชั้น ได้ มอก. ซักได้ 30 ครั้ง มีไซส์เด็กและผู้ใหญ่ 😷 ราคาส่งโรงพยาบาลและองค์กร",
            ),
        ),
        needs=(
            Need(
                "หาผ้าแอนตี้แบคทีเรียสำเร็จรูป พร้อมตัด มาทำหน้ากาก เดือนละ 2,000 เมตร",
                ("antibacterial_fabric",),
            ),
        ),
    ),
    sme(
        "bso-067",
        "en",
        "Saraburi Cotton Mills",
        AGE_C,
        MID,
        "Saraburi",
        "mill.saraburicotton@example.com",
        certs=(OEKO, "ISO 9001"),
        offers=(
            Offer(
                "cotton_sheeting",
                "Plain-woven cotton sheeting, 100% cotton and CVC, greige or bleached white, 240-280 cm wide for "
                "bed linen. OEKO-TEX, ISO 9001.",
            ),
        ),
        needs=(
            Need(
                "Looking for a commission dye house with reactive dyeing capacity, about 5,000 m a month of our "
                "sheeting in pastels.",
                ("reactive_dyeing_service",),
            ),
        ),
    ),
    sme(
        "bso-068",
        "th",
        "เครื่องนอนอ่างทอง",
        AGE_C,
        DOWN,
        "Ang Thong",
        "angthong.bedding@example.co.th",
        certs=(OEKO,),
        offers=(
            Offer(
                "bed_linen",
                "ชุดผ้าปูที่นอน ปลอกหมอน ปลอกผ้านวม สำหรับโรงแรม รีสอร์ท โรงพยาบาล ผ้าฝ้าย 100% ทอ 250 เส้นด้าย "
                "ผ่านมาตรฐาน OEKO-TEX ✨",
            ),
        ),
        needs=(
            Need(
                "ต้องการผ้าฝ้ายพื้นขาว หน้ากว้างพิเศษ สำหรับตัดผ้าปูเตียงคิงไซส์",
                ("cotton_sheeting",),
            ),
        ),
    ),
    sme(
        "bso-069",
        "en",
        "Grand Riverside Hotel",
        AGE_C,
        DOWN,
        "Bangkok",
        "housekeeping.grandriverside@example.com",
        bcg=("green",),
        offers=(
            Offer(
                "used_linen",
                "Retired hotel sheets and towels available every quarter for recycling or upcycling - free "
                "pickup if you take the lot.",
            ),
        ),
        needs=(
            Need(
                "Housekeeping is replacing all bed linen this year - 400 room sets, white percale.",
                ("bed_linen",),
            ),
            Need(
                "Bath and pool towels, white, 600 gsm, 1,500 pcs.",
                ("towel",),
            ),
            Need(
                "Uniforms for front office and spa staff, about 180 sets.",
                ("work_uniform",),
            ),
            Need(
                "Our restaurant wants napkins in pineapple-fibre fabric - we'll have them made up, we just need "
                "the fabric.",
                ("pineapple_blend_fabric",),
            ),
        ),
    ),
    sme(
        "bso-070",
        "th",
        "บ้านริมน้ำสปา อัมพวา",
        AGE_C,
        DOWN,
        "Samut Songkhram",
        "rimnam.spa@example.co.th",
        bcg=("green",),
        needs=(
            Need(
                "สปาต้องการผ้าขนหนูฝ้ายสีขาวหรือสีครีม 200 ผืน รวมผ้าเช็ดผมด้วยค่ะ",
                ("towel",),
            ),
            Need(
                "อยากได้ผ้าขาวม้าให้ลูกค้านุ่งตอนนวด ลายสวยๆ ทอมือยิ่งดี",
                ("pha_khao_ma",),
            ),
            Need(
                "หาผ้าพันคอย้อมสีธรรมชาติไว้ขายหน้าร้านสปา ลูกค้าต่างชาติชอบมาก",
                ("scarf_natural_dyed",),
            ),
            Need(
                "ลูกประคบสมุนไพรสำหรับนวด สั่งประจำทุกสัปดาห์ ขอแบบห่อผ้าฝ้าย",
                ("herbal_compress",),
            ),
        ),
    ),
    sme(
        "bso-071",
        "en",
        "Nature Care Adaptive Wear",
        AGE_C,
        DOWN,
        "Nakhon Pathom",
        "care.natureadaptive@example.com",
        offers=(
            Offer(
                "adaptive_clothing",
                "Adaptive clothing for seniors and post-op patients: magnetic-button shirts, side-opening "
                "trousers, back-snap nightgowns 💛 Designed with occupational therapists.",
            ),
        ),
        needs=(
            Need(
                "Soft organic cotton jersey for our nightgown line - GOTS is not required, just honest organic "
                "cotton with a kind hand-feel.",
                ("cotton_jersey_organic",),
            ),
            Need(
                "Need a CMT partner who is patient with small runs of adaptive garments.",
                ("sewing_service",),
            ),
        ),
    ),
    sme(
        "bso-072",
        "th",
        "แปดริ้วฟินิชชิ่ง",
        AGE_C,
        MID,
        "Chachoengsao",
        "paetriw.finishing@example.co.th",
        offers=(
            Offer(
                "finishing_service_antibacterial",
                "รับจ้างตกแต่งสำเร็จผ้า เคลือบแอนตี้แบคทีเรีย กันไรฝุ่น กันน้ำ บนผ้าของลูกค้า 🧪 ผ้าพับ ผ้าม้วน ขั้นต่ำ 300 เมตร",
            ),
        ),
        needs=(
            Gap(
                "loan",
                "หาเงินกู้ดอกเบี้ยต่ำสำหรับ SME ซื้อเครื่องอบผ้าใหม่ ใครมีข้อมูลโครงการรัฐช่วยแชร์ที",
            ),
        ),
    ),
    sme(
        "bso-073",
        "en",
        "Lopburi Uniform Works",
        AGE_C,
        DOWN,
        "Lopburi",
        "orders.lopburiuniform@example.com",
        offers=(
            Offer(
                "work_uniform",
                "Scrubs, nurse uniforms, spa therapist tunics and hotel staff uniforms, made to measure or "
                "standard sizes 👩‍⚕️ Your logo embroidered on the chest at no extra cost.",
            ),
        ),
        needs=(
            Need(
                "We source antibacterial finished fabric for scrubs - ready to cut, good for at least 50 washes.",
                ("antibacterial_fabric",),
            ),
            Need(
                "Sometimes we already have our own poly-cotton twill and just need an antibacterial finish "
                "applied on commission.",
                ("finishing_service_antibacterial",),
            ),
        ),
    ),
    sme(
        "bso-074",
        "th",
        "ร้านปักสุพรรณ",
        AGE_C,
        MID,
        "Suphan Buri",
        "suphan.embroidery@example.co.th",
        offers=(
            Offer(
                "embroidery_service",
                "รับปักโลโก้ ปักชื่อ บนเสื้อ หมวก กระเป๋า ผ้าขนหนู ด้วยเครื่องปักคอม 12 หัว 🪡 งานไว เนียน ไม่มีขั้นต่ำ",
            ),
        ),
        needs=(
            Gap(
                "staff",
                "รับสมัครช่างคุมเครื่องปักคอม ด่วน! มีประสบการณ์จะพิจารณาเป็นพิเศษ",
            ),
        ),
    ),
    sme(
        "bso-075",
        "en",
        "Bang Pakong Terry Towels",
        AGE_C,
        DOWN,
        "Chachoengsao",
        "sales.bangpakongterry@example.com",
        certs=(OEKO,),
        offers=(
            Offer(
                "towel",
                "Cotton terry towels in bath, hand, face, pool and spa sizes, 450-650 gsm, white and spa "
                "neutrals. OEKO-TEX. Embroidered hem on request.",
            ),
        ),
        needs=(
            Need(
                "Buying ring-spun cotton yarn for terry, Ne 16/1 and 20/1 - organic is welcome, we're not fussy "
                "about the farm.",
                ("cotton_yarn_organic",),
            ),
        ),
    ),
    sme(
        "bso-076",
        "en",
        "Koh Chang Wellness Resort",
        AGE_C,
        DOWN,
        "Trat",
        "gm.kohchangwellness@example.com",
        bcg=("green",),
        needs=(
            Need(
                "Bed linen for 48 villas, pure cotton, and it must be OEKO-TEX certified - guests do ask about "
                "skin-safe textiles.",
                ("bed_linen",),
                (OEKO,),
            ),
            Need(
                "Plant-dyed scarves as amenity gifts for honeymoon packages, silk or cotton.",
                ("scarf_natural_dyed",),
            ),
        ),
    ),
    sme(
        "bso-077",
        "th",
        "ผ้าปูที่นอนเพชรบุรี",
        AGE_C,
        DOWN,
        "Phetchaburi",
        "petch.bedsheet@example.co.th",
        offers=(
            Offer(
                "bed_linen",
                "ผ้าปูที่นอนผ้าฝ้าย ปลอกหมอน ราคาโรงงาน ส่งโรงแรมชะอำ หัวหิน มา 20 ปี 🛏️ สั่งทำไซส์พิเศษได้",
            ),
        ),
        needs=(
            Need(
                "หาผ้าฝ้ายพื้นขาวทอเครื่อง ยกม้วน ราคาส่ง",
                ("cotton_sheeting",),
            ),
        ),
    ),
    sme(
        "bso-078",
        "th",
        "โรงพยาบาลบ้านคลองพลู",
        AGE_C,
        DOWN,
        "Chanthaburi",
        "supply.khlongphlu@example.co.th",
        needs=(
            Need(
                "งานพัสดุโรงพยาบาลต้องการหน้ากากผ้าแอนตี้แบคทีเรียสำหรับเจ้าหน้าที่ 2,000 ชิ้น",
                ("antibacterial_mask",),
            ),
            Need(
                "แผ่นรองซับแบบซักได้ สำหรับหอผู้ป่วยใน 150 ผืน",
                ("underpad_washable",),
            ),
            Need(
                "ผ้ายกตัวผู้ป่วย (transfer sheet) 30 ผืน สำหรับหอผู้ป่วยหนัก",
                ("patient_transfer_sheet",),
            ),
        ),
    ),
    sme(
        "bso-079",
        "th",
        "แบรนด์ครามนวล",
        AGE_C,
        DOWN,
        "Bangkok",
        "kramnuan.brand@example.co.th",
        offers=(
            Offer(
                "loungewear",
                "ชุดลำลองผ้าลินินย้อมคราม สำหรับคุณแม่วัยเกษียณ ใส่สบาย ไม่รัด 💙 ทรงหลวม มีกระเป๋าข้าง สั่งผ่านไลน์ได้เลยค่ะ",
            ),
        ),
        needs=(
            Need(
                "ตามหาช่างรับย้อมครามชุดที่เราตัดเย็บเสร็จแล้ว ส่งไปย้อมเป็นล็อต ครั้งละ 50-100 ตัว",
                ("natural_dyeing_service",),
            ),
            Need(
                "อยากจ้างกลุ่มทอผ้าทอด้วยกี่มือ จากเส้นด้ายที่เราส่งไปให้ ทำคอลเลกชันพิเศษ",
                ("weaving_service_hand",),
            ),
        ),
    ),
    sme(
        "bso-080",
        "en",
        "Silk & Sabai Bridal Atelier",
        AGE_C,
        DOWN,
        "Bangkok",
        "atelier.silksabai@example.com",
        needs=(
            Need(
                "Bridal atelier looking for handwoven Thai silk with the Peacock Emblem only - our clients check "
                "the tag. Mudmee and plain weaves.",
                ("silk_cloth_handwoven",),
                ("Thai Silk Peacock Emblem",),
            ),
            Gap(
                "staff",
                "Also hiring a skilled hand-beader, part time.",
            ),
        ),
    ),
    sme(
        "bso-081",
        "th",
        "ร้านแม่และเด็ก ตรัง",
        AGE_C,
        DOWN,
        "Trang",
        "maedek.trang@example.co.th",
        needs=(
            Need(
                "ร้านแม่และเด็กหาเสื้อผ้าเด็กอ่อนผ้าออร์แกนิก ต้องผ่าน OEKO-TEX เพราะผิวเด็กบอบบาง รับทั้งชุดหมีและผ้าห่อตัว",
                ("baby_clothes_organic",),
                (OEKO,),
            ),
        ),
    ),
    sme(
        "bso-082",
        "en",
        "Phitsanulok Cotton Masks",
        AGE_C,
        DOWN,
        "Phitsanulok",
        "masks.plkcotton@example.com",
        offers=(
            Offer(
                "antibacterial_mask",
                "Cotton masks treated with an antibacterial finish, washable, in 6 colours 😷 We don't carry any "
                "standards mark yet, but our prices are hard to beat.",
            ),
        ),
    ),
    # ---------------------------------------------------- ageing lifestyle, Isan
    sme(
        "bso-083",
        "th",
        "โรงพยาบาลแก่นการุณย์",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "purchase.kaenkarun@example.co.th",
        needs=(
            Need(
                "ต้องการผ้าอ้อมผู้ใหญ่แบบใช้แล้วทิ้ง ต้องมีเลขจดแจ้ง อย. ทุกล็อต สั่งเป็นลัง",
                ("adult_diaper_disposable",),
                ("Thai FDA",),
            ),
            Need(
                "แผ่นรองซับแบบซักได้ 500 ผืน สำหรับวอร์ดผู้สูงอายุ",
                ("underpad_washable",),
            ),
            Need(
                "ชุดผู้ป่วยผ้าฝ้าย ใส่สบาย ระบายอากาศดี 400 ชุด",
                ("patient_gown",),
            ),
        ),
    ),
    sme(
        "bso-084",
        "th",
        "ศูนย์ดูแลผู้สูงวัยบ้านสุขสันต์ อุดร",
        AGE_I,
        DOWN,
        "Udon Thani",
        "suksan.udon@example.co.th",
        needs=(
            Need(
                "ศูนย์ฯ ต้องการชุดผู้สูงอายุแบบสวมใส่ง่าย สำหรับผู้ป่วยติดเตียง ผ่าหลังหรือติดแม่เหล็ก",
                ("adaptive_clothing",),
            ),
            Need(
                "ถุงน่องทางการแพทย์ป้องกันเส้นเลือดขอดสำหรับผู้สูงอายุ 100 คู่",
                ("compression_garment",),
            ),
            Need(
                "ผ้าปูที่นอนสำหรับเตียงผู้ป่วย 60 ชุด ผ้าฝ้ายซักง่าย",
                ("bed_linen",),
            ),
        ),
    ),
    sme(
        "bso-085",
        "en",
        "Ubon Weave Care",
        AGE_I,
        DOWN,
        "Ubon Ratchathani",
        "collective.ubonweavecare@example.com",
        bcg=("bio",),
        offers=(
            Offer(
                "patient_gown",
                "Patient gowns and post-natal robes sewn from handwoven Isan cotton - softer with every wash 🤍 "
                "Made by a village collective, hospital bulk orders welcome.",
            ),
        ),
        needs=(
            Need(
                "We need plain, undyed handwoven cotton cloth from village weavers, about 300 m a month.",
                ("cotton_cloth_handwoven_plain",),
            ),
        ),
    ),
    sme(
        "bso-086",
        "th",
        "กลุ่มทอผ้าฝ้ายบ้านหนองแวง ร้อยเอ็ด",
        AGE_I,
        MID,
        "Roi Et",
        "nongwaeng.weavers@example.co.th",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            Offer(
                "cotton_cloth_handwoven_plain",
                "ผ้าฝ้ายทอมือสีธรรมชาติ ไม่ย้อม เนื้อหนากำลังดี ตัดเสื้อ ผ้าปู ชุดผู้ป่วยก็ได้ สินค้าโอทอปร้อยเอ็ด สั่งเป็นเมตรได้เด้อ 🤍",
            ),
            Offer(
                "weaving_service_hand",
                "รับจ้างทอผ้าตามแบบ ส่งเส้นด้ายมาให้ทอได้เลย กลุ่มเรามีกี่มือ 20 หลัง แม่ๆ ฝีมือดีทุกคน",
            ),
            Offer(
                "textile_offcuts",
                "เศษผ้าฝ้ายทอมือจากการตัดชุด ขายถูกๆ เป็นกระสอบ",
            ),
        ),
        needs=(
            Need(
                "ตามหาฝ้ายเข็นมือ ไม่ย้อม เส้นเสมอกัน ซื้อประจำเด้อ",
                ("cotton_yarn_handspun",),
            ),
        ),
    ),
    sme(
        "bso-087",
        "th",
        "แพรวาบ้านโพน",
        AGE_I,
        DOWN,
        "Kalasin",
        "praewa.banphon@example.co.th",
        certs=("OTOP",),
        offers=(
            Offer(
                "silk_scarf",
                "ผ้าพันคอไหมแพรวา ลายโบราณ ทอมือที่บ้านโพน 💛 สีสวยสด ใส่ออกงาน ให้ผู้ใหญ่ หรือเป็นของฝากเพื่อนต่างชาติ ส่งฟรีทั่วไทย",
            ),
        ),
        needs=(
            Need(
                "หาเส้นไหมไทยสาวมือ เส้นเล็ก สำหรับทอแพรวา ต้องการเดือนละ 10 โล",
                ("silk_yarn_thai",),
            ),
        ),
    ),
    sme(
        "bso-088",
        "en",
        "Korat Hills Wellness Retreat",
        AGE_I,
        DOWN,
        "Nakhon Ratchasima",
        "retreat.korathills@example.com",
        bcg=("green",),
        needs=(
            Need(
                "Gift shop restock: Isan silk scarves, praewa or mudmee style - our older guests love them.",
                ("silk_scarf",),
            ),
            Need(
                "Spa towels, 100 pcs, earthy tones.",
                ("towel",),
            ),
            Need(
                "Herbal compress balls for the spa, weekly delivery.",
                ("herbal_compress",),
            ),
            Gap(
                "training",
                "Looking for a Thai massage instructor to run monthly training for our therapists.",
            ),
        ),
    ),
    sme(
        "bso-089",
        "th",
        "ลูกประคบแม่ทองใบ มหาสารคาม",
        AGE_I,
        DOWN,
        "Maha Sarakham",
        "thongbai.herbal@example.co.th",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            Offer(
                "herbal_compress",
                "ลูกประคบสมุนไพรสดและแห้ง ห่อด้วยผ้าฝ้ายทอมือ 🌿 ไพล ขมิ้น ตะไคร้ ส่งสปาและคลินิกแพทย์แผนไทย โอทอป 4 ดาว",
            ),
        ),
        needs=(
            Need(
                "ต้องการผ้าฝ้ายทอมือสีขาว ไม่ย้อม เอามาห่อลูกประคบ เดือนละ 100 เมตร",
                ("cotton_cloth_handwoven_plain",),
            ),
        ),
    ),
    sme(
        "bso-090",
        "en",
        "Yasothon Care Sewing",
        AGE_I,
        MID,
        "Yasothon",
        "workshop.yasothonsewing@example.com",
        offers=(
            Offer(
                "sewing_service",
                "Small-batch sewing for care products - underpads, bibs, adaptive wear, gowns. 25 machinists, "
                "all women from nearby villages 🧵 Runs from 50 pcs.",
            ),
        ),
        needs=(
            Gap(
                "training",
                "We'd love a trainer for overlock and coverstitch techniques for our new staff.",
            ),
        ),
    ),
    sme(
        "bso-091",
        "th",
        "หมอนขิดศรีสะเกษ",
        AGE_I,
        DOWN,
        "Sisaket",
        "khitpillow.ssk@example.co.th",
        certs=("OTOP",),
        offers=(
            Offer(
                "khit_pillow",
                "หมอนขิดสามเหลี่ยม หมอนอิง ลายขิดโบราณ ยัดนุ่นแน่นๆ 🔺 ของฝากจากศรีสะเกษ สินค้า OTOP",
            ),
        ),
        needs=(
            Gap(
                "kapok_fibre",
                "ซื้อนุ่นยัดหมอนจำนวนมาก ใครมีติดต่อมาเด้อ",
            ),
            Need(
                "หาใยฝ้ายรีไซเคิลมาผสมนุ่นยัดหมอนรุ่นประหยัด",
                ("recycled_cotton_fibre",),
            ),
            Need(
                "ปุยฝ้ายธรรมชาติสำหรับยัดหมอนรุ่นพรีเมียม ไม่ต้องมีใบรับรองก็ได้ ขอให้สะอาด",
                ("cotton_lint",),
            ),
        ),
    ),
    sme(
        "bso-092",
        "en",
        "Mekong Riverside Homestay",
        AGE_I,
        DOWN,
        "Bueng Kan",
        "stay.mekongriverside@example.com",
        needs=(
            Need(
                "Triangle khit pillows for our riverside sala, 20 pcs, traditional patterns please.",
                ("khit_pillow",),
            ),
            Need(
                "Simple cotton bed linen for 8 guest rooms.",
                ("bed_linen",),
            ),
        ),
    ),
    sme(
        "bso-093",
        "th",
        "ร้านของฝากริมโขง หนองคาย",
        AGE_I,
        DOWN,
        "Nong Khai",
        "rimkhong.shop@example.co.th",
        needs=(
            Need(
                "ร้านของฝากริมโขงรับสินค้าฝากขาย หมอนขิด ผ้าพันคอไหม ผ้าฝ้ายย้อมครามเป็นผืน 🙏 ใครสนใจเอาของมาวางทักได้",
                ("khit_pillow", "silk_scarf", "cotton_cloth_indigo"),
            ),
        ),
    ),
    sme(
        "bso-094",
        "th",
        "ไหมบ้านนาโพธิ์ บุรีรัมย์",
        AGE_I,
        UP,
        "Buriram",
        "napho.silk@example.co.th",
        bcg=("bio",),
        offers=(
            Offer(
                "silk_yarn_thai",
                "ขายเส้นไหมพื้นบ้าน ไหมน้อย ไหมเปลือก สาวเองจากรังไหมที่เลี้ยงเอง เส้นสวย สม่ำเสมอ 🐛",
            ),
        ),
        needs=(
            Gap(
                "silkworm_eggs",
                "ต้องการไข่ไหมพันธุ์ดี ทนร้อน สำหรับเลี้ยงรุ่นหน้า",
            ),
        ),
    ),
    sme(
        "bso-095",
        "en",
        "Mukdahan Border Trading",
        AGE_I,
        DOWN,
        "Mukdahan",
        "export.mukdahantrading@example.com",
        needs=(
            Need(
                "Exporter to Laos and Vietnam looking for OTOP-certified indigo-dyed handwoven cotton, bolts of 20 m.",
                ("cotton_cloth_indigo",),
                ("OTOP",),
            ),
        ),
    ),
    sme(
        "bso-096",
        "en",
        "Phanom Indigo Weavers",
        AGE_I,
        MID,
        "Nakhon Phanom",
        "weavers.phanomindigo@example.com",
        bcg=("bio",),
        offers=(
            Offer(
                "cotton_cloth_indigo",
                "Handwoven cotton dyed in our own indigo - deep blues, kram stripes, bolts or by the metre 💙 "
                "Young group, no certifications yet, but very proud of our colour fastness.",
            ),
        ),
        needs=(
            Need(
                "Looking for handspun cotton yarn, ecru, 20 kg a month.",
                ("cotton_yarn_handspun",),
            ),
            Need(
                "When our own kram runs short we buy fermented indigo paste - anyone with spare?",
                ("indigo_paste",),
            ),
        ),
    ),
    sme(
        "bso-097",
        "th",
        "ร้านตัดชุดไทย อำนาจเจริญ",
        AGE_I,
        DOWN,
        "Amnat Charoen",
        "chudthai.amnat@example.co.th",
        needs=(
            Need(
                "ร้านตัดชุดไทยรับซื้อผ้าไหมมัดหมี่ทอมือ ไม่จำเป็นต้องมีตรานกยูง ขอลายสวย สีไม่ตก",
                ("silk_cloth_handwoven",),
            ),
        ),
    ),
    sme(
        "bso-098",
        "th",
        "แผ่นรองซับชัยภูมิ",
        AGE_I,
        DOWN,
        "Chaiyaphum",
        "underpad.cpm@example.co.th",
        offers=(
            Offer(
                "underpad_washable",
                "แผ่นรองซับซักได้ ผ้าสามชั้น ด้านล่างกันน้ำ ใช้ได้เป็นร้อยครั้ง 🛏️ ขายปลีกขายส่ง ส่งโรงพยาบาลทั่วอีสาน",
            ),
        ),
        needs=(
            Need(
                "หาผ้ากันน้ำสำหรับเย็บชั้นล่างแผ่นรองซับ ขอแบบระบายอากาศ",
                ("waterproof_fabric",),
            ),
        ),
    ),
)


# ------------------------------------------------------------------- links


def links(smes: tuple[Sme, ...] = SMES) -> list[tuple[str, str]]:
    """(supplier_id, buyer_id) pairs: an offer's label meets a need whose certifications the supplier holds."""
    pairs: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            if not isinstance(need, Need):
                continue
            for supplier in smes:
                if supplier.id == buyer.id or not set(need.requires) <= set(supplier.certifications):
                    continue
                if any(offer.label in need.meets for offer in supplier.offers):
                    pairs.add((supplier.id, buyer.id))
    return sorted(pairs)


# ------------------------------------------------------------------ checks

_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
_THAI_ANY = re.compile("[\u0e00-\u0e7f]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_ID = re.compile(r"^bso-\d{3}$")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@example\.(?:com|co\.th)$")


def thai_share(text: str) -> float:
    thai = len(_THAI_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def check(smes: tuple[Sme, ...] = SMES) -> list[str]:
    """Every problem found; an empty list means the set is sound."""
    tx = _taxonomy()
    problems: list[str] = []
    sub_clusters = {c.value for c in tx.SubCluster}
    stages = {s.value for s in tx.Stage}
    bcg_tags = {b.value for b in tx.BcgTag}

    ids = [s.id for s in smes]
    if ids != [f"bso-{i:03d}" for i in range(1, len(smes) + 1)]:
        problems.append("ids are not bso-001 ... in order")
    for dup, count in Counter(ids).items():
        if count > 1:
            problems.append(f"duplicate id {dup}")
    for dup, count in Counter(s.email for s in smes).items():
        if count > 1:
            problems.append(f"duplicate email {dup}")
    texts = [o.text for s in smes for o in s.offers] + [n.text for s in smes for n in s.needs]
    for dup, count in Counter(texts).items():
        if count > 1:
            problems.append(f"text used {count} times: {dup[:40]}")

    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for offer in s.offers:
            offered_by.setdefault(offer.label, set()).add(s.id)
    certs_of = {s.id: set(s.certifications) for s in smes}

    for s in smes:
        where = s.id
        if not _ID.match(s.id):
            problems.append(f"{where}: bad id")
        if not s.name.strip():
            problems.append(f"{where}: empty name")
        if s.sub_cluster not in sub_clusters:
            problems.append(f"{where}: unknown sub_cluster {s.sub_cluster}")
        if s.stage not in stages:
            problems.append(f"{where}: unknown stage {s.stage}")
        province = tx.resolve_province(s.province)
        if province is None or province.name_en != s.province:
            problems.append(f"{where}: province {s.province!r} is not a canonical English name")
        if s.language not in tx.LANGUAGES:
            problems.append(f"{where}: language {s.language}")
        if not _EMAIL.match(s.email):
            problems.append(f"{where}: email {s.email} not at example.com / example.co.th")
        for cert in s.certifications:
            if tx.resolve_certification(cert) != cert:
                problems.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(s.certifications)) != len(s.certifications):
            problems.append(f"{where}: repeated certification")
        for tag in s.bcg:
            if tag not in bcg_tags:
                problems.append(f"{where}: bcg tag {tag}")
        if len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: repeated bcg tag")

        own_texts = [o.text for o in s.offers] + [n.text for n in s.needs]
        if s.language == "en":
            for text in (s.name, *own_texts):
                if _THAI_ANY.search(text):
                    problems.append(f"{where}: Thai script in an English profile: {text[:40]}")
        else:
            for text in own_texts:
                share = thai_share(text)
                if share < 0.6:
                    problems.append(f"{where}: only {share:.0%} Thai letters: {text[:40]}")

        for offer in s.offers:
            if offer.label not in LABELS:
                problems.append(f"{where}: unknown offer label {offer.label}")
            claimed = tx.find_certifications(offer.text)
            if not claimed <= certs_of[s.id]:
                problems.append(f"{where}: offer claims {sorted(claimed - certs_of[s.id])} it lacks")

        for need in s.needs:
            named = tx.find_certifications(need.text)
            if named != set(need.requires):
                problems.append(f"{where}: need names {sorted(named)} but requires {sorted(need.requires)}")
            for cert in need.requires:
                if tx.resolve_certification(cert) != cert:
                    problems.append(f"{where}: required certification {cert!r} is not canonical")
            if isinstance(need, Gap):
                if need.wants not in GAPS:
                    problems.append(f"{where}: unknown gap {need.wants}")
                if need.wants in offered_by or need.wants in LABELS:
                    problems.append(f"{where}: gap {need.wants} is something the set offers")
                continue
            if not need.meets:
                problems.append(f"{where}: met need lists no labels")
            for label in need.meets:
                if label not in LABELS:
                    problems.append(f"{where}: need lists unknown label {label}")
                elif not offered_by.get(label, set()) - {s.id}:
                    problems.append(f"{where}: nobody but the buyer offers {label}")
            suppliers = [
                other
                for other in smes
                if other.id != s.id
                and set(need.requires) <= certs_of[other.id]
                and any(o.label in need.meets for o in other.offers)
            ]
            if not suppliers:
                problems.append(f"{where}: need has no supplier once certifications count: {need.text[:40]}")

    for label in LABELS:
        if label not in offered_by:
            problems.append(f"label {label} is offered by nobody")

    pairs = links(smes)
    partnered = {sid for pair in pairs for sid in pair}
    for s in smes:
        if s.id not in partnered:
            problems.append(f"{s.id}: no true partner")

    # shape of the whole set
    language = {s.id: s.language for s in smes}
    th_share = sum(s.language == "th" for s in smes) / len(smes)
    cross = sum(language[a] != language[b] for a, b in pairs) / len(pairs) if pairs else 0.0
    regions = {tx.resolve_province(s.province).region for s in smes if tx.resolve_province(s.province)}
    if not 90 <= len(smes) <= 100:
        problems.append(f"{len(smes)} profiles, expected 90-100")
    if not 0.50 <= th_share <= 0.60:
        problems.append(f"Thai share {th_share:.0%}, expected about 55%")
    if not 140 <= len(pairs) <= 180:
        problems.append(f"{len(pairs)} links, expected 140-180")
    if not 0.40 <= cross <= 0.60:
        problems.append(f"cross-language share {cross:.0%}, expected about half")
    if {s.sub_cluster for s in smes} != sub_clusters:
        problems.append("not every sub-cluster is present")
    if {s.stage for s in smes} != stages:
        problems.append("not every stage is present")
    if regions != set(tx.Region):
        problems.append("not every region is present")
    if not any(not s.offers for s in smes) or not any(not s.needs for s in smes):
        problems.append("some SMEs should have no offers and some no needs")
    return problems


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> dict[str, object]:
    record: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [o.text for o in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
    }
    if s.bcg:
        record["bcg"] = list(s.bcg)
    record["contact_email"] = s.email
    record["language"] = s.language
    return record


def render(smes: tuple[Sme, ...] = SMES) -> tuple[str, str]:
    profiles = "".join(json.dumps(profile_json(s), ensure_ascii=False) + "\n" for s in smes)
    rows = "".join(f"{a},{b}\n" for a, b in links(smes))
    return profiles, "supplier_id,buyer_id\n" + rows


def counts(smes: tuple[Sme, ...] = SMES) -> list[tuple[str, int | str]]:
    pairs = links(smes)
    language = {s.id: s.language for s in smes}
    needs = [n for s in smes for n in s.needs]
    met = [n for n in needs if isinstance(n, Need)]
    cross = sum(language[a] != language[b] for a, b in pairs)
    th = sum(s.language == "th" for s in smes)
    rows: list[tuple[str, int | str]] = [
        ("profiles", len(smes)),
        ("  language th", f"{th} ({th / len(smes):.0%})"),
        ("  language en", len(smes) - th),
    ]
    rows += [(f"  {c}", n) for c, n in sorted(Counter(s.sub_cluster for s in smes).items())]
    rows += [(f"  {st}", Counter(s.stage for s in smes)[st]) for st in (UP, MID, DOWN)]
    rows += [
        ("  with no offers", sum(not s.offers for s in smes)),
        ("  with no needs", sum(not s.needs for s in smes)),
        ("offers", sum(len(s.offers) for s in smes)),
        ("offer labels", len(LABELS)),
        ("needs", len(needs)),
        ("  met", len(met)),
        ("  met, requiring a certification", sum(bool(n.requires) for n in met)),
        ("  unmet (nobody offers it)", len(needs) - len(met)),
        ("links", len(pairs)),
        ("  cross-language", f"{cross} ({cross / len(pairs):.0%})"),
        ("  Thai supplier, Thai buyer", sum(language[a] == language[b] == "th" for a, b in pairs)),
        ("  English supplier, English buyer", sum(language[a] == language[b] == "en" for a, b in pairs)),
    ]
    return rows


def main() -> int:
    problems = check()
    if problems:
        for problem in problems:
            print("FAIL", problem, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    profiles, links_csv = render()
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(links_csv, encoding="utf-8", newline="\n")
    width = max(len(name) for name, _ in counts())
    for name, value in counts():
        print(f"{name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
