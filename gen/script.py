"""Script conversion with OpenCC, the glossary's names protected.

Two kinds of conversion, each named by an OpenCC configuration in mkdocs.yml `extra.languages`:

* **words** (tw2s, s2tw): a source's own words shown in the page's script. Only the script changes,
  never a word: a quotation stays the speaker's words. Each protected glossary form is printed in its
  *own* form in that script, never swapped for the glossary's preferred term (中國國際供應鏈促進博覽會
  stays 中国国际供应链促进博览会, not 链博会). tw2s, not t2s: t2s leaves 著 where the sources mean 着
  (保持著 → 保持着); tw2s converts it and keeps 著 in 著名.
* **prose** (s2twp): our own Simplified text shown to readers of another convention, vocabulary
  included (软件 → 軟體). A protected term is printed as the glossary's `forms` for that language
  gives it (英伟达 → 輝達 on zh-hant pages), else in its own form in that script.

OpenCC turns Huawei's 昇騰 into 升腾, so a protected form is converted except for the characters the
term's own spelling in the target script already uses (昇 in 昇腾): 昇騰 → 昇腾, 達芬奇 → 达芬奇.
The glossary is written in Simplified; a term's spelling in another script is its plain conversion.
Protected forms are swapped for private-use placeholders before conversion and restored after it.
"""
from __future__ import annotations

import re
from functools import lru_cache

import opencc

_PUA = 0xE000
CONVERTER = "tw2s"  # Traditional → Simplified, Taiwan phrases read as written


@lru_cache(maxsize=8)
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def convert(text: str, config: str = CONVERTER) -> str:
    """OpenCC's rendering of text, nothing protected."""
    return _opencc(config).convert(text)


def own_form(form: str, spelling: str, config: str = CONVERTER) -> str:
    """A protected form in the target script: OpenCC's rendering, except that a character the term's
    own spelling in that script uses is kept (昇騰 with spelling 昇腾 → 昇腾, not 升腾)."""
    converted = convert(form, config)
    if len(converted) != len(form):
        return converted
    keep = set(spelling)
    return "".join(o if o in keep else c for o, c in zip(form, converted))


def own_simplified(form: str, term: str) -> str:
    return own_form(form, term, CONVERTER)


class Converter:
    def __init__(self, phrases: dict[str, str], config: str = CONVERTER):
        """phrases: form as it may appear → form to print (both kept out of OpenCC's reach)."""
        self.config = config
        self._targets = list(dict.fromkeys(phrases.values()))
        self._slot = {form: chr(_PUA + self._targets.index(target)) for form, target in phrases.items()}
        forms = sorted(phrases, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, forms))) if forms else None
        self._cache: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        if text in self._cache:
            return self._cache[text]
        guarded = self._pattern.sub(lambda m: self._slot[m.group(0)], text) if self._pattern else text
        out = convert(guarded, self.config)
        for i, target in enumerate(self._targets):
            out = out.replace(chr(_PUA + i), target)
        self._cache[text] = out
        return out


MIXED_SHARE = 0.1  # under 10 % of the other script: converter leftovers (于, 并, 后), not a mixed text
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def chinese_script(text: str) -> str:
    """Hant, Hans or mixed: characters that only t2s changes are Traditional, only s2t Simplified."""
    han = [ch for ch in dict.fromkeys(text) if "\u4e00" <= ch <= "\u9fff"]
    traditional = sum(1 for ch in han if convert(ch, "t2s") != ch)
    simplified = sum(1 for ch in han if convert(ch, "s2tw") != ch)
    if traditional + simplified == 0:
        return "mixed"
    if simplified <= MIXED_SHARE * (traditional + simplified):
        return "Hant"
    if traditional <= MIXED_SHARE * (traditional + simplified):
        return "Hans"
    return "mixed"


@lru_cache(maxsize=4096)
def text_tag(text: str, declared: str | None = None) -> str:
    """The BCP 47 tag of a short quoted text: as declared, else told by its characters: kana → ja;
    Chinese characters → zh-Hant, zh-Hans or zh (mixed); otherwise en (`python -m gen check` hints
    at a Latin-script excerpt that reads as another language: gen/language_hints.py)."""
    if declared:
        return declared
    if _KANA.search(text):
        return "ja"
    if _HAN.search(text):
        script = chinese_script(text)
        return "zh" if script == "mixed" else f"zh-{script}"
    return "en"


Simplifier = Converter  # Traditional → Simplified with the default configuration (tw2s)


def _spelling(term, config: str, simplified: bool) -> str:
    return term.zh if simplified else convert(term.zh, config)


def word_phrases(terms, config: str = CONVERTER, simplified: bool = True) -> dict[str, str]:
    """Protected forms → their own form in the script `config` converts to (Simplified when
    `simplified`: the glossary's own spelling)."""
    phrases: dict[str, str] = {}
    for term in terms:
        if term.protect:
            for form in (term.zh, *term.variants):
                phrases[form] = own_form(form, _spelling(term, config, simplified), config)
    return phrases


def glossary_phrases(terms) -> dict[str, str]:
    """Protected phrase dictionary from glossary terms: each form → its own Simplified form."""
    return word_phrases(terms)


def prose_phrases(terms, code: str, words: str) -> dict[str, str]:
    """Our Simplified prose → language `code`: each protected term (as our prose writes it) → the
    glossary's form for that language, else its own spelling in that script (`words`: 昇腾 → 昇騰)."""
    return {term.zh: term.forms.get(code) or convert(term.zh, words)
            for term in terms if term.protect or code in term.forms}


def glossary_terms(root) -> list:
    """The glossary's terms read directly (for editor commands that run without a full check)."""
    import yaml

    from gen.models import Term
    path = root / "data" / "glossary.yaml"
    if not path.exists():
        return []
    return [Term.model_validate(t) for t in yaml.safe_load(path.read_text(encoding="utf-8")) or []]


def identity(text: str) -> str:
    return text


def words_converter(terms, config: str | None, simplified: bool):
    return Converter(word_phrases(terms, config, simplified), config) if config else identity


def prose_converter(terms, code: str, config: str | None, words: str | None, marks: str | None = None):
    """Our Simplified prose in language `code`; `marks` (four characters) replace “ ” ‘ ’."""
    if not config:
        return identity
    convert_prose = Converter(prose_phrases(terms, code, words or config), config)
    if not marks:
        return convert_prose
    table = str.maketrans("“”‘’", marks)
    return lambda text: convert_prose(text).translate(table)
