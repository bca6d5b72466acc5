"""From saved pages to claim pages: one add-source per source, the blanks written, one claim each.

Every claim page shows the excerpt as archived, in the source's language, and a rendering in the
reader's language labelled as ours only where the languages differ.
"""
from __future__ import annotations

import io
import re
import shutil
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from gen.add_source import add_source
from gen.report import run_check
from gen.site.i18n import Catalogue
from gen.site.plan import plan
from gen.site.render import render
from gen.validate import check

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
EN_EXCERPT = "links 8,192 test chips in a single system"
ZH_EXCERPT = "其测试集群在单一系统中连接了8192颗测试芯片"
CLAIMS = {
    "en-trade-press.html": f'''- id: "fx-added-en"
  kind: "spec"
  statement: {{en: "Fixture Chip Co's test cluster links 8,192 chips.", zh: "样例芯片公司的测试集群连接8192颗芯片。"}}
  excerpts:
    - source: "{{sid}}"
      text: "{EN_EXCERPT}"
      zh: "在单一系统中连接8192颗测试芯片"
  not_assessed: {{en: "Test fixture: not assessed.", zh: "测试夹具：未核查。"}}
''',
    "zh-report.html": f'''- id: "fx-added-zh"
  kind: "spec"
  statement: {{en: "The sample cluster links 8,192 test chips.", zh: "样例集群连接8192颗测试芯片。"}}
  excerpts:
    - source: "{{sid}}"
      text: "{ZH_EXCERPT}"
      en: "its test cluster links 8,192 test chips in a single system"
  not_assessed: {{en: "Test fixture: not assessed.", zh: "测试夹具：未核查。"}}
''',
}


def _write_blanks(record: Path) -> None:
    """What the editor writes: our titles and publisher names where the command left ""."""
    text = record.read_text(encoding="utf-8")
    text = text.replace('en: ""', 'en: "[Fixture] our English title"').replace('zh: ""', 'zh: "【测试夹具】我们的中文标题"')
    record.write_text(text, encoding="utf-8")


def _check(root: Path) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = run_check(root)
    return code, out.getvalue()


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """(root, check output before the editor's review, after it): one add-source per page, then claims."""
    root = tmp_path_factory.mktemp("added") / "project"
    shutil.copytree(FIXTURES / "valid", root, copy_function=shutil.copyfile)
    shutil.copy(ROOT / "data" / "ui.yaml", root / "data" / "ui.yaml")  # the real catalogue
    ids = {}
    for page in CLAIMS:
        printed = add_source(root, str(FIXTURES / "pages" / page))
        ids[page] = re.search(r"wrote data/sources/(\S+)\.yaml", "\n".join(printed)).group(1)
    before = _check(root)
    for page, sid in ids.items():
        _write_blanks(root / "data" / "sources" / f"{sid}.yaml")
        (root / "data" / "claims" / f"{sid}.yaml").write_text(CLAIMS[page].replace("{sid}", sid), encoding="utf-8")
    return root, before, _check(root)


def test_check_names_each_blank_then_passes_with_claims(project):
    _, (code, out), (code_after, out_after) = project
    assert code == 1
    assert re.search(r"data/sources/000-\w+\.yaml:10: 000-\w+: title\.zh: empty text", out), out
    assert re.search(r"data/sources/001-\w+\.yaml:9: 001-\w+: title\.en: empty text", out), out
    assert code_after == 0, out_after
    assert out_after.splitlines()[-1].startswith("check passed: 7 claims, 4 sources, ")


@pytest.fixture(scope="module")
def pages(project):
    checked = check(project[0])
    assert not checked.problems.errors, [str(p) for p in checked.problems.errors]
    mp = pytest.MonkeyPatch()
    mp.setenv("CLAIMLINE_BUILD_DATE", "2026-11-23")
    out = {lang: {p.path: render(p, Catalogue(checked.data.ui, lang), lang)
                  for p in plan(checked, lang, "https://example.org/")} for lang in ("en", "zh")}
    mp.undo()
    return out


def _figure(html: str) -> str:
    return re.search(r'<figure class="cl-excerpt">.*?</figure>', html, re.S).group(0)


def test_english_excerpt_on_each_page(pages):
    en, zh = (_figure(pages[lang]["claims/fx-added-en/index.md"]) for lang in ("en", "zh"))
    assert f'<blockquote lang="en">{EN_EXCERPT}</blockquote>' in en
    assert "cl-translation" not in en and "Our translation" not in en  # no English 'translation' of English
    assert f'<blockquote lang="en">{EN_EXCERPT}</blockquote>' in zh
    assert '<p class="cl-translation" lang="zh-Hans"><span class="cl-label">我们的译文：</span> 在单一系统中连接8192颗测试芯片</p>' in zh


def test_chinese_excerpt_on_each_page(pages):
    en, zh = (_figure(pages[lang]["claims/fx-added-zh/index.md"]) for lang in ("en", "zh"))
    assert f'<blockquote lang="zh-Hans">{ZH_EXCERPT}</blockquote>' in zh
    assert "cl-translation" not in zh and "cl-simplified" not in zh  # already in the reader's script
    assert f'<blockquote lang="zh-Hans">{ZH_EXCERPT}</blockquote>' in en
    assert '<p class="cl-translation" lang="en"><span class="cl-label">Our translation:</span> its test cluster' in en
