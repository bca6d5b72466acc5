"""What every claim shows wherever it appears: who made it, where, and how it stands.

An assessment gives the day its evidence was checked; a claim with no assessment may say why in
`not_assessed`, and otherwise says why from its kind (see ratings.derived_reason).
"""
from __future__ import annotations

import re
from collections import Counter

from gen.site import urls
from gen.site.i18n import Catalogue, format_date, format_number
from gen.site.ratings import VERDICTS, derived_reason, status_href, verdict_href
from gen.site.timetags import date_parts

_LINK = "\x00"  # stands for the linked title inside a catalogue sentence
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9‘“'\"(])|(?<=[。！？])")


def first_sentence(text: str) -> str:
    """The note's first sentence: the one-line conclusion a card shows (the full note follows below)."""
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0].strip()


def _text(value, cat: Catalogue) -> str | None:
    """A data value that may be bilingual or plain text."""
    if value is None:
        return None
    return cat.pick(value) if cat.has(value) else str(value)


def who(x, cid: str, cat: Catalogue, here: str) -> dict:
    """The person or organisation who made the claim, or the author of the publication that carries it."""
    ds = x.data
    c = ds.claims[cid]
    if c.said_by:
        a = ds.actors[c.said_by]
        return {"name": cat.pick(a.name), "href": urls.rel(here, urls.actor(a.id)),
                "role": cat.pick(a.role) if a.role else None, "prefix": "", "suffix": "", "dash": cat["card.dash"]}
    src = ds.sources[c.excerpts[0].source]
    words = (cat.fmt("who.named_author", author=src.author, publication=_LINK) if src.author
             else cat.fmt("who.author_of", publication=_LINK))
    before, _, after = words.partition(_LINK)  # the publication's title is printed as a link between them
    return {"name": cat.source_title(src), "href": urls.rel(here, urls.source(src.id)),
            "role": None, "prefix": before, "suffix": after, "dash": cat["card.dash"]}


def where(x, cid: str, cat: Catalogue, here: str) -> list[dict]:
    """Each publication that carries the claim: publisher, title (linked to our copy), date.

    The date is left out when it would repeat the 'Published' line below it (one source, no said date)."""
    ds = x.data
    c = ds.claims[cid]
    sources = list(dict.fromkeys(ex.source for ex in c.excerpts))
    repeats = len(sources) == 1 and c.said is None
    out = []
    for sid in sources:
        src = ds.sources[sid]
        out.append({"publisher": cat.pick(src.publisher) if src.publisher else cat["unknown"],
                    "title": cat.source_title(src), "href": urls.rel(here, urls.source(sid)),
                    "published": None if repeats else date_parts(src.published, cat)})
    return out


def standing(x, cid: str, cat: Catalogue, here: str, status: str | None) -> dict:
    """The verdict with its one-line conclusion and checked date, or 'not assessed' with the reason."""
    c = x.data.claims[cid]
    a = c.assessment
    if a:
        checked = a.checked
        return {"verdict": a.verdict, "label": cat[f"verdict.{a.verdict}"], "href": verdict_href(here, a.verdict),
                "line": first_sentence(cat.pick(a.note)),
                "checked": date_parts(checked, cat) if checked else None, "reason": None}
    reason = _text(c.not_assessed, cat) or cat[derived_reason(c.kind, status)]
    return {"verdict": None, "label": cat["rating.not_assessed"], "href": verdict_href(here, None),
            "line": None, "checked": None, "reason": reason}


def status_view(status: str | None, cat: Catalogue, here: str) -> dict | None:
    if not status:
        return None
    return {"status": status, "label": cat[f"forecast.{status}"], "href": status_href(here, status)}


def ledger_status_view(status: str, cid: str, cat: Catalogue, here: str) -> dict:
    """A followed forecast's badge: its roadmap-ledger status, linking to its entry on the ledger."""
    return {"status": status, "label": cat[f"ledger.status.{status}"],
            "href": urls.rel(here, "forecasts/") + f"#forecast-{cid}"}


def said_label(x, cid: str, cat: Catalogue) -> dict:
    c = x.data.claims[cid]
    return {"label": cat["claim.said"] if c.said else cat["claim.said_published"],
            "parts": date_parts(x.said[cid].text, cat), "text": format_date(x.said[cid].text, cat)}


def verdict_counts(x, ids) -> Counter:
    """How many of the claims `ids` have each verdict (None: not assessed)."""
    claims = x.data.claims
    return Counter(claims[cid].assessment.verdict if claims[cid].assessment else None for cid in ids)


def tally(counts: Counter, cat: Catalogue, here: str) -> list[dict]:
    """How a set of claims stands (from verdict_counts, worked out once for all the pages of a list):
    a count per verdict, in the ratings page's order, then 'not assessed'; verdicts no claim has are
    left out. Each links to its definition, as a badge does."""
    return [{"verdict": v, "label": cat[f"verdict.{v}"] if v else cat["rating.not_assessed"],
             "href": verdict_href(here, v), "count": counts[v], "value": format_number(counts[v], cat)}
            for v in (*VERDICTS, None) if counts.get(v)]
