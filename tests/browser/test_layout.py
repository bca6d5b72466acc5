"""Phones: every page kind at 390 px wide, in both languages, without sideways scrolling; the
comparison chart's labels and the filter selects at sizes a reader can read and hit; Chinese
search finds a product name typed without spaces (昇腾910B)."""
from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect
from site_build import CODES

PHONE = {"width": 390, "height": 844}
LANGS = CODES


@pytest.fixture(scope="module")
def kinds(data) -> dict[str, str]:
    """One page of every kind, picked from the data."""
    claim = next(c for c in sorted(data.claims) if data.claims[c].systems)
    c = data.claims[claim]
    actor = next(a for a in sorted(data.actors))
    return {"home": "", "timeline": "timeline/", "about": "timeline/about/", "systems": "systems/",
            "system": f"systems/{c.systems[0]}/", "compare": f"systems/compare/{min(data.comparisons)}/",
            "actors": "actors/", "actor": f"actors/{actor}/", "claims": "claims/", "claim": f"claims/{claim}/",
            "sources": "sources/", "source": f"sources/{c.excerpts[0].source}/",
            "disagreements": "disagreements/", "method": "method/", "downloads": "downloads/",
            "event": next((f"timeline/{e}/" for e in sorted(data.events)), "timeline/")}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, service_workers="block")
    context.route("**/*", lambda r: r.continue_() if "127.0.0.1" in r.request.url else r.abort())
    yield context.new_page()
    context.close()


WIDE = """() => [...document.querySelectorAll('.md-content *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
               && !e.closest('.md-typeset__scrollwrap, .cl-table-wrap'))
  .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className)"""


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_scrolls_sideways_on_a_phone(site, kinds, phone, lang):
    failures = []
    for kind, path in kinds.items():
        response = phone.goto(site.url + lang + "/" + path)
        if response is None or response.status != 200:
            continue  # a kind the data has none of (e.g. no event page layout)
        width = phone.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            failures.append(f"{kind} ({path}): {width} px wide; {phone.evaluate(WIDE)}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("lang", LANGS)
def test_comparison_chart_is_readable_on_a_phone(site, kinds, phone, lang):
    phone.goto(site.url + lang + "/" + kinds["compare"])
    sizes = phone.eval_on_selector_all(".cl-chart .cl-bar-label, .cl-chart-metric",
                                       "els => els.map(e => parseFloat(getComputedStyle(e).fontSize))")
    assert sizes and min(sizes) >= 12, sizes
    implied = phone.locator(".cl-bar-implied .cl-bar-fill").first
    assert "repeating-linear-gradient" in implied.evaluate("e => getComputedStyle(e).backgroundImage")
    assert phone.locator(".cl-bar-implied .cl-bar-label").first.inner_text()  # named, not only drawn


@pytest.mark.parametrize("lang", LANGS)
def test_filter_selects_are_big_enough_to_hit(site, kinds, phone, lang):
    phone.goto(site.url + lang + "/" + kinds["timeline"])
    heights = phone.eval_on_selector_all("form.cl-filters select", "els => els.map(e => e.getBoundingClientRect().height)")
    assert heights and min(heights) >= 44, heights


def test_chinese_search_finds_a_product_name_without_spaces(site, page_watch):
    page = page_watch.page
    page.goto(site.url + "zh/")
    box = page.locator("input.md-search__input")
    box.click()
    ready = json.loads(page.locator("#__config").text_content())["translations"]["search.result.placeholder"]
    expect(page.locator(".md-search-result__meta")).to_have_text(ready, timeout=60_000)
    box.press_sequentially("昇腾910B")
    box.press("End")
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible()
    assert any("910B" in text for text in results.all_inner_texts())
    page_watch.assert_clean()
