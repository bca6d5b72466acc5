"""Evidence as readers see it: each citation's publisher and tier, how a quote relates to the
speaker's words, when an assessment was checked, and every change of verdict (the corrections page)."""
from __future__ import annotations

from gen.evidence import publisher_of
from gen.site import urls
from gen.site.i18n import Catalogue, format_date
from gen.site.quoted import quoted
from gen.script import text_tag
from gen.site.ratings import verdict_href
from gen.site.timetags import date_parts
from gen.site.view_forecasts import ledger_changes
from gen.site.xref import Xref


def citation(x: Xref, e, cat: Catalogue) -> dict:
    """One external citation: the register's name for its publisher in this language, and its tier."""
    pub = publisher_of(x.data, e.url)
    title = e.title or e.publisher
    name = cat.pick(pub.name) if pub else e.publisher
    return {
        "url": e.url, "excerpt": e.excerpt, "title": title,
        "publisher": name if name not in title else None,  # printed after the link unless the link names it
        "date": format_date(e.date, cat) if e.date else None,
        "tier": pub.tier if pub else None,
        "tier_label": cat[f"tier.{pub.tier}"] if pub else None,
        # a mirror names its original, in the page's language
        "note": cat.pick(pub.note) if pub and pub.tier == "aggregator" and pub.note else None,
        "link_text": title,
        "title_lang": text_tag(title),  # as the cited page prints it
        **quoted(e, cat),
    }



def speech(c, cat: Catalogue) -> dict:
    """How the excerpt relates to the speaker's words, and how to label our translation of it."""
    kind = c.speech
    return {
        "speech": kind,
        "speech_note": cat[f"speech.{kind}"] if kind else None,
        "translation_label": cat[f"translation.{kind}"] if kind else cat["claim.translation"],
    }


def history(a, cat: Catalogue, here: str = "") -> list[dict]:
    return [{"date": format_date(h.date, cat), "date_parts": date_parts(h.date, cat),
             "from": cat[f"verdict.{h.from_}"], "to": cat[f"verdict.{h.to}"],
             "from_id": h.from_, "to_id": h.to, "from_href": verdict_href(here, h.from_),
             "to_href": verdict_href(here, h.to), "why": cat.pick(h.why)} for h in a.history]


def assessment_extras(x: Xref, cid: str, cat: Catalogue) -> dict:
    """What the claim page adds to an assessment: checked date, earlier verdicts, cited publishers."""
    a = x.data.claims[cid].assessment
    return {
        "checked": cat.fmt("claim.checked", date=format_date(a.checked, cat)),
        "history": history(a, cat),
        "external": [citation(x, e, cat) for e in a.external],
    }


def corrections_page(x: Xref, cat: Catalogue) -> list[dict]:
    """Every change of verdict in the data, newest first; links relative to corrections/."""
    here = "corrections/"
    rows = []
    for cid, c in x.data.claims.items():
        if c.assessment:
            for change, h in zip(c.assessment.history, history(c.assessment, cat, here)):
                rows.append({**h, "sort": change.date, "claim": cat.pick(c.statement),
                             "href": urls.rel(here, urls.claim(cid)), "id": cid})
    rows += ledger_changes(x, cat, here)  # the forecast ledger's status changes
    return sorted(rows, key=lambda r: (r["sort"], r["id"]), reverse=True)


def crosschecks(x: Xref, cat: Catalogue, here: str) -> list[dict]:
    """Each cross-source question with every claim's answer, in the order the answers were said."""
    from gen.site.view_claims import card  # view_claims imports this module

    out = []
    for xc in x.data.crosschecks.values():
        rows = []
        for p in sorted(xc.placements, key=lambda p: (x.said[p.claim].sort_key, p.claim)):
            src = x.data.sources[x.data.claims[p.claim].excerpts[0].source]
            rows.append({"position": cat.pick(p.position), "claim": card(x, p.claim, cat, here),
                         "source": cat.source_title(src), "source_href": urls.rel(here, urls.source(src.id))})
        out.append({"id": xc.id, "question": cat.pick(xc.question), "rows": rows,
                    "note": cat.pick(xc.note) if xc.note else None})
    return out
