"""View model for the roadmap ledger (/<lang>/forecasts/): every forecast, its status on the build
date and the evidence for it. The statuses' wording comes from data/ui.yaml (ledger.status.*)."""
from __future__ import annotations

import datetime as dt
from collections import Counter

from gen.ledger import STATUSES, shown_status
from gen.site import urls
from gen.site.clock import window_status
from gen.site.i18n import Catalogue, format_date, format_number
from gen.site.quoted import quoted
from gen.site.timetags import date_parts
from gen.site.xref import Xref

HERE = "forecasts/"


def status_legend(cat: Catalogue) -> list[dict]:
    """Every status with its name and definition, in the ledger's order."""
    return [{"status": s, "label": cat[f"ledger.status.{s}"], "definition": cat[f"ledger.status.{s}.def"]}
            for s in STATUSES]


def _evidence(e, cat: Catalogue) -> dict:
    return {"url": e.url, "publisher": e.publisher, "title": e.title, **quoted(e, cat),
            "date": date_parts(e.date, cat) if e.date else None}


def _status(x: Xref, cid: str, today: dt.date) -> str:
    """The status shown: the ledger's, or for a forecast not yet in it, what the clock alone can say."""
    record = x.data.forecasts.get(cid)
    if record is not None:
        return shown_status(record.status, x.about[cid], today)
    return {"pending": "not_yet_due", "due": "due"}.get(window_status(x.about[cid], today), "unknown")


def forecast_row(x: Xref, cid: str, cat: Catalogue, today: dt.date) -> dict:
    ds = x.data
    c, record = ds.claims[cid], ds.forecasts.get(cid)
    actor = ds.actors.get(c.said_by) if c.said_by else None
    status = _status(x, cid, today)
    return {
        "id": cid,
        "href": urls.rel(HERE, urls.claim(cid)),
        "statement": cat.pick(c.statement),
        "who": cat.pick(actor.name) if actor else cat["ledger.unattributed"],
        "who_href": urls.rel(HERE, urls.actor(actor.id)) if actor else None,
        "said": date_parts(x.said[cid].text, cat),
        "due": date_parts(x.about[cid].text, cat),
        "status": status,
        "status_label": cat[f"ledger.status.{status}"],
        "new_date": date_parts(record.new_date, cat) if record and record.new_date else None,
        "evidence": [_evidence(e, cat) for e in record.evidence] if record else [],
        "checked": date_parts(record.checked, cat) if record else None,
        "note": cat.pick(record.note) if record else cat["ledger.unrated"],
    }


def ledger_changes(x: Xref, cat: Catalogue, here: str = "corrections/") -> list[dict]:
    """Every change of a ledger status, in the corrections page's row shape (newest first)."""
    rows = []
    for cid, f in x.data.forecasts.items():
        for h in f.history:
            rows.append({"date": format_date(h.date, cat), "date_parts": date_parts(h.date, cat),
                         "sort": h.date, "id": cid,
                         "from_href": urls.rel(here, "forecasts/"), "to_href": urls.rel(here, "forecasts/"),
                         "from": cat[f"ledger.status.{h.from_}"], "to": cat[f"ledger.status.{h.to}"],
                         "from_id": h.from_, "to_id": h.to, "why": cat.pick(h.why),
                         "claim": cat.pick(x.data.claims[cid].statement), "href": urls.rel(here, urls.claim(cid))})
    return sorted(rows, key=lambda r: (r["sort"], r["id"]), reverse=True)


def _forecasts(x: Xref) -> list[str]:
    return sorted((cid for cid, c in x.data.claims.items() if c.kind == "forecast"),
                  key=lambda cid: (x.about[cid].sort_key, cid))


def ledger_summary(x: Xref, cat: Catalogue, today: dt.date, here: str = HERE,
                   statuses: list[str] | None = None) -> dict:
    """The ledger on the build date: how many forecasts stand at each status, in the ledger's order
    (`statuses`: the forecasts' statuses when the caller has worked them out already)."""
    counts = Counter(statuses if statuses is not None else (_status(x, cid, today) for cid in _forecasts(x)))
    return {"href": urls.rel(here, HERE), "build_date": date_parts(today.isoformat(), cat),
            "counts": [{"status": s, "label": cat[f"ledger.status.{s}"], "n": counts[s],
                        "value": format_number(counts[s], cat)} for s in STATUSES if counts[s]]}


def forecasts_page(x: Xref, cat: Catalogue, today: dt.date) -> dict:
    rows = [forecast_row(x, cid, cat, today) for cid in _forecasts(x)]
    return {
        "rows": rows,
        "legend": status_legend(cat),
        "summary": ledger_summary(x, cat, today, statuses=[r["status"] for r in rows]),
    }
