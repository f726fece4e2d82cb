"""The SME form: its fields as text, turned into the API's `ProfileIn` and back. Pure.

The form is validated exactly as the API's body is (`ProfileIn`); only the shape
differs: lists are one item per line, the capacity is two inputs. Errors are
named by the form field they belong to, so the page shows them next to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from pydantic import ValidationError

from services.registry.errors import FieldError, from_validation_error
from services.registry.profile import ProfileIn, snapshot_fields
from shared.events import SmeProfileV1

TEXT_FIELDS: Final = (
    "name", "province", "contact_email", "description", "contact_name", "contact_phone", "website", "line_id",
    "minimum_order",
)  # fmt: skip
CHOICE_FIELDS: Final = ("sub_cluster", "stage", "language")
LIST_FIELDS: Final = ("offers", "needs", "certifications")
CAPACITY_FIELDS: Final = ("capacity_amount", "capacity_unit")
FORM_FIELDS: Final = ("id", *TEXT_FIELDS, *CHOICE_FIELDS, *LIST_FIELDS, "bcg", *CAPACITY_FIELDS)


@dataclass
class ProfileForm:
    """What the form shows: the values as typed, and the problems per field ("" for the form as a whole)."""

    values: dict[str, str] = field(default_factory=dict)
    bcg: list[str] = field(default_factory=list)
    errors: dict[str, list[str]] = field(default_factory=dict)

    def add_error(self, name: str, reason: str) -> None:
        self.errors.setdefault(name, []).append(reason)


def form_of(data: Mapping[str, Any], bcg: list[str]) -> ProfileForm:
    """The submitted fields, as typed (unknown inputs are ignored)."""
    return ProfileForm({name: str(data.get(name, "")) for name in FORM_FIELDS if name != "bcg"}, list(bcg))


def form_from_profile(profile: SmeProfileV1) -> ProfileForm:
    data = snapshot_fields(profile)
    values = {name: str(data.get(name) or "") for name in (*TEXT_FIELDS, *CHOICE_FIELDS)}
    for name in LIST_FIELDS:
        values[name] = "\n".join(data.get(name) or [])
    capacity = data.get("capacity") or {}
    values["capacity_amount"] = _number_text(capacity.get("amount"))
    values["capacity_unit"] = str(capacity.get("unit") or "")
    values["id"] = profile.id
    return ProfileForm(values, list(data.get("bcg") or []))


def _number_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _amount(text: str) -> float | str:
    # A number typed in a form is text; the API's schema wants a number, so convert what reads as one.
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return text


def profile_input(form: ProfileForm) -> dict[str, Any]:
    """The API body this form stands for: empty optional inputs are absent fields."""
    values = form.values
    data: dict[str, Any] = {}
    for name in ("id", *TEXT_FIELDS, *CHOICE_FIELDS):
        text = values.get(name, "").strip()
        if text:
            data[name] = text
    for name in LIST_FIELDS:
        data[name] = _lines(values.get(name, ""))
    data["bcg"] = list(form.bcg)
    amount, unit = (values.get(name, "").strip() for name in CAPACITY_FIELDS)
    if amount or unit:
        data["capacity"] = {"amount": _amount(amount) if amount else None, "unit": unit or None}
    return data


def form_field(path: str) -> str:
    """`offers[2]` → `offers`; `capacity.amount` → `capacity_amount`; anything else the form lacks → ""."""
    if path.startswith("capacity"):
        return "capacity_unit" if path.endswith(".unit") else "capacity_amount"
    name = path.split("[", 1)[0].split(".", 1)[0]
    return name if name in FORM_FIELDS else ""


def show_errors(form: ProfileForm, errors: list[FieldError]) -> None:
    for error in errors:
        name = form_field(error.field)
        # A list item's reason says which line: the field alone does not.
        where = error.field[len(name) :] if name in LIST_FIELDS else ""
        line = f"line {int(where.strip('[]')) + 1}: " if where.startswith("[") and where.strip("[]").isdigit() else ""
        form.add_error(name, line + error.reason if name else f"{error.field}: {error.reason}")


def validate(form: ProfileForm, *, sme_id: str | None = None) -> ProfileIn | None:
    """The profile, or None with the errors recorded on the form."""
    data = profile_input(form)
    if sme_id is not None:
        data["id"] = sme_id
    try:
        return ProfileIn.model_validate(data)
    except ValidationError as exc:
        show_errors(form, from_validation_error(exc))
        return None
