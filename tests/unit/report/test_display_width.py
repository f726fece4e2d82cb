"""Padding by display width: Thai vowel and tone marks take no column, so tables line up (issue 12, item 6)."""

from __future__ import annotations

from clusterlink.demo import table_lines
from shared.value_chain.display_width import display_width, pad, truncate


def test_thai_marks_take_no_column() -> None:
    assert display_width("น้ำ") == 2  # น, ้ (tone mark), ำ (sara am takes its own column)
    assert display_width("ที่นี่") == 2  # ท and น; ี and ่ sit on them
    assert display_width("กลุ่มทอผ้า") == 7
    assert display_width("a\u200bb") == 2  # a zero-width space, common in Thai text
    assert display_width("ไทย") == 3
    assert display_width("漢字") == 4  # wide letters take two


def test_pad_fills_to_the_column_and_truncate_keeps_marks_with_their_letter() -> None:
    assert display_width(pad("กลุ่มทอผ้า", 12)) == 12
    cut = truncate("กลุ่มทอผ้าฝ้ายบ้านหนองสอ", 6)
    assert display_width(cut) <= 6 and cut.endswith("…")
    assert cut.startswith("กลุ่ม")  # ุ and ่ stayed with ล
    assert truncate("short", 10) == "short"


def test_the_demo_table_lines_up_thai_and_english_names() -> None:
    profiles = [
        {"id": "a", "name": "กลุ่มแม่บ้านผลิตเนื้อครามบ้านนาหว้า"},
        {"id": "b", "name": "Sakon Indigo Cloth Co., Ltd."},
        {"id": "c", "name": "ห้องเสื้อวัยเก๋าอุดร"},
    ]
    recs = {
        "a": {"suppliers": [], "buyers": [{"id": "b", "score": 0.91}]},
        "b": {"suppliers": [{"id": "a", "score": 0.91}], "buyers": [{"id": "c", "score": 0.8}]},
        "c": {"suppliers": [{"id": "b", "score": 0.8}], "buyers": []},
    }
    lines = table_lines(profiles, recs)[1:]
    header, rows = lines[0], lines[2:]
    assert display_width(header[: header.index("best supplier")]) == 31
    assert display_width(header[: header.index("best buyer")]) == 66
    # every row: the supplier cell starts at column 31 and the buyer cell at column 66, Thai or not
    cells = [("—", "0.91  Sakon Indigo Cloth Co., Ltd."), ("0.91  กลุ่มแม่บ้านผลิตเนื้อครามบ้า", "0.80  ห้องเสื้อวัยเก๋าอุดร"),
             ("0.80  Sakon Indigo Cloth Co., Ltd.", "—")]  # fmt: skip
    for row, (supplier, buyer) in zip(rows, cells, strict=True):
        assert display_width(row[: row.index(supplier)]) == 31, row
        assert display_width(row[: row.rindex(buyer)]) == 66, row
