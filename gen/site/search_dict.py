"""jieba user dictionary from the glossary, so 昇腾, 超节点, 英伟达 are found as words."""
from __future__ import annotations

import hashlib
from pathlib import Path

from gen.validate import checked_data


def user_dict_text() -> str:
    terms = checked_data().data.glossary
    words = dict.fromkeys(form for t in terms for form in (t.zh, *t.variants) if " " not in form)
    return "".join(f"{w} 100000 n\n" for w in words)


def write_user_dict(folder: Path) -> str:
    text = user_dict_text()
    path = folder / f"claimline-jieba-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}.txt"
    if not path.exists():
        path.write_text(text, encoding="utf-8")
    return str(path)
