"""Write the hand-labelled evaluation set `eval/blind_plain_beanbag/`.

Bean bags and floor cushions, plus the ordinary fibre, yarn, cloth, dyeing and sewing
suppliers of the cluster. Every offer carries a label saying what the thing is; every need
lists the labels that meet it and the certifications its text requires, or is marked as met
by no one. Labels live only in this file; profiles.jsonl holds the contract fields only.

Run from the repository root:  .venv/bin/python eval/blind_plain_beanbag/write.py
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

taxonomy = importlib.import_module("shared.taxonomy")
CERTIFICATIONS = taxonomy.CERTIFICATIONS
BcgTag = taxonomy.BcgTag
Stage = taxonomy.Stage
SubCluster = taxonomy.SubCluster
find_certifications = taxonomy.find_certifications
resolve_certification = taxonomy.resolve_certification
resolve_province = taxonomy.resolve_province

PREFIX = "bbn"
N_PROFILES = 95
LINKS_MIN, LINKS_MAX = 160, 180

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""


@dataclass(frozen=True)
class Sme:
    num: int
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def Of(text: str, label: str) -> Offer:
    return Offer(text, label)


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def U(text: str, note: str, req: tuple[str, ...] = ()) -> Need:
    return Need(text, requires=req, unmet=note)


def P(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[Offer] | None = None,
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(
        num, language, name, sub_cluster, stage, province, email, tuple(offers or ()), tuple(needs or ()), certs, bcg
    )


# ---------------------------------------------------------------- upstream: fibre, yarn, fillings, waste

SMES: list[Sme] = [
    P(
        1,
        "th",
        "วิสาหกิจชุมชนกัญชงบ้านแม่สา",
        HEMP,
        UP,
        "Chiang Mai",
        "maesa.hemp@gmail.com",
        offers=[Of("เส้นใยกัญชงลอกมือ มัดละ 1 กก.", "hemp_fibre"), Of("ด้ายกัญชงเข็นมือ สีธรรมชาติ", "hemp_yarn")],
        needs=[
            N("อยากได้คนรับย้อมด้ายด้วยสีจากธรรมชาติ ไม่เอาสีเคมี", "natural_dyeing_service", "indigo_dyeing_service"),
        ],
        certs=("เกษตรอินทรีย์",),
        bcg=("bio",),
    ),
    P(
        2,
        "en",
        "Tak Highland Hemp Co-op",
        HEMP,
        UP,
        "Tak",
        "coop@takhemp.org",
        offers=[
            Of("decorticated hemp bast fibre, 200 kg lots", "hemp_fibre"),
            Of("hemp hurd (shiv), bagged", "hemp_hurd"),
        ],
        needs=[U("certified hemp seed for planting, low THC", "no one in the set sells seed")],
        bcg=("bio",),
    ),
    P(
        3,
        "th",
        "กลุ่มทอผ้าม้งบ้านห้วยปูลิง",
        HEMP,
        UP,
        "Mae Hong Son",
        "huaypuling.weave@gmail.com",
        offers=[
            Of("เส้นด้ายใยกัญชง ปั่นเครื่อง เบอร์ 10", "hemp_yarn"),
            Of("ผ้าใยกัญชงทอมือ ลายม้ง หน้ากว้าง 40 ซม.", "hemp_fabric"),
        ],
        needs=[U("ขี้ผึ้งแท้สำหรับเขียนลายเทียน", "no one offers beeswax")],
        bcg=("bio",),
    ),
    P(
        4,
        "th",
        "บริษัท ไทยโฟมเม็ด จำกัด",
        CIRC,
        UP,
        "Samut Prakan",
        "sales@thaifoambead.co.th",
        offers=[Of("เม็ดโฟม EPS ใหม่ ขนาด 3-5 มม. กระสอบละ 1 คิว", "eps_beads_new")],
        needs=[N("รับซื้อกล่องโฟมเก่า เศษโฟมขาว ตันละ", "eps_foam_scrap")],
        certs=("ISO 9001",),
    ),
    P(
        5,
        "en",
        "Eastern Polybead Industries Co., Ltd.",
        CIRC,
        UP,
        "Chonburi",
        "export@easternpolybead.com",
        offers=[
            Of("Expandable polystyrene beads, virgin, 25 kg bags", "eps_beads_new"),
            Of("Self-extinguishing EPS pellets, grade F", "fire_retardant_eps_beads"),
        ],
        needs=[U("woven PP sacks with liner, 1 cubic metre", "no one offers woven polypropylene sacks")],
        certs=("ISO 9001", "ISO 14001"),
    ),
    P(
        6,
        "th",
        "หจก. ระยองรีไซเคิลโฟม",
        CIRC,
        UP,
        "Rayong",
        "rayongfoam.recycle@gmail.com",
        offers=[Of("เม็ดโฟมรีไซเคิล บดจากกล่องโฟมเก่า ร่อนฝุ่นแล้ว", "eps_beads_recycled")],
        needs=[N("โฟมกันกระแทกสีขาว จากบรรจุภัณฑ์เครื่องใช้ไฟฟ้า", "eps_foam_scrap")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    P(
        7,
        "en",
        "ReBead Loop Co., Ltd.",
        CIRC,
        UP,
        "Pathum Thani",
        "hello@rebeadloop.co",
        offers=[Of("Recycled polystyrene refill, cleaned and sieved", "eps_beads_recycled")],
        needs=[N("old beanbags and their filling, collected from venues", "used_bean_bags")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    P(
        8,
        "th",
        "ร้านรับซื้อของเก่า ส.เจริญ",
        CIRC,
        UP,
        "Bangkok",
        "sorcharoen.recycle@gmail.com",
        offers=[
            Of("เศษสไตโรโฟม อัดก้อน ส่งได้ทุกสัปดาห์", "eps_foam_scrap"),
            Of("ขวดเพ็ทใส บีบแบน มัดเป็นก้อน", "pet_bottles_baled"),
        ],
        bcg=("circular",),
    ),
    P(
        9,
        "en",
        "Mahachai Fibre Recycling",
        CIRC,
        UP,
        "Samut Sakhon",
        "info@mahachaifibre.com",
        offers=[
            Of("Hollow conjugated staple fibre 7D from recycled bottles", "recycled_pet_fibrefill"),
            Of("Hot-washed clear rPET flakes", "pet_flakes"),
        ],
        needs=[N("post-consumer PET bottles, baled, clear only", "pet_bottles_baled")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    P(
        10,
        "th",
        "บริษัท ใยดีไฟเบอร์ จำกัด",
        CIRC,
        UP,
        "Nakhon Pathom",
        "sales@yaideefiber.co.th",
        offers=[
            Of("ใยสังเคราะห์ ใยบอล สำหรับยัดหมอน", "polyester_fibrefill"),
            Of("ใยโพลีจากขวดน้ำรีไซเคิล 15 ดีเนียร์", "recycled_pet_fibrefill"),
        ],
        needs=[N("เกล็ดพลาสติกใส ล้างร้อนแล้ว", "pet_flakes")],
        certs=("OEKO-TEX Standard 100",),
        bcg=("circular",),
    ),
    P(
        11,
        "th",
        "วิสาหกิจชุมชนคัดแยกผ้าเก่าบ้านทุ่ม",
        CIRC,
        UP,
        "Khon Kaen",
        "banthum.cloth@gmail.com",
        offers=[
            Of("เสื้อผ้ามือสองคัดเกรด กิโลละ 15 บาท", "used_clothing"),
            Of("ผ้าเช็ดมือตัดจากเสื้อยืดเก่า", "wiping_rags"),
        ],
        needs=[U("เครื่องตัดผ้าเป็นเส้น มือสอง", "machinery; no one offers it")],
        bcg=("circular",),
    ),
    P(
        12,
        "en",
        "Thread Again Textile Recovery",
        CIRC,
        UP,
        "Bangkok",
        "ops@threadagain.co.th",
        offers=[
            Of("shredded textile stuffing for cushions and beanbags", "shredded_textile_filling"),
            Of("sorted second-hand denim, 30 kg bales", "used_clothing"),
        ],
        needs=[
            N("cutting-room scraps from garment factories, any colour", "textile_offcuts"),
            N("old bed sheets and towels from hotels", "used_linen"),
        ],
        bcg=("circular",),
    ),
    P(
        13,
        "th",
        "หจก. โฟมสับนนท์",
        CIRC,
        UP,
        "Nonthaburi",
        "foamsubnon@gmail.com",
        offers=[Of("ฟองน้ำสับ ยัดเบาะ ยัดบีนแบ็ก กิโลละ 45", "shredded_foam_filling")],
        needs=[N("เศษฟองน้ำเหลือจากโรงงานเฟอร์นิเจอร์", "pu_foam_offcuts")],
        bcg=("circular",),
    ),
    P(
        14,
        "en",
        "Korat Kapok Farm",
        HEMP,
        UP,
        "Nakhon Ratchasima",
        "korat.kapok@gmail.com",
        offers=[Of("Kapok fibre, hand-cleaned, seeds removed", "kapok_fibre")],
        needs=[
            N("unbleached calico for pillow casings", "greige_cotton_fabric"),
            N("whole dried kapok pods to clean ourselves", "kapok_pods"),
        ],
        bcg=("bio",),
    ),
    P(
        15,
        "th",
        "กลุ่มเกษตรกรปลูกนุ่นบ้านหมี่",
        HEMP,
        UP,
        "Lopburi",
        "banmi.kapok@gmail.com",
        offers=[Of("ฝักนุ่นแห้ง ทั้งฝัก ยังไม่แกะ", "kapok_pods")],
        needs=[U("กระสอบป่านเก่า สำหรับใส่นุ่น", "no one offers used jute sacks")],
        bcg=("bio",),
    ),
    P(
        16,
        "th",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์ด่านซ้าย",
        HEMP,
        UP,
        "Loei",
        "dansai.organiccotton@gmail.com",
        offers=[
            Of("ปุยฝ้ายอินทรีย์ ปลูกเอง ไม่ใช้สารเคมี", "raw_cotton_fibre"),
            Of("ฝ้ายเข็นมือ เส้นใหญ่ ไม่ฟอก", "cotton_yarn"),
        ],
        needs=[U("เมล็ดพันธุ์ฝ้ายตุ่นพื้นเมือง", "no one offers cotton seed")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    P(
        17,
        "en",
        "Mae Chan Cotton Spinners",
        HEMP,
        UP,
        "Chiang Rai",
        "sales@maechanspin.com",
        offers=[Of("Organic cotton yarn Ne 20/2, GOTS", "cotton_yarn")],
        needs=[N("seed cotton, Organic Thailand certified", "raw_cotton_fibre", req=("Organic Thailand",))],
        certs=("GOTS",),
        bcg=("bio",),
    ),
    P(
        18,
        "th",
        "บริษัท สระบุรีสปินนิ่ง จำกัด",
        CIRC,
        UP,
        "Saraburi",
        "info@saraburispinning.co.th",
        offers=[
            Of("ด้ายโพลีเอสเตอร์รีไซเคิล 150D/48F", "recycled_polyester_yarn"),
            Of("ด้าย OE จากเศษผ้าคอตตอน เบอร์ 10", "recycled_cotton_yarn"),
        ],
        needs=[N("เกล็ดขวด PET สำหรับหลอมปั่น", "pet_flakes"), N("เศษผ้าจากห้องตัดเย็บ รับทุกสี", "textile_offcuts")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    P(
        19,
        "en",
        "Siam Foam Converters",
        SPORT,
        UP,
        "Samut Prakan",
        "sales@siamfoamconv.com",
        offers=[
            Of("PU foam sheets, density 25-40, cut to size", "pu_foam_sheets"),
            Of("foam trimmings by the bale", "pu_foam_offcuts"),
        ],
        certs=("ISO 9001",),
    ),
    P(
        20,
        "th",
        "กลุ่มปลูกครามบ้านดอนกอย",
        AGI,
        UP,
        "Sakon Nakhon",
        "donkoi.indigo@gmail.com",
        offers=[Of("เนื้อครามเปียก หม้อละ 1 กก.", "indigo_paste")],
        bcg=("bio",),
    ),
    P(
        21,
        "en",
        "Paet Riu Textile Waste Trading",
        CIRC,
        UP,
        "Chachoengsao",
        "trade@paetriuwaste.com",
        offers=[
            Of("mixed polyester cutting waste, baled", "textile_offcuts"),
            Of("roll ends and short lengths of upholstery cloth", "deadstock_fabric"),
        ],
        bcg=("circular",),
    ),
    P(
        22,
        "th",
        "ร้านฝ้ายงามเมืองเลย",
        HEMP,
        UP,
        "Loei",
        "faingam.loei@gmail.com",
        offers=[Of("ด้ายฝ้ายย้อมสีเคมี สีสด ไม่ตก ไจละครึ่งกิโล", "dyed_cotton_yarn")],
        needs=[N("ขอคนรับปั่นด้ายจากปุยฝ้ายของเรา", "spinning_service")],
        bcg=("bio",),
    ),
    # ------------------------------------------------------------ midstream: cloth, dyeing, sewing, parts
    P(
        23,
        "th",
        "บริษัท มหาชัยผ้าใบ จำกัด",
        SPORT,
        MID,
        "Samut Sakhon",
        "sales@mahachaipaby.co.th",
        offers=[
            Of("ผ้าออกซ์ฟอร์ด 600D เคลือบ PU กันน้ำ ม้วน 50 หลา", "waterproof_outdoor_fabric"),
            Of("ผ้าร่ม 210D สีพื้น", "polyester_fabric"),
        ],
        needs=[N("ด้ายโพลีเอสเตอร์ ฟิลาเมนต์ สำหรับทอ", "recycled_polyester_yarn")],
        certs=("ISO 9001",),
    ),
    P(
        24,
        "en",
        "Eastern Coated Fabrics Co., Ltd.",
        SPORT,
        MID,
        "Rayong",
        "info@easterncoated.com",
        offers=[
            Of("solution-dyed acrylic outdoor canvas, UV stable", "acrylic_outdoor_canvas"),
            Of("PU or PVC coating on your own cloth, commission basis", "waterproof_coating_service"),
        ],
        needs=[N("woven base cloth from recycled bottles, 300D", "rpet_fabric")],
        certs=("bluesign",),
    ),
    P(
        25,
        "th",
        "บริษัท ผ้ารีเพ็ท จำกัด",
        CIRC,
        MID,
        "Bangkok",
        "contact@pharepet.co.th",
        offers=[
            Of("ผ้าทอจากขวดพลาสติก 100% หน้ากว้าง 150 ซม.", "rpet_fabric"),
            Of("สปันบอนด์รีไซเคิล 80 แกรม", "nonwoven_fabric"),
        ],
        needs=[N("เส้นด้ายรีไซเคิลที่มีใบรับรอง GRS", "recycled_polyester_yarn", "recycled_cotton_yarn", req=("GRS",))],
        certs=("GRS",),
        bcg=("circular",),
    ),
    P(
        26,
        "en",
        "Lanna Hemp Weavers",
        HEMP,
        MID,
        "Chiang Mai",
        "studio@lannahemp.com",
        offers=[Of("Hemp canvas 12 oz, natural ecru", "hemp_fabric"), Of("hemp/cotton 55/45 twill", "hemp_fabric")],
        needs=[
            N("Nm 6-10 hemp yarn, undyed", "hemp_yarn"),
            N("indigo vat dyeing for our woven hemp lengths", "indigo_dyeing_service"),
        ],
        certs=("OCS",),
        bcg=("bio",),
    ),
    P(
        27,
        "th",
        "ร้านครามสกล",
        AGI,
        MID,
        "Sakon Nakhon",
        "kramsakon@gmail.com",
        offers=[
            Of("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ เมตรละ 350", "indigo_dyed_cotton_fabric"),
            Of("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
        ],
        needs=[
            N("ต้นครามหมักแล้วเป็นเนื้อสี สำหรับก่อหม้อ", "indigo_paste"),
            N("ผ้าดิบทอเครื่อง ยังไม่ฟอกขาว", "greige_cotton_fabric"),
        ],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    P(
        28,
        "th",
        "ม่อฮ่อมแม่ทิพย์ เมืองแพร่",
        HEMP,
        MID,
        "Phrae",
        "mohommaethip@gmail.com",
        offers=[
            Of("ผ้าหม้อห้อมแท้ ย้อมฮ่อม ตัดเป็นหลา", "indigo_dyed_cotton_fabric"),
            Of("รับย้อมฮ่อม เสื้อผ้าสำเร็จของลูกค้า", "indigo_dyeing_service"),
        ],
        needs=[N("ผ้าดิบ สำหรับนำมาย้อมฮ่อม", "greige_cotton_fabric")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    P(
        29,
        "en",
        "Isan Natural Dye House",
        AGI,
        MID,
        "Khon Kaen",
        "dyehouse.isan@gmail.com",
        offers=[
            Of("commission dyeing with lac, ebony fruit and mango bark", "natural_dyeing_service"),
            Of("plant-dyed cotton yarn in 1 kg hanks", "natural_dyed_cotton_yarn"),
        ],
        needs=[
            U("stick lac, dried, for red dye", "no one offers lac resin"),
            N("undyed cotton yarn spun by hand in villages", "cotton_yarn"),
        ],
        bcg=("bio",),
    ),
    P(
        30,
        "th",
        "บริษัท สยามย้อมสี จำกัด",
        CIRC,
        MID,
        "Samut Prakan",
        "sales@siamyomsee.co.th",
        offers=[
            Of("รับย้อมผ้าพับ รีแอคทีฟ ผ้าคอตตอน", "fabric_dyeing_service"),
            Of("ผ้าคอตตอนย้อมสีพื้น 20 สี พร้อมส่ง", "dyed_cotton_fabric"),
        ],
        needs=[N("ผ้าดิบคอตตอน 100% หน้า 63 นิ้ว", "greige_cotton_fabric")],
        certs=("OEKO-TEX Standard 100", "ISO 14001"),
    ),
    P(
        31,
        "en",
        "Nakhon Pathom Greige Mill",
        AGC,
        MID,
        "Nakhon Pathom",
        "mill@npgreige.com",
        offers=[
            Of("grey cotton sheeting, unbleached, 63 inch", "greige_cotton_fabric"),
            Of("heavy duck 10 oz, loomstate", "cotton_canvas_fabric"),
        ],
        needs=[N("GOTS-certified yarn from organically grown cotton for our looms", "cotton_yarn", req=("GOTS",))],
        certs=("GOTS", "OEKO-TEX Standard 100"),
    ),
    P(
        32,
        "th",
        "โรงทอผ้าใบราชบุรี",
        AGC,
        MID,
        "Ratchaburi",
        "ratchaburicanvas@gmail.com",
        offers=[
            Of("ผ้าแคนวาส 12 ออนซ์ สีพื้น ม้วนละ 50 หลา", "cotton_canvas_fabric"),
            Of("ผ้าลูกฟูก ร่องใหญ่ เนื้อนุ่ม", "corduroy_fabric"),
        ],
        needs=[N("ด้ายฝ้ายรีไซเคิล OE เบอร์ 10", "recycled_cotton_yarn")],
    ),
    P(
        33,
        "en",
        "Velvet & Co. Upholstery Textiles",
        AGC,
        MID,
        "Bangkok",
        "orders@velvetco.co.th",
        offers=[
            Of("plush velvet for upholstery, 30 colours", "velvet_fabric"),
            Of("boucle, off-white and oatmeal", "boucle_fabric"),
        ],
        needs=[N("fire-retardant finishing of our velvet rolls", "fr_finishing_service")],
    ),
    P(
        34,
        "th",
        "กลุ่มทอผ้าลายน้ำไหล บ้านหนองบัว",
        HEMP,
        MID,
        "Nan",
        "nongbua.weave@gmail.com",
        offers=[
            Of("ผ้าฝ้ายทอมือ ลายน้ำไหล เมืองน่าน", "handwoven_cotton_fabric"),
            Of("ซิ่นลายน้ำไหล ตัดสำเร็จ", "sinh_skirt"),
        ],
        needs=[N("ฝ้ายย้อมสีธรรมชาติ ไม่ใช้สีเคมี", "natural_dyed_cotton_yarn")],
        certs=("OTOP",),
    ),
    P(
        35,
        "th",
        "กลุ่มทอผ้าขาวม้าบ้านหนองแคน",
        AGI,
        MID,
        "Roi Et",
        "nongkhaen.khaoma@gmail.com",
        offers=[
            Of("ผ้าขาวม้าทอมือ ลายตาหมากรุก ผืนละ 120", "pha_khao_ma_fabric"),
            Of("ผ้าฝ้ายทอมือพื้นเรียบ สีขาวนวล", "handwoven_cotton_fabric"),
        ],
        needs=[N("ด้ายฝ้ายย้อมสำเร็จ หลายสี", "dyed_cotton_yarn", "natural_dyed_cotton_yarn")],
        certs=("OTOP",),
    ),
    P(
        36,
        "en",
        "Surin Loom Collective",
        AGI,
        MID,
        "Surin",
        "collective@surinloom.org",
        offers=[
            Of("hand-tied mudmee cotton lengths", "handwoven_cotton_fabric"),
            Of("pakama, 2 m, cotton checks", "pha_khao_ma_fabric"),
        ],
        needs=[N("botanical-dye cotton threads for weft, no synthetic dyes", "natural_dyed_cotton_yarn")],
    ),
    P(
        37,
        "th",
        "ร้านอุปกรณ์ตัดเย็บ ยโสธร",
        AGI,
        MID,
        "Yasothon",
        "yasothon.sewshop@gmail.com",
        offers=[Of("ซิปไนลอน เบอร์ 5 แบบม้วนยาว", "zipper"), Of("ด้ายเย็บผ้า โพลีเอสเตอร์ หลอดใหญ่", "sewing_thread")],
        needs=[U("กระดุมกะลามะพร้าว", "no one offers coconut-shell buttons")],
    ),
    P(
        38,
        "en",
        "Zip & Trim Bangkok",
        SPORT,
        MID,
        "Bangkok",
        "sales@zipandtrim.co.th",
        offers=[
            Of("YKK #8 coil zip chain, 200 m rolls", "zipper"),
            Of("lockable zip pullers, child-safe", "locking_zipper"),
        ],
    ),
    P(
        39,
        "th",
        "ร้านรับเย็บป้าแดง ประตูน้ำ",
        AGC,
        MID,
        "Bangkok",
        "padaeng.sewing@gmail.com",
        offers=[
            Of("รับเย็บปลอกบีนแบ็ก ผ้าลูกค้า ขั้นต่ำ 50 ใบ", "cut_and_sew_service"),
            Of("รับปักชื่อ ปักโลโก้", "embroidery_service"),
        ],
        needs=[N("โซ่ซิปแบบม้วน พร้อมหัวซิป", "zipper")],
    ),
    P(
        40,
        "en",
        "CMT Sewing Nonthaburi",
        AGC,
        MID,
        "Nonthaburi",
        "cmt.nonthaburi@gmail.com",
        offers=[
            Of("cut, make and trim for cushions, covers and bags, your fabric", "cut_and_sew_service"),
            Of("cotton trimmings left after cutting, free pick-up", "textile_offcuts"),
        ],
        needs=[
            N("polyester sewing thread on cones", "sewing_thread"),
            U("second-hand overlock machines", "machinery; no one offers it"),
        ],
    ),
    P(
        41,
        "th",
        "วิสาหกิจชุมชนตัดเย็บบ้านเชียง",
        AGI,
        MID,
        "Udon Thani",
        "banchiang.sew@gmail.com",
        offers=[Of("รับจ้างเย็บตามแบบ ผ้าของผู้ว่าจ้าง", "cut_and_sew_service")],
        needs=[N("ผ้าไม่ทอ สำหรับเย็บถุงชั้นใน", "nonwoven_fabric")],
    ),
    P(
        42,
        "en",
        "Coast Print Studio",
        SPORT,
        MID,
        "Chonburi",
        "print@coastprint.studio",
        offers=[Of("dye-sublimation printing on polyester, your cloth", "fabric_printing_service")],
        needs=[N("white polyester cloth for sublimation", "polyester_fabric")],
    ),
    P(
        43,
        "th",
        "ร้านสกรีนบางพลัด",
        AGC,
        MID,
        "Bangkok",
        "bangphlat.screen@gmail.com",
        offers=[Of("รับสกรีนผ้า สกรีนลายบนปลอกหมอน", "fabric_printing_service")],
        needs=[U("สีสกรีนสูตรน้ำ แบบยาง", "no one offers printing ink")],
    ),
    P(
        44,
        "en",
        "Hmong Stitch Workshop",
        HEMP,
        MID,
        "Chiang Mai",
        "hmongstitch@gmail.com",
        offers=[Of("hand cross-stitch on customers' cushion covers", "embroidery_service")],
        needs=[U("stranded cotton floss, 50 colours", "no one offers embroidery floss")],
    ),
    P(
        45,
        "th",
        "บริษัท ไฟร์เซฟ เท็กซ์ไทล์ จำกัด",
        SPORT,
        MID,
        "Pathum Thani",
        "info@firesafetextile.co.th",
        offers=[
            Of("รับเคลือบสารหน่วงไฟบนผ้า", "fr_finishing_service"),
            Of("รับเคลือบกันน้ำ กันรา ผ้าม้วน", "waterproof_coating_service"),
        ],
        needs=[U("สารหน่วงไฟชนิดไม่มีฮาโลเจน", "chemicals; no one offers them")],
        certs=("ISO 9001",),
    ),
    P(
        46,
        "en",
        "Inner Bag Factory Mahachai",
        CIRC,
        MID,
        "Samut Sakhon",
        "innerbag.mahachai@gmail.com",
        offers=[Of("sewn liner bags for beanbags, all sizes", "bean_bag_inner_liner")],
        needs=[N("spunbond 70 gsm rolls", "nonwoven_fabric")],
    ),
    P(
        47,
        "th",
        "บริษัท แปดริ้วนอนวูฟเว่น จำกัด",
        CIRC,
        MID,
        "Chachoengsao",
        "sales@paetriunonwoven.co.th",
        offers=[Of("ผ้าสปันบอนด์ 40-100 แกรม ม้วน", "nonwoven_fabric")],
        needs=[U("เม็ดพลาสติก PP เกรดฉีดเส้นใย", "plastic resin; no one offers it")],
    ),
    P(
        48,
        "en",
        "Ayutthaya Cushion Inserts",
        AGC,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "inserts@ayutcushion.com",
        offers=[Of("fibre-filled cushion inserts 45x45", "cushion_insert")],
        needs=[N("siliconised polyester fibrefill", "polyester_fibrefill", "recycled_pet_fibrefill")],
    ),
    P(
        49,
        "th",
        "โรงทอแม่สาย รับทอ",
        HEMP,
        MID,
        "Chiang Rai",
        "maesai.loom@gmail.com",
        offers=[
            Of("รับทอผ้าจากเส้นด้ายของลูกค้า กี่กระตุก", "weaving_service"),
            Of("ผ้าฝ้ายกี่กระตุก หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),
        ],
        needs=[N("เส้นใยเฮมพ์ที่ปั่นเป็นด้ายแล้ว", "hemp_yarn")],
    ),
    P(
        50,
        "en",
        "Lamphun Hand Spinners",
        HEMP,
        MID,
        "Lamphun",
        "spinners.lamphun@gmail.com",
        offers=[
            Of("hand spinning on commission: your cotton or hemp into yarn", "spinning_service"),
            Of("handspun cotton yarn, natural white", "cotton_yarn"),
        ],
        needs=[N("raw cotton bolls, unginned", "raw_cotton_fibre")],
    ),
    # ------------------------------------------------------------ downstream makers
    P(
        51,
        "th",
        "บริษัท ขี้เกียจโซฟา จำกัด",
        AGC,
        DOWN,
        "Bangkok",
        "sales@khikiatsofa.co.th",
        offers=[
            Of("บีนแบ็กผ้าแคนวาส พร้อมเม็ดโฟม ไซส์ XL", "bean_bag_chair"),
            Of("ปลอกบีนแบ็กเปล่า ไม่มีไส้", "bean_bag_cover"),
        ],
        needs=[
            N("สไตโรโฟมเม็ดบริสุทธิ์ ไม่ผสมของรีไซเคิล", "eps_beads_new"),
            N("ถุงในกันเม็ดโฟมรั่ว", "bean_bag_inner_liner"),
        ],
        certs=("มอก.",),
    ),
    P(
        52,
        "en",
        "Poolside Lounge Co.",
        SPORT,
        DOWN,
        "Chonburi",
        "sales@poolsidelounge.co",
        offers=[Of("pool floats and waterproof bean bags, UV resistant", "outdoor_bean_bag")],
        needs=[
            N("coated polyester for outdoor use, 600 denier", "waterproof_outdoor_fabric"),
            N("flame-retardant bead filling", "fire_retardant_eps_beads"),
            N("zips that kids cannot open", "locking_zipper"),
        ],
    ),
    P(
        53,
        "th",
        "บีนรักษ์โลก",
        CIRC,
        DOWN,
        "Pathum Thani",
        "beanraklok@gmail.com",
        offers=[Of("บีนแบ็กผ้ารีไซเคิล ไส้ใยขวดพลาสติก", "bean_bag_chair")],
        needs=[
            N("ผ้ารีไซเคิลจากเพ็ท มีใบรับรอง GRS", "rpet_fabric", req=("GRS",)),
            N("ใยรีไซเคิล หรือเศษผ้าสับ ใช้ยัดแทนเม็ดโฟม", "recycled_pet_fibrefill", "shredded_textile_filling"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    P(
        54,
        "en",
        "Zabuton Home Studio",
        AGC,
        DOWN,
        "Nonthaburi",
        "hello@zabutonhome.com",
        offers=[Of("zabuton, tufted cotton", "floor_cushion"), Of("round zafu, buckwheat fill", "meditation_cushion")],
        needs=[
            U("buckwheat hulls, cleaned, 20 kg", "no one offers buckwheat hulls"),
            N("Thai duck canvas", "cotton_canvas_fabric"),
        ],
    ),
    P(
        55,
        "th",
        "กลุ่มแม่บ้านหมอนขวานบ้านศรีฐาน",
        AGI,
        DOWN,
        "Yasothon",
        "sritan.pillow@gmail.com",
        offers=[Of("หมอนขวาน ผ้าขิด 10 ช่อง ยัดนุ่น", "triangle_cushion"), Of("เบาะรองนั่งลายขิด", "floor_cushion")],
        needs=[N("นุ่นอย่างดี ไม่มีเมล็ด", "kapok_fibre"), N("ผ้าขะม้าทอมือ ลายสก็อต", "pha_khao_ma_fabric")],
        certs=("OTOP",),
    ),
    P(
        56,
        "en",
        "Isan Axe Pillow Export",
        AGI,
        DOWN,
        "Kalasin",
        "export@isanaxepillow.com",
        offers=[Of("mon khwan triangle cushions, export cartons", "triangle_cushion")],
        needs=[
            N("silk-cotton tree floss, 1 tonne a month", "kapok_fibre"),
            N(
                "bright handloomed cotton, OTOP not required",
                "handwoven_cotton_fabric",
                "pha_khao_ma_fabric",
                waive=("OTOP",),
            ),
        ],
    ),
    P(
        57,
        "th",
        "ร้านพัฟดีไซน์",
        AGC,
        DOWN,
        "Bangkok",
        "poufdesign.bkk@gmail.com",
        offers=[Of("พัฟทรงกลม หุ้มกำมะหยี่", "pouf_ottoman")],
        needs=[
            N("กำมะหยี่เกรดเฟอร์นิเจอร์", "velvet_fabric"),
            N("ผ้าบูเคล่ สีครีม", "boucle_fabric"),
            N("ฟองน้ำแผ่น ตัดตามแบบ", "pu_foam_sheets"),
        ],
    ),
    P(
        58,
        "en",
        "Hemp House Lanna",
        HEMP,
        DOWN,
        "Chiang Mai",
        "shop@hemphouselanna.com",
        offers=[Of("undyed hemp sitting mats, kapok filled", "floor_cushion")],
        needs=[
            N("GOTS-certified organic cotton canvas", "cotton_canvas_fabric", req=("GOTS",)),
            N("ceiba fibre for stuffing", "kapok_fibre"),
        ],
        bcg=("bio",),
    ),
    P(
        59,
        "th",
        "บริษัท คิดส์ซอฟท์ จำกัด",
        AGC,
        DOWN,
        "Nakhon Pathom",
        "sales@kidssoft.co.th",
        offers=[
            Of("บีนแบ็กเด็ก ผ้านุ่ม ซิปล็อกสองชั้น", "bean_bag_chair"),
            Of("ถุงถั่วโยนเล่น สำหรับกิจกรรม", "toss_bean_bag"),
        ],
        needs=[
            N(
                "ผ้าที่ผ่าน OEKO-TEX สำหรับของเด็ก",
                "dyed_cotton_fabric",
                "cotton_canvas_fabric",
                req=("OEKO-TEX Standard 100",),
            ),
            N("ซิปแบบล็อกได้ เด็กเปิดไม่ได้", "locking_zipper"),
        ],
        certs=("OEKO-TEX Standard 100",),
    ),
    P(
        60,
        "en",
        "FlowMat Studio Supplies",
        SPORT,
        DOWN,
        "Bangkok",
        "b2b@flowmat.co",
        offers=[
            Of("yoga bolsters, cotton cover", "yoga_bolster"),
            Of("meditation cushions, crescent shape", "meditation_cushion"),
        ],
        needs=[
            N("natural kapok stuffing", "kapok_fibre"),
            N("indigo cotton by the metre for covers", "indigo_dyed_cotton_fabric"),
        ],
    ),
    P(
        61,
        "th",
        "บริษัท แคร์ซีท จำกัด",
        AGC,
        DOWN,
        "Samut Prakan",
        "sales@careseat.co.th",
        offers=[
            Of("เบาะรองนั่งลดแผลกดทับ เจลผสมโฟม", "pressure_relief_cushion"),
            Of("หมอนจัดท่า หมอนรองขา", "positioning_pillow"),
        ],
        needs=[
            U("เมมโมรีโฟมเกรดการแพทย์", "no one offers medical memory foam"),
            N("ผ้าหุ้มเบาะ น้ำไม่ซึม เช็ดทำความสะอาดได้", "waterproof_outdoor_fabric"),
        ],
        certs=("ISO 13485",),
    ),
    P(
        62,
        "th",
        "ร้านเบาะผู้ป่วย ขอนแก่นแคร์",
        AGI,
        DOWN,
        "Khon Kaen",
        "carecushion.kk@gmail.com",
        offers=[Of("เบาะรถเข็น กันแผลกดทับ", "pressure_relief_cushion")],
        needs=[N("ฟองน้ำฉีกเป็นชิ้นเล็ก ใช้ใส่เบาะ", "shredded_foam_filling")],
    ),
    P(
        63,
        "th",
        "ร้านครามเชียงใหม่",
        HEMP,
        DOWN,
        "Chiang Mai",
        "kramchiangmai@gmail.com",
        offers=[Of("กระเป๋าผ้าฝ้ายทอมือย้อมคราม", "tote_bag"), Of("ปลอกหมอนอิงผ้าย้อมคราม", "cushion_cover")],
        needs=[N("ผ้าฝ้ายสีน้ำเงินจากต้นคราม ซื้อเป็นพับ", "indigo_dyed_cotton_fabric")],
    ),
    P(
        64,
        "en",
        "Patchwork Pouf Lab",
        CIRC,
        DOWN,
        "Bangkok",
        "lab@patchworkpouf.com",
        offers=[
            Of("upcycled patchwork poufs", "pouf_ottoman"),
            Of("beanbag shells from deadstock fabric", "bean_bag_cover"),
        ],
        needs=[
            N("leftover furniture fabric from mills, end-of-line", "deadstock_fabric"),
            N("fabric-scrap fill for poufs", "shredded_textile_filling"),
            N("old hotel cotton sheets", "used_linen"),
        ],
        bcg=("circular",),
    ),
    P(
        65,
        "th",
        "ร้านที่นอนน้องหมา",
        AGC,
        DOWN,
        "Nonthaburi",
        "nonghmabed@gmail.com",
        offers=[Of("ที่นอนสุนัข ทรงโดนัท", "pet_bed")],
        needs=[
            N(
                "ใยโพลี หรือเศษผ้าสับ ยัดที่นอนสัตว์",
                "polyester_fibrefill",
                "recycled_pet_fibrefill",
                "shredded_textile_filling",
            )
        ],
    ),
    P(
        66,
        "en",
        "Mae Klong Kapok Bedding",
        AGC,
        DOWN,
        "Samut Songkhram",
        "maeklong.kapok@gmail.com",
        offers=[Of("traditional kapok mattresses and fold-out floor mats", "kapok_mattress")],
        needs=[
            N("new kapok, not recycled from old mattresses", "kapok_fibre"),
            U("striped cotton ticking", "no one offers striped ticking"),
        ],
    ),
    P(
        67,
        "th",
        "บีนแบ็กริมหาด พัทยา",
        SPORT,
        DOWN,
        "Chonburi",
        "beachbeanbag.pattaya@gmail.com",
        offers=[
            Of("บีนแบ็กกันน้ำ สำหรับสระว่ายน้ำ ผ้าทนแดด", "outdoor_bean_bag"),
        ],
        needs=[
            N(
                "ผ้ากันฝนทนแดด สำหรับงานกลางแจ้ง หรือผ้าใบอะคริลิก",
                "waterproof_outdoor_fabric",
                "acrylic_outdoor_canvas",
            ),
            N("โฟมบดจากของเก่า สำหรับเติมบีนแบ็ก ราคาถูก", "eps_beads_recycled"),
        ],
    ),
    P(
        68,
        "en",
        "Cover Story Textiles",
        AGC,
        DOWN,
        "Bangkok",
        "studio@coverstory.co.th",
        offers=[
            Of("printed cushion covers 45x45 cm", "cushion_cover"),
            Of("made-to-order beanbag slipcovers, any fabric", "bean_bag_cover"),
        ],
        needs=[
            N("contract sewing, 500 pcs per month", "cut_and_sew_service"),
            N("printing our artwork on canvas", "fabric_printing_service"),
        ],
    ),
    P(
        69,
        "th",
        "ร้านเบาะโคราช",
        AGI,
        DOWN,
        "Nakhon Ratchasima",
        "baokorat@gmail.com",
        offers=[Of("หมอนอิงผ้าไหมมัดหมี่ พร้อมไส้", "throw_pillow")],
        needs=[
            N("ผ้าไหมตรานกยูงพระราชทาน", "silk_fabric", req=("Thai Silk Peacock Emblem",)),
            N("ใยโพลีเอสเตอร์บริสุทธิ์ ไม่เอาใยรีไซเคิล", "polyester_fibrefill"),
        ],
    ),
    P(
        70,
        "en",
        "Surin Silk Weavers",
        AGI,
        MID,
        "Surin",
        "silk@surinweavers.com",
        offers=[Of("mudmee silk, Royal Thai Silk peacock", "silk_fabric")],
        needs=[U("Thai native silk yarn, yellow cocoon", "no one offers silk yarn")],
        certs=("Thai Silk Peacock Emblem",),
    ),
    # ------------------------------------------------------------ downstream buyers
    P(
        71,
        "th",
        "ร้านกาแฟนั่งเล่น อารีย์",
        AGC,
        DOWN,
        "Bangkok",
        "nanglen.ari@gmail.com",
        needs=[N("เบาะเม็ดโฟมแบบนั่งจม สำหรับมุมนั่งเล่นในร้าน 10 ตัว", "bean_bag_chair")],
    ),
    P(
        72,
        "en",
        "Slow Bar Nimman",
        AGC,
        DOWN,
        "Chiang Mai",
        "slowbar.nimman@gmail.com",
        needs=[N("axe pillows for our low-table seating", "triangle_cushion")],
    ),
    P(
        73,
        "th",
        "ภูเก็ตบีชรีสอร์ท",
        CIRC,
        DOWN,
        "Phuket",
        "purchasing@phuketbeachresort.co.th",
        offers=[Of("บีนแบ็กเก่าริมสระ 30 ลูก ให้ฟรี", "used_bean_bags")],
        needs=[N("บีนแบ็กกันน้ำลายผ้าปาเต๊ะ วางริมสระ", "outdoor_bean_bag")],
    ),
    P(
        74,
        "en",
        "Ao Nang Beach Club",
        SPORT,
        DOWN,
        "Krabi",
        "gm@aonangbeachclub.com",
        offers=[Of("worn-out lounge sacks from the beach, free to a recycler", "used_bean_bags")],
        needs=[
            N("fade-resistant bean bags for the beach, 50 units", "outdoor_bean_bag"),
            N("recycled refill beads for our existing lounge bags", "eps_beads_recycled"),
        ],
    ),
    P(
        75,
        "th",
        "โคเวิร์กกิ้งสเปซ สามย่าน",
        AGC,
        DOWN,
        "Bangkok",
        "space@samyancowork.co.th",
        needs=[N("โซฟาเม็ดโฟม สีเทา 20 ตัว", "bean_bag_chair")],
    ),
    P(
        76,
        "en",
        "HiveDesk Coworking",
        AGC,
        DOWN,
        "Bangkok",
        "ops@hivedesk.co",
        needs=[N("beanbag chairs with removable washable covers", "bean_bag_chair")],
    ),
    P(
        77,
        "th",
        "โรงเรียนอนุบาลบ้านเด็กดี",
        AGC,
        DOWN,
        "Nonthaburi",
        "anuban.bandekdee@gmail.com",
        needs=[
            N("เก้าอี้เม็ดโฟมสำหรับเด็กเล็ก ผ้าผ่าน OEKO-TEX", "bean_bag_chair", req=("OEKO-TEX Standard 100",)),
            N("ถุงผ้าเล็ก ๆ ไว้โยนเล่นในคาบพละ", "toss_bean_bag"),
        ],
    ),
    P(
        78,
        "en",
        "Little Sprouts International Kindergarten",
        AGC,
        DOWN,
        "Bangkok",
        "office@littlesprouts.ac.th",
        needs=[
            N(
                "toddler beanbags, OEKO-TEX certificate not required",
                "bean_bag_chair",
                waive=("OEKO-TEX Standard 100",),
            ),
            N("bean bags for throwing games in PE", "toss_bean_bag"),
        ],
    ),
    P(
        79,
        "th",
        "ศูนย์พัฒนาเด็กเล็ก เทศบาลนครอุดร",
        AGI,
        DOWN,
        "Udon Thani",
        "cdc.udon@gmail.com",
        needs=[N("ถุงทรายผ้าสำหรับเกมโยนของเด็ก", "toss_bean_bag"), N("ที่นอนนุ่น นอนกลางวัน", "kapok_mattress")],
    ),
    P(
        80,
        "en",
        "Urban Nest Home Store",
        AGC,
        DOWN,
        "Bangkok",
        "buying@urbannest.co.th",
        needs=[
            N("poufs and ottomans for our stores", "pouf_ottoman"),
            N("throw pillow cases, handmade", "cushion_cover"),
        ],
    ),
    P(
        81,
        "th",
        "ร้านบ้านสวยของแต่งบ้าน",
        AGC,
        DOWN,
        "Chiang Mai",
        "bansuay.deco@gmail.com",
        needs=[
            N("หมอนพิงหลัง ผ้าทอพื้นเมือง พร้อมไส้", "throw_pillow"),
            N("ถุงผ้าทอมือ", "tote_bag"),
            N("ผ้าหุ้มหมอนอิง ไม่รวมไส้", "cushion_cover"),
        ],
    ),
    P(
        82,
        "en",
        "LazyDay Online Shop",
        AGC,
        DOWN,
        "Bangkok",
        "hello@lazyday.shop",
        needs=[
            N("bean bag covers only, we fill in our warehouse", "bean_bag_cover"),
            N("EPS beads, 50 sacks a month", "eps_beads_new", "eps_beads_recycled"),
        ],
    ),
    P(
        83,
        "th",
        "บริษัท บ้านและสวนมาร์ท จำกัด",
        AGC,
        DOWN,
        "Bangkok",
        "buyer@bsmart.co.th",
        needs=[
            N("บีนแบ็ก ต้องมี มอก.", "bean_bag_chair", req=("Thai Industrial Standard",)),
            N("หมอนสามเหลี่ยม สินค้า OTOP", "triangle_cushion", req=("OTOP",)),
        ],
    ),
    P(
        84,
        "en",
        "Golden Years Care Home",
        AGC,
        DOWN,
        "Prachuap Khiri Khan",
        "admin@goldenyearshuahin.com",
        needs=[
            N("pressure-relief seat cushions, ISO 13485", "pressure_relief_cushion", req=("ISO 13485",)),
            N("leg and positioning pillows", "positioning_pillow"),
        ],
    ),
    P(
        85,
        "th",
        "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคก",
        AGI,
        DOWN,
        "Khon Kaen",
        "rpst.bankhok@gmail.com",
        needs=[
            N("เบาะนั่งสำหรับผู้ป่วยที่นั่งนาน ลดแรงกด", "pressure_relief_cushion"),
            U("ผ้าปูกันเปื้อนสำหรับเตียงผู้ป่วย", "no one offers waterproof bed pads"),
        ],
    ),
    P(
        86,
        "en",
        "Lotus Day Spa",
        AGC,
        DOWN,
        "Bangkok",
        "manager@lotusdayspa.com",
        needs=[N("props for restorative yoga and sitting practice", "yoga_bolster", "meditation_cushion")],
    ),
    P(
        87,
        "th",
        "สตูดิโอโยคะ บ้านลมหายใจ",
        SPORT,
        DOWN,
        "Bangkok",
        "banlomhaijai.yoga@gmail.com",
        needs=[N("หมอนโบลสเตอร์", "yoga_bolster"), N("เบาะนั่งสมาธิ", "meditation_cushion")],
    ),
    P(
        88,
        "en",
        "Riverside Heritage Hotel Ayutthaya",
        AGC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "purchasing@riversideheritage.com",
        offers=[Of("retired hotel linen, washed, 200 kg", "used_linen")],
        needs=[
            U(
                "silk cushions with the Peacock Emblem",
                "no cushion maker with the emblem",
                req=("Thai Silk Peacock Emblem",),
            ),
            N("weatherproof lounge bags for the river terrace", "outdoor_bean_bag"),
        ],
    ),
    P(
        89,
        "th",
        "ร้านสังฆภัณฑ์ สุราษฎร์",
        AGC,
        DOWN,
        "Surat Thani",
        "sangkhaphan.surat@gmail.com",
        needs=[N("อาสนะ ถวายวัด", "floor_cushion"), N("หมอนอิงสามเหลี่ยม", "triangle_cushion")],
    ),
    P(
        90,
        "en",
        "Ubon Hostel & Cafe",
        AGI,
        DOWN,
        "Ubon Ratchathani",
        "stay@ubonhostel.com",
        needs=[
            N("loincloth checks cloth for our cushion covers", "pha_khao_ma_fabric"),
            N("a kapok floor mattress for the dorm", "kapok_mattress"),
        ],
    ),
    P(
        91,
        "th",
        "เกมคาเฟ่ ลาดพร้าว",
        SPORT,
        DOWN,
        "Bangkok",
        "gamecafe.ladprao@gmail.com",
        needs=[
            U("เก้าอี้เกมมิ่งแบบนั่งพื้น มีพนักพิง", "no one offers gaming floor chairs"),
            U("หนังเทียม PU ม้วน", "no one offers PU leather"),
        ],
    ),
    P(
        92,
        "en",
        "GreenLoop Export Trading",
        CIRC,
        DOWN,
        "Bangkok",
        "trade@greenloop.asia",
        needs=[
            N("bean bags from recycled materials, GRS certified", "bean_bag_chair", req=("GRS",)),
            N("hemp cloth, GOTS not needed", "hemp_fabric", waive=("GOTS",)),
        ],
    ),
    P(
        93,
        "th",
        "ร้านของฝากแม่สาย",
        HEMP,
        DOWN,
        "Chiang Rai",
        "maesai.souvenir@gmail.com",
        needs=[
            N("ถุงย่ามสีคราม", "tote_bag"),
            N("หมอนขวานใบเล็ก ไม่จำเป็นต้องมี OTOP", "triangle_cushion", waive=("OTOP",)),
        ],
    ),
    P(
        94,
        "en",
        "Studio Kanok Interiors",
        AGC,
        DOWN,
        "Nonthaburi",
        "studio@kanokinteriors.com",
        needs=[
            N("anyone making up poufs in our clients' own fabric?", "cut_and_sew_service"),
            N("boucle by the metre", "boucle_fabric"),
        ],
    ),
    P(
        95,
        "th",
        "ร้านกาแฟริมโขง",
        AGI,
        DOWN,
        "Nong Khai",
        "rimkhong.cafe@gmail.com",
        needs=[
            N("มีใครทำบีนแบ็กกันแดดกันฝนไหม ไว้นั่งริมโขง", "outdoor_bean_bag"),
            N("เบาะนั่งพื้นผ้าขาวม้า", "floor_cushion"),
        ],
    ),
]


# ---------------------------------------------------------------- checks

ID_RE = re.compile(rf"^{PREFIX}-\d{{3}}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
ENGLISH_OK = re.compile(r"^[\x20-\x7e]+$")
SUB_CLUSTERS = {s.value for s in SubCluster}
STAGES = {s.value for s in Stage}
BCG_TAGS = {b.value for b in BcgTag}


def canon(values: tuple[str, ...]) -> frozenset[str]:
    return frozenset(resolve_certification(v) or v for v in values)


def mentions(text: str, cert: str) -> bool:
    """Whether `text` names the certification at all, affirmed or negated."""
    record = next(c for c in CERTIFICATIONS if c.name == cert)
    folded = text.casefold()
    return any(term.casefold() in folded for term in (record.name, *record.aliases, *record.mentions))


def check_phrase(problems: list[str], where: str, text: str, language: str) -> None:
    if not text.strip() or text != text.strip() or "  " in text:
        problems.append(f"{where}: empty or badly spaced phrase {text!r}")
    if language == "th":
        thai, latin = len(THAI_CHAR.findall(text)), len(LATIN_LETTER.findall(text))
        if thai < 2 * latin or thai == 0:
            problems.append(f"{where}: Thai phrase is not mostly Thai: {text!r}")
    elif not ENGLISH_OK.match(text) or THAI_CHAR.search(text):
        problems.append(f"{where}: English phrase has non-Latin characters: {text!r}")


def suppliers_for(need: Need, buyer: Sme) -> list[Sme]:
    wanted = set(need.labels)
    required = set(need.requires)
    return [
        s
        for s in SMES
        if s.id != buyer.id and any(o.label in wanted for o in s.offers) and required <= canon(s.certifications)
    ]


def check() -> list[str]:
    problems: list[str] = []
    ids = [s.id for s in SMES]
    if len(ids) != N_PROFILES or len(set(ids)) != len(ids):
        problems.append(f"expected {N_PROFILES} unique ids, got {len(ids)} ({len(set(ids))} unique)")
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        problems.append("ids are not bbn-001 ... bbn-095 in order")
    names = Counter(s.name for s in SMES)
    emails = Counter(s.email for s in SMES)
    offered_by: dict[str, set[str]] = {}
    for s in SMES:
        for o in s.offers:
            offered_by.setdefault(o.label, set()).add(s.id)
    for s in SMES:
        where = s.id
        if not ID_RE.match(s.id):
            problems.append(f"{where}: bad id")
        if names[s.name] > 1 or emails[s.email] > 1:
            problems.append(f"{where}: name or email not unique")
        if s.language not in ("th", "en"):
            problems.append(f"{where}: bad language")
        if s.sub_cluster not in SUB_CLUSTERS or s.stage not in STAGES:
            problems.append(f"{where}: bad sub-cluster or stage")
        if resolve_province(s.province) is None:
            problems.append(f"{where}: unknown province {s.province!r}")
        if not EMAIL_RE.match(s.email):
            problems.append(f"{where}: bad email {s.email!r}")
        if any(resolve_certification(c) is None for c in s.certifications):
            problems.append(f"{where}: unknown certification in {s.certifications}")
        if not set(s.bcg) <= BCG_TAGS or len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: bad bcg tags {s.bcg}")
        if len(s.offers) > 3 or len(s.needs) > 3 or not (s.offers or s.needs):
            problems.append(f"{where}: needs 0-3 offers and 0-3 needs, and at least one of them")
        check_phrase(problems, f"{where} name", s.name, s.language)
        for o in s.offers:
            check_phrase(problems, f"{where} offer", o.text, s.language)
        own = {o.label for o in s.offers}
        for n in s.needs:
            check_phrase(problems, f"{where} need", n.text, s.language)
            found = find_certifications(n.text)
            if found != set(n.requires):
                problems.append(f"{where}: need {n.text!r} names {sorted(found)}, labelled {sorted(n.requires)}")
            for c in (*n.requires, *n.waives):
                if resolve_certification(c) != c or not mentions(n.text, c):
                    problems.append(f"{where}: need {n.text!r} does not name {c!r}")
            if n.unmet:
                if n.labels:
                    problems.append(f"{where}: unmet need {n.text!r} lists labels")
                continue
            if not n.labels:
                problems.append(f"{where}: need {n.text!r} has no labels and no unmet note")
            for label in n.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    problems.append(f"{where}: label {label!r} is offered by no one else")
                if label in own:
                    problems.append(f"{where}: needs its own offer label {label!r}")
            if not suppliers_for(n, s):
                problems.append(f"{where}: need {n.text!r} has no qualified supplier")
    return problems


def true_links() -> list[tuple[str, str]]:
    pairs = {
        (sup.id, buyer.id) for buyer in SMES for n in buyer.needs if not n.unmet for sup in suppliers_for(n, buyer)
    }
    return sorted(pairs)


def size_problems(links: list[tuple[str, str]]) -> list[str]:
    problems = []
    lang = {s.id: s.language for s in SMES}
    thai = sum(1 for s in SMES if s.language == "th")
    if not 0.5 <= thai / len(SMES) <= 0.6:
        problems.append(f"Thai share {thai}/{len(SMES)} is outside 50-60 %")
    if not LINKS_MIN <= len(links) <= LINKS_MAX:
        problems.append(f"{len(links)} true links, expected {LINKS_MIN}-{LINKS_MAX}")
    cross = sum(1 for a, b in links if lang[a] != lang[b])
    if links and not 0.4 <= cross / len(links) <= 0.6:
        problems.append(f"cross-language links {cross}/{len(links)} are not about half")
    unmet = sum(1 for s in SMES for n in s.needs if n.unmet)
    if not 16 <= unmet <= 24:
        problems.append(f"{unmet} needs met by no one, expected about 20")
    return problems


# ---------------------------------------------------------------- output


def profile_json(s: Sme) -> str:
    record: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [o.text for o in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return out.getvalue()


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in SMES}
    rows: list[tuple[str, str]] = [("profiles", str(len(SMES)))]
    lang = Counter(s.language for s in SMES)
    rows.append(("Thai / English profiles", f"{lang['th']} / {lang['en']}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(1 for s in SMES if s.sub_cluster == sub.value))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(1 for s in SMES if s.stage == stage.value))))
    regions = Counter(resolve_province(s.province).region.value for s in SMES)
    for region in sorted(regions):
        rows.append((f"region {region}", str(regions[region])))
    rows.append(("distinct provinces", str(len({resolve_province(s.province).name_en for s in SMES}))))
    offers = [o for s in SMES for o in s.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len({o.label for o in offers}))))
    needs = [(s, n) for s in SMES for n in s.needs]
    met = [(s, n) for s, n in needs if not n.unmet]
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"))
    spread = Counter(min(len(suppliers_for(n, s)), 4) for s, n in met)
    rows.append(("met needs by number of suppliers (1 / 2 / 3 / 4+)", " / ".join(str(spread[k]) for k in (1, 2, 3, 4))))
    rows.append(("needs requiring a certification", str(sum(1 for _, n in needs if n.requires))))
    rows.append(("needs waiving a certification", str(sum(1 for _, n in needs if n.waives))))
    rows.append(("true links", str(len(links))))
    th_en = sum(1 for a, b in links if by_id[a].language == "th" and by_id[b].language == "en")
    en_th = sum(1 for a, b in links if by_id[a].language == "en" and by_id[b].language == "th")
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    share = 100 * cross / len(links) if links else 0.0
    rows.append(("cross-language links (share)", f"{cross} ({share:.1f} %)"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster)),
        )
    )
    return rows


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| measure | count |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


README = """# Evaluation set `blind_plain_beanbag`

## What it checks

How well the matcher finds true supplier-buyer pairs among {n} SME profiles of the Health and Wellness
Economy cluster written in wording it has never seen. The theme is bean bags and floor cushions: bean
bag covers and inner liners, EPS bead filling, kapok and fibre fillings, floor cushions, poufs and Thai
triangle pillows, outdoor waterproof bean bags, and the cafes, hotels, co-working spaces, kindergartens,
care homes and home shops that buy them; plus the ordinary upstream and midstream suppliers of fibre,
yarn, cloth, dyeing, printing and sewing. About 55 % of the profiles are in Thai, the rest in English.

Entries are plain registry phrases, one short phrase per offer or need, 0-3 of each per SME. The same
goods are written in many ways (local and regional names, trade words, brand names, abbreviations,
with and without quantities, prices and sizes), and a need is worded differently from the offers that
meet it, often in the other language. Hard but fair cases are included: a service versus the goods it
works on (indigo dyeing of the customer's cloth versus indigo-dyed cloth; sewing for others versus
finished covers); the customer's own goods sent for work; waste and used goods versus new (old bean
bags, foam scrap, used sheets); raw versus processed (fibre, yarn, cloth, product); finished goods
described by material, colour or technique (a bag of handwoven indigo cotton is a bag); needs written
as a wish, a bare noun phrase, a question or a refusal ("no chemical dyes", "not recycled"); needs that
require a named certification and needs that name one only to waive it; and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of the shared contracts (cluster profiles, JSONL version 1,
and the links CSV) and the project's taxonomy (`shared/taxonomy.py` and `shared/taxonomy_data/`), and
nothing of the matcher, its glossary, its tests or other evaluation sets. All data, including the
labels, is held in `write.py`; the labels are not written to the profiles.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` versus `indigo_dyeing_service`, `bean_bag_chair` versus `bean_bag_cover`,
`eps_beads_new` versus `eps_beads_recycled`). Every need either lists the offer labels that would meet
it and the certifications its text requires, or is marked as met by no one with a short note. A pair
(supplier, buyer) is a true link when some offer of the supplier carries a label listed by one of the
buyer's needs and the supplier's certifications hold every certification that need requires. An SME is
never linked to itself. Shared words play no part; quantities, prices and places never decide a link;
what changes what the thing is does. A waived certification is not required.

Before writing, the script checks ids, every contract field (sub-cluster, stage, province through
`resolve_province`, certifications through `resolve_certification`, BCG tags, e-mail, language), that
Thai phrases are mostly Thai letters and English ones Latin only, that every listed label is offered
by someone other than the buyer, that every met need has a qualified supplier, that the certifications
a need's text names (`find_certifications`) are exactly the ones it requires and that a waived one is
named in the text, and the size targets. It writes nothing if any check fails.

## How to regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_beanbag/write.py

The output is deterministic: two runs give identical bytes.

## Files

- `write.py`: the data, the labels, the checks and the writer.
- `profiles.jsonl`: {n} profiles in the contract's JSONL version 1 format, ids `{first}` ... `{last}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    problems = check()
    links = true_links()
    problems += size_problems(links)
    rows = counts(links)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print(table(rows), file=sys.stderr)
        return 1
    outputs = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in SMES),
        "links.csv": links_csv(links),
        "README.md": README.format(n=len(SMES), first=SMES[0].id, last=SMES[-1].id, table=table(rows)),
    }
    for name, text in outputs.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table(rows), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
