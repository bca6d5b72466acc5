"""`python -m gen coverage` on the real data, and on a broken copy of it."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gen.coverage import coverage, run_coverage

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path


def test_real_data_passes(capsys):
    assert run_coverage(ROOT) == 0
    assert "coverage passed" in capsys.readouterr().out


def test_sentences_are_cited_by_overlapping_claims():
    _, by_source, problems = coverage(ROOT)
    assert not problems.errors
    sentences = by_source["000-05cbf0673ae16567"]
    hit = next(s for s in sentences if "1.7倍" in s.text)
    assert "cm384-vs-nvl72-compute" in hit.claims
    assert all("特別聲明" not in s.text for s in sentences)  # the disclaimer is not content


def test_repaired_spans_are_not_split():
    _, by_source, _ = coverage(ROOT)
    # 002's mojibake 轉變?yōu)橐?guī)則 holds question marks; the sentence must stay whole
    last = [s for s in by_source["002-5a55cb826addc203"] if "規則共同制定者" in s.text]
    assert len(last) == 1 and "?" not in last[0].text


def test_missing_reasons_fail(data_copy: Path, capsys):
    (data_copy / "data" / "coverage.yaml").write_text("[]\n", encoding="utf-8")
    assert run_coverage(data_copy) == 1
    out = capsys.readouterr().out
    assert "uncovered, no reason" in out and "coverage failed" in out


def test_bad_reason_is_reported_with_its_line(data_copy: Path, capsys):
    (data_copy / "data" / "coverage.yaml").write_text(
        '- source: "000-05cbf0673ae16567"\n'
        '  text: "這句話不在原文裡"\n'
        '  reason: {en: "x", zh: "x"}\n'
        '- source: "no-such-source"\n'
        '  text: "x"\n'
        '  reason: {en: "x"}\n', encoding="utf-8")
    assert run_coverage(data_copy) == 1
    out = capsys.readouterr().out
    assert "data/coverage.yaml:2: text not found in any content sentence" in out
    assert "data/coverage.yaml:6:" in out and "zh" in out
    assert "Traceback" not in out


def test_hard_wraps_do_not_split_a_sentence_but_paragraphs_and_headings_do():
    from gen.coverage import _hard_wrap, _wrap_width
    text = "標題\n華為今日發佈新一代芯片，其算力\n較上一代提升一倍，並將於明年\n推出。\n\n下一段。"
    width = _wrap_width(text)
    breaks = [i for i, ch in enumerate(text) if ch == "\n" and not _hard_wrap(text, i, width)]
    kept = "".join("|" if i in breaks else ch for i, ch in enumerate(text))
    assert kept == "標題|華為今日發佈新一代芯片，其算力\n較上一代提升一倍，並將於明年\n推出。||下一段。"


def test_english_full_stops_end_sentences_but_not_numbers_or_initials():
    from gen.coverage import _full_stop
    text = "Huawei said 1.5 times. J. Huang agreed. The end."
    stops = [i for i, ch in enumerate(text) if ch == "." and _full_stop(text, i)]
    assert [text[:i + 1].split()[-1] for i in stops] == ["times.", "agreed.", "end."]
