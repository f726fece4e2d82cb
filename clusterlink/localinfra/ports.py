"""Is a port free, who holds it, and is something answering on it."""

from __future__ import annotations

import socket

import psutil

from clusterlink.localinfra.errors import LocalInfraError

_MAX_COMMAND_CHARS = 200


def port_is_free(host: str, port: int) -> bool:
    """True if a server could bind host:port now (SO_REUSEADDR, like Kafka, FerretDB and asyncio)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def is_listening(host: str, port: int, timeout_s: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            return True
    except OSError:
        return False


def describe_port_owner(port: int) -> str:
    """'PID 123 (command java -cp …)' for the process listening on the port, as far as we may see it."""
    try:
        connections = psutil.net_connections(kind="tcp")
    except psutil.AccessDenied:
        return "another process (not visible to this user)"
    for conn in connections:
        if conn.status == psutil.CONN_LISTEN and conn.laddr and conn.laddr.port == port:
            if conn.pid is None:
                return "another process (not visible to this user)"
            return f"PID {conn.pid} (command {_command_of(conn.pid)})"
    return "another process"


def ensure_port_free(host: str, port: int, component: str, env_var: str) -> None:
    if port_is_free(host, port):
        return
    raise LocalInfraError(
        f"port {port} is in use by {describe_port_owner(port)}; {component} needs it. "
        f"Stop that process, or choose another port with {env_var}."
    )


def _command_of(pid: int) -> str:
    try:
        # Collapsed whitespace: an inline script's newlines would break the one-line message.
        command = " ".join(" ".join(psutil.Process(pid).cmdline()).split())
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return "unknown"
    if len(command) > _MAX_COMMAND_CHARS:
        return command[: _MAX_COMMAND_CHARS - 1] + "…"
    return command
