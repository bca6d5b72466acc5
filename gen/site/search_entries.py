"""The search index of a language: what a reader searches for, once, taken from the data.

Material's search plugin indexes the text of every page, so each claim was indexed on every list
that shows its card (timeline, claims, its actor, system and source pages): an index that grew
several times faster than the data. Generated pages are instead indexed here, one entry each:
a claim by its statement, with who made it (or the publisher that carries it) and the systems
it names; a system, actor, source or
comparison by its name and a few identifying words. List pages are found by their title alone
(continuation pages of a list are not indexed). Hand-written pages are still indexed by Material.

Pure: data to plain text. gen/site/search_hook.py escapes, segments and adds the entries.
"""
from __future__ import annotations

import re

from gen.site import urls
from gen.site.i18n import Catalogue
from gen.site.xref import Xref

SEP = " · "
_CONTINUATION = re.compile(r"(^|/)page-\d+/$")  # urls.paged: page 2 onwards of a list


def _words(*parts) -> str:
    return SEP.join(p for p in parts if p)


def claim_entry(x: Xref, cid: str, cat: Catalogue) -> tuple[str, str]:
    ds = x.data
    c = ds.claims[cid]
    source = ds.sources[c.excerpts[0].source]
    who = cat.pick(ds.actors[c.said_by].name) if c.said_by else cat.pick(source.publisher or source.title)
    systems = dict.fromkeys([*c.systems, *(f.system for f in c.figures if f.system)])
    statement = cat.pick(c.statement)
    names = dict.fromkeys([who, *(cat.pick(ds.systems[s].name) for s in systems)])
    return statement, _words(*(name for name in names if name not in statement))  # each word once


def entries(x: Xref, cat: Catalogue) -> dict[str, tuple[str, str]]:
    """Page URL → (title, text), both plain text, for every page indexed from the data."""
    ds = x.data
    out = {urls.claim(cid): claim_entry(x, cid, cat) for cid in ds.claims}
    for sid, s in ds.systems.items():
        vendor = cat.pick(ds.actors[s.vendor].name) if s.vendor else None
        aliases = [a for a in dict.fromkeys(cat.words(a) for a in s.aliases)  # in the page's script
                   if a != cat.pick(s.name)]
        out[urls.system(sid)] = cat.pick(s.name), _words(cat[f"system.{s.kind}"], vendor, *aliases)
    for aid, a in ds.actors.items():
        out[urls.actor(aid)] = cat.pick(a.name), _words(cat.pick(a.role) if a.role else None, *a.as_written)
    for sid, s in ds.sources.items():
        out[urls.source(sid)] = cat.pick(s.title), _words(cat.pick(s.publisher) if s.publisher else None, s.author)
    for xid, comparison in ds.comparisons.items():
        out[urls.comparison(xid)] = cat.pick(comparison.title), ""
    return out


def indexed_alone_by_title(url: str) -> bool:
    """A generated page without a data entry is found by its title, unless it continues a list."""
    return _CONTINUATION.search(url) is None
