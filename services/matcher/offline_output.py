"""The output of `clusterlink match`: every list as JSON lines, in input order, written atomically.

After the fit, turning the lists into text is the largest part left: about
400,000 entries with reasons for 20,000 SMEs, over 100 MB. So the lines are
made as UTF-8 bytes from the start (each reason, id and score encoded once, not
each line), and the input is cut into consecutive shares, one per worker, each
exporting its own rows' lists and writing them to a part file beside the
output; the parts are then joined in order and renamed into place, so no
partial output is ever seen.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from services.matcher.scoring.parallel import Executor

_LINES_PER_PIECE = 256  # lines joined before each write (~1.5 MB): 12 MB pieces were fresh memory to fault in each time


@dataclass(frozen=True)
class _Output:
    index: Any  # the fitted MatchIndex
    facts: Any  # its `row_facts()`, made once before the shares are cut
    rows: list[int]  # catalogue row of each input line
    ids: list[bytes]  # per row: its id as JSON


def write_output(index: Any, profile_ids: Sequence[str], path: Path, executor: Executor) -> None:
    """Write the lines of these SMEs (the input's order) to `path`, spread over the executor's workers."""
    rows = [index.row_of(sme_id) for sme_id in profile_ids]
    ids = [b""] * (max(rows, default=-1) + 1)
    for sme_id, row in zip(profile_ids, rows, strict=True):
        ids[row] = json.dumps(sme_id, ensure_ascii=False).encode()
    output = _Output(index, index.row_facts(), rows, ids)
    workers = executor.workers_for(len(rows))
    size = -(-len(rows) // workers) if rows else 0
    shares = [(start, min(start + size, len(rows))) for start in range(0, len(rows), size)] if rows else [(0, 0)]
    directory = path.resolve().parent
    parts: list[str] = []
    try:
        for _ in shares:
            fd, part = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
            os.close(fd)
            parts.append(part)
        executor.map(output, _write_share, list(zip(shares, parts, strict=True)), workers)
        with open(parts[0], "ab") as whole:
            for part in parts[1:]:
                with open(part, "rb") as piece:
                    shutil.copyfileobj(piece, whole)
        os.replace(parts[0], path)
    finally:
        for part in parts:
            Path(part).unlink(missing_ok=True)


def _write_share(output: _Output, task: tuple[tuple[int, int], str]) -> None:
    (start, stop), part = task
    # Each share exports only its own rows' lists (with their reasons), on its own worker:
    # exporting everything first would keep the other cores idle for about half a second.
    rows = output.rows[start:stop]
    halves = output.index.export(rows, output.facts)
    with open(part, "wb") as out:
        for piece in _pieces(output, halves, rows):
            out.write(piece)


def _pieces(output: _Output, halves: Sequence[Any], rows: Sequence[int]) -> Iterator[bytes]:
    """These rows' lines (their exported `halves`), a few thousand at a time."""
    texts: dict[int, bytes] = {}  # reasons as JSON, shared by both directions
    suppliers, buyers = (_Entries(half, output.ids, texts) for half in halves)
    lines = []
    for n, row in enumerate(rows):
        lines.append(
            b'{"sme_id": %b, "suppliers": [%b], "buyers": [%b]}\n'
            % (output.ids[row], suppliers.of(n), buyers.of(n))
        )
        if len(lines) >= _LINES_PER_PIECE:
            yield b"".join(lines)
            lines = []
    yield b"".join(lines)


class _Entries:
    """The entries of one direction's exported lists, as JSON, each list's joined."""

    def __init__(self, half: Any, ids: Sequence[bytes], texts: dict[int, bytes]) -> None:
        self._texts = _entry_texts(half, ids, texts)
        self._bounds = half.starts.tolist()

    def of(self, n: int) -> bytes:
        return b", ".join(self._texts[self._bounds[n] : self._bounds[n + 1]])


def _entry_texts(half: Any, ids: Sequence[bytes], texts: dict[int, bytes]) -> list[bytes]:
    """Each entry of an exported half as JSON."""
    reasons: list[bytes] = [b""] * len(half.partners)
    for group in half.groups:  # an entry's reasons: its part of each group, in order
        parts = [_reasons_text(r, lang, texts) for r, lang in zip(group.reasons, group.languages, strict=True)]
        codes = group.codes.tolist()
        if group is half.groups[0]:
            reasons = [parts[c] for c in codes]
        else:
            parts = [b", " + text if text else b"" for text in parts]
            reasons = [done + parts[c] for done, c in zip(reasons, codes, strict=True)]
    # Scores repeat a lot (products of few similarities and fits): each distinct one is written once.
    distinct, which = np.unique(half.scores, return_inverse=True)
    scores = [repr(round(score, 6)).encode() for score in distinct.tolist()]
    return [
        b'{"id": %b, "score": %b, "reasons": [%b]}' % (ids[p], scores[s], why)
        for p, s, why in zip(half.partners.tolist(), which.reshape(-1).tolist(), reasons, strict=True)
    ]


def _reasons_text(reasons: Sequence[Any], lang: str, texts: dict[int, bytes]) -> bytes:
    """Reasons are the engine's shared objects: each is encoded once per language, cached by identity
    (the export keeps them alive, so an id is never reused meanwhile)."""
    parts = []
    for reason in reasons:
        key = id(reason) * 2 + (lang == "th")
        text = texts.get(key)
        if text is None:
            text = texts[key] = json.dumps(reason.text(lang), ensure_ascii=False).encode()
        parts.append(text)
    return b", ".join(parts)
