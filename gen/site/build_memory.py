"""How many language builds run at a time: as many as fit in the build's memory budget.

More builds than cores finish sooner than one per core at a time, which leaves a core idle while
the last language runs; but each build holds its pages' data, so at 10,000 claims three builds at
once need about 1.2 GiB. The budget (1.5 GiB, or CLAIMLINE_BUILD_MEMORY_MIB) decides.
"""
from __future__ import annotations

import os
import sys

from mkdocs.exceptions import Abort

# Memory of one language build beyond the root build it is forked from, per claim (tests/bench_build.py:
# 1,220 MiB PSS at 10,000 claims with three at once, about 320 MiB a language build beyond the root's;
# 34 KiB leaves a margin). The budget is the whole build's.
BUILD_KIB_PER_CLAIM = 34
MEMORY_BUDGET_MIB = 1536


def builds_at_once(languages: int, claims: int, root_mib: float, budget_mib: float = MEMORY_BUDGET_MIB) -> int:
    """All the language builds while they fit in the budget beside the root build, else as many as
    fit — never fewer than one."""
    one = max(1.0, claims * BUILD_KIB_PER_CLAIM / 1024)
    return max(1, min(languages, int((budget_mib - root_mib) // one)))


def _root_mib() -> float:
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)  # KiB on Linux, bytes on macOS


def at_once(languages: int) -> int:
    """Every language at once under `mkdocs serve` (gen/site/serve_first.py orders them by the
    language being viewed); under `mkdocs build`, as many as the memory budget allows."""
    if os.environ.get("CLAIMLINE_SERVING"):
        return languages
    from gen.validate import checked_data  # the root build has checked the data: cached
    return builds_at_once(languages, len(checked_data().data.claims), _root_mib(),
                          memory_budget(os.environ.get("CLAIMLINE_BUILD_MEMORY_MIB")))


def memory_budget(setting: str | None) -> float:
    """MiB for the whole build: CLAIMLINE_BUILD_MEMORY_MIB, else MEMORY_BUDGET_MIB."""
    if not setting:
        return MEMORY_BUDGET_MIB
    try:
        value = float(setting)
    except ValueError:
        value = -1.0
    if not value > 0 or value == float("inf"):
        raise Abort(f"CLAIMLINE_BUILD_MEMORY_MIB is '{setting}', not a number of MiB — write one such as "
                    f"{MEMORY_BUDGET_MIB}, or unset it")
    return value
