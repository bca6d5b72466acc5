"""Browser test harness: Debian's Chromium driven by Playwright (sync API).

Fixtures
--------
browser       session: a headless Chromium Browser (``/usr/bin/chromium``).
serve_dir     factory: ``serve_dir(directory, prefix="/claimline/") -> url``
              serves ``directory`` over HTTP on 127.0.0.1 at a free port,
              under ``prefix`` only (anything else is 404); returns the
              base URL, e.g. ``http://127.0.0.1:41234/claimline/``.
page_watch    a fresh context + page that records console errors, page
              errors and every request whose host is not 127.0.0.1 (such
              requests are aborted, never sent). ``page_watch.assert_clean()``
              fails the test if anything was recorded.
page          shorthand for ``page_watch.page``.

Without /usr/bin/chromium (or without Playwright) the browser tests skip,
unless CLAIMLINE_REQUIRE_BROWSER=1 (set by tests/run when CI=true), where
they fail instead. Playwright never downloads a browser here: it is pointed
at Debian's chromium with ``executable_path``.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from site_build import PrefixHandler

CHROMIUM = Path(os.environ.get("CLAIMLINE_CHROMIUM", "/usr/bin/chromium"))

# Flags from the machine notes: headless, as root, and with no background
# networking (the machine's network is closed; without these Chromium keeps
# trying to reach outside hosts). Playwright's launch() also gives every
# browser a new, empty, temporary --user-data-dir of its own.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

LOCAL_HOSTS = frozenset({"127.0.0.1"})


def browser_required() -> bool:
    return os.environ.get("CLAIMLINE_REQUIRE_BROWSER") == "1"


def _unavailable(reason: str) -> None:
    if browser_required():
        pytest.fail(f"{reason} (CLAIMLINE_REQUIRE_BROWSER=1, so this is a failure)")
    pytest.skip(f"{reason}; set CLAIMLINE_REQUIRE_BROWSER=1 to make this a failure")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        _unavailable(f"{CHROMIUM} not found (Debian: apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - depends on the venv
        _unavailable(f"playwright is not importable: {exc}")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
        )
        try:
            yield browser
        finally:
            browser.close()


# --- static file server -----------------------------------------------------


# The handler lives in tests/site_build.py, shared with the session-wide site build.
_PrefixHandler = PrefixHandler


@dataclass
class ServedSite:
    server: ThreadingHTTPServer
    thread: threading.Thread
    base_url: str


@pytest.fixture
def serve_dir() -> Iterator[Callable[..., str]]:
    sites: list[ServedSite] = []

    def serve(directory: str | os.PathLike[str], prefix: str = "/claimline/") -> str:
        directory = Path(directory)
        if not directory.is_dir():
            raise FileNotFoundError(directory)
        if not prefix.startswith("/"):
            prefix = "/" + prefix
        if not prefix.endswith("/"):
            prefix += "/"
        handler = functools.partial(_PrefixHandler, directory=str(directory), url_prefix=prefix)
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        thread.start()
        port = server.server_address[1]
        site = ServedSite(server, thread, f"http://127.0.0.1:{port}{prefix}")
        sites.append(site)
        return site.base_url

    yield serve

    for site in sites:
        site.server.shutdown()
        site.server.server_close()
        site.thread.join(timeout=5)


# --- page with recorders ----------------------------------------------------


@dataclass
class PageWatch:
    page: Any
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return (
            [f"console error: {m}" for m in self.console_errors]
            + [f"page error: {m}" for m in self.page_errors]
            + [f"request to outside host: {u}" for u in self.outside_requests]
        )

    def assert_clean(self) -> None:
        problems = self.problems()
        assert not problems, "browser reported:\n  " + "\n  ".join(problems)


def _is_outside(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "chrome", "chrome-extension"):
        return False
    return parts.hostname not in LOCAL_HOSTS


@pytest.fixture
def page_watch(browser: Any) -> Iterator[PageWatch]:
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    watch = PageWatch(page)

    def on_route(route: Any) -> None:
        url = route.request.url
        if _is_outside(url):
            watch.outside_requests.append(url)
            route.abort("blockedbyclient")
        else:
            route.continue_()

    def on_console(msg: Any) -> None:
        if msg.type == "error":
            loc = msg.location or {}
            where = f" ({loc.get('url')}:{loc.get('lineNumber')})" if loc.get("url") else ""
            watch.console_errors.append(f"{msg.text}{where}")

    context.route("**/*", on_route)
    page.on("console", on_console)
    page.on("pageerror", lambda exc: watch.page_errors.append(str(exc)))
    # WebSockets are not routed by context.route(); record them here.
    page.on(
        "websocket",
        lambda ws: watch.outside_requests.append(ws.url) if _is_outside(ws.url) else None,
    )
    try:
        yield watch
    finally:
        context.close()


@pytest.fixture
def page(page_watch: PageWatch) -> Any:
    return page_watch.page

