"""Pull-request review: `check --format github` annotates the causing lines; `diff` summarises a data change.

Driven on a fixture repository made in a temporary folder (git, no GitHub)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gen.annotate import annotation
from gen.problems import Problem
from gen.review import md_text

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "valid"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def _gen(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gen", *args, "--root", str(repo)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE / "data", tmp_path / "data")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", "data")
    _git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "base")
    return tmp_path


def test_annotation_escapes_and_points_at_the_line():
    line = annotation(Problem("error", "data/claims/a,b.yaml", 7, "x-1", "bad: 100%\nvalue", "fix it"))
    assert line == ("::error file=data/claims/a%2Cb.yaml,line=7,title=claimline check%3A x-1"
                    "::bad: 100%25%0Avalue — fix it")


def test_check_github_format_prints_annotations(repo):
    claims = repo / "data" / "claims" / "fixture.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace('said_by: "li-fixture"\n  said: "2025-07-26"',
                                                                 'said_by: "li-fixtur"\n  said: "2025-07-26"'),
                      encoding="utf-8")
    proc = _gen(repo, "check", "--format", "github")
    assert proc.returncode == 1
    assert any(line.startswith("::error file=data/claims/fixture.yaml,line=") and "li-fixtur" in line
               for line in proc.stdout.splitlines()), proc.stdout


def test_diff_lists_added_changed_removed_claims_and_moved_verdicts(repo):
    claims = repo / "data" / "claims" / "fixture.yaml"
    text = claims.read_text(encoding="utf-8")
    text = text.replace('verdict: "consistent"', 'verdict: "disputed"')  # fx-relative's verdict moves,
    text = text.replace('        why: {en: "The fixture review was found.", zh: "找到了测试评测。"}\n',  # with its history
                        '        why: {en: "The fixture review was found.", zh: "找到了测试评测。"}\n'
                        '      - date: "2025-09-01"\n        from: "consistent"\n        to: "disputed"\n'
                        '        why: {en: "A second review differs.", zh: "另一评测结论不同。"}\n')
    start = text.index('- id: "fx-rule-maker"')  # fx-rule-maker is removed …
    end = text.index("- id:", start + 5)
    removed = text[start:end]
    text = text[:start] + text[end:]
    text += removed.replace('"fx-rule-maker"', '"fx-new-claim"').replace(  # … and comes back as a new id
        "The company is becoming a rule-maker.", "New **claim** [x](http://evil.example)\\n# big")
    claims.write_text(text, encoding="utf-8")
    proc = _gen(repo, "diff", "main")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    assert "**check**: passed" in out
    assert "| claims | 1 | 1 | 1 |" in out
    assert "- `fx-relative`: consistent → **disputed**" in out
    assert "#### Claims added" in out and "`fx-new-claim` (opinion)" in out
    assert "#### Claims removed" in out and "`fx-rule-maker`" in out
    assert "[x](http" not in out and "\\[x\\]\\(http" in out  # data cannot link or format the comment


def test_diff_with_unknown_base_says_how_to_fix(repo):
    proc = _gen(repo, "diff", "no-such-branch")
    assert proc.returncode == 2 and "git fetch" in proc.stdout and "Traceback" not in proc.stderr


def test_md_text_folds_and_escapes():
    assert md_text("a\n\n# b <img> `c`") == "a \\# b \\<img\\> \\`c\\`"
