"""Hand-written evaluation set `blind_plain_decor`: plain registry entries of a home decor, gifts and toys cluster.

Run from the repository root: `.venv/bin/python eval/blind_plain_decor/write.py`.
Writes `profiles.jsonl` and `links.csv` next to this file, only when every check passes.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

tx = importlib.import_module("shared.taxonomy")

HNF, CT, SPT = "hemp_natural_fibre", "circular_textile", "sportech"
ALC, ALI = "ageing_lifestyle_central", "ageing_lifestyle_isan"
UP, MID, DOWN = "upstream", "midstream", "downstream"


@dataclass(frozen=True)
class Need:
    text: str
    labels: tuple[str, ...]
    certs: tuple[str, ...]
    waives: tuple[str, ...]
    unmet: str


def N(text: str, *labels: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need met by any offer carrying one of `labels`, from a supplier holding every cert in `certs`."""
    return Need(text, tuple(labels), tuple(certs), tuple(waives), "")


def U(text: str, note: str, certs: tuple[str, ...] = (), waives: tuple[str, ...] = ()) -> Need:
    """A need that no SME in the set meets; `note` says why."""
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


# ------------------------------------------------------------------ checks


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def _letters(text: str) -> tuple[int, int]:
    thai = sum(1 for ch in text if _is_thai(ch) and unicodedata.category(ch).startswith("L"))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return thai, latin


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def _names_cert(text: str, cert: str) -> bool:
    """True when `text` names `cert` by any of its names, mentions or aliases (negated or not)."""
    for c in tx.CERTIFICATIONS:
        if c.name == cert:
            names = (c.name, c.full_name, *c.aliases, *c.mentions, *c.case_sensitive_mentions)
            return any(_key(n) and _key(n) in _key(text) for n in names)
    return False


def offered_labels(sme: Sme) -> set[str]:
    return {label for _, label in sme.offers}


def links() -> list[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for buyer in SMES:
        for need in buyer.needs:
            for supplier in qualified(buyer, need):
                pairs.add((supplier.id, buyer.id))
    return sorted(pairs)


def qualified(buyer: Sme, need: Need) -> list[Sme]:
    return [
        s
        for s in SMES
        if s.id != buyer.id
        and offered_labels(s) & set(need.labels)
        and set(need.certs) <= set(s.certs)
    ]


def check() -> list[str]:
    errors: list[str] = []
    subs = {str(x) for x in tx.SubCluster}
    stages = {str(x) for x in tx.Stage}
    bcgs = {str(x) for x in tx.BcgTag}
    ids = [s.id for s in SMES]
    if ids != [f"bdc-{i:03d}" for i in range(1, len(SMES) + 1)]:
        errors.append("ids are not bdc-001 ... in order")
    if len(set(s.name for s in SMES)) != len(SMES):
        errors.append("duplicate names")
    for s in SMES:
        where = s.id
        if s.lang not in ("th", "en"):
            errors.append(f"{where}: language {s.lang}")
        if s.sub not in subs:
            errors.append(f"{where}: sub-cluster {s.sub}")
        if s.stage not in stages:
            errors.append(f"{where}: stage {s.stage}")
        province = tx.resolve_province(s.province)
        if province is None or province.name_en != s.province:
            errors.append(f"{where}: province {s.province}")
        for c in s.certs:
            if tx.resolve_certification(c) != c:
                errors.append(f"{where}: certification {c}")
        if not set(s.bcg) <= bcgs:
            errors.append(f"{where}: bcg {s.bcg}")
        if "@" not in s.email or " " in s.email or not s.email.isascii():
            errors.append(f"{where}: email {s.email}")
        if not 0 <= len(s.offers) <= 4 or not 1 <= len(s.needs) <= 4:
            errors.append(f"{where}: {len(s.offers)} offers, {len(s.needs)} needs")
        phrases = [t for t, _ in s.offers] + [n.text for n in s.needs]
        if len(set(phrases)) != len(phrases):
            errors.append(f"{where}: repeated phrase")
        for text in phrases:
            thai, latin = _letters(text)
            if s.lang == "th" and thai < 2 * latin:
                errors.append(f"{where}: Thai phrase not mostly Thai: {text}")
            if s.lang == "en" and not text.isascii():
                errors.append(f"{where}: English phrase not Latin only: {text}")
        if s.lang == "en" and not s.name.isascii():
            errors.append(f"{where}: English name not Latin only")
        if s.lang == "th" and _letters(s.name)[0] == 0:
            errors.append(f"{where}: Thai profile with no Thai in name")
        for text, label in s.offers:
            if not label or label != label.lower() or " " in label:
                errors.append(f"{where}: bad label {label!r}")
            claimed = tx.find_certifications(text)
            if not claimed <= set(s.certs):
                errors.append(f"{where}: offer claims {claimed - set(s.certs)} not held: {text}")
        for need in s.needs:
            if bool(need.labels) == bool(need.unmet):
                errors.append(f"{where}: need must have labels or a note, not both: {need.text}")
            for label in need.labels:
                if not any(label in offered_labels(o) for o in SMES if o.id != s.id):
                    errors.append(f"{where}: label {label} offered by no one else")
            if need.labels and not qualified(s, need):
                errors.append(f"{where}: no qualified supplier for: {need.text}")
            for c in (*need.certs, *need.waives):
                if tx.resolve_certification(c) != c:
                    errors.append(f"{where}: need certification {c}")
                if not _names_cert(need.text, c):
                    errors.append(f"{where}: {c} not named in: {need.text}")
            if set(need.certs) & set(need.waives):
                errors.append(f"{where}: cert both required and waived: {need.text}")
            asked = tx.find_certifications(need.text)
            if not asked <= set(need.certs) | set(need.waives):
                errors.append(f"{where}: text names {asked} not in certs/waives: {need.text}")
    return errors


def counts() -> dict[str, object]:
    by_id = {s.id: s for s in SMES}
    pairs = links()
    needs = [n for s in SMES for n in s.needs]
    cross_te = sum(1 for a, b in pairs if by_id[a].lang == "th" and by_id[b].lang == "en")
    cross_et = sum(1 for a, b in pairs if by_id[a].lang == "en" and by_id[b].lang == "th")
    regions: dict[str, int] = {}
    for s in SMES:
        region = str(tx.resolve_province(s.province).region)
        regions[region] = regions.get(region, 0) + 1
    return {
        "profiles": len(SMES),
        "th": sum(1 for s in SMES if s.lang == "th"),
        "en": sum(1 for s in SMES if s.lang == "en"),
        "sub": {x: sum(1 for s in SMES if s.sub == x) for x in (HNF, CT, SPT, ALC, ALI)},
        "stage": {x: sum(1 for s in SMES if s.stage == x) for x in (UP, MID, DOWN)},
        "region": dict(sorted(regions.items())),
        "provinces": len({s.province for s in SMES}),
        "offers": sum(len(s.offers) for s in SMES),
        "offer_labels": len({label for s in SMES for _, label in s.offers}),
        "needs": len(needs),
        "met": sum(1 for n in needs if n.labels),
        "unmet": sum(1 for n in needs if n.unmet),
        "need_cert": sum(1 for n in needs if n.certs),
        "waive_cert": sum(1 for n in needs if n.waives),
        "links": len(pairs),
        "cross_th_en": cross_te,
        "cross_en_th": cross_et,
        "cross": cross_te + cross_et,
        "cross_pct": round(100 * (cross_te + cross_et) / max(1, len(pairs)), 1),
        "within": len(pairs) - cross_te - cross_et,
        "cross_sub": sum(1 for a, b in pairs if by_id[a].sub != by_id[b].sub),
    }


def check_targets(c: dict[str, object]) -> list[str]:
    errors: list[str] = []
    if c["profiles"] != 95:
        errors.append(f"profiles {c['profiles']} != 95")
    if not 0.50 <= c["th"] / max(1, c["profiles"]) <= 0.60:
        errors.append(f"th share {c['th']}/{c['profiles']}")
    if not 140 <= c["links"] <= 180:
        errors.append(f"links {c['links']} not in 140-180")
    if c["cross_pct"] < 45:
        errors.append(f"cross-language {c['cross_pct']} % < 45 %")
    if not 15 <= c["unmet"] <= 25:
        errors.append(f"unmet needs {c['unmet']} not in 15-25")
    if c["need_cert"] < 5 or c["waive_cert"] < 4:
        errors.append(f"needs requiring {c['need_cert']} / waiving {c['waive_cert']} a certification")
    if any(v == 0 for v in c["sub"].values()) or any(v == 0 for v in c["stage"].values()):
        errors.append("a sub-cluster or stage is empty")
    if c["provinces"] < 35:
        errors.append(f"only {c['provinces']} provinces")
    return errors


def profile_json(s: Sme) -> str:
    row = {
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
    return json.dumps(row, ensure_ascii=False)


def main(write: bool = True) -> int:
    errors = check()
    c = counts()
    errors += check_targets(c)
    for e in errors:
        print("ERROR", e)
    print(json.dumps(c, ensure_ascii=False))
    if errors:
        print(f"{len(errors)} errors; nothing written")
        return 1
    if write:
        jsonl = "".join(profile_json(s) + "\n" for s in SMES)
        (HERE / "profiles.jsonl").write_bytes(jsonl.encode("utf-8"))
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["supplier_id", "buyer_id"])
        w.writerows(links())
        (HERE / "links.csv").write_bytes(buf.getvalue().encode("utf-8"))
        print("wrote profiles.jsonl and links.csv")
    return 0


# ------------------------------------------------------------------ data

SMES += [
    Sme(
        "bdc-001", "th", "กลุ่มผ้าย้อมครามบ้านนาเชือก", HNF, UP, "Sakon Nakhon", "khram.nachueak@gmail.com",
        ("OTOP",), ("bio", "green"),
        (
            ("ครามเปียกหมักเอง กก.ละ 350 บาท", "indigo_paste"),
            ("ผ้าฝ้ายทอมือย้อมครามแท้ หน้ากว้าง 1 ม. ขายเป็นเมตร", "indigo_dyed_cotton_fabric"),
            ("รับย้อมครามผ้าของลูกค้า คิดตามน้ำหนักผ้า", "indigo_dyeing_service"),
        ),
        (
            N("ฝ้ายเข็นมือสีขาวธรรมชาติ เดือนละ 30 กก.", "handspun_cotton_yarn"),
            N("กล่องกระดาษคราฟท์ใส่ผ้าพันคอ เป็นของฝาก", "kraft_gift_box"),
        ),
    ),
    Sme(
        "bdc-002", "en", "Dan Sai Native Cotton Growers", ALI, UP, "Loei", "dansai.cotton@hotmail.com",
        ("Organic Thailand",), ("bio",),
        (
            ("Handspun native cotton yarn, natural white and khaki brown", "handspun_cotton_yarn"),
            ("Ginned raw cotton, seeds out, 10 kg sacks", "raw_cotton_lint"),
        ),
        (N("fermented indigo paste approx 20 kg/month", "indigo_paste"),),
    ),
    Sme(
        "bdc-003", "th", "วิสาหกิจชุมชนผักตบชวาบางบาล", HNF, UP, "Phra Nakhon Si Ayutthaya",
        "paktob.bangban@gmail.com", ("OTOP",), ("bio", "circular"),
        (
            ("ผักตบชวาตากแห้ง คัดเส้นยาว 60 ซม. ขึ้นไป", "dried_water_hyacinth"),
            ("เชือกผักตบถักเปีย ม้วนละ 50 เมตร", "water_hyacinth_braid"),
        ),
        (
            U("น้ำยากันราสำหรับงานจักสาน แบบไม่มีกลิ่นฉุน", "no maker of anti-mould agents in the set"),
            N("มีใครรับอบ/รมควันกันมอดงานจักสานบ้างคะ", "craft_fumigation_service"),
        ),
    ),
    Sme(
        "bdc-004", "en", "Chao Phraya Home Export Co., Ltd.", ALC, DOWN, "Bangkok", "sourcing@cphomeexport.co.th",
        ("ISO 9001",), (),
        (),
        (
            N("Water hyacinth storage baskets, nested sets of 3, export carton", "water_hyacinth_basket"),
            N("Round krajood placemats 38 cm", "krajood_placemat"),
            N(
                "Cushion covers 45x45 handwoven cotton, OEKO-TEX required for EU buyer",
                "cushion_cover",
                certs=("OEKO-TEX Standard 100",),
            ),
        ),
    ),
    Sme(
        "bdc-005", "th", "กลุ่มจักสานกระจูดทะเลน้อย", HNF, DOWN, "Phatthalung", "krajood.thalenoi@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("กระเป๋ากระจูดสานลายขิด มีซับใน", "krajood_bag"),
            ("ที่รองจานกระจูด ทรงกลม/เหลี่ยม สั่งขั้นต่ำ 50 ชิ้น", "krajood_placemat"),
            ("กระจูดแห้งย้อมสีแล้ว ขายเป็นกำ", "dyed_krajood_sedge"),
        ),
        (
            N("ผ้าบาติกทำซับในกระเป๋า", "batik_fabric"),
            N("หูกระเป๋าหนังเทียม สีน้ำตาล", "bag_handle"),
        ),
    ),
    Sme(
        "bdc-006", "en", "GreenLoop Textile Recovery", CT, UP, "Samut Sakhon", "hello@greenloop-th.com",
        ("GRS",), ("circular",),
        (
            ("Pre-consumer cotton cutting scraps sorted by colour, 20 kg bags", "sorted_cotton_scrap"),
            ("Shredded textile waste for stuffing (shoddy)", "shredded_textile_stuffing"),
        ),
        (
            N("Garment factory offcuts, end-of-roll, any colour - we collect", "textile_cutting_waste"),
            N("used uniforms / workwear, bulk", "used_garments"),
        ),
    ),
    Sme(
        "bdc-007", "th", "บ้านพักผู้สูงอายุ บ้านสุขใจ นนทบุรี", ALC, DOWN, "Nonthaburi", "baansukjai.care@gmail.com",
        (), (),
        (),
        (
            N("หมอนอิงผ้าฝ้ายพร้อมไส้ ปลอกถอดซักได้ 40 ใบ", "filled_cushion"),
            N("ผ้าห่มกิจกรรมสำหรับผู้ป่วยสมองเสื่อม (fidget quilt)", "activity_fidget_blanket"),
            N("ตุ๊กตาผ้าสำหรับกอด ให้ผู้สูงอายุ", "fabric_doll", "soft_toy"),
        ),
    ),
    Sme(
        "bdc-008", "en", "Pathom Stitch CMT", ALC, MID, "Nakhon Pathom", "pathomstitch@gmail.com",
        (), (),
        (
            ("Cut-make-trim sewing for small brands, MOQ 100 pcs", "sewing_service"),
            ("We sew your fabric into cushion covers & table linen", "sewing_service"),
        ),
        (
            N("Invisible zippers 40 cm, 2000 pcs", "zipper"),
            N("overlock thread cones", "sewing_thread"),
        ),
    ),
    Sme(
        "bdc-009", "th", "สตูดิโอย้อมสีธรรมชาติ ดอยสะเก็ด", HNF, MID, "Chiang Mai", "doisaket.naturaldye@gmail.com",
        (), ("bio", "green"),
        (
            ("รับย้อมผ้าสีธรรมชาติ เปลือกไม้ ฝาง ครั่ง ตามสั่ง", "natural_dyeing_service"),
            ("ผ้าฝ้ายย้อมครั่งสีแดงอิฐ", "natural_dyed_cotton_fabric"),
        ),
        (
            N("ครั่งดิบ หรือครั่งเม็ด", "natural_dye_material"),
            N("ผ้าฝ้ายดิบยังไม่ฟอก (ผ้าดิบ) สำหรับย้อม", "greige_cotton_fabric"),
        ),
    ),
    Sme(
        "bdc-010", "en", "Phrae Mohom Farm", HNF, UP, "Phrae", "phraemohom.farm@gmail.com",
        ("Organic Thailand",), ("bio",),
        (
            ("Fermented indigo paste (hom), 5 kg tubs", "indigo_paste"),
            ("Natural dye stuff: ebony fruit, lac, jackfruit heartwood chips", "natural_dye_material"),
        ),
        (N("kraft boxes for DIY dye kits, printed logo", "kraft_gift_box"),),
    ),
    Sme(
        "bdc-011", "th", "ร้านผ้าต่อ แพทช์เวิร์คบางกอก", CT, DOWN, "Bangkok", "patchwork.bkk@gmail.com",
        (), ("circular",),
        (
            ("ผ้าห่มควิลท์ต่อเศษผ้า ขนาด 5 ฟุต", "patchwork_quilt"),
            ("ผ้าคลุมเตียงแพทช์เวิร์ค สั่งทำตามสี", "patchwork_quilt"),
        ),
        (
            N("เศษผ้าฝ้ายลายดอก ชิ้นใหญ่ คัดสีแล้ว", "sorted_cotton_scrap"),
            N("ใยบุควิลท์ที่เป็นฝ้าย ไม่เอาใยโพลี", "cotton_batting"),
        ),
    ),
    Sme(
        "bdc-012", "en", "Eastern Sublimation Print", SPT, MID, "Chonburi", "esp.print@outlook.com",
        (), (),
        (
            ("Sublimation printing on polyester, per metre, min 30 m", "sublimation_printing_service"),
            ("Microfibre sport towels printed with your logo", "printed_sport_towel"),
        ),
        (
            N("White 100% poly knit 160 gsm", "polyester_knit_fabric"),
            N("rPET fabric with GRS certificate for club jerseys", "recycled_polyester_fabric", certs=("GRS",)),
        ),
    ),
    Sme(
        "bdc-013", "th", "บริษัท รีไซเคิลเพ็ท ระยอง จำกัด", SPT, UP, "Rayong", "sales@recyclepet-ry.co.th",
        ("GRS", "ISO 9001"), ("circular",),
        (
            ("ใยโพลีเอสเตอร์รีไซเคิลจากขวด PET สำหรับยัดหมอน/ตุ๊กตา", "recycled_polyester_fibrefill"),
            ("เส้นด้ายรีไซเคิล rPET 150D", "recycled_polyester_yarn"),
        ),
        (U("ขวด PET ใส อัดก้อน เดือนละ 10 ตัน", "no bottle collector in the set"),),
    ),
    Sme(
        "bdc-014", "en", "Khon Kaen Heritage Hotel", ALI, DOWN, "Khon Kaen", "purchasing@kkheritagehotel.com",
        (), ("green",),
        (),
        (
            N("Handwoven table runners (pha khao ma or mudmee) for 120 tables", "table_runner"),
            N("welcome gift sets for VIP rooms, local products", "gift_set"),
            N("Water hyacinth laundry hampers", "water_hyacinth_basket"),
        ),
    ),
    Sme(
        "bdc-015", "th", "กลุ่มทอผ้าไหมมัดหมี่ชนบท", ALI, MID, "Khon Kaen", "chonnabot.silk@gmail.com",
        ("Thai Silk Peacock Emblem", "OTOP"), ("bio",),
        (
            ("ผ้าไหมมัดหมี่ ตรานกยูงพระราชทาน สีทอง", "mudmee_silk_fabric"),
            ("ผ้าไหมพื้นทอมือ ตัดขายเป็นหลา", "plain_silk_fabric"),
        ),
        (
            N("เส้นไหมไทยพื้นบ้าน (ไหมน้อย)", "thai_silk_yarn"),
            N("ต้องการคนรับย้อมสีธรรมชาติให้เส้นไหม", "natural_dyeing_service"),
        ),
    ),
    Sme(
        "bdc-016", "en", "Hmong Hemp Collective Tak", HNF, UP, "Tak", "hmonghemp.tak@gmail.com",
        (), ("bio",),
        (
            ("Hand-stripped hemp bast fibre", "hemp_fibre"),
            ("hand-spliced hemp yarn, undyed", "hemp_yarn"),
            ("Hemp cloth with beeswax batik, indigo", "hemp_batik_fabric"),
        ),
        (U("Beeswax, 10 kg, unbleached", "no beeswax seller in the set"),),
    ),
    Sme(
        "bdc-017", "th", "ร้านของฝากบ้านของขวัญ สีลม", ALC, DOWN, "Bangkok", "baankhongkwan.silom@gmail.com",
        (), (),
        (),
        (
            N("พวงกุญแจตุ๊กตาช้างผ้า ขายส่ง", "keyring_souvenir"),
            N("กล่องไม้ไผ่สาน ใส่ขนม/ของฝาก", "bamboo_box"),
            N("ผ้ารองจานฝ้ายทอมือ ชุดละ 4 ผืน", "fabric_placemat"),
        ),
    ),
    Sme(
        "bdc-018", "en", "Little Elephant Softies", CT, DOWN, "Chiang Mai", "orders@littleelephantsofties.com",
        ("OEKO-TEX Standard 100",), ("circular",),
        (
            ("Stuffed elephant soft toys sewn from upcycled fabric", "soft_toy"),
            ("Fabric key rings - elephant, tuk-tuk shapes", "keyring_souvenir"),
        ),
        (
            N(
                "Toy stuffing/fiberfill, must be OEKO-TEX (baby toys)",
                "polyester_fibrefill",
                "recycled_polyester_fibrefill",
                certs=("OEKO-TEX Standard 100",),
            ),
            N("cotton scraps in pastel colours", "sorted_cotton_scrap"),
            N("Key ring split rings + chains, 1000 sets", "keyring_hardware"),
        ),
    ),
    Sme(
        "bdc-019", "th", "บ้านโคมไฟผ้าทอ น่าน", HNF, DOWN, "Nan", "komfai.nan@gmail.com",
        ("OTOP",), ("green",),
        (
            ("โคมไฟโครงไม้ไผ่หุ้มผ้าฝ้ายทอ", "lamp_shade"),
            ("โป๊ะไฟผ้าทอมือ สั่งทำตามขนาด", "lamp_shade"),
        ),
        (
            N("โครงโคมเหล็กชุบกันสนิม ทรงกระบอก", "lamp_shade_frame"),
            N("ผ้าฝ้ายย้อมคราม", "indigo_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        "bdc-020", "en", "Prachin Bamboo Craft Supply", ALC, UP, "Prachinburi", "prachinbamboo@gmail.com",
        (), ("bio",),
        (
            ("Split bamboo strips (tok), 1 m, boiled and dried", "bamboo_strip"),
            ("Rattan core 2.5 mm, 1 kg coils", "rattan_cane"),
        ),
        (U("second-hand bamboo splitting machine", "no machinery seller in the set"),),
    ),
]

SMES += [
    Sme(
        "bdc-021", "th", "บริษัท สยามการ์เมนต์ บางพลี จำกัด", CT, MID, "Samut Prakan", "siamgarment.bp@gmail.com",
        ("ISO 9001",), ("circular",),
        (
            ("เศษผ้าตัดจากโรงงาน คอตตอน/TC คละสี ขายเหมากระสอบ", "textile_cutting_waste"),
            ("ผ้ายืดคอตตอน 100% ค้างสต็อก ราคาพิเศษ", "cotton_knit_fabric"),
        ),
        (N("ด้ายเย็บผ้าโพลีเอสเตอร์ 40/2 สีขาว ดำ", "sewing_thread"),),
    ),
    Sme(
        "bdc-022", "en", "Krungthep Zip & Trim", ALC, MID, "Bangkok", "kzt.trim@gmail.com",
        (), (),
        (
            ("Nylon coil & invisible zippers, all lengths", "zipper"),
            ("Polyester sewing thread 40/2, 5000 m cones", "sewing_thread"),
            ("Key rings 25 mm with chain, nickel", "keyring_hardware"),
            ("PU leather bag handles 60 cm", "bag_handle"),
        ),
        (N("woven labels, small runs", "woven_label"),),
    ),
    Sme(
        "bdc-023", "th", "กลุ่มตุ๊กตาผ้าบ้านหนองแวง", ALI, DOWN, "Roi Et", "tuktaphanongwaeng@gmail.com",
        ("OTOP",), (),
        (
            ("ตุ๊กตาผ้าใส่ชุดผ้าไหม ตัวละ 150 บาท", "fabric_doll"),
            ("ตุ๊กตากอด/ตุ๊กตาบำบัดสำหรับผู้สูงวัย", "fabric_doll"),
            ("ตุ๊กตาจิ๋วห้อยกระเป๋า ของที่ระลึก", "keyring_souvenir"),
        ),
        (
            N("ใยสังเคราะห์ยัดตุ๊กตา กระสอบละ 15 กก.", "polyester_fibrefill", "recycled_polyester_fibrefill"),
            N("เศษผ้าไหม", "silk_scrap"),
        ),
    ),
    Sme(
        "bdc-024", "en", "Mae Fah Interiors Studio", HNF, DOWN, "Chiang Rai", "studio@maefahinteriors.com",
        (), ("green",),
        (("Interior styling for homestays and small resorts", "interior_design_service"),),
        (
            N("Large macrame wall hangings for a resort lobby, 2 m wide", "macrame_wall_hanging"),
            N("hand-woven lamp shades, custom sizes", "lamp_shade"),
            N("Hemp or cotton cushion covers - GOTS not required", "cushion_cover", waives=("GOTS",)),
        ),
    ),
    Sme(
        "bdc-025", "th", "บ้านริมคลองอัมพวา โฮมสเตย์", ALC, DOWN, "Samut Songkhram", "baanrimkhlong.amphawa@gmail.com",
        (), (),
        (),
        (
            N("ผ้าปูโต๊ะยาว/ผ้ารองจาน ลายผ้าขาวม้า", "table_runner", "fabric_placemat"),
            N("ตะกร้าผักตบใส่ผ้าเช็ดตัว", "water_hyacinth_basket"),
        ),
    ),
    Sme(
        "bdc-026", "en", "Rangsit Textile Sorting Co.", CT, UP, "Pathum Thani", "info@rangsitsorting.com",
        ("RCS",), ("circular",),
        (
            ("Post-consumer clothing sorted by fibre: cotton / poly / blends", "used_garments"),
            ("Cotton rags cut from old T-shirts, wiping grade", "cotton_rags"),
        ),
        (
            N("Second-hand clothing bales, unsorted OK", "used_garments"),
            U("Baler machine rental for 3 months", "no machine hire in the set"),
        ),
    ),
    Sme(
        "bdc-027", "th", "กลุ่มทอผ้าฝ้ายบ้านนาข่า", HNF, MID, "Udon Thani", "naka.weaving@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("ผ้าฝ้ายหมี่ขิดทอมือ", "handwoven_cotton_fabric"),
            ("ผ้าขาวม้าทอมือ ผืนละ 120 บาท", "pha_khao_ma"),
            ("ผ้าฝ้ายดิบทอมือ ไม่ฟอกไม่ย้อม", "greige_cotton_fabric"),
        ),
        (N("ด้ายฝ้ายโรงงาน เบอร์ 20/2", "cotton_yarn_mill"),),
    ),
    Sme(
        "bdc-028", "en", "Surin Silk Reelers", ALI, UP, "Surin", "surinsilkreelers@gmail.com",
        (), ("bio",),
        (
            ("Thai native silk yarn, hand-reeled, golden yellow", "thai_silk_yarn"),
            ("silk floss and cocoon waste", "silk_waste_floss"),
        ),
        (U("Mulberry saplings, 2000 plants", "no nursery in the set"),),
    ),
    Sme(
        "bdc-029", "th", "ฮักแปง ดอกไม้ผ้า", CT, DOWN, "Lamphun", "hakpaeng.flowers@gmail.com",
        (), ("circular",),
        (
            ("ดอกไม้ผ้าจากเศษผ้า ติดกล่องของขวัญ", "fabric_flower"),
            ("ช่อดอกไม้ผ้า ใช้ตกแต่งงานแต่ง", "fabric_flower"),
        ),
        (
            U("ลวดหุ้มกระดาษทำก้านดอก", "no florist wire seller in the set"),
            N("เศษผ้าซาติน เศษผ้าไหม", "silk_scrap"),
        ),
    ),
    Sme(
        "bdc-030", "en", "Yogi Nest Studio", SPT, DOWN, "Bangkok", "hello@yoginest.studio",
        (), (),
        (),
        (
            N("yoga bolsters + meditation cushions, kapok filled", "meditation_cushion"),
            N("Macrame plant hangers for the studio", "macrame_plant_hanger"),
        ),
    ),
    Sme(
        "bdc-031", "th", "สวนนุ่นบ้านเขว้า", HNF, UP, "Chaiyaphum", "nunbaankhwao@gmail.com",
        (), ("bio",),
        (
            ("นุ่นดีดแล้ว ไม่มีเมล็ด ถุงละ 5 กก.", "kapok_fibre"),
            ("ฝักนุ่นแห้ง ขายเป็นกระสอบ", "kapok_pods"),
        ),
        (U("เครื่องดีดนุ่นมือสอง", "no machinery seller in the set"),),
    ),
    Sme(
        "bdc-032", "en", "Comfort Home Cushion Co.", ALC, DOWN, "Nonthaburi", "comforthome.cushion@gmail.com",
        (), (),
        (
            ("Seat cushions with kapok filling, washable cover", "filled_cushion"),
            ("Cushion covers in Thai fabrics 40x40 / 45x45", "cushion_cover"),
        ),
        (
            N("Kapok, cleaned, 200 kg a month", "kapok_fibre"),
            N("Indigo cotton or khao ma fabric by the metre", "indigo_dyed_cotton_fabric", "pha_khao_ma"),
        ),
    ),
    Sme(
        "bdc-033", "th", "ร้านผ้าทอเมืองดอกบัว อุบล", ALI, DOWN, "Ubon Ratchathani", "phathodokbua@gmail.com",
        (), (),
        (),
        (
            N(
                "ผ้าไหมมัดหมี่ ต้องมีตรานกยูงพระราชทาน",
                "mudmee_silk_fabric",
                certs=("Thai Silk Peacock Emblem",),
            ),
            N("ตุ๊กตาผ้าราคาส่ง", "fabric_doll"),
        ),
    ),
    Sme(
        "bdc-034", "en", "Ping River Macrame Works", HNF, MID, "Chiang Mai", "pingmacrame@gmail.com",
        (), ("green",),
        (
            ("Macrame wall hangings, boho, 60-200 cm", "macrame_wall_hanging"),
            ("macrame plant hangers wholesale", "macrame_plant_hanger"),
        ),
        (
            N("Cotton macrame cord 5 mm single twist, natural", "cotton_macrame_cord"),
            U("Wooden dowels / driftwood sticks", "no wood seller in the set"),
        ),
    ),
    Sme(
        "bdc-035", "th", "โคราชรีไซเคิล รับซื้อเสื้อผ้าเก่า", CT, UP, "Nakhon Ratchasima", "koratrecycle@gmail.com",
        (), ("circular",),
        (
            ("เสื้อผ้ามือสองเป็นกระสอบ คละไซส์", "used_garments"),
            ("เส้นด้ายผ้ายืดจากเสื้อยืดเก่า (T-shirt yarn)", "tshirt_yarn"),
        ),
        (N("เศษผ้ายืดจากโรงงาน", "textile_cutting_waste"),),
    ),
    Sme(
        "bdc-036", "en", "Lopburi Cotton Rope & Cord", ALC, MID, "Lopburi", "lopburicord@gmail.com",
        (), (),
        (
            ("3-ply cotton rope for macrame 4/5/6 mm", "cotton_macrame_cord"),
            ("Braided cotton piping cord for cushions", "piping_cord"),
        ),
        (N("Cotton yarn Ne 10 open-end", "cotton_yarn_mill"),),
    ),
    Sme(
        "bdc-037", "th", "โรงแรมเรือนไทยชะอำ", ALC, DOWN, "Phetchaburi", "ruenthai.chaam@gmail.com",
        (), (),
        (),
        (
            N("โคมไฟผ้าทอสำหรับห้องพัก 60 ห้อง", "lamp_shade"),
            N("ตะกร้าหวายใส่ของใช้ในห้องน้ำ", "rattan_basket"),
            N("ชุดของขวัญต้อนรับแขก ขอเป็นสินค้า OTOP", "gift_set", certs=("OTOP",)),
        ),
    ),
    Sme(
        "bdc-038", "en", "Ang Thong Wickerworks", HNF, DOWN, "Ang Thong", "angthongwicker@gmail.com",
        (), ("bio",),
        (
            ("Rattan baskets with lids", "rattan_basket"),
            ("Bamboo gift boxes and pinto lunch boxes", "bamboo_box"),
        ),
        (
            N("rattan core/cane", "rattan_cane"),
            N("bamboo strips", "bamboo_strip"),
        ),
    ),
    Sme(
        "bdc-039", "th", "กลุ่มผ้าไหมแพรวาบ้านโพน", ALI, MID, "Kalasin", "praewa.baanphon@gmail.com",
        ("Thai Silk Peacock Emblem", "OTOP"), ("bio",),
        (
            ("ผ้าไหมแพรวาทอมือ มีตรานกยูงพระราชทาน", "praewa_silk_fabric"),
            ("ผ้าพันคอไหมแพรวา", "silk_scarf"),
        ),
        (N("เส้นไหมพื้นบ้าน สาวมือ", "thai_silk_yarn"),),
    ),
    Sme(
        "bdc-040", "en", "ReThread Gifts Co.", CT, DOWN, "Bangkok", "sales@rethreadgifts.com",
        (), ("circular",),
        (
            ("Corporate gift sets from upcycled fabric: pouch, notebook, keychain", "corporate_gift_set"),
            ("Tote bags made from used uniforms", "upcycled_tote_bag"),
            ("We upcycle your company's old uniforms into staff gifts", "upcycling_service"),
        ),
        (
            N("old staff uniforms from companies", "used_garments"),
            N("screen printing of logos on bags", "screen_printing_service"),
        ),
    ),
]

SMES += [
    Sme(
        "bdc-041", "th", "กลุ่มจักสานผักตบชวาบ้านแป้ง", HNF, DOWN, "Sing Buri", "paktob.baanpaeng@gmail.com",
        ("OTOP",), ("bio", "circular"),
        (
            ("ตะกร้าผักตบชวาทรงกลม มีหูจับ เซ็ต 3 ใบ", "water_hyacinth_basket"),
            ("กล่องทิชชู่ผักตบ", "water_hyacinth_box"),
            ("รับสานตะกร้าผักตบตามแบบลูกค้า ส่งออกได้", "water_hyacinth_basket"),
        ),
        (
            N("ผักตบตากแห้ง เส้นยาว", "dried_water_hyacinth"),
            N("เชือกเปียผักตบ", "water_hyacinth_braid"),
        ),
    ),
    Sme(
        "bdc-042", "en", "Bangkok Screen & Stitch", CT, MID, "Bangkok", "bkkscreenstitch@gmail.com",
        (), (),
        (
            ("Screen printing on tote bags & tees, min 50 pcs", "screen_printing_service"),
            ("logo embroidery on caps, bags, towels", "embroidery_service"),
            ("Woven & printed labels, MOQ 500", "woven_label"),
        ),
        (N("Blank canvas totes, natural cotton 12 oz", "cotton_tote_blank"),),
    ),
    Sme(
        "bdc-043", "th", "บริษัท ผ้าถักสปอร์ต บางปู จำกัด", SPT, MID, "Samut Prakan", "sportknit.bangpoo@gmail.com",
        ("GRS", "OEKO-TEX Standard 100"), ("circular",),
        (
            ("ผ้าโพลีเอสเตอร์ถักสีขาว 160 แกรม สำหรับงานซับลิเมชัน", "polyester_knit_fabric"),
            ("ผ้าถักจากเส้นใยรีไซเคิล rPET มีใบรับรอง GRS", "recycled_polyester_fabric"),
        ),
        (N("เส้นด้ายรีไซเคิล rPET 150D ต้องมีใบรับรอง GRS", "recycled_polyester_yarn", certs=("GRS",)),),
    ),
    Sme(
        "bdc-044", "en", "Pattaya Beach Volley Club", SPT, DOWN, "Chonburi", "pattayabeachvolley@gmail.com",
        (), (),
        (),
        (N("Who can supply club towels printed with our logo? 300 pcs", "printed_sport_towel"),),
    ),
    Sme(
        "bdc-045", "th", "สุพรรณไฟเบอร์ ใยสังเคราะห์", ALC, UP, "Suphan Buri", "suphanfiber@gmail.com",
        ("OEKO-TEX Standard 100",), (),
        (
            ("ใยโพลีเอสเตอร์ใหม่ ใยบอล/ใยม้วน ผ่าน OEKO-TEX", "polyester_fibrefill"),
            ("ใยบุควิลท์โพลีเอสเตอร์ แผ่นม้วน กว้าง 150 ซม.", "polyester_batting"),
        ),
        (U("กระสอบพลาสติกสานใส่ใย", "no sack maker in the set"),),
    ),
    Sme(
        "bdc-046", "en", "Mekong Cotton Wadding", HNF, UP, "Nakhon Phanom", "mekongwadding@gmail.com",
        (), ("bio",),
        (
            ("100% cotton batting / wadding for quilts, needle-punched", "cotton_batting"),
            ("Ring-spun cotton yarn 20/2 and OE 10s", "cotton_yarn_mill"),
        ),
        (N("raw cotton lint, ginned", "raw_cotton_lint"),),
    ),
    Sme(
        "bdc-047", "th", "ร้านของฝากริมโขง มุกดาหาร", ALI, DOWN, "Mukdahan", "rimkhong.mukdahan@gmail.com",
        (), (),
        (),
        (
            N("ผ้าพันคอ/ผ้าคลุมไหล่ย้อมคราม", "indigo_scarf"),
            N("พวงกุญแจผ้า ของฝากชิ้นละ 20-30 บาท", "keyring_souvenir"),
        ),
    ),
    Sme(
        "bdc-048", "en", "Sukhumvit Gift Box & Hamper", ALC, DOWN, "Bangkok", "orders@skvhamper.com",
        ("OTOP",), (),
        (
            ("Gift hampers / gift sets of OTOP products, made to order", "gift_set"),
            ("Corporate New Year gift sets with logo sleeve", "corporate_gift_set"),
        ),
        (
            N("kraft boxes, FSC certified", "kraft_gift_box", certs=("FSC",)),
            N("Fabric flowers to decorate boxes", "fabric_flower"),
            N("small handwoven pouches", "fabric_pouch"),
        ),
    ),
    Sme(
        "bdc-049", "th", "โรงพิมพ์กล่องกระดาษ บางบัวทอง", ALC, MID, "Nonthaburi", "boxprint.bbt@gmail.com",
        ("FSC",), ("green",),
        (
            ("กล่องกระดาษคราฟท์พิมพ์โลโก้ ขั้นต่ำ 500 ใบ", "kraft_gift_box"),
            ("กล่องแข็งฝาครอบ หุ้มกระดาษสา", "rigid_gift_box"),
        ),
        (N("กระดาษสาแผ่นใหญ่", "sa_paper"),),
    ),
    Sme(
        "bdc-050", "en", "Bo Sang Saa Paper Mill", HNF, MID, "Chiang Mai", "bosangsaa@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("Handmade saa (mulberry) paper 60x90 cm", "sa_paper"),
            ("paper lamp shades, round", "lamp_shade"),
        ),
        (U("Dried mulberry bark (por saa)", "no bark grower in the set"),),
    ),
    Sme(
        "bdc-051", "th", "ร้านเหล็กดัดโครงโคม บางใหญ่", ALC, MID, "Nonthaburi", "khrongkhom.bangyai@gmail.com",
        (), (),
        (
            ("รับดัดโครงโคมไฟเหล็กตามแบบ ชุบกันสนิม", "lamp_shade_frame"),
            ("ขาโคมตั้งโต๊ะเหล็ก", "lamp_base"),
        ),
        (U("ลังกระดาษลูกฟูก 5 ชั้น", "no carton maker in the set"),),
    ),
    Sme(
        "bdc-052", "en", "Korat Dementia Care Centre", ALI, DOWN, "Nakhon Ratchasima", "kdcc.korat@gmail.com",
        (), (),
        (),
        (
            N("Activity/fidget blankets with zips, buttons, ribbons", "activity_fidget_blanket"),
            N("therapy dolls for residents", "fabric_doll"),
            N("Anti-slip socks for elderly", "anti_slip_socks"),
        ),
    ),
    Sme(
        "bdc-053", "th", "กลุ่มแม่บ้านผ้าฝึกมือ สามพราน", ALC, DOWN, "Nakhon Pathom", "phafuekmue.sampran@gmail.com",
        (), ("circular",),
        (
            ("ผ้าห่มฝึกมือผู้ป่วยสมองเสื่อม มีกระดุม ซิป ริบบิ้น", "activity_fidget_blanket"),
            ("ผ้ากันเปื้อนผู้ใหญ่ ผ้ากันน้ำ", "adult_bib"),
        ),
        (
            N("ซิปสั้น 15 ซม.", "zipper"),
            N("เศษผ้าคละสี", "sorted_cotton_scrap", "textile_cutting_waste"),
        ),
    ),
    Sme(
        "bdc-054", "en", "Andaman Sail Recovery", CT, UP, "Phuket", "andamansail@gmail.com",
        (), ("circular",),
        (
            ("Used sailcloth and kite fabric, cleaned", "used_sailcloth"),
            ("Discarded fishing nets, washed and sorted", "fishing_net_waste"),
        ),
        (N("Sewing of bags from our own sailcloth", "sewing_service"),),
    ),
    Sme(
        "bdc-055", "th", "กลุ่มเตยปาหนันบ้านเกาะกลาง", HNF, DOWN, "Krabi", "toeypanan.kokklang@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("เสื่อเตยปาหนันลายดอก", "pandanus_mat"),
            ("กระเป๋าเตยปาหนัน", "pandanus_bag"),
            ("เส้นเตยปาหนันแห้ง ย้อมสีแล้ว เป็นม้วน", "dried_pandanus_strip"),
        ),
        (N("ผ้าบาติกลายปลา ทำซับใน", "batik_fabric"),),
    ),
    Sme(
        "bdc-056", "en", "Phuket Batik House", HNF, MID, "Phuket", "phuketbatikhouse@gmail.com",
        (), (),
        (
            ("Hand-drawn batik cotton, sarong size", "batik_fabric"),
            ("Batik cushion covers", "cushion_cover"),
            ("batik wall hangings", "wall_hanging"),
        ),
        (N("White cotton fabric, greige or bleached, 200 m", "greige_cotton_fabric", "bleached_cotton_fabric"),),
    ),
    Sme(
        "bdc-057", "th", "วิสาหกิจชุมชนอวนเก่าเล่าเรื่อง", CT, DOWN, "Songkhla", "uanklao.songkhla@gmail.com",
        (), ("circular",),
        (
            ("กระเป๋าถักจากอวนประมงเก่า", "fishing_net_bag"),
            ("พวงกุญแจรูปปลาจากเศษอวน", "keyring_souvenir"),
        ),
        (N("อวนเก่า แหเก่า ล้างแล้ว", "fishing_net_waste"),),
    ),
    Sme(
        "bdc-058", "en", "Ratchada Kids Toy Store", ALC, DOWN, "Bangkok", "ratchadakids@gmail.com",
        (), (),
        (),
        (
            N("Soft toys for babies, OEKO-TEX certificate needed", "soft_toy", certs=("OEKO-TEX Standard 100",)),
            N("rag dolls in Thai costume", "fabric_doll"),
        ),
    ),
    Sme(
        "bdc-059", "th", "กลุ่มเลี้ยงไหมนาโพธิ์", ALI, UP, "Buriram", "silk.naphoe@gmail.com",
        (), ("bio",),
        (
            ("เส้นไหมเหลือง ไหมน้อย ไหมลืบ", "thai_silk_yarn"),
            ("เศษรังไหม ใยไหมเหลือจากการสาว", "silk_waste_floss"),
        ),
        (N("สีย้อมธรรมชาติ เปลือกไม้ ครั่ง", "natural_dye_material"),),
    ),
    Sme(
        "bdc-060", "en", "Hua Hin Seaside Resort", ALC, DOWN, "Prachuap Khiri Khan", "purchase@huahinseaside.com",
        (), ("green",),
        (),
        (
            N("Handwoven cotton table runners + matching placemats, 200 sets", "table_runner", "fabric_placemat"),
            N("rattan or water hyacinth room baskets", "rattan_basket", "water_hyacinth_basket"),
            N("Local craft gift sets for guests, OTOP nice to have", "gift_set", waives=("OTOP",)),
        ),
    ),
]

SMES += [
    Sme(
        "bdc-061", "th", "ครามสกล บ้านพรรณา", HNF, MID, "Sakon Nakhon", "kramsakon.phanna@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("ผ้าพันคอครามทอมือ ลายขิด", "indigo_scarf"),
            ("รันเนอร์ปูโต๊ะย้อมคราม ยาว 2 ม.", "table_runner"),
            ("ผ้ารองจานคราม ชุดละ 6 ผืน", "fabric_placemat"),
        ),
        (N("ครามเปียกเพิ่ม ช่วงหน้าแล้ง", "indigo_paste"),),
    ),
    Sme(
        "bdc-062", "en", "Si Than Axe Pillow Makers", ALI, DOWN, "Yasothon", "sithanpillow@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("Triangle axe pillows (mon khwan) with kapok, khit cover", "triangle_pillow"),
            ("Floor cushions, khit pattern, kapok filled", "filled_cushion"),
        ),
        (
            N("kapok fibre", "kapok_fibre"),
            N("Handwoven khit cotton by the metre", "handwoven_cotton_fabric"),
        ),
    ),
    Sme(
        "bdc-063", "th", "ราชบุรีโฮมเดคอร์", ALC, DOWN, "Ratchaburi", "ratchaburihomedecor@gmail.com",
        (), (),
        (),
        (
            N("ผ้ารันเนอร์ ผ้าปูโต๊ะทอมือ", "table_runner"),
            N("โคมไฟผ้าหรือโคมกระดาษสา", "lamp_shade"),
        ),
    ),
    Sme(
        "bdc-064", "en", "Sakhon Sport Socks Mfg.", SPT, MID, "Samut Sakhon", "sakhonsocks@gmail.com",
        ("OEKO-TEX Standard 100",), (),
        (
            ("Anti-slip grip socks, silicone dots, adult sizes", "anti_slip_socks"),
            ("Sports socks with terry sole, OEM", "sport_socks"),
        ),
        (N("recycled polyester yarn, GRS preferred but not required", "recycled_polyester_yarn", waives=("GRS",)),),
    ),
    Sme(
        "bdc-065", "th", "เบาะนั่งสมาธิ ใยนุ่น ลำปาง", SPT, DOWN, "Lampang", "bausamadhi.lampang@gmail.com",
        (), ("bio",),
        (("เบาะนั่งสมาธิ/หมอนโยคะ ไส้นุ่น ผ้าฝ้าย", "meditation_cushion"),),
        (
            N("นุ่นดีด", "kapok_fibre"),
            N("ผ้าฝ้ายทอมือหน้ากว้าง สีพื้น", "handwoven_cotton_fabric", "indigo_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        "bdc-066", "th", "ห้องเสื้อผ้าไหม ศรีสะเกษ", ALI, MID, "Sisaket", "silkdress.sisaket@gmail.com",
        (), ("circular",),
        (
            ("เศษผ้าไหมจากการตัดชุด ขายเป็นกิโล", "silk_scrap"),
            ("รับตัดชุดผ้าไหม ผ้าของลูกค้า", "dress_tailoring_service"),
        ),
        (N("ผ้าไหมมัดหมี่ เป็นเมตร", "mudmee_silk_fabric"),),
    ),
    Sme(
        "bdc-067", "en", "Paet Riu Fumigation & Export Services", HNF, MID, "Chachoengsao",
        "paetriufumigation@gmail.com", (), (),
        (
            (
                "Fumigation / heat treatment for wicker, rattan and bamboo goods, with certificate",
                "craft_fumigation_service",
            ),
            ("Pallet fumigation ISPM 15", "pallet_fumigation"),
        ),
        (U("insulation panels for a heat treatment chamber", "no building supplier in the set"),),
    ),
    Sme(
        "bdc-068", "th", "บริษัท ไทยประกันสุขใจ จำกัด", ALC, DOWN, "Bangkok", "hr@thaisukjai-insure.co.th",
        (), (),
        (),
        (
            N("ของขวัญปีใหม่พนักงาน 800 ชุด เน้นงานชุมชน รักษ์โลก", "corporate_gift_set", "gift_set"),
            N("ถุงผ้าสกรีนโลโก้บริษัท", "printed_tote_bag"),
        ),
    ),
    Sme(
        "bdc-069", "en", "Canvas Carry Co.", ALC, DOWN, "Pathum Thani", "canvascarry@gmail.com",
        (), (),
        (
            ("Cotton canvas tote bags, blank, 12 oz natural", "cotton_tote_blank"),
            ("Printed totes with your logo from 100 pcs", "printed_tote_bag"),
            ("small cotton drawstring pouches", "fabric_pouch"),
        ),
        (N("cotton canvas 12 oz natural, by the roll", "cotton_canvas_fabric"),),
    ),
    Sme(
        "bdc-070", "th", "โรงทอผ้าแคนวาส นครสวรรค์", HNF, MID, "Nakhon Sawan", "canvasmill.nsw@gmail.com",
        ("ISO 9001",), (),
        (
            ("ผ้าแคนวาสฝ้าย 12 ออนซ์ สีธรรมชาติ ม้วนละ 50 หลา", "cotton_canvas_fabric"),
            ("ผ้าฟอกขาว หน้ากว้าง 60 นิ้ว", "bleached_cotton_fabric"),
        ),
        (N("ด้ายฝ้าย OE เบอร์ 10", "cotton_yarn_mill"),),
    ),
    Sme(
        "bdc-071", "en", "Phayao Loom Table Linen", HNF, DOWN, "Phayao", "phayaoloom@gmail.com",
        (), ("green",),
        (
            ("Handwoven cotton table runners 35x180 cm", "table_runner"),
            ("Placemats, handloom cotton, set of 6", "fabric_placemat"),
            ("cloth napkins", "cloth_napkin"),
        ),
        (N("mill-spun cotton yarn 20/2, dyed", "cotton_yarn_mill"),),
    ),
    Sme(
        "bdc-072", "th", "ร้านของฝากท่าเสด็จ หนองคาย", ALI, DOWN, "Nong Khai", "thasadet.souvenir@gmail.com",
        (), (),
        (),
        (
            N("กระติบข้าวไม้ไผ่สาน", "bamboo_kratip"),
            N("ตุ๊กตาผ้าใส่ชุดผ้าไหม ตัวเล็ก", "fabric_doll"),
        ),
    ),
    Sme(
        "bdc-073", "en", "Ban Khok Kratip Weavers", ALI, DOWN, "Amnat Charoen", "bankhokkratip@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("Bamboo sticky rice baskets (kratip), all sizes", "bamboo_kratip"),
            ("Fish-trap style bamboo lamp shades", "lamp_shade"),
        ),
        (N("thin bamboo strips, 1 mm", "bamboo_strip"),),
    ),
    Sme(
        "bdc-074", "th", "ชมรมวิ่งเมืองตรัง", SPT, DOWN, "Trang", "trangrunners@gmail.com",
        (), (),
        (),
        (
            N("ถุงเท้าวิ่ง", "sport_socks"),
            N("ผ้าเย็นพิมพ์โลโก้ชมรม", "printed_sport_towel"),
        ),
    ),
    Sme(
        "bdc-075", "th", "ผ้ามัดย้อมเกาะสมุย", CT, MID, "Surat Thani", "matyom.samui@gmail.com",
        (), ("green",),
        (
            ("ผ้ามัดย้อมสีธรรมชาติ ผืนยาว", "tie_dyed_fabric"),
            ("รับมัดย้อมเสื้อยืดของลูกค้า", "tie_dye_service"),
        ),
        (
            U("เสื้อยืดคอตตอนขาวเปล่า 500 ตัว", "no blank T-shirt maker in the set"),
            N("ผ้าดิบ", "greige_cotton_fabric"),
        ),
    ),
    Sme(
        "bdc-076", "en", "Studio Lanna Loft", ALC, DOWN, "Bangkok", "hello@lannaloft.studio",
        (), (),
        (("Interior design for boutique hotels", "interior_design_service"),),
        (
            N("woven wall hangings / tapestry 1.5 m", "wall_hanging", "macrame_wall_hanging"),
            N("Batik or ikat cushion covers, OEKO-TEX not needed", "cushion_cover", waives=("OEKO-TEX Standard 100",)),
        ),
    ),
    Sme(
        "bdc-077", "th", "กลุ่มเสื่อกกจันทบูร", ALC, DOWN, "Chanthaburi", "suekok.chanthabun@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("เสื่อกกจันทบูร ทอลาย", "reed_mat"),
            ("กระเป๋าเสื่อกก", "reed_bag"),
            ("ที่รองจาน/ที่รองแก้วเสื่อกก", "reed_placemat"),
        ),
        (N("ต้นกกแห้ง ผ่าแล้ว", "dried_sedge_reed"),),
    ),
    Sme(
        "bdc-078", "en", "Trat Sedge Growers", HNF, UP, "Trat", "tratsedge@gmail.com",
        (), ("bio",),
        (("Dried split sedge (kok) stalks, natural or dyed", "dried_sedge_reed"),),
        (U("chemical dyes for natural fibres, small packs", "no dye chemical seller in the set"),),
    ),
    Sme(
        "bdc-079", "th", "โรงแรมบูทีค ท่าเตียน", ALC, DOWN, "Bangkok", "tha.tian.boutique@gmail.com",
        (), (),
        (),
        (
            N("ที่รองจานเสื่อกกหรือกระจูด", "reed_placemat", "krajood_placemat"),
            N("ของขวัญปีใหม่ให้แขก ไม่จำเป็นต้องมี OTOP", "gift_set", waives=("OTOP",)),
        ),
    ),
    Sme(
        "bdc-080", "en", "Khao Kho Hemp Farm", HNF, UP, "Phetchabun", "khaokhohemp@gmail.com",
        ("Organic Thailand",), ("bio",),
        (
            ("Hemp stalks, retted, for fibre", "hemp_stalk"),
            ("Decorticated hemp fibre in bales", "hemp_fibre"),
        ),
        (N("hand-spinning service for our own hemp fibre", "hand_spinning_service"),),
    ),
]

SMES += [
    Sme(
        "bdc-081", "th", "กลุ่มเข็นฝ้ายเข็นกัญชง ปางมะผ้า", HNF, MID, "Mae Hong Son", "khenfai.pangmapha@gmail.com",
        (), ("bio",),
        (
            ("รับเข็นเส้นใยกัญชง/ฝ้ายของลูกค้าด้วยมือ คิดเป็นกิโล", "hand_spinning_service"),
            ("เส้นด้ายกัญชงเข็นมือ สีธรรมชาติ", "hemp_yarn"),
        ),
        (U("อะไหล่หลาปั่นฝ้าย ไม้เข็น", "no tool maker in the set"),),
    ),
    Sme(
        "bdc-082", "th", "กลุ่มผ้ากัญชงปักมือ ศรีสัชนาลัย", HNF, DOWN, "Sukhothai", "kanchong.srisat@gmail.com",
        ("OTOP",), ("bio",),
        (
            ("กระเป๋าผ้ากัญชงปักมือลายชาวเขา", "hemp_bag"),
            ("ผ้ากัญชงทอมือเป็นผืน", "hemp_fabric"),
        ),
        (
            N("เส้นใยกัญชงเข็นมือ ไม่เอาแบบเครื่อง", "hemp_yarn"),
            N("ผ้ากัญชงที่ได้ GOTS สำหรับลูกค้าญี่ปุ่น", "hemp_fabric", certs=("GOTS",)),
        ),
    ),
    Sme(
        "bdc-083", "en", "Uttaradit Hemp Textiles Co., Ltd.", HNF, MID, "Uttaradit", "sales@uttaradithemp.co.th",
        ("GOTS", "OEKO-TEX Standard 100"), ("bio", "green"),
        (
            ("GOTS certified hemp fabric 150 cm, 220 gsm", "hemp_fabric"),
            ("Hemp-cotton canvas 55/45", "hemp_cotton_canvas"),
            ("hemp cushion covers with zip, 45x45, stone washed", "cushion_cover"),
        ),
        (N("Organic Thailand certified hemp fibre, decorticated", "hemp_fibre", certs=("Organic Thailand",)),),
    ),
    Sme(
        "bdc-084", "th", "ร้านของฝากเมืองสองแคว", ALC, DOWN, "Phitsanulok", "songkhwae.souvenir@gmail.com",
        (), (),
        (),
        (
            N("กระเป๋าผ้าปักลายชาวเขา", "hemp_bag"),
            N("ดอกไม้ผ้าในแจกันเล็ก", "fabric_flower"),
        ),
    ),
    Sme(
        "bdc-085", "en", "Udon Community Hospital", ALI, DOWN, "Udon Thani", "supply@udoncommunityhosp.go.th",
        (), (),
        (),
        (
            N("Anti-slip socks for patients, 2000 pairs", "anti_slip_socks"),
            N("adult bibs, waterproof", "adult_bib"),
            U(
                "Pressure-relief seat cushions, ISO 13485",
                "no medical cushion maker with ISO 13485 in the set",
                certs=("ISO 13485",),
            ),
        ),
    ),
    Sme(
        "bdc-086", "th", "ร้านเสื่อและหมอนกระจูด นครศรีฯ", ALC, DOWN, "Nakhon Si Thammarat", "krajood.nakhon@gmail.com",
        (), ("bio",),
        (("หมอนอิงกระจูด เบาะรองนั่งกระจูด", "krajood_cushion"),),
        (
            N("เส้นกระจูดย้อมสีแล้ว", "dyed_krajood_sedge"),
            N(
                "นุ่นหรือใยรีไซเคิลยัดหมอน ไม่ต้องมีใบ GRS",
                "kapok_fibre",
                "recycled_polyester_fibrefill",
                "shredded_textile_stuffing",
                waives=("GRS",),
            ),
        ),
    ),
    Sme(
        "bdc-087", "en", "Indigo Lane Clothing", HNF, DOWN, "Chiang Mai", "indigolane.cm@gmail.com",
        (), ("green",),
        (("Indigo-dyed shirts and totes", "indigo_garment"),),
        (
            N("Indigo dyeing of our own cotton shirts, 300 pcs - we send the garments", "indigo_dyeing_service"),
            N("Naturally dyed cotton fabric, not indigo, earthy tones", "natural_dyed_cotton_fabric"),
        ),
    ),
    Sme(
        "bdc-088", "th", "กลุ่มทอพรมเช็ดเท้าจากเศษผ้า", CT, MID, "Nakhon Nayok", "phromsetpha.nayok@gmail.com",
        (), ("circular",),
        (
            ("พรมเช็ดเท้าทอจากเศษผ้า", "rag_rug"),
            ("พรมถักจากเส้นผ้ายืด ทรงกลม", "rag_rug"),
        ),
        (
            N("เส้นผ้ายืดจากเสื้อเก่า (ไม่เอาผ้าม้วนใหม่)", "tshirt_yarn"),
            N("เศษริมผ้ายืดจากโรงงาน", "textile_cutting_waste"),
        ),
    ),
    Sme(
        "bdc-089", "th", "ร้านผ้าไหมและของขวัญ มหาสารคาม", ALI, DOWN, "Maha Sarakham", "silkgift.sarakham@gmail.com",
        (), (),
        (),
        (
            N(
                "ผ้าพันคอไหม ของขวัญผู้ใหญ่ ต้องมีตรานกยูง",
                "silk_scarf",
                certs=("Thai Silk Peacock Emblem",),
            ),
            N("ถุงผ้าหูรูดใบเล็ก ใส่ผ้าพันคอ", "fabric_pouch"),
        ),
    ),
    Sme(
        "bdc-090", "th", "โรงงานปักคอมพิวเตอร์ ลาดกระบัง", SPT, MID, "Bangkok", "pakcomputer.lkb@gmail.com",
        (), (),
        (("รับปักโลโก้คอมพิวเตอร์ บนเสื้อ หมวก ผ้าขนหนู", "embroidery_service"),),
        (U("ด้ายปักเรยอน 120D", "no embroidery thread seller in the set"),),
    ),
    Sme(
        "bdc-091", "en", "Hat Yai Football Academy", SPT, DOWN, "Songkhla", "hatyaifootball@gmail.com",
        (), (),
        (),
        (N("Logo embroidery on training bibs and kit bags", "embroidery_service"),),
    ),
    Sme(
        "bdc-092", "th", "ร้านของที่ระลึกตลาดน้ำอโยธยา", ALC, DOWN, "Phra Nakhon Si Ayutthaya",
        "ayothaya.souvenir@gmail.com", (), (),
        (),
        (
            N("มีตุ๊กตาช้างผ้านุ่มๆ ขายส่งไหมครับ", "soft_toy"),
            U("งอบใบลาน", "no palm-leaf hat maker in the set"),
        ),
    ),
    Sme(
        "bdc-093", "th", "แบรนด์กระเป๋ารีไซเคิล กาญจน์", CT, DOWN, "Kanchanaburi", "recyclebag.kan@gmail.com",
        (), ("circular",),
        (("กระเป๋าจากผ้าใบเรือเก่า", "upcycled_bag"),),
        (
            N("ผ้าใบเรือเก่า ผ้าร่มว่าว", "used_sailcloth"),
            N("ซิปไนล่อน เบอร์ 5 ยาว 20 ซม.", "zipper"),
        ),
    ),
    Sme(
        "bdc-094", "th", "กลุ่มเลี้ยงครั่ง หนองบัวลำภู", ALI, UP, "Nong Bua Lam Phu", "khrang.nongbua@gmail.com",
        (), ("bio",),
        (("ครั่งดิบจากต้นจามจุรี", "natural_dye_material"),),
        (U("ผ้าฝ้ายย้อมครามที่ได้ GOTS", "no GOTS-certified indigo fabric in the set", certs=("GOTS",)),),
    ),
    Sme(
        "bdc-095", "th", "โฮมสเตย์เกาะยาวน้อย", ALC, DOWN, "Phang Nga", "kohyaonoi.homestay@gmail.com",
        (), ("green",),
        (),
        (
            N("หมอนอิงผ้าบาติก", "cushion_cover"),
            N("เสื่อเตยปาหนันปูห้องพัก", "pandanus_mat"),
        ),
    ),
]


if __name__ == "__main__":
    sys.exit(main())
