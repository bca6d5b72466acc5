"""The built site is valid HTML where we write it, and every page can be shared and subscribed to.

The Nu Html Checker (vnu.jar from the npm package vnu-jar, installed by .ci/install-vnu, which
tests/run calls) checks every page; the only errors it may report come from Material for
MkDocs' own chrome (listed in THEME_ERRORS). Without Java or vnu.jar the test is skipped, and
under CI=true it fails. Whatever the checker's availability, every <time> must carry a valid
machine-readable datetime, every claim page must open with its card, and every page must carry
Open Graph / Twitter meta and its language's Atom feed links.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from gen.site.i18n import Catalogue
from site_build import LANGS, ROOT

VNU = Path(os.environ.get("CLAIMLINE_VNU_JAR", ROOT / ".cache" / "vnu" / "vnu-jar-26.9.27" / "vnu.jar"))
# (message start, text in the extract): errors in Material for MkDocs' templates, not in ours.
THEME_ERRORS = (
    ("Attribute “autocomplete” is only allowed", 'class="md-toggle"'),
    ("The value of the “for” attribute of the “label” element", 'class="md-'),
)
# HTML's datetime forms that our dates produce: a year, a month, a day.
DATETIME = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _theme(message: dict) -> bool:
    return any(message["message"].startswith(m) and x in message.get("extract", "") for m, x in THEME_ERRORS)


def test_nu_html_checker_finds_no_error_in_content(site):
    java = shutil.which("java")
    if java is None or not VNU.is_file():
        reason = f"Nu Html Checker unavailable (java: {java}, {VNU}: missing) — bash .ci/install-vnu"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " [CI=true, so this is a failure]")
        pytest.skip(reason)
    proc = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html",
                           str(site.dir)], capture_output=True, text=True, timeout=600, check=False)
    messages = json.loads(proc.stderr or proc.stdout)["messages"]
    errors = [f"{m['url'].split(str(site.dir))[-1]}:{m.get('lastLine')}: {m['message']} [{m.get('extract', '').strip()}]"
              for m in messages if m["type"] == "error" and not _theme(m)]
    assert errors == [], f"{len(errors)} errors, first 20:\n" + "\n".join(errors[:20])


class Head(HTMLParser):
    """<time> elements, <meta> properties and names, <link rel=alternate> and the claim card."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.times: list[str | None] = []
        self.meta: dict[str, str] = {}
        self.feeds: list[dict] = []
        self.first: str | None = None  # the first element after the <h1>: a claim page's card
        self._after_h1 = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "time":
            self.times.append(a.get("datetime"))
        elif tag == "meta" and ("property" in a or "name" in a):
            self.meta[a.get("property") or a["name"]] = a.get("content", "")
        elif tag == "link" and "alternate" in a.get("rel", "").split() and a.get("type") == "application/atom+xml":
            self.feeds.append(a)
        if self._after_h1 and tag not in ("a",) and self.first is None:
            self.first = tag + "." + a.get("class", "")
        if tag == "h1":
            self._after_h1 = True


def _pages(site, lang: str):
    return sorted((site.dir / lang).rglob("*.html"))


@pytest.mark.parametrize("lang", LANGS)
def test_every_time_element_has_a_valid_datetime(site, lang):
    bad = [f"{p.relative_to(site.dir)}: {dt!r}" for p in _pages(site, lang)
           for dt in Head(p.read_text(encoding="utf-8")).times if dt is None or not DATETIME.match(dt)]
    assert bad == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_claim_page_opens_with_its_card(site, data, lang):
    for cid in data.claims:
        head = Head((site.dir / lang / "claims" / cid / "index.html").read_text(encoding="utf-8"))
        assert head.first == "section.cl-claimcard", cid


@pytest.mark.parametrize("lang", LANGS)
def test_pages_carry_sharing_meta_and_feed_links(site, data, lang):
    cid = min(data.claims)
    page = Head((site.dir / lang / "claims" / cid / "index.html").read_text(encoding="utf-8"))
    statement = Catalogue(data.ui, lang, data.glossary).pick(data.claims[cid].statement)
    assert page.meta["og:description"] == statement and page.meta["twitter:description"] == statement
    assert page.meta["og:title"] == statement and page.meta["twitter:card"] == "summary"
    assert page.meta["og:locale"] == {"en": "en_GB", "zh": "zh_CN", "zh-hant": "zh_TW"}[lang]
    assert page.meta["og:url"].endswith(f"/{lang}/claims/{cid}/")
    hrefs = sorted(f["href"] for f in page.feeds)
    assert [h.rsplit("/", 2)[-2:] for h in hrefs] == [["feeds", "claims.xml"], ["feeds", "verdicts.xml"]]
    assert all(f"/{lang}/" in h for h in hrefs)
    for href in hrefs:
        path = site.dir / lang / "feeds" / href.rsplit("/", 1)[1]
        root = ET.parse(path).getroot()
        assert root.tag == "{http://www.w3.org/2005/Atom}feed"
