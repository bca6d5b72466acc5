"""Read YAML into plain Python values, remembering the line of every value.

PyYAML's own constructors would turn an unquoted 2025-07-21 into a date and
`no` into False without a word; here each scalar keeps its resolved type and
timestamps are refused, so nothing slips through silently.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - the C loader ships in PyYAML wheels
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

from gen.problems import Problems

MAX_BYTES = 1024 * 1024
_SCALARS = yaml.constructor.SafeConstructor()
_TAGS = {
    "tag:yaml.org,2002:int": _SCALARS.construct_yaml_int,
    "tag:yaml.org,2002:float": _SCALARS.construct_yaml_float,
    "tag:yaml.org,2002:bool": _SCALARS.construct_yaml_bool,
    "tag:yaml.org,2002:null": _SCALARS.construct_yaml_null,
}


@dataclass
class YamlDoc:
    path: Path
    data: object
    lines: dict[tuple, int] = field(default_factory=dict)

    def line(self, loc: tuple) -> int:
        """Line of the deepest known value on the path `loc`."""
        while loc and loc not in self.lines:
            loc = loc[:-1]
        return self.lines.get(loc, 1)


def read_yaml(path: Path, problems: Problems) -> YamlDoc | None:
    """Parse one file; on failure record the problem and return None."""
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        problems.error(path, 1, None, f"file is {len(raw):,} bytes, over the {MAX_BYTES:,}-byte limit",
                       "split it into several files")
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.error(path, 1, None, "file starts with a UTF-8 byte-order mark",
                       "save it as UTF-8 without BOM")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.error(path, line, None, "text is not valid UTF-8", "save the file as UTF-8")
        return None
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = exc.problem or "YAML syntax error"
        lines = text.splitlines()
        starts_with_tab = line <= len(lines) and lines[line - 1][:1] == "\t"
        if starts_with_tab or "'\\t'" in what:
            problems.error(path, line, None, "tab character in indentation", "indent with spaces only")
        else:
            problems.error(path, line, None, f"YAML syntax error: {what}", "fix the YAML at this line")
        return None
    doc = YamlDoc(path, None)
    if node is None:
        return doc
    doc.data = _build(node, (), doc, problems)
    return doc


def _build(node: yaml.Node, loc: tuple, doc: YamlDoc, problems: Problems) -> object:
    doc.lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for key_node, value_node in node.value:
            key = _build(key_node, loc + ("<key>",), doc, problems)
            if not isinstance(key, str):
                key = str(key)
            if key in out:
                problems.error(doc.path, key_node.start_mark.line + 1, None, f"key '{key}' appears twice",
                               "keep one of them")
            out[key] = _build(value_node, loc + (key,), doc, problems)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, loc + (i,), doc, problems) for i, item in enumerate(node.value)]
    if node.tag == "tag:yaml.org,2002:timestamp":
        problems.error(doc.path, node.start_mark.line + 1, None,
                       f"unquoted date {node.value} (YAML would read it as a date object)",
                       f'quote it: "{node.value}"')
        return node.value
    build = _TAGS.get(node.tag)
    return build(node) if build else node.value
