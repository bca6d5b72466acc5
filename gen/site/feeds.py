"""Atom feeds (RFC 4287) per language: every claim, and every verdict given; newest first.

Atom wants a full timestamp on every entry; our dates have a precision. An entry's <updated> is
the first day its date allows (the last, for "on or before"), at 00:00 UTC, and its summary states
the date as precisely as the record does. The verdicts feed has an entry for every change of verdict
in an assessment's `history` (dated, with why), and one for each current verdict at the day its
evidence was last `checked` (unless a change on that day already says it). Feed-level <updated> is
the newest entry's, so builds repeat.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from gen.dates import DateSpan, parse_date
from gen.site import urls
from gen.site.claim_card import first_sentence, who
from gen.site.i18n import Catalogue, format_date
from gen.site.xref import Xref

ATOM = "http://www.w3.org/2005/Atom"
FEEDS = (("feeds/claims.xml", "feed.claims"), ("feeds/verdicts.xml", "feed.verdicts"))


def stamp(span: DateSpan) -> str:
    day = span.earliest or span.latest
    return f"{day.isoformat()}T00:00:00Z"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


def _feed(cat: Catalogue, site_url: str, path: str, key: str, entries: list[dict], fallback: str) -> str:
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": cat.tag})
    _add(feed, "id", site_url + path)
    _add(feed, "title", cat[key])
    _add(feed, "subtitle", cat[f"{key}_subtitle"])
    _add(feed, "updated", max((e["updated"] for e in entries), default=fallback))
    _add(feed, "link", rel="self", type="application/atom+xml", href=site_url + path)
    _add(feed, "link", rel="alternate", type="text/html", href=site_url)
    _add(_add(feed, "author"), "name", cat["site_name"])
    for e in entries:
        entry = _add(feed, "entry")
        _add(entry, "id", e["id"])
        _add(entry, "title", e["title"])
        _add(entry, "updated", e["updated"])
        _add(entry, "link", rel="alternate", type="text/html", href=e["href"])
        _add(_add(entry, "author"), "name", e["author"])
        _add(entry, "category", term=e["term"], label=e["label"])
        _add(entry, "summary", e["summary"])
    ET.register_namespace("", ATOM)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


def _author(x: Xref, cid: str, cat: Catalogue) -> str:
    w = who(x, cid, cat, "")
    return w["prefix"] + w["name"] + w["suffix"]


def claim_entries(x: Xref, cat: Catalogue, site_url: str) -> list[dict]:
    ds = x.data
    out = []
    for cid in sorted(ds.claims, key=lambda c: (x.said[c].sort_key, c), reverse=True):
        c = ds.claims[cid]
        standing = cat[f"verdict.{c.assessment.verdict}"] if c.assessment else cat["rating.not_assessed"]
        out.append({"id": site_url + urls.claim(cid), "href": site_url + urls.claim(cid),
                    "title": cat.pick(c.statement), "updated": stamp(x.said[cid]), "author": _author(x, cid, cat),
                    "term": c.kind, "label": cat[f"kind.{c.kind}"],
                    "summary": " · ".join((cat[f"kind.{c.kind}"],
                                           cat.fmt("feed.said", date=format_date(x.said[cid].text, cat)), standing))})
    return out


def verdict_changes(a, cat: Catalogue) -> list[dict]:
    """(date, verdict, summary) for every change of verdict and for the current verdict when checked."""
    steps = [{"date": h.date, "verdict": h.to, "key": f"{h.date}-{h.from_}-{h.to}",
              "summary": f"{cat[f'verdict.{h.from_}']} → {cat[f'verdict.{h.to}']}: {cat.pick(h.why)}"} for h in a.history]
    if not any(h.date == a.checked and h.to == a.verdict for h in a.history):
        steps.append({"date": a.checked, "verdict": a.verdict, "key": f"{a.checked}-{a.verdict}",
                      "summary": first_sentence(cat.pick(a.note))})
    return steps


def verdict_entries(x: Xref, cat: Catalogue, site_url: str) -> list[dict]:
    ds = x.data
    out = []
    for cid, c in ds.claims.items():
        if not c.assessment:
            continue
        href = site_url + urls.claim(cid) + "#assessment-note"
        for step in verdict_changes(c.assessment, cat):
            verdict = step["verdict"]
            out.append({"id": f"{href}-{step['key']}", "href": href, "updated": stamp(parse_date(step["date"])),
                        "title": cat.fmt("feed.verdict_title", verdict=cat[f"verdict.{verdict}"],
                                         statement=cat.pick(c.statement)),
                        "author": cat["site_name"], "term": verdict, "label": cat[f"verdict.{verdict}"],
                        "summary": step["summary"]})
    return sorted(out, key=lambda e: (e["updated"], e["id"]), reverse=True)


def feeds(x: Xref, cat: Catalogue, site_url: str) -> list[tuple[str, str]]:
    """[(path, Atom XML)] for this language."""
    claims = claim_entries(x, cat, site_url)
    fallback = claims[0]["updated"] if claims else "1970-01-01T00:00:00Z"
    return [("feeds/claims.xml", _feed(cat, site_url, "feeds/claims.xml", "feed.claims", claims, fallback)),
            ("feeds/verdicts.xml", _feed(cat, site_url, "feeds/verdicts.xml", "feed.verdicts",
                                         verdict_entries(x, cat, site_url), fallback))]


def feed_links(ui, lang: str) -> list[dict]:
    """For the page <head>: site-relative path and title of each feed (gen/hooks.py puts them in config.extra)."""
    return [{"path": path, "title": ui[key][lang]} for path, key in FEEDS]
