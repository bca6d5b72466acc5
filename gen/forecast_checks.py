"""Rules on the roadmap ledger (data/forecasts.yaml): every record follows a known forecast claim,
shows evidence for an outcome, and says nothing the build date contradicts."""
from __future__ import annotations

import datetime as dt

from gen.dates import parse_date
from gen.evidence import host_of, publisher_of
from gen.ledger import NEEDS_EVIDENCE, contradiction
from gen.load import Dataset
from gen.problems import Problems

KIND = "forecastoutcome"  # how gen/load.py registers the records


def check_forecasts(ds: Dataset, problems: Problems, today: dt.date) -> None:
    for cid, f in ds.forecasts.items():
        _check_record(ds, problems, cid, f, today)
    if (ds.root / "data" / "forecasts.yaml").exists():
        for cid, c in ds.claims.items():
            if c.kind == "forecast" and cid not in ds.forecasts:
                path, line = ds.locate("claim", cid, "kind")
                problems.warning(path, line, cid, "forecast not in the roadmap ledger",
                                 "add a record for it to data/forecasts.yaml (status unknown if nothing is known)")


def _check_record(ds: Dataset, problems: Problems, cid: str, f, today: dt.date) -> None:
    def err(loc: tuple, what: str, fix: str) -> None:
        ds.error(problems, KIND, cid, loc, what, fix)

    claim = ds.claims.get(f.claim)
    if claim is None:
        if f.claim not in ds.invalid:  # present but invalid: reported already
            err(("claim",), f"unknown claim '{f.claim}'", "use the id of a forecast claim in data/claims/")
        return
    if claim.kind != "forecast":
        err(("claim",), f"claim '{f.claim}' is a {claim.kind}, not a forecast",
            "follow only claims of kind forecast, or correct the claim's kind")
    if f.status in NEEDS_EVIDENCE and not f.evidence:
        err(("status",), f"status {f.status} cites no evidence",
            "cite what shows it (url, publisher, date, excerpt), or use unknown and say what is missing")
    for i, e in enumerate(f.evidence):
        _check_source(ds, err, i, e.url)
    if f.status == "moved" and f.new_date is None:
        err(("status",), "status moved without a new_date", 'give the new date, e.g. new_date: "2027-Q2"')
    if f.status != "moved" and f.new_date is not None:
        err(("new_date",), f"new_date given for status {f.status}", "remove it, or use status moved")
    if f.history and f.history[-1].to != f.status:
        err(("history", len(f.history) - 1, "to"), f"last status change ends at {f.history[-1].to}, "
            f"but the status is {f.status}", "add the change that led to the current status")
    if claim.about is not None:
        new = parse_date(f.new_date) if f.new_date else None
        found = contradiction(f.status, parse_date(claim.about), new, today)
        if found:
            err(("status",), *found)


def _check_source(ds: Dataset, err, i: int, url: str) -> None:
    """Evidence for an outcome is a primary record or the press: registered, and not an aggregator."""
    pub = publisher_of(ds, url)
    if pub is None:
        err(("evidence", i, "url"), f"host '{host_of(url)}' is not in data/publishers.yaml",
            "register the publisher (host, name, tier) or cite the original publication")
    elif pub.tier == "aggregator":
        err(("evidence", i, "url"), f"evidence from an aggregator ({pub.host})",
            "cite the original publication; an aggregator is a lead, not evidence")
