"""A broken time scale for the drawn timeline: months that hold claims get room, empty stretches shrink.

Pure geometry, no language: months → x in CSS px. A month that something is drawn in is wide
(wider the more it holds); a run of empty months collapses into a short gap marked as a break,
so 2018 and 2027 fit on one axis with the busy months of 2025.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from gen.dates import DateSpan

EMPTY_W = 2.5      # an empty month between busy ones
BREAK_RUN = 4      # this many empty months in a row collapse into one break
BREAK_W = 14.0     # the width of a break, whatever it spans
BUSY_W = 14.0      # a month with one thing in it
KEPT_W = 24.0      # the build date's month, though nothing is drawn there
SQUEEZE = 20.0     # when the whole is too wide, months wider than this give up room (others keep theirs)
PER_ITEM = 4.0     # added per thing drawn in the month
MAX_W = 130.0      # the widest a month gets
COVER_W = 2.5      # a month that only lies inside a long range (a year, a quarter) gets this much
LONG = 2           # a span over more months than this is a long range: it covers, it does not weigh


def month_index(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def index_date(i: int) -> dt.date:
    return dt.date(i // 12, i % 12 + 1, 1)


def touched(span: DateSpan) -> list[int]:
    """The months a span is drawn in (an open span: the month of its one bound)."""
    a, b = span.earliest or span.latest, span.latest or span.earliest
    return list(range(month_index(a), month_index(b) + 1))


@dataclass(frozen=True)
class Scale:
    first: int                  # month index of x = left
    left: float
    starts: tuple[float, ...]   # x where each month begins (one more than months: the right end)
    breaks: tuple[tuple[float, float], ...]  # (x0, x1) of each collapsed run of empty months
    collapsed: frozenset[int] = frozenset()  # month indexes inside a break

    @property
    def right(self) -> float:
        return self.starts[-1]

    def x(self, d: dt.date) -> float:
        """Where day d begins."""
        i = min(max(month_index(d) - self.first, 0), len(self.starts) - 2)
        days = calendar.monthrange(d.year, d.month)[1]
        w = self.starts[i + 1] - self.starts[i]
        return round(self.starts[i] + w * (d.day - 1) / days, 1)

    def x_end(self, d: dt.date) -> float:
        """Where day d ends (the right edge of a range that includes d)."""
        return self.x(d + dt.timedelta(days=1)) if d < dt.date.max else self.right

    def month_start(self, i: int) -> float:
        return self.starts[i - self.first]

    def month_width(self, i: int) -> float:
        return self.starts[i - self.first + 1] - self.starts[i - self.first]


def build_scale(spans: list[DateSpan], keep: list[dt.date], left: float, width: float) -> Scale:
    """A scale over every month from January of the first year to December of the last.

    `spans` weigh the months they touch (a span over n months adds 1/n to each); `keep` are
    dates that must stay visible though nothing is drawn there (the build date). The natural
    widths are then scaled to `width` when they exceed it (never below EMPTY_W / 2 per month)."""
    weight: dict[int, float] = {}
    covered: set[int] = set()
    for span in spans:
        months = touched(span)
        if len(months) > LONG:
            covered.update(months)
            continue
        for m in months:
            weight[m] = weight.get(m, 0.0) + 1 / len(months)
    kept = {month_index(d) for d in keep}
    every = [*weight, *kept, *covered]
    first = month_index(dt.date(index_date(min(every)).year, 1, 1))
    last = month_index(dt.date(index_date(max(every)).year, 12, 1))
    months = range(first, last + 1)
    widths = [_natural(weight.get(m, 0.0), m in kept, m in covered) for m in months]
    runs = _empty_runs([m not in weight and m not in kept and m not in covered for m in months])
    for a, b in runs:  # a collapsed run shares BREAK_W among its months
        widths[a:b] = [BREAK_W / (b - a)] * (b - a)
    total = sum(widths)
    if total > width:
        busy = sum(w for w in widths if w > SQUEEZE)
        factor = max((width - (total - busy)) / busy, 0.3) if busy else 1.0
        widths = [w * factor if w > SQUEEZE else w for w in widths]
    starts, at = [left], left
    for w in widths:
        at += w
        starts.append(round(at, 1))  # rounded one by one, never accumulated: the total stays within width
    inside = frozenset(first + i for a, b in runs for i in range(a, b))
    return Scale(first, left, tuple(starts), tuple((starts[a], starts[b]) for a, b in runs), inside)


def _natural(weight: float, kept: bool, covered: bool) -> float:
    if weight <= 0:
        return KEPT_W if kept else COVER_W if covered else EMPTY_W
    return min(BUSY_W + PER_ITEM * (weight - 1), MAX_W) if weight >= 1 else BUSY_W * max(weight, .5)


def _empty_runs(empty: list[bool]) -> list[tuple[int, int]]:
    """[start, end) of each run of at least BREAK_RUN empty months."""
    runs, start = [], None
    for i, e in enumerate([*empty, False]):
        if e and start is None:
            start = i
        elif not e and start is not None:
            if i - start >= BREAK_RUN:
                runs.append((start, i))
            start = None
    return runs
