"""Quote fidelity: the Simplified rendering of a verbatim excerpt is OpenCC's rendering of the
original, with protected names in their own Simplified form, never the glossary's preferred term."""
from __future__ import annotations

import re

import pytest

from gen.site.i18n import Catalogue
from gen.script import Simplifier, convert, glossary_phrases, own_simplified
from gen.validate import check
from site_build import ROOT


@pytest.fixture(scope="module")
def real():
    checked = check(ROOT)
    return checked.data, Simplifier(glossary_phrases(checked.data.glossary))


@pytest.mark.parametrize("form, term, expected", [
    ("昇騰", "昇腾", "昇腾"),
    ("中國國際供應鏈促進博覽會", "链博会", "中国国际供应链促进博览会"),
    ("達芬奇", "达芬奇架构", "达芬奇"),
    ("鏈博會", "链博会", "链博会"),
    ("英偉達", "英伟达", "英伟达"),
])
def test_own_simplified_form(form, term, expected):
    assert own_simplified(form, term) == expected


def test_named_cases(real):
    _, simplify = real
    assert simplify("依然保持著在訓練大模型方面") == "依然保持着在训练大模型方面"
    assert simplify("華為昇騰910B") == "华为昇腾910B"
    assert simplify("第三屆中國國際供應鏈促進博覽會上") == "第三届中国国际供应链促进博览会上"
    assert "达芬奇架构" not in simplify("達芬奇")


def _expected(text: str, phrases: dict[str, str]) -> str:
    """Oracle: OpenCC's rendering, with each protected form's span replaced by its own form."""
    out = list(convert(text))
    assert len(out) == len(text)  # tw2s converts character by character on this data
    pattern = re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))
    for m in pattern.finditer(text):
        out[m.start():m.end()] = phrases[m.group(0)]
    return "".join(out)


def test_every_excerpt_of_the_real_data(real):
    ds, simplify = real
    phrases = glossary_phrases(ds.glossary)
    checked = 0
    for cid, claim in ds.claims.items():
        for ex in claim.excerpts:
            got = simplify(ex.text)
            assert got == _expected(ex.text, phrases), cid
            assert len(got) == len(ex.text), cid  # no word replaced by another
            assert "升腾" not in got and "升思" not in got, cid
            checked += 1
    assert checked >= 100


def test_site_uses_the_same_simplifier(real):
    ds, _ = real
    zh = Catalogue(ds.ui, "zh", ds.glossary)  # what Simplified pages show a source's words with
    ex = ds.claims["huang-chain-expo-named-chinese-firms"].excerpts[0]
    assert "中国国际供应链促进博览会" in zh.words(ex.text)
