"""The notifier's public link pages refuse large and multipart bodies, quickly and in flat memory.

A real notifier process on the real infrastructure, fed over raw sockets so the
test controls exactly what is sent and when.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from clusterlink.localinfra import Endpoints
from tests.conftest import SESSION_DB_PREFIX
from tests.support.stack import RunningStack, running_stack

pytestmark = pytest.mark.integration

MIB = 1024 * 1024
FIFTY_MIB = 50 * MIB


@pytest.fixture(scope="module")
def stack_and_run_dir(
    infra: Endpoints, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[RunningStack, Path]]:
    run_dir: Path = tmp_path_factory.mktemp("bodies")
    with running_stack(infra, SESSION_DB_PREFIX + "bod_", run_dir) as s:
        yield s, run_dir


def _rss_bytes(run_dir: Path) -> int:
    pid = int((run_dir / "run" / "service-notifier.pid").read_text().split()[0])
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def _connect(stack: RunningStack) -> socket.socket:
    url = urlsplit(stack.notifier_url)
    return socket.create_connection((url.hostname, url.port), timeout=10)


def _send_until_refused(sock: socket.socket, head: bytes, chunks: Iterator[bytes]) -> bytes:
    """Send the head and then the body until the server stops reading; return its answer."""
    sock.sendall(head)
    try:
        for chunk in chunks:
            sock.sendall(chunk)
    except (BrokenPipeError, ConnectionResetError, TimeoutError):
        pass
    answer = b""
    try:
        while data := sock.recv(65536):
            answer += data
    except (ConnectionResetError, TimeoutError):
        pass
    return answer


def _status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def test_a_declared_50_mib_form_is_refused_with_413_before_it_is_read(
    stack_and_run_dir: tuple[RunningStack, Path],
) -> None:
    stack, run_dir = stack_and_run_dir
    before = _rss_bytes(run_dir)
    head = (
        b"POST /links/unsubscribe HTTP/1.1\r\nHost: notifier\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\n"
        b"Content-Length: %d\r\n\r\n" % FIFTY_MIB
    )
    started = time.monotonic()
    with _connect(stack) as sock:
        sock.sendall(head)
        answer = sock.recv(65536)  # answered on the headers alone
    elapsed = time.monotonic() - started

    assert _status(answer) == 413, answer[:200]
    assert elapsed < 2.0
    assert _rss_bytes(run_dir) - before < 8 * MIB


def test_a_chunked_50_mib_form_is_cut_off_with_413_in_flat_memory(
    stack_and_run_dir: tuple[RunningStack, Path],
) -> None:
    stack, run_dir = stack_and_run_dir
    before = _rss_bytes(run_dir)
    piece = b"t=" + b"a" * (MIB - 2)
    chunks = (b"%x\r\n%s\r\n" % (len(piece), piece) for _ in range(FIFTY_MIB // MIB))
    head = (
        b"POST /links/accept HTTP/1.1\r\nHost: notifier\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    started = time.monotonic()
    with _connect(stack) as sock:
        answer = _send_until_refused(sock, head, chunks)
    elapsed = time.monotonic() - started

    assert _status(answer) == 413, answer[:200]
    assert elapsed < 2.0
    assert _rss_bytes(run_dir) - before < 8 * MIB


def test_a_multipart_post_is_refused_without_being_parsed(stack_and_run_dir: tuple[RunningStack, Path]) -> None:
    stack, _ = stack_and_run_dir
    body = (
        b'--b\r\nContent-Disposition: form-data; name="t"\r\n\r\nsomething\r\n'
        b'--b\r\nContent-Disposition: form-data; name="f"; filename="x.bin"\r\n\r\n' + b"x" * 1000 + b"\r\n--b--\r\n"
    )
    head = (
        b"POST /links/decline HTTP/1.1\r\nHost: notifier\r\nConnection: close\r\n"
        b"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: %d\r\n\r\n" % len(body)
    )
    with _connect(stack) as sock:
        answer = _send_until_refused(sock, head, iter([body]))

    assert _status(answer) == 415, answer[:200]
