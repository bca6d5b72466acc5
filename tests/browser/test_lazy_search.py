"""The search index is downloaded only when the reader starts a search (issue 11).

A page view — load, scroll, wait until the network is idle — asks for no search index at all;
focusing the search box asks for it once, and typing a word then finds results, in both languages.
"""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

INDEX = "search/search_index.json"
WORDS = {"en": "SuperPoD", "zh": "昇腾", "zh-hant": "昇騰"}


def _index_requests(page) -> list[str]:
    found: list[str] = []
    page.on("request", lambda r: found.append(r.url) if INDEX in r.url else None)
    return found


@pytest.mark.parametrize("path", ["", "timeline/"])
@pytest.mark.parametrize("lang", WORDS)
def test_page_view_requests_no_search_index(site, page_watch, lang, path):
    page = page_watch.page
    requests = _index_requests(page)
    page.goto(site.url + lang + "/" + path, wait_until="networkidle")
    page.mouse.wheel(0, 2000)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    assert requests == []
    page_watch.assert_clean()


@pytest.mark.parametrize("lang", WORDS)
def test_search_box_fetches_the_index_once_and_finds(site, page_watch, lang):
    page = page_watch.page
    requests = _index_requests(page)
    page.goto(site.url + lang + "/", wait_until="networkidle")
    assert requests == []
    box = page.locator("input.md-search__input")
    with page.expect_request(lambda r: INDEX in r.url):
        box.focus()
    box.press_sequentially(WORDS[lang])
    box.press("End")  # Material searches on key-up
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible(timeout=60_000)
    assert any(WORDS[lang].lower() in t.lower() for t in results.all_inner_texts())
    assert len(requests) == 1, requests
    page_watch.assert_clean()
