"""`clusterlink match`: the engine offline on a profiles file (CONTRACTS.md section 2)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from services.matcher import offline

PROFILES: list[dict[str, object]] = [
    {"id": "sme-1", "name": "Hemp Weavers", "sub_cluster": "hemp_natural_fibre", "stage": "midstream",
     "province": "Chiang Mai", "offers": ["Handwoven hemp fabric"], "needs": ["hand-spun hemp yarn"],
     "certifications": [], "bcg": ["bio"], "contact_email": "a@example.com", "language": "en"},
    {"id": "sme-2", "name": "กลุ่มปั่นด้าย", "sub_cluster": "hemp_natural_fibre", "stage": "upstream",
     "province": "Nan", "offers": ["ด้ายกัญชงเข็นมือ"], "needs": [], "certifications": [], "bcg": ["bio"],
     "contact_email": "b@example.com", "language": "th"},
    {"id": "sme-3", "name": "Bag Studio", "sub_cluster": "hemp_natural_fibre", "stage": "downstream",
     "province": "Bangkok", "offers": ["hemp tote bags made from hemp canvas"], "needs": ["hemp fabric wanted"],
     "contact_email": "c@example.com", "language": "en"},
]  # fmt: skip


def write_profiles(path: Path, rows: list[dict[str, object]], extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(*argv: str) -> int:
    return offline.main(list(argv))


def test_writes_one_line_per_sme_in_input_order(tmp_path: Path) -> None:
    profiles = write_profiles(tmp_path / "profiles.jsonl", PROFILES)
    out = tmp_path / "recs.jsonl"
    assert run("--profiles", str(profiles), "--k", "10", "--out", str(out)) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["sme_id"] for line in lines] == ["sme-1", "sme-2", "sme-3"]
    weaver, spinner, bags = lines
    assert [s["id"] for s in weaver["suppliers"]] == ["sme-2"]
    assert [b["id"] for b in weaver["buyers"]] == ["sme-3"]
    assert [b["id"] for b in spinner["buyers"]] == ["sme-1"]
    assert bags["buyers"] == []  # a hemp bag is not hemp fabric
    assert 0 < weaver["suppliers"][0]["score"] <= 1
    # reasons are written in the language of the SME whose line it is
    assert weaver["suppliers"][0]["reasons"][0].startswith("offers ")
    assert spinner["buyers"][0]["reasons"][0].startswith("ต้องการ")


def test_the_k_option_caps_every_list(tmp_path: Path) -> None:
    spinners = [
        {**PROFILES[1], "id": f"spin-{i}", "province": p} for i, p in enumerate(["Nan", "Tak", "Loei", "Phrae"])
    ]
    profiles = write_profiles(tmp_path / "profiles.jsonl", [PROFILES[0], *spinners])
    out = tmp_path / "recs.jsonl"
    assert run("--profiles", str(profiles), "--k", "2", "--out", str(out)) == 0
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert len(first["suppliers"]) == 2


@pytest.mark.parametrize(
    ("bad_line", "field"),
    [
        ('{"id": "sme-9", "name": "x", "sub_cluster": "hemp_natural_fibre"', "(line)"),
        (json.dumps({**PROFILES[0], "id": "sme-9", "offers": "hemp fabric"}), "offers"),
        (json.dumps({**PROFILES[0], "id": "sme-9", "stage": "somewhere"}), "stage"),
        (json.dumps({k: v for k, v in PROFILES[0].items() if k != "needs"} | {"id": "sme-9"}), "needs"),
        (json.dumps({**PROFILES[0], "id": "sme-1"}), "id"),
        (json.dumps({**PROFILES[0], "id": "sme-9", "language": "fr"}), "language"),
    ],
)
def test_a_malformed_line_stops_the_run_naming_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad_line: str, field: str
) -> None:
    profiles = write_profiles(tmp_path / "profiles.jsonl", PROFILES[:2], extra_lines=("", bad_line))
    out = tmp_path / "recs.jsonl"
    code = run("--profiles", str(profiles), "--k", "10", "--out", str(out))
    assert code != 0
    message = capsys.readouterr().err
    assert "line 4" in message
    assert repr(field) in message
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [profiles]  # no partial or temporary file left behind


def test_an_earlier_output_file_is_left_untouched_on_failure(tmp_path: Path) -> None:
    profiles = write_profiles(tmp_path / "profiles.jsonl", PROFILES, extra_lines=("not json",))
    out = tmp_path / "recs.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    assert run("--profiles", str(profiles), "--k", "10", "--out", str(out)) != 0
    assert out.read_text(encoding="utf-8") == "previous run\n"


def test_registers_the_match_command(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser(prog="clusterlink")
    offline.register(parser.add_subparsers(dest="command"))
    profiles = write_profiles(tmp_path / "profiles.jsonl", PROFILES)
    out = tmp_path / "recs.jsonl"
    args = parser.parse_args(["match", "--profiles", str(profiles), "--k", "3", "--out", str(out)])
    assert args.func(args) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_k_must_be_a_positive_integer(tmp_path: Path) -> None:
    profiles = write_profiles(tmp_path / "profiles.jsonl", PROFILES)
    with pytest.raises(SystemExit) as exit_info:
        run("--profiles", str(profiles), "--k", "0", "--out", str(tmp_path / "recs.jsonl"))
    assert exit_info.value.code != 0
