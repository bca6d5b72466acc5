"""Date specs: precision, ranges, open bounds, and which date is certainly later."""
from __future__ import annotations

import datetime as dt

import pytest

from gen.dates import later_than, parse_date

D = dt.date


@pytest.mark.parametrize("spec, earliest, latest, precision", [
    ("2025", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("2025-Q1", D(2025, 1, 1), D(2025, 3, 31), "quarter"),
    ("2024-Q4", D(2024, 10, 1), D(2024, 12, 31), "quarter"),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("2025-02", D(2025, 2, 1), D(2025, 2, 28), "month"),
    ("2025-07-21", D(2025, 7, 21), D(2025, 7, 21), "day"),
    ("2025-07-26/2025-08", D(2025, 7, 26), D(2025, 8, 31), "range"),
    ("2025-07-26/..", D(2025, 7, 26), None, "after"),
    ("../2025-09", None, D(2025, 9, 30), "before"),
])
def test_parse(spec, earliest, latest, precision):
    span = parse_date(spec)
    assert (span.earliest, span.latest, span.precision) == (earliest, latest, precision)


@pytest.mark.parametrize("spec, message", [
    ("2025-13", "not a calendar date"), ("2025-02-30", "not a calendar date"), ("2025-Q5", "not a date"),
    ("25-07", "not a date"), ("2025-7", "write \"2025-07\""), ("July 2025", "not a date"),
    ("../..", "has no bound"), ("2025-08/2025-07", "ends before it starts"), ("2025/", "not a date"),
])
def test_invalid(spec, message):
    with pytest.raises(ValueError, match=message):
        parse_date(spec)


@pytest.mark.parametrize("a, b, later", [
    ("2025-08", "2025-07", True),
    ("2025-07-31", "2025-07", False),      # inside the month: not certainly later
    ("2025-08-01", "2025-07", True),
    ("2025-Q3", "2025-07-01", False),
    ("2025-Q4", "2025-Q3", True),
    ("2026", "2025-07-26/..", False),      # open end: never certainly later
    ("2025-10", "../2025-09", True),
    ("../2025-12", "2025-01", False),      # open start: never certainly later
    ("2025-07", "2025-07", False),
])
def test_later_than(a, b, later):
    assert later_than(parse_date(a), parse_date(b)) is later


def test_sort_key_uses_earliest_else_latest_day():
    specs = ["2025-08", "../2025-07", "2025-07-26/..", "2025"]
    ordered = sorted(specs, key=lambda s: parse_date(s).sort_key)
    assert ordered == ["2025", "2025-07-26/..", "../2025-07", "2025-08"]
