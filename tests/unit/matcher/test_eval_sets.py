"""The labelled sets under eval/ are what their scripts write, with labels from their own ground truth."""

from __future__ import annotations

import csv
import importlib.util
import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[3]
DENSE = REPO / "eval" / "dense_bilingual"
BLIND = REPO / "eval" / "blind"


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem + "_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _rewritten(script: Path, tmp_path: Path) -> tuple[str, str]:
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True, capture_output=True)
    return (tmp_path / "profiles.jsonl").read_text(encoding="utf-8"), (tmp_path / "links.csv").read_text("utf-8")


def test_the_committed_dense_cluster_is_what_its_generator_writes(tmp_path: Path) -> None:
    profiles, links = _rewritten(DENSE / "generate.py", tmp_path)
    assert profiles == (DENSE / "profiles.jsonl").read_text(encoding="utf-8")
    assert links == (DENSE / "links.csv").read_text(encoding="utf-8")


def test_the_committed_blind_set_is_what_its_script_writes(tmp_path: Path) -> None:
    profiles, links = _rewritten(BLIND / "write.py", tmp_path)
    assert profiles == (BLIND / "profiles.jsonl").read_text(encoding="utf-8")
    assert links == (BLIND / "links.csv").read_text(encoding="utf-8")


HAND_WRITTEN = (
    "blind_south_central",
    "blind_registers",
    "blind_narratives",
    "blind_messages",
    "blind_social",
    "blind_tenders",
    "blind_exhibitors",
    "blind_intake",
    "blind_plain",
    "blind_translated",
    "blind_plain_regions",
    "blind_plain_industry",
    "blind_plain_trade",
    "blind_plain_care",
    "blind_plain_fibre",
    "blind_plain_circular",
    "blind_plain_sport",
    "blind_plain_north",
    "blind_plain_esl",
    "blind_plain_lifestyle",
    "blind_plain_mixed",
    "blind_plain_terse",
    "blind_plain_oem",
    "blind_plain_south",
    "blind_plain_coop",
    "blind_plain_east",
    "blind_plain_baby",
    "blind_plain_hotel",
    "blind_plain_craft",
    "blind_plain_medical",
    "blind_plain_technical",
    "blind_plain_sustain",
    "blind_plain_wellness",
    "blind_plain_accessory",
    "blind_plain_tailor",
    "blind_plain_roman",
    "blind_plain_silk",
    "blind_plain_furnish",
    "blind_plain_isan",
    "blind_plain_uniform",
    "blind_plain_knit",
    "blind_plain_mill",
    "blind_plain_west",
    "blind_plain_dyeing",
    "blind_plain_hemp",
    "blind_plain_shops",
    "blind_plain_services",
    "blind_plain_ppe",
    "blind_plain_decor",
    "blind_plain_bedding",
    "blind_plain_footwear",
    "blind_plain_dyeplants",
    "blind_plain_fashion",
    "blind_plain_temple",
    "blind_plain_outdoor",
    "blind_plain_hobby",
    "blind_plain_merch",
    "blind_plain_events",
    "blind_plain_tourism",
    "blind_plain_agri",
    "blind_plain_repair",
    "blind_plain_sportsclub",
    "blind_plain_chem",
    "blind_plain_biomat",
    "blind_plain_coastal",
    "blind_plain_kitchen",
    "blind_plain_auto",
    "blind_plain_online",
    "blind_plain_modest",
    "blind_plain_toys",
    "blind_plain_laundry",
    "blind_plain_pets",
    "blind_plain_salon",
    "blind_plain_heritage",
    "blind_plain_school",
    "blind_plain_festivals",
    "blind_plain_security",
    "blind_plain_transport",
    "blind_plain_hilltribe",
    "blind_plain_foodproc",
    "blind_plain_stationery",
    "blind_plain_signage",
    "blind_plain_wedding",
    "blind_plain_stage",
    "blind_plain_rainwear",
    "blind_plain_lingerie",
    "blind_plain_funeral",
    "blind_plain_sacks",
    "blind_plain_combat",
    "blind_plain_cleaning",
    "blind_plain_nets",
    "blind_plain_hats",
    "blind_plain_acoustic",
    "blind_plain_rope",
    "blind_plain_latex",
    "blind_plain_threads",
    "blind_plain_smart",
    "blind_plain_courses",
    "blind_plain_denim",
    "blind_plain_rugs",
    "blind_plain_artcanvas",
    "blind_plain_nonwoven",
    "blind_plain_printing",
    "blind_plain_gloves",
    "blind_plain_socks",
    "blind_plain_trims",
    "blind_plain_towels",
    "blind_plain_spa",
    "blind_plain_leather",
    "blind_plain_luggage",
    "blind_plain_yoga",
    "blind_plain_curtains",
    "blind_plain_embroidery",
    "blind_plain_quilting",
    "blind_plain_scarves",
    "blind_plain_airline",
    "blind_plain_mattress",
    "blind_plain_livestock",
    "blind_plain_wipes",
    "blind_plain_hammocks",
    "blind_plain_neckwear",
    "blind_plain_filters",
    "blind_plain_pants",
    "blind_plain_golf",
    "blind_plain_regalia",
    "blind_plain_motorbike",
    "blind_plain_felt",
    "blind_plain_testing",
    "blind_plain_machines",
    "blind_plain_hairacc",
    "blind_plain_swim",
    "blind_plain_lotus",
    "blind_plain_cycling",
    "blind_plain_batik",
    "blind_plain_looms",
    "blind_plain_maternity",
    "blind_plain_relief",
    "blind_plain_continence",
    "blind_plain_saapaper",
    "blind_plain_sleepwear",
    "blind_plain_orthotics",
    "blind_plain_tiedye",
    "blind_plain_haberdashery",
    "blind_plain_geotextile",
    "blind_plain_mobility",
    "blind_plain_giftwrap",
    "blind_plain_mascot",
    "blind_plain_cleanroom",
    "blind_plain_flags",
    "blind_plain_webbing",
    "blind_plain_thaidress",
    "blind_plain_tactical",
    "blind_plain_linen",
    "blind_plain_viscose",
    "blind_plain_cottonfarm",
    "blind_plain_down",
    "blind_plain_macrame",
    "blind_plain_sensory",
    "blind_plain_drawcords",
    "blind_plain_marine",
    "blind_plain_puppets",
    "blind_plain_gymgear",
    "blind_plain_kites",
    "blind_plain_beanbag",
    "blind_plain_charcoal",
    "blind_plain_equestrian",
    "blind_plain_umbrella",
    "blind_plain_basketry",
    "blind_plain_instruments",
    "blind_plain_meditation",
    "blind_plain_fruitbag",
    "blind_plain_tablelinen",
    "blind_plain_costume",
    "blind_plain_dolls",
    "blind_plain_lanterns",
    "blind_plain_hivis",
    "blind_plain_awnings",
    "blind_plain_mosquito",
    "blind_plain_lace",
    "blind_plain_ecoprint",
    "blind_plain_pleating",
    "blind_plain_herbal",
    "blind_plain_labels",
    "blind_plain_scrubs",
    "blind_plain_silkscreen",
    "blind_plain_coffeebags",
    "blind_plain_eyewear",
    "blind_plain_kidswear",
    "blind_plain_vintage",
    "blind_plain_jewellery",
    "blind_plain_recycling",
    "blind_plain_eldercare",
    "blind_plain_hempgoods",
    "blind_plain_activewear",
    "blind_plain_naturaldye",
    "blind_plain_silkisan",
    "blind_plain_hospitallinen",
    "blind_plain_upcycled",
)


@pytest.mark.parametrize("name", HAND_WRITTEN)
def test_a_held_out_set_is_what_its_script_writes(name: str, tmp_path: Path) -> None:
    """Run from a copy (these scripts write beside themselves), with the taxonomy they check against."""
    (tmp_path / "shared").symlink_to(REPO / "shared")
    copy = tmp_path / "eval" / name
    copy.mkdir(parents=True)
    shutil.copy(REPO / "eval" / name / "write.py", copy / "write.py")
    subprocess.run([sys.executable, str(copy / "write.py")], check=True, capture_output=True, cwd=tmp_path)
    for written in ("profiles.jsonl", "links.csv"):
        assert (copy / written).read_bytes() == (REPO / "eval" / name / written).read_bytes()


def test_dense_twins_differ_only_on_the_surface() -> None:
    generate = _module(DENSE / "generate.py")
    profiles, links = generate.generate(per_role=8, seed=5)
    fits = Counter((p["stage"], p["sub_cluster"], p["province"], tuple(p["bcg"]), p["language"]) for p in profiles)
    for (stage, sub_cluster, province, bcg, language), count in fits.items():
        twin_language = "en" if language == "th" else "th"
        assert fits[(stage, sub_cluster, province, bcg, twin_language)] == count
    assert Counter(p["language"] for p in profiles) == {"th": len(profiles) // 2, "en": len(profiles) // 2}
    # every SME of a role supplies every SME of the next role in its chain
    per_role = 8
    chain_links = sum(len(chain.roles) - 1 for chain in generate.CHAINS) * per_role * per_role
    assert len(links) == len(set(links)) == chain_links


def test_blind_labels_follow_the_value_chain() -> None:
    stage = {}
    with (BLIND / "profiles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            stage[row["id"]] = ("upstream", "midstream", "downstream").index(row["stage"])
    with (BLIND / "links.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(stage[r["supplier_id"]] <= stage[r["buyer_id"]] for r in rows)
    assert all(r["supplier_id"] != r["buyer_id"] for r in rows)
