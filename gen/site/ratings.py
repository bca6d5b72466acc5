"""Verdicts and forecast statuses: what each means (the ratings page), and which one a claim shows.

A forecast's status comes from its dates and the build date, and never contradicts its verdict:
'past due, not yet assessed' is only shown when there is no verdict; a forecast with a verdict
whose time has passed is simply 'past due', and the verdict says how it stands. A forecast that
names only a start ("on or after …") has no deadline: once the start has passed it is 'open',
never 'due now'.
"""
from __future__ import annotations

import datetime as dt
import typing

from gen import models
from gen.dates import DateSpan
from gen.ledger import STATUSES as LEDGER_STATUSES
from gen.site import urls
from gen.site.clock import build_date, window_status
from gen.site.i18n import Catalogue, format_date

VERDICTS: tuple[str, ...] = typing.get_args(models.Assessment.model_fields["verdict"].annotation)
STATUSES = ("pending", "due", "open", "overdue", "past")
NOT_ASSESSED = "not-assessed"
PAGE = "ratings/"


def forecast_status(span: DateSpan, today: dt.date, verdict: str | None) -> str:
    """pending | due | open | overdue (past, no verdict) | past (past, with a verdict)."""
    window = window_status(span, today)
    if window == "overdue":
        return "past" if verdict else "overdue"
    return window if window == "pending" or span.latest else "open"


def verdict_href(here: str, verdict: str | None) -> str:
    """Where a verdict badge (or the 'not assessed' badge, verdict None) links: its definition."""
    return urls.rel(here, PAGE + "#" + (f"verdict-{verdict}" if verdict else NOT_ASSESSED))


def status_href(here: str, status: str) -> str:
    return urls.rel(here, PAGE + f"#forecast-{status}")


def derived_reason(kind: str, status: str | None) -> str:
    """The catalogue key of why a claim has no verdict, when the data gives no reason."""
    if kind == "opinion":
        return "rating.reason_opinion"
    if status:
        return f"rating.reason_forecast_{status}"
    return "rating.reason_unchecked"


def ratings_page(cat: Catalogue, today: dt.date | None = None) -> dict:
    here = PAGE
    return {
        "verdicts": [{"id": f"verdict-{v}", "verdict": v, "label": cat[f"verdict.{v}"],
                      "definition": cat[f"rating.verdict_{v}"]} for v in VERDICTS],
        "not_assessed": {"id": NOT_ASSESSED, "label": cat["rating.not_assessed"],
                         "definition": cat["rating.not_assessed_def"],
                         "reasons": [cat[k] for k in ("rating.reason_opinion", "rating.reason_forecast_pending",
                                                      "rating.reason_unchecked")]},
        "statuses": [{"id": f"forecast-{s}", "status": s, "label": cat[f"forecast.{s}"],
                      "definition": cat[f"rating.forecast_{s}"]} for s in STATUSES],
        "ledger": [{"id": f"ledger-{s}", "status": s, "label": cat[f"ledger.status.{s}"],
                    "definition": cat[f"ledger.status.{s}.def"]} for s in LEDGER_STATUSES],
        "ledger_href": urls.rel(here, "forecasts/"),
        "as_of": cat.fmt("rating.as_of", date=format_date((today or build_date()).isoformat(), cat)),
        "method_href": urls.rel(here, "method/"),
    }
