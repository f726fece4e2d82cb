"""The dashboard's pure parts: signed sessions and CSRF tokens, the SME form, the counts, the exports, the words."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import get_args

import openpyxl  # type: ignore[import-untyped]
import pytest

from services.registry.dashboard.catalogue import Chosen, facets
from services.registry.dashboard.export import csv_bytes, neutralised, rows, xlsx_bytes
from services.registry.dashboard.funnel import STAGES as FUNNEL_STAGES
from services.registry.dashboard.guard import safe_back_to
from services.registry.dashboard.i18n import Words
from services.registry.dashboard.profile_form import ProfileForm, form_from_profile, form_of, validate
from services.registry.dashboard.session import LOGIN_NONCE_S, SessionSigner, key_digest
from services.registry.dashboard.unmatched import Reason as UnmatchedReason
from services.registry.profile import ProfileIn, to_snapshot
from shared.events import SmeProfileV1

SECRET = b"s" * 32
KEY_HASH = "sha256:" + "a" * 64
STATUSES = ("created", "updated", "unchanged", "valid", "rejected")
TEMPLATES = Path(__file__).resolve().parents[3] / "services" / "registry" / "dashboard" / "templates"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _snapshot(sme_id: str = "sme-1", **changes: object) -> SmeProfileV1:
    data: dict[str, object] = {
        "id": sme_id, "name": "ผ้าครามสกล", "sub_cluster": "ageing_lifestyle_isan", "stage": "midstream",
        "province": "Sakon Nakhon", "offers": ["indigo cloth"], "needs": ["cotton yarn"],
        "contact_email": "a@example.com", "language": "th",
    }  # fmt: skip
    data.update(changes)
    from datetime import UTC, datetime

    return to_snapshot(ProfileIn.model_validate(data), sme_id, consent_at=datetime(2026, 1, 1, tzinfo=UTC))


# ------------------------------------------------------------------ sessions


def test_a_session_reads_back_until_it_expires() -> None:
    clock = Clock()
    signer = SessionSigner(SECRET, 3600, clock)
    session, cookie = signer.open(KEY_HASH)

    assert signer.read(cookie) == session
    assert session.key_digest == key_digest(KEY_HASH)
    clock.now += 3599
    assert signer.read(cookie) == session
    clock.now += 1
    assert signer.read(cookie) is None


@pytest.mark.parametrize("tamper", ["payload", "mac", "shape", "empty"])
def test_an_altered_cookie_is_no_session(tamper: str) -> None:
    signer = SessionSigner(SECRET, 3600, Clock())
    _, cookie = signer.open(KEY_HASH)
    payload, mac = cookie.split(".")
    altered = {
        "payload": payload[:-2] + ("AA" if payload[-2:] != "AA" else "BB") + "." + mac,
        "mac": payload + "." + mac[::-1],
        "shape": cookie + ".x",
        "empty": "",
    }[tamper]
    assert signer.read(altered) is None


def test_a_cookie_signed_with_another_secret_is_no_session() -> None:
    _, cookie = SessionSigner(b"t" * 32, 3600, Clock()).open(KEY_HASH)
    assert SessionSigner(SECRET, 3600, Clock()).read(cookie) is None


def test_a_csrf_token_belongs_to_its_session_only() -> None:
    signer = SessionSigner(SECRET, 3600, Clock())
    mine, _ = signer.open(KEY_HASH)
    theirs, _ = signer.open(KEY_HASH)

    assert signer.csrf_valid(mine, signer.csrf_token(mine))
    assert not signer.csrf_valid(mine, signer.csrf_token(theirs))
    assert not signer.csrf_valid(mine, "")
    assert not signer.csrf_valid(mine, None)


def test_the_login_token_needs_its_own_fresh_nonce() -> None:
    clock = Clock()
    signer = SessionSigner(SECRET, 3600, clock)
    nonce, other = signer.login_nonce(), signer.login_nonce()
    token = signer.login_token(nonce)

    assert signer.login_token_valid(nonce, token)
    assert not signer.login_token_valid(other, token)
    assert not signer.login_token_valid(None, token)
    assert not signer.login_token_valid(nonce.replace("~", "~9"), token)
    clock.now += LOGIN_NONCE_S
    assert not signer.login_token_valid(nonce, token)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/dashboard/smes?stage=upstream", "/dashboard/smes?stage=upstream"),
        ("//evil.example", "/dashboard/smes"),
        ("https://evil.example/dashboard", "/dashboard/smes"),
        ("/dashboard\\..\\evil", "/dashboard/smes"),
        (None, "/dashboard/smes"),
    ],
)
def test_only_dashboard_paths_are_followed_after_login(target: str | None, expected: str) -> None:
    assert safe_back_to(target) == expected


# ------------------------------------------------------------------ the SME form


def test_a_form_becomes_the_apis_profile() -> None:
    form = form_of(
        {
            "id": "", "name": " ผ้าไหม ", "sub_cluster": "sportech", "stage": "upstream", "province": "น่าน",
            "offers": "silk\n\n  cotton  \n", "needs": "", "certifications": "GOTS", "contact_email": "a@example.com",
            "language": "en", "capacity_amount": "1,200", "capacity_unit": "kg", "website": "", "unknown": "x",
        },
        ["bio"],
    )  # fmt: skip
    profile = validate(form)

    assert profile is not None, form.errors
    assert profile.id is None
    assert (profile.name, profile.province, profile.offers, profile.needs) == ("ผ้าไหม", "Nan", ["silk", "cotton"], [])
    assert profile.capacity is not None and (profile.capacity.amount, profile.capacity.unit) == (1200.0, "kg")
    assert profile.website is None and [str(tag) for tag in profile.bcg] == ["bio"]


def test_form_errors_are_named_by_the_field_they_belong_to() -> None:
    form = form_of(
        {"name": "", "sub_cluster": "nope", "stage": "upstream", "province": "Atlantis",
         "offers": "fine\n" + "x" * 501, "contact_email": "no", "language": "th", "capacity_amount": "lots"},
        [],
    )  # fmt: skip
    assert validate(form) is None

    assert set(form.errors) >= {"name", "sub_cluster", "province", "offers", "contact_email", "capacity_amount"}
    assert form.errors["offers"][0].startswith("line 2: ")
    assert "Atlantis" in form.errors["province"][0]
    assert "" not in form.errors


def test_a_stored_profile_fills_the_form_and_reads_back_the_same() -> None:
    snapshot = _snapshot(capacity={"amount": 500, "unit": "m"}, bcg=["green"], certifications=["GOTS"])
    form = form_from_profile(snapshot)

    assert form.values["offers"] == "indigo cloth"
    assert form.values["capacity_amount"] == "500"
    again = validate(ProfileForm(dict(form.values), list(form.bcg)), sme_id="sme-1")
    assert again is not None
    assert to_snapshot(again, "sme-1", consent_at=snapshot.consent_at, previous=snapshot) == snapshot  # type: ignore[arg-type]


# ------------------------------------------------------------------ counts


def test_each_filter_counts_what_the_other_filters_let_through() -> None:
    profiles = [
        _snapshot("a", sub_cluster="sportech", stage="upstream", province="Nan"),
        _snapshot("b", sub_cluster="sportech", stage="midstream", province="Nan"),
        _snapshot("c", sub_cluster="sportech", stage="midstream", province="Trat"),
        _snapshot("d", sub_cluster="circular_textile", stage="midstream", province="Nan"),
    ]
    found = facets(profiles, Chosen(sub_cluster="sportech", province="Nan"))

    assert [p.id for p in found.matching] == ["a", "b"]
    assert found.total == 4
    assert found.counts["sub_cluster"] == {"sportech": 2, "circular_textile": 1}
    assert found.counts["stage"] == {"upstream": 1, "midstream": 1}
    assert found.counts["province"] == {"Nan": 2, "Trat": 1}


def test_a_choice_that_nothing_matches_is_still_offered_with_zero() -> None:
    profiles = [_snapshot("a", sub_cluster="sportech", province="Nan")]
    found = facets(profiles, Chosen(sub_cluster="circular_textile", province="Trat"))

    assert found.matching == ()
    assert found.counts["province"] == {"Trat": 0}
    assert found.counts["sub_cluster"] == {"circular_textile": 0}


# ------------------------------------------------------------------ exports


@pytest.mark.parametrize("cell", ["=1+1", "+66 81 234", "-5", "@SUM(A1)", "\tx", "\rx"])
def test_cells_that_a_spreadsheet_would_run_are_neutralised(cell: str) -> None:
    assert neutralised(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["ผ้าไหม", "cotton = yarn", "", "'quoted", "1-2"])
def test_other_cells_stay_as_they_are(cell: str) -> None:
    assert neutralised(cell) == cell


def test_the_csv_has_the_import_columns_and_no_live_formula() -> None:
    profile = _snapshot(name="=cmd|' /C calc'!A0", offers=["-x", "y"], contact_phone="+66 81 234 5678")
    table = list(csv.reader(io.StringIO(csv_bytes(rows([profile])).decode("utf-8-sig"))))

    header, row = table
    assert header[:4] == ["id", "name", "sub_cluster", "stage"]
    cells = dict(zip(header, row, strict=True))
    assert cells["name"] == "'=cmd|' /C calc'!A0"
    assert cells["offers"] == "'-x|y"
    assert cells["contact_phone"] == "'+66 81 234 5678"


def test_the_xlsx_keeps_text_exact_and_typed_as_text() -> None:
    profile = _snapshot(name="=1+1", offers=["ผ้าไหม"])
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(rows([profile])))).active
    header = [cell.value for cell in sheet[1]]
    row = {name: cell for name, cell in zip(header, sheet[2], strict=True)}

    assert (row["name"].value, row["name"].data_type) == ("=1+1", "s")
    assert row["offers"].value == "ผ้าไหม"


# ------------------------------------------------------------------ words


def test_every_word_the_templates_use_exists_in_both_languages() -> None:
    used = {
        key
        for template in TEMPLATES.glob("*.j2")
        for key in re.findall(r"""\bt\(\s*["']([a-z_]+)["']""", template.read_text(encoding="utf-8"))
        if not key.endswith("_")  # a prefix completed in the template: the statuses, checked below
    }
    used |= {"csrf", "signed_out", "not_found", "bad_filter", "bad_key", "too_many"}  # named in code, not templates
    used |= {"vc_chains_missing", "vc_chains_complete"}  # completed in the template
    names = ("seconds", "count", "total", "name", "id", "version", "reason", "field", "problem", "km", *STATUSES,
             "suggested", "established", "min_score", "shown", "focus")  # fmt: skip
    values = {name: 1 for name in names}
    for words in (Words("en"), Words("th")):
        for key in used:
            assert words(key, **values)
        for status in STATUSES:
            assert words(f"status_{status}")
        for stage in FUNNEL_STAGES:
            assert words(f"stage_{stage}")
        for reason in get_args(UnmatchedReason):
            assert words(f"reason_{reason}")
        for kind in ("unmet_needs", "unwanted_offers", "far_needs"):
            assert words(f"gap_{kind}", km=300)
    assert Words("xx").lang == "en"


# ------------------------------------------------------------------ value chain


def test_the_picture_names_each_bar_by_its_sub_cluster_and_draws_no_links() -> None:
    from services.registry.dashboard.value_chain import picture_svg, stage_counts

    profiles = [
        _snapshot("a", sub_cluster="sportech", stage="upstream"),
        _snapshot("b", sub_cluster="sportech", stage="upstream", name="<b>x</b>"),
        _snapshot("c", sub_cluster="circular_textile", stage="downstream", offers=[]),
    ]
    svg = picture_svg(profiles, "en")

    assert "Sportech (2)" in svg
    assert "buyers" in svg.lower()
    assert "0 suggested" in svg and "<b>" not in svg
    assert picture_svg(profiles, "en") == svg  # deterministic
    assert stage_counts(profiles) == {("upstream", "sportech"): 2, ("downstream", "circular_textile"): 1}
