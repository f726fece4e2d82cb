"""The one exception the local infrastructure raises: its message says what to do next."""

from __future__ import annotations


class LocalInfraError(RuntimeError):
    """A component could not be prepared, started or stopped; the message is meant for a person."""
