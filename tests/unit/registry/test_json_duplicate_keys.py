"""A JSON object that repeats a key is refused naming the key; a CSV header of made-up columns is
refused naming a few, not echoed whole."""

from __future__ import annotations

import pytest

from services.registry.bulk_formats import UnreadableFile, read_csv, read_jsonl
from shared.json_keys import DuplicateKey, loads_unique


def test_a_repeated_key_at_any_depth_is_named() -> None:
    assert loads_unique('{"name": "ร้าน", "capacity": {"amount": 1, "unit": "kg"}}')["name"] == "ร้าน"
    with pytest.raises(DuplicateKey) as top:
        loads_unique('{"name": "A", "name": "B"}')
    with pytest.raises(DuplicateKey) as nested:
        loads_unique('{"capacity": {"unit": "kg", "unit": "m"}}')
    assert (top.value.key, nested.value.key) == ("name", "unit")


def test_a_jsonl_line_with_a_repeated_key_is_rejected_and_the_next_line_is_read() -> None:
    records = list(read_jsonl(b'{"id": "a", "id": "b"}\n{"id": "c"}'))

    assert records[0].data is None and [e.field for e in records[0].errors] == ["id"]
    assert "twice" in records[0].errors[0].reason
    assert records[1].data == {"id": "c"}


def test_a_header_of_100000_unknown_columns_names_five_and_counts_the_rest() -> None:
    with pytest.raises(UnreadableFile) as refused:
        list(read_csv(",".join(f"c{i}" for i in range(100_000)).encode()))

    assert "and 99995 more" in refused.value.reason
    assert len(refused.value.reason) < 1_000
