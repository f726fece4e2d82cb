"""Hand-labelled evaluation set: plain registry entries of an OEM-leaning textile cluster.

Every profile, offer label and need below was written by hand. Running this script checks the
data and writes `profiles.jsonl` and `links.csv` next to it; if any check fails it writes nothing.

    /work/main/.venv/bin/python eval/blind_plain_oem/write.py
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

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGC = "ageing_lifestyle_central"
ISAN = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()  # empty: met by no one
    certs: tuple[str, ...] = ()  # certifications the text requires of a supplier
    waives: tuple[str, ...] = ()  # certifications the text names only to say they are not needed
    note: str = ""  # for needs met by no one: what it asks for


def need(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    return Need(text, tuple(labels), certs, waives)


def unmet(text: str, note: str) -> Need:
    return Need(text, (), (), (), note)


@dataclass(frozen=True)
class Sme:
    id: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    email: str
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    offers: tuple[tuple[str, str], ...] = ()  # (text, label: what the thing is)
    needs: tuple[Need, ...] = field(default=())


SMES: tuple[Sme, ...] = (
    # ------------------------------------------------------------ hemp and natural fibre
    Sme(
        "bpo-001",
        "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
        HEMP,
        UP,
        "Chiang Mai",
        "th",
        "maesamai.hemp@gmail.com",
        ("OTOP",),
        ("bio",),
        offers=(
            ("เปลือกกัญชงลอกแห้ง ขายเป็นกิโล ส่งได้เดือนละ 200 กก.", "hemp_fibre_raw"),
            ("ด้ายกัญชงเข็ญมือแบบม้ง เส้นเล็ก ม้วนละ 1 กก.", "hemp_yarn_handspun"),
        ),
        needs=(
            need("อยากได้วิทยากรมาสอนย้อมสีธรรมชาติให้กลุ่มแม่บ้าน", "natural_dye_training"),
            unmet("เครื่องตีเปลือกกัญชง แบบใช้มอเตอร์", "hemp decorticating machine"),
        ),
    ),
    Sme(
        "bpo-002",
        "Ban Huai Khom Hemp Weaving Group",
        HEMP,
        MID,
        "Chiang Rai",
        "en",
        "huaikhom.weave@gmail.com",
        (),
        ("bio",),
        offers=(
            ("Handwoven hemp cloth, undyed, 40 cm wide, approx. 80 m per month", "hemp_fabric_handwoven"),
            ("Hemp batik yardage, beeswax resist with indigo", "hemp_fabric_handwoven"),
        ),
        needs=(
            need("Hand-spun hemp thread, 30 kg/month", "hemp_yarn_handspun"),
            need("Natural indigo paste for our dye pots", "indigo_paste"),
        ),
    ),
    Sme(
        "bpo-003",
        "Kanja Goods Co., Ltd.",
        HEMP,
        DOWN,
        "Bangkok",
        "en",
        "sourcing@kanjagoods.co",
        (),
        ("bio",),
        offers=(
            ("Hemp totes & backpacks, own label, wholesale from 50 pcs", "hemp_bag"),
            ("Private-label hemp pouches for hotels and spas", "hemp_bag"),
        ),
        needs=(
            need("Handloom hemp fabric for bag bodies (natural or indigo)", "hemp_fabric_handwoven"),
            need("No.5 metal zips, antique brass, 2,000 pcs", "zipper"),
            need("Cotton webbing 38 mm for straps", "bag_webbing_strap"),
        ),
    ),
    Sme(
        "bpo-004",
        "กลุ่มหม้อห้อมบ้านทุ่งเจริญ",
        HEMP,
        MID,
        "Phrae",
        "th",
        "mohom.tungcharoen@gmail.com",
        ("OTOP",),
        ("bio",),
        offers=(
            ("เนื้อห้อมเปียกสำหรับก่อหม้อ ถังละ 20 โล", "indigo_paste"),
            ("รับย้อมห้อมผ้าของลูกค้า ขั้นต่ำ 10 เมตร สีเข้มสม่ำเสมอ", "indigo_dyeing_service"),
            ("เสื้อหม้อห้อมคอจีน ไซส์ S–3XL", "indigo_garment"),
        ),
        needs=(
            need("ผ้าฝ้ายทอมือสีดิบ ยังไม่ฟอก เอาไว้ย้อม", "cotton_fabric_handwoven"),
            need("ช่างรับเย็บเสื้อ ตัดเย็บเดือนละ 300 ตัว", "cmt_sewing_service"),
        ),
    ),
    Sme(
        "bpo-005",
        "วิสาหกิจชุมชนปลูกครามบ้านดอนกอย",
        HEMP,
        UP,
        "Sakon Nakhon",
        "th",
        "donkoi.khram@gmail.com",
        ("Organic Thailand",),
        ("bio",),
        offers=(
            ("เนื้อครามเปียก หมักเอง ราคาส่ง กิโลละ 150 บาท", "indigo_paste"),
            ("ต้นครามสด ตัดส่งตามออเดอร์ ช่วง ก.ย.–พ.ย.", "indigo_plant_fresh"),
        ),
        needs=(
            unmet("โหลพลาสติกฝาเกลียว ขนาด 1 กก. ใส่ครามเปียก", "jars for packing dye paste"),
            need("คนช่วยทำการตลาดออนไลน์ สอนไลฟ์ขายของ", "online_marketing_service"),
        ),
    ),
    Sme(
        "bpo-006",
        "Mae Chaem Organic Cotton Growers",
        HEMP,
        UP,
        "Chiang Mai",
        "en",
        "maechaem.cotton@gmail.com",
        ("Organic Thailand",),
        ("bio", "green"),
        offers=(
            ("Organic seed cotton and ginned lint, native brown and white varieties", "cotton_raw_lint"),
            ("Hand-spun brown cotton yarn, 1 kg skeins", "cotton_yarn_handspun"),
        ),
        needs=(
            unmet("Small hand-crank cotton gin", "cotton ginning machine"),
            need("Pre-harvest credit line for member farmers", "sme_working_capital_loan"),
        ),
    ),
    Sme(
        "bpo-007",
        "วิสาหกิจชุมชนหม่อนไหมบ้านโคกเมือง",
        HEMP,
        UP,
        "Surin",
        "th",
        "kokmuang.silk@gmail.com",
        (),
        ("bio",),
        offers=(
            ("รังไหมพันธุ์ไทยพื้นบ้าน (ไหมเหลือง) ขายเป็นกิโล", "silk_cocoon"),
            ("เส้นไหมน้อยสาวมือ มีทั้งเส้นยืนและเส้นพุ่ง", "silk_yarn_thai"),
        ),
        needs=(
            unmet("ต้นกล้าหม่อนพันธุ์บุรีรัมย์ 60 จำนวน 2,000 ต้น", "mulberry seedlings"),
            need("นักออกแบบลายผ้าร่วมสมัย มาช่วยคิดลายมัดหมี่ใหม่", "textile_pattern_design_service"),
        ),
    ),
    Sme(
        "bpo-008",
        "กลุ่มทอผ้าไหมบ้านสนวน",
        HEMP,
        MID,
        "Buriram",
        "th",
        "sanuan.silk@gmail.com",
        ("Thai Silk Peacock Emblem", "OTOP"),
        ("bio",),
        offers=(
            ("ผ้าไหมมัดหมี่ทอมือ ตรานกยูงพระราชทานสีทอง หน้ากว้าง 1 เมตร", "silk_fabric_handwoven"),
            ("ผ้าพันคอไหมทอมือ ย้อมเปลือกไม้", "silk_scarf"),
        ),
        needs=(
            need("เส้นไหมไทยสาวมือ ปีละ 50 กก.", "silk_yarn_thai"),
            need("ครั่งดิบสำหรับย้อมสีแดง", "lac_dye_raw"),
        ),
    ),
    Sme(
        "bpo-009",
        "Pran Pineapple Fibre Co., Ltd.",
        HEMP,
        UP,
        "Prachuap Khiri Khan",
        "en",
        "hello@pranfibre.co.th",
        (),
        ("bio", "circular"),
        offers=(("Pineapple leaf fibre (PALF), degummed, long staple, 50 kg bales", "pineapple_leaf_fibre"),),
        needs=(need("Spinning mill to blend our PALF with cotton into yarn", "commission_spinning_service"),),
    ),
    Sme(
        "bpo-010",
        "วิสาหกิจชุมชนเส้นใยกล้วยบ้านนาสาร",
        HEMP,
        UP,
        "Surat Thani",
        "th",
        "nasan.banana@gmail.com",
        (),
        ("bio", "circular"),
        offers=(
            ("เส้นใยกาบกล้วยตานี ตากแห้ง มัดละ 1 กก.", "banana_fibre"),
            ("กระเป๋าสานจากใยกล้วย งานมือ", "banana_fibre_handicraft_bag"),
        ),
        needs=(need("อบรมย้อมสีธรรมชาติสำหรับใยกล้วย", "natural_dye_training"),),
    ),
    Sme(
        "bpo-011",
        "กลุ่มผ้าใยบัวบางปะหัน",
        HEMP,
        UP,
        "Phra Nakhon Si Ayutthaya",
        "th",
        "bangpahan.lotus@gmail.com",
        (),
        ("bio",),
        offers=(
            ("เส้นใยบัวดึงมือจากก้านบัวหลวง ขายเป็นกรัม", "lotus_stem_fibre"),
            ("ผ้าใยบัวผสมไหม ทอมือ ผืนละ 2 เมตร", "lotus_silk_fabric_handwoven"),
        ),
        needs=(need("เส้นไหมไทย ไว้ทอผสมกับใยบัว", "silk_yarn_thai"),),
    ),
    Sme(
        "bpo-012",
        "Pa Sang Cotton Weavers Cooperative",
        HEMP,
        MID,
        "Lamphun",
        "en",
        "pasang.coop@gmail.com",
        ("OTOP",),
        ("bio",),
        offers=(
            ("Plain handwoven cotton, unbleached, 90 cm, sold per metre", "cotton_fabric_handwoven"),
            ("Handloom cotton scarves dyed with lac, ebony and teak leaf", "natural_dyed_cotton_scarf"),
        ),
        needs=(
            need("Hand-spun cotton, natural white", "cotton_yarn_handspun"),
            need("Machine-spun cotton yarn 20/2 for warps, 100 kg", "cotton_yarn_machine"),
        ),
    ),
    Sme(
        "bpo-013",
        "หจก. สีธรรมชาติล้านนา",
        HEMP,
        UP,
        "Lampang",
        "th",
        "lanna.natcolor@gmail.com",
        (),
        ("bio",),
        offers=(
            ("ครั่งดิบ ครั่งเม็ดล้างแล้ว", "lac_dye_raw"),
            ("เปลือกประดู่ แก่นขนุน ลูกมะเกลือ ตากแห้งบดหยาบ", "natural_dye_plant_material"),
        ),
        needs=(need("เงินทุนหมุนเวียนไว้รับซื้อวัตถุดิบจากชาวบ้าน", "sme_working_capital_loan"),),
    ),
    Sme(
        "bpo-014",
        "Sukhumvit Slow Craft Store",
        HEMP,
        DOWN,
        "Bangkok",
        "en",
        "buy@slowcraft.store",
        (),
        ("green",),
        offers=(("Consignment shelf space for Thai natural-fibre crafts", "retail_consignment"),),
        needs=(
            need("Handwoven silk scarves with the Peacock Emblem", "silk_scarf", certs=("Thai Silk Peacock Emblem",)),
            need("Naturally dyed cotton scarves", "natural_dyed_cotton_scarf", "indigo_dyed_scarf"),
            need("Hemp shirts and trousers, relaxed fit", "hemp_garment"),
        ),
    ),
    Sme(
        "bpo-015",
        "บ้านสีธรรมชาติ กาญจนบุรี",
        HEMP,
        MID,
        "Kanchanaburi",
        "th",
        "baansee.kan@gmail.com",
        (),
        ("bio", "green"),
        offers=(
            ("รับย้อมสีธรรมชาติ ผ้าหรือเสื้อของลูกค้า (ใบหูกวาง เปลือกมะพร้าว)", "natural_dyeing_service"),
            ("คอร์สสอนย้อมสีธรรมชาติ 1–2 วัน รับกลุ่มชุมชนและองค์กร", "natural_dye_training"),
        ),
        needs=(
            need("ผ้าดิบโรงงาน ม้วน 100 หลา ไว้ย้อมขาย", "cotton_greige_fabric"),
            need("เสื้อยืดคอตตอน 100% สีขาว ตัวเปล่า ไว้ย้อม", "blank_tshirt"),
        ),
    ),
    Sme(
        "bpo-016",
        "Doi Hemp Apparel",
        HEMP,
        DOWN,
        "Chiang Mai",
        "en",
        "studio@doihemp.com",
        (),
        ("bio",),
        offers=(("Hemp shirts, wide trousers, wrap skirts – wholesale & export", "hemp_garment"),),
        needs=(
            need("Machine-woven hemp/cotton 55/45, 150 cm wide", "hemp_fabric_machine_woven"),
            need("CMT for 500 pcs per style", "cmt_sewing_service"),
            need("Plant-dyeing of our finished garments", "natural_dyeing_service"),
        ),
    ),
    Sme(
        "bpo-017",
        "Mae Sot Loom Works",
        HEMP,
        MID,
        "Tak",
        "en",
        "orders@maesotloom.com",
        (),
        (),
        offers=(
            ("Shuttle-loom hemp/cotton canvas, 150 cm, natural ecru", "hemp_fabric_machine_woven"),
            ("Commission weaving on customer yarn", "commission_weaving_service"),
        ),
        needs=(
            need("Machine-spun hemp yarn Nm 10–26, about 1 t per quarter", "hemp_yarn_machine_spun"),
            unmet("Warp sizing chemicals (PVA, starch)", "sizing chemicals"),
        ),
    ),
    Sme(
        "bpo-018",
        "บจก. ไฟเบอร์ลิงก์ เทรดดิ้ง",
        HEMP,
        UP,
        "Bangkok",
        "th",
        "sales@fiberlink.co.th",
        (),
        (),
        offers=(
            ("ด้ายกัญชง 100% ปั่นเครื่อง นำเข้า Nm 26/1 มีสต็อกพร้อมส่ง", "hemp_yarn_machine_spun"),
            ("ด้ายลินิน (ป่านแฟลกซ์) สำหรับทอและถัก", "linen_yarn"),
            ("เส้นใยกัญชงตัดสั้นแบบคอตตอไนซ์ สำหรับผสมปั่น", "hemp_staple_fibre_cottonised"),
        ),
    ),
    # ------------------------------------------------------------ circular textile
    Sme(
        "bpo-019",
        "หจก. ส.รุ่งเรืองรีไซเคิลผ้า",
        CIRC,
        UP,
        "Samut Sakhon",
        "th",
        "srungruang.recycle@gmail.com",
        (),
        ("circular",),
        offers=(
            ("เศษผ้ายืดคอตตอนคัดสี จากโรงงานตัดเย็บ อัดก้อน 50 กก.", "pre_consumer_textile_scraps"),
            ("เศษผ้าโพลีเอสเตอร์คละสี ราคาถูก", "pre_consumer_textile_scraps"),
            ("รับเก็บเศษผ้าถึงโรงงาน ออกใบรับรองการกำจัด", "textile_waste_pickup_service"),
        ),
        needs=(need("รับซื้อเศษผ้าจากโรงงานเย็บผ้าทุกชนิด", "pre_consumer_textile_scraps"),),
    ),
    Sme(
        "bpo-020",
        "EastCycle PET Recycling Co., Ltd.",
        CIRC,
        UP,
        "Chonburi",
        "en",
        "procurement@eastcycle.co.th",
        ("GRS", "ISO 14001"),
        ("circular",),
        offers=(
            ("rPET flakes, clear, hot-washed", "rpet_flakes"),
            ("Recycled polyester staple fibre 1.4D–6D for spinning (GRS)", "recycled_polyester_staple_fibre"),
            (
                "Hollow conjugated siliconised fibre for pillows and quilts, from bottles",
                "recycled_polyester_fiberfill",
            ),
        ),
        needs=(need("Buying baled post-consumer PET bottles, 20 t/month", "post_consumer_pet_bottles"),),
    ),
    Sme(
        "bpo-021",
        "ร้านรับซื้อของเก่า เจ๊หน่อย",
        CIRC,
        UP,
        "Nakhon Pathom",
        "th",
        "jenoi.recycle@gmail.com",
        (),
        ("circular",),
        offers=(
            ("ขวดน้ำ PET ใส อัดก้อน ส่งโรงงานได้ทุกสัปดาห์", "post_consumer_pet_bottles"),
            ("เสื้อผ้าเก่าคละ ไม่คัด ขายเหมากระสอบ", "used_clothing_bulk"),
        ),
    ),
    Sme(
        "bpo-022",
        "Loop Yarn Spinning Co., Ltd.",
        CIRC,
        MID,
        "Samut Prakan",
        "en",
        "yarn@loopyarn.co.th",
        ("GRS",),
        ("circular",),
        offers=(
            ("Recycled cotton yarn Ne 10–20, colour-sorted, no re-dyeing", "recycled_cotton_yarn"),
            ("Recycled polyester yarn 150D, GRS", "recycled_polyester_yarn"),
        ),
        needs=(
            need("Colour-sorted cotton cutting waste, 30 t/month", "pre_consumer_textile_scraps"),
            need("Recycled PET staple fibre for blending", "recycled_polyester_staple_fibre"),
        ),
    ),
    Sme(
        "bpo-023",
        "บจก. รีเทกซ์ ไทย",
        CIRC,
        MID,
        "Bangkok",
        "th",
        "info@retexthai.com",
        ("GRS",),
        ("circular",),
        offers=(
            ("ผ้าโพลีเอสเตอร์รีไซเคิล (rPET) 600D เคลือบกันน้ำ สำหรับทำกระเป๋า", "recycled_polyester_fabric"),
            ("ผ้ายืดรีไซเคิล คอตตอนรีไซเคิลผสมโพลี", "recycled_cotton_blend_knit_fabric"),
        ),
        needs=(
            need("เส้นด้ายโพลีเอสเตอร์รีไซเคิล ต้องมีใบรับรอง GRS", "recycled_polyester_yarn", certs=("GRS",)),
            need("โรงถักรับถักผ้าจากเส้นด้ายของเรา", "knitting_service"),
        ),
    ),
    Sme(
        "bpo-024",
        "Second Stitch Denim Studio",
        CIRC,
        DOWN,
        "Bangkok",
        "en",
        "hi@secondstitch.studio",
        (),
        ("circular",),
        offers=(("Upcycled denim totes and sling bags, made to order for corporate gifts", "upcycled_denim_bag"),),
        needs=(
            need("Second-hand jeans, graded, 200 kg lots", "used_denim_sorted"),
            need("Sewing contractor with walking-foot machines for thick denim", "cmt_sewing_service"),
            need("Brass jeans buttons and rivets", "garment_button"),
        ),
    ),
    Sme(
        "bpo-025",
        "ร้านเสื้อผ้ามือสองเบิ้ม โรงเกลือ",
        CIRC,
        UP,
        "Sa Kaeo",
        "th",
        "berm.rongkluea@gmail.com",
        (),
        ("circular",),
        offers=(
            ("เสื้อผ้ามือสองเป็นกระสอบ (เบล) นำเข้าญี่ปุ่น เกาหลี", "used_clothing_bulk"),
            ("ยีนส์มือสองคัดเกรด แยกไซส์ ขายเป็นกิโล ทักไลน์ @bermrk", "used_denim_sorted"),
        ),
        needs=(need("สินเชื่อหมุนเวียนไว้ซื้อเบล", "sme_working_capital_loan"),),
    ),
    Sme(
        "bpo-026",
        "กลุ่มแม่บ้านพรมเช็ดเท้าบ้านเพ",
        CIRC,
        DOWN,
        "Rayong",
        "th",
        "banphe.rugs@gmail.com",
        ("OTOP",),
        ("circular",),
        offers=(("พรมเช็ดเท้าถักจากเศษผ้า ลายดอก ขนาด 40x60 ซม.", "rag_rug_recycled"),),
        needs=(
            need("ริมผ้ายืดเป็นเส้นยาว เศษจากโรงงาน", "pre_consumer_textile_scraps"),
            unmet("ยางพาราแผ่นรองใต้พรมกันลื่น", "anti-slip rug backing"),
        ),
    ),
    Sme(
        "bpo-027",
        "บจก. กรีนแบ็ก โปรดักส์",
        CIRC,
        DOWN,
        "Pathum Thani",
        "th",
        "sales@greenbag.co.th",
        (),
        ("circular",),
        offers=(
            ("ถุงผ้ารีไซเคิลจากขวดพลาสติก สกรีนโลโก้องค์กร ขั้นต่ำ 300 ใบ", "recycled_tote_bag"),
            ("ถุงผ้าดิบเปล่า ยังไม่สกรีน ขายส่ง", "blank_canvas_tote"),
        ),
        needs=(
            need("ผ้าร่มรีไซเคิลจากขวด rPET 600D หรือ 300D", "recycled_polyester_fabric"),
            need("โรงสกรีนรับสกรีนถุงผ้า", "screen_printing_service"),
        ),
    ),
    Sme(
        "bpo-028",
        "ThreadCycle Waste Solutions Co., Ltd.",
        CIRC,
        MID,
        "Bangkok",
        "en",
        "service@threadcycle.co.th",
        ("ISO 14001",),
        ("circular",),
        offers=(
            (
                "Textile waste collection from factories, hotels, hospitals – with chain-of-custody report",
                "textile_waste_pickup_service",
            ),
            ("Certified destruction of branded uniforms", "secure_uniform_destruction_service"),
        ),
        needs=(unmet("Industrial textile shredder, 1 t/h", "shredding machine"),),
    ),
    Sme(
        "bpo-029",
        "ร้านวินเทจคัดเกรด บ้านเก่า",
        CIRC,
        DOWN,
        "Chiang Mai",
        "th",
        "baankao.vintage@gmail.com",
        (),
        ("circular",),
        offers=(("เสื้อผ้าวินเทจคัดเกรด ขายปลีกออนไลน์และหน้าร้านนิมมาน", "vintage_clothing_retail"),),
        needs=(need("เบลเสื้อผ้ามือสองญี่ปุ่น 45 กก.", "used_clothing_bulk"),),
    ),
    Sme(
        "bpo-030",
        "Siam Regenerated Fibre Co., Ltd.",
        CIRC,
        UP,
        "Prachinburi",
        "en",
        "fibre@siamregen.co.th",
        ("RCS",),
        ("circular",),
        offers=(
            ("Recycled cotton fibre (garnetted), white and mixed colours", "recycled_cotton_fibre"),
            ("Recycled felt padding for mattresses and car trunks", "recycled_felt_padding"),
        ),
        needs=(
            need("Post-consumer cotton: old sheets, towels, T-shirts", "used_hotel_linen", "used_clothing_bulk"),
            need("Factory cutting waste, any colour", "pre_consumer_textile_scraps"),
        ),
    ),
    # ------------------------------------------------------------ sportech
    Sme(
        "bpo-031",
        "บจก. สปอร์ตนิต เท็กซ์ไทล์",
        SPORT,
        MID,
        "Samut Sakhon",
        "th",
        "sportknit@sportknit.co.th",
        ("ISO 9001",),
        (),
        offers=(
            ("ผ้าไมโครโพลีเอสเตอร์ ระบายเหงื่อ (dry-fit) ตาข่ายรังผึ้ง หน้า 60 นิ้ว", "sportswear_knit_fabric"),
            ("ผ้าสแปนเด็กซ์ยืด 4 ทาง สำหรับเลกกิ้ง", "stretch_compression_fabric"),
            ("รับถักผ้าตามออเดอร์ ลูกค้าส่งเส้นด้ายมาเอง", "knitting_service"),
        ),
        needs=(
            need("เส้นด้ายโพลีเอสเตอร์ 75D/72F DTY", "polyester_filament_yarn"),
            need("ด้ายสแปนเด็กซ์ 40D", "spandex_yarn"),
            need("ด้ายโพลีเอสเตอร์รีไซเคิล ไม่จำเป็นต้องมี GRS ขอราคาดี", "recycled_polyester_yarn", waives=("GRS",)),
        ),
    ),
    Sme(
        "bpo-032",
        "SubliPro Print House",
        SPORT,
        MID,
        "Bangkok",
        "en",
        "print@sublipro.co.th",
        (),
        (),
        offers=(
            ("Sublimation printing on polyester by the metre, 1.8 m width", "sublimation_printing_service"),
            ("Heat-press names and numbers on your jerseys", "heat_transfer_printing_service"),
        ),
        needs=(
            need("White polyester jersey for sublimation, 150 gsm", "sportswear_knit_fabric"),
            unmet("Sublimation ink, Japanese brand, 20 L", "sublimation ink"),
        ),
    ),
    Sme(
        "bpo-033",
        "โรงงานเสื้อกีฬา ส.สปอร์ต",
        SPORT,
        DOWN,
        "Bangkok",
        "th",
        "sor.sport.factory@gmail.com",
        (),
        (),
        offers=(
            ("รับผลิตเสื้อกีฬาพิมพ์ลายทั้งตัว ขั้นต่ำ 20 ตัว", "team_sportswear_jersey"),
            ("เสื้อวิ่งงานมาราธอน ผ้าดรายฟิต พร้อมพิมพ์ชื่องาน", "running_shirt"),
        ),
        needs=(
            need("ผ้าไมโครกีฬาสีขาว สำหรับพิมพ์ซับลิเมชั่น", "sportswear_knit_fabric"),
            need("โรงพิมพ์ซับลิเมชั่น รับพิมพ์ผ้าเป็นหลา", "sublimation_printing_service"),
        ),
    ),
    Sme(
        "bpo-034",
        "Chonburi Youth Football Academy",
        SPORT,
        DOWN,
        "Chonburi",
        "en",
        "admin@cbyfa.org",
        (),
        (),
        needs=(
            need("Match kits for 8 age groups, sublimated, with names and numbers", "team_sportswear_jersey"),
            need("Training bibs, 4 colours", "training_bib"),
            need("Embroidered club crest patches", "embroidered_patch"),
        ),
    ),
    Sme(
        "bpo-035",
        "บจก. รันนิ่งเดย์ อีเว้นท์",
        SPORT,
        DOWN,
        "Nonthaburi",
        "th",
        "runningday.event@gmail.com",
        (),
        (),
        needs=(
            need("เสื้อวิ่งผ้าดรายฟิต 3,000 ตัว พิมพ์ลายงาน ส่งก่อน 15 ธ.ค.", "running_shirt"),
            need("ถุงผ้าใส่ของแจกนักวิ่ง แบบผ้ารีไซเคิล", "recycled_tote_bag"),
            unmet("ริบบิ้นคล้องเหรียญ พิมพ์ลาย 2,000 เส้น", "printed medal lanyard ribbon"),
        ),
    ),
    Sme(
        "bpo-036",
        "PolyCoat Laminating Co., Ltd.",
        SPORT,
        MID,
        "Samut Prakan",
        "en",
        "sales@polycoat.co.th",
        ("ISO 9001", "OEKO-TEX Standard 100"),
        (),
        offers=(
            (
                "TPU-laminated waterproof breathable fabric for rainwear and mattress protectors",
                "waterproof_laminated_fabric",
            ),
            ("PU coating on the customer's fabric, min 1,000 m", "coating_service"),
        ),
        needs=(unmet("TPU film 25 micron, medical grade", "TPU film"),),
    ),
    Sme(
        "bpo-037",
        "ร้านขอนแก่นสปอร์ต",
        SPORT,
        DOWN,
        "Khon Kaen",
        "th",
        "kkspor@gmail.com",
        (),
        (),
        offers=(
            ("เสื้อกีฬาสี เสื้อทีมฟุตบอล พิมพ์ชื่อเบอร์", "team_sportswear_jersey"),
            ("เอี๊ยมซ้อมบอล เสื้อกั๊กแบ่งทีม", "training_bib"),
        ),
        needs=(need("ผ้ากีฬาเกรดดี ผ้าไมโคร", "sportswear_knit_fabric"),),
    ),
    Sme(
        "bpo-038",
        "Eastern Polyester Yarns Co., Ltd.",
        SPORT,
        UP,
        "Rayong",
        "en",
        "yarn@epy.co.th",
        ("ISO 9001", "bluesign"),
        (),
        offers=(
            ("Polyester DTY 75D/150D, semi-dull and full-dull", "polyester_filament_yarn"),
            ("Spandex (elastane) covered yarn 20D–70D", "spandex_yarn"),
        ),
        needs=(need("Bottle-grade rPET flakes to launch a recycled DTY line", "rpet_flakes"),),
    ),
    Sme(
        "bpo-039",
        "หจก. ราชบุรี แนโรว์ แฟบริค",
        SPORT,
        MID,
        "Ratchaburi",
        "th",
        "rbnarrow@gmail.com",
        (),
        (),
        offers=(
            ("ยางยืดทอ ยางยืดถัก หน้า 1–5 ซม. สำหรับเอวกางเกง", "elastic_band"),
            ("เทปสะท้อนแสงแบบเย็บติดเสื้อ กว้าง 2 นิ้ว", "reflective_tape"),
            ("สายกระเป๋าคอตตอน สายพีพี ทอแถบ", "bag_webbing_strap"),
        ),
        needs=(
            need("ด้ายยางสแปนเด็กซ์", "spandex_yarn"),
            unmet("ช่างซ่อมเครื่องทอเข็ม (needle loom)", "needle-loom repair"),
        ),
    ),
    Sme(
        "bpo-040",
        "Andaman Surf & Rash Co.",
        SPORT,
        DOWN,
        "Phuket",
        "en",
        "shop@andamanrash.com",
        (),
        ("green",),
        offers=(("Rash guards and board shorts, own brand, Phuket shops & online", "swimwear_rashguard"),),
        needs=(
            need("Recycled polyester fabric, GRS certified, UPF 50", "recycled_polyester_fabric", certs=("GRS",)),
            need("Cut & sew for swimwear (overlock, flatlock)", "cmt_sewing_service"),
        ),
    ),
    Sme(
        "bpo-041",
        "ร้านชุดกีฬามุสลิมะห์ ปัตตานี",
        SPORT,
        DOWN,
        "Pattani",
        "th",
        "muslimah.sport.pt@gmail.com",
        ("Halal",),
        (),
        offers=(("ชุดว่ายน้ำมุสลิมะห์ เสื้อกีฬาแขนยาว พร้อมฮิญาบสปอร์ต", "modest_sportswear"),),
        needs=(
            need("ผ้ายืดสแปนเด็กซ์ 4 ทาง เนื้อไม่บาง", "stretch_compression_fabric"),
            need("ผ้าไมโครแห้งไว", "sportswear_knit_fabric"),
            need("คนออกแบบคอลเลกชันเสื้อผ้า", "fashion_design_service"),
        ),
    ),
    Sme(
        "bpo-042",
        "BioFinish Textile Services",
        SPORT,
        MID,
        "Bangkok",
        "en",
        "lab@biofinish.co.th",
        ("OEKO-TEX Standard 100",),
        ("green",),
        offers=(
            (
                "Antibacterial / anti-odour finishing on customer fabrics and garments",
                "antibacterial_finishing_service",
            ),
            ("Moisture-wicking and UV-cut finishing", "wicking_uv_finishing_service"),
        ),
        needs=(need("Independent lab test to AATCC 100", "textile_testing_service"),),
    ),
    Sme(
        "bpo-043",
        "ร้านไบค์แอนด์เทรล เชียงใหม่",
        SPORT,
        DOWN,
        "Chiang Mai",
        "th",
        "biketrail.cm@gmail.com",
        (),
        (),
        needs=(
            need("เสื้อปั่นจักรยาน พิมพ์ลายทีม 100 ตัว", "team_sportswear_jersey"),
            need("กางเกงรัดกล้ามเนื้อ (compression)", "compression_garment"),
        ),
    ),
    Sme(
        "bpo-044",
        "NP Sock & Compression Knitting Co., Ltd.",
        SPORT,
        DOWN,
        "Nakhon Pathom",
        "en",
        "sales@npsock.co.th",
        ("ISO 9001",),
        (),
        offers=(
            ("Graduated compression socks and calf sleeves for runners", "compression_socks_sport"),
            ("Anti-slip grip socks for the elderly and hospital wards", "anti_slip_socks"),
            ("Compression leggings and tops, OEM", "compression_garment"),
        ),
        needs=(
            need("Nylon/spandex covered yarn", "spandex_yarn"),
            unmet("Second-hand toe-closing (linking) machine for socks", "sock linking machine"),
        ),
    ),
    # ------------------------------------------------------------ ageing lifestyle, central
    Sme(
        "bpo-045",
        "Rattanakosin Private Hospital",
        AGC,
        DOWN,
        "Bangkok",
        "en",
        "purchasing@rtkhospital.co.th",
        (),
        (),
        needs=(
            need("Patient gowns with snap shoulders, 600 pcs", "patient_gown"),
            need("Nurse scrubs, 4 colours", "medical_scrubs"),
            need(
                "Slide sheets for patient transfer, registered with Thai FDA",
                "patient_transfer_sheet",
                certs=("Thai FDA",),
            ),
        ),
    ),
    Sme(
        "bpo-046",
        "บ้านพักผู้สูงอายุ ร่มไม้ชายคา",
        AGC,
        DOWN,
        "Nonthaburi",
        "th",
        "rommai.care@gmail.com",
        (),
        (),
        needs=(
            need("ผ้าอ้อมผู้ใหญ่แบบเทป ไซส์ L เดือนละ 3,000 ชิ้น มี อย.", "adult_diaper_disposable", certs=("Thai FDA",)),
            need("แผ่นรองซับปัสสาวะแบบซักได้ 100 ผืน", "washable_underpad"),
            need("ถุงเท้ากันลื่นสำหรับผู้สูงอายุ", "anti_slip_socks"),
            need("ผ้าเคลื่อนย้ายผู้ป่วย", "patient_transfer_sheet"),
        ),
    ),
    Sme(
        "bpo-047",
        "บจก. แคร์ทรานส์ เมดิคอล",
        AGC,
        DOWN,
        "Samut Prakan",
        "th",
        "caretrans.med@gmail.com",
        ("ISO 13485", "Thai FDA"),
        (),
        offers=(
            ("แผ่นเคลื่อนย้ายผู้ป่วย (ผ้าสไลด์) มีหูจับ 8 จุด ขึ้นทะเบียน อย.", "patient_transfer_sheet"),
            ("แผ่นรองซับกันน้ำ ซักได้ 200 ครั้ง", "washable_underpad"),
        ),
        needs=(
            need("ผ้าเคลือบ TPU กันน้ำ หน้ากว้าง 150 ซม.", "waterproof_laminated_fabric"),
            unmet("ผ้าไนลอนลื่นพิเศษ เคลือบซิลิโคน เกรดการแพทย์ สำหรับแผ่นสไลด์", "low-friction medical nylon fabric"),
            need("ช่างเย็บรับงานเย็บแผ่นรองซับ", "cmt_sewing_service"),
        ),
    ),
    Sme(
        "bpo-048",
        "SilverCare Hygiene Products Co., Ltd.",
        AGC,
        DOWN,
        "Pathum Thani",
        "en",
        "supply@silvercarehygiene.com",
        ("Thai FDA", "ISO 9001"),
        (),
        offers=(
            ("Adult tape diapers M–XL, 10 pcs per pack, FDA registered", "adult_diaper_disposable"),
            ("Disposable underpads 60x90 cm", "disposable_underpad"),
        ),
        needs=(
            unmet("Fluff pulp and SAP", "absorbent core materials"),
            unmet("Printed PE film for diaper packs", "printed packaging film"),
        ),
    ),
    Sme(
        "bpo-049",
        "บจก. สยามลิเนน แมนูแฟคเจอริ่ง",
        AGC,
        MID,
        "Bangkok",
        "th",
        "sales@siamlinen.co.th",
        ("ISO 9001", "Thai Industrial Standard"),
        (),
        offers=(
            ("ผ้าปูที่นอนโรงแรม คอตตอน 300 เส้นด้าย สีขาว", "hotel_bed_linen"),
            ("ผ้าขนหนูโรงแรม 16 ปอนด์ ขอบโดบี้", "bath_towel"),
            ("ผ้าปูเตียงโรงพยาบาล ผ้าทีซี ทนซักน้ำร้อน", "hospital_bed_sheet"),
        ),
        needs=(need("ต้องการผ้าดิบคอตตอน หน้ากว้าง 110 นิ้ว", "cotton_greige_fabric"),),
    ),
    Sme(
        "bpo-050",
        "Riverside Heritage Hotels Group",
        AGC,
        DOWN,
        "Bangkok",
        "en",
        "procurement@riversideheritage.com",
        (),
        ("green",),
        offers=(("Retired bed linen and towels, about 2 t a year, free to collect", "used_hotel_linen"),),
        needs=(
            need("Hotel bed linen, white percale, king & twin", "hotel_bed_linen"),
            need("Bath and pool towels", "bath_towel"),
            need("Front-office and housekeeping uniforms", "staff_uniform"),
            need("Spa therapist uniforms", "spa_uniform"),
        ),
    ),
    Sme(
        "bpo-051",
        "ศิวาลัย สปา หัวหิน",
        AGC,
        DOWN,
        "Prachuap Khiri Khan",
        "th",
        "siwalai.spa@gmail.com",
        (),
        (),
        needs=(
            need("ชุดพนักงานสปา ผ้าฝ้ายใส่สบาย 40 ชุด", "spa_uniform"),
            need("ผ้าขนหนูสปา ผ้าเช็ดตัวสีขาว", "bath_towel"),
            need("ผ้าพันคอไหมไว้เป็นของที่ระลึก", "silk_scarf"),
            unmet("ชุดคลุมอาบน้ำผ้าฝ้ายทอมือ", "handwoven cotton bathrobes"),
        ),
    ),
    Sme(
        "bpo-052",
        "Dignity Wear Co., Ltd.",
        AGC,
        DOWN,
        "Nakhon Pathom",
        "en",
        "hello@dignitywear.co.th",
        ("OEKO-TEX Standard 100",),
        (),
        offers=(
            ("Washable incontinence briefs for adults, 4-layer, 300 washes", "washable_incontinence_brief"),
            ("Reusable bed pads with waterproof backing", "washable_underpad"),
        ),
        needs=(
            need("Looking for waterproof breathable TPU laminate", "waterproof_laminated_fabric"),
            need("Cotton terry knit", "terry_knit_fabric"),
            need("Antibacterial finish", "antibacterial_finishing_service"),
        ),
    ),
    Sme(
        "bpo-053",
        "ร้านเฮงหลีพาณิชย์ สำเพ็ง",
        AGC,
        MID,
        "Bangkok",
        "th",
        "hengli.sampeng@gmail.com",
        (),
        (),
        offers=(
            ("ผ้าโทเร ผ้าทีซี ผ้าคอมทวิว สำหรับเย็บยูนิฟอร์ม ราคาโรงงาน โทร 02-221-4587", "tc_woven_fabric"),
            ("ผ้าดิบ ผ้าดิบโรงงาน ม้วน 100 หลา", "cotton_greige_fabric"),
            ("ผ้าซาติน ผ้าชีฟอง ขายส่งเป็นม้วน", "fashion_woven_fabric"),
        ),
    ),
    Sme(
        "bpo-054",
        "Jin Textile, Pratunam",
        AGC,
        MID,
        "Bangkok",
        "en",
        "jintextile.pratunam@gmail.com",
        (),
        (),
        offers=(
            (
                "Cotton spandex jersey, TC jersey, rib – 40 colours in stock, best price in Pratunam",
                "cotton_jersey_fabric",
            ),
            ("Cotton terry knit and French terry", "terry_knit_fabric"),
            ("Polyester taffeta 190T / 210T for linings and umbrellas", "polyester_taffeta_fabric"),
        ),
    ),
    Sme(
        "bpo-055",
        "ร้านเจริญกิจ อุปกรณ์ตัดเย็บ",
        AGC,
        MID,
        "Bangkok",
        "th",
        "charoenkit.trims@gmail.com",
        (),
        (),
        offers=(
            ("ซิปไนลอน ซิปโลหะ ซิป YKK ตัดตามความยาว", "zipper"),
            ("กระดุมกะลา กระดุมพลาสติก กระดุมแป๊ก กระดุมยีนส์ หมุดโลหะ ราคาส่ง", "garment_button"),
            ("ยางยืดเอว ยางยืดทอ หน้า 1 นิ้ว", "elastic_band"),
            ("ตีนตุ๊กแก (เวลโคร) ม้วน 25 หลา", "hook_loop_tape"),
        ),
    ),
    Sme(
        "bpo-056",
        "Siam Label & Tag Co., Ltd.",
        AGC,
        MID,
        "Samut Prakan",
        "en",
        "cs@siamlabel.co.th",
        ("ISO 9001", "OEKO-TEX Standard 100"),
        (),
        offers=(
            ("Woven labels (damask, satin), min 500 pcs, 7-day lead time", "woven_label"),
            ("Printed care labels and size tabs", "care_label_printed"),
            ("Hang tags on FSC paper with string", "hang_tag"),
        ),
    ),
    Sme(
        "bpo-057",
        "หจก. ไทยกาวผ้า แอนด์ เธรด",
        AGC,
        MID,
        "Bangkok",
        "th",
        "thaikaopha@gmail.com",
        (),
        (),
        offers=(
            ("ผ้ากาว ผ้ากาวรีดติดคอปก ผ้ากาวใยสังเคราะห์", "fusible_interlining"),
            ("ด้ายเย็บผ้าโพลีเอสเตอร์ 40/2 หลอดใหญ่", "sewing_thread"),
        ),
    ),
    Sme(
        "bpo-058",
        "PackRight Garment Packaging",
        AGC,
        MID,
        "Bangkok",
        "en",
        "orders@packright.co.th",
        (),
        (),
        offers=(
            ("Self-seal garment polybags with warning print", "garment_polybag"),
            ("Printed mailer boxes for online fashion brands", "mailer_box"),
        ),
    ),
    Sme(
        "bpo-059",
        "ห้องแพทเทิร์นคุณอ้อย",
        AGC,
        MID,
        "Bangkok",
        "th",
        "oypattern@gmail.com",
        (),
        (),
        offers=(
            ("รับทำแพทเทิร์นและตัวอย่างเสื้อผ้าสตรี เสร็จใน 7 วัน", "pattern_sample_service"),
            ("คอร์สสอนทำแพทเทิร์นเบื้องต้น เสาร์–อาทิตย์", "sewing_pattern_course"),
        ),
        needs=(need("ผ้าดิบไว้ทำตัวอย่าง (ทวาล)", "cotton_greige_fabric"),),
    ),
    Sme(
        "bpo-060",
        "Mahachai CMT Garment Factory",
        AGC,
        MID,
        "Samut Sakhon",
        "en",
        "cmt@mahachaigarment.com",
        (),
        (),
        offers=(
            ("CMT sewing for T-shirts, polos, uniforms – 20,000 pcs/month", "cmt_sewing_service"),
            ("Cutting service (auto-cutter) for customer fabric", "fabric_cutting_service"),
            ("Cotton jersey cutting scraps, sorted by colour, for sale", "pre_consumer_textile_scraps"),
        ),
        needs=(need("Service contract for 60 overlock machines", "sewing_machine_repair_service"),),
    ),
    Sme(
        "bpo-061",
        "บจก. ปากเกร็ด การ์เมนท์",
        AGC,
        MID,
        "Nonthaburi",
        "th",
        "pakkret.garment@gmail.com",
        ("ISO 9001",),
        (),
        offers=(
            ("รับผลิตเสื้อผ้าแบรนด์ OEM ครบวงจร หาผ้า ทำแพทเทิร์น เย็บ แพ็ค ขั้นต่ำ 100 ตัวต่อแบบ", "oem_garment_manufacturing"),
            ("เสื้อโปโลพนักงาน ปักโลโก้บริษัท", "corporate_polo_shirt"),
        ),
        needs=(
            need("ผ้าคอตตอนสแปนเด็กซ์ ผ้าทีเค เป็นม้วน", "cotton_jersey_fabric"),
            need("ป้ายทอคอเสื้อ ป้ายไซส์", "woven_label", "care_label_printed"),
            need("ถุงแก้วใส่เสื้อ แบบมีเทปกาว", "garment_polybag"),
        ),
    ),
    Sme(
        "bpo-062",
        "ร้านปักสวย บางพลัด",
        AGC,
        MID,
        "Bangkok",
        "th",
        "pakswuay@gmail.com",
        (),
        (),
        offers=(
            ("รับปักโลโก้บนเสื้อลูกค้า เสื้อโปโล หมวก ไม่มีขั้นต่ำ", "embroidery_service"),
            ("อาร์มปัก ตัวรีด ตราโรงเรียน", "embroidered_patch"),
        ),
        needs=(unmet("ด้ายปักเรยอง 120 สี", "rayon embroidery thread"),),
    ),
    Sme(
        "bpo-063",
        "Inkline Screen & DTF Studio",
        AGC,
        MID,
        "Bangkok",
        "en",
        "hello@inkline.studio",
        (),
        (),
        offers=(
            ("Screen printing on T-shirts and totes from 30 pcs, plastisol or water-based", "screen_printing_service"),
            (
                "DTF transfers printed by the metre, ready to press yourself – DM us on IG @inkline.bkk",
                "dtf_transfer_print_goods",
            ),
        ),
        needs=(
            need("Blank cotton T-shirts, 100% cotton 32s", "blank_tshirt"),
            need("Blank canvas tote bags", "blank_canvas_tote"),
        ),
    ),
    Sme(
        "bpo-064",
        "มินิมอล มูฟ (ร้านเสื้อผ้าออนไลน์)",
        AGC,
        DOWN,
        "Bangkok",
        "th",
        "minimalmove.shop@gmail.com",
        (),
        (),
        offers=(("เสื้อผ้าผู้หญิงสไตล์มินิมอล ขายผ่านไอจีและช้อปปี้", "womens_fashion_apparel"),),
        needs=(
            need("โรงงานรับผลิต OEM ล็อตเล็ก 100 ตัวต่อสี", "oem_garment_manufacturing"),
            need("ห้องแพทเทิร์นทำตัวอย่าง", "pattern_sample_service"),
            need("ถ่ายแบบ ถ่ายสินค้าลงเว็บ", "product_photography_service"),
        ),
    ),
    Sme(
        "bpo-065",
        "Lumière Loungewear",
        AGC,
        DOWN,
        "Bangkok",
        "en",
        "team@lumiereloungewear.com",
        (),
        (),
        offers=(("Cotton loungewear and pyjamas, sold online", "loungewear"),),
        needs=(
            need("Need a small-batch OEM factory, 50–100 pcs per colour", "oem_garment_manufacturing"),
            need("Soft cotton modal jersey", "cotton_jersey_fabric"),
            need("Performance marketing (Facebook/TikTok ads)", "online_marketing_service"),
        ),
    ),
    Sme(
        "bpo-066",
        "บจก. ยูนิฟอร์มพลัส",
        AGC,
        DOWN,
        "Chachoengsao",
        "th",
        "uniformplus.ccs@gmail.com",
        ("ISO 9001",),
        (),
        offers=(
            ("ชุดยูนิฟอร์มพนักงาน ชุดช่าง เสื้อช็อป ตามแบบองค์กร", "staff_uniform"),
            ("ชุดสครับพยาบาล ผ้าไมโครพีช กันยับ", "medical_scrubs"),
            ("ชุดผู้ป่วย เสื้อผ่าหน้าผูกเชือก", "patient_gown"),
            ("ชุดพนักงานสปา ชุดนวดแผนไทย ผ้าฝ้ายผสม", "spa_uniform"),
        ),
        needs=(
            need("ต้องการผ้าชาลี ผ้าโทเร สีกรม ม้วนละ 50 หลา", "tc_woven_fabric"),
            need("ปักชื่อพนักงานและโลโก้", "embroidery_service"),
            need("เทปสะท้อนแสงสำหรับเสื้อช่าง", "reflective_tape"),
        ),
    ),
    Sme(
        "bpo-067",
        "Lumpini International School",
        AGC,
        DOWN,
        "Bangkok",
        "en",
        "procurement@lumpini-is.ac.th",
        (),
        (),
        needs=(
            need("Seeking a school uniform supplier: polo, skirt, shorts for 900 students", "school_uniform"),
            need("PE kits in house colours, sublimated", "team_sportswear_jersey"),
            need("Embroidered blazer badges", "embroidered_patch"),
        ),
    ),
    Sme(
        "bpo-068",
        "บจก. อยุธยา ออโต้พาร์ท",
        AGC,
        DOWN,
        "Phra Nakhon Si Ayutthaya",
        "th",
        "purchase@ayt-auto.co.th",
        ("ISO 9001",),
        (),
        needs=(
            need("ชุดช่างพนักงานฝ่ายผลิต 1,200 ชุด ผ้าทนทาน", "staff_uniform"),
            need("เสื้อโปโลปักโลโก้ งานกีฬาสีบริษัท", "corporate_polo_shirt"),
            need("บริการทำลายชุดยูนิฟอร์มเก่าที่มีโลโก้", "secure_uniform_destruction_service"),
            need("หน้ากากผ้าซักได้ 2,000 ชิ้น", "washable_cloth_mask"),
        ),
    ),
    Sme(
        "bpo-069",
        "ห้างชุดนักเรียนนครปฐม",
        AGC,
        DOWN,
        "Nakhon Pathom",
        "th",
        "npschooluniform@gmail.com",
        (),
        (),
        offers=(("ชุดนักเรียน เสื้อ กางเกง กระโปรง ขายส่งร้านค้า", "school_uniform"),),
        needs=(
            need("ผ้าโทเรขาว ผ้าเสิร์ท สำหรับเสื้อนักเรียน", "tc_woven_fabric"),
            need("กระดุมเสื้อนักเรียน", "garment_button"),
            need("ปักชื่อ ปักตัวย่อโรงเรียน", "embroidery_service"),
        ),
    ),
    Sme(
        "bpo-070",
        "Little Sprout Organics",
        AGC,
        DOWN,
        "Bangkok",
        "en",
        "hello@littlesprout.co",
        ("GOTS",),
        ("green",),
        offers=(("Organic cotton baby bodysuits and swaddles", "baby_clothes_organic"),),
        needs=(
            need("Organic cotton interlock, GOTS certified", "organic_cotton_jersey_fabric", certs=("GOTS",)),
            need("Nickel-free snap buttons, OEKO-TEX", "garment_button", certs=("OEKO-TEX Standard 100",)),
            need("Small-batch CMT for babywear", "cmt_sewing_service"),
            need("Organic cotton yarn for knitted booties, no need for GOTS", "organic_cotton_yarn", waives=("GOTS",)),
        ),
    ),
    Sme(
        "bpo-071",
        "บจก. ทุนหมุนเวียน แคปปิตอล",
        AGC,
        MID,
        "Bangkok",
        "th",
        "loan@tunmunwian.co.th",
        (),
        (),
        offers=(
            ("สินเชื่อหมุนเวียน SME สิ่งทอ วงเงิน 1–5 ล้าน อนุมัติใน 7 วัน", "sme_working_capital_loan"),
            ("แฟคตอริ่ง รับซื้อใบแจ้งหนี้ที่วางบิลห้างและโรงพยาบาล", "invoice_factoring"),
        ),
    ),
    Sme(
        "bpo-072",
        "Wongsawang Sewing Machines Co., Ltd.",
        AGC,
        MID,
        "Bangkok",
        "en",
        "sales@wongsawangsewing.com",
        (),
        (),
        offers=(
            (
                "Industrial sewing machines: lockstitch, overlock, coverstitch – new & reconditioned",
                "industrial_sewing_machine_sales",
            ),
            ("On-site repair and annual maintenance contracts", "sewing_machine_repair_service"),
        ),
    ),
    Sme(
        "bpo-073",
        "เอเจนซี่ ปังปัง ดิจิทัล",
        AGC,
        MID,
        "Bangkok",
        "th",
        "pangpang.digital@gmail.com",
        (),
        (),
        offers=(
            ("รับยิงแอดเฟซบุ๊ก ติ๊กต็อก ไลฟ์ขายของ สำหรับแบรนด์เสื้อผ้า", "online_marketing_service"),
            ("ถ่ายภาพสินค้า ถ่ายแบบนางแบบในสตูดิโอ", "product_photography_service"),
        ),
    ),
    Sme(
        "bpo-074",
        "Studio Lai Thai Design",
        AGC,
        MID,
        "Bangkok",
        "en",
        "studio@laithai.design",
        (),
        (),
        offers=(
            ("Textile print and motif design, repeat files for weaving or printing", "textile_pattern_design_service"),
            ("Fashion collection design and tech packs", "fashion_design_service"),
            ("Brand identity and packaging design", "brand_design_service"),
        ),
    ),
    Sme(
        "bpo-075",
        "บจก. เซฟการ์ด เมดิคอล",
        AGC,
        DOWN,
        "Samut Sakhon",
        "th",
        "safeguard.medical@gmail.com",
        ("Thai FDA", "ISO 13485"),
        (),
        offers=(
            ("หน้ากากอนามัยทางการแพทย์ 3 ชั้น กล่องละ 50 ชิ้น มี อย.", "disposable_surgical_mask"),
            ("หน้ากากผ้าซักได้ 2 ชั้น สกรีนโลโก้ได้", "washable_cloth_mask"),
        ),
        needs=(unmet("ผ้าสปันบอนด์ เมลท์โบลน", "nonwoven mask media"),),
    ),
    Sme(
        "bpo-076",
        "ThaiTex Testing Laboratory",
        AGC,
        MID,
        "Pathum Thani",
        "en",
        "booking@thaitexlab.com",
        ("ISO 9001",),
        (),
        offers=(
            ("Fabric testing: colourfastness, shrinkage, GSM, antibacterial (AATCC 100)", "textile_testing_service"),
        ),
    ),
    Sme(
        "bpo-077",
        "Chao Phraya Spinning & Knitting Co., Ltd.",
        HEMP,
        UP,
        "Samut Prakan",
        "en",
        "yarn@cpspinning.co.th",
        ("GOTS", "OCS", "ISO 9001"),
        ("green",),
        offers=(
            ("Combed cotton yarn Ne 30/1, 40/1 for knitting", "cotton_yarn_machine"),
            ("GOTS-certified organic cotton yarn Ne 20–40", "organic_cotton_yarn"),
            ("Organic cotton single jersey and interlock, GOTS", "organic_cotton_jersey_fabric"),
            ("Commission spinning on customer fibre, min 2 t", "commission_spinning_service"),
        ),
        needs=(
            need("Organic raw cotton lint certified Organic Thailand", "cotton_raw_lint", certs=("Organic Thailand",)),
        ),
    ),
    # ------------------------------------------------------------ ageing lifestyle, Isan
    Sme(
        "bpo-078",
        "โรงพยาบาลศรีจันทร์",
        ISAN,
        DOWN,
        "Khon Kaen",
        "th",
        "srichan.hosp@gmail.com",
        (),
        (),
        needs=(
            need("ต้องการชุดผู้ป่วยผ้าฝ้าย 800 ชุด", "patient_gown"),
            need("ผ้าปูเตียงผู้ป่วย ได้มาตรฐาน มอก.", "hospital_bed_sheet", certs=("Thai Industrial Standard",)),
            need("แผ่นรองซับแบบใช้แล้วทิ้ง", "disposable_underpad"),
        ),
    ),
    Sme(
        "bpo-079",
        "ศูนย์ดูแลผู้สูงอายุ บ้านสุขใจ",
        ISAN,
        DOWN,
        "Udon Thani",
        "th",
        "baansukjai.udon@gmail.com",
        (),
        (),
        needs=(
            need("ผ้าอ้อมผู้ใหญ่ ไม่จำเป็นต้องมี อย. ขอราคาถูก", "adult_diaper_disposable", waives=("Thai FDA",)),
            need("หมอนหนุน หมอนข้าง สำหรับผู้สูงอายุ", "pillow"),
            need("กางเกงซึมซับซักได้", "washable_incontinence_brief"),
            need("เสื้อผ้าผู้สูงอายุแบบติดตีนตุ๊กแก ใส่ง่าย", "adaptive_clothing_elderly"),
        ),
    ),
    Sme(
        "bpo-080",
        "วิสาหกิจชุมชนหมอนขิดบ้านศรีฐาน",
        ISAN,
        DOWN,
        "Yasothon",
        "th",
        "sritan.khit@gmail.com",
        ("OTOP",),
        ("bio",),
        offers=(
            ("หมอนขิด หมอนสามเหลี่ยม หมอนอิง ยัดนุ่น", "pillow"),
            ("เบาะรองนั่งผ้าขิด พับได้", "floor_cushion"),
        ),
        needs=(
            need("ใยสังเคราะห์สำหรับยัดหมอน 500 กก.", "recycled_polyester_fiberfill"),
            need("ด้ายฝ้ายโรงงานย้อมสีแล้ว สำหรับทอขิด", "dyed_cotton_yarn"),
            need("หน้าร้านในกรุงเทพฯ รับฝากขาย", "retail_consignment"),
        ),
    ),
    Sme(
        "bpo-081",
        "Isan Elder Care Co., Ltd.",
        ISAN,
        DOWN,
        "Khon Kaen",
        "en",
        "care@isanelder.com",
        (),
        (),
        needs=(
            need("Adaptive clothing with velcro or magnetic closures", "adaptive_clothing_elderly"),
            need("Slide sheets for turning bedridden clients", "patient_transfer_sheet"),
            unmet("Kapok-filled mattresses for home-care beds", "kapok mattresses"),
        ),
    ),
    Sme(
        "bpo-082",
        "กลุ่มทอผ้ามัดหมี่ฝ้ายบ้านโนนสะอาด",
        ISAN,
        MID,
        "Khon Kaen",
        "th",
        "nonsaad.mudmee@gmail.com",
        ("OTOP",),
        (),
        offers=(
            ("ผ้ามัดหมี่ฝ้ายทอมือ ย้อมสีเคมี ผืนละ 2 เมตร", "cotton_mudmee_fabric_handwoven"),
            ("ผ้าขาวม้าทอมือ ลายตาราง", "pha_khao_ma"),
        ),
        needs=(
            need("ด้ายฝ้ายโรงงาน เบอร์ 20/2 ไม่ย้อม 200 กก.", "cotton_yarn_machine"),
            need("ช่องทางฝากขายในห้างกรุงเทพฯ", "retail_consignment"),
        ),
    ),
    Sme(
        "bpo-083",
        "Pak Thong Chai Silk House",
        ISAN,
        MID,
        "Nakhon Ratchasima",
        "en",
        "silk@ptcsilkhouse.com",
        ("Thai Silk Peacock Emblem", "OTOP"),
        (),
        offers=(
            ("Handwoven Thai silk, plain and mudmee, Peacock Emblem", "silk_fabric_handwoven"),
            ("Silk scarves and shawls, handwoven", "silk_scarf"),
        ),
        needs=(
            need("Looking for Thai hand-reeled silk yarn from yellow cocoons", "silk_yarn_thai"),
            need("Motif designer for a modern collection", "textile_pattern_design_service"),
        ),
    ),
    Sme(
        "bpo-084",
        "วิสาหกิจชุมชนเสื้อผ้าผู้สูงวัยบ้านคำน้ำแซบ",
        ISAN,
        DOWN,
        "Ubon Ratchathani",
        "th",
        "khamnamsaep.wear@gmail.com",
        ("OTOP",),
        (),
        offers=(("เสื้อผ้าผู้สูงอายุ ผ้าฝ้ายทอมือ ติดตีนตุ๊กแก ใส่ง่ายถอดง่าย", "adaptive_clothing_elderly"),),
        needs=(
            need("เทปหนามเตย ตีนตุ๊กแกสีขาว", "hook_loop_tape"),
            need("ผ้าฝ้ายทอมือเนื้อนุ่ม สีธรรมชาติ ยังไม่ย้อม", "cotton_fabric_handwoven"),
        ),
    ),
    Sme(
        "bpo-085",
        "Udon Lakeside Boutique Hotel",
        ISAN,
        DOWN,
        "Udon Thani",
        "en",
        "gm@udonlakeside.com",
        (),
        ("green",),
        needs=(
            need("Indigo-dyed cushion covers and table runners for 40 rooms", "indigo_home_textile"),
            need("Indigo scarves for the gift shop", "indigo_dyed_scarf"),
            unmet("Staff uniforms tailored from local handwoven cotton", "handwoven-cotton staff uniforms"),
        ),
    ),
    Sme(
        "bpo-086",
        "วิสาหกิจชุมชนฝ้ายอินทรีย์นาแห้ว",
        ISAN,
        UP,
        "Loei",
        "th",
        "nahaeo.organiccotton@gmail.com",
        ("Organic Thailand",),
        ("bio",),
        offers=(
            ("ปุยฝ้ายอินทรีย์ ฝ้ายตุ่น ฝ้ายขาว หีบเมล็ดแล้ว", "cotton_raw_lint"),
            ("ฝ้ายเข็นมือเส้นใหญ่ สำหรับทอผ้าห่ม", "cotton_yarn_handspun"),
        ),
        needs=(need("สอนการย้อมสีธรรมชาติ", "natural_dye_training"),),
    ),
    Sme(
        "bpo-087",
        "บจก. ครามสกล ดีไซน์",
        ISAN,
        MID,
        "Sakon Nakhon",
        "th",
        "khramsakon.design@gmail.com",
        ("OTOP",),
        ("bio",),
        offers=(
            ("ผ้าฝ้ายทอมือย้อมคราม ลายมัดหมี่ เมตรละ 450 บาท", "indigo_dyed_cotton_fabric_handwoven"),
            ("ผ้าพันคอย้อมครามแท้ ทอมือ", "indigo_dyed_scarf"),
            ("ปลอกหมอนอิง ผ้ารองจาน ผ้าย้อมคราม", "indigo_home_textile"),
        ),
        needs=(
            need("ฝ้ายเข็นมือ 100 กก.", "cotton_yarn_handspun"),
            need("เนื้อครามเปียก เพิ่มช่วงหน้าแล้ง", "indigo_paste"),
            need("จ้างออกแบบแบรนด์ โลโก้ บรรจุภัณฑ์", "brand_design_service"),
        ),
    ),
    Sme(
        "bpo-088",
        "Mekong Senior Living",
        ISAN,
        DOWN,
        "Nakhon Phanom",
        "en",
        "admin@mekongsenior.com",
        (),
        (),
        needs=(
            need(
                "Washable incontinence pants, OEKO-TEX tested",
                "washable_incontinence_brief",
                certs=("OEKO-TEX Standard 100",),
            ),
            need("Bed sheets for care beds", "hospital_bed_sheet"),
            need("Disposable adult diapers", "adult_diaper_disposable"),
        ),
    ),
    Sme(
        "bpo-089",
        "ร้านด้ายทอผ้าชนบท",
        ISAN,
        MID,
        "Khon Kaen",
        "th",
        "chonnabot.yarn@gmail.com",
        (),
        (),
        offers=(
            ("ด้ายฝ้ายย้อมสีแล้ว สำหรับทอมือ 60 สี", "dyed_cotton_yarn"),
            ("ไหมประดิษฐ์ ไหมโทเร สำหรับทอผ้ายก", "imitation_silk_yarn"),
            ("ด้ายฝ้ายดิบโรงงาน 20/2 ยังไม่ย้อม", "cotton_yarn_machine"),
        ),
        needs=(need("โรงย้อมรับย้อมเส้นด้ายฝ้ายตามสี", "yarn_dyeing_service"),),
    ),
    Sme(
        "bpo-090",
        "กลุ่มผ้าไหมแพรวาบ้านโพน",
        ISAN,
        MID,
        "Kalasin",
        "th",
        "banphon.praewa@gmail.com",
        ("Thai Silk Peacock Emblem", "OTOP"),
        (),
        offers=(("ผ้าไหมแพรวาทอมือ ลายโบราณ ตรานกยูงพระราชทาน", "silk_fabric_handwoven"),),
        needs=(
            need("เส้นไหมพันธุ์ไทย", "silk_yarn_thai"),
            need("ทีมออกแบบลายผ้ามาร่วมกับกลุ่ม", "textile_pattern_design_service"),
        ),
    ),
    # ------------------------------------------------------------ more regions
    Sme(
        "bpo-091",
        "Andaman Pearl Resort",
        AGC,
        DOWN,
        "Krabi",
        "en",
        "purchasing@andamanpearl.com",
        (),
        ("green",),
        offers=(("Used towels and sheets for recycling, ~500 kg a year", "used_hotel_linen"),),
        needs=(
            need("Pool towels and room towels, 1,500 pcs", "bath_towel"),
            need("Take-back of old linen for recycling", "textile_waste_pickup_service"),
        ),
    ),
    Sme(
        "bpo-092",
        "บจก. สมุทรปราการ ดายอิ้ง",
        CIRC,
        MID,
        "Samut Prakan",
        "th",
        "spdyeing@gmail.com",
        ("ISO 14001",),
        ("green",),
        offers=(
            ("รับย้อมผ้าม้วน ผ้าถัก ผ้าทอ ของลูกค้า ขั้นต่ำ 300 กก. ต่อสี", "fabric_dyeing_service"),
            ("รับย้อมเส้นด้ายแบบหลอด (cone dyeing)", "yarn_dyeing_service"),
        ),
    ),
    Sme(
        "bpo-093",
        "ร้านผ้าปาเต๊ะเขียนมือ นราธิวาส",
        HEMP,
        MID,
        "Narathiwat",
        "th",
        "batik.narathiwat@gmail.com",
        (),
        (),
        offers=(
            ("ผ้าบาติกเขียนมือ ผ้าฝ้าย ผืนละ 2 หลา", "batik_cotton_fabric"),
            ("ผ้าคลุมฮิญาบลายบาติก", "batik_scarf"),
        ),
        needs=(
            need("ผ้าดิบเนื้อเรียบ สำหรับเขียนเทียน", "cotton_greige_fabric"),
            unmet("เทียนบาติกผสมสำเร็จ", "batik wax"),
        ),
    ),
    Sme(
        "bpo-094",
        "กลุ่มทอผ้ายกเมืองนคร",
        HEMP,
        MID,
        "Nakhon Si Thammarat",
        "th",
        "phayok.nakhon@gmail.com",
        ("OTOP",),
        (),
        offers=(("ผ้ายกดอกเมืองนคร ทอมือ ไหมผสมดิ้น", "silk_fabric_handwoven"),),
        needs=(
            need("ไหมโทเรสำหรับทอผ้ายก", "imitation_silk_yarn"),
            unmet("ดิ้นเงิน ดิ้นทอง", "metallic yarn"),
        ),
    ),
    Sme(
        "bpo-095",
        "Hat Yai Muay Thai Gear",
        SPORT,
        DOWN,
        "Songkhla",
        "en",
        "orders@hatyaimuaythai.com",
        (),
        (),
        offers=(("Muay Thai shorts, satin, embroidered, OEM for gyms", "muay_thai_shorts"),),
        needs=(
            need("Polyester satin fabric", "fashion_woven_fabric"),
            need("Embroidery on shorts (Thai script)", "embroidery_service"),
        ),
    ),
    Sme(
        "bpo-096",
        "บจก. ทีเชิ้ตเปล่า ประตูน้ำ",
        AGC,
        DOWN,
        "Bangkok",
        "th",
        "blanktee.pratunam@gmail.com",
        (),
        (),
        offers=(
            ("เสื้อยืดเปล่า คอตตอน 100% ไม่สกรีน ขายส่งโหล", "blank_tshirt"),
            ("เสื้อโปโลเปล่า ผ้าจุติ", "blank_polo_shirt"),
        ),
        needs=(
            need("ผ้าคอตตอน 100% ผ้าถักเบอร์ 32 ม้วน", "cotton_jersey_fabric"),
            need("โรงเย็บรับเย็บเสื้อยืด", "cmt_sewing_service"),
            need("ฟิล์ม DTF พิมพ์ลายสำเร็จ ไว้รีดเอง", "dtf_transfer_print_goods"),
        ),
    ),
)

# ------------------------------------------------------------------ checks

ID_RE = re.compile(r"^bpo-\d{3}$")
THAI_LETTER = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e39\u0e40-\u0e4e]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def thai_share(text: str) -> float:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def compute_links(smes: tuple[Sme, ...]) -> set[tuple[str, str]]:
    links: set[tuple[str, str]] = set()
    for buyer in smes:
        for n in buyer.needs:
            for supplier in smes:
                if supplier.id == buyer.id:
                    continue
                offered = {label for _, label in supplier.offers}
                if offered & set(n.labels) and set(n.certs) <= set(supplier.certifications):
                    links.add((supplier.id, buyer.id))
    return links


def check(smes: tuple[Sme, ...]) -> tuple[list[str], dict[str, object]]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for s in smes:
        if not ID_RE.match(s.id):
            errors.append(f"{s.id}: malformed id")
        if s.sub_cluster not in {c.value for c in SubCluster}:
            errors.append(f"{s.id}: bad sub_cluster")
        if s.stage not in {c.value for c in Stage}:
            errors.append(f"{s.id}: bad stage")
        if resolve_province(s.province) is None:
            errors.append(f"{s.id}: unknown province {s.province}")
        for c in s.certifications:
            if resolve_certification(c) != c:
                errors.append(f"{s.id}: certification {c!r} not canonical")
        for b in s.bcg:
            if b not in {t.value for t in BcgTag}:
                errors.append(f"{s.id}: bad bcg {b}")
        if s.language not in ("th", "en"):
            errors.append(f"{s.id}: bad language")
        if not s.name.strip() or "@" not in s.email:
            errors.append(f"{s.id}: name or email missing")
        if len(s.offers) > 4 or len(s.needs) > 4:
            errors.append(f"{s.id}: more than 4 offers or needs")
        phrases = [t for t, _ in s.offers] + [n.text for n in s.needs]
        for p in phrases:
            share = thai_share(p)
            if s.language == "th" and share < 0.6:
                errors.append(f"{s.id}: Thai profile phrase not mostly Thai: {p}")
            if s.language == "en" and share > 0.0:
                errors.append(f"{s.id}: English profile phrase has Thai letters: {p}")
        for n in s.needs:
            for c in n.certs + n.waives:
                if resolve_certification(c) != c:
                    errors.append(f"{s.id}: need certification {c!r} not canonical")
            if not n.labels and not n.note:
                errors.append(f"{s.id}: unmet need without a note: {n.text}")
            for label in n.labels:
                if not any(label == lab for o in smes if o.id != s.id for _, lab in o.offers):
                    errors.append(f"{s.id}: label {label} offered by no one else")

    by_id = {s.id: s for s in smes}
    links = compute_links(smes)
    if any(a == b for a, b in links):
        errors.append("self link")
    cross = [(a, b) for a, b in links if by_id[a].language != by_id[b].language]
    needs = [n for s in smes for n in s.needs]
    unmet_needs = [n for n in needs if not n.labels]
    cert_needs = [n for n in needs if n.certs]
    waive_needs = [n for n in needs if n.waives]
    if not 140 <= len(links) <= 180:
        errors.append(f"{len(links)} links, target 140-180")
    if len(cross) < 0.45 * len(links):
        errors.append(f"only {len(cross)} of {len(links)} links cross languages")
    if not 15 <= len(unmet_needs) <= 25:
        errors.append(f"{len(unmet_needs)} needs met by no one, target 15-25")
    if len(cert_needs) < 4 or len(waive_needs) < 2:
        errors.append("too few needs requiring or waiving certifications")
    th = sum(s.language == "th" for s in smes)
    if not 0.5 <= th / len(smes) <= 0.6:
        errors.append(f"{th} of {len(smes)} profiles in Thai")
    stats: dict[str, object] = {"links": links, "cross": cross}
    return errors, stats


# ------------------------------------------------------------------ output


def profile_json(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certifications),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.language,
    }


def summary(smes: tuple[Sme, ...], links: set[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in smes}
    needs = [(s, n) for s in smes for n in s.needs]
    linked_needs = 0
    for s, n in needs:
        if any(
            o.id != s.id and {lab for _, lab in o.offers} & set(n.labels) and set(n.certs) <= set(o.certifications)
            for o in smes
        ):
            linked_needs += 1
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    direction = Counter(f"{by_id[a].language}->{by_id[b].language}" for a, b in links)
    lines = [
        f"profiles {len(smes)}",
        f"language {dict(Counter(s.language for s in smes))}",
        f"sub_cluster {dict(Counter(s.sub_cluster for s in smes))}",
        f"stage {dict(Counter(s.stage for s in smes))}",
        f"region {dict(regions)}",
        f"provinces {len({s.province for s in smes})}",
        f"offers {sum(len(s.offers) for s in smes)} labels {len({lab for s in smes for _, lab in s.offers})}",
        f"needs {len(needs)} labelled {sum(bool(n.labels) for _, n in needs)} with links {linked_needs} "
        f"unmet {sum(not n.labels for _, n in needs)}",
        f"cert needs {sum(bool(n.certs) for _, n in needs)} waive needs {sum(bool(n.waives) for _, n in needs)}",
        f"links {len(links)} directions {dict(direction)}",
        f"cross-sub-cluster {sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)}",
    ]
    return "\n".join(lines)


def main() -> int:
    errors, stats = check(SMES)
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        links = stats.get("links")
        if isinstance(links, set):
            print(summary(SMES, links), file=sys.stderr)
        return 1
    links = sorted(stats["links"])  # type: ignore[call-overload]
    jsonl = "".join(json.dumps(profile_json(s), ensure_ascii=False) + "\n" for s in SMES)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    (HERE / "profiles.jsonl").write_text(jsonl, encoding="utf-8")
    (HERE / "links.csv").write_text(buf.getvalue(), encoding="utf-8")
    print(summary(SMES, set(links)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
