"""Traditional → Simplified for zh-Hans display, with the glossary's terms protected.

OpenCC's t2s turns Huawei's 昇騰 into 升腾; every glossary term and its variants are
swapped for private-use placeholders before conversion and restored (in the glossary's
preferred form) after it.
"""
from __future__ import annotations

import re
from functools import lru_cache

import opencc

_PUA = 0xE000


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


class Simplifier:
    def __init__(self, phrases: dict[str, str]):
        """phrases: form as it may appear → form to print (both kept out of OpenCC's reach)."""
        self._targets = list(dict.fromkeys(phrases.values()))
        self._slot = {form: chr(_PUA + self._targets.index(target)) for form, target in phrases.items()}
        forms = sorted(phrases, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, forms))) if forms else None
        self._cache: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        if text in self._cache:
            return self._cache[text]
        guarded = self._pattern.sub(lambda m: self._slot[m.group(0)], text) if self._pattern else text
        out = _converter().convert(guarded)
        for i, target in enumerate(self._targets):
            out = out.replace(chr(_PUA + i), target)
        self._cache[text] = out
        return out


def glossary_phrases(terms) -> dict[str, str]:
    """Protected phrase dictionary from glossary terms: each variant and the term itself → term."""
    phrases: dict[str, str] = {}
    for term in terms:
        if term.protect:
            for form in (term.zh, *term.variants):
                phrases[form] = term.zh
    return phrases
