"""`python -m gen coverage`: which content sentences the claims cite, and why the rest are left out.

Each source's archived text, less its non-content spans and image placeholders, is split
into sentences (at 。！？!?；; an English full stop before white space; and line breaks, except the
hard wraps of a wrapped text; never inside a repaired span). Headings
(short lines without closing punctuation) and very short fragments are skipped. A sentence
is covered when an excerpt match overlaps it. data/coverage.yaml records why a sentence is
deliberately left uncovered: a list of {source, text (a verbatim fragment), reason {en, zh}}.
The command fails when more than 5% of sentences are uncovered without a reason.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from gen.checks import content_gaps
from gen.explain import explain_all
from gen.load import Dataset
from gen.models import CoverageReason as Reason
from gen.normalise import edits_for, normalise_text
from gen.problems import Problems
from gen.validate import Checked, check
from gen.yamlio import read_yaml

TERMINATORS = set("。！？!?；;\n")
CLAUSE_ENDS = set("。，,；;：:、")  # a short whole line not ending in one of these is a heading
MIN_CHARS = 8
HEADING_MAX = 30
LIMIT = 0.05


@dataclass
class Sentence:
    source: str
    line: int
    start: int
    end: int
    text: str
    claims: list[str] = field(default_factory=list)
    reason: Reason | None = None


def _mask(size: int, spans) -> bytearray:
    mask = bytearray(size)
    for a, b in spans:
        mask[a:b] = b"\x01" * (b - a)
    return mask


def _pieces(ds: Dataset, sid: str) -> list[tuple[int, int]]:
    """Original (start, end) of each run of content between sentence terminators."""
    text = ds.texts[sid]
    gaps = _mask(len(text), [(a, b) for a, b, _ in content_gaps(ds, sid)])
    repairs = [(r.find, r.replace) for r in ds.sources[sid].repairs]
    kept = _mask(len(text), [(a, b) for a, b, _ in edits_for(text, repairs)])
    out, start = [], 0
    wrap = _wrap_width(text)
    for i, ch in enumerate(text):
        if gaps[i]:
            out.append((start, i))
            start = i + 1
        elif kept[i] or (ch == "\n" and _hard_wrap(text, i, wrap)):
            continue
        elif ch in TERMINATORS or (ch == "." and _full_stop(text, i)):
            out.append((start, i + 1))
            start = i + 1
    out.append((start, len(text)))
    return [_strip(text, a, b) for a, b in out if text[a:b].strip()]


def _wrap_width(text: str) -> int:
    """The width a hard-wrapped text is wrapped at (its longest line); unwrapped paragraphs make it large."""
    return max((len(line.rstrip()) for line in text.split("\n")), default=0)


def _hard_wrap(text: str, i: int, width: int) -> bool:
    """The line break at i only wraps a sentence: its line is near the wrap width (or ends mid-clause),
    ends without closing punctuation, and the next line goes on (not blank)."""
    line = text[text.rfind("\n", 0, i) + 1:i].rstrip()
    after = text[i + 1:i + 2]
    if not line or not after.strip() or line[-1] in TERMINATORS or line[-1] in ".\"'”」":
        return False
    return line[-1] in CLAUSE_ENDS or len(line) >= 0.8 * width


def _full_stop(text: str, i: int) -> bool:
    """An English full stop: before white space or the end, not after a digit or a lone capital (J. Huang)."""
    after = text[i + 1:i + 2]
    before = text[max(0, i - 2):i]
    if after and not after.isspace():
        return False
    return bool(before) and not before[-1].isdigit() and not (before[-1].isupper() and not before[:1].isalpha())


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _is_heading(text: str, a: int, b: int) -> bool:
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    return line == text[a:b] and len(line) <= HEADING_MAX and line[-1] not in CLAUSE_ENDS


def split_sentences(ds: Dataset, sid: str) -> list[Sentence]:
    text, norm = ds.texts[sid], ds.normalised[sid]
    out = []
    for a, b in _pieces(ds, sid):
        shown = norm.text[bisect.bisect_left(norm.starts, a):bisect.bisect_left(norm.starts, b)].strip()
        if len(shown.replace(" ", "")) < MIN_CHARS or _is_heading(text, a, b):
            continue
        out.append(Sentence(sid, text.count("\n", 0, a) + 1, a, b, shown))
    return out


def _cite(result: Checked, sentences: list[Sentence]) -> None:
    ds = result.data
    spans = [(ds.claims[cid].excerpts[i].source, s, e, cid) for (cid, i), (s, e) in result.matches.items()]
    for sent in sentences:
        sent.claims = sorted({cid for src, s, e, cid in spans
                              if src == sent.source and s < sent.end and sent.start < e})


def load_reasons(root: Path, ds: Dataset, problems: Problems) -> list[tuple[Reason, int]]:
    path = root / "data" / "coverage.yaml"
    if not path.exists() or (doc := read_yaml(path, problems)) is None or doc.data is None:
        return []
    if not isinstance(doc.data, list):
        problems.error(path, 1, None, "expected a list of reasons", "start each entry with '- source: …'")
        return []
    out = []
    for i, item in enumerate(doc.data):
        try:
            reason = Reason.model_validate(item)
        except ValidationError as exc:
            for loc, what, fix in explain_all(exc):
                problems.error(path, doc.line((i, *loc)), None, what, fix)
            continue
        if reason.source not in ds.texts:
            problems.error(path, doc.line((i, "source")), None, f"unknown source '{reason.source}'",
                           "use a source id from data/sources/")
            continue
        out.append((reason, doc.line((i, "text"))))
    return out


def _attach(reasons, by_source: dict[str, list[Sentence]], path: Path, problems: Problems) -> None:
    for reason, line in reasons:
        needle = normalise_text(reason.text)
        hits = [s for s in by_source[reason.source] if needle in s.text]
        if not hits:
            problems.error(path, line, None, f"text not found in any content sentence of {reason.source}",
                           "copy a fragment of one sentence, as printed (repaired form), without its end mark")
        elif all(s.claims for s in hits):
            problems.warning(path, line, None, f"sentence is cited by claim {hits[0].claims[0]}",
                             "remove this reason: the sentence is covered")
        for s in hits:
            s.reason = s.reason or reason


def coverage(root: Path) -> tuple[Checked, dict[str, list[Sentence]], Problems]:
    result = check(root)
    ds, problems = result.data, Problems(root)
    by_source = {sid: split_sentences(ds, sid) for sid in ds.sources if sid in ds.texts}
    for sentences in by_source.values():
        _cite(result, sentences)
    _attach(load_reasons(root, ds, problems), by_source, root / "data" / "coverage.yaml", problems)
    return result, by_source, problems


def _counts(sentences: list[Sentence]) -> tuple[int, int, int, int]:
    covered = sum(1 for s in sentences if s.claims)
    reasoned = sum(1 for s in sentences if not s.claims and s.reason)
    return len(sentences), covered, reasoned, len(sentences) - covered - reasoned


def coverage_summary(root: Path) -> tuple[bool, str, list]:
    """(passes, one line, problems) — what `gen coverage` and CI's coverage test will say, for `check`."""
    result, by_source, problems = coverage(root)
    total = [sum(col) for col in zip(*(_counts(s) for s in by_source.values()))] or [0, 0, 0, 0]
    share = total[3] / total[0] if total[0] else 0.0
    ok = share <= LIMIT and not problems.errors
    line = (f"coverage {total[0]} sentences, {total[3]} uncovered without a reason ({share:.1%}, limit {LIMIT:.0%})"
            + ("" if ok else " — run python -m gen coverage to list them; cite them or give a reason in data/coverage.yaml"))
    return ok, line, problems.items


def run_coverage(root: Path) -> int:
    result, by_source, problems = coverage(root)
    if result.problems.errors:
        print(f"data check failed with {len(result.problems.errors)} error(s) — run python -m gen check first")
        return 1
    for problem in problems.items:
        print(problem)
    rows = []
    for sid, sentences in by_source.items():
        archive = f"data/sources/archive/{result.data.sources[sid].archive}"
        for s in sentences:
            if not s.claims and not s.reason:
                print(f"{archive}:{s.line}: uncovered, no reason: {s.text}")
        rows.append((sid, *_counts(sentences)))
    total = [sum(col) for col in zip(*(r[1:] for r in rows))] if rows else [0, 0, 0, 0]
    print(f"\n{'source':<24}{'sentences':>10}{'covered':>9}{'reason':>8}{'no reason':>11}")
    for sid, *nums in rows + [("all", *total)]:
        print(f"{sid:<24}" + "".join(f"{n:>{w}}" for n, w in zip(nums, (10, 9, 8, 11))))
    share = total[3] / total[0] if total[0] else 0.0
    ok = share <= LIMIT and not problems.errors
    verdict = "passed" if ok else "failed"
    print(f"coverage {verdict}: {share:.1%} of sentences uncovered without a reason (limit {LIMIT:.0%}), "
          f"{len(problems.errors)} error(s) in data/coverage.yaml")
    return 0 if ok else 1
