"""python -m gen add-source, offline, on the saved fixture pages (invented content, not real news)."""
from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from gen import add_source as add
from gen.__main__ import main
from gen.extract import read
from gen.script import chinese_script

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "pages"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "valid", project, copy_function=shutil.copyfile)
    return project


def added(root: Path, page: str, capsys, *args: str) -> tuple[str, str, str]:
    """(id, archived text, record text) after one add-source run that must succeed."""
    assert main(["add-source", str(PAGES / page), "--root", str(root), *args]) == 0
    out = capsys.readouterr().out
    sid = re.search(r"wrote data/sources/(\S+)\.yaml", out).group(1)
    assert "next:" in out and "python -m gen check" in out
    assert f"python -m gen add-claim {sid} " in out  # the next step names the command for claims
    sources = root / "data" / "sources"
    return sid, (sources / "archive" / f"{sid}.txt").read_text(encoding="utf-8"), \
        (sources / f"{sid}.yaml").read_text(encoding="utf-8")


def test_english_page_keeps_the_article_and_drops_page_chrome(root, capsys):
    sid, text, rec = added(root, "en-trade-press.html", capsys)
    assert "links 8,192 test chips in a single system" in text
    assert "next year" in text
    for chrome in ("Accept all cookies", "Related stories", "All rights reserved", "Open in app",
                   "Subscribe", "Privacy policy", "Ten things about fixture clusters"):
        assert chrome not in text, chrome
    archived = (root / "data" / "sources" / "archive" / f"{sid}.txt").read_bytes()
    digest = hashlib.sha256(archived).hexdigest()
    assert f'sha256: "{digest}"' in rec
    assert sid == f"000-{digest[:16]}"  # no numbered source in the fixture project yet
    assert 'language: "en"  # CONFIRM' in rec and "declares en-GB" in rec
    assert 'original: "Fixture Chip Co shows 8,192-chip test cluster"' in rec
    assert 'en: "Fixture Chip Co shows 8,192-chip test cluster"  # CONFIRM' in rec
    assert 'zh: ""  # WRITE' in rec
    assert 'author: "Jane Placeholder"' in rec
    assert 'published: "2025-09-18"  # CONFIRM' in rec
    assert 'url: "https://fixture-trade-weekly.example/news/fixture-cluster"  # CONFIRM' in rec
    assert 'received_as: "en-trade-press.html"' in rec


def test_chinese_page_keeps_the_article_and_drops_page_chrome(root, capsys):
    _, text, rec = added(root, "zh-report.html", capsys, "--id", "fixture-zh-report")
    assert "连接了8192颗测试芯片" in text
    for chrome in ("APP", "Cookie", "相关阅读", "版权所有", "首页", "隐私政策", "关于样例集群的十件事"):
        assert chrome not in text, chrome
    assert 'id: "fixture-zh-report"' in rec
    assert 'language: "zh-Hans"' in rec
    assert 'zh: "样例芯片公司发布测试集群"  # CONFIRM' in rec and 'en: ""  # WRITE' in rec
    assert 'published: "2025-09-19"' in rec


def test_text_file_is_archived_byte_for_byte(root, capsys):
    sid, _, rec = added(root, "zh-hant-plain.txt", capsys)
    archived = root / "data" / "sources" / "archive" / f"{sid}.txt"
    assert archived.read_bytes() == (PAGES / "zh-hant-plain.txt").read_bytes()  # CRLF line ends kept
    assert 'language: "zh-Hant"' in rec
    assert 'published: ""  # WRITE' in rec and "publisher: null" in rec


def test_ids_number_on_from_the_highest(root, capsys):
    (root / "data" / "sources" / "041-0123456789abcdef.yaml").write_text("id: x\n", encoding="utf-8")
    sid, _, _ = added(root, "zh-report.html", capsys)
    assert sid.startswith("042-")


def test_never_overwrites(root, capsys):
    added(root, "zh-report.html", capsys, "--id", "fixture-zh-report")
    before = sorted(p.read_bytes() for p in (root / "data" / "sources").rglob("*") if p.is_file())
    assert main(["add-source", str(PAGES / "zh-report.html"), "--root", str(root)]) == 1
    assert "already archived as source fixture-zh-report — cite that source" in capsys.readouterr().err
    assert main(["add-source", str(PAGES / "en-trade-press.html"), "--root", str(root),
                 "--id", "fixture-zh-report"]) == 1
    assert "source fixture-zh-report already exists — never overwrite" in capsys.readouterr().err
    assert sorted(p.read_bytes() for p in (root / "data" / "sources").rglob("*") if p.is_file()) == before


@pytest.mark.parametrize("content, message", [
    (b"\xb2\xe2\xca\xd4 GBK bytes", "not UTF-8 (byte 0) — save the text as UTF-8 first"),
    (b"  \n", "the file holds no text"),
])
def test_bad_input_is_explained_without_a_traceback(root, tmp_path, capsys, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    assert main(["add-source", str(bad), "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:1: {message}" in err and "Traceback" not in err
    assert main(["add-source", str(tmp_path / "missing.html"), "--root", str(root)]) == 1
    assert "no such file — give the path" in capsys.readouterr().err


def test_a_url_is_fetched_and_recorded(root, capsys, monkeypatch):
    pages = {"https://fixture-trade-weekly.example/a": (PAGES / "en-trade-press.html").read_bytes()}
    monkeypatch.setattr(add, "fetch", pages.__getitem__)  # never the network in tests
    assert main(["add-source", "https://fixture-trade-weekly.example/a", "--root", str(root)]) == 0
    rec = next((root / "data" / "sources").glob("000-*.yaml")).read_text(encoding="utf-8")
    assert 'url: "https://fixture-trade-weekly.example/a"' in rec
    assert 'received_as: "https://fixture-trade-weekly.example/a"' in rec


def test_chinese_script_is_told_by_the_characters():
    assert chinese_script("華為發布新系統，連接了八千顆芯片。") == "Hant"
    assert chinese_script("华为发布新系统，连接了八千颗芯片。") == "Hans"
    assert chinese_script("華為發布新系統。华为发布新系统。") == "mixed"
    assert read("華為發布新系統，連接了八千顆芯片。".encode(), "a.txt").language == "zh-Hant"
