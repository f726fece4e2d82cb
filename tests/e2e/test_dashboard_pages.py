"""The coordinators' dashboard in headless Chromium, on the real stack (registry, matcher, notifier).

What a coordinator's browser meets: a page opened without a session leads to the
login and back to that page; a form posted without its CSRF token (or with a
wrong one) is refused and changes nothing, while the same form with its token
works. Then the main pages, in Thai, over the demo cluster imported through the
page, with suggestions from the real matcher and one pair introduced: with
CLUSTERLINK_SCREENSHOTS_DIR set, they are the screenshots in docs/coordinators/.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
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

from clusterlink.demo import DEMO_FILE
from clusterlink.localinfra import Endpoints
from tests.conftest import SESSION_DB_PREFIX
from tests.support.browser import headless_chromium, screenshot
from tests.support.stack import RunningStack, running_stack

pytestmark = pytest.mark.integration

WIDTH = 1024  # a coordinator's laptop; the pages also read on a phone
CSRF_TH = "แบบฟอร์มนี้หมดอายุหรือไม่ได้มาจากแดชบอร์ดนี้"


@pytest.fixture(scope="module")
def stack(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    run_dir: Path = tmp_path_factory.mktemp("dashboard-pages")
    env = {"REGISTRY_GROUP_ID": f"test-{uuid.uuid4().hex[:8]}-registry"}
    with running_stack(infra, SESSION_DB_PREFIX + "dbp_", run_dir, env) as s:
        yield s


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    with headless_chromium(width=WIDTH, height=900) as driver:
        yield driver


@pytest.fixture
def erase_later(stack: RunningStack) -> Iterator[list[str]]:
    """SMEs a test made, erased after it, so later runs on the same broker are not matched with them."""
    made: list[str] = []
    yield made
    with _coordinator(stack) as api:
        for sme_id in made:
            api.delete(f"/v1/smes/{sme_id}")


def _coordinator(stack: RunningStack) -> httpx.Client:
    return httpx.Client(base_url=stack.registry_url, headers={"Authorization": f"Bearer {stack.api_key}"}, timeout=60)


def _gone(element: WebElement) -> bool:
    try:
        element.is_enabled()
    except WebDriverException:
        return True
    return False


def _press(driver: WebDriver, button: WebElement) -> None:
    """Press a form's button and wait until the next page has replaced this one."""
    page = driver.find_element(By.TAG_NAME, "html")
    button.click()
    WebDriverWait(driver, 120).until(lambda _: _gone(page))


def _main(driver: WebDriver) -> str:
    return str(driver.find_element(By.TAG_NAME, "main").text)


def _log_in(driver: WebDriver, stack: RunningStack) -> None:
    """On the login page: type the coordinator key and sign in."""
    driver.find_element(By.NAME, "key").send_keys(stack.api_key)
    _press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/dashboard/login'] button[type=submit]"))


def _signed_in(driver: WebDriver, stack: RunningStack, path: str) -> None:
    driver.get(f"{stack.registry_url}{path}")
    if urlsplit(driver.current_url).path == "/dashboard/login":
        _log_in(driver, stack)
    assert urlsplit(driver.current_url).path.startswith("/dashboard/")
    assert urlsplit(driver.current_url).path != "/dashboard/login"


def _fill(driver: WebDriver, values: dict[str, str]) -> None:
    for name, value in values.items():
        element = driver.find_element(By.NAME, name)
        if element.tag_name == "select":
            Select(element).select_by_value(value)
        else:
            element.clear()
            element.send_keys(value)


def test_without_a_session_a_page_leads_to_the_login_and_back(stack: RunningStack, browser: WebDriver) -> None:
    browser.delete_all_cookies()
    browser.get(f"{stack.registry_url}/dashboard/language/th?next=/dashboard/funnel")
    at = urlsplit(browser.current_url)
    assert at.path == "/dashboard/login" and parse_qs(at.query)["next"] == ["/dashboard/funnel"]
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "th"
    assert "เข้าสู่ระบบ" in _main(browser)
    screenshot(browser, "login-th", WIDTH)
    _log_in(browser, stack)
    assert urlsplit(browser.current_url).path == "/dashboard/funnel"
    # The session is the cookie: without it, the next page leads to the login again.
    browser.delete_all_cookies()
    browser.get(f"{stack.registry_url}/dashboard/smes")
    assert urlsplit(browser.current_url).path == "/dashboard/login"


def test_a_form_without_its_csrf_token_is_refused_and_changes_nothing(
    stack: RunningStack, browser: WebDriver, erase_later: list[str]
) -> None:
    uid = uuid.uuid4().hex[:8]
    _signed_in(browser, stack, "/dashboard/language/th?next=/dashboard/smes/new")
    form = "form[action='/dashboard/smes/new']"

    def attempt(sme_id: str, token: str | None) -> None:
        browser.get(f"{stack.registry_url}/dashboard/smes/new")
        _fill(browser, {
            "id": sme_id, "name": f"กลุ่มทอผ้าไหมบ้านนาโพธิ์ {uid}", "sub_cluster": "ageing_lifestyle_isan",
            "stage": "midstream", "province": "บุรีรัมย์", "offers": "ผ้าไหมมัดหมี่ทอมือ", "needs": "เส้นไหมพื้นบ้าน",
            "contact_email": f"{sme_id}@example.com", "language": "th",
        })  # fmt: skip
        # What a forged or stale page would send: the token removed, or another value in its place.
        if token is None:
            browser.execute_script(f'document.querySelector("{form} input[name=csrf_token]").remove()')
        elif token:
            browser.execute_script(f"document.querySelector(\"{form} input[name=csrf_token]\").value = '{token}'")
        _press(browser, browser.find_element(By.CSS_SELECTOR, f"{form} button[type=submit]"))

    missing, wrong, kept = (f"dbp-{kind}-{uid}" for kind in ("missing", "wrong", "kept"))
    attempt(missing, None)
    assert CSRF_TH in _main(browser)
    screenshot(browser, "refused-csrf-th", WIDTH)
    attempt(wrong, "x" * 43)
    assert CSRF_TH in _main(browser)
    attempt(kept, "")  # the token as the page gave it
    assert CSRF_TH not in _main(browser)
    erase_later.append(kept)
    with _coordinator(stack) as api:
        assert api.get(f"/v1/smes/{missing}").status_code == 404
        assert api.get(f"/v1/smes/{wrong}").status_code == 404
        assert api.get(f"/v1/smes/{kept}").status_code == 200

    # Signing out is a form too: without its token the session stays.
    browser.get(f"{stack.registry_url}/dashboard/smes")
    browser.execute_script(
        "document.querySelector(\"form[action='/dashboard/logout'] input[name=csrf_token]\").remove()"
    )
    _press(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/dashboard/logout'] button[type=submit]"))
    assert CSRF_TH in _main(browser)
    browser.get(f"{stack.registry_url}/dashboard/smes")
    assert urlsplit(browser.current_url).path == "/dashboard/smes"


def _demo_file(folder: Path, uid: str) -> tuple[Path, list[str]]:
    """The demo cluster with ids of this run's own (an erased id stays refused by the matcher)."""
    lines = [json.loads(line) for line in DEMO_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    for record in lines:
        record["id"] = f"{record['id']}-{uid}"
    path = folder / "demo-cluster.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    return path, [r["id"] for r in lines]


def _wait(check: Any, timeout_s: float, what: str) -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if found := check():
            return found
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


def _introduce_one_pair(stack: RunningStack, ids: list[str], tokens: dict[str, str]) -> None:
    """Both sides of a pair the matcher suggested say yes, through the notifier, as from their emails."""

    def suggested() -> tuple[str, str] | None:
        for buyer in ids:
            lists = httpx.get(
                f"{stack.matcher_url}/v1/smes/{buyer}/recommendations", params={"direction": "suppliers", "k": 1},
                headers={"Authorization": f"Bearer {stack.api_key}"}, timeout=30,
            )  # fmt: skip
            items = lists.json().get("items") if lists.status_code == 200 else None
            if items and items[0]["partner_id"] in tokens:
                return items[0]["partner_id"], buyer
        return None

    supplier, buyer = _wait(suggested, 180, "a suggested pair of the demo cluster")
    for side in (supplier, buyer):
        said = httpx.post(
            f"{stack.notifier_url}/v1/smes/{side}/answers",
            json={"decision": "accept", "suggestion_id": f"dbp-{supplier}-{buyer}", "supplier_id": supplier,
                  "buyer_id": buyer},
            headers={"Authorization": f"Bearer {tokens[side]}"}, timeout=30,
        )  # fmt: skip
        assert said.status_code == 200, said.text


def test_the_main_pages_in_thai_over_the_demo_cluster(
    stack: RunningStack, browser: WebDriver, erase_later: list[str], tmp_path: Path
) -> None:
    uid = uuid.uuid4().hex[:6]
    demo, ids = _demo_file(tmp_path, uid)
    _signed_in(browser, stack, "/dashboard/language/th?next=/dashboard/import")

    # The import page first checks the file only, then stores it: each line's report on the page.
    browser.find_element(By.ID, "f-file").send_keys(str(demo))
    browser.find_element(By.ID, "f-dry_run").click()
    _press(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/dashboard/import'] button[type=submit]"))
    assert browser.find_elements(By.CSS_SELECTOR, "main table tbody tr")
    screenshot(browser, "import-check-th", WIDTH)
    with _coordinator(stack) as api:
        assert api.get(f"/v1/smes/{ids[0]}").status_code == 404  # checked only: nothing stored
        imported = api.post("/v1/import", content=demo.read_bytes(), headers={"Content-Type": "application/x-ndjson"})
    assert imported.status_code == 200, imported.text
    erase_later.extend(ids)
    tokens = {r["id"]: r["sme_token"] for r in imported.json()["results"] if r.get("sme_token")}
    assert set(tokens) == set(ids)

    # One SME nobody can supply, for the page of SMEs with no suggestion.
    bells = f"dbp-bells-{uid}"
    with _coordinator(stack) as api:
        made = api.post("/v1/smes", json={
            "id": bells, "name": "วิสาหกิจชุมชนหล่อระฆังบ้านปะอาว", "sub_cluster": "ageing_lifestyle_isan",
            "stage": "downstream", "province": "Ubon Ratchathani", "offers": [],
            "needs": ["ระฆังทองเหลืองหล่อมือสำหรับวัด"], "contact_email": f"{bells}@example.com", "language": "th",
        })  # fmt: skip
    assert made.status_code == 201, made.text
    erase_later.append(bells)

    _introduce_one_pair(stack, ids, tokens)

    def funnel_has(stage: str) -> bool:
        browser.get(f"{stack.registry_url}/dashboard/funnel")
        html = browser.page_source
        total = re.search(rf'data-group="total">.*?<tfoot>.*?data-stage="{stage}">(\d+)<', html, re.S)
        return total is not None and int(total.group(1)) >= 1

    _wait(lambda: funnel_has("introduced"), 180, "the introduced pair in the funnel")
    screenshot(browser, "funnel-th", WIDTH)

    def unmatched_lists_the_bells() -> bool:
        browser.get(f"{stack.registry_url}/dashboard/unmatched")
        return f'data-sme="{bells}"' in browser.page_source

    _wait(unmatched_lists_the_bells, 120, "the SME nobody can supply on the unmatched page")
    pages = {
        "smes-th": ("/dashboard/smes", "วิสาหกิจชุมชนสวนกล้วยไข่คลองขลุง"),  # the demo's first SME, byte for byte
        "register-th": ("/dashboard/smes/new", "ลงทะเบียน"),
        "value-chain-th": ("/dashboard/value-chain", "ต้นน้ำ"),
        "unmatched-th": ("/dashboard/unmatched", "วิสาหกิจชุมชนหล่อระฆังบ้านปะอาว"),
        "gaps-th": ("/dashboard/gaps", "300"),
    }
    for name, (path, expected) in pages.items():
        browser.get(f"{stack.registry_url}{path}")
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "th"
        assert expected in browser.page_source, (path, _main(browser)[:500])
        screenshot(browser, name, WIDTH)
