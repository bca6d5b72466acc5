"""Help for the editor: the nearest existing id, and the archive passage closest to an excerpt that
was not found (with where the two first differ). Pure functions over strings; stdlib difflib."""
from __future__ import annotations

import difflib


def nearest_id(value: str, known) -> str | None:
    """The known id most like a misspelt one ('eric-xuu' → 'eric-xu'), or None."""
    found = difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
    return found[0] if found else None


def closest_passage(haystack: str, needle: str) -> tuple[int, int] | None:
    """(start, end) in haystack of the window most like needle: anchored on their longest common run,
    as long as the needle. None when they share nothing useful (fewer than 2 characters in a row)."""
    if not needle or not haystack:
        return None
    matcher = difflib.SequenceMatcher(None, haystack, needle, autojunk=False)
    best = matcher.find_longest_match(0, len(haystack), 0, len(needle))
    if best.size < 2:
        return None
    start = max(0, best.a - best.b)
    return start, min(len(haystack), start + len(needle))


def first_difference(a: str, b: str) -> int:
    """Index of the first character where a and b differ (the shorter length if one is a prefix)."""
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))
