"""Words, dates and numbers in the page's language. Strings come from data/ui.yaml."""
from __future__ import annotations

import datetime as dt
import string

from gen.dates import parse_date
from gen.langtags import language, primary, script
from gen.script import prose_converter, words_converter


class Catalogue:
    """One site language: its interface strings (ui.yaml: cat["nav.home"] → text; missing keys fail
    loudly at build time), its prose (cat.pick(record.statement)) and how it shows a source's words
    (cat.words(text)), all as mkdocs.yml extra.languages describes the language."""

    def __init__(self, ui: dict, lang: str, terms=()):
        spec = language(lang)
        self.lang = lang
        self.tag = spec.tag
        self.text = spec.text  # the data field this language's prose comes from
        self._converts = bool(spec.prose)
        self.prose = prose_converter(terms, lang, spec.prose, spec.words, spec.marks)
        # Chinese words from a source, in this page's script; pages in a language without a Chinese
        # script (English) show them in Simplified, the script the project writes Chinese in.
        self.words_tag = spec.tag if script(spec.tag) else "zh-Hans"
        self.words = words_converter(terms, spec.words, script(self.words_tag) == "Hans")
        self._ui = ui

    def __getitem__(self, key: str) -> str:
        return self._ui[key][self.lang]

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
        """A text the data writes in each written language ({en, zh}), in this language."""
        return self.prose(getattr(bilingual, self.text))

    def source_title(self, source) -> str:
        """A source's title in this language. A Chinese source's title is its headline: where this
        language converts our prose, the headline changes script only, never a word (芯片性能 stays,
        not 晶片效能); titles we wrote for other sources are our prose."""
        text = getattr(source.title, self.text)
        if self._converts and primary(source.language) == "zh":
            return self.words(text)
        return self.prose(text)

    def has(self, value) -> bool:
        """Whether value is such a text."""
        return hasattr(value, self.text)


def _parts(d: dt.date, cat: Catalogue) -> dict:
    """Every name a date pattern in data/ui.yaml may use ({year}, {month}, {day}, {month_name}, …)."""
    return {"year": d.year, "month": d.month, "day": d.day, "month_name": cat[f"month.{d.month}"],
            "quarter": (d.month - 1) // 3 + 1, "quarter_name": cat[f"quarter.{(d.month - 1) // 3 + 1}"]}


def _point(text: str, cat: Catalogue) -> str:
    """One date at its precision, in the pattern the catalogue gives for it (date.day, date.month …)."""
    span = parse_date(text)
    p = _parts(span.earliest, cat)
    return cat.fmt(f"date.{span.precision}", year=p["year"], month=p["month"], day=p["day"],
                   month_name=p["month_name"], quarter=p["quarter"], quarter_name=p["quarter_name"])


def format_date(text: str, cat: Catalogue) -> str:
    """A date spec as a reader says it: 'July 2025', '2025年第四季度', 'on or after 26 July 2025'."""
    if "/" not in text:
        return _point(text, cat)
    left, _, right = text.partition("/")
    if left == "..":
        return cat.fmt("date.before", date=_point(right, cat))
    if right == "..":
        return cat.fmt("date.after", date=_point(left, cat))
    return cat.fmt("date.between", start=_point(left, cat), end=_point(right, cat))


def format_number(value: int | float, cat: Catalogue) -> str:
    """Whole numbers take thousands separators from the size the catalogue gives (number.group_from:
    1,229 in English, 1229 but 12,000 in Chinese); decimals print as short as they can."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= int(cat["number.group_from"]) else str(value)
    return f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value) >= 1000 else f"{value:g}"


def month_heading(d: dt.date, cat: Catalogue) -> str:
    return _point(f"{d.year}-{d.month:02d}", cat)
