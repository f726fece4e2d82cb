"""`clusterlink report`: files written from a profiles file, and bad input refused with line and field."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest

from clusterlink import report
from clusterlink.cli import main
from shared.value_chain.fonts import NoThaiFont

PROFILES: list[dict[str, object]] = [
    {"id": "sme-1", "name": "Hemp <Weavers> & Co", "sub_cluster": "hemp_natural_fibre", "stage": "midstream",
     "province": "Chiang Mai", "offers": ["Handwoven hemp fabric"],
     "needs": ["hand-spun hemp yarn", "kraft paper packaging"], "contact_email": "a@example.com", "language": "en"},
    {"id": "sme-2", "name": "กลุ่มปั่นด้ายกัญชง", "sub_cluster": "hemp_natural_fibre", "stage": "upstream",
     "province": "Nan", "offers": ["ด้ายกัญชงเข็นมือ"], "needs": [], "contact_email": "b@example.com", "language": "th"},
    {"id": "sme-3", "name": "Bag Studio", "sub_cluster": "hemp_natural_fibre", "stage": "downstream",
     "province": "Bangkok", "offers": ["hemp tote bags made from hemp canvas"], "needs": ["hemp fabric wanted"],
     "contact_email": "c@example.com", "language": "en"},
]  # fmt: skip


def _write(path: Path, rows: list[dict[str, object]], extra: str = "") -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n" + extra, encoding="utf-8")
    return path


def test_writes_pictures_and_the_html_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profiles = _write(tmp_path / "p.jsonl", PROFILES)
    established = tmp_path / "introduced.csv"
    established.write_text("supplier_id,buyer_id\nsme-2,sme-1\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["report", "--profiles", str(profiles), "--out", str(out), "--established", str(established),
                 "--focus", "sme-1"])  # fmt: skip
    assert code == 0 if os.environ.get("CI") else code in (0, 3)  # 3: no Thai font here, so no PNG (tested below)
    names = {p.name for p in out.iterdir()}
    assert {"value-chain.svg", "neighbourhood-sme-1.svg", "report.html", "report.json"} <= names
    if code == 0:
        assert {"value-chain.png", "neighbourhood-sme-1.png"} <= names
    svg = (out / "value-chain.svg").read_text(encoding="utf-8")
    assert 'data-kind="established"' in svg and "1 established links" in svg
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Hemp &lt;Weavers&gt; &amp; Co" in html and "<Weavers>" not in html
    assert "kraft paper packaging" in html  # the gap, in the gap report
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    unmet = data["gaps"]["hemp_natural_fibre"]["unmet_needs"]
    assert [(g["sme_id"], g["text"]) for g in unmet] == [("sme-1", "kraft paper packaging")]
    assert ["sme-2", "sme-1", "sme-3"] in [c["sme_ids"] for c in data["chains"]]
    assert "wrote" in capsys.readouterr().out


def test_without_a_thai_font_it_writes_the_rest_and_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_font(override: str | None = None) -> None:
        raise NoThaiFont()

    monkeypatch.setattr(report, "find_thai_font", no_font)
    out = tmp_path / "out"
    assert main(["report", "--profiles", str(_write(tmp_path / "p.jsonl", PROFILES)), "--out", str(out)]) == 3
    assert {p.name for p in out.iterdir()} == {"value-chain.svg", "report.html", "report.json"}
    assert "fonts-tlwg-waree-ttf" in capsys.readouterr().err


def test_a_malformed_profile_line_names_the_line_and_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = {**PROFILES[2], "stage": "retail"}
    out = tmp_path / "out"
    profiles = _write(tmp_path / "p.jsonl", [*PROFILES[:2], bad])
    assert main(["report", "--profiles", str(profiles), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "'stage'" in err
    assert not out.exists()


def test_a_malformed_established_file_names_the_line_and_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    established = tmp_path / "introduced.csv"
    established.write_text("supplier_id,buyer_id\nsme-2,sme-1\nsme-2,sme-99\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["report", "--profiles", str(_write(tmp_path / "p.jsonl", PROFILES)), "--out", str(out)]
    assert main([*args, "--established", str(established)]) == 2
    err = capsys.readouterr().err
    assert "introduced.csv" in err and "line 3" in err and "'buyer_id'" in err and "sme-99" in err
    assert not out.exists()


def test_an_unknown_focus_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["report", "--profiles", str(_write(tmp_path / "p.jsonl", PROFILES)), "--out", str(tmp_path / "o")]
    assert main([*args, "--focus", "sme-42"]) == 2
    assert "sme-42" in capsys.readouterr().err


def _fake_matcher(lists: dict[tuple[str, str], list[dict[str, object]]]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.headers.get("Authorization") != "Bearer coordinator-key":
            return httpx.Response(401)
        sme_id = request.url.path.split("/")[3]
        key = (sme_id, request.url.params["direction"])
        return httpx.Response(200, json={"items": lists[key]}) if key in lists else httpx.Response(404)

    return httpx.MockTransport(answer)


def test_stored_lists_of_a_running_matcher_become_the_suggested_links() -> None:
    transport = _fake_matcher({
        ("sme-1", "suppliers"): [{"partner_id": "sme-2", "score": 0.9}],
        ("sme-1", "buyers"): [{"partner_id": "sme-3", "score": 0.7}],
        ("sme-3", "suppliers"): [{"partner_id": "sme-1", "score": 0.75}],
    })  # fmt: skip
    links = report.read_stored_links("http://matcher", ["sme-1", "sme-2", "sme-3"], 10, "coordinator-key", transport)
    assert links == {("sme-2", "sme-1"): 0.9, ("sme-1", "sme-3"): 0.75}  # sme-2 is unknown to it: 404, skipped
    with pytest.raises(report.StoredListsError):
        report.read_stored_links("http://matcher", ["sme-1"], 10, "wrong-key", transport)


def test_the_cluster_takes_the_given_suggested_links_instead_of_matching_pairs_offline(tmp_path: Path) -> None:
    from services.matcher.offline import _read_profiles

    profiles = [p for p, _ in _read_profiles(_write(tmp_path / "p.jsonl", PROFILES))]
    cluster = report.build_cluster(profiles, k=10, suggested={("sme-2", "sme-3"): 0.4})
    assert [(k.supplier_id, k.buyer_id, k.score) for k in cluster.links] == [("sme-2", "sme-3", 0.4)]
    assert cluster.coverage  # the per-phrase matching still ran
