"""Write the hand-labelled evaluation set `eval/blind_plain_embroidery/`.

Run from the repository root:

    .venv/bin/python eval/blind_plain_embroidery/write.py

The theme is embroidery and badges. Every offer carries a label that says what the thing is; every need
lists the labels that would meet it and the certifications its text requires, or is marked as met by
no one. The true links follow from those labels alone. The script checks everything first and writes
nothing if a check fails; two runs give identical bytes.
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

PREFIX = "bem"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

HNF = SubCluster.HEMP_NATURAL_FIBRE.value
CT = SubCluster.CIRCULAR_TEXTILE.value
SPT = SubCluster.SPORTECH.value
ALC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
ALI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    req: tuple[str, ...] = ()
    waive: tuple[str, ...] = ()
    note: str = ""  # set only for a need that no one in the set meets
    near: tuple[str, ...] = ()  # for an unmet need: labels that come close but must not qualify

    @property
    def met(self) -> bool:
        return not self.note


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    email: str = field(default="")

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"

    @property
    def certs(self) -> frozenset[str]:
        return frozenset(resolve_certification(c) or c for c in self.certifications)


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, near: tuple[str, ...] = (), req: tuple[str, ...] = ()) -> Need:
    return Need(text, (), req, (), note, near)


def sme(
    num: int,
    lang: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    certifications: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
    offers: tuple[tuple[str, str], ...] = (),
    needs: tuple[Need, ...] = (),
) -> Sme:
    return Sme(num, lang, name, sub_cluster, stage, province, certifications, bcg, offers, needs, email)


# ====================================================================== data
# Labels (second item of each offer) say what the thing is; they are never written to the output.

SMES: tuple[Sme, ...] = (
    sme(
        1,
        "th",
        "บริษัท ด้ายปักไทยพัฒนา จำกัด",
        SPT,
        MID,
        "Samut Prakan",
        "sales@daipakthai.co.th",
        certifications=("OEKO-TEX Standard 100", "ISO 9001"),
        bcg=("green",),
        offers=(
            ("ด้ายปักโพลีเอสเตอร์ 120D/2 กรวยละ 5,000 เมตร มีกว่า 300 สี", "embroidery_thread_polyester"),
            ("ไหมปักเรยองเงา เบอร์ 40 ขายส่งยกลัง", "embroidery_thread_rayon"),
        ),
        needs=(unmet("เส้นใยโพลีเอสเตอร์ฟิลาเมนต์ POY เดือนละ 2 ตัน", "no maker of virgin polyester filament"),),
    ),
    sme(
        2,
        "en",
        "Siam Thread & Trim Co., Ltd.",
        CT,
        MID,
        "Bangkok",
        "info@siamthreadtrim.com",
        certifications=("GRS",),
        bcg=("circular",),
        offers=(
            ("Recycled PET embroidery thread 40 wt, 1,000 m spools", "recycled_polyester_embroidery_thread"),
            ("Metallic gold & silver thread for machine embroidery, MS type", "metallic_embroidery_thread"),
        ),
        needs=(need("GRS-certified rPET filament yarn to twist into thread", "recycled_polyester_yarn", req=("GRS",)),),
    ),
    sme(
        3,
        "th",
        "ร้านเข็มทอง อุปกรณ์งานปัก สำเพ็ง",
        ALC,
        DOWN,
        "Bangkok",
        "khemthong.sampeng@gmail.com",
        offers=(
            ("ไหมปัก DMC แท้ ครบทุกเบอร์ ขายเป็นไจ", "cotton_embroidery_floss"),
            ("ผ้าเอด้า 14 ช่อง ผ้าครอสติชสีขาว สีครีม ตัดเป็นหลา", "cross_stitch_aida_fabric"),
            ("สะดึงไม้ สะดึงพลาสติก 4-12 นิ้ว", "embroidery_hoops"),
        ),
        needs=(
            need("ไหมปักสีธรรมชาติ ย้อมครั่ง ย้อมคราม มาวางขายหน้าร้าน", "naturally_dyed_cotton_floss"),
            need("ชุดปักครอสติชสำเร็จรูป ลายไทย ราคาส่ง", "cross_stitch_kit"),
        ),
    ),
    sme(
        4,
        "en",
        "Northern Stitch Supplies",
        HNF,
        MID,
        "Chiang Mai",
        "orders@northernstitch.co",
        offers=(
            ("Tear-away & cut-away backing, 1 m x 100 m rolls", "embroidery_backing"),
            ("Water soluble topping film for towels and terry", "water_soluble_stabilizer"),
        ),
        needs=(unmet("spunbond nonwoven 40 gsm, jumbo rolls", "no nonwoven maker in the set"),),
    ),
    sme(
        5,
        "th",
        "หจก. เอเซีย จักรปักคอมพิวเตอร์",
        SPT,
        MID,
        "Bangkok",
        "asia.embmachine@hotmail.com",
        offers=(
            ("จักรปักคอมพิวเตอร์ 6 หัว 12 หัว เครื่องใหม่ ผ่อน 0%", "embroidery_machine_new"),
            ("อะไหล่จักรปัก ตะขอหมุน กระสวย เข็ม DBxK5", "embroidery_machine_spare_parts"),
        ),
        needs=(need("รับซื้อจักรปักเก่า เทิร์นเครื่อง ทุกยี่ห้อ", "embroidery_machine_used"),),
    ),
    sme(
        6,
        "en",
        "Korat Embroidery Machine Service",
        ALI,
        MID,
        "Nakhon Ratchasima",
        "service@koratemb.com",
        offers=(
            (
                "On-site repair of Tajima, Barudan, SWF heads, timing & hook setting",
                "embroidery_machine_repair_service",
            ),
            ("Reconditioned 4-head Tajima, 2nd hand, 3 month warranty", "embroidery_machine_used"),
        ),
        needs=(need("rotary hooks, bobbin cases, needle bars - wholesale", "embroidery_machine_spare_parts"),),
    ),
    sme(
        7,
        "th",
        "ช่างหนุ่ม ซ่อมจักรปัก ขอนแก่น",
        ALI,
        MID,
        "Khon Kaen",
        "changnum.kk@gmail.com",
        offers=(("ซ่อมจักรปักคอม ล้างเครื่อง ตั้งจังหวะ เปลี่ยนบอร์ด ออกนอกสถานที่", "embroidery_machine_repair_service"),),
        needs=(need("อะไหล่จักรปัก Brother Happy ของมือสองก็ได้", "embroidery_machine_spare_parts"),),
    ),
    sme(
        8,
        "en",
        "PunchPro Digitizing",
        SPT,
        MID,
        "Nonthaburi",
        "hello@punchpro.net",
        offers=(("Logo digitizing to DST / EMB / PES, 24 h, from 300 THB", "embroidery_digitizing_service"),),
        needs=(unmet("Wilcom EmbroideryStudio licence, second seat?", "no software reseller in the set"),),
    ),
    sme(
        9,
        "th",
        "บ้านลายเส้น รับตีลายปัก",
        HNF,
        MID,
        "Chiang Rai",
        "banlaisen.punch@gmail.com",
        offers=(
            ("รับตีลายปัก ทำไฟล์ปักจากโลโก้ ลายไทย ลายการ์ตูน", "embroidery_digitizing_service"),
            ("สอนใช้จักรปักคอม สำหรับมือใหม่ 3 วัน", "machine_embroidery_course"),
        ),
    ),
    sme(
        10,
        "th",
        "โรงปักศรีนคร",
        CT,
        MID,
        "Samut Sakhon",
        "srinakorn.emb@gmail.com",
        offers=(
            ("รับปักโลโก้ ลูกค้าส่งเสื้อมาเอง ขั้นต่ำ 50 ตัว", "contract_machine_embroidery_service"),
            ("อาร์มปัก ขอบโพ้ง ตัดเลเซอร์ ติดกาวรีดด้านหลัง", "embroidered_patches"),
        ),
        needs=(
            need(
                "ด้ายปักเบอร์ 40 สีมาตรฐาน ยกโหล",
                "embroidery_thread_polyester",
                "embroidery_thread_rayon",
                "recycled_polyester_embroidery_thread",
            ),
            need("ผ้ากาวรองปัก แบบฉีก", "embroidery_backing"),
            need("หาคนพันช์ลายจากไฟล์โลโก้ลูกค้า งานด่วน", "embroidery_digitizing_service"),
        ),
    ),
    sme(
        11,
        "en",
        "Lanna Logo Embroidery",
        HNF,
        MID,
        "Chiang Mai",
        "lannalogo@gmail.com",
        offers=(("Polo shirts embroidered with your logo, from 30 pcs", "embroidered_polo_shirts"),),
        needs=(
            need("plain polos, no print, pique", "blank_polo_shirts"),
            need("rayon embroidery thread, Madeira Classic or similar", "embroidery_thread_rayon"),
        ),
    ),
    sme(
        12,
        "th",
        "ร้านปักชื่อ เด็กดี หน้าโรงเรียน",
        ALI,
        DOWN,
        "Udon Thani",
        "dekdee.pakchue@gmail.com",
        offers=(("ปักชื่อ นามสกุล บนเสื้อนักเรียน ตัวละ 20 บาท รอรับได้", "name_embroidery_service"),),
        needs=(
            need("ตราโรงเรียนแบบปัก สำเร็จรูป หลายโรงเรียน", "school_emblem_badges"),
            need(
                "ด้ายปักสีน้ำเงิน สีแดง กรวยใหญ่",
                "embroidery_thread_polyester",
                "embroidery_thread_rayon",
                "recycled_polyester_embroidery_thread",
            ),
        ),
    ),
    sme(
        13,
        "en",
        "Hat Yai Uniform & Badge",
        SPT,
        DOWN,
        "Songkhla",
        "hatyaiuniform@yahoo.com",
        offers=(
            ("Student uniforms: shirts, shorts, skirts, all sizes", "school_uniforms"),
            ("Boy scout & girl guide uniforms, full set", "scout_uniforms"),
        ),
        needs=(
            need("scout rank badges & insignia, wholesale", "scout_badges"),
            need("name tapes in rolls for pupils", "name_tapes"),
        ),
    ),
    sme(
        14,
        "th",
        "บจก. ไทยเลเบล อาร์มทอ",
        CT,
        MID,
        "Samut Prakan",
        "sales@thailabel-woven.com",
        certifications=("OEKO-TEX Standard 100",),
        offers=(
            ("ป้ายทอคอเสื้อ ลาเบลทอ ดามาสก์ ขั้นต่ำ 1,000 ชิ้น", "woven_garment_labels"),
            ("อาร์มทอ ลายละเอียด สูงสุด 12 สี", "woven_badges"),
            ("ป้ายชื่อทอ เนมเทป พิมพ์ชื่อได้ ม้วนละ 100 ชิ้น", "name_tapes"),
        ),
        needs=(unmet("เส้นด้ายโพลีเอสเตอร์ 75D สีดำ สำหรับเครื่องทอลาเบล", "no virgin polyester filament yarn"),),
    ),
    sme(
        15,
        "en",
        "Bangkok Patch House",
        SPT,
        MID,
        "Bangkok",
        "studio@bkkpatch.com",
        offers=(
            ("Custom embroidered patches, merrow border, iron-on or velcro back", "embroidered_patches"),
            ("Chenille letters & patches for varsity jackets", "chenille_patches"),
        ),
        needs=(
            need("hook and loop tape for patch backs", "hook_and_loop_tape"),
            need("twill base cloth for patches, 20 colours", "twill_fabric"),
        ),
    ),
    sme(
        16,
        "th",
        "พีวีซี ดีไซน์ อาร์มยาง",
        SPT,
        MID,
        "Pathum Thani",
        "pvcdesign.th@gmail.com",
        offers=(("อาร์มยาง PVC นูน 3 มิติ ทำตามแบบ", "pvc_rubber_patches"),),
        needs=(need("แผ่นกาวรีดร้อน ติดหลังอาร์ม", "iron_on_adhesive_film"),),
    ),
    sme(
        17,
        "en",
        "KK Trims Supply",
        ALI,
        MID,
        "Khon Kaen",
        "kktrims@outlook.com",
        offers=(
            ("Hook & loop, Velcro type, 2.5 cm sew-on, black/white", "hook_and_loop_tape"),
            ("Hot-melt adhesive film for iron-on patches", "iron_on_adhesive_film"),
            ("Sequins & glass seed beads by the kilo", "sequins_and_beads"),
        ),
    ),
    sme(
        18,
        "th",
        "พีระพัฒน์ เครื่องหมายลูกเสือ",
        ALC,
        MID,
        "Bangkok",
        "peerapat.badge@gmail.com",
        offers=(
            ("เครื่องหมายลูกเสือ เนตรนารี ยุวกาชาด ปักจักร", "scout_badges"),
            ("ตราโรงเรียน ปักติดอกเสื้อ สั่งทำตามแบบ", "school_emblem_badges"),
        ),
        needs=(
            need("ผ้าทวิลสีกากี สีน้ำเงินกรมท่า", "twill_fabric"),
            need("ด้ายโพลีปัก 120D สีเหลือง สีขาว", "embroidery_thread_polyester", "recycled_polyester_embroidery_thread"),
        ),
    ),
    sme(
        19,
        "en",
        "Korat School Outfitters",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "koratoutfitters@gmail.com",
        offers=(("Student uniforms made to measure, crest and name sewn on", "school_uniforms"),),
        needs=(
            need("school crest badges, embroidered or woven", "school_emblem_badges", "woven_badges"),
            unmet("felt scout hats, sizes 52-58", "nobody makes scout hats"),
        ),
    ),
    sme(
        20,
        "th",
        "ร้านชุดนักเรียน ตราสมอ อุบล",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "samor.uniform@gmail.com",
        offers=(("เสื้อนักเรียน กางเกง กระโปรง ปลีก-ส่ง", "school_uniforms"),),
        needs=(
            need(
                "ต้องการคนรับปักชื่อนักเรียนให้ร้าน ช่วงเปิดเทอม",
                "name_embroidery_service",
                "contract_machine_embroidery_service",
            ),
            need("ชุดลูกเสือสำเร็จรูป ครบชุด", "scout_uniforms"),
        ),
    ),
    sme(
        21,
        "en",
        "Andaman Boutique Hotels",
        CT,
        DOWN,
        "Phuket",
        "purchasing@andamanboutique.com",
        needs=(
            need("bath towels with our logo embroidered", "embroidered_towels"),
            need("staff polos with embroidered logo, 200 pcs", "embroidered_polo_shirts"),
        ),
    ),
    sme(
        22,
        "th",
        "ผ้าขนหนูบ้านโป่ง",
        ALC,
        MID,
        "Ratchaburi",
        "banpongtowel@gmail.com",
        offers=(
            ("ผ้าขนหนูคอตตอน 100% 30x60 นิ้ว ไม่ปัก", "plain_towels"),
            ("ผ้าเช็ดตัวปักชื่อโรงแรม ปักโลโก้สปา", "embroidered_towels"),
        ),
        needs=(need("เส้นด้ายฝ้าย 16/1 สำหรับทอผ้าขนหนู", "cotton_yarn_spun"),),
    ),
    sme(
        23,
        "en",
        "Sukhumvit Spa Supplies",
        ALC,
        DOWN,
        "Bangkok",
        "supply@sukhumvitspa.com",
        offers=(("Waffle spa robes & slippers", "spa_robes"),),
        needs=(
            need("white towels, hotel grade, 500 g/m2", "plain_towels"),
            need("Can someone embroider our name on robes we supply?", "contract_machine_embroidery_service"),
        ),
    ),
    sme(
        24,
        "th",
        "เอสพี สปอร์ตแวร์",
        SPT,
        DOWN,
        "Nakhon Pathom",
        "sp.sportwear@gmail.com",
        offers=(
            ("เสื้อกีฬา พิมพ์ซับลิเมชั่นทั้งตัว ออกแบบฟรี", "sports_jerseys"),
            ("สกรีนเสื้อ ซิลค์สกรีน DTF", "screen_printing_service"),
        ),
        needs=(
            need("ปักโลโก้สปอนเซอร์ที่หน้าอกเสื้อ เราส่งเสื้อไปให้", "contract_machine_embroidery_service"),
            need("ผ้าไมโครโพลีเอสเตอร์ ผ้ากีฬา ระบายอากาศ", "sports_knit_fabric"),
        ),
    ),
    sme(
        25,
        "en",
        "Eastern Sharks Football Club",
        SPT,
        DOWN,
        "Chonburi",
        "office@easternsharksfc.com",
        needs=(
            need("club crest patches, embroidered, 500 pcs", "embroidered_patches"),
            need("embroidered pennants to exchange before matches", "embroidered_pennants"),
            need("replica kits, sublimated", "sports_jerseys"),
        ),
    ),
    sme(
        26,
        "th",
        "กลุ่มผ้าปักม้ง บ้านเข็กน้อย",
        HNF,
        MID,
        "Phetchabun",
        "khekno.hmong@gmail.com",
        certifications=("OTOP",),
        bcg=("bio",),
        offers=(
            ("ผ้าปักม้ง ลายครอสติช ปักมือทั้งผืน ยาว 1 เมตร", "hill_tribe_cross_stitch_panels"),
            ("ผ้าใยกัญชงเขียนเทียน ย้อมคราม แบบม้ง", "hmong_batik_hemp_fabric"),
        ),
        needs=(
            need("ไหมปักฝ้ายหลากสี ขายเป็นห่อ", "cotton_embroidery_floss", "naturally_dyed_cotton_floss"),
            need("ผ้ากัญชงดิบ ยังไม่ย้อม ไม่เขียนเทียน", "hemp_fabric"),
        ),
    ),
    sme(
        27,
        "en",
        "Doi Craft Fair Trade",
        HNF,
        DOWN,
        "Chiang Rai",
        "shop@doicraft.org",
        certifications=("Fairtrade",),
        bcg=("bio",),
        offers=(("Akha & Lahu hand-embroidered shoulder bags", "hand_embroidered_bags"),),
        needs=(
            need(
                "Hmong or Mien cross-stitch strips for bag trims, Fairtrade not required",
                "hill_tribe_cross_stitch_panels",
                waive=("Fairtrade",),
            ),
            need("indigo-dyed cotton for bag lining", "indigo_dyed_cotton_fabric"),
        ),
    ),
    sme(
        28,
        "th",
        "กลุ่มแม่บ้านปักผ้าเมี่ยน บ้านสันเจริญ",
        HNF,
        MID,
        "Nan",
        "mien.sancharoen@gmail.com",
        certifications=("OTOP",),
        offers=(
            ("ผ้าปักเย้า (เมี่ยน) ลายดั้งเดิม ปักมือทั้งผืน", "hill_tribe_cross_stitch_panels"),
            ("รับปักมือตามแบบ บนผ้าของลูกค้า", "hand_embroidery_service"),
        ),
        needs=(need("ด้ายปักย้อมสีธรรมชาติ ไม่เอาสีเคมี", "naturally_dyed_cotton_floss"),),
    ),
    sme(
        29,
        "en",
        "Mae Sot Karen Weavers",
        HNF,
        MID,
        "Tak",
        "karenweavers.maesot@gmail.com",
        offers=(("Karen backstrap-loom cotton cloth, 40 cm wide", "handwoven_cotton_fabric"),),
        needs=(need("glass seed beads for Karen blouses", "sequins_and_beads"),),
    ),
    sme(
        30,
        "th",
        "ฝ้ายเข็นมือ ป้าจันทร์",
        ALI,
        UP,
        "Loei",
        "pachan.faikhen@gmail.com",
        certifications=("Organic Thailand",),
        bcg=("bio",),
        offers=(
            ("ฝ้ายเข็นมือ เส้นเล็ก สีขาวธรรมชาติ", "handspun_cotton_yarn"),
            ("ปุยฝ้ายอินทรีย์ ฝ้ายตุ่น ฝ้ายขาว", "raw_cotton_fibre"),
        ),
        needs=(need("อยากหาคนรับย้อมครามเส้นฝ้ายให้", "indigo_dyeing_service"),),
    ),
    sme(
        31,
        "en",
        "Sakon Indigo Studio",
        ALI,
        MID,
        "Sakon Nakhon",
        "studio@sakonindigo.com",
        certifications=("OTOP",),
        bcg=("bio",),
        offers=(
            ("Indigo-dyed handwoven cotton by the metre", "indigo_dyed_cotton_fabric"),
            ("Natural indigo vat dyeing of your yarn or cloth", "indigo_dyeing_service"),
        ),
        needs=(need("handspun cotton yarn, undyed, from Isan", "handspun_cotton_yarn"),),
    ),
    sme(
        32,
        "th",
        "ม่อฮ่อมแท้ ทุ่งโฮ้ง",
        HNF,
        MID,
        "Phrae",
        "mohom.thunghong@gmail.com",
        bcg=("bio",),
        offers=(("ผ้าหม้อห้อม ย้อมฮ่อม เป็นพับ 20 หลา", "indigo_dyed_cotton_fabric"),),
        needs=(need("ผ้าดิบ ฝ้ายล้วน ยังไม่ฟอก หน้ากว้าง 36 นิ้ว", "cotton_grey_fabric"),),
    ),
    sme(
        33,
        "en",
        "Chiang Mai Embroidery Academy",
        HNF,
        DOWN,
        "Chiang Mai",
        "learn@cmembroidery.academy",
        offers=(("Hand embroidery & cross-stitch workshops, 3 hours, groups welcome", "embroidery_class"),),
        needs=(
            need("Aida cloth 11 count, white, bolts", "cross_stitch_aida_fabric"),
            need("wooden hoops 20 cm x 50", "embroidery_hoops"),
            need("DIY cross stitch kits for our shop corner", "cross_stitch_kit"),
        ),
    ),
    sme(
        34,
        "th",
        "บ้านสุขใจ ศูนย์ดูแลผู้สูงอายุ",
        ALC,
        DOWN,
        "Nonthaburi",
        "baansukjai.care@gmail.com",
        needs=(
            need("ป้ายชื่อติดเสื้อผ้าผู้สูงอายุ กันสลับ ซักได้", "name_tapes"),
            need("วิทยากรสอนปักผ้าให้ผู้สูงอายุ เดือนละครั้ง", "embroidery_class"),
            need("ชุดปักครอสติช ลายง่าย ตาใหญ่", "cross_stitch_kit"),
        ),
    ),
    sme(
        35,
        "en",
        "Silver Age Crafts",
        ALC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "silveragecrafts@gmail.com",
        offers=(
            ("Cross-stitch kits with big-hole Aida, made for seniors", "cross_stitch_kit"),
            ("Hand-embroidered bookmarks and key rings", "embroidered_souvenirs"),
        ),
        needs=(
            need("Aida fabric 11ct in bulk rolls", "cross_stitch_aida_fabric"),
            unmet(
                "GOTS certified organic cotton floss",
                "floss is offered, but by no GOTS holder",
                near=("cotton_embroidery_floss", "naturally_dyed_cotton_floss"),
                req=("GOTS",),
            ),
        ),
    ),
    sme(
        36,
        "th",
        "ของฝากผ้าปัก ถนนคนเดินท่าแพ",
        HNF,
        DOWN,
        "Chiang Mai",
        "thapae.souvenir@gmail.com",
        offers=(("พวงกุญแจผ้าปัก ลายช้าง ลายชาวเขา", "embroidered_souvenirs"),),
        needs=(
            need("ผ้าปักม้งเก่า ผ้าวินเทจ มาตัดทำพวงกุญแจ", "vintage_hill_tribe_textiles"),
            need("กระเป๋าผ้าปักมือ ส่งร้าน ไม่ต้องมี OTOP", "hand_embroidered_bags", waive=("OTOP",)),
        ),
    ),
    sme(
        37,
        "en",
        "Old Hill Textiles Trader",
        CT,
        UP,
        "Chiang Rai",
        "oldhilltextiles@gmail.com",
        bcg=("circular",),
        offers=(("Vintage Hmong & Yao embroidery, used, washed, by the kilo", "vintage_hill_tribe_textiles"),),
    ),
    sme(
        38,
        "th",
        "กลุ่มแส่วผ้าผู้ไท บ้านโพน",
        ALI,
        MID,
        "Kalasin",
        "phutai.banphon@gmail.com",
        certifications=("OTOP",),
        offers=(
            ("รับแส่วลายผ้า งานปักมือแบบผู้ไท บนผ้าของลูกค้า", "hand_embroidery_service"),
            ("เสื้อผู้ไทแส่วมือ สีครามดำ", "phu_tai_embroidered_blouse"),
        ),
        needs=(
            need("ดิ้นทอง ดิ้นเงิน สำหรับงานแส่ว", "metallic_embroidery_thread"),
            need("ผ้าไหมพื้น สีดำ สีคราม", "silk_fabric_plain"),
        ),
    ),
    sme(
        39,
        "en",
        "Surin Silk House",
        ALI,
        MID,
        "Surin",
        "sales@surinsilkhouse.com",
        certifications=("Thai Silk Peacock Emblem",),
        bcg=("bio",),
        offers=(
            ("Plain-weave Thai silk, solid colours, 1 m wide", "silk_fabric_plain"),
            ("Hand-reeled Thai silk yarn", "silk_yarn"),
        ),
        needs=(need("hand embroidery on silk scarves, we send the scarves", "hand_embroidery_service"),),
    ),
    sme(
        40,
        "th",
        "ร้านของฝาก ภูเก็ตโอลด์ทาวน์",
        ALC,
        DOWN,
        "Phuket",
        "phuketoldtown.gift@gmail.com",
        needs=(
            need("อาร์มปักลายภูเก็ต สั่งทำ 1,000 ชิ้น", "embroidered_patches"),
            need("หมวกปักคำว่า Phuket ขายนักท่องเที่ยว", "embroidered_caps"),
        ),
    ),
    sme(
        41,
        "en",
        "Krabi Beach Souvenirs",
        ALC,
        DOWN,
        "Krabi",
        "krabibeachsouvenirs@gmail.com",
        needs=(
            need("beach bags with hand embroidery, for resale", "hand_embroidered_bags"),
            need("plain canvas tote bags to embroider", "blank_tote_bags"),
        ),
    ),
    sme(
        42,
        "th",
        "หมวกแก๊ปเปล่า ราคาโรงงาน",
        SPT,
        MID,
        "Bangkok",
        "capblank.factory@gmail.com",
        offers=(
            ("หมวกแก๊ปเปล่า 6 ช่อง ผ้าคอตตอน ไม่ปัก", "blank_caps"),
            ("หมวกปักโลโก้ สั่งทำ ขั้นต่ำ 100 ใบ", "embroidered_caps"),
        ),
        needs=(
            need("ผ้าคอตตอนทวิล สำหรับตัดหมวก", "twill_fabric"),
            unmet("หัวเข็มขัดหมวก ตัวล็อกโลหะ", "no metal trim maker in the set"),
        ),
    ),
    sme(
        43,
        "en",
        "Pratunam Polo Blanks",
        SPT,
        MID,
        "Bangkok",
        "pratunampolo@gmail.com",
        offers=(
            ("Blank polo shirts, TC pique, 12 colours, S-4XL", "blank_polo_shirts"),
            ("Round-neck cotton tees, blank", "blank_tshirts"),
        ),
        needs=(need("pique knit, TC 65/35, by kg", "polo_pique_fabric"),),
    ),
    sme(
        44,
        "th",
        "โรงงานผ้าจูติ มหาชัย",
        SPT,
        MID,
        "Samut Sakhon",
        "juti.mahachai@gmail.com",
        offers=(
            ("ผ้าจูติ TC ผ้าโปโล ขายเป็นกิโล", "polo_pique_fabric"),
            ("ผ้าไมโคร ผ้ากีฬาโพลี 100%", "sports_knit_fabric"),
        ),
        needs=(
            need("ด้ายคอตตอน 32/1 คอมบ์", "cotton_yarn_spun"),
            need("ด้ายโพลีเอสเตอร์รีไซเคิล ต้องมี GRS", "recycled_polyester_yarn", req=("GRS",)),
        ),
    ),
    sme(
        45,
        "en",
        "Siam Twill Mills",
        SPT,
        MID,
        "Saraburi",
        "sales@siamtwill.co.th",
        offers=(
            ("Polyester & cotton twill, dyed, 58 inch", "twill_fabric"),
            ("Grey cotton sheeting / calico, unbleached", "cotton_grey_fabric"),
        ),
        needs=(need("commission dyeing of our greige twill", "fabric_dyeing_service"),),
    ),
    sme(
        46,
        "th",
        "โรงย้อมบางบอน",
        CT,
        MID,
        "Bangkok",
        "bangbon.dyeing@gmail.com",
        certifications=("ISO 14001",),
        offers=(
            ("รับย้อมผ้าของลูกค้า ย้อมรีแอคทีฟ ย้อมร้อน", "fabric_dyeing_service"),
            ("รับย้อมเส้นด้ายเป็นกรวย ทุกสี", "yarn_dyeing_service"),
        ),
        needs=(unmet("สีย้อมรีแอคทีฟ และสารช่วยย้อม", "no dye-chemical supplier in the set"),),
    ),
    sme(
        47,
        "en",
        "Ban Rai Organic Cotton Farm",
        HNF,
        UP,
        "Nan",
        "banraicotton@gmail.com",
        certifications=("Organic Thailand",),
        bcg=("bio",),
        offers=(("Organic seed cotton & ginned lint, native Thai variety", "raw_cotton_fibre"),),
        needs=(unmet("wooden spinning wheels for a village group", "no tool maker in the set"),),
    ),
    sme(
        48,
        "th",
        "โรงปั่นด้ายฝ้ายไทย นครปฐม",
        HNF,
        UP,
        "Nakhon Pathom",
        "thaicottonspinning@gmail.com",
        offers=(("ด้ายฝ้าย 20/1 30/1 คอมบ์ ขายเป็นลูก", "cotton_yarn_spun"),),
        needs=(
            need(
                "ฝ้ายหีบแล้ว ล็อตใหญ่ มีมาตรฐานเกษตรอินทรีย์ยิ่งดี",
                "raw_cotton_fibre",
                waive=("Organic Thailand",),
            ),
        ),
    ),
    sme(
        49,
        "en",
        "Hemp Highlands Co-op",
        HNF,
        UP,
        "Mae Hong Son",
        "hemphighlands@gmail.com",
        bcg=("bio",),
        offers=(
            ("Hemp bast fibre, hand-stripped, sun dried", "hemp_fibre"),
            ("Hand-spliced hemp yarn, natural grey", "hemp_yarn"),
        ),
    ),
    sme(
        50,
        "th",
        "ผ้ากัญชงล้านนา",
        HNF,
        MID,
        "Chiang Mai",
        "lanna.hempcloth@gmail.com",
        bcg=("bio",),
        offers=(("ผ้ากัญชงทอมือ สีธรรมชาติ หน้ากว้าง 40 ซม.", "hemp_fabric"),),
        needs=(need("เส้นป่าน ด้ายกัญชงต่อมือ", "hemp_yarn"),),
    ),
    sme(
        51,
        "en",
        "ReThread Collective",
        CT,
        UP,
        "Bangkok",
        "hello@rethread.co",
        bcg=("circular",),
        offers=(
            ("Leftover embroidery thread cones, part-used, mixed colours", "leftover_thread_cones"),
            ("Sorted cotton cutting waste, white only", "textile_cutting_waste"),
        ),
        needs=(need("post-consumer uniforms for recycling", "used_garments"),),
    ),
    sme(
        52,
        "th",
        "รีไซเคิลผ้า ศรีราชา",
        CT,
        UP,
        "Chonburi",
        "sriracha.recycle@gmail.com",
        certifications=("GRS",),
        bcg=("circular",),
        offers=(
            ("ด้ายรีไซเคิลจากขวดพลาสติก PET 150D/48F", "recycled_polyester_yarn"),
            ("ใยฝ้ายรีไซเคิล ตีจากเศษผ้าตัด", "recycled_cotton_fibre"),
        ),
        needs=(
            need("เศษผ้าจากโรงงานตัดเย็บ คัดสีแล้ว", "textile_cutting_waste"),
            need("เสื้อผ้ามือสอง ชุดยูนิฟอร์มเก่า", "used_garments"),
        ),
    ),
    sme(
        53,
        "en",
        "Second Life Uniforms",
        CT,
        UP,
        "Rayong",
        "secondlifeuniforms@gmail.com",
        bcg=("circular",),
        offers=(("Used staff uniforms from factories, baled", "used_garments"),),
        needs=(unmet("removal of embroidered logos from used uniforms", "no one offers logo removal"),),
    ),
    sme(
        54,
        "th",
        "กระเป๋าผ้าปะ รีไซเคิล ลำปาง",
        CT,
        DOWN,
        "Lampang",
        "patchbag.lampang@gmail.com",
        bcg=("circular",),
        offers=(("กระเป๋าผ้าปะต่อจากเศษผ้า เย็บมือทุกใบ", "upcycled_patchwork_bags"),),
        needs=(
            need("เศษผ้าฝ้ายชิ้นใหญ่ เหลือจากการตัด", "textile_cutting_waste"),
            need("ด้ายปักเหลือใช้ ด้ายปลายกรวย ราคาถูก", "leftover_thread_cones"),
        ),
    ),
    sme(
        55,
        "en",
        "Happy Elders Home",
        ALI,
        DOWN,
        "Khon Kaen",
        "care@happyelders.in.th",
        needs=(
            need("washable name labels to sew into residents' clothes", "name_tapes"),
            need("embroidery activity sessions for residents", "embroidery_class"),
            need("easy-dress clothes with Velcro closures", "adaptive_clothing_elderly"),
        ),
    ),
    sme(
        56,
        "th",
        "ร้านชุดพยาบาล ยูนิฟอร์ม โคราช",
        ALI,
        DOWN,
        "Nakhon Ratchasima",
        "korat.nurseuniform@gmail.com",
        offers=(("ชุดพยาบาล ชุดพนักงาน ตัดตามสั่ง", "staff_uniforms"),),
        needs=(
            need(
                "ปักชื่อ และโลโก้โรงพยาบาลบนชุดที่เราตัด",
                "contract_machine_embroidery_service",
            ),
            need("ผ้าโทเร ผ้าเชิ้ตโพลีคอตตอน สีขาว", "uniform_shirting_fabric"),
        ),
    ),
    sme(
        57,
        "en",
        "CMT Sewing Lamphun",
        CT,
        MID,
        "Lamphun",
        "cmt.lamphun@gmail.com",
        offers=(("Cut-make-trim sewing of shirts, your fabric, 500 pcs+", "cmt_sewing_service"),),
        needs=(unmet("fusible interlining for collars and cuffs", "no interlining maker in the set"),),
    ),
    sme(
        58,
        "th",
        "กลุ่มแม่บ้านรับเย็บผ้า บ้านกรวด",
        ALI,
        MID,
        "Buriram",
        "bankruat.sewing@gmail.com",
        offers=(("รับจ้างเย็บเสื้อ กางเกง ผ้าของลูกค้า", "cmt_sewing_service"),),
        needs=(
            unmet(
                "จักรเย็บอุตสาหกรรม มือสอง จักรโพ้ง",
                "no sewing-machine dealer; embroidery machines are not sewing machines",
            ),
        ),
    ),
    sme(
        59,
        "en",
        "Metro Corporate Wear",
        ALC,
        DOWN,
        "Bangkok",
        "sales@metrocorporatewear.com",
        certifications=("ISO 9001",),
        offers=(
            ("Corporate polos with embroidered logo, 100 pcs up", "embroidered_polo_shirts"),
            ("Embroidered caps for company events", "embroidered_caps"),
        ),
        needs=(
            need("Who can digitize client logos overnight?", "embroidery_digitizing_service"),
            need("blank pique polos in bulk, 5,000 a month", "blank_polo_shirts"),
        ),
    ),
    sme(
        60,
        "th",
        "บริษัท อีสานพาวเวอร์ จำกัด",
        ALI,
        DOWN,
        "Khon Kaen",
        "hr@isanpower.co.th",
        needs=(
            need("เสื้อโปโลพนักงาน ปักโลโก้บริษัท 300 ตัว", "embroidered_polo_shirts"),
            need("หมวกแก๊ปปักโลโก้ แจกลูกค้า", "embroidered_caps"),
        ),
    ),
    sme(
        61,
        "en",
        "Rayong Industrial Services",
        CT,
        DOWN,
        "Rayong",
        "procurement@rayongis.com",
        needs=(
            need(
                "company polos with embroidered logo, ISO 9001 supplier only",
                "embroidered_polo_shirts",
                req=("ISO 9001",),
            ),
            need("woven badges for safety uniforms", "woven_badges"),
        ),
    ),
    sme(
        62,
        "th",
        "โรงเรียนบ้านหนองแวง",
        ALI,
        DOWN,
        "Maha Sarakham",
        "nongwaeng.school@gmail.com",
        needs=(
            need(
                "เสื้อนักเรียนผ้า มอก. ปักชื่อโรงเรียน ชั้น ป.1-ป.6",
                "school_uniforms",
                req=("Thai Industrial Standard",),
            ),
            need("เครื่องหมายลูกเสือสำรอง 300 ชุด", "scout_badges"),
        ),
    ),
    sme(
        63,
        "en",
        "Riverside International School",
        ALC,
        DOWN,
        "Nonthaburi",
        "bursar@riverside-is.ac.th",
        needs=(
            need("blazer crests, woven not embroidered", "woven_badges"),
            need("house-colour sports shirts", "sports_jerseys"),
            need(
                "name tapes for boarding pupils, OEKO-TEX preferred but not required",
                "name_tapes",
                waive=("OEKO-TEX Standard 100",),
            ),
        ),
    ),
    sme(
        64,
        "th",
        "สโมสรกีฬา บ้านดุง เอฟซี",
        SPT,
        DOWN,
        "Udon Thani",
        "bandungfc@gmail.com",
        needs=(
            need("เสื้อแข่งฟุตบอล พิมพ์ชื่อ เบอร์", "sports_jerseys"),
            need("โลโก้สโมสร แบบปัก ติดเสื้อ", "embroidered_patches"),
            need("ธงสโมสร ธงปัก แลกกับทีมเยือน", "embroidered_pennants"),
        ),
    ),
    sme(
        65,
        "en",
        "Bangkok Runners Club",
        SPT,
        DOWN,
        "Bangkok",
        "team@bkkrunners.club",
        needs=(
            unmet(
                "finisher patches embroidered with GRS recycled thread, 2,000 pcs",
                "patch makers exist, but none holds GRS",
                near=("embroidered_patches", "chenille_patches"),
                req=("GRS",),
            ),
            need("running caps with embroidered logo", "embroidered_caps"),
        ),
    ),
    sme(
        66,
        "th",
        "ธงปักสโมสร อ่างทอง",
        SPT,
        MID,
        "Ang Thong",
        "angthong.flag@gmail.com",
        offers=(("ธงชาย ธงสามเหลี่ยม ปักโลโก้สโมสร", "embroidered_pennants"),),
        needs=(
            unmet("พู่ทอง ขลิบทอง ติดขอบธง", "no fringe or braid maker in the set"),
            need("ผ้าทวิลโพลี สีพื้น สำหรับทำธง", "twill_fabric"),
        ),
    ),
    sme(
        67,
        "en",
        "Scout Shop Thailand",
        ALC,
        DOWN,
        "Bangkok",
        "shop@scoutshopthailand.com",
        offers=(("Scout uniforms & accessories, retail and mail order", "scout_uniforms"),),
        needs=(
            need("proficiency badges, scout", "scout_badges"),
            unmet("leather woggles", "no one makes woggles"),
        ),
    ),
    sme(
        68,
        "th",
        "บริษัท ปักไฮเทค จำกัด",
        SPT,
        MID,
        "Chonburi",
        "info@pakhitech.co.th",
        certifications=("ISO 9001",),
        offers=(("ปักจักรคอม 20 หัว รับงานโรงงานส่งออก ปักชิ้นงานก่อนเย็บ", "contract_machine_embroidery_service"),),
        needs=(
            need(
                "ด้ายปักผ่าน OEKO-TEX สำหรับงานส่งออก",
                "embroidery_thread_polyester",
                "embroidery_thread_rayon",
                "recycled_polyester_embroidery_thread",
                req=("OEKO-TEX Standard 100",),
            ),
            need("ผ้ารองปักชนิดตัด cut-away", "embroidery_backing"),
            need("ช่างซ่อมจักรปักประจำ เหมาปี", "embroidery_machine_repair_service"),
        ),
    ),
    sme(
        69,
        "th",
        "ร้านปักเสื้อ ร้อยเอ็ด",
        ALI,
        DOWN,
        "Roi Et",
        "roiet.pakseua@gmail.com",
        offers=(("ปักโลโก้ ปักชื่อ เสื้อ หมวก กระเป๋า ลูกค้านำมาเอง", "contract_machine_embroidery_service"),),
        needs=(
            need("จักรปักหัวเดียว มือสอง สภาพดี", "embroidery_machine_used"),
            need("มีใครรับทำไฟล์ลายปัก ส่งงานทางไลน์ได้ไหม", "embroidery_digitizing_service"),
        ),
    ),
    sme(
        70,
        "en",
        "Songkhla Embroidery & Print",
        SPT,
        DOWN,
        "Songkhla",
        "songkhlaprint@gmail.com",
        offers=(
            ("Screen printing on T-shirts, plastisol", "screen_printing_service"),
            ("Heat-press vinyl names & numbers for team shirts", "heat_transfer_vinyl_service"),
        ),
        needs=(
            need("new 2-head embroidery machine with financing", "embroidery_machine_new"),
            need("blank T-shirts", "blank_tshirts"),
        ),
    ),
    sme(
        71,
        "th",
        "วิสาหกิจชุมชนปักผ้าคลุมผม ปัตตานี",
        ALC,
        DOWN,
        "Pattani",
        "pattani.hijab@gmail.com",
        certifications=("Halal",),
        offers=(("ผ้าคลุมผมฮิญาบ ปักมือลายดอก", "embroidered_hijabs"),),
        needs=(
            unmet("ผ้าชีฟองเนื้อบาง ผ้าฝ้ายป่าน", "no chiffon or voile supplier in the set"),
            need("ลูกปัด เลื่อม สำหรับปักตกแต่ง", "sequins_and_beads"),
        ),
    ),
    sme(
        72,
        "en",
        "Yala Muslimah Fashion",
        ALC,
        DOWN,
        "Yala",
        "yalamuslimah@gmail.com",
        needs=(
            need("embroidered tudung, Halal certified", "embroidered_hijabs", req=("Halal",)),
            unmet("embroidered songkok / kopiah caps", "no one makes songkok"),
        ),
    ),
    sme(
        73,
        "th",
        "ศูนย์ฝึกอาชีพ ปักจักรคอม ลาดพร้าว",
        ALC,
        MID,
        "Bangkok",
        "ladprao.embschool@gmail.com",
        offers=(("สอนปักจักรคอมพิวเตอร์ คอร์ส 5 วัน มีใบประกาศ", "machine_embroidery_course"),),
        needs=(
            need(
                "จักรปักคอม 1 หัว สำหรับห้องเรียน ใหม่หรือมือสองก็ได้",
                "embroidery_machine_new",
                "embroidery_machine_used",
            ),
        ),
    ),
    sme(
        74,
        "en",
        "Lampang Senior Club",
        ALC,
        DOWN,
        "Lampang",
        "lampangseniors@gmail.com",
        needs=(
            need("a hand-embroidery teacher for members, weekly", "embroidery_class"),
            need("easy-grip hoops for arthritic hands", "embroidery_hoops"),
        ),
    ),
    sme(
        75,
        "th",
        "บริษัท ซิลเวอร์แคร์ จำกัด",
        ALC,
        DOWN,
        "Pathum Thani",
        "contact@silvercare.co.th",
        offers=(("เสื้อผู้สูงอายุ ติดตีนตุ๊กแก ใส่ง่าย ถอดง่าย", "adaptive_clothing_elderly"),),
        needs=(
            need("เทปตีนตุ๊กแก แบบเย็บ 2 ซม.", "hook_and_loop_tape"),
            need(
                "ปักชื่อผู้สูงอายุบนเสื้อที่เราผลิต",
                "contract_machine_embroidery_service",
                "name_embroidery_service",
            ),
        ),
    ),
    sme(
        76,
        "en",
        "Andaman Divers Club",
        SPT,
        DOWN,
        "Phang Nga",
        "club@andamandivers.org",
        needs=(need("club patches, embroidered only, no PVC or rubber", "embroidered_patches"),),
    ),
    sme(
        77,
        "th",
        "ร้านเครื่องแบบข้าราชการ ลพบุรี",
        ALC,
        DOWN,
        "Lopburi",
        "lopburi.uniform@gmail.com",
        offers=(("ชุดปกติขาว ชุดกากี ตัดตามตัว", "civil_service_uniforms"),),
        needs=(
            need("ดิ้นทอง ดิ้นเงิน ม้วนเล็ก สำหรับปักอินทรธนู", "metallic_embroidery_thread"),
            unmet("ป้ายชื่อโลหะ สลักชื่อ ติดอกเสื้อข้าราชการ", "metal name plates; no engraver in the set"),
        ),
    ),
    sme(
        78,
        "en",
        "Hua Hin Golf Club",
        SPT,
        DOWN,
        "Prachuap Khiri Khan",
        "proshop@huahingolf.club",
        needs=(
            need("golf caps, logo embroidered, 200 pcs", "embroidered_caps"),
            need("caddie towels with embroidered club logo", "embroidered_towels"),
        ),
    ),
    sme(
        79,
        "th",
        "โรงแรมริมโขง หนองคาย",
        ALI,
        DOWN,
        "Nong Khai",
        "rimkhong.hotel@gmail.com",
        needs=(
            need("ผ้าเช็ดตัว ผ้าเช็ดหน้า ปักชื่อโรงแรม", "embroidered_towels"),
            unmet("ปลอกหมอน ผ้าปูที่นอน ปักโลโก้", "no maker of embroidered bed linen"),
        ),
    ),
    sme(
        80,
        "en",
        "Cross-Stitch Corner Online",
        ALC,
        DOWN,
        "Bangkok",
        "shop@crossstitchcorner.com",
        offers=(("Printed cross-stitch charts and PDF patterns", "cross_stitch_patterns"),),
        needs=(
            need("DMC-type stranded cotton, wholesale", "cotton_embroidery_floss", "naturally_dyed_cotton_floss"),
            need(
                "plant-dyed floss, no synthetic dyes, GOTS not needed",
                "naturally_dyed_cotton_floss",
                waive=("GOTS",),
            ),
        ),
    ),
    sme(
        81,
        "th",
        "ไหมปักสีธรรมชาติ บ้านแม่แจ่ม",
        HNF,
        MID,
        "Chiang Mai",
        "maechaem.naturalthread@gmail.com",
        certifications=("OTOP",),
        bcg=("bio",),
        offers=(("ด้ายปักฝ้ายย้อมครั่ง ย้อมคราม ย้อมเปลือกไม้ ไจละ 8 เมตร", "naturally_dyed_cotton_floss"),),
        needs=(need("ฝ้ายเข็นมือ สีขาว ยังไม่ย้อม", "handspun_cotton_yarn"),),
    ),
    sme(
        82,
        "th",
        "โรงย้อมสีธรรมชาติ มุกดาหาร",
        ALI,
        MID,
        "Mukdahan",
        "mukdahan.naturaldye@gmail.com",
        bcg=("bio", "green"),
        offers=(("รับย้อมครั่ง ย้อมมะเกลือ เส้นด้ายหรือผ้าของลูกค้า ไม่ใช้สีเคมี", "natural_dyeing_service"),),
        needs=(need("ด้ายฝ้ายเมอร์เซอไรซ์ 40/2 ทำไหมปัก", "cotton_yarn_spun"),),
    ),
    sme(
        83,
        "th",
        "กลุ่มทอผ้าฝ้าย บ้านหนองบัวแดง",
        ALI,
        MID,
        "Chaiyaphum",
        "nongbuadaeng.weaving@gmail.com",
        certifications=("OTOP",),
        offers=(("ผ้าฝ้ายทอมือ ลายขิด หน้ากว้าง 1 เมตร", "handwoven_cotton_fabric"),),
        needs=(need("หาที่รับย้อมครั่ง ย้อมมะเกลือ ผ้าฝ้ายของกลุ่ม", "natural_dyeing_service"),),
    ),
    sme(
        84,
        "en",
        "Yasothon Pouch Makers",
        ALI,
        DOWN,
        "Yasothon",
        "yasothonpouch@gmail.com",
        offers=(("Pouches and totes sewn from handwoven indigo cotton", "handwoven_cotton_bags"),),
        needs=(need("handloom cotton cloth, natural colour, undyed", "handwoven_cotton_fabric"),),
    ),
    sme(
        85,
        "th",
        "ร้านกระเป๋าผ้า สยามสแควร์",
        ALC,
        DOWN,
        "Bangkok",
        "siamsquare.bagshop@gmail.com",
        needs=(
            need("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม ไว้ขายปลีก", "handwoven_cotton_bags"),
            need("ถุงผ้าดิบเปล่า ไว้ปักลายเอง", "blank_tote_bags"),
        ),
    ),
    sme(
        86,
        "en",
        "Canvas Tote Factory",
        CT,
        MID,
        "Samut Prakan",
        "sales@canvastote.co.th",
        offers=(("Blank cotton canvas totes, 12 oz, 38 x 42 cm", "blank_tote_bags"),),
        needs=(need("unbleached calico or cotton duck by the roll", "cotton_grey_fabric"),),
    ),
    sme(
        87,
        "th",
        "ยูนิฟอร์มเชียงราย",
        HNF,
        MID,
        "Chiang Rai",
        "chiangrai.uniform@gmail.com",
        certifications=("Thai Industrial Standard",),
        offers=(
            ("ชุดนักเรียน ตัดเย็บจากผ้าได้ มอก.", "school_uniforms"),
            ("เสื้อโปโลปักโลโก้ งานองค์กร ราคาส่ง", "embroidered_polo_shirts"),
        ),
        needs=(
            need("ผ้าจูติ ผ้าโปโล ทีซี", "polo_pique_fabric"),
            need("ผ้าเสื้อนักเรียน ผ้าโทเร สีขาว", "uniform_shirting_fabric"),
        ),
    ),
    sme(
        88,
        "en",
        "Thai Uniform Fabrics Ltd.",
        ALC,
        MID,
        "Nakhon Pathom",
        "sales@thaiuniformfabrics.com",
        certifications=("Thai Industrial Standard",),
        offers=(("Poly-cotton shirting for school uniforms, white & khaki, TIS", "uniform_shirting_fabric"),),
        needs=(need("yarn dyeing on commission, cones", "yarn_dyeing_service"),),
    ),
    sme(
        89,
        "th",
        "โรงเรียนเทศบาลวัดพระธาตุ",
        ALI,
        DOWN,
        "Sisaket",
        "wat.phrathat.school@gmail.com",
        needs=(
            need("ชุดนักเรียนต้องได้ มอก. เท่านั้น", "school_uniforms", req=("Thai Industrial Standard",)),
            need("ตราโรงเรียนปัก ติดอกเสื้อ", "school_emblem_badges"),
        ),
    ),
    sme(
        90,
        "th",
        "กองลูกเสือ อำเภอเมืองชุมพร",
        ALC,
        DOWN,
        "Chumphon",
        "chumphonscouts@gmail.com",
        needs=(
            need("ชุดลูกเสือสำรอง 150 ชุด", "scout_uniforms"),
            unmet("ผ้าผูกคอลูกเสือ พิมพ์ตรากอง", "no one makes neckerchiefs"),
        ),
    ),
    sme(
        91,
        "th",
        "ชมรมวิ่งเทรล ภูเรือ",
        SPT,
        DOWN,
        "Loei",
        "phuruea.trail@gmail.com",
        needs=(
            need("อาร์มปักที่ระลึก งานวิ่งเทรล", "embroidered_patches"),
            unmet("เหรียญรางวัลงานวิ่ง", "medals; no metal maker in the set"),
        ),
    ),
    sme(
        92,
        "th",
        "ร้านของฝากเมืองคอน",
        ALC,
        DOWN,
        "Nakhon Si Thammarat",
        "muangkhon.gift@gmail.com",
        needs=(need("พวงกุญแจผ้าปัก กระเป๋าใส่เหรียญ ของฝาก", "embroidered_souvenirs"),),
    ),
    sme(
        93,
        "th",
        "ช่างเอ็มบรอยเดอรี่ เซอร์วิส ชลบุรี",
        SPT,
        MID,
        "Chonburi",
        "chonburi.embservice@gmail.com",
        offers=(
            ("ซ่อมจักรปักทุกยี่ห้อ Tajima Barudan ZSK เปลี่ยนบอร์ด", "embroidery_machine_repair_service"),
            ("อะไหล่แท้ เข็ม กระสวย ตะขอ ฟันเฟือง", "embroidery_machine_spare_parts"),
        ),
    ),
    sme(
        94,
        "en",
        "Yaowarat Lace & Trims",
        ALC,
        MID,
        "Bangkok",
        "yaowarattrims@gmail.com",
        offers=(
            ("Japanese-type gold & silver metallic thread", "metallic_embroidery_thread"),
            ("sequins, bugle beads, Czech crystals", "sequins_and_beads"),
        ),
        needs=(unmet("guipure lace made in Thailand", "no lace maker in the set"),),
    ),
    sme(
        95,
        "th",
        "ร้านผ้าพื้นเมือง ตลาดอุบล",
        ALI,
        DOWN,
        "Ubon Ratchathani",
        "ubon.phapuenmueang@gmail.com",
        needs=(
            need("ผ้าย้อมคราม ฝ้ายล้วน ตัดขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            need("ผ้าไหมตรานกยูงพระราชทาน", "silk_fabric_plain", req=("Thai Silk Peacock Emblem",)),
        ),
    ),
)


# ====================================================================== checks

_THAI = re.compile("[\u0e00-\u0e7f]")
_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_ID = re.compile(rf"^{PREFIX}-\d{{3}}$")
_LABEL = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
_EMAIL = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _mentions(certification: str, text: str) -> bool:
    """Whether the text names the certification at all (affirmed or waived)."""
    for cert in CERTIFICATIONS:
        if cert.name == certification:
            names = (cert.name, *cert.aliases, *cert.mentions, *cert.case_sensitive_mentions)
            folded = text.casefold()
            return any(name.casefold() in folded for name in names)
    return False


def _phrase_problem(text: str, lang: str) -> str | None:
    if not text.strip() or text != text.strip() or "  " in text:
        return "empty or badly spaced"
    if lang == "en":
        if _THAI.search(text) or not text.isascii() or not text.isprintable():
            return "English phrase with non-Latin characters"
        return None
    thai = len(_THAI_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if thai < 2 or 2 * thai < 3 * latin:
        return "Thai phrase that is not mostly Thai letters"
    return None


def qualified(smes: tuple[Sme, ...], buyer: Sme, labels: tuple[str, ...], req: tuple[str, ...]) -> list[Sme]:
    wanted, required = set(labels), set(req)
    return [
        s for s in smes if s.id != buyer.id and required <= s.certs and any(label in wanted for _, label in s.offers)
    ]


def compute_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    links = {
        (supplier.id, buyer.id)
        for buyer in smes
        for n in buyer.needs
        if n.met
        for supplier in qualified(smes, buyer, n.labels, n.req)
    }
    return sorted(links)


def check(smes: tuple[Sme, ...]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    expected = [f"{PREFIX}-{n:03d}" for n in range(1, N_PROFILES + 1)]
    if ids != expected:
        errors.append(f"ids are not {expected[0]} ... {expected[-1]} in order ({len(ids)} profiles)")
    offered: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    emails = Counter(s.email for s in smes)
    for s in smes:
        where = s.id

        def bad(message: str, where: str = where) -> None:
            errors.append(f"{where}: {message}")

        if not _ID.match(s.id):
            bad("malformed id")
        if s.lang not in ("th", "en"):
            bad(f"language {s.lang!r}")
        if s.sub_cluster not in {c.value for c in SubCluster}:
            bad(f"sub_cluster {s.sub_cluster!r}")
        if s.stage not in {c.value for c in Stage}:
            bad(f"stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            bad(f"province {s.province!r} is not an English province name")
        for cert in s.certifications:
            if resolve_certification(cert) is None:
                bad(f"certification {cert!r} does not resolve")
        if len(set(s.certs)) != len(s.certifications):
            bad("certification listed twice")
        for tag in s.bcg:
            if tag not in {c.value for c in BcgTag}:
                bad(f"bcg tag {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            bad("bcg tag listed twice")
        if not _EMAIL.match(s.email) or emails[s.email] > 1:
            bad(f"email {s.email!r} malformed or shared")
        if not 0 <= len(s.offers) <= 3 or not 0 <= len(s.needs) <= 3 or not (s.offers or s.needs):
            bad(f"{len(s.offers)} offers and {len(s.needs)} needs")
        for text in (s.name, *(t for t, _ in s.offers), *(n.text for n in s.needs)):
            problem = _phrase_problem(text, s.lang)
            if problem:
                bad(f"{problem}: {text!r}")
        texts = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(texts)) != len(texts):
            bad("a phrase is repeated")
        for _, label in s.offers:
            if not _LABEL.match(label):
                bad(f"offer label {label!r}")
        for n in s.needs:
            here = f"{s.id} need {n.text!r}"
            for cert in (*n.req, *n.waive):
                if cert not in {c.name for c in CERTIFICATIONS}:
                    errors.append(f"{here}: {cert!r} is not a canonical certification name")
            if find_certifications(n.text) != set(n.req):
                errors.append(f"{here}: text names {sorted(find_certifications(n.text))}, need requires {n.req}")
            for cert in n.waive:
                if not _mentions(cert, n.text) or cert in n.req:
                    errors.append(f"{here}: waived {cert} is not named, or is also required")
            if n.met:
                if not n.labels or n.near:
                    errors.append(f"{here}: a met need lists labels and nothing near")
                for label in n.labels:
                    if not offered.get(label, set()) - {s.id}:
                        errors.append(f"{here}: label {label!r} is offered by no one else")
                if not qualified(smes, s, n.labels, n.req):
                    errors.append(f"{here}: no qualified supplier")
            else:
                if n.labels or n.waive:
                    errors.append(f"{here}: an unmet need lists no labels")
                for label in n.near:
                    if not offered.get(label, set()) - {s.id}:
                        errors.append(f"{here}: near label {label!r} is offered by no one else")
                if n.near and not n.req:
                    errors.append(f"{here}: near labels without a required certification would meet it")
                if qualified(smes, s, n.near, n.req) and n.near:
                    errors.append(f"{here}: marked unmet but a supplier qualifies")
    errors += check_sizes(smes)
    return errors


def check_sizes(smes: tuple[Sme, ...]) -> list[str]:
    errors: list[str] = []
    stats = counts(smes)
    share_th = stats["thai"] / max(1, stats["profiles"])
    if not THAI_SHARE[0] <= share_th <= THAI_SHARE[1]:
        errors.append(f"Thai share {share_th:.2f} outside {THAI_SHARE}")
    if not LINKS_RANGE[0] <= stats["links"] <= LINKS_RANGE[1]:
        errors.append(f"{stats['links']} links outside {LINKS_RANGE}")
    cross = stats["cross"] / max(1, stats["links"])
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    if not UNMET_RANGE[0] <= stats["unmet"] <= UNMET_RANGE[1]:
        errors.append(f"{stats['unmet']} unmet needs outside {UNMET_RANGE}")
    met = [len(qualified(smes, s, n.labels, n.req)) for s in smes for n in s.needs if n.met]
    few = sum(1 for k in met if 1 <= k <= 3)
    if met and few / len(met) < 0.7:
        errors.append(f"only {few} of {len(met)} met needs are met by 1-3 suppliers")
    if not stats["req"] or not stats["waive"]:
        errors.append("no need requires or waives a certification")
    return errors


# ====================================================================== output


def counts(smes: tuple[Sme, ...]) -> dict[str, int]:
    by_id = {s.id: s for s in smes}
    links = compute_links(smes)
    needs = [n for s in smes for n in s.needs]
    th_en = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    en_th = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    return {
        "profiles": len(smes),
        "thai": sum(1 for s in smes if s.lang == "th"),
        "english": sum(1 for s in smes if s.lang == "en"),
        "offers": sum(len(s.offers) for s in smes),
        "labels": len({label for s in smes for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(1 for n in needs if n.met),
        "unmet": sum(1 for n in needs if not n.met),
        "req": sum(1 for n in needs if n.req),
        "waive": sum(1 for n in needs if n.waive),
        "links": len(links),
        "th_en": th_en,
        "en_th": en_th,
        "cross": th_en + en_th,
        "within": len(links) - th_en - en_th,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub_cluster != by_id[b].sub_cluster),
    }


def counts_table(smes: tuple[Sme, ...]) -> str:
    c = counts(smes)
    rows: list[tuple[str, str]] = [
        ("profiles", str(c["profiles"])),
        ("Thai / English profiles", f"{c['thai']} / {c['english']}"),
    ]
    for sub in SubCluster:
        rows.append((f"sub-cluster `{sub.value}`", str(sum(1 for s in smes if s.sub_cluster == sub.value))))
    for stage in Stage:
        rows.append((f"stage `{stage.value}`", str(sum(1 for s in smes if s.stage == stage.value))))
    regions = Counter(p.region.value for s in smes if (p := resolve_province(s.province)) is not None)
    for region, n in sorted(regions.items()):
        rows.append((f"region `{region}`", str(n)))
    share = c["cross"] / max(1, c["links"])
    rows += [
        ("distinct provinces", str(len({s.province for s in smes}))),
        ("offers", str(c["offers"])),
        ("distinct offer labels", str(c["labels"])),
        ("needs", str(c["needs"])),
        ("needs met / met by no one", f"{c['met']} / {c['unmet']}"),
        ("needs requiring a certification", str(c["req"])),
        ("needs waiving a certification", str(c["waive"])),
        ("true links", str(c["links"])),
        ("links Thai supplier -> English buyer", str(c["th_en"])),
        ("links English supplier -> Thai buyer", str(c["en_th"])),
        ("cross-language links (share)", f"{c['cross']} ({share:.0%})"),
        ("within-language links", str(c["within"])),
        ("links between different sub-clusters", str(c["cross_sub"])),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'count'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines)


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
        "language": s.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(smes: tuple[Sme, ...]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(compute_links(smes))
    return out.getvalue()


README = """\
# blind_plain_embroidery: hand-labelled matchmaking set, embroidery and badges

## What it checks

How well the matcher finds the true supplier-buyer pairs among {profiles} SME profiles written in
wording it has never seen. The theme is embroidery and badges: machine embroidery of logos on shirts
and caps, hand embroidery, hill-tribe cross-stitch (Hmong, Mien, Akha), Isan *saew* embroidery,
embroidered, woven, chenille and PVC patches, name tapes, school and scout badges, digitizing
(punching), embroidery threads, backing and stabiliser, embroidery machines and their repair, and the
uniform shops, schools, sports clubs, companies, hotels, care homes and souvenir shops that buy; plus
the ordinary upstream and midstream suppliers (fibre, yarn, cloth, dyeing, sewing, waste) of the
cluster.

Profiles are plain registry entries: one short phrase per offer or need, 0-3 of each, about 55 % in
Thai and the rest in English. The same kind of goods is written in many ways (local and regional
names, trade words, brand names, abbreviations, quantities, prices, sizes, minimum orders, places),
and a need is usually worded differently from the offers that meet it, often in the other language.
Hard cases include a service versus the goods it works on (embroidering the customer's shirts versus
embroidered shirts; indigo dyeing versus indigo-dyed cloth), leftover and used goods versus new,
raw versus processed (fibre, yarn, cloth, product), finished goods described by their material or
technique, needs written as a wish, a bare noun phrase or a question, refusals, needs that require a
named certification and needs that name one only to waive it, and needs that no one in the set meets.

## How it was written

By hand. The writer read only section 1 of `/work/shared/contracts/CONTRACTS.md` (the profile
format and the links CSV), `shared/taxonomy.py` with the files in `shared/taxonomy_data/`, and the
`[tool.ruff]` section of `pyproject.toml`. It did not read or run the matcher, its glossary, its
tests, other evaluation sets or the project's data.

## How a link is decided

Every offer in `write.py` is a `(text, label)` pair whose label says what the thing is (for example
`embroidered_polo_shirts` versus `contract_machine_embroidery_service` versus `blank_polo_shirts`).
Every need either lists the offer labels that would meet it and the certifications its text
requires, or is marked as met by no one with a short note. A pair (supplier, buyer) is a true link
when some offer of the supplier carries a label listed by one of the buyer's needs and the supplier's
certifications hold every certification that need requires. An SME is never linked to itself.
Shared words play no part; quantities, prices and places never decide a link; what changes what the
thing is does. A certification a need names only to waive it ("OTOP not required") is not required.
The labels live only in `write.py`; the output files carry no labels.

Before writing, the script checks the ids, every contract field (sub-cluster, stage and BCG values,
provinces through `resolve_province`, certifications through `resolve_certification`), that every
label a need lists is offered by someone other than the buyer, that every met need has a qualified
supplier and every unmet one has none, that a required or waived certification is named in the
need's text (and that `find_certifications` reads it as required or waived), that Thai phrases are
mostly Thai letters and English ones Latin only, and the size targets. It writes nothing if a check
fails.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_embroidery/write.py

Two runs give identical bytes.

## Files

- `write.py`: all the data and labels, the checks, and the writer of the files below.
- `profiles.jsonl`: the {profiles} profiles, cluster profiles JSONL version 1, ids `{first}` ... `{last}`.
- `links.csv`: the {links} true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}
"""


def render(smes: tuple[Sme, ...]) -> dict[str, str]:
    c = counts(smes)
    readme = README.format(
        profiles=c["profiles"],
        links=c["links"],
        first=smes[0].id if smes else "",
        last=smes[-1].id if smes else "",
        table=counts_table(smes),
    )
    return {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in smes),
        "links.csv": links_csv(smes),
        "README.md": readme,
    }


def main() -> int:
    errors = check(SMES)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    files = render(SMES)
    if files != render(SMES):
        print("error: output is not deterministic; nothing written", file=sys.stderr)
        return 1
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(counts_table(SMES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
