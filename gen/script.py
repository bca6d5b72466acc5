"""Traditional → Simplified for zh-Hans display, with the glossary's names protected.

The rendering of a quotation must stay the speaker's words: each protected form is printed in
its *own* Simplified form, never swapped for the glossary's preferred term (中國國際供應鏈促進博覽會
stays 中国国际供应链促进博览会, not 链博会). The converter is OpenCC's tw2s: t2s leaves 著 where
the sources mean 着 (保持著 → 保持着); tw2s converts it and keeps 著 in 著名.

OpenCC turns Huawei's 昇騰 into 升腾, so a protected form is converted by OpenCC except for the
characters the glossary's own Simplified term uses (昇 in 昇腾): 昇騰 → 昇腾, 達芬奇 → 达芬奇.
Protected forms are swapped for private-use placeholders before conversion and restored after it.
"""
from __future__ import annotations

import re
from functools import lru_cache

import opencc

_PUA = 0xE000
CONVERTER = "tw2s"


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC(CONVERTER)


def convert(text: str) -> str:
    """OpenCC's rendering of text, nothing protected."""
    return _converter().convert(text)


def own_simplified(form: str, term: str) -> str:
    """A protected form in its own Simplified script: OpenCC's rendering, except that a character
    the glossary's Simplified term itself uses is kept (昇騰 with term 昇腾 → 昇腾, not 升腾)."""
    converted = convert(form)
    if len(converted) != len(form):
        return converted
    keep = set(term)
    return "".join(o if o in keep else c for o, c in zip(form, converted))


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
        out = convert(guarded)
        for i, target in enumerate(self._targets):
            out = out.replace(chr(_PUA + i), target)
        self._cache[text] = out
        return out


def glossary_phrases(terms) -> dict[str, str]:
    """Protected phrase dictionary from glossary terms: each form → its own Simplified form."""
    phrases: dict[str, str] = {}
    for term in terms:
        if term.protect:
            for form in (term.zh, *term.variants):
                phrases[form] = own_simplified(form, term.zh)
    return phrases
