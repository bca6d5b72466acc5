"""Verdicts and forecast statuses: definitions for every badge, and no status that contradicts a verdict."""
import datetime as dt
from pathlib import Path

import pytest

from gen.dates import parse_date
from gen.site.i18n import Catalogue
from gen.site.ratings import STATUSES, VERDICTS, derived_reason, forecast_status, ratings_page, status_href, verdict_href
from gen.validate import check
from site_build import CODES

ROOT = Path(__file__).resolve().parents[1]
CHECKED = check(ROOT)
TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("about, verdict, status", [
    ("2027-Q4", None, "pending"), ("2027-Q4", "consistent", "pending"),
    ("2026-11", None, "due"), ("../2027-06", None, "due"),
    ("2025-Q4", None, "overdue"), ("2025-Q4", "inaccurate", "past"), ("2025", "unverifiable", "past"),
    ("2025-06-10/..", None, "open"), ("2027-01-01/..", None, "pending"),
])
def test_forecast_status(about, verdict, status):
    assert forecast_status(parse_date(about), TODAY, verdict) == status


@pytest.mark.parametrize("verdict", [None, *VERDICTS])
@pytest.mark.parametrize("about", ["2027-Q4", "2026-11", "2025-Q4", "2025-06-10/..", "../2025-09", "../2027"])
def test_status_never_contradicts_the_verdict(about, verdict):
    status = forecast_status(parse_date(about), TODAY, verdict)
    assert status in STATUSES
    assert not (verdict and status == "overdue"), "'not yet assessed' beside a verdict"
    assert not (verdict is None and status == "past"), "'past due' without the verdict that says how it stands"
    if parse_date(about).latest is None:
        assert status != "due", "'due now' on a forecast without a deadline"


def test_real_forecasts_have_a_status_that_fits_their_verdict():
    ds = CHECKED.data
    for cid, c in ds.claims.items():
        if c.kind == "forecast":
            verdict = c.assessment.verdict if c.assessment else None
            status = forecast_status(parse_date(c.about), TODAY, verdict)
            assert (status == "overdue") <= (verdict is None), cid


@pytest.mark.parametrize("lang", CODES)
def test_ratings_page_defines_every_verdict_and_status(lang):
    page = ratings_page(Catalogue(CHECKED.data.ui, lang), TODAY)
    assert [v["verdict"] for v in page["verdicts"]] == list(VERDICTS)
    assert [s["status"] for s in page["statuses"]] == list(STATUSES)
    assert all(v["definition"] for v in page["verdicts"] + page["statuses"])
    assert page["not_assessed"]["id"] == "not-assessed" and page["not_assessed"]["reasons"]
    assert "2026" in page["as_of"]


def test_badges_link_to_their_definitions():
    assert verdict_href("claims/x/", "inaccurate") == "../../ratings/#verdict-inaccurate"
    assert verdict_href("", None) == "ratings/#not-assessed"
    assert status_href("timeline/about/", "open") == "../../ratings/#forecast-open"


def test_no_verdict_has_a_reason_from_its_kind():
    assert derived_reason("opinion", None) == "rating.reason_opinion"
    assert derived_reason("forecast", "pending") == "rating.reason_forecast_pending"
    assert derived_reason("spec", None) == "rating.reason_unchecked"
    ui = CHECKED.data.ui
    for status in STATUSES:
        assert f"rating.reason_forecast_{status}" in ui
