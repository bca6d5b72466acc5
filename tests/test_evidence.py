"""Evidence: the publisher register, speech labels, verdict history and the corrections page,
on the fixture dataset (views) and on the real data (the named fixes stay fixed)."""
from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from gen.evidence import QUOTE_MARKS, host_of, publisher_of
from gen.models import Bilingual
from gen.report import run_check
from gen.site.i18n import Catalogue
from gen.site.plan import plan
from gen.site.render import render
from gen.site.view_evidence import citation, corrections_page, speech
from gen.site.xref import xref
from gen.validate import check
from site_build import CODES

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "valid"


@pytest.fixture(scope="module")
def fixture_checked(tmp_path_factory):
    root = tmp_path_factory.mktemp("evidence")
    shutil.copytree(FIXTURE / "data", root / "data")
    shutil.copy(ROOT / "data" / "ui.yaml", root / "data" / "ui.yaml")
    checked = check(root)
    assert not checked.problems.errors, [str(p) for p in checked.problems.errors]
    return checked


@pytest.fixture(scope="module")
def real():
    return check(ROOT)


def test_host_matching_takes_subdomains_and_the_longest_registration(fixture_checked):
    ds = fixture_checked.data
    assert host_of("https://WWW.Example.org./a") == "www.example.org"
    assert publisher_of(ds, "https://news.example.org/x").host == "example.org"
    assert publisher_of(ds, "https://notexample.org/x") is None


def test_citation_shows_register_name_and_tier(fixture_checked):
    x = xref(fixture_checked)
    e = x.data.claims["fx-relative"].assessment.external[0]
    en = citation(x, e, Catalogue(x.data.ui, "en"))
    zh = citation(x, e, Catalogue(x.data.ui, "zh"))
    assert (en["title"], en["publisher"], en["tier"], en["tier_label"]) == ("Fixture Review", None, "press", "press")
    assert (zh["publisher"], zh["tier_label"]) == ("测试评测", "新闻媒体")  # the register's Chinese name
    assert en["note"] is None  # only an aggregator's note (which names the original) is shown


MIRROR_NOTE = Bilingual(en="Mirror of Fixture Review; original: example.org.", zh="测试评测的镜像；原文：example.org。")


@pytest.fixture(scope="module")
def mirrored(fixture_checked):
    """The fixture with its one cited host registered as a mirror whose note names the original."""
    ds = fixture_checked.data
    pubs = [p.model_copy(update={"tier": "aggregator", "note": MIRROR_NOTE}) for p in ds.publishers]
    return dataclasses.replace(fixture_checked, data=dataclasses.replace(ds, publishers=pubs))


def test_aggregator_note_is_in_the_page_language(mirrored):
    x = xref(mirrored)
    e = x.data.claims["fx-relative"].assessment.external[0]
    notes = {lang: citation(x, e, Catalogue(x.data.ui, lang))["note"] for lang in CODES}
    assert notes["en"] == "Mirror of Fixture Review; original: example.org."
    assert notes["zh"] == "测试评测的镜像；原文：example.org。"
    for lang in CODES:  # a converted language gets the Chinese text in its own script, never the English
        cat = Catalogue(x.data.ui, lang)
        assert notes[lang] == cat.pick(MIRROR_NOTE) and (notes[lang] == MIRROR_NOTE.en) == (cat.text == "en"), lang
        page = next(render(p, cat, lang) for p in plan(mirrored, lang, "https://example.org/")
                    if p.path == "claims/fx-relative/index.md")
        assert 'cl-tier-aggregator' in page and f" ({notes[lang]})</p>" in page, lang  # no English-only span


def test_speech_labels_our_translation(fixture_checked):
    ds = fixture_checked.data
    cat = Catalogue(ds.ui, "en")
    verbatim = speech(ds.claims["fx-founder"], cat)
    assert verbatim["translation_label"] == "Our translation:"
    assert "own words" in verbatim["speech_note"]
    reported = speech(ds.claims["fx-founder"].model_copy(update={"speech": "reported-translation"}), cat)
    assert reported["translation_label"] == "Our translation of the source's translation:"
    assert speech(ds.claims["fx-chip-count"], cat)["speech_note"] is None


def test_corrections_page_lists_each_change(fixture_checked):
    x = xref(fixture_checked)
    rows = corrections_page(x, Catalogue(x.data.ui, "en"))
    assert [(r["id"], r["from"], r["to"]) for r in rows] == [("fx-relative", "Unverifiable", "Consistent")]
    assert rows[0]["href"] == "../claims/fx-relative/"


def test_claim_and_corrections_pages_render(fixture_checked):
    for lang in CODES:
        cat = Catalogue(fixture_checked.data.ui, lang)
        pages = {p.path: render(p, cat, lang) for p in plan(fixture_checked, lang, "https://example.org/")}
        claim = pages["claims/fx-relative/index.md"]
        assert 'class="cl-tier cl-tier-press"' in claim and 'class="cl-history"' in claim
        assert "cl-checked" in claim
        assert 'class="cl-said-basis"' in pages["claims/fx-founder/index.md"]
        assert "ratings/#not-assessed" in pages["claims/fx-rule-maker/index.md"]  # the reason is in the claim card
        assert "claims/fx-relative/" in pages["corrections/index.md"]


def test_publishers_file_required_when_citing(tmp_path, capsys):
    root = tmp_path / "p"
    shutil.copytree(FIXTURE, root)
    (root / "data" / "publishers.yaml").unlink()
    assert run_check(root) == 1
    assert "data/publishers.yaml:1: data/publishers.yaml not found, but assessments cite" in capsys.readouterr().out


def test_quote_marks_rule_spares_apostrophes():
    assert not QUOTE_MARKS.search("Huawei's chips, NVIDIA's and the A100's")
    assert QUOTE_MARKS.search("he said 'a rival'") and QUOTE_MARKS.search("称“对手不是敌人”")


# --- the real data -------------------------------------------------------------------------

def test_every_cited_host_is_registered_and_every_quote_classified(real):
    ds = real.data
    for cid, c in ds.claims.items():
        for e in (c.assessment.external if c.assessment else []):
            assert publisher_of(ds, e.url), (cid, e.url)
        if c.kind == "quote":
            assert c.speech, cid
    assert not real.problems.errors


def test_named_fixes(real):
    ds = real.data
    c = ds.claims["huang-huawei-replace-matter-of-time"]
    assert c.assessment.verdict == "consistent" and c.said == "2025-07-16"
    assert [(h.from_, h.to) for h in c.assessment.history] == [("unverifiable", "consistent")]
    assert any("ettoday.net" in e.url for e in c.assessment.external)
    atlas = ds.claims["atlas-950-superpod-q4-this-year"]
    assert atlas.said_by is None and "reports" in atlas.statement.en
    for cid in ("huang-huawei-innovative-large", "huang-huawei-bigger", "huang-competitor-not-enemy"):
        assert ds.claims[cid].said == "2025-07-20" and ds.claims[cid].said_basis, cid


def test_no_back_translation_in_quotation_marks(real):
    for cid, c in real.data.claims.items():
        if c.speech and c.speech != "verbatim":
            assert not QUOTE_MARKS.search(c.statement.en + c.statement.zh), cid


def test_crosschecks_order_answers_by_when_said(fixture_checked):
    from gen.site.view_evidence import crosschecks

    x = xref(fixture_checked)
    [q] = crosschecks(x, Catalogue(x.data.ui, "zh"), "disagreements/")
    assert q["question"] == "公司有什么？"
    assert [r["claim"]["id"] for r in q["rows"]] == ["fx-next-chip", "fx-chip-count"]  # July before on-or-after 26 July
    assert q["rows"][0]["source_href"] == "../sources/fixture-b/"


def test_real_crosschecks_span_all_five_sources(real):
    gap = real.data.crosschecks["huawei-chip-gap"]
    sources = {ex.source[:3] for p in gap.placements for ex in real.data.claims[p.claim].excerpts}
    assert sources == {"000", "001", "002", "003", "004"}
