"""Rules that need more than one record: references, excerpts in sources, figures, dates."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from gen.load import Dataset
from gen.problems import Problems

IMAGE_PLACEHOLDER = re.compile(r"!\[[^\]]*\]\([^)]*\)")


def content_gaps(ds: Dataset, sid: str) -> list[tuple[int, int, str]]:
    """Character spans of the archive that are not article content, with their kind."""
    text = ds.texts[sid]
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    spans = []
    for nc in ds.sources[sid].non_content:
        a, _, b = nc.lines.partition("-")
        first, last = int(a), int(b or a)
        if 1 <= first <= last <= len(line_starts):
            end = line_starts[last] if last < len(line_starts) else len(text)
            spans.append((line_starts[first - 1], end, nc.kind))
    spans += [(m.start(), m.end(), "image") for m in IMAGE_PLACEHOLDER.finditer(text)]
    return sorted(spans)


def check_sources(ds: Dataset, problems: Problems) -> None:
    for sid, src in ds.sources.items():
        if sid not in ds.texts:
            _missing_archive(ds, problems, sid)
            continue
        _check_archive(ds, problems, sid)
        lines = ds.texts[sid].count("\n") + 1
        for i, nc in enumerate(src.non_content):
            a, _, b = nc.lines.partition("-")
            first, last = int(a), int(b or a)
            if not 1 <= first <= last <= lines:
                what, fix = (f"non_content lines {nc.lines} run backwards", "write the first line first") \
                    if first > last else (f"non_content lines {nc.lines} outside the archive's {lines} lines",
                                          "give lines that exist")
                ds.error(problems, "source", sid, ("non_content", i, "lines"), what, fix)
        for i, rep in enumerate(src.repairs):
            if rep.find not in ds.texts[sid]:
                ds.error(problems, "source", sid, ("repairs", i, "find"), "repair text not found in the archive",
                         "copy 'find' exactly from the archive")


def _missing_archive(ds: Dataset, problems: Problems, sid: str) -> None:
    name = ds.sources[sid].archive
    path, line = ds.locate("source", sid, "archive")
    if Path(name).name != name or name.startswith("."):
        problems.error(path, line, sid, f"archive '{name}' is not a plain file name",
                       "give just the file's name inside data/sources/archive/")
    else:
        problems.error(path, line, sid, f"archive file data/sources/archive/{name} not found",
                       "add the file or correct 'archive'")


def _check_archive(ds: Dataset, problems: Problems, sid: str) -> None:
    raw = (ds.root / "data" / "sources" / "archive" / ds.sources[sid].archive).read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != ds.sources[sid].sha256:
        path, line = ds.locate("source", sid, "sha256")
        problems.error(path, line, sid, f"archive checksum mismatch (file has {digest[:12]}…)",
                       "restore the archived text as received; never edit it (repairs go in 'repairs')")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        path, line = ds.locate("source", sid, "archive")
        bad_line = raw[: exc.start].count(b"\n") + 1
        problems.error(path, line, sid, f"archive is not UTF-8 (line {bad_line})",
                       "archive the text converted to UTF-8, and say so in 'notes'")


def _ref(ds, problems, kind, rid, loc, target, value, label):
    if value is not None and value not in target and value not in ds.invalid:  # invalid: reported already
        path, line = ds.locate(kind, rid, *loc)
        problems.error(path, line, rid, f"unknown {label} '{value}'",
                       f"use an id defined in data/ ({label}s) or add the {label}")


def check_references(ds: Dataset, problems: Problems) -> None:
    for cid, c in ds.claims.items():
        for i, ex in enumerate(c.excerpts):
            _ref(ds, problems, "claim", cid, ("excerpts", i, "source"), ds.sources, ex.source, "source")
        _ref(ds, problems, "claim", cid, ("said_by",), ds.actors, c.said_by, "actor")
        for i, s in enumerate(c.systems):
            _ref(ds, problems, "claim", cid, ("systems", i), ds.systems, s, "system")
        for i, f in enumerate(c.figures):
            _ref(ds, problems, "claim", cid, ("figures", i, "system"), ds.systems, f.system, "system")
            _ref(ds, problems, "claim", cid, ("figures", i, "relative_to"), ds.systems, f.relative_to, "system")
        _ref(ds, problems, "claim", cid, ("variant_of",), ds.claims, c.variant_of, "claim")
        for i, r in enumerate(c.related):
            _ref(ds, problems, "claim", cid, ("related", i), ds.claims, r, "claim")
        if c.assessment:
            for i, r in enumerate(c.assessment.claims):
                _ref(ds, problems, "claim", cid, ("assessment", "claims", i), ds.claims, r, "claim")
    for eid, e in ds.events.items():
        for field, target, label in (("actors", ds.actors, "actor"), ("systems", ds.systems, "system"),
                                     ("claims", ds.claims, "claim")):
            for i, v in enumerate(getattr(e, field)):
                _ref(ds, problems, "event", eid, (field, i), target, v, label)
    for xid, x in ds.comparisons.items():
        for i, s in enumerate(x.systems):
            _ref(ds, problems, "comparison", xid, ("systems", i), ds.systems, s, "system")
    for lid, lane in ds.lanes.items():
        for i, a in enumerate(lane.actors):
            _ref(ds, problems, "lane", lid, ("actors", i), ds.actors, a, "actor")
    for aid, a in ds.actors.items():
        _ref(ds, problems, "actor", aid, ("affiliation",), ds.actors, a.affiliation, "actor")
    for sid, s in ds.systems.items():
        _ref(ds, problems, "system", sid, ("vendor",), ds.actors, s.vendor, "actor")


def number_forms(value: int | float) -> list[str]:
    forms = [repr(value), f"{value:,}"] if isinstance(value, float) else []
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        forms += [str(value), f"{value:,}"]
    return list(dict.fromkeys(forms))


def states_number(text: str, value: int | float) -> bool:
    """True when one of the number's written forms stands alone in text (not part of a longer number)."""
    for form in number_forms(value):
        start = text.find(form)
        while start >= 0:
            if _stands_alone(text, start, start + len(form)):
                return True
            start = text.find(form, start + 1)
    return False


def _stands_alone(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1] if start else "", text[end:end + 2]
    if before.isdecimal() or before in (".", ","):
        return False
    return not (after[:1].isdecimal() or (after[:1] in (".", ",") and after[1:2].isdecimal()))
