"""`python -m gen catalogue CODE`: draft the missing CODE entries of data/ui.yaml.

For a language converted from another (mkdocs.yml extra.languages `text` + `prose`, e.g. zh-hant from
zh with s2twp), each missing entry is the source language's text converted, glossary names protected.
Entries already present are left as written (hand-edited ones stay). Other lines are untouched."""
from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from gen.langtags import language
from gen.script import glossary_terms, prose_converter

_ENTRY = re.compile(r"^(?P<key>[A-Za-z0-9_.-]+): (?P<value>\{.*\})\s*$")


def _line(key: str, value: dict) -> str:
    return f"{key}: {{" + ", ".join(f"{code}: {json.dumps(text, ensure_ascii=False)}" for code, text in value.items()) + "}"


def fill(root: Path, code: str) -> tuple[int, str | None]:
    """(entries drafted, problem). The ui.yaml file is rewritten only when entries were drafted."""
    spec = language(code, root)
    if spec.text == code or not spec.prose:
        return 0, f"{code} is written by hand (mkdocs.yml extra.languages gives it no `text` and `prose` to " \
                  "convert from) — write its entries in data/ui.yaml"
    convert = prose_converter(glossary_terms(root), code, spec.prose, spec.words, spec.marks)
    path = root / "data" / "ui.yaml"
    lines, drafted = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ENTRY.match(line)
        if m:
            value = yaml.safe_load(m["value"])
            if code not in value and spec.text in value:
                value[code] = convert(value[spec.text])
                line, drafted = _line(m["key"], value), drafted + 1
        lines.append(line)
    if drafted:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return drafted, None


def run_fill(root: Path, code: str) -> int:
    drafted, problem = fill(root, code)
    if problem:
        print(f"data/ui.yaml: {problem}")
        return 1
    print(f"data/ui.yaml: {drafted} {code} entries drafted from {language(code, root).text} — read them; "
          "rewrite by hand where the conversion does not read naturally")
    return 0
