"""Hand-labelled evaluation set: plain registry entries of a care- and wellness-leaning textile cluster.

Every profile below was written by hand. Each offer carries a label saying what the thing is; each need
lists the offer labels that would meet it (and the certifications its text asks for) or says that no
one in the cluster meets it. The true links follow from those labels alone.

Run from the repository root:  .venv/bin/python eval/blind_plain_care/write.py
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Region,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
CENTRAL = "ageing_lifestyle_central"
ISAN = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()  # certifications the text requires of the supplier
    waives: tuple[str, ...] = ()  # certifications the text names only to say they are not required
    unmet: str = ""  # for a need no one in the cluster meets: what it asks for


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, certs=certs, waives=waives)


def u(text: str, note: str) -> Need:
    return Need(text, unmet=note)


@dataclass(frozen=True)
class Sme:
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    email: str
    offers: tuple[Offer, ...] = ()
    needs: tuple[Need, ...] = ()
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    id: str = field(default="")


def sme(
    name: str,
    sub: str,
    stage: str,
    province: str,
    lang: str,
    email: str,
    offers: Iterable[Offer] = (),
    needs: Iterable[Need] = (),
    certs: Iterable[str] = (),
    bcg: Iterable[str] = (),
) -> Sme:
    return Sme(name, sub, stage, province, lang, email, tuple(offers), tuple(needs), tuple(certs), tuple(bcg))


# ------------------------------------------------------------------ profiles

RAW: list[Sme] = [
    # ---------------------------------------------------------- hemp and natural fibre
    sme(
        "วิสาหกิจชุมชนกลุ่มปลูกกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "th",
        "maesamai.hemp@hmonghemp-cm.com",
        offers=[
            o("เปลือกกัญชงลอกมือ ตากแห้ง มัดเป็นฟ่อน กิโลละ 120 บาท", "hemp_bast_fibre"),
            o("ด้ายกัญชงเข็นมือแบบม้ง ต่อเส้นด้วยมือ ม้วนละครึ่งกิโล", "hemp_yarn_handspun"),
        ],
        needs=[
            n("อยากได้เครื่องลอกเปลือกกัญชงขนาดเล็ก ใช้ไฟบ้านได้", "hemp_decorticator"),
        ],
        bcg=["bio"],
    ),
    sme(
        "Highland Hemp Spinning Co., Ltd.",
        HEMP,
        UP,
        "Tak",
        "en",
        "sales@highlandhemp-spin.com",
        offers=[
            o("Machine-spun hemp yarn Nm 8 to Nm 16, natural colour, MOQ 50 kg", "hemp_yarn_machine"),
            o("Hemp / organic cotton 55/45 blend yarn for knitting", "hemp_blend_yarn"),
        ],
        needs=[
            n("Decorticated hemp bast fibre, long line, about 1 t a month", "hemp_bast_fibre"),
            n("Plant-based dyeing of yarn on cones - we ship the cones to you", "natural_dyeing_service"),
        ],
        certs=["OEKO-TEX Standard 100"],
        bcg=["bio", "green"],
    ),
    sme(
        "หจก.ผ้ากัญชงเมืองน่าน",
        HEMP,
        MID,
        "Nan",
        "th",
        "nanhempcloth@nanhemp.co.th",
        offers=[
            o("ผ้ากัญชงทอมือ หน้ากว้าง 40 นิ้ว ลายพื้นและลายขิด", "handwoven_hemp_fabric"),
            o("ผ้าใยกัญชงเขียนเทียน ย้อมคราม ลายม้ง", "hemp_batik_fabric"),
        ],
        needs=[
            n("ต้องการด้ายกัญชงเข็นมือ เส้นเล็ก สม่ำเสมอ เดือนละ 40 กก.", "hemp_yarn_handspun"),
            n("เนื้อครามสำหรับก่อหม้อ", "indigo_paste"),
        ],
        bcg=["bio"],
    ),
    sme(
        "วิสาหกิจชุมชนม่อฮ่อมบ้านทุ่งโฮ้ง",
        HEMP,
        MID,
        "Phrae",
        "th",
        "morhom.thunghong@phraeindigo.com",
        offers=[
            o("รับย้อมครามธรรมชาติ ลูกค้าส่งผ้ามาเอง ขั้นต่ำ 20 เมตร", "indigo_dyeing_service"),
            o("ผ้าฝ้ายย้อมครามขายเป็นหลา มีสีเข้ม-อ่อน", "indigo_dyed_fabric"),
            o("เสื้อม่อฮ่อมคอจีน ชาย-หญิง ไซซ์ S-3XL ราคาส่ง", "morhom_shirt"),
        ],
        needs=[
            n("ผ้าดิบฝ้าย 100% หน้ากว้าง 44 นิ้ว ไว้ย้อม", "cotton_greige_fabric"),
            n("ครามเปียก ปีละ 2 ตัน", "indigo_paste"),
        ],
        certs=["OTOP"],
    ),
    sme(
        "วิสาหกิจชุมชนผู้ปลูกครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        "th",
        "donkoi.kram@sakonindigo.org",
        offers=[
            o("เนื้อครามหมักพร้อมก่อหม้อ บรรจุถัง 20 กิโล", "indigo_paste"),
            o("ต้นครามสด ตัดส่งตอนเช้า ช่วง ก.ค.-ก.ย.", "indigo_plant_fresh"),
        ],
        needs=[
            u("ปูนขาวเกรดดีสำหรับทำเนื้อคราม ครั้งละ 1 ตัน", "slaked lime for making indigo paste"),
            n("อบรมการทำบัญชี คิดต้นทุนและตั้งราคาขาย", "business_training"),
        ],
        certs=["Organic Thailand"],
        bcg=["bio"],
    ),
    sme(
        "Bua Thai Lotus Fibre Studio",
        HEMP,
        MID,
        "Suphan Buri",
        "en",
        "hello@buathai-lotus.com",
        offers=[
            o("Hand-pulled lotus stem yarn, sold by the gram", "lotus_fibre_yarn"),
            o("Lotus-silk scarves, handwoven, gift boxed", "scarf_handwoven"),
        ],
        needs=[
            n("Looking for Thai native raw silk yarn (yellow cocoon), 10 kg per quarter", "silk_yarn_raw"),
            n("Help selling online: shop set-up, ads, photos", "online_marketing_service", "product_photography"),
        ],
        bcg=["bio"],
    ),
    sme(
        "สหกรณ์ผู้เลี้ยงไหมบ้านโคกเมือง",
        HEMP,
        UP,
        "Surin",
        "th",
        "kokmueang.silk@surinsilkcoop.org",
        offers=[
            o("รังไหมพันธุ์ไทยพื้นบ้าน รังเหลือง ขายเป็นกิโล", "silk_cocoons"),
            o("เส้นไหมน้อยสาวมือ ยังไม่ฟอก", "silk_yarn_raw"),
        ],
        needs=[
            u("ใบหม่อนเพิ่มช่วงหน้าแล้ง วันละ 200 กก.", "mulberry leaves to feed silkworms"),
            n("เครื่องสาวไหมแบบใช้มอเตอร์", "silk_reeling_machine"),
        ],
        bcg=["bio"],
    ),
    sme(
        "กลุ่มทอผ้าไหมมัดหมี่บ้านหนองบัวแดง",
        HEMP,
        MID,
        "Khon Kaen",
        "th",
        "nongbuadaeng.mudmee@kksilk.com",
        offers=[
            o("ผ้าไหมมัดหมี่ทอมือ ได้ตรานกยูงพระราชทาน ผืนละ 4 เมตร", "handwoven_silk_fabric"),
            o("ผ้าพันคอไหม ย้อมครั่ง", "scarf_handwoven"),
        ],
        needs=[
            n("เส้นไหมพื้นบ้าน (ไหมน้อย) เดือนละ 30 กิโล", "silk_yarn_raw"),
            n("ครั่งแห้งย้อมสีแดง", "lac_dye"),
            n("ออกแบบกล่อง/ถุงบรรจุภัณฑ์สำหรับผ้าไหมของฝาก", "packaging_design_service"),
        ],
        certs=["Thai Silk Peacock Emblem", "OTOP"],
    ),
    sme(
        "วิสาหกิจชุมชนเลี้ยงครั่งบ้านโนนศิลา",
        HEMP,
        UP,
        "Kalasin",
        "th",
        "nonsila.lac@kalasinlac.org",
        offers=[
            o("ครั่งดิบ (ครั่งกิ่ง) ตากแห้ง สำหรับย้อมผ้า", "lac_dye"),
        ],
        needs=[
            n("อยากได้เงินทุนหมุนเวียนดอกเบี้ยต่ำ ไว้ซื้อพันธุ์ครั่ง", "sme_loan"),
        ],
        bcg=["bio"],
    ),
    sme(
        "วิสาหกิจชุมชนใยกล้วยไข่คลองลาน",
        HEMP,
        UP,
        "Kamphaeng Phet",
        "th",
        "klonglan.banana@kpbananafibre.com",
        offers=[
            o("เส้นใยกาบกล้วยขูดตากแห้ง", "banana_fibre"),
            o("ด้ายใยกล้วยผสมฝ้าย ปั่นมือ", "banana_blend_yarn_handspun"),
        ],
        needs=[
            n("ฝ้ายเข็นมือสีขาวธรรมชาติ สำหรับผสมใยกล้วย", "cotton_yarn_handspun"),
            n("ช่วยออกแบบผลิตภัณฑ์จากใยกล้วยให้ขายได้จริง", "product_design_service"),
            n("หลักสูตรย้อมสีธรรมชาติให้สมาชิก 15 คน", "craft_training"),
        ],
        bcg=["bio", "circular"],
    ),
    sme(
        "Pina Fibre Thailand Co., Ltd.",
        HEMP,
        UP,
        "Prachuap Khiri Khan",
        "en",
        "info@pinafibre.co.th",
        offers=[
            o("Pineapple leaf fibre (PALF), degummed, 25 kg bales", "pineapple_leaf_fibre"),
            o("PALF/cotton blended yarn Ne 16/1, ring spun", "pineapple_blend_yarn"),
        ],
        needs=[
            u("Fresh pineapple leaves after harvest, delivered to Pranburi", "pineapple leaves from farms"),
            n("Yarn and fibre testing - tenacity, count, elongation", "textile_testing_service"),
        ],
        bcg=["bio", "circular"],
    ),
    sme(
        "กลุ่มเกษตรกรปลูกฝ้ายอินทรีย์ด่านซ้าย",
        HEMP,
        UP,
        "Loei",
        "th",
        "dansai.cotton@loeiorganic.org",
        offers=[
            o("ฝ้ายปุยอินทรีย์ยังไม่อีด (มีเมล็ด) ฝ้ายขาวและฝ้ายตุ่น", "seed_cotton"),
            o("ฝ้ายเข็นมือ เส้นใหญ่ สีธรรมชาติ", "cotton_yarn_handspun"),
        ],
        needs=[
            n("เครื่องอีดฝ้ายแบบมอเตอร์ ขนาดใช้ในกลุ่ม", "cotton_gin_machine"),
        ],
        certs=["Organic Thailand"],
        bcg=["bio", "green"],
    ),
    sme(
        "Siam Organic Spinning Co., Ltd.",
        HEMP,
        UP,
        "Saraburi",
        "en",
        "yarn@siamorganicspin.com",
        offers=[
            o("GOTS organic combed cotton yarn Ne 20/1 - 40/1", "organic_cotton_yarn"),
            o("Carded cotton yarn Ne 10/1 - 20/1, conventional, raw white", "cotton_yarn_machine"),
        ],
        needs=[
            n(
                "Organic seed cotton from Thai farms, Organic Thailand certificate required",
                "seed_cotton",
                certs=("Organic Thailand",),
            ),
            u("Ring frame spare parts: spindles, travellers, aprons", "spinning machine spare parts"),
        ],
        certs=["GOTS", "OEKO-TEX Standard 100", "ISO 9001"],
    ),
    sme(
        "Hemp Tribe Studio",
        HEMP,
        DOWN,
        "Chiang Mai",
        "en",
        "studio@hemptribe.co",
        offers=[
            o("Hemp tote bags, natural colour, 38 x 42 cm, MOQ 100", "hemp_bag"),
            o("Indigo hemp scarves, handwoven in Nan", "scarf_handwoven"),
        ],
        needs=[
            n(
                "Handwoven hemp cloth, plain or Hmong batik, 200 m per season",
                "handwoven_hemp_fabric",
                "hemp_batik_fabric",
            ),
            n("Logo printing on finished bags (we send the bags)", "screen_printing_service"),
            n("Indigo dyeing of our sewn hemp bags, commission work", "indigo_dyeing_service"),
        ],
        bcg=["bio"],
    ),
    sme(
        "บ้านสีธรรมชาติลำพูน",
        HEMP,
        MID,
        "Lamphun",
        "th",
        "baansee.lamphun@naturaldye-lp.com",
        offers=[
            o("รับย้อมสีธรรมชาติ ครั่ง ฝาง มะเกลือ ทั้งเส้นด้าย ผ้าผืน และเสื้อสำเร็จของลูกค้า", "natural_dyeing_service"),
            o("ด้ายฝ้ายย้อมสีธรรมชาติ พร้อมทอ มี 20 เฉดสี", "natural_dyed_cotton_yarn"),
        ],
        needs=[
            n("แก่นฝาง เปลือกประโหด ใบหูกวาง ตากแห้ง", "dye_plant_material"),
            n("ครั่ง", "lac_dye"),
            n("ด้ายฝ้ายสีขาวยังไม่ย้อม เบอร์ 20/2 ไว้ตุนสต็อก", "cotton_yarn_machine"),
        ],
        bcg=["bio", "green"],
    ),
    sme(
        "กลุ่มเก็บวัตถุดิบสีย้อมป่าชุมชนบ้านห้วยไคร้",
        HEMP,
        UP,
        "Uttaradit",
        "th",
        "huaikhrai.dye@uttdye.org",
        offers=[
            o("เปลือกประโหด แก่นขนุน ใบหูกวาง ตากแห้งบดหยาบ กิโลละ 60-150 บาท", "dye_plant_material"),
        ],
        needs=[
            n("ที่ปรึกษาช่วยยื่นขอมาตรฐานรับรอง", "certification_consulting"),
        ],
        bcg=["bio"],
    ),
    sme(
        "Doi Cotton Weavers Co-op",
        HEMP,
        MID,
        "Lampang",
        "en",
        "coop@doicottonweavers.org",
        offers=[
            o("Handloomed cotton cloth, 36 in wide, natural and plant-dyed", "handwoven_cotton_fabric"),
            o("Cotton pha khao ma, 80 x 180 cm, checked", "pakhaoma"),
        ],
        needs=[
            n("Need handspun cotton, natural white and brown", "cotton_yarn_handspun"),
            n("Plant-dyed cotton yarn in reds and yellows", "natural_dyed_cotton_yarn"),
        ],
        certs=["Fairtrade"],
    ),
    sme(
        "วิสาหกิจชุมชนนุ่นบ้านนาเฉลียง",
        HEMP,
        UP,
        "Phetchabun",
        "th",
        "nachaliang.kapok@pbkapok.com",
        offers=[
            o("นุ่นดีดแล้ว แยกเมล็ดสะอาด สำหรับยัดหมอน ที่นอน", "kapok_fill"),
        ],
        needs=[
            u("เครื่องดีดนุ่นมือสอง สภาพดี", "kapok cleaning/ginning machine"),
        ],
        bcg=["bio"],
    ),
    sme(
        "Green Hemp Living Co., Ltd.",
        HEMP,
        DOWN,
        "Bangkok",
        "en",
        "hello@greenhempliving.com",
        offers=[
            o("Hemp-cotton waffle bathrobes for spas and resorts", "bathrobe"),
        ],
        needs=[
            n("Machine-spun hemp yarn Nm 10 for towel weaving", "hemp_yarn_machine"),
            n("Hemp-cotton woven fabric, 150 cm wide - GOTS not needed", "hemp_cotton_fabric", waives=("GOTS",)),
            n(
                "Pineapple or banana fibre yarn for a small spa textile line",
                "pineapple_blend_yarn",
                "banana_blend_yarn_handspun",
            ),
        ],
        bcg=["bio"],
    ),
    sme(
        "บจก.ไทยเฮมพ์เท็กซ์ไทล์",
        HEMP,
        MID,
        "Chiang Rai",
        "th",
        "sales@thaihemptextile.co.th",
        offers=[
            o("ผ้ากัญชงผสมฝ้ายทอเครื่อง หน้ากว้าง 150 ซม. 200 แกรม", "hemp_cotton_fabric"),
            o("ผ้ากัญชง 100% ทอเครื่อง ยังไม่ฟอก", "hemp_fabric_machine_woven"),
        ],
        needs=[
            n("ด้ายกัญชงปั่นเครื่อง Nm 10-14", "hemp_yarn_machine"),
            n("ด้ายฝ้ายปั่นเครื่องสำหรับทำด้ายยืน", "cotton_yarn_machine"),
        ],
        bcg=["bio"],
    ),
    # ---------------------------------------------------------- circular textile
    sme(
        "Bangkok Second-Life Sorting Co., Ltd.",
        CIRC,
        UP,
        "Samut Prakan",
        "en",
        "ops@secondlife-sorting.co.th",
        offers=[
            o(
                "Sorted second-hand clothing by grade and fibre (cotton, denim, polyester), 45 kg bales",
                "used_clothing_sorted_by_fibre",
            ),
            o(
                "Non-wearable cotton cut into rags, for wiping or fibre recycling. Line ID: secondlife.bkk",
                "cotton_rags",
            ),
        ],
        needs=[
            n("Unsorted used clothes from donation points, by the tonne", "used_clothing_mixed"),
            n("Worn-out hotel and hospital linen (sheets, towels)", "discarded_linen"),
        ],
        bcg=["circular"],
    ),
    sme(
        "บจก.ระยองกรีนไฟเบอร์",
        CIRC,
        UP,
        "Rayong",
        "th",
        "sales@rayonggreenfiber.co.th",
        offers=[
            o("เส้นใยโพลีเอสเตอร์รีไซเคิลจากขวด PET (rPET staple) 1.4D-15D", "rpet_staple_fibre"),
            o("ใยโพลีเอสเตอร์รีไซเคิลแบบกลวง เคลือบซิลิโคน สำหรับยัดหมอนและผ้านวม", "recycled_fibre_fill"),
        ],
        needs=[
            n("รับซื้อขวด PET ใส อัดก้อน คัดสีแล้ว เดือนละ 200 ตัน", "pet_bottles_baled"),
            u("เกล็ด PET ล้างร้อนแล้ว พร้อมหลอม", "hot-washed PET flakes"),
        ],
        certs=["GRS", "ISO 14001"],
        bcg=["circular", "green"],
    ),
    sme(
        "ร้านรับซื้อของเก่า ส.เจริญรีไซเคิล",
        CIRC,
        UP,
        "Khon Kaen",
        "th",
        "sjaroen.recycle@kkscrap.com",
        offers=[
            o("ขวดน้ำดื่มพลาสติกใส (PET) อัดก้อน ก้อนละ 200 กก. ของแห้ง ไม่มีน้ำปน ราคาดี", "pet_bottles_baled"),
            o("เสื้อผ้าเก่าคละไซซ์ ชั่งกิโลขาย ยังไม่คัด", "used_clothing_mixed"),
        ],
        needs=[
            u("เครื่องอัดก้อนไฮดรอลิกมือสอง", "hydraulic baling press"),
        ],
        bcg=["circular"],
    ),
    sme(
        "EcoYarn Siam Co., Ltd.",
        CIRC,
        UP,
        "Samut Sakhon",
        "en",
        "info@ecoyarnsiam.com",
        offers=[
            o(
                "Recycled cotton/rPET yarn Ne 12/1 and 16/1, colour from sorted waste, no re-dyeing",
                "recycled_cotton_blend_yarn",
            ),
            o("rPET filament yarn 75D/72F and 150D/144F", "rpet_filament_yarn"),
        ],
        needs=[
            n("Pre-consumer cotton cutting waste sorted by colour, 20 t/month", "cutting_waste"),
            n("rPET staple fibre 1.4D x 38 mm, GRS certified", "rpet_staple_fibre", certs=("GRS",)),
            n("Opened (garnetted) recycled cotton fibre", "recycled_cotton_fibre"),
        ],
        certs=["GRS", "OEKO-TEX Standard 100"],
        bcg=["circular"],
    ),
    sme(
        "บจก.ชลบุรีการ์เมนต์ (1999)",
        CIRC,
        MID,
        "Chonburi",
        "th",
        "purchase@chonburigarment.co.th",
        offers=[
            o("เศษผ้าตัดจากโรงงาน คอตตอน 100% คัดสีแล้ว ขายเป็นตัน", "cutting_waste"),
            o("รับผลิตเสื้อโปโลและชุดพนักงาน ปักโลโก้ ขั้นต่ำ 300 ตัว", "staff_uniform"),
        ],
        needs=[
            n("ผ้าโพลีเอสเตอร์รีไซเคิลสำหรับเสื้อโปโล ต้องมีใบรับรอง GRS", "recycled_polyester_knit_fabric", certs=("GRS",)),
        ],
        certs=["ISO 9001"],
        bcg=["circular"],
    ),
    sme(
        "Re:Born Bag Studio",
        CIRC,
        DOWN,
        "Bangkok",
        "en",
        "hi@rebornbags.co",
        offers=[
            o("Upcycled totes and laptop sleeves made from retired hotel linen", "upcycled_bag"),
        ],
        needs=[
            n("Wanted: discarded hotel sheets and towels, clean, white or cream", "discarded_linen"),
            n("Sewing group for small runs - we supply cut panels", "sewing_cmt_service"),
            n("Screen printing on canvas bags, 1-2 colours", "screen_printing_service"),
        ],
        bcg=["circular"],
    ),
    sme(
        "บจก.สยามนีดเดิลพันช์",
        CIRC,
        MID,
        "Phra Nakhon Si Ayutthaya",
        "th",
        "contact@siamneedlepunch.co.th",
        offers=[
            o("แผ่นใยอัดนอนวูฟเวนจากเศษผ้ารีไซเคิล หนา 3-10 มม. ใช้รองพรม บุรถยนต์", "recycled_needlepunch_felt"),
            o("ใยเศษผ้าตีเปื่อยสำหรับยัดเบาะ ที่นอนราคาประหยัด", "shoddy_fill"),
        ],
        needs=[
            n("รับซื้อเศษผ้าจากโรงงานตัดเย็บ ทุกชนิด ทุกสี", "cutting_waste"),
            n("เสื้อผ้าเก่าที่ใส่ไม่ได้แล้ว ผ้าขี้ริ้ว", "used_clothing_mixed", "cotton_rags"),
        ],
        bcg=["circular"],
    ),
    sme(
        "บจก.คลีนเมด ลอนดรี้ เซอร์วิส",
        CIRC,
        DOWN,
        "Nonthaburi",
        "th",
        "service@cleanmedlaundry.co.th",
        offers=[
            o("บริการซักอบผ้าโรงพยาบาล แยกผ้าติดเชื้อ รับ-ส่งถึงที่", "hospital_laundry_service"),
            o("ผ้าปูเตียงและชุดผู้ป่วยที่ปลดระวางแล้ว ขายชั่งกิโล", "discarded_linen"),
        ],
        needs=[
            n("ผ้าปูเตียงโรงพยาบาล ทนคลอรีน ทดแทนของเก่าเดือนละ 500 ผืน", "hospital_bed_sheet"),
            u("ถุงผ้าใส่ผ้าเปื้อน สีเหลือง/สีขาว ทนคลอรีน", "chlorine-resistant linen bags"),
        ],
        certs=["ISO 9001"],
        bcg=["circular"],
    ),
    sme(
        "GreenLoop Knitting Co., Ltd.",
        CIRC,
        MID,
        "Samut Prakan",
        "en",
        "sales@greenloopknit.com",
        offers=[
            o("rPET single jersey and pique, 160-220 gsm, dyed to order", "recycled_polyester_knit_fabric"),
            o("Quick-dry rPET mesh for sportswear linings", "recycled_polyester_knit_fabric"),
        ],
        needs=[
            n("GRS rPET filament yarn 75D/72F", "rpet_filament_yarn", certs=("GRS",)),
        ],
        certs=["GRS", "bluesign"],
        bcg=["circular"],
    ),
    sme(
        "กลุ่มแม่บ้านตัดเย็บผ้ารีไซเคิลหนองแขม",
        CIRC,
        DOWN,
        "Bangkok",
        "th",
        "nongkhaem.sewing@bkkcommunity.org",
        offers=[
            o("รับเย็บตามออเดอร์ ลูกค้าส่งผ้ามาเอง งานล็อตเล็ก 50 ชิ้นขึ้นไป", "sewing_cmt_service"),
            o("กระเป๋าผ้าและผ้ากันเปื้อนทำจากผ้าปูที่นอนเก่า", "upcycled_bag"),
        ],
        needs=[
            n("จักรเย็บผ้าอุตสาหกรรมมือสอง 5 หลัง", "sewing_machine"),
            n("เศษผ้าชิ้นใหญ่ ขนาดเกิน A4", "cutting_waste"),
        ],
        bcg=["circular"],
    ),
    sme(
        "ร้านเสื้อผ้ามือสองโรงเกลือ เจ๊ติ๋ม",
        CIRC,
        DOWN,
        "Sa Kaeo",
        "th",
        "jetim.rongkluea@skmarket.com",
        offers=[
            o("เสื้อผ้ามือสองคัดเกรด A ขายยกกระสอบ 100 กิโล สนใจทักไลน์", "used_clothing_sorted"),
        ],
        needs=[
            n("เสื้อผ้ามือสองยังไม่คัด ยกกระสอบ มาคัดเอง", "used_clothing_mixed"),
        ],
        bcg=["circular"],
    ),
    sme(
        "Circular Advisory Thailand Co., Ltd.",
        CIRC,
        DOWN,
        "Bangkok",
        "en",
        "contact@circularadvisory.co.th",
        offers=[
            o("GRS / RCS and organic certification readiness, traceability set-up", "certification_consulting"),
            o("Carbon footprint (CFO / CFP) reports for textile SMEs", "carbon_footprint_service"),
        ],
        bcg=["circular", "green"],
    ),
    sme(
        "วิสาหกิจชุมชนพรมทอเศษผ้าบ้านหนองโน",
        CIRC,
        MID,
        "Maha Sarakham",
        "th",
        "nongno.rugs@msrugs.org",
        offers=[
            o("พรมเช็ดเท้าทอจากเศษผ้ายืด 40x60 ซม. ซักได้", "rag_rug"),
            o("ผ้าทอกี่กระตุกจากเศษผ้า ขายเป็นเมตร", "rag_woven_fabric"),
        ],
        needs=[
            n("เศษผ้ายืดริมผ้าเป็นเส้นยาว ชั่งกิโล", "cutting_waste"),
            n("กี่กระตุกเพิ่ม 3 หลัง", "handloom"),
        ],
        bcg=["circular"],
    ),
    sme(
        "Sea Breeze Resort & Spa Phuket",
        CIRC,
        DOWN,
        "Phuket",
        "en",
        "purchasing@seabreezephuket.com",
        offers=[
            o("Retired bed sheets and towels, laundered, about 300 kg a quarter", "discarded_linen"),
        ],
        needs=[
            n("Bath mats woven from recycled textiles", "rag_rug"),
            n("Hotel bed linen, 300 TC sateen, white, king and queen", "hotel_bed_linen"),
            n("Spa therapist uniforms, breathable, 60 sets", "spa_uniform"),
        ],
        bcg=["circular", "green"],
    ),
    sme(
        "วิสาหกิจชุมชนธนาคารผ้าเก่าปากน้ำโพ",
        CIRC,
        UP,
        "Nakhon Sawan",
        "th",
        "paknampho.clothbank@nswcloth.org",
        offers=[
            o("เสื้อผ้าเก่าจากจุดรับบริจาค ชั่งกิโล ยังไม่ได้คัด", "used_clothing_mixed"),
            o("ผ้าขี้ริ้วคอตตอนตัดพร้อมใช้ สำหรับอู่รถ โรงงาน", "cotton_rags"),
        ],
        needs=[
            n("ทุนซื้อรถกระบะรับผ้า ผ่อนได้", "sme_loan"),
        ],
        bcg=["circular"],
    ),
    sme(
        "Loop Denim Chiang Mai",
        CIRC,
        DOWN,
        "Chiang Mai",
        "en",
        "loopdenim.cm@loopdenim.com",
        offers=[
            o("Upcycled denim bags and aprons", "upcycled_bag"),
        ],
        needs=[
            n("Old jeans sorted out of second-hand bales, by the kilo", "used_clothing_sorted_by_fibre"),
            n("Sewing contractor for denim bags, 200 pcs a month", "sewing_cmt_service"),
        ],
        bcg=["circular"],
    ),
    sme(
        "บจก.มหาชัยรีไซเคิลไฟเบอร์",
        CIRC,
        UP,
        "Samut Sakhon",
        "th",
        "mahachai.fiber@mcrecycle.co.th",
        offers=[
            o("ใยฝ้ายรีไซเคิลจากเศษผ้า ตีเปิดเส้นใยแล้ว สำหรับปั่นด้าย", "recycled_cotton_fibre"),
        ],
        needs=[
            n("เศษผ้าคอตตอนก่อนผู้บริโภค คัดสี", "cutting_waste"),
        ],
        certs=["RCS"],
        bcg=["circular"],
    ),
    sme(
        "EcoUniform Co., Ltd.",
        CIRC,
        DOWN,
        "Bangkok",
        "en",
        "sales@ecouniform.co.th",
        offers=[
            o("Hotel front-office uniforms in rPET/cotton", "staff_uniform"),
        ],
        needs=[
            n("Recycled polyester knit, GRS", "recycled_polyester_knit_fabric", certs=("GRS",)),
        ],
        bcg=["circular"],
    ),
    # ---------------------------------------------------------- sportech
    sme(
        "บจก.ไทยสแปนเด็กซ์นิตติ้ง",
        SPORT,
        MID,
        "Samut Sakhon",
        "th",
        "sales@thaispandexknit.co.th",
        offers=[
            o("ผ้ายืดไนลอนสแปนเด็กซ์ 4 ทิศทาง 220-280 แกรม", "nylon_spandex_knit"),
            o("ผ้าเพาเวอร์เน็ตแรงรัดสูง สำหรับชุดกระชับ", "power_mesh_fabric"),
            o("ผ้าถักโพลีเอสเตอร์รีไซเคิลจากขวด PET 150 แกรม (อยู่ระหว่างยื่นขอ GRS)", "recycled_polyester_knit_fabric"),
        ],
        needs=[
            n("ตกแต่งผ้าให้แห้งไว ซับเหงื่อ (ส่งผ้าของเราไปทำ)", "functional_finishing_service"),
            u("เส้นด้ายสแปนเด็กซ์ 40D/70D ล็อตละ 1 ตัน", "spandex (elastane) bare yarn"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        "ProSub Print Co., Ltd.",
        SPORT,
        MID,
        "Bangkok",
        "en",
        "print@prosubprint.com",
        offers=[
            o("Sublimation printing on polyester rolls or cut panels, 1.6 m wide", "sublimation_printing_service"),
            o("Full-print team jerseys, 20 pcs minimum, 10-day lead time", "sports_jersey_printed"),
        ],
        needs=[
            n(
                "White polyester knit for sublimation, 140-160 gsm",
                "polyester_sport_knit",
                "recycled_polyester_knit_fabric",
            ),
            u("Sublimation transfer paper 100 g/m2, jumbo rolls", "sublimation transfer paper"),
        ],
    ),
    sme(
        "บจก.ฟังก์ชันนัล ฟินิชชิ่ง (ไทยแลนด์)",
        SPORT,
        MID,
        "Pathum Thani",
        "th",
        "lab@functionalfinishing.co.th",
        offers=[
            o("รับตกแต่งผ้า แห้งเร็ว ดูดซับเหงื่อ กันยูวี (ผ้าของลูกค้า)", "functional_finishing_service"),
            o("ตกแต่งสารต้านแบคทีเรีย กันกลิ่น สำหรับผ้าโรงพยาบาลและถุงเท้า", "antimicrobial_finishing_service"),
        ],
        needs=[
            n("ห้องแล็บทดสอบฤทธิ์ต้านแบคทีเรียตาม AATCC 100", "textile_testing_service"),
        ],
        certs=["bluesign", "ISO 9001"],
    ),
    sme(
        "Kinetic Compression Co., Ltd.",
        SPORT,
        DOWN,
        "Bangkok",
        "en",
        "team@kineticcompression.com",
        offers=[
            o("Graduated compression running tights and calf sleeves (15-20 mmHg)", "compression_sportswear"),
        ],
        needs=[
            n("Seeking warp-knitted power mesh, nylon/elastane, 20-30% elastane", "power_mesh_fabric"),
            n("Flatlock sewing for activewear, 300 pcs per style", "activewear_sewing_service"),
        ],
    ),
    sme(
        "Andaman Tri & Run Club",
        SPORT,
        DOWN,
        "Phuket",
        "en",
        "committee@andamantri.club",
        needs=[
            n("Compression calf sleeves for members", "compression_sportswear"),
        ],
    ),
    sme(
        "บจก.สปอร์ตซัพพอร์ต ไทย",
        SPORT,
        DOWN,
        "Nakhon Pathom",
        "th",
        "order@sportsupportthai.com",
        offers=[
            o("สนับเข่า สนับข้อเท้า สนับศอก ผ้านีโอพรีน ใส่เล่นกีฬา", "sports_support_brace"),
        ],
        needs=[
            u("ผ้านีโอพรีนหนา 3 มม. ปิดผ้าทั้งสองด้าน", "neoprene sheet laminated both sides"),
            n("หาเทปตีนตุ๊กแก หน้ากว้าง 5 ซม. ม้วนละ 25 หลา", "hook_loop_tape"),
        ],
    ),
    sme(
        "หจก.สมบูรณ์อุปกรณ์ตัดเย็บ",
        SPORT,
        MID,
        "Bangkok",
        "th",
        "somboon.trims@sampengtrims.com",
        offers=[
            o("เทปตีนตุ๊กแก (เวลโคร) ขาว-ดำ หลายขนาด ขายยกม้วน", "hook_loop_tape"),
            o("ยางยืดทอ/ยางยืดถัก หน้ากว้าง 1-5 ซม.", "elastic_tape"),
            o("กระดุมแม่เหล็กแบบเย็บซ่อน สำหรับเสื้อผู้สูงอายุ", "magnetic_fastener"),
            o("ด้ายเย็บโพลีเอสเตอร์ 40/2 หลอดใหญ่ โทร 02-555-0147", "sewing_thread"),
        ],
    ),
    sme(
        "3D Mesh Tech Co., Ltd.",
        SPORT,
        MID,
        "Rayong",
        "en",
        "sales@3dmeshtech.com",
        offers=[
            o("3D spacer mesh 3-10 mm, breathable, for seat cushions, mattresses and shoes", "spacer_fabric_3d"),
            o("Anti-slip silicone dot fabric", "anti_slip_fabric"),
        ],
        needs=[
            n("Polyester filament yarn 150D, recycled accepted", "rpet_filament_yarn"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        "บจก.มวยไทยเกียร์ โปร",
        SPORT,
        DOWN,
        "Nonthaburi",
        "th",
        "muaythaigearpro@mtgear.co.th",
        offers=[
            o("กางเกงมวยไทยผ้าซาติน ปักชื่อค่าย", "muay_thai_shorts"),
            o("ผ้าพันมือนักมวย ผ้ายืดคอตตอน ยาว 4.5 เมตร", "hand_wraps"),
        ],
        needs=[
            u("ผ้าซาตินโพลีเอสเตอร์สีสด หน้ากว้าง 60 นิ้ว", "polyester satin fabric"),
            n("ปักโลโก้ค่ายมวยลงกางเกง (ส่งกางเกงไปปัก)", "embroidery_service"),
            n("ยางยืดเอวกางเกง 2 นิ้ว", "elastic_tape"),
        ],
    ),
    sme(
        "ร้านดีไซน์ปัก ชลบุรี",
        SPORT,
        MID,
        "Chonburi",
        "th",
        "designpak.chonburi@dpak.co.th",
        offers=[
            o("รับปักจักรคอมพิวเตอร์ โลโก้บนเสื้อ หมวก ผ้าขนหนู ลูกค้าส่งงานมาเอง", "embroidery_service"),
            o("รับสกรีนเสื้อ ถุงผ้า บล็อกสกรีน 1-4 สี", "screen_printing_service"),
        ],
        needs=[
            u("ด้ายปักเรยอน 120D ครบสี", "rayon embroidery thread"),
        ],
    ),
    sme(
        "Runner's Loop Co., Ltd.",
        SPORT,
        DOWN,
        "Bangkok",
        "en",
        "crew@runnersloop.co",
        offers=[
            o("Running shirts made from recycled bottles, sold online", "sports_shirt"),
        ],
        needs=[
            n("GRS-certified rPET knit fabric, 130-150 gsm", "recycled_polyester_knit_fabric", certs=("GRS",)),
            n("Activewear sewing (flatlock), 300 pcs per colour", "activewear_sewing_service"),
        ],
        bcg=["circular"],
    ),
    sme(
        "โรงงานตัดเย็บชุดกีฬา ป.รุ่งเรือง",
        SPORT,
        MID,
        "Ratchaburi",
        "th",
        "porungruang.sport@prrsport.com",
        offers=[
            o("รับตัดเย็บชุดกีฬา จักรลาลูกโซ่ (flatlock) ผ้ายืด ขั้นต่ำ 100 ตัว", "activewear_sewing_service"),
            o("เสื้อกีฬาคอกลมสีพื้น ขายส่งเป็นโหล", "sports_shirt_plain"),
        ],
        needs=[
            n("ผ้าไมโครโพลีเอสเตอร์ (ผ้ากีฬา) สีพื้น", "polyester_sport_knit", "recycled_polyester_knit_fabric"),
            n("ส่งผ้าไปพิมพ์ซับลิเมชั่นลายทีม", "sublimation_printing_service"),
        ],
    ),
    sme(
        "Thai Sport Knit Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        "en",
        "sales@thaisportknit.com",
        offers=[
            o("Polyester micro-eye and bird-eye knit, 130-170 gsm - best price, fast delivery", "polyester_sport_knit"),
            o("Cool-touch nylon jersey for cooling towels and arm sleeves", "cooling_knit_fabric"),
        ],
        needs=[
            n(
                "Wicking and anti-odour finishing on commission",
                "functional_finishing_service",
                "antimicrobial_finishing_service",
            ),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        "PhysioPlus Rehab & Sports Clinic Hat Yai",
        SPORT,
        DOWN,
        "Songkhla",
        "en",
        "admin@physioplus-hatyai.com",
        needs=[
            n("Knee and ankle supports for sports injuries", "sports_support_brace"),
            n(
                "Medical compression stockings class 2, Thai FDA registered",
                "medical_compression_stocking",
                certs=("Thai FDA",),
            ),
            u("Kinesiology tape rolls, 5 cm", "kinesiology tape"),
        ],
    ),
    sme(
        "ร้านบุรีรัมย์สปอร์ตแวร์",
        SPORT,
        DOWN,
        "Buriram",
        "th",
        "buriramsportwear@brsport.com",
        offers=[
            o("ขายปลีก-ส่งเสื้อแฟนบอลและของที่ระลึกทีม", "sports_merch_retail"),
        ],
        needs=[
            n("เสื้อแฟนบอลพิมพ์ซับลิเมชั่นทั้งตัว 2,000 ตัว ส่งก่อนเปิดฤดูกาล", "sports_jersey_printed"),
            u("ผ้าพันคอเชียร์ถักไหมพรม สีทีม", "knitted supporters' scarves"),
        ],
    ),
    sme(
        "บจก.โคราชถุงเท้า",
        SPORT,
        MID,
        "Nakhon Ratchasima",
        "th",
        "koratsocks@koratsocks.co.th",
        offers=[
            o("ถุงเท้ากีฬา ข้อสั้น-ข้อยาว พื้นหนา", "sports_socks"),
            o("รับถักถุงเท้าตามแบบ ใส่โลโก้ ขั้นต่ำ 500 คู่", "sports_socks"),
        ],
        needs=[
            n("ด้ายยางหุ้ม สแปนเด็กซ์หุ้มไนลอน", "covered_elastic_yarn"),
            n("ด้ายคอตตอน Ne 20 ถักถุงเท้า", "cotton_yarn_machine"),
        ],
    ),
    sme(
        "บจก.สยามคัฟเวอร์ยาร์น",
        SPORT,
        UP,
        "Samut Prakan",
        "th",
        "sales@siamcoveredyarn.co.th",
        offers=[
            o("ด้ายยางหุ้ม (covered yarn) สแปนเด็กซ์หุ้มไนลอน แบบ SCY/DCY", "covered_elastic_yarn"),
        ],
        certs=["ISO 9001"],
    ),
    # ---------------------------------------------------------- ageing lifestyle, central
    sme(
        "โรงพยาบาลเมืองลพบุรีเวชการ",
        CENTRAL,
        DOWN,
        "Lopburi",
        "th",
        "purchasing@lbvejchakarn-hospital.com",
        needs=[
            n("ต้องการผ้าปูเตียงผู้ป่วยสีฟ้า ผ้าโพลีผสมคอตตอน 200 ผืน", "hospital_bed_sheet"),
            n("เสื้อผ้าคนไข้ ผูกหลัง ชาย-หญิง", "patient_gown"),
            n("ผ้ายกตัวผู้ป่วย (ผ้าสไลด์) สำหรับวอร์ดศัลยกรรม", "patient_transfer_sheet"),
            n("แผ่นรองซับใช้แล้วทิ้ง 60x90 ต้องมีเลขทะเบียน อย.", "disposable_underpad", certs=("Thai FDA",)),
        ],
    ),
    sme(
        "บจก.เมดิเท็กซ์ (ไทยแลนด์)",
        CENTRAL,
        DOWN,
        "Nonthaburi",
        "th",
        "sales@meditexthai.co.th",
        offers=[
            o("ผ้าปูเตียงผู้ป่วย ผ้าทีซี ทนซักอุณหภูมิสูงและคลอรีน", "hospital_bed_sheet"),
            o("ชุดคนไข้ เสื้อคลุมผูกหลัง กางเกงเอวยาง", "patient_gown"),
            o("ชุดสครับแพทย์-พยาบาล สีกรม เขียว ฟ้า", "scrubs"),
        ],
        needs=[
            n("ผ้าทีซี (โพลีคอตตอน) 65/35 สีฟ้าและขาว หน้ากว้าง 90 นิ้ว", "tc_woven_fabric"),
            n("ส่งผ้าไปตกแต่งสารต้านเชื้อแบคทีเรีย", "antimicrobial_finishing_service"),
        ],
        certs=["ISO 13485", "ISO 9001"],
    ),
    sme(
        "CareGlide Medical Co., Ltd.",
        CENTRAL,
        DOWN,
        "Pathum Thani",
        "en",
        "info@careglidemedical.com",
        offers=[
            o("Patient slide sheets, low-friction nylon with handles, 70 x 200 cm", "patient_transfer_sheet"),
            o("Tubular glide sheets for turning patients in bed", "patient_transfer_sheet"),
        ],
        needs=[
            n("Silicone-coated ripstop nylon, low friction, 1,000 m", "low_friction_coated_fabric"),
            u("Polypropylene webbing 25 mm for handles", "PP webbing"),
        ],
        certs=["ISO 13485"],
    ),
    sme(
        "บจก.ไทยโค้ทติ้งเท็กซ์",
        CENTRAL,
        MID,
        "Samut Prakan",
        "th",
        "sales@thaicoatingtex.co.th",
        offers=[
            o("ผ้ากันน้ำลามิเนต TPU ยืดได้ ระบายอากาศ สำหรับผ้ารองกันเปื้อน ปลอกที่นอน", "waterproof_laminated_fabric"),
            o("รับเคลือบผ้า PU/ซิลิโคน/อะคริลิก ผ้าของลูกค้า ขั้นต่ำ 500 หลา", "coating_service"),
            o("ผ้าไนลอนริปสต็อปเคลือบซิลิโคน ผิวลื่น", "low_friction_coated_fabric"),
        ],
        needs=[
            u("ผ้าไนลอนริปสต็อปดิบ ยังไม่เคลือบ", "uncoated nylon ripstop greige"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    sme(
        "บจก.ซีเนียร์แคร์ ไฮยีน",
        CENTRAL,
        DOWN,
        "Chachoengsao",
        "th",
        "sales@seniorcarehygiene.co.th",
        offers=[
            o("ผ้าอ้อมผู้ใหญ่แบบเทปกาว ซึมซับดีเยี่ยม ไม่อับชื้น ไซซ์ M-XL ลังละ 6 ห่อ", "adult_diaper_disposable"),
            o("กางเกงซึมซับผู้ใหญ่ แบบสวม ใช้ครั้งเดียวทิ้ง", "adult_diaper_disposable"),
            o("แผ่นรองซับ 45x70 และ 60x90 ซม.", "disposable_underpad"),
        ],
        needs=[
            n("ต้องการผ้าสปันบอนด์ PP ชนิดชอบน้ำ 15-20 แกรม", "spunbond_nonwoven"),
            u("เยื่อกระดาษ fluff pulp และผงซึมซับ SAP", "fluff pulp and superabsorbent polymer"),
        ],
        certs=["Thai FDA", "ISO 13485"],
    ),
    sme(
        "Siam Spunbond Co., Ltd.",
        CENTRAL,
        MID,
        "Rayong",
        "en",
        "sales@siamspunbond.com",
        offers=[
            o("PP spunbond and SMS nonwoven 10-80 gsm for diapers, underpads and masks", "spunbond_nonwoven"),
        ],
        needs=[
            u("Recycled PP pellets, food grade not required", "recycled polypropylene resin"),
        ],
        certs=["ISO 9001"],
    ),
    sme(
        "Dry & Dignity Washable Care",
        CENTRAL,
        DOWN,
        "Chiang Mai",
        "en",
        "care@drydignity.com",
        offers=[
            o("Washable incontinence briefs, 4-layer, lasts 200 washes", "adult_diaper_washable"),
            o("Reusable bed pads with tuck-in wings, 85 x 90 cm", "washable_underpad"),
        ],
        needs=[
            n(
                "Waterproof breathable PUL/TPU laminate, OEKO-TEX certified",
                "waterproof_laminated_fabric",
                certs=("OEKO-TEX Standard 100",),
            ),
            n("Cotton or bamboo terry by the metre for the absorbent layer", "terry_fabric"),
        ],
        bcg=["circular"],
    ),
    sme(
        "Golden Age Residence Hua Hin",
        CENTRAL,
        DOWN,
        "Prachuap Khiri Khan",
        "en",
        "admin@goldenagehuahin.com",
        needs=[
            n("Washable draw sheets / bed protectors for 40 beds", "washable_underpad"),
            n("Adaptive clothing: open-back tops, easy-dress trousers", "adaptive_clothing"),
            n("We need disposable adult diapers, tape type, monthly supply", "adult_diaper_disposable"),
            n("Pressure-relief seat cushions for wheelchairs", "pressure_relief_cushion"),
        ],
    ),
    sme(
        "ซิลเวอร์แวร์ บ้านผ้าสูงวัย",
        CENTRAL,
        DOWN,
        "Bangkok",
        "th",
        "silverwear.shop@silverwearthai.com",
        offers=[
            o("เสื้อผู้สูงอายุผ่าหน้า ติดกระดุมแม่เหล็ก ใส่ง่ายสำหรับผู้ป่วยอัมพฤกษ์", "adaptive_clothing"),
            o("กางเกงเอวยางยืด ซิปข้างเปิดได้ทั้งขา สำหรับผู้ป่วยติดเตียง", "adaptive_clothing"),
            o("ผ้ากันเปื้อนผู้ใหญ่ ด้านหลังกันน้ำ", "adult_bib"),
        ],
        needs=[
            n("อยากได้กระดุมแม่เหล็กขนาด 12-15 มม. ราคาส่ง", "magnetic_fastener"),
            n("ผ้ายืดคอตตอน 100% สีอ่อน เนื้อนุ่ม", "cotton_knit_fabric"),
        ],
    ),
    sme(
        "บจก.เพรสเชอร์แคร์ โปรดักส์",
        ISAN,
        DOWN,
        "Khon Kaen",
        "th",
        "sales@pressurecareproducts.co.th",
        offers=[
            o("เบาะรองนั่งป้องกันแผลกดทับ เจลผสมโฟม สำหรับรถเข็น", "pressure_relief_cushion"),
            o("หมอนจัดท่าตะแคง รูปลิ่ม 30 องศา", "positioning_pillow"),
            o("ที่นอนยางพาราป้องกันแผลกดทับ แบ่ง 3 ตอน", "pressure_relief_mattress"),
        ],
        needs=[
            n("ผ้า 3D spacer mesh ระบายอากาศ หนา 5-10 มม.", "spacer_fabric_3d"),
            n("ยางพาราแผ่นฟองน้ำ (ลาเท็กซ์) ตัดตามแบบ", "latex_foam"),
            n("ผ้าหุ้มกันน้ำ เช็ดฆ่าเชื้อได้", "waterproof_laminated_fabric"),
        ],
        certs=["ISO 13485"],
    ),
    sme(
        "สหกรณ์กองทุนสวนยางบ้านควนเนียง",
        CENTRAL,
        MID,
        "Songkhla",
        "th",
        "khuanniang.rubber@sklrubbercoop.org",
        offers=[
            o("ฟองน้ำยางพารา (ลาเท็กซ์โฟม) หนา 2-6 นิ้ว ตัดตามแบบ", "latex_foam"),
            o("หมอนยางพาราทรงมาตรฐานและทรงคลื่น", "latex_pillow"),
        ],
        needs=[
            n("หาคนรับเย็บปลอกที่นอน เราส่งผ้าไปให้", "sewing_cmt_service"),
        ],
        bcg=["bio"],
    ),
    sme(
        "วิสาหกิจชุมชนลูกประคบบ้านสวนสมุนไพร",
        CENTRAL,
        DOWN,
        "Nakhon Nayok",
        "th",
        "baansuan.prakob@nynherb.com",
        offers=[
            o("ลูกประคบสมุนไพรแห้ง 150 และ 250 กรัม ห่อผ้าดิบ เก็บได้ 6 เดือน", "herbal_compress"),
            o("ลูกประคบสดสั่งทำ ส่งทุกสัปดาห์ กรุงเทพฯ-ปริมณฑล", "herbal_compress"),
        ],
        needs=[
            n("ผ้าดิบ/ผ้ามัสลิน สำหรับห่อลูกประคบ ตัด 40x40 ซม.", "cotton_greige_fabric"),
            n("ไพลแห้ง ขมิ้นชัน ตะไคร้ ไม่ต้องมีมาตรฐานเกษตรอินทรีย์", "compress_herbs", waives=("Organic Thailand",)),
        ],
        certs=["OTOP"],
    ),
    sme(
        "วิสาหกิจชุมชนสมุนไพรดงบัง",
        CENTRAL,
        UP,
        "Prachinburi",
        "th",
        "dongbang.herb@pcbherb.org",
        offers=[
            o("ไพล ขมิ้นชัน ตะไคร้ หั่นอบแห้ง บรรจุถุง 5 กก.", "compress_herbs"),
            o("ห่อประคบสมุนไพรสูตรโบราณ 200 กรัม", "herbal_compress"),
        ],
        needs=[
            n("ผ้าฝ้ายทอมือสำหรับห่อลูกประคบเกรดพรีเมียม", "handwoven_cotton_fabric"),
        ],
        certs=["Organic Thailand"],
        bcg=["bio"],
    ),
    sme(
        "Lanna Thai Spa & Wellness",
        CENTRAL,
        DOWN,
        "Chiang Mai",
        "en",
        "spa@lannathaispa.com",
        needs=[
            n("Fresh herbal compress balls, weekly delivery", "herbal_compress"),
            n("Spa towels 70 x 140 cm, white or brown, bleach-resistant", "towel"),
            n("Therapist wear: mor hom indigo shirts", "morhom_shirt", "spa_uniform"),
            n("Handwoven cotton pha khao ma for guests", "pakhaoma"),
        ],
    ),
    sme(
        "บจก.ไทยเทอร์รี่ ทาวเวล",
        CENTRAL,
        MID,
        "Nakhon Pathom",
        "th",
        "sales@thaiterrytowel.co.th",
        offers=[
            o("ผ้าขนหนูโรงแรมและสปา 16 ปอนด์ สีขาว", "towel"),
            o("ผ้าขนหนูเป็นม้วน (terry) สำหรับตัดเย็บ", "terry_fabric"),
            o("เสื้อคลุมอาบน้ำผ้าขนหนูและผ้าวาฟเฟิล", "bathrobe"),
        ],
        needs=[
            n("ด้ายคอตตอนสำหรับทอห่วงผ้าขนหนู Ne 16/1, 20/1", "cotton_yarn_machine"),
        ],
    ),
    sme(
        "The Riverside Boutique Hotel",
        CENTRAL,
        DOWN,
        "Bangkok",
        "en",
        "procurement@riversideboutique.co.th",
        needs=[
            n("Hotel bed linen, 300 TC sateen, white", "hotel_bed_linen"),
            n("Bathrobes and bath towels with embroidered logo", "bathrobe", "towel"),
            n("Pillows, hollow-fibre, medium firm", "pillow_insert"),
            n("Front-office uniforms", "staff_uniform"),
        ],
    ),
    sme(
        "บจก.โฮเทลลิเนน ซัพพลาย",
        CENTRAL,
        DOWN,
        "Bangkok",
        "th",
        "sales@hotellinensupply.co.th",
        offers=[
            o("ผ้าปูที่นอนโรงแรม ผ้าซาติน 300 เส้นด้าย สีขาว ส่งโรงแรมชั้นนำกว่า 50 แห่ง", "hotel_bed_linen"),
            o("ปลอกหมอน ปลอกผ้านวม สั่งตัดตามไซซ์", "hotel_bed_linen"),
            o("ไส้หมอนใยสังเคราะห์ (ไมโครไฟเบอร์)", "pillow_insert"),
        ],
        needs=[
            u("ผ้าคอตตอนซาติน 300 เส้นด้าย หน้ากว้าง 110 นิ้ว", "wide-width cotton sateen"),
            n("ใยโพลีเอสเตอร์กลวงยัดหมอน ใยรีไซเคิลก็ได้", "recycled_fibre_fill"),
        ],
    ),
    sme(
        "หจก.เย็บดีการ์เมนต์",
        CENTRAL,
        MID,
        "Suphan Buri",
        "th",
        "yebdee.garment@ydgarment.com",
        offers=[
            o("รับจ้างตัดเย็บ CMT เสื้อผ้าทุกชนิด ใช้ผ้าของลูกค้า เดือนละ 5,000 ตัว", "sewing_cmt_service"),
        ],
        needs=[
            n("ด้ายเย็บผ้า", "sewing_thread"),
            n("จักรโพ้ง 4 เส้น 2 ตัว", "sewing_machine"),
        ],
    ),
    sme(
        "หจก.จักรเย็บผ้าไทยวัฒนา",
        CENTRAL,
        DOWN,
        "Bangkok",
        "th",
        "thaiwattana.sewing@twmachine.co.th",
        offers=[
            o("จักรเย็บอุตสาหกรรม ใหม่และมือสอง พร้อมติดตั้ง", "sewing_machine"),
            o("ซ่อมบำรุงจักรเย็บผ้าถึงโรงงาน", "machine_repair_service"),
            o("เครื่องอีดฝ้ายไฟฟ้าสำหรับกลุ่มชุมชน", "cotton_gin_machine"),
            o("เครื่องลอกเปลือกกัญชง สั่งทำ", "hemp_decorticator"),
        ],
    ),
    sme(
        "ThaiTex Testing Lab Co., Ltd.",
        CENTRAL,
        MID,
        "Pathum Thani",
        "en",
        "lab@thaitextestlab.com",
        offers=[
            o("Textile testing: shrinkage, colour fastness, tensile strength", "textile_testing_service"),
            o("Antibacterial efficacy testing (AATCC 100, JIS L 1902)", "textile_testing_service"),
        ],
        certs=["ISO 9001"],
    ),
    sme(
        "บจก.ดิจิทัลโอทอป มาร์เก็ตติ้ง",
        CENTRAL,
        DOWN,
        "Bangkok",
        "th",
        "hello@digitalotopmarketing.com",
        offers=[
            o("ทำเพจ ยิงโฆษณา เปิดร้าน Shopee/Lazada ให้สินค้าชุมชน", "online_marketing_service"),
            o("ถ่ายภาพสินค้าและวิดีโอสั้น", "product_photography"),
        ],
    ),
    sme(
        "GreenGrowth Microfinance Co., Ltd.",
        CENTRAL,
        DOWN,
        "Bangkok",
        "en",
        "loans@greengrowthmf.co.th",
        offers=[
            o("Working-capital loans for textile SMEs and community enterprises, 50,000 - 2 million THB", "sme_loan"),
        ],
        bcg=["green"],
    ),
    sme(
        "Studio Kram Design",
        CENTRAL,
        DOWN,
        "Bangkok",
        "en",
        "studio@kramdesign.co",
        offers=[
            o("Product and pattern design for adaptive wear and home textiles", "product_design_service"),
            o("Packaging, label and brand design", "packaging_design_service"),
        ],
        needs=[
            n("Indigo-dyed cotton swatches for our material library", "indigo_dyed_fabric"),
        ],
    ),
    sme(
        "บจก.ไทยคอตตอนมิลล์",
        CENTRAL,
        MID,
        "Samut Sakhon",
        "th",
        "sales@thaicottonmill.co.th",
        offers=[
            o("ผ้าดิบ (ผ้าฝ้ายยังไม่ฟอก) หน้ากว้าง 36-63 นิ้ว", "cotton_greige_fabric"),
            o("ผ้าฝ้ายป็อปลินฟอกขาวและย้อมสี", "cotton_woven_fabric"),
            o("ผ้าทีซี 65/35 ทอเครื่อง สีขาว ฟ้า เขียว", "tc_woven_fabric"),
        ],
        needs=[
            n("เส้นด้าย cotton 100% Ne 20/1 และ 30/1 สำหรับทอผ้าดิบ", "cotton_yarn_machine"),
        ],
        certs=["ISO 9001"],
    ),
    sme(
        "บจก.นิตติ้งสยาม",
        CENTRAL,
        MID,
        "Samut Prakan",
        "th",
        "sales@knittingsiam.co.th",
        offers=[
            o("ผ้ายืดคอตตอน 100% (cotton jersey) 160-180 แกรม", "cotton_knit_fabric"),
            o("ผ้ายืดคอตตอนออร์แกนิก สำหรับเสื้อผ้าเด็กอ่อน", "organic_cotton_knit_fabric"),
        ],
        needs=[
            n("ด้ายคอตตอนออร์แกนิก Ne 30/1 ต้องมีใบรับรอง GOTS", "organic_cotton_yarn", certs=("GOTS",)),
        ],
        certs=["GOTS"],
    ),
    sme(
        "บจก.เมดิคอล สต๊อกกิ้ง",
        ISAN,
        DOWN,
        "Nakhon Ratchasima",
        "th",
        "sales@medicalstocking.co.th",
        offers=[
            o("ถุงน่องเส้นเลือดขอด แรงกด 20-30 mmHg ใต้เข่าและต้นขา", "medical_compression_stocking"),
            o("ถุงเท้าผู้ป่วยเบาหวาน ไม่รัดข้อ ไร้ตะเข็บ", "diabetic_socks"),
        ],
        needs=[
            n("ด้ายยางหุ้มไนลอน-สแปนเด็กซ์", "covered_elastic_yarn"),
            n("ตกแต่งกันกลิ่น ต้านเชื้อ ให้ถุงเท้า", "antimicrobial_finishing_service"),
        ],
        certs=["ISO 13485", "Thai FDA"],
    ),
    # ---------------------------------------------------------- ageing lifestyle, Isan
    sme(
        "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนนสูง",
        ISAN,
        DOWN,
        "Udon Thani",
        "th",
        "rpst.nonsung@udonhealth.org",
        needs=[
            n("แพมเพิสผู้ใหญ่สำหรับผู้ป่วยติดเตียงในชุมชน เดือนละ 300 ชิ้น", "adult_diaper_disposable"),
            n("หาที่นอนกันแผลกดทับ ให้ผู้ป่วยยืมไปใช้ที่บ้าน", "pressure_relief_mattress"),
            u("ผ้าห่มผืนเล็กสำหรับผู้สูงอายุ", "small blankets"),
        ],
    ),
    sme(
        "วิสาหกิจชุมชนหมอนขิดบ้านศรีฐาน",
        ISAN,
        DOWN,
        "Yasothon",
        "th",
        "sritan.khitpillow@yasokhit.com",
        offers=[
            o("หมอนขิดสามเหลี่ยม 10 ช่อง ยัดนุ่นแน่น", "khit_triangle_pillow"),
            o("เบาะรองนั่งพื้นผ้าขิด", "khit_floor_cushion"),
            o("หมอนหนุนนุ่น ปลอกผ้าฝ้าย", "kapok_pillow"),
        ],
        needs=[
            n("นุ่นดีดแล้ว เดือนละ 1 ตัน", "kapok_fill"),
            n("ผ้าฝ้ายทอมือ ลายขิดหรือลายพื้นก็ได้", "handwoven_cotton_fabric"),
        ],
        certs=["OTOP"],
    ),
    sme(
        "กลุ่มทอผ้าฝ้ายย้อมครามบ้านพันนา",
        ISAN,
        MID,
        "Sakon Nakhon",
        "th",
        "phanna.kram@sakonkram.com",
        offers=[
            o("ผ้าฝ้ายทอมือย้อมคราม ผืนละ 2 เมตร", "indigo_dyed_fabric"),
            o("ปลอกหมอนอิงและผ้ารองจาน ย้อมคราม", "indigo_home_textile"),
            o("ผ้าขาวม้าฝ้ายทอมือ", "pakhaoma"),
            o("รับย้อมครามผ้าหรือเสื้อของลูกค้า", "indigo_dyeing_service"),
        ],
        needs=[
            n("เส้นฝ้ายเข็นมือจากฝ้ายพื้นบ้าน", "cotton_yarn_handspun"),
            n("ด้ายฝ้ายโรงงาน สีขาว เบอร์ 20/2", "cotton_yarn_machine"),
        ],
        bcg=["bio"],
    ),
    sme(
        "ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุเทศบาลเมืองร้อยเอ็ด",
        ISAN,
        DOWN,
        "Roi Et",
        "th",
        "elderly.center@roietcity.org",
        offers=[
            o("ตะกร้าสานเส้นพลาสติก ฝีมือชมรมผู้สูงอายุ", "plastic_strap_basket"),
        ],
        needs=[
            n("ชุดผู้สูงอายุใส่ง่าย สำหรับผู้ที่แขนขาอ่อนแรง", "adaptive_clothing"),
            n("ผ้ารองกันเปื้อนปูเตียงแบบซักได้", "washable_underpad"),
            u("ไม้เท้า วอล์คเกอร์", "walking aids"),
        ],
    ),
    sme(
        "Isan Medical Centre Hospital",
        ISAN,
        DOWN,
        "Khon Kaen",
        "en",
        "supply@isanmedicalcentre.com",
        needs=[
            u("Reusable isolation gowns, fluid-resistant", "reusable isolation gowns"),
            n("Need patient gowns, 500 pcs by Q3", "patient_gown"),
            n("Scrubs for 200 nurses, antimicrobial finish", "scrubs"),
            n("Outsourced linen laundry incl. infectious linen", "hospital_laundry_service"),
        ],
    ),
    sme(
        "กลุ่มแม่บ้านตัดเย็บบ้านโนนสะอาด",
        ISAN,
        DOWN,
        "Udon Thani",
        "th",
        "nonsaard.sewing@udoncommunity.org",
        offers=[
            o("ชุดคนไข้ผ้าฝ้าย เสื้อและกางเกง", "patient_gown"),
            o("หน้ากากผ้าฝ้าย 3 ชั้น ซักได้", "cloth_face_mask"),
            o("ชุดนวดแผนไทย เสื้อคอจีน กางเกงเล", "spa_uniform"),
        ],
        needs=[
            n("ผ้าฝ้ายสีพื้นทอเครื่อง พับละ 50 หลา", "cotton_woven_fabric"),
            n("ยางยืดสายหน้ากาก", "elastic_tape"),
        ],
    ),
    sme(
        "วิสาหกิจชุมชนผ้าอ้อมซักได้บ้านหนองหิน",
        ISAN,
        DOWN,
        "Nong Khai",
        "th",
        "nonghin.washable@nkcare.org",
        offers=[
            o("กางเกงซึมซับผู้ใหญ่แบบซักได้ ผ้าฝ้าย 4 ชั้น", "adult_diaper_washable"),
            o("ผ้ารองซับปัสสาวะซักได้ 70x90 ซม.", "washable_underpad"),
        ],
        needs=[
            n(
                "ผ้ากันน้ำ TPU ลามิเนต ไม่จำเป็นต้องมี OEKO-TEX",
                "waterproof_laminated_fabric",
                waives=("OEKO-TEX Standard 100",),
            ),
            n("ผ้าขนหนูเป็นม้วน", "terry_fabric"),
        ],
        bcg=["circular"],
    ),
    sme(
        "ร้านนวดแผนไทยสบายดี อุดร",
        ISAN,
        DOWN,
        "Udon Thani",
        "th",
        "sabaidee.massage@udonmassage.com",
        needs=[
            n("ชุดพนักงานนวด เสื้อพร้อมกางเกงเล 30 ชุด", "spa_uniform"),
            n("ลูกประคบสด ส่งทุกอาทิตย์ อาทิตย์ละ 50 ลูก", "herbal_compress"),
            n("ที่นอนนวดพับได้ ยัดนุ่น", "massage_mattress"),
        ],
    ),
    sme(
        "บ้านที่นอนนุ่นอุบล",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "th",
        "baanteenon.ubon@ubonkapok.com",
        offers=[
            o("ที่นอนนุ่นพับ 3 ตอน สำหรับร้านนวดและสปา", "massage_mattress"),
            o("เบาะนั่งสมาธิยัดนุ่น", "meditation_cushion"),
        ],
        needs=[
            n("ปุยนุ่นสำหรับยัดที่นอน", "kapok_fill"),
            n("ผ้าดิบหรือผ้าฝ้ายพิมพ์ลาย สำหรับหุ้มที่นอน", "cotton_greige_fabric", "cotton_woven_fabric"),
        ],
    ),
    sme(
        "Mekong Riverside Resort",
        ISAN,
        DOWN,
        "Nakhon Phanom",
        "en",
        "gm@mekongriversideresort.com",
        needs=[
            n("Indigo-dyed cushion covers and table runners from local weavers", "indigo_home_textile"),
            n("Looking for triangle khit cushions for the lobby", "khit_triangle_pillow"),
            n("Spa uniforms made from local cotton", "spa_uniform"),
        ],
    ),
    sme(
        "กลุ่มผ้าฝ้ายผู้สูงวัยบ้านดุง",
        ISAN,
        DOWN,
        "Udon Thani",
        "th",
        "bandung.cotton@udoncotton.org",
        offers=[
            o("เสื้อผ้าฝ้ายทอมือทรงหลวม ใส่สบาย สำหรับผู้สูงวัย", "elderly_casual_wear"),
        ],
        needs=[
            n("ผ้าฝ้ายทอกี่พื้นเมือง ขายเป็นเมตร", "handwoven_cotton_fabric"),
        ],
    ),
    sme(
        "Isan Textile Innovation Centre",
        ISAN,
        DOWN,
        "Khon Kaen",
        "en",
        "training@isantextilecentre.org",
        offers=[
            o("Short courses: natural dyeing and indigo vat care", "craft_training"),
            o("SME business clinic: costing, pricing, bookkeeping", "business_training"),
        ],
    ),
    sme(
        "Little Isan Organic Baby",
        ISAN,
        DOWN,
        "Khon Kaen",
        "en",
        "hello@littleisanbaby.com",
        offers=[
            o("Organic cotton baby rompers and swaddles", "baby_clothing"),
        ],
        needs=[
            n("GOTS-certified organic cotton jersey, 160 gsm", "organic_cotton_knit_fabric", certs=("GOTS",)),
            n("Natural dyeing of finished baby garments (we send the garments)", "natural_dyeing_service"),
        ],
    ),
    sme(
        "บ้านพักผู้สูงอายุสุขใจ ชัยภูมิ",
        ISAN,
        DOWN,
        "Chaiyaphum",
        "th",
        "sukjai.eldercare@cpmcare.com",
        needs=[
            n("ผ้าอ้อมผู้ใหญ่แบบซักได้", "adult_diaper_washable"),
            n("เบาะรองนั่งกันแผลกดทับ", "pressure_relief_cushion"),
            n("ผ้ากันเปื้อนสำหรับผู้สูงอายุเวลาทานข้าว", "adult_bib"),
        ],
    ),
    sme(
        "ร้านช่างกี่ทอผ้าขอนแก่น",
        ISAN,
        DOWN,
        "Khon Kaen",
        "th",
        "changkee.kk@kkloom.com",
        offers=[
            o("กี่ทอผ้า กี่กระตุก ไม้สัก สั่งทำ", "handloom"),
            o("เครื่องสาวไหมมอเตอร์", "silk_reeling_machine"),
        ],
    ),
]


# ------------------------------------------------------------------ checks

ID_FORMAT = re.compile(r"^bpc-\d{3}$")
EMAIL_FORMAT = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")

LINKS_MIN, LINKS_MAX = 140, 180
CROSS_LANGUAGE_MIN = 0.45
UNMET_MIN, UNMET_MAX = 15, 25
CERT_NEEDS_MIN, WAIVER_NEEDS_MIN = 5, 2


class CheckError(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise CheckError(message)


def with_ids(raw: list[Sme]) -> list[Sme]:
    return [
        Sme(
            s.name,
            s.sub_cluster,
            s.stage,
            s.province,
            s.language,
            s.email,
            s.offers,
            s.needs,
            s.certifications,
            s.bcg,
            id=f"bpc-{i:03d}",
        )
        for i, s in enumerate(raw, start=1)
    ]


def certification_named_in(text: str, certification: str) -> bool:
    """Plain data check: the need's text spells out the certification it requires or waives."""
    entry = next(c for c in CERTIFICATIONS if c.name == certification)
    names = (entry.name, entry.full_name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
    folded = text.casefold()
    return any(name.casefold() in folded for name in names)


def phrase_script_ok(text: str, language: str) -> bool:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai > latin if language == "th" else latin > 0 and thai == 0


def check_profiles(smes: list[Sme]) -> None:
    ids = [s.id for s in smes]
    check(len(ids) == len(set(ids)), "duplicate ids")
    subs, stages, bcgs = {x.value for x in SubCluster}, {x.value for x in Stage}, {x.value for x in BcgTag}
    seen_text: dict[str, str] = {}
    for s in smes:
        where = f"{s.id} {s.name}"
        check(bool(ID_FORMAT.match(s.id)), f"{where}: bad id")
        check(bool(s.name.strip()), f"{where}: empty name")
        check(s.sub_cluster in subs, f"{where}: bad sub_cluster {s.sub_cluster}")
        check(s.stage in stages, f"{where}: bad stage {s.stage}")
        check(resolve_province(s.province) is not None, f"{where}: unknown province {s.province}")
        check(s.language in ("th", "en"), f"{where}: bad language")
        check(bool(EMAIL_FORMAT.match(s.email)), f"{where}: bad email {s.email}")
        for c in s.certifications:
            check(resolve_certification(c) == c, f"{where}: certification {c!r} is not a canonical name")
        check(len(set(s.certifications)) == len(s.certifications), f"{where}: repeated certification")
        check(all(b in bcgs for b in s.bcg), f"{where}: bad bcg tag")
        check(len(s.offers) <= 4 and len(s.needs) <= 4, f"{where}: more than 4 offers or needs")
        check(bool(s.offers or s.needs), f"{where}: neither offers nor needs")
        for text in [x.text for x in s.offers] + [x.text for x in s.needs]:
            check(phrase_script_ok(text, s.language), f"{where}: phrase not in profile language: {text}")
            check(text not in seen_text, f"{where}: phrase written twice (also {seen_text.get(text)}): {text}")
            seen_text[text] = s.id
        for offer in s.offers:
            check(bool(re.fullmatch(r"[a-z0-9_]+", offer.label)), f"{where}: bad label {offer.label}")


def check_needs(smes: list[Sme]) -> None:
    suppliers: dict[str, set[str]] = {}
    for s in smes:
        for offer in s.offers:
            suppliers.setdefault(offer.label, set()).add(s.id)
    for s in smes:
        for need in s.needs:
            where = f"{s.id} need {need.text!r}"
            if need.unmet:
                check(not need.labels and not need.certs, f"{where}: unmet need with labels")
            else:
                check(bool(need.labels), f"{where}: need without labels or unmet note")
            for label in need.labels:
                others = suppliers.get(label, set()) - {s.id}
                check(bool(others), f"{where}: label {label} offered by no one else")
            for c in need.certs + need.waives:
                check(resolve_certification(c) == c, f"{where}: certification {c!r} is not canonical")
                check(certification_named_in(need.text, c), f"{where}: text does not name {c}")
            check(not set(need.certs) & set(need.waives), f"{where}: certification both required and waived")


def need_met_by(supplier: Sme, need: Need) -> bool:
    labels = {offer.label for offer in supplier.offers}
    return bool(labels & set(need.labels)) and set(need.certs) <= set(supplier.certifications)


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    links = set()
    for buyer in smes:
        for supplier in smes:
            if supplier.id != buyer.id and any(need_met_by(supplier, need) for need in buyer.needs):
                links.add((supplier.id, buyer.id))
    return sorted(links)


def statistics(smes: list[Sme], links: list[tuple[str, str]]) -> dict[str, Any]:
    by_id = {s.id: s for s in smes}
    needs = [(s, need) for s in smes for need in s.needs]
    met_needs = [(s, need) for s, need in needs if any(need_met_by(other, need) for other in smes if other.id != s.id)]
    province = {s.id: resolve_province(s.province) for s in smes}
    region = {key: p.region.value for key, p in province.items() if p is not None}
    lang_pairs = [(by_id[a].language, by_id[b].language) for a, b in links]
    return {
        "profiles": len(smes),
        "th": sum(s.language == "th" for s in smes),
        "en": sum(s.language == "en" for s in smes),
        "sub_cluster": {x.value: sum(s.sub_cluster == x.value for s in smes) for x in SubCluster},
        "stage": {x.value: sum(s.stage == x.value for s in smes) for x in Stage},
        "region": {r: sum(v == r for v in region.values()) for r in sorted(set(region.values()))},
        "provinces": len({p.name_en for p in province.values() if p is not None}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({offer.label for s in smes for offer in s.offers}),
        "needs": len(needs),
        "needs_met": len(met_needs),
        "needs_unmet_by_design": sum(bool(need.unmet) for _, need in needs),
        "needs_labelled_but_unmet": len(needs) - len(met_needs) - sum(bool(need.unmet) for _, need in needs),
        "needs_requiring_certification": sum(bool(need.certs) for _, need in needs),
        "needs_waiving_certification": sum(bool(need.waives) for _, need in needs),
        "links": len(links),
        "links_th_to_en": lang_pairs.count(("th", "en")),
        "links_en_to_th": lang_pairs.count(("en", "th")),
        "links_th_to_th": lang_pairs.count(("th", "th")),
        "links_en_to_en": lang_pairs.count(("en", "en")),
        "links_across_sub_clusters": sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links),
    }


def check_targets(stats: dict[str, Any]) -> None:
    links = stats["links"]
    cross = stats["links_th_to_en"] + stats["links_en_to_th"]
    check(LINKS_MIN <= links <= LINKS_MAX, f"{links} links, want {LINKS_MIN}-{LINKS_MAX}")
    check(cross >= CROSS_LANGUAGE_MIN * links, f"only {cross}/{links} links across languages")
    unmet = stats["needs_unmet_by_design"]
    check(UNMET_MIN <= unmet <= UNMET_MAX, f"{unmet} unmet needs, want {UNMET_MIN}-{UNMET_MAX}")
    check(stats["needs_labelled_but_unmet"] == 0, "a labelled need is met by no one")
    check(stats["needs_requiring_certification"] >= CERT_NEEDS_MIN, "too few needs require a certification")
    check(stats["needs_waiving_certification"] >= WAIVER_NEEDS_MIN, "too few needs waive a certification")
    check(0 not in stats["sub_cluster"].values(), "a sub-cluster has no profile")
    check(0 not in stats["stage"].values(), "a stage has no profile")
    check(len(stats["region"]) == len(Region), "not every region is covered")
    th_share = stats["th"] / stats["profiles"]
    check(0.60 <= th_share <= 0.70, f"Thai share {th_share:.2f}, want about 0.65")


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> str:
    record = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [offer.text for offer in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def main() -> int:
    smes = with_ids(RAW)
    try:
        check_profiles(smes)
        check_needs(smes)
        links = true_links(smes)
        stats = statistics(smes, links)
        check_targets(stats)
    except CheckError as error:
        print(f"check failed, nothing written: {error}", file=sys.stderr)
        return 1
    (HERE / "profiles.jsonl").write_text("".join(profile_json(s) + "\n" for s in smes), encoding="utf-8")
    (HERE / "links.csv").write_text(links_csv(links), encoding="utf-8")
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
