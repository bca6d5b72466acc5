"""Text from data never becomes markup, through the whole pipeline (templates, Markdown, MkDocs, Material).

The session fixture `hostile_site` (tests/conftest.py) builds the repository's data with every
printed string made hostile (tests/hostile.py: Markdown, HTML, attribute, script and line-break
constructs appended to every text field and archive), after validation, so the payload may hold
what `check` refuses. Here the built HTML is scanned; tests/browser/test_hostile.py loads it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser

import markdown
import pytest

from gen.site.render import md_inline
from site_build import BUILD_DATE, ROOT

EVIL = ('<script>alert(1)</script> "q" onmouseover="alert(2)" [click](javascript:alert(3)) '
        "</title><img src=x onerror=alert(4)> & 'a'")


class Scan(HTMLParser):
    """Executable bits: on* attributes, javascript: URLs, script code; and the page's text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.text: list[str] = []
        self.script: dict | None = None
        self.description: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "meta" and dict(attrs).get("name") == "description":
            self.description = dict(attrs).get("content")
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action", "formaction") and value.startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            self.script = {"type": dict(attrs).get("type") or "", "code": ""}
        if dict(attrs).get("src", "").startswith("x"):
            self.found.append(f"<{tag} src=x…>")

    def handle_endtag(self, tag):
        if tag == "script" and self.script:
            s, self.script = self.script, None
            if s["type"] == "application/ld+json":
                json.loads(s["code"])  # data, and whole: the text did not end the element early
            elif "__xss" in s["code"]:
                self.found.append(f"script: {s['code'][:80]}")

    def handle_data(self, data):
        if self.script is not None:
            self.script["code"] += data
        else:
            self.text.append(data)


def test_markdown_heading_filter_leaves_only_text():
    html = markdown.markdown("# " + md_inline(EVIL))
    assert "<a" not in html and "<script" not in html and "<img" not in html
    assert "[click](javascript:alert(3))" in html  # shown as the words it is


def test_hostile_text_is_shown_not_run(hostile_site):
    out, claim = hostile_site
    problems, pages = [], 0
    for path in sorted(out.rglob("*.html")):
        scan = Scan()
        scan.feed(path.read_text(encoding="utf-8"))
        problems += [f"{path.relative_to(out)}: {f}" for f in scan.found]
        pages += '<img src=x onerror="window.__xss=3">' in "".join(scan.text)
        if path.relative_to(out).as_posix() == f"en/claims/{claim}/index.html":
            assert "<svg onload=" in "".join(scan.text)  # as text, in the page
            assert scan.description and 'onmouseover="window.__xss=5"' in scan.description
            assert "\n" not in scan.description  # folded: front matter and meta stay one line
    assert problems == []
    assert pages > 100  # the text reached every kind of page (cards, titles, filters), as text


def test_search_index_holds_text_not_markup(hostile_site):
    out, _ = hostile_site
    for index in out.rglob("search_index.json"):
        for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]:
            for field in ("title", "text"):  # Material shows these with innerHTML
                assert "<script" not in doc[field] and "<img" not in doc[field], (index, doc["location"])
