"""A Thai reader sees the profile rules' reasons in Thai, next to the field they are about."""

from __future__ import annotations

from starlette.datastructures import FormData

from services.registry.pages.form import checked, submitted
from services.registry.pages.words import Words


def _form(**values: str) -> FormData:
    base = {"name": "ร้านผ้า", "sub_cluster": "sportech", "stage": "downstream", "province": "เชียงใหม่",
            "contact_email": "owner@example.com", "language": "th", "offers": "ชุดกีฬา"}  # fmt: skip
    return FormData(list({**base, **values}.items()))


def test_each_bad_field_gets_its_reason_in_thai_and_the_form_keeps_what_was_typed() -> None:
    form = submitted(_form(province="ไม่มีจังหวัดนี้", contact_email="ไม่ใช่อีเมล", website="example.com"))
    assert checked(form, Words("th"), sme_id=None, need_consent=True) is None
    assert form.errors["province"] == ["ช่อง “จังหวัด”: ไม่ใช่ชื่อจังหวัดของไทย กรุณาพิมพ์ชื่อจังหวัดเป็นภาษาไทยหรืออังกฤษ"]
    assert "name@example.com" in form.errors["contact_email"][0]
    assert "http://" in form.errors["website"][0]
    assert form.errors["consent"] == [Words("th")("consent_missing")]
    assert form.values["province"] == "ไม่มีจังหวัดนี้" and form.values["contact_email"] == "ไม่ใช่อีเมล"


def test_an_english_reader_gets_the_rule_as_the_api_says_it() -> None:
    form = submitted(_form(province="Atlantis", consent="yes"))
    assert checked(form, Words("en"), sme_id=None, need_consent=True) is None
    reason = "'Atlantis' is not one of Thailand's 77 provinces (Thai or English name)"
    assert form.errors["province"] == [f"“Province”: {reason}"]


def test_a_good_form_with_consent_is_a_profile_stored_in_the_registry_form() -> None:
    profile = checked(submitted(_form(consent="yes")), Words("th"), sme_id=None, need_consent=True)
    assert profile is not None
    assert profile.province == "Chiang Mai" and profile.offers == ["ชุดกีฬา"] and profile.id is None
