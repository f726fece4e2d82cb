"""Hand-labelled evaluation set: plain cluster-database entries of community groups and their partners.

Run from the repository root:  .venv/bin/python eval/blind_plain_coop/write.py
Writes profiles.jsonl and links.csv next to this file, only if every check passes.
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
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

H, C, S = "hemp_natural_fibre", "circular_textile", "sportech"
AC, AI = "ageing_lifestyle_central", "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()  # certifications the text requires of the supplier
    waives: tuple[str, ...] = ()  # certifications the text names only to say they are not needed
    unmet: str = ""  # what it asks for, when no one in the cluster offers it


def Of(text: str, label: str) -> Offer:
    return Offer(text, label)


def N(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def U(text: str, note: str) -> Need:
    return Need(text, unmet=note)


@dataclass
class P:
    num: int
    name: str
    sub: str
    stage: str
    province: str
    lang: str
    email: str
    offers: list[Offer] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certs: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"bpk-{self.num:03d}"


# fmt: off
PROFILES: list[P] = [
    # ------------------------------------------------------------------ fibre growers, spinners, dye plants
    P(1, "วิสาหกิจชุมชนกลุ่มปลูกกัญชงบ้านขุนแจ่ม", H, UP, "Chiang Mai", "th", "khunjaem.hemp@gmail.com",
      [Of("ต้นกัญชงตากแห้ง ตัดท่อนยาว 1.5 ม. มัดละ 10 กก.", "hemp_stalk_dried"),
       Of("เปลือกกัญชงลอกมือ ตากแดดแล้ว กก.ละ 80 บาท", "hemp_bast_fibre_raw")],
      [N("เครื่องลอกเปลือกต้นกัญชง (ขอรับการสนับสนุนจากหน่วยงาน)", "hemp_decorticator_machine"),
       U("เมล็ดพันธุ์กัญชงสายพันธุ์ให้เส้นใยที่ขึ้นทะเบียนถูกต้อง", "registered fibre-type hemp seed")],
      bcg=["bio"]),
    P(2, "กลุ่มสตรีม้งเข็นใยกัญชงบ้านเข็กน้อย", H, UP, "Tak", "th", "khek.noi.hmong@gmail.com",
      [Of("ด้ายใยกัญชงต่อเส้นด้วยมือแบบม้ง ไม่ฟอก ม้วนละครึ่งกิโล", "hemp_yarn_handspun"),
       Of("ผ้าใยกัญชงทอกี่เอว หน้าแคบ 35-40 ซม. สีธรรมชาติ", "handwoven_hemp_fabric")],
      [N("ขาดแคลนเปลือกกัญชงช่วงหน้าฝน ต้องการซื้อเพิ่มราว 300 กก.", "hemp_bast_fibre_raw"),
       N("อบรมเทคนิคเขียนเทียนและย้อมครามบนผ้ากัญชง", "natural_dye_training")],
      bcg=["bio"]),
    P(3, "Highland Threads Foundation", H, MID, "Chiang Mai", "en", "sourcing@highlandthreads.org",
      [Of("Beeswax-resist (batik) hemp cloth with Hmong motifs, drawn by hand", "batik_hemp_fabric"),
       Of("Fair-wage export handling and buyer introductions for hill-tribe textile groups",
         "export_market_access_service")],
      [N("Hand-spun hemp thread, natural grey, around 50 kg a quarter", "hemp_yarn_handspun"),
       N("Fermented indigo paste for our dye vats (not synthetic powder)", "indigo_paste"),
       N("Floor looms for two new village groups", "handloom_equipment")],
      certs=["Fairtrade"], bcg=["bio", "green"]),
    P(4, "บริษัท ล้านนาเฮมพ์ไฟเบอร์ จำกัด", H, UP, "Lamphun", "th", "sales@lannahempfibre.co.th",
      [Of("เส้นด้ายกัญชงผสมฝ้าย 55/45 ปั่นด้วยเครื่อง เบอร์ Nm 16-26", "hemp_cotton_blend_yarn"),
       Of("ใยกัญชงผ่านการต้มลอกกาว พร้อมเข้าเครื่องปั่น", "hemp_fibre_degummed")],
      [N("ใยกัญชงดิบที่ลอกเปลือกแล้ว เดือนละ 3-5 ตัน", "hemp_bast_fibre_raw"),
       N("ฝ้ายปุยอินทรีย์ ต้องได้รับรองมาตรฐานเกษตรอินทรีย์", "cotton_lint_raw", req=("Organic Thailand",))],
      certs=["GOTS", "OEKO-TEX Standard 100"], bcg=["bio"]),
    P(5, "Hemp & Hand Studio Co., Ltd.", H, DOWN, "Bangkok", "en", "hello@hempandhand.co",
      [Of("Hemp shirts, trousers and overshirts, garment-washed, unisex sizing", "hemp_garment")],
      [N("Machine-spun hemp/cotton yarn around Nm 20, GOTS certified", "hemp_cotton_blend_yarn", req=("GOTS",)),
       N("Handloom hemp yardage, 60 cm wide, undyed, min. 200 m per order, target under 350 THB/m",
         "handwoven_hemp_fabric"),
       N("Cut-make-trim partner for runs of 200-300 pieces", "sewing_cmt_service")],
      bcg=["bio"]),
    P(6, "กลุ่มทอผ้ากัญชงบ้านห้วยเสือเฒ่า", H, MID, "Mae Hong Son", "th", "huaysuathao.weave@gmail.com",
      [Of("ผ้ากัญชงทอมือย้อมห้อม สีกรมท่า", "indigo_dyed_hemp_fabric"),
       Of("รับทอผ้าตามแบบ ลูกค้าส่งเส้นด้ายมาเอง คิดค่าแรงเมตรละ 120 บาท", "commission_weaving_service")],
      [N("กี่ทอผ้าหน้ากว้าง 1 เมตร จำนวน 5 หลัง", "handloom_equipment"),
       N("ห้อมเปียก ปีละประมาณ 200 กก.", "indigo_paste")]),
    P(7, "วิสาหกิจชุมชนผ้าใยบัวบึงบอระเพ็ด", H, UP, "Nakhon Sawan", "th", "bueng.lotusfibre@gmail.com",
      [Of("เส้นใยบัวดึงจากก้านบัวหลวงสด ทำมือทุกเส้น", "lotus_fibre_yarn"),
       Of("ผ้าพันคอใยบัวผสมไหม ย้อมสีจากกลีบบัว", "scarf_handwoven")],
      [N("เส้นไหมน้อยสาวมือ สำหรับทอผสมใยบัว", "silk_yarn_handreeled"),
       N("ผู้ช่วยหาตลาดต่างประเทศให้สินค้าพรีเมียม", "export_market_access_service")],
      bcg=["bio"]),
    P(8, "บริษัท ใยสับปะรดปราณ จำกัด", H, UP, "Prachuap Khiri Khan", "th", "info@pranpinefibre.com",
      [Of("เส้นใยใบสับปะรด ขูดเครื่อง ตากแห้ง มัดละ 1 กก.", "pineapple_leaf_fibre"),
       Of("ด้ายใยสับปะรดผสมฝ้าย ปั่นมือ", "pineapple_blend_yarn")],
      [N("เครื่องขูดใยใบสับปะรด กำลังผลิต 50 กก./วัน", "fibre_extraction_machine"),
       N("สอนทำการตลาดออนไลน์ให้สมาชิก 20 คน", "online_marketing_training")],
      bcg=["bio", "circular"]),
    P(9, "กลุ่มหัตถกรรมเส้นใยกล้วยบ้านบางกระทุ่ม", H, UP, "Phitsanulok", "th", "bangkrathum.banana@gmail.com",
      [Of("เส้นใยกาบกล้วยตานี ลอกแล้วตากแห้ง", "banana_fibre_raw"),
       Of("เชือกกล้วยฟั่นมือ ขนาด 5 มม. ม้วนละ 50 เมตร", "banana_fibre_rope")],
      [N("นักออกแบบช่วยพัฒนาของใช้จากใยกล้วยให้ขายได้ราคา", "product_design_service")],
      certs=["OTOP"], bcg=["bio"]),
    P(10, "กลุ่มเลี้ยงไหมบ้านนาโพธิ์", AI, UP, "Buriram", "th", "naphosilk@gmail.com",
      [Of("รังไหมพันธุ์ไทยพื้นบ้าน (ไหมเหลือง) คัดแล้ว", "silk_cocoon"),
       Of("ไหมน้อยสาวมือ เส้นเล็กสม่ำเสมอ", "silk_yarn_handreeled"),
       Of("เส้นไหมย้อมครั่งและย้อมคราม พร้อมทอ", "natural_dyed_silk_yarn")],
      [U("กิ่งพันธุ์หม่อนบุรีรัมย์ 60 จำนวน 2,000 กิ่ง", "mulberry cuttings"),
       N("เงินทุนดอกเบี้ยต่ำสร้างโรงเลี้ยงไหม", "group_finance_loan")],
      bcg=["bio"]),
    P(11, "กลุ่มทอผ้าไหมมัดหมี่บ้านหนองเขื่อนช้าง", AI, MID, "Maha Sarakham", "th", "nongkhuean.mudmee@gmail.com",
      [Of("ผ้าไหมมัดหมี่ลายโบราณ ได้ตรานกยูงสีน้ำเงิน", "handwoven_silk_fabric"),
       Of("ผ้าคลุมไหล่ไหมทอมือ", "silk_scarf")],
      [N("ไหมหลืบ ไหมน้อยพื้นบ้าน", "silk_yarn_handreeled"),
       N("ครั่งสำหรับย้อมแดง ปีละ 100 กก.", "lac_dye_raw")],
      certs=["Thai Silk Peacock Emblem", "OTOP"]),
    P(12, "Natural Dye & Textile Lab, Faculty of Fine and Applied Arts", AI, MID, "Khon Kaen", "en",
      "naturaldyelab@kku-faa.ac.th",
      [Of("Natural dye training for weaving groups: indigo, lac, ebony, jackfruit heartwood", "natural_dye_training"),
       Of("Colour-fastness (washing, light, rubbing) testing of naturally dyed cloth", "textile_lab_testing")],
      [N("Fresh indigo plants (Indigofera tinctoria) cut to order, 100 kg per batch", "indigo_plant_fresh"),
       N("Stick lac for dye trials, 20 kg", "lac_dye_raw")]),
    P(13, "วิสาหกิจชุมชนครามบ้านดอนกอย", AI, UP, "Sakon Nakhon", "th", "donkoy.indigo@gmail.com",
      [Of("เนื้อครามเปียก หมักเอง บรรจุถัง 20 กก.", "indigo_paste"),
       Of("ต้นครามสด ตัดส่งหน้าแปลง", "indigo_plant_fresh")],
      [N("ออกแบบบรรจุภัณฑ์และโลโก้ใหม่ เพื่อยื่นคัดสรรโอทอประดับ 4 ดาว", "packaging_design_service")],
      certs=["OTOP"], bcg=["bio"]),
    P(14, "ห้างหุ้นส่วนจำกัด ครามคำ", AI, MID, "Sakon Nakhon", "th", "kramkham.dye@gmail.com",
      [Of("รับย้อมครามผ้าและเส้นด้ายของลูกค้า ขั้นต่ำครั้งละ 5 กก.", "indigo_dyeing_service"),
       Of("ผ้าฝ้ายย้อมครามทอมือ ลายขิดและมัดหมี่", "indigo_dyed_cotton_fabric"),
       Of("เส้นฝ้ายเข็นมือย้อมครามสำเร็จ พร้อมขึ้นกี่", "cotton_yarn_handspun_dyed")],
      [N("ฝ้ายเข็นมือสีขาว ยังไม่ผ่านการย้อม", "cotton_yarn_handspun"),
       N("ผ้าฝ้ายทอมือสีพื้น ยังไม่ย้อม สำหรับนำมาย้อมครามต่อ", "handwoven_cotton_fabric_undyed")],
      bcg=["bio"]),
    P(15, "กลุ่มเลี้ยงครั่งบ้านโคกกลาง", AI, UP, "Kalasin", "th", "khokklang.lac@gmail.com",
      [Of("ครั่งดิบติดกิ่ง คัดแล้ว กก.ละ 150 บาท", "lac_dye_raw"),
       Of("แก่นขนุน เปลือกประดู่ ไม้ฝาง ตากแห้ง สำหรับย้อมผ้า", "natural_dye_material_dried")],
      [N("ทุนหมุนเวียนดอกเบี้ยต่ำสำหรับสมาชิกกลุ่ม", "group_finance_loan")],
      bcg=["bio"]),
    P(16, "กลุ่มปลูกฝ้ายอินทรีย์บ้านนาดี", H, UP, "Loei", "th", "nadee.organiccotton@gmail.com",
      [Of("ฝ้ายตุ่ยทั้งเมล็ด ปลูกแบบอินทรีย์ ผ่านการรับรองเกษตรอินทรีย์", "seed_cotton_raw"),
       Of("ฝ้ายปุย อีดเมล็ดออกแล้ว", "cotton_lint_raw")],
      [N("เครื่องอีดฝ้ายไฟฟ้า (แยกเมล็ดฝ้าย)", "cotton_gin_machine")],
      certs=["Organic Thailand"], bcg=["bio", "green"]),
    P(17, "กลุ่มแม่บ้านเข็นฝ้ายบ้านหนองบัว", H, UP, "Nan", "th", "nongbua.khenfai@gmail.com",
      [Of("ฝ้ายเข็นมือเส้นเล็ก สีขาวนวล", "cotton_yarn_handspun"),
       Of("ฝ้ายเข็นสีตุ่ยคำ สีน้ำตาลธรรมชาติไม่ต้องย้อม", "cotton_yarn_handspun")],
      [N("ฝ้ายปุยปีละ 2 ตัน ไม่จำเป็นต้องมีตราเกษตรอินทรีย์", "cotton_lint_raw", waive=("Organic Thailand",)),
       N("ไนปั่นฝ้าย (หลา) ชุดใหม่ 20 ชุด", "spinning_wheel_equipment")]),
    P(18, "Slow Loom Home", H, DOWN, "Bangkok", "en", "studio@slowloomhome.com",
      [Of("Handwoven cotton placemats, table runners and cushion covers", "home_textile_handwoven")],
      [N("Hand-spun, hand-woven cotton yardage, natural dyes only",
         "indigo_dyed_cotton_fabric", "naturally_dyed_cotton_fabric"),
       N("Handwoven cotton scarves from Fairtrade-certified producer groups", "scarf_handwoven", req=("Fairtrade",))],
      bcg=["green"]),
    P(19, "กลุ่มผ้าหม้อห้อมบ้านทุ่งโฮ้ง", H, DOWN, "Phrae", "th", "tunghong.mohom@gmail.com",
      [Of("เสื้อม่อฮ่อมย้อมห้อมแท้ คอจีน คอกลม", "indigo_dyed_garment"),
       Of("รับย้อมห้อมเสื้อผ้าสำเร็จรูป ลูกค้าส่งตัวเสื้อมาเอง", "indigo_dyeing_service")],
      [N("ผ้าดิบฝ้ายทอเครื่องสีขาว หน้า 60 นิ้ว สำหรับตัดเสื้อ", "cotton_grey_cloth"),
       N("เนื้อห้อม", "indigo_paste")],
      certs=["OTOP"]),
    P(20, "วิสาหกิจชุมชนใยมะพร้าวบ้านดอนสัก", AC, UP, "Surat Thani", "th", "donsak.coir@gmail.com",
      [Of("ใยมะพร้าวอัดแผ่น สำหรับทำที่นอน เบาะรองนั่ง", "coir_fibre_sheet"),
       Of("เส้นใยมะพร้าวดิบ แยกขุยออกแล้ว", "coir_fibre_raw")],
      [N("เครื่องตีใยมะพร้าว", "fibre_extraction_machine")],
      bcg=["bio", "circular"]),
    P(21, "AgroFibre Machinery Co., Ltd.", H, UP, "Chiang Mai", "en", "sales@agrofibre-machinery.com",
      [Of("Small hemp decorticators, 200 kg of stalk per hour, on-site training included",
         "hemp_decorticator_machine"),
       Of("Decorticating machines for pineapple leaf, banana and coconut husk fibre", "fibre_extraction_machine"),
       Of("Motorised cotton gins sized for village groups", "cotton_gin_machine")],
      [U("Service agents in the Northeast and the South", "dealers or service agents for its machines")]),
    P(22, "กลุ่มจักสานกระจูดทะเลน้อย", H, DOWN, "Phatthalung", "th", "thalenoi.krajood@gmail.com",
      [Of("เสื่อกระจูดทอมือ ขนาด 1.5x2 ม.", "sedge_mat"),
       Of("กระเป๋ากระจูดย้อมสี ทรงถือ", "woven_plant_fibre_bag")],
      [N("ต้นกระจูดตากแห้ง (หน้าน้ำหลากขาดแคลน)", "sedge_reed_dried")],
      certs=["OTOP"], bcg=["bio"]),
    P(23, "กลุ่มทอผ้าจวนตานีบ้านบานา", H, MID, "Pattani", "th", "bana.juantani@gmail.com",
      [Of("ผ้าจวนตานีทอมือ ไหมผสมฝ้าย ลายโบราณ", "handwoven_silk_fabric")],
      [N("ด้ายไหมโรงงาน ฟอกแล้ว", "silk_yarn_machine_reeled"),
       N("อบรมออกแบบลายผ้าร่วมสมัยให้ช่างทอรุ่นใหม่", "weaving_training")]),
    # ------------------------------------------------------------------ circular textile
    P(24, "บริษัท รีคลอธ (ประเทศไทย) จำกัด", C, UP, "Samut Prakan", "th", "trade@recloth.co.th",
      [Of("เสื้อผ้ามือสองคัดเกรด A/B อัดกระสอบ 45 กก.", "used_clothing_sorted"),
       Of("ยีนส์เก่าคัดแยกเฉดสี ตัดซิปกระดุมออกแล้ว", "denim_waste_sorted"),
       Of("รับคัดแยกเสื้อผ้าเก่าตามเกรด คิดค่าบริการต่อกิโล", "textile_sorting_service")],
      [N("เสื้อผ้าเก่าที่ยังไม่คัด จากจุดรับบริจาคหรือธนาคารขยะ", "used_textiles_unsorted"),
       U("เครื่องอัดก้อนไฮดรอลิก", "hydraulic baler")],
      bcg=["circular"]),
    P(25, "บริษัท สยามนิตติ้ง แอนด์ การ์เมนต์ จำกัด", C, MID, "Samut Sakhon", "th", "purchase@siamknitting.co.th",
      [Of("เศษผ้าตัดคอตตอน 100% จากห้องตัด เดือนละ 3 ตัน แยกสีได้", "textile_waste_preconsumer_cotton"),
       Of("ริมผ้ายืดเหลือจากการตัด เป็นเส้นยาว", "knit_fabric_offcuts"),
       Of("ผ้ายืดคอตตอน 100% ซิงเกิลเจอร์ซีย์ 150 แกรม", "cotton_knit_fabric"),
       Of("เสื้อยืดคอกลมเปล่า ไม่พิมพ์ลาย", "blank_tshirt")],
      [N("ด้ายโพลีเอสเตอร์รีไซเคิล มีใบรับรอง GRS", "recycled_polyester_yarn", req=("GRS",)),
       N("ผู้รับรีไซเคิลเศษผ้าที่ออกเอกสารยืนยันการกำจัดได้", "textile_waste_recycling_service")],
      certs=["OEKO-TEX Standard 100", "ISO 9001"]),
    P(26, "ธนาคารขยะชุมชนบ้านเพ", C, UP, "Rayong", "th", "banphe.wastebank@gmail.com",
      [Of("ขวด PET ใส อัดก้อน ลอกฉลากแล้ว ก้อนละ 200 กก.", "pet_bottle_baled"),
       Of("เสื้อผ้าเก่าที่สมาชิกนำมาฝาก ยังไม่ได้คัด", "used_textiles_unsorted")],
      [N("อบรมแปรรูปเศษผ้าเป็นของใช้ขายได้", "upcycling_training"),
       U("เครื่องชั่งดิจิทัล 300 กก.", "digital platform scale")],
      bcg=["circular"]),
    P(27, "บริษัท กรีนเฟลค รีไซเคิล จำกัด", C, UP, "Chonburi", "th", "sales@greenflake.co.th",
      [Of("เกล็ด PET ใส ล้างน้ำร้อน พร้อมส่งโรงงานปั่นเส้นใย", "pet_flake")],
      [N("ขวดพลาสติก PET อัดก้อน 50 ตัน/เดือน รับถึงโรงงาน", "pet_bottle_baled")],
      certs=["GRS"], bcg=["circular"]),
    P(28, "EcoLoop Fibers Co., Ltd.", C, UP, "Pathum Thani", "en", "procurement@ecoloopfibers.com",
      [Of("Recycled polyester staple fibre 1.5D x 38 mm, made from bottle flake",
         "recycled_polyester_staple_fibre"),
       Of("rPET filament yarn 75D/72F and 150D/144F", "recycled_polyester_yarn")],
      [N("Clear hot-washed PET flake, 100 t a month", "pet_flake"),
       N("Sorted polyester-rich post-consumer garments for textile-to-textile trials", "used_clothing_sorted")],
      certs=["GRS", "OEKO-TEX Standard 100"], bcg=["circular"]),
    P(29, "ห้างหุ้นส่วนจำกัด ฝ้ายรีเทิร์น", C, UP, "Nakhon Pathom", "th", "faireturn.recycle@gmail.com",
      [Of("ใยฝ้ายรีไซเคิล ตีเปิดจากเศษผ้า", "recycled_cotton_fibre"),
       Of("ด้ายรีไซเคิลโอเพนเอนด์ เบอร์ 10 ฝ้ายผสม rPET", "recycled_cotton_yarn"),
       Of("รับบดตีเศษผ้าของลูกค้า คืนเป็นใย", "textile_shredding_service"),
       Of("รับซื้อเศษผ้าจากโรงงาน พร้อมออกหนังสือรับรองการนำไปรีไซเคิล", "textile_waste_recycling_service")],
      [N("เศษผ้าฝ้าย 100% จากโรงงานตัดเย็บ คัดสีมาแล้ว", "textile_waste_preconsumer_cotton"),
       N("ใยโพลีเอสเตอร์รีไซเคิลสำหรับผสมปั่น", "recycled_polyester_staple_fibre")],
      bcg=["circular"]),
    P(30, "Second Stitch Social Enterprise", C, DOWN, "Bangkok", "en", "team@secondstitch.org",
      [Of("Upcycled tote and laptop bags made from hotel linen and vinyl banners", "upcycled_bag"),
       Of("Upcycling workshops for community groups and corporate CSR days", "upcycling_training")],
      [N("Discarded bed sheets and towels from hotels or hospitals", "institutional_linen_discarded"),
       N("Home-based sewing groups able to take 500-piece orders", "sewing_cmt_service")],
      bcg=["circular"]),
    P(31, "Andaman Bay Resort & Spa", C, DOWN, "Phuket", "en", "purchasing@andamanbayresort.com",
      [Of("Retired bed sheets and bath towels, roughly 400 kg each quarter", "institutional_linen_discarded")],
      [N("White cotton bed linen, 250 thread count, king and twin", "hotel_bed_linen"),
       N("Spa robes and towels in natural cotton", "terry_towel", "bathrobe"),
       N("Therapist uniforms in breathable cotton", "spa_uniform")],
      bcg=["green"]),
    P(32, "แบรนด์ยีนส์วน", C, DOWN, "Chiang Mai", "th", "jeanswon.studio@gmail.com",
      [Of("กระเป๋าสะพายจากกางเกงยีนส์เก่า ทำมือ ใบเดียวในโลก", "upcycled_bag")],
      [N("ยีนส์เก่าหรือเศษยีนส์คัดแล้ว เดือนละ 200 กก.", "denim_waste_sorted")],
      bcg=["circular"]),
    P(33, "กลุ่มทอพรมเศษผ้าบ้านโนนทัน", C, MID, "Khon Kaen", "th", "nonthan.rugs@gmail.com",
      [Of("พรมเช็ดเท้าทอจากเศษผ้า ขนาด 40x60 ซม.", "rag_rug_doormat")],
      [N("ริมผ้ายืดเหลือจากโรงงาน", "knit_fabric_offcuts"),
       N("หาที่วางขายพรมในร้านของฝากหรือห้าง แบบฝากขาย", "consignment_retail_service")],
      bcg=["circular"]),
    P(34, "Loop Asia Advisory", C, UP, "Bangkok", "en", "contact@loopasia.co",
      [Of("GRS and RCS certification readiness and traceability paperwork", "certification_consulting"),
       Of("Life-cycle assessment and carbon footprint for textile products", "lca_service")],
      []),
    P(35, "บริษัท รีนิต เท็กซ์ไทล์ จำกัด", C, MID, "Samut Prakan", "th", "sales@reknit.co.th",
      [Of("ผ้าถักจากเส้นใย rPET สำหรับเสื้อกีฬา ระบายอากาศดี", "recycled_polyester_knit_fabric"),
       Of("ผ้าทอ rPET 600D สำหรับทำกระเป๋า", "recycled_polyester_woven_fabric")],
      [N("เส้นใยฟิลาเมนต์จากขวดพลาสติก ต้องมีใบรับรอง GRS เดือนละ 10 ตัน", "recycled_polyester_yarn", req=("GRS",))],
      certs=["GRS"], bcg=["circular"]),
    P(36, "ร้านเสื้อผ้ามือสอง ตลาดนัดรถไฟ", C, DOWN, "Bangkok", "th", "mue2.rodfai@gmail.com",
      [Of("เสื้อผ้าชำรุด ขายไม่ออก ขายเหมาให้ผู้รีไซเคิล", "used_textiles_unsorted")],
      [N("เสื้อผ้ามือสองเกรด A คัดแล้ว เป็นกระสอบ ไม่ต้องมี GRS", "used_clothing_sorted", waive=("GRS",))],
      bcg=["circular"]),
    P(37, "ห้างหุ้นส่วนจำกัด แปดริ้วการฟอกย้อม", C, MID, "Chachoengsao", "th", "paetriw.dyeing@gmail.com",
      [Of("รับฟอกย้อมผ้าและเสื้อผ้าตามสีลูกค้า (สีรีแอคทีฟ)", "garment_dyeing_service"),
       Of("ผ้าสีเพี้ยน ผ้าเกรดบี ขายเป็นกิโล", "deadstock_fabric")],
      [U("ระบบบำบัดและนำน้ำเสียกลับมาใช้ใหม่", "wastewater recycling system"),
       N("ที่ปรึกษาจัดทำระบบ ISO 14001", "certification_consulting")]),
    P(38, "Greenhouse Lifestyle Store", C, DOWN, "Bangkok", "en", "buying@greenhousestore.co.th",
      [Of("Consignment shelves for eco brands and community products in three Bangkok branches",
         "consignment_retail_service")],
      [N("Upcycled bags and pouches for our zero-waste corner", "upcycled_bag"),
       N("Handwoven cotton or hemp shopping bags from OTOP-registered groups", "handwoven_bag", req=("OTOP",)),
       N("Recycled-PET tote bags, GRS certificate required", "rpet_tote_bag", req=("GRS",))],
      bcg=["circular", "green"]),
    P(39, "บริษัท ถุงผ้ารักษ์โลก จำกัด", C, DOWN, "Rayong", "th", "sales@thungpharak.com",
      [Of("ถุงผ้า rPET พิมพ์โลโก้ สั่งขั้นต่ำ 500 ใบ", "rpet_tote_bag"),
       Of("รับสกรีนโลโก้ลงถุงผ้าที่ลูกค้าส่งมาเอง", "screen_printing_service")],
      [N("ผ้าทอจากขวดรีไซเคิล เนื้อหนาสำหรับกระเป๋า", "recycled_polyester_woven_fabric")],
      certs=["GRS"], bcg=["circular"]),
    P(40, "Thai Fashion Take-Back Alliance", C, UP, "Bangkok", "en", "ops@fashiontakeback.or.th",
      [Of("Post-consumer clothing from store drop-boxes, unsorted, about 5 t a month", "used_textiles_unsorted")],
      [N("Sorting partner able to grade collected clothes for reuse and recycling", "textile_sorting_service"),
       N("Shredding of non-rewearable items into fibre", "textile_shredding_service")],
      bcg=["circular"]),
    # ------------------------------------------------------------------ sportech
    P(41, "บริษัท สปอร์ตนิต จำกัด", S, MID, "Samut Sakhon", "th", "sales@sportknit.co.th",
      [Of("ผ้าไมโครไฟเบอร์ดรายฟิต ระบายเหงื่อเร็ว 140 แกรม", "moisture_wicking_knit_fabric"),
       Of("ผ้าตาข่ายเมช สำหรับซับในและช่องระบาย", "mesh_fabric"),
       Of("ผ้าทริโคต์โพลีเอสเตอร์ (ผ้าพื้นสำหรับเคลือบ)", "polyester_tricot_fabric")],
      [U("ด้ายโพลีเอสเตอร์ไมโคร 75D/144F เส้นใยใหม่ (ไม่ใช่รีไซเคิล)", "virgin polyester microfilament yarn"),
       N("บริการตกแต่งผ้ากันแบคทีเรีย กันยูวี", "functional_finishing_service")],
      certs=["OEKO-TEX Standard 100"]),
    P(42, "ร้านพิมพ์ซับลิเมชั่นปากเกร็ด", S, MID, "Nonthaburi", "th", "pakkret.sub@gmail.com",
      [Of("รับพิมพ์ซับลิเมชั่นลงผ้าของลูกค้า หน้ากว้าง 1.6 ม.", "sublimation_printing_service"),
       Of("เสื้อกีฬาพิมพ์ลายทั้งตัว สั่งทำขั้นต่ำ 20 ตัว", "sportswear_jersey")],
      [N("ผ้ากีฬาสีขาวสำหรับพิมพ์ ผ้าไมโคร ดรายฟิต", "moisture_wicking_knit_fabric"),
       N("หมึกซับลิเมชั่นและกระดาษทรานเฟอร์", "sublimation_consumables")]),
    P(43, "สโมสรฟุตบอลเยาวชนอำเภอปากช่อง", S, DOWN, "Nakhon Ratchasima", "th", "pakchong.youthfc@gmail.com",
      [],
      [N("ชุดแข่งฟุตบอลพร้อมเบอร์ 60 ชุด ต้องได้ก่อนเปิดฤดูกาล มี.ค.", "sportswear_jersey"),
       U("ตาข่ายประตูฟุตบอล 2 ชุด", "football goal nets")]),
    P(44, "โรงงานถุงเท้าเจริญผล", S, MID, "Bangkok", "th", "charoenphon.socks@gmail.com",
      [Of("ถุงเท้ากีฬาพื้นกันลื่น ถักเครื่อง", "sports_socks"),
       Of("ถุงเท้าสำหรับผู้ป่วยเบาหวาน ขอบไม่รัด", "diabetic_socks")],
      [U("ด้ายไนลอนหุ้มสแปนเด็กซ์", "covered spandex yarn"),
       N("ด้ายไนลอนรีไซเคิล สำหรับถุงเท้ารุ่นรักษ์โลก", "recycled_nylon_yarn")]),
    P(45, "Tempo Run Apparel", S, DOWN, "Bangkok", "en", "product@temporun.co",
      [Of("Running singlets, tees and shorts under our own label", "running_apparel")],
      [N("Recycled polyester jersey, GRS certified", "recycled_polyester_knit_fabric", req=("GRS",)),
       N("Reflective heat-transfer logos applied to finished garments", "heat_transfer_printing_service"),
       N("Quick-dry wicking knit for training tees, bluesign not required", "moisture_wicking_knit_fabric",
         waive=("bluesign",))]),
    P(46, "Siam Coated Textiles Co., Ltd.", S, MID, "Samut Prakan", "en", "sales@siamcoated.com",
      [Of("PU/TPU-laminated waterproof breathable fabric for outdoor wear and rainwear",
         "waterproof_breathable_fabric"),
       Of("Commission coating and laminating on customer-supplied fabric", "coating_laminating_service"),
       Of("PU-coated waterproof knit for mattress protectors and bed pads", "pu_laminated_fabric_bedding")],
      [N("Polyester tricot base fabric for lamination", "polyester_tricot_fabric")],
      certs=["ISO 9001", "bluesign"]),
    P(47, "ห้างหุ้นส่วนจำกัด ดอยเกียร์", S, DOWN, "Chiang Mai", "th", "doigear.cm@gmail.com",
      [Of("เป้เดินป่า 30-45 ลิตร เย็บเองในร้าน", "hiking_backpack")],
      [N("ผ้ากันน้ำเคลือบ PU หรือ TPU", "waterproof_breathable_fabric"),
       N("ซิปกันน้ำ สายกระเป๋า ตัวล็อก", "sewing_trims"),
       N("ส่งผ้าแคนวาสของร้านไปเคลือบกันน้ำ", "coating_laminating_service")]),
    P(48, "ร้านอุปกรณ์ตัดเย็บเฮงเจริญ สำเพ็ง", S, MID, "Bangkok", "th", "hengcharoen.sampeng@gmail.com",
      [Of("ยางยืด ซิป กระดุม แม่เหล็ก ด้ายเย็บ ราคาส่ง", "sewing_trims"),
       Of("เทปสะท้อนแสงแบบรีดติด", "reflective_tape")],
      []),
    P(49, "ร้านกางเกงมวยบางลำพู", S, DOWN, "Bangkok", "th", "banglamphu.muay@gmail.com",
      [Of("กางเกงมวยไทยผ้าซาติน ปักชื่อได้", "muay_thai_shorts")],
      [U("ผ้าซาตินโพลีเอสเตอร์เงา หลายสี", "polyester satin fabric"),
       N("รับปักโลโก้ด้วยเครื่องคอม", "embroidery_service")]),
    P(50, "ร้านปักสกรีนบางบัวทอง", S, MID, "Nonthaburi", "th", "bbt.screen@gmail.com",
      [Of("รับปักโลโก้คอมพิวเตอร์ลงเสื้อและกระเป๋าของลูกค้า", "embroidery_service"),
       Of("รับสกรีนเสื้อ บล็อกสกรีน และพิมพ์ DTF", "screen_printing_service"),
       Of("รับรีดโลโก้สะท้อนแสงแบบฮีททรานสเฟอร์ลงเสื้อสำเร็จ", "heat_transfer_printing_service")],
      [N("เสื้อยืดเปล่า เสื้อโปโลเปล่า สำหรับสกรีน", "blank_tshirt")]),
    P(51, "Textile Performance Lab, Rajamangala University of Technology", S, MID, "Pathum Thani", "en",
      "textilelab@rmut.ac.th",
      [Of("Wicking, UPF, colour-fastness and abrasion testing to ISO and AATCC methods", "textile_lab_testing"),
       Of("Finishing trials with SMEs: cooling, anti-odour and UV finishes", "functional_finishing_service")],
      [N("Sample lengths from local knitters for a cooling-fabric study", "moisture_wicking_knit_fabric")]),
    P(52, "Kinetic Compression Co., Ltd.", S, DOWN, "Chonburi", "en", "info@kineticcompression.com",
      [Of("Graduated compression sleeves and calf guards for runners", "compression_sportswear"),
       Of("Medical compression stockings, class I-II", "compression_stocking_medical")],
      [U("Warp-knitted power-net with elastane", "power-net fabric"),
       N("Sewing subcontractor certified to ISO 13485", "sewing_cmt_service", req=("ISO 13485",))],
      certs=["ISO 13485", "Thai FDA"]),
    P(53, "Lanna International School", S, DOWN, "Chiang Mai", "en", "procurement@lannais.ac.th",
      [],
      [N("PE kit: polo shirts and shorts for 400 students, delivery before the August term", "sportswear_jersey"),
       N("Reusable cloth face masks for students, OEKO-TEX certified", "cloth_mask_reusable",
         req=("OEKO-TEX Standard 100",))]),
    P(54, "บริษัท โอเอ็มสปอร์ตแวร์ ราชบุรี จำกัด", S, DOWN, "Ratchaburi", "th", "oem@ratchaburisport.com",
      [Of("รับผลิตเสื้อกีฬา OEM ขั้นต่ำ 300 ตัว ส่งทั่วประเทศ", "sportswear_jersey"),
       Of("รับตัดเย็บชุดกีฬา ลูกค้าส่งผ้ามาเอง", "sewing_cmt_service"),
       Of("หน้ากากผ้าสองชั้นซักได้ ผ้ามีใบรับรองโอเคเท็กซ์", "cloth_mask_reusable")],
      [N("ผ้ากีฬาทอจากขวดพลาสติกรีไซเคิล", "recycled_polyester_knit_fabric"),
       N("ผ้าตาข่ายระบายอากาศ", "mesh_fabric")],
      certs=["OEKO-TEX Standard 100"]),
    P(55, "Island Tri & Cycle Club", S, DOWN, "Phuket", "en", "kit@islandtri.club",
      [],
      [N("Cycling jerseys, full sublimation, club design", "sportswear_jersey"),
       U("Rash guards and UV swim shirts for open-water training", "rash guards / swim shirts")]),
    P(56, "Net Zero Nylon Co., Ltd.", S, UP, "Songkhla", "en", "supply@netzeronylon.com",
      [Of("Recycled nylon 6 yarn from discarded fishing nets", "recycled_nylon_yarn")],
      [N("Used fishing nets from coastal villages, cleaned of lead and floats", "used_fishing_nets")],
      bcg=["circular"]),
    P(57, "กลุ่มประมงพื้นบ้านบ้านเกาะลิบง", C, UP, "Trang", "th", "libong.fisher@gmail.com",
      [Of("อวนประมงเก่า ล้างแล้ว มัดเป็นก้อน", "used_fishing_nets")],
      [N("อบรมทำกระเป๋าและของใช้จากอวนเก่า", "upcycling_training")],
      bcg=["circular"]),
    # ------------------------------------------------------------------ ageing lifestyle, central
    P(58, "โรงพยาบาลบางใหญ่เวชการ", AC, DOWN, "Nonthaburi", "th", "purchase@bangyaihospital.com",
      [Of("ผ้าปูเตียงและชุดผู้ป่วยปลดระวาง ชำรุด ใช้ต่อไม่ได้", "institutional_linen_discarded")],
      [N("ผ้ายกตัวผู้ป่วย (ผ้าสไลด์เคลื่อนย้าย) 50 ผืน", "patient_transfer_sheet"),
       N("ผ้าปูที่นอนผู้ป่วย ผ้าโพลีคอตตอน ทนการซักฆ่าเชื้อ", "hospital_bed_sheet"),
       N("ชุดผู้ป่วยใน เสื้อผ่าหน้า กางเกงเอวยางยืด", "patient_gown")]),
    P(59, "Silver Garden Care Residence", AC, DOWN, "Bangkok", "en", "admin@silvergardencare.com",
      [],
      [N("Washable adult incontinence pants, S to XL", "washable_incontinence_pants"),
       N("Disposable adult diapers (tape type), size L, 600 pieces a month", "adult_diaper_disposable"),
       N("Waterproof fitted mattress protectors for single beds", "waterproof_mattress_protector"),
       N("Adaptive clothing with easy closures for residents", "adaptive_clothing_elderly")]),
    P(60, "กลุ่มแม่บ้านตัดเย็บบ้านโพธิ์", AC, DOWN, "Nakhon Pathom", "th", "banpho.sewing@gmail.com",
      [Of("เปลผ้ายกตัวคนไข้ติดเตียง ผ้าแคนวาสหนา มีหูจับ 8 จุด รับน้ำหนัก 120 กก.", "patient_transfer_sheet"),
       Of("กางเกงซึมซับซักได้ สำหรับผู้สูงอายุ", "washable_incontinence_pants"),
       Of("รับจ้างตัดเย็บงานทั่วไป ขั้นต่ำ 100 ชิ้น โทร 08-1234-5678", "sewing_cmt_service")],
      [N("ผ้าแคนวาสฝ้ายเนื้อหนา 12 ออนซ์", "cotton_canvas_fabric"),
       N("ผ้ายางกันน้ำ PU สำหรับทำแผ่นรองซับ", "pu_laminated_fabric_bedding"),
       N("จักรเย็บอุตสาหกรรมและจักรโพ้ง 3 ตัว", "industrial_sewing_machine")],
      certs=["OTOP"]),
    P(61, "บริษัท แคร์ซอฟท์ (ไทยแลนด์) จำกัด", AC, DOWN, "Samut Prakan", "th", "purchasing@caresoft.co.th",
      [Of("ผ้าอ้อมผู้ใหญ่แบบเทปกาว ไซส์ M-XL", "adult_diaper_disposable"),
       Of("แผ่นรองซับใช้แล้วทิ้ง 60x90 ซม.", "disposable_underpad")],
      [N("เยื่อฟลัฟฟ์และผงดูดซับ SAP", "absorbent_core_materials"),
       N("ผ้าสปันบอนด์ (ผ้าไม่ถักไม่ทอ) 15-20 แกรม", "nonwoven_fabric")],
      certs=["ISO 13485", "Thai FDA"]),
    P(62, "Eastern Nonwovens Co., Ltd.", AC, MID, "Rayong", "en", "sales@easternnonwovens.com",
      [Of("Spunbond PP nonwoven 15-25 gsm, hydrophilic or hydrophobic", "nonwoven_fabric"),
       Of("SMS nonwoven rolls for gowns and drapes", "sms_nonwoven_medical")],
      [U("Washed recycled PP pellets", "recycled polypropylene pellets")],
      certs=["ISO 9001", "OEKO-TEX Standard 100"]),
    P(63, "ห้างหุ้นส่วนจำกัด เอส.พี. เคมีภัณฑ์", AC, UP, "Ratchaburi", "th", "sp.chem.rb@gmail.com",
      [Of("ผงดูดซับ SAP และเยื่อฟลัฟฟ์นำเข้า จำหน่ายเป็นตัน", "absorbent_core_materials")],
      []),
    P(64, "กลุ่มหมอนขวานบ้านโพธิ์ทอง", AC, DOWN, "Ang Thong", "th", "phothong.pillow@gmail.com",
      [Of("หมอนขวาน หมอนสามเหลี่ยมยัดนุ่น หุ้มผ้าขิด", "kapok_pillow"),
       Of("เบาะรองนั่งพับได้ สำหรับผู้สูงอายุ", "seat_cushion"),
       Of("ที่นอนนวดแผนไทยยัดนุ่น พับสามตอน", "thai_massage_mattress")],
      [N("ใยนุ่นสำหรับยัดหมอน ไม่ผสมใยโพลีเอสเตอร์", "kapok_fibre"),
       N("ผ้าลายขิดหน้าแคบ 40 ซม. สำหรับหุ้มหมอน", "handwoven_khit_fabric"),
       N("ผู้เชี่ยวชาญช่วยออกแบบหมอนและเบาะให้เหมาะกับผู้สูงอายุ", "elderly_product_design_service")],
      certs=["OTOP"]),
    P(65, "ร้านนุ่นบ้านหมี่", AC, UP, "Lopburi", "th", "nun.banmi@gmail.com",
      [Of("นุ่นดีดแท้ 100% สะอาด ไม่มีเมล็ด ขายปลีกส่ง กระสอบละ 10 กก.", "kapok_fibre")],
      [U("เครื่องดีดนุ่นรุ่นใหม่ ฝุ่นน้อย", "kapok fluffing machine")],
      bcg=["bio"]),
    P(66, "GentleWear Co., Ltd.", AC, DOWN, "Bangkok", "en", "hello@gentlewear.co.th",
      [Of("Adaptive clothing for seniors: magnetic closures, side openings", "adaptive_clothing_elderly")],
      [N("Soft cotton jersey, OEKO-TEX certified", "cotton_knit_fabric", req=("OEKO-TEX Standard 100",)),
       N("Magnetic snaps and flat elastic", "sewing_trims")]),
    P(67, "ธาราสปา", AC, DOWN, "Bangkok", "th", "tharaspa.bkk@gmail.com",
      [],
      [N("ผ้าขนหนูสปาสีขาว คอตตอน 100%", "terry_towel"),
       U("ผ้าม่านทึบแสงสำหรับห้องนวด 12 ห้อง", "blackout curtains"),
       N("ชุดพนักงานนวด ผ้าฝ้ายเนื้อนุ่ม", "spa_uniform")]),
    P(68, "วิสาหกิจชุมชนสมุนไพรบ้านลาด", AC, DOWN, "Phetchaburi", "th", "banlat.herb@gmail.com",
      [Of("ลูกประคบสมุนไพรไพล ขมิ้น ตะไคร้ ขนาด 150 กรัม มีเลข อย.", "herbal_compress_ball")],
      [N("ผ้าขาวบาง ผ้ามัสลิน หรือผ้าดิบ สำหรับห่อลูกประคบ พับละ 30 หลา", "cotton_grey_cloth")],
      certs=["Thai FDA", "OTOP"], bcg=["bio"]),
    P(69, "โรงงานทอผ้าขนหนูสามพราน", AC, MID, "Nakhon Pathom", "th", "sampran.towel@gmail.com",
      [Of("ผ้าขนหนูคอตตอน 100% ขนาด 30x60 และ 27x54 นิ้ว", "terry_towel"),
       Of("เสื้อคลุมอาบน้ำผ้าขนหนู", "bathrobe"),
       Of("ผ้าดิบทอเครื่องยังไม่ฟอก หน้า 36-60 นิ้ว ขายเป็นพับ", "cotton_grey_cloth")],
      [N("ด้ายฝ้ายเบอร์ 20/2 จากโรงปั่น", "cotton_yarn_machine")]),
    P(70, "Siam Hospitality Linen Co., Ltd.", AC, DOWN, "Bangkok", "en", "sales@siamhospitalitylinen.com",
      [Of("Hotel bed sheets and duvet covers, 250 TC cotton percale", "hotel_bed_linen"),
       Of("Hospital bed sheets, 60/40 poly-cotton, autoclave-safe", "hospital_bed_sheet"),
       Of("Patient gowns with back ties", "patient_gown")],
      [N("Combed cotton yarn Ne 40 for sheeting", "cotton_yarn_machine")],
      certs=["OEKO-TEX Standard 100"]),
    P(71, "ร้านชุดพยาบาลประตูน้ำ", AC, DOWN, "Bangkok", "th", "pratunam.nurse@gmail.com",
      [Of("ชุดสครับ ชุดพยาบาล ตัดตามไซส์", "scrub_uniform"),
       Of("ชุดพนักงานสปา ชุดนวดผ้าฝ้าย", "spa_uniform")],
      [U("ผ้าโทเรผสมคอตตอน สำหรับตัดชุดพนักงาน", "poly-cotton uniform fabric")]),
    P(72, "บริษัท คลีนแคร์ ลอนดรี้ จำกัด", AC, MID, "Pathum Thani", "th", "cleancare.laundry@gmail.com",
      [Of("รับซักอบรีดผ้าปูที่นอน ผ้าขนหนู ของโรงแรมและโรงพยาบาล", "laundry_service")],
      [N("ผ้าปูที่นอนสีขาวสำรองไว้ให้ลูกค้าเช่า", "hotel_bed_linen")]),
    P(73, "Centre for Ageing and Design, Faculty of Architecture", AC, MID, "Nonthaburi", "en",
      "ageingdesign@stou-arch.ac.th",
      [Of("Universal-design product development for older users", "elderly_product_design_service"),
       Of("Pattern-making training on adaptive garments for sewing groups", "sewing_training")],
      [N("Prototype sewing of adaptive garments, 30 pieces", "sewing_cmt_service")]),
    P(74, "ร้านเวลแคร์ช็อป", AC, DOWN, "Bangkok", "th", "wellcareshop.th@gmail.com",
      [],
      [N("แพมเพิสผู้ใหญ่แบบกางเกง ยกลัง", "adult_diaper_disposable"),
       N("แผ่นรองกันเปื้อนซักได้", "washable_underpad"),
       N("ชุดเด็กอ่อนผ้าฝ้ายออร์แกนิก ต้องมี GOTS", "baby_clothes_organic", req=("GOTS",)),
       N("ถุงน่องลดเส้นเลือดขอด ต้องมีเลข อย.", "compression_stocking_medical", req=("Thai FDA",))]),
    # ------------------------------------------------------------------ ageing lifestyle, Isan
    P(75, "กลุ่มทอผ้าขิดบ้านศรีฐาน", AI, MID, "Yasothon", "th", "srithan.khit@gmail.com",
      [Of("ผ้าขิดทอมือ ลายขิดโบราณ ยาว 2 ม.", "handwoven_khit_fabric"),
       Of("หมอนขิดสามเหลี่ยม 10 ช่อง ยัดนุ่นแน่น", "kapok_pillow")],
      [N("นุ่นยัดหมอน ปีละ 1 ตัน", "kapok_fibre")],
      certs=["OTOP"]),
    P(76, "กลุ่มทอเสื่อกกบ้านแฮด", AI, MID, "Roi Et", "th", "banhaed.mat@gmail.com",
      [Of("เสื่อกกทอมือลายขิด พับได้ 3 ทบ", "sedge_mat")],
      [N("ต้นกกตากแห้ง ผ่าเส้นแล้ว", "sedge_reed_dried"),
       N("ตัวแทนส่งออกเสื่อไปต่างประเทศ", "export_market_access_service")],
      certs=["OTOP"]),
    P(77, "วิสาหกิจชุมชนปลูกกกบางสระเก้า", H, UP, "Chanthaburi", "th", "bangsrakao.kok@gmail.com",
      [Of("กกจันทบูรตากแห้ง ผ่าเส้นแล้ว มัดละ 5 กก.", "sedge_reed_dried")],
      [U("เครื่องรีดเส้นกก", "sedge flattening machine")],
      bcg=["bio"]),
    P(78, "ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ เทศบาลเมืองบ้านทุ่ม", AI, DOWN, "Khon Kaen", "th",
      "banthum.elderly@gmail.com",
      [],
      [N("ผ้าอ้อมสำเร็จรูปสำหรับผู้ป่วยติดเตียง 100 ราย", "adult_diaper_disposable"),
       N("ผ้าเคลื่อนย้ายผู้ป่วยติดเตียง", "patient_transfer_sheet"),
       U("ที่นอนลมป้องกันแผลกดทับ", "alternating-pressure air mattress")]),
    P(79, "HelpAge Isan Network", AI, DOWN, "Khon Kaen", "en", "programme@helpageisan.org",
      [Of("Training for village caregivers on looking after bed-bound elders", "caregiver_training")],
      [N("Washable bed pads made by local women's groups", "washable_underpad"),
       N("Hand-woven cotton blankets for elders in the cold season", "handwoven_cotton_blanket")]),
    P(80, "กลุ่มแม่บ้านแผ่นรองซับบ้านหนองสำโรง", AI, DOWN, "Udon Thani", "th", "nongsamrong.pad@gmail.com",
      [Of("แผ่นรองซับซักได้ ชั้นบนผ้าขนหนู ชั้นล่างผ้ายางกันน้ำ", "washable_underpad"),
       Of("กางเกงผ้าอ้อมผู้ใหญ่แบบผ้า ซักใช้ซ้ำได้", "washable_incontinence_pants")],
      [N("ผ้าเคลือบพียูกันซึม สำหรับชั้นล่างของแผ่นรองซับ", "pu_laminated_fabric_bedding"),
       N("ผ้าขนหนู ผ้าปูเตียงเก่าจากโรงแรม โรงพยาบาล", "institutional_linen_discarded")],
      bcg=["circular"]),
    P(81, "วิสาหกิจชุมชนสมุนไพรบ้านนาต้อง", AI, DOWN, "Sakon Nakhon", "th", "natong.herb@gmail.com",
      [Of("ลูกประคบสมุนไพรแห้ง เก็บได้ 6 เดือน", "herbal_compress_ball")],
      [N("ผ้าฝ้ายทอมือสีขาวสำหรับห่อลูกประคบ", "handwoven_cotton_fabric_undyed"),
       N("ที่ปรึกษาช่วยยื่นขอเลข อย.", "certification_consulting")],
      bcg=["bio"]),
    P(82, "ห้างหุ้นส่วนจำกัด ช่างเหล็กกี่ทอผ้าบ้านไผ่", AI, MID, "Khon Kaen", "th", "banphai.loom@gmail.com",
      [Of("กี่กระตุกไม้สัก หน้ากว้าง 1-1.2 ม.", "handloom_equipment"),
       Of("หลาปั่นฝ้ายไฟฟ้า", "spinning_wheel_equipment")],
      []),
    P(83, "บริษัท ไหมไทยโคราช จำกัด", AI, UP, "Nakhon Ratchasima", "th", "korat.silkreel@gmail.com",
      [Of("เส้นไหมสาวเครื่อง 20/22 ดีเนียร์ ฟอกแล้ว", "silk_yarn_machine_reeled"),
       Of("ดักแด้ไหม ผลพลอยได้ สำหรับแปรรูปอาหาร", "silkworm_pupae")],
      [N("รังไหมสดเกรด A ส่งทุกเดือน", "silk_cocoon")]),
    P(84, "กลุ่มผ้าไหมบ้านท่าสว่าง", AI, MID, "Surin", "th", "thasawang.silk@gmail.com",
      [Of("ผ้าไหมยกทองทอมือ ลายราชสำนัก", "handwoven_silk_fabric")],
      [N("ไหมโรงงานย้อมสีแล้ว สำหรับเส้นยืน", "silk_yarn_machine_reeled"),
       N("อบรมขายของออนไลน์ ไลฟ์สด", "online_marketing_training")],
      certs=["Thai Silk Peacock Emblem"]),
    P(85, "Nordic Craft Imports", AI, DOWN, "Bangkok", "en", "sourcing.th@nordiccraft.se",
      [],
      [N("Indigo-dyed handwoven cotton; OTOP not required, Fairtrade welcome but not required",
         "indigo_dyed_cotton_fabric", waive=("OTOP", "Fairtrade")),
       N("Mudmee silk carrying the Peacock Emblem, 300 m a season", "handwoven_silk_fabric",
         req=("Thai Silk Peacock Emblem",)),
       N("Natural sedge floor mats, undyed", "sedge_mat")]),
    P(86, "Kansai Mingei Trading", AI, DOWN, "Chiang Mai", "en", "thailand@kansaimingei.jp",
      [],
      [N("Hand-spun cotton yarn, undyed, for weavers in Japan", "cotton_yarn_handspun"),
       N("Naturally dyed handwoven scarves", "scarf_handwoven"),
       N("Lac-dyed silk yarn", "natural_dyed_silk_yarn")]),
    P(87, "Isan Community Finance Foundation", AI, MID, "Udon Thani", "en", "loans@isancf.org",
      [Of("Group loans at 3% a year for registered community enterprises", "group_finance_loan"),
       Of("Bookkeeping training for group treasurers", "bookkeeping_training")],
      []),
    P(88, "ร้านของฝากอุบล โอทอปเซ็นเตอร์", AI, DOWN, "Ubon Ratchathani", "th", "ubon.otopcenter@gmail.com",
      [Of("มีชั้นวางให้กลุ่มชุมชนนำสินค้ามาฝากขาย หักค่าคอม 20% ติดต่อไลน์ @ubonotop", "consignment_retail_service")],
      [N("ผ้าคล้องคอ ผ้าสไบฝ้ายทอมือ สีธรรมชาติ", "scarf_handwoven"),
       N("กระเป๋าผ้าทอมือ มีตราโอทอป", "handwoven_bag", req=("OTOP",)),
       N("หมอนขิด หมอนอิงลายขิด สำหรับนักท่องเที่ยว", "kapok_pillow")]),
    P(89, "กลุ่มทอผ้าฝ้ายบ้านนาหว้า", AI, MID, "Nakhon Phanom", "th", "nawa.cotton@gmail.com",
      [Of("ผ้าฝ้ายทอมือสีพื้น ไม่ย้อม หน้ากว้าง 1 ม.", "handwoven_cotton_fabric_undyed"),
       Of("ผ้าพันคอฝ้ายย้อมเปลือกไม้ ทอมือ", "scarf_handwoven"),
       Of("ผ้าห่มฝ้ายทอมือ หนานุ่ม", "handwoven_cotton_blanket"),
       Of("กระเป๋าผ้าฝ้ายทอมือ", "handwoven_bag")],
      [N("ฝ้ายปั่นมือ (ฝ้ายเข็น) สีขาวธรรมชาติ สำหรับทอ", "cotton_yarn_handspun"),
       N("เปลือกไม้ แก่นไม้ย้อมสี (ประดู่ ขนุน)", "natural_dye_material_dried")],
      certs=["OTOP", "Fairtrade"]),
    P(90, "กลุ่มทอผ้าไทลื้อบ้านหาดบ้าย", H, MID, "Chiang Rai", "th", "hadbai.tailue@gmail.com",
      [Of("ผ้าทอไทลื้อ ลายน้ำไหล ฝ้ายย้อมสีธรรมชาติ", "naturally_dyed_cotton_fabric"),
       Of("ย่ามผ้าทอ กระเป๋าสะพาย", "handwoven_bag")],
      [N("ฝ้ายเข็นมือที่ย้อมสีธรรมชาติแล้ว", "cotton_yarn_handspun_dyed"),
       N("ร้านในกรุงเทพฯ รับฝากขาย", "consignment_retail_service")]),
    P(91, "Maekok River Eco Lodge", H, DOWN, "Chiang Rai", "en", "gm@maekokecolodge.com",
      [],
      [N("Hand-woven cotton throws and bedspreads for guest rooms", "handwoven_cotton_blanket"),
       N("Krajood or sedge mats for the yoga sala", "sedge_mat"),
       N("Natural-dye scarves for the lodge boutique", "scarf_handwoven")]),
    P(92, "Studio Kram Design Co., Ltd.", C, MID, "Bangkok", "en", "studio@kramdesign.co",
      [Of("Product and collection design for community textile groups", "product_design_service"),
       Of("Packaging and label design, including OTOP star-rating submissions", "packaging_design_service"),
       Of("Online shop set-up and product photography", "online_marketing_service")],
      []),
    P(93, "Andaman Wellness Spa Group", AC, DOWN, "Krabi", "en", "procurement@andamanwellness.com",
      [],
      [N("Herbal compress balls, Thai FDA registered", "herbal_compress_ball", req=("Thai FDA",)),
       N("Cotton spa robes", "bathrobe"),
       N("Thai massage floor mattresses", "thai_massage_mattress")]),
    P(94, "Eastern Seaboard International Hospital", AC, DOWN, "Chonburi", "en",
      "supplychain@esih-hospital.com",
      [],
      [N("Patient slide sheets from an ISO 13485 certified maker", "patient_transfer_sheet", req=("ISO 13485",)),
       N("Hospital bed sheets and patient gowns", "hospital_bed_sheet", "patient_gown")]),
    P(95, "MediFab Thailand Co., Ltd.", AC, MID, "Pathum Thani", "en", "sales@medifab.co.th",
      [Of("Reusable low-friction patient slide sheets", "patient_transfer_sheet"),
       Of("Reusable four-layer incontinence bed pads", "washable_underpad"),
       Of("Waterproof fitted mattress protectors", "waterproof_mattress_protector")],
      [N("PU-laminated knit for bed-pad backing", "pu_laminated_fabric_bedding")],
      certs=["ISO 13485", "ISO 9001"]),
    P(96, "บริษัท ปราจีนคอตตอนสปินนิ่ง จำกัด", H, UP, "Prachinburi", "th", "sales@prachincotton.co.th",
      [Of("ด้ายฝ้าย 100% เบอร์ 20/2, 32/1 และด้ายหวี 40/1 สีดิบ", "cotton_yarn_machine"),
       Of("ด้ายฝ้ายย้อมสีสำเร็จ เบอร์ 20/2 มีกว่า 60 สี", "cotton_yarn_machine_dyed"),
       Of("ผ้าแคนวาสฝ้าย 10-12 ออนซ์ ทอเครื่อง", "cotton_canvas_fabric")],
      [N("ปุยฝ้ายที่ได้รับรอง Better Cotton (BCI) ปีละ 100 ตัน", "cotton_lint_raw", req=("Better Cotton",))],
      certs=["OEKO-TEX Standard 100", "ISO 9001"]),
    P(97, "วิทยาลัยชุมชนมุกดาหาร", AI, MID, "Mukdahan", "th", "training@mdhcc.ac.th",
      [Of("หลักสูตรอบรมการทอผ้าและออกแบบลายผ้าร่วมสมัย 5 วัน", "weaving_training"),
       Of("อบรมการขายออนไลน์และไลฟ์สดสำหรับกลุ่มวิสาหกิจชุมชน", "online_marketing_training")],
      [N("จักรเย็บผ้าอุตสาหกรรม 10 เครื่อง สำหรับห้องฝึก", "industrial_sewing_machine")]),
    P(98, "Asia Sewing & Print Machinery Co., Ltd.", S, MID, "Bangkok", "en", "sales@asiasewingprint.com",
      [Of("Industrial lockstitch and overlock machines, installation and repair", "industrial_sewing_machine"),
       Of("Sublimation inks, transfer paper and heat presses", "sublimation_consumables")],
      [U("Technicians trained on servo motors and computerised embroidery heads", "skilled machine technicians")]),
    P(99, "กลุ่มเกษตรกรปลูกฝ้ายบ้านหนองปรือ", H, UP, "Kanchanaburi", "th", "nongprue.cotton@gmail.com",
      [Of("ฝ้ายดอกทั้งเมล็ด เก็บมือ ปลอดสารเคมี (ยังไม่มีใบรับรอง)", "seed_cotton_raw"),
       Of("ปุยฝ้ายหีบแล้ว กระสอบละ 25 กก.", "cotton_lint_raw")],
      [N("ทุนซื้อปุ๋ยอินทรีย์ ดอกเบี้ยต่ำ", "group_finance_loan")]),
    P(100, "แบรนด์เสื้อผ้าเด็กอ่อนบ้านละมุน", H, DOWN, "Chiang Mai", "th", "baanlamun.baby@gmail.com",
      [Of("ชุดเด็กอ่อนผ้าฝ้ายออร์แกนิก ย้อมสีธรรมชาติ ไซส์แรกเกิด-2 ปี", "baby_clothes_organic"),
       Of("ผ้าอ้อมมัสลินฝ้าย 6 ชั้น", "muslin_baby_wrap")],
      [N("ผ้ายืดคอตตอนเนื้อนุ่ม สำหรับตัดเสื้อผ้าเด็ก", "cotton_knit_fabric")],
      certs=["GOTS"], bcg=["bio"]),
]
# fmt: on


# ------------------------------------------------------------------ links

ID_RE = re.compile(r"^bpk-\d{3}$")
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z]")


def compute_links(profiles: list[P]) -> set[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in profiles:
        for need in buyer.needs:
            for supplier in profiles:
                if supplier.id == buyer.id:
                    continue
                if not set(need.certs) <= set(supplier.certs):
                    continue
                if any(offer.label in need.labels for offer in supplier.offers):
                    links.add((supplier.id, buyer.id))
    return links


def thai_share(text: str) -> float:
    thai, latin = len(THAI_LETTER.findall(text)), len(LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def check(profiles: list[P]) -> list[str]:
    errors: list[str] = []
    ids = [p.id for p in profiles]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    emails = [p.email for p in profiles]
    if len(set(emails)) != len(emails):
        errors.append("duplicate contact emails")
    offered_by: dict[str, set[str]] = {}
    for p in profiles:
        for offer in p.offers:
            offered_by.setdefault(offer.label, set()).add(p.id)
    for p in profiles:
        where = p.id
        if not ID_RE.match(p.id):
            errors.append(f"{where}: bad id")
        if p.sub not in {s.value for s in SubCluster}:
            errors.append(f"{where}: bad sub_cluster {p.sub}")
        if p.stage not in {s.value for s in Stage}:
            errors.append(f"{where}: bad stage {p.stage}")
        province = resolve_province(p.province)
        if province is None or province.name_en != p.province:
            errors.append(f"{where}: province {p.province!r} not a canonical province name")
        if p.lang not in ("th", "en"):
            errors.append(f"{where}: bad language {p.lang}")
        if not EMAIL_RE.match(p.email):
            errors.append(f"{where}: bad email {p.email}")
        for tag in p.bcg:
            if tag not in {b.value for b in BcgTag}:
                errors.append(f"{where}: bad bcg tag {tag}")
        for cert in p.certs:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        if not 0 <= len(p.offers) <= 4 or not 0 <= len(p.needs) <= 4:
            errors.append(f"{where}: 0-4 offers and 0-4 needs expected")
        if not p.offers and not p.needs:
            errors.append(f"{where}: empty profile")
        name_share = thai_share(p.name)
        if (p.lang == "th") != (name_share > 0.5):
            errors.append(f"{where}: name script does not fit language {p.lang}")
        for text in [o.text for o in p.offers] + [n.text for n in p.needs]:
            share = thai_share(text)
            if p.lang == "th" and share <= 0.5:
                errors.append(f"{where}: Thai profile phrase is not mostly Thai: {text!r}")
            if p.lang == "en" and share > 0.0:
                errors.append(f"{where}: English profile phrase has Thai letters: {text!r}")
        for offer in p.offers:
            if not re.fullmatch(r"[a-z][a-z0-9_]+", offer.label):
                errors.append(f"{where}: bad offer label {offer.label!r}")
        for need in p.needs:
            if need.unmet:
                if need.labels or need.certs:
                    errors.append(f"{where}: unmet need with labels: {need.text!r}")
                continue
            if not need.labels:
                errors.append(f"{where}: need without labels or unmet note: {need.text!r}")
            for cert in (*need.certs, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert!r} is not a canonical name")
            for label in need.labels:
                if not offered_by.get(label, set()) - {p.id}:
                    errors.append(f"{where}: label {label!r} offered by no one else")
    return errors


def stats(profiles: list[P], links: set[tuple[str, str]]) -> dict[str, object]:
    by_id = {p.id: p for p in profiles}
    needs = [n for p in profiles for n in p.needs]
    lang_pair = Counter(f"{by_id[s].lang}->{by_id[b].lang}" for s, b in links)
    cross = lang_pair["th->en"] + lang_pair["en->th"]
    return {
        "profiles": len(profiles),
        "language": dict(sorted(Counter(p.lang for p in profiles).items())),
        "sub_cluster": dict(sorted(Counter(p.sub for p in profiles).items())),
        "stage": dict(sorted(Counter(p.stage for p in profiles).items())),
        "region": dict(sorted(Counter(str(resolve_province(p.province).region) for p in profiles).items())),
        "provinces": len({p.province for p in profiles}),
        "offers": sum(len(p.offers) for p in profiles),
        "offer_labels": len({o.label for p in profiles for o in p.offers}),
        "needs": len(needs),
        "needs_met": sum(1 for n in needs if not n.unmet),
        "needs_unmet": sum(1 for n in needs if n.unmet),
        "needs_requiring_cert": sum(1 for n in needs if n.certs),
        "needs_waiving_cert": sum(1 for n in needs if n.waives),
        "links": len(links),
        "links_by_language": dict(sorted(lang_pair.items())),
        "cross_language_share": round(cross / len(links), 3) if links else 0.0,
        "links_across_sub_clusters": sum(1 for s, b in links if by_id[s].sub != by_id[b].sub),
    }


def target_errors(st: dict[str, object]) -> list[str]:
    errors = []
    if not 140 <= st["links"] <= 180:
        errors.append(f"links {st['links']} outside 140-180")
    if st["cross_language_share"] < 0.45:
        errors.append(f"cross-language share {st['cross_language_share']} below 0.45")
    if not 15 <= st["needs_unmet"] <= 25:
        errors.append(f"unmet needs {st['needs_unmet']} outside 15-25")
    if st["needs_requiring_cert"] < 5 or st["needs_waiving_cert"] < 2:
        errors.append("too few needs requiring or waiving certifications")
    th_share = st["language"].get("th", 0) / st["profiles"]
    if not 0.6 <= th_share <= 0.7:
        errors.append(f"Thai share {th_share:.2f} outside 0.60-0.70")
    if set(st["sub_cluster"]) != {s.value for s in SubCluster} or set(st["stage"]) != {s.value for s in Stage}:
        errors.append("a sub-cluster or stage is missing")
    if len(st["region"]) != 6:
        errors.append("a region is missing")
    return errors


def render(profiles: list[P], links: set[tuple[str, str]]) -> tuple[str, str]:
    lines = []
    for p in profiles:
        row = {
            "id": p.id,
            "name": p.name,
            "sub_cluster": p.sub,
            "stage": p.stage,
            "province": p.province,
            "offers": [o.text for o in p.offers],
            "needs": [n.text for n in p.needs],
            "certifications": list(p.certs),
            "bcg": list(p.bcg),
            "contact_email": p.email,
            "language": p.lang,
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    return "\n".join(lines) + "\n", buf.getvalue()


def main() -> int:
    errors = check(PROFILES)
    links = compute_links(PROFILES)
    st = stats(PROFILES, links)
    errors += target_errors(st)
    print(json.dumps(st, ensure_ascii=False, indent=1))
    if errors:
        print("CHECKS FAILED; nothing written:", file=sys.stderr)
        for error in errors:
            print("  " + error, file=sys.stderr)
        return 1
    profiles_text, links_text = render(PROFILES, links)
    (HERE / "profiles.jsonl").write_text(profiles_text, encoding="utf-8")
    (HERE / "links.csv").write_text(links_text, encoding="utf-8")
    print(f"wrote {len(PROFILES)} profiles and {len(links)} links")
    return 0


if __name__ == "__main__":
    sys.exit(main())
