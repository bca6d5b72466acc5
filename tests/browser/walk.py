"""Walking the site in the browser tests."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def each_pager_page(page: Any, url: str) -> Iterator[str]:
    """Open url, then every page its pager (.cl-pager) links to, once each; yields each URL when open."""
    todo, seen = [url], set()
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        page.goto(url)
        yield url
        todo += page.locator(".cl-pager a").evaluate_all("links => links.map(a => a.href)")
