"""Systems, actors and comparisons: index rows, entity pages, computed ratios and a bar chart."""
from __future__ import annotations

import functools

from gen.site import urls
from gen.site.figures import amount, metric_label, number_amount, unit_label
from gen.site.i18n import Catalogue
from gen.site.paging import paginate
from gen.site.claim_card import tally, verdict_counts
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


def _aliases(x: Xref, s, cat: Catalogue) -> list[str]:
    """Other names, in the page's Chinese script (the forms as written stay on the source pages),
    each once, without the page's own name."""
    shown = dict.fromkeys(cat.words(a) for a in s.aliases)
    return [a for a in shown if a != cat.pick(s.name)]


def system_pages(x: Xref, sid: str, cat: Catalogue) -> list[dict]:
    """A system's page, split when its claims run past one page; figures go with their claims."""
    ds = x.data
    s = ds.systems[sid]
    out = []
    ids = x.by_system.get(sid, [])
    counts = verdict_counts(x, ids)
    for here, chunk, pager in paginate(_by_date(x, ids), urls.system(sid)):
        figures = [figure_row(x, cid, f, cat, here) for cid in chunk for f in ds.claims[cid].figures
                   if f.system == sid]
        out.append({
            "url": here, "pager": pager,
            "name": cat.pick(s.name), "kind": cat[f"system.{s.kind}"], "aliases": _aliases(x, s, cat), "aliases_lang": cat.words_tag,
            "vendor": {"name": cat.pick(ds.actors[s.vendor].name), "href": urls.rel(here, urls.actor(s.vendor))}
            if s.vendor else None,
            "description": cat.pick(s.description) if s.description else None,
            "figures": figures,
            "claims": [card(x, c, cat, here) for c in chunk],
            "tally": tally(counts, cat, here),
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
    ids = x.by_actor.get(aid, [])
    counts = verdict_counts(x, ids)
    for here, chunk, pager in paginate(_by_date(x, ids), urls.actor(aid)):
        out.append({
            "url": here, "pager": pager,
            "name": cat.pick(a.name), "kind": cat[f"actor.{a.kind}"], "role": cat.pick(a.role) if a.role else None,
            "as_written": a.as_written,
            "affiliation": {"name": cat.pick(ds.actors[a.affiliation].name),
                            "href": urls.rel(here, urls.actor(a.affiliation))} if a.affiliation else None,
            "members": [{"name": cat.pick(ds.actors[m].name), "href": urls.rel(here, urls.actor(m))} for m in members],
            "claims": [card(x, c, cat, here) for c in chunk],
            "tally": tally(counts, cat, here),
        })
    return out


def _figure_cell(ds, value: float, unit: str, cat: Catalogue, href: str | None = None, about=False) -> dict:
    text = number_amount(ds, value, unit, cat)
    return {"value": value, "amount": cat.fmt("compare.about", amount=text) if about else text, "href": href}


def comparison_rows(x: Xref, xid: str, cat: Catalogue, here: str) -> list[dict]:
    """Per metric: A's stated value; B's value as stated, as implied by the stated ratio, and as the
    public record gives it; and the stated ratio or increase in the site's one notation."""
    ds = x.data
    comp = ds.comparisons[xid]
    a, b = comp.systems
    cids = dict.fromkeys(x.by_system.get(a, []) + x.by_system.get(b, []))
    figs = [(cid, f) for cid, c in ((c, ds.claims[c]) for c in cids) for f in c.figures]
    absolute = {(f.system, f.metric): (cid, f) for cid, f in figs if f.relative_to is None and f.unit not in ("x", "%")}
    record = {(r.system, r.metric): r for r in comp.public_record}
    rows = []
    for cid, f in figs:
        if f.system != a or f.relative_to != b or (a, f.metric) not in absolute:
            continue
        a_cid, a_fig = absolute[(a, f.metric)]
        ratio = f.value if f.unit == "x" else 1 + f.value / 100
        stated_b, rec = absolute.get((b, f.metric)), record.get((b, f.metric))
        link = functools.partial(urls.rel, here)
        rows.append({
            "key": f.metric, "metric": metric_label(ds, f.metric, cat), "unit": unit_label(ds, a_fig.unit, cat),
            "a": _figure_cell(ds, a_fig.value, a_fig.unit, cat, link(urls.claim(a_cid))),
            "b_stated": _figure_cell(ds, stated_b[1].value, a_fig.unit, cat, link(urls.claim(stated_b[0])))
            if stated_b else None,
            "b_implied": None if stated_b else _figure_cell(ds, round(a_fig.value / ratio, 1), a_fig.unit, cat),
            "b_record": _figure_cell(ds, rec.value, rec.unit, cat, link(urls.claim(rec.claim)),
                                     about=rec.approximate) if rec else None,
            "stated": {"amount": amount(ds, f, cat), "href": link(urls.claim(cid))},
        })
    return rows


def bar_chart(rows: list[dict], names: tuple[str, str], cat: Catalogue) -> list[dict]:
    """Bars per metric, each group scaled to its largest value (widths in % of the row, for CSS).
    B's implied value is its own kind of bar, named as implied; the public record's beside it."""
    groups = []
    for r in rows:
        bars = [("stated", names[0], r["a"], "compare.bar_stated"),
                ("stated", names[1], r["b_stated"], "compare.bar_stated"),
                ("implied", names[1], r["b_implied"], "compare.bar_implied"),
                ("record", names[1], r["b_record"], "compare.bar_record")]
        bars = [(kind, name, cell, key) for kind, name, cell, key in bars if cell]
        top = max(cell["value"] for _, _, cell, _ in bars) or 1
        groups.append({"title": cat.fmt("compare.bar_title", metric=r["metric"], unit=r["unit"]),
                       "bars": [{"kind": kind, "side": "a" if i == 0 else "b",
                                 "width": round(100 * cell["value"] / top, 1),
                                 "label": cat.fmt(key, name=name, amount=cell["amount"])}
                                for i, (kind, name, cell, key) in enumerate(bars)]})
    return groups


def comparison_page(x: Xref, xid: str, cat: Catalogue) -> dict:
    ds = x.data
    comp = ds.comparisons[xid]
    here = urls.comparison(xid)
    a, b = comp.systems
    names = (cat.pick(ds.systems[a].name), cat.pick(ds.systems[b].name))
    rows = comparison_rows(x, xid, cat, here)
    return {"title": cat.pick(comp.title), "a": {"name": names[0], "href": urls.rel(here, urls.system(a))},
            "b": {"name": names[1], "href": urls.rel(here, urls.system(b))}, "rows": rows,
            "bars": bar_chart(rows, names, cat)}
