"""Jinja2 environment: templates only print; everything from data is escaped."""
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


def md_inline(value: str) -> Markup:
    """Text for a Markdown context (headings): HTML-escaped, then Markdown punctuation escaped."""
    return escape(_MD_SPECIAL.sub(r"\\\1", str(value)))


def html_text(value: str) -> str:
    """Text as HTML text content (&, <, > escaped; quotes kept, as MkDocs' own heading titles).

    For front-matter titles: Material prints page.title raw in <title>, the header and search."""
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_inline
    env.filters["html_text"] = html_text
    return env


def render(page: PageOut, cat: Catalogue, lang: str) -> str:
    if page.template is None:
        return page.text or ""
    template = environment().get_template(page.template)
    return template.render(t=cat, lang=lang, **page.context)


_BLOCK = re.compile(r"^<(?!!--)[^\n]*(?:\n(?!\n)[^\n]*)*", re.M)
_MARKER = re.compile(r"<!--cl-html-(\d+)-->")


def stash_html(markdown: str) -> tuple[str, list[str]]:
    """Take the generated HTML blocks out of the Markdown; MkDocs then only parses the headings.

    Every block (a run of lines starting with '<', up to a blank line) becomes a marker comment,
    and restore_html() puts it back into the rendered page. Parsing large HTML blocks is most of
    Python-Markdown's time on generated pages, and they need none of its processing."""
    blocks: list[str] = []

    def keep(match: re.Match) -> str:
        blocks.append(match.group(0))
        return f"<!--cl-html-{len(blocks) - 1}-->"

    return _BLOCK.sub(keep, markdown), blocks


def restore_html(html: str, blocks: list[str]) -> str:
    return _MARKER.sub(lambda m: blocks[int(m.group(1))], html)
