"""The pages in a real browser: headless Debian Chromium driven by Playwright, against the server started on
a free local port over the database of tests/test_web_api.py. Each page is opened (no script errors, no
request leaving the machine), an event is followed from the Events table to its evidence in the article,
the injected article is checked to run nothing, and screenshots are saved (to a temporary folder, and to
$NEWSEVENTS_SCREENSHOTS when set).

Skipped, with the reason, where Chromium (/usr/bin/chromium, Debian's `chromium` package) or Playwright
cannot be had; CI installs Chromium (.ci/run) so that they run there."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlparse

import pytest

from tests.test_web_api import XSS, XSS_ID, build_web_db

CHROMIUM = os.environ.get("NEWSEVENTS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def web_db(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> str:
    return build_web_db(tmp_path_factory, corpus_dir)


@pytest.fixture(scope="module")
def server(web_db: str) -> Iterator[str]:
    import uvicorn

    from newsevents.web import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = create_app(web_db, allowed_hosts=["127.0.0.1", "localhost"])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's chromium package (apt-get install -y chromium)")
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    manager = sync_playwright().start()
    try:
        browser = manager.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=30_000)
    except Error as exc:
        manager.stop()
        pytest.skip(f"Chromium at {CHROMIUM} could not be launched: {str(exc).splitlines()[0]}")
    yield browser
    browser.close()
    manager.stop()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folders = [tmp_path_factory.mktemp("screenshots")]
    if os.environ.get("NEWSEVENTS_SCREENSHOTS"):
        folder = Path(os.environ["NEWSEVENTS_SCREENSHOTS"])
        folder.mkdir(parents=True, exist_ok=True)
        folders.append(folder)
    return folders


class Watch:
    """A page with its script errors, failed requests, dialogs and requests to other hosts recorded."""

    def __init__(self, browser: Any, base: str) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.set_default_timeout(10_000)
        self.page = self.context.new_page()
        self.base = base
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.outside: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("dialog", self._dialog)
        self.page.on("requestfailed", lambda req: self.errors.append(f"failed: {req.url}"))
        self.page.on("request", self._request)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _request(self, request: Any) -> None:
        if not request.url.startswith(self.base) and not request.url.startswith("data:"):
            self.outside.append(request.url)

    def open(self, path: str) -> Any:
        response = self.page.goto(self.base + path, wait_until="load")
        assert response is not None and response.status == 200, (path, response and response.status)
        return self.page

    def clean(self) -> None:
        assert not self.errors, self.errors
        assert not self.dialogs, f"a script ran: {self.dialogs}"
        assert not self.outside, f"requests left the machine: {self.outside}"

    def shoot(self, folders: list[Path], name: str) -> None:
        first = folders[0] / f"{name}.png"
        self.page.screenshot(path=str(first), full_page=True)
        for folder in folders[1:]:
            shutil.copy(first, folder / first.name)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watch(browser: Any, server: str) -> Iterator[Watch]:
    w = Watch(browser, server)
    yield w
    w.close()


def test_every_page_opens(watch: Watch, shots: list[Path]) -> None:
    page = watch.open("/")
    assert page.locator("#chart-quad svg rect").count() > 0
    assert page.locator("#chart-types svg rect").count() > 0
    assert page.locator("#dyads tbody tr").count() > 0
    watch.shoot(shots, "overview")

    page = watch.open("/events")
    assert page.locator("#events tbody tr").count() > 5
    watch.shoot(shots, "events")

    page = watch.open("/actors")
    first = page.locator("#actors tbody tr a").first
    first.click()
    page.wait_for_load_state("load")
    assert "/actors/" in page.url

    page = watch.open("/actors/" + quote("aviv kochavi"))
    assert page.locator("#network svg path.edge").count() > 0
    assert page.locator("#timeline svg circle").count() > 0
    naming = page.locator("#naming").inner_text()
    assert "Levant Voice" in naming and "Tehran Dispatch" in naming and "Kochavi" in naming
    watch.shoot(shots, "actor")
    page.locator("#network svg a circle.node").first.click()  # a counterpart opens its own page
    page.wait_for_load_state("load")
    assert "/actors/" in page.url and "kochavi" not in page.url

    page = watch.open("/actors/" + quote("code:ISRMIL", safe=""))
    assert "IDF" in page.locator("#naming").inner_text()

    page = watch.open("/map")
    assert page.locator("#map svg .land path").count() > 150
    assert page.locator("#map svg .points circle").count() > 0
    watch.shoot(shots, "map")

    page = watch.open("/stories")
    links = page.locator("#stories tbody a")
    if links.count():
        page.locator("#stories tbody tr", has_text="Meridian Wire").first.locator("a").click()
        page.wait_for_load_state("load")
        assert page.locator("section.outlet").count() >= 3
        watch.shoot(shots, "story")

    watch.open("/api")
    watch.clean()


def test_from_an_event_to_its_evidence(watch: Watch, shots: list[Path]) -> None:
    page = watch.open("/events?type=CONSULT&outlet=Meridian%20Wire")
    row = page.locator("#events tbody tr").first
    evidence = row.locator("a.evidence-link").inner_text().strip()
    row.locator("a.evidence-link").click()
    page.wait_for_load_state("load")
    url = urlparse(page.url)
    assert url.path.startswith("/articles/") and url.fragment.startswith("ev-")
    event_id = url.fragment[3:]
    focused = page.locator("#article-text .evidence.focus")
    assert focused.count() >= 1
    # the highlighted text is the evidence sentence the table showed, and it is on screen
    assert " ".join(focused.all_inner_texts()).split() == evidence.split()
    anchor = page.locator(f"#ev-{event_id}")
    assert anchor.is_visible() and "focus" in (anchor.get_attribute("class") or "")
    box = anchor.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]
    background = anchor.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator("#focus").inner_text().startswith(f"Event {event_id}")
    assert page.locator("#article-text .trigger.focus").count() == 1
    # the tooltip explains what is under the pointer
    page.locator("#article-text .trigger.focus").hover()
    tooltip = page.locator("#tooltip")
    assert tooltip.is_visible() and f"Event {event_id}: CONSULT" in tooltip.inner_text()
    watch.shoot(shots, "article-evidence")
    # a mention opens its actor
    page.locator("#article-text .ent[data-href]").first.click()
    page.wait_for_load_state("load")
    assert "/actors/" in page.url
    watch.clean()


def test_layers_can_be_hidden(watch: Watch) -> None:
    page = watch.open("/articles/meridian-20221122-kochavi-milley")
    text = page.locator("#article-text")
    page.locator('#layers input[data-layer="ent"]').uncheck()
    assert "hide-ent" in (text.get_attribute("class") or "")
    page.locator('#layers input[data-layer="evidence"]').check()
    assert "show-evidence" in (text.get_attribute("class") or "")
    watch.clean()


def test_injected_markup_runs_nothing(watch: Watch, shots: list[Path]) -> None:
    page = watch.open("/articles/" + quote(XSS_ID, safe=""))
    assert page.locator("#article-text").inner_text() == XSS["text"]
    assert page.locator("h1").inner_text() == XSS["title"]
    assert page.locator("img").count() == 0
    assert page.locator("#article-text script, #article-text b, #article-text i").count() == 0
    assert page.locator("[onmouseover], [onfocus], [onerror]").count() == 0
    # hover over and move across the whole text: no handler fires
    for span in page.locator("#article-text .ann").all()[:20]:
        span.hover()
    watch.shoot(shots, "article-injection")
    for path in ("/events?outlet=" + quote(XSS["outlet"]), "/", "/map", "/stories", "/actors/Q794"):
        page = watch.open(path)
        assert page.locator("img").count() == 0
    page = watch.open("/events?outlet=" + quote(XSS["outlet"]))
    assert XSS["outlet"] in page.locator("#events").inner_text()
    page.locator("#events a.evidence-link").first.click()
    page.wait_for_load_state("load")
    assert unquote(urlparse(page.url).path) == f"/articles/{XSS_ID}"
    watch.clean()
