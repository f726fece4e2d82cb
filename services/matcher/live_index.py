"""The replica's in-memory view of every live SME, wrapped around the scoring engine.

Only the profile feed and the decline paths change it, always on the event loop;
a refit builds a new engine index from a snapshot in a worker thread, replays the
changes made meanwhile onto it and swaps it in between two events.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from services.matcher.ranked_lists import Direction, ListEntry, RankedList
from shared.events import Reason, SmeProfileV1

# Changed profiles, as a share of those fitted, that make the idle feed refit at once.
SETTLED_SHARE = 0.1


class EngineReason(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def text_en(self) -> str: ...
    @property
    def text_th(self) -> str: ...


class EngineMatch(Protocol):
    @property
    def supplier_id(self) -> str: ...
    @property
    def buyer_id(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def reasons(self) -> Sequence[EngineReason]: ...


class EngineIndex(Protocol):
    def fit(self, profiles: Iterable[Any]) -> Any: ...
    def upsert(self, profile: Any) -> Sequence[EngineMatch]: ...
    def remove(self, sme_id: str) -> None: ...
    def decline(self, supplier_id: str, buyer_id: str) -> None: ...
    def suppliers_of(self, sme_id: str, k: int | None = None) -> Sequence[EngineMatch]: ...
    def buyers_of(self, sme_id: str, k: int | None = None) -> Sequence[EngineMatch]: ...


def _lists_of(match: EngineMatch) -> tuple[tuple[str, Direction], ...]:
    """The list(s) a match entered: the recipient's when the engine says, else both sides'."""
    recipient = getattr(match, "recipient_id", None)
    if recipient == match.buyer_id:
        return ((match.buyer_id, "suppliers"),)
    if recipient == match.supplier_id:
        return ((match.supplier_id, "buyers"),)
    return ((match.buyer_id, "suppliers"), (match.supplier_id, "buyers"))


@dataclass(frozen=True)
class Engine:
    """How the service builds the scoring engine's objects."""

    new_index: Callable[[int], EngineIndex]
    to_profile: Callable[[SmeProfileV1], Any]


@dataclass(frozen=True)
class RefitSnapshot:
    profiles: tuple[Any, ...]
    declined: frozenset[tuple[str, str]]


_Replay = Callable[[EngineIndex], object]


class LiveIndex:
    def __init__(self, engine: Engine, k: int) -> None:
        self._engine = engine
        self.k = k
        self._index: EngineIndex | None = None
        self._profiles: dict[str, Any] = {}
        self._versions: dict[str, int] = {}
        self._partition_of: dict[str, int] = {}
        # sme id -> (when its last change happened, arrival order, correlation id of that change)
        self._last_change: dict[str, tuple[datetime, int, str]] = {}
        self._entered_by: dict[str, set[tuple[str, Direction]]] = {}
        self._change_seq = 0
        self._declined: set[tuple[str, str]] = set()
        # Erased SMEs' last versions, by a keyed hash of the id (the key lives and dies with the
        # process): a late copy of an older snapshot stays refused after the id is forgotten.
        self._erasure_key = secrets.token_bytes(16)
        self._erased_versions: dict[bytes, int] = {}
        self._journal: list[_Replay] | None = None
        self.fitted_count = 0
        self.changes_since_fit = 0

    # ------------------------------------------------------------ reads

    def __contains__(self, sme_id: object) -> bool:
        return sme_id in self._profiles

    def __len__(self) -> int:
        return len(self._profiles)

    def version_of(self, sme_id: str) -> int | None:
        return self._versions.get(sme_id)

    def partition_of(self, sme_id: str) -> int | None:
        return self._partition_of.get(sme_id)

    def live_ids(self, partitions: set[int] | None = None) -> list[str]:
        """Live SMEs, optionally only those keyed to the given `sme.profiles` partitions."""
        if partitions is None:
            return list(self._profiles)
        return [i for i in self._profiles if self._partition_of.get(i) in partitions]

    def latest_correlation(self, *sme_ids: str) -> str | None:
        """Correlation id of the most recent change among these SMEs: the change that made a pair possible."""
        known = [self._last_change[i] for i in sme_ids if i in self._last_change]
        return max(known)[2] if known else None

    def last_change_at(self, sme_id: str) -> datetime | None:
        """When the SME's indexed profile last changed (event time)."""
        change = self._last_change.get(sme_id)
        return change[0] if change else None

    def is_declined(self, supplier_id: str, buyer_id: str) -> bool:
        return (supplier_id, buyer_id) in self._declined

    def ranked(self, sme_id: str, direction: Direction) -> RankedList:
        """The SME's current top-k list; empty until the engine has been fitted."""
        entries = tuple(
            ListEntry(
                partner_id=partner,
                partner_version=self._versions[partner],
                score=float(m.score),
                # The engine's own reasons: no validation needed (it is the costly part of a large batch).
                reasons=tuple(
                    Reason.model_construct(code=r.code, text_en=r.text_en, text_th=r.text_th) for r in m.reasons
                ),
            )
            for partner, m in self._top(sme_id, direction)
        )
        return RankedList(sme_id, direction, self._versions.get(sme_id, 1), entries)

    def partners(self, sme_id: str, direction: Direction) -> set[str]:
        """Who is in the SME's current list: `ranked` without building the reasons (the costly part)."""
        return {partner for partner, _ in self._top(sme_id, direction)}

    def _top(self, sme_id: str, direction: Direction) -> list[tuple[str, EngineMatch]]:
        if self._index is None or sme_id not in self._profiles:
            return []
        # Exactly k: the engine keeps these lists; a larger k would be a fresh search.
        if direction == "suppliers":
            matches = self._index.suppliers_of(sme_id, self.k)
        else:
            matches = self._index.buyers_of(sme_id, self.k)
        top: list[tuple[str, EngineMatch]] = []
        for m in matches:
            partner = m.supplier_id if direction == "suppliers" else m.buyer_id
            if partner == sme_id or partner not in self._profiles or self.is_declined(m.supplier_id, m.buyer_id):
                continue
            top.append((partner, m))
            if len(top) == self.k:
                break
        return top

    def lists_entered_by(self, sme_id: str) -> set[tuple[str, Direction]]:
        """Other SMEs' lists that the SME's latest indexed change made it enter (asked once)."""
        return self._entered_by.pop(sme_id, set())

    # ----------------------------------------------------------- writes

    def apply_change(
        self,
        profile: SmeProfileV1,
        version: int,
        partition: int,
        correlation_id: str | None = None,
        occurred_at: datetime | None = None,
    ) -> bool:
        """Index a snapshot; False when this or a newer version is already known (a re-publication)."""
        known = self._versions.get(profile.id)
        if known is None:
            known = self._erased_versions.get(self._erased_key(profile.id))
        if known is not None and version <= known:
            return False
        engine_profile = self._engine.to_profile(profile)
        # The engine first: a change it fails on leaves no trace here, so the record's replay
        # from the dead-letter topic is applied, not taken for a re-publication.
        entered = self._apply(lambda index: index.upsert(engine_profile))
        self._profiles[profile.id] = engine_profile
        self._versions[profile.id] = version
        self._partition_of[profile.id] = partition
        self._change_seq += 1
        if correlation_id is not None:
            # Event time orders changes across partitions, which the feed reads in no set order.
            when = occurred_at or datetime.now(UTC)
            self._last_change[profile.id] = (when, self._change_seq, correlation_id)
        self.changes_since_fit += 1
        if isinstance(entered, Sequence):
            # The engine says which lists the SME just entered; its event's handler refreshes them.
            # Replaced, not merged, per change: memory stays bounded on replicas that never ask.
            self._entered_by[profile.id] = {key for m in entered for key in _lists_of(m) if key[0] != profile.id}
        return True

    def apply_erasure(self, sme_id: str, version: int | None, partition: int) -> bool:
        """Remove the SME everywhere; False when it is not indexed (already erased or never seen)."""
        if sme_id not in self._profiles:
            # Nothing of it to delete: remember only its version, by keyed hash (see `forget_erased`).
            known = self._versions.get(sme_id) or self._erased_versions.get(self._erased_key(sme_id), 0)
            if version is not None and sme_id not in self._versions:
                self._erased_versions[self._erased_key(sme_id)] = max(version, known)
            elif version is not None:
                self._versions[sme_id] = max(version, known)
            return False
        # The engine first, as in `apply_change`: an erasure it fails on is applied by its replay.
        self._apply(lambda index: index.remove(sme_id))
        self._partition_of[sme_id] = partition
        if version is not None:
            self._versions[sme_id] = max(version, self._versions.get(sme_id, 0))
        del self._profiles[sme_id]
        self._entered_by.pop(sme_id, None)
        self._last_change.pop(sme_id, None)
        self._declined = {pair for pair in self._declined if sme_id not in pair}
        self.changes_since_fit += 1
        return True

    def forget_erased(self, sme_ids: Iterable[str]) -> None:
        """Drop what `apply_erasure` kept of these SMEs (their partition and version, which the
        keeper needs to delete their stored lists) once that is done, and their places in the
        lists other SMEs entered. Kept only for an id still erased: one registered again is live."""
        gone = {i for i in sme_ids if i not in self._profiles}
        if not gone:
            return
        for sme_id in gone:
            version = self._versions.pop(sme_id, None)
            if version is not None:
                self._erased_versions[self._erased_key(sme_id)] = version
            self._partition_of.pop(sme_id, None)
            self._entered_by.pop(sme_id, None)
        for sme_id, keys in self._entered_by.items():
            self._entered_by[sme_id] = {key for key in keys if key[0] not in gone}

    def was_erased(self, sme_id: str) -> bool:
        """True for an id this replica saw erased (a tombstone) and not registered again since."""
        return sme_id not in self._profiles and self._erased_key(sme_id) in self._erased_versions

    def declined_strangers(self) -> set[str]:
        """Ids in declined pairs that are not live. Once the feed has caught up these are erased
        SMEs whose decline arrived after their tombstone, or came from the database (declines of
        an erasure no replica saw): every live SME is in the index by then."""
        return {i for pair in self._declined for i in pair if i not in self._profiles}

    def forget_declines_of(self, sme_ids: Iterable[str]) -> None:
        gone = set(sme_ids)
        self._declined = {pair for pair in self._declined if not gone.intersection(pair)}

    def _erased_key(self, sme_id: str) -> bytes:
        return hashlib.blake2b(sme_id.encode(), key=self._erasure_key, digest_size=16).digest()

    @property
    def known_ids(self) -> set[str]:
        """Every id this replica holds anything of, live or not (what an erasure must empty)."""
        ids = set(self._profiles) | set(self._versions) | set(self._partition_of) | set(self._last_change)
        ids |= set(self._entered_by) | {key[0] for keys in self._entered_by.values() for key in keys}
        return ids | {i for pair in self._declined for i in pair}

    def decline(self, supplier_id: str, buyer_id: str) -> bool:
        """Block a pair for good; False when it was blocked already."""
        if (supplier_id, buyer_id) in self._declined:
            return False
        self._apply(lambda index: index.decline(supplier_id, buyer_id))  # first, as in `apply_change`
        self._declined.add((supplier_id, buyer_id))
        return True

    def _apply(self, change: _Replay) -> object:
        result = change(self._index) if self._index is not None else None
        if self._journal is not None:
            self._journal.append(change)
        return result

    # ------------------------------------------------------------ refit

    @property
    def is_fitted(self) -> bool:
        return self._index is not None

    def needs_growth_refit(self) -> bool:
        """True while the vocabulary was fitted on less than half of today's profiles."""
        return bool(self._profiles) and len(self._profiles) >= 2 * self.fitted_count

    def needs_settled_refit(self) -> bool:
        """True when the profiles changed since the last fit are at least `SETTLED_SHARE` of those
        fitted: a burst (a bulk import) big enough that its words should weigh in now, not at the
        next periodic refit. A trickle of single registrations stays below it."""
        return self.changes_since_fit > 0 and self.changes_since_fit >= SETTLED_SHARE * self.fitted_count

    def begin_refit(self) -> RefitSnapshot:
        if self._journal is not None:
            raise RuntimeError("a refit is already in progress")
        self._journal = []
        return RefitSnapshot(tuple(self._profiles.values()), frozenset(self._declined))

    def build_index(self, snapshot: RefitSnapshot) -> EngineIndex:
        """CPU-bound; safe in a worker thread because it touches only the snapshot."""
        index = self._engine.new_index(self.k)
        index.fit(snapshot.profiles)
        for supplier_id, buyer_id in snapshot.declined:
            index.decline(supplier_id, buyer_id)
        return index

    def complete_refit(self, index: EngineIndex, fitted_count: int) -> None:
        """Replay what changed during the fit, then swap; runs on the loop with no await inside."""
        journal, self._journal = self._journal or [], None
        for change in journal:
            change(index)
        self._index = index
        self.fitted_count = fitted_count
        self.changes_since_fit = len(journal)

    def abandon_refit(self) -> None:
        self._journal = None
