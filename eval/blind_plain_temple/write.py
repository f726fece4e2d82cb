"""Write the hand-labelled evaluation set `eval/blind_plain_temple/`.

Temple, ceremonial and festival textiles: monk robes and their cloth, merit-making sets, temple flags and
banners, ceremonial white cloth, Buddha image robes, festival and dance costumes, funeral textiles, and
the weavers, dyers, sewers, printers and traders that supply them.

Every offer is a (text, label) pair; every need lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one. A pair (supplier, buyer) is a true link
when some offer of the supplier carries a label that one of the buyer's needs lists and the supplier holds
every certification that need requires. Labels live only in this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_temple/write.py
It checks the data and writes profiles.jsonl, links.csv and README.md next to itself, or writes nothing
and exits with status 1 when a check fails.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
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

PREFIX = "btm"
N_PROFILES = 95

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
CENT = "ageing_lifestyle_central"
ISAN = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str = ""  # set when no one in the set meets the need

    @property
    def met_by_no_one(self) -> bool:
        return bool(self.unmet_note)


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    name: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding every `req`."""
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `labels` name what would meet it."""
    return Need(text, labels, req, (), note)


def sme(
    sme_id: str,
    language: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    name: str,
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(sme_id, language, sub_cluster, stage, province, email, name, offers, needs, certs, bcg)


# ------------------------------------------------------------------ labels

# Every label an offer carries or a need lists, with what it is. Guards against typos.
LABELS: dict[str, str] = {
    # upstream: fibre, yarn, dye stuff, waste
    "cotton_seed": "cotton seed for sowing",
    "raw_cotton_fibre": "raw cotton, seed cotton or ginned lint",
    "handspun_cotton_yarn": "hand-spun cotton yarn",
    "machine_cotton_yarn": "mill-spun cotton yarn",
    "sewing_thread": "sewing thread on cones",
    "mulberry_sapling": "mulberry plants",
    "silkworm_eggs": "silkworm eggs",
    "silk_cocoon": "silk cocoons",
    "silk_yarn_handreeled": "Thai hand-reeled silk yarn",
    "silk_yarn_filament": "machine-reeled filament silk yarn",
    "metallic_yarn": "gold and silver metallic yarn for weaving",
    "jackfruit_heartwood_dye": "jackfruit heartwood, the dye stuff of robes",
    "indigo_dye_paste": "indigo paste or powder",
    "indigo_leaves": "fresh indigo plants",
    "lac_dye": "stick lac dye stuff",
    "ebony_fruit_dye": "ebony fruit dye stuff",
    "synthetic_textile_dye": "synthetic (reactive, acid) textile dyes",
    "hemp_seed": "hemp seed for sowing",
    "hemp_fibre": "raw hemp bast fibre",
    "hemp_yarn": "hemp yarn or thread",
    "used_monk_robes": "used monk robes collected for reuse or recycling",
    "textile_offcuts": "cutting waste, offcuts",
    "used_clothing": "second-hand clothing in bulk",
    "antique_handwoven_textile": "old handwoven textiles, collectors' pieces",
    "deadstock_fabric_rolls": "surplus new fabric rolls sold by weight",
    "pet_bottle_waste": "post-consumer PET bottles",
    "recycled_pet_fibre": "recycled polyester staple fibre",
    "recycled_pet_yarn": "recycled polyester yarn",
    "recycled_cotton_fibre": "recycled cotton fibre from shredded textiles",
    "recycled_cotton_yarn": "recycled cotton yarn",
    # midstream: fabric
    "greige_cotton_fabric": "unbleached cotton fabric (pha dip)",
    "bleached_white_cotton_fabric": "bleached white cotton fabric by the roll",
    "monk_robe_cloth_blend": "robe-coloured polyester-cotton cloth by the roll",
    "monk_robe_cloth_cotton": "robe-coloured cotton cloth by the roll, synthetic dye",
    "monk_robe_cloth_natural_dyed": "robe cloth dyed with jackfruit wood or other plant dye",
    "handwoven_cotton_fabric": "handwoven cotton fabric, undyed or plain",
    "indigo_dyed_cotton_fabric": "indigo-dyed cotton fabric (mor hom, khram)",
    "silk_mudmee_fabric": "ikat (mudmee) silk fabric",
    "silk_plain_fabric": "plain-woven silk fabric",
    "praewa_silk_fabric": "praewa supplementary-weft silk",
    "yok_brocade_fabric": "brocade (pha yok, yok dok) with metallic or silk supplementary weft",
    "hemp_fabric": "plain hemp cloth",
    "batik_hemp_fabric": "wax-resist (batik) hemp cloth",
    "polyester_flag_fabric": "polyester satin or flag cloth",
    "coated_tarpaulin_fabric": "PVC-coated tarpaulin fabric",
    "quick_dry_sport_fabric": "quick-dry polyester sports knit",
    "recycled_pet_fabric": "fabric knitted or woven from recycled PET",
    "embroidery_thread": "embroidery thread",
    "costume_embroidered_parts": "embroidered collars and pieces for costumes",
    # midstream: services on the customer's goods
    "robe_dyeing_service": "dyeing the customer's cloth in robe colours, synthetic dye",
    "robe_dyeing_natural_service": "dyeing the customer's cloth in robe colours with jackfruit wood",
    "natural_dyeing_service": "dyeing the customer's yarn or cloth with plant or insect dyes",
    "indigo_dyeing_service": "indigo dyeing of the customer's cloth",
    "robe_sewing_service": "sewing robes from the customer's cloth (CMT)",
    "machine_embroidery_service": "machine embroidery on the customer's goods",
    "hand_goldwork_embroidery_service": "hand goldwork embroidery on the customer's costumes",
    "screen_printing_service": "screen printing on the customer's shirts",
    "sublimation_printing_service": "dye-sublimation printing on the customer's fabric",
    # downstream goods
    "sacred_thread_roll": "sacred thread (sai sin) for ceremonies",
    "monk_robe_garments": "finished monk robes, single pieces or full sets",
    "monk_bathing_cloth": "rains-retreat bathing cloth for monks",
    "monk_shoulder_bag": "monk shoulder bag (yam)",
    "sangkhathan_set": "merit-making offering set (sangkhathan)",
    "buddhist_flag": "Dharma-wheel, six-colour and temple flags and bunting",
    "tung_banner": "northern tung and Isan thung hanging banners",
    "painted_cloth_scroll": "painted cloth scroll (pha phawet)",
    "teen_jok_skirt": "tube skirt with a jok-woven hem",
    "sublimated_sport_jersey": "sublimation-printed sports jerseys",
    "printed_event_tshirt": "printed event t-shirts",
    "blank_tshirt": "plain t-shirts for printing",
    "recycled_pet_robe_cloth": "robe cloth woven from recycled PET",
    "monk_robe_garments_recycled": "finished monk robes made from recycled PET",
    "adaptive_monk_robe": "easy-wear robes for elderly or ill monks",
    "alms_bowl_cover": "alms bowl cover and sling (thalok bat)",
    "monk_umbrella_tent": "glot umbrella tent with net for walking monks",
    "buddha_image_robe": "robes and sashes for Buddha images",
    "kathin_pha_pa_set": "ready kathin or pha pa offering set",
    "kathin_procession_flag": "kathin procession flags (crocodile, mermaid, centipede)",
    "altar_table_cloth": "altar table cloth",
    "temple_floor_carpet": "carpet for temple halls",
    "indigo_cotton_shirt": "shirts of indigo-dyed cotton",
    "cloth_tote_bag": "cloth tote bags",
    "fabric_lantern": "cloth lanterns for Yi Peng and Loy Krathong",
    "silk_tube_skirt": "finished silk tube skirts",
    "khon_costume": "khon and lakhon costumes",
    "classical_dance_costume": "classical Thai dance costumes",
    "folk_dance_costume": "regional folk dance costumes",
    "nora_costume": "beaded Nora costumes",
    "costume_trims": "sequins, beads, lace and braid trims",
    "batik_cotton_fabric": "batik cotton fabric",
    "hill_tribe_festival_wear": "hill-tribe festival costumes",
    "hilltribe_embroidered_panel": "hill-tribe embroidered cloth panels",
    "poy_sang_long_costume": "Shan novice-ordination costumes",
    "brass_dance_nails": "brass fingernails for nail dance",
    "songkran_floral_shirt": "floral Songkran shirts",
    "waterproof_phone_pouch": "waterproof phone pouches",
    "dry_bag": "roll-top dry bags",
    "event_tent": "tents for temple fairs and events",
    "garment_sewing_service": "sewing garments from the customer's cloth and pattern (CMT)",
    "plastic_shredder": "plastic shredding machine",
    "pakama_loincloth": "pha khao ma, the checked cotton loincloth",
    "cotton_tube_skirt": "finished cotton tube skirts",
    "funeral_drapery": "coffin drapes and funeral drapery",
    "funeral_shroud": "white shrouds",
    "fire_retardant_curtain": "fire-retardant curtains",
    "mourning_wear": "black mourning clothes",
    "white_practice_wear": "white clothes for meditation retreats and nuns",
    "meditation_cushion": "floor and meditation cushions",
    "triangle_khit_pillow": "triangle khit pillows",
    "kapok_fibre": "kapok stuffing fibre",
    "monk_hospital_gown": "patient gowns for monks",
    "patient_gown": "patient gowns",
    "incontinence_bed_pad": "washable incontinence bed pads",
    "printed_vinyl_banner": "printed vinyl banners",
    "lotus_fibre_cloth": "cloth woven from lotus-stem fibre",
    "mosquito_net_fabric": "mosquito netting by the roll",
    "stupa_wrapping_cloth": "long cloth for wrapping a stupa",
    "batik_wax": "wax for batik",
    "life_vest": "buoyancy vests",
    "muay_thai_mongkol": "Muay Thai mongkol headband and prajiad armband",
    "muay_thai_shorts": "Muay Thai shorts",
    "screen_printing_ink": "screen printing ink",
}

# ------------------------------------------------------------------ profiles

SMES: tuple[Sme, ...] = (
    # ---------------------------------------------------------------- 001-024 fibre, yarn, dye stuff, waste
    sme(
        "btm-001",
        "th",
        HEMP,
        UP,
        "Loei",
        "nasao.cotton@gmail.com",
        "กลุ่มเกษตรกรฝ้ายอินทรีย์บ้านนาซ่าว",
        offers=(
            ("ปุยฝ้ายตุ่ย ปลูกแบบอินทรีย์ ขายเป็นกิโล", "raw_cotton_fibre"),
            ("ฝ้ายเข็นมือ สีขาวนวล ไม่ฟอก", "handspun_cotton_yarn"),
        ),
        needs=(unmet("เมล็ดพันธุ์ฝ้ายพื้นเมือง แท้ ไม่ผสม", "seed for sowing; no seed seller", "cotton_seed"),),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        "btm-002",
        "en",
        HEMP,
        UP,
        "Chiang Mai",
        "maechaem.spin@gmail.com",
        "Mae Chaem Spinning Circle",
        offers=(("hand-spun cotton yarn, natural khaki, 1 kg hanks", "handspun_cotton_yarn"),),
        needs=(
            need("raw cotton from Organic Thailand certified farms", "raw_cotton_fibre", req=("Organic Thailand",)),
        ),
        bcg=("bio",),
    ),
    sme(
        "btm-003",
        "th",
        CENT,
        UP,
        "Samut Sakhon",
        "sales@siamcottonyarn.co.th",
        "บริษัท สยามคอตตอนยาร์น จำกัด",
        offers=(
            ("ด้ายฝ้าย 100% เบอร์ 20/1 ม้วนโคน", "machine_cotton_yarn"),
            ("ด้ายเย็บผ้าโพลีเอสเตอร์ 40/2 สีเหลืองพระ", "sewing_thread"),
        ),
        needs=(need("ฝ้ายดิบเป็นเบล ส่งโรงงานมหาชัย", "raw_cotton_fibre"),),
        certs=("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    sme(
        "btm-004",
        "en",
        ISAN,
        UP,
        "Surin",
        "goldencocoon.surin@gmail.com",
        "Surin Golden Cocoon Co-op",
        offers=(
            ("yellow cocoons, native Nang Noi strain", "silk_cocoon"),
            ("hand-reeled mai noi silk, degummed, per kg", "silk_yarn_handreeled"),
        ),
        needs=(unmet("mulberry saplings for new plots", "plants, not textile; no nursery", "mulberry_sapling"),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        "btm-005",
        "th",
        ISAN,
        UP,
        "Khon Kaen",
        "nonsaat.silk@gmail.com",
        "กลุ่มเลี้ยงไหมบ้านโนนสะอาด",
        offers=(("รังไหมสด พันธุ์ไทยพื้นบ้าน ขายรายวัน", "silk_cocoon"),),
        needs=(unmet("ไข่ไหม พันธุ์ดอกบัว 20 แผ่น", "silkworm eggs; no one offers them", "silkworm_eggs"),),
        bcg=("bio",),
    ),
    sme(
        "btm-006",
        "th",
        HEMP,
        UP,
        "Phrae",
        "pasri.dyewood@gmail.com",
        "ร้านไม้ย้อมสีป้าศรี",
        offers=(
            ("แก่นขนุนสับ ตากแห้ง กก.ละ 60 บาท", "jackfruit_heartwood_dye"),
            ("ห้อมเปียก หมักแล้ว ถัง 5 กิโล", "indigo_dye_paste"),
        ),
        bcg=("bio",),
    ),
    sme(
        "btm-007",
        "en",
        HEMP,
        UP,
        "Sakon Nakhon",
        "hello@sakonindigo.com",
        "Sakon Indigo Paste Co.",
        offers=(("fermented indigo paste, 5 kg tubs", "indigo_dye_paste"),),
        needs=(unmet("contract growers of Indigofera leaves", "fresh plants; no grower offers them", "indigo_leaves"),),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        "btm-008",
        "th",
        CENT,
        UP,
        "Bangkok",
        "rungruangchem@hotmail.com",
        "หจก. รุ่งเรืองเคมีสิ่งทอ",
        offers=(
            ("สีรีแอคทีฟ ย้อมฝ้าย โทนเหลืองพระราชนิยม", "synthetic_textile_dye"),
            ("สีแอซิดสำหรับไหม กระป๋อง 1 กก.", "synthetic_textile_dye"),
        ),
    ),
    sme(
        "btm-009",
        "en",
        HEMP,
        UP,
        "Lamphun",
        "lannalac@gmail.com",
        "Lanna Lac & Dyewood Supply",
        offers=(
            ("stick lac for crimson dye, 1 kg bags", "lac_dye"),
            ("kaen khanun heartwood chips for kasaya dyeing", "jackfruit_heartwood_dye"),
            ("dried makluea (ebony) fruit for black", "ebony_fruit_dye"),
        ),
        bcg=("bio",),
    ),
    sme(
        "btm-010",
        "th",
        CIRC,
        UP,
        "Nonthaburi",
        "jiwonkhuenwat@gmail.com",
        "โครงการจีวรคืนวัด",
        offers=(
            ("จีวรเก่า ผ้าไตรใช้แล้ว คัดสีแล้ว ขายเป็นกิโล", "used_monk_robes"),
            ("เศษผ้าเหลือจากโรงตัดผ้าไตร", "textile_offcuts"),
        ),
        bcg=("circular",),
    ),
    sme(
        "btm-011",
        "en",
        CIRC,
        UP,
        "Samut Prakan",
        "info@saffronloop.co",
        "Saffron Loop Recycling",
        offers=(
            ("rPET staple fibre from collected bottles, dope-dyed ochre", "recycled_pet_fibre"),
            ("garnetted cotton fibre from post-consumer robes", "recycled_cotton_fibre"),
        ),
        needs=(
            need("worn-out kasaya, any shade, by the tonne", "used_monk_robes"),
            need("clear post-consumer bottles, baled", "pet_bottle_waste"),
        ),
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        "btm-012",
        "th",
        CIRC,
        UP,
        "Rayong",
        "charoen.recycle@gmail.com",
        "ร้านรับซื้อของเก่า เจริญพาณิชย์",
        offers=(("ขวดน้ำพลาสติกใส PET อัดก้อน", "pet_bottle_waste"),),
        bcg=("circular",),
    ),
    sme(
        "btm-013",
        "en",
        CIRC,
        UP,
        "Chachoengsao",
        "sales@ccsyarns.com",
        "Chachoengsao Recycled Yarns Ltd.",
        offers=(
            ("recycled polyester filament 150D/48F, saffron", "recycled_pet_yarn"),
            ("OE recycled cotton yarn Ne 10, grey melange", "recycled_cotton_yarn"),
        ),
        needs=(
            need("bottle-grade recycled polyester fibre, GRS certified", "recycled_pet_fibre", req=("GRS",)),
            need("bottle flakes or whole bales, any colour", "pet_bottle_waste"),
        ),
        certs=("GRS", "ISO 9001"),
        bcg=("circular",),
    ),
    sme(
        "btm-014",
        "th",
        HEMP,
        UP,
        "Chiang Mai",
        "maesamai.hemp@gmail.com",
        "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
        offers=(
            ("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_fibre"),
            ("เส้นใยกัญชงต่อมือ ปั่นเกลียวแล้ว", "hemp_yarn"),
        ),
        needs=(unmet("เมล็ดกัญชงสายพันธุ์เส้นใย พร้อมใบอนุญาต", "seed; no one offers it", "hemp_seed"),),
        bcg=("bio",),
    ),
    sme(
        "btm-015",
        "en",
        HEMP,
        UP,
        "Phetchabun",
        "khaokho.hemp@gmail.com",
        "Khao Kho Hmong Hemp Thread",
        offers=(("hand-spliced hemp thread, ash-whitened", "hemp_yarn"),),
        needs=(need("raw hemp bast strips, sun-dried", "hemp_fibre"),),
        certs=("Fairtrade",),
        bcg=("bio",),
    ),
    sme(
        "btm-016",
        "th",
        ISAN,
        UP,
        "Khon Kaen",
        "chonnabot.coop@gmail.com",
        "สหกรณ์ผู้เลี้ยงไหมชนบท",
        offers=(
            ("เส้นไหมน้อย ฟอกกาวแล้ว พร้อมทอ", "silk_yarn_handreeled"),
            ("ไหมลืบ ไหมเปลือก ราคาส่ง", "silk_yarn_handreeled"),
        ),
        needs=(need("รับซื้อฝักไหม ทุกวัน", "silk_cocoon"),),
        certs=("OTOP",),
    ),
    sme(
        "btm-017",
        "en",
        CENT,
        UP,
        "Phetchabun",
        "ginnery.pcb@gmail.com",
        "Phetchabun Cotton Ginnery",
        offers=(("ginned cotton lint, 180 kg press-packed bales", "raw_cotton_fibre"),),
    ),
    sme(
        "btm-018",
        "th",
        CENT,
        DOWN,
        "Nakhon Pathom",
        "phraathit.thread@gmail.com",
        "โรงงานด้ายสายสิญจน์ ตราพระอาทิตย์",
        offers=(
            ("สายสิญจน์ ๙ เส้น ม้วนใหญ่ ใช้ในพิธีมงคล", "sacred_thread_roll"),
            ("ด้ายแดงผูกข้อมือ แพ็คละ 100 เส้น", "sacred_thread_roll"),
        ),
        needs=(need("ด้ายดิบฝ้ายล้วน เบอร์ 10 สีขาว", "machine_cotton_yarn"),),
    ),
    sme(
        "btm-019",
        "en",
        HEMP,
        UP,
        "Chiang Rai",
        "orders@greenthread.co.th",
        "Green Thread Organic Spinners",
        offers=(("GOTS organic combed yarn Ne 30/1", "machine_cotton_yarn"),),
        needs=(need("seed cotton, TAS 9000 organic", "raw_cotton_fibre", req=("Organic Thailand",)),),
        certs=("GOTS", "OEKO-TEX Standard 100"),
        bcg=("bio", "green"),
    ),
    sme(
        "btm-020",
        "th",
        CIRC,
        UP,
        "Khon Kaen",
        "kk.phakao@gmail.com",
        "ร้านผ้าเก่าโบราณ ขอนแก่น",
        offers=(
            ("ผ้าซิ่นโบราณ ผ้าทอเก่า อายุเกิน 50 ปี", "antique_handwoven_textile"),
            ("เสื้อผ้ามือสองคัดเกรด ขายเป็นกระสอบ", "used_clothing"),
        ),
        bcg=("circular",),
    ),
    sme(
        "btm-021",
        "en",
        ISAN,
        UP,
        "Nakhon Ratchasima",
        "korat.silkyarn@gmail.com",
        "Korat Silk Yarn Trading",
        offers=(
            ("filament silk 20/22 denier, imported, dyed to order", "silk_yarn_filament"),
            ("gold and silver metallic yarn for brocade weft", "metallic_yarn"),
        ),
    ),
    sme(
        "btm-022",
        "th",
        CIRC,
        UP,
        "Bangkok",
        "pratunam.deadstock@gmail.com",
        "ร้านผ้าค้างสต็อก ประตูน้ำ",
        offers=(("ผ้าม้วนค้างสต็อก ล้างโกดัง ขายเป็นกิโล", "deadstock_fabric_rolls"),),
        needs=(need("ขี้ผ้าจากโรงงานตัดเย็บ", "textile_offcuts"),),
        bcg=("circular",),
    ),
    sme(
        "btm-023",
        "th",
        CENT,
        MID,
        "Nakhon Pathom",
        "srisunthorn.weaving@gmail.com",
        "โรงทอผ้าไตร ศรีสุนทร",
        offers=(
            ("ผ้าโทเรทำจีวร สีพระราชนิยม หน้ากว้าง 44 นิ้ว", "monk_robe_cloth_blend"),
            ("ผ้ามัสลินฝ้ายแท้ สีกรัก สำหรับตัดไตร", "monk_robe_cloth_cotton"),
        ),
        needs=(
            need("เส้นด้ายฝ้ายเบอร์ 30 ขึ้นไป", "machine_cotton_yarn"),
            need("ต้องการโรงย้อม ส่งผ้าจากกี่ไปทำสีกรัก", "robe_dyeing_service", "robe_dyeing_natural_service"),
        ),
        certs=("ISO 9001",),
    ),
    sme(
        "btm-024",
        "en",
        CENT,
        MID,
        "Samut Prakan",
        "sales@bangphlitextile.com",
        "Bang Phli Textile Mill",
        offers=(
            ("greige cotton sheeting 60 in, unbleached", "greige_cotton_fabric"),
            ("bleached white muslin 40x40, 110x70", "bleached_white_cotton_fabric"),
        ),
        needs=(need("Ne 20-40 cotton for the looms, container lots", "machine_cotton_yarn"),),
        certs=("OEKO-TEX Standard 100",),
    ),
    # ---------------------------------------------------------------- 025-048 dyers, weavers, printers, sewers
    sme(
        "btm-025",
        "th",
        CENT,
        MID,
        "Bangkok",
        "chorcharoen.dye@gmail.com",
        "โรงย้อมผ้าจีวร ช.เจริญ",
        offers=(
            ("รับย้อมผ้าดิบของลูกค้า เป็นสีพระราชนิยม สีกรัก สีเหลืองทอง", "robe_dyeing_service"),
            ("ผ้าไตรย้อมสำเร็จ ขายยกพับ", "monk_robe_cloth_blend"),
        ),
        needs=(
            need("หัวสีเคมีสำหรับย้อมผ้าฝ้าย", "synthetic_textile_dye"),
            need("ผ้าดิบโรงงาน ยกม้วน", "greige_cotton_fabric"),
        ),
    ),
    sme(
        "btm-026",
        "en",
        HEMP,
        MID,
        "Sakon Nakhon",
        "dyehouse@sakonnatural.com",
        "Sakon Natural Dye House",
        offers=(
            ("commission indigo vat dyeing of your cotton or hemp, min 10 m", "indigo_dyeing_service"),
            ("indigo-dyed handwoven cotton, Sakon patterns, per metre", "indigo_dyed_cotton_fabric"),
        ),
        needs=(need("khram paste, certified under Organic Thailand", "indigo_dye_paste", req=("Organic Thailand",)),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        "btm-027",
        "th",
        HEMP,
        MID,
        "Phrae",
        "maethip.morhom@gmail.com",
        "ม่อฮ่อมแม่ทิพย์ แพร่",
        offers=(
            ("ผ้าหม้อห้อมทอมือ ย้อมห้อมแท้ หลาละ 120 บาท", "indigo_dyed_cotton_fabric"),
            ("รับย้อมห้อม ผ้าของลูกค้า ขั้นต่ำ 20 หลา", "indigo_dyeing_service"),
            ("เสื้อม่อฮ่อม คอจีน กระดุมกะลา", "indigo_cotton_shirt"),
        ),
        needs=(
            need("เนื้อครามหมัก พร้อมก่อหม้อ", "indigo_dye_paste"),
            need("ผ้าฝ้ายทอกี่กระตุก เป็นพับ", "handwoven_cotton_fabric"),
        ),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        "btm-028",
        "en",
        ISAN,
        MID,
        "Ubon Ratchathani",
        "ubon.kasaya.dye@gmail.com",
        "Ubon Forest-Robe Dyers",
        offers=(
            ("jackfruit-wood dyeing of robe cloth you send us, forest-tradition brown", "robe_dyeing_natural_service"),
            ("natural dyeing of yardage and scarves: lac, ebony, mango bark", "natural_dyeing_service"),
        ),
        needs=(need("jackfruit wood offcuts from sawmills, 100 kg monthly", "jackfruit_heartwood_dye"),),
        bcg=("bio", "green"),
    ),
    sme(
        "btm-029",
        "th",
        HEMP,
        MID,
        "Lamphun",
        "donluang.weave@gmail.com",
        "กลุ่มทอผ้าบ้านดอนหลวง",
        offers=(
            ("ผ้าฝ้ายทอมือ ลายยกดอก สีขาวธรรมชาติ", "handwoven_cotton_fabric"),
            ("ผ้าฝ้ายทอมือย้อมแก่นขนุน สำหรับตัดจีวรถวายพระ", "monk_robe_cloth_natural_dyed"),
        ),
        needs=(need("เส้นฝ้ายปั่นมือ เส้นเล็ก สม่ำเสมอ", "handspun_cotton_yarn"),),
        certs=("OTOP",),
    ),
    sme(
        "btm-030",
        "en",
        ISAN,
        MID,
        "Khon Kaen",
        "chonnabot.mudmee@gmail.com",
        "Chonnabot Mudmee House",
        offers=(
            ("mudmee silk lengths, 4 m, Royal Peacock gold", "silk_mudmee_fabric"),
            ("plain gold-yellow Thai silk for robes of Buddha images", "silk_plain_fabric"),
        ),
        needs=(need("silk from native yellow-cocoon breeds, village reeled", "silk_yarn_handreeled"),),
        certs=("Thai Silk Peacock Emblem", "OTOP"),
    ),
    sme(
        "btm-031",
        "th",
        ISAN,
        MID,
        "Kalasin",
        "banphon.praewa@gmail.com",
        "กลุ่มทอผ้าแพรวาบ้านโพน",
        offers=(
            ("ผ้าแพรวาไหมแท้ ผืนละ 1 เมตร", "praewa_silk_fabric"),
            ("ผ้าไหมมัดหมี่ลายโบราณ", "silk_mudmee_fabric"),
        ),
        needs=(
            need("ไหมพื้นบ้าน สาวมือ", "silk_yarn_handreeled"),
            need("บริการย้อมไหมด้วยครั่ง", "natural_dyeing_service"),
        ),
        certs=("OTOP", "Thai Silk Peacock Emblem"),
    ),
    sme(
        "btm-032",
        "en",
        CENT,
        MID,
        "Nakhon Si Thammarat",
        "yokmuangnakhon@gmail.com",
        "Muang Nakhon Yok Brocade Studio",
        offers=(("pha yok Muang Nakhon, silk with gold supplementary weft", "yok_brocade_fabric"),),
        needs=(
            need("flat lurex for the pattern picks", "metallic_yarn"),
            need("silk for the ground weave, any reeling", "silk_yarn_handreeled", "silk_yarn_filament"),
        ),
    ),
    sme(
        "btm-033",
        "th",
        HEMP,
        MID,
        "Lamphun",
        "yokdok.lamphun@gmail.com",
        "ร้านผ้าไหมยกดอกลำพูน เวียงยอง",
        offers=(("ผ้าไหมยกดอกลำพูน ลายพิกุลทอง", "yok_brocade_fabric"),),
        needs=(need("ไหมโรงงาน ย้อมสีพร้อมขึ้นกี่", "silk_yarn_filament"),),
        certs=("Thai Silk Peacock Emblem",),
    ),
    sme(
        "btm-034",
        "en",
        HEMP,
        MID,
        "Tak",
        "phopphra.hemp@gmail.com",
        "Phop Phra Hmong Batik Workshop",
        offers=(
            ("wax-resist indigo batik on hemp (pa khian tian)", "batik_hemp_fabric"),
            ("plain hemp cloth, backstrap woven, 35 cm", "hemp_fabric"),
        ),
        needs=(
            need("spun hemp, ready for the loom", "hemp_yarn"),
            need("indigo for the batik vat", "indigo_dye_paste"),
        ),
        certs=("Fairtrade",),
        bcg=("bio",),
    ),
    sme(
        "btm-035",
        "th",
        SPORT,
        MID,
        "Samut Sakhon",
        "siampoly.fabric@gmail.com",
        "บริษัท สยามโพลีผ้าใบ จำกัด",
        offers=(
            ("ผ้าต่วนโพลีเอสเตอร์ทำธง หน้า 60 นิ้ว", "polyester_flag_fabric"),
            ("ผ้าใบเคลือบ PVC กันน้ำ สำหรับเต็นท์", "coated_tarpaulin_fabric"),
        ),
        needs=(need("เส้นด้ายโพลีเอสเตอร์รีไซเคิล ไม่ต้องมี GRS", "recycled_pet_yarn", waive=("GRS",)),),
        certs=("ISO 9001", "Thai Industrial Standard"),
    ),
    sme(
        "btm-036",
        "en",
        SPORT,
        MID,
        "Bangkok",
        "print@bkksublimation.com",
        "BKK Sublimation Print House",
        offers=(
            ("dye-sublimation printing on your polyester, up to 1.6 m wide", "sublimation_printing_service"),
            ("custom sublimated team jerseys, MOQ 20", "sublimated_sport_jersey"),
        ),
        needs=(
            need("white poly satin for flags and bunting", "polyester_flag_fabric"),
            need("quick-dry knit, 140 gsm, white", "quick_dry_sport_fabric"),
        ),
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        "btm-037",
        "th",
        SPORT,
        MID,
        "Chonburi",
        "drytech.knit@gmail.com",
        "โรงถักผ้าสปอร์ต ดรายเทค",
        offers=(
            ("ผ้าไมโครโพลี ดรายฟิต 140 แกรม สีขาว", "quick_dry_sport_fabric"),
            ("ผ้าถักจากขวดพลาสติกรีไซเคิล", "recycled_pet_fabric"),
        ),
        needs=(need("เส้นด้ายรีไซเคิลจากขวด มีใบรับรอง GRS", "recycled_pet_yarn", req=("GRS",)),),
        certs=("GRS", "OEKO-TEX Standard 100"),
        bcg=("circular",),
    ),
    sme(
        "btm-038",
        "en",
        CENT,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "ayutthaya.robesewing@gmail.com",
        "Ayutthaya Robe Sewing Works",
        offers=(
            ("CMT sewing of trai robes from your cloth, 7 or 9 khan", "robe_sewing_service"),
            ("saffron offcuts from robe cutting, per sack", "textile_offcuts"),
        ),
        needs=(
            need("ready-dyed robe cloth, Toray or TC, by the bolt", "monk_robe_cloth_blend"),
            need("poly sewing thread in robe colours", "sewing_thread"),
        ),
    ),
    sme(
        "btm-039",
        "th",
        CENT,
        MID,
        "Nonthaburi",
        "pakchuewat@gmail.com",
        "ร้านรับปักชื่อวัด นนทบุรี",
        offers=(("รับปักชื่อวัด ปักโลโก้ ลงย่าม ผ้า เสื้อ ด้วยจักรคอมพิวเตอร์", "machine_embroidery_service"),),
        needs=(need("ไหมปักจักร สีทองเงา", "embroidery_thread"),),
    ),
    sme(
        "btm-040",
        "en",
        CENT,
        MID,
        "Bangkok",
        "atelier@khongoldwork.com",
        "Khon Goldwork Atelier",
        offers=(
            ("hand goldwork embroidery for khon and lakhon costumes", "hand_goldwork_embroidery_service"),
            ("embroidered collars and shoulder pieces, ready-made", "costume_embroidered_parts"),
        ),
        needs=(need("brocade or pha yok in bright colours for costume bodies", "yok_brocade_fabric"),),
    ),
    sme(
        "btm-041",
        "th",
        ISAN,
        MID,
        "Khon Kaen",
        "kk.screen.boon@gmail.com",
        "ร้านสกรีนเสื้องานบุญ ขอนแก่น",
        offers=(
            ("รับสกรีนเสื้องานบุญ งานกฐิน ขั้นต่ำ 30 ตัว", "screen_printing_service"),
            ("เสื้อยืดสกรีนงานบวช งานกฐิน มีพร้อมส่ง", "printed_event_tshirt"),
        ),
        needs=(
            need("เสื้อยืดเปล่า คอกลม สีเหลือง ผ้าฝ้าย", "blank_tshirt"),
            unmet("หมึกสกรีนพลาสติซอล ไร้สารตะกั่ว", "ink; no one sells it", "screen_printing_ink"),
        ),
    ),
    sme(
        "btm-042",
        "en",
        HEMP,
        MID,
        "Nan",
        "nan.thailue.weavers@gmail.com",
        "Nan Thai Lue Weavers",
        offers=(
            ("Thai Lue handwoven cotton, lai nam lai pattern", "handwoven_cotton_fabric"),
            ("sin tin jok tube skirts, ready to wear", "teen_jok_skirt"),
        ),
        needs=(
            need("khen mue cotton for weft, undyed", "handspun_cotton_yarn"),
            need("lac for red weft dyeing", "lac_dye"),
        ),
        certs=("OTOP",),
    ),
    sme(
        "btm-043",
        "th",
        CENT,
        MID,
        "Bangkok",
        "sampeng.phakhao@gmail.com",
        "ร้านผ้าขาว สำเพ็ง",
        offers=(
            ("ผ้าขาวมัสลิน ผ้าป่าน ขายส่งเป็นพับ", "bleached_white_cotton_fabric"),
            ("ผ้าดิบหน้า 36 นิ้ว ราคาโรงงาน", "greige_cotton_fabric"),
            ("ด้ายปักเรยอน หลอดใหญ่ สีทอง สีเงิน", "embroidery_thread"),
        ),
        needs=(need("ผ้าฟอกขาวจากโรงทอ ยกม้วน", "bleached_white_cotton_fabric"),),
    ),
    sme(
        "btm-044",
        "en",
        SPORT,
        DOWN,
        "Bangkok",
        "sales@sampengflags.com",
        "Sampeng Flag & Bunting Co.",
        offers=(
            ("Dharmachakra flags, yellow satin, 40x60 cm up", "buddhist_flag"),
            ("thong rao bunting strings, 20 m", "buddhist_flag"),
        ),
        needs=(
            need("yellow polyester satin by the roll", "polyester_flag_fabric"),
            need("sublimation print jobs on our own cloth", "sublimation_printing_service"),
        ),
        certs=("Thai Industrial Standard",),
    ),
    sme(
        "btm-045",
        "th",
        HEMP,
        DOWN,
        "Chiang Mai",
        "tung.pakham@gmail.com",
        "ร้านตุงล้านนา ป้าคำ",
        offers=(
            ("ตุงไส้หมู ตุงผ้าทอ ปักเจดีย์ทรายช่วงปีใหม่เมือง", "tung_banner"),
            ("ตุงผ้าฝ้ายทอมือ ยาว 3 เมตร ถวายวัด", "tung_banner"),
        ),
        needs=(need("ผ้าฝ้ายหน้าแคบ ทอกี่พื้นเมือง", "handwoven_cotton_fabric"),),
    ),
    sme(
        "btm-046",
        "en",
        ISAN,
        DOWN,
        "Roi Et",
        "roiet.phawet@gmail.com",
        "Roi Et Phawet Banner Group",
        offers=(
            ("woven thung banners for Bun Phawet, cotton and khit", "tung_banner"),
            ("painted Vessantara Jataka scroll (pha phawet), 30 m", "painted_cloth_scroll"),
        ),
        needs=(need("white cotton cloth to paint on, by the metre", "bleached_white_cotton_fabric"),),
    ),
    sme(
        "btm-047",
        "th",
        CENT,
        DOWN,
        "Bangkok",
        "sriburung.sangkha@gmail.com",
        "ร้านสังฆภัณฑ์ ศรีบำรุง",
        offers=(
            ("ไตรครอง ๙ ขันธ์ ผ้าโทเร ครบชุด", "monk_robe_garments"),
            ("ชุดสังฆทาน จัดพร้อมถวาย", "sangkhathan_set"),
            ("ย่ามพระ ผ้าซาติน ปักชื่อได้", "monk_shoulder_bag"),
        ),
        needs=(
            need("ผ้าอาบ สำหรับถวายวันเข้าพรรษา ยกโหล", "monk_bathing_cloth"),
            need("ไตรจีวรสำเร็จจากโรงงาน ราคาส่ง", "monk_robe_garments", "monk_robe_garments_recycled"),
        ),
    ),
    sme(
        "btm-048",
        "en",
        CENT,
        DOWN,
        "Nonthaburi",
        "sales@siamtrairobes.com",
        "Siam Trai Robe Manufacturing",
        offers=(
            ("complete trai khrong sets, 7 and 9 panel, TC cloth", "monk_robe_garments"),
            ("pha ap nam fon, rains-retreat bathing cloths", "monk_bathing_cloth"),
        ),
        needs=(
            need("kasaya cloth in royal-favoured ochre, 44 in bolts", "monk_robe_cloth_blend"),
            need("outsourced robe stitching, 500 sets a month", "robe_sewing_service"),
            unmet(
                "GOTS organic cotton robe cloth for an export line",
                "the robe-cloth weavers hold no GOTS",
                "monk_robe_cloth_cotton",
                req=("GOTS",),
            ),
        ),
        certs=("ISO 9001", "OEKO-TEX Standard 100"),
    ),
    # ---------------------------------------------------------------- 049-072 robes, shops, temples, troupes
    sme(
        "btm-049",
        "th",
        ISAN,
        MID,
        "Udon Thani",
        "nonthan.trai@gmail.com",
        "กลุ่มแม่บ้านตัดเย็บจีวร บ้านโนนทัน",
        offers=(
            ("รับเย็บจีวร สบง อังสะ ตามแบบ ใช้ผ้าของลูกค้า", "robe_sewing_service"),
            ("อังสะ ผ้ารัดอก ประคดเอว ขายส่ง", "monk_robe_garments"),
        ),
        needs=(
            need(
                "ผ้าพับเนื้อดี เอาไปเย็บจีวร",
                "monk_robe_cloth_blend",
                "monk_robe_cloth_cotton",
                "monk_robe_cloth_natural_dyed",
                "recycled_pet_robe_cloth",
            ),
        ),
        certs=("OTOP",),
    ),
    sme(
        "btm-050",
        "en",
        CIRC,
        MID,
        "Samut Prakan",
        "robes@bottle2robe.org",
        "Bottle-to-Robe Weaving Project",
        offers=(
            ("robe cloth woven from recycled bottles, 44 in, ochre", "recycled_pet_robe_cloth"),
            ("finished rPET robe sets, sabong and jiwon", "monk_robe_garments_recycled"),
        ),
        needs=(need("rPET yarn in robe shades, GRS", "recycled_pet_yarn", req=("GRS",)),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        "btm-051",
        "th",
        CIRC,
        DOWN,
        "Samut Prakan",
        "watkhlongsuan.green@gmail.com",
        "วัดคลองสวนรักษ์โลก",
        offers=(("จีวรใช้แล้วของพระในวัด มอบให้ผู้นำไปรีไซเคิล", "used_monk_robes"),),
        needs=(
            need(
                "ไตรจีวรทอจากขวดรีไซเคิล ต้องได้ GRS",
                "monk_robe_garments_recycled",
                req=("GRS",),
            ),
            unmet("เครื่องบดขวดพลาสติก มือสองก็ได้", "machinery, not textile", "plastic_shredder"),
        ),
        bcg=("circular",),
    ),
    sme(
        "btm-052",
        "en",
        CENT,
        DOWN,
        "Bangkok",
        "orders@thaphrachanrobes.com",
        "Tha Phra Chan Buddha Image Robes",
        offers=(
            ("robes for Buddha images, lap widths 5 to 49 in", "buddha_image_robe"),
            ("gold-thread sashes for seated Buddha images", "buddha_image_robe"),
        ),
        needs=(
            need(
                "saffron-toned silk by the metre, Peacock Emblem required",
                "silk_plain_fabric",
                req=("Thai Silk Peacock Emblem",),
            ),
            need("temple names embroidered on sashes by machine", "machine_embroidery_service"),
        ),
    ),
    sme(
        "btm-053",
        "th",
        CENT,
        MID,
        "Samut Sakhon",
        "mahachai.garment@gmail.com",
        "โรงงานเสื้อยืด มหาชัยการ์เมนท์",
        offers=(
            ("เสื้อยืดคอกลม ผ้าคอตตอน 100% ไม่สกรีน สีเหลือง สีขาว", "blank_tshirt"),
            ("รับตัดเย็บเสื้อผ้าตามแบบ ผ้าของลูกค้า", "garment_sewing_service"),
        ),
        needs=(need("ด้ายโคนสำหรับจักรโพ้ง ยกลัง", "sewing_thread"),),
    ),
    sme(
        "btm-054",
        "en",
        CENT,
        DOWN,
        "Nakhon Pathom",
        "info@phrapathomsangkha.com",
        "Phra Pathom Monk Supplies",
        offers=(
            ("sangkhathan buckets, ready to offer, 199 to 999 baht", "sangkhathan_set"),
            ("alms bowl covers and straps (thalok bat)", "alms_bowl_cover"),
        ),
        needs=(
            need("yam bags, plain or with a temple name", "monk_shoulder_bag"),
            need("monks' rainy-season wash cloths, by the dozen", "monk_bathing_cloth"),
            need(
                "Dhamma-wheel flags for resale, TIS not required", "buddhist_flag", waive=("Thai Industrial Standard",)
            ),
        ),
    ),
    sme(
        "btm-055",
        "th",
        ISAN,
        DOWN,
        "Nakhon Phanom",
        "thatphanom.sangkha@gmail.com",
        "ร้านสังฆภัณฑ์หน้าพระธาตุพนม",
        offers=(
            ("ย่ามผ้าฝ้ายทอมือ ลายขิด ของฝาก", "monk_shoulder_bag"),
            ("ผ้าอาบน้ำฝน ฝ้ายทอมือ", "monk_bathing_cloth"),
        ),
        needs=(
            need(
                "ชุดไตรจีวร พร้อมถวาย ทั้งส่งและปลีก",
                "monk_robe_garments",
                "monk_robe_garments_recycled",
            ),
            need("ธุงใยแมงมุม ธุงอีสาน", "tung_banner"),
        ),
    ),
    sme(
        "btm-056",
        "en",
        HEMP,
        DOWN,
        "Chiang Mai",
        "hello@doisutheplanna.com",
        "Doi Suthep Lanna Gift Shop",
        offers=(("foldable cotton-cloth lanterns for Yi Peng", "fabric_lantern"),),
        needs=(
            need("woven hanging banners for temple visitors", "tung_banner"),
            need("mor hom shirts for resale", "indigo_cotton_shirt"),
            need("cloth tote bags to sell at the counter", "cloth_tote_bag"),
        ),
    ),
    sme(
        "btm-057",
        "th",
        CENT,
        DOWN,
        "Chiang Mai",
        "watpadoikaew@gmail.com",
        "วัดป่าดอยแก้ว",
        needs=(
            need("ตุงไจ ตุงช่อ สำหรับงานปอยหลวง 200 ผืน", "tung_banner"),
            need("ผ้าทรงองค์พระประธาน", "buddha_image_robe"),
            unmet(
                "จีวรสำหรับพระสูงวัย ใส่ง่าย ติดตีนตุ๊กแก",
                "no one makes adaptive robes for elderly monks",
                "adaptive_monk_robe",
            ),
        ),
    ),
    sme(
        "btm-058",
        "en",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "office@watpahsanti.org",
        "Wat Pah Santi Dhamma",
        offers=(("worn robes from the sangha, free to recyclers", "used_monk_robes"),),
        needs=(
            need("robe cloth coloured with jackfruit heartwood only, no chemical dye", "monk_robe_cloth_natural_dyed"),
            need("Anyone to dye our donated cloth with plant dye only?", "robe_dyeing_natural_service"),
            need("klot with mosquito net for tudong", "monk_umbrella_tent"),
        ),
        bcg=("circular",),
    ),
    sme(
        "btm-059",
        "th",
        CENT,
        DOWN,
        "Bangkok",
        "watbowonmongkhon@gmail.com",
        "วัดบวรมงคลธาราม",
        needs=(
            need(
                "ผ้าห่มพระพุทธรูป ผ้าไหมตรานกยูงพระราชทานเท่านั้น",
                "buddha_image_robe",
                req=("Thai Silk Peacock Emblem",),
            ),
            need("ผ้าคลุมโต๊ะหมู่ สีขาว ขอบระบาย", "altar_table_cloth"),
            unmet("พรมแดงปูพื้นพระอุโบสถ ม้วนยาว 30 เมตร", "no carpet maker in the set", "temple_floor_carpet"),
        ),
    ),
    sme(
        "btm-060",
        "en",
        ISAN,
        DOWN,
        "Surin",
        "surin.silkrobe@gmail.com",
        "Surin Royal Silk Image Robes",
        offers=(
            ("made-to-measure silk robes and sashes for principal Buddha images", "buddha_image_robe"),
            ("hol silk sarongs for ceremonies", "silk_tube_skirt"),
        ),
        needs=(
            need(
                "ikat silk yardage (mat mi), Peacock Emblem only",
                "silk_mudmee_fabric",
                req=("Thai Silk Peacock Emblem",),
            ),
        ),
        certs=("Thai Silk Peacock Emblem", "OTOP"),
    ),
    sme(
        "btm-061",
        "th",
        CENT,
        DOWN,
        "Bangkok",
        "kanchana.kathin@gmail.com",
        "ร้านกาญจนาเครื่องกฐินผ้าป่า",
        offers=(
            ("ชุดกฐินสำเร็จ ครบชุด พร้อมองค์กฐิน", "kathin_pha_pa_set"),
            ("ธงจระเข้ ธงนางมัจฉา ธงตะขาบ ขบวนกฐิน", "kathin_procession_flag"),
        ),
        needs=(
            need(
                "ผ้าไตรสำหรับจัดชุดกฐิน ขั้นต่ำ 50 ไตร ไม่จำเป็นต้องมี ISO 9001",
                "monk_robe_garments",
                "monk_robe_garments_recycled",
                waive=("ISO 9001",),
            ),
            need("ถังเหลืองจัดสำเร็จ ส่งเป็นลัง", "sangkhathan_set"),
        ),
    ),
    sme(
        "btm-062",
        "en",
        CENT,
        DOWN,
        "Bangkok",
        "hire@lakhonkhoncostume.com",
        "Lakhon & Khon Costume House",
        offers=(
            ("khon and lakhon costumes, hire or made to order", "khon_costume"),
            ("classical dance dress (chut ram), child and adult", "classical_dance_costume"),
        ),
        needs=(
            need("pak din and pak lueam on our khon jackets", "hand_goldwork_embroidery_service"),
            need("sequins, beads and gold braid by the kilo", "costume_trims"),
        ),
    ),
    sme(
        "btm-063",
        "th",
        ISAN,
        DOWN,
        "Kalasin",
        "phuthai.kokkong@gmail.com",
        "คณะฟ้อนภูไท บ้านโคกโก่ง",
        needs=(
            need("เครื่องแต่งกายรำภูไท เสื้อดำขลิบแดง 40 ชุด", "folk_dance_costume"),
            need("สไบไหมทอมือ ลายกาฬสินธุ์ สำหรับนางรำ", "praewa_silk_fabric"),
        ),
    ),
    sme(
        "btm-064",
        "en",
        HEMP,
        DOWN,
        "Chiang Mai",
        "lanna.dance.academy@gmail.com",
        "Lanna Dance Academy",
        needs=(
            need("fon lep outfits, sin and sabai, 30 sets", "folk_dance_costume"),
            need("jok-hem skirts for performers", "teen_jok_skirt"),
            unmet("brass dance nails, 30 pairs", "metalwork; no one offers it", "brass_dance_nails"),
        ),
    ),
    sme(
        "btm-065",
        "th",
        ISAN,
        DOWN,
        "Roi Et",
        "roiet.folkcostume@gmail.com",
        "ร้านตัดชุดการแสดงพื้นบ้าน ร้อยเอ็ด",
        offers=(
            ("ชุดเซิ้ง ชุดฟ้อนอีสาน ตัดตามสั่ง", "folk_dance_costume"),
            ("ชุดฟ้อนเล็บ ชุดไทลื้อ ให้เช่า", "folk_dance_costume"),
        ),
        needs=(
            need("ผ้าฝ้ายลายขิด หรือผ้าพื้น ยกพับ", "handwoven_cotton_fabric"),
            need("รับปักเลื่อม ปักดิ้น บนชุดที่ตัดแล้ว", "hand_goldwork_embroidery_service"),
        ),
    ),
    sme(
        "btm-066",
        "en",
        CENT,
        DOWN,
        "Phatthalung",
        "nora.phatthalung@gmail.com",
        "Nora Phatthalung Troupe Supplies",
        offers=(("beaded Nora costume sets (sangwan, pik, thap suang)", "nora_costume"),),
        needs=(
            need("glass beads and sequins for beadwork", "costume_trims"),
            need("batik or pha yok for dancers' skirts", "batik_cotton_fabric", "yok_brocade_fabric"),
        ),
    ),
    sme(
        "btm-067",
        "th",
        SPORT,
        DOWN,
        "Bangkok",
        "songkran.event@gmail.com",
        "บริษัท สงกรานต์ อีเว้นท์ จำกัด",
        needs=(
            need("เสื้อเชิ้ตลายดอกไม้ ใส่เล่นน้ำ 2,000 ตัว", "songkran_floral_shirt"),
            need("ซองกันน้ำใส่มือถือ สกรีนโลโก้", "waterproof_phone_pouch"),
            need("เต็นท์จัดงาน ขนาด 4 คูณ 8 เช่า 3 วัน", "event_tent"),
        ),
    ),
    sme(
        "btm-068",
        "en",
        SPORT,
        DOWN,
        "Chonburi",
        "sales@pattayadrybag.com",
        "Pattaya Dry Bag Works",
        offers=(
            ("waterproof phone pouches, PVC, logo print", "waterproof_phone_pouch"),
            ("roll-top dry bags, 5 to 20 L", "dry_bag"),
        ),
        needs=(need("PVC-coated polyester, 500D", "coated_tarpaulin_fabric"),),
    ),
    sme(
        "btm-069",
        "th",
        SPORT,
        DOWN,
        "Ratchaburi",
        "tent.boonchai@gmail.com",
        "ร้านเต็นท์บุญชัย ให้เช่าเต็นท์งานวัด",
        offers=(("เต็นท์โค้ง 4x8 ม. ผ้าใบหนา ขายและให้เช่า", "event_tent"),),
        needs=(need("ผ้าพีวีซีหนา 0.5 มม. ยกม้วน", "coated_tarpaulin_fabric"),),
    ),
    sme(
        "btm-070",
        "en",
        CENT,
        DOWN,
        "Bangkok",
        "fb@riversidegrandbkk.com",
        "Riverside Grand Hotel Bangkok",
        needs=(
            need("Songkran staff shirts, floral print, 300 pcs", "songkran_floral_shirt"),
            need(
                "Thai costumes for Loy Krathong welcome staff, OTOP welcome but not required",
                "classical_dance_costume",
                "folk_dance_costume",
                waive=("OTOP",),
            ),
            need("hanging fabric lamps for the river terrace", "fabric_lantern"),
        ),
    ),
    sme(
        "btm-071",
        "th",
        HEMP,
        DOWN,
        "Chiang Rai",
        "akha.maesalong@gmail.com",
        "ร้านชุดชนเผ่า ดอยแม่สลอง",
        offers=(
            ("ชุดอาข่า ชุดลีซู ชุดม้ง สำหรับงานปีใหม่ม้ง", "hill_tribe_festival_wear"),
            ("ผ้าปักลายชนเผ่า ผืนเล็ก", "hilltribe_embroidered_panel"),
        ),
        needs=(need("ผ้ากัญชงเขียนเทียนย้อมคราม", "batik_hemp_fabric"),),
    ),
    sme(
        "btm-072",
        "en",
        HEMP,
        DOWN,
        "Mae Hong Son",
        "poysanglong.mhs@gmail.com",
        "Mae Hong Son Poy Sang Long Committee",
        needs=(
            unmet(
                "Shan prince costumes for 30 novices, rent for 3 days",
                "no costume hire for Poy Sang Long in the set",
                "poy_sang_long_costume",
            ),
            need("long woven tung for the procession", "tung_banner"),
        ),
    ),
    # ---------------------------------------------------------------- 073-095 festival, funeral, care, retail
    sme(
        "btm-073",
        "th",
        CENT,
        MID,
        "Bangkok",
        "bobae.trims@gmail.com",
        "ร้านลูกไม้ เลื่อม ดิ้น โบ๊เบ๊",
        offers=(
            ("เลื่อม ลูกปัด ดิ้นทอง ขายเป็นกิโล", "costume_trims"),
            ("ลูกไม้ขอบผ้า ม้วนละ 50 หลา", "costume_trims"),
        ),
    ),
    sme(
        "btm-074",
        "th",
        SPORT,
        DOWN,
        "Chonburi",
        "chonburi.laidok@gmail.com",
        "โรงงานเสื้อลายดอก ชลบุรี",
        offers=(
            ("เสื้อลายดอกสงกรานต์ ผ้าเรยอน ไซซ์ S-4XL", "songkran_floral_shirt"),
            ("เสื้อกีฬาพิมพ์ซับลิเมชั่น ทีมเรือยาว ทีมวิ่ง", "sublimated_sport_jersey"),
        ),
        needs=(need("จ้างพิมพ์ลายลงผ้าโพลีของเราเอง", "sublimation_printing_service"),),
    ),
    sme(
        "btm-075",
        "th",
        CENT,
        DOWN,
        "Bangkok",
        "chatuchak.laidok@gmail.com",
        "ร้านเสื้อลายดอก จตุจักร",
        offers=(
            ("เสื้อฮาวาย ผ้าสปัน ขายส่งโหลละ 900", "songkran_floral_shirt"),
            ("ผ้าขาวม้า ลายตาราง ผืนละ 45 บาท", "pakama_loincloth"),
        ),
    ),
    sme(
        "btm-076",
        "en",
        HEMP,
        DOWN,
        "Chiang Mai",
        "studio@yipenglanterns.com",
        "Yi Peng Cloth Lantern Studio",
        offers=(("khom lanterns in cotton cloth on a folding frame", "fabric_lantern"),),
        needs=(need("looking for handloom cotton for lantern covers", "handwoven_cotton_fabric"),),
    ),
    sme(
        "btm-077",
        "th",
        CENT,
        DOWN,
        "Nonthaburi",
        "suksangob.funeral@gmail.com",
        "บริษัท สุขสงบ ฌาปนกิจบริการ จำกัด",
        needs=(
            need("ผ้าคลุมหีบศพ กำมะหยี่ ปักลายทอง", "funeral_drapery"),
            need("ยูนิฟอร์มสีดำ สำหรับพนักงานพิธี", "mourning_wear"),
            unmet(
                "ม่านกันไฟสำหรับเมรุ ผ่าน มอก.",
                "no one makes fire-retardant curtains",
                "fire_retardant_curtain",
                req=("Thai Industrial Standard",),
            ),
        ),
    ),
    sme(
        "btm-078",
        "en",
        CENT,
        DOWN,
        "Bangkok",
        "sales@eternalrest-textiles.com",
        "Eternal Rest Funeral Textiles",
        offers=(
            ("velvet coffin drapes with gold fringe", "funeral_drapery"),
            ("white cotton shrouds, adult sizes", "funeral_shroud"),
        ),
    ),
    sme(
        "btm-079",
        "th",
        CENT,
        DOWN,
        "Samut Prakan",
        "phongsak.chutdam@gmail.com",
        "ร้านชุดดำ พงศ์ศักดิ์",
        offers=(("เสื้อดำ ชุดไว้ทุกข์ ชาย หญิง ทุกไซซ์", "mourning_wear"),),
        needs=(need("จ้างเย็บ ผ้าเราส่งให้ ล็อตละ 500 ตัว", "garment_sewing_service"),),
    ),
    sme(
        "btm-080",
        "en",
        CENT,
        DOWN,
        "Phetchaburi",
        "info@whitelotusretreat.com",
        "White Lotus Meditation Retreat",
        needs=(
            need("loose white practice clothes in elderly-friendly sizes", "white_practice_wear"),
            need("zafu and floor cushions for the meditation hall", "meditation_cushion"),
            unmet(
                "GOTS-certified organic white clothing",
                "the white-clothes makers hold no GOTS",
                "white_practice_wear",
                req=("GOTS",),
            ),
        ),
    ),
    sme(
        "btm-081",
        "th",
        CENT,
        DOWN,
        "Nakhon Pathom",
        "chutkhao.nakhon@gmail.com",
        "ร้านชุดขาวปฏิบัติธรรม นครปฐม",
        offers=(
            ("ชุดขาวปฏิบัติธรรม ผ้าฝ้าย มีไซซ์ผู้สูงอายุ", "white_practice_wear"),
            ("ผ้าขาวปูโต๊ะหมู่บูชา ระบายลูกไม้", "altar_table_cloth"),
        ),
    ),
    sme(
        "btm-082",
        "th",
        ISAN,
        DOWN,
        "Yasothon",
        "sithan.monkhit@gmail.com",
        "กลุ่มหมอนขิดบ้านศรีฐาน",
        offers=(
            ("หมอนขิดสามเหลี่ยม 10 ช่อง", "triangle_khit_pillow"),
            ("เบาะนั่งพื้น ยัดนุ่น", "meditation_cushion"),
        ),
        needs=(unmet("นุ่นสำหรับยัดหมอน 1 ตัน", "kapok; no one offers it", "kapok_fibre"),),
        certs=("OTOP",),
    ),
    sme(
        "btm-083",
        "th",
        ISAN,
        DOWN,
        "Khon Kaen",
        "baansukjai.elder@gmail.com",
        "บ้านพักผู้สูงอายุ สุขใจ",
        needs=(
            need("อยากได้ชุดขาวใส่ไปวัด สำหรับคุณตาคุณยาย ใส่ง่าย", "white_practice_wear"),
            need("อาสนะรองนั่งสมาธิ ไม่ต้องมีมาตรฐาน มอก.", "meditation_cushion", waive=("Thai Industrial Standard",)),
        ),
    ),
    sme(
        "btm-084",
        "en",
        CENT,
        DOWN,
        "Bangkok",
        "procurement@sanghacarehospital.org",
        "Sangha Care Hospital",
        needs=(
            need(
                "front-opening saffron patient gowns for monks, ISO 13485 maker",
                "monk_hospital_gown",
                req=("ISO 13485",),
            ),
            unmet("washable incontinence bed pads, saffron, 500 pcs", "no one makes them", "incontinence_bed_pad"),
        ),
    ),
    sme(
        "btm-085",
        "th",
        CENT,
        MID,
        "Nonthaburi",
        "nont.medsew@gmail.com",
        "โรงเย็บชุดผู้ป่วย นนทบุรีเมดิคอล",
        offers=(
            ("ชุดผู้ป่วยพระสงฆ์ สีเหลืองพระ ผ่าหน้า", "monk_hospital_gown"),
            ("ชุดผู้ป่วยทั่วไป ผ้าฝ้ายผสม", "patient_gown"),
        ),
        needs=(need("ผ้าทีซี สีพระ ยกพับ", "monk_robe_cloth_blend"),),
        certs=("ISO 13485", "ISO 9001"),
    ),
    sme(
        "btm-086",
        "en",
        HEMP,
        DOWN,
        "Bangkok",
        "curator@siamtextileheritage.org",
        "Siam Textile Heritage Museum",
        needs=(
            need(
                "pre-1960 village sarongs for the collection, Peacock Emblem not needed",
                "antique_handwoven_textile",
                waive=("Thai Silk Peacock Emblem",),
            ),
            need("a woven temple banner for the Buddhist textiles room", "tung_banner"),
            need("where to buy a mongkol and prajiad pair for the Muay Thai gallery?", "muay_thai_mongkol"),
        ),
    ),
    sme(
        "btm-087",
        "th",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "ubon.candlefest@gmail.com",
        "คณะกรรมการจัดงานแห่เทียนพรรษา อุบลฯ",
        needs=(
            need("ธงทิว ธงธรรมจักร ประดับถนน 500 ผืน", "buddhist_flag"),
            need("ชุดนางรำขบวนแห่ 100 ชุด", "classical_dance_costume", "folk_dance_costume"),
            need("ป้ายไวนิลขนาดใหญ่ หน้าเวที", "printed_vinyl_banner"),
        ),
    ),
    sme(
        "btm-088",
        "en",
        CENT,
        MID,
        "Khon Kaen",
        "print@isanvinylflag.com",
        "Isan Vinyl & Flag Print",
        offers=(
            ("large-format vinyl banners, eyelets included", "printed_vinyl_banner"),
            ("printed Thammachak and national flags", "buddhist_flag"),
        ),
        needs=(need("polyester flag cloth, 110 g", "polyester_flag_fabric"),),
    ),
    sme(
        "btm-089",
        "th",
        CENT,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "watphophueak@gmail.com",
        "วัดโพธิ์เผือก อยุธยา",
        needs=(
            need("มีใครทำกลดพร้อมมุ้ง สำหรับพระธุดงค์บ้างคะ", "monk_umbrella_tent"),
            need("ผ้าป่าสำเร็จรูป พร้อมต้นผ้าป่า", "kathin_pha_pa_set"),
            unmet("ผ้าไตรทอจากใยบัว ถวายเจ้าอาวาส", "lotus-stem fibre; no one weaves it", "lotus_fibre_cloth"),
        ),
    ),
    sme(
        "btm-090",
        "en",
        HEMP,
        DOWN,
        "Lampang",
        "glot@lampangtudong.com",
        "Lampang Tudong Gear",
        offers=(
            ("glot umbrellas with net, for forest monks", "monk_umbrella_tent"),
            ("alms bowl slings and covers", "alms_bowl_cover"),
        ),
        needs=(unmet("white mosquito netting by the roll", "no netting supplier in the set", "mosquito_net_fabric"),),
    ),
    sme(
        "btm-091",
        "th",
        CENT,
        DOWN,
        "Nakhon Si Thammarat",
        "haephakhuenthat@gmail.com",
        "ชมรมแห่ผ้าขึ้นธาตุ นครศรีฯ",
        needs=(
            need("ผ้าพระบฏ สีเหลืองทอง ยาว 100 เมตร", "stupa_wrapping_cloth"),
            need("ผ้าขาวยาว ให้ศรัทธาเขียนคำอธิษฐาน", "bleached_white_cotton_fabric"),
        ),
    ),
    sme(
        "btm-092",
        "th",
        CENT,
        MID,
        "Songkhla",
        "koyo.weavers@gmail.com",
        "กลุ่มทอผ้าเกาะยอ",
        offers=(
            ("ผ้าถุงเกาะยอ ลายดอกพิกุล เย็บสำเร็จ", "cotton_tube_skirt"),
            ("ผ้าห่มพระธาตุ ผ้าเหลืองม้วนยาว", "stupa_wrapping_cloth"),
        ),
        certs=("OTOP",),
    ),
    sme(
        "btm-093",
        "th",
        CENT,
        DOWN,
        "Phuket",
        "phuket.batik@gmail.com",
        "ร้านผ้าบาติกภูเก็ต",
        offers=(
            ("ผ้าบาติกเขียนมือ ผ้าฝ้าย 2 หลา", "batik_cotton_fabric"),
            ("กระเป๋าผ้าบาติก ทำมือ", "cloth_tote_bag"),
        ),
        needs=(unmet("ขี้ผึ้งและพาราฟินสำหรับเขียนเทียน", "wax; no one offers it", "batik_wax"),),
    ),
    sme(
        "btm-094",
        "en",
        SPORT,
        DOWN,
        "Nan",
        "nan.boatrace@gmail.com",
        "Nan Long-Boat Racing Association",
        needs=(
            need("quick-dry crew tops with the temple crest, 60 pcs", "sublimated_sport_jersey"),
            need("pha khao ma for oarsmen, OTOP not required", "pakama_loincloth", waive=("OTOP",)),
            unmet("life vests for oarsmen", "no one makes buoyancy aids", "life_vest"),
        ),
    ),
    sme(
        "btm-095",
        "th",
        SPORT,
        DOWN,
        "Bangkok",
        "muaythai.mongkol@gmail.com",
        "ร้านมงคลประเจียด มวยไทย",
        offers=(
            ("มงคลสวมหัว ประเจียดผ้ายันต์ สำหรับไหว้ครู", "muay_thai_mongkol"),
            ("กางเกงมวย ปักชื่อค่าย", "muay_thai_shorts"),
        ),
        needs=(need("ผ้าดิบสำหรับพิมพ์ผ้ายันต์ ยกพับ", "greige_cotton_fabric"),),
    ),
)


# ------------------------------------------------------------------ checks


class CheckFailed(Exception):
    pass


THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def thai_share(text: str) -> float:
    thai = len(THAI_CHAR.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def latin_only(text: str) -> bool:
    for char in text:
        if THAI_CHAR.match(char):
            return False
        if char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
            return False
        if ord(char) > 0x24F and not char.isspace():
            return False
    return True


def _form_regex(form: str, case_sensitive: bool) -> re.Pattern[str] | None:
    form = unicodedata.normalize("NFKC", form).strip()
    if THAI_CHAR.search(form):
        # Two-letter Thai forms ("อย") occur inside ordinary words; keep the dotted or longer ones.
        if len(form) < 3:
            return None
        return re.compile(re.escape(form))
    body = r"[\s\-]*".join(re.escape(part) for part in re.split(r"[\s\-]+", form) if part)
    flags = 0 if case_sensitive or (form.isupper() and len(form) <= 4) else re.IGNORECASE
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", flags)


def names_certification(text: str, cert: str) -> bool:
    """Whether `text` names certification `cert` by any of its names, aliases or mentions."""
    record = next(c for c in CERTIFICATIONS if c.name == cert)
    text = unicodedata.normalize("NFKC", text)
    forms = [(f, False) for f in (record.name, record.full_name, *record.aliases, *record.mentions)]
    forms += [(f, True) for f in record.case_sensitive_mentions]
    patterns = [_form_regex(form, case) for form, case in forms]
    return any(p.search(text) for p in patterns if p is not None)


def qualified(supplier: Sme, n: Need) -> bool:
    held = canonical_certifications(supplier.certifications)
    return any(label in n.labels for _, label in supplier.offers) and all(c in held for c in n.requires)


def suppliers_of(n: Need, buyer: Sme) -> list[str]:
    return sorted(s.id for s in SMES if s.id != buyer.id and qualified(s, n))


def check(errors: list[str], condition: bool, message: str) -> None:
    if not condition:
        errors.append(message)


def check_profiles(errors: list[str], warnings: list[str]) -> None:
    ids = [s.id for s in SMES]
    check(errors, len(ids) == len(set(ids)), "duplicate ids")
    check(errors, ids == sorted(ids), "ids out of order")
    offered: dict[str, set[str]] = defaultdict(set)
    for s in SMES:
        for _, label in s.offers:
            offered[label].add(s.id)
    for s in SMES:
        where = s.id
        check(errors, bool(ID_RE.match(s.id)), f"{where}: malformed id")
        check(errors, s.language in ("th", "en"), f"{where}: language {s.language!r}")
        check(errors, s.sub_cluster in {m.value for m in SubCluster}, f"{where}: sub_cluster {s.sub_cluster!r}")
        check(errors, s.stage in {m.value for m in Stage}, f"{where}: stage {s.stage!r}")
        province = resolve_province(s.province)
        check(errors, province is not None and province.name_en == s.province, f"{where}: province {s.province!r}")
        check(errors, bool(EMAIL_RE.match(s.email)), f"{where}: email {s.email!r}")
        check(errors, bool(s.name.strip()), f"{where}: empty name")
        for cert in s.certifications:
            check(errors, resolve_certification(cert) == cert, f"{where}: certification {cert!r}")
        check(errors, len(set(s.certifications)) == len(s.certifications), f"{where}: repeated certification")
        for tag in s.bcg:
            check(errors, tag in {m.value for m in BcgTag}, f"{where}: bcg {tag!r}")
        check(errors, list(s.bcg) == sorted(set(s.bcg)), f"{where}: bcg unsorted or repeated")
        check(errors, len(s.offers) <= 3 and len(s.needs) <= 3, f"{where}: more than 3 offers or needs")
        check(errors, bool(s.offers or s.needs), f"{where}: neither offers nor needs")
        texts = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        check(errors, len(set(texts[1:])) == len(texts) - 1, f"{where}: repeated phrase")
        for text in texts:
            check(errors, text == text.strip() and "  " not in text and bool(text), f"{where}: spacing in {text!r}")
            if s.language == "th":
                check(errors, thai_share(text) >= 0.6, f"{where}: Thai phrase not mostly Thai: {text!r}")
            else:
                check(errors, latin_only(text), f"{where}: English phrase not Latin only: {text!r}")
        for text, label in s.offers:
            check(errors, label in LABELS, f"{where}: unknown offer label {label!r}")
            claimed = find_certifications(text) - set(canonical_certifications(s.certifications))
            check(errors, not claimed, f"{where}: offer claims {sorted(claimed)} the SME does not hold")
        for n in s.needs:
            what = f"{where}: need {n.text!r}"
            check(errors, bool(n.labels), f"{what} lists no label")
            for label in n.labels:
                check(errors, label in LABELS, f"{what}: unknown label {label!r}")
            for cert in (*n.requires, *n.waives):
                check(errors, resolve_certification(cert) == cert, f"{what}: certification {cert!r}")
                check(errors, names_certification(n.text, cert), f"{what}: does not name {cert}")
            found = find_certifications(n.text)
            check(errors, set(n.requires) <= found, f"{what}: text does not read as requiring {n.requires}")
            check(errors, not (set(n.waives) & set(n.requires)), f"{what}: waives what it requires")
            extra = found - set(n.requires) - set(n.waives)
            check(errors, not extra, f"{what}: names {sorted(extra)} without requiring or waiving it")
            named = {c.name for c in CERTIFICATIONS if names_certification(n.text, c.name)}
            loose = named - set(n.requires) - set(n.waives)
            check(errors, not loose, f"{what}: names {sorted(loose)} without requiring or waiving it")
            if set(n.waives) & found:
                warnings.append(f"{what}: taxonomy reads waived {sorted(set(n.waives) & found)} as required")
            got = suppliers_of(n, s)
            if n.met_by_no_one:
                check(errors, not got, f"{what}: marked met by no one but met by {got}")
            else:
                check(errors, bool(got), f"{what}: met by no one")
                for label in n.labels:
                    others = offered.get(label, set()) - {s.id}
                    check(errors, bool(others), f"{what}: label {label!r} offered by no one else")
    for label in LABELS:
        used = bool(offered.get(label)) or any(label in n.labels for s in SMES for n in s.needs)
        check(errors, used, f"label {label!r} unused")


# ------------------------------------------------------------------ links and counts


def true_links() -> list[tuple[str, str]]:
    pairs = {(sup, b.id) for b in SMES for n in b.needs for sup in suppliers_of(n, b)}
    return sorted(pairs)


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    rows: list[tuple[str, str]] = []
    lang = Counter(s.language for s in SMES)
    rows.append(("profiles", str(len(SMES))))
    rows.append(("profiles in Thai / English", f"{lang['th']} / {lang['en']}"))
    sub = Counter(s.sub_cluster for s in SMES)
    for member in SubCluster:
        rows.append((f"sub-cluster {member.value}", str(sub[member.value])))
    stage = Counter(s.stage for s in SMES)
    for member in Stage:
        rows.append((f"stage {member.value}", str(stage[member.value])))
    region = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    for name in sorted(region):
        rows.append((f"region {name}", str(region[name])))
    rows.append(("distinct provinces", str(len({s.province for s in SMES}))))
    offers = [label for s in SMES for _, label in s.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len(set(offers)))))
    needs = [n for s in SMES for n in s.needs]
    met = [n for n in needs if not n.met_by_no_one]
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"))
    rows.append(("needs requiring a certification", str(sum(bool(n.requires) for n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waives) for n in needs))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    share = 100 * cross / len(links) if links else 0.0
    rows.append(("cross-language links (share)", f"{cross} ({share:.0f} %)"))
    rows.append(("within-language links", str(len(links) - cross)))
    between = sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)
    rows.append(("links between different sub-clusters", str(between)))
    return rows


def suppliers_per_need() -> Counter[int]:
    return Counter(len(suppliers_of(n, s)) for s in SMES for n in s.needs if not n.met_by_no_one)


def check_targets(errors: list[str], links: list[tuple[str, str]]) -> None:
    by_id = {s.id: s for s in SMES}
    check(errors, len(SMES) == N_PROFILES, f"{len(SMES)} profiles, expected {N_PROFILES}")
    expected = [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]
    check(errors, [s.id for s in SMES] == expected, "ids are not btm-001 ... btm-095")
    thai = sum(s.language == "th" for s in SMES)
    check(errors, 0.50 <= thai / max(len(SMES), 1) <= 0.60, f"{thai} Thai profiles of {len(SMES)}, want about 55 %")
    check(errors, 160 <= len(links) <= 180, f"{len(links)} true links, want 160-180")
    cross = sum(by_id[a].language != by_id[b].language for a, b in links)
    check(errors, 0.40 <= cross / max(len(links), 1) <= 0.60, f"{cross} cross-language links of {len(links)}")
    unmet_needs = sum(n.met_by_no_one for s in SMES for n in s.needs)
    check(errors, 17 <= unmet_needs <= 23, f"{unmet_needs} needs met by no one, want about 20")
    spread = suppliers_per_need()
    few = sum(v for k, v in spread.items() if 1 <= k <= 3)
    check(errors, few >= 0.6 * sum(spread.values()), f"met needs by supplier count {sorted(spread.items())}")
    check(errors, sum(bool(n.requires) for s in SMES for n in s.needs) >= 8, "too few needs requiring a cert")
    check(errors, sum(bool(n.waives) for s in SMES for n in s.needs) >= 5, "too few needs waiving a cert")


# ------------------------------------------------------------------ output


def profiles_jsonl() -> str:
    lines = []
    for s in SMES:
        record = {
            "id": s.id,
            "name": s.name,
            "sub_cluster": s.sub_cluster,
            "stage": s.stage,
            "province": s.province,
            "offers": [text for text, _ in s.offers],
            "needs": [n.text for n in s.needs],
            "certifications": list(s.certifications),
            "bcg": list(s.bcg),
            "contact_email": s.email,
            "language": s.language,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def links_csv(links: list[tuple[str, str]]) -> str:
    return "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)


def counts_table(rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    vwidth = max(len(v) for _, v in rows)
    lines = [f"| {'count'.ljust(width)} | {'value'.rjust(vwidth)} |", f"|{'-' * (width + 2)}|{'-' * (vwidth + 1)}:|"]
    lines += [f"| {k.ljust(width)} | {v.rjust(vwidth)} |" for k, v in rows]
    return "\n".join(lines)


README = """\
# eval/blind_plain_temple: temple, ceremonial and festival textiles

A hand-labelled test set for the partner matchmaker. 95 SMEs of the Health and Wellness Economy textile
cluster, written as plain registry entries, with the true supplier -> buyer links among them.

## What the set checks

Whether the matcher finds the true supplier-buyer pairs from wording it has never seen. The theme is temple,
ceremonial and festival textiles: monk robes (จีวร, สบง, อังสะ, ไตรครอง) and robe cloth, merit-making sets
(สังฆทาน, ผ้าป่า, กฐิน), temple flags, tung and thung banners, ceremonial white cloth, robes for Buddha images,
stupa-wrapping cloth, dance and festival costumes, hill-tribe festival wear, Songkran and Loy Krathong goods,
funeral textiles; the weavers, dyers (jackfruit-wood robe dyeing, indigo, lac), sewing groups, embroiderers,
printers and cloth traders that supply them; temples, shops near temples, dance troupes, event organisers,
hotels, a museum, a hospital for monks and a care home as buyers; and ordinary upstream and midstream
suppliers (cotton, silk, hemp, yarn, dyes, recycled fibre).

Each offer and need is one short phrase, as an SME database stores it, 0-3 of each per SME. About 55 % of the
profiles are in Thai (Thai name, offers and needs), the rest in English. The same kind of goods is written in
many ways: local and regional names (ตุง / thung, ม่อฮ่อม / mor hom, ฝักไหม for cocoons, ขี้ผ้า for cutting
waste), trade words and brand names (ผ้าโทเร, TC 65/35, Ne 20/1, 150D/48F), Thai numerals (๙ ขันธ์), with and
without quantities, prices, sizes and minimum orders. A need is usually worded differently from the offers
that meet it, and about half of the links cross languages.

Hard but fair cases are included on purpose:

- a service versus the goods it works on: robe dyeing of the customer's cloth versus dyed robe cloth, indigo
  dyeing versus indigo-dyed cloth, sewing robes from the customer's cloth versus finished robes, screen or
  sublimation printing versus printed shirts and jerseys, CMT sewing versus finished garments;
- the customer's own goods sent for work ("ส่งผ้าจากกี่ไปทำสีกรัก", "sublimation print jobs on our own cloth");
- waste and used goods versus new: used robes, cutting waste, second-hand clothing, antique handwoven
  textiles, surplus fabric rolls;
- raw versus processed: cocoons, hand-reeled and filament silk, silk fabric; hemp bast, hemp yarn, hemp cloth;
  raw cotton, hand-spun and mill yarn, greige and bleached cloth, finished goods;
- finished goods described by their material, colour or technique: a batik cloth bag is a bag, a mor hom shirt
  is a shirt, a khit cushion is a cushion, "silk for robes of Buddha images" is silk cloth, not an image robe;
- refusals ("no chemical dye", "plant dye only"), which separate jackfruit-dyed robe cloth and dyeing from the
  synthetic-dye kind;
- needs written as a wish, a bare noun phrase or a question;
- needs that require a named certification (GRS, GOTS, Organic Thailand, the Peacock Emblem, ISO 13485, TIS)
  and needs that name one only to waive it ("OTOP not required", "ไม่จำเป็นต้องมี ISO 9001");
- needs that no one in the set meets, some because nobody offers the thing (seed, kapok, mosquito netting,
  lotus-fibre cloth), some because the only offers lack the required certification.

## How it was written

By hand. The writer read only section 1 of `/work/shared/contracts/CONTRACTS.md` (cluster profiles, JSONL
version 1, and the links CSV), `shared/taxonomy.py` with its data files, and the `[tool.ruff]` section of
`pyproject.toml`. The writer did not read or run the matcher, the glossary, the tests, the other evaluation
sets or the shared data. Names and e-mail addresses are invented. Provinces resolve with `resolve_province`,
certifications with `resolve_certification`; sub-cluster, stage and BCG values are the taxonomy's.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`monk_robe_cloth_natural_dyed` versus `robe_dyeing_natural_service`, or `indigo_cotton_shirt` versus
`indigo_dyed_cotton_fabric`). Every need either lists the offer labels that would meet it and the
certifications its text requires, or is marked as met by no one with a short note.

A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs, and the supplier's certifications hold every certification that need requires. An SME is never
linked to itself. Shared words play no part; quantities, prices and places never decide a link; what changes
what the thing is does. A certification a need waives is not required. The labels live only in `write.py`;
the profiles carry none.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_temple/write.py

The script checks the data before writing and writes nothing (exit status 1) if any check fails: ids unique
and well formed; every contract field valid; every label a need lists offered by someone other than the
buyer; every met need has a qualified supplier and every unmet one has none; a required or waived
certification is named in the need's text (and a required one reads as required to
`shared.taxonomy.find_certifications`); Thai phrases mostly Thai letters, English phrases Latin only; the
size targets (95 profiles, about 55 % Thai, 160-180 links, about half across languages, about 20 unmet
needs, most met needs met by 1-3 suppliers). Output is deterministic: two runs give identical bytes.

## Files

- `write.py`: all the data, the labels, the checks and the writer.
- `profiles.jsonl`: the 95 profiles, ids `btm-001` ... `btm-095`, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file, written by `write.py`.

## Counts

COUNTS_TABLE
"""


def readme(table: str) -> str:
    return README.replace("COUNTS_TABLE", table)


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    check_profiles(errors, warnings)
    links = true_links()
    check_targets(errors, links)
    table = counts_table(counts(links))
    print(table)
    print("suppliers per met need:", dict(sorted(suppliers_per_need().items())))
    for warning in warnings:
        print("warning:", warning)
    if errors:
        for error in errors:
            print("FAIL:", error)
        print(f"{len(errors)} check(s) failed; nothing written")
        return 1
    outputs = {
        "profiles.jsonl": profiles_jsonl(),
        "links.csv": links_csv(links),
        "README.md": readme(table),
    }
    for name, text in outputs.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {name}  sha256 {hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
