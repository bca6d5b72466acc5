"""The build date, and what it makes of a forecast: pending, due, or past due and unresolved."""
from __future__ import annotations

import datetime as dt
import os

from gen.dates import DateSpan


def build_date() -> dt.date:
    """Today, or CLAIMLINE_BUILD_DATE (YYYY-MM-DD) for reproducible builds and tests."""
    fixed = os.environ.get("CLAIMLINE_BUILD_DATE")
    return dt.date.fromisoformat(fixed) if fixed else dt.date.today()


def forecast_status(span: DateSpan, today: dt.date) -> str:
    """pending (not yet due), due (its window includes today) or overdue (past, unresolved)."""
    if span.earliest and today < span.earliest:
        return "pending"
    if span.latest and today > span.latest:
        return "overdue"
    return "due"
