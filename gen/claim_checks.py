"""Rules on each claim against its sources: excerpts, figures, dates, forecasts, assessments."""
from __future__ import annotations

from gen.checks import content_gaps, states_number
from gen.dates import later_than, parse_date
from gen.load import Dataset
from gen.normalise import normalise_text
from gen.problems import Problems

Match = tuple[int, int]


def locate_excerpts(ds: Dataset, problems: Problems) -> dict[tuple[str, int], Match]:
    """Find every excerpt in its normalised source; map each to original offsets."""
    found: dict[tuple[str, int], Match] = {}
    gaps = {sid: content_gaps(ds, sid) for sid in ds.texts}
    for cid, claim in ds.claims.items():
        for i, ex in enumerate(claim.excerpts):
            if ex.source not in ds.normalised:
                continue  # unknown source or missing archive: reported elsewhere
            needle = normalise_text(ex.text)
            spans = ds.normalised[ex.source].find_all(needle)
            path, line = ds.locate("claim", cid, "excerpts", i, "text")
            if not spans:
                problems.error(path, line, cid, f"excerpt not found in source {ex.source}",
                               "copy the words exactly from data/sources/archive/ (script, digits and "
                               "wording as printed)")
                continue
            content = [s for s in spans if not _inside(s, gaps[ex.source])]
            if not content:
                kind = next(k for a, b, k in gaps[ex.source] if a <= spans[0][0] and spans[0][1] <= b)
                problems.error(path, line, cid, f"excerpt found only inside non-content ({kind}) of {ex.source}",
                               "cite article text, not page chrome, disclaimers or teasers")
                continue
            found[(cid, i)] = content[0]
    return found


def _inside(span: Match, gaps) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b, _ in gaps)


def check_claims(ds: Dataset, problems: Problems) -> None:
    for cid, c in ds.claims.items():
        texts = [normalise_text(ex.text) for ex in c.excerpts]
        for i, fig in enumerate(c.figures):
            path, line = ds.locate("claim", cid, "figures", i)
            if fig.stated_as is not None:
                if not any(normalise_text(fig.stated_as) in t for t in texts):
                    problems.error(path, line, cid, f"figure stated_as '{fig.stated_as}' is not in any excerpt",
                                   "quote the words as the excerpt gives them")
            elif not any(states_number(t, fig.value) for t in texts):
                problems.error(path, line, cid, f"figure {fig.value} is not stated in any excerpt",
                               "widen the excerpt to include it, or give 'stated_as' for written-out numbers")
        if c.kind == "forecast" and c.about is None:
            path, line = ds.locate("claim", cid, "kind")
            problems.error(path, line, cid, "forecast without an 'about' date",
                           'say when it is due, e.g. about: "2027-Q4"')
        if c.said is not None:
            said = parse_date(c.said)
            for ex in c.excerpts:
                src = ds.sources.get(ex.source)
                if src and later_than(said, parse_date(src.published)):
                    path, line = ds.locate("claim", cid, "said")
                    problems.error(path, line, cid,
                                   f"said {c.said} is later than source {ex.source} was published ({src.published})",
                                   "correct the date, or the source's publication date")
        a = c.assessment
        if a and a.verdict != "unverifiable" and not (a.claims or a.external):
            path, line = ds.locate("claim", cid, "assessment")
            problems.error(path, line, cid, f"assessment '{a.verdict}' cites nothing",
                           "cite other claims or an external source, or use verdict unverifiable and say why")
        if c.variant_of == cid or cid in c.related:
            path, line = ds.locate("claim", cid, "related")
            problems.error(path, line, cid, "claim refers to itself", "remove the self-reference")


def check_usage(ds: Dataset, problems: Problems) -> None:
    used = {ex.source for c in ds.claims.values() for ex in c.excerpts}
    for sid in ds.sources:
        if sid not in used:
            path, line = ds.locate("source", sid)
            problems.warning(path, line, sid, "no claim cites this source", "add claims from it, or remove it")
