"""No data string can become code: the render path is proven against hostile text in every field.

Every printed string of the fixture dataset gets a payload of Markdown, HTML, attribute, script,
comment, front-matter and line-break constructs (tests/hostile.py). Each page of each kind then goes
through the site's real path — template, then gen/site/fastpath.py (headings as Python-Markdown's
toc extension writes them, every other line as the template's HTML; no Markdown runs) — and must
come out with exactly the elements and attributes of the same page rendered with harmless text:
nothing the templates did not write. (The MkDocs build and the browser are covered by
tests/test_escaping.py and tests/browser/test_hostile.py with the same payload.)
"""
from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from mkdocs.config import load_config

from gen.site.i18n import Catalogue
from gen.site.plan import plan
from gen.site.fastpath import page_html, split_front
from gen.site.render import render
from gen.validate import check
from hostile import BENIGN, PAYLOAD, make_hostile
from site_build import BUILD_DATE, ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "valid"
LANGS = [language["code"] for language in load_config(str(ROOT / "mkdocs.yml")).extra["languages"]]


class Shape(HTMLParser):
    """The elements and attribute names of a page, and every link target."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.shape: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        links = tuple((k, self._link(v)) for k, v in attrs if k in ("href", "src", "action", "formaction"))
        self.shape.append((tag, tuple(sorted(k for k, _ in attrs)), links))

    def handle_endtag(self, tag):
        self.shape.append(("/" + tag,))

    @staticmethod
    def _link(value: str | None) -> str | None:
        """A heading's own anchor follows its text (a slug); any other target must be the same."""
        if value and value.startswith("#") and re.fullmatch(r"#[\w-]*", value):
            return "#<slug>"
        return value


def _markdown():
    config = load_config(str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(extensions=config.markdown_extensions,
                             extension_configs=config.mdx_configs)


TOC = load_config(str(ROOT / "mkdocs.yml")).mdx_configs["toc"]  # the site's heading ids and permalinks


def _pages(payload: str, tmp: Path) -> dict[tuple[str, str], str]:
    root = tmp / payload.strip()[:5].replace("/", "_")
    shutil.copytree(FIXTURE / "data", root / "data")
    shutil.copy(ROOT / "data" / "ui.yaml", root / "data" / "ui.yaml")
    checked = check(root)
    assert not checked.problems.errors, [str(p) for p in checked.problems.errors]
    make_hostile(checked, payload)
    md, out = _markdown(), {}
    for lang in LANGS:
        cat = Catalogue(checked.data.ui, lang)
        for page in plan(checked, lang, "https://example.org/"):
            if page.template:
                out[(lang, page.path)] = render(page, cat, lang)
    return out, md


@pytest.fixture(scope="module")
def both(tmp_path_factory, monkeypatch_module):
    tmp = tmp_path_factory.mktemp("security")
    return _pages(BENIGN, tmp), _pages(PAYLOAD, tmp)


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    mp.setenv("CLAIMLINE_BUILD_DATE", BUILD_DATE)
    yield mp
    mp.undo()


def _html(text: str, md=None) -> str:
    return page_html(split_front(text)[1], TOC)[0]


def _shape(html: str) -> list[tuple]:
    parser = Shape()
    parser.feed(html)
    parser.close()
    return parser.shape


def test_hostile_text_adds_no_element_attribute_or_link_on_any_page(both):
    (benign, md), (hostile, _) = both
    assert benign.keys() == hostile.keys() and len(hostile) > 20
    differ = [key for key in hostile if _shape(_html(hostile[key], md)) != _shape(_html(benign[key], md))]
    assert differ == []


class Live(HTMLParser):
    """Anything that could run: on* attributes, javascript: targets, script code from the payload."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        # JSON-LD is data (checked whole and parseable in test_escaping); any other script is code.
        self.in_script = tag == "script" and dict(attrs).get("type") != "application/ld+json"
        for name, value in attrs:
            if name.startswith("on") or "javascript:" in (value or "").replace(" ", "").lower()[:12]:
                self.found.append(f"<{tag} {name}={value!r}>")

    def handle_data(self, data):
        if self.in_script and "__xss" in data:
            self.found.append(f"<script>{data[:60]}")

    def handle_endtag(self, tag):
        self.in_script = False


def test_nothing_from_the_payload_is_live_on_any_page(both):
    (_, md), (hostile, _) = both
    for key, text in hostile.items():
        live = Live()
        live.feed(_html(text, md))
        assert live.found == [], (key, live.found[:3])


def test_every_page_kind_printed_the_payload_as_text(both):
    (_, md), (hostile, _) = both
    kinds = {re.sub(r"/.*", "", path) for _, path in hostile}
    shown = {re.sub(r"/.*", "", path) for (lang, path), text in hostile.items()
             if "window.__xss=3" in _html(text, md) and "&lt;img src=x" in _html(text, md)}
    assert kinds - shown <= {"downloads"}, kinds - shown  # downloads print no data text


_HEADING = re.compile(r"^#{1,6} \S")


def test_no_data_string_makes_a_heading_line(both):
    """MkDocs is handed only the front matter; of the rest, only the template's heading lines are
    read as anything but HTML, and the payload adds none (the line structure is the template's)."""
    (benign, _), (hostile, _) = both
    for key, text in hostile.items():
        lines = [line for line in split_front(text)[1].split("\n") if _HEADING.match(line)]
        assert len(lines) == sum(1 for line in split_front(benign[key])[1].split("\n") if _HEADING.match(line)), key


def test_headings_are_what_python_markdown_writes(both):
    """The same ids (unique per page), permalinks and table of contents as Python-Markdown with the
    site's toc extension, for harmless and hostile text alike."""
    (benign, md), (hostile, _) = both
    for text in [*benign.values(), *hostile.values()]:
        headings = "\n".join(line for line in split_front(text)[1].split("\n") if _HEADING.match(line))
        html, tokens = page_html(headings, TOC)
        expected = md.reset().convert(headings.replace("\n", "\n\n"))
        assert html.split() == expected.split()
        assert [(t["level"], t["id"], t["name"]) for t in tokens] == \
            [(t["level"], t["id"], t["name"]) for t in _flat(md.toc_tokens)]


def _flat(tokens: list[dict]) -> list[dict]:
    return [x for t in tokens for x in [t, *_flat(t.get("children", []))]]


def test_front_matter_is_one_line_per_field(both):
    _, (hostile, _) = both
    for key, text in hostile.items():
        front = text.split("\n---\n", 1)[0]
        for line in front.split("\n")[1:]:
            assert re.match(r'^(title|description): ".*"$|^search:$|^  exclude: true$', line), (key, line)


def test_a_heading_right_after_html_is_still_a_heading():
    text = '<p class="x">words</p>\n## Figures claimed\n<table></table>\n'
    html, _ = page_html(text, TOC)
    assert '<h2 id="figures-claimed">Figures claimed<a class="headerlink"' in html and "## Figures" not in html
    assert html.startswith('<p class="x">words</p>\n') and html.endswith("<table></table>\n")
