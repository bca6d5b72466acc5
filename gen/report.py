"""`python -m gen check`: every problem, then a summary and one closing line."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from gen.annotate import annotation
from gen.validate import check


def run_check(root: Path, github: bool = False) -> int:
    result = check(root)
    for problem in result.problems.items:
        print(annotation(problem) if github else problem)
    ds = result.data
    errors, warnings = result.problems.errors, result.problems.warnings
    if errors:
        print(f"check failed: {len(errors)} error(s), {len(warnings)} warning(s) — fix the lines above")
        return 1
    kinds = Counter(c.kind for c in ds.claims.values())
    excerpts = sum(len(c.excerpts) for c in ds.claims.values())
    print(f"sources  {len(ds.sources)}")
    print(f"actors   {len(ds.actors)}")
    print(f"systems  {len(ds.systems)}")
    print(f"events   {len(ds.events)}")
    print(f"claims   {len(ds.claims)}  (" + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) + ")")
    print(f"excerpts {len(result.matches)} of {excerpts} verified in their sources")
    from gen.coverage import coverage_summary  # imports gen.validate: loaded only after a passing check
    covered, line, coverage_problems = coverage_summary(root)
    for problem in coverage_problems:
        print(annotation(problem) if github else problem)
    print(line if covered else f"warning: {line} (the coverage test in CI fails on this)")
    from gen.language_hints import citation_language_hints
    hints = citation_language_hints(ds).items
    for problem in hints:
        print(annotation(problem) if github else problem)
    warnings = [*warnings, *hints, *([] if covered else [line])]
    print(f"check passed: {len(ds.claims)} claims, {len(ds.sources)} sources, {len(warnings)} warning(s)")
    return 0
