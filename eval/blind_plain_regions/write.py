"""Hand-labelled evaluation set: plain registry entries of a regional textile and wellness cluster.

Every profile below is written by hand. Each offer carries a label saying what the thing is; each need
lists the offer labels that would meet it (plus the certifications its text requires), or is marked as
met by no one. Links are derived from those labels, never from the wording.

Run from the repository root:  .venv/bin/python eval/blind_plain_regions/write.py
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

from shared.taxonomy import BcgTag, Stage, SubCluster, resolve_certification, resolve_province  # noqa: E402

HEMP = SubCluster.HEMP_NATURAL_FIBRE.value
CIRC = SubCluster.CIRCULAR_TEXTILE.value
SPORT = SubCluster.SPORTECH.value
AGE_C = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AGE_I = SubCluster.AGEING_LIFESTYLE_ISAN.value
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
    certs: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet_note: str | None = None


@dataclass
class Profile:
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    email: str
    offers: list[Offer] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)
    id: str = ""


def o(text: str, label: str) -> Offer:
    return Offer(text, label)


def n(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any of `labels` from a supplier holding every cert in `certs`."""
    return Need(text, tuple(labels), tuple(certs), tuple(waives))


def u(text: str, note: str, waives: tuple[str, ...] = ()) -> Need:
    """A need that nobody in the cluster offers."""
    return Need(text, (), (), tuple(waives), note)


def p(
    name: str,
    sub: str,
    stage: str,
    province: str,
    lang: str,
    email: str,
    offers: list[Offer] | None = None,
    needs: list[Need] | None = None,
    certs: list[str] | None = None,
    bcg: list[str] | None = None,
) -> Profile:
    """One SME as the registry form stores it."""
    return Profile(name, sub, stage, province, lang, email, offers or [], needs or [], certs or [], bcg or [])


PROFILES: list[Profile] = [
    # ------------------------------------------------------------------ north: Chiang Mai
    p(
        "วิสาหกิจชุมชนกลุ่มทอผ้าใยกัญชงม้งบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "th",
        "maesamai.hemp@gmail.com",
        offers=[
            o("ด้ายกัญชงเข็นมือ ฝีมือแม่ๆ ชาวม้ง ขายเป็นไจ ไจละ 100 กรัม", "hemp_yarn_handspun"),
            o("ผ้าใยกัญชงทอมือ สีขาวนวลธรรมชาติ ยังไม่ผ่านการย้อม หน้ากว้าง 35 ซม.", "hemp_fabric_handwoven_undyed"),
            o("ปอกัญชงลอกเปลือกตากแห้ง ขายเป็นกิโล", "hemp_bast_fibre_raw"),
        ],
        needs=[
            n("หาคนรับย้อมครามให้ผ้าใยกัญชงของกลุ่ม เดือนละ 50-80 เมตร", "indigo_dyeing_service"),
            n("อยากได้คนช่วยทำเพจ ถ่ายรูปสินค้า ขายออนไลน์", "online_marketing_service"),
        ],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    p(
        "Doi Hemp Studio",
        HEMP,
        DOWN,
        "Chiang Mai",
        "en",
        "hello@doihempstudio.com",
        offers=[
            o("Hemp tote bags and rucksacks, hand-stitched, wholesale from 30 pcs (Line: @doihemp)", "handcrafted_bag"),
            o("Indigo hemp scarves 180 x 50 cm, gift boxed", "handwoven_scarf"),
        ],
        needs=[
            n(
                "Handspun hemp yarn, undyed, approx. 20 kg per quarter. No need for GOTS",
                "hemp_yarn_handspun",
                waives=("GOTS",),
            ),
            n("Hand-loomed hemp cloth dyed with real indigo (not synthetic)", "hemp_fabric_indigo_dyed"),
            n("Sewing workshop to make up our bags - we supply the cloth and trims", "sewing_cmt_service"),
            n("Hemp-cotton blend yardage, must be GOTS certified", "hemp_cotton_blend_fabric_machine", certs=("GOTS",)),
        ],
        bcg=["bio", "green"],
    ),
    p(
        "ร้านช่างไม้ทำกี่ทอผ้า สันกำแพง",
        HEMP,
        MID,
        "Chiang Mai",
        "th",
        "kee.sankamphaeng@hotmail.com",
        offers=[
            o("กี่ทอผ้าพื้นเมือง กี่กระตุก ทำตามขนาดที่ลูกค้าต้องการ", "handloom_equipment"),
            o("ฟืมไม้ไผ่ ฟืมสแตนเลส กระสวย หลอดด้าย อะไหล่กี่ครบ", "handloom_equipment"),
        ],
        needs=[u("ไม้สักเก่า ไม้เนื้อแข็ง ราคาไม่แพง", "old teak / hardwood timber")],
    ),
    p(
        "Hill Tribe Weavers Fair Trade Co., Ltd.",
        HEMP,
        DOWN,
        "Chiang Mai",
        "en",
        "orders@hilltribeweavers.co.th",
        offers=[
            o("Karen handwoven cotton by the metre, bark and leaf dyes", "cotton_fabric_handwoven_natural_dyed"),
            o("Karen woven shoulder bags (yaam), 3 sizes", "handcrafted_bag"),
        ],
        needs=[
            n("Weaving trainers for new producer groups in Mae Hong Son", "weaving_training"),
            n("Natural dye workshop for 15 women, 3 days", "natural_dye_training"),
            n("Lab test for azo dyes and colour fastness for our EU buyer", "textile_testing_lab"),
        ],
        certs=["Fairtrade"],
        bcg=["bio"],
    ),
    p(
        "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ เชียงใหม่",
        AGE_C,
        DOWN,
        "Chiang Mai",
        "th",
        "baansukjai.cm@gmail.com",
        needs=[
            n("ผ้ายกตัวผู้ป่วย (ผ้าเคลื่อนย้าย) มีหูจับ 20 ผืน", "patient_transfer_sheet"),
            n("แผ่นรองซับแบบซักได้ ใช้ซ้ำได้ 200 ครั้งขึ้นไป", "washable_underpad"),
            n("ต้องการผ้าอ้อมผู้ใหญ่แบบเทป ไซส์ L เดือนละ 40 ห่อ เริ่มส่ง มี.ค. 68", "disposable_adult_diaper"),
            n("ถุงเท้ากันลื่นให้คุณตาคุณยาย", "anti_slip_socks"),
        ],
    ),
    p(
        "Chiang Mai Wellness Retreat",
        AGE_C,
        DOWN,
        "Chiang Mai",
        "en",
        "purchasing@cmwellnessretreat.com",
        needs=[
            n("Cotton bath towels, 200 sets, white", "cotton_bath_towel"),
            n("Herbal compress balls for Thai massage, 500 pcs/month, fresh not dried", "herbal_compress_ball"),
            n("Therapist uniforms in breathable cotton, 30 sets", "staff_uniform"),
        ],
        bcg=["green"],
    ),
    p(
        "Chiang Mai Design Lab",
        HEMP,
        DOWN,
        "Chiang Mai",
        "en",
        "studio@cmdesignlab.co",
        offers=[
            o("Collection development and pattern design for craft groups", "design_service"),
            o("Product photos, websites, Shopee/Lazada shop set-up, Facebook ads", "online_marketing_service"),
            o("Brand identity, logos and packaging for OTOP and craft brands", "brand_packaging_design"),
        ],
    ),
    p(
        "กลุ่มหมอนนุ่นบ้านแม่แตง",
        HEMP,
        DOWN,
        "Chiang Mai",
        "th",
        "mon.nun.maetaeng@gmail.com",
        offers=[
            o("หมอนนุ่นแท้ 100% ปลอกผ้าฝ้าย ขนาด 19x29 นิ้ว", "kapok_pillow"),
            o("นุ่นดิบอบแล้ว ไม่มีเมล็ด ขายกิโลละ 120 บาท", "kapok_fibre"),
        ],
        needs=[
            n("ผ้าดิบทอเครื่องสำหรับทำปลอกหมอนด้านใน พับละ 50 หลา", "cotton_greige_fabric_machine"),
            n("ผ้าฝ้ายทอมือสีขาวนวล ไม่ย้อม เอามาทำปลอกหมอนรุ่นพรีเมียม", "cotton_fabric_handwoven_undyed"),
        ],
        certs=["OTOP"],
    ),
    p(
        "Little Lanna Organics",
        HEMP,
        DOWN,
        "Chiang Mai",
        "en",
        "hi@littlelanna.com",
        offers=[o("Organic cotton baby rompers and swaddles, 0-24 months", "organic_cotton_baby_clothes")],
        needs=[
            n("Organic cotton jersey, GOTS certified, 160 gsm", "cotton_jersey_knit_fabric", certs=("GOTS",)),
            n("GOTS organic cotton yarn for our knitting contractor, Ne 30/1", "organic_cotton_yarn", certs=("GOTS",)),
        ],
        certs=["GOTS"],
        bcg=["bio"],
    ),
    p(
        "กลุ่มหน้ากากผ้าทอมือ บ้านถวาย",
        HEMP,
        DOWN,
        "Chiang Mai",
        "th",
        "tawai.mask@gmail.com",
        offers=[
            o("หน้ากากผ้าฝ้ายทอมือ 2 ชั้น ซักได้ มีช่องใส่แผ่นกรอง", "cloth_face_mask_washable"),
            o("ผ้าคลุมไหล่ ผ้าพันคอฝ้ายทอมือ ย้อมสีธรรมชาติ", "handwoven_scarf"),
        ],
        needs=[
            n("ยางยืดแบน 5 มม. สำหรับสายคล้องหู ม้วนละ 100 หลา", "elastic_webbing"),
            n("ผ้าสปันบอนด์ตัดเป็นแผ่นกรองสอดในหน้ากาก", "nonwoven_spunbond_fabric"),
        ],
    ),
    # ------------------------------------------------------------------ north: Lamphun
    p(
        "หจก. ลำพูนไหมยกดอก",
        HEMP,
        MID,
        "Lamphun",
        "th",
        "lamphun.yokdok@gmail.com",
        offers=[
            o("ผ้าไหมยกดอกลำพูน ทอกี่พื้นเมือง ลายพิกุลเงิน", "silk_brocade_fabric"),
            o("รับทอผ้าไหมยกตามแบบ ลูกค้าส่งเส้นไหมมาเอง", "handweaving_contract_service"),
        ],
        needs=[
            n("เส้นไหมพุ่งที่ย้อมสีเสร็จแล้ว สีทอง สีม่วง เดือนละ 30 กก.", "silk_yarn_dyed"),
            n(
                "ไหมดิบยังไม่ฟอก ไม่ต้องมีตรานกยูง",
                "silk_yarn_raw",
                "silk_yarn_raw_machine_reeled",
                waives=("Thai Silk Peacock Emblem",),
            ),
            u("ดิ้นทอง ดิ้นเงิน สำหรับยกดอก", "gold and silver metallic thread"),
        ],
        certs=["Thai Silk Peacock Emblem", "OTOP"],
    ),
    p(
        "กลุ่มผ้าฝ้ายทอมือบ้านดอนหลวง",
        HEMP,
        MID,
        "Lamphun",
        "th",
        "donluang.cotton@gmail.com",
        offers=[
            o("ผ้าฝ้ายทอมือป่าซาง ย้อมคราม ม้วนละ 20 หลา", "cotton_fabric_handwoven_indigo"),
            o("ผ้าฝ้ายทอมือสีขาวธรรมชาติ ยังไม่ได้ย้อม", "cotton_fabric_handwoven_undyed"),
            o("ผ้าพันคอฝ้าย ขายส่งขั้นต่ำ 50 ผืน", "handwoven_scarf"),
            o("ผ้าห่มฝ้ายทอมือ ผืนใหญ่ 2x2.2 ม.", "cotton_blanket"),
        ],
        needs=[
            n("ฝ้ายเข็นมือเส้นใหญ่ เอาไปทอผ้าห่ม", "cotton_yarn_handspun"),
            n("ด้ายฝ้ายเบอร์ 20/2 สำเร็จจากโรงงาน ใช้ทำเส้นยืน", "cotton_yarn_machine_spun"),
        ],
        certs=["OTOP"],
    ),
    p(
        "Lamphun Medical Textiles Co., Ltd.",
        AGE_C,
        MID,
        "Lamphun",
        "en",
        "sales@lamphunmedtex.com",
        offers=[
            o("Washable incontinence underpads, 4-layer, 85 x 90 cm", "washable_underpad"),
            o("Patient slide sheets with handles, load tested to 150 kg", "patient_transfer_sheet"),
            o("TPU-laminated knit for mattress protectors, 150 cm", "waterproof_laminated_fabric"),
            o("Disposable SMS isolation gowns, AAMI level 2", "disposable_medical_gown"),
        ],
        needs=[
            n("Antibacterial finishing on our own knit rolls", "antibacterial_finishing_service"),
            n("PP spunbond 25 gsm, 20 t/yr", "nonwoven_spunbond_fabric"),
        ],
        certs=["ISO 13485", "ISO 9001"],
    ),
    p(
        "วิสาหกิจชุมชนแม่บ้านทอผ้าไหมบ้านหนองช้างคืน",
        HEMP,
        MID,
        "Lamphun",
        "th",
        "nongchangkuen.silk@gmail.com",
        offers=[
            o("รับจ้างทอผ้าฝ้าย/ผ้าไหม ตามลายที่ลูกค้ากำหนด ใช้เส้นด้ายของลูกค้า", "handweaving_contract_service"),
            o("ผ้าซิ่นไหมลายน้ำไหล", "handwoven_tube_skirt"),
        ],
        needs=[u("ครูสอนทอลายยกดอกลำพูนมาสอนสมาชิกรุ่นใหม่", "brocade (yok dok) weaving teacher")],
    ),
    # ------------------------------------------------------------------ north: Lampang
    p(
        "ร้านเฮือนฮ่อมลำปาง",
        HEMP,
        MID,
        "Lampang",
        "th",
        "huenhom.lampang@gmail.com",
        offers=[
            o("รับย้อมครามธรรมชาติ ทั้งผ้าพับและเสื้อสำเร็จ ผ้าของลูกค้า ขั้นต่ำ 10 เมตร", "indigo_dyeing_service"),
            o("รับย้อมสีจากเปลือกไม้ แก่นขนุน ครั่ง ตามสั่ง", "natural_dyeing_service"),
            o("สอนมัดย้อมครามเป็นกลุ่ม คอร์ส 1 วัน", "natural_dye_training"),
        ],
        needs=[
            n("ครามเปียกอย่างดี 50 กก.", "indigo_paste"),
            n("ครั่งเม็ด/ครั่งดิบ", "lac_dye_raw"),
            n("เปลือกประดู่ แก่นขนุนแห้ง", "dried_dye_plants"),
        ],
    ),
    p(
        "วิสาหกิจชุมชนเลี้ยงครั่งบ้านสบปราบ",
        HEMP,
        UP,
        "Lampang",
        "th",
        "krang.sobprab@gmail.com",
        offers=[
            o("ครั่งดิบ (ครั่งกิ่ง) จากต้นจามจุรี ขั้นต่ำ 5 กก.", "lac_dye_raw"),
            o("แก่นฝาง แก่นขนุน ตากแห้ง สำหรับย้อมผ้า", "dried_dye_plants"),
        ],
        needs=[u("ครั่งพันธุ์สำหรับปล่อยรอบใหม่", "lac brood (live insects for propagation)")],
        bcg=["bio"],
    ),
    p(
        "โรงเย็บผ้าแม่เมาะการ์เมนท์",
        AGE_C,
        MID,
        "Lampang",
        "th",
        "maemoh.garment@gmail.com",
        offers=[
            o("รับตัดเย็บตามแบบ ลูกค้าส่งผ้ามาเอง ขั้นต่ำ 100 ตัว", "sewing_cmt_service"),
            o("ชุดฟอร์มพนักงาน ชุดแม่บ้าน ชุดสปา", "staff_uniform"),
            o("ชุดคนไข้ ผ้าคอตตอน สีฟ้า/ชมพู", "patient_gown"),
        ],
        needs=[
            n("ผ้าโทเรเป็นพับ สำหรับตัดชุดฟอร์ม", "polycotton_woven_fabric"),
            n("ช่างซ่อมจักรเย็บอุตสาหกรรม มาดูถึงโรงงาน", "sewing_machine_repair"),
        ],
    ),
    p(
        "Lampang Heritage Hotel",
        AGE_C,
        DOWN,
        "Lampang",
        "en",
        "gm@lampangheritage.com",
        needs=[
            n("Hand-loomed cotton cushion covers from local villages", "cushion_cover_handwoven"),
            n("Looking for bed linen for 48 rooms, sateen 300 TC, before high season (Nov 2025)", "hotel_bed_linen"),
        ],
    ),
    # ------------------------------------------------------------------ north: Nan
    p(
        "วิสาหกิจชุมชนปลูกฝ้ายอินทรีย์บ้านนาหลวง",
        HEMP,
        UP,
        "Nan",
        "th",
        "nalaung.organic@gmail.com",
        offers=[
            o("ฝ้ายตุ่ย (ฝ้ายพื้นเมือง) เกษตรอินทรีย์ เก็บมือ ทั้งเมล็ด", "raw_cotton"),
            o("ฝ้ายเข็นมือ สีขาว สีตุ่น", "cotton_yarn_handspun"),
            o("ฝ้ายเข็นย้อมสีธรรมชาติ ครั่ง ขมิ้น ประดู่", "cotton_yarn_natural_dyed"),
        ],
        needs=[
            u("เครื่องอีดฝ้ายแยกเมล็ดแบบมอเตอร์", "motorised cotton gin"),
            n("สินเชื่อดอกเบี้ยต่ำสำหรับกลุ่มเกษตรกร", "sme_loan"),
        ],
        certs=["Organic Thailand"],
        bcg=["bio"],
    ),
    p(
        "กลุ่มทอผ้าไทลื้อบ้านหนองบัว",
        HEMP,
        MID,
        "Nan",
        "th",
        "thailue.nongbua@gmail.com",
        offers=[
            o("ผ้าซิ่นไทลื้อลายน้ำไหล ทอมือ", "handwoven_tube_skirt"),
            o("ผ้าทอลายน้ำไหลเป็นเมตร ฝ้ายย้อมสีธรรมชาติ", "cotton_fabric_handwoven_natural_dyed"),
            o("ปลอกหมอนอิงผ้าทอไทลื้อ 16x16 นิ้ว", "cushion_cover_handwoven"),
        ],
        needs=[
            n("ฝ้ายย้อมสีธรรมชาติแล้ว สีแดงครั่ง เหลืองขมิ้น", "cotton_yarn_natural_dyed"),
            n("นักออกแบบช่วยทำลายใหม่ให้คนรุ่นใหม่ใส่", "design_service"),
        ],
        certs=["OTOP"],
    ),
    p(
        "รพ.สต.บ้านห้วยโก๋น",
        AGE_C,
        DOWN,
        "Nan",
        "th",
        "hs.huaykon@gmail.com",
        needs=[
            n("ผ้าปูเตียงคนไข้ 3.5 ฟุต", "hospital_bed_sheet"),
            n(
                "หน้ากากอนามัยทางการแพทย์ ต้องผ่าน มอก. เท่านั้น",
                "surgical_mask_disposable",
                certs=("Thai Industrial Standard",),
            ),
        ],
    ),
    p(
        "ธนาคารชุมชนน่านฮักเมือง",
        HEMP,
        DOWN,
        "Nan",
        "th",
        "nanhakmuang.fund@gmail.com",
        offers=[
            o("สินเชื่อสำหรับวิสาหกิจชุมชน วงเงินไม่เกิน 500,000 บาท ผ่อนนาน 5 ปี", "sme_loan"),
            o("ที่ปรึกษาทำบัญชีและแผนธุรกิจให้กลุ่มอาชีพ", "business_advisory_service"),
        ],
    ),
    # ------------------------------------------------------------------ north: Phrae
    p(
        "ร้านแพร่หม้อห้อมป้าแดง",
        HEMP,
        DOWN,
        "Phrae",
        "th",
        "mohom.padang@gmail.com",
        offers=[
            o("เสื้อหม้อห้อมคอจีน ย้อมครามแท้ ไซส์ S-3XL", "indigo_dyed_garment"),
            o("ผ้าขาวม้าย้อมห้อม", "pha_khao_ma"),
        ],
        needs=[
            n("ผ้าฝ้ายดิบทอเครื่อง หน้า 44 นิ้ว สำหรับตัดเสื้อก่อนย้อม", "cotton_greige_fabric_machine"),
            n("ส่งเสื้อไปทดสอบสีตกก่อนส่งเข้าห้าง", "textile_testing_lab"),
            u("กระดุมกะลามะพร้าว", "coconut shell buttons"),
        ],
        certs=["OTOP"],
    ),
    p(
        "หจก. แพร่สิ่งทอ",
        HEMP,
        MID,
        "Phrae",
        "th",
        "phrae.textile@yahoo.com",
        offers=[
            o("ผ้าดิบฝ้าย 100% ทอเครื่อง หน้า 36/44 นิ้ว ขายเป็นพับ เนื้อแน่น ไม่ลงแป้ง", "cotton_greige_fabric_machine"),
            o("ผ้าขาวม้าทอเครื่อง ลายตาราง ขายส่ง", "pha_khao_ma"),
        ],
        needs=[
            n("ต้องการด้ายฝ้าย Ne 20 เดือนละ 1 ตัน", "cotton_yarn_machine_spun"),
            u("อะไหล่กี่กระสวยเครื่อง (power loom) ใบตะกอ ลูกกระสวย", "power loom spare parts"),
        ],
    ),
    p(
        "กลุ่มแม่บ้านทำลูกประคบบ้านทุ่งโฮ้ง",
        AGE_C,
        DOWN,
        "Phrae",
        "th",
        "lukprakob.thunghong@gmail.com",
        offers=[o("ลูกประคบสมุนไพรสด ห่อผ้าดิบ ขายส่งร้านนวด", "herbal_compress_ball")],
        needs=[n("ผ้าขาวทอเครื่องสำหรับห่อลูกประคบ เดือนละ 10 พับ", "cotton_greige_fabric_machine")],
        certs=["OTOP"],
    ),
    # ------------------------------------------------------------------ north: Chiang Rai
    p(
        "บจก. เชียงรายเฮมพ์เท็กซ์",
        HEMP,
        MID,
        "Chiang Rai",
        "th",
        "sales@chiangraihemptex.co.th",
        offers=[
            o("ด้ายกัญชงปั่นเครื่อง Nm 10-26 แบบ 100% และผสมฝ้าย", "hemp_yarn_machine_spun"),
            o("ผ้ากัญชงผสมฝ้าย ทอด้วยเครื่อง หน้ากว้าง 150 ซม.", "hemp_cotton_blend_fabric_machine"),
        ],
        needs=[
            n("เส้นใยกัญชงดิบจากเกษตรกร ต้องการ 2 ตัน/ปี", "hemp_bast_fibre_raw"),
            n("ห้องแล็บทดสอบความแข็งแรงเส้นด้ายและฟอร์มาลดีไฮด์", "textile_testing_lab"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    p(
        "กลุ่มผ้าปักชาวอาข่าบ้านผาหมี",
        HEMP,
        DOWN,
        "Chiang Rai",
        "th",
        "akha.pami@gmail.com",
        offers=[
            o("กระเป๋าผ้าปักมือลายอาข่า", "handcrafted_bag"),
            o("รับปักมือลายชนเผ่าบนเสื้อ/กระเป๋าของลูกค้า", "hand_embroidery_service"),
        ],
        needs=[
            n("ผ้าฝ้ายย้อมครามเป็นผืน เอามาเย็บกระเป๋า", "cotton_fabric_handwoven_indigo"),
        ],
    ),
    p(
        "วิสาหกิจชุมชนใยสับปะรดนางแล",
        HEMP,
        UP,
        "Chiang Rai",
        "th",
        "pineapplefibre.nanglae@gmail.com",
        offers=[
            o("เส้นใยจากใบสับปะรด ขูดมือ ตากแห้ง กก.ละ 400 บาท", "pineapple_leaf_fibre"),
            o("ผ้าทอใยสับปะรดผสมฝ้าย ทอมือ", "pineapple_blend_fabric_handwoven"),
        ],
        needs=[
            u("เครื่องขูดใยสับปะรด", "pineapple leaf decorticator"),
            n("ทำแบรนด์ ทำโลโก้ ออกแบบบรรจุภัณฑ์", "brand_packaging_design"),
        ],
        bcg=["bio", "circular"],
    ),
    p(
        "Golden Triangle Eco Lodge",
        AGE_C,
        DOWN,
        "Chiang Rai",
        "en",
        "purchase@gtecolodge.com",
        needs=[
            n("Hotel sheets and duvet covers, 300 TC, king and twin", "hotel_bed_linen"),
            n("Laundry bags made from recycled fabric", "upcycled_bag"),
            n("Locally woven pineapple-fibre textiles for the lobby", "pineapple_blend_fabric_handwoven"),
        ],
        bcg=["green"],
    ),
    # ------------------------------------------------------------------ Isan: Sakon Nakhon
    p(
        "วิสาหกิจชุมชนครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        "th",
        "khram.donkoi@gmail.com",
        offers=[
            o("ครามเปียก (เนื้อคราม) หมักเอง ถุงละ 1 กก.", "indigo_paste"),
            o("ต้นครามสด ตัดส่งตามออเดอร์", "indigo_leaves_fresh"),
            o("ผ้าฝ้ายมัดหมี่ย้อมครามทอมือ", "cotton_fabric_handwoven_indigo"),
            o("ผ้าห่มฝ้ายย้อมคราม ห่มอุ่น", "cotton_blanket"),
        ],
        needs=[
            n("ฝ้ายเข็นมือ สีขาว ยังไม่ย้อม 100 กก.", "cotton_yarn_handspun"),
            u("โอ่งมังกรใบใหญ่สำหรับหมักคราม", "large glazed fermentation jars"),
        ],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    p(
        "Sakon Indigo Craft Co., Ltd.",
        HEMP,
        DOWN,
        "Sakon Nakhon",
        "en",
        "info@sakonindigo.com",
        offers=[
            o("Indigo-dyed cotton shirts and jackets, made to order for boutiques", "indigo_dyed_garment"),
            o("Indigo tie-dye workshops for tourists and corporate groups", "indigo_workshop_tourist"),
        ],
        needs=[
            n("Natural indigo paste, 200 kg per year", "indigo_paste"),
            n("Hand-loomed cotton, undyed, for our own vats", "cotton_fabric_handwoven_undyed"),
            n("Sewing contractor for 300 jackets/month from our fabric", "sewing_cmt_service"),
        ],
        bcg=["bio"],
    ),
    p(
        "ศูนย์ดูแลผู้สูงอายุชุมชนเต่างอย",
        AGE_I,
        DOWN,
        "Sakon Nakhon",
        "th",
        "taongoi.elderly@gmail.com",
        needs=[
            n("ผ้าห่มฝ้ายสำหรับผู้สูงอายุ 100 ผืน", "cotton_blanket"),
            n("ผ้ารองฉี่แบบซักได้", "washable_underpad"),
            u("ไม้เท้า รถเข็น อุปกรณ์ช่วยเดิน", "walking aids and wheelchairs"),
        ],
    ),
    p(
        "กลุ่มทอผ้าไหมบ้านพังขว้าง",
        HEMP,
        MID,
        "Sakon Nakhon",
        "th",
        "phangkhwang.silk@gmail.com",
        offers=[
            o("ผ้าไหมมัดหมี่ย้อมคราม ทอมือ ยาว 4 เมตร", "silk_fabric_handwoven"),
            o("รับย้อมครามเส้นไหม/เส้นฝ้ายของลูกค้า", "indigo_yarn_dyeing_service"),
        ],
        needs=[n("คนช่วยถ่ายรูปผ้าไหมและเปิดร้านออนไลน์ให้", "online_marketing_service")],
    ),
    # ------------------------------------------------------------------ Isan: Udon Thani
    p(
        "กลุ่มผ้าขิดบ้านนาข่า",
        AGE_I,
        MID,
        "Udon Thani",
        "th",
        "khit.nakha@gmail.com",
        offers=[
            o("ผ้าขิดทอมือ ลายโบราณ เป็นเมตร", "khit_fabric_handwoven"),
            o("หมอนขวานผ้าขิด 10 ช่อง ยัดนุ่น", "triangle_pillow"),
        ],
        needs=[
            n("นุ่นหรือใยยัดหมอน", "kapok_fibre", "recycled_fibre_stuffing"),
            n("ด้ายฝ้ายย้อมสีเคมี สีสดไม่ตก ทำลายขิด", "cotton_yarn_dyed"),
        ],
        certs=["OTOP"],
    ),
    p(
        "Udon Care Partners",
        AGE_I,
        DOWN,
        "Udon Thani",
        "en",
        "admin@udoncarepartners.com",
        needs=[
            n("Washable adult incontinence pants, sizes M to XL", "washable_incontinence_pants"),
            n("Grip socks for residents, 60 pairs", "anti_slip_socks"),
            n(
                "Soft cotton bed sheets for single beds, no need for OEKO-TEX",
                "hospital_bed_sheet",
                "hotel_bed_linen",
                waives=("OEKO-TEX Standard 100",),
            ),
            u("Caregiver training in safe patient handling", "caregiver training course"),
        ],
    ),
    p(
        "ร้านรับซื้อของเก่า ส.เจริญ อุดร",
        CIRC,
        UP,
        "Udon Thani",
        "th",
        "sorcharoen.udon@gmail.com",
        offers=[o("ขวด PET ใส อัดก้อน แกะฉลากแล้ว 10 ตัน/เดือน สนใจโทร 089-555-0142", "used_pet_bottles")],
        needs=[n("รับซื้อเสื้อผ้าเก่า ผ้าหลา ผ้าเศษ ทุกชนิด", "used_clothing_bulk", "textile_cutting_waste")],
        bcg=["circular"],
    ),
    # ------------------------------------------------------------------ Isan: Khon Kaen
    p(
        "ร้านเส้นไหมชนบท",
        HEMP,
        UP,
        "Khon Kaen",
        "th",
        "chonnabot.yarn@gmail.com",
        offers=[
            o("เส้นไหมไทยพื้นบ้าน (ไหมน้อย) ไม่ฟอก", "silk_yarn_raw"),
            o("ไหมย้อมสีพร้อมทอ มีกว่า 40 สี", "silk_yarn_dyed"),
            o("ด้ายฝ้ายย้อมสีเคมี สีไม่ตก", "cotton_yarn_dyed"),
        ],
        needs=[n("ต้องการรังไหมสด พันธุ์ไทย (รังเหลือง) ติดต่อ คุณสมพร 086-555-0119", "silk_cocoons")],
        certs=["Thai Silk Peacock Emblem"],
    ),
    p(
        "Khon Kaen Textile Recycling Co., Ltd.",
        CIRC,
        UP,
        "Khon Kaen",
        "en",
        "sourcing@kktextilerecycling.com",
        offers=[
            o("Recycled cotton fibre from pre-consumer cuttings, colour sorted", "recycled_cotton_fibre"),
            o("Open-end recycled cotton yarn Ne 8-12", "recycled_cotton_yarn"),
        ],
        needs=[
            n("Cutting waste from garment factories, 100% cotton, 20 t/month", "textile_cutting_waste"),
            n("Seeking used denim and cotton clothing in bales", "used_clothing_bulk"),
        ],
        certs=["GRS"],
        bcg=["circular"],
    ),
    p(
        "ศูนย์การเรียนรู้ผ้าทออีสาน",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "th",
        "isanweaving.center@gmail.com",
        offers=[
            o("หลักสูตรอบรมทอผ้า ตั้งแต่ขึ้นกี่พื้นฐานจนถึงมัดหมี่ รับสอนนอกสถานที่", "weaving_training"),
            o("อบรมตัดเย็บเบื้องต้นสำหรับกลุ่มแม่บ้าน", "sewing_training"),
        ],
        needs=[n("กี่ทอผ้า 10 หลัง สำหรับห้องเรียน", "handloom_equipment")],
    ),
    p(
        "โรงพยาบาลศรีจันทร์เวชการ",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "th",
        "purchasing@srichanhospital.co.th",
        needs=[
            n("ชุดสครับพยาบาล สีกรมท่า 400 ชุด", "medical_scrubs"),
            n("ผ้าปูเตียงผู้ป่วยพร้อมปลอกหมอน", "hospital_bed_sheet"),
            n("เสื้อคนไข้แบบผูกหลัง", "patient_gown"),
            u("บริการซักรีดผ้าโรงพยาบาล รวมผ้าติดเชื้อ", "hospital laundry service"),
        ],
        certs=["ISO 9001"],
    ),
    p(
        "บจก. อีสานเมดิคอลซัพพลาย",
        AGE_I,
        DOWN,
        "Khon Kaen",
        "th",
        "isanmedsupply@gmail.com",
        offers=[
            o("ผ้าอ้อมผู้ใหญ่แบบเทปและแบบกางเกง ส่งทั่วอีสาน", "disposable_adult_diaper"),
            o("แผ่นรองซับใช้ครั้งเดียวทิ้ง 60x90", "disposable_underpad"),
            o("หน้ากากอนามัย 3 ชั้น กล่องละ 50 ชิ้น", "surgical_mask_disposable"),
        ],
        needs=[n("ผ้าอ้อมผู้ใหญ่แบบผ้า ซักได้ สำหรับลูกค้าที่อยากลดขยะ", "washable_incontinence_pants")],
        certs=["Thai FDA"],
    ),
    p(
        "หจก. ขอนแก่นยูนิฟอร์ม",
        AGE_I,
        MID,
        "Khon Kaen",
        "th",
        "kkuniform@hotmail.com",
        offers=[
            o("ชุดพยาบาล ชุดสครับ สั่งตัดตามไซส์", "medical_scrubs"),
            o("ปลอกหมอน ปลอกที่นอน ตัดตามขนาด", "pillow_cover"),
            o("ปักชื่อ ปักโลโก้ด้วยเครื่องปักคอมพิวเตอร์", "machine_embroidery_service"),
        ],
        needs=[
            n("ผ้าโทเร/ผ้าคอตตอนผสม สำหรับชุดสครับ", "polycotton_woven_fabric"),
            n("เคลือบผ้าต้านเชื้อแบคทีเรียให้ผ้าที่เราส่งไป", "antibacterial_finishing_service"),
        ],
    ),
    # ------------------------------------------------------------------ Isan: Surin, Buriram
    p(
        "วิสาหกิจชุมชนผ้าไหมบ้านนาโพธิ์",
        HEMP,
        MID,
        "Surin",
        "th",
        "naphosilk.surin@gmail.com",
        offers=[
            o("ผ้าไหมมัดหมี่ ผ้าโฮล ผ้าอัมปรม ทอมือ", "silk_fabric_handwoven"),
            o("ผ้าพันคอไหม", "handwoven_scarf"),
        ],
        needs=[
            n("สีธรรมชาติ เปลือกมะพูด ครั่ง", "lac_dye_raw", "dried_dye_plants"),
        ],
        certs=["Thai Silk Peacock Emblem", "OTOP"],
    ),
    p(
        "กลุ่มเลี้ยงไหมบ้านสวาย",
        HEMP,
        UP,
        "Surin",
        "th",
        "sawai.sericulture@gmail.com",
        offers=[
            o("รังไหมพันธุ์พื้นเมือง (นางน้อย) ขายเป็นกิโล", "silk_cocoons"),
            o("ไหมสาวมือ ไหมหลืบ ไหมน้อย", "silk_yarn_raw"),
        ],
        needs=[
            u("กิ่งพันธุ์หม่อนพันธุ์ดี", "mulberry cuttings"),
            n("เงินทุนหมุนเวียนซื้อไข่ไหม", "sme_loan"),
        ],
        bcg=["bio"],
    ),
    p(
        "หจก. บุรีรัมย์สปอร์ตแวร์",
        SPORT,
        DOWN,
        "Buriram",
        "th",
        "brsportwear@gmail.com",
        offers=[
            o("เสื้อกีฬาพิมพ์ลายทั้งตัว สั่งทำทีม ขั้นต่ำ 20 ตัว", "sportswear_custom"),
            o("กางเกงฟุตบอล กางเกงวิ่ง ติดโลโก้ทีม", "sportswear_custom"),
        ],
        needs=[
            n("ผ้าไมโครดรายฟิตสีขาว สำหรับพิมพ์ซับลิเมชั่น 500 กก.", "moisture_wicking_knit_fabric"),
            n("โรงพิมพ์ซับรับพิมพ์ลงผ้าของเรา", "sublimation_printing_service"),
        ],
    ),
    p(
        "กลุ่มผ้าภูอัคนีบ้านเจริญสุข",
        HEMP,
        MID,
        "Buriram",
        "th",
        "phuakkhanee.cloth@gmail.com",
        offers=[
            o("ผ้าฝ้ายย้อมดินภูเขาไฟ ทอมือ", "cotton_fabric_handwoven_natural_dyed"),
            o("รับย้อมดินภูเขาไฟตามออเดอร์", "natural_dyeing_service"),
        ],
        needs=[n("ฝ้ายโรงงานเบอร์ 32 สีขาว", "cotton_yarn_machine_spun")],
        certs=["OTOP"],
    ),
    # ------------------------------------------------------------------ Isan: Ubon and others
    p(
        "ศูนย์พักฟื้นผู้สูงวัยบ้านอุ่นรัก อุบลฯ",
        AGE_I,
        DOWN,
        "Ubon Ratchathani",
        "th",
        "baanaunrak.ubon@gmail.com",
        needs=[
            n("แผ่นรองซับใช้แล้วทิ้ง 60x90 ซม. เดือนละ 3,000 แผ่น", "disposable_underpad"),
            n("ผ้าอ้อมผู้ใหญ่แบบกางเกง ไซส์ M-L มีเลข อย.", "disposable_adult_diaper", certs=("Thai FDA",)),
            n("อยากได้แผ่นสไลด์ย้ายผู้ป่วยจากเตียงไปรถเข็น", "patient_transfer_sheet"),
            n("ที่นอนป้องกันแผลกดทับ", "pressure_relief_mattress"),
        ],
    ),
    p(
        "บจก. อุบลการ์เมนท์",
        AGE_I,
        MID,
        "Ubon Ratchathani",
        "th",
        "ubongarment@gmail.com",
        offers=[
            o("กางเกงซึมซับซักได้สำหรับผู้สูงอายุ", "washable_incontinence_pants"),
            o("แผ่นรองซับผ้า 3 ชั้น ซักได้", "washable_underpad"),
        ],
        needs=[
            n("ผ้ากันน้ำเคลือบ TPU ใช้ทำชั้นล่างแผ่นรองซับ", "waterproof_laminated_fabric"),
            n("ผ้าไมโครไฟเบอร์ชั้นซึมซับ", "absorbent_microfibre_fabric"),
        ],
    ),
    p(
        "Mekong Organic Cotton Farms",
        HEMP,
        UP,
        "Ubon Ratchathani",
        "en",
        "farm@mekongorganic.org",
        offers=[o("Organic seed cotton, hand-picked, about 5 t per harvest", "raw_cotton")],
        needs=[
            u("Ginning service for our seed cotton", "cotton ginning service"),
            n("Working capital for contract farmers", "sme_loan"),
        ],
        certs=["Organic Thailand"],
        bcg=["bio"],
    ),
    p(
        "กลุ่มผ้าไหมแพรวาบ้านโพนงาม",
        HEMP,
        MID,
        "Kalasin",
        "th",
        "praewa.phonngam@gmail.com",
        offers=[o("ผ้าไหมแพรวา ทอมือ ลายขิดเต็มผืน ของแท้จากกาฬสินธุ์", "silk_fabric_handwoven")],
        needs=[
            n("ไหมย้อมสีเสร็จ สีแดงครั่ง สีเหลือง", "silk_yarn_dyed"),
            n("หาคนไลฟ์ขายผ้าไหมในติ๊กต็อก", "online_marketing_service"),
        ],
        certs=["OTOP"],
    ),
    p(
        "วิสาหกิจชุมชนหมอนขิดบ้านศรีฐานใหม่",
        AGE_I,
        DOWN,
        "Yasothon",
        "th",
        "monkhit.srithan@gmail.com",
        offers=[
            o("หมอนสามเหลี่ยมพิงหลัง สำหรับผู้สูงวัย", "triangle_pillow"),
            o("เบาะนั่งสมาธิ เบาะรองนั่ง ผ้าขิด", "floor_cushion"),
        ],
        needs=[
            n("ผ้าขิดทอมือเป็นม้วน", "khit_fabric_handwoven"),
            n("นุ่นอบแห้ง", "kapok_fibre"),
        ],
        certs=["OTOP"],
    ),
    p(
        "วิสาหกิจชุมชนเสื่อกกบ้านหนองแคน",
        HEMP,
        DOWN,
        "Roi Et",
        "th",
        "suekok.nongkaen@gmail.com",
        offers=[
            o("เสื่อกกทอลาย พับได้ 1x2 ม.", "reed_mat"),
            o("กกตากแห้งย้อมสีแล้ว มัดละ 1 กก.", "reed_dried"),
        ],
        needs=[
            n("ทำแพ็กเกจกับโลโก้ใหม่", "brand_packaging_design"),
        ],
    ),
    p(
        "Korat Nonwoven Co., Ltd.",
        CIRC,
        MID,
        "Nakhon Ratchasima",
        "en",
        "sales@koratnonwoven.com",
        offers=[
            o("PP spunbond nonwoven 15-80 gsm in rolls", "nonwoven_spunbond_fabric"),
            o("SMS nonwoven for medical gowns and masks", "nonwoven_sms_medical"),
        ],
        needs=[n("Washed PET flakes for a polyester nonwoven line", "recycled_pet_flakes")],
        certs=["ISO 9001"],
    ),
    p(
        "บจก. ชัยภูมิไหมไทย",
        HEMP,
        UP,
        "Chaiyaphum",
        "th",
        "chaiyaphumsilk@gmail.com",
        offers=[
            o("เส้นไหมเหลืองสาวเครื่อง ไม่ย้อม", "silk_yarn_raw_machine_reeled"),
            o("ดักแด้ไหมและรังไหมเสีย (รังเจาะ) สำหรับทำปุ๋ยหรืองานฝีมือ", "silk_waste_cocoons"),
        ],
        needs=[n("รังไหมสดจากเกษตรกร วันละ 200 กก.", "silk_cocoons")],
        certs=["Thai Silk Peacock Emblem"],
    ),
    # ------------------------------------------------------------------ south
    p(
        "กลุ่มทอผ้ายกเมืองนคร บ้านนาเคียน",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        "th",
        "payok.nakhian@gmail.com",
        offers=[o("ผ้ายกเมืองนคร ลายดอกพิกุล ทอไหมผสมดิ้น", "silk_brocade_fabric")],
        needs=[
            n("ไหมย้อมสีพร้อมทอ", "silk_yarn_dyed"),
        ],
        certs=["OTOP"],
    ),
    p(
        "โรงพยาบาลเอกชนเมืองคอน",
        AGE_C,
        DOWN,
        "Nakhon Si Thammarat",
        "th",
        "supply@muangkhonhospital.com",
        needs=[
            n("ผ้าเคลื่อนย้ายผู้ป่วย รับน้ำหนัก 150 กก. ขึ้นไป", "patient_transfer_sheet"),
            n("ชุดกาวน์ใช้ครั้งเดียวทิ้ง ผ้า SMS ต้องมี ISO 13485", "disposable_medical_gown", certs=("ISO 13485",)),
        ],
    ),
    p(
        "ร้านของฝากเมืองคอน ศรีนคร",
        HEMP,
        DOWN,
        "Nakhon Si Thammarat",
        "th",
        "srinakhon.souvenir@gmail.com",
        needs=[
            n("ผ้าไหมทอมือที่มีตราโอทอป รับไปวางขาย", "silk_fabric_handwoven", certs=("OTOP",)),
            n("กระเป๋าสานกระจูด", "krajood_woven_products"),
        ],
    ),
    p(
        "วิสาหกิจชุมชนกระจูดทะเลน้อย",
        HEMP,
        DOWN,
        "Phatthalung",
        "th",
        "krajood.thalenoi@gmail.com",
        offers=[
            o("กระจูดตากแห้ง รีดแบน มัดละ 1 กก.", "krajood_dried"),
            o("เสื่อกระจูด กระเป๋ากระจูด ตะกร้า", "krajood_woven_products"),
        ],
        needs=[
            n("ผ้าบาติกเอามาเย็บซับในกระเป๋า", "batik_fabric"),
            n("คนช่วยขายออนไลน์/ไลฟ์สด", "online_marketing_service"),
        ],
        certs=["OTOP"],
        bcg=["bio"],
    ),
    p(
        "หจก. สงขลาบาติก",
        HEMP,
        MID,
        "Songkhla",
        "th",
        "songkhlabatik@gmail.com",
        offers=[
            o("ผ้าบาติกเขียนมือ ผ้าไหมและผ้าฝ้าย ลายทะเลใต้", "batik_fabric"),
            o("รับเขียนเทียน-ลงสีบาติกบนผ้าของลูกค้า", "batik_painting_service"),
            o("สอนทำบาติกสำหรับนักท่องเที่ยว/กรุ๊ปบริษัท", "batik_workshop_training"),
        ],
        needs=[
            n("ผ้าฝ้ายขาวทอเครื่องสำหรับเขียนบาติก 300 หลา", "cotton_greige_fabric_machine"),
            u("ผ้าเรยอนสีขาวหน้ากว้าง", "white rayon fabric"),
        ],
    ),
    p(
        "บจก. หาดใหญ่สปอร์ตเท็กซ์",
        SPORT,
        MID,
        "Songkhla",
        "th",
        "sales@hatyaisporttex.co.th",
        offers=[
            o("ผ้าไมโครโพลีเอสเตอร์ระบายเหงื่อ (ดรายฟิต) หน้า 72 นิ้ว ราคาโรงงาน ส่งไวทั่วประเทศ", "moisture_wicking_knit_fabric"),
            o("ผ้าโพลีรีไซเคิลจากขวด PET ดรายฟิต มีใบ GRS", "recycled_polyester_fabric"),
        ],
        needs=[
            n("ด้ายโพลีเอสเตอร์รีไซเคิล 75D/150D ต้องมี GRS", "recycled_polyester_yarn", certs=("GRS",)),
            n("โรงย้อมรับย้อมผ้าถักโพลีเอสเตอร์ของโรงงาน", "fabric_dyeing_service_industrial"),
        ],
        certs=["OEKO-TEX Standard 100", "GRS"],
    ),
    p(
        "Songkhla Latex Living Co., Ltd.",
        AGE_C,
        DOWN,
        "Songkhla",
        "en",
        "export@songkhlalatex.com",
        offers=[
            o("Natural latex pillows, contour and classic", "latex_pillow"),
            o("Pressure-relief latex mattress for bedridden patients", "pressure_relief_mattress"),
            o("5 cm latex toppers for hotels", "latex_mattress_topper"),
        ],
        needs=[
            n("Knitted mattress ticking, white, 220 cm wide", "mattress_ticking_fabric"),
            n("Zips 60 cm for pillow covers", "garment_trims"),
            n("Loose coir or rubberised coir sheets", "coir_fibre"),
        ],
        certs=["ISO 9001"],
    ),
    p(
        "Hat Yai Muay Thai Gear",
        SPORT,
        DOWN,
        "Songkhla",
        "en",
        "oem@hatyaimuaythai.com",
        offers=[o("Muay Thai shorts, satin, embroidered, OEM for gyms, from 180 THB/pc", "muay_thai_shorts")],
        needs=[
            n("Satin polyester in bright colours", "satin_polyester_fabric"),
            n("Machine embroidery of gym logos on our shorts", "machine_embroidery_service"),
            n("Elastic waistband 2 inch", "elastic_webbing"),
        ],
    ),
    p(
        "บ้านพักคนชราสุขสันต์ หาดใหญ่",
        AGE_C,
        DOWN,
        "Songkhla",
        "th",
        "suksan.hatyai@gmail.com",
        needs=[
            n("ที่นอนยางพาราสำหรับผู้ป่วยติดเตียง กันแผลกดทับ", "pressure_relief_mattress"),
            n("แพมเพิสผู้ใหญ่ ราคาส่ง", "disposable_adult_diaper"),
            n("เสื้อผ้าผู้สูงอายุแบบใส่ถอดง่าย", "adaptive_clothing"),
        ],
    ),
    p(
        "กลุ่มผ้าจวนตานี บ้านบานา",
        HEMP,
        MID,
        "Pattani",
        "th",
        "chuantani.bana@gmail.com",
        offers=[
            o("ผ้าจวนตานีทอจากเส้นไหม ลายโบราณ", "silk_fabric_handwoven"),
            o("ผ้าคลุมผมฝ้ายทอมือ", "hijab_headscarf"),
        ],
        needs=[
            n("เส้นไหมย้อมแล้วสำหรับทอลายจวน", "silk_yarn_dyed"),
        ],
    ),
    p(
        "บจก. ปัตตานีมุสลิมแฟชั่น",
        HEMP,
        DOWN,
        "Pattani",
        "th",
        "pattani.muslimfashion@gmail.com",
        offers=[o("ชุดละหมาดผู้หญิง (ตะละกง) ผ้าคอตตอน", "muslim_prayer_garment")],
        needs=[
            n("ผ้าคลุมผมทอมือ ส่งขายหน้าร้าน", "hijab_headscarf"),
            n("ผ้ายืดคอตตอนเนื้อนุ่ม สีพื้น", "cotton_jersey_knit_fabric"),
            n("โรงงานรับเย็บที่ได้มาตรฐานฮาลาล", "sewing_cmt_service", certs=("Halal",)),
        ],
    ),
    p(
        "โรงงานตัดเย็บยะลาการ์เมนต์",
        AGE_C,
        MID,
        "Yala",
        "th",
        "yalagarment@gmail.com",
        offers=[
            o("รับเย็บผ้าของลูกค้า มาตรฐานฮาลาล ขั้นต่ำ 300 ตัว", "sewing_cmt_service"),
            o("ชุดยูนิฟอร์มพนักงาน ชุดแม่บ้านโรงแรม", "staff_uniform"),
        ],
        needs=[
            n("จักรเย็บอุตสาหกรรมมือสอง", "industrial_sewing_machines"),
        ],
        certs=["Halal"],
    ),
    p(
        "Andaman Cliff Resort & Spa",
        AGE_C,
        DOWN,
        "Krabi",
        "en",
        "procurement@andamancliff.com",
        needs=[
            n("Krajood baskets and mats for villas", "krajood_woven_products"),
            n("Batik painting class on site for guests, monthly", "batik_workshop_training"),
            n("Latex toppers, 40 pcs", "latex_mattress_topper"),
        ],
        bcg=["green"],
    ),
    p(
        "วิสาหกิจชุมชนหมอนยางพาราบ้านนาโยง",
        AGE_C,
        DOWN,
        "Trang",
        "th",
        "monyang.nayong@gmail.com",
        offers=[
            o("หมอนยางพาราแท้ ทรงหยัก ทรงมาตรฐาน", "latex_pillow"),
            o("ที่นอนยางพาราหนา 2 นิ้ว สำหรับเด็ก/ผู้สูงอายุ", "latex_mattress_topper"),
        ],
        needs=[
            n("ปลอกหมอนผ้าฝ้ายตามขนาด", "pillow_cover"),
            n("ผ้าหุ้มที่นอนแบบยืด", "mattress_ticking_fabric"),
        ],
        certs=["OTOP"],
    ),
    p(
        "Trang Heritage Spa",
        AGE_C,
        DOWN,
        "Trang",
        "en",
        "spa@trangheritage.com",
        needs=[
            n("Fresh herbal compress balls, 300 pcs per month", "herbal_compress_ball"),
            n("Bath towels and spa robes", "cotton_bath_towel"),
        ],
    ),
    p(
        "วิสาหกิจชุมชนใยมะพร้าวบ้านท่าชนะ",
        CIRC,
        UP,
        "Surat Thani",
        "th",
        "coir.thachana@gmail.com",
        offers=[
            o("ใยมะพร้าวดิบ อัดก้อน 50 กก.", "coir_fibre"),
            o("แผ่นใยมะพร้าวอัดยาง หนา 3 ซม.", "coir_fibre"),
        ],
        needs=[u("เครื่องตีใยมะพร้าวมือสอง", "coir decorticating machine")],
        bcg=["bio", "circular"],
    ),
    # ------------------------------------------------------------------ central
    p(
        "หจก. พาหุรัดเท็กซ์ไทล์",
        AGE_C,
        MID,
        "Bangkok",
        "th",
        "pahurattextile@gmail.com",
        offers=[
            o("ผ้าโทเร ผ้าวาเลนติโน่ ผ้าชุดฟอร์ม ขายส่งเป็นพับ", "polycotton_woven_fabric"),
            o("ผ้าซาตินมันเงาสีสด", "satin_polyester_fabric"),
            o("ซิป กระดุม ตีนตุ๊กแก ด้ายเย็บ", "garment_trims"),
            o("ยางยืดทอ ยางยืดแบน ทุกขนาด", "elastic_webbing"),
        ],
    ),
    p(
        "Siam Textile Testing Laboratory Co., Ltd.",
        SPORT,
        MID,
        "Bangkok",
        "en",
        "lab@siamtextiletest.com",
        offers=[
            o("Colour fastness, shrinkage, tensile, formaldehyde and azo tests", "textile_testing_lab"),
            o("UPF and wicking tests for sportswear", "textile_testing_lab"),
            o("GOTS, GRS and OEKO-TEX certification consulting", "certification_consulting"),
        ],
        certs=["ISO 9001"],
    ),
    p(
        "BKK Adaptive Wear",
        AGE_C,
        DOWN,
        "Bangkok",
        "en",
        "team@bkkadaptive.com",
        offers=[o("Adaptive clothing for seniors: magnetic closures, open-back tops", "adaptive_clothing")],
        needs=[
            n("Soft cotton jersey, OEKO-TEX certified", "cotton_jersey_knit_fabric", certs=("OEKO-TEX Standard 100",)),
            n("Cut-and-sew partner for runs of 200 pcs", "sewing_cmt_service"),
        ],
    ),
    p(
        "Pace Runner Thailand",
        SPORT,
        DOWN,
        "Bangkok",
        "en",
        "product@pacerunner.co.th",
        needs=[
            n("Running compression socks, own label, MOQ 500 pairs", "sport_compression_socks"),
            n("OEM running tees and shorts, 1,000 pcs", "sportswear_custom"),
        ],
    ),
    p(
        "Riverside Medical Centre",
        AGE_C,
        DOWN,
        "Bangkok",
        "en",
        "procurement@riversidemed.co.th",
        needs=[
            u("Medical compression stockings, class 2, for post-op patients", "medical-grade compression stockings"),
            n("Reusable isolation gowns, 75 wash cycles", "reusable_isolation_gown"),
            n("Patient transfer sheets, ISO 13485 manufacturer only", "patient_transfer_sheet", certs=("ISO 13485",)),
            n("Nurse scrubs, 600 sets, navy and teal", "medical_scrubs"),
        ],
        certs=["ISO 9001"],
    ),
    p(
        "ร้านแม่และเด็กบ้านลูกรัก",
        HEMP,
        DOWN,
        "Bangkok",
        "th",
        "baanlukrak.shop@gmail.com",
        needs=[
            n("เสื้อผ้าเด็กอ่อนผ้าออร์แกนิก ไม่จำเป็นต้องมี GOTS", "organic_cotton_baby_clothes", waives=("GOTS",)),
            n("หน้ากากผ้าเด็ก ซักได้", "cloth_face_mask_washable"),
        ],
    ),
    p(
        "บจก. ผ้าขนหนูสยามคอตตอน",
        AGE_C,
        MID,
        "Samut Prakan",
        "th",
        "sales@siamcottontowel.co.th",
        offers=[
            o("ผ้าขนหนูคอตตอน 100% ปักชื่อโรงแรมได้", "cotton_bath_towel"),
            o("ผ้าปูที่นอนโรงแรม คอตตอน 300 เส้นด้าย", "hotel_bed_linen"),
            o("ผ้าปูเตียงโรงพยาบาล ผ้าขวางเตียง", "hospital_bed_sheet"),
        ],
        needs=[n("ด้ายคอตตอน 16/1 สำหรับทอผ้าขนหนู", "cotton_yarn_machine_spun")],
        certs=["OEKO-TEX Standard 100"],
    ),
    p(
        "บจก. สมุทรปราการดายอิ้ง",
        CIRC,
        MID,
        "Samut Prakan",
        "th",
        "dyehouse.spk@gmail.com",
        offers=[
            o("รับย้อมผ้าถัก ผ้าทอ ของลูกค้า ทั้งคอตตอนและโพลีเอสเตอร์", "fabric_dyeing_service_industrial"),
            o("รับเคลือบกันน้ำบนผ้าลูกค้า", "waterproof_coating_service"),
            o("รับเคลือบสารต้านแบคทีเรีย", "antibacterial_finishing_service"),
        ],
        needs=[u("ระบบบำบัดน้ำเสียโรงย้อม", "wastewater treatment system")],
        certs=["ISO 14001"],
    ),
    p(
        "บจก. มหาชัยนิตติ้ง",
        SPORT,
        MID,
        "Samut Sakhon",
        "th",
        "mahachaiknitting@gmail.com",
        offers=[
            o("ผ้ายืดคอตตอน 100% (Cotton 32) ผ้าเจอร์ซี่", "cotton_jersey_knit_fabric"),
            o("ผ้าไมโครไฟเบอร์ดูดซับน้ำสูง สำหรับแผ่นรองซับ", "absorbent_microfibre_fabric"),
            o("ผ้าถักหุ้มที่นอน หน้า 220 ซม.", "mattress_ticking_fabric"),
            o("เศษผ้าริม เศษผ้ายืดคอตตอนจากโรงถัก เดือนละ 3 ตัน", "textile_cutting_waste"),
        ],
        needs=[
            n("ด้ายคอตตอนหวี 32/1 เดือนละ 10 ตัน", "cotton_yarn_machine_spun"),
            n("ใครรับเศษผ้าริมจากโรงถักไปทำประโยชน์", "factory_scrap_pickup_service"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    p(
        "โรงตีใยมหาชัย",
        CIRC,
        UP,
        "Samut Sakhon",
        "th",
        "rongteeyai.mahachai@gmail.com",
        offers=[
            o("รับตีเศษผ้า บดเสื้อผ้าเก่าเป็นใย (ผ้าของลูกค้า)", "textile_shredding_service"),
            o("ใยตีสำหรับยัดตุ๊กตา เบาะ หมอน", "recycled_fibre_stuffing"),
            o("ใยฝ้ายรีไซเคิลจากเศษผ้าขาว", "recycled_cotton_fibre"),
        ],
        needs=[n("เศษผ้ายืดจากโรงงาน ทุกสี รับถึงที่", "textile_cutting_waste")],
        bcg=["circular"],
    ),
    p(
        "Siam Cotton Spinning Co., Ltd.",
        HEMP,
        UP,
        "Nakhon Pathom",
        "en",
        "yarn@siamcottonspinning.com",
        offers=[
            o("Combed cotton yarn Ne 20/1 to 40/1, ring spun, on cones", "cotton_yarn_machine_spun"),
            o("Organic cotton yarn Ne 30/1", "organic_cotton_yarn"),
        ],
        needs=[
            n("Thai-grown raw cotton, Organic Thailand certified", "raw_cotton", certs=("Organic Thailand",)),
        ],
        certs=["GOTS", "OEKO-TEX Standard 100", "OCS"],
        bcg=["green"],
    ),
    p(
        "โรงงานถุงเท้านครปฐม",
        SPORT,
        MID,
        "Nakhon Pathom",
        "th",
        "sock.nakhonpathom@gmail.com",
        offers=[
            o("ถุงเท้ากีฬารัดน่อง สั่งผลิตติดแบรนด์", "sport_compression_socks"),
            o("ถุงเท้ามีปุ่มยางกันลื่น สำหรับผู้สูงอายุ/โรงพยาบาล", "anti_slip_socks"),
        ],
        needs=[
            u("ด้ายไนลอน สแปนเด็กซ์ สำหรับถุงเท้า", "nylon / spandex yarn"),
            n("ด้ายรีไซเคิลจากขวดน้ำ สำหรับถุงเท้ารุ่นรักษ์โลก", "recycled_polyester_yarn"),
        ],
    ),
    p(
        "บจก. นนท์เมดิเท็กซ์",
        AGE_C,
        MID,
        "Nonthaburi",
        "th",
        "nonmeditex@gmail.com",
        offers=[
            o("หน้ากากอนามัยทางการแพทย์ 3 ชั้น ผ่าน มอก. 2424", "surgical_mask_disposable"),
            o("ชุดกาวน์ผ้าซักได้ ใช้ซ้ำ 100 ครั้ง", "reusable_isolation_gown"),
            o("ชุดสครับตัดตามสั่ง", "medical_scrubs"),
            o("เสื้อผู้ป่วยแบบผูกด้านหลัง ผ้านุ่ม ซักง่าย", "patient_gown"),
        ],
        needs=[
            n("ผ้าสปันบอนด์/SMS สำหรับหน้ากาก", "nonwoven_spunbond_fabric", "nonwoven_sms_medical"),
        ],
        certs=["ISO 13485", "Thai Industrial Standard"],
    ),
    p(
        "Siam Sewing Machinery Co., Ltd.",
        CIRC,
        MID,
        "Bangkok",
        "en",
        "service@siamsewingmachinery.com",
        offers=[
            o(
                "Industrial sewing machines, new and reconditioned, lockstitch and overlock",
                "industrial_sewing_machines",
            ),
            o("On-site repair and servicing for sewing lines nationwide, call 02-555-0187", "sewing_machine_repair"),
        ],
    ),
    p(
        "Circular Fashion Hub",
        CIRC,
        DOWN,
        "Pathum Thani",
        "en",
        "hello@circularfashionhub.co",
        offers=[
            o("Upcycled tote and laundry bags from garment offcuts", "upcycled_bag"),
            o("Take-back of used uniforms for companies, with sorting report", "uniform_takeback_service"),
        ],
        needs=[
            n("Clean cotton cutting scraps, sorted by colour", "textile_cutting_waste"),
            n("Shredding of uniforms into fibre - we send the garments", "textile_shredding_service"),
        ],
        bcg=["circular"],
    ),
    p(
        "Green Loop Collect",
        CIRC,
        UP,
        "Bangkok",
        "en",
        "ops@greenloopcollect.com",
        offers=[
            o("Sorted second-hand clothing, cotton grade, 45 kg bales", "used_clothing_bulk"),
            o(
                "Scheduled pickup of factory offcuts and selvedge, weighed, with ESG certificate",
                "factory_scrap_pickup_service",
            ),
            o("Clothing collection bins for offices and condos", "post_consumer_collection_service"),
        ],
        bcg=["circular"],
    ),
    p(
        "Suphan Lotus Fibre Studio",
        HEMP,
        UP,
        "Suphan Buri",
        "en",
        "lotus@suphanfibre.com",
        offers=[o("Hand-drawn lotus stem fibre, reeled into yarn", "lotus_fibre_yarn")],
        needs=[n("Hand-weavers to weave our lotus yarn into scarves", "handweaving_contract_service")],
        bcg=["bio"],
    ),
    p(
        "วิสาหกิจชุมชนเส้นใยกล้วยคลองลาน",
        HEMP,
        UP,
        "Kamphaeng Phet",
        "th",
        "banana.klonglan@gmail.com",
        offers=[
            o("เส้นใยกาบกล้วยตากแห้ง", "banana_fibre"),
            o("กระเป๋าสานใยกล้วย", "handcrafted_bag"),
        ],
        needs=[n("อบรมการทอผ้าจากใยกล้วยผสมฝ้าย", "weaving_training")],
        bcg=["bio", "circular"],
    ),
    p(
        "กลุ่มผ้าเขียนเทียนม้งบ้านเข็กน้อย",
        HEMP,
        MID,
        "Phetchabun",
        "th",
        "hmongbatik.kheknoi@gmail.com",
        offers=[
            o("ผ้าใยกัญชงเขียนเทียนย้อมคราม ลายม้งโบราณ", "hemp_fabric_indigo_dyed"),
            o("กระโปรงจีบม้ง ผ้าเขียนเทียน", "hmong_pleated_skirt"),
        ],
        needs=[n("คนช่วยทำเว็บภาษาอังกฤษ หาลูกค้าต่างประเทศ", "online_marketing_service")],
        bcg=["bio"],
    ),
    # ------------------------------------------------------------------ east
    p(
        "Eastern PET Recycling Co., Ltd.",
        CIRC,
        UP,
        "Rayong",
        "en",
        "sales@easternpetrecycling.com",
        offers=[
            o("Washed PET flakes, clear and mixed colour", "recycled_pet_flakes"),
            o("Recycled polyester filament yarn 75D/150D", "recycled_polyester_yarn"),
            o("Recycled polyester staple fibre for pillow and quilt filling", "recycled_fibre_stuffing"),
        ],
        needs=[n("Baled post-consumer PET bottles, 200 t/month", "used_pet_bottles")],
        certs=["GRS", "ISO 14001"],
        bcg=["circular"],
    ),
    p(
        "Chonburi Sportswear Manufacturing Co., Ltd.",
        SPORT,
        DOWN,
        "Chonburi",
        "en",
        "oem@chonburisportswear.com",
        offers=[
            o("OEM sportswear: running, cycling and football kits", "sportswear_custom"),
            o("Sublimation printing on customer fabric, 1,000 m/day", "sublimation_printing_service"),
        ],
        needs=[
            n("Recycled polyester knit fabric, GRS", "recycled_polyester_fabric", certs=("GRS",)),
            n("Moisture-wicking mesh and interlock", "moisture_wicking_knit_fabric"),
        ],
        certs=["OEKO-TEX Standard 100"],
    ),
    p(
        "Coral Bay Hotel Pattaya",
        AGE_C,
        DOWN,
        "Chonburi",
        "en",
        "housekeeping@coralbaypattaya.com",
        needs=[
            n("Bed linen, 220 rooms, white percale", "hotel_bed_linen"),
            n("Pool and bath towels", "cotton_bath_towel"),
            u("Blackout curtains for 220 rooms, fire retardant", "blackout fire-retardant curtains"),
        ],
    ),
    p(
        "Eastern Garment Co., Ltd.",
        CIRC,
        MID,
        "Chachoengsao",
        "en",
        "csr@easterngarment.com",
        offers=[
            o("Polyester and cotton cutting waste from our sewing lines, 8 t/month", "textile_cutting_waste"),
            o("School and corporate uniforms, OEM", "staff_uniform"),
        ],
        needs=[
            n("Pickup service for fabric scraps, with weight slips for ESG report", "factory_scrap_pickup_service"),
            n("Polycotton twill for uniforms", "polycotton_woven_fabric"),
        ],
        certs=["ISO 14001"],
    ),
    # ------------------------------------------------------------------ west
    p(
        "กลุ่มผ้าจกคูบัว",
        HEMP,
        MID,
        "Ratchaburi",
        "th",
        "phajok.khubua@gmail.com",
        offers=[
            o("ผ้าขาวม้าทอมือ ลายตาโก้ง", "pha_khao_ma"),
            o("ผ้าซิ่นตีนจกคูบัว", "handwoven_tube_skirt"),
        ],
        needs=[n("ด้ายฝ้ายย้อมสีแล้ว 20/2", "cotton_yarn_dyed")],
        certs=["OTOP"],
    ),
    p(
        "กลุ่มทอผ้ากะเหรี่ยงอุ้มผาง",
        HEMP,
        MID,
        "Tak",
        "th",
        "karen.umphang@gmail.com",
        offers=[
            o("ผ้าทอกะเหรี่ยง ฝ้ายย้อมเปลือกไม้", "cotton_fabric_handwoven_natural_dyed"),
            o("ย่ามกะเหรี่ยง", "handcrafted_bag"),
        ],
        needs=[n("ฝ้ายปั่นมือ", "cotton_yarn_handspun")],
    ),
    p(
        "River Kwai Spa & Resort",
        AGE_C,
        DOWN,
        "Kanchanaburi",
        "en",
        "spa@riverkwairesort.com",
        needs=[
            n("Herbal compress, fresh, 200 per week", "herbal_compress_ball"),
            n("Cotton towels 70 x 140", "cotton_bath_towel"),
            n("Reed or krajood mats for massage rooms", "reed_mat", "krajood_woven_products"),
        ],
    ),
]


# ---------------------------------------------------------------------- checks

ID_RE = re.compile(r"^bpr-\d{3}$")
LABEL_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
THAI_RE = re.compile("[\u0e00-\u0e7f]")
LATIN_RE = re.compile("[A-Za-z]")
SUB_CLUSTERS = {s.value for s in SubCluster}
STAGES = {s.value for s in Stage}
BCG = {b.value for b in BcgTag}
CROSS_SHARE_MIN = 0.45


def assign_ids() -> None:
    for number, profile in enumerate(PROFILES, start=1):
        profile.id = f"bpr-{number:03d}"


def thai_share(text: str) -> float:
    thai = len(THAI_RE.findall(text))
    latin = len(LATIN_RE.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def compute_links() -> tuple[set[tuple[str, str]], dict[tuple[str, int], set[str]]]:
    offered: dict[str, set[str]] = {}
    for profile in PROFILES:
        for offer in profile.offers:
            offered.setdefault(offer.label, set()).add(profile.id)
    certs_of = {pr.id: {resolve_certification(c) for c in pr.certifications} for pr in PROFILES}
    links: set[tuple[str, str]] = set()
    met_by: dict[tuple[str, int], set[str]] = {}
    for buyer in PROFILES:
        for index, need in enumerate(buyer.needs):
            suppliers = {
                s
                for label in need.labels
                for s in offered.get(label, ())
                if s != buyer.id and set(need.certs) <= certs_of[s]
            }
            met_by[(buyer.id, index)] = suppliers
            links.update((s, buyer.id) for s in suppliers)
    return links, met_by


def check() -> list[str]:
    errors: list[str] = []
    ids = [pr.id for pr in PROFILES]
    if len(set(ids)) != len(ids) or not all(ID_RE.match(i) for i in ids):
        errors.append("ids not unique or malformed")
    emails = [pr.email for pr in PROFILES]
    if len(set(emails)) != len(emails):
        errors.append("duplicate contact emails")
    offered_by: dict[str, set[str]] = {}
    for pr in PROFILES:
        for offer in pr.offers:
            offered_by.setdefault(offer.label, set()).add(pr.id)
    for pr in PROFILES:
        where = f"{pr.id} {pr.name}"
        if pr.sub_cluster not in SUB_CLUSTERS:
            errors.append(f"{where}: bad sub_cluster")
        if pr.stage not in STAGES:
            errors.append(f"{where}: bad stage")
        if resolve_province(pr.province) is None:
            errors.append(f"{where}: province {pr.province!r} not resolvable")
        if pr.language not in ("th", "en"):
            errors.append(f"{where}: bad language")
        for cert in pr.certifications:
            if resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} not canonical")
        if not set(pr.bcg) <= BCG:
            errors.append(f"{where}: bad bcg tag")
        if len(pr.offers) > 4 or len(pr.needs) > 4:
            errors.append(f"{where}: more than 4 offers or needs")
        if not pr.offers and not pr.needs:
            errors.append(f"{where}: empty profile")
        if "@" not in pr.email:
            errors.append(f"{where}: bad email")
        phrases = [x.text for x in pr.offers] + [x.text for x in pr.needs]
        for text in phrases:
            share = thai_share(text)
            if pr.language == "th" and share < 0.6:
                errors.append(f"{where}: Thai phrase not mostly Thai: {text!r}")
            if pr.language == "en" and share > 0.0:
                errors.append(f"{where}: English phrase contains Thai: {text!r}")
        for offer in pr.offers:
            if not LABEL_RE.match(offer.label):
                errors.append(f"{where}: bad label {offer.label!r}")
        for need in pr.needs:
            if need.unmet_note is None and not need.labels:
                errors.append(f"{where}: need has neither labels nor unmet note: {need.text!r}")
            if need.unmet_note is not None and (need.labels or need.certs):
                errors.append(f"{where}: unmet need carries labels: {need.text!r}")
            for label in need.labels:
                if not offered_by.get(label, set()) - {pr.id}:
                    errors.append(f"{where}: label {label!r} is offered by no one else")
            for cert in (*need.certs, *need.waives):
                if resolve_certification(cert) != cert:
                    errors.append(f"{where}: need certification {cert!r} not canonical")
    links, met_by = compute_links()
    lang = {pr.id: pr.language for pr in PROFILES}
    cross = sum(1 for s, b in links if lang[s] != lang[b])
    unmet = sum(1 for v in met_by.values() if not v)
    if not 140 <= len(links) <= 180:
        errors.append(f"true links {len(links)} outside 140-180")
    if links and cross / len(links) < CROSS_SHARE_MIN:
        errors.append(f"cross-language links {cross}/{len(links)} below {CROSS_SHARE_MIN:.0%}")
    if not 15 <= unmet <= 25:
        errors.append(f"needs met by no one: {unmet}, outside 15-25")
    if any(s == b for s, b in links):
        errors.append("self link")
    th_share = sum(1 for pr in PROFILES if pr.language == "th") / len(PROFILES)
    if not 0.65 <= th_share <= 0.75:
        errors.append(f"Thai profile share {th_share:.2f} outside 0.65-0.75")
    if {pr.sub_cluster for pr in PROFILES} != SUB_CLUSTERS:
        errors.append("not all sub-clusters covered")
    if {pr.stage for pr in PROFILES} != STAGES:
        errors.append("not all stages covered")
    regions = {resolve_province(pr.province).region.value for pr in PROFILES if resolve_province(pr.province)}
    if len(regions) != 6:
        errors.append(f"regions covered: {sorted(regions)}")
    return errors


# ---------------------------------------------------------------------- output


def profile_json(pr: Profile) -> str:
    record = {
        "id": pr.id,
        "name": pr.name,
        "sub_cluster": pr.sub_cluster,
        "stage": pr.stage,
        "province": pr.province,
        "offers": [x.text for x in pr.offers],
        "needs": [x.text for x in pr.needs],
        "certifications": pr.certifications,
        "bcg": pr.bcg,
        "contact_email": pr.email,
        "language": pr.language,
    }
    return json.dumps(record, ensure_ascii=False)


def stats() -> dict[str, object]:
    links, met_by = compute_links()
    lang = {pr.id: pr.language for pr in PROFILES}
    sub = {pr.id: pr.sub_cluster for pr in PROFILES}
    needs = [nd for pr in PROFILES for nd in pr.needs]
    offers = [of for pr in PROFILES for of in pr.offers]
    return {
        "profiles": len(PROFILES),
        "language": dict(Counter(pr.language for pr in PROFILES)),
        "sub_cluster": dict(Counter(pr.sub_cluster for pr in PROFILES)),
        "stage": dict(Counter(pr.stage for pr in PROFILES)),
        "region": dict(Counter(resolve_province(pr.province).region.value for pr in PROFILES)),
        "provinces": len({resolve_province(pr.province).name_en for pr in PROFILES}),
        "offers": len(offers),
        "offer_labels": len({of.label for of in offers}),
        "needs": len(needs),
        "needs_met": sum(1 for v in met_by.values() if v),
        "needs_unmet_marked": sum(1 for nd in needs if nd.unmet_note is not None),
        "needs_unmet_by_certification": sum(
            1 for pr in PROFILES for i, nd in enumerate(pr.needs) if nd.labels and not met_by[(pr.id, i)]
        ),
        "needs_requiring_cert": sum(1 for nd in needs if nd.certs),
        "needs_waiving_cert": sum(1 for nd in needs if nd.waives),
        "links": len(links),
        "links_th_to_en": sum(1 for s, b in links if lang[s] == "th" and lang[b] == "en"),
        "links_en_to_th": sum(1 for s, b in links if lang[s] == "en" and lang[b] == "th"),
        "links_th_th": sum(1 for s, b in links if lang[s] == lang[b] == "th"),
        "links_en_en": sum(1 for s, b in links if lang[s] == lang[b] == "en"),
        "links_across_sub_clusters": sum(1 for s, b in links if sub[s] != sub[b]),
    }


def main() -> int:
    assign_ids()
    errors = check()
    if errors:
        for error in errors:
            print("FAIL:", error, file=sys.stderr)
        print(json.dumps(stats(), ensure_ascii=False, indent=1), file=sys.stderr)
        return 1
    links, _ = compute_links()
    profiles_text = "".join(profile_json(pr) + "\n" for pr in PROFILES)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links))
    (HERE / "profiles.jsonl").write_text(profiles_text, encoding="utf-8")
    (HERE / "links.csv").write_text(buffer.getvalue(), encoding="utf-8")
    print(json.dumps(stats(), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
