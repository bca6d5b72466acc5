"""The build date (what a forecast's status is relative to: gen/site/ratings.py)."""
from __future__ import annotations

import datetime as dt
import os


def build_date() -> dt.date:
    """Today, or CLAIMLINE_BUILD_DATE (YYYY-MM-DD) for reproducible builds and tests."""
    fixed = os.environ.get("CLAIMLINE_BUILD_DATE")
    return dt.date.fromisoformat(fixed) if fixed else dt.date.today()
