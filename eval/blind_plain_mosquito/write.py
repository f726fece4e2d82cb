"""Write the hand-labelled evaluation set `eval/blind_plain_mosquito/`.

Theme: mosquito nets and insect-proof textiles, plus the ordinary fibre, yarn, cloth, dyeing and
sewing suppliers of the cluster. All data is written here by hand; labels live only in this file.

Run from the repository root:

    .venv/bin/python eval/blind_plain_mosquito/write.py            # check, then write the files
    .venv/bin/python eval/blind_plain_mosquito/write.py --partial  # check only, skip the size targets
    .venv/bin/python eval/blind_plain_mosquito/write.py --needs    # the same, listing each need's suppliers

It writes `profiles.jsonl`, `links.csv` and `README.md` next to itself, and nothing if a check fails.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.taxonomy import (
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

OUT_DIR = Path(__file__).resolve().parent
ID_PREFIX = "bmz"
N_PROFILES = 95

HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
CENT = SubCluster.AGEING_LIFESTYLE_CENTRAL
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM

# ------------------------------------------------------------------ labels
# What each offer label means. A label names the thing, not the words used for it.

OFFER_LABELS: dict[str, str] = {
    # upstream: fibre, yarn, waste
    "cotton_fibre_raw": "raw cotton: seed cotton or ginned lint, not spun",
    "cotton_yarn": "spun cotton yarn, hand- or mill-spun, undyed or natural colour",
    "hemp_fibre": "hemp bast fibre, stripped or decorticated, not spun",
    "hemp_yarn": "hemp yarn or hand-twisted hemp thread",
    "synthetic_filament_yarn": "virgin polyester or nylon filament yarn",
    "recycled_polyester_yarn": "recycled polyester (rPET) yarn",
    "polyethylene_monofilament": "polyethylene monofilament yarn",
    "pet_bottle_flakes": "washed PET bottle flakes or regrind",
    "recycled_pellets": "recycled plastic pellets or chips made from nets and mesh",
    "recycled_staple_fibre": "recycled polyester staple fibre (filling, spinning)",
    "used_bed_nets": "used, discarded mosquito nets (post-consumer waste)",
    "netting_offcuts": "new netting trims and cutting waste (pre-consumer waste)",
    "cotton_fabric_scraps": "cotton cutting scraps (pre-consumer waste)",
    "indigo_dye_paste": "indigo paste or cakes from indigo plants (the dyestuff)",
    # midstream: cloth, netting, components, services on the customer's goods
    "synthetic_netting_fabric": "untreated polyester or nylon mosquito netting sold by length",
    "treated_netting_fabric": "insecticide-treated mosquito netting sold by length",
    "cotton_netting_fabric": "open-weave cotton netting cloth sold by length",
    "hemp_netting_fabric": "open-weave hemp netting cloth sold by length",
    "fibreglass_screen_mesh": "fibreglass insect-screen mesh in rolls",
    "agri_insect_screen": "farm nylon or PE insect netting for greenhouses, plots and ponds",
    "cotton_greige_fabric": "mill-woven unbleached cotton cloth",
    "handwoven_cotton_fabric": "handwoven cotton cloth, not indigo- or plant-dyed",
    "indigo_dyed_cotton_fabric": "cotton cloth dyed with indigo, sold as cloth",
    "natural_dyed_cotton_fabric": "cotton cloth dyed with plant or mud dyes other than indigo",
    "hemp_fabric": "hemp cloth",
    "recycled_polyester_fabric": "woven or knitted rPET cloth (not netting)",
    "sheer_voile_fabric": "sheer voile or organza curtain cloth sold by length",
    "permethrin_treated_fabric": "insect-repellent (permethrin) treated garment cloth by length",
    "fabric_dyeing_service": "dyeing of the customer's cloth or yarn with synthetic dyes",
    "indigo_dyeing_service": "indigo dyeing of the customer's cloth or yarn",
    "natural_dyeing_service": "plant-dyeing (non-indigo) of the customer's cloth or yarn",
    "insect_repellent_finishing_service": "permethrin treatment of the customer's cloth, nets or garments",
    "weaving_service": "weaving the customer's yarn into cloth",
    "sewing_service": "cut-make-trim sewing of the customer's material",
    "screen_printing_service": "printing logos on the customer's goods",
    "net_repair_service": "mending the customer's mosquito nets",
    "nylon_zippers": "zippers",
    "binding_tape": "binding tape and edging for nets and curtains",
    "net_hanging_hardware": "rings, hoops, hooks and cords for hanging nets",
    "fibreglass_poles": "flexible fibreglass rods and frames for pop-up nets and tents",
    # downstream: finished goods and installation
    "polyester_bed_net": "rectangular synthetic bed net, untreated",
    "treated_bed_net": "insecticide-treated bed net (LLIN)",
    "natural_fibre_bed_net": "bed net made of cotton, hemp or other natural fibre",
    "canopy_hoop_net": "round or conical synthetic canopy net hung from one point",
    "popup_folding_net": "self-standing foldable or umbrella bed net",
    "baby_net": "net cover for an infant's bed, cot or pram",
    "hammock_with_net": "hammock with a built-in mosquito net",
    "camping_mesh_tent": "mesh bug tent or inner tent",
    "head_net": "head net worn against insects",
    "repellent_uniform": "insect-repellent treated garments",
    "magnetic_screen_door": "magnetic mesh door curtain",
    "sheer_net_curtain": "finished sheer or net window curtains",
    "framed_insect_screen": "made-to-measure framed or pleated window and door screens, installed",
    "screen_replacement_service": "re-meshing the customer's existing screen frames",
    "tote_bag": "bags and pouches, whatever they are made of",
    "bed_linen": "sheets and pillowcases",
}

# Things some need asks for that no one in the set offers.
WANTED_ONLY: dict[str, str] = {
    "weaving_loom": "a loom (equipment)",
    "baling_press": "a baling press (equipment)",
    "knitting_machine": "a warp-knitting machine (equipment)",
    "slaked_lime": "lime for an indigo vat (chemical, not textile)",
    "permethrin_chemical": "permethrin concentrate (chemical)",
    "repellent_lotion": "insect repellent for the skin",
    "metal_screen_mesh": "aluminium or stainless insect-screen mesh",
    "silk_yarn": "silk yarn",
    "silk_bed_net": "silk bed net",
    "net_laundry_service": "washing nets in bulk",
    "bed_frame": "steel bed or bunk frames",
    "tent_canvas": "waterproof tent fabric",
    "baby_blanket": "infant blankets",
    "spinning_service": "spinning the customer's fibre into yarn",
}


class Offer(NamedTuple):
    text: str
    label: str


class Need(NamedTuple):
    text: str
    labels: tuple[str, ...]  # offer labels that meet it (or, when unmet, the thing it wants)
    requires: tuple[str, ...]  # canonical certifications its text requires
    waives: tuple[str, ...]  # certifications its text names only to waive
    met: bool
    note: str


class Sme(NamedTuple):
    num: int
    lang: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certs: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}-{self.num:03d}"


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that the listed offer labels meet (space-separated)."""
    return Need(text, tuple(labels.split()), req, waive, True, "")


def x(text: str, wants: str, note: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets: `wants` is the label of what it asks for."""
    return Need(text, tuple(wants.split()), req, waive, False, note)


def sme(
    head: tuple[int, str, SubCluster, Stage, str, str, str],
    offers: tuple[Offer, ...] | list[Offer] = (),
    needs: tuple[Need, ...] | list[Need] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    """head: number, language, sub-cluster, stage, province, name, contact email."""
    num, lang, sub_cluster, stage, province, name, email = head
    return Sme(num, lang, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


# ------------------------------------------------------------------ profiles

SMES: list[Sme] = [
    # ---------------------------------------------------------- upstream: fibre, yarn, dyestuff, waste
    sme(
        (1, "th", HEMP, UP, "Chiang Mai", "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่", "maesamai.hemp@gmail.com"),
        offers=[
            o("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_fibre"),
            o("เส้นกัญชงต่อมือ ปั่นเกลียวแล้ว ม้วนละครึ่งโล", "hemp_yarn"),
        ],
        needs=[
            n("หาคนรับย้อมครามให้เส้นกัญชงของกลุ่ม เราส่งเส้นไปเอง", "indigo_dyeing_service"),
            n("ใครรับทอผ้าจากเส้นของเราบ้าง", "weaving_service"),
        ],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        (2, "en", HEMP, UP, "Tak", "Umphang Hill Hemp Co-op", "umphanghemp@gmail.com"),
        offers=[o("Decorticated hemp bast, 50 kg bales", "hemp_fibre")],
        needs=[
            x("Second-hand foot-pedal looms, 4 shafts", "weaving_loom", "looms are equipment; nobody sells them"),
            x("Someone to spin our bast into yarn for a fee", "spinning_service", "nobody spins on commission"),
        ],
        bcg=("bio",),
    ),
    sme(
        (3, "th", HEMP, UP, "Loei", "กลุ่มฝ้ายเข็นมือบ้านนาหว้า ด่านซ้าย", "nawa.cotton@gmail.com"),
        offers=[
            o("ปุยฝ้ายพื้นเมือง อีดเมล็ดออกแล้ว ไม่ฟอกขาว", "cotton_fibre_raw"),
            o("ฝ้ายเข็นมือ เส้นใหญ่ ขายเป็นไจ", "cotton_yarn"),
        ],
        needs=[n("อยากได้มุ้งเขียวคลุมแปลงฝ้าย กันเพลี้ย", "agri_insect_screen")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        (4, "en", HEMP, UP, "Nan", "Nan Valley Spinning Co., Ltd.", "sales@nanvalleyspin.co.th"),
        offers=[o("GOTS organic cotton yarn Ne 20/2 on 1 kg cones", "cotton_yarn")],
        needs=[n("Seed-free cotton lint, 200 kg minimum", "cotton_fibre_raw")],
        certs=("GOTS",),
        bcg=("bio", "green"),
    ),
    sme(
        (5, "th", SPORT, UP, "Samut Prakan", "บจก. สยามฟิลาเมนต์ยาร์น", "order@siamfilament.co.th"),
        offers=[
            o("ด้ายโพลีเอสเตอร์ FDY 75D/36F ขาวดิบ ลูกละ 5 กก.", "synthetic_filament_yarn"),
            o("เส้นไนล่อน 6 ขนาด 40 ดีเนียร์ สำหรับงานถักตาข่าย", "synthetic_filament_yarn"),
            o("ด้ายโพลีเอสเตอร์รีไซเคิล ยังไม่มีใบรับรอง", "recycled_polyester_yarn"),
        ],
        certs=("ISO 9001:2015",),
    ),
    sme(
        (6, "en", CIRC, UP, "Chonburi", "EastLoop Recycled Yarns Co., Ltd.", "yarn@eastloop.co.th"),
        offers=[
            o("Recycled PET filament 100D/48F, dope-dyed black", "recycled_polyester_yarn"),
            o("rPET DTY 150D semi-dull, 1 t MOQ", "recycled_polyester_yarn"),
        ],
        needs=[n("Hot-washed clear bottle flake, 20 t a month", "pet_bottle_flakes")],
        certs=("GRS", "ISO 14001"),
        bcg=("circular",),
    ),
    sme(
        (7, "th", CIRC, UP, "Nonthaburi", "ร้านรับซื้อของเก่าเจ๊หน่อย ปากเกร็ด", "jaenoi.recycle@gmail.com"),
        offers=[o("ขวดน้ำใสบดเป็นเกล็ด ล้างแล้ว ส่งเป็นตัน", "pet_bottle_flakes")],
        bcg=("circular",),
    ),
    sme(
        (8, "en", CIRC, UP, "Khon Kaen", "Isan Net Recovery Network", "collect@isannetrecovery.org"),
        offers=[o("Post-campaign LLINs collected from villages, baled 100 kg", "used_bed_nets")],
        needs=[x("Hydraulic baling press, used is fine", "baling_press", "machinery; nobody sells it")],
        bcg=("circular",),
    ),
    sme(
        (9, "th", CIRC, UP, "Samut Sakhon", "บจก. มหาชัยรีไซเคิลพลาสติก", "buy@mahachairecycle.co.th"),
        offers=[o("เม็ดพลาสติก rPET บดจากตาข่ายและมุ้ง", "recycled_pellets")],
        needs=[
            n("มุ้งใช้แล้ว อัดก้อน ส่งถึงโรงงานมหาชัย", "used_bed_nets"),
            n("ขอบตาข่ายเหลือทิ้งจากโรงงาน ไม่ปนฝ้าย", "netting_offcuts"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        (10, "en", CIRC, UP, "Phra Nakhon Si Ayutthaya", "Ayutthaya Fibre Regen Co., Ltd.", "info@fibreregen.co.th"),
        offers=[o("Hollow conjugated rPET staple 7D, pillow-fill grade", "recycled_staple_fibre")],
        needs=[
            n("PET regrind or bottle flake", "pet_bottle_flakes"),
            n("rPET chips made from old nets", "recycled_pellets"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        (11, "th", HEMP, UP, "Sakon Nakhon", "กลุ่มปลูกครามบ้านดอนกอย", "donkoi.indigo@gmail.com"),
        offers=[o("ครามเปียก หมักจากต้นคราม ถังละ 20 กก.", "indigo_dye_paste")],
        needs=[n("ผ้าฝ้ายที่ยังไม่ผ่านการย้อม เอามาย้อมครามเอง", "cotton_greige_fabric handwoven_cotton_fabric")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        (12, "en", SPORT, UP, "Rayong", "Rayong Monofil Co., Ltd.", "sales@rayongmonofil.com"),
        offers=[o("HDPE monofilament 0.15 mm, 5 kg bobbins", "polyethylene_monofilament")],
        certs=("ISO 9001",),
    ),
    sme(
        (13, "th", CIRC, UP, "Bangkok", "หจก. คัดแยกเศษผ้าบางบอน", "bangbon.scrap@gmail.com"),
        offers=[o("เศษผ้าคอตตอน 100% จากโรงตัด แยกสี กระสอบละ 25 กก.", "cotton_fabric_scraps")],
        bcg=("circular",),
    ),
    sme(
        (14, "th", HEMP, UP, "Phrae", "กลุ่มปลูกห้อมบ้านทุ่งโฮ้ง", "tunghong.hom@gmail.com"),
        offers=[o("ห้อมเปียก (เนื้อห้อม) ปี๊บละ 15 โล", "indigo_dye_paste")],
        needs=[x("ปูนขาวกินหมาก สำหรับก่อหม้อห้อม", "slaked_lime", "lime is a chemical; nobody sells it")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        (15, "en", HEMP, UP, "Mae Hong Son", "Karen Hand-Spun Cotton Group", "karenspun@gmail.com"),
        offers=[o("Hand-spun Karen cotton, natural brown, sold by skein", "cotton_yarn")],
        certs=("Fairtrade",),
        bcg=("bio",),
    ),
    sme(
        (16, "th", ISAN, UP, "Kalasin", "กลุ่มปั่นฝ้ายบ้านโพน", "banphon.spin@gmail.com"),
        offers=[o("ฝ้ายเข็นเส้นเล็ก สีขาวธรรมชาติ พร้อมขึ้นกี่", "cotton_yarn")],
        needs=[n("ฝ้ายเป็นดอก ยังไม่ปั่น ล็อตละร้อยโล", "cotton_fibre_raw")],
        certs=("OTOP",),
    ),
    sme(
        (17, "en", CIRC, UP, "Pathum Thani", "Rangsit Textile Waste Brokers", "rangsitwaste@gmail.com"),
        offers=[
            o("Pre-consumer polyester mesh trims, 500 kg lots", "netting_offcuts"),
            o("Mixed white cotton cutting waste", "cotton_fabric_scraps"),
        ],
        bcg=("circular",),
    ),
    sme(
        (18, "th", HEMP, UP, "Nakhon Phanom", "วิสาหกิจชุมชนฝ้ายอินทรีย์ริมโขง", "rimkhong.organic@gmail.com"),
        offers=[o("ฝ้ายดอกอินทรีย์ ปลอดสารเคมี แยกเมล็ดแล้ว", "cotton_fibre_raw")],
        needs=[n("ตาข่ายกันแมลง 40 เมช คลุมโรงเพาะกล้า", "agri_insect_screen")],
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
    ),
    sme(
        (19, "en", ISAN, UP, "Buriram", "Buriram Cotton Ginnery", "ginnery.buriram@gmail.com"),
        offers=[o("Ginned cotton lint, 170 kg bales", "cotton_fibre_raw")],
    ),
    # ---------------------------------------------------------- midstream: cloth, netting, components, services
    sme(
        (20, "th", SPORT, MID, "Samut Prakan", "บจก. ไทยเน็ตติ้งนิตติ้ง", "sales@thainettingknit.co.th"),
        offers=[
            o("ผ้ามุ้งโพลีเอสเตอร์ถักราเชล 75 ดีเนียร์ หน้ากว้าง 180 ซม.", "synthetic_netting_fabric"),
            o("เศษริมผ้าตาข่ายจากเครื่องถัก ขายเหมากระสอบ", "netting_offcuts"),
        ],
        needs=[
            n("เส้นใยฟิลาเมนต์สำหรับเครื่องถักราเชล ล็อตละ 2 ตัน", "synthetic_filament_yarn"),
            n("เส้นโพลีจากพลาสติกรีไซเคิล ต้องผ่านการรับรอง GRS", "recycled_polyester_yarn", req=("GRS",)),
        ],
        certs=("มอก.", "ISO 9001"),
    ),
    sme(
        (21, "en", SPORT, MID, "Chonburi", "Bang Saen Vector Nets Co., Ltd.", "info@bsvectornets.com"),
        offers=[o("Permethrin-impregnated polyester mesh, 100 denier, 1.8 m wide", "treated_netting_fabric")],
        needs=[n("Untreated knitted netting to impregnate, 156 holes per sq inch", "synthetic_netting_fabric")],
        certs=("ISO 9001", "Thai FDA"),
    ),
    sme(
        (22, "th", HEMP, MID, "Nakhon Ratchasima", "โรงทอผ้าดิบปักธงชัย", "pakthongchai.weaving@gmail.com"),
        offers=[
            o("ผ้าดิบทอเครื่อง หน้า 36 นิ้ว ขายเป็นพับ", "cotton_greige_fabric"),
            o("ผ้าป่านมุ้ง ฝ้ายล้วน ทอโปร่ง", "cotton_netting_fabric"),
        ],
        needs=[n("ด้ายฝ้ายสำหรับทอผ้าดิบ ส่งโคราช", "cotton_yarn")],
    ),
    sme(
        (23, "en", ISAN, MID, "Udon Thani", "Ban Na Kha Indigo Weavers", "nakha.indigo@gmail.com"),
        offers=[o("Hand-loomed cotton in natural indigo, 90 cm wide, per metre", "indigo_dyed_cotton_fabric")],
        needs=[
            n(
                "Fermented indigo paste, 50 kg a month, Organic Thailand nice to have",
                "indigo_dye_paste",
                waive=("Organic Thailand",),
            ),
        ],
        certs=("OTOP",),
    ),
    sme(
        (24, "th", ISAN, MID, "Sakon Nakhon", "สกลครามสตูดิโอ", "sakonkram.studio@gmail.com"),
        offers=[
            o("รับย้อมครามธรรมชาติ ผ้าหรือเส้นด้ายของลูกค้า ขั้นต่ำ 5 กก.", "indigo_dyeing_service"),
            o("ผ้าฝ้ายมัดหมี่ย้อมคราม ผืนละ 2 เมตร", "indigo_dyed_cotton_fabric"),
        ],
        needs=[n("เนื้อครามคุณภาพดี ส่งประจำทุกเดือน", "indigo_dye_paste")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        (25, "en", HEMP, MID, "Chiang Mai", "Doi Saket Hemp Loom", "doisakethemp@gmail.com"),
        offers=[o("Handwoven hemp cloth, 40 cm loom width, natural", "hemp_fabric")],
        needs=[n("Hand-twisted hemp thread, Organic Thailand certified", "hemp_yarn", req=("Organic Thailand",))],
        bcg=("bio",),
    ),
    sme(
        (26, "th", HEMP, MID, "Phrae", "ร้านหม้อห้อมแม่ศรี ทุ่งโฮ้ง", "maesri.mohom@gmail.com"),
        offers=[
            o("รับย้อมห้อม ผ้าผืน เส้นฝ้าย หรือเสื้อของลูกค้า", "indigo_dyeing_service"),
            o("ผ้าหม้อห้อมเป็นเมตร ย้อมห้อมแท้", "indigo_dyed_cotton_fabric"),
        ],
        needs=[
            n("ผ้าดิบหน้ากว้าง สำหรับตัดเสื้อม่อฮ่อม", "cotton_greige_fabric"),
        ],
        certs=("OTOP",),
    ),
    sme(
        (27, "en", CENT, MID, "Nakhon Pathom", "Sam Phran Dyeing Works Co., Ltd.", "cs@samphrandye.co.th"),
        offers=[o("Jet dyeing of customer polyester and cotton, 300 kg lots", "fabric_dyeing_service")],
        needs=[x("Mulberry silk yarn for dyeing trials", "silk_yarn", "nobody offers silk yarn")],
        certs=("OEKO-TEX Standard 100", "ISO 14001"),
    ),
    sme(
        (28, "th", CENT, MID, "Samut Sakhon", "หจก. ย้อมสีกระทุ่มแบน", "krathumbaen.dye@gmail.com"),
        offers=[o("รับจ้างย้อมผ้าตาข่าย ผ้ามุ้ง เทียบสีตามตัวอย่าง", "fabric_dyeing_service")],
    ),
    sme(
        (29, "en", SPORT, MID, "Pathum Thani", "ShieldFinish Textile Services", "ops@shieldfinish.co.th"),
        offers=[
            o(
                "Permethrin finishing of your fabric, nets or garments, pad-dry-cure",
                "insect_repellent_finishing_service",
            )
        ],
        needs=[
            x("Permethrin 10% EC concentrate in 200 L drums", "permethrin_chemical", "a chemical; nobody offers it")
        ],
        certs=("ISO 9001", "Thai FDA"),
    ),
    sme(
        (30, "th", SPORT, MID, "Bangkok", "บจก. ยูนิฟอร์มเท็กซ์ บางนา", "sales@uniformtex.co.th"),
        offers=[o("ผ้าริปสต็อปเคลือบสารไล่ยุง ลายพรางทหาร", "permethrin_treated_fabric")],
        needs=[
            n("ผ้าฝ้ายดิบ ยังไม่ฟอกย้อม ไว้เคลือบกันยุง", "cotton_greige_fabric"),
            n("โรงงานรับเคลือบกันยุงให้ผ้าของเรา ช่วงออร์เดอร์ล้น", "insect_repellent_finishing_service"),
        ],
    ),
    sme(
        (31, "en", SPORT, MID, "Chachoengsao", "Paet Riu Flexrod Co., Ltd.", "sales@flexrod.co.th"),
        offers=[
            o("Flexible fibreglass rods 3 mm for pop-up nets", "fibreglass_poles"),
            o("Ceiling hooks and 40 cm hoop rings", "net_hanging_hardware"),
        ],
    ),
    sme(
        (32, "th", SPORT, MID, "Bangkok", "ร้านสำเพ็งซิปแอนด์เทป", "sampeng.zip@gmail.com"),
        offers=[
            o("ซิปไนล่อนเบอร์ 5 ม้วน 200 หลา", "nylon_zippers"),
            o("ผ้าเทปขอบมุ้ง กว้าง 2 ซม. สีขาว ฟ้า ชมพู", "binding_tape"),
        ],
    ),
    sme(
        (33, "th", CENT, MID, "Nonthaburi", "ร้านป้าแดงรับเย็บ บางบัวทอง", "padaeng.sewing@gmail.com"),
        offers=[o("รับเย็บมุ้ง ผ้าม่าน ตามแบบ ลูกค้าส่งผ้ามาเอง", "sewing_service")],
        needs=[
            n("เทปกุ้นริม ม้วนยาว", "binding_tape"),
            n("ห่วงแขวนมุ้งแบบกลม", "net_hanging_hardware"),
        ],
    ),
    sme(
        (34, "en", ISAN, MID, "Khon Kaen", "Khon Kaen CMT Sewing Co.", "kkcmt@gmail.com"),
        offers=[o("CMT sewing line, 25 machines, bags and bed nets", "sewing_service")],
        needs=[n("#3 coil zips in bulk", "nylon_zippers")],
    ),
    sme(
        (35, "th", CENT, MID, "Bangkok", "ร้านสกรีนดีไซน์ ลาดพร้าว", "screendesign.lp@gmail.com"),
        offers=[o("สกรีนโลโก้ลงถุงผ้า เสื้อ มุ้ง ตามสั่ง ขั้นต่ำ 50 ชิ้น", "screen_printing_service")],
    ),
    sme(
        (36, "en", SPORT, MID, "Rayong", "Eastern Screen Mesh Co., Ltd.", "sales@easternscreenmesh.com"),
        offers=[o("18x16 fibreglass insect screen, 1.2 x 30 m rolls, grey", "fibreglass_screen_mesh")],
        needs=[x("Used warp-knitting machine for wider mesh", "knitting_machine", "machinery; nobody sells it")],
        certs=("TIS", "ISO 9001"),
    ),
    sme(
        (37, "th", CIRC, MID, "Chiang Mai", "บจก. ลานนารีเท็กซ์", "hello@lannaretex.com"),
        offers=[o("ผ้าทอจากขวดพลาสติก หน้ากว้าง 150 ซม.", "recycled_polyester_fabric")],
        needs=[n("ด้ายรีไซเคิลจากขวด ต้องมี GRS เท่านั้น", "recycled_polyester_yarn", req=("GRS",))],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        (38, "en", CIRC, MID, "Samut Prakan", "LoopKnit Co., Ltd.", "sales@loopknit.co.th"),
        offers=[o("GRS rPET jersey and interlock knits, 160 cm", "recycled_polyester_fabric")],
        needs=[n("Recycled filament for warp knitting", "recycled_polyester_yarn")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        (39, "th", HEMP, MID, "Chiang Rai", "กลุ่มทอผ้ากัญชงดอยแม่สลอง", "maesalong.hemp@gmail.com"),
        offers=[
            o("ผ้าใยกัญชงทอมือ สีธรรมชาติ ไม่ฟอก", "hemp_fabric"),
            o("ผ้ากัญชงทอโปร่ง สำหรับทำมุ้ง", "hemp_netting_fabric"),
        ],
        needs=[n("เส้นใยกัญชงเข็นมือ ไม่ฟอก", "hemp_yarn")],
        bcg=("bio",),
    ),
    sme(
        (40, "en", ISAN, MID, "Roi Et", "Roi Et Cotton Weavers' Group", "roietweavers@gmail.com"),
        offers=[o("Natural white handwoven cotton, 60 cm wide", "handwoven_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        (41, "th", ISAN, MID, "Maha Sarakham", "กลุ่มทอผ้าบ้านหนองเขื่อนช้าง", "nongkhuanchang@gmail.com"),
        offers=[
            o("รับจ้างทอผ้าฝ้าย กี่กระตุก ลูกค้าส่งเส้นมาเอง", "weaving_service"),
            o("ผ้าฝ้ายทอมือ สีครีมธรรมชาติ หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
        ],
        needs=[x("ไหมน้อยสำหรับทอผ้าไหม", "silk_yarn", "nobody offers silk yarn")],
    ),
    sme(
        (42, "en", CENT, MID, "Bangkok", "Pahurat Net & Voile Trading", "pahuratnet@gmail.com"),
        offers=[
            o("Polyester voile 280 cm, white and ivory", "sheer_voile_fabric"),
        ],
    ),
    sme(
        (43, "th", CENT, MID, "Pathum Thani", "หจก. ตาข่ายเกษตรคลองหลวง", "khlongluang.net@gmail.com"),
        offers=[
            o("มุ้งไนล่อนสีฟ้า 16 ตา ล้อมบ่อปลา", "agri_insect_screen"),
            o("ตาข่ายโรงเรือนผัก 40 เมช กว้าง 2 เมตร", "agri_insect_screen"),
        ],
        needs=[n("เส้นโมโนฟิลาเมนต์ PE สำหรับทอตาข่าย", "polyethylene_monofilament")],
    ),
    sme(
        (44, "th", SPORT, MID, "Samut Prakan", "บจก. พรีเมียร์โค้ทติ้ง", "sales@premiercoating.co.th"),
        offers=[
            o("ผ้าเคลือบเพอร์เมทริน สำหรับตัดชุดเดินป่า", "permethrin_treated_fabric"),
            o("ผ้ามุ้งชุบสารกันยุง ขายเป็นเมตร", "treated_netting_fabric"),
        ],
        needs=[n("ผ้าตาข่ายที่ยังไม่ชุบน้ำยา ซื้อเป็นม้วน", "synthetic_netting_fabric")],
        certs=("อย.",),
    ),
    sme(
        (45, "en", HEMP, MID, "Chiang Mai", "Lanna Natural Dye House", "lannadye@gmail.com"),
        offers=[
            o("Lac, ebony and mango-bark dyeing of clients' cloth or yarn", "natural_dyeing_service"),
            o("Indigo vat dyeing, bring your own yarn", "indigo_dyeing_service"),
        ],
        needs=[n("Undyed hemp yardage for our own line", "hemp_fabric")],
        bcg=("bio",),
    ),
    sme(
        (46, "th", ISAN, MID, "Ubon Ratchathani", "กลุ่มผ้าฝ้ายย้อมโคลนบ้านลาดสมดี", "ladsomdee.mud@gmail.com"),
        offers=[o("ผ้าฝ้ายย้อมโคลน ย้อมเปลือกประดู่ หลาละ 180 บาท", "natural_dyed_cotton_fabric")],
        needs=[n("ผ้าฝ้ายทอกี่มือ ยังไม่ย้อม ส่งมาย้อมต่อ", "handwoven_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        (47, "en", CENT, MID, "Samut Songkhram", "Mae Klong Voile Mills", "sales@maeklongvoile.com"),
        offers=[o("Sheer polyester voile, 300 cm width, for curtains", "sheer_voile_fabric")],
        needs=[n("50D FDY polyester, semi-dull", "synthetic_filament_yarn")],
    ),
    sme(
        (48, "th", SPORT, MID, "Nakhon Pathom", "บจก. เอาท์ดอร์เมชไทย", "sales@outdoormeshthai.com"),
        offers=[o("ผ้าตาข่ายโนซีอึม ไนล่อน 20 ดีเนียร์ สีดำ", "synthetic_netting_fabric")],
        needs=[n("ด้ายใยยาวไนลอน ดีเนียร์ต่ำ ไว้ถักมุ้งเต็นท์", "synthetic_filament_yarn")],
    ),
    sme(
        (49, "en", ISAN, MID, "Chaiyaphum", "Chaiyaphum Loom Cooperative", "cyploom@gmail.com"),
        offers=[
            o("Weaving for hire: send us your yarn", "weaving_service"),
        ],
        needs=[x("Loom reeds and heddles for foot-treadle looms", "weaving_loom", "loom parts; nobody sells them")],
        certs=("OTOP",),
    ),
    sme(
        (50, "th", CIRC, MID, "Bangkok", "ร้านซ่อมมุ้งป้าเล็ก ตลาดพลู", "palek.repair@gmail.com"),
        offers=[o("ปะมุ้งขาด เปลี่ยนขอบ รับซ่อมทุกแบบ", "net_repair_service")],
        needs=[
            n("ริบบิ้นขอบมุ้ง", "binding_tape"),
        ],
        bcg=("circular",),
    ),
    sme(
        (51, "en", CENT, MID, "Nonthaburi", "Nonthaburi Label & Print Co.", "print@ntblabel.co.th"),
        offers=[o("Logo printing on nets, bags and shirts, pad and screen", "screen_printing_service")],
    ),
    sme(
        (52, "th", HEMP, MID, "Lampang", "กลุ่มทอผ้าฝ้ายเกาะคา", "kokha.cotton@gmail.com"),
        offers=[o("ผ้าฝ้ายทอมือเนื้อหนา สีตุ่นธรรมชาติ", "handwoven_cotton_fabric")],
        needs=[n("คนรับย้อมสีธรรมชาติให้ฝ้ายของเรา ไม่ใช้สีเคมี", "natural_dyeing_service indigo_dyeing_service")],
    ),
    # ---------------------------------------------------------- downstream: makers of nets, screens, garments
    sme(
        (53, "th", CENT, DOWN, "Nonthaburi", "หจก. มุ้งไทยศรีบางใหญ่", "mungthaisri@gmail.com"),
        offers=[
            o("มุ้งไนล่อนสี่เหลี่ยม 5 ฟุต 6 ฟุต สีฟ้า ชมพู ขาว", "polyester_bed_net"),
            o("มุ้งกระโจมแขวนเพดาน ชายยาว 2.5 ม.", "canopy_hoop_net"),
        ],
        needs=[
            n("ตาข่ายสำหรับตัดมุ้ง พับละ 100 หลา", "synthetic_netting_fabric"),
            n("ห่วงกลมสำหรับแขวนมุ้งกระโจม", "net_hanging_hardware"),
            n("โรงย้อมรับย้อมผ้าตาข่ายของเราเป็นสีพาสเทล", "fabric_dyeing_service"),
        ],
        certs=("มอก.",),
    ),
    sme(
        (54, "en", CENT, DOWN, "Bangkok", "Sabai Sleep Nets Co., Ltd.", "hello@sabaisleepnets.com"),
        offers=[
            o("Umbrella-style folding net, no assembly, 180 x 200 cm", "popup_folding_net"),
            o("Infant cot cover with zip, untreated mesh", "baby_net"),
        ],
        needs=[
            n("Glassfibre frame rods for self-standing nets", "fibreglass_poles"),
            n("Coil zippers, 1,000 pcs per order", "nylon_zippers"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        (55, "th", ISAN, DOWN, "Khon Kaen", "บจก. อีสานเน็ทโปรดักส์", "sales@isannetproducts.co.th"),
        offers=[o("มุ้งสี่เหลี่ยมชุบสารกันยุงชนิดทนนาน (LLIN) อายุ 3 ปี", "treated_bed_net")],
        needs=[
            n("ผ้าตาข่ายเคลือบสารสำเร็จ ไม่ต้องชุบเอง", "treated_netting_fabric"),
            n("ร้านรับเย็บเหมา ช่วงออร์เดอร์ล้น", "sewing_service"),
        ],
        certs=("ISO 9001", "อย."),
    ),
    sme(
        (56, "en", HEMP, DOWN, "Chiang Mai", "Mae Rim Natural Canopies", "maerimcanopies@gmail.com"),
        offers=[o("Handwoven organic cotton bed net, box shape, undyed, king size", "natural_fibre_bed_net")],
        needs=[n("Open-weave natural-fibre netting cloth, 2 m wide", "cotton_netting_fabric hemp_netting_fabric")],
        certs=("GOTS",),
        bcg=("bio",),
    ),
    sme(
        (57, "th", SPORT, DOWN, "Bangkok", "บจก. ป่าเขาเอาท์ดอร์", "shop@pakhaooutdoor.com"),
        offers=[
            o("เปลญวนผ้าร่มมีมุ้ง พับเก็บในถุงได้", "hammock_with_net"),
            o("เต็นท์มุ้งกันแมลง นอนได้ 2 คน", "camping_mesh_tent"),
        ],
        needs=[
            n("ผ้าตาข่ายกันยุงทำประตูเต็นท์ ม้วนละ 50 เมตร", "synthetic_netting_fabric"),
            n("ซิปสองหัวสำหรับประตูเต็นท์", "nylon_zippers"),
            x(
                "ผ้าตาข่ายที่ได้ bluesign สำหรับรุ่นส่งออก",
                "synthetic_netting_fabric",
                "no netting maker holds bluesign",
                req=("bluesign",),
            ),
        ],
    ),
    sme(
        (58, "en", SPORT, DOWN, "Chiang Mai", "Trekking Thai Gear Co.", "sales@trekkingthaigear.com"),
        offers=[
            o("Head nets for trekking, fine black mesh", "head_net"),
            o("Permethrin-treated long-sleeve trekking shirts", "repellent_uniform"),
        ],
        needs=[
            n("Insect-shield style shirting by the metre", "permethrin_treated_fabric"),
            n("Someone to treat our sewn shirts with permethrin", "insect_repellent_finishing_service"),
        ],
    ),
    sme(
        (59, "th", CENT, DOWN, "Pathum Thani", "ร้านมุ้งลวดรังสิตบริการ", "rangsit.screen@gmail.com"),
        offers=[
            o("มุ้งลวดบานเลื่อน มุ้งจีบ วัดติดตั้งฟรี", "framed_insect_screen"),
            o("เปลี่ยนตาข่ายมุ้งลวดเก่า ใช้เฟรมเดิม", "screen_replacement_service"),
        ],
        needs=[
            n("ตาข่ายไฟเบอร์กลาสม้วน 30 เมตร สีเทา", "fibreglass_screen_mesh"),
            x("มุ้งลวดอลูมิเนียมแท้ เป็นม้วน", "metal_screen_mesh", "nobody offers metal screen mesh"),
        ],
    ),
    sme(
        (60, "en", CENT, DOWN, "Bangkok", "DoorBreeze Magnetic Screens", "sales@doorbreeze.co.th"),
        offers=[o("Magnetic mesh door curtain, self-closing, 90 x 210 cm", "magnetic_screen_door")],
        needs=[
            n(
                "Fine insect mesh for door curtains, 1.6 m wide, OEKO-TEX welcome but not required",
                "synthetic_netting_fabric",
                waive=("OEKO-TEX Standard 100",),
            ),
            n("Contract sewing for 5,000 curtains", "sewing_service"),
        ],
    ),
    sme(
        (61, "th", CENT, DOWN, "Samut Prakan", "ร้านผ้าม่านบางพลีเดคคอร์", "bangplidecor@gmail.com"),
        offers=[o("ผ้าม่านโปร่ง ม่านมุ้ง ตัดตามขนาดหน้าต่าง", "sheer_net_curtain")],
        needs=[n("ผ้าวอยล์หน้ากว้างพิเศษ สีขาว", "sheer_voile_fabric")],
    ),
    sme(
        (62, "en", CIRC, DOWN, "Chiang Mai", "NetLoop Upcycled Bags", "hi@netloopbags.com"),
        offers=[o("Shopping bags sewn from old mosquito nets, lined", "tote_bag")],
        needs=[
            n("Discarded bed nets, washed, GRS not needed", "used_bed_nets", waive=("GRS",)),
            n("Cotton offcuts for bag linings", "cotton_fabric_scraps"),
        ],
        bcg=("circular",),
    ),
    sme(
        (63, "th", ISAN, DOWN, "Sakon Nakhon", "ร้านครามคำ ของฝากสกลนคร", "kramkham.shop@gmail.com"),
        offers=[o("กระเป๋าผ้าฝ้ายทอมือย้อมคราม ทรงโท้ท", "tote_bag")],
        needs=[n("ผ้าย้อมครามตัดเป็นเมตร", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        (64, "en", ISAN, DOWN, "Udon Thani", "Udon Heritage Cotton Nets", "udonheritage@gmail.com"),
        offers=[o("Traditional Isan cotton bed nets, hand-sewn, white", "natural_fibre_bed_net")],
        needs=[n("Plain-weave cotton net cloth, loose weave", "cotton_netting_fabric")],
    ),
    sme(
        (65, "th", SPORT, DOWN, "Kanchanaburi", "หจก. กาญจน์ยูนิฟอร์ม", "kanuniform@gmail.com"),
        offers=[o("ชุดฝึกทหารชุบสารไล่ยุง ตัดตามไซซ์", "repellent_uniform")],
        needs=[n("ผ้าลายพรางเคลือบกันยุง ต้องมีทะเบียน อย.", "permethrin_treated_fabric", req=("Thai FDA",))],
    ),
    sme(
        (66, "en", CENT, DOWN, "Nonthaburi", "CareLinen Nonthaburi Co., Ltd.", "sales@carelinen.co.th"),
        offers=[o("Hospital bed sheets, cotton, 3-foot beds", "bed_linen")],
        needs=[
            n("Unbleached cotton sheeting for hospital sheets", "cotton_greige_fabric"),
            x("Steel bunk frames with net hooks", "bed_frame", "furniture; nobody offers it"),
        ],
    ),
    # ---------------------------------------------------------- downstream: hospitals, resorts, camps, schools, shops
    sme(
        (67, "th", CENT, DOWN, "Bangkok", "โรงพยาบาลบางกะปิเวชการ", "purchasing@bangkapiwet.co.th"),
        needs=[
            n(
                "มุ้งใยสังเคราะห์ทรงเหลี่ยม เตียงผู้ป่วยไข้เลือดออก 3 ฟุต ต้องได้ มอก.",
                "polyester_bed_net treated_bed_net",
                req=("Thai Industrial Standard",),
            ),
            n("มุ้งลวดหน้าต่างตึกผู้ป่วยใน", "framed_insect_screen"),
        ],
    ),
    sme(
        (68, "en", CENT, DOWN, "Phuket", "Kata Palm Wellness Resort", "procurement@katapalm.com"),
        offers=[o("Old canopy nets from villa refit, free to collect", "used_bed_nets")],
        needs=[
            n("We are looking for ceiling-hung canopy nets for 40 villas", "canopy_hoop_net"),
            n("Sheer window curtains for villa bedrooms", "sheer_net_curtain"),
        ],
    ),
    sme(
        (69, "th", SPORT, DOWN, "Kanchanaburi", "ร้านสวัสดิการค่ายทหาร กาญจนบุรี", "welfare.kan@gmail.com"),
        needs=[
            n("มุ้งชุบยาสำหรับกำลังพล 500 หลัง", "treated_bed_net"),
            n("เปลสนามมีมุ้งในตัว", "hammock_with_net"),
            n("เสื้อกันยุงสำหรับฝึกในป่า", "repellent_uniform"),
        ],
    ),
    sme(
        (70, "th", ISAN, DOWN, "Ubon Ratchathani", "มูลนิธิโรงเรียนชายแดนอุบลฯ", "ubonborderschools@gmail.com"),
        needs=[
            n("มุ้งทรงเหลี่ยมใยสังเคราะห์ หอนอนนักเรียน 200 หลัง", "polyester_bed_net treated_bed_net"),
            n("มุ้งลวดห้องเรียน 12 ห้อง", "framed_insect_screen"),
        ],
    ),
    sme(
        (71, "en", CENT, DOWN, "Bangkok", "Mekong Malaria Relief (Thailand)", "supply@mekongmalaria.org"),
        needs=[
            n("LLINs from an ISO 9001 manufacturer, 10,000 pcs", "treated_bed_net", req=("ISO 9001",)),
            n("Our crest printed on the pouches the nets ship in", "screen_printing_service"),
            x("LLINs from an SA8000 audited factory", "treated_bed_net", "no net maker holds SA8000", req=("SA8000",)),
        ],
    ),
    sme(
        (72, "th", ISAN, DOWN, "Nakhon Ratchasima", "บ้านพักผู้สูงอายุสุขใจ โคราช", "sukjai.korat@gmail.com"),
        needs=[
            n("มุ้งกางง่าย ผู้สูงอายุกางเองได้ ไม่ต้องผูกเชือก", "popup_folding_net"),
            n("มุ้งลวดประตูหน้าต่างทั้งหลัง", "framed_insect_screen"),
        ],
    ),
    sme(
        (73, "th", CENT, DOWN, "Prachuap Khiri Khan", "บ้านริมหาดโฮมสเตย์ ปราณบุรี", "rimhad.pranburi@gmail.com"),
        needs=[
            n("ม่านประตูแม่เหล็กกันยุง", "magnetic_screen_door"),
            n("มุ้งแขวนทรงกลม สำหรับห้องพัก", "canopy_hoop_net"),
        ],
    ),
    sme(
        (74, "en", SPORT, DOWN, "Krabi", "Railay Outdoor Supply", "railayoutdoor@gmail.com"),
        needs=[
            n("Hammocks with bug net for kayak tours", "hammock_with_net"),
            n("Anyone supplying head nets?", "head_net"),
            n("Bug shelters or mesh tents", "camping_mesh_tent"),
        ],
    ),
    sme(
        (75, "th", CENT, DOWN, "Nakhon Sawan", "ร้านมุ้งเจริญพาณิชย์ ปากน้ำโพ", "charoenmung@gmail.com"),
        needs=[
            n("มุ้งเหลี่ยมใยสังเคราะห์ 3-6 ฟุต ราคาส่ง ไม่เอาแบบชุบยา", "polyester_bed_net"),
        ],
    ),
    sme(
        (76, "en", CENT, DOWN, "Bangkok", "Little Dreamers Baby Store", "buying@littledreamers.co.th"),
        needs=[n("Baby cot nets, OEKO-TEX certified, no insecticide", "baby_net", req=("OEKO-TEX Standard 100",))],
    ),
    sme(
        (77, "th", ISAN, DOWN, "Udon Thani", "ร้านแม่และเด็กอุดรเบบี้", "udonbaby@gmail.com"),
        needs=[
            n("ฝาชีครอบเด็กแรกเกิด", "baby_net"),
            x(
                "ผ้าห่มเด็กอ่อนที่ผ่านการรับรอง OEKO-TEX",
                "baby_blanket",
                "nobody offers blankets",
                req=("OEKO-TEX Standard 100",),
            ),
        ],
    ),
    sme(
        (78, "en", CENT, DOWN, "Chonburi", "Pattaya Bay Hotel", "purchasing@pattayabayhotel.com"),
        needs=[
            n("Net curtains for 120 rooms", "sheer_net_curtain"),
            n("Fly screens for kitchen doors", "magnetic_screen_door framed_insect_screen"),
            x("Weekly washing of 300 bed nets", "net_laundry_service", "nobody launders nets"),
        ],
    ),
    sme(
        (79, "th", SPORT, DOWN, "Surat Thani", "สหกรณ์สวนยางพุนพิน", "punpin.rubber@gmail.com"),
        needs=[
            n("มุ้งคนงานกรีดยาง แบบชุบยากันยุง", "treated_bed_net"),
            n("ตาข่ายคลุมหัวกันยุง ใส่กรีดยางกลางคืน", "head_net"),
        ],
    ),
    sme(
        (80, "en", HEMP, DOWN, "Chiang Rai", "Golden Triangle Eco Lodge", "stay@gtecolodge.com"),
        needs=[
            n("Natural-fibre bed nets, no polyester", "natural_fibre_bed_net"),
            x("Silk bed nets for the honeymoon suite", "silk_bed_net", "nobody offers silk nets"),
        ],
    ),
    sme(
        (81, "th", ISAN, DOWN, "Khon Kaen", "โรงพยาบาลชุมชนบ้านฝาง", "banfang.hosp@gmail.com"),
        needs=[
            n("มุ้งคลุมเตียงคนไข้แบบเหลี่ยม ชุบหรือไม่ชุบก็ได้ ไม่เอาผ้าฝ้าย", "polyester_bed_net treated_bed_net"),
            n("ผ้าปูเตียงผู้ป่วย", "bed_linen"),
        ],
    ),
    sme(
        (82, "th", CENT, DOWN, "Phra Nakhon Si Ayutthaya", "บ้านพักคนชราริมน้ำ อยุธยา", "rimnam.elderly@gmail.com"),
        needs=[
            n("มุ้งครอบกางเองได้ สำหรับผู้สูงอายุข้อเข่าไม่ดี", "popup_folding_net"),
            n("มุ้งลวดขาดหลายบาน อยากได้ช่างมาขึงตาข่ายใหม่ กรอบยังดีอยู่", "screen_replacement_service"),
        ],
    ),
    sme(
        (83, "th", HEMP, DOWN, "Chiang Mai", "ร้านผ้าฝ้ายนิมมาน", "nimman.cotton@gmail.com"),
        needs=[
            n("กระเป๋าผ้าทำมือ ไว้ขายหน้าร้าน", "tote_bag"),
            n("ผ้าย้อมสีธรรมชาติ ไม่ใช้สีเคมี", "indigo_dyed_cotton_fabric natural_dyed_cotton_fabric"),
        ],
    ),
    sme(
        (84, "en", ISAN, DOWN, "Nong Khai", "Mekong Riverside Guesthouse", "mekongriverside@gmail.com"),
        needs=[
            n("Handmade cotton mosquito nets for 8 guest rooms", "natural_fibre_bed_net"),
            n("Magnet fly screen that closes by itself, for the front entrance", "magnetic_screen_door"),
        ],
    ),
    sme(
        (85, "th", CENT, DOWN, "Nakhon Si Thammarat", "โรงเรียนอนุบาลบ้านรักลูก นครศรีฯ", "banrakluk.school@gmail.com"),
        needs=[
            n("มุ้งครอบพับได้ สำหรับเด็กนอนกลางวัน 30 หลัง", "popup_folding_net"),
            n("ม่านผ้าบางบังแดดหน้าต่างห้องเรียน", "sheer_net_curtain"),
            x("ยาทากันยุงสำหรับเด็ก", "repellent_lotion", "skin repellent; nobody offers it"),
        ],
    ),
    sme(
        (86, "en", CENT, DOWN, "Tak", "Mae Sot Border Health Network", "logistics@maesothealth.org"),
        needs=[
            n("PermaNet-type long-lasting nets for migrant families", "treated_bed_net"),
            n("Mending service for torn nets from our clinics", "net_repair_service"),
        ],
    ),
    sme(
        (87, "th", CIRC, DOWN, "Songkhla", "วิสาหกิจชุมชนแปรรูปอวนและมุ้งเก่า หาดใหญ่", "hatyai.upcycle@gmail.com"),
        offers=[o("กระเป๋าถักจากมุ้งเก่า", "tote_bag")],
        needs=[
            n("เศษตาข่ายใหม่จากโรงงาน สีสด", "netting_offcuts"),
            n("มุ้งไนล่อนเก่า ซักแล้ว", "used_bed_nets"),
        ],
        bcg=("circular",),
    ),
    sme(
        (88, "en", CENT, DOWN, "Bangkok", "Siam Eco Gift Co.", "orders@siamecogift.com"),
        needs=[
            n("Tote bags for a 2,000-piece corporate order, OTOP not required", "tote_bag", waive=("OTOP",)),
            n("Logo print on our own bags", "screen_printing_service"),
        ],
    ),
    sme(
        (89, "th", ISAN, DOWN, "Mukdahan", "โรงเรียนบ้านห้วยทราย มุกดาหาร", "huaisai.school@gmail.com"),
        needs=[
            n("มุ้งชุบสารกันยุงสำหรับหอพักนักเรียน มอก. ไม่จำเป็น", "treated_bed_net", waive=("Thai Industrial Standard",)),
            n("มุ้งลวดหน้าต่างโรงอาหาร", "framed_insect_screen"),
        ],
    ),
    sme(
        (90, "en", CENT, DOWN, "Trat", "Koh Chang Jungle Retreat", "hello@kohchangjungle.com"),
        needs=[
            n("Conical nets for 20 bungalows", "canopy_hoop_net"),
            n("Window voile curtains, made up", "sheer_net_curtain"),
            x("Repellent lotion for guests", "repellent_lotion", "skin repellent; nobody offers it"),
        ],
    ),
    sme(
        (91, "th", SPORT, DOWN, "Chiang Mai", "สวนป่าแคมป์ปิ้ง แม่แตง", "maetaeng.camp@gmail.com"),
        needs=[
            n("เต็นท์มุ้งให้ลูกค้าเช่า 30 หลัง", "camping_mesh_tent"),
            n("เปลมีมุ้งสำหรับลานกางเต็นท์", "hammock_with_net"),
            x("ผ้าใบเต็นท์กันน้ำ", "tent_canvas", "nobody offers tent canvas"),
        ],
    ),
    sme(
        (92, "en", ISAN, DOWN, "Nakhon Ratchasima", "Korat Home Nets", "korathomenets@gmail.com"),
        offers=[
            o("Double-bed Tetoron nets, square top, pastel colours", "polyester_bed_net"),
            o("Round hanging nets, one-point ceiling hook", "canopy_hoop_net"),
        ],
        needs=[n("Pastel edging tape for net borders, ISO 9001 no need", "binding_tape", waive=("ISO 9001",))],
    ),
    sme(
        (93, "th", CENT, DOWN, "Samut Sakhon", "หจก. มุ้งเด็กน้อยมหาชัย", "mungdeknoi@gmail.com"),
        offers=[
            o("มุ้งครอบเด็กอ่อน ตาข่ายไม่ชุบยา พับเก็บได้ มีซิป", "baby_net"),
            o("มุ้งกางพับ 6 ฟุต ไม่ต้องตอกตะปู", "popup_folding_net"),
        ],
        needs=[n("ก้านไฟเบอร์ทำโครงมุ้ง", "fibreglass_poles")],
    ),
    sme(
        (94, "en", HEMP, DOWN, "Bangkok", "Organic Nest Home Store", "buy@organicnest.co.th"),
        needs=[
            n("Where can we buy GOTS-certified cotton bed nets?", "natural_fibre_bed_net", req=("GOTS",)),
            x(
                "GOTS organic cotton netting cloth",
                "cotton_netting_fabric",
                "no netting weaver holds GOTS",
                req=("GOTS",),
            ),
        ],
    ),
    sme(
        (95, "th", ISAN, DOWN, "Yasothon", "ศูนย์พัฒนาเด็กเล็กบ้านสิงห์", "bansing.childcare@gmail.com"),
        needs=[n("มีใครขายมุ้งเด็กอ่อนแบบไม่ชุบสารเคมีบ้างคะ", "baby_net")],
    ),
]

# ------------------------------------------------------------------ checks


def _letters(text: str) -> tuple[int, int]:
    thai = sum(1 for ch in text if "\u0e01" <= ch <= "\u0e5b" and unicodedata.category(ch).startswith("L"))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return thai, latin


def _mentions(text: str, certification: str) -> bool:
    """Whether the text names the certification at all (claimed, required or waived)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for cert in CERTIFICATIONS:
        if cert.name == certification:
            names = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
            return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)
    return False


def check(smes: list[Sme], partial: bool) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if [s.num for s in smes] != list(range(1, len(smes) + 1)):
        errors.append("ids must run bmz-001, bmz-002, ... without gaps")
    known = set(OFFER_LABELS) | set(WANTED_ONLY)
    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for offer in s.offers:
            offered_by.setdefault(offer.label, set()).add(s.id)
    all_texts: dict[str, str] = {}
    for s in smes:
        where = s.id
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r} does not resolve")
        for cert in s.certs:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        for tag in s.bcg:
            if tag not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bcg tag {tag!r}")
        if "@" not in s.email or not s.email.isascii() or " " in s.email:
            errors.append(f"{where}: email {s.email!r}")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        held = canonical_certifications(s.certs)
        phrases = [s.name, *(offer.text for offer in s.offers), *(need.text for need in s.needs)]
        for phrase in phrases:
            if phrase != phrase.strip() or not phrase or "  " in phrase:
                errors.append(f"{where}: spacing in {phrase!r}")
            thai, latin = _letters(phrase)
            if s.lang == "en" and (not phrase.isascii() or thai):
                errors.append(f"{where}: English phrase not plain Latin: {phrase!r}")
            if s.lang == "th" and thai < 2 * latin:
                errors.append(f"{where}: Thai phrase mostly not Thai letters: {phrase!r}")
        for offer in s.offers:
            if offer.label not in OFFER_LABELS:
                errors.append(f"{where}: unknown offer label {offer.label!r}")
            claimed = find_certifications(offer.text)
            if not claimed <= held:
                errors.append(f"{where}: offer {offer.text!r} claims {sorted(claimed - held)} not held")
            if offer.text in all_texts:
                errors.append(f"{where}: text repeated from {all_texts[offer.text]}: {offer.text!r}")
            all_texts[offer.text] = where
        for need in s.needs:
            if need.text in all_texts:
                errors.append(f"{where}: text repeated from {all_texts[need.text]}: {need.text!r}")
            all_texts[need.text] = where
            for label in need.labels:
                if label not in known:
                    errors.append(f"{where}: unknown label {label!r} in need {need.text!r}")
            if need.met and not need.labels:
                errors.append(f"{where}: met need without labels: {need.text!r}")
            if not need.met and not need.note:
                errors.append(f"{where}: unmet need without a note: {need.text!r}")
            stated = find_certifications(need.text)
            if stated != set(need.requires):
                errors.append(f"{where}: need {need.text!r} states {sorted(stated)}, labelled {list(need.requires)}")
            for cert in need.waives:
                if cert in stated or not _mentions(need.text, cert):
                    errors.append(f"{where}: need {need.text!r} does not waive {cert!r} in its text")
            others = {label: offered_by.get(label, set()) - {s.id} for label in need.labels}
            if need.met:
                for label, suppliers in others.items():
                    if not suppliers:
                        errors.append(f"{where}: label {label!r} in need {need.text!r} offered by no one else")
            qualified = suppliers_of(need, s, smes)
            if need.met and not qualified:
                errors.append(f"{where}: met need {need.text!r} has no qualified supplier")
            if not need.met and qualified:
                errors.append(f"{where}: unmet need {need.text!r} is met by {sorted(qualified)}")
    if not partial:
        errors += check_targets(smes)
    return errors


def suppliers_of(need: Need, buyer: Sme, smes: list[Sme]) -> set[str]:
    """Ids of the SMEs (not the buyer) whose offers carry a label of the need, holding every required certificate."""
    found: set[str] = set()
    for s in smes:
        if s.id == buyer.id:
            continue
        if not set(need.requires) <= canonical_certifications(s.certs):
            continue
        if any(offer.label in need.labels for offer in s.offers):
            found.add(s.id)
    return found


def links_of(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            if need.met:
                pairs |= {(supplier, buyer.id) for supplier in suppliers_of(need, buyer, smes)}
    return sorted(pairs)


# ------------------------------------------------------------------ counts


def counts(smes: list[Sme]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    links = links_of(smes)
    rows: list[tuple[str, str]] = [("profiles", str(len(smes)))]
    lang = Counter(s.lang for s in smes)
    rows.append(("Thai / English profiles", f"{lang['th']} / {lang['en']}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster is sub for s in smes))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage is stage for s in smes))))
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    for region, count in sorted(regions.items()):
        rows.append((f"region {region}", str(count)))
    rows.append(("distinct provinces", str(len({resolve_province(s.province) for s in smes}))))
    offers = [offer for s in smes for offer in s.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len({offer.label for offer in offers}))))
    needs = [(s, need) for s in smes for need in s.needs]
    met = [need for _, need in needs if need.met]
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"))
    rows.append(("needs requiring a certification", str(sum(bool(need.requires) for _, need in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(need.waives) for _, need in needs))))
    sizes = Counter(min(len(suppliers_of(need, s, smes)), 4) for s, need in needs if need.met)
    rows.append(("met needs by 1 / 2 / 3 / 4+ suppliers", " / ".join(str(sizes[k]) for k in (1, 2, 3, 4))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].lang == "th" and by_id[b].lang == "en" for a, b in links)
    en_th = sum(by_id[a].lang == "en" and by_id[b].lang == "th" for a, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    share = f"{100 * cross / len(links):.1f} %" if links else "-"
    rows.append(("cross-language links (share)", f"{cross} ({share})"))
    rows.append(("within-language links", str(len(links) - cross)))
    between = sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)
    rows.append(("links between different sub-clusters", str(between)))
    return rows


def check_targets(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    by_id = {s.id: s for s in smes}
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, want {N_PROFILES}")
    thai = sum(s.lang == "th" for s in smes)
    if not 0.50 <= thai / len(smes) <= 0.60:
        errors.append(f"{thai} Thai profiles of {len(smes)}, want about 55 %")
    links = links_of(smes)
    if not 160 <= len(links) <= 180:
        errors.append(f"{len(links)} links, want 160-180")
    cross = sum(by_id[a].lang != by_id[b].lang for a, b in links)
    if links and not 0.40 <= cross / len(links) <= 0.60:
        errors.append(f"{cross} of {len(links)} links cross languages, want about half")
    needs = [(s, need) for s in smes for need in s.needs]
    unmet = sum(not need.met for _, need in needs)
    if not 17 <= unmet <= 23:
        errors.append(f"{unmet} needs met by no one, want about 20")
    sizes = [len(suppliers_of(need, s, smes)) for s, need in needs if need.met]
    if sum(1 <= k <= 3 for k in sizes) < 0.6 * len(sizes) or not any(k > 3 for k in sizes):
        errors.append("most met needs should have 1-3 suppliers, some more")
    for sub in SubCluster:
        if not any(s.sub_cluster is sub for s in smes):
            errors.append(f"no profile in {sub.value}")
    return errors


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [offer.text for offer in s.offers],
        "needs": [need.text for need in s.needs],
    }
    if s.certs:
        record["certifications"] = list(s.certs)
    if s.bcg:
        record["bcg"] = list(s.bcg)
    record["contact_email"] = s.email
    record["language"] = s.lang
    return json.dumps(record, ensure_ascii=False)


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README_HEAD = """# blind_plain_mosquito: hand-labelled supplier-buyer links in plain registry wording

## What the set checks

How well the matcher finds the true supplier-buyer pairs among 95 SMEs of the Health and Wellness
Economy textile cluster when it has never seen the wording. The theme is mosquito nets and
insect-proof textiles (bed nets, canopy and pop-up nets, baby nets, treated nets and treated cloth,
window screens, magnetic door curtains, net curtains, hammocks with nets, head nets) and the people
who buy them (hospitals, resorts, an army camp's welfare shop, schools, care homes, an aid agency,
shops), together with the ordinary fibre, yarn, cloth, dyeing, sewing and waste suppliers of the
cluster. About 55 % of the profiles are in Thai and the rest in English; about half the true links
join a Thai profile and an English one.

Offers and needs are plain registry entries: one short phrase each, 0-3 per SME. The same kind of
goods is written in many ways (Thai trade and regional words such as ห้อม, ม่อฮ่อม, ฝ้ายเข็น, ผ้าป่านมุ้ง,
ฝาชีครอบเด็ก; English trade words, brand-like names and abbreviations such as LLIN, CMT, FDY, rPET,
Tetoron; with and without sizes, prices, minimum orders and places), and a need is worded differently
from the offers that meet it. The hard cases on purpose:

- a service versus the goods it works on (indigo dyeing of the customer's yarn versus indigo-dyed
  cloth; permethrin finishing of the customer's cloth versus treated cloth; sewing or weaving for
  others versus finished goods; re-meshing old screen frames versus new framed screens; mending nets);
- waste and used goods versus new ones (used bed nets, netting trims, cotton cutting scraps);
- raw versus processed (cotton and hemp fibre, yarn, cloth, nets; PET flakes versus recycled yarn);
- finished goods described by material, colour or technique (a bag sewn from old nets or of indigo
  cotton is a bag; a handwoven cotton bed net is a bed net, not netting cloth);
- look-alikes that are different things (farm insect netting and "มุ้งเขียว" versus bed nets and
  window screens; canopy versus rectangular versus pop-up nets; treated versus untreated);
- needs written as a wish, a bare noun phrase or a question; refusals ("no polyester",
  "ไม่ใช้สีเคมี", "ไม่เอาแบบชุบยา");
- needs that require a named certification (a supplier without it does not meet them) and needs that
  name one only to waive it;
- 20 needs that no one in the set meets (equipment, chemicals, silk, metal mesh, laundry, or a
  certification no supplier of that thing holds).

## How it was written

By hand, by a writer who read only section 1 of `CONTRACTS.md` (profiles JSONL version 1 and the
links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the ruff settings of
`pyproject.toml`. The writer did not look at the matcher, the glossary, the tests, the other
evaluation sets or the project's data, and did not run the matcher. All profiles and labels are in
`write.py`; the labels never leave it.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `used_bed_nets` versus
`polyester_bed_net`). Every need lists the offer labels that would meet it and the certifications
its text requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a
true link when some offer of the supplier carries a label listed by one of the buyer's needs and the
supplier's certifications (resolved with `resolve_certification`) hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices,
sizes and places never decide a link; what changes what the thing is does. A waived certification
is not required.

Before writing, the script checks that ids are unique and well formed; every contract field is valid
(sub-cluster, stage and BCG values from the taxonomy, provinces resolve with `resolve_province`,
certifications with `resolve_certification`); every label a need lists is offered by someone other
than the buyer; every met need has a qualified supplier and every unmet one has none; the
certifications a need requires are exactly those `find_certifications` finds in its text, and a
waived one is named in the text but not found; offers claim no certification the supplier lacks;
Thai phrases are mostly Thai letters and English ones plain Latin; no phrase repeats; and the size
targets hold (95 profiles, 160-180 links, about half across languages, about 20 unmet needs). If any
check fails it writes nothing.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_mosquito/write.py

The output is deterministic: two runs give identical bytes. `--partial` runs the checks without the
size targets and writes nothing; `--needs` also lists every need with its suppliers.

## Files

- `write.py`: all data, the labels, the checks and the writer.
- `profiles.jsonl`: 95 profiles, ids `bmz-001` ... `bmz-095`, JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file, written by `write.py`.

## Counts (printed by `write.py`)
"""


def main(argv: list[str]) -> int:
    partial = "--partial" in argv or "--needs" in argv
    if "--needs" in argv:
        for s in SMES:
            for need in s.needs:
                found = sorted(suppliers_of(need, s, SMES)) if need.met else ["(unmet)"]
                print(f"{s.id} {len(found) if need.met else '-'} {need.text} <- {' '.join(found)}")
    errors = check(SMES, partial)
    rows = counts(SMES)
    print(table(rows), end="")
    if errors:
        print(f"\n{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    if partial:
        print("\nchecks passed (partial: size targets skipped, nothing written)")
        return 0
    profiles = "".join(profile_json(s) + "\n" for s in SMES)
    links = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links_of(SMES))
    readme = README_HEAD + "\n" + table(rows)
    for name, text in (("profiles.jsonl", profiles), ("links.csv", links), ("README.md", readme)):
        (OUT_DIR / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"\nwrote profiles.jsonl, links.csv and README.md to {OUT_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
