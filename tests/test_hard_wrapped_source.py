"""A hard-wrapped Traditional-script source with full-width digits is added without touching its
archive: excerpts match across its line breaks, its figures read as ASCII digits, its sentences are
not split at the wraps, and check and coverage pass."""
from __future__ import annotations

import io
import re
import shutil
from contextlib import redirect_stdout
from pathlib import Path

from gen.add_source import add_source
from gen.coverage import coverage_summary
from gen.report import run_check

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("測試夾具：樣例公司今日表示，其新一代測試集群將連接１６０萬片\n"
        "測試芯片，並於明年第一季度交付給客戶使用。該公司稱這是\n"
        "迄今規模最大的測試系統。\n")
CLAIMS = '''- id: "fx-wrapped-chips"
  kind: "spec"
  statement: {en: "The sample cluster will link 1.6 million test chips.", zh: "样例集群将连接160万片测试芯片。"}
  excerpts:
    - source: "SID"
      text: "其新一代測試集群將連接160萬片測試芯片"
      en: "its new-generation test cluster will link 1.6 million test chips"
  figures:
    - {value: 1600000, unit: "chips", metric: "chip count", stated_as: "１６０萬片"}
  not_assessed: {en: "Test fixture: not assessed.", zh: "测试夹具：未核查。"}
- id: "fx-wrapped-largest"
  kind: "opinion"
  statement: {en: "The company calls it its largest test system yet.", zh: "该公司称这是迄今规模最大的测试系统。"}
  excerpts:
    - source: "SID"
      text: "該公司稱這是迄今規模最大的測試系統"
      en: "the company says this is the largest test system so far"
  not_assessed: {en: "Test fixture: a judgement.", zh: "测试夹具：属评价。"}
'''


def test_hard_wrapped_traditional_source_with_full_width_digits(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "valid", root, copy_function=shutil.copyfile)
    page = tmp_path / "wrapped.txt"
    page.write_bytes(TEXT.encode("utf-8"))
    printed = "\n".join(add_source(root, str(page)))
    sid = re.search(r"wrote data/sources/(\S+)\.yaml", printed).group(1)
    record = root / "data" / "sources" / f"{sid}.yaml"
    record.write_text(record.read_text(encoding="utf-8").replace('en: ""', 'en: "[Fixture] wrapped text"')
                      .replace('zh: ""', 'zh: "【测试夹具】折行文本"')
                      .replace('published: ""', 'published: "2025-09"'), encoding="utf-8")
    (root / "data" / "claims" / f"{sid}.yaml").write_text(CLAIMS.replace("SID", sid), encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        code = run_check(root)
    assert code == 0, out.getvalue()
    assert (root / "data" / "sources" / "archive" / f"{sid}.txt").read_bytes() == TEXT.encode("utf-8")
    assert "zh-Hant" in record.read_text(encoding="utf-8")
    ok, line, _ = coverage_summary(root)
    assert ok and " 0 uncovered" in line, line
