"""Write the hand-labelled evaluation set `eval/blind_plain_silkscreen/`.

95 plain registry entries of a screen-printing corner of the cluster (screens, squeegees, inks,
emulsion, heat presses, blank tees and totes, print shops, schools and event buyers) plus the
ordinary fibre, yarn, cloth, dyeing and sewing SMEs around them. Every offer carries a label that
says what the thing is; every need lists the labels that meet it (or is marked as met by no one).
The true links follow from the labels and certifications only. Labels never leave this file.

Run from the repository root:  .venv/bin/python eval/blind_plain_silkscreen/write.py
It checks the data first and writes nothing if a check fails.
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
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PREFIX = "bsq"
SIZE = 95

# ---------------------------------------------------------------- labels: what a thing is

LABELS: dict[str, str] = {
    # upstream: fibre, yarn, waste
    "raw_cotton_fibre": "seed cotton or ginned cotton lint, not yet spun",
    "handspun_cotton_yarn": "cotton yarn spun by hand (fai khen)",
    "cotton_yarn": "machine-spun cotton yarn (ring, combed, open-end)",
    "hemp_fibre": "hemp bast, stalk skin or decorticated hemp fibre, not yet spun",
    "hemp_yarn": "hemp yarn or hand-spliced hemp thread",
    "recycled_polyester_yarn": "polyester yarn made from recycled PET",
    "recycled_textile_fibre": "fibre opened back from textile waste (shoddy, recycled cotton fibre)",
    "cotton_cutting_waste": "pre-consumer cotton off-cuts and scraps from cutting tables",
    "polyester_cutting_waste": "pre-consumer polyester off-cuts and scraps from cutting tables",
    "used_clothing": "post-consumer second-hand garments",
    "reject_garments": "new but defective garments: misprints, B-grade, factory seconds",
    "pet_bottle_flake": "washed PET bottle flakes",
    "indigo_dye_paste": "natural indigo paste (kram piak, hom piak)",
    # midstream: cloth
    "greige_cotton_fabric": "unbleached, undyed woven cotton (calico, pha dip, sheeting)",
    "cotton_canvas_fabric": "heavy woven cotton canvas or duck",
    "cotton_jersey_fabric": "knitted cotton jersey, the cloth T-shirts are cut from",
    "polyester_sport_fabric": "virgin polyester sport knit (micro, dri-fit, mesh)",
    "recycled_polyester_fabric": "sport knit made of recycled polyester",
    "hemp_fabric": "woven hemp cloth",
    "handwoven_cotton_fabric": "hand-loomed cotton cloth, undyed or dyed with anything but indigo",
    "indigo_dyed_cotton_fabric": "handwoven cotton cloth dyed with indigo (mo hom, kram), sold as cloth",
    "batik_fabric": "wax-resist batik cloth",
    # midstream: services on the customer's own goods
    "indigo_dyeing_service": "dyeing the customer's yarn, cloth or garments with indigo",
    "fabric_dyeing_service": "commission dyeing of the customer's cloth or garments (reactive, garment dye)",
    "screen_printing_service": "screen printing on garments or bags the customer supplies",
    "cut_and_sew_service": "sewing for others (CMT) from the customer's cloth",
    "screen_stretching_service": "stretching new mesh on the customer's frames",
    "screen_stencil_making": "making a ready-to-print stencil screen from the customer's artwork",
    "screen_print_training_course": "courses that teach screen printing",
    # midstream: screen-printing supplies and machines
    "screen_mesh_fabric": "polyester screen-printing mesh sold by the metre or roll",
    "stretched_screen_frame": "new frames with mesh already stretched, blank",
    "squeegee": "squeegee with handle",
    "squeegee_rubber": "squeegee blade rubber sold by the metre",
    "plastisol_ink": "plastisol screen-printing ink",
    "water_based_textile_ink": "water-based textile screen ink (pigment, discharge, rubber base)",
    "photo_emulsion": "photo emulsion or sensitizer for making stencils",
    "heat_press_machine": "heat press machine",
    "ink_curing_dryer": "flash dryer or conveyor dryer for curing ink",
    "manual_printing_press": "manual screen-printing press or carousel",
    "heat_transfer_vinyl": "blank heat transfer vinyl (flex) for cutting",
    "printed_heat_transfer": "transfers printed to the customer's design (DTF, plastisol transfers)",
    # downstream: goods
    "blank_cotton_tshirt": "plain cotton T-shirts, not printed",
    "blank_polyester_tshirt": "plain polyester T-shirts, not printed",
    "blank_tote_bag": "plain cotton tote bags, not printed",
    "custom_printed_tshirt": "T-shirts printed to the buyer's design, shirts included",
    "custom_printed_tote_bag": "tote bags printed to the buyer's design, bags included",
    "custom_sport_jersey": "sport or running shirts made and printed to the buyer's design",
    "handwoven_cotton_bag": "bags made of handwoven cotton (yam bags)",
    "hemp_bag": "bags made of hemp cloth",
    "upcycled_patchwork_bag": "bags sewn from textile scraps",
    "indigo_dyed_garment": "ready-made indigo-dyed clothes (mo hom shirts)",
    "elderly_adaptive_clothing": "easy-wear clothes for the elderly (magnetic buttons, open back)",
    "washable_bed_underpad": "washable cloth underpads for bedridden people",
    # wanted by someone, offered by no one
    "cotton_seed": "cotton seed for planting",
    "cotton_ginning_service": "ginning seed cotton on contract",
    "hemp_seed": "hemp seed for planting",
    "overlock_machine": "overlock sewing machines",
    "screen_cleaning_chemical": "emulsion remover, degreaser, haze remover",
    "embroidery_service": "embroidering logos",
    "sublimation_printer": "sublimation printers",
    "reactive_dyestuff": "synthetic reactive dyes",
    "printed_yardage": "cloth printed by the metre",
    "exposure_unit": "UV exposure units for screens",
    "reflective_tape": "retro-reflective tape or trim",
    "woven_label": "woven neck labels",
    "dtg_printer": "direct-to-garment printers",
    "pressure_relief_cushion": "pressure-relief cushions",
    "indigo_seed": "indigo seed for planting",
    "sewing_thread": "sewing thread",
}

# ---------------------------------------------------------------- the data model


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one meets it; empty for a need that someone meets
    wants: str = ""  # for an unmet need: the label of what it is (offered by no one)


@dataclass(frozen=True)
class Sme:
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def need(text: str, *meets: str, req: str = "", waive: str = "") -> Need:
    return Need(text, meets, (req,) if req else (), (waive,) if waive else ())


def unmet(text: str, note: str, *meets: str, wants: str = "", req: str = "", waive: str = "") -> Need:
    return Need(text, meets, (req,) if req else (), (waive,) if waive else (), unmet=note, wants=wants)


def sme(
    head: tuple[str, str, str, str, str, str],
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    """`head` is (language, name, sub-cluster, stage, province, contact e-mail)."""
    return Sme(*head, offers, needs, certs, bcg)


HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGC = "ageing_lifestyle_central"
AGI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"
TH = "th"
EN = "en"

# ---------------------------------------------------------------- the SMEs, in id order

SMES: list[Sme] = [
    # ---- 001-024: fibre, yarn, waste, cloth, dyeing and sewing
    sme(
        (TH, "วิสาหกิจชุมชนปลูกฝ้ายบ้านนาดี", AGI, UP, "Loei", "fainadee.loei@gmail.com"),
        offers=(
            ("ปุยฝ้ายหีบแล้ว ขายกิโลละ 60 บาท", "raw_cotton_fibre"),
            ("ฝ้ายเข็นมือ สีขาวนวล ไจละ 100 กรัม", "handspun_cotton_yarn"),
        ),
        needs=(unmet("เมล็ดพันธุ์ฝ้ายพื้นเมือง ฝ้ายตุ่น", "seed for planting", wants="cotton_seed"),),
        bcg=("bio",),
    ),
    sme(
        (EN, "Lanna Organic Cotton Growers", HEMP, UP, "Chiang Mai", "hello@lannacotton.org"),
        offers=(
            ("organic seed cotton, about 2 t a season", "raw_cotton_fibre"),
            ("naturally brown cotton lint, ginned", "raw_cotton_fibre"),
        ),
        needs=(
            unmet("cotton ginning on contract near Chiang Mai?", "ginning service", wants="cotton_ginning_service"),
        ),
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
    ),
    sme(
        (TH, "สหกรณ์ผู้ปลูกกัญชงบ้านแม่สาใหม่", HEMP, UP, "Chiang Mai", "hemp.maesamai@gmail.com"),
        offers=(
            ("เปลือกกัญชงตากแห้ง มัดละ 5 กก.", "hemp_fibre"),
            ("เส้นใยกัญชงต่อมือ ม้วนเป็นไจ", "hemp_yarn"),
        ),
        needs=(unmet("เมล็ดกัญชงพันธุ์ให้เส้นใย ที่ขึ้นทะเบียนแล้ว", "seed for planting", wants="hemp_seed"),),
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        (EN, "Hmong Hemp Works", HEMP, MID, "Tak", "info@hmonghempworks.com"),
        offers=(("hand-loomed hemp cloth, natural grey, 40 cm wide", "hemp_fabric"),),
        needs=(
            need("hemp bast fibre for hand-spinning, about 50 kg a month", "hemp_fibre"),
            need("Who can dye our own hemp rolls with indigo?", "indigo_dyeing_service"),
        ),
        bcg=("bio",),
    ),
    sme(
        (TH, "บริษัท สยามคอตตอนสปินนิ่ง จำกัด", HEMP, UP, "Samut Sakhon", "sales@siamcottonspin.co.th"),
        offers=(
            ("ด้ายคอตตอน 100% เบอร์ 20/1 หวี ลูกละ 1.8 กก.", "cotton_yarn"),
            ("ด้ายโอเพนเอนด์ เบอร์ 10 สำหรับทอผ้าหนา", "cotton_yarn"),
        ),
        needs=(need("ฝ้ายดิบ ปุยฝ้าย ล็อตละหลายตัน", "raw_cotton_fibre"),),
        certs=("ISO 9001",),
    ),
    sme(
        (EN, "Chiang Rai Organic Spinners", HEMP, UP, "Chiang Rai", "yarn@crspinners.com"),
        offers=(("GOTS organic combed yarn Ne 30/1 on cones", "cotton_yarn"),),
        needs=(need("raw cotton, must be Organic Thailand certified", "raw_cotton_fibre", req="Organic Thailand"),),
        certs=("GOTS", "OCS"),
        bcg=("bio",),
    ),
    sme(
        (TH, "ร้านใยรีไซเคิลอ้อมน้อย", CIRC, UP, "Samut Sakhon", "omnoi.fiber@hotmail.com"),
        offers=(("ใยฝ้ายรีไซเคิลจากเศษผ้า สีคละ กระสอบละ 25 กก.", "recycled_textile_fibre"),),
        needs=(need("เศษผ้าคอตตอนจากโรงตัดเย็บ ที่ตัดแล้วเหลือ", "cotton_cutting_waste"),),
        bcg=("circular",),
    ),
    sme(
        (EN, "Green Loop Polyester Co., Ltd.", CIRC, UP, "Rayong", "sales@greenloop-poly.com"),
        offers=(("rPET filament yarn 75D/72F", "recycled_polyester_yarn"),),
        needs=(need("washed clear PET flake, 10 t lots", "pet_bottle_flake"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        (TH, "ร้านรับซื้อของเก่าเจ๊หงษ์", CIRC, UP, "Chonburi", "jehong.recycle@gmail.com"),
        offers=(("เกล็ดขวดเพ็ทใส ล้างแล้ว ขายเป็นตัน", "pet_bottle_flake"),),
        bcg=("circular",),
    ),
    sme(
        (EN, "Second Round Textiles", CIRC, UP, "Bangkok", "sort@secondround.co"),
        offers=(("sorted used clothing, cotton-rich, 45 kg bales", "used_clothing"),),
        needs=(need("misprinted or B-grade new tees, any colour", "reject_garments"),),
        bcg=("circular",),
    ),
    sme(
        (TH, "วิสาหกิจชุมชนผ้าย้อมครามบ้านดอนกอย", AGI, MID, "Sakon Nakhon", "donkoi.indigo@gmail.com"),
        offers=(
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ หน้ากว้าง 1 เมตร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า คิดตามน้ำหนัก", "indigo_dyeing_service"),
        ),
        needs=(need("ฝ้ายเส้นทำมือ สีขาว ปีละ 300 กิโล", "handspun_cotton_yarn"),),
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        (TH, "กลุ่มทำห้อมเปียกบ้านทุ่งโฮ้ง", HEMP, UP, "Phrae", "hom.tunghong@gmail.com"),
        offers=(("ห้อมเปียกหมักเอง ถุงละ 1 กก.", "indigo_dye_paste"),),
        bcg=("bio",),
    ),
    sme(
        (EN, "Sakon Indigo Paste", AGI, UP, "Sakon Nakhon", "kram@sakonindigo.com"),
        offers=(("fermented indigo paste (kram piak), 5 kg buckets", "indigo_dye_paste"),),
        bcg=("bio",),
    ),
    sme(
        (EN, "Mor Hom House Phrae", HEMP, DOWN, "Phrae", "shop@morhomhouse.com"),
        offers=(("loose-cut mor hom shirts, M to 3XL", "indigo_dyed_garment"),),
        needs=(
            need("natural indigo paste, hom or kram", "indigo_dye_paste"),
            need("unbleached cotton sheeting, 100 m rolls", "greige_cotton_fabric"),
        ),
    ),
    sme(
        (TH, "โรงทอผ้าดิบบางพลี", CIRC, MID, "Samut Prakan", "bangplee.weaving@gmail.com"),
        offers=(
            ("ผ้าดิบทอเครื่อง หน้า 36 นิ้ว ยังไม่ฟอก", "greige_cotton_fabric"),
            ("ผ้าแคนวาสดิบ 10 ออนซ์ ขายยกพับ", "cotton_canvas_fabric"),
        ),
        needs=(need("ด้ายฝ้ายสำหรับทอผ้าดิบ ซื้อส่ง", "cotton_yarn"),),
    ),
    sme(
        (EN, "Bangkok Knit Fabric Co.", SPORT, MID, "Bangkok", "order@bkknit.com"),
        offers=(
            ("cotton jersey 32s, 160 gsm, 40 colours", "cotton_jersey_fabric"),
            ("dri-fit micro-mesh polyester knit", "polyester_sport_fabric"),
        ),
        needs=(need("Ne 32/1 cotton yarn for jersey knitting, no GOTS needed", "cotton_yarn", waive="GOTS"),),
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        (TH, "โรงถักผ้าบางบอนเท็กซ์", SPORT, MID, "Bangkok", "bangbontex@gmail.com"),
        offers=(
            ("ผ้ายืดคอตตอน 100% เบอร์ 32 ขายเป็นกิโล", "cotton_jersey_fabric"),
            ("ผ้าไมโครกีฬา สีสด หน้ากว้าง 72 นิ้ว", "polyester_sport_fabric"),
        ),
        needs=(need("ด้ายโพลีเอสเตอร์รีไซเคิล ต้องมีใบ GRS", "recycled_polyester_yarn", req="GRS"),),
    ),
    sme(
        (EN, "EcoKnit Paet Riu", CIRC, MID, "Chachoengsao", "eco@ecoknit.co.th"),
        offers=(("recycled polyester sports knit, 140 gsm", "recycled_polyester_fabric"),),
        needs=(need("rPET yarn 150D, GRS not required", "recycled_polyester_yarn", waive="GRS"),),
        bcg=("circular",),
    ),
    sme(
        (TH, "โรงปั่นด้ายรีไซเคิลนครชัยศรี", CIRC, UP, "Nakhon Pathom", "ncs.recycleyarn@gmail.com"),
        offers=(("ด้ายโพลีเอสเตอร์รีไซเคิลจากขวดน้ำ 150D", "recycled_polyester_yarn"),),
        needs=(need("เศษผ้าโพลีเอสเตอร์ เหลือจากโรงงานชุดกีฬา", "polyester_cutting_waste"),),
        bcg=("circular",),
    ),
    sme(
        (TH, "กลุ่มทอผ้าฝ้ายบ้านหนองเหล่า", AGI, MID, "Khon Kaen", "nonglao.weave@gmail.com"),
        offers=(
            ("ผ้าฝ้ายทอมือ ลายขิด สีพื้น", "handwoven_cotton_fabric"),
            ("ผ้ามัดหมี่ฝ้ายย้อมคราม", "indigo_dyed_cotton_fabric"),
        ),
        needs=(need("ฝ้ายเข็น ฝ้ายปั่นมือ เส้นสม่ำเสมอ", "handspun_cotton_yarn"),),
        certs=("OTOP",),
    ),
    sme(
        (EN, "Mae Chaem Weavers Collective", HEMP, MID, "Chiang Mai", "weave@maechaem.org"),
        offers=(("handwoven cotton in natural dyes, 2 m lengths", "handwoven_cotton_fabric"),),
        needs=(
            need(
                "handspun cotton, white and brown; Organic Thailand if possible",
                "handspun_cotton_yarn",
                waive="Organic Thailand",
            ),
        ),
        bcg=("bio",),
    ),
    sme(
        (TH, "โรงย้อมราชบุรีเท็กซ์ไทล์", CIRC, MID, "Ratchaburi", "ratchaburi.dye@gmail.com"),
        offers=(
            ("รับย้อมผ้าพับ ผ้ายืด สีรีแอคทีฟ", "fabric_dyeing_service"),
            ("รับย้อมเสื้อสำเร็จรูป ขั้นต่ำ 200 ตัว", "fabric_dyeing_service"),
        ),
    ),
    sme(
        (EN, "Ayutthaya Dye House", AGC, MID, "Phra Nakhon Si Ayutthaya", "dye@ayudye.com"),
        offers=(("commission dyeing of knit fabric, 300 kg lots", "fabric_dyeing_service"),),
        needs=(unmet("low-impact reactive dyes, bulk", "dyestuff", wants="reactive_dyestuff"),),
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        (TH, "ห้องเสื้อป้าศรีรับเย็บ", AGC, MID, "Nonthaburi", "pasri.sewing@gmail.com"),
        offers=(
            ("รับเย็บเสื้อยืด ลูกค้าส่งผ้ามา ค่าแรงตัวละ 25 บาท", "cut_and_sew_service"),
            ("รับตัดเย็บถุงผ้าตามแบบ", "cut_and_sew_service"),
        ),
        needs=(unmet("จักรโพ้ง 4 เส้น มือสอง สภาพดี", "sewing machines", wants="overlock_machine"),),
    ),
    # ---- 025-050: sewing, screen-printing supplies, blanks, print shops, first buyers
    sme(
        (EN, "Korat CMT Sewing", AGI, MID, "Nakhon Ratchasima", "cmt@koratsewing.com"),
        offers=(("cut-make-trim for tees and polos, your fabric", "cut_and_sew_service"),),
        needs=(unmet("woven neck labels with our brand", "labels", wants="woven_label"),),
    ),
    sme(
        (TH, "วิสาหกิจชุมชนเย็บผ้าบ้านเชียง", AGI, MID, "Udon Thani", "banchiang.sew@gmail.com"),
        offers=(
            ("รับจ้างเย็บกระเป๋า ย่าม จากผ้าของลูกค้า", "cut_and_sew_service"),
            ("ย่ามผ้าฝ้ายทอมือ ย้อมคราม", "handwoven_cotton_bag"),
        ),
        needs=(need("ผ้าทอมือเนื้อฝ้าย เป็นม้วนยาว สำหรับตัดกระเป๋า", "handwoven_cotton_fabric", "indigo_dyed_cotton_fabric"),),
        certs=("OTOP",),
    ),
    sme(
        (TH, "ร้านอุปกรณ์สกรีนสะพานเหล็ก", SPORT, MID, "Bangkok", "saphanlek.screen@gmail.com"),
        offers=(
            ("บล็อกสกรีนเฟรมอลูมิเนียม ขึงผ้าพร้อมใช้ 20x24 นิ้ว", "stretched_screen_frame"),
            ("ผ้าสกรีนเบอร์ 43T ถึง 120T ตัดขายเป็นเมตร", "screen_mesh_fabric"),
            ("ยางปาดด้ามไม้ ยาว 12 นิ้ว", "squeegee"),
        ),
        needs=(need("หมึกพลาสติซอลขาว ยกถัง 20 กิโล", "plastisol_ink"),),
    ),
    sme(
        (EN, "Silkscreen Supply Hat Yai", SPORT, MID, "Songkhla", "hatyai@silkscreensupply.com"),
        offers=(
            ("pre-stretched aluminium frames, 110 mesh", "stretched_screen_frame"),
            ("diazo photo emulsion, 1 kg", "photo_emulsion"),
            ("Wilflex-type plastisol inks, 5 kg tubs", "plastisol_ink"),
        ),
        needs=(need("polyurethane squeegee blade 70 duro, by the metre", "squeegee_rubber"),),
    ),
    sme(
        (TH, "ร้านสีสกรีนช้างเผือก", HEMP, MID, "Chiang Mai", "changpuak.ink@gmail.com"),
        offers=(
            ("สีจมสูตรน้ำ สำหรับผ้าฝ้าย กก.ละ 180 บาท", "water_based_textile_ink"),
            ("สียางสูตรน้ำ พิมพ์บนผ้าสีเข้ม", "water_based_textile_ink"),
            ("กาวอัดบล็อก ไดอะโซ", "photo_emulsion"),
        ),
        certs=("Thai Green Label",),
        bcg=("green",),
    ),
    sme(
        (EN, "Inkworks Thailand", CIRC, MID, "Chachoengsao", "sales@inkworks.co.th"),
        offers=(
            ("phthalate-free plastisol, 1 gal pails", "plastisol_ink"),
            ("water-based pigment and discharge inks", "water_based_textile_ink"),
        ),
        certs=("ISO 9001",),
    ),
    sme(
        (TH, "ช่างแดงขึงบล็อก", SPORT, MID, "Phetchaburi", "changdaeng.block@gmail.com"),
        offers=(
            ("รับขึงบล็อกสกรีน เฟรมของลูกค้า เปลี่ยนผ้าใหม่", "screen_stretching_service"),
            ("รับอัดบล็อกตามไฟล์ลาย ส่งไฟล์ทางไลน์", "screen_stencil_making"),
        ),
        needs=(
            need("ผ้าโพลีเอสเตอร์สำหรับขึงบล็อก 77T ยกม้วน", "screen_mesh_fabric"),
            need("น้ำยาไวแสง อิมัลชั่น", "photo_emulsion"),
        ),
    ),
    sme(
        (EN, "Screen Room Khon Kaen", AGI, MID, "Khon Kaen", "hello@screenroomkk.com"),
        offers=(
            ("re-meshing your old frames, any size", "screen_stretching_service"),
            ("stencil exposure from your artwork, next day", "screen_stencil_making"),
        ),
        needs=(
            need("polyester bolting cloth for screens, 1.27 m rolls", "screen_mesh_fabric"),
            unmet("emulsion remover and degreaser", "screen chemicals", wants="screen_cleaning_chemical"),
        ),
    ),
    sme(
        (TH, "หจก. ฮีทเพรสไทย", SPORT, MID, "Samut Prakan", "heatpressthai@gmail.com"),
        offers=(
            ("เครื่องรีดร้อน 38x38 ซม. แบบกดมือ", "heat_press_machine"),
            ("เครื่องอบสีแฟลช ไฟ 220 โวลต์", "ink_curing_dryer"),
        ),
        certs=("Thai Industrial Standard",),
    ),
    sme(
        (EN, "PressPro Trading", SPORT, MID, "Bangkok", "sales@presspro.asia"),
        offers=(
            ("15x15 in clamshell heat press, 1-year warranty", "heat_press_machine"),
            ("conveyor tunnel dryer for curing plastisol", "ink_curing_dryer"),
            ("4-colour 4-station manual carousel", "manual_printing_press"),
        ),
    ),
    sme(
        (TH, "ร้านเฟล็กตัดเชียงราย", HEMP, MID, "Chiang Rai", "flex.chiangrai@gmail.com"),
        offers=(
            ("เฟล็ก PU ตัดรีดเสื้อ ม้วนหน้า 50 ซม.", "heat_transfer_vinyl"),
            ("รับพิมพ์ฟิล์ม DTF ตามลาย พร้อมรีด", "printed_heat_transfer"),
        ),
        needs=(need("เครื่องฮีทเพรสแบบฝาหนีบ ต้องมี มอก.", "heat_press_machine", req="Thai Industrial Standard"),),
    ),
    sme(
        (EN, "DTF Hub Phuket", SPORT, MID, "Phuket", "print@dtfhub.co"),
        offers=(("custom DTF transfers, 60 cm gang sheets", "printed_heat_transfer"),),
        needs=(need("plain cotton tees, no print, S-XXL, 500 pcs", "blank_cotton_tshirt"),),
    ),
    sme(
        (TH, "โรงงานเสื้อยืดเปล่าประตูน้ำ", AGC, DOWN, "Bangkok", "pratunam.blank@gmail.com"),
        offers=(("เสื้อยืดคอกลมสีพื้น ยังไม่สกรีน คอตตอน 100%", "blank_cotton_tshirt"),),
        needs=(
            need("ผ้าเจอร์ซีย์ฝ้าย สำหรับตัดเสื้อยืด", "cotton_jersey_fabric"),
            need("หาช่างรับเย็บเหมา ผ้าเราส่งให้", "cut_and_sew_service"),
        ),
    ),
    sme(
        (EN, "Blank Apparel Siam", SPORT, DOWN, "Samut Sakhon", "b2b@blankapparel.co.th"),
        offers=(
            ("Gildan-style blank crew-neck tees, 180 gsm", "blank_cotton_tshirt"),
            ("blank polyester sport tees for sublimation", "blank_polyester_tshirt"),
        ),
        needs=(
            need("white polyester knit for sport tees, 100 kg", "polyester_sport_fabric", "recycled_polyester_fabric"),
        ),
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        (TH, "ร้านถุงผ้าดิบรังสิต", CIRC, DOWN, "Pathum Thani", "rangsit.bag@gmail.com"),
        offers=(
            ("ถุงผ้าดิบเปล่า หูหิ้ว 12x14 นิ้ว", "blank_tote_bag"),
            ("กระเป๋าผ้าแคนวาสเปล่า ยังไม่พิมพ์", "blank_tote_bag"),
        ),
        needs=(need("ผ้าใบฝ้ายหนา 12 ออนซ์ สำหรับทำกระเป๋า", "cotton_canvas_fabric"),),
    ),
    sme(
        (EN, "ToteCraft Lampang", CIRC, DOWN, "Lampang", "hi@totecraft.co"),
        offers=(("plain calico tote bags, bulk", "blank_tote_bag"),),
        needs=(need("heavy cotton duck cloth", "cotton_canvas_fabric"),),
    ),
    sme(
        (TH, "ร้านแบงค์สกรีนโคราช", SPORT, MID, "Nakhon Ratchasima", "bankscreen.korat@gmail.com"),
        offers=(
            ("รับสกรีนเสื้อ ลูกค้านำเสื้อมาเอง ขั้นต่ำ 30 ตัว", "screen_printing_service"),
            ("เสื้อสกรีนตามสั่ง รวมตัวเสื้อ ตัวละ 150 บาท", "custom_printed_tshirt"),
        ),
        needs=(need("สีรองพื้นขาว ชนิดพลาสติซอล สำหรับเสื้อดำ", "plastisol_ink"),),
    ),
    sme(
        (EN, "Print Lab Chiang Mai", HEMP, MID, "Chiang Mai", "studio@printlabcm.com"),
        offers=(
            ("screen printing on your garments, water-based only", "screen_printing_service"),
            ("tote bags printed to order, bag included", "custom_printed_tote_bag"),
        ),
        needs=(
            need("water-based ink, no plastisol please", "water_based_textile_ink"),
            need("hemp or cotton tote blanks", "blank_tote_bag"),
        ),
        bcg=("green",),
    ),
    sme(
        (TH, "ร้านหาดใหญ่ดีไซน์สกรีน", SPORT, MID, "Songkhla", "hatyaidesign@gmail.com"),
        offers=(("เสื้อทีม เสื้อรุ่น สกรีนพร้อมตัวเสื้อ", "custom_printed_tshirt"),),
        needs=(
            need("บล็อกสกรีนพร้อมลาย ส่งไฟล์ให้ทำ", "screen_stencil_making"),
            need("อุปกรณ์ปาดสีพร้อมมือจับ ยาว 14 นิ้ว", "squeegee"),
        ),
    ),
    sme(
        (EN, "Merch Makers Bangkok", AGC, DOWN, "Bangkok", "team@merchmakers.co"),
        offers=(
            ("event merch: printed tees with your logo", "custom_printed_tshirt"),
            ("printed canvas totes, MOQ 100", "custom_printed_tote_bag"),
        ),
        needs=(need("contract printer for 2,000 shirts we supply", "screen_printing_service"),),
    ),
    sme(
        (TH, "โรงเรียนบ้านหนองแวงวิทยา", AGI, DOWN, "Roi Et", "nongwaeng.school@gmail.com"),
        needs=(
            need("เสื้อยืดงานวันเด็ก สกรีนชื่อโรงเรียน 400 ตัว", "custom_printed_tshirt"),
            need("ถุงผ้าพิมพ์โลโก้ แจกผู้ปกครอง", "custom_printed_tote_bag"),
        ),
    ),
    sme(
        (EN, "Khon Kaen Fun Run Club", SPORT, DOWN, "Khon Kaen", "race@kkfunrun.org"),
        needs=(
            need("quick-dry finisher shirts with race logo", "custom_sport_jersey"),
            need("goodie bags with sponsor print", "custom_printed_tote_bag"),
        ),
    ),
    sme(
        (TH, "วิทยาลัยการอาชีพปราสาท", AGI, DOWN, "Surin", "info@prasatvc.ac.th"),
        needs=(
            need("อยากได้วิทยากรสอนสกรีนเสื้อ ให้นักศึกษา 40 คน", "screen_print_training_course"),
            need("แท่นสกรีนหมุน 4 สี 4 แท่น", "manual_printing_press"),
        ),
    ),
    sme(
        (EN, "Andaman Beach Events", SPORT, DOWN, "Phuket", "ops@andamanevents.com"),
        needs=(need("staff tees printed, 150 pcs, 5 days", "custom_printed_tshirt"),),
    ),
    sme(
        (TH, "ชมรมผู้สูงอายุเขตบางแค", AGC, DOWN, "Bangkok", "bangkhae.elderly@gmail.com"),
        needs=(need("เสื้อชมรม สกรีนโลโก้ 200 ตัว ไซซ์ใหญ่พิเศษ", "custom_printed_tshirt"),),
    ),
    sme(
        (EN, "Silver Living Care Home", AGC, DOWN, "Nonthaburi", "admin@silverliving.co.th"),
        needs=(
            unmet("staff polos with embroidered logo", "embroidery", wants="embroidery_service"),
            need("washable bed underpads, cotton top", "washable_bed_underpad"),
            need("adaptive shirts with magnetic buttons for residents", "elderly_adaptive_clothing"),
        ),
    ),
    # ---- 051-075: ageing lifestyle, hemp, waste, sportswear, more print shops and buyers
    sme(
        (TH, "บริษัท สบายใจแฟชั่นผู้สูงวัย จำกัด", AGC, DOWN, "Bangkok", "sabaijai.fashion@gmail.com"),
        offers=(("เสื้อผู้สูงอายุ กระดุมแม่เหล็ก ใส่ง่ายถอดง่าย", "elderly_adaptive_clothing"),),
        needs=(
            need("ผ้าฝ้ายถักเนื้อนุ่ม ใส่สบาย", "cotton_jersey_fabric"),
            need("ช่างเย็บรับงานตามแบบ ผ้าเราจัดให้", "cut_and_sew_service"),
        ),
    ),
    sme(
        (EN, "Isan Care Textiles", AGI, DOWN, "Khon Kaen", "care@isantextiles.com"),
        offers=(
            ("washable cotton underpads for bedridden patients", "washable_bed_underpad"),
            ("open-back adaptive gowns for seniors", "elderly_adaptive_clothing"),
        ),
        needs=(need("pha dip grey cloth for underpad tops", "greige_cotton_fabric"),),
    ),
    sme(
        (TH, "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ", AGI, DOWN, "Ubon Ratchathani", "baansukjai.care@gmail.com"),
        needs=(
            need("แผ่นรองกันเปื้อนแบบผ้า ซักได้ สำหรับผู้ป่วยติดเตียง", "washable_bed_underpad"),
            unmet("เบาะรองนั่งลดแผลกดทับ", "cushions", wants="pressure_relief_cushion"),
        ),
    ),
    sme(
        (EN, "Hemp & Co. Lifestyle Store", HEMP, DOWN, "Bangkok", "buy@hempandco.shop"),
        needs=(
            need("hemp cloth by the roll, natural colour", "hemp_fabric"),
            need(
                "yam shoulder bags or hemp bags for the shop, OTOP a plus",
                "handwoven_cotton_bag",
                "hemp_bag",
                waive="OTOP",
            ),
        ),
        bcg=("bio", "green"),
    ),
    sme(
        (TH, "กลุ่มทอผ้ากัญชงแม่สอด", HEMP, MID, "Tak", "maesot.hemp@gmail.com"),
        offers=(
            ("ผ้าใยกัญชงทอมือ หน้าแคบ สีธรรมชาติ", "hemp_fabric"),
            ("กระเป๋าผ้ากัญชงเขียนเทียน ลายม้ง", "hemp_bag"),
        ),
        needs=(need("ด้ายกัญชง ไจละครึ่งกิโล", "hemp_yarn"),),
        bcg=("bio",),
    ),
    sme(
        (EN, "Nan Hemp Fibre Farm", HEMP, UP, "Nan", "farm@nanhemp.com"),
        offers=(
            ("decorticated hemp fibre, 25 kg bales", "hemp_fibre"),
            ("machine-spun hemp yarn Nm 10", "hemp_yarn"),
        ),
        bcg=("bio",),
    ),
    sme(
        (TH, "ร้านกระเป๋ากัญชงนิมมาน", HEMP, DOWN, "Chiang Mai", "nimman.hempbag@gmail.com"),
        offers=(("กระเป๋าใยกัญชงทำมือ ปักลายม้ง", "hemp_bag"),),
        needs=(
            need("หาร้านสกรีนโลโก้ลงกระเป๋าของเรา ใบละไม่เกิน 20 บาท", "screen_printing_service"),
            unmet(
                "ผ้ากัญชงที่ได้มาตรฐานเกษตรอินทรีย์",
                "no hemp weaver holds Organic Thailand",
                "hemp_fabric",
                req="Organic Thailand",
            ),
        ),
    ),
    sme(
        (EN, "Upcycle Tee Studio", CIRC, DOWN, "Bangkok", "studio@upcycletee.com"),
        offers=(("patchwork pouches and bags from factory off-cuts", "upcycled_patchwork_bag"),),
        needs=(
            need("scraps from T-shirt cutting rooms, any colour", "cotton_cutting_waste"),
            need("misprinted tees by the kilo", "reject_garments"),
        ),
        bcg=("circular",),
    ),
    sme(
        (TH, "โรงงานตัดเย็บเสื้อยืดบางซื่อ", CIRC, MID, "Bangkok", "bangsue.garment@gmail.com"),
        offers=(
            ("เศษผ้ายืดคอตตอนจากโต๊ะตัด ขายเป็นกระสอบ", "cotton_cutting_waste"),
            ("เสื้อตำหนิ สกรีนเพี้ยน ขายเหมาเป็นกิโล", "reject_garments"),
        ),
        needs=(need("ผ้าคอตตอนถักสีพื้น ยกม้วน", "cotton_jersey_fabric"),),
    ),
    sme(
        (EN, "Pak Nam Rag Traders", CIRC, UP, "Samut Prakan", "rags@paknamtraders.com"),
        offers=(
            ("second-hand garments, unsorted, by the tonne", "used_clothing"),
            ("cotton off-cuts sorted by colour", "cotton_cutting_waste"),
        ),
        bcg=("circular",),
    ),
    sme(
        (TH, "ร้านเสื้อผ้ามือสองกาดหลวง", CIRC, DOWN, "Chiang Mai", "kadluang.secondhand@gmail.com"),
        needs=(need("เสื้อผ้ามือสองยกกระสอบ เอามาขายต่อในร้าน", "used_clothing"),),
        bcg=("circular",),
    ),
    sme(
        (EN, "Bangkok City Marathon", SPORT, DOWN, "Bangkok", "merch@bkkcitymarathon.org"),
        needs=(
            need("sublimated running singlets, 5,000 pcs", "custom_sport_jersey"),
            need("race shirts of recycled polyester, GRS certified", "custom_sport_jersey", req="GRS"),
        ),
    ),
    sme(
        (TH, "บริษัท ชลสปอร์ตแวร์ จำกัด", SPORT, DOWN, "Chonburi", "chonsportwear@gmail.com"),
        offers=(
            ("เสื้อกีฬาพิมพ์ลายทั้งตัว ตามแบบทีม", "custom_sport_jersey"),
            ("เศษผ้าไมโครจากโต๊ะตัด ขายยกกระสอบ", "polyester_cutting_waste"),
        ),
        needs=(
            need("ผ้าโพลีเอสเตอร์สีขาว สำหรับพิมพ์ซับลิเมชั่น", "polyester_sport_fabric", "recycled_polyester_fabric"),
            unmet("เครื่องพิมพ์ซับลิเมชั่นหน้ากว้าง มือสอง", "printers", wants="sublimation_printer"),
        ),
    ),
    sme(
        (EN, "RunGreen Sportswear", SPORT, DOWN, "Surat Thani", "hello@rungreen.co.th"),
        offers=(("race shirts in recycled polyester, sublimated", "custom_sport_jersey"),),
        needs=(need("rPET knit fabric for running shirts", "recycled_polyester_fabric"),),
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        (TH, "ร้านรังสิตสกรีนช็อป", SPORT, MID, "Pathum Thani", "rangsitscreen@gmail.com"),
        offers=(
            ("รับสกรีนงานลูกค้า ทั้งเสื้อ ถุงผ้า หมวก", "screen_printing_service"),
            ("ถุงผ้าสกรีนพร้อมถุง ขั้นต่ำ 50 ใบ", "custom_printed_tote_bag"),
        ),
        needs=(
            need("ยางสกรีนแบบม้วน ตัดเป็นเมตร", "squeegee_rubber"),
            need("เครื่องอบให้สีแห้งหลังสกรีน", "ink_curing_dryer"),
            need("กระเป๋าผ้าเปล่า ไม่มีลาย เราสกรีนเอง", "blank_tote_bag"),
        ),
    ),
    sme(
        (EN, "Riverside International School", AGC, DOWN, "Bangkok", "procurement@riverside.ac.th"),
        needs=(
            need(
                "plain kids' tees, OEKO-TEX certified, we print them",
                "blank_cotton_tshirt",
                req="OEKO-TEX Standard 100",
            ),
        ),
    ),
    sme(
        (TH, "สโมสรนักศึกษาวิทยาลัยเทคนิคกาญจนบุรี", AGC, DOWN, "Kanchanaburi", "smo.kantech@gmail.com"),
        needs=(need("เสื้อรุ่น 800 ตัว สกรีนหน้าหลัง", "custom_printed_tshirt"),),
    ),
    sme(
        (EN, "Udon Provincial Sports Festival", AGI, DOWN, "Udon Thani", "games@udonsports.org"),
        needs=(
            need("team jerseys with full print, 24 teams", "custom_sport_jersey"),
            unmet("reflective tape for volunteer vests", "trims", wants="reflective_tape"),
        ),
    ),
    sme(
        (TH, "ร้านหมึกสกรีนบางลำพู", SPORT, MID, "Bangkok", "banglamphu.ink@gmail.com"),
        offers=(
            ("สีพลาสติซอลนำเข้า ถังละ 5 กก.", "plastisol_ink"),
            ("ผ้าสกรีน Sefar ตัดเป็นเมตร", "screen_mesh_fabric"),
            ("ยางปาดเปล่า โพลียูรีเทน ตัดแบ่งขาย", "squeegee_rubber"),
        ),
    ),
    sme(
        (EN, "ScreenAcademy Bangkok", AGC, MID, "Bangkok", "learn@screenacademy.co"),
        offers=(
            ("2-day screen printing course, max 10 people", "screen_print_training_course"),
            ("on-site print workshops for schools and colleges", "screen_print_training_course"),
        ),
        needs=(need("a manual rotary press for our classroom", "manual_printing_press"),),
    ),
    sme(
        (TH, "ร้านกาฬสินธุ์สกรีน", AGI, MID, "Kalasin", "kalasin.screen@gmail.com"),
        offers=(("รับสกรีนลงเสื้อของลูกค้า งานด่วน 3 วัน", "screen_printing_service"),),
        needs=(need("บล็อกเปล่า ยังไม่อัดลาย เฟรมไม้ก็ได้", "stretched_screen_frame"),),
    ),
    sme(
        (EN, "Pak Nam Pho Cotton Ginnery", HEMP, UP, "Nakhon Sawan", "gin@paknampho-cotton.com"),
        offers=(("ginned cotton lint, 50 kg bales", "raw_cotton_fibre"),),
    ),
    sme(
        (TH, "กลุ่มฝ้ายเข็นมือบ้านดอยเต่า", HEMP, UP, "Lamphun", "fai.doitao@gmail.com"),
        offers=(
            ("ฝ้ายปั่นมือ เข็นด้วยหลา ขายเป็นไจ", "handspun_cotton_yarn"),
            ("ฝ้ายตุ่นเข็นมือ สีน้ำตาลธรรมชาติ", "handspun_cotton_yarn"),
        ),
        needs=(need("ฝ้ายจากไร่ ไว้เข็นเอง กิโลละไม่เกิน 70", "raw_cotton_fibre"),),
        bcg=("bio",),
    ),
    sme(
        (TH, "กลุ่มผ้าบาติกอ่าวนาง", AGC, MID, "Krabi", "aonang.batik@gmail.com"),
        offers=(
            ("ผ้าปาเต๊ะเขียนเทียนมือ ผืนละ 2 เมตร", "batik_fabric"),
            ("ผ้าบาติกลายทะเล ขายเป็นหลา", "batik_fabric"),
        ),
        needs=(need("ผ้าดิบเนื้อบาง สำหรับเขียนเทียน", "greige_cotton_fabric"),),
    ),
    sme(
        (EN, "Kata Resort Boutique", AGC, DOWN, "Phuket", "boutique@kataresort.com"),
        needs=(need("hand-drawn wax-resist cloth for spa wraps", "batik_fabric"),),
    ),
    # ---- 076-095: more waste, dyeing, souvenir shops, sport buyers, care
    sme(
        (TH, "วิสาหกิจชุมชนผ้าต่อชิ้นบางบัวทอง", CIRC, MID, "Nonthaburi", "bangbuathong.patchwork@gmail.com"),
        offers=(("กระเป๋าผ้าต่อชิ้น เย็บจากเศษผ้าโรงงาน", "upcycled_patchwork_bag"),),
        needs=(unmet("ด้ายเย็บผ้าโพลีเอสเตอร์ หลอดใหญ่", "thread", wants="sewing_thread"),),
        bcg=("circular",),
    ),
    sme(
        (EN, "Kram Sakon Studio", AGI, MID, "Sakon Nakhon", "studio@kramsakon.com"),
        offers=(("indigo vat dyeing on your cloth or garments", "indigo_dyeing_service"),),
        needs=(
            unmet(
                "Fairtrade certified handwoven cotton",
                "no weaver holds Fairtrade",
                "handwoven_cotton_fabric",
                req="Fairtrade",
            ),
        ),
        bcg=("bio",),
    ),
    sme(
        (TH, "ร้านเสื้อผ้าฝ้ายกรุงเก่า", AGC, DOWN, "Phra Nakhon Si Ayutthaya", "krungkao.cotton@gmail.com"),
        offers=(("เสื้อฝ้ายย้อมคราม ทรงหลวม ใส่สบาย", "indigo_dyed_garment"),),
        needs=(need("หาที่ย้อมเสื้อฝ้ายของร้าน ครามแท้เท่านั้น ไม่เอาสีเคมี", "indigo_dyeing_service"),),
    ),
    sme(
        (EN, "Ratchaburi Print and Press", SPORT, MID, "Ratchaburi", "hello@rbprintpress.com"),
        offers=(("cut vinyl for names and numbers, 20 colours", "heat_transfer_vinyl"),),
        needs=(need("white poly tees without print, 1,000 pcs", "blank_polyester_tshirt"),),
    ),
    sme(
        (TH, "ฝ่ายกิจการนักศึกษา วิทยาลัยพยาบาลขอนแก่น", AGI, DOWN, "Khon Kaen", "student.nkk@gmail.com"),
        needs=(need("กระเป๋าผ้าสกรีนโลโก้วิทยาลัย 1,000 ใบ", "custom_printed_tote_bag"),),
    ),
    sme(
        (EN, "Thai Bio Expo Organisers", AGC, DOWN, "Pathum Thani", "expo@thaibioexpo.org"),
        needs=(
            need("bags made from textile waste, as VIP gifts", "upcycled_patchwork_bag"),
            unmet("cotton cloth printed by the metre for booth backdrops", "printed yardage", wants="printed_yardage"),
        ),
        bcg=("bio", "circular", "green"),
    ),
    sme(
        (TH, "สมาคมกีฬาจังหวัดตรัง", SPORT, DOWN, "Trang", "trangsport.assoc@gmail.com"),
        needs=(need("เสื้อวิ่งงานการกุศล พิมพ์ลายเต็มตัว 2,000 ตัว", "custom_sport_jersey"),),
    ),
    sme(
        (EN, "Eastern Reclaim Fibres", CIRC, UP, "Chonburi", "reclaim@easternfibres.com"),
        offers=(("opened cotton fibre from pre-consumer waste", "recycled_textile_fibre"),),
        needs=(need("cotton cutting scraps from garment factories, 5 t a month", "cotton_cutting_waste"),),
        bcg=("circular",),
    ),
    sme(
        (TH, "โรงปั่นด้ายรีไซเคิลกระทุ่มแบน", CIRC, UP, "Samut Sakhon", "krathumbaen.yarn@gmail.com"),
        offers=(("ด้ายฝ้ายรีไซเคิล โอเพนเอนด์ เบอร์ 8", "cotton_yarn"),),
        needs=(need("ใยฝ้ายที่ตีจากเศษผ้า สีเทา ซื้อเป็นตัน", "recycled_textile_fibre"),),
        bcg=("circular",),
    ),
    sme(
        (TH, "กลุ่มทอผ้านาหมื่นศรี", HEMP, MID, "Trang", "namuensri.weave@gmail.com"),
        offers=(("ผ้าทอนาหมื่นศรี ลายลูกแก้ว ขายเป็นพับ", "handwoven_cotton_fabric"),),
        needs=(
            need(
                "เส้นฝ้ายปั่นมือแบบพื้นบ้าน ไม่ต้องมีใบรับรองเกษตรอินทรีย์",
                "handspun_cotton_yarn",
                waive="Organic Thailand",
            ),
        ),
    ),
    sme(
        (TH, "ร้านของฝากริมโขง นครพนม", AGI, DOWN, "Nakhon Phanom", "rimkhong.souvenir@gmail.com"),
        needs=(
            need("ถุงย่ามฝ้ายทอมือ ต้องมีตรา OTOP", "handwoven_cotton_bag", req="OTOP"),
            need("ผ้าครามเป็นผืน ขายนักท่องเที่ยว", "indigo_dyed_cotton_fabric"),
        ),
    ),
    sme(
        (EN, "Chatuchak Print Supply", SPORT, MID, "Bangkok", "shop@chatuchakprint.com"),
        offers=(
            ("SBQ photo emulsion, 1 quart", "photo_emulsion"),
            ("aluminium squeegee handles with 75 duro blade", "squeegee"),
        ),
        needs=(unmet("UV exposure unit, A2 size", "exposure units", wants="exposure_unit"),),
    ),
    sme(
        (TH, "ร้านสกรีนเมืองคอน", SPORT, MID, "Nakhon Si Thammarat", "muangkhon.screen@gmail.com"),
        offers=(("ฟิล์ม DTF พิมพ์ตามแบบ รีดติดได้ทุกเนื้อผ้า", "printed_heat_transfer"),),
        needs=(
            need("สีสกรีนสูตรน้ำ ได้ฉลากเขียว", "water_based_textile_ink", req="Thai Green Label"),
            unmet("เครื่องพิมพ์ DTG ลงเสื้อโดยตรง", "printers", wants="dtg_printer"),
        ),
    ),
    sme(
        (EN, "Golden Age Wellness Resort", AGC, DOWN, "Prachuap Khiri Khan", "purchasing@goldenagehuahin.com"),
        needs=(
            need("easy-dress clothing for guests with limited mobility", "elderly_adaptive_clothing"),
            unmet(
                "washable incontinence pads from an ISO 13485 maker",
                "no underpad maker holds ISO 13485",
                "washable_bed_underpad",
                req="ISO 13485",
            ),
        ),
    ),
    sme(
        (TH, "บริษัท ระยองสปอร์ตเท็กซ์ จำกัด", SPORT, MID, "Rayong", "rayong.sporttex@gmail.com"),
        offers=(("ผ้าดรายฟิต ผ้ากีฬาระบายเหงื่อ ยกม้วน", "polyester_sport_fabric"),),
        needs=(
            unmet(
                "ผ้ากีฬาระบายเหงื่อ ต้องผ่านการรับรอง bluesign",
                "no knitter holds bluesign",
                "polyester_sport_fabric",
                req="bluesign",
            ),
        ),
    ),
    sme(
        (TH, "กลุ่มปลูกครามบ้านพันนา", AGI, UP, "Sakon Nakhon", "kram.phanna@gmail.com"),
        offers=(("ครามเปียกหมักเอง ปี๊บละ 15 กิโล", "indigo_dye_paste"),),
        needs=(unmet("เมล็ดพันธุ์ครามฝักงอ", "seed for planting", wants="indigo_seed"),),
        bcg=("bio",),
    ),
    sme(
        (EN, "Little Lanna Baby Knits", HEMP, DOWN, "Chiang Mai", "hello@littlelanna.com"),
        needs=(
            need("GOTS organic cotton yarn for baby knits", "cotton_yarn", req="GOTS"),
            unmet("GOTS cotton jersey for baby rompers", "no knitter holds GOTS", "cotton_jersey_fabric", req="GOTS"),
        ),
        bcg=("bio",),
    ),
    sme(
        (TH, "ร้านสกรีนบางนา", SPORT, MID, "Samut Prakan", "bangna.screen@gmail.com"),
        offers=(("ไม้ปาดสี ยางแข็ง 80 ขายส่ง", "squeegee"),),
        needs=(need("ใครรับเปลี่ยนผ้าบล็อกเก่าบ้างคะ มีเฟรม 30 อัน", "screen_stretching_service"),),
    ),
    sme(
        (TH, "ทีมรักบี้สิงห์ดำ ชลบุรี", SPORT, DOWN, "Chonburi", "singdam.rugby@gmail.com"),
        needs=(
            need("เฟล็กรีดเบอร์หลังเสื้อ สีขาวกับสีดำ", "heat_transfer_vinyl"),
            need("เครื่องรีดร้อนขนาดเล็ก ไว้ติดเบอร์ มอก. ไม่จำเป็น", "heat_press_machine", waive="Thai Industrial Standard"),
        ),
    ),
    sme(
        (TH, "ร้านของชำร่วยแม่กลอง", AGC, DOWN, "Samut Songkhram", "maeklong.gift@gmail.com"),
        needs=(need("ถุงผ้าดิบไม่พิมพ์ลาย 500 ใบ ไม่ต้องมี OEKO-TEX", "blank_tote_bag", waive="OEKO-TEX Standard 100"),),
    ),
]

# ---------------------------------------------------------------- checks


class CheckError(Exception):
    pass


DETAIL: list[str] = []  # per need: its suppliers (printed with --explain)


_THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e4e]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_THAI_BLOCK = re.compile("[\u0e00-\u0e7f]")
_EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def sme_id(index: int) -> str:
    return f"{PREFIX}-{index + 1:03d}"


def check_phrase(where: str, text: str, language: str, problems: list[str]) -> None:
    if not text.strip() or text != text.strip() or "  " in text:
        problems.append(f"{where}: empty or badly spaced phrase {text!r}")
    if unicodedata.normalize("NFC", text) != text:
        problems.append(f"{where}: not NFC {text!r}")
    if language == TH:
        thai = len(_THAI_LETTER.findall(text))
        latin = len(_LATIN_LETTER.findall(text))
        if thai <= 2 * latin or thai < 4:
            problems.append(f"{where}: Thai phrase is not mostly Thai letters {text!r}")
    else:
        if _THAI_BLOCK.search(text):
            problems.append(f"{where}: English phrase has Thai characters {text!r}")
        if any(ch.isalpha() and not _LATIN_LETTER.match(ch) for ch in text):
            problems.append(f"{where}: English phrase has non-Latin letters {text!r}")


def mentioned(text: str, certification: Any) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    names = (
        certification.name,
        *certification.aliases,
        *certification.mentions,
        *certification.case_sensitive_mentions,
    )
    return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)


def build(taxonomy: Any) -> tuple[list[dict[str, Any]], list[tuple[str, str]], dict[str, Any]]:
    """Check the data; return the profile rows, the true links and the numbers for the README."""
    problems: list[str] = []
    ids = [sme_id(i) for i in range(len(SMES))]
    if len(SMES) != SIZE:
        problems.append(f"{len(SMES)} profiles, expected {SIZE}")
    if len(set(ids)) != len(ids) or not all(re.fullmatch(rf"{PREFIX}-\d{{3}}", i) for i in ids):
        problems.append("ids not unique or not well-formed")
    certs_by_name = {c.name: c for c in taxonomy.CERTIFICATIONS}
    emails: Counter[str] = Counter(s.email for s in SMES)
    offered_by: dict[str, set[str]] = {}
    held: dict[str, frozenset[str]] = {}

    for sid, s in zip(ids, SMES, strict=True):
        where = sid
        if s.language not in taxonomy.LANGUAGES:
            problems.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in set(taxonomy.SubCluster):
            problems.append(f"{where}: sub-cluster {s.sub_cluster!r}")
        if s.stage not in set(taxonomy.Stage):
            problems.append(f"{where}: stage {s.stage!r}")
        province = taxonomy.resolve_province(s.province)
        if province is None or province.name_en != s.province:
            problems.append(f"{where}: province {s.province!r} is not an English province name")
        for tag in s.bcg:
            if tag not in set(taxonomy.BcgTag):
                problems.append(f"{where}: BCG tag {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: repeated BCG tag")
        canon = []
        for cert in s.certifications:
            name = taxonomy.resolve_certification(cert)
            if name is None:
                problems.append(f"{where}: certification {cert!r} does not resolve")
            else:
                canon.append(name)
        if len(set(canon)) != len(canon):
            problems.append(f"{where}: repeated certification")
        held[sid] = frozenset(canon)
        if not _EMAIL.match(s.email) or emails[s.email] > 1:
            problems.append(f"{where}: bad or repeated email {s.email!r}")
        check_phrase(f"{where} name", s.name, s.language, problems)
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            problems.append(f"{where}: {len(s.offers)} offers and {len(s.needs)} needs")
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            problems.append(f"{where}: repeated phrase")
        for text, label in s.offers:
            check_phrase(f"{where} offer", text, s.language, problems)
            if label not in LABELS:
                problems.append(f"{where}: unknown offer label {label!r}")
            offered_by.setdefault(label, set()).add(sid)
            if taxonomy.find_certifications(text) - held[sid]:
                problems.append(f"{where}: offer {text!r} claims a certification the SME does not hold")
        for n in s.needs:
            check_phrase(f"{where} need", n.text, s.language, problems)

    phrase_owner: dict[str, str] = {}
    for sid, s in zip(ids, SMES, strict=True):
        for text in [t for t, _ in s.offers] + [n.text for n in s.needs]:
            if text in phrase_owner and phrase_owner[text] != sid:
                problems.append(f"{sid}: phrase {text!r} also used by {phrase_owner[text]}")
            phrase_owner.setdefault(text, sid)

    links: set[tuple[str, str]] = set()
    suppliers_per_need: list[int] = []
    unmet_count = requiring = waiving = 0
    for bid, buyer in zip(ids, SMES, strict=True):
        for n in buyer.needs:
            where = f"{bid} need {n.text!r}"
            for label in (*n.meets, *([n.wants] if n.wants else [])):
                if label not in LABELS:
                    problems.append(f"{where}: unknown label {label!r}")
            for label in n.meets:
                if not offered_by.get(label, set()) - {bid}:
                    problems.append(f"{where}: label {label!r} is offered by no one else")
            if n.wants and n.wants in offered_by:
                problems.append(f"{where}: wanted label {n.wants!r} is offered by {sorted(offered_by[n.wants])}")
            met_shape = not n.unmet and n.meets and not n.wants
            unoffered_shape = n.unmet and n.wants and not n.meets
            uncertified_shape = n.unmet and n.meets and n.requires and not n.wants
            if not (met_shape or unoffered_shape or uncertified_shape):
                problems.append(f"{where}: lists labels, or is unmet with a note and what it wants or requires")
            for cert in (*n.requires, *n.waives):
                if cert not in certs_by_name:
                    problems.append(f"{where}: certification {cert!r} is not a canonical name")
                elif not mentioned(n.text, certs_by_name[cert]):
                    problems.append(f"{where}: certification {cert!r} is not named in the text")
            if set(n.requires) & set(n.waives):
                problems.append(f"{where}: a certification both required and waived")
            found = taxonomy.find_certifications(n.text)
            if found != set(n.requires):
                problems.append(f"{where}: the text asks for {sorted(found)}, the labels say {list(n.requires)}")
            requiring += bool(n.requires)
            waiving += bool(n.waives)
            qualified = {
                sid
                for sid, s in zip(ids, SMES, strict=True)
                if sid != bid and any(label in n.meets for _, label in s.offers) and set(n.requires) <= held[sid]
            }
            if n.unmet:
                unmet_count += 1
                if qualified:
                    problems.append(f"{where}: marked unmet but met by {sorted(qualified)}")
            else:
                if not qualified:
                    problems.append(f"{where}: no qualified supplier")
                suppliers_per_need.append(len(qualified))
            links.update((sid, bid) for sid in qualified)
            DETAIL.append(f"{bid} {n.text!r} <- {sorted(qualified)}")

    used = set(offered_by) | {label for s in SMES for n in s.needs for label in (*n.meets, n.wants) if label}
    if set(LABELS) - used:
        problems.append(f"labels used nowhere: {sorted(set(LABELS) - used)}")

    lang = {sid: s.language for sid, s in zip(ids, SMES, strict=True)}
    sub = {sid: s.sub_cluster for sid, s in zip(ids, SMES, strict=True)}
    th_en = sum(1 for a, b in links if lang[a] == TH and lang[b] == EN)
    en_th = sum(1 for a, b in links if lang[a] == EN and lang[b] == TH)
    cross = th_en + en_th
    thai_profiles = sum(1 for s in SMES if s.language == TH)
    one_to_three = sum(1 for k in suppliers_per_need if 1 <= k <= 3)

    # the size targets of the brief
    if not 0.50 <= thai_profiles / max(1, len(SMES)) <= 0.60:
        problems.append(f"{thai_profiles} Thai profiles of {len(SMES)}: about 55 % wanted")
    if not 160 <= len(links) <= 180:
        problems.append(f"{len(links)} true links; 160-180 wanted")
    if links and not 0.40 <= cross / len(links) <= 0.60:
        problems.append(f"{cross} of {len(links)} links cross languages; about half wanted")
    if not 17 <= unmet_count <= 23:
        problems.append(f"{unmet_count} needs met by no one; about 20 wanted")
    if suppliers_per_need and one_to_three / len(suppliers_per_need) < 0.7:
        problems.append(f"only {one_to_three} of {len(suppliers_per_need)} met needs have 1-3 suppliers")
    if suppliers_per_need and max(suppliers_per_need) < 4:
        problems.append("no need is met by more than three suppliers")

    if problems:
        raise CheckError("\n".join(problems))

    rows: list[dict[str, Any]] = []
    for sid, s in zip(ids, SMES, strict=True):
        row: dict[str, Any] = {
            "id": sid,
            "name": s.name,
            "sub_cluster": s.sub_cluster,
            "stage": s.stage,
            "province": s.province,
            "offers": [t for t, _ in s.offers],
            "needs": [n.text for n in s.needs],
        }
        if s.certifications:
            row["certifications"] = list(s.certifications)
        if s.bcg:
            row["bcg"] = list(s.bcg)
        row["contact_email"] = s.email
        row["language"] = s.language
        rows.append(row)

    regions = Counter(str(taxonomy.resolve_province(s.province).region) for s in SMES)
    all_needs = [n for s in SMES for n in s.needs]
    numbers: dict[str, Any] = {
        "profiles": len(SMES),
        "thai": thai_profiles,
        "english": len(SMES) - thai_profiles,
        "sub_clusters": Counter(s.sub_cluster for s in SMES),
        "stages": Counter(s.stage for s in SMES),
        "regions": regions,
        "provinces": len({s.province for s in SMES}),
        "offers": sum(len(s.offers) for s in SMES),
        "offer_labels": len({label for s in SMES for _, label in s.offers}),
        "needs": len(all_needs),
        "met": len(all_needs) - unmet_count,
        "unmet": unmet_count,
        "requiring": requiring,
        "waiving": waiving,
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": cross,
        "within": len(links) - cross,
        "between_sub_clusters": sum(1 for a, b in links if sub[a] != sub[b]),
        "suppliers_per_need": Counter(suppliers_per_need),
    }
    return rows, sorted(links), numbers


# ---------------------------------------------------------------- output


def counts_table(numbers: dict[str, Any], taxonomy: Any) -> str:
    n = numbers
    share = n["cross"] / n["links"]
    lines = [
        "| what | count |",
        "|---|---|",
        f"| profiles | {n['profiles']} |",
        f"| Thai / English profiles | {n['thai']} / {n['english']} |",
    ]
    lines += [f"| sub-cluster `{sc}` | {n['sub_clusters'][sc]} |" for sc in taxonomy.SubCluster]
    lines += [f"| stage `{st}` | {n['stages'][st]} |" for st in taxonomy.Stage]
    lines += [f"| region `{rg}` | {n['regions'][rg]} |" for rg in taxonomy.Region]
    lines += [
        f"| distinct provinces | {n['provinces']} |",
        f"| offers | {n['offers']} |",
        f"| distinct offer labels | {n['offer_labels']} |",
        f"| needs | {n['needs']} |",
        f"| needs met / met by no one | {n['met']} / {n['unmet']} |",
        f"| needs requiring a certification | {n['requiring']} |",
        f"| needs waiving a certification | {n['waiving']} |",
        f"| true links | {n['links']} |",
        f"| links Thai supplier -> English buyer | {n['th_en']} |",
        f"| links English supplier -> Thai buyer | {n['en_th']} |",
        f"| cross-language links (share) | {n['cross']} ({share:.0%}) |",
        f"| within-language links | {n['within']} |",
        f"| links between different sub-clusters | {n['between_sub_clusters']} |",
    ]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_silkscreen/`: plain registry entries, screen-printing trade

## What the set checks

Whether the matcher finds the true supplier-buyer pairs among 95 SME profiles written as plain
registry entries (one short phrase per offer or need, as an SME database stores them), in wording
it has never seen. The theme is screen printing: mesh and stretched screens, squeegees, plastisol and
water-based inks, emulsion, heat presses and dryers, transfers, blank T-shirts and tote bags, print
shops, schools, clubs and event merch buyers, care homes; plus the ordinary upstream and midstream
SMEs of the cluster (cotton, hemp, recycled fibre and waste, yarn, cloth, indigo and commission dyeing,
sewing for others). About 55 % of the profiles are in Thai, the rest in English, and about half of the
true links join a Thai profile to an English one.

The same kind of goods is written in many ways: local and regional names (kram and hom for indigo,
fai khen for handspun cotton, yam bags, pha dip for greige cloth), trade words of the screen shops
(block, mesh counts, sii jom and sii yang for water-based inks), brand names, abbreviations, with and
without quantities, prices, sizes and minimum orders. A need is worded differently from the offers
that meet it, often in the other language. Hard but fair cases are included on purpose: a service
against the goods it works on (dyeing or printing the customer's goods against dyed or printed goods,
sewing for others against finished bags and shirts, re-meshing the customer's frames against new
stretched screens); waste, misprints and used clothes against new goods; fibre against yarn against
cloth against products; finished goods described by their material, colour or technique; needs
written as a wish, a bare noun phrase or a question; refusals ("no plastisol", "no chemical dyes");
needs that require a named certification and needs that name one only to waive it; and needs that
no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (profile format and links CSV),
`shared/taxonomy.py` with its data files, and the ruff settings of `pyproject.toml`. The writer saw
no matcher code, glossary, test or other evaluation set, and did not run the matcher.

## How a link is decided

Every offer in `write.py` is a pair (text, label), the label saying what the thing is (for example
`screen_printing_service`, printing on garments the customer supplies, against
`custom_printed_tshirt`, shirts printed to the buyer's design with the shirts included). Every need
lists the offer labels that would meet it and the certifications its text requires, or is marked as
met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the
supplier carries a label listed by one of the buyer's needs and the supplier's certifications hold
every certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification ("GRS not required", "OTOP a plus") is not required. The labels live only in `write.py`;
the profiles carry none.

Before writing, the script checks: ids unique and well-formed; every contract field valid (sub-cluster,
stage and BCG values from `shared.taxonomy`, provinces that `resolve_province` resolves to their English
name, certifications that `resolve_certification` resolves); every label a need lists is offered by
someone other than the buyer; every met need has a qualified supplier and every unmet one has none;
a required or waived certification is named in the need's text (and `find_certifications` reads the
text the same way); Thai phrases are mostly Thai letters and English ones Latin only; the size
targets. It writes nothing if a check fails. Two runs give identical bytes.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_silkscreen/write.py

It prints the counts table below (add `--explain` to also list every need with its qualified
suppliers). The script is kept clean under `.venv/bin/ruff check eval/blind_plain_silkscreen` and
formatted with `.venv/bin/ruff format eval/blind_plain_silkscreen`.

## Files

- `write.py`: all the data (profiles, offer labels, need labels and certifications) and the checks.
- `profiles.jsonl`: the 95 profiles, ids `bsq-001` ... `bsq-095`, contract format JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

"""


def render(rows: list[dict[str, Any]], links: list[tuple[str, str]], table: str) -> dict[str, str]:
    profiles = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return {"profiles.jsonl": profiles, "links.csv": buffer.getvalue(), "README.md": README + table}


def main() -> int:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from shared import taxonomy

    explain = "--explain" in sys.argv[1:]
    try:
        rows, links, numbers = build(taxonomy)
    except CheckError as error:
        if explain:
            print("\n".join(DETAIL))
        print("checks failed; nothing written:", file=sys.stderr)
        print(error, file=sys.stderr)
        return 1
    table = counts_table(numbers, taxonomy)
    for name, text in render(rows, links, table).items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    if explain:
        print("suppliers per met need:", dict(sorted(numbers["suppliers_per_need"].items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
