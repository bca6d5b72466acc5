"""The first ten minutes from a fresh clone (issue 8): what the README promises is true."""
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # tags as text


def test_readme_checks_the_python_version_before_anything_else():
    setup = next(line for line in README.splitlines() if "sys.version_info" in line)
    command = re.search(r"python3 -c '(.+)'", setup).group(1)
    ok = subprocess.run([sys.executable, "-c", command], capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr  # the suite runs on a supported Python
    too_new = command.replace("sys.version_info[:2]", "(3, 14)")
    proc = subprocess.run([sys.executable, "-c", too_new], capture_output=True, text=True, check=False)
    assert proc.returncode == 1 and "Python 3.11-3.13 needed, python3 is 3.14" in proc.stderr


def test_readme_gives_the_published_address():
    url = re.search(r'CLAIMLINE_SITE_URL, "([^"]+)"', (ROOT / "mkdocs.yml").read_text(encoding="utf-8")).group(1)
    assert url in README


def test_readme_runs_everything_from_the_venv():
    code = "\n".join(re.findall(r"```bash\n(.*?)```", README, re.S)) + "\n" + "\n".join(re.findall(r"`([^`\n]+)`", README))
    bare = [m for m in re.findall(r"(?<![/\w.])(python -m \w+|python tests/\S+|mkdocs (?:serve|build))", code)]
    assert not bare, bare


def test_readme_claim_record_is_complete_and_states_id_rules():
    section = README.split("## Adding a claim", 1)[1].split("\n## ", 1)[0]
    record = yaml.safe_load(re.search(r"```yaml\n(.*?)```", section, re.S).group(1))[0]
    assert {"id", "kind", "statement", "excerpts", "systems", "figures", "assessment"} <= set(record)
    assert "kebab-case" in section and "unique" in section


def test_serve_reloads_on_docs_and_setup_leaves_nothing_untracked():
    assert {"data", "gen", "docs"} <= set(config()["watch"])
    assert "claimline.egg-info/" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def test_builds_are_quiet_by_default(monkeypatch):
    from gen.site.languages import quiet
    monkeypatch.delenv("NO_MKDOCS_2_WARNING", raising=False)
    monkeypatch.delenv("DISABLE_MKDOCS_2_WARNING", raising=False)
    quiet()
    assert os.environ["NO_MKDOCS_2_WARNING"] == "1" and os.environ["DISABLE_MKDOCS_2_WARNING"] == "true"
    import logging
    assert logging.getLogger("jieba").level >= logging.WARNING
    assert "gen.site.languages.quiet" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def test_the_site_build_prints_no_jieba_lines(site):
    assert "prefix dict" not in site.log and "Loading model" not in site.log
