"""Rules on each claim against its sources: excerpts, figures, dates, forecasts, assessments."""
from __future__ import annotations

import difflib

from gen.checks import content_gaps, states_number
from gen.dates import later_than, parse_date
from gen.suggest import closest_passage, first_difference
from gen.load import Dataset
from gen.normalise import normalise_text
from gen.numerals import stated_value, states_multiplied
from gen.problems import Problems

Match = tuple[int, int]
MIN_EXCERPT = 6  # characters (white space aside): shorter words occur anywhere and prove nothing


def locate_excerpts(ds: Dataset, problems: Problems) -> dict[tuple[str, int], Match]:
    """Find every excerpt in its normalised source; map each to original offsets."""
    found: dict[tuple[str, int], Match] = {}
    gaps = {sid: content_gaps(ds, sid) for sid in ds.texts}
    for cid, claim in ds.claims.items():
        for i, ex in enumerate(claim.excerpts):
            if ex.source not in ds.normalised:
                continue  # unknown source or missing archive: reported elsewhere
            if len("".join(normalise_text(ex.text).split())) < MIN_EXCERPT:
                ds.error(problems, "claim", cid, ("excerpts", i, "text"),
                         f"excerpt is shorter than {MIN_EXCERPT} characters",
                         "quote enough words to identify the passage (a phrase or a sentence)")
                continue
            spans = ds.normalised[ex.source].find_all(normalise_text(ex.text))
            content = [s for s in spans if not _inside(s, gaps[ex.source])]
            if content:
                found[(cid, i)] = content[0]
            elif not spans:
                ds.error(problems, "claim", cid, ("excerpts", i, "text"), f"excerpt not found in source {ex.source}"
                         + _nearest(ds, ex.source, normalise_text(ex.text)),
                         "copy the words exactly from data/sources/archive/ (script, digits and wording as printed)")
            else:
                kind = next(k for a, b, k in gaps[ex.source] if a <= spans[0][0] and spans[0][1] <= b)
                ds.error(problems, "claim", cid, ("excerpts", i, "text"),
                         f"excerpt found only inside non-content ({kind}) of {ex.source}",
                         "cite article text, not page chrome, disclaimers or teasers")
    return found


def _use_existing(key: str, known) -> str:
    """'did you mean …? ' naming the labelled metrics or units most like key (by words or spelling)."""
    words = set(key.lower().split())
    shared = [k for k in known if words & set(k.lower().split())]
    near = list(dict.fromkeys([*difflib.get_close_matches(key, list(known), n=2, cutoff=0.6), *shared]))[:3]
    return f"did you mean {' or '.join(repr(k) for k in near)}? else " if near else ""


def _nearest(ds: Dataset, sid: str, needle: str) -> str:
    """'; closest passage, line N: "…" (differs from "…")' — the archive words nearest the excerpt."""
    norm = ds.normalised[sid]
    window = closest_passage(norm.text, needle)
    if window is None:
        return ""
    a, b = window
    start, end = norm.starts[a], norm.ends[b - 1]
    line = ds.texts[sid].count("\n", 0, start) + 1
    at = first_difference(norm.text[a:b], needle)
    return (f'; closest passage, line {line}: "{ds.texts[sid][start:end]}"'
            f' (the excerpt differs from "{needle[at:at + 8]}" on)')


def _inside(span: Match, gaps) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b, _ in gaps)


def _check_figures(ds: Dataset, problems: Problems, cid: str, c) -> None:
    texts = [normalise_text(ex.text) for ex in c.excerpts]
    for i, fig in enumerate(c.figures):
        if fig.stated_as is not None:
            words = normalise_text(fig.stated_as)
            if not any(words in t for t in texts):
                ds.error(problems, "claim", cid, ("figures", i), f"figure stated_as '{fig.stated_as}' is not in any "
                         "excerpt", "quote the words as the excerpt gives them")
            elif (said := _states(words, fig.value)) is not True:
                ds.error(problems, "claim", cid, ("figures", i, "value"),
                         f"figure {fig.value} is not what stated_as '{fig.stated_as}' says" if said is False
                         else f"stated_as '{fig.stated_as}' gives no number",
                         "give the value the words state (三十多年 → 30, 五分之一 → 0.2, 80余位 → 80)")
        elif not any(states_number(t, fig.value) for t in texts):
            ds.error(problems, "claim", cid, ("figures", i), f"figure {fig.value} is not stated in any excerpt",
                     "widen the excerpt to include it, or give 'stated_as' for written-out numbers")
        if fig.relative_to is not None and fig.relative_to == fig.system:
            ds.error(problems, "claim", cid, ("figures", i, "relative_to"), "figure compares a system with itself",
                     "name the other system in relative_to, or remove relative_to")
        elif fig.relative_to is not None and (fig.value <= 0 if fig.unit == "x" else fig.value <= -100):
            ds.error(problems, "claim", cid, ("figures", i, "value"),
                     f"comparison figure {fig.value}{fig.unit} leaves nothing to compare against",
                     "a ratio (x) must be above 0 and a change (%) above -100")


def _states(words: str, value: int | float) -> bool | None:
    """Whether the words state the value (in digits when they have any, else in Chinese numerals);
    None when they state no number at all."""
    read = stated_value(words)  # digits with a Chinese multiplier first: 160萬 is 1,600,000
    if any(ch.isascii() and ch.isdigit() for ch in words) and not (read and states_multiplied(words)):
        return states_number(words, value)
    return None if read is None else abs(read - value) <= 1e-9 * max(1, abs(value))


def check_compared_figures(ds: Dataset, problems: Problems) -> None:
    """Stated values that a comparison chart divides by and draws must be above 0."""
    compared = {(s, f.metric) for c in ds.claims.values() for f in c.figures if f.relative_to
                for s in (f.system, f.relative_to)}
    for cid, c in ds.claims.items():
        for i, f in enumerate(c.figures):
            if f.relative_to is None and f.unit not in ("x", "%") and (f.system, f.metric) in compared \
                    and f.value <= 0:
                ds.error(problems, "claim", cid, ("figures", i, "value"),
                         f"figure {f.value} is compared with another system, so it must be above 0",
                         "correct the value, or give the metric another name")


def check_figure_labels(ds: Dataset, problems: Problems) -> None:
    """Every figure's metric and unit has an English and a Chinese label in data/figures.yaml."""
    labels, path = ds.figure_labels, ds.root / "data" / "figures.yaml"
    if labels is None:  # no file, or one that could not be read (reported already)
        if not path.exists() and any(c.figures for c in ds.claims.values()):
            problems.error(path, 1, None, "data/figures.yaml not found, but claims state figures",
                           "add it: metrics and units, each with its English and Chinese label")
        return
    for cid, c in ds.claims.items():
        for i, fig in enumerate(c.figures):
            for name, key, known in (("metric", fig.metric, labels.metrics), ("unit", fig.unit, labels.units)):
                if known is not None and key not in known:  # None: section unreadable, reported already
                    ds.error(problems, "claim", cid, ("figures", i, name),
                             f"figure {name} '{key}' has no label in data/figures.yaml",
                             _use_existing(key, known) + "add it with its English and Chinese label")


def check_public_record(ds: Dataset, problems: Problems) -> None:
    """A comparison's public-record figure is stated in an external excerpt its claim's assessment cites."""
    for xid, x in ds.comparisons.items():
        for i, r in enumerate(x.public_record):
            labels = ds.figure_labels
            for name, key, known in (("metric", r.metric, labels and labels.metrics),
                                     ("unit", r.unit, labels and labels.units)):
                if known is not None and key not in known:
                    ds.error(problems, "comparison", xid, ("public_record", i, name),
                             f"public-record {name} '{key}' has no label in data/figures.yaml",
                             "use the claims' metric and unit, or add a label in both languages")
            c = ds.claims.get(r.claim)
            if c is None:  # unknown claim, reported by check_references
                continue
            external = c.assessment.external if c.assessment else []
            if not any(states_number(normalise_text(e.excerpt), r.value) for e in external):
                ds.error(problems, "comparison", xid, ("public_record", i, "value"),
                         f"public-record figure {r.value} is not stated in any external excerpt of claim '{r.claim}'",
                         "cite the public record in that claim's assessment (external), quoting the number")


def _check_said(ds: Dataset, problems: Problems, cid: str, c) -> None:
    said = parse_date(c.said)
    for sid in dict.fromkeys(ex.source for ex in c.excerpts):
        src = ds.sources.get(sid)
        if src and later_than(said, parse_date(src.published)):
            ds.error(problems, "claim", cid, ("said",),
                     f"said {c.said} is later than source {sid} was published ({src.published})",
                     "correct the date, or the source's publication date")


def _check_forecast(ds: Dataset, problems: Problems, cid: str, c) -> None:
    first = ds.sources.get(c.excerpts[0].source)
    said = c.said or (first.published if first else None)
    if said is not None and later_than(parse_date(said), parse_date(c.about)):
        ds.error(problems, "claim", cid, ("about",), f"forecast about {c.about} lies before it was said ({said})",
                 "a forecast is about a later time: correct 'about' or 'said', or use kind history")


def _check_statement_numbers(ds: Dataset, problems: Problems, cid: str, c) -> None:
    """A figure written in digits appears in the statement in every language ('8,129' for 8192 fails)."""
    for i, f in enumerate(c.figures):
        if f.stated_as is not None:
            continue  # words in the excerpt ('三十多年'); the statement may say them in words too
        for lang, text in c.statement:
            if not states_number(text, f.value):
                ds.error(problems, "claim", cid, ("statement", lang),
                         f"the {lang} statement does not state figure {i + 1}'s value {f.value:g}",
                         f"write the number as the figure has it, or correct the figure's value")


def check_claims(ds: Dataset, problems: Problems) -> None:
    for cid, c in ds.claims.items():
        _check_figures(ds, problems, cid, c)
        _check_statement_numbers(ds, problems, cid, c)
        if c.said is not None:
            _check_said(ds, problems, cid, c)
        if c.kind == "forecast" and c.about is None:
            ds.error(problems, "claim", cid, ("kind",), "forecast without an 'about' date",
                     'say when it is due, e.g. about: "2027-Q4"')
        elif c.kind == "forecast":
            _check_forecast(ds, problems, cid, c)
        a = c.assessment
        if a and a.verdict != "unverifiable" and not (a.claims or a.external):
            ds.error(problems, "claim", cid, ("assessment",), f"assessment '{a.verdict}' cites nothing",
                     "cite other claims or an external source, or use verdict unverifiable and say why")
        if c.variant_of == cid or cid in c.related:
            ds.error(problems, "claim", cid, ("variant_of",) if c.variant_of == cid else ("related",),
                     "claim refers to itself", "remove the self-reference")


def check_usage(ds: Dataset, problems: Problems) -> None:
    if any(p.level == "error" and p.path.startswith("data/claims/") for p in problems.items):
        return  # a claims file that could not be read would make every source it cites look unused
    used = {ex.source for c in ds.claims.values() for ex in c.excerpts}
    for sid in ds.sources:
        if sid not in used:
            path, line = ds.locate("source", sid)
            problems.warning(path, line, sid, "no claim cites this source", "add claims from it, or remove it")
