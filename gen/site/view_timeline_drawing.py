"""The drawn timeline as a template prints it: geometry from view_drawing, plus names, links and legend.

Lanes come from data/lanes.yaml (who speaks); a claim's mark takes its verdict's colour and
shape ('none' when not assessed). On a timeline page every claim of the page is a link; the home
page draws a compact version whose crowded lanes end in count clusters linking to the timeline.
"""
from __future__ import annotations

import datetime as dt

from gen.dates import parse_date
from gen.site import urls
from gen.site.i18n import Catalogue, format_date, format_number
from gen.site.view_drawing import R, TAIL, Item, layout, text_width
from gen.site.xref import Xref

VERDICTS = ("consistent", "disputed", "contradicted", "inaccurate", "unverifiable", "none")
ALL_LANE = "all"  # without data/lanes.yaml every claim goes to one lane
EVENTS_LANE = "events"  # the events of the timeline, on top: what happened, as the claims' backdrop
EVENT = "event:"  # key prefix of an event's mark


def lane_of(x: Xref) -> dict[str | None, str]:
    """actor id (None: no said_by) → lane id: listed, else via affiliation, else the `rest` lane."""
    ds = x.data
    if not ds.lanes:
        return {None: ALL_LANE, **{a: ALL_LANE for a in ds.actors}}
    listed = {a: lid for lid, lane in ds.lanes.items() for a in lane.actors}
    ids = list(ds.lanes)
    rest = next((lid for lid, lane in ds.lanes.items() if lane.rest), ids[-1])
    out = {None: next((lid for lid, lane in ds.lanes.items() if lane.unattributed), rest)}
    for aid, actor in ds.actors.items():
        out[aid] = listed.get(aid) or listed.get(actor.affiliation or "") or rest
    return out


def lane_names(x: Xref, cat: Catalogue) -> dict[str, str]:
    if not x.data.lanes:
        return {ALL_LANE: cat["drawing.lane_all"]}
    return {lid: cat.pick(lane.name) for lid, lane in x.data.lanes.items()}


def verdict(x: Xref, cid: str) -> str:
    a = x.data.claims[cid].assessment
    return a.verdict if a else "none"


def _items(x: Xref, ids: list[str], events: list[str], view: str) -> list[Item]:
    lanes = lane_of(x)
    at, other = (x.said, x.about) if view == "said" else (x.about, x.said)
    items = [Item(EVENT + e, EVENTS_LANE, parse_date(x.data.events[e].date)) for e in events]
    return items + [Item(c, lanes[x.data.claims[c].said_by], at[c], other[c] if other[c] != at[c] else None)
                    for c in ids]


def drawing(x: Xref, cat: Catalogue, ids: list[str], view: str, today: dt.date, here: str, *,
            width: float, events: dict[str, str] | None = None, max_rows: int = 40,
            more_href: str = "timeline/") -> dict:
    """The drawing for the page at `here`: `ids` claims, and `events` (event id → the page whose list has it)."""
    events = events or {}
    names = {EVENTS_LANE: cat["drawing.lane_events"], **lane_names(x, cat)}
    items = _items(x, ids, list(events), view)
    used = [lid for lid in names if any(i.lane == lid for i in items)]
    geo = layout(items, used, today, width, max_rows)
    months = cat["drawing.months"].split()
    return {
        "width": geo.width, "height": geo.height, "today_x": geo.today_x,
        "today_label": cat.fmt("drawing.today", date=format_date(today.isoformat(), cat)),
        "title": cat[f"drawing.title_{view}"],
        "lanes": [{**lane, "name": names[lane["id"]], "alt": i % 2 == 1, "name_top": lane["y"] + 1} for i, lane in enumerate(geo.lanes)],
        "years": geo.years,
        "months": [{**m, "label": months[m["month"] - 1]} for m in geo.months],
        "breaks": [{**b, "w": round(b["x1"] - b["x0"], 1)} for b in geo.breaks],
        "future_w": round(geo.width - geo.today_x, 1), "break_h": round(geo.height - 60, 1),
        "axis_bottom": round(geo.height - 22, 1), "today_bottom": round(geo.height - 18, 1),
        "today_label_y": round(geo.height - 5, 1),
        "marks": [_event_mark(x, cat, p, urls.rel(here, events[p.key.removeprefix(EVENT)])) if p.key.startswith(EVENT) else _mark(x, cat, p, here)
                  for p in geo.marks],
        "clusters": [{**c, "label": format_number(len(c["keys"]), cat),
                      "name": cat.fmt("drawing.more", n=len(c["keys"]), lane=names[c["lane"]],
                                      month=format_date(c["month"].strftime("%Y-%m"), cat)),
                      "href": urls.rel(here, more_href), "r": max(9.0, text_width(str(len(c["keys"]))) / 2 + 4)}
                     for c in geo.clusters],
        "legend": legend(cat),
    }


def _geometry(p) -> dict:
    return {"y": p.y, "x": round((p.x0 + p.x1) / 2, 1), "range": (p.x0, p.x1) if p.x1 > p.x0 else None,
            "arrow": _arrow(p.open, p.x0, p.y), "future": p.future, "other": _other(p.other, p.y)}


def _event_mark(x: Xref, cat: Catalogue, p, listed_at: str) -> dict:
    eid = p.key.removeprefix(EVENT)
    e = x.data.events[eid]
    name = cat["drawing.sep"].join([cat.pick(e.title), cat[f"event.{e.kind}"], format_date(e.date, cat)])
    return {"href": f"{listed_at}#event-{eid}", "name": name, "verdict": "event", **_geometry(p),
            "filters": {"kind": "event", "actor": " ".join(e.actors), "systems": " ".join(e.systems),
                        "sources": "", "verdict": ""}}


def _mark(x: Xref, cat: Catalogue, p, here: str) -> dict:
    ds = x.data
    c = ds.claims[p.key]
    v = verdict(x, p.key)
    actor = ds.actors.get(c.said_by) if c.said_by else None
    said, about = x.said[p.key], x.about[p.key]
    when = cat.fmt("drawing.said", date=format_date(said.text, cat))
    if about != said:
        when += cat["drawing.sep"] + cat.fmt("drawing.about", date=format_date(about.text, cat))
    who = cat.pick(actor.name) if actor else cat["drawing.by_source"]
    name = cat["drawing.sep"].join([cat.pick(c.statement), who, when, cat[f"verdict.{v}"]])
    return {
        "href": urls.rel(here, urls.claim(p.key)), "name": name, "verdict": v, **_geometry(p),
        "filters": {"kind": c.kind, "actor": c.said_by or "", "verdict": v,
                    "systems": " ".join(dict.fromkeys([*c.systems, *(f.system for f in c.figures if f.system)])),
                    "sources": " ".join(dict.fromkeys(ex.source for ex in c.excerpts))},
    }


def _arrow(open_: str | None, x: float, y: float, tail: float = TAIL) -> str | None:
    """A dashed line with an arrowhead from the mark's edge: 'on or after' points right, 'on or before' left."""
    if open_ is None:
        return None
    s = 1 if open_ == "after" else -1
    start, end = round(x + s * (R + 1), 1), round(x + s * (R + tail), 1)
    return f"M{start:g} {y:g}H{end:g}M{end - s * 3:g} {y - 3:g}L{end:g} {y:g}L{end - s * 3:g} {y + 3:g}"


def _other(o: dict | None, y: float) -> dict | None:
    if not o:
        return None
    mid = round((o["x0"] + o["x1"]) / 2, 1)
    return {"path": o["path"], "x": mid, "y": y, "future": o["future"],
            "range": (o["x0"], o["x1"]) if o["x1"] > o["x0"] else None, "arrow": _arrow(o["open"], o["x0"], y)}


def legend(cat: Catalogue) -> dict:
    return {"verdicts": [{"verdict": v, "label": cat[f"verdict.{v}"]} for v in VERDICTS],
            "event": cat["drawing.legend_event"],
            "range": cat["drawing.legend_range"], "open": cat["drawing.legend_open"],
            "link": cat["drawing.legend_link"], "future": cat["drawing.legend_future"],
            "break": cat["drawing.legend_break"], "cluster": cat["drawing.legend_cluster"]}
