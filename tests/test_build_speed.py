"""What makes large builds fast keeps the site the same (issue 11): search entries from the data,
the navigation and the theme's configuration rendered once, the filter form rendered once, and
under `mkdocs serve` the viewed language first. (No timing here: tests/bench_build.py measures.)"""
from __future__ import annotations

import json
import re
import types
from collections import Counter

import jinja2
from mkdocs.config import load_config

from gen.site import serve_first
from gen.site.i18n import Catalogue
from gen.site.render import _Once
from gen.site.search_entries import entries, indexed_alone_by_title
from gen.site.theme_cache import _key
from gen.site.xref import xref
from gen.validate import check
from site_build import ROOT

LANGS = [language["code"] for language in load_config(str(ROOT / "mkdocs.yml")).extra["languages"]]


def test_each_claim_is_one_search_entry_its_statement_and_no_list_page_repeats_it(site, data):
    for lang in LANGS:
        docs = json.loads(site.file(f"{lang}/search/search_index.json").read_text(encoding="utf-8"))["docs"]
        locations = Counter(d["location"] for d in docs)
        claims = [d for d in docs if re.fullmatch(r"claims/[^/]+/", d["location"])]
        assert {d["location"] for d in claims} == {f"claims/{cid}/" for cid in data.claims}
        assert all(n == 1 for loc, n in locations.items() if loc.startswith("claims/")), lang
        assert not [loc for loc in locations if re.search(r"(^|/)page-\d+/", loc)]  # list continuations
        for d in docs:
            if d["location"].startswith(("timeline/", "claims/", "sources/", "actors/", "systems/")):
                assert len(d["text"]) < 1000, d["location"]  # a few words, never a page's cards
            if d["location"].startswith("sources/"):
                assert "sha256" not in d["text"], d["location"]  # a checksum is never a search snippet


def test_a_claim_entry_gives_the_statement_who_and_systems_each_once():
    checked = check(ROOT)
    x = xref(checked)
    cid = next(c for c, claim in checked.data.claims.items() if claim.said_by and claim.systems)
    claim = checked.data.claims[cid]
    title, text = entries(x, Catalogue(checked.data.ui, "en"))[f"claims/{cid}/"]
    assert title == claim.statement.en
    names = [checked.data.actors[claim.said_by].name.en, *(checked.data.systems[s].name.en for s in claim.systems)]
    assert all(name in title or name in text for name in names)
    assert not any(name in title and name in text.split(" · ") for name in names)


def test_continuation_pages_are_not_indexed_by_title():
    assert indexed_alone_by_title("timeline/") and indexed_alone_by_title("claims/")
    assert not indexed_alone_by_title("timeline/page-2/") and not indexed_alone_by_title("actors/huawei/page-3/")
    assert indexed_alone_by_title("claims/homepage-2-launch/")


def _context(url: str | None, active: bool = False, nav_urls=("", "timeline/", "claims/")):
    pages = [types.SimpleNamespace(url=u) for u in nav_urls]
    nav = types.SimpleNamespace(items=[types.SimpleNamespace(active=active)], pages=pages)
    return {"page": types.SimpleNamespace(url=url) if url is not None else None, "nav": nav, "base_url": "../.."}


def test_the_navigation_is_shared_by_pages_of_one_folder_outside_it():
    assert _key(_context("claims/a/")) == _key(_context("claims/b/")) == "claims/"
    assert _key(_context("systems/compare/x/")) == "systems/compare/"
    assert _key(_context("claims/", active=True)) is None  # in the navigation: rendered per page
    assert _key(_context("404.html")) is None and _key(_context(None)) is None
    assert _key(_context("claims/a/", nav_urls=("claims/a/b/",))) is None  # above a navigation page


def test_once_renders_a_macro_once_for_the_same_arguments_only():
    env = jinja2.Environment()
    env.globals["once"] = _Once(size=2)
    calls = []
    env.globals["form"] = lambda options: calls.append(options) or f"<form>{len(options)}</form>"
    template = env.from_string("{{ once(form, options) }}")
    a, b = ["x"], ["y", "z"]
    assert [template.render(options=o) for o in (a, a, b, a)] == ["<form>1</form>", "<form>1</form>",
                                                                  "<form>2</form>", "<form>1</form>"]
    assert len(calls) == 2


def test_serve_waits_for_the_viewed_language_and_leaves_the_others_behind(monkeypatch):
    languages = [{"code": c, "dir": c} for c in LANGS]
    started = [(object(), language) for language in languages]
    monkeypatch.setattr(serve_first, "_viewed", [])
    monkeypatch.delenv(serve_first.SERVING, raising=False)
    assert serve_first.split_started(started) == (started, [])  # `mkdocs build`: every language
    monkeypatch.setenv(serve_first.SERVING, "1")
    served = []
    server = types.SimpleNamespace(mount_path="/claimline/", _serve_request=lambda env, start: served.append(env))
    serve_first.remember_viewed_language(server, languages)
    last = languages[-1]
    server._serve_request({"PATH_INFO": f"/claimline/{last['dir']}/claims/x/"}, None)
    now, behind = serve_first.split_started(started)
    assert [language for _, language in now] == [last] and len(behind) == len(languages) - 1
    server._serve_request({"PATH_INFO": "/livereload/1/2", "HTTP_REFERER": f"http://h/claimline/{LANGS[0]}/"}, None)
    assert serve_first.viewed(languages) == LANGS[0] and len(served) == 2


def test_a_rebuild_stops_the_builds_the_last_one_left_behind(monkeypatch):
    import multiprocessing
    import time

    monkeypatch.delenv(serve_first.SERVING, raising=False)
    behind = multiprocessing.get_context("fork").Process(target=time.sleep, args=(60,))
    behind.start()
    serve_first.leave_behind([(behind, {"code": LANGS[-1]})])
    start = time.monotonic()
    serve_first.stop_behind()
    assert not behind.is_alive() and time.monotonic() - start < 30
    serve_first.stop_behind()  # nothing left: a no-op


def test_language_builds_run_at_once_while_they_fit_the_memory_budget():
    from gen.site.build_memory import BUILD_KIB_PER_CLAIM, builds_at_once
    assert builds_at_once(3, 1_000, root_mib=200) == 3          # small data: all at once (no idle core at the end)
    assert builds_at_once(3, 0, root_mib=200) == 3
    one = 20_000 * BUILD_KIB_PER_CLAIM / 1024                   # MiB of one build at 20,000 claims
    assert builds_at_once(3, 20_000, root_mib=300, budget_mib=300 + 2 * one) == 2
    assert builds_at_once(3, 20_000, root_mib=300, budget_mib=300 + 2 * one - 1) == 1
    assert builds_at_once(3, 10**9, root_mib=300) == 1         # never fewer than one
    assert builds_at_once(1, 0, root_mib=0) == 1               # never more than there are languages


def test_a_generated_page_is_kept_packed_until_the_theme_prints_it():
    from gen.site.fastpath import attach, pack, page_html, unpack
    body = '# Title\n\n<p id="x">text 昇腾</p>\n'
    content, tokens = page_html(body, {"permalink": True})
    page = types.SimpleNamespace(meta={})
    attach(page, *pack(content, tokens))
    page.render(None, None)
    assert page.content == "" and page.claimline_packed and page.present_anchor_ids == set()
    assert page._title_from_render == "Title"
    unpack(page)
    assert page.content == content and page.claimline_packed is None
    assert page.present_anchor_ids == {"title", "x"}
    unpack(page)  # a second call changes nothing
    assert page.content == content


def test_a_memory_budget_that_is_not_a_number_is_refused_with_a_fix():
    import pytest
    from mkdocs.exceptions import Abort

    from gen.site.build_memory import MEMORY_BUDGET_MIB, memory_budget
    assert memory_budget(None) == memory_budget("") == MEMORY_BUDGET_MIB
    assert memory_budget("2048") == 2048
    for bad in ("lots", "0", "-5", "nan", "inf"):
        with pytest.raises(Abort, match="CLAIMLINE_BUILD_MEMORY_MIB is .* not a number of MiB — write one"):
            memory_budget(bad)
