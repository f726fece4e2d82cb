"""Hand-labelled evaluation set: plain registry entries of a technical-textiles leaning cluster.

Every profile, offer, need and label below was written by hand. Run from the repository root:

    .venv/bin/python eval/blind_plain_technical/write.py

The checks at the bottom must all pass before anything is written; the output is
`profiles.jsonl` (contract format, version 1) and `links.csv` (`supplier_id,buyer_id`).
"""

import csv
import importlib
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
taxonomy = importlib.import_module("shared.taxonomy")

PREFIX = "bpy"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str  # why no one in the set meets it; empty for a met need


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels`, from a supplier holding every cert in `certs`."""
    return Need(text, labels, certs, waives, "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no one in the set meets; `note` says why."""
    return Need(text, (), certs, waives, note)


@dataclass(frozen=True)
class Sme:
    id: str
    lang: str
    name: str
    sub: str
    stage: str
    province: str
    email: str
    certs: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]


HP = "hemp_natural_fibre"
CT = "circular_textile"
SP = "sportech"
AC = "ageing_lifestyle_central"
AI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"

SMES: list[Sme] = [
    # ---------------------------------------------------------------- agricultural nets and their yarns
    Sme(
        "bpy-001", "en", "Eastern Polyfil Extrusion Co., Ltd.", SP, UP, "Rayong",
        "sales@easternpolyfil.co.th", ("ISO 9001", "ISO 14001"), ("green",),
        offers=(
            ("HDPE monofilament 0.20-0.25 mm, UV stabilised, virgin resin only. For shade net and insect "
             "screen knitting. MOQ 1 ton", "hdpe_monofilament_yarn"),
            ("Flat tape yarn, HDPE, 1100-1500 dtex, black / green / white", "hdpe_tape_yarn"),
            ("Artificial grass yarn (PE mono 8800 dtex), field green and olive", "pe_turf_yarn"),
        ),
        needs=(
            N("UV masterbatch for PE, HALS type", "uv_masterbatch"),
            N("Looking for recycled HDPE pellets, black, washed, steady 20 t a month", "recycled_hdpe_pellets"),
        ),
    ),
    Sme(
        "bpy-002", "th", "ห้างหุ้นส่วนจำกัด ราชบุรีรีไซเคิลพลาสติกเกษตร", CT, UP, "Ratchaburi",
        "rbrecycle.agri@gmail.com", ("GRS",), ("circular", "green"),
        offers=(
            ("เม็ดพลาสติก HDPE รีไซเคิลสีดำ หลอมจากสแลนเก่าและตาข่ายเก่า ส่งได้ทั่วประเทศ โทร 089-512-3377",
             "recycled_hdpe_pellets"),
        ),
        needs=(
            N("รับซื้อสแลนเก่า ซาแรนใช้แล้ว ขาดหรือมีดินติดก็รับ ชั่งกิโลให้ราคาหน้าสวน", "used_agri_net_scrap"),
            N("กระสอบปุ๋ยเก่า ถุงจัมโบ้เก่า รับซื้อเป็นตัน", "used_pp_woven_bag_scrap"),
        ),
    ),
    Sme(
        "bpy-003", "en", "Siam Colour Masterbatch Co., Ltd.", SP, UP, "Samut Prakan",
        "orders@siamcolourmb.com", ("ISO 9001",), (),
        offers=(
            ("UV masterbatch for PE/PP tape, monofilament and raffia. 25 kg bags, ex-stock", "uv_masterbatch"),
            ("Carbon black masterbatch 40%", "black_masterbatch"),
        ),
        needs=(
            N("Who can run QUV weathering and tensile retention tests on knitted net samples?",
              "textile_testing_service"),
        ),
    ),
    Sme(
        "bpy-004", "th", "บริษัท สยามเน็ทติ้ง อุตสาหกรรม จำกัด", SP, MID, "Nakhon Pathom",
        "sale@siamnetting.co.th", ("Thai Industrial Standard", "ISO 9001"), ("green",),
        offers=(
            ("สแลนกรองแสง 50% 60% 70% 80% หน้ากว้าง 2 ม. ยาว 100 ม. สีดำ สีเขียว ได้ มอก. ราคาส่งจากโรงงาน", "shade_net"),
            ("มุ้งไนล่อนกันแมลง 32 ตา และ 40 ตา สีขาว สีฟ้า สำหรับโรงเรือน", "insect_net"),
            ("ตาข่ายกันนก คลุมต้นลำไย ลิ้นจี่ ราคาโรงงาน", "bird_net"),
        ),
        needs=(
            N("เส้นโมโน HDPE เกรดใหม่ ผสม UV เท่านั้น ไม่รับเส้นรีไซเคิล", "hdpe_monofilament_yarn"),
            N("เส้นเทปดำ HDPE สำหรับทอริมสแลน", "hdpe_tape_yarn"),
            N("ต้องการแล็บทดสอบค่ากรองแสงและแรงดึงขาดของสแลน ทุกล็อตผลิต", "textile_testing_service"),
        ),
    ),
    Sme(
        "bpy-005", "th", "ช่างเจริญการถัก", SP, MID, "Samut Sakhon",
        "charoen.knit@gmail.com", (), (),
        offers=(
            ("รับจ้างถักตาข่ายเครื่องราเชล ลูกค้าส่งเส้นมาเอง คิดค่าถักเป็นกิโล งานด่วนคุยได้", "net_knitting_service"),
        ),
        needs=(
            U("มีใครขายเข็มถักเครื่องราเชล เกจ 12 บ้างครับ", "knitting-machine needles; no one in the set sells "
              "machine parts"),
        ),
    ),
    Sme(
        "bpy-006", "th", "ร้านเกษตรภัณฑ์อุดรพืชผล", AI, DOWN, "Udon Thani",
        "udonpuechpol@hotmail.com", (), (),
        offers=(),
        needs=(
            N("ซาแรนดำ 80% ม้วนละ 100 เมตร รับไปขายปลีกหน้าร้าน ไม่จำเป็นต้องมี มอก.", "shade_net",
              waives=("Thai Industrial Standard",)),
            N("ผ้าคลุมดินกันหญ้า สีดำ หน้ากว้าง 1 ม. กับ 1.5 ม.", "weed_mat"),
            N("เชือกฟางม้วนใหญ่ คละสี", "pp_twine"),
        ),
    ),
    Sme(
        "bpy-007", "th", "สวนทุเรียนลุงเสริม", CT, DOWN, "Chanthaburi",
        "lungserm.durian@gmail.com", (), ("bio", "circular"),
        offers=(
            ("สแลนเก่ารื้อจากแปลง ปีละราว 2 ตัน ยกให้ผู้รับไปรีไซเคิล มาขนเอง", "used_agri_net_scrap"),
        ),
        needs=(
            N("เชือกโยงกิ่งทุเรียน เชือก PP 6-8 มิล ม้วนละ 200 เมตร", "pp_rope"),
            N("อยากได้ผ้าคลุมโคนต้นกันวัชพืช แบบทอ น้ำซึมผ่านได้", "weed_mat"),
            U("สแลนพรางแสงที่ได้ฉลากเขียว สำหรับโรงเรือนเพาะกล้าทุเรียน",
              "no shade-net maker in the set holds Thai Green Label", certs=("Thai Green Label",)),
        ),
    ),
    Sme(
        "bpy-008", "en", "Damnoen Orchid Nursery Co., Ltd.", CT, DOWN, "Ratchaburi",
        "office@damnoenorchid.com", (), ("bio",),
        offers=(
            ("Old shade cloth pulled down from our orchid houses, baled, approx. 5 t/yr. Buyer collects",
             "used_agri_net_scrap"),
        ),
        needs=(
            N("Black 60-70%, 3 m or 4 m wide, to re-cover two orchid houses", "shade_net"),
            N("Coconut husk chunks for potting orchids, washed, low salt", "coconut_husk_chips"),
        ),
    ),
    Sme(
        "bpy-009", "th", "โรงงานเส้นโมโนรีไซเคิลสุพรรณ", CT, UP, "Suphan Buri",
        "supan.mono@gmail.com", (), ("circular",),
        offers=(
            ("เส้นโมโนรีไซเคิลสีดำ 0.22 มม. ราคาถูกกว่าเส้นใหม่ เหมาะทำสแลนเกรดประหยัด",
             "recycled_hdpe_monofilament_yarn"),
        ),
        needs=(
            N("หัวสีดำ (มาสเตอร์แบทช์คาร์บอน) เดือนละ 2 ตัน", "black_masterbatch"),
            N("เม็ด HDPE รีไซเคิลที่บดล้างแล้ว", "recycled_hdpe_pellets"),
        ),
    ),
    Sme(
        "bpy-010", "en", "Green Canopy Nets Co., Ltd.", SP, MID, "Chiang Mai",
        "hello@greencanopynets.com", ("ISO 9001",), ("green",),
        offers=(
            ("Knitted shade cloth 30 to 90%, widths up to 6 m, cut and hemmed to size. Lead time 10 days", "shade_net"),
            ("Triangle and square shade sails with stainless rings, 185 gsm HDPE", "shade_sail"),
            ("Anti-bird netting for longan and lychee orchards", "bird_net"),
        ),
        needs=(
            N("HDPE monofilament for knitting, UV treated; recycled grade is fine for our budget line",
              "hdpe_monofilament_yarn", "recycled_hdpe_monofilament_yarn"),
            N("Overflow knitting in Q3: we send our own yarn, you knit it on raschel", "net_knitting_service"),
        ),
    ),
    Sme(
        "bpy-011", "en", "Pai Organic Greens", HP, DOWN, "Mae Hong Son",
        "paiorganicgreens@gmail.com", ("Organic Thailand",), ("bio",),
        offers=(),
        needs=(
            N("Crop cover fleece 17-30 gsm for cabbage beds", "pp_spunbond_nonwoven"),
            N("insect netting 50 mesh for tunnel houses", "insect_net"),
            N("Woven ground cover, UV treated, around 100 gsm", "weed_mat"),
        ),
    ),
    Sme(
        "bpy-012", "th", "วิสาหกิจชุมชนมะม่วงส่งออกบางคล้า", AC, DOWN, "Chachoengsao",
        "bangkhla.mango@gmail.com", (), ("bio",),
        offers=(),
        needs=(
            N("ถุงห่อมะม่วงกระดาษคาร์บอน ประมาณ 3 แสนใบ ผู้ผลิตต้องมีใบรับรอง FSC ลูกค้าญี่ปุ่นขอ",
              "fruit_protection_bag", certs=("FSC",)),
            N("เชือกฟางมัดกิ่ง", "pp_twine"),
        ),
    ),
    Sme(
        "bpy-013", "th", "ห้างหุ้นส่วนจำกัด พิษณุโลกถุงห่อผลไม้", HP, MID, "Phitsanulok",
        "pslfruitbag@gmail.com", ("FSC",), ("bio",),
        offers=(
            ("ถุงห่อมะม่วงกระดาษสองชั้น ด้านในสีดำ กันแมลงวันทอง ผิวสวย ขายเป็นหมื่นใบ", "fruit_protection_bag"),
            ("ถุงสปันบอนด์สีขาวห่อฝรั่ง ห่อชมพู่ ใบละ 1.20 บาท", "nonwoven_fruit_bag"),
        ),
        needs=(
            N("ผ้าสปันบอนด์ 30-40 แกรม สีขาว ม้วนหน้ากว้าง 1.6 เมตร", "pp_spunbond_nonwoven"),
        ),
    ),
    Sme(
        "bpy-014", "en", "Ban Phaeo Guava Growers Group", AC, DOWN, "Samut Sakhon",
        "banphaeo.guava@gmail.com", (), ("bio",),
        offers=(),
        needs=(
            N("Anyone making non-woven guava bags? White, about 200,000 pcs a season", "nonwoven_fruit_bag"),
            U("Foam net sleeves for guava, 5 x 15 cm", "EPE foam sleeves; no one in the set makes them"),
        ),
    ),
    Sme(
        "bpy-015", "en", "Eastern Spunbond Nonwovens Co., Ltd.", SP, MID, "Prachinburi",
        "sales@easternspunbond.com", ("ISO 9001", "OEKO-TEX Standard 100"), (),
        offers=(
            ("PP spunbond 10-150 gsm in white, black and green; UV grade for crop covers", "pp_spunbond_nonwoven"),
        ),
        needs=(
            U("PP homopolymer, spunbond grade, MFI 35", "raw polymer; no resin producer in the set"),
            N("UV masterbatch suitable for PP", "uv_masterbatch"),
        ),
    ),
    # ---------------------------------------------------------------- fishing and fish-farm nets
    Sme(
        "bpy-016", "th", "บริษัท สงขลาอวนไทย จำกัด", SP, MID, "Songkhla",
        "songkhla.net@gmail.com", ("ISO 9001",), (),
        offers=(
            ("อวนไนลอนผูกปม 210D/9 ถึง 210D/60 ตาตั้งแต่ 1 นิ้ว ขายเป็นผืน", "knotted_fishing_netting"),
            ("กระชังเลี้ยงปลา ตาข่ายไร้ปม เย็บประกอบตามขนาดที่สั่ง", "fish_cage_net"),
            ("อวนลอยเอ็น อวนปู สำเร็จรูป ติดทุ่นติดตะกั่วพร้อมใช้", "gill_net"),
        ),
        needs=(
            N("ด้ายไนลอน 210D สีเขียวขี้ม้า", "nylon_multifilament_yarn"),
            N("เอ็นโมโนไนลอน 0.25-0.40 มม.", "nylon_monofilament"),
        ),
    ),
    Sme(
        "bpy-017", "en", "Thai Nylon Twine Co., Ltd.", SP, UP, "Pathum Thani",
        "export@thainylontwine.com", ("ISO 9001",), (),
        offers=(
            ("Nylon 6 twine 210D/2 up to 210D/96, raw white and dyed. MOQ 500 kg", "nylon_multifilament_yarn"),
            ("Monofilament fishing line 0.15-1.2 mm, clear / blue / green", "nylon_monofilament"),
        ),
        needs=(
            N("Recycled PA6 chips for a recycled twine line - must be GRS certified", "recycled_nylon_pellets",
              certs=("GRS",)),
        ),
    ),
    Sme(
        "bpy-018", "th", "วิสาหกิจชุมชนประมงพื้นบ้านบ้านดาโต๊ะ", CT, UP, "Pattani",
        "datoh.fisher@gmail.com", (), ("circular",),
        offers=(
            ("อวนเก่าที่ชาวบ้านเก็บจากชายหาดและเรือ คัดเฉพาะไนลอน มัดเป็นก้อน", "used_fishing_net_scrap"),
        ),
        needs=(
            N("อวนปูสำเร็จ ยาว 100 เมตร ตา 4 นิ้ว", "gill_net"),
            N("เชือกผูกเรือ 16-20 มม. เป็น PP หรือไนลอนก็ได้", "pp_rope", "nylon_rope"),
        ),
    ),
    Sme(
        "bpy-019", "en", "Ocean Loop Recycling Co., Ltd.", CT, UP, "Phuket",
        "trade@oceanloop.co.th", ("GRS", "ISO 14001"), ("circular",),
        offers=(
            ("GRS recycled PA6 pellets made from end-of-life fishing nets", "recycled_nylon_pellets"),
            ("Recycled nylon 6 filament yarn, 40D and 70D/24F, GRS", "recycled_nylon_yarn"),
        ),
        needs=(
            N("End-of-life nylon fishing nets, min. 3 t per lot, PE and PP picked out", "used_fishing_net_scrap"),
        ),
    ),
    Sme(
        "bpy-020", "th", "ฟาร์มปลานิลกระชังลุงบุญมา", AC, DOWN, "Chai Nat",
        "boonma.fishcage@gmail.com", (), ("bio",),
        offers=(),
        needs=(
            N("กระชังปลานิล 3x3x2 เมตร ตาข่ายไนล่อน ตา 1 นิ้ว ต้องการ 20 ลูก", "fish_cage_net"),
            N("เชือกร้อยกระชัง", "pp_rope"),
        ),
    ),
    Sme(
        "bpy-021", "en", "Andaman Sea Bass Farm", CT, DOWN, "Krabi",
        "farm@andamanseabass.com", (), ("bio", "circular"),
        offers=(
            ("Worn cage nets, about 3 t a year, free if you collect", "used_fishing_net_scrap"),
        ),
        needs=(
            N("Replacement knotless nets for 10 m square sea cages", "fish_cage_net"),
            N("Mooring rope, nylon, 24-32 mm", "nylon_rope"),
        ),
    ),
    Sme(
        "bpy-022", "th", "ฟาร์มกุ้งขาวแหลมงอบ", SP, DOWN, "Trat",
        "laemngopshrimp@gmail.com", (), ("bio",),
        offers=(),
        needs=(
            N("ผ้าใบ PE ปูบ่อกุ้ง สีดำ หนา 0.3 มม. ขนาด 40x40 ม.", "pe_pond_liner"),
            N("มีใครขายตาข่ายกันนกคลุมบ่อกุ้งบ้างคะ บ่อละไร่ครึ่ง", "bird_net"),
        ),
    ),
    # ---------------------------------------------------------------- coir, vetiver, kenaf and geotextiles
    Sme(
        "bpy-023", "th", "กลุ่มใยมะพร้าวบางสะพาน", HP, UP, "Prachuap Khiri Khan",
        "bangsaphan.coir@gmail.com", (), ("bio", "circular"),
        offers=(
            ("ใยมะพร้าวอัดก้อน ก้อนละ 100 กก. ใยยาว ตีสะอาด กิโลละ 9 บาทหน้าโรงงาน", "coir_fibre"),
            ("กาบมะพร้าวสับสำหรับปลูกกล้วยไม้ แช่น้ำล้างเกลือแล้ว", "coconut_husk_chips"),
        ),
        needs=(
            N("ถุงจัมโบ้ใส่ใยมะพร้าว ขนาด 1 ตัน", "fibc_jumbo_bag"),
            U("หาเครื่องตีใยมะพร้าวมือสอง", "machinery; no one in the set sells it"),
        ),
    ),
    Sme(
        "bpy-024", "en", "Chumphon Coir Works Co., Ltd.", HP, MID, "Chumphon",
        "sales@chumphoncoir.com", ("ISO 9001",), ("bio",),
        offers=(
            ("2-ply coir yarn, 60-90 m/kg", "coir_yarn"),
            ("Coir netting (woven coir mesh) 400, 700 and 900 g/m2 in 2 x 50 m rolls", "coir_erosion_blanket"),
            ("Coir logs, 30 cm dia x 3 m, for riverbank toes", "coir_fibre_log"),
        ),
        needs=(
            N("Coir fibre, bristle and mattress grade, baled", "coir_fibre"),
            N("GSM and tensile test reports for export shipments", "textile_testing_service"),
        ),
    ),
    Sme(
        "bpy-025", "th", "กลุ่มสตรีสานแผ่นหญ้าแฝกบ้านโนนสูง", AI, MID, "Sakon Nakhon",
        "nonsung.vetiver@gmail.com", ("OTOP",), ("bio", "green"),
        offers=(
            ("แผ่นหญ้าแฝกสานคลุมดิน ขนาด 1x1 ม. กันหน้าดินพัง ย่อยสลายเองได้", "vetiver_leaf_mat"),
        ),
        needs=(
            N("ใบหญ้าแฝกตากแห้ง ยาวเกิน 1 เมตร", "vetiver_dry_leaves"),
        ),
    ),
    Sme(
        "bpy-026", "th", "ศูนย์เรียนรู้หญ้าแฝกบ้านหนองแวง", AI, UP, "Roi Et",
        "nongwaeng.faek@gmail.com", (), ("bio",),
        offers=(
            ("ใบแฝกแห้งมัดฟ่อน ฟ่อนละ 5 กก.", "vetiver_dry_leaves"),
            ("กล้าหญ้าแฝกพันธุ์สงขลา 3 ในถุงชำ ขั้นต่ำ 5,000 ต้น สั่งล่วงหน้า 1 เดือน", "vetiver_slips"),
        ),
        needs=(
            N("เชือกพลาสติกแบน ๆ ไว้มัดฟ่อนใบแฝก", "pp_twine"),
        ),
    ),
    Sme(
        "bpy-027", "en", "Highland Roadworks Co., Ltd.", HP, DOWN, "Nan",
        "procurement@highlandroadworks.co.th", ("ISO 9001",), ("green",),
        offers=(),
        needs=(
            N("Biodegradable erosion control blanket for cut slopes, coir or jute", "coir_erosion_blanket",
              "bast_geotextile_mesh"),
            N("Vetiver slips, 50,000 plants for slope planting", "vetiver_slips"),
            N("Nonwoven geotextile 200 g/m2 under gabion walls. Highways spec: TIS certified only",
              "pet_needlepunched_geotextile", certs=("Thai Industrial Standard",)),
            U("Hydroseeding subcontractor for slopes", "a slope-seeding service; no one in the set offers it"),
        ),
    ),
    Sme(
        "bpy-028", "th", "บริษัท ไทยจีโอนอนวูฟเวน จำกัด", CT, MID, "Ang Thong",
        "sales@thaigeonw.co.th", ("Thai Industrial Standard", "ISO 9001"), ("circular", "green"),
        offers=(
            ("แผ่นใยสังเคราะห์ไม่ถักไม่ทอ ชนิดเข็มเจาะ 150-500 กรัม/ตร.ม. ได้ มอก.", "pet_needlepunched_geotextile"),
            ("รับจ้างเข็มเจาะ (needle punch) ใยของลูกค้า ขั้นต่ำ 500 กก.", "needle_punching_service"),
            ("ถุงทรายใยสังเคราะห์ (จีโอแบ็ก) สำหรับงานกันตลิ่ง", "geobag"),
        ),
        needs=(
            N("ใยโพลีเอสเตอร์รีไซเคิล 6D-15D ยาว 64 มม. มี GRS ยิ่งดี แต่ไม่บังคับ",
              "recycled_polyester_staple_fibre", waives=("GRS",)),
            N("ทดสอบแรงเจาะทะลุ ค่าซึมผ่านน้ำ ของแผ่นใยสังเคราะห์", "textile_testing_service"),
        ),
    ),
    Sme(
        "bpy-029", "th", "ห้างหุ้นส่วนจำกัด ขอนแก่นชลประทานก่อสร้าง", HP, DOWN, "Khon Kaen",
        "kk.irrigation@gmail.com", (), (),
        offers=(),
        needs=(
            N("กระสอบทราย PP สีขาว 45x75 ซม. จำนวนมาก งานคันคลอง", "sandbag"),
            N("ท่อนใยมะพร้าวกันตลิ่งพัง", "coir_fibre_log"),
            N("ผ้าใยสังเคราะห์รองหินทิ้งริมคลอง งานเอกชน ไม่ต้องมี มอก.", "pet_needlepunched_geotextile",
              waives=("Thai Industrial Standard",)),
        ),
    ),
    Sme(
        "bpy-030", "th", "กลุ่มผู้ปลูกปอแก้วบ้านหนองบัว", HP, UP, "Maha Sarakham",
        "nongbua.por@gmail.com", (), ("bio",),
        offers=(
            ("ปอแก้วแช่น้ำลอกเปลือก ตากแห้ง ขายเป็นกิโล", "kenaf_fibre"),
        ),
        needs=(
            U("มีใครทำเครื่องแยกเส้นใยปอขนาดเล็กไหม", "a fibre-stripping machine; no one in the set makes "
              "machines"),
        ),
    ),
    Sme(
        "bpy-031", "en", "Isan Kenaf Weavers Cooperative", HP, MID, "Sisaket",
        "isankenaf.coop@gmail.com", ("OTOP",), ("bio",),
        offers=(
            ("Kenaf hessian cloth 10 oz, 40 in wide", "hessian_cloth"),
            ("Open-weave kenaf soil saver for slopes and embankments", "bast_geotextile_mesh"),
        ),
        needs=(
            N("Retted kenaf, dry, long fibre", "kenaf_fibre"),
        ),
    ),
    Sme(
        "bpy-032", "en", "Mekong Bank Protection Ltd.", HP, DOWN, "Nong Khai",
        "tender@mekongbank.co.th", (), ("green",),
        offers=(),
        needs=(
            N("Geotextile sand containers for the bank toe", "geobag"),
            N("Natural fibre erosion mesh, coir or kenaf, for the upper bank", "coir_erosion_blanket",
              "bast_geotextile_mesh"),
            N("Sandbags, woven polypropylene", "sandbag"),
            N("Woven vetiver mats for the slope above the bank", "vetiver_leaf_mat"),
        ),
    ),
    # ---------------------------------------------------------------- woven PP, sacks and bulk bags
    Sme(
        "bpy-033", "th", "บริษัท อยุธยาพีพีวูฟเวน จำกัด", SP, MID, "Phra Nakhon Si Ayutthaya",
        "sales@ayutthayapp.co.th", ("Thai Industrial Standard",), (),
        offers=(
            ("ผ้าสานพลาสติก PP เป็นม้วน หน้ากว้าง 40-150 ซม. เคลือบหรือไม่เคลือบ", "woven_pp_fabric"),
            ("ผ้าคลุมวัชพืช ผ้ากันหญ้า สีดำ มีเส้นนำแนวปลูก หน้ากว้าง 1-4 ม.", "weed_mat"),
            ("กระสอบสาน 25 กก. 50 กก. พิมพ์โลโก้ได้", "pp_woven_sack"),
            ("กระสอบทรายกันน้ำท่วม สต็อกพร้อมส่ง ส่งฟรี กทม. และปริมณฑล", "sandbag"),
        ),
        needs=(
            N("หัวสียูวีสำหรับเส้นเทป PP", "uv_masterbatch"),
        ),
    ),
    Sme(
        "bpy-034", "en", "Bangkok Bulk Bag Co., Ltd.", SP, MID, "Samut Sakhon",
        "sales@bkkbulkbag.com", ("ISO 9001",), (),
        offers=(
            ("FIBC bulk bags 500-2000 kg, 4 loops, with or without PE liner", "fibc_jumbo_bag"),
        ),
        needs=(
            N("Coated woven PP, tubular 95 cm, 160-200 g/m2", "woven_pp_fabric"),
            N("PP webbing 70 mm for lifting loops", "pp_webbing"),
        ),
    ),
    Sme(
        "bpy-035", "th", "โรงสีข้าวเจริญผล", CT, DOWN, "Phichit",
        "charoenpon.rice@gmail.com", (), ("circular",),
        offers=(
            ("กระสอบข้าวเก่า ขาดใช้ต่อไม่ได้ เดือนละหลายพันใบ", "used_pp_woven_bag_scrap"),
        ),
        needs=(
            N("กระสอบสานใส่ข้าวสาร 50 กก. พิมพ์ชื่อโรงสี 2 สี", "pp_woven_sack"),
        ),
    ),
    Sme(
        "bpy-036", "en", "Korat Starch Industry Co., Ltd.", CT, DOWN, "Nakhon Ratchasima",
        "purchasing@koratstarch.com", ("ISO 9001", "ISO 14001"), ("bio",),
        offers=(
            ("Used 1-tonne jumbo bags, single trip, available every month", "used_pp_woven_bag_scrap"),
        ),
        needs=(
            N("Filter press cloth for starch dewatering, PP, cut to 1200 mm plates", "pp_filter_cloth"),
            N("Jumbo bags 1,000 kg for native starch", "fibc_jumbo_bag"),
            N("Cotton wiping rags, 10 kg bales", "industrial_wiping_rags"),
        ),
    ),
    # ---------------------------------------------------------------- ropes, cords, webbing and slings
    Sme(
        "bpy-037", "th", "บริษัท สยามเชือกไทย จำกัด", SP, MID, "Nakhon Nayok",
        "siamrope.th@gmail.com", ("Thai Industrial Standard",), (),
        offers=(
            ("เชือก PP 3 เกลียว 4-24 มม. เชือกเรือ เชือกโยงกิ่ง ส่งทั่วไทย สนใจทักไลน์", "pp_rope"),
            ("เชือกไนลอนขาว เชือกผูกเรือ เชือกสมอ", "nylon_rope"),
            ("เชือกฟาง (เชือกรัดของ) ม้วน 1 กก. หลากสี", "pp_twine"),
            ("เชือกร่มถัก 3-5 มม. สีสด ทำเปลญวน งานสาน", "braided_polyester_cord"),
        ),
        needs=(
            N("เส้นด้าย PP มัลติ 1500 ดีเนียร์", "pp_multifilament_yarn"),
            N("เส้นเทป HDPE สำหรับตีเชือก PE", "hdpe_tape_yarn"),
        ),
    ),
    Sme(
        "bpy-038", "en", "Chonburi Polyyarn Co., Ltd.", SP, UP, "Chonburi",
        "sales@cbpolyyarn.co.th", ("ISO 9001",), (),
        offers=(
            ("PP multifilament 600-3000 denier, UV-stabilised, for webbing and rope", "pp_multifilament_yarn"),
            ("High-tenacity polyester filament 1000D / 1500D, low shrink", "polyester_ht_yarn"),
            ("Polyester DTY 150D/48F, dope-dyed black and raw white", "polyester_dty_yarn"),
        ),
        needs=(
            N("UV masterbatch for PP multifilament", "uv_masterbatch"),
        ),
    ),
    Sme(
        "bpy-039", "th", "บริษัท แม่กลองสายแถบ จำกัด", SP, MID, "Samut Songkhram",
        "maeklongwebbing@gmail.com", ("ISO 9001",), (),
        offers=(
            ("สายแถบโพลีเอสเตอร์ความเหนียวสูง 25-100 มม. ใช้ทำสลิงยก สายรัดสินค้า", "polyester_webbing"),
            ("สายกระเป๋า PP 25/38/50 มม. หลายสี", "pp_webbing"),
            ("ยางยืดเบาะสำหรับเฟอร์นิเจอร์ หน้ากว้าง 50-70 มม.", "elastic_webbing"),
        ),
        needs=(
            N("ด้ายโพลีเอสเตอร์ความเหนียวสูง 1000D", "polyester_ht_yarn"),
            N("เส้นใย PP มัลติฟิลาเมนต์สำหรับทอสายกระเป๋า", "pp_multifilament_yarn"),
        ),
    ),
    Sme(
        "bpy-040", "en", "Lift-Safe Slings & Lashings Co., Ltd.", SP, DOWN, "Rayong",
        "info@liftsafe.co.th", ("ISO 9001",), (),
        offers=(
            ("Polyester flat webbing slings 1-10 t WLL, safety factor 7:1", "webbing_lifting_sling"),
            ("Ratchet tie-downs 25 / 50 mm, up to 5 t LC", "ratchet_lashing_strap"),
        ),
        needs=(
            N("High-tenacity polyester webbing 50/75/100 mm for slings. Supplier must hold ISO 9001",
              "polyester_webbing", certs=("ISO 9001",)),
            U("Forged ratchet buckles, hooks and D-rings", "hardware; no one in the set makes it"),
        ),
    ),
    Sme(
        "bpy-041", "th", "บริษัท ศรีสระบุรีขนส่ง จำกัด", SP, DOWN, "Saraburi",
        "srisaraburi.transport@gmail.com", (), (),
        offers=(),
        needs=(
            N("ผ้าใบคลุมรถสิบล้อ ขนาด 7x9 ม.", "truck_cover"),
            N("สายรัดก๊อกแก๊ก 5 ตัน ยาว 9 เมตร 50 เส้น", "ratchet_lashing_strap"),
        ),
    ),
    # ---------------------------------------------------------------- hemp
    Sme(
        "bpy-042", "en", "Doi Hemp Growers Group", HP, UP, "Tak",
        "doihemp.group@gmail.com", ("Organic Thailand",), ("bio",),
        offers=(
            ("Hand-stripped hemp bast, sun-dried, bundles of 10 kg", "hemp_bast_fibre"),
        ),
        needs=(
            N("Someone to decorticate our hemp stalks - we bring the stalks", "hemp_decortication_service"),
        ),
    ),
    Sme(
        "bpy-043", "th", "บริษัท ล้านนาเส้นใยกัญชง จำกัด", HP, UP, "Chiang Mai",
        "lannahempfibre@gmail.com", ("Organic Thailand",), ("bio",),
        offers=(
            ("เส้นด้ายกัญชงปั่น Nm 6-12 สีธรรมชาติ", "hemp_yarn"),
            ("รับแยกเปลือกกัญชงด้วยเครื่อง ลูกค้านำต้นมาเอง", "hemp_decortication_service"),
        ),
        needs=(
            N("เปลือกกัญชงลอกแห้ง ปีละ 5 ตัน ต้องได้มาตรฐาน Organic Thailand", "hemp_bast_fibre",
              certs=("Organic Thailand",)),
        ),
    ),
    Sme(
        "bpy-044", "en", "Lanna Hemp Canvas", HP, MID, "Chiang Rai",
        "lannahempcanvas@gmail.com", (), ("bio",),
        offers=(
            ("Heavy hemp canvas 14-18 oz, loom state, 150 cm", "hemp_canvas_fabric"),
            ("Hand-laid hemp rope 6-20 mm", "hemp_rope"),
        ),
        needs=(
            N("Hemp yarn Nm 6-10, natural colour", "hemp_yarn"),
            N("Dyeing of our own hemp yarn in cones, small lots", "yarn_dyeing_service"),
        ),
    ),
    Sme(
        "bpy-045", "th", "ร้านกระเป๋าผ้ากัญชงเมืองแพร่", HP, DOWN, "Phrae",
        "phraehempbag@gmail.com", (), ("bio",),
        offers=(
            ("กระเป๋าผ้าใบกัญชง ทรงโท้ท หูหิ้วเชือกป่าน", "hemp_canvas_bag"),
        ),
        needs=(
            N("ผ้าแคนวาสกัญชงหนา ผ้าดิบ", "hemp_canvas_fabric"),
            N("สายกระเป๋าแบบสายแถบ 38 มม.", "polyester_webbing", "pp_webbing"),
        ),
    ),
    # ---------------------------------------------------------------- coated fabrics and tarpaulins
    Sme(
        "bpy-046", "en", "Thai Coated Fabrics Co., Ltd.", SP, MID, "Samut Prakan",
        "sales@thaicoated.com", ("ISO 9001", "bluesign"), (),
        offers=(
            ("PVC-coated polyester 500-900 g/m2 on 1000D base, FR option, MOQ 1,000 m per colour",
             "pvc_coated_polyester_fabric"),
            ("PU-coated nylon ripstop 70D / 210D for packs and tents", "pu_coated_nylon_fabric"),
            ("PU-coated knit, waterproof and breathable, for mattress protectors", "pu_coated_knit_fabric"),
            ("Commission coating and lamination on your own base fabric (PVC, PU, TPU)",
             "coating_lamination_service"),
        ),
        needs=(
            N("Greige HT polyester base fabric 1000D x 1000D, 9 x 9", "polyester_base_scrim"),
        ),
    ),
    Sme(
        "bpy-047", "th", "บริษัท กาญจน์สิ่งทอเทคนิค จำกัด", SP, MID, "Kanchanaburi",
        "kanjtechtex@gmail.com", ("ISO 9001",), (),
        offers=(
            ("ผ้าดิบโพลีเอสเตอร์ความเหนียวสูง ทอเป็นผ้าฐานสำหรับผ้าใบเคลือบ", "polyester_base_scrim"),
            ("ผ้าใบสายพานลำเลียง ชนิด EP ส่งโรงงานทำสายพาน", "conveyor_belt_fabric"),
        ),
        needs=(
            N("เส้นด้ายโพลีเอสเตอร์ HT 1000D", "polyester_ht_yarn"),
            N("หาโรงงานรับจ้างเคลือบ PVC เราส่งผ้าดิบของเราไปเอง", "coating_lamination_service"),
        ),
    ),
    Sme(
        "bpy-048", "th", "ร้านผ้าใบเจริญทรัพย์", SP, DOWN, "Nonthaburi",
        "charoensap.tarp@gmail.com", (), (),
        offers=(
            ("ผ้าใบกันน้ำตัดตามสั่ง ตอกตาไก่รอบผืน", "tarpaulin"),
            ("ผ้าใบคลุมรถบรรทุก หกล้อ สิบล้อ", "truck_cover"),
            ("เต็นท์ผ้าใบ 4x8 เมตร พร้อมโครงเหล็ก", "canopy_tent"),
            ("รับเชื่อมผ้าใบด้วยเครื่อง HF ลูกค้านำผ้ามาเอง ช่างประสบการณ์ 20 ปี", "hf_welding_service"),
        ),
        needs=(
            N("ผ้าใบเคลือบ PVC ม้วน สีเขียวขี้ม้า สีน้ำเงิน ไม่เอาผ้าใบ PE", "pvc_coated_polyester_fabric"),
            N("เชือกไนลอน 6 มิล สำหรับร้อยผ้าใบ", "nylon_rope"),
        ),
    ),
    Sme(
        "bpy-049", "th", "บริษัท บุรีรัมย์ผ้าใบฟ้าขาว จำกัด", SP, MID, "Buriram",
        "buriramtarp@gmail.com", (), (),
        offers=(
            ("ผ้าใบฟ้าขาว ผ้าใบ PE ทุกขนาด 2x3 ถึง 10x12 ม.", "tarpaulin"),
            ("ผ้าใบปูบ่อ PE สีดำ หนา 0.2-0.5 มม.", "pe_pond_liner"),
        ),
        needs=(
            N("เส้นเทป HDPE ใช้ทอผ้าใบ", "hdpe_tape_yarn"),
        ),
    ),
    Sme(
        "bpy-050", "th", "ร้านเต็นท์ให้เช่าหนองบัวการช่าง", CT, DOWN, "Nong Bua Lam Phu",
        "nongbuatent@gmail.com", (), ("circular",),
        offers=(
            ("ผ้าเต็นท์เก่า ผ้าใบไวนิลป้ายโฆษณาหมดอายุ ขายเหมา", "used_pvc_tarpaulin_waste"),
        ),
        needs=(
            N("เต็นท์โค้ง 5x10 ม. ผ้าใบหนา", "canopy_tent"),
            N("ผ้าใบคลุมเวทีกันฝน", "tarpaulin"),
        ),
    ),
    Sme(
        "bpy-051", "en", "ReCanvas Studio", CT, DOWN, "Bangkok",
        "studio@recanvas.co", (), ("circular",),
        offers=(
            ("Tote and messenger bags made from old truck tarps and vinyl banners", "upcycled_tarp_bag"),
        ),
        needs=(
            N("Used PVC tarps and vinyl banners, any colour, we can collect", "used_pvc_tarpaulin_waste"),
            N("25 mm webbing for bag straps, black", "polyester_webbing", "pp_webbing"),
            N("HF welding of our cut panels - we bring the pieces", "hf_welding_service"),
            N("Cut-make-trim sewing for 500 bags, our material", "sewing_cmt_service"),
        ),
    ),
    # ---------------------------------------------------------------- filter cloths and bags
    Sme(
        "bpy-052", "en", "Thai Filtration Fabrics Co., Ltd.", SP, MID, "Pathum Thani",
        "sales@thaifiltration.com", ("ISO 9001",), (),
        offers=(
            ("Filter press cloths, woven PP multi/mono, sewn to plate size", "pp_filter_cloth"),
            ("Polyester needle felt 450-550 g/m2, singed and calendered, roll goods", "polyester_needle_felt"),
        ),
        needs=(
            N("PP multifilament yarn 1200D for filter cloth weaving", "pp_multifilament_yarn"),
        ),
    ),
    Sme(
        "bpy-053", "th", "ร้านเย็บถุงกรองชลบุรี", SP, MID, "Chonburi",
        "cbfilterbag@gmail.com", (), (),
        offers=(
            ("ถุงกรองฝุ่น เย็บตามขนาดเครื่องดูดฝุ่นโรงงาน", "needle_felt_filter_bag"),
            ("ถุงกรองของเหลว 1-200 ไมครอน", "liquid_filter_bag"),
        ),
        needs=(
            N("ผ้าสักหลาดกรองฝุ่นโพลีเอสเตอร์ 500 กรัม", "polyester_needle_felt"),
            U("ด้าย PTFE สำหรับเย็บถุงกรองทนร้อน", "PTFE sewing thread; no one in the set makes it"),
        ),
    ),
    Sme(
        "bpy-054", "en", "Kamphaeng Phet Sugar Co., Ltd.", CT, DOWN, "Kamphaeng Phet",
        "purchase@kpsugar.co.th", ("ISO 9001",), ("bio",),
        offers=(),
        needs=(
            N("Dust collector bags for bagasse boilers, polyester felt", "needle_felt_filter_bag"),
            N("Who supplies filter cloth for our rotary mud filters?", "pp_filter_cloth"),
            U("Complete EP rubber conveyor belts 1200 mm, 4-ply, vulcanised",
              "finished conveyor belts; the set only offers belting fabric"),
        ),
    ),
    Sme(
        "bpy-055", "th", "บริษัท สุราษฎร์ปาล์มออยล์ จำกัด", CT, DOWN, "Surat Thani",
        "suratpalm.purchase@gmail.com", (), ("bio",),
        offers=(),
        needs=(
            N("ถุงกรองน้ำมันปาล์ม 25 ไมครอน", "liquid_filter_bag"),
            N("ถุงมือผ้าถักสำหรับคนงานลานเท", "knitted_work_gloves"),
            N("ผ้าเช็ดเครื่องจักร", "industrial_wiping_rags"),
        ),
    ),
    Sme(
        "bpy-056", "th", "บริษัท ลำปางเซรามิกส์ จำกัด", CT, DOWN, "Lampang",
        "lampangceramics@gmail.com", (), (),
        offers=(),
        needs=(
            N("ถุงกรองฝุ่นสำหรับห้องพ่นเคลือบ", "needle_felt_filter_bag"),
            N("ชุดหมีช่าง ผ้าหนา", "industrial_coverall"),
        ),
    ),
    # ---------------------------------------------------------------- automotive and furniture
    Sme(
        "bpy-057", "en", "Rayong Auto Seating Co., Ltd.", SP, MID, "Rayong",
        "scm@rayongautoseating.com", ("ISO 9001", "ISO 14001"), (),
        offers=(
            ("Seat-cover fabric and foam-laminate offcuts, approx. 8 t a month, baled",
             "synthetic_cutting_waste"),
        ),
        needs=(
            N("Automotive seat fabric, woven or double knit, ISO 9001 certified mills only",
              "automotive_seat_fabric", certs=("ISO 9001",)),
            N("Flame lamination of our fabric to 3 mm PU foam plus scrim", "flame_lamination_service"),
            U("Genuine Nappa leather hides", "leather; no one in the set tans or sells hides"),
        ),
    ),
    Sme(
        "bpy-058", "th", "บริษัท ชลบุรีออโต้เท็กซ์ จำกัด", SP, MID, "Chonburi",
        "sales@cbautotex.co.th", ("ISO 9001", "ISO 14001"), (),
        offers=(
            ("ผ้าหุ้มเบาะรถยนต์ ผ้าทอลายและผ้าถักด้ายยืน ส่งโรงงานประกอบเบาะ", "automotive_seat_fabric"),
        ),
        needs=(
            N("ด้าย DTY โพลีเอสเตอร์ สีดำย้อมในเนื้อ 150D", "polyester_dty_yarn"),
            N("ผ้าตาข่ายสามมิติสำหรับเบาะระบายอากาศ", "spacer_mesh_fabric"),
        ),
    ),
    Sme(
        "bpy-059", "th", "ห้างหุ้นส่วนจำกัด บางพลีลามิเนต", SP, MID, "Samut Prakan",
        "bangplee.laminate@gmail.com", (), (),
        offers=(
            ("รับลามิเนตโฟมกับผ้าด้วยเปลวไฟ ลูกค้าส่งผ้ามาเอง", "flame_lamination_service"),
            ("ผ้าติดโฟม 2-5 มม. สำเร็จรูป ขายเป็นเมตร", "foam_laminated_fabric"),
        ),
        needs=(
            U("แผ่นโฟม PU ม้วน หนา 2-10 มม.", "PU foam; no one in the set makes foam"),
        ),
    ),
    Sme(
        "bpy-060", "en", "Comfort Lift Furniture Co., Ltd.", AC, DOWN, "Nonthaburi",
        "buy@comfortlift.co.th", (), (),
        offers=(
            ("Upholstery offcuts, polyester and PU leatherette, mixed bags", "synthetic_cutting_waste"),
        ),
        needs=(
            N("Easy-clean upholstery fabric for lift recliners - OEKO-TEX Standard 100 required",
              "upholstery_fabric", certs=("OEKO-TEX Standard 100",)),
            N("Elastic seat webbing 50 mm", "elastic_webbing"),
            N("Black non-woven for chair bottoms, 70 gsm", "pp_spunbond_nonwoven"),
            N("Foam-backed fabric for back cushions", "foam_laminated_fabric"),
        ),
    ),
    Sme(
        "bpy-061", "th", "บริษัท ปทุมผ้าบุเฟอร์นิเจอร์ จำกัด", CT, MID, "Pathum Thani",
        "pathumupholstery@gmail.com", ("GRS", "OEKO-TEX Standard 100"), ("circular",),
        offers=(
            ("ผ้าบุโซฟา ผ้าหุ้มเก้าอี้ ทอจากเส้นใยขวดพลาสติกรีไซเคิล", "upholstery_fabric"),
        ),
        needs=(
            U("ด้าย DTY รีไซเคิล ต้องมีใบ GRS", "recycled polyester filament; the only DTY in the set is virgin",
              certs=("GRS",)),
        ),
    ),
    Sme(
        "bpy-062", "en", "Siam Upholstery Textiles", AC, MID, "Bangkok",
        "info@siamupholstery.com", (), (),
        offers=(
            ("Upholstery velvet and linen-look fabric, 330 gsm, 50 colours ex-stock", "upholstery_fabric"),
        ),
        needs=(
            N("Polyester DTY 150D for pile - who has stock?", "polyester_dty_yarn"),
        ),
    ),
    Sme(
        "bpy-063", "en", "Bang Khla Outdoor Furniture", AC, DOWN, "Chachoengsao",
        "sales@bkoutdoor.com", (), (),
        offers=(),
        needs=(
            N("Polyester webbing for chair seats, UV resistant", "polyester_webbing"),
            U("Solution-dyed acrylic outdoor fabric", "no one in the set weaves outdoor acrylic"),
            N("Where can we buy braided cord, 4-5 mm, for rope-weave dining chairs?", "braided_polyester_cord"),
        ),
    ),
    # ---------------------------------------------------------------- waste, shoddy, felts and wipes
    Sme(
        "bpy-064", "th", "ห้างหุ้นส่วนจำกัด บางพลีคัดแยกผ้า", CT, UP, "Samut Prakan",
        "bangplee.sorting@gmail.com", (), ("circular",),
        offers=(
            ("เสื้อผ้าเก่าคัดแยกแล้ว เกรดทำผ้าเช็ด แยกขาวแยกสี ราคาตามเกรด", "sorted_used_clothing"),
        ),
        needs=(
            N("รับซื้อผ้าปูเตียง ผ้าขนหนูเก่าจากโรงแรม โรงพยาบาล", "used_cotton_linen_waste"),
        ),
    ),
    Sme(
        "bpy-065", "en", "Garnett Fibre Recovery Co., Ltd.", CT, UP, "Lamphun",
        "recovery@garnettfibre.com", ("GRS",), ("circular",),
        offers=(
            ("Garnetted recycled fibre from post-industrial offcuts, mixed colours, for felts",
             "recycled_shoddy_fibre"),
        ),
        needs=(
            N("Post-industrial fabric offcuts, any fibre, laminated OK", "synthetic_cutting_waste",
              "cotton_cutting_waste"),
            N("Toll needle-punching of our garnetted fibre into felt", "needle_punching_service"),
        ),
    ),
    Sme(
        "bpy-066", "th", "บริษัท ฉะเชิงเทราสักหลาด จำกัด", CT, MID, "Chachoengsao",
        "cco.felt@gmail.com", ("ISO 14001",), ("circular",),
        offers=(
            ("แผ่นสักหลาดรีไซเคิลซับเสียง 800-1500 กรัม/ตร.ม. สำหรับรถยนต์", "recycled_insulation_felt"),
            ("กระถางผ้าปลูกต้นไม้จากใยรีไซเคิล 3-20 แกลลอน", "grow_bag_felt"),
        ),
        needs=(
            N("ใยรีไซเคิลที่ตีจากเศษผ้า", "recycled_shoddy_fibre"),
            U("ใยโลว์เมลท์ 4D สำหรับขึ้นรูปแผ่น", "low-melt bicomponent fibre; no one in the set makes it"),
        ),
    ),
    Sme(
        "bpy-067", "en", "PetCycle Fibre Industries Co., Ltd.", CT, UP, "Lopburi",
        "sales@petcyclefibre.com", ("GRS",), ("circular",),
        offers=(
            ("rPSF 1.4D-15D, solid and hollow conjugated, GRS", "recycled_polyester_staple_fibre"),
        ),
        needs=(
            U("Hot-washed PET bottle flakes, clear", "bottle flakes; no one in the set offers them"),
        ),
    ),
    Sme(
        "bpy-068", "th", "ร้านผ้าเช็ดเครื่องมหาชัย", CT, MID, "Samut Sakhon",
        "mahachai.rags@gmail.com", (), ("circular",),
        offers=(
            ("ผ้าเช็ดเครื่อง ผ้ายืดขาวตัดชิ้น กระสอบละ 10 กิโล กิโลละ 25 บาท ส่งโรงงาน", "industrial_wiping_rags"),
        ),
        needs=(
            N("เสื้อยืดเก่าสีขาว ผ้าฝ้าย ตัดกระดุมซิปออกแล้ว", "sorted_used_clothing"),
            N("ผ้าปูที่นอนเก่าเนื้อฝ้าย", "used_cotton_linen_waste"),
        ),
    ),
    Sme(
        "bpy-069", "th", "โรงพยาบาลชัยภูมิรวมแพทย์", AI, DOWN, "Chaiyaphum",
        "purchasing.cprh@gmail.com", (), (),
        offers=(
            ("ผ้าปูเตียงผู้ป่วยที่ปลดระวาง ผ้าฝ้าย ซักฆ่าเชื้อแล้ว", "used_cotton_linen_waste"),
        ),
        needs=(
            N("ผ้าสลิงยกผู้ป่วยสำหรับเครื่องยก ผู้ผลิตต้องได้ ISO 13485", "patient_lift_sling",
              certs=("ISO 13485",)),
            N("ผ้ารองกันเปื้อน ผ้าปูกันน้ำสำหรับเตียงผู้ป่วย", "waterproof_mattress_cover"),
        ),
    ),
    Sme(
        "bpy-070", "en", "Amata Precision Parts Co., Ltd.", SP, DOWN, "Chonburi",
        "purchasing@amataprecision.com", ("ISO 9001",), (),
        offers=(),
        needs=(
            N("Cotton wiping rags, white", "industrial_wiping_rags"),
            N("Acoustic felt pads 1000 gsm, recycled fibre OK", "recycled_insulation_felt"),
            N("Coveralls for the machine shop, 100 sets a quarter", "industrial_coverall"),
        ),
    ),
    # ---------------------------------------------------------------- workwear and gloves
    Sme(
        "bpy-071", "th", "บริษัท เพชรบุรียูนิฟอร์ม จำกัด", AC, DOWN, "Phetchaburi",
        "petchuniform@gmail.com", (), (),
        offers=(
            ("เสื้อแขนยาวกันแดดสำหรับชาวสวน มีฮู้ดคลุมต้นคอ ผ้าระบายอากาศ", "farm_workwear"),
            ("ชุดหมีช่าง ชุดเวสปอยท์ สกรีนโลโก้ ขั้นต่ำ 50 ตัว", "industrial_coverall"),
            ("เสื้อกั๊กสะท้อนแสง สีส้ม สีเขียวมะนาว", "reflective_safety_vest"),
            ("รับเย็บตามแบบ ลูกค้าส่งผ้ามาเอง คิดค่าเย็บอย่างเดียว", "sewing_cmt_service"),
        ),
        needs=(
            N("ผ้าเวสปอยท์ TC 65/35 สีกรม สีกากี", "workwear_twill_fabric"),
            N("เทปสะท้อนแสงเย็บติดชุด กว้าง 5 ซม.", "reflective_tape"),
        ),
    ),
    Sme(
        "bpy-072", "en", "Siam Drill & Twill Mills Co., Ltd.", SP, MID, "Phra Nakhon Si Ayutthaya",
        "sales@siamdrilltwill.com", ("OEKO-TEX Standard 100", "ISO 9001"), (),
        offers=(
            ("TC 65/35 twill and drill 200-260 gsm, piece-dyed navy, khaki, grey", "workwear_twill_fabric"),
        ),
        needs=(
            N("Commission piece-dyeing and finishing of our greige twill, 20,000 m a month",
              "piece_dyeing_service"),
        ),
    ),
    Sme(
        "bpy-073", "th", "โรงงานถุงมือถักนครปฐม", AC, MID, "Nakhon Pathom",
        "npgloves@gmail.com", (), (),
        offers=(
            ("ถุงมือผ้าถัก 7 เข็ม น้ำหนัก 500-800 กรัมต่อโหล โหลละ 95 บาท", "knitted_work_gloves"),
            ("ถุงมือเคลือบยางพาราที่ฝ่ามือ กันลื่น", "coated_work_gloves"),
        ),
        needs=(
            N("ด้ายฝ้ายรีไซเคิล OE เบอร์ 6-10 ทำถุงมือ ไม่ต้องมี GRS ขอราคาดี", "recycled_cotton_yarn",
              waives=("GRS",)),
        ),
    ),
    Sme(
        "bpy-074", "en", "Loop OE Spinning Co., Ltd.", CT, UP, "Nakhon Ratchasima",
        "sales@loopoe.co.th", ("GRS",), ("circular",),
        offers=(
            ("Open-end recycled cotton yarn Ne 6-12 from pre-consumer waste, GRS. Ne 8 at THB 58/kg",
             "recycled_cotton_yarn"),
        ),
        needs=(
            N("Cotton cutting waste, 100% cotton only, sorted by colour", "cotton_cutting_waste"),
        ),
    ),
    Sme(
        "bpy-075", "th", "บริษัท สิงห์บุรีการ์เมนต์ จำกัด", CT, DOWN, "Sing Buri",
        "singburigarment@gmail.com", (), (),
        offers=(
            ("เศษผ้าคอตตอน 100% จากห้องตัด แยกสี เดือนละ 5 ตัน", "cotton_cutting_waste"),
        ),
        needs=(
            U("ต้องการผ้ายืดคอตตอนรีไซเคิล มีใบรับรอง GRS", "recycled cotton jersey; the set offers only recycled "
              "yarn", certs=("GRS",)),
        ),
    ),
    Sme(
        "bpy-076", "en", "Chiang Rai Tea Growers Cooperative", HP, DOWN, "Chiang Rai",
        "crtea.coop@gmail.com", (), ("bio",),
        offers=(),
        needs=(
            N("Long-sleeve sun shirts for tea pickers, 600 pcs. OEKO-TEX nice to have", "farm_workwear",
              waives=("OEKO-TEX Standard 100",)),
            N("Knitted cotton gloves, 1,000 dozen", "knitted_work_gloves"),
        ),
    ),
    Sme(
        "bpy-077", "en", "Bright Trim Supply Co., Ltd.", SP, MID, "Bangkok",
        "order@brighttrim.com", (), (),
        offers=(
            ("Sew-on reflective tape 25 / 50 mm, silver grey", "reflective_tape"),
            ("Hook & loop tape 16-100 mm, sew-on and adhesive backed", "hook_loop_tape"),
        ),
        needs=(
            U("Glass-bead reflective film in jumbo rolls", "reflective film; no one in the set makes it"),
        ),
    ),
    # ---------------------------------------------------------------- sport, mobility and care
    Sme(
        "bpy-078", "en", "ProNet Sports Netting Co., Ltd.", SP, DOWN, "Pathum Thani",
        "sales@pronetsports.com", (), (),
        offers=(
            ("Football, futsal, volleyball and badminton nets; golf driving-range netting", "sports_netting"),
            ("Rope climbing nets for playgrounds, steel-core PP", "playground_climbing_net"),
        ),
        needs=(
            N("Knotted nylon netting 210D/36, 4 cm mesh, for goal nets", "knotted_fishing_netting"),
            N("PP rope 12-16 mm for net borders", "pp_rope"),
        ),
    ),
    Sme(
        "bpy-079", "th", "สนามไดรฟ์กอล์ฟหัวหินกรีนวิว", SP, DOWN, "Prachuap Khiri Khan",
        "huahin.greenview@gmail.com", (), (),
        offers=(),
        needs=(
            N("มีที่ไหนรับทำตาข่ายกั้นลูกกอล์ฟ สูง 25 ม. ยาว 200 ม. บ้าง", "sports_netting"),
            N("หญ้าเทียมปูแท่นตี", "artificial_turf"),
        ),
    ),
    Sme(
        "bpy-080", "th", "บริษัท สุพรรณเทิร์ฟ จำกัด", SP, MID, "Suphan Buri",
        "suphanturf@gmail.com", (), (),
        offers=(
            ("หญ้าเทียมสนามฟุตบอล 50 มม. และหญ้าเทียมจัดสวน", "artificial_turf"),
        ),
        needs=(
            N("เส้นหญ้าเทียม PE", "pe_turf_yarn"),
            N("ผ้าทอ PP รองพื้นหญ้าเทียม หน้ากว้าง 4 ม.", "woven_pp_fabric"),
        ),
    ),
    Sme(
        "bpy-081", "en", "Silver Steps Mobility Aids", AC, DOWN, "Nonthaburi",
        "hello@silversteps.co.th", (), (),
        offers=(
            ("Wheelchair seat cushions with 3D mesh cover", "wheelchair_cushion"),
        ),
        needs=(
            N("3D spacer mesh 10 mm, washable", "spacer_mesh_fabric"),
            N("25 mm webbing for walker bags and seat belts", "polyester_webbing", "pp_webbing"),
            N("Hook and loop fastener 25 mm", "hook_loop_tape"),
        ),
    ),
    Sme(
        "bpy-082", "th", "บริษัท สเปเซอร์เทค จำกัด", SP, MID, "Samut Sakhon",
        "spacertech.th@gmail.com", (), (),
        offers=(
            ("ผ้าตาข่ายสามมิติ หนา 3-15 มม. สำหรับเบาะ ที่นอน", "spacer_mesh_fabric"),
            ("ผ้าตาข่ายโพลีเอสเตอร์สำหรับกระเป๋า รองเท้า", "polyester_mesh_fabric"),
        ),
        needs=(
            N("ด้ายโพลีเอสเตอร์ DTY 75D-150D สำหรับถักผ้าตาข่าย", "polyester_dty_yarn"),
        ),
    ),
    Sme(
        "bpy-083", "en", "CareLift Textiles Co., Ltd.", AC, MID, "Phetchabun",
        "info@carelifttextiles.com", ("ISO 13485", "OEKO-TEX Standard 100"), (),
        offers=(
            ("Patient lift slings: full body, toileting and hammock type", "patient_lift_sling"),
            ("Gait / transfer belts with padded handles", "gait_belt"),
        ),
        needs=(
            N("Polyester webbing 38 and 50 mm, colour-coded", "polyester_webbing"),
            N("Polyester mesh for sling bodies", "polyester_mesh_fabric"),
        ),
    ),
    Sme(
        "bpy-084", "th", "ศูนย์ดูแลผู้สูงอายุบ้านสุขใจ", AI, DOWN, "Ubon Ratchathani",
        "baansukjai.care@gmail.com", (), (),
        offers=(),
        needs=(
            N("เข็มขัดพยุงตัวผู้สูงอายุ 10 เส้น", "gait_belt"),
            N("เบาะรองนั่งรถเข็นกันแผลกดทับ", "wheelchair_cushion"),
            N("ผ้าปูกันน้ำรองเตียง", "waterproof_mattress_cover"),
        ),
    ),
    Sme(
        "bpy-085", "th", "ร้านเย็บผ้าปูกันน้ำนครสวรรค์", AC, MID, "Nakhon Sawan",
        "nswbedcover@gmail.com", (), (),
        offers=(
            ("ผ้าปูที่นอนกันน้ำ ผ้ารองกันเปื้อนผู้ป่วยติดเตียง ซักได้", "waterproof_mattress_cover"),
        ),
        needs=(
            N("ผ้าถักเคลือบ PU กันน้ำ ขายเป็นม้วนไหมคะ", "pu_coated_knit_fabric"),
        ),
    ),
    Sme(
        "bpy-086", "en", "Trail North Gear", SP, DOWN, "Chiang Mai",
        "make@trailnorthgear.com", (), (),
        offers=(
            ("Offcuts of PU-coated nylon and webbing from pack production", "synthetic_cutting_waste"),
        ),
        needs=(
            N("PU-coated nylon ripstop 210D, bluesign approved only", "pu_coated_nylon_fabric",
              certs=("bluesign",)),
            N("Webbing 25 mm for shoulder straps", "polyester_webbing", "pp_webbing"),
            U("Recycled nylon ripstop fabric, GRS", "recycled nylon fabric; the set offers only recycled nylon "
              "yarn and pellets", certs=("GRS",)),
        ),
    ),
    Sme(
        "bpy-087", "en", "Thai Textile Testing Centre", SP, MID, "Bangkok",
        "lab@thaitextiletest.com", (), (),
        offers=(
            ("Tensile, tear, burst, GSM, UV weathering and geotextile tests with accredited lab reports",
             "textile_testing_service"),
        ),
        needs=(
            U("Multifibre adjacent fabric strips for colourfastness tests",
              "test consumables; no one in the set sells them"),
        ),
    ),
    Sme(
        "bpy-088", "th", "บริษัท บ้านโป่งย้อมผ้า จำกัด", AC, MID, "Ratchaburi",
        "banpongdyeing@gmail.com", (), (),
        offers=(
            ("รับย้อมผ้าพับ ผ้าทอ ผ้าถัก ลูกค้าส่งผ้าดิบมาเอง", "piece_dyeing_service"),
            ("รับย้อมด้ายหลอด", "yarn_dyeing_service"),
        ),
        needs=(
            U("สีย้อมดิสเพิร์สราคาส่ง", "dyestuff; no one in the set sells dyes"),
        ),
    ),
    Sme(
        "bpy-089", "th", "ชมรมผู้สูงอายุบ้านนาเปลญวน", AI, DOWN, "Yasothon",
        "bannahammock@gmail.com", ("OTOP",), (),
        offers=(
            ("เปลญวนถักจากเชือกร่ม หลากสี", "rope_hammock"),
        ),
        needs=(
            N("เชือกร่มสีสด 4 มม. ม้วนละ 1 กก.", "braided_polyester_cord"),
        ),
    ),
    Sme(
        "bpy-090", "en", "Khao Yai Wellness Resort", AI, DOWN, "Nakhon Ratchasima",
        "purchasing@khaoyaiwellness.com", (), ("green",),
        offers=(
            ("Retired bath towels and cotton sheets, washed", "used_cotton_linen_waste"),
        ),
        needs=(
            N("Rope hammocks for the garden, 30 pcs", "rope_hammock"),
            N("Shade sails for the pool deck", "shade_sail"),
            N("Raised-bed fabric planters for our herb garden", "grow_bag_felt"),
        ),
    ),
    Sme(
        "bpy-091", "th", "ร้านวัสดุการเกษตรทุ่งสง", SP, DOWN, "Nakhon Si Thammarat",
        "thungsong.kaset@gmail.com", (), (),
        offers=(),
        needs=(
            N("ผ้าคลุมหญ้าสวนปาล์ม", "weed_mat"),
            N("เสื้อแขนยาวกันแดดคนกรีดยาง", "farm_workwear"),
            N("เชือก PP ม้วนใหญ่ ขอแบบที่ได้ มอก.", "pp_rope", certs=("Thai Industrial Standard",)),
        ),
    ),
    Sme(
        "bpy-092", "th", "ชมรมผู้สูงอายุปลูกผักบ้านโคกกลาง", AI, DOWN, "Kalasin",
        "khokklang.elders@gmail.com", (), ("bio",),
        offers=(),
        needs=(
            N("กระถางผ้าปลูกผักแบบยกสูงสำหรับผู้สูงอายุ", "grow_bag_felt"),
            N("มุ้งไนล่อนคลุมแปลงผักกันแมลง", "insect_net"),
        ),
    ),
    Sme(
        "bpy-093", "en", "Isan Civil Works Co., Ltd.", AI, DOWN, "Udon Thani",
        "supply@isancivil.co.th", ("ISO 9001",), (),
        offers=(),
        needs=(
            N("Hi-vis vests, orange, 300 pcs", "reflective_safety_vest"),
            N("Lifting slings 2 t and 5 t, webbing type", "webbing_lifting_sling"),
            N("Nonwoven geotextile for French drains; TIS is welcome but not required",
              "pet_needlepunched_geotextile", waives=("Thai Industrial Standard",)),
        ),
    ),
    Sme(
        "bpy-094", "th", "บริษัท ตรังยางแท่ง จำกัด", CT, DOWN, "Trang",
        "trangrubber@gmail.com", (), (),
        offers=(),
        needs=(
            N("ผ้าเช็ดมือ ผ้าเช็ดเครื่อง", "industrial_wiping_rags"),
            N("ถุงมือเคลือบยาง กันลื่น", "coated_work_gloves"),
            N("ถุงจัมโบ้ใส่ยางแท่ง", "fibc_jumbo_bag"),
        ),
    ),
    Sme(
        "bpy-095", "th", "สหกรณ์ผู้เลี้ยงปลาในกระชังริมโขงมุกดาหาร", AI, DOWN, "Mukdahan",
        "mukdahan.fishcage@gmail.com", (), ("bio",),
        offers=(
            ("กระชังเก่าขาด อวนเก่า ขายให้คนรับซื้อ", "used_fishing_net_scrap"),
        ),
        needs=(
            N("กระชังปลาทับทิม ตาข่ายเขียว", "fish_cage_net"),
            N("เชือกไนลอนผูกกระชัง", "nylon_rope"),
        ),
    ),
]


# ------------------------------------------------------------------ derived

THAI_CHAR = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def held(sme: Sme) -> set[str]:
    return {taxonomy.resolve_certification(c) or c for c in sme.certs}


def qualifies(supplier: Sme, need: Need) -> bool:
    labels = {label for _, label in supplier.offers}
    return bool(labels & set(need.labels)) and set(need.certs) <= held(supplier)


def compute_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id)
        for buyer in smes
        for need in buyer.needs
        if not need.unmet
        for supplier in smes
        if supplier.id != buyer.id and qualifies(supplier, need)
    }
    return sorted(pairs)


def _squash(text: str) -> str:
    return re.sub(r"[\s\-_.,()]+", "", text).casefold()


def names_cert(text: str, cert: str) -> bool:
    """Whether `text` names `cert` by any of its names, aliases or usual mentions."""
    for c in taxonomy.CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(_squash(name) in _squash(text) for name in names if len(_squash(name)) >= 3)
    return False


def mostly_thai(text: str) -> bool:
    thai = len(THAI_CHAR.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return thai > 0 and thai >= 2 * latin


def latin_only(text: str) -> bool:
    return not THAI_CHAR.search(text) and all(ord(ch) < 0x250 for ch in text if ch.isalpha())


# ------------------------------------------------------------------ checks


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    subs = {s.value for s in taxonomy.SubCluster}
    stages = {s.value for s in taxonomy.Stage}
    bcgs = {b.value for b in taxonomy.BcgTag}
    expected_ids = [f"{PREFIX}-{i:03d}" for i in range(1, 96)]
    if [s.id for s in smes] != expected_ids:
        errors.append("ids must run bpy-001 ... bpy-095 in order, each once")
    offered_by: dict[str, set[str]] = {}
    for sme in smes:
        for _, label in sme.offers:
            offered_by.setdefault(label, set()).add(sme.id)
    for sme in smes:
        where = sme.id
        if sme.lang not in taxonomy.LANGUAGES:
            errors.append(f"{where}: language {sme.lang!r}")
        if sme.sub not in subs:
            errors.append(f"{where}: sub-cluster {sme.sub!r}")
        if sme.stage not in stages:
            errors.append(f"{where}: stage {sme.stage!r}")
        if taxonomy.resolve_province(sme.province) is None:
            errors.append(f"{where}: province {sme.province!r} does not resolve")
        for cert in sme.certs:
            if taxonomy.resolve_certification(cert) != cert:
                errors.append(f"{where}: certification {cert!r} is not a canonical name")
        if len(set(sme.certs)) != len(sme.certs):
            errors.append(f"{where}: repeated certification")
        for tag in sme.bcg:
            if tag not in bcgs:
                errors.append(f"{where}: bcg tag {tag!r}")
        if not EMAIL.match(sme.email):
            errors.append(f"{where}: e-mail {sme.email!r}")
        if not sme.name.strip():
            errors.append(f"{where}: empty name")
        if not 0 <= len(sme.offers) <= 4 or not 1 <= len(sme.needs) <= 4:
            errors.append(f"{where}: {len(sme.offers)} offers, {len(sme.needs)} needs")
        phrases = [text for text, _ in sme.offers] + [need.text for need in sme.needs]
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: repeated phrase")
        for text, label in sme.offers:
            if not text.strip() or not re.fullmatch(r"[a-z0-9_]+", label):
                errors.append(f"{where}: bad offer {text!r} / {label!r}")
        if sme.lang == "th":
            if not THAI_CHAR.search(sme.name):
                errors.append(f"{where}: Thai profile with a name in Latin letters")
            errors += [f"{where}: not mostly Thai: {p!r}" for p in phrases if not mostly_thai(p)]
        else:
            errors += [f"{where}: not Latin only: {p!r}" for p in [sme.name, *phrases] if not latin_only(p)]
        for need in sme.needs:
            label = f"{where}: need {need.text!r}"
            if need.unmet:
                if need.labels:
                    errors.append(f"{label}: unmet need with labels")
            elif not need.labels:
                errors.append(f"{label}: met need without labels")
            for lab in need.labels:
                if not offered_by.get(lab, set()) - {sme.id}:
                    errors.append(f"{label}: label {lab!r} offered by no one else")
            if not need.unmet and not any(s.id != sme.id and qualifies(s, need) for s in smes):
                errors.append(f"{label}: no qualified supplier")
            if set(need.certs) & set(need.waives):
                errors.append(f"{label}: a certification both required and waived")
            for cert in (*need.certs, *need.waives):
                if taxonomy.resolve_certification(cert) != cert:
                    errors.append(f"{label}: certification {cert!r} is not a canonical name")
                if not names_cert(need.text, cert):
                    errors.append(f"{label}: does not name {cert!r}")
            stray = taxonomy.find_certifications(need.text) - set(need.certs) - set(need.waives)
            if stray:
                errors.append(f"{label}: names {sorted(stray)} without requiring or waiving it")
    stats = statistics(smes)
    targets = [
        ("profiles", stats["profiles"] == 95),
        ("Thai share about 55 %", 0.50 <= stats["th"] / stats["profiles"] <= 0.60),
        ("140-180 links", 140 <= stats["links"] <= 180),
        ("cross-language links >= 45 %", stats["cross"] >= 0.45 * stats["links"]),
        ("15-25 unmet needs", 15 <= stats["unmet"] <= 25),
        ("needs requiring a certification", stats["requiring"] >= 5),
        ("needs waiving a certification", stats["waiving"] >= 3),
        ("all sub-clusters", set(stats["per_sub"]) == subs),
        ("all stages", set(stats["per_stage"]) == stages),
        ("all regions", len(stats["per_region"]) == len(taxonomy.Region)),
        ("many provinces", stats["provinces"] >= 40),
    ]
    errors += [f"target not met: {name}" for name, ok in targets if not ok]
    return errors


# ------------------------------------------------------------------ statistics


def statistics(smes: list[Sme]) -> dict:
    by_id = {s.id: s for s in smes}
    links = compute_links(smes)
    needs = [need for s in smes for need in s.needs]
    cross_te = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    cross_et = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    regions = Counter(taxonomy.resolve_province(s.province).region.value for s in smes)
    return {
        "profiles": len(smes),
        "th": sum(s.lang == "th" for s in smes),
        "en": sum(s.lang == "en" for s in smes),
        "per_sub": Counter(s.sub for s in smes),
        "per_stage": Counter(s.stage for s in smes),
        "per_region": regions,
        "provinces": len({taxonomy.resolve_province(s.province).name_en for s in smes}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({label for s in smes for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(not n.unmet for n in needs),
        "unmet": sum(bool(n.unmet) for n in needs),
        "requiring": sum(bool(n.certs) for n in needs),
        "waiving": sum(bool(n.waives) for n in needs),
        "links": len(links),
        "cross_te": cross_te,
        "cross_et": cross_et,
        "cross": cross_te + cross_et,
        "within": len(links) - cross_te - cross_et,
        "within_th": sum(1 for a, b in links if by_id[a].lang == by_id[b].lang == "th"),
        "within_en": sum(1 for a, b in links if by_id[a].lang == by_id[b].lang == "en"),
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
    }


def counts_table(smes: list[Sme]) -> str:
    st = statistics(smes)
    rows = [
        ("profiles", st["profiles"]),
        ("Thai (`th`) / English (`en`)", f"{st['th']} / {st['en']}"),
    ]
    rows += [(f"sub-cluster `{k}`", st["per_sub"][k]) for k in (s.value for s in taxonomy.SubCluster)]
    rows += [(f"stage `{k}`", st["per_stage"][k]) for k in (s.value for s in taxonomy.Stage)]
    rows += [(f"region `{k}`", st["per_region"][k]) for k in (r.value for r in taxonomy.Region)]
    pct = 100 * st["cross"] / st["links"]
    rows += [
        ("distinct provinces", st["provinces"]),
        ("offers", st["offers"]),
        ("distinct offer labels", st["offer_labels"]),
        ("needs", st["needs"]),
        ("met / unmet needs", f"{st['met']} / {st['unmet']}"),
        ("needs requiring a certification", st["requiring"]),
        ("needs waiving a certification", st["waiving"]),
        ("true links", st["links"]),
        ("cross-language links, Thai supplier to English buyer", st["cross_te"]),
        ("cross-language links, English supplier to Thai buyer", st["cross_et"]),
        ("cross-language links, total", f"{st['cross']} ({pct:.1f} %)"),
        ("within-language links (Thai-Thai / English-English)",
         f"{st['within']} ({st['within_th']} / {st['within_en']})"),
        ("links between different sub-clusters", st["cross_sub"]),
    ]
    lines = ["| count | value |", "|---|---|"] + [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)


# ------------------------------------------------------------------ output


def profile_json(sme: Sme) -> str:
    record = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [text for text, _ in sme.offers],
        "needs": [need.text for need in sme.needs],
        "certifications": list(sme.certs),
        "bcg": list(sme.bcg),
        "contact_email": sme.email,
        "language": sme.lang,
    }
    return json.dumps(record, ensure_ascii=False)


def links_csv(smes: list[Sme]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(compute_links(smes))
    return buffer.getvalue()


def main() -> int:
    errors = check(SMES)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    profiles = "".join(profile_json(sme) + "\n" for sme in SMES)
    (HERE / "profiles.jsonl").write_text(profiles, encoding="utf-8", newline="\n")
    (HERE / "links.csv").write_text(links_csv(SMES), encoding="utf-8", newline="\n")
    print(counts_table(SMES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
