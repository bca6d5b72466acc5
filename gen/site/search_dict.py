"""jieba user dictionary, so 昇腾, 超节点, 英伟达 and names such as 盘古大模型 are words.

The theme segments only runs of Chinese characters with jieba (昇腾910B is indexed as 昇腾 and
910B); the zh search separator in mkdocs.yml splits a query at the same Chinese–Latin boundary.
The dictionary takes the glossary's terms and the all-Chinese parts of system names and aliases,
also in Simplified script (the script of the Chinese pages).
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from gen.script import Simplifier, glossary_phrases
from gen.validate import checked_data

HAN = re.compile(r"[\u4e00-\u9fff]")
ALL_HAN = re.compile(r"[\u4e00-\u9fff]+")


def dictionary_words(ds) -> list[str]:
    simplify = Simplifier(glossary_phrases(ds.glossary))
    forms = [form for t in ds.glossary for form in (t.zh, *t.variants)]
    for s in ds.systems.values():
        names = [s.name.zh, *s.aliases]
        names += [simplify(n) for n in names]
        forms += [part for n in names for part in re.split(r"[（）()]", n)]  # 'CloudMatrix 384（昇腾384超节点）'
    return [w for w in dict.fromkeys(f.strip() for f in forms) if w and ALL_HAN.fullmatch(w)]


def user_dict_text() -> str:
    return "".join(f"{w} 100000 n\n" for w in dictionary_words(checked_data().data))


def write_user_dict(folder: Path) -> str:
    text = user_dict_text()
    path = folder / f"claimline-jieba-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}.txt"
    if not path.exists():
        path.write_text(text, encoding="utf-8")
    return str(path)
