"""View models for claims: a card for lists, and the full claim page."""
from __future__ import annotations

from gen.dates import parse_date
from gen.langtags import needs_translation
from gen.site import urls
from gen.ledger import shown_status
from gen.site.claim_card import ledger_status_view, said_label, standing, status_view, where, who
from gen.site.clock import build_date
from gen.site.figures import amount, metric_label
from gen.site.quoted import in_page_script
from gen.site.i18n import Catalogue, format_date
from gen.site.ratings import forecast_status
from gen.site.timetags import date_parts
from gen.site.view_evidence import assessment_extras, speech
from gen.site.xref import Xref

def card(x: Xref, cid: str, cat: Catalogue, here: str, date: str = "said", today=None) -> dict:
    """What a list shows of one claim; links relative to the page at `here`."""
    ds = x.data
    c = ds.claims[cid]
    verdict = c.assessment.verdict if c.assessment else None
    status = forecast_status(x.about[cid], today or build_date(), verdict) if c.kind == "forecast" else None
    followed = ds.forecasts.get(cid) if c.kind == "forecast" else None  # on the roadmap ledger: its status
    span = x.said[cid] if date == "said" else x.about[cid]
    sources = list(dict.fromkeys(ex.source for ex in c.excerpts))
    return {
        "id": cid,
        "href": urls.rel(here, urls.claim(cid)),
        "statement": cat.pick(c.statement),
        "kind": c.kind,
        "kind_label": cat[f"kind.{c.kind}"],
        "date": format_date(span.text, cat),
        "date_parts": date_parts(span.text, cat),
        "who": who(x, cid, cat, here),
        "standing": standing(x, cid, cat, here, status),
        "status": (ledger_status_view(shown_status(followed.status, x.about[cid], today or build_date()), cid, cat, here)
                   if followed else status_view(status, cat, here)),
        "filters": {
            "kind": c.kind,
            "actor": c.said_by or "",
            "systems": " ".join(dict.fromkeys([*c.systems, *(f.system for f in c.figures if f.system)])),  # as x.by_system
            "sources": " ".join(sources),
            "verdict": c.assessment.verdict if c.assessment else "none",  # filter value; 'none': not assessed
        },
    }


def excerpt_view(x: Xref, cid: str, i: int, cat: Catalogue, here: str) -> dict:
    """The excerpt as archived (in the source's language) and its rendering in the page's language."""
    ds = x.data
    ex = ds.claims[cid].excerpts[i]
    src = ds.sources[ex.source]
    page = cat.tag
    return {
        "text": ex.text,
        "lang": src.language,
        "converted": in_page_script(ex.text, src.language, cat), "converted_lang": page,
        "translation": cat.prose(getattr(ex, cat.text)) if needs_translation(src.language, page) else None,
        "translation_lang": page,
        **speech(ds.claims[cid], cat),  # how to label our translation: of the words, or of a translation
        "source_title": cat.source_title(src),
        "source_href": urls.rel(here, urls.source(src.id)) + f"#cite-{cid}-{i}",
        "published": format_date(src.published, cat),
    }


def figure_row(x: Xref, cid: str, f, cat: Catalogue, here: str) -> dict:
    """One figure as claim and system pages print it; links relative to the page at `here`."""
    ds = x.data
    system = ds.systems.get(f.system) if f.system else None
    other = ds.systems.get(f.relative_to) if f.relative_to else None
    return {
        "metric": metric_label(ds, f.metric, cat),
        "amount": amount(ds, f, cat),
        "system": {"name": cat.pick(system.name), "href": urls.rel(here, urls.system(system.id))} if system else None,
        "relative_to": cat.pick(other.name) if other else None,
        "claim": cid,
        "claim_href": urls.rel(here, urls.claim(cid)),
    }


def figure_rows(x: Xref, cid: str, cat: Catalogue, here: str) -> list[dict]:
    return [figure_row(x, cid, f, cat, here) for f in x.data.claims[cid].figures]


def claim_links(x: Xref, ids, cat: Catalogue, here: str) -> list[dict]:
    return [{"href": urls.rel(here, urls.claim(i)), "statement": cat.pick(x.data.claims[i].statement), "id": i}
            for i in dict.fromkeys(ids)]


def json_ld(x: Xref, cid: str, cat: Catalogue, page_url: str) -> dict:
    """schema.org Claim, or ClaimReview when assessed; the template prints it with |tojson (script-safe)."""
    ds = x.data
    c = ds.claims[cid]
    actor = ds.actors.get(c.said_by) if c.said_by else None
    claim = {
        "@type": "Claim",
        "text": cat.pick(c.statement),
        "inLanguage": cat.tag,
        "appearance": [{"@type": "CreativeWork", "name": ds.sources[e.source].title.original or
                        cat.source_title(ds.sources[e.source]), "text": e.text,
                        "inLanguage": ds.sources[e.source].language} for e in c.excerpts],
    }
    span = x.said[cid]
    if span.earliest and span.precision == "day":
        claim["dateCreated"] = span.earliest.isoformat()
    if actor:
        claim["author"] = {"@type": "Person" if actor.kind == "person" else "Organization", "name": actor.name.en}
    doc = claim
    if c.assessment:
        doc = {"@type": "ClaimReview", "url": page_url, "claimReviewed": cat.pick(c.statement),
               "itemReviewed": claim, "author": {"@type": "Organization", "name": "Claimline"},
               "reviewRating": {"@type": "Rating", "alternateName": cat[f"verdict.{c.assessment.verdict}"]}}
        if parse_date(c.assessment.checked).precision == "day":
            doc["datePublished"] = c.assessment.checked
    return {"@context": "https://schema.org", **doc}


def claim_page(x: Xref, cid: str, cat: Catalogue, absolute_url: str) -> dict:
    ds = x.data
    c = ds.claims[cid]
    here = urls.claim(cid)
    a = c.assessment
    return {
        "card": card(x, cid, cat, here),
        "excerpts": [excerpt_view(x, cid, i, cat, here) for i in range(len(c.excerpts))],
        "said": said_label(x, cid, cat),
        "about": date_parts(c.about, cat) if c.about else None,
        "where": where(x, cid, cat, here),
        "said_basis": cat.pick(c.said_basis) if c.said_basis else None,
        "systems": [{"name": cat.pick(ds.systems[s].name), "href": urls.rel(here, urls.system(s))} for s in c.systems],
        "figures": figure_rows(x, cid, cat, here),
        "assessment": {
            "verdict": a.verdict, "verdict_label": cat[f"verdict.{a.verdict}"], "note": cat.pick(a.note),
            "claims": claim_links(x, a.claims, cat, here), **assessment_extras(x, cid, cat),
        } if a else None,
        "variants": claim_links(x, x.variants.get(cid, []), cat, here),
        "related": claim_links(x, [*c.related, *x.cited_by.get(cid, [])], cat, here),
        "events": [{"title": cat.pick(ds.events[e].title), "date": format_date(ds.events[e].date, cat),
                    "href": urls.rel(here, urls.event(e))} for e in x.events_of_claim.get(cid, [])],
        "json_ld": json_ld(x, cid, cat, absolute_url),
    }
