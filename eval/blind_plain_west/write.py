"""Hand-written evaluation set `blind_plain_west`: plain registry entries of a western-leaning cluster.

Every profile, offer, need and label below was written by hand. Each offer carries a label saying what the
thing is; each need lists the offer labels that would meet it and the certifications its text requires (or is
marked as met by no one). A pair (supplier, buyer) is a true link when some offer of the supplier carries a
label that one of the buyer's needs lists and the supplier holds every certification that need requires.

Run from the repository root: `.venv/bin/python eval/blind_plain_west/write.py`. It checks the data and, only
if every check passes, writes `profiles.jsonl` and `links.csv` next to this file.
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
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str | None


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that the offers carrying any of `labels` meet (from a supplier holding all of `certs`)."""
    return Need(text, labels, certs, waives, None)


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `note` says why."""
    return Need(text, (), certs, waives, note)


@dataclass
class Sme:
    id: str
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    certs: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]


HNF = "hemp_natural_fibre"
CT = "circular_textile"
SP = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

SMES: list[Sme] = []


def add(
    id: str,
    lang: str,
    name: str,
    sub: str,
    stage: str,
    province: str,
    email: str,
    certs: tuple[str, ...],
    bcg: tuple[str, ...],
    offers: list[tuple[str, str]],
    needs: list[Need],
) -> None:
    SMES.append(Sme(id, lang, name, sub, stage, province, email, certs, bcg, tuple(offers), tuple(needs)))


# ---------------------------------------------------------------------------------------------- the SMEs
# --- Hemp & Natural Fibre: growers, spinners, dye plants
add("bws-001", "th", "กลุ่มฝ้ายอินทรีย์บ้านแม่ละเมา", HNF, UP, "Tak", "maelamao.fai@gmail.com",
    ("Organic Thailand",), ("bio", "green"),
    [("ปุยฝ้ายอินทรีย์ อีดเมล็ดออกแล้ว กก.ละ 120 บาท", "organic_cotton_lint"),
     ("ฝ้ายเข็นมือ (ฝ้ายขาว/ฝ้ายตุ่น) ขายเป็นไจ สั่งล่วงหน้า 2 อาทิตย์", "handspun_cotton_yarn")],
    [N("อยากได้ห้อมเปียกหรือครามเปียก ไว้ย้อมฝ้ายเข็น ใครมีบ้าง", "indigo_paste"),
     U("เครื่องอีดฝ้ายแบบมอเตอร์ มือสองก็ได้", "a cotton gin; no one here sells machinery")])

add("bws-002", "en", "Thong Pha Phum Hemp Growers Group", HNF, UP, "Kanchanaburi", "tpp.hemp.group@gmail.com",
    (), ("bio",),
    [("Hemp bast fibre, hand stripped, sun dried, 10 kg bundles", "hemp_fibre"),
     ("Hemp hurds (shiv) in sacks, for bedding or hempcrete", "hemp_hurd")],
    [N("Looking for someone to spin our hemp into yarn - we send the fibre", "hemp_spinning_service"),
     U("Fibre hemp seed, certified low THC, approx. 40 kg", "seed; no one in the set offers it")])

add("bws-003", "th", "กลุ่มปลูกครามไทยทรงดำ บ้านเขาย้อย", HNF, UP, "Phetchaburi", "khaoyoi.khram@hotmail.com",
    (), ("bio",),
    [("ครามเปียก (เนื้อคราม) ถังละ 5 กิโล ส่งทั่วประเทศ โทร 081-947-2265", "indigo_paste"),
     ("ต้นครามสด ตัดตามออเดอร์", "indigo_plant_fresh")],
    [N("ต้องการผ้าฝ้ายทอมือที่ยังไม่ย้อม หน้ากว้าง 1 ม. ไว้ย้อมครามขาย", "handwoven_cotton_fabric"),
     U("ปูนแดง/ปูนขาว สำหรับหมักคราม ราคาส่ง", "lime for the vat; not a textile good, no one offers it")])

add("bws-004", "th", "ร้านนุ่นแม่ทองใบ โพธาราม", HNF, UP, "Ratchaburi", "thongbai.noon@gmail.com",
    (), ("bio",),
    [("นุ่นดีดแล้ว ไม่มีเมล็ด ยัดหมอน ยัดที่นอน ส่งขนส่งได้", "kapok_fibre"),
     ("หมอนหนุนนุ่น ทำเอง ใบละ 180", "kapok_pillow")],
    [N("หาผ้าดิบทำปลอกหมอนใน ซื้อเป็นม้วน 50 หลา", "greige_cotton_fabric")])

add("bws-005", "en", "Doi Saket Natural Dye Supply", HNF, UP, "Chiang Mai", "hello@doisaketdye.com",
    (), ("bio", "green"),
    [("Stick lac (khrang), raw, per kg", "lac_dye"),
     ("Dried barks, ebony fruit, marigold - dye plant mix", "dried_dye_plants"),
     ("Naturally dyed cotton yarn, 20 shades", "natural_dyed_cotton_yarn"),
     ("Indigo paste (mature), 5 kg tubs", "indigo_paste")],
    [N("WTB undyed hand-spun cotton, 30-50 kg a month", "handspun_cotton_yarn")])

add("bws-006", "th", "วิสาหกิจชุมชนไผ่รวกบ้านท่าเสา", HNF, UP, "Kanchanaburi", "thasao.bamboo@gmail.com",
    (), ("bio", "green"),
    [("ไม้ไผ่รวก ยาว 6 ม. ตัดส่งตามสั่ง", "bamboo_culms"),
     ("ตอกไผ่จักเสร็จ กว้าง 5 มม. มัดละ 1 กก.", "bamboo_strips")],
    [N("เชือกผักตบ เชือกเกลียว ไว้มัดตอก", "water_hyacinth_rope")])

add("bws-007", "th", "กลุ่มแปรรูปผักตบชวาบางเลน", HNF, UP, "Nakhon Pathom", "banglen.pakdob@gmail.com",
    (), ("bio", "circular"),
    [("ผักตบชวาตากแห้ง คัดต้นยาว", "water_hyacinth_dried"),
     ("เชือกผักตบฟั่นเกลียว ขายเป็นม้วน", "water_hyacinth_rope")],
    [U("หาคนรับซื้อผักตบแห้งประจำ เดือนละ 1 ตัน", "seeks buyers for its own goods; buys nothing"),
     N("กระสอบเก่ามีไหม ใช้ใส่ผักตบ", "used_sacks")])

add("bws-008", "en", "Umphang Karen Spinners", HNF, UP, "Tak", "umphang.spinners@gmail.com",
    ("Fairtrade",), ("bio",),
    [("Karen hand spun cotton, off-white, per hank", "handspun_cotton_yarn"),
     ("Handspun yarn dyed with lac and indigo", "natural_dyed_cotton_yarn"),
     ("Hand spinning for others - send us your lint", "hand_spinning_service")],
    [N("Need ginned cotton lint, any grade, ~100 kg", "raw_cotton_lint", "organic_cotton_lint")])

add("bws-009", "th", "กลุ่มเลี้ยงไหมบ้านโคกตาล", HNF, UP, "Surin", "khoktan.mai@gmail.com",
    (), ("bio",),
    [("ไหมน้อย สาวมือ ไหมพื้นบ้านพันธุ์นางน้อย", "raw_silk_yarn"),
     ("รังไหมเหลือง ขายเป็นกิโล", "silk_cocoons")],
    [U("ไข่ไหมพันธุ์ดี มีใครขายบ้าง?", "silkworm eggs; no one in the set offers them")])

add("bws-010", "en", "Pranburi Pina Fibre", HNF, UP, "Prachuap Khiri Khan", "pina@pranburifibre.co.th",
    (), ("bio", "circular"),
    [("Pineapple leaf fibre, degummed and combed", "pineapple_leaf_fibre")],
    [U("Spinning partner to blend our pina fibre with cotton (fibre supplied)",
       "the commission spinners in the set take hemp or cotton lint, not pineapple fibre")])

# --- Hemp & Natural Fibre: weaving groups, dyers
add("bws-011", "th", "กลุ่มทอผ้ากี่เอวบ้านห้วยมาลัย สังขละบุรี", HNF, MID, "Kanchanaburi", "huaimalai.weave@gmail.com",
    ("OTOP",), ("bio",),
    [("ผ้าทอกี่เอวกะเหรี่ยง ลายลูกเดือย", "karen_backstrap_fabric"),
     ("เสื้อเชวา ชุดกะเหรี่ยงทอมือ", "karen_tunic"),
     ("ย่ามกะเหรี่ยง สีแดง", "cloth_shoulder_bag")],
    [N("ด้ายฝ้ายโรงงาน ย้อมสีเคมี แดง ดำ ขาว สีไม่ตก", "dyed_cotton_yarn"),
     U("ลูกเดือยสำหรับปักเสื้อ", "Job's tears seeds; no one in the set offers them")])

add("bws-012", "en", "Tha Song Yang Weavers Co-op", HNF, MID, "Tak", "tsy.weavers@gmail.com",
    ("Fairtrade",), ("bio",),
    [("Backstrap woven strips 30-45 cm wide, red/white Karen motifs", "karen_backstrap_fabric"),
     ("Handwoven cotton, natural dyed, sewn into yaam shoulder bags", "cloth_shoulder_bag")],
    [N("Colourfast cotton thread red & black, 20/2", "dyed_cotton_yarn"),
     N("Natural-dyed yarn for a premium line", "natural_dyed_cotton_yarn")])

add("bws-013", "th", "กลุ่มทอผ้าจกไทยยวนคูบัว", HNF, MID, "Ratchaburi", "khubua.jok@gmail.com",
    ("OTOP", "ตรานกยูงพระราชทาน"), ("bio",),
    [("ผ้าซิ่นตีนจกคูบัว ทอมือทั้งผืน ลายโบราณ งานละเอียด Line @khubuajok", "tin_chok_sarong"),
     ("ตีนจกสำเร็จ (เฉพาะเชิง) ไว้ต่อตัวซิ่น", "tin_chok_hem_panel")],
    [N("ไหมย้อมสีแล้ว สีแดงครั่ง สีเหลือง", "dyed_silk_yarn"),
     U("ดิ้นทอง ดิ้นเงิน สำหรับจก", "metallic thread; no one in the set offers it")])

add("bws-014", "th", "กลุ่มทอผ้าลาวครั่งบ้านกุ่ม", HNF, MID, "Suphan Buri", "bankum.laokhrang@gmail.com",
    ("OTOP",), ("bio",),
    [("ซิ่นตีนจกลาวครั่ง ตัวซิ่นมัดหมี่", "tin_chok_sarong"),
     ("ผ้ามัดหมี่ฝ้าย เมตรละ 350", "cotton_mudmee_fabric")],
    [N("ครั่งดิบ ย้อมไหมสีแดง", "lac_dye"),
     N("ต้องการไหมน้อย (เส้นไหมดิบ) เดือนละ 10 กก.", "raw_silk_yarn")])

add("bws-015", "en", "Photharam Loom Studio", HNF, MID, "Ratchaburi", "studio@photharamloom.com",
    (), ("green",),
    [("Khu Bua style jok cotton yardage, 90 cm", "jok_fabric_yardage"),
     ("Contract weaving of your design on floor looms, min. 20 m", "commission_weaving_service")],
    [N("Need dyed cotton yarn 20/2 in 16 shades, monthly", "dyed_cotton_yarn")])

add("bws-016", "th", "กลุ่มย้อมครามบ้านหนองปรง", HNF, MID, "Petchaburi", "nongprong.indigo@gmail.com",
    (), ("bio", "green"),
    [("รับย้อมครามผ้าและด้ายของลูกค้า คิดเป็นกิโล", "indigo_dyeing_service")],
    [N("เนื้อครามพร้อมก่อหม้อ", "indigo_paste")])

add("bws-017", "en", "Mae Klong Indigo House", HNF, MID, "Samut Songkhram", "maeklongindigo@gmail.com",
    (), ("bio",),
    [("Indigo handloom cotton, shibori & plain, 110 cm", "indigo_dyed_cotton_fabric"),
     ("Mor hom style indigo shirts, unisex S-XL", "cotton_shirt")],
    [N("Undyed handloom cotton, 50 m per month", "handwoven_cotton_fabric")])

add("bws-018", "th", "กลุ่มผ้าใยกัญชงม้ง พบพระ", HNF, MID, "Tak", "phopphra.hmong@gmail.com",
    (), ("bio",),
    [("ผ้าใยกัญชงเขียนเทียน ย้อมคราม", "hemp_batik_fabric"),
     ("กระเป๋าผ้ากัญชง ลายม้ง", "hemp_bag")],
    [N("หาซื้อด้ายกัญชง เส้นเล็ก เข็นเองไม่ทัน", "hemp_yarn")])

add("bws-019", "en", "Chiang Rai Hemp Yarn Works", HNF, MID, "Chiang Rai", "sales@crhempyarn.com",
    ("OEKO-TEX Standard 100",), ("bio", "green"),
    [("Hemp yarn Nm 6 / Nm 10, natural grey", "hemp_yarn"),
     ("Commission spinning of hemp, your fibre", "hemp_spinning_service"),
     ("Hemp canvas 280 gsm, 150 cm", "hemp_fabric")],
    [N("Decorticated hemp fibre, long line, 1 t", "hemp_fibre")])

# --- Hemp & Natural Fibre: makers and shops
add("bws-020", "th", "กลุ่มจักสานผักตบชวาบ้านสระยายโสม", HNF, DOWN, "Suphan Buri", "sayaisom.otop@gmail.com",
    ("OTOP",), ("bio", "circular"),
    [("กระเป๋าผักตบชวา ทรงถัง มีซับใน สินค้า OTOP 4 ดาว", "water_hyacinth_bag"),
     ("ตะกร้าผักตบ ใส่ผ้าขนหนูในห้องพัก", "water_hyacinth_basket")],
    [N("ผักตบแห้ง เส้นยาว 60 ซม.ขึ้นไป ไม่เอาเส้นสั้น", "water_hyacinth_dried"),
     N("ผ้าคอตตอนทอเครื่อง สีพื้น ทำซับในกระเป๋า", "solid_dyed_cotton_fabric")])

add("bws-021", "en", "River Kwai Bridge Craft Corner", HNF, DOWN, "Kanchanaburi", "rkbcraft@gmail.com",
    (), (),
    [],
    [N("Yaam bags, handwoven cotton, 100 pcs", "cloth_shoulder_bag"),
     N("Small bamboo baskets for souvenirs", "bamboo_basket"),
     N("Cotton scarves, handloom, any colour, OTOP not required", "handwoven_cotton_scarf", waives=("OTOP",))])

add("bws-022", "th", "ร้านของฝากแม่กิม ตลาดน้ำดำเนินสะดวก", HNF, DOWN, "Ratchaburi", "maekim.dn@gmail.com",
    (), (),
    [],
    [N("ผ้าขาวม้าร้อยสี ราคาส่ง", "pha_khao_ma"),
     N("กระเป๋าสานผักตบ", "water_hyacinth_bag"),
     N("กระเป๋าใส่เหรียญใบเล็ก ขายนักท่องเที่ยว", "coin_purse")])

add("bws-023", "th", "ร้านไผ่งาม กุยบุรี", HNF, DOWN, "Prachuap", "phaingam.kui@gmail.com",
    ("OTOP",), ("bio", "green"),
    [("ตะกร้าไม้ไผ่ กระติบ กระด้ง", "bamboo_basket"),
     ("โคมไฟไม้ไผ่สาน สำหรับรีสอร์ท", "bamboo_lampshade")],
    [N("ต้องการตอกไผ่สีสุก จักสำเร็จ สัปดาห์ละ 20 กก.", "bamboo_strips")])

add("bws-024", "en", "Slow Loom Bangkok", HNF, DOWN, "Bangkok", "studio@slowloombkk.com",
    (), ("green",),
    [("Indigo work jackets and kimono tops", "cotton_jacket")],
    [N("Indigo-dyed handwoven cotton (pha fai khram) by the metre", "indigo_dyed_cotton_fabric"),
     N("CMT for small runs, 50-100 pcs", "cmt_sewing_service"),
     N("Coconut shell buttons 15 mm", "coconut_shell_button")])

add("bws-025", "th", "ร้านด้ายไหมเจริญพร", HNF, UP, "Ratchaburi", "charoenporn.yarn@gmail.com",
    (), (),
    [("ด้ายฝ้ายย้อมสี เบอร์ 20/2 มีทุกสี", "dyed_cotton_yarn"),
     ("ไหมย้อมสำเร็จ ไหมประดิษฐ์ และไหมแท้", "dyed_silk_yarn")],
    [N("ไหมน้อยจากอีสาน ส่งประจำ", "raw_silk_yarn")])

add("bws-026", "th", "กลุ่มทอผ้าบ้านหนองขาว", HNF, MID, "Kanchanaburi", "nongkhao.weave@gmail.com",
    ("OTOP",), ("bio",),
    [("ผ้าขาวม้าทอมือ ลายตาโก้ง", "pha_khao_ma"),
     ("ผ้าฝ้ายทอมือ สีขาวธรรมชาติ ไม่ย้อม ขายเป็นเมตร", "handwoven_cotton_fabric"),
     ("ผ้าพันคอฝ้าย ทอมือ", "handwoven_cotton_scarf")],
    [N("ด้ายฝ้ายโรงงาน ย้อมแล้ว เบอร์ 20", "dyed_cotton_yarn")])

add("bws-027", "en", "Suan Phueng Karen Women Weavers", HNF, MID, "Ratchaburi", "suanphueng.weavers@gmail.com",
    (), ("bio",),
    [("Hand-loomed scarves and shawls", "handwoven_cotton_scarf"),
     ("Cushion covers from backstrap cloth", "cushion_cover"),
     ("Table runners, woven", "table_linen")],
    [N("Hand spun cotton yarn, natural", "handspun_cotton_yarn"),
     N("Red cotton yarn, machine spun", "dyed_cotton_yarn")])

add("bws-028", "th", "กลุ่มทอผ้าไทยทรงดำ ดอนตูม", HNF, MID, "Nakhon Pathom", "thaisongdam.dontum@gmail.com",
    ("OTOP",), ("bio",),
    [("ผ้าซิ่นลายแตงโม ผ้าไทยทรงดำ", "handwoven_sarong"),
     ("เสื้อก้อม เสื้อฮี ไทยทรงดำ", "ethnic_blouse")],
    [N("ผ้าฝ้ายย้อมครามเข้ม ทำเสื้อก้อม", "indigo_dyed_cotton_fabric"),
     N("มีใครรับย้อมครามเข้มไหม เราส่งด้ายไปเอง", "indigo_dyeing_service")])

add("bws-029", "th", "กลุ่มผ้าขาวม้าร้อยสี จอมบึง", HNF, MID, "Ratchaburi", "jombueng.pakhaoma@gmail.com",
    ("OTOP",), ("bio",),
    [("ผ้าขาวม้าร้อยสี ผืนละ 120-250 บาท สั่ง 100 ผืนลด 10%", "pha_khao_ma"),
     ("ผ้ารองจาน ผ้าปูโต๊ะ ตัดจากผ้าขาวม้า", "table_linen")],
    [N("ด้ายโทเร ด้ายฝ้าย เบอร์ 20 หลากสี", "dyed_cotton_yarn")])

# --- Circular Textile
add("bws-030", "th", "ร้านรับซื้อเศษผ้า ช.เจริญ สามพราน", CT, UP, "Nakhon Pathom", "chcharoen.sespa@gmail.com",
    (), ("circular",),
    [("เศษผ้าฝ้ายคัดสีแล้ว อัดก้อน", "sorted_cotton_scraps"),
     ("เศษผ้าโพลี คัดแยกแล้ว กก.ละ 4 บาท", "sorted_poly_scraps")],
    [N("รับซื้อเศษผ้าจากโรงงานตัดเย็บ ไม่ต้องคัด ไปรับถึงที่", "garment_cutting_waste")])

add("bws-031", "en", "Ratchaburi Textile Recovery Co., Ltd.", CT, UP, "Ratchaburi", "info@rbtextilerecovery.co.th",
    ("GRS",), ("circular", "green"),
    [("Mechanically recycled cotton fibre, opened, for OE spinning", "recycled_cotton_fibre"),
     ("Shoddy filling for cushions and mattresses", "shredded_textile_filling")],
    [N("Sorted cotton cutting scraps, white & light shades, pre-consumer only", "sorted_cotton_scraps"),
     N("Old hotel towels and sheets, 100% cotton", "used_hotel_linen")])

add("bws-032", "th", "โรงปั่นด้ายรีไซเคิลมหาชัย", CT, UP, "Samut Sakhon", "mahachai.recycleyarn@gmail.com",
    ("GRS", "ISO 9001"), ("circular",),
    [("ด้ายคอตตอนรีไซเคิล OE เบอร์ 10-20", "recycled_cotton_yarn")],
    [N("ใยฝ้ายรีไซเคิล ตีเปิดแล้ว ต้องมีใบ GRS", "recycled_cotton_fibre", certs=("GRS",))])

add("bws-033", "en", "Green Loop PET", CT, UP, "Nakhon Pathom", "greenlooppet@gmail.com",
    (), ("circular",),
    [("Washed PET bottle flakes, clear", "pet_flakes")],
    [N("Used PET bottles, any volume - we pick up around Nakhon Pathom & Ratchaburi", "used_pet_bottles")])

add("bws-034", "en", "Siam rPET Yarn Co., Ltd.", CT, UP, "Samut Prakan", "sales@siamrpet.co.th",
    ("GRS", "OEKO-TEX Standard 100"), ("circular", "green"),
    [("Recycled polyester filament yarn 75D/150D", "recycled_polyester_yarn")],
    [N("Clear PET flakes, hot washed, 20 t/month", "pet_flakes")])

add("bws-035", "th", "กลุ่มแม่บ้านผ้าปะต่อ บ้านโป่ง", CT, MID, "Ratchaburi", "banpong.patchwork@gmail.com",
    (), ("circular",),
    [("ผ้าปะต่อ (แพทช์เวิร์ก) จากเศษผ้า หลาละ 90", "patchwork_upcycled_fabric"),
     ("ถุงผ้าจากเศษผ้า", "recycled_fabric_bag"),
     ("พรมเช็ดเท้าถักจากเศษผ้า", "rag_doormat")],
    [N("เศษผ้าฝ้ายชิ้นใหญ่ คละสี", "sorted_cotton_scraps")])

add("bws-036", "th", "ร้านเสื้อผ้ามือสองเหมากระสอบ แม่สอด", CT, UP, "Tak", "maesot.bale@gmail.com",
    (), ("circular",),
    [("เสื้อผ้ามือสองเหมากระสอบ 100 กก.", "used_clothing_bales"),
     ("ยีนส์มือสอง คัดแล้ว ขายยกมัด", "used_jeans"),
     ("กระสอบเปล่าใส่ผ้า ขายถูก", "used_sacks")],
    [U("โกดังเช่า ใกล้ด่านแม่สอด", "warehouse space; not goods")])

add("bws-037", "en", "Kwai Denim Rework", CT, MID, "Kanchanaburi", "kwaidenim@gmail.com",
    (), ("circular",),
    [("Upcycled denim bags", "upcycled_denim_bag"),
     ("Denim aprons for cafes & barbers", "denim_apron")],
    [N("Used jeans, sorted by shade", "used_jeans"),
     N("Sewing for bulk orders, we send cut panels", "cmt_sewing_service")])

add("bws-038", "th", "บจก. ทอผ้าสามพรานรีไซเคิล", CT, MID, "Nakhon Pathom", "sales@samphrantextile.co.th",
    ("GRS", "ISO 9001"), ("circular",),
    [("ผ้าดิบทอเครื่อง หน้า 63 นิ้ว", "greige_cotton_fabric"),
     ("ผ้าคอตตอนรีไซเคิลผสม 50/50", "recycled_cotton_blend_fabric"),
     ("ผ้า TC ย้อมสีพื้น ทำชุดยูนิฟอร์ม", "tc_fabric"),
     ("ผ้าคอตตอนสีพื้น ย้อมสำเร็จ หน้า 44 นิ้ว", "solid_dyed_cotton_fabric")],
    [N("ด้ายฝ้ายรีไซเคิล OE มีใบรับรอง GRS", "recycled_cotton_yarn", certs=("GRS",))])

add("bws-039", "en", "ReThread Rags & Wipers", CT, MID, "Bangkok", "rethread.rags@gmail.com",
    (), ("circular",),
    [("Industrial wiping rags cut from cotton tees, 10 kg bags", "cleaning_rags")],
    [N("Used clothing in bales, cotton rich", "used_clothing_bales"),
     N("Discarded towels / sheets from hotels or hospitals", "used_hotel_linen", "used_hospital_linen")])

add("bws-040", "th", "ร้านกระเป๋าเศษผ้า ชะอำ", CT, DOWN, "Phetchaburi", "chaam.bagshop@gmail.com",
    (), ("circular",),
    [("กระเป๋าผ้าทำจากเศษผ้า ใบละ 150", "recycled_fabric_bag"),
     ("กระเป๋าใส่เหรียญ ผ้าเศษ", "coin_purse")],
    [N("ผ้าปะต่อสำเร็จ ไว้ตัดกระเป๋า", "patchwork_upcycled_fabric")])

add("bws-041", "en", "Hua Hin Upcycle Collective", CT, DOWN, "Prachuap Khiri Khan", "huahinupcycle@gmail.com",
    (), ("circular",),
    [("Tote bags from retired hotel bed linen", "recycled_fabric_bag")],
    [N("Your hotel's retired sheets & duvet covers", "used_hotel_linen"),
     N("Screen printing on totes, 1-2 colours", "screen_printing_service")])

add("bws-042", "th", "กลุ่มแม่บ้านเบาะรองนั่งจากเศษผ้า อู่ทอง", CT, DOWN, "Suphan Buri", "uthong.cushion@gmail.com",
    (), ("circular",),
    [("เบาะรองนั่งพื้น ยัดใยเศษผ้า", "floor_cushion")],
    [N("ใยเศษผ้าตีแล้ว สำหรับยัดเบาะ", "shredded_textile_filling"),
     N("เศษผ้าคัดสี", "sorted_cotton_scraps")])

add("bws-043", "en", "Kanchanaburi Eco Dye Works", CT, MID, "Kanchanaburi", "ecodye.kan@gmail.com",
    (), ("circular", "bio"),
    [("We dye your garments or fabric with agri-waste dyes (coconut husk, mango leaf)", "natural_dyeing_service")],
    [N("Coconut husk or coir dust, dry", "coconut_husk_waste"),
     N("Dried dye barks - jackfruit heartwood, ebony", "dried_dye_plants")])

add("bws-044", "th", "กลุ่มแปรรูปมะพร้าว บางคนที", CT, UP, "Samut Songkhram", "bangkhonthi.coco@gmail.com",
    (), ("bio", "circular"),
    [("ใยมะพร้าว อัดก้อน", "coconut_coir_fibre"),
     ("กระดุมกะลามะพร้าว 15-20 มม. สั่งทางไลน์ 089-552-1408", "coconut_shell_button"),
     ("เปลือกมะพร้าวแห้ง ขุยมะพร้าว", "coconut_husk_waste")],
    [N("กระสอบเก่า ใส่ขุยมะพร้าว", "used_sacks")])

add("bws-045", "th", "ธนาคารผ้าเก่า เทศบาลเมืองราชบุรี", CT, DOWN, "Ratchaburi", "rb.clothbank@gmail.com",
    (), ("circular",),
    [("เสื้อผ้าเก่าบริจาค คัดแยกแล้ว ขายเป็นกิโล", "used_clothing_bales")],
    [N("พรมเช็ดเท้าจากเศษผ้า ใช้ในสำนักงาน 200 ผืน", "rag_doormat")])

# --- Sportech
add("bws-046", "en", "Nakhon Pathom Knit Tech Co., Ltd.", SP, MID, "Nakhon Pathom", "sales@npknittech.co.th",
    ("OEKO-TEX Standard 100", "ISO 9001"), ("green",),
    [("Dry-fit poly knit 140 gsm, wicking. MOQ 300 kg/colour, 3 weeks", "moisture_wicking_knit_fabric"),
     ("Mesh for jersey side panels", "mesh_fabric"),
     ("rPET single jersey, 160 gsm", "rpet_knit_fabric")],
    [N("GRS-certified recycled polyester filament, 75D", "recycled_polyester_yarn", certs=("GRS",)),
     U("Spandex bare yarn 40D", "elastane yarn; no one in the set offers it")])

add("bws-047", "th", "โรงพิมพ์ผ้าซับลิเมชั่น เจริญผล", SP, MID, "Bangkok", "charoenphon.sub@gmail.com",
    (), (),
    [("รับพิมพ์ซับลิเมชั่นบนผ้าลูกค้า", "sublimation_printing_service"),
     ("เสื้อกีฬาพิมพ์ลายทั้งตัว ขั้นต่ำ 20 ตัว", "sports_jersey")],
    [N("ผ้าไมโครโพลีเอสเตอร์ สีขาว ใช้ซับลิเมชั่นได้", "moisture_wicking_knit_fabric")])

add("bws-048", "en", "Hua Hin Muay Thai Camp", SP, DOWN, "Prachuap Khiri Khan", "train@huahinmuaythai.com",
    (), (),
    [("Worn-out gloves and pads for recycling", "used_sports_gear")],
    [N("Muay Thai shorts with our logo, 60 pairs", "muay_thai_shorts"),
     N("Anyone supplying hand wraps 4.5 m?", "hand_wraps"),
     N("Gym towels, small, dark colour", "small_towel")])

add("bws-049", "th", "ร้านกางเกงมวยเสือเผือก", SP, MID, "Ratchaburi", "suephueak.muay@gmail.com",
    (), (),
    [("กางเกงมวยผ้าซาติน ปักชื่อได้", "muay_thai_shorts"),
     ("ผ้าพันมือนักมวย", "hand_wraps")],
    [U("ผ้าซาตินมันเงา ม้วนละ 50 หลา", "satin fabric; no one in the set offers it"),
     N("รับปักชื่อ ปักโลโก้ ข้างขากางเกง", "embroidery_service")])

add("bws-050", "en", "River Kwai Trail Run", SP, DOWN, "Kanchanaburi", "race@riverkwaitrail.com",
    (), (),
    [],
    [N("Finisher tees, quick dry, printed, 1,200 pcs", "sports_jersey"),
     N("Medal lanyards with printed logo", "lanyard")])

add("bws-051", "th", "หจก. สายเทปรุ่งเรือง", SP, MID, "Samut Sakhon", "rungrueng.tape@gmail.com",
    ("ISO 9001",), (),
    [("สายเทปโพลีเอสเตอร์ สายกระเป๋า 1-2 นิ้ว", "webbing_strap"),
     ("ยางยืดทอ ยางยืดถัก", "elastic_band"),
     ("สายคล้องคอ พิมพ์โลโก้", "lanyard")],
    [N("สนใจด้ายโพลีรีไซเคิล (rPET) มาทอสายเทป", "recycled_polyester_yarn")])

add("bws-052", "en", "Coastline Rashguards", SP, MID, "Chonburi", "hello@coastlinerash.com",
    ("OEKO-TEX Standard 100",), (),
    [("Rash guards UPF 50+, long & short sleeve", "rash_guard"),
     ("Boardshorts", "boardshorts")],
    [N("Recycled poly knit for swimwear, GRS welcome but not required", "rpet_knit_fabric", waives=("GRS",))])

add("bws-053", "th", "ร้านอุปกรณ์เดินป่า อุ้มผาง", SP, DOWN, "Tak", "umphang.trekshop@gmail.com",
    (), (),
    [("ให้เช่าเต็นท์ ถุงนอน เป้", "camping_gear_rental")],
    [N("ถุงเท้าเดินป่า ข้อยาว หนา", "sports_socks"),
     U("เสื้อกันฝนแบบปอนโช", "rain ponchos; no one in the set makes them"),
     N("เป้สะพาย 20 ลิตร", "backpack")])

add("bws-054", "en", "Thai Sock Knitters Co., Ltd.", SP, MID, "Samut Prakan", "oem@thaisock.co.th",
    ("ISO 9001",), (),
    [("Sports socks, cushioned sole, OEM", "sports_socks"),
     ("Non-slip grip socks - also for hospitals & elderly", "non_slip_socks")],
    [N("Recycled poly or recycled cotton yarn for socks", "recycled_polyester_yarn", "recycled_cotton_yarn")])

add("bws-055", "th", "ชมรมจักรยานนครปฐม", SP, DOWN, "Nakhon Pathom", "npcycling.club@gmail.com",
    (), (),
    [],
    [N("เสื้อปั่นจักรยาน พิมพ์ลายชมรม 80 ตัว", "sports_jersey"),
     N("ถุงเท้าปั่นจักรยาน", "sports_socks")])

add("bws-056", "en", "Trail Gear Sewing Works", SP, MID, "Bangkok", "trailgear.sew@gmail.com",
    (), (),
    [("Backpacks 20-35 L, OEM", "backpack"),
     ("Custom padded bags - board, instrument", "padded_bag")],
    [N("Poly webbing 25 mm and 38 mm", "webbing_strap"),
     U("420D PU-coated oxford, 500 m", "coated technical fabric; no one in the set offers it")])

add("bws-057", "th", "ร้านเพชรสกรีน", SP, MID, "Phetchaburi", "phet.screen@gmail.com",
    (), (),
    [("รับสกรีนเสื้อ ถุงผ้า", "screen_printing_service"),
     ("รับปักโลโก้ ชื่อ บนเสื้อ", "embroidery_service")],
    [N("เสื้อยืดเปล่า คอกลม cotton 100%", "blank_cotton_tshirt")])

add("bws-058", "en", "Blank Tee Supply", SP, MID, "Nonthaburi", "order@blankteesupply.com",
    (), (),
    [("Blank tees, 100% cotton, 20 colours", "blank_cotton_tshirt"),
     ("Blank dri-fit tees", "blank_dryfit_tshirt"),
     ("Cutting waste from our tee line, free if collected", "garment_cutting_waste")],
    [U("Combed cotton single jersey 32s, 2 t/month", "cotton jersey fabric; no knitter of it in the set")])

add("bws-059", "th", "สโมสรฟุตบอลเยาวชนราชบุรี", SP, DOWN, "Ratchaburi", "rbyouthfc@gmail.com",
    (), (),
    [],
    [N("ชุดฟุตบอลเด็ก พิมพ์ชื่อ เบอร์", "sports_jersey"),
     N("ถุงเท้าฟุตบอลยาว", "sports_socks"),
     U("สนับแข้ง", "shin guards; no one in the set makes them")])

add("bws-060", "en", "FlexCare Supports Co., Ltd.", SP, MID, "Pathum Thani", "sales@flexcare.co.th",
    ("ISO 13485", "ISO 9001"), (),
    [("Knee support, elastic knit", "knee_support"),
     ("Compression stockings class 1-2", "compression_stockings")],
    [N("Elastic tape 3-5 cm", "elastic_band")])

add("bws-061", "th", "เอราวัณแอดเวนเจอร์ทัวร์", SP, DOWN, "Kanchanaburi", "erawan.adventure@gmail.com",
    (), (),
    [],
    [N("เสื้อโปโลพนักงาน ปักโลโก้ 40 ตัว", "staff_uniform"),
     N("เสื้อรัชการ์ดแขนยาว ให้ไกด์ล่องแพ", "rash_guard")])

add("bws-062", "en", "Pranburi Kite & SUP", SP, DOWN, "Prachuap", "pranburikite@gmail.com",
    (), (),
    [],
    [N("Rash guards, mixed sizes", "rash_guard"),
     N("Who can sew padded board bags to our sizes?", "padded_bag")])

# --- Ageing Lifestyle Central: hotels, spas, hospitals, care homes and their suppliers
add("bws-063", "en", "Sea Breeze Hua Hin Resort", ALC, DOWN, "Prachuap Khiri Khan", "purchasing@seabreezehuahin.com",
    (), ("green",),
    [("Retired towels & bed sheets, 300-400 kg a year, free pickup", "used_hotel_linen")],
    [N("Bath towels 500 g, white, TIS certified", "bath_towel", certs=("Thai Industrial Standard",)),
     N("Handwoven table runners or placemats for the restaurant", "table_linen"),
     N("Staff uniforms, 120 sets", "staff_uniform")])

add("bws-064", "th", "ชะอำวิลล่ารีสอร์ท", ALC, DOWN, "Phetchaburi", "chaamvilla.booking@gmail.com",
    (), (),
    [("ขวดพลาสติก PET ใช้แล้ว สะสมไว้", "used_pet_bottles")],
    [N("ผ้าปูที่นอน ปลอกหมอน สีขาว 6 ฟุต", "bed_linen"),
     N("ผ้าเช็ดตัว", "bath_towel"),
     N("ตะกร้าผักตบหรือไม้ไผ่ ใส่ของในห้องพัก", "water_hyacinth_basket", "bamboo_basket")])

add("bws-065", "th", "โรงงานผ้าขนหนูนครชัยศรี", ALC, MID, "Nakhon Pathom", "nakhonchaisri.towel@gmail.com",
    ("มอก.", "ISO 9001"), (),
    [("ผ้าขนหนูโรงแรม 16x32, 27x54 ได้ มอก.", "bath_towel"),
     ("เสื้อคลุมอาบน้ำผ้าขนหนู", "bathrobe"),
     ("ผ้าเช็ดผม ผ้าเช็ดหน้า ผืนเล็ก", "small_towel"),
     ("ผ้าเทอร์รี่ม้วน", "terry_fabric_roll")],
    [U("ด้ายฝ้ายดิบจากโรงปั่น เบอร์ 16 ฝ้ายใหม่ ไม่เอาด้ายรีไซเคิล", "virgin cotton yarn; no one spins it here, recycled refused")])

add("bws-066", "en", "Ratchaburi Care Hospital", ALC, DOWN, "Ratchaburi", "procurement@rbcarehospital.com",
    (), (),
    [("Worn cotton sheets & scrubs, laundered, for recycling", "used_hospital_linen")],
    [N("Patient gowns, tie back, M-XXL", "patient_gown"),
     N("Flat sheets for 3.5 ft beds", "bed_linen"),
     N("Washable underpads", "washable_underpad")])

add("bws-067", "th", "ร้านตัดเย็บกำแพงแสนยูนิฟอร์ม", ALC, MID, "Nakhon Pathom", "kps.uniform@gmail.com",
    (), (),
    [("ชุดคนไข้ ชุดผู้ป่วย ผ้าคอตตอนผสม", "patient_gown"),
     ("ชุดพนักงานโรงแรม เชิ้ต โปโล กางเกง", "staff_uniform"),
     ("รับตัดเย็บตามแบบ ผ้าลูกค้า", "cmt_sewing_service"),
     ("เศษผ้าจากโต๊ะตัด ให้ฟรี มารับเอง", "garment_cutting_waste")],
    [N("ผ้า TC สีฟ้า สีเขียว เป็นม้วน", "tc_fabric")])

add("bws-068", "en", "Hua Hin Senior Living", ALC, DOWN, "Prachuap Khiri Khan", "care@huahinseniorliving.com",
    (), (),
    [],
    [N("Adaptive clothing - velcro or magnetic closures", "adaptive_clothing"),
     N("Non-slip socks for residents", "non_slip_socks"),
     N("Herbal compress balls for spa day", "herbal_compress")])

add("bws-069", "th", "กลุ่มลูกประคบสมุนไพรจอมบึง", ALC, MID, "Ratchaburi", "jombueng.herb@gmail.com",
    ("OTOP", "อย."), ("bio",),
    [("ลูกประคบสมุนไพร สด/แห้ง มีเลข อย.", "herbal_compress")],
    [N("ผ้าดิบห่อลูกประคบ ผ้าใหม่เท่านั้น", "greige_cotton_fabric"),
     N("ไพลแห้ง ขมิ้น ตะไคร้ อบแห้ง", "dried_compress_herbs")])

add("bws-070", "th", "บ้านริมคลองอัมพวาโฮมสเตย์", ALC, DOWN, "Samut Songkhram", "rimkhlong.amphawa@gmail.com",
    (), (),
    [("ผ้าปูที่นอน ผ้าขนหนูเก่า ปลดระวางแล้ว", "used_hotel_linen")],
    [N("ผ้าขะม้า ให้แขกใส่เล่นน้ำ", "pha_khao_ma"),
     N("ชุดเครื่องนอน ผ้าปู ปลอกหมอน", "bed_linen")])

add("bws-071", "en", "Palm Spa Hua Hin", ALC, DOWN, "Prachuap Khiri Khan", "spa@palmspahuahin.com",
    (), ("green",),
    [],
    [N("Spa wraps for treatments, cotton, quick dry", "spa_wrap"),
     N("Herbal compress with Thai FDA number, weekly", "herbal_compress", certs=("Thai FDA",)),
     N("Bathrobes, white, for spa guests", "bathrobe")])

add("bws-072", "th", "กลุ่มอาชีพตัดเย็บบ้านเก่า", ALC, MID, "Kanchanaburi", "bankao.sewing@gmail.com",
    (), (),
    [("ชุดนวดแผนไทย เสื้อ กางเกง ผ้าฝ้าย", "massage_uniform"),
     ("ผ้าถุงสปา ผ้าพันตัว", "spa_wrap")],
    [N("ผ้าฝ้ายทอมือสีขาว ยังไม่ย้อม ทำชุดนวด", "handwoven_cotton_fabric")])

add("bws-073", "en", "Floating Raft Resort River Kwai", ALC, DOWN, "Kanchanaburi", "gm@floatingraftkwai.com",
    (), ("green",),
    [],
    [N("Bamboo lamp shades for rafts", "bamboo_lampshade"),
     N("Karen woven cushion covers", "cushion_cover"),
     U("Cotton mosquito nets", "mosquito nets; no one in the set makes them")])

add("bws-074", "en", "Easy Wear Adaptive Apparel", ALC, MID, "Nonthaburi", "hello@easywearadaptive.com",
    ("OEKO-TEX Standard 100",), (),
    [("Adaptive shirts & trousers, velcro/magnet closures", "adaptive_clothing"),
     ("Open-back nightgowns for bedridden", "patient_gown"),
     ("Cutting room offcuts, cotton knit, bagged", "garment_cutting_waste")],
    [N("Seamstresses for overflow orders (we cut, you sew)", "cmt_sewing_service"),
     U("Magnetic buttons & velcro tape", "fasteners; no one in the set offers them")])

add("bws-075", "th", "บ้านสุขใจเนอร์สซิ่งโฮม", ALC, DOWN, "Nakhon Pathom", "sukjai.nursinghome@gmail.com",
    (), (),
    [],
    [N("ผ้ารองซับปัสสาวะ ซักได้", "washable_underpad"),
     N("ชุดผู้ป่วยติดเตียง แบบเปิดหลัง ผ้าผ่าน OEKO-TEX", "patient_gown", certs=("OEKO-TEX Standard 100",)),
     N("ถุงเท้ากันลื่น ไม่ต้องมี อย.", "non_slip_socks", waives=("Thai FDA",))])

add("bws-076", "th", "กลุ่มแม่บ้านเย็บผ้ารองซับ โพธาราม", ALC, MID, "Ratchaburi", "photharam.rongsub@gmail.com",
    (), (),
    [("แผ่นรองซับซักได้ 3 ชั้น", "washable_underpad"),
     ("กางเกงผ้าอ้อมผู้ใหญ่ ซักได้", "washable_adult_diaper")],
    [N("ผ้าขนหนูม้วน ผ้าเทอร์รี่", "terry_fabric_roll"),
     U("ผ้ากันน้ำ TPU/PUL เป็นม้วน", "waterproof laminate; no one in the set offers it")])

add("bws-077", "en", "Hua Hin International Hospital", ALC, DOWN, "Prachuap Khiri Khan", "supply@huahininterhosp.com",
    (), (),
    [],
    [N("ISO 13485 compression stockings, class 2", "compression_stockings", certs=("ISO 13485",)),
     N("Patient gowns", "patient_gown"),
     U("Reusable surgical gowns, AAMI level 2", "surgical gowns; no one in the set makes them")])

add("bws-078", "th", "โรงพยาบาลชุมชนพบพระ", ALC, DOWN, "Tak", "phopphra.hosp@gmail.com",
    (), (),
    [("ผ้าปูเตียงชำรุด รอจำหน่าย", "used_hospital_linen")],
    [N("ผ้าปูเตียงผู้ป่วย ปลอกหมอน", "bed_linen"),
     N("ผ้าเช็ดตัวผู้ป่วย ต้องได้ มอก.", "bath_towel", certs=("มอก.",))])

add("bws-079", "en", "Siam Hotel Linen Co., Ltd.", ALC, MID, "Bangkok", "sales@siamhotellinen.co.th",
    ("ISO 9001", "OEKO-TEX Standard 100"), (),
    [("Hotel bed linen, 250 TC, white, all sizes", "bed_linen"),
     ("Duvet inserts, microfibre fill", "duvet_insert"),
     ("Hotel pillows", "hotel_pillow")],
    [N("Greige cotton fabric, wide width, for bleaching", "greige_cotton_fabric")])

add("bws-080", "th", "กลุ่มปลูกไพลอินทรีย์ ท่าม่วง", ALC, UP, "Kanchanaburi", "thamuang.plai@gmail.com",
    ("Organic Thailand",), ("bio",),
    [("ไพลหั่นตากแห้ง", "dried_compress_herbs"),
     ("ไพลสด", "fresh_plai")],
    [U("โรงอบแห้งพลังแสงอาทิตย์", "a solar dryer; equipment, no one offers it")])

add("bws-081", "en", "Kaeng Krachan Organic Cotton Farm", ALC, UP, "Phetchaburi", "kkorganiccotton@gmail.com",
    ("Organic Thailand",), ("bio",),
    [("Organic cotton lint", "organic_cotton_lint")],
    [N("Hand spinning of our cotton by a village group - we supply the lint", "hand_spinning_service")])

# --- Ageing Lifestyle Isan
add("bws-082", "th", "กลุ่มปลูกฝ้ายบ้านนาดี", ALI, UP, "Loei", "nadee.cotton@gmail.com",
    (), ("bio",),
    [("ฝ้ายปุยดิบ อีดแล้ว", "raw_cotton_lint"),
     ("เมล็ดฝ้ายพันธุ์พื้นเมือง", "cotton_seed")],
    [N("คนรับจ้างเข็นฝ้าย ส่งปุยไปให้", "hand_spinning_service")])

add("bws-083", "th", "กลุ่มผ้าย้อมครามบ้านนาเพียง", ALI, MID, "Sakon Nakhon", "napiang.khram@gmail.com",
    ("OTOP",), ("bio",),
    [("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ หลาละ 250", "indigo_dyed_cotton_fabric"),
     ("เสื้อม่อฮ่อมคราม", "cotton_shirt"),
     ("ย่ามผ้าฝ้ายย้อมครามทั้งใบ", "cloth_shoulder_bag")],
    [N("ฝ้ายเข็นมือจากฝ้ายอินทรีย์ มีตรา Organic Thailand", "handspun_cotton_yarn", certs=("Organic Thailand",))])

add("bws-084", "en", "Khon Kaen Elderly Day Care", ALI, DOWN, "Khon Kaen", "kkdaycare@gmail.com",
    (), (),
    [],
    [N("Do you make washable incontinence pads?", "washable_underpad"),
     N("Easy-dress clothing for residents", "adaptive_clothing"),
     N("Triangle cushions for floor sitting", "triangle_pillow")])

add("bws-085", "th", "กลุ่มหมอนขิดบ้านนาโพธิ์", ALI, MID, "Yasothon", "naphoe.mornkhit@gmail.com",
    ("OTOP",), ("bio",),
    [("หมอนสามเหลี่ยม หมอนขวาน ผ้าขิด", "triangle_pillow"),
     ("ผ้าขิดขายเป็นเมตร", "khit_fabric")],
    [N("มีใครขายนุ่นบ้างคะ ใช้ยัดหมอนขิด", "kapok_fibre")])

add("bws-086", "th", "กลุ่มผ้าไหมมัดหมี่ ชนบท", ALI, MID, "Khon Kaen", "chonnabot.mudmee@gmail.com",
    ("Thai Silk Peacock Emblem", "OTOP"), ("bio",),
    [("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน", "silk_mudmee_fabric"),
     ("ผ้าพันคอไหม", "silk_scarf")],
    [N("ไหมพื้นบ้าน ไหมน้อย", "raw_silk_yarn")])

add("bws-087", "en", "Udon Silver Age Wellness Resort", ALI, DOWN, "Udon Thani", "purchasing@udonsilverage.com",
    (), ("green",),
    [],
    [N("Triangle pillows (mon khit) for the lounge", "triangle_pillow"),
     N("Silk scarves carrying the Peacock Emblem, for the gift shop", "silk_scarf",
       certs=("Thai Silk Peacock Emblem",)),
     N("Spa wraps", "spa_wrap")])

add("bws-088", "th", "โรงพยาบาลโคราชเวชการ", ALI, DOWN, "Korat", "purchase@koratvej.co.th",
    (), (),
    [("ผ้าปูเตียงเก่า ชุดคนไข้เก่า ซักแล้ว", "used_hospital_linen")],
    [N("ชุดคนไข้ ผู้ใหญ่", "patient_gown"),
     N("ถุงน่องลดเส้นเลือดขอด ไม่จำเป็นต้องมี ISO 13485", "compression_stockings", waives=("ISO 13485",)),
     N("ผ้าปูเตียง", "bed_linen")])

add("bws-089", "th", "กลุ่มทอเสื่อกกบ้านหนองแคน", ALI, MID, "Roi Et", "nongkhaen.suea@gmail.com",
    ("OTOP",), ("bio",),
    [("เสื่อกกทอมือ ลายขิด", "reed_mat")],
    [U("กกย้อมสีแล้ว", "dyed reed; no one in the set offers it")])

add("bws-090", "en", "Ubon Herbal Compress Co.", ALI, MID, "Ubon Ratchathani", "ubonherbal@gmail.com",
    ("Thai FDA",), ("bio",),
    [("Herbal compress balls, FDA registered", "herbal_compress")],
    [N("Unbleached cotton cloth for wrapping", "greige_cotton_fabric"),
     N("Dried plai and turmeric", "dried_compress_herbs")])

add("bws-091", "th", "กลุ่มผ้าไหมแพรวา ภูไท", ALI, MID, "Kalasin", "phuthai.praewa@gmail.com",
    ("Thai Silk Peacock Emblem",), ("bio",),
    [("ผ้าสไบแพรวา ไหมแท้", "praewa_silk_shawl")],
    [N("ไหมย้อมสีพร้อมทอ", "dyed_silk_yarn")])

add("bws-092", "th", "ร้านผ้าไหมสุรินทร์ แม่บุญมา", ALI, DOWN, "Surin", "maeboonma.silk@gmail.com",
    (), (),
    [],
    [N("ผ้าไหมมัดหมี่ เป็นผืน", "silk_mudmee_fabric"),
     N("ผ้าสไบ ผ้าไหมแพรวา", "praewa_silk_shawl")])

add("bws-093", "en", "Silver Style Korat", ALI, DOWN, "Nakhon Ratchasima", "hello@silverstylekorat.com",
    (), ("green",),
    [("Loose blouses for older women, Isan fabrics", "senior_blouse")],
    [N("Indigo cotton or khit fabric by the metre, no GOTS needed", "indigo_dyed_cotton_fabric", "khit_fabric",
       waives=("GOTS",)),
     N("CMT sewing, 100-300 pcs", "cmt_sewing_service")])

add("bws-094", "th", "กลุ่มปลูกหม่อนเลี้ยงไหม บ้านหนองโน", ALI, UP, "Maha Sarakham", "nongno.silk@gmail.com",
    (), ("bio",),
    [("เส้นไหมน้อย ไหมเปลือก", "raw_silk_yarn")],
    [N("รังไหมสด รับซื้อเพิ่ม ไว้สาวไหม", "silk_cocoons")])

add("bws-095", "en", "Isan Craft Export", ALI, DOWN, "Khon Kaen", "trade@isancraftexport.com",
    (), (),
    [],
    [N("Triangle pillows, OTOP only", "triangle_pillow", certs=("OTOP",)),
     N("Reed mats", "reed_mat"),
     U("GOTS certified organic cotton fabric", "no supplier in the set holds GOTS", certs=("GOTS",))])


# ---------------------------------------------------------------------------------------------- checks

THEME_PROVINCES = {
    "Kanchanaburi", "Ratchaburi", "Tak", "Phetchaburi", "Prachuap Khiri Khan",
    "Suphan Buri", "Nakhon Pathom", "Samut Songkhram",
}
_THAI = re.compile("[\u0e00-\u0e7f]")
_KEY_NOISE = re.compile(r"[\s\-_.,'’()/]+")
_CERTS_BY_NAME = {c.name: c for c in CERTIFICATIONS}


def canon(cert: str) -> str:
    name = resolve_certification(cert)
    return name if name is not None else cert


def _key(text: str) -> str:
    return _KEY_NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


def named_in(text: str, cert: str) -> bool:
    """Whether `text` names the certification (any of its names, aliases or usual mentions)."""
    c = _CERTS_BY_NAME[canon(cert)]
    forms = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
    key = _key(text)
    if any(len(_key(form)) >= 3 and _key(form) in key for form in forms):
        return True
    nfkc = unicodedata.normalize("NFKC", text)
    return any(re.search(unicodedata.normalize("NFKC", p), nfkc) for p in c.patterns)


def certs_named(text: str) -> set[str]:
    return {c.name for c in CERTIFICATIONS if named_in(text, c.name)}


def thai_share(text: str) -> float:
    thai = len(_THAI.findall(text))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return thai / (thai + latin) if thai + latin else 1.0


def latin_only(text: str) -> bool:
    return not _THAI.search(text) and all(ch.isascii() for ch in text if ch.isalpha())


def qualified(supplier: Sme, need: Need) -> bool:
    held = {canon(c) for c in supplier.certs}
    return {canon(c) for c in need.certs} <= held


def suppliers_of(need: Need, buyer: Sme) -> list[Sme]:
    return [
        s for s in SMES
        if s.id != buyer.id and qualified(s, need) and any(label in need.labels for _, label in s.offers)
    ]


def compute_links() -> list[tuple[str, str]]:
    pairs = {(s.id, b.id) for b in SMES for need in b.needs if need.unmet is None for s in suppliers_of(need, b)}
    return sorted(pairs)


def check() -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in SMES]
    if ids != [f"bws-{i:03d}" for i in range(1, 96)]:
        errors.append("ids must run bws-001 ... bws-095 in order, once each")
    subs = {x.value for x in SubCluster}
    stages = {x.value for x in Stage}
    tags = {x.value for x in BcgTag}
    offered: dict[str, set[str]] = {}
    for s in SMES:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    for s in SMES:
        where = s.id
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in subs:
            errors.append(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certs:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len({canon(c) for c in s.certs}) != len(s.certs):
            errors.append(f"{where}: a certification is listed twice")
        if not set(s.bcg) <= tags or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: bcg {s.bcg!r}")
        if not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", s.email):
            errors.append(f"{where}: e-mail {s.email!r}")
        if not 0 <= len(s.offers) <= 4 or not 1 <= len(s.needs) <= 4:
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        if not s.offers and s.stage != DOWN:
            errors.append(f"{where}: only a downstream buyer may offer nothing")
        phrases = [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]
        if len({t for t, _ in s.offers} | {n.text for n in s.needs}) != len(phrases) - 1:
            errors.append(f"{where}: a phrase is repeated")
        for text in phrases:
            if s.lang == "th" and thai_share(text) <= 0.5:
                errors.append(f"{where}: Thai profile phrase not mostly Thai: {text!r}")
            if s.lang == "en" and not latin_only(text):
                errors.append(f"{where}: English profile phrase not Latin only: {text!r}")
        for text, label in s.offers:
            if not re.fullmatch(r"[a-z0-9_]+", label):
                errors.append(f"{where}: bad label {label!r} on {text!r}")
        for need in s.needs:
            if (need.unmet is None) == (not need.labels):
                errors.append(f"{where}: need {need.text!r} must have labels or a note, not both")
            for label in need.labels:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{where}: label {label!r} of {need.text!r} is offered by no one else")
            if need.unmet is None and not suppliers_of(need, s):
                errors.append(f"{where}: met need {need.text!r} has no qualified supplier")
            for cert in (*need.certs, *need.waives):
                if resolve_certification(cert) is None:
                    errors.append(f"{where}: certification {cert!r} of {need.text!r} does not resolve")
                elif not named_in(need.text, cert):
                    errors.append(f"{where}: certification {cert!r} not named in {need.text!r}")
            listed = {canon(c) for c in (*need.certs, *need.waives)}
            stray = certs_named(need.text) - listed
            if stray:
                errors.append(f"{where}: {need.text!r} names {sorted(stray)} without requiring or waiving it")
            if set(need.certs) & set(need.waives):
                errors.append(f"{where}: {need.text!r} both requires and waives a certification")
    return errors


def stats(links: list[tuple[str, str]]) -> dict[str, object]:
    by_id = {s.id: s for s in SMES}
    needs = [n for s in SMES for n in s.needs]
    cross_te = sum(1 for a, b in links if (by_id[a].lang, by_id[b].lang) == ("th", "en"))
    cross_et = sum(1 for a, b in links if (by_id[a].lang, by_id[b].lang) == ("en", "th"))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)  # type: ignore[union-attr]
    return {
        "profiles": len(SMES),
        "th": sum(s.lang == "th" for s in SMES),
        "en": sum(s.lang == "en" for s in SMES),
        "sub_cluster": Counter(s.sub for s in SMES),
        "stage": Counter(s.stage for s in SMES),
        "region": regions,
        "theme_provinces": sum(resolve_province(s.province).name_en in THEME_PROVINCES for s in SMES),  # type: ignore[union-attr]
        "provinces": len({resolve_province(s.province).name_en for s in SMES}),  # type: ignore[union-attr]
        "offers": sum(len(s.offers) for s in SMES),
        "offer_labels": len({label for s in SMES for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(n.unmet is None for n in needs),
        "unmet": sum(n.unmet is not None for n in needs),
        "requiring": sum(bool(n.certs) for n in needs),
        "waiving": sum(bool(n.waives) for n in needs),
        "links": len(links),
        "th_to_en": cross_te,
        "en_to_th": cross_et,
        "cross": cross_te + cross_et,
        "within": len(links) - cross_te - cross_et,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
    }


def check_targets(st: dict[str, object]) -> list[str]:
    errors = []
    links = int(st["links"])  # type: ignore[call-overload]
    if st["profiles"] != 95:
        errors.append("need 95 profiles")
    if not 0.50 <= int(st["th"]) / 95 <= 0.60:  # type: ignore[call-overload]
        errors.append(f"Thai share {st['th']}/95 is not about 55 %")
    if not 140 <= links <= 180:
        errors.append(f"{links} links, want 140-180")
    if links and int(st["cross"]) / links < 0.45:  # type: ignore[call-overload]
        errors.append(f"cross-language links {st['cross']}/{links} below 45 %")
    if not 15 <= int(st["unmet"]) <= 25:  # type: ignore[call-overload]
        errors.append(f"{st['unmet']} unmet needs, want 15-25")
    if int(st["requiring"]) < 3 or int(st["waiving"]) < 3:  # type: ignore[call-overload]
        errors.append("want at least 3 needs requiring and 3 waiving a certification")
    if len(st["sub_cluster"]) != 5 or len(st["stage"]) != 3:  # type: ignore[arg-type]
        errors.append("every sub-cluster and stage must appear")
    if int(st["provinces"]) < 20:  # type: ignore[call-overload]
        errors.append(f"only {st['provinces']} provinces")
    if int(st["theme_provinces"]) < 48:  # type: ignore[call-overload]
        errors.append(f"only {st['theme_provinces']} profiles in the western theme provinces")
    return errors


def profile_json(s: Sme) -> str:
    row = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def report() -> None:
    by_id = {s.id: s for s in SMES}
    for b in SMES:
        for need in b.needs:
            ids = [s.id for s in suppliers_of(need, b)] if need.unmet is None else []
            langs = " ".join(f"{i[-3:]}{by_id[i].lang}" for i in ids)
            print(f"{b.id}{b.lang} {need.labels or need.unmet} <- {langs}")


def main() -> int:
    if "--report" in sys.argv:
        report()
    errors = check()
    links = compute_links()
    st = stats(links)
    errors += check_targets(st)
    for key, value in st.items():
        print(f"{key}: {dict(sorted(value.items())) if isinstance(value, Counter) else value}")
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    (HERE / "profiles.jsonl").write_text("".join(profile_json(s) + "\n" for s in SMES), encoding="utf-8")
    (HERE / "links.csv").write_text(links_csv(links), encoding="utf-8")
    print(f"\nwrote {len(SMES)} profiles and {len(links)} links")
    return 0


if __name__ == "__main__":
    sys.exit(main())
