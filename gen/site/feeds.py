"""Atom feeds (RFC 4287) per language: every claim, and every verdict given; newest first.

Atom wants a full timestamp on every entry; our dates have a precision. An entry's <updated> is
the first day its date allows (the last, for "on or before"), at 00:00 UTC, and its summary states
the date as precisely as the record does. The verdicts feed lists a verdict only when the data says
when it was checked (an assessment's `checked` date, and each earlier verdict in its `history`,
read with getattr as the data model grows them): a verdict with no checked date has no honest
place in a feed ordered by date. Feed-level <updated> is the newest entry's, so builds repeat.
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
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": cat.lang})
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


def verdict_changes(assessment) -> list[tuple[str, str]]:
    """(checked date spec, verdict) for the current verdict and any recorded earlier ones that are dated."""
    steps = [*(getattr(assessment, "history", None) or []), assessment]
    dated = [(getattr(s, "checked", None) or getattr(s, "date", None), getattr(s, "verdict", None)) for s in steps]
    return [(d, v) for d, v in dated if d and v]


def verdict_entries(x: Xref, cat: Catalogue, site_url: str) -> list[dict]:
    ds = x.data
    out = []
    for cid, c in ds.claims.items():
        if not c.assessment:
            continue
        for checked, verdict in verdict_changes(c.assessment):
            href = site_url + urls.claim(cid) + "#assessment-note"
            current = verdict == c.assessment.verdict and checked == getattr(c.assessment, "checked", None)
            out.append({"id": f"{href}-{checked}-{verdict}", "href": href, "updated": stamp(parse_date(checked)),
                        "title": cat.fmt("feed.verdict_title", verdict=cat[f"verdict.{verdict}"],
                                         statement=cat.pick(c.statement)),
                        "author": cat["site_name"], "term": verdict, "label": cat[f"verdict.{verdict}"],
                        "summary": first_sentence(cat.pick(c.assessment.note)) if current else cat[f"verdict.{verdict}"]})
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
    return [{"path": path, "title": getattr(ui[key], lang)} for path, key in FEEDS]
