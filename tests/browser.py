"""Shared headless Chromium for browser tests and benchmarks (Selenium + Debian's chromedriver).

Needs the Debian packages `chromium` and `chromium-driver` and the PyPI package `selenium`.
`chromium_missing()` says why a test must be skipped; `open_browser()` starts a fresh
profile with networking side-channels off, and collects console errors.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1400,900",
]


def chromium_missing() -> Optional[str]:
    """Why browser tests cannot run here, or None when they can."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} not found: the setup script must run `apt-get install -y chromium chromium-driver`"
    if not Path(CHROMEDRIVER).exists():
        return f"{CHROMEDRIVER} not found: the setup script must run `apt-get install -y chromium-driver`"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium not installed: run `.venv/bin/pip install selenium`"
    return None


@contextmanager
def open_browser() -> Iterator["object"]:
    """A Selenium Chrome driver on Debian's chromium, with a throw-away profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="essgraph-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for f in FLAGS:
        opts.add_argument(f)
    opts.add_argument(f"--user-data-dir={profile}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(120)
    driver.set_script_timeout(120)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def console_errors(driver) -> list[str]:
    """Console messages of level SEVERE since the last call."""
    return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def wait_for(driver, js: str, timeout: float = 60.0, poll: float = 0.05):
    """Poll a JS expression until it is truthy; return its value."""
    end = time.monotonic() + timeout
    while True:
        value = driver.execute_script(f"return ({js});")
        if value:
            return value
        if time.monotonic() > end:
            raise TimeoutError(f"browser: `{js}` still false after {timeout} s")
        time.sleep(poll)


def screenshot(driver, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    driver.save_screenshot(str(path))
    return path
