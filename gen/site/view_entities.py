"""Systems, actors and comparisons: index rows, entity pages, computed ratios and a bar chart."""
from __future__ import annotations

from gen.site import urls
from gen.site.figures import metric_label, quantity, unit_label
from gen.site.i18n import Catalogue, format_number
from gen.site.paging import paginate
from gen.site.view_claims import card, figure_row
from gen.site.xref import Xref


def _by_date(x: Xref, ids) -> list[str]:
    return sorted(ids, key=lambda c: (x.said[c].sort_key, c))


def system_rows(x: Xref, cat: Catalogue, here: str) -> list[dict]:
    ds = x.data
    rows = [{"name": cat.pick(s.name), "href": urls.rel(here, urls.system(sid)), "kind": cat[f"system.{s.kind}"],
             "vendor": cat.pick(ds.actors[s.vendor].name) if s.vendor else "—", "claims": len(x.by_system.get(sid, []))}
            for sid, s in ds.systems.items()]
    return sorted(rows, key=lambda r: (-r["claims"], r["name"]))


def system_pages(x: Xref, sid: str, cat: Catalogue) -> list[dict]:
    """A system's page, split when its claims run past one page; figures go with their claims."""
    ds = x.data
    s = ds.systems[sid]
    out = []
    for here, chunk, pager in paginate(_by_date(x, x.by_system.get(sid, [])), urls.system(sid)):
        figures = [figure_row(x, cid, f, cat, here) for cid in chunk for f in ds.claims[cid].figures
                   if f.system == sid]
        out.append({
            "url": here, "pager": pager,
            "name": cat.pick(s.name), "kind": cat[f"system.{s.kind}"], "aliases": s.aliases,
            "vendor": {"name": cat.pick(ds.actors[s.vendor].name), "href": urls.rel(here, urls.actor(s.vendor))}
            if s.vendor else None,
            "description": cat.pick(s.description) if s.description else None,
            "figures": figures,
            "claims": [card(x, c, cat, here) for c in chunk],
            "comparisons": [{"title": cat.pick(c.title), "href": urls.rel(here, urls.comparison(cid))}
                            for cid, c in ds.comparisons.items() if sid in c.systems],
        })
    return out


def actor_rows(x: Xref, cat: Catalogue, here: str) -> list[dict]:
    ds = x.data
    rows = [{"name": cat.pick(a.name), "href": urls.rel(here, urls.actor(aid)), "kind": cat[f"actor.{a.kind}"],
             "role": cat.pick(a.role) if a.role else "—", "claims": len(x.by_actor.get(aid, []))}
            for aid, a in ds.actors.items()]
    return sorted(rows, key=lambda r: (-r["claims"], r["name"]))


def actor_pages(x: Xref, aid: str, cat: Catalogue) -> list[dict]:
    ds = x.data
    a = ds.actors[aid]
    members = [m for m, other in ds.actors.items() if other.affiliation == aid]
    out = []
    for here, chunk, pager in paginate(_by_date(x, x.by_actor.get(aid, [])), urls.actor(aid)):
        out.append({
            "url": here, "pager": pager,
            "name": cat.pick(a.name), "kind": cat[f"actor.{a.kind}"], "role": cat.pick(a.role) if a.role else None,
            "as_written": a.as_written,
            "affiliation": {"name": cat.pick(ds.actors[a.affiliation].name),
                            "href": urls.rel(here, urls.actor(a.affiliation))} if a.affiliation else None,
            "members": [{"name": cat.pick(ds.actors[m].name), "href": urls.rel(here, urls.actor(m))} for m in members],
            "claims": [card(x, c, cat, here) for c in chunk],
        })
    return out


def comparison_rows(x: Xref, xid: str, cat: Catalogue, here: str) -> list[dict]:
    """Per metric: A's stated value, B's stated or implied value, and the ratio A/B."""
    ds = x.data
    a, b = ds.comparisons[xid].systems
    cids = dict.fromkeys(x.by_system.get(a, []) + x.by_system.get(b, []))
    figs = [(cid, f) for cid in cids for f in ds.claims[cid].figures]
    absolute = {(f.system, f.metric): (cid, f) for cid, f in figs if f.relative_to is None and f.unit not in ("x", "%")}
    rows = []
    for cid, f in figs:
        if f.system != a or f.relative_to != b or (a, f.metric) not in absolute:
            continue
        a_cid, a_fig = absolute[(a, f.metric)]
        ratio = f.value if f.unit == "x" else 1 + f.value / 100
        implied = a_fig.value / ratio
        stated_b = absolute.get((b, f.metric))
        b_value = stated_b[1].value if stated_b else implied
        unit = unit_label(ds, a_fig.unit, cat)
        a_label, b_label = format_number(a_fig.value, cat.lang), format_number(round(b_value, 1), cat.lang)
        stated = quantity(format_number(f.value, cat.lang), unit_label(ds, f.unit, cat), cat.lang)
        rows.append({
            "key": f.metric, "metric": metric_label(ds, f.metric, cat), "unit": unit,
            "a_value": a_fig.value, "a_label": a_label, "a_amount": quantity(a_label, unit, cat.lang),
            "b_value": b_value, "b_label": b_label, "b_amount": quantity(b_label, unit, cat.lang),
            "b_implied": stated_b is None,
            "ratio_label": cat.fmt("compare.ratio", ratio=format_number(round(a_fig.value / b_value, 2), cat.lang)),
            "stated": stated if f.unit == "x" else f"+{stated}",
            "claims": [{"href": urls.rel(here, urls.claim(c)), "id": c} for c in dict.fromkeys((a_cid, cid))],
        })
    return rows


BAR_MAX_PX = 320  # the longer bar of a pair; labels follow the bar inside a CHART_WIDTH_PX-wide SVG
CHART_WIDTH_PX = 820


def _bar(name: str, value: float, top: float, label: str, **extra) -> dict:
    width = round(BAR_MAX_PX * value / top, 1)
    return {"name": name, "width": width, "text_x": width + 6, "label": label, **extra}


def bar_chart(rows: list[dict], names: tuple[str, str], cat: Catalogue) -> list[dict]:
    """Geometry for an SVG bar pair per metric, each pair scaled to its larger value."""
    bars = []
    for i, r in enumerate(rows):
        top = max(r["a_value"], r["b_value"]) or 1
        bars.append({"metric": r["metric"], "unit": r["unit"], "y": 20 + 70 * i,
                     "title": cat.fmt("compare.bar_title", metric=r["metric"], unit=r["unit"]),
                     "a": _bar(names[0], r["a_value"], top, r["a_label"]),
                     "b": _bar(names[1], r["b_value"], top, r["b_label"], implied=r["b_implied"])})
    return bars


def comparison_page(x: Xref, xid: str, cat: Catalogue) -> dict:
    ds = x.data
    comp = ds.comparisons[xid]
    here = urls.comparison(xid)
    a, b = comp.systems
    names = (cat.pick(ds.systems[a].name), cat.pick(ds.systems[b].name))
    rows = comparison_rows(x, xid, cat, here)
    return {"title": cat.pick(comp.title), "a": {"name": names[0], "href": urls.rel(here, urls.system(a))},
            "b": {"name": names[1], "href": urls.rel(here, urls.system(b))}, "rows": rows,
            "bars": bar_chart(rows, names, cat), "chart_height": 40 + 70 * len(rows), "chart_width": CHART_WIDTH_PX}
