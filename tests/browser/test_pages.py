"""The built site in Chromium, as a reader uses it, in every language.

Pages load with no console or page errors and no request off 127.0.0.1; axe-core finds no
serious or critical problem; the language switch keeps the page; search works in Chinese
and English; the timeline filters work with JavaScript and the list is whole without it.
The site is built once per session (tests/conftest.py) under a PR-preview-like sub-path.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from walk import each_pager_page
from site_build import LANGS, PREFIX

KINDS = ("home", "timeline", "system", "claim", "source", "ratings")
SCREENSHOT = Path(__file__).with_name("screenshot-home.png")
# axe findings that come from Material for MkDocs itself, not from our templates or CSS:
AXE_IGNORED = {
    # Material's search panel (partials/search.html) is role="dialog" without a name; naming
    # it would mean forking that partial. Its input has aria-label="Search", so it is usable.
    ("aria-dialog-name", ".md-search"),
}


@pytest.fixture(scope="module")
def paths(data) -> dict[str, str]:
    """Site-relative paths of one page of each kind, picked from the data (not hard-coded)."""
    claim = next((c for c in sorted(data.claims) if data.claims[c].systems), min(data.claims))
    c = data.claims[claim]
    system = c.systems[0] if c.systems else min(data.systems)
    return {"home": "", "timeline": "timeline/", "system": f"systems/{system}/",
            "claim": f"claims/{claim}/", "source": f"sources/{c.excerpts[0].source}/", "ratings": "ratings/"}


def serious_violations(page) -> list[str]:
    found = []
    for v in Axe().run(page).response["violations"]:
        nodes = [n for n in v["nodes"] if (v["id"], n["target"][0]) not in AXE_IGNORED]
        if v["impact"] in ("serious", "critical") and nodes:
            found += [f"{v['id']} ({v['impact']}): {n['target']} {n['failureSummary']}" for n in nodes]
    return found


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", LANGS)
def test_page_loads_clean_and_accessible(site, paths, page_watch, lang, kind):
    page = page_watch.page
    response = page.goto(site.url + lang + "/" + paths[kind], wait_until="networkidle")
    assert response is not None and response.status == 200
    assert page.get_attribute("html", "lang") == LANGS[lang]
    violations = serious_violations(page)
    assert not violations, "axe:\n" + "\n".join(violations)
    if lang == "en" and kind == "home" and os.environ.get("CLAIMLINE_SCREENSHOT") == "1":
        page.screenshot(path=SCREENSHOT, full_page=True)
    page_watch.assert_clean()  # also after axe: the bundled axe.min.js makes no request


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", LANGS)
def test_language_switch_keeps_the_page(site, paths, page_watch, lang, kind):
    page = page_watch.page
    order = list(LANGS)
    other = order[(order.index(lang) + 1) % len(order)]  # each language switches to the next
    page.goto(site.url + lang + "/" + paths[kind])
    page.locator(".md-header .md-select > button").click()
    page.locator(f'.md-select__link[hreflang="{LANGS[other]}"]').click()
    page.wait_for_url(f"**{PREFIX}{other}/**")
    assert urlsplit(page.url).path == PREFIX + other + "/" + paths[kind]
    assert page.get_attribute("html", "lang") == LANGS[other]
    page_watch.assert_clean()


# 點名: jieba's Simplified dictionary alone cut it apart on Traditional pages (search_segment)
@pytest.mark.parametrize(("lang", "word"), [("zh", "超节点"), ("zh", "昇腾"), ("en", "SuperPoD"), ("zh-hant", "超節點"), ("zh-hant", "昇騰"),
                                            ("zh-hant", "輝達"), ("zh-hant", "昇騰910B"), ("zh-hant", "點名")])
def test_search_finds_a_known_word(site, page_watch, lang, word):
    page = page_watch.page
    page.goto(site.url + lang + "/")
    box = page.locator("input.md-search__input")
    box.click()
    ready = json.loads(page.locator("#__config").text_content())["translations"]["search.result.placeholder"]
    expect(page.locator(".md-search-result__meta")).to_have_text(ready, timeout=60_000)  # index loaded
    box.press_sequentially(word)  # Chinese arrives as text input, as from an input method,
    box.press("End")  # and Material searches on key-up: the key that ends the input
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible()
    # the index separates Chinese words with U+200B (昇騰\u200b910B): a reader sees the word whole
    assert any(word.lower() in text.replace("\u200b", "").lower() for text in results.all_inner_texts())
    hrefs = results.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert hrefs and all(urlsplit(h).path.startswith(PREFIX + lang + "/") for h in hrefs), hrefs
    page_watch.assert_clean()


def _choose(entries: list[dict], key: str, values: list[str]) -> str | None:
    """An option that shows some entries and hides others (else any that shows some)."""
    counts = {v: sum(v in e[key].split() for e in entries) for v in values if v}
    ranked = sorted(counts, key=lambda v: (not 0 < counts[v] < len(entries), counts[v] == 0))
    return ranked[0] if ranked and counts[ranked[0]] else None


@pytest.mark.parametrize("lang", LANGS)
def test_timeline_filters(site, page_watch, lang):
    page = page_watch.page
    page.goto(site.url + lang + "/timeline/")
    form = page.locator("form.cl-filters")
    expect(form).to_be_visible()
    read = "els => els.map(e => ({kind: e.dataset.kind, actor: e.dataset.actor, shown: e.checkVisibility()}))"
    entries = page.eval_on_selector_all(".cl-entry", read)
    total = len(entries)
    count = form.locator(".cl-filter-count")
    expect(count).to_have_text(f"{total} / {total}")
    tried = 0
    for key in ("kind", "actor"):
        select = form.locator(f'select[name="{key}"]')
        value = _choose(entries, key, select.locator("option").evaluate_all("os => os.map(o => o.value)"))
        if value is None:
            continue
        select.select_option(value)
        wanted = [value in e[key].split() for e in entries]
        expect(count).to_have_text(f"{sum(wanted)} / {total}")
        shown = [e["shown"] for e in page.eval_on_selector_all(".cl-entry", read)]
        assert shown == wanted, f"{key}={value}"
        select.select_option("")
        expect(count).to_have_text(f"{total} / {total}")
        tried += 1
    assert tried, "no kind or actor option matches any timeline entry"
    page_watch.assert_clean()


@pytest.mark.parametrize("lang", LANGS)
def test_timeline_without_javascript_lists_every_entry(browser, site, data, lang):
    context = browser.new_context(java_script_enabled=False, service_workers="block")
    try:
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        shown = 0
        for url in each_pager_page(page, site.url + lang + "/timeline/"):  # every page of the timeline
            expect(page.locator("form.cl-filters")).to_be_hidden()
            entries = page.locator(".cl-entry")
            assert entries.evaluate_all("els => els.every(e => e.checkVisibility())"), url
            shown += entries.count()
        assert shown == len(data.claims) + len(data.events)
        assert all(urlsplit(u).hostname == "127.0.0.1" for u in requests), requests
    finally:
        context.close()
