"""What can go wrong in a registry use case, independent of HTTP."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from shared.json_body import field_path


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    reason: str


def _reason(error: dict[str, Any]) -> str:
    message = str(error.get("msg", "is invalid"))
    # Pydantic prefixes our own ValueErrors; the field path already says where.
    return message.removeprefix("Value error, ")


def field_errors(errors: list[dict[str, Any]], *, prefix: tuple[int | str, ...] = ()) -> list[FieldError]:
    """Pydantic-style errors as field paths and reasons, in the order they were found."""
    return [FieldError(field_path(prefix + tuple(error.get("loc", ()))), _reason(error)) for error in errors]


def from_validation_error(exc: ValidationError) -> list[FieldError]:
    return field_errors([dict(e) for e in exc.errors(include_url=False, include_input=False)])


class RegistryError(Exception):
    """Base of the use-case errors the API turns into 4xx responses."""


class ProfileNotFound(RegistryError):
    def __init__(self, sme_id: str) -> None:
        super().__init__(f"no profile with id {sme_id!r}")
        self.sme_id = sme_id


class ProfileAlreadyExists(RegistryError):
    def __init__(self, sme_id: str) -> None:
        super().__init__(f"a profile with id {sme_id!r} already exists")
        self.sme_id = sme_id


class ErasedProfile(RegistryError):
    """The id was erased at its owner's request (PDPA): coming back needs their consent again."""

    def __init__(self, sme_id: str, field: str = "id") -> None:
        super().__init__(ERASED_REASON if field == "id" else ERASED_ADDRESS_REASON)
        self.sme_id = sme_id
        self.field = field


ERASED_REASON = (
    "was erased at its owner's request; registering it again needs the owner's fresh consent (send fresh_consent=true)"
)
ERASED_ADDRESS_REASON = (
    "belonged to a profile erased at its owner's request; registering it again needs the owner's fresh consent "
    "(send fresh_consent=true)"
)


class VersionMismatch(RegistryError):
    """The caller's `If-Match` names a version that is no longer current."""

    def __init__(self, sme_id: str, current_version: int) -> None:
        super().__init__(f"profile {sme_id!r} is at version {current_version}; re-read it and retry")
        self.current_version = current_version


class InvalidProfile(RegistryError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.reason}" for e in errors))
        self.errors = errors


class ConcurrentChange(RegistryError):
    """Kept losing the race against other writers of the same profile."""

    def __init__(self, sme_id: str) -> None:
        super().__init__(f"profile {sme_id!r} is being changed by others; retry")
