"""What a reader downloads (not a test): python tests/bench_reader.py SITE_DIR [PLAIN_SITE_DIR]

Serves a built site on 127.0.0.1 and opens its pages in Chromium (/usr/bin/chromium, Playwright), each
as a first visit (empty cache). Every request the page and its workers make is recorded and counted at
its gzip-compressed size (level 6, as a web server sends it). Per page view: everything loaded before
any interaction (network idle). Per search: what focusing the search box and typing a word adds.
"""
from __future__ import annotations

import gzip
import statistics
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "browser")]
from site_build import bind_server, serve  # noqa: E402

PREFIX = "/site/"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@dataclass
class Reader:
    pages: int          # page views measured
    median_kb: float    # compressed bytes per page view
    max_kb: float
    heaviest: str       # the page with max_kb
    search_kb: float    # compressed bytes a first search adds (median over the searches made)
    index_on_view: int  # page views that requested a search index


@lru_cache(maxsize=None)
def gz_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 6)) if path.is_file() else 0


def _file(site: Path, url: str) -> Path:
    path = unquote(urlsplit(url).path)[len(PREFIX):]
    target = site / path
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


def sample_pages(site: Path, limit: int | None) -> list[str]:
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))
    if limit and len(pages) > limit:
        step = len(pages) / limit
        pages = [pages[int(i * step)] for i in range(limit)]
    return [p[: -len("index.html")] for p in pages]


def _view(browser, base: str, site: Path, path: str, word: str | None) -> tuple[int, int, bool]:
    context = browser.new_context(service_workers="block")
    urls: list[str] = []
    context.on("request", lambda r: urls.append(r.url))
    page = context.new_page()
    try:
        page.goto(base + path, wait_until="networkidle")
        view = list(urls)
        searched = 0
        box = page.locator("input.md-search__input")
        if word and box.count():
            box.focus()
            box.press_sequentially(word)
            box.press("End")
            page.locator(".md-search-result__meta").first.wait_for(timeout=120_000)
            page.wait_for_load_state("networkidle")
            searched = sum(gz_size(_file(site, u)) for u in set(urls[len(view):]) - set(view))
        index = any("search_index" in u for u in view)
        return sum(gz_size(_file(site, u)) for u in set(view)), searched, index
    finally:
        context.close()


def measure(site: Path, limit: int | None = None, word: str = "system", searches: int = 4) -> Reader:
    """Page views over every page (or `limit` spread over the site); `searches` of them also search."""
    from playwright.sync_api import sync_playwright

    server = bind_server(site, PREFIX)
    base = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    thread = serve(server)
    pages = sample_pages(site, limit)
    every = max(1, len(pages) // searches)
    sizes, found, with_index = {}, [], 0
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
            for i, path in enumerate(pages):
                view, searched, index = _view(browser, base, site, path, word if i % every == 0 else None)
                sizes[path] = view
                with_index += index
                if i % every == 0:
                    found.append(searched)
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    heaviest = max(sizes, key=sizes.get)
    return Reader(len(sizes), statistics.median(sizes.values()) / 1024, sizes[heaviest] / 1024, heaviest,
                  statistics.median(found) / 1024 if found else 0.0, with_index)


def every_page_kb(site: Path, reader: Reader) -> tuple[float, str]:
    """An upper bound for every HTML page of the site, not only the ones opened: its own compressed
    HTML plus what the heaviest opened page loaded besides its HTML (the theme's CSS and scripts)."""
    shared = reader.max_kb - gz_size(site / reader.heaviest / "index.html") / 1024
    sizes = {p.relative_to(site).as_posix(): gz_size(p) / 1024 for p in site.rglob("*.html")}
    page = max(sizes, key=sizes.get)
    return sizes[page] + shared, page


def main(argv: list[str]) -> None:
    for folder in argv:
        r = measure(Path(folder), limit=60)
        bound, page = every_page_kb(Path(folder), r)
        print(f"{folder}: {r.pages} page views, median {r.median_kb:.0f} KB, max {r.max_kb:.0f} KB "
              f"({r.heaviest}), search +{r.search_kb:.0f} KB, index on {r.index_on_view} page views; "
              f"every page ≤ {bound:.0f} KB ({page})")


if __name__ == "__main__":
    main(sys.argv[1:])
