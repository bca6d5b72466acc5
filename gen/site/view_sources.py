"""Source pages: metadata and the archived text, cited excerpts highlighted and linked."""
from __future__ import annotations

from gen.checks import content_gaps
from gen.normalise import edits_for
from gen.site import urls
from gen.site.claim_card import tally, verdict_counts
from gen.site.i18n import Catalogue, format_date
from gen.site.timetags import date_parts
from gen.site.xref import Xref


def _boundaries(text: str, marks) -> list[int]:
    points = {0, len(text)}
    for a, b, *_ in marks:
        points.update((a, b))
    points.update(i + 1 for i, ch in enumerate(text) if ch == "\n")
    points.update(i for i, ch in enumerate(text) if ch == "\n")
    return sorted(points)


def archive_lines(x: Xref, sid: str, cat: Catalogue, here: str) -> list[dict]:
    """The archive as lines of segments; each segment knows its citations, gaps and repairs."""
    ds = x.data
    text = ds.texts[sid]
    src = ds.sources[sid]
    cites = sorted((*x.checked.matches[(cid, i)], cid, i) for cid in x.by_source.get(sid, [])
                   for i, ex in enumerate(ds.claims[cid].excerpts)
                   if ex.source == sid and (cid, i) in x.checked.matches)  # this source's claims only
    gaps = content_gaps(ds, sid)
    damage = edits_for(text, [(r.find, r.replace) for r in src.repairs])
    starts = {}
    for a, _, cid, i in cites:
        starts.setdefault(a, []).append(f"cite-{cid}-{i}")
    points = _boundaries(text, [*cites, *gaps, *damage])
    lines, current = [], []
    for a, b in zip(points, points[1:]):
        chunk = text[a:b]
        if chunk == "\n":
            lines.append(current)
            current = []
            continue
        covering = [cid for s, e, cid, _ in cites if s <= a and b <= e]
        gap = next((k for s, e, k in gaps if s <= a and b <= e), None)
        fix = next((r for s, e, r in damage if s <= a and b <= e), None)
        current.append({
            "text": chunk,
            "anchors": starts.get(a, []),
            "href": urls.rel(here, urls.claim(covering[0])) if covering else None,
            "claims": " ".join(dict.fromkeys(covering)),
            "gap": cat[f"gap.{gap}"] if gap else None,
            "repair": cat.fmt("source.repaired_as", text=fix) if fix is not None else None,
        })
    lines.append(current)
    return [{"n": n, "segments": segs} for n, segs in enumerate(lines, 1)]


def source_page(x: Xref, sid: str, cat: Catalogue) -> dict:
    ds = x.data
    src = ds.sources[sid]
    here = urls.source(sid)
    return {
        "id": sid,
        "title": cat.source_title(src),
        "original_title": src.title.original,
        "publisher": cat.pick(src.publisher) if src.publisher else None,
        "author": cat.words(src.author) if src.author else None,  # as written: in the archive
        "url": src.url,
        "published": format_date(src.published, cat),
        "published_parts": date_parts(src.published, cat),
        "published_basis": cat.pick(src.published_basis) if src.published_basis else None,
        "language": cat[f"language.{src.language}"],
        "lang": src.language,
        "notes": cat.pick(src.notes) if src.notes else None,
        "sha256": src.sha256,
        "received_as": src.received_as,
        "claim_count": len(x.by_source.get(sid, [])),
        "tally": tally(verdict_counts(x, x.by_source.get(sid, [])), cat, here),
        "lines": archive_lines(x, sid, cat, here),
        "repairs": [{"find": r.find, "replace": r.replace, "reason": cat.pick(r.reason)} for r in src.repairs],
    }


def source_rows(x: Xref, cat: Catalogue, here: str) -> list[dict]:
    ds = x.data
    return [{"title": cat.source_title(s), "href": urls.rel(here, urls.source(sid)),
             "publisher": cat.pick(s.publisher) if s.publisher else "—",
             "published": format_date(s.published, cat), "claims": len(x.by_source.get(sid, []))}
            for sid, s in ds.sources.items()]
