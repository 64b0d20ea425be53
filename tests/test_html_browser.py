"""The HTML report opened in a real browser (headless Chromium driven by selenium): no console error, every
thumbnail decoded, the verdict shown, the overview sorted and filtered by clicks.

Set ESORCHECK_SCREENSHOTS=DIR to keep the screenshots (desktop and phone width) for a look by eye.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import checked, expects, find_truth, is_complete

from esorcheck.render.html import render_batch, render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
DRIVER = shutil.which("chromedriver")

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None or DRIVER is None,
                       reason="Chromium and its driver are not installed (apt-get install chromium chromium-driver)"),
]
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,1600"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=DRIVER))
    yield driver
    driver.quit()


def _open(browser, page: str, path: Path) -> None:
    path.write_text(page, encoding="utf-8")
    browser.get(path.as_uri())
    browser.get_log("browser")  # what an earlier page logged is not this page's


def _decoded(browser) -> list[bool]:
    """Whether each picture decodes; the lazy ones below the fold are asked for first, as scrolling would."""
    return browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "const images = Array.from(document.images); images.forEach(i => { i.loading = 'eager'; });"
        "Promise.all(images.map(i => i.decode().then(() => i.naturalWidth > 0, () => false))).then(done);")


def _console_errors(browser) -> list[str]:
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def _screenshots(browser, name: str) -> None:
    folder = os.environ.get("ESORCHECK_SCREENSHOTS")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    for width, label in ((1200, "desktop"), (390, "phone")):
        browser.set_window_size(width, 1600)
        browser.save_screenshot(str(Path(folder) / f"{name}-{label}.png"))
    browser.set_window_size(1200, 1600)


def test_one_packet_in_the_browser(browser, tmp_path):
    report = checked(find_truth("aim-china", expects("document.unexpected")))
    _open(browser, render_html(report), tmp_path / "report.html")
    assert _console_errors(browser) == []
    decoded = _decoded(browser)
    assert len(decoded) == report.pages and all(decoded)
    text = browser.find_element("tag name", "body").text
    assert report.status.upper() in text and "What the call asks for" in text
    assert browser.execute_script("return document.documentElement.lang") == "en"
    _screenshots(browser, "packet")


def test_a_batch_in_the_browser_sorts_and_filters(browser, tmp_path):
    reports = [checked(find_truth("aim-china", expects(code))) for code in ("document.missing", "document.unexpected", "eligibility.age")]
    reports.append(checked(find_truth("aim-china", is_complete)))
    _open(browser, render_batch(reports), tmp_path / "batch.html")
    assert _console_errors(browser) == []
    decoded = _decoded(browser)
    assert len(decoded) == sum(r.pages for r in reports if r.sections) and all(decoded)

    def column(n: int) -> list[str]:
        return browser.execute_script(
            f"return Array.from(document.querySelectorAll('#overview tbody tr'))"
            f".filter(r => r.offsetParent !== null).map(r => r.cells[{n}].textContent.trim())")

    errors_button = browser.find_element("css selector", "#overview thead th:nth-child(4) button")
    errors_button.click()
    assert column(3) == sorted(column(3), key=int)
    errors_button.click()
    assert column(3) == sorted(column(3), key=int, reverse=True)
    browser.find_element("css selector", "#overview thead th:nth-child(1) button").click()
    assert column(0) == sorted(column(0), key=str.lower)

    browser.find_element("id", "needs-action").click()
    statuses = column(2)
    assert statuses and not any("complete" == s.split()[-1] for s in statuses)
    assert len(statuses) == sum(r.status != "complete" for r in reports)
    assert _console_errors(browser) == []
    browser.find_element("id", "needs-action").click()
    _screenshots(browser, "batch")
