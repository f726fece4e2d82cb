"""Write the hand-labelled evaluation set `eval/blind_plain_wedding/`.

Ninety-five plain registry entries of SMEs around weddings and ceremonies (bridal and Thai wedding
dress, groom's wear, rental, decoration, banquet linen, favours, ceremony goods) and the ordinary
silk, cotton, yarn, dyeing and sewing suppliers behind them. Every offer carries a label saying what
the thing is; every need lists the labels that would meet it and the certifications its text requires,
or is marked as met by no one. The true links follow from the labels alone.

Run from the repository root:

    .venv/bin/python eval/blind_plain_wedding/write.py

It checks the data first and writes nothing if a check fails. The labels live only in this file.
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
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Province,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

PREFIX = "bwd"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET = (17, 23)

# Short names for the taxonomy's values.
HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
CENTRAL = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ISAN = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value
BIO = BcgTag.BIO.value
CIRCULAR = BcgTag.CIRCULAR.value
GREEN = BcgTag.GREEN.value

# Canonical certification names, as `resolve_certification` returns them.
GOTS = "GOTS"
OEKO = "OEKO-TEX Standard 100"
GRS = "GRS"
ORGANIC_TH = "Organic Thailand"
PEACOCK = "Thai Silk Peacock Emblem"
OTOP = "OTOP"
TIS = "Thai Industrial Standard"
FAIRTRADE = "Fairtrade"
ISO14001 = "ISO 14001"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]  # offer labels that would meet it
    requires: tuple[str, ...] = ()  # certifications the text requires (canonical names)
    waives: tuple[str, ...] = ()  # certifications the text names only to waive them
    unmet: str = ""  # why no one in the set meets it; empty when someone does


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive, note)


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]  # (text, label)
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def sme(
    head: tuple[int, str, str, str, str, str, str],
    offers: list[tuple[str, str]],
    needs: list[Need],
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    """head: (number, language, name, sub-cluster, stage, province, contact e-mail)."""
    num, language, name, sub_cluster, stage, province, email = head
    return Sme(num, language, name, sub_cluster, stage, province, email, tuple(offers), tuple(needs), certs, bcg)


# ---------------------------------------------------------------- the profiles


SMES: list[Sme] = [
    # ------------------------------------------------ fibre, yarn, dyestuff, waste (upstream)
    sme(
        (1, "th", "วิสาหกิจชุมชนหม่อนไหมบ้านท่าสว่าง", ISAN, UP, "Surin", "thasawang.silk@gmail.com"),
        [
            ("รังไหมเหลือง พันธุ์นางน้อย ขายยกกระสอบ", "silk_cocoons"),
            ("ไหมน้อยสาวมือ เส้นเล็ก สีทองธรรมชาติ", "raw_silk_yarn"),
        ],
        [unmet("ใบหม่อนสด ส่งทุกอาทิตย์ช่วงหน้าแล้ง", "fresh mulberry leaves: no grower in the set")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        (2, "en", "Isan Silk Reeling Co., Ltd.", ISAN, UP, "Khon Kaen", "sales@isansilkreeling.com"),
        [
            ("Thrown silk yarn 20/22 denier, degummed, 5 kg cones", "raw_silk_yarn"),
            ("Silk noil and cocoon floss, grade B, for spinning", "silk_waste"),
        ],
        [
            need("Fresh yellow cocoons, Thai native breeds", "silk_cocoons"),
            need("Anyone weaving silk on commission? We supply the yarn", "weaving_service"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        (3, "th", "กลุ่มปลูกฝ้ายอินทรีย์บ้านนาด้วง", HEMP, UP, "Loei", "naduang.cotton@gmail.com"),
        [
            ("ปุยฝ้ายอินทรีย์ หีบเมล็ดออกแล้ว", "cotton_lint"),
            ("ฝ้ายเข็นมือ ฝ้ายอินทรีย์ สีตุ่น", "handspun_cotton_yarn"),
        ],
        [],
        certs=("เกษตรอินทรีย์",),
        bcg=(BIO, GREEN),
    ),
    sme(
        (4, "en", "Siam Cotton Spinning Mill", HEMP, UP, "Nakhon Pathom", "export@siamcottonmill.co.th"),
        [
            ("Combed cotton yarn Ne 40/1, bleached, 50 kg MOQ", "cotton_yarn"),
            ("Cotton yarn dyed to shade, 30 stock colours", "dyed_cotton_yarn"),
        ],
        [need("Ginned raw cotton, baled, Loei or Nan crop", "cotton_lint")],
        certs=("ISO 9001", "Oeko-Tex 100"),
    ),
    sme(
        (5, "en", "Doi Organic Yarns", HEMP, UP, "Chiang Rai", "hello@doiorganicyarns.com"),
        [("GOTS organic cotton yarn Ne 20/2, ecru", "organic_cotton_yarn")],
        [need("Raw cotton from Organic Thailand certified farms", "cotton_lint", req=(ORGANIC_TH,))],
        certs=("GOTS certified", "Organic Thailand"),
        bcg=(BIO, GREEN),
    ),
    sme(
        (6, "th", "กลุ่มกัญชงม้งบ้านรวมไทย", HEMP, UP, "Tak", "hmonghemp.ruamthai@gmail.com"),
        [
            ("เปลือกกัญชงลอกตากแห้ง มัดละ 5 กก.", "hemp_fibre"),
            ("เส้นกัญชงต่อมือ ปั่นแบบม้ง", "hemp_yarn"),
        ],
        [],
        bcg=(BIO,),
    ),
    sme(
        (7, "th", "หจก. สำเพ็งดิ้นทอง", CENTRAL, MID, "Bangkok", "sampheng.dintong@gmail.com"),
        [
            ("ดิ้นทอง ดิ้นเงิน ดิ้นโปร่ง สำหรับปักชุดไทย", "metallic_thread"),
            ("ลูกปัดคริสตัล เลื่อม ปีกแมลงทับเทียม", "beads_sequins"),
            ("ลูกไม้ขอบ ลูกไม้ริบบิ้น ขายเป็นหลา", "lace_trim"),
        ],
        [need("ลูกปัดเม็ดทราย แบบมิยูกิ ยกกล่อง", "beads_sequins")],
    ),
    sme(
        (8, "th", "ร้านสายสิญจน์มงคล กรุงเก่า", CENTRAL, DOWN, "Phra Nakhon Si Ayutthaya", "saisin.krungkao@gmail.com"),
        [
            ("สายสิญจน์ 9 เส้น ม้วนใหญ่ ใช้รดน้ำสังข์", "sacred_thread"),
            ("มงคลแฝด บ่าวสาว พันผ้าขาว", "mongkhon_headband"),
        ],
        [
            need(
                "ด้ายฝ้ายสีขาวเนื้อดี สำหรับฟั่นสายสิญจน์",
                "cotton_yarn",
                "organic_cotton_yarn",
                "handspun_cotton_yarn",
            )
        ],
    ),
    sme(
        (9, "en", "CircleCut Textile Recovery", CIRC, UP, "Samut Prakan", "pickup@circlecut.co.th"),
        [
            ("Sorted pre-consumer offcuts: satin, chiffon, lace, by colour", "textile_offcuts"),
            ("Collection of worn banquet linen and uniforms from hotels", "textile_collection_service"),
        ],
        [need("Cutting-room scraps from bridal and sewing workshops", "textile_offcuts", "silk_offcuts")],
        certs=("RCS certified",),
        bcg=(CIRCULAR,),
    ),
    sme(
        (10, "en", "EcoLoop Fibres", CIRC, UP, "Rayong", "sales@ecoloopfibres.com"),
        [
            ("rPET filament yarn 75D/36F, GRS", "recycled_polyester_yarn"),
            ("Recycled polyester staple fibre from bottles", "recycled_polyester_fibre"),
        ],
        [need("Polyester satin and chiffon scraps for recycling", "textile_offcuts")],
        certs=("GRS", "RCS"),
        bcg=(CIRCULAR,),
    ),
    sme(
        (11, "th", "ร้านชุดเจ้าสาวมือสอง ใส่ครั้งเดียว", CIRC, DOWN, "Nonthaburi", "onetimegown.nont@gmail.com"),
        [("ชุดเจ้าสาวสากลมือสอง ใส่ครั้งเดียว ซักแล้ว", "used_bridal_gown")],
        [
            need("รับซื้อชุดแต่งงานที่ผ่านการใช้งาน สภาพดี", "used_bridal_gown"),
            need("ส่งซักชุดเจ้าสาว ขจัดคราบเหลือง", "gown_cleaning_service"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        (12, "th", "กลุ่มผู้ผลิตเนื้อครามบ้านพันนา", HEMP, UP, "Sakon Nakhon", "phanna.indigo@gmail.com"),
        [
            ("เนื้อครามหมัก ถังละ 20 กก.", "natural_dyestuff"),
            ("เมล็ดพันธุ์คราม และต้นครามสด", "indigo_plants"),
        ],
        [],
        bcg=(BIO,),
    ),
    sme(
        (13, "en", "Lanna Natural Dye Supply", HEMP, UP, "Chiang Mai", "info@lannadye.com"),
        [
            ("Plant dye extracts: lac, ebony fruit, annatto (powder)", "natural_dyestuff"),
            ("Natural dyeing of your silk or cotton, small lots", "natural_dyeing_service"),
        ],
        [unmet("Alum mordant, food grade, 25 kg bags", "mordant chemicals: not offered in the set")],
        bcg=(BIO, GREEN),
    ),
    # ------------------------------------------------ weaving, dyeing, trims, sewing (midstream)
    sme(
        (14, "th", "กลุ่มทอผ้าไหมบ้านโนนสะอาด ชนบท", ISAN, MID, "Khon Kaen", "nonsaat.silk@gmail.com"),
        [
            ("ผ้าไหมมัดหมี่ลายโบราณ ผืนละ 2 เมตร", "mudmee_silk_fabric"),
            ("ผ้าไหมพื้นเรียบ สีพาสเทล ทอมือ", "silk_fabric"),
            ("รับทอผ้าไหมตามแบบ ใช้เส้นไหมของลูกค้า", "weaving_service"),
        ],
        [need("เส้นไหมยืน ไหมพุ่ง สาวแล้ว", "raw_silk_yarn")],
        certs=("ตรานกยูงพระราชทาน", "OTOP"),
    ),
    sme(
        (15, "en", "Siam Silk House", CENTRAL, MID, "Bangkok", "trade@siamsilkhouse.com"),
        [
            ("Thai silk yardage, 100+ solid shades, 40 in wide", "silk_fabric"),
            ("Silk organza for veils and overskirts", "organza_fabric"),
        ],
        [
            need("Commission piece-dyeing of silk lots to Pantone", "fabric_dyeing_service"),
            unmet(
                "Silk yarn with a GOTS certificate for an organic line",
                "no silk yarn supplier in the set holds GOTS",
                "raw_silk_yarn",
                req=(GOTS,),
            ),
        ],
        certs=("Oeko-Tex 100",),
    ),
    sme(
        (16, "th", "ศูนย์ผ้าไหมยกทองโบราณ สุรินทร์", ISAN, MID, "Surin", "yoktong.surin@gmail.com"),
        [
            ("ผ้าไหมยกทอง ลายราชสำนัก", "brocade_fabric"),
        ],
        [need("เส้นดิ้นสีทอง สำหรับทอผ้ายก", "metallic_thread")],
        certs=("ตรานกยูง",),
    ),
    sme(
        (17, "th", "กลุ่มผ้าไหมบ้านเขว้า", ISAN, MID, "Chaiyaphum", "khwao.silk@gmail.com"),
        [
            ("ผ้าไหมมัดหมี่ หมี่ขั้น สีสด", "mudmee_silk_fabric"),
            ("สไบไหม ห่มชุดไทย", "sabai_shawl"),
        ],
        [
            need("ไหมเส้น สาวเสร็จแล้ว กิโลละเท่าไร", "raw_silk_yarn"),
            need("มีใครรับย้อมเส้นไหมบ้างคะ", "yarn_dyeing_service"),
        ],
        certs=("OTOP",),
    ),
    sme(
        (18, "th", "กลุ่มทอผ้าไหมสีธรรมชาติบ้านหวาย", ISAN, MID, "Roi Et", "banwai.naturalsilk@gmail.com"),
        [
            ("ผ้าไหมย้อมสีธรรมชาติ เปลือกประดู่ ครั่ง", "natural_dyed_silk_fabric"),
            ("ผ้าไหมมัดหมี่ สีจากเปลือกไม้", "mudmee_silk_fabric"),
        ],
        [need("วัตถุดิบย้อมสีธรรมชาติ ครามหรือครั่ง", "natural_dyestuff")],
        certs=("Peacock Emblem", "OTOP"),
        bcg=(BIO, GREEN),
    ),
    sme(
        (19, "th", "กลุ่มผ้าไหมยกดอกลำพูน", HEMP, MID, "Lamphun", "yokdok.lamphun@gmail.com"),
        [
            ("ผ้าไหมยกดอกลำพูน ลายพิกุล", "brocade_fabric"),
            ("ผ้าซิ่นไหมยกดอก ตัดเย็บสำเร็จ", "pha_sin_sarong"),
        ],
        [],
        certs=("ตรานกยูงพระราชทาน", "OTOP"),
    ),
    sme(
        (20, "th", "กลุ่มทอผ้ายกเมืองนคร", HEMP, MID, "Nakhon Si Thammarat", "phayok.nakhon@gmail.com"),
        [("ผ้ายกเมืองนคร ยกทอง ลายดอกพิกุล", "brocade_fabric")],
        [need("ไหมทอง ไหมเงิน เส้นโลหะ ส่งถึงภาคใต้", "metallic_thread")],
        certs=("OTOP",),
    ),
    sme(
        (21, "en", "Lanna Natural Silk Studio", HEMP, MID, "Chiang Mai", "studio@lannanaturalsilk.com"),
        [
            ("Plant-dyed silk scarves: indigo, lac, mango bark", "silk_scarf"),
            ("Weaving to order from your own yarn, min 20 m", "weaving_service"),
        ],
        [need("Dyestuff from plants only, no synthetic colour", "natural_dyestuff")],
        bcg=(BIO,),
    ),
    sme(
        (22, "th", "ผ้าฝ้ายทอมือ ป่าซาง", HEMP, MID, "Lamphun", "pasang.cotton@gmail.com"),
        [
            ("ผ้าฝ้ายทอมือ ลายตาราง หน้ากว้าง 1 ม.", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าฝ้าย ทอมือ", "pha_khao_ma"),
        ],
        [need("ด้ายฝ้ายปั่นมือ เส้นใหญ่ ไม่จำเป็นต้องมี GOTS", "handspun_cotton_yarn", waive=(GOTS,))],
        certs=("OTOP",),
    ),
    sme(
        (23, "th", "กลุ่มทอผ้าลายน้ำไหล น่าน", HEMP, MID, "Nan", "namlai.nan@gmail.com"),
        [
            ("ผ้าซิ่นลายน้ำไหล สำเร็จรูป", "pha_sin_sarong"),
            ("ผ้าฝ้ายทอลายน้ำไหล ตัดเป็นเมตร", "handwoven_cotton_fabric"),
        ],
        [need("ด้ายฝ้ายสีพร้อมทอ ไม่ต้องย้อมเอง", "dyed_cotton_yarn")],
    ),
    sme(
        (24, "th", "ครามสกล บ้านดอนกอย", HEMP, MID, "Sakon Nakhon", "donkoi.khram@gmail.com"),
        [
            ("ผ้าฝ้ายย้อมคราม ทอมือ ลายขิด", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
        ],
        [need("ผ้าฝ้ายดิบ ยังไม่ย้อม", "greige_cotton_fabric")],
        certs=("OTOP",),
        bcg=(BIO,),
    ),
    sme(
        (25, "en", "Mekong Indigo Textiles", HEMP, MID, "Udon Thani", "orders@mekongindigo.com"),
        [
            ("Natural indigo handwoven cotton, 80 cm width", "indigo_dyed_cotton_fabric"),
            ("Indigo cotton drawstring pouches, 12x16 cm", "favour_pouch"),
        ],
        [],
        bcg=(BIO,),
    ),
    sme(
        (26, "en", "Nakhon Chai Si Greige Weaving", CENTRAL, MID, "Nakhon Pathom", "sales@ncsgreige.co.th"),
        [("Unbleached cotton grey cloth, 44 in, 50 yd rolls", "greige_cotton_fabric")],
        [need("100% cotton yarn to feed power looms", "cotton_yarn", "organic_cotton_yarn")],
    ),
    sme(
        (27, "th", "โรงย้อมมหาชัยเท็กซ์", CENTRAL, MID, "Samut Sakhon", "mahachaitex.dye@gmail.com"),
        [
            ("รับย้อมผ้าตามสั่ง ผ้าของลูกค้า ทุกชนิด", "fabric_dyeing_service"),
            ("รับย้อมเส้นด้าย เส้นไหม เป็นลูก", "yarn_dyeing_service"),
        ],
        [unmet("สีย้อมรีแอคทีฟ ยกถัง", "synthetic reactive dyes: only natural dyestuff is offered")],
        certs=("ISO 14001",),
    ),
    sme(
        (28, "en", "ProColour Dyehouse", SPORT, MID, "Pathum Thani", "service@procolour.co.th"),
        [
            ("Piece dyeing of polyester satin, chiffon, spandex; your fabric", "polyester_dyeing_service"),
            ("Sublimation printing on customer fabric up to 3.2 m", "fabric_printing_service"),
        ],
        [],
        certs=("bluesign", "ISO 14001"),
    ),
    sme(
        (29, "th", "ม่อฮ่อมแพร่ ทุ่งโฮ้ง", HEMP, MID, "Phrae", "morhom.thunghong@gmail.com"),
        [
            ("รับย้อมห้อม ผ้าที่ลูกค้าส่งมา", "indigo_dyeing_service"),
            ("ผ้าฝ้ายย้อมห้อม ขายเป็นพับ", "indigo_dyed_cotton_fabric"),
        ],
        [],
    ),
    sme(
        (30, "en", "Lace & Tulle Trading Co.", CENTRAL, MID, "Bangkok", "sales@laceandtulle.co.th"),
        [
            ("French Chantilly and corded lace, 140 cm", "lace_fabric"),
            ("Bridal tulle, ivory and white, 300 cm rolls", "tulle_net"),
        ],
        [],
    ),
    sme(
        (31, "th", "ร้านผ้าพาหุรัด ลูกไม้สวย", CENTRAL, MID, "Bangkok", "lukmaisuay.pahurat@gmail.com"),
        [
            ("ผ้าลูกไม้ฝรั่งเศส ลูกไม้ปักเลื่อม", "lace_fabric"),
            ("ผ้าซาตินเงา ซาตินด้าน", "satin_fabric"),
        ],
        [],
    ),
    sme(
        (32, "en", "FlexKnit Technical Fabrics", SPORT, MID, "Samut Prakan", "sales@flexknit.co.th"),
        [
            ("Warp-knit stretch tulle and power mesh", "tulle_net"),
            ("4-way stretch spandex jersey, 220 gsm", "spandex_fabric"),
        ],
        [need("GRS-certified recycled filament yarn", "recycled_polyester_yarn", req=(GRS,))],
        certs=("Oeko-Tex 100", "ISO 9001"),
    ),
    sme(
        (33, "th", "บริษัท ซาตินไทย จำกัด", CENTRAL, MID, "Bangkok", "sales@satinthai.co.th"),
        [
            ("ผ้าซาตินโพลีเอสเตอร์ หน้ากว้าง 150 ซม.", "satin_fabric"),
            ("ผ้าชีฟองเนื้อนิ่ม 40 สี", "chiffon_fabric"),
            ("ผ้าแก้ว ออร์แกนซ่า", "organza_fabric"),
        ],
        [need("เส้นด้ายรีไซเคิลจากขวด PET มีใบรับรอง GRS", "recycled_polyester_yarn", req=(GRS,))],
        certs=("OEKO-TEX certified",),
    ),
    sme(
        (34, "th", "โรงถักผ้ายืด สแปนเด็กซ์ไทย", SPORT, MID, "Samut Sakhon", "spandexthai.knit@gmail.com"),
        [("ผ้ายืดสแปนเด็กซ์ ไลคร่า สีขาว ดำ ครีม", "spandex_fabric")],
        [need("ด้ายโพลีเอสเตอร์ไส้ยาว สำหรับเครื่องถัก", "recycled_polyester_yarn")],
    ),
    sme(
        (35, "en", "SafeDrape Technical Textiles", SPORT, MID, "Chonburi", "info@safedrape.co.th"),
        [
            ("Inherently flame-retardant voile and velvet, TIS tested", "fr_drapery_fabric"),
            ("Flame-retardant treatment of customer drapes", "fr_treatment_service"),
        ],
        [
            need(
                "Sewing subcontractor for table skirting and chair covers, our FR fabric",
                "textile_goods_sewing_service",
            )
        ],
        certs=("TIS", "ISO 9001"),
    ),
    sme(
        (36, "en", "Nonthaburi Curtain House", CENTRAL, MID, "Nonthaburi", "curtainhouse.nont@gmail.com"),
        [
            ("Sheer voile and curtain velvet by the roll", "drapery_fabric"),
        ],
        [need("Fire-retardant curtain cloth carrying the TISI mark", "fr_drapery_fabric", req=(TIS,))],
    ),
    sme(
        (37, "en", "Crystal & Bead Supply", CENTRAL, MID, "Bangkok", "orders@crystalbead.co.th"),
        [
            ("Czech glass seed beads, rhinestones, sequins by the gross", "beads_sequins"),
            ("Gold and silver metallic embroidery thread", "metallic_thread"),
        ],
        [],
    ),
    sme(
        (38, "en", "Bang Phli Ribbon Factory", CENTRAL, MID, "Samut Prakan", "sales@bpribbon.co.th"),
        [
            ("Double-face satin ribbon, 3 mm to 50 mm", "satin_ribbon"),
            ("Crochet edging and cotton lace braid", "lace_trim"),
        ],
        [],
    ),
    sme(
        (39, "th", "ร้านปักชื่อ บางกะปิ", CENTRAL, MID, "Bangkok", "pakchue.bangkapi@gmail.com"),
        [("รับปักผ้าทุกชนิด ปักชื่อ ปักลาย ปักดิ้น บนผ้าของลูกค้า", "embroidery_service")],
        [unmet("ด้ายปักเรยอน หลอดใหญ่ 120 สี", "rayon embroidery thread: only metallic thread is offered")],
    ),
    sme(
        (40, "en", "Pearl & Thread Beadwork", CENTRAL, MID, "Nonthaburi", "atelier@pearlandthread.com"),
        [
            ("Hand beading and sequin work on your gown or fabric", "beading_service"),
            ("Goldwork and monogram embroidery on client pieces", "embroidery_service"),
        ],
        [need("Crystals, seed pearls and sequins in bulk", "beads_sequins")],
    ),
    sme(
        (41, "th", "โรงงานตัดเย็บ ประชาอุทิศการ์เมนท์", CENTRAL, MID, "Bangkok", "prachauthit.garment@gmail.com"),
        [
            ("รับตัดเย็บชุดราตรี ชุดเพื่อนเจ้าสาว ตามแบบ ผ้าลูกค้า", "garment_sewing_service"),
            ("เศษผ้าจากห้องตัด ซาติน ชีฟอง เป็นกระสอบ", "textile_offcuts"),
        ],
        [unmet("ซิปซ่อน ตะขอ กระดุม", "sewing notions: not offered in the set")],
        bcg=(CIRCULAR,),
    ),
    sme(
        (42, "en", "Korat Garment Works", ISAN, MID, "Nakhon Ratchasima", "cmt@koratgarment.com"),
        [
            ("CMT for bridal and evening wear, 50-500 pcs", "garment_sewing_service"),
            ("Chair covers and tablecloths sewn to order from your fabric", "textile_goods_sewing_service"),
        ],
        [],
    ),
    sme(
        (43, "th", "กลุ่มแม่บ้านตัดเย็บบ้านโนนทัน", ISAN, MID, "Khon Kaen", "nonthan.sewing@gmail.com"),
        [
            ("รับจ้างเย็บถุงผ้า ผ้าปูโต๊ะ ปลอกหมอน ผ้าลูกค้า", "textile_goods_sewing_service"),
            ("ถุงหอมสมุนไพร ของชำร่วยงานแต่ง", "scented_sachet"),
        ],
        [need("ผ้าฝ้ายกี่กระตุก ราคาส่ง ไม่ต้องมีโอทอป", "handwoven_cotton_fabric", waive=(OTOP,))],
    ),
    sme(
        (44, "en", "BigPrint Backdrop Studio", CENTRAL, MID, "Bangkok", "print@bigprintbackdrop.com"),
        [
            ("Printing names and photos on backdrop cloth, 48 h", "fabric_printing_service"),
            ("Printed stage backdrops, ready to hang", "backdrop_drapes"),
        ],
        [need("Backdrop fabric, flame-retardant, TIS mark required", "fr_drapery_fabric", req=(TIS,))],
    ),
    sme(
        (45, "th", "เศษไหมเป็นศิลป์", CIRC, MID, "Chiang Mai", "setmai.art@gmail.com"),
        [
            ("ผ้าปะต่อจากเศษผ้าไหม ผืนละ 2 เมตร", "patchwork_upcycled_fabric"),
            ("ทำหมอนรองแหวนจากชุดแต่งงานเก่าของลูกค้า", "upcycling_service"),
        ],
        [need("เศษผ้าไหมเหลือจากร้านตัดชุด", "silk_offcuts")],
        bcg=(CIRCULAR,),
    ),
    sme(
        (46, "en", "Hemp Loom Collective", HEMP, MID, "Chiang Mai", "weave@hemploom.org"),
        [
            ("Handwoven hemp cloth, natural beige, 60 cm", "hemp_fabric"),
            ("Hemp table runners with fringe", "table_linen"),
        ],
        [
            need("Hand-spun hemp thread from Hmong villages", "hemp_yarn"),
            need("Someone to indigo-dye our hemp cloth, 50 m", "indigo_dyeing_service"),
        ],
        bcg=(BIO,),
    ),
    # ------------------------------------------------ bridal, groom, rental, decor, favours, buyers (downstream)
    sme(
        (47, "en", "Maison Blanc Bridal", CENTRAL, DOWN, "Bangkok", "atelier@maisonblanc.co.th"),
        [
            ("Made-to-measure wedding gowns, 6-8 weeks", "bridal_gown"),
            ("Cathedral and fingertip veils", "wedding_veil"),
        ],
        [
            need("Bridal lace yardage, Alencon or similar", "lace_fabric"),
            need("Subcontractor to sew pearls and crystals onto our bodices", "beading_service"),
        ],
    ),
    sme(
        (48, "th", "ห้องเสื้อเจ้าสาวล้านนา", HEMP, DOWN, "Chiang Mai", "lannabride.cm@gmail.com"),
        [
            ("ชุดแต่งงานล้านนา ผ้าฝ้ายผ้าไหม ตัดตามตัว", "thai_wedding_dress"),
            ("ชุดเจ้าสาวผ้าลูกไม้ ตัดตามแบบ", "bridal_gown"),
        ],
        [
            need("อยากได้ผ้าไหมย้อมธรรมชาติ ไม่เอาสีเคมี", "natural_dyed_silk_fabric"),
            need("ผ้าทูลนุ่ม ทำกระโปรงสุ่ม", "tulle_net"),
        ],
    ),
    sme(
        (49, "th", "ร้านเวดดิ้งแพรวา ขอนแก่น", ISAN, DOWN, "Khon Kaen", "praewa.wedding.kk@gmail.com"),
        [
            ("ให้เช่าชุดไทย ชุดผูกข้อไม้ข้อมือ ชุดบ่าวสาว", "thai_costume_rental"),
            ("เช่าชุดเจ้าสาวสากล ชุดสูท ชุดราตรี", "western_outfit_rental"),
        ],
        [
            need("ชุดเจ้าสาวสากลตัดใหม่ ซื้อขาด ไซซ์ S-XL", "bridal_gown"),
            need("ของไหว้ญาติผู้ใหญ่ เป็นผ้า แพ็กกล่องสวย 20 ชุด", "pha_wai_gift_set"),
        ],
    ),
    sme(
        (50, "th", "ห้องเสื้อชุดไทยวรรณา", CENTRAL, DOWN, "Bangkok", "wanna.chudthai@gmail.com"),
        [
            ("ตัดชุดไทยเจ้าสาว บรมพิมาน จักรพรรดิ ศิวาลัย", "thai_wedding_dress"),
            ("เศษผ้าไหมจากการตัดชุด ขายเป็นถุง", "silk_offcuts"),
        ],
        [
            need(
                "ผ้าไหมแท้ มีตรานกยูงพระราชทาน",
                "silk_fabric",
                "mudmee_silk_fabric",
                "brocade_fabric",
                "natural_dyed_silk_fabric",
                req=(PEACOCK,),
            ),
            need("ปักดิ้นลายกนกบนสไบ งานปักมือ", "embroidery_service"),
        ],
    ),
    sme(
        (51, "th", "ร้านชุดไทยอุบลบรรณ", ISAN, DOWN, "Ubon Ratchathani", "ubonban.thaidress@gmail.com"),
        [
            ("ชุดไทยเจ้าสาว ผ้าไหมกาบบัว", "thai_wedding_dress"),
            ("สไบปักเลื่อม สไบเจ้าสาว", "sabai_shawl"),
        ],
        [need("ผ้าหมี่ไหม ผ้ากาบบัว ซื้อยกผืน", "mudmee_silk_fabric")],
    ),
    sme(
        (52, "th", "ร้านเสื้อราชปะแตน ช่างเย็น", CENTRAL, DOWN, "Nakhon Pathom", "changyen.rajpatan@gmail.com"),
        [("เสื้อราชปะแตนผ้าไหม พร้อมโจงกระเบน ตัดตามตัว", "raj_pattern_jacket")],
        [
            need("ไหมสีพื้นไม่มีลาย สีกรมท่า สีครีม ตัดเสื้อ", "silk_fabric", "natural_dyed_silk_fabric"),
            unmet("กระดุมทองเหลือง ตราครุฑ", "metal buttons: not offered in the set"),
        ],
    ),
    sme(
        (53, "en", "Sukhumvit Tailors", CENTRAL, DOWN, "Bangkok", "fitting@sukhumvittailors.com"),
        [
            ("Bespoke tuxedos and groom suits, 3 fittings", "groom_suit"),
            ("Raj pattern jackets in Thai silk", "raj_pattern_jacket"),
        ],
        [
            unmet("Italian wool suiting, Super 120s", "wool suiting: no one in the set offers it"),
            need("Gold brocade for groom jackets, Peacock Emblem not required", "brocade_fabric", waive=(PEACOCK,)),
        ],
    ),
    sme(
        (54, "th", "ร้านสูทประตูน้ำ", CENTRAL, DOWN, "Bangkok", "pratunam.suit@gmail.com"),
        [("สูทเจ้าบ่าวสำเร็จรูป ทักซิโด้ ไซซ์ S-3XL", "groom_suit")],
        [need("ผ้าซับในเงา สำหรับซับสูท", "satin_fabric")],
    ),
    sme(
        (55, "en", "Bloom Bridesmaids", CENTRAL, DOWN, "Bangkok", "hello@bloombridesmaids.com"),
        [("Ready-to-wear bridesmaid dresses, 20 colours", "bridesmaid_dress")],
        [
            need("Contract sewing partner, 300 dresses a month", "garment_sewing_service"),
            need("Chiffon, 500 m per colour", "chiffon_fabric"),
            unmet(
                "Fair Trade certified sewing factory for a new line",
                "no sewing service in the set holds Fairtrade",
                "garment_sewing_service",
                req=(FAIRTRADE,),
            ),
        ],
    ),
    sme(
        (56, "th", "ชุดเพื่อนเจ้าสาว บ้านมิ้นท์", CENTRAL, DOWN, "Nonthaburi", "banmint.bridesmaid@gmail.com"),
        [
            ("ชุดเพื่อนเจ้าสาว ผ้าซาติน โทนพาสเทล ขายส่ง", "bridesmaid_dress"),
            ("ให้เช่าชุดเพื่อนเจ้าสาว ยกเซ็ต 5-10 ชุด", "western_outfit_rental"),
        ],
        [need("หาโรงงานรับเย็บชุด เราหาผ้าเอง", "garment_sewing_service")],
    ),
    sme(
        (57, "en", "Veil & Petal", CIRC, DOWN, "Chiang Mai", "studio@veilandpetal.com"),
        [("Handmade veils, tulle with lace edge", "wedding_veil")],
        [
            need("Ivory illusion net", "tulle_net"),
            need("Scalloped lace border for veil hems", "lace_trim"),
            unmet("Bridal tiaras and hair combs", "metal headpieces: not offered in the set"),
        ],
    ),
    sme(
        (58, "th", "ร้านผ้าไหมของฝาก สุรินทร์", ISAN, DOWN, "Surin", "khongfak.silk.surin@gmail.com"),
        [
            ("ชุดผ้าไหว้ผู้ใหญ่ ผ้าไหมพร้อมกล่อง", "pha_wai_gift_set"),
            ("สไบไหมทอมือ", "sabai_shawl"),
        ],
        [
            need("ผ้าขะม้า ผ้าเคียนเอว ยกโหล", "pha_khao_ma"),
            need(
                "ย้อมสีธรรมชาติให้ผ้าไหมของร้าน ไม่เอาสีเคมี",
                "natural_dyeing_service",
                "indigo_dyeing_service",
            ),
        ],
    ),
    sme(
        (59, "en", "EventStretch Linen Co.", SPORT, DOWN, "Chonburi", "sales@eventstretch.co.th"),
        [
            ("Spandex chair covers, banquet, 12 colours", "chair_cover"),
            ("Stretch tablecloths and cocktail-table covers", "table_linen"),
        ],
        [
            need("Four-way stretch jersey, white and ivory", "spandex_fabric"),
            need("Sash ribbons for chair bows", "satin_ribbon"),
        ],
    ),
    sme(
        (60, "en", "Banquet Chair Dress", CENTRAL, DOWN, "Bangkok", "banquetchairdress@gmail.com"),
        [("Polyester chair covers with bow, hire 15 THB/chair or sale", "chair_cover")],
        [need("Ivory satin on the roll", "satin_fabric")],
    ),
    sme(
        (61, "th", "ผ้าปูโต๊ะจัดเลี้ยง อยุธยา", CENTRAL, DOWN, "Phra Nakhon Si Ayutthaya", "tablecloth.ayutthaya@gmail.com"),
        [
            ("ผ้าปูโต๊ะกลม ผ้าเนปกิ้น ให้เช่าและขาย", "table_linen"),
            ("ผ้าคลุมพานขันหมาก ผ้าตาดทอง", "tray_cover_cloth"),
        ],
        [
            need("ผ้าดิบเนื้อหนา", "greige_cotton_fabric"),
            need("รับเย็บริมผ้าปูโต๊ะ ผ้าของเรา", "textile_goods_sewing_service"),
        ],
    ),
    sme(
        (62, "th", "ฉากงานแต่ง บายดีไซน์", CENTRAL, DOWN, "Bangkok", "chakngantaeng@gmail.com"),
        [
            ("ตกแต่งสถานที่งานแต่ง ฉากเวที ซุ้มดอกไม้", "decoration_service"),
            ("ผ้าม่านฉากหลังเวที พร้อมโครง", "backdrop_drapes"),
        ],
        [
            need("ผ้าโปร่ง ผ้าวอยล์ ม้วนใหญ่", "drapery_fabric", "fr_drapery_fabric"),
            need("ทำสารกันไฟให้ผ้าม่านเดิมของเรา", "fr_treatment_service"),
        ],
    ),
    sme(
        (63, "en", "Andaman Beach Weddings", CENTRAL, DOWN, "Phuket", "plan@andamanbeachweddings.com"),
        [
            ("Beach wedding planning, legal paperwork", "wedding_planning_service"),
            ("Aisle, arch and drapery decoration", "decoration_service"),
        ],
        [
            need("Chair covers for 200 guests", "chair_cover"),
            unmet("Fresh jasmine phuang malai delivered to Phuket", "fresh flower garlands: only ribbon malai"),
            need("Thai-style outfits for couples to rent", "thai_costume_rental"),
        ],
    ),
    sme(
        (64, "th", "อีสานเวดดิ้ง ออร์แกไนเซอร์", ISAN, DOWN, "Khon Kaen", "isanwedding.org@gmail.com"),
        [("รับจัดงานแต่ง ขันหมาก ผูกข้อไม้ข้อมือ ครบวงจร", "wedding_planning_service")],
        [
            need("ด้ายมงคล ผูกข้อไม้ข้อมือแขก", "sacred_thread"),
            need("ผ้าปิดพานบายศรี สีทอง", "tray_cover_cloth"),
        ],
    ),
    sme(
        (65, "en", "Lanna Wedding Planners", HEMP, DOWN, "Chiang Mai", "events@lannaweddingplanners.com"),
        [("Lanna-style weddings and khan maak processions", "wedding_planning_service")],
        [
            need("Table linen for 30 banquet tables, OTOP not required", "table_linen", waive=(OTOP,)),
            need("Marquee tents for rainy-season outdoor weddings", "tent_hire"),
        ],
    ),
    sme(
        (66, "th", "ถุงผ้าฝ้ายทอมือ ของชำร่วย", HEMP, DOWN, "Chiang Mai", "thungpha.cm@gmail.com"),
        [
            ("ถุงผ้าฝ้ายย้อมคราม หูรูด ใส่ของชำร่วย", "favour_pouch"),
            ("ถุงหอมผ้าฝ้าย ใส่มะลิแห้ง", "scented_sachet"),
        ],
        [need("ผ้าครามเป็นเมตร ไม่ใช้สีสังเคราะห์", "indigo_dyed_cotton_fabric")],
    ),
    sme(
        (67, "en", "Little Gifts Co.", CENTRAL, DOWN, "Bangkok", "order@littlegifts.co.th"),
        [
            ("GOTS organic cotton handkerchiefs", "handkerchief"),
            ("Organza favour bags, 100 per pack", "favour_pouch"),
        ],
        [
            need("Embroidery subcontractor for couple initials", "embroidery_service"),
            need("Upcycled silk patchwork for favour bags", "patchwork_upcycled_fabric"),
        ],
        certs=("GOTS",),
    ),
    sme(
        (68, "th", "ผ้าเช็ดหน้าฝ้ายทอมือ ลำพูน", HEMP, DOWN, "Lamphun", "phachetna.lamphun@gmail.com"),
        [("ผ้าเช็ดหน้าฝ้ายทอมือ ปักชื่อได้", "handkerchief")],
        [need("ผ้าฝ้ายเนื้อบาง ทอกี่พื้นบ้าน", "handwoven_cotton_fabric")],
    ),
    sme(
        (69, "th", "ถุงหอมสมุนไพร บ้านสวน", CENTRAL, DOWN, "Nakhon Pathom", "thunghom.bansuan@gmail.com"),
        [("ถุงหอมสมุนไพรไทย ของชำร่วยงานแต่ง", "scented_sachet")],
        [
            unmet("สมุนไพรแห้ง ลาเวนเดอร์ ตะไคร้", "dried herbs: not offered in the set"),
        ],
    ),
    sme(
        (70, "th", "มาลัยริบบิ้น แม่นิด", CENTRAL, DOWN, "Bangkok", "malai.maenid@gmail.com"),
        [("พวงมาลัยริบบิ้น มาลัยข้อมือ งานแต่ง พวงละ 25 บาท", "ribbon_malai")],
        [need("ริบบิ้นผ้าต่วน ม้วนใหญ่", "satin_ribbon")],
    ),
    sme(
        (71, "en", "Grand Riverside Hotel", CENTRAL, DOWN, "Bangkok", "banquet@grandriverside.com"),
        [("Ballroom wedding packages, up to 600 guests", "venue_hire")],
        [
            need("Ballroom drapes, flame-retardant, TIS certificate required", "fr_drapery_fabric", req=(TIS,)),
            need("Pickup of worn linen for recycling", "textile_collection_service"),
            unmet(
                "Chair covers with Thai Green Label",
                "no chair-cover maker in the set holds Thai Green Label",
                "chair_cover",
                req=("Thai Green Label",),
            ),
        ],
        certs=("ISO 14001",),
    ),
    sme(
        (72, "th", "ร้านสังฆภัณฑ์ อุบล", ISAN, DOWN, "Ubon Ratchathani", "sangkhaphan.ubon@gmail.com"),
        [
            ("ด้ายสายสิญจน์ ด้ายผูกข้อมือ", "sacred_thread"),
            ("ชุดนาค ชุดขาวบวชนาค", "ordination_outfit"),
        ],
        [need("ผ้าดิบขาว ม้วนใหญ่ สำหรับตัดชุดนาค", "greige_cotton_fabric")],
    ),
    sme(
        (73, "th", "ขันหมากเพชรรัตน์", CENTRAL, DOWN, "Ratchaburi", "khanmak.petcharat@gmail.com"),
        [("จัดพานขันหมาก ผ้าคลุมพาน ให้เช่า", "tray_cover_cloth")],
        [
            need("พวงมาลัยผ้าต่วน แบบไม่เหี่ยว ประดับพาน", "ribbon_malai"),
        ],
    ),
    sme(
        (74, "th", "ร้านเช่าชุดไทย ล้านนา", HEMP, DOWN, "Chiang Mai", "chaochudthai.lanna@gmail.com"),
        [("เช่าชุดไทยล้านนา ชุดถ่ายพรีเวดดิ้ง", "thai_costume_rental")],
        [
            need("ซิ่นสำเร็จ หลายลาย ไว้ให้ลูกค้าเช่า", "pha_sin_sarong"),
            need("ซักอบชุดไทยหลังเช่า", "gown_cleaning_service"),
        ],
    ),
    sme(
        (75, "en", "Island Gown Rental", CIRC, DOWN, "Phuket", "hire@islandgown.com"),
        [
            ("Wedding gown and suit hire, 100+ styles", "western_outfit_rental"),
            ("Retired rental gowns for sale, cleaned", "used_bridal_gown"),
        ],
        [
            need("Pre-owned wedding dresses to buy in bulk", "used_bridal_gown"),
            need("Gown alterations, fast turnaround", "alteration_service"),
        ],
        bcg=(CIRCULAR,),
    ),
    sme(
        (76, "th", "ร้านรับแก้ชุด ลาดพร้าว", CENTRAL, DOWN, "Bangkok", "kaechud.ladprao@gmail.com"),
        [("รับแก้ชุดแต่งงาน เอว ชายกระโปรง", "alteration_service")],
        [unmet("จักรโพ้งมือสอง สภาพดี", "sewing machines: not offered in the set")],
    ),
    sme(
        (77, "en", "Pattaya Stitch Alterations", CENTRAL, DOWN, "Chonburi", "stitch.pattaya@gmail.com"),
        [("Hemming and resizing of gowns and suits", "alteration_service")],
        [need("Partner to turn old gowns into keepsakes for our clients", "upcycling_service")],
    ),
    sme(
        (78, "en", "GownCare Cleaning", CIRC, DOWN, "Bangkok", "care@gowncare.co.th"),
        [("Specialist wedding-gown cleaning and preservation", "gown_cleaning_service")],
        [unmet("Acid-free tissue and storage boxes", "packaging: not offered in the set")],
        bcg=(CIRCULAR,),
    ),
    sme(
        (79, "th", "อัพไซเคิลชุดแต่งงาน", CIRC, DOWN, "Nonthaburi", "upcycle.wedding@gmail.com"),
        [("ของที่ระลึกจากชุดแต่งงานเก่า ทำตามสั่ง", "upcycling_service")],
        [need("ชุดเจ้าสาวเก่าราคาถูก", "used_bridal_gown")],
        bcg=(CIRCULAR,),
    ),
    sme(
        (80, "en", "Hua Hin Seaside Resort", CENTRAL, DOWN, "Prachuap Khiri Khan", "events@huahinseaside.com"),
        [("Garden wedding venue by the sea", "venue_hire")],
        [
            need("Decorator for sunset ceremonies", "decoration_service"),
            unmet("Fresh roses and hydrangeas, weekly", "fresh flowers: not offered in the set"),
        ],
    ),
    sme(
        (81, "en", "Khon Kaen Grand Hotel", ISAN, DOWN, "Khon Kaen", "banquet@kkgrandhotel.com"),
        [("Wedding banquet hall, 800 seats", "venue_hire")],
        [
            need("Scented sachets as guest favours", "scented_sachet"),
        ],
    ),
    sme(
        (82, "th", "สตูดิโอพรีเวดดิ้ง ดอยสุเทพ", HEMP, DOWN, "Chiang Mai", "doisuthep.studio@gmail.com"),
        [("ถ่ายภาพพรีเวดดิ้ง นอกสถานที่", "photo_shoot_service")],
        [
            need("เวลยาวลากพื้น สำหรับถ่ายภาพ", "wedding_veil"),
            need("ชุดเจ้าสาวสากลมือหนึ่ง 10 ชุด", "bridal_gown"),
        ],
    ),
    sme(
        (83, "en", "Frame & Veil Studio", CENTRAL, DOWN, "Bangkok", "book@frameandveil.com"),
        [("Pre-wedding and ceremony photography", "photo_shoot_service")],
        [
            need("Costume rental: chut thai for couples", "thai_costume_rental"),
            unmet("Aluminium backdrop stands", "metal stands: not offered in the set"),
        ],
    ),
    sme(
        (84, "th", "ร้านเจ้าสาวอุดร", ISAN, DOWN, "Udon Thani", "jaosao.udon@gmail.com"),
        [("ชุดราตรีออกงาน สำเร็จรูป ไซซ์ใหญ่มีครบ", "evening_dress")],
        [
            need("ผ้าคลุมหน้าเจ้าสาว ขายส่ง", "wedding_veil"),
            need("ชุดบริดส์เมด ราคาส่ง", "bridesmaid_dress"),
        ],
    ),
    sme(
        (85, "en", "Korat Bridal Boutique", ISAN, DOWN, "Nakhon Ratchasima", "boutique@koratbridal.com"),
        [("Bridal hair, make-up and styling", "bridal_styling_service")],
        [
            need("Thai wedding dresses for our rental rack", "thai_wedding_dress"),
            need("Raj pattern jackets, sizes M-XXL", "raj_pattern_jacket"),
        ],
    ),
    sme(
        (86, "th", "ชุดผ้าไหมคุณแม่ บ้านไหมไทย", CENTRAL, DOWN, "Bangkok", "banmaithai.mom@gmail.com"),
        [("ชุดผ้าไหมสำหรับคุณแม่บ่าวสาว ผู้สูงวัย ใส่ง่าย ซิปหน้า", "elder_formal_outfit")],
        [
            unmet("ผ้าใยบัว สำหรับชุดคุณแม่", "lotus-stem fibre cloth: nobody in the set weaves it"),
        ],
    ),
    sme(
        (87, "en", "Silver Years Formalwear", CENTRAL, DOWN, "Nonthaburi", "care@silveryears.co.th"),
        [("Easy-wear formal outfits for seniors: velcro, elastic waist", "elder_formal_outfit")],
        [
            need("Soft stretch lining, OEKO-TEX nice to have", "spandex_fabric", waive=(OEKO,)),
            need("Mother-of-the-bride silk outfits, wholesale", "elder_formal_outfit"),
        ],
    ),
    sme(
        (88, "th", "ร้านชุดนาค ร้อยเอ็ด", ISAN, DOWN, "Roi Et", "chudnak.roiet@gmail.com"),
        [("เสื้อครุยนาค ผ้าโปร่งปักดิ้น", "ordination_outfit")],
        [
            need("ผ้าโปร่งแข็งสีขาว ตัดเสื้อครุยนาค", "organza_fabric"),
        ],
    ),
    sme(
        (89, "en", "Green Vow Eco Weddings", HEMP, DOWN, "Chiang Rai", "hello@greenvow.co"),
        [("Hemp ring-bearer pillows and guest-book covers", "ring_pillow")],
        [
            unmet("Hemp bridal gowns, made to measure", "no one in the set makes hemp gowns"),
            need("Hemp fabric, undyed", "hemp_fabric"),
            need("GOTS organic cotton yarn", "organic_cotton_yarn", "handspun_cotton_yarn", req=(GOTS,)),
        ],
        bcg=(BIO, GREEN),
    ),
    sme(
        (90, "en", "Siam Event Tents", SPORT, DOWN, "Bangkok", "rent@siameventtents.com"),
        [("Event tents and arch frames for hire", "tent_hire")],
        [
            unmet("PVC-coated waterproof canopy fabric", "coated canopy fabric: not offered in the set"),
        ],
    ),
    sme(
        (91, "en", "Mae Klong Wedding Favours", CENTRAL, DOWN, "Samut Songkhram", "maeklong.favours@gmail.com"),
        [
            ("Printed handkerchiefs as wedding favours", "handkerchief"),
            ("Calico bags screen-printed with names", "favour_pouch"),
        ],
        [
            need("Calico by the bolt", "greige_cotton_fabric"),
            need("Organic cotton hankies with GOTS certificate", "handkerchief", req=(GOTS,)),
        ],
    ),
    sme(
        (92, "th", "หอจัดเลี้ยง อุดรเวดดิ้งฮอลล์", ISAN, DOWN, "Udon Thani", "booking@udonweddinghall.com"),
        [("ห้องจัดเลี้ยงงานแต่ง พร้อมอาหาร 400 ที่", "venue_hire")],
        [need("แบ็กดรอปผ้า สำหรับเวทีงานแต่ง", "backdrop_drapes")],
    ),
    sme(
        (93, "th", "ร้านเช่าชุดแปดริ้ว", CENTRAL, DOWN, "Chachoengsao", "chaochud.paetriu@gmail.com"),
        [("เช่าชุดไทยบ่าวสาว ชุดไทยจักรี โจงกระเบน", "thai_costume_rental")],
        [
            need("ผ้าเบี่ยง สำหรับชุดไทยจักรี", "sabai_shawl"),
            need("มงคลคู่บ่าวสาว", "mongkhon_headband"),
        ],
    ),
    sme(
        (94, "en", "Songkhla Muslim Bridal", CENTRAL, DOWN, "Songkhla", "salam@songkhlabridal.com"),
        [("Muslim bridal outfits, baju kurung, made to order", "muslim_bridal_outfit")],
        [
            need("Chiffon for hijabs", "chiffon_fabric"),
        ],
    ),
    sme(
        (95, "th", "ร้านชุดมลายู ปัตตานี", CENTRAL, DOWN, "Pattani", "chudmalayu.pattani@gmail.com"),
        [("ชุดเจ้าสาวมลายู ตัดตามสั่ง", "muslim_bridal_outfit")],
        [
            need("ลูกไม้ติดเลื่อม หน้ากว้าง สำหรับชุดเจ้าสาวมลายู", "lace_fabric"),
        ],
    ),
]


# ---------------------------------------------------------------- links

Link = tuple[str, str]  # (supplier id, buyer id)


def province_of(entry: Sme) -> Province:
    province = resolve_province(entry.province)
    if province is None:
        raise ValueError(f"{entry.id}: unknown province {entry.province!r}")
    return province


def canonical_certs(entry: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(c) or c for c in entry.certifications)


def qualified_suppliers(buyer: Sme, wanted: Need, smes: list[Sme]) -> list[Sme]:
    """The SMEs (other than the buyer) with an offer the need lists and every certification it requires."""
    return [
        supplier
        for supplier in smes
        if supplier.id != buyer.id
        and any(label in wanted.labels for _, label in supplier.offers)
        and set(wanted.requires) <= canonical_certs(supplier)
    ]


def true_links(smes: list[Sme]) -> list[Link]:
    links = {
        (supplier.id, buyer.id)
        for buyer in smes
        for wanted in buyer.needs
        for supplier in qualified_suppliers(buyer, wanted, smes)
    }
    return sorted(links)


# ---------------------------------------------------------------- checks

_THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
_EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_ID = re.compile(rf"^{PREFIX}-\d{{3}}$")


def _letters(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c).startswith("L") or _THAI_LETTER.match(c)]


def script_problem(text: str, language: str) -> str | None:
    """Thai phrases are mostly Thai letters; English ones use Latin letters only."""
    letters = _letters(text)
    if not letters:
        return "no letters"
    thai = sum(1 for c in letters if _THAI_LETTER.match(c))
    if language == "th":
        return None if thai / len(letters) >= 0.6 else f"only {thai}/{len(letters)} Thai letters"
    if thai:
        return "Thai letters in an English phrase"
    if any(not unicodedata.name(c, "").startswith("LATIN") for c in letters):
        return "non-Latin letters in an English phrase"
    return None


def _names_of(certification: str) -> list[str]:
    for entry in CERTIFICATIONS:
        if entry.name == certification:
            return [entry.name, entry.full_name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions]
    raise KeyError(certification)


def names_certification(text: str, certification: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in _names_of(certification))


def check(smes: list[Sme]) -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in smes]
    if len(smes) != N_PROFILES:
        problems.append(f"{len(smes)} profiles, expected {N_PROFILES}")
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if ids != [f"{PREFIX}-{n:03d}" for n in range(1, len(smes) + 1)]:
        problems.append("ids are not bwd-001 ... in order")
    if len({s.name for s in smes}) != len(smes):
        problems.append("duplicate names")
    if len({s.email for s in smes}) != len(smes):
        problems.append("duplicate e-mails")
    sub_clusters = {v.value for v in SubCluster}
    stages = {v.value for v in Stage}
    bcg_tags = {v.value for v in BcgTag}

    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered_by.setdefault(label, set()).add(s.id)
    offer_texts = {text for s in smes for text, _ in s.offers}

    for s in smes:
        where = s.id
        if not _ID.match(s.id):
            problems.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            problems.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in sub_clusters:
            problems.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            problems.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            problems.append(f"{where}: province {s.province!r} does not resolve")
        if not _EMAIL.match(s.email):
            problems.append(f"{where}: e-mail {s.email!r}")
        for tag in s.bcg:
            if tag not in bcg_tags:
                problems.append(f"{where}: bcg {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: repeated bcg tag")
        for cert in s.certifications:
            if resolve_certification(cert) is None:
                problems.append(f"{where}: certification {cert!r} does not resolve")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            problems.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        for text in [s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)]:
            if text != text.strip() or "  " in text or not text:
                problems.append(f"{where}: stray spaces in {text!r}")
            trouble = script_problem(text, s.language)
            if trouble:
                problems.append(f"{where}: {trouble}: {text!r}")
        if len({t for t, _ in s.offers}) != len(s.offers):
            problems.append(f"{where}: repeated offer text")
        for wanted in s.needs:
            what = f"{where} need {wanted.text!r}"
            if wanted.text in offer_texts:
                problems.append(f"{what}: worded exactly like an offer")
            if not wanted.labels and not wanted.unmet:
                problems.append(f"{what}: lists no label and is not marked unmet")
            for label in wanted.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    problems.append(f"{what}: label {label!r} is offered by no one else")
            for cert in (*wanted.requires, *wanted.waives):
                if resolve_certification(cert) != cert:
                    problems.append(f"{what}: {cert!r} is not a canonical certification name")
                elif not names_certification(wanted.text, cert):
                    problems.append(f"{what}: does not name {cert!r}")
            if set(wanted.requires) & set(wanted.waives):
                problems.append(f"{what}: requires and waives the same certification")
            found = qualified_suppliers(s, wanted, smes)
            if wanted.unmet and found:
                problems.append(f"{what}: marked unmet but met by {[f.id for f in found]}")
            if not wanted.unmet and not found:
                problems.append(f"{what}: no qualified supplier")

    if not problems:
        problems += size_problems(smes)
    return problems


def size_problems(smes: list[Sme]) -> list[str]:
    problems: list[str] = []
    thai = sum(1 for s in smes if s.language == "th") / len(smes)
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        problems.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    links = true_links(smes)
    if not LINKS[0] <= len(links) <= LINKS[1]:
        problems.append(f"{len(links)} true links, outside {LINKS}")
    lang = {s.id: s.language for s in smes}
    cross = sum(1 for a, b in links if lang[a] != lang[b]) / max(1, len(links))
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        problems.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    n_unmet = sum(1 for s in smes for n in s.needs if n.unmet)
    if not UNMET[0] <= n_unmet <= UNMET[1]:
        problems.append(f"{n_unmet} needs met by no one, outside {UNMET}")
    return problems


# ---------------------------------------------------------------- output


def profile_json(s: Sme) -> str:
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
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[Link]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return out.getvalue()


def counts(smes: list[Sme]) -> list[tuple[str, str]]:
    links = true_links(smes)
    lang = {s.id: s.language for s in smes}
    sub = {s.id: s.sub_cluster for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    met_by = [len(qualified_suppliers(s, n, smes)) for s, n in needs if not n.unmet]
    th_en = sum(1 for a, b in links if lang[a] == "th" and lang[b] == "en")
    en_th = sum(1 for a, b in links if lang[a] == "en" and lang[b] == "th")
    cross = th_en + en_th
    rows: list[tuple[str, str]] = [
        ("profiles", str(len(smes))),
        ("Thai / English", f"{sum(s.language == 'th' for s in smes)} / {sum(s.language == 'en' for s in smes)}"),
    ]
    for value in SubCluster:
        rows.append((f"sub-cluster `{value.value}`", str(sum(s.sub_cluster == value.value for s in smes))))
    for value in Stage:
        rows.append((f"stage `{value.value}`", str(sum(s.stage == value.value for s in smes))))
    regions = Counter(province_of(s).region.value for s in smes)
    for region, n in sorted(regions.items()):
        rows.append((f"region `{region}`", str(n)))
    rows += [
        ("distinct provinces", str(len({province_of(s).name_en for s in smes}))),
        ("offers", str(sum(len(s.offers) for s in smes))),
        ("distinct offer labels", str(len({label for s in smes for _, label in s.offers}))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{len(met_by)} / {sum(1 for _, n in needs if n.unmet)}"),
        (
            "met needs with 1 / 2 / 3 / 4+ qualified suppliers",
            " / ".join(str(sum(1 for m in met_by if (m == k if k < 4 else m >= 4))) for k in (1, 2, 3, 4)),
        ),
        ("needs requiring a certification", str(sum(1 for _, n in needs if n.requires))),
        ("needs waiving a certification", str(sum(1 for _, n in needs if n.waives))),
        ("true links", str(len(links))),
        ("links Thai supplier -> English buyer", str(th_en)),
        ("links English supplier -> Thai buyer", str(en_th)),
        ("cross-language links (share)", f"{cross} ({cross / len(links):.0%})"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(sum(1 for a, b in links if sub[a] != sub[b]))),
    ]
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_wedding/`: weddings and ceremonies, plain registry entries

A hand-labelled test set for partner matchmaking. It measures how well the matcher finds the true
supplier-buyer pairs among {profiles} SMEs of the Health and Wellness Economy cluster whose offers and
needs it has never seen, written the way an SME registry stores them: one short phrase per offer or
need, in Thai or English.

## What it checks

The theme is weddings and ceremonies: bridal gowns and Thai wedding dress (chut thai), groom's suits
and raj pattern jackets, bridesmaid dresses, rental of wedding outfits and Thai costumes, planners,
decorators and venues, stage backdrops and drapery, chair covers and banquet linen, veils, lace and
tulle, beading and embroidery, favours (pouches, handkerchiefs, scented sachets), ribbon malai,
sacred thread and mongkhon for the water-pouring ceremony, cloth covers for engagement trays,
ordination outfits, outfits for elderly parents, photo studios, alteration and gown cleaning; and
the ordinary silk, cotton, hemp, yarn, dyeing, weaving and sewing suppliers behind them.

The same kind of goods is written in many ways (local and regional names, trade words, abbreviations,
with and without sizes, quantities and places), and a need is worded differently from the offers that
meet it, often in the other language. The set includes hard but fair cases:

- a service versus the goods it works on: dyeing, indigo-dyeing, weaving, sewing, beading, embroidery,
  alteration, cleaning, flame-retardant treatment and upcycling of the customer's own goods, versus
  dyed cloth, woven cloth and finished garments;
- waste and used goods versus new (cutting-room offcuts, silk noil, pre-owned gowns, "first-hand" gowns);
- raw versus processed (cocoons, reeled silk, silk cloth; cotton lint, yarn, grey cloth, handwoven cloth;
  hemp bark, hemp yarn, hemp cloth);
- finished goods described by their material or technique (an indigo cotton pouch is a favour pouch,
  not indigo cloth; hemp table runners are table linen);
- ribbon malai versus fresh flower garlands, a boxed elder gift set versus loose cloth;
- needs written as a wish, a bare noun phrase or a question, and refusals ("no synthetic dye");
- needs that require a named certification (Peacock Emblem, TIS, GRS, GOTS, Organic Thailand; and
  Fairtrade or Thai Green Label, which no supplier holds) and needs that name one only to waive it;
- needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the contracts (the profile format and the links CSV),
`shared/taxonomy.py` with its data files, and the project's ruff settings; not the matcher, its
glossary, its tests or any other evaluation set. Names, e-mails and companies are invented.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is
(`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `used_bridal_gown` versus `bridal_gown`).
Every need lists the offer labels that would meet it and the certifications its text requires, or is
marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of
the supplier carries a label listed by one of the buyer's needs and the supplier's certifications
(resolved with `resolve_certification`) hold every certification that need requires. A waived
certification is not required. An SME is never linked to itself. Shared words play no part;
quantities, prices, sizes and places never decide a link; what changes what the thing is does.
The labels live only in `write.py`; the profiles carry none.

Before writing, the script checks that ids are unique and well formed; every field is valid under the
contract (sub-cluster, stage and BCG values from the taxonomy, provinces resolving with
`resolve_province`, certifications with `resolve_certification`); every label a need lists is offered
by someone other than the buyer; every met need has a qualified supplier and every unmet one has none;
a required or waived certification is named in the need's text; Thai phrases are mostly Thai letters
and English ones Latin only; and the sizes are within target. It writes nothing if a check fails.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_wedding/write.py

Two runs give identical bytes.

## Files

- `write.py`: the data, the labels, the checks; writes the three files below and prints the counts.
- `profiles.jsonl`: {profiles} profiles, ids `{first}` to `{last}`, contract JSONL version 1, no labels.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def render(smes: list[Sme]) -> dict[str, str]:
    links = true_links(smes)
    table = counts_table(counts(smes))
    return {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in smes),
        "links.csv": links_csv(links),
        "README.md": README.format(profiles=len(smes), first=smes[0].id, last=smes[-1].id, table=table),
    }


def main() -> int:
    problems = check(SMES)
    if problems:
        print(f"{len(problems)} problem(s); nothing written:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    files = render(SMES)
    if files != render(SMES):
        print("two renderings differ; nothing written", file=sys.stderr)
        return 1
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(counts_table(counts(SMES)), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
