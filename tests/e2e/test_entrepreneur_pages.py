"""The entrepreneur pages in headless Chromium, on the real stack (Kafka, database, SMTP sink, three services).

Register through the form → the confirmation email → its link → the profile is
published and matched → a suggestion email → decline one partner on "my suggestions"
(it stays under "answered earlier") and accept the other → the
partner accepts by its email link → both get the introduction. Then: sign in by
an email link and edit the profile; a link that is used, altered or expired
shows its clear page; a form with mistakes shows each next to its field and
keeps what was typed.
"""

from __future__ import annotations

import base64
import json
import random
import re
import secrets
import time
import uuid
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

from clusterlink.localinfra import Endpoints
from services.registry.pages.signing import LinkPurpose, PageSigner
from shared.taxonomy import PROVINCES, Province
from tests.conftest import SESSION_DB_PREFIX
from tests.support.browser import headless_chromium, screenshot
from tests.support.mailbox import html_body, messages_to, text_body, wait_for_messages
from tests.support.stack import RunningStack, running_stack

pytestmark = pytest.mark.integration

PAGES_SECRET = secrets.token_urlsafe(32)
MAIL_WAIT_S = 120


@pytest.fixture(scope="module")
def stack(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    run_dir: Path = tmp_path_factory.mktemp("pages")
    with running_stack(infra, SESSION_DB_PREFIX + "pg_", run_dir, {"REGISTRY_PAGES_SECRET": PAGES_SECRET}) as s:
        yield s


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    with headless_chromium() as driver:
        yield driver


@pytest.fixture
def erase_later(stack: RunningStack) -> Iterator[list[str]]:
    """SMEs a test made, erased after it: their tombstones take them out of the matcher's index,
    so later runs on the same broker do not find them."""
    made: list[str] = []
    yield made
    with _coordinator(stack) as api:
        for sme_id in made:
            api.delete(f"/v1/smes/{sme_id}")


def _coordinator(stack: RunningStack) -> httpx.Client:
    return httpx.Client(base_url=stack.registry_url, headers={"Authorization": f"Bearer {stack.api_key}"}, timeout=10)


def _link_in(message: EmailMessage, path: str) -> str:
    found = re.search(rf"https?://\S+{re.escape(path)}\?t=\S+", text_body(message))
    assert found, text_body(message)
    return found.group(0)


def _sme_id_of(link: str) -> str:
    token = parse_qs(urlsplit(link).query)["t"][0]
    payload = token.split(".")[0]
    sme_id: str = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))[0]
    return sme_id


def _fill(driver: WebDriver, values: dict[str, str]) -> None:
    for name, value in values.items():
        element = driver.find_element(By.NAME, name)
        if element.tag_name == "select":
            Select(element).select_by_value(value)
        else:
            element.clear()
            element.send_keys(value)


def _submit(driver: WebDriver, form_action: str) -> None:
    """Press the form's button and wait until the next page has replaced this one."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, f"form[action='{form_action}'] button[type=submit]").click()
    WebDriverWait(driver, 30).until(lambda _: _gone(page))


def _gone(element: WebElement) -> bool:
    """The element left the document: stale, or (Chromium, mid-navigation) no longer in it."""
    try:
        element.is_enabled()
    except WebDriverException:  # StaleElementReferenceException is one of these
        return True
    return False


def _wait_for(check: Any, timeout_s: float = MAIL_WAIT_S, what: str = "") -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def _kind(message: EmailMessage) -> str:
    return str(message.get("X-ClusterLink-Kind", ""))


def _province() -> Province:
    """Each run's pair in a province of its own: the matcher's index holds every earlier run's
    SMEs (the broker is shared), and a partner in the same province ranks above them."""
    return random.choice([p for p in PROVINCES if p.name_en not in ("Loei", "Bangkok")])


def _spinner(uid: str, province: Province | None = None) -> dict[str, object]:
    return {
        "name": f"วิสาหกิจชุมชนปั่นด้ายกัญชงบ้านฃอนแก่น {uid}",
        "sub_cluster": "hemp_natural_fibre",
        "stage": "upstream",
        "province": (province or _province()).name_en,
        # The run's own word in both the offer and the need: earlier runs' SMEs in the shared
        # broker offer the same yarn, and must not outrank this pair.
        "offers": [f"เส้นด้ายกัญชงปั่นมือ ย้อมสีธรรมชาติ รุ่น{uid} เดือนละ 200 กิโลกรัม"],
        "needs": [],
        "bcg": ["bio", "green"],
        "contact_email": f"pg-spin-{uid}@e2e.example",
        "language": "th",
    }


def test_register_confirm_match_accept_and_both_are_introduced(
    stack: RunningStack, browser: WebDriver, erase_later: list[str]
) -> None:
    uid = uuid.uuid4().hex[:8]
    province = _province()
    spinner = _spinner(uid, province)
    # A second yarn maker, which the weaver will decline: it then leaves the weaver's list.
    other = {**_spinner(uid, province), "name": f"กลุ่มปั่นด้ายกัญชงบ้านนาข่า {uid}",
             "contact_email": f"pg-spin2-{uid}@e2e.example"}  # fmt: skip
    with _coordinator(stack) as api:
        for sme in (spinner, other):
            created = api.post("/v1/smes", json=sme)
            assert created.status_code == 201, created.text
            erase_later.append(created.json()["id"])

    # The form, in Thai, as an entrepreneur fills it on a phone.
    weaver_email = f"pg-weave-{uid}@e2e.example"
    weaver_name = f"กลุ่มทอผ้ากัญชงเลย {uid}"
    browser.get(f"{stack.registry_url}/my/language/th?next=/my/register")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "th"
    screenshot(browser, "register-th")
    _fill(browser, {
        "name": weaver_name, "sub_cluster": "hemp_natural_fibre", "stage": "midstream", "province": province.name_th,
        "needs": f"เส้นด้ายกัญชงปั่นมือ ย้อมสีธรรมชาติ รุ่น{uid} ประมาณ 150 กิโลกรัมต่อเดือน",
        "offers": "ผ้ากัญชงทอมือ หน้ากว้าง 90 ซม.", "contact_email": weaver_email, "language": "th",
    })  # fmt: skip
    for tag in ("bio", "green"):
        browser.find_element(By.ID, f"f-bcg-{tag}").click()
    browser.find_element(By.ID, "f-consent").click()
    _submit(browser, "/my/register")
    assert weaver_email in browser.find_element(By.TAG_NAME, "main").text
    screenshot(browser, "check-email-th")

    confirmation = wait_for_messages(stack.mail_dir, weaver_email, timeout_s=MAIL_WAIT_S)
    assert len(confirmation) == 1 and _kind(confirmation[0]) == "link_confirm_registration"
    assert weaver_name in text_body(confirmation[0]) and weaver_name in html_body(confirmation[0])
    link = _link_in(confirmation[0], "/my/register/confirm")
    weaver_id = _sme_id_of(link)
    with _coordinator(stack) as api:
        # Not published before the address is confirmed: the registry does not know it as a profile.
        assert api.get(f"/v1/smes/{weaver_id}").status_code == 404

    browser.get(link)  # a page with a button: opening the link (as a mail scanner does) changes nothing
    with _coordinator(stack) as api:
        assert api.get(f"/v1/smes/{weaver_id}").status_code == 404
    screenshot(browser, "confirm-th")
    _submit(browser, "/my/register/confirm")
    assert weaver_name in browser.find_element(By.TAG_NAME, "main").text
    with _coordinator(stack) as api:
        stored = api.get(f"/v1/smes/{weaver_id}")
        assert stored.status_code == 200
        assert stored.json()["profile"]["name"] == weaver_name  # Thai, byte for byte
        assert stored.json()["profile"]["province"] == province.name_en
    erase_later.append(weaver_id)

    # Published and matched: the spinner, already registered, is emailed a suggestion naming the weaver.
    def partner_mail() -> list[EmailMessage]:
        return [m for m in messages_to(stack.mail_dir, str(spinner["contact_email"])) if weaver_name in text_body(m)]

    partner_message = _wait_for(partner_mail, what="the spinner's suggestion email naming the weaver")[-1]
    assert _kind(partner_message) in ("suggestions", "invitation")

    # The weaver sees both yarn makers on "my suggestions", with reasons.
    def listed() -> bool:
        browser.get(f"{stack.registry_url}/my/suggestions")
        main = browser.find_element(By.TAG_NAME, "main").text
        return str(spinner["name"]) in main and str(other["name"]) in main

    _wait_for(listed, what="both yarn makers on the weaver's suggestions page")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "เหตุผล" in main  # the reasons, in Thai
    screenshot(browser, "suggestions-th")

    # It declines the second: the matcher drops the pair, and the page keeps it under "answered earlier",
    # with the day and the one button that changes the answer.
    def card_of(name: object, earlier: bool = False) -> WebElement | None:
        where = "[@data-earlier]" if earlier else "[not(@data-earlier)]"
        cards = browser.find_elements(By.XPATH, f"//section{where}[.//h3[contains(., '{name}')]]")
        return cards[0] if cards else None

    declined = card_of(other["name"])
    assert declined is not None
    page = browser.find_element(By.TAG_NAME, "html")
    declined.find_element(By.CSS_SELECTOR, "input[name=decision][value=decline] ~ button").click()
    WebDriverWait(browser, 30).until(lambda _: _gone(page))

    def declined_earlier() -> WebElement | None:
        browser.get(f"{stack.registry_url}/my/suggestions")
        found = card_of(other["name"], earlier=True)
        gone_from_list = card_of(other["name"]) is None
        return (
            found if found is not None and gone_from_list and found.get_attribute("data-state") == "declined" else None
        )

    earlier = _wait_for(declined_earlier, what="the declined yarn maker under answered earlier")
    assert "คุณปฏิเสธเมื่อ" in earlier.text
    offered = [e.get_attribute("value") for e in earlier.find_elements(By.CSS_SELECTOR, "input[name=decision]")]
    assert offered == ["accept"]
    screenshot(browser, "suggestions-earlier-th")

    # The weaver accepts the spinner on the page.
    card = card_of(spinner["name"])
    assert card is not None
    page = browser.find_element(By.TAG_NAME, "html")
    card.find_element(By.CSS_SELECTOR, "input[name=decision][value=accept] ~ button").click()
    WebDriverWait(browser, 30).until(lambda _: _gone(page))
    assert "ตอบรับ" in browser.find_element(By.CSS_SELECTOR, "[role=status]").text
    # The card now says the answer, and offers only the way to change it.
    card = card_of(spinner["name"])
    assert card is not None and card.get_attribute("data-state") == "accepted"
    offered = [e.get_attribute("value") for e in card.find_elements(By.CSS_SELECTOR, "input[name=decision]")]
    assert offered == ["decline"]

    # The partner accepts through the accept link of that email (the first after the weaver's name).
    about_weaver = text_body(partner_message).split(weaver_name, 1)[1]
    accept = re.search(r"https?://\S+/links/accept\?t=\S+", about_weaver)
    assert accept, about_weaver
    shown = httpx.get(accept.group(0), timeout=10)
    form_token = re.search(r'name="t" value="([^"]+)"', shown.text)
    assert form_token, shown.text
    answered = httpx.post(f"{stack.notifier_url}/links/accept", data={"t": form_token.group(1)}, timeout=10)
    assert answered.status_code == 200, answered.text

    def introduced(address: str) -> list[EmailMessage]:
        return [m for m in messages_to(stack.mail_dir, address) if _kind(m) == "introduction"]

    to_weaver = _wait_for(lambda: introduced(weaver_email), what="the weaver's introduction")
    to_spinner = _wait_for(lambda: introduced(str(spinner["contact_email"])), what="the spinner's introduction")
    assert str(spinner["contact_email"]) in text_body(to_weaver[0])  # contacts revealed only now
    assert weaver_email in text_body(to_spinner[0])

    # "My suggestions" shows them introduced, with nothing left to press.
    def shown_introduced() -> WebElement | None:
        browser.get(f"{stack.registry_url}/my/suggestions")
        found = card_of(spinner["name"])
        return found if found is not None and found.get_attribute("data-state") == "introduced" else None

    introduced_card = _wait_for(shown_introduced, what="the introduced pair on the weaver's page")
    assert not introduced_card.find_elements(By.TAG_NAME, "form")


def _sign_in_link(stack: RunningStack, browser: WebDriver, address: str) -> str:
    before = len([m for m in messages_to(stack.mail_dir, address) if _kind(m) == "link_sign_in"])
    browser.get(f"{stack.registry_url}/my/sign-in")
    _fill(browser, {"email": address})
    _submit(browser, "/my/sign-in")
    answer = browser.find_element(By.TAG_NAME, "main").text

    def sign_in_mail() -> list[EmailMessage]:
        return [m for m in messages_to(stack.mail_dir, address) if _kind(m) == "link_sign_in"]

    messages = _wait_for(lambda: len(sign_in_mail()) > before and sign_in_mail(), what="the sign-in email")
    assert len(messages) == before + 1
    return f"{_link_in(messages[-1], '/my/sign-in/link')}\n{answer}"


def test_sign_in_by_email_link_and_edit_the_profile(
    stack: RunningStack, browser: WebDriver, erase_later: list[str]
) -> None:
    uid = uuid.uuid4().hex[:8]
    spinner = _spinner(uid)
    with _coordinator(stack) as api:
        sme_id = api.post("/v1/smes", json=spinner).json()["id"]
    erase_later.append(sme_id)
    browser.delete_all_cookies()
    link, known_answer = _sign_in_link(stack, browser, str(spinner["contact_email"])).split("\n", 1)

    # An unknown address gets exactly the same answer: the page reveals no addresses.
    browser.get(f"{stack.registry_url}/my/sign-in")
    _fill(browser, {"email": f"nobody-{uid}@e2e.example"})
    _submit(browser, "/my/sign-in")
    assert browser.find_element(By.TAG_NAME, "main").text == known_answer

    browser.get(link)
    _submit(browser, "/my/sign-in/link")
    assert browser.current_url.endswith("/my/profile")
    cookie = browser.get_cookie("clusterlink_sme")
    assert cookie is not None and cookie["httpOnly"] and cookie.get("sameSite") == "Lax"
    screenshot(browser, "profile-th")
    name = browser.find_element(By.ID, "f-name")
    assert name.get_attribute("value") == spinner["name"]
    _fill(browser, {"offers": "เส้นด้ายกัญชงปั่นมือ\nเส้นใยกัญชงสำหรับทอ", "contact_phone": "+66 81 234 5678"})
    Select(browser.find_element(By.NAME, "notification_preference")).select_by_value("weekly")
    _submit(browser, "/my/profile")
    assert browser.find_elements(By.CSS_SELECTOR, "[role=status]")
    with _coordinator(stack) as api:
        profile = api.get(f"/v1/smes/{sme_id}").json()["profile"]
    assert profile["offers"] == ["เส้นด้ายกัญชงปั่นมือ", "เส้นใยกัญชงสำหรับทอ"]
    assert profile["contact_phone"] == "+66 81 234 5678"
    assert profile["notification_preference"] == "weekly"
    assert profile["name"] == spinner["name"]

    # Used once: the same link again shows the clear "already used" page.
    browser.delete_all_cookies()
    browser.get(link)
    _submit(browser, "/my/sign-in/link")
    assert browser.find_element(By.TAG_NAME, "h1").text == "ลิงก์นี้ถูกใช้ไปแล้ว"
    assert not browser.find_elements(By.CSS_SELECTOR, "form[action='/my/profile']")


def test_altered_and_expired_links_show_their_clear_pages(
    stack: RunningStack, browser: WebDriver, erase_later: list[str]
) -> None:
    uid = uuid.uuid4().hex[:8]
    with _coordinator(stack) as api:
        sme_id = api.post("/v1/smes", json=_spinner(uid)).json()["id"]
    erase_later.append(sme_id)
    browser.delete_all_cookies()
    # A link signed with the stack's key, an hour ago, for 15 minutes.
    old = PageSigner(PAGES_SECRET.encode(), 3600, clock=lambda: time.time() - 3600)
    _, expired = old.link(LinkPurpose.SIGN_IN, sme_id, 15 * 60)
    browser.get(f"{stack.registry_url}/my/sign-in/link?t={expired}")
    assert browser.find_element(By.TAG_NAME, "h1").text == "ลิงก์หมดอายุแล้ว"
    screenshot(browser, "link-expired-th")
    response = httpx.get(f"{stack.registry_url}/my/sign-in/link", params={"t": expired}, timeout=10)
    assert response.status_code == 410

    fresh = PageSigner(PAGES_SECRET.encode(), 3600)
    _, genuine = fresh.link(LinkPurpose.SIGN_IN, sme_id, 15 * 60)
    mac = genuine.split(".")[1]
    other = base64.urlsafe_b64encode(json.dumps(["someone-else", "n", 9999999999]).encode()).rstrip(b"=").decode()
    for altered in (f"{other}.{mac}", genuine[:-3] + ("AAA" if not genuine.endswith("AAA") else "BBB"), "x"):
        browser.get(f"{stack.registry_url}/my/sign-in/link?t={altered}")
        assert browser.find_element(By.TAG_NAME, "h1").text == "ลิงก์ไม่ถูกต้อง"
    assert httpx.get(f"{stack.registry_url}/my/sign-in/link", params={"t": "x"}, timeout=10).status_code == 400
    # A sign-in token is not a registration confirmation either.
    browser.get(f"{stack.registry_url}/my/register/confirm?t={genuine}")
    assert browser.find_element(By.TAG_NAME, "h1").text == "ลิงก์ไม่ถูกต้อง"


def test_a_form_with_mistakes_names_each_next_to_its_field_and_keeps_what_was_typed(
    stack: RunningStack, browser: WebDriver
) -> None:
    uid = uuid.uuid4().hex[:8]
    browser.delete_all_cookies()
    browser.get(f"{stack.registry_url}/my/language/th?next=/my/register")
    typed_name = f"ร้านผ้าไหม <b>{uid}</b>"
    _fill(browser, {"name": typed_name, "sub_cluster": "sportech", "stage": "downstream", "province": "ไม่มีจังหวัดนี้",
                    "offers": "ชุดกีฬา", "contact_email": "ไม่ใช่อีเมล", "language": "th"})  # fmt: skip
    _submit(browser, "/my/register")
    assert browser.find_element(By.CSS_SELECTOR, "[role=alert]").text
    for field in ("province", "contact_email", "consent"):
        problem = browser.find_element(By.ID, f"e-{field}")
        assert problem.text, field
    assert (browser.find_element(By.ID, "f-province").get_attribute("aria-describedby") or "").endswith("e-province")
    assert browser.find_element(By.ID, "f-name").get_attribute("value") == typed_name  # kept, and escaped
    assert browser.find_element(By.ID, "f-offers").get_attribute("value") == "ชุดกีฬา"
    assert not browser.find_elements(By.TAG_NAME, "b")
    screenshot(browser, "register-errors-th")
    # No confirmation email was asked for a refused form (the sink has nothing for that address).
    assert messages_to(stack.mail_dir, "ไม่ใช่อีเมล") == []
