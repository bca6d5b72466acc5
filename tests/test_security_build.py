"""Whatever `check` accepts, the build accepts: every fixture check passes is generated in full.

The generation (page plan, templates, downloads, pages written to disk) runs for the valid fixture,
every broken case whose messages are only warnings, and every tests/fixtures/accepted/ case (valid
data that looks hostile). Inputs that used to pass check and then crash the build are held here too:
now check refuses them, or they build. One real `mkdocs build --strict` runs on the accepted cases."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gen.site.i18n import Catalogue
from gen.site.plan import plan
from gen.site.render import render
from gen.validate import check
from site_build import LANGS, ROOT
from test_check_rules import FIXTURES, project

ACCEPTED = sorted(p for p in (FIXTURES / "accepted").iterdir() if p.is_dir())
WARNINGS_ONLY = [case for case in sorted((FIXTURES / "broken").iterdir()) if case.is_dir() and all(
    " warning: " in line for line in case.joinpath("expected.txt").read_text(encoding="utf-8").splitlines() if line)]


def _strict_json(text: str) -> object:
    def refuse(name):
        raise ValueError(f"{name} is not JSON")
    return json.loads(text, parse_constant=refuse)


def generate(root: Path, out: Path) -> int:
    """Every page of every language written under out, as the build writes them; the page count."""
    checked = check(root)
    assert not checked.problems.errors, "\n".join(map(str, checked.problems.errors))
    count = 0
    for lang in LANGS:
        cat = Catalogue(checked.data.ui, lang)
        for page in plan(checked, lang, "https://example.org/claimline/"):
            text = render(page, cat, lang)
            path = out / lang / page.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            if path.suffix == ".json":
                _strict_json(text)
            count += 1
    return count


@pytest.mark.parametrize("case", [None, *WARNINGS_ONLY, *ACCEPTED],
                         ids=["valid", *(c.name for c in WARNINGS_ONLY), *(c.name for c in ACCEPTED)])
def test_every_accepted_fixture_builds(case, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLINE_BUILD_DATE", "2026-11-23")
    assert generate(project(tmp_path, case), tmp_path / "out") > 20


CRASHERS = {  # once passed check, then crashed the build (tracker issue 12, items 4 and 6): figure, message
    "ratio of 0": ('{value: 0, unit: "x", metric: "chip count", system: "fixture-pod", relative_to: "fixture-chip", '
                   'stated_as: "1,229"}', "comparison figure 0x leaves nothing to compare against"),
    "change of -100 %": ('{value: -100, unit: "%", metric: "chip count", system: "fixture-pod", '
                         'relative_to: "fixture-chip", stated_as: "1,229"}', "comparison figure -100% leaves nothing"),
    "NaN": ('{value: .nan, unit: "chips", metric: "chip count", system: "fixture-chip", stated_as: "1,229"}',
            "nan is not a number"),
    "infinity": ('{value: .inf, unit: "chips", metric: "chip count", system: "fixture-chip", stated_as: "1,229"}',
                 "inf is not a number"),
    "compared value 0": ('{value: 0, unit: "chips", metric: "chip count", system: "fixture-chip", stated_as: "1,229"}',
                         "figure 0 is compared with another system, so it must be above 0"),
}


def _crasher(root: Path, figure: str, cid: str = "fx-crash") -> Path:
    (root / "data" / "comparisons.yaml").write_text(
        '- id: "pod-vs-chip"\n  systems: ["fixture-pod", "fixture-chip"]\n  title: {en: "Pod vs chip", zh: "对比"}\n',
        encoding="utf-8")
    (root / "data" / "claims" / "crash.yaml").write_text(f'''- id: "{cid}"
  kind: "spec"
  statement: {{en: "A figure: 1229, 1,229, 1.", zh: "一个数字：1229、1,229、1。"}}
  not_assessed: {{en: "Test fixture: not assessed.", zh: "测试夹具：未核查。"}}
  excerpts:
    - {{source: "fixture-a", text: "新系統共有1,229顆芯片", en: "The new system has 1,229 chips"}}
  systems: ["fixture-pod", "fixture-chip"]
  figures:
    - {{value: 1229, unit: "chips", metric: "chip count", system: "fixture-pod"}}
    - {{value: 1229, unit: "x", metric: "chip count", system: "fixture-pod", relative_to: "fixture-chip"}}
    - {figure}
''', encoding="utf-8")
    return root


def test_the_crasher_base_builds(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLINE_BUILD_DATE", "2026-11-23")
    root = _crasher(project(tmp_path), '{value: 1229, unit: "chips", metric: "chip count", system: "fixture-chip"}')
    assert generate(root, tmp_path / "out") > 20


@pytest.mark.parametrize("name", CRASHERS)
def test_former_crashers_fail_in_check_not_in_the_build(name, tmp_path):
    figure, message = CRASHERS[name]
    root = _crasher(project(tmp_path), figure)
    errors = [str(p) for p in check(root).problems.errors]
    if not errors:
        generate(root, tmp_path / "out")
    assert any(message in e for e in errors), f"{name}: {errors}"


def test_an_id_too_long_for_the_file_system_fails_in_check(tmp_path):
    root = _crasher(project(tmp_path), '{value: 1, unit: "chips", metric: "chip count", stated_as: "1,229"}',
                    cid="a" * 300)
    errors = [str(p) for p in check(root).problems.errors]
    assert any("id: is 300 characters, over the 100-character limit" in e for e in errors), errors


def test_mkdocs_build_strict_accepts_the_accepted_fixtures(tmp_path):
    root = project(tmp_path, ACCEPTED[0])
    for case in ACCEPTED[1:]:
        shutil.copytree(case / "data", root / "data", dirs_exist_ok=True)
    env = dict(os.environ, CLAIMLINE_PROJECT=str(root), CLAIMLINE_BUILD_DATE="2026-11-23",
               NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true", PYTHONWARNINGS="")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    for lang in LANGS:
        _strict_json((tmp_path / "site" / lang / "downloads" / "claimline.json").read_text(encoding="utf-8"))
