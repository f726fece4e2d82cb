"""Hand-written evaluation set `blind_plain_hemp`: plain registry entries of a hemp and natural fibre cluster.

Every offer carries a label saying what the thing is; every need lists the offer labels that meet it and the
certifications its text requires, or is marked as met by no one. A (supplier, buyer) pair is a true link when
some offer of the supplier carries a label listed by one of the buyer's needs and the supplier holds every
certification that need requires. Run from the repository root:

    .venv/bin/python eval/blind_plain_hemp/write.py

It checks the data and, only if every check passes, writes `profiles.jsonl` and `links.csv` next to itself.
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    resolve_certification,
    resolve_province,
)

HEMP = "hemp_natural_fibre"
CIRC = "circular_textile"
SPORT = "sportech"
ALC = "ageing_lifestyle_central"
ALI = "ageing_lifestyle_isan"
UP = "upstream"
MID = "midstream"
DOWN = "downstream"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels` from a supplier holding all of `certs`."""
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
    offers: tuple[tuple[str, str], ...]
    needs: tuple[Need, ...]


SMES: list[Sme] = []

# ---------------------------------------------------------------- checks and output

THAI = re.compile("[\u0e00-\u0e7f]")
LATIN = re.compile("[A-Za-z]")
LABEL = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")


def _names_of(cert: str) -> list[str]:
    for c in CERTIFICATIONS:
        if c.name == cert:
            return [n.casefold() for n in (c.name, c.full_name, c.name_th, *c.aliases, *c.mentions)]
    return []


def _named_in(cert: str, text: str) -> bool:
    folded = text.casefold()
    return any(name and name in folded for name in _names_of(cert))


def qualified(supplier: Sme, need: Need) -> bool:
    if need.unmet:
        return False
    held = {resolve_certification(c) for c in supplier.certs}
    if not set(need.certs) <= held:
        return False
    return any(label in need.labels for _, label in supplier.offers)


def true_links(smes: list[Sme]) -> list[tuple[str, str]]:
    pairs = {
        (s.id, b.id) for b in smes for s in smes if s.id != b.id and any(qualified(s, n) for n in b.needs)
    }
    return sorted(pairs)


def check(smes: list[Sme]) -> list[str]:
    errors: list[str] = []
    ids = [s.id for s in smes]
    if ids != [f"bhp-{i:03d}" for i in range(1, len(smes) + 1)]:
        errors.append("ids are not bhp-001 ... in order")
    subs = {x.value for x in SubCluster}
    stages = {x.value for x in Stage}
    bcgs = {x.value for x in BcgTag}
    offered: dict[str, set[str]] = {}
    for s in smes:
        for _, label in s.offers:
            offered.setdefault(label, set()).add(s.id)
    for s in smes:
        where = s.id
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in subs:
            errors.append(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r}")
        for c in s.certs:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r}")
        for t in s.bcg:
            if t not in bcgs:
                errors.append(f"{where}: bcg {t!r}")
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s.email):
            errors.append(f"{where}: email {s.email!r}")
        if not 0 <= len(s.offers) <= 4 or not 1 <= len(s.needs) <= 4:
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        phrases = [t for t, _ in s.offers] + [n.text for n in s.needs]
        for text in phrases:
            thai, latin = len(THAI.findall(text)), len(LATIN.findall(text))
            if s.lang == "th" and thai <= latin:
                errors.append(f"{where}: not mostly Thai: {text!r}")
            if s.lang == "en" and (thai or not text.isascii()):
                errors.append(f"{where}: not Latin only: {text!r}")
        if s.lang == "en" and not s.name.isascii():
            errors.append(f"{where}: English profile with a non-Latin name")
        for _, label in s.offers:
            if not LABEL.match(label):
                errors.append(f"{where}: bad label {label!r}")
        for n in s.needs:
            if n.unmet and n.labels:
                errors.append(f"{where}: unmet need with labels: {n.text!r}")
            if not n.unmet and not n.labels:
                errors.append(f"{where}: need without labels or note: {n.text!r}")
            for label in n.labels:
                if not offered.get(label, set()) - {s.id}:
                    errors.append(f"{where}: nobody else offers {label!r}")
            for c in (*n.certs, *n.waives):
                if resolve_certification(c) != c:
                    errors.append(f"{where}: need certification {c!r} is not a canonical name")
                elif not _named_in(c, n.text):
                    errors.append(f"{where}: {c} not named in {n.text!r}")
            if not n.unmet and not any(qualified(o, n) for o in smes if o.id != s.id):
                errors.append(f"{where}: no qualified supplier for {n.text!r}")
    return errors


def stats(smes: list[Sme], links: list[tuple[str, str]]) -> dict[str, object]:
    by_id = {s.id: s for s in smes}
    needs = [n for s in smes for n in s.needs]
    cross_te = sum(1 for a, b in links if by_id[a].lang == "th" and by_id[b].lang == "en")
    cross_et = sum(1 for a, b in links if by_id[a].lang == "en" and by_id[b].lang == "th")
    return {
        "profiles": len(smes),
        "lang": Counter(s.lang for s in smes),
        "sub": Counter(s.sub for s in smes),
        "stage": Counter(s.stage for s in smes),
        "region": Counter(resolve_province(s.province).region.value for s in smes),
        "provinces": len({resolve_province(s.province).name_en for s in smes}),
        "offers": sum(len(s.offers) for s in smes),
        "offer_labels": len({label for s in smes for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(1 for n in needs if not n.unmet),
        "unmet": sum(1 for n in needs if n.unmet),
        "need_certs": sum(1 for n in needs if n.certs),
        "need_waives": sum(1 for n in needs if n.waives),
        "links": len(links),
        "th_to_en": cross_te,
        "en_to_th": cross_et,
        "cross": cross_te + cross_et,
        "within": len(links) - cross_te - cross_et,
        "cross_sub": sum(1 for a, b in links if by_id[a].sub != by_id[b].sub),
    }


def check_targets(st: dict[str, object]) -> list[str]:
    errors: list[str] = []
    n = st["profiles"]
    if n != 95:
        errors.append(f"{n} profiles, want 95")
    th = st["lang"]["th"]
    if not 0.5 <= th / max(n, 1) <= 0.6:
        errors.append(f"{th} Thai profiles of {n}")
    if not 140 <= st["links"] <= 180:
        errors.append(f"{st['links']} links, want 140-180")
    if st["cross"] < 0.45 * st["links"]:
        errors.append(f"{st['cross']} cross-language links of {st['links']}, want >= 45 %")
    if not 15 <= st["unmet"] <= 25:
        errors.append(f"{st['unmet']} unmet needs, want 15-25")
    if st["need_certs"] < 5 or st["need_waives"] < 3:
        errors.append(f"{st['need_certs']} needs require and {st['need_waives']} waive a certification")
    if len(st["sub"]) != 5 or len(st["stage"]) != 3:
        errors.append("not every sub-cluster and stage is used")
    if st["provinces"] < 25:
        errors.append(f"only {st['provinces']} provinces")
    return errors


def profile(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [t for t, _ in s.offers],
        "needs": [n.text for n in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }


def table(st: dict[str, object]) -> str:
    links = st["links"]
    rows = [("profiles", st["profiles"]), ("Thai / English", f"{st['lang']['th']} / {st['lang']['en']}")]
    rows += [(f"sub-cluster `{k}`", v) for k, v in sorted(st["sub"].items())]
    rows += [(f"stage `{k}`", v) for k, v in sorted(st["stage"].items(), key=lambda kv: Stage(kv[0]).position)]
    rows += [(f"region `{k}`", v) for k, v in sorted(st["region"].items())]
    rows += [
        ("distinct provinces", st["provinces"]),
        ("offers", st["offers"]),
        ("distinct offer labels", st["offer_labels"]),
        ("needs", st["needs"]),
        ("needs met / met by no one", f"{st['met']} / {st['unmet']}"),
        ("needs requiring a certification", st["need_certs"]),
        ("needs waiving a certification", st["need_waives"]),
        ("true links", links),
        ("cross-language links Thai supplier -> English buyer", st["th_to_en"]),
        ("cross-language links English supplier -> Thai buyer", st["en_to_th"]),
        ("cross-language links, total", f"{st['cross']} ({100 * st['cross'] / max(links, 1):.1f} %)"),
        ("within-language links", st["within"]),
        ("links between different sub-clusters", st["cross_sub"]),
    ]
    return "\n".join(["| count | value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in rows])


def main() -> int:
    links = true_links(SMES)
    st = stats(SMES, links)
    errors = check(SMES) + check_targets(st)
    supply = Counter(label for s in SMES for _, label in s.offers)
    if "-v" in sys.argv:
        for label, count in sorted(supply.items()):
            print(f"  {label}: {count}")
    print(table(st))
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    lines = [json.dumps(profile(s), ensure_ascii=False) for s in SMES]
    (HERE / "profiles.jsonl").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    (HERE / "links.csv").write_bytes(buf.getvalue().encode("utf-8"))
    print(f"wrote {len(lines)} profiles and {len(links)} links")
    return 0


# ---------------------------------------------------------------- data

SMES += [
    Sme(
        "bhp-001", "th", "วิสาหกิจชุมชนกลุ่มปลูกกัญชงบ้านม้งดอยปุย", HEMP, UP, "Chiang Mai",
        "hmongdoipui.hemp@gmail.com", ("Organic Thailand",), ("bio", "green"),
        (
            ("ต้นกัญชงตากแห้ง มัดละ 5 กิโล พร้อมส่ง ต.ค.", "hemp_stalk_dried"),
            ("เปลือกกัญชงลอกมือ ตากแดดแล้ว ยังไม่ต้ม", "hemp_bast_fibre"),
        ),
        (
            N("เมล็ดพันธุ์กัญชงที่ขึ้นทะเบียนแล้ว ปลูกได้ถูกกฎหมาย", "hemp_seed_planting"),
            N("หาคนรับจ้างตีเปลือกกัญชงด้วยเครื่อง เราขนต้นไปเอง", "decortication_service"),
        ),
    ),
    Sme(
        "bhp-002", "en", "Mae Ramat Hemp Seed Farm", HEMP, UP, "Tak",
        "maeramat.seed@gmail.com", (), ("bio",),
        (("certified hemp seed RPF1 / RPF3, 1 kg packs, permit copy supplied", "hemp_seed_planting"),),
        (
            U("soil test for heavy metals before planting", "no testing laboratory in the set"),
            N("woven jute sacks 25 kg for seed", "jute_sack"),
        ),
    ),
    Sme(
        "bhp-003", "th", "กลุ่มแม่บ้านม้งบ้านห้วยขม ต่อเส้นใยกัญชง", HEMP, MID, "Chiang Rai",
        "huaykhom.hmong@gmail.com", ("OTOP", "Fairtrade"), ("bio",),
        (("เส้นใยกัญชงต่อมือ ม้วนละ 200 กรัม สีธรรมชาติ", "hemp_thread_handspliced"),),
        (
            N("เปลือกกัญชงแห้ง ปีละ 300 กก.", "hemp_bast_fibre"),
            U("ขี้เถ้าไม้สำหรับต้มเส้นใย", "no one in the set offers wood ash"),
        ),
    ),
    Sme(
        "bhp-004", "en", "Lanna Loom Hemp Studio", HEMP, MID, "Chiang Mai",
        "hello@lannaloom.co.th", (), ("green",),
        (
            ("handwoven hemp cloth, undyed, 40 cm width", "hemp_fabric_greige"),
            ("we weave to order on your own yarn, floor loom", "handloom_weaving_service"),
        ),
        (N("hand spliced hemp thread for warp and weft, not machine spun", "hemp_thread_handspliced"),),
    ),
    Sme(
        "bhp-005", "th", "ร้านผ้าเขียนเทียนแม่หมี บ้านสะจุกสะเกี้ยง", HEMP, MID, "Nan",
        "maemee.batik@hotmail.com", ("OTOP",), ("bio",),
        (
            ("ผ้ากัญชงเขียนเทียน ลายม้งดั้งเดิม ผืนละ 2 เมตร", "hemp_batik_fabric"),
            ("รับเขียนเทียนบนผ้าที่ลูกค้าส่งมา คิดเป็นเมตร", "batik_service"),
        ),
        (
            N("ขี้ผึ้งแท้ สำหรับเขียนลาย", "beeswax"),
            N("ผ้ากัญชงดิบ ยังไม่ย้อม หน้ากว้าง 35-40 ซม.", "hemp_fabric_greige"),
            N("ห้อมเปียก", "indigo_paste"),
        ),
    ),
    Sme(
        "bhp-006", "en", "Khao Kho Hill Honey and Wax", HEMP, UP, "Phetchabun",
        "khaokho.wax@gmail.com", (), ("bio",),
        (("pure beeswax blocks, filtered, 1 kg", "beeswax"),),
        (U("stainless settling tank 200 l", "no equipment maker in the set"),),
    ),
    Sme(
        "bhp-007", "th", "ห้อมปายธรรมชาติ", HEMP, UP, "Mae Hong Son",
        "hompai.natural@gmail.com", ("Organic Thailand",), ("bio", "green"),
        (("ห้อมเปียกหมักเอง ถุงละ 1 กก.", "indigo_paste"),),
        (U("โอ่งมังกรใบใหญ่สำหรับหมักห้อม", "no one in the set offers dye vats"),),
    ),
    Sme(
        "bhp-008", "en", "Kinfolk Hemp Label", HEMP, DOWN, "Bangkok",
        "studio@kinfolkhemp.com", (), ("green",),
        (("hemp shirts and wide-leg pants, sizes S-XL, wholesale", "hemp_garment"),),
        (
            N("indigo dyed hemp fabric, min 50 m per colour", "hemp_fabric_natural_dyed"),
            N("sewing factory for small runs, 100 pcs per style", "sewing_service"),
        ),
    ),
    Sme(
        "bhp-009", "th", "โรงย้อมสีธรรมชาติบ้านต้นเกลือ", HEMP, MID, "Chiang Mai",
        "tonkluea.dye@gmail.com", (), ("green",),
        (
            ("รับย้อมผ้าและเส้นด้ายด้วยสีธรรมชาติ เปลือกไม้ ครั่ง ขมิ้น", "natural_dyeing_service"),
            ("รับย้อมห้อม ย้อมคราม ผ้าของลูกค้า", "indigo_dyeing_service"),
        ),
        (
            N("ครั่ง เปลือกประดู่ ฝางแห้ง", "natural_dye_plant_material"),
            N("ห้อมเปียกคุณภาพดี เดือนละ 50 กิโล", "indigo_paste"),
        ),
    ),
    Sme(
        "bhp-010", "en", "Doi Tung Hemp Decortication", HEMP, UP, "Chiang Rai",
        "ops@doitunghemp.com", (), ("green", "circular"),
        (
            ("mechanical decortication of your hemp stalks, per tonne", "decortication_service"),
            ("hemp hurd / shiv from decortication, bagged", "hemp_hurd"),
        ),
        (U("spare blades for a decorticator", "no machine shop in the set"),),
    ),
    Sme(
        "bhp-011", "th", "กลุ่มผู้ปลูกกัญชงอุ้มผาง", HEMP, UP, "Tak",
        "umphang.kanchong@gmail.com", (), ("bio",),
        (
            ("ปอกัญชงลอกเปลือกแล้ว ตากแห้ง ขายเป็นกิโล", "hemp_bast_fibre"),
            ("ลำต้นกัญชงแห้งทั้งต้น", "hemp_stalk_dried"),
        ),
        (N("เมล็ดกัญชงปลูกได้ มีใบอนุญาต", "hemp_seed_planting"),),
    ),
    Sme(
        "bhp-012", "en", "Mae Chaem Fibre Works", HEMP, MID, "Chiang Mai",
        "maechaemfibre@gmail.com", (), ("bio",),
        (
            ("degumming of hemp bast with ash or soda, your fibre", "degumming_service"),
            ("softened hemp fibre, degummed, ready to spin", "hemp_fibre_degummed"),
        ),
        (N("raw hemp bark strips, sun dried", "hemp_bast_fibre"),),
    ),
    Sme(
        "bhp-013", "th", "ร้านกระเป๋ากัญชงนิมมาน", HEMP, DOWN, "Chiang Mai",
        "nimman.hempbag@gmail.com", (), ("green",),
        (("กระเป๋าผ้ากัญชงเขียนเทียน ทำมือ", "hemp_bag"),),
        (
            N("ผ้าเขียนเทียนลายม้ง เนื้อกัญชง ขายส่ง", "hemp_batik_fabric"),
            N("ช่างเย็บรับงานตัดเย็บกระเป๋า", "sewing_service"),
        ),
    ),
    Sme(
        "bhp-014", "en", "Nang Lae Pineapple Leaf Fibre Group", HEMP, MID, "Chiang Rai",
        "nanglae.palf@gmail.com", ("OTOP",), ("bio", "circular"),
        (
            ("pineapple leaf fibre (PALF), scraped and dried", "pineapple_leaf_fibre"),
            ("PALF / cotton blended yarn 60/40", "pineapple_leaf_yarn"),
        ),
        (U("a scraping machine that does not break the fibre", "no equipment maker in the set"),),
    ),
    Sme(
        "bhp-015", "th", "กลุ่มเส้นใยกล้วยบ้านวังแดง", HEMP, UP, "Uttaradit",
        "wangdaeng.banana@gmail.com", (), ("bio", "circular"),
        (
            ("เส้นใยกาบกล้วยตานีขูดแห้ง", "banana_fibre_raw"),
            ("ด้ายใยกล้วยผสมฝ้าย", "banana_yarn"),
        ),
        (N("รับจ้างต้มลอกกาวเส้นใย", "degumming_service"),),
    ),
    Sme(
        "bhp-016", "en", "Akha Hill Retreat", HEMP, DOWN, "Chiang Mai",
        "stay@akhahillretreat.com", (), ("green",),
        (),
        (
            N("cushion covers in hemp cloth, natural colour, 45x45, for 30 villas", "hemp_home_textile"),
            N("water hyacinth laundry baskets", "water_hyacinth_woven_goods"),
            U("daily linen laundry service", "no laundry in the set"),
        ),
    ),
    Sme(
        "bhp-017", "th", "ม้งเขาค้อ ผ้าปักลาย", HEMP, MID, "Phetchabun",
        "khaokho.embroidery@gmail.com", ("OTOP",), ("bio",),
        (
            ("ผ้าปักลายม้ง ชิ้นสำหรับติดกระเป๋า", "hmong_embroidered_panel"),
            ("รับปักลายม้งบนเสื้อผ้าของลูกค้า", "embroidery_service"),
        ),
        (N("ผ้ากัญชงย้อมครามแล้ว สำหรับทำพื้น", "hemp_fabric_natural_dyed"),),
    ),
    Sme(
        "bhp-018", "en", "Sankampaeng Indigo House", HEMP, MID, "Chiang Mai",
        "sales@sankampaengindigo.com", ("OEKO-TEX Standard 100",), ("green",),
        (
            ("indigo dyed hemp fabric, 3 shades, 60 cm wide", "hemp_fabric_natural_dyed"),
            ("hemp-cotton 55/45 cloth, indigo or undyed", "hemp_cotton_blend_fabric"),
        ),
        (
            N("undyed hemp cloth, hand-woven, 100 m a month", "hemp_fabric_greige"),
            N("natural indigo paste, fermented", "indigo_paste"),
        ),
    ),
    Sme(
        "bhp-019", "th", "ร้านของฝากผ้าทอม้ง แม่สาย", HEMP, DOWN, "Chiang Rai",
        "maesai.hmongshop@gmail.com", (), (),
        (("ย่ามผ้ากัญชง ย่ามลายม้ง ราคาส่ง", "hemp_bag"),),
        (
            N("ผ้าปักม้งชิ้นเล็ก ไว้ติดย่าม", "hmong_embroidered_panel"),
            N("เสื้อกัญชงย้อมคราม มาขายในร้าน", "hemp_garment"),
        ),
    ),
    Sme(
        "bhp-020", "en", "Northern Fibre Waste Collectors", CIRC, UP, "Chiang Mai",
        "collect@northernfibrewaste.com", (), ("circular",),
        (
            ("sorted cotton cutting waste from garment shops, by colour", "cotton_offcuts"),
            ("hemp cloth offcuts and selvedge ends", "hemp_fabric_offcuts"),
        ),
        (N("post-consumer clothes, sorted, by the bale", "post_consumer_clothing"),),
    ),
]

SMES += [
    Sme(
        "bhp-021", "th", "กลุ่มปอแก้วบ้านนาดี", HEMP, UP, "Roi Et",
        "nadee.kenaf@gmail.com", (), ("bio",),
        (
            ("ปอแก้วแช่น้ำแล้ว ลอกเป็นเส้น มัดละ 10 กก.", "kenaf_fibre"),
            ("กระสอบปอเปล่า บรรจุได้ 25-50 กิโล", "jute_sack"),
        ),
        (N("เชือกป่านศรนารายณ์ ม้วนใหญ่", "sisal_rope"),),
    ),
    Sme(
        "bhp-022", "en", "Siam Jute Weavers", HEMP, MID, "Nakhon Pathom",
        "order@siamjute.co.th", (), ("bio", "green"),
        (
            ("hessian / burlap cloth 10 oz, 100 cm rolls", "jute_burlap_fabric"),
            ("jute twine 3-ply, 1 kg spools", "jute_yarn_twine"),
        ),
        (N("kenaf or jute fibre, retted, by the tonne", "kenaf_fibre"),),
    ),
    Sme(
        "bhp-023", "th", "ฮอมฮัก ผ้าม่านและหมอนอิงกัญชง", HEMP, DOWN, "Chiang Mai",
        "homhak.home@gmail.com", (), ("green",),
        (
            ("ปลอกหมอนอิงผ้ากัญชง 45x45 มีซิป", "hemp_home_textile"),
            ("ผ้ารองจาน ผ้าปูโต๊ะกัญชงย้อมห้อม", "hemp_home_textile"),
        ),
        (
            N("ผ้าฝ้ายผสมกัญชง หน้ากว้าง เย็บง่าย", "hemp_cotton_blend_fabric"),
            N("ผ้ากัญชงย้อมคราม โทนเข้ม", "hemp_fabric_natural_dyed"),
        ),
    ),
    Sme(
        "bhp-024", "en", "Bang Pa-in Water Hyacinth Craft", HEMP, UP, "Ayutthaya",
        "bangpain.hyacinth@gmail.com", ("OTOP",), ("bio", "circular"),
        (
            ("dried water hyacinth stems, 60-80 cm, per bundle", "water_hyacinth_dried"),
            ("hand-woven water hyacinth baskets and trays", "water_hyacinth_woven_goods"),
        ),
        (N("stitching of fabric liners for our baskets", "sewing_service"),),
    ),
    Sme(
        "bhp-025", "th", "ด้ายใยไผ่ปราจีน", HEMP, UP, "Prachinburi",
        "prachin.bamboo@gmail.com", ("OEKO-TEX Standard 100",), ("bio",),
        (("เส้นด้ายใยไผ่ 30/1 สำหรับถักและทอ", "bamboo_yarn"),),
        (N("รับจ้างทอผ้าจากเส้นด้ายที่เราส่งไป", "handloom_weaving_service"),),
    ),
    Sme(
        "bhp-026", "en", "ActiveWeave Technical Textiles", SPORT, MID, "Samut Prakan",
        "rd@activeweave.co.th", ("ISO 9001",), ("green",),
        (
            ("moisture wicking knit, bamboo/poly, 160 gsm", "moisture_wicking_fabric"),
            ("hemp-blend jersey for sportswear, antibacterial", "hemp_blend_jersey"),
        ),
        (
            N("bamboo yarn 30s, OEKO-TEX certified", "bamboo_yarn", certs=("OEKO-TEX Standard 100",)),
            N("hemp yarn, machine spun, Nm 20", "hemp_yarn_spun"),
        ),
    ),
    Sme(
        "bhp-027", "th", "โรงปั่นด้ายกัญชงเชียงของ", HEMP, MID, "Chiang Rai",
        "chiangkhong.spin@gmail.com", (), ("bio",),
        (
            ("ด้ายกัญชงปั่นเครื่อง เบอร์ Nm 12-20", "hemp_yarn_spun"),
            ("รับปั่นเส้นใยของลูกค้า ขั้นต่ำ 50 กก.", "spinning_service"),
        ),
        (N("เส้นใยกัญชงที่ลอกกาวแล้ว นุ่ม พร้อมปั่น", "hemp_fibre_degummed"),),
    ),
    Sme(
        "bhp-028", "en", "Golden Years Care Home", ALC, DOWN, "Nonthaburi",
        "purchasing@goldenyearscare.com", (), (),
        (),
        (
            N("washable bed pads for 60 beds", "washable_underpad"),
            N("bath towels, soft, bamboo preferred", "bamboo_towel", "cotton_towel"),
        ),
    ),
    Sme(
        "bhp-029", "th", "โรงงานตัดเย็บสามพราน", ALC, MID, "Nakhon Pathom",
        "sampran.sewing@gmail.com", ("ISO 9001",), (),
        (
            ("รับตัดเย็บเสื้อผ้า CMT ลูกค้าส่งผ้ามา ขั้นต่ำ 100 ตัว", "sewing_service"),
            ("ผ้ารองซับปัสสาวะผู้ป่วย ซักได้", "washable_underpad"),
        ),
        (N("ผ้าฝ้ายทอมือ หน้ากว้าง 1 เมตร สำหรับชุดผู้สูงอายุ", "cotton_handwoven_fabric"),),
    ),
    Sme(
        "bhp-030", "en", "Krungthep Secondhand Textile Trading", CIRC, UP, "Bangkok",
        "krungthep.secondhand@gmail.com", (), ("circular",),
        (("used clothing bales 45 kg, grade B for recycling", "post_consumer_clothing"),),
        (N("cotton cutting waste, white only", "cotton_offcuts"),),
    ),
    Sme(
        "bhp-031", "th", "สวนไม้ย้อมสีลำพูน", HEMP, UP, "Lamphun",
        "lamphun.dyeplants@gmail.com", (), ("bio",),
        (
            ("ครั่งดิบ ฝาง เปลือกมะพูด แห้ง บรรจุถุง", "natural_dye_plant_material"),
            ("ใบห้อมสด ตัดตามออเดอร์", "indigo_leaf_fresh"),
        ),
        (N("ถุงกระสอบปอสำหรับใส่เปลือกไม้", "jute_sack"),),
    ),
    Sme(
        "bhp-032", "en", "Andaman Hemp Spa", HEMP, DOWN, "Phuket",
        "spa@andamanhemp.com", (), ("green",),
        (),
        (
            N("spa robes in hemp or cotton, 40 pcs", "spa_robe"),
            N("herbal compress balls, Thai FDA registered", "herbal_compress_ball", certs=("Thai FDA",)),
        ),
    ),
    Sme(
        "bhp-033", "th", "ครามสกล บ้านดอนกอย", HEMP, MID, "Sakon Nakhon",
        "donkoi.khram@gmail.com", ("OTOP",), ("bio", "green"),
        (
            ("ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ", "indigo_cotton_fabric"),
            ("รับย้อมครามเส้นฝ้ายและผ้าของลูกค้า", "indigo_dyeing_service"),
        ),
        (N("ฝ้ายเข็นมือ เส้นดิบ", "cotton_yarn_handspun"),),
    ),
    Sme(
        "bhp-034", "en", "Blue Field Homeware", HEMP, DOWN, "Bangkok",
        "buy@bluefieldhome.com", (), ("green",),
        (("indigo table runners and napkins, retail packed", "cotton_home_textile"),),
        (
            N("hand-woven indigo cotton, 100 m per quarter, OTOP not required", "indigo_cotton_fabric",
              waives=("OTOP",)),
            N("someone to dye our own cotton cloth with indigo, 200 m", "indigo_dyeing_service"),
        ),
    ),
    Sme(
        "bhp-035", "th", "กลุ่มปกาเกอะญอเข็นฝ้ายมือ แม่ลาน้อย", HEMP, UP, "Mae Hong Son",
        "maelanoi.cotton@gmail.com", (), ("bio",),
        (("ฝ้ายเข็นมือ สีตุ่น สีขาว ขายเป็นกิโล", "cotton_yarn_handspun"),),
        (
            N("ปุยฝ้ายอินทรีย์ มีใบรับรอง Organic Thailand", "raw_cotton_organic",
              certs=("Organic Thailand",)),
        ),
    ),
    Sme(
        "bhp-036", "en", "Bueng Boraphet Lotus Fibre", HEMP, UP, "Nakhon Sawan",
        "boraphet.lotus@gmail.com", (), ("bio",),
        (
            ("lotus stem fibre, hand-pulled, very small batches", "lotus_stem_fibre"),
            ("lotus-cotton yarn on cones", "lotus_yarn"),
        ),
        (N("anyone able to weave the lotus yarn we send?", "handloom_weaving_service"),),
    ),
    Sme(
        "bhp-037", "th", "ยิมไลฟ์ ชุดโยคะผ้าใยไผ่", SPORT, DOWN, "Bangkok",
        "gymlife.yoga@gmail.com", (), ("green",),
        (("ชุดโยคะผ้าใยไผ่ เลกกิ้ง สปอร์ตบรา", "sportswear_garment"),),
        (N("ผ้าใยไผ่ระบายเหงื่อดี", "moisture_wicking_fabric"),),
    ),
    Sme(
        "bhp-038", "en", "Ruam Phaet Nursing Home", ALI, DOWN, "Khon Kaen",
        "ruamphaet.nursing@gmail.com", (), (),
        (),
        (
            N("washable incontinence pads / bed pads", "washable_underpad"),
            N("herbal compress balls for physio, Thai FDA not needed", "herbal_compress_ball",
              waives=("Thai FDA",)),
        ),
    ),
    Sme(
        "bhp-039", "th", "กลุ่มฝ้ายอินทรีย์นาแห้ว", ALI, UP, "Loei",
        "nahaeo.cotton@gmail.com", ("Organic Thailand",), ("bio", "green"),
        (
            ("ฝ้ายอินทรีย์ทั้งเมล็ด เก็บมือ", "raw_cotton_organic"),
            ("ฝ้ายเข็นมือจากฝ้ายอินทรีย์", "cotton_yarn_handspun"),
        ),
        (N("กระสอบป่านใส่ฝ้าย", "jute_sack"),),
    ),
    Sme(
        "bhp-040", "en", "Thonburi Towel Mill", ALC, MID, "Bangkok",
        "sales@thonburitowel.com", ("OEKO-TEX Standard 100",), (),
        (
            ("bamboo terry towels 70x140", "bamboo_towel"),
            ("cotton hand towels, 16 ply", "cotton_towel"),
            ("spa robes, waffle cotton, S-XL", "spa_robe"),
        ),
        (N("bamboo yarn for terry pile", "bamboo_yarn"),),
    ),
]

SMES += [
    Sme(
        "bhp-041", "th", "ไร่ป่านศรนารายณ์ปราณบุรี", HEMP, UP, "Prachuap Khiri Khan",
        "pranburi.sisal@gmail.com", (), ("bio",),
        (
            ("ใยป่านศรนารายณ์ตากแห้ง ขายส่ง", "sisal_fibre"),
            ("เชือกป่านบิดมือ ขนาด 6-12 มม.", "sisal_rope"),
        ),
        (U("รถกระบะรับจ้างขนใยป่านเข้ากรุงเทพ", "no transport firm in the set"),),
    ),
    Sme(
        "bhp-042", "en", "Surin Herbal Compress Co.", ALI, MID, "Surin",
        "surin.compress@gmail.com", ("Thai FDA", "OTOP"), ("bio",),
        (("herbal compress balls 150 g, plai and lemongrass, wrapped in cotton", "herbal_compress_ball"),),
        (N("hand-woven cotton squares 30x30 cm for wrapping", "cotton_handwoven_fabric"),),
    ),
    Sme(
        "bhp-043", "th", "สปาแผนไทยบ้านสมุนไพร อุดร", ALI, DOWN, "Udon Thani",
        "baansamunprai.udon@gmail.com", (), ("bio",),
        (("ลูกประคบสมุนไพรทำเอง ขายหน้าร้าน", "herbal_compress_ball"),),
        (
            N("ผ้าขนหนูใยไผ่สำหรับห่อตัวลูกค้า", "bamboo_towel"),
            N("เสื้อผ้าฝ้ายย้อมครามสำหรับพนักงาน 20 ชุด", "cotton_garment"),
        ),
    ),
    Sme(
        "bhp-044", "th", "กลุ่มจักสานธูปฤาษีบ้านโนนสะอาด", HEMP, UP, "Nong Bua Lam Phu",
        "nonsaat.cattail@gmail.com", ("OTOP",), ("bio", "circular"),
        (
            ("ใบธูปฤาษีตากแห้ง มัดละ 3 กก.", "cattail_leaf_dried"),
            ("เสื่อและกระเป๋าสานธูปฤาษี", "cattail_woven_goods"),
        ),
        (N("ช่างเย็บซับในกระเป๋าสาน", "sewing_service"),),
    ),
    Sme(
        "bhp-045", "en", "Sukhumvit Eco Concept Store", HEMP, DOWN, "Bangkok",
        "buying@sukhumviteco.com", (), ("green",),
        (),
        (
            N("woven cattail or water hyacinth baskets, mixed sizes", "cattail_woven_goods",
              "water_hyacinth_woven_goods"),
            N("hemp tote bags with batik panel, 200 pcs", "hemp_bag"),
            N("jute shopping bags with printed logo", "jute_bag"),
        ),
    ),
    Sme(
        "bhp-046", "th", "ม่อฮ่อมแม่ทุ่งโฮ้ง", HEMP, DOWN, "Phrae",
        "thunghong.mohom@gmail.com", ("OTOP",), ("green",),
        (
            ("เสื้อม่อฮ่อมผ้าฝ้ายย้อมห้อม คอจีน กระดุมผ้า", "cotton_garment"),
            ("รับตัดชุดม่อฮ่อมเป็นยูนิฟอร์ม ปักชื่อร้านให้", "cotton_garment"),
        ),
        (
            N("ผ้าฝ้ายทอมือสีขาว ยังไม่ย้อม", "cotton_handwoven_fabric"),
            N("รับย้อมห้อมผ้าฝ้ายของเราเป็นล็อต", "indigo_dyeing_service"),
        ),
    ),
    Sme(
        "bhp-047", "en", "Pa Sang Cotton Weavers", HEMP, MID, "Lamphun",
        "pasang.weavers@gmail.com", (), ("green",),
        (("hand-loomed cotton fabric, white and natural, 90 cm", "cotton_handwoven_fabric"),),
        (N("handspun cotton yarn, natural brown", "cotton_yarn_handspun"),),
    ),
    Sme(
        "bhp-048", "th", "รีไซเคิลผ้าเก่าเป็นเส้นใย มหาชัย", CIRC, MID, "Samut Sakhon",
        "mahachai.recycle@gmail.com", ("GRS",), ("circular",),
        (
            ("เส้นใยฝ้ายรีไซเคิลจากเศษผ้า ตีเปื่อยแล้ว", "recycled_cotton_fibre"),
            ("แผ่นใยสักหลาดจากเศษผ้าเก่า ใช้บุหรือกันเสียง", "recycled_felt"),
        ),
        (
            N("เศษผ้าฝ้ายจากโรงตัด แยกสีแล้ว", "cotton_offcuts"),
            N("เสื้อผ้ามือสองคัดเกรด เป็นก้อน", "post_consumer_clothing"),
        ),
    ),
    Sme(
        "bhp-049", "en", "ReThread Yarns", CIRC, MID, "Bangkok",
        "hello@rethreadyarns.com", ("GRS",), ("circular",),
        (("recycled cotton yarn Ne 10, GRS, melange colours", "recycled_cotton_yarn"),),
        (
            N("recycled cotton fibre, GRS certified, from pre-consumer waste", "recycled_cotton_fibre",
              certs=("GRS",)),
        ),
    ),
    Sme(
        "bhp-050", "th", "อัพไซเคิลเศษผ้ากัญชง ช่างเผือก", CIRC, DOWN, "Chiang Mai",
        "changpueak.upcycle@gmail.com", (), ("circular",),
        (
            ("กระเป๋าปะติดเศษผ้ากัญชง ชิ้นเดียวในโลก", "hemp_bag"),
            ("พวงกุญแจ ที่คาดผม จากเศษผ้า", "upcycled_small_goods"),
        ),
        (N("เศษผ้ากัญชงจากโรงทอ ริมผ้า ชิ้นเล็กก็เอา", "hemp_fabric_offcuts"),),
    ),
    Sme(
        "bhp-051", "en", "Nimman Hemp House Hotel", HEMP, DOWN, "Chiang Mai",
        "gm@nimmanhemphouse.com", (), ("green",),
        (),
        (
            N("laundry bags for rooms, hemp or jute", "hemp_bag", "jute_bag"),
            N("room slippers in natural fibre, banana or hemp", "natural_fibre_slippers"),
        ),
    ),
    Sme(
        "bhp-052", "th", "กลุ่มทอผ้าฝ้ายมัดหมี่บ้านนาโพธิ์", ALI, MID, "Buriram",
        "napho.mudmee@gmail.com", ("OTOP",), ("green",),
        (
            ("ผ้าฝ้ายมัดหมี่ ทอมือ ผืนละ 2 เมตร", "cotton_mudmee_fabric"),
            ("ผ้าขาวม้าฝ้าย", "pha_khao_ma"),
        ),
        (N("ฝ้ายเข็นมือ ย้อมแล้วหรือยังไม่ย้อมก็ได้", "cotton_yarn_handspun"),),
    ),
    Sme(
        "bhp-053", "en", "Korat Senior Wellness Centre", ALI, DOWN, "Nakhon Ratchasima",
        "korat.seniorwellness@gmail.com", (), (),
        (),
        (
            N("pha khao ma cotton loincloths as gifts for residents, 300 pcs", "pha_khao_ma"),
            N("anti-slip socks for elderly, sizes M/L", "anti_slip_socks"),
            N("adaptive clothing with magnetic buttons", "adaptive_garment"),
        ),
    ),
    Sme(
        "bhp-054", "th", "โรงงานถุงเท้าราชบุรีนิตติ้ง", SPORT, MID, "Ratchaburi",
        "ratchaburi.knitting@gmail.com", (), (),
        (
            ("ถุงเท้ากันลื่นผู้สูงอายุ มีปุ่มยาง", "anti_slip_socks"),
            ("ถุงเท้ากีฬาใยไผ่ ระบายอากาศ", "sports_socks"),
        ),
        (N("ด้ายใยไผ่สำหรับเครื่องถักถุงเท้า", "bamboo_yarn"),),
    ),
    Sme(
        "bhp-055", "th", "กลุ่มทอผ้ากัญชงบ้านร่มฟ้าทอง", HEMP, MID, "Phayao",
        "romfathong.hemp@gmail.com", (), ("bio",),
        (
            ("ผ้าใยกัญชงทอมือ สีขาวนวล ยังไม่ย้อม", "hemp_fabric_greige"),
            ("ผ้ากัญชงย้อมห้อม ย้อมเปลือกไม้", "hemp_fabric_natural_dyed"),
        ),
        (N("ด้ายกัญชงต่อมือ ใช้เป็นเส้นยืน", "hemp_thread_handspliced"),),
    ),
    Sme(
        "bhp-056", "en", "Tropic Nomad Bags", HEMP, DOWN, "Bangkok",
        "make@tropicnomad.co", (), ("green",),
        (("canvas and jute tote bags, custom logo, MOQ 300", "jute_bag"),),
        (N("burlap 10-12 oz in rolls", "jute_burlap_fabric"),),
    ),
    Sme(
        "bhp-057", "th", "บ้านพักผู้สูงอายุสุขใจ อัมพวา", ALC, DOWN, "Samut Songkhram",
        "sukjai.amphawa@gmail.com", (), (),
        (),
        (
            N("ชุดผู้ป่วยผ่าหน้า ติดแม่เหล็ก ใส่ง่าย", "adaptive_garment"),
            N("ผ้ารองกันเปื้อนบนเตียง ซักได้", "washable_underpad"),
        ),
    ),
    Sme(
        "bhp-058", "en", "CareWear Adaptive Apparel", ALC, MID, "Pathum Thani",
        "orders@carewear.co.th", ("OEKO-TEX Standard 100",), (),
        (
            ("adaptive shirts with magnetic closures", "adaptive_garment"),
            ("open-back hospital gowns, cotton", "hospital_gown"),
        ),
        (
            U(
                "bamboo jersey 180 gsm, OEKO-TEX Standard 100 required",
                "the only bamboo jersey knitter holds no OEKO-TEX",
                certs=("OEKO-TEX Standard 100",),
            ),
        ),
    ),
    Sme(
        "bhp-059", "th", "กลุ่มม้งดอยมูเซอ ทอผ้าใยกัญชง", HEMP, MID, "Tak",
        "doimusoe.hmong@gmail.com", (), ("bio",),
        (
            ("ใยกัญชงต่อเส้นแล้ว ปั่นเกลียว เป็นไจ", "hemp_thread_handspliced"),
            ("กระโปรงม้งจีบรอบ ผ้ากัญชงเขียนเทียน", "hmong_pleated_skirt"),
        ),
        (N("ขี้ผึ้งสำหรับเขียนเทียนลายผ้า", "beeswax"),),
    ),
    Sme(
        "bhp-060", "en", "Si Satchanalai Natural Slippers", HEMP, DOWN, "Sukhothai",
        "sisat.slippers@gmail.com", (), ("bio", "green"),
        (("hotel slippers, banana fibre upper, closed toe", "natural_fibre_slippers"),),
        (
            N("banana fibre yarn, thick, for slipper uppers", "banana_yarn"),
            N("hessian cloth for slipper soles", "jute_burlap_fabric"),
        ),
    ),
]

SMES += [
    Sme(
        "bhp-061", "th", "ไร่กัญชงบ่อเกลือ", HEMP, UP, "Nan",
        "bokluea.hemp@gmail.com", (), ("bio",),
        (("เปลือกกัญชงดิบ ลอกจากต้นสด ตากแห้ง", "hemp_bast_fibre"),),
        (
            N("อยากได้เมล็ดกัญชงพันธุ์ใยยาว ปลูกฤดูฝนนี้", "hemp_seed_planting"),
            U("ที่ปรึกษาเรื่องขออนุญาตปลูกกัญชง", "no licensing adviser in the set"),
        ),
    ),
    Sme(
        "bhp-062", "en", "Pineapple Thread Atelier", HEMP, DOWN, "Bangkok",
        "atelier@pineapplethread.com", (), ("bio", "circular"),
        (("wallets and clutches in pineapple leaf cloth", "pineapple_leaf_accessories"),),
        (
            N("woven pineapple leaf fabric, 50 m", "pineapple_leaf_fabric"),
            N("PALF yarn, blended is ok", "pineapple_leaf_yarn"),
        ),
    ),
    Sme(
        "bhp-063", "th", "ผ้าทอใยสับปะรดบ้านเพ", HEMP, MID, "Rayong",
        "banphe.palf@gmail.com", ("OTOP",), ("bio", "circular"),
        (("ผ้าทอใยสับปะรด ผสมฝ้าย หน้ากว้าง 80 ซม.", "pineapple_leaf_fabric"),),
        (N("เส้นใยใบสับปะรดขูดแล้ว", "pineapple_leaf_fibre"),),
    ),
    Sme(
        "bhp-064", "en", "Lotus Heritage Textiles", HEMP, DOWN, "Bangkok",
        "lotusheritage.th@gmail.com", (), ("bio",),
        (("lotus fibre scarves, limited runs", "lotus_scarf"),),
        (
            N("lotus yarn, pure or with cotton", "lotus_yarn"),
            N("weaving of our lotus yarn on commission", "handloom_weaving_service"),
        ),
    ),
    Sme(
        "bhp-065", "th", "ศูนย์รับซื้อเศษผ้าบ้านบึง", CIRC, UP, "Chonburi",
        "banbueng.scrap@gmail.com", (), ("circular",),
        (
            ("เศษผ้าโรงงานการ์เมนต์ ผ้าฝ้าย 100% ตันละ", "cotton_offcuts"),
            ("เศษผ้าโพลีเอสเตอร์ เศษผ้าผสม", "polyester_offcuts"),
        ),
        (U("เครื่องอัดก้อนเศษผ้ามือสอง", "no equipment seller in the set"),),
    ),
    Sme(
        "bhp-066", "en", "Pattaya Run Club Gear", SPORT, DOWN, "Chonburi",
        "team@pattayarunclub.com", (), ("green",),
        (("running tees and shorts, own brand", "sportswear_garment"),),
        (
            N("recycled polyester performance fabric, GRS", "rpet_fabric", certs=("GRS",)),
            N("bamboo sports socks, 1000 pairs", "sports_socks"),
        ),
    ),
    Sme(
        "bhp-067", "th", "ผ้ารีไซเคิลขวดพลาสติก บางพลี", SPORT, MID, "Samut Prakan",
        "bangplee.rpet@gmail.com", ("GRS",), ("circular",),
        (("ผ้าโพลีเอสเตอร์รีไซเคิลจากขวด PET ได้ GRS", "rpet_fabric"),),
        (N("เศษผ้าโพลีเอสเตอร์ไว้หลอมทำเม็ด", "polyester_offcuts"),),
    ),
    Sme(
        "bhp-068", "en", "Ubon Community Hospital", ALI, DOWN, "Ubon Ratchathani",
        "supply@uboncommunityhospital.org", (), (),
        (),
        (
            N("patient gowns, open back, cotton", "hospital_gown"),
            U("disposable underpads, medical grade, ISO 13485", "no ISO 13485 maker in the set",
              certs=("ISO 13485",)),
        ),
    ),
    Sme(
        "bhp-069", "th", "กลุ่มหมอนขิดและผ้าห่มนวม ยโสธร", ALI, MID, "Yasothon",
        "yasothon.khit@gmail.com", ("OTOP",), ("green",),
        (
            ("หมอนขวานผ้าขิด หมอนอิงสามเหลี่ยม", "khit_pillow"),
            ("ผ้าห่มนวมฝ้ายเย็บมือ", "cotton_quilt"),
        ),
        (
            N("นุ่นสำหรับยัดหมอน", "kapok_fibre"),
            N("ผ้าฝ้ายทอมือสำหรับทำปลอกหมอน", "cotton_handwoven_fabric"),
        ),
    ),
    Sme(
        "bhp-070", "en", "Hua Hin Longevity Resort", ALC, DOWN, "Prachuap Khiri Khan",
        "procurement@huahinlongevity.com", (), ("green",),
        (),
        (
            N("triangle khit cushions for the lounge", "khit_pillow"),
            N("spa robes, waffle, 80 pcs, OEKO-TEX Standard 100", "spa_robe", certs=("OEKO-TEX Standard 100",)),
            N("herbal compress for spa, FDA Thailand registered", "herbal_compress_ball", certs=("Thai FDA",)),
        ),
    ),
    Sme(
        "bhp-071", "th", "สวนนุ่นบ้านแท่น", HEMP, UP, "Chaiyaphum",
        "baantaen.kapok@gmail.com", (), ("bio",),
        (("นุ่นแกะเมล็ดแล้ว อัดถุง", "kapok_fibre"),),
        (N("กระสอบปอใส่นุ่น", "jute_sack"),),
    ),
    Sme(
        "bhp-072", "en", "Mae Rim Beeswax Batik Lab", HEMP, MID, "Chiang Mai",
        "lab@maerimbatik.com", (), ("bio",),
        (
            ("batik on hemp, cotton or silk you send us, per metre", "batik_service"),
            ("hemp batik yardage, indigo and white", "hemp_batik_fabric"),
        ),
        (
            N("beeswax, 20 kg a month, Organic Thailand not required", "beeswax", waives=("Organic Thailand",)),
            N("hand-woven hemp, undyed, 38 cm", "hemp_fabric_greige"),
        ),
    ),
    Sme(
        "bhp-073", "th", "ร้านผ้าเขียนเทียนตลาดวโรรส", HEMP, DOWN, "Chiang Mai",
        "warorot.batik@gmail.com", (), (),
        (("ผ้าซิ่นฝ้ายทอมือ ขายปลีก", "cotton_sarong"),),
        (
            N("หาคนเขียนเทียนบนผ้าฝ้ายที่ร้านส่งไปให้", "batik_service"),
            N("ผ้ากัญชงเขียนเทียนย้อมคราม สั่งทุกเดือน", "hemp_batik_fabric"),
        ),
    ),
    Sme(
        "bhp-074", "en", "Second Loop Furniture", CIRC, DOWN, "Bangkok",
        "studio@secondloop.co.th", (), ("circular",),
        (("acoustic wall panels from recycled felt", "acoustic_panel"),),
        (
            N("recycled textile felt sheets, 10 mm", "recycled_felt"),
            N("hemp hurd for bio-composite boards", "hemp_hurd"),
        ),
    ),
    Sme(
        "bhp-075", "th", "กลุ่มใยกล้วยหอมทองปะทิว", HEMP, UP, "Chumphon",
        "pathio.banana@gmail.com", (), ("bio", "circular"),
        (("เส้นใยก้านกล้วย ขูดเครื่อง ตากแห้ง", "banana_fibre_raw"),),
        (N("มีใครรับปั่นใยกล้วยเป็นเส้นด้ายบ้างคะ", "spinning_service"),),
    ),
    Sme(
        "bhp-076", "en", "Baan Kluay Paper and Yarn", HEMP, MID, "Kamphaeng Phet",
        "baankluay.kpp@gmail.com", (), ("bio",),
        (
            ("banana fibre paper, A4 and A3", "banana_paper"),
            ("banana-cotton yarn, dyed", "banana_yarn"),
        ),
        (N("raw banana trunk fibre, dried", "banana_fibre_raw"),),
    ),
    Sme(
        "bhp-077", "th", "ศูนย์ดูแลผู้สูงอายุบ้านอุ่นรัก ศรีสะเกษ", ALI, DOWN, "Sisaket",
        "aunrak.sisaket@gmail.com", (), (),
        (),
        (
            N("ถุงเท้ากันลื่นสำหรับผู้สูงวัย 200 คู่ ไม่ต้องมี มอก.", "anti_slip_socks",
              waives=("Thai Industrial Standard",)),
            N("ผ้าขาวม้า ใช้เช็ดตัวผู้ป่วย", "pha_khao_ma"),
        ),
    ),
    Sme(
        "bhp-078", "en", "Eastern Coated Fabrics", SPORT, MID, "Chonburi",
        "tech@easterncoated.com", ("ISO 9001",), (),
        (("fluorine-free water-repellent coating on your fabric", "wr_finishing_service"),),
        (
            N("hemp-cotton canvas, 300 gsm, greige", "hemp_cotton_blend_fabric"),
            U("bluesign approved finishing chemicals", "no chemical supplier in the set", certs=("bluesign",)),
        ),
    ),
    Sme(
        "bhp-079", "th", "ร้านอุปกรณ์เดินป่าดอยสุเทพ", SPORT, DOWN, "Chiang Mai",
        "doisuthep.outdoor@gmail.com", (), (),
        (),
        (
            N("รับเคลือบกันน้ำผ้ากัญชงที่ร้านส่งไป", "wr_finishing_service"),
            N("ถุงเท้าเดินป่าใยไผ่", "sports_socks"),
        ),
    ),
    Sme(
        "bhp-080", "en", "Pai Valley Hemp Growers", HEMP, UP, "Mae Hong Son",
        "paivalley.hemp@gmail.com", ("Organic Thailand",), ("bio", "green"),
        (
            ("hemp stalks, dew-retted, baled", "hemp_stalk_dried"),
            ("hemp bast, hand-stripped, 20 kg bundles", "hemp_bast_fibre"),
        ),
        (N("decortication service for our stalks", "decortication_service"),),
    ),
]

SMES += [
    Sme(
        "bhp-081", "th", "อ่าวนาง กรีนวิลล่า รีสอร์ต", HEMP, DOWN, "Krabi",
        "aonang.greenvilla@gmail.com", (), ("green",),
        (),
        (
            N("ตะกร้าผักตบชวาใส่ผ้าเช็ดตัว 60 ใบ", "water_hyacinth_woven_goods"),
            N("รองเท้าแตะในห้องพัก ทำจากเส้นใยธรรมชาติ", "natural_fibre_slippers"),
            U("รับซักผ้าปูที่นอนรายวัน ในกระบี่", "no laundry in the set"),
        ),
    ),
    Sme(
        "bhp-082", "th", "กลุ่มจักสานกระจูดทะเลน้อย", HEMP, UP, "Phatthalung",
        "thalenoi.krajood@gmail.com", ("OTOP",), ("bio",),
        (
            ("ต้นกระจูดตากแห้ง รีดแบนแล้ว", "krajood_dried"),
            ("กระเป๋า เสื่อ กระจูดสาน", "krajood_woven_goods"),
        ),
        (N("สีธรรมชาติสำหรับย้อมกระจูด เช่น ครั่ง ฝาง", "natural_dye_plant_material"),),
    ),
    Sme(
        "bhp-083", "en", "Hat Yai Green Market Shop", HEMP, DOWN, "Songkhla",
        "hatyai.greenmarket@gmail.com", (), ("green",),
        (),
        (
            N("krajood sedge bags and mats", "krajood_woven_goods"),
            N("hemp or cotton shirts, indigo, S-XL", "hemp_garment", "cotton_garment"),
        ),
    ),
    Sme(
        "bhp-084", "th", "ร้านอุปกรณ์ผู้สูงอายุ บางกะปิ", ALC, DOWN, "Bangkok",
        "bangkapi.elderly@gmail.com", (), (),
        (),
        (
            N("เสื้อผ้าผู้สูงอายุแบบติดแม่เหล็ก ใส่ง่าย", "adaptive_garment"),
            N("ถุงเท้ากันลื่น", "anti_slip_socks"),
        ),
    ),
    Sme(
        "bhp-085", "th", "โรงงานผ้าปูที่นอนนนทบุรี", ALC, MID, "Nonthaburi",
        "nonthaburi.bedding@gmail.com", ("ISO 9001",), ("circular",),
        (("ผ้าปูที่นอนผ้าฝ้าย เกรดโรงพยาบาล", "hospital_bed_sheet"),),
        (N("ด้ายฝ้ายรีไซเคิล เบอร์ 10 ต้องมี GRS", "recycled_cotton_yarn", certs=("GRS",)),),
    ),
    Sme(
        "bhp-086", "th", "น่านเฮมพ์ยาร์น", HEMP, MID, "Nan",
        "nanhempyarn@gmail.com", (), ("bio",),
        (("ด้ายกัญชงปั่นเครื่อง เบอร์ Nm 8 ย้อมสีได้", "hemp_yarn_spun"),),
        (N("ต้นกัญชงแห้งสำหรับเครื่องตีเส้นของเรา 5 ตัน", "hemp_stalk_dried"),),
    ),
    Sme(
        "bhp-087", "th", "ลำปางอัพไซเคิล กระเป๋าจากกระสอบ", CIRC, DOWN, "Lampang",
        "lampang.upcycle@gmail.com", (), ("circular",),
        (("กระเป๋าจากกระสอบกาแฟเก่า", "jute_bag"),),
        (N("กระสอบกาแฟใช้แล้ว สภาพดี ไม่ขาด", "used_jute_sack"),),
    ),
    Sme(
        "bhp-088", "en", "Doi Chaang Coffee Roasters", CIRC, UP, "Chiang Rai",
        "roastery@doichaangroasters.com", ("Organic Thailand",), ("circular",),
        (("used green-coffee jute sacks, 60 kg size, clean", "used_jute_sack"),),
        (N("new jute sacks for export, 60 kg", "jute_sack"),),
    ),
    Sme(
        "bhp-089", "th", "สุราษฎร์รีไซเคิลไฟเบอร์", SPORT, UP, "Surat Thani",
        "surat.recyclefibre@gmail.com", ("GRS",), ("circular",),
        (("เส้นใยโพลีเอสเตอร์รีไซเคิล rPET staple fibre", "rpet_staple_fibre"),),
        (U("ขวดพลาสติกใสอัดก้อน ส่งประจำ", "no bottle collector in the set"),),
    ),
    Sme(
        "bhp-090", "en", "Isan Adaptive Sewing Co-op", ALI, MID, "Khon Kaen",
        "isanadaptive@gmail.com", (), (),
        (
            ("adaptive tops in mudmee cotton, velcro side opening", "adaptive_garment"),
            ("sewing for others, cut and sew, small lots", "sewing_service"),
        ),
        (N("mudmee cotton, hand-woven, 200 m", "cotton_mudmee_fabric"),),
    ),
    Sme(
        "bhp-091", "th", "บ้านห้วยโป่งย้อมห้อม", HEMP, MID, "Mae Hong Son",
        "huaypong.hom@gmail.com", (), ("bio",),
        (("รับย้อมห้อมผ้ากัญชง ผ้าฝ้าย ลูกค้าส่งผ้ามาเอง", "indigo_dyeing_service"),),
        (N("ผ้ากัญชงดิบ ทอมือ", "hemp_fabric_greige"),),
    ),
    Sme(
        "bhp-092", "th", "คลินิกผู้สูงอายุสุขุมวิท", ALC, DOWN, "Bangkok",
        "sukhumvit.geriatric@gmail.com", (), (),
        (),
        (
            N("ผ้ารองซับซักได้ 500 ผืน มี OEKO-TEX ยิ่งดี", "washable_underpad",
              waives=("OEKO-TEX Standard 100",)),
            N("ชุดคนไข้ผ่าหลัง", "hospital_gown"),
            U("ถุงน่องทางการแพทย์ระดับ 2", "no compression hosiery maker in the set"),
        ),
    ),
    Sme(
        "bhp-093", "th", "อิฐกัญชงน่าน", CIRC, MID, "Nan",
        "nan.hempbrick@gmail.com", (), ("bio", "circular"),
        (("บล็อกก่อผนังจากแกนกัญชงผสมปูนขาว", "hempcrete_block"),),
        (
            N("แกนกัญชงสับ (hurd) เป็นกระสอบ", "hemp_hurd"),
            U("ปูนขาวไฮดรอลิก ส่งถึงน่าน", "no lime supplier in the set"),
        ),
    ),
    Sme(
        "bhp-094", "th", "กลุ่มปลูกครามบ้านโพน", ALI, UP, "Kalasin",
        "banphon.khram@gmail.com", ("OTOP",), ("bio",),
        (("เนื้อครามเปียก จากต้นครามปลูกเอง", "indigo_paste"),),
        (N("ผ้าฝ้ายทอมือ เอามาย้อมครามขาย", "cotton_handwoven_fabric"),),
    ),
    Sme(
        "bhp-095", "en", "Siam Hemp Export Co.", HEMP, DOWN, "Bangkok",
        "trade@siamhempexport.com", (), ("green",),
        (),
        (
            N("hand-spliced hemp thread, Fairtrade certified only", "hemp_thread_handspliced",
              certs=("Fairtrade",)),
            U("hemp batik fabric, GOTS certified, 500 m", "no batik maker in the set holds GOTS",
              certs=("GOTS",)),
        ),
    ),
]

# ---------------------------------------------------------------- end of data

if __name__ == "__main__":
    sys.exit(main())
