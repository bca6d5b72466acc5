"""Home, 'where sources disagree' and downloads: the pages that summarise the whole dataset."""
from __future__ import annotations

import datetime as dt
from collections import Counter

from gen.site import urls
from gen.site.i18n import Catalogue, format_number
from gen.site.claim_card import tally, verdict_counts
from gen.site.view_claims import card
from gen.site.view_evidence import citation
from gen.site.clock import build_date
from gen.site.view_entities import comparison_page
from gen.site.view_forecasts import ledger_summary
from gen.site.view_timeline import event_pages
from gen.site.view_timeline_drawing import drawing
from gen.site.xref import DISAGREEING, Xref

LATEST = 8
HOME_DRAWING_W = 680.0  # CSS px
HOME_ROWS = 4           # rows per lane on the home page; more claims become a count linking to the timeline


def home_page(x: Xref, cat: Catalogue, today: dt.date | None = None) -> dict:
    ds = x.data
    here = ""
    latest = sorted(ds.claims, key=lambda c: (x.said[c].sort_key, c), reverse=True)[:LATEST]
    kinds = Counter(c.kind for c in ds.claims.values())
    return {
        "counts": [{"label": cat[f"count.{k}"], "value": format_number(n, cat), "href": urls.rel(here, u)}
                   for k, n, u in (("claims", len(ds.claims), "claims/"), ("sources", len(ds.sources), "sources/"),
                                   ("actors", len(ds.actors), "actors/"), ("systems", len(ds.systems), "systems/"),
                                   ("events", len(ds.events), "timeline/"))],
        "kinds": [{"label": cat[f"kind.{k}"], "value": format_number(n, cat)} for k, n in sorted(kinds.items())],
        "tally": tally(verdict_counts(x, ds.claims), cat, here),
        "ledger": ledger_summary(x, cat, today or build_date(), here),
        "latest": [card(x, c, cat, here) for c in latest],
        "comparisons": [{**_headline(x, xid, cat), "href": urls.rel(here, urls.comparison(xid))} for xid in ds.comparisons],
        "drawing": drawing(x, cat, list(ds.claims), "said", today or build_date(), here, events=event_pages(x),
                           width=HOME_DRAWING_W, max_rows=HOME_ROWS, more_href="timeline/"),
        "disagreements": sum(1 for c in ds.claims.values() if c.assessment and c.assessment.verdict in DISAGREEING),
    }


def _headline(x: Xref, xid: str, cat: Catalogue) -> dict:
    page = comparison_page(x, xid, cat)
    return {"title": page["title"], "rows": page["rows"], "a": page["a"]["name"], "b": page["b"]["name"]}


def disagreements_page(x: Xref, cat: Catalogue) -> list[dict]:
    ds = x.data
    here = "disagreements/"
    items = []
    for cid, c in ds.claims.items():
        a = c.assessment
        if a and a.verdict in DISAGREEING:
            items.append({"claim": card(x, cid, cat, here), "note": cat.pick(a.note),
                          "others": [card(x, o, cat, here) for o in a.claims],
                          "external": [citation(x, e, cat) for e in a.external]})
    return items


def claim_index(x: Xref, cat: Catalogue, here: str, ids) -> list[dict]:
    return [card(x, c, cat, here) for c in ids]
