"""Rules on evidence: registered publishers, dated citations, assessments that rest on more than
aggregators, the verdict history, dates of speech, and how a quote relates to the speaker's words.

STRICT is False until the research re-audit (branch `audit`) has replaced aggregator citations and
dated every citation: until then the three evidence-quality rules below report warnings, not errors.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from gen.dates import parse_date
from gen.langtags import written_languages
from gen.load import Dataset
from gen.problems import Problems

STRICT = True  # aggregator-only, claims-only and undated citations are errors (the audit is merged)
QUOTE_MARKS = re.compile("[\"“”‘’「」『』]|(?<![A-Za-z0-9])'|'(?![A-Za-z0-9])")  # not an apostrophe (A100's)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").rstrip(".").lower()


def publisher_of(ds: Dataset, url: str):
    """The register entry for a URL: its host or the longest registered parent domain; None if none."""
    host, best = host_of(url), None
    for p in ds.publishers:
        if (host == p.host or host.endswith("." + p.host)) and (best is None or len(p.host) > len(best.host)):
            best = p
    return best


def _report(ds: Dataset, problems: Problems, strict: bool, cid: str, loc: tuple, what: str, fix: str) -> None:
    if strict:
        ds.error(problems, "claim", cid, loc, what, fix)
    else:
        path, line = ds.locate("claim", cid, *loc)
        problems.warning(path, line, cid, what, fix)


def _check_citations(ds: Dataset, problems: Problems, cid: str, a) -> None:
    tiers = []
    for i, e in enumerate(a.external):
        loc = ("assessment", "external", i)
        pub = publisher_of(ds, e.url)
        if pub is None:
            ds.error(problems, "claim", cid, (*loc, "url"), f"host '{host_of(e.url)}' is not in data/publishers.yaml",
                     "register the publisher (host, name, tier) or cite the original publication")
        tiers.append(pub.tier if pub else None)
        if e.date is None and e.undated is None:
            _report(ds, problems, STRICT, cid, loc, "citation has no date",
                    "give the date the page shows, or 'undated' saying why there is none")
        elif e.date is not None and e.undated is not None:
            ds.error(problems, "claim", cid, (*loc, "undated"), "citation has both a date and 'undated'",
                     "keep the date and remove 'undated'")
    if a.verdict == "unverifiable" or None in tiers:
        return
    if not a.external:
        _report(ds, problems, STRICT, cid, ("assessment", "verdict"),
                f"assessment '{a.verdict}' rests only on other claims of this dataset",
                "cite the public record (press or primary), or use verdict unverifiable and say why")
    elif all(t == "aggregator" for t in tiers):
        _report(ds, problems, STRICT, cid, ("assessment", "verdict"),
                f"assessment '{a.verdict}' rests only on aggregator citations",
                "cite the original (press or primary) the aggregator reports, or use verdict unverifiable")


def _check_history(ds: Dataset, problems: Problems, cid: str, a) -> None:
    checked = parse_date(a.checked)
    if checked.precision != "day":
        ds.error(problems, "claim", cid, ("assessment", "checked"), f"checked '{a.checked}' is not a day",
                 'give the day the evidence was checked, e.g. "2026-12-04"')
    before = None
    for i, change in enumerate(a.history):
        loc = ("assessment", "history", i)
        if change.from_ == change.to:
            ds.error(problems, "claim", cid, loc, f"verdict change from '{change.from_}' to itself",
                     "record only changes of verdict")
        if before is not None and change.from_ != before:
            ds.error(problems, "claim", cid, (*loc, "from"), f"change starts from '{change.from_}' but the "
                     f"previous one ended at '{before}'", "list changes oldest first, each from the last one's 'to'")
        before = change.to
    if before is not None and before != a.verdict:
        ds.error(problems, "claim", cid, ("assessment", "history"), f"last change ends at '{before}' but the "
                 f"verdict is '{a.verdict}'", "add the latest change, or correct the verdict")


def _check_speech(ds: Dataset, problems: Problems, cid: str, c) -> None:
    if c.kind == "quote" and c.speech is None:
        ds.error(problems, "claim", cid, ("kind",), "quote without 'speech'",
                 "say whether the source gives the speaker's own words (verbatim), its translation of them "
                 "(reported-translation), or a paraphrase")
    if c.speech is not None and c.speech != "verbatim":
        for lang, _ in written_languages(ds.root):
            if QUOTE_MARKS.search(getattr(c.statement, lang)):
                ds.error(problems, "claim", cid, ("statement", lang),
                         f"quotation marks in a {c.speech} statement",
                         "only the speaker's own words go in quotation marks; report the rest without them")


def _check_said_basis(ds: Dataset, problems: Problems, cid: str, c) -> None:
    if c.said is None or c.said_basis is not None:
        return
    published = {ds.sources[ex.source].published for ex in c.excerpts if ex.source in ds.sources}
    if c.said not in published:
        ds.error(problems, "claim", cid, ("said",), f"said {c.said} differs from the source's date without "
                 "'said_basis'", "say who recorded or aired the words and when (said_basis, both languages)")


def check_crosschecks(ds: Dataset, problems: Problems) -> None:
    """Each placement names a known claim; a cross-check compares at least two sources."""
    for xid, x in ds.crosschecks.items():
        sources = set()
        for i, p in enumerate(x.placements):
            claim = ds.claims.get(p.claim)
            if claim is None:
                if p.claim not in ds.invalid:
                    ds.error(problems, "crosscheck", xid, ("placements", i, "claim"), f"unknown claim '{p.claim}'",
                             "use an id defined in data/claims/")
                return
            sources.update(ex.source for ex in claim.excerpts)
        if len(sources) < 2:
            ds.error(problems, "crosscheck", xid, ("placements",), "all placements come from one source",
                     "compare claims from at least two sources (within one source, use an assessment)")


def _check_unused_publishers(ds: Dataset, problems: Problems) -> None:
    """A press, primary or reference publisher that no assessment or ledger entry cites is a leftover
    (say, of a citation since replaced): the register should describe what the site cites. Aggregators
    stay registered uncited: they are the known leads, so a later citation of one is named as such."""
    urls = [e.url for c in ds.claims.values() if c.assessment for e in c.assessment.external]
    urls += [e.url for f in ds.forecasts.values() for e in f.evidence]
    cited = {id(publisher_of(ds, url)) for url in urls}
    for p in ds.publishers:
        if id(p) not in cited and p.tier != "aggregator":
            path, line = ds.publisher_lines[p.host]
            problems.warning(path, line, p.host, "no citation uses this publisher",
                             "remove the entry, or cite a page of it")


def check_evidence(ds: Dataset, problems: Problems) -> None:
    check_crosschecks(ds, problems)
    if any(c.assessment and c.assessment.external for c in ds.claims.values()) and not ds.publishers:
        path = ds.root / "data" / "publishers.yaml"
        if not path.exists():
            problems.error(path, 1, None, "data/publishers.yaml not found, but assessments cite the public record",
                           "add it: one entry per cited host, with its name and tier")
            return
    _check_unused_publishers(ds, problems)
    for cid, c in ds.claims.items():
        a = c.assessment
        if a:
            _check_citations(ds, problems, cid, a)
            _check_history(ds, problems, cid, a)
            if c.not_assessed is not None:
                ds.error(problems, "claim", cid, ("not_assessed",), "claim has both an assessment and 'not_assessed'",
                         "keep one")
        elif c.not_assessed is None:
            ds.error(problems, "claim", cid, (), "neither assessed nor marked not_assessed",
                     "add an assessment, or say under not_assessed why it has no checkable fact")
        _check_speech(ds, problems, cid, c)
        _check_said_basis(ds, problems, cid, c)
