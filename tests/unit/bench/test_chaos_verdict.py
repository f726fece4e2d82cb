"""The chaos run's verdict: what counts as lost, what as duplicated, and what it forgives."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bench.chaos.observe import Mail, Told
from bench.chaos.verdict import (
    KILL_WINDOW_S,
    SCORE_NOISE,
    Verdict,
    expected_suggestions,
    judge_emails,
    judge_lists,
    judge_suggestions,
    list_matches,
)

OWNER_OF = {"b@example.com": "b"}  # address -> SME of ours
TOLD: set[Told] = {("b", "s1", "b"), ("b", "s2", "b")}


def mail(message_id: str, at: float, *pairs: tuple[str, str]) -> Mail:
    return Mail(message_id, ("b@example.com",), "suggestions", "corr", at, tuple(pairs))


def delivery(key: str, status: str = "sent") -> dict[str, object]:
    return {"_id": key, "kind": "suggestions", "status": status}


def judged(
    mails: Sequence[Mail],
    deliveries: Sequence[Mapping[str, object]] = (),
    message_id_of: Mapping[str, str] | None = None,
    sender_kills: Sequence[float] = (),
    told: set[Told] = TOLD,
) -> Verdict:
    verdict = Verdict()
    judge_emails(verdict, told, mails, OWNER_OF, deliveries, message_id_of or {}, sender_kills)
    return verdict


# ------------------------------------------------------------------ emails


def test_every_pair_emailed_once_and_every_planned_email_delivered_is_a_pass() -> None:
    verdict = judged([mail("m1", 100.0, ("s1", "b"), ("s2", "b"))], [delivery("d1")], {"d1": "m1"})

    assert (verdict.lost, verdict.duplicated) == (0, 0) and verdict.ok
    assert (verdict.told_pairs, verdict.told_pairs_emailed) == (2, 2)
    assert (verdict.emails_expected, verdict.emails_delivered) == (1, 1)


def test_a_pair_told_but_in_no_email_is_lost() -> None:
    verdict = judged([mail("m1", 100.0, ("s1", "b"))], [delivery("d1")], {"d1": "m1"})

    assert verdict.told_pairs_not_emailed == [("b", "s2", "b")]
    assert verdict.lost == 1 and not verdict.ok


def test_a_planned_email_missing_from_the_sink_or_failed_is_lost() -> None:
    verdict = judged(
        [mail("m1", 100.0, ("s1", "b"), ("s2", "b"))],
        [delivery("d1"), delivery("d2"), delivery("d3", "failed"), delivery("d4", "cancelled")],
        {"d1": "m1", "d2": "m2", "d3": "m3", "d4": "m4"},
    )

    assert verdict.emails_expected == 3  # a cancelled delivery is not expected
    assert verdict.emails_missing == ["d2", "d3"] and verdict.emails_failed == 1
    assert verdict.lost == 3 and not verdict.ok


def test_a_missing_suggestion_is_lost() -> None:
    verdict = Verdict()
    judge_suggestions(verdict, expected={("b", "s1", "b"), ("b", "s2", "b")}, told={("b", "s1", "b")})

    assert (verdict.suggestions_expected, verdict.suggestions_found) == (2, 1)
    assert verdict.suggestions_missing == [("b", "s2", "b")] and verdict.lost == 1 and not verdict.ok


def test_a_second_copy_of_a_message_id_with_no_kill_near_it_is_a_duplicate() -> None:
    first = mail("m1", 100.0, ("s1", "b"), ("s2", "b"))
    copy = mail("m1", 130.0, ("s1", "b"), ("s2", "b"))

    verdict = judged([first, copy], [delivery("d1")], {"d1": "m1"})

    assert verdict.emails_duplicated == 1 and verdict.duplicated == 1 and not verdict.ok


def test_a_pair_in_two_different_emails_is_a_duplicate() -> None:
    verdict = judged(
        [mail("m1", 100.0, ("s1", "b"), ("s2", "b")), mail("m2", 200.0, ("s1", "b"))],
        [delivery("d1"), delivery("d2")],
        {"d1": "m1", "d2": "m2"},
    )

    assert verdict.pairs_in_several_emails == [("b", "s1", "b")]
    assert verdict.duplicated == 1 and not verdict.ok


def test_a_copy_resent_after_its_sender_was_killed_within_the_window_is_forgiven() -> None:
    # The first copy reached the sink, then the sender was SIGKILLed before recording it:
    # the lease ran out and the same Message-ID was sent again.
    first = mail("m1", 100.0, ("s1", "b"), ("s2", "b"))
    copy = mail("m1", 160.0, ("s1", "b"), ("s2", "b"))

    verdict = judged([first, copy], [delivery("d1")], {"d1": "m1"}, sender_kills=[100.0 + KILL_WINDOW_S])

    assert verdict.emails_resent_after_kill == 1 and verdict.emails_duplicated == 0
    assert verdict.duplicated == 0 and verdict.ok


def test_a_copy_is_a_duplicate_when_the_kill_was_outside_the_window() -> None:
    copies = [mail("m1", 100.0, ("s1", "b"), ("s2", "b")), mail("m1", 160.0, ("s1", "b"), ("s2", "b"))]

    for kill in (100.0 + KILL_WINDOW_S + 1.0, 99.0):  # long after the first copy; before it
        verdict = judged(copies, [delivery("d1")], {"d1": "m1"}, sender_kills=[kill])

        assert verdict.emails_duplicated == 1 and verdict.emails_resent_after_kill == 0
        assert not verdict.ok


def test_an_email_with_no_delivery_record_is_counted_but_not_a_loss() -> None:
    verdict = judged([mail("m1", 100.0, ("s1", "b"), ("s2", "b")), mail("x", 101.0)], [delivery("d1")], {"d1": "m1"})

    assert verdict.emails_unrecorded == 1 and verdict.ok


# ------------------------------------------------------------------ lists


def test_a_stored_list_equal_to_the_offline_top_k_matches() -> None:
    ranked = [("a", 0.9), ("b", 0.8), ("c", 0.7), ("d", 0.1)]

    assert list_matches(["a", "b", "c"], ranked, 3)
    assert not list_matches(["a", "b", "d"], ranked, 3)  # d is clearly below the cut
    assert not list_matches(["a", "b"], ranked, 3)  # too short
    assert not list_matches(["a", "a", "b"], ranked, 3)  # a partner twice


def test_partners_tied_at_the_cut_may_stand_in_for_each_other_but_not_for_one_above_it() -> None:
    tie = SCORE_NOISE / 2
    ranked = [("a", 0.9), ("b", 0.8), ("c", 0.7), ("d", 0.7 - tie), ("e", 0.7 - 3 * SCORE_NOISE)]

    assert list_matches(["a", "b", "d"], ranked, 3)  # d ties with c, the k-th
    assert not list_matches(["a", "c", "d"], ranked, 3)  # b is above the cut: it must be there
    assert not list_matches(["a", "b", "e"], ranked, 3)  # e is below the tie


def test_judge_lists_names_each_list_that_differs() -> None:
    verdict = Verdict()
    offline = {("b", "suppliers"): [("s1", 0.9), ("s2", 0.5)], ("b", "buyers"): []}
    stored = {("b", "suppliers"): ["s2"]}

    judge_lists(verdict, ["b"], stored, offline, 1)

    assert verdict.lists_checked == 2 and verdict.lists_differing == ["b|suppliers"]
    assert not verdict.ok


def test_partners_tied_at_the_cut_are_expected_as_suggestions_only_if_stored() -> None:
    offline = {("b", "suppliers"): [("s1", 0.9), ("s2", 0.5), ("s3", 0.5 - SCORE_NOISE / 2), ("s4", 0.1)]}

    # Neither s2 nor s3 is certain to hold the last place: only what the matcher stored is expected.
    assert expected_suggestions(["b"], {}, offline, 2) == {("b", "s1", "b")}
    stored = {("b", "suppliers"): ["s1", "s3"]}
    assert expected_suggestions(["b"], stored, offline, 2) == {("b", "s1", "b"), ("b", "s3", "b")}
    # A seller's list of buyers: the suggestion is (owner, owner, partner).
    assert expected_suggestions(["s"], {}, {("s", "buyers"): [("b1", 0.9), ("b2", 0.2)]}, 1) == set()
    assert expected_suggestions(["s"], {}, {("s", "buyers"): [("b1", 0.9), ("b2", 0.2)]}, 2) == {("s", "s", "b1")}
