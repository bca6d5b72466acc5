"""The built site, crawled from its root and both language homes (no browser, stdlib only).

Every link, asset and #anchor resolves inside the served sub-path; every page says its
language, has hreflang alternates and a language switch that lead to existing pages; no page
is heavier than 300 KB; nothing is loaded from another host (no CDN, no Google Fonts);
and `mkdocs build --strict` printed no warning.
"""
from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from site_build import LANGS

MAX_PAGE = 300 * 1024
ASSET_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon"}
SKIP_SCHEMES = ("mailto:", "tel:", "data:")


class Page(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str, dict]] = []  # (tag, attribute, attrs)
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang")
        for key in ("id", "name") if tag == "a" else ("id",):
            if a.get(key):
                self.ids.add(a[key])
        for attr in ("href", "src"):
            if attr in a:
                self.refs.append((tag, attr, a))


@pytest.fixture(scope="module")
def crawl(site):
    """{site-relative path of each HTML file reached: Page}, and the problems seen on the way."""
    host = urlsplit(site.url).netloc

    @cache
    def parse(rel: str) -> Page:
        return Page((site.dir / rel).read_text(encoding="utf-8"))

    def target(url: str) -> tuple[str | None, str]:
        """(site-relative file path or None if outside the site, fragment) of an absolute URL."""
        if not url.startswith(site.url):
            return None, ""
        parts = urlsplit(url[len(site.url):])
        rel = unquote(parts.path)
        if rel == "" or rel.endswith("/") or (site.dir / rel).is_dir():
            rel = (rel.rstrip("/") + "/index.html").lstrip("/")
        return rel, unquote(parts.fragment)

    problems: list[str] = []
    todo, seen = ["index.html", "en/index.html", "zh/index.html"], set()
    todo += [p.relative_to(site.dir).as_posix() for p in site.dir.rglob("404.html")]
    while todo:
        rel = todo.pop()
        if rel in seen:
            continue
        seen.add(rel)
        base = site.url + rel.removesuffix("index.html")
        for tag, attr, a in parse(rel).refs:
            ref = a[attr].strip()
            if ref.lower().startswith("javascript:"):
                problems.append(f"{rel}: {attr}={ref!r} runs script")
            if not ref or ref.startswith(SKIP_SCHEMES):
                continue
            url = urljoin(base, ref)
            asset = attr == "src" or (tag == "link" and ASSET_RELS & set(a.get("rel", "").split()))
            if urlsplit(url).netloc != host:
                if asset:
                    problems.append(f"{rel}: {tag} {attr}={ref!r} loads from another host")
                continue
            path, fragment = target(url)
            if path is None:
                problems.append(f"{rel}: {attr}={ref!r} leaves the served prefix")
            elif not (site.dir / path).is_file():
                problems.append(f"{rel}: {attr}={ref!r} → missing {path}")
            elif path.endswith(".html"):
                if fragment and fragment not in parse(path).ids:
                    problems.append(f"{rel}: {attr}={ref!r} → no id {fragment!r} on {path}")
                todo.append(path)
    return {rel: parse(rel) for rel in seen}, problems, target


def test_no_broken_links_or_assets(crawl):
    pages, problems, _ = crawl
    assert len(pages) > 10
    assert problems == []


def test_every_page_is_reached(site, crawl):
    pages, _, _ = crawl
    files = {p.relative_to(site.dir).as_posix() for p in site.dir.rglob("*.html")}
    assert sorted(files - set(pages)) == []


def test_pages_say_their_language(crawl):
    pages, _, _ = crawl
    wrong = {rel: p.lang for rel, p in pages.items() if p.lang != LANGS.get(rel.split("/")[0], "en")}
    assert wrong == {}


def test_hreflang_alternates_and_language_switch_exist(site, crawl):
    pages, _, target = crawl
    problems = []
    for rel, page in pages.items():
        lang = rel.split("/")[0]
        if lang not in LANGS or rel.endswith("404.html"):
            continue
        here = rel.removeprefix(lang + "/")
        alternates = {a["hreflang"]: a["href"] for tag, _, a in page.refs
                      if tag == "link" and "alternate" in a.get("rel", "").split() and "hreflang" in a}
        switch = {a["hreflang"]: urljoin(site.url + rel.removesuffix("index.html"), a["href"])
                  for tag, _, a in page.refs if "md-select__link" in a.get("class", "").split()}
        for kind, links in (("hreflang", alternates), ("switch", switch)):
            if set(links) - {"x-default"} != set(LANGS.values()):
                problems.append(f"{rel}: {kind} links for {sorted(links)}")
            for tag, url in links.items():
                path, _ = target(url)
                expected = ("en" if tag == "x-default" else next(k for k, v in LANGS.items() if v == tag)) + "/" + here
                if path != expected or not (site.dir / path).is_file():
                    problems.append(f"{rel}: {kind} {tag} → {url} (expected {expected})")
    assert problems == []


def test_no_page_over_300_kb(site):
    big = {p.relative_to(site.dir).as_posix(): p.stat().st_size for p in site.dir.rglob("*.html")
           if p.stat().st_size > MAX_PAGE}
    assert big == {}


def test_css_loads_nothing_from_outside(site):
    outside = re.compile(r"@import|url\(\s*['\"]?\s*(?:https?:)?//", re.I)
    found = [f"{p.relative_to(site.dir)}: {m.group(0)}" for p in site.dir.rglob("*.css")
             for m in outside.finditer(p.read_text(encoding="utf-8"))]
    assert found == []


def test_strict_build_printed_no_warning(site):
    assert [line for line in site.log.splitlines() if "WARNING" in line] == []

