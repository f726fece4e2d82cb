"""Write the hand-labelled evaluation set `eval/blind_plain_coastal/`.

Coastal and fishing communities: nets and ropes (new and used), net mending, sail and tarpaulin cloth,
life jackets, sun-protective clothing, beach and resort wear, sarongs and batik, mangrove and other coastal
dyes, ghost-net and PET-bottle recycling, boat canopies, fish-drying mesh, and the resorts, homestays and
dive shops that buy; plus ordinary cotton, yarn, cloth, dye and sewing suppliers.

All data lives in this file. Every offer carries a label saying what the thing is; every need lists the
labels that would meet it and the certifications its text requires, or is marked as met by no one. The
true links follow from those labels alone. Run from the repository root:

    .venv/bin/python eval/blind_plain_coastal/write.py

It checks the data and writes `profiles.jsonl`, `links.csv` and `README.md` next to itself, or writes
nothing and exits with status 1 when a check fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
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

PREFIX = "bcs"
N_PROFILES = 95
THAI_SHARE = (0.50, 0.60)
LINKS_RANGE = (160, 180)
CROSS_SHARE = (0.40, 0.60)
UNMET_RANGE = (17, 23)

SUB = {
    "H": SubCluster.HEMP_NATURAL_FIBRE,
    "C": SubCluster.CIRCULAR_TEXTILE,
    "S": SubCluster.SPORTECH,
    "AC": SubCluster.AGEING_LIFESTYLE_CENTRAL,
    "AI": SubCluster.AGEING_LIFESTYLE_ISAN,
}
STAGE = {"U": Stage.UPSTREAM, "M": Stage.MIDSTREAM, "D": Stage.DOWNSTREAM}


# ------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Offer:
    text: str
    label: str


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    requires: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""  # why no one in the set meets it; empty for a need that someone meets


@dataclass(frozen=True)
class Sme:
    num: int
    lang: str
    sub: str
    stage: str
    province: str
    name: str
    email: str
    certs: tuple[str, ...]
    bcg: tuple[str, ...]
    offers: tuple[Offer, ...]
    needs: tuple[Need, ...]

    @property
    def id(self) -> str:
        return f"{PREFIX}-{self.num:03d}"


def Of(text: str, label: str) -> Offer:
    return Offer(text, label)


def N(text: str, labels: str, req: str = "", waive: str = "") -> Need:
    """A need some offer meets: `labels` space-separated, `req` and `waive` certifications joined by ';'."""
    return Need(text, tuple(labels.split()), _split(req), _split(waive))


def X(text: str, note: str, labels: str = "", req: str = "", waive: str = "") -> Need:
    """A need no one in the set meets; `labels` and `req` say what would, where something comes close."""
    return Need(text, tuple(labels.split()), _split(req), _split(waive), unmet=note)


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


def S(head: str, name: str, email: str, certs: str, bcg: str, offers: list[Offer], needs: list[Need]) -> Sme:
    """`head` is "number language sub-cluster stage province", e.g. "7 th S M Pattani"."""
    num, lang, sub, stage, province = head.split(maxsplit=4)
    return Sme(
        num=int(num),
        lang=lang,
        sub=SUB[sub].value,
        stage=STAGE[stage].value,
        province=province,
        name=name,
        email=email,
        certs=_split(certs),
        bcg=tuple(bcg.split()),
        offers=tuple(offers),
        needs=tuple(needs),
    )


# ------------------------------------------------------------------ the profiles

SMES: list[Sme] = [
    S(
        "1 th C U Trang",
        "วิสาหกิจชุมชนกลุ่มเก็บอวนผี เกาะลิบง",
        "libong.ghostnet@gmail.com",
        "",
        "circular green",
        [
            Of("อวนผี อวนเก่าลากขึ้นจากทะเล ล้างเกลือแล้ว คัดสีให้", "ghost_net"),
            Of("เชือกเรือเก่า เชือกไนลอนใช้แล้ว ขายเหมากระสอบ", "used_rope_scrap"),
        ],
        [
            X("เครื่องอัดก้อนอวน มือสองก็ได้", "a baling press: machinery, which no one in the set sells"),
            N("เสื้อคลุมกันแดด ใส่ออกเรือเก็บอวน ราคาส่ง", "sun_protective_shirt"),
        ],
    ),
    S(
        "2 en C U Phang Nga",
        "Andaman Ghost Gear Recovery",
        "hello@andamanghostgear.org",
        "",
        "circular green",
        [Of("Ghost nets lifted by volunteer divers, nylon 6, baled", "ghost_net")],
        [
            N("Heavy-duty mesh bags for underwater clean-ups", "mesh_gear_bag"),
            N("Do you make 3 mm wetsuits for volunteer divers?", "wetsuit"),
        ],
    ),
    S(
        "3 th C U Songkla",
        "ร้านรับซื้อของเก่า เก้าเส้งรีไซเคิล",
        "kaoseng.recycle@hotmail.com",
        "",
        "circular",
        [
            Of("ขวดน้ำ PET ใส อัดก้อน กิโลละ 12 บาท", "pet_bottle_scrap"),
            Of("อวนขาด อวนปลดระวาง รับซื้อจากเรือ", "used_fishing_net"),
        ],
        [N("ถุงจัมโบ้ ใส่ของเก่า", "fibc_bulk_bag")],
    ),
    S(
        "4 en C U Rayong",
        "Eastern Seaboard PET Washing Co., Ltd.",
        "sales@espetwash.co.th",
        "GRS certified",
        "circular",
        [Of("Hot-washed clear PET flake, 20 t/month, THB 28/kg", "recycled_pet_flake")],
        [
            N("Baled post-consumer bottles, min 5 t", "pet_bottle_scrap"),
            N("Jumbo bags 1 ton, reusable", "fibc_bulk_bag"),
        ],
    ),
    S(
        "5 th C U Chonburi",
        "บริษัท ซีโคสต์ รีไซเคิล ไฟเบอร์ จำกัด",
        "info@seacoastfiber.co.th",
        "GRS; RCS",
        "circular",
        [
            Of("ด้ายโพลีเอสเตอร์รีไซเคิลจากขวด rPET 150D/48F", "recycled_pet_yarn"),
            Of("เส้นด้ายไนลอน 6 รีไซเคิล ผลิตจากอวนเก่า", "recycled_nylon_yarn"),
        ],
        [
            N("เกล็ดขวดล้างร้อน ต้องมีใบรับรอง GRS", "recycled_pet_flake", req="GRS"),
            N("อวนไนลอนเก่า ไม่ต้องล้าง รับทุกสี", "ghost_net used_fishing_net"),
        ],
    ),
    S(
        "6 en C D Surat Thani",
        "Samui Net & Sail Upcycle",
        "studio@samuiupcycle.com",
        "",
        "circular",
        [
            Of("Totes sewn from recovered fishing nets", "recycled_net_bag"),
            Of("Beach bags cut from old yacht sails", "sailcloth_bag"),
        ],
        [
            N("Derelict gear pulled off reefs, for the story on our tags", "ghost_net"),
            N("1-inch strap tape for bag handles", "webbing_strap"),
            N("Worn-out sailcloth from boatyards", "used_sailcloth"),
        ],
    ),
    S(
        "7 th S M Pattani",
        "กลุ่มสตรีปะอวน บ้านบางปู",
        "bangpu.netmenders@gmail.com",
        "",
        "",
        [
            Of("รับปะอวน ซ่อมอวนขาด อวนลอย อวนจม", "net_mending_service"),
            Of("อวนปูสำเร็จรูป ผูกทุ่นตะกั่วพร้อมใช้", "gill_net"),
        ],
        [N("ด้ายไนลอนถักอวน เบอร์ 12", "net_twine")],
    ),
    S(
        "8 en S M Samut Sakhon",
        "Mahachai Netting Industries",
        "export@mahachainet.com",
        "ISO 9001",
        "",
        [
            Of("Nylon monofilament gill nets, mesh 2.5-4 in", "gill_net"),
            Of("Nylon netting twine and mono line, spools", "net_twine"),
            Of("Knotless PE netting for fish cages", "cage_netting"),
        ],
        [N("Recycled nylon yarn with GRS for an eco net line", "recycled_nylon_yarn", req="GRS")],
    ),
    S(
        "9 th S D Satun",
        "สหกรณ์ประมงพื้นบ้านสตูล จำกัด",
        "satun.fishcoop@gmail.com",
        "",
        "",
        [Of("อวนชำรุด ใช้ต่อไม่ได้ ขายเป็นเศษ", "used_fishing_net")],
        [
            N("เสื้อชูชีพ ได้ มอก. 200 ตัว", "life_jacket", req="Thai Industrial Standard"),
            N("อวนจมปู อวนกุ้งสามชั้น", "gill_net"),
            N("หาคนชุนอวนที่ขาด ในพื้นที่", "net_mending_service"),
        ],
    ),
    S(
        "10 en S D Rayong",
        "Rayong Marine Safety Gear",
        "sales@rayongmarinesafety.com",
        "TIS; ISO 9001",
        "",
        [
            Of("TIS-approved life jackets, adult and child", "life_jacket"),
            Of("Kayak buoyancy vests 50N", "life_jacket"),
        ],
        [
            N("Closed-cell PE foam 10 mm", "pe_foam_sheet"),
            N("Safety-orange waterproof nylon shell cloth", "coated_oxford_fabric"),
            N("SOLAS retro-reflective tape", "reflective_tape"),
        ],
    ),
    S(
        "11 th S M Samut Prakan",
        "บริษัท โฟมไทยพลาสต์ จำกัด",
        "foamthaiplast@gmail.com",
        "",
        "",
        [
            Of("แผ่นโฟมพีอี หนา 5-20 มม. ตัดตามแบบ", "pe_foam_sheet"),
            Of("โฟมอีวาแผ่น สีดำ กันกระแทก", "eva_foam_sheet"),
        ],
        [],
    ),
    S(
        "12 en S M Chonburi",
        "Siam Coated Textiles",
        "info@siamcoated.co.th",
        "ISO 9001",
        "",
        [
            Of("PVC-coated polyester tarpaulin 650 gsm", "pvc_tarpaulin_fabric"),
            Of("PU-coated nylon oxford 420D, hi-vis orange", "coated_oxford_fabric"),
        ],
        [
            X(
                "High-tenacity polyester filament 1000D",
                "industrial filament yarn; the only polyester yarn in the set is textured rPET for knitting",
            )
        ],
    ),
    S(
        "13 en S M Chanthaburi",
        "Nong Canvas & Awning, Tha Chalaep",
        "nong.canvas@gmail.com",
        "",
        "",
        [
            Of("Boat covers and awnings sewn to size, your canvas or ours", "canopy_sewing_service"),
            Of("Ready-made roof canopies, standard 8 m hull", "boat_canopy"),
        ],
        [
            N("Vinyl-coated canvas rolls, 2 m width", "pvc_tarpaulin_fabric"),
            N("Tarp rings no. 10, brass", "eyelets_grommets"),
        ],
    ),
    S(
        "14 en S D Krabi",
        "Ao Nang Longtail Boat Club",
        "aonang.longtail@gmail.com",
        "",
        "",
        [],
        [
            N("New sun roofs for 12 longtail boats", "boat_canopy canopy_sewing_service"),
            N("Passenger life vests, TIS not required", "life_jacket", waive="Thai Industrial Standard"),
            N("Shade cloth over the pier, 70%", "shade_net"),
        ],
    ),
    S(
        "15 th S M Samut Songkhram",
        "ห้างหุ้นส่วนจำกัด แม่กลองเชือกและอวน",
        "maeklong.rope@gmail.com",
        "",
        "",
        [
            Of("เชือก PP เชือกเกลียว ผูกเรือ 12-24 มิล", "synthetic_rope"),
            Of("ตาข่ายตากปลา มุ้งเขียว HDPE", "drying_mesh"),
        ],
        [N("เชือกเก่า เศษเชือก ไว้หลอมรีไซเคิล", "used_rope_scrap")],
    ),
    S(
        "16 en H U Chumphon",
        "Chumphon Coir Works",
        "coir@chumphoncoir.com",
        "",
        "bio",
        [
            Of("Coconut husk fibre, brown, 100 kg bales", "coir_fibre"),
            Of("Hand-twisted coir rope 8-12 mm", "coir_rope"),
        ],
        [
            X(
                "Second-hand decorticator for coconut husk",
                "a husk-processing machine; no one in the set sells machinery",
            )
        ],
    ),
    S(
        "17 th H U Prachuap Khiri Khan",
        "วิสาหกิจชุมชนใยมะพร้าว บางสะพาน",
        "bangsaphan.coir@gmail.com",
        "OTOP",
        "bio circular",
        [
            Of("ใยมะพร้าวตีแล้ว ตากแห้ง ขายเป็นกิโล", "coir_fibre"),
            Of("พรมเช็ดเท้าใยมะพร้าว ทอมือ", "coir_doormat"),
        ],
        [N("ด้ายฝ้ายดิบ ไว้เย็บขอบพรม", "cotton_yarn handspun_cotton_yarn")],
    ),
    S(
        "18 en C U Chon Buri",
        "Pattaya Yacht Services",
        "office@pattayayacht.com",
        "",
        "circular",
        [
            Of("Retired Dacron sails from charter yachts", "used_sailcloth"),
            Of("Used PVC boat tarps, sold by kg", "used_tarpaulin"),
        ],
        [
            N("Marine canvas sewing for bimini tops", "canopy_sewing_service"),
            N("Torn mainsails and jibs need restitching", "sail_repair_service"),
        ],
    ),
    S(
        "19 th C D Phuket",
        "ผ้าใบเล่าเรื่อง ภูเก็ต",
        "phabai.story@gmail.com",
        "",
        "circular",
        [Of("กระเป๋าผ้าใบรถบรรทุกรีไซเคิล กันน้ำ", "upcycled_tarp_bag")],
        [
            N("ผ้าคลุมรถที่เลิกใช้ หรือใบเรือปลดระวาง", "used_tarpaulin used_sailcloth"),
            N("ร้านสกรีนโลโก้บนกระเป๋า", "screen_printing_service"),
        ],
    ),
    S(
        "20 en S M Bangkok",
        "SunShield Knits Co., Ltd.",
        "sales@sunshieldknits.com",
        "Oeko-Tex 100",
        "",
        [
            Of("UPF50+ polyester jersey, cooling finish", "uv_knit_fabric"),
            Of("rPET interlock knit 160 gsm", "rpet_fabric"),
        ],
        [N("rPET yarn 150D for circular knitting", "recycled_pet_yarn")],
    ),
    S(
        "21 th S D Songkhla",
        "ทะเลใส เสื้อกันแดดชาวเล",
        "talaysai.shop@gmail.com",
        "",
        "",
        [
            Of("เสื้อแขนยาวกันยูวี ใส่ตกปลา มีฮู้ด", "sun_protective_shirt"),
            Of("โม่งคลุมหน้ากันแดด ผ้าเย็น", "uv_face_hood"),
        ],
        [
            N("ผ้ายืดกัน UV ยูพีเอฟ 50+ ราคาโรงงาน", "uv_knit_fabric"),
            N("โรงงานรับเย็บ CMT ขั้นต่ำ 300 ตัว", "garment_sewing_service"),
        ],
    ),
    S(
        "22 en S D Phuket",
        "Chalong Bay Dive Centre",
        "info@chalongdive.com",
        "",
        "",
        [],
        [
            N("3 mm shorties for the rental fleet", "wetsuit"),
            N("Mesh gear bags", "mesh_gear_bag"),
            N("Staff rash guards with our logo", "rash_guard"),
        ],
    ),
    S(
        "23 th S D Chonburi",
        "บริษัท ไดฟ์เกียร์ สัตหีบ จำกัด",
        "divegear.sattahip@gmail.com",
        "",
        "",
        [
            Of("ชุดดำน้ำ เว็ทสูท นีโอพรีน 3 มม.", "wetsuit"),
            Of("ถุงตาข่ายใส่อุปกรณ์ดำน้ำ", "mesh_gear_bag"),
            Of("เสื้อแรชการ์ด สกรีนโลโก้ได้", "rash_guard"),
        ],
        [N("แผ่นนีโอพรีน 3 มิล บุผ้าสองหน้า", "neoprene_sheet")],
    ),
    S(
        "24 en S M Samut Prakan",
        "Neo Laminates Thailand",
        "sales@neolaminates.co.th",
        "",
        "",
        [
            Of("Neoprene sheet 2-5 mm, nylon both sides", "neoprene_sheet"),
            Of("Nylon-spandex swim tricot", "swim_knit_fabric"),
        ],
        [X("Limestone neoprene chips?", "a raw rubber compound, which no one in the set sells")],
    ),
    S(
        "25 th AC D Samut Songkhram",
        "บ้านริมคลองอัมพวา โฮมสเตย์",
        "rimkhlong.amphawa@gmail.com",
        "",
        "",
        [],
        [
            N("ผ้าเช็ดตัวขาว แบบโรงแรม", "bath_towel"),
            N("ย่ามกันฝน ตัดจากผ้าคลุมรถเก่า ไว้ขายแขก", "upcycled_tarp_bag"),
        ],
    ),
    S(
        "26 en H U Chiang Mai",
        "Doi Saket Cotton Growers",
        "doisaketcotton@gmail.com",
        "",
        "bio",
        [
            Of("Native seed cotton, hand-picked", "seed_cotton"),
            Of("Hand-spun cotton yarn, natural white", "handspun_cotton_yarn"),
        ],
        [X("Cotton ginning for small lots?", "a ginning service; no one in the set gins cotton")],
    ),
    S(
        "27 th H U Loei",
        "กลุ่มปลูกฝ้ายอินทรีย์ บ้านนาซ่าว",
        "nasao.cotton@gmail.com",
        "ออร์แกนิกไทยแลนด์",
        "bio",
        [
            Of("ปุยฝ้ายอินทรีย์ อีดเมล็ดออกแล้ว", "cotton_lint"),
            Of("ฝ้ายเข็นมือ เส้นใหญ่ สีธรรมชาติ", "handspun_cotton_yarn"),
        ],
        [X("เมล็ดพันธุ์ฝ้ายพื้นเมือง", "cotton seed for sowing; no one in the set offers seed")],
    ),
    S(
        "28 en H M Korat",
        "Korat Spinning Mill",
        "yarn@koratspinning.com",
        "GOTS; OEKO-TEX Standard 100; ISO 9001",
        "",
        [
            Of("Combed cotton yarn Ne 20/1 and 30/1", "cotton_yarn"),
            Of("GOTS organic cotton yarn Ne 30/1", "organic_cotton_yarn"),
        ],
        [N("Cotton lint, 10 t lots", "cotton_lint")],
    ),
    S(
        "29 th H M Khon Kaen",
        "โรงทอขอนแก่นเท็กซ์ไทล์",
        "kk.textile@gmail.com",
        "",
        "",
        [
            Of("ผ้าฝ้ายยังไม่ฟอก ทอเครื่อง หน้า 60 นิ้ว", "plain_cotton_fabric"),
            Of("ผ้าแคนวาสฝ้าย หนา 12 ออนซ์", "cotton_canvas"),
            Of("ผ้าฝ้ายออร์แกนิก ทอเครื่อง สีครีม", "organic_cotton_fabric"),
        ],
        [N("ด้ายฝ้าย เบอร์ 20 ล็อตใหญ่", "cotton_yarn organic_cotton_yarn")],
    ),
    S(
        "30 en H U Trang",
        "Sikao Mangrove Dye Collective",
        "sikao.mangrove@gmail.com",
        "",
        "bio green",
        [
            Of("Storm-fallen mangrove bark, sun-dried", "mangrove_bark"),
            Of("Mangrove dye concentrate, 1 L bottles", "mangrove_dye_extract"),
        ],
        [
            N("Undyed cotton cloth for dyeing", "plain_cotton_fabric"),
            X("Crushed shell lime for mordanting", "shell lime; no one in the set offers mordants"),
        ],
    ),
    S(
        "31 th H M Nakhon Si Thammarat",
        "กลุ่มผ้าย้อมเปลือกโกงกาง ปากพนัง",
        "pakphanang.dye@gmail.com",
        "OTOP",
        "bio",
        [
            Of("ผ้าฝ้ายย้อมเปลือกโกงกาง สีน้ำตาลอิฐ ขายเป็นเมตร", "mangrove_dyed_fabric"),
            Of("รับย้อมเปลือกโกงกาง ผ้าของลูกค้าส่งมา", "mangrove_dyeing_service"),
            Of("ผ้าถุงย้อมโกงกาง เย็บสำเร็จ", "natural_dyed_sarong"),
        ],
        [N("เปลือกโกงกางแห้ง จากไม้ล้มเท่านั้น", "mangrove_bark")],
    ),
    S(
        "32 th H M Phuket",
        "บาติกบ้านไม้ขาว",
        "maikhao.batik@gmail.com",
        "OTOP",
        "",
        [
            Of("ผ้าบาติกเขียนมือ ผ้าฝ้าย ลายปลาและปะการัง", "batik_fabric"),
            Of("รับเขียนบาติกบนผ้าของลูกค้า ออกแบบลายให้", "batik_service"),
        ],
        [
            N("เทียนเขียนผ้า ขี้ผึ้งผสมพาราฟิน", "batik_wax"),
            N("สีย้อมเย็น รีแอคทีฟ ถังละ 25 กก.", "reactive_dye"),
        ],
    ),
    S(
        "33 th H M Krabi",
        "กลุ่มบาติกกระบี่ บ้านอ่าวนาง",
        "krabibatik@gmail.com",
        "",
        "",
        [
            Of("ผ้าเขียนเทียนลายทะเล ผ้าฝ้าย ขายเป็นเมตร", "batik_fabric"),
            Of("เสื้อบาติกผู้ชาย แขนสั้น", "batik_shirt"),
            Of("แว็กซ์บาติกสำเร็จ ก้อนละครึ่งกิโล พร้อมจันติ้ง", "batik_wax"),
        ],
        [N("ผ้าป่านมัสลิน ยังไม่ย้อม", "plain_cotton_fabric")],
    ),
    S(
        "34 th AI U Sakon Nakhon",
        "วิสาหกิจชุมชนครามสกล บ้านดอนกอย",
        "donkoi.indigo@gmail.com",
        "OTOP",
        "bio",
        [
            Of("เนื้อครามเปียก หมักแล้ว ถุงละกิโล", "indigo_paste"),
            Of("ผ้าฝ้ายย้อมคราม ทอมือ ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            Of("ผ้าพันคอย้อมคราม", "indigo_scarf"),
        ],
        [N("ด้ายฝ้ายปั่นมือ แบบดิบ ยังไม่ย้อม", "handspun_cotton_yarn")],
    ),
    S(
        "35 en AI M Udon Thani",
        "Udon Indigo Dye House",
        "udonindigo@gmail.com",
        "",
        "bio",
        [Of("Indigo vat dyeing of your yarn or cloth, min 5 kg", "indigo_dyeing_service")],
        [N("Fermented indigo paste", "indigo_paste")],
    ),
    S(
        "36 th AC D Chonburi",
        "โรงแรมบางแสนเฮอริเทจ",
        "bangsaen.heritage@gmail.com",
        "",
        "",
        [Of("ผ้าปูที่นอน ปลอกหมอน ปลดระวาง ขายเหมา", "used_hotel_linen")],
        [
            N("ผ้าขนหนูโรงแรม 16 ปอนด์ สีขาว", "bath_towel"),
            N("ชุดยูนิฟอร์มพนักงาน ลายบาติก", "staff_uniform"),
            N("ผ้าเช็ดตัวริมสระ ลายทาง", "beach_towel"),
        ],
    ),
    S(
        "37 en AC M Samut Prakan",
        "Bang Phli Terry Mills",
        "sales@bangphliterry.com",
        "OEKO-TEX Standard 100",
        "",
        [
            Of("Hotel bath towels, 100% cotton, 500 gsm", "bath_towel"),
            Of("Striped pool towels 70x140 cm", "beach_towel"),
            Of("Waffle bathrobes for spas", "bathrobe"),
        ],
        [N("OE yarn Ne 16 for terry pile, recycled is fine", "cotton_yarn recycled_cotton_yarn")],
    ),
    S(
        "38 th AC D Phetchaburi",
        "ชะอำ บีช รีสอร์ท แอนด์ สปา",
        "chaam.beachresort@gmail.com",
        "",
        "",
        [],
        [
            N("เสื้อคลุมอาบน้ำ ผ้าวาฟเฟิล ปักโลโก้", "bathrobe"),
            N("ผ้านุ่งลายปาเต๊ะ ให้แขกยืมใส่ลงทะเล", "sarong natural_dyed_sarong"),
            N("ผ้าปูที่นอนฝ้าย ต้องผ่าน OEKO-TEX", "bed_linen", req="OEKO-TEX Standard 100"),
        ],
    ),
    S(
        "39 en AC M Nonthaburi",
        "Nonthaburi Hospitality Linen",
        "orders@ntblinen.com",
        "OEKO-TEX certified",
        "",
        [
            Of("Hotel sheets and pillowcases, 250 TC", "bed_linen"),
            Of("White percale duvet covers", "bed_linen"),
        ],
        [N("Percale greige 110 in wide", "plain_cotton_fabric")],
    ),
    S(
        "40 th AC D Prachuap",
        "บ้านพักผู้สูงวัย หัวหินซีวิว",
        "huahin.seniorhome@gmail.com",
        "",
        "",
        [],
        [
            N("ชุดผู้สูงอายุ ผ่าหน้า ใส่ง่าย", "adaptive_clothing"),
            N("ผ้ารองซับปัสสาวะ ซักได้", "washable_bed_pad"),
        ],
    ),
    S(
        "41 en AC D Samut Sakhon",
        "Mahachai Silver Wear",
        "hello@silverwear.co.th",
        "",
        "",
        [
            Of("Adaptive wear for seniors, magnetic closures", "adaptive_clothing"),
            Of("Washable incontinence pads, 4 layers", "washable_bed_pad"),
        ],
        [N("Looking for soft T-shirt knit in cotton", "cotton_jersey_fabric")],
    ),
    S(
        "42 th H D Pattani",
        "ร้านผ้าปาเต๊ะ แม่เยาะ",
        "maeyoh.patae@gmail.com",
        "",
        "",
        [
            Of("ผ้าปาเต๊ะ ผ้าถุงเย็บสำเร็จ ผืนละ 180 บาท", "sarong"),
            Of("ผ้าโสร่งผู้ชาย ลายตาราง", "sarong"),
        ],
        [
            N("ผ้าปาเต๊ะเป็นม้วน ไว้ตัดผ้าถุง", "batik_fabric"),
            N("ช่างรับเย็บผ้าถุง ผ้าเราเอง", "garment_sewing_service"),
        ],
    ),
    S(
        "43 en H D Narathiwat",
        "Narathiwat Songket Weavers",
        "songket.nara@gmail.com",
        "OTOP",
        "",
        [Of("Handwoven cotton songket, gold weft", "handwoven_cotton_fabric")],
        [
            N("Coloured mercerised yarn for weft", "dyed_cotton_yarn"),
            X("Gold metallic thread, Japanese type", "metallic thread; no one in the set makes or sells it"),
        ],
    ),
    S(
        "44 th AI M Roi Et",
        "กลุ่มทอผ้าขาวม้า บ้านหนองบัว",
        "nongbua.khaoma@gmail.com",
        "OTOP",
        "",
        [
            Of("ผ้าขาวม้าทอมือ ลายตาหมากรุก", "pha_khao_ma"),
            Of("ผ้าฝ้ายทอมือเป็นพับ พับละ 20 เมตร", "handwoven_cotton_fabric"),
        ],
        [
            N("ด้ายฝ้ายย้อมสี สีไม่ตก", "dyed_cotton_yarn"),
            N("หาที่รับย้อมครามให้ ผ้าทอของกลุ่มเอง", "indigo_dyeing_service"),
        ],
    ),
    S(
        "45 en AI D Ubon Ratchathani",
        "Khong Chiam Mekong Fishers Association",
        "khongchiam.fishers@gmail.com",
        "",
        "",
        [Of("Worn monofilament nets for recycling", "used_fishing_net")],
        [
            N("Catfish nets for the Mekong, 3-inch mesh", "gill_net"),
            N("Life vests for river patrol", "life_jacket"),
        ],
    ),
    S(
        "46 th AI M Nong Khai",
        "ร้านถักแหริมโขง",
        "rimkhong.hae@gmail.com",
        "",
        "",
        [Of("แหเอ็น แหไนลอน ถักมือ 8-12 ศอก", "cast_net")],
        [N("มีเอ็นถักแหขายไหม ม้วนใหญ่", "net_twine")],
    ),
    S(
        "47 en C M Bangkok",
        "Bang Sue Sewing Collective",
        "bangsuesewing@gmail.com",
        "",
        "",
        [
            Of("CMT sewing, you supply the fabric, min 200 pcs", "garment_sewing_service"),
            Of("Pattern making and grading", "pattern_making_service"),
        ],
        [N("Cones of 40/2 spun poly for overlockers", "sewing_thread")],
    ),
    S(
        "48 th C M Samut Sakhon",
        "มหาชัยการ์เม้นท์",
        "mahachai.garment@gmail.com",
        "",
        "circular",
        [
            Of("รับจ้างตัดเย็บเสื้อผ้า ขั้นต่ำ 500 ตัว", "garment_sewing_service"),
            Of("เศษผ้าตัด เศษผ้าโรงงาน ขายเหมา", "textile_offcuts"),
        ],
        [N("ด้ายเย็บผ้า หลอดใหญ่", "sewing_thread")],
    ),
    S(
        "49 en S M Samut Prakan",
        "Siam Trims & Threads",
        "sales@siamtrims.com",
        "",
        "",
        [
            Of("Polyester sewing thread, 5000 m cones", "sewing_thread"),
            Of("Polyester webbing 20-50 mm", "webbing_strap"),
            Of("Brass eyelets and grommets", "eyelets_grommets"),
        ],
        [X("YKK Vislon zips, marine grade", "zips; no one in the set offers them")],
    ),
    S(
        "50 th S M Rayong",
        "บริษัท ไบรท์เซฟ จำกัด",
        "brightsafe.th@gmail.com",
        "",
        "",
        [
            Of("เทปสะท้อนแสง SOLAS เย็บติดเสื้อชูชีพ", "reflective_tape"),
            Of("หัวล็อกพลาสติก สายรัดเสื้อชูชีพ", "plastic_buckle"),
        ],
        [N("สายเทปทอ โพลีเอสเตอร์", "webbing_strap")],
    ),
    S(
        "51 en AC D Phuket",
        "Kata Sands Resort",
        "purchasing@katasands.com",
        "",
        "",
        [Of("Retired bath towels, bleached, by the kilo", "used_hotel_linen")],
        [
            N("Beach towels for sunbeds, 300 pcs", "beach_towel"),
            N("Guest sarongs, no synthetic dye", "natural_dyed_sarong"),
            N("Staff uniforms with embroidered logo", "staff_uniform"),
        ],
    ),
    S(
        "52 th AC D Krabi",
        "อ่าวนางเรือนไม้ โฮมสเตย์",
        "aonang.ruanmai@gmail.com",
        "",
        "",
        [],
        [
            N("เปลญวน ผูกริมหาด", "hammock"),
            N("หมวกกันแดด ให้แขกยืมใส่เดินหาด", "pandan_hat sun_hat"),
        ],
    ),
    S(
        "53 en AC D Bangkok",
        "Suvarnabhumi Craft Corner",
        "craftcorner.bkk@gmail.com",
        "",
        "",
        [],
        [
            N("Souvenir bags made from old fishing nets", "recycled_net_bag"),
            N("Indigo cotton scarves", "indigo_scarf"),
            N("Shopping bags of handloomed cotton", "handwoven_tote_bag"),
        ],
    ),
    S(
        "54 th S D Nakhon Si Thammarat",
        "ร้านเครื่องมือประมง ปากพนังการค้า",
        "pakphanang.tackle@gmail.com",
        "",
        "",
        [
            Of("อวนลอย อวนจม ขายปลีก-ส่ง", "gill_net"),
            Of("แหเอ็นสำเร็จรูป หลายขนาด", "cast_net"),
        ],
        [
            N("แหทำมือ ฝีมือชาวบ้าน ส่งขายในร้าน", "cast_net"),
            N("เชือกไนลอน พีพี ม้วนใหญ่ สำหรับจอดเรือ", "synthetic_rope"),
            N("ชูชีพ ราคาส่ง ไม่ต้องมี มอก.", "life_jacket", waive="Thai Industrial Standard"),
        ],
    ),
    S(
        "55 en S M Phang Nga",
        "Andaman Sail & Canvas",
        "info@andamansail.com",
        "",
        "",
        [
            Of("Biminis, sprayhoods and covers cut and sewn on your boat", "canopy_sewing_service"),
            Of("Sail repair and recutting", "sail_repair_service"),
        ],
        [
            X(
                "Solution-dyed acrylic canvas, Sunbrella or similar",
                "acrylic marine canvas; no one in the set makes or stocks it",
            )
        ],
    ),
    S(
        "56 th S D Trang",
        "เกาะมุกทัวร์ ดำน้ำตื้น",
        "kohmook.tour@gmail.com",
        "",
        "",
        [],
        [
            N("ชูชีพนักท่องเที่ยว 100 ตัว มี มอก.", "life_jacket", req="Thai Industrial Standard"),
            X("หน้ากากดำน้ำ ตีนกบ ขายส่ง", "masks and fins are not textiles; no one in the set offers them"),
            N("เสื้อกันแดดแขนยาว ให้ลูกทัวร์เช่า", "rash_guard sun_protective_shirt"),
        ],
    ),
    S(
        "57 en H D Bangkok",
        "Tidal Threads",
        "hello@tidalthreads.co",
        "",
        "",
        [
            Of("Linen-cotton resort shirts", "resort_wear"),
            Of("Batik kaftans, loose fit", "resort_wear"),
        ],
        [
            N("Mangrove-dyed cotton by the metre", "mangrove_dyed_fabric"),
            N("Indigo cotton yardage", "indigo_dyed_cotton_fabric"),
            X(
                "GOTS organic cotton voile",
                "organic cotton cloth is offered in the set, but not with GOTS",
                labels="organic_cotton_fabric",
                req="GOTS",
            ),
        ],
    ),
    S(
        "58 th H U Phatthalung",
        "วิสาหกิจชุมชนกระจูดทะเลน้อย",
        "thalenoi.krajood@gmail.com",
        "OTOP",
        "bio",
        [
            Of("ต้นกระจูดตากแห้ง รีดแบนแล้ว มัดละกิโล", "krajood_sedge"),
            Of("กระเป๋ากระจูดสาน ทรงถัง", "krajood_bag"),
            Of("เสื่อกระจูด พับได้", "krajood_mat"),
        ],
        [N("สีย้อมธรรมชาติ ไว้ย้อมเส้นกระจูด", "mangrove_dye_extract sea_almond_dye indigo_paste")],
    ),
    S(
        "59 en AC D Bangkok",
        "Coast & Craft Concept Store",
        "buy@coastandcraft.co",
        "",
        "",
        [],
        [
            N("Krajood bags, OTOP welcome but not required", "krajood_bag", waive="OTOP"),
            N("Coir doormats", "coir_doormat"),
            N("Upcycled sailcloth bags", "sailcloth_bag"),
        ],
    ),
    S(
        "60 th H M Trang",
        "กลุ่มย้อมผ้าใบหูกวาง บ้านแหลม",
        "banlaem.dye@gmail.com",
        "",
        "bio",
        [
            Of("ผ้าฝ้ายย้อมใบหูกวาง โทนเทาเขียว", "sea_almond_dyed_fabric"),
            Of("ผงสีใบหูกวาง สกัดแห้ง", "sea_almond_dye"),
        ],
        [
            N("ผ้าฝ้ายขาว ผ้าดิบ เป็นม้วน", "plain_cotton_fabric"),
            X("สีย้อมจากสาหร่ายทะเล ไว้ทดลองย้อม", "seaweed dye; no one in the set makes it"),
        ],
    ),
    S(
        "61 en C U Chanthaburi",
        "East Coast Textile Rescue",
        "rescue@eastcoasttextile.org",
        "RCS",
        "circular",
        [Of("Shredded cotton fibre from hotel linen", "recycled_cotton_fibre")],
        [
            N("Old hotel sheets and towels, any colour", "used_hotel_linen"),
            N("Cutting-room scraps, 100% cotton", "textile_offcuts"),
        ],
    ),
    S(
        "62 th C M Chonburi",
        "โรงปั่นด้ายรีไซเคิล บ้านบึง",
        "banbueng.oeyarn@gmail.com",
        "GRS",
        "circular",
        [Of("ด้ายฝ้ายรีไซเคิล OE เบอร์ 10", "recycled_cotton_yarn")],
        [N("ใยฝ้ายรีไซเคิล ตีจากเศษผ้า", "recycled_cotton_fibre")],
    ),
    S(
        "63 en C D Rayong",
        "Bottle to Bag Co.",
        "hi@bottletobag.co",
        "",
        "circular",
        [Of("Printed rPET shopping totes", "rpet_tote_bag")],
        [N("Recycled polyester fabric, GRS certified", "rpet_fabric", req="GRS")],
    ),
    S(
        "64 th C M Samut Prakan",
        "บริษัท กรีนเวฟ เท็กซ์ไทล์ จำกัด",
        "greenwave.tex@gmail.com",
        "GRS",
        "circular",
        [
            Of("ผ้าโพลีเอสเตอร์รีไซเคิล 600D ทำกระเป๋า", "rpet_fabric"),
            Of("ผ้าร่มรีไซเคิล เคลือบกันน้ำ", "rpet_fabric"),
        ],
        [N("เส้นด้าย rPET ต้องมีใบ GRS", "recycled_pet_yarn", req="GRS")],
    ),
    S(
        "65 en S D Chonburi",
        "Jomtien Kite & SUP School",
        "ride@jomtienkite.com",
        "",
        "",
        [],
        [
            N("Rash guards in club colours", "rash_guard"),
            N("Board bags from recycled sailcloth", "sailcloth_bag"),
        ],
    ),
    S(
        "66 th S D Narathiwat",
        "นูรฮายาตี ชุดว่ายน้ำมุสลิมะห์",
        "nurhayati.swim@gmail.com",
        "ฮาลาล",
        "",
        [Of("ชุดว่ายน้ำมุสลิมะห์ บูร์กินี คลุมทั้งตัว", "modest_swimwear")],
        [
            N("ผ้าสแปนเด็กซ์ชุดว่ายน้ำ ทนคลอรีน", "swim_knit_fabric"),
            N("ผ้ากันยูวี หน้ากว้าง", "uv_knit_fabric"),
            N("หาคนทำแพทเทิร์น ตัดเกรดไซซ์", "pattern_making_service"),
        ],
    ),
    S(
        "67 en S D Satun",
        "Satun Modest Wear",
        "satunmodest@gmail.com",
        "",
        "",
        [],
        [
            N("Burkini swimwear, Halal certified", "modest_swimwear", req="Halal"),
            X("Sports hijabs in cooling fabric", "no one in the set makes sports hijabs"),
        ],
    ),
    S(
        "68 th H D Chanthaburi",
        "เสื่อกกจันทบูร บ้านเสม็ดงาม",
        "samedngam.mat@gmail.com",
        "OTOP",
        "",
        [Of("เสื่อกกจันทบูร ทอลายโบราณ", "reed_mat")],
        [
            X(
                "สีย้อมเส้นกก ชนิดสีเบสิก",
                "basic dyes for reed; the dye seller in the set offers reactive dyes for cotton",
            )
        ],
    ),
    S(
        "69 en H M Bangkok",
        "Siam Dyestuff Trading",
        "sales@siamdyestuff.com",
        "ISO 9001",
        "",
        [
            Of("Reactive dyes for cotton, 25 kg drums", "reactive_dye"),
            Of("Soda ash, salt and dye auxiliaries", "dye_auxiliaries"),
        ],
        [],
    ),
    S(
        "70 th AI D Mukdahan",
        "ร้านผ้าพื้นเมือง ตลาดอินโดจีน",
        "indochina.pha@gmail.com",
        "",
        "",
        [],
        [
            N("เชิ้ตลายปาเต๊ะ ผู้ชาย ราคาส่ง", "batik_shirt"),
            N("ผ้าคลุมไหล่ย้อมคราม", "indigo_scarf"),
        ],
    ),
    S(
        "71 en H U Chiang Mai",
        "Hmong Hemp Fibre Co.",
        "hemp@hmonghemp.com",
        "",
        "bio",
        [
            Of("Degummed hemp bast fibre", "hemp_fibre"),
            Of("Hand-spun hemp yarn Nm 8", "hemp_yarn"),
        ],
        [],
    ),
    S(
        "72 th H M Surat Thani",
        "เชือกธรรมชาติ สุราษฎร์",
        "surat.naturalrope@gmail.com",
        "",
        "bio",
        [
            Of("เชือกกัญชงฟั่นมือ ตกแต่งรีสอร์ท", "hemp_rope"),
            Of("เชือกใยมะพร้าว ขนาด 10 มิล", "coir_rope"),
        ],
        [
            N("ด้ายกัญชง เส้นใหญ่ ไว้ฟั่นเชือก", "hemp_yarn"),
            N("เส้นใยกาบมะพร้าว ไม่มีขุย", "coir_fibre"),
        ],
    ),
    S(
        "73 en AC D Phang Nga",
        "Khao Lak Eco Lodge",
        "stay@khaolakecolodge.com",
        "",
        "",
        [],
        [
            N("Hammocks for the bungalows", "hammock"),
            N("Natural fibre rope for railings, coir or hemp", "coir_rope hemp_rope"),
            N("Bathrobes, Thai Green Label preferred, not required", "bathrobe", waive="Thai Green Label"),
        ],
    ),
    S(
        "74 th S M Samut Sakhon",
        "ห้างหุ้นส่วนจำกัด ตาข่ายมหาชัย",
        "mahachai.mesh@gmail.com",
        "",
        "",
        [
            Of("มุ้งเขียว ตาข่ายตากปลาหมึก ตากกุ้ง", "drying_mesh"),
            Of("สแลนกรองแสง 80% ม้วน 100 ม.", "shade_net"),
        ],
        [X("เม็ดพลาสติก HDPE รีไซเคิล", "recycled HDPE pellets; no one in the set offers plastic pellets")],
    ),
    S(
        "75 en S D Pattani",
        "Pattani Dried Fish Processors",
        "pattani.driedfish@gmail.com",
        "",
        "",
        [],
        [
            N("Green mesh screen for drying fish", "drying_mesh"),
            N("Waterproof aprons for the workers", "waterproof_apron"),
        ],
    ),
    S(
        "76 th S D Samut Prakan",
        "ร้านเย็บชุดทำงานแพปลา ปากน้ำ",
        "paknam.workwear@gmail.com",
        "",
        "",
        [
            Of("ผ้ากันเปื้อนพีวีซี ใส่ทำงานในแพปลา", "waterproof_apron"),
            Of("ชุดกันฝนชาวประมง เสื้อและกางเกง", "fisher_rain_gear"),
            Of("เสื้อชูชีพผ้าร่ม บุโฟม สำหรับเรือประมง", "life_jacket"),
        ],
        [N("ผ้าเคลือบพีวีซี แบบบาง เป็นม้วน", "pvc_tarpaulin_fabric")],
    ),
    S(
        "77 th S D Rayong",
        "ชมรมแม่ค้าตลาดทะเลบ้านเพ",
        "banphe.market@gmail.com",
        "",
        "",
        [],
        [
            N("เอี๊ยมกันน้ำ 500 ผืน", "waterproof_apron"),
            N("ชุดกันน้ำ ใส่ขายของช่วงมรสุม", "fisher_rain_gear"),
            N("ถุงผ้ารีไซเคิลจากขวดพลาสติก แจกลูกค้า", "rpet_tote_bag"),
        ],
    ),
    S(
        "78 th H D Songkhla",
        "ร้านผ้าทอเกาะยอ ป้าจวบ",
        "kohyor.weave@gmail.com",
        "OTOP",
        "",
        [
            Of("ผ้าทอเกาะยอ ลายราชวัตร ฝ้ายล้วน", "handwoven_cotton_fabric"),
            Of("ผ้าขาวม้าเกาะยอ", "pha_khao_ma"),
        ],
        [N("ด้ายฝ้ายสี เบอร์ 20/2", "dyed_cotton_yarn")],
    ),
    S(
        "79 en H M Nakhon Pathom",
        "Nakhon Pathom Dyed Yarns",
        "sales@npdyedyarn.com",
        "OEKO-TEX",
        "",
        [
            Of("Dyed cotton yarn 20/2, 60 shades", "dyed_cotton_yarn"),
            Of("Cotton single jersey, soft hand", "cotton_jersey_fabric"),
        ],
        [N("Grey cotton yarn on cones", "cotton_yarn")],
    ),
    S(
        "80 th S D Rayong",
        "ร้านอุปกรณ์ตกปลา บ้านเพฟิชชิ่ง",
        "banphe.fishing@gmail.com",
        "",
        "",
        [],
        [
            N("เสื้อกันแดดไว้ขายลูกค้าที่ออกไปตกหมึก", "sun_protective_shirt"),
            N("หมวกปีกกว้าง มีผ้าคลุมคอ", "sun_hat"),
        ],
    ),
    S(
        "81 th S D Prachuap Khiri Khan",
        "หัวหิน ฟิชชิ่ง แอพพาเรล",
        "shop@huahinfishing.com",
        "",
        "",
        [
            Of("เสื้อฮู้ดกันยูวี UPF50 สำหรับนักตกเบ็ด", "sun_protective_shirt"),
            Of("ผ้าบัฟโพกหัว ปิดหน้ากันแดด", "uv_face_hood"),
            Of("หมวกซาฟารี มีผ้าบังต้นคอ", "sun_hat"),
        ],
        [N("ร้านพิมพ์ซับลิเมชั่น ลงเสื้อโพลีเอสเตอร์", "sublimation_printing_service")],
    ),
    S(
        "82 th S M Bangkok",
        "บางบอนซับลิเมชั่น",
        "bangbon.sub@gmail.com",
        "",
        "",
        [
            Of("รับงานพิมพ์ทรานสเฟอร์ความร้อน ลายเต็มตัว", "sublimation_printing_service"),
            Of("รับสกรีนเสื้อ สกรีนถุงผ้า", "screen_printing_service"),
        ],
        [X("กระดาษทรานสเฟอร์ ม้วนใหญ่", "transfer paper; no one in the set sells it")],
    ),
    S(
        "83 th H D Krabi",
        "ไร่เลย์ บีชแวร์",
        "railay.beachwear@gmail.com",
        "",
        "",
        [
            Of("ชุดเดรสชายหาด ผ้าเรยอน", "resort_wear"),
            Of("กางเกงเลชาวประมง ผ้าฝ้าย", "resort_wear"),
        ],
        [
            X("ผ้าเรยอนพิมพ์ลาย ขั้นต่ำ 300 เมตร", "printed rayon; no viscose or rayon cloth is offered in the set"),
            N("ผ้าปาเต๊ะเขียนลาย ไว้ทำคอลเลกชันพิเศษ", "batik_fabric"),
        ],
    ),
    S(
        "84 th AC D Chonburi",
        "บ้านพักคนชรา ศรีราชาริมทะเล",
        "sriracha.elderhome@gmail.com",
        "",
        "",
        [],
        [
            N("ชุดผู้ป่วยสูงวัย ผ้าฝ้ายนุ่ม", "adaptive_clothing"),
            N("ผ้าเช็ดตัวผืนใหญ่ ซับน้ำดี", "bath_towel"),
        ],
    ),
    S(
        "85 en AI M Kalasin",
        "Isan Cotton Weavers Network",
        "isancottonweavers@gmail.com",
        "OTOP",
        "",
        [
            Of("Handloom cotton cloth, natural tones, 1 m wide", "handwoven_cotton_fabric"),
            Of("Hand-loomed pha khao ma, checks", "pha_khao_ma"),
            Of("Handwoven cotton tote, indigo-dyed", "handwoven_tote_bag"),
        ],
        [N("Hand-spun cotton, undyed, Organic Thailand", "handspun_cotton_yarn", req="Organic Thailand")],
    ),
    S(
        "86 th C D Bangkok",
        "อวนสาน สตูดิโอ",
        "uanstudio.bkk@gmail.com",
        "",
        "circular",
        [
            Of("กระเป๋าถักจากอวนเก่า", "recycled_net_bag"),
            Of("เปลญวนถักจากเชือกอวนรีไซเคิล", "hammock"),
        ],
        [
            N("เส้นไนลอนรีไซเคิล ไว้ถักกระเป๋า มี GRS ยิ่งดี", "recycled_nylon_yarn", waive="GRS"),
            N("ผ้าดิบ ทำซับในกระเป๋า", "plain_cotton_fabric"),
        ],
    ),
    S(
        "87 en C U Phuket",
        "Phuket Beach Clean Network",
        "team@phuketbeachclean.org",
        "",
        "circular green",
        [
            Of("Beach-collected PET bottles, sorted", "pet_bottle_scrap"),
            Of("Net fragments from beach clean-ups", "ghost_net"),
        ],
        [
            N("Reusable mesh sacks for collection", "mesh_gear_bag"),
            X("Cut-resistant gloves for volunteers", "gloves; no one in the set makes them"),
        ],
    ),
    S(
        "88 th H U Nakhon Si Thammarat",
        "กลุ่มจักสานปาหนัน บ้านท่าเรือ",
        "tharua.panan@gmail.com",
        "OTOP",
        "bio",
        [
            Of("ใบปาหนันตากแห้ง รีดเป็นเส้น", "pandan_strip"),
            Of("หมวกสานใบปาหนัน", "pandan_hat"),
        ],
        [N("เศษผ้าฝ้ายชิ้นเล็ก ไว้ทำสายหมวก", "textile_offcuts")],
    ),
    S(
        "89 en AC D Samut Prakan",
        "Bang Pu Coastal Hospital",
        "procurement@bangpuhospital.go.th",
        "",
        "",
        [],
        [
            X(
                "Patient gowns, ISO 13485",
                "no one in the set makes patient gowns or holds ISO 13485",
                req="ISO 13485",
            ),
            N("Easy-dressing clothes for frail elderly patients", "adaptive_clothing"),
            N("Reusable waterproof bed underpads", "washable_bed_pad"),
        ],
    ),
    S(
        "90 th AI D Khon Kaen",
        "ศูนย์ดูแลผู้สูงอายุ บ้านสุขใจ",
        "suksai.eldercare@gmail.com",
        "",
        "",
        [],
        [
            N("อยากได้ผ้าขาวม้า ไว้ทำผ้าห่มผู้สูงวัย", "pha_khao_ma"),
            N("แผ่นรองกันเปื้อน ซักใช้ซ้ำได้", "washable_bed_pad"),
        ],
    ),
    S(
        "91 th S M Trat",
        "ตราดผ้าใบคลุมเรือ",
        "trat.boatcover@gmail.com",
        "",
        "",
        [
            Of("ผ้าคลุมเรือ กันสาดเรือ สั่งตามขนาด", "boat_canopy"),
            Of("รับเย็บผ้าใบที่ลูกค้านำมาเอง", "canopy_sewing_service"),
        ],
        [N("ผ้าใบฝ้ายเนื้อหนา 12-16 ออนซ์ สีเขียวทหาร", "cotton_canvas")],
    ),
    S(
        "92 th C U Samut Songkhram",
        "ร้านรับซื้อผ้าใบเก่า แม่กลอง",
        "maeklong.oldtarp@gmail.com",
        "",
        "circular",
        [
            Of("ผ้าใบเก่า ผ้าใบรถสิบล้อ กิโลละ 15 บาท", "used_tarpaulin"),
            Of("ถุงบิ๊กแบ็กใช้แล้ว สภาพดี", "fibc_bulk_bag"),
        ],
        [],
    ),
    S(
        "93 en H D Bangkok",
        "Bangkok Batik Atelier",
        "atelier@bkkbatik.com",
        "",
        "",
        [Of("Hand-painted silk scarves", "silk_scarf")],
        [
            N("Batik on our silk blanks, we send them", "batik_service"),
            N("Mangrove dyeing for our linen", "mangrove_dyeing_service"),
            N(
                "Plant-dyed cotton yardage, no synthetic dyes",
                "mangrove_dyed_fabric sea_almond_dyed_fabric indigo_dyed_cotton_fabric",
            ),
        ],
    ),
    S(
        "94 th AC D Trat",
        "เกาะกูด ซันไรส์ รีสอร์ท",
        "kohkood.sunrise@gmail.com",
        "",
        "",
        [],
        [
            N("ชุดยูนิฟอร์มพนักงานรีสอร์ท ปักโลโก้", "staff_uniform"),
            X("ร่มชายหาด ผ้าใบ ขนาด 2 เมตร", "beach umbrellas; no one in the set makes them"),
            N("ผ้าเช็ดตัวชายหาด สีสด", "beach_towel"),
        ],
    ),
    S(
        "95 th AC M Bangkok",
        "ยูนิฟอร์มไลน์",
        "uniformline.th@gmail.com",
        "",
        "",
        [
            Of("ตัดชุดพนักงานโรงแรม รีสอร์ท ตามแบบ", "staff_uniform"),
            Of("เสื้อพนักงานพิมพ์ลายบาติก", "staff_uniform"),
        ],
        [N("ผ้าบาติกฝ้าย ลายละ 50 เมตร", "batik_fabric")],
    ),
    # --- end of data
]


# ------------------------------------------------------------------ links


def held(sme: Sme) -> frozenset[str]:
    return frozenset(resolve_certification(cert) or cert for cert in sme.certs)


def qualified(need: Need, buyer: Sme, smes: list[Sme]) -> list[Sme]:
    """The suppliers, other than the buyer, with an offer the need lists and every certification it requires."""
    return [
        sme
        for sme in smes
        if sme.id != buyer.id
        and any(offer.label in need.labels for offer in sme.offers)
        and set(need.requires) <= held(sme)
    ]


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {
        (supplier.id, buyer.id) for buyer in smes for need in buyer.needs for supplier in qualified(need, buyer, smes)
    }
    return sorted(pairs)


# ------------------------------------------------------------------ checks

_THAI = re.compile("[\u0e00-\u0e7f]")
_EMAIL = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_LABEL = re.compile(r"^[a-z][a-z0-9_]*$")


def _letters(text: str) -> list[str]:
    return [ch for ch in text if ch.isalpha() or _THAI.match(ch)]


def language_problem(text: str, lang: str) -> str:
    letters = _letters(text)
    if not letters:
        return "has no letters"
    if lang == "en":
        bad = [ch for ch in letters if not unicodedata.name(ch, "").startswith("LATIN")]
        return f"English text with non-Latin letters {''.join(bad)!r}" if bad else ""
    thai = sum(1 for ch in letters if _THAI.match(ch))
    return "" if thai / len(letters) >= 0.6 else "Thai text that is not mostly Thai letters"


def mentions(text: str, cert: str) -> bool:
    """Whether the text names the certification at all, affirmed or negated."""
    entry = next(c for c in CERTIFICATIONS if c.name == cert)
    folded = unicodedata.normalize("NFKC", text).casefold()
    names = (entry.name, *entry.aliases, *entry.mentions, *entry.case_sensitive_mentions)
    return any(unicodedata.normalize("NFKC", name).casefold() in folded for name in names)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [sme.id for sme in smes]
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_PROFILES + 1)]:
        errors.append(f"ids must run {PREFIX}-001 … {PREFIX}-{N_PROFILES:03d} in order, once each")
    offered_by: dict[str, set[str]] = {}
    for sme in smes:
        for offer in sme.offers:
            offered_by.setdefault(offer.label, set()).add(sme.id)
    certs_known = {c.name for c in CERTIFICATIONS}

    for sme in smes:
        where = sme.id
        if sme.lang not in ("th", "en"):
            errors.append(f"{where}: language {sme.lang!r}")
        if resolve_province(sme.province) is None:
            errors.append(f"{where}: province {sme.province!r} does not resolve")
        if not _EMAIL.match(sme.email):
            errors.append(f"{where}: contact_email {sme.email!r}")
        if not sme.name.strip():
            errors.append(f"{where}: empty name")
        for cert in sme.certs:
            if resolve_certification(cert) is None:
                errors.append(f"{where}: certification {cert!r} does not resolve")
        if len(set(held(sme))) != len(sme.certs):
            errors.append(f"{where}: a certification is listed twice")
        for tag in sme.bcg:
            if tag not in {t.value for t in BcgTag}:
                errors.append(f"{where}: bcg tag {tag!r}")
        if len(set(sme.bcg)) != len(sme.bcg):
            errors.append(f"{where}: bcg tag listed twice")
        if not 0 <= len(sme.offers) <= 3 or not 0 <= len(sme.needs) <= 3:
            errors.append(f"{where}: 0-3 offers and 0-3 needs expected")
        if not sme.offers and not sme.needs:
            errors.append(f"{where}: neither offers nor needs")
        texts = [sme.name, *(o.text for o in sme.offers), *(n.text for n in sme.needs)]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: repeated text")
        for text in texts:
            if text != text.strip() or "  " in text:
                errors.append(f"{where}: stray spaces in {text!r}")
            problem = language_problem(text, sme.lang)
            if problem:
                errors.append(f"{where}: {problem}: {text!r}")
        for offer in sme.offers:
            if not _LABEL.match(offer.label):
                errors.append(f"{where}: offer label {offer.label!r}")
            claimed = find_certifications(offer.text) - held(sme)
            if claimed:
                errors.append(f"{where}: offer {offer.text!r} claims {sorted(claimed)} that the SME does not hold")
        for need in sme.needs:
            errors.extend(f"{where}: need {need.text!r}: {msg}" for msg in check_need(need, sme, smes, offered_by))
            unknown = (set(need.requires) | set(need.waives)) - certs_known
            if unknown:
                errors.append(f"{where}: need {need.text!r} names unknown certifications {sorted(unknown)}")
    return errors


def check_need(need: Need, buyer: Sme, smes: list[Sme], offered_by: dict[str, set[str]]) -> list[str]:
    errors: list[str] = []
    affirmed = find_certifications(need.text)
    if affirmed != set(need.requires):
        errors.append(f"text asks for {sorted(affirmed)}, data requires {sorted(need.requires)}")
    for cert in need.waives:
        if cert in affirmed or not mentions(need.text, cert):
            errors.append(f"waived {cert} is not named and negated in the text")
    if set(need.requires) & set(need.waives):
        errors.append("a certification both required and waived")
    for label in need.labels:
        if not offered_by.get(label, set()) - {buyer.id}:
            errors.append(f"label {label} is offered by no one other than the buyer")
    found = qualified(need, buyer, smes)
    if need.unmet and found:
        errors.append(f"marked as met by no one, but {[s.id for s in found]} qualify")
    if not need.unmet:
        if not need.labels:
            errors.append("lists no labels")
        elif not found:
            errors.append("no qualified supplier")
    return errors


def check_sizes(smes: list[Sme], links: list[tuple[str, str]]) -> list[str]:
    errors: list[str] = []
    if len(smes) != N_PROFILES:
        errors.append(f"{len(smes)} profiles, {N_PROFILES} expected")
    thai = sum(1 for sme in smes if sme.lang == "th") / max(1, len(smes))
    if not THAI_SHARE[0] <= thai <= THAI_SHARE[1]:
        errors.append(f"Thai share {thai:.2f} outside {THAI_SHARE}")
    if not LINKS_RANGE[0] <= len(links) <= LINKS_RANGE[1]:
        errors.append(f"{len(links)} true links, {LINKS_RANGE} expected")
    lang = {sme.id: sme.lang for sme in smes}
    cross = sum(1 for s, b in links if lang[s] != lang[b]) / max(1, len(links))
    if not CROSS_SHARE[0] <= cross <= CROSS_SHARE[1]:
        errors.append(f"cross-language share {cross:.2f} outside {CROSS_SHARE}")
    needs = [(need, sme) for sme in smes for need in sme.needs]
    unmet = sum(1 for need, _ in needs if need.unmet)
    if not UNMET_RANGE[0] <= unmet <= UNMET_RANGE[1]:
        errors.append(f"{unmet} needs met by no one, {UNMET_RANGE} expected")
    met = [len(qualified(need, sme, smes)) for need, sme in needs if not need.unmet]
    few = sum(1 for count in met if 1 <= count <= 3)
    if met and few / len(met) < 0.75:
        errors.append(f"only {few} of {len(met)} met needs are met by 1-3 suppliers")
    if not any(count > 3 for count in met):
        errors.append("no need is met by more than 3 suppliers")
    return errors


# ------------------------------------------------------------------ output


def profile_json(sme: Sme) -> str:
    record: dict[str, object] = {
        "id": sme.id,
        "name": sme.name,
        "sub_cluster": sme.sub,
        "stage": sme.stage,
        "province": sme.province,
        "offers": [offer.text for offer in sme.offers],
        "needs": [need.text for need in sme.needs],
    }
    if sme.certs:
        record["certifications"] = list(sme.certs)
    if sme.bcg:
        record["bcg"] = list(sme.bcg)
    record["contact_email"] = sme.email
    record["language"] = sme.lang
    return json.dumps(record, ensure_ascii=False)


def links_csv(links: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    return out.getvalue()


def counts(smes: list[Sme], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    lang = {sme.id: sme.lang for sme in smes}
    sub = {sme.id: sme.sub for sme in smes}
    n_th = sum(1 for sme in smes if sme.lang == "th")
    rows.append(("profiles", str(len(smes))))
    rows.append(("Thai / English profiles", f"{n_th} / {len(smes) - n_th}"))
    by_sub = Counter(sme.sub for sme in smes)
    rows += [(f"sub-cluster `{s.value}`", str(by_sub[s.value])) for s in SubCluster]
    by_stage = Counter(sme.stage for sme in smes)
    rows += [(f"stage `{s.value}`", str(by_stage[s.value])) for s in Stage]
    provinces = [resolve_province(sme.province) for sme in smes]
    by_region = Counter(p.region.value for p in provinces if p is not None)
    rows += [(f"region `{region}`", str(count)) for region, count in sorted(by_region.items())]
    rows.append(("distinct provinces", str(len({p.name_en for p in provinces if p is not None}))))
    offers = [offer for sme in smes for offer in sme.offers]
    rows.append(("offers", str(len(offers))))
    rows.append(("distinct offer labels", str(len({offer.label for offer in offers}))))
    needs = [need for sme in smes for need in sme.needs]
    unmet = sum(1 for need in needs if need.unmet)
    rows.append(("needs", str(len(needs))))
    rows.append(("needs met / met by no one", f"{len(needs) - unmet} / {unmet}"))
    rows.append(("needs requiring a certification", str(sum(1 for need in needs if need.requires))))
    rows.append(("needs waiving a certification", str(sum(1 for need in needs if need.waives))))
    rows.append(("true links", str(len(links))))
    th_en = sum(1 for s, b in links if lang[s] == "th" and lang[b] == "en")
    en_th = sum(1 for s, b in links if lang[s] == "en" and lang[b] == "th")
    cross = th_en + en_th
    rows.append(("links Thai supplier -> English buyer", str(th_en)))
    rows.append(("links English supplier -> Thai buyer", str(en_th)))
    rows.append(("cross-language links (share)", f"{cross} ({cross / max(1, len(links)):.0%})"))
    rows.append(("within-language links", str(len(links) - cross)))
    rows.append(("links between different sub-clusters", str(sum(1 for s, b in links if sub[s] != sub[b]))))
    return rows


def counts_table(rows: list[tuple[str, str]]) -> str:
    width = max(len(name) for name, _ in rows)
    vwidth = max(len("value"), *(len(value) for _, value in rows))
    lines = [f"| {'count'.ljust(width)} | {'value'.ljust(vwidth)} |", f"|{'-' * (width + 2)}|{'-' * (vwidth + 2)}|"]
    lines += [f"| {name.ljust(width)} | {value.rjust(vwidth)} |" for name, value in rows]
    return "\n".join(lines) + "\n"


README = """\
# `eval/blind_plain_coastal`: coastal and fishing communities, plain registry wording

## What the set checks

Whether the matcher finds the true supplier-buyer pairs among {profiles} SME profiles of the Health and
Wellness Economy cluster written as plain registry entries (one short phrase per offer or need) about
coastal and fishing communities: fishing nets and ropes, new and used; net mending; sail and tarpaulin
cloth; life jackets; sun-protective clothing for fishers; beach and resort wear; sarongs and batik from the
south and east coasts; mangrove-bark and sea-almond-leaf dyes; ghost-net and PET-bottle collection
recycled into yarn, fabric and bags; boat-canopy and awning sewing; fish-drying mesh; coastal homestays,
resorts, dive shops, fisher cooperatives and care homes as buyers; and the ordinary cotton, yarn, cloth,
dye and sewing suppliers of the cluster. About {thai_pct} of the profiles are in Thai.

The wording is new: each kind of goods is written in many ways (local and regional names, trade words,
brand names, abbreviations, with and without quantities, prices, sizes, minimum orders and places), and a
need is usually worded differently from the offers that meet it, often in the other language. Hard but
fair cases are on purpose: a service against the goods it works on (dyeing the customer's cloth against
dyed cloth, sewing for others against finished garments, canopy sewing against a finished canopy, net
mending against nets); the customer's own goods sent for work; waste and used goods against new ones; raw
against processed (fibre, yarn, cloth, product); finished goods described by material, colour or
technique (an indigo-dyed handwoven cotton tote is a bag, a mangrove-dyed sarong is a sarong); needs
written as a wish, a bare noun phrase or a question; refusals ("no synthetic dye"); needs that require a
named certification and needs that name one only to waive it; and needs that no one in the set meets.

## How it was written

By hand, by a writer who read only section 1 of `CONTRACTS.md` (the profile and links formats),
`shared/taxonomy.py` with its data files, and the project's ruff settings: not the matcher, its glossary,
its tests, other evaluation sets or the cluster's data. All profiles and all labels live in `write.py`.

## How a link is decided

Every offer is a `(text, label)` pair whose label says what the thing is (for example
`mangrove_dyed_fabric` against `mangrove_dyeing_service`, `used_fishing_net` against `gill_net`). Every
need either lists the offer labels that would meet it and the certifications its text requires, or is
marked as met by no one with a short note. A pair (supplier, buyer) is a true link when some offer of the
supplier carries a label listed by one of the buyer's needs and the supplier's certifications hold every
certification that need requires. An SME is never linked to itself. Shared words play no part;
quantities, prices and places never decide a link; what changes what the thing is does. A waived
certification ("ไม่ต้องมี มอก.", "OTOP welcome but not required") is not required. The labels are not
written to the profiles.

Before writing, `write.py` checks that ids are unique and well formed; every contract field is valid
(provinces resolve with `resolve_province`, certifications with `resolve_certification`, sub-clusters,
stages and BCG tags are the taxonomy's values); every label a need lists is offered by someone other
than the buyer; every met need has a qualified supplier and every unmet one has none; the certifications
a need's text asks for (`find_certifications`) are exactly those it requires, and a waived one is named
but negated; no offer claims a certification its SME does not hold; Thai phrases are mostly Thai letters
and English ones Latin only; and the size targets hold (95 profiles, 50-60 % Thai, 160-180 links,
40-60 % of them across languages, about 20 unmet needs, most met needs met by 1-3 suppliers). It writes
nothing if any check fails. Two runs give identical bytes.

## Regenerate

From the repository root:

    .venv/bin/python eval/blind_plain_coastal/write.py

## Files

- `write.py`: the data (profiles with labelled offers and needs) and the checks; writes the files below.
- `profiles.jsonl`: the {profiles} profiles, cluster profile JSONL version 1, ids `{first}` … `{last}`.
- `links.csv`: the true links, header `supplier_id,buyer_id`, sorted and deduplicated.
- `README.md`: this file.

## Counts

{table}"""


def main() -> int:
    smes = SMES
    links = true_links(smes)
    errors = check(smes) + check_sizes(smes, links)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} problems; nothing written", file=sys.stderr)
        return 1
    rows = counts(smes, links)
    table = counts_table(rows)
    thai_pct = f"{sum(1 for sme in smes if sme.lang == 'th') / len(smes):.0%}"
    files = {
        "profiles.jsonl": "".join(profile_json(sme) + "\n" for sme in smes),
        "links.csv": links_csv(links),
        "README.md": README.format(
            profiles=len(smes), thai_pct=thai_pct, first=smes[0].id, last=smes[-1].id, table=table
        ),
    }
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
