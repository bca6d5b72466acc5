"""Issue 8: figures in one notation, honest comparisons, no internal ids shown, Chinese pages in
Chinese. Run on the real data (its words are what readers see), rendered without MkDocs."""
import re
import tempfile
from pathlib import Path

import pytest

from gen.site.i18n import Catalogue
from gen.site.plan import plan
from gen.site.render import render
from gen.site.view_claims import figure_rows
from gen.site.view_entities import comparison_page
from gen.site.xref import xref
from gen.validate import check
from site_build import CODES

ROOT = Path(__file__).resolve().parents[1]
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def real():
    checked = check(ROOT)
    assert not checked.problems.errors
    return checked, xref(checked)


@pytest.fixture(scope="module")
def pages(real):
    checked, _ = real
    out = {}
    for lang in CODES:
        cat = Catalogue(checked.data.ui, lang)
        out[lang] = {p.path: render(p, cat, lang) for p in plan(checked, lang, "https://example.org/")}
    return out


def test_english_figures_have_no_chinese_words_and_one_notation(real):
    checked, x = real
    en = Catalogue(checked.data.ui, "en")
    for cid, claim in checked.data.claims.items():
        for row, fig in zip(figure_rows(x, cid, en, "x/"), claim.figures):
            assert not HAN.search(row["amount"]), (cid, row["amount"])
            assert not row["amount"].endswith((" x", "x")), (cid, row["amount"])  # ratios are ×
            if fig.unit == "%" and fig.relative_to:
                assert row["amount"].startswith("+"), (cid, row["amount"])
            if fig.unit == "share":
                assert row["amount"].endswith("%"), (cid, row["amount"])


def test_figure_notation_examples(real):
    checked, x = real
    en, zh = (Catalogue(checked.data.ui, lang) for lang in ("en", "zh"))
    rows = {lang: {r["metric"]: r["amount"] for r in figure_rows(x, "cm384-vs-nvl72-network", cat, "x/")}
            for lang, cat in (("en", en), ("zh", zh))}
    assert "+107%" in rows["en"].values() and "+107%" in rows["zh"].values()
    assert "1.7×" in [r["amount"] for r in figure_rows(x, "cm384-vs-nvl72-compute", en, "x/")]
    assert "1.7倍" in [r["amount"] for r in figure_rows(x, "cm384-vs-nvl72-compute", zh, "x/")]


def test_comparison_names_implied_values_and_shows_the_public_record(real):
    checked, x = real
    page = comparison_page(x, "cloudmatrix-384-vs-gb200-nvl72", Catalogue(checked.data.ui, "en"))
    compute = next(r for r in page["rows"] if r["key"] == "total compute")
    assert compute["b_implied"]["amount"] == "176.5 PFLOPS"
    assert compute["b_record"]["amount"] == "about 180 PFLOPS"
    assert compute["stated"]["amount"] == "1.7×"
    bars = page["bars"][0]["bars"]
    assert [b["kind"] for b in bars] == ["stated", "implied", "record"]
    assert all(r["b_record"] for r in page["rows"])  # 180 PFLOPS, 130 TB/s, 576 TB/s from the record
    assert "implied" in bars[1]["label"] and "public record" in bars[2]["label"]
    assert max(b["width"] for b in bars) == 100


def test_home_and_comparison_use_the_stated_notation_only(pages):
    for lang in CODES:
        for path in ("index.md", "systems/compare/cloudmatrix-384-vs-gb200-nvl72/index.md"):
            text = pages[lang][path]
            assert "+107%" in text and "2.07" not in text, (lang, path)


def test_no_internal_ids_shown_to_readers(real, pages):
    checked, _ = real
    slugs = set(checked.data.claims)
    for lang in CODES:
        for path, text in pages[lang].items():
            if path.startswith(("systems/", "index.md")):
                shown = set(re.findall(r"<code>([a-z0-9-]+)</code>", text))
                assert not shown & slugs, (lang, path, shown & slugs)


def test_publisher_printed_once_when_a_citation_has_no_title(pages):
    for lang in CODES:
        for path, text in pages[lang].items():
            for m in re.finditer(r'rel="noopener noreferrer"[^>]*>([^<]+)</a>, ([^,<]+)', text):  # lang= may follow
                assert m.group(1) != m.group(2), (path, m.group(0))
                assert m.group(2) not in m.group(1), (path, m.group(0))  # "UDN (聯合新聞網), 聯合新聞網"


def test_chinese_pages_render_external_excerpts_and_repairs_in_chinese(real, pages):
    checked, _ = real
    for claim in checked.data.claims.values():
        for e in claim.assessment.external if claim.assessment else []:
            assert HAN.search(e.excerpt) or e.zh, (claim.id, e.excerpt)  # every foreign quote has our Chinese
    zh = pages["zh"]
    assert "我们的译文：这一数字超过了英伟达" in zh["claims/cm384-vs-nvl72-compute/index.md"]
    repairs = [t for p, t in zh.items() if p.startswith("sources/") and "cl-repairs" in t]
    assert repairs and all("GBK mojibake" not in t.split("cl-repairs", 1)[1] for t in repairs)
    assert all("</span>：" in t.split("cl-repairs", 1)[1] for t in repairs)  # Chinese punctuation


def test_source_author_in_simplified_script_on_chinese_pages(real, pages):
    checked, x = real
    for sid, src in checked.data.sources.items():
        if src.author:
            simplified = Catalogue(checked.data.ui, "zh", checked.data.glossary).words(src.author)
            assert f"<dd>{simplified}</dd>" in pages["zh"][f"sources/{sid}/index.md"]


def test_chinese_catalogue_strings_reviewed(real):
    """Strings a reader of Chinese flagged: each replaced and never to come back."""
    checked, _ = real
    zh = Catalogue(checked.data.ui, "zh")
    assert zh["forecast.due"] == "已到期"
    assert zh["source.language"] == "语言"
    assert zh.fmt("source.line", n=12) == "第12行"
    assert "左侧" not in zh["disagree.intro"] and "on the left" not in Catalogue(checked.data.ui, "en")["disagree.intro"]
    assert not [k for k, v in checked.data.ui.items() if "正当其时" in v["zh"] or "字体" in v["zh"]]  # anywhere


def test_system_aliases_in_simplified_script(real, pages):
    checked, x = real
    for sid in checked.data.systems:
        text = pages["zh"][f"systems/{sid}/index.md"]
        aliases = re.search(r"<dd>(<span lang=.*?)</dd>", text)
        if aliases:
            shown = re.sub(r"<[^>]+>", "", aliases.group(1))
            assert Catalogue(checked.data.ui, "zh", checked.data.glossary).words(shown) == shown, (sid, shown)


def test_chinese_search_splits_a_query_where_the_index_was_split(real):
    """jieba segments only Chinese runs (昇腾910B → 昇腾 910B); the zh separator splits queries there too."""
    import jieba
    import yaml

    from gen.site.search_dict import dictionary_words, write_user_dict
    checked, _ = real
    words = dictionary_words(checked.data)
    assert {"昇腾", "超节点", "盘古大模型"} <= set(words) and all(HAN.fullmatch(w[0]) for w in words)
    tokenizer = jieba.Tokenizer()
    with open(write_user_dict(Path(tempfile.gettempdir())), "rb") as f:  # a path would leak its handle
        tokenizer.load_userdict(f)
    assert "盘古大模型" in list(tokenizer.cut("华为盘古大模型"))
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # no !ENV tags
    zh = next(lang for lang in config["extra"]["languages"] if lang["code"] == "zh")
    assert [t for t in re.split(zh["search_separator"], "昇腾910B芯片") if t] == ["昇腾", "910B", "芯片"]
