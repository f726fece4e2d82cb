"""The entrepreneur's profile form: the dashboard's form rules, plus consent and the email preference.

Validation is the API's own (`ProfileIn`, through the dashboard's `profile_form`), so a
profile is accepted here exactly when it would be by `POST /v1/smes`; each problem is
shown next to its field, in the reader's language around the rule's own words.
"""

from __future__ import annotations

from typing import Final

from pydantic import ValidationError
from starlette.datastructures import FormData

from services.registry.dashboard.profile_form import ProfileForm, form_of, profile_input, show_errors
from services.registry.errors import from_validation_error
from services.registry.pages.reasons import in_language
from services.registry.pages.words import Words
from services.registry.profile import ProfileIn

PREFERENCES: Final = ("instant", "daily", "weekly", "off")


def submitted(form: FormData) -> ProfileForm:
    """What was typed, as typed; the id is never the entrepreneur's to choose."""
    data = {key: value for key, value in form.items() if isinstance(value, str)}
    data["id"] = ""
    profile_form = form_of(data, [value for value in form.getlist("bcg") if isinstance(value, str)])
    preference = data.get("notification_preference", "")
    profile_form.values["notification_preference"] = preference
    profile_form.values["consent"] = "yes" if data.get("consent") == "yes" else ""
    return profile_form


def checked(profile_form: ProfileForm, words: Words, *, sme_id: str | None, need_consent: bool) -> ProfileIn | None:
    """The profile, or None with every problem recorded next to its field."""
    data = profile_input(profile_form)
    if sme_id is not None:
        data["id"] = sme_id
    preference = profile_form.values.get("notification_preference", "")
    if preference:
        data["notification_preference"] = preference
    if need_consent and profile_form.values.get("consent") != "yes":
        profile_form.add_error("consent", words("consent_missing"))
    try:
        profile = ProfileIn.model_validate(data)
    except ValidationError as exc:
        before = dict(profile_form.errors)
        profile_form.errors = {}
        show_errors(profile_form, from_validation_error(exc))
        for name, reasons in profile_form.errors.items():
            label = _label(words, name)
            profile_form.errors[name] = [
                words("field_problem", field=label, reason=in_language(r, words.lang)) for r in reasons
            ]
        for name, reasons in before.items():
            profile_form.errors.setdefault(name, []).extend(reasons)
        return None
    return None if profile_form.errors else profile


def _label(words: Words, name: str) -> str:
    key = "language_field" if name == "language" else name
    try:
        return words(key)
    except KeyError:
        return name
