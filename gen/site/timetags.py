"""Dates as HTML prints them: the reader's words, with a machine-readable <time datetime> where honest.

A date spec becomes a list of parts, each {"text", "datetime"}; the template prints a part with a
datetime as <time datetime="…">text</time> and the others as plain text. The decision per precision:

  day "2025-07-21", month "2025-07", year "2025"   one <time>; the spec itself is a valid HTML datetime
  quarter "2025-Q3"                                 no <time>: HTML has no quarter, and a month or a year
                                                    would claim more or less than the record says
  range "A/B"                                       a <time> for each bound, inside the reader's words
  open "A/.." or "../B"                             a <time> for the one stated bound; none for the open side
"""
from __future__ import annotations

from string import Formatter

from gen.dates import parse_date
from gen.site.i18n import Catalogue, format_date

MACHINE_READABLE = ("day", "month", "year")


def machine_date(point: str) -> str | None:
    """The HTML datetime value of one date point ("2025", "2025-07", "2025-07-21"), or None (a quarter)."""
    return point if parse_date(point).precision in MACHINE_READABLE else None


_WORDS: dict[tuple[str, int], tuple[Catalogue, str]] = {}  # (point, catalogue) → the reader's words


def _words(point: str, cat: Catalogue) -> str:
    """format_date, once per date and catalogue (the same dates recur on every list of a build)."""
    hit = _WORDS.get((point, id(cat)))
    if hit is None or hit[0] is not cat:
        if len(_WORDS) > 20_000:  # bounded: a serve rebuild brings new catalogues
            _WORDS.clear()
        hit = _WORDS[point, id(cat)] = (cat, format_date(point, cat))
    return hit[1]


def _point_part(point: str, cat: Catalogue) -> dict:
    return {"text": _words(point, cat), "datetime": machine_date(point)}


def date_parts(spec: str, cat: Catalogue) -> list[dict]:
    """The date as the reader's words split into plain text and dated bounds (see the module docstring)."""
    if "/" not in spec:
        return [_point_part(spec, cat)]
    left, _, right = spec.partition("/")
    if left == "..":
        key, bounds = "date.before", {"date": right}
    elif right == "..":
        key, bounds = "date.after", {"date": left}
    else:
        key, bounds = "date.between", {"start": left, "end": right}
    parts = []
    for literal, field, _, _ in Formatter().parse(cat[key]):
        if literal:
            parts.append({"text": literal, "datetime": None})
        if field:
            parts.append(_point_part(bounds[field], cat))
    return parts
