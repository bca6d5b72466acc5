"""Languages are data (issue 10): a third language, Traditional Chinese, from the same data and templates.

zh-hant takes the Simplified text and converts it with OpenCC (s2twp, Taiwan usage); a source's own
words change script only (s2tw), never a word; the glossary decides names (英伟达 → 輝達 in our
prose, a quoted 英伟达 stays 英偉達) and keeps Huawei's 昇騰 whole both ways. A fourth language needs
nothing but configuration, catalogue and glossary: a toy one is built from the fixture data here.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from gen.catalogue import fill
from gen.langtags import config_languages
from gen.script import convert
from gen.site.i18n import Catalogue
from gen.validate import check
from site_build import LANGS, ROOT
from test_check_rules import project

REAL = check(ROOT).data
HANT = Catalogue(REAL.ui, "zh-hant", REAL.glossary)
HANS = Catalogue(REAL.ui, "zh", REAL.glossary)
# Simplified-only forms of the names the glossary protects: none may reach a zh-Hant reader in our
# words (a Simplified source's own words are shown as archived, marked lang="zh-Hans", beside ours).
SIMPLIFIED_ONLY = sorted({t.zh for t in REAL.glossary if t.protect and convert(t.zh, "s2tw") != t.zh})
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "path", "circle", "rect", "line", "polygon", "polyline", "use", "stop"}


def test_brand_names_survive_conversion_both_ways():
    assert HANT.prose("华为昇腾910B") == "華為昇騰910B" and HANT.words("华为昇腾910B") == "華為昇騰910B"
    assert HANS.words("華為昇騰910B") == "华为昇腾910B"  # OpenCC alone would write 升腾
    assert HANT.prose("英伟达的超节点") == "輝達的超節點"  # our prose: the glossary's Taiwan name
    assert HANT.words("英伟达的超节点") == "英偉達的超節點"  # a source's word: only the script changes
    assert HANT.prose("华为发布昇腾芯片") == "華為發布昇騰晶片"  # 发布: not s2twp's 釋出 (glossary)
    assert HANT.prose("支持中国政府") == "支持中國政府"  # not 支援
    assert HANT.prose("他说“用群计算补单芯片”") == "他說「用群計算補單晶片」"  # Taiwan quotation marks
    assert HANT.words("他说“用群计算补单芯片”") == "他說“用群計算補單芯片”"  # a source's marks and words stay


def test_every_protected_term_reads_as_the_glossary_says():
    for term in REAL.glossary:
        if term.protect:
            expected = term.forms.get("zh-hant") or convert(term.zh, "s2tw")
            assert HANT.prose(term.zh) == expected, term.zh
            assert "升" not in HANT.prose(term.zh) + HANT.words(term.zh) + HANS.words(HANT.words(term.zh)), term.zh


def test_catalogue_is_complete_in_every_language():
    codes = set(LANGS)
    assert all(set(value.root) == codes for value in REAL.ui.values())
    assert HANT["nav.home"] == "首頁" and HANT["site_title"] == "Claimline · 說法時間線"


def test_catalogue_drafts_only_missing_entries(tmp_path):
    root = project(tmp_path)
    ui = root / "data" / "ui.yaml"
    lines = ui.read_text(encoding="utf-8").splitlines()
    stripped = [re.sub(r', zh-hant: "[^"]*"\}$', "}", line) if line.startswith(("nav.home:", "nav.claims:")) else line
                for line in lines]
    stripped = [line.replace('zh-hant: "資料下載"', 'zh-hant: "下載資料（手寫）"') for line in stripped]
    ui.write_text("\n".join(stripped) + "\n", encoding="utf-8")
    assert check(root).problems.errors  # a missing entry fails check
    assert fill(root, "zh-hant") == (2, None)
    data = yaml.safe_load(ui.read_text(encoding="utf-8"))
    assert data["nav.home"]["zh-hant"] == "首頁" and data["nav.claims"]["zh-hant"] == "說法"
    assert data["nav.downloads"]["zh-hant"] == "下載資料（手寫）"  # written by hand: kept
    assert not check(root).problems.errors
    assert fill(root, "zh")[1] and fill(root, "zh-hant") == (0, None)  # zh is written by hand


class _Text(HTMLParser):
    """Text of a page with the language of the element that holds it (the nearest lang attribute);
    words shown as archived (a quotation, the archive of a source) are marked "as archived"."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str | None] = []
        self.runs: list[tuple[str | None, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            a = dict(attrs)
            archived = tag == "blockquote" or "cl-archive" in (a.get("class") or "").split()
            self.stack.append("as archived" if archived else a.get("lang"))

    def handle_endtag(self, tag):
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        self.runs.append((next((lang for lang in reversed(self.stack) if lang), None), data))


def _hant_pages(site):
    return sorted((site.dir / "zh-hant").rglob("*.html"))


def test_traditional_pages_never_show_a_simplified_only_name(site):
    assert SIMPLIFIED_ONLY and "昇腾" in SIMPLIFIED_ONLY and "英伟达" in SIMPLIFIED_ONLY
    wrong = []
    for path in _hant_pages(site):
        text = path.read_text(encoding="utf-8")
        if "升騰" in text or "升腾" in text:
            wrong.append(f"{path}: 升騰/升腾")
        parser = _Text()
        parser.feed(text)
        for lang, run in parser.runs:
            if lang not in ("zh-Hans", "zh", "as archived"):  # a source's own words, marked so
                wrong += [f"{path.relative_to(site.dir)}: {name} in {run.strip()[:60]!r}"
                          for name in SIMPLIFIED_ONLY if name in run]
    assert len(_hant_pages(site)) > 100 and wrong == []


def test_traditional_sources_as_archived_simplified_ones_converted_and_marked(site):
    by_script = {"zh-Hant": [], "zh-Hans": []}
    for cid, claim in REAL.claims.items():
        language = REAL.sources[claim.excerpts[0].source].language
        if language in by_script:
            by_script[language].append(cid)
    cid = next(c for c in by_script["zh-Hant"] if len(REAL.claims[c].excerpts) == 1)
    excerpt = REAL.claims[cid].excerpts[0].text
    page = (site.dir / "zh-hant" / "claims" / cid / "index.html").read_text(encoding="utf-8")
    assert f'<blockquote lang="zh-Hant">{excerpt}</blockquote>' in page and "cl-converted" not in page
    cid = by_script["zh-Hans"][0]
    excerpt = REAL.claims[cid].excerpts[0].text
    page = (site.dir / "zh-hant" / "claims" / cid / "index.html").read_text(encoding="utf-8")
    assert f'<blockquote lang="zh-Hans">{excerpt}</blockquote>' in page  # the original stays
    assert f'<p class="cl-converted" lang="zh-Hant"><span class="cl-label">{HANT["claim.converted"]}</span> ' \
           f'{HANT.words(excerpt)}</p>' in page


def test_a_fourth_language_is_configuration_catalogue_and_glossary(tmp_path):
    """A toy Hong Kong language (s2hk) beside the real three, built from the fixture data: nothing in
    gen/, the templates or the theme overrides changes."""
    root = project(tmp_path)
    for name in ("gen", "docs"):
        (root / name).symlink_to(ROOT / name, target_is_directory=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    toy = "    - {code: zh-hk, name: 繁體中文（香港）, html: zh-HK, dir: zh-hk, og: zh_HK, theme: zh-Hant, " \
          "text: zh, prose: s2hk, words: s2hk, docs: zh}\n"
    (root / "mkdocs.yml").write_text(config.rstrip("\n") + "\n" + toy, encoding="utf-8")
    glossary = root / "data" / "glossary.yaml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + '- zh: "创始人"\n  en: "founder"\n'
                        '  forms: {zh-hk: "創辦人"}\n', encoding="utf-8")
    assert fill(root, "zh-hk")[0] > 300
    env = dict(os.environ, CLAIMLINE_PROJECT=str(root), CLAIMLINE_BUILD_DATE="2026-11-23",
               CLAIMLINE_SITE_URL="https://example.org/claimline/", NO_MKDOCS_2_WARNING="1")
    out = tmp_path / "site"
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
                          cwd=root, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    home = (out / "zh-hk" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="zh-HK"' in home and 'hreflang="zh-HK"' in (out / "en" / "index.html").read_text(encoding="utf-8")
    founder = next(cid for cid, c in yaml_claims(root) if "创始人" in c)
    page = (out / "zh-hk" / "claims" / founder / "index.html").read_text(encoding="utf-8")
    assert "創辦人" in page and "創辦人" not in (out / "zh-hant" / "claims" / founder / "index.html").read_text(encoding="utf-8")
    assert "夾具芯片" in (out / "zh-hk" / "systems" / "index.html").read_text(encoding="utf-8")  # HK: 芯片
    assert "夾具晶片" in (out / "zh-hant" / "systems" / "index.html").read_text(encoding="utf-8")  # Taiwan: 晶片
    assert "繁體中文（香港）" in (out / "index.html").read_text(encoding="utf-8")  # the chooser lists it


def yaml_claims(root: Path):
    for path in sorted((root / "data" / "claims").glob("*.yaml")):
        for claim in yaml.safe_load(path.read_text(encoding="utf-8")):
            yield claim["id"], claim["statement"]["zh"]


@pytest.mark.parametrize("code", list(LANGS))
def test_every_language_builds_every_page(site, code):
    assert (site.dir / code / "index.html").is_file()
    assert len(list((site.dir / code).rglob("*.html"))) == len(list((site.dir / "en").rglob("*.html")))


def test_a_build_can_be_limited_to_some_languages():
    from mkdocs.exceptions import Abort

    from gen.site.languages import chosen
    every = [{"code": "en"}, {"code": "zh"}, {"code": "zh-hant"}]
    assert chosen(every, None) == every and chosen(every, "") == every
    assert chosen(every, "zh-hant, en") == [{"code": "en"}, {"code": "zh-hant"}]
    with pytest.raises(Abort, match="names fr, not a language in mkdocs.yml extra.languages"):
        chosen(every, "en,fr")


def test_a_chinese_headline_changes_script_only():
    source = next(s for s in REAL.sources.values() if s.language == "zh-Hans" and "芯片" in s.title.zh)
    assert HANT.source_title(source) == HANT.words(source.title.zh) and "芯片" in HANT.source_title(source)
    assert HANS.source_title(source) == source.title.zh


def test_a_latin_script_excerpt_in_another_language_gets_a_hint(tmp_path):
    from gen.language_hints import citation_language_hints
    assert citation_language_hints(REAL).items == []  # every such excerpt in the data says its lang
    root = project(tmp_path)
    claims = root / "data" / "claims" / "fixture.yaml"
    text = claims.read_text(encoding="utf-8")
    excerpt = next(line for line in text.splitlines() if line.strip().startswith("excerpt:"))
    italian = excerpt.split("excerpt:")[0] + 'excerpt: "Huawei lancia il processore per l\'intelligenza artificiale più potente al mondo."'
    claims.write_text(text.replace(excerpt, italian), encoding="utf-8")
    checked = check(root)
    hints = [str(h) for h in citation_language_hints(checked.data).items]
    assert len(hints) == 1 and "reads as 'it' (detected), not English — add 'lang: it'" in hints[0]


def test_traditional_text_is_searched_by_the_words_its_simplified_rendering_has():
    from gen.site.search_hook import aligned_cuts
    cut = {"陈述与摘录": "陈述\u200b与\u200b摘录"}.get
    assert aligned_cuts("陳述與摘錄", "陈述与摘录", cut) == "陳述\u200b與\u200b摘錄"
    assert aligned_cuts("隨身碟", "U盘", lambda s: s) is None  # not character for character: jieba as is
    from gen.site.search_dict import dictionary_words
    words = dictionary_words(REAL)  # a Traditional name is looked up in the rendering segmented: 輝達 as 辉达
    assert {convert(w, "tw2s") for w in ("輝達", "超節點", "昇騰")} <= set(words)


@pytest.mark.parametrize("code", [lang["dir"] for lang in config_languages(ROOT) if lang.get("search_segment")])
def test_a_language_segmented_through_another_script_indexes_whole_words(site, code):
    import json
    docs = json.loads(site.file(f"{code}/search/search_index.json").read_text(encoding="utf-8"))["docs"]
    words = {w for d in docs for field in (d["title"], d["text"]) for w in re.split(r"[\s\u200b]+", field)}
    # cut into single characters by jieba's Simplified dictionary before (陳/述, 頁/面, 我/們)
    assert {"陳述", "頁面", "我們", "昇騰", "輝達", "超節點"} <= words
