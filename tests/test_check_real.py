"""The project's own data passes every rule, and the editor schemas match the models."""
from __future__ import annotations

from pathlib import Path

from gen.report import run_check
from gen.schema import run_schema

ROOT = Path(__file__).resolve().parent.parent


def test_real_data_passes(capsys):
    code = run_check(ROOT)
    out = capsys.readouterr().out
    assert "Traceback" not in out
    assert code == 0, out
    assert out.splitlines()[-1].startswith("check passed")


def test_schema_files_are_current(capsys):
    assert run_schema(ROOT, only_check=True) == 0, capsys.readouterr().out


def test_data_files_are_in_canonical_form():
    """LF line ends, a final newline, no trailing spaces: clean diffs for every editor."""
    bad = []
    for path in sorted((ROOT / "data").rglob("*.yaml")):
        text = path.read_bytes().decode("utf-8")
        lines = text.split("\n")
        if "\r" in text or not text.endswith("\n"):
            bad.append(f"{path.relative_to(ROOT)}: use LF line ends and end with a newline")
        bad += [f"{path.relative_to(ROOT)}:{i}: trailing white space" for i, line in enumerate(lines, 1)
                if line != line.rstrip()]
    assert not bad, "\n".join(bad)
