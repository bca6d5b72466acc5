"""python -m gen add-claim, offline, on a copy of the fixture project: the excerpt is found by check's
own matcher and appended as the archive has it; check then names only the values left to write."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from gen.__main__ import main
from gen.add_source import add_source
from gen.report import run_check

FIXTURES = Path(__file__).parent / "fixtures"
@pytest.fixture
def root(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "valid", project, copy_function=shutil.copyfile)
    return project


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "data").rglob("*")) if p.is_file()}


def add(root: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["add-claim", *args, "--root", str(root)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def check(root: Path, capsys) -> tuple[int, list[str]]:
    code = run_check(root)
    return code, capsys.readouterr().out.splitlines()


def fill(path: Path, cid: str = "fx-added", kind: str = "opinion") -> None:
    """Write a value into every "" the command left, as an editor would."""
    text = path.read_text(encoding="utf-8").replace('- id: ""', f'- id: "{cid}"').replace('kind: ""', f'kind: "{kind}"')
    values = iter(["A made-up statement.", "虚构的陈述。", "our translation of the excerpt",
                   "Test fixture: not assessed.", "测试夹具：未核查。"] * 3)
    text = re.sub(r'^(\s+(?:en|zh): )""', lambda m: f'{m.group(1)}"{next(values)}"', text, flags=re.M)
    path.write_text(text, encoding="utf-8")


def added_source(root: Path, page: Path) -> str:
    """The id of a source added by add-source, its record's values written as an editor would."""
    sid = re.search(r"wrote data/sources/(\S+)\.yaml", "\n".join(add_source(root, str(page)))).group(1)
    record = root / "data" / "sources" / f"{sid}.yaml"
    record.write_text(re.sub(r'^(\s+(?:en|zh)): ""', r'\1: "[Fixture] a title"', record.read_text(encoding="utf-8"),
                             flags=re.M).replace('published: ""', 'published: "2025-09"'), encoding="utf-8")
    return sid


def test_found_excerpt_is_appended_and_check_names_only_what_to_write(root, capsys):
    code, out, _ = add(root, capsys, "fixture-a", "新系統算力是對手的1.7倍,能效")  # half-width comma typed
    assert code == 0
    path = root / "data" / "claims" / "fixture-a.yaml"
    line = int(re.match(r"data/claims/fixture-a\.yaml:(\d+): appended claim", out).group(1))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../schema/claims.schema.json"
    assert lines[line - 1].startswith('- id: ""')
    assert "README.md" in "\n".join(lines[:line])
    records = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(records, list) and len(records) == 1
    claim = records[0]
    assert claim["excerpts"] == [{"source": "fixture-a", "text": "新系統算力是對手的1.7倍，能效", "en": ""}]  # the archive's comma
    assert "zh" not in claim["excerpts"][0]  # a Chinese source: no translation into its own language
    assert claim["statement"] == {"en": "", "zh": ""} and claim["not_assessed"] == {"en": "", "zh": ""}
    assert "note: claim fx-relative" in out  # already cited by another claim
    code, problems = check(root, capsys)
    assert code == 1
    errors = [p for p in problems if p.startswith("data/")]
    assert all(p.startswith("data/claims/fixture-a.yaml:") for p in errors), errors
    for field, fix in (("id", "kebab-case"), ("kind", "use one of"), ("statement.en", "write the text"),
                       ("statement.zh", "write the text"), ("excerpts[0].en", "write the text"),
                       ("not_assessed.en", "write the text"), ("not_assessed.zh", "write the text")):
        assert any(f": {field}: " in p and fix in p for p in errors), (field, errors)
    assert len(errors) == 7, errors
    fill(path)
    code, problems = check(root, capsys)
    assert code == 0, "\n".join(problems)
    assert problems[-1].startswith("check passed: 6 claims")


def test_repaired_passage_is_written_in_the_form_check_reads(root, capsys):
    """Pinyin notes (創(chuàng)始人) and data repairs (mojibake) are applied, as check applies them."""
    assert add(root, capsys, "fixture-a", "參與者轉變為規則", "--id", "fx-repaired", "--kind", "quote")[0] == 0
    assert add(root, capsys, "fixture-a", "某公司創始人李某表示", "--id", "fx-pinyin")[0] == 0
    path = root / "data" / "claims" / "fixture-a.yaml"
    records = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [r["excerpts"][0]["text"] for r in records] == ["參與者轉變為規則", "某公司創始人李某表示"]
    assert records[0]["speech"] == ""  # a quote must say whose words: left to write
    text = path.read_text(encoding="utf-8")
    assert '# said_by: ""' in text and "the excerpt names li-fixture" in text  # 李某 named: a hint, never a value
    assert "# speech:" in path.read_text(encoding="utf-8")  # the second is not a quote: a hint only
    text = path.read_text(encoding="utf-8").replace('speech: ""', 'speech: "paraphrase"')
    path.write_text(text.replace('kind: ""', 'kind: "opinion"'), encoding="utf-8")
    fill(path)
    code, problems = check(root, capsys)
    assert code == 0, "\n".join(problems)


def test_hard_wrapped_passage_is_found_and_joined(root, tmp_path, capsys):
    page = tmp_path / "wrapped.txt"
    page.write_bytes("測試夾具：樣例公司今日表示，其新一代測試集群將連接１６０萬片\n測試芯片，並於明年交付。\n"
                     "The sample company said the cluster would\nship next year to its customers.\n".encode("utf-8"))
    sid = added_source(root, page)
    code, out, _ = add(root, capsys, sid, "將連接160萬片測試芯片")
    assert code == 0, out
    assert add(root, capsys, sid, "the cluster would ship next year")[0] == 0
    path = root / "data" / "claims" / f"{sid}.yaml"
    records = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [r["excerpts"][0]["text"] for r in records] == ["將連接１６０萬片測試芯片", "the cluster would ship next year"]
    assert [int(n) for n in re.findall(r":(\d+): appended", out)] == [5]


def test_english_source_needs_a_chinese_translation(root, capsys):
    sid = added_source(root, FIXTURES / "pages" / "en-trade-press.html")
    assert add(root, capsys, sid, "links 8,192 test chips in a single system")[0] == 0
    excerpt = yaml.safe_load((root / "data" / "claims" / f"{sid}.yaml").read_text(encoding="utf-8"))[0]["excerpts"][0]
    assert excerpt == {"source": sid, "text": "links 8,192 test chips in a single system", "zh": ""}


def test_second_claim_is_appended_after_the_first(root, capsys):
    first = add(root, capsys, "fixture-b", "明年将推出下一代芯片", "--kind", "forecast")[1]
    second = add(root, capsys, "fixture-b", "公司成立三十多年", "--id", "fx-age", "--kind", "history")[1]
    path = root / "data" / "claims" / "fixture-b.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    for out, start in ((first, '- id: ""'), (second, '- id: "fx-age"')):
        assert lines[int(re.search(r":(\d+): appended", out).group(1)) - 1].startswith(start)
    records = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [r["kind"] for r in records] == ["forecast", "history"]
    assert records[0]["about"] == ""  # a forecast must say when it is due: left to write


def test_excerpt_not_found_prints_checks_help_and_writes_nothing(root, capsys):
    before = snapshot(root)
    code, out, err = add(root, capsys, "fixture-a", "新系統算力是對手的1.8倍")
    assert code == 1 and out == ""
    assert err.startswith("data/sources/archive/fixture-a.txt:3: excerpt not found in source fixture-a; "
                          'closest passage, line 3: "新系統算力是對手的1.7倍"'), err
    assert 'differs from "8倍" on' in err and "copy the words exactly" in err
    assert snapshot(root) == before


@pytest.mark.parametrize("excerpt, message", [
    ("僅供測試，不構成任何建議", "data/sources/archive/fixture-a.txt:5: excerpt found only inside non-content (disclaimer)"),
    ("李某表示", "excerpt is shorter than 6 characters")])
def test_excerpt_check_would_refuse_is_refused(root, capsys, excerpt, message):
    before = snapshot(root)
    code, _, err = add(root, capsys, "fixture-a", excerpt)
    assert code == 1 and message in err, err
    assert snapshot(root) == before


def test_unknown_source_names_the_nearest(root, capsys):
    before = snapshot(root)
    code, out, err = add(root, capsys, "fixture-aa", "新系統算力是對手的1.7倍")
    assert code == 2 and out == ""
    assert err.startswith("data/sources/fixture-aa.yaml:1: unknown source 'fixture-aa' — did you mean 'fixture-a'?")
    assert snapshot(root) == before


def test_source_with_problems_is_refused_until_they_are_fixed(root, capsys):
    sid = re.search(r"wrote data/sources/(\S+)\.yaml", "\n".join(
        add_source(root, str(FIXTURES / "pages" / "en-trade-press.html")))).group(1)  # title and date to write
    before = snapshot(root)
    code, _, err = add(root, capsys, sid, "links 8,192 test chips in a single system")
    assert code == 2 and err.startswith(f"data/sources/{sid}.yaml:1: {sid}: this source's record or archive has "
                                        "problems"), err
    assert "title.zh: empty text" in err
    assert snapshot(root) == before


@pytest.mark.parametrize("cid, message", [
    ("fx-chip-count", "data/claims/fixture.yaml:2: fx-chip-count: a claim with this id already exists — choose another"),
    ("Not_An_Id", "--id 'Not_An_Id' cannot be a claim id — use lowercase kebab-case"),
    ("page-2", "--id 'page-2' cannot be a claim id")])
def test_taken_or_malformed_id_is_refused(root, capsys, cid, message):
    before = snapshot(root)
    code, _, err = add(root, capsys, "fixture-a", "新系統算力是對手的1.7倍", "--id", cid)
    assert code == 2 and message in err, err
    assert snapshot(root) == before


def test_claims_file_that_is_not_a_list_is_left_alone(root, capsys):
    path = root / "data" / "claims" / "fixture-a.yaml"
    path.write_text("[]\n", encoding="utf-8")
    code, _, err = add(root, capsys, "fixture-a", "新系統算力是對手的1.7倍")
    assert code == 2 and "data/claims/fixture-a.yaml:" in err, err
    assert path.read_text(encoding="utf-8") == "[]\n"
