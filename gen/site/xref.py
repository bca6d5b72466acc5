"""Cross references computed once per build: who said what, what cites what, what each claim dates to."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from gen.dates import DateSpan, parse_date
from gen.validate import Checked

DISAGREEING = ("disputed", "contradicted", "inaccurate")


@dataclass
class Xref:
    checked: Checked
    said: dict[str, DateSpan] = field(default_factory=dict)      # claim → when said (or published)
    about: dict[str, DateSpan] = field(default_factory=dict)     # claim → what time it is about
    by_actor: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_system: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_source: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    events_of_claim: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    cited_by: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    variants: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @property
    def data(self):
        return self.checked.data


_cache: dict[int, Xref] = {}


def xref(checked: Checked) -> Xref:
    """Cross references for this validated dataset (both language builds share one)."""
    key = id(checked)
    if key not in _cache:
        _cache.clear()
        _cache[key] = _build(checked)
    return _cache[key]


def _build(checked: Checked) -> Xref:
    ds = checked.data
    x = Xref(checked)
    published = {sid: parse_date(s.published) for sid, s in ds.sources.items()}
    for cid, c in ds.claims.items():
        x.said[cid] = parse_date(c.said) if c.said else published[c.excerpts[0].source]
        x.about[cid] = parse_date(c.about) if c.about else x.said[cid]
        if c.said_by:
            x.by_actor[c.said_by].append(cid)
        for s in dict.fromkeys([*c.systems, *(f.system for f in c.figures if f.system)]):
            x.by_system[s].append(cid)
        for sid in dict.fromkeys(ex.source for ex in c.excerpts):
            x.by_source[sid].append(cid)
        if c.assessment:
            for other in c.assessment.claims:
                x.cited_by[other].append(cid)
        if c.variant_of:
            x.variants[c.variant_of].append(cid)
            x.variants[cid].append(c.variant_of)
    for eid, e in ds.events.items():
        for cid in e.claims:
            x.events_of_claim[cid].append(eid)
    return x
