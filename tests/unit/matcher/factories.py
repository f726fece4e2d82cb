"""Small profiles for engine tests, and what the reader makes of a phrase."""

from __future__ import annotations

from collections.abc import Sequence

from services.matcher.scoring import Match, Profile
from services.matcher.scoring.reading import ItemKind, PhraseReader, Side


def sme(
    sme_id: str,
    *,
    offers: tuple[str, ...] = (),
    needs: tuple[str, ...] = (),
    stage: str = "midstream",
    sub_cluster: str = "hemp_natural_fibre",
    province: str = "Chiang Mai",
    certifications: tuple[str, ...] = (),
    bcg: tuple[str, ...] = (),
    language: str = "en",
    name: str = "",
) -> Profile:
    return Profile(
        id=sme_id,
        name=name or sme_id,
        sub_cluster=sub_cluster,
        stage=stage,
        province=province,
        offers=offers,
        needs=needs,
        certifications=certifications,
        bcg=bcg,
        language=language,
    )


def supplier_ids(matches: Sequence[Match]) -> list[str]:
    return [m.supplier_id for m in matches]


def buyer_ids(matches: Sequence[Match]) -> list[str]:
    return [m.buyer_id for m in matches]


def kinds_and_heads(reader: PhraseReader, text: str, side: Side = Side.OFFER) -> list[tuple[ItemKind, str]]:
    """What a phrase offers or wants, item by item: its kind and its head."""
    return [(i.kind, i.head) for i in reader.read(text, side).items]
