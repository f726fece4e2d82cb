"""After a burst of profiles (a bulk import), the matcher refits as soon as it has applied them.

The periodic refit is set to an hour here, so only the refit of a settled burst
can bring the new profiles' words into the vocabulary within the test's wait.
"""

from __future__ import annotations

import asyncio
import math
import uuid
from collections.abc import AsyncIterator

import pytest

from clusterlink.localinfra import Endpoints
from services.matcher.live_index import SETTLED_SHARE
from tests.integration.matcher.conftest import (
    MatcherUnderTest,
    make_profile,
    matcher_settings,
    running_matcher,
    scoped_engine,
)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def slow_refitting_matcher(infra: Endpoints) -> AsyncIterator[MatcherUnderTest]:
    settings = matcher_settings(
        infra, group_id=f"matcher-settled-{uuid.uuid4().hex[:8]}", db_name="settled", refit_interval_s=3600.0
    )
    async with running_matcher(infra, settings, scoped_engine()) as m:
        yield m


async def _publish(m: MatcherUnderTest, uid: str, tag: str, count: int) -> None:
    for n in range(count):
        await m.publish_profile(make_profile(f"{tag}{n}-{uid}", offers=(f"woven hemp fabric {uid}",)))


async def _fitted_at_least(m: MatcherUnderTest, count: int, timeout_s: float) -> None:
    async with asyncio.timeout(timeout_s):
        while m.runtime.live.fitted_count < count:  # noqa: ASYNC110
            await asyncio.sleep(0.2)


async def test_a_burst_is_refitted_once_applied_and_a_single_registration_is_not(
    slow_refitting_matcher: MatcherUnderTest, uid: str
) -> None:
    m = slow_refitting_matcher
    live = m.runtime.live
    # A base big enough that one profile is well under the share (the topic may hold few profiles).
    base = max(0, 40 - live.fitted_count)
    if base:
        expected = live.fitted_count + base
        await _publish(m, uid, "base", base)
        await _fitted_at_least(m, expected, 60)  # growth refits, or the settled one
    fitted = live.fitted_count

    await _publish(m, uid, "single", 1)
    await asyncio.sleep(4.0)  # several idle fetches of the feed
    assert live.fitted_count == fitted, "one registration among many should wait for the periodic refit"

    burst = math.ceil(SETTLED_SHARE * fitted) + 1
    assert fitted + 1 + burst < 2 * fitted  # below the growth refit, which would refit anyway
    await _publish(m, uid, "burst", burst)
    await _fitted_at_least(m, fitted + 1 + burst, 30)
