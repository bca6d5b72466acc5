"""Generated pages skip Python-Markdown: their HTML is final once the template has printed it.

A generated page is front matter, headings (`# …`, text escaped by `md_inline`), blank lines and
generated HTML lines (gen/site/render.py). `page_html` turns each heading into exactly what
Python-Markdown's toc extension writes (the same id, permalink and table-of-contents entry) and
passes every other non-blank line through unchanged, as raw HTML. MkDocs is handed only the front
matter; `attach` gives the page its HTML instead of running Markdown (which was a sixth of a
language build, nearly all of it fixed cost per page). Nothing from data is ever parsed as Markdown.

MkDocs reads every page before it writes any, so every page's HTML would be held at once: a
generated page's HTML is kept compressed (`pack`, a tenth of the size) from the moment it is made
until the theme prints it (`unpack`), and let go once it is written (`release`). At 10,000 claims
that is about 110 MiB less per language build, which lets three builds run at once in 1.5 GiB.
"""
from __future__ import annotations

import html
import re
import types
import zlib

from markdown.extensions.toc import nest_toc_tokens, unique
from mkdocs.structure.toc import get_toc

_HEADING = re.compile(r"^(#{1,6}) (\S.*)$")
_MD_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")  # undoes md_inline's backslashes, as Markdown does
_ID = re.compile(r'\sid="([^"]*)"')


def split_front(text: str) -> tuple[str, str]:
    """(front matter with its --- lines, the rest); no front matter: ("", text)."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 3)
        if end != -1:
            return text[:end + 5], text[end + 5:]
    return "", text


def _slugify(toc: dict):
    slugify = toc.get("slugify")
    if slugify is None:
        from markdown.extensions.toc import slugify
    return slugify


def page_html(body: str, toc: dict) -> tuple[str, list[dict]]:
    """The page's HTML and its table-of-contents tokens (Python-Markdown's shape), from the body of a
    generated page. `toc` is the site's toc extension settings (config.mdx_configs["toc"])."""
    slugify, separator = _slugify(toc), toc.get("separator", "-")
    permalink = toc.get("permalink")
    mark = "&para;" if permalink is True else html.escape(str(permalink or ""))
    title = html.escape(toc.get("permalink_title", "Permanent link"))
    css = html.escape(toc.get("permalink_class", "headerlink"))
    used: set[str] = set()
    counters: dict[str, int] = {}
    out, tokens = [], []
    for line in body.split("\n"):
        heading = _HEADING.match(line)
        if heading is None:
            if line.strip():
                out.append(line)
            continue
        level, inner = len(heading.group(1)), _MD_ESCAPED.sub(r"\1", heading.group(2).strip())
        name = " ".join(inner.split())
        hid = html.escape(unique(slugify(html.unescape(name), separator), used, counters))
        link = f'<a class="{css}" href="#{hid}" title="{title}">{mark}</a>' if permalink else ""
        out.append(f'<h{level} id="{hid}">{inner}{link}</h{level}>')
        tokens.append({"level": level, "id": hid, "name": name, "html": inner, "data-toc-label": ""})
    return "\n".join(out) + "\n", tokens


def pack(content: str, tokens: list[dict]) -> tuple[bytes, list[dict]]:
    """A page's HTML as kept until the theme prints it: compressed (fast, level 1)."""
    return zlib.compress(content.encode("utf-8"), 1), tokens


def _render(page, packed: bytes, tokens: list[dict]):
    def render(self, config, files) -> None:  # replaces Page.render for this page
        self.content = ""  # until unpack(): MkDocs asks only that it is a string
        self.claimline_packed = packed
        self.toc = get_toc(nest_toc_tokens([dict(token) for token in tokens]))
        self._title_from_render = next((token["name"] for token in tokens if token["level"] == 1), None)
        self.present_anchor_ids = set()  # unpack() fills it; MkDocs reads it after every page is written
        self.links_to_anchors = {}
    return types.MethodType(render, page)


def attach(page, packed: bytes, tokens: list[dict]) -> None:
    """Give a MkDocs page its finished HTML (from `pack`): no Markdown runs for it, and the theme's
    search plugin leaves it to gen/site/search_entries.py (one short entry per page, from the data)."""
    page.render = _render(page, packed, tokens)
    page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    page.claimline_generated = True


def unpack(page) -> None:
    """Just before the theme prints a generated page (its page_context step): its HTML, whole."""
    packed = getattr(page, "claimline_packed", None)
    if packed is not None:
        page.content = zlib.decompress(packed).decode("utf-8")
        page.present_anchor_ids = set(_ID.findall(page.content))
        page.claimline_packed = None


def is_generated(page) -> bool:
    return getattr(page, "claimline_generated", False)


def release(page) -> None:
    """Once a generated page is written, its HTML is no longer needed (MkDocs would keep every
    page's until the build ends: at 10,000 claims, a tenth of each language build's memory)."""
    if is_generated(page):
        page.content = None
