"""Hostile data in a real browser: the site built with every printed string made hostile
(tests/hostile.py, fixture `hostile_site`) runs none of it — on load, on hover, or in search results.

Every live construct of the payload would set window.__xss or request x.png; both are watched.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from site_build import PREFIX
from site_build import CODES

LANGS = CODES


@pytest.fixture(scope="module")
def hostile_url(hostile_site, serve_dir_module):
    out, claim = hostile_site
    return serve_dir_module(out, PREFIX), claim


@pytest.fixture(scope="module")
def serve_dir_module():
    """serve_dir for a module: the hostile site is served once for all its tests."""
    import functools
    import threading
    from http.server import ThreadingHTTPServer

    from site_build import PrefixHandler

    servers = []

    def serve(directory, prefix):
        handler = functools.partial(PrefixHandler, directory=str(directory), url_prefix=prefix)
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}{prefix}"

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


def _pages(out, lang: str, claim: str) -> list[str]:
    """One page of every kind of the language build, found in the built site."""
    kinds: dict[str, str] = {}
    for path in sorted((out / lang).rglob("index.html")):
        rel = path.parent.relative_to(out / lang).as_posix()
        kind = rel.split("/")[0] if rel != "." else ""
        kinds.setdefault(kind, "" if rel == "." else rel + "/")
    return sorted(set(kinds.values()) | {f"claims/{claim}/", "404.html"})


def _assert_nothing_ran(page, requests: list[str], dialogs: list[str], where: str) -> None:
    assert page.evaluate("() => window.__xss") is None, where
    assert dialogs == [], where
    live = [u for u in requests if urlsplit(u).path.rsplit("/", 1)[-1] in ("x", "x.png")]
    assert live == [], (where, live)


@contextmanager
def _watched(browser):
    """A fresh page that records every request and every dialog (alert, confirm) it raises."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    requests, dialogs = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        yield page, requests, dialogs
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_runs_hostile_data(browser, hostile_site, hostile_url, lang):
    out, _ = hostile_site
    url, claim = hostile_url
    with _watched(browser) as (page, requests, dialogs):
        for path in _pages(out, lang, claim):
            page.goto(url + lang + "/" + path, wait_until="networkidle")
            # pointer and focus events on every element: any on* handler the data had planted would fire
            page.evaluate("""() => document.querySelectorAll('article *').forEach(el => {
                for (const type of ['mouseover', 'mouseenter', 'mousemove', 'focus']) {
                    el.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true}));
                }
            })""")
            _assert_nothing_ran(page, requests, dialogs, path)
        assert all(urlsplit(u).hostname == "127.0.0.1" for u in requests)


@pytest.mark.parametrize("lang", LANGS)
def test_search_results_show_hostile_data_as_text(browser, hostile_url, lang):
    url, _ = hostile_url
    with _watched(browser) as (page, requests, dialogs):
        page.goto(url + lang + "/")
        box = page.locator("input.md-search__input")
        box.click()
        ready = json.loads(page.locator("#__config").text_content())["translations"]["search.result.placeholder"]
        expect(page.locator(".md-search-result__meta")).to_have_text(ready, timeout=60_000)
        box.press_sequentially("onerror")
        box.press("End")
        expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=60_000)
        page.wait_for_timeout(300)
        _assert_nothing_ran(page, requests, dialogs, "search")
