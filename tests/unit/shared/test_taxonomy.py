"""The cluster taxonomy: enums, provinces, distances, certifications, and the demo cluster file."""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from shared.taxonomy import (
    CERTIFICATIONS,
    LANGUAGES,
    PROVINCES,
    BcgTag,
    Region,
    Stage,
    SubCluster,
    canonical_certifications,
    distance_km,
    find_certifications,
    resolve_certification,
    resolve_province,
)

REPO_ROOT = Path(__file__).resolve().parents[3]
DEMO_PROFILES = REPO_ROOT / "demo" / "cluster.jsonl"
DEMO_LINKS = REPO_ROOT / "demo" / "links.csv"
# The labelled development set lives next to the repository, in the project's shared folder.
DEV_PROFILES = REPO_ROOT.parent / "shared" / "data" / "dev" / "profiles.jsonl"

THAI = re.compile("[\u0e01-\u0e5b]")
V1_FIELDS = {
    "id",
    "name",
    "sub_cluster",
    "stage",
    "province",
    "offers",
    "needs",
    "certifications",
    "bcg",
    "contact_email",
    "language",
}


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _dev_profiles() -> list[dict[str, Any]]:
    if not DEV_PROFILES.exists():
        pytest.skip(f"development set not present at {DEV_PROFILES}")
    return _read_jsonl(DEV_PROFILES)


# ------------------------------------------------------------------ enums


def test_enum_values_are_the_contract_values() -> None:
    assert [s.value for s in SubCluster] == [
        "hemp_natural_fibre",
        "circular_textile",
        "sportech",
        "ageing_lifestyle_central",
        "ageing_lifestyle_isan",
    ]
    assert [s.value for s in Stage] == ["upstream", "midstream", "downstream"]
    assert [t.value for t in BcgTag] == ["bio", "circular", "green"]
    assert LANGUAGES == ("th", "en")


@pytest.mark.parametrize("member", [*SubCluster, *Stage, *BcgTag, *Region])
def test_enum_members_have_english_and_thai_labels(member: SubCluster | Stage | BcgTag | Region) -> None:
    english, thai = member.label("en"), member.label("th")
    assert english and not THAI.search(english)
    assert THAI.search(thai)


def test_labels_refuse_an_unsupported_language() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        SubCluster.SPORTECH.label("fr")


def test_sub_cluster_labels_in_thai() -> None:
    assert SubCluster.CIRCULAR_TEXTILE.label("th") == "สิ่งทอหมุนเวียน"
    assert Stage.UPSTREAM.label("th") == "ต้นน้ำ"
    assert Stage.DOWNSTREAM.label("th") == "ปลายน้ำ"


def test_stages_are_ordered_along_the_value_chain() -> None:
    assert [s.position for s in (Stage.UPSTREAM, Stage.MIDSTREAM, Stage.DOWNSTREAM)] == [0, 1, 2]


def test_enums_parse_their_contract_strings() -> None:
    assert SubCluster("ageing_lifestyle_isan") is SubCluster.AGEING_LIFESTYLE_ISAN
    with pytest.raises(ValueError):
        SubCluster("ageing_lifestyle")


# ------------------------------------------------------------------ provinces


def test_there_are_exactly_77_provinces_with_unique_names() -> None:
    assert len(PROVINCES) == 77
    assert len({p.name_en for p in PROVINCES}) == 77
    assert len({p.name_th for p in PROVINCES}) == 77
    assert all(THAI.search(p.name_th) and not THAI.search(p.name_en) for p in PROVINCES)


def test_provinces_fall_into_the_six_geographic_regions() -> None:
    counts = Counter(p.region for p in PROVINCES)
    assert counts == {
        Region.NORTH: 9,
        Region.NORTHEAST: 20,
        Region.CENTRAL: 22,
        Region.EAST: 7,
        Region.WEST: 5,
        Region.SOUTH: 14,
    }


def test_every_capital_lies_inside_thailand() -> None:
    for province in PROVINCES:
        assert 5.6 <= province.lat <= 20.5, province
        assert 97.3 <= province.lon <= 105.7, province


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Bangkok", 13.75, 100.50),
        ("Chiang Mai", 18.79, 98.98),
        ("Khon Kaen", 16.43, 102.83),
        ("Udon Thani", 17.41, 102.79),
        ("Songkhla", 7.19, 100.59),
        ("Phuket", 7.88, 98.39),
        ("Ubon Ratchathani", 15.23, 104.86),
        ("Nakhon Ratchasima", 14.98, 102.10),
    ],
)
def test_well_known_capitals_have_the_right_coordinates(name: str, lat: float, lon: float) -> None:
    province = resolve_province(name)
    assert province is not None
    assert province.lat == pytest.approx(lat, abs=0.05)
    assert province.lon == pytest.approx(lon, abs=0.05)


def test_every_canonical_name_and_alias_resolves_to_its_province() -> None:
    for province in PROVINCES:
        for name in (province.name_en, province.name_th, *province.aliases):
            assert resolve_province(name) is province, name


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Ayutthaya", "Phra Nakhon Si Ayutthaya"),
        ("Korat", "Nakhon Ratchasima"),
        ("โคราช", "Nakhon Ratchasima"),
        ("Krung Thep Maha Nakhon", "Bangkok"),
        ("กรุงเทพฯ", "Bangkok"),
        ("กรุงเทพมหานคร", "Bangkok"),
        ("กทม.", "Bangkok"),
        ("Buri Ram", "Buriram"),
        ("Lop Buri", "Lopburi"),
        ("Lopburi", "Lopburi"),
        ("Chon Buri", "Chonburi"),
        ("Prachin Buri", "Prachinburi"),
        ("Nong Bua Lamphu", "Nong Bua Lam Phu"),
        ("bueng-kan", "Bueng Kan"),
        ("  CHIANG   MAI ", "Chiang Mai"),
        ("chiangmai", "Chiang Mai"),
        ("Chiang Mai Province", "Chiang Mai"),
        ("จ.เชียงใหม่", "Chiang Mai"),
        ("จังหวัดขอนแก่น", "Khon Kaen"),
        ("ขอนแก่น", "Khon Kaen"),
        ("สกลนคร", "Sakon Nakhon"),
        ("Si Sa Ket", "Sisaket"),
    ],
)
def test_resolve_province_accepts_thai_names_aliases_and_loose_spelling(written: str, canonical: str) -> None:
    province = resolve_province(written)
    assert province is not None
    assert province.name_en == canonical


def test_thai_sara_am_resolves_in_either_unicode_spelling() -> None:
    decomposed = "กำแพงเพชร".replace("\u0e33", "\u0e4d\u0e32")
    assert decomposed != "กำแพงเพชร"
    province = resolve_province(decomposed)
    assert province is not None and province.name_en == "Kamphaeng Phet"


@pytest.mark.parametrize("name", ["", "Vientiane", "Chiang", "Mueang", "Hat Yai"])
def test_resolve_province_returns_none_for_what_is_not_a_province(name: str) -> None:
    assert resolve_province(name) is None


def test_every_province_in_the_demo_cluster_resolves_to_its_canonical_name() -> None:
    for profile in _read_jsonl(DEMO_PROFILES):
        province = resolve_province(profile["province"])
        assert province is not None and province.name_en == profile["province"], profile["id"]


def test_every_province_in_the_development_set_resolves_to_its_canonical_name() -> None:
    for profile in _dev_profiles():
        province = resolve_province(profile["province"])
        assert province is not None and province.name_en == profile["province"], profile["id"]


# ------------------------------------------------------------------ distances


def test_bangkok_to_chiang_mai_great_circle() -> None:
    assert 580 <= distance_km("Bangkok", "Chiang Mai") <= 600


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("Khon Kaen", "Udon Thani", 100, 120),
        ("Bangkok", "Songkhla", 700, 760),
        ("Bangkok", "Nonthaburi", 8, 15),
        ("Chiang Rai", "Narathiwat", 1400, 1550),
    ],
)
def test_distances_between_capitals(a: str, b: str, low: float, high: float) -> None:
    assert low <= distance_km(a, b) <= high


def test_distance_is_symmetric_zero_to_itself_and_accepts_any_spelling() -> None:
    assert distance_km("Sakon Nakhon", "Krabi") == pytest.approx(distance_km("Krabi", "Sakon Nakhon"))
    assert distance_km("Tak", "ตาก") == 0
    assert distance_km("กรุงเทพฯ", "Korat") == pytest.approx(distance_km("Bangkok", "Nakhon Ratchasima"))


def test_distance_to_an_unknown_province_raises() -> None:
    with pytest.raises(ValueError, match="Atlantis"):
        distance_km("Bangkok", "Atlantis")


# ------------------------------------------------------------------ certifications


def test_certification_names_are_unique() -> None:
    names = [c.name for c in CERTIFICATIONS]
    assert len(names) == len(set(names))
    contract_examples = {"GOTS", "OEKO-TEX Standard 100", "GRS", "Organic Thailand"}
    assert contract_examples <= set(names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GOTS-certified organic cotton yarn", {"GOTS"}),
        ("looking for organic cotton yarn Ne 30 (GOTS certified only)", {"GOTS"}),
        ("ต้องมีใบรับรอง OEKO-TEX", {"OEKO-TEX Standard 100"}),
        ("ด้ายโพลีเอสเตอร์รีไซเคิล ได้รับรอง GRS", {"GRS"}),
        ("ได้รับรองGOTS", {"GOTS"}),
        ("Oeko-Tex 100 tested fabric for newborns", {"OEKO-TEX Standard 100"}),
        ("ผ้าฝ้ายผ่านมาตรฐานโอเคเทกซ์", {"OEKO-TEX Standard 100"}),
        ("raw cotton, Organic Thailand certified only", {"Organic Thailand"}),
        ("ปุยฝ้ายที่ได้รับรองมาตรฐานเกษตรอินทรีย์", {"Organic Thailand"}),
        ("ผ้าไหมทอมือ ได้รับรอง ตรานกยูงพระราชทาน", {"Thai Silk Peacock Emblem"}),
        ("silk with the Royal Peacock Emblem", {"Thai Silk Peacock Emblem"}),
        ("ISO9001:2015 and ISO-14001 certified plant", {"ISO 9001", "ISO 14001"}),
        ("slide sheets from an ISO 13485 certified maker", {"ISO 13485"}),
        ("ผลิตภัณฑ์ได้ มอก. 2424", {"Thai Industrial Standard"}),
        ("fabric meeting TIS 2424", {"Thai Industrial Standard"}),
        ("หน้ากากอนามัยมีอย.", {"Thai FDA"}),
        ("สินค้าได้ฉลากเขียว", {"Thai Green Label"}),
        ("bluesign approved nylon", {"bluesign"}),
        ("Better Cotton member mill", {"Better Cotton"}),
        ("GOTS or OEKO-TEX", {"GOTS", "OEKO-TEX Standard 100"}),
        ("ผ้าฝ้ายไม่ฟอกสี ได้รับรอง GOTS", {"GOTS"}),
    ],
)
def test_find_certifications_in_thai_and_english_text(text: str, expected: set[str]) -> None:
    assert find_certifications(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "organic cotton yarn",
        "certified organic cotton lint",
        "ด้ายฝ้ายออร์แกนิก",
        "ผักเกษตรอินทรีย์",
        "recycled polyester yarn, eco-friendly green fabric",
        "we want better cotton quality",
        "ผ้าไหมลายนกยูง",
        "เที่ยวชมทะเลหมอก.",
        "ขายส่งน้อย.",
        "tissue paper packaging",
        "no bigots here",
        "ISO standard sizes",
        "ส่งของได้เลย โอเค",
        "",
    ],
)
def test_find_certifications_ignores_plain_words(text: str) -> None:
    assert find_certifications(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "organic cotton yarn, GOTS not required",
        "non-GOTS organic cotton",
        "fabric without OEKO-TEX",
        "ไม่ต้องมีใบรับรอง GOTS",
        "ไม่จำเป็นต้องมี OEKO-TEX",
        "hemp bags, OTOP or Fairtrade welcome but not required",
        "staff uniforms in recycled polyester - GRS preferred, not a must",
        "GOTS preferred but not required for the first order",
        "OEKO-TEX and GRS not mandatory",
        "cotton yarn for warp, GOTS no need",  # learner English
        "GOTS not need, price is important",
        "we don't need GOTS for this order",
        "OEKO-TEX nice to have",
        "ด้ายฝ้าย มี GOTS ยิ่งดี",  # the better if it has: a wish, not a demand
    ],
)
def test_find_certifications_skips_negated_mentions(text: str) -> None:
    assert find_certifications(text) == set()


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("GOTS preferred", {"GOTS"}),  # a preference still asks for it
        ("GRS required, OEKO-TEX optional", {"GRS"}),
        ("organic cotton, GOTS, not required to be dyed", {"GOTS"}),
        ("Need GOTS cotton, no need to be dyed", {"GOTS"}),
    ],
)
def test_a_waiver_covers_only_the_names_it_follows(text: str, asked: set[str]) -> None:
    assert find_certifications(text) == asked


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Oeko-Tex 100", "OEKO-TEX Standard 100"),
        ("OEKO-TEX", "OEKO-TEX Standard 100"),
        ("oeko tex standard 100", "OEKO-TEX Standard 100"),
        ("โอเคเทกซ์", "OEKO-TEX Standard 100"),
        ("gots certified", "GOTS"),
        ("Global Recycled Standard", "GRS"),
        ("เกษตรอินทรีย์", "Organic Thailand"),
        ("ออร์แกนิกไทยแลนด์", "Organic Thailand"),
        ("ตรานกยูงพระราชทาน", "Thai Silk Peacock Emblem"),
        ("ฉลากเขียว", "Thai Green Label"),
        ("มอก.", "Thai Industrial Standard"),
        ("TIS", "Thai Industrial Standard"),
        ("iso13485", "ISO 13485"),
        ("Better Cotton", "Better Cotton"),
    ],
)
def test_resolve_certification_aliases(written: str, canonical: str) -> None:
    assert resolve_certification(written) == canonical


def test_every_canonical_certification_resolves_to_itself() -> None:
    for certification in CERTIFICATIONS:
        assert resolve_certification(certification.name) == certification.name
        for alias in certification.aliases:
            assert resolve_certification(alias) == certification.name, alias


@pytest.mark.parametrize("text", ["organic", "", "ISO", "certified", "GOTS and GRS"])
def test_resolve_certification_returns_none_unless_exactly_one_is_named(text: str) -> None:
    assert resolve_certification(text) is None


def test_canonical_certifications_keeps_unknown_entries() -> None:
    assert canonical_certifications(["Oeko-Tex 100", " GOTS ", "Provincial craft award", ""]) == {
        "OEKO-TEX Standard 100",
        "GOTS",
        "Provincial craft award",
    }


def test_certifications_held_in_the_development_set_are_canonical() -> None:
    for profile in _dev_profiles():
        for certification in profile.get("certifications", []):
            assert resolve_certification(certification) == certification, profile["id"]


# ------------------------------------------------------------------ demo cluster


@pytest.fixture(scope="module")
def demo() -> list[dict[str, Any]]:
    return _read_jsonl(DEMO_PROFILES)


def test_demo_profiles_follow_the_jsonl_v1_contract(demo: list[dict[str, Any]]) -> None:
    for profile in demo:
        assert set(profile) == V1_FIELDS, profile["id"]
        assert re.fullmatch(r"demo-\d{3}", profile["id"])
        assert isinstance(profile["name"], str) and profile["name"].strip()
        SubCluster(profile["sub_cluster"])
        Stage(profile["stage"])
        for field in ("offers", "needs", "certifications", "bcg"):
            assert isinstance(profile[field], list)
            items = profile[field]
            assert all(isinstance(item, str) and item.strip() for item in items), (profile["id"], field)
        assert profile["offers"] or profile["needs"], profile["id"]
        assert all(BcgTag(tag) for tag in profile["bcg"])
        assert all(resolve_certification(c) == c for c in profile["certifications"]), profile["id"]
        assert re.fullmatch(r"[a-z0-9.\-]+@demo\.clusterlink\.example", profile["contact_email"])
        assert profile["language"] in LANGUAGES


def test_demo_ids_are_unique_and_sequential(demo: list[dict[str, Any]]) -> None:
    ids = [profile["id"] for profile in demo]
    assert ids == [f"demo-{n:03d}" for n in range(1, len(demo) + 1)]
    assert 30 <= len(demo) <= 40


def test_demo_covers_every_sub_cluster_and_stage(demo: list[dict[str, Any]]) -> None:
    assert {profile["sub_cluster"] for profile in demo} == set(SubCluster)
    assert {profile["stage"] for profile in demo} == set(Stage)


def test_about_a_third_of_the_demo_writes_in_thai(demo: list[dict[str, Any]]) -> None:
    thai = [profile for profile in demo if profile["language"] == "th"]
    assert 0.25 <= len(thai) / len(demo) <= 0.45
    for profile in demo:
        text = " ".join([profile["name"], *profile["offers"], *profile["needs"]])
        assert bool(THAI.search(text)) == (profile["language"] == "th"), profile["id"]


def test_demo_text_is_not_taken_from_the_development_set(demo: list[dict[str, Any]]) -> None:
    dev_texts = {
        unicodedata.normalize("NFC", text).casefold()
        for profile in _dev_profiles()
        for text in (profile["name"], *profile["offers"], *profile["needs"])
    }
    for profile in demo:
        for text in (profile["name"], *profile["offers"], *profile["needs"]):
            assert unicodedata.normalize("NFC", text).casefold() not in dev_texts, (profile["id"], text)


def _demo_links(demo: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    by_id = {profile["id"]: profile for profile in demo}
    with DEMO_LINKS.open(encoding="utf-8", newline="") as rows:
        return [(by_id[row["supplier_id"]], by_id[row["buyer_id"]]) for row in csv.DictReader(rows)]


def test_demo_links_join_existing_sme_that_can_trade(demo: list[dict[str, Any]]) -> None:
    links = _demo_links(demo)
    assert len(links) == len({(s["id"], b["id"]) for s, b in links})
    for supplier, buyer in links:
        assert supplier["id"] != buyer["id"]
        assert supplier["offers"], supplier["id"]
        held = canonical_certifications(supplier["certifications"])
        # At least one of the buyer's needs is one this supplier is allowed to meet.
        meetable = [need for need in buyer["needs"] if find_certifications(need) <= held]
        assert meetable, (supplier["id"], buyer["id"])


def test_demo_has_chains_across_languages_and_certification_requirements(demo: list[dict[str, Any]]) -> None:
    links = _demo_links(demo)
    cross_language = [(s, b) for s, b in links if s["language"] != b["language"]]
    assert len(cross_language) >= 8
    demanding = {
        need_cert for _, buyer in links for need in buyer["needs"] for need_cert in find_certifications(need)
    }
    assert len(demanding) >= 4
    buyers_with_needs = {b["id"] for b in demo if b["stage"] == "downstream" and b["needs"]}
    assert buyers_with_needs <= {b["id"] for _, b in links}


def test_each_demo_certification_requirement_has_a_holder(demo: list[dict[str, Any]]) -> None:
    """Certification requirements in the demo are meaningful: someone can meet them."""
    holders = Counter(cert for p in demo for cert in canonical_certifications(p["certifications"]))
    required = {cert for profile in demo for need in profile["needs"] for cert in find_certifications(need)}
    assert required, "the demo should contain certification requirements"
    for cert in required:
        assert holders[cert] >= 1, cert


# ------------------------------------------------------------------ reference document


def test_reference_document_lists_every_value_coordinators_may_use() -> None:
    document = (REPO_ROOT / "docs" / "reference" / "taxonomy.md").read_text(encoding="utf-8")
    for member in [*SubCluster, *Stage, *BcgTag]:
        assert f"`{member.value}`" in document and member.label("th") in document, member
    for certification in CERTIFICATIONS:
        assert f"`{certification.name}`" in document, certification.name
        assert all(alias in document for alias in certification.aliases), certification.name
    for province in PROVINCES:
        assert f"{province.name_en} ({province.name_th})" in document, province.name_en
        assert all(alias in document for alias in province.aliases), province.name_en
