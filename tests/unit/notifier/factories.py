"""Small builders for the notifier's unit tests."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from services.notifier.model import PendingSuggestion
from services.notifier.planning import SendingRules
from shared.events import Reason

BANGKOK = ZoneInfo("Asia/Bangkok")


def bangkok(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A Bangkok wall-clock time as a UTC instant, as the notifier stores them."""
    return datetime(year, month, day, hour, minute, tzinfo=BANGKOK).astimezone(UTC)


def rules(
    *,
    daily_cap: int = 10,
    quiet: tuple[time, time] = (time(21, 0), time(8, 0)),
    digest_time: time = time(9, 0),
    weekly_digest_weekday: int = 0,
    instant_gather: timedelta = timedelta(0),
) -> SendingRules:
    return SendingRules(
        timezone=BANGKOK,
        quiet_start=quiet[0],
        quiet_end=quiet[1],
        digest_time=digest_time,
        weekly_digest_weekday=weekly_digest_weekday,
        daily_cap=daily_cap,
        instant_gather=instant_gather,
    )


def suggestion(n: int, *, received_at: datetime, score: float = 0.5, recipient: str = "sme-r") -> PendingSuggestion:
    return PendingSuggestion(
        suggestion_id=f"sg-{n:04d}",
        recipient_id=recipient,
        recipient_role="buyer",
        supplier_id=f"sme-s{n:04d}",
        buyer_id=recipient,
        score=score,
        rank=n,
        reasons=(Reason(code="offer_meets_need", text_en="offers yarn", text_th="มีเส้นด้าย"),),
        received_at=received_at,
        correlation_id=f"corr-{n}",
    )
