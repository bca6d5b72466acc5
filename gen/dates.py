"""Dates with honest precision: a day, a month, a quarter, a year, or a range.

Grammar (EDTF-like, always a quoted string in YAML):
  "2025"  "2025-Q3"  "2025-07"  "2025-07-21"       one date at that precision
  "2025-07-26/2025-08-31"                          somewhere between two dates
  "2025-07-26/.."                                  on or after
  "../2025-09"                                     on or before
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_POINT = re.compile(r"^([0-9]{4})(?:-(?:Q([1-4])|([0-9]{2})(?:-([0-9]{2}))?))?$")
FIX = 'write "2025", "2025-Q3", "2025-07", "2025-07-21", "A/B", "A/.." or "../B"'


@dataclass(frozen=True)
class Point:
    text: str
    precision: str  # day | month | quarter | year
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class DateSpan:
    """What a date spec allows: earliest and latest possible day (None = open)."""
    text: str
    earliest: dt.date | None
    latest: dt.date | None
    precision: str  # day | month | quarter | year | range | after | before

    @property
    def sort_key(self) -> dt.date:
        return self.earliest or self.latest or dt.date.min


def _point(text: str) -> Point:
    m = _POINT.fullmatch(text)
    if not m:
        raise ValueError(f'"{text}" is not a date — {FIX}')
    year, quarter, month, day = m.groups()
    y = int(year)
    try:
        if quarter:
            q = int(quarter)
            start = dt.date(y, 3 * q - 2, 1)
            end = dt.date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
            return Point(text, "quarter", start, end)
        if day:
            d = dt.date(y, int(month), int(day))
            return Point(text, "day", d, d)
        if month:
            mo = int(month)
            return Point(text, "month", dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]))
        return Point(text, "year", dt.date(y, 1, 1), dt.date(y, 12, 31))
    except ValueError:
        raise ValueError(f'"{text}" is not a calendar date — check year, month and day') from None


_OTHER_NOTATION = re.compile(r"^\s*([0-9]{4})\s*[/.年-]\s*([0-9]{1,2})\s*(?:[/.月-]\s*([0-9]{1,2})\s*日?|月)?\s*$")


def other_notation(text: str) -> str | None:
    """The ISO form of a date written another common way ("2025/9/18", "2025.9", "2025年9月18日")."""
    m = _OTHER_NOTATION.match(text)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    iso = f"{m.group(1)}-{int(m.group(2)):02d}"
    return f"{iso}-{int(m.group(3)):02d}" if m.group(3) else iso


@lru_cache(maxsize=65536)  # a build asks for the same few dates thousands of times; DateSpan is frozen
def parse_date(text: str) -> DateSpan:
    iso = other_notation(text) if not _POINT.fullmatch(text) else None
    if iso is not None:
        raise ValueError(f'"{text}" is not written as a date here — write "{iso}"')
    if "/" not in text:
        p = _point(text)
        return DateSpan(text, p.start, p.end, p.precision)
    left, _, right = text.partition("/")
    if left == ".." and right == "..":
        raise ValueError(f'"{text}" has no bound — {FIX}')
    if left == "..":
        return DateSpan(text, None, _point(right).end, "before")
    if right == "..":
        return DateSpan(text, _point(left).start, None, "after")
    a, b = _point(left), _point(right)
    if a.start > b.end:
        raise ValueError(f'"{text}" ends before it starts — put the earlier date first')
    return DateSpan(text, a.start, b.end, "range")


def later_than(a: DateSpan, b: DateSpan) -> bool:
    """True when a is certainly later than b (a's earliest day after b's latest)."""
    return a.earliest is not None and b.latest is not None and a.earliest > b.latest
