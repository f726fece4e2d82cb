"""Profile events in, suggestions out: the matcher on the real broker and database."""

from __future__ import annotations

import asyncio

import pytest

from shared.events import MatchFeedbackV1, MatchSuggestedV1
from tests.integration.matcher.conftest import (
    COORDINATOR_KEY,
    MatcherUnderTest,
    TopicTail,
    make_profile,
    suggestions_in,
    words,
)

pytestmark = pytest.mark.integration


def _about(sme_ids: set[str]):  # type: ignore[no-untyped-def]
    return lambda record: record.key is not None and record.key.decode() in sme_ids


async def test_a_registration_produces_suggestions_for_both_sides(
    matcher: MatcherUnderTest, suggestions: TopicTail, uid: str
) -> None:
    spinner = make_profile(f"spin-{uid}", offers=(words(uid, "hand spun hempyarn"),), stage="upstream")
    weaver = make_profile(f"weave-{uid}", needs=(words(uid, "hempyarn weaving"),), offers=(words(uid, "woven cloth"),))

    first = await matcher.publish_profile(spinner)
    second = await matcher.publish_profile(weaver)

    await suggestions.wait_for(_about({weaver.id}))
    await suggestions.wait_for(_about({spinner.id}))
    sent = [s for s in suggestions_in(suggestions) if {s.supplier_id, s.buyer_id} == {spinner.id, weaver.id}]
    by_recipient = {s.recipient_id: s for s in sent}
    assert set(by_recipient) == {spinner.id, weaver.id}
    to_weaver, to_spinner = by_recipient[weaver.id], by_recipient[spinner.id]
    assert (to_weaver.recipient_role, to_weaver.supplier_id, to_weaver.buyer_id) == (
        "buyer",
        spinner.id,
        weaver.id,
    )
    assert (to_spinner.recipient_role, to_spinner.supplier_id) == ("supplier", spinner.id)
    assert to_weaver.suggestion_id == to_spinner.suggestion_id  # same pair, same versions
    assert to_weaver.rank == 1 and 0 < to_weaver.score <= 1
    assert to_weaver.reasons and to_weaver.reasons[0].text_en
    # The weaver's registration caused the pair, so its correlation id follows it.
    assert to_weaver.correlation_id == second.correlation_id
    assert first.correlation_id != second.correlation_id

    record = next(r for r in suggestions.records if r.key == weaver.id.encode())
    assert record.key == weaver.id.encode()  # keyed by the recipient

    assert await matcher.wait_for_list(weaver.id, "suppliers", lambda ids: bool(ids)) == [spinner.id]
    supplier_list = (await matcher.recommendations(weaver.id, "suppliers")).json()
    assert supplier_list["items"][0]["reasons"][0]["text_th"]
    assert await matcher.wait_for_list(spinner.id, "buyers", lambda ids: bool(ids)) == [weaver.id]


async def test_an_erasure_removes_the_sme_from_every_list(
    matcher: MatcherUnderTest, suggestions: TopicTail, uid: str
) -> None:
    supplier = make_profile(f"sup-{uid}", offers=(words(uid, "ramie fibre"),))
    rival = make_profile(f"riv-{uid}", offers=(words(uid, "ramie fibre bales"),))
    buyer_a = make_profile(f"ba-{uid}", needs=(words(uid, "ramie fibre"),))
    buyer_b = make_profile(f"bb-{uid}", needs=(words(uid, "ramie fibre spinning"),))
    for p in (supplier, rival, buyer_a, buyer_b):
        await matcher.publish_profile(p)
    for buyer in (buyer_a, buyer_b):
        await matcher.wait_for_list(buyer.id, "suppliers", lambda ids: {supplier.id, rival.id} <= set(ids))
    await matcher.wait_for_list(supplier.id, "buyers", lambda ids: {buyer_a.id, buyer_b.id} <= set(ids))

    await matcher.publish_erasure(supplier.id, version=2)

    await matcher.wait_until_gone(supplier.id)
    assert (await matcher.recommendations(supplier.id, "buyers")).status_code == 404
    for buyer in (buyer_a, buyer_b):
        left = await matcher.wait_for_list(buyer.id, "suppliers", lambda ids: supplier.id not in ids)
        assert rival.id in left
    stored = matcher.db["recommendation_lists"]
    async with asyncio.timeout(30):
        while await stored.count_documents({"sme_id": supplier.id}):  # noqa: ASYNC110 (polling the database)
            await asyncio.sleep(0.2)
    assert await stored.count_documents({"partner_ids": supplier.id}) == 0

    # A late re-publication of the erased profile's old snapshot does not bring it back.
    await matcher.publish_profile(supplier, version=1)
    await suggestions.drain(1.5)
    assert (await matcher.recommendations(supplier.id, "buyers")).status_code == 404
    assert supplier.id not in await matcher.wait_for_list(buyer_a.id, "suppliers", lambda ids: True)


async def test_a_duplicate_version_sends_nothing_and_an_immaterial_edit_sends_nothing(
    matcher: MatcherUnderTest, suggestions: TopicTail, uid: str
) -> None:
    dyer = make_profile(f"dyer-{uid}", offers=(words(uid, "indigo dyed cotton"),))
    tailor = make_profile(f"tail-{uid}", needs=(words(uid, "indigo dyed cotton"),))
    await matcher.publish_profile(dyer)
    await matcher.publish_profile(tailor)
    await suggestions.wait_for(_about({dyer.id}))
    await suggestions.wait_for(_about({tailor.id}))
    await suggestions.drain(1.5)  # let any refit settle
    before = len([s for s in suggestions_in(suggestions) if s.recipient_id in {dyer.id, tailor.id}])

    await matcher.publish_profile(tailor)  # the registry re-publishing version 1
    renamed = tailor.model_copy(update={"contact_phone": "+66 2 000 0000"})
    await matcher.publish_profile(renamed, version=2)  # not material for matching
    async with asyncio.timeout(30):  # the list follows the new version
        while (await matcher.recommendations(dyer.id, "buyers")).json()["items"][0]["partner_version"] != 2:  # noqa: ASYNC110
            await asyncio.sleep(0.2)
    await suggestions.drain(3.0)

    after = [s for s in suggestions_in(suggestions) if s.recipient_id in {dyer.id, tailor.id}]
    assert len(after) == before, after


async def test_a_decline_removes_the_pair_and_blocks_it_for_good(
    matcher: MatcherUnderTest, suggestions: TopicTail, uid: str
) -> None:
    first = make_profile(f"t1-{uid}", offers=(words(uid, "sewingthread spools"),))
    second = make_profile(f"t2-{uid}", offers=(words(uid, "sewingthread cones"),))
    buyer = make_profile(f"gm-{uid}", needs=(words(uid, "sewingthread spools cones"),))
    for p in (first, second, buyer):
        await matcher.publish_profile(p)
    await matcher.wait_for_list(buyer.id, "suppliers", lambda ids: {first.id, second.id} <= set(ids))
    suggested = (await suggestions.wait_for(lambda r: r.key == buyer.id.encode() and first.id.encode() in r.value))[0]
    suggestion = MatchSuggestedV1.model_validate_json(suggested.value)

    await matcher.publish_feedback(
        MatchFeedbackV1(
            suggestion_id=suggestion.suggestion_id,
            supplier_id=first.id,
            buyer_id=buyer.id,
            by_sme_id=buyer.id,
            decision="decline",
        )
    )

    assert await matcher.wait_for_list(buyer.id, "suppliers", lambda ids: first.id not in ids) == [second.id]
    assert buyer.id not in await matcher.wait_for_list(first.id, "buyers", lambda ids: buyer.id not in ids)

    # Both sides change; the pair would score even higher now, yet it stays out.
    await matcher.publish_profile(
        first.model_copy(update={"offers": (words(uid, "sewingthread spools cones"),)}), version=2
    )
    await matcher.publish_profile(buyer.model_copy(update={"name": "renamed"}), version=2)
    await matcher.wait_for_list(buyer.id, "suppliers", lambda ids: True)
    await suggestions.drain(2.0)
    assert first.id not in await matcher.wait_for_list(buyer.id, "suppliers", lambda ids: True)
    late = [
        s
        for s in suggestions_in(suggestions)
        if (s.supplier_id, s.buyer_id) == (first.id, buyer.id) and s.suggestion_id != suggestion.suggestion_id
    ]
    assert late == []


async def test_a_poison_message_is_dead_lettered_and_the_next_one_is_processed(
    matcher: MatcherUnderTest, suggestions: TopicTail, profiles_dlq: TopicTail, uid: str
) -> None:
    poison_key = f"poison-{uid}".encode()
    # Cut off inside the profile: the parse error would quote the address if nothing redacted it.
    cut = b'{"event_type": "sme.profile.changed", "contact_email": "somchai@private.exa'
    await matcher.publish_raw("sme.profiles", poison_key, cut)
    supplier = make_profile(f"lin-{uid}", offers=(words(uid, "linen yarn"),))
    buyer = make_profile(f"shirt-{uid}", needs=(words(uid, "linen yarn"),))
    await matcher.publish_profile(supplier)
    await matcher.publish_profile(buyer)

    dead = await profiles_dlq.wait_for(lambda r: r.key == poison_key)
    headers = {k: v.decode() for k, v in dead[0].headers}
    assert headers["dlq_source_topic"] == "sme.profiles"
    assert "SmeProfileChangedV1" in headers["dlq_error"]
    assert dead[0].value.startswith(b'{"event_type"')
    # The dead letter keeps the record's shape but not the address it was given.
    assert b"somchai" not in dead[0].value and b"private.exa" not in dead[0].value
    assert dead[0].value == b'{"event_type": "sme.profile.changed", "contact_email": "[redacted]"'
    assert "contact_email" in headers["dlq_redacted"].split(",")
    await suggestions.wait_for(_about({buyer.id}))
    # Suggestions go out before the list is stored (at least once), so wait for the list.
    assert await matcher.wait_for_list(buyer.id, "suppliers", lambda ids: bool(ids)) == [supplier.id]
    kept = [doc async for doc in matcher.db["dead_lettered"].find({})]
    assert kept and not [doc for doc in kept if "somchai@private" in repr(doc)]
    assert "somchai@private" not in headers["dlq_error"]


async def test_the_recommendations_api_tells_unknown_from_unmatched_and_checks_k(
    matcher: MatcherUnderTest, uid: str
) -> None:
    loner = make_profile(f"lone-{uid}", offers=(words(uid, "nothing anybody needs"),))
    await matcher.publish_profile(loner)
    async with asyncio.timeout(30):
        while (await matcher.recommendations(loner.id, "buyers")).status_code == 404:  # noqa: ASYNC110
            await asyncio.sleep(0.2)
    body = (await matcher.recommendations(loner.id, "buyers")).json()
    assert (body["items"], body["updated_at"], body["sme_version"]) == ([], None, 1)
    assert (await matcher.recommendations(f"never-{uid}", "buyers")).status_code == 404
    for bad_k in (0, 51):
        assert (await matcher.recommendations(loner.id, "buyers", k=bad_k)).status_code == 422
    sideways = await matcher.http.get(
        f"/v1/smes/{loner.id}/recommendations?direction=sideways",
        headers={"Authorization": f"Bearer {COORDINATOR_KEY}"},
    )
    assert sideways.status_code == 422
    assert (await matcher.http.get("/healthz")).status_code == 200
    ready = await matcher.http.get("/readyz")
    assert ready.status_code == 200 and ready.json() == {
        "status": "ready",
        "checks": {"mongodb": True, "kafka": True, "index": True},
    }
