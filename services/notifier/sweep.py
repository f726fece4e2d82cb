"""The safety sweep: outstanding work in the database, handed to this replica's worklist.

Normally work reaches the worklist from whoever stored it, in memory. What a
replica knew when it died (planning requests it had stored, wake-ups it had
set, emails it had claimed) is found here: the outstanding planning requests,
the wake-ups and the open deliveries. All three are queues of what is still to
do, not history, so the sweep reads little even on a large database.
"""

from __future__ import annotations

from datetime import timedelta

from services.notifier.components import Components


async def sweep(c: Components, *, request_grace: timedelta = timedelta(0)) -> None:
    """Queue everything outstanding; requests younger than `request_grace` are left to whoever made them."""
    now = c.clock.now()
    c.worklist.plan(await c.planning.outstanding(made_before=now - request_grace))
    for sme_id, at in (await c.planning.wakeups()).items():
        c.worklist.plan_later(sme_id, at)
    for key, at in (await c.deliveries.open_deliveries()).items():
        c.worklist.send(key, at)
