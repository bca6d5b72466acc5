"""Where each page lives (identical in every language) and relative links between pages."""
from __future__ import annotations


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
    """Relative link from the page at from_url to to_url, both site-relative directory URLs.

    Pure string work (posixpath.relpath would consult the working directory)."""
    target, _, anchor = to_url.partition("#")
    here = [p for p in from_url.split("/") if p]
    there = target.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    path = "../" * (len(here) - common) + "/".join(there[common:])
    return (path or "./") + ("#" + anchor if anchor else "")
