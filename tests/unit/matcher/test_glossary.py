"""The bilingual textile glossary: Thai, English and synonyms reach the same concepts."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from shared.glossary import ConceptKind, GlossaryError, build_glossary, load_glossary
from shared.glossary.tokens import newmm_segmenter, normalise, pythainlp_words, python_newmm, rust_newmm

REPO = Path(__file__).resolve().parents[3]


def concepts_of(text: str) -> set[str]:
    return {c for span in load_glossary().tag(text) if span.term for c in span.term.concepts}


@pytest.mark.parametrize(
    ("concept", "terms"),
    [
        ("yarn", ["yarn", "thread", "ด้าย", "เส้นด้าย"]),
        ("fabric", ["fabric", "cloth", "textile", "ผ้า", "ผ้าผืน"]),
        ("bag", ["bag", "กระเป๋า"]),
        ("tote_bag", ["tote", "tote bags", "ถุงผ้า"]),
        ("hemp", ["hemp", "กัญชง"]),
        ("indigo", ["indigo", "คราม", "ห้อม"]),
        ("recycled", ["recycled", "รีไซเคิล"]),
        ("textile_waste", ["textile waste", "fabric scraps", "เศษผ้า"]),
        ("antibacterial", ["antibacterial", "anti-bacterial", "anti microbial", "ต้านแบคทีเรีย"]),
        ("transfer_sheet", ["patient transfer sheet", "slide sheets", "ผ้าเคลื่อนย้ายผู้ป่วย", "ผ้ายกตัวผู้ป่วย"]),
        ("waterproof", ["waterproof", "water-resistant", "กันน้ำ"]),
        ("handspun", ["hand-spun", "handspun", "hand spun", "เข็นมือ"]),
        ("embroidery", ["embroidery", "ปักจักรคอม", "ปักคอม"]),
        ("fibre_extraction", ["decortication", "ขูดใย", "ขูดเส้นใย"]),
        ("sewing", ["cut make trim", "ลาเคิ่ล", "เย็บโพ้ง", "ทำรังดุม"]),
        ("pattern_making", ["pattern maker", "pattern grading", "sample maker", "ขึ้นตัวอย่าง"]),
        ("scrubs", ["scrubs", "scrub sets"]),
        ("wiping_rag", ["wiping rags", "ผ้าเช็ดเครื่อง", "ผ้าขี้ริ้ว"]),
        ("sack", ["กระสอบข้าว", "ถุงข้าวสาร", "rice sacks"]),
        ("sack", ["sacks", "กระสอบพลาสติก"]),
        ("herbal_product", ["herbal steam", "อบไอน้ำ", "เครื่องสำอาง", "natural cosmetics"]),
        ("repair", ["repair", "fix"]),
        ("cap", ["caps", "sun visors", "หมวกแก๊ป"]),
        ("printing", ["screen printing", "screen printer", "heat pressing", "รีดทรานเฟอร์"]),
        ("contract_manufacturing", ["private label", "production partner"]),
        ("labour", ["seamstresses", "sewers", "ช่างเย็บ"]),
        ("finance", ["investors", "co-investor", "หุ้นส่วน"]),
    ],
)
def test_synonyms_in_both_languages_name_one_concept(concept: str, terms: list[str]) -> None:
    for term in terms:
        assert concept in concepts_of(term), term


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("organic cotton", {"organic", "cotton"}),
        ("ฝ้ายออร์แกนิก", {"organic", "cotton"}),
        ("banana fibre", {"fibre", "banana"}),
        ("ใยกล้วย", {"fibre", "banana"}),
        ("rPET", {"recycled", "pet"}),
    ],
)
def test_compound_terms_stand_for_several_concepts(text: str, expected: set[str]) -> None:
    assert expected <= concepts_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [("spinning on customer fibre, min 2 t", "aromatic_herb"), ("kids wear, newborn to 12Y", "toy")],
)
def test_words_either_side_of_a_number_never_join_into_one_term(text: str, absent: str) -> None:
    # "min 2 t" is not "mint", "to 12Y" is not "toy"; a number between two words keeps them apart
    assert absent not in concepts_of(text)


@pytest.mark.parametrize("text", ["a team of 12 sewers", "our team members", "ทีมงานของเรา"])
def test_the_writers_team_is_no_sport(text: str) -> None:
    assert "sport" not in concepts_of(text)
    assert "design" in concepts_of("looking for a design team")


def test_words_written_together_or_apart_still_join() -> None:
    assert {"t_shirt"} <= concepts_of("t-shirt 200 pcs") and {"raw_cotton"} <= concepts_of("cotton lint 100 kg")


def test_thai_is_cut_into_words_without_spaces() -> None:
    assert {"yarn", "cotton", "organic"} <= concepts_of("ต้องการซัพพลายเออร์ด้ายฝ้ายออร์แกนิกที่ได้รับรอง GOTS")


def test_a_final_silent_mark_stays_with_its_word() -> None:
    # The Rust newmm cuts "เนียร์" into "เนียร" + "์"; no Thai word starts with a mark written over a consonant.
    segment = newmm_segmenter([])
    assert segment("ดีเนียร์") == ["ดี", "เนียร์"]
    assert segment("ผ้าฝ้ายดีเนียร์สูง") == ["ผ้าฝ้าย", "ดี", "เนียร์", "สูง"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("รังไหมอีรี่", {"cocoon", "eri_silk"}),  # cocoons + eri silk, not an unknown word + eri silk
        ("โรงพิมพ์ซับลิเมชั่นรับจ้าง", {"printing", "sublimation"}),
        ("กระสอบข้าวเก่า", {"sack", "used"}),  # rice sacks + used, not "กระสอบ" + "ข้าวเก่า" (old rice)
        ("ถุงมือเก่า", {"gloves", "used"}),  # gloves + used, not "ถุง" (bag) + "มือเก่า" (an old hand)
        ("ถุงมือเย็น", {"gloves", "cooling"}),  # cooling gloves, not "ถุง" + "มือเย็น"
    ],
)
def test_overlapping_thai_terms_are_cut_so_both_are_read(text: str, expected: set[str]) -> None:
    assert expected <= concepts_of(text)


def test_a_recut_that_would_lose_a_meaning_is_not_made() -> None:
    assert {"fibre", "banana"} <= concepts_of("เครื่องขูดใยกล้วย")  # not "ขูดใย" + "กล้วย"


def test_the_rust_and_python_word_cutters_cut_alike() -> None:
    """Where nlpo3 has no wheel PyThaiNLP's newmm stands in: both must cut the cluster's Thai the same."""
    runs = sorted(
        {
            run
            for path in (REPO / "eval" / "blind_intake" / "profiles.jsonl", REPO / "eval" / "blind" / "profiles.jsonl")
            for line in path.read_text(encoding="utf-8").splitlines()
            for text in (*json.loads(line)["offers"], *json.loads(line)["needs"])
            for run in re.findall("[\u0e00-\u0e7f]+", normalise(text))
        }
    )
    words = sorted(pythainlp_words() | {"ผ้าขาวม้าลายสก็อต"})
    rust, python = rust_newmm(words), python_newmm(words)
    assert len(runs) > 300
    assert [tuple(python(r)) for r in runs] == [tuple(rust(r)) for r in runs]


def test_the_dictionary_is_pythainlps_word_list_in_the_form_text_is_cut_in() -> None:
    from pythainlp.corpus import thai_words

    assert pythainlp_words() == {normalise(w) for w in thai_words()}


def test_words_written_with_sara_am_are_cut_whole() -> None:
    # NFKC writes "ำ" as two characters; a dictionary left as listed never found "จำเป็น" in normalised text
    segment = newmm_segmenter([])
    assert segment(normalise("ไม่จำเป็นต้องมี")) == [normalise(w) for w in ("ไม่", "จำเป็นต้อง", "มี")]
    assert segment(normalise("น้ำหนักเบา")) == [normalise(w) for w in ("น้ำหนัก", "เบา")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("กางเกงว่ายน้ำเด็ก", {"swimwear", "child"}), ("ชุดลำลองผ้าฝ้าย", {"garment", "cotton"})],
)
def test_a_dictionary_word_with_sara_am_never_hides_a_term_inside_it(text: str, expected: set[str]) -> None:
    assert expected <= concepts_of(text)  # "กางเกงว่ายน้ำ" (now a term itself) and "ชุดลำลอง" are dictionary words


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("ผ้าไหมยกดอกลำพูน", {"silk", "supplementary_weft"}, {"stem"}),  # a province
        ("ผ้าห่มรีไซเคิลลำปาง", {"blanket", "recycled"}, {"stem"}),
        ("เครื่องสำอางจากธรรมชาติ", {"herbal_product"}, {"machinery"}),  # cosmetics, not a machine
    ],
)
def test_provinces_and_cosmetics_are_not_read_as_their_first_syllable(
    text: str, expected: set[str], absent: set[str]
) -> None:
    # A Thai compound names its head first ("กางเกง" in "กางเกงว่ายน้ำ"): a word is left out of the dictionary
    # only for a term it starts with, and "ลำ" alone is a classifier (of boats, bamboo), not a stem
    found = concepts_of(text)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize("text", ["กางเกงเลมีกระเป๋าข้าง", "ผ้ากันเปื้อนมีกระเป๋าหน้า", "เสื้อเชิ้ตกระเป๋าเสื้อปักชื่อ"])
def test_a_garments_pockets_are_no_bag(text: str) -> None:
    assert "bag" not in concepts_of(text)  # "กระเป๋า" is a bag, and a pocket
    assert "bag" in concepts_of("ร้านเรามีกระเป๋าหลายแบบ")


def test_the_same_words_load_once_and_new_words_are_known() -> None:
    first, again = newmm_segmenter(["ผ้าขาวม้าลายสก็อต"]), newmm_segmenter(["ผ้าขาวม้าลายสก็อต"])
    assert first("ขายผ้าขาวม้าลายสก็อต") == again("ขายผ้าขาวม้าลายสก็อต") == ["ขาย", "ผ้าขาวม้าลายสก็อต"]
    assert "ผ้าขาวม้าลายสก็อต" not in newmm_segmenter([])("ขายผ้าขาวม้าลายสก็อต")


def test_the_glossary_covers_the_whole_chain_in_both_languages() -> None:
    glossary = load_glossary()
    kinds = {c.kind for c in glossary.concepts.values()}
    assert kinds == set(ConceptKind)
    assert len(glossary.concepts) >= 250
    assert glossary.term_count >= 2000
    assert all(c.label_en and c.label_th for c in glossary.concepts.values())
    for chain_end in ("cocoon", "raw_cotton", "yarn", "fabric", "dyeing", "garment", "towel", "underpad"):
        assert chain_end in glossary.concepts


def test_broader_concepts_are_known() -> None:
    glossary = load_glossary()
    assert glossary.is_a("t_shirt", "garment")
    assert glossary.is_a("used_clothing", "textile_waste")
    assert not glossary.is_a("garment", "t_shirt")


def test_inconsistent_data_is_rejected_with_every_problem_listed() -> None:
    data = {
        "concepts": [
            {"id": "yarn", "kind": "product", "en": ["yarn"], "th": ["ด้าย"], "is_a": ["nowhere"]},
            {"id": "fabric", "kind": "product", "en": ["fabric", "yarn"], "th": ["ผ้า"]},
            {"id": "odd", "kind": "colour", "en": ["odd"], "th": ["แปลก"]},
        ]
    }
    with pytest.raises(GlossaryError) as error:
        build_glossary(data)
    message = str(error.value)
    assert "unknown concept 'nowhere'" in message
    assert "'yarn'" in message and "clashes" in message
    assert "unknown kind 'colour'" in message


def test_without_nlpo3_the_python_cutter_stands_in() -> None:
    """As on Linux/ARM, where nlpo3 has no wheel. In a process of its own running the sources: a compiled
    module keeps its first import of nlpo3, so hiding nlpo3 later in this process would test nothing."""
    code = (
        "import sys; sys.modules['nlpo3'] = None\n"
        "from shared.glossary.tokens import newmm_segmenter\n"
        "print(newmm_segmenter(['ผ้าขาวม้าลายสก็อต'])('ขายผ้าขาวม้าลายสก็อต'))\n"
        "print('pythainlp.tokenize' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[3],
        env={**os.environ, "CLUSTERLINK_NATIVE": "0"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["['ขาย', 'ผ้าขาวม้าลายสก็อต']", "True"]  # cut by PyThaiNLP's own newmm
