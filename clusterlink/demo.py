"""`clusterlink demo` (what `make run` runs) and `clusterlink stop` (what `make stop` runs).

Starts the local infrastructure and the three services, loads the demo cluster
through the registry's API, waits for the matcher and notifier to settle, prints
the top recommendations and where the emails went, then keeps running until
Ctrl-C or `clusterlink stop`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import time
from pathlib import Path
from typing import Any

import httpx

from clusterlink.localinfra import ensure_up, stop_all
from clusterlink.paths import local_dir
from clusterlink.secrets import ensure_local_secrets
from clusterlink.stack import (
    DEFAULT_SERVICES,
    ServiceSpec,
    local_service_env,
    running_pid,
    start_service,
    stop_pid,
    stop_services,
)
from shared.kafka_admin import ensure_topics
from shared.value_chain.display_width import pad

DEMO_FILE = Path(__file__).resolve().parent.parent / "demo" / "cluster.jsonl"


def _start_services(env: dict[str, str]) -> None:
    for spec in DEFAULT_SERVICES:
        if running_pid(spec.name) is not None:
            print(f"  {spec.name:<9} already running at {spec.url}")
            continue
        t0 = time.monotonic()
        start_service(spec, env)
        print(f"  {spec.name:<9} ready at {spec.url} ({time.monotonic() - t0:.1f} s)")


def _load_profiles(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _register_all(profiles: list[dict[str, Any]], registry: ServiceSpec, api_key: str) -> tuple[int, int]:
    created = existing = 0
    headers = {"Authorization": f"Bearer {api_key}"}
    with httpx.Client(base_url=registry.url, headers=headers, timeout=15) as client:
        for profile in profiles:
            response = client.post("/v1/smes", json=profile)
            if response.status_code == 201:
                created += 1
            elif response.status_code == 409:
                existing += 1
            else:
                raise SystemExit(f"registry refused {profile['id']}: {response.status_code} {response.text}")
    return created, existing


def _recommendations(matcher: ServiceSpec, ids: list[str], k: int) -> dict[str, dict[str, list[dict[str, Any]]]]:
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    auth = {"Authorization": f"Bearer {ensure_local_secrets()['CLUSTERLINK_API_KEY']}"}
    with httpx.Client(base_url=matcher.url, timeout=10, headers=auth) as client:
        for sme_id in ids:
            out[sme_id] = {}
            for direction in ("suppliers", "buyers"):
                r = client.get(f"/v1/smes/{sme_id}/recommendations", params={"direction": direction, "k": k})
                body = r.json() if r.status_code == 200 else {}
                items = body.get("items", body.get(direction, [])) if isinstance(body, dict) else body
                out[sme_id][direction] = list(items or [])
    return out


def _wait_until_settled(matcher: ServiceSpec, ids: list[str], timeout_s: float = 120.0) -> dict[str, Any]:
    """Poll until two reads 3 s apart agree and something was matched."""
    deadline = time.monotonic() + timeout_s
    previous: dict[str, Any] | None = None
    while True:
        current = _recommendations(matcher, ids, k=3)
        matched = any(v["suppliers"] or v["buyers"] for v in current.values())
        if (matched and current == previous) or time.monotonic() > deadline:
            return current
        previous = current
        time.sleep(3)


def _print_table(profiles: list[dict[str, Any]], recs: dict[str, Any]) -> None:
    for line in table_lines(profiles, recs):
        print(line)


def table_lines(profiles: list[dict[str, Any]], recs: dict[str, Any]) -> list[str]:
    """The demo table; cells are padded by display width, so Thai names line up with English ones."""
    names = {p["id"]: p["name"] for p in profiles}
    cols = (30, 34, 34)
    lines = ["", pad("SME", cols[0]) + " " + pad("best supplier (score, name)", cols[1]) + " best buyer (score, name)"]
    lines.append("-" * (sum(cols) + 2))
    for p in profiles:
        row = recs.get(p["id"], {})
        cells = []
        for direction in ("suppliers", "buyers"):
            items = row.get(direction) or []
            if items:
                top = items[0]
                partner = top.get("id") or top.get("partner_id") or top.get("supplier_id") or "?"
                cells.append(f"{float(top.get('score', 0)):.2f}  {names.get(partner, partner)}")
            else:
                cells.append("—")
        lines.append(pad(p["name"], cols[0]) + " " + pad(cells[0], cols[1]) + " " + pad(cells[1], cols[2]).rstrip())
    return lines


def _emails_to(mail_dir: Path, addresses: set[str]) -> list[Path]:
    import email
    import email.policy
    from email.utils import getaddresses

    found = []
    for path in sorted(mail_dir.glob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if any(addr.lower() in addresses for _, addr in getaddresses(msg.get_all("To", []))):
            found.append(path)
    return found


def _wait_for_emails(mail_dir: Path, addresses: set[str], quiet_s: float = 6.0, timeout_s: float = 90.0) -> list[Path]:
    """The notifier gathers bursts into one email: wait until no new email arrived for `quiet_s`."""
    deadline = time.monotonic() + timeout_s
    emails = _emails_to(mail_dir, addresses)
    last_change = time.monotonic()
    while time.monotonic() < deadline and (not emails or time.monotonic() - last_change < quiet_s):
        time.sleep(1)
        current = _emails_to(mail_dir, addresses)
        if len(current) != len(emails):
            emails, last_change = current, time.monotonic()
    return emails


def _run_demo(args: argparse.Namespace) -> int:
    t_start = time.monotonic()
    pid_file = local_dir() / "run" / "demo.pid"
    pid_file.parent.mkdir(parents=True, exist_ok=True)
    pid_file.write_text(str(os.getpid()))
    print("Starting local infrastructure (Kafka, database, SMTP sink)…")
    endpoints = ensure_up()
    asyncio.run(ensure_topics(endpoints.kafka_bootstrap))
    secrets = ensure_local_secrets()
    env = local_service_env(endpoints, secrets)
    os.environ.update(env)
    print("Starting services…")
    _start_services(env)

    registry, matcher, notifier = DEFAULT_SERVICES
    profiles = _load_profiles(Path(args.file))
    created, existing = _register_all(profiles, registry, secrets["CLUSTERLINK_API_KEY"])
    print(f"Demo cluster {args.file}: {created} SMEs registered, {existing} already there.")
    print("Waiting for the matcher and the notifier to settle…")
    recs = _wait_until_settled(matcher, [p["id"] for p in profiles])
    _print_table(profiles, recs)
    addresses = {str(p["contact_email"]).lower() for p in profiles}
    emails = _wait_for_emails(endpoints.mail_dir, addresses)
    print(f"\n{len(emails)} emails to the demo SMEs are in {endpoints.mail_dir}")
    for path in emails[:5]:
        print(f"  {path}")
    if len(emails) > 5:
        print(f"  … and {len(emails) - 5} more")
    print(f"\nReady in {time.monotonic() - t_start:.0f} s.")
    print(f"  registry API   {registry.url}/docs   (coordinator key: CLUSTERLINK_API_KEY in {local_dir()}/secrets.env)")
    print(f"  dashboard      {registry.url}/dashboard   (sign in with the same coordinator key)")
    print(f"  matcher        {matcher.url}/v1/smes/{profiles[0]['id']}/recommendations?direction=suppliers")
    print(f"  notifier       {notifier.url}")
    print(f"  emails         {endpoints.mail_dir}")
    print(f"  logs           {local_dir() / 'logs'}")
    if args.no_wait:
        return 0
    print("\nRunning. Press Ctrl-C (or run `make stop`) to stop everything.")
    stop = {"now": False}

    def _on_signal(signum: int, frame: object) -> None:
        stop["now"] = True

    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)
    while not stop["now"]:
        signal.pause()
    print("\nStopping…")
    _stop_everything(stop_demo=False)
    return 0


def _stop_everything(stop_demo: bool = True) -> None:
    run_dir = local_dir() / "run"
    if stop_demo:
        try:
            pid = int((run_dir / "demo.pid").read_text())
            if pid != os.getpid():
                os.kill(pid, signal.SIGTERM)
        except (FileNotFoundError, ValueError, ProcessLookupError):
            pass
    stopped = stop_services(run_dir)
    if stopped:
        print("stopped services: " + ", ".join(stopped))
    stop_all()
    (run_dir / "demo.pid").unlink(missing_ok=True)


def _stop(args: argparse.Namespace) -> int:
    _stop_everything()
    print("stopped; no ClusterLink process is left running")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("demo", help="start everything, load the demo cluster and show the matches")
    p.add_argument("--file", default=str(DEMO_FILE), help="cluster JSONL to load (default: the demo cluster)")
    p.add_argument("--no-wait", action="store_true", help="exit after showing the matches, leaving it running")
    p.set_defaults(func=_run_demo)
    s = subparsers.add_parser("stop", help="stop the services and the local infrastructure")
    s.set_defaults(func=_stop)


__all__ = ["register", "stop_pid"]
