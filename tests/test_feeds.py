"""Atom feeds (gen/site/feeds.py): well-formed, the elements RFC 4287 requires, newest first."""
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest

from gen.models import Bilingual
from gen.site.feeds import feeds, verdict_entries
from gen.site.i18n import Catalogue
from gen.site.xref import xref
from gen.validate import check
from site_build import CODES

ROOT = Path(__file__).resolve().parents[1]
CHECKED = check(ROOT)
A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
SITE = "https://example.org/claimline/en/"


def assert_valid_atom(xml: str) -> list[ET.Element]:
    """The RFC 4287 'MUST's that apply to our feeds; returns the entries."""
    feed = ET.fromstring(xml.encode("utf-8"))
    assert feed.tag == A + "feed"
    for parent in (feed, *feed.findall(A + "entry")):
        for tag in ("id", "title", "updated"):
            assert len(parent.findall(A + tag)) == 1, (parent.tag, tag)
        assert RFC3339.match(parent.findtext(A + "updated"))
        assert re.match(r"^https?://", parent.findtext(A + "id"))
        assert parent.findall(A + "link[@rel='alternate']") or parent.find(A + "content") is not None
        assert len(parent.findall(A + "link[@rel='alternate'][@type='text/html']")) <= 1
    assert feed.find(f"{A}author/{A}name").text
    assert feed.find(A + "link[@rel='self']").get("href") == feed.findtext(A + "id")
    entries = feed.findall(A + "entry")
    ids = [e.findtext(A + "id") for e in entries]
    assert len(ids) == len(set(ids))
    stamps = [e.findtext(A + "updated") for e in entries]
    assert stamps == sorted(stamps, reverse=True), "newest first"
    assert not entries or feed.findtext(A + "updated") == stamps[0]
    return entries


@pytest.mark.parametrize("lang", CODES)
def test_feeds_are_valid_atom_with_every_claim(lang):
    x = xref(CHECKED)
    out = dict(feeds(x, Catalogue(CHECKED.data.ui, lang), SITE))
    claims = assert_valid_atom(out["feeds/claims.xml"])
    assert len(claims) == len(CHECKED.data.claims)
    assert all(e.findtext(A + "summary") and e.find(f"{A}author/{A}name").text for e in claims)
    assert_valid_atom(out["feeds/verdicts.xml"])


def test_verdict_feed_lists_every_change_and_each_current_verdict_newest_first():
    note = Bilingual(en="Holds. More.", zh="成立。更多。")
    why = Bilingual(en="A filing was found.", zh="找到了公告。")
    change = SimpleNamespace(date="2025-10-01", from_="unverifiable", to="disputed", why=why)
    a = SimpleNamespace(verdict="consistent", note=note, checked="2026-02-03", history=[change])
    same_day = SimpleNamespace(verdict="inaccurate", note=note, checked="2025-11-05",
                               history=[SimpleNamespace(date="2025-11-05", from_="consistent", to="inaccurate", why=why)])
    claims = {"a": SimpleNamespace(assessment=a, statement=note), "b": SimpleNamespace(assessment=same_day, statement=note),
              "c": SimpleNamespace(assessment=None, statement=note)}
    x = SimpleNamespace(data=SimpleNamespace(claims=claims))
    entries = verdict_entries(x, Catalogue(CHECKED.data.ui, "en"), SITE)
    assert [(e["term"], e["updated"]) for e in entries] == [("consistent", "2026-02-03T00:00:00Z"),
                                                             ("inaccurate", "2025-11-05T00:00:00Z"),
                                                             ("disputed", "2025-10-01T00:00:00Z")]
    assert entries[0]["summary"] == "Holds." and entries[0]["href"].endswith("/claims/a/#assessment-note")
    assert entries[2]["summary"] == "Unverifiable → Disputed: A filing was found."
