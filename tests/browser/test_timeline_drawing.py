"""The drawn timeline in Chromium: readable and accessible at 390 and 1280 px, every claim a link,
filters in the URL, no JavaScript needed."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from test_pages import serious_violations
from walk import each_pager_page
from site_build import CODES

LANGS = CODES
PAGES = {"home": "", "timeline": "timeline/", "about": "timeline/about/"}

# smallest rendered size (CSS px) of any text in a drawing: SVG text scaled by the drawing's zoom
SIZES = """() => Array.from(document.querySelectorAll('figure.cl-tl')).map(fig => {
  const svg = fig.querySelector(".cl-tl-canvas > svg");
  const zoom = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const svgText = Array.from(svg.querySelectorAll('text')).map(t => parseFloat(getComputedStyle(t).fontSize) * zoom);
  const html = Array.from(fig.querySelectorAll('.cl-tl-names span, .cl-tl-legend li, figcaption'))
    .map(e => parseFloat(getComputedStyle(e).fontSize));
  return {svg: Math.min(...svgText), html: Math.min(...html), zoom: zoom};
})"""


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("kind", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_drawing_is_on_the_page_readable_and_the_page_never_scrolls_sideways(browser, site, lang, kind, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, service_workers="block")
    try:
        page = context.new_page()
        page.goto(site.url + lang + "/" + PAGES[kind], wait_until="networkidle")
        expect(page.locator(".cl-tl-canvas > svg")).to_be_visible()
        # settled layout: the theme's script may still be arranging the page right after load on a busy machine
        page.wait_for_function(f"document.documentElement.scrollWidth <= {width}", timeout=10_000)
        for fig in page.evaluate(SIZES):
            assert fig["zoom"] == pytest.approx(1, abs=.01), "the drawing is drawn 1:1, never shrunk"
            assert fig["svg"] >= 11.95 and fig["html"] >= 12, fig  # 12 px, sub-pixel layout rounding aside
        violations = serious_violations(page)
        assert not violations, "axe:\n" + "\n".join(violations)
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_every_claim_is_a_link_in_the_timeline_drawing(site, data, page_watch, lang):
    page = page_watch.page
    hrefs = []
    for _ in each_pager_page(page, site.url + lang + "/timeline/"):  # every page of the timeline
        hrefs += page.locator("a.cl-mark").evaluate_all("as => as.map(a => a.href.baseVal ?? a.href)")
    ids = sorted(urlsplit(h).path.rstrip("/").rsplit("/", 1)[-1] for h in hrefs if "/claims/" in h)
    assert ids == sorted(data.claims)
    names = page.locator("a.cl-mark title").all_text_contents()
    assert names and all(n.strip() for n in names)
    page_watch.assert_clean()


def _shown_marks(page) -> list[dict]:
    return page.eval_on_selector_all(
        "a.cl-mark", "as => as.map(a => ({verdict: a.dataset.verdict, actor: a.dataset.actor, shown: a.checkVisibility()}))")


@pytest.mark.parametrize("lang", LANGS)
def test_filters_act_on_the_drawing_and_live_in_the_url(site, page_watch, lang):
    page = page_watch.page
    page.goto(site.url + lang + "/timeline/")
    marks = _shown_marks(page)
    assert all(m["shown"] for m in marks)
    verdict = next(v for v in ("disputed", "inaccurate", "consistent") if any(m["verdict"] == v for m in marks))
    page.locator('form.cl-filters select[name="verdict"]').select_option(verdict)
    assert [m["shown"] for m in _shown_marks(page)] == [m["verdict"] == verdict for m in marks]
    assert parse_qs(urlsplit(page.url).query) == {"verdict": [verdict]}
    other_view = page.locator(".cl-views a").first.get_attribute("href")
    assert other_view.endswith("?verdict=" + verdict)  # the other view keeps the filter
    shared = page.url
    page.goto("about:blank")
    page.goto(shared)  # a shared link opens the same filtered view
    expect(page.locator('form.cl-filters select[name="verdict"]')).to_have_value(verdict)
    assert [m["shown"] for m in _shown_marks(page)] == [m["verdict"] == verdict for m in marks]
    entries = page.eval_on_selector_all(".cl-entry", "es => es.map(e => [e.dataset.verdict, e.checkVisibility()])")
    assert all(shown == (v == verdict) for v, shown in entries)
    page_watch.assert_clean()


@pytest.mark.parametrize("lang", LANGS)
def test_drawing_without_javascript_shows_every_mark(browser, site, lang):
    context = browser.new_context(java_script_enabled=False, service_workers="block")
    try:
        page = context.new_page()
        page.goto(site.url + lang + "/timeline/")
        marks = page.locator("a.cl-mark")
        assert marks.count() > 0
        assert marks.evaluate_all("as => as.every(a => a.checkVisibility())")
        expect(page.locator(".cl-tl-legend")).to_be_visible()
    finally:
        context.close()
