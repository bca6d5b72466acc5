"""Rendering on the fixture dataset: key HTML in both languages, without MkDocs (fast)."""
import json
import re
import shutil
from pathlib import Path

import pytest

from gen.site.i18n import Catalogue
from gen.site.plan import plan
from gen.site.render import render
from gen.validate import check
from site_build import CODES

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "valid"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    root = tmp_path_factory.mktemp("render")
    shutil.copytree(FIXTURE / "data", root / "data")
    shutil.copy(ROOT / "data" / "ui.yaml", root / "data" / "ui.yaml")  # the real catalogue
    checked = check(root)
    assert not checked.problems.errors, [str(p) for p in checked.problems.errors]
    mp = pytest.MonkeyPatch()
    mp.setenv("CLAIMLINE_BUILD_DATE", "2026-11-23")
    out = {}
    for lang in CODES:
        cat = Catalogue(checked.data.ui, lang)
        out[lang] = {p.path: render(p, cat, lang) for p in plan(checked, lang, "https://example.org/")}
    mp.undo()
    return checked, out


def test_both_languages_have_the_same_pages(rendered):
    _, out = rendered
    assert set(out["en"]) == set(out["zh"])


def test_claim_permalinks_follow_ids(rendered):
    checked, out = rendered
    for cid in checked.data.claims:
        assert f"claims/{cid}/index.md" in out["en"]


def test_claim_page_shows_excerpt_translation_and_assessment(rendered):
    _, out = rendered
    en, zh = out["en"]["claims/fx-relative/index.md"], out["zh"]["claims/fx-relative/index.md"]
    assert "新系統算力是對手的1.7倍,能效達到對手的107%" in en and "新系統算力是對手的1.7倍,能效達到對手的107%" in zh
    assert "Our translation:" in en and "我们的译文" not in zh
    assert "简体字形（我们的转换）：" in zh and "新系统算力是对手的1.7倍" in zh
    badge = 'class="cl-verdict cl-verdict-consistent" href="../../ratings/#verdict-consistent">'
    assert badge + "Consistent<" in en and badge + "一致<" in zh
    assert 'href="https://example.org/fixture-check"' in en
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', en).group(1))
    assert ld["@type"] == "ClaimReview" and ld["itemReviewed"]["@type"] == "Claim"


def test_source_page_highlights_and_links_every_cited_excerpt(rendered):
    checked, out = rendered
    page = out["en"]["sources/fixture-a/index.md"]
    for (cid, i), _ in checked.matches.items():
        if checked.data.claims[cid].excerpts[i].source == "fixture-a":
            assert f'id="cite-{cid}-{i}"' in page
            assert f'href="../../claims/{cid}/"' in page
    assert 'class="cl-gap"' in page and 'class="cl-damage"' in page


def test_timeline_dates_speak_the_page_language(rendered):
    _, out = rendered
    assert 'on or after <time datetime="2025-07-26">26 July 2025</time>' in out["en"]["timeline/index.md"]
    assert '<time datetime="2025-07-26">2025年7月26日</time>或之后' in out["zh"]["timeline/index.md"]


def test_forecast_status_is_relative_to_the_build_date(rendered):
    _, out = rendered
    assert re.search(r"cl-status-(pending|due|open|overdue|past)", out["en"]["timeline/about/index.md"])


def test_comparison_lists_each_metric_once():
    from gen.site.view_entities import comparison_rows
    from gen.site.xref import xref
    checked = check(ROOT)
    for xid in checked.data.comparisons:
        rows = comparison_rows(xref(checked), xid, Catalogue(checked.data.ui, "en"), "x/")
        metrics = [r["key"] for r in rows]
        assert len(metrics) == len(set(metrics))


def test_timeline_has_each_month_heading_once_per_page(rendered):
    _, out = rendered
    for path in ("timeline/index.md", "timeline/about/index.md"):
        headings = re.findall(r"^### (.+)$", out["en"][path], re.M)
        assert len(headings) == len(set(headings)), headings


def test_chinese_pages_show_source_words_in_simplified_script():
    from gen.site.view_claims import figure_rows
    from gen.site.xref import xref
    checked = check(ROOT)
    x = xref(checked)
    zh = Catalogue(checked.data.ui, "zh", checked.data.glossary)
    for cid, claim in checked.data.claims.items():
        for row, fig in zip(figure_rows(x, cid, zh, "x/"), claim.figures):
            if fig.stated_as:
                assert row["amount"] == zh.words(fig.stated_as)


def test_every_claim_page_opens_with_the_card(rendered):
    checked, out = rendered
    for lang in CODES:
        for cid in checked.data.claims:
            page = out[lang][f"claims/{cid}/index.md"]
            body = page.split("\n---\n", 1)[1]
            first_html = re.search(r"^<[a-z]+[^>]*>", body, re.M).group(0)
            assert first_html.startswith('<section class="cl-claimcard"'), (lang, cid)
            card = body[body.index('<section class="cl-claimcard"'):body.index("</section>")]
            assert 'class="cl-who"' in card and "ratings/#" in card, (lang, cid)


def test_every_list_entry_names_who_and_how_it_stands(rendered):
    _, out = rendered
    for lang in CODES:
        for path in ("timeline/index.md", "claims/index.md", "index.md"):
            cards = re.findall(r'<article class="cl-card cl-entry".*?</article>', out[lang][path], re.S)
            assert cards, path
            for card in cards:
                assert 'class="cl-who"' in card and 'href="' in card and "ratings/#" in card, (lang, path, card)


def test_unassessed_claim_says_why_in_its_card(rendered):
    _, out = rendered
    page = out["en"]["claims/fx-rule-maker/index.md"]
    card = page[page.index('<section class="cl-claimcard"'):page.index("</section>")]
    assert "ratings/#not-assessed" in card and "An opinion with no checkable fact." in card
