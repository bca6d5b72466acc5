"""Jinja2 environment and the Markdown hand-off: data reaches a page as text, never as code.

Two properties hold by construction, whatever characters the data holds:
1. No value printed by a template can start a line: every `{{ … }}` result that is not markup
   written by a template (macros, filters below) has its line breaks folded to spaces
   (`finalize`), and `md_inline` folds them too. So the line structure of a generated page is
   the template's alone.
2. Nothing from data is parsed as Markdown: no Markdown runs on a generated page at all. Its
   lines are the template's front matter, headings (`# …`, text escaped by `md_inline`) and
   generated HTML; gen/site/fastpath.py writes each heading as Python-Markdown would and passes
   every other line through as HTML, so no data string can open a link, an image, an attribute
   list or raw HTML.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from gen.site.i18n import Catalogue
from gen.site.plan import PageOut

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")  # Python-Markdown's backslash escapes
# Every character that Python-Markdown, str.splitlines or a browser may treat as a line break.
_LINE_BREAKS = re.compile("[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def one_line(value) -> str:
    """A value as one line of text: line breaks become a space."""
    text = str(value)
    return text if text.isprintable() else _LINE_BREAKS.sub(" ", text)  # every line break is unprintable


def _finalize(value):
    """Applied to every `{{ … }}` result before escaping: template markup passes, data is folded."""
    if isinstance(value, Markup) or value is None:
        return value
    return one_line(value)


def escape_one_line(value) -> Markup:
    """The `e` / `escape` filter: HTML-escaped and folded, so it cannot start a line either."""
    return escape(one_line(value)) if not isinstance(value, Markup) else value


def md_inline(value: str) -> Markup:
    """Text for a Markdown context (headings): HTML-escaped, then Markdown punctuation escaped."""
    return escape(_MD_SPECIAL.sub(r"\\\1", one_line(value)))


def html_text(value: str) -> str:
    """Text as HTML text content (&, <, > escaped; quotes kept, as MkDocs' own heading titles).

    For front-matter titles: Material prints page.title raw in <title>, the header and search."""
    return one_line(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def theme_text(value) -> str:
    """Text for a string the theme prints unescaped (nav titles, copyright, the 404 page): one
    line, every HTML-special character escaped, quotes included (safe in text and attributes)."""
    return str(escape(one_line(value)))


class _Once:
    """`once(m.filters, options, t)`: a macro's output for the same argument objects, rendered once.

    For parts that are the same on every page of a kind (the filter form lists every actor, system
    and source: at 10,000 claims a fifth of the generator's time when printed on each list page).
    Arguments are compared by identity and kept alive while remembered, so a result is never
    returned for other arguments."""

    def __init__(self, size: int = 16):
        self.size, self.memo = size, {}

    def __call__(self, macro, *args):
        key = (macro, *map(id, args))
        hit = self.memo.get(key)
        if hit is not None and all(a is b for a, b in zip(hit[0], args)):
            return hit[1]
        if len(self.memo) >= self.size:
            self.memo.clear()
        out = macro(*args)
        self.memo[key] = (args, out)
        return out


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
    )
    env.filters["e"] = env.filters["escape"] = escape_one_line
    env.filters["md"] = md_inline
    env.filters["html_text"] = html_text
    env.globals["once"] = _Once()
    return env


def warm() -> None:
    """Compile every page template now (the root build, before it forks the language builds, which
    then share them)."""
    env = environment()
    for path in sorted(TEMPLATES.glob("*.j2")):
        env.get_template(path.name)


def render(page: PageOut, cat: Catalogue, lang: str) -> str:
    if page.template is None:
        return page.text or ""
    template = environment().get_template(page.template)
    return template.render(t=cat, lang=lang, **page.context)
