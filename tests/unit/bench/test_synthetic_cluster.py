"""The synthetic cluster generator behind `make bench`: valid JSONL v1, deterministic, realistic."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from bench.synthetic_cluster import (
    ITEMS,
    ProfileRecord,
    cached_cluster,
    generate,
    read_cluster,
    variant_of,
)
from shared.taxonomy import BcgTag, Stage, SubCluster, resolve_certification, resolve_province

CONTRACT_FIELDS = {
    "id", "name", "sub_cluster", "stage", "province", "offers", "needs",
    "certifications", "bcg", "contact_email", "language",
}  # fmt: skip
THAI = re.compile("[\u0e00-\u0e7f]")
THAI_WORD_GAP = re.compile("[\u0e00-\u0e7f] [\u0e00-\u0e7f]")


@pytest.fixture(scope="module")
def cluster() -> list[ProfileRecord]:
    return list(generate(5000, seed=11))


def test_every_profile_has_exactly_the_jsonl_v1_fields_with_valid_values(cluster: list[ProfileRecord]) -> None:
    for record in cluster:
        assert set(record) == CONTRACT_FIELDS
        assert SubCluster(record["sub_cluster"]) and Stage(record["stage"])
        assert resolve_province(record["province"]) is not None, record["province"]
        assert {BcgTag(tag) for tag in record["bcg"]}
        assert record["language"] in ("th", "en")
        assert record["offers"], record["id"]
        assert all(isinstance(text, str) and text.strip() for text in record["offers"] + record["needs"])
        assert all(resolve_certification(c) == c for c in record["certifications"]), record["certifications"]
        assert record["contact_email"].endswith("@example.com")
    assert len({r["id"] for r in cluster}) == len(cluster)


def test_a_line_round_trips_through_json(cluster: list[ProfileRecord]) -> None:
    line = json.dumps(cluster[0], ensure_ascii=False)
    assert json.loads(line) == cluster[0]


def test_the_same_seed_gives_the_same_cluster_and_another_seed_another() -> None:
    assert list(generate(300, seed=5)) == list(generate(300, seed=5))
    assert list(generate(300, seed=5)) != list(generate(300, seed=6))


def test_a_smaller_cluster_is_a_prefix_of_a_larger_one() -> None:
    # 4100 crosses the generator's internal block boundary, where a partial block is drawn.
    small = list(generate(4100, seed=2))
    assert small == list(generate(5000, seed=2))[:4100]


def test_about_forty_percent_write_in_thai_and_each_side_in_its_own_script(cluster: list[ProfileRecord]) -> None:
    thai = [r for r in cluster if r["language"] == "th"]
    assert 0.35 < len(thai) / len(cluster) < 0.45
    for record in cluster:
        first_offer = record["offers"][0]
        assert bool(THAI.search(first_offer)) == (record["language"] == "th"), first_offer


def test_thai_names_of_goods_run_on_without_spaces_between_words() -> None:
    for item in ITEMS.values():
        assert not THAI_WORD_GAP.search(item.th), item.th


def test_no_item_is_made_from_something_a_later_stage_makes() -> None:
    order = {"upstream": 0, "midstream": 1, "downstream": 2}
    for item in ITEMS.values():
        for key in item.inputs:
            assert order[ITEMS[key].stage] <= order[item.stage], (item.key, key)


def test_the_cluster_spans_every_sub_cluster_and_stage_with_varied_wording(cluster: list[ProfileRecord]) -> None:
    cells = Counter((r["sub_cluster"], r["stage"]) for r in cluster)
    assert len(cells) == len(SubCluster) * len(Stage)
    assert min(cells.values()) > 50
    offers = [text for r in cluster for text in r["offers"]]
    assert len(set(offers)) > len(offers) / 4  # not a handful of phrases repeated
    assert 0.05 < sum(not r["needs"] for r in cluster) / len(cluster) < 0.5


def test_a_variant_changes_one_offer_and_nothing_else(cluster: list[ProfileRecord]) -> None:
    rng = random.Random(3)
    changed = 0
    for record in cluster[:300]:
        variant = variant_of(record, rng)
        assert {k: v for k, v in variant.items() if k != "offers"} == {k: v for k, v in record.items() if k != "offers"}
        assert len(variant["offers"]) <= len(record["offers"])
        kept = set(variant["offers"]) & set(record["offers"])
        assert len(kept) >= len(record["offers"]) - 1
        changed += variant["offers"] != record["offers"]
        assert bool(THAI.search(" ".join(variant["offers"]))) == (record["language"] == "th")
    assert changed > 250


def test_the_cached_file_is_written_once_and_holds_the_generated_cluster(tmp_path: Path) -> None:
    path = cached_cluster(700, seed=4, cache_dir=tmp_path)
    written = path.stat().st_mtime_ns
    assert list(read_cluster(path)) == list(generate(700, seed=4))
    assert cached_cluster(700, seed=4, cache_dir=tmp_path) == path
    assert path.stat().st_mtime_ns == written
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no partial file left behind
