"""`clusterlink import FILE` and `clusterlink export`: bulk files through the registry's HTTP API.

The registry is found at `CLUSTERLINK_REGISTRY_URL` (default http://127.0.0.1:8001)
and reached with the coordinator key in `CLUSTERLINK_API_KEY`. A file is sent
in batches so a progress bar can follow it; line numbers in the report are
those of the file.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import httpx

DEFAULT_URL = "http://127.0.0.1:8001"
_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
_CONTENT_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv"}
_BAR_WIDTH = 30


class CliError(Exception):
    """Stops the command with a message for the user."""


@dataclass(frozen=True)
class Batch:
    body: bytes
    first_line: int  # file line of the batch's first record
    records: int


def _client() -> httpx.Client:
    key = os.environ.get("CLUSTERLINK_API_KEY", "")
    if not key:
        raise CliError("set CLUSTERLINK_API_KEY to a coordinator API key (make run writes one to .local/secrets.env)")
    base_url = os.environ.get("CLUSTERLINK_REGISTRY_URL", DEFAULT_URL).rstrip("/")
    return httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {key}"}, timeout=_TIMEOUT)


def _fail_on_error(response: httpx.Response) -> None:
    if response.is_success:
        return
    try:
        body = response.json()
        message = body.get("message", response.text)
        details = "".join(f"\n  {e['field']}: {e['reason']}" for e in body.get("errors", []))
    except ValueError:
        message, details = response.text, ""
    raise CliError(f"registry answered {response.status_code}: {message}{details}")


# ------------------------------------------------------------------ batching


def jsonl_batches(data: bytes, size: int) -> Iterator[Batch]:
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for start in range(0, len(lines), size):
        chunk = lines[start : start + size]
        yield Batch(b"\n".join(chunk) + b"\n", start + 1, sum(1 for line in chunk if line.strip()))


def csv_batches(data: bytes, size: int) -> Iterator[Batch]:
    """Batches of whole records (a quoted cell may span lines), each with the header line first."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CliError(f"line {line}: the file is not valid UTF-8") from exc
    lines = list(io.StringIO(text, newline=""))
    reader = csv.reader(iter(lines))
    try:
        next(reader)
    except StopIteration:
        return
    header, bounds = "".join(lines[: reader.line_num]), []
    try:
        start = reader.line_num
        for _ in reader:
            bounds.append((start, reader.line_num))
            start = reader.line_num
    except csv.Error:
        bounds.append((start, len(lines)))  # let the registry name the broken line
    for index in range(0, len(bounds), size):
        chunk = bounds[index : index + size]
        body = header + "".join(lines[chunk[0][0] : chunk[-1][1]])
        yield Batch(body.encode("utf-8"), chunk[0][0] + 1, len(chunk))


# ------------------------------------------------------------------ progress


class Progress:
    """A one-line progress bar on stderr, drawn only for a terminal."""

    def __init__(self, total: int, stream: TextIO = sys.stderr) -> None:
        self._total = max(total, 1)
        self._done = 0
        self._stream = stream
        self._live = stream.isatty()

    def advance(self, count: int) -> None:
        self._done += count
        if self._live:
            filled = round(_BAR_WIDTH * self._done / self._total)
            bar = "#" * filled + "." * (_BAR_WIDTH - filled)
            self._stream.write(f"\rimporting [{bar}] {self._done}/{self._total} records")
            self._stream.flush()

    def close(self) -> None:
        if self._live:
            self._stream.write("\n")


# ------------------------------------------------------------------ import


def _format_of(path: Path, chosen: str | None) -> str:
    return chosen or ("csv" if path.suffix.lower() == ".csv" else "jsonl")


def _report(results: list[dict[str, Any]], dry_run: bool, out: TextIO) -> Counter[str]:
    counts = Counter(str(r["status"]) for r in results)
    for result in results:
        if result["status"] == "rejected":
            where = f"line {result['line']}" + (f" ({result['id']})" if result.get("id") else "")
            for error in result["errors"]:
                out.write(f"{where}: {error['field']}: {error['reason']}\n")
    kinds = ("valid", "rejected") if dry_run else ("created", "updated", "unchanged", "rejected")
    summary = ", ".join(f"{counts[kind]} {kind}" for kind in kinds)
    out.write(f"{len(results)} records{' (dry run, nothing stored)' if dry_run else ''}: {summary}\n")
    return counts


def _write_tokens(path: Path, results: list[dict[str, Any]]) -> int:
    rows = [(r["id"], r["sme_token"]) for r in results if r.get("sme_token")]
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "sme_token"])
        writer.writerows(rows)
    return len(rows)


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    fmt = _format_of(path, args.format)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from exc
    batches = list(jsonl_batches(data, args.batch_size) if fmt == "jsonl" else csv_batches(data, args.batch_size))
    progress = Progress(sum(batch.records for batch in batches))
    results: list[dict[str, Any]] = []
    try:
        with _client() as client:
            for batch in batches:
                response = client.post(
                    "/v1/import",
                    content=batch.body,
                    params={"format": fmt, "dry_run": str(args.dry_run).lower(), "first_line": batch.first_line},
                    headers={"Content-Type": _CONTENT_TYPES[fmt]},
                )
                _fail_on_error(response)
                results += response.json()["results"]
                progress.advance(batch.records)
    finally:
        progress.close()
    counts = _report(results, args.dry_run, sys.stdout)
    if args.tokens_out:
        written = _write_tokens(Path(args.tokens_out), results)
        print(f"{written} new SME tokens written to {args.tokens_out}")
    elif counts["created"]:
        print(f"{counts['created']} new SMEs got a token; re-run with --tokens-out FILE to keep them", file=sys.stderr)
    return 1 if counts["rejected"] else 0


# ------------------------------------------------------------------ export


def run_export(args: argparse.Namespace) -> int:
    with _client() as client, client.stream("GET", "/v1/export", params={"extras": str(args.extras).lower()}) as r:
        if not r.is_success:
            r.read()
            _fail_on_error(r)
        if args.out in (None, "-"):
            for chunk in r.iter_bytes():
                sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()
            return 0
        target = Path(args.out)
        # Written beside the target and renamed at the end: a broken transfer leaves no partial file.
        with tempfile.NamedTemporaryFile("wb", dir=target.parent, delete=False, suffix=".part") as tmp:
            try:
                for chunk in r.iter_bytes():
                    tmp.write(chunk)
            except BaseException:
                Path(tmp.name).unlink(missing_ok=True)
                raise
        Path(tmp.name).replace(target)
    lines = target.read_bytes().count(b"\n")
    print(f"{lines} profiles written to {target}")
    return 0


# ------------------------------------------------------------------ wiring


def _guarded(command: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        try:
            code: int = command(args)
        except CliError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        except httpx.HTTPError as exc:
            url = os.environ.get("CLUSTERLINK_REGISTRY_URL", DEFAULT_URL)
            print(f"error: cannot reach the registry at {url}: {exc}", file=sys.stderr)
            return 2
        return code

    return run


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importer = subparsers.add_parser(
        "import",
        help="import SME profiles from a JSONL (CONTRACTS §1) or CSV file into the registry",
        description="Every line is validated; rejected lines are listed with line number, field and reason. "
        "Importing the same file again changes nothing. Exit status 1 if any line was rejected.",
    )
    importer.add_argument("file", help="a .jsonl or .csv file")
    importer.add_argument("--format", choices=sorted(_CONTENT_TYPES), help="default: from the file extension")
    importer.add_argument("--dry-run", action="store_true", help="validate and report only")
    importer.add_argument("--batch-size", type=int, default=500, help="records per request (default 500)")
    importer.add_argument("--tokens-out", metavar="FILE", help="write the new SMEs' tokens here (CSV, mode 600)")
    importer.set_defaults(func=_guarded(run_import))

    exporter = subparsers.add_parser("export", help="export every SME profile from the registry as CONTRACTS §1 JSONL")
    exporter.add_argument("--out", "-o", help="output file (default: standard output)")
    exporter.add_argument("--extras", action="store_true", help="add the optional registry fields to each line")
    exporter.set_defaults(func=_guarded(run_export))
