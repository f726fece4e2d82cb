"""Small profiles for engine tests."""

from __future__ import annotations

from collections.abc import Sequence

from services.matcher.scoring import Match, Profile


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
