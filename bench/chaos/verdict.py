"""The verdict of a chaos run: what was expected, what was found, what was lost or doubled (pure)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from bench.chaos.observe import DIRECTIONS, Lists, Mail, Scored, Told

# An index grown by upserts and refits scores pairs a little differently from a fresh fit.
SCORE_NOISE = 1e-3
# A copy of a Message-ID whose first copy reached the sink this long before its sender was
# SIGKILLed is the SMTP window: accepted by the server, not yet recorded, sent again after the lease.
KILL_WINDOW_S = 10.0


def list_matches(stored: Sequence[str], ranked: Sequence[tuple[str, float]], k: int) -> bool:
    """The stored partners are the offline top `k`, except that partners tied (within noise) with
    the k-th may stand in for each other. `ranked` is the offline list, longer than `k`, so the
    scores of the candidates just below the cut are known."""
    top = ranked[:k]
    if len(stored) != len(top) or len(set(stored)) != len(stored):
        return False
    if not top:
        return True
    last = top[-1][1]
    certain = {p for p, score in top if score > last + SCORE_NOISE}
    # Who may hold the uncertain places: anyone not clearly below the k-th (the top k included).
    candidates = {p for p, score in ranked if score >= last - SCORE_NOISE}
    return certain <= set(stored) and set(stored) <= candidates


def pair_in(owner: str, direction: str, partner: str) -> Told:
    """The suggestion that tells `owner` of `partner` entering its list in `direction`."""
    return (owner, partner, owner) if direction == "suppliers" else (owner, owner, partner)


def expected_suggestions(ours: Iterable[str], stored: Lists, offline: Scored, k: int) -> set[Told]:
    """Every partner in one of our SMEs' final lists was news once: its owner was told.

    From the stored lists (the matcher's memory of who was told) and the offline lists, less
    the partners tied at the end of an offline list (either of them may hold the place)."""
    expected: set[Told] = set()
    for owner in ours:
        for direction in DIRECTIONS:
            expected |= {pair_in(owner, direction, p) for p in stored.get((owner, direction), [])}
            ranked = offline.get((owner, direction), [])[:k]
            cut = ranked[-1][1] + SCORE_NOISE if ranked else 0.0
            expected |= {pair_in(owner, direction, p) for p, score in ranked if score > cut}
    return expected


def percentile(values: Sequence[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@dataclass
class Verdict:
    profiles_registered: int = 0
    lists_checked: int = 0
    lists_differing: list[str] = field(default_factory=list)
    suggestions_expected: int = 0
    suggestions_found: int = 0
    suggestions_missing: list[Told] = field(default_factory=list)
    told_pairs: int = 0  # distinct recipient × pair told on match.suggestions
    told_pairs_emailed: int = 0
    told_pairs_not_emailed: list[Told] = field(default_factory=list)
    pairs_in_several_emails: list[Told] = field(default_factory=list)
    emails_expected: int = 0  # the notifier's delivery records for our SMEs, not cancelled
    emails_delivered: int = 0  # of those, found in the sink
    emails_missing: list[str] = field(default_factory=list)
    emails_failed: int = 0
    emails_duplicated: int = 0  # extra copies of a Message-ID in the sink, not explained by a kill
    emails_resent_after_kill: int = 0  # extra copies whose first one came just before its sender's SIGKILL
    emails_unrecorded: int = 0  # in the sink with no delivery record
    duration_s: float | None = None
    registration_rate: float | None = None
    throughput: float | None = None
    latency_p50_s: float | None = None
    latency_p99_s: float | None = None
    latencies: int = 0

    @property
    def lost(self) -> int:
        return (
            len(self.suggestions_missing)
            + len(self.told_pairs_not_emailed)
            + len(self.emails_missing)
            + self.emails_failed
        )

    @property
    def duplicated(self) -> int:
        return self.emails_duplicated + len(self.pairs_in_several_emails)

    @property
    def ok(self) -> bool:
        return self.lost == 0 and self.duplicated == 0 and not self.lists_differing

    def render(self) -> str:
        def seconds(value: float | None) -> str:
            return "—" if value is None else f"{value:.1f} s"

        def rate(value: float | None) -> str:
            return "—" if value is None else f"{value:.1f} profiles/s"

        lines = [
            f"profiles registered:     {self.profiles_registered:,}",
            f"lists equal to clusterlink match: {self.lists_checked - len(self.lists_differing):,} "
            f"of {self.lists_checked:,}",
            f"suggestions expected/found: {self.suggestions_expected:,} / {self.suggestions_found:,}",
            f"pairs told / emailed:    {self.told_pairs:,} / {self.told_pairs_emailed:,} "
            f"(in more than one email: {len(self.pairs_in_several_emails)})",
            f"emails expected/delivered/duplicated: {self.emails_expected:,} / {self.emails_delivered:,} / "
            f"{self.emails_duplicated}" + (f" (failed {self.emails_failed})" if self.emails_failed else "")
            + (f"; {self.emails_resent_after_kill} more re-sent with the same Message-ID after the sender was "
               "SIGKILLed between the server's 250 and its record" if self.emails_resent_after_kill else "")
            + (f"; {self.emails_unrecorded} in the sink without a delivery record" if self.emails_unrecorded else ""),
            f"throughput:              {rate(self.throughput)} end to end over {seconds(self.duration_s)} "
            f"(registrations {rate(self.registration_rate)})",
            f"latency registration → email: p50 {seconds(self.latency_p50_s)}, p99 {seconds(self.latency_p99_s)} "
            f"({self.latencies:,} emails)",
        ]  # fmt: skip
        for title, items in (
            ("lists differing", self.lists_differing),
            ("suggestions missing", self.suggestions_missing),
            ("told but not emailed", self.told_pairs_not_emailed),
            ("emailed twice", self.pairs_in_several_emails),
            ("emails not delivered", self.emails_missing),
        ):
            if items:
                lines.append(f"  {title}: {len(items)}, e.g. {list(items)[:3]}")
        outcome = "nothing lost, nothing duplicated" if self.ok else "FAILED"
        counts = f"lost {self.lost}, duplicated {self.duplicated}, lists differing {len(self.lists_differing)}"
        lines.append(f"verdict: {outcome} ({counts})")
        return "\n".join(lines)


def judge_lists(verdict: Verdict, ours: Collection[str], stored: Lists, offline: Scored, k: int) -> None:
    for owner in sorted(ours):
        for direction in DIRECTIONS:
            verdict.lists_checked += 1
            if not list_matches(stored.get((owner, direction), []), offline.get((owner, direction), []), k):
                verdict.lists_differing.append(f"{owner}|{direction}")


def judge_suggestions(verdict: Verdict, expected: set[Told], told: set[Told]) -> None:
    verdict.suggestions_expected = len(expected)
    verdict.suggestions_found = len(expected & told)
    verdict.suggestions_missing = sorted(expected - told)


def judge_emails(
    verdict: Verdict,
    told: set[Told],
    mails: Sequence[Mail],
    owner_of: Mapping[str, str],
    deliveries: Sequence[Mapping[str, object]],
    message_id_of: Mapping[str, str],
    sender_kills: Sequence[float] = (),
) -> None:
    """`owner_of`: address -> SME id of ours; `message_id_of`: delivery key -> its Message-ID;
    `sender_kills`: when a notifier replica was SIGKILLed (wall clock, like the mail files' times)."""
    copies = Counter(m.message_id for m in mails)
    first_at = {mid: min(m.arrived_at for m in mails if m.message_id == mid) for mid, n in copies.items() if n > 1}
    for mid, at in first_at.items():
        in_window = any(0.0 <= kill - at <= KILL_WINDOW_S for kill in sender_kills)
        if in_window:
            verdict.emails_resent_after_kill += copies[mid] - 1
        else:
            verdict.emails_duplicated += copies[mid] - 1
    # Each pair told to a recipient is in exactly one of the emails it got.
    in_emails: dict[Told, set[str]] = {}
    for mail in {m.message_id: m for m in mails}.values():
        for address in mail.recipients:
            owner = owner_of.get(address)
            for supplier, buyer in mail.pairs if owner else ():
                in_emails.setdefault((owner or "", supplier, buyer), set()).add(mail.message_id)
    mine = {t for t in told if t[0] in owner_of.values()}
    verdict.told_pairs = len(mine)
    verdict.told_pairs_emailed = len(mine & in_emails.keys())
    verdict.told_pairs_not_emailed = sorted(mine - in_emails.keys())
    verdict.pairs_in_several_emails = sorted(t for t, ids in in_emails.items() if len(ids) > 1)
    # Each email the notifier planned reached the sink.
    planned = [d for d in deliveries if d.get("kind") == "suggestions" and d.get("status") != "cancelled"]
    verdict.emails_expected = len(planned)
    verdict.emails_failed = sum(d.get("status") == "failed" for d in planned)
    keys = [str(d["_id"]) for d in planned]
    verdict.emails_delivered = sum(message_id_of[k] in copies for k in keys)
    verdict.emails_missing = [k for k in keys if message_id_of[k] not in copies]
    verdict.emails_unrecorded = len(set(copies) - {message_id_of[k] for k in keys})


def judge_timing(
    verdict: Verdict, mails: Sequence[Mail], registered_at: Mapping[str, float], started_at: float, ended_at: float,
    load_s: float,
) -> None:  # fmt: skip
    first_copy: dict[str, Mail] = {}
    for mail in sorted(mails, key=lambda m: m.arrived_at):
        first_copy.setdefault(mail.message_id, mail)
    latencies = [
        m.arrived_at - registered_at[m.correlation_id] for m in first_copy.values() if m.correlation_id in registered_at
    ]
    verdict.latencies = len(latencies)
    verdict.latency_p50_s = percentile(latencies, 0.5)
    verdict.latency_p99_s = percentile(latencies, 0.99)
    verdict.duration_s = ended_at - started_at
    verdict.throughput = verdict.profiles_registered / verdict.duration_s if verdict.duration_s > 0 else None
    verdict.registration_rate = verdict.profiles_registered / load_s if load_s > 0 else None
