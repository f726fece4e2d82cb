"""`clusterlink report --established`: the introduced pairs are read from the columns named
supplier_id and buyer_id, wherever they stand, so the dashboard's introductions export is read as downloaded."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from clusterlink.report import _LinkError, _read_established
from services.registry.dashboard.export import csv_bytes, introduction_rows
from services.registry.dashboard.funnel_store import PairRecord
from shared.events import SmeProfileV1

IDS = {"sme-1", "sme-2", "sme-3"}


def _profile(sme_id: str, name: str) -> SmeProfileV1:
    return SmeProfileV1(
        id=sme_id, name=name, sub_cluster="hemp_natural_fibre", stage="midstream", province="Nan",
        contact_email=f"{sme_id}@example.com", language="th",
    )  # fmt: skip


def _introduced(supplier_id: str, buyer_id: str) -> PairRecord:
    at = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    answers = {"supplier": ("accept", at), "buyer": ("accept", at)}
    return PairRecord(supplier_id, buyer_id, at, at, {"supplier": at, "buyer": at}, answers)


def test_the_dashboards_introductions_export_is_read_as_downloaded(tmp_path: Path) -> None:
    profiles = {p.id: p for p in (_profile("sme-1", '=ทอผ้า, "Nan"'), _profile("sme-2", "ปั่นด้าย"))}
    export = tmp_path / "clusterlink-introductions.csv"
    # BOM, names with commas and quotes, and the buyer's id in the fourth column.
    export.write_bytes(csv_bytes(introduction_rows([_introduced("sme-2", "sme-1")], profiles)))
    assert export.read_bytes().startswith(b"\xef\xbb\xbfsupplier_id,supplier_name,")
    assert _read_established(export, IDS) == [("sme-2", "sme-1")]


def test_columns_are_found_by_name_in_any_order(tmp_path: Path) -> None:
    path = tmp_path / "links.csv"
    path.write_text("note,buyer_id,supplier_id\nfirst,sme-1,sme-2\n\n, sme-3 ,sme-1\n", encoding="utf-8")
    assert _read_established(path, IDS) == [("sme-2", "sme-1"), ("sme-1", "sme-3")]


@pytest.mark.parametrize(
    ("header", "missing"),
    [("supplier_id,supplier_name,buyer_name", "buyer_id"), ("buyer,seller", "supplier_id"), ("", "supplier_id")],
)
def test_a_missing_column_is_named(tmp_path: Path, header: str, missing: str) -> None:
    path = tmp_path / "links.csv"
    path.write_text(f"{header}\nsme-1,x,y\n", encoding="utf-8")
    with pytest.raises(_LinkError) as caught:
        _read_established(path, IDS)
    assert caught.value.line == 1 and caught.value.field == missing
    assert f"no column {missing!r}" in str(caught.value)


def test_a_short_row_or_an_unknown_id_names_the_line_and_the_column(tmp_path: Path) -> None:
    path = tmp_path / "links.csv"
    path.write_text("supplier_id,supplier_name,buyer_id\nsme-1,a,sme-2\nsme-2,b\n", encoding="utf-8")
    with pytest.raises(_LinkError) as caught:
        _read_established(path, IDS)
    assert (caught.value.line, caught.value.field) == (3, "buyer_id")
    path.write_text("supplier_id,supplier_name,buyer_id\nsme-9,a,sme-2\n", encoding="utf-8")
    with pytest.raises(_LinkError, match="'sme-9' is not an SME id"):
        _read_established(path, IDS)


def test_the_command_names_the_file_and_the_missing_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from clusterlink.cli import main
    from tests.unit.report.test_report_command import PROFILES, _write

    established = tmp_path / "introduced.csv"
    established.write_text("supplier_id,supplier_name\nsme-2,x\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["report", "--profiles", str(_write(tmp_path / "p.jsonl", PROFILES)), "--out", str(out)]
    assert main([*args, "--established", str(established)]) == 2
    err = capsys.readouterr().err
    assert "introduced.csv" in err and "no column 'buyer_id'" in err
    assert not out.exists()
