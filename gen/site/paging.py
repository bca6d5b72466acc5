"""Pagination: long lists split into pages of PAGE_SIZE, so no HTML page grows with the data."""
from __future__ import annotations

from gen.site import urls

PAGE_SIZE = 150


def paginate(items: list, base: str) -> list[tuple[str, list, list[dict]]]:
    """[(url, items on that page, pager links)] — one page even when there are no items."""
    chunks = [items[i:i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]
    return [(urls.paged(base, n), chunk, pager(base, n, len(chunks))) for n, chunk in enumerate(chunks, 1)]


def pager(base: str, n: int, total: int) -> list[dict]:
    here = urls.paged(base, n)
    if total == 1:
        return []
    return [{"label": str(i), "href": urls.rel(here, urls.paged(base, i)), "current": i == n}
            for i in range(1, total + 1)]
