"""Hand-labelled evaluation set: plain registry entries of a southern and east-coast leaning cluster.

Every offer carries a label saying what the thing is; every need lists the offer labels that would
meet it (and the certifications its text requires), or says that no one in the cluster meets it.
The true links follow from those labels alone. Run from the repository root:

    .venv/bin/python eval/blind_plain_south/write.py
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

H = "hemp_natural_fibre"
C = "circular_textile"
S = "sportech"
AC = "ageing_lifestyle_central"
AI = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(labels), certs, waives)


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, (), certs, waives, unmet=note)


@dataclass
class Sme:
    id: str
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    certs: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)
    offers: list[tuple[str, str]] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)


SMES: list[Sme] = [
    # ---------------------------------------------------------------- krajood, pandanus, coir, latex
    Sme(
        "bpu-001",
        "th",
        "วิสาหกิจชุมชนกลุ่มจักสานกระจูดบ้านทะเลน้อย",
        H,
        DOWN,
        "Phatthalung",
        "thalenoi.krajood@gmail.com",
        ["OTOP"],
        ["bio"],
        offers=[
            ("กระเป๋ากระจูดสานมือ ทรงตะกร้าหูหิ้ว มีซับใน", "krajood_bag"),
            ("เสื่อกระจูดพับ 4 ทบ ขนาด 90x180 ซม.", "krajood_mat"),
            ("ตะกร้ากระจูดใส่ของ มีฝาปิด งานละเอียด ไม่ขึ้นรา", "krajood_basket"),
        ],
        needs=[
            N("กระจูดแห้งทุบแล้ว ยังไม่ย้อมสี มัดละ 1 กก. เดือนละ 200 มัด", "krajood_dried_stalks"),
            N("ผ้าปาเต๊ะหรือผ้าบาติก ไว้บุซับในกระเป๋า", "pate_printed_fabric", "batik_fabric_handmade"),
        ],
    ),
    Sme(
        "bpu-002",
        "th",
        "วิสาหกิจชุมชนผู้เก็บกระจูดพรุควนเคร็ง",
        H,
        UP,
        "Nakhon Si Thammarat",
        "kuankreng.jood@hotmail.com",
        [],
        ["bio"],
        offers=[
            ("ต้นจูดตากแห้ง รีดแบนพร้อมสาน ส่งทั่วภาคใต้", "krajood_dried_stalks"),
            ("กระจูดย้อมสีพร้อมสาน แดง เขียว ม่วง ดำ", "krajood_dyed_stalks"),
        ],
        needs=[
            N("สีย้อมกระจูด สีเคมีชนิดติดทน ไม่ตกสี", "synthetic_dyes_chemicals"),
            U("เครื่องรีดกระจูดแบบลูกกลิ้งไฟฟ้า", "an electric roller press for flattening sedge; nobody sells one"),
        ],
    ),
    Sme(
        "bpu-003",
        "en",
        "Krajood Lab Co., Ltd.",
        H,
        DOWN,
        "Bangkok",
        "hello@krajoodlab.co",
        [],
        ["bio", "green"],
        offers=[("Krajood totes and clutches with leather trim, designer collection", "krajood_bag")],
        needs=[
            N("Hand-woven krajood sheets, natural colour, 1 m wide, for cutting bag bodies", "krajood_woven_sheet"),
            N("Dyed sedge strands in black and navy for accent stripes", "krajood_dyed_stalks"),
            N("OEM weavers to make our krajood bag designs, 500 pcs/month", "krajood_bag"),
        ],
    ),
    Sme(
        "bpu-004",
        "th",
        "วิสาหกิจชุมชนสานกระจูดบ้านบาเจาะ",
        H,
        MID,
        "Narathiwat",
        "bacho.krajood@gmail.com",
        ["OTOP"],
        ["bio"],
        offers=[
            ("ผืนกระจูดสานลายขัด หน้ากว้าง 1 เมตร ขายเป็นเมตร", "krajood_woven_sheet"),
            ("หมวกกระจูดปีกกว้าง", "krajood_hat"),
        ],
        needs=[
            N("เศษผ้าปาเต๊ะ จากโรงตัด ไว้ทำหูกระเป๋า", "fabric_offcuts_pate"),
            N("คนออกแบบลายสานใหม่ ให้ถูกใจนักท่องเที่ยว", "product_design_service"),
        ],
    ),
    Sme(
        "bpu-005",
        "th",
        "กลุ่มสตรีจักสานเตยปาหนันบ้านทุ่ง",
        H,
        UP,
        "Krabi",
        "toeypanan.krabi@gmail.com",
        [],
        ["bio"],
        offers=[
            ("เส้นปาหนันรีดแห้ง ลอกหนามแล้ว ขายเป็นกำ", "pandanus_leaf_strips"),
            ("สาดปาหนัน ลายดอกพิกุล 1x2 ม.", "pandanus_mat"),
        ],
        needs=[
            N("สีย้อมเส้นเตย แดง เขียว", "synthetic_dyes_chemicals"),
            N("เงินทุนหมุนเวียนซื้อใบเตยช่วงหน้าฝน", "sme_loan"),
        ],
    ),
    Sme(
        "bpu-006",
        "en",
        "Andaman Weave Studio",
        H,
        DOWN,
        "Phuket",
        "studio@andamanweave.com",
        [],
        ["bio"],
        offers=[("Pandanus and krajood placemats, coasters and tray liners for resorts", "woven_placemats_natural")],
        needs=[
            N("Dried pandanus leaf strips, 50 kg a month, natural or dyed", "pandanus_leaf_strips"),
            N("Screw-pine floor mats in bulk for villa verandas", "pandanus_mat"),
            N("Someone to run our Instagram and online shop", "digital_marketing_service"),
        ],
    ),
    Sme(
        "bpu-007",
        "th",
        "บจก. ชุมพรโคโคไฟเบอร์",
        H,
        UP,
        "Chumphon",
        "sales@chumphoncoco.co.th",
        [],
        ["bio", "circular"],
        offers=[
            ("ใยมะพร้าวอัดก้อน เส้นยาว 15 ซม.ขึ้นไป สนใจโทร 081-597-2240", "coir_fibre_bale"),
            ("ขุยมะพร้าวอัดบล็อก 5 กก. สำหรับเพาะปลูก", "coco_peat"),
            ("เชือกใยพร้าวเกลียว 3 เส้น ม้วนละ 200 ม.", "coir_rope"),
        ],
        needs=[
            N("กาบพร้าวแห้ง รับซื้อประจำ ปีละ 500 ตัน", "coconut_husk"),
            N("เครื่องตีใยมะพร้าว มือสองก็ได้", "coir_decorticator_machine"),
        ],
    ),
    Sme(
        "bpu-008",
        "en",
        "Coco Terra Geotextiles Co., Ltd.",
        H,
        MID,
        "Prachuap Khiri Khan",
        "info@cocoterra.asia",
        ["ISO 9001"],
        ["bio", "green"],
        offers=[
            ("Coir erosion-control blankets, 400-900 gsm, 2 m x 25 m rolls", "coir_erosion_mat"),
            ("Woven coir mesh for slopes and shorelines", "coir_erosion_mat"),
        ],
        needs=[
            N("Need baled coconut fibre, long staple, clean, 30 t per month", "coir_fibre_bale"),
            N("Two-ply coir twine for weaving our mesh", "coir_rope"),
        ],
    ),
    Sme(
        "bpu-009",
        "th",
        "หจก. ที่นอนพร้าวยางหาดใหญ่",
        AC,
        MID,
        "Songkhla",
        "praoyang.hatyai@gmail.com",
        [],
        ["bio"],
        offers=[
            ("แผ่นใยมะพร้าวอัดยางพารา หนา 2-5 ซม. ตัดตามขนาด", "rubberised_coir_sheet"),
            ("ที่นอนใยมะพร้าวยางพารา แน่น ไม่ยุบ เหมาะกับคนปวดหลัง", "rubberised_coir_mattress"),
        ],
        needs=[
            N("ต้องการใยพร้าวเส้นยาว สะอาด อัดก้อน", "coir_fibre_bale"),
            N("น้ำยางข้น 60% ส่งเป็นแกลลอน", "latex_concentrate"),
            N("ผ้าหุ้มที่นอน ผ้าจาการ์ดหรือผ้าฝ้ายหนา", "mattress_ticking_fabric"),
        ],
    ),
    Sme(
        "bpu-010",
        "th",
        "สหกรณ์กองทุนสวนยางบ้านนาวง",
        H,
        UP,
        "Trang",
        "coop.nawong@gmail.com",
        [],
        ["bio"],
        offers=[
            ("น้ำยางข้น DRC 60% ส่งเป็นถัง", "latex_concentrate"),
            ("ยางแผ่นรมควันชั้น 3", "rubber_smoked_sheet"),
        ],
        needs=[U("แอมโมเนียรักษาน้ำยาง ส่งถึงสหกรณ์", "ammonia preservative for latex; nobody sells it")],
    ),
    Sme(
        "bpu-011",
        "th",
        "บจก. หมอนยางพาราสุราษฎร์",
        AC,
        DOWN,
        "Surat Thani",
        "order@suratlatex.com",
        ["ISO 9001"],
        ["bio"],
        offers=[
            ("หมอนยางพาราแท้ ทรงหยักรองต้นคอ", "latex_pillow"),
            ("ที่นอนยางพารา 3 ฟุต หนา 4 นิ้ว สำหรับเตียงผู้ป่วย", "latex_mattress"),
        ],
        needs=[
            N("น้ำยางข้นจากสหกรณ์ เดือนละ 10 ตัน", "latex_concentrate"),
            N("ปลอกหมอนผ้าคอตตอน เย็บสำเร็จ สำหรับใส่หมอนยาง", "pillowcase_sewn"),
        ],
    ),
    # ---------------------------------------------------------------- batik, pa-te, modest wear
    Sme(
        "bpu-012",
        "th",
        "กลุ่มบาติกบ้านเกาะกลาง",
        H,
        MID,
        "Krabi",
        "kohklang.batik@gmail.com",
        ["OTOP"],
        ["green"],
        offers=[
            ("ผ้าบาติกเขียนเทียน ลายปลา ลายปะการัง ผืนละ 2 หลา", "batik_fabric_handmade"),
            ("รับทำบาติกบนผ้าหรือเสื้อของลูกค้า ขั้นต่ำ 50 ชิ้น", "batik_dyeing_service"),
            ("สอนเขียนเทียนบาติกครึ่งวัน สำหรับแขกโรงแรม", "batik_workshop_training"),
        ],
        needs=[
            N("ผ้าคอตตอนขาว 100% สำหรับเขียนเทียน พับละ 40 หลา", "cotton_plain_fabric"),
            N("หาเทียนบาติกผสมไขผึ้ง", "batik_wax"),
            N("สีรีแอคทีฟกับวอเตอร์กลาส", "synthetic_dyes_chemicals"),
        ],
    ),
    Sme(
        "bpu-013",
        "th",
        "ร้านบาติกซัพพลาย ภูเก็ต",
        AC,
        MID,
        "Phuket",
        "batiksupply.pkt@gmail.com",
        [],
        [],
        offers=[
            ("เทียนบาติกผสมสำเร็จ พาราฟินกับไขผึ้ง ก้อนละ 1 กก.", "batik_wax"),
            ("จันติ้งทองเหลือง หัว 1-3 มม. และแม่พิมพ์ทองแดง", "batik_tools"),
            ("สีรีแอคทีฟ สีแนฟทอล โซดาแอช ขายปลีก-ส่ง", "synthetic_dyes_chemicals"),
        ],
        needs=[U("ไขผึ้งแท้ ก้อนใหญ่ เดือนละ 50 กก.", "pure beeswax; nobody keeps bees or sells wax")],
    ),
    Sme(
        "bpu-014",
        "en",
        "Phuket Nyonya Heritage Co., Ltd.",
        AC,
        DOWN,
        "Phuket",
        "shop@nyonyaheritage.com",
        [],
        ["green"],
        offers=[
            ("Baba-Nyonya kebaya blouses with hand cut-work embroidery", "kebaya_blouse"),
            ("Hand-drawn pa-te sarongs, hemmed and ready to wear", "sarong_batik_handmade"),
        ],
        needs=[
            N("Hand-drawn batik lengths, 2 m, canting work only, no screen prints", "batik_fabric_handmade"),
            N("Embroidery on our own kebaya panels, cut-work and lace edge", "embroidery_service"),
            N("Fine white cotton voile for kebaya", "cotton_voile_fabric"),
        ],
    ),
    Sme(
        "bpu-015",
        "th",
        "บจก. สุไหงโก-ลก เท็กซ์ไทล์ปริ้นท์",
        AC,
        MID,
        "Narathiwat",
        "kolok.print@gmail.com",
        [],
        [],
        offers=[
            ("ผ้าปาเต๊ะพิมพ์สกรีน หน้ากว้าง 45 นิ้ว หลาละ 38 บาท", "pate_printed_fabric"),
            ("ผ้าถุงปาเต๊ะเย็บสำเร็จ ลายดอกชบา", "sarong_printed"),
            ("รับพิมพ์สกรีนผ้าตามแบบลูกค้า ขั้นต่ำ 300 หลา", "screen_printing_service"),
            ("เศษผ้าปาเต๊ะจากการตัดผ้าถุง ชั่งกิโลขาย", "fabric_offcuts_pate"),
        ],
        needs=[
            N("ผ้าดิบคอตตอน 100% เป็นม้วน สำหรับพิมพ์ลาย", "cotton_plain_fabric"),
            U("ผ้าเรยอนขาว หน้ากว้าง 45 นิ้ว", "white rayon for printing; nobody weaves or sells rayon"),
        ],
    ),
    Sme(
        "bpu-016",
        "th",
        "ร้านฮิญาบซอฟียะห์",
        AC,
        DOWN,
        "Pattani",
        "sofiyah.hijab@gmail.com",
        [],
        [],
        offers=[
            ("ตุดงสวมสำเร็จ ผ้ายืด ส่งแม่ค้าหลาดนัด", "hijab_instant"),
            ("ชุดบาจูกูรงผู้หญิง ตัดตามไซซ์", "muslim_womenswear"),
        ],
        needs=[
            N("ต้องการผ้าชีฟองเนื้อทราย ผ้าเจอร์ซีย์ยืด สำหรับทำผ้าคลุม ม้วนละ 50 หลา", "hijab_fabric"),
            N("ช่างเย็บรับเหมา โพ้งริมผ้าคลุม", "sewing_cmt_service"),
        ],
    ),
    Sme(
        "bpu-017",
        "en",
        "Hat Yai Modest Wear Co., Ltd.",
        AC,
        DOWN,
        "Songkhla",
        "export@hatyaimodest.com",
        ["ISO 9001"],
        [],
        offers=[("Abayas, jubah and long tunics, wholesale to Malaysia", "muslim_womenswear")],
        needs=[
            N("Pa-te print rayon or cotton, 45-inch, for tunic collections", "pate_printed_fabric"),
            N(
                "Instant tudung, jersey, 1,000 pcs per colour, Halal certified for Malaysian stores",
                "hijab_instant",
                certs=("Halal",),
            ),
            N("CMT sewing partner for abayas, we supply fabric and trims", "sewing_cmt_service"),
        ],
    ),
    Sme(
        "bpu-018",
        "th",
        "โรงเย็บผ้าบันนังสตาการ์เมนท์",
        AC,
        MID,
        "Yala",
        "bannangsata.garment@gmail.com",
        [],
        [],
        offers=[
            ("รับจ้างตัดเย็บ ชุดมุสลิม ชุดยูนิฟอร์ม ลูกค้าส่งผ้ามาเอง", "sewing_cmt_service"),
            ("รับโพ้งริมผ้าคลุม/ฮิญาบ ผืนละ 8 บาท", "sewing_cmt_service"),
        ],
        needs=[
            N("จักรโพ้ง 4 เส้น มือสองสภาพดี 5 ตัว", "sewing_machines"),
            N("อบรมช่างใหม่ ตัดแพทเทิร์น-เย็บ", "sewing_training"),
        ],
    ),
    Sme(
        "bpu-019",
        "th",
        "ร้านผ้าเจ๊ะมะ สุไหงโก-ลก",
        AC,
        MID,
        "Narathiwat",
        "chemah.fabric@gmail.com",
        [],
        [],
        offers=[
            ("ผ้าชีฟอง ผ้าเจอร์ซีย์ ผ้าดูไบ สำหรับผ้าคลุม ขายเป็นหลา-ม้วน", "hijab_fabric"),
            ("ผ้าปาเต๊ะชวา นำเข้า ผืนละ 2 เมตร", "pate_printed_fabric"),
            ("ผ้าป่านวอยล์ขาว เนื้อบาง", "cotton_voile_fabric"),
        ],
        needs=[
            N(
                "ผ้าลีมาทอมือ ไว้วางขายหน้าร้าน ไม่ต้องมีตรานกยูงก็ได้",
                "lima_silk_cloth",
                waives=("Thai Silk Peacock Emblem",),
            ),
        ],
    ),
    # ---------------------------------------------------------------- hand-woven cloth, silk, cotton, hemp
    Sme(
        "bpu-020",
        "th",
        "กลุ่มทอผ้านาหมื่นศรี",
        H,
        MID,
        "Trang",
        "namuensri.weave@gmail.com",
        ["OTOP"],
        ["green"],
        offers=[
            ("ผ้าทอนาหมื่นศรี ลายลูกแก้ว ฝ้าย หน้ากว้าง 1 ม.", "handwoven_cotton_cloth"),
            ("ผ้าเช็ดหน้า ผ้าพันคอทอมือ ลายดอกจัน", "handwoven_scarf"),
        ],
        needs=[
            N("อยากได้ด้ายฝ้ายมันย้อมสีแล้ว เบอร์ 20/2 หลายสี", "cotton_yarn_dyed"),
            U("กี่กระตุกมือสอง 2-3 หลัง", "second-hand fly-shuttle looms; nobody sells looms"),
        ],
    ),
    Sme(
        "bpu-021",
        "th",
        "กลุ่มผ้ายกเมืองนคร บ้านตรอกแค",
        H,
        MID,
        "Nakhon Si Thammarat",
        "yokmuangnakhon@gmail.com",
        ["Thai Silk Peacock Emblem", "OTOP"],
        [],
        offers=[("ผ้ายกดอกเมืองนคร ไหมแท้ ยกเงินยกทอง", "silk_brocade_cloth")],
        needs=[
            N("เส้นไหมไทยพื้นบ้าน ยังไม่ฟอกไม่ย้อม", "silk_yarn_raw"),
            U("ดิ้นเงินดิ้นทองแท้ สำหรับยกดอก", "real gold and silver metallic thread; nobody sells it"),
        ],
    ),
    Sme(
        "bpu-022",
        "en",
        "Ko Yo Loom House",
        H,
        MID,
        "Songkhla",
        "kohyoloom@gmail.com",
        [],
        ["green"],
        offers=[
            ("Ko Yo hand-loomed cotton, ratchawat check, sold by the metre", "handwoven_cotton_cloth"),
            ("Handwoven table runners and cushion covers", "handwoven_home_textiles"),
        ],
        needs=[
            N("Dyed mercerised cotton yarn, 20/2 and 60/2, small lots", "cotton_yarn_dyed"),
            N("Help with online selling: shop page, product photos, live sales", "digital_marketing_service"),
        ],
    ),
    Sme(
        "bpu-023",
        "th",
        "กลุ่มทอผ้าไหมพุมเรียง",
        H,
        DOWN,
        "Surat Thani",
        "pumriang.silk@gmail.com",
        ["OTOP"],
        [],
        offers=[("ผ้าไหมพุมเรียงยกดอก ทอมือ สำหรับชุดงาน", "silk_brocade_cloth")],
        needs=[N("เส้นไหมย้อมสีธรรมชาติ สีครั่ง สีคราม", "silk_yarn_naturally_dyed")],
    ),
    Sme(
        "bpu-024",
        "th",
        "วิสาหกิจชุมชนผ้าทอลีมา",
        H,
        MID,
        "Narathiwat",
        "limacloth.nara@gmail.com",
        [],
        [],
        offers=[("ผ้าลีมา มัดหมี่ไหมแบบโบราณ ลายดอกพิกุล", "lima_silk_cloth")],
        needs=[
            N("ไหมดิบจากอีสาน ยังไม่ย้อม", "silk_yarn_raw"),
            N("ครั่งดิบ สำหรับย้อมไหมสีแดง", "lac_dye"),
        ],
    ),
    Sme(
        "bpu-025",
        "th",
        "กลุ่มเลี้ยงไหมสาวไหมบ้านโคกตะเคียน",
        AI,
        UP,
        "Surin",
        "koktakhian.silk@gmail.com",
        ["Thai Silk Peacock Emblem", "OTOP"],
        ["bio"],
        offers=[
            ("เส้นไหมพื้นบ้าน (ไหมน้อย) สาวมือ ยังไม่ฟอก", "silk_yarn_raw"),
            ("รังไหมตากแห้ง พันธุ์นางน้อย", "silk_cocoons"),
            ("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน", "silk_ikat_cloth"),
        ],
        needs=[N("คนช่วยทำเพจขายผ้าไหมออนไลน์", "digital_marketing_service")],
    ),
    Sme(
        "bpu-026",
        "th",
        "วิสาหกิจชุมชนผ้าครามบ้านดอนกอย",
        AI,
        MID,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        ["OTOP"],
        ["bio", "green"],
        offers=[
            ("ผ้าฝ้ายย้อมครามทอมือ ผืนละ 2 ม.", "indigo_dyed_handwoven_cloth"),
            ("เนื้อครามเปียก หมักแล้ว กก.ละ 250", "indigo_paste"),
            ("รับย้อมครามเสื้อผ้า/ผ้าผืนของลูกค้า", "indigo_dyeing_service"),
        ],
        needs=[
            N("หาฝ้ายเข็นมือสีขาวธรรมชาติ", "cotton_yarn_handspun"),
            N("ฝ้ายปุย สำหรับสอนเข็นฝ้าย", "raw_cotton"),
        ],
    ),
    Sme(
        "bpu-027",
        "th",
        "กลุ่มปลูกฝ้ายอินทรีย์ด่านซ้าย",
        AI,
        UP,
        "Loei",
        "dansai.organiccotton@gmail.com",
        ["Organic Thailand"],
        ["bio"],
        offers=[
            ("ฝ้ายปุยอินทรีย์ แยกเมล็ดแล้ว", "raw_cotton"),
            ("ฝ้ายเข็นมือ เส้นใหญ่ เป็นตุ่มสวย", "cotton_yarn_handspun"),
        ],
        needs=[U("เครื่องอีดฝ้ายแบบมอเตอร์", "motorised cotton gin; nobody makes or sells one")],
    ),
    Sme(
        "bpu-028",
        "en",
        "Doi Hemp Fibre Co., Ltd.",
        H,
        UP,
        "Chiang Mai",
        "fibre@doihemp.com",
        ["Organic Thailand"],
        ["bio"],
        offers=[
            ("Handspun hemp yarn from Hmong villages, undyed", "hemp_yarn_handspun"),
            ("Hemp bast fibre, degummed, ready to spin", "hemp_fibre_raw"),
            ("Hand-loomed hemp cloth, 40 cm width", "hemp_fabric_handwoven"),
        ],
        needs=[
            N("Fermented indigo paste for dyeing hemp", "indigo_paste"),
            N("Batik wax, beeswax-paraffin blend", "batik_wax"),
        ],
    ),
    Sme(
        "bpu-029",
        "th",
        "กลุ่มทอผ้ากัญชงแม่สอด",
        H,
        MID,
        "Tak",
        "maesot.hempweave@gmail.com",
        [],
        ["bio"],
        offers=[("ผ้ากัญชงทอเครื่อง หน้ากว้าง 150 ซม.", "hemp_fabric_machine_woven")],
        needs=[
            U("ด้ายกัญชงปั่นเครื่อง Nm 10 ม้วนใหญ่", "machine-spun hemp yarn; the hemp yarn on offer is handspun only"),
            N("ใยกัญชงลอกแล้ว สำหรับส่งโรงปั่น", "hemp_fibre_raw"),
        ],
    ),
    Sme(
        "bpu-030",
        "th",
        "วิสาหกิจชุมชนใยสับปะรดบ้านค่าย",
        H,
        UP,
        "Rayong",
        "bankhai.pinefibre@gmail.com",
        [],
        ["bio", "circular"],
        offers=[
            ("เส้นใยใบสับปะรดขูดมือ ตากแห้ง กก.ละ 600", "pineapple_leaf_fibre"),
            ("ด้ายใยสับปะรดผสมฝ้าย 30:70", "pineapple_blend_yarn"),
        ],
        needs=[N("เครื่องขูดใยใบสับปะรด", "fibre_decorticator_machine")],
    ),
    Sme(
        "bpu-031",
        "th",
        "กลุ่มใยกล้วยตานีบ้านคลองลาน",
        H,
        UP,
        "Kamphaeng Phet",
        "klonglan.banana@gmail.com",
        [],
        ["bio", "circular"],
        offers=[
            ("เส้นใยกาบกล้วยตานี ลอกตากแห้ง", "banana_fibre"),
            ("กระเป๋าและสมุดกระดาษใยกล้วย", "banana_fibre_crafts"),
        ],
        needs=[N("เครื่องแยกใยกาบกล้วย", "fibre_decorticator_machine")],
    ),
    # ---------------------------------------------------------------- circular: nets, PET, used clothing
    Sme(
        "bpu-032",
        "th",
        "วิสาหกิจชุมชนเก็บอวนเก่าบ้านหัวเขา",
        C,
        UP,
        "Songkhla",
        "huakhao.net@gmail.com",
        [],
        ["circular"],
        offers=[
            ("อวนไนลอนเก่า ล้างทรายแล้ว อัดก้อน", "used_fishing_nets"),
            ("ขวดพลาสติกเก็บจากชายหาด คัดแยกแล้ว", "pet_bottles_collected"),
        ],
        needs=[U("เครื่องอัดก้อนไฮดรอลิก", "hydraulic baler; nobody sells balers")],
    ),
    Sme(
        "bpu-033",
        "en",
        "Ocean Loop Recycling Co., Ltd.",
        C,
        MID,
        "Chonburi",
        "supply@oceanloop.co.th",
        ["GRS", "ISO 14001"],
        ["circular"],
        offers=[
            ("Recycled nylon 6 yarn made from ghost nets, 70D-210D", "recycled_nylon_yarn"),
            ("Hot-washed rPET flakes, clear grade, Line @oceanloop", "pet_flakes"),
        ],
        needs=[
            N("Looking for end-of-life nylon fishing nets, baled, 5 t minimum", "used_fishing_nets"),
            N("Post-consumer PET bottles, clear, sorted", "pet_bottles_collected"),
        ],
    ),
    Sme(
        "bpu-034",
        "th",
        "บจก. ระยองรีไซเคิลไฟเบอร์",
        C,
        MID,
        "Rayong",
        "purchase@rayongrfiber.co.th",
        ["GRS", "ISO 9001"],
        ["circular"],
        offers=[
            ("เส้นใยสั้นโพลีเอสเตอร์รีไซเคิล 1.4D-15D", "recycled_polyester_fibre"),
            ("เส้นด้ายรีไซเคิลจากขวด 150D/48F", "recycled_polyester_yarn"),
        ],
        needs=[
            N("เกล็ดขวด PET ใส ล้างร้อน", "pet_flakes"),
            N("ขวดน้ำดื่มใช้แล้ว อัดเป็นก้อน", "pet_bottles_collected"),
        ],
    ),
    Sme(
        "bpu-035",
        "th",
        "ร้านรับซื้อเสื้อผ้ามือสอง ปากเกร็ด",
        C,
        UP,
        "Nonthaburi",
        "pakkret.secondhand@gmail.com",
        [],
        ["circular"],
        offers=[
            ("เสื้อผ้ามือสองคัดเกรด A ยกกระสอบ 45 กก.", "used_clothing_sorted"),
            ("เสื้อผ้าเก่าใส่ไม่ได้ เกรด C ชั่งกิโลขาย", "textile_waste_postconsumer"),
            ("รับเก็บผ้าเก่าจากโรงแรม-โรงพยาบาลถึงที่", "textile_waste_collection_service"),
        ],
        needs=[N("รับซื้อผ้าปูเตียง ผ้าขนหนูเก่าจากโรงแรม ทุกสภาพ", "used_linen_waste")],
    ),
    Sme(
        "bpu-036",
        "en",
        "ReThread Fibre Co., Ltd.",
        C,
        MID,
        "Samut Sakhon",
        "sourcing@rethreadfibre.com",
        ["GRS"],
        ["circular"],
        offers=[
            ("Recycled cotton fibre from pre-consumer cutting waste, colour-sorted", "recycled_cotton_fibre"),
            ("Toll shredding: we shred your own textile waste and return the fibre", "textile_shredding_service"),
        ],
        needs=[
            N(
                "Pre-consumer cotton cutting scraps, sorted by colour, 10 t a month",
                "fabric_offcuts",
                "fabric_offcuts_pate",
            ),
            N("Worn-out cotton garments and linen, unwearable grade", "textile_waste_postconsumer", "used_linen_waste"),
        ],
    ),
    Sme(
        "bpu-037",
        "th",
        "บจก. ศรีราชาการ์เมนท์",
        C,
        MID,
        "Chonburi",
        "sriracha.garment@gmail.com",
        ["ISO 9001"],
        [],
        offers=[
            ("เศษผ้าตัดคอตตอน/TC จากไลน์ตัด เดือนละ 3 ตัน", "fabric_offcuts"),
            ("ชุดยูนิฟอร์มพนักงาน เสื้อช็อป ชุดแม่บ้าน", "workwear_uniform"),
        ],
        needs=[
            N("ผ้าทีซีทอ สีกรม ม้วน", "tc_fabric"),
            N("โรงตีเศษผ้าของเราเป็นใย แล้วส่งใยคืน", "textile_shredding_service"),
        ],
    ),
    Sme(
        "bpu-038",
        "en",
        "Second Chapter Upcycled",
        C,
        DOWN,
        "Bangkok",
        "studio@secondchapter.co",
        [],
        ["circular"],
        offers=[("Upcycled patchwork jackets and bags from vintage clothing", "upcycled_garments")],
        needs=[
            N("Sorted second-hand clothing, grade A denim and batik shirts", "used_clothing_sorted"),
            N("Leftover pa-te fabric pieces from sarong cutting", "fabric_offcuts_pate"),
        ],
    ),
    Sme(
        "bpu-039",
        "th",
        "วิสาหกิจชุมชนรักษ์ทะเลราไวย์",
        C,
        DOWN,
        "Phuket",
        "rawai.seacraft@gmail.com",
        [],
        ["circular"],
        offers=[
            ("กระเป๋าสานจากเชือกอวนเก่า", "recycled_net_products"),
            ("พวงกุญแจ ที่รองแก้ว จากเศษอวน", "recycled_net_products"),
        ],
        needs=[
            N("อวนเก่าล้างสะอาด สีเขียว สีฟ้า", "used_fishing_nets"),
            N("คนสอนไลฟ์ขายของ ทำเพจ", "digital_marketing_service"),
        ],
    ),
    Sme(
        "bpu-040",
        "en",
        "Ko Chang Island Waste Bank",
        C,
        UP,
        "Trat",
        "kochangwastebank@gmail.com",
        [],
        ["circular"],
        offers=[
            ("Beach-collected PET bottles, baled", "pet_bottles_collected"),
            ("Ghost nets retrieved by volunteer divers, rinsed", "used_fishing_nets"),
        ],
        needs=[U("A small baling press, manual or hydraulic", "baling press; nobody sells balers")],
    ),
    # ---------------------------------------------------------------- sportech
    Sme(
        "bpu-041",
        "en",
        "Andaman Dive Gear Co., Ltd.",
        S,
        DOWN,
        "Phuket",
        "gear@andamandive.com",
        [],
        ["circular"],
        offers=[("UPF50+ rash guards and dive skins, own label", "rash_guard_swimwear")],
        needs=[
            N(
                "Recycled nylon-spandex swim fabric, GRS-certified, 190 gsm",
                "recycled_swim_fabric",
                certs=("GRS",),
            ),
            N("Sublimation printing of our artwork on cut panels we send", "sublimation_printing_service"),
        ],
    ),
    Sme(
        "bpu-042",
        "th",
        "บจก. สปอร์ตนิตติ้ง",
        S,
        MID,
        "Samut Prakan",
        "sportknitting@gmail.com",
        ["OEKO-TEX Standard 100"],
        [],
        offers=[
            ("ผ้าไมโครโพลีเอสเตอร์ ระบายเหงื่อ (ดรายฟิต) 140 แกรม", "sport_knit_fabric_poly"),
            ("ผ้ากีฬาถักจากด้ายขวดรีไซเคิล", "recycled_sport_knit_fabric"),
            ("ผ้าชุดว่ายน้ำไนลอนรีไซเคิลผสมสแปนเด็กซ์", "recycled_swim_fabric"),
            ("ผ้ายืดคอตตอนสแปนเด็กซ์ 180 แกรม", "cotton_knit_fabric"),
        ],
        needs=[
            N("ด้ายโพลีเอสเตอร์รีไซเคิล ต้องมีใบ GRS", "recycled_polyester_yarn", certs=("GRS",)),
            N("ด้ายไนลอนรีไซเคิลจากอวนประมง", "recycled_nylon_yarn"),
        ],
    ),
    Sme(
        "bpu-043",
        "en",
        "Eastern Knit Tech Co., Ltd.",
        S,
        MID,
        "Chonburi",
        "sales@easternknit.com",
        ["GRS", "OEKO-TEX Standard 100", "bluesign"],
        ["circular"],
        offers=[
            ("Recycled nylon/elastane swimwear fabric, 190 gsm, chlorine resistant", "recycled_swim_fabric"),
            ("Nylon-spandex swim tricot, virgin yarn", "swim_fabric_nylon_spandex"),
        ],
        needs=[N("GRS recycled nylon yarn 40D-78D", "recycled_nylon_yarn", certs=("GRS",))],
    ),
    Sme(
        "bpu-044",
        "th",
        "ร้านหาดใหญ่สปอร์ต",
        S,
        DOWN,
        "Songkhla",
        "hatyaisport@gmail.com",
        [],
        [],
        offers=[
            ("เสื้อบอลพิมพ์ลายทั้งตัว สั่งทำทีม ขั้นต่ำ 10 ตัว", "sports_jersey_custom"),
            ("เสื้อวิ่งผ้ารีไซเคิลขวด PET สำหรับงานวิ่ง", "recycled_sports_tee"),
            ("รับพิมพ์ซับลิเมชั่นลงผ้าที่ลูกค้าส่งมา เมตรละ 45 บาท", "sublimation_printing_service"),
        ],
        needs=[
            N("ต้องการผ้าดรายฟิตสีขาว สำหรับซับลิเมชั่น ม้วนละ 25 กก.", "sport_knit_fabric_poly"),
            N("ผ้าขาวจากขวด rPET สำหรับเสื้อวิ่ง", "recycled_sport_knit_fabric"),
        ],
    ),
    Sme(
        "bpu-045",
        "th",
        "ร้านกางเกงมวยอ่าวนาง",
        S,
        DOWN,
        "Krabi",
        "aonang.muaythai@gmail.com",
        [],
        [],
        offers=[("กางเกงมวยไทยผ้าซาติน ปักชื่อค่าย", "muay_thai_shorts")],
        needs=[
            U("ผ้าซาตินเงา สีแดง น้ำเงิน ดำ", "glossy satin; nobody weaves or sells satin"),
            N("ร้านปักชื่อ/โลโก้ด้วยจักรปักคอม", "embroidery_service"),
        ],
    ),
    Sme(
        "bpu-046",
        "en",
        "Samui Muay Thai Camp",
        S,
        DOWN,
        "Surat Thani",
        "camp@samuimuaythai.com",
        [],
        [],
        offers=[
            ("Worn-out training shorts and tees, about 200 kg a year, free to recyclers", "textile_waste_postconsumer"),
        ],
        needs=[
            N("Muay Thai shorts with our camp logo, 300 pcs", "muay_thai_shorts"),
            N("Quick-dry training T-shirts printed with the camp logo", "sports_jersey_custom"),
            U("Cotton hand wraps 4.5 m", "boxing hand wraps; nobody makes them"),
        ],
    ),
    Sme(
        "bpu-047",
        "th",
        "บจก. ยางยืดสงขลา",
        S,
        MID,
        "Songkhla",
        "songkhla.elastic@gmail.com",
        ["ISO 9001"],
        ["bio"],
        offers=[
            ("เส้นยางยืดจากน้ำยางพาราธรรมชาติ", "rubber_elastic_thread"),
            ("ยางยืดถักขอบกางเกง 1-2 นิ้ว", "elastic_tape"),
        ],
        needs=[N("น้ำยางข้นคุณภาพสูง ส่งรถแท้งค์", "latex_concentrate")],
    ),
    Sme(
        "bpu-048",
        "en",
        "FlexBand Elastic Co., Ltd.",
        S,
        MID,
        "Samut Prakan",
        "flexband@flexband.co.th",
        ["OEKO-TEX Standard 100"],
        [],
        offers=[("Knitted and woven elastic tape, 10-50 mm", "elastic_tape")],
        needs=[N("Natural rubber thread, count 30-42", "rubber_elastic_thread")],
    ),
    Sme(
        "bpu-049",
        "th",
        "วิสาหกิจชุมชนแปรรูปยางพาราชะอวด",
        S,
        DOWN,
        "Nakhon Si Thammarat",
        "chauat.rubber@gmail.com",
        ["OTOP"],
        ["bio"],
        offers=[
            ("เสื่อโยคะยางพาราธรรมชาติ หนา 4 มม.", "yoga_mat_rubber"),
            ("หมอนยางพาราหล่อขึ้นรูป", "latex_pillow"),
        ],
        needs=[
            N("น้ำยางข้นจากสหกรณ์ใกล้บ้าน", "latex_concentrate"),
            N("ผ้าใยกัญชง สำหรับประกบหลังเสื่อ", "hemp_fabric_machine_woven", "hemp_fabric_handwoven"),
        ],
    ),
    Sme(
        "bpu-050",
        "en",
        "Flow Studio Yoga",
        S,
        DOWN,
        "Bangkok",
        "hello@flowstudio.yoga",
        [],
        ["green"],
        offers=[],
        needs=[
            N("Natural rubber yoga mats, no PVC, 4 mm", "yoga_mat_rubber"),
            U(
                "Organic cotton yoga leggings and tops, GOTS certified",
                "GOTS organic cotton yogawear; nobody makes it",
                certs=("GOTS",),
            ),
        ],
    ),
    # ---------------------------------------------------------------- hospitals, care, incontinence
    Sme(
        "bpu-051",
        "th",
        "โรงพยาบาลศรีสงขลาเวชการ",
        AC,
        DOWN,
        "Songkhla",
        "purchasing@srisongkhlahospital.com",
        [],
        [],
        offers=[("ผ้าปูเตียงเก่าปลดระวาง ปีละ 500 ผืน ให้ฟรีแก่ผู้รีไซเคิล", "used_linen_waste")],
        needs=[
            N("ผ้าเคลื่อนย้ายผู้ป่วย (ผ้ายก) ทนซัก 100 ครั้ง", "patient_transfer_sheet"),
            N("ผ้ายางรองที่นอนผู้ป่วย กันเปื้อน", "rubber_sheeting_bed"),
            N("ชุดผู้ป่วย เสื้อผ่าหน้าผูกเชือก กางเกงเอวยืด", "patient_gown"),
            N("แผ่นรองซับชนิดใช้แล้วทิ้ง ต้องมีเลข อย.", "underpad_disposable", certs=("Thai FDA",)),
        ],
    ),
    Sme(
        "bpu-052",
        "th",
        "บจก. เมดิเท็กซ์ไทย",
        AC,
        MID,
        "Nakhon Pathom",
        "sales@meditexthai.co.th",
        ["ISO 13485", "ISO 9001"],
        [],
        offers=[
            ("ผ้าสไลด์ยกตัวผู้ป่วย ไนลอนลื่น ซักได้", "patient_transfer_sheet"),
            ("ผ้ายางปูเตียงผู้ป่วย PVC เคลือบสองหน้า", "rubber_sheeting_bed"),
            ("ชุดคนไข้ ผ้า TC สีฟ้า", "patient_gown"),
            ("ชุดสครับแพทย์-พยาบาล", "medical_scrubs"),
        ],
        needs=[
            N("ผ้าทีซีทอ สีฟ้า-เขียว ม้วน", "tc_fabric"),
            N("ผ้าเคลือบพียูกันน้ำ หน้ากว้าง 60 นิ้ว", "pu_coated_fabric"),
            N("จ้างเคลือบกันน้ำบนผ้าทีซีของเราเอง", "waterproof_coating_service"),
        ],
    ),
    Sme(
        "bpu-053",
        "en",
        "Andaman International Hospital",
        AC,
        DOWN,
        "Phuket",
        "procurement@andamanhospital.com",
        ["ISO 9001"],
        [],
        offers=[],
        needs=[
            N("Seeking washable incontinence underpads, 4 layers, 300 washes", "underpad_washable"),
            N("Staff scrubs in antimicrobial fabric", "medical_scrubs"),
            N("Patient slide sheets for bed transfers", "patient_transfer_sheet"),
            N("Disposable adult diapers, Thai FDA registered", "adult_diaper_disposable", certs=("Thai FDA",)),
        ],
    ),
    Sme(
        "bpu-054",
        "th",
        "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ",
        AI,
        DOWN,
        "Khon Kaen",
        "baansukjai.kk@gmail.com",
        [],
        [],
        offers=[],
        needs=[
            N("ผ้าอ้อมผู้ใหญ่แบบเทป ไซซ์ L เดือนละ 3,000 ชิ้น", "adult_diaper_disposable"),
            N("กางเกงซึมซับซักได้ สำหรับผู้สูงวัย", "incontinence_pants_washable"),
            N("ผ้าห่มฝ้ายทอมือ ห่มสบาย", "handwoven_cotton_blanket"),
        ],
    ),
    Sme(
        "bpu-055",
        "th",
        "วิสาหกิจชุมชนผ้าอ้อมซักได้ร้อยเอ็ด",
        AI,
        MID,
        "Roi Et",
        "roiet.washablepad@gmail.com",
        [],
        ["green"],
        offers=[
            ("กางเกงซึมซับปัสสาวะผู้สูงอายุ ซักได้ 200 ครั้ง", "incontinence_pants_washable"),
            ("แผ่นรองซับซักได้ 4 ชั้น 90x90 ซม.", "underpad_washable"),
        ],
        needs=[
            N("ผ้าเคลือบกันน้ำ TPU หรือ PU สำหรับชั้นล่างสุด", "pu_coated_fabric"),
            N("ผ้าคอตตอนสแปนเด็กซ์ ผ้ายืดนุ่ม", "cotton_knit_fabric"),
        ],
    ),
    Sme(
        "bpu-056",
        "en",
        "Hygieia Nonwovens Co., Ltd.",
        AC,
        MID,
        "Pathum Thani",
        "sales@hygieianonwovens.com",
        ["Thai FDA", "ISO 13485"],
        [],
        offers=[
            ("Disposable adult diapers, tape type, M/L/XL", "adult_diaper_disposable"),
            ("Disposable underpads 60x90 cm", "underpad_disposable"),
            ("SMS nonwoven roll goods, 15-40 gsm", "nonwoven_fabric"),
            ("3-ply surgical face masks, single use", "surgical_mask_disposable"),
        ],
        needs=[
            N("Narrow elastic for leg cuffs and waistbands", "elastic_tape"),
            U("Fluff pulp, bleached", "fluff pulp; nobody sells it"),
        ],
    ),
    Sme(
        "bpu-057",
        "th",
        "บ้านพักผู้สูงอายุร่มไม้ นนทบุรี",
        AC,
        DOWN,
        "Nonthaburi",
        "rommai.care@gmail.com",
        [],
        [],
        offers=[],
        needs=[
            N("เสื้อผู้สูงอายุ ติดตีนตุ๊กแก ใส่-ถอดง่าย", "adaptive_clothing_elderly"),
            N("ถุงเท้ากันลื่นสำหรับผู้สูงอายุ", "anti_slip_socks"),
            N(
                "ผ้าอ้อมผู้ใหญ่ราคาประหยัด ไม่จำเป็นต้องมี อย.",
                "adult_diaper_disposable",
                waives=("Thai FDA",),
            ),
        ],
    ),
    Sme(
        "bpu-058",
        "th",
        "แบรนด์ใส่สบาย เสื้อผ้าผู้สูงวัย",
        AC,
        DOWN,
        "Ratchaburi",
        "saisabai.senior@gmail.com",
        [],
        [],
        offers=[
            ("เสื้อผ่าหน้าติดแม่เหล็ก สำหรับผู้สูงวัย", "adaptive_clothing_elderly"),
            ("กางเกงเอวยางยืด ขาจั๊ม ผ้านุ่ม", "adaptive_clothing_elderly"),
        ],
        needs=[
            N("ผ้ายืดคอตตอนสแปนเด็กซ์ นุ่ม ไม่ระคายผิว", "cotton_knit_fabric"),
            U("ตีนตุ๊กแก กระดุมแม่เหล็ก", "velcro and magnetic buttons; nobody sells trims"),
        ],
    ),
    Sme(
        "bpu-059",
        "en",
        "GripCare Socks Co., Ltd.",
        AC,
        MID,
        "Samut Sakhon",
        "info@gripcaresocks.com",
        ["OEKO-TEX Standard 100"],
        [],
        offers=[("Anti-slip socks with silicone grip for elderly and hospitals", "anti_slip_socks")],
        needs=[
            N(
                "Organic combed cotton yarn Ne 30 for socks, GOTS certified",
                "cotton_yarn_machine_spun",
                certs=("GOTS",),
            ),
        ],
    ),
    # ---------------------------------------------------------------- hotels, spas, schools
    Sme(
        "bpu-060",
        "en",
        "Railay Cliff Resort & Spa",
        AC,
        DOWN,
        "Krabi",
        "purchasing@railaycliff.com",
        [],
        ["green"],
        offers=[("Retired towels and sheets, free to recyclers", "used_linen_waste")],
        needs=[
            N(
                "Batik or pa-te sarongs for guest rooms, 300 pcs, before 1 November",
                "sarong_printed",
                "sarong_batik_handmade",
            ),
            N("Spa bath towels and hand towels, cotton", "towels_terry"),
            N("Coir doormats for villas", "coir_doormat"),
            N("Krajood baskets for amenity trays", "krajood_basket"),
        ],
    ),
    Sme(
        "bpu-061",
        "th",
        "สมุยธาราสปา",
        AC,
        DOWN,
        "Surat Thani",
        "samuitharaspa@gmail.com",
        [],
        [],
        offers=[],
        needs=[
            N("ลูกประคบสมุนไพรสด ส่งทุกสัปดาห์", "herbal_compress"),
            N("ผ้าถุง/ผ้าโสร่งให้ลูกค้าใส่นวด", "sarong_printed", "sarong_batik_handmade"),
            N("ชุดพนักงานสปา ผ้าฝ้าย สีเอิร์ธโทน", "spa_uniform"),
        ],
    ),
    Sme(
        "bpu-062",
        "th",
        "วิสาหกิจชุมชนสมุนไพรลูกประคบบ้านควนขนุน",
        AC,
        DOWN,
        "Phatthalung",
        "kuankhanun.herb@gmail.com",
        ["OTOP"],
        ["bio"],
        offers=[
            ("ลูกประคบสมุนไพร ห่อผ้าดิบ มัดเชือก", "herbal_compress"),
            ("หมอนสมุนไพรหนุนคอ", "herbal_pillow"),
        ],
        needs=[N("ผ้าดิบ พับละ 40 หลา สำหรับห่อลูกประคบ", "cotton_plain_fabric")],
    ),
    Sme(
        "bpu-063",
        "en",
        "Blue Lagoon Hotel Group",
        AC,
        DOWN,
        "Phuket",
        "supply@bluelagoonhotels.com",
        [],
        ["green"],
        offers=[("Retired bed sheets and towels, around 2 t a year", "used_linen_waste")],
        needs=[
            N(
                "Hotel bed sheets, 300 thread count, OEKO-TEX certified",
                "hotel_bed_linen",
                certs=("OEKO-TEX Standard 100",),
            ),
            N("Take-back and recycling of our old linen", "textile_waste_collection_service"),
        ],
    ),
    Sme(
        "bpu-064",
        "th",
        "บจก. ชลบุรีโฮมเท็กซ์",
        AC,
        MID,
        "Chonburi",
        "sales@chonburihometex.co.th",
        ["OEKO-TEX Standard 100", "ISO 9001"],
        [],
        offers=[
            ("ผ้าปูที่นอนโรงแรม คอตตอน 300 เส้นด้าย", "hotel_bed_linen"),
            ("ผ้าขนหนูโรงแรม 16 ปอนด์ สีขาวล้วน", "towels_terry"),
            ("ปลอกหมอนโรงแรม มีปีก", "pillowcase_sewn"),
            ("ผ้าหุ้มที่นอนจาการ์ด ขายเป็นม้วน", "mattress_ticking_fabric"),
        ],
        needs=[N("ด้ายคอตตอนหวี 40s", "cotton_yarn_machine_spun")],
    ),
    Sme(
        "bpu-065",
        "th",
        "โรงเรียนดารุลอามานวิทยา",
        AC,
        DOWN,
        "Yala",
        "darulaman.school@gmail.com",
        [],
        [],
        offers=[],
        needs=[
            N("ชุดนักเรียนหญิงมุสลิม เสื้อยาว กระโปรงยาว ส่งก่อนเปิดเทอม 16 พ.ค.", "school_uniform"),
            N("ผ้าคลุมผมนักเรียนสีขาว 800 ผืน", "hijab_instant"),
            N("ชุดพละนักเรียน เสื้อ+กางเกง", "pe_uniform"),
            U("หมวกกะปิเยาะห์นักเรียนชาย สีขาว", "white kopiah caps; nobody makes them"),
        ],
    ),
    Sme(
        "bpu-066",
        "th",
        "ร้านปัตตานียูนิฟอร์ม",
        AC,
        DOWN,
        "Pattani",
        "pattaniuniform@gmail.com",
        [],
        [],
        offers=[
            ("ชุดนักเรียนมุสลิมครบชุด ตัดตามไซซ์", "school_uniform"),
            ("ชุดพละ ชุดกีฬาสี", "pe_uniform"),
        ],
        needs=[N("ผ้าโทเร/ผ้าทีซีสีขาว เป็นม้วน", "tc_fabric")],
    ),
    Sme(
        "bpu-067",
        "en",
        "Siam TC Weaving Mill Co., Ltd.",
        AC,
        MID,
        "Samut Sakhon",
        "sales@siamtcweaving.com",
        ["ISO 9001", "OEKO-TEX Standard 100"],
        [],
        offers=[
            ("Polyester-cotton (TC) woven fabric, white and colours, 58 in", "tc_fabric"),
            ("Cotton sheeting, 100% cotton, greige or bleached white, for printing and dyeing", "cotton_plain_fabric"),
        ],
        needs=[
            U("Polyester filament yarn 75D, virgin", "virgin polyester filament yarn; nobody spins it"),
            N("Antimicrobial finishing on our hospital twill", "antimicrobial_finishing_service"),
        ],
    ),
    Sme(
        "bpu-068",
        "th",
        "บจก. ฟินิชชิ่งเท็กซ์ บางพลี",
        S,
        MID,
        "Samut Prakan",
        "finishingtex@gmail.com",
        ["bluesign"],
        [],
        offers=[
            ("รับตกแต่งผ้าต้านแบคทีเรีย บนผ้าของลูกค้า", "antimicrobial_finishing_service"),
            ("รับเคลือบกันน้ำ PU บนผ้าที่ลูกค้าส่งมา", "waterproof_coating_service"),
            ("ผ้าเคลือบพียูกันน้ำสำเร็จรูป ม้วนละ 50 หลา", "pu_coated_fabric"),
        ],
        needs=[U("สารเคลือบ PU ฐานน้ำ", "water-based PU coating chemicals; nobody sells them")],
    ),
    # ---------------------------------------------------------------- services
    Sme(
        "bpu-069",
        "th",
        "สตูดิโอออกแบบลายผ้าบ้านลาย",
        AC,
        DOWN,
        "Songkhla",
        "baanlai.studio@gmail.com",
        [],
        [],
        offers=[
            ("ออกแบบลายผ้าบาติก ลายพิมพ์ปาเต๊ะ ส่งไฟล์พร้อมพิมพ์", "textile_pattern_design"),
            ("ออกแบบผลิตภัณฑ์จักสาน กระจูด เตยปาหนัน ให้ทันสมัย", "product_design_service"),
        ],
        needs=[],
    ),
    Sme(
        "bpu-070",
        "en",
        "South Digital Marketing",
        AC,
        DOWN,
        "Songkhla",
        "team@southdigital.asia",
        [],
        [],
        offers=[
            ("Facebook and TikTok live-selling setup for community brands", "digital_marketing_service"),
            ("Product photography for craft makers", "digital_marketing_service"),
        ],
        needs=[],
    ),
    Sme(
        "bpu-071",
        "th",
        "สหกรณ์เครดิตยูเนี่ยนบ้านควน",
        H,
        DOWN,
        "Satun",
        "creditunion.bankuan@gmail.com",
        [],
        [],
        offers=[("สินเชื่อวิสาหกิจชุมชน ดอกเบี้ยร้อยละ 6 ต่อปี", "sme_loan")],
        needs=[],
    ),
    Sme(
        "bpu-072",
        "th",
        "ร้านจักรเย็บผ้าหาดใหญ่",
        AC,
        MID,
        "Songkhla",
        "hatyai.sewingmachine@gmail.com",
        [],
        [],
        offers=[
            ("จักรอุตสาหกรรม จักรโพ้ง จักรลา มือหนึ่ง-มือสอง", "sewing_machines"),
            ("ซ่อมจักรถึงที่ สงขลา ปัตตานี ยะลา", "sewing_machine_repair"),
        ],
        needs=[U("อะไหล่จักรญี่ปุ่นแท้", "genuine Japanese sewing-machine parts; nobody sells them")],
    ),
    Sme(
        "bpu-073",
        "en",
        "Agri-Fibre Machinery Co., Ltd.",
        H,
        MID,
        "Nakhon Pathom",
        "sales@agrifibremachinery.com",
        [],
        ["bio"],
        offers=[
            ("Decorticators for pineapple, banana and sisal leaf fibre", "fibre_decorticator_machine"),
            ("Coir defibering and cleaning lines", "coir_decorticator_machine"),
        ],
        needs=[],
    ),
    Sme(
        "bpu-074",
        "th",
        "ศูนย์ฝึกอาชีพสตรีปัตตานี",
        AC,
        DOWN,
        "Pattani",
        "pattani.skills@gmail.com",
        [],
        [],
        offers=[
            ("อบรมตัดเย็บ ทำแพทเทิร์น หลักสูตร 30 ชั่วโมง", "sewing_training"),
            ("อบรมย้อมสีธรรมชาติจากใบหูกวาง เปลือกมังคุด", "natural_dyeing_training"),
        ],
        needs=[N("จักรเย็บผ้ากระเป๋าหิ้ว สำหรับห้องเรียน 20 ตัว", "sewing_machines")],
    ),
    # ---------------------------------------------------------------- dyeing
    Sme(
        "bpu-075",
        "th",
        "กลุ่มผ้าหม้อห้อมทุ่งโฮ้ง",
        H,
        MID,
        "Phrae",
        "tunghong.mohom@gmail.com",
        ["OTOP"],
        ["bio"],
        offers=[
            ("เสื้อม่อฮ่อมย้อมห้อมแท้ ตัดสำเร็จ", "indigo_dyed_garment"),
            ("รับย้อมห้อมผ้าของลูกค้า ขั้นต่ำ 10 กก.", "indigo_dyeing_service"),
        ],
        needs=[
            N("ผ้าฝ้ายดิบสีขาว เป็นม้วน", "cotton_plain_fabric"),
            N("ต้องการห้อมเปียกเพิ่ม ช่วงหน้าแล้ง", "indigo_paste"),
        ],
    ),
    Sme(
        "bpu-076",
        "th",
        "กลุ่มมัดย้อมเปลือกมังคุดจันท์",
        H,
        MID,
        "Chanthaburi",
        "chan.mangosteendye@gmail.com",
        [],
        ["bio", "circular"],
        offers=[
            ("ผ้าพันคอมัดย้อมสีเปลือกมังคุด", "naturally_dyed_scarf"),
            ("เปลือกมังคุดตากแห้งบด สำหรับย้อมผ้า", "natural_dye_material"),
            ("รับมัดย้อมผ้าของลูกค้าด้วยสีธรรมชาติ", "natural_dyeing_service"),
        ],
        needs=[
            N("ผ้าคอตตอนขาว สำหรับมัดย้อม", "cotton_plain_fabric"),
            U("สารส้ม ปูนใส สารช่วยติดสี", "mordants; nobody sells them"),
        ],
    ),
    Sme(
        "bpu-077",
        "th",
        "กลุ่มอนุรักษ์ป่าชายเลนบ้านบ่อหิน",
        H,
        UP,
        "Trang",
        "bohin.mangrove@gmail.com",
        [],
        ["bio"],
        offers=[
            ("เปลือกโกงกาง ใบหูกวางตากแห้ง สำหรับย้อมสี", "natural_dye_material"),
            ("ผ้าบาติกย้อมสีเปลือกไม้ เขียนมือ", "batik_fabric_handmade"),
        ],
        needs=[N("อบรมย้อมสีธรรมชาติให้สมาชิก", "natural_dyeing_training")],
    ),
    Sme(
        "bpu-078",
        "en",
        "Indigo & Lac Atelier",
        H,
        MID,
        "Bangkok",
        "atelier@indigolac.studio",
        [],
        ["bio"],
        offers=[
            ("Natural dyeing of yarn and cloth on commission: indigo, lac, ebony", "natural_dyeing_service"),
            ("Indigo-dyed hand-loomed cotton scarves", "naturally_dyed_scarf"),
        ],
        needs=[
            N("Sticklac, raw, 100 kg a year", "lac_dye"),
            N("Mangrove bark or other tannin-rich dyestuff", "natural_dye_material"),
            N(
                "Handspun cotton yarn, undyed, Organic Thailand certified",
                "cotton_yarn_handspun",
                certs=("Organic Thailand",),
            ),
        ],
    ),
    Sme(
        "bpu-079",
        "th",
        "กลุ่มผู้เลี้ยงครั่งบ้านโพน",
        AI,
        UP,
        "Kalasin",
        "banphon.lac@gmail.com",
        [],
        ["bio"],
        offers=[
            ("ครั่งดิบ ครั่งเม็ด กก.ละ 150", "lac_dye"),
            ("ไหมย้อมครั่งสีแดงเลือดนก", "silk_yarn_naturally_dyed"),
        ],
        needs=[U("คนช่วยออกแบบแบรนด์และบรรจุภัณฑ์ผ้าแพรวา", "brand and packaging design; nobody offers it")],
    ),
    Sme(
        "bpu-080",
        "en",
        "Mekong Silver Living",
        AI,
        DOWN,
        "Ubon Ratchathani",
        "hello@mekongsilver.com",
        [],
        ["bio"],
        offers=[("Herbal neck pillows wrapped in handwoven Isan cotton", "herbal_pillow")],
        needs=[
            N(
                "Handwoven cotton cloth, indigo or undyed, no need for GOTS",
                "handwoven_cotton_cloth",
                "indigo_dyed_handwoven_cloth",
                waives=("GOTS",),
            ),
            N("Small natural latex pillow inserts", "latex_pillow"),
        ],
    ),
    Sme(
        "bpu-081",
        "th",
        "วิสาหกิจชุมชนทอผ้าขาวม้าปักธงชัย",
        AI,
        MID,
        "Nakhon Ratchasima",
        "pakthongchai.pakama@gmail.com",
        ["OTOP"],
        [],
        offers=[
            ("ผ้าขาวม้าทอมือ ฝ้าย 100% ลายตาราง", "pakama_cloth"),
            ("ผ้าห่มฝ้ายทอมือ 2 ชั้น", "handwoven_cotton_blanket"),
        ],
        needs=[N("ด้ายฝ้ายย้อมสี 20/2", "cotton_yarn_dyed")],
    ),
    Sme(
        "bpu-082",
        "th",
        "โรงพยาบาลชุมชนกุมภวาปี",
        AI,
        DOWN,
        "Udon Thani",
        "kumphawapi.hosp@gmail.com",
        [],
        [],
        offers=[],
        needs=[
            N("ชุดผู้ป่วย ผ้าทีซี", "patient_gown"),
            N("ผ้าอ้อมผู้ใหญ่ ต้องผ่าน อย.", "adult_diaper_disposable", certs=("Thai FDA",)),
            N("ผ้าห่มผู้ป่วย ผ้าฝ้าย ซักทน", "handwoven_cotton_blanket"),
            N("หน้ากากอนามัย 3 ชั้น ใช้แล้วทิ้ง", "surgical_mask_disposable"),
        ],
    ),
    Sme(
        "bpu-083",
        "en",
        "Lamphun Cotton Spinners Co., Ltd.",
        H,
        UP,
        "Lamphun",
        "yarn@lamphunspinners.com",
        ["GOTS", "OEKO-TEX Standard 100"],
        [],
        offers=[
            ("Combed cotton yarn Ne 20-40, raw white, GOTS organic lots available", "cotton_yarn_machine_spun"),
            ("Dyed cotton yarn on cones, 20/2, 60 shades", "cotton_yarn_dyed"),
        ],
        needs=[N("Raw cotton lint, local, for blending", "raw_cotton")],
    ),
    Sme(
        "bpu-084",
        "th",
        "ร้านด้ายทอผ้าชนบท",
        AI,
        MID,
        "Khon Kaen",
        "chonnabot.yarn@gmail.com",
        [],
        [],
        offers=[
            ("ด้ายฝ้ายมันเงาย้อมสี เบอร์ 20/2", "cotton_yarn_dyed"),
            ("ด้ายโทเร ด้ายโพลีทอผ้า", "polyester_weaving_yarn"),
        ],
        needs=[N("ไหมย้อมสีธรรมชาติ มาฝากขาย", "silk_yarn_naturally_dyed")],
    ),
    # ---------------------------------------------------------------- more buyers and makers
    Sme(
        "bpu-085",
        "en",
        "Silver Age Mart",
        AC,
        DOWN,
        "Bangkok",
        "buying@silveragemart.com",
        [],
        [],
        offers=[],
        needs=[
            N("Adaptive clothing for seniors, magnetic or Velcro closures", "adaptive_clothing_elderly"),
            N("Contour pillows in natural latex", "latex_pillow"),
            N("Non-slip hospital socks", "anti_slip_socks"),
        ],
    ),
    Sme(
        "bpu-086",
        "en",
        "Khao Lak Eco Lodge",
        H,
        DOWN,
        "Phang Nga",
        "stay@khaolakecolodge.com",
        [],
        ["green"],
        offers=[],
        needs=[
            N("Pandanus or krajood floor mats for bungalows", "pandanus_mat", "krajood_mat"),
            N("Coconut-fibre door mats", "coir_doormat"),
            N("Batik painting class for guests, run by a local group", "batik_workshop_training"),
        ],
    ),
    Sme(
        "bpu-087",
        "th",
        "กลุ่มพรมใยมะพร้าวบางสะพาน",
        H,
        DOWN,
        "Prachuap Khiri Khan",
        "bangsaphan.coir@gmail.com",
        [],
        ["bio", "circular"],
        offers=[
            ("พรมเช็ดเท้าใยมะพร้าว ขนาด 40x60", "coir_doormat"),
            ("กระถางใยมะพร้าว", "coir_pots"),
            ("เปลือกมะพร้าวแห้งจากสวน ขายเป็นตัน", "coconut_husk"),
        ],
        needs=[N("รับซื้อใยมะพร้าวเส้นสั้น อัดก้อน", "coir_fibre_bale")],
    ),
    Sme(
        "bpu-088",
        "en",
        "Phuket Triathlon Events",
        S,
        DOWN,
        "Phuket",
        "ops@phukettri.com",
        [],
        ["circular"],
        offers=[],
        needs=[
            N("Finisher shirts in recycled polyester, 2,000 pcs", "recycled_sports_tee"),
            U("Race bibs printed on Tyvek", "Tyvek race bibs; nobody makes them"),
        ],
    ),
    Sme(
        "bpu-089",
        "en",
        "Trang Seaside Care Home",
        AC,
        DOWN,
        "Trang",
        "admin@trangseasidecare.com",
        [],
        [],
        offers=[],
        needs=[
            N("Washable bed pads for residents", "underpad_washable"),
            N("Slide sheets for moving residents in bed", "patient_transfer_sheet"),
            N("Firm mattresses, rubberised coir or latex", "rubberised_coir_mattress", "latex_mattress"),
        ],
    ),
    Sme(
        "bpu-090",
        "en",
        "Tak Bai Halal Textiles Co., Ltd.",
        AC,
        MID,
        "Narathiwat",
        "trade@takbaihalal.com",
        ["Halal"],
        [],
        offers=[
            ("Chiffon and jersey hijab fabric by the roll", "hijab_fabric"),
            ("Ready-to-wear tudung, Halal certified", "hijab_instant"),
        ],
        needs=[N("Screen printing of our pa-te motifs on cotton, 300 yards minimum", "screen_printing_service")],
    ),
    Sme(
        "bpu-091",
        "en",
        "Lanna Hemp Collective",
        H,
        DOWN,
        "Chiang Rai",
        "collective@lannahemp.org",
        [],
        ["bio"],
        offers=[("Hemp tote bags with batik panels, Hmong style", "hemp_bags")],
        needs=[
            N("Want handspun hemp yarn for weaving, 20 kg", "hemp_yarn_handspun"),
            N("Batik painting on our own hemp cloth, sent to you", "batik_dyeing_service"),
        ],
    ),
    Sme(
        "bpu-092",
        "th",
        "แบรนด์เบบี๋มัสลิน เพชรบุรี",
        AC,
        DOWN,
        "Phetchaburi",
        "babymuslin.pb@gmail.com",
        [],
        [],
        offers=[
            ("ชุดเด็กแรกเกิด ผ้ามัสลินคอตตอน", "baby_clothes"),
            ("ผ้าห่อตัวเด็กมัสลิน 2 ชั้น", "baby_swaddle"),
        ],
        needs=[
            U(
                "ผ้ามัสลินฝ้ายออร์แกนิก ต้องมีใบรับรอง GOTS",
                "GOTS organic cotton muslin; nobody weaves it",
                certs=("GOTS",),
            ),
        ],
    ),
    Sme(
        "bpu-093",
        "th",
        "บจก. กาญจน์สปอร์ตแวร์",
        S,
        MID,
        "Kanchanaburi",
        "kansportwear@gmail.com",
        [],
        [],
        offers=[("ผ้าตาข่ายกีฬา ผ้าเจอร์ซีย์โพลีเอสเตอร์", "sport_knit_fabric_poly")],
        needs=[
            N("ด้ายโพลีเอสเตอร์รีไซเคิล ไม่ต้องมี GRS", "recycled_polyester_yarn", waives=("GRS",)),
        ],
    ),
    Sme(
        "bpu-094",
        "th",
        "โรงแรมบ้านสวนระยอง",
        AC,
        DOWN,
        "Rayong",
        "baansuan.rayong@gmail.com",
        [],
        [],
        offers=[],
        needs=[
            N("ผ้าปูที่นอน ปลอกหมอน สำหรับห้องพัก 40 ห้อง", "hotel_bed_linen", "pillowcase_sewn"),
            N("ผ้าเช็ดตัว ผ้าเช็ดมือ สีขาว", "towels_terry"),
            N("ชุดพนักงานต้อนรับ-แม่บ้าน", "workwear_uniform"),
        ],
    ),
    Sme(
        "bpu-095",
        "th",
        "กลุ่มแม่บ้านตัดเย็บบ้านตะลุโบะ",
        AC,
        MID,
        "Pattani",
        "talubo.sewing@gmail.com",
        [],
        [],
        offers=[
            ("หน้ากากผ้าฝ้าย 3 ชั้น ซักได้", "cloth_face_mask_washable"),
            ("ชุดพนักงานสปา ชุดนวด ผ้าฝ้าย ตัดตามสั่ง", "spa_uniform"),
            ("รับปักชื่อ ปักโลโก้ จักรปักคอมพิวเตอร์ 12 หัว", "embroidery_service"),
        ],
        needs=[N("ผ้าคอตตอนบางสีขาว เป็นพับ", "cotton_plain_fabric", "cotton_voile_fabric")],
    ),
]

# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^bpu-\d{3}$")
THAI = re.compile("[\u0e00-\u0e7f]")
LATIN = re.compile("[A-Za-z]")
LINK_MIN, LINK_MAX = 140, 180
UNMET_MIN, UNMET_MAX = 15, 25
CROSS_MIN = 0.45


def _script_ok(text: str, lang: str) -> bool:
    thai = len(THAI.findall(text))
    latin = len(LATIN.findall(text))
    if lang == "th":
        return thai > latin
    return thai == 0 and latin > 0


def _names_of(cert: str) -> list[str]:
    for c in CERTIFICATIONS:
        if c.name == cert:
            return [c.name, c.full_name, c.name_th, *c.aliases, *c.mentions]
    return []


def _mentions(text: str, cert: str) -> bool:
    low = text.casefold()
    return any(name.casefold() in low for name in _names_of(cert))


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    offered: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            errors.append(f"{where}: bad id")
        if s.sub not in {x.value for x in SubCluster}:
            errors.append(f"{where}: bad sub_cluster {s.sub}")
        if s.stage not in {x.value for x in Stage}:
            errors.append(f"{where}: bad stage {s.stage}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: unknown province {s.province}")
        for cert in s.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert} is not canonical")
        for tag in s.bcg:
            if tag not in {x.value for x in BcgTag}:
                errors.append(f"{where}: bad bcg {tag}")
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: bad language")
        if not s.name.strip() or "@" not in s.email:
            errors.append(f"{where}: name or email missing")
        if len(s.offers) > 4 or len(s.needs) > 4:
            errors.append(f"{where}: more than four offers or needs")
        for text, label in s.offers:
            if not _script_ok(text, s.lang):
                errors.append(f"{where}: offer not in {s.lang}: {text}")
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                errors.append(f"{where}: bad label {label}")
        for need in s.needs:
            if not _script_ok(need.text, s.lang):
                errors.append(f"{where}: need not in {s.lang}: {need.text}")
            if bool(need.labels) == bool(need.unmet):
                errors.append(f"{where}: need must list labels or be unmet: {need.text}")
            for cert in (*need.certs, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert} is not canonical")
                if not _mentions(need.text, cert):
                    errors.append(f"{where}: need does not name {cert}: {need.text}")
            for label in need.labels:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{where}: label {label} is offered by no one else")
            if need.labels and not suppliers_for(need, s.id, smes):
                errors.append(f"{where}: need met by no qualified supplier: {need.text}")
    return errors


def suppliers_for(need: Need, buyer: str, smes: list[Sme]) -> set[str]:
    wanted = set(need.labels)
    return {
        s.id
        for s in smes
        if s.id != buyer and wanted & {label for _, label in s.offers} and set(need.certs) <= set(s.certs)
    }


def links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for buyer in smes:
        for need in buyer.needs:
            for supplier in suppliers_for(need, buyer.id, smes):
                pairs.add((supplier, buyer.id))
    return sorted(pairs)


def stats(smes: list[Sme], pairs: list[tuple[str, str]]) -> dict[str, object]:
    by_id = {s.id: s for s in smes}
    needs = [n for s in smes for n in s.needs]
    direction = Counter(f"{by_id[a].lang}->{by_id[b].lang}" for a, b in pairs)
    return {
        "profiles": len(smes),
        "language": dict(sorted(Counter(s.lang for s in smes).items())),
        "sub_cluster": dict(sorted(Counter(s.sub for s in smes).items())),
        "stage": dict(sorted(Counter(s.stage for s in smes).items())),
        "region": dict(sorted(Counter(str(resolve_province(s.province).region) for s in smes).items())),
        "provinces": len({resolve_province(s.province).name_en for s in smes}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({label for s in smes for _, label in s.offers}),
        "needs": len(needs),
        "needs_met": sum(1 for n in needs if n.labels),
        "needs_unmet": sum(1 for n in needs if n.unmet),
        "needs_requiring_cert": sum(1 for n in needs if n.certs),
        "needs_waiving_cert": sum(1 for n in needs if n.waives),
        "links": len(pairs),
        "links_by_direction": dict(sorted(direction.items())),
        "cross_language": direction["th->en"] + direction["en->th"],
        "cross_sub_cluster": sum(1 for a, b in pairs if by_id[a].sub != by_id[b].sub),
    }


def main() -> int:
    errors = check(SMES)
    pairs = links(SMES)
    st = stats(SMES, pairs)
    if not LINK_MIN <= len(pairs) <= LINK_MAX:
        errors.append(f"{len(pairs)} links, outside {LINK_MIN}-{LINK_MAX}")
    if pairs and st["cross_language"] / len(pairs) < CROSS_MIN:
        errors.append(f"cross-language share {st['cross_language'] / len(pairs):.2f} below {CROSS_MIN}")
    if not UNMET_MIN <= st["needs_unmet"] <= UNMET_MAX:
        errors.append(f"{st['needs_unmet']} unmet needs, outside {UNMET_MIN}-{UNMET_MAX}")
    if not st["needs_requiring_cert"] or not st["needs_waiving_cert"]:
        errors.append("need both certification requirements and waivers")
    print(json.dumps(st, ensure_ascii=False, indent=1))
    if errors:
        for error in errors:
            print("CHECK FAILED:", error, file=sys.stderr)
        return 1

    lines = []
    for s in SMES:
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
        lines.append(json.dumps(row, ensure_ascii=False))
    (HERE / "profiles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(pairs)
    (HERE / "links.csv").write_text(buffer.getvalue(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
