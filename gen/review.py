"""`python -m gen diff BASE`: what a pull request does to the data, as Markdown for its review.

Loads data/ as it is at BASE (from git) and in the working tree, and lists claims added, changed
and removed, verdicts that moved, sources added and removed, and whether `check` passes — the
summary a reviewer reads beside the preview link. Text from the data is escaped for Markdown and
folded onto one line: a pull request's data cannot format or link the comment it is shown in."""
from __future__ import annotations

import io
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path

from gen.load import load
from gen.problems import Problems
from gen.validate import check

_MD = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&])")
_BREAKS = re.compile(r"\s+")
TABLES = ("claims", "sources", "actors", "systems", "events", "comparisons")


def md_text(value: str, limit: int = 160) -> str:
    text = _BREAKS.sub(" ", str(value)).strip()
    text = text if len(text) <= limit else text[:limit - 1] + "…"
    return _MD.sub(r"\\\1", text)


def data_at(root: Path, rev: str, dest: Path) -> Path:
    """data/ as committed at `rev`, unpacked under dest; raises ValueError with a fix."""
    proc = subprocess.run(["git", "-C", str(root), "archive", "--format=tar", rev, "data"],
                          capture_output=True)
    if proc.returncode != 0:
        raise ValueError(f"git cannot read data/ at {rev!r}: {proc.stderr.decode(errors='replace').strip()}"
                         " — fetch the base branch first (e.g. git fetch origin main)")
    with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return dest


def _verdict(claim) -> str:
    return claim.assessment.verdict if claim.assessment else "not assessed"


def compare(old, new) -> dict:
    """Ids added, removed and changed per table, and the verdicts that moved."""
    out = {}
    for name in TABLES:
        a, b = getattr(old, name), getattr(new, name)
        out[name] = {"added": sorted(b.keys() - a.keys()), "removed": sorted(a.keys() - b.keys()),
                     "changed": sorted(k for k in a.keys() & b.keys()
                                       if a[k].model_dump() != b[k].model_dump())}
    out["verdicts"] = [(cid, _verdict(old.claims[cid]), _verdict(new.claims[cid]))
                       for cid in out["claims"]["changed"]
                       if _verdict(old.claims[cid]) != _verdict(new.claims[cid])]
    return out


def _claim_line(cid: str, claim, site_url: str | None) -> str:
    name = f"[`{cid}`]({site_url.rstrip('/')}/en/claims/{cid}/)" if site_url else f"`{cid}`"
    return f"- {name} ({claim.kind}): {md_text(claim.statement.en)}"


def summary(base: str, diff: dict, old, new, problems: Problems, site_url: str | None = None) -> str:
    errors = problems.errors
    lines = [f"### Data change against `{md_text(base, 60)}`", ""]
    lines.append(f"**check**: failed with {len(errors)} error(s) — see the annotations on the changed lines"
                 if errors else f"**check**: passed ({len(new.claims)} claims, {len(new.sources)} sources)")
    lines += ["", "| | added | changed | removed |", "|---|---:|---:|---:|"]
    lines += [f"| {name} | {len(d['added'])} | {len(d['changed'])} | {len(d['removed'])} |"
              for name, d in diff.items() if name in TABLES]
    if diff["verdicts"]:
        lines += ["", "#### Verdicts that moved", ""]
        lines += [f"- `{cid}`: {before} → **{after}**" for cid, before, after in diff["verdicts"]]
    for title, key, table in (("Claims added", "added", new.claims), ("Claims changed", "changed", new.claims),
                              ("Claims removed", "removed", old.claims)):
        if diff["claims"][key]:
            lines += ["", f"#### {title}", ""]
            lines += [_claim_line(cid, table[cid], site_url if table is new.claims else None)
                      for cid in diff["claims"][key]]
    for title, key, table in (("Sources added", "added", new.sources), ("Sources removed", "removed", old.sources)):
        if diff["sources"][key]:
            lines += ["", f"#### {title}", ""]
            lines += [f"- `{sid}`: {md_text(table[sid].title.en)}" for sid in diff["sources"][key]]
    return "\n".join(lines) + "\n"


def run_diff(root: Path, base: str, site_url: str | None = None) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        try:
            old_root = data_at(root, base, Path(tmp))
        except ValueError as exc:
            print(f"diff: {exc}")
            return 2
        old, _ = load(old_root, Problems(old_root))
        result = check(root)
        print(summary(base, compare(old, result.data), old, result.data, result.problems, site_url), end="")
    return 0
