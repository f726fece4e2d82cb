"""Hand-labelled evaluation set: plain registry entries of a natural dye plants cluster.

Every SME, offer, need and label below was written by hand. Run from the repository root:

    .venv/bin/python eval/blind_plain_dyeplants/write.py

The script checks the data and, only if every check passes, writes `profiles.jsonl` and `links.csv`
next to itself and prints a counts table.
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

from shared.taxonomy import (  # noqa: E402
    CERTIFICATIONS,
    BcgTag,
    Stage,
    SubCluster,
    find_certifications,
    resolve_certification,
    resolve_province,
)

PREFIX = "bdp"
N_SMES = 95


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...] = ()
    certs: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()
    unmet: str = ""


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels`, from a supplier holding all `certs`."""
    return Need(text, tuple(labels), tuple(certs), tuple(waives), "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by no one in the set; `note` says why."""
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
    offers: list[tuple[str, str]] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)


SMES: list[Sme] = []

THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
LATIN_LETTER = re.compile("[A-Za-z]")
NON_LATIN = re.compile("[^\x00-\x7f\u00b0\u00d7\u2013\u2014\u2019]")
LABEL = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
SUB_CLUSTERS = {s.value for s in SubCluster}
STAGES = {s.value for s in Stage}
BCG_TAGS = {t.value for t in BcgTag}


def cert_of(name: str) -> str:
    resolved = resolve_certification(name)
    if resolved is None:
        raise ValueError(f"unknown certification {name!r}")
    return resolved


def names_cert(text: str, cert: str) -> bool:
    """Whether `text` mentions the certification at all (claimed, asked for or waived)."""
    folded = text.casefold()
    for c in CERTIFICATIONS:
        if c.name == cert:
            words = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(w.casefold() in folded for w in words)
    return False


def phrases(sme: Sme) -> list[str]:
    return [text for text, _ in sme.offers] + [need.text for need in sme.needs]


def holds(sme: Sme) -> set[str]:
    return {cert_of(c) for c in sme.certs}


def qualified(need: Need, supplier: Sme) -> bool:
    return any(label in need.labels for _, label in supplier.offers) and set(need.certs) <= holds(supplier)


def compute_links() -> list[tuple[str, str]]:
    links = set()
    for buyer in SMES:
        for need in buyer.needs:
            if need.unmet:
                continue
            for supplier in SMES:
                if supplier.id != buyer.id and qualified(need, supplier):
                    links.add((supplier.id, buyer.id))
    return sorted(links)


def check_smes(errors: list[str], warnings: list[str], partial: bool) -> None:
    ids = [s.id for s in SMES]
    expected = [f"{PREFIX}-{i:03d}" for i in range(1, len(SMES) + 1)]
    if ids != expected:
        errors.append("ids are not bdp-001 ... in order")
    if not partial and len(SMES) != N_SMES:
        errors.append(f"{len(SMES)} SMEs, want {N_SMES}")
    seen_phrases: dict[str, str] = {}
    for s in SMES:
        where = s.id
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang!r}")
        if s.sub not in SUB_CLUSTERS:
            errors.append(f"{where}: sub-cluster {s.sub!r}")
        if s.stage not in STAGES:
            errors.append(f"{where}: stage {s.stage!r}")
        if resolve_province(s.province) is None:
            errors.append(f"{where}: province {s.province!r}")
        for c in s.certs:
            if resolve_certification(c) is None:
                errors.append(f"{where}: certification {c!r}")
        if len(set(s.certs)) != len(s.certs):
            errors.append(f"{where}: repeated certification")
        for t in s.bcg:
            if t not in BCG_TAGS:
                errors.append(f"{where}: BCG tag {t!r}")
        if not EMAIL.match(s.email):
            errors.append(f"{where}: e-mail {s.email!r}")
        if not s.name.strip():
            errors.append(f"{where}: empty name")
        if not 0 <= len(s.offers) <= 4:
            errors.append(f"{where}: {len(s.offers)} offers")
        if not 1 <= len(s.needs) <= 4:
            errors.append(f"{where}: {len(s.needs)} needs")
        for _, label in s.offers:
            if not LABEL.match(label):
                errors.append(f"{where}: bad label {label!r}")
        for text in phrases(s):
            if text != text.strip() or not text:
                errors.append(f"{where}: untidy phrase {text!r}")
            if text in seen_phrases:
                errors.append(f"{where}: phrase repeated from {seen_phrases[text]}: {text!r}")
            seen_phrases[text] = where
            if s.lang == "en" and NON_LATIN.search(text):
                errors.append(f"{where}: non-Latin letters in an English phrase: {text!r}")
            if s.lang == "th":
                thai, latin = len(THAI_LETTER.findall(text)), len(LATIN_LETTER.findall(text))
                if thai <= latin:
                    errors.append(f"{where}: Thai phrase is not mostly Thai letters: {text!r}")
        if s.lang == "en" and NON_LATIN.search(s.name):
            errors.append(f"{where}: non-Latin letters in an English name")
        check_needs(errors, s, warnings)


def check_needs(errors: list[str], s: Sme, warnings: list[str]) -> None:
    for need in s.needs:
        where = f"{s.id}: need {need.text!r}"
        if bool(need.unmet) == bool(need.labels):
            errors.append(f"{where}: must have labels or an unmet note, not both or neither")
        for c in (*need.certs, *need.waives):
            if resolve_certification(c) != c:
                errors.append(f"{where}: {c!r} is not a canonical certification name")
            elif not names_cert(need.text, c):
                errors.append(f"{where}: {c} is not named in the text")
        said = find_certifications(need.text)
        missing = set(need.certs) - said
        if missing:
            warnings.append(f"{where}: text does not ask for {sorted(missing)}")
        extra = said - set(need.certs) - set(need.waives)
        if extra:
            warnings.append(f"{where}: text asks for {sorted(extra)} but the need does not list it")
        if set(need.certs) & set(need.waives):
            errors.append(f"{where}: a certification both required and waived")
        for label in need.labels:
            if not any(label == lab for o in SMES if o.id != s.id for _, lab in o.offers):
                errors.append(f"{where}: nobody else offers {label!r}")
        if need.labels and not any(qualified(need, o) for o in SMES if o.id != s.id):
            errors.append(f"{where}: no qualified supplier")


def lang_of() -> dict[str, str]:
    return {s.id: s.lang for s in SMES}


def check_targets(errors: list[str], links: list[tuple[str, str]]) -> None:
    n = len(SMES)
    th = sum(s.lang == "th" for s in SMES)
    if not 0.50 <= th / n <= 0.60:
        errors.append(f"{th} of {n} profiles in Thai, want about 55 %")
    if not 140 <= len(links) <= 180:
        errors.append(f"{len(links)} links, want 140-180")
    lang = lang_of()
    cross = sum(lang[a] != lang[b] for a, b in links)
    if links and cross / len(links) < 0.45:
        errors.append(f"{cross} of {len(links)} links cross languages, want at least 45 %")
    needs = [need for s in SMES for need in s.needs]
    unmet = sum(bool(need.unmet) for need in needs)
    if not 15 <= unmet <= 25:
        errors.append(f"{unmet} unmet needs, want 15-25")
    if sum(bool(need.certs) for need in needs) < 6:
        errors.append("fewer than 6 needs require a certification")
    if sum(bool(need.waives) for need in needs) < 4:
        errors.append("fewer than 4 needs waive a certification")
    if {s.sub for s in SMES} != SUB_CLUSTERS:
        errors.append("not every sub-cluster is used")
    if {s.stage for s in SMES} != STAGES:
        errors.append("not every stage is used")
    provinces = {resolve_province(s.province) for s in SMES}
    if len(provinces) < 35:
        errors.append(f"only {len(provinces)} provinces")
    for sub in SUB_CLUSTERS:
        if sum(s.sub == sub for s in SMES) < 10:
            errors.append(f"fewer than 10 SMEs in {sub}")
    for stage in STAGES:
        if sum(s.stage == stage for s in SMES) < 20:
            errors.append(f"fewer than 20 SMEs at stage {stage}")


def profile(s: Sme) -> dict[str, object]:
    return {
        "id": s.id,
        "name": s.name,
        "sub_cluster": s.sub,
        "stage": s.stage,
        "province": s.province,
        "offers": [text for text, _ in s.offers],
        "needs": [need.text for need in s.needs],
        "certifications": list(s.certs),
        "bcg": list(s.bcg),
        "contact_email": s.email,
        "language": s.lang,
    }


def counts(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    lang = lang_of()
    sub = {s.id: s.sub for s in SMES}
    needs = [need for s in SMES for need in s.needs]
    offers = [label for s in SMES for _, label in s.offers]
    th = sum(s.lang == "th" for s in SMES)
    th_en = sum(lang[a] == "th" and lang[b] == "en" for a, b in links)
    en_th = sum(lang[a] == "en" and lang[b] == "th" for a, b in links)
    cross = th_en + en_th
    regions = Counter(str(resolve_province(s.province).region) for s in SMES)  # type: ignore[union-attr]
    rows = [
        ("profiles", str(len(SMES))),
        ("Thai / English profiles", f"{th} / {len(SMES) - th}"),
    ]
    rows += [(f"sub-cluster {v}", str(sum(s.sub == v for s in SMES))) for v in (x.value for x in SubCluster)]
    rows += [(f"stage {v}", str(sum(s.stage == v for s in SMES))) for v in (x.value for x in Stage)]
    rows += [(f"region {r}", str(k)) for r, k in sorted(regions.items())]
    rows += [
        ("distinct provinces", str(len({resolve_province(s.province) for s in SMES}))),
        ("offers", str(len(offers))),
        ("distinct offer labels", str(len(set(offers)))),
        ("needs", str(len(needs))),
        ("needs met / met by no one", f"{sum(not n.unmet for n in needs)} / {sum(bool(n.unmet) for n in needs)}"),
        ("needs requiring a certification", str(sum(bool(n.certs) for n in needs))),
        ("needs waiving a certification", str(sum(bool(n.waives) for n in needs))),
        ("true links", str(len(links))),
        ("cross-language links, Thai supplier to English buyer", str(th_en)),
        ("cross-language links, English supplier to Thai buyer", str(en_th)),
        ("cross-language links, total", f"{cross} ({100 * cross / max(1, len(links)):.1f} %)"),
        ("within-language links", str(len(links) - cross)),
        ("links between different sub-clusters", str(sum(sub[a] != sub[b] for a, b in links))),
    ]
    return rows


def main(partial: bool = False) -> int:
    errors: list[str] = []
    warnings: list[str] = []
    check_smes(errors, warnings, partial)
    links = compute_links()
    if not partial:
        check_targets(errors, links)
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    print("| count | value |")
    print("|---|---|")
    for key, value in counts(links):
        print(f"| {key} | {value} |")
    if partial:
        return 0
    lines = [json.dumps(profile(s), ensure_ascii=False) + "\n" for s in SMES]
    (HERE / "profiles.jsonl").write_bytes("".join(lines).encode("utf-8"))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["supplier_id", "buyer_id"])
    writer.writerows(links)
    (HERE / "links.csv").write_bytes(buffer.getvalue().encode("utf-8"))
    return 0


# ------------------------------------------------------------------ data

HEMP, CIRC, SPORT = "hemp_natural_fibre", "circular_textile", "sportech"
AGC, AGI = "ageing_lifestyle_central", "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"
ORG, OTOP, PEACOCK = "Organic Thailand", "OTOP", "Thai Silk Peacock Emblem"

# ------------------------------------------------------------------ bdp-001 ... bdp-020
SMES += [
    Sme(
        "bdp-001", "th", "วิสาหกิจชุมชนกลุ่มปลูกครามบ้านดอนกอย", HEMP, UP, "Sakon Nakhon",
        "donkoi.khram@gmail.com", (ORG, OTOP), ("bio", "green"),
        [
            ("เนื้อครามหมัก พร้อมก่อหม้อ กก.ละ 180 บาท", "indigo_paste"),
            ("ต้นครามสด ตัดส่งตามสั่ง ช่วง ก.ค.-ต.ค.", "indigo_plants_fresh"),
            ("เมล็ดพันธุ์ครามฝักงอ", "indigo_planting_material"),
        ],
        [
            N("ปูนแดงสำหรับแช่คราม", "lime_for_indigo"),
            N("ฝ้ายเข็นมือสีขาว ไว้ทอเอง", "cotton_yarn_undyed"),
            U("เครื่องตีครามไฟฟ้า มีใครทำขายบ้างคะ", "nobody offers indigo beating machines"),
        ],
    ),
    Sme(
        "bdp-002", "en", "Mae Phrae Hom Leaf Farm", HEMP, UP, "Phrae",
        "homleaf.phrae@gmail.com", (), ("bio",),
        [
            ("Hom leaf indigo paste (Strobilanthes cusia), 20 kg bucket", "indigo_paste"),
            ("Hom cuttings for planting, 100 per bundle", "indigo_planting_material"),
        ],
        [
            N("Slaked lime for paste making", "lime_for_indigo"),
            U("Food-grade plastic buckets 20 L with lids", "no one offers containers"),
        ],
    ),
    Sme(
        "bdp-003", "th", "ร้านแม่บุญมีวัสดุย้อม", HEMP, UP, "Udon Thani",
        "boonmee.supply@hotmail.com", (), (),
        [
            ("ปูนแดง (ปูนกินหมาก) ถุง 1 กก.", "lime_for_indigo"),
            ("ปูนขาว กระสอบ 20 กก. ใช้หมักครามได้", "lime_for_indigo"),
            ("สารส้มก้อน สารส้มป่น ขายส่ง", "alum_mordant"),
        ],
        [U("กระสอบสานมือสอง สำหรับใส่ปูน", "no sacks offered")],
    ),
    Sme(
        "bdp-004", "en", "Doi Saket Natural Dye Studio", HEMP, MID, "Chiang Mai",
        "hello@doisaketdye.com", (), ("green",),
        [
            (
                "Custom natural dyeing (lac, sappan, marigold) of your own yarn or cloth, min 10 m or 2 kg",
                "natural_dyeing_service",
            ),
            ("Indigo vat dyeing of client garments, 3-4 dips", "indigo_dyeing_service"),
            ("Plant-dyed cotton scarves 180 x 60 cm", "natural_dyed_scarf"),
        ],
        [
            N("Sticklac, cleaned, about 5 kg a month", "lac_sticklac"),
            N("Who sells sappan heartwood chips?", "sappan_wood"),
            N("Potash alum powder", "alum_mordant"),
        ],
    ),
    Sme(
        "bdp-005", "th", "กลุ่มเลี้ยงครั่งบ้านแม่ทา", HEMP, UP, "Lamphun",
        "lac.maetha@gmail.com", (), ("bio",),
        [
            ("ครั่งดิบติดกิ่ง เก็บจากต้นจามจุรี", "lac_sticklac"),
            ("ครั่งเม็ด ล้างสะอาด ตากแห้ง", "lac_sticklac"),
            ("ครั่งพันธุ์ สำหรับปล่อยเลี้ยงรอบใหม่", "lac_brood"),
        ],
        [N("ปุ๋ยหมัก ใส่ต้นจามจุรี", "dye_residue_compost")],
    ),
    Sme(
        "bdp-006", "en", "Indigo House Sakon", HEMP, MID, "Sakon Nakhon",
        "indigohouse.sakon@gmail.com", (OTOP,), ("bio", "green"),
        [
            ("Handwoven cotton, indigo dyed, 1 m wide, sold per metre", "indigo_dyed_cotton_fabric"),
            ("Indigo-dyed cotton yarn in hanks, light to deep blue", "indigo_dyed_cotton_yarn"),
        ],
        [
            N("Fermented indigo paste, Organic Thailand certified, 200 kg per season", "indigo_paste", certs=(ORG,)),
            N("Handspun cotton, undyed, for weft", "cotton_yarn_undyed"),
            N("Weavers to weave our dyed yarn into cloth (we supply yarn)", "weaving_service"),
        ],
    ),
    Sme(
        "bdp-007", "th", "กลุ่มปั่นฝ้ายเข็นมือบ้านนาหว้า", HEMP, UP, "Nakhon Phanom",
        "fai.nawa@gmail.com", (OTOP,), ("bio",),
        [
            ("ฝ้ายเข็นมือ สีธรรมชาติ ฝ้ายขาว ฝ้ายตุ่น", "cotton_yarn_undyed"),
            ("ปุยฝ้ายอีดเมล็ดออกแล้ว", "cotton_fibre_raw"),
            ("รับทอผ้าฝ้าย ลูกค้าส่งเส้นด้ายมาเอง", "weaving_service"),
        ],
        [N("ดอกดาวเรืองแห้ง อยากลองย้อมฝ้ายสีเหลือง สัก 10 โล", "marigold_dried")],
    ),
    Sme(
        "bdp-008", "en", "Baan Khram Boutique", AGC, DOWN, "Bangkok",
        "shop@baankhram.co.th", (), (),
        [],
        [
            N("Mo hom indigo shirts, S-XL, 50 pcs a month", "indigo_dyed_shirt"),
            N("Indigo scarves, cotton or silk, 30 pcs per colour", "indigo_dyed_scarf"),
            N("Tote bags in indigo handwoven cotton", "natural_dyed_bag"),
        ],
    ),
    Sme(
        "bdp-009", "th", "ร้านหม้อห้อมป้าเพ็ญ", HEMP, DOWN, "Phrae",
        "mohom.papen@gmail.com", (OTOP,), ("green",),
        [
            ("เสื้อหม้อห้อมคอจีน ย้อมฮ่อมแท้", "indigo_dyed_shirt"),
            ("เสื้อหม้อห้อมผู้สูงอายุ ผ่าหน้าติดกระดุมแป๊ก ใส่ง่าย", "adaptive_garment_elderly"),
        ],
        [
            N("ผ้าดิบโรงงาน หน้า 44 นิ้ว ม้วนละ 50 หลา", "greige_cotton_fabric"),
            N("เนื้อฮ่อม", "indigo_paste"),
        ],
    ),
    Sme(
        "bdp-010", "en", "Ban Phon Silk Reelers", AGI, UP, "Kalasin",
        "banphonsilk@gmail.com", (PEACOCK,), ("bio",),
        [
            ("Raw silk yarn from Thai native yellow cocoons, hand reeled", "silk_yarn_undyed"),
            ("Degummed silk yarn, ready to dye", "silk_yarn_undyed"),
        ],
        [
            N("Lac dyeing for our own silk yarn, 30 kg lots", "natural_dyeing_service"),
            U("Silkworm eggs of a Thai native breed", "no sericulture supplier in the set"),
        ],
    ),
    Sme(
        "bdp-011", "th", "กลุ่มทอผ้าไหมบ้านท่าสว่าง", AGI, MID, "Surin",
        "thasawang.silk@gmail.com", (PEACOCK, OTOP), ("bio",),
        [
            ("ผ้าไหมมัดหมี่ ย้อมครั่ง ย้อมแก่นขนุน ผืนละ 4 เมตร", "natural_dyed_silk_fabric"),
            ("ไหมย้อมสีธรรมชาติ ขายเป็นไจ", "natural_dyed_silk_yarn"),
        ],
        [
            N("ไหมน้อย ไหมพื้นบ้าน ยังไม่ย้อม", "silk_yarn_undyed"),
            N("ครั่ง", "lac_sticklac"),
            N("แก่นขนุนสับ", "jackfruit_heartwood"),
        ],
    ),
    Sme(
        "bdp-012", "en", "Chiang Rai Dye Trees Nursery", HEMP, UP, "Chiang Rai",
        "dyetrees.cr@gmail.com", (ORG,), ("bio", "green"),
        [
            ("Sappan, annatto and indigo seedlings in bags", "dye_plant_seedlings"),
            ("Dried annatto seed, 1 kg pack", "annatto_seed"),
        ],
        [N("Compost, ideally made from dye plant waste", "dye_residue_compost")],
    ),
    Sme(
        "bdp-013", "th", "ผ้าย้อมสีธรรมชาติบ้านนาซาว", HEMP, MID, "Nan",
        "nasao.dye@gmail.com", (), ("green",),
        [
            ("รับย้อมผ้าและเส้นด้ายสีธรรมชาติ ครั่ง ฝาง มะเกลือ ตามสั่ง", "natural_dyeing_service"),
            ("ผ้าฝ้ายทอมือย้อมมะเกลือ สีดำ", "natural_dyed_cotton_fabric"),
        ],
        [
            N("ลูกมะเกลือสด", "ebony_fruit"),
            N("สารส้ม", "alum_mordant"),
            N("น้ำสนิม หรือ เฟอร์รัสซัลเฟต", "iron_mordant"),
        ],
    ),
    Sme(
        "bdp-014", "en", "Khao Yoi Tamarind Orchard", AGC, UP, "Phetchaburi",
        "khaoyoi.orchard@gmail.com", (), ("bio", "circular"),
        [
            ("Tamarind bark from orchard pruning, dried", "tamarind_bark"),
            ("Mango bark, sun dried, 10 kg sacks", "mango_bark"),
        ],
        [N("Table runners dyed with plant colours for our farm shop", "natural_dyed_home_textile")],
    ),
    Sme(
        "bdp-015", "th", "ผ้าย้อมโคลนศรีสัชนาลัย", HEMP, MID, "Sukhothai",
        "mudcloth.srisat@gmail.com", (OTOP,), ("green",),
        [
            ("ผ้าฝ้ายทอมือย้อมโคลน", "natural_dyed_cotton_fabric"),
            ("โคลนหมักพร้อมย้อม ถุง 5 กก.", "dye_mud"),
        ],
        [
            N("ผ้าฝ้ายทอมือ ยังไม่ได้ย้อม", "handwoven_cotton_fabric_undyed"),
            N("เปลือกมะม่วง", "mango_bark"),
        ],
    ),
    Sme(
        "bdp-016", "en", "Tak Highland Hemp", HEMP, UP, "Tak",
        "takhemp@gmail.com", (ORG,), ("bio",),
        [
            ("Hemp bast fibre, degummed, 25 kg bales", "hemp_fibre_raw"),
            ("Hand-spun hemp yarn by Hmong women, undyed", "hemp_yarn_undyed"),
        ],
        [
            N("Dry indigo (khram) powder for batik, easier to ship, 10 kg", "indigo_powder"),
            U("Beeswax for batik, 50 kg", "no beeswax offered"),
        ],
    ),
    Sme(
        "bdp-017", "th", "ผ้ากัญชงม้งบ้านแม่สา", HEMP, MID, "Chiang Mai",
        "hmonghemp.maesa@gmail.com", (), ("bio",),
        [
            ("ผ้ากัญชงเขียนเทียนย้อมคราม แบบม้ง", "natural_dyed_hemp_fabric"),
            ("ผ้ากัญชงทอมือสีดิบ", "hemp_fabric_undyed"),
        ],
        [
            N("ด้ายกัญชง ยังไม่ย้อม", "hemp_yarn_undyed"),
            N("ครามเปียก ครั้งละ 20 กิโล", "indigo_paste"),
        ],
    ),
    Sme(
        "bdp-018", "en", "Tempo Run Apparel", SPORT, DOWN, "Bangkok",
        "sourcing@temporun.co", (), ("circular",),
        [("Running tees in recycled polyester", "sports_tshirt")],
        [
            U(
                "Naturally dyed organic cotton jersey for a yoga capsule, GOTS certified",
                "no GOTS-certified supplier of dyed jersey",
                certs=("GOTS",),
            ),
            N("Recycled polyester wicking fabric, GRS certified", "recycled_polyester_fabric", certs=("GRS",)),
            N("Indigo dyeing of finished tees, we send the blanks", "indigo_dyeing_service"),
        ],
    ),
    Sme(
        "bdp-019", "th", "ร้านของฝากบ้านเชียง", AGI, DOWN, "Udon Thani",
        "banchiang.souvenir@gmail.com", (), (),
        [],
        [
            N("ของที่ระลึกผ้าย้อมคราม ต้องมีตรา OTOP", "natural_dyed_souvenir", "natural_dyed_bag", certs=(OTOP,)),
            N("ผ้าพันคอย้อมคราม", "indigo_dyed_scarf"),
        ],
    ),
    Sme(
        "bdp-020", "en", "Seaview Wellness Resort", AGC, DOWN, "Chonburi",
        "purchasing@seaviewwellness.com", (), ("green",),
        [("Used bed sheets and towels from rooms, monthly lots", "used_hotel_linen")],
        [
            N("Staff uniforms in natural dyes (shirt and sarong), 120 sets", "natural_dyed_uniform"),
            N("Spa robes and sarongs dyed with natural colours", "natural_dyed_spa_textile"),
            N("Natural dye workshop for guests, twice a month", "dye_workshop"),
        ],
    ),
]

OEKO, TIS = "OEKO-TEX Standard 100", "Thai Industrial Standard"

# ------------------------------------------------------------------ bdp-021 ... bdp-040
SMES += [
    Sme(
        "bdp-021", "th", "ครามสกล บ้านนาดี", HEMP, MID, "Sakon Nakhon",
        "khramsakon.nadee@gmail.com", (OTOP,), ("bio", "green"),
        [
            ("ผ้าครามฝ้ายทอมือ ลายขิด ลายมัดหมี่", "indigo_dyed_cotton_fabric"),
            ("เศษผ้าครามจากห้องตัด ขายเหมาเป็นกิโล", "indigo_fabric_offcuts"),
            ("กระเป๋าผ้าครามทอมือ ใบเล็ก ใบใหญ่", "natural_dyed_bag"),
        ],
        [
            N("ด้ายฝ้ายขาว เข็นมือหรือโรงงานก็ได้ ยังไม่ย้อม", "cotton_yarn_undyed"),
            N("ช่างเย็บรับจ้าง ตัดเสื้อตามแบบ 200 ตัว", "sewing_service"),
        ],
    ),
    Sme(
        "bdp-022", "en", "Second Blue Upcycling", CIRC, MID, "Bangkok",
        "studio@secondblue.co", (), ("circular",),
        [("Patchwork cushion covers and pouches from indigo scraps", "upcycled_patchwork_product")],
        [
            N("Indigo fabric offcuts, any size, by the kilo", "indigo_fabric_offcuts"),
            N("Leftover cotton scraps in undyed or natural colours", "cotton_fabric_offcuts"),
        ],
    ),
    Sme(
        "bdp-023", "th", "สหกรณ์ผู้ปลูกคำแสดและดาวเรืองบ้านไผ่", AGI, UP, "Khon Kaen",
        "banphai.coop@gmail.com", (ORG,), ("bio",),
        [
            ("เมล็ดคำแสดตากแห้ง กิโลละ 120", "annatto_seed"),
            ("ดอกดาวเรืองอบแห้ง สำหรับทำสีย้อม", "marigold_dried"),
        ],
        [N("ปุ๋ยอินทรีย์ ปุ๋ยหมัก", "dye_residue_compost")],
    ),
    Sme(
        "bdp-024", "en", "GreenLoop Textile Recovery", CIRC, UP, "Nonthaburi",
        "ops@greenloop.co.th", ("GRS",), ("circular",),
        [
            ("Pickup of cutting waste from sewing shops, free above 100 kg", "textile_waste_collection"),
            ("Sorted cotton offcuts, white and undyed", "cotton_fabric_offcuts"),
            ("Recycled cotton yarn Ne 10, grey melange", "recycled_cotton_yarn"),
        ],
        [
            N("Used hotel bed linen and towels", "used_hotel_linen"),
            N("Post-consumer cotton clothing, baled", "used_garments_secondhand"),
        ],
    ),
    Sme(
        "bdp-025", "th", "บ้านพักผู้สูงอายุสุขใจ", AGC, DOWN, "Nakhon Pathom",
        "sukjai.home@gmail.com", (), (),
        [],
        [
            N("เสื้อผู้สูงอายุ ผ่าหน้า ติดเมจิกเทป ผ้าฝ้ายนุ่ม", "adaptive_garment_elderly"),
            N("ผ้าห่มฝ้าย ซักง่าย 40 ผืน", "elderly_blanket"),
        ],
    ),
    Sme(
        "bdp-026", "en", "Ubon Khit Weavers", AGI, MID, "Ubon Ratchathani",
        "ubonkhit@gmail.com", (OTOP,), ("bio",),
        [
            ("Weaving to order on our looms, you bring the yarn", "weaving_service"),
            ("Cotton khit cloth dyed with sappan and ebony", "natural_dyed_cotton_fabric"),
            ("Soft handspun cotton blankets, plant dyed, for elderly care", "elderly_blanket"),
        ],
        [
            N("Sappan wood", "sappan_wood"),
            N("Undyed handspun cotton, 50 kg", "cotton_yarn_undyed"),
        ],
    ),
    Sme(
        "bdp-027", "th", "สวนฝางราชบุรี", HEMP, UP, "Ratchaburi",
        "fang.ratchaburi@gmail.com", (), ("bio",),
        [
            ("ไม้ฝางสับแห้ง กิโลละ 60 บาท สีแดงสด ติดทน", "sappan_wood"),
            ("แก่นฝางผ่าซีก ไม่สับ", "sappan_wood"),
            ("ผงสีฝางสกัด ละลายน้ำได้", "natural_dye_extract"),
        ],
        [U("เครื่องสับไม้ ขนาดเล็ก", "no machinery offered")],
    ),
    Sme(
        "bdp-028", "en", "River Kwai Jackfruit Wood", CIRC, UP, "Kanchanaburi",
        "rkjackfruitwood@gmail.com", (), ("circular", "bio"),
        [
            ("Jackfruit heartwood sawdust from our furniture shop", "jackfruit_heartwood"),
            ("Jackfruit heartwood chips, sun dried", "jackfruit_heartwood"),
        ],
        [U("Truck hire for a monthly run to Bangkok", "no transport offered")],
    ),
    Sme(
        "bdp-029", "th", "ร้านสังฆภัณฑ์เจริญธรรม", AGC, DOWN, "Bangkok",
        "charoentham.shop@gmail.com", (), (),
        [("จีวรย้อมแก่นขนุน ครบไตร", "monk_robe")],
        [
            N("ช่างเย็บจีวร รับตัดจำนวนมาก ผ้าเรามีเอง", "sewing_service"),
            N("มีใครขายแก่นขนุนแห้งบ้างครับ เอามาย้อมจีวรเอง", "jackfruit_heartwood"),
        ],
    ),
    Sme(
        "bdp-030", "en", "Lanna Slow Wear", HEMP, DOWN, "Chiang Mai",
        "hello@lannaslowwear.com", (), ("green",),
        [
            ("Plant-dyed cotton shirts and wide-leg pants", "natural_dyed_garment"),
            ("Eco-printed silk scarves, one of a kind", "natural_dyed_scarf"),
        ],
        [
            N("Eco printing on our cut pieces (we send them)", "eco_print_service"),
            N("Hand-dyed indigo fabric, 110 cm wide, 100 m per order", "indigo_dyed_cotton_fabric"),
            N("Sewing contractor for small runs of 30-50 pcs", "sewing_service"),
        ],
    ),
    Sme(
        "bdp-031", "th", "สตูดิโออีโค่ปริ้นท์ หริภุญชัย", HEMP, MID, "Lamphun",
        "haripunchai.ecoprint@gmail.com", (), ("green",),
        [
            ("รับพิมพ์ใบไม้ลงผ้า (อีโค่ปริ้นท์) ผ้าของลูกค้า ใบสัก ใบยูคา", "eco_print_service"),
            ("ผ้าฝ้ายพิมพ์ใบไม้ ขายเป็นเมตร", "eco_printed_fabric"),
            ("ผ้าคลุมไหล่ไหมพิมพ์ลายใบไม้", "natural_dyed_scarf"),
        ],
        [
            N("ใบยูคาลิปตัส ใบหูกวางแห้ง", "eco_print_leaves"),
            N("ผงเหล็ก หรือน้ำสนิม ไว้ทำมอร์แดนท์", "iron_mordant"),
        ],
    ),
    Sme(
        "bdp-032", "en", "Loei Leaf Print Supply", HEMP, UP, "Loei",
        "leafprint.loei@gmail.com", (), ("bio",),
        [
            ("Dried teak, almond and eucalyptus leaves for eco printing, 1 kg pack", "eco_print_leaves"),
            ("Fresh Indian almond leaves (hu kwang) cut to order", "eco_print_leaves"),
            ("Iron water (rust liquor), 5 L jerrycan", "iron_mordant"),
        ],
        [N("Eco-print starter kits to resell alongside our leaves", "natural_dye_kit")],
    ),
    Sme(
        "bdp-033", "th", "สตูดิโอโยคะบ้านสบาย", SPORT, DOWN, "Bangkok",
        "baansabai.yoga@gmail.com", (), (),
        [],
        [
            N("ชุดโยคะย้อมสีธรรมชาติ ไม่เอาสีเคมี ผ้ายืด ใส่สบาย", "natural_dyed_yoga_wear"),
            N("ผ้าขนหนูผืนเล็กสำหรับคลาส สีธรรมชาติ", "natural_dyed_towel"),
        ],
    ),
    Sme(
        "bdp-034", "en", "ThaiFlex Knit", SPORT, MID, "Pathum Thani",
        "sales@thaiflexknit.com", (OEKO, "ISO 9001", "GRS"), ("circular",),
        [
            ("Recycled polyester wicking jersey 150 gsm", "recycled_polyester_fabric"),
            ("Cotton-spandex jersey, PFD (prepared for dyeing)", "cotton_knit_undyed"),
            ("Yoga leggings OEM, dyed with Thai plant dyes, lead time 4-6 weeks", "natural_dyed_yoga_wear"),
        ],
        [N("Natural dye house for knit fabric, OEKO-TEX certified", "natural_dyeing_service", certs=(OEKO,))],
    ),
    Sme(
        "bdp-035", "th", "หจก. ผ้าดิบไทยเจริญ", AGC, MID, "Samut Sakhon",
        "thaicharoen.greige@gmail.com", (TIS,), (),
        [
            ("ผ้าดิบ ทอเครื่อง หน้ากว้าง 36/44/60 นิ้ว", "greige_cotton_fabric"),
            ("ผ้าดิบฟอกขาว ไม่ลงแป้ง พร้อมย้อม", "greige_cotton_fabric"),
        ],
        [N("ด้ายรีไซเคิล สำหรับทอผ้าดิบรุ่นรักษ์โลก", "recycled_cotton_yarn")],
    ),
    Sme(
        "bdp-036", "en", "Hua Hin Herbal Spa & Retreat", AGC, DOWN, "Prachuap Khiri Khan",
        "procure@huahinherbalspa.com", (), ("green",),
        [("Old spa towels and sarongs, sorted, free to collectors", "used_hotel_linen")],
        [
            N("Spa sarongs and robes in natural dyes, 200 pcs", "natural_dyed_spa_textile"),
            N("Towels dyed with plant colours only, no chemical dyes, 300 pcs", "natural_dyed_towel"),
        ],
    ),
    Sme(
        "bdp-037", "th", "ศูนย์ทดสอบสิ่งทออีสาน", AGI, MID, "Khon Kaen",
        "isantextilelab@gmail.com", (), (),
        [("ทดสอบความคงทนของสีต่อการซัก ต่อแสง ต่อเหงื่อ", "colourfastness_testing")],
        [U("เครื่องวัดค่าสีมือสอง สภาพดี", "no lab equipment offered")],
    ),
    Sme(
        "bdp-038", "en", "Isan Indigo Collective", AGI, DOWN, "Nakhon Phanom",
        "team@isanindigo.com", (OTOP,), ("green",),
        [
            ("Indigo shirts for men and women, handwoven cotton", "indigo_dyed_shirt"),
            ("Indigo-dyed pouches and card holders for gift shops", "natural_dyed_souvenir"),
        ],
        [
            N("Indigo-dyed cotton fabric, handwoven, 300 m per quarter", "indigo_dyed_cotton_fabric"),
            N("Colour fastness test report for export buyers", "colourfastness_testing"),
        ],
    ),
    Sme(
        "bdp-039", "th", "โรงพยาบาลนาแก", AGI, DOWN, "Nakhon Phanom",
        "nakaehospital.supply@gmail.com", (), (),
        [],
        [
            N("ชุดผู้ป่วย ผ้าฝ้าย ผูกข้าง", "patient_gown"),
            N("ผ้าปูเตียงผู้ป่วย มาตรฐาน มอก.", "hospital_bed_linen", certs=(TIS,)),
            N("ผ้าห่มย้อมสีธรรมชาติ ให้ผู้ป่วยติดเตียง", "elderly_blanket"),
        ],
    ),
    Sme(
        "bdp-040", "en", "Siam Linen Service", AGC, MID, "Samut Prakan",
        "sales@siamlinenservice.com", ("ISO 9001", TIS), (),
        [
            ("Hospital bed sheets, cotton/poly, TIS approved", "hospital_bed_linen"),
            ("Patient gowns with side ties, sizes S-3XL", "patient_gown"),
            ("Contract sewing for uniforms and linen, 500 pcs minimum, Line @siamlinen", "sewing_service"),
        ],
        [N("Greige cotton sheeting 90 inch", "greige_cotton_fabric")],
    ),
]

# ------------------------------------------------------------------ bdp-041 ... bdp-060
SMES += [
    Sme(
        "bdp-041", "th", "วิสาหกิจชุมชนปุ๋ยหมักกากครามพรรณา", CIRC, UP, "Sakon Nakhon",
        "panna.compost@gmail.com", (), ("circular", "bio"),
        [("ปุ๋ยหมักจากกากครามและใบไม้ กระสอบ 25 กก.", "dye_residue_compost")],
        [N("กากครามหลังแช่ กากฝางที่ต้มแล้ว รับซื้อทุกเจ้า", "spent_dye_plant_residue")],
    ),
    Sme(
        "bdp-042", "en", "Mukdahan Ebony Growers", HEMP, UP, "Mukdahan",
        "makluea.mukdahan@gmail.com", (), ("bio",),
        [
            ("Fresh makluea (ebony) fruit, green, July to September", "ebony_fruit"),
            ("Makluea seedlings, 30 cm", "dye_plant_seedlings"),
        ],
        [N("Spent indigo or sappan residue for mulch", "spent_dye_plant_residue")],
    ),
    Sme(
        "bdp-043", "th", "บ้านครามสองพี่น้อง", HEMP, UP, "Udon Thani",
        "khram.2sisters@gmail.com", (), ("bio", "circular"),
        [
            ("ครามเปียก ถังละ 20 กิโล ส่งทั่วประเทศ สนใจโทร 089 441 2207", "indigo_paste"),
            ("กากใบครามหลังแช่ ให้ฟรี มารับเอง", "spent_dye_plant_residue"),
            ("ครามผงตากแห้ง ถุงละครึ่งกิโล", "indigo_powder"),
        ],
        [N("ปูนขาวหรือปูนแดง ใช้ทุกเดือน", "lime_for_indigo")],
    ),
    Sme(
        "bdp-044", "en", "Khorat Grand Care Residence", AGI, DOWN, "Nakhon Ratchasima",
        "admin@khoratgrandcare.com", (), (),
        [],
        [
            N("Easy-on clothes for residents with limited movement, front opening", "adaptive_garment_elderly"),
            N("Bed sheets and pillowcases, natural dyed, soft", "natural_dyed_bed_linen"),
            N("Art therapy: indigo dyeing sessions for residents", "dye_workshop"),
        ],
    ),
    Sme(
        "bdp-045", "th", "บริษัท ไทยเนเชอรัลดาย จำกัด", HEMP, MID, "Nakhon Pathom",
        "sales@thainaturaldye.co.th", (OEKO, "ISO 14001"), ("green",),
        [
            ("รับย้อมสีธรรมชาติ ผ้าผืน เส้นด้าย และชิ้นงานสำเร็จ ขั้นต่ำ 100 กก.", "natural_dyeing_service"),
            ("รับย้อมครามธรรมชาติ งานโรงงาน", "indigo_dyeing_service"),
            ("ผ้าฝ้ายย้อมเปลือกมะม่วง ย้อมฝาง ม้วนละ 50 หลา", "natural_dyed_cotton_fabric"),
        ],
        [
            N("สีสกัดจากธรรมชาติแบบผง ใช้ในหม้อย้อม", "natural_dye_extract"),
            N("ผ้าดิบฟอกพร้อมย้อม ครั้งละ 2,000 หลา", "greige_cotton_fabric"),
            N("ผ้ายืดคอตตอนสแปนเด็กซ์ ยังไม่ย้อม", "cotton_knit_undyed"),
        ],
    ),
    Sme(
        "bdp-046", "en", "Andaman Breeze Hotel", AGC, DOWN, "Phuket",
        "purchasing@andamanbreeze.com", (), ("green",),
        [("Retired bath towels and sheets, about 300 kg a quarter", "used_hotel_linen")],
        [
            N(
                "Indigo-dyed cushion covers and table runners for the lobby",
                "natural_dyed_home_textile",
                "upcycled_patchwork_product",
            ),
            N("Batik or plant-dyed staff shirts", "natural_dyed_uniform"),
            U("Laundry service contract, Patong area", "no laundry service offered"),
        ],
    ),
    Sme(
        "bdp-047", "th", "บาติกสีธรรมชาติ อ่าวนาง", HEMP, MID, "Krabi",
        "aonang.batik@gmail.com", (OTOP,), ("green",),
        [
            ("ผ้าบาติกย้อมสีธรรมชาติ ผ้าถุง ผ้าชิ้น", "batik_natural_dyed"),
            ("เสื้อพนักงานผ้าบาติก สั่งทำตามโลโก้ โรงแรม รีสอร์ท", "natural_dyed_uniform"),
            ("ผ้าโสร่งสปา ย้อมสีเปลือกไม้", "natural_dyed_spa_textile"),
        ],
        [
            N("ผ้าคอตตอนขาว ผ้าป่าน ทำบาติก", "greige_cotton_fabric"),
            N("เปลือกไม้ย้อมสี เปลือกมะม่วง เปลือกมะขาม", "mango_bark", "tamarind_bark"),
        ],
    ),
    Sme(
        "bdp-048", "en", "Natural Dye Kit Co.", HEMP, DOWN, "Bangkok",
        "orders@naturaldyekit.co", (), ("green",),
        [
            ("Best seller! DIY indigo dye kit with pre-reduced indigo, gloves and 2 bandanas", "natural_dye_kit"),
            ("Eco-print starter kit: leaves, alum, iron, cotton sample", "natural_dye_kit"),
        ],
        [
            N("Natural indigo powder, 50 kg a year", "indigo_powder"),
            N("Alum in 1 kg packs", "alum_mordant"),
            N("Dried leaves for eco printing", "eco_print_leaves"),
        ],
    ),
    Sme(
        "bdp-049", "th", "ร้านผ้าไทยแม่ลำดวน", AGI, DOWN, "Sisaket",
        "lamduan.thaisilk@gmail.com", (), (),
        [],
        [
            N(
                "ผ้าไหมย้อมครั่ง ผ้าไหมย้อมมะเกลือ มีตรานกยูงพระราชทาน",
                "natural_dyed_silk_fabric",
                certs=(PEACOCK,),
            ),
            N("ผ้าขาวม้าย้อมคราม", "pha_khao_ma_natural_dyed"),
        ],
    ),
    Sme(
        "bdp-050", "en", "Roi Et Handloom Group", AGI, MID, "Roi Et",
        "roiethandloom@gmail.com", (OTOP,), ("bio",),
        [
            ("Indigo pha khao ma, 2 m, checked", "pha_khao_ma_natural_dyed"),
            ("Handwoven cotton, undyed, 80 cm wide, for dyers", "handwoven_cotton_fabric_undyed"),
            ("Handloom cotton dyed with ebony and mud, black", "natural_dyed_cotton_fabric"),
        ],
        [
            N("Handspun cotton yarn, natural white", "cotton_yarn_undyed"),
            N("Indigo paste, not Organic Thailand certified is fine", "indigo_paste", waives=(ORG,)),
        ],
    ),
    Sme(
        "bdp-051", "th", "ไร่ขมิ้นชันป้าทองใบ", HEMP, UP, "Yasothon",
        "thongbai.turmeric@gmail.com", (ORG,), ("bio",),
        [
            ("ขมิ้นชันสด และขมิ้นหั่นตากแห้ง สำหรับย้อมผ้า", "turmeric_root"),
            ("ผงขมิ้นบดละเอียด ถุง 1 กก.", "turmeric_root"),
        ],
        [U("แรงงานขุดขมิ้น ช่วงเดือนมกราคม", "no labour offered")],
    ),
    Sme(
        "bdp-052", "en", "Amnat Native Cotton Farm", HEMP, UP, "Amnat Charoen",
        "nativecotton.amnat@gmail.com", (ORG, "USDA Organic"), ("bio",),
        [
            ("Organic cotton bolls, hand picked, native Thai variety", "cotton_fibre_raw"),
            ("Ginned organic cotton lint, 10 kg bags", "cotton_fibre_raw"),
        ],
        [N("Indigo seed or planting stock for intercropping", "indigo_planting_material")],
    ),
    Sme(
        "bdp-053", "th", "กลุ่มฝ้ายย้อมสีธรรมชาติบ้านโนนสว่าง", AGI, MID, "Chaiyaphum",
        "nonsawang.cotton@gmail.com", (OTOP,), ("bio",),
        [
            ("ฝ้ายเข็นย้อมสีธรรมชาติ เปลือกไม้ ครั่ง ขมิ้น เป็นไจ", "natural_dyed_cotton_yarn"),
            ("ฝ้ายย้อมคราม เข็นมือ ไจละ 1 กิโล", "indigo_dyed_cotton_yarn"),
        ],
        [
            N("ปุยฝ้าย หรือฝ้ายดอก", "cotton_fibre_raw"),
            N("ขมิ้น", "turmeric_root"),
        ],
    ),
    Sme(
        "bdp-054", "en", "Ayutthaya Sock Knitting", SPORT, MID, "Ayutthaya",
        "sales@ayuttsocks.com", (OEKO,), (),
        [
            ("Running socks, cushioned sole, recycled nylon", "sports_socks"),
            ("Bamboo-cotton socks for diabetic and elderly feet, loose top", "diabetic_socks"),
        ],
        [
            N("Recycled cotton yarn for sock knitting", "recycled_cotton_yarn"),
            N(
                "Natural dyeing of socks after knitting, 1,000 pairs, dye house must hold OEKO-TEX",
                "natural_dyeing_service",
                certs=(OEKO,),
            ),
        ],
    ),
    Sme(
        "bdp-055", "th", "ร้านเดินป่าไทรโยค", SPORT, DOWN, "Kanchanaburi",
        "saiyok.outdoor@gmail.com", (), (),
        [],
        [
            N("ถุงเท้าวิ่งเทรล", "sports_socks"),
            N("เสื้อวิ่งผ้ารีไซเคิล", "sports_tshirt"),
            N("ผ้าพันคอ ผ้าโพกหัว ย้อมคราม ใส่เดินป่า", "indigo_dyed_scarf"),
        ],
    ),
    Sme(
        "bdp-056", "en", "Chanthaburi Mangrove Dye Works", HEMP, MID, "Chanthaburi",
        "mangrovedye.chan@gmail.com", (), ("green", "bio"),
        [
            ("Mud- and mangrove-bark-dyed cotton sarongs", "natural_dyed_spa_textile"),
            ("Tie-dye with natural colours on your T-shirts, min 50 pcs", "tie_dye_service"),
        ],
        [
            N("Blank cotton T-shirts for tie-dye", "blank_cotton_tshirt"),
            N("Alum", "alum_mordant"),
        ],
    ),
    Sme(
        "bdp-057", "th", "โรงงานเสื้อยืดเปล่า ส.เจริญ", AGC, MID, "Chachoengsao",
        "sor.charoen.tee@gmail.com", (), (),
        [
            ("เสื้อยืดคอกลมผ้าคอตตอน 100% สีขาว ไม่สกรีน", "blank_cotton_tshirt"),
            ("รับตัดเย็บเสื้อยืด โปโล ตามออเดอร์", "sewing_service"),
        ],
        [N("ผ้ายืดคอตตอนสีดิบ เตรียมย้อม", "cotton_knit_undyed")],
    ),
    Sme(
        "bdp-058", "en", "Pai Indigo School", HEMP, MID, "Mae Hong Son",
        "learn@paiindigo.com", (), ("green",),
        [
            ("Indigo and natural dye workshops at your hotel or care home, up to 20 people", "dye_workshop"),
            ("Indigo-dyed bandanas and tea towels", "natural_dyed_souvenir"),
        ],
        [
            N("Fresh indigo leaves by the sack for our fresh-leaf dye class", "indigo_plants_fresh"),
            N("White cotton offcuts for student practice", "cotton_fabric_offcuts"),
        ],
    ),
    Sme(
        "bdp-059", "th", "เสื้อผ้ามือสองโรงเกลือ พี่ต้อม", CIRC, UP, "Sa Kaeo",
        "tom.rongkluea@gmail.com", (), ("circular",),
        [
            ("เสื้อผ้ามือสองคัดเกรด ขายเป็นกระสอบ", "used_garments_secondhand"),
            ("กางเกงยีนส์มือสอง คละไซส์ ขายเป็นกิโล", "used_denim"),
        ],
        [U("โกดังเก็บสินค้าให้เช่า ใกล้ตลาดโรงเกลือ", "no warehouse offered")],
    ),
    Sme(
        "bdp-060", "en", "Blue Again Denim Lab", CIRC, MID, "Bangkok",
        "hi@blueagain.co", (), ("circular",),
        [
            ("Re-dyeing faded jeans with natural indigo (send your own)", "indigo_dyeing_service"),
            ("Upcycled denim bags and aprons", "upcycled_denim_product"),
        ],
        [
            N("Second-hand jeans by the kilo", "used_denim"),
            N("Natural indigo powder for overdyeing", "indigo_powder"),
        ],
    ),
]

GRS = "GRS"

# ------------------------------------------------------------------ bdp-061 ... bdp-080
SMES += [
    Sme(
        "bdp-061", "th", "ผ้าทอมือย้อมครามบ้านโซ่พิสัย", AGI, DOWN, "Bueng Kan",
        "sophisai.khram@gmail.com", (OTOP,), ("bio", "green"),
        [("ผ้าพันคอฝ้ายย้อมคราม ยาว 2 เมตร ผืนละ 350 ส่งภายใน 7 วัน", "indigo_dyed_scarf")],
        [N("ด้ายฝ้ายย้อมครามสำเร็จ ไม่ต้องมีโอทอปก็ได้", "indigo_dyed_cotton_yarn", waives=(OTOP,))],
    ),
    Sme(
        "bdp-062", "en", "Buriram Loom & Linen", AGI, DOWN, "Buriram",
        "buriramloom@gmail.com", (), ("green",),
        [
            ("Pillowcases and flat sheets in handwoven cotton, dyed with sappan and indigo", "natural_dyed_bed_linen"),
            ("Hand towels and bath towels, plant dyed, cotton waffle", "natural_dyed_towel"),
        ],
        [U("Waffle weave loom, second hand", "no looms offered")],
    ),
    Sme(
        "bdp-063", "th", "บริษัท สปอร์ตเทคไทย จำกัด", SPORT, MID, "Rayong",
        "sales@sporttechthai.co.th", ("bluesign", "ISO 9001"), ("green",),
        [("ผ้ากันยูวี แห้งไว ระบายเหงื่อ สำหรับเสื้อกีฬา", "uv_protective_sports_fabric")],
        [N("ผ้าโพลีเอสเตอร์รีไซเคิล ต้องมีใบรับรอง GRS", "recycled_polyester_fabric", certs=(GRS,))],
    ),
    Sme(
        "bdp-064", "en", "Phang Nga Paddle & Dive Wear", SPORT, DOWN, "Phang Nga",
        "shop@pngpaddle.com", (), (),
        [("Rash guards and board shorts, made in Thailand", "swimwear")],
        [
            N("UV-blocking quick-dry fabric for rash guards", "uv_protective_sports_fabric"),
            N("Naturally dyed cotton tees for our shop line", "natural_dyed_tshirt"),
        ],
    ),
    Sme(
        "bdp-065", "th", "ร้านจักรยานสองล้อพิษณุโลก", SPORT, DOWN, "Phitsanulok",
        "twowheels.plk@gmail.com", (), (),
        [],
        [
            U("เสื้อปั่นจักรยานสั่งทำ พิมพ์ลายทีม", "no cycling jersey maker in the set"),
            N("ถุงเท้าปั่นจักรยาน ข้อสั้น", "sports_socks"),
        ],
    ),
    Sme(
        "bdp-066", "th", "ร้านมัดย้อมกว๊านพะเยา", HEMP, DOWN, "Phayao",
        "kwan.tiedye@gmail.com", (), ("green",),
        [
            ("เสื้อยืดมัดย้อมสีธรรมชาติ สีครั่ง สีคราม สีขมิ้น", "natural_dyed_tshirt"),
            ("รับมัดย้อมเสื้อของลูกค้า งานทีม งานรุ่น", "tie_dye_service"),
        ],
        [
            N("เสื้อยืดคอตตอนสีขาว ยังไม่สกรีน", "blank_cotton_tshirt"),
            N("ครั่งป่น", "lac_sticklac"),
        ],
    ),
    Sme(
        "bdp-067", "en", "Songkhla Old Town Goods", AGC, DOWN, "Songkhla",
        "oldtowngoods.skl@gmail.com", (), (),
        [],
        [
            N("Plant-dyed tees, unisex, 60 pcs", "natural_dyed_tshirt"),
            N("Indigo tote or shoulder bags, OTOP not required", "natural_dyed_bag", waives=(OTOP,)),
        ],
    ),
    Sme(
        "bdp-068", "th", "ศูนย์ดูแลผู้สูงวัยเรือนสุข", AGC, DOWN, "Nonthaburi",
        "ruansuk.care@gmail.com", (), (),
        [],
        [
            N("ถุงเท้าเบาหวาน ขอบไม่รัด", "diabetic_socks"),
            N("เสื้อผ้าผู้สูงอายุ ผ้าฝ้ายย้อมธรรมชาติ ติดกระดุมหน้า ใส่ง่าย", "adaptive_garment_elderly"),
        ],
    ),
    Sme(
        "bdp-069", "en", "Lopburi Marigold Fields", HEMP, UP, "Lopburi",
        "marigold.lopburi@gmail.com", (), ("bio",),
        [
            ("Dried marigold petals for dyeing, 5 kg bags", "marigold_dried"),
            ("Fresh marigold flowers by the basket, after temple season", "marigold_fresh"),
        ],
        [N("Compost by the truckload", "dye_residue_compost")],
    ),
    Sme(
        "bdp-070", "th", "สหกรณ์ผู้เลี้ยงไหมบ้านหนองเขื่อนช้าง", AGI, UP, "Maha Sarakham",
        "nongkhuean.silk@gmail.com", (PEACOCK,), ("bio",),
        [
            ("ไหมพื้นบ้านสาวมือ เส้นไหมน้อย", "silk_yarn_undyed"),
            ("รังไหมเหลือง", "silk_cocoons"),
        ],
        [N("ครั่งดิบ สำหรับย้อมไหมในกลุ่ม", "lac_sticklac")],
    ),
    Sme(
        "bdp-071", "en", "Saeng Indigo Studio", HEMP, DOWN, "Nong Khai",
        "saengindigo@gmail.com", (), ("green",),
        [("Indigo shibori cushion covers and table runners", "natural_dyed_home_textile")],
        [
            N("Handwoven undyed cotton for shibori, 50 m", "handwoven_cotton_fabric_undyed"),
            N("Organic Thailand certified indigo paste", "indigo_paste", certs=(ORG,)),
        ],
    ),
    Sme(
        "bdp-072", "th", "กลุ่มรักษ์ผ้า ปากน้ำโพ", CIRC, MID, "Nakhon Sawan",
        "rakpha.nsw@gmail.com", (), ("circular",),
        [("พรมเช็ดเท้าจากเศษผ้า ถักมือ", "rag_rug")],
        [
            N("เศษผ้าฝ้ายจากโรงงานตัดเย็บ", "cotton_fabric_offcuts"),
            N("เศษผ้าครามจากการตัดเย็บ", "indigo_fabric_offcuts"),
        ],
    ),
    Sme(
        "bdp-073", "en", "Lampang Hemp Spinning", HEMP, MID, "Lampang",
        "sales@lampanghemp.com", (), ("bio",),
        [
            ("Hemp yarn Nm 10, 100% hemp, undyed, on cones", "hemp_yarn_undyed"),
            ("Hemp fabric 8 oz, loom state", "hemp_fabric_undyed"),
        ],
        [N("Degummed hemp fibre, 2 tonnes a year", "hemp_fibre_raw")],
    ),
    Sme(
        "bdp-074", "th", "ร้านผ้าทอลับแล", HEMP, DOWN, "Uttaradit",
        "laplae.textile@gmail.com", (), (),
        [],
        [
            N("ผ้ากัญชงย้อมคราม ผ้าเขียนเทียน", "natural_dyed_hemp_fabric"),
            N("เสื้อหม้อห้อม", "indigo_dyed_shirt"),
        ],
    ),
    Sme(
        "bdp-075", "en", "Trang Eco Spa", AGC, DOWN, "Trang",
        "book@trangecospa.com", (), ("green",),
        [],
        [
            N("Spa sarongs dyed with bark or mud", "natural_dyed_spa_textile"),
            U("Organic massage oil, Thai FDA registered", "no oils offered", certs=("Thai FDA",)),
        ],
    ),
    Sme(
        "bdp-076", "th", "โรงเรียนผู้สูงอายุตำบลหนองแวง", AGI, DOWN, "Kalasin",
        "nongwaeng.elderly@gmail.com", (), (),
        [("ผ้ามัดย้อมฝีมือผู้สูงอายุ ขายเป็นผืน", "natural_dyed_cotton_fabric")],
        [
            N("วิทยากรสอนย้อมครามให้ผู้สูงอายุ 1 วัน", "dye_workshop"),
            N("ชุดย้อมครามสำเร็จรูป 30 ชุด", "natural_dye_kit"),
        ],
    ),
    Sme(
        "bdp-077", "en", "Pattaya Active OEM", SPORT, MID, "Chonburi",
        "oem@pattayaactive.com", ("ISO 9001",), (),
        [("Activewear sets under your label, leggings and bras, MOQ 300", "activewear_garment")],
        [
            N("Recycled polyester jersey with GRS certificate", "recycled_polyester_fabric", certs=(GRS,)),
            N("UV-cut fabric", "uv_protective_sports_fabric"),
        ],
    ),
    Sme(
        "bdp-078", "th", "กลุ่มทอผ้าไหมบ้านนากลาง", AGI, MID, "Nong Bua Lam Phu",
        "naklang.silk@gmail.com", (OTOP,), ("bio",),
        [("ผ้าไหมย้อมดาวเรือง สีเหลืองทอง", "natural_dyed_silk_fabric")],
        [
            N("ดอกดาวเรือง ตากแห้ง", "marigold_dried"),
            U("ทุนหมุนเวียนซื้อเส้นไหม", "no finance offered"),
        ],
    ),
    Sme(
        "bdp-079", "en", "ReThread Mae Klong", CIRC, DOWN, "Samut Songkhram",
        "rethread.mk@gmail.com", (), ("circular",),
        [("Patchwork quilts from hotel linen and indigo scraps", "patchwork_quilt")],
        [N("Indigo cutting scraps", "indigo_fabric_offcuts")],
    ),
    Sme(
        "bdp-080", "th", "ร้านวัสดุย้อมผ้าสิงห์บุรี", HEMP, UP, "Sing Buri",
        "dyesupply.singburi@gmail.com", (), ("green",),
        [
            ("น้ำด่างขี้เถ้า ทำจากขี้เถ้าไม้ ขวด 1.5 ลิตร", "ash_lye"),
            ("จุนสีเขียว (เฟอร์รัสซัลเฟต) ถุง 1 กก.", "iron_mordant"),
        ],
        [U("ขวดพลาสติกเปล่า 1.5 ลิตร ล้างแล้ว", "no bottles offered")],
    ),
]

# ------------------------------------------------------------------ bdp-081 ... bdp-095
SMES += [
    Sme(
        "bdp-081", "th", "ศูนย์รวบรวมเศษผ้าอุตสาหกรรมบางพลี", CIRC, UP, "Samut Prakan",
        "bangphli.scrap@gmail.com", (), ("circular",),
        [("เศษผ้าโพลีเอสเตอร์จากโรงงานชุดกีฬา ขายเป็นตัน", "polyester_offcuts")],
        [U("เครื่องอัดก้อนเศษผ้า มือสองก็ได้", "no baling press offered")],
    ),
    Sme(
        "bdp-082", "en", "Loop Fibre Recycling", CIRC, UP, "Prachinburi",
        "sales@loopfibre.co.th", (GRS,), ("circular",),
        [("Recycled polyester staple fibre from pre-consumer waste, GRS", "recycled_polyester_fibre")],
        [N("Polyester fabric waste from sportswear factories", "polyester_offcuts")],
    ),
    Sme(
        "bdp-083", "th", "วิสาหกิจชุมชนเพาะกล้าไม้ให้สีนครนายก", HEMP, UP, "Nakhon Nayok",
        "klaimaisi.nyk@gmail.com", (), ("bio", "green"),
        [("กล้าฝาง กล้าคำแสด กล้ามะเกลือ ถุงละ 15 บาท", "dye_plant_seedlings")],
        [U("ถุงเพาะชำย่อยสลายได้", "no nursery bags offered")],
    ),
    Sme(
        "bdp-084", "th", "ร้านของขวัญผู้สูงวัยใจดี", AGC, DOWN, "Suphan Buri",
        "jaidee.gift@gmail.com", (), (),
        [],
        [
            N("กระเป๋าผ้าย้อมคราม ไม่ต้องมี OTOP", "natural_dyed_bag", waives=(OTOP,)),
            U("กล่องกระดาษพิมพ์โลโก้ ใช้กระดาษ FSC", "no packaging printer in the set", certs=("FSC",)),
        ],
    ),
    Sme(
        "bdp-085", "th", "บริษัท ชุดกีฬาสยามรีไซเคิล จำกัด", SPORT, MID, "Pathum Thani",
        "siamrecyclesport@gmail.com", (GRS,), ("circular",),
        [("ชุดกีฬาทีมจากขวดพลาสติกรีไซเคิล ผลิตตามสั่ง", "recycled_team_kit")],
        [N("เส้นใยโพลีเอสเตอร์รีไซเคิลจากขวด มี GRS", "recycled_polyester_fibre", certs=(GRS,))],
    ),
    Sme(
        "bdp-086", "th", "วิสาหกิจชุมชนผ้าทอไทลื้อบ้านหนองบัว", HEMP, MID, "Nan",
        "thailue.nongbua@gmail.com", (OTOP,), ("bio",),
        [("ผ้าซิ่นไทลื้อ ย้อมคราม ย้อมครั่ง", "natural_dyed_cotton_fabric")],
        [N("ฝ้ายย้อมสีธรรมชาติ สีแดงครั่ง สีเหลืองขมิ้น", "natural_dyed_cotton_yarn")],
    ),
    Sme(
        "bdp-087", "th", "สปาแผนไทยบ้านสวนเขาค้อ", AGC, DOWN, "Phetchabun",
        "baansuan.khaokho@gmail.com", (), ("green",),
        [],
        [
            N("ผ้าขนหนูย้อมสีธรรมชาติ ใช้ในสปา", "natural_dyed_towel"),
            U("เตียงนวดไม้สัก", "no furniture offered"),
        ],
    ),
    Sme(
        "bdp-088", "en", "Pattani Modest Wear", AGC, DOWN, "Pattani",
        "pattanimodest@gmail.com", (), (),
        [("Modest long dresses in naturally dyed cotton", "natural_dyed_garment")],
        [N("Plant-dyed batik lengths for dresses, Halal not required", "batik_natural_dyed", waives=("Halal",))],
    ),
    Sme(
        "bdp-089", "th", "โรงพยาบาลสรรคบุรี", AGC, DOWN, "Chai Nat",
        "sankhaburi.hosp@gmail.com", (), (),
        [],
        [
            N("ชุดคนไข้ ผ้าฝ้าย", "patient_gown"),
            N("ผ้าปูเตียง ผ้าฝ้ายย้อมสีธรรมชาติ ไม่ต้องมี มอก.", "natural_dyed_bed_linen", waives=(TIS,)),
        ],
    ),
    Sme(
        "bdp-090", "th", "กลุ่มรีไซเคิลยีนส์บ้านโป่ง", CIRC, MID, "Ratchaburi",
        "banpong.jeans@gmail.com", (), ("circular",),
        [("กระเป๋าจากยีนส์เก่า ทำมือ", "upcycled_denim_product")],
        [N("ยีนส์เก่า", "used_denim")],
    ),
    Sme(
        "bdp-091", "th", "กลุ่มผู้ปลูกฝ้ายอินทรีย์นาแห้ว", HEMP, UP, "Loei",
        "nahaeo.cotton@gmail.com", (ORG,), ("bio",),
        [("ฝ้ายพื้นเมืองอินทรีย์ ทั้งเมล็ด", "cotton_fibre_raw")],
        [U("เครื่องอีดฝ้ายแบบมอเตอร์", "no ginning machine offered")],
    ),
    Sme(
        "bdp-092", "th", "บริษัท สีไทยธรรมชาติ จำกัด", HEMP, MID, "Pathum Thani",
        "lab@siithai.co.th", ("ISO 9001",), ("bio", "green"),
        [("สีย้อมธรรมชาติสกัดเข้มข้น ครั่ง ฝาง คราม ชนิดผง", "natural_dye_extract")],
        [N("ครั่งดิบปริมาณมาก 1 ตันต่อปี", "lac_sticklac")],
    ),
    Sme(
        "bdp-093", "en", "Fair Isan Crafts Export", AGI, DOWN, "Khon Kaen",
        "export@fairisancrafts.com", ("Fairtrade",), ("green",),
        [],
        [
            U(
                "Indigo cotton scarves from Fairtrade certified groups",
                "no Fairtrade-certified scarf maker",
                certs=("Fairtrade",),
            ),
            N("Mudmee silk lengths with the Peacock Emblem", "natural_dyed_silk_fabric", certs=(PEACOCK,)),
        ],
    ),
    Sme(
        "bdp-094", "en", "Khram Active", SPORT, DOWN, "Bangkok",
        "hello@khramactive.com", (), ("green",),
        [],
        [N("Yoga wear in plant dyes, OEKO-TEX certified", "natural_dyed_yoga_wear", certs=(OEKO,))],
    ),
    Sme(
        "bdp-095", "th", "ร้านวินเทจย้อมครามเชียงราย", CIRC, DOWN, "Chiang Rai",
        "vintage.khram.cr@gmail.com", (), ("circular",),
        [("แจ็กเก็ตยีนส์เก่าย้อมครามใหม่ ขายปลีก", "redyed_vintage_garment")],
        [N("เสื้อผ้ามือสองเกรด A", "used_garments_secondhand")],
    ),
]

if __name__ == "__main__":
    sys.exit(main())
