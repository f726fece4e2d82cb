"""Write the hand-labelled evaluation set `eval/blind_plain_lotus/`.

Theme: rare plant fibres (lotus, pineapple leaf, banana, nettle and ramie, kenaf, water hyacinth,
bamboo) with the ordinary fibre, yarn, cloth, dyeing and sewing suppliers of the cluster.

All data lives here. Every offer is a (text, label) pair; every need lists the offer labels that meet
it and the certifications its text requires, or is marked as met by no one. The script checks the
data, derives the true links and writes `profiles.jsonl`, `links.csv` and `README.md` next to itself.
It writes nothing when a check fails.

Run from the repository root:  .venv/bin/python eval/blind_plain_lotus/write.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.taxonomy import (
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

OUT_DIR = Path(__file__).resolve().parent
PREFIX = "blo"

H = SubCluster.HEMP_NATURAL_FIBRE
C = SubCluster.CIRCULAR_TEXTILE
S = SubCluster.SPORTECH
AC = SubCluster.AGEING_LIFESTYLE_CENTRAL
AI = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM
BIO = BcgTag.BIO
CIRC = BcgTag.CIRCULAR
GREEN = BcgTag.GREEN

# ------------------------------------------------------------------ what things are

LABELS: dict[str, str] = {
    # lotus
    "lotus_stems": "lotus (Nelumbo) stalks, fresh or dried, a by-product of lotus ponds",
    "lotus_fibre": "raw lotus stem filaments, pulled and dried, not yet spliced into yarn",
    "lotus_yarn": "hand-spliced lotus yarn ('lotus silk')",
    "lotus_fabric": "woven cloth of lotus yarn, pure or blended",
    "lotus_scarf": "scarf, stole or shawl of lotus fibre",
    # pineapple
    "pineapple_leaves": "pineapple leaves from plantations, raw",
    "pineapple_fibre": "pineapple leaf fibre (PALF, pina), extracted",
    "pineapple_yarn": "yarn of pineapple leaf fibre, pure or blended",
    "pineapple_fabric": "woven cloth of pineapple leaf fibre",
    "pineapple_leather": "non-woven leather alternative made from pineapple leaf fibre",
    "pineapple_scarf": "scarf or shawl of pineapple leaf fibre",
    # banana
    "banana_stems": "banana pseudostems and sheaths after the bunch is cut",
    "banana_fibre": "extracted banana fibre",
    "banana_yarn": "yarn of banana fibre, pure or blended",
    "banana_fabric": "woven cloth of banana fibre",
    "banana_scarf": "scarf or shawl of banana fibre",
    "banana_paper": "handmade paper from banana or other leaf fibre",
    # ramie, nettle, hemp
    "ramie_fibre": "ramie fibre (ribbon or degummed), not spun",
    "ramie_yarn": "ramie yarn",
    "ramie_fabric": "woven ramie cloth",
    "nettle_fibre": "giant nettle bast fibre, not spun",
    "nettle_yarn": "nettle yarn",
    "hemp_yarn": "hemp yarn",
    "hemp_fabric": "woven hemp cloth",
    # kenaf
    "kenaf_fibre": "retted kenaf bast fibre",
    "kenaf_yarn": "kenaf yarn or twisted twine",
    "kenaf_fabric": "woven kenaf cloth",
    "kenaf_nonwoven": "needle-punched kenaf mat (composites, insoles, liners)",
    # water hyacinth
    "water_hyacinth_stems": "dried water hyacinth stalks for plaiting",
    "water_hyacinth_fibre": "fibre scraped from water hyacinth stalks",
    "water_hyacinth_fabric": "woven cloth containing water hyacinth fibre",
    "water_hyacinth_bag": "plaited water hyacinth handbag",
    "water_hyacinth_basket": "plaited water hyacinth basket or box",
    "water_hyacinth_slippers": "plaited water hyacinth slippers",
    # bamboo
    "bamboo_fibre": "bamboo viscose staple fibre",
    "bamboo_yarn": "bamboo viscose yarn",
    "bamboo_fabric": "knitted or woven fabric of bamboo viscose, pure or blended",
    "bamboo_towel": "towel of bamboo viscose",
    "bamboo_socks": "socks of bamboo viscose",
    "bamboo_bedding": "bed sheets and pillowcases of bamboo viscose",
    # cotton, silk
    "cotton_lint": "seed cotton or ginned cotton lint",
    "cotton_handspun_yarn": "hand-spun cotton yarn",
    "cotton_yarn": "mill-spun conventional cotton yarn",
    "organic_cotton_yarn": "organic cotton yarn",
    "recycled_cotton_yarn": "yarn spun from cotton waste",
    "handwoven_cotton_fabric": "plain handwoven cotton cloth, undyed or piece-dyed",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with indigo (khram, hom)",
    "silk_yarn": "Thai silk yarn",
    "silk_fabric": "Thai silk cloth",
    # dyes
    "indigo_paste": "fermented indigo paste (khram or hom)",
    "natural_dye_material": "dried plant or insect dye stuff (barks, lac, fruits, leaves)",
    # services on the customer's own goods
    "fibre_extraction_service": "stripping fibre from the customer's leaves or stems, several plants",
    "lotus_pulling_service": "pulling fibre from the customer's lotus stems",
    "leaf_decortication_service": "decorticating the customer's pineapple leaves",
    "degumming_service": "degumming or softening of the customer's bast fibre",
    "hand_spinning_service": "splicing or spinning the customer's fibre into yarn",
    "weaving_service": "weaving the customer's yarn into cloth",
    "indigo_dyeing_service": "indigo dyeing of the customer's yarn, cloth or garments",
    "natural_dyeing_service": "dyeing the customer's goods with plant dyes",
    "reactive_dyeing_service": "dyeing the customer's goods with synthetic reactive dyes",
    "sewing_service": "cut-make-trim sewing of the customer's fabric or designs",
    # waste and used goods
    "cotton_offcuts": "offcuts and clippings of cotton cloth from garment factories",
    "handwoven_offcuts": "remnants and offcuts of handwoven cloth",
    "used_garments": "used clothing",
    "plant_fibre_waste": "short fibre, tow and scutching waste from plant fibre extraction",
    # finished goods
    "handwoven_bag": "bag of handwoven cloth",
    "vegan_leather_bag": "bag of plant-based leather alternative",
    "shirt": "shirt, any fibre",
    "made_to_measure_clothing": "clothes tailored to the client's measurements",
    "adaptive_garment": "easy-dressing clothes for older or disabled people",
    "upcycled_garment": "garment remade from used clothing",
    "cotton_scarf": "scarf of cotton",
    "silk_scarf": "scarf of silk",
    "table_linen": "table runners, placemats, napkins",
    "cushion_cover": "cushion and pillow covers",
    "patchwork_quilt": "quilt or blanket pieced from fabric remnants",
    "herbal_compress": "Thai herbal compress ball wrapped in cloth",
    "sport_tshirt": "sports T-shirt or jersey",
    "insole": "shoe insole",
    # wanted by someone, offered by no one
    "spinning_wheel": "spinning wheel (equipment)",
    "decorticator_machine": "decorticating machine (equipment)",
    "solar_dryer": "solar drying tunnel (equipment)",
    "conservation_supplies": "acid-free tissue and archival boxes",
    "conservation_service": "conservation of antique textiles",
    "bio_coating": "water-based bio-PU coating chemical",
    "cotton_seed": "cotton planting seed",
    "lotus_leaf_tea": "dried lotus leaves for tea",
    "bamboo_robe": "bathrobe of bamboo viscose",
    "bamboo_charcoal_powder": "bamboo charcoal powder",
    "kenaf_yoga_mat": "yoga mat of kenaf",
    "water_hyacinth_compost": "compost made from water hyacinth",
    "incontinence_pad": "washable incontinence pad",
    "jute_fibre": "jute (Corchorus) fibre",
    "flax_linen_yarn": "flax linen yarn",
    "sisal_fibre": "sisal fibre",
    "coconut_coir": "coconut coir fibre",
    "mycelium_leather": "mushroom mycelium leather",
    "cupro_yarn": "cupro yarn",
}


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; then `labels` name what would


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[BcgTag, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def n(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that the offers carrying `labels` meet, from a supplier holding every `req` certification."""
    return Need(text, labels, req, waive)


def u(text: str, note: str, *wants: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `wants` are the labels that would meet it."""
    return Need(text, wants, req, waive, unmet=note)


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: SubCluster,
    stage: Stage,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[BcgTag, ...] = (),
) -> Sme:
    return Sme(num, language, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


OTOP = "OTOP"
GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
FDA = "Thai FDA"
PEACOCK = "Thai Silk Peacock Emblem"
ORG_TH = "Organic Thailand"
FSC = "FSC"
BLUESIGN = "bluesign"
FAIRTRADE = "Fairtrade"
ISO9001 = "ISO 9001"

# ------------------------------------------------------------------ the SMEs

SMES: list[Sme] = [
    # --- lotus
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนใยบัวบึงสีไฟ",
        H,
        UP,
        "Phichit",
        "buengsifai.bua@gmail.com",
        [("ใยบัวดึงมือ ตากแห้ง ขายเป็นขีด", "lotus_fibre"), ("ก้านบัวหลวงหลังตัดดอก วันละ 200 กก.", "lotus_stems")],
        [u("ไนปั่นฝ้ายแบบมือหมุน 2 ตัว", "a spinning wheel is equipment; no member sells it", "spinning_wheel")],
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        2,
        "en",
        "Bang Pla Ma Lotus Growers Group",
        H,
        UP,
        "Suphan Buri",
        "bangplama.lotus@gmail.com",
        [("Lotus stalks left after the flower cut, about 1 t a week", "lotus_stems")],
        [n("Someone to strip the fibre from our own stalks", "fibre_extraction_service", "lotus_pulling_service")],
        bcg=(BIO, CIRC),
    ),
    sme(
        3,
        "th",
        "กลุ่มทอผ้าใยบัวทะเลน้อย",
        H,
        MID,
        "Phatthalung",
        "thalenoi.weave@hotmail.com",
        [
            ("ด้ายไหมบัว ต่อมือทีละเส้น", "lotus_yarn"),
            ("ผ้าทอใยบัวผสมฝ้าย หน้ากว้าง 1 ม.", "lotus_fabric"),
            ("เศษผ้าทอใยบัว ชิ้นเล็ก ขายเหมา", "handwoven_offcuts"),
        ],
        [
            n("เส้นใยจากก้านบัวหลวง ยังไม่ได้ต่อ", "lotus_fibre"),
            n("ด้ายฝ้ายปั่นมือ สีขาวธรรมชาติ 10 กก.", "cotton_handspun_yarn"),
        ],
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        4,
        "en",
        "Kumphawapi Lotus Weavers",
        H,
        MID,
        "Udon Thani",
        "kumphawapi.weavers@gmail.com",
        [
            ("Lotus-cotton handloom cloth, 80 cm wide", "lotus_fabric"),
            ("Hand-splicing of your lotus filaments into yarn", "hand_spinning_service"),
        ],
        [
            n("Raw lotus filament, dried, sold by the kilo", "lotus_fibre"),
            n("Plant dye stuff: ebony fruit, lac, jackfruit heartwood", "natural_dye_material"),
        ],
        bcg=(BIO,),
    ),
    sme(
        5,
        "th",
        "บริษัท ภูษาบัว จำกัด",
        H,
        DOWN,
        "Bangkok",
        "sales@phusabua.co.th",
        [],
        [
            n("ผ้าพันคอไหมบัวแท้ 100% งานทอมือ", "lotus_scarf"),
            n("ผ้าคลุมไหล่ใยสับปะรด หรือ ใยกล้วย", "pineapple_scarf", "banana_scarf"),
        ],
    ),
    sme(
        6,
        "en",
        "Studio Nuan Design",
        H,
        DOWN,
        "Chiang Mai",
        "hello@studionuan.com",
        [("Made-to-measure evening wear", "made_to_measure_clothing")],
        [
            n("Rare plant fibre yardage for a capsule collection: lotus or pina", "lotus_fabric", "pineapple_fabric"),
            n("CMT sewing partner near Chiang Mai", "sewing_service"),
        ],
    ),
    sme(
        7,
        "th",
        "สวนบัวหลวง ลุงสมศักดิ์",
        H,
        UP,
        "Nakhon Pathom",
        "somsak.buaboran@gmail.com",
        [("ก้านบัวสด ตัดจากบ่อ ส่งทุกเช้า", "lotus_stems")],
        [],
        bcg=(BIO,),
    ),
    sme(
        8,
        "en",
        "Thanya Fibre Works",
        H,
        MID,
        "Pathum Thani",
        "contact@thanyafibre.co.th",
        [
            ("Fibre stripping of customers' leaves and stems: banana, pineapple, lotus", "fibre_extraction_service"),
            ("Degumming and softening of ramie and banana fibre for clients", "degumming_service"),
            ("Tow and short fibre left from the stripping line", "plant_fibre_waste"),
        ],
        [
            n("Banana pseudostems, fresh, by the truckload", "banana_stems"),
            n("Nelumbo stems in bulk, any grade", "lotus_stems"),
        ],
        certs=(ISO9001,),
        bcg=(BIO, CIRC),
    ),
    sme(
        9,
        "en",
        "Siam Textile Heritage Museum Shop",
        H,
        DOWN,
        "Bangkok",
        "shop@siamtextilemuseum.org",
        [],
        [
            n(
                "Handwoven scarves of rare plant fibres for the museum store",
                "lotus_scarf",
                "pineapple_scarf",
                "banana_scarf",
            ),
            u(
                "Acid-free tissue and archival boxes",
                "conservation supplies are not textiles; no member sells them",
                "conservation_supplies",
            ),
        ],
    ),
    sme(
        10,
        "th",
        "กลุ่มสตรีทอผ้าใยบัว บ้านสามชุก",
        H,
        MID,
        "Suphan Buri",
        "samchuk.lotus@gmail.com",
        [("ผ้าพันคอใยบัว โอทอป 5 ดาว", "lotus_scarf"), ("ผ้าผืนใยบัวแท้ ทอกี่พื้นบ้าน", "lotus_fabric")],
        [n("อยากได้ด้ายใยบัวที่ต่อเส้นแล้ว", "lotus_yarn")],
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    # --- pineapple
    sme(
        11,
        "th",
        "ไร่สับปะรดสามร้อยยอด",
        H,
        UP,
        "Prachuap Khiri Khan",
        "samroiyod.farm@gmail.com",
        [("ใบสับปะรดหลังเก็บผล ไร่ละ 4 ตัน", "pineapple_leaves")],
        [n("มีใครรับขูดใยจากใบสับปะรดของเราไหมคะ", "fibre_extraction_service", "leaf_decortication_service")],
        bcg=(BIO, CIRC),
    ),
    sme(
        12,
        "en",
        "Lampang PALF Co., Ltd.",
        H,
        UP,
        "Lampang",
        "info@lampangpalf.com",
        [
            ("PALF, degummed and combed, 40-60 cm staple", "pineapple_fibre"),
            ("Decortication of your own pineapple leaves", "leaf_decortication_service"),
        ],
        [n("Fresh pineapple foliage, min. 5 t per delivery", "pineapple_leaves")],
        bcg=(BIO,),
    ),
    sme(
        13,
        "th",
        "วิสาหกิจชุมชนป่านสับปะรดนางแล",
        H,
        MID,
        "Chiang Rai",
        "nanglae.palf@gmail.com",
        [
            ("ด้ายป่านสับปะรด ปั่นผสมฝ้าย 30%", "pineapple_yarn"),
            ("ผ้าทอป่านสับปะรด ย้อมสีธรรมชาติ", "pineapple_fabric"),
        ],
        [n("ใยใบสับปะรดแห้ง ขูดแล้ว", "pineapple_fibre")],
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        14,
        "en",
        "Eastern Leaf Leather Co.",
        C,
        MID,
        "Rayong",
        "lab@easternleaf.co",
        [("Non-woven pineapple leaf 'leather' rolls, 1.5 m wide", "pineapple_leather")],
        [
            n("Pina fibre, short staple is fine", "pineapple_fibre"),
            u("Water-based bio-PU top coat", "a coating chemical; no member sells it", "bio_coating"),
        ],
        bcg=(BIO, CIRC),
    ),
    sme(
        15,
        "th",
        "ร้านใบไม้ ภูเก็ต",
        H,
        DOWN,
        "Phuket",
        "baimai.phuket@gmail.com",
        [("ผ้าพันคอใยสับปะรด ปักมือ", "pineapple_scarf"), ("กระเป๋าผ้าทอมือ ลายพื้นเมือง", "handwoven_bag")],
        [n("ผ้าผืนจากใยสับปะรด เมตรละไม่เกิน 900 บาท", "pineapple_fabric")],
    ),
    sme(
        16,
        "en",
        "Kind Hide Bags",
        C,
        DOWN,
        "Bangkok",
        "studio@kindhide.co.th",
        [("Vegan handbags and card holders", "vegan_leather_bag")],
        [
            n("Pinatex or a similar plant-based vegan leather", "pineapple_leather"),
            n("Sewing workshop for small bag runs", "sewing_service"),
            u("Mushroom mycelium leather sheets", "no member makes mycelium leather", "mycelium_leather"),
        ],
        bcg=(CIRC,),
    ),
    # --- banana
    sme(
        17,
        "th",
        "กลุ่มเกษตรกรกล้วยไข่ คลองลาน",
        H,
        UP,
        "Kamphaeng Phet",
        "khlonglan.banana@gmail.com",
        [
            ("ต้นกล้วยหลังตัดเครือ ให้ฟรีถ้ามารับเอง", "banana_stems"),
            ("ใยกาบกล้วย ตากแห้ง มัดละ 1 กก.", "banana_fibre"),
        ],
        [],
        bcg=(BIO, CIRC),
    ),
    sme(
        18,
        "en",
        "Chumphon Banana Fibre Enterprise",
        H,
        UP,
        "Chumphon",
        "cbfe.chumphon@gmail.com",
        [("Sun-dried banana fibre, hand-scraped, 1-1.5 m", "banana_fibre")],
        [u("Second-hand decorticator machine", "machinery; no member sells it", "decorticator_machine")],
        bcg=(BIO,),
    ),
    sme(
        19,
        "th",
        "กลุ่มทอผ้าใยกล้วย บ้านลาด",
        H,
        MID,
        "Phetchaburi",
        "banlat.kluay@gmail.com",
        [("ด้ายใยกล้วย ปั่นมือ", "banana_yarn"), ("ผ้าทอใยกล้วยตานี", "banana_fabric")],
        [n("เส้นใยต้นกล้วย เกรดยาว", "banana_fibre")],
        bcg=(BIO,),
    ),
    sme(
        20,
        "th",
        "ตานี สตูดิโอ",
        H,
        DOWN,
        "Tak",
        "tanistudio.tak@gmail.com",
        [("ผ้าพันคอใยกล้วย ย้อมเปลือกไม้", "banana_scarf"), ("กระดาษสาใยกล้วย", "banana_paper")],
        [
            n("ด้ายกล้วยสำหรับทอผ้าพันคอ", "banana_yarn"),
            n("หาที่ย้อมสีธรรมชาติให้ด้ายของเรา ห้ามใช้สีเคมี", "natural_dyeing_service"),
        ],
        bcg=(BIO,),
    ),
    # --- nettle, ramie
    sme(
        21,
        "en",
        "Doi Nettle Collective",
        H,
        UP,
        "Chiang Mai",
        "doinettle@gmail.com",
        [
            ("Himalayan giant nettle bast, hand-stripped", "nettle_fibre"),
            ("Nettle yarn, boiled in wood ash, handspun", "nettle_yarn"),
        ],
        [n("Natural dyes: lac sticks and indigo", "natural_dye_material", "indigo_paste")],
        bcg=(BIO,),
    ),
    sme(
        22,
        "th",
        "วิสาหกิจชุมชนป่านรามี บ้านสะจุก",
        H,
        UP,
        "Nan",
        "sajuk.ramie@gmail.com",
        [("ใยรามี่ ลอกกาวแล้ว", "ramie_fibre")],
        [n("จ้างลอกกาวใยป่าน ครั้งละ 50 กก.", "degumming_service")],
        bcg=(BIO,),
    ),
    sme(
        23,
        "th",
        "กลุ่มทอผ้าปกาเกอะญอ บ้านห้วยฮี้",
        H,
        MID,
        "Mae Hong Son",
        "huayhee.weave@gmail.com",
        [("ด้ายป่านรามีเข็นมือ", "ramie_yarn"), ("ผ้าทอมือจากป่านรามี กี่เอว", "ramie_fabric")],
        [n("ใยตำแยช้างดิบ", "nettle_fibre"), n("ป่านรามี่แบบเป็นใย ยังไม่ปั่น", "ramie_fibre")],
        bcg=(BIO,),
    ),
    sme(
        24,
        "en",
        "Kanok Wong Atelier",
        H,
        DOWN,
        "Bangkok",
        "kanok@kanokwong.com",
        [("Ready-to-wear linen-look shirts", "shirt")],
        [
            n("China grass cloth, natural or undyed", "ramie_fabric"),
            n("Indigo dip for our own ramie shirts, 200 pcs", "indigo_dyeing_service"),
        ],
    ),
    # --- kenaf
    sme(
        25,
        "th",
        "สหกรณ์ผู้ปลูกปอแก้ว น้ำพอง",
        AI,
        UP,
        "Khon Kaen",
        "nampong.kenaf@gmail.com",
        [("ปอแก้วแช่น้ำ ลอกเปลือกแล้ว", "kenaf_fibre")],
        [],
        bcg=(BIO,),
    ),
    # --- kenaf (continued)
    sme(
        26,
        "th",
        "กลุ่มทอผ้าปอ บ้านหวาย",
        AI,
        MID,
        "Roi Et",
        "banwai.por@gmail.com",
        [
            ("เชือกปอแก้วฟั่นมือ เส้นเล็ก", "kenaf_yarn"),
            ("ผ้าทอปอแก้วผสมฝ้าย", "kenaf_fabric"),
            ("ผ้าทอปลายม้วน ตำหนิเล็กน้อย", "handwoven_offcuts"),
        ],
        [
            n("ใยปอ เกรดขาว แห้งสนิท", "kenaf_fibre"),
            u("ปอกระเจาสีทอง เส้นยาว", "jute is another plant than kenaf; no member sells it", "jute_fibre"),
        ],
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        27,
        "en",
        "Korat BioComposite Co., Ltd.",
        S,
        MID,
        "Nakhon Ratchasima",
        "rd@koratbiocomp.co.th",
        [("Needle-punched kenaf mats for helmet liners and insoles", "kenaf_nonwoven")],
        [
            n("Retted Hibiscus cannabinus bast, baled", "kenaf_fibre"),
            n("Banana fibre for trial batches", "banana_fibre"),
            u("Coconut coir for seat padding", "no member sells coir", "coconut_coir"),
        ],
        certs=(ISO9001,),
        bcg=(BIO, GREEN),
    ),
    sme(
        28,
        "th",
        "ร้านกระเป๋าผ้าปอ ภูไท",
        AI,
        DOWN,
        "Kalasin",
        "phuthai.bag@gmail.com",
        [("กระเป๋าสะพายผ้าปอ ลายขิด", "handwoven_bag")],
        [
            n("ผ้าปอแก้วทอมือ หน้ากว้าง 80 ซม.", "kenaf_fabric"),
            n("ผ้าฝ้ายกี่กระตุก ไม่มีลาย ไว้ทำซับใน", "handwoven_cotton_fabric"),
        ],
    ),
    # --- water hyacinth
    sme(
        29,
        "th",
        "วิสาหกิจชุมชนผักตบชวา บางบาล",
        C,
        UP,
        "Phra Nakhon Si Ayutthaya",
        "bangban.pakkob@gmail.com",
        [("ผักตบชวาตากแห้ง คัดก้านยาว 60 ซม. ขึ้นไป", "water_hyacinth_stems")],
        [],
        bcg=(CIRC, GREEN),
    ),
    sme(
        30,
        "en",
        "Bueng Boraphet Water Hyacinth Group",
        C,
        UP,
        "Nakhon Sawan",
        "boraphet.wh@gmail.com",
        [
            ("Dried WH stalks, bundled", "water_hyacinth_stems"),
            ("Water hyacinth fibre, scraped and combed", "water_hyacinth_fibre"),
        ],
        [u("Solar dryer tunnel", "equipment; no member sells it", "solar_dryer")],
        bcg=(CIRC, GREEN),
    ),
    sme(
        31,
        "th",
        "กลุ่มจักสานผักตบ กว๊านพะเยา",
        C,
        DOWN,
        "Phayao",
        "kwanphayao.sarn@gmail.com",
        [
            ("กระเป๋าสานผักตบ ทรงตะกร้า", "water_hyacinth_bag"),
            ("ตะกร้าผักตบชวา ใส่ของ มีฝาปิด", "water_hyacinth_basket"),
        ],
        [n("ก้านผักตบแห้ง ตัดใบออกแล้ว", "water_hyacinth_stems")],
        certs=(OTOP,),
        bcg=(CIRC,),
    ),
    sme(
        32,
        "en",
        "Nonthaburi Green Loom",
        C,
        MID,
        "Nonthaburi",
        "greenloom.nbi@gmail.com",
        [("Water hyacinth / cotton blend cloth", "water_hyacinth_fabric")],
        [
            n("Eichhornia fibre, long and clean", "water_hyacinth_fibre"),
            n("Undyed mill cotton yarn 20s", "cotton_yarn"),
        ],
        bcg=(CIRC, GREEN),
    ),
    sme(
        33,
        "th",
        "ธารา สปา ซัพพลาย",
        AC,
        DOWN,
        "Nonthaburi",
        "thara.spasupply@gmail.com",
        [("รองเท้าแตะสปา สานผักตบ", "water_hyacinth_slippers")],
        [n("ต้นผักตบอบแห้ง ลำโต", "water_hyacinth_stems"), n("ผ้าใยไผ่ สำหรับบุพื้นรองเท้า", "bamboo_fabric")],
    ),
    sme(
        34,
        "en",
        "Riverside Wellness Hotel",
        AC,
        DOWN,
        "Bangkok",
        "purchasing@riversidewellness.com",
        [],
        [
            n("Spa slippers in natural material, 500 pairs", "water_hyacinth_slippers"),
            n("Bamboo bath towels, OEKO-TEX certified", "bamboo_towel", req=(OEKO,)),
            n("Storage baskets for guest rooms", "water_hyacinth_basket"),
        ],
    ),
    # --- bamboo
    sme(
        35,
        "en",
        "Eastern Bamboo Fibre Co., Ltd.",
        S,
        UP,
        "Prachinburi",
        "sales@easternbamboo.co.th",
        [("Bamboo viscose staple 1.5D x 38 mm, FSC", "bamboo_fibre")],
        [],
        certs=(FSC, OEKO),
        bcg=(BIO,),
    ),
    sme(
        36,
        "th",
        "โรงปั่นด้าย มหาชัย เท็กซ์",
        S,
        MID,
        "Samut Sakhon",
        "mahachai.spin@gmail.com",
        [("เส้นด้ายไผ่ 30/1 สำหรับงานถัก", "bamboo_yarn"), ("ด้ายฝ้าย Cotton 20s ดิบ", "cotton_yarn")],
        [n("เส้นใยเรยอนจากไผ่ ตัด 38 มม.", "bamboo_fibre")],
        certs=(OEKO,),
    ),
    sme(
        37,
        "en",
        "Pak Nam Knitting",
        S,
        MID,
        "Samut Prakan",
        "order@paknamknit.com",
        [("Bamboo single jersey, 180 gsm", "bamboo_fabric")],
        [
            n("Bamboo rayon yarn Ne 30, OEKO-TEX Standard 100", "bamboo_yarn", req=(OEKO,)),
            u("Cupro filament yarn", "no member spins cupro", "cupro_yarn"),
        ],
        certs=(OEKO,),
    ),
    sme(
        38,
        "th",
        "รันไทย สปอร์ต",
        S,
        DOWN,
        "Bangkok",
        "runthai.brand@gmail.com",
        [("เสื้อวิ่งใยไผ่ ระบายอากาศดี", "sport_tshirt")],
        [
            n("ผ้ายืดใยไผ่ เนื้อนุ่ม ไม่ย้วย", "bamboo_fabric"),
            n("หาโรงงานรับตัดเย็บเสื้อกีฬา ขั้นต่ำ 300 ตัว", "sewing_service"),
        ],
    ),
    sme(
        39,
        "th",
        "ผ้าขนหนูใยไผ่ นครชัยศรี",
        AC,
        DOWN,
        "Nakhon Pathom",
        "nakhonchaisri.towel@gmail.com",
        [("ผ้าเช็ดตัวใยไผ่ 30x60 นิ้ว", "bamboo_towel"), ("ชุดผ้าปูที่นอนใยไผ่ สำหรับผู้สูงอายุ", "bamboo_bedding")],
        [n("ด้ายใยไผ่ สำหรับทอผ้าขนหนู", "bamboo_yarn")],
        certs=(OEKO,),
    ),
    sme(
        40,
        "en",
        "Golden Years Care Home",
        AC,
        DOWN,
        "Chonburi",
        "admin@goldenyearscare.co.th",
        [],
        [
            n("Anyone making seamless socks for diabetic residents?", "bamboo_socks"),
            n("Front-opening clothes for residents with limited mobility", "adaptive_garment"),
            n("Soft, breathable bed sheets, 80 sets", "bamboo_bedding"),
        ],
    ),
    sme(
        41,
        "th",
        "โรงถักถุงเท้า อรัญ",
        S,
        MID,
        "Sa Kaeo",
        "aran.socks@gmail.com",
        [("ถุงเท้าใยไผ่ ไร้ตะเข็บ ลดกลิ่นอับ", "bamboo_socks")],
        [n("ด้ายไผ่ เบอร์ 40 สีขาว", "bamboo_yarn")],
    ),
    # --- cotton, indigo, silk, dyeing, sewing
    sme(
        42,
        "th",
        "กลุ่มฝ้ายเข็น นาด้วง",
        H,
        UP,
        "Loei",
        "naduang.cotton@gmail.com",
        [("ฝ้ายเข็นมือ ไจละ 100 กรัม มีสีขาวและสีตุ่น", "cotton_handspun_yarn")],
        [
            n("ปุยฝ้ายอินทรีย์ ต้องมีตรามาตรฐานเกษตรอินทรีย์", "cotton_lint", req=(ORG_TH,)),
            u("เมล็ดพันธุ์ฝ้ายพื้นเมือง", "planting seed is not a fibre; no member sells it", "cotton_seed"),
        ],
        bcg=(BIO,),
    ),
    sme(
        43,
        "en",
        "Northern Organic Cotton Spinners",
        H,
        UP,
        "Chiang Mai",
        "sales@northernorganic.co.th",
        [("GOTS organic cotton yarn 16/1", "organic_cotton_yarn")],
        [],
        certs=(GOTS,),
        bcg=(BIO, GREEN),
    ),
    sme(
        44,
        "th",
        "ครามสกล แม่ฮวน",
        AI,
        MID,
        "Sakon Nakhon",
        "khramsakon@gmail.com",
        [
            ("ผ้าฝ้ายย้อมครามธรรมชาติ", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า", "indigo_dyeing_service"),
            ("เนื้อครามเปียก กก.ละ 180 บาท", "indigo_paste"),
        ],
        [n("ฝ้ายปั่นมือ ไม่ฟอกสี", "cotton_handspun_yarn")],
        certs=(OTOP,),
        bcg=(BIO,),
    ),
    sme(
        45,
        "en",
        "Phrae Mor Hom House",
        H,
        MID,
        "Phrae",
        "morhom.phrae@gmail.com",
        [("Mor hom indigo cotton by the metre", "indigo_dyed_cotton_fabric"), ("Mor hom farmer shirts", "shirt")],
        [n("Fermented indigo dye paste, hom or khram, by the bucket", "indigo_paste")],
    ),
    sme(
        46,
        "th",
        "ห้องเย็บ ป้าแดง",
        AC,
        MID,
        "Bangkok",
        "padaeng.sewing@gmail.com",
        [("รับเย็บเสื้อผ้าตามแบบ จำนวนน้อยก็รับ", "sewing_service")],
        [],
    ),
    sme(
        47,
        "en",
        "Bangphli Garment Services",
        C,
        MID,
        "Samut Prakan",
        "cmt@bangphligarment.com",
        [("Cut-make-trim, 2,000 pcs a day", "sewing_service")],
        [],
        certs=(ISO9001,),
    ),
    sme(
        48,
        "th",
        "กลุ่มทอผ้าไหม บ้านท่าสว่าง",
        AI,
        MID,
        "Surin",
        "thasawang.silk@gmail.com",
        [
            ("เส้นไหมไทยพื้นบ้าน ตรานกยูงพระราชทาน", "silk_yarn"),
            ("ผ้าไหมยกดอก ลายโบราณ", "silk_fabric"),
            ("ผ้าพันคอไหมทอมือ", "silk_scarf"),
        ],
        [n("ครั่ง เปลือกประโหด ฝักคูน ตากแห้ง", "natural_dye_material")],
        certs=(PEACOCK, OTOP),
        bcg=(BIO,),
    ),
    sme(
        49,
        "th",
        "บ้านสีธรรมชาติ สันกำแพง",
        H,
        MID,
        "Chiang Mai",
        "sankamphaeng.dye@gmail.com",
        [
            ("รับย้อมผ้าและเส้นด้ายด้วยสีจากเปลือกไม้", "natural_dyeing_service"),
            ("ผงสีครั่ง ขมิ้น มะเกลือ", "natural_dye_material"),
        ],
        [],
        bcg=(BIO, GREEN),
    ),
    sme(
        50,
        "en",
        "Lamphun ColourTech",
        S,
        MID,
        "Lamphun",
        "service@lamphuncolour.com",
        [("Reactive dyeing of customer fabric, lab dips in 3 days", "reactive_dyeing_service")],
        [],
        certs=(BLUESIGN,),
    ),
    # --- waste and used goods
    sme(
        51,
        "th",
        "ร้านรับซื้อเสื้อผ้ามือสอง คลองเตย",
        C,
        UP,
        "Bangkok",
        "khlongtoei.secondhand@gmail.com",
        [
            ("เสื้อผ้าฝ้ายใช้แล้ว คัดแยกแล้ว ขายเป็นกระสอบ", "used_garments"),
            ("เศษผ้าฝ้ายจากโรงงานตัดเย็บ", "cotton_offcuts"),
        ],
        [],
        bcg=(CIRC,),
    ),
    sme(
        52,
        "en",
        "ReLoop Yarn Co., Ltd.",
        C,
        UP,
        "Samut Sakhon",
        "hello@reloopyarn.com",
        [("GRS recycled cotton yarn from pre-consumer waste", "recycled_cotton_yarn")],
        [
            n("Cotton cutting waste, sorted by colour", "cotton_offcuts"),
            n("Post-consumer cotton clothing", "used_garments"),
        ],
        certs=(GRS,),
        bcg=(CIRC,),
    ),
    sme(
        53,
        "th",
        "ผ้าต่อ หัตถกรรม",
        C,
        DOWN,
        "Chiang Mai",
        "phator.craft@gmail.com",
        [("ผ้าห่มผ้าต่อ จากเศษผ้าทอมือ", "patchwork_quilt"), ("ปลอกหมอนอิงผ้าทอ งานต่อผ้า", "cushion_cover")],
        [n("เศษผ้าทอมือ ชิ้นละไม่ต่ำกว่า 20 ซม.", "handwoven_offcuts")],
        bcg=(CIRC,),
    ),
    sme(
        54,
        "en",
        "Sa Paper & Fibre Studio",
        C,
        DOWN,
        "Chiang Mai",
        "studio@sapaperfibre.com",
        [("Handmade paper sheets from banana and pineapple tow", "banana_paper")],
        [n("Leftover scutching waste from leaf or stem fibre processing", "plant_fibre_waste")],
        bcg=(CIRC, BIO),
    ),
    # --- ageing lifestyle
    sme(
        55,
        "th",
        "บ้านสุขใจ เนอร์สซิ่งโฮม",
        AC,
        DOWN,
        "Bangkok",
        "baansukjai.care@gmail.com",
        [],
        [
            n("ถุงเท้าผู้สูงอายุ ไม่รัดข้อ", "bamboo_socks"),
            n("ชุดผู้ป่วยติดกระดุมแม่เหล็ก ใส่ง่าย", "adaptive_garment"),
        ],
    ),
    sme(
        56,
        "en",
        "Easy Dress Adaptive Apparel",
        AC,
        DOWN,
        "Nonthaburi",
        "team@easydress.co.th",
        [("Magnetic-closure shirts and side-opening trousers for seniors", "adaptive_garment")],
        [n("Soft bamboo knit fabric", "bamboo_fabric"), n("Sewing subcontractor, 500 pcs a month", "sewing_service")],
    ),
    sme(
        57,
        "th",
        "ลูกประคบสมุนไพร บ้านนาเยีย",
        AI,
        DOWN,
        "Ubon Ratchathani",
        "nayia.herbal@gmail.com",
        [("ลูกประคบสมุนไพร ห่อผ้าฝ้ายทอมือ มี อย.", "herbal_compress")],
        [n("ผ้าฝ้ายดิบ ทอกี่พื้นบ้าน สำหรับห่อลูกประคบ", "handwoven_cotton_fabric")],
        certs=(FDA, OTOP),
        bcg=(BIO,),
    ),
    sme(
        58,
        "en",
        "Lanna Herbal Spa",
        AC,
        DOWN,
        "Chiang Mai",
        "spa@lannaherbal.com",
        [],
        [
            n("Herbal compress balls, Thai FDA registered", "herbal_compress", req=(FDA,)),
            u("Bathrobes of bamboo fibre", "members make bamboo towels and sheets, no one makes robes", "bamboo_robe"),
        ],
    ),
    sme(
        59,
        "th",
        "โรงทอผ้าฝ้าย ชนบท",
        AI,
        MID,
        "Khon Kaen",
        "chonnabot.weave@gmail.com",
        [
            ("ผ้าฝ้ายทอมือ สีพื้น พับละ 20 เมตร", "handwoven_cotton_fabric"),
            ("รับทอผ้าจากด้ายของลูกค้า", "weaving_service"),
            ("ผ้ารองจาน ผ้าคาดโต๊ะ ทอมือ", "table_linen"),
        ],
        [
            n("ด้ายฝ้ายโรงงาน เบอร์ 20", "cotton_yarn"),
            n("ด้ายฝ้ายออร์แกนิก ต้องมี GOTS", "organic_cotton_yarn", req=(GOTS,)),
        ],
        certs=(OTOP,),
    ),
    # --- lotus, more
    sme(
        60,
        "th",
        "บ่อบัวหลวง ลาดหลุมแก้ว",
        H,
        UP,
        "Pathum Thani",
        "ladlumkaew.lotus@gmail.com",
        [("ใยบัวหลวงดึงมือ พร้อมต่อเส้น", "lotus_fibre")],
        [n("จ้างต่อใยบัวเป็นเส้นด้าย ใช้ใยของเราเอง", "hand_spinning_service")],
        bcg=(BIO,),
    ),
    sme(
        61,
        "en",
        "Lotus Thread Atelier",
        H,
        MID,
        "Nakhon Pathom",
        "atelier@lotusthread.co",
        [("Lotus silk yarn, spliced, 20 g skeins", "lotus_yarn"), ("Lotus silk stoles, undyed", "lotus_scarf")],
        [n("Bua fibre straight from the growers", "lotus_fibre")],
        bcg=(BIO,),
    ),
    sme(
        62,
        "th",
        "ห้างผ้าไทย ราชดำริ",
        H,
        DOWN,
        "Bangkok",
        "rajdamri.thaisilk@gmail.com",
        [],
        [
            n("ผ้าไหมไทยแท้ ตรานกยูงพระราชทาน", "silk_fabric", req=(PEACOCK,)),
            n("สการ์ฟไหมบัว ไม่จำเป็นต้องมีโอทอป", "lotus_scarf", waive=(OTOP,)),
        ],
    ),
    sme(
        63,
        "en",
        "Maison Saeng",
        H,
        DOWN,
        "Bangkok",
        "buying@maisonsaeng.com",
        [],
        [
            n("Lotus stoles, OTOP 5-star only", "lotus_scarf", req=(OTOP,)),
            n("Pina cloth for evening jackets", "pineapple_fabric"),
        ],
    ),
    sme(
        64,
        "en",
        "Songkhla Lake Lotus Fibre",
        H,
        MID,
        "Songkhla",
        "songkhla.lotus@gmail.com",
        [
            ("Lotus fibre pulling on your stems", "lotus_pulling_service"),
            ("Lotus stem fibre in bulk, hand-pulled", "lotus_fibre"),
        ],
        [n("Fresh lotus petioles within 24 h of cutting", "lotus_stems")],
        bcg=(BIO,),
    ),
    # --- sportech
    sme(
        65,
        "th",
        "ชลบุรี สปอร์ตเท็กซ์",
        S,
        MID,
        "Chonburi",
        "csporttex@gmail.com",
        [("ผ้ากีฬาใยไผ่ผสมโพลีเอสเตอร์ ซับเหงื่อ", "bamboo_fabric")],
        [n("ต้องการโรงย้อมผ้าพับ สีรีแอคทีฟ", "reactive_dyeing_service")],
        certs=(BLUESIGN,),
    ),
    sme(
        66,
        "en",
        "Trail & Court Apparel",
        S,
        DOWN,
        "Bangkok",
        "sourcing@trailcourt.co",
        [("Running tees and tennis polos", "sport_tshirt")],
        [
            n("FSC-sourced bamboo cellulose fibre for our own yarn programme", "bamboo_fibre", req=(FSC,)),
            n("Performance knit with bamboo content, bluesign approved mill", "bamboo_fabric", req=(BLUESIGN,)),
        ],
    ),
    sme(
        67,
        "th",
        "ไผ่ตงกาญจน์ ไฟเบอร์",
        S,
        UP,
        "Kanchanaburi",
        "kanbamboo.fibre@gmail.com",
        [("ใยไผ่ วิสโคส สำหรับปั่นด้าย", "bamboo_fibre"), ("ด้ายใยไผ่ ปั่นเอง เบอร์ 30", "bamboo_yarn")],
        [],
        bcg=(BIO,),
    ),
    # --- cotton and indigo, more
    sme(
        68,
        "th",
        "กลุ่มปลูกฝ้ายอินทรีย์ ภูเขียว",
        AI,
        UP,
        "Chaiyaphum",
        "phukhieo.organic@gmail.com",
        [
            ("ปุยฝ้ายหีบเมล็ดแล้ว ปลูกแบบอินทรีย์", "cotton_lint"),
            ("ด้ายฝ้ายอินทรีย์ ปั่นมือ ปลูกเอง", "organic_cotton_yarn"),
        ],
        [],
        certs=(ORG_TH,),
        bcg=(BIO, GREEN),
    ),
    sme(
        69,
        "en",
        "Isan Silver Living",
        AI,
        DOWN,
        "Khon Kaen",
        "shop@isansilverliving.com",
        [],
        [
            n("Loose-fit button-up tops for older men, natural fibre", "shirt"),
            n("Hand-loomed tote bags, OTOP not required", "handwoven_bag", waive=(OTOP,)),
        ],
    ),
    sme(
        70,
        "th",
        "ร้านของฝาก แม่กลอง",
        AC,
        DOWN,
        "Samut Songkhram",
        "maeklong.gift@gmail.com",
        [("ลูกประคบสมุนไพรสด ทำเองทุกวัน", "herbal_compress")],
        [
            n("ถุงถือจักสานจากผักตบชวา ขายนักท่องเที่ยว", "water_hyacinth_bag"),
            n("ผ้าพันคอฝ้ายย้อมคราม", "cotton_scarf"),
        ],
    ),
    sme(
        71,
        "en",
        "Indigo Isan Collective",
        AI,
        MID,
        "Sakon Nakhon",
        "indigoisan@gmail.com",
        [
            ("Indigofera paste from Organic Thailand farms", "indigo_paste"),
            ("Indigo-dyed cotton scarves", "cotton_scarf"),
        ],
        [n("Plain handwoven cotton, undyed, for dyeing", "handwoven_cotton_fabric")],
        certs=(ORG_TH,),
        bcg=(BIO,),
    ),
    sme(
        72,
        "th",
        "พิพิธภัณฑ์ผ้า เชียงใหม่",
        H,
        DOWN,
        "Chiang Mai",
        "textilemuseum.cm@gmail.com",
        [],
        [
            n("ผ้าใยสับปะรดผืน สำหรับจัดนิทรรศการ", "pineapple_fabric"),
            u("ช่างอนุรักษ์ผ้าโบราณ", "textile conservation is not offered by any member", "conservation_service"),
        ],
    ),
    # --- hemp and ramie, more
    sme(
        73,
        "en",
        "Nan Hemp and Ramie Growers",
        H,
        UP,
        "Nan",
        "nanhempramie@gmail.com",
        [("Hmong hemp yarn, hand-rolled", "hemp_yarn"), ("Sun-dried ramie ribbon", "ramie_fibre")],
        [n("Someone to boil off the gum from our ramie ribbons", "degumming_service")],
        bcg=(BIO,),
    ),
    sme(
        74,
        "th",
        "โรงทอผ้ากัญชง ลำปาง",
        H,
        MID,
        "Lampang",
        "lampang.hemp@gmail.com",
        [("ผ้ากัญชงทอมือ", "hemp_fabric"), ("ด้ายกัญชง ปั่นเครื่อง", "hemp_yarn")],
        [
            n("ด้ายรามี่ สำหรับผสมกับกัญชง", "ramie_yarn"),
            u("ด้ายลินินแท้ จากต้นแฟลกซ์", "flax linen is not grown or spun by any member", "flax_linen_yarn"),
        ],
        bcg=(BIO,),
    ),
    sme(
        75,
        "en",
        "Second Thread Upcycling",
        C,
        DOWN,
        "Bangkok",
        "hi@secondthread.co",
        [("Upcycled jackets from old workwear", "upcycled_garment")],
        [
            n("Worn cotton workwear and denim, any condition", "used_garments"),
            n("Handwoven remnants, small pieces fine", "handwoven_offcuts"),
        ],
        bcg=(CIRC,),
    ),
    # --- kenaf and sport, more
    sme(
        76,
        "th",
        "กลุ่มปอแก้ว โนนสูง",
        AI,
        UP,
        "Nakhon Ratchasima",
        "nonsung.por@gmail.com",
        [("ปอตากแห้ง มัดเป็นฟ่อน", "kenaf_fibre")],
        [],
        bcg=(BIO,),
    ),
    sme(
        77,
        "en",
        "Sisaket Kenaf Weavers",
        AI,
        MID,
        "Sisaket",
        "sisaketkenaf@gmail.com",
        [("Kenaf-cotton handloom fabric, natural beige", "kenaf_fabric")],
        [
            n("Twisted kenaf twine for warp", "kenaf_yarn"),
            n("Weft yarn of organically grown cotton, GOTS not required", "organic_cotton_yarn", waive=(GOTS,)),
        ],
        bcg=(BIO,),
    ),
    sme(
        78,
        "th",
        "บริษัท ฟิตไทย สตูดิโอ จำกัด",
        S,
        DOWN,
        "Bangkok",
        "fitthai.studio@gmail.com",
        [],
        [
            u(
                "เสื่อโยคะทำจากปอแก้ว",
                "members sell kenaf mats for composites and insoles, no one sells yoga mats",
                "kenaf_yoga_mat",
            ),
            n("เสื้อออกกำลังกายผ้าใยไผ่ สกรีนโลโก้", "sport_tshirt"),
        ],
    ),
    sme(
        79,
        "en",
        "Flex Insole Co., Ltd.",
        S,
        MID,
        "Chachoengsao",
        "sales@flexinsole.co.th",
        [("Insoles with a natural-fibre core", "insole")],
        [
            n("Kenaf nonwoven felt, 3 mm", "kenaf_nonwoven"),
            u(
                "Bamboo charcoal powder for odour control",
                "charcoal powder is not bamboo fibre; no member sells it",
                "bamboo_charcoal_powder",
            ),
        ],
    ),
    # --- water hyacinth, more
    sme(
        80,
        "th",
        "กลุ่มผักตบ บางปะกง",
        C,
        UP,
        "Chachoengsao",
        "bangpakong.pakkob@gmail.com",
        [("ใยผักตบชวา ขูดแล้ว ตากแดด", "water_hyacinth_fibre"), ("ผักตบแห้งทั้งต้น", "water_hyacinth_stems")],
        [],
        bcg=(CIRC, GREEN),
    ),
    sme(
        81,
        "en",
        "Andaman Eco Resort",
        C,
        DOWN,
        "Phuket",
        "procurement@andamaneco.com",
        [],
        [
            n("Woven water hyacinth laundry hampers", "water_hyacinth_basket"),
            n("Bamboo-fibre bed linen for 60 rooms, OEKO-TEX nice to have", "bamboo_bedding", waive=(OEKO,)),
            u(
                "Water hyacinth compost for the garden",
                "compost is not a fibre product; no member offers it",
                "water_hyacinth_compost",
            ),
        ],
    ),
    sme(
        82,
        "th",
        "กลุ่มจักสาน ป่าโมก",
        AC,
        DOWN,
        "Ang Thong",
        "pamok.jaksan@gmail.com",
        [
            ("กล่องจักสานผักตบ ใส่ผ้าขนหนู", "water_hyacinth_basket"),
            ("สลิปเปอร์ผักตบ สำหรับโรงแรม", "water_hyacinth_slippers"),
        ],
        [n("วัตถุดิบผักตบสำหรับจักสาน ล็อตละ 1 ตัน", "water_hyacinth_stems")],
        certs=(OTOP,),
        bcg=(CIRC,),
    ),
    # --- buyers of rare fibres
    sme(
        83,
        "en",
        "Rare Fibre Gallery",
        H,
        DOWN,
        "Bangkok",
        "curator@rarefibregallery.com",
        [],
        [
            u(
                "Banana silk scarves, Fairtrade certified",
                "banana scarves exist here, but no maker holds Fairtrade",
                "banana_scarf",
                req=(FAIRTRADE,),
            ),
            n("Hand-spun allo or China grass thread for an exhibition piece", "nettle_yarn", "ramie_yarn"),
        ],
    ),
    sme(
        84,
        "th",
        "กลุ่มใยกล้วยตานี นครศรีฯ",
        H,
        UP,
        "Nakhon Si Thammarat",
        "tani.nakhon@gmail.com",
        [("ใยกล้วยตานี สาวมือ", "banana_fibre"), ("ด้ายใยกล้วยผสมฝ้าย", "banana_yarn")],
        [n("ลำต้นกล้วยที่ตัดเครือแล้ว เอามาขูดใย", "banana_stems")],
        bcg=(BIO, CIRC),
    ),
    sme(
        85,
        "th",
        "สหกรณ์ผู้ปลูกฝ้าย ลพบุรี",
        H,
        UP,
        "Lopburi",
        "lopburicotton@gmail.com",
        [("ฝ้ายทั้งเมล็ด และปุยฝ้ายหีบแล้ว ได้ตรามาตรฐานเกษตรอินทรีย์", "cotton_lint")],
        [],
        certs=(ORG_TH,),
        bcg=(BIO,),
    ),
    sme(
        86,
        "th",
        "ห้อมแพร่ บ้านทุ่งโฮ้ง",
        H,
        UP,
        "Phrae",
        "thunghong.hom@gmail.com",
        [("ห้อมเปียก หมักแล้ว ถังละ 20 กก.", "indigo_paste")],
        [],
        bcg=(BIO,),
    ),
    sme(
        87,
        "en",
        "Fiber Loop Sorting",
        C,
        UP,
        "Pathum Thani",
        "ops@fiberloop.co.th",
        [
            ("Sorted second-hand cotton garments, baled", "used_garments"),
            ("Pre-consumer cotton clippings", "cotton_offcuts"),
        ],
        [],
        bcg=(CIRC,),
    ),
    sme(
        88,
        "th",
        "ศูนย์ดูแลผู้สูงอายุ หัวหิน",
        AC,
        DOWN,
        "Prachuap Khiri Khan",
        "huahin.eldercare@gmail.com",
        [],
        [
            n("ผ้าขนหนูนุ่มๆ สำหรับเช็ดตัวผู้สูงอายุ", "bamboo_towel"),
            u("แผ่นรองซับผู้ใหญ่ ซักได้", "no member makes incontinence pads", "incontinence_pad"),
        ],
    ),
    sme(
        89,
        "en",
        "Isan Wellness Retreat",
        AI,
        DOWN,
        "Udon Thani",
        "stay@isanwellness.com",
        [],
        [
            n("Herbal compress, cotton wrapped", "herbal_compress"),
            n("Natural-indigo cotton yardage for staff uniforms, khram or hom", "indigo_dyed_cotton_fabric"),
            u(
                "Dried lotus leaves for herbal tea",
                "lotus leaves for tea are food, not fibre; no member sells them",
                "lotus_leaf_tea",
            ),
        ],
    ),
    sme(
        90,
        "th",
        "ม่อนผ้า ดีไซน์",
        H,
        MID,
        "Chiang Rai",
        "monpha.design@gmail.com",
        [("เสื้อเชิ้ตผ้าทอมือ ตัดเอง ขายหน้าร้าน", "shirt")],
        [n("อยากหาคนย้อมครามหรือห้อม ผ้ารามี่ที่เราทอเอง", "indigo_dyeing_service")],
    ),
    sme(
        91,
        "en",
        "Pai Natural Fibre Farm",
        H,
        UP,
        "Mae Hong Son",
        "painaturalfibre@gmail.com",
        [("Allo (giant nettle) fibre, cooked in wood ash", "nettle_fibre")],
        [u("Sisal for rope trials", "no member grows or sells sisal", "sisal_fibre")],
        bcg=(BIO,),
    ),
    sme(
        92,
        "th",
        "โรงงานรีไซเคิลด้าย โพธาราม",
        C,
        MID,
        "Ratchaburi",
        "photharam.recycle@gmail.com",
        [("ด้ายรีไซเคิลจากเศษผ้าฝ้าย", "recycled_cotton_yarn")],
        [n("เสื้อยืดเก่า ผ้าฝ้าย 100%", "used_garments")],
        bcg=(CIRC,),
    ),
    sme(
        93,
        "en",
        "Loop Home Textiles",
        C,
        DOWN,
        "Bangkok",
        "buy@loophome.co",
        [],
        [
            n("Yarn spun from cotton waste, GRS certified", "recycled_cotton_yarn", req=(GRS,)),
            n("Cushion covers in handwoven cotton", "cushion_cover"),
        ],
    ),
    sme(
        94,
        "th",
        "ร้านผ้าทอ เมืองร้อยเอ็ด",
        AI,
        DOWN,
        "Roi Et",
        "roiet.phatho@gmail.com",
        [],
        [
            n("ผ้าไหมพื้นเมือง ไม่ต้องมีตรานกยูงก็ได้", "silk_fabric", waive=(PEACOCK,)),
            n("ผ้าคลุมไหล่ไหม", "silk_scarf"),
        ],
    ),
    sme(
        95,
        "en",
        "Silver Age Concept Store",
        AC,
        DOWN,
        "Bangkok",
        "hello@silveragestore.com",
        [],
        [
            n("Light neck wraps for seniors, cotton or silk", "cotton_scarf", "silk_scarf"),
            n("Handwoven table runners", "table_linen"),
        ],
    ),
]

# ------------------------------------------------------------------ checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER_RE = re.compile("[A-Za-z\u00c0-\u024f]")
LANGUAGES = ("th", "en")


def thai_ok(text: str) -> bool:
    """Mostly Thai letters: at least 60 % of the letters are Thai."""
    thai = len(THAI_RE.findall(text))
    latin = len(LATIN_LETTER_RE.findall(text))
    return thai > 0 and thai >= 0.6 * (thai + latin)


def english_ok(text: str) -> bool:
    """Latin script only: printable characters below U+0250, no Thai."""
    return all(" " <= ch < "\u0250" for ch in text)


def qualified(supplier: Sme, need: Need) -> bool:
    labels = {label for _, label in supplier.offers}
    held = {resolve_certification(c) for c in supplier.certifications}
    return bool(labels & set(need.labels)) and set(need.requires) <= held


def suppliers_of(buyer: Sme, need: Need) -> list[Sme]:
    return [s for s in SMES if s.num != buyer.num and qualified(s, need)]


def mentions(cert: str, text: str) -> bool:
    """The text names the certification, affirmed or not."""
    folded = text.casefold()
    for c in CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(name.casefold() in folded for name in names)
    return False


def check() -> list[str]:
    errors: list[str] = []
    nums = [s.num for s in SMES]
    if nums != list(range(1, len(SMES) + 1)):
        errors.append("ids are not 1..N in order")
    if len({s.id for s in SMES}) != len(SMES):
        errors.append("duplicate ids")
    offered_texts = {text.casefold() for s in SMES for text, _ in s.offers}
    for s in SMES:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: bad id")
        if s.language not in LANGUAGES:
            errors.append(f"{where}: bad language")
        if not isinstance(s.sub_cluster, SubCluster) or not isinstance(s.stage, Stage):
            errors.append(f"{where}: bad sub-cluster or stage")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not an English province name")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: bad email {s.email!r}")
        for c in s.certifications:
            if resolve_certification(c) != c:
                errors.append(f"{where}: certification {c!r} is not canonical")
        if len(set(s.bcg)) != len(s.bcg) or not all(isinstance(b, BcgTag) for b in s.bcg):
            errors.append(f"{where}: bad bcg tags")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: needs 0-3 offers and 0-3 needs, not both empty")
        text_ok = thai_ok if s.language == "th" else english_ok
        phrases = [s.name, *(t for t, _ in s.offers), *(nd.text for nd in s.needs)]
        for phrase in phrases:
            if not text_ok(phrase) or phrase != phrase.strip() or not phrase:
                errors.append(f"{where}: phrase not in its language: {phrase!r}")
        for text, label in s.offers:
            if label not in LABELS:
                errors.append(f"{where}: unknown offer label {label!r}")
            claimed = find_certifications(text)
            if not claimed <= set(s.certifications):
                errors.append(f"{where}: offer {text!r} claims {sorted(claimed)} the SME does not hold")
        for need in s.needs:
            errors.extend(check_need(s, need, offered_texts))
    return errors


def check_need(s: Sme, need: Need, offered_texts: set[str]) -> list[str]:
    errors: list[str] = []
    where = f"{s.id} need {need.text!r}"
    if not need.labels:
        errors.append(f"{where}: lists no labels")
    for label in need.labels:
        if label not in LABELS:
            errors.append(f"{where}: unknown label {label!r}")
        if not need.unmet and not any(o.num != s.num and label in {lb for _, lb in o.offers} for o in SMES):
            errors.append(f"{where}: no one else offers {label!r}")
    if need.text.casefold() in offered_texts:
        errors.append(f"{where}: worded exactly as an offer")
    asked = find_certifications(need.text)
    if asked != set(need.requires):
        errors.append(f"{where}: text asks for {sorted(asked)}, data requires {sorted(need.requires)}")
    for cert in (*need.requires, *need.waives):
        if resolve_certification(cert) != cert or not mentions(cert, need.text):
            errors.append(f"{where}: certification {cert!r} not named in the text")
    for cert in need.waives:
        if cert in asked:
            errors.append(f"{where}: waived {cert!r} reads as required")
    found = suppliers_of(s, need)
    if need.unmet and found:
        errors.append(f"{where}: marked unmet but met by {[f.id for f in found]}")
    if not need.unmet and not found:
        errors.append(f"{where}: no qualified supplier")
    return errors


# ------------------------------------------------------------------ links and counts


def true_links() -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id) for buyer in SMES for need in buyer.needs for supplier in suppliers_of(buyer, need)
    }
    return sorted(pairs)


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    needs = [(s, nd) for s in SMES for nd in s.needs]
    met = [(s, nd) for s, nd in needs if not nd.unmet]
    th_en = sum(1 for a, b in links if by_id[a].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for a, b in links if by_id[a].language == "en" and by_id[b].language == "th")
    cross = th_en + en_th
    total = len(links)
    thai = sum(s.language == "th" for s in SMES)
    other_sub = sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{thai} / {len(SMES) - thai}"),
    ]
    sub = Counter(s.sub_cluster for s in SMES)
    rows += [(f"sub-cluster `{sc.value}`", str(sub[sc])) for sc in SubCluster]
    stage = Counter(s.stage for s in SMES)
    rows += [(f"stage `{st.value}`", str(stage[st])) for st in Stage]
    region = Counter(p.region.value for s in SMES if (p := resolve_province(s.province)) is not None)
    rows += [(f"region `{r}`", str(region[r])) for r in sorted(region)]
    per_need = Counter(len(suppliers_of(s, nd)) for s, nd in met)
    rows += [
        ("distinct provinces", str(len({s.province for s in SMES}))),
        ("offers", str(sum(len(s.offers) for s in SMES))),
        ("distinct offer labels", str(len({label for s in SMES for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"),
        (
            "met needs with 1 / 2 / 3 / 4+ suppliers",
            " / ".join(str(per_need[k]) for k in (1, 2, 3)) + f" / {sum(v for k, v in per_need.items() if k >= 4)}",
        ),
        ("needs requiring a certification", str(sum(bool(nd.requires) for _, nd in needs))),
        ("needs waiving a certification", str(sum(bool(nd.waives) for _, nd in needs))),
        ("true links", str(total)),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / total:.0%})" if total else "0"),
        ("within-language links", str(total - cross)),
        ("links between different sub-clusters", str(other_sub)),
    ]
    return rows


def check_targets(links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    by_id = {s.id: s for s in SMES}
    if len(SMES) != 95:
        errors.append(f"{len(SMES)} profiles, want 95")
    thai_share = sum(s.language == "th" for s in SMES) / max(1, len(SMES))
    if not 0.50 <= thai_share <= 0.60:
        errors.append(f"Thai share {thai_share:.0%}, want about 55 %")
    if not 160 <= len(links) <= 180:
        errors.append(f"{len(links)} links, want 160-180")
    cross = sum(by_id[a].language != by_id[b].language for a, b in links)
    if links and not 0.40 <= cross / len(links) <= 0.60:
        errors.append(f"cross-language share {cross / len(links):.0%}, want about half")
    unmet = sum(bool(nd.unmet) for s in SMES for nd in s.needs)
    if not 17 <= unmet <= 23:
        errors.append(f"{unmet} unmet needs, want about 20")
    met = [len(suppliers_of(s, nd)) for s in SMES for nd in s.needs if not nd.unmet]
    if met and sum(1 <= k <= 3 for k in met) < 0.7 * len(met):
        errors.append("fewer than 70 % of met needs have 1-3 suppliers")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [need.text for need in s.needs],
    }
    if s.certifications:
        row["certifications"] = list(s.certifications)
    if s.bcg:
        row["bcg"] = [b.value for b in s.bcg]
    row["contact_email"] = s.email
    row["language"] = s.language
    return json.dumps(row, ensure_ascii=False)


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| measure | count |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)


README = """\
# Evaluation set `blind_plain_lotus`

## What it checks

How well the matcher finds true supplier-buyer pairs among SMEs of the Health and Wellness Economy
cluster from wording it has never seen. The theme is rare plant fibres: lotus stem fibre and lotus
silk, pineapple leaf fibre, banana fibre, nettle and ramie, kenaf, water hyacinth and bamboo fibre;
extraction and hand-splicing, hand spinning and weaving, scarves and cloth of these fibres, and the
designers, museums, luxury shops, hotels, spas and care homes that buy; plus the ordinary upstream and
midstream suppliers of fibre, yarn, cloth, dyeing and sewing.

Profiles are plain registry entries: one short phrase per offer or need, in Thai or English, with
local and regional names (ป่านสับปะรด, ห้อม, คราม, ปอแก้ว, ผักตบ, China grass, PALF, allo), trade words, brand
names, quantities, prices and places. A need is usually worded differently from the offers that meet
it, often in the other language. Hard but fair cases: a service versus the goods it works on (indigo
dyeing of the customer's cloth versus indigo-dyed cloth, sewing for others versus finished garments,
stripping fibre from the customer's stems versus fibre), waste and used goods versus new, raw versus
processed (stalks, fibre, yarn, cloth, product), finished goods described by material or technique,
needs written as a wish, a bare noun phrase or a question, refusals ("no synthetic dye"), needs that
require a named certification and needs that name one only to waive it, and needs that no one in the
set meets (some of them close in wording to what is offered: lotus leaves for tea, bamboo charcoal
powder, jute, kenaf yoga mats).

## How it was written

By hand. The writer read only section 1 of `/work/shared/contracts/CONTRACTS.md` (profile JSONL
version 1 and the links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the `[tool.ruff]`
section of `pyproject.toml`; nothing of the matcher, its glossary, its tests or other evaluation sets.
All data, with the labels, lives in `write.py`; the labels are not in the output files.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `lotus_fibre` versus `lotus_yarn`).
Every need lists the offer labels that would meet it and the certifications its text requires, or is
marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of
the supplier carries a label listed by one of the buyer's needs and the supplier's certifications hold
every certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification ("OTOP ไม่จำเป็น", "OEKO-TEX nice to have") is not required.

Before writing, the script checks ids, every contract field (sub-cluster, stage and BCG values from
`shared.taxonomy`, provinces through `resolve_province`, certifications through
`resolve_certification`), that every label a need lists is offered by someone other than the buyer,
that every met need has a qualified supplier and every unmet one has none, that the certifications a
need's text asks for (by `find_certifications`) are exactly the ones it requires and that waived ones
are named but not asked for, that Thai phrases are mostly Thai letters and English ones Latin only,
and the size targets. It writes nothing if a check fails; two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_lotus/write.py

## Files

- `write.py`: all data and labels; checks them and writes the other three files.
- `profiles.jsonl`: {profiles} SME profiles, cluster profiles JSONL version 1, ids `blo-001` ... `blo-{last:03d}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted, no duplicates.
- `README.md`: this file.

## Counts

{table}
"""


def main() -> int:
    errors = check()
    links = true_links() if not errors else []
    rows = counts(links) if not errors else []
    if not errors:
        errors = check_targets(links)
    if rows:
        print(table(rows))
    if errors:
        print(f"{len(errors)} problem(s); nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    readme = README.format(profiles=len(SMES), last=len(SMES), table=table(rows))
    (OUT_DIR / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    (OUT_DIR / "links.csv").write_text(links_csv, encoding="utf-8", newline="\n")
    (OUT_DIR / "README.md").write_text(readme, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
