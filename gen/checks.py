"""Rules that need more than one record: references, excerpts in sources, figures, dates."""
from __future__ import annotations

import re

from gen.suggest import nearest_id
from gen.load import Dataset
from gen.problems import Problems

IMAGE_PLACEHOLDER = re.compile(r"!\[[^\]]*\]\([^)]*\)")
# Names the site gives its own pages beside the record pages of a kind (claims/page-2/, systems/compare/)
RESERVED = {"claim": r"page-[0-9]+", "source": r"page-[0-9]+", "actor": r"page-[0-9]+",
            "system": r"page-[0-9]+|compare"}


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
            continue  # archive missing, unsafe or failing its checksum: reported by gen.archive
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


def check_ids(ds: Dataset, problems: Problems) -> None:
    """No record id takes the path of a generated page; a comparison names two systems."""
    for kind, pattern in RESERVED.items():
        for rid in getattr(ds, kind + "s"):
            if re.fullmatch(pattern, rid):
                ds.error(problems, kind, rid, ("id",), f"id '{rid}' is the name of a generated {kind} list page",
                         "choose another id (page-2, compare and the like are taken by the site)")
    for xid, x in ds.comparisons.items():
        if len(x.systems) == 2 and x.systems[0] == x.systems[1]:
            ds.error(problems, "comparison", xid, ("systems", 1), "comparison of a system with itself",
                     "name two different systems")


def _ref(ds, problems, kind, rid, loc, target, value, label):
    if value is not None and value not in target and value not in ds.invalid:  # invalid: reported already
        path, line = ds.locate(kind, rid, *loc)
        near = nearest_id(value, target)
        problems.error(path, line, rid, f"unknown {label} '{value}'",
                       (f"did you mean '{near}'? " if near else "") + f"use an id defined in data/ ({label}s) or add the {label}")


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
        for i, r in enumerate(x.public_record):
            _ref(ds, problems, "comparison", xid, ("public_record", i, "system"), ds.systems, r.system, "system")
            _ref(ds, problems, "comparison", xid, ("public_record", i, "claim"), ds.claims, r.claim, "claim")
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
