"""Write the blind south-and-central labelled cluster: profiles.jsonl and links.csv.

Every offer and need carries a label of what it is; a need lists the offer
labels that meet it (ACCEPTS) and the certifications it asks for. A supplier
meets a buyer when one of its offer labels is accepted by one of the buyer's
needs and it holds every certification that need asks for. The labels stay in
this file: profiles.jsonl carries only the fields of the cluster JSONL format.

Standard library only; running it again rewrites both files byte for byte.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAXONOMY = HERE.parent.parent / "shared" / "taxonomy_data"

SUB_CLUSTERS = {
    "hemp_natural_fibre",
    "circular_textile",
    "sportech",
    "ageing_lifestyle_central",
    "ageing_lifestyle_isan",
}
STAGES = {"upstream", "midstream", "downstream"}
BCG = {"bio", "circular", "green"}
THAI = re.compile("[\u0e00-\u0e7f]")


@dataclass(frozen=True)
class Offer:
    label: str
    text: str


@dataclass(frozen=True)
class Need:
    label: str
    text: str
    accepts: tuple[str, ...]
    certs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sme:
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    mailbox: str
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()


def o(label: str, text: str) -> Offer:
    return Offer(label, text)


def n(label: str, text: str, *accepts: str, certs: tuple[str, ...] = ()) -> Need:
    return Need(label, text, tuple(accepts), certs)


# Groups of offer labels that one kind of need accepts.
BASE_FOR_DYEING = ("greige_cotton_fabric", "cotton_sheeting", "white_rayon_fabric")
BATIK = ("batik_cloth", "pate_cloth")
SOUTHERN_HANDWOVEN = ("yok_brocade_cloth", "ko_yo_cloth", "na_muen_si_cloth", "juan_tani_cloth")
HANDWOVEN_COTTON = ("ko_yo_cloth", "na_muen_si_cloth", "pha_khao_ma", "indigo_cotton_cloth", "khit_cotton_cloth")
ISAN_SILK = ("mudmee_silk", "praewa_silk", "hol_silk", "silk_fabric_plain")
MANGOSTEEN = ("mangosteen_bark_dye", "mangosteen_dye_extract")
BARK_AND_WOOD_DYES = ("mangosteen_bark_dye", "mangrove_bark_dye", "sappan_wood")
NATURAL_DYEING = ("natural_dyeing_service", "tie_dye_service")
SUBLIMATION_FABRIC = ("wicking_knit_fabric", "stretch_knit_fabric")

# Needs that deliberately point at nothing anyone in the set offers.
NOBODY_OFFERS = {
    "decorticator_machine",
    "mangosteen_peel_raw",
    "spandex_yarn",
    "sublimation_paper_ink",
    "baling_press",
    "mulberry_saplings",
    "cotton_fibre_bales",
    "bathrobes",
    "chiffon_fabric",
    "laundry_service",
    "sponsorship",
    "air_mattress",
    "loom_repair",
    "bag_sewing_service",
    "blank_tshirts",
    "lac_dye",
    "ebony_fruit_dye",
}

SMES: tuple[Sme, ...] = (
    # ---------------------------------------------------------------- natural fibre and dyestuff, upstream
    Sme(
        "วิสาหกิจชุมชนกระจูดบ้านทะเลน้อย",
        "hemp_natural_fibre",
        "upstream",
        "Phatthalung",
        "th",
        "krajood.thalenoi",
        offers=(
            o("krajood_dried", "กระจูดตากแห้งคัดเส้น ยาว 1.5 เมตรขึ้นไป ขายเป็นกำหรือเป็นกิโล"),
            o("krajood_dyed", "กระจูดย้อมสีแล้ว ทุบแบน พร้อมสาน มีสีแดง เขียว ดำ"),
        ),
        needs=(
            n("natural_dye_material", "เปลือกไม้ย้อมสี เช่น เปลือกมังคุด แก่นฝาง ไว้ย้อมกระจูดแทนสีเคมี", *MANGOSTEEN, "sappan_wood"),
            n("market", "หาร้านค้าส่งที่รับซื้อกระจูดประจำทุกเดือน"),
        ),
        bcg=("bio",),
    ),
    Sme(
        "กลุ่มสตรีเตยปาหนันบ้านทอน",
        "hemp_natural_fibre",
        "upstream",
        "Narathiwat",
        "th",
        "toeypanan.banthon",
        offers=(
            o("pandanus_strips", "เส้นเตยปาหนันรีดแล้ว ตากแห้ง กว้าง 1 ซม. มัดละ 100 เส้น ย้อมสีได้ตามสั่ง"),
            o("pandanus_products", "เสื่อปาหนันลายโบราณ กล่องใส่ของ หมวกสาน"),
        ),
        needs=(n("dye_chemicals", "สีย้อมเส้นปาหนันที่ติดทน ไม่ตก ซื้อเป็นกิโล", "dye_chemicals"),),
        bcg=("bio",),
    ),
    Sme(
        "Ratchaburi Pineapple Fibre Co.",
        "hemp_natural_fibre",
        "upstream",
        "Ratchaburi",
        "en",
        "palf.ratchaburi",
        offers=(
            o("pineapple_leaf_fibre", "Degummed pineapple leaf fibre (PALF), combed and dried, sold by the kilo"),
            o("pineapple_fibre_yarn", "PALF/cotton blended yarn 60:40 on 1 kg cones"),
        ),
        needs=(
            n("pineapple_leaves", "Fresh pineapple leaves after harvest, 5 tonnes a month or more", "pineapple_leaves"),
            n(
                "decorticator_machine",
                "A second-hand leaf decorticating machine in working order",
                "decorticator_machine",
            ),
        ),
        bcg=("bio", "circular"),
    ),
    Sme(
        "กลุ่มเกษตรกรไร่สับปะรดสามร้อยยอด",
        "hemp_natural_fibre",
        "upstream",
        "Prachuap Khiri Khan",
        "th",
        "sapparot.3royyod",
        offers=(o("pineapple_leaves", "ใบสับปะรดสดหลังตัดผล ตัดส่งเป็นตัน ช่วง พ.ค.-ส.ค. ได้เยอะสุด"),),
        needs=(),
        bcg=("bio", "circular"),
    ),
    Sme(
        "กลุ่มแปรรูปเส้นใยกล้วยบ้านดอนเจดีย์",
        "hemp_natural_fibre",
        "upstream",
        "Suphan Buri",
        "th",
        "yaiklui.donchedi",
        offers=(o("banana_fibre", "เส้นใยกาบกล้วยน้ำว้า ขูดมือ ตากแห้ง ขายกิโลละ 250 บาท"),),
        needs=(n("market", "อยากได้ลูกค้าประจำที่เอาใยกล้วยไปทอหรือทำกระดาษ"),),
        bcg=("bio",),
    ),
    Sme(
        "วิสาหกิจชุมชนผักตบชวาบางบาล",
        "hemp_natural_fibre",
        "upstream",
        "Phra Nakhon Si Ayutthaya",
        "th",
        "paktob.bangban",
        offers=(
            o("water_hyacinth_dried", "ผักตบชวาตากแห้ง ผ่าครึ่ง มัดเป็นฟ่อน ฟ่อนละ 5 กิโล"),
            o("water_hyacinth_basket", "ตะกร้าผักตบชวาสาน ตะกร้าใส่ผ้า กล่องทิชชู"),
        ),
        needs=(n("bag_lining_sewing", "คนรับเย็บซับในผ้าให้ตะกร้าและกระเป๋าสาน", "bag_sewing_service"),),
        bcg=("bio", "circular"),
    ),
    Sme(
        "Chanthaburi Mangosteen Dye Works",
        "hemp_natural_fibre",
        "upstream",
        "Chanthaburi",
        "en",
        "mangosteen.dye",
        offers=(
            o("mangosteen_bark_dye", "Dried mangosteen rind and bark, chipped, in 20 kg sacks for natural dyeing"),
            o("mangosteen_dye_extract", "Concentrated mangosteen and rambutan peel dye extract, 5-litre cans"),
        ),
        needs=(
            n(
                "mangosteen_peel_raw",
                "Mangosteen peel from fruit processors, fresh or sun-dried, by the tonne",
                "mangosteen_peel_raw",
            ),
        ),
        bcg=("bio", "circular"),
    ),
    Sme(
        "กลุ่มย้อมผ้าเปลือกโกงกางบ้านเจ้าไหม",
        "hemp_natural_fibre",
        "upstream",
        "Trang",
        "th",
        "kongkang.chaomai",
        offers=(
            o("mangrove_bark_dye", "เปลือกโกงกางจากไม้ที่ชุมชนตัดตามแผนป่าชายเลน ตากแห้ง บดหยาบ ขายเป็นกระสอบ"),
            o("natural_dyeing_service", "รับย้อมผ้าฝ้ายด้วยเปลือกโกงกาง ได้สีน้ำตาลแดง ขั้นต่ำ 20 หลา"),
        ),
        needs=(n("base_fabric", "ผ้าฝ้ายดิบสำหรับย้อม เป็นพับ หน้ากว้าง 44-60 นิ้ว", "greige_cotton_fabric"),),
        bcg=("bio", "green"),
    ),
    Sme(
        "Pak Phanang Coconut Craft",
        "hemp_natural_fibre",
        "upstream",
        "Nakhon Si Thammarat",
        "en",
        "coconut.pakphanang",
        offers=(
            o("coconut_husk_dye", "Coconut husk and shell powder that dyes cotton a warm brown-grey; 10 kg bags"),
            o("coir_fibre", "Coconut coir fibre, pressed bales of 100 kg"),
        ),
        needs=(n("market", "Importers in Europe for coir and husk dye"),),
        bcg=("bio", "circular"),
    ),
    Sme(
        "สวนไม้ฝางบ้านโป่ง",
        "hemp_natural_fibre",
        "upstream",
        "Ratchaburi",
        "th",
        "maifang.banpong",
        offers=(o("sappan_wood", "แก่นฝางสับเป็นชิ้น ต้มแล้วได้สีแดง ชมพู ม่วง ขายกิโลละ 120"),),
        needs=(),
        bcg=("bio",),
    ),
    Sme(
        "Siam Dyestuff Trading",
        "hemp_natural_fibre",
        "upstream",
        "Bangkok",
        "en",
        "siamdyestuff",
        offers=(
            o("dye_chemicals", "Reactive, acid and disperse dyes with auxiliaries; 1 kg to 25 kg packs"),
            o("batik_wax", "Batik wax blocks, paraffin and resin blends for canting and stamping"),
        ),
        needs=(),
        certifications=("bluesign",),
    ),
    # ---------------------------------------------------------------- base fabric and yarn
    Sme(
        "ห้างผ้าพาหุรัดสินทวี",
        "ageing_lifestyle_central",
        "midstream",
        "Bangkok",
        "th",
        "sinthawee.phahurat",
        offers=(
            o("greige_cotton_fabric", "ผ้าดิบฝ้าย 100% หน้า 44 นิ้ว ขายยกพับหรือตัดเป็นหลา"),
            o("white_rayon_fabric", "ผ้าเรยอนขาว ผ้าสปันเรยอน สำหรับเขียนบาติก ม้วนละ 50 หลา"),
            o("cotton_sheeting", "ผ้าคอตตอนขาวฟอก ทำผ้าปูที่นอน ปลอกหมอน หน้ากว้าง 90 นิ้ว"),
        ),
        needs=(n("market", "อยากได้ลูกค้าโรงงานตัดเย็บต่างจังหวัด สั่งประจำ"),),
    ),
    Sme(
        "Nonthaburi Weaving Mill",
        "ageing_lifestyle_central",
        "midstream",
        "Nonthaburi",
        "en",
        "ntb.weaving",
        offers=(
            o("greige_cotton_fabric", "Greige cotton poplin and sheeting, 58/60 inch, rolls of 100 yards"),
            o("cotton_sheeting", "Bleached cotton and T/C sheeting for hospital bedding, 90 inch wide"),
        ),
        needs=(
            n(
                "cotton_yarn",
                "Cotton yarn Ne 20/1 and 30/1, or recycled cotton yarn for our grey lines",
                "cotton_yarn",
                "recycled_cotton_yarn",
            ),
        ),
        certifications=("OEKO-TEX Standard 100",),
    ),
    Sme(
        "Sam Phran Yarn Co.",
        "ageing_lifestyle_central",
        "upstream",
        "Nakhon Pathom",
        "en",
        "samphran.yarn",
        offers=(
            o("cotton_yarn", "Combed cotton yarn Ne 20/1, 30/1 and 20/2 on cones; dyed to colour card, 25 kg lots"),
        ),
        needs=(n("cotton_fibre_bales", "Raw cotton lint, 10 bales a month", "cotton_fibre_bales"),),
        certifications=("OEKO-TEX Standard 100", "Better Cotton"),
    ),
    Sme(
        "ร้านด้ายไหมพรมเจริญผล สำเพ็ง",
        "ageing_lifestyle_central",
        "upstream",
        "Bangkok",
        "th",
        "charoenphon.sampeng",
        offers=(
            o("cotton_yarn", "ด้ายฝ้ายเบอร์ 20/2 ย้อมสำเร็จ ขายเป็นปอนด์ มีกว่า 100 สี"),
            o("metallic_thread", "ดิ้นทอง ดิ้นเงิน ดิ้นญี่ปุ่น เป็นม้วน สำหรับทอผ้ายก"),
            o("haberdashery", "ซิปไนลอน เทปตีนตุ๊กแก สายกระเป๋า กระดุม ขายส่ง"),
        ),
        needs=(),
    ),
    Sme(
        "กลุ่มเลี้ยงไหมบ้านท่าสว่าง",
        "ageing_lifestyle_isan",
        "upstream",
        "Surin",
        "th",
        "mai.thasawang",
        offers=(o("silk_yarn", "เส้นไหมพื้นบ้านพันธุ์นางน้อย สาวมือ มีทั้งไหมน้อยและไหมลืบ ขายเป็นกิโล"),),
        needs=(n("mulberry_saplings", "กิ่งพันธุ์หม่อนบุรีรัมย์ 60 จำนวน 2,000 ต้น", "mulberry_saplings"),),
        bcg=("bio",),
    ),
    Sme(
        "Khon Kaen Silk Reeling",
        "ageing_lifestyle_isan",
        "upstream",
        "Khon Kaen",
        "en",
        "kk.silkreeling",
        offers=(o("silk_yarn", "Thai native silk yarn, hand-reeled and degummed, natural yellow or white; from 1 kg"),),
        needs=(n("market", "Weaving groups that will buy every month"),),
        bcg=("bio",),
    ),
    Sme(
        "กลุ่มปลูกกัญชงภูหลวง",
        "hemp_natural_fibre",
        "upstream",
        "Loei",
        "th",
        "kanchong.phuluang",
        offers=(o("hemp_yarn", "เส้นใยกัญชงลอกมือ ด้ายกัญชงเข็นมือ ขายเป็นกิโล ปลูกแบบอินทรีย์"),),
        needs=(n("market", "หาคนรับซื้อเปลือกกัญชงแบบมีสัญญา"),),
        certifications=("Organic Thailand",),
        bcg=("bio", "green"),
    ),
    # ---------------------------------------------------------------- southern weaving, batik and dyeing
    Sme(
        "กลุ่มทอผ้ายกเมืองนคร",
        "hemp_natural_fibre",
        "midstream",
        "Nakhon Si Thammarat",
        "th",
        "phayok.muangkhon",
        offers=(o("yok_brocade_cloth", "ผ้ายกนครศรีธรรมราช ลายดอกพิกุล ทอไหมยกดิ้นทอง ขายเป็นผืน"),),
        needs=(
            n("silk_yarn", "ไหมพื้นบ้านเส้นเล็ก สำหรับทอยก", "silk_yarn"),
            n("metallic_thread", "ดิ้นทอง ดิ้นเงิน", "metallic_thread"),
        ),
        certifications=("OTOP",),
    ),
    Sme(
        "กลุ่มทอผ้าเกาะยอ",
        "ageing_lifestyle_central",
        "midstream",
        "Songkhla",
        "th",
        "phakoyo",
        offers=(o("ko_yo_cloth", "ผ้าทอเกาะยอ ลายราชวัตร ลายดอกพิกุล ฝ้ายและใยประดิษฐ์ ขายเป็นเมตรหรือผืน"),),
        needs=(n("cotton_yarn", "ด้ายฝ้ายเบอร์ 20 ย้อมสีพร้อมทอ ซื้อเป็นลูกหรือเป็นปอนด์", "cotton_yarn"),),
        certifications=("OTOP",),
    ),
    Sme(
        "Na Muen Si Weavers Group",
        "ageing_lifestyle_central",
        "midstream",
        "Trang",
        "en",
        "namuensi",
        offers=(o("na_muen_si_cloth", "Na Muen Si hand-woven cotton in traditional Trang patterns, 2-metre pieces"),),
        needs=(
            n("cotton_yarn", "Dyed cotton yarn 20/2 for hand looms", "cotton_yarn"),
            n("market", "Souvenir shops in Phuket and Krabi to stock our cloth"),
        ),
    ),
    Sme(
        "กลุ่มผ้าจวนตานีบ้านตันหยง",
        "hemp_natural_fibre",
        "midstream",
        "Pattani",
        "th",
        "juantani",
        offers=(o("juan_tani_cloth", "ผ้าจวนตานี ทอมือลายโบราณ ย้อมครั่ง ผืนละ 2 เมตร"),),
        needs=(
            n("silk_yarn", "ไหมเส้นยืนและเส้นพุ่ง", "silk_yarn"),
            n("natural_dye_material", "ครั่งหรือเปลือกไม้ย้อมสีธรรมชาติ", "lac_dye", *BARK_AND_WOOD_DYES),
        ),
    ),
    Sme(
        "โรงพิมพ์ผ้าปาเต๊ะสุไหงโก-ลก",
        "hemp_natural_fibre",
        "midstream",
        "Narathiwat",
        "th",
        "pate.kolok",
        offers=(o("pate_cloth", "ผ้าปาเต๊ะพิมพ์บล็อกทองแดง ผ้าถุงผืนละ 2 หลา ขายยกโหล"),),
        needs=(
            n("base_fabric", "ผ้าเรยอนขาวกับผ้าฝ้ายขาวเป็นม้วน ไว้พิมพ์ปาเต๊ะ", *BASE_FOR_DYEING),
            n("batik_wax", "เทียนพิมพ์ผ้า", "batik_wax"),
            n("dye_chemicals", "สีรีแอคทีฟ สีแนฟทอล", "dye_chemicals"),
        ),
    ),
    Sme(
        "Krabi Batik House",
        "hemp_natural_fibre",
        "midstream",
        "Krabi",
        "en",
        "krabibatik",
        offers=(
            o("batik_cloth", "Hand-drawn batik on cotton and rayon, by the metre or as sarongs"),
            o("batik_dyeing_service", "We wax-draw and dye customers' fabric to order, 30 m minimum"),
        ),
        needs=(
            n("base_fabric", "White cotton or rayon in rolls for batik", *BASE_FOR_DYEING),
            n("batik_wax", "Batik wax, about 50 kg a month", "batik_wax"),
            n("dye_chemicals", "Cold-water reactive dyes", "dye_chemicals"),
        ),
    ),
    Sme(
        "บาติกหาดใหญ่ศิลป์",
        "hemp_natural_fibre",
        "midstream",
        "Songkhla",
        "th",
        "batik.hatyai",
        offers=(
            o("batik_cloth", "ผ้าบาติกเขียนมือ ลายดอกไม้ทะเล ขายเป็นหลาและผ้าพันคอ"),
            o("batik_dyeing_service", "รับเขียนเทียนและย้อมบาติกตามแบบลูกค้า ขั้นต่ำ 20 หลา"),
        ),
        needs=(
            n("base_fabric", "ผ้าขาวสำหรับเขียนเทียน ทั้งผ้าฝ้ายและเรยอน", *BASE_FOR_DYEING),
            n("silk_fabric_plain", "ผ้าไหมพื้นสีขาวสำหรับทำบาติกไหม เป็นหลา", "silk_fabric_plain"),
        ),
    ),
    Sme(
        "กลุ่มมัดย้อมสีธรรมชาติเกาะสมุย",
        "circular_textile",
        "midstream",
        "Surat Thani",
        "th",
        "mudyom.samui",
        offers=(
            o("tie_dye_cloth", "ผ้ามัดย้อมสีจากเปลือกมังคุดกับโคลน ผ้าพันคอ ผ้าคลุมไหล่"),
            o("tie_dye_service", "รับมัดย้อมเสื้อยืด ผ้าพันคอ ตามออเดอร์ ขั้นต่ำ 50 ตัว"),
        ),
        needs=(
            n("blank_tshirts", "เสื้อยืดคอตตอนสีขาวเปล่า ยังไม่สกรีน", "blank_tshirts"),
            n("natural_dye_material", "เปลือกมังคุดแห้งเป็นกระสอบ", "mangosteen_bark_dye"),
        ),
        bcg=("green",),
    ),
    Sme(
        "Chanthaburi Mud Dye Studio",
        "hemp_natural_fibre",
        "midstream",
        "Chanthaburi",
        "en",
        "muddye.chanthaburi",
        offers=(
            o("natural_dyeing_service", "We dye cotton and linen with mangrove mud and mangosteen bark; 50 m minimum"),
            o("natural_dyed_cloth", "Mud-dyed cotton cloth in earth tones, 110 cm wide"),
        ),
        needs=(
            n("base_fabric", "Greige cotton in rolls", "greige_cotton_fabric"),
            n("natural_dye_material", "Mangosteen bark, sappan chips", "mangosteen_bark_dye", "sappan_wood"),
        ),
        bcg=("bio", "green"),
    ),
    Sme(
        "กลุ่มผ้าจกไท-ยวนคูบัว",
        "ageing_lifestyle_central",
        "midstream",
        "Ratchaburi",
        "th",
        "phajok.khubua",
        offers=(o("jok_cloth", "ผ้าซิ่นตีนจกคูบัว ทอมือ ฝ้ายแกมไหม"),),
        needs=(
            n("cotton_yarn", "ด้ายฝ้ายย้อมสี เบอร์ 20/2", "cotton_yarn"),
            n("silk_yarn", "ไหมเส้นพุ่งสำหรับจก", "silk_yarn"),
        ),
        certifications=("OTOP",),
    ),
    Sme(
        "ผ้าขาวม้าทอมือบ้านลาด",
        "ageing_lifestyle_central",
        "midstream",
        "Phetchaburi",
        "th",
        "khaoma.banlat",
        offers=(o("pha_khao_ma", "ผ้าขาวม้าทอมือ ฝ้าย 100% ลายตาราง ขายเป็นโหล"),),
        needs=(
            n("cotton_yarn", "ฝ้ายย้อมสี 20/2", "cotton_yarn"),
            n("loom_repair", "ช่างซ่อมกี่กระตุก", "loom_repair"),
        ),
    ),
    # ---------------------------------------------------------------- Isan silk and cotton
    Sme(
        "กลุ่มผ้าไหมมัดหมี่ชนบท",
        "ageing_lifestyle_isan",
        "midstream",
        "Khon Kaen",
        "th",
        "mudmee.chonnabot",
        offers=(
            o("mudmee_silk", "ผ้าไหมมัดหมี่ลายโบราณ ผ้าซิ่นผืนละ 4 หลา และผ้าพันคอ"),
            o("silk_fabric_plain", "ผ้าไหมพื้นเรียบ สีขาวและสีพื้น ขายเป็นหลา"),
        ),
        needs=(
            n("silk_yarn", "เส้นไหมพื้นบ้านย้อมแล้วหรือยังไม่ย้อม", "silk_yarn"),
            n("natural_dye_material", "ครั่ง เปลือกไม้ ย้อมเส้นไหม", "lac_dye", *BARK_AND_WOOD_DYES),
        ),
        certifications=("Thai Silk Peacock Emblem",),
    ),
    Sme(
        "กลุ่มผ้าไหมแพรวาบ้านโพน",
        "ageing_lifestyle_isan",
        "midstream",
        "Kalasin",
        "th",
        "praewa.banphon",
        offers=(o("praewa_silk", "ผ้าไหมแพรวา ลายขิดจกเต็มผืน ผ้าสไบ ผ้าพันคอ"),),
        needs=(n("silk_yarn", "ไหมน้อยสาวมือ", "silk_yarn"),),
        certifications=("Thai Silk Peacock Emblem", "OTOP"),
    ),
    Sme(
        "Surin Hol Silk Collective",
        "ageing_lifestyle_isan",
        "midstream",
        "Surin",
        "en",
        "holsilk.surin",
        offers=(o("hol_silk", "Pha hol (ผ้าโฮล) ikat silk in Khmer-Surin patterns, natural dyes, 4-yard lengths"),),
        needs=(
            n("silk_yarn", "Native silk yarn", "silk_yarn"),
            n("natural_dye_material", "Lac and ebony fruit for dyeing", "lac_dye", "ebony_fruit_dye"),
        ),
    ),
    Sme(
        "ผ้าครามธรรมชาติบ้านพันนา",
        "ageing_lifestyle_isan",
        "midstream",
        "Sakon Nakhon",
        "th",
        "khram.phanna",
        offers=(
            o("indigo_cotton_cloth", "ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ ขายเป็นเมตร"),
            o("indigo_paste", "ครามเปียก (เนื้อคราม) จากต้นครามในหมู่บ้าน ขายเป็นกิโล"),
        ),
        needs=(n("cotton_yarn", "ฝ้ายเข็นมือหรือด้ายฝ้ายสำหรับทอ", "cotton_yarn"),),
        bcg=("bio", "green"),
    ),
    Sme(
        "กลุ่มทอผ้าหมี่ขิดนาข่า",
        "ageing_lifestyle_isan",
        "midstream",
        "Udon Thani",
        "th",
        "khit.nakha",
        offers=(o("khit_cotton_cloth", "ผ้าขิดฝ้าย ผ้าหมี่ขิด หน้ากว้าง 1 เมตร ยาว 2 เมตร"),),
        needs=(n("cotton_yarn", "ด้ายฝ้ายสีพื้น", "cotton_yarn"),),
    ),
    Sme(
        "ไหมพื้นบ้านนาโพธิ์บุรีรัมย์",
        "ageing_lifestyle_isan",
        "midstream",
        "Buriram",
        "th",
        "mudmee.buriram",
        offers=(o("mudmee_silk", "ผ้าไหมมัดหมี่ลายลูกแก้ว ผ้าซิ่นตีนแดง ทอจากไหมพื้นบ้าน"),),
        needs=(n("silk_yarn", "ไหมพื้นบ้านเพิ่ม เดือนละ 20 กิโล", "silk_yarn"),),
    ),
    Sme(
        "Buriram Natural Dye House",
        "ageing_lifestyle_isan",
        "midstream",
        "Buriram",
        "en",
        "dyehouse.buriram",
        offers=(
            o("natural_dyeing_service", "We dye silk and cotton yarn with lac, indigo and jackfruit wood, by the kilo"),
        ),
        needs=(
            n(
                "natural_dye_material",
                "Dried dye woods and barks, 100 kg a month, and indigo paste",
                *BARK_AND_WOOD_DYES,
                "coconut_husk_dye",
                "indigo_paste",
            ),
        ),
        bcg=("bio",),
    ),
    # ---------------------------------------------------------------- sportech
    Sme(
        "Thai rPET Fibre",
        "sportech",
        "upstream",
        "Nakhon Pathom",
        "en",
        "rpet.fibre",
        offers=(
            o(
                "recycled_pet_yarn",
                "Recycled polyester filament yarn 75D/72F and 150D/144F from post-consumer bottles, GRS",
            ),
            o("recycled_pet_staple_fibre", "rPET staple fibre 1.4D x 38 mm for fill and nonwovens"),
        ),
        needs=(
            n("pet_bottles_baled", "Baled post-consumer PET bottles, clear, 20 tonnes a month", "pet_bottles_baled"),
        ),
        certifications=("GRS", "OEKO-TEX Standard 100"),
        bcg=("circular",),
    ),
    Sme(
        "โรงงานด้ายรีไซเคิลบ่อวิน",
        "sportech",
        "upstream",
        "Chonburi",
        "th",
        "rpet.bowin",
        offers=(o("recycled_pet_yarn", "เส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวด PET 150D/48F ขายเป็นกล่อง"),),
        needs=(n("pet_bottles_baled", "ขวดน้ำพลาสติกใส อัดก้อน", "pet_bottles_baled"),),
        bcg=("circular",),
    ),
    Sme(
        "โรงถักผ้ากีฬาบางบอน",
        "sportech",
        "midstream",
        "Bangkok",
        "th",
        "knit.bangbon",
        offers=(o("wicking_knit_fabric", "ผ้าไมโครโพลีเอสเตอร์ ดรายฟิต ระบายเหงื่อไว ผ้าตาข่าย ขายเป็นม้วนหรือกิโล"),),
        needs=(n("recycled_pet_yarn", "ด้ายโพลีเอสเตอร์รีไซเคิลจากขวด 150D สำหรับถักผ้าดรายฟิต", "recycled_pet_yarn"),),
    ),
    Sme(
        "Ayutthaya Knit Fabrics",
        "sportech",
        "midstream",
        "Phra Nakhon Si Ayutthaya",
        "en",
        "ayt.knit",
        offers=(
            o("wicking_knit_fabric", "Moisture-wicking polyester and rPET knits: bird-eye, pique, mesh, 150-160 g/m2"),
            o("stretch_knit_fabric", "Polyester-spandex 4-way stretch jersey for leggings"),
        ),
        needs=(
            n(
                "recycled_pet_yarn",
                "GRS-certified recycled polyester yarn, 10 tonnes a month",
                "recycled_pet_yarn",
                certs=("GRS",),
            ),
            n("spandex_yarn", "Spandex bare yarn 40D", "spandex_yarn"),
        ),
        certifications=("GRS", "bluesign", "OEKO-TEX Standard 100"),
        bcg=("circular",),
    ),
    Sme(
        "รับพิมพ์ซับลิเมชั่นปากเกร็ด",
        "sportech",
        "midstream",
        "Nonthaburi",
        "th",
        "sub.pakkret",
        offers=(o("sublimation_printing_service", "รับพิมพ์ซับลิเมชั่นลงผ้าเป็นหลา ทั้งม้วน หน้ากว้าง 1.8 เมตร"),),
        needs=(
            n("sport_fabric", "ผ้าโพลีเอสเตอร์ขาวสำหรับพิมพ์ซับ", *SUBLIMATION_FABRIC),
            n("sublimation_paper_ink", "กระดาษและหมึกซับลิเมชั่นราคาส่ง", "sublimation_paper_ink"),
        ),
    ),
    Sme(
        "Jersey Lab Sublimation",
        "sportech",
        "midstream",
        "Bangkok",
        "en",
        "jerseylab",
        offers=(
            o("sublimation_printing_service", "Sublimation printing on roll fabric or cut panels"),
            o("sports_garment_sewing", "Cut-make-trim of sports jerseys, shorts and running singlets, 100 pieces up"),
            o("sublimation_jerseys", "Complete made-to-order jerseys: we print and sew your design"),
        ),
        needs=(n("sport_fabric", "Wicking polyester knit, white, by the roll", "wicking_knit_fabric"),),
    ),
    Sme(
        "หาดใหญ่สปอร์ตแวร์",
        "sportech",
        "downstream",
        "Songkhla",
        "th",
        "sportwear.hatyai",
        offers=(o("sublimation_jerseys", "เสื้อกีฬาพิมพ์ลายซับลิเมชั่นทั้งตัว สั่งทำทีมฟุตบอล ทีมวิ่ง ขั้นต่ำ 20 ตัว"),),
        needs=(
            n("sport_fabric", "ผ้าไมโครดรายฟิตสีขาว สำหรับพิมพ์ซับ ซื้อเป็นกิโล", "wicking_knit_fabric"),
            n("sports_garment_sewing", "ช่างเย็บเหมาเสื้อกีฬา (CMT) ช่วงออเดอร์ล้น", "sports_garment_sewing"),
        ),
    ),
    Sme(
        "Samui Island Run Events",
        "sportech",
        "downstream",
        "Surat Thani",
        "en",
        "samui.run",
        offers=(),
        needs=(
            n(
                "event_shirts",
                "2,000 finisher shirts in moisture-wicking fabric with sublimation print",
                "sublimation_jerseys",
            ),
            n("sponsorship", "Sponsors for the 2027 half marathon", "sponsorship"),
        ),
    ),
    Sme(
        "สโมสรฟุตบอลเยาวชนเมืองคอน",
        "sportech",
        "downstream",
        "Nakhon Si Thammarat",
        "th",
        "fc.muangkhon",
        offers=(),
        needs=(n("team_jerseys", "ชุดแข่งฟุตบอลพิมพ์ลายทั้งตัว 120 ชุด พร้อมเบอร์และชื่อ", "sublimation_jerseys"),),
    ),
    Sme(
        "Bangkok Activewear Co.",
        "sportech",
        "downstream",
        "Bangkok",
        "en",
        "bkk.activewear",
        offers=(o("activewear_apparel", "Leggings and sports bras in recycled fabric, sold online"),),
        needs=(
            n(
                "stretch_fabric",
                "4-way stretch fabric, OEKO-TEX Standard 100 required",
                "stretch_knit_fabric",
                certs=("OEKO-TEX Standard 100",),
            ),
            n("sports_garment_sewing", "A CMT sewing partner for 500-piece runs", "sports_garment_sewing"),
            n(
                "panel_printing",
                "Sublimation printing on cut panels, about 300 m a month",
                "sublimation_printing_service",
            ),
        ),
    ),
    # ---------------------------------------------------------------- circular
    Sme(
        "ร้านรับซื้อของเก่าสามัคคี",
        "circular_textile",
        "upstream",
        "Nonthaburi",
        "th",
        "samakkee.recycle",
        offers=(
            o("pet_bottles_baled", "ขวดพลาสติก PET ใส อัดก้อน ก้อนละ 200-250 กิโล ส่งได้เดือนละ 30 ตัน"),
            o("textile_offcuts", "เศษผ้าคละสี บรรจุกระสอบ"),
        ),
        needs=(n("textile_offcuts", "รับซื้อเศษผ้าจากโรงงานตัดเย็บ ไปรับถึงที่", "textile_offcuts"),),
        bcg=("circular",),
    ),
    Sme(
        "Bangkok Offcut Recovery",
        "circular_textile",
        "upstream",
        "Bangkok",
        "en",
        "offcut.recovery",
        offers=(
            o(
                "textile_offcuts",
                "Sorted cotton and poly-cotton cutting waste from garment factories, by colour, 500 kg bales",
            ),
        ),
        needs=(n("baling_press", "A used hydraulic baling press", "baling_press"),),
        bcg=("circular",),
    ),
    Sme(
        "โรงตีเศษผ้านครชัยศรี",
        "circular_textile",
        "upstream",
        "Nakhon Pathom",
        "th",
        "shoddy.nakhonchaisi",
        offers=(
            o("shoddy_fibre", "ใยตีจากเศษผ้า (shoddy) ใช้ยัดไส้หมอน ทำผ้าห่มนวม ขายเป็นกิโล"),
            o("recycled_cotton_yarn", "ด้ายรีไซเคิล open-end จากเศษผ้าคอตตอน เบอร์ 10-16 มีใบ GRS"),
        ),
        needs=(
            n("textile_offcuts", "เศษผ้าคอตตอนแยกสี เดือนละ 20 ตัน", "textile_offcuts"),
            n("secondhand_garments", "เสื้อผ้าเก่าคอตตอน 100% เป็นกระสอบ", "secondhand_garments"),
        ),
        certifications=("GRS",),
        bcg=("circular",),
    ),
    Sme(
        "Rong Kluea Secondhand Bales",
        "circular_textile",
        "upstream",
        "Sa Kaeo",
        "en",
        "rongkluea.bales",
        offers=(
            o(
                "secondhand_garments",
                "Second-hand clothing bales of 45 kg and 100 kg, grade B/C for recycling or upcycling",
            ),
        ),
        needs=(n("market", "New wholesale customers in the south"),),
        bcg=("circular",),
    ),
    Sme(
        "แบรนด์ยีนส์อัปไซเคิล ใหม่อีกครั้ง",
        "circular_textile",
        "downstream",
        "Bangkok",
        "th",
        "maiikkrang",
        offers=(o("upcycled_products", "กระเป๋าและแจ็คเก็ตอัปไซเคิลจากยีนส์เก่า"),),
        needs=(
            n("secondhand_garments", "ยีนส์มือสองเป็นกระสอบ", "secondhand_garments"),
            n("textile_offcuts", "เศษผ้าผืนใหญ่จากโรงงาน", "textile_offcuts"),
        ),
        bcg=("circular",),
    ),
    Sme(
        "ReThread Studio",
        "circular_textile",
        "downstream",
        "Nonthaburi",
        "en",
        "rethread",
        offers=(
            o(
                "upcycled_products",
                "Patchwork tote bags, cushion covers and zero-waste scrunchies made from factory offcuts",
            ),
        ),
        needs=(
            n("textile_offcuts", "Factory offcuts, cotton or linen, at least 30 cm pieces", "textile_offcuts"),
            n("overdyeing", "Someone to overdye our patchwork in natural colours", *NATURAL_DYEING),
        ),
        bcg=("circular",),
    ),
    Sme(
        "ผ้าเช็ดเครื่องจักรวังน้อย",
        "circular_textile",
        "downstream",
        "Phra Nakhon Si Ayutthaya",
        "th",
        "rags.wangnoi",
        offers=(o("cleaning_rags", "ผ้าเช็ดเครื่องจักร ตัดจากเสื้อยืดเก่า ซับน้ำมันดี ขายเป็นกิโล"),),
        needs=(n("secondhand_garments", "เสื้อยืดเก่า ผ้าคอตตอน ซื้อเป็นกระสอบ", "secondhand_garments"),),
        bcg=("circular",),
    ),
    Sme(
        "Eastern Seaboard Industrial Supplies",
        "circular_textile",
        "downstream",
        "Rayong",
        "en",
        "esb.supplies",
        offers=(o("ppe_supplies", "Safety gloves, coveralls and ear plugs"),),
        needs=(
            n(
                "cleaning_rags",
                "Need lint-free wiping rags for our factory customers, 1 tonne a month",
                "cleaning_rags",
            ),
        ),
    ),
    # ---------------------------------------------------------------- ageing lifestyle: care textiles
    Sme(
        "ที่นอนยางพาราสุราษฎร์",
        "ageing_lifestyle_central",
        "downstream",
        "Surat Thani",
        "th",
        "latex.surat",
        offers=(o("latex_mattress", "ที่นอนยางพาราและหมอนกันกรน ที่นอนลดแผลกดทับสำหรับผู้สูงอายุ"),),
        needs=(
            n("cover_fabric", "ผ้าหุ้มที่นอน ผ้าคอตตอนหรือทีซี เป็นม้วน", "cotton_sheeting"),
            n("fill_fibre", "ใยสำหรับยัดหมอน ใยโพลีเอสเตอร์หรือใยรีไซเคิลก็ได้", "recycled_pet_staple_fibre", "shoddy_fibre"),
        ),
        bcg=("bio",),
    ),
    Sme(
        "รับเย็บชุดผู้ป่วยบางใหญ่",
        "ageing_lifestyle_central",
        "midstream",
        "Nonthaburi",
        "th",
        "sew.bangyai",
        offers=(
            o("patient_gown", "ชุดผู้ป่วย เสื้อผ่าหน้า กางเกงเอวยางยืด ผ้าคอตตอนผสม"),
            o("bed_draw_sheet", "ผ้าขวางเตียง ผ้าปูเตียงผู้ป่วย ตามขนาดโรงพยาบาล"),
        ),
        needs=(n("cotton_sheeting", "ผ้าโทเรและผ้าคอตตอนขาว หน้ากว้าง 60 นิ้ว สั่งทีละ 20 พับ", "cotton_sheeting"),),
        certifications=("ISO 9001",),
    ),
    Sme(
        "Care Textiles Nakhon Pathom",
        "ageing_lifestyle_central",
        "midstream",
        "Nakhon Pathom",
        "en",
        "caretextiles",
        offers=(
            o(
                "washable_underpad",
                "Reusable incontinence underpads, four layers with TPU backing, tested to 200 washes",
            ),
            o("patient_lift_sheet", "Patient lift and transfer sheets with handles"),
            o("bed_draw_sheet", "Draw sheets in cotton twill"),
        ),
        needs=(
            n(
                "waterproof_fabric",
                "Looking for TPU-laminated knit fabric for pad backing, in rolls",
                "waterproof_tpu_fabric",
            ),
            n("absorbent_fabric", "Terry or bamboo absorbent fabric", "terry_fabric"),
        ),
        certifications=("ISO 13485", "OEKO-TEX Standard 100"),
    ),
    Sme(
        "ผ้ากันน้ำเทพารักษ์",
        "ageing_lifestyle_central",
        "midstream",
        "Samut Prakan",
        "th",
        "waterproof.theparak",
        offers=(o("waterproof_tpu_fabric", "ผ้าเคลือบ PU และ TPU กันน้ำ ระบายอากาศ ม้วนละ 50 หลา"),),
        needs=(),
    ),
    Sme(
        "โรงทอผ้าขนหนูอ้อมใหญ่",
        "ageing_lifestyle_central",
        "midstream",
        "Nakhon Pathom",
        "th",
        "towel.omyai",
        offers=(
            o("terry_fabric", "ผ้าขนหนูคอตตอน 100% และผ้าขนหนูใยไผ่ ขายเป็นม้วนหรือตัดผืน"),
            o("towels", "ผ้าเช็ดตัว ผ้าเช็ดผม สำหรับโรงแรม สปา โรงพยาบาล"),
        ),
        needs=(n("cotton_yarn", "ด้ายฝ้ายเบอร์ 16-20 สำหรับทอขน", "cotton_yarn"),),
    ),
    Sme(
        "โรงงานตัดเย็บชุดโรงพยาบาลบางปะอิน",
        "ageing_lifestyle_central",
        "midstream",
        "Phra Nakhon Si Ayutthaya",
        "th",
        "hospitalwear.bangpain",
        offers=(
            o("patient_gown", "ชุดคนไข้ ผ้าคอตตอนผ่านมาตรฐานโอเคเท็กซ์"),
            o("scrubs", "ชุดสครับพยาบาล ชุดห้องผ่าตัด"),
        ),
        needs=(n("cotton_sheeting", "ผ้าคอตตอนขาวเป็นพับ", "cotton_sheeting"),),
        certifications=("OEKO-TEX Standard 100", "ISO 9001"),
    ),
    Sme(
        "Chao Phraya Medical Centre",
        "ageing_lifestyle_central",
        "downstream",
        "Bangkok",
        "en",
        "purchasing.cpmc",
        offers=(),
        needs=(
            n(
                "patient_gown",
                "Front-opening patient gowns, 3,000 pieces a year, OEKO-TEX Standard 100 required",
                "patient_gown",
                certs=("OEKO-TEX Standard 100",),
            ),
            n("bed_draw_sheet", "Draw sheets for 400 beds", "bed_draw_sheet"),
            n("washable_underpad", "Washable underpads for the geriatric ward", "washable_underpad"),
            n("scrubs", "Scrub suits for nurses", "scrubs"),
        ),
    ),
    Sme(
        "โรงพยาบาลชุมชนรัตภูมิ",
        "ageing_lifestyle_central",
        "downstream",
        "Songkhla",
        "th",
        "rattaphum.hospital",
        offers=(),
        needs=(
            n("bed_draw_sheet", "ผ้าขวางเตียง 500 ผืน", "bed_draw_sheet"),
            n("patient_gown", "ชุดผู้ป่วยชายหญิง", "patient_gown"),
            n("washable_underpad", "ผ้ารองซับแบบซักได้", "washable_underpad"),
            n("patient_lift_sheet", "ผ้ายกตัวผู้ป่วยมีหูจับ", "patient_lift_sheet"),
        ),
    ),
    Sme(
        "Golden Years Care Home",
        "ageing_lifestyle_central",
        "downstream",
        "Nonthaburi",
        "en",
        "goldenyears",
        offers=(),
        needs=(
            n("washable_underpad", "Washable incontinence pads, 300 a month", "washable_underpad"),
            n("pressure_mattress", "Mattresses that prevent pressure sores", "latex_mattress", "air_mattress"),
            n("adaptive_clothing", "Easy-dress clothing for residents with limited movement", "adaptive_clothing"),
            n("laundry_service", "An outside laundry to wash bed linen", "laundry_service"),
        ),
    ),
    Sme(
        "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ ขอนแก่น",
        "ageing_lifestyle_isan",
        "downstream",
        "Khon Kaen",
        "th",
        "suk.jai",
        offers=(),
        needs=(
            n("washable_underpad", "อยากได้ผ้ารองซับแบบซักได้ ใช้กับผู้ป่วยติดเตียง 40 เตียง", "washable_underpad"),
            n("adaptive_clothing", "เสื้อผ้าผู้สูงอายุแบบติดตีนตุ๊กแก ใส่ง่าย", "adaptive_clothing"),
            n("bed_draw_sheet", "ผ้าขวางเตียง", "bed_draw_sheet"),
        ),
    ),
    Sme(
        "เสื้อผ้าผู้สูงวัยใส่สบาย สามพราน",
        "ageing_lifestyle_central",
        "downstream",
        "Nakhon Pathom",
        "th",
        "saisabai.elder",
        offers=(o("adaptive_clothing", "เสื้อผ้าผู้สูงอายุ เปิดหน้าด้วยแม่เหล็กหรือตีนตุ๊กแก ผ้าฝ้ายนุ่ม"),),
        needs=(
            n("soft_cotton", "ผ้าคอตตอนนุ่ม ไม่ระคายผิว เป็นพับ", "cotton_sheeting"),
            n("hook_loop_tape", "เทปตีนตุ๊กแก ม้วนละ 25 หลา", "haberdashery"),
        ),
    ),
    Sme(
        "Silver Thread Adaptive Wear",
        "ageing_lifestyle_central",
        "downstream",
        "Ratchaburi",
        "en",
        "silverthread",
        offers=(
            o(
                "adaptive_clothing",
                "Adaptive clothing for older people: magnetic-closure shirts and wrap skirts in hand-woven cotton",
            ),
        ),
        needs=(
            n(
                "handwoven_cotton",
                "Hand-woven cotton by the metre for shirts: pha khao ma, Ko Yo, indigo",
                *HANDWOVEN_COTTON,
            ),
        ),
    ),
    Sme(
        "โรงพยาบาลส่งเสริมสุขภาพเมืองอุดร",
        "ageing_lifestyle_isan",
        "downstream",
        "Udon Thani",
        "th",
        "hospital.udon",
        offers=(),
        needs=(
            n("patient_gown", "ชุดผู้ป่วยผ้าฝ้าย 600 ชุด", "patient_gown"),
            n("patient_lift_sheet", "patient lift sheet สำหรับหอผู้ป่วยสูงอายุ", "patient_lift_sheet"),
        ),
    ),
    # ---------------------------------------------------------------- downstream: hospitality, retail, brands
    Sme(
        "Andaman Wellness Resort",
        "ageing_lifestyle_central",
        "downstream",
        "Krabi",
        "en",
        "andaman.resort",
        offers=(),
        needs=(
            n("towels", "Spa towels and hair towels, 1,200 pieces", "towels"),
            n("sarongs", "Pa-te or batik sarongs for guests, 300 pieces", *BATIK),
            n(
                "amenity_baskets",
                "Woven amenity baskets in krajood or pandanus",
                "krajood_products",
                "pandanus_products",
            ),
            n("bathrobes", "Waffle bathrobes", "bathrobes"),
        ),
    ),
    Sme(
        "ร้านของฝากเกาะสมุย บ้านผ้า",
        "circular_textile",
        "downstream",
        "Surat Thani",
        "th",
        "banpha.samui",
        offers=(o("souvenir_retail", "ขายของฝากนักท่องเที่ยว ที่ถนนคนเดินเฉวง"),),
        needs=(
            n("pate_cloth", "ต้องการผ้าปาเต๊ะ ผ้าถุง ยกโหล มาขายนักท่องเที่ยว", "pate_cloth"),
            n("batik_bags", "กระเป๋าผ้าบาติก กระเป๋าใส่เหรียญ", "batik_bag"),
            n("krajood_products", "กระเป๋ากระจูดสาน", "krajood_products"),
        ),
    ),
    Sme(
        "ห้องเสื้อผ้าไทยร่วมสมัย",
        "hemp_natural_fibre",
        "downstream",
        "Bangkok",
        "th",
        "phathai.atelier",
        offers=(o("fashion_garments", "เสื้อผ้าสำเร็จรูปจากผ้าไทย ชุดทำงาน ชุดออกงาน"),),
        needs=(
            n("southern_cloth", "ผ้ายกเมืองนคร ผ้าเกาะยอ ผ้าจวนตานี ผ้านาหมื่นศรี เป็นเมตร", *SOUTHERN_HANDWOVEN),
            n(
                "peacock_silk",
                "ผ้าไหมมัดหมี่ ผ้าโฮล หรือแพรวา ที่มีตรานกยูงพระราชทาน",
                *ISAN_SILK,
                certs=("Thai Silk Peacock Emblem",),
            ),
            n("hemp_fabric", "ผ้ากัญชงที่ได้ GOTS", "hemp_fabric", certs=("GOTS",)),
        ),
    ),
    Sme(
        "Riverside Heritage Hotel",
        "ageing_lifestyle_central",
        "downstream",
        "Bangkok",
        "en",
        "riverside.hotel",
        offers=(),
        needs=(
            n(
                "silk_for_cushions",
                "We are refitting 120 rooms and want Thai silk for cushion covers and throws",
                *ISAN_SILK,
            ),
            n("towels", "Hotel towels", "towels"),
            n("bathrobes", "Cotton bath robes", "bathrobes"),
        ),
    ),
    Sme(
        "ร้านผ้าไทยหน้าวัดพระมหาธาตุ",
        "hemp_natural_fibre",
        "downstream",
        "Nakhon Si Thammarat",
        "th",
        "phathai.watphra",
        offers=(o("thai_cloth_retail", "ขายปลีกผ้าไทย ผ้าพื้นเมืองภาคใต้"),),
        needs=(
            n("yok_brocade_cloth", "ผ้ายกนคร ลายดั้งเดิม", "yok_brocade_cloth"),
            n("pate_cloth", "ผ้าปาเต๊ะ", "pate_cloth"),
        ),
    ),
    Sme(
        "Hat Yai Bag Makers",
        "circular_textile",
        "downstream",
        "Songkhla",
        "en",
        "hatyai.bags",
        offers=(o("batik_bag", "Bags and pouches sewn from batik and pa-te cloth"),),
        needs=(
            n("batik_cloth", "Batik and pa-te cloth, 200 yards a month", *BATIK),
            n("zippers", "Nylon zippers and bag straps", "haberdashery"),
        ),
    ),
    Sme(
        "กลุ่มจักสานกระจูดบ้านพนางตุง",
        "hemp_natural_fibre",
        "downstream",
        "Phatthalung",
        "th",
        "krajood.phanangtung",
        offers=(o("krajood_products", "กระเป๋ากระจูดสานลายลูกแก้ว ตะกร้า เสื่อ"),),
        needs=(
            n("krajood", "กระจูดแห้งหรือกระจูดย้อมสีแล้ว", "krajood_dried", "krajood_dyed"),
            n("lining", "ผ้าบาติกหรือผ้าปาเต๊ะทำซับในกระเป๋า", *BATIK),
        ),
    ),
    Sme(
        "Trang Pandanus Crafts",
        "hemp_natural_fibre",
        "downstream",
        "Trang",
        "en",
        "pandanus.trang",
        offers=(o("pandanus_products", "Pandanus (toey panan) mats, boxes and hats, sold wholesale"),),
        needs=(n("pandanus_strips", "Dried pandanus strips, dyed or natural", "pandanus_strips"),),
    ),
    Sme(
        "ฮิญาบปัตตานี",
        "ageing_lifestyle_central",
        "downstream",
        "Pattani",
        "th",
        "hijab.pattani",
        offers=(o("hijab", "ผ้าคลุมผมฮิญาบ ผ้าคลุมละหมาด"),),
        needs=(
            n("chiffon_fabric", "ผ้าชีฟองเป็นม้วน", "chiffon_fabric"),
            n("pate_cloth", "ผ้าปาเต๊ะมาตัดชุดให้เข้ากับผ้าคลุม", "pate_cloth"),
        ),
    ),
    Sme(
        "Fibre Lab Weaving",
        "hemp_natural_fibre",
        "midstream",
        "Bangkok",
        "en",
        "fibrelab",
        offers=(o("pineapple_fibre_fabric", "Woven pineapple-fibre/cotton fabric, 140 cm, natural or dyed"),),
        needs=(
            n("palf", "Pineapple leaf fibre or PALF yarn", "pineapple_leaf_fibre", "pineapple_fibre_yarn"),
            n("banana_fibre", "Banana fibre for a blended line", "banana_fibre"),
        ),
        bcg=("bio",),
    ),
    Sme(
        "กระเป๋าใยสับปะรด ย้อมมังคุด",
        "hemp_natural_fibre",
        "downstream",
        "Chanthaburi",
        "th",
        "palf.bags",
        offers=(o("palf_bags", "กระเป๋าทำจากผ้าใยสับปะรด ย้อมเปลือกมังคุด"),),
        needs=(
            n("palf_fabric", "ผ้าทอใยสับปะรดเป็นเมตร", "pineapple_fibre_fabric"),
            n("dyeing", "หาที่รับย้อมผ้าใยสับปะรดด้วยสีธรรมชาติ ครั้งละ 50 เมตร", "natural_dyeing_service"),
        ),
        bcg=("bio",),
    ),
    Sme(
        "Hyacinth Home",
        "hemp_natural_fibre",
        "downstream",
        "Nonthaburi",
        "en",
        "hyacinthhome",
        offers=(o("water_hyacinth_furniture", "Water hyacinth chairs, ottomans and laundry baskets"),),
        needs=(
            n(
                "water_hyacinth_dried",
                "We buy dried water hyacinth stems, about 2 tonnes a month, delivered to Nonthaburi",
                "water_hyacinth_dried",
            ),
        ),
        bcg=("bio",),
    ),
    Sme(
        "กลุ่มสานผักตบบ้านสามชุก",
        "hemp_natural_fibre",
        "upstream",
        "Suphan Buri",
        "th",
        "paktob.samchuk",
        offers=(o("water_hyacinth_dried", "ผักตบชวาแห้ง ยาว 60 ซม. ขึ้นไป ขายเป็นกิโล"),),
        needs=(n("market", "หาโรงงานเฟอร์นิเจอร์ที่รับซื้อประจำ"),),
        bcg=("bio",),
    ),
    Sme(
        "ร้านของฝากอุดร ผ้าพื้นเมือง",
        "ageing_lifestyle_isan",
        "downstream",
        "Udon Thani",
        "th",
        "khongfak.udon",
        offers=(o("thai_cloth_retail", "ขายผ้าพื้นเมืองอีสาน"),),
        needs=(n("isan_cotton", "ผ้าหมี่ขิด ผ้าย้อมคราม", "khit_cotton_cloth", "indigo_cotton_cloth"),),
    ),
    Sme(
        "Indigo Isan Label",
        "ageing_lifestyle_isan",
        "downstream",
        "Sakon Nakhon",
        "en",
        "indigoisan",
        offers=(o("indigo_garments", "Indigo-dyed shirts and scarves"),),
        needs=(n("indigo_cloth", "Hand-woven indigo cotton by the metre", "indigo_cotton_cloth"),),
    ),
    Sme(
        "Hemp Siam Textiles",
        "hemp_natural_fibre",
        "midstream",
        "Bangkok",
        "en",
        "hempsiam",
        offers=(o("hemp_fabric", "Hemp and hemp-cotton 55/45 fabrics, 150 cm, natural or garment-dyed"),),
        needs=(n("hemp_yarn", "Hemp yarn from Thai growers", "hemp_yarn"),),
        certifications=("GOTS",),
        bcg=("bio",),
    ),
)


# ---------------------------------------------------------------- derived files


def links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    """Every (supplier id, buyer id) where an offer label meets a need and the supplier holds its certifications."""
    found: list[tuple[str, str]] = []
    for b, buyer in enumerate(smes):
        for s, supplier in enumerate(smes):
            if s == b:
                continue
            offered = {offer.label for offer in supplier.offers}
            held = set(supplier.certifications)
            if any(offered & set(need.accepts) and set(need.certs) <= held for need in buyer.needs):
                found.append((sme_id(s), sme_id(b)))
    return sorted(found)


def sme_id(index: int) -> str:
    return f"bsc-{index + 1:03d}"


def profile(index: int, sme: Sme) -> dict[str, object]:
    return {
        "id": sme_id(index),
        "name": sme.name,
        "sub_cluster": sme.sub_cluster,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [offer.text for offer in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certifications),
        "bcg": list(sme.bcg),
        "contact_email": f"{sme.mailbox}@example.com",
        "language": sme.language,
    }


def check(smes: tuple[Sme, ...]) -> None:
    """The fields of the cluster JSONL format, by hand, and the labels against typos."""
    provinces = {row["name_en"] for row in json.loads((TAXONOMY / "provinces.json").read_text(encoding="utf-8"))}
    certifications = json.loads((TAXONOMY / "certifications.json").read_text(encoding="utf-8"))
    mentions = {row["name"]: [row["name"], *row["mentions"], *row["aliases"]] for row in certifications}
    offered = {offer.label for sme in smes for offer in sme.offers}
    assert not offered & NOBODY_OFFERS, offered & NOBODY_OFFERS
    mailboxes = [sme.mailbox for sme in smes]
    assert len(set(mailboxes)) == len(mailboxes), "contact emails must differ"
    for sme in smes:
        assert sme.name.strip(), sme
        assert sme.sub_cluster in SUB_CLUSTERS, sme.name
        assert sme.stage in STAGES, sme.name
        assert sme.province in provinces, sme.province
        assert sme.language in ("th", "en"), sme.name
        assert set(sme.bcg) <= BCG, sme.name
        assert all(cert in mentions for cert in sme.certifications), sme.name
        for text in [offer.text for offer in sme.offers] + [need.text for need in sme.needs]:
            assert text.strip() and text == text.strip(), sme.name
            # Thai profiles write Thai; English ones may only gloss a Thai name in brackets.
            outside_brackets = re.sub(r"\([^)]*\)", "", text)
            if sme.language == "th":
                assert THAI.search(text), (sme.name, text)
            else:
                assert not THAI.search(outside_brackets), (sme.name, text)
        for need in sme.needs:
            assert set(need.accepts) <= offered | NOBODY_OFFERS, (sme.name, need.label, need.accepts)
            for cert in need.certs:
                assert cert in mentions, cert
                folded = need.text.casefold()
                assert any(word.casefold() in folded for word in mentions[cert]), (need.text, cert)


def write() -> None:
    check(SMES)
    lines = [json.dumps(profile(i, sme), ensure_ascii=False) + "\n" for i, sme in enumerate(SMES)]
    (HERE / "profiles.jsonl").write_text("".join(lines), encoding="utf-8", newline="")
    table = io.StringIO(newline="")
    writer = csv.writer(table, lineterminator="\n")
    writer.writerow(("supplier_id", "buyer_id"))
    writer.writerows(links(SMES))
    (HERE / "links.csv").write_text(table.getvalue(), encoding="utf-8", newline="")


if __name__ == "__main__":
    write()
