"""Write the blind_messages evaluation set: profiles.jsonl and links.csv.

Every SME below was written by hand in the register of business e-mails and
LINE / Messenger chat. Each offer carries a label saying what the thing IS;
each need lists the offer labels that meet it and the certifications its text
requires. Links are derived from those labels only, never from shared words.

Run from the repository root:

    .venv/bin/python eval/blind_messages/write.py

Nothing is written unless every check passes; two runs give identical bytes.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
taxonomy = importlib.import_module("shared.taxonomy")

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGE_C = "ageing_lifestyle_central"
AGE_I = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

# ------------------------------------------------------------------ labels

# What an offer IS. A need lists the labels that meet it.
LABELS: dict[str, str] = {
    "hemp_fibre_raw": "raw hemp bast fibre, not yet spun",
    "hemp_yarn_handspun": "hand-spun hemp yarn",
    "hemp_yarn_machine": "machine-spun hemp yarn",
    "cotton_lint_organic": "organic seed cotton or ginned lint",
    "cotton_yarn_handspun": "hand-spun cotton yarn, undyed",
    "cotton_yarn_organic": "machine-spun organic cotton yarn",
    "silk_yarn": "Thai silk yarn, reeled",
    "banana_fibre": "banana trunk fibre",
    "pineapple_fibre": "pineapple leaf fibre",
    "indigo_dyestuff": "natural indigo paste (a dyestuff, not a service)",
    "lac_dyestuff": "stick lac dyestuff",
    "bark_dyestuff": "dried natural dye materials: ebony fruit, barks, heartwood, leaves",
    "cotton_offcuts": "pre-consumer cutting waste, cotton or cotton-rich",
    "hemp_offcuts": "pre-consumer hemp cloth scraps and selvedges",
    "postconsumer_waste": "unsorted used textiles: old linen, towels, clothes",
    "used_clothing_sorted": "second-hand clothing graded by fibre, type or colour",
    "pet_bottles_baled": "baled post-consumer PET bottles",
    "recycled_polyester_yarn": "recycled polyester (rPET) yarn",
    "recycled_cotton_fibre": "mechanically recycled cotton fibre",
    "recycled_cotton_yarn": "yarn spun from recycled cotton fibre",
    "hemp_cloth_undyed": "hemp cloth, undyed",
    "hemp_cloth_indigo": "indigo-dyed hemp cloth by the metre",
    "cotton_cloth_natural_dyed": "handwoven cotton cloth dyed with natural dyes (indigo)",
    "cotton_sheeting": "machine-woven plain cotton or poly-cotton sheeting",
    "silk_fabric": "handwoven Thai silk fabric",
    "performance_knit": "virgin polyester moisture-wicking knit fabric",
    "rpet_knit": "recycled polyester performance knit fabric",
    "compression_fabric": "high-stretch nylon-spandex compression knit fabric",
    "antibacterial_woven": "antibacterial-finished woven fabric",
    "pul_fabric": "PU-laminated waterproof breathable fabric",
    "spunbond_nonwoven": "polypropylene spunbond nonwoven",
    "elastic_tape": "elastic tape, waistbands, gripper tape",
    "indigo_dyeing_service": "natural indigo vat dyeing on commission",
    "natural_dyeing_service": "dyeing with plant dyes (barks, fruit, leaves) on commission",
    "conventional_dyeing_service": "reactive / disperse dyeing on commission",
    "weaving_service": "handloom weaving on commission",
    "knitting_service": "circular or sock knitting on commission",
    "sewing_service": "cut-make-trim sewing on commission",
    "printing_service": "sublimation, screen or digital printing on commission",
    "embroidery_service": "machine embroidery on commission",
    "antibacterial_finishing_service": "antibacterial finishing of customers' fabric",
    "spinning_service": "spinning customers' fibre into yarn on commission",
    "shredding_service": "shredding customers' textile waste back into fibre",
    "hemp_bag_indigo": "indigo-dyed hemp bags (finished goods)",
    "silk_scarf": "silk scarves and stoles",
    "cotton_scarf_natural_dyed": "handwoven natural-dyed cotton scarves",
    "baby_clothes": "babywear",
    "sportswear": "running and team sportswear",
    "compression_garments": "compression socks and sleeves",
    "antibacterial_masks": "reusable antibacterial cloth masks",
    "patient_transfer_sheet": "patient transfer / slide sheets",
    "underpad_washable": "washable bed underpads",
    "adult_diaper_disposable": "disposable adult diapers",
    "adult_diaper_washable": "washable cloth adult diapers",
    "bed_linen": "bed sheets, pillowcases, duvet covers",
    "patient_gowns": "patient gowns",
    "staff_uniforms": "staff uniforms for hotels, spas, clinics",
    "towels_robes": "towels and bathrobes",
    "upcycled_bags": "bags sewn from textile waste",
    "herbal_compress": "herbal compress balls",
    "adaptive_clothing": "easy-wear clothing for older and bedridden people",
    "antislip_socks": "anti-slip socks",
}

# What an unmet need asks for: things nobody in the set offers.
UNMET: dict[str, str] = {
    "loan": "credit or a loan scheme",
    "training": "training or a trainer",
    "staff": "people to hire",
    "customers": "buyers, importers or new clients",
    "sponsorship": "event sponsors",
    "machinery": "machines or tools",
    "repair_service": "repair of sports equipment",
    "elastane_yarn": "spandex / elastane yarn",
    "silver_nano_solution": "silver nano finishing chemical",
    "bamboo_terry": "bamboo terry cloth",
    "dried_plai": "dried plai rhizome (a herb)",
    "paper_hang_tags": "paper swing tags",
}


@dataclass(frozen=True)
class Offer:
    label: str
    text: str


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...]
    certs: tuple[str, ...]
    wants: str


@dataclass(frozen=True)
class Sme:
    id: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    language: str
    email: str
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]


def offer(label: str, text: str) -> Offer:
    return Offer(label, text)


def need(text: str, *meets: str, certs: tuple[str, ...] = ()) -> Need:
    return Need(text, meets, certs, "")


def unmet(wants: str, text: str, certs: tuple[str, ...] = ()) -> Need:
    return Need(text, (), certs, wants)


def sme(
    number: int,
    name: str,
    where: tuple[str, str, str, str],
    email: str,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
    offers: tuple[Offer, ...] = (),
    needs: tuple[Need, ...] = (),
) -> Sme:
    sub_cluster, stage, province, language = where
    return Sme(
        f"bms-{number:03d}",
        name,
        sub_cluster,
        stage,
        province,
        language,
        email,
        certs,
        bcg,
        offers,
        needs,
    )


# ------------------------------------------------------------------ the SMEs

SMES: tuple[Sme, ...] = (
    sme(
        1,
        "วิสาหกิจชุมชนกัญชงบ้านแม่สาใหม่",
        (HEMP, UP, "Chiang Mai", "th"),
        "maesamai.hemp@example.co.th",
        bcg=("bio",),
        offers=(
            offer(
                "hemp_fibre_raw",
                "สวัสดีค่ะพี่ๆ ในกลุ่ม ปีนี้ฝนมาช้า เกี่ยวต้นกัญชงเสร็จช้ากว่าทุกปีเกือบเดือน "
                "ตอนนี้ลอกเปลือกตากแห้งเรียบร้อยแล้วค่ะ มีเปลือกใยกัญชงดิบ ยังไม่ได้ปั่น "
                "ประมาณ 800 กก. ใครสนใจทักมาได้เลยนะคะ 🌿",
            ),
        ),
        needs=(
            need(
                "เรียน ผู้ประสานงานคลัสเตอร์ ด้วยกลุ่มฯ อยากแปรรูปใยกัญชงของกลุ่มเองให้เป็นเส้นด้าย "
                "แต่สมาชิกที่ปั่นมือเป็นเหลือไม่กี่คนแล้ว จึงอยากหาผู้รับจ้างปั่นเส้นด้ายจากใยที่เราส่งไปให้ "
                "คิดค่าแรงเป็นกิโล จึงเรียนมาเพื่อโปรดพิจารณาแนะนำด้วยค่ะ",
                "spinning_service",
            ),
        ),
    ),
    sme(
        2,
        "กลุ่มปั่นด้ายกัญชงม้งบ้านรวมไทย",
        (HEMP, UP, "Tak", "th"),
        "ruamthai.hmong@example.co.th",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            offer(
                "hemp_yarn_handspun",
                "ข่าวดีค่ะ แม่ๆ ในหมู่บ้านปั่นด้ายเสร็จอีกล็อตแล้ว เป็นด้ายกัญชงปั่นมือแบบม้งดั้งเดิม "
                "ต่อเส้นด้วยมือทุกเส้น สีธรรมชาติยังไม่ฟอก ม้วนละประมาณครึ่งกิโล เป็นสินค้าโอทอปของกลุ่มเราค่ะ",
            ),
            offer(
                "spinning_service",
                "นอกจากขายด้ายแล้ว กลุ่มเรารับจ้างปั่นด้วยนะคะ ใครมีใยกัญชงหรือใยกล้วยของตัวเอง "
                "ส่งมาให้แม่ๆ ปั่นมือให้ได้ คิดค่าแรงตามน้ำหนัก ต้องรอคิวประมาณ 3 สัปดาห์ค่ะ",
            ),
        ),
        needs=(
            need(
                "ช่วงนี้ใยกัญชงในหมู่บ้านไม่พอปั่นค่ะ 😅 ถ้ากลุ่มไหนมีเปลือกหรือใยกัญชงดิบเหลือ รบกวนแจ้งราคาต่อกิโลมาหน่อยนะคะ ขอบคุณค่ะ",
                "hemp_fibre_raw",
            ),
        ),
    ),
    sme(
        3,
        "Highland Fibre Works Co., Ltd.",
        (HEMP, UP, "Chiang Rai", "en"),
        "somchai@highlandfibre.example.com",
        bcg=("bio",),
        offers=(
            offer(
                "hemp_yarn_machine",
                "Hi all, Somchai from Highland Fibre here. Quick update: the new ring frame is finally "
                "running, so we can now supply machine-spun hemp yarn, Nm 6 to Nm 12, on cones. Even "
                "count, suitable for power looms. Samples on request.",
            ),
        ),
        needs=(
            need(
                "Dear coordinator, following up on our call last Tuesday. We are short of raw material "
                "for Q3. We buy decorticated hemp bast fibre (dry, unretted is fine) by the tonne, "
                "pick-up from the farm gate anywhere in the north. Grateful for any introductions. "
                "Best regards, Somchai",
                "hemp_fibre_raw",
            ),
            need(
                "One more thing. A Japanese customer wants a few hundred kilos of our yarn in soft "
                "natural shades. We have no dye kitchen, so we're looking for someone who will dye "
                "our cones with plant dyes on commission and send them back.",
                "indigo_dyeing_service",
                "natural_dyeing_service",
            ),
            unmet(
                "machinery",
                "Also, if anyone in the group is selling a second-hand decorticator, we'd be "
                "interested. Ours broke down in March and the spare parts come from China.",
            ),
        ),
    ),
    sme(
        4,
        "ผ้าใยกัญชงทอมือบ้านเขาค้อ",
        (HEMP, MID, "Phetchabun", "th"),
        "khaokho.hempweave@example.co.th",
        bcg=("bio",),
        offers=(
            offer(
                "hemp_cloth_undyed",
                "เรียนทุกท่าน ร้านเรามีผ้าใยกัญชงทอมือ หน้ากว้าง 40 นิ้ว สีธรรมชาติ ไม่ฟอกไม่ย้อม "
                "เหมาะนำไปย้อมเองหรือตัดเย็บ ตอนนี้มีในสต็อกราว 300 หลาค่ะ",
            ),
            offer(
                "hemp_offcuts",
                "อีกเรื่องค่ะ หลังตัดผ้ามีเศษริมผ้ากับผ้าชิ้นเล็กๆ สะสมไว้หลายกระสอบ "
                "ถ้าโรงงานรีไซเคิลหรือกลุ่มที่ทำงานอัพไซเคิลต้องการ ยินดีขายให้ราคาถูกๆ ค่ะ",
            ),
        ),
        needs=(
            need(
                "ขอสอบถามค่ะ กำลังหาด้ายกัญชงปั่นมือมาทอผ้าล็อตใหม่ ลูกค้าญี่ปุ่นขอเนื้อผ้าแบบมีปุ่มมีปม"
                "ตามธรรมชาติ ด้ายปั่นเครื่องเส้นเรียบเกินไปใช้ไม่ได้ค่ะ ต้องการประมาณ 50 กก.",
                "hemp_yarn_handspun",
            ),
        ),
    ),
    sme(
        5,
        "Sakon Indigo Atelier",
        (HEMP, MID, "Sakon Nakhon", "en"),
        "noi@sakonindigo.example.com",
        bcg=("bio", "green"),
        offers=(
            offer(
                "indigo_dyeing_service",
                "Hello from Sakon! The rains are back and our vats are happy again. We take commission "
                "work: you send your yarn, cloth or finished pieces (cotton, hemp, silk), we dip them "
                "in fermented natural indigo, shades from pale sky to almost black. Turnaround about "
                "two weeks.",
            ),
        ),
        needs=(
            need(
                "Looking for a steady source of indigo paste (fermented leaf paste, not synthetic "
                "powder). Roughly 200 kg a month from September. Please message me if your group "
                "makes it. Thanks, Noi",
                "indigo_dyestuff",
            ),
        ),
    ),
    sme(
        6,
        "กลุ่มทอผ้าครามบ้านดอนกอย",
        (HEMP, MID, "Sakon Nakhon", "th"),
        "donkoi.khram@example.co.th",
        certs=("OTOP", "Fairtrade"),
        bcg=("bio",),
        offers=(
            offer(
                "cotton_cloth_natural_dyed",
                "สวัสดีค่ะ ทางกลุ่มขอแจ้งข่าว เดือนหน้าเราจะไปออกบูธงานแสดงสินค้าที่เมืองทองฯ "
                "ใครผ่านมาแวะได้นะคะ ส่วนของที่พร้อมส่งตอนนี้ คือผ้าฝ้ายทอมือย้อมครามธรรมชาติ "
                "ลายขิดและลายมัดหมี่ ขายเป็นเมตร ได้รับรองแฟร์เทรดแล้วค่ะ",
            ),
        ),
        needs=(
            need(
                "ขอประกาศหาฝ้ายเข็นมือค่ะ สมาชิกเข็นไม่ทันออเดอร์ ต้องการเส้นฝ้ายเข็นมือสีขาวธรรมชาติ "
                "ยังไม่ย้อม ประมาณ 100 ใจต่อเดือน ใครมีติดต่อได้เลยค่ะ",
                "cotton_yarn_handspun",
            ),
            need(
                "ด้วยช่วงนี้ต้นครามในแปลงของกลุ่มเสียหายจากน้ำท่วม จึงต้องการซื้อเนื้อคราม (ครามเปียก) "
                "เพิ่มเดือนละ 50-80 กก. จึงเรียนมาเพื่อโปรดพิจารณาค่ะ",
                "indigo_dyestuff",
            ),
        ),
    ),
    sme(
        7,
        "ไร่ครามแม่บุญมี",
        (HEMP, UP, "Sakon Nakhon", "th"),
        "maeboonmee.khram@example.co.th",
        certs=("Organic Thailand",),
        bcg=("bio",),
        offers=(
            offer(
                "indigo_dyestuff",
                "แจ้งสมาชิกค่ะ ปีนี้หมักครามได้เยอะ มีเนื้อครามเปียกพร้อมส่ง บรรจุถังละ 20 กก. "
                "ปลูกเองทุกต้น ไร่ได้มาตรฐานเกษตรอินทรีย์ ส่งได้ทั่วประเทศค่ะ",
            ),
        ),
        needs=(
            unmet(
                "training",
                "อยากขอความช่วยเหลือหน่อยค่ะ แม่อายุเยอะแล้ว ขายออนไลน์ไม่เป็น "
                "ถ้ามีหน่วยงานไหนจัดอบรมการขายของทางเฟซบุ๊กหรือไลน์ช็อป ช่วยบอกด้วยนะคะ 🙏",
            ),
        ),
    ),
    sme(
        8,
        "Phrae Hom Dye Garden",
        (HEMP, UP, "Phrae", "en"),
        "hello@phraehom.example.com",
        bcg=("bio",),
        offers=(
            offer(
                "indigo_dyestuff",
                "Good morning everyone. Our hom (Strobilanthes) harvest is in. We have fresh hom indigo "
                "paste in 10 kg tubs, traditional Phrae method, no chemical reducing agents. Happy to "
                "send a 1 kg trial tub to any dyer in the cluster.",
            ),
        ),
        needs=(
            unmet(
                "customers",
                "Does anyone have contacts with importers in Europe? We'd like to find a company abroad "
                "that would take our paste on a regular basis. We can handle the export paperwork "
                "ourselves.",
            ),
        ),
    ),
    sme(
        9,
        "กลุ่มเลี้ยงครั่งบ้านหนองแวง",
        (HEMP, UP, "Buriram", "th"),
        "nongwaeng.lac@example.co.th",
        bcg=("bio",),
        offers=(
            offer(
                "lac_dyestuff",
                "สวัสดีครับ ผมตัวแทนกลุ่มเลี้ยงครั่งครับ ปีนี้ได้ครั่งดิบจากต้นจามจุรีเยอะ "
                "มีทั้งครั่งดิบและครั่งบดแห้ง ให้สีแดงสด ใช้ย้อมไหมย้อมฝ้ายได้ดี ราคาส่งคุยกันได้ครับ",
            ),
        ),
        needs=(
            unmet(
                "loan",
                "อีกเรื่องครับ กลุ่มอยากขยายพื้นที่เลี้ยง ต้องซื้อพันธุ์ครั่งและปลูกต้นไม้เพิ่ม "
                "ใครรู้จักแหล่งสินเชื่อดอกเบี้ยต่ำสำหรับวิสาหกิจชุมชน ช่วยแนะนำหน่อยครับ",
            ),
        ),
    ),
    sme(
        10,
        "ร้านสีธรรมชาติเมืองน่าน",
        (HEMP, UP, "Nan", "th"),
        "nan.naturalcolour@example.co.th",
        bcg=("bio", "green"),
        offers=(
            offer(
                "bark_dyestuff",
                "ทางร้านมีวัตถุดิบย้อมสีธรรมชาติตากแห้งพร้อมใช้ค่ะ ลูกมะเกลือ เปลือกมะม่วง แก่นขนุน "
                "ใบหูกวาง แพ็คถุงละ 1 กก. มีเอกสารแนะนำวิธีต้มให้ด้วย ส่งเคอรี่ 2-3 วันถึงค่ะ",
            ),
            offer(
                "natural_dyeing_service",
                "ใครไม่สะดวกย้อมเอง ร้านเรารับย้อมให้ด้วยนะคะ ส่งเส้นด้ายหรือผ้ามา "
                "เลือกโทนสีจากสมุดตัวอย่าง ย้อมด้วยสีจากธรรมชาติล้วน ได้ของคืนภายในสิบวันค่ะ",
            ),
        ),
    ),
    sme(
        11,
        "กลุ่มทอผ้าไหมบ้านท่าสว่าง",
        (HEMP, MID, "Surin", "th"),
        "thasawang.silk@example.co.th",
        certs=("Thai Silk Peacock Emblem", "OTOP"),
        bcg=("bio",),
        offers=(
            offer(
                "silk_fabric",
                "เรียน สมาชิกคลัสเตอร์ทุกท่าน ขอขอบคุณทุกท่านที่มาเยี่ยมชมกลุ่มเมื่อสัปดาห์ก่อนค่ะ "
                "ขอแจ้งว่ากลุ่มรับทอผ้าไหมยกดอกและผ้าไหมมัดหมี่ ทอมือจากไหมไทยแท้ "
                "ติดตรานกยูงพระราชทานทุกผืน สั่งทอตามลายได้ค่ะ",
            ),
        ),
        needs=(
            need(
                "ต้องการเส้นไหมไทยพื้นบ้านสำหรับทอเส้นพุ่ง ประมาณ 30 กก. ค่ะ ขอเป็นไหมสาวมือ ยังไม่ฟอก",
                "silk_yarn",
            ),
            need(
                "รบกวนถามค่ะ มีใครขายครั่งบ้างคะ กลุ่มจะย้อมไหมสีแดงลายโบราณ ต้องใช้ครั่งแท้ ไม่เอาสีเคมี",
                "lac_dyestuff",
            ),
        ),
    ),
    sme(
        12,
        "Chonnabot Silk Reeling House",
        (HEMP, UP, "Khon Kaen", "en"),
        "kanya@chonnabotsilk.example.com",
        bcg=("bio",),
        offers=(
            offer(
                "silk_yarn",
                "Hello, Ms. Kanya from Chonnabot. Apologies for the late reply, we had a funeral in "
                "the village. To answer the question from last week: yes, we still reel silk by hand. "
                "Thai native silk yarn, degummed or raw, warp and weft grades. Minimum 5 kg.",
            ),
        ),
        needs=(
            unmet(
                "staff",
                "We are hiring! Looking for two young people who want to learn hand reeling and "
                "sericulture, full time, accommodation provided. Please share with your networks.",
            ),
        ),
    ),
    sme(
        13,
        "สหกรณ์ผู้เลี้ยงไหมปักธงชัย",
        (HEMP, UP, "Nakhon Ratchasima", "th"),
        "pakthongchai.coop@example.co.th",
        bcg=("bio",),
        offers=(
            offer(
                "silk_yarn",
                "สหกรณ์ฯ มีเส้นไหมพร้อมจำหน่าย ทั้งไหมยืนและไหมพุ่ง สมาชิกเลี้ยงหม่อนเองและสาวมือด้วยพวงสาวแบบพื้นบ้าน "
                "ฟอกกาวแล้วก็มี ดิบก็มี สนใจโทรสอบถามได้ในเวลาราชการครับ",
            ),
        ),
    ),
    sme(
        14,
        "Maison Sabai",
        (HEMP, DOWN, "Bangkok", "en"),
        "claire@maisonsabai.example.com",
        offers=(
            offer(
                "silk_scarf",
                "Hi team, a short introduction for the new members: Maison Sabai designs silk scarves "
                "and stoles with hand-rolled edges. We sell them through our Sukhumvit boutique and "
                "hotel gift shops, and can do small wholesale runs.",
            ),
        ),
        needs=(
            need(
                "Dear Khun Ploy, thank you for the lovely dinner in Surin. As discussed, for the autumn "
                "collection we need handwoven Thai silk yardage, 60 to 80 metres, and our export "
                "customer insists that every length carries the Royal Peacock emblem. Could you put "
                "us in touch with weavers who qualify? Warm regards, Claire",
                "silk_fabric",
                certs=("Thai Silk Peacock Emblem",),
            ),
        ),
    ),
    sme(
        15,
        "ผ้าไหมแม่ทองใบ",
        (HEMP, MID, "Roi Et", "th"),
        "maethongbai.silk@example.co.th",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            offer(
                "silk_fabric",
                "ขอโฆษณาหน่อยนะคะ 😊 ผ้าไหมทอมือจากร้อยเอ็ด ลายสร้อยดอกหมาก มีทั้งผืนสำเร็จและขายเป็นหลา สีสวยสด ทอเองทั้งบ้านค่ะ",
            ),
        ),
        needs=(
            need(
                "ใครมีเส้นไหมขายส่งบ้างคะ ตอนนี้ราคาขึ้นมาก อยากได้เจ้าประจำ ซื้อทีละ 10-20 กก. ค่ะ",
                "silk_yarn",
            ),
        ),
    ),
    sme(
        16,
        "วิสาหกิจชุมชนฝ้ายอินทรีย์ด่านซ้าย",
        (HEMP, UP, "Loei", "th"),
        "dansai.organiccotton@example.co.th",
        certs=("Organic Thailand",),
        bcg=("bio", "green"),
        offers=(
            offer(
                "cotton_lint_organic",
                "สวัสดีครับ เก็บฝ้ายรอบสองเสร็จแล้ว มีปุยฝ้ายอินทรีย์ที่หีบเมล็ดออกแล้ว กับฝ้ายทั้งเมล็ด "
                "รวมประมาณ 2 ตัน แปลงของกลุ่มได้รับรองมาตรฐานเกษตรอินทรีย์มาเป็นปีที่สามแล้วครับ",
            ),
        ),
        needs=(
            need(
                "ขอปรึกษาครับ กลุ่มมีเส้นฝ้ายที่สมาชิกเข็นเองเก็บไว้จำนวนหนึ่ง "
                "อยากจ้างคนทอเป็นผ้าผืนไปลองตลาดดูก่อน เราส่งเส้นด้ายไปให้ ช่วยทอให้ ใครรับงานแบบนี้บ้างครับ",
                "weaving_service",
            ),
            unmet(
                "machinery",
                "แล้วก็อยากได้เครื่องหีบฝ้ายแบบใช้มอเตอร์สักเครื่องครับ ตอนนี้ใช้มือหมุนกันอยู่ ช้ามาก",
            ),
        ),
    ),
    sme(
        17,
        "Siam Organic Spinning Co., Ltd.",
        (HEMP, UP, "Nakhon Pathom", "en"),
        "procurement@siamorganicspin.example.com",
        certs=("GOTS", "OCS", "OEKO-TEX Standard 100"),
        bcg=("bio", "green"),
        offers=(
            offer(
                "cotton_yarn_organic",
                "Dear members, Siam Organic Spinning supplies GOTS-certified organic cotton yarn, "
                "ring-spun and open-end, Ne 10 to Ne 40, raw white on cones. Transaction certificates "
                "are issued with every shipment.",
            ),
        ),
        needs=(
            need(
                "Re: your mail of 3 June\n> any spinners looking for local fibre?\nYes, very much. We "
                "would buy Thai-grown organic cotton lint, provided the farm holds Organic Thailand "
                "certification, around 20 tonnes a year. Kind regards, Procurement",
                "cotton_lint_organic",
                certs=("Organic Thailand",),
            ),
        ),
    ),
    sme(
        18,
        "โรงปั่นด้ายฝ้ายเวียงพิงค์",
        (HEMP, UP, "Chiang Mai", "th"),
        "wiangping.spinning@example.co.th",
        bcg=("bio",),
        offers=(
            offer(
                "cotton_yarn_organic",
                "แนะนำตัวค่ะ เราเป็นโรงปั่นเล็กๆ ที่เชียงใหม่ ปั่นด้ายฝ้ายออร์แกนิกด้วยเครื่อง เบอร์ 16 และ 20 "
                "ใช้ฝ้ายอินทรีย์จากเกษตรกรในภาคเหนือ ตอนนี้ยังไม่ได้ขอใบรับรองใดๆ นะคะ "
                "แต่ราคาย่อมเยา ขั้นต่ำ 50 กก.",
            ),
        ),
        needs=(
            need(
                "หาปุยฝ้ายอินทรีย์ค่ะ ไม่จำเป็นต้องมีใบรับรองก็ได้ ขอให้ปลูกแบบไม่ใช้สารจริงๆ และให้เราเข้าไปดูแปลงได้ ต้องการ 3-5 ตันต่อปี",
                "cotton_lint_organic",
            ),
        ),
    ),
    sme(
        19,
        "กลุ่มเข็นฝ้ายบ้านนาซ่าว",
        (HEMP, UP, "Loei", "th"),
        "nasao.cotton@example.co.th",
        bcg=("bio",),
        offers=(
            offer(
                "cotton_yarn_handspun",
                "มีฝ้ายเข็นมือค่ะ 🧶 เข็นจากฝ้ายพื้นเมืองที่ปลูกในหมู่บ้าน มีสีขาวกับสีตุ่นตามธรรมชาติ ยังไม่ย้อม ขายเป็นใจหรือเป็นกิโลก็ได้",
            ),
        ),
        needs=(
            unmet(
                "machinery",
                "ขอสอบถามค่ะ มีใครขายหลาปั่นฝ้ายมือสองบ้างไหมคะ ของกลุ่มพังไปหลายอัน จะรับสมาชิกใหม่เพิ่มแต่อุปกรณ์ไม่พอ",
            ),
        ),
    ),
    sme(
        20,
        "Banana Thread Collective",
        (HEMP, UP, "Surat Thani", "en"),
        "team@bananathread.example.com",
        bcg=("bio", "circular"),
        offers=(
            offer(
                "banana_fibre",
                "Hi everyone! Small update from the south: after the harvest we extract fibre from the "
                "banana trunks that would otherwise rot in the field. Combed banana fibre, silky and "
                "light beige, sold by the kilo. About 150 kg ready now.",
            ),
        ),
        needs=(
            unmet(
                "customers",
                "We're also trying to find a paper mill or an overseas buyer for the short fibre we "
                "can't sell to weavers. Any leads welcome!",
            ),
        ),
    ),
    sme(
        21,
        "กลุ่มใยสับปะรดบ้านหนองตาแต้ม",
        (HEMP, UP, "Prachuap Khiri Khan", "th"),
        "nongtataem.pineapple@example.co.th",
        bcg=("bio", "circular"),
        offers=(
            offer(
                "pineapple_fibre",
                "สวัสดีครับ หลังฤดูเก็บสับปะรด ใบเหลือทิ้งในไร่เยอะมาก กลุ่มเราเลยขูดเอาเส้นใยออกมาตากแห้ง "
                "ได้ใยสับปะรดสีขาวนวล เส้นยาว ราคาส่งสอบถามได้ทางไลน์ครับ",
            ),
        ),
    ),
    sme(
        22,
        "Mae Rim Loom Studio",
        (HEMP, MID, "Chiang Mai", "en"),
        "studio@maerimloom.example.com",
        bcg=("bio",),
        offers=(
            offer(
                "weaving_service",
                "Mae Rim Loom Studio has eight floor looms free from October. We weave to order on "
                "commission: you bring the yarn and the design, we weave it, plain, twill or simple "
                "supplementary weft, up to 100 cm wide.",
            ),
        ),
        needs=(
            need(
                "For a research project with a university in Bangkok we want to try pineapple leaf "
                "fibre as weft. Long, degummed fibre, 10 to 20 kg to start.",
                "pineapple_fibre",
            ),
            need(
                "Second request for the same project: banana trunk fibre for a blended placemat line. "
                "Natural colour is fine.",
                "banana_fibre",
            ),
        ),
    ),
    sme(
        23,
        "Kram & Kan",
        (HEMP, DOWN, "Chiang Mai", "en"),
        "orders@kramandkan.example.com",
        bcg=("bio",),
        offers=(
            offer(
                "hemp_bag_indigo",
                "Our bestseller is back in stock 🎉 Indigo-dyed hemp totes and crossbody bags, "
                "hand-stitched, with leather straps. Wholesale price list attached for shops in the "
                "cluster.",
            ),
        ),
        needs=(
            need(
                "Hi Khun Dao, hope the move to the new shop went well. We're planning next season and "
                "need undyed hemp cloth, loomstate, so we can dye it in our own vats. About 200 metres.",
                "hemp_cloth_undyed",
            ),
            need(
                "Also looking for a natural indigo dye house that can take overflow when our vats "
                "can't keep up, mostly finished bags, 300 to 500 pieces at a time.",
                "indigo_dyeing_service",
            ),
            unmet(
                "paper_hang_tags",
                "And does anyone print swing tags? We want them on FSC-certified paper with a cotton "
                "string, about 5,000.",
                certs=("FSC",),
            ),
        ),
    ),
    sme(
        24,
        "ห้อมกัญชงเมืองน่าน",
        (HEMP, MID, "Nan", "th"),
        "hom.hemp.nan@example.co.th",
        bcg=("bio",),
        offers=(
            offer(
                "hemp_cloth_indigo",
                "ตอนนี้ที่ร้านมีผ้ากัญชงย้อมห้อมสีเข้ม ทอมือ หน้ากว้าง 36 นิ้ว ย้อมซ้ำ 7 รอบ สีไม่ตก มีประมาณ 150 เมตรค่ะ เหมาะทำเสื้อหรือกระเป๋า",
            ),
        ),
        needs=(
            need(
                "ขอบคุณพี่ๆ ที่ช่วยแชร์ข่าวงานเทศกาลผ้าเมืองน่านนะคะ 🙏 อีกเรื่องค่ะ "
                "ตอนนี้หาเส้นด้ายกัญชงมาทอเพิ่ม จะปั่นมือหรือปั่นเครื่องก็ได้ ขอเส้นขนาดกลาง สีธรรมชาติ",
                "hemp_yarn_handspun",
                "hemp_yarn_machine",
            ),
        ),
    ),
    sme(
        25,
        "ผ้าพันคอฝ้ายย้อมสีธรรมชาติบ้านคำปุน",
        (HEMP, DOWN, "Ubon Ratchathani", "th"),
        "khampun.scarf@example.co.th",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            offer(
                "cotton_scarf_natural_dyed",
                "สวัสดีค่ะ ผ้าพันคอฝ้ายทอมือ ย้อมสีธรรมชาติจากเปลือกไม้และครั่ง ลายเรียบ ชายครุย "
                "ขนาด 180x50 ซม. เป็นสินค้าโอทอป 4 ดาว พร้อมส่งค่ะ มีราคาส่งสำหรับร้านค้า",
            ),
        ),
        needs=(
            need(
                "ขอถามในกลุ่มนะคะ หาเปลือกไม้ย้อมสี พวกเปลือกมะม่วง เปลือกประดู่ แบบแห้งพร้อมต้ม ต้องการ 20 กก. ค่ะ",
                "bark_dyestuff",
            ),
            need(
                "เรียน ทีมประสานงาน ด้วยทางกลุ่มมีออเดอร์ผ้าพันคอเพิ่มขึ้นช่วงปลายปี "
                "จึงต้องการด้ายฝ้ายเข็นมือเพิ่มเดือนละ 40 กก. สีธรรมชาติไม่ย้อม ขอบคุณค่ะ",
                "cotton_yarn_handspun",
            ),
        ),
    ),
    sme(
        26,
        "Fair Loom Trading",
        (HEMP, DOWN, "Bangkok", "en"),
        "buying@fairloom.example.com",
        needs=(
            need(
                "Dear all, greetings from Fair Loom. Our partner shop in Lyon has asked for handwoven, "
                "naturally dyed cotton fabric, indigo preferred, around 400 m for spring. It must carry "
                "Fairtrade certification since it goes into their certified line.",
                "cotton_cloth_natural_dyed",
                certs=("Fairtrade",),
            ),
            need(
                "Separately, we are looking for a sewing partner for cushion covers, CMT only, fabric "
                "supplied by us. The factory must be SA8000 certified.",
                "sewing_service",
                certs=("SA8000",),
            ),
        ),
    ),
    sme(
        27,
        "กลุ่มผ้าฝ้ายย้อมครามบ้านนาข่า",
        (HEMP, MID, "Udon Thani", "th"),
        "nakha.indigo@example.co.th",
        certs=("OTOP",),
        bcg=("bio",),
        offers=(
            offer(
                "cotton_cloth_natural_dyed",
                "ผ้าฝ้ายทอมือจากบ้านนาข่าค่ะ ย้อมครามแท้ มีลายขิดและผ้าพื้น ขายยกม้วนหรือตัดเป็นเมตร ช่วงนี้มีผ้าพร้อมส่งประมาณ 500 เมตร",
            ),
            offer(
                "cotton_offcuts",
                "เศษผ้าฝ้ายจากการตัดเย็บมีเยอะมากค่ะ ยกให้ฟรีหรือขายกิโลละไม่กี่บาท ถ้ามารับเองที่อุดร",
            ),
        ),
        needs=(
            unmet(
                "staff",
                "หาช่างทอมาช่วยงานช่วงเร่งออเดอร์ค่ะ จ่ายเป็นรายชิ้น ทำที่บ้านตัวเองได้ ใครสนใจทักมา",
            ),
        ),
    ),
    sme(
        28,
        "Patong Local Gifts",
        (HEMP, DOWN, "Phuket", "en"),
        "shop@patonggifts.example.com",
        needs=(
            need(
                "Hello, we run two gift shops in Patong and tourists keep asking for local handmade "
                "scarves. We'd like to stock natural-dyed cotton scarves, but only OTOP-registered "
                "products, because the shop is part of the provincial OTOP outlet scheme. 100 to 200 "
                "pieces per order.",
                "cotton_scarf_natural_dyed",
                certs=("OTOP",),
            ),
            need(
                "We're also after small bags made from upcycled or leftover fabric, for the eco corner near the till.",
                "upcycled_bags",
            ),
        ),
    ),
    sme(
        29,
        "ผ้าพันคอย้อมมะเกลือป้าแดง",
        (HEMP, DOWN, "Sisaket", "th"),
        "padaeng.makluea@example.co.th",
        bcg=("bio",),
        offers=(
            offer(
                "cotton_scarf_natural_dyed",
                "ผ้าพันคอฝ้ายย้อมมะเกลือ สีดำธรรมชาติ ทอมือทุกผืน ทำกันเองในครอบครัวค่ะ "
                "ยังไม่ได้ขึ้นทะเบียนอะไร แต่คุณภาพดี ขายส่งไม่แพง สนใจทักแชทนะคะ",
            ),
        ),
        needs=(
            need(
                "ขอซื้อลูกมะเกลือแห้งค่ะ ปีนี้ต้นที่บ้านออกลูกไม่ดก ต้องการด่วน 10 กก. 🙏",
                "bark_dyestuff",
            ),
        ),
    ),
    sme(
        30,
        "บริษัท คัดแยกผ้าเก่ามหาชัย จำกัด",
        (CIRC, UP, "Samut Sakhon", "th"),
        "mahachai.sorting@example.co.th",
        bcg=("circular",),
        offers=(
            offer(
                "used_clothing_sorted",
                "แจ้งข่าวค่ะ โกดังคัดแยกเสื้อผ้ามือสองเสร็จอีกล็อต แยกตามชนิดเส้นใย ฝ้ายล้วน "
                "โพลีเอสเตอร์ และผ้าผสม แล้วแยกสีด้วย อัดเป็นเบลละ 45 กก. "
                "เหมาะกับโรงงานรีไซเคิลหรือนำไปอัพไซเคิลค่ะ",
            ),
        ),
        needs=(
            need(
                "รับซื้อผ้าเก่าทุกชนิดค่ะ ชุดยูนิฟอร์มเก่า ผ้าปูที่นอน ผ้าขนหนูโรงแรมที่ปลดระวาง "
                "ไม่ต้องคัดมา เราไปรับถึงที่ในเขตภาคกลางและภาคตะวันออก",
                "postconsumer_waste",
            ),
        ),
    ),
    sme(
        31,
        "Eastern Fibre Reclaim Co., Ltd.",
        (CIRC, UP, "Chonburi", "en"),
        "sales@easternreclaim.example.com",
        certs=("GRS", "RCS", "ISO 14001"),
        bcg=("circular", "green"),
        offers=(
            offer(
                "recycled_cotton_fibre",
                "Hi all, a reminder that we sell mechanically recycled cotton fibre, opened from pre- "
                "and post-consumer cotton and colour-sorted so no re-dyeing is needed. Staple 12 to "
                "18 mm, RCS and GRS certified, bales of 250 kg.",
            ),
            offer(
                "shredding_service",
                "We also shred on commission. If your factory wants its own cutting waste back as "
                "fibre (closed loop), we process your lot separately and return the fibre to you. "
                "Minimum one tonne.",
            ),
        ),
        needs=(
            need(
                "Buying: clean cutting scraps from garment and weaving workshops, cotton or "
                "cotton-rich, sorted by colour if possible. We collect in the Eastern region and "
                "Bangkok every second week.",
                "cotton_offcuts",
            ),
            need(
                "Re: bales\n> do you only buy factory scraps?\nWe also buy graded second-hand "
                "clothing if it's sorted by fibre, 100% cotton grades only. Polyester bales we can't "
                "use yet.",
                "used_clothing_sorted",
            ),
        ),
    ),
    sme(
        32,
        "โรงปั่นด้ายรีไซเคิลนครชัยศรี",
        (CIRC, UP, "Nakhon Pathom", "th"),
        "nakhonchaisri.recycle@example.co.th",
        certs=("RCS",),
        bcg=("circular",),
        offers=(
            offer(
                "recycled_cotton_yarn",
                "สวัสดีครับ โรงปั่นเราผลิตด้ายฝ้ายรีไซเคิล ผสมเส้นใยรีไซเคิล 60% "
                "สีตามเส้นใยเดิมไม่ต้องย้อมใหม่ เบอร์ 10 ถึง 20 ได้รับรอง RCS แล้ว "
                "เหมาะทอผ้าขนหนู ผ้าเช็ดมือ ถุงผ้าครับ",
            ),
        ),
        needs=(
            need(
                "ต้องการเส้นใยฝ้ายรีไซเคิลที่ตีเปิดแล้ว เดือนละ 10 ตัน ผู้ขายต้องมีใบรับรอง RCS เพราะลูกค้าต่างประเทศขอเอกสารตลอดสายครับ",
                "recycled_cotton_fibre",
                certs=("RCS",),
            ),
        ),
    ),
    sme(
        33,
        "Rayong GreenLoop Yarn Co., Ltd.",
        (CIRC, UP, "Rayong", "en"),
        "info@greenloopyarn.example.com",
        certs=("GRS", "OEKO-TEX Standard 100"),
        bcg=("circular",),
        offers=(
            offer(
                "recycled_polyester_yarn",
                "GreenLoop makes recycled polyester filament yarn from post-consumer PET bottles: DTY "
                "75D/72F and 150D/144F, dope-dyed black or raw white. GRS transaction certificates "
                "available.",
            ),
        ),
        needs=(
            need(
                "We are buying clear PET bottles, baled, labels on is fine, caps off preferred. Any "
                "waste bank or collector in the east or centre who can deliver 5 tonnes a month, "
                "please get in touch.",
                "pet_bottles_baled",
            ),
        ),
    ),
    sme(
        34,
        "บริษัท ด้ายรีไซเคิลบางปู จำกัด",
        (CIRC, UP, "Samut Prakan", "th"),
        "bangpu.recycledyarn@example.co.th",
        bcg=("circular",),
        offers=(
            offer(
                "recycled_polyester_yarn",
                "เรียนสมาชิกทุกท่าน บริษัทฯ ผลิตเส้นด้ายโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติก ชนิด DTY "
                "ขนาด 150D ราคาถูกกว่าด้ายใหม่ ขณะนี้อยู่ระหว่างยื่นขอการรับรอง คาดว่าจะได้ปีหน้า "
                "จึงเรียนมาเพื่อทราบ",
            ),
        ),
        needs=(
            need(
                "รับซื้อขวดพลาสติกใสอัดก้อน ไม่จำกัดจำนวนครับ มีรถไปรับในรัศมี 200 กม. จากโรงงาน",
                "pet_bottles_baled",
            ),
        ),
    ),
    sme(
        35,
        "ธนาคารขยะชุมชนบ้านโนนทัน",
        (CIRC, UP, "Khon Kaen", "th"),
        "nonthan.wastebank@example.co.th",
        bcg=("circular",),
        offers=(
            offer(
                "pet_bottles_baled",
                "ธนาคารขยะของชุมชนมีขวดน้ำดื่มพลาสติกใสอัดก้อนแล้วประมาณ 3 ตันค่ะ แยกฝาแยกฉลากเรียบร้อย อยากได้คนรับซื้อประจำ",
            ),
        ),
        needs=(
            unmet(
                "machinery",
                "อยากได้เครื่องอัดก้อนมือสองค่ะ เครื่องเก่าของชุมชนอัดได้ช้ามาก ใครมีข้อมูลบอกด้วยนะคะ",
            ),
        ),
    ),
    sme(
        36,
        "Songkhla Waste Bank Network",
        (CIRC, UP, "Songkhla", "en"),
        "network@songkhlawaste.example.com",
        bcg=("circular",),
        offers=(
            offer(
                "pet_bottles_baled",
                "Morning all 🌊 Our beach clean-up volunteers and 14 community waste banks collect "
                "bottles all year. We currently hold about 8 tonnes of PET, pressed into bales, mostly "
                "clear. Buyer pays transport from Hat Yai.",
            ),
            offer(
                "postconsumer_waste",
                "Side note: people keep dropping off old clothes and curtains at the waste banks. "
                "Unsorted, mixed fibres, maybe 2 tonnes so far. If a recycler wants them, they're "
                "yours for the cost of transport.",
            ),
        ),
    ),
    sme(
        37,
        "ร้านปะต่อ ถุงผ้าเศษผ้า",
        (CIRC, DOWN, "Lamphun", "th"),
        "patot.bags@example.co.th",
        bcg=("circular",),
        offers=(
            offer(
                "upcycled_bags",
                "สวัสดีค่ะ ร้านเราเย็บกระเป๋าและถุงผ้าจากเศษผ้าเหลือใช้ เอามาปะต่อเป็นลายแพทช์เวิร์ก "
                "ไม่มีใบไหนซ้ำกัน รับทำของชำร่วยงานสัมมนาด้วยค่ะ ขั้นต่ำ 50 ใบ",
            ),
        ),
        needs=(
            need(
                "ตามหาเศษผ้าชิ้นใหญ่หน่อยค่ะ ขนาดฝ่ามือขึ้นไป ผ้าฝ้าย ผ้ากัญชง ผ้าทอมือยิ่งดี รับได้เรื่อยๆ ทุกเดือน",
                "cotton_offcuts",
                "hemp_offcuts",
            ),
        ),
    ),
    sme(
        38,
        "Re:Denim Bangkok",
        (CIRC, DOWN, "Bangkok", "en"),
        "hello@redenim.example.com",
        bcg=("circular",),
        offers=(
            offer(
                "upcycled_bags",
                "Re:Denim turns old jeans into bags, pouches and laptop sleeves. Corporate gifting "
                "orders from 100 pcs, with your logo.",
            ),
        ),
        needs=(
            need(
                "Hi everyone, is anyone sorting second-hand clothes? We need graded used denim only, "
                "jeans and jackets, sorted by wash if possible. About 500 kg a month.",
                "used_clothing_sorted",
            ),
            need(
                "Also: our embroidery vendor went out of business, so we need a subcontractor to "
                "stitch logos onto finished bags. Mostly small runs.",
                "embroidery_service",
            ),
        ),
    ),
    sme(
        39,
        "โรงถักผ้ารีไซเคิลโพธาราม",
        (CIRC, MID, "Ratchaburi", "th"),
        "photharam.knit@example.co.th",
        bcg=("circular",),
        offers=(
            offer(
                "rpet_knit",
                "โรงงานถักผ้าของเราใช้ด้ายโพลีเอสเตอร์รีไซเคิลจากขวด ถักเป็นผ้าเจอร์ซีย์และผ้าตาข่าย"
                "ระบายอากาศ สำหรับเสื้อกีฬา มีสต็อกสีขาวพร้อมส่งครับ",
            ),
        ),
        needs=(
            need(
                "หาด้ายโพลีเอสเตอร์รีไซเคิล 75D และ 150D ครับ ราคาต้องไม่ห่างจากด้ายใหม่มาก ใบรับรองไม่จำเป็น",
                "recycled_polyester_yarn",
            ),
        ),
    ),
    sme(
        40,
        "Bang Phli Stitch Partners Co., Ltd.",
        (CIRC, MID, "Samut Prakan", "en"),
        "factory@stitchpartners.example.com",
        certs=("ISO 9001", "SA8000"),
        offers=(
            offer(
                "sewing_service",
                "Bang Phli Stitch Partners is a CMT factory with 120 machines: cut, make and trim for "
                "knit and woven garments, bags and home textiles. SA8000 audited, ISO 9001. MOQ 300 "
                "pcs per style.",
            ),
            offer(
                "cotton_offcuts",
                "We generate about 4 tonnes of cutting waste a month, mostly cotton and poly-cotton. "
                "Looking for a recycler who will take it regularly instead of the landfill.",
            ),
        ),
        needs=(
            unmet(
                "staff",
                "Hiring: 15 sewing operators and one QC supervisor for our Bang Phli plant. Please "
                "forward to anyone interested.",
            ),
        ),
    ),
    sme(
        41,
        "ริมแควรีสอร์ท",
        (CIRC, DOWN, "Kanchanaburi", "th"),
        "rimkwai.resort@example.co.th",
        bcg=("green",),
        offers=(
            offer(
                "postconsumer_waste",
                "เรียน ผู้ประสานงาน ทางรีสอร์ทมีผ้าปูที่นอนและผ้าขนหนูที่ปลดระวางแล้วประมาณ 600 กก. "
                "ส่วนใหญ่เป็นผ้าฝ้ายสีขาว ยินดีมอบให้ผู้ที่นำไปรีไซเคิล หรือขายในราคาย่อมเยาค่ะ",
            ),
        ),
        needs=(
            need(
                "ด้วยรีสอร์ทมีแผนเปลี่ยนผ้าปูที่นอนทั้ง 120 ห้องในไตรมาสหน้า ตามนโยบายโรงแรมสีเขียว "
                "ผ้าปูต้องได้ฉลากเขียว จึงขอให้ช่วยแนะนำผู้ผลิตด้วยค่ะ ขอบคุณค่ะ",
                "bed_linen",
                certs=("Thai Green Label",),
            ),
            need(
                "และต้องการผ้าขนหนูเช็ดตัวกับเสื้อคลุมอาบน้ำ สีขาว ปักโลโก้รีสอร์ท อย่างละ 300 ชิ้นค่ะ",
                "towels_robes",
            ),
        ),
    ),
    sme(
        42,
        "ร้านตีเศษผ้าแปดริ้ว",
        (CIRC, UP, "Chachoengsao", "th"),
        "paetriu.fibre@example.co.th",
        bcg=("circular",),
        offers=(
            offer(
                "recycled_cotton_fibre",
                "มีใยฝ้ายที่ได้จากการตีเศษผ้าค่ะ สีเทาปนกัน ใช้ยัดหมอน ยัดตุ๊กตา หรือเอาไปปั่นด้ายหยาบได้ ราคาถูก ขายเป็นกระสอบ",
            ),
        ),
        needs=(
            need(
                "รับซื้อเศษผ้าจากโรงงานตัดเย็บทุกสีค่ะ ขอเป็นผ้าฝ้ายหรือผ้าที่มีฝ้ายเยอะ ไม่รับผ้ายืด",
                "cotton_offcuts",
            ),
        ),
    ),
    sme(
        43,
        "Thai Active Knit Co., Ltd.",
        (SPORT, MID, "Samut Prakan", "en"),
        "sales@thaiactiveknit.example.com",
        certs=("GRS", "OEKO-TEX Standard 100", "bluesign"),
        bcg=("circular", "green"),
        offers=(
            offer(
                "rpet_knit",
                "Hello cluster! We knit recycled polyester performance fabrics: single jersey, "
                "bird's-eye mesh and interlock, made from GRS-certified yarn, with bluesign approved "
                "dyeing chemistry. 200 kg per colour minimum.",
            ),
        ),
        needs=(
            need(
                "Sourcing: recycled polyester DTY, 75D and 100D. Suppliers must be GRS certified with "
                "a valid scope certificate, since our fabric goes to a European sportswear brand. "
                "Monthly volume 8 to 10 tonnes.",
                "recycled_polyester_yarn",
                certs=("GRS",),
            ),
        ),
    ),
    sme(
        44,
        "โรงถักผ้ากีฬากระทุ่มแบน",
        (SPORT, MID, "Samut Sakhon", "th"),
        "krathumbaen.knit@example.co.th",
        offers=(
            offer(
                "performance_knit",
                "โรงงานถักผ้าขอแนะนำสินค้าครับ ผ้าไมโครโพลีเอสเตอร์ระบายเหงื่อ แห้งไว ผ้าจูติ "
                "ผ้ากีฬาเนื้อลื่น สีพร้อมส่งกว่า 30 สี ขั้นต่ำ 25 กก. ต่อสี",
            ),
            offer(
                "knitting_service",
                "รับจ้างถักผ้าด้วยครับ ลูกค้าส่งด้ายมาเอง เราถักให้ด้วยเครื่องถักวงกลม มีทั้งผ้ายืดเนื้อบางและเนื้อหนา คิดค่าถักเป็นกิโล",
            ),
        ),
        needs=(
            unmet(
                "machinery",
                "ใครมีเครื่องถักวงกลมมือสองขนาด 30 นิ้วจะปล่อยบ้าง สนใจครับ ยี่ห้อญี่ปุ่นหรือไต้หวันก็ได้",
            ),
        ),
    ),
    sme(
        45,
        "บริษัท ผ้ารัดกล้ามเนื้อไทย จำกัด",
        (SPORT, MID, "Pathum Thani", "th"),
        "compressionfabric@example.co.th",
        certs=("OEKO-TEX Standard 100",),
        offers=(
            offer(
                "compression_fabric",
                "บริษัทฯ ผลิตผ้าถักยืดสูงสำหรับชุดรัดกล้ามเนื้อ ผ้าไนลอนผสมสแปนเด็กซ์ แรงรัดสม่ำเสมอ "
                "ผ่านมาตรฐานโอเคเทกซ์ เหมาะทำถุงน่อง ปลอกแขน และเสื้อรัดกล้ามเนื้อครับ",
            ),
        ),
        needs=(
            unmet(
                "elastane_yarn",
                "กำลังมองหาผู้ขายเส้นใยสแปนเด็กซ์หรืออีลาสเทนในประเทศครับ ตอนนี้ต้องนำเข้าจากไต้หวันทั้งหมด "
                "รอของนานมาก ถ้าใครในคลัสเตอร์มีขายช่วยบอกด้วย",
            ),
        ),
    ),
    sme(
        46,
        "Nonthaburi Narrow Fabrics",
        (SPORT, MID, "Nonthaburi", "en"),
        "sales@narrowfabrics.example.com",
        certs=("OEKO-TEX Standard 100",),
        offers=(
            offer(
                "elastic_tape",
                "Narrow fabrics specialist: knitted and woven elastic 10 to 50 mm, jacquard waistbands "
                "with your logo, silicone gripper tape for cycling shorts and compression wear. "
                "OEKO-TEX certified.",
            ),
        ),
    ),
    sme(
        47,
        "วิ่งไทย สปอร์ตแวร์",
        (SPORT, DOWN, "Chonburi", "th"),
        "wingthai.sport@example.co.th",
        bcg=("circular",),
        offers=(
            offer(
                "sportswear",
                "เสื้อวิ่งและเสื้อทีมพิมพ์ลายเต็มตัว สั่งผลิตตามแบบ ขั้นต่ำ 30 ตัว ส่งงานภายใน 3 สัปดาห์ มีทั้งทรงชายและทรงหญิงค่ะ",
            ),
        ),
        needs=(
            need(
                "สวัสดีค่ะ งานวิ่งมาราธอนที่พัทยาปีนี้ ผู้จัดอยากให้เสื้อทำจากผ้ารีไซเคิล และต้องมีใบรับรอง "
                "GRS ด้วย ขอผ้าเจอร์ซีย์ถักจากโพลีเอสเตอร์รีไซเคิลประมาณ 1,200 กก. "
                "ใครมีช่วยเสนอราคาหน่อยนะคะ",
                "rpet_knit",
                certs=("GRS",),
            ),
            need(
                "ขอแนะนำร้านรับพิมพ์ซับลิเมชั่นหน่อยค่ะ เครื่องพิมพ์ของเราพังช่วงพีคพอดี ต้องการคนรับงานพิมพ์ลงผ้าวันละ 200-300 ตัว ถึงสิ้นเดือนนี้",
                "printing_service",
            ),
        ),
    ),
    sme(
        48,
        "PrintWorks Sublimation",
        (SPORT, MID, "Nonthaburi", "en"),
        "jobs@printworks.example.com",
        offers=(
            offer(
                "printing_service",
                "Need prints? We run four 1.8 m sublimation printers and a 2 m heat calender. Send us "
                "cut panels or rolls of polyester fabric with your artwork and we'll print them, "
                "usually back to you in 4 days.",
            ),
        ),
        needs=(
            unmet(
                "customers",
                "We have spare capacity on night shifts from next month. Looking for brands or schools "
                "that need uniform printing on a regular basis, introductions appreciated!",
            ),
        ),
    ),
    sme(
        49,
        "ร้านสกรีนบึงแก่นนคร",
        (SPORT, MID, "Khon Kaen", "th"),
        "bungkaen.screen@example.co.th",
        offers=(
            offer(
                "printing_service",
                "รับสกรีนเสื้อ ซิลค์สกรีน และพิมพ์ดิจิตอล DTF งานด่วนได้ ไม่มีขั้นต่ำ ☺️",
            ),
            offer(
                "embroidery_service",
                "รับปักโลโก้ด้วยเครื่องปักคอมพิวเตอร์ 6 หัว ปักเสื้อโปโล หมวก กระเป๋า ถุงผ้า คิดราคาตามจำนวนฝีเข็มค่ะ",
            ),
        ),
        needs=(
            need(
                "หาผ้ากีฬาเนื้อดีๆ ค่ะ ผ้าไมโครหรือผ้าเม็ดข้าวสาร ระบายอากาศ สีขาว ต้องการ 100 กก. เอาไปตัดเสื้อทีมฟุตบอลให้โรงเรียน",
                "performance_knit",
                "rpet_knit",
            ),
        ),
    ),
    sme(
        50,
        "Trail Lanna Apparel",
        (SPORT, DOWN, "Chiang Mai", "en"),
        "team@traillanna.example.com",
        bcg=("green",),
        offers=(
            offer(
                "sportswear",
                "Trail Lanna designs technical running tees and shorts for trail events and clubs. "
                "Custom colours and race logos, from 50 pieces.",
            ),
        ),
        needs=(
            need(
                "Hi all, we're moving our core range to greener materials. Looking for moisture-wicking "
                "knit fabric from a bluesign system partner mill. Recycled or virgin polyester both "
                "acceptable. 600 kg initial order.",
                "performance_knit",
                "rpet_knit",
                certs=("bluesign",),
            ),
            need(
                "A second thing: our usual sewing workshop in Hang Dong is closing. We need a CMT "
                "partner for sportswear (cut, sew, pack), 300 to 1,000 pcs per style.",
                "sewing_service",
            ),
        ),
    ),
    sme(
        51,
        "ถุงเท้ารัดกล้ามเนื้อโคราช",
        (SPORT, DOWN, "Nakhon Ratchasima", "th"),
        "korat.compression@example.co.th",
        offers=(
            offer(
                "compression_garments",
                "ผลิตและจำหน่ายถุงเท้ารัดกล้ามเนื้อ ปลอกแขน ปลอกขา สำหรับนักวิ่งและผู้สูงอายุที่มีปัญหา"
                "เส้นเลือดขอด มีหลายระดับแรงรัด ส่งร้านขายยาและร้านกีฬาทั่วภาคอีสานครับ",
            ),
        ),
        needs=(
            need(
                "ขอเสนอราคาผ้ายืดรัดกล้ามเนื้อ ผ้าไนลอนสแปนเด็กซ์ หน้ากว้าง 150 ซม. ครับ เอามาตัดปลอกแขนปลอกขา ล็อตแรก 200 เมตร",
                "compression_fabric",
            ),
            need(
                "ต้องการยางยืดซิลิโคนกันลื่นสำหรับขอบปลอกขา กว้าง 2-3 ซม. ประมาณ 5,000 เมตรครับ 🙏",
                "elastic_tape",
            ),
        ),
    ),
    sme(
        52,
        "Sukhumvit Sports Physio Clinic",
        (SPORT, DOWN, "Bangkok", "en"),
        "admin@sukhumvitphysio.example.com",
        needs=(
            need(
                "Dear members, our clinic treats runners and older patients after knee surgery. We'd "
                "like to stock locally made graduated compression sleeves and socks at reception, "
                "several sizes, around 200 pairs a quarter. Who makes these?",
                "compression_garments",
            ),
        ),
    ),
    sme(
        53,
        "ชมรมเดินวิ่งเพื่อสุขภาพเชียงราย",
        (SPORT, DOWN, "Chiang Rai", "th"),
        "chiangrai.runners@example.co.th",
        needs=(
            need(
                "สวัสดีครับ ชมรมจะจัดงานวิ่งการกุศลเดือนธันวาคม ต้องการเสื้อวิ่งพิมพ์โลโก้งาน 800 ตัว "
                "ไซส์คละ ขอใบเสนอราคาด้วยครับ ขอบคุณล่วงหน้าครับ 🏃",
                "sportswear",
            ),
            unmet(
                "sponsorship",
                "แล้วก็ถ้าบริษัทไหนในกลุ่มสนใจเป็นสปอนเซอร์งานวิ่ง ติดโลโก้หลังเสื้อได้นะครับ รายได้ทั้งหมดมอบให้โรงพยาบาลจังหวัด",
            ),
        ),
    ),
    sme(
        54,
        "Andaman Muay Thai Camp",
        (SPORT, DOWN, "Phuket", "en"),
        "camp@andamanmuaythai.example.com",
        needs=(
            need(
                "Hey guys 👋 We need 300 quick-dry training tees with our camp logo for the high "
                "season, sizes S to XXL. Printed or embroidered, both OK. Delivery by November.",
                "sportswear",
            ),
            unmet(
                "repair_service",
                "Also, does anyone repair heavy bags? Canvas and leather, a few have split seams.",
            ),
        ),
    ),
    sme(
        55,
        "บริษัท ฟินิชชิ่งเทค จำกัด",
        (SPORT, MID, "Samut Prakan", "th"),
        "finishingtech@example.co.th",
        certs=("ISO 9001", "bluesign"),
        bcg=("green",),
        offers=(
            offer(
                "antibacterial_finishing_service",
                "เรียน สมาชิกทุกท่าน บริษัทฯ รับจ้างตกแต่งสำเร็จผ้า เคลือบสารต้านแบคทีเรียและกันกลิ่น "
                "ให้ผ้าของลูกค้า ทั้งผ้ากีฬา ผ้าปูที่นอนโรงพยาบาล และผ้าทำหน้ากาก "
                "ใช้เคมีที่ผ่านการรับรอง bluesign ทดสอบตาม AATCC 100 ได้",
            ),
        ),
        needs=(
            unmet(
                "silver_nano_solution",
                "บริษัทฯ ต้องการจัดหาสารละลายซิลเวอร์นาโนที่ผลิตในประเทศ สำหรับงานเคลือบผ้า "
                "หากสมาชิกรายใดผลิตหรือจำหน่าย กรุณาติดต่อฝ่ายจัดซื้อ",
            ),
        ),
    ),
    sme(
        56,
        "MediTex Fabrics Co., Ltd.",
        (AGE_C, MID, "Pathum Thani", "en"),
        "sales@meditexfabrics.example.com",
        certs=("OEKO-TEX Standard 100", "ISO 9001"),
        offers=(
            offer(
                "antibacterial_woven",
                "MediTex weaves fabric for healthcare: poly-cotton plain weave and twill with a durable "
                "silver-based antibacterial finish, tested to 50 washes. Used for scrubs, patient "
                "gowns, curtains and reusable masks. OEKO-TEX Standard 100.",
            ),
        ),
        needs=(
            need(
                "Hello, we are looking for a second dyehouse for piece dyeing poly-cotton in hospital "
                "colours (light blue, green, pink), reactive/disperse, 3 to 5 tonnes a month. Our "
                "current partner is fully booked until January.",
                "conventional_dyeing_service",
            ),
        ),
    ),
    sme(
        57,
        "โรงย้อมท่าจีนเท็กซ์ไทล์",
        (SPORT, MID, "Samut Sakhon", "th"),
        "thachin.dyeing@example.co.th",
        certs=("ISO 9001", "ISO 14001"),
        bcg=("green",),
        offers=(
            offer(
                "conventional_dyeing_service",
                "โรงย้อมของเรารับย้อมผ้าพับ ผ้าฝ้าย ผ้าทีซี และผ้าโพลีเอสเตอร์ ด้วยสีรีแอคทีฟและสีดิสเพิร์ส "
                "มีระบบบำบัดน้ำเสียครบ ได้ ISO 14001 รับงานขั้นต่ำ 500 กก. ต่อสีครับ",
            ),
        ),
        needs=(
            unmet(
                "staff",
                "รับสมัครช่างเทียบสี 1 ตำแหน่ง ประสบการณ์ 2 ปีขึ้นไป สนใจส่งประวัติทางอีเมลนะครับ",
            ),
        ),
    ),
    sme(
        58,
        "Ratchaburi Dye & Finish",
        (SPORT, MID, "Ratchaburi", "en"),
        "planning@ratchaburidye.example.com",
        offers=(
            offer(
                "conventional_dyeing_service",
                "Quick note from Ratchaburi Dye & Finish: our jet dyeing line has open slots in "
                "September. Commission dyeing of knit and woven fabrics, cotton and polyester, lab "
                "dips in 48 hours.",
            ),
        ),
    ),
    sme(
        59,
        "Bangkok Riverside Hospital",
        (AGE_C, DOWN, "Bangkok", "en"),
        "procurement@riversidehospital.example.com",
        needs=(
            need(
                "Dear Sir/Madam, the nursing department of Bangkok Riverside Hospital wishes to "
                "procure 120 patient transfer sheets (slide or lifting type) for the orthopaedic and ICU wards. Please "
                "submit a quotation and specification sheet by 30 September.",
                "patient_transfer_sheet",
            ),
            need(
                "Further to the above, our procurement committee is also seeking reusable "
                "antibacterial cloth masks for staff. Manufacturers must hold ISO 13485. Quantity: "
                "5,000 pieces.",
                "antibacterial_masks",
                certs=("ISO 13485",),
            ),
            need(
                "Third item: back-tie gowns for inpatients in pastel blue, sizes M to XXL, 1,000 pieces.",
                "patient_gowns",
            ),
        ),
    ),
    sme(
        60,
        "โรงพยาบาลชุมชนอู่ทอง",
        (AGE_C, DOWN, "Suphan Buri", "th"),
        "uthong.hospital@example.co.th",
        needs=(
            need(
                "เรียน ผู้ประสานงานโครงการ ด้วยโรงพยาบาลมีความประสงค์จัดซื้อผ้ารองซับปัสสาวะชนิดซักได้ "
                "สำหรับหอผู้ป่วยสูงอายุ จำนวน 400 ผืน จึงเรียนมาเพื่อโปรดพิจารณาแนะนำผู้ผลิตค่ะ",
                "underpad_washable",
            ),
            need(
                "นอกจากนี้ โรงพยาบาลต้องการผ้าอ้อมผู้ใหญ่แบบใช้แล้วทิ้ง ไซส์ M และ L "
                "ผลิตภัณฑ์ต้องมีเลขจดแจ้ง อย. ถูกต้อง ปริมาณเดือนละ 200 ห่อ",
                "adult_diaper_disposable",
                certs=("Thai FDA",),
            ),
            need(
                "ผ้าปูที่นอนสำหรับเตียงผู้ป่วย ขนาด 3.5 ฟุต สีขาว ต้องผ่าน มอก. ตามระเบียบพัสดุ จำนวน 300 ชุดค่ะ",
                "bed_linen",
                certs=("Thai Industrial Standard",),
            ),
        ),
    ),
    sme(
        61,
        "บ้านสุขใจ ดูแลผู้สูงอายุ",
        (AGE_C, DOWN, "Nonthaburi", "th"),
        "baansukjai.care@example.co.th",
        needs=(
            need(
                "สวัสดีค่ะ บ้านสุขใจดูแลผู้สูงอายุ 40 ท่าน อยากลดขยะผ้าอ้อม เลยมองหากางเกงผ้าอ้อม"
                "ผู้ใหญ่แบบซักได้ ใส่ซ้ำได้ ไซส์ L-XL ค่ะ ใครผลิตบ้างคะ",
                "adult_diaper_washable",
            ),
            need(
                "เสื้อผ้าสำหรับผู้สูงอายุที่แต่งตัวเองลำบาก แบบติดเทปตีนตุ๊กแกหรือผ่าหลัง ใส่ง่ายถอดง่าย ต้องการประมาณ 80 ชุดค่ะ",
                "adaptive_clothing",
            ),
            need(
                "อีกรายการค่ะ ถุงเท้าพื้นยางกันลื่นให้คุณตาคุณยายใส่เดินในบ้าน 100 คู่ ❤️",
                "antislip_socks",
            ),
        ),
    ),
    sme(
        62,
        "Golden Years Care Residence",
        (AGE_C, DOWN, "Chonburi", "en"),
        "manager@goldenyearscare.example.com",
        needs=(
            need(
                "Hi, Golden Years here (Bang Saen). We go through a lot of disposable bed pads. Looking "
                "for washable, reusable underpads with a waterproof back, 90x90 cm or similar, 200 "
                "pcs to trial.",
                "underpad_washable",
            ),
            need(
                "Also in the market for fitted sheets for hospital-type beds, cotton or cotton blend, "
                "any reputable maker (Thai Green Label optional).",
                "bed_linen",
            ),
        ),
    ),
    sme(
        63,
        "Hua Hin Tranquil Spa",
        (AGE_C, DOWN, "Prachuap Khiri Khan", "en"),
        "spa@huahintranquil.example.com",
        bcg=("green",),
        needs=(
            need(
                "Sawasdee ka, greetings from Hua Hin. With high season coming up we need herbal "
                "compress balls for our Thai massage menu, fresh or dried, about 600 a month. Are "
                "there any producers in the cluster?",
                "herbal_compress",
            ),
            need(
                "We are also replacing our spa towels and robes. Cotton, white or natural, 200 towels and 60 robes.",
                "towels_robes",
            ),
            need(
                "Lastly, new therapist uniforms: a simple wrap top and trousers, ideally with a local "
                "handwoven look, 40 sets.",
                "staff_uniforms",
            ),
        ),
    ),
    sme(
        64,
        "บริษัท เมดิแคร์ เท็กซ์ไทล์ จำกัด",
        (AGE_C, DOWN, "Nakhon Pathom", "th"),
        "medicare.textile@example.co.th",
        certs=("ISO 13485",),
        offers=(
            offer(
                "patient_transfer_sheet",
                "บริษัทฯ ผลิตผ้าเลื่อนย้ายผู้ป่วย ผ้าลื่นพิเศษ มีหูจับ รับน้ำหนักได้ 200 กก. ใช้ในหอผู้ป่วยและบ้านพักผู้สูงอายุ โรงงานได้ ISO 13485 ค่ะ",
            ),
        ),
        needs=(
            need(
                "ต้องการผ้าต้านแบคทีเรียสำหรับทำผ้าปูรองใต้ตัวผู้ป่วย ขอเป็นผ้าทอ ไม่เอาผ้าถัก สีฟ้าอ่อน เดือนละ 1,000 เมตรค่ะ",
                "antibacterial_woven",
            ),
        ),
    ),
    sme(
        65,
        "CareWell Underpads",
        (AGE_C, DOWN, "Pathum Thani", "en"),
        "hello@carewellpads.example.com",
        bcg=("circular",),
        offers=(
            offer(
                "underpad_washable",
                "CareWell makes reusable bed underpads: quilted cotton top, absorbent middle layer, "
                "waterproof PU back. They survive 300 hospital wash cycles. Sizes 60x90 and 90x90.",
            ),
        ),
        needs=(
            need(
                "Hello everyone. Our Korean supplier of laminated fabric has raised prices 30%. We're "
                "looking for a Thai mill for waterproof breathable PUL (polyester knit with PU "
                "laminate), 2,000 m a month.",
                "pul_fabric",
            ),
        ),
    ),
    sme(
        66,
        "โรงงานเคลือบผ้าบางพลี",
        (AGE_C, MID, "Samut Prakan", "th"),
        "bangphli.laminate@example.co.th",
        certs=("OEKO-TEX Standard 100",),
        offers=(
            offer(
                "pul_fabric",
                "โรงงานเราเคลือบลามิเนตพียูบนผ้าถักโพลีเอสเตอร์ ได้ผ้ากันน้ำที่ยังระบายอากาศ "
                "ใช้ทำผ้ารองกันเปื้อน ผ้าอ้อมผ้า ผ้าปูกันน้ำ ขายเป็นม้วน ม้วนละ 50 เมตรค่ะ",
            ),
        ),
        needs=(
            unmet(
                "loan",
                "ขอปรึกษาค่ะ บริษัทอยากขยายไลน์เคลือบอีก 1 เครื่อง ต้องใช้เงินลงทุนราว 4 ล้าน "
                "มีใครแนะนำโครงการเงินกู้ดอกเบี้ยต่ำสำหรับเอสเอ็มอีได้บ้างคะ",
            ),
        ),
    ),
    sme(
        67,
        "Ayutthaya Hygiene Products Co., Ltd.",
        (AGE_C, DOWN, "Phra Nakhon Si Ayutthaya", "en"),
        "purchasing@ayutthayahygiene.example.com",
        certs=("Thai FDA", "ISO 13485", "ISO 9001"),
        offers=(
            offer(
                "adult_diaper_disposable",
                "We manufacture single-use adult diapers, tape type and pull-up pants, M to XL, "
                "registered with the Thai FDA. Private label possible.",
            ),
        ),
        needs=(
            need(
                "Procurement notice: we need hydrophilic PP spunbond, 15 to 18 gsm, for topsheets. "
                "Our current supplier quotes 10 weeks lead time. Please contact purchasing.",
                "spunbond_nonwoven",
            ),
        ),
    ),
    sme(
        68,
        "บริษัท นอนวูฟเวนมาบตาพุด จำกัด",
        (AGE_C, MID, "Rayong", "th"),
        "maptaphut.nonwoven@example.co.th",
        certs=("ISO 9001",),
        offers=(
            offer(
                "spunbond_nonwoven",
                "ผลิตผ้าสปันบอนด์ ผ้าไม่ทอพอลิพรอพิลีน 10 ถึง 100 แกรม ทั้งชนิดธรรมดาและชนิดดูดซับน้ำ "
                "ใช้ในผ้าอ้อม หน้ากากอนามัย ชุดกาวน์ใช้ครั้งเดียว ขั้นต่ำ 1 ตัน",
            ),
        ),
    ),
    sme(
        69,
        "ผ้าอ้อมผ้าผู้ใหญ่ปากน้ำโพ",
        (AGE_C, DOWN, "Nakhon Sawan", "th"),
        "paknampho.clothdiaper@example.co.th",
        bcg=("circular",),
        offers=(
            offer(
                "adult_diaper_washable",
                "ผ้าอ้อมผู้ใหญ่แบบผ้า ซักได้ ใช้ซ้ำได้เป็นปี มีแผ่นซับด้านในเปลี่ยนได้ ช่วยประหยัดค่าแพมเพิสให้ครอบครัวที่ดูแลผู้ป่วยติดเตียงค่ะ",
            ),
        ),
        needs=(
            need(
                "หาผ้ากันน้ำพียูแอลค่ะ ใช้เป็นชั้นนอกของผ้าอ้อม ขอแบบนิ่มๆ ไม่มีเสียงกรอบแกรบ สีพื้นอ่อน ประมาณ 300 เมตร",
                "pul_fabric",
            ),
            unmet(
                "bamboo_terry",
                "แล้วก็ตามหาผ้าขนหนูใยไผ่ไว้ทำแผ่นซับค่ะ ดูดน้ำดีกว่าฝ้าย แต่หาร้านในไทยไม่เจอเลย",
            ),
        ),
    ),
    sme(
        70,
        "SafeBreath Masks",
        (AGE_C, DOWN, "Bangkok", "en"),
        "orders@safebreath.example.com",
        certs=("ISO 13485", "Thai Industrial Standard"),
        offers=(
            offer(
                "antibacterial_masks",
                "SafeBreath produces three-layer reusable masks with an antibacterial outer layer, "
                "made in an ISO 13485 factory, TIS-compliant. Colours and printed logos on request.",
            ),
        ),
        needs=(
            need(
                "Hi, we are looking for a second source of antibacterial woven fabric for mask outer "
                "layers, light colours, 3,000 m a month.",
                "antibacterial_woven",
            ),
        ),
    ),
    sme(
        71,
        "หน้ากากผ้าป้าศรี",
        (AGE_C, DOWN, "Samut Sakhon", "th"),
        "pasri.mask@example.co.th",
        offers=(
            offer(
                "antibacterial_masks",
                "ขายหน้ากากผ้าต้านแบคทีเรีย 3 ชั้น ซักได้ 30 ครั้ง ลายน่ารัก มีไซส์เด็กและผู้ใหญ่ ส่งโรงเรียน ส่งบริษัท ราคาส่งถูกมากค่ะ 😷",
            ),
        ),
        needs=(
            need(
                "ป้าอยากได้คนรับเคลือบสารต้านแบคทีเรียให้ผ้าฝ้ายลายดอกที่ป้ามีอยู่แล้วค่ะ ประมาณ 500 หลา ส่งผ้าไปเคลือบแล้วส่งกลับมา",
                "antibacterial_finishing_service",
            ),
        ),
    ),
    sme(
        72,
        "บริษัท สุขนิทรา เบดดิ้ง จำกัด",
        (AGE_C, DOWN, "Ang Thong", "th"),
        "suknithra.bedding@example.co.th",
        certs=("Thai Green Label",),
        bcg=("green",),
        offers=(
            offer(
                "bed_linen",
                "บริษัทฯ ผลิตชุดผ้าปูที่นอน ปลอกหมอน ปลอกผ้านวม ทั้งผ้าฝ้าย 100% และผ้าทีซี "
                "สำหรับโรงแรม โรงพยาบาล และบ้านพักคนชรา ผลิตภัณฑ์ได้ฉลากเขียว สั่งตามขนาดเตียงได้",
            ),
        ),
        needs=(
            need(
                "สอบถามสมาชิกครับ ต้องการผ้าดิบทอเครื่อง หน้ากว้าง 110 นิ้ว สำหรับตัดผ้าปู เดือนละ 5,000 หลา",
                "cotton_sheeting",
            ),
        ),
    ),
    sme(
        73,
        "Saraburi Weaving Mill",
        (AGE_C, MID, "Saraburi", "en"),
        "mill@saraburiweaving.example.com",
        certs=("OEKO-TEX Standard 100",),
        offers=(
            offer(
                "cotton_sheeting",
                "Saraburi Weaving Mill: air-jet woven cotton and poly-cotton sheeting, greige or "
                "bleached, widths up to 280 cm. Suitable for bed linen, curtains and hospital "
                "textiles. 1,000 m minimum per quality.",
            ),
        ),
        needs=(
            need(
                "We'd like to offer dyed sheeting as well, so we're looking for a dyehouse to "
                "piece-dye our greige in pastel shades on commission.",
                "conventional_dyeing_service",
            ),
        ),
    ),
    sme(
        74,
        "หจก. เครื่องนอนบางบัวทอง",
        (AGE_C, DOWN, "Nonthaburi", "th"),
        "bangbuathong.bedding@example.co.th",
        certs=("Thai Industrial Standard",),
        offers=(
            offer(
                "bed_linen",
                "ห้างฯ รับผลิตผ้าปูที่นอนโรงพยาบาล ผ้าห่ม ปลอกหมอน ผ่านมาตรฐาน มอก. ส่งโรงพยาบาลรัฐมากว่า 15 ปีครับ",
            ),
            offer(
                "patient_gowns",
                "และมีเสื้อผู้ป่วย ชุดคนไข้ แบบผูกหลังและแบบติดกระดุมหน้า ผ้าคอตตอน สีฟ้า สีชมพู ทำตามสีของโรงพยาบาลได้",
            ),
        ),
        needs=(
            need(
                "ตอนนี้ต้องการผ้าพื้นฝ้ายหรือทีซีสีขาวเพิ่ม หน้ากว้างไม่ต่ำกว่า 90 นิ้ว ใครมีช่วยส่งสเปกมาครับ",
                "cotton_sheeting",
            ),
        ),
    ),
    sme(
        75,
        "Siam Uniform House",
        (AGE_C, DOWN, "Bangkok", "en"),
        "sales@siamuniform.example.com",
        certs=("ISO 9001",),
        offers=(
            offer(
                "staff_uniforms",
                "Siam Uniform House tailors uniforms for hotels, spas, clinics and care homes: tunics, "
                "scrubs, chef wear, housekeeping dresses. Design service included.",
            ),
            offer(
                "patient_gowns",
                "We also supply patient gowns and examination gowns in antibacterial poly-cotton.",
            ),
        ),
        needs=(
            need(
                "Purchasing request: antibacterial woven fabric for scrubs, 1,500 m in navy and ceil blue.",
                "antibacterial_woven",
            ),
            need(
                "We're also seeking an embroidery subcontractor for name badges and logos on "
                "uniforms; fast turnaround needed during the hotel season.",
                "embroidery_service",
            ),
        ),
    ),
    sme(
        76,
        "ร้านปักจักรบางกะปิ",
        (AGE_C, MID, "Bangkok", "th"),
        "bangkapi.embroidery@example.co.th",
        offers=(
            offer(
                "embroidery_service",
                "รับปักชื่อ ปักโลโก้ บนเสื้อพยาบาล ชุดยูนิฟอร์ม ผ้าขนหนู ทำด่วนได้ภายใน 2 วัน ปักด้วยจักรคอมพิวเตอร์ค่ะ",
            ),
        ),
        needs=(
            unmet(
                "machinery",
                "อยากหาซื้อจักรปักคอมพิวเตอร์หัวเดียวมือสองสภาพดี งบไม่เกินแสนห้า ใครจะปล่อยทักมานะคะ",
            ),
        ),
    ),
    sme(
        77,
        "ใส่สบาย เสื้อผ้าผู้สูงวัย",
        (AGE_C, DOWN, "Bangkok", "th"),
        "saisabai.senior@example.co.th",
        offers=(
            offer(
                "adaptive_clothing",
                "แบรนด์ใส่สบายออกแบบเสื้อผ้าสำหรับผู้สูงอายุและผู้ป่วยติดเตียง เปิดด้านข้าง "
                "ติดแม่เหล็กแทนกระดุม ผ้านุ่มไม่ระคายผิว มีราคาขายส่งให้บ้านพักคนชราค่ะ",
            ),
        ),
        needs=(
            need(
                "กำลังหาโรงงานรับตัดเย็บค่ะ เรามีผ้าและแพทเทิร์นเอง ต้องการเย็บเดือนละ 500-800 ตัว งานต้องละเอียด",
                "sewing_service",
            ),
            need(
                "แล้วก็ยางยืดขอบเอวแบบนุ่ม กว้าง 3 ซม. 2,000 เมตรค่ะ",
                "elastic_tape",
            ),
        ),
    ),
    sme(
        78,
        "GripStep Socks",
        (AGE_C, DOWN, "Samut Prakan", "en"),
        "info@gripstep.example.com",
        offers=(
            offer(
                "antislip_socks",
                "GripStep makes socks with silicone grip dots on the sole for hospitals, care homes "
                "and yoga studios. Cotton-rich, seamless toe, 12 pairs per pack.",
            ),
        ),
        needs=(
            need(
                "Our own machines are full until March. Looking for a sock or circular knitting "
                "subcontractor (we supply the yarn), 2,000 pairs a week.",
                "knitting_service",
            ),
        ),
    ),
    sme(
        79,
        "ลูกประคบสมุนไพรบ้านท่าลาด",
        (AGE_I, DOWN, "Yasothon", "th"),
        "thalat.herbal@example.co.th",
        certs=("OTOP", "Thai FDA"),
        bcg=("bio",),
        offers=(
            offer(
                "herbal_compress",
                "ลูกประคบสมุนไพรสดและแห้ง ห่อผ้าฝ้ายดิบ มัดมือทุกลูก สูตรไพล ขมิ้น ตะไคร้ "
                "ได้โอทอปและมีเลขจดแจ้ง อย. ส่งสปาและร้านนวดทั่วประเทศค่ะ",
            ),
        ),
        needs=(
            need(
                "หาผ้าดิบค่ะ ผ้าฝ้ายทอเครื่องแบบยังไม่ฟอก สำหรับห่อลูกประคบ ต้องการเดือนละ 500 หลา",
                "cotton_sheeting",
            ),
        ),
    ),
    sme(
        80,
        "Isan Herb & Wellness",
        (AGE_I, DOWN, "Udon Thani", "en"),
        "contact@isanherb.example.com",
        certs=("Halal", "Thai FDA"),
        bcg=("bio",),
        offers=(
            offer(
                "herbal_compress",
                "From our farm in Udon Thani: herbal compress balls with home-grown plai and "
                "turmeric, wrapped in cotton, steam-ready. Halal certified and registered with Thai "
                "FDA, so we also ship to spas in Malaysia.",
            ),
        ),
        needs=(
            unmet(
                "dried_plai",
                "Our plai harvest was poor this year. Are any farmers in the group selling dried plai "
                "(Zingiber cassumunar) rhizome? 300 kg needed.",
            ),
        ),
    ),
    sme(
        81,
        "Ao Nang Serenity Spa",
        (AGE_C, DOWN, "Krabi", "en"),
        "spa@aonangserenity.example.com",
        needs=(
            need(
                "Assalamualaikum and hello. Many of our guests come from Malaysia and the Gulf, so "
                "everything we put on the body must be Halal certified. We need herbal compress "
                "balls, around 400 a month. Please send offers.",
                "herbal_compress",
                certs=("Halal",),
            ),
        ),
    ),
    sme(
        82,
        "โรงพยาบาลชุมชนน้ำพอง",
        (AGE_I, DOWN, "Khon Kaen", "th"),
        "namphong.hospital@example.co.th",
        needs=(
            need(
                "สวัสดีค่ะ งานพัสดุ รพ. ค่ะ ต้องการผ้ารองกันเปื้อนชนิดซักได้ 200 ผืน สำหรับผู้ป่วยติดเตียงในโครงการเยี่ยมบ้าน",
                "underpad_washable",
            ),
            need(
                "ผ้าอ้อมผู้ใหญ่ชนิดใช้ครั้งเดียวทิ้ง ต้องมีทะเบียน อย. ค่ะ ประมาณ 100 ห่อต่อเดือน แจกผู้ป่วยในชุมชน",
                "adult_diaper_disposable",
                certs=("Thai FDA",),
            ),
            need(
                "แผ่นผ้าช่วยเลื่อนตัวผู้ป่วยจากเตียงไปเปล 10 ผืนค่ะ ใช้ในรถรับส่งและหอผู้ป่วย",
                "patient_transfer_sheet",
            ),
        ),
    ),
    sme(
        83,
        "ศูนย์ดูแลผู้สูงอายุวารินชำราบ",
        (AGE_I, DOWN, "Ubon Ratchathani", "th"),
        "warin.eldercare@example.co.th",
        needs=(
            need(
                "เรียน คุณวรรณา ศูนย์ฯ ได้รับงบประมาณจัดซื้อเสื้อผ้าสำหรับผู้สูงอายุติดเตียง "
                "แบบเปิดหลังหรือเปิดข้าง จำนวน 60 ชุด จึงเรียนมาเพื่อขอใบเสนอราคาค่ะ",
                "adaptive_clothing",
            ),
            need(
                "และผ้าปูที่นอนพร้อมปลอกหมอนสำหรับเตียงผู้ป่วย 60 ชุด ผ้าฝ้ายหรือทีซีก็ได้ค่ะ",
                "bed_linen",
            ),
            unmet(
                "training",
                "ศูนย์ฯ อยากจัดอบรมผู้ดูแลเรื่องการยกและเคลื่อนย้ายผู้สูงอายุอย่างปลอดภัย หากมีวิทยากรแนะนำ ขอบคุณมากค่ะ",
            ),
        ),
    ),
    sme(
        84,
        "Maha Sarakham Care Weavers",
        (AGE_I, DOWN, "Maha Sarakham", "en"),
        "group@sarakhamcare.example.com",
        bcg=("bio",),
        offers=(
            offer(
                "adult_diaper_washable",
                "Our village weaving group now sews cloth diapers for adults from soft handwoven "
                "cotton, with a removable absorbent pad. They wash and dry in a day.",
            ),
            offer(
                "underpad_washable",
                "We also make bed pads that can go in the washing machine: three layers of cotton "
                "with a waterproof backing, 70x90 cm.",
            ),
        ),
        needs=(
            need(
                "We need a waterproof backing fabric for the pads, PUL or similar, soft, about 200 metres to start.",
                "pul_fabric",
            ),
        ),
    ),
    sme(
        85,
        "ผ้ารองซับสุวรรณภูมิ",
        (AGE_I, DOWN, "Roi Et", "th"),
        "suwannaphum.pads@example.co.th",
        offers=(
            offer(
                "underpad_washable",
                "ผ้ารองซับปัสสาวะ ซักได้ กันน้ำซึม 4 ชั้น ขนาด 75x90 ซม. ราคาส่งผืนละ 180 บาท สั่ง 100 ผืนขึ้นไปส่งฟรีค่ะ",
            ),
        ),
        needs=(
            need(
                "ขอแนะนำโรงงานรับเหมาตัดเย็บหน่อยค่ะ ช่วงนี้ออเดอร์จากโรงพยาบาลเข้ามาเยอะ เย็บไม่ทัน "
                "ประมาณ 1,000 ผืน เราส่งผ้าที่ตัดแล้วไปให้",
                "sewing_service",
            ),
        ),
    ),
    sme(
        86,
        "กลุ่มแม่บ้านเย็บผ้ายางตลาด",
        (AGE_I, DOWN, "Kalasin", "th"),
        "yangtalat.sewing@example.co.th",
        offers=(
            offer(
                "patient_transfer_sheet",
                "กลุ่มแม่บ้านขอแนะนำผ้ายกตัวผู้ป่วยค่ะ ทำจากผ้าใบหนาเย็บสองชั้น มีหูจับ 6 จุด ใช้ยกผู้ป่วยจากเตียงไปรถเข็น ราคาเป็นกันเอง",
            ),
            offer(
                "sewing_service",
                "นอกจากนี้กลุ่มรับจ้างเย็บทั่วไปด้วยนะคะ มีจักรอุตสาหกรรม 12 ตัว ลูกค้าส่งผ้ามา เราเย็บตามแบบ งานผ้าปู ผ้ารอง เสื้อ กระเป๋า",
            ),
        ),
        needs=(
            unmet(
                "customers",
                "อยากได้ช่องทางขายเข้าโรงพยาบาลในภาคอีสานค่ะ ใครพอรู้จักฝ่ายจัดซื้อ ช่วยแนะนำให้หน่อยนะคะ",
            ),
        ),
    ),
    sme(
        87,
        "Khon Kaen Silver Age Apparel",
        (AGE_I, DOWN, "Khon Kaen", "en"),
        "wan@silverageapparel.example.com",
        bcg=("bio",),
        offers=(
            offer(
                "adaptive_clothing",
                "We make easy-wear clothing for older people: magnetic closures, wide necklines, side "
                "zips, in soft Isan cotton. Sold through hospitals and pharmacies.",
            ),
        ),
        needs=(
            need(
                "Hi Khun Wan, just back from the silk festival, what a crowd! Anyway, I wanted to "
                "ask: we need handwoven cotton dyed with natural indigo, soft hand, 300 m for the "
                "cool-season range.",
                "cotton_cloth_natural_dyed",
            ),
            need(
                "Could someone recommend a shop that can embroider small name labels on garments "
                "(care-home residents' names)? 300 pieces a month.",
                "embroidery_service",
            ),
        ),
    ),
    sme(
        88,
        "ริมโขงรีสอร์ทแอนด์สปา",
        (AGE_I, DOWN, "Nong Khai", "th"),
        "rimkhong.resort@example.co.th",
        needs=(
            need(
                "สวัสดีค่ะ รีสอร์ทกำลังจะเปลี่ยนชุดพนักงานทั้งหมด 70 คน อยากได้ชุดที่ดูเป็นผ้าพื้นเมืองอีสาน "
                "ทั้งฝ่ายต้อนรับและพนักงานสปา ใครรับตัดชุดยูนิฟอร์มช่วยติดต่อด้วยค่ะ",
                "staff_uniforms",
            ),
            need(
                "ผ้าขนหนูสระว่ายน้ำ 150 ผืน กับเสื้อคลุมอาบน้ำ 50 ตัวค่ะ",
                "towels_robes",
            ),
            need(
                "สุดท้ายค่ะ ลูกประคบสำหรับสปา เดือนละ 200 ลูก ส่งทุกต้นเดือน",
                "herbal_compress",
            ),
        ),
    ),
    sme(
        89,
        "ผ้าขนหนูโคราชเท็กซ์",
        (AGE_I, DOWN, "Nakhon Ratchasima", "th"),
        "korattex.towel@example.co.th",
        offers=(
            offer(
                "towels_robes",
                "ผลิตผ้าขนหนูทุกขนาด ผ้าเช็ดหน้า เช็ดผม เช็ดตัว และเสื้อคลุมอาบน้ำ สำหรับโรงแรมและสปา ปักชื่อได้ ขั้นต่ำ 100 ผืนครับ",
            ),
        ),
        needs=(
            need(
                "ลูกค้าโรงแรมรายใหญ่ขอผ้าขนหนูฝ้ายออร์แกนิก ต้องใช้ด้ายที่ได้ GOTS เท่านั้น ต้องการด้ายฝ้ายเบอร์ 16 ประมาณ 2 ตันครับ",
                "cotton_yarn_organic",
                certs=("GOTS",),
            ),
            need(
                "อีกสูตรหนึ่งคือผ้าเช็ดมือจากด้ายฝ้ายรีไซเคิล สีเทาหรือสีครีม อยากได้ด้ายเบอร์ 10-12 เดือนละ 1 ตัน",
                "recycled_cotton_yarn",
            ),
        ),
    ),
    sme(
        90,
        "Isan Tailor Works",
        (AGE_I, DOWN, "Udon Thani", "en"),
        "orders@isantailor.example.com",
        offers=(
            offer(
                "staff_uniforms",
                "Isan Tailor Works cuts and sews uniforms with local character, mudmee and khit "
                "panels on tunics for hotels, spas and restaurants.",
            ),
        ),
        needs=(
            need(
                "Need: handwoven cotton with natural dyes, about 150 m a month, for the trim panels. "
                "Indigo is our most popular shade.",
                "cotton_cloth_natural_dyed",
            ),
        ),
    ),
    sme(
        91,
        "Chachoengsao Towel Co.",
        (AGE_C, DOWN, "Chachoengsao", "en"),
        "sales@paetriutowel.example.com",
        certs=("Thai Green Label", "OEKO-TEX Standard 100"),
        bcg=("green", "circular"),
        offers=(
            offer(
                "towels_robes",
                "Hotel and spa towels, bath mats and waffle robes, Thai Green Label certified. Logo "
                "embroidery done in-house on our own orders.",
            ),
        ),
        needs=(
            need(
                "Looking for recycled cotton yarn, Ne 8 to 12, for a new line of kitchen towels.",
                "recycled_cotton_yarn",
            ),
            need(
                "Closed-loop idea: we'd like someone to shred our loom and hemming waste on commission "
                "and send the fibre back to us for stuffing bath mats.",
                "shredding_service",
            ),
        ),
    ),
    sme(
        92,
        "บ้านฝ้ายน้อย เสื้อผ้าเด็กอ่อน",
        (HEMP, DOWN, "Chiang Mai", "th"),
        "baanfainoi.baby@example.co.th",
        certs=("OEKO-TEX Standard 100",),
        bcg=("bio",),
        offers=(
            offer(
                "baby_clothes",
                "เสื้อผ้าเด็กอ่อนผ้าฝ้ายออร์แกนิก ชุดบอดี้สูท ผ้าห่อตัว หมวก ถุงมือ ผ้านุ่มมาก ผ่านโอเคเท็กซ์ ขายส่งร้านแม่และเด็กค่ะ 👶",
            ),
        ),
        needs=(
            need(
                "หาด้ายฝ้ายออร์แกนิกเบอร์ 30 ค่ะ ไม่ต้องมี GOTS ก็ได้ ขอให้เป็นฝ้ายปลูกแบบอินทรีย์จริง เดือนละ 200 กก.",
                "cotton_yarn_organic",
            ),
            need(
                "แล้วก็หาโรงถักรับจ้างถักผ้ายืดจากด้ายที่เราซื้อเองค่ะ ผ้าริบกับผ้าซิงเกิ้ลเจอร์ซีย์",
                "knitting_service",
            ),
        ),
    ),
    sme(
        93,
        "ชุดเด็กผ้าครามพังโคน",
        (HEMP, DOWN, "Sakon Nakhon", "th"),
        "phangkhon.kids@example.co.th",
        bcg=("bio",),
        offers=(
            offer(
                "baby_clothes",
                "ชุดเด็กเล็กผ้าฝ้ายย้อมคราม ตัดเย็บมือ กางเกงเอวยาง เสื้อผูกหน้า สำหรับ 0-3 ขวบ เนื้อผ้านุ่ม ใส่สบายค่ะ",
            ),
        ),
        needs=(
            need(
                "ขอซื้อผ้าฝ้ายทอมือย้อมครามเนื้อบางนุ่มๆ สำหรับตัดชุดเด็ก ประมาณ 100 เมตรค่ะ",
                "cotton_cloth_natural_dyed",
            ),
        ),
    ),
    sme(
        94,
        "Little Sprout Baby Boutique",
        (HEMP, DOWN, "Bangkok", "en"),
        "buyer@littlesprout.example.com",
        needs=(
            need(
                "Hello! We're a baby boutique in Ari. Parents ask a lot about skin safety, so we only "
                "list babywear with OEKO-TEX Standard 100 labels. Looking for Thai-made bodysuits "
                "and swaddles, 300 pcs to start.",
                "baby_clothes",
                certs=("OEKO-TEX Standard 100",),
            ),
        ),
    ),
    sme(
        95,
        "Siam Craft Floor Buying Office",
        (HEMP, DOWN, "Bangkok", "en"),
        "craftfloor@siamcraft.example.com",
        needs=(
            need(
                "Dear vendors, our Thai crafts floor is refreshing its gift section for New Year. "
                "First we want handmade silk scarves, 20 designs, 30 of each.",
                "silk_scarf",
            ),
            need(
                "For the same corner: hemp bags dyed with indigo, totes and shoulder bags, 150 pieces in total.",
                "hemp_bag_indigo",
            ),
            need(
                "And finally a small range of bags made from textile waste, upcycled, about 100 pieces.",
                "upcycled_bags",
            ),
        ),
    ),
    sme(
        96,
        "Slow Cloth Label",
        (HEMP, DOWN, "Bangkok", "en"),
        "studio@slowcloth.example.com",
        bcg=("bio",),
        needs=(
            need(
                "We're a small slow-fashion label. For our summer shirts we need hemp fabric that is "
                "already dyed with natural indigo, around 120 m. We don't want to handle any dyeing "
                "ourselves this time.",
                "hemp_cloth_indigo",
            ),
        ),
    ),
)

# ------------------------------------------------------------------ links


def qualifies(supplier: Sme, wanted: Need) -> bool:
    """The supplier has an offer that meets the need and every certification it requires."""
    labels = {o.label for o in supplier.offers}
    return bool(labels & set(wanted.meets)) and set(wanted.certs) <= set(supplier.certifications)


def derive_links(smes: tuple[Sme, ...]) -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in smes
        for wanted in buyer.needs
        for supplier in smes
        if supplier.id != buyer.id and qualifies(supplier, wanted)
    }
    return sorted(pairs)


# ------------------------------------------------------------------ checks

THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z]")
THAI_ANY = re.compile("[\u0e00-\u0e7f]")
ID_FORM = re.compile(r"^bms-\d{3}$")
EMAIL_FORM = re.compile(r"^[a-z0-9][a-z0-9.\-]*@(?:[a-z0-9\-]+\.)?example\.(?:com|co\.th)$")


def thai_share(text: str) -> float:
    thai = len(THAI_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai / (thai + latin) if thai + latin else 0.0


def check(smes: tuple[Sme, ...], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    sub_clusters = {s.value for s in taxonomy.SubCluster}
    stages = {s.value for s in taxonomy.Stage}
    bcg_tags = {b.value for b in taxonomy.BcgTag}
    canonical_certs = {c.name for c in taxonomy.CERTIFICATIONS}

    for position, s in enumerate(smes, start=1):
        where = s.id
        if s.id != f"bms-{position:03d}" or not ID_FORM.match(s.id):
            errors.append(f"{where}: id out of sequence")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if s.sub_cluster not in sub_clusters:
            errors.append(f"{where}: bad sub_cluster {s.sub_cluster}")
        if s.stage not in stages:
            errors.append(f"{where}: bad stage {s.stage}")
        province = taxonomy.resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province!r} is not a canonical English name")
        if s.language not in taxonomy.LANGUAGES:
            errors.append(f"{where}: bad language {s.language}")
        if not EMAIL_FORM.match(s.email):
            errors.append(f"{where}: bad email {s.email}")
        for cert in s.certifications:
            if cert not in canonical_certs or taxonomy.resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(s.certifications)) != len(s.certifications):
            errors.append(f"{where}: repeated certification")
        for tag in s.bcg:
            if tag not in bcg_tags:
                errors.append(f"{where}: bad bcg tag {tag}")
        if len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: repeated bcg tag")

        for o in s.offers:
            if o.label not in LABELS:
                errors.append(f"{where}: unknown offer label {o.label}")
            claimed = taxonomy.find_certifications(o.text)
            if not claimed <= set(s.certifications):
                errors.append(f"{where}: offer claims {sorted(claimed - set(s.certifications))}")
        for n in s.needs:
            named = taxonomy.find_certifications(n.text)
            if named != set(n.certs):
                errors.append(f"{where}: need text names {sorted(named)}, declared {sorted(n.certs)}")
            for cert in n.certs:
                if cert not in canonical_certs:
                    errors.append(f"{where}: need requires unknown certification {cert}")
            if n.meets and n.wants:
                errors.append(f"{where}: a need is both met and unmet")
            if not n.meets and n.wants not in UNMET:
                errors.append(f"{where}: unmet need without a known 'wants'")
            for label in n.meets:
                if label not in LABELS:
                    errors.append(f"{where}: need lists unknown label {label}")
                elif not any(x.id != s.id and label in {o.label for o in x.offers} for x in smes):
                    errors.append(f"{where}: label {label} is offered by nobody else")
            if n.meets and not any(x.id != s.id and qualifies(x, n) for x in smes):
                errors.append(f"{where}: met need has no supplier once certifications count")

        texts = [o.text for o in s.offers] + [n.text for n in s.needs]
        if s.language == "th":
            for text in texts:
                if thai_share(text) < 0.6:
                    errors.append(f"{where}: Thai text under 60% Thai letters: {text[:40]}")
        else:
            for field in (s.name, s.email, *texts):
                if THAI_ANY.search(field):
                    errors.append(f"{where}: Thai script in an English profile: {field[:40]}")

    ids = [s.id for s in smes]
    emails = [s.email for s in smes]
    names = [s.name for s in smes]
    for what, values in (("id", ids), ("email", emails), ("name", names)):
        for value, count in Counter(values).items():
            if count > 1:
                errors.append(f"duplicate {what}: {value}")
    all_texts = [o.text for s in smes for o in s.offers] + [n.text for s in smes for n in s.needs]
    for value, count in Counter(all_texts).items():
        if count > 1:
            errors.append(f"duplicate text: {value[:40]}")

    offered = {o.label for s in smes for o in s.offers}
    for label in LABELS:
        if label not in offered:
            errors.append(f"label {label} is offered by nobody")
    for s in smes:
        for n in s.needs:
            if not n.meets and n.wants in offered:
                errors.append(f"{s.id}: unmet need asks for something offered ({n.wants})")
    if set(UNMET) & set(LABELS):
        errors.append("an unmet 'wants' is also an offer label")

    partners = {sid for pair in links for sid in pair}
    for s in smes:
        if s.id not in partners:
            errors.append(f"{s.id}: no true partner")
    if any(a == b for a, b in links):
        errors.append("a link pairs an SME with itself")

    # Shape of the set.
    by_id = {s.id: s for s in smes}
    if not 90 <= len(smes) <= 100:
        errors.append(f"{len(smes)} profiles, expected 90-100")
    th_share = sum(s.language == "th" for s in smes) / len(smes)
    if not 0.5 <= th_share <= 0.6:
        errors.append(f"Thai share {th_share:.2f}, expected about 0.55")
    if {s.sub_cluster for s in smes} != sub_clusters:
        errors.append("not every sub-cluster is present")
    if {s.stage for s in smes} != stages:
        errors.append("not every stage is present")
    regions = {taxonomy.resolve_province(s.province).region.value for s in smes}
    if regions != {r.value for r in taxonomy.Region}:
        errors.append(f"regions present: {sorted(regions)}")
    if not 140 <= len(links) <= 180:
        errors.append(f"{len(links)} links, expected 140-180")
    cross = sum(by_id[a].language != by_id[b].language for a, b in links)
    if links and not 0.4 <= cross / len(links) <= 0.6:
        errors.append(f"cross-language share {cross / len(links):.2f}, expected about half")
    if not any(len(s.offers) > 1 for s in smes) or not any(len(s.needs) > 1 for s in smes):
        errors.append("no SME with several offers or several needs")
    if not any(not s.offers for s in smes) or not any(not s.needs for s in smes):
        errors.append("no SME without offers or without needs")
    return errors


# ------------------------------------------------------------------ output


def profile_line(s: Sme) -> str:
    record = {
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


def main() -> int:
    links = derive_links(SMES)
    errors = check(SMES, links)
    if errors:
        for error in errors:
            print("CHECK FAILED:", error, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written.", file=sys.stderr)
        return 1

    profiles = "".join(profile_line(s) + "\n" for s in SMES)
    links_csv = "supplier_id,buyer_id\n" + "".join(f"{a},{b}\n" for a, b in links)
    (HERE / "profiles.jsonl").write_bytes(profiles.encode("utf-8"))
    (HERE / "links.csv").write_bytes(links_csv.encode("utf-8"))

    by_id = {s.id: s for s in SMES}
    needs = [n for s in SMES for n in s.needs]
    cross = sum(by_id[a].language != by_id[b].language for a, b in links)
    th = sum(s.language == "th" for s in SMES)
    print(f"profiles            {len(SMES)} (th {th}, en {len(SMES) - th})")
    print(f"offers              {sum(len(s.offers) for s in SMES)}")
    print(f"needs               {len(needs)} (met {sum(bool(n.meets) for n in needs)}, ", end="")
    print(f"unmet {sum(not n.meets for n in needs)}, with certification {sum(bool(n.certs) for n in needs)})")
    print(f"links               {len(links)} (cross-language {cross})")
    for key in ("sub_cluster", "stage"):
        counts = Counter(getattr(s, key) for s in SMES)
        print(f"{key:<20}" + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    regions = Counter(taxonomy.resolve_province(s.province).region.value for s in SMES)
    print("regions             " + ", ".join(f"{k} {v}" for k, v in sorted(regions.items())))
    print(f"no offers           {sum(not s.offers for s in SMES)}")
    print(f"no needs            {sum(not s.needs for s in SMES)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
