"""Write the hand-labelled evaluation set `eval/blind_plain_chem/`.

Theme: textile chemicals, finishing and testing, with the cluster's ordinary upstream and midstream
suppliers. Every offer is a `(text, label)` pair whose label says what the thing is. Every need lists
the offer labels that would meet it and the certifications its text requires (or is marked as met by
no one, with a note). A pair (supplier, buyer) is a true link when some offer of the supplier carries a
label that one of the buyer's needs lists and the supplier holds every certification that need requires.
Labels live only in this file; the written profiles carry none.

Run from the repository root:

    .venv/bin/python eval/blind_plain_chem/write.py

The script checks the data first and writes nothing if a check fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
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

# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...] = ()  # offer labels that would meet the need
    requires: tuple[str, ...] = ()  # certifications the text requires of the supplier
    waives: tuple[str, ...] = ()  # certifications the text names only to waive
    note: str = ""  # set when no one in the set meets the need


def need(text: str, *meets: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, meets, requires, waives)


def unmet(text: str, note: str, *meets: str, requires: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, meets, requires, waives, note)


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: SubCluster
    stage: Stage
    province: str
    email: str
    offers: tuple[tuple[str, str], ...] = ()
    needs: tuple[Need, ...] = ()
    certs: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()


HEMP = SubCluster.HEMP_NATURAL_FIBRE
CIRC = SubCluster.CIRCULAR_TEXTILE
SPORT = SubCluster.SPORTECH
AGE_C = SubCluster.AGEING_LIFESTYLE_CENTRAL
AGE_I = SubCluster.AGEING_LIFESTYLE_ISAN
UP = Stage.UPSTREAM
MID = Stage.MIDSTREAM
DOWN = Stage.DOWNSTREAM

OEKO = "OEKO-TEX Standard 100"
TIS = "Thai Industrial Standard"
PEACOCK = "Thai Silk Peacock Emblem"

# ------------------------------------------------------------------ part 1: dyes, auxiliaries, water, drums

PART_1 = (
    Sme(
        "bck-001",
        "en",
        "Siam ColourChem Co., Ltd.",
        SPORT,
        MID,
        "Bangkok",
        "sales@siamcolourchem.co.th",
        offers=(
            ("Reactive dyes, Remazol-type, 25 kg cartons", "reactive_dye"),
            ("Disperse dyes for PES, high-energy range", "disperse_dye"),
        ),
        needs=(
            need("Wash fastness reports for customer claims", "colour_fastness_test"),
            need("Brand-new poly barrels to repack dye powder", "new_plastic_drum"),
        ),
        certs=("bluesign", "ISO 9001"),
    ),
    Sme(
        "bck-002",
        "th",
        "ร้านบาติกซัพพลาย กระบี่",
        HEMP,
        MID,
        "Krabi",
        "batiksupply.krabi@gmail.com",
        offers=(
            ("สีย้อมเย็นเขียนผ้าบาติก แบ่งขายขีดละ 60 บาท", "cold_reactive_dye"),
            ("โซเดียมซิลิเกต น้ำยาเคลือบสีผ้าปาเต๊ะ", "sodium_silicate_fixer"),
            ("เทียนเขียนผ้า ผสมพาราฟิน ก้อน 1 กก.", "batik_wax"),
        ),
        needs=(
            need("ผ้าฝ้ายยังไม่ฟอก ม้วนละ 50 หลา", "greige_cotton_fabric"),
            unmet("ผ้าเรยอนสีขาว สำหรับเขียนเทียน", "no rayon cloth is offered in the set"),
        ),
    ),
    Sme(
        "bck-003",
        "en",
        "Chao Phraya Auxiliaries Co., Ltd.",
        CIRC,
        MID,
        "Samut Sakhon",
        "info@cpaux.co.th",
        offers=(
            ("Hydrophilic silicone softener, 120 kg drum", "textile_softener"),
            ("Low-foam wetting agent for jet dyeing", "wetting_agent"),
            ("Formaldehyde-free cationic fixing agent", "cationic_fixer"),
        ),
        needs=(need("1,000-litre totes, never used", "new_ibc_tank"),),
        certs=("ISO 14001", "bluesign"),
        bcg=("green",),
    ),
    Sme(
        "bck-004",
        "th",
        "บริษัท ไทยไบโอเอนไซม์ จำกัด",
        SPORT,
        MID,
        "Pathum Thani",
        "sales@thaibioenzyme.co.th",
        offers=(
            ("เอนไซม์เซลลูเลส ขัดผิวผ้าฝ้าย ลดขุย", "biopolish_enzyme"),
            ("อะไมเลสทนร้อน ลอกแป้งผ้าดิบ", "desizing_enzyme"),
        ),
        certs=("ISO 9001",),
        bcg=("bio",),
    ),
    Sme(
        "bck-005",
        "en",
        "PrintMate Supplies",
        SPORT,
        MID,
        "Chonburi",
        "orders@printmate.co.th",
        offers=(
            ("Acrylic binder for pigment printing, soft hand", "printing_binder"),
            ("Pigment paste, 12 shades, 5 kg pails", "pigment_paste"),
            ("Phthalate-free plastisol inks", "plastisol_ink"),
        ),
        needs=(need("Used 1000 L IBC tanks, cleaned", "used_ibc_tank"),),
    ),
    Sme(
        "bck-006",
        "th",
        "หจก. ฟังก์ชันฟินิช เคมีคอล",
        SPORT,
        MID,
        "Nonthaburi",
        "ffc.chem@gmail.com",
        offers=(
            ("สารแอนตี้แบคทีเรีย ซิลเวอร์ไอออน สำหรับตกแต่งผ้า", "antibacterial_agent"),
            ("สารดูดซับรังสียูวี สำหรับผ้าโพลีเอสเตอร์", "uv_absorber"),
            ("น้ำยากันน้ำสูตรปลอดฟลูออรีน C0", "water_repellent_agent"),
        ),
        needs=(need("ห้องแล็บยืนยันฤทธิ์ฆ่าเชื้อบนผ้าตัวอย่าง", "antibacterial_test"),),
        certs=("bluesign",),
    ),
    Sme(
        "bck-007",
        "en",
        "Eastern Finishing Chemicals Ltd.",
        SPORT,
        MID,
        "Rayong",
        "tech@efchem.co.th",
        offers=(
            ("Durable phosphorus flame retardant for cotton", "flame_retardant_agent"),
            ("Low-formaldehyde easy-care resin", "easy_care_resin"),
            ("Cool-touch finish, xylitol microcapsules", "cooling_agent"),
        ),
        needs=(need("Vertical burn test on treated swatches", "flammability_test"),),
        certs=("ISO 9001", "ISO 14001"),
    ),
    Sme(
        "bck-008",
        "th",
        "กลุ่มสีธรรมชาติดอยสะเก็ด",
        HEMP,
        UP,
        "Chiang Mai",
        "doisaket.naturaldye@gmail.com",
        offers=(
            ("ผงสีครั่งสกัด ถุงละครึ่งกิโล", "natural_dye_extract"),
            ("ห้อมเปียก หมักพร้อมก่อหม้อ ถุง 5 กก.", "natural_indigo_paste"),
        ),
        needs=(
            need("ไม้ฝางแห้ง สับเป็นชิ้น", "dried_dye_plant"),
            need("สารส้มบริสุทธิ์ 10 กิโล", "alum_mordant"),
            need("ใบห้อมสด ตัดใหม่ ส่งทุกอาทิตย์", "fresh_indigo_plant"),
        ),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    Sme(
        "bck-009",
        "th",
        "วิสาหกิจชุมชนครามบ้านดอนกอย",
        AGE_I,
        UP,
        "Sakon Nakhon",
        "dongoi.indigo@gmail.com",
        offers=(
            ("เนื้อครามธรรมชาติ กิโลละ 150 บาท", "natural_indigo_paste"),
            ("ต้นครามสด ตัดส่งตามสั่ง", "fresh_indigo_plant"),
        ),
        needs=(
            need("ผ้าฝ้ายทอมือที่ยังไม่ได้ย้อม", "undyed_handwoven_cotton"),
            unmet("ปูนแดงสำหรับก่อหม้อคราม", "no lime or ash lye is offered in the set"),
        ),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    Sme(
        "bck-010",
        "en",
        "Lanna Dye Plants",
        HEMP,
        UP,
        "Lamphun",
        "lannadyeplants@gmail.com",
        offers=(
            ("Sun-dried sappan heartwood chips", "dried_dye_plant"),
            ("Raw stick lac, 10 kg sacks", "dried_dye_plant"),
            ("Dried makluea (ebony) fruit", "dried_dye_plant"),
        ),
        bcg=("bio",),
    ),
    Sme(
        "bck-011",
        "th",
        "ร้านเคมีภัณฑ์เมืองแพร่",
        HEMP,
        MID,
        "Phrae",
        "phrae.chemshop@gmail.com",
        offers=(
            ("สารส้มผง ใช้ช่วยติดสี กิโลละ 45 บาท", "alum_mordant"),
            ("เฟอร์รัสซัลเฟต ทำน้ำสนิมย้อมสีเทาดำ", "iron_mordant"),
        ),
        needs=(need("สีกรดสำหรับเส้นไหม แบ่งขาย", "acid_dye"),),
    ),
    Sme(
        "bck-012",
        "en",
        "Bangkok Vat & Acid Dyes Trading",
        AGE_C,
        MID,
        "Bangkok",
        "contact@bkkvatacid.com",
        offers=(
            ("Vat dyes and synthetic indigo granules for denim", "vat_dye"),
            ("Acid dyes for silk and wool, 1 kg tins", "acid_dye"),
        ),
        needs=(unmet("Sulphur black, liquid, 1 t IBC", "no sulphur dyes are offered in the set"),),
        certs=("ISO 9001",),
    ),
    Sme(
        "bck-013",
        "en",
        "AquaClear Dyehouse Water Co.",
        CIRC,
        MID,
        "Samut Sakhon",
        "projects@aquaclear.co.th",
        offers=(
            ("Design-build ETP for dye houses (DAF + activated sludge)", "wastewater_system"),
            ("PAC coagulant and colour-removal polymer", "wastewater_chemicals"),
        ),
        needs=(need("Licensed hauler for dewatered sludge", "sludge_disposal_service"),),
        certs=("ISO 14001",),
        bcg=("green",),
    ),
    Sme(
        "bck-014",
        "th",
        "บริษัท นครปฐมกำจัดกาก จำกัด",
        CIRC,
        UP,
        "Nakhon Pathom",
        "service@npwaste.co.th",
        offers=(("รับขนและกำจัดกากตะกอนโรงย้อม มีใบอนุญาต", "sludge_disposal_service"),),
        needs=(
            need(
                "ถังเก่า ถังเปล่า หรือแทงค์มือสอง ไว้ใส่กาก",
                "used_plastic_drum",
                "empty_chemical_drum",
                "used_ibc_tank",
            ),
        ),
        certs=("ISO 14001",),
        bcg=("circular",),
    ),
    Sme(
        "bck-015",
        "th",
        "ร้านถังมือสองแปดริ้ว",
        CIRC,
        UP,
        "Chachoengsao",
        "paetriu.drum@gmail.com",
        offers=(
            ("ถังฟ้า 200 ลิตร มือสอง ล้างแล้ว ใบละ 350", "used_plastic_drum"),
            ("แทงค์ IBC 1000 ลิตร มือสอง", "used_ibc_tank"),
        ),
        needs=(need("รับซื้อถังเคมีเปล่าจากโรงย้อม", "empty_chemical_drum"),),
        bcg=("circular",),
    ),
    Sme(
        "bck-016",
        "en",
        "Chonburi Poly Containers",
        CIRC,
        MID,
        "Chonburi",
        "sales@cbpoly.co.th",
        offers=(
            ("New 200 L open-top HDPE drums, UN approved", "new_plastic_drum"),
            ("New IBC totes 1,000 L with pallet", "new_ibc_tank"),
        ),
        needs=(unmet("HDPE regrind from crushed drums", "no one grinds drums in the set"),),
        certs=("ISO 9001",),
    ),
    Sme(
        "bck-017",
        "th",
        "บริษัท วอเตอร์แคร์ เคมี จำกัด",
        CIRC,
        MID,
        "Samut Prakan",
        "watercare.chem@gmail.com",
        offers=(
            ("สารลดสีน้ำเสียโรงย้อม ถัง 25 กก.", "wastewater_chemicals"),
            ("โพลิเมอร์ช่วยตกตะกอน ชนิดประจุบวก", "wastewater_chemicals"),
        ),
        needs=(need("แทงค์ไอบีซีใหม่ ยังไม่ผ่านการใช้งาน", "new_ibc_tank"),),
    ),
    Sme(
        "bck-018",
        "en",
        "ThaiTex Test Lab",
        SPORT,
        MID,
        "Bangkok",
        "lab@thaitextest.com",
        offers=(
            ("Colour fastness to washing, rubbing, light and sweat", "colour_fastness_test"),
            ("Dimensional change after home laundering", "shrinkage_test"),
            ("UPF rating to AS/NZS 4399", "upf_test"),
        ),
        needs=(unmet("SDC multifibre strips, DW type", "no lab consumables are offered in the set"),),
        certs=("ISO 9001",),
    ),
    Sme(
        "bck-019",
        "th",
        "ศูนย์ทดสอบสิ่งทอปทุมธานี",
        AGE_C,
        MID,
        "Pathum Thani",
        "testcenter.pt@gmail.com",
        offers=(
            ("ทดสอบฤทธิ์ต้านแบคทีเรีย ตามวิธี AATCC 100 และ JIS L 1902", "antibacterial_test"),
            ("ทดสอบการลามไฟของผ้าม่านและชุดผู้ป่วย", "flammability_test"),
            ("ทดสอบสีตกหลังซัก", "colour_fastness_test"),
        ),
        certs=("ISO 9001",),
    ),
    Sme(
        "bck-020",
        "en",
        "GreenThread Certification Services",
        HEMP,
        MID,
        "Chiang Mai",
        "hello@greenthread.asia",
        offers=(
            ("OEKO-TEX pre-audit and application help", "oekotex_audit_support"),
            ("GOTS audit preparation for weaving groups", "gots_audit_support"),
        ),
    ),
    Sme(
        "bck-021",
        "th",
        "ศูนย์ทดสอบผ้าไหมและผ้าฝ้ายอีสาน",
        AGE_I,
        MID,
        "Khon Kaen",
        "isantextiletest@gmail.com",
        offers=(
            ("รับทดสอบความคงทนของสี ผ้าไหม ผ้าฝ้าย", "colour_fastness_test"),
            ("วัดการหดตัวของผ้าหลังซัก", "shrinkage_test"),
        ),
    ),
    Sme(
        "bck-022",
        "th",
        "บริษัท สยามฟังก์ชันนอลฟินิชชิ่ง จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        "sff@siamff.co.th",
        offers=(
            ("รับเคลือบกันน้ำบนผ้าของลูกค้า ขั้นต่ำ 500 หลา", "water_repellent_finishing_service"),
            ("รับตกแต่งกันยูวี UPF50+ ผ้าลูกค้า", "uv_finishing_service"),
            ("รับเคลือบแอนตี้แบคทีเรียบนผ้าที่ลูกค้าส่งมา", "antibacterial_finishing_service"),
        ),
        needs=(
            need("น้ำยาสะท้อนน้ำ ต้องเป็น bluesign เท่านั้น", "water_repellent_agent", requires=("bluesign",)),
            need("ยูวีแอบซอร์บเบอร์ เกรดสิ่งทอ", "uv_absorber"),
        ),
        certs=("bluesign", OEKO),
    ),
    Sme(
        "bck-023",
        "en",
        "Nakhon Pathom Textile Finishing Co.",
        AGE_C,
        MID,
        "Nakhon Pathom",
        "finishing@nptf.co.th",
        offers=(
            ("Commission stenter, compacting and peach finish on your fabric", "general_finishing_service"),
            ("FR treatment of customer cotton for curtains and gowns", "fr_finishing_service"),
        ),
        needs=(
            need("Flame retardant that survives 50 hospital washes", "flame_retardant_agent"),
            need("Silicone for a softer hand", "textile_softener"),
            need("Water repellent, C6 or C0 both fine", "water_repellent_agent", "fluorocarbon_repellent"),
        ),
        certs=("ISO 9001",),
    ),
    Sme(
        "bck-024",
        "th",
        "โรงย้อมราชบุรีเท็กซ์ไทล์",
        AGE_C,
        MID,
        "Ratchaburi",
        "rbtextile.dye@gmail.com",
        offers=(
            ("รับย้อมผ้าฝ้าย ผ้าทีซี ผ้าของลูกค้า", "fabric_dyeing_service"),
            ("รับย้อมด้ายหลอด ฝ้ายและไหม", "yarn_dyeing_service"),
            ("ถังสารเคมีเปล่า 200 ลิตร ขายเหมา", "empty_chemical_drum"),
        ),
        needs=(
            need("สีรีแอคทีฟย้อมฝ้าย ราคาส่ง", "reactive_dye", "cold_reactive_dye"),
            need("ระบบบำบัดน้ำเสียขนาด 200 คิวต่อวัน", "wastewater_system"),
            need("เอนไซม์สำหรับเดไซซ์ผ้าก่อนย้อม", "desizing_enzyme"),
        ),
    ),
)

# ------------------------------------------------------------------ part 2: services, functional fabrics, fibre

PART_2 = (
    Sme(
        "bck-025",
        "en",
        "Doi Natural Dye Studio",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@doinaturaldye.com",
        offers=(
            ("Natural dyeing of your fabric or garments: lac, mango leaf, ebony", "natural_dyeing_service"),
            ("Indigo vat dipping of customer pieces", "indigo_dyeing_service"),
        ),
        needs=(need("Dried lac and sappan wood", "dried_dye_plant"),),
    ),
    Sme(
        "bck-026",
        "th",
        "กลุ่มทอผ้าย้อมครามบ้านพังโคน",
        AGE_I,
        MID,
        "Sakon Nakhon",
        "phangkhon.indigo@gmail.com",
        offers=(
            ("ผ้าฝ้ายย้อมครามทอมือ พับละ 4 เมตร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า", "indigo_dyeing_service"),
        ),
        needs=(
            need("ฝ้ายเข็นสีขาวธรรมชาติ", "handspun_cotton_yarn"),
            need("ที่ปรึกษาช่วยเตรียมตัวขอใบรับรองสิ่งทออินทรีย์", "gots_audit_support"),
        ),
        certs=("OTOP",),
    ),
    Sme(
        "bck-027",
        "en",
        "WashLab Garment Dyeing",
        SPORT,
        MID,
        "Bangkok",
        "washlab.bkk@gmail.com",
        offers=(("Garment dyeing and enzyme wash for brands, MOQ 100 pcs", "garment_dyeing_service"),),
        needs=(
            need("Cellulase for bio-polish", "biopolish_enzyme"),
            unmet("Pumice stones for stone wash", "no pumice is offered in the set"),
        ),
    ),
    Sme(
        "bck-028",
        "th",
        "ร้านสกรีนเสื้อบางบัวทอง",
        AGE_C,
        MID,
        "Nonthaburi",
        "bbt.screen@gmail.com",
        offers=(("รับสกรีนเสื้อ สีจม สีพลาสติซอล ขั้นต่ำ 30 ตัว", "screen_printing_service"),),
        needs=(
            need("แม่สีพิกเมนต์และกาวพิมพ์", "pigment_paste", "printing_binder"),
            need("หมึกพลาสติซอลสำหรับเสื้อเด็ก", "plastisol_ink"),
        ),
    ),
    Sme(
        "bck-029",
        "en",
        "Korat Sublimation Works",
        SPORT,
        MID,
        "Nakhon Ratchasima",
        "koratsub@gmail.com",
        offers=(
            ("Sublimation printing on customer polyester by the metre", "sublimation_printing_service"),
            ("Sublimated team jerseys to order", "sports_jersey"),
        ),
        needs=(
            unmet("Sublimation ink, 1 L bottles", "no sublimation ink is offered in the set"),
            need("Bright-white PES knit that takes dye-sub well", "polyester_knit_fabric", "recycled_polyester_knit"),
        ),
    ),
    Sme(
        "bck-030",
        "th",
        "บริษัท โรงถักสปอร์ตเทค ชลบุรี จำกัด",
        SPORT,
        MID,
        "Chonburi",
        "sportech.knit@gmail.com",
        offers=(
            ("ผ้าไมโครเมชรีไซเคิลจากขวด PET", "recycled_polyester_knit"),
            ("ผ้าเย็นสัมผัส ค่า Q-max 0.2", "cooling_fabric"),
            ("ผ้ากันแดด UPF 50+", "uv_protective_fabric"),
        ),
        needs=(
            need("สารตกแต่งให้ผ้าเย็น", "cooling_agent"),
            need("วัดค่าป้องกันรังสียูวีของผ้า", "upf_test"),
            unmet("เกล็ดขวด PET ล้างแล้ว", "no PET flake is offered in the set"),
        ),
        certs=("GRS", OEKO),
        bcg=("circular",),
    ),
    Sme(
        "bck-031",
        "en",
        "Siam Knit Mills Co., Ltd.",
        SPORT,
        MID,
        "Samut Sakhon",
        "sales@siamknit.co.th",
        offers=(
            ("Polyester interlock and jersey, white, 150 cm", "polyester_knit_fabric"),
            ("Anti-odour knit, silver treated", "antibacterial_fabric"),
        ),
        needs=(
            need("Disperse dyestuffs", "disperse_dye"),
            need("Silver-based antimicrobial for knits", "antibacterial_agent"),
            need("Penetrant for jet machines", "wetting_agent"),
        ),
        certs=(OEKO,),
    ),
    Sme(
        "bck-032",
        "th",
        "บริษัท ไทยเมดิคอลเท็กซ์ จำกัด",
        AGE_C,
        MID,
        "Samut Prakan",
        "info@thaimedtex.co.th",
        offers=(
            ("ผ้าหน่วงไฟ สำหรับม่านโรงพยาบาล", "fr_fabric"),
            ("ผ้าคอตตอนยับยั้งเชื้อ ตัดชุดผู้ป่วย", "antibacterial_fabric"),
        ),
        needs=(
            need("ผ้าดิบทีซี หน้ากว้าง 60 นิ้ว", "greige_tc_fabric"),
            need("จ้างเคลือบสารทนไฟบนผ้าของเราเอง", "fr_finishing_service"),
        ),
        certs=("ISO 13485", TIS),
    ),
    Sme(
        "bck-033",
        "en",
        "DryShield Fabrics",
        SPORT,
        MID,
        "Pathum Thani",
        "info@dryshield.co.th",
        offers=(("Ripstop nylon with PFC-free DWR", "water_repellent_fabric"),),
        needs=(
            need(
                "Toll DWR finishing on our greige, bluesign partners only",
                "water_repellent_finishing_service",
                requires=("bluesign",),
            ),
        ),
        certs=("bluesign",),
    ),
    Sme(
        "bck-034",
        "th",
        "กลุ่มปลูกฝ้ายด่านซ้าย",
        HEMP,
        UP,
        "Loei",
        "dansai.cotton@gmail.com",
        offers=(("ฝ้ายดอก ปลูกเอง เก็บมือ", "raw_cotton"),),
        needs=(unmet("เครื่องอีดฝ้ายมือสอง", "no used ginning tools are offered in the set"),),
    ),
    Sme(
        "bck-035",
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์แม่สอด",
        HEMP,
        UP,
        "Tak",
        "maesotcotton@gmail.com",
        offers=(
            ("ฝ้ายดอกอินทรีย์ เก็บด้วยมือ", "raw_cotton"),
            ("ฝ้ายเข็นมือ ยังไม่ย้อม", "handspun_cotton_yarn"),
            ("ผ้าทอมือฝ้ายล้วน สีขาวตุ่น ไม่ผ่านการย้อม", "undyed_handwoven_cotton"),
        ),
        needs=(need("ผงสีย้อมธรรมชาติ สำเร็จรูป", "natural_dye_extract"),),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    Sme(
        "bck-036",
        "th",
        "กลุ่มปั่นฝ้ายบ้านไร่",
        AGE_C,
        UP,
        "Uthai Thani",
        "banrai.cotton@gmail.com",
        offers=(("ฝ้ายเข็นมือ ฝ้ายพื้นเมืองสีตุ่น ขายเป็นไจ", "handspun_cotton_yarn"),),
        needs=(need("ปุยฝ้ายยังไม่อีด ไม่ต้องมีตราเกษตรอินทรีย์", "raw_cotton", waives=("Organic Thailand",)),),
    ),
    Sme(
        "bck-037",
        "en",
        "Thai Cotton Spinners Co., Ltd.",
        AGE_C,
        UP,
        "Saraburi",
        "yarn@thaicottonspin.co.th",
        offers=(
            ("Ring-spun cotton yarn Ne 20/2 to 40/2 on cones", "mill_cotton_yarn"),
            ("Open-end recycled cotton yarn Ne 10", "recycled_cotton_yarn"),
            ("Cone-dyed cotton yarn, 40 stock shades", "dyed_cotton_yarn"),
        ),
        needs=(
            need("Pre-consumer cotton clippings for OE spinning", "cotton_fabric_scrap"),
            need("GRS-certified reclaimed cotton fibre", "recycled_cotton_fibre", requires=("GRS",)),
        ),
        certs=(OEKO, "Better Cotton"),
    ),
    Sme(
        "bck-038",
        "th",
        "ฟาร์มหม่อนไหมบ้านนาโพธิ์",
        AGE_I,
        UP,
        "Buriram",
        "naphosilk@gmail.com",
        offers=(
            ("รังไหมพันธุ์ไทยสีเหลือง", "silk_cocoons"),
            ("ไหมน้อยสาวมือ", "thai_silk_yarn"),
        ),
    ),
    Sme(
        "bck-039",
        "en",
        "Surin Silk Reelers",
        AGE_I,
        UP,
        "Surin",
        "surinsilk@gmail.com",
        offers=(("Hand-reeled Thai silk yarn, degummed", "thai_silk_yarn"),),
        needs=(need("Fresh yellow cocoons", "silk_cocoons"),),
        certs=(PEACOCK,),
    ),
    Sme(
        "bck-040",
        "th",
        "กลุ่มทอผ้าไหมมัดหมี่ชนบท",
        AGE_I,
        MID,
        "Khon Kaen",
        "chonnabot.mudmee@gmail.com",
        offers=(("ผ้าไหมมัดหมี่ลายโบราณ", "handwoven_silk_fabric"),),
        needs=(
            need("สีเคมีย้อมไหม ใช้คู่กับน้ำส้มสายชู", "acid_dye"),
            need("เส้นไหมแท้ ต้องมีตรานกยูงพระราชทาน", "thai_silk_yarn", requires=(PEACOCK,)),
        ),
        certs=(PEACOCK, "OTOP"),
    ),
    Sme(
        "bck-041",
        "th",
        "กลุ่มทอผ้าขาวม้า ร้อยเอ็ด",
        AGE_I,
        MID,
        "Roi Et",
        "roietweavers@gmail.com",
        offers=(("ผ้าขาวม้าทอมือ ขายเป็นเมตร", "handwoven_cotton_fabric"),),
        needs=(need("ด้ายฝ้าย 20/2 หลอดกรวย", "mill_cotton_yarn"),),
    ),
    Sme(
        "bck-042",
        "th",
        "กลุ่มทอผ้าใยกัญชงม้ง ดอยแม่สลอง",
        HEMP,
        MID,
        "Chiang Rai",
        "maesalong.hemp@gmail.com",
        offers=(
            ("ผ้าใยกัญชงทอมือ เขียนเทียนย้อมห้อม", "hemp_fabric"),
            ("ด้ายกัญชงปั่นมือ", "hemp_yarn"),
        ),
        needs=(
            need("เนื้อห้อมหรือครามเปียก", "natural_indigo_paste"),
            need("ขี้ผึ้งเขียนลาย", "batik_wax"),
        ),
    ),
    Sme(
        "bck-043",
        "en",
        "Andaman Batik House",
        HEMP,
        DOWN,
        "Phuket",
        "hello@andamanbatik.com",
        offers=(
            ("Hand-drawn batik sarongs", "batik_sarong"),
            ("Batik cotton by the metre", "batik_fabric"),
        ),
        needs=(
            need("Cold-water reactive dyes, Procion MX type", "cold_reactive_dye"),
            need("Water glass for fixing", "sodium_silicate_fixer"),
            unmet("Copper canting pens", "no batik tools are offered in the set"),
        ),
    ),
    Sme(
        "bck-044",
        "th",
        "โรงงานตัดเย็บหน้ากากผ้า นนทบุรี",
        AGE_C,
        MID,
        "Nonthaburi",
        "ntbmask@gmail.com",
        offers=(
            ("หน้ากากผ้า 3 ชั้น ซักได้", "cloth_mask"),
            ("รับเย็บตามแบบลูกค้า CMT", "sewing_service"),
            ("เศษผ้าฝ้ายจากการตัด ขายเป็นกิโล", "cotton_fabric_scrap"),
        ),
        needs=(
            need(
                "ผ้าแอนตี้แบคทีเรีย มีผลแล็บ ไม่จำเป็นต้องมี OEKO-TEX",
                "antibacterial_fabric",
                waives=(OEKO,),
            ),
            need("ผ้าฝ้ายดิบ ทำชั้นในหน้ากาก", "greige_cotton_fabric"),
        ),
    ),
    Sme(
        "bck-045",
        "en",
        "CareLinen Thailand",
        AGE_C,
        DOWN,
        "Bangkok",
        "procurement@carelinen.co.th",
        offers=(
            ("Hospital bed and draw sheets, 100% cotton", "bed_sheet"),
            ("Cotton patient gowns with snap closure", "patient_gown"),
        ),
        needs=(
            need("FR fabric for ward curtains, must carry TIS mark", "fr_fabric", requires=(TIS,)),
            need("Antimicrobial finish on our own sheeting", "antibacterial_finishing_service"),
            need("Wrinkle-free resin for gowns", "easy_care_resin"),
        ),
        certs=("ISO 13485",),
    ),
    Sme(
        "bck-046",
        "th",
        "บริษัท อุดรเมดิคอลลิเนน จำกัด",
        AGE_I,
        DOWN,
        "Udon Thani",
        "udonlinen@gmail.com",
        offers=(
            ("ชุดคนไข้ ผ้าฝ้าย", "patient_gown"),
            ("ผ้าปูเตียงผู้ป่วย", "bed_sheet"),
        ),
        needs=(
            need("ผ้าดิบคอตตอนร้อยเปอร์เซ็นต์ หน้ากว้าง", "greige_cotton_fabric"),
            need("ทดสอบการหดของผ้าหลังซักน้ำร้อน", "shrinkage_test"),
        ),
    ),
    Sme(
        "bck-047",
        "en",
        "Bangkok Scrubs Co.",
        AGE_C,
        DOWN,
        "Bangkok",
        "orders@bkkscrubs.com",
        offers=(("Poly-cotton medical scrubs", "scrubs"),),
        needs=(
            need("Antimicrobial scrub fabric, OEKO-TEX certified", "antibacterial_fabric", requires=(OEKO,)),
            unmet("Embroidery of hospital logos", "no embroidery service in the set"),
        ),
    ),
    Sme(
        "bck-048",
        "th",
        "แบรนด์ชุดวิ่ง รันไทย",
        SPORT,
        DOWN,
        "Bangkok",
        "runthai.brand@gmail.com",
        offers=(("เสื้อวิ่งผ้าเย็น", "sportswear_top"),),
        needs=(
            need("ผ้าคูลทัชสำหรับเสื้อวิ่ง", "cooling_fabric"),
            need("ผ้ากัน UV", "uv_protective_fabric"),
            need("มีที่ไหนรับพิมพ์ซับลิเมชั่นบ้างคะ", "sublimation_printing_service"),
        ),
    ),
)

# ------------------------------------------------------------------ part 3: brands, weavers, waste, care

PART_3 = (
    Sme(
        "bck-049",
        "en",
        "VeloSiam Cycling Apparel",
        SPORT,
        DOWN,
        "Chiang Mai",
        "team@velosiam.com",
        offers=(("Cycling jerseys and bib shorts", "cycling_jersey"),),
        needs=(
            need("Recycled poly mesh, GRS certified", "recycled_polyester_knit", requires=("GRS",)),
            unmet(
                "Sewing partner for cycling kit, SA8000 audited",
                "no sewing service holds SA8000",
                "sewing_service",
                requires=("SA8000",),
            ),
            need("Anyone doing UPF tests?", "upf_test"),
        ),
    ),
    Sme(
        "bck-050",
        "th",
        "ร้านผ้าขาวม้าย้อมคราม กาฬสินธุ์",
        AGE_I,
        DOWN,
        "Kalasin",
        "kalasin.khaoma@gmail.com",
        offers=(("ผ้าขาวม้าย้อมครามลายตาราง", "pha_khao_ma"),),
        needs=(need("ผ้าคอตตอนสีครามแท้ ไม่เอาครามเคมี", "indigo_dyed_cotton_fabric"),),
    ),
    Sme(
        "bck-051",
        "en",
        "Isan Indigo Bags",
        AGE_I,
        DOWN,
        "Udon Thani",
        "shop@isanindigobags.com",
        offers=(
            ("Tote bags in handwoven cotton dyed with natural indigo", "tote_bag"),
            ("Indigo-dyed cotton scarves", "scarf"),
        ),
        needs=(
            need("Indigo cloth from weaving groups", "indigo_dyed_cotton_fabric"),
            unmet("YKK zips, 20 cm", "no trims supplier in the set"),
        ),
    ),
    Sme(
        "bck-052",
        "th",
        "ร้านของฝากผ้าทอ นิมมาน",
        HEMP,
        DOWN,
        "Chiang Mai",
        "nimman.craft@gmail.com",
        offers=(
            ("ผ้าพันคอย้อมห้อม", "scarf"),
            ("กระเป๋าผ้าฝ้ายเขียนเทียน", "tote_bag"),
        ),
        needs=(need("อยากได้กระเป๋าผ้าทอ ย้อมสีธรรมชาติ ส่งร้าน", "tote_bag"),),
    ),
    Sme(
        "bck-053",
        "en",
        "Bangpoo Textile Recovery",
        CIRC,
        UP,
        "Samut Prakan",
        "recovery@bangpootex.com",
        offers=(
            ("Sorted post-industrial polyester offcuts", "polyester_fabric_scrap"),
            ("Shredded cotton fibre from cutting waste", "recycled_cotton_fibre"),
        ),
        needs=(need("Cotton cutting waste from garment makers", "cotton_fabric_scrap"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    Sme(
        "bck-054",
        "th",
        "โรงย้อมนครชัยศรี",
        CIRC,
        MID,
        "Nakhon Pathom",
        "nakhonchaisri.dye@gmail.com",
        offers=(
            ("รับย้อมผ้าถักของลูกค้า คอตตอนและทีซี", "fabric_dyeing_service"),
            ("กากตะกอนแห้งจากบ่อบำบัด แจกฟรี", "dye_sludge"),
        ),
        needs=(
            need("ฟิกซ์เซอร์ประจุบวก หลังย้อมผ้าฝ้าย", "cationic_fixer"),
            need("ระบบลอยตะกอนด้วยอากาศ DAF", "wastewater_system"),
        ),
    ),
    Sme(
        "bck-055",
        "en",
        "Ratchaburi Eco Bricks",
        CIRC,
        UP,
        "Ratchaburi",
        "ecobricks.rb@gmail.com",
        offers=(("Fired clay bricks with sludge blend", "clay_brick"),),
        needs=(need("Dewatered dye-house sludge for our brick mix", "dye_sludge"),),
        bcg=("circular",),
    ),
    Sme(
        "bck-056",
        "th",
        "บ้านพักผู้สูงอายุ สุขใจ",
        AGE_C,
        DOWN,
        "Nonthaburi",
        "sukjai.elderhome@gmail.com",
        needs=(
            need("น้ำยาปรับผ้านุ่ม สูตรอ่อนโยน สำหรับเครื่องซัก", "household_softener"),
            need("ผ้าปูที่นอนเตียงพยาบาล 40 ชุด", "bed_sheet"),
        ),
    ),
    Sme(
        "bck-057",
        "en",
        "Mahachai Home Care Products",
        AGE_C,
        DOWN,
        "Samut Sakhon",
        "sales@mahachaihomecare.com",
        offers=(
            ("Household fabric softener, 3.5 L refill", "household_softener"),
            ("Hypoallergenic laundry liquid", "laundry_detergent"),
        ),
        needs=(unmet("4 L HDPE bottles with caps", "no bottle maker in the set"),),
    ),
    Sme(
        "bck-058",
        "th",
        "บริษัท กีฬาไทยสปอร์ตแวร์ จำกัด",
        SPORT,
        DOWN,
        "Pathum Thani",
        "kilathai.sport@gmail.com",
        offers=(("เสื้อฟุตบอลพิมพ์ลาย สั่งทำทีม", "sports_jersey"),),
        needs=(
            need(
                "ผ้าโพลีเอสเตอร์สีขาวสำหรับเสื้อกีฬา มี OEKO-TEX ก็ดี",
                "polyester_knit_fabric",
                "recycled_polyester_knit",
                waives=(OEKO,),
            ),
            need("จ้างเย็บเสื้อกีฬา", "sewing_service"),
        ),
    ),
    Sme(
        "bck-059",
        "en",
        "FlexStitch CMT",
        SPORT,
        MID,
        "Kanchanaburi",
        "flexstitch.cmt@gmail.com",
        offers=(
            ("CMT for sportswear brands, flatlock and coverstitch", "sewing_service"),
            ("Polyester offcuts, mixed colours", "polyester_fabric_scrap"),
        ),
        needs=(unmet("Poly core-spun thread, Tex 27", "no sewing thread is offered in the set"),),
    ),
    Sme(
        "bck-060",
        "en",
        "Samut Sakhon Dyeing & Finishing Co.",
        AGE_C,
        MID,
        "Samut Sakhon",
        "mill@ssdf.co.th",
        offers=(
            ("Piece dyeing of cotton knits, customer's greige", "fabric_dyeing_service"),
            ("Dyed cotton single jersey, stock colours", "dyed_cotton_knit"),
            ("Empty 200 L dye drums, unwashed", "empty_chemical_drum"),
        ),
        needs=(
            need("bluesign reactive dyes for export orders", "reactive_dye", requires=("bluesign",)),
            need("Enzyme for bio-polish on knits", "biopolish_enzyme"),
        ),
        certs=("ISO 14001",),
    ),
    Sme(
        "bck-061",
        "th",
        "กลุ่มทอผ้ากาบบัว อุบลฯ",
        AGE_I,
        MID,
        "Ubon Ratchathani",
        "kapbua.ubon@gmail.com",
        offers=(("ผ้ากาบบัว ผ้าฝ้ายทอมือ ย้อมสีธรรมชาติ", "natural_dyed_cotton_fabric"),),
        needs=(
            need("สีธรรมชาติสกัดแบบผง", "natural_dye_extract"),
            need("สารส้มกับน้ำสนิม สำหรับกัดสี", "alum_mordant", "iron_mordant"),
            need("เส้นฝ้ายปั่นมือ ไม่ต้องมี GOTS", "handspun_cotton_yarn", waives=("GOTS",)),
        ),
        certs=("OTOP",),
    ),
    Sme(
        "bck-062",
        "th",
        "กลุ่มทอผ้าย้อมสีธรรมชาติ น่าน",
        HEMP,
        MID,
        "Nan",
        "nannaturaldye@gmail.com",
        offers=(
            ("ผ้าฝ้ายทอมือย้อมใบมะม่วงและมะเกลือ", "natural_dyed_cotton_fabric"),
            ("ผ้าคาดโต๊ะ ย้อมสีธรรมชาติ", "table_runner"),
        ),
        needs=(need("ลูกมะเกลือ สำหรับย้อมดำ", "dried_dye_plant"),),
        certs=("GOTS",),
    ),
    Sme(
        "bck-063",
        "th",
        "ร้านผ้าไทยร่วมสมัย สยาม",
        AGE_C,
        DOWN,
        "Bangkok",
        "siamcontempthai@gmail.com",
        offers=(
            ("ผ้าพันคอไหม ย้อมครั่ง", "scarf"),
            ("เสื้อผ้าฝ้ายทอมือ ตัดสำเร็จ", "cotton_shirt"),
        ),
        needs=(
            need("ผ้าไหมทอมือจากอีสาน ลายพื้นบ้าน", "handwoven_silk_fabric"),
            need("ผ้าฝ้ายย้อมสีธรรมชาติ ต้องได้ GOTS", "natural_dyed_cotton_fabric", requires=("GOTS",)),
        ),
    ),
    Sme(
        "bck-064",
        "en",
        "Peak Trail Outdoor Gear",
        SPORT,
        DOWN,
        "Bangkok",
        "buying@peaktrail.co.th",
        offers=(("Rain jackets and windbreakers", "rain_jacket"),),
        needs=(
            need("Water-repellent shell fabric, PFC-free", "water_repellent_fabric"),
            unmet("Anyone doing spray-rating tests?", "no water-repellency testing in the set"),
        ),
    ),
    Sme(
        "bck-065",
        "th",
        "บริษัท ฟลูออโรเคมีไทย จำกัด",
        SPORT,
        MID,
        "Phetchaburi",
        "fluorochem.th@gmail.com",
        offers=(("น้ำยากันน้ำฟลูออโรคาร์บอน C6", "fluorocarbon_repellent"),),
    ),
    Sme(
        "bck-066",
        "th",
        "สหกรณ์ผู้เลี้ยงไหม ชัยภูมิ",
        AGE_I,
        UP,
        "Chaiyaphum",
        "cocoon.coop@gmail.com",
        offers=(
            ("รังไหมเหลือง พันธุ์นางน้อย", "silk_cocoons"),
            ("ปุยไหมจากรังเจาะ", "silk_waste"),
        ),
    ),
    Sme(
        "bck-067",
        "th",
        "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
        AGE_I,
        MID,
        "Surin",
        "thasawang.silk@gmail.com",
        offers=(("ผ้ายกทองไหม", "handwoven_silk_fabric"),),
        needs=(
            need("เส้นไหมยังไม่ย้อม ใช้ทำเส้นพุ่งและเส้นยืน", "thai_silk_yarn"),
            need("สีย้อมไหมชนิดกรด", "acid_dye"),
        ),
        certs=(PEACOCK,),
    ),
    Sme(
        "bck-068",
        "en",
        "Khon Kaen Dye Market Shop",
        AGE_I,
        MID,
        "Khon Kaen",
        "kkdyeshop@gmail.com",
        offers=(
            ("Silk dyes in 25 g sachets", "acid_dye"),
            ("Cold reactive dyes for hand dyeing", "cold_reactive_dye"),
            ("Potash alum, 1 kg bags", "alum_mordant"),
        ),
    ),
    Sme(
        "bck-069",
        "th",
        "บริษัท อยุธยาเดนิม จำกัด",
        AGE_C,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "ayutthaya.denim@gmail.com",
        offers=(("ผ้ายีนส์ย้อมอินดิโก้สังเคราะห์ 12 ออนซ์", "denim_fabric"),),
        needs=(need("สีแว็ตและผงอินดิโก้", "vat_dye"),),
    ),
    Sme(
        "bck-070",
        "en",
        "Khao Kho Hemp Farmers",
        HEMP,
        UP,
        "Phetchabun",
        "khaokhohemp@gmail.com",
        offers=(
            ("Retted hemp bast fibre", "hemp_fibre"),
            ("Hand-spliced hemp yarn", "hemp_yarn"),
        ),
        bcg=("bio",),
    ),
    Sme(
        "bck-071",
        "th",
        "แบรนด์เสื้อผ้ากัญชง ฮักเฮมพ์",
        HEMP,
        DOWN,
        "Chiang Mai",
        "hakhemp@gmail.com",
        offers=(("เสื้อเชิ้ตผ้ากัญชง", "hemp_shirt"),),
        needs=(
            need("ผ้าเฮมพ์ทอมือเนื้อหนา", "hemp_fabric"),
            need("รับย้อมสีธรรมชาติ ผ้าที่เราส่งไป", "natural_dyeing_service", "indigo_dyeing_service"),
            unmet("เส้นใยกัญชงที่ได้ GOTS", "no hemp supplier holds GOTS", "hemp_fibre", "hemp_yarn", requires=("GOTS",)),
        ),
    ),
    Sme(
        "bck-072",
        "en",
        "SilverYears Adaptive Wear",
        AGE_C,
        DOWN,
        "Prachuap Khiri Khan",
        "hello@silveryears.co",
        offers=(("Adaptive clothing with magnetic closures for seniors", "adaptive_clothing"),),
        needs=(
            need("Soft dyed cotton jersey", "dyed_cotton_knit"),
            need("Anti-odour treatment on our knit, job work", "antibacterial_finishing_service"),
            need("Piece-dyeing of our own cotton knit, 300 kg lots", "fabric_dyeing_service"),
        ),
    ),
)

# ------------------------------------------------------------------ part 4: more buyers and suppliers

PART_4 = (
    Sme(
        "bck-073",
        "th",
        "ร้านหมอนขิด ขอนแก่น",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "mornkhit.kk@gmail.com",
        offers=(("หมอนขิด หมอนสามเหลี่ยม", "triangle_pillow"),),
        needs=(need("ผ้าฝ้ายทอมือ ลายขิด", "khit_cotton_fabric"),),
    ),
    Sme(
        "bck-074",
        "en",
        "ReThread Upcycled Bags",
        CIRC,
        DOWN,
        "Bangkok",
        "studio@rethread.co",
        offers=(("Bags made from old denim and offcuts", "upcycled_bag"),),
        needs=(
            need("Polyester cutting scraps for bag linings", "polyester_fabric_scrap"),
            need("Second-hand jeans by the kilo", "used_clothing"),
        ),
        bcg=("circular",),
    ),
    Sme(
        "bck-075",
        "th",
        "โรงงานย้อมโพลีเอสเตอร์ ตะวันออก",
        CIRC,
        MID,
        "Chonburi",
        "eastpolydye@gmail.com",
        offers=(("รับย้อมผ้าโพลีเอสเตอร์ของลูกค้า", "polyester_dyeing_service"),),
        needs=(
            need("สีดิสเพิร์สจากผู้ขายที่ได้รับรอง bluesign เท่านั้น", "disperse_dye", requires=("bluesign",)),
            need("ระบบบำบัดน้ำเสียพร้อมติดตั้ง", "wastewater_system"),
        ),
    ),
    Sme(
        "bck-076",
        "en",
        "Sino-Thai Dyestuff Co.",
        SPORT,
        MID,
        "Chonburi",
        "sales@sinothaidye.com",
        offers=(
            ("Disperse dyes, economy grades", "disperse_dye"),
            ("Bi-functional reactive dyes, 25 kg", "reactive_dye"),
        ),
    ),
    Sme(
        "bck-077",
        "th",
        "กลุ่มย้อมสีธรรมชาติ ลำปาง",
        HEMP,
        MID,
        "Lampang",
        "lampang.naturaldye@gmail.com",
        offers=(
            ("รับย้อมสีเปลือกไม้บนผ้าของลูกค้า", "natural_dyeing_service"),
            ("ผงสีจากแก่นขนุน", "natural_dye_extract"),
        ),
        needs=(need("ครั่งดิบ", "dried_dye_plant"),),
    ),
    Sme(
        "bck-078",
        "en",
        "Slow Cloth Concept Store",
        HEMP,
        DOWN,
        "Surat Thani",
        "buy@slowcloth.co",
        offers=(("Hand-dyed scarves and shawls", "scarf"),),
        needs=(
            need("Handloom hemp cloth, GOTS not required", "hemp_fabric", waives=("GOTS",)),
            need("Indigo cotton, plant indigo only - no synthetic", "indigo_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        "bck-079",
        "th",
        "บริษัท ผ้าทอเทคนิคไทย จำกัด",
        SPORT,
        MID,
        "Samut Prakan",
        "thaitechweave@gmail.com",
        offers=(
            ("ผ้าร่มกันน้ำ สูตรไร้ฟลูออรีน", "water_repellent_fabric"),
            ("ผ้าทนไฟ สำหรับชุดช่างเชื่อม", "fr_fabric"),
        ),
        needs=(
            need("สารหน่วงไฟ สำหรับผ้าฝ้าย", "flame_retardant_agent"),
            need("สารเคลือบสะท้อนน้ำ ชนิดไม่มีฟลูออรีน", "water_repellent_agent"),
        ),
    ),
    Sme(
        "bck-080",
        "en",
        "Chao Phraya Hospital Group, Linen Procurement",
        AGE_C,
        DOWN,
        "Bangkok",
        "linen@cphospital.co.th",
        needs=(
            need("Patient gowns from an ISO 13485 maker, 500 a month", "patient_gown", requires=("ISO 13485",)),
            need("Bed sheets for 200 beds", "bed_sheet"),
            unmet("Flame-retardant cubicle curtains, made up", "no ready-made curtains are offered in the set"),
        ),
    ),
    Sme(
        "bck-081",
        "th",
        "โรงพยาบาลเอกชนโคราช ฝ่ายจัดซื้อ",
        AGE_I,
        DOWN,
        "Nakhon Ratchasima",
        "purchase.korathosp@gmail.com",
        needs=(
            need("เสื้อผู้ป่วยผ้าฝ้าย", "patient_gown"),
            need("หน้ากากผ้าซักได้ สำหรับเจ้าหน้าที่", "cloth_mask"),
        ),
    ),
    Sme(
        "bck-082",
        "th",
        "กลุ่มมัดหมี่ริมโขง นครพนม",
        AGE_I,
        MID,
        "Nakhon Phanom",
        "mekongmudmee@gmail.com",
        offers=(
            ("รับมัดย้อมหมี่ เส้นไหมของลูกค้า", "yarn_dyeing_service"),
            ("เส้นไหมพุ่งมัดหมี่ย้อมแล้ว พร้อมทอ", "dyed_silk_yarn"),
        ),
        needs=(
            need("เส้นไหมสำหรับทำหมี่", "thai_silk_yarn"),
            need("สีกรดย้อมไหม กระป๋อง 1 กิโล", "acid_dye"),
        ),
    ),
    Sme(
        "bck-083",
        "th",
        "ร้านรับเย็บผ้า โบ๊เบ๊",
        AGE_C,
        MID,
        "Bangkok",
        "bobae.sewing@gmail.com",
        offers=(
            ("รับเย็บเสื้อผ้าตามออเดอร์ ขั้นต่ำ 50 ตัว", "sewing_service"),
            ("เสื้อยืดเปล่า คอกลม ขายส่งโหล", "blank_tshirt"),
        ),
        needs=(need("ผ้ายืดคอตตอนย้อมแล้ว", "dyed_cotton_knit"),),
    ),
    Sme(
        "bck-084",
        "en",
        "Andaman Surf & Swim",
        SPORT,
        DOWN,
        "Phuket",
        "orders@andamansurf.com",
        offers=(("Rash guards UPF 50+", "rash_guard"),),
        needs=(
            need("Sun-protective fabric for rash guards", "uv_protective_fabric"),
            need("UV finish on our own lycra, we send the rolls", "uv_finishing_service"),
        ),
    ),
    Sme(
        "bck-085",
        "th",
        "ร้านผ้ามัดย้อม แม่กลอง",
        AGE_C,
        DOWN,
        "Samut Songkhram",
        "maeklong.tiedye@gmail.com",
        offers=(("เสื้อมัดย้อมสีธรรมชาติ", "tie_dyed_tshirt"),),
        needs=(
            need("เสื้อยืดขาวสำหรับมัดย้อม", "blank_tshirt"),
            need("สีรีแอคทีฟ แบ่งขาย ไม่ต้องมี bluesign", "reactive_dye", "cold_reactive_dye", waives=("bluesign",)),
        ),
    ),
    Sme(
        "bck-086",
        "en",
        "GreenLoop Drum Reconditioning",
        CIRC,
        MID,
        "Prachinburi",
        "info@greenloopdrum.com",
        offers=(("Reconditioned 200 L plastic drums", "used_plastic_drum"),),
        needs=(need("Empty chemical drums from dye houses", "empty_chemical_drum"),),
        bcg=("circular",),
    ),
    Sme(
        "bck-087",
        "th",
        "ศูนย์ดูแลผู้สูงอายุ ศรีสะเกษ",
        AGE_I,
        DOWN,
        "Sisaket",
        "sisaket.eldercare@gmail.com",
        needs=(
            need("ผ้าอ้อมผู้ใหญ่แบบซักได้", "washable_adult_diaper"),
            need("ผ้ารองกันเปื้อนที่นอน", "bed_pad"),
        ),
    ),
    Sme(
        "bck-088",
        "en",
        "Isan Elder Care Textiles",
        AGE_I,
        DOWN,
        "Maha Sarakham",
        "isaneldercare@gmail.com",
        offers=(
            ("Washable incontinence pants for seniors", "washable_adult_diaper"),
            ("Antibacterial bed pads", "bed_pad"),
        ),
        needs=(
            need("Antimicrobial fabric for bed pads", "antibacterial_fabric"),
            need("Test that proves the pads kill germs", "antibacterial_test"),
        ),
    ),
    Sme(
        "bck-089",
        "th",
        "ร้านผ้าปาเต๊ะเกาะยอ",
        HEMP,
        DOWN,
        "Songkhla",
        "kohyor.batik@gmail.com",
        offers=(("ผ้าปาเต๊ะเขียนมือ", "batik_sarong"),),
        needs=(
            need("เทียนบาติก", "batik_wax"),
            need("ผ้าฝ้ายดิบม้วนใหญ่ สำหรับเขียนปาเต๊ะ", "greige_cotton_fabric"),
        ),
    ),
    Sme(
        "bck-090",
        "en",
        "Southern Batik Fabric Mill",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        "sales@southernbatik.com",
        offers=(
            ("Batik printed cotton by the roll", "batik_fabric"),
            ("Greige cotton voile, 45 in.", "greige_cotton_fabric"),
        ),
        needs=(
            need("Procion-type cold dyes", "cold_reactive_dye"),
            need("Sodium silicate solution", "sodium_silicate_fixer"),
        ),
    ),
    Sme(
        "bck-091",
        "th",
        "โรงทอผ้าดิบ นครปฐม",
        AGE_C,
        MID,
        "Nakhon Pathom",
        "nptgreige@gmail.com",
        offers=(
            ("ผ้าดิบ ผ้าฝ้าย 100% กว้าง 63 นิ้ว", "greige_cotton_fabric"),
            ("ผ้าดิบทีซี 65/35 ม้วนละ 100 หลา", "greige_tc_fabric"),
        ),
        needs=(
            need("ด้ายฝ้ายเบอร์ 20 ม้วนกรวย", "mill_cotton_yarn"),
            need("ที่ปรึกษาเตรียมตรวจ เพื่อขอฉลากผ้าปลอดสารอันตราย", "oekotex_audit_support"),
            unmet("แป้งพีวีเอ สำหรับลงแป้งด้ายยืน", "no sizing agent is offered in the set"),
        ),
    ),
    Sme(
        "bck-092",
        "en",
        "ThaiMask Medical Co.",
        AGE_C,
        DOWN,
        "Pathum Thani",
        "qa@thaimask.co.th",
        offers=(("Surgical face masks, 3-ply, Thai FDA registered", "surgical_mask"),),
        needs=(
            need("Washable mask fabric with antibacterial finish", "antibacterial_fabric"),
            need("Antibacterial testing to ISO 20743", "antibacterial_test"),
        ),
        certs=("Thai FDA", "ISO 13485"),
    ),
    Sme(
        "bck-093",
        "th",
        "ร้านรับซื้อผ้าเก่า บางแค",
        CIRC,
        UP,
        "Bangkok",
        "bangkhae.usedcloth@gmail.com",
        offers=(("ผ้าเก่าคัดแยก ขายเป็นก้อน", "used_clothing"),),
        bcg=("circular",),
    ),
    Sme(
        "bck-094",
        "en",
        "Lanna Hemp Home",
        HEMP,
        DOWN,
        "Chiang Mai",
        "home@lannahemp.com",
        offers=(("Hemp cushion covers, indigo", "cushion_cover"),),
        needs=(
            need("Natural indigo dyeing for hemp panels we supply", "indigo_dyeing_service"),
            unmet(
                "Organic indigo cloth, GOTS certified",
                "no indigo cloth maker holds GOTS",
                "indigo_dyed_cotton_fabric",
                requires=("GOTS",),
            ),
        ),
    ),
    Sme(
        "bck-095",
        "th",
        "กลุ่มทอผ้าขิด ยโสธร",
        AGE_I,
        MID,
        "Yasothon",
        "yasothon.khit@gmail.com",
        offers=(("ผ้าขิดฝ้ายทอมือ", "khit_cotton_fabric"),),
        needs=(need("ด้ายฝ้ายย้อมสีสำเร็จ", "dyed_cotton_yarn"),),
        certs=("OTOP",),
    ),
)

# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^bck-(\d{3})$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180


def _thai_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    thai = [c for c in letters if THAI_RE.match(c)]
    return len(thai) / len(letters) if letters else 0.0


def _latin_only(text: str) -> bool:
    return not THAI_RE.search(text) and all(ord(c) < 0x250 for c in text if c.isalpha())


def _named(text: str, certification: str) -> bool:
    folded = text.casefold()
    for cert in CERTIFICATIONS:
        if cert.name == certification:
            names = (cert.name, cert.full_name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
            return any(name.casefold() in folded for name in names)
    return False


def qualified(sme: Sme, item: Need) -> bool:
    labels = {label for _, label in sme.offers}
    return bool(labels & set(item.meets)) and set(item.requires) <= set(sme.certs)


def suppliers_of(item: Need, buyer: Sme, smes: tuple[Sme, ...]) -> list[Sme]:
    return [s for s in smes if s.id != buyer.id and qualified(s, item)]


def check(smes: tuple[Sme, ...]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"bck-{i:03d}" for i in range(1, len(smes) + 1)]:
        errors.append("ids are not bck-001 ... in order without gaps")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    cert_names = {c.name for c in CERTIFICATIONS}
    offered: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            errors.append(f"{where}: language {s.language!r}")
        if not isinstance(s.sub_cluster, SubCluster) or not isinstance(s.stage, Stage):
            errors.append(f"{where}: sub-cluster or stage not a taxonomy value")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} does not resolve to itself")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        for tag in s.bcg:
            if tag not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bcg tag {tag!r}")
        if not EMAIL_RE.match(s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            errors.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        phrases = [s.name, *(text for text, _ in s.offers), *(n.text for n in s.needs)]
        for phrase in phrases:
            if phrase != phrase.strip() or "  " in phrase or not phrase:
                errors.append(f"{where}: untidy phrase {phrase!r}")
            if s.language == "th" and _thai_share(phrase) < 0.6:
                errors.append(f"{where}: Thai phrase is not mostly Thai letters: {phrase!r}")
            if s.language == "en" and not _latin_only(phrase):
                errors.append(f"{where}: English phrase has non-Latin letters: {phrase!r}")
        texts = [text for text, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated phrase")
        for item in s.needs:
            tag = f"{where} need {item.text!r}"
            for label in item.meets:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{tag}: label {label!r} is offered by no one else")
            for cert in (*item.requires, *item.waives):
                if cert not in cert_names:
                    errors.append(f"{tag}: {cert!r} is not a canonical certification")
            found = find_certifications(item.text)
            if found != set(item.requires):
                errors.append(f"{tag}: text names {sorted(found)}, labelled {sorted(item.requires)}")
            for cert in item.waives:
                if not _named(item.text, cert) or cert in found:
                    errors.append(f"{tag}: waived {cert!r} is not named as waived")
            if set(item.requires) & set(item.waives):
                errors.append(f"{tag}: a certification both required and waived")
            if not item.meets and not item.note:
                errors.append(f"{tag}: lists no labels and has no note")
            found_suppliers = suppliers_of(item, s, smes)
            if item.note and found_suppliers:
                errors.append(f"{tag}: marked unmet but met by {[x.id for x in found_suppliers]}")
            if not item.note and not found_suppliers:
                errors.append(f"{tag}: no qualified supplier")
            for supplier in found_suppliers:
                for text, label in supplier.offers:
                    if label in item.meets and (
                        text.casefold() in item.text.casefold() or item.text.casefold() in text.casefold()
                    ):
                        errors.append(f"{tag}: worded like the offer {text!r} of {supplier.id}")
    return errors


def size_errors(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, expected {N_PROFILES}")
    thai = sum(s.language == "th" for s in smes)
    if not 0.53 <= thai / max(len(smes), 1) <= 0.58:
        errors.append(f"{thai} of {len(smes)} profiles are Thai; expected about 55 %")
    if not LINKS_MIN <= len(links) <= LINKS_MAX:
        errors.append(f"{len(links)} links, expected {LINKS_MIN}-{LINKS_MAX}")
    lang = {s.id: s.language for s in smes}
    cross = sum(lang[a] != lang[b] for a, b in links)
    if links and not 0.40 <= cross / len(links) <= 0.60:
        errors.append(f"{cross} of {len(links)} links cross languages; expected about half")
    needs = [(s, n) for s in smes for n in s.needs]
    unmet_count = sum(bool(n.note) for _, n in needs)
    if not 17 <= unmet_count <= 23:
        errors.append(f"{unmet_count} needs met by no one; expected about 20")
    met = [len(suppliers_of(n, s, smes)) for s, n in needs if not n.note]
    few = sum(1 <= k <= 3 for k in met)
    if met and few / len(met) < 0.7:
        errors.append(f"only {few} of {len(met)} met needs have 1-3 suppliers")
    if met and max(met) < 4:
        errors.append("no need is met by more than 3 suppliers")
    return errors


# ------------------------------------------------------------------ outputs


def true_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in smes
        for item in buyer.needs
        for supplier in suppliers_of(item, buyer, smes)
    }
    return sorted(pairs)


def profile_json(s: Sme) -> str:
    row: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster.value,
        "stage": s.stage.value,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certs:
        row["certifications"] = list(s.certs)
    if s.bcg:
        row["bcg"] = list(s.bcg)
    row["contact_email"] = s.email
    row["language"] = s.language
    return json.dumps(row, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def counts(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    by_id = {s.id: s for s in smes}
    thai = sum(s.language == "th" for s in smes)
    rows.append(("profiles", str(len(smes))))
    rows.append(("Thai / English profiles", f"{thai} / {len(smes) - thai}"))
    sub = Counter(s.sub_cluster for s in smes)
    for value in SubCluster:
        rows.append((f"sub-cluster `{value.value}`", str(sub[value])))
    stage = Counter(s.stage for s in smes)
    for value in Stage:
        rows.append((f"stage `{value.value}`", str(stage[value])))
    regions = Counter(resolve_province(s.province).region for s in smes)  # type: ignore[union-attr]
    for region, n in sorted(regions.items(), key=lambda kv: (-kv[1], kv[0].value)):
        rows.append((f"region `{region.value}`", str(n)))
    rows.append(("distinct provinces", str(len({s.province for s in smes}))))
    offers = [label for s in smes for _, label in s.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len(set(offers)))))
    needs = [(s, n) for s in smes for n in s.needs]
    unmet_count = sum(bool(n.note) for _, n in needs)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - unmet_count} / {unmet_count}"))
    rows.append(("needs requiring a certification", str(sum(bool(n.requires) for _, n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waives) for _, n in needs))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    share = f"{100 * cross / len(links):.0f} %" if links else "-"
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({share})"))
    rows.append(("within-language links", str(len(links) - cross)))
    between = sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)
    rows.append(("links between different sub-clusters", str(between)))
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    value_width = max(len("value"), *(len(v) for _, v in rows))
    lines = [f"| {'count'.ljust(width)} | {'value'.rjust(value_width)} |"]
    lines.append(f"|{'-' * (width + 2)}|{'-' * (value_width + 1)}:|")
    lines += [f"| {k.ljust(width)} | {v.rjust(value_width)} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_chem/`: textile chemicals, finishing and testing

A hand-labelled test set for the partner matchmaker. It measures how well the matcher finds the true
supplier-buyer pairs among 95 SME profiles written as plain registry entries, in wording it has
never seen: short Thai and English phrases with local and regional names, trade words, brand names,
abbreviations, quantities, prices and places.

## What the set checks

The theme is textile chemicals, finishing and testing: reactive, cold-reactive, disperse, vat and
acid dyes, natural dye extracts and dried dye plants, indigo paste and fresh indigo, alum and iron
mordants, fixing agents, softeners, enzymes, wetting agents, printing binders and pigment pastes,
functional finishes (antibacterial, UV, water-repellent, flame-retardant, easy-care, cooling),
finishing and dyeing services on the customer's own cloth, wastewater treatment and dye-house sludge,
chemical drums and IBC tanks, and testing laboratories (colour fastness, shrinkage, antibacterial,
UPF, flammability, help with OEKO-TEX and GOTS audits). Their buyers are weaving groups, dye houses,
garment, mask and hospital-linen makers, sportswear brands, shops, care homes and hospitals, together
with the cluster's ordinary cotton, silk, hemp, yarn, cloth and sewing suppliers.

Hard but fair cases include: a service versus the goods it works on (dyeing the customer's cloth
versus dyed cloth, sewing for others versus garments, toll finishing versus finished fabric); waste and
used goods versus new ones (empty dye drums, reconditioned drums, new drums; cutting waste versus
cloth); raw versus processed (seed cotton, yarn, cloth; cocoons and silk yarn; dried dye wood versus
dye extract; fresh indigo plants versus indigo paste); cold-reactive batik dyes versus hot reactive
dyes; fluorine-free versus C6 water repellents; finished goods described by their material, colour or
technique (an indigo cotton bag is a bag); needs written as a wish, a bare noun phrase or a question;
refusals ("plant indigo only, no synthetic"); needs that require a named certification, and needs that
name one only to waive it; about 20 needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the project's contracts (the profile format and the links
CSV), `shared/taxonomy.py` with its data files, and the ruff settings; not the matcher, its glossary,
its tests, other evaluation sets or the project's data. All profiles and labels live in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`). Every need either lists the offer labels
that would meet it and the certifications its text requires, or is marked as met by no one with a
short note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label
listed by one of the buyer's needs and the supplier's certifications hold every certification that
need requires. An SME is never linked to itself. Shared words play no part; quantities, prices and
places never decide a link; what changes what the thing is does. A waived certification is not
required.

Before writing, the script checks: ids unique and well-formed; every contract field valid (sub-cluster,
stage, BCG tags from the taxonomy; every province resolves with `resolve_province`, every certification
with `resolve_certification`); every label a need lists is offered by someone other than the buyer;
every met need has a qualified supplier and every unmet one has none; the certifications that
`find_certifications` reads in a need's text are exactly the ones it requires, and a waived one is
named but not read as required; no need is worded as a copy of an offer that meets it; Thai phrases
are mostly Thai letters and English ones Latin only; and the size targets (95 profiles, about 55 %
Thai, 160-180 links, about half of them across languages, about 20 unmet needs, most needs met by 1-3
suppliers). It writes nothing if a check fails. Two runs give identical bytes.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_chem/write.py

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: 95 profiles, `bck-001` ... `bck-095`, in the contract's JSONL version 1 (no labels).
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def main() -> int:
    smes = PART_1 + PART_2 + PART_3 + PART_4
    errors = check(smes)
    links = true_links(smes)
    errors += size_errors(smes, links)
    table = counts_table(counts(smes, links))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(table, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    (HERE / "profiles.jsonl").write_text("".join(profile_json(s) + "\n" for s in smes), encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(links_csv(links), encoding="utf-8", newline="\n")
    (HERE / "README.md").write_text(README + table, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
