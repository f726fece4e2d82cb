"""`clusterlink report`: the value chain, its gaps and its chains, drawn for coordinators.

    clusterlink report --profiles PROFILES.jsonl --out DIR [--established LINKS.csv]
                       [--max-km 300] [--min-score 0.35] [--k 10] [--lang en|th] [--focus ID ...]

Reads cluster profiles (JSONL v1) and runs the matcher's engine offline on them,
as `clusterlink match` does, twice: once per SME for the suggested links (each
SME's top-k suppliers and buyers), and once per phrase, to know for every need
which offers could meet it (and for every offer which needs want it). Writes to
DIR: value-chain.svg and .png, neighbourhood-<focus>.svg and .png, report.html
(gap report and chain suggestions) and report.json.

With --matcher URL, the suggested links are the lists a running matcher has
stored instead (the per-phrase matching stays offline: the service keeps none).
Established links are pairs that both sides accepted and were introduced; they
come from a CSV with the columns `supplier_id` and `buyer_id` in its header, in
any place among others (--established): the dashboard's introductions export
(/dashboard/introductions.csv) as downloaded will do. Without it every link
drawn is a suggestion. A malformed input line stops the run with a non-zero exit naming
the line and the field; nothing is written then.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx

from services.matcher.offline import EXIT_INVALID_INPUT, InputError, _positive_int, _read_profiles
from services.matcher.phrase_coverage import phrase_cluster
from shared.taxonomy import SubCluster
from shared.value_chain import (
    DEFAULT_MAX_KM,
    DEFAULT_MIN_SCORE,
    Cluster,
    gap_report,
    suggest_chains,
)
from shared.value_chain.flow_picture import draw_flows
from shared.value_chain.flows import summarise
from shared.value_chain.fonts import FONT_ENV, FontFiles, NoThaiFont, find_thai_font
from shared.value_chain.links import with_links
from shared.value_chain.neighbourhood import draw_neighbourhood
from shared.value_chain.report_data import report_json
from shared.value_chain.svg import render_svg

EXIT_NO_PNG = 3  # everything else was written
EXIT_NO_MATCHER = 4
API_KEY_ENV = "CLUSTERLINK_API_KEY"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "report",
        help="draw the value chain, its gaps and chain suggestions (SVG, PNG, HTML)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--profiles", required=True, type=Path, help="cluster profiles, JSONL version 1")
    parser.add_argument("--out", required=True, type=Path, help="folder to write the report into")
    parser.add_argument(
        "--established", type=Path, help="introduced pairs: CSV with columns supplier_id, buyer_id (introductions.csv)"
    )
    parser.add_argument("--max-km", type=_positive_km, default=DEFAULT_MAX_KM, help="a supplier farther is 'far' (300)")
    parser.add_argument("--min-score", type=_score, default=DEFAULT_MIN_SCORE,
                        help=f"weakest match that counts as meeting a need ({DEFAULT_MIN_SCORE})")  # fmt: skip
    parser.add_argument("--k", type=_positive_int, default=10, help="suggestions per list, as the matcher (10)")
    parser.add_argument("--matcher", metavar="URL", help="read suggested links from a running matcher's stored lists")
    parser.add_argument("--lang", choices=("en", "th"), default="en", help="language of labels (en)")
    parser.add_argument("--focus", action="append", default=[],
                        help="an SME id or a sub-cluster to draw a neighbourhood for (repeatable)")  # fmt: skip
    parser.set_defaults(func=run)


def _positive_km(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a distance in km, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a positive distance in km, got {text}")
    return value


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a score between 0 and 1, got {text!r}") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"expected a score between 0 and 1, got {text}")
    return value


def run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    try:
        records = _read_profiles(args.profiles)
        established = _read_established(args.established, {p.id for p, _ in records}) if args.established else []
    except OSError as exc:
        print(f"error: cannot read {exc.filename}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INVALID_INPUT
    except InputError as exc:
        source = args.established if isinstance(exc, _LinkError) else args.profiles
        print(f"error: {source} {exc}", file=sys.stderr)
        return EXIT_INVALID_INPUT
    profiles = [profile for profile, _ in records]
    unknown = [f for f in args.focus if f not in {p.id for p in profiles} and f not in {s.value for s in SubCluster}]
    if unknown:
        print(f"error: --focus {unknown[0]!r} is neither an SME id in the file nor a sub-cluster", file=sys.stderr)
        return EXIT_INVALID_INPUT

    stored = None
    if args.matcher:
        try:
            stored = read_stored_links(args.matcher, [p.id for p in profiles], args.k, os.environ.get(API_KEY_ENV, ""))
        except (httpx.HTTPError, StoredListsError) as exc:
            print(f"error: cannot read the lists of the matcher at {args.matcher}: {exc}", file=sys.stderr)
            return EXIT_NO_MATCHER
        print(f"suggested links: the lists stored by the matcher at {args.matcher} ({len(stored)} pairs)")
    cluster = build_cluster(profiles, k=args.k, established=established, suggested=stored)
    matched = time.monotonic()
    try:
        fonts = find_thai_font(os.environ.get(FONT_ENV))
    except (NoThaiFont, FileNotFoundError) as exc:
        fonts, font_problem = None, str(exc)
    written = write_report(cluster, args.out, lang=args.lang, min_score=args.min_score, max_km=args.max_km,
                           focus=args.focus, fonts=fonts)  # fmt: skip
    print(f"wrote {', '.join(p.name for p in written)} to {args.out} "
          f"(matching {matched - started:.1f} s, report {time.monotonic() - matched:.1f} s)")  # fmt: skip
    if fonts is None:
        print(f"error: PNG files not written: {font_problem}", file=sys.stderr)
        return EXIT_NO_PNG
    return 0


def write_report(
    cluster: Cluster,
    out: Path,
    *,
    lang: str = "en",
    min_score: float = DEFAULT_MIN_SCORE,
    max_km: float = DEFAULT_MAX_KM,
    focus: Sequence[str] = (),
    fonts: FontFiles | None = None,
) -> list[Path]:
    """Write the pictures (SVG, and PNG when a Thai font is at hand), report.html and report.json."""
    from shared.value_chain.html_report import NeighbourhoodFile, render_html  # Jinja2 only when writing

    gaps = gap_report(cluster, min_score=min_score, max_km=max_km)
    chains = suggest_chains(cluster, min_score=min_score)
    summary = summarise(cluster, min_score=min_score)
    scenes = {"value-chain": draw_flows(cluster, summary, lang)}
    neighbourhoods = []
    for name in focus:
        stem = "neighbourhood-" + re.sub(r"[^A-Za-z0-9_.-]", "_", name)
        scenes[stem] = draw_neighbourhood(cluster, gaps, name, lang=lang, min_score=min_score)
        neighbourhoods.append(NeighbourhoodFile(scenes[stem].title, stem + ".svg"))
    out.mkdir(parents=True, exist_ok=True)
    if fonts is not None:
        from shared.value_chain.png import render_png  # Pillow loads only when a PNG is drawn
    files: dict[str, bytes] = {}
    for stem, scene in scenes.items():
        files[stem + ".svg"] = render_svg(scene).encode("utf-8")
        if fonts is not None:
            files[stem + ".png"] = render_png(scene, fonts)
    headline = scenes["value-chain"].title
    files["report.html"] = render_html(
        cluster, gaps, chains, files["value-chain.svg"].decode("utf-8"), headline, lang=lang,
        neighbourhoods=tuple(neighbourhoods),
    ).encode("utf-8")  # fmt: skip
    files["report.json"] = (
        json.dumps(report_json(cluster, gaps, chains), ensure_ascii=False, indent=1) + "\n"
    ).encode()
    written = []
    for name, data in files.items():
        (out / name).write_bytes(data)
        written.append(out / name)
    return written


class _LinkError(InputError):
    pass


ESTABLISHED_COLUMNS = ("supplier_id", "buyer_id")


def _read_established(path: Path, ids: set[str]) -> list[tuple[str, str]]:
    """(supplier, buyer) pairs from the columns named `supplier_id` and `buyer_id`, wherever they stand
    (the dashboard's introductions export has names between them); a UTF-8 BOM is read past."""
    pairs: list[tuple[str, str]] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = csv.reader(handle)
        header = [h.strip() for h in next(rows, [])]
        columns = []
        for name in ESTABLISHED_COLUMNS:
            if name not in header:
                found = ",".join(header) if any(header) else "nothing"
                raise _LinkError(1, name, f"no column {name!r} in the header (it holds {found})")
            columns.append(header.index(name))
        for number, row in enumerate(rows, 2):
            if not any(cell.strip() for cell in row):
                continue
            values = []
            for name, column in zip(ESTABLISHED_COLUMNS, columns, strict=True):
                value = row[column].strip() if column < len(row) else ""
                if not value:
                    raise _LinkError(number, name, "missing")
                if value not in ids:
                    raise _LinkError(number, name, f"{value!r} is not an SME id in the profiles file")
                values.append(value)
            pairs.append((values[0], values[1]))
    return pairs


# ------------------------------------------------------------------ a running matcher


class StoredListsError(RuntimeError):
    pass


def read_stored_links(
    url: str, sme_ids: Sequence[str], k: int, api_key: str, transport: httpx.BaseTransport | None = None
) -> dict[tuple[str, str], float]:
    """(supplier, buyer) -> score from every SME's stored suppliers and buyers lists (SMEs it does not hold: none)."""
    links: dict[tuple[str, str], float] = {}
    held = 0
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    with httpx.Client(base_url=url, headers=headers, timeout=10, transport=transport) as client:
        for sme_id in sme_ids:
            for direction in ("suppliers", "buyers"):
                response = client.get(f"/v1/smes/{sme_id}/recommendations", params={"direction": direction, "k": k})
                if response.status_code == 404:
                    continue  # not (or no longer) in the matcher
                if response.status_code != 200:
                    raise StoredListsError(f"{response.status_code} for {sme_id}: {response.text[:200]}")
                held += 1
                for item in response.json().get("items", []):
                    pair = (item["partner_id"], sme_id) if direction == "suppliers" else (sme_id, item["partner_id"])
                    links[pair] = max(links.get(pair, 0.0), float(item["score"]))
    if not held and sme_ids:
        raise StoredListsError("it holds none of the SMEs in the profiles file")
    return links


# ------------------------------------------------------------------ engine


def build_cluster(
    profiles: Sequence[Any],
    *,
    k: int,
    established: Sequence[tuple[str, str]] = (),
    suggested: Mapping[tuple[str, str], float] | None = None,
) -> Cluster:
    """Read every phrase, match phrases and SMEs with the matcher's engine, and gather the results.

    `suggested` (supplier, buyer) -> score replaces the offline top-k lists, for example with a running
    matcher's stored lists; the per-phrase matching is always offline (the service keeps none).
    """
    from services.matcher.scoring import MatchIndex

    phrases = phrase_cluster(profiles)

    scores: dict[tuple[str, str], float] = dict(suggested) if suggested is not None else {}
    if suggested is None:
        pair_index = MatchIndex(k=k).fit(profiles)
        for p in profiles:
            for m in (*pair_index.suppliers_of(p.id, k), *pair_index.buyers_of(p.id, k)):
                scores[(m.supplier_id, m.buyer_id)] = round(float(m.score), 6)
    return with_links(phrases, scores, established)


def dump_cluster(cluster: Cluster, path: Path) -> None:
    """The matched cluster as JSON (`Cluster.from_json` reads it back): a fixture for drawing without matching."""
    path.write_text(json.dumps(cluster.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
