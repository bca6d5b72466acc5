"""Text from data never becomes markup, through the whole pipeline (templates, Markdown, MkDocs, Material).

The data validator refuses HTML tags in text fields, so hostile text is put in after validation:
a driver, run in a subprocess, patches gen.validate.checked_data to return the repository's data
with one claim's statement, its actor's and system's names, its source's title and an event's
title replaced (pydantic model_copy does not validate), then builds the site with MkDocs.
Quotes and a Markdown link pass the validator, so that part of the text is reachable with real data.
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

DRIVER = r"""
import sys
import gen.validate as v
out, evil = sys.argv[1], sys.argv[2]
real = v.checked_data

def hostile(root=None):
    checked = real(root)
    if not getattr(checked, "hostile", False):
        checked.hostile = True
        ds = checked.data
        bad = lambda b: b.model_copy(update={"en": evil, "zh": evil})
        cid = next(c for c in sorted(ds.claims) if ds.claims[c].said_by and ds.claims[c].systems)
        c = ds.claims[cid]
        ds.claims[cid] = c.model_copy(update={"statement": bad(c.statement)})
        a, s, src = ds.actors[c.said_by], ds.systems[c.systems[0]], ds.sources[c.excerpts[0].source]
        ds.actors[a.id] = a.model_copy(update={"name": bad(a.name)})
        ds.systems[s.id] = s.model_copy(update={"name": bad(s.name)})
        ds.sources[src.id] = src.model_copy(update={"title": bad(src.title)})
        e = ds.events[min(ds.events)]
        ds.events[e.id] = e.model_copy(update={"title": bad(e.title)})
        print("HOSTILE", cid)
    return checked

v.checked_data = hostile  # before MkDocs imports gen/hooks.py and runs gen/pages.py
from mkdocs.commands.build import build
from mkdocs.config import load_config
cfg = load_config(config_file="mkdocs.yml", site_dir=out)
cfg.plugins.on_startup(command="build", dirty=False)
try:
    build(cfg)
finally:
    cfg.plugins.on_shutdown()
"""


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

    def handle_endtag(self, tag):
        if tag == "script" and self.script:
            s, self.script = self.script, None
            if s["type"] == "application/ld+json":
                json.loads(s["code"])  # data, and whole: the text did not end the element early
            elif "alert(" in s["code"]:
                self.found.append(f"script: {s['code'][:80]}")

    def handle_data(self, data):
        if self.script is not None:
            self.script["code"] += data
        else:
            self.text.append(data)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    env = dict(os.environ, CLAIMLINE_BUILD_DATE=BUILD_DATE, NO_MKDOCS_2_WARNING="1",
               DISABLE_MKDOCS_2_WARNING="true", PYTHONWARNINGS="")
    proc = subprocess.run([sys.executable, "-c", DRIVER, str(out), EVIL], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    claim = proc.stdout.split("HOSTILE ", 1)[1].split()[0]
    return out, claim


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
        pages += "<script>alert(1)</script>" in "".join(scan.text)
        if path.relative_to(out).as_posix() == f"en/claims/{claim}/index.html":
            assert "<img src=x onerror=alert(4)>" in "".join(scan.text)  # as text, in the page
            assert scan.description == EVIL  # the front matter was read, and its text kept whole
    assert problems == []
    assert pages > 10  # the text reached many pages (cards, titles, filters), as text


def test_search_index_holds_text_not_markup(hostile_site):
    out, _ = hostile_site
    for index in out.rglob("search_index.json"):
        for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]:
            for field in ("title", "text"):  # Material shows these with innerHTML
                assert "<script" not in doc[field] and "<img" not in doc[field], (index, doc["location"])
