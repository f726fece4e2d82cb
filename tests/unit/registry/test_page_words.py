"""Dates on the entrepreneur pages: the day in Thailand, Buddhist era in Thai."""

from __future__ import annotations

from datetime import UTC, datetime

from services.registry.pages.words import Words


def test_a_date_is_the_day_in_thailand_in_the_buddhist_era_in_thai() -> None:
    late_evening_utc = datetime(2026, 12, 31, 18, 30, tzinfo=UTC)  # already 1 January 2027 in Bangkok
    assert Words("th").date(late_evening_utc) == "1 ม.ค. 2570"
    assert Words("en").date(late_evening_utc) == "1 Jan 2027"
    assert Words("th").date(datetime(2026, 12, 5, 3, 0, tzinfo=UTC)) == "5 ธ.ค. 2569"
