"""Hand-written evaluation set: plain registry entries of a protective and hygiene textiles cluster.

Run from the repository root: `.venv/bin/python eval/blind_plain_ppe/write.py`.
Writes `profiles.jsonl` and `links.csv` next to this file, and nothing if any check fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

HP = "hemp_natural_fibre"
CT = "circular_textile"
SP = "sportech"
AC = "ageing_lifestyle_central"
AI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding all `certs`."""
    return Need(text, tuple(labels), tuple(certs), tuple(waives), "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no SME of the set meets; `note` says why."""
    return Need(text, (), tuple(certs), tuple(waives), note)


@dataclass
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
    offers: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    needs: tuple[Need, ...] = field(default_factory=tuple)


SMES: list[Sme] = []

# ------------------------------------------------------------------ checks and output

THAI = re.compile("[\u0e00-\u0e7f]")
THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")
ID = re.compile(r"bpp-\d{3}")
EMAIL = re.compile(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")
LABEL = re.compile(r"[a-z0-9]+(_[a-z0-9]+)*")
CERT_BY_NAME = {c.name: c for c in CERTIFICATIONS}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def named_in(cert: str, text: str) -> bool:
    """Whether `text` names `cert` in any of its written forms."""
    c = CERT_BY_NAME[cert]
    forms = (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions)
    return any(len(form) >= 3 and _fold(form) in _fold(text) for form in forms)


def phrases(sme: Sme) -> list[str]:
    return [text for text, _ in sme.offers] + [need.text for need in sme.needs]


def links() -> dict[tuple[str, str], list[str]]:
    """(supplier, buyer) -> the buyer's needs that the supplier meets."""
    found: dict[tuple[str, str], list[str]] = {}
    for buyer in SMES:
        for need in buyer.needs:
            for supplier in SMES:
                if supplier.id == buyer.id or not set(need.certs) <= set(supplier.certs):
                    continue
                if any(label in need.labels for _, label in supplier.offers):
                    found.setdefault((supplier.id, buyer.id), []).append(need.text)
    return found


def check_sme(sme: Sme, offered_by: dict[str, set[str]]) -> list[str]:
    bad: list[str] = []
    where = sme.id
    if sme.lang not in ("th", "en"):
        bad.append(f"{where}: language {sme.lang}")
    if sme.sub not in {s.value for s in SubCluster}:
        bad.append(f"{where}: sub-cluster {sme.sub}")
    if sme.stage not in {s.value for s in Stage}:
        bad.append(f"{where}: stage {sme.stage}")
    if resolve_province(sme.province) is None:
        bad.append(f"{where}: province {sme.province}")
    for cert in sme.certs:
        if resolve_certification(cert) != cert:
            bad.append(f"{where}: certification {cert}")
    if not set(sme.bcg) <= {b.value for b in BcgTag} or len(set(sme.bcg)) != len(sme.bcg):
        bad.append(f"{where}: bcg {sme.bcg}")
    if not EMAIL.fullmatch(sme.email):
        bad.append(f"{where}: email {sme.email}")
    if not sme.name.strip():
        bad.append(f"{where}: empty name")
    if not 0 <= len(sme.offers) <= 4 or not 1 <= len(sme.needs) <= 4:
        bad.append(f"{where}: {len(sme.offers)} offers, {len(sme.needs)} needs")
    texts = phrases(sme)
    if len(set(texts)) != len(texts):
        bad.append(f"{where}: repeated phrase")
    if sme.lang == "en":
        for text in [sme.name, *texts]:
            if THAI.search(text) or NON_LATIN_LETTER.search(text):
                bad.append(f"{where}: non-Latin letters in English profile: {text}")
    else:
        if not THAI_LETTER.search(sme.name):
            bad.append(f"{where}: Thai profile name without Thai letters")
        thai = sum(len(THAI_LETTER.findall(t)) for t in texts)
        latin = sum(len(LATIN_LETTER.findall(t)) for t in texts)
        if thai < 1.5 * latin:
            bad.append(f"{where}: Thai profile phrases not mostly Thai ({thai} Thai, {latin} Latin letters)")
        for text in texts:
            if not THAI_LETTER.search(text):
                bad.append(f"{where}: Thai profile phrase without Thai letters: {text}")
    for text, label in sme.offers:
        if not LABEL.fullmatch(label):
            bad.append(f"{where}: offer label {label!r} ({text})")
    for need in sme.needs:
        if bool(need.unmet) == bool(need.labels):
            bad.append(f"{where}: need must have labels or a note, not both: {need.text}")
        for label in need.labels:
            if not offered_by.get(label, set()) - {sme.id}:
                bad.append(f"{where}: label {label} offered by no one else: {need.text}")
        for cert in (*need.certs, *need.waives):
            if cert not in CERT_BY_NAME:
                bad.append(f"{where}: need certification {cert} unknown")
            elif not named_in(cert, need.text):
                bad.append(f"{where}: need certification {cert} not named in: {need.text}")
        for cert in CERT_BY_NAME:
            if named_in(cert, need.text) and cert not in (*need.certs, *need.waives):
                bad.append(f"{where}: need names {cert} but neither requires nor waives it: {need.text}")
        if set(need.certs) & set(need.waives):
            bad.append(f"{where}: certification both required and waived: {need.text}")
        if need.labels:
            qualified = [
                s.id
                for s in SMES
                if s.id != sme.id
                and set(need.certs) <= set(s.certs)
                and any(label in need.labels for _, label in s.offers)
            ]
            if not qualified:
                bad.append(f"{where}: met need without a qualified supplier: {need.text}")
    return bad


def check_all() -> list[str]:
    bad: list[str] = []
    ids = [sme.id for sme in SMES]
    if ids != [f"bpp-{i:03d}" for i in range(1, len(SMES) + 1)]:
        bad.append("ids are not bpp-001 ... in order")
    offered_by: dict[str, set[str]] = {}
    for sme in SMES:
        for _, label in sme.offers:
            offered_by.setdefault(label, set()).add(sme.id)
    for sme in SMES:
        bad += check_sme(sme, offered_by)
    return bad


def stats() -> dict[str, Any]:
    by_id = {sme.id: sme for sme in SMES}
    found = links()
    needs = [need for sme in SMES for need in sme.needs]
    th_en = sum(1 for s, b in found if (by_id[s].lang, by_id[b].lang) == ("th", "en"))
    en_th = sum(1 for s, b in found if (by_id[s].lang, by_id[b].lang) == ("en", "th"))
    regions: Counter[str] = Counter()
    for sme in SMES:
        province = resolve_province(sme.province)
        regions[province.region.value if province else "?"] += 1
    return {
        "profiles": len(SMES),
        "th": sum(1 for sme in SMES if sme.lang == "th"),
        "en": sum(1 for sme in SMES if sme.lang == "en"),
        "sub": Counter(sme.sub for sme in SMES),
        "stage": Counter(sme.stage for sme in SMES),
        "region": regions,
        "provinces": len({resolve_province(sme.province) for sme in SMES}),
        "offers": sum(len(sme.offers) for sme in SMES),
        "offer_labels": len({label for sme in SMES for _, label in sme.offers}),
        "needs": len(needs),
        "met": sum(1 for need in needs if need.labels),
        "unmet": sum(1 for need in needs if need.unmet),
        "need_certs": sum(1 for need in needs if need.certs),
        "need_waives": sum(1 for need in needs if need.waives),
        "links": len(found),
        "th_en": th_en,
        "en_th": en_th,
        "cross_sub": sum(1 for s, b in found if by_id[s].sub != by_id[b].sub),
    }


def check_targets(st: dict[str, Any]) -> list[str]:
    bad: list[str] = []
    n = st["profiles"]
    links_n = st["links"]
    cross = st["th_en"] + st["en_th"]
    if n != 95:
        bad.append(f"{n} profiles, want 95")
    if not 0.50 <= st["th"] / max(n, 1) <= 0.60:
        bad.append(f"{st['th']} Thai profiles of {n}, want about 55 %")
    if not 140 <= links_n <= 180:
        bad.append(f"{links_n} links, want 140-180")
    if cross < 0.45 * links_n:
        bad.append(f"{cross} cross-language links of {links_n}, want at least 45 %")
    if not 15 <= st["unmet"] <= 25:
        bad.append(f"{st['unmet']} unmet needs, want 15-25")
    if st["need_certs"] < 5 or st["need_waives"] < 5:
        bad.append(f"{st['need_certs']} needs require and {st['need_waives']} waive a certification, want 5+")
    if len(st["sub"]) != 5 or len(st["stage"]) != 3:
        bad.append("not all sub-clusters and stages are used")
    if st["provinces"] < 40:
        bad.append(f"{st['provinces']} provinces, want 40+")
    return bad


def profile(sme: Sme) -> dict[str, object]:
    return {
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


def main() -> int:
    st = stats()
    bad = check_all() + check_targets(st)
    if bad:
        print("\n".join(bad))
        print(f"{len(bad)} problem(s); nothing written", file=sys.stderr)
        return 1
    lines = [json.dumps(profile(sme), ensure_ascii=False) + "\n" for sme in SMES]
    (HERE / "profiles.jsonl").write_text("".join(lines), encoding="utf-8")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(sorted(links()))
    (HERE / "links.csv").write_text(out.getvalue(), encoding="utf-8")
    for key, value in st.items():
        print(f"{key}: {value}")
    return 0

# ------------------------------------------------------------------ bpp-001 ... bpp-020: nonwovens, components, masks

SMES += [
    Sme(
        "bpp-001", "th", "บริษัท สยามพีพี รีไซเคิล จำกัด", CT, UP, "Samut Prakan", "sales@siampprecycle.co.th",
        ("GRS", "ISO 14001"), ("circular", "green"),
        offers=(
            ("เม็ดพลาสติก PP รีไซเคิล สีขาวขุ่น บรรจุกระสอบ 25 กก.", "recycled_pp_pellet"),
            ("รับบดย่อยเศษพลาสติก PP ของลูกค้า คิดค่าบดเป็นกิโล", "pp_grinding_service"),
        ),
        needs=(
            N("รับซื้อเศษผ้าไม่ทอ PP สปันบอนด์ ริมม้วน หัวม้วน ไม่ปนเปื้อน", "nonwoven_offcut_waste"),
            U("ต้องการเครื่องรีดเม็ดพลาสติกมือสอง ขนาด 200 กก./ชม.", "machinery; no SME in the set sells it"),
        ),
    ),
    Sme(
        "bpp-002", "en", "Greenloop PET Flakes Co., Ltd.", CT, UP, "Nakhon Pathom", "info@greenlooppet.com",
        ("GRS",), ("circular",),
        offers=(("Hot-washed clear PET flake, 8-12 mm, bales of 1 ton", "pet_flake"),),
        needs=(
            N("Post-consumer PET bottles, baled or loose, any colour sorted", "used_pet_bottle"),
            U("Second-hand flake washing line, 1 t/h", "machinery; no SME in the set sells it"),
        ),
    ),
    Sme(
        "bpp-003", "th", "บริษัท ระยองนอนวูฟเวน อินดัสตรี จำกัด", SP, MID, "Rayong", "rynw.sales@gmail.com",
        ("ISO 9001", "ISO 14001"), ("green",),
        offers=(
            ("ผ้าสปันบอนด์ PP 15-80 แกรม หน้ากว้างสูงสุด 3.2 ม. สั่งขั้นต่ำ 1 ตัน", "spunbond_pp_nonwoven"),
            ("ผ้าไม่ทอเกรด B ม้วนตกเกรด ราคาพิเศษ", "spunbond_pp_nonwoven"),
            ("เศษขอบผ้าสปันบอนด์จากการกรีดม้วน ขายเหมาเป็นกิโล", "nonwoven_offcut_waste"),
        ),
        needs=(
            N("เม็ด PP รีไซเคิลที่มีใบรับรอง GRS สำหรับผสมผลิตผ้าไม่ทอ", "recycled_pp_pellet", certs=("GRS",)),
            U("เม็ดพลาสติก PP โฮโมพอลิเมอร์ เกรด MFI 35 ใหม่", "virgin polymer; nobody in the set sells it"),
        ),
    ),
    Sme(
        "bpp-004", "en", "Eastern Meltblown Technology Co., Ltd.", SP, MID, "Chonburi", "contact@emt-filter.com",
        ("ISO 9001",), (),
        offers=(
            ("Meltblown filter fabric BFE 95 / BFE 99, 25 gsm, slit 17.5 cm rolls", "meltblown_pp_nonwoven"),
        ),
        needs=(
            U("Electret masterbatch for meltblown charging", "additive; nobody in the set sells it"),
            N("Laundry service for staff uniforms, weekly pickup", "commercial_laundry_service"),
        ),
    ),
    Sme(
        "bpp-005", "th", "บริษัท สาครสปันเลซ จำกัด", AC, MID, "Samut Sakhon", "spunlace.sakhon@hotmail.com",
        ("OEKO-TEX Standard 100",), (),
        offers=(
            ("ผ้าสปันเลซ วิสโคส/โพลีเอสเตอร์ 40-60 gsm ลายเรียบ ลายมุก สำหรับทิชชู่เปียก", "spunlace_nonwoven"),
            ("ผ้าสปันเลซม้วนแคบ ตัดตามขนาด", "spunlace_nonwoven"),
        ),
        needs=(
            N("เส้นใยโพลีเอสเตอร์รีไซเคิล 1.5 ดีเนียร์ ยาว 38 มม.", "recycled_polyester_staple_fibre"),
            U("เส้นใยวิสโคส 1.7 dtex", "no viscose fibre supplier in the set"),
        ),
    ),
    Sme(
        "bpp-006", "th", "หจก. นนทบุรี อีลาสติก แอนด์ ไวร์", AC, MID, "Nonthaburi", "nbelastic@gmail.com",
        ("ISO 9001",), (),
        offers=(
            ("ยางหูหน้ากาก แบบกลม 3 มม. และแบบแบน สีขาว/ดำ ม้วนละ 5,000 เมตร", "elastic_ear_loop"),
            ("ลวดดัดจมูก PP แกนเหล็กคู่ กว้าง 3 มม. ตัดท่อนหรือม้วน", "nose_wire"),
        ),
        needs=(U("หาเส้นด้ายสแปนเด็กซ์หุ้มไนลอน เบอร์ 140D", "covered spandex yarn; nobody in the set makes it"),),
    ),
    Sme(
        "bpp-007", "en", "Maha Chai Narrow Fabrics Ltd.", SP, MID, "Samut Sakhon", "orders@mcnarrow.co.th",
        ("OEKO-TEX Standard 100",), (),
        offers=(
            ("Earloop elastic, 3 mm round, latex free, white", "elastic_ear_loop"),
            ("Knitted elastic tape 10-40 mm for waistbands and diaper leg cuffs", "knitted_elastic_tape"),
        ),
        needs=(
            N("Recycled polyester yarn, GRS certified, 150D", "recycled_polyester_yarn", certs=("GRS",)),
        ),
    ),
    Sme(
        "bpp-008", "th", "วิสาหกิจชุมชนกัญชงบ้านห้วยน้ำริน", HP, UP, "Tak", "hempbanhuai@gmail.com",
        (), ("bio",),
        offers=(
            ("เปลือกกัญชงลอกมือ ตากแห้ง มัดละ 1 กก.", "hemp_bast_fibre"),
            ("ด้ายกัญชงต่อมือ ปั่นเกลียว ยังไม่ฟอก", "hemp_yarn"),
        ),
        needs=(
            U("เมล็ดพันธุ์กัญชงที่ขึ้นทะเบียนถูกต้อง", "seed; no grower in the set sells it"),
            N("เนื้อครามเปียก สำหรับย้อมด้ายกัญชง", "indigo_paste"),
        ),
    ),
    Sme(
        "bpp-009", "en", "Doi Hemp Works", HP, MID, "Chiang Mai", "hello@doihempworks.com",
        ("OCS",), ("bio", "green"),
        offers=(
            ("Hemp yarn Nm 10, hand-spun, natural colour", "hemp_yarn"),
            ("Hemp/cotton canvas 55/45, 280 gsm, 150 cm wide", "hemp_fabric"),
        ),
        needs=(
            N("Raw hemp bark fibre from hill-tribe growers, dried", "hemp_bast_fibre"),
            N("Natural indigo paste to dye our yarn", "indigo_paste"),
        ),
    ),
    Sme(
        "bpp-010", "th", "บริษัท ปทุมเมดิคอล แมสก์ จำกัด", AC, MID, "Pathum Thani", "pmmask.purchase@gmail.com",
        ("ISO 13485", "Thai FDA", "Thai Industrial Standard"), (),
        offers=(
            ("หน้ากากอนามัยทางการแพทย์ 3 ชั้น มี อย. กล่อง 50 ชิ้น", "surgical_mask"),
            ("เศษผ้าไม่ทอจากไลน์ผลิตหน้ากาก ขายเป็นกิโล", "nonwoven_offcut_waste"),
        ),
        needs=(
            N("ผ้า spunbond 25 แกรม สีฟ้า/ขาว หน้า 17.5 ซม.", "spunbond_pp_nonwoven"),
            N("แผ่นกรอง meltblown BFE99", "meltblown_pp_nonwoven"),
            N("สายคล้องหู", "elastic_ear_loop"),
            N("ลวดจมูก", "nose_wire"),
        ),
    ),
    Sme(
        "bpp-011", "th", "กลุ่มตัดเย็บผ้าบ้านโนนทัน", AI, DOWN, "Khon Kaen", "nontansewing@gmail.com",
        ("OTOP",), (),
        offers=(
            ("หน้ากากผ้าฝ้ายย้อมคราม 2 ชั้น ซักได้ มีช่องใส่แผ่นกรอง", "cloth_mask"),
            ("รับจ้างตัดเย็บ ลูกค้าส่งผ้ามาเอง งานชุดพยาบาล ผ้ากันเปื้อน", "contract_sewing_service"),
        ),
        needs=(
            N("ผ้าฝ้ายย้อมครามเป็นหลา ไม่จำเป็นต้องมีตรา OTOP", "indigo_dyed_cotton_fabric", waives=("OTOP",)),
            N("ยางยืดคล้องหูแบบนิ่ม", "elastic_ear_loop"),
        ),
    ),
    Sme(
        "bpp-012", "en", "Chachoengsao Protective Apparel Co., Ltd.", AC, MID, "Chachoengsao",
        "sales@cpa-gowns.com", ("ISO 13485", "ISO 9001"), (),
        offers=(
            ("Disposable isolation gown, SMS 35 gsm, knitted cuffs, AAMI level 2", "isolation_gown"),
            ("Coverall type 5/6, microporous, with hood and elastic cuffs", "disposable_coverall"),
        ),
        needs=(
            N("SMS nonwoven 35-45 gsm, blue", "sms_nonwoven"),
            N("Microporous PP/PE laminated nonwoven 60 gsm", "laminated_nonwoven"),
            U("Seam sealing tape for coveralls", "no seam tape maker in the set"),
        ),
    ),
    Sme(
        "bpp-013", "th", "ห้างหุ้นส่วนจำกัด นครปฐมการ์เมนต์การแพทย์", AC, DOWN, "Nakhon Pathom",
        "npgarmentmed@gmail.com", ("ISO 13485",), (),
        offers=(
            ("ชุดผ่าตัดผ้าใช้ซ้ำ ผ้าทีซีเคลือบกันน้ำ ซักนึ่งได้ 75 ครั้ง", "reusable_surgical_gown"),
            ("ชุดผู้ป่วย เสื้อผูกหลัง กางเกงเอวยืด", "patient_gown"),
        ),
        needs=(
            N("ผ้าเคลือบสารต้านแบคทีเรีย สำหรับตัดชุดผ่าตัด", "antimicrobial_treated_fabric"),
            N("ผ้า TC 65/35 ทอลายทแยง สีเขียวผ่าตัด", "poly_cotton_fabric"),
        ),
    ),
    Sme(
        "bpp-014", "th", "บริษัท สาครเฮลท์แคร์ซัพพลาย จำกัด", AC, MID, "Samut Sakhon", "skhealthsupply@gmail.com",
        ("ISO 9001",), (),
        offers=(
            ("หมวกตัวหนอน ผ้าไม่ทอ สีขาว ฟ้า เขียว แพ็ค 100 ใบ", "bouffant_cap"),
            ("ถุงหุ้มรองเท้าผ้าสปันบอนด์ พื้นกันลื่น", "shoe_cover"),
        ),
        needs=(N("ผ้าสปันบอนด์ 20 แกรม", "spunbond_pp_nonwoven"),),
    ),
    Sme(
        "bpp-015", "th", "โรงงานถุงมือผ้าวังน้อย", CT, MID, "Phra Nakhon Si Ayutthaya", "wangnoiglove@hotmail.com",
        (), ("circular",),
        offers=(
            ("ถุงมือผ้าถักงานช่าง 7 ขีด ขอบเหลือง โหลละ 500 กรัม", "knitted_work_glove"),
            ("ถุงมือผ้าเคลือบยางกันลื่น", "knitted_work_glove"),
        ),
        needs=(N("ด้ายฝ้ายรีไซเคิล OE เบอร์ 10 สำหรับถักถุงมือ", "recycled_cotton_yarn"),),
    ),
    Sme(
        "bpp-016", "en", "Siam Functional Finishing Co., Ltd.", SP, MID, "Samut Sakhon", "lab@siamfinishing.com",
        ("bluesign", "OEKO-TEX Standard 100"), ("green",),
        offers=(
            ("Antibacterial / antiviral finishing on customer fabric, silver or zinc based, pad-dry-cure",
             "antimicrobial_finishing_service"),
            ("Water repellent finishing, C0 fluorine-free, commission basis", "water_repellent_finishing_service"),
        ),
        needs=(
            U("Silver-based antimicrobial agent, bluesign approved", "chemical; nobody in the set sells it",
              certs=("bluesign",)),
        ),
    ),
    Sme(
        "bpp-017", "th", "บริษัท ราชบุรีเท็กซ์ไทล์ ฟินิชชิ่ง จำกัด", AC, MID, "Ratchaburi", "rbtextile@yahoo.com",
        ("OEKO-TEX Standard 100",), (),
        offers=(
            ("ผ้า TC เคลือบสารต้านเชื้อแบคทีเรียและไวรัส พร้อมตัด หน้ากว้าง 58 นิ้ว", "antimicrobial_treated_fabric"),
        ),
        needs=(N("ผ้าดิบ TC ทอเสร็จยังไม่ฟอก", "poly_cotton_greige_fabric"),),
    ),
    Sme(
        "bpp-018", "th", "บริษัท โคราชแคร์โปรดักส์ จำกัด", AI, DOWN, "Nakhon Ratchasima", "koratcare@gmail.com",
        ("Thai FDA",), (),
        offers=(
            ("ผ้าอ้อมผู้ใหญ่แบบเทป ไซส์ M-L ห่อละ 10 ชิ้น", "adult_tape_diaper"),
            ("แผ่นรองซับ 60x90 ซม. สำหรับผู้ป่วยติดเตียง", "disposable_underpad"),
        ),
        needs=(
            N("สปันบอนด์ชนิดชอบน้ำ (hydrophilic) สำหรับแผ่นหน้าผ้าอ้อม", "spunbond_pp_nonwoven"),
            N("ยางยืดถักสำหรับขอบขาผ้าอ้อม", "knitted_elastic_tape"),
            U("ผงซึมซับ SAP", "superabsorbent polymer; nobody in the set sells it"),
        ),
    ),
    Sme(
        "bpp-019", "en", "Bangsaen Hygiene Products Co., Ltd.", AC, DOWN, "Chonburi", "export@bangsaenhygiene.com",
        ("ISO 13485", "Thai FDA"), (),
        offers=(
            ("Adult pull-up pants, sizes M / L / XL", "adult_pant_diaper"),
            ("Adult diapers tape type, OEM for pharmacy brands", "adult_tape_diaper"),
        ),
        needs=(
            N("Hydrophilic spunbond topsheet 15 gsm", "spunbond_pp_nonwoven"),
            U("Breathable PE backsheet film", "film; nobody in the set makes it"),
            U("Fluff pulp", "pulp; nobody in the set sells it"),
        ),
    ),
    Sme(
        "bpp-020", "th", "วิสาหกิจชุมชนผ้าซับใจ อุดร", AI, DOWN, "Udon Thani", "phasabjai.udon@gmail.com",
        (), ("green",),
        offers=(
            ("กางเกงซึมซับซักได้ สำหรับผู้สูงอายุปัสสาวะเล็ด", "washable_incontinence_pants"),
            ("ผ้ารองกันเปื้อนที่นอน ซักได้ 4 ชั้น", "washable_bed_pad"),
        ),
        needs=(
            N("ผ้าเคลือบ TPU กันน้ำ ระบายอากาศ", "tpu_laminated_fabric"),
            N("ผ้าขนหนูฝ้ายเป็นม้วน สำหรับชั้นซับ", "cotton_terry_fabric"),
        ),
    ),
]

# ---------------------------------------------- bpp-021 ... bpp-040: hygiene, services, workwear, recycling

SMES += [
    Sme(
        "bpp-021", "en", "Pathum Soft Wipes Co., Ltd.", AC, DOWN, "Pathum Thani", "oem@pathumsoftwipes.com",
        ("Thai FDA", "ISO 9001"), (),
        offers=(
            ("Wet wipes, alcohol free, 80 sheets per pack, private label OEM", "wet_wipes"),
            ("75% alcohol hand wipes, flow pack 10s", "alcohol_wipes"),
        ),
        needs=(
            N("Spunlace 40 gsm, OEKO-TEX Standard 100 only", "spunlace_nonwoven", certs=("OEKO-TEX Standard 100",)),
            U("Halal certified wipe lotion", "no lotion maker in the set", certs=("Halal",)),
        ),
    ),
    Sme(
        "bpp-022", "th", "ร้านคลีนแมกซ์ ผ้าไมโคร", CT, MID, "Samut Sakhon", "cleanmax.micro@gmail.com",
        (), (),
        offers=(
            ("ผ้าไมโครไฟเบอร์เช็ดทำความสะอาด 40x40 ซม. 300 แกรม แพ็คละ 12 ผืน", "microfibre_cleaning_cloth"),
            ("ผ้าม็อบถูพื้นไมโครไฟเบอร์ อะไหล่หัวม็อบ", "microfibre_mop_pad"),
        ),
        needs=(N("ด้ายโพลีเอสเตอร์รีไซเคิลจากขวด PET", "recycled_polyester_yarn"),),
    ),
    Sme(
        "bpp-023", "th", "ร้านเศษผ้ามหาชัย รุ่งเรืองผ้าเช็ด", CT, UP, "Samut Sakhon", "rungruengrag@gmail.com",
        (), ("circular",),
        offers=(
            ("ผ้าเช็ดเครื่องจักร ตัดจากเสื้อยืดเก่า สีอ่อน ขายเป็นกิโล", "industrial_rag"),
            ("ผ้าขี้ริ้วคละสี กระสอบละ 20 กก.", "industrial_rag"),
        ),
        needs=(
            N("รับซื้อเศษผ้าฝ้ายจากโรงงานตัดเย็บ", "textile_cutting_waste"),
            N("ผ้าปูเตียงโรงพยาบาลที่ปลดระวาง", "retired_linen"),
        ),
    ),
    Sme(
        "bpp-024", "en", "Amata Nonwovens (Thailand) Co., Ltd.", SP, MID, "Chonburi", "sales@amatanonwovens.co.th",
        ("ISO 9001", "OEKO-TEX Standard 100"), (),
        offers=(
            ("PP spunbond 10-150 gsm, hydrophilic or hydrophobic, 1.6 / 3.2 m", "spunbond_pp_nonwoven"),
            ("SMS / SMMS for medical gowns and drapes", "sms_nonwoven"),
            ("Microporous film laminated nonwoven for coveralls", "laminated_nonwoven"),
        ),
        needs=(
            N("Recycled PP granules for spunbond trials, GRS not required at trial stage", "recycled_pp_pellet",
              waives=("GRS",)),
        ),
    ),
    Sme(
        "bpp-025", "en", "Krungthep Linen Care Co., Ltd.", AC, DOWN, "Bangkok", "service@ktlinencare.com",
        ("ISO 9001",), (),
        offers=(
            ("Hospital linen and OR gown laundry, barrier washers, daily pickup", "commercial_laundry_service"),
            ("Retired hospital sheets and towels, washed, sold by the kg", "retired_linen"),
        ),
        needs=(N("Reusable soiled-linen bags, polyester, colour coded", "linen_laundry_bag"),),
    ),
    Sme(
        "bpp-026", "th", "ขอนแก่นซักรีด เมดิคอลวอช", AI, DOWN, "Khon Kaen", "kkmedwash@gmail.com",
        (), (),
        offers=(("รับซักผ้า รพ. คลินิก ผ้าปูเตียง ชุดผ่าตัด รับ-ส่งถึงที่", "commercial_laundry_service"),),
        needs=(N("ถุงผ้าใส่ผ้าเปื้อน แยกสี", "linen_laundry_bag"),),
    ),
    Sme(
        "bpp-027", "th", "บริษัท ชลยูนิฟอร์ม จำกัด", SP, DOWN, "Chonburi", "chonuniform@gmail.com",
        ("ISO 9001",), (),
        offers=(
            ("ชุดฟอร์มพนักงานโรงงาน เสื้อช็อป กางเกงช่าง ปักโลโก้ฟรี", "factory_workwear"),
            ("เศษผ้า TC จากห้องตัด ขายเหมา", "poly_cotton_cutting_waste"),
        ),
        needs=(
            N("ผ้าทีซี 65/35 สีกรม สีเทา", "poly_cotton_fabric"),
            N("เทปสะท้อนแสง 2 นิ้ว เย็บติดเสื้อ", "reflective_tape"),
        ),
    ),
    Sme(
        "bpp-028", "en", "Rayong Safety Wear Co., Ltd.", SP, DOWN, "Rayong", "rsw@rayongsafetywear.com",
        ("ISO 9001", "OEKO-TEX Standard 100"), (),
        offers=(
            ("Coveralls and work shirts for petrochemical plants, FR option", "factory_workwear"),
            ("Hi-vis vests class 2, mesh, with zip", "hi_vis_vest"),
        ),
        needs=(
            N("Antibacterial treatment of our finished uniforms, send-out service", "antimicrobial_finishing_service"),
            N("Retroreflective tape, sew-on, silver", "reflective_tape"),
        ),
    ),
    Sme(
        "bpp-029", "en", "ScrubLab Bangkok", AC, DOWN, "Nonthaburi", "team@scrublab.co",
        ("OEKO-TEX Standard 100",), (),
        offers=(("Scrub sets, 4-way stretch, XS-3XL, 12 colours", "scrubs"),),
        needs=(
            N("Ready-to-cut antimicrobial fabric for scrubs", "antimicrobial_treated_fabric"),
            N("CMT factory for 500-2,000 scrub sets a month, our fabric", "contract_sewing_service"),
        ),
    ),
    Sme(
        "bpp-030", "th", "กลุ่มปลูกฝ้ายอินทรีย์บ้านนาซ่าว", HP, UP, "Loei", "fainasao@gmail.com",
        ("Organic Thailand",), ("bio",),
        offers=(
            ("ฝ้ายดิบทั้งเมล็ด ปลูกแบบอินทรีย์ ขายเป็นกิโล", "seed_cotton"),
            ("ด้ายฝ้ายเข็นมือ สีขาวธรรมชาติ ไจละ 100 กรัม", "handspun_cotton_yarn"),
        ),
        needs=(U("เครื่องอีดฝ้ายแบบมอเตอร์", "machinery; no SME in the set sells it"),),
    ),
    Sme(
        "bpp-031", "en", "Bangpoo Medical Mask Industry Co., Ltd.", AC, MID, "Samut Prakan", "procure@bpmask.com",
        ("ISO 13485",), (),
        offers=(
            ("Surgical face masks ASTM level 1-3, ear loop or tie-on", "surgical_mask"),
            ("Kids masks, printed, 3 ply", "surgical_mask"),
        ),
        needs=(
            N("Meltblown BFE>=99, 25 gsm, 175 mm", "meltblown_pp_nonwoven"),
            N("Flat ear loop elastic 5 mm", "elastic_ear_loop"),
        ),
    ),
    Sme(
        "bpp-032", "th", "กลุ่มสตรีตัดเย็บบ้านนาเลา", AI, MID, "Sakon Nakhon", "naleasewing@gmail.com",
        ("OTOP",), (),
        offers=(
            ("รับเย็บตามแบบ ลูกค้าส่งผ้าให้ เย็บชุดคลุม ผ้ากันเปื้อน หน้ากาก", "contract_sewing_service"),
            ("เศษผ้าฝ้ายย้อมครามจากการตัดเย็บ", "textile_cutting_waste"),
        ),
        needs=(N("ผ้าครามสำเร็จ ตัดขายเป็นหลา", "indigo_dyed_cotton_fabric"),),
    ),
    Sme(
        "bpp-033", "en", "Lat Phrao Sewing House", CT, MID, "Bangkok", "latphraosewing@gmail.com",
        (), ("circular",),
        offers=(
            ("Cut-make-trim for small brands, MOQ 100 pcs, your fabric", "contract_sewing_service"),
            ("Cotton jersey offcuts sorted by colour, 5 kg bags", "textile_cutting_waste"),
        ),
        needs=(U("Overlock machine repair, Bangkok", "repair service; nobody in the set offers it"),),
    ),
    Sme(
        "bpp-034", "en", "Samrong Weaving Mills Co., Ltd.", SP, MID, "Samut Prakan", "sales@samrongweaving.com",
        ("OEKO-TEX Standard 100", "ISO 9001"), (),
        offers=(
            ("TC 65/35 twill 220 gsm, dyed, 60 in, 30 colours", "poly_cotton_fabric"),
            ("Greige TC poplin for finishers", "poly_cotton_greige_fabric"),
        ),
        needs=(N("rPET filament yarn 75D/150D", "recycled_polyester_yarn"),),
    ),
    Sme(
        "bpp-035", "en", "Thai rPET Fibre Co., Ltd.", CT, UP, "Nakhon Pathom", "fibre@thairpet.com",
        ("GRS", "RCS"), ("circular",),
        offers=(
            ("Recycled polyester staple fibre 1.5D x 38 mm, semi-dull", "recycled_polyester_staple_fibre"),
            ("Hollow conjugated siliconised fibre 7D for pillows", "recycled_polyester_staple_fibre"),
        ),
        needs=(N("Clean PET bottle flake", "pet_flake"),),
    ),
    Sme(
        "bpp-036", "th", "บริษัท สระบุรีรีไซเคิลสปินนิ่ง จำกัด", CT, UP, "Saraburi", "srbspinning@gmail.com",
        ("GRS",), ("circular",),
        offers=(
            ("ด้ายฝ้ายรีไซเคิล OE Ne 6-20 ปั่นจากเศษผ้า", "recycled_cotton_yarn"),
            ("ด้ายโพลีเอสเตอร์รีไซเคิล 150D มีใบ GRS", "recycled_polyester_yarn"),
        ),
        needs=(N("เศษผ้าคอตตอนตัดเย็บ คัดสี", "textile_cutting_waste"),),
    ),
    Sme(
        "bpp-037", "th", "ธนาคารขยะชุมชนบางบัวทอง", CT, UP, "Nonthaburi", "bbt.wastebank@gmail.com",
        (), ("circular",),
        offers=(
            ("ขวดพลาสติกใส PET อัดก้อน", "used_pet_bottle"),
            ("เสื้อผ้ามือสองคัดแล้ว กระสอบ 50 กก.", "used_clothing"),
        ),
        needs=(U("ถุงบิ๊กแบ็กมือสอง", "no bulk bag seller in the set"),),
    ),
    Sme(
        "bpp-038", "en", "Mae Chan Hemp Loom", HP, MID, "Chiang Rai", "maechanhemploom@gmail.com",
        ("Fairtrade",), ("bio",),
        offers=(
            ("Handwoven hemp cloth, 40 cm loom width, natural or indigo", "hemp_fabric"),
            ("Hemp tote bags, indigo dyed", "hemp_bag"),
        ),
        needs=(
            N("Hand-spliced hemp thread from Hmong villages", "hemp_yarn"),
            N("Indigo vat dyeing of our hemp cloth, we ship greige", "indigo_dyeing_service"),
        ),
    ),
    Sme(
        "bpp-039", "th", "ร้านผ้าเมืองน่าน บ้านครามกัญชง", HP, DOWN, "Nan", "banhempnan@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("หน้ากากผ้ากัญชงทอมือ ซักได้", "cloth_mask"),
            ("ย่ามผ้าฝ้ายทอมือย้อมคราม", "cotton_bag"),
        ),
        needs=(N("ผ้ากัญชงผืน เนื้อแน่น", "hemp_fabric"),),
    ),
    Sme(
        "bpp-040", "en", "Runstride Active", SP, DOWN, "Bangkok", "hello@runstride.co",
        (), (),
        offers=(
            ("UV arm sleeves UPF 50+, cooling", "uv_arm_sleeve"),
            ("Running compression calf sleeves", "compression_sleeve"),
        ),
        needs=(
            N("Moisture-wicking interlock knit, 160 gsm", "wicking_knit_fabric"),
            N("Sewing partner, bring our own fabric", "contract_sewing_service"),
        ),
    ),
]

# ---------------------------------------------- bpp-041 ... bpp-060: indigo, knits, trims, care homes, hospitals

SMES += [
    Sme(
        "bpp-041", "th", "วิสาหกิจชุมชนปลูกครามบ้านดอนกอย", HP, UP, "Sakon Nakhon", "donkoy.indigo@gmail.com",
        ("Organic Thailand",), ("bio",),
        offers=(
            ("เนื้อครามเปียก หมักเอง ถังละ 5 กก.", "indigo_paste"),
            ("ต้นครามสด ตัดส่งตามสั่ง", "indigo_plant"),
        ),
        needs=(N("ด้ายฝ้ายเข็นมือ ใช้ทอผ้าขาวส่งย้อม", "handspun_cotton_yarn"),),
    ),
    Sme(
        "bpp-042", "en", "Sakon Indigo Studio", HP, MID, "Sakon Nakhon", "studio@sakonindigo.com",
        (), ("bio", "green"),
        offers=(
            ("Indigo vat dyeing, natural fermented vat, your fabric or finished garments", "indigo_dyeing_service"),
            ("Indigo shibori scarves", "indigo_scarf"),
        ),
        needs=(N("Indigo paste, Organic Thailand certified", "indigo_paste", certs=("Organic Thailand",)),),
    ),
    Sme(
        "bpp-043", "th", "กลุ่มทอผ้าย้อมครามบ้านนาหว้า", HP, MID, "Nakhon Phanom", "nawa.khram@gmail.com",
        ("OTOP",), ("bio",),
        offers=(
            ("ผ้าฝ้ายทอมือย้อมคราม หน้ากว้าง 1 ม. ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            ("เสื้อคอจีนผ้าครามสำเร็จรูป", "indigo_cotton_shirt"),
        ),
        needs=(
            N("ฝ้ายเข็นมือ สีตุ่น", "handspun_cotton_yarn"),
            N("มีใครขายครามเปียกบ้างคะ", "indigo_paste"),
        ),
    ),
    Sme(
        "bpp-044", "en", "Mekong Khram Textiles", AI, MID, "Mukdahan", "mekongkhram@gmail.com",
        (), (),
        offers=(("Khram (indigo) cotton yardage, handwoven, 90 cm wide", "indigo_dyed_cotton_fabric"),),
        needs=(
            U("Organic cotton yarn, GOTS certified, Ne 20/2", "no GOTS-certified yarn supplier in the set",
              certs=("GOTS",)),
        ),
    ),
    Sme(
        "bpp-045", "en", "Bangplee Knit Tech Co., Ltd.", SP, MID, "Samut Prakan", "knit@bangpleeknit.com",
        ("bluesign", "OEKO-TEX Standard 100"), ("green",),
        offers=(
            ("Quick-dry polyester interlock and bird-eye mesh, 140-180 gsm", "wicking_knit_fabric"),
            ("Spacer mesh 3D for pressure-relief cushions", "spacer_mesh_fabric"),
        ),
        needs=(N("GRS recycled polyester DTY 75D/72F", "recycled_polyester_yarn", certs=("GRS",)),),
    ),
    Sme(
        "bpp-046", "th", "โรงทอผ้าขนหนูสุพรรณ", AC, MID, "Suphan Buri", "suphantowel@gmail.com",
        (), (),
        offers=(
            ("ผ้าขนหนูฝ้าย 100% เป็นม้วน 400 แกรม", "cotton_terry_fabric"),
            ("ผ้าเช็ดตัว ผ้าเช็ดมือ สีขาว สำหรับโรงแรม คลินิก", "towel"),
        ),
        needs=(N("ด้ายฝ้ายรีไซเคิล ไม่ต้องมีใบ GRS ขอราคาถูก", "recycled_cotton_yarn", waives=("GRS",)),),
    ),
    Sme(
        "bpp-047", "en", "Reflecta Trims Co., Ltd.", SP, MID, "Pathum Thani", "sales@reflectatrims.com",
        ("OEKO-TEX Standard 100",), (),
        offers=(("Reflective tape 25 / 50 mm, sew-on and heat transfer", "reflective_tape"),),
        needs=(U("Glass bead reflective coating powder", "no supplier in the set"),),
    ),
    Sme(
        "bpp-048", "th", "หจก. ถุงผ้านนท์", AC, MID, "Nonthaburi", "thungphanon@gmail.com",
        (), ("green",),
        offers=(
            ("ถุงใส่ผ้าเปื้อน รพ. ผ้าโพลีเอสเตอร์ เย็บแยกสีตามประเภทผ้า", "linen_laundry_bag"),
            ("ถุงผ้าสปันบอนด์สกรีนโลโก้", "nonwoven_bag"),
        ),
        needs=(N("ผ้าไม่ทอ 80 แกรม สีต่างๆ", "spunbond_pp_nonwoven"),),
    ),
    Sme(
        "bpp-049", "en", "Laemchabang Coating Co., Ltd.", SP, MID, "Chonburi", "info@lcbcoating.com",
        ("OEKO-TEX Standard 100",), (),
        offers=(("TPU laminated knit, waterproof and breathable, for mattress protectors", "tpu_laminated_fabric"),),
        needs=(N("Polyester knit base fabric, 100-120 gsm", "wicking_knit_fabric"),),
    ),
    Sme(
        "bpp-050", "th", "บริษัท ปทุมสปอร์ตแวร์ จำกัด", SP, DOWN, "Pathum Thani", "pathumsportwear@gmail.com",
        (), (),
        offers=(("เสื้อกีฬาพิมพ์ลาย sublimation ทีมฟุตบอล ขั้นต่ำ 20 ตัว", "sports_jersey"),),
        needs=(N("ผ้าไมโครโพลีแห้งไว หน้ากว้าง 180", "wicking_knit_fabric"),),
    ),
    Sme(
        "bpp-051", "th", "เชียงใหม่ คอมเพรสชั่น แคร์", SP, DOWN, "Chiang Mai", "cmcompression@gmail.com",
        ("ISO 13485",), (),
        offers=(
            ("ถุงน่องเส้นเลือดขอด แรงบีบ 20-30 mmHg", "medical_compression_stocking"),
            ("ปลอกแขนรัดกล้ามเนื้อ สำหรับนักวิ่ง", "compression_sleeve"),
        ),
        needs=(N("ยางยืดถักขอบถุงน่อง", "knitted_elastic_tape"),),
    ),
    Sme(
        "bpp-052", "en", "Isan Silver Care Apparel", AI, DOWN, "Khon Kaen", "hello@isansilvercare.com",
        (), (),
        offers=(("Easy-dress shirts for seniors, magnetic buttons, open back", "adaptive_clothing"),),
        needs=(
            N("Indigo cotton by the metre, soft hand", "indigo_dyed_cotton_fabric"),
            N("Sewing group to make up our cut pieces", "contract_sewing_service"),
        ),
    ),
    Sme(
        "bpp-053", "th", "โรงงานถุงเท้าบุรีรัมย์", AI, MID, "Buriram", "buriramsocks@gmail.com",
        (), (),
        offers=(("ถุงเท้ากันลื่นผู้สูงอายุ ปุ่มยางใต้ฝ่าเท้า ขอบไม่รัด", "anti_slip_socks"),),
        needs=(N("ด้ายคอตตอนรีไซเคิล สีเทา", "recycled_cotton_yarn"),),
    ),
    Sme(
        "bpp-054", "th", "กลุ่มทอผ้าไหมบ้านท่าสว่าง", AI, MID, "Surin", "thasawangsilk@gmail.com",
        ("Thai Silk Peacock Emblem", "OTOP"), (),
        offers=(("ผ้าไหมยกทอง ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน", "silk_fabric"),),
        needs=(N("เส้นไหมน้อย ไหมพื้นบ้าน", "silk_yarn"),),
    ),
    Sme(
        "bpp-055", "th", "วิสาหกิจชุมชนเลี้ยงไหมบ้านเขว้า", AI, UP, "Chaiyaphum", "khwaosilk@gmail.com",
        (), ("bio",),
        offers=(("เส้นไหมสาวมือ ไหมน้อย ไหมลืบ ขายเป็นกิโล", "silk_yarn"),),
        needs=(N("ถุงมือผ้าสำหรับคนงานสาวไหม", "knitted_work_glove"),),
    ),
    Sme(
        "bpp-056", "en", "Silver Years Home Care Shop", AC, DOWN, "Bangkok", "shop@silveryears.co.th",
        (), (),
        offers=(),
        needs=(
            N("Adult pull-ups, for resale online", "adult_pant_diaper"),
            N("Washable bed protectors, 4 layer", "washable_bed_pad"),
            N("Anti-slip socks for elderly", "anti_slip_socks"),
        ),
    ),
    Sme(
        "bpp-057", "th", "บ้านพักผู้สูงอายุสุขใจ", AC, DOWN, "Nonthaburi", "sukjai.nursinghome@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("ผ้าอ้อมผู้ใหญ่แบบเทป ต้องมีเลข อย.", "adult_tape_diaper", certs=("Thai FDA",)),
            N("แผ่นรองซับ", "disposable_underpad"),
            N("ร้านซักผ้ารับซักผ้าปูที่นอนรายเดือน", "commercial_laundry_service"),
            N("ทิชชู่เปียกเช็ดตัวผู้ป่วย", "wet_wipes"),
        ),
    ),
    Sme(
        "bpp-058", "en", "Lanna Senior Living", AC, DOWN, "Chiang Mai", "purchasing@lannasenior.com",
        (), (),
        offers=(),
        needs=(
            N("Washable incontinence underwear, residents prefer cloth", "washable_incontinence_pants"),
            N("Non-slip socks", "anti_slip_socks"),
            N("Easy-on clothing for residents with limited mobility", "adaptive_clothing"),
        ),
    ),
    Sme(
        "bpp-059", "th", "โรงพยาบาลเขื่องใน", AI, DOWN, "Ubon Ratchathani", "khueangnai.hosp@gmail.com",
        (), (),
        offers=(("ผ้าปูเตียงเก่าปลดระวาง ซักแล้ว ให้ฟรีหรือขายเหมา", "retired_linen"),),
        needs=(
            N("หน้ากากอนามัยทางการแพทย์ ต้องมี อย. และ มอก.", "surgical_mask",
              certs=("Thai FDA", "Thai Industrial Standard")),
            N("เสื้อกาวน์กันน้ำแบบใช้ครั้งเดียว", "isolation_gown"),
            N("ชุดผ่าตัดผ้าซักได้", "reusable_surgical_gown"),
        ),
    ),
    Sme(
        "bpp-060", "en", "Sukhumvit General Hospital", AC, DOWN, "Bangkok", "supply@sukhumvitgeneral.com",
        (), (),
        offers=(),
        needs=(
            N("Isolation gowns from ISO 13485 manufacturers only", "isolation_gown", certs=("ISO 13485",)),
            N("Bouffant caps and shoe covers", "bouffant_cap", "shoe_cover"),
            N("Scrubs for nursing staff", "scrubs"),
            N("Surgical masks level 2", "surgical_mask"),
        ),
    ),
]

# ---------------------------------------------- bpp-061 ... bpp-080: food plants, clinics, hotels, shops, officers

SMES += [
    Sme(
        "bpp-061", "en", "Gulf Seafood Processing Co., Ltd.", CT, DOWN, "Samut Sakhon", "purchase@gulfseafood.co.th",
        ("Halal", "ISO 9001"), ("circular",),
        offers=(("Worn-out white cotton uniforms, laundered, about 300 kg a month", "used_workwear"),),
        needs=(
            N("Hairnets, disposable, for food lines; no ISO 13485 needed", "bouffant_cap", waives=("ISO 13485",)),
            N("Long-sleeve white uniforms for processing staff", "factory_workwear"),
        ),
    ),
    Sme(
        "bpp-062", "th", "บริษัท สระบุรีโพลทรี จำกัด", AC, DOWN, "Saraburi", "srbpoultry.buy@gmail.com",
        ("Halal",), (),
        offers=(),
        needs=(
            N("ชุดคลุมทั้งตัวแบบใช้แล้วทิ้ง สำหรับผู้เยี่ยมชมโรงงาน", "disposable_coverall"),
            N("หมวกคลุมผมตัวหนอน", "bouffant_cap"),
            U("ผ้ากันเปื้อนยางกันน้ำมัน ยาวคลุมเข่า", "rubber aprons; nobody in the set makes them"),
        ),
    ),
    Sme(
        "bpp-063", "th", "บริษัท อีสเทิร์นเท็กซ์ไทล์รีไซเคิล จำกัด", CT, UP, "Chachoengsao", "etrecycle@gmail.com",
        ("GRS",), ("circular",),
        offers=(("ใยบดจากเสื้อผ้าเก่า สำหรับยัดหมอน ทำฉนวน", "shredded_textile_fibre"),),
        needs=(
            N("รับซื้อชุดยูนิฟอร์มเก่าจากโรงงาน", "used_workwear"),
            N("เสื้อผ้ามือสองเกรดต่ำ ขายไม่ได้แล้ว", "used_clothing"),
        ),
    ),
    Sme(
        "bpp-064", "en", "Rayong Eco Felt Co., Ltd.", CT, MID, "Rayong", "ecofelt@rayongecofelt.com",
        ("GRS",), ("circular", "green"),
        offers=(("Needle-punched felt from recycled textile fibre, 200-1200 gsm", "recycled_needle_felt"),),
        needs=(N("Garnetted fibre from shredded post-consumer clothing", "shredded_textile_fibre"),),
    ),
    Sme(
        "bpp-065", "en", "Andaman Dental Clinic", AC, DOWN, "Phuket", "admin@andamandental.com",
        (), (),
        offers=(),
        needs=(
            N("Face masks, 3 ply, earloop, by the carton", "surgical_mask"),
            N("Scrub tops for dental assistants", "scrubs"),
        ),
    ),
    Sme(
        "bpp-066", "th", "คลินิกเวชกรรมหมอสมชาย", AC, DOWN, "Nakhon Si Thammarat", "clinic.somchai@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("หน้ากากอนามัย ราคาส่ง", "surgical_mask"),
            N("ผ้าเช็ดมือสีขาว 12 โหล", "towel"),
        ),
    ),
    Sme(
        "bpp-067", "en", "Kata Bay Resort", CT, DOWN, "Phuket", "housekeeping@katabayresort.com",
        (), ("circular",),
        offers=(("Old bath towels and bed sheets, clean, free to collect", "retired_linen"),),
        needs=(
            N("Cleaning cloths for housekeeping, new only - no rags from old clothes", "microfibre_cleaning_cloth"),
            N("Washable fabric face masks for front-desk staff", "cloth_mask"),
        ),
    ),
    Sme(
        "bpp-068", "th", "กระบี่ธาราสปา", AC, DOWN, "Krabi", "tharaspa.krabi@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("ผ้าขนหนูสีขาว ผ้าเช็ดผม", "towel"),
            U("ผ้าปูเตียงนวดสีน้ำตาล กันน้ำมัน", "massage-bed sheets; nobody in the set makes them"),
        ),
    ),
    Sme(
        "bpp-069", "th", "ร้านอุดรเวชภัณฑ์", AI, DOWN, "Udon Thani", "udonvetchaphan@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("แพมเพิสผู้ใหญ่ แบบเทป ราคาส่ง", "adult_tape_diaper"),
            N("แมสปิดจมูก มี อย. ทุกกล่อง", "surgical_mask", certs=("Thai FDA",)),
            N("กางเกงซึมซับแบบซักได้", "washable_incontinence_pants"),
        ),
    ),
    Sme(
        "bpp-070", "en", "Hatyai Medical Supply", AC, DOWN, "Songkhla", "order@hatyaimedsupply.com",
        (), (),
        offers=(),
        needs=(
            N("Isolation gowns and coveralls", "isolation_gown", "disposable_coverall"),
            N("Who has alcohol wipes in stock?", "alcohol_wipes"),
            N("Adult pants type diapers", "adult_pant_diaper"),
        ),
    ),
    Sme(
        "bpp-071", "th", "ร้านแมสก์ผ้าน่ารัก", AC, DOWN, "Bangkok", "maskpanarak@gmail.com",
        (), (),
        offers=(("หน้ากากผ้าพิมพ์ลายการ์ตูน ขายออนไลน์", "cloth_mask"),),
        needs=(
            N("ลวดจมูกแบบตัดท่อน", "nose_wire"),
            N("ยางหูแมสก์สีพาสเทล", "elastic_ear_loop"),
        ),
    ),
    Sme(
        "bpp-072", "th", "องค์การบริหารส่วนตำบลกระโพ", AI, DOWN, "Surin", "krapho.sao@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("หน้ากากผ้า 2,000 ชิ้น แจกชาวบ้าน ไม่ต้องมี อย.", "cloth_mask", waives=("Thai FDA",)),
            N("ถุงผ้าแจกงานกาชาด", "nonwoven_bag", "cotton_bag"),
        ),
    ),
    Sme(
        "bpp-073", "en", "Khao Kho Hemp Farm", HP, UP, "Phetchabun", "farm@khaokhohemp.com",
        ("Organic Thailand",), ("bio",),
        offers=(
            ("Decorticated hemp fibre, baled", "hemp_bast_fibre"),
            ("Hemp hurd for animal bedding", "hemp_hurd"),
        ),
        needs=(N("Work gloves for harvest crew", "knitted_work_glove"),),
    ),
    Sme(
        "bpp-074", "th", "ร้านหม้อห้อมป้าเพ็ญ", HP, MID, "Phrae", "mohompapen@gmail.com",
        ("OTOP",), (),
        offers=(
            ("เสื้อหม้อห้อมสำเร็จรูป ผู้ชาย ผู้หญิง", "indigo_cotton_shirt"),
            ("รับย้อมหม้อห้อม ผ้าหรือเสื้อของลูกค้า", "indigo_dyeing_service"),
        ),
        needs=(N("ผ้าฝ้ายดิบ ยังไม่ย้อม", "cotton_greige_fabric"),),
    ),
    Sme(
        "bpp-075", "en", "Rojana Electronics (Thailand) Co., Ltd.", SP, DOWN, "Phra Nakhon Si Ayutthaya",
        "ga.purchase@rojanaelec.com", ("ISO 9001", "ISO 14001"), (),
        offers=(),
        needs=(
            N("Wiping rags for the machine shop", "industrial_rag"),
            N("Knitted cotton gloves, 600 g per dozen", "knitted_work_glove"),
        ),
    ),
    Sme(
        "bpp-076", "th", "กลุ่มทอผ้าฝ้ายป่าซาง", HP, MID, "Lamphun", "pasangcotton@gmail.com",
        ("OTOP",), (),
        offers=(("ผ้าฝ้ายดิบทอมือ ยังไม่ฟอกย้อม หน้า 90 ซม.", "cotton_greige_fabric"),),
        needs=(N("ฝ้ายเข็นมือ", "handspun_cotton_yarn"),),
    ),
    Sme(
        "bpp-077", "en", "Korat Runners Club", SP, DOWN, "Nakhon Ratchasima", "koratrunners@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("Club race shirts, 150 pcs, sublimated", "sports_jersey"),
            N("Arm sleeves with UV protection", "uv_arm_sleeve"),
        ),
    ),
    Sme(
        "bpp-078", "th", "กลุ่มผ้าไหมแพรวาบ้านโพน", AI, MID, "Kalasin", "praewabanphon@gmail.com",
        ("Thai Silk Peacock Emblem",), (),
        offers=(("ผ้าสไบไหมแพรวา ลายโบราณ", "praewa_silk_scarf"),),
        needs=(N("หาซื้อเส้นไหมไทยสาวมือ", "silk_yarn"),),
    ),
    Sme(
        "bpp-079", "en", "Roi Et Green Hotel", AI, DOWN, "Roi Et", "gm@roietgreenhotel.com",
        (), ("green",),
        offers=(),
        needs=(
            N("Bath towels, white, 500 gsm", "towel"),
            N("Staff shirts made of local khram cloth", "indigo_cotton_shirt"),
        ),
    ),
    Sme(
        "bpp-080", "th", "รียูสเชียงใหม่ สตูดิโอ", CT, DOWN, "Chiang Mai", "reusecm.studio@gmail.com",
        (), ("circular",),
        offers=(("กระเป๋าอัพไซเคิลจากกางเกงยีนส์เก่า", "upcycled_bag"),),
        needs=(N("เสื้อผ้ามือสอง ยีนส์เก่า เป็นกระสอบ", "used_clothing"),),
    ),
]

# ---------------------------------------------- bpp-081 ... bpp-095: fillings, care centres, fibres, small buyers

SMES += [
    Sme(
        "bpp-081", "th", "กลุ่มแม่บ้านปลูกนุ่นบ้านสิงห์", AI, UP, "Yasothon", "nunbansing@gmail.com",
        (), ("bio",),
        offers=(("นุ่นดิบ แกะเมล็ดแล้ว อัดถุง 10 กก.", "kapok_fibre"),),
        needs=(U("เครื่องดีดนุ่นมือสอง", "machinery; no SME in the set sells it"),),
    ),
    Sme(
        "bpp-082", "en", "Sisaket Kapok Pillow Co.", AI, DOWN, "Sisaket", "kapokpillow.ssk@gmail.com",
        (), ("bio",),
        offers=(("Kapok-filled pillows and seat cushions for bedridden elders", "pressure_relief_cushion"),),
        needs=(N("Clean kapok floss, seeds removed", "kapok_fibre"),),
    ),
    Sme(
        "bpp-083", "th", "โรงพยาบาลวังทองเวชการ", AC, DOWN, "Phitsanulok", "wangthong.hosp@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("ผ้ารองกันเปื้อนที่นอนผู้ป่วยติดเตียง แบบซักได้ ไม่จำเป็นต้องมี มอก.", "washable_bed_pad",
              waives=("Thai Industrial Standard",)),
            N("ชุดผู้ป่วยใน", "patient_gown"),
            N("ผ้าก๊อซพับ ผ้าก๊อซม้วน", "cotton_gauze"),
        ),
    ),
    Sme(
        "bpp-084", "en", "Lopburi Road Works Co., Ltd.", SP, DOWN, "Lopburi", "site@lopburiroadworks.com",
        (), (),
        offers=(),
        needs=(
            N("Safety vests, fluorescent orange", "hi_vis_vest"),
            N("Cotton gloves, bulk", "knitted_work_glove"),
        ),
    ),
    Sme(
        "bpp-085", "th", "ลำปางเซฟตี้การ์เมนต์", SP, MID, "Lampang", "lampangsafety@gmail.com",
        (), (),
        offers=(("หมวกคลุมหน้ากันแดดสำหรับชาวไร่ ผ้าแห้งไว", "sun_hood"),),
        needs=(N("ผ้าแห้งไวสำหรับเย็บหมวกคลุมหน้า", "wicking_knit_fabric"),),
    ),
    Sme(
        "bpp-086", "en", "River Kwai Wellness Retreat", AC, DOWN, "Kanchanaburi", "stay@riverkwaiwellness.com",
        (), ("green",),
        offers=(),
        needs=(
            N("White cotton towels for the spa", "towel"),
            U("Disposable spa briefs", "no maker in the set"),
        ),
    ),
    Sme(
        "bpp-087", "th", "ศูนย์ดูแลผู้สูงอายุเมืองหนองคาย", AI, DOWN, "Nong Khai", "nk.eldercare@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("แพมเพิสผู้ใหญ่แบบกางเกง", "adult_pant_diaper"),
            N("อยากได้ถุงเท้ากันลื่นสำหรับผู้สูงอายุ", "anti_slip_socks"),
        ),
    ),
    Sme(
        "bpp-088", "en", "Trat Pineapple Fibre", HP, UP, "Trat", "pinefibre.trat@gmail.com",
        (), ("bio", "circular"),
        offers=(("Pineapple leaf fibre, scraped and degummed, long staple", "pineapple_leaf_fibre"),),
        needs=(N("Gloves for leaf scraping crew", "knitted_work_glove"),),
    ),
    Sme(
        "bpp-089", "th", "กลุ่มทอผ้าใยสับปะรดลับแล", HP, MID, "Uttaradit", "laplaepineapple@gmail.com",
        ("OTOP",), ("bio",),
        offers=(("ผ้าทอใยสับปะรดผสมฝ้าย", "pineapple_fabric"),),
        needs=(N("เส้นใยสับปะรด", "pineapple_leaf_fibre"),),
    ),
    Sme(
        "bpp-090", "en", "Ang Thong Care Bedding", AC, MID, "Ang Thong", "carebedding.at@gmail.com",
        (), (),
        offers=(("Fitted bed sheets for hospital beds, 200 TC", "hospital_bed_sheet"),),
        needs=(N("Antibacterial treatment for our finished sheets", "antimicrobial_finishing_service"),),
    ),
    Sme(
        "bpp-091", "th", "สำนักงานสาธารณสุขอำเภอชะอำ", AC, DOWN, "Phetchaburi", "chaam.ssa@gmail.com",
        (), (),
        offers=(),
        needs=(N("หน้ากากผ้าสำหรับ อสม. ไม่จำเป็นต้องมีตรา OTOP", "cloth_mask", waives=("OTOP",)),),
    ),
    Sme(
        "bpp-092", "en", "Pai Hemp and Indigo Shop", HP, DOWN, "Mae Hong Son", "paihempindigo@gmail.com",
        (), (),
        offers=(),
        needs=(
            N("Looking for hemp tote bags to resell", "hemp_bag"),
            N("Indigo scarves, wholesale", "indigo_scarf"),
        ),
    ),
    Sme(
        "bpp-093", "th", "ร้านคาร์แคร์ ตรัง", CT, DOWN, "Trang", "trangcarcare@gmail.com",
        (), (),
        offers=(),
        needs=(N("ผ้าไมโครไฟเบอร์เช็ดรถ", "microfibre_cleaning_cloth"),),
    ),
    Sme(
        "bpp-094", "en", "Prachin Medical Textiles Co., Ltd.", AC, MID, "Prachinburi", "sales@prachinmedtex.com",
        ("ISO 13485",), (),
        offers=(("Absorbent cotton gauze, folded swabs and rolls", "cotton_gauze"),),
        needs=(U("EO sterilisation, contract, ISO 13485", "no steriliser in the set", certs=("ISO 13485",)),),
    ),
    Sme(
        "bpp-095", "th", "วิสาหกิจชุมชนแม่บ้านบึงกาฬ", AI, DOWN, "Bueng Kan", "maebanbuengkan@gmail.com",
        (), ("circular",),
        offers=(("ตุ๊กตาผ้าสำหรับผู้สูงอายุภาวะสมองเสื่อม", "therapy_doll"),),
        needs=(N("ใยยัดตุ๊กตา ใยรีไซเคิลก็ได้", "shredded_textile_fibre", "recycled_polyester_staple_fibre"),),
    ),
]


if __name__ == "__main__":
    sys.exit(main())
