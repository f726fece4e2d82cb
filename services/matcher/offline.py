"""`clusterlink match`: the matching engine run offline on a profiles file.

    clusterlink match --profiles PROFILES.jsonl --k 10 --out RECS.jsonl
    python -m services.matcher.offline --profiles PROFILES.jsonl --k 10 --out RECS.jsonl

Reads cluster profiles (JSONL v1) and writes one line per SME, in input order:
{"sme_id", "suppliers": [{"id", "score", "reasons"}], "buyers": [...]}, best
first, with reasons in the SME's own language. A malformed line stops the run
with a non-zero exit naming the line and the field; no output file is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from shared.process_exit import exit_at_once
from shared.taxonomy import BcgTag, Stage, SubCluster

EXIT_INVALID_INPUT = 2
_SUB_CLUSTERS = {s.value for s in SubCluster}
_STAGES = {s.value for s in Stage}
_BCG = {b.value for b in BcgTag}
_LANGUAGES = {"th", "en"}


class InputError(ValueError):
    def __init__(self, line: int, field: str, problem: str) -> None:
        super().__init__(f"line {line}: field {field!r}: {problem}")
        self.line = line
        self.field = field


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "match",
        help="suggest suppliers and buyers for every SME in a profiles file",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_arguments(parser)
    parser.set_defaults(func=run, exit_at_once=True)


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profiles", required=True, type=Path, help="cluster profiles, JSONL version 1")
    parser.add_argument("--k", type=_positive_int, default=10, help="suggestions per list (default 10)")
    parser.add_argument("--out", required=True, type=Path, help="where to write the recommendations (JSONL)")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value}")
    return value


def run(args: argparse.Namespace) -> int:
    try:
        records = _read_profiles(args.profiles)
    except OSError as exc:
        print(f"error: cannot read {args.profiles}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INVALID_INPUT
    except InputError as exc:
        print(f"error: {args.profiles} {exc}", file=sys.stderr)
        return EXIT_INVALID_INPUT

    from services.matcher.engine_workers import ForkedWorkers, paused_collector
    from services.matcher.offline_output import write_output
    from services.matcher.scoring import MatchIndex  # scikit-learn and the glossary load only when needed

    profiles = [profile for profile, _ in records]
    # A command owns its process: a large file is read and ranked on every core it may use, and
    # the collector stays off (the index and the lines make millions of objects and no cycles).
    try:
        with paused_collector():
            workers = ForkedWorkers()
            index = MatchIndex(k=args.k, executor=workers).fit(profiles)
            write_output(index, [profile.id for profile in profiles], args.out, workers)
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"wrote suggestions for {len(profiles)} SMEs to {args.out}")
    return 0


# ---------------------------------------------------------------------- input


def _read_profiles(path: Path) -> list[tuple[Any, str]]:
    from services.matcher.scoring import Profile

    records: list[tuple[Any, str]] = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                data = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise InputError(number, "(line)", f"not valid JSON: {exc.msg}") from None
            if not isinstance(data, dict):
                raise InputError(number, "(line)", "expected a JSON object")
            sme_id = _text(data, "id", number, required=True)
            if sme_id in seen:
                raise InputError(number, "id", f"duplicate id {sme_id!r} (first on line {seen[sme_id]})")
            seen[sme_id] = number
            language = _text(data, "language", number) or "en"
            if language not in _LANGUAGES:
                raise InputError(number, "language", f"expected 'th' or 'en', got {language!r}")
            _text(data, "contact_email", number)
            profile = Profile(
                id=sme_id,
                name=_text(data, "name", number, required=True, allow_empty=True),
                sub_cluster=_choice(data, "sub_cluster", number, _SUB_CLUSTERS),
                stage=_choice(data, "stage", number, _STAGES),
                province=_text(data, "province", number, required=True),
                offers=_texts(data, "offers", number, required=True),
                needs=_texts(data, "needs", number, required=True),
                certifications=_texts(data, "certifications", number),
                bcg=_bcg(data, number),
                language=language,
            )
            records.append((profile, language))
    return records


def _text(data: dict[str, Any], field: str, line: int, *, required: bool = False, allow_empty: bool = False) -> str:
    value = data.get(field)
    if value is None:
        if required:
            raise InputError(line, field, "missing")
        return ""
    if not isinstance(value, str):
        raise InputError(line, field, f"expected a string, got {type(value).__name__}")
    if required and not allow_empty and not value.strip():
        raise InputError(line, field, "must not be empty")
    return value


def _texts(data: dict[str, Any], field: str, line: int, *, required: bool = False) -> tuple[str, ...]:
    value = data.get(field)
    if value is None:
        if required:
            raise InputError(line, field, "missing")
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(line, field, "expected a list of strings")
    return tuple(value)


def _choice(data: dict[str, Any], field: str, line: int, allowed: set[str]) -> str:
    value = _text(data, field, line, required=True)
    if value not in allowed:
        raise InputError(line, field, f"{value!r} is not one of {', '.join(sorted(allowed))}")
    return value


def _bcg(data: dict[str, Any], line: int) -> tuple[str, ...]:
    tags = _texts(data, "bcg", line)
    unknown = [t for t in tags if t not in _BCG]
    if unknown:
        raise InputError(line, "bcg", f"unknown tag(s) {', '.join(map(repr, unknown))}; expected bio, circular, green")
    return tags


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m services.matcher.offline", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    _add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    exit_at_once(main())  # this process is ours: the index is not freed object by object
