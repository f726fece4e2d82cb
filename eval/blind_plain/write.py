"""Hand-labelled evaluation set in the plain register of a cluster SME database.

Every profile below was written by hand. Each offer carries a label saying what the
thing is; each need lists the offer labels that meet it (and the certifications its
text requires), or is marked as met by no one. The true links follow from the labels.

Run from the repository root:  .venv/bin/python eval/blind_plain/write.py
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

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    BcgTag,
    Stage,
    SubCluster,
    canonical_certifications,
    find_certifications,
    resolve_certification,
    resolve_province,
)

OUT = Path(__file__).resolve().parent
PREFIX = "bpl"

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGE_C = "ageing_lifestyle_central"
AGE_I = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...] = ()  # certifications the text requires
    waives: tuple[str, ...] = ()  # certifications the text names only to say they are not needed
    note: str = ""  # for a need met by no one: what it asks for


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, certs, waives)


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, (), certs, waives, note)


@dataclass
class Sme:
    name: str
    sub: str
    stage: str
    province: str
    lang: str
    email: str
    offers: list[tuple[str, str]] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certs: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)
    id: str = ""


S = Sme

# fmt: off
SMES: list[Sme] = [
    # ------------------------------------------------------------ hemp and natural fibre
    S("วิสาหกิจชุมชนกลุ่มปลูกกัญชงบ้านแม่สาใหม่", HEMP, UP, "Chiang Mai", "th", "maesamai.hemp@gmail.com",
      offers=[("เส้นใยกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_fibre_raw"),
              ("ด้ายกัญชงเข็นมือ สีธรรมชาติ", "hemp_yarn_handspun")],
      needs=[N("กี่ทอผ้าพื้นเมือง 2 หลัง", "handloom_equipment"),
             N("ต้องการคนช่วยทำเพจขายของออนไลน์", "digital_marketing_service")],
      certs=["Organic Thailand"], bcg=["bio", "green"]),
    S("กลุ่มแม่บ้านทอผ้าใยกัญชงม้ง บ้านเข็กน้อย", HEMP, MID, "Phetchabun", "th", "khek.noi.weaving@gmail.com",
      offers=[("ผ้าใยกัญชงทอมือ หน้ากว้าง 35-40 ซม.", "hemp_fabric_handwoven"),
              ("ผ้าเขียนเทียนลายม้ง ย้อมห้อม", "hmong_batik_fabric")],
      needs=[N("ต้องการปอกัญชง (เปลือกลอกแล้ว) เดือนละ 200 กก.", "hemp_fibre_raw"),
             N("ห้อมเปียก", "indigo_paste"),
             N("สินเชื่อดอกเบี้ยต่ำ ซื้อวัตถุดิบ", "sme_loan")],
      bcg=["bio"]),
    S("Lanna Hemp Spinning Co., Ltd.", HEMP, UP, "Chiang Rai", "en", "sales@lannahemp.co.th",
      offers=[("Machine-spun hemp yarn Nm 14, 100% hemp", "hemp_yarn_machine"),
              ("Hemp/cotton 55/45 blended yarn, Ne 20", "hemp_cotton_blend_yarn")],
      needs=[N("Decorticated hemp bast fibre, baled", "hemp_fibre_raw"),
             U("Second-hand ring spinning frame", "used ring spinning machinery")],
      bcg=["bio"]),
    S("บริษัท ไทยเฮมพ์ เท็กซ์ จำกัด", HEMP, DOWN, "Bangkok", "th", "contact@thaihemptex.com",
      offers=[("กระเป๋าผ้ากัญชง", "hemp_bag"),
              ("เสื้อเชิ้ตผ้ากัญชง ผู้ชาย ราคาส่ง", "hemp_shirt")],
      needs=[N("ผ้ากัญชงทอมือ เนื้อหนา ขั้นต่ำ 100 หลา ไม่จำเป็นต้องมี GOTS", "hemp_fabric_handwoven",
               waives=("GOTS",)),
             N("ผ้าเฮมพ์ทอเครื่อง หน้ากว้าง", "hemp_fabric_machine"),
             N("หาโรงงานรับตัดเย็บ CMT", "sewing_cmt_service"),
             N("ส่งผ้ากัญชงของเราไปย้อมคราม", "indigo_dyeing_service")],
      bcg=["bio", "green"]),
    S("Doi Hemp Collective", HEMP, DOWN, "Chiang Mai", "en", "hello@doihemp.com",
      offers=[("Hand-woven hemp scarves, natural dyed", "scarf_natural_dyed")],
      needs=[N("Handspun hemp yarn for weaving", "hemp_yarn_handspun"),
             N("Sticklac for red dye", "lac_dye"),
             N("Ebony fruit (makluea) for black dyeing", "ebony_fruit"),
             N("Mud-dyeing of our finished scarves", "mud_dyeing_service")],
      bcg=["bio"]),
    S("วิสาหกิจชุมชนเลี้ยงไหมอีรี่บ้านนาดี", HEMP, UP, "Nong Bua Lam Phu", "th", "eri.nadee@gmail.com",
      offers=[("รังไหมอีรี่ (เจาะแล้ว)", "eri_silk_cocoon"),
              ("เส้นไหมอีรี่ปั่นมือ", "eri_silk_yarn")],
      needs=[U("ใบละหุ่ง ใบมันสำปะหลัง เลี้ยงหนอนไหมอีรี่", "castor or cassava leaves as silkworm feed")],
      bcg=["bio"]),
    S("สหกรณ์ผู้เลี้ยงไหมบ้านเมืองที จำกัด", HEMP, UP, "Surin", "th", "muangtee.silk@gmail.com",
      offers=[("รังไหมพันธุ์พื้นเมือง (ไหมเหลือง)", "silk_cocoon"),
              ("ไหมน้อย สาวมือ", "silk_yarn_thai")],
      needs=[U("ไข่ไหมพันธุ์ดี", "silkworm eggs"),
             N("อยากให้มีคนมาสอนย้อมสีธรรมชาติให้สมาชิก", "training_natural_dye")],
      bcg=["bio"]),
    S("กลุ่มทอผ้าไหมมัดหมี่บ้านท่าสว่าง", HEMP, MID, "Surin", "th", "thasawang.silk@gmail.com",
      offers=[("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน", "mudmee_silk_fabric"),
              ("รับทอผ้าไหมตามลายของลูกค้า", "handloom_weaving_service")],
      needs=[N("ไหมพื้นบ้าน สาวมือ", "silk_yarn_thai"),
             N("ครั่ง สำหรับย้อมแดง", "lac_dye")],
      certs=["Thai Silk Peacock Emblem", "OTOP"], bcg=["bio"]),
    S("Siam Silk Atelier", HEMP, DOWN, "Bangkok", "en", "studio@siamsilkatelier.com",
      offers=[("Silk scarves & shawls", "silk_scarf")],
      needs=[N("Mudmee silk with Peacock Emblem, 20 m per design", "mudmee_silk_fabric",
               certs=("Thai Silk Peacock Emblem",)),
             N("Natural dyeing of silk yarn we supply", "natural_dyeing_service"),
             N("Product photography and online marketing", "digital_marketing_service")]),
    S("ห้างหุ้นส่วนจำกัด ครามสกล", HEMP, MID, "Sakon Nakhon", "th", "kramsakon@hotmail.com",
      offers=[("ผ้าฝ้ายย้อมครามทอมือ", "indigo_cotton_handwoven"),
              ("รับย้อมครามผ้าของลูกค้า (ส่งผ้ามาเอง)", "indigo_dyeing_service"),
              ("เนื้อครามหมัก ถุงละ 5 กก.", "indigo_paste")],
      needs=[N("ฝ้ายเข็น ไม่ฟอกขาว", "cotton_yarn_handspun"),
             N("ผ้าดิบฝ้าย 100% สำหรับย้อม", "cotton_greige_fabric")],
      certs=["OTOP"], bcg=["bio", "green"]),
    S("วิสาหกิจชุมชนฝ้ายอินทรีย์นาด้วง", HEMP, UP, "Loei", "th", "naduang.cotton@gmail.com",
      offers=[("ปุยฝ้ายอินทรีย์ ฝ้ายตุ่น/ฝ้ายขาว", "cotton_raw_organic"),
              ("ฝ้ายเข็นมือ สีตุ่นธรรมชาติ", "cotton_yarn_handspun")],
      needs=[U("เครื่องอีดฝ้ายแยกเมล็ด แบบมอเตอร์", "motorised cotton gin"),
             N("ทุนหมุนเวียนสำหรับกลุ่ม", "sme_loan")],
      certs=["Organic Thailand"], bcg=["bio", "green"]),
    S("Chao Phraya Organic Spinning Co., Ltd.", HEMP, UP, "Pathum Thani", "en", "yarn@cporganic.co.th",
      offers=[("Organic cotton yarn, 20s", "cotton_yarn_organic"),
              ("Combed organic cotton yarn Ne 32/1, MOQ 1 ton", "cotton_yarn_organic")],
      needs=[N("Raw organic cotton lint, Organic Thailand certified", "cotton_raw_organic",
               certs=("Organic Thailand",)),
             N("Yarn testing lab (count, strength, twist)", "textile_testing_service")],
      certs=["GOTS", "OCS"], bcg=["bio", "green"]),
    S("บริษัท สยามกรีนวีฟวิ่ง จำกัด", HEMP, MID, "Nakhon Pathom", "th", "sales@siamgreenweaving.co.th",
      offers=[("ผ้าดิบฝ้ายออร์แกนิค ยังไม่ย้อม หน้า 60 นิ้ว", "cotton_greige_fabric"),
              ("ผ้ากัญชงผสมฝ้าย ทอเครื่อง", "hemp_fabric_machine"),
              ("ด้ายปลายกรวย ด้ายเหลือจากการทอ ขายเป็นกิโล", "yarn_waste")],
      needs=[N("ด้ายคอตตอนออร์แกนิค เบอร์ 20 ต้องมีใบรับรอง GOTS", "cotton_yarn_organic", certs=("GOTS",)),
             N("เส้นด้ายเฮมพ์ปั่นเครื่อง หรือด้ายผสมกัญชง", "hemp_yarn_machine", "hemp_cotton_blend_yarn")],
      certs=["GOTS"], bcg=["bio", "green"]),
    S("กลุ่มผ้าหม้อห้อมบ้านทุ่งโฮ้ง", HEMP, DOWN, "Phrae", "th", "thunghong.morhom@gmail.com",
      offers=[("เสื้อหม้อห้อม คอจีน", "indigo_garment"),
              ("ผ้าหม้อห้อมเป็นพับ", "indigo_cotton_fabric"),
              ("หน้ากากผ้าฝ้าย 3 ชั้น ซักได้", "face_mask_cloth")],
      needs=[N("ต้นห้อม หรือห้อมเปียก", "indigo_paste"),
             N("ผ้าฝ้ายขาวไว้ย้อม", "cotton_greige_fabric")],
      certs=["OTOP"], bcg=["bio"]),
    S("วิสาหกิจชุมชนใยกล้วยบ้านโคน", HEMP, UP, "Kamphaeng Phet", "th", "banana.fibre.bankon@gmail.com",
      offers=[("เส้นใยกล้วยตานี ขูดมือ", "banana_fibre"),
              ("กระดาษใยกล้วย", "banana_paper")],
      needs=[N("เครื่องขูดใยพืช", "fibre_decorticator")],
      bcg=["bio", "circular"]),
    S("กลุ่มแปรรูปใยสับปะรดบ้านหนองพลับ", HEMP, UP, "Prachuap Khiri Khan", "th", "nongplub.pina@gmail.com",
      offers=[("ใยใบสับปะรด แห้ง คัดเส้นยาว", "pineapple_fibre")],
      needs=[N("เครื่องขูดใบสับปะรด", "fibre_decorticator"),
             N("นักออกแบบผลิตภัณฑ์", "product_design_service")],
      bcg=["bio", "circular"]),
    S("Lotus Silk Studio", HEMP, MID, "Suphan Buri", "en", "lotus@lotussilkstudio.com",
      offers=[("Hand-pulled lotus stem yarn, 10 g skeins", "lotus_fibre_yarn")],
      needs=[N("Thai silk yarn for lotus-silk blend", "silk_yarn_thai"),
             N("Handloom weavers to weave our yarn on commission", "handloom_weaving_service"),
             N("Eri (peace) silk yarn", "eri_silk_yarn")],
      bcg=["bio"]),
    S("กลุ่มจักสานกระจูดทะเลน้อย", HEMP, DOWN, "Phatthalung", "th", "krajood.talaynoi@gmail.com",
      offers=[("เสื่อกระจูด", "krajood_mat"),
              ("กระเป๋าสานกระจูด", "krajood_bag"),
              ("ต้นกระจูดตากแห้ง ย้อมสี เป็นมัด", "krajood_dried")],
      needs=[N("นักออกแบบลายกระเป๋า", "product_design_service"),
             N("ผ้าบาติก/ผ้าปาเต๊ะ ทำซับใน", "batik_fabric", "hmong_batik_fabric")],
      certs=["OTOP"], bcg=["bio"]),
    S("วิสาหกิจชุมชนผักตบชวาสรรพยา", HEMP, DOWN, "Chai Nat", "th", "sapphaya.hyacinth@gmail.com",
      offers=[("ผักตบชวาตากแห้ง ขายเป็นกิโล", "water_hyacinth_dried"),
              ("ตะกร้า กล่องสานผักตบ", "water_hyacinth_product")],
      needs=[U("น้ำยาเคลือบกันเชื้อรา", "anti-mould coating for woven plant fibre"),
             N("เรียนการตลาดออนไลน์", "digital_marketing_service")],
      bcg=["bio", "circular"]),
    S("กลุ่มทำกระดาษสาบ้านต้นเปา", HEMP, MID, "Chiang Mai", "th", "tonpao.sa@gmail.com",
      offers=[("กระดาษสาทำมือ แผ่นใหญ่", "mulberry_paper")],
      needs=[N("เปลือกปอสาแห้ง", "mulberry_bark")],
      certs=["OTOP"], bcg=["bio"]),
    S("กลุ่มแม่บ้านปลูกปอสา ตำบลบ่อ", HEMP, UP, "Nan", "th", "porsa.nan@gmail.com",
      offers=[("เปลือกสาแห้ง ลอกแล้ว", "mulberry_bark")],
      bcg=["bio"]),
    S("ห้างหุ้นส่วนจำกัด นุ่นทองกาญจน์", HEMP, UP, "Kanchanaburi", "th", "noonthong.kan@gmail.com",
      offers=[("นุ่นคัดเมล็ดแล้ว อัดก้อน ติดต่อไลน์ @noonthong", "kapok_fibre"),
              ("ที่นอนนุ่น", "kapok_bedding")],
      needs=[U("รับซื้อฝักนุ่นแห้งทั้งฝัก", "whole dried kapok pods")],
      bcg=["bio"]),
    S("Chumphon Coir Products", HEMP, MID, "Chumphon", "en", "export@chumphoncoir.com",
      offers=[("Coconut coir fibre, mattress grade", "coir_fibre"),
              ("Coir geotextile netting 400 gsm", "coir_geotextile"),
              ("Coir doormats", "coir_doormat")],
      needs=[N("Natural rubber latex, 60% concentrate", "natural_rubber_latex")],
      bcg=["bio", "circular"]),
    S("กลุ่มเลี้ยงครั่งบ้านนาคู", HEMP, UP, "Kalasin", "th", "lac.nakhu@gmail.com",
      offers=[("ครั่งดิบ (ครั่งกิ่ง)", "lac_dye"),
              ("ลูกมะเกลือตากแห้ง", "ebony_fruit")],
      needs=[N("อบรมทำสีผงจากครั่ง", "training_natural_dye")],
      bcg=["bio"]),
    S("ศูนย์เรียนรู้ผ้าย้อมสีธรรมชาติป่าซาง", HEMP, MID, "Lamphun", "th", "pasang.naturaldye@gmail.com",
      offers=[("อบรมย้อมสีธรรมชาติ 2 วัน", "training_natural_dye"),
              ("รับย้อมผ้าด้วยสีจากธรรมชาติ ครั่ง ขนุน มะเกลือ", "natural_dyeing_service")],
      needs=[N("วัตถุดิบสีย้อม ครั่ง ลูกมะเกลือ", "lac_dye", "ebony_fruit")],
      bcg=["bio", "green"]),
    S("ร้านบาติกอันดามัน", HEMP, DOWN, "Krabi", "th", "andamanbatik@gmail.com",
      offers=[("ผ้าบาติกเขียนมือ ขายเป็นเมตร", "batik_fabric"),
              ("ผ้าถุงปาเต๊ะ", "batik_sarong")],
      needs=[N("ผ้าฝ้ายขาวสำหรับเขียนเทียน", "cotton_greige_fabric")],
      certs=["OTOP"]),
    S("แบรนด์ลูกรักออร์แกนิค", HEMP, DOWN, "Lampang", "th", "lukrak.organic@gmail.com",
      offers=[("ชุดเด็กอ่อนผ้าฝ้ายออร์แกนิค", "baby_clothes"),
              ("ผ้าอ้อมมัสลิน ผ้าห่อตัวเด็ก", "muslin_swaddle")],
      needs=[N("ผ้าสาลู ผ้ามัสลิน", "cotton_muslin"),
             N("ผ้าฝ้ายออร์แกนิค ต้องได้ GOTS", "cotton_greige_fabric", certs=("GOTS",))],
      bcg=["bio", "green"]),
    S("Nakhon Sawan Agri Machinery", HEMP, MID, "Nakhon Sawan", "en", "sales@nsagrimachinery.com",
      offers=[("Fibre decorticator for banana stems and pineapple leaves", "fibre_decorticator"),
              ("Spare blades and servicing", "decorticator_servicing")]),
    # ------------------------------------------------------------ circular textile
    S("ร้าน ส.เจริญรีไซเคิล", CIRC, UP, "Samut Prakan", "th", "sjaroen.recycle@gmail.com",
      offers=[("ขวดเพ็ทใสอัดก้อน สนใจโทร 081-234-5678", "used_pet_bottles")],
      needs=[U("เครื่องอัดก้อนมือสอง", "used baling press")],
      bcg=["circular"]),
    S("Thai rPET Fibre Co., Ltd.", CIRC, UP, "Rayong", "en", "purchasing@thairpet.com",
      offers=[("Hot-washed rPET flakes", "pet_flakes"),
              ("Recycled polyester staple fibre 1.4D x 38 mm", "recycled_polyester_staple")],
      needs=[N("We buy used PET bottles, baled, any colour", "used_pet_bottles")],
      certs=["GRS"], bcg=["circular"]),
    S("EcoLoop Yarns Co., Ltd.", CIRC, UP, "Samut Sakhon", "en", "info@ecoloopyarns.com",
      offers=[("Recycled polyester yarn 75D/72F, fast delivery", "recycled_polyester_yarn"),
              ("Recycled cotton/poly blend yarn Ne 10", "recycled_cotton_blend_yarn")],
      needs=[N("rPET staple fibre", "recycled_polyester_staple"),
             N("Pre-consumer cotton cutting waste, sorted by colour", "cutting_waste_cotton")],
      certs=["GRS", "RCS"], bcg=["circular"]),
    S("หจก. รวยเศษผ้า", CIRC, UP, "Samut Sakhon", "th", "ruay.sedpha@gmail.com",
      offers=[("เศษผ้าคอตตอน 100% คัดสีแล้ว", "cutting_waste_cotton"),
              ("ริมผ้าเป็นม้วน", "selvedge_waste"),
              ("เศษผ้าโพลีคละสี ขายเป็นตัน", "cutting_waste_polyester")],
      needs=[N("รับซื้อเศษผ้าจากโรงงานตัดเย็บทุกชนิด", "cutting_waste_cotton", "cutting_waste_knit_blend")],
      bcg=["circular"]),
    S("บริษัท รีเวิร์สแฟชั่น จำกัด", CIRC, UP, "Bangkok", "th", "hello@reversefashion.co.th",
      offers=[("เสื้อผ้ามือสองคัดเกรด มัดเป็นเบล", "used_clothing_bulk"),
              ("ยีนส์เก่า คัดแยกแล้ว", "used_denim"),
              ("เสื้อยืดเก่าตกเกรด สำหรับรีไซเคิล", "used_clothing_recycling_grade")],
      needs=[N("โฆษณาเฟซบุ๊ก ยิงแอด", "digital_marketing_service")],
      bcg=["circular"]),
    S("Upcycle Works Bangkok", CIRC, DOWN, "Nonthaburi", "en", "studio@upcycleworks.co",
      offers=[("Patchwork tote bags from old jeans", "upcycled_bag"),
              ("Shredded textile cushion filling", "shredded_textile_filling")],
      needs=[N("Old jeans / post-consumer denim", "used_denim"),
             N("Cotton cutting scraps in large pieces", "cutting_waste_cotton")],
      bcg=["circular"]),
    S("โรงงานปั่นด้ายรีไซเคิลสามพราน", CIRC, UP, "Nakhon Pathom", "th", "samphran.oe@gmail.com",
      offers=[("ด้ายโอเพ่นเอนด์จากเศษผ้า เบอร์ 8-16", "recycled_cotton_blend_yarn"),
              ("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า", "recycled_cotton_fibre")],
      needs=[N("เศษผ้าฝ้ายจากโรงงาน", "cutting_waste_cotton"),
             N("เศษริมผ้า", "selvedge_waste"),
             N("ด้ายปลายกรวย", "yarn_waste"),
             N("เสื้อผ้าเก่าที่ขายต่อไม่ได้", "used_clothing_recycling_grade")],
      certs=["GRS"], bcg=["circular"]),
    S("แบรนด์ห่มรักษ์โลก", CIRC, DOWN, "Chiang Mai", "th", "homrakloke@gmail.com",
      offers=[("ผ้าห่มทอจากเส้นใยรีไซเคิล", "recycled_blanket")],
      needs=[N("เส้นด้ายรีไซเคิล มีใบรับรอง GRS", "recycled_cotton_blend_yarn", "recycled_polyester_yarn",
               certs=("GRS",)),
             N("กล่องบรรจุภัณฑ์กระดาษรีไซเคิล", "eco_packaging")],
      bcg=["circular"]),
    S("บริษัท กรีนเทค เวสต์ แมเนจเม้นท์ จำกัด", CIRC, UP, "Chonburi", "th", "service@greentechwaste.co.th",
      offers=[("รับเก็บขนเศษผ้าจากโรงงาน ออกใบรับรองการกำจัด", "textile_waste_collection_service")],
      certs=["ISO 14001"], bcg=["circular"]),
    S("บริษัท สยามการ์เมนต์ จำกัด", CIRC, MID, "Samut Prakan", "th", "siamgarment.sp@gmail.com",
      offers=[("รับเย็บเสื้อผ้า CMT ขั้นต่ำ 300 ตัว/แบบ", "sewing_cmt_service"),
              ("เศษผ้ายืดคอตตอนสแปนเด็กซ์จากห้องตัด", "cutting_waste_knit_blend")],
      needs=[N("หาผู้รับเศษผ้าไปกำจัดหรือรีไซเคิล", "textile_waste_collection_service"),
             N("ช่างซ่อมจักรอุตสาหกรรม", "sewing_machine_repair_service")],
      certs=["ISO 9001"]),
    S("Mae Sot Knitwear Co., Ltd.", CIRC, MID, "Tak", "en", "factory@maesotknit.com",
      offers=[("Cotton jersey cutting waste, about 5 t a month", "cutting_waste_cotton"),
              ("CMT sewing for knit tops", "sewing_cmt_service")],
      needs=[N("Waste removal contractor with disposal certificates", "textile_waste_collection_service"),
             N("Industrial sewing machine repair", "sewing_machine_repair_service")]),
    S("Circular Design Lab", CIRC, DOWN, "Bangkok", "en", "team@circulardesignlab.co",
      offers=[("Upcycling product design consultancy", "product_design_service"),
              ("GRS/RCS certification consulting", "certification_consulting")],
      bcg=["circular"]),
    S("วิสาหกิจชุมชนทอพรมเศษผ้าบ้านหนองแวง", CIRC, DOWN, "Roi Et", "th", "nongwaeng.rug@gmail.com",
      offers=[("พรมเช็ดเท้าทอจากเศษผ้า", "rag_rug")],
      needs=[N("เศษผ้ายืดตัดเป็นเส้น หรือริมผ้า", "cutting_waste_knit_blend", "selvedge_waste"),
             N("กี่ทอพรม", "handloom_equipment")],
      certs=["OTOP"], bcg=["circular"]),
    S("ร้านป้าแดงผ้ามือสอง", CIRC, DOWN, "Nakhon Ratchasima", "th", "padaeng.secondhand@gmail.com",
      offers=[("เสื้อผ้ามือสองขายปลีก ตัวละ 20 บาท", "secondhand_clothing_retail")],
      needs=[N("เสื้อผ้ามือสองเกรด A เป็นกระสอบ", "used_clothing_bulk")],
      bcg=["circular"]),
    S("PET to Polo Co., Ltd.", CIRC, DOWN, "Bangkok", "en", "orders@pettopolo.com",
      offers=[("Polo shirts from recycled PET, custom logo", "rpet_polo_shirt")],
      needs=[N("Recycled polyester pique knit, GRS certified", "recycled_polyester_knit_fabric", certs=("GRS",)),
             N("Embroidery subcontractor for logos", "embroidery_service")],
      certs=["GRS"], bcg=["circular"]),
    S("บริษัท ถักทอรีไซเคิล จำกัด", CIRC, MID, "Samut Sakhon", "th", "sales@thakthorecycle.co.th",
      offers=[("ผ้าถักโพลีเอสเตอร์รีไซเคิล ผ้าจูติ ผ้าไมโคร", "recycled_polyester_knit_fabric"),
              ("ผ้าตาข่ายรีไซเคิล", "mesh_fabric")],
      needs=[N("ด้ายพอลิเอสเตอร์รีไซเคิล 75D/150D", "recycled_polyester_yarn"),
             N("โรงย้อมรับย้อมผ้าถักของเรา", "industrial_dyeing_service")],
      certs=["GRS", "OEKO-TEX Standard 100"], bcg=["circular"]),
    S("บริษัท ไทยนันวูฟเวน จำกัด", CIRC, MID, "Chachoengsao", "th", "sales@thainonwoven.co.th",
      offers=[("ผ้าสปันบอนด์ 15-80 แกรม", "nonwoven_spunbond"),
              ("ผ้า SMS สำหรับชุดกาวน์", "nonwoven_sms"),
              ("ใยโพลีเอสเตอร์รีไซเคิลยัดหมอน", "polyester_fibrefill")],
      needs=[N("เกล็ดขวด PET", "pet_flakes"),
             U("เม็ดพลาสติก PP เกรดสปันบอนด์", "PP resin")],
      certs=["ISO 9001"], bcg=["circular"]),
    S("บริษัท แพ็คเขียว จำกัด", CIRC, DOWN, "Phra Nakhon Si Ayutthaya", "th", "info@packkeaw.co.th",
      offers=[("กล่องกระดาษคราฟท์รีไซเคิล พิมพ์โลโก้", "eco_packaging"),
              ("ถุงผ้าสปันบอนด์พิมพ์ลาย", "nonwoven_bag")],
      needs=[N("ผ้าสปันบอนด์เป็นม้วน", "nonwoven_spunbond"),
             N("ส่งผ้าแคนวาสของเราไปเคลือบกันน้ำ", "coating_service")],
      certs=["FSC"], bcg=["circular", "green"]),
    S("ReThread Swim", CIRC, DOWN, "Phuket", "en", "hi@rethreadswim.com",
      offers=[("Swimwear from recycled fabric", "recycled_swimwear")],
      needs=[U("Recycled nylon stretch fabric", "recycled nylon/elastane fabric"),
             N("Sewing contractor for swimwear", "sewing_cmt_service")],
      bcg=["circular"]),
    # ------------------------------------------------------------ sportech
    S("บริษัท สปอร์ตนิต จำกัด", SPORT, MID, "Samut Sakhon", "th", "sales@sportknit.co.th",
      offers=[("ผ้าไมโครโพลี แห้งไว สำหรับเสื้อกีฬา", "sport_knit_fabric"),
              ("ผ้าสแปนเด็กซ์ 4 ทาง 220 แกรม", "spandex_fabric"),
              ("ผ้าสเปเซอร์ 3D", "spacer_mesh_fabric")],
      needs=[N("ด้ายโพลีเอสเตอร์ DTY 75D", "polyester_filament_yarn"),
             U("เส้นใยสแปนเด็กซ์", "spandex/elastane yarn")],
      certs=["OEKO-TEX Standard 100"]),
    S("Bangkok Sublimation Print House", SPORT, MID, "Bangkok", "en", "print@bkksublimation.com",
      offers=[("Sublimation printing on polyester, per metre or per piece", "sublimation_printing_service"),
              ("Screen printing on T-shirts", "screen_printing_service"),
              ("Logo embroidery, no minimum", "embroidery_service")],
      needs=[U("Sublimation transfer paper, 100 gsm rolls", "sublimation transfer paper"),
             N("Plain white polyester sport fabric", "sport_knit_fabric", "recycled_polyester_knit_fabric")]),
    S("ร้านแชมป์สปอร์ต ขอนแก่น", SPORT, DOWN, "Khon Kaen", "th", "champsport.kk@gmail.com",
      offers=[("เสื้อทีมฟุตบอล พิมพ์ชื่อ-เบอร์", "sport_jersey"),
              ("ชุดกีฬาสีโรงเรียน", "sport_jersey")],
      needs=[N("ผ้ากีฬา ผ้าไมโคร สีขาว", "sport_knit_fabric", "recycled_polyester_knit_fabric"),
             N("รับพิมพ์ซับลิเมชั่น", "sublimation_printing_service")]),
    S("Run Asia Events Co., Ltd.", SPORT, DOWN, "Phuket", "en", "ops@runasiaevents.com",
      needs=[N("Finisher shirts, quick-dry, 3,000 pcs by October", "sport_jersey"),
             N("Reflective vests for marshals", "safety_vest_reflective"),
             N("Compression calf sleeves for merchandise", "compression_sportswear"),
             U("Medal ribbons", "printed medal ribbons")]),
    S("หจก. เคลือบผ้าอ้อมน้อย", SPORT, MID, "Samut Prakan", "th", "omnoi.coating@gmail.com",
      offers=[("รับเคลือบ PU ผ้าของลูกค้า", "coating_service"),
              ("ผ้าร่มเคลือบพียูกันน้ำ 210D", "pu_coated_fabric")],
      needs=[U("สารเคลือบพียูสูตรน้ำ", "water-based PU resin")]),
    S("Trail Gear Thailand", SPORT, DOWN, "Chiang Mai", "en", "gear@trailgearthailand.com",
      offers=[("Waterproof trail running jackets", "running_jacket")],
      needs=[N("PU-coated ripstop for shells", "pu_coated_fabric"),
             U("bluesign approved recycled knit for linings", "bluesign recycled lining knit", certs=("bluesign",)),
             N("Reflective tape for trims", "reflective_tape")]),
    S("บริษัท คอมเพรสไทย จำกัด", SPORT, DOWN, "Pathum Thani", "th", "info@compressthai.com",
      offers=[("กางเกงรัดกล้ามเนื้อสำหรับวิ่ง", "compression_sportswear"),
              ("ถุงน่องเส้นเลือดขอด แรงบีบ 20-30 mmHg", "compression_stockings_medical")],
      needs=[N("ผ้ายืดพาวเวอร์เน็ต", "spandex_fabric")],
      certs=["ISO 13485", "Thai FDA"]),
    S("ร้านโยคะกรีน", SPORT, DOWN, "Chonburi", "th", "yogagreen.shop@gmail.com",
      offers=[("เสื่อโยคะยางพาราธรรมชาติ หน้าผ้ากัญชง", "yoga_mat"),
              ("ถุงใส่เสื่อโยคะ", "yoga_mat_bag")],
      needs=[N("น้ำยางพาราข้น", "natural_rubber_latex"),
             N("ผ้ากัญชง", "hemp_fabric_handwoven", "hemp_fabric_machine")],
      bcg=["bio", "green"]),
    S("สหกรณ์กองทุนสวนยางบ้านควนลัง", SPORT, UP, "Songkhla", "th", "khuanlang.coop@gmail.com",
      offers=[("น้ำยางข้น 60% DRC", "natural_rubber_latex"),
              ("ยางฟองน้ำ ลาเท็กซ์โฟม เป็นแผ่น", "latex_foam_sheet")],
      bcg=["bio"]),
    S("Phuket Surf & Swim", SPORT, DOWN, "Phuket", "en", "shop@phuketsurfswim.com",
      offers=[("UPF 50+ rash guards", "rash_guard")],
      needs=[N("Lycra fabric, OEKO-TEX certified", "spandex_fabric", certs=("OEKO-TEX Standard 100",)),
             N("Sublimation print for rash guard panels", "sublimation_printing_service")]),
    S("ร้านเซฟตี้ชัวร์", SPORT, DOWN, "Rayong", "th", "safetysure.ry@gmail.com",
      offers=[("เสื้อกั๊กสะท้อนแสง สีส้ม/เขียว", "safety_vest_reflective"),
              ("เสื้อจราจร ปักชื่อหน่วยงาน", "safety_vest_reflective")],
      needs=[N("เทปสะท้อนแสง ผ่าน มอก.", "reflective_tape", certs=("Thai Industrial Standard",)),
             N("ผ้าตาข่ายโพลีเอสเตอร์", "mesh_fabric")]),
    S("บริษัท ไทยวีฟวิ่งเทป จำกัด", SPORT, MID, "Nonthaburi", "th", "sales@thaiweavingtape.co.th",
      offers=[("เทปสะท้อนแสง กว้าง 5 ซม.", "reflective_tape"),
              ("สายเทปไนลอน สายกระเป๋า", "webbing_strap"),
              ("ยางยืดทอ", "elastic_band"),
              ("เทปตีนตุ๊กแก", "hook_loop_tape")],
      certs=["Thai Industrial Standard"]),
    S("Korat United FC", SPORT, DOWN, "Nakhon Ratchasima", "en", "club@koratunited.com",
      needs=[N("Match jerseys, home and away, sublimated", "sport_jersey"),
             U("Training bibs", "mesh training bibs")]),
    S("Thai Textile Test Centre", SPORT, MID, "Pathum Thani", "en", "lab@thaitextiletest.org",
      offers=[("Colour fastness, UPF and pilling tests", "textile_testing_service")],
      certs=["ISO 9001"]),
    S("บริษัท มวยไทยเกียร์ จำกัด", SPORT, DOWN, "Bangkok", "th", "sales@muaythaigear.co.th",
      offers=[("กางเกงมวยไทย ผ้าซาติน ปักโลโก้", "muay_thai_shorts"),
              ("ผ้าพันมือนักมวย ยาว 5 เมตร", "boxing_hand_wrap")],
      needs=[N("รับปักคอมพิวเตอร์", "embroidery_service")]),
    S("Chalong Muay Thai Camp", SPORT, DOWN, "Phuket", "en", "train@chalongmuaythai.com",
      needs=[N("Hand wraps, 180 inch", "boxing_hand_wrap"),
             N("Muay Thai shorts with camp logo", "muay_thai_shorts"),
             N("Gym towels", "terry_towel")]),
    S("บริษัท ตกแต่งสำเร็จสิ่งทอ จำกัด", SPORT, MID, "Chonburi", "th", "finishing.cb@gmail.com",
      offers=[("รับตกแต่งผ้า กันแบคทีเรีย กันกลิ่น", "antibacterial_finishing_service"),
              ("รับย้อมผ้าโพลีเอสเตอร์ ผ้ากีฬา", "industrial_dyeing_service")]),
    S("Eastern Polymer Yarn Co., Ltd.", SPORT, UP, "Rayong", "en", "sales@easternpolyyarn.com",
      offers=[("Polyester DTY 75D/36F and 150D/48F", "polyester_filament_yarn")],
      needs=[N("Testing for OEKO-TEX renewal", "textile_testing_service")],
      certs=["OEKO-TEX Standard 100"]),
    S("บริษัท ถุงเท้าไทย จำกัด", SPORT, DOWN, "Lopburi", "th", "thungthao.thai@gmail.com",
      offers=[("ถุงเท้ากีฬาข้อสั้น ราคาโรงงาน", "sport_socks"),
              ("ถุงเท้ากันลื่นผู้สูงอายุ มีปุ่มยาง", "grip_socks")],
      needs=[N("ด้ายคอตตอนสำหรับถักถุงเท้า ไม่จำเป็นต้องมี GOTS", "cotton_yarn_organic",
               "cotton_yarn_dyed", waives=("GOTS",))]),
    # ------------------------------------------------------------ ageing lifestyle, central
    S("สุขใจเนอร์สซิ่งโฮม", AGE_C, DOWN, "Bangkok", "th", "sukjai.nursing@gmail.com",
      needs=[N("แพมเพิสผู้ใหญ่แบบเทป ไซส์ L", "adult_diaper_disposable"),
             N("ผ้ารองกันเปื้อนซักได้", "bed_pad_washable"),
             N("หมอนกันแผลกดทับ", "positioning_pillow"),
             N("เสื้อผ้าผู้สูงอายุแบบใส่ง่าย", "adaptive_clothing")]),
    S("Silver Years Care Residence", AGE_C, DOWN, "Chonburi", "en", "admin@silveryears.co.th",
      needs=[N("Washable incontinence underpads 90x120", "bed_pad_washable"),
             N("Positioning wedges for bedridden residents", "positioning_pillow"),
             N("Looking for anti-slip socks", "grip_socks")]),
    S("บริษัท เฮลท์แคร์เท็กซ์ไทล์ จำกัด", AGE_C, DOWN, "Samut Prakan", "th", "sales@healthcaretextile.co.th",
      offers=[("ผ้าเคลื่อนย้ายผู้ป่วย รับน้ำหนัก 150 กก.", "patient_transfer_sheet"),
              ("แผ่นรองซับฉี่ ซักได้ 4 ชั้น", "bed_pad_washable"),
              ("ชุดผู้ป่วย ผ้าคอตตอน", "hospital_gown"),
              ("รับผลิต OEM สิ่งทอทางการแพทย์", "medical_textile_oem")],
      needs=[N("ผ้าทีพียูกันน้ำ สำหรับแผ่นรองซับ", "tpu_laminated_fabric"),
             N("ผ้าทีซีสีฟ้า", "tc_fabric"),
             N("รับตกแต่งผ้าแอนตี้แบคทีเรีย", "antibacterial_finishing_service")],
      certs=["ISO 13485", "Thai FDA"]),
    S("Medisoft Products Co., Ltd.", AGE_C, DOWN, "Pathum Thani", "en", "procurement@medisoft.co.th",
      offers=[("Disposable adult diapers M/L/XL", "adult_diaper_disposable"),
              ("Disposable underpads 60x90 cm", "underpad_disposable")],
      needs=[N("Hydrophilic spunbond nonwoven 15 gsm", "nonwoven_spunbond"),
             U("Fluff pulp and SAP", "fluff pulp and superabsorbent polymer")],
      certs=["Thai FDA", "ISO 13485"]),
    S("ร้านเวชภัณฑ์ชัยพฤกษ์", AGE_C, DOWN, "Nakhon Pathom", "th", "chaiyapruek.med@gmail.com",
      needs=[N("ผ้าอ้อมสำเร็จรูปผู้ใหญ่ แผ่นรองซับใช้แล้วทิ้ง มี อย.", "adult_diaper_disposable",
               "underpad_disposable", certs=("Thai FDA",)),
             N("ถุงน่องผู้ป่วยเส้นเลือดขอด", "compression_stockings_medical"),
             N("ผ้าหุ้มวอล์คเกอร์ ปลอกไม้เท้า", "walking_aid_cover")]),
    S("กลุ่มแม่บ้านเย็บผ้าบางปะอิน", AGE_C, DOWN, "Phra Nakhon Si Ayutthaya", "th", "bangpain.sewing@gmail.com",
      offers=[("หมอนจัดท่าผู้ป่วยติดเตียง", "positioning_pillow"),
              ("ปลอกหุ้มมือจับวอล์คเกอร์ ถักไหมพรม", "walking_aid_cover"),
              ("ผ้ากันน้ำลายผู้สูงอายุ", "adult_bib")],
      needs=[N("ใยสังเคราะห์ยัดหมอน", "polyester_fibrefill"),
             N("ผ้าคอตตอนพิมพ์ลาย เป็นพับ", "printed_cotton_fabric")],
      certs=["OTOP"]),
    S("Bangkok Wellness Spa Co., Ltd.", AGE_C, DOWN, "Bangkok", "en", "purchasing@bkkwellnessspa.com",
      needs=[N("Spa towels, 100% cotton, 600 gsm", "terry_towel"),
             N("Herbal compress balls", "herbal_compress"),
             N("Therapist uniforms", "staff_uniform"),
             N("Pha khao ma for body wraps", "pakaoma")]),
    S("บริษัท ผ้าขนหนูนนท์ จำกัด", AGE_C, MID, "Nonthaburi", "th", "sales@nontowel.co.th",
      offers=[("ผ้าขนหนูโรงแรม สปา ส่งทั่วประเทศ", "terry_towel"),
              ("เสื้อคลุมอาบน้ำ", "bathrobe"),
              ("ผ้าเทอร์รี่เป็นม้วน", "terry_fabric_roll")],
      needs=[N("ด้ายฝ้ายสำหรับทอผ้าขนหนู", "cotton_yarn_organic", "cotton_yarn_dyed")],
      certs=["OEKO-TEX Standard 100"]),
    S("วิสาหกิจชุมชนลูกประคบบ้านบางพรม", AGE_C, DOWN, "Samut Songkhram", "th", "bangprom.herb@gmail.com",
      offers=[("ลูกประคบสมุนไพร สด/แห้ง", "herbal_compress")],
      needs=[N("ผ้าดิบห่อลูกประคบ", "cotton_greige_fabric"),
             U("ไพลแห้ง ขมิ้นชัน", "dried herbs (plai, turmeric)")],
      certs=["OTOP"], bcg=["bio"]),
    S("Golden Age Nursing Home Hua Hin", AGE_C, DOWN, "Prachuap Khiri Khan", "en", "care@goldenagehuahin.com",
      needs=[N("Patient transfer sheets, washable", "patient_transfer_sheet"),
             N("Pull-up adult diapers", "adult_diaper_disposable"),
             N("Uniforms for nurse aides", "nurse_uniform")]),
    S("บริษัท ยูนิฟอร์มมาสเตอร์ จำกัด", AGE_C, DOWN, "Bangkok", "th", "order@uniformmaster.co.th",
      offers=[("ชุดพยาบาล ชุดผู้ช่วยพยาบาล", "nurse_uniform"),
              ("ยูนิฟอร์มพนักงานโรงแรม สปา ร้านอาหาร", "staff_uniform")],
      needs=[N("ผ้าโทเร ผ้าทีซี", "tc_fabric")]),
    S("ร้านเสื้อผ้าผู้สูงวัยใส่ง่าย", AGE_C, DOWN, "Nakhon Nayok", "th", "saingai.shop@gmail.com",
      offers=[("เสื้อผ้าผู้สูงอายุ ติดตีนตุ๊กแก ใส่ง่าย", "adaptive_clothing")],
      needs=[N("เทปเวลโคร", "hook_loop_tape"),
             N("ผ้าฝ้ายพิมพ์ลาย เนื้อนิ่ม", "printed_cotton_fabric")]),
    S("Elder Tech Innovations", AGE_C, DOWN, "Pathum Thani", "en", "rd@eldertech.co.th",
      offers=[("Pressure-relief seat cushions", "pressure_relief_cushion")],
      needs=[N("3D spacer mesh fabric", "spacer_mesh_fabric"),
             N("ISO 13485 contract sewing", "sewing_cmt_service", "medical_textile_oem", certs=("ISO 13485",)),
             N("Latex foam sheets", "latex_foam_sheet")]),
    S("โรงพยาบาลเมืองสองแคว", AGE_C, DOWN, "Phitsanulok", "th", "supply@songkhwaehospital.com",
      needs=[N("ชุดกาวน์กันน้ำใช้แล้วทิ้ง ส่งภายใน 15 ม.ค.", "isolation_gown_disposable"),
             N("หน้ากากอนามัย 3 ชั้น มี อย.", "face_mask_disposable", certs=("Thai FDA",)),
             N("ผ้าห่มผู้ป่วย", "hospital_blanket")]),
    S("Thai Nonwoven Medical Co., Ltd.", AGE_C, DOWN, "Chachoengsao", "en", "sales@thainonwovenmed.com",
      offers=[("Disposable isolation gowns, SMS", "isolation_gown_disposable"),
              ("3-ply surgical face masks", "face_mask_disposable")],
      needs=[N("SMS nonwoven rolls, 35 gsm", "nonwoven_sms"),
             N("Elastic cord for ear loops", "elastic_band")],
      certs=["Thai FDA", "ISO 13485"]),
    S("หจก. ผ้าปูเตียงไทยการแพทย์", AGE_C, MID, "Sing Buri", "th", "thaimedlinen@gmail.com",
      offers=[("ผ้าปูเตียงผู้ป่วย ผ้าทีซี", "hospital_bed_sheet"),
              ("ผ้าห่มสำลี โรงพยาบาล", "hospital_blanket"),
              ("ชุดผ้าปูที่นอนโรงแรม", "hotel_bed_linen")],
      needs=[N("ผ้าทีซี หน้ากว้าง 110 นิ้ว", "tc_fabric")],
      certs=["Thai Industrial Standard"]),
    S("Pahurat Textile Trading Co., Ltd.", AGE_C, MID, "Bangkok", "en", "sales@pahurattextile.com",
      offers=[("TC poly-cotton sheeting, 45/55", "tc_fabric"),
              ("Printed cotton poplin by the roll", "printed_cotton_fabric"),
              ("Cotton muslin and gauze", "cotton_muslin")]),
    S("Pattaya Seaview Hotel", AGE_C, DOWN, "Chonburi", "en", "housekeeping@pattayaseaview.com",
      needs=[N("Hotel bed linen, 300 thread count", "hotel_bed_linen"),
             N("Bath and pool towels", "terry_towel"),
             N("Housekeeping uniforms", "staff_uniform")]),
    S("Riverside Boutique Hotels", AGE_C, DOWN, "Bangkok", "en", "gm@riversideboutique.com",
      needs=[N("Collection of old hotel linen for recycling", "textile_waste_collection_service"),
             N("Bathrobes", "bathrobe"),
             U("Hotel bed sheets in recycled cotton, GRS certified", "GRS recycled-fibre hotel bed linen",
               certs=("GRS",))]),
    # ------------------------------------------------------------ ageing lifestyle, Isan
    S("โรงพยาบาลชุมชนน้ำพอง", AGE_I, DOWN, "Khon Kaen", "th", "namphong.hosp@gmail.com",
      needs=[N("ผ้าสไลด์ตัวคนไข้", "patient_transfer_sheet"),
             N("หมอนรองตะแคง", "positioning_pillow"),
             N("ผ้าอ้อมผู้ใหญ่แบบซักได้ ไม่เอาแบบใช้แล้วทิ้ง", "adult_diaper_washable")]),
    S("กลุ่มทอผ้าขาวม้าบ้านหนองหมื่นถ่าน", AGE_I, MID, "Roi Et", "th", "nongmuenthan@gmail.com",
      offers=[("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pakaoma"),
              ("รับทอผ้าตามแบบลูกค้า", "handloom_weaving_service")],
      needs=[N("ด้ายฝ้ายย้อมสำเร็จ หลายสี", "cotton_yarn_dyed")],
      certs=["OTOP"]),
    S("กลุ่มผ้าหมักโคลนบ้านนาข่า", AGE_I, MID, "Udon Thani", "th", "nakha.mud@gmail.com",
      offers=[("ผ้าฝ้ายหมักโคลน", "mud_dyed_fabric"),
              ("รับหมักโคลนผ้าของลูกค้า", "mud_dyeing_service")],
      needs=[N("ผ้าฝ้ายทอมือยังไม่ย้อม", "cotton_handwoven_undyed")],
      certs=["OTOP"], bcg=["bio"]),
    S("วิสาหกิจชุมชนหมอนขิดบ้านศรีฐาน", AGE_I, DOWN, "Yasothon", "th", "sritan.pillow@gmail.com",
      offers=[("หมอนขิดสามเหลี่ยม ยัดนุ่น", "kapok_pillow"),
              ("ที่นอนพับยัดนุ่น", "kapok_bedding")],
      needs=[N("นุ่นแกะเมล็ดแล้ว", "kapok_fibre")],
      certs=["OTOP"], bcg=["bio"]),
    S("Isan Care Products", AGE_I, DOWN, "Khon Kaen", "en", "info@isancare.co.th",
      offers=[("Positioning pillows, kapok filled", "positioning_pillow"),
              ("Washable bed pads", "bed_pad_washable")],
      needs=[N("Looking for cleaned kapok fibre", "kapok_fibre"),
             N("Waterproof breathable TPU fabric", "tpu_laminated_fabric")]),
    S("บริษัท โคราชลามิเนต จำกัด", AGE_I, MID, "Nakhon Ratchasima", "th", "sales@koratlaminate.co.th",
      offers=[("ผ้าลามิเนต TPU กันน้ำ ระบายอากาศ", "tpu_laminated_fabric"),
              ("รับลามิเนตผ้าตามสั่ง", "coating_service")],
      needs=[N("ผ้าเทอร์รี่เป็นม้วน", "terry_fabric_roll")]),
    S("บริษัท อีสานทุนพัฒนา จำกัด", AGE_I, DOWN, "Khon Kaen", "th", "loan@isantunpattana.co.th",
      offers=[("สินเชื่อ SME ดอกเบี้ยพิเศษ สำหรับกลุ่มทอผ้า", "sme_loan"),
              ("สินเชื่อซื้อเครื่องจักร", "sme_loan")]),
    S("ร้านจักรทองสารคาม", AGE_I, MID, "Maha Sarakham", "th", "jakthong.msk@gmail.com",
      offers=[("จักรเย็บอุตสาหกรรมมือสอง", "industrial_sewing_machine"),
              ("รับซ่อมจักรทุกชนิด ถึงที่", "sewing_machine_repair_service")]),
    S("ร้านกี่ทอผ้าลุงสมบูรณ์", AGE_I, MID, "Chaiyaphum", "th", "kee.somboon@gmail.com",
      offers=[("กี่ทอผ้าไม้ กี่กระตุก", "handloom_equipment"),
              ("ฟืม ตะกอ สั่งทำ", "handloom_equipment")]),
    S("Khorat Adult Care Co., Ltd.", AGE_I, DOWN, "Nakhon Ratchasima", "en", "sales@khoratadultcare.com",
      offers=[("Reusable adult incontinence briefs", "adult_diaper_washable")],
      needs=[N("Absorbent terry in rolls, OEKO-TEX certified", "terry_fabric_roll",
               certs=("OEKO-TEX Standard 100",)),
             N("Waterproof PUL/TPU fabric", "tpu_laminated_fabric")]),
    S("Mekong Design Studio", AGE_I, DOWN, "Nakhon Phanom", "en", "studio@mekongdesign.co",
      offers=[("Textile pattern and product design", "product_design_service"),
              ("Online marketing training for OTOP groups", "digital_marketing_service")]),
    S("ร้านผ้าไทยบ้านเฮา", AGE_I, DOWN, "Nong Khai", "th", "banhao.pathai@gmail.com",
      needs=[N("ผ้าขาวม้าทอมือ", "pakaoma"),
             N("ผ้าไหมมัดหมี่ ไม่จำเป็นต้องมีตรานกยูง", "mudmee_silk_fabric",
               waives=("Thai Silk Peacock Emblem",)),
             N("กระเป๋าสานจากกระจูด หรือผักตบ", "krajood_bag", "water_hyacinth_product")]),
    S("Isan Heritage Export Co., Ltd.", AGE_I, DOWN, "Ubon Ratchathani", "en", "buy@isanheritage.com",
      needs=[N("Handwoven indigo cotton", "indigo_cotton_handwoven"),
             N("Mud-dyed cotton fabric", "mud_dyed_fabric"),
             N("OTOP triangle pillows", "kapok_pillow", certs=("OTOP",)),
             U("Fair Trade certified handwoven textiles", "Fairtrade-certified handwoven cloth",
               certs=("Fairtrade",))]),
    S("กลุ่มทอผ้าฝ้ายบ้านนาโพธิ์", AGE_I, MID, "Mukdahan", "th", "napho.cotton@gmail.com",
      offers=[("ผ้าฝ้ายทอมือ สีขาวธรรมชาติ ยังไม่ย้อม", "cotton_handwoven_undyed"),
              ("ผ้าฝ้ายทอมือ ย้อมคราม", "indigo_cotton_handwoven")],
      needs=[N("ฝ้ายเข็นมือ", "cotton_yarn_handspun")],
      certs=["OTOP"]),
    S("โรงย้อมด้ายขอนแก่น", AGE_I, MID, "Khon Kaen", "th", "kk.yarndye@gmail.com",
      offers=[("ด้ายฝ้ายย้อมสี พร้อมทอ", "cotton_yarn_dyed"),
              ("รับย้อมด้ายตามสี", "yarn_dyeing_service")],
      needs=[N("ด้ายฝ้ายดิบ ยังไม่ย้อม", "cotton_yarn_organic")]),
    S("Korat International Hospital", AGE_I, DOWN, "Nakhon Ratchasima", "en", "supply@koratinterhospital.com",
      needs=[N("Patient gowns, cotton", "hospital_gown"),
             N("Transfer sheets", "patient_transfer_sheet"),
             N("Bed sheets to TIS standard", "hospital_bed_sheet", certs=("Thai Industrial Standard",))]),
]
# fmt: on


# ------------------------------------------------------------------ checks

THAI = re.compile(r"[\u0e00-\u0e7f]")
LATIN = re.compile(r"[A-Za-z]")


def fail(problems: list[str], message: str) -> None:
    problems.append(message)


def script_share(text: str, pattern: re.Pattern[str]) -> float:
    letters = [c for c in text if THAI.match(c) or LATIN.match(c)]
    return sum(1 for c in letters if pattern.match(c)) / len(letters) if letters else 1.0


def compute_links(smes: list[Sme]) -> tuple[set[tuple[str, str]], dict[tuple[str, int], set[str]]]:
    """True links, and for every need the suppliers that meet it."""
    links: set[tuple[str, str]] = set()
    met_by: dict[tuple[str, int], set[str]] = {}
    held = {s.id: canonical_certifications(s.certs) for s in smes}
    for buyer in smes:
        for i, need in enumerate(buyer.needs):
            suppliers: set[str] = set()
            for supplier in smes:
                if supplier.id == buyer.id:
                    continue
                if {label for _, label in supplier.offers} & set(need.labels) and set(need.certs) <= held[supplier.id]:
                    suppliers.add(supplier.id)
                    links.add((supplier.id, buyer.id))
            met_by[(buyer.id, i)] = suppliers
    return links, met_by


def check(smes: list[Sme]) -> tuple[list[str], dict]:
    problems: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        fail(problems, "duplicate ids")
    for s in smes:
        if not re.fullmatch(rf"{PREFIX}-\d{{3}}", s.id):
            fail(problems, f"bad id {s.id}")
        if s.sub not in {m.value for m in SubCluster}:
            fail(problems, f"{s.id}: bad sub_cluster {s.sub}")
        if s.stage not in {m.value for m in Stage}:
            fail(problems, f"{s.id}: bad stage {s.stage}")
        if resolve_province(s.province) is None:
            fail(problems, f"{s.id}: unknown province {s.province}")
        for c in s.certs:
            if resolve_certification(c) != c:
                fail(problems, f"{s.id}: certification {c!r} not canonical")
        for tag in s.bcg:
            if tag not in {m.value for m in BcgTag}:
                fail(problems, f"{s.id}: bad bcg tag {tag}")
        if s.lang not in ("th", "en"):
            fail(problems, f"{s.id}: bad language {s.lang}")
        if not s.name.strip() or "@" not in s.email:
            fail(problems, f"{s.id}: missing name or email")
        if len(s.offers) > 4 or len(s.needs) > 4:
            fail(problems, f"{s.id}: more than 4 offers or needs")
        if not s.offers and not s.needs:
            fail(problems, f"{s.id}: neither offers nor needs")
        phrases = [t for t, _ in s.offers] + [n.text for n in s.needs]
        for text in phrases:
            share = script_share(text, THAI if s.lang == "th" else LATIN)
            if share < 0.5:
                fail(problems, f"{s.id}: phrase not mostly in its language: {text!r}")
        for need in s.needs:
            if bool(need.labels) == bool(need.note):
                fail(problems, f"{s.id}: need must have labels or a note, not both: {need.text!r}")
            for c in (*need.certs, *need.waives):
                if resolve_certification(c) != c:
                    fail(problems, f"{s.id}: need certification {c!r} not canonical")

    offered_by: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]+", label):
                fail(problems, f"{s.id}: bad label {label!r}")
            offered_by.setdefault(label, set()).add(s.id)
    for s in smes:
        for need in s.needs:
            for label in need.labels:
                if not offered_by.get(label, set()) - {s.id}:
                    fail(problems, f"{s.id}: label {label} offered by no one else")

    links, met_by = compute_links(smes)
    for (buyer, i), suppliers in met_by.items():
        need = next(s for s in smes if s.id == buyer).needs[i]
        if need.labels and not suppliers:
            fail(problems, f"{buyer}: labelled need met by no one (mark it unmet): {need.text!r}")

    lang = {s.id: s.lang for s in smes}
    sub = {s.id: s.sub for s in smes}
    cross = [link for link in links if lang[link[0]] != lang[link[1]]]
    unmet = sum(1 for s in smes for n in s.needs if not n.labels)
    if not 140 <= len(links) <= 180:
        fail(problems, f"{len(links)} links, want 140-180")
    if len(cross) < 0.45 * len(links):
        fail(problems, f"cross-language links {len(cross)}/{len(links)} below 45%")
    if not 15 <= unmet <= 25:
        fail(problems, f"{unmet} unmet needs, want 15-25")
    stats = {
        "links": links,
        "cross": cross,
        "unmet": unmet,
        "th_to_en": sum(1 for a, b in cross if lang[a] == "th"),
        "en_to_th": sum(1 for a, b in cross if lang[a] == "en"),
        "th_th": sum(1 for a, b in links if lang[a] == lang[b] == "th"),
        "en_en": sum(1 for a, b in links if lang[a] == lang[b] == "en"),
        "cross_sub": sum(1 for a, b in links if sub[a] != sub[b]),
    }
    return problems, stats


def report(smes: list[Sme], stats: dict) -> None:
    """Counts for the README, and mentions the certification reader does not see as written (information only)."""
    regions = Counter(resolve_province(s.province).region.value for s in smes)
    needs = [n for s in smes for n in s.needs]
    labels = {label for s in smes for _, label in s.offers}
    print("profiles", len(smes), Counter(s.lang for s in smes))
    print("sub", Counter(s.sub for s in smes))
    print("stage", Counter(s.stage for s in smes))
    print("region", regions, "provinces", len({s.province for s in smes}))
    print("offers", sum(len(s.offers) for s in smes), "labels", len(labels))
    print("needs", len(needs), "met", len(needs) - stats["unmet"], "unmet", stats["unmet"])
    print("require", sum(1 for n in needs if n.certs), "waive", sum(1 for n in needs if n.waives))
    print(
        "links",
        len(stats["links"]),
        "cross",
        len(stats["cross"]),
        "th->en",
        stats["th_to_en"],
        "en->th",
        stats["en_to_th"],
        "th-th",
        stats["th_th"],
        "en-en",
        stats["en_en"],
        "cross-sub",
        stats["cross_sub"],
    )
    for s in smes:
        for n in s.needs:
            seen = find_certifications(n.text)
            if seen != set(n.certs):
                print(f"  note {s.id}: text names {sorted(seen)}, labelled {list(n.certs)}: {n.text}")


def profile_json(s: Sme) -> str:
    row = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }
    return json.dumps(row, ensure_ascii=False)


def main() -> int:
    for number, sme in enumerate(SMES, start=1):
        sme.id = f"{PREFIX}-{number:03d}"
    problems, stats = check(SMES)
    report(SMES, stats)
    if problems:
        print("NOT WRITTEN:", *problems, sep="\n  ")
        return 1
    (OUT / "profiles.jsonl").write_text("".join(profile_json(s) + "\n" for s in SMES), encoding="utf-8")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(stats["links"]))
    (OUT / "links.csv").write_text(buffer.getvalue(), encoding="utf-8")
    print("wrote", OUT / "profiles.jsonl", "and", OUT / "links.csv")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
