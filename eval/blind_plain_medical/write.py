"""Hand-labelled evaluation set: plain registry entries of a medical, hygiene and protective textiles cluster.

Every profile, offer, need and label below was written by hand. Run from the repository root:

    .venv/bin/python eval/blind_plain_medical/write.py

It checks the data and, only when every check passes, writes `profiles.jsonl` and `links.csv` next to itself.
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

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.taxonomy import (
    CERTIFICATIONS,
    LANGUAGES,
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

HERE = Path(__file__).resolve().parent

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any supplier offering one of `labels` and holding every one of `certs`."""
    return Need(text, tuple(labels), tuple(certs), tuple(waives), "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no SME in the set meets; `note` says why."""
    return Need(text, (), tuple(certs), tuple(waives), note)


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


SMES: list[Sme] = [
    # ------------------------------------------------------------------ upstream: fibre, yarn, resin, waste
    Sme(
        "bpq-001", "th", "บริษัท สยามคอตตอนสปินนิ่ง จำกัด", HEMP, UP, "Saraburi", "sales@siamcottonspin.co.th",
        ("ISO 9001", "OEKO-TEX Standard 100"), ("green",),
        offers=(
            ("ด้ายฝ้ายหวี 100% เบอร์ 32/1 ม้วนกรวย ส่งทั่วประเทศ", "cotton_yarn"),
            ("ด้าย TC 65/35 เบอร์ 45 สำหรับทอผ้าปูเตียงโรงพยาบาล", "polycotton_yarn"),
            ("รับจ้างปั่นด้ายจากฝ้ายของลูกค้า ขั้นต่ำ 1 ตัน", "commission_spinning_service"),
        ),
        needs=(
            N("ใยโพลีเอสเตอร์สั้น 1.4 ดีเนียร์ ยาว 38 มม. ไว้ผสมฝ้าย", "recycled_polyester_staple_fibre"),
            N("ฝ้ายอินทรีย์ที่มีใบรับรองมาตรฐานเกษตรอินทรีย์ สำหรับไลน์ด้ายออร์แกนิก", "raw_cotton_fibre",
              certs=("Organic Thailand",)),
        ),
    ),
    Sme(
        "bpq-002", "en", "Doi Phu Hemp Growers Cooperative", HEMP, UP, "Tak", "doiphuhemp.coop@gmail.com",
        ("Organic Thailand",), ("bio",),
        offers=(
            ("Decorticated hemp bast fibre, sun-dried, 50 kg bales", "hemp_fibre"),
            ("Hemp hurd (shiv) by the bag - animal bedding, hempcrete", "hemp_hurd"),
        ),
        needs=(
            N("Knitted cotton gloves for the harvest crew, about 600 pairs", "cotton_work_gloves"),
            U("Certified hemp seed, RPF3 variety, for the next planting", "no seed grower in the set"),
        ),
    ),
    Sme(
        "bpq-003", "th", "วิสาหกิจชุมชนกลุ่มปั่นด้ายกัญชงบ้านแม่สาใหม่", HEMP, UP, "Chiang Mai",
        "maesamai.hemp@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("เส้นด้ายใยกัญชงเข็นมือ ต้มขี้เถ้า ขายเป็นไจ", "hemp_yarn"),
            ("ด้ายกัญชงผสมฝ้าย ปั่นมือ สีธรรมชาติ", "hemp_cotton_yarn"),
        ),
        needs=(
            N("เปลือกกัญชงลอกแล้วตากแห้ง ปลูกแบบอินทรีย์ ต้องมีใบรับรองมาตรฐานเกษตรอินทรีย์", "hemp_fibre",
              certs=("Organic Thailand",)),
            N("ด้ายฝ้ายโรงงานไว้ทำเส้นยืน", "cotton_yarn"),
        ),
    ),
    Sme(
        "bpq-004", "en", "Eastern Polyolefin Supply Co., Ltd.", SPORT, UP, "Rayong", "order@easternpolyolefin.co.th",
        ("ISO 9001", "ISO 14001"), (),
        offers=(
            ("PP homopolymer, MFR 1500, meltblown grade, 25 kg bags", "meltblown_pp_resin"),
            ("Polypropylene for spunbond lines, MFR 35, ex-Map Ta Phut", "spunbond_pp_resin"),
        ),
        needs=(
            U("Electret charging masterbatch for meltblown, with technical support", "no additive maker in the set"),
            N("Woven PP jumbo bags (FIBC), 1 tonne", "pp_woven_bag"),
        ),
    ),
    Sme(
        "bpq-005", "th", "บริษัท กรีนไฟเบอร์ รีไซเคิล จำกัด", CIRC, UP, "Samut Sakhon", "info@greenfiber-recycle.co.th",
        ("GRS", "RCS"), ("circular",),
        offers=(
            ("ใยโพลีเอสเตอร์รีไซเคิลจากขวด PET ขนาด 1.4D ยาว 38 มม. สีขาว", "recycled_polyester_staple_fibre"),
            ("ใยสังเคราะห์รีไซเคิลชนิดกลวง ใช้ยัดหมอนและเบาะ", "recycled_fibre_fill"),
            ("เส้นด้ายรีไซเคิล rPET 150D/48F ย้อมสีได้", "recycled_polyester_yarn"),
        ),
        needs=(
            N("เศษผ้าโพลีเอสเตอร์ล้วนจากห้องตัด คัดสีแล้ว", "polyester_cutting_waste"),
            N("ผ้าปูเตียง ชุดผู้ป่วยเก่าที่ปลดระวางแล้ว รับเฉพาะผ้าทีซีหรือโพลีเอสเตอร์", "used_hospital_linen_waste"),
        ),
    ),
    Sme(
        "bpq-006", "en", "Korat Textile Recovery Co.", CIRC, UP, "Nakhon Ratchasima", "recovery@korattextile.com",
        ("GRS",), ("circular",),
        offers=(
            ("Shredded cotton shoddy from clippings, for wipers, padding and felt", "recycled_cotton_fibre"),
            ("Free pickup of condemned hospital linen above 300 kg", "linen_waste_collection_service"),
        ),
        needs=(
            N("Torn sheets, pillow cases and patient gowns - cotton or TC, any colour", "used_hospital_linen_waste"),
            N("White and light cotton cutting scraps, about 1 t a month", "cotton_cutting_waste"),
        ),
    ),
    Sme(
        "bpq-007", "th", "ร้านเจริญทรัพย์ค้าเศษผ้า", CIRC, UP, "Samut Prakan", "charoensap.scrap@hotmail.com",
        (), ("circular",),
        offers=(
            ("เศษสปันบอนด์ขอบริมจากโรงงานหน้ากาก อัดก้อน สีฟ้าและขาว", "nonwoven_trim_waste"),
            ("เศษผ้ายืดคอตตอน 100% จากโรงงานเสื้อยืด ขายเป็นกิโล", "cotton_cutting_waste"),
        ),
        needs=(
            N("กระสอบสานใบใหญ่ไว้ใส่เศษผ้า", "pp_woven_bag"),
        ),
    ),
    Sme(
        "bpq-008", "th", "สหกรณ์ผู้ปลูกฝ้ายอินทรีย์ด่านซ้าย จำกัด", HEMP, UP, "Loei", "dansai.organiccotton@gmail.com",
        ("Organic Thailand",), ("bio", "green"),
        offers=(
            ("ฝ้ายอินทรีย์หีบเมล็ดแล้ว ปีนี้มีราว 8 ตัน", "raw_cotton_fibre"),
        ),
        needs=(
            N("ถุงมือผ้าสำหรับเก็บฝ้าย ไซส์ใหญ่", "cotton_work_gloves"),
        ),
    ),
    Sme(
        "bpq-009", "en", "Siam Elastic Yarn Co., Ltd.", SPORT, UP, "Samut Prakan", "sales@siamelasticyarn.com",
        ("ISO 9001", "Oeko-Tex 100"), (),
        offers=(
            ("Air-covered spandex (ACY) 40D/75D, raw white", "spandex_covered_yarn"),
            ("Bare spandex 140D, 1 kg cheeses", "spandex_yarn"),
        ),
        needs=(
            U("Nylon 6 DTY 70D/24F semi-dull, monthly", "no nylon yarn maker in the set"),
            N("Export cartons for yarn cheeses", "corrugated_carton"),
        ),
    ),
    Sme(
        "bpq-010", "th", "ห้างหุ้นส่วนจำกัด ครามสกลเฮิร์บ", HEMP, UP, "Sakon Nakhon", "kramsakon.herb@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("เนื้อครามเปียก (ห้อม) หมักเอง กิโลละ 180 บาท", "indigo_dye_paste"),
        ),
        needs=(
            N("ถุงพลาสติกหนาพิมพ์ชื่อร้าน ไว้ใส่ครามเปียกขาย", "printed_poly_bag"),
        ),
    ),
    Sme(
        "bpq-011", "th", "กลุ่มเกษตรกรเก็บนุ่นบ้านท่ายาง", HEMP, UP, "Phetchaburi", "nunthayang@gmail.com",
        (), ("bio",),
        offers=(
            ("นุ่นคัดเมล็ดแล้ว บรรจุกระสอบ พร้อมยัดหมอน", "kapok_fibre"),
        ),
        needs=(
            N("มีโรงงานไหนรับเย็บปลอกหมอนให้บ้างคะ", "sewing_cmt_service"),
        ),
    ),
    Sme(
        "bpq-012", "en", "Nakhon Pathom Filament Texturing Co., Ltd.", SPORT, UP, "Nakhon Pathom",
        "export@npfilament.co.th",
        ("OEKO-TEX Standard 100",), (),
        offers=(
            ("Polyester DTY 75D/72F, dope-dyed black on request", "polyester_yarn"),
            ("Silver-ion antibacterial polyester yarn 100D", "antibacterial_polyester_yarn"),
            ("Spun polyester sewing thread 40/2, 5,000 m cones", "sewing_thread"),
            ("Embroidery thread 120D/2, 300 shades", "embroidery_thread"),
        ),
        needs=(
            N("GRS certified recycled polyester filament to add to our range", "recycled_polyester_yarn",
              certs=("GRS",)),
        ),
    ),
    Sme(
        "bpq-013", "th", "บริษัท แปดริ้วพลาสติกรีไซเคิล จำกัด", CIRC, UP, "Chachoengsao", "paetriw.recycle@gmail.com",
        ("ISO 14001",), ("circular",),
        offers=(
            ("เม็ดพลาสติก PP รีไซเคิลจากเศษผ้าไม่ทอ สีเทา เกรดฉีด", "recycled_pp_pellets"),
        ),
        needs=(
            N("เศษผ้าไม่ทอ PP ขอบริม ม้วนเสีย อัดก้อนมา", "nonwoven_trim_waste"),
        ),
    ),
    Sme(
        "bpq-014", "th", "วิสาหกิจชุมชนใยสับปะรดบ้านหนองพลับ", HEMP, UP, "Prachuap Khiri Khan",
        "pineapplefiber.nongplub@gmail.com",
        ("OTOP",), ("bio", "circular"),
        offers=(
            ("ใยสับปะรดขูดมือ ตากแห้ง มัดละ 1 กก.", "pineapple_leaf_fibre"),
        ),
        needs=(
            N("อยากได้ใยกัญชงมาผสมทดลองปั่น", "hemp_fibre"),
            U("เครื่องขูดใยสับปะรดมือสอง", "no machinery seller in the set"),
        ),
    ),
    Sme(
        "bpq-015", "en", "Lanna Organic Cotton Ginning", HEMP, UP, "Uttaradit", "gin@lannaorganiccotton.com",
        ("OCS", "Organic Thailand"), ("bio",),
        offers=(
            ("Ginned organic cotton lint, Organic Thailand certified, 200 kg bales", "raw_cotton_fibre"),
            ("Organic cotton sliver for hand spinners", "cotton_sliver"),
        ),
        needs=(
            N("Looking for a mill to spin our own organic lint into yarn on commission", "commission_spinning_service"),
        ),
    ),
    # ------------------------------------------------------------------ midstream: fabric, components, services
    Sme(
        "bpq-016", "th", "บริษัท อยุธยาผ้าก๊อซ จำกัด", ALC, MID, "Phra Nakhon Si Ayutthaya",
        "sales@ayutthayagauze.co.th",
        ("ISO 9001",), (),
        offers=(
            ("ผ้าก๊อซดิบ 40x32 เส้น หน้ากว้าง 36 นิ้ว ม้วนละ 1,000 หลา", "grey_gauze_fabric"),
            ("ผ้าก๊อซฟอกขาวม้วนจัมโบ้ สำหรับโรงงานตัดพับ", "bleached_gauze_roll"),
        ),
        needs=(
            N("ด้ายฝ้าย 100% เบอร์ 40 สำหรับทอผ้าก๊อซ", "cotton_yarn"),
        ),
    ),
    Sme(
        "bpq-017", "en", "Khon Kaen Gauze Weaving Ltd.", ALI, MID, "Khon Kaen", "kkgauze@kkgauze.com",
        ("ISO 9001", "OEKO-TEX Standard 100"), (),
        offers=(
            ("Grey cotton gauze 19x15, 90 cm, for bandage converters", "grey_gauze_fabric"),
            ("Bleaching of customers' grey cotton cloth, peroxide process", "bleaching_service"),
        ),
        needs=(
            N("Carded cotton yarn Ne 21-32, full truckloads", "cotton_yarn"),
            U("Hydrogen peroxide 50% in IBC tanks", "no chemical supplier in the set"),
        ),
    ),
    Sme(
        "bpq-018", "th", "บริษัท ไทยสำลีการแพทย์ จำกัด", ALC, MID, "Nakhon Pathom", "order@thaisamlee.co.th",
        ("ISO 13485", "อย."), (),
        offers=(
            ("ฝ้ายฟอกขาวดูดซับ (absorbent cotton) เป็นม้วน ขายให้โรงงานแปรรูปต่อ", "bleached_absorbent_cotton"),
            ("สำลีก้อน สำลีแผ่น บรรจุซอง มีเลข อย.", "cotton_wool"),
        ),
        needs=(
            N("ฝ้ายดิบใยยาวสำหรับนำมาฟอก", "raw_cotton_fibre"),
        ),
    ),
    Sme(
        "bpq-019", "th", "บริษัท ผ้ายืดการแพทย์ไทย จำกัด", SPORT, MID, "Bangkok", "thaimedelastic@gmail.com",
        ("ISO 9001",), (),
        offers=(
            ("ผ้ายืดถักแถบ กว้าง 2-6 นิ้ว สำหรับผ้าพันเคล็ดและผ้ารัดหน้าท้อง", "elastic_narrow_fabric"),
            ("ยางยืดหูหน้ากาก แบบแบน 5 มม.", "mask_ear_loop"),
        ),
        needs=(
            N("เส้นใยสแปนเด็กซ์หุ้ม ACY 40D", "spandex_covered_yarn"),
        ),
    ),
    Sme(
        "bpq-020", "en", "Chonburi Nonwovens Co., Ltd.", SPORT, MID, "Chonburi", "sales@chonburinonwovens.com",
        ("ISO 9001", "ISO 14001"), (),
        offers=(
            ("PP spunbond 10-80 gsm, up to 3.2 m wide", "spunbond_nonwoven_roll"),
            ("SMS 35-45 gsm, hydrophobic, gown and wrap grade", "sms_nonwoven_roll"),
            ("PE-laminated PP nonwoven, fluid resistant, for isolation gowns", "laminated_nonwoven_roll"),
        ),
        needs=(
            N("Spunbond-grade polypropylene, 2,000 t/yr contract", "spunbond_pp_resin"),
        ),
    ),
    Sme(
        "bpq-021", "th", "บริษัท ปทุมเมลท์โบลน์ จำกัด", SPORT, MID, "Pathum Thani", "pathum.meltblown@gmail.com",
        ("ISO 9001",), (),
        offers=(
            ("ผ้าเมลท์โบลน์ BFE 95/99 หนา 25 แกรม ตัดม้วนหน้าแคบ 175 มม.", "meltblown_nonwoven_roll"),
        ),
        needs=(
            N("เม็ดพลาสติกพีพีเกรดเมลท์โบลน์ ค่า MFR 1500", "meltblown_pp_resin"),
            N("ส่งตัวอย่างตรวจ BFE กับ PFE ได้ที่แล็บไหนบ้าง", "medical_textile_testing_service"),
        ),
    ),
    Sme(
        "bpq-022", "en", "Prachin Spunlace Industries", SPORT, MID, "Prachinburi", "info@prachinspunlace.com",
        ("OEKO-TEX Standard 100", "ISO 9001"), (),
        offers=(
            ("Spunlace 40-60 gsm, viscose/polyester, plain or mesh, for wipes", "spunlace_nonwoven_roll"),
        ),
        needs=(
            N("Recycled PSF 1.4D, GRS certified, for spunlace blends", "recycled_polyester_staple_fibre",
              certs=("GRS",)),
            U("Viscose staple 1.5D x 40 mm", "no viscose producer in the set"),
        ),
    ),
    Sme(
        "bpq-023", "th", "บริษัท สาครลามิเนท จำกัด", ALC, MID, "Samut Sakhon", "sakhonlaminate@hotmail.com",
        ("OEKO-TEX Standard 100",), (),
        offers=(
            ("ผ้าเคลือบ TPU กันน้ำ ระบายอากาศ หน้ากว้าง 150 ซม. สีขาว", "tpu_laminated_fabric"),
            ("รับเคลือบลามิเนตผ้าของลูกค้า ขั้นต่ำ 500 หลา", "lamination_service"),
        ),
        needs=(
            N("ผ้าถักโพลีเอสเตอร์ผิวเรียบ สำหรับนำมาเคลือบ", "polyester_knit_fabric"),
            U("ฟิล์ม TPU หนา 25 ไมครอน เป็นม้วน", "no film supplier in the set"),
        ),
    ),
    Sme(
        "bpq-024", "en", "BioShield Finishing Co., Ltd.", ALC, MID, "Samut Prakan", "lab@bioshieldfinishing.com",
        ("OEKO-TEX Standard 100", "bluesign"), ("green",),
        offers=(
            ("Silver-ion antibacterial finishing on your fabric, AATCC 100 tested, MOQ 1,000 m",
             "antibacterial_finishing_service"),
            ("Stock silver-treated TC 110x76, white, for patient wear", "antibacterial_fabric"),
        ),
        needs=(
            N("Greige TC 45x45 110x76 for our stock programme", "polycotton_fabric"),
            N("Independent AATCC 100 or JIS L 1902 reports", "antibacterial_testing_service"),
        ),
    ),
    Sme(
        "bpq-025", "th", "โรงย้อมราชบุรีเท็กซ์ไทล์", CIRC, MID, "Ratchaburi", "ratchaburi.dye@gmail.com",
        ("ISO 14001",), ("green", "circular"),
        offers=(
            ("รับย้อมผ้าตามสั่ง ฝ้ายและทีซี สีเขียวห้องผ่าตัด ฟ้า กรม", "dyeing_service"),
            ("ผ้าทีซีย้อมสีเขียวห้องผ่าตัด มีสต็อกพร้อมส่ง", "dyed_polycotton_fabric"),
        ),
        needs=(
            N("ผ้าดิบทีซีทอแล้ว ยังไม่ฟอกย้อม", "polycotton_fabric"),
            U("สีรีแอคทีฟและสารช่วยย้อม", "no dyestuff supplier in the set"),
        ),
    ),
    Sme(
        "bpq-026", "en", "Bangna Circular Knit Co., Ltd.", SPORT, MID, "Bangkok", "knit@bangnaknit.co.th",
        ("OEKO-TEX Standard 100",), (),
        offers=(
            ("Cotton single jersey and interlock, 160-220 gsm", "cotton_knit_fabric"),
            ("Polyester interlock 150 gsm, smooth face for coating", "polyester_knit_fabric"),
            ("Tubular cotton stockinette 5-15 cm for cast padding", "tubular_stockinette"),
        ),
        needs=(
            N("Polyester filament 75D for interlock, virgin or recycled", "polyester_yarn",
              "recycled_polyester_yarn"),
        ),
    ),
    Sme(
        "bpq-027", "th", "ห้างหุ้นส่วนจำกัด พิษณุโลกการ์เมนท์", ALC, MID, "Phitsanulok", "plkgarment@gmail.com",
        ("ISO 9001",), (),
        offers=(
            ("รับจ้างตัดเย็บชุดผู้ป่วย ชุดสครับ ผ้าปูเตียง ลูกค้าส่งผ้ามาเอง", "sewing_cmt_service"),
        ),
        needs=(
            N("ด้ายเย็บโพลีเอสเตอร์ 40/2 สีขาว", "sewing_thread"),
            U("กระดุมแป๊กพลาสติกสำหรับชุดผู้ป่วย", "no trims maker offers snaps in the set"),
        ),
    ),
    Sme(
        "bpq-028", "en", "SonicWeld Rayong", SPORT, MID, "Rayong", "job@sonicweldrayong.com",
        ("ISO 9001",), (),
        offers=(
            ("Ultrasonic seam welding and cutting for nonwoven gowns, covers and bags - you supply the rolls",
             "ultrasonic_welding_service"),
        ),
        needs=(
            U("Spare 20 kHz ultrasonic horns", "no machine parts supplier in the set"),
            N("Spunbond rolls for our own shoe-cover line", "spunbond_nonwoven_roll"),
        ),
    ),
    Sme(
        "bpq-029", "th", "กลุ่มย้อมครามบ้านดอนกอย", HEMP, MID, "Sakon Nakhon", "donkoi.indigo@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ลายมัดหมี่", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าหรือเสื้อของลูกค้า คิดตามน้ำหนัก", "indigo_dyeing_service"),
        ),
        needs=(
            N("เนื้อครามเปียกคุณภาพดี เดือนละ 200 กิโล", "indigo_dye_paste"),
            N("ฝ้ายเป็นเส้นแถบ (sliver) สำหรับเข็นด้ายเอง", "cotton_sliver"),
        ),
    ),
    Sme(
        "bpq-030", "en", "Nan Hemp Loom Studio", HEMP, MID, "Nan", "hello@nanhemploom.com",
        ("OTOP",), ("bio",),
        offers=(
            ("Handwoven hemp cloth, natural, 40 cm loom width", "hemp_fabric"),
            ("Hemp-cotton plain weave, undyed, 90 cm", "hemp_cotton_fabric"),
        ),
        needs=(
            N("Hand-spun hemp yarn in skeins", "hemp_yarn"),
            N("Who can indigo-dye our finished hemp cloth? Natural vat only", "indigo_dyeing_service"),
            N("Pineapple leaf fibre for a blended weft trial", "pineapple_leaf_fibre"),
        ),
    ),
    Sme(
        "bpq-031", "th", "กลุ่มทอผ้าฝ้ายบ้านนาข่า", HEMP, MID, "Udon Thani", "nakha.weaving@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("ผ้าฝ้ายทอมือสีพื้น ยังไม่ย้อม พับละ 4 เมตร", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าทอมือลายตาราง", "pakama_cloth"),
        ),
        needs=(
            N("ด้ายฝ้ายเบอร์ 20/2 สีขาว", "cotton_yarn"),
            N("ครามเปียก", "indigo_dye_paste"),
        ),
    ),
    Sme(
        "bpq-032", "en", "Siam ESD Textiles", SPORT, MID, "Pathum Thani", "sales@siamesd.com",
        ("ISO 9001",), (),
        offers=(
            ("Antistatic polyester twill with 5 mm carbon grid for cleanroom garments", "esd_antistatic_fabric"),
        ),
        needs=(
            N("Polyester filament 75D/36F, two containers a quarter", "polyester_yarn"),
            U("Carbon-core conductive filament", "no conductive yarn maker in the set"),
        ),
    ),
    Sme(
        "bpq-033", "th", "บริษัท แพคเมด ไทย จำกัด", ALC, MID, "Samut Prakan", "packmedthai@packmed.co.th",
        ("ISO 9001",), (),
        offers=(
            ("ซองสเตอริไลซ์ กระดาษ-ฟิล์ม มีแถบเปลี่ยนสี EO/ไอน้ำ", "sterilisation_pouch"),
            ("ถุง PE/PP พิมพ์โลโก้ ขั้นต่ำ 10,000 ใบ", "printed_poly_bag"),
            ("กระสอบพลาสติกสานและบิ๊กแบ็ก", "pp_woven_bag"),
        ),
        needs=(
            U("ฟิล์มเกรดการแพทย์ PET/PP เป็นม้วน", "no film supplier in the set"),
        ),
    ),
    Sme(
        "bpq-034", "th", "บริษัท สิงห์บุรีบรรจุภัณฑ์ จำกัด", CIRC, MID, "Sing Buri", "singburipack@gmail.com",
        ("FSC",), ("green", "circular"),
        offers=(
            ("กล่องกระดาษลูกฟูก 3 และ 5 ชั้น พิมพ์ได้ ใช้กระดาษรีไซเคิล", "corrugated_carton"),
        ),
        needs=(
            U("กระดาษคราฟท์รีไซเคิล 150 แกรม", "no paper mill in the set"),
        ),
    ),
    Sme(
        "bpq-035", "th", "บริษัท ชลสเตอริไลซ์ จำกัด", ALC, MID, "Chonburi", "service@chonsterilize.co.th",
        ("ISO 13485", "ISO 9001"), (),
        offers=(
            ("รับอบฆ่าเชื้อด้วยก๊าซ EO ชุดผ่าตัด ผ้าก๊อซ พร้อมใบรายงานผล", "eo_sterilisation_service"),
        ),
        needs=(
            N("แล็บภายนอกตรวจความปราศจากเชื้อหลังอบ", "sterility_testing_service"),
            N("ซองสเตอริไลซ์มีอินดิเคเตอร์ EO", "sterilisation_pouch"),
        ),
    ),
    Sme(
        "bpq-036", "en", "ThaiRad Gamma Services", ALC, MID, "Nakhon Nayok", "booking@thairadgamma.com",
        ("ISO 13485",), (),
        offers=(
            ("Gamma irradiation of boxed medical textiles, dose mapping included", "gamma_sterilisation_service"),
        ),
        needs=(
            N("Heavy-duty cartons for pallet irradiation", "corrugated_carton"),
        ),
    ),
    Sme(
        "bpq-037", "en", "Bangkok Textile Testing Laboratory", ALC, MID, "Bangkok", "lab@bkktextiletest.com",
        ("ISO 9001",), (),
        offers=(
            ("BFE, PFE, breathability and splash resistance tests for masks and gowns",
             "medical_textile_testing_service"),
            ("Antibacterial activity: AATCC 100, JIS L 1902, ISO 20743", "antibacterial_testing_service"),
            ("Sterility testing of finished medical goods", "sterility_testing_service"),
        ),
        needs=(
            U("Standard reference fabrics for calibration", "no reference fabric supplier in the set"),
        ),
    ),
    Sme(
        "bpq-038", "th", "บริษัท ที่ปรึกษาเมดเรกไทย จำกัด", ALC, MID, "Nonthaburi", "contact@medregthai.com",
        ("ISO 9001",), (),
        offers=(
            ("รับยื่นขออนุญาต อย. เครื่องมือแพทย์ หน้ากาก ชุดผ่าตัด", "thai_fda_consulting"),
            ("ที่ปรึกษาระบบ ISO 13485 จนผ่านการตรวจประเมิน", "iso13485_consulting"),
        ),
        needs=(
            N("ห้องแล็บทดสอบประสิทธิภาพกรองของหน้ากากให้ลูกค้า", "medical_textile_testing_service"),
        ),
    ),
    Sme(
        "bpq-039", "en", "Lanna MedReg Advisory", ALC, MID, "Chiang Mai", "advice@lannamedreg.com",
        ("ISO 9001",), (),
        offers=(
            ("ISO 13485 gap analysis, documents and internal auditor training", "iso13485_consulting"),
        ),
        needs=(
            U("Part-time Thai-English technical translator", "not a textile offer; no one in the set"),
        ),
    ),
    Sme(
        "bpq-040", "th", "ร้านบางกะปิปักเย็บ", ALC, MID, "Bangkok", "bangkapi.embroidery@gmail.com",
        (), (),
        offers=(
            ("รับปักชื่อ-โลโก้โรงพยาบาลบนเสื้อกาวน์ ชุดสครับ ชิ้นละ 25 บาท", "embroidery_service"),
            ("สกรีนโลโก้บนถุงผ้า ผ้ากันเปื้อน ขั้นต่ำ 50 ชิ้น", "screen_printing_service"),
        ),
        needs=(
            N("ด้ายปักโพลีเอสเตอร์ เฉดสีมาตรฐาน", "embroidery_thread"),
        ),
    ),
    Sme(
        "bpq-041", "en", "Samut Sakhon Trims & Webbing", SPORT, MID, "Samut Sakhon", "trims@sstrims.com",
        ("OEKO-TEX Standard 100",), (),
        offers=(
            ("Hook-and-loop tape 16-100 mm, sew-on, medical white and skin tone", "hook_loop_tape"),
            ("Elastic webbing 25-50 mm for braces and belts", "elastic_webbing"),
        ),
        needs=(
            N("Covered spandex for elastic webbing, 70D", "spandex_covered_yarn"),
        ),
    ),
    Sme(
        "bpq-042", "th", "บริษัท นนท์ไวร์แอนด์ลูป จำกัด", SPORT, MID, "Nonthaburi", "nonwireloop@gmail.com",
        (), (),
        offers=(
            ("ลวดดัดจมูกหน้ากาก PE หุ้มแกนเหล็ก 3 มม. เป็นม้วน", "mask_nose_wire"),
            ("สายคล้องหูหน้ากาก ยางยืดกลม สีขาวและดำ", "mask_ear_loop"),
        ),
        needs=(
            N("สแปนเด็กซ์เปลือยสำหรับถักสายคล้องหู", "spandex_yarn"),
        ),
    ),
    Sme(
        "bpq-043", "th", "บริษัท ระยองนีโอพรีน จำกัด", SPORT, MID, "Rayong", "rayongneoprene@gmail.com",
        ("ISO 9001",), (),
        offers=(
            ("แผ่นนีโอพรีนประกบผ้า หนา 2-5 มม. ทำสนับเข่า", "neoprene_laminate"),
            ("ผ้าพาวเวอร์เน็ตยืด 4 ทิศ สำหรับชุดกระชับ", "compression_knit_fabric"),
        ),
        needs=(
            N("ผ้าถักโพลีเอสเตอร์สำหรับประกบนีโอพรีน", "polyester_knit_fabric"),
        ),
    ),
    Sme(
        "bpq-044", "en", "Lamphun Performance Knits", SPORT, MID, "Lamphun", "sales@lamphunknits.com",
        ("bluesign", "GRS"), ("circular",),
        offers=(
            ("Moisture-wicking polyester pique, recycled option, bluesign approved", "wicking_knit_fabric"),
            ("Polyester offcuts from our sample room, sorted by colour", "polyester_cutting_waste"),
        ),
        needs=(
            N("rPET DTY 75D with GRS certificate", "recycled_polyester_yarn", certs=("GRS",)),
        ),
    ),
    Sme(
        "bpq-045", "th", "บริษัท ขอนแก่นซักรีดอุตสาหกรรม จำกัด", CIRC, MID, "Khon Kaen", "kklaundry@kklaundry.co.th",
        ("ISO 9001", "ISO 14001"), ("circular",),
        offers=(
            ("บริการซักอบรีดผ้าโรงพยาบาล แยกผ้าติดเชื้อ รับส่งถึงที่", "hospital_laundry_service"),
        ),
        needs=(
            N("ผ้าปูเตียงสำรองหมุนเวียนให้ลูกค้า 2,000 ผืน", "hospital_bed_sheet"),
            N("ถุงผ้าใส่ผ้าเปื้อน สีเหลืองสำหรับผ้าติดเชื้อ", "linen_laundry_bag"),
        ),
    ),
    Sme(
        "bpq-046", "th", "บริษัท คลีนเท็กซ์ลอนดรี้ อยุธยา จำกัด", SPORT, MID, "Phra Nakhon Si Ayutthaya",
        "cleantex.ayutthaya@gmail.com",
        ("ISO 14001",), (),
        offers=(
            ("ซักชุดคลีนรูมในห้องสะอาดคลาส 5 บรรจุถุงสุญญากาศ", "cleanroom_laundry_service"),
        ),
        needs=(
            N("ชุดหมีคลีนรูมสำรองไว้ให้ลูกค้าเช่า", "cleanroom_coverall"),
        ),
    ),
    Sme(
        "bpq-047", "th", "โรงงานด้ายรีไซเคิลแม่สาย", CIRC, MID, "Chiang Rai", "maesai.recycledyarn@gmail.com",
        ("GRS",), ("circular",),
        offers=(
            ("ด้ายรีไซเคิลจากเศษผ้าฝ้ายผสม rPET สีเทาท็อปดาย", "recycled_cotton_blend_yarn"),
            ("ผ้าทอจากด้ายรีไซเคิล ทำผ้าเช็ดมือ ผ้าขี้ริ้วโรงงาน", "recycled_yarn_fabric"),
        ),
        needs=(
            N("ใยฝ้ายรีไซเคิลจากเศษผ้าที่ตีแล้ว", "recycled_cotton_fibre"),
            N("ใยโพลีเอสเตอร์รีไซเคิล มีใบรับรอง GRS", "recycled_polyester_staple_fibre", certs=("GRS",)),
        ),
    ),
    Sme(
        "bpq-048", "th", "ร้านลำปางควิลท์ติ้ง", ALC, MID, "Lampang", "lampangquilting@gmail.com",
        (), (),
        offers=(
            ("รับเย็บควิลท์ผ้าหลายชั้น ผ้ารองซับ ผ้านวม ลูกค้าส่งวัตถุดิบมา", "quilting_service"),
        ),
        needs=(
            N("ใยสังเคราะห์แผ่นหรือใยกลวงสำหรับงานตัวอย่าง", "recycled_fibre_fill"),
        ),
    ),
    Sme(
        "bpq-049", "th", "บริษัท ทอผ้าสามพราน จำกัด", ALC, MID, "Nakhon Pathom", "sampranweaving@gmail.com",
        ("ISO 9001", "OEKO-TEX Standard 100"), (),
        offers=(
            ("ผ้าทีซี 45x45 110x76 ผ้าดิบหรือฟอกขาว หน้า 63-90 นิ้ว", "polycotton_fabric"),
            ("ผ้าฝ้าย 100% ทอเรียบ 20x20 สำหรับผ้าปูที่นอน", "cotton_sheeting_fabric"),
        ),
        needs=(
            N("ด้าย TC 65/35 เบอร์ 45", "polycotton_yarn"),
            N("ด้ายฝ้ายเบอร์ 20 สำหรับผ้าปู", "cotton_yarn"),
            N("รับย้อมผ้าดิบที่เราทอ เป็นสีเขียวหรือฟ้า", "dyeing_service"),
        ),
    ),
    # ------------------------------------------------------------------ downstream: finished goods
    Sme(
        "bpq-050", "th", "บริษัท ปทุมเมดิคอลซัพพลาย จำกัด", ALC, DOWN, "Pathum Thani", "sales@pathummedsupply.co.th",
        ("ISO 13485", "Thai FDA"), (),
        offers=(
            ("ผ้าก๊อซพับ 3x3 นิ้ว 8 ชั้น ปลอดเชื้อ ซองละ 5 ชิ้น", "gauze_swab"),
            ("ผ้าพันแผลชนิดม้วน 2 3 4 นิ้ว", "gauze_bandage_roll"),
            ("ผ้าก๊อซชุบพาราฟินปิดแผลไฟไหม้", "paraffin_gauze_dressing"),
            ("สำลีก้อนปลอดเชื้อ ห่อละ 20 ก้อน", "cotton_wool"),
        ),
        needs=(
            N("ผ้าก๊อซฟอกขาวม้วนใหญ่ หรือผ้าก๊อซดิบก็ได้ เราส่งไปฟอกเอง", "bleached_gauze_roll",
              "grey_gauze_fabric"),
            N("ใครรับฟอกขาวผ้าก๊อซดิบบ้างครับ", "bleaching_service"),
            N("รับอบ EO ผ้าก๊อซของเรา เดือนละ 3 พาเลท", "eo_sterilisation_service"),
            N("ฝ้ายดูดซับฟอกขาวเป็นม้วน ไว้ทำสำลีก้อนเอง", "bleached_absorbent_cotton"),
        ),
    ),
    Sme(
        "bpq-051", "en", "Chonburi SafeGuard PPE Co., Ltd.", ALC, DOWN, "Chonburi", "sales@safeguardppe.co.th",
        ("ISO 13485", "Thai FDA", "ISO 9001"), (),
        offers=(
            ("Reinforced SMS surgical gowns, sterile, AAMI level 3", "disposable_surgical_gown"),
            ("Bouffant caps, PP 20 gsm, 100 per box", "bouffant_cap"),
            ("Anti-skid shoe covers", "shoe_cover"),
            ("Isolation gowns, PE-laminated, thumb loops, level 2", "disposable_isolation_gown"),
        ),
        needs=(
            N("Hydrophobic SMS 40 gsm rolls", "sms_nonwoven_roll"),
            N("Validated EO or gamma sterilisation", "eo_sterilisation_service", "gamma_sterilisation_service"),
            N("Fluid-resistant laminated nonwoven for isolation gowns", "laminated_nonwoven_roll"),
        ),
    ),
    Sme(
        "bpq-052", "th", "บริษัท สาครเมดิแมสก์ จำกัด", ALC, DOWN, "Samut Sakhon", "sakhonmedimask@gmail.com",
        ("อย.", "มอก."), (),
        offers=(
            ("หน้ากากอนามัยทางการแพทย์ 3 ชั้น กล่อง 50 ชิ้น ได้ มอก. และมีเลข อย.", "disposable_surgical_mask"),
            ("หน้ากาก KN95 ห้าชั้น บรรจุซองละชิ้น", "respirator_mask"),
        ),
        needs=(
            N("ผ้าเมลท์โบลน์ BFE99 ม้วนหน้าแคบ", "meltblown_nonwoven_roll"),
            N("สปันบอนด์ใหม่ 25 แกรม สีฟ้าหรือขาว เกรดเอเท่านั้น ไม่เอาเศษ", "spunbond_nonwoven_roll"),
            N("ลวดจมูกและหูคล้อง", "mask_nose_wire", "mask_ear_loop"),
        ),
    ),
    Sme(
        "bpq-053", "en", "Siam Reusable Healthwear", CIRC, DOWN, "Bangkok", "hello@siamreusable.com",
        ("OEKO-TEX Standard 100",), ("circular",),
        offers=(
            ("Reusable isolation gowns, polyester taffeta, tested to 75 washes", "reusable_isolation_gown"),
            ("Unisex scrub suits, 12 colours, S-3XL", "scrub_suit"),
        ),
        needs=(
            N("Antimicrobial TC or polyester fabric, OEKO-TEX certified", "antibacterial_fabric",
              certs=("OEKO-TEX Standard 100",)),
            N("CMT partner for 5,000 scrub sets a month", "sewing_cmt_service"),
        ),
    ),
    Sme(
        "bpq-054", "th", "ห้างหุ้นส่วนจำกัด โคราชเบดดิ้งแอนด์ยูนิฟอร์ม", ALI, DOWN, "Nakhon Ratchasima",
        "koratbedding@hotmail.com",
        ("ISO 9001",), (),
        offers=(
            ("ผ้าปูเตียงผู้ป่วย ผ้าทีซีสีขาว ปักชื่อโรงพยาบาลได้", "hospital_bed_sheet"),
            ("ชุดผู้ป่วย เสื้อผ่าหน้า กางเกงเอวยางยืด", "patient_gown"),
            ("ผ้าห่อเครื่องมือผ้าฝ้ายสองชั้น สีเขียว", "cotton_instrument_wrap"),
            ("ถุงผ้าใส่ผ้าเปื้อน แยกสีตามประเภท", "linen_laundry_bag"),
        ),
        needs=(
            N("ผ้าทีซีขาว 110x76 หน้ากว้าง 90 นิ้ว", "polycotton_fabric", "antibacterial_fabric"),
            N("ผ้าทีซีย้อมเขียวห้องผ่าตัด", "dyed_polycotton_fabric"),
            N("ส่งผ้าของเราไปเคลือบสารต้านแบคทีเรีย", "antibacterial_finishing_service"),
            N("ปักชื่อโรงพยาบาลลงผ้าปู", "embroidery_service"),
        ),
    ),
    Sme(
        "bpq-055", "th", "บริษัท นนท์ออร์โธแคร์ จำกัด", SPORT, DOWN, "Nonthaburi", "nonorthocare@gmail.com",
        ("Thai FDA",), (),
        offers=(
            ("ผ้ายืดพันเคล็ด 2-6 นิ้ว มีคลิปล็อก", "elastic_bandage"),
            ("เข็มขัดพยุงหลัง มีแกนเสริม 4 เส้น", "lumbar_support_belt"),
            ("ผ้าคล้องแขน ผ้าฝ้าย ปรับสายได้", "arm_sling"),
        ),
        needs=(
            N("ผ้ายืดแถบสำหรับตัดทำผ้าพันเคล็ด", "elastic_narrow_fabric"),
            N("เทปตีนตุ๊กแก สีขาวและสีเนื้อ", "hook_loop_tape"),
            N("ยางยืดแบนหน้ากว้าง 2 นิ้ว", "elastic_webbing"),
        ),
    ),
    Sme(
        "bpq-056", "en", "Lanna Ortho Supports", SPORT, DOWN, "Chiang Mai", "orders@lannaortho.com",
        ("ISO 13485", "Thai FDA"), (),
        offers=(
            ("Hinged knee braces, neoprene, S-XXL", "knee_support"),
            ("Breathable wrist and thumb splints", "wrist_support"),
        ),
        needs=(
            N("Neoprene laminate 3 mm, nylon jersey both sides", "neoprene_laminate"),
            N("Four-way stretch powernet", "compression_knit_fabric"),
            N("Cut hook-and-loop pieces", "hook_loop_tape"),
        ),
    ),
    Sme(
        "bpq-057", "th", "วิสาหกิจเพื่อสังคม ผ้ารองซับมหาสารคาม", ALI, DOWN, "Maha Sarakham",
        "pharongsab.msk@gmail.com",
        (), ("circular",),
        offers=(
            ("ผ้ารองซับปัสสาวะแบบซักได้ 4 ชั้น 60x90 ซม.", "reusable_underpad"),
            ("กางเกงซึมซับผู้ใหญ่ ซักได้ เสริมแผ่นได้", "reusable_adult_diaper"),
        ),
        needs=(
            N("ผ้ากันน้ำเคลือบ TPU สำหรับชั้นล่างสุด", "tpu_laminated_fabric"),
            N("ร้านรับควิลท์ชั้นผ้ารองซับ", "quilting_service"),
            N("ที่ปรึกษาระบบ ISO 13485 สำหรับโรงงานเล็ก", "iso13485_consulting"),
        ),
    ),
    Sme(
        "bpq-058", "en", "Udon CareWear Social Enterprise", ALI, DOWN, "Udon Thani", "carewear.udon@gmail.com",
        ("OTOP",), ("circular",),
        offers=(
            ("Washable bed pads, cotton top, waterproof back, 75x90 cm", "reusable_underpad"),
            ("Adult clothing protectors, terry with PU backing", "adult_bib"),
        ),
        needs=(
            N("Waterproof breathable laminate, 150 cm, white", "tpu_laminated_fabric"),
        ),
    ),
    Sme(
        "bpq-059", "th", "ร้านครามกาฬสินธุ์ แมสก์แอนด์แบ็ก", HEMP, DOWN, "Kalasin", "kramkalasin@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("หน้ากากผ้าฝ้ายย้อมคราม 2 ชั้น ซักได้", "cloth_face_mask"),
            ("ถุงผ้าฝ้ายทอมือย้อมคราม ทรงโท้ท", "handwoven_cotton_tote_bag"),
        ),
        needs=(
            N("ผ้าฝ้ายย้อมครามทอมือเป็นพับ", "indigo_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        "bpq-060", "en", "Chiang Rai Hemp Goods", HEMP, DOWN, "Chiang Rai", "shop@chiangraihemp.com",
        (), ("bio",),
        offers=(
            ("Hemp face masks with filter pocket", "hemp_face_mask"),
            ("Hemp shoulder bags, natural colour", "hemp_bag"),
        ),
        needs=(
            N("Handwoven hemp fabric, natural", "hemp_fabric"),
            N("Hemp-cotton cloth, 90 cm", "hemp_cotton_fabric"),
            N("Sewing workshop to make up our bags", "sewing_cmt_service"),
        ),
    ),
    Sme(
        "bpq-061", "th", "บริษัท คลีนรูมไทยการ์เมนท์ จำกัด", SPORT, DOWN, "Pathum Thani", "sales@cleanroomthai.co.th",
        ("ISO 9001",), (),
        offers=(
            ("ชุดหมีคลีนรูม ป้องกันไฟฟ้าสถิต พร้อมฮูด", "cleanroom_coverall"),
            ("รองเท้าบูทผ้าคลีนรูมกันไฟฟ้าสถิต", "cleanroom_boot"),
        ),
        needs=(
            N("ผ้าโพลีเอสเตอร์กันไฟฟ้าสถิต ตาราง 5 มม.", "esd_antistatic_fabric"),
        ),
    ),
    Sme(
        "bpq-062", "th", "ร้านชุดพ่นยาสุพรรณ", ALC, DOWN, "Suphan Buri", "chutphonya.suphan@gmail.com",
        (), (),
        offers=(
            ("ชุดพ่นยาฆ่าแมลง ผ้ากันน้ำ เสื้อ กางเกง หมวก ครบชุด", "pesticide_spray_suit"),
            ("ปลอกแขนกันแดด ผ้ากีฬา ขายยกโหล", "arm_sleeves"),
            ("หมวกคลุมหน้ากันแดด (ไอ้โม่ง) ผ้าเย็น", "sun_hood"),
        ),
        needs=(
            N("ผ้าเคลือบกันน้ำไว้ตัดชุดพ่นยา", "tpu_laminated_fabric"),
            N("ผ้ากีฬายืดเย็นทำปลอกแขน", "wicking_knit_fabric"),
            N("ส่งผ้าร่มของร้านไปเคลือบกันน้ำ", "lamination_service"),
        ),
    ),
    Sme(
        "bpq-063", "th", "โรงงานถุงมือผ้าราชบุรี", ALC, DOWN, "Ratchaburi", "ratchaburigloves@gmail.com",
        (), (),
        offers=(
            ("ถุงมือผ้าทอ 7 เข็ม สีขาวฟอก ขายเป็นโหล", "cotton_work_gloves"),
        ),
        needs=(
            N("ด้ายรีไซเคิลผสม เบอร์ 10-16 สีเทา", "recycled_cotton_blend_yarn"),
        ),
    ),
    Sme(
        "bpq-064", "th", "บริษัท เวชภัณฑ์ถุงน่องไทย จำกัด", SPORT, DOWN, "Bangkok", "thaistocking@thaistocking.co.th",
        ("Thai FDA", "ISO 13485"), (),
        offers=(
            ("ถุงน่องเส้นเลือดขอด แรงบีบ 20-30 มม.ปรอท", "compression_stockings"),
            ("ถุงเท้าเบาหวาน ผสมเส้นใยซิลเวอร์ ขอบไม่รัด", "diabetic_socks"),
        ),
        needs=(
            N("ไนลอนหุ้มสแปนเด็กซ์", "spandex_covered_yarn"),
            N("เส้นด้ายซิลเวอร์ไอออน ต้านเชื้อแบคทีเรีย", "antibacterial_polyester_yarn"),
        ),
    ),
    Sme(
        "bpq-065", "en", "Phuket Active Tape", SPORT, DOWN, "Phuket", "team@phuketactivetape.com",
        (), (),
        offers=(
            ("Kinesiology tape 5 cm x 5 m, cotton, hypoallergenic glue", "kinesiology_tape"),
            ("Graduated calf sleeves for runners", "compression_sleeve"),
        ),
        needs=(
            N("Four-way stretch compression fabric for calf sleeves", "compression_knit_fabric"),
        ),
    ),
    Sme(
        "bpq-066", "th", "บริษัท หมอนสุขภาพลำพูน จำกัด", ALC, DOWN, "Lamphun", "lamphunpillow@gmail.com",
        (), (),
        offers=(
            ("หมอนจัดท่านอนกันแผลกดทับ ทรงลิ่ม", "positioning_pillow"),
            ("เบาะรองนั่งรังผึ้ง ลดแรงกดทับ", "pressure_relief_cushion"),
        ),
        needs=(
            N("ใยกลวงรีไซเคิลสำหรับยัดหมอน", "recycled_fibre_fill"),
            N("นุ่นธรรมชาติ", "kapok_fibre"),
            N("อยากจดแจ้ง อย. เบาะกันแผลกดทับ หาที่ปรึกษา", "thai_fda_consulting"),
        ),
    ),
    Sme(
        "bpq-067", "en", "EastMed Drapes & Wraps", ALC, DOWN, "Chachoengsao", "sales@eastmeddrapes.com",
        ("ISO 13485",), (),
        offers=(
            ("SMS sterilization wrap 60x60 to 120x120 cm, blue or green", "sms_sterilisation_wrap"),
            ("Disposable surgical drape packs", "surgical_drape_pack"),
        ),
        needs=(
            N("SMS 45-60 gsm for wraps", "sms_nonwoven_roll"),
            N("EO sterilisation at an ISO 13485 certified plant", "eo_sterilisation_service", certs=("ISO 13485",)),
        ),
    ),
    Sme(
        "bpq-068", "en", "Hat Yai Reusable Surgical Textiles", ALC, DOWN, "Songkhla", "hatyai.rst@gmail.com",
        (), ("circular",),
        offers=(
            ("Double-layer cotton instrument wraps, 90x90", "cotton_instrument_wrap"),
            ("Reusable cotton-poly surgical gowns, autoclavable", "reusable_surgical_gown"),
        ),
        needs=(
            N("Theatre-green dyed TC", "dyed_polycotton_fabric"),
            N("100% cotton sheeting, virgin cotton only, no recycled yarn cloth", "cotton_sheeting_fabric"),
        ),
    ),
    Sme(
        "bpq-069", "en", "Mekong Hygiene Co., Ltd.", ALI, DOWN, "Nong Khai", "info@mekonghygiene.com",
        ("Thai FDA",), (),
        offers=(
            ("Disposable adult diapers, tape type, M/L/XL", "disposable_adult_diaper"),
            ("Disposable underpads 60x90, 30 per pack", "disposable_underpad"),
        ),
        needs=(
            N("Spunlace for a wet wipes line", "spunlace_nonwoven_roll"),
            U("SAP superabsorbent polymer", "no SAP supplier in the set"),
        ),
    ),
    Sme(
        "bpq-070", "th", "บริษัท สระบุรีพีพีอี จำกัด", SPORT, DOWN, "Saraburi", "saraburippe@gmail.com",
        ("ISO 9001",), (),
        offers=(
            ("ชุดหมีกันฝุ่นกันสารเคมีแบบใช้แล้วทิ้ง Type 5/6", "disposable_coverall"),
            ("เสื้อกาวน์พลาสติก CPE แขนยาว ใช้ครั้งเดียว", "disposable_isolation_gown"),
        ),
        needs=(
            N("ผ้าไม่ทอเคลือบ PE ม้วน", "laminated_nonwoven_roll"),
            N("สปันบอนด์ 40 แกรม สีขาว", "spunbond_nonwoven_roll"),
        ),
    ),
    # ------------------------------------------------------------------ downstream: hospitals, care, shops, farms
    Sme(
        "bpq-071", "th", "โรงพยาบาลเสลภูมิ", ALI, DOWN, "Roi Et", "supply.selaphum@gmail.com",
        (), (),
        offers=(
            ("ผ้าปูเตียงเก่าชำรุด ปลดระวางปีละราว 1 ตัน", "used_hospital_linen_waste"),
        ),
        needs=(
            N("หน้ากากอนามัย 3 ชั้น ต้องมีเลข อย.", "disposable_surgical_mask", certs=("Thai FDA",)),
            N("ก๊อซพับปลอดเชื้อ 3x3", "gauze_swab"),
            N("ชุดผู้ป่วยผู้ใหญ่ 300 ชุด", "patient_gown"),
            N("หาคนรับผ้าเก่าของโรงพยาบาลไปรีไซเคิล", "linen_waste_collection_service"),
        ),
    ),
    Sme(
        "bpq-072", "en", "Bangkok Riverside Hospital", ALC, DOWN, "Bangkok", "purchasing@bkkriverside.co.th",
        (), (),
        offers=(),
        needs=(
            N("Sterile surgical gowns from an ISO 13485 certified maker", "disposable_surgical_gown",
              "reusable_surgical_gown", certs=("ISO 13485",)),
            N("Laundry contractor for ward and theatre linen", "hospital_laundry_service"),
            N("SMS wrap for CSSD trays", "sms_sterilisation_wrap"),
        ),
    ),
    Sme(
        "bpq-073", "th", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนนสำราญ", ALI, DOWN, "Sisaket", "rpst.nonsamran@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("ผ้าพันแผลม้วนกับผ้ายืดพันเคล็ด", "gauze_bandage_roll", "elastic_bandage"),
            N("หน้ากากผ้าแจกผู้สูงอายุ ไม่ต้องมี อย.", "cloth_face_mask", "hemp_face_mask", waives=("Thai FDA",)),
        ),
    ),
    Sme(
        "bpq-074", "th", "บ้านพักผู้สูงอายุสุขใจ", ALC, DOWN, "Nonthaburi", "sukjai.nursinghome@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("ผ้ารองซับซักได้ 100 ผืน", "reusable_underpad"),
            N("ผ้ากันเปื้อนผู้สูงอายุตอนทานข้าว", "adult_bib"),
            N("เสื้อผู้สูงอายุแบบใส่ง่าย ติดแม่เหล็กแทนกระดุม", "adaptive_clothing"),
        ),
    ),
    Sme(
        "bpq-075", "en", "Golden Years Residence Chiang Mai", ALC, DOWN, "Chiang Mai", "care@goldenyearscm.com",
        (), (),
        offers=(),
        needs=(
            N("Washable incontinence pants", "reusable_adult_diaper"),
            N("Medical compression stockings with a Thai FDA number", "compression_stockings", certs=("Thai FDA",)),
        ),
    ),
    Sme(
        "bpq-076", "th", "ร้านยาเภสัชชุมชน ขอนแก่น", ALI, DOWN, "Khon Kaen", "phesatchumchon.kk@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("ผ้ายืดพันเคล็ด มีทะเบียน อย.", "elastic_bandage", certs=("Thai FDA",)),
            N("ถุงเท้าคนเป็นเบาหวาน", "diabetic_socks"),
        ),
    ),
    Sme(
        "bpq-077", "en", "Andaman Pharmacy Group", ALC, DOWN, "Phuket", "buying@andamanpharmacy.com",
        (), (),
        offers=(),
        needs=(
            N("3-ply surgical masks, TIS 2424 certified", "disposable_surgical_mask",
              certs=("Thai Industrial Standard",)),
            N("Kinesiology tape for own label", "kinesiology_tape"),
            N("Cotton balls and pads", "cotton_wool"),
        ),
    ),
    Sme(
        "bpq-078", "th", "คลินิกทันตกรรมยิ้มสวย ตรัง", ALC, DOWN, "Trang", "yimsuay.dental@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("หมวกตัวหนอนกับถุงหุ้มรองเท้า", "bouffant_cap", "shoe_cover"),
            U("ผ้ากันเปื้อนคนไข้ทันตกรรม กระดาษเคลือบพลาสติก ใช้แล้วทิ้ง", "no disposable dental bib maker in the set"),
        ),
    ),
    Sme(
        "bpq-079", "en", "Mahachai Seafood Processing Co., Ltd.", ALC, DOWN, "Samut Sakhon",
        "purchase@mahachaiseafood.com",
        (), (),
        offers=(),
        needs=(
            U("Hairnets or bouffant caps, 50,000 a month, Halal certified supplier",
              "no cap maker in the set holds Halal", certs=("Halal",)),
            N("Disposable PE-coated gowns for the filleting line", "disposable_isolation_gown"),
            N("Shoe covers for visitors, no Thai FDA needed", "shoe_cover", waives=("Thai FDA",)),
        ),
    ),
    Sme(
        "bpq-080", "th", "บริษัท อยุธยาอิเล็กทรอนิกส์พาร์ท จำกัด", SPORT, DOWN, "Phra Nakhon Si Ayutthaya",
        "purchasing@ayutthayaparts.co.th",
        ("ISO 9001", "ISO 14001"), (),
        offers=(),
        needs=(
            N("ชุดหมีคลีนรูมกันไฟฟ้าสถิต คลาส 100", "cleanroom_coverall"),
            N("หมวกตัวหนอนใช้แล้วทิ้ง ไม่จำเป็นต้องมี อย.", "bouffant_cap", waives=("Thai FDA",)),
        ),
    ),
    Sme(
        "bpq-081", "en", "Chanthaburi Durian Growers Group", HEMP, DOWN, "Chanthaburi", "durian.chanthaburi@gmail.com",
        (), ("bio",),
        offers=(),
        needs=(
            N("Washable pesticide spraying suits", "pesticide_spray_suit"),
            N("Sun hoods and arm covers for pickers", "sun_hood", "arm_sleeves"),
        ),
    ),
    Sme(
        "bpq-082", "th", "ฟาร์มไก่ไข่ ช.ทวีทรัพย์", HEMP, DOWN, "Lopburi", "chtaweesap.farm@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("ชุดหมีใช้แล้วทิ้งสำหรับคนเข้าโรงเรือน", "disposable_coverall"),
            N("หน้ากากอนามัยธรรมดา ไม่ต้องมี มอก.", "disposable_surgical_mask",
              waives=("Thai Industrial Standard",)),
        ),
    ),
    Sme(
        "bpq-083", "th", "สหกรณ์กองทุนสวนยางบ้านควนขนุน", HEMP, DOWN, "Phatthalung", "kuankhanun.rubber@gmail.com",
        (), ("bio",),
        offers=(),
        needs=(
            N("ถุงมือผ้าถัก", "cotton_work_gloves"),
        ),
    ),
    Sme(
        "bpq-084", "en", "Krabi Andaman Wellness Spa Resort", HEMP, DOWN, "Krabi", "spa@krabiandamanwellness.com",
        (), ("green",),
        offers=(),
        needs=(
            N("Handwoven pakama for spa wraps, 200 pcs", "pakama_cloth"),
            N("Amenity tote bags in handwoven cotton", "handwoven_cotton_tote_bag"),
            U("Cotton spa towels, OEKO-TEX certified, 600 gsm", "no towel maker in the set",
              certs=("OEKO-TEX Standard 100",)),
        ),
    ),
    Sme(
        "bpq-085", "th", "ร้านอุดรเมดิคอลซัพพลาย", ALI, DOWN, "Udon Thani", "udonmedical@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("เข็มขัดพยุงหลัง", "lumbar_support_belt"),
            N("ผ้ารองซับแบบใช้แล้วทิ้ง", "disposable_underpad"),
            N("ผ้าคล้องแขนไซส์เด็กถึงผู้ใหญ่", "arm_sling"),
            U("ที่นอนลมกันแผลกดทับ", "no air mattress maker in the set"),
        ),
    ),
    Sme(
        "bpq-086", "en", "Surat Thani Hospital", ALC, DOWN, "Surat Thani", "linen@suratthanihospital.go.th",
        (), (),
        offers=(
            ("Condemned linen and gowns, sorted, about 2 t a year", "used_hospital_linen_waste"),
        ),
        needs=(
            N("Reusable cotton wraps for CSSD", "cotton_instrument_wrap"),
            N("Washable isolation gowns only, 75+ cycles, no disposables", "reusable_isolation_gown"),
            N("Plaster-cast stockinette", "tubular_stockinette"),
        ),
    ),
    Sme(
        "bpq-087", "th", "คลินิกกายภาพบำบัดนครศรี", SPORT, DOWN, "Nakhon Si Thammarat", "physio.nakhonsri@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("เทปบำบัดกล้ามเนื้อ ยกลัง", "kinesiology_tape"),
            N("สนับเข่าและที่ดามข้อมือให้คนไข้", "knee_support", "wrist_support"),
        ),
    ),
    Sme(
        "bpq-088", "en", "Isan College of Nursing", ALI, DOWN, "Maha Sarakham", "skillslab@isannursing.ac.th",
        (), (),
        offers=(),
        needs=(
            N("Isolation gowns for skills lab practice - ISO 13485 not required", "disposable_isolation_gown",
              "reusable_isolation_gown", waives=("ISO 13485",)),
            N("Student scrubs, two colours", "scrub_suit"),
        ),
    ),
    Sme(
        "bpq-089", "th", "เทศบาลเมืองบุรีรัมย์ กองสาธารณสุข", ALI, DOWN, "Buriram", "health.buriramcity@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("หน้ากากผ้าใยกัญชงแจกผู้สูงอายุ OTOP ไม่จำเป็น", "hemp_face_mask", waives=("OTOP",)),
            N("ชุดพ่นยากำจัดยุงลาย", "pesticide_spray_suit"),
        ),
    ),
    Sme(
        "bpq-090", "en", "Kanchanaburi Animal Hospital", ALC, DOWN, "Kanchanaburi", "vet@kanchanaburianimal.com",
        (), (),
        offers=(),
        needs=(
            N("Surgical caps, blue, disposable", "bouffant_cap"),
            N("Drape packs for spay and neuter", "surgical_drape_pack"),
        ),
    ),
    Sme(
        "bpq-091", "th", "ห้องเสื้อใส่ง่าย สุรินทร์", ALI, DOWN, "Surin", "saisngai.surin@gmail.com",
        ("OTOP",), (),
        offers=(
            ("เสื้อผ่าหน้าติดแม่เหล็ก ผ้าฝ้ายทอมือ สำหรับผู้สูงอายุ", "adaptive_clothing"),
        ),
        needs=(
            N("ผ้าฝ้ายทอมือสีพื้น ยังไม่ย้อม", "handwoven_cotton_fabric"),
            U("ผ้าฝ้ายอินทรีย์ที่ได้ GOTS หน้ากว้าง 150 ซม.", "no weaver in the set holds GOTS", certs=("GOTS",)),
            N("ผ้าย้อมครามเป็นพับ", "indigo_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        "bpq-092", "th", "ศูนย์ดูแลผู้สูงอายุกลางวัน เทศบาลเมืองยโสธร", ALI, DOWN, "Yasothon",
        "daycare.yasothon@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("ผ้ารองซับแบบซักได้ ไม่ต้องมี อย.", "reusable_underpad", waives=("Thai FDA",)),
            N("ผ้ากันเปื้อนกันน้ำสำหรับผู้สูงอายุ", "adult_bib"),
        ),
    ),
    Sme(
        "bpq-093", "th", "บริษัท วิ่งไทยสปอร์ต จำกัด", SPORT, DOWN, "Songkhla", "wingthaisport@gmail.com",
        (), (),
        offers=(
            ("เสื้อวิ่งผ้าระบายเหงื่อ พิมพ์ลายตามงานวิ่ง", "running_shirt"),
            ("เศษผ้าโพลีเอสเตอร์จากห้องตัด ขายเหมาเป็นกระสอบ", "polyester_cutting_waste"),
        ),
        needs=(
            N("ผ้าไมโครระบายเหงื่อ ต้องได้ bluesign", "wicking_knit_fabric", certs=("bluesign",)),
        ),
    ),
    Sme(
        "bpq-094", "th", "กลุ่มแม่บ้านเย็บหน้ากากผ้าบ้านหนองบัว", ALI, DOWN, "Chaiyaphum", "nongbua.sewing@gmail.com",
        ("OTOP",), (),
        offers=(
            ("รับเย็บหน้ากากผ้า ถุงผ้า ตามแบบของลูกค้า ลูกค้าส่งผ้ามา", "sewing_cmt_service"),
            ("หน้ากากผ้าฝ้าย 2 ชั้น ซักได้ ชิ้นละ 15 บาท", "cloth_face_mask"),
        ),
        needs=(
            N("หาซื้อยางยืดคล้องหูเป็นม้วน ขาวกับดำ", "mask_ear_loop"),
        ),
    ),
    Sme(
        "bpq-095", "en", "Map Ta Phut Maintenance Services Co., Ltd.", SPORT, DOWN, "Rayong",
        "safety@mtpmaintenance.co.th",
        ("ISO 9001",), (),
        offers=(),
        needs=(
            N("Disposable coveralls type 5/6 from an ISO 9001 certified supplier", "disposable_coverall",
              certs=("ISO 9001",)),
            N("KN95 respirators", "respirator_mask"),
            U("Flame-retardant aramid coveralls", "no FR garment maker in the set"),
        ),
    ),
]


# ------------------------------------------------------------------ checks

ID_FORMAT = re.compile(r"^bpq-\d{3}$")
LABEL_FORMAT = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
EMAIL_FORMAT = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
CERT_BY_NAME = {cert.name: cert for cert in CERTIFICATIONS}

TARGET_SMES = 95
TARGET_TH_SHARE = (0.55, 0.65)
TARGET_LINKS = (140, 180)
TARGET_CROSS_SHARE = 0.45
TARGET_UNMET = (15, 25)
TARGET_PROVINCES = 40


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def names_certification(text: str, cert_name: str) -> bool:
    """Whether `text` names the certification, by any of the shared vocabulary's mentions or patterns."""
    cert = CERT_BY_NAME[cert_name]
    body = nfkc(text)
    for mention in cert.mentions:
        if re.search(rf"(?<![A-Za-z0-9]){re.escape(nfkc(mention))}(?![A-Za-z0-9])", body, re.IGNORECASE):
            return True
    for mention in cert.case_sensitive_mentions:
        if re.search(rf"(?<![A-Za-z0-9]){re.escape(nfkc(mention))}(?![A-Za-z0-9])", body):
            return True
    return any(re.search(nfkc(pattern), body) for pattern in cert.patterns)


def canonical_certs(sme: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(cert) or cert for cert in sme.certs)


def phrases(sme: Sme) -> list[str]:
    return [text for text, _ in sme.offers] + [need.text for need in sme.needs]


def qualified_suppliers(buyer: Sme, need: Need) -> list[Sme]:
    wanted = set(need.labels)
    return [
        sme
        for sme in SMES
        if sme.id != buyer.id
        and any(label in wanted for _, label in sme.offers)
        and set(need.certs) <= canonical_certs(sme)
    ]


def compute_links() -> list[tuple[str, str]]:
    links = {
        (supplier.id, buyer.id)
        for buyer in SMES
        for need in buyer.needs
        if not need.unmet
        for supplier in qualified_suppliers(buyer, need)
    }
    return sorted(links)


def check() -> list[str]:
    errors: list[str] = []
    by_id = {sme.id: sme for sme in SMES}
    expected_ids = [f"bpq-{n:03d}" for n in range(1, TARGET_SMES + 1)]
    if [sme.id for sme in SMES] != expected_ids:
        errors.append("ids must be bpq-001 ... bpq-095, in order, each once")
    offered_by: dict[str, set[str]] = {}
    for sme in SMES:
        for _, label in sme.offers:
            offered_by.setdefault(label, set()).add(sme.id)
    seen_texts: Counter[str] = Counter(text for sme in SMES for text in phrases(sme))
    for text, count in seen_texts.items():
        if count > 1:
            errors.append(f"phrase written {count} times: {text!r}")
    for sme in SMES:
        where = sme.id
        if not ID_FORMAT.match(sme.id):
            errors.append(f"{where}: bad id")
        if sme.lang not in LANGUAGES:
            errors.append(f"{where}: language {sme.lang!r}")
        if not sme.name.strip():
            errors.append(f"{where}: empty name")
        if sme.sub not in {member.value for member in SubCluster}:
            errors.append(f"{where}: sub-cluster {sme.sub!r}")
        if sme.stage not in {member.value for member in Stage}:
            errors.append(f"{where}: stage {sme.stage!r}")
        if resolve_province(sme.province) is None:
            errors.append(f"{where}: province {sme.province!r} does not resolve")
        for cert in sme.certs:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        for tag in sme.bcg:
            if tag not in {member.value for member in BcgTag}:
                errors.append(f"{where}: BCG tag {tag!r}")
        if len(set(sme.bcg)) != len(sme.bcg):
            errors.append(f"{where}: repeated BCG tag")
        if not EMAIL_FORMAT.match(sme.email):
            errors.append(f"{where}: e-mail {sme.email!r}")
        if not 0 <= len(sme.offers) <= 4:
            errors.append(f"{where}: {len(sme.offers)} offers")
        if not 1 <= len(sme.needs) <= 4:
            errors.append(f"{where}: {len(sme.needs)} needs")
        if sme.lang == "en" and (THAI_LETTER.search(sme.name) or not sme.name.isascii()):
            errors.append(f"{where}: English profile name is not Latin only")
        for text in phrases(sme):
            thai, latin = len(THAI_LETTER.findall(text)), len(LATIN_LETTER.findall(text))
            if sme.lang == "th" and thai <= latin:
                errors.append(f"{where}: Thai phrase is not mostly Thai letters: {text!r}")
            if sme.lang == "en" and (thai or not text.isascii()):
                errors.append(f"{where}: English phrase is not Latin only: {text!r}")
            if text != text.strip() or "  " in text:
                errors.append(f"{where}: stray spaces in {text!r}")
        for _, label in sme.offers:
            if not LABEL_FORMAT.match(label):
                errors.append(f"{where}: offer label {label!r}")
        for need in sme.needs:
            tag = f"{where} need {need.text!r}"
            if bool(need.unmet) == bool(need.labels):
                errors.append(f"{tag}: must either list labels or be marked unmet")
            if set(need.certs) & set(need.waives):
                errors.append(f"{tag}: a certification both required and waived")
            for cert in (*need.certs, *need.waives):
                if cert not in CERT_BY_NAME:
                    errors.append(f"{tag}: {cert!r} is not a canonical certification name")
                elif not names_certification(need.text, cert):
                    errors.append(f"{tag}: {cert!r} is not named in the text")
            for label in need.labels:
                if not offered_by.get(label, set()) - {sme.id}:
                    errors.append(f"{tag}: no one but the buyer offers {label!r}")
            if need.labels and not qualified_suppliers(sme, need):
                errors.append(f"{tag}: no supplier qualifies")
    if errors:
        return errors
    stats = statistics(by_id)
    if stats["profiles"] != TARGET_SMES:
        errors.append(f"{stats['profiles']} profiles")
    low, high = TARGET_TH_SHARE
    if not low <= stats["th"] / stats["profiles"] <= high:
        errors.append(f"Thai share {stats['th'] / stats['profiles']:.2f}")
    low, high = TARGET_LINKS
    if not low <= stats["links"] <= high:
        errors.append(f"{stats['links']} links")
    if stats["cross_links"] / stats["links"] < TARGET_CROSS_SHARE:
        errors.append(f"cross-language share {stats['cross_links'] / stats['links']:.3f}")
    low, high = TARGET_UNMET
    if not low <= stats["needs_unmet"] <= high:
        errors.append(f"{stats['needs_unmet']} unmet needs")
    if stats["needs_requiring_cert"] < 5 or stats["needs_waiving_cert"] < 3:
        errors.append("too few needs requiring or waiving a certification")
    if set(stats["per_sub_cluster"]) != {member.value for member in SubCluster}:
        errors.append("not every sub-cluster is used")
    if set(stats["per_stage"]) != {member.value for member in Stage}:
        errors.append("not every stage is used")
    if len(stats["per_region"]) != 6:
        errors.append("not every region is used")
    if stats["distinct_provinces"] < TARGET_PROVINCES:
        errors.append(f"only {stats['distinct_provinces']} provinces")
    return errors


def statistics(by_id: dict[str, Sme]) -> dict:
    links = compute_links()
    needs = [need for sme in SMES for need in sme.needs]
    cross = Counter(
        f"{by_id[supplier].lang}->{by_id[buyer].lang}"
        for supplier, buyer in links
        if by_id[supplier].lang != by_id[buyer].lang
    )
    regions = Counter(str(resolve_province(sme.province).region) for sme in SMES)  # type: ignore[union-attr]
    return {
        "profiles": len(SMES),
        "th": sum(sme.lang == "th" for sme in SMES),
        "en": sum(sme.lang == "en" for sme in SMES),
        "per_sub_cluster": dict(sorted(Counter(sme.sub for sme in SMES).items())),
        "per_stage": dict(sorted(Counter(sme.stage for sme in SMES).items())),
        "per_region": dict(sorted(regions.items())),
        "distinct_provinces": len({resolve_province(sme.province) for sme in SMES}),
        "offers": sum(len(sme.offers) for sme in SMES),
        "distinct_offer_labels": len({label for sme in SMES for _, label in sme.offers}),
        "needs": len(needs),
        "needs_met": sum(not need.unmet for need in needs),
        "needs_unmet": sum(bool(need.unmet) for need in needs),
        "needs_requiring_cert": sum(bool(need.certs) for need in needs),
        "needs_waiving_cert": sum(bool(need.waives) for need in needs),
        "links": len(links),
        "cross_th_to_en": cross["th->en"],
        "cross_en_to_th": cross["en->th"],
        "cross_links": sum(cross.values()),
        "within_language_links": len(links) - sum(cross.values()),
        "links_between_sub_clusters": sum(by_id[s].sub != by_id[b].sub for s, b in links),
    }


# ------------------------------------------------------------------ output


def profile(sme: Sme) -> dict:
    return {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [text for text, _ in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certs),
        "bcg": list(sme.bcg),
        "contact_email": sme.email,
        "language": sme.lang,
    }


def render_profiles() -> str:
    return "".join(json.dumps(profile(sme), ensure_ascii=False) + "\n" for sme in SMES)


def render_links() -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(compute_links())
    return buffer.getvalue()


def main() -> int:
    errors = check()
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    (HERE / "profiles.jsonl").write_text(render_profiles(), encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(render_links(), encoding="utf-8", newline="\n")
    for key, value in statistics({sme.id: sme for sme in SMES}).items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
