"""Typed inputs and results of the scoring engine."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True, slots=True)
class Profile:
    """An SME as the engine sees it (cluster JSONL v1 without contact details)."""

    id: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()
    bcg: tuple[str, ...] = ()
    language: str = "en"

    def matching_key(self) -> tuple[object, ...]:
        """Everything scoring reads; a change elsewhere (name, language) changes no match."""
        return (
            self.sub_cluster,
            self.stage,
            self.province,
            tuple(self.offers),
            tuple(self.needs),
            tuple(sorted(self.certifications)),
            tuple(sorted(self.bcg)),
        )


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a pair was suggested, in plain words, addressed to the recipient of the suggestion."""

    code: str
    text_en: str
    text_th: str

    def text(self, lang: str) -> str:
        return self.text_th if lang == "th" else self.text_en


@dataclass(frozen=True)
class Match:
    """A suggested supplier -> buyer pair, as it appears in `recipient_id`'s list.

    `recipient_id` is the buyer for a suppliers list and the supplier for a
    buyers list; `reasons` speak to that recipient. Reasons are written on
    first access: most matches an update returns are only routed, never read.
    """

    supplier_id: str
    buyer_id: str
    score: float
    recipient_id: str
    write_reasons: Callable[[], tuple[Reason, ...]] = field(repr=False, compare=False)

    @cached_property
    def reasons(self) -> tuple[Reason, ...]:
        return self.write_reasons()

    @property
    def partner_id(self) -> str:
        return self.supplier_id if self.recipient_id == self.buyer_id else self.buyer_id
