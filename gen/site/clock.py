"""The build date, and where a date window stands against it (forecast statuses: gen/site/ratings.py,
the roadmap ledger: gen/ledger.py)."""
from __future__ import annotations

import datetime as dt
import os

from gen.dates import DateSpan


def build_date() -> dt.date:
    """Today, or CLAIMLINE_BUILD_DATE (YYYY-MM-DD) for reproducible builds and tests."""
    fixed = os.environ.get("CLAIMLINE_BUILD_DATE")
    return dt.date.fromisoformat(fixed) if fixed else dt.date.today()


def window_status(span: DateSpan, today: dt.date) -> str:
    """pending (the window has not begun), due (it includes today) or overdue (it has ended)."""
    if span.earliest and today < span.earliest:
        return "pending"
    if span.latest and today > span.latest:
        return "overdue"
    return "due"
