"""Every rule can fail: each case in fixtures/broken/ is fixtures/valid/ plus a small overlay."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gen.checks import states_number
from gen.report import run_check
from gen.yamlio import MAX_BYTES

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p for p in (FIXTURES / "broken").iterdir() if p.is_dir())


def project(tmp_path: Path, overlay: Path | None = None) -> Path:
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "valid", root, copy_function=shutil.copyfile)
    if overlay is not None:
        for link in filter(Path.is_symlink, (overlay / "data").rglob("*")):  # archive-symlink: a link replaces
            (root / link.relative_to(overlay)).unlink(missing_ok=True)            # the file, and is kept a link
        shutil.copytree(overlay / "data", root / "data", dirs_exist_ok=True, copy_function=shutil.copyfile,
                        symlinks=True)
    return root


def run(root: Path, capsys) -> tuple[int, list[str]]:
    code = run_check(root)
    out = capsys.readouterr().out
    assert "Traceback" not in out
    return code, out.splitlines()


def test_valid_fixture_passes(tmp_path, capsys):
    code, lines = run(project(tmp_path), capsys)
    assert code == 0, "\n".join(lines)
    assert lines[-1].startswith("check passed: 5 claims, 2 sources, 0 warning(s)")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_rule_fails(case, tmp_path, capsys):
    expected = case.joinpath("expected.txt").read_text(encoding="utf-8").splitlines()
    code, lines = run(project(tmp_path, case), capsys)
    for fragment in filter(None, expected):
        assert any(fragment in line for line in lines), f"{fragment!r} not in:\n" + "\n".join(lines)
    warnings_only = all(" warning: " in f for f in expected if f)
    assert code == (0 if warnings_only else 1), "\n".join(lines)
    assert lines[-1].startswith("check passed" if warnings_only else "check failed")


def test_figure_labels_file_required_only_with_figures(tmp_path, capsys):
    root = project(tmp_path)
    (root / "data" / "figures.yaml").unlink()
    code, lines = run(root, capsys)
    assert code == 1
    assert "data/figures.yaml:1: data/figures.yaml not found, but claims state figures" in "\n".join(lines)
    claims = root / "data" / "claims" / "fixture.yaml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text("\n".join(line for line in text.splitlines() if "figures:" not in line and "{value:" not in line)
                      + "\n", encoding="utf-8")
    code, lines = run(root, capsys)
    assert code == 0, "\n".join(lines)


def test_oversized_file(tmp_path, capsys):
    root = project(tmp_path)
    big = root / "data" / "claims" / "big.yaml"
    big.write_text("# padding\n" * (MAX_BYTES // 10 + 1), encoding="utf-8")
    code, lines = run(root, capsys)
    assert code == 1
    assert any(line.startswith("data/claims/big.yaml:1: file is ") and "over the" in line for line in lines)


@pytest.mark.parametrize("text, value", [("共1229颗", 1229), ("共1,229颗", 1229), ("是它的1.7倍", 1.7),
                                         ("达到107%", 107), ("约300.0", 300.0)])
def test_accepted_number_forms(text, value):
    assert states_number(text, value)


@pytest.mark.parametrize("text, value", [("共12290颗", 1229), ("1.75倍", 1.7), ("1107%", 107), ("21.7", 1.7)])
def test_number_must_stand_alone(text, value):
    assert not states_number(text, value)
