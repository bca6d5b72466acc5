"""The timeline: claims and events in date order, grouped by year and month, paginated."""
from __future__ import annotations

import datetime as dt
from itertools import groupby

from gen.dates import DateSpan, parse_date
from gen.site import urls
from gen.site.paging import paginate
from gen.site.i18n import Catalogue, format_date, month_heading
from gen.site.timetags import date_parts
from gen.site.view_claims import card
from gen.site.view_timeline_drawing import VERDICTS, drawing
from gen.site.xref import Xref

DRAWING_W = 680.0  # CSS px; the drawing scrolls in its own box where the page is narrower
UNKNOWN_MONTH = 13  # sorts after December: "2025, month not known" closes its year


def _month_key(span: DateSpan) -> tuple[int, int]:
    """(year, month) when the span lies within one month; (year, UNKNOWN_MONTH) otherwise."""
    d = span.earliest or span.latest
    if span.earliest and span.latest and (span.earliest.year, span.earliest.month) == (span.latest.year, span.latest.month):
        return d.year, d.month
    return d.year, UNKNOWN_MONTH


def entries(x: Xref, view: str) -> list[tuple[DateSpan, str, str]]:
    """(date, 'claim'|'event', id) in date order; view is 'said' or 'about'."""
    ds = x.data
    dated = [(x.said[c] if view == "said" else x.about[c], "claim", c) for c in ds.claims]
    dated += [(parse_date(e.date), "event", eid) for eid, e in ds.events.items()]
    return sorted(dated, key=lambda t: (_month_key(t[0]), t[0].sort_key, t[0].latest or dt.date.max,
                                        t[1] == "claim", t[2]))


def _entry(x: Xref, span, kind, rid, cat: Catalogue, here: str, view: str, today: dt.date) -> dict:
    if kind == "event":
        e = x.data.events[rid]
        return {"type": "event", "id": rid, "date": format_date(e.date, cat), "date_parts": date_parts(e.date, cat), "title": cat.pick(e.title),
                "kind_label": cat[f"event.{e.kind}"],
                "claims": [{"href": urls.rel(here, urls.claim(c)), "id": c} for c in e.claims],
                "filters": {"kind": "event", "actor": " ".join(e.actors), "systems": " ".join(e.systems),
                            "sources": ""}}
    return {"type": "claim", **card(x, rid, cat, here, date=view, today=today)}


def timeline_pages(x: Xref, view: str, cat: Catalogue, today: dt.date) -> list[dict]:
    base = "timeline/" if view == "said" else "timeline/about/"
    pages = []
    for here, chunk, pager in paginate(entries(x, view), base):
        groups = []
        for year, in_year in groupby(chunk, key=lambda t: _month_key(t[0])[0]):
            months = []
            for (_, month), in_month in groupby(in_year, key=lambda t: _month_key(t[0])):
                heading = (cat.fmt("timeline.year_only", year=year) if month == UNKNOWN_MONTH
                           else month_heading(dt.date(year, month, 1), cat))
                months.append({"heading": heading,
                               "items": [_entry(x, s, k, r, cat, here, view, today) for s, k, r in in_month]})
            groups.append({"year": str(year), "months": months})
        pages.append({"url": here, "groups": groups, "view": view, "pager": pager,
                      "drawing": drawing(x, cat, [r for _, k, r in chunk if k == "claim"], view, today, here,
                                         width=DRAWING_W, events={r: here for _, k, r in chunk if k == "event"}),
                      "searchable": view == "said",  # the 'about' view lists the same entries again
                      "views": [{"label": cat[f"timeline.view_{v}"], "href": urls.rel(here, url), "current": view == v}
                                for v, url in (("said", "timeline/"), ("about", "timeline/about/"))]})
    return pages


def event_pages(x: Xref) -> dict[str, str]:
    """event id → the page of the 'said' timeline that lists it."""
    return {rid: here for here, chunk, _ in paginate(entries(x, "said"), "timeline/") for _, kind, rid in chunk
            if kind == "event"}


def filter_options(x: Xref, cat: Catalogue) -> dict:
    ds = x.data
    # every value an entry can carry: claims' and events' actors and systems
    actors = dict.fromkeys([*x.by_actor, *(a for e in ds.events.values() for a in e.actors)])
    systems = dict.fromkeys([*x.by_system, *(s for e in ds.events.values() for s in e.systems)])
    return {
        "actor": sorted(((a, cat.pick(ds.actors[a].name)) for a in actors), key=lambda t: t[1]),
        "systems": sorted(((s, cat.pick(ds.systems[s].name)) for s in systems), key=lambda t: t[1]),
        "sources": [(s, cat.source_title(src)) for s, src in ds.sources.items()],
        "kind": [(k, cat[f"kind.{k}"]) for k in ("quote", "spec", "event", "forecast", "market", "history", "opinion")],
        "verdict": [(v, cat[f"verdict.{v}"]) for v in VERDICTS],
    }
