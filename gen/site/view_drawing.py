"""Geometry of the drawn timeline: lanes, rows, marks, ranges and the said→about connectors.

Pure: dated items in, coordinates (CSS px) out. No language and no URLs: view_timeline_drawing
adds names and links. An item is drawn where `at` puts it; a day is a point, a bounded span a
bar over its whole range, an open span ("on or after") a dashed arrow from its bound. When the
item also has an `other` time (what a forecast is about, or when a history was told), a curve joins
the two. Items beyond `max_rows` rows in a lane are counted into one cluster per lane and month,
so a drawing never holds more than lanes × max_rows rows, whatever the number of claims.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from gen.dates import DateSpan
from gen.site.drawing_scale import Scale, build_scale, index_date

LEFT = 8.0          # px before the first month
RIGHT = 34.0        # px after the last
AXIS_H = 44.0       # year row + month row above the lanes
LANE_LABEL_H = 18.0  # each lane starts with its name on a line of its own
ROW_H = 12.0        # one row of marks
LANE_GAP = 6.0
R = 4.5             # half the size of a mark
TAIL = 8.0          # length of the arrow of an open date
BOTTOM = 22.0       # room under the lanes for the "today" label
CHAR_W = 7.2        # width of a Latin character at 12 px (a CJK character counts twice)


@dataclass(frozen=True)
class Item:
    key: str
    lane: str
    at: DateSpan
    other: DateSpan | None = None


@dataclass
class Placed:
    key: str
    lane: str
    x0: float           # where the mark's date begins
    x1: float           # where it ends (x0 for a day)
    y: float = 0.0
    open: str | None = None     # "after" | "before": the date has one bound only
    other: dict | None = None   # {"x0", "x1", "open", "path"}: the other time and the curve to it
    future: bool = False


@dataclass
class Drawing:
    width: float
    height: float
    lanes: list[dict] = field(default_factory=list)     # {"id", "y", "h", "label_y"}
    marks: list[Placed] = field(default_factory=list)
    clusters: list[dict] = field(default_factory=list)  # {"lane", "month", "x", "y", "keys"}
    years: list[dict] = field(default_factory=list)     # {"x", "year"}
    months: list[dict] = field(default_factory=list)    # {"x", "month"} (1–12), centred in the month
    breaks: list[dict] = field(default_factory=list)    # {"x0", "x1"}
    today_x: float = 0.0


def text_width(text: str) -> float:
    return sum(CHAR_W * (2 if ord(ch) > 0x2E7F else 1) for ch in text)


def _extent(scale: Scale, span: DateSpan) -> tuple[float, float, str | None]:
    if span.earliest and span.latest:
        x0 = scale.x(span.earliest)
        x1 = x0 if span.earliest == span.latest else scale.x_end(span.latest)
        return x0, x1, None
    if span.earliest:
        return scale.x(span.earliest), scale.x(span.earliest), "after"
    x = scale.x_end(span.latest)
    return x, x, "before"


def _reach(p: Placed) -> tuple[float, float]:
    """Horizontal room a mark takes in its row, arrows included."""
    lo = p.x0 - (TAIL if p.open == "before" else 0) - R
    hi = p.x1 + (TAIL if p.open == "after" else 0) + R
    return lo, hi


def _pack(placed: list[Placed], max_rows: int) -> tuple[list[list[Placed]], list[Placed]]:
    """First-fit rows in date order; what does not fit in max_rows is left over."""
    rows: list[list[Placed]] = []
    ends: list[float] = []
    over = []
    for p in sorted(placed, key=lambda p: (p.x0, p.x1, p.key)):
        lo, hi = _reach(p)
        row = next((i for i, end in enumerate(ends) if end <= lo), None)
        if row is None and len(rows) < max_rows:
            rows.append([])
            ends.append(0.0)
            row = len(rows) - 1
        if row is None:
            over.append(p)
            continue
        rows[row].append(p)
        ends[row] = hi
    return rows, over


def _curve(x_from: float, x_to: float, y: float) -> str:
    lift = min(36.0, abs(x_to - x_from) / 3 + 6)
    mid = (x_from + x_to) / 2
    return f"M{x_from:g} {y:g}Q{mid:g} {y - lift:g} {x_to:g} {y:g}"


def layout(items: list[Item], lanes: list[str], today: dt.date, width: float, max_rows: int = 40) -> Drawing:
    spans = [i.at for i in items] + [i.other for i in items if i.other]
    scale = build_scale(spans, [today], LEFT, width - LEFT - RIGHT)
    d = Drawing(width=float(math.ceil(scale.right + RIGHT)), height=0.0, today_x=scale.x(today))
    y = AXIS_H
    for lane in lanes:
        mine = [_place(scale, i, today) for i in items if i.lane == lane]
        rows, over = _pack(mine, max_rows)
        top = y + LANE_LABEL_H
        for r, row in enumerate(rows):
            for p in row:
                p.y = top + r * ROW_H + ROW_H / 2
                if p.other:
                    p.other["path"] = _curve((p.x0 + p.x1) / 2, (p.other["x0"] + p.other["x1"]) / 2, p.y)
                d.marks.append(p)
        h = LANE_LABEL_H + max(len(rows), 1) * ROW_H + (ROW_H if over else 0) + LANE_GAP
        d.clusters += _clusters(over, scale, lane, top + len(rows) * ROW_H + ROW_H / 2)
        d.lanes.append({"id": lane, "y": y, "h": h, "label_y": y + 13})
        y += h
    d.height = float(math.ceil(y + BOTTOM))
    d.years, d.months = _ticks(scale)
    d.breaks = [{"x0": a, "x1": b} for a, b in scale.breaks]
    return d


def _place(scale: Scale, item: Item, today: dt.date) -> Placed:
    x0, x1, open_ = _extent(scale, item.at)
    p = Placed(item.key, item.lane, x0, x1, open=open_, future=bool(item.at.earliest and item.at.earliest > today))
    if item.other and item.other != item.at:
        o0, o1, o_open = _extent(scale, item.other)
        p.other = {"x0": o0, "x1": o1, "open": o_open, "path": "",
                   "future": bool(item.other.earliest and item.other.earliest > today)}
    return p


def _clusters(over: list[Placed], scale: Scale, lane: str, y: float) -> list[dict]:
    by_month: dict[int, list[str]] = {}
    for p in over:
        m = max(scale.first, min(_month_at(scale, p.x0), scale.first + len(scale.starts) - 2))
        by_month.setdefault(m, []).append(p.key)
    return [{"lane": lane, "month": index_date(m), "x": round(scale.month_start(m) + scale.month_width(m) / 2, 1),
             "y": y, "keys": keys} for m, keys in sorted(by_month.items())]


def _month_at(scale: Scale, x: float) -> int:
    i = max(i for i, s in enumerate(scale.starts[:-1]) if s <= x) if x >= scale.left else 0
    return scale.first + i


def _ticks(scale: Scale) -> tuple[list[dict], list[dict]]:
    """Year labels where a year begins (skipped where the previous one still takes the room),
    and month numbers centred in months wide enough to hold one."""
    years, months, free, labelled = [], [], -1.0, set()
    for i in range(len(scale.starts) - 1):
        m = scale.first + i
        d, x, w = index_date(m), scale.starts[i], scale.starts[i + 1] - scale.starts[i]
        if m not in scale.collapsed and d.year not in labelled and x >= free:
            # a year is named where it first shows: its January, or its first month after a break
            years.append({"x": x, "year": d.year})
            labelled.add(d.year)
            free = x + text_width("0000") + 6
        if w >= 30:
            months.append({"x": round(x + w / 2, 1), "month": d.month, "start": x})
    return years, months
