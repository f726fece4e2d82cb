"""Write the hand-labelled evaluation set `eval/blind_plain_stage/`.

Theme: stage, dance and performance (khon, likay, mor lam, luk thung, costume hire, theatre drapery,
dance shoes, cosplay, film wardrobe, puppet theatre, sequin and gold-thread work) plus the ordinary
silk, cotton, yarn, cloth, dyeing and sewing suppliers of the cluster.

Every profile below was written by hand. Each offer carries a label saying what the thing is; each need
lists the offer labels that would meet it and the certifications its text requires, or is marked as met
by no one. The true links follow from those labels alone (see README.md). Labels never leave this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_stage/write.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import NamedTuple

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

ID_PREFIX = "bdn"
N_PROFILES = 95

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


class Offer(NamedTuple):
    text: str
    label: str


class Need(NamedTuple):
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # a short note when the need is met by no one in the set


class Sme(NamedTuple):
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def give(text: str, label: str) -> Offer:
    return Offer(text, label)


def want(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet_want(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` only when someone offers the thing but lacks `req`."""
    return Need(text, labels, req, waive, unmet=note)


# ---------------------------------------------------------------------------------------------- labels
# What each offer label means. A need lists the labels that would meet it.

LABELS: dict[str, str] = {
    # upstream
    "hand_reeled_silk_yarn": "hand-reeled Thai silk yarn from native cocoons (mai noi, mai luep)",
    "machine_reeled_silk_yarn": "machine-reeled silk yarn from hybrid cocoons",
    "handspun_cotton_yarn": "hand-spun cotton yarn",
    "cotton_yarn_spun": "machine-spun virgin cotton yarn for weaving or knitting",
    "recycled_cotton_yarn": "cotton yarn spun from recycled cotton waste",
    "sewing_thread": "sewing thread on spools or cones",
    "metallic_weaving_yarn": "metallic yarn for weaving brocade: gold-wrapped yarn, zari, lurex",
    "embroidery_dinh": "metal purl and metallic thread for goldwork embroidery (dinh)",
    "hemp_yarn": "hemp yarn",
    "hemp_fibre": "raw or degummed hemp fibre, not yet spun",
    "indigo_dye": "natural indigo paste or indigo plants (khram, hom)",
    "natural_dye_material": "other natural dyestuff: lac, barks, wood, fruit, extracts",
    "gold_leaf": "genuine gold leaf",
    "imitation_gold_leaf": "imitation (brass or foil) gold leaf",
    "wig_hair_fibre": "synthetic or human hair fibre in bulk for wig making",
    "synthetic_offcuts": "cutting-room scraps of synthetic cloth, sorted (waste)",
    "cotton_offcuts": "cutting-room scraps of cotton cloth (waste)",
    "decorative_offcuts": "remnants of brocade, satin and lame from costume workshops (waste)",
    "used_costumes": "second-hand stage costumes as goods",
    "recycled_polyester_yarn": "recycled polyester yarn or filament",
    "recycled_fill_fibre": "recycled shredded fibre used as fill or padding",
    # midstream
    "thai_silk_fabric": "plain or jacquard Thai silk cloth by the length",
    "mudmee_silk_fabric": "ikat (mudmee, hol) Thai silk cloth by the length",
    "gold_brocade_fabric": "brocade cloth woven with metallic supplementary weft (pha yok)",
    "metallic_lame_fabric": "lame and foil-faced metallic cloth",
    "sequin_fabric": "cloth already covered all over with sequins, by the metre",
    "satin_fabric": "satin cloth (pha tuan)",
    "velvet_fabric": "velvet cloth, not flame-retardant",
    "fr_drapery_fabric": "flame-retardant drapery cloth by the metre",
    "greige_cotton_fabric": "unbleached cotton cloth: calico, muslin, pha dib",
    "cotton_canvas": "heavy cotton canvas or duck",
    "handwoven_cotton_fabric": "hand-woven cotton cloth, undyed or yarn-dyed, not indigo",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with natural indigo",
    "hemp_fabric": "hemp cloth",
    "stretch_fabric": "plain knitted stretch cloth: spandex, lycra, power mesh",
    "printed_stretch_fabric": "stretch cloth printed to the customer's design",
    "tulle_net": "tulle, net and organza",
    "decorative_trim": "braid, lace, fringe, ribbon trims",
    "sequins_loose": "new loose sequins and paillettes",
    "reclaimed_sequins": "used sequins and beads recovered from old costumes",
    "rhinestones_jewels": "rhinestones, crystals, glass and acrylic jewels",
    "seed_beads": "glass seed beads",
    "mirror_glass_pieces": "cut mirror glass (kradad) and beetle wings for khon work",
    "fabric_dyeing_service": "commission dyeing of the customer's cloth or yarn with synthetic dyes",
    "natural_dyeing_service": "commission dyeing of the customer's cloth or yarn with natural dyes",
    "embroidery_service": "embroidery and beadwork done on the customer's garments or cloth",
    "embroidered_costume_parts": "ready-made embroidered costume parts: collars, epaulettes, front panels",
    "cmt_sewing_service": "cut-make-trim sewing of the customer's fabric",
    "fabric_printing_service": "printing on the customer's fabric",
    "costume_repair_service": "repair and restoration of the customer's costumes",
    # downstream
    "khon_mask": "khon masks made for performance",
    "souvenir_khon_mask": "decorative and souvenir khon masks",
    "thai_headdress": "Thai classical headdresses: chada, mongkut, rat klao",
    "thai_dance_ornaments": "metal costume jewellery for Thai dance: belts, armlets, chest pendants",
    "fon_fingernails": "long metal fingernails for the northern fon lep dance",
    "yuen_khrueang_costume": "full classical khon and lakhon costume sets (yuen khrueang), finished",
    "simple_dance_costume": "simple Thai dance costumes for schools and shows (ram, rabam, ram wong)",
    "northern_folk_costume": "northern fon costumes, finished",
    "isan_folk_costume": "Isan folk dance costumes (soeng, phu thai), finished",
    "dance_props": "dance props and accessories: baskets, fans, hair flowers",
    "nora_costume": "southern nora (manora) beaded costumes, finished",
    "likay_costume": "likay costumes, finished",
    "hang_khrueang_outfit": "stage outfits for hang khrueang backing dancers of mor lam and luk thung shows",
    "singer_stage_suit": "sequin jackets and stage suits for luk thung and mor lam singers",
    "costume_hire": "general show costume rental: Thai dance, fancy dress, mor lam",
    "nora_costume_hire": "rental of nora costumes",
    "likay_costume_hire": "rental of likay costumes",
    "lanna_costume_hire": "rental of northern Thai costumes for photos and events",
    "stage_curtains": "made-up stage curtains and drapery, with or without installation",
    "dance_shoes": "dance shoes: ballet, pointe, jazz, ballroom, character",
    "dancewear": "leotards, tights, ballet skirts and practice wear",
    "cheer_uniform": "cheerleading, drum major and marching band uniforms",
    "kids_performance_costume": "children's show costumes: animals, fairies, flowers",
    "cosplay_costume": "cosplay costumes and props",
    "stage_wigs_hairpieces": "hair buns, hairpieces and wigs for dancers",
    "likay_wig": "tall likay wigs",
    "cosplay_wig": "styled cosplay wigs",
    "puppet_costume": "miniature costumes for puppets",
    "mudmee_sin_skirt": "finished ikat (mudmee) tube skirts",
    "yok_sin_skirt": "finished brocade (yok dok) tube skirts",
    "sabai_shawl": "finished sabai shawls and breast cloths",
    "upcycled_bags": "bags and pouches made from used or waste textiles",
    "film_wardrobe_service": "costume design and wardrobe styling for productions",
    "fabric_bags": "new bags and pouches sewn from cloth",
    "used_drapery": "used stage curtains and drapes as goods",
    "printed_cotton_fabric": "cotton cloth printed with synthetic dyes, including indigo-look prints",
    "thai_dance_lessons": "Thai classical and folk dance teaching",
    "ballet_lessons": "ballet and contemporary dance classes",
}

# ---------------------------------------------------------------------------------------------- profiles

SMES: list[Sme] = []


def add(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    offers: list[Offer],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> None:
    SMES.append(Sme(num, language, name, sub_cluster, stage, province, tuple(offers), tuple(needs), certs, bcg))


# ---- 001-015: fibre, yarn, dyestuff, waste and second-hand goods

add(
    1,
    "th",
    "วิสาหกิจชุมชนหม่อนไหมบ้านโนนสำราญ",
    HEMP,
    UP,
    "Surin",
    [
        give("เส้นไหมน้อย สาวมือ ไหมพันธุ์พื้นบ้านสีเหลือง", "hand_reeled_silk_yarn"),
        give("ไหมเปลือก ไหมลืบ กิโลละ 900 บาท", "hand_reeled_silk_yarn"),
    ],
    [want("ครั่งดิบ สำหรับย้อมไหมสีแดง", "natural_dye_material")],
    bcg=("bio",),
)
add(
    2,
    "en",
    "Doi Saket Cotton Spinners Group",
    HEMP,
    UP,
    "Chiang Mai",
    [give("Hand-spun cotton yarn, natural white and khaki-brown, 1 kg skeins", "handspun_cotton_yarn")],
    [
        unmet_want(
            "Raw seed cotton, Organic Thailand certified, 500 kg per season",
            "no one in the set grows or sells raw cotton",
            req=("Organic Thailand",),
        )
    ],
    certs=("Organic Thailand",),
    bcg=("bio",),
)
add(
    3,
    "th",
    "กลุ่มผ้าใยกัญชงม้ง บ้านเขาค้อ",
    HEMP,
    UP,
    "Phetchabun",
    [
        give("เส้นใยกัญชงปั่นมือ ต่อเส้นแบบม้ง", "hemp_yarn"),
        give("ผ้ากัญชงทอกี่เอว หน้ากว้าง 35 ซม.", "hemp_fabric"),
        give("เปลือกกัญชงลอกตากแห้ง ยังไม่ได้ต่อเส้น", "hemp_fibre"),
    ],
    [want("ครามเปียก สำหรับย้อมผ้าเขียนเทียน", "indigo_dye")],
    bcg=("bio",),
)
add(
    4,
    "th",
    "วิสาหกิจชุมชนครามบ้านนาเลา",
    HEMP,
    UP,
    "Sakon Nakhon",
    [give("เนื้อครามหมักเอง กก.ละ 250 บาท", "indigo_dye"), give("ฝ้ายเข็นมือ สีขาวธรรมชาติ เป็นใจ", "handspun_cotton_yarn")],
    [want("ด้ายฝ้ายโรงงาน No.20/2 สำหรับเส้นยืน", "cotton_yarn_spun", "recycled_cotton_yarn")],
    certs=("OTOP",),
    bcg=("bio",),
)
add(
    5,
    "en",
    "Lanna Zari Thread Works",
    HEMP,
    UP,
    "Lamphun",
    [
        give("Real-gold wrapped yarn for brocade looms, 25 g spools", "metallic_weaving_yarn"),
        give("Lurex yarn, gold and silver, 1/69 cones", "metallic_weaving_yarn"),
    ],
    [want("Even filament silk from a reeling mill, as core for wrapping", "machine_reeled_silk_yarn")],
)
add(
    6,
    "th",
    "ร้านรับซื้อเศษผ้ามหาชัยรีไซเคิล",
    CIRC,
    UP,
    "Samut Sakhon",
    [give("เศษผ้าคัดแยกสี ผ้ายืด ผ้าซาติน ขายเป็นตัน", "synthetic_offcuts")],
    [want("รับซื้อเศษผ้าโรงงานเย็บ ทุกชนิด ไปรับถึงที่", "cotton_offcuts", "decorative_offcuts")],
    bcg=("circular",),
)
add(
    7,
    "en",
    "Second Act Costume Exchange",
    CIRC,
    UP,
    "Bangkok",
    [give("Pre-loved stage costumes, mixed styles, 80 baht per kilo", "used_costumes")],
    [want("Retired outfits from troupes, rental shops and schools, any condition", "used_costumes")],
    bcg=("circular",),
)
add(
    8,
    "en",
    "EcoLoop Fibre Recovery",
    CIRC,
    UP,
    "Chonburi",
    [
        give("rPET yarn 150D/48F from bottles, GRS", "recycled_polyester_yarn"),
        give("Shredded textile fill for padding, 20 kg bales", "recycled_fill_fibre"),
    ],
    [want("Post-industrial polyester cut waste, sorted by colour, min. 1 tonne", "synthetic_offcuts")],
    certs=("GRS",),
    bcg=("circular",),
)
add(
    9,
    "th",
    "โรงสาวไหมชนบทพัฒนา",
    HEMP,
    UP,
    "Khon Kaen",
    [give("ไหมสาวเครื่อง พันธุ์ลูกผสม 20/22 ดีเนียร์", "machine_reeled_silk_yarn")],
    [unmet_want("รังไหมสดพันธุ์ลูกผสม ส่งได้ทุกรุ่น", "no one in the set sells cocoons")],
)
add(
    10,
    "th",
    "ร้านด้ายสมใจ กาดหลวง",
    ALC,
    UP,
    "Chiang Mai",
    [
        give("ฝ้ายเบอร์ 20 เบอร์ 32 สำหรับทอและถัก", "cotton_yarn_spun"),
        give("ด้ายเย็บผ้าหลอดใหญ่ ยกโหล", "sewing_thread"),
        give("ดิ้นปักผ้า สีทอง สีเงิน ม้วนละ 35 บาท", "embroidery_dinh"),
    ],
    [want("ด้ายรีไซเคิลจากขวดพลาสติก ราคาส่ง", "recycled_polyester_yarn")],
)
add(
    11,
    "en",
    "Siam Hair Fibre Supply",
    ALC,
    UP,
    "Bangkok",
    [
        give("Heat-resistant synthetic hair fibre, jet black, 100 g hanks", "wig_hair_fibre"),
        give("Bulk human hair, 50-60 cm, unprocessed", "wig_hair_fibre"),
    ],
    [],
)
add(
    12,
    "th",
    "กลุ่มผู้สูงอายุเลี้ยงไหม บ้านหนองแวง",
    ALI,
    UP,
    "Roi Et",
    [give("ไหมน้อยฟอกแล้ว เป็นเข็ด พร้อมทอ", "hand_reeled_silk_yarn")],
    [want("อยากได้สีย้อมจากธรรมชาติ เช่น ประโหด มะเกลือ", "natural_dye_material")],
    certs=("OTOP",),
    bcg=("bio",),
)
add(
    13,
    "en",
    "Eastern Natural Colours",
    HEMP,
    UP,
    "Chanthaburi",
    [give("Natural dye extract powders: lac, jackfruit wood, mangosteen peel", "natural_dye_material")],
    [unmet_want("Food-grade alum mordant, 25 kg bags", "no one in the set sells mordants")],
    bcg=("bio", "green"),
)
add(
    14,
    "th",
    "ร้านทองคำเปลว เสาชิงช้า",
    ALC,
    UP,
    "Bangkok",
    [
        give("ทองคำเปลวแท้ 96.5% ปึกละ 100 แผ่น", "gold_leaf"),
        give("ทองเปลวเทียม (ทองวิทยาศาสตร์) ราคาถูก", "imitation_gold_leaf"),
    ],
    [],
)
add(
    15,
    "th",
    "ศูนย์รับชุดการแสดงเก่า ปากเกร็ด",
    CIRC,
    UP,
    "Nonthaburi",
    [
        give("ชุดรำ ชุดละครมือสอง คัดแล้ว ซักแล้ว", "used_costumes"),
        give("เลื่อมและลูกปัดแกะจากชุดเก่า ล้างสะอาด", "reclaimed_sequins"),
    ],
    [want("ช่างซ่อมชุดก่อนนำไปขายต่อ", "costume_repair_service")],
    bcg=("circular",),
)

# ---- 016-045: weaving, cloth, trims, dyeing, embroidery, sewing

add(
    16,
    "th",
    "กลุ่มทอผ้าไหมยกทอง บ้านสวาย",
    HEMP,
    MID,
    "Surin",
    [
        give("ผ้าไหมยกทอง ลายราชสำนัก สั่งทอตามแบบ", "gold_brocade_fabric"),
        give("ผ้าไหมพื้นหางกระรอก สีทองอ่อน", "thai_silk_fabric"),
    ],
    [want("ดิ้นทองแท้สำหรับยกดอก", "metallic_weaving_yarn"), want("ไหมเส้นยืนจากโรงงาน", "machine_reeled_silk_yarn")],
    certs=("Thai Silk Peacock Emblem", "OTOP"),
    bcg=("bio",),
)
add(
    17,
    "en",
    "Muang Nakhon Pha Yok Weavers",
    HEMP,
    MID,
    "Nakhon Si Thammarat",
    [give("Pha yok Nakhon brocade with gold weft, 1 x 2 m pieces", "gold_brocade_fabric")],
    [
        want("Gold zari thread, Indian type, 2-ply", "metallic_weaving_yarn"),
        want("Fine cotton 60/2 for warping, on cones", "cotton_yarn_spun"),
    ],
    certs=("OTOP",),
)
add(
    18,
    "th",
    "ผ้ายกดอกลำพูน คุ้มเจ้า",
    HEMP,
    MID,
    "Lamphun",
    [give("ผ้าไหมยกดอกลำพูน ลายพิกุลเงิน", "gold_brocade_fabric"), give("ผ้าซิ่นไหมยกดอก สำเร็จรูปพร้อมนุ่ง", "yok_sin_skirt")],
    [want("ไหมทองญี่ปุ่น สำหรับทอยก", "metallic_weaving_yarn")],
    certs=("Thai Silk Peacock Emblem",),
)
add(
    19,
    "en",
    "Chonnabot Mudmee Silk House",
    ALI,
    MID,
    "Khon Kaen",
    [
        give("Mudmee silk by the metre, natural-dyed, 100 cm wide", "mudmee_silk_fabric"),
        give("Hand-woven silk sabai shawls, 30 x 200 cm", "sabai_shawl"),
    ],
    [want("Hand-reeled yellow silk yarn from native cocoons", "hand_reeled_silk_yarn")],
    certs=("OTOP",),
    bcg=("bio",),
)
add(
    20,
    "th",
    "ร้านหม้อห้อมแม่ทุ่ง",
    HEMP,
    MID,
    "Phrae",
    [
        give("ผ้าหม้อห้อมย้อมห้อมแท้ เมตรละ 120 บาท", "indigo_dyed_cotton_fabric"),
        give("รับย้อมห้อม ผ้าของลูกค้า ขั้นต่ำ 20 เมตร", "natural_dyeing_service"),
    ],
    [want("ผ้าดิบ ผ้าฝ้ายขาวยังไม่ฟอก เป็นม้วน", "greige_cotton_fabric"), want("ต้นห้อม ห้อมเปียก", "indigo_dye")],
    bcg=("bio", "green"),
)
add(
    21,
    "en",
    "Indigo Isan Studio",
    HEMP,
    MID,
    "Sakon Nakhon",
    [give("Hand-woven cotton dyed in natural indigo, 90 cm", "indigo_dyed_cotton_fabric")],
    [want("Ecru homespun thread for weaving, undyed", "handspun_cotton_yarn")],
    bcg=("bio",),
)
add(
    22,
    "th",
    "ห้างผ้าศรีทอง พาหุรัด",
    ALC,
    MID,
    "Bangkok",
    [
        give("ผ้าต่วนมัน หน้า 60 นิ้ว สีสด", "satin_fabric"),
        give("ผ้าลาเม่ ผ้าเงิน ผ้าทอง พับละ 50 หลา", "metallic_lame_fabric"),
        give("ผ้าเลื่อมทั้งผืน ขายเป็นหลา", "sequin_fabric"),
    ],
    [want("ผ้าไหมไทยแท้ ต้องมีตรานกยูงพระราชทาน ราคาส่ง", "thai_silk_fabric", req=("Thai Silk Peacock Emblem",))],
)
add(
    23,
    "en",
    "Sampeng Sparkle Supplies",
    SPORT,
    MID,
    "Bangkok",
    [
        give("Cup sequins 5 mm and 8 mm, per kilo", "sequins_loose"),
        give("Hotfix rhinestones, acrylic jewels, glass pearls", "rhinestones_jewels"),
        give("Metallic braid, fringe and lace by the roll", "decorative_trim"),
    ],
    [],
)
add(
    24,
    "th",
    "ร้านลูกปัดเลื่อม ตลาดบางใหญ่",
    ALC,
    MID,
    "Nonthaburi",
    [
        give("เลื่อมเงา เลื่อมรุ้ง ขายเป็นขีด", "sequins_loose"),
        give("ลูกปัดเม็ดทราย ลูกปัดแก้ว ขายเป็นหลอด", "seed_beads"),
        give("กระจกเกรียบ ปีกแมลงทับ ติดเครื่องโขน", "mirror_glass_pieces"),
    ],
    [want("ลูกปัดรีไซเคิล ใช้แล้ว ราคาถูก", "reclaimed_sequins")],
)
add(
    25,
    "en",
    "Siam StageTex",
    SPORT,
    MID,
    "Samut Prakan",
    [
        give("Inherently flame-retardant polyester velour, 300 cm, stock in Bang Phli", "fr_drapery_fabric"),
        give("FR blackout cloth for masking and borders", "fr_drapery_fabric"),
    ],
    [want("Recycled polyester filament, must have GRS", "recycled_polyester_yarn", req=("GRS",))],
    certs=("ISO 9001",),
)
add(
    26,
    "th",
    "โรงทอกำมะหยี่ ปทุมเท็กซ์",
    SPORT,
    MID,
    "Pathum Thani",
    [
        give("ผ้าเวลเวท สีแดงเลือดนก สีน้ำเงิน ม้วนละ 50 เมตร", "velvet_fabric"),
        give("กำมะหยี่เคลือบสารหน่วงไฟ สำหรับโรงละคร", "fr_drapery_fabric"),
    ],
    [unmet_want("เครื่องทอขนกำมะหยี่มือสอง", "no one in the set sells looms")],
    certs=("Thai Industrial Standard",),
)
add(
    27,
    "en",
    "StretchLine Knitting",
    SPORT,
    MID,
    "Samut Sakhon",
    [
        give("Nylon and poly spandex, 4-way, shiny or matte, 58 in", "stretch_fabric"),
        give("Power mesh in skin tones", "stretch_fabric"),
    ],
    [want("Commission dyeing of our greige knit rolls", "fabric_dyeing_service")],
    certs=("OEKO-TEX Standard 100",),
)
add(
    28,
    "th",
    "โรงย้อมรับจ้าง โพธาราม",
    CIRC,
    MID,
    "Ratchaburi",
    [
        give("รับย้อมผ้าทอ ผ้ายืด ตามสีที่ลูกค้าต้องการ", "fabric_dyeing_service"),
        give("รับย้อมโพลีเอสเตอร์ เครื่องแรงดันสูง", "fabric_dyeing_service"),
    ],
    [],
    certs=("ISO 14001",),
    bcg=("green",),
)
add(
    29,
    "en",
    "Lanna Natural Dye House",
    HEMP,
    MID,
    "Chiang Mai",
    [give("Natural dyeing of your silk or cotton, minimum 5 kg", "natural_dyeing_service")],
    [want("Lac (krang) and ebony fruit (makluea) as dyestuff", "natural_dye_material")],
    bcg=("bio", "green"),
)
add(
    30,
    "th",
    "ร้านปักดิ้น ศิลป์สยาม บางลำพู",
    ALC,
    MID,
    "Bangkok",
    [
        give("รับปักดิ้น ปักเลื่อม ลายไทย บนผ้าที่ลูกค้าส่งมา", "embroidery_service"),
        give("กรองคอ อินทรธนู ห้อยหน้า ปักสำเร็จ", "embroidered_costume_parts"),
    ],
    [
        want("ดิ้นข้อ ดิ้นโปร่ง ดิ้นมัน สีทอง", "embroidery_dinh"),
        want("เลื่อมทองเบอร์ 4 ขนาดเล็ก", "sequins_loose"),
        want("กำมะหยี่ดำ สำหรับทำพื้นงานปัก", "velvet_fabric"),
    ],
)
add(
    31,
    "en",
    "Salaya Beadwork Atelier",
    ALC,
    MID,
    "Nakhon Pathom",
    [give("Hand beading and sequin work on supplied garments", "embroidery_service")],
    [want("Rocailles 11/0, Czech or Japanese", "seed_beads")],
)
add(
    32,
    "th",
    "กลุ่มแม่บ้านสูงวัยปักเลื่อม วารินชำราบ",
    ALI,
    MID,
    "Ubon Ratchathani",
    [give("รับจ้างปักชุดหางเครื่อง งานมือ ส่งผ้ามาได้เลย", "embroidery_service")],
    [want("เลื่อมสีทอง สีเงิน ราคาถูก ของใช้แล้วก็ได้", "sequins_loose", "reclaimed_sequins")],
)
add(
    33,
    "en",
    "Backstage Cut & Sew",
    ALC,
    MID,
    "Bangkok",
    [
        give("Costume CMT: we sew your fabric to your patterns", "cmt_sewing_service"),
        give("Calico offcuts from toile making, free pickup", "cotton_offcuts"),
    ],
    [want("Unbleached muslin for toiles, 150 cm", "greige_cotton_fabric")],
)
add(
    34,
    "th",
    "โรงงานรับเย็บ ทรัพย์เจริญ",
    ALC,
    MID,
    "Ratchaburi",
    [give("รับตัดเย็บตามแบบ ลูกค้าส่งผ้ามาเอง ขั้นต่ำ 100 ตัว", "cmt_sewing_service")],
    [want("ด้ายโพลี 40/2 สีขาว สีดำ", "sewing_thread")],
)
add(
    35,
    "en",
    "PrintPro Sublimation",
    SPORT,
    MID,
    "Bangkok",
    [
        give("Sublimation printing on your polyester fabric, per metre", "fabric_printing_service"),
        give("Custom printed lycra for dance teams", "printed_stretch_fabric"),
    ],
    [want("White spandex for printing, wholesale", "stretch_fabric")],
)
add(
    36,
    "th",
    "ช่างซ่อมเครื่องโขน วัดระฆัง",
    CIRC,
    MID,
    "Bangkok",
    [give("ซ่อมแซมบูรณะชุดโขนเก่า เปลี่ยนดิ้นใหม่", "costume_repair_service")],
    [want("ดิ้นแบนสีเงิน สำหรับซ่อมลายเดิม", "embroidery_dinh")],
)
add(
    37,
    "en",
    "Phahurat Silk & Satin Trading",
    ALC,
    MID,
    "Bangkok",
    [
        give("Duchess satin and charmeuse, 45 colours", "satin_fabric"),
        give("Tulle and organza for tutus", "tulle_net"),
        give("Gold lace and ric-rac", "decorative_trim"),
    ],
    [],
)
add(
    38,
    "th",
    "ผ้าฝ้ายทอมือ นาข่า",
    HEMP,
    MID,
    "Udon Thani",
    [give("ผ้าฝ้ายทอมือ ลายขิด หมี่ขัน เป็นเมตร", "handwoven_cotton_fabric"), give("ผ้าซิ่นฝ้ายมัดหมี่ สำเร็จรูป", "mudmee_sin_skirt")],
    [want("ด้ายฝ้ายปั่นมือ สีตุ่น", "handspun_cotton_yarn")],
    certs=("OTOP",),
)
add(
    39,
    "en",
    "Mae Chan Handloom",
    HEMP,
    MID,
    "Chiang Rai",
    [
        give("Handloom cotton in tribal stripes, 50 cm", "handwoven_cotton_fabric"),
        give("Hemp-cotton blend cloth", "hemp_fabric"),
    ],
    [
        want("Certified organic (GOTS) weaving thread, count 20", "cotton_yarn_spun", req=("GOTS",)),
        want("Raw hemp bast for hand spinning", "hemp_fibre"),
    ],
)
add(
    40,
    "th",
    "ร้านผ้าโปร่ง สำเพ็ง",
    SPORT,
    MID,
    "Bangkok",
    [give("ผ้าตาข่ายแข็ง ทำกระโปรงบาน ผ้าแก้วเนื้อใส", "tulle_net"), give("ลูกไม้ ริบบิ้น ขลิบทอง", "decorative_trim")],
    [],
)
add(
    41,
    "en",
    "Greige Mill Outlet",
    HEMP,
    MID,
    "Bangkok",
    [
        give("100% cotton sheeting in loom state, 60 in, THB 38 a yard", "greige_cotton_fabric"),
        give("Cotton duck 12 oz, 3 m wide, for backdrops", "cotton_canvas"),
    ],
    [],
)
add(
    42,
    "en",
    "Korat Organic Spinning",
    HEMP,
    UP,
    "Nakhon Ratchasima",
    [
        give("GOTS organic cotton yarn Ne 30/1 combed", "cotton_yarn_spun"),
        give("Recycled cotton yarn from cutting waste", "recycled_cotton_yarn"),
    ],
    [want("Cotton cutting waste in light shades, for re-spinning", "cotton_offcuts")],
    certs=("GOTS", "OEKO-TEX Standard 100"),
    bcg=("circular",),
)
add(
    43,
    "th",
    "โรงพิมพ์ผ้า ศรีราชาสกรีน",
    SPORT,
    MID,
    "Chonburi",
    [
        give("รับสกรีนและพิมพ์ดิจิทัลบนผ้าของลูกค้า", "fabric_printing_service"),
        give("ผ้าฝ้ายพิมพ์ลายหม้อห้อม สีรีแอคทีฟ", "printed_cotton_fabric"),
    ],
    [want("ผ้ายืดโพลีเอสเตอร์สีขาว สำหรับพิมพ์ซับลิเมชั่น", "stretch_fabric")],
)
add(
    44,
    "en",
    "Pak Thong Chai Silk Mill",
    ALI,
    MID,
    "Nakhon Ratchasima",
    [
        give("Thai silk yardage, 40 shades, jacquard and plain", "thai_silk_fabric"),
        give("Gold-weft silk brocade for dance costumes", "gold_brocade_fabric"),
    ],
    [want("Mulberry silk warp yarn, 2-ply", "machine_reeled_silk_yarn")],
    certs=("Thai Silk Peacock Emblem",),
)
add(
    45,
    "th",
    "โรงงานผลิตเลื่อม ชะอำ",
    SPORT,
    MID,
    "Phetchaburi",
    [give("ผลิตเลื่อมพลาสติก สั่งสีได้ ขั้นต่ำ 5 กก.", "sequins_loose")],
    [unmet_want("ฟิล์มเมทัลไลซ์ สำหรับตัดเลื่อม", "no one in the set sells film for sequins")],
)

# ---- 046-070: masks, headdresses, classical, folk, likay, mor lam and luk thung costumes; hire; drapery

add(
    46,
    "th",
    "ร้านหัวโขน บ้านช่างศิลป์ บางลำพู",
    ALC,
    DOWN,
    "Bangkok",
    [give("หัวโขนทศกัณฐ์ หนุมาน พระราม ปิดทองประดับกระจก", "khon_mask"), give("ชฎา มงกุฎ รัดเกล้ายอด", "thai_headdress")],
    [
        want("ทองคำแท้ตีเป็นแผ่นบาง สำหรับปิดงานศิลป์", "gold_leaf"),
        want("กระจกสีตัดชิ้น สำหรับประดับยอดชฎา", "mirror_glass_pieces"),
        unmet_want("กระดาษข่อยสำหรับปั้นหัวโขน", "no one in the set sells khoi paper"),
    ],
)
add(
    47,
    "en",
    "Ayutthaya Mask & Crown",
    ALC,
    DOWN,
    "Phra Nakhon Si Ayutthaya",
    [
        give("Souvenir khon masks, half size, gift boxed", "souvenir_khon_mask"),
        give("Lightweight chada crowns for dancers", "thai_headdress"),
    ],
    [
        want("Cheap brass-foil gilding sheets for souvenirs", "imitation_gold_leaf"),
        want("Crystals and paste stones for crowns", "rhinestones_jewels"),
    ],
)
add(
    48,
    "th",
    "ห้องเสื้อนาฏศิลป์ เรือนไทย",
    ALC,
    DOWN,
    "Bangkok",
    [
        give("ชุดยืนเครื่องพระ-นาง ตัดตามขนาดตัว", "yuen_khrueang_costume"),
        give("เศษผ้ายก เศษผ้าต่วน จากห้องตัด ขายเหมา", "decorative_offcuts"),
    ],
    [
        want("ผ้าทอยกดิ้นเนื้อไหม ลายกนก ต้องมีตรานกยูงพระราชทาน", "gold_brocade_fabric", req=("Thai Silk Peacock Emblem",)),
        want("ผ้าซาตินเงา สำหรับทำผ้านุ่ง", "satin_fabric"),
        want("ช่างปักรับงานเหมา ปักเสื้อพระ-นาง", "embroidery_service"),
    ],
)
add(
    49,
    "en",
    "Rattanakosin Dance Costumes",
    ALC,
    DOWN,
    "Bangkok",
    [
        give("Khon and lakhon costumes, complete yuen khrueang sets", "yuen_khrueang_costume"),
        give("Gold-plated chest pendants, armlets and belts", "thai_dance_ornaments"),
    ],
    [want("Ready-made krong kho collars and epaulettes", "embroidered_costume_parts")],
)
add(
    50,
    "th",
    "ร้านเครื่องประดับนาฏศิลป์ เสาชิงช้า",
    ALC,
    DOWN,
    "Bangkok",
    [
        give("ทับทรวง สังวาล ปั้นเหน่ง กำไลข้อเท้า ชุบทอง", "thai_dance_ornaments"),
        give("เล็บฟ้อนทองเหลือง ชุดละ 8 เล็บ", "fon_fingernails"),
    ],
    [want("พลอยแก้ว เพชรซีก สำหรับฝังเครื่องประดับ", "rhinestones_jewels")],
)
add(
    51,
    "th",
    "ศูนย์วัฒนธรรมขันโตก ช้างเผือก",
    ALC,
    DOWN,
    "Chiang Mai",
    [],
    [
        want("ชุดฟ้อนเล็บ ชุดฟ้อนเทียน 30 ชุด", "northern_folk_costume"),
        want("ปลอกนิ้วยาวสำหรับนางรำ", "fon_fingernails"),
        want("ผ้านุ่งมัดหมี่ สำหรับนักแสดง", "mudmee_sin_skirt"),
    ],
)
add(
    52,
    "en",
    "Nimman Folk Costume Studio",
    ALC,
    DOWN,
    "Chiang Mai",
    [
        give("Northern fon costumes with tin jok skirt and hair flowers", "northern_folk_costume"),
        give("Isan soeng outfits, made to order", "isan_folk_costume"),
    ],
    [
        want("Handwoven cotton with supplementary-weft borders", "handwoven_cotton_fabric"),
        want(
            "Silk breast cloths in pastel colours, no need for Peacock Emblem",
            "sabai_shawl",
            waive=("Thai Silk Peacock Emblem",),
        ),
        want("Someone to vat-dye our own cotton lengths in indigo", "natural_dyeing_service"),
    ],
)
add(
    53,
    "th",
    "ร้านชุดเซิ้ง แพรวากาฬสินธุ์",
    ALI,
    DOWN,
    "Kalasin",
    [give("ชุดเซิ้งกระติ๊บ ชุดฟ้อนภูไท สำเร็จรูป", "isan_folk_costume"), give("ผ้าแพรวาทอมือ ใช้ห่มเฉียง", "sabai_shawl")],
    [want("ไหมพุ่ง ไหมพื้นเมือง", "hand_reeled_silk_yarn")],
    certs=("OTOP",),
)
add(
    54,
    "en",
    "Nora Heritage Costumes",
    ALC,
    DOWN,
    "Songkhla",
    [
        give("Nora costumes with beaded vest, wings and tail", "nora_costume"),
        give("Serd crowns for nora performers", "nora_costume"),
    ],
    [want("Glass beads in red, yellow and green, bulk", "seed_beads")],
)
add(
    55,
    "th",
    "คณะโนราศรีพัทลุง",
    ALC,
    DOWN,
    "Phatthalung",
    [give("ให้เช่าชุดโนราแสดงงานบวช งานวัด", "nora_costume_hire")],
    [want("เครื่องลูกปัดมโนราห์ครบชุด พร้อมเทริด 10 ชุด", "nora_costume")],
)
add(
    56,
    "en",
    "Suphan Likay Troupe",
    ALC,
    DOWN,
    "Suphan Buri",
    [],
    [
        want("Outfits for our likay leading man, heavily jewelled", "likay_costume"),
        want(
            "Re-embellish our old costumes with new stones and sequins", "embroidery_service", "costume_repair_service"
        ),
    ],
)
add(
    57,
    "th",
    "ร้านชุดลิเก ศรีอยุธยา",
    ALC,
    DOWN,
    "Phra Nakhon Si Ayutthaya",
    [
        give("ชุดลิเกพระเอก นางเอก ปักเพชรเต็มตัว", "likay_costume"),
        give("วิกลิเก ทรงสูง", "likay_wig"),
        give("ให้เช่าชุดลิเก รายวัน รายงาน", "likay_costume_hire"),
    ],
    [
        want("ผ้าซีเควนซ์ ขายยกม้วน", "sequin_fabric"),
        want("ผ้าทองเงาวับ สำหรับเสื้อพระเอก", "metallic_lame_fabric"),
        want("คริสตัลแบบรีดติด เกรดสวารอฟสกี้หรือเทียบเท่า", "rhinestones_jewels"),
    ],
)
add(
    58,
    "en",
    "Khon Kaen Mor Lam Troupe",
    ALI,
    DOWN,
    "Khon Kaen",
    [],
    [
        want("Hang khrueang dancer outfits, 24 sets, new design each season", "hang_khrueang_outfit"),
        want("Dancers' wigs and hair pieces", "stage_wigs_hairpieces"),
        want("Backdrop curtain for our truck stage, fire-retardant", "stage_curtains"),
    ],
)
add(
    59,
    "th",
    "ร้านชุดหางเครื่อง วารินแดนซ์",
    ALI,
    DOWN,
    "Ubon Ratchathani",
    [give("ชุดแดนเซอร์หมอลำ ออกแบบใหม่ทุกปี", "hang_khrueang_outfit"), give("เสื้อสูทเลื่อม นักร้องลูกทุ่ง", "singer_stage_suit")],
    [
        want("ผ้ายืดเงา สำหรับบอดี้สูท", "stretch_fabric"),
        unmet_want("ขนนกกระจอกเทศ ขนนกย้อมสี สำหรับประดับหาง", "no one in the set sells feathers"),
    ],
)
add(
    60,
    "en",
    "Luk Thung Stagewear",
    SPORT,
    DOWN,
    "Suphan Buri",
    [give("Sequin jackets and stage suits for country singers", "singer_stage_suit")],
    [
        want("Sequin cloth by the yard, gold and silver", "sequin_fabric"),
        want("Contract sewing with our fabric, 50 pcs a month", "cmt_sewing_service"),
    ],
)
add(
    61,
    "th",
    "ร้านเช่าชุดการแสดง ดาวเรือง",
    CIRC,
    DOWN,
    "Bangkok",
    [
        give("ให้เช่าชุดไทย ชุดรำ ชุดแฟนซี สำหรับงานโรงเรียน", "costume_hire"),
        give("ชุดเช่าปลดระวาง ขายเหมาเป็นกระสอบ", "used_costumes"),
    ],
    [
        want("ชุดนางรำเด็ก ไซซ์ S-M ตัดใหม่", "simple_dance_costume"),
        want("ช่างซ่อมชุดที่ลูกค้าเช่าแล้วชำรุด", "costume_repair_service"),
    ],
    bcg=("circular",),
)
add(
    62,
    "en",
    "Isan Costume Rental",
    CIRC,
    DOWN,
    "Khon Kaen",
    [give("Costume rental: mor lam, soeng and fancy dress, per day", "costume_hire")],
    [want("Off-the-peg soeng and phu thai costumes, OTOP not required", "isan_folk_costume", waive=("OTOP",))],
    bcg=("circular",),
)
add(
    63,
    "th",
    "ร้านเช่าชุดล้านนา เวียงพิงค์",
    CIRC,
    DOWN,
    "Chiang Mai",
    [give("เช่าชุดไทยล้านนา ชุดฟ้อน ถ่ายพรีเวดดิ้ง", "lanna_costume_hire")],
    [unmet_want("ซิ่นตีนจกแม่แจ่ม", "no one in the set sells tin jok skirts")],
    bcg=("circular",),
)
add(
    64,
    "en",
    "Stageline Drapery",
    SPORT,
    DOWN,
    "Bangkok",
    [
        give("Made-to-measure stage curtains, tracks and installation", "stage_curtains"),
        give("Cycloramas and scrims, sewn to size", "stage_curtains"),
    ],
    [
        want("Trevira CS velour, wide width", "fr_drapery_fabric"),
        want("Seamless cotton canvas for cycs", "cotton_canvas"),
    ],
)
add(
    65,
    "th",
    "ม่านเวที สยามม่าน",
    SPORT,
    DOWN,
    "Nonthaburi",
    [give("ม่านเวทีกำมะหยี่ ม่านรูด ม่านบังตา ติดตั้งทั่วประเทศ", "stage_curtains")],
    [
        want("ผ้ากันไฟ มีมาตรฐาน มอก.", "fr_drapery_fabric", req=("Thai Industrial Standard",)),
        want("ผ้าขนนุ่มธรรมดา ทำม่านงานเลี้ยง", "velvet_fabric"),
    ],
)
add(
    66,
    "en",
    "Riverside Playhouse",
    ALC,
    DOWN,
    "Bangkok",
    [give("Old house curtains taken down, two sets, free to collect", "used_drapery")],
    [
        want("Main house curtain replacement, motorised", "stage_curtains"),
        want("Restoration of vintage costumes in our store", "costume_repair_service"),
        unmet_want("Scenic painter for backdrops", "no scenic painting service in the set"),
    ],
)
add(
    67,
    "th",
    "โรงเรียนสอนรำไทย บ้านนาฏยา",
    ALC,
    DOWN,
    "Bangkok",
    [give("สอนรำไทย นาฏศิลป์ เด็กและผู้ใหญ่", "thai_dance_lessons")],
    [want("ชุดนางรำเด็ก 40 ชุด", "simple_dance_costume"), want("ชฎาเด็ก น้ำหนักเบา", "thai_headdress")],
)
add(
    68,
    "en",
    "Bangkok Ballet Academy",
    SPORT,
    DOWN,
    "Bangkok",
    [give("Ballet and contemporary classes, kids and adults", "ballet_lessons")],
    [
        want("Pointe shoes, sizes 34-40", "dance_shoes"),
        want("Bodysuits and pink stockings for the recital", "dancewear"),
    ],
)
add(
    69,
    "th",
    "ร้านรองเท้าเต้นรำ สุขุมวิท",
    SPORT,
    DOWN,
    "Bangkok",
    [give("รองเท้าบัลเลต์ รองเท้าปวงต์ รองเท้าแจ๊ส ตัดตามเท้า", "dance_shoes"), give("รองเท้าลีลาศ ส้นสูง 2.5 นิ้ว", "dance_shoes")],
    [
        want("ผ้าซาตินสีชมพูโอรส สำหรับหุ้มรองเท้าปวงต์", "satin_fabric"),
        unmet_want("หนังกลับ สำหรับพื้นรองเท้า", "no one in the set sells leather"),
    ],
)
add(
    70,
    "en",
    "Pas de Deux Dancewear",
    SPORT,
    DOWN,
    "Bangkok",
    [give("Leotards, tights and ballet wrap skirts, own brand", "dancewear")],
    [
        want("Nylon-lycra tricot, matte, OEKO-TEX certified", "stretch_fabric", req=("OEKO-TEX Standard 100",)),
        want("Sewing contractor for 500 leotards a month", "cmt_sewing_service"),
    ],
)

# ---- 071-095: dancewear, cheer, schools, cosplay, wigs, film, puppets, shows, seniors, bags, shops

add(
    71,
    "th",
    "ร้านชุดเชียร์ ชลบุรีสปอร์ต",
    SPORT,
    DOWN,
    "Chonburi",
    [give("ชุดเชียร์ลีดเดอร์ ชุดดรัมเมเยอร์ ตัดตามสั่ง", "cheer_uniform")],
    [want("ผ้ายืดสี่ทาง สีสด", "stretch_fabric"), want("ขลิบทอง ริบบิ้นดิ้น แต่งชุด", "decorative_trim")],
)
add(
    72,
    "en",
    "Pattaya Sports School Marching Band",
    SPORT,
    DOWN,
    "Chonburi",
    [],
    [
        want("Band and drum major uniforms with plumes, 60 sets", "cheer_uniform"),
        unmet_want("White marching boots, sizes 36-44", "no one in the set makes boots"),
    ],
)
add(
    73,
    "th",
    "โรงเรียนอนุบาลเมืองนครสวรรค์",
    ALC,
    DOWN,
    "Nakhon Sawan",
    [],
    [
        want(
            "ชุดการแสดงเด็ก ชุดสัตว์ ชุดดอกไม้ งานวันแม่ ไม่ต้องมี มอก.",
            "kids_performance_costume",
            waive=("Thai Industrial Standard",),
        ),
        want("เช่าชุดรำ 30 ชุด วันปีใหม่", "costume_hire"),
    ],
)
add(
    74,
    "en",
    "Little Stars Costume Co.",
    ALC,
    DOWN,
    "Nonthaburi",
    [
        give("Children's animal and fairy costumes, sizes 3-10", "kids_performance_costume"),
        give("School concert costumes made to order, min 20", "kids_performance_costume"),
    ],
    [
        want("Polyester fill for plush animal suits", "recycled_fill_fibre"),
        unmet_want(
            "Plain cotton for linings, OEKO-TEX certified",
            "no seller of plain cotton cloth holds OEKO-TEX",
            "greige_cotton_fabric",
            "handwoven_cotton_fabric",
            req=("OEKO-TEX Standard 100",),
        ),
    ],
)
add(
    75,
    "th",
    "ร้านคอสเพลย์ เมคเกอร์",
    ALC,
    DOWN,
    "Bangkok",
    [give("รับตัดชุดคอสเพลย์ตามตัวละคร พร็อพ อาวุธ", "cosplay_costume"), give("วิกคอสเพลย์ จัดทรงให้", "cosplay_wig")],
    [
        unmet_want("หนังเทียม PU สำหรับชุดเกราะ", "no one in the set sells synthetic leather"),
        want("ผ้ายืดเมทัลลิก สีเงินสีทอง", "metallic_lame_fabric"),
    ],
)
add(
    76,
    "en",
    "Cosplay Club Thailand",
    ALC,
    DOWN,
    "Bangkok",
    [],
    [
        want("Anyone making custom anime outfits for our stage contest hosts?", "cosplay_costume"),
        want("Heat-resistant wigs in bright colours", "cosplay_wig"),
    ],
)
add(
    77,
    "th",
    "ร้านวิกผมนางรำ ท่าพระจันทร์",
    ALC,
    DOWN,
    "Bangkok",
    [give("มวยผมนางรำ ช้องผม ผมปลอมติดชฎา", "stage_wigs_hairpieces"), give("วิกละครจักรๆวงศ์ๆ", "stage_wigs_hairpieces")],
    [want("เส้นผม Kanekalon ทนความร้อน ยกกิโล", "wig_hair_fibre")],
)
add(
    78,
    "en",
    "Studio 9 Wardrobe",
    ALC,
    DOWN,
    "Nonthaburi",
    [give("Costume design and wardrobe styling for film and TV", "film_wardrobe_service")],
    [
        want("Period Thai costumes, Ayutthaya era, for a lakorn", "yuen_khrueang_costume"),
        want("Hire likay outfits for a one-day shoot", "likay_costume_hire"),
        unmet_want("Costume breakdown and distressing artist", "no one in the set offers costume distressing"),
    ],
)
add(
    79,
    "th",
    "บริษัท จักรวงศ์ โปรดักชั่น",
    ALC,
    DOWN,
    "Bangkok",
    [],
    [
        want("ชุดละครจักรๆวงศ์ๆ ชุดเจ้าชาย ชุดยักษ์", "yuen_khrueang_costume", "likay_costume"),
        want("ฝ่ายเสื้อผ้าสำหรับละครเรื่องใหม่ ออกแบบและดูแลชุด", "film_wardrobe_service"),
        want("หน้ายักษ์สวมแสดงจริง สำหรับฉากรบ", "khon_mask"),
    ],
)
add(
    80,
    "en",
    "Little Puppet Theatre Bangkok",
    ALC,
    DOWN,
    "Bangkok",
    [],
    [
        want("Miniature khon costumes for 60 cm puppets", "puppet_costume"),
        want("Fabric remnants, brocade or satin, small pieces ok", "decorative_offcuts"),
    ],
)
add(
    81,
    "th",
    "กลุ่มทำชุดหุ่นละครเล็ก แม่กลอง",
    ALC,
    DOWN,
    "Samut Songkhram",
    [give("ชุดหุ่นละครเล็ก ปักดิ้นย่อส่วน", "puppet_costume")],
    [want("ดิ้นเส้นเล็ก สำหรับงานปักย่อส่วน", "embroidery_dinh"), want("ผ้าไหมบาง สีสด", "thai_silk_fabric")],
)
add(
    82,
    "en",
    "Andaman FantaShow",
    ALC,
    DOWN,
    "Phuket",
    [],
    [
        want("80 sets of Thai classical costumes for a nightly show, washable", "simple_dance_costume"),
        want("Flame-retardant theatre drapes, supplied and hung", "stage_curtains"),
        unmet_want(
            "Costume repair contractor with ISO 9001",
            "no costume repairer in the set holds ISO 9001",
            "costume_repair_service",
            req=("ISO 9001",),
        ),
    ],
)
add(
    83,
    "th",
    "โรงแรมอ่าวนาง ริเวอร์รีสอร์ท",
    ALC,
    DOWN,
    "Krabi",
    [],
    [want("ชุดรำไทยสำหรับพนักงานแสดงต้อนรับแขก", "simple_dance_costume"), want("ชุดโนราสำหรับโชว์", "nora_costume")],
)
add(
    84,
    "en",
    "Korat Seniors Ramwong Club",
    ALI,
    DOWN,
    "Nakhon Ratchasima",
    [],
    [
        want("Simple ram wong costumes, loose fit for older dancers", "simple_dance_costume"),
        want("Soft low-heel dance shoes for seniors", "dance_shoes"),
        unmet_want(
            "Adaptive costumes with magnetic closures for dancers with arthritis",
            "no one in the set makes adaptive clothing",
        ),
    ],
)
add(
    85,
    "th",
    "ชมรมผู้สูงอายุฟ้อนรำ ยโสธร",
    ALI,
    DOWN,
    "Yasothon",
    [give("ผ้าซิ่นมัดหมี่ ทอโดยสมาชิกผู้สูงอายุ", "mudmee_sin_skirt")],
    [want("ชุดฟ้อนผู้ไทสีน้ำเงิน 20 ชุด", "isan_folk_costume"), want("ใครสอนรำวงมาตรฐานให้ผู้สูงอายุได้บ้าง?", "thai_dance_lessons")],
)
add(
    86,
    "en",
    "Hua Hin Silver Dancers",
    ALC,
    DOWN,
    "Prachuap Khiri Khan",
    [],
    [
        want("Ballroom shoes with low heel, wide fit", "dance_shoes"),
        unmet_want("Latin ballroom competition dresses, 12 pcs", "no one in the set makes ballroom dresses"),
    ],
)
add(
    87,
    "th",
    "แบรนด์กระเป๋าอัพไซเคิล ม่านเก่า",
    CIRC,
    DOWN,
    "Chiang Mai",
    [give("กระเป๋าจากม่านเวทีเก่า กำมะหยี่", "upcycled_bags")],
    [
        want("ม่านโรงละครที่ถอดแล้ว", "used_drapery"),
        want("เศษไหม เศษยกทอง ไม่ต้องมีใบรับรอง GRS", "decorative_offcuts", waive=("GRS",)),
    ],
    bcg=("circular",),
)
add(
    88,
    "en",
    "Bangkok Theatre Gift Shop",
    ALC,
    DOWN,
    "Bangkok",
    [],
    [
        want("Decorative khon heads for the museum shop", "khon_mask", "souvenir_khon_mask"),
        want("Indigo cotton tote bags", "fabric_bags"),
        unmet_want("Fairtrade certified puppet gifts", "no one in the set sells Fairtrade goods", req=("Fairtrade",)),
    ],
)
add(
    89,
    "th",
    "ร้านกระเป๋าผ้าครามสกล",
    HEMP,
    DOWN,
    "Sakon Nakhon",
    [give("กระเป๋าผ้าฝ้ายทอมือย้อมคราม ลายขิด", "fabric_bags")],
    [want("ผ้าคราม ไม่เอาสีเคมี", "indigo_dyed_cotton_fabric")],
    bcg=("bio",),
)
add(
    90,
    "en",
    "Isan Dance Supply Shop",
    ALI,
    DOWN,
    "Udon Thani",
    [give("Soeng baskets, fans and hair flowers, retail", "dance_props")],
    [
        want("Mudmee tube skirts for resale, OTOP products only", "mudmee_sin_skirt", req=("OTOP",)),
        want("Fingernail extensions for fon dance", "fon_fingernails"),
    ],
)
add(
    91,
    "th",
    "โรงเรียนสาธิตศิลปะการแสดง",
    ALC,
    DOWN,
    "Nakhon Pathom",
    [],
    [
        want("ชุดโขนพระ-ยักษ์ ครบเครื่อง สำหรับนักเรียน", "yuen_khrueang_costume"),
        want("ซ่อมเครื่องแต่งกายโขนของโรงเรียนที่ชำรุด", "costume_repair_service"),
        unmet_want("ผ้าลายอย่างโบราณ สำหรับโจงกระเบน", "no one in the set sells pha lai yang block prints"),
    ],
)
add(
    92,
    "th",
    "บริษัท เวลเวทอีเว้นท์",
    SPORT,
    DOWN,
    "Bangkok",
    [],
    [unmet_want("ชุดมาสคอตตัวการ์ตูน สำหรับงานเปิดตัว", "no one in the set makes mascot suits")],
)
add(
    93,
    "th",
    "ร้านตัดชุดนางรำ ศรีนคร",
    ALC,
    DOWN,
    "Bangkok",
    [give("รับตัดชุดระบำ ชุดรำวง ชุดรำอวยพร ราคาโรงเรียน", "simple_dance_costume")],
    [want("ผ้าทองดอก ผ้ายก", "gold_brocade_fabric")],
)
add(
    94,
    "th",
    "คณะกรรมการจัดงานบุญผะเหวดร้อยเอ็ด",
    ALI,
    DOWN,
    "Roi Et",
    [],
    [
        want("ชุดผู้ไทสีดำขลิบแดง สำหรับนักแสดง 200 คน", "isan_folk_costume"),
        want("ผ้าสไบไหม ขบวนแห่ ไม่ต้องมี OTOP ไม่ต้องมีตรานกยูง", "sabai_shawl", waive=("OTOP", "Thai Silk Peacock Emblem")),
    ],
)
add(
    95,
    "th",
    "คณะกันตรึม สุรินทร์",
    ALI,
    DOWN,
    "Surin",
    [],
    [
        unmet_want("ชุดแสดงกันตรึม ผ้าไหมสุรินทร์", "no one in the set makes kantrum costumes"),
        want("ผ้าไหมโฮล สำหรับตัดชุดเอง", "mudmee_silk_fabric"),
    ],
)


# ---------------------------------------------------------------------------------------------- links


def cert_set(sme: Sme) -> frozenset[str]:
    return canonical_certifications(sme.certifications)


def suppliers_of(need: Need, buyer: Sme) -> list[Sme]:
    """The SMEs, other than the buyer, with an offer carrying a listed label and every required certification."""
    return [
        sme
        for sme in SMES
        if sme.id != buyer.id
        and any(offer.label in need.labels for offer in sme.offers)
        and set(need.requires) <= cert_set(sme)
    ]


def true_links() -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id) for buyer in SMES for need in buyer.needs for supplier in suppliers_of(need, buyer)
    }
    return sorted(pairs)


# ---------------------------------------------------------------------------------------------- checks

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
EMAIL = re.compile(r"^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]{2,}$")
STOPWORDS = frozenset(
    # English function words, and certification names that a need must spell out anyway
    {
        "a",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "by",
        "can",
        "for",
        "from",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "our",
        "per",
        "the",
        "to",
        "up",
        "we",
        "with",
        "your",
        "you",
        "gots",
        "grs",
        "oeko",
        "tex",
        "otop",
        "iso",
    }
)


def email_of(sme: Sme) -> str:
    return f"contact.{ID_PREFIX}{sme.num:03d}@example.co.th"


def thai_share(text: str) -> float:
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for char in letters if THAI_CHAR.match(char)) / len(letters)


def latin_only(text: str) -> bool:
    return not THAI_CHAR.search(text) and all(
        unicodedata.name(char, "").startswith("LATIN") for char in text if char.isalpha()
    )


def mentions(text: str, certification: str) -> bool:
    """Whether `text` names the certification at all, affirmed or negated."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for cert in CERTIFICATIONS:
        if cert.name == certification:
            names = (cert.name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
            return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)
    return False


def content_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z]+", text.casefold()) if len(word) > 2 and word not in STOPWORDS}


def longest_common_thai(a: str, b: str) -> int:
    """Length of the longest run of Thai characters that the two texts share."""
    best = 0
    for start in range(len(a)):
        for end in range(start + best + 1, len(a) + 1):
            piece = a[start:end]
            if not all(THAI_CHAR.match(char) for char in piece) or piece not in b:
                break
            best = end - start
    return best


def check() -> list[str]:
    problems: list[str] = []
    ids = [sme.id for sme in SMES]
    if ids != [f"{ID_PREFIX}-{num:03d}" for num in range(1, N_PROFILES + 1)]:
        problems.append("ids must run bdn-001 .. bdn-095 in order, each once")
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    offered: dict[str, set[str]] = {}
    for sme in SMES:
        for offer in sme.offers:
            offered.setdefault(offer.label, set()).add(sme.id)
    for label in LABELS:
        if label not in offered:
            problems.append(f"label {label} is offered by no one; drop it from LABELS")
    names = Counter(sme.name for sme in SMES)
    problems += [f"name used twice: {name}" for name, count in names.items() if count > 1]

    for sme in SMES:
        where = sme.id
        if sme.language not in ("th", "en"):
            problems.append(f"{where}: language {sme.language!r}")
        if sme.sub_cluster not in {member.value for member in SubCluster}:
            problems.append(f"{where}: sub-cluster {sme.sub_cluster!r}")
        if sme.stage not in {member.value for member in Stage}:
            problems.append(f"{where}: stage {sme.stage!r}")
        province = resolve_province(sme.province)
        if province is None or province.name_en != sme.province:
            problems.append(f"{where}: province {sme.province!r} is not an English province name")
        for tag in sme.bcg:
            if tag not in {member.value for member in BcgTag}:
                problems.append(f"{where}: bcg tag {tag!r}")
        if len(set(sme.bcg)) != len(sme.bcg):
            problems.append(f"{where}: repeated bcg tag")
        for cert in sme.certifications:
            if resolve_certification(cert) is None:
                problems.append(f"{where}: certification {cert!r} does not resolve")
        if not EMAIL.match(email_of(sme)):
            problems.append(f"{where}: email")
        if not (len(sme.offers) <= 3 and len(sme.needs) <= 3 and (sme.offers or sme.needs)):
            problems.append(f"{where}: 0-3 offers and 0-3 needs, not both empty")
        phrases = [sme.name, *(offer.text for offer in sme.offers), *(need.text for need in sme.needs)]
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase or "  " in phrase:
                problems.append(f"{where}: untidy phrase {phrase!r}")
            if sme.language == "th" and thai_share(phrase) < 0.6:
                problems.append(f"{where}: Thai phrase is not mostly Thai: {phrase!r}")
            if sme.language == "en" and not latin_only(phrase):
                problems.append(f"{where}: English phrase is not Latin only: {phrase!r}")
        for offer in sme.offers:
            if offer.label not in LABELS:
                problems.append(f"{where}: unknown offer label {offer.label}")
            claimed = find_certifications(offer.text)
            if not claimed <= cert_set(sme):
                problems.append(f"{where}: offer names {sorted(claimed)} the SME does not hold: {offer.text!r}")
        for need in sme.needs:
            problems += check_need(sme, need, offered)
    return problems


def check_need(sme: Sme, need: Need, offered: dict[str, set[str]]) -> list[str]:
    where = f"{sme.id} need {need.text!r}"
    problems: list[str] = []
    for label in need.labels:
        if label not in LABELS:
            problems.append(f"{where}: unknown label {label}")
        elif not offered.get(label, set()) - {sme.id}:
            problems.append(f"{where}: no one but the buyer offers {label}")
    if not need.labels and not need.unmet:
        problems.append(f"{where}: lists no label")
    for cert in (*need.requires, *need.waives):
        if resolve_certification(cert) != cert:
            problems.append(f"{where}: {cert!r} is not a canonical certification name")
    named = find_certifications(need.text)
    if named != set(need.requires):
        problems.append(f"{where}: text asks for {sorted(named)}, labelled {sorted(need.requires)}")
    for cert in need.waives:
        if not mentions(need.text, cert) or cert in named:
            problems.append(f"{where}: waived {cert} must be named and negated in the text")
    if set(need.requires) & set(need.waives):
        problems.append(f"{where}: a certification both required and waived")
    suppliers = suppliers_of(need, sme)
    if need.unmet and suppliers:
        problems.append(f"{where}: marked met by no one but {[s.id for s in suppliers]} qualify")
    if not need.unmet and not suppliers:
        problems.append(f"{where}: no qualified supplier")
    for offer in (offer for other in suppliers for offer in other.offers if offer.label in need.labels):
        if offer.text.casefold() == need.text.casefold():
            problems.append(f"{where}: worded exactly like the offer that meets it")
    return problems


def wording_overlaps() -> list[str]:
    """Need-offer pairs that meet and share too much wording (two English content words, eight Thai letters)."""
    found: list[str] = []
    for buyer in SMES:
        for need in buyer.needs:
            for supplier in suppliers_of(need, buyer):
                for offer in supplier.offers:
                    if offer.label not in need.labels:
                        continue
                    shared = content_words(need.text) & content_words(offer.text)
                    thai_run = longest_common_thai(need.text, offer.text)
                    if len(shared) >= 2 or thai_run >= 8:
                        found.append(f"{buyer.id} {need.text!r} ~ {supplier.id} {offer.text!r}")
    return found


# ---------------------------------------------------------------------------------------------- counts


def counts() -> list[tuple[str, str]]:
    links = true_links()
    by_id = {sme.id: sme for sme in SMES}
    needs = [(sme, need) for sme in SMES for need in sme.needs]
    met = [(sme, need) for sme, need in needs if not need.unmet]
    thai = sum(1 for sme in SMES if sme.language == "th")
    th_en = sum(1 for s, b in links if by_id[s].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for s, b in links if by_id[s].language == "en" and by_id[b].language == "th")
    cross = th_en + en_th
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("profiles in Thai / English", f"{thai} / {len(SMES) - thai}"),
    ]
    for member in SubCluster:
        rows.append((f"sub-cluster {member.value}", str(sum(1 for sme in SMES if sme.sub_cluster == member.value))))
    for member in Stage:
        rows.append((f"stage {member.value}", str(sum(1 for sme in SMES if sme.stage == member.value))))
    regions = Counter(province.region.value for sme in SMES if (province := resolve_province(sme.province)))
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    per_supplier = Counter(len(suppliers_of(need, sme)) for sme, need in met)
    rows += [
        ("distinct provinces", str(len({sme.province for sme in SMES}))),
        ("offers", str(sum(len(sme.offers) for sme in SMES))),
        ("distinct offer labels", str(len({offer.label for sme in SMES for offer in sme.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        (
            "met needs with 1 / 2 / 3 / 4+ qualified suppliers",
            " / ".join(
                (
                    str(per_supplier[1]),
                    str(per_supplier[2]),
                    str(per_supplier[3]),
                    str(sum(count for size, count in per_supplier.items() if size >= 4)),
                )
            ),
        ),
        ("needs requiring a certification", str(sum(1 for _, need in needs if need.requires))),
        ("needs waiving a certification", str(sum(1 for _, need in needs if need.waives))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})" if links else "0"),
        ("within-language links", str(len(links) - cross)),
        (
            "links between different sub-clusters",
            str(sum(1 for s, b in links if by_id[s].sub_cluster != by_id[b].sub_cluster)),
        ),
    ]
    return rows


def size_problems() -> list[str]:
    problems: list[str] = []
    links = true_links()
    by_id = {sme.id: sme for sme in SMES}
    thai = sum(1 for sme in SMES if sme.language == "th")
    if len(SMES) != N_PROFILES:
        problems.append(f"{len(SMES)} profiles, want {N_PROFILES}")
    if not 0.52 <= thai / len(SMES) <= 0.58:
        problems.append(f"{thai} Thai profiles of {len(SMES)}, want about 55 %")
    if not 160 <= len(links) <= 180:
        problems.append(f"{len(links)} true links, want 160-180")
    cross = sum(1 for s, b in links if by_id[s].language != by_id[b].language)
    if links and not 0.42 <= cross / len(links) <= 0.58:
        problems.append(f"{cross} of {len(links)} links cross languages, want about half")
    needs = [(sme, need) for sme in SMES for need in sme.needs]
    unmet = sum(1 for _, need in needs if need.unmet)
    if not 17 <= unmet <= 23:
        problems.append(f"{unmet} needs met by no one, want about 20")
    met = [len(suppliers_of(need, sme)) for sme, need in needs if not need.unmet]
    if met and sum(1 for size in met if size <= 3) / len(met) < 0.7:
        problems.append("fewer than 70 % of met needs have 1-3 qualified suppliers")
    if sum(1 for _, need in needs if need.requires) < 6:
        problems.append("want at least 6 needs requiring a certification")
    if sum(1 for _, need in needs if need.waives) < 4:
        problems.append("want at least 4 needs waiving a certification")
    overlaps = wording_overlaps()
    if len(overlaps) > 5:
        problems += [f"need and offer share wording: {overlap}" for overlap in overlaps]
    return problems


# ---------------------------------------------------------------------------------------------- output


def profiles_jsonl() -> str:
    lines = []
    for sme in SMES:
        record: dict[str, object] = {
            "id": sme.id,
            "name": sme.name,
            "sub_cluster": sme.sub_cluster,
            "stage": sme.stage,
            "province": sme.province,
            "offers": [offer.text for offer in sme.offers],
            "needs": [need.text for need in sme.needs],
        }
        if sme.certifications:
            record["certifications"] = list(sme.certifications)
        if sme.bcg:
            record["bcg"] = list(sme.bcg)
        record["contact_email"] = email_of(sme)
        record["language"] = sme.language
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def links_csv() -> str:
    return "supplier_id,buyer_id\n" + "".join(f"{supplier},{buyer}\n" for supplier, buyer in true_links())


def counts_table() -> str:
    rows = ["| count | value |", "|---|---|"]
    rows += [f"| {name} | {value} |" for name, value in counts()]
    return "\n".join(rows) + "\n"


README = """# `eval/blind_plain_stage/`: stage, dance and performance, plain registry wording

A hand-labelled test set for the partner matchmaking of the Health and Wellness Economy textile cluster.
It measures how well the matcher finds the true supplier-buyer pairs among SMEs whose offers and needs
are written in wording it has never seen.

## What it checks

95 SME profiles from the world of stage, dance and performance: khon masks and costumes, chada
headdresses, embroidered collars, likay, nora, mor lam and luk thung stage outfits, costume hire, stage
curtains and flame-retardant drapery, dance shoes and dancewear, cheer and marching band uniforms,
school show costumes, cosplay, film and TV wardrobe, hun lakhon lek puppet costumes, sequins, beads,
gold thread and metallic cloth, wigs; plus the silk, cotton, hemp, yarn, cloth, dyeing and sewing
suppliers the cluster also has, waste collectors and second-hand dealers. About 55 % of the profiles
are written in Thai, the rest in English; many true links cross the two languages.

The entries are plain registry entries: one short phrase per offer or need, as an SME database stores
them. The same kind of goods is written in many ways (local and regional names, trade words, brand-like
names, abbreviations, with and without quantities, prices, sizes and places), and a need is worded
differently from the offers that meet it, often in the other language. Hard but fair cases include a
service versus the goods it works on (dyeing, embroidery, sewing or repair of the customer's goods versus
the finished goods), waste and used goods versus new, raw versus processed (fibre, yarn, cloth, product),
finished goods described by their material or technique, refusals, needs that require a named
certification and needs that name one only to waive it, and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile JSONL version 1 and the links
CSV), `shared/taxonomy.py` with its data files, and the project's ruff settings; not the matcher, its
glossary, its tests or any other evaluation set. Every profile, offer and need sits in `write.py`.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `natural_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by
one of the buyer's needs and the supplier's certifications hold every certification that need requires.
An SME is never linked to itself. Shared words play no part; quantities, prices and places never decide
a link; what changes what the thing is does. A waived certification ("OTOP not required", "ไม่ต้องมี
มอก.") is not required. The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks ids, every contract field (sub-cluster, stage, province through
`resolve_province`, certifications through `resolve_certification`, BCG tags, language), that every label
a need lists is offered by someone other than the buyer, that every met need has a qualified supplier and
every unmet one has none, that the certifications a need's text asks for (`find_certifications`) are
exactly the ones labelled as required and that a waived one is named but negated, that Thai phrases are
mostly Thai letters and English ones Latin only, that few need-offer pairs that meet share their wording,
and the size targets. It writes nothing if a check fails, and two runs give identical bytes.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_stage/write.py

## Files

- `write.py`: all the data, the labels, the checks; writes the three files below and prints the counts.
- `profiles.jsonl`: the 95 profiles, ids `bdn-001` to `bdn-095`, in the contract's JSONL version 1.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

Printed by `write.py` each time it writes the set.

"""


def outputs() -> dict[str, str]:
    return {
        "profiles.jsonl": profiles_jsonl(),
        "links.csv": links_csv(),
        "README.md": README + counts_table(),
    }


def main() -> int:
    problems = check() + size_problems()
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        print(counts_table(), file=sys.stderr)
        return 1
    first, second = outputs(), outputs()
    if first != second:
        print("two builds differ; nothing written", file=sys.stderr)
        return 1
    for filename, text in first.items():
        (HERE / filename).write_bytes(text.encode("utf-8"))
    print(counts_table(), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
