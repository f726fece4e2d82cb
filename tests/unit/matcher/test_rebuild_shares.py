"""How a spread rebuild deals SMEs to workers: by bucket, the shares' work balanced."""

from __future__ import annotations

import numpy as np

from services.matcher.scoring.bulk import _balanced_shares


def test_buckets_are_dealt_so_no_share_waits_on_an_uneven_split() -> None:
    # buckets 0..5 of SMEs whose lists merge this many readings in all: 9, 1, 1, 4, 4, 1
    bucket = np.array([0, 0, 0, 1, 2, 3, 3, 4, 4, 5])
    work = np.array([3, 3, 3, 1, 1, 2, 2, 2, 2, 1])
    share_of, load = _balanced_shares(bucket, work, 2)
    assert load.tolist() == [10.0, 10.0]  # "bucket % 2" would give 14 and 6
    assert share_of[3] != share_of[0] and share_of[4] != share_of[0]  # the heaviest bucket's share takes less
    for share in (0, 1):  # the loads reported are the work of the SMEs dealt to each share
        assert load[share] == work[share_of[bucket] == share].sum()


def test_dead_rows_carry_no_work_and_one_share_takes_everything() -> None:
    bucket = np.array([0, 1, 1])
    share_of, load = _balanced_shares(bucket, np.array([0, 2, 5]), 1)
    assert share_of.tolist() == [0, 0] and load.tolist() == [7.0]
