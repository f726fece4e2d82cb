"""Matcher service benchmark: what one profile event costs, and what a refit costs the loop.

On a synthetic cluster (bench/synthetic_cluster.py) of N SMEs, with the real
scoring engine and the real local database (no Kafka: the feed is replaced by
direct calls, so the figures are the service's own work):

- start-up: fitting the index on N profiles; the first full pass of the lists on
  an empty database (by default one younger than the profiles, so nothing old is
  stored; `--stored` stores every list);
- per event (an SME edits one offer): the feed's part (`LiveIndex.apply_change`,
  i.e. the engine's upsert) and the keeper's part (`ListKeeper.on_batch` of a
  one-change batch: recompute, publish, store), median and p90; and a batch of
  50 edits handled at once, per edit;
  baseline, same run: one database round trip (`find_one` by `_id`);
- refit: longest event-loop stall while a refit runs in a worker thread;
  baseline, same run: the same fit run on the event loop (what stopping
  consumption for a refit would cost).

    .venv/bin/python bench/matcher_service_bench.py --quick
    .venv/bin/python bench/matcher_service_bench.py --sizes 2000,10000 --events 100

The machine and the database are shared and noisy: compare each figure with
its baseline from the same run, not with other runs.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make `bench`, `services` and `shared` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic_cluster import cached_cluster, read_cluster
from clusterlink.localinfra import ensure_up
from services.matcher.decline_repository import DeclineRepository
from services.matcher.engine_adapter import default_engine
from services.matcher.feed import Batch
from services.matcher.list_keeper import ListKeeper
from services.matcher.list_repository import ListRepository
from services.matcher.live_index import LiveIndex
from services.matcher.refit import Refitter
from shared.events import MatchSuggestedV1, SmeProfileChangedV1, SmeProfileV1
from shared.mongo import create_client, get_database


class _CountingSink:
    def __init__(self) -> None:
        self.sent = 0

    async def publish_many(self, events: list[MatchSuggestedV1]) -> None:
        self.sent += len(events)


class _NoPoison:
    async def send(self, batch: Batch) -> None:
        assert not batch.poison


def _ms(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return f"median {statistics.median(ordered) * 1000:8.1f} ms   p90 {p90 * 1000:8.1f} ms"


async def _timed(call: Callable[[], Awaitable[object]]) -> float:
    started = time.perf_counter()
    await call()
    return time.perf_counter() - started


async def _max_loop_stall(work: Callable[[], Awaitable[object]], tick_s: float = 0.005) -> float:
    """Longest delay of a 5 ms ticker on the event loop while `work` runs."""
    stall = 0.0
    done = asyncio.Event()

    async def ticker() -> None:
        nonlocal stall
        while not done.is_set():
            before = time.perf_counter()
            await asyncio.sleep(tick_s)
            stall = max(stall, time.perf_counter() - before - tick_s)

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0.05)
    await work()
    done.set()
    await task
    return stall


async def bench_size(n: int, events: int, seed: int, stored: bool) -> None:
    records = list(read_cluster(cached_cluster(n, seed)))
    profiles = [SmeProfileV1.model_validate(r) for r in records]
    print(f"\n--- {n} SMEs, {events} events ---", flush=True)

    live = LiveIndex(default_engine(), k=10)
    for i, p in enumerate(profiles):
        live.apply_change(p, 1, i % 6, correlation_id="bench")
    refitter = Refitter(live)
    fit_s = await _timed(lambda: refitter.refit("start-up"))
    print(f"start-up fit (worker thread)        {fit_s:8.2f} s")

    infra = ensure_up()
    mongo = create_client(infra.mongodb_url)
    db_name = f"bench{uuid.uuid4().hex[:8]}_matcher"
    db = get_database(mongo, db_name)
    try:
        lists, declines = ListRepository(db), DeclineRepository(db)
        await lists.ensure_indexes()
        sink = _CountingSink()
        # Unless --stored: a database younger than every profile, so the cluster's lists are history.
        history_before = None if stored else datetime.now(UTC)
        keeper = ListKeeper(
            live, lists, declines, sink, _NoPoison(), lambda: set(range(6)), history_before=history_before
        )
        pass_s = await _timed(lambda: keeper.full_pass(set(range(6)), after_refit=True))
        kind = "stores every list" if stored else "stores nothing old"
        print(f"first full pass ({kind})  {pass_s:8.2f} s   ({sink.sent} suggestions)")

        rng = random.Random(seed)
        apply_s: list[float] = []
        handle_s: list[float] = []
        versions = dict.fromkeys((p.id for p in profiles), 1)

        def edit() -> str:
            sme, donor = rng.sample(profiles, 2)
            offers = (*sme.offers[1:], *(donor.offers[:1] or ("recycled cotton yarn",)))
            edited = sme.model_copy(update={"offers": offers})
            versions[sme.id] += 1
            event = SmeProfileChangedV1(sme_id=sme.id, version=versions[sme.id], profile=edited)
            started = time.perf_counter()
            live.apply_change(edited, event.version, 0, correlation_id=event.correlation_id)
            apply_s.append(time.perf_counter() - started)
            profiles[profiles.index(sme)] = edited
            return sme.id

        for _ in range(events):
            one = Batch(changed={edit()})
            handle_s.append(await _timed(partial(keeper.on_batch, one)))
        batch_size = 50
        batch = Batch(changed={edit() for _ in range(batch_size)})
        batch_s = await _timed(lambda: keeper.on_batch(batch))

        probe = db["recommendation_lists"]
        round_trip_s = [await _timed(lambda: probe.find_one({"_id": "absent"})) for _ in range(max(events, 20))]
        print(f"feed: apply one change (engine)     {_ms(apply_s)}")
        print(f"keeper: one change (compute+store)  {_ms(handle_s)}")
        print(f"keeper: a batch of {batch_size}, per change   {batch_s / batch_size * 1000:8.1f} ms")
        print(f"baseline: one database round trip   {_ms(round_trip_s)}")

        stall_thread = await _max_loop_stall(lambda: refitter.refit("bench"))

        async def fit_on_loop() -> None:
            live.build_index(live.begin_refit())
            live.abandon_refit()

        stall_loop = await _max_loop_stall(fit_on_loop)
        print(f"refit in a worker thread: loop stall {stall_thread * 1000:8.1f} ms")
        print(f"baseline: fit on the loop: stall     {stall_loop * 1000:8.1f} ms")
    finally:
        await mongo.drop_database(db_name)
        mongo.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="2000,10000", help="comma-separated cluster sizes")
    ap.add_argument("--events", type=int, default=100, help="profile edits per size")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--quick", action="store_true", help="one small size, few events")
    ap.add_argument(
        "--stored",
        action="store_true",
        help="start with every list stored (slow on FerretDB) instead of a database younger than the profiles",
    )
    args = ap.parse_args()
    sizes = [1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    events = 20 if args.quick else args.events
    for n in sizes:
        asyncio.run(bench_size(n, events, args.seed, args.stored))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
