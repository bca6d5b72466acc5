"""Where each page lives (identical in every language) and relative links between pages."""
from __future__ import annotations

import posixpath


def claim(cid: str) -> str:
    return f"claims/{cid}/"


def actor(aid: str) -> str:
    return f"actors/{aid}/"


def system(sid: str) -> str:
    return f"systems/{sid}/"


def source(sid: str) -> str:
    return f"sources/{sid}/"


def comparison(xid: str) -> str:
    return f"systems/compare/{xid}/"


def event(eid: str) -> str:
    return f"timeline/#event-{eid}"


def paged(base: str, n: int) -> str:
    """Page n (1-based) of a paginated list whose first page is `base` ("timeline/")."""
    return base if n == 1 else f"{base}page-{n}/"


def md_path(url: str) -> str:
    """The Markdown file that MkDocs turns into `url` (directory URLs)."""
    path = url.split("#")[0]
    return path + "index.md" if path.endswith("/") or not path else path


def rel(from_url: str, to_url: str) -> str:
    """Relative link from the page at from_url to to_url, both site-relative directory URLs."""
    target, _, anchor = to_url.partition("#")
    start = posixpath.dirname(from_url.rstrip("/") + "/x") if from_url else "."
    path = posixpath.relpath(target or ".", start or ".")
    if target.endswith("/") or not target:
        path = "./" if path == "." else path + "/"
    return path + ("#" + anchor if anchor else "")
