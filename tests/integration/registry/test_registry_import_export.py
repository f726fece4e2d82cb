"""Bulk import and export, through the API and the `clusterlink` CLI, on real infrastructure."""

from __future__ import annotations

import argparse
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from services.registry import cli

pytestmark = pytest.mark.integration

DEV_PROFILES = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "dev" / "profiles.jsonl"


def _correlation_ids(records: list[Any]) -> list[str]:
    return [dict(r.headers).get("correlation_id", b"").decode() for r in records]


async def test_the_dev_profiles_import_whole_and_a_second_import_changes_nothing(registry: Any, topic: Any) -> None:
    body = DEV_PROFILES.read_bytes()
    ids = [json.loads(line)["id"] for line in body.splitlines() if line.strip()]
    first_run, second_run = f"import-{uuid.uuid4().hex}", f"reimport-{uuid.uuid4().hex}"
    headers = {**registry.coordinator, "Content-Type": "application/x-ndjson"}

    first = await registry.http.post("/v1/import", content=body, headers={**headers, "X-Correlation-ID": first_run})

    assert first.status_code == 200, first.text
    report = first.json()
    assert (report["total"], report["created"], report["rejected"]) == (len(ids), len(ids), 0)
    for sme_id in ids:
        records = await topic.records(sme_id)
        ours = [r for r in records if first_run in _correlation_ids([r])]
        assert len(ours) == 1, sme_id
        assert json.loads(ours[0].value)["version"] == 1

    second = await registry.http.post("/v1/import", content=body, headers={**headers, "X-Correlation-ID": second_run})

    assert second.status_code == 200
    assert (second.json()["unchanged"], second.json()["created"], second.json()["updated"]) == (len(ids), 0, 0)
    await topic.settle(2.0)
    republished = [r for records in topic.seen.values() for r in records if second_run in _correlation_ids([r])]
    assert republished == []


async def test_every_rejected_line_is_reported_with_its_number_field_and_reason(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    good, dup = unique("good"), unique("dup")
    lines = [
        json.dumps(payload(good)),
        "",
        "{not json",
        json.dumps(payload(dup)),
        json.dumps(payload(dup, name="again")),
        json.dumps({k: v for k, v in payload(unique("noid")).items() if k != "id"}),
        json.dumps(payload(unique("prov"), province="Gotham", colour="red")),
        "[1, 2]",
    ]

    response = await registry.http.post(
        "/v1/import",
        content="\n".join(lines).encode(),
        headers={**registry.coordinator, "Content-Type": "application/x-ndjson"},
    )

    assert response.status_code == 200, response.text
    results = {r["line"]: r for r in response.json()["results"]}
    assert {line: r["status"] for line, r in results.items()} == {
        1: "created",
        3: "rejected",
        4: "created",
        5: "rejected",
        6: "rejected",
        7: "rejected",
        8: "rejected",
    }
    assert results[3]["errors"][0]["field"] == "(line)"
    assert "line 4" in results[5]["errors"][0]["reason"]
    assert results[6]["errors"][0]["field"] == "id"
    assert {e["field"] for e in results[7]["errors"]} == {"province", "colour"}
    assert results[1]["sme_token"].startswith(f"{good}.")
    stored = await registry.http.get(f"/v1/smes/{dup}", headers=registry.coordinator)
    assert stored.json()["profile"]["name"] == payload(dup)["name"]


async def test_a_csv_import_keeps_thai_and_numbers_lines_as_in_the_file(
    registry: Any, unique: Callable[[str], str]
) -> None:
    ok, broken = unique("csv"), unique("csvbad")
    text = (
        "id,name,sub_cluster,stage,province,offers,needs,certifications,bcg,contact_email,language,"
        "description,capacity_amount,capacity_unit\n"
        f"{ok},ผ้าย้อมคราม,ageing_lifestyle_isan,midstream,สกลนคร,ผ้าครามทอมือ|เสื้อคราม,,"
        f'gots,bio|green,{ok}@example.com,th,"ย้อมครามธรรมชาติ\nทอมือทุกผืน",120,เมตร\n'
        f"{broken},X,sportech,sideways,Bangkok,,,,,{broken}@example.com,en,,,\n"
    )

    response = await registry.http.post(
        "/v1/import", content=text.encode(), headers={**registry.coordinator, "Content-Type": "text/csv"}
    )

    assert response.status_code == 200, response.text
    results = {r["line"]: r for r in response.json()["results"]}
    assert results[2]["status"] == "created"
    assert results[4]["status"] == "rejected"  # the quoted cell above spans lines 2 and 3
    assert results[4]["errors"][0]["field"] == "stage"
    stored = (await registry.http.get(f"/v1/smes/{ok}", headers=registry.coordinator)).json()["profile"]
    assert stored["offers"] == ["ผ้าครามทอมือ", "เสื้อคราม"]
    assert stored["description"] == "ย้อมครามธรรมชาติ\nทอมือทุกผืน"
    assert (stored["province"], stored["certifications"], stored["capacity"]) == (
        "Sakon Nakhon",
        ["GOTS"],
        {"amount": 120.0, "unit": "เมตร"},
    )


async def test_a_dry_run_stores_nothing(registry: Any, unique: Callable[[str], str], payload: Any) -> None:
    sme_id = unique("dry")
    response = await registry.http.post(
        "/v1/import",
        params={"dry_run": "true"},
        content=json.dumps(payload(sme_id)).encode(),
        headers={**registry.coordinator, "Content-Type": "application/x-ndjson"},
    )

    assert (response.status_code, response.json()["valid"]) == (200, 1)
    assert (await registry.http.get(f"/v1/smes/{sme_id}", headers=registry.coordinator)).status_code == 404


async def test_an_unknown_csv_column_or_content_type_is_refused_as_a_whole(registry: Any) -> None:
    csv_response = await registry.http.post(
        "/v1/import", content=b"id,shoe_size\nx,42\n", headers={**registry.coordinator, "Content-Type": "text/csv"}
    )
    xml_response = await registry.http.post(
        "/v1/import", content=b"<smes/>", headers={**registry.coordinator, "Content-Type": "application/xml"}
    )

    assert csv_response.status_code == 422
    assert "shoe_size" in csv_response.json()["message"]
    assert xml_response.status_code == 415


def _run_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers()
    cli.register(subparsers)
    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


def test_the_cli_imports_with_a_report_and_exports_contract_lines(
    registry_process: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    unique: Callable[[str], str],
    payload: Callable[..., dict[str, Any]],
) -> None:
    api_key = f"clk_cli_{uuid.uuid4().hex}"
    first, second = unique("cli"), unique("cli")
    source = tmp_path / "smes.jsonl"
    source.write_text(
        "\n".join(
            [
                json.dumps(payload(first), ensure_ascii=False),
                json.dumps(payload(second, language="fr"), ensure_ascii=False),
                json.dumps(payload(second), ensure_ascii=False),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    with registry_process(api_key) as process:
        monkeypatch.setenv("CLUSTERLINK_REGISTRY_URL", process.url)
        monkeypatch.setenv("CLUSTERLINK_API_KEY", api_key)

        code = _run_cli(["import", str(source), "--batch-size", "2", "--tokens-out", str(tmp_path / "t.csv")])
        out = capsys.readouterr().out
        assert code == 1
        assert f"line 2 ({second}): language:" in out
        assert "3 records: 2 created, 0 updated, 0 unchanged, 1 rejected" in out
        assert (tmp_path / "t.csv").read_text().count("\n") == 3

        assert _run_cli(["import", str(source)]) == 1
        assert "0 created, 0 updated, 2 unchanged, 1 rejected" in capsys.readouterr().out

        exported = tmp_path / "export.jsonl"
        assert _run_cli(["export", "--out", str(exported)]) == 0
        lines = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
        mine = {line["id"]: line for line in lines if line["id"] in (first, second)}
        assert set(mine) == {first, second}
        assert list(mine[first]) == list(cli_contract_fields())
        assert mine[first]["name"] == payload(first)["name"]

        monkeypatch.setenv("CLUSTERLINK_API_KEY", "clk_wrong")
        assert _run_cli(["export"]) == 2
        assert "401" in capsys.readouterr().err


def cli_contract_fields() -> tuple[str, ...]:
    return (
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
    )
