"""Words, dates and numbers in the page's language. Strings come from data/ui.yaml."""
from __future__ import annotations

import datetime as dt
import string

from gen.dates import parse_date

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
QUARTERS_ZH = ["一", "二", "三", "四"]


class Catalogue:
    """ui.yaml for one language: cat["nav.home"] → text; missing keys fail loudly at build time."""

    def __init__(self, ui: dict, lang: str):
        self.lang = lang
        self._ui = ui

    def __getitem__(self, key: str) -> str:
        return getattr(self._ui[key], self.lang)

    def fmt(self, key: str, **values) -> str:
        """Fill {name} placeholders by name only: no attribute, index, conversion or format spec
        (`check` has refused any other; str.format would print {date.__class__.__mro__})."""
        out = []
        for literal, name, spec, conv in string.Formatter().parse(self[key]):
            out.append(literal)
            if name is not None:
                if conv or spec or not name.isidentifier():
                    raise KeyError(f"{key}: placeholder {{{name}}} is not a plain name")
                out.append(str(values[name]))
        return "".join(out)

    def pick(self, bilingual) -> str:
        """The field of a {en, zh} value in this language."""
        return getattr(bilingual, self.lang)


def _day(d: dt.date, lang: str, with_year: bool = True) -> str:
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日" if with_year else f"{d.month}月{d.day}日"
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}" if with_year else f"{d.day} {MONTHS_EN[d.month - 1]}"


def _point(text: str, lang: str) -> str:
    span = parse_date(text)
    d = span.earliest
    if span.precision == "day":
        return _day(d, lang)
    if span.precision == "month":
        return f"{d.year}年{d.month}月" if lang == "zh" else f"{MONTHS_EN[d.month - 1]} {d.year}"
    if span.precision == "quarter":
        q = (d.month - 1) // 3
        return f"{d.year}年第{QUARTERS_ZH[q]}季度" if lang == "zh" else f"Q{q + 1} {d.year}"
    return f"{d.year}年" if lang == "zh" else str(d.year)


def format_date(text: str, cat: Catalogue) -> str:
    """A date spec as a reader says it: 'July 2025', '2025年第四季度', 'on or after 26 July 2025'."""
    if "/" not in text:
        return _point(text, cat.lang)
    left, _, right = text.partition("/")
    if left == "..":
        return cat.fmt("date.before", date=_point(right, cat.lang))
    if right == "..":
        return cat.fmt("date.after", date=_point(left, cat.lang))
    return cat.fmt("date.between", start=_point(left, cat.lang), end=_point(right, cat.lang))


def format_number(value: int | float, lang: str) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}" if lang == "en" or abs(value) >= 10000 else str(value)
    return f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value) >= 1000 else f"{value:g}"


def month_heading(d: dt.date, lang: str) -> str:
    return f"{d.year}年{d.month}月" if lang == "zh" else f"{MONTHS_EN[d.month - 1]} {d.year}"
