"""Background processes that outlive the command that started them: spawn, recognise, stop.

Each process starts in its own session, so its process group is exactly what it
started, and stopping the group leaves nothing behind. A pid file alone is not
trusted: a process counts as ours only if its command line carries the expected
markers (pids are reused).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from contextlib import suppress
from pathlib import Path

import psutil

from clusterlink.localinfra.errors import LocalInfraError

# Children of this Python process, kept so they can be reaped (a zombie still has a pid).
_children: dict[int, subprocess.Popen[bytes]] = {}

_POLL_S = 0.1
_KILL_WAIT_S = 5.0


def spawn_detached(
    command: Sequence[str],
    *,
    log_file: Path,
    pid_file: Path,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> int:
    """Start `command` in a new session with its output in `log_file`; the previous log becomes `.1`."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    pid_file.parent.mkdir(parents=True, exist_ok=True)
    if log_file.exists():
        log_file.replace(log_file.with_name(log_file.name + ".1"))
    with log_file.open("ab") as log:
        proc = subprocess.Popen(
            list(command),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=None if env is None else dict(env),
            cwd=cwd,
            start_new_session=True,
        )
    _children[proc.pid] = proc
    tmp = pid_file.with_name(pid_file.name + ".tmp")
    tmp.write_text(f"{proc.pid}\n", encoding="ascii")
    tmp.replace(pid_file)
    return proc.pid


def read_pid(pid_file: Path) -> int | None:
    try:
        return int(pid_file.read_text(encoding="ascii").strip())
    except (FileNotFoundError, ValueError):
        return None


def is_alive(pid: int) -> bool:
    child = _children.get(pid)
    if child is not None:
        return child.poll() is None
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
    except psutil.AccessDenied:
        return True


def exit_code(pid: int) -> int | None:
    """The exit code of a child this process started and that has ended; None otherwise."""
    child = _children.get(pid)
    return None if child is None else child.poll()


def command_line(pid: int) -> str:
    try:
        return " ".join(psutil.Process(pid).cmdline())
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return ""


def find_running(pid_file: Path, markers: Sequence[str]) -> int | None:
    """The pid recorded in `pid_file` if that process is alive and is ours; a stale file is removed."""
    pid = read_pid(pid_file)
    if pid is None:
        return None
    if is_alive(pid):
        command = command_line(pid)
        if all(marker in command for marker in markers):
            return pid
    pid_file.unlink(missing_ok=True)
    return None


def stop_process_group(pid: int, timeout_s: float, *, leader_signal: signal.Signals | None = None) -> bool:
    """SIGTERM the process group led by `pid`, SIGKILL it after `timeout_s`. True if it had to be killed.

    With `leader_signal`, only the leader gets that signal first: a server that stops its
    own workers in order (PostgreSQL) must not have them signalled behind its back.
    """
    try:
        group = os.getpgid(pid)
    except ProcessLookupError:
        return False
    if group != pid:
        # Not a session we started: never signal someone else's group.
        raise LocalInfraError(f"PID {pid} does not lead its own process group; not stopping it")
    with suppress(ProcessLookupError):
        if leader_signal is None:
            os.killpg(group, signal.SIGTERM)
        else:
            os.kill(pid, leader_signal)
    if _wait_group_gone(group, timeout_s):
        return False
    with suppress(ProcessLookupError):
        os.killpg(group, signal.SIGKILL)
    _wait_group_gone(group, _KILL_WAIT_S)
    return True


def group_members(group: int) -> list[int]:
    """Pids of live (not zombie) processes in the process group."""
    members = []
    for proc in psutil.process_iter():
        with suppress(psutil.NoSuchProcess, psutil.AccessDenied, ProcessLookupError):
            if os.getpgid(proc.pid) == group and proc.status() != psutil.STATUS_ZOMBIE:
                members.append(proc.pid)
    return members


def _wait_group_gone(group: int, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while True:
        child = _children.get(group)
        if child is not None and child.poll() is not None:
            del _children[group]
        if not group_members(group):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(_POLL_S)


def run_logged(
    command: Sequence[str],
    *,
    log_file: Path,
    failure: str,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> None:
    """Run a one-off preparation step with its output appended to `log_file`; raise if it fails."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as log:
        log.write(f"$ {' '.join(command)}\n".encode())
        log.flush()
        result = subprocess.run(
            list(command),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=cwd,
            env=None if env is None else dict(env),
            check=False,
        )
    if result.returncode != 0:
        raise LocalInfraError(f"{failure} (exit code {result.returncode}); log at {log_file}:\n{tail(log_file)}")


def tail(path: Path, lines: int = 15) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return "(no log written)"
    return "\n".join("    " + line for line in text.splitlines()[-lines:])
