"""Write the hand-labelled blind evaluation set `eval/blind_plain_artcanvas/`.

Theme: art canvas and art supplies (artist canvas, stretcher bars, boards, totes for painters, easels,
frames, textile paints and markers, art schools, galleries, Khao San painters, canvas printers) plus the
ordinary upstream and midstream suppliers of the cluster.

Every offer carries a label saying what the thing is; every need lists the labels that meet it and the
certifications its text requires, or is marked as met by no one. The true links follow from those labels
alone. The labels live only in this file; `profiles.jsonl` holds plain contract fields.

Run from the repository root:  .venv/bin/python eval/blind_plain_artcanvas/write.py
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.taxonomy import (
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

HERE = Path(__file__).resolve().parent

H = SubCluster.HEMP_NATURAL_FIBRE.value
C = SubCluster.CIRCULAR_TEXTILE.value
S = SubCluster.SPORTECH.value
AC = SubCluster.AGEING_LIFESTYLE_CENTRAL.value
AI = SubCluster.AGEING_LIFESTYLE_ISAN.value
UP = Stage.UPSTREAM.value
MID = Stage.MIDSTREAM.value
DOWN = Stage.DOWNSTREAM.value


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str | None = None  # why no one in the set meets it


@dataclass(frozen=True)
class Sme:
    id: str
    language: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    email: str
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]
    certifications: tuple[str, ...]
    bcg: tuple[str, ...]


def need(text: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need met by any supplier offering one of `labels` and holding every certification in `req`."""
    return Need(text, labels, req, waive)


def unmet(text: str, note: str, *labels: str, req: tuple[str, ...] = (), waive: tuple[str, ...] = ()) -> Need:
    """A need no one in the set meets; `labels` and `req` say what would, so the script can check it."""
    return Need(text, labels, req, waive, note)


def sme(
    num: int,
    language: str,
    name: str,
    sub_cluster: str,
    stage: str,
    province: str,
    email: str,
    offers: list[tuple[str, str]],
    needs: list[Need] | None = None,
    certs: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
) -> Sme:
    return Sme(
        f"bar-{num:03d}",
        language,
        name,
        sub_cluster,
        stage,
        province,
        email,
        tuple(offers),
        tuple(needs or ()),
        certs,
        bcg,
    )


# ---------------------------------------------------------------------------------------------- data

SMES: list[Sme] = [
    # ------------------------------------------------------------------ upstream: fibre, yarn, dyestuff, waste
    sme(
        1,
        "th",
        "วิสาหกิจชุมชนไร่ฝ้ายอินทรีย์ภูเรือ",
        H,
        UP,
        "Loei",
        "phuruacotton@gmail.com",
        [("ปุยฝ้ายพื้นเมือง ปลูกแบบอินทรีย์ หีบเมล็ดออกแล้ว", "cotton_lint")],
        [unmet("เมล็ดพันธุ์ฝ้ายตุ่ยสีน้ำตาล", "no one sells cotton seed", "cotton_seed")],
        certs=("Organic Thailand",),
        bcg=("bio",),
    ),
    sme(
        2,
        "en",
        "Doi Tung Hemp Growers Co-op",
        H,
        UP,
        "Chiang Rai",
        "hemp@doitunggrowers.org",
        [
            ("dew-retted hemp bast fibre, 200 kg lots", "hemp_fibre"),
            ("hemp hurd for animal bedding and mulch", "hemp_hurd"),
        ],
        [unmet("decorticator hire at harvest time?", "no decortication service in the set", "decortication_service")],
        bcg=("bio",),
    ),
    sme(
        3,
        "th",
        "กลุ่มปั่นฝ้ายมือ บ้านหนองบัว",
        H,
        UP,
        "Nan",
        "nongbuaspin@hotmail.com",
        [
            ("ฝ้ายเข็นมือ เส้นเล็ก สีขาวนวล", "handspun_cotton_yarn"),
            ("ฝ้ายเข็นสีตุ่ยน้ำตาลธรรมชาติ ขายเป็นไจ", "handspun_cotton_yarn"),
        ],
        [need("ฝ้ายที่ยังไม่ได้ปั่น ปีละ 2 ตัน", "cotton_lint", "seed_cotton")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        4,
        "en",
        "Lanna Spinning Mill Ltd.",
        H,
        UP,
        "Chiang Mai",
        "sales@lannaspinning.co.th",
        [
            ("Ne 10/1 open-end cotton yarn on cones", "cotton_yarn"),
            ("combed organic cotton yarn Ne 20/1, GOTS", "cotton_yarn"),
        ],
        [need("ginned cotton lint, pressed bales", "cotton_lint")],
        certs=("GOTS", "OEKO-TEX Standard 100"),
        bcg=("green",),
    ),
    sme(
        5,
        "th",
        "ครามบ้านดอนกอย",
        AI,
        UP,
        "Sakon Nakhon",
        "donkoyindigo@gmail.com",
        [("เนื้อครามเปียก หมักน้ำด่างขี้เถ้า ปี๊บละ 20 ลิตร", "natural_indigo_dye")],
        [need("ผ้าฝ้ายผืนขาว ทอกี่พื้นบ้าน ยังไม่ย้อม", "handwoven_cotton_fabric")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        6,
        "en",
        "Phrae Natural Colour House",
        H,
        UP,
        "Phrae",
        "colour@phraenatural.com",
        [
            ("mor hom paste (Strobilanthes indigo), Phrae style", "natural_indigo_dye"),
            ("dried lac, ebony and jackfruit-wood dye extracts, 1 kg bags", "natural_dye_extract"),
        ],
        [unmet("young hom plants for our new plots", "no nursery in the set", "indigo_plants")],
        bcg=("bio", "green"),
    ),
    sme(
        7,
        "th",
        "ห้างหุ้นส่วน ศรีสมบูรณ์รีไซเคิล",
        C,
        UP,
        "Bangkok",
        "srisomboon.recycle@gmail.com",
        [("เศษผ้าดิบ เศษแคนวาสจากโรงตัด ขายเป็นกิโล", "textile_offcuts")],
        [need("รับซื้อผ้าใบวาดภาพเก่า ที่โรงเรียนศิลปะเลิกใช้", "used_painted_canvas")],
        bcg=("circular",),
    ),
    sme(
        8,
        "en",
        "ReFibre Thailand Co., Ltd.",
        C,
        UP,
        "Samut Prakan",
        "info@refibre.co.th",
        [("shredded cotton fibre from cutting waste, GRS certified", "recycled_cotton_fibre")],
        [
            need("cutting-room scraps, cotton only, sorted by colour, 1 t/month", "textile_offcuts"),
            need("post-consumer cotton garments in bales", "used_textiles"),
        ],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        9,
        "th",
        "โรงปั่นด้ายรีไซเคิล ขอนแก่น",
        C,
        UP,
        "Khon Kaen",
        "kkrecycleyarn@gmail.com",
        [("ด้ายรีไซเคิล คอตตอนผสม rPET เบอร์ 16", "recycled_cotton_yarn")],
        [need("ใยฝ้ายรีไซเคิล ต้องมีใบรับรอง GRS", "recycled_cotton_fibre", req=("GRS",))],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        10,
        "en",
        "Second Life Timber Chiang Mai",
        C,
        UP,
        "Chiang Mai",
        "hello@secondlifetimber.com",
        [
            ("reclaimed pallet pine planed into 2 x 4 cm strips", "reclaimed_wood"),
            ("old teak boards from demolished rice barns", "reclaimed_wood"),
        ],
        [unmet("wood chipper for offcut disposal", "no machinery seller in the set", "wood_chipper")],
        bcg=("circular",),
    ),
    sme(
        11,
        "th",
        "กลุ่มเกษตรกรปลูกฝ้าย บ้านโคกเมือง",
        H,
        UP,
        "Buriram",
        "khokmuangcotton@gmail.com",
        [("ฝ้ายดอก เก็บจากไร่ ยังไม่หีบเมล็ด", "seed_cotton")],
        [unmet("หาคนรับจ้างหีบฝ้าย แยกเมล็ดออก", "no ginning service in the set", "ginning_service")],
        bcg=("bio",),
    ),
    sme(
        12,
        "en",
        "Flax & Co. Yarn Import",
        H,
        UP,
        "Bangkok",
        "orders@flaxandco.asia",
        [("Belgian wet-spun linen yarn, Nm 26 and Nm 39", "linen_yarn")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        13,
        "th",
        "กลุ่มม้งต่อเส้นใยกัญชง บ้านรวมไทย",
        H,
        UP,
        "Tak",
        "ruamthaihemp@gmail.com",
        [("เส้นใยกัญชงต่อมือ ม้วนเป็นก้อน กิโลละ 1,200 บาท", "hemp_yarn")],
        [need("เปลือกกัญชงตากแห้ง ลอกแล้ว", "hemp_fibre")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        14,
        "en",
        "Southern Second-Hand Sorting",
        C,
        UP,
        "Songkhla",
        "sorting@southern2hand.com",
        [("sorted used cotton clothing, 45 kg bales", "used_textiles")],
        [unmet("hydraulic baling press, second-hand ok", "no machinery seller in the set", "baling_press")],
        bcg=("circular",),
    ),
    sme(
        15,
        "th",
        "ร้านรับซื้อผ้าใบเก่า ปากเกร็ด",
        C,
        UP,
        "Nonthaburi",
        "pakkretcanvas@gmail.com",
        [("ผ้าใบวาดรูปมือสอง คัดแล้ว ขายเป็นกิโล", "used_painted_canvas")],
        bcg=("circular",),
    ),
    sme(
        16,
        "en",
        "Sakae Krang Organic Cotton Farm",
        H,
        UP,
        "Uthai Thani",
        "farm@sakaekrangcotton.com",
        [("certified organic seed cotton, hand picked", "seed_cotton")],
        certs=("Organic Thailand", "USDA Organic"),
        bcg=("bio",),
    ),
    sme(
        17,
        "th",
        "กลุ่มเลี้ยงครั่ง ห้วยเม็ก",
        H,
        UP,
        "Kalasin",
        "huaimeklac@gmail.com",
        [("ครั่งดิบ ใช้ย้อมสีแดง", "natural_dye_extract"), ("สีผงจากเปลือกประดู่ และผลมะเกลือ", "natural_dye_extract")],
        bcg=("bio",),
    ),
    sme(
        18,
        "en",
        "Khao Kho Hemp Farm",
        H,
        UP,
        "Phetchabun",
        "khaokhohemp@gmail.com",
        [("water-retted hemp stalk fibre, baled", "hemp_fibre")],
        [need("hand-knotted hemp thread from hill-tribe groups", "hemp_yarn")],
        bcg=("bio",),
    ),
    # ------------------------------------------------------------------ midstream: cloth, priming, dyeing, sewing
    sme(
        19,
        "th",
        "โรงทอผ้าดิบ สันกำแพง",
        H,
        MID,
        "Chiang Mai",
        "sankamphaengweave@gmail.com",
        [
            ("ผ้าดิบทอแน่น 12 ออนซ์ หน้ากว้าง 60 นิ้ว", "greige_cotton_fabric"),
            ("ผ้าดิบเนื้อบาง สำหรับทำถุงผ้า", "greige_cotton_fabric"),
        ],
        [need("ด้ายฝ้าย 10/1 ม้วนโคน", "cotton_yarn")],
    ),
    sme(
        20,
        "en",
        "Pro Canvas Converting Co.",
        AC,
        MID,
        "Bangkok",
        "sales@procanvas.co.th",
        [
            ("acrylic-primed cotton duck, 10 oz, 1.6 x 10 m roll", "primed_cotton_canvas_roll"),
            ("gesso coating of your own cloth, per metre", "canvas_priming_service"),
        ],
        [
            need("loomstate cotton duck, min 500 m", "greige_cotton_fabric"),
            need("acrylic gesso in 20 kg pails", "acrylic_gesso"),
        ],
        certs=("ISO 9001",),
    ),
    sme(
        21,
        "th",
        "บริษัท สีไทยอาร์ต จำกัด",
        AC,
        MID,
        "Nonthaburi",
        "contact@seethaiart.co.th",
        [("เจสโซ่รองพื้นผ้าใบ ถัง 5 กก.", "acrylic_gesso"), ("สีเพ้นท์ผ้า สูตรน้ำ ซักไม่ตก", "fabric_paint")],
        [unmet("ขวดพลาสติกบีบ ขนาด 50 ซีซี", "no packaging supplier in the set", "plastic_bottles")],
        certs=("Thai Industrial Standard", "Thai Green Label"),
        bcg=("green",),
    ),
    sme(
        22,
        "en",
        "Siam Linen Weaving",
        H,
        MID,
        "Pathum Thani",
        "siamlinen@siamlinen.com",
        [("loomstate 100% flax linen, 210 cm wide", "linen_fabric")],
        [need("wet spun flax yarn for warp", "linen_yarn")],
    ),
    sme(
        23,
        "th",
        "ผ้าย้อมคราม แม่ทองใบ",
        AI,
        MID,
        "Sakon Nakhon",
        "maethongbai.khram@gmail.com",
        [
            ("ผ้าฝ้ายย้อมคราม ทอมือ เมตรละ 350 บาท", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า ขั้นต่ำ 20 เมตร", "indigo_dyeing_service"),
        ],
        [need("ครามเปียก พร้อมก่อหม้อ", "natural_indigo_dye"), need("ฝ้ายเข็นมือ สีขาว ยังไม่ย้อม", "handspun_cotton_yarn")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        24,
        "en",
        "Chonnabot Handloom Group",
        AI,
        MID,
        "Khon Kaen",
        "chonnabothandloom@gmail.com",
        [("handloom cotton, natural white, 90 cm", "handwoven_cotton_fabric")],
        [
            need("hand spun cotton thread, undyed", "handspun_cotton_yarn"),
            need("someone to indigo-dip 300 m of our cloth", "indigo_dyeing_service"),
        ],
        certs=("OTOP",),
    ),
    sme(
        25,
        "th",
        "ช่างเย็บ บางพลัด",
        AC,
        MID,
        "Bangkok",
        "bangphlatsewing@gmail.com",
        [("รับเย็บกระเป๋าผ้าตามแบบ ใช้ผ้าของลูกค้า", "cut_and_sew_service")],
        [need("สายกระเป๋าคอตตอน กว้าง 1 นิ้ว", "cotton_webbing"), need("ด้ายเย็บโพลี หลอดใหญ่", "sewing_thread")],
    ),
    sme(
        26,
        "en",
        "InkPress Screen Studio",
        C,
        MID,
        "Samut Sakhon",
        "studio@inkpress.co.th",
        [("screen printing on customer totes, up to 4 colours", "screen_printing_service")],
        [need("water-based textile screen ink, OEKO-TEX", "textile_screen_ink", req=("OEKO-TEX Standard 100",))],
    ),
    sme(
        27,
        "th",
        "ร้านปริ้นท์ภาพแคนวาส นครปฐม",
        AC,
        MID,
        "Nakhon Pathom",
        "npcanvasprint@gmail.com",
        [
            ("รับพิมพ์ภาพลงผ้าใบแคนวาส จากไฟล์ลูกค้า", "canvas_printing_service"),
            ("เศษม้วนแคนวาสพิมพ์เสีย แจกฟรี", "misprinted_canvas"),
        ],
        [
            need("ผ้าใบสำหรับเครื่องพิมพ์อิงค์เจ็ท ม้วน 44 นิ้ว", "inkjet_canvas_roll"),
            need("ไม้เฟรมขึงภาพ สำเร็จรูป", "stretcher_bars"),
        ],
    ),
    sme(
        28,
        "en",
        "Lamphun Stretcher Works",
        AC,
        MID,
        "Lamphun",
        "lamphunstretcher@gmail.com",
        [
            ("pine stretcher bars, keyed, 30-150 cm", "stretcher_bars"),
            ("stretching your canvas onto frames", "canvas_stretching_service"),
        ],
        [
            need("recycled pallet wood", "reclaimed_wood"),
            unmet("plastic stretcher keys (wedges), 10,000 pcs", "no one makes stretcher keys", "stretcher_keys"),
        ],
    ),
    sme(
        29,
        "th",
        "ผ้ากัญชงทอมือ แม่ริม",
        H,
        MID,
        "Chiang Mai",
        "maerimhemp@gmail.com",
        [("ผ้ากัญชงทอแน่น เนื้อหนา ขึงวาดรูปได้", "hemp_canvas_fabric")],
        [need("เส้นด้ายกัญชง ต่อมือ", "hemp_yarn")],
        bcg=("bio",),
    ),
    sme(
        30,
        "en",
        "Matte Jet Media Co.",
        AC,
        MID,
        "Bangkok",
        "info@mattejet.com",
        [("matte inkjet canvas, 380 gsm, 24/44/60 inch rolls", "inkjet_canvas_roll")],
        [need("poly-cotton or cotton duck base cloth, unbleached", "greige_cotton_fabric")],
        certs=("ISO 9001",),
    ),
    sme(
        31,
        "th",
        "โรงย้อม ราชบุรีเท็กซ์",
        AC,
        MID,
        "Ratchaburi",
        "ratchaburitex@gmail.com",
        [
            ("รับย้อมผ้าสีรีแอคทีฟ เทียบสีตามแพนโทน", "fabric_dyeing_service"),
            ("ผ้าคอตตอนย้อมสีพื้น มีสต็อก 30 สี", "dyed_cotton_fabric"),
        ],
        [need("ผ้าทอดิบ ยังไม่ฟอก ยังไม่ย้อม", "greige_cotton_fabric")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        32,
        "en",
        "Eastern Webbing Industries",
        S,
        MID,
        "Chonburi",
        "sales@easternwebbing.com",
        [
            ("cotton webbing straps 25-38 mm", "cotton_webbing"),
            ("nylon webbing for sports bags and harnesses", "nylon_webbing"),
        ],
        [need("GOTS Ne 16/2 cotton yarn for narrow looms", "cotton_yarn", req=("GOTS",))],
        certs=("ISO 9001",),
    ),
    sme(
        33,
        "th",
        "ด้ายเย็บ ทวีผล",
        AC,
        MID,
        "Chachoengsao",
        "taweephonthread@gmail.com",
        [("ด้ายเย็บผ้าโพลีเอสเตอร์ หลอด 5000 เมตร", "sewing_thread")],
    ),
    sme(
        34,
        "en",
        "AquaShield Technical Fabrics",
        S,
        MID,
        "Bangkok",
        "tech@aquashield.co.th",
        [("PU-coated cotton canvas, 2000 mm waterhead", "coated_waterproof_canvas")],
        [need("heavy loomstate cotton duck 14 oz", "greige_cotton_fabric")],
        certs=("bluesign",),
    ),
    sme(
        35,
        "th",
        "ผ้าทอรีไซเคิล โคราช",
        C,
        MID,
        "Nakhon Ratchasima",
        "koratrecycledfabric@gmail.com",
        [("ผ้าทอจากด้ายรีไซเคิล สีเทาท็อปดาย", "recycled_cotton_fabric")],
        [need("เส้นด้ายปั่นจากเศษผ้า", "recycled_cotton_yarn")],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        36,
        "en",
        "Nimman Frame Studio",
        AC,
        MID,
        "Chiang Mai",
        "frames@nimmanframe.com",
        [
            ("custom framing for your artworks and prints", "picture_framing_service"),
            ("ready-made teak moulding frames, A4 to A1", "picture_frames"),
        ],
        [need("salvaged old teak planks", "reclaimed_wood")],
    ),
    sme(
        37,
        "th",
        "กลุ่มแม่บ้านตัดเย็บ บ้านเชียง",
        AI,
        MID,
        "Udon Thani",
        "banchiangsewing@gmail.com",
        [("รับจ้างตัดเย็บตามออเดอร์ กระเป๋า ผ้ากันเปื้อน", "cut_and_sew_service")],
        [need("ผ้าฝ้ายทอกี่มือ สีพื้น หลายพับ", "handwoven_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        38,
        "en",
        "Royal Linen Priming Atelier",
        H,
        MID,
        "Bangkok",
        "atelier@royallinenpriming.com",
        [("oil-primed linen, double primed, 2.1 m", "primed_linen_canvas_roll")],
        [need("raw flax cloth, fine weave, unprimed", "linen_fabric")],
    ),
    sme(
        39,
        "th",
        "ศูนย์ย้อมครามชุมชน บ้านหนองแวง",
        AI,
        MID,
        "Khon Kaen",
        "nongwaengkhram@gmail.com",
        [("รับจ้างย้อมคราม ผ้าหรือด้ายที่ลูกค้าส่งมา", "indigo_dyeing_service")],
        [need("เนื้อคราม พร้อมใช้", "natural_indigo_dye")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        40,
        "en",
        "Rayong Waxed Canvas",
        S,
        MID,
        "Rayong",
        "rayongwaxed@gmail.com",
        [("waxed cotton canvas, water repellent, for outdoor bags", "coated_waterproof_canvas")],
        [need("unbleached cotton canvas 12-15 oz", "greige_cotton_fabric")],
    ),
    sme(
        41,
        "th",
        "คลองหลวงโค้ทติ้ง",
        AC,
        MID,
        "Pathum Thani",
        "khlongluangcoating@gmail.com",
        [("รับเคลือบรองพื้นผ้าใบ ผ้าของลูกค้า", "canvas_priming_service")],
        [need("เจสโซ่สีขาว ถังใหญ่", "acrylic_gesso")],
    ),
    sme(
        42,
        "en",
        "ColourLab Inks",
        S,
        MID,
        "Samut Prakan",
        "colourlab@colourlabinks.com",
        [("water-based textile screen inks, 1 kg tubs", "textile_screen_ink")],
        certs=("OEKO-TEX Standard 100",),
    ),
    sme(
        43,
        "th",
        "กลุ่มทอผ้าฝ้าย บ้านหวาย",
        AI,
        MID,
        "Roi Et",
        "banwaiweaving@gmail.com",
        [("ผ้าฝ้ายทอมือ สีพื้น ขายเป็นพับ", "handwoven_cotton_fabric")],
        [unmet("ด้ายฝ้ายที่ย้อมครามแล้ว พร้อมทอ", "no one sells indigo-dyed yarn", "indigo_dyed_yarn")],
        certs=("OTOP",),
    ),
    sme(
        44,
        "en",
        "Upcycle Sewing Lab",
        C,
        MID,
        "Songkhla",
        "lab@upcyclesewing.org",
        [("sewing totes and pouches from your waste canvas", "cut_and_sew_service")],
        [need("misprinted canvas rolls from print shops", "misprinted_canvas")],
        bcg=("circular",),
    ),
    sme(
        45,
        "th",
        "ผ้าย้อมสีธรรมชาติ เมืองแพร่",
        H,
        MID,
        "Phrae",
        "phraenaturaldye@gmail.com",
        [("รับย้อมสีธรรมชาติ ผ้าที่ลูกค้าส่งมา", "natural_dyeing_service"), ("ผ้าฝ้ายย้อมมะเกลือ สีดำ", "natural_dyed_cotton_fabric")],
        [need("สีย้อมจากพืช แบบผงแห้ง", "natural_dye_extract")],
        bcg=("bio",),
    ),
    sme(
        46,
        "en",
        "Ubon Indigo Cloth",
        AI,
        MID,
        "Ubon Ratchathani",
        "ubonindigo@gmail.com",
        [("khram mudmee cotton, hand-woven, 1 m wide, 400 THB/m", "indigo_dyed_cotton_fabric")],
        [need("natural indigo paste, no synthetic indigo", "natural_indigo_dye")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        47,
        "th",
        "โรงงานเคลือบผ้ากันน้ำ มหาชัย",
        S,
        MID,
        "Samut Sakhon",
        "mahachaicoating@gmail.com",
        [("ผ้าแคนวาสเคลือบพียู กันน้ำ", "coated_waterproof_canvas")],
        [need("ผ้าคอตตอนดิบ เนื้อหนา", "greige_cotton_fabric")],
    ),
    sme(
        48,
        "en",
        "Green Print Canvas",
        C,
        MID,
        "Nonthaburi",
        "hello@greenprintcanvas.com",
        [("recycled-cotton inkjet canvas, GRS", "inkjet_canvas_roll")],
        [need("GRS recycled cotton cloth as coating base", "recycled_cotton_fabric", req=("GRS",))],
        certs=("GRS",),
        bcg=("circular",),
    ),
    sme(
        49,
        "th",
        "ขึงเฟรม ช่างหนุ่ม สะพานควาย",
        AC,
        MID,
        "Bangkok",
        "changnum.frame@gmail.com",
        [("รับขึงเฟรมผ้าใบ งานเพ้นท์ งานพิมพ์", "canvas_stretching_service"), ("โครงไม้เฟรม สั่งตัดตามขนาด", "stretcher_bars")],
        [need("ไม้ระแนงสน จากพาเลทเก่า", "reclaimed_wood")],
    ),
    sme(
        50,
        "en",
        "Mae Fah Hemp Weavers",
        H,
        MID,
        "Chiang Rai",
        "maefahhemp@gmail.com",
        [("heavy hemp duck canvas, loom width 110 cm", "hemp_canvas_fabric")],
        [need("degummed hemp bast fibre", "hemp_fibre"), need("hemp warp yarn", "hemp_yarn")],
        bcg=("bio",),
    ),
    # ------------------------------------------------------------------ downstream: goods, shops, schools, buyers
    sme(
        51,
        "th",
        "สยามอาร์ตซัพพลาย",
        AC,
        DOWN,
        "Bangkok",
        "siamartsupply@gmail.com",
        [("สมุดสเก็ตช์ ปกผ้าแคนวาส สั่งพิมพ์โลโก้ได้", "canvas_covered_notebook")],
        [need("กระเป๋าผ้าแคนวาสเปล่า ไม่สกรีน", "blank_canvas_tote_bag"), need("ปากกาเขียนผ้า", "fabric_markers")],
    ),
    sme(
        52,
        "en",
        "Khao San Portrait Painters",
        AC,
        DOWN,
        "Bangkok",
        "khaosanportraits@gmail.com",
        [
            ("portraits painted from your photo, 2-day turnaround", "portrait_commission_service"),
            ("oil paintings of Thai temples, rolled for travel", "original_paintings"),
        ],
        [
            need("cheap primed canvas by the roll, Fredrix-type", "primed_cotton_canvas_roll"),
            unmet("oil colour tubes, 200 ml", "no paint maker offers oil colours", "oil_paint"),
        ],
    ),
    sme(
        53,
        "th",
        "ศิลปินข้าวสาร วาดภาพเหมือน",
        AC,
        DOWN,
        "Bangkok",
        "khaosanartist@gmail.com",
        [("วาดภาพเหมือนจากรูปถ่าย สีน้ำมัน", "portrait_commission_service")],
        [
            need("ผ้าใบลงรองพื้นแล้ว เป็นม้วน", "primed_cotton_canvas_roll", "primed_linen_canvas_roll"),
            need("ช่างขึงเฟรม", "canvas_stretching_service"),
        ],
    ),
    sme(
        54,
        "en",
        "Silpa Art School",
        AC,
        DOWN,
        "Nonthaburi",
        "office@silpaartschool.ac.th",
        [
            ("weekend acrylic painting classes for adults", "painting_class_service"),
            ("used student canvases for recycling", "used_painted_canvas"),
        ],
        [
            need("stretched canvases 40x50 cm, 300 pcs per term", "stretched_canvas"),
            need("studio easels, H-frame", "easel"),
        ],
    ),
    sme(
        55,
        "th",
        "แคนวาสเฟรม ดอทคอม",
        AC,
        DOWN,
        "Pathum Thani",
        "canvasframe.shop@gmail.com",
        [("เฟรมผ้าใบสำเร็จ ขึงตึง พร้อมวาด", "stretched_canvas"), ("แคนวาสบอร์ด ขนาด A4", "canvas_board")],
        [need("ผ้าคอตตอนลงเจสโซ่แล้ว", "primed_cotton_canvas_roll"), need("ไม้คานเฟรม", "stretcher_bars")],
    ),
    sme(
        56,
        "en",
        "Lampang Easel Maker",
        AC,
        DOWN,
        "Lampang",
        "lampangeasel@gmail.com",
        [("folding field easels in rubberwood", "easel"), ("tabletop easels for classrooms", "easel")],
        [unmet("brass hinges and wing nuts", "no hardware supplier in the set", "hardware")],
    ),
    sme(
        57,
        "th",
        "หอศิลป์ล้านนา แกลเลอรี่",
        AC,
        DOWN,
        "Chiang Mai",
        "lannagallery@gmail.com",
        [("ให้เช่าพื้นที่จัดนิทรรศการ รายสัปดาห์", "exhibition_space_rental")],
        [need("เข้ากรอบรูปงานศิลปะ", "picture_framing_service")],
    ),
    sme(
        58,
        "en",
        "Isan Senior Day Care",
        AI,
        DOWN,
        "Khon Kaen",
        "isanseniorcare@gmail.com",
        [],
        [
            need("looking for painting workshops for our elderly members", "painting_class_service"),
            need("ready art kits for seniors with dementia", "art_therapy_kit"),
        ],
    ),
    sme(
        59,
        "th",
        "บ้านพักผู้สูงอายุ สุขใจ อุดร",
        AI,
        DOWN,
        "Udon Thani",
        "sukjaiudon@gmail.com",
        [],
        [need("ชุดอุปกรณ์ศิลปะบำบัด สำหรับผู้สูงวัย", "art_therapy_kit"), need("อยากได้ขาตั้งวาดรูปแบบตั้งโต๊ะ น้ำหนักเบา", "easel")],
    ),
    sme(
        60,
        "en",
        "River Kwai Boutique Hotel",
        AC,
        DOWN,
        "Kanchanaburi",
        "purchasing@riverkwaiboutique.com",
        [],
        [need("canvas wall prints for 80 rooms, same image in each", "canvas_prints")],
    ),
    sme(
        61,
        "th",
        "บริษัท ไทยอาร์ตคิท จำกัด",
        AC,
        DOWN,
        "Nonthaburi",
        "sales@thaiartkit.co.th",
        [("ชุดศิลปะบำบัดผู้สูงอายุ พร้อมคู่มือกิจกรรม", "art_therapy_kit"), ("ชุดเพ้นท์กระเป๋าผ้า DIY สำหรับเด็ก", "diy_tote_paint_kit")],
        [
            need("ถุงผ้าดิบเปล่า ใส่ในชุด DIY", "blank_canvas_tote_bag"),
            need("แผ่นแคนวาสบอร์ด ขนาดเล็ก", "canvas_board"),
            need("สีเพ้นท์ผ้า ปลอดสารตะกั่ว ต้องมี มอก.", "fabric_paint", req=("Thai Industrial Standard",)),
        ],
    ),
    sme(
        62,
        "en",
        "Tote Blank Supply",
        AC,
        DOWN,
        "Bangkok",
        "orders@toteblank.com",
        [("blank 10 oz canvas totes, natural, 38 x 42 cm", "blank_canvas_tote_bag")],
        [need("cut-and-sew contractor for 5,000 totes a month", "cut_and_sew_service")],
    ),
    sme(
        63,
        "th",
        "กระเป๋าผ้าคราม สกลนคร",
        AI,
        DOWN,
        "Sakon Nakhon",
        "khrambag.sakon@gmail.com",
        [("กระเป๋าผ้าฝ้ายทอมือ ย้อมคราม", "fashion_cloth_bag")],
        [need("ผ้าครามทอมือ ขายเป็นเมตร", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
        bcg=("bio",),
    ),
    sme(
        64,
        "en",
        "Canvas Again",
        C,
        DOWN,
        "Bangkok",
        "hi@canvasagain.co",
        [("notebooks bound in retired painting canvases", "canvas_covered_notebook")],
        [need("waste canvas from galleries and schools", "used_painted_canvas")],
        bcg=("circular",),
    ),
    sme(
        65,
        "th",
        "มาร์คเกอร์ไทย",
        AC,
        DOWN,
        "Samut Prakan",
        "markerthai@gmail.com",
        [("ปากกาเพ้นท์ผ้า หัวตัด ชุด 12 สี", "fabric_markers")],
        [unmet("หัวปากกาไฟเบอร์ นำเข้า", "no pen-part supplier in the set", "marker_nibs")],
        certs=("Thai Industrial Standard",),
    ),
    sme(
        66,
        "en",
        "Chiang Mai Art Supply",
        AC,
        DOWN,
        "Chiang Mai",
        "shop@cmartsupply.com",
        [
            ("Pentel fabric markers, 15-colour sets, imported", "fabric_markers"),
            ("canvas panels 8 x 10 in", "canvas_board"),
        ],
        [
            need("stretched cotton canvas, wholesale", "stretched_canvas"),
            need("Do you make canvas brush rolls?", "brush_roll_pouch"),
            unmet("sable watercolour brushes", "no brush maker in the set", "paint_brushes"),
        ],
    ),
    sme(
        67,
        "th",
        "กลุ่มเย็บกระเป๋าใส่พู่กัน โคราช",
        AI,
        DOWN,
        "Nakhon Ratchasima",
        "koratbrushroll@gmail.com",
        [("ม้วนผ้าใส่พู่กัน ผ้าแคนวาส", "brush_roll_pouch"), ("ผ้ากันเปื้อนช่างวาด ผ้าดิบ ตัวละ 150 บาท", "artist_apron")],
        [need("ผ้าดิบหนา 10 หลา", "greige_cotton_fabric")],
    ),
    sme(
        68,
        "en",
        "ArtPro Aprons",
        AC,
        DOWN,
        "Samut Prakan",
        "artproaprons@gmail.com",
        [("heavy canvas artist aprons with pockets", "artist_apron")],
        [need("cotton twill dyed navy and black, OEKO-TEX", "dyed_cotton_fabric", req=("OEKO-TEX Standard 100",))],
    ),
    sme(
        69,
        "th",
        "โรงเรียนสอนศิลปะเด็ก บ้านสีสัน",
        AC,
        DOWN,
        "Bangkok",
        "baansisan.art@gmail.com",
        [("คอร์สวาดภาพระบายสีเด็ก เสาร์ อาทิตย์", "painting_class_service")],
        [
            need("สีเพ้นท์ผ้าสำหรับเด็ก ต้องผ่าน มอก.", "fabric_paint", req=("Thai Industrial Standard",)),
            need("แคนวาสบอร์ดเล็ก 20x20 ซม.", "canvas_board"),
        ],
    ),
    sme(
        70,
        "en",
        "Giclee House Bangkok",
        AC,
        DOWN,
        "Bangkok",
        "print@gicleehouse.com",
        [("fine-art giclee printing on canvas from your files", "canvas_printing_service")],
        [
            need(
                "premium inkjet canvas, OEKO-TEX not required", "inkjet_canvas_roll", waive=("OEKO-TEX Standard 100",)
            ),
            need("stretching service for printed canvases", "canvas_stretching_service"),
        ],
    ),
    sme(
        71,
        "th",
        "ร้านภาพแต่งบ้าน จตุจักร",
        AC,
        DOWN,
        "Bangkok",
        "chatuchakdecor@gmail.com",
        [("ภาพพิมพ์แคนวาส ตกแต่งบ้าน พร้อมแขวน", "canvas_prints")],
        [need("โรงพิมพ์รับจ้างพิมพ์ลงผ้าใบ", "canvas_printing_service")],
    ),
    sme(
        72,
        "th",
        "โรงพยาบาลฟื้นฟู อุดรธานี",
        AI,
        DOWN,
        "Udon Thani",
        "udonrehab@gmail.com",
        [],
        [need("ชุดศิลปะบำบัด ไม่ต้องมี อย.", "art_therapy_kit", waive=("Thai FDA",))],
    ),
    sme(
        73,
        "th",
        "ร้านของฝากขอนแก่น ศรีจันทร์",
        AI,
        DOWN,
        "Khon Kaen",
        "srichanshop@gmail.com",
        [],
        [need("กระเป๋าผ้าทำมือ ลายคราม มีตรา OTOP", "fashion_cloth_bag", req=("OTOP",))],
    ),
    sme(
        74,
        "en",
        "Krabi Beach Gallery",
        AC,
        DOWN,
        "Krabi",
        "gallery@krabibeachart.com",
        [
            ("seascapes in acrylic by local painters", "original_paintings"),
            ("batik pictures on cotton, Krabi style, framed", "original_paintings"),
        ],
        [
            need("floater frames fitted to our canvases", "picture_framing_service"),
            unmet("gold leaf for gilding frames", "no one sells gold leaf", "gold_leaf"),
        ],
    ),
    sme(
        75,
        "th",
        "ร้านวาดภาพ ไนท์บาซาร์",
        AC,
        DOWN,
        "Chiang Mai",
        "nightbazaarpaint@gmail.com",
        [("ภาพวาดสีอะคริลิก ช้าง วัด ขายนักท่องเที่ยว", "original_paintings")],
        [need("ผ้าใบรองพื้นสำเร็จ ม้วนยาว 10 เมตร", "primed_cotton_canvas_roll", "primed_linen_canvas_roll")],
    ),
    sme(
        76,
        "en",
        "Urban Sketch Gear",
        S,
        DOWN,
        "Bangkok",
        "gear@urbansketch.co",
        [("waterproof plein-air backpack for painters", "painter_backpack")],
        [
            need("water-resistant canvas for backpacks, bluesign", "coated_waterproof_canvas", req=("bluesign",)),
            need("nylon straps 25 mm", "nylon_webbing"),
        ],
    ),
    sme(
        77,
        "th",
        "กระเป๋ากีฬา ชลบุรี",
        S,
        DOWN,
        "Chonburi",
        "chonburisportbag@gmail.com",
        [("กระเป๋ากีฬาผ้าแคนวาส", "sports_bag")],
        [need("ผ้าใบกันน้ำ ทำกระเป๋า", "coated_waterproof_canvas")],
    ),
    sme(
        78,
        "th",
        "บ้านพักคนชรา ริมโขง",
        AI,
        DOWN,
        "Nakhon Phanom",
        "rimkhongcare@gmail.com",
        [],
        [
            need("ปากกาเขียนเสื้อ ให้ผู้สูงอายุ มี มอก. ยิ่งดี", "fabric_markers", waive=("Thai Industrial Standard",)),
            unmet("พู่กันด้ามอ้วน จับง่าย สำหรับมือไม่มีแรง", "no brush maker in the set", "paint_brushes"),
        ],
    ),
    sme(
        79,
        "th",
        "ศูนย์ดูแลผู้สูงวัย บางบัวทอง",
        AC,
        DOWN,
        "Nonthaburi",
        "bangbuathongcare@gmail.com",
        [],
        [need("ครูสอนวาดภาพ มาสอนที่ศูนย์ สัปดาห์ละครั้ง", "painting_class_service"), need("ขาตั้งภาพ สำหรับนั่งรถเข็นวาด", "easel")],
    ),
    sme(
        80,
        "en",
        "Hemp Canvas Art Co.",
        H,
        DOWN,
        "Chiang Mai",
        "studio@hempcanvasart.com",
        [("stretched hemp canvases, natural colour", "stretched_canvas")],
        [
            need("hemp duck cloth for stretching", "hemp_canvas_fabric"),
            need("stretcher bars; FSC welcome but not required", "stretcher_bars", waive=("FSC",)),
            unmet("aluminium stretcher profiles", "no metal-frame maker in the set", "aluminium_stretcher"),
        ],
        bcg=("bio",),
    ),
    sme(
        81,
        "th",
        "กระเป๋าผ้ากัญชง เชียงราย",
        H,
        DOWN,
        "Chiang Rai",
        "hempbag.cr@gmail.com",
        [("กระเป๋าผ้ากัญชง เขียนเทียน ย้อมคราม", "fashion_cloth_bag")],
        [need("ผ้าใยกัญชง เนื้อหนา", "hemp_canvas_fabric"), need("มีที่รับย้อมครามผ้าของเราไหม", "indigo_dyeing_service")],
        bcg=("bio",),
    ),
    sme(
        82,
        "th",
        "รีแคนวาสบอร์ด",
        C,
        DOWN,
        "Bangkok",
        "recanvasboard@gmail.com",
        [("แคนวาสบอร์ด ทำจากกระดาษลังและเศษผ้าใบ", "canvas_board")],
        [
            need("เศษผ้าคอตตอน ชิ้นใหญ่กว่า 30 ซม.", "textile_offcuts"),
            need("จ้างเคลือบเจสโซ่ผ้าที่เราส่งไป", "canvas_priming_service"),
        ],
        bcg=("circular",),
    ),
    sme(
        83,
        "th",
        "ร้านเครื่องเขียน ขอนแก่นอาร์ต",
        AI,
        DOWN,
        "Khon Kaen",
        "khonkaenart@gmail.com",
        [("ขายปลีก สี พู่กัน กระดาษวาดเขียน", "art_supplies_retail")],
        [
            need("ต้องการเฟรมวาดรูปผ้าใบ ส่งต่างจังหวัดได้", "stretched_canvas"),
            unmet("กระดาษสีน้ำ 300 แกรม", "no paper maker in the set", "watercolour_paper"),
        ],
    ),
    sme(
        84,
        "en",
        "Old Town Phuket Gallery",
        AC,
        DOWN,
        "Phuket",
        "oldtownphuketgallery@gmail.com",
        [],
        [
            need("giclee reproductions of our artists' work on canvas", "canvas_printing_service"),
            need("ready-made frames, natural wood", "picture_frames"),
        ],
    ),
    sme(
        85,
        "th",
        "โรงแรม หัวหิน การ์เด้น",
        AC,
        DOWN,
        "Prachuap Khiri Khan",
        "purchase@huahingarden.com",
        [],
        [
            need("ภาพวาดต้นฉบับ ตกแต่งล็อบบี้", "original_paintings"),
            need("ถุงผ้าของที่ระลึกแขก ไม่จำเป็นต้องมี OTOP", "fashion_cloth_bag", waive=("OTOP",)),
        ],
    ),
    sme(
        86,
        "en",
        "Roi Et Souvenir Painting Co-op",
        AI,
        DOWN,
        "Roi Et",
        "roietpainting@gmail.com",
        [("hand-painted tote bags with Isan motifs", "fashion_cloth_bag")],
        [
            need("plain cotton totes for painting, no print", "blank_canvas_tote_bag"),
            need("washable textile colours", "fabric_paint"),
        ],
        certs=("OTOP",),
    ),
    sme(
        87,
        "th",
        "สตูดิโอเพ้นท์ยีนส์มือสอง",
        C,
        DOWN,
        "Bangkok",
        "paintedjeans.studio@gmail.com",
        [("เสื้อยีนส์มือสองเพ้นท์ลาย", "upcycled_painted_garments")],
        [need("เสื้อผ้ามือสอง คัดเกรด เป็นกระสอบ", "used_textiles"), need("สีเพ้นท์ยีนส์ สีติดทน", "fabric_paint")],
        bcg=("circular",),
    ),
    sme(
        88,
        "th",
        "โคราช ปริ้นท์แอนด์ไซน์",
        AI,
        DOWN,
        "Nakhon Ratchasima",
        "koratprintsign@gmail.com",
        [("อัดรูปลงผ้าใบแคนวาส จากรูปถ่ายลูกค้า เสร็จใน 1 วัน", "canvas_printing_service")],
        [need("แคนวาสม้วน สำหรับปริ้นท์ หน้ากว้าง 60 นิ้ว", "inkjet_canvas_roll")],
    ),
    sme(
        89,
        "th",
        "ศูนย์ศิลปะบำบัด อุบลฯ",
        AI,
        DOWN,
        "Ubon Ratchathani",
        "ubonarttherapy@gmail.com",
        [("กิจกรรมศิลปะบำบัด กลุ่มผู้สูงอายุ", "painting_class_service")],
        [need("อุปกรณ์ศิลปะบำบัด เป็นชุด", "art_therapy_kit")],
    ),
    sme(
        90,
        "en",
        "Trail Art Outdoor Co.",
        S,
        DOWN,
        "Pathum Thani",
        "trailart@trailartoutdoor.com",
        [("UV-block umbrellas for plein-air painters", "painter_umbrella")],
        [need("coated canvas for umbrella tops; bluesign not needed", "coated_waterproof_canvas", waive=("bluesign",))],
    ),
    sme(
        91,
        "th",
        "ย่ามผ้าฝ้าย เมืองน่าน",
        H,
        DOWN,
        "Nan",
        "nanyam.cotton@gmail.com",
        [("ถุงย่ามผ้าฝ้ายเมือง ลายน้ำไหล", "fashion_cloth_bag")],
        [need("ผ้าฝ้ายย้อมสีธรรมชาติ ห้ามใช้สีเคมี", "natural_dyed_cotton_fabric", "indigo_dyed_cotton_fabric")],
        certs=("OTOP",),
    ),
    sme(
        92,
        "en",
        "Bangkok International Art Academy",
        AC,
        DOWN,
        "Bangkok",
        "procurement@biaa.ac.th",
        [],
        [
            unmet(
                "stretched canvases of GOTS organic cotton only",
                "no canvas maker holds GOTS",
                "stretched_canvas",
                req=("GOTS",),
            ),
            need("want 30 field easels before June", "easel"),
            need("smocks for painting classes", "artist_apron"),
        ],
    ),
    sme(
        93,
        "th",
        "ภาพแคนวาสของฝาก ชะอำ",
        AC,
        DOWN,
        "Phetchaburi",
        "chaamcanvas@gmail.com",
        [("ภาพพิมพ์บนผ้าใบ วิวทะเล ขายส่งร้านของฝาก", "canvas_prints")],
        [need("แคนวาสพิมพ์อิงค์เจ็ท แบบด้าน", "inkjet_canvas_roll")],
    ),
    sme(
        94,
        "en",
        "Mukdahan Elder Craft Club",
        AI,
        DOWN,
        "Mukdahan",
        "elder.craft.mukdahan@gmail.com",
        [("hand-embroidered brush rolls by elderly members", "brush_roll_pouch")],
        [
            need("Isan handloom cotton, short lengths ok", "handwoven_cotton_fabric"),
            unmet("DMC embroidery floss", "no one sells embroidery floss", "embroidery_floss"),
        ],
    ),
    sme(
        95,
        "th",
        "ร้านกรอบรูป ประตูน้ำ",
        AC,
        DOWN,
        "Bangkok",
        "pratunamframe@gmail.com",
        [("กรอบรูปไม้สำเร็จรูป ราคาส่ง", "picture_frames"), ("รับเข้ากรอบภาพวาด ภาพปัก", "picture_framing_service")],
        [unmet("ไม้ทำกรอบรูป ต้องมีใบรับรอง FSC", "no timber supplier holds FSC", "reclaimed_wood", req=("FSC",))],
    ),
]

# ---------------------------------------------------------------------------------------------- checks

EXPECTED_PROFILES = 95
LINK_RANGE = (160, 180)
UNMET_RANGE = (17, 23)
THAI_SHARE_RANGE = (0.50, 0.60)
CROSS_SHARE_RANGE = (0.40, 0.60)
ID_RE = re.compile(r"^bar-\d{3}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
LATIN_LETTER = re.compile("[A-Za-z]")


class CheckError(Exception):
    pass


def _fail(problems: list[str]) -> None:
    if problems:
        raise CheckError("\n".join(problems))


def _script_ok(text: str, language: str) -> bool:
    if language == "en":
        return text.isascii() and not THAI_CHAR.search(text) and bool(LATIN_LETTER.search(text))
    thai, latin = len(THAI_LETTER.findall(text)), len(LATIN_LETTER.findall(text))
    return thai > 0 and thai >= 2 * latin


def _mentioned(certification: str, text: str) -> bool:
    """Whether `text` names the certification at all, claimed or negated."""
    record = next(c for c in CERTIFICATIONS if c.name == certification)
    lowered = text.casefold()
    names = (*record.mentions, *record.aliases, record.name)
    return any(name.casefold() in lowered for name in names) or any(
        name in text for name in record.case_sensitive_mentions
    )


def check_profiles(smes: list[Sme]) -> None:
    problems: list[str] = []
    ids = [s.id for s in smes]
    if len(ids) != len(set(ids)):
        problems.append(f"duplicate ids: {sorted(k for k, v in Counter(ids).items() if v > 1)}")
    if ids != [f"bar-{n:03d}" for n in range(1, EXPECTED_PROFILES + 1)]:
        problems.append("ids must run bar-001 ... bar-095 in order")
    sub_clusters = {m.value for m in SubCluster}
    stages = {m.value for m in Stage}
    tags = {m.value for m in BcgTag}
    texts: Counter[str] = Counter()
    for s in smes:
        where = s.id
        if not ID_RE.match(s.id):
            problems.append(f"{where}: malformed id")
        if s.language not in ("th", "en"):
            problems.append(f"{where}: language {s.language!r}")
        if s.sub_cluster not in sub_clusters:
            problems.append(f"{where}: sub_cluster {s.sub_cluster!r}")
        if s.stage not in stages:
            problems.append(f"{where}: stage {s.stage!r}")
        province = resolve_province(s.province)
        if province is None or province.name_en != s.province:
            problems.append(f"{where}: province {s.province!r} is not a canonical English province name")
        for cert in s.certifications:
            if resolve_certification(cert) != cert:
                problems.append(f"{where}: certification {cert!r} is not canonical")
        if len(set(s.certifications)) != len(s.certifications):
            problems.append(f"{where}: repeated certification")
        for tag in s.bcg:
            if tag not in tags:
                problems.append(f"{where}: bcg tag {tag!r}")
        if len(set(s.bcg)) != len(s.bcg):
            problems.append(f"{where}: repeated bcg tag")
        if not EMAIL_RE.match(s.email):
            problems.append(f"{where}: email {s.email!r}")
        if not s.name.strip() or not _script_ok(s.name, s.language):
            problems.append(f"{where}: name {s.name!r} not in {s.language} script")
        if not s.offers and not s.needs:
            problems.append(f"{where}: neither offers nor needs")
        if len(s.offers) > 3 or len(s.needs) > 3:
            problems.append(f"{where}: at most three offers and three needs")
        for text, label in s.offers:
            texts[text] += 1
            if not re.fullmatch(r"[a-z][a-z0-9_]*", label):
                problems.append(f"{where}: offer label {label!r}")
            if not _script_ok(text, s.language) or text != text.strip():
                problems.append(f"{where}: offer {text!r} not in {s.language} script")
        for n in s.needs:
            texts[n.text] += 1
            if not _script_ok(n.text, s.language) or n.text != n.text.strip():
                problems.append(f"{where}: need {n.text!r} not in {s.language} script")
            if n.unmet is None and not n.labels:
                problems.append(f"{where}: need {n.text!r} lists no labels and is not marked unmet")
            found = find_certifications(n.text)
            for cert in n.requires:
                if resolve_certification(cert) != cert:
                    problems.append(f"{where}: required certification {cert!r} is not canonical")
                if cert not in found:
                    problems.append(f"{where}: need {n.text!r} requires {cert} but its text does not ask for it")
            for cert in n.waives:
                if cert in found or not _mentioned(cert, n.text):
                    problems.append(f"{where}: need {n.text!r} waives {cert} but its text does not waive it")
            extra = found - set(n.requires)
            if extra:
                problems.append(f"{where}: need {n.text!r} asks for {sorted(extra)} not listed as required")
    repeated = sorted(t for t, k in texts.items() if k > 1)
    if repeated:
        problems.append(f"phrases used more than once: {repeated}")
    _fail(problems)


def qualified_suppliers(smes: list[Sme], buyer: Sme, n: Need) -> list[str]:
    wanted = set(n.labels)
    out = []
    for s in smes:
        if s.id == buyer.id:
            continue
        if any(label in wanted for _, label in s.offers) and set(n.requires) <= set(s.certifications):
            out.append(s.id)
    return out


def compute_links(smes: list[Sme]) -> tuple[list[tuple[str, str]], dict[tuple[str, int], list[str]]]:
    problems: list[str] = []
    offered: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    links: set[tuple[str, str]] = set()
    per_need: dict[tuple[str, int], list[str]] = {}
    for buyer in smes:
        for i, n in enumerate(buyer.needs):
            suppliers = qualified_suppliers(smes, buyer, n)
            per_need[(buyer.id, i)] = suppliers
            if n.unmet is not None:
                if suppliers:
                    problems.append(f"{buyer.id}: unmet need {n.text!r} is met by {suppliers}")
                continue
            for label in n.labels:
                if not offered.get(label, set()) - {buyer.id}:
                    problems.append(f"{buyer.id}: need {n.text!r} lists {label!r}, which no one else offers")
            if not suppliers:
                problems.append(f"{buyer.id}: need {n.text!r} has no qualified supplier")
            links.update((sup, buyer.id) for sup in suppliers)
    _fail(problems)
    return sorted(links), per_need


# ---------------------------------------------------------------------------------------------- counts


def counts(
    smes: list[Sme], links: list[tuple[str, str]], per_need: dict[tuple[str, int], list[str]]
) -> list[tuple[str, str]]:
    by_id = {s.id: s for s in smes}
    rows: list[tuple[str, str]] = []
    lang = Counter(s.language for s in smes)
    rows.append(("profiles", str(len(smes))))
    rows.append(("Thai / English profiles", f"{lang['th']} / {lang['en']}"))
    for sub in SubCluster:
        rows.append((f"sub-cluster {sub.value}", str(sum(s.sub_cluster == sub.value for s in smes))))
    for stage in Stage:
        rows.append((f"stage {stage.value}", str(sum(s.stage == stage.value for s in smes))))
    regions = Counter(resolve_province(s.province).region.value for s in smes)  # type: ignore[union-attr]
    for region, k in sorted(regions.items()):
        rows.append((f"region {region}", str(k)))
    rows.append(("distinct provinces", str(len({s.province for s in smes}))))
    offers = [label for s in smes for _, label in s.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len(set(offers)))))
    needs = [(s, i, n) for s in smes for i, n in enumerate(s.needs)]
    met = [x for x in needs if x[2].unmet is None]
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(met)} / {len(needs) - len(met)}"))
    spread = Counter(min(len(per_need[(s.id, i)]), 4) for s, i, _ in met)
    rows.append(
        (
            "met needs by number of qualified suppliers (1 / 2 / 3 / 4+)",
            " / ".join(str(spread[k]) for k in (1, 2, 3, 4)),
        )
    )
    rows.append(("needs requiring a certification", str(sum(bool(n.requires) for _, _, n in needs))))
    rows.append(("needs waiving a certification", str(sum(bool(n.waives) for _, _, n in needs))))
    rows.append(("true links", str(len(links))))
    th_en = sum(by_id[a].language == "th" and by_id[b].language == "en" for a, b in links)
    en_th = sum(by_id[a].language == "en" and by_id[b].language == "th" for a, b in links)
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({cross / len(links):.1%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(
        (
            "links between different sub-clusters",
            str(sum(by_id[a].sub_cluster != by_id[b].sub_cluster for a, b in links)),
        )
    )
    return rows


def check_targets(smes: list[Sme], links: list[tuple[str, str]]) -> None:
    by_id = {s.id: s for s in smes}
    problems: list[str] = []
    if len(smes) != EXPECTED_PROFILES:
        problems.append(f"{len(smes)} profiles, expected {EXPECTED_PROFILES}")
    thai = sum(s.language == "th" for s in smes) / max(len(smes), 1)
    if not THAI_SHARE_RANGE[0] <= thai <= THAI_SHARE_RANGE[1]:
        problems.append(f"Thai share {thai:.1%} outside {THAI_SHARE_RANGE}")
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        problems.append(f"{len(links)} links outside {LINK_RANGE}")
    cross = sum(by_id[a].language != by_id[b].language for a, b in links) / max(len(links), 1)
    if not CROSS_SHARE_RANGE[0] <= cross <= CROSS_SHARE_RANGE[1]:
        problems.append(f"cross-language share {cross:.1%} outside {CROSS_SHARE_RANGE}")
    n_unmet = sum(n.unmet is not None for s in smes for n in s.needs)
    if not UNMET_RANGE[0] <= n_unmet <= UNMET_RANGE[1]:
        problems.append(f"{n_unmet} unmet needs outside {UNMET_RANGE}")
    _fail(problems)


# ---------------------------------------------------------------------------------------------- output


def profile_json(s: Sme) -> str:
    record: dict[str, object] = {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub_cluster,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [n.text for n in s.needs],
    }
    if s.certifications:
        record["certifications"] = list(s.certifications)
    if s.bcg:
        record["bcg"] = list(s.bcg)
    record["contact_email"] = s.email
    record["language"] = s.language
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return buffer.getvalue()


def table(rows: list[tuple[str, str]]) -> str:
    lines = ["| count | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)


README = """# Blind evaluation set: art canvas, plain registry entries (`blind_plain_artcanvas`)

## What it checks

Whether the matchmaker finds the true supplier-buyer pairs among {profiles} SME profiles written as
plain registry entries, in wording it has never seen. The theme is art canvas and art supplies: cotton,
linen and hemp artist canvas, primed and unprimed rolls, inkjet canvas, stretcher bars and stretched
canvases, canvas boards, totes, brush rolls and aprons for painters, easels and frames, textile paints,
screen inks and fabric markers, art schools, galleries, Khao San Road painters, art supply shops, care
homes running art therapy, and printers who print on canvas; plus the ordinary upstream and midstream
suppliers (fibre, yarn, cloth, dyeing, sewing, coating) of the Health and Wellness Economy cluster.

About half the profiles are in Thai and half of the true links cross languages. The set includes hard
but fair cases: a service against the goods it works on (dyeing or priming or stretching or sewing the
customer's own material against the dyed, primed, stretched or sewn goods; printing the customer's file
on canvas against canvas wall art and against printable canvas rolls; framing against frames); waste
and used canvas against new; raw against processed (fibre, yarn, cloth, product); finished goods
described by their material, colour or technique (an indigo bag is a bag); needs written as wishes,
bare noun phrases or questions; refusals; needs that require a named certification and needs that name
one only to waive it; and {unmet} needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of the contracts (cluster profiles, JSONL version 1, and
the links CSV), `shared/taxonomy.py` with `shared/taxonomy_data/`, and the ruff settings in
`pyproject.toml`. The writer saw neither the matcher, nor its glossary, tests, other evaluation sets or
project data. Offers and needs are short phrases as an SME database stores them; the same kind of goods
is written in many ways (local and regional names, trade words, brand names, abbreviations, with and
without quantities, prices, sizes, minimum orders and places), and a need is worded differently from
the offers that meet it, often in the other language.

## How a link is decided

In `write.py` every offer is a `(text, label)` pair whose label says what the thing is (for example
`indigo_dyed_cotton_fabric` against `indigo_dyeing_service`). Every need lists the offer labels that
would meet it and the certifications its text requires, or is marked as met by no one with a short
note. A pair (supplier, buyer) is a true link when some offer of the supplier carries a label listed by
one of the buyer's needs and the supplier's certifications hold every certification that need requires.
An SME is never linked to itself. Shared words play no part; quantities, prices and places never decide
a link; what changes what the thing is does. A certification a need names only to waive it is not
required. The labels live only in `write.py`; `profiles.jsonl` carries contract fields only.

Before writing, the script checks: ids unique and well formed; every contract field valid (sub-cluster,
stage and BCG values from the taxonomy, provinces resolved by `resolve_province`, certifications by
`resolve_certification`); every label a need lists is offered by someone other than the buyer; every
met need has a qualified supplier and every unmet one has none; a required certification is asked for
by the need's text (`find_certifications`) and a waived one is named there but not asked for; Thai
phrases mostly Thai letters and English ones Latin only; the size targets. It writes nothing if a check
fails, and two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_artcanvas/write.py

## Files

- `write.py`: all data, labels, checks and the writer.
- `profiles.jsonl`: {profiles} profiles, ids `bar-001` ... `bar-{last}`, contract JSONL version 1.
- `links.csv`: the {links} true links, header `supplier_id,buyer_id`, sorted, deduplicated.
- `README.md`: this file, written by `write.py`.

## Counts

{table}
"""


def build(smes: list[Sme]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Check the data and return the file contents and the counts table; raises CheckError."""
    check_profiles(smes)
    links, per_need = compute_links(smes)
    rows = counts(smes, links, per_need)
    try:
        check_targets(smes, links)
    except CheckError:
        print(table(rows), file=sys.stderr)
        raise
    n_unmet = sum(n.unmet is not None for s in smes for n in s.needs)
    readme = README.format(profiles=len(smes), unmet=n_unmet, last=smes[-1].id[4:], links=len(links), table=table(rows))
    files = {
        "profiles.jsonl": "".join(profile_json(s) + "\n" for s in smes),
        "links.csv": links_csv(links),
        "README.md": readme,
    }
    return files, rows


def main() -> int:
    try:
        files, rows = build(SMES)
        again, _ = build(list(SMES))
        if again != files:
            raise CheckError("two builds gave different output")
    except CheckError as error:
        print("checks failed, nothing written:", error, sep="\n", file=sys.stderr)
        return 1
    for name, content in files.items():
        (HERE / name).write_text(content, encoding="utf-8", newline="\n")
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
