"""Headless Chromium (Debian's `chromium` and `chromedriver`) driven by Selenium, phone-sized."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# Where screenshots of the pages go when asked for (docs/entrepreneurs/ holds the published ones).
SCREENSHOTS_ENV = "CLUSTERLINK_SCREENSHOTS_DIR"


@contextmanager
def headless_chromium(width: int = 412, height: int = 915) -> Iterator[WebDriver]:
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}", "--lang=th"):  # fmt: skip
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(driver: WebDriver, name: str, width: int = 412) -> None:
    """A full-page PNG, only when CLUSTERLINK_SCREENSHOTS_DIR names a folder (phone-wide unless told)."""
    folder = os.environ.get(SCREENSHOTS_ENV)
    if not folder:
        return
    height = driver.execute_script("return document.body.scrollHeight")
    # The window is taller than the page it shows (headless Chromium keeps room for its frame).
    frame = driver.execute_script("return window.outerHeight - window.innerHeight")
    driver.set_window_size(width, min(int(height) + int(frame) + 40, 3000))
    Path(folder).mkdir(parents=True, exist_ok=True)
    driver.find_element(By.TAG_NAME, "body").screenshot(str(Path(folder) / f"{name}.png"))
    driver.set_window_size(width, 915)
