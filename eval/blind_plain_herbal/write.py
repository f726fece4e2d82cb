"""Write the hand-labelled evaluation set `eval/blind_plain_herbal/`.

Theme: herbal textiles (compress balls, herbal pillows and eye masks, herb-dyed and herb-infused cloth,
dried plai, turmeric and lemongrass, cotton and muslin for wrapping) and the buyers of them (spas,
clinics, hospitals, souvenir shops), plus the ordinary fibre, yarn, cloth, dyeing and sewing suppliers.

Every offer is a `(text, label)` pair; every need lists the offer labels that meet it and the
certifications its text requires, or is marked as met by no one. The labels live only in this file.

Run from the repository root:

    .venv/bin/python eval/blind_plain_herbal/write.py
"""

from __future__ import annotations

import json
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

ID_PREFIX = "bhr-"
PROFILE_COUNT = 95
LINK_RANGE = (160, 180)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRCULAR = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value

# Canonical certification names, as `resolve_certification` returns them.
FDA = "Thai FDA"
OTOP = "OTOP"
GOTS = "GOTS"
GRS = "GRS"
OEKO = "OEKO-TEX Standard 100"
ORGANIC_TH = "Organic Thailand"
HALAL = "Halal"
ISO13485 = "ISO 13485"
TIS = "Thai Industrial Standard"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()
    unmet: str | None = None


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def met(text: str, *labels: str, certs: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that the listed offer labels meet (given the required certifications)."""
    return Need(text, labels, certs, waive)


def unmet(text: str, note: str, *labels: str, certs: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `note` says why."""
    return Need(text, labels, certs, waive, note)


def sme(
    head: tuple[int, str, str, str, str, str],
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    """One profile: head is (number, language, name, sub-cluster, stage, province)."""
    number, language, name, sub_cluster, stage, province = head
    return Sme(
        id=f"{ID_PREFIX}{number:03d}",
        language=language,
        name=name,
        sub_cluster=sub_cluster,
        stage=stage,
        province=province,
        offers=tuple(offers),
        needs=tuple(needs),
        certifications=certs,
        bcg=bcg,
    )


# ------------------------------------------------------------------ part 1: herbs, fibre, yarn, waste, cloth

PART_1 = [
    sme(
        (1, "th", "วิสาหกิจชุมชนกลุ่มปลูกไพลบ้านหนองแวง", ALI, UP, "Udon Thani"),
        [("ไพลสด ขุดใหม่ ขั้นต่ำ 50 กก.", "fresh_plai_rhizome"), ("ไพลหั่นแว่นตากแห้ง บรรจุกระสอบ", "dried_plai")],
        [unmet("ตู้อบแห้งพลังงานแสงอาทิตย์ ขนาดเล็ก", "a solar dryer is equipment; no one in the set makes it")],
        certs=("เกษตรอินทรีย์",),
        bcg=(BIO,),
    ),
    sme(
        (2, "en", "Prachin Botanicals Co., Ltd.", ALC, UP, "Prachinburi"),
        [
            ("Curcuma longa, sun-dried slices, 20 kg sack", "dried_turmeric"),
            ("takrai cut & dried", "dried_lemongrass"),
        ],
        [met("small cloth drawstring bags for 100 g retail packs", "cotton_drawstring_pouch")],
        certs=("Organic Thailand", "Thai FDA"),
        bcg=(BIO, GREEN),
    ),
    sme(
        (3, "th", "ห้างหุ้นส่วนจำกัด สุพรรณสมุนไพร", ALC, UP, "Suphan Buri"),
        [("ผงขมิ้นชัน บดละเอียด ถุง 1 กก.", "turmeric_powder"), ("ยาลูกประคบผสมสำเร็จ สูตรโบราณ 12 ชนิด", "dried_herb_blend")],
        [met("ถุงหูรูดผ้าดิบ 4x6 นิ้ว ใส่ชาสมุนไพร", "cotton_drawstring_pouch")],
        bcg=(BIO,),
    ),
    sme(
        (4, "en", "Phu Phan Indigo Growers Group", ALI, UP, "Sakon Nakhon"),
        [
            ("fermented indigo paste (khram piak), per kg", "indigo_paste"),
            ("dye barks: ebony fruit, jackfruit heartwood, almond leaf", "dye_wood_bark"),
        ],
        [],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        (5, "th", "กลุ่มกัญชงม้ง บ้านแม่สาใหม่", HEMP, UP, "Chiang Mai"),
        [("เปลือกกัญชงลอกมือ ตากแห้ง", "hemp_fibre"), ("ด้ายกัญชงเข็นมือ สีธรรมชาติ", "hemp_yarn")],
        [met("ห้อมเปียก สำหรับย้อมด้าย", "indigo_paste")],
        bcg=(BIO,),
    ),
    sme(
        (6, "en", "Tak Hemp Fibre Co., Ltd.", HEMP, UP, "Tak"),
        [("decorticated hemp bast fibre, 25 kg bale", "hemp_fibre"), ("hemp yarn Nm 10, natural grey", "hemp_yarn")],
        [unmet("low-THC hemp seed for sowing", "planting seed; nobody in the set sells it")],
        bcg=(BIO, GREEN),
    ),
    sme(
        (7, "th", "วิสาหกิจชุมชนฝ้ายพื้นเมืองนาแห้ว", ALI, UP, "Loei"),
        [("ปุยฝ้ายอีดแล้ว ไม่มีเมล็ด", "cotton_fibre"), ("ฝ้ายเข็นมือ เส้นโต ไม่ฟอกสี", "handspun_cotton_yarn")],
        [],
        bcg=(BIO,),
    ),
    sme(
        (8, "en", "Roi Et Kapok Cooperative", ALI, UP, "Roi Et"),
        [("kapok (nun) fibre, cleaned, seed-free", "kapok_fibre"), ("kapok stuffing in 1 kg bags", "kapok_fibre")],
        [],
        bcg=(BIO,),
    ),
    sme(
        (9, "th", "บริษัท ผ้าวนกลับ จำกัด", CIRC, UP, "Samut Prakan"),
        [("เศษผ้าคอตตอนจากโรงตัด คัดสีแล้ว", "cotton_fabric_scraps"), ("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า", "recycled_cotton_fibre")],
        [met("ผ้าขนหนู ผ้าปูที่นอนใช้แล้ว จากโรงแรม", "used_cotton_textiles")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        (10, "en", "EastLoop Textile Recovery", CIRC, UP, "Chonburi"),
        [
            ("used hotel towels & bed linen, sorted, baled", "used_cotton_textiles"),
            ("post-industrial cotton cutting waste, white", "cotton_fabric_scraps"),
        ],
        [unmet("second-hand baling press", "machinery; no one in the set sells it")],
        bcg=(CIRCULAR,),
    ),
    sme(
        (11, "th", "โรงปั่นด้ายรีไซเคิลสามพราน", CIRC, UP, "Nakhon Pathom"),
        [("ด้ายรีไซเคิล คอตตอน 80% เบอร์ 10 สีเทาอ่อน", "recycled_cotton_yarn")],
        [
            met("รับซื้อเศษผ้าฝ้าย 100% ไม่ปนโพลี", "cotton_fabric_scraps"),
            met("ใยฝ้ายตีจากผ้าเก่า ไม่ต้องมี GRS", "recycled_cotton_fibre", waive=(GRS,)),
        ],
        certs=("GRS certified",),
        bcg=(CIRCULAR,),
    ),
    sme(
        (12, "en", "Lanna Cotton Spinning Co., Ltd.", HEMP, UP, "Lamphun"),
        [("ring-spun cotton yarn Ne 20/1, cones", "cotton_yarn"), ("GOTS organic cotton yarn Ne 16/1", "cotton_yarn")],
        [met("ginned cotton lint", "cotton_fibre")],
        certs=("GOTS", "Oeko-Tex 100"),
        bcg=(GREEN,),
    ),
    sme(
        (13, "th", "ร้านเจ้ากรมเครื่องยาไทย เยาวราช", ALC, UP, "Bangkok"),
        [
            ("การบูร พิมเสน เกล็ด ขายส่ง", "camphor_borneol"),
            ("ผิวมะกรูดตากแห้ง", "dried_kaffir_lime_peel"),
            ("ไพลแห้ง ขายส่ง กิโลละ 120 บาท", "dried_plai"),
        ],
        [met("หัวไพลสดจากสวน ส่งทุกสัปดาห์", "fresh_plai_rhizome")],
    ),
    sme(
        (14, "en", "Southern Herb Traders", ALC, UP, "Nakhon Si Thammarat"),
        [
            ("ready-mix prakob herbs, dried, vacuum packed", "dried_herb_blend"),
            ("dried kaffir lime rind", "dried_kaffir_lime_peel"),
        ],
        [unmet("plai essential oil, steam distilled", "an essential oil; nobody in the set distils it")],
        certs=("Halal",),
        bcg=(BIO,),
    ),
    sme(
        (15, "th", "กลุ่มผ้าย้อมครามบ้านดอนกอย", HEMP, MID, "Sakon Nakhon"),
        [
            ("ผ้าฝ้ายทอมือย้อมครามธรรมชาติ ผืนละ 2 เมตร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมคราม ผ้าหรือเสื้อของลูกค้า คิดตามน้ำหนัก", "indigo_dyeing_service"),
        ],
        [met("เส้นฝ้ายทำมือ ยังไม่ย้อม สีขาวนวล", "handspun_cotton_yarn"), met("ครามเปียกเนื้อดี", "indigo_paste")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        (16, "en", "Mae Rim Natural Dye Studio", HEMP, MID, "Chiang Mai"),
        [
            ("plant-dye commission dyeing on your fabric", "natural_dyeing_service"),
            ("turmeric-dyed cotton, 110 cm wide", "natural_dyed_fabric"),
        ],
        [met("khamin for the dye pot, ~100 kg/month", "dried_turmeric", "turmeric_powder")],
        bcg=(BIO, GREEN),
    ),
    sme(
        (17, "th", "โรงทอมหาชัยเท็กซ์ไทล์", HEMP, MID, "Samut Sakhon"),
        [("ผ้าฝ้ายทอเครื่อง ยังไม่ฟอกขาว หน้า 44 นิ้ว", "plain_cotton_cloth"), ("ผ้าขาวบาง ม้วนละ 50 หลา", "cotton_gauze")],
        [met("ด้ายคอตตอน Ne 20 ยกลัง", "cotton_yarn")],
        certs=("มอก.",),
    ),
    sme(
        (18, "en", "Sampeng Cloth House", ALC, MID, "Bangkok"),
        [("cheesecloth grade 40, by the roll", "cotton_gauze")],
        [],
    ),
    sme(
        (19, "th", "ร้านรับเย็บผ้าป้าเล็ก", ALC, MID, "Nonthaburi"),
        [("รับตัดเย็บตามแบบ ผ้าลูกค้า ขั้นต่ำ 100 ชิ้น", "contract_sewing_service")],
        [unmet("ด้ายเย็บผ้าโพลีเอสเตอร์ หลอดใหญ่", "sewing thread; no one in the set sells it")],
    ),
    sme(
        (20, "en", "FreshFinish Lab Co., Ltd.", ALC, MID, "Pathum Thani"),
        [
            ("herbal antimicrobial finishing on customer fabric", "herbal_finishing_service"),
            ("herb-infused cotton jersey, stock", "herb_infused_fabric"),
        ],
        [met("Cymbopogon citratus leaves, dried, bulk", "dried_lemongrass")],
        certs=("ISO 9001",),
        bcg=(GREEN,),
    ),
    sme(
        (21, "th", "กลุ่มทอผ้าขาวม้าบ้านหวาย", ALI, MID, "Roi Et"),
        [("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma"), ("ผ้าฝ้ายทอมือ เมตรละ 180 บาท", "handwoven_cotton_fabric")],
        [met("ด้ายหลอดสำหรับทอ", "cotton_yarn")],
        certs=("OTOP",),
    ),
    sme(
        (22, "en", "ReThread Upcycling", CIRC, MID, "Bangkok"),
        [("recycled cotton canvas, 60% post-consumer", "recycled_cotton_fabric")],
        [met("GRS recycled yarn, cotton rich", "recycled_cotton_yarn", certs=(GRS,))],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        (23, "th", "กลุ่มแม่บ้านห่อลูกประคบ บ้านธิ", ALC, MID, "Lamphun"),
        [
            ("รับจ้างห่อลูกประคบ สมุนไพรกับผ้าของลูกค้า", "compress_wrapping_service"),
            ("ผ้าดิบตัดสำเร็จ 40x40 ซม. พร้อมห่อ", "precut_wrapping_cloth"),
        ],
        [met("เชือกฝ้ายเส้นเล็ก สำหรับมัดจุก", "cotton_twine")],
    ),
    sme(
        (24, "en", "ProStrap Narrow Fabrics", SPORT, MID, "Samut Prakan"),
        [("elastic webbing 25-50 mm", "elastic_webbing"), ("sew-on hook & loop tape", "hook_and_loop_tape")],
        [unmet("bare spandex yarn 40D", "elastane yarn; nobody in the set offers it")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        (25, "th", "ร้านรับซื้อผ้าเก่า ขอนแก่น", CIRC, UP, "Khon Kaen"),
        [("ผ้าปูเตียง ผ้าเช็ดตัวเก่า อัดก้อน", "used_cotton_textiles")],
        [met("เศษผ้าเหลือจากโรงงาน ราคาเหมา", "cotton_fabric_scraps")],
        bcg=(CIRCULAR,),
    ),
]

# ------------------------------------------------------------------ part 2: weaving, dyeing, sewing, makers

PART_2 = [
    sme(
        (26, "en", "Nan Tai Lue Weavers", HEMP, MID, "Nan"),
        [
            ("handwoven cotton, Tai Lue pattern, 90 cm", "handwoven_cotton_fabric"),
            ("hemp-cotton handloom cloth", "hemp_fabric"),
        ],
        [met("hand-spun cotton, natural colour", "handspun_cotton_yarn"), met("hemp yarn for weft", "hemp_yarn")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        (27, "th", "ร้านม่อฮ่อมแม่หลวงศรี", HEMP, MID, "Phrae"),
        [("รับย้อมห้อม ผ้าลูกค้า ตามสั่ง", "indigo_dyeing_service"), ("เสื้อม่อฮ่อม ผ้าฝ้ายย้อมห้อม", "shirt")],
        [met("ผ้าฝ้ายดิบ ยังไม่ย้อม สำหรับตัดเสื้อ", "plain_cotton_cloth")],
        certs=("OTOP",),
    ),
    sme(
        (28, "en", "Ubon Herbal Textile Co., Ltd.", ALI, MID, "Ubon Ratchathani"),
        [
            ("lemongrass-infused cotton sheeting, anti-dust-mite", "herb_infused_fabric"),
            ("herb finishing for your towels and sheets", "herbal_finishing_service"),
        ],
        [met("plain-weave white cloth, wide width, no OEKO-TEX needed", "plain_cotton_cloth", waive=(OEKO,))],
        certs=("Thai Green Label",),
        bcg=(GREEN,),
    ),
    sme(
        (29, "th", "กลุ่มย้อมสีธรรมชาติ ผู้ไทบ้านโพน", ALI, MID, "Kalasin"),
        [("ผ้าฝ้ายย้อมขมิ้น ย้อมเปลือกประดู่", "natural_dyed_fabric"), ("รับย้อมสีธรรมชาติ ด้ายหรือผ้า", "natural_dyeing_service")],
        [met("แก่นขนุน เปลือกไม้ สำหรับย้อม", "dye_wood_bark")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        (30, "en", "Salaya Sewing Works", ALC, MID, "Nakhon Pathom"),
        [
            ("CMT sewing for brands, MOQ 500 pcs", "contract_sewing_service"),
            ("spa therapist uniforms, made to order", "spa_uniform"),
        ],
        [],
        certs=("ISO 9001",),
    ),
    sme(
        (31, "th", "อยุธยาสกรีน", ALC, MID, "Ayutthaya"),
        [("รับสกรีนถุงผ้า เสื้อยืด ผ้ากันเปื้อน", "screen_printing_service")],
        [met("ถุงผ้าเปล่า ไม่มีลาย ราคาส่ง", "blank_tote_bag")],
    ),
    sme(
        (32, "en", "RecoverX Sports Care", SPORT, DOWN, "Chonburi"),
        [
            ("microwave herbal heat pack for sore muscles", "herbal_hot_pack"),
            ("herbal knee/shoulder wrap with strap", "herbal_hot_pack"),
        ],
        [
            met("stretch band 1.5 inch for straps", "elastic_webbing"),
            met("velcro", "hook_and_loop_tape"),
            met("dried herb filling for heat packs", "dried_herb_blend"),
        ],
    ),
    sme(
        (33, "th", "ลูกประคบสมุนไพรป้าแดง", ALC, DOWN, "Nonthaburi"),
        [
            ("ลูกประคบสมุนไพรสด ลูกละ 35 บาท", "herbal_compress_ball"),
            ("ลูกประคบแห้ง 200 กรัม ขึ้นทะเบียน อย. แล้ว", "herbal_compress_ball"),
        ],
        [
            met("ผ้าดิบหน้า 36 นิ้ว ยกพับ", "plain_cotton_cloth"),
            met("ไพลแห้ง เดือนละ 100 กก.", "dried_plai"),
            met("เชือกมัดลูกประคบ", "cotton_twine"),
        ],
        certs=("อย.",),
    ),
    sme(
        (34, "en", "Isan Herbal Wellness Products", ALI, DOWN, "Khon Kaen"),
        [
            ("herbal compress 150 g, OTOP 4-star", "herbal_compress_ball"),
            ("herbal neck pillow, kapok & herbs", "herbal_pillow"),
        ],
        [met("phlai rhizomes, just dug, not dried", "fresh_plai_rhizome"), met("nun for pillows", "kapok_fibre")],
        certs=("Thai FDA", "OTOP"),
    ),
    sme(
        (35, "th", "บ้านสมุนไพรล้านนา", ALC, DOWN, "Chiang Mai"),
        [("หมอนรองคอ ยัดไส้ยาสมุนไพร", "herbal_pillow"), ("ผ้าปิดตาสมุนไพร ช่วยให้หลับ", "herbal_eye_mask")],
        [
            met("สมุนไพรแห้งผสมสำเร็จ ไว้ยัดหมอน", "dried_herb_blend"),
            met("ปูเลยแห้ง", "dried_plai"),
        ],
        certs=("OTOP",),
    ),
    sme(
        (36, "en", "Siam Sleep Herbals", ALC, DOWN, "Bangkok"),
        [("herbal eye mask, cooling, gift box", "herbal_eye_mask")],
        [met("OEKO-TEX certified cloth for mask covers", "plain_cotton_cloth", "herb_infused_fabric", certs=(OEKO,))],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        (37, "th", "กลุ่มหมอนขิดบ้านศรีฐาน", ALI, DOWN, "Yasothon"),
        [("หมอนขิดสอดไส้สมุนไพร", "herbal_pillow"), ("หมอนอิงสามเหลี่ยมยัดนุ่น ลายขิด", "triangle_cushion")],
        [met("นุ่นแท้ ยัดหมอน ไม่เอาใยสังเคราะห์", "kapok_fibre")],
    ),
    sme(
        (38, "en", "ThaiFill Fibre Co., Ltd.", SPORT, MID, "Pathum Thani"),
        [
            ("hollow conjugated polyester fiberfill 7D", "polyester_fiberfill"),
            ("ball fibre for cushions", "polyester_fiberfill"),
        ],
        [unmet("clear PET bottle flakes, GRS certified", "no one in the set sells PET flakes", certs=(GRS,))],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        (39, "th", "กระเป๋าผ้าครามอุบล", ALI, DOWN, "Ubon Ratchathani"),
        [("กระเป๋าผ้าฝ้ายทอมือย้อมคราม ทรงโท้ท", "tote_bag"), ("ย่ามผ้าทอ สีธรรมชาติ", "tote_bag")],
        [
            met("ผ้าครามทอมือ เป็นหลา", "indigo_dyed_cotton_fabric"),
            met("ช่างเย็บกระเป๋า รับงานเหมา", "contract_sewing_service"),
        ],
    ),
    sme(
        (40, "en", "Khao Wang Spa Supplies", ALC, DOWN, "Phetchaburi"),
        [
            ("hot herbal compress, steam-ready, 12 per pack", "herbal_compress_ball"),
            ("herbal facial steam sachets", "herbal_steam_sachet"),
        ],
        [
            met("gauze for wrapping compresses", "cotton_gauze"),
            met("camphor crystals", "camphor_borneol"),
        ],
    ),
    sme(
        (41, "th", "บริษัท มวยไทยฟิต จำกัด", SPORT, DOWN, "Bangkok"),
        [("ผ้าพันมือนักมวย ยาว 5 เมตร", "boxing_hand_wrap"), ("สนับเข่า สนับศอก ผ้ายืด", "compression_sleeve")],
        [met("ยางยืดแบน กว้าง 2 นิ้ว", "elastic_webbing")],
    ),
    sme(
        (42, "en", "Hill Tribe Hemp Goods", HEMP, DOWN, "Chiang Rai"),
        [("hemp tote bag with batik", "tote_bag"), ("handloom hemp, 40 cm strips", "hemp_fabric")],
        [met("indigo dyeing of our hemp cloth, 200 m", "indigo_dyeing_service")],
        bcg=(BIO,),
    ),
    sme(
        (43, "th", "แบรนด์ปะชุน", CIRC, DOWN, "Bangkok"),
        [("กระเป๋าผ้าปะต่อจากเศษผ้า", "tote_bag")],
        [met("ผ้ารีไซเคิล หน้ากว้าง เอามาตัดกระเป๋า", "recycled_cotton_fabric")],
        bcg=(CIRCULAR,),
    ),
    sme(
        (44, "en", "Herb & Hemp Gift Co., Ltd.", ALC, DOWN, "Kanchanaburi"),
        [("herbal gift set: compress, balm, pouch", "herbal_gift_set")],
        [met("herbal balm jars, Thai FDA registered", "herbal_balm", certs=(FDA,))],
    ),
    sme(
        (45, "en", "Mahachai Cotton Mills Co., Ltd.", HEMP, MID, "Samut Sakhon"),
        [("bleached cotton sheeting 60 in, OEKO-TEX", "plain_cotton_cloth")],
        [met("combed 30s for sheeting, GOTS nice to have", "cotton_yarn", waive=(GOTS,))],
        certs=("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        (46, "th", "กลุ่มปลูกครามบ้านนาดี", ALI, UP, "Sakon Nakhon"),
        [("ครามเปียก หมักเอง กิโลละ 250 บาท", "indigo_paste")],
        [unmet("โอ่งมังกรใบใหญ่ สำหรับหมักคราม", "pottery; nobody in the set sells it")],
        bcg=(BIO,),
    ),
    sme(
        (47, "th", "กลุ่มฝ้ายปกาเกอะญอ บ้านห้วยฮี้", HEMP, UP, "Mae Hong Son"),
        [("ฝ้ายปั่นมือ สีตุ่น ฝ้ายพื้นเมือง", "handspun_cotton_yarn"), ("ฝ้ายดอก ยังไม่อีดเมล็ด", "raw_seed_cotton")],
        [],
        bcg=(BIO,),
    ),
    sme(
        (48, "en", "Udon Senior Care Supplies", ALI, DOWN, "Udon Thani"),
        [("herbal knee warmer for seniors", "herbal_hot_pack"), ("washable adult bib, cotton", "adult_bib")],
        [
            met("someone to make up bibs from our fabric, 1,000 pcs", "contract_sewing_service"),
            met("dried phlai for knee warmers", "dried_plai"),
        ],
    ),
    sme(
        (49, "th", "ผ้าขาวม้าอบสมุนไพร ตลาดน้อย", ALI, DOWN, "Maha Sarakham"),
        [("ผ้าขาวม้าอบสมุนไพร กันยุง", "pha_khao_ma")],
        [met("รับอบสมุนไพรลงผ้า ผ้าเราส่งไปเอง", "herbal_finishing_service")],
    ),
    sme(
        (50, "th", "โรงทอผ้ารีไซเคิล บางพลี", CIRC, MID, "Samut Prakan"),
        [("ผ้าแคนวาสรีไซเคิล หน้า 60 นิ้ว", "recycled_cotton_fabric"), ("ถุงผ้าเปล่าจากผ้ารีไซเคิล ไม่สกรีน", "blank_tote_bag")],
        [met("เส้นด้ายที่ปั่นจากเศษผ้า ใช้ทอแคนวาส", "recycled_cotton_yarn")],
        certs=("GRS",),
        bcg=(CIRCULAR,),
    ),
    sme(
        (51, "th", "โรงงานเชือกฝ้ายบางบัวทอง", HEMP, MID, "Nonthaburi"),
        [("เชือกฝ้ายดิบ 2 มม. ม้วนละ 1 กก.", "cotton_twine"), ("เทปผ้าฝ้าย กว้าง 1 ซม.", "cotton_twine")],
        [met("ด้ายฝ้ายเบอร์ใหญ่ ของรีไซเคิลก็ได้", "cotton_yarn", "recycled_cotton_yarn")],
    ),
    sme(
        (52, "en", "Bangkok Cord & Tape Co.", ALC, MID, "Bangkok"),
        [
            ("cotton string for tying compress balls", "cotton_twine"),
            ("drawstring cotton pouches, stock sizes", "cotton_drawstring_pouch"),
        ],
        [],
    ),
    sme(
        (53, "en", "CareWear Medical Textiles Co., Ltd.", ALC, DOWN, "Samut Prakan"),
        [("reusable cotton patient gowns, S-XXL", "patient_gown"), ("washable bed underpads", "underpad")],
        [],
        certs=("ISO 9001", "TIS"),
    ),
    sme(
        (54, "th", "ผ้าขนหนูสามพราน", ALC, DOWN, "Nakhon Pathom"),
        [("ผ้าขนหนูสปา สีขาว 30x60 นิ้ว", "towel"), ("ผ้าคลุมตัวสปา ผ้าถุงสปา", "spa_client_wear")],
        [],
    ),
    sme(
        (55, "th", "ยาหม่องสมุนไพรจันทบูร", ALC, DOWN, "Chanthaburi"),
        [("ยาหม่องไพล ขวด 10 กรัม มีเลข อย.", "herbal_balm")],
        [met("หัวไพลสด ยังไม่หั่น 200 กก./เดือน", "fresh_plai_rhizome")],
        certs=("Thai FDA",),
    ),
    sme(
        (56, "en", "Mekong Herb Farm", ALI, UP, "Nakhon Phanom"),
        [("fresh plai rhizome, washed", "fresh_plai_rhizome"), ("fresh lemongrass stalks", "fresh_lemongrass")],
        [],
        bcg=(BIO,),
    ),
]

# ------------------------------------------------------------------ part 3: spas, clinics, shops, care, more makers

PART_3 = [
    sme(
        (57, "en", "Lumpini Day Spa", ALC, DOWN, "Bangkok"),
        [("Thai massage with hot herbal compress", "spa_service")],
        [
            met("luk pra kob, about 300 a month", "herbal_compress_ball"),
            met("white bath towels 70 x 140 cm", "towel"),
        ],
    ),
    sme(
        (58, "th", "คลินิกการแพทย์แผนไทย บ้านหมอเพ็ญ", ALC, DOWN, "Nonthaburi"),
        [("นวดรักษา ประคบสมุนไพร", "spa_service")],
        [
            met("ลูกประคบ ต้องมีเลข อย. เท่านั้น", "herbal_compress_ball", certs=(FDA,)),
            met("ผ้าถุงให้คนไข้เปลี่ยน", "spa_client_wear"),
        ],
    ),
    sme(
        (59, "en", "Khon Kaen Hospital, Thai Traditional Medicine Unit", ALI, DOWN, "Khon Kaen"),
        [],
        [
            met("hot compress balls in bulk, Thai FDA registered", "herbal_compress_ball", certs=(FDA,)),
            unmet(
                "patient gowns with ISO 13485", "the only gown maker lacks ISO 13485", "patient_gown", certs=(ISO13485,)
            ),
        ],
    ),
    sme(
        (60, "th", "ร้านของฝากสุวรรณภูมิ", ALC, DOWN, "Samut Prakan"),
        [],
        [met("หมอนสมุนไพร ต้องเป็นสินค้า OTOP", "herbal_pillow", certs=(OTOP,)), met("ยาหม่อง ขวดเล็ก", "herbal_balm")],
    ),
    sme(
        (61, "en", "Andaman Resort Spa", ALC, DOWN, "Phuket"),
        [],
        [
            met("Halal-certified herb mix for compresses", "dried_herb_blend", certs=(HALAL,)),
            met("sarongs & wraps for spa guests", "spa_client_wear"),
            met("eye pillows for turndown", "herbal_eye_mask"),
        ],
    ),
    sme(
        (62, "th", "หัวหินเวลเนสรีสอร์ท", ALC, DOWN, "Prachuap Khiri Khan"),
        [],
        [
            met("ลูกประคบ ไม่จำเป็นต้องมี อย.", "herbal_compress_ball", waive=(FDA,)),
            met("ผ้าเช็ดตัวผืนใหม่ ไว้ใช้กับแขก", "towel"),
        ],
    ),
    sme(
        (63, "en", "Ubon Elderly Care Home", ALI, DOWN, "Ubon"),
        [],
        [
            met("clothing protectors for residents at meals", "adult_bib"),
            met("looking for warm herbal wraps for knees", "herbal_hot_pack"),
            met("incontinence sheets, reusable", "underpad"),
        ],
    ),
    sme(
        (64, "th", "ร้านของฝากอุดร", ALI, DOWN, "Udon Thani"),
        [],
        [
            met("หมอนสมุนไพร ไม่ต้องมี OTOP", "herbal_pillow", waive=(OTOP,)),
        ],
    ),
    sme(
        (65, "en", "Green Stay Hotels", CIRC, DOWN, "Bangkok"),
        [("used bath towels & sheets from 4 hotels", "used_cotton_textiles")],
        [
            met("new 100% cotton towels", "towel"),
            unmet("bathrobes with GRS recycled content", "no one in the set makes bathrobes", certs=(GRS,)),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        (66, "th", "โรงพยาบาลการแพทย์แผนไทย โคราช", ALI, DOWN, "Korat"),
        [],
        [
            met("ชุดผู้ป่วย ผ้าฝ้าย", "patient_gown"),
            met("อยากได้ยาประคบแห้ง ไว้ห่อเอง", "dried_herb_blend"),
        ],
    ),
    sme(
        (67, "en", "Nimman Wellness Spa", ALC, DOWN, "Chiang Mai"),
        [("Lanna massage and herbal steam", "spa_service")],
        [
            met("loose cotton clothes for clients", "spa_client_wear"),
            unmet("mulberry silk eye masks", "no one in the set works silk"),
            met("anyone wrapping compress balls if we send the herbs?", "compress_wrapping_service"),
        ],
    ),
    sme(
        (68, "th", "ร้านนวดแผนไทย ท่าเตียน", ALC, DOWN, "Bangkok"),
        [("นวดไทย นวดเท้า", "spa_service")],
        [
            met("เสื้อพนักงานนวด แบบม่อฮ่อม", "spa_uniform", "shirt"),
            met("ผ้าก๊อซ ใช้ห่อลูกประคบ", "cotton_gauze"),
        ],
    ),
    sme(
        (69, "th", "คลินิกกายภาพนักกีฬา บุรีรัมย์", SPORT, DOWN, "Buriram"),
        [],
        [
            met("ถุงประคบร้อนสมุนไพร ใช้ในห้องกายภาพ", "herbal_hot_pack"),
            met("ปลอกเข่ากระชับกล้ามเนื้อ", "compression_sleeve"),
        ],
    ),
    sme(
        (70, "th", "โรงงานผ้ายืด ระยอง", SPORT, MID, "Rayong"),
        [("ปลอกรัดเข่า ผ้ายืดถัก", "compression_sleeve"), ("ยางยืดทอ หน้า 1-2 นิ้ว", "elastic_webbing")],
        [unmet("เส้นด้ายสแปนเด็กซ์ หุ้มไนลอน", "covered elastane yarn; no one in the set offers it")],
    ),
    sme(
        (71, "en", "Indigo Thread Studio", HEMP, DOWN, "Bangkok"),
        [("slow-fashion garments, small runs", "garments")],
        [
            met("hand-woven khram cotton, 50 m", "indigo_dyed_cotton_fabric"),
            met(
                "no synthetic dye: natural dyeing for our finished garments",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
        ],
    ),
    sme(
        (72, "th", "แบรนด์ผ้าฝ้ายย้อมมือ ดอยสะเก็ด", HEMP, DOWN, "Chiang Mai"),
        [("เสื้อผ้าฝ้ายย้อมคราม ผู้หญิง ฟรีไซส์", "shirt")],
        [met("ใครรับย้อมห้อมบ้าง งานละ 300 ตัว", "indigo_dyeing_service")],
    ),
    sme(
        (73, "en", "Amphawa Souvenir Corner", ALC, DOWN, "Samut Songkhram"),
        [],
        [
            met("boxed Thai spa souvenirs", "herbal_gift_set"),
            met("OTOP-certified pakama", "pha_khao_ma", certs=(OTOP,)),
        ],
    ),
    sme(
        (74, "th", "สวนตะไคร้ราชบุรี", ALC, UP, "Ratchaburi"),
        [("ตะไคร้สด ตัดใบ มัดละ 1 กก.", "fresh_lemongrass"), ("ตะไคร้ซอยอบแห้ง", "dried_lemongrass")],
        [],
        bcg=(BIO,),
    ),
    sme(
        (75, "th", "บ้านพักผู้สูงอายุ บ้านสุขใจ", ALC, DOWN, "Chonburi"),
        [],
        [
            met("ผ้ารองกันเปื้อนที่นอน ซักได้", "underpad"),
            unmet("ถุงเท้ากันลื่น", "socks; no one in the set makes them"),
        ],
    ),
    sme(
        (76, "th", "ศูนย์ดูแลผู้สูงอายุ ศรีสะเกษ", ALI, DOWN, "Sisaket"),
        [],
        [
            met("ผ้ากันเปื้อนคนแก่ ใส่ตอนกินข้าว", "adult_bib"),
            met("แผ่นรองซับซักได้", "underpad"),
        ],
    ),
    sme(
        (77, "en", "Lanna Handloom Co.", HEMP, MID, "Chiang Mai"),
        [("hand-loomed cotton, 70 cm, natural white", "handwoven_cotton_fabric")],
        [met("seed cotton, un-ginned, for hand ginning demos", "raw_seed_cotton")],
    ),
    sme(
        (78, "th", "ร้านผ้าไทย พิษณุโลก", ALC, DOWN, "Phitsanulok"),
        [],
        [met("ผ้ากัญชงทอมือ", "hemp_fabric")],
    ),
    sme(
        (79, "en", "Loop Bags Co.", CIRC, DOWN, "Chachoengsao"),
        [("tote bags from recycled canvas", "tote_bag")],
        [
            met("heavy duck cloth with recycled content, per metre", "recycled_cotton_fabric"),
            met("logo printing on bags", "screen_printing_service"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        (80, "th", "ร้านนวดเท้า ป่าตอง", ALC, DOWN, "Phuket"),
        [("นวดฝ่าเท้า", "spa_service")],
        [met("บาล์มสมุนไพร ใช้นวดเท้า", "herbal_balm")],
    ),
    sme(
        (81, "en", "Rangsit Sport Recovery Center", SPORT, DOWN, "Pathum Thani"),
        [],
        [
            unmet("ice bath tub for cryotherapy", "equipment; no one in the set makes it"),
            met("compression sleeves for runners", "compression_sleeve"),
        ],
    ),
    sme(
        (82, "th", "กลุ่มแม่บ้านทำลูกประคบ บ้านท่าสว่าง", ALI, DOWN, "Surin"),
        [("ลูกประคบสมุนไพร ห่อผ้าฝ้าย ลูกละ 25 บาท", "herbal_compress_ball")],
        [
            met("ผ้าโปร่งห่อลูกประคบ", "cotton_gauze"),
            met("ขมิ้นชันหั่นตากแห้ง ตะไคร้ซอยแห้ง", "dried_lemongrass", "dried_turmeric"),
        ],
    ),
    sme(
        (83, "en", "Isan Craft Export Co., Ltd.", ALI, DOWN, "Khon Kaen"),
        [],
        [
            unmet(
                "GOTS-certified organic muslin, 5,000 m",
                "no cloth maker in the set holds GOTS",
                "plain_cotton_cloth",
                certs=(GOTS,),
            ),
            met("pha khao ma for export, 1,000 pcs", "pha_khao_ma"),
            met("indigo cotton yardage", "indigo_dyed_cotton_fabric"),
        ],
    ),
    sme(
        (84, "th", "ร้านรับซื้อเศษผ้า รังสิต", CIRC, UP, "Pathum Thani"),
        [],
        [met("ผ้าเก่า เสื้อผ้ามือสอง คอตตอน", "used_cotton_textiles")],
        bcg=(CIRCULAR,),
    ),
    sme(
        (85, "en", "Sukhumvit Herbal Boutique", ALC, DOWN, "Bangkok"),
        [],
        [
            met("herbal eye masks, OEKO-TEX welcome but not required", "herbal_eye_mask", waive=(OEKO,)),
            met("triangle cushions, kapok", "triangle_cushion"),
        ],
    ),
    sme(
        (86, "th", "ร้านสมุนไพรเมืองตรัง", ALC, DOWN, "Trang"),
        [],
        [
            met("ขมิ้นชันแห้ง มาตรฐานเกษตรอินทรีย์", "dried_turmeric", "turmeric_powder", certs=(ORGANIC_TH,)),
        ],
    ),
    sme(
        (87, "en", "Ratchada Thai Massage School", ALC, DOWN, "Bangkok"),
        [("Thai massage courses", "training")],
        [
            met("muslin squares, cut, for wrapping compress", "precut_wrapping_cloth"),
            unmet("foam massage mats, 2 m", "mats; no one in the set makes them"),
            met("therapist pants & shirts", "spa_uniform"),
        ],
    ),
    sme(
        (88, "th", "ร้านถุงประคบร้อนเย็น นนทบุรี", SPORT, DOWN, "Nonthaburi"),
        [("ถุงประคบร้อนเย็น ไส้เจล", "gel_hot_cold_pack")],
        [met("ตีนตุ๊กแก แบบเย็บ", "hook_and_loop_tape"), met("ผ้าฝ้ายอบสมุนไพร หุ้มถุงประคบ", "herb_infused_fabric")],
    ),
    sme(
        (89, "th", "โฮมสเตย์ริมโขง นครพนม", ALI, DOWN, "Nakhon Phanom"),
        [],
        [
            met("ผ้าขะม้า ให้แขกใช้", "pha_khao_ma"),
            unmet("แกลบบัควีท ยัดหมอน", "no one in the set sells buckwheat hulls"),
        ],
    ),
    sme(
        (90, "th", "หาดใหญ่สปา", ALC, DOWN, "Songkhla"),
        [],
        [
            unmet(
                "ลูกประคบ ต้องได้รับรองฮาลาล",
                "no compress maker in the set is Halal certified",
                "herbal_compress_ball",
                certs=(HALAL,),
            ),
            met("หมิ้นตากแห้งเป็นแว่น ไครแห้ง", "dried_turmeric", "dried_lemongrass"),
        ],
    ),
    sme(
        (91, "en", "Krabi Beach Resort", ALC, DOWN, "Krabi"),
        [],
        [
            met("spa robes and wraps", "spa_client_wear"),
            met("cotton sacks with a cord closure for guest laundry", "cotton_drawstring_pouch"),
        ],
    ),
    sme(
        (92, "th", "กลุ่มทอผ้ามัดหมี่ ชัยภูมิ", ALI, MID, "Chaiyaphum"),
        [("ผ้าฝ้ายมัดหมี่ ย้อมสีธรรมชาติ", "natural_dyed_fabric")],
        [met("เปลือกประดู่ แก่นฝาง", "dye_wood_bark")],
        certs=("OTOP",),
    ),
    sme(
        (93, "en", "Ayutthaya Old Town Souvenirs", ALC, DOWN, "Ayutthaya"),
        [],
        [
            met("plain tote bags to print", "blank_tote_bag"),
            unmet(
                "Thai silk scarves with the Peacock Emblem",
                "no silk in the set",
                certs=("Thai Silk Peacock Emblem",),
            ),
        ],
    ),
    sme(
        (94, "th", "กลุ่มนุ่นบ้านกรวด", ALI, UP, "Buriram"),
        [("นุ่นดีดแล้ว ถุงละ 5 กก.", "kapok_fibre")],
        [],
        bcg=(BIO,),
    ),
    sme(
        (95, "th", "ร้านเครื่องนอนชัยนาท", ALC, DOWN, "Chai Nat"),
        [],
        [
            met("ใยโพลีเอสเตอร์ ยัดหมอน", "polyester_fiberfill"),
            unmet("ผ้าปลอกหมอนพิมพ์ลายดอก", "printed pillowcase fabric; nobody offers it"),
        ],
    ),
]

SMES = PART_1 + PART_2 + PART_3

# ------------------------------------------------------------------ checks

_THAI_LETTER = range(0x0E01, 0x0E5C)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _is_thai(char: str) -> bool:
    return ord(char) in _THAI_LETTER


def _thai_share(text: str) -> float:
    letters = [char for char in text if char.isalpha() or _is_thai(char)]
    return sum(_is_thai(char) for char in letters) / len(letters) if letters else 0.0


def _latin_only(text: str) -> bool:
    return all(32 <= ord(char) < 127 for char in text)


def _mentions(certification: str, text: str) -> bool:
    """Whether the text names the certification at all (claimed, required or waived)."""
    entry = next(c for c in CERTIFICATIONS if c.name == certification)
    folded = _nfkc(text).casefold()
    names = (entry.name, entry.full_name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
    return any(_nfkc(name).casefold() in folded for name in names)


def supplier_certs(sme_: Sme) -> frozenset[str]:
    return canonical_certifications(sme_.certifications)


def qualified(need: Need, buyer: Sme, smes: list[Sme]) -> list[str]:
    """Ids of the SMEs whose offers meet the need, certifications included."""
    wanted = set(need.labels)
    return [
        s.id
        for s in smes
        if s.id != buyer.id and any(label in wanted for _, label in s.offers) and set(need.certs) <= supplier_certs(s)
    ]


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {
        (supplier, buyer.id) for buyer in smes for need in buyer.needs for supplier in qualified(need, buyer, smes)
    }
    return sorted(pairs)


def check(smes: list[Sme]) -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in smes]
    expected = [f"{ID_PREFIX}{n:03d}" for n in range(1, PROFILE_COUNT + 1)]
    if ids != expected:
        problems.append(f"ids must be {expected[0]} .. {expected[-1]} in order, unique")
    sub_clusters = {c.value for c in SubCluster}
    stages = {c.value for c in Stage}
    bcg_tags = {c.value for c in BcgTag}
    offered: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    phrases: Counter[str] = Counter()
    for s in smes:
        where = s.id
        if s.language not in ("th", "en"):
            problems.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in sub_clusters:
            problems.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            problems.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            problems.append(f"{where}: province {s.province!r} does not resolve")
        if not _latin_only(s.province):
            problems.append(f"{where}: province must be the English name")
        for tag in s.bcg:
            if tag not in bcg_tags:
                problems.append(f"{where}: bcg {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: bcg repeated")
        for cert in s.certifications:
            if resolve_certification(cert) is None:
                problems.append(f"{where}: certification {cert!r} does not resolve")
        if not s.name.strip():
            problems.append(f"{where}: empty name")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            problems.append(f"{where}: wants 0-3 offers and 0-3 needs, not both empty")
        texts = [s.name, *(text for text, _ in s.offers), *(need.text for need in s.needs)]
        for text in texts:
            if text != text.strip() or "  " in text or not text:
                problems.append(f"{where}: stray spaces in {text!r}")
            if s.language == "th" and _thai_share(text) < 0.6:
                problems.append(f"{where}: Thai phrase mostly not Thai: {text!r}")
            if s.language == "en" and not _latin_only(text):
                problems.append(f"{where}: English phrase not Latin only: {text!r}")
        for text, _ in s.offers:
            claimed = find_certifications(text)
            if not claimed <= supplier_certs(s):
                problems.append(f"{where}: offer {text!r} claims {sorted(claimed)} the SME does not hold")
        for text in (*(text for text, _ in s.offers), *(need.text for need in s.needs)):
            phrases[_nfkc(text).casefold()] += 1
        for need in s.needs:
            said = f"{where}: need {need.text!r}"
            found = find_certifications(need.text)
            if found != set(need.certs):
                problems.append(f"{said} names {sorted(found)}, labelled as requiring {sorted(need.certs)}")
            for cert in need.waive:
                if cert in found or not _mentions(cert, need.text):
                    problems.append(f"{said} does not waive {cert}")
            for cert in (*need.certs, *need.waive):
                if not any(c.name == cert for c in CERTIFICATIONS):
                    problems.append(f"{said}: {cert!r} is not a canonical certification")
            for label in need.labels:
                if not offered.get(label, set()) - {s.id}:
                    problems.append(f"{said} lists {label!r}, which no one else offers")
            suppliers = qualified(need, s, smes)
            if need.unmet is None and not need.labels:
                problems.append(f"{said} is neither labelled nor marked unmet")
            if need.unmet is None and not suppliers:
                problems.append(f"{said} has no qualified supplier")
            if need.unmet is not None and suppliers:
                problems.append(f"{said} is marked unmet but {suppliers} qualify")
    for phrase, count in phrases.items():
        if count > 1:
            problems.append(f"phrase used {count} times: {phrase!r}")
    if problems:
        return problems  # the size targets below need valid profiles
    stats = counts(smes)
    thai_share = stats["Thai profiles"] / len(smes)
    if not THAI_SHARE_RANGE[0] <= thai_share <= THAI_SHARE_RANGE[1]:
        problems.append(f"Thai share {thai_share:.2f} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= stats["true links"] <= LINK_RANGE[1]:
        problems.append(f"{stats['true links']} true links, want {LINK_RANGE}")
    cross_share = stats["cross-language links"] / max(1, stats["true links"])
    if not CROSS_SHARE_RANGE[0] <= cross_share <= CROSS_SHARE_RANGE[1]:
        problems.append(f"cross-language share {cross_share:.2f} outside {CROSS_SHARE_RANGE}")
    if not UNMET_RANGE[0] <= stats["needs met by no one"] <= UNMET_RANGE[1]:
        problems.append(f"{stats['needs met by no one']} unmet needs, want {UNMET_RANGE}")
    met_sizes = [len(qualified(n, s, smes)) for s in smes for n in s.needs if n.unmet is None]
    if sum(1 <= size <= 3 for size in met_sizes) < 0.6 * len(met_sizes):
        problems.append("fewer than 60 % of met needs have 1-3 suppliers")
    return problems


# ------------------------------------------------------------------ counts


def counts(smes: list[Sme]) -> dict[str, int]:
    by_id = {s.id: s for s in smes}
    links = true_links(smes)
    needs = [(s, n) for s in smes for n in s.needs]
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    stats: dict[str, int] = {
        "profiles": len(smes),
        "Thai profiles": sum(s.language == "th" for s in smes),
        "English profiles": sum(s.language == "en" for s in smes),
    }
    for sub in SubCluster:
        stats[f"sub-cluster {sub.value}"] = sum(s.sub_cluster == sub.value for s in smes)
    for stage in Stage:
        stats[f"stage {stage.value}"] = sum(s.stage == stage.value for s in smes)
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    for region in sorted(regions):
        stats[f"region {region}"] = regions[region]
    stats["distinct provinces"] = len({resolve_province(s.province).name_en for s in smes})  # type: ignore[union-attr]
    stats["offers"] = sum(len(s.offers) for s in smes)
    stats["distinct offer labels"] = len({label for s in smes for _, label in s.offers})
    stats["needs"] = len(needs)
    stats["needs met"] = sum(n.unmet is None for _, n in needs)
    stats["needs met by no one"] = sum(n.unmet is not None for _, n in needs)
    stats["needs requiring a certification"] = sum(bool(n.certs) for _, n in needs)
    stats["needs waiving a certification"] = sum(bool(n.waive) for _, n in needs)
    stats["true links"] = len(links)
    stats["links Thai supplier -> English buyer"] = th_en
    stats["links English supplier -> Thai buyer"] = en_th
    stats["cross-language links"] = th_en + en_th
    stats["within-language links"] = len(links) - th_en - en_th
    stats["links between different sub-clusters"] = sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)
    return stats


def counts_table(stats: dict[str, int]) -> str:
    rows = ["| count | value |", "|---|---|"]
    for key, value in stats.items():
        shown = str(value)
        if key == "cross-language links":
            shown += f" ({100 * value / max(1, stats['true links']):.0f} %)"
        rows.append(f"| {key} | {shown} |")
    return "\n".join(rows)


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": f"{s.id.replace('-', '')}@{'example.co.th' if s.language == 'th' else 'example.com'}",
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    return "".join(["supplier_id,buyer_id\n", *(f"{a},{b}\n" for a, b in links)])


README = """# blind_plain_herbal: herbal textiles, plain registry wording

A hand-labelled evaluation set for the partner matcher. It checks whether the matcher finds the true
supplier-buyer pairs among {profiles} SME profiles written as plain registry entries (one short phrase per
offer or need) on one theme: herbal textiles. That is herbal compress balls (luk pra kob), herbal pillows
and eye masks, herb-dyed and herb-infused cloth, dried plai, turmeric and lemongrass, cotton cloth and
gauze for wrapping, and the spas, clinics, hospitals, care homes and souvenir shops that buy them, plus the
ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

The wording is new: local and regional names (ปูเลย for plai in the north, ห้อม and คราม for indigo,
หมิ้น and ไคร in the south, ผ้าขะม้า), trade words (CMT, loom-state, calico, Ne 20/1), with and without
quantities, prices, sizes and places, in Thai (about 55 %) and English. Needs are worded differently from
the offers that meet them and about half of the true links cross languages. Hard cases: a service versus
the goods it works on (dyeing the customer's cloth versus dyed cloth; sewing for others versus finished
garments; wrapping the customer's herbs versus compress balls), waste and used goods versus new, raw versus
processed (fresh versus dried plai, seed cotton versus ginned lint, fibre versus yarn versus cloth),
finished goods described by their material, colour or technique (an indigo cotton tote is a bag),
needs written as a wish, a bare noun phrase or a question, refusals ("no synthetic dye",
"ไม่เอาใยสังเคราะห์"), needs that require a named certification and needs that name one only to waive it,
and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the links
CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the ruff settings. The writer did not see
the matcher, the glossary, the tests, the other evaluation sets or the project data.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `fresh_plai_rhizome` versus `dried_plai`).
Every need lists the offer labels that would meet it and the certifications its text requires, or is
marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the
supplier carries a label listed by one of the buyer's needs and the supplier's certifications (resolved
with `resolve_certification`) hold every certification that need requires. A certification the need names
only to waive it ("ไม่จำเป็นต้องมี อย.", "no OEKO-TEX needed") is not required. An SME is never linked to
itself. Shared words play no part; quantities, prices and places never decide a link. The labels live
only in `write.py`; the profiles carry none.

Before writing, the script checks that ids are unique and well formed, every contract field is valid,
every province resolves with `resolve_province` and every certification with `resolve_certification`,
every label a need lists is offered by someone other than the buyer, every met need has a qualified
supplier and every unmet one has none, a required certification is what `find_certifications` reads in
the need's text and a waived one is named there but not read as required, Thai phrases are mostly Thai
letters and English ones Latin only, no phrase is used twice, and the size targets hold. It writes nothing
if a check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_herbal/write.py

## Files

- `write.py`: all data, labels, checks and the writer.
- `profiles.jsonl`: the {profiles} profiles, ids `bhr-001` to `bhr-{last}`, contract format, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file (written by `write.py`).

## Counts

{table}
"""


def main() -> int:
    smes = SMES
    problems = check(smes)
    if problems:
        for problem in problems:
            print(f"problem: {problem}", file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    stats = counts(smes)
    table = counts_table(stats)
    profiles = "".join(profile_json(s) + "\n" for s in smes)
    readme = README.format(profiles=len(smes), last=f"{len(smes):03d}", table=table)
    for name, text in (
        ("profiles.jsonl", profiles),
        ("links.csv", links_csv(true_links(smes))),
        ("README.md", readme),
    ):
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
