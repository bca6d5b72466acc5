"""The roadmap ledger: statuses against a fixed build date, the page's view model, and the real data."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gen.dates import parse_date
from gen.ledger import STATUSES, contradiction, shown_status
from gen.site.i18n import Catalogue
from gen.site.view_forecasts import forecasts_page
from gen.site.xref import xref
from gen.validate import check
from site_build import CODES

ROOT = Path(__file__).resolve().parents[1]
DAY = dt.date(2026, 12, 4)


@pytest.fixture(scope="module")
def checked():
    return check(ROOT)


@pytest.mark.parametrize("status, about, shown", [
    ("not_yet_due", "2027-Q4", "not_yet_due"), ("due", "2026-Q4", "due"), ("not_yet_due", "2026-Q4", "due"),
    ("kept", "2026-Q1", "kept"), ("missed", "2025-Q4", "missed"), ("unknown", "2025-06-10/..", "unknown"),
])
def test_shown_status_derives_open_forecasts_from_the_clock(status, about, shown):
    assert shown_status(status, parse_date(about), DAY) == shown


@pytest.mark.parametrize("status, about, new_date, fragment", [
    ("not_yet_due", "2026-Q1", None, "has begun"),
    ("not_yet_due", "2026-Q4", None, "has begun"),
    ("due", "2027-Q4", None, "has not begun"),
    ("due", "2025-Q4", None, "ended before"),
    ("missed", "2026-Q4", None, "has not ended"),
    ("kept_late", "2027", None, "has not ended"),
    ("moved", "2025-Q4", "2026-Q2", "new date 2026-Q2 has passed"),
])
def test_status_that_the_build_date_contradicts(status, about, new_date, fragment):
    found = contradiction(status, parse_date(about), parse_date(new_date) if new_date else None, DAY)
    assert found and fragment in found[0]


@pytest.mark.parametrize("status, about, new_date", [
    ("not_yet_due", "2027-Q4", None), ("due", "2026-Q4", None), ("kept", "2026-Q1", None),
    ("kept", "2027", None), ("missed", "2025-Q4", None), ("moved", "2025-Q4", "2027-Q1"), ("unknown", "2025", None),
])
def test_status_the_build_date_allows(status, about, new_date):
    assert contradiction(status, parse_date(about), parse_date(new_date) if new_date else None, DAY) is None


def test_every_status_is_named_and_defined_in_every_language(checked):
    for status in STATUSES:
        for key in (f"ledger.status.{status}", f"ledger.status.{status}.def"):
            assert key in checked.data.ui, key
            assert all(text.strip() for text in checked.data.ui[key].root.values()), key


def test_every_forecast_claim_is_in_the_ledger(checked):
    ds = checked.data
    forecasts = {cid for cid, c in ds.claims.items() if c.kind == "forecast"}
    assert forecasts == set(ds.forecasts)
    assert ds.claims["ascend-950pr-q1-next-year"].about == "2026-Q1"


@pytest.mark.parametrize("lang", CODES)
def test_ledger_page_lists_every_forecast_with_status_and_note(checked, lang):
    cat = Catalogue(checked.data.ui, lang)
    page = forecasts_page(xref(checked), cat, DAY)
    ids = [r["id"] for r in page["rows"]]
    assert "ascend-950pr-q1-next-year" in ids
    assert len(ids) == sum(c.kind == "forecast" for c in checked.data.claims.values())
    assert all(r["status"] in STATUSES and r["status_label"] and r["note"] for r in page["rows"])
    assert [s["status"] for s in page["legend"]] == list(STATUSES)
    assert sum(c["n"] for c in page["summary"]["counts"]) == len(ids)
    for c in page["summary"]["counts"]:  # the counts are the rows' statuses
        assert c["n"] == sum(r["status"] == c["status"] for r in page["rows"])
    assert [c["status"] for c in page["summary"]["counts"]] == [s for s in STATUSES if any(
        r["status"] == s for r in page["rows"])]
    dates = [checked.data.claims[i].about for i in ids]
    assert dates.index("2025") < dates.index("2027-Q4")  # ordered by due date


def test_outcomes_other_than_open_or_unknown_cite_evidence(checked):
    for cid, f in checked.data.forecasts.items():
        if f.status not in ("not_yet_due", "unknown"):
            assert f.evidence, cid
            assert all(len(e.excerpt.split()) <= 30 for e in f.evidence), cid


def test_status_changes_reach_the_corrections_log(checked):
    from gen import models
    from gen.site.view_evidence import corrections_page

    x = xref(checked)
    record = models.ForecastOutcome.model_validate({
        "claim": "atlas-960-superpod-q4-2027", "status": "moved", "new_date": "2028-Q2", "checked": "2027-09-01",
        "evidence": [{"url": "https://www.rcrwireless.com/x", "publisher": "RCR", "excerpt": "Delayed."}],
        "note": {"en": "Moved.", "zh": "已改期。"},
        "history": [{"date": "2027-09-01", "from": "not_yet_due", "to": "moved",
                     "why": {"en": "Huawei gave a new date.", "zh": "华为给出新日期。"}}]})
    x.data.forecasts["atlas-960-superpod-q4-2027"], saved = record, x.data.forecasts["atlas-960-superpod-q4-2027"]
    try:
        rows = corrections_page(x, Catalogue(checked.data.ui, "en"))
    finally:
        x.data.forecasts["atlas-960-superpod-q4-2027"] = saved
    row = next(r for r in rows if r["id"] == "atlas-960-superpod-q4-2027")
    assert (row["from"], row["to"], row["why"]) == ("Not yet due", "Moved", "Huawei gave a new date.")
    assert row["href"] == "../claims/atlas-960-superpod-q4-2027/"


@pytest.mark.parametrize("lang", CODES)
def test_claim_cards_of_followed_forecasts_show_the_ledger_status(checked, lang):
    from gen.site.view_claims import card
    cat, x = Catalogue(checked.data.ui, lang), xref(checked)
    for cid, record in checked.data.forecasts.items():
        status = card(x, cid, cat, "timeline/", today=dt.date(2026, 12, 4))["status"]
        assert status["label"] == cat[f"ledger.status.{status['status']}"]
        assert status["href"] == f"../forecasts/#forecast-{cid}"
    assert card(x, "atlas-950-superpod-q4-this-year", cat, "timeline/")["status"]["status"] == "missed"


def test_home_page_gives_the_ledger_counts_and_links_to_it(checked):
    from gen.site.view_home import home_page
    cat = Catalogue(checked.data.ui, "en")
    home = home_page(xref(checked), cat, DAY)
    assert home["ledger"]["href"] == "forecasts/"
    assert home["ledger"]["counts"] == forecasts_page(xref(checked), cat, DAY)["summary"]["counts"]
