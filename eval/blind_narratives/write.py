"""Held-out labelled cluster "blind_narratives": narrative and code-switched profiles.

Standard library only (plus the project's own stdlib-only shared.taxonomy for the
allowed enum values and certification names). Deterministic.

    python3 eval/blind_narratives/write.py

writes profiles.jsonl (cluster JSONL v1) and links.csv (supplier_id,buyer_id)
next to this file, after validating everything it can.

Labels (what each offer IS, which offers meet each need) live only here; the
profiles carry only free text.
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

from shared import taxonomy as tx  # noqa: E402  (stdlib-only project module)


@dataclass(frozen=True)
class Need:
    text: str
    meets: tuple[str, ...] = ()  # offer labels that meet this need
    certs: tuple[str, ...] = ()  # certifications the need requires (named in its text)
    wants: str | None = None  # for unmet needs: what is sought (no one may offer it)


def N(text: str, *meets: str, certs: tuple[str, ...] = (), wants: str | None = None) -> Need:
    return Need(text, tuple(meets), tuple(certs), wants)


@dataclass
class Sme:
    num: int
    name: str
    sub: str
    stage: str
    prov: str
    lang: str
    email: str
    certs: list[str] = field(default_factory=list)
    bcg: list[str] = field(default_factory=list)
    offers: list[tuple[str, str]] = field(default_factory=list)  # (label, text)
    needs: list[Need] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"bnr-{self.num:03d}"


HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
AGC = "ageing_lifestyle_central"
AGI = "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"

# Wants of needs that no one in the cluster meets: markets, money, training, machines, and
# trade goods nobody here makes.
NON_TRADE = {"export buyers", "domestic customers", "funding", "training", "machinery", "workers"}

SMES: list[Sme] = [
    # ------------------------------------------------------------ hemp & natural fibre, north
    Sme(1, "กลุ่มวิสาหกิจชุมชนแม่บ้านกัญชงบ้านแม่สา", HEMP, UP, "Chiang Mai", "th", "maesa.hemp@example.co.th",
        bcg=["bio"],
        offers=[("hemp bast fibre",
                 "กลุ่มเราเริ่มจากแม่ๆ ในหมู่บ้านที่ปลูกกัญชงไว้ใช้เอง ตอนนี้ลอกเปลือกแล้วขายเป็นเส้นใยดิบให้โรงงานได้ปีละ 2 ตัน "
                 "เปลือกตากแดดจนแห้งดี มัดเป็นฟ่อนละ 5 กิโล")],
        needs=[N("อยากหาคนซื้อจากต่างประเทศที่รับซื้อต่อเนื่องทุกปี เพราะตอนนี้ขายได้แค่ในจังหวัด", wants="export buyers"),
               N("ยังลอกเปลือกด้วยมือกันอยู่ เลยมองหาเครื่องลอกเปลือกแบบเล็กที่ชาวบ้านใช้เองได้", wants="machinery")]),
    Sme(2, "Doi Hemp Growers Partnership", HEMP, UP, "Tak", "en", "hello@doihemp.example.com",
        certs=["Organic Thailand"], bcg=["bio", "green"],
        offers=[("hemp bast fibre",
                 "We are eleven Hmong families on the ridge above Mae Sot. After the monsoon harvest we ret the stalks in the "
                 "stream, strip the bark by hand and sell the long bast strands, dried and bundled, to anyone who spins. "
                 "Fields are certified Organic Thailand.")],
        needs=[]),
    Sme(3, "ร้านด้ายกัญชงป้าจันทร์", HEMP, MID, "Chiang Rai", "th", "pachan.yarn@example.co.th",
        offers=[("hemp yarn",
                 "ป้าจันทร์กับหลานๆ ต่อเส้นใยกัญชงด้วยมือแล้วปั่นเป็นด้ายเส้นเล็กเส้นใหญ่ตามสั่ง ฟอกขี้เถ้าจนนุ่ม "
                 "ส่งเป็นไจขายให้คนทอผ้าทั่วภาคเหนือ")],
        needs=[N("ต้องการเปลือกกัญชงที่ลอกแล้ว ตากแห้ง เอามาแยกเป็นเส้นต่อเองได้ เดือนละประมาณ 100 กิโล", "hemp bast fibre")]),
    Sme(4, "Ban Rai Loom Studio", HEMP, MID, "Chiang Mai", "en", "studio@banrailoom.example.com",
        bcg=["bio"],
        offers=[("hand-woven hemp fabric",
                 "Our four backstrap and frame looms turn out hemp cloth in 40 cm widths, plain or with a little khit "
                 "pattern at the edge. Most of it goes to designers in Bangkok who want the uneven, grassy hand of real hemp.")],
        needs=[N("Hand-spun hemp thread in skeins, ash-softened if possible, roughly 30 kg a month", "hemp yarn"),
               N("Yarns that blend pineapple or banana fibre with cotton, for a lighter summer cloth", "blended natural fibre yarn"),
               N("A partner to sell our cloth in Japan and Europe", wants="export buyers")]),
    Sme(5, "แบรนด์เสื้อกัญชง ฮอมฮัก", HEMP, DOWN, "Chiang Mai", "th", "homhak.shirt@example.co.th",
        offers=[("hemp shirt",
                 "เสื้อเชิ้ตผ้ากัญชงทอมือ ตัดทรงหลวมใส่สบาย บางรุ่นย้อมห้อมสีน้ำเงินเข้ม ขายหน้าร้านที่นิมมานและส่งออนไลน์ "
                 "มีไซส์ S ถึง XXL")],
        needs=[N("หาผ้ากัญชงทอมือหน้าแคบที่เนื้อสม่ำเสมอ เอามาตัดเสื้อ เดือนละ 200 หลา", "hand-woven hemp fabric"),
               N("อยากได้ร้านรับย้อมครามหรือห้อมแบบจ้างย้อม เราส่งผ้าไปให้แล้วรับกลับมาเป็นสีน้ำเงิน", "contract indigo dyeing")]),
    Sme(6, "Siam Hemp & Home Export Co., Ltd.", HEMP, DOWN, "Bangkok", "en", "sourcing@siamhemphome.example.com",
        offers=[("hemp cushion cover",
                 "Hand-block printed cushion covers in natural hemp, 45 x 45 cm, shipped flat-packed to boutiques in "
                 "Australia and Germany.")],
        needs=[N("Handloom hemp yardage from hill-tribe weavers, natural colour, for our printing table", "hand-woven hemp fabric"),
               N("Investors or a soft loan to open a showroom in Melbourne", wants="funding")]),
    Sme(7, "กลุ่มทอผ้าใยกัญชงม้งบ้านน้ำเกาะ", HEMP, MID, "Nan", "th", "namkor.hmong@example.co.th",
        bcg=["bio"],
        offers=[("hand-woven hemp fabric",
                 "ผ้าใยกัญชงทอด้วยกี่เอวแบบม้ง หน้ากว้างราว 35 เซนติเมตร บางผืนเขียนเทียนลายดั้งเดิมก่อนย้อม "
                 "ผู้หญิงในหมู่บ้านทอกันหลังฤดูเก็บเกี่ยว")],
        needs=[N("ด้ายกัญชงปั่นมือสำเร็จรูปเป็นไจ เพราะคนรุ่นใหม่ไม่มีเวลาต่อเส้นเองแล้ว", "hemp yarn"),
               N("ขี้ผึ้งแท้สำหรับเขียนเทียน ปีละประมาณ 50 กิโล", wants="beeswax")]),
    # ------------------------------------------------------------ indigo (ห้อม / คราม)
    Sme(8, "สวนห้อมลุงแก้ว", HEMP, UP, "Phrae", "th", "lungkaew.hom@example.co.th",
        bcg=["bio"],
        offers=[("natural indigo dye paste",
                 "ลุงปลูกต้นห้อมไว้ใต้ร่มไม้ข้างบ้านมายี่สิบปี แช่ใบกับปูนจนได้เนื้อห้อมเปียกสีน้ำเงินเข้ม "
                 "ขายเป็นถังให้ร้านย้อมผ้าหม้อห้อมในเมืองแพร่")],
        needs=[N("อยากให้มีคนช่วยทำตลาดออนไลน์ หาลูกค้าใหม่นอกจังหวัด", wants="domestic customers")]),
    Sme(9, "วิสาหกิจชุมชนครามบ้านดอนกอย", HEMP, UP, "Sakon Nakhon", "th", "donkoi.indigo@example.co.th",
        certs=["Organic Thailand"], bcg=["bio", "green"],
        offers=[("natural indigo dye paste",
                 "เนื้อครามสกลนครจากต้นครามที่ปลูกในแปลงได้มาตรฐานเกษตรอินทรีย์ หมักเองในโอ่ง ส่งเป็นถุงละ 1 กิโล "
                 "ทั้งให้ช่างย้อมในภาคอีสานและส่งไปต่างจังหวัด")],
        needs=[]),
    Sme(10, "Sakon Blue Dye House", HEMP, MID, "Sakon Nakhon", "en", "dyehouse@sakonblue.example.com",
        certs=["Organic Thailand"], bcg=["bio"],
        offers=[("contract indigo dyeing",
                 "Bring us your cotton, hemp or silk, by the metre or as finished garments, and we dip it in fermented "
                 "indigo vats until it reaches the shade you sign off. Minimum 20 metres; shades from sky to almost black.")],
        needs=[N("Fermented indigo paste from growers certified Organic Thailand, about 300 kg per season",
                 "natural indigo dye paste", certs=("Organic Thailand",))]),
    Sme(11, "ร้านหม้อห้อมแม่มาลี", HEMP, MID, "Phrae", "th", "maemalee.mohom@example.co.th",
        bcg=["bio"],
        offers=[("contract indigo dyeing",
                 "รับจ้างย้อมห้อมทุกชนิดผ้า ทั้งฝ้าย กัญชง เสื้อสำเร็จ ส่งผ้ามาแล้วได้สีน้ำเงินแบบหม้อห้อมเมืองแพร่แท้ๆ "
                 "ย้อมซ้ำได้ตามความเข้มที่ต้องการ"),
                ("indigo-dyed hand-woven cotton fabric",
                 "มีผ้าฝ้ายทอมือย้อมห้อมเป็นม้วนขายด้วย หน้าผ้า 1 เมตร สีพื้นกับลายมัดย้อม")],
        needs=[N("เนื้อห้อมหรือเนื้อครามเปียก อาทิตย์ละ 20 กิโล ไม่ต้องมีใบรับรองอะไร ขอให้สีขึ้นดี", "natural indigo dye paste"),
               N("ผ้าฝ้ายทอมือเนื้อเรียบไม่มีลาย สีขาวหรือสีอ่อน เอามาย้อมห้อมทับเอง", "hand-woven plain cotton fabric")]),
    Sme(12, "หม้อห้อมทุ่งโฮ้งเชิ้ต", HEMP, DOWN, "Phrae", "th", "thunghong.shirt@example.co.th",
        offers=[("mo hom indigo shirt",
                 "เสื้อหม้อห้อมคอจีนกับเสื้อพื้นเมืองผ่าหน้า ตัดเย็บในครอบครัว ย้อมห้อมแท้ สีตกนิดหน่อยตอนซักครั้งแรก "
                 "ส่งร้านของฝากทั่วภาคเหนือ")],
        needs=[N("ผ้าฝ้ายที่ย้อมห้อมหรือครามมาเรียบร้อยแล้ว เป็นม้วน เอามาตัดเสื้อได้ทันที", "indigo-dyed hand-woven cotton fabric")]),
    Sme(13, "Little Indigo Satchel", HEMP, DOWN, "Chiang Mai", "en", "hi@littleindigo.example.com",
        offers=[("indigo-dyed cotton shoulder bag",
                 "Small indigo-dyed cotton shoulder bags and pouches, sewn by two of us in a shophouse near Wat Ket. "
                 "Each bag is lined and has a coconut-shell button.")],
        needs=[N("Hand-woven cotton already dyed in natural indigo or hom, sold by the roll", "indigo-dyed hand-woven cotton fabric")]),
    Sme(14, "กลุ่มทอผ้าครามบ้านนาดี", HEMP, MID, "Sakon Nakhon", "th", "nadee.khram@example.co.th",
        certs=["OTOP"], bcg=["bio"],
        offers=[("indigo-dyed hand-woven cotton fabric",
                 "ผ้าครามทอมือจากฝ้ายเข็นมือ ย้อมครามธรรมชาติหลายรอบจนได้สีน้ำเงินเข้ม เป็นสินค้าโอทอปของตำบล "
                 "หน้าผ้ากว้างประมาณ 90 เซนติเมตร")],
        needs=[N("เนื้อครามหมักพร้อมใช้ เดือนละ 40 กิโล เพราะแปลงครามของกลุ่มเองไม่พอ", "natural indigo dye paste"),
               N("ฝ้ายเข็นมือเป็นเข็ด สีขาวหรือสีตุ่น", "handspun cotton yarn")]),
    # ------------------------------------------------------------ cotton, north & north-east
    Sme(15, "กลุ่มฝ้ายเข็นมือบ้านนาอ้อ", HEMP, UP, "Loei", "th", "naor.cotton@example.co.th",
        bcg=["bio"],
        offers=[("handspun cotton yarn",
                 "ยายๆ ในหมู่บ้านปลูกฝ้ายพื้นเมืองไว้ตามหัวไร่ปลายนา เก็บมาอีดเมล็ด ดีดฝ้าย แล้วเข็นเป็นเส้นด้วยหลา "
                 "ได้ฝ้ายเข็นมือเส้นไม่เท่ากันแบบที่คนทอชอบ")],
        needs=[N("เมล็ดพันธุ์ฝ้ายพื้นเมืองสีตุ่นกับสีขาว อยากได้ไปแจกสมาชิกปลูกเพิ่ม", wants="cotton seed")]),
    Sme(16, "Nan Organic Cotton Farmers", HEMP, UP, "Nan", "en", "farm@nanorganiccotton.example.com",
        certs=["Organic Thailand"], bcg=["bio", "green"],
        offers=[("organic cotton lint",
                 "Ginned organic cotton lint from 60 rai of rain-fed fields along the Nan river, certified Organic Thailand "
                 "since 2021. Pressed in 50 kg bales, about 8 tonnes after each harvest.")],
        needs=[N("A grant or low-interest loan to build a small ginning shed of our own", wants="funding")]),
    Sme(17, "บริษัท ด้ายฝ้ายอินทรีย์ล้านนา จำกัด", HEMP, MID, "Chiang Mai", "th", "sales@lannaorganicyarn.example.co.th",
        certs=["GOTS", "OEKO-TEX Standard 100"], bcg=["bio"],
        offers=[("organic cotton yarn",
                 "โรงปั่นด้ายเล็กๆ ของเราปั่นด้ายคอตตอนออร์แกนิคเบอร์ 20 ถึง 40 ได้รับรอง GOTS ทั้งโรงงาน "
                 "ขายเป็นกรวยให้โรงถักและโรงทอ")],
        needs=[N("ปุยฝ้ายอินทรีย์ที่ได้รับรองมาตรฐานเกษตรอินทรีย์ ปีละ 10 ตันขึ้นไป เพื่อให้ต่อใบรับรองได้",
                 "organic cotton lint", certs=("Organic Thailand",))]),
    Sme(18, "Gentle Knit Mill Co., Ltd.", HEMP, MID, "Samut Sakhon", "en", "knit@gentleknit.example.com",
        certs=["GOTS", "OEKO-TEX Standard 100"],
        offers=[("organic cotton jersey fabric",
                 "Circular-knit single jersey and interlock in organic cotton, 160 to 220 gsm, sold by the kilo and "
                 "certified GOTS and OEKO-TEX. Soft enough for newborn wear.")],
        needs=[N("Combed organic cotton yarn Ne 30/1 in cones, GOTS-certified so our own certificate holds, 5 tonnes a month",
                 "organic cotton yarn", certs=("GOTS",))]),
    Sme(19, "โรงปั่นด้ายลำพูนคอตตอน", HEMP, MID, "Lamphun", "th", "lamphun.cotton@example.co.th",
        offers=[("organic cotton yarn",
                 "ด้ายฝ้ายปั่นจากฝ้ายที่ชาวบ้านปลูกแบบไม่ใช้สารเคมี ขายเป็นด้าย organic cotton ราคาย่อมเยา "
                 "ยังไม่ได้ขอใบรับรองใดๆ"),
                ("conventional cotton yarn",
                 "ด้ายคอตตอนธรรมดาเบอร์ 20 และ 32 ปั่นด้วยเครื่อง สีขาวดิบ ส่งโรงทอผ้าขาวม้าและโรงทอผ้าปูที่นอน")],
        needs=[N("ปุยฝ้ายที่ปลูกแบบอินทรีย์ จะมีใบรับรองหรือไม่ก็ได้ ขอให้ไม่ปนเปื้อน", "organic cotton lint")]),
    Sme(20, "บ้านเบบี้ฝ้ายหอม", HEMP, DOWN, "Bangkok", "th", "babyfaihom@example.co.th",
        certs=["GOTS"],
        offers=[("organic cotton baby clothes",
                 "ชุดเด็กอ่อนผ้าคอตตอนออร์แกนิค บอดี้สูท ผ้าห่อตัว หมวก ถุงมือ ตัดเย็บเองในกรุงเทพ "
                 "ใส่แล้วไม่ระคายผิวลูกน้อย")],
        needs=[N("ผ้าถักออร์แกนิคคอตตอนเนื้อนุ่มแบบ single jersey ที่ผ่านการรับรอง GOTS เดือนละ 300 กิโล",
                 "organic cotton jersey fabric", certs=("GOTS",))]),
    Sme(21, "Slow Living Concept Store", HEMP, DOWN, "Bangkok", "en", "buying@slowliving.example.com",
        offers=[],
        needs=[N("Organic cotton clothes for babies and toddlers, to stock beside our wooden toys", "organic cotton baby clothes"),
               N("Hemp shirts and other hemp menswear for the rainy-season collection", "hemp shirt"),
               N("Small natural-indigo bags and pouches for the gift wall", "indigo-dyed cotton shoulder bag"),
               N("Mudmee silk scarves for our Isan craft corner", "mudmee silk scarf")]),
    # ------------------------------------------------------------ silk, Isan
    Sme(22, "กลุ่มหม่อนไหมบ้านโนนสะอาด", AGI, UP, "Chaiyaphum", "th", "nonsaard.silk@example.co.th",
        bcg=["bio"],
        offers=[("silk yarn",
                 "สมัยก่อนทุกบ้านเลี้ยงไหมไว้ทอใส่เอง พอลูกหลานไปทำงานในเมือง ยายๆ ก็รวมกลุ่มกันปลูกหม่อนต่อ "
                 "ตอนนี้เลี้ยงไหมพันธุ์พื้นบ้านสีเหลืองเองทั้งหมู่บ้าน สาวไหมด้วยมือเป็นเส้นไหมน้อยกับไหมลืบ "
                 "ฟอกแล้วขายเป็นไจให้กลุ่มทอในชัยภูมิและขอนแก่น ปีหนึ่งได้ราวร้อยกิโล")],
        needs=[N("กิ่งพันธุ์หม่อนสำหรับปลูกเลี้ยงไหม ต้นละไม่เกิน 5 บาท", wants="mulberry saplings")]),
    Sme(23, "กลุ่มทอผ้าไหมมัดหมี่บ้านเขว้า", AGI, MID, "Chaiyaphum", "th", "khwao.mudmee@example.co.th",
        certs=["Thai Silk Peacock Emblem", "OTOP"],
        offers=[("mudmee silk fabric",
                 "ผ้าไหมมัดหมี่ทอมือ ลายโบราณที่แม่เฒ่าสอน ได้ตรานกยูงพระราชทานสีทอง ทอเป็นผืนยาว 4 เมตร "
                 "สำหรับตัดชุด")],
        needs=[N("เส้นไหมพื้นบ้านสาวมือ ทั้งไหมน้อยสำหรับเส้นพุ่งและไหมลืบ เดือนละ 15 กิโล", "silk yarn")]),
    Sme(24, "ไหมสุรินทร์เรือนแม่บุญ", AGI, MID, "Surin", "th", "maeboon.silk@example.co.th",
        offers=[("mudmee silk fabric",
                 "แม่บุญทอผ้าไหมมัดหมี่ลายสุรินทร์ทุกวัน ใช้สีย้อมธรรมชาติจากเปลือกไม้และครั่ง ผืนละ 2 เมตรครึ่ง "
                 "ทอได้เดือนละหกเจ็ดผืน")],
        needs=[N("เส้นไหมดิบสาวมือ สีเหลืองพื้นบ้าน ราคาไม่แพง", "silk yarn")]),
    Sme(25, "Maison Khram Bangkok", AGC, DOWN, "Bangkok", "en", "atelier@maisonkhram.example.com",
        offers=[("tailored silk jacket",
                 "Tailored jackets and wrap dresses cut from mudmee silk, made to measure in our Thonglor atelier.")],
        needs=[N("Mudmee silk yardage carrying the Royal Thai Silk Peacock Emblem, gold or silver grade, 40 lengths a year",
                 "mudmee silk fabric", certs=("Thai Silk Peacock Emblem",)),
               N("Export buyers or agents for our ready-to-wear in Paris", wants="export buyers")]),
    Sme(26, "ร้านผ้าพันคอไหมมัดหมี่คุณนิด", AGI, DOWN, "Khon Kaen", "th", "khunnid.scarf@example.co.th",
        offers=[("mudmee silk scarf",
                 "ผ้าพันคอไหมมัดหมี่ ดีไซน์ลายเองให้ทันสมัยขึ้น ขนาด 50 x 180 เซนติเมตร เย็บริมมือ มีกล่องของขวัญ ขายหน้าร้านในขอนแก่นกับงานแฟร์")],
        needs=[N("ผ้าไหมมัดหมี่ทอมือเป็นผืนยาว เอามาตัดทำผ้าพันคอ ลายเล็กสีสด", "mudmee silk fabric")]),
    Sme(27, "กลุ่มทอผ้าแพรวาบ้านโพน", AGI, MID, "Kalasin", "th", "banphon.praewa@example.co.th",
        certs=["OTOP"],
        offers=[("phrae wa silk shawl",
                 "ผ้าแพรวาไหมทอมือแบบผู้ไทบ้านโพน เก็บขิดทีละเส้นด้วยมือ เป็นผ้าสไบยาว 2 เมตร ลายดอกแก้ว ลายนาค "
                 "ใช้คล้องไหล่ได้ทันที")],
        needs=[N("ไหมเส้นเล็กสำหรับเส้นยืน ต้องเป็นไหมไทยสาวมือ เดือนละ 5 กิโล", "silk yarn")]),
    Sme(28, "Riverside Heritage Hotels Group", AGC, DOWN, "Bangkok", "en", "procurement@riversideheritage.example.com",
        offers=[],
        needs=[N("Phrae wa shawls to present to VIP guests on arrival, about 200 pieces a year", "phrae wa silk shawl"),
               N("Chequered pha khao ma cloths for the spa, used as wraps and sarongs", "pha khao ma cloth"),
               N("Wide-width cotton sheeting, 280 cm, for guest-room sheets and duvet covers", "wide cotton sheeting fabric"),
               N("Hand-made Lanna tung flags to decorate the lobby during Songkran", "tung Lanna flag")]),
    Sme(29, "กลุ่มทอผ้าขาวม้าบ้านหนองบัว", AGI, MID, "Roi Et", "th", "nongbua.khaoma@example.co.th",
        offers=[("pha khao ma cloth",
                 "ผ้าขาวม้าทอมือลายตาหมากรุกร้อยเอ็ด สีสดไม่ตก ผืนละ 90 x 180 เซนติเมตร ใช้ได้ทั้งนุ่ง โพกหัว "
                 "หรือเอาไปทำของที่ระลึก")],
        needs=[N("ด้ายฝ้ายปั่นเครื่องสีขาวดิบ เบอร์ 20 สำหรับทอผ้าขาวม้า เดือนละ 200 กิโล",
                 "conventional cotton yarn", "organic cotton yarn")]),
    Sme(30, "Andaman Wellness Spa Resort", AGC, DOWN, "Phuket", "en", "spa@andamanwellness.example.com",
        offers=[],
        needs=[N("Pha khao ma loincloths for treatment rooms, in our own colour if possible", "pha khao ma cloth"),
               N("Reed mats woven from kok grass for the massage sala floors", "reed mat"),
               N("Mud-dyed hand-woven cotton to upholster day beds", "mud-dyed hand-woven cotton fabric")]),
    Sme(31, "กลุ่มผ้าย้อมโคลนบ้านนาคู", AGI, MID, "Kalasin", "th", "nakhu.mud@example.co.th",
        bcg=["bio"],
        offers=[("mud-dyed hand-woven cotton fabric",
                 "ผ้าฝ้ายทอมือย้อมโคลนจากหนองน้ำหลังหมู่บ้าน ได้สีน้ำตาลเทาแบบธรรมชาติ หมักผ้ากับโคลนหนึ่งคืนแล้วตากแดด")],
        needs=[N("ฝ้ายเข็นมือสำหรับทอผ้าย้อมโคลน เดือนละ 30 เข็ด", "handspun cotton yarn")]),
    # ------------------------------------------------------------ other natural fibres
    Sme(32, "Chumphon Banana Fibre Collective", HEMP, UP, "Chumphon", "en", "collective@chumphonbanana.example.com",
        bcg=["bio", "circular"],
        offers=[("banana fibre",
                 "After the bunches are cut, farmers used to leave the banana stems to rot. Now we scrape them into "
                 "creamy banana fibre, sun-dried and combed, about 400 kg a month.")],
        needs=[N("A motorised decorticator to replace hand scraping", wants="machinery")]),
    Sme(33, "กระเป๋าใยกล้วยบ้านสวน", HEMP, DOWN, "Ratchaburi", "th", "bansuan.bag@example.co.th",
        offers=[("banana-fibre bag",
                 "กระเป๋าถือสานจากใยกล้วยแท้ บุซับในด้วยผ้าฝ้าย มีหลายทรง ทั้งทรงถังและทรงคลัตช์ ขายส่งร้านของฝาก")],
        needs=[N("ใยกล้วยแห้งที่ขูดแล้ว เส้นยาว สีสม่ำเสมอ เดือนละ 50 กิโล", "banana fibre"),
               N("ผ้าฝ้ายทอมือเนื้อเรียบสีขาวนวล เอามาบุซับในกระเป๋า", "hand-woven plain cotton fabric")]),
    Sme(34, "Pran Pineapple Leaf Fibre", HEMP, UP, "Prachuap Khiri Khan", "en", "info@pranpineapple.example.com",
        bcg=["bio", "circular"],
        offers=[("pineapple leaf fibre",
                 "Pineapple leaves from the canning farms are decorticated and degummed into fine, silky fibre. We sell "
                 "it washed and dried, in 10 kg bales.")],
        needs=[N("Overseas spinning mills that would buy our fibre by the container", wants="export buyers")]),
    Sme(35, "โรงปั่นใยผสมดอยคำ", HEMP, MID, "Chiang Mai", "th", "doikham.blend@example.co.th",
        bcg=["bio"],
        offers=[("blended natural fibre yarn",
                 "เราปั่นด้ายผสมคอตตอนกับใยสับปะรดและใยกล้วย ได้เส้นด้ายเงาๆ เบาๆ เหมาะกับผ้าทอหน้าร้อน "
                 "มีทั้งสีธรรมชาติและย้อมสีตามสั่ง")],
        needs=[N("ใยสับปะรดที่ผ่านการล้างกาวแล้ว หรือใยกล้วยแห้ง อย่างใดอย่างหนึ่ง เดือนละ 200 กิโล",
                 "pineapple leaf fibre", "banana fibre")]),
    Sme(36, "กลุ่มเสื่อกกบ้านดอนแดง", AGI, DOWN, "Ubon Ratchathani", "th", "dondaeng.mat@example.co.th",
        certs=["OTOP"],
        offers=[("reed mat",
                 "เสื่อกกทอมือลายขิด ย้อมสีธรรมชาติ ปูนอน ปูนวด หรือทำเป็นเสื่อพับพกพา ทำกันทั้งหมู่บ้านหลังฤดูทำนา")],
        needs=[N("ต้นกกแห้งที่ผ่าเป็นเส้นแล้ว เพราะกกในหนองไม่พอทอ", wants="kok reed")]),
    # ------------------------------------------------------------ circular: waste, shredding, recycled yarn
    Sme(37, "ร้านรับซื้อเสื้อผ้าเก่าเจ๊หมวย", CIRC, UP, "Samut Prakan", "th", "jaemuay.used@example.co.th",
        bcg=["circular"],
        offers=[("post-consumer cotton clothing waste",
                 "รับซื้อเสื้อผ้ามือสองที่ขายไม่ได้จากตลาดนัดโรงเกลือ คัดแยกเป็นเสื้อยืดคอตตอนล้วน ตัดกระดุมซิปออก "
                 "อัดเป็นก้อนละ 100 กิโล"),
                ("post-consumer denim waste",
                 "กางเกงยีนส์เก่าก็คัดแยกไว้เป็นกองต่างหาก ขายเป็นกิโล")],
        needs=[N("อยากได้เครื่องอัดก้อนไฮดรอลิกมือสอง", wants="machinery")]),
    Sme(38, "Eastern Cutting Waste Traders", CIRC, UP, "Chonburi", "en", "trade@easterncutting.example.com",
        bcg=["circular"],
        offers=[("pre-consumer cotton cutting waste",
                 "We collect clean cutting-room offcuts from six garment factories around Amata Nakorn, sorted by colour, "
                 "100% cotton only, with a factory declaration for each lot.")],
        needs=[N("New garment factories willing to hand us their offcuts", wants="domestic customers")]),
    Sme(39, "โรงงานตัดเย็บสมุทรสาครการ์เมนท์", CIRC, MID, "Samut Sakhon", "th", "sskgarment@example.co.th",
        certs=["ISO 9001"],
        offers=[("contract garment sewing",
                 "รับจ้างตัดเย็บเสื้อผ้าทุกชนิด ทั้งเสื้อยืด เสื้อโปโล ชุดยูนิฟอร์ม ชุดผู้ป่วย มีจักรกว่า 80 ตัว "
                 "ลูกค้าส่งแพทเทิร์นมาหรือให้เราตีแพทเทิร์นให้ก็ได้ รับออเดอร์ตั้งแต่ 300 ตัวขึ้นไป"),
                ("pre-consumer cotton cutting waste",
                 "เศษผ้าคอตตอนจากโต๊ะตัดเหลือวันละหลายร้อยกิโล แยกสีไว้ให้แล้ว ใครสนใจมารับได้")],
        needs=[N("ช่างเย็บผ้าฝีมือดี 20 คน", wants="workers")]),
    Sme(40, "Rayong Fibre Regeneration Co., Ltd.", CIRC, MID, "Rayong", "en", "regen@rayongfibre.example.com",
        certs=["GRS", "ISO 14001"], bcg=["circular"],
        offers=[("recycled cotton fibre",
                 "Our pulling line opens cotton rags and offcuts back into spinnable fibre, colour-sorted so the yarn "
                 "needs no re-dyeing. GRS certified, 600 tonnes a year.")],
        needs=[N("Cotton textile waste, pre- or post-consumer, 50 tonnes a month",
                 "post-consumer cotton clothing waste", "pre-consumer cotton cutting waste")]),
    Sme(41, "บริษัท นครปฐมรีไซเคิลยาร์น จำกัด", CIRC, MID, "Nakhon Pathom", "th", "npt.recycledyarn@example.co.th",
        certs=["GRS"], bcg=["circular"],
        offers=[("recycled cotton yarn",
                 "ด้ายคอตตอนรีไซเคิลสีเทาเมลานจ์และสีพาสเทล ปั่นจากเศษผ้าที่ถูกตีเป็นเส้นใยใหม่ ได้รับรอง GRS "
                 "เบอร์ 10 ถึง 20")],
        needs=[N("เส้นใยคอตตอนรีไซเคิลที่ตีจากเศษผ้าแล้ว แยกสีมาเรียบร้อย เดือนละ 30 ตัน", "recycled cotton fibre")]),
    Sme(42, "Samut Prakan Open-End Spinning", CIRC, MID, "Samut Prakan", "en", "oe@spspinning.example.com",
        bcg=["circular"],
        offers=[("recycled cotton yarn",
                 "Open-end yarn spun from reclaimed cotton fibre blended with a little virgin cotton, counts Ne 6 to 16, "
                 "ideal for mops, towels and denim weft.")],
        needs=[N("Reclaimed cotton fibre from a pulling or shredding line, any colour", "recycled cotton fibre")]),
    Sme(43, "เสื้อยืดรีไซเคิล รีเลิฟ", CIRC, DOWN, "Bangkok", "th", "relove.tee@example.co.th",
        certs=["GRS"], bcg=["circular"],
        offers=[("recycled cotton T-shirt",
                 "เสื้อยืดคอตตอนรีไซเคิลไม่ต้องย้อมสี สีเทามาจากเศษผ้าเดิม ได้ GRS ทุกล็อต รับสกรีนโลโก้องค์กร")],
        needs=[N("ผ้าถักคอตตอนรีไซเคิลที่มีใบรับรอง GRS สำหรับตัดเสื้อยืด เดือนละ 2 ตัน",
                 "recycled cotton jersey fabric", certs=("GRS",))]),
    Sme(44, "โรงถักสาครนิตติ้ง", CIRC, MID, "Samut Sakhon", "th", "sakhon.knit@example.co.th",
        certs=["GRS"], bcg=["circular"],
        offers=[("recycled cotton jersey fabric",
                 "ถักผ้า single jersey จากด้าย recycled cotton ผสมโพลีเอสเตอร์รีไซเคิล หน้ากว้าง 72 นิ้ว น้ำหนัก 180 แกรม "
                 "ได้ GRS")],
        needs=[N("ด้ายคอตตอนรีไซเคิลที่ได้มาตรฐานรีไซเคิลสากล GRS ต่อเนื่องทุกเดือน",
                 "recycled cotton yarn", certs=("GRS",))]),
    Sme(45, "GreenOffice Merch Co.", CIRC, DOWN, "Bangkok", "en", "orders@greenofficemerch.example.com",
        offers=[],
        needs=[N("Plain recycled-cotton T-shirts for corporate giveaways, 5,000 pieces per quarter", "recycled cotton T-shirt")]),
    Sme(46, "ธนาคารขยะชุมชนบางบัวทอง", CIRC, UP, "Nonthaburi", "th", "bangbuathong.wastebank@example.co.th",
        bcg=["circular"],
        offers=[("PET bottle flakes",
                 "ชาวบ้านเอาขวดน้ำพลาสติกใสมาฝากธนาคารขยะ เราล้าง ลอกฉลาก แล้วบดเป็นเกล็ดพลาสติกใส เดือนละ 3 ตัน")],
        needs=[N("ผู้รับซื้อประจำที่ให้ราคาดีกว่าร้านรับซื้อของเก่า", wants="domestic customers")]),
    Sme(47, "Eastern rPET Yarn Co., Ltd.", CIRC, MID, "Chonburi", "en", "sales@easternrpet.example.com",
        certs=["GRS", "OEKO-TEX Standard 100"], bcg=["circular"],
        offers=[("recycled polyester yarn",
                 "Recycled polyester filament and DTY spun from bottle-grade flakes, 75D to 150D, GRS and OEKO-TEX "
                 "certified. Dope-dyed black available.")],
        needs=[N("Clear, washed PET bottle flakes, label-free, 200 tonnes a month", "PET bottle flakes")]),
    Sme(48, "ห้างหุ้นส่วน แปดริ้วพลาสติกรีไซเคิล", CIRC, UP, "Chachoengsao", "th", "paetriew.plastic@example.co.th",
        bcg=["circular"],
        offers=[("PET bottle flakes",
                 "เกล็ดขวดเพ็ทล้างร้อนสีใส ความชื้นต่ำ บรรจุถุงจัมโบ้ ส่งโรงงานได้ทุกสัปดาห์")],
        needs=[]),
    Sme(49, "ยีนส์เก่าเล่าใหม่", CIRC, DOWN, "Bangkok", "th", "jeansgao@example.co.th",
        bcg=["circular"],
        offers=[("upcycled denim bag",
                 "กระเป๋าผ้ายีนส์อัพไซเคิล เย็บปะต่อจากกางเกงยีนส์เก่า ไม่มีใบไหนเหมือนกัน ขายในงานตลาดนัดกรีน")],
        needs=[N("กางเกงยีนส์เก่าที่คัดแล้ว เอามาตัดทำกระเป๋า เดือนละ 300 ตัว", "post-consumer denim waste")]),
    Sme(50, "ReWear Bangkok Foundation", CIRC, UP, "Bangkok", "en", "donate@rewearbkk.example.com",
        bcg=["circular"],
        offers=[("post-consumer cotton clothing waste",
                 "Donated clothes that are too worn to resell are sorted by volunteers; the cotton tees and sheets go out in "
                 "bales to recyclers."),
                ("post-consumer denim waste",
                 "Worn-out jeans, sorted by wash, sold by the kilo to makers who upcycle denim.")],
        needs=[]),
    Sme(51, "ใยนุ่มรีไซเคิล เชียงใหม่", CIRC, MID, "Chiang Mai", "th", "yainum.recycle@example.co.th",
        bcg=["circular"],
        offers=[("recycled textile filling fibre",
                 "เอาเสื้อผ้าเก่ามาตีเป็นใยฟู ใช้ยัดหมอน เบาะ ตุ๊กตา แทนใยสังเคราะห์ใหม่ บรรจุถุงละ 20 กิโล")],
        needs=[N("เสื้อผ้าคอตตอนใช้แล้วที่คัดมาแล้ว ไม่เปียกชื้น เดือนละ 5 ตัน", "post-consumer cotton clothing waste")]),
    Sme(52, "เบาะรองนั่งผู้สูงวัย บ้านสุขใจ", AGC, DOWN, "Nonthaburi", "th", "baansukjai.cushion@example.co.th",
        bcg=["circular"],
        offers=[("floor cushion",
                 "เบาะรองนั่งพื้นกับหมอนพิงสำหรับผู้สูงอายุ หุ้มผ้าฝ้าย ถอดซักได้ ยัดใยรีไซเคิล นั่งทำสมาธิหรือนั่งดูทีวีได้ทั้งวัน")],
        needs=[N("ใยยัดเบาะที่ทำจากผ้าเก่าตีใหม่ เดือนละ 500 กิโล", "recycled textile filling fibre")]),
    # ------------------------------------------------------------ sportech
    Sme(53, "Aqua Dry Knit Co., Ltd.", SPORT, MID, "Samut Prakan", "en", "sales@aquadryknit.example.com",
        certs=["bluesign", "OEKO-TEX Standard 100"],
        offers=[("quick-dry polyester knit fabric",
                 "Moisture-wicking, quick-dry polyester bird-eye mesh and interlock for running and football shirts, "
                 "bluesign approved dyehouse, 130 to 160 gsm.")],
        needs=[N("Recycled polyester DTY, GRS-certified, 75D/72F, about 40 tonnes a month",
                 "recycled polyester yarn", certs=("GRS",)),
               N("Covered elastane yarn for our stretch mesh line", "spandex yarn")]),
    Sme(54, "บริษัท ระยองสแปนเด็กซ์ จำกัด", SPORT, UP, "Rayong", "th", "rayong.spandex@example.co.th",
        offers=[("spandex yarn",
                 "ผลิตเส้นด้ายสแปนเด็กซ์หุ้มไนลอนและหุ้มโพลีเอสเตอร์ 20D ถึง 70D ยืดหยุ่นดี ใช้ทำผ้ายืดและถุงเท้า")],
        needs=[N("อยากขยายตลาดไปเวียดนาม ต้องการตัวแทนจำหน่ายที่นั่น", wants="export buyers")]),
    Sme(55, "โรงงานผ้ายืดกรุงเทพ", SPORT, MID, "Bangkok", "th", "bkk.stretch@example.co.th",
        offers=[("spandex stretch fabric",
                 "ผ้ายืดสี่ทางสำหรับเลกกิ้ง ชุดว่ายน้ำ ชุดโยคะ ผสมสแปนเด็กซ์ 18 เปอร์เซ็นต์ ผิวเนียน ไม่ย้วยง่าย")],
        needs=[N("เส้นด้าย spandex หุ้มไนลอน เดือนละ 3 ตัน", "spandex yarn"),
               N("ด้ายโพลีเอสเตอร์รีไซเคิลจากขวดพลาสติก เพื่อทำผ้ายืดรุ่นรักษ์โลก", "recycled polyester yarn")]),
    Sme(56, "ซับลิเมชั่นปริ้นท์ มหาชัย", SPORT, MID, "Samut Sakhon", "th", "mahachai.sublimation@example.co.th",
        offers=[("contract sublimation printing",
                 "รับพิมพ์ซับลิเมชั่นลงผ้าโพลีเอสเตอร์เต็มตัว ทั้งเป็นม้วนและเป็นชิ้นตัด สีสด ไม่ลอก ไม่แตก "
                 "ส่งไฟล์ลายมาได้เลย")],
        needs=[N("ผ้าแห้งเร็วโพลีเอสเตอร์สีขาว สำหรับพิมพ์เสื้อกีฬาให้ลูกค้า เดือนละ 5,000 หลา", "quick-dry polyester knit fabric"),
               N("กระดาษซับลิเมชั่นกับหมึกพิมพ์ราคาส่ง", wants="sublimation paper and ink")]),
    Sme(57, "Stride Running Apparel", SPORT, DOWN, "Bangkok", "en", "team@striderunning.example.com",
        offers=[("sublimated sports jersey",
                 "Fully sublimated running singlets and football jerseys for clubs, schools and race organisers; "
                 "any design, minimum 50 pieces.")],
        needs=[N("Quick-dry polyester fabric from a bluesign approved mill, white, for sublimation",
                 "quick-dry polyester knit fabric", certs=("bluesign",)),
               N("A sublimation print house to print our cut panels", "contract sublimation printing"),
               N("Four-way stretch fabric for running tights", "spandex stretch fabric"),
               N("Contract cut-and-sew for 2,000 shirts a month", "contract garment sewing")]),
    Sme(58, "ชลบุรีนิตติ้งสปอร์ต", SPORT, MID, "Chonburi", "th", "chonburi.knitsport@example.co.th",
        offers=[("quick-dry polyester knit fabric",
                 "ผ้าไมโครโพลีแห้งเร็ว ระบายเหงื่อดี สำหรับเสื้อกีฬาและเสื้อวิ่ง มีทั้งผ้าตาข่ายและผ้าเรียบ "
                 "ราคาโรงงาน")],
        needs=[N("ด้ายโพลีเอสเตอร์รีไซเคิลสำหรับผ้ารุ่นใหม่ จะมีใบรับรองหรือไม่ก็ได้", "recycled polyester yarn")]),
    Sme(59, "โรงเย็บชุดกีฬานครปฐม", SPORT, MID, "Nakhon Pathom", "th", "npt.sportsew@example.co.th",
        offers=[("contract garment sewing",
                 "รับจ้างเย็บเสื้อกีฬา เสื้อวิ่ง กางเกงขาสั้น ด้วยจักรโพ้งและจักรลาขอบ ลูกค้าส่งผ้าพิมพ์มา เราเย็บส่งคืน")],
        needs=[N("ทุนหมุนเวียนซื้อจักรเพิ่มอีก 20 ตัว", wants="funding")]),
    Sme(60, "Pathum United Football Academy", SPORT, DOWN, "Pathum Thani", "en", "kit@pathumunited.example.com",
        offers=[],
        needs=[N("Sublimated match shirts with player names and numbers for 14 youth teams", "sublimated sports jersey")]),
    Sme(61, "ผ้าเช็ดตัวไมโครไฟเบอร์ พีเค สปอร์ต", SPORT, DOWN, "Chiang Mai", "th", "pk.microfibre@example.co.th",
        offers=[("microfibre towel",
                 "ผ้าเช็ดตัวไมโครไฟเบอร์แห้งไว พับเล็ก เหมาะกับนักวิ่ง นักปั่น และคนเข้ายิม พิมพ์โลโก้ได้")],
        needs=[N("ผ้าไมโครไฟเบอร์เป็นม้วน น้ำหนัก 300 แกรม เอามาตัดเย็บผ้าเช็ดตัว", "microfibre fabric"),
               N("ร้านรับพิมพ์ซับลิเมชั่นโลโก้ลงผ้าเช็ดตัว", "contract sublimation printing")]),
    Sme(62, "Chonburi Microfibre Textiles", SPORT, MID, "Chonburi", "en", "sales@chonburimicro.example.com",
        certs=["OEKO-TEX Standard 100"],
        offers=[("microfibre fabric",
                 "Warp-knit split microfibre in rolls, 200 to 400 gsm, for towels, cleaning cloths and lens wipes.")],
        needs=[N("Recycled polyester filament yarn, bottle-based", "recycled polyester yarn")]),
    Sme(63, "ปทุมแอนตี้แบคฟินิชชิ่ง", AGC, MID, "Pathum Thani", "th", "pathum.antibac@example.co.th",
        certs=["ISO 9001"],
        offers=[("antibacterial finishing",
                 "รับจ้างตกแต่งสำเร็จผ้าให้ต้านเชื้อแบคทีเรียด้วยสารซิลเวอร์ไอออน ทนซักได้ 50 ครั้ง ทั้งผ้าฝ้ายและผ้าโพลีเอสเตอร์ "
                 "มีผลแล็บยืนยัน")],
        needs=[N("สารเคมีตกแต่งผ้าที่ได้ OEKO-TEX", certs=("OEKO-TEX Standard 100",), wants="finishing chemicals")]),
    Sme(64, "FitLife Gyms Thailand", SPORT, DOWN, "Bangkok", "en", "ops@fitlifegyms.example.com",
        offers=[],
        needs=[N("Compact quick-dry gym towels with our logo, 10,000 a year", "microfibre towel"),
               N("Members! We want corporate partners to sign up their staff", wants="domestic customers")]),
    # ------------------------------------------------------------ ageing lifestyle, central
    Sme(65, "Ayutthaya Wide Loom Mills", AGC, MID, "Phra Nakhon Si Ayutthaya", "en", "mill@ayutthayawide.example.com",
        certs=["OEKO-TEX Standard 100", "ISO 9001"],
        offers=[("wide cotton sheeting fabric",
                 "Wide-width cotton and cotton-rich sheeting woven on air-jet looms, 240 to 300 cm, bleached or "
                 "greige, for hospital and hotel bed linen.")],
        needs=[N("Carded or combed cotton yarn Ne 20 to 40 from a Thai spinner, 30 tonnes a month",
                 "conventional cotton yarn", "organic cotton yarn")]),
    Sme(66, "กลุ่มทอผ้าฝ้ายบ้านเหล่าเสือโก้ก", AGI, MID, "Ubon Ratchathani", "th", "laosuakok.cotton@example.co.th",
        offers=[("hand-woven plain cotton fabric",
                 "ผ้าฝ้ายทอมือสีพื้น ทอด้วยกี่กระตุกหน้าแคบ 80 เซนติเมตร เนื้อหนานุ่ม ซักแล้วยิ่งนิ่ม")],
        needs=[N("ลูกค้าโรงแรมหรือร้านค้าที่สั่งผ้าประจำ", wants="domestic customers")]),
    Sme(67, "บริษัท นนทบุรีเมดิลิเนน จำกัด", AGC, DOWN, "Nonthaburi", "th", "nbr.medilinen@example.co.th",
        certs=["ISO 9001", "Thai Industrial Standard"],
        offers=[("hospital bed sheet",
                 "ผ้าปูที่นอนผู้ป่วยแบบรัดมุม ขนาดเตียงโรงพยาบาล ทนการซักอบฆ่าเชื้อที่อุณหภูมิสูงได้หลายร้อยครั้ง"),
                ("patient gown",
                 "ชุดผู้ป่วยผูกหลัง เสื้อคอกลมกางเกงเอวยางยืด ทั้งไซส์เด็กและผู้ใหญ่ พิมพ์ชื่อโรงพยาบาลได้")],
        needs=[N("ผ้าคอตตอนหน้ากว้างจากโรงทอ 2.5 เมตรขึ้นไป เพื่อตัดผ้าปูเตียงได้ไม่มีตะเข็บ", "wide cotton sheeting fabric"),
               N("โรงงานรับตกแต่งผ้าให้ต้านแบคทีเรีย เพื่อทำผ้าปูรุ่นพรีเมียม", "antibacterial finishing")]),
    Sme(68, "Chao Phraya Private Hospital", AGC, DOWN, "Bangkok", "en", "purchasing@chaophrayahospital.example.com",
        offers=[],
        needs=[N("Fitted bed sheets for 400 inpatient beds, able to take hot industrial laundering", "hospital bed sheet"),
               N("Patient gowns, tie-back, in three sizes", "patient gown"),
               N("Slide sheets to reposition and transfer patients in bed", "patient transfer sheet"),
               N("Reusable incontinence underpads from an ISO 13485 certified maker",
                 "washable incontinence underpad", certs=("ISO 13485",))]),
    Sme(69, "ผ้ายกตัวผู้ป่วย แคร์ลิฟท์", AGC, DOWN, "Pathum Thani", "th", "carelift.sheet@example.co.th",
        offers=[("patient transfer sheet",
                 "ผ้ายกตัวผู้ป่วยมีหูจับแปดจุด ช่วยพยาบาลและญาติพลิกตัวหรือย้ายผู้ป่วยติดเตียงจากเตียงไปเปลได้โดยไม่ต้องออกแรงมาก "
                 "ผ้าลื่นด้านล่าง ซักได้")],
        needs=[N("ผ้าไนลอนเคลือบลื่นพิเศษสำหรับทำด้านล่างของผ้ายก", wants="low-friction nylon"),
               N("สายเทปไนลอนสำหรับทำหูจับ เส้นกว้าง 5 เซนติเมตร", wants="nylon webbing")]),
    Sme(70, "MediPad Textiles Co., Ltd.", AGC, DOWN, "Samut Prakan", "en", "info@medipad.example.com",
        certs=["ISO 13485", "ISO 9001"],
        offers=[("washable incontinence underpad",
                 "Four-layer washable underpads for beds and wheelchairs: a soft top, an absorbent core and a "
                 "waterproof backing. Made under ISO 13485 for hospitals and nursing homes.")],
        needs=[N("Waterproof, breathable laminated fabric for the backing layer, 150 cm wide", "waterproof breathable laminated fabric"),
               N("A cut-and-sew factory to make our staff uniforms from fabric we supply, about 600 pieces",
                 "contract garment sewing")]),
    Sme(71, "กลุ่มแม่บ้านเย็บแผ่นรองซับ โคราช", AGI, DOWN, "Nakhon Ratchasima", "th", "korat.underpad@example.co.th",
        offers=[("washable incontinence underpad",
                 "แผ่นรองซับซักได้ เย็บมือโดยกลุ่มแม่บ้าน ด้านล่างกันน้ำ ด้านบนผ้าคอตตอนนุ่ม ใช้ได้ทั้งบนเตียงและรถเข็น")],
        needs=[N("ผ้ากันน้ำที่ระบายอากาศได้ ใช้ทำชั้นล่างของแผ่นรองซับ เดือนละ 500 เมตร", "waterproof breathable laminated fabric")]),
    Sme(72, "บ้านพักผู้สูงอายุ สุขสันต์วัยเก๋า", AGC, DOWN, "Nonthaburi", "th", "suksan.elderly@example.co.th",
        offers=[],
        needs=[N("แผ่นรองซับแบบซักได้สำหรับผู้สูงอายุติดเตียง 60 เตียง", "washable incontinence underpad"),
               N("ผ้ายกตัวผู้ป่วยสำหรับผู้ดูแล ให้ย้ายคุณตาคุณยายได้ปลอดภัย", "patient transfer sheet"),
               N("เบาะกันแผลกดทับสำหรับรถเข็นและเตียง", "pressure-relief cushion"),
               N("เสื้อผ้าที่ใส่ถอดง่ายสำหรับผู้สูงอายุ แบบติดแม่เหล็กหรือผ่าหลัง", "adaptive clothing for elderly"),
               N("เบาะรองนั่งพื้นสำหรับห้องกิจกรรม", "floor cushion")]),
    Sme(73, "LamiTech Fabrics Co., Ltd.", AGC, MID, "Samut Sakhon", "en", "sales@lamitech.example.com",
        certs=["OEKO-TEX Standard 100"],
        offers=[("waterproof breathable laminated fabric",
                 "Knitted polyester laminated with a breathable TPU film: fully waterproof yet vapour-permeable, 150 cm, "
                 "used for mattress protectors, underpads and cushion covers.")],
        needs=[N("A finishing house to give our face fabric a durable antibacterial treatment", "antibacterial finishing"),
               N("Training for our staff on medical-device regulations", wants="training")]),
    Sme(74, "เบาะกันแผลกดทับ นครปฐมแคร์", AGC, DOWN, "Nakhon Pathom", "th", "npt.care.cushion@example.co.th",
        offers=[("pressure-relief cushion",
                 "เบาะกันแผลกดทับแบบโฟมตัดลอนและแบบเจล สำหรับรถเข็นและที่นอน ปลอกถอดซักได้ ลดแรงกดบริเวณก้นกบ")],
        needs=[N("ผ้าหุ้มเบาะที่กันน้ำแต่ระบายอากาศ เคลือบ TPU", "waterproof breathable laminated fabric"),
               N("ผ้าสเปเซอร์สามมิติสำหรับชั้นระบายอากาศ", wants="spacer fabric")]),
    Sme(75, "SilverThread Adaptive Wear", AGC, DOWN, "Bangkok", "en", "hello@silverthread.example.com",
        offers=[("adaptive clothing for elderly",
                 "Easy-dress clothing for older people and wheelchair users: magnetic closures, back-opening tops and "
                 "trousers with side zips.")],
        needs=[N("Soft organic cotton knit fabric with OEKO-TEX certification, for sensitive older skin",
                 "organic cotton jersey fabric", certs=("OEKO-TEX Standard 100",)),
               N("Flat magnetic closures that survive hot washing", wants="magnetic closures")]),
    Sme(76, "หน้ากากผ้าคุณยาย", AGC, DOWN, "Bangkok", "th", "khunyai.mask@example.co.th",
        offers=[("antibacterial cloth face mask",
                 "หน้ากากผ้าฝ้ายสามชั้น ผ่านการตกแต่งต้านเชื้อแบคทีเรีย ซักได้ 30 ครั้ง มีไซส์ผู้ใหญ่และเด็ก")],
        needs=[N("ร้านรับตกแต่งผ้าต้านแบคทีเรียแบบจ้างทำ", "antibacterial finishing"),
               N("ผ้าฝ้ายทอมือเนื้อแน่นสีขาว เอามาตัดหน้ากาก", "hand-woven plain cotton fabric")]),
    Sme(77, "Golden Years Nursing Homes", AGC, DOWN, "Nonthaburi", "en", "supplies@goldenyears.example.com",
        offers=[],
        needs=[N("Washable antibacterial cloth masks for residents and visitors", "antibacterial cloth face mask"),
               N("Fitted sheets for care beds, hospital-grade laundering", "hospital bed sheet"),
               N("Clothing that residents with limited mobility can put on easily", "adaptive clothing for elderly")]),
    Sme(78, "โรงพยาบาลชุมชนบางกรวย", AGC, DOWN, "Nonthaburi", "th", "bangkruai.hospital@example.co.th",
        offers=[],
        needs=[N("ชุดผู้ป่วยสำหรับหอผู้ป่วยใน ปีละ 3,000 ชุด", "patient gown"),
               N("หน้ากากผ้าสำหรับเจ้าหน้าที่ ต้องได้มาตรฐานผลิตภัณฑ์อุตสาหกรรม", "antibacterial cloth face mask",
                 certs=("Thai Industrial Standard",)),
               N("ผ้ายกตัวผู้ป่วยสำหรับหอผู้ป่วยหนัก", "patient transfer sheet")]),
    # ------------------------------------------------------------ ageing lifestyle, Isan & north
    Sme(79, "ศูนย์ดูแลผู้สูงอายุเทศบาลขอนแก่น", AGI, DOWN, "Khon Kaen", "th", "kk.eldercare@example.co.th",
        offers=[],
        needs=[N("ผ้าขาวม้าสำหรับกิจกรรมออกกำลังกายและนุ่งอาบน้ำ ปีละ 500 ผืน", "pha khao ma cloth"),
               N("ผ้ายกตัวผู้ป่วยสำหรับผู้สูงอายุติดเตียงในชุมชน", "patient transfer sheet"),
               N("เบาะรองนั่งสำหรับห้องทำกิจกรรม", "floor cushion")]),
    Sme(80, "Mekong Serenity Retreat", AGI, DOWN, "Udon Thani", "en", "retreat@mekongserenity.example.com",
        offers=[],
        needs=[N("Mudmee silk scarves for our gift shop", "mudmee silk scarf"),
               N("Handwoven kok reed mats for yoga and meditation", "reed mat"),
               N("Mud-dyed cotton cloth for cushion covers in the villas", "mud-dyed hand-woven cotton fabric")]),
    Sme(81, "กลุ่มผู้สูงวัยทอผ้าบ้านหนองโน", AGI, MID, "Maha Sarakham", "th", "nongno.weave@example.co.th",
        offers=[("hand-woven plain cotton fabric",
                 "คุณตาคุณยายในชมรมผู้สูงอายุทอผ้าฝ้ายพื้นหน้าแคบด้วยกี่พื้นบ้าน ได้ออกกำลังมือและมีรายได้"),
                ("pha khao ma cloth",
                 "ผ้าขาวม้าลายตารางสีเขียวแดง ทอมือ ผืนยาว 2 เมตร")],
        needs=[N("ฝ้ายเข็นมือเป็นเข็ด เดือนละ 20 กิโล", "handspun cotton yarn")]),
    Sme(82, "หมอนขวานขิดยโสธร", AGI, DOWN, "Yasothon", "th", "yasothon.khitpillow@example.co.th",
        certs=["OTOP"],
        offers=[("khit triangle pillow",
                 "หมอนขวานผ้าขิดแบบอีสาน หมอนสามเหลี่ยมพิงหลัง ยัดนุ่นแน่น เป็นโอทอป 5 ดาวของยโสธร")],
        needs=[N("ผ้าขิดทอมือลายดั้งเดิม เป็นผืนยาว เอามาเย็บหน้าหมอน", "khit hand-woven cotton fabric"),
               N("นุ่นคุณภาพดีสำหรับยัดหมอน ปีละ 2 ตัน", wants="kapok fibre")]),
    Sme(83, "Yasothon Khit Weavers", AGI, MID, "Yasothon", "en", "weavers@yasothonkhit.example.com",
        offers=[("khit hand-woven cotton fabric",
                 "Supplementary-weft khit cloth woven by hand, 60 cm wide, in the old diamond and hook patterns; "
                 "we sell it by the metre to pillow makers and designers.")],
        needs=[N("Handspun cotton, natural white, for the ground weave", "handspun cotton yarn"),
               N("Foreign buyers to visit our looms", wants="export buyers")]),
    Sme(84, "Lotus Home Decor Exports", AGI, DOWN, "Bangkok", "en", "buying@lotushomedecor.example.com",
        offers=[],
        needs=[N("Khit triangle cushions (mon khwan) for our European catalogue", "khit triangle pillow"),
               N("Sin tin jok skirt cloth from Mae Chaem to frame as wall art", "teen jok skirt cloth"),
               N("Indigo hand-woven cotton by the metre for table runners", "indigo-dyed hand-woven cotton fabric")]),
    Sme(85, "กลุ่มทอผ้าซิ่นตีนจกแม่แจ่ม", HEMP, MID, "Chiang Mai", "th", "maechaem.tinjok@example.co.th",
        offers=[("teen jok skirt cloth",
                 "ผ้าซิ่นตีนจกแม่แจ่ม จกด้วยขนเม่นทีละเส้น ลายขากำเบ้อ ลายนกคู่ ผืนหนึ่งใช้เวลาเป็นเดือน "
                 "ตัวซิ่นเป็นฝ้าย ตีนเป็นไหม")],
        needs=[N("เส้นไหมสีธรรมชาติสำหรับจกตีนซิ่น", "silk yarn"),
               N("ฝ้ายเข็นมือสำหรับทอตัวซิ่น", "handspun cotton yarn")]),
    Sme(86, "Lanna Thread Boutique", HEMP, DOWN, "Chiang Mai", "en", "shop@lannathread.example.com",
        offers=[],
        needs=[N("Heirloom-quality teen jok skirt cloth to sell to collectors", "teen jok skirt cloth"),
               N("Hemp shirts in natural and hom-dyed colours", "hemp shirt"),
               N("Lanna tung banners, hand-woven, for the shop windows", "tung Lanna flag")]),
    Sme(87, "ผ้าฝ้ายทอมือป้าศรีเชียงใหม่", HEMP, MID, "Chiang Mai", "th", "pasri.cotton@example.co.th",
        offers=[("hand-woven plain cotton fabric",
                 "ผ้าฝ้ายทอมือเชียงใหม่สีพื้นหน้า 70 เซนติเมตร ทอบนกี่ใต้ถุนบ้าน เนื้อผ้าแน่น ตัดเสื้อหรือทำกระเป๋าได้"),
                ("tung Lanna flag",
                 "ตุงทอมือแบบล้านนาสำหรับงานบุญและงานประดับ ยาว 1 ถึง 3 เมตร")],
        needs=[N("ฝ้ายเข็นมือเส้นใหญ่ เดือนละ 15 กิโล", "handspun cotton yarn"),
               N("ด้ายผสมใยสับปะรดหรือใยกล้วย อยากทอผ้ารุ่นใหม่ให้เงาขึ้น", "blended natural fibre yarn"),
               N("คนรับจ้างย้อมครามหรือห้อม ส่งผ้าดิบไปย้อม", "contract indigo dyeing")]),
    Sme(88, "Central Siam Department Store", AGC, DOWN, "Bangkok", "en", "merch@centralsiamstore.example.com",
        offers=[],
        needs=[N("Phrae wa silk shawls for the Thai heritage floor", "phrae wa silk shawl"),
               N("Mo hom indigo shirts from Phrae for the men's floor", "mo hom indigo shirt"),
               N("Recycled cotton T-shirts; every lot must be GRS certified", "recycled cotton T-shirt", certs=("GRS",)),
               N("Ready-to-wear in Thai silk from Bangkok designers", "tailored silk jacket")]),
    Sme(89, "Loop Tee Chiang Mai", CIRC, DOWN, "Chiang Mai", "en", "hello@looptee.example.com",
        bcg=["circular"],
        offers=[("recycled cotton T-shirt",
                 "T-shirts in recycled cotton jersey, screen printed with local artists' designs, sold at the Sunday "
                 "walking street.")],
        needs=[N("Recycled-cotton jersey by the roll, any certificate welcome but not required", "recycled cotton jersey fabric")]),
    Sme(90, "ชุดว่ายน้ำผู้สูงวัย อควาแคร์", SPORT, DOWN, "Chonburi", "th", "aquacare.swim@example.co.th",
        offers=[("elderly swimwear",
                 "ชุดว่ายน้ำและชุดแอโรบิกในน้ำสำหรับผู้สูงวัย ทรงมิดชิด ใส่ง่าย ขายให้สระว่ายน้ำบำบัดและโรงพยาบาล")],
        needs=[N("ผ้ายืดสี่ทางทนคลอรีน สำหรับชุดว่ายน้ำ เดือนละ 1,000 หลา", "spandex stretch fabric"),
               N("โรงงานรับจ้างตัดเย็บเสื้อผ้า ออเดอร์เล็กได้", "contract garment sewing")]),
]


# ------------------------------------------------------------------ validation helpers

THAI = re.compile("[\u0e00-\u0e7f]")
LATIN = re.compile("[A-Za-z]")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
SUB_CLUSTERS = {s.value for s in tx.SubCluster}
STAGES = {s.value for s in tx.Stage}
BCG = {b.value for b in tx.BcgTag}
CERTS = {c.name for c in tx.CERTIFICATIONS}
PROVINCES = {p.name_en: p for p in tx.PROVINCES}


def thai_share(text: str) -> float:
    th, la = len(THAI.findall(text)), len(LATIN.findall(text))
    return th / (th + la) if th + la else 0.0


def validate(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    offered: dict[str, set[str]] = {}
    for s in smes:
        for label, _ in s.offers:
            offered.setdefault(label, set()).add(s.id)
    emails = Counter(s.email for s in smes)
    for s in smes:
        where = s.id
        if s.sub not in SUB_CLUSTERS:
            errors.append(f"{where}: sub_cluster {s.sub!r}")
        if s.stage not in STAGES:
            errors.append(f"{where}: stage {s.stage!r}")
        if s.prov not in PROVINCES:
            errors.append(f"{where}: province {s.prov!r}")
        if s.lang not in tx.LANGUAGES:
            errors.append(f"{where}: language {s.lang!r}")
        if not EMAIL.match(s.email) or emails[s.email] > 1:
            errors.append(f"{where}: email {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        for c in s.certs:
            if c not in CERTS:
                errors.append(f"{where}: certification {c!r} not a canonical taxonomy name")
        for b in s.bcg:
            if b not in BCG:
                errors.append(f"{where}: bcg {b!r}")
        if len(set(s.certs)) != len(s.certs) or len(set(s.bcg)) != len(s.bcg):
            errors.append(f"{where}: duplicate certification or bcg")
        texts = [t for _, t in s.offers] + [n.text for n in s.needs]
        # language of the text
        if s.lang == "en":
            for t in [s.name, *texts]:
                if THAI.search(t):
                    errors.append(f"{where}: Thai script in English profile: {t[:40]!r}")
        else:
            if thai_share(s.name) < 0.5:
                errors.append(f"{where}: Thai profile name not mostly Thai: {s.name!r}")
            for t in texts:
                if thai_share(t) < 0.6:
                    errors.append(f"{where}: Thai profile text not mostly Thai ({thai_share(t):.2f}): {t[:40]!r}")
        for t in texts:
            if not t.strip() or t != t.strip():
                errors.append(f"{where}: empty or untrimmed text {t[:30]!r}")
        # offers never claim a certification the SME does not hold
        for label, text in s.offers:
            claimed = tx.find_certifications(text)
            if not claimed <= set(s.certs):
                errors.append(f"{where}: offer {label!r} claims {sorted(claimed - set(s.certs))} not held")
        for n in s.needs:
            named = tx.find_certifications(n.text)
            if named != set(n.certs):
                errors.append(f"{where}: need names {sorted(named)} but requires {sorted(n.certs)}: {n.text[:40]!r}")
            for c in n.certs:
                if c not in CERTS:
                    errors.append(f"{where}: need requires unknown certification {c!r}")
            if n.meets:
                if n.wants is not None:
                    errors.append(f"{where}: need has both meets and wants")
                for label in n.meets:
                    if label not in offered:
                        errors.append(f"{where}: need meets {label!r}, which no one offers (typo?)")
                    elif offered[label] == {s.id}:
                        errors.append(f"{where}: need {label!r} is met only by itself")
            else:
                if not n.wants:
                    errors.append(f"{where}: unmet need without 'wants': {n.text[:40]!r}")
                elif n.wants in offered:
                    errors.append(f"{where}: need marked unmet but {n.wants!r} is offered by {sorted(offered[n.wants])}")
        # an SME does not need what it offers itself
        own = {label for label, _ in s.offers}
        for n in s.needs:
            if own & set(n.meets):
                errors.append(f"{where}: needs its own offer {sorted(own & set(n.meets))}")
    return errors


def links(smes: list[Sme]) -> list[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for sup in smes:
        labels = {label for label, _ in sup.offers}
        held = set(sup.certs)
        for buy in smes:
            if buy.id == sup.id:
                continue
            for n in buy.needs:
                if labels & set(n.meets) and set(n.certs) <= held:
                    out.add((sup.id, buy.id))
    return sorted(out)


def profile(s: Sme) -> dict:
    row = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.prov,
        "offers": [t for _, t in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certs:
        row["certifications"] = list(s.certs)
    if s.bcg:
        row["bcg"] = list(s.bcg)
    row["contact_email"] = s.email
    row["language"] = s.lang
    return row


def check_profile_row(row: dict) -> list[str]:
    """The written row against CONTRACTS section 1 (types and enums)."""
    errs = []
    required = {"id": str, "name": str, "sub_cluster": str, "stage": str, "province": str,
                "offers": list, "needs": list, "contact_email": str, "language": str}
    optional = {"certifications": list, "bcg": list}
    for key, typ in required.items():
        if not isinstance(row.get(key), typ):
            errs.append(f"{row.get('id')}: field {key} missing or not {typ.__name__}")
    for key, typ in optional.items():
        if key in row and not isinstance(row[key], typ):
            errs.append(f"{row.get('id')}: field {key} not {typ.__name__}")
    extra = set(row) - set(required) - set(optional)
    if extra:
        errs.append(f"{row.get('id')}: unknown fields {sorted(extra)}")
    for key in ("offers", "needs", "certifications", "bcg"):
        if any(not isinstance(v, str) for v in row.get(key, [])):
            errs.append(f"{row.get('id')}: {key} must hold strings")
    if tx.resolve_province(row["province"]) is None:
        errs.append(f"{row['id']}: province does not resolve")
    for c in row.get("certifications", []):
        if tx.resolve_certification(c) != c:
            errs.append(f"{row['id']}: certification {c!r} does not resolve to itself")
    return errs


def stats(smes: list[Sme], pairs: list[tuple[str, str]]) -> str:
    by_id = {s.id: s for s in smes}
    lines = [f"SMEs: {len(smes)}"]
    lines.append("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(s.lang for s in smes).items())))
    lines.append("sub_clusters: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(s.sub for s in smes).items())))
    lines.append("stages: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(s.stage for s in smes).items())))
    lines.append("regions: " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(PROVINCES[s.prov].region.value for s in smes).items())))
    lines.append(f"offers: {sum(len(s.offers) for s in smes)}, needs: {sum(len(s.needs) for s in smes)}"
                 f" (unmet by design: {sum(1 for s in smes for n in s.needs if not n.meets)},"
                 f" of which non-trade: {sum(1 for s in smes for n in s.needs if n.wants in NON_TRADE)};"
                 f" needs requiring a certification: {sum(1 for s in smes for n in s.needs if n.certs)})")
    lines.append(f"SMEs with no offers: {sum(1 for s in smes if not s.offers)}, with no needs: "
                 f"{sum(1 for s in smes if not s.needs)}")
    lines.append(f"links: {len(pairs)}")
    pair_lang = Counter(f"{by_id[a].lang}->{by_id[b].lang}" for a, b in pairs)
    lines.append("links by language pair: " + ", ".join(f"{k} {v}" for k, v in sorted(pair_lang.items())))
    cross = sum(v for k, v in pair_lang.items() if k[:2] != k[-2:])
    lines.append(f"cross-language links: {cross} ({cross / len(pairs):.0%})")
    linked = {x for p in pairs for x in p}
    lonely = [s.id for s in smes if s.id not in linked]
    lines.append(f"SMEs with at least one partner: {len(linked)}; without: {', '.join(lonely) or 'none'}")
    # certification traps: a supplier offering a matching label but lacking the required certification
    traps = set()
    for buy in smes:
        for n in buy.needs:
            if n.certs:
                for sup in smes:
                    if sup.id != buy.id and {label for label, _ in sup.offers} & set(n.meets) and not set(n.certs) <= set(sup.certs):
                        traps.add((sup.id, buy.id))
    traps -= set(pairs)
    lines.append(f"certification-trap pairs (label matches, certificate missing, no other link): {len(traps)}")
    return "\n".join(lines)


def main() -> int:
    errors = validate(SMES)
    rows = [profile(s) for s in SMES]
    for row in rows:
        errors += check_profile_row(row)
    pairs = links(SMES)
    if not len(pairs) > 0:
        errors.append("no links")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} validation error(s); nothing written", file=sys.stderr)
        return 1
    with open(HERE / "profiles.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["supplier_id", "buyer_id"])
    w.writerows(pairs)
    (HERE / "links.csv").write_text(buf.getvalue(), encoding="utf-8")
    # read back what was written
    for line in (HERE / "profiles.jsonl").read_text(encoding="utf-8").splitlines():
        assert json.loads(line) in rows
    print(stats(SMES, pairs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
