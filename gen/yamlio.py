"""Read YAML into plain Python values, able to tell the line of any value.

PyYAML's own constructors would turn an unquoted 2025-07-21 into a date and
`no` into False without a word; here each scalar keeps its resolved type and
timestamps, aliases and runaway nesting are refused, so nothing slips through silently.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - the C loader ships in PyYAML wheels
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

from gen.problems import Problems

MAX_BYTES = 1024 * 1024
MAX_DIGITS = 100  # a longer unquoted number is a mistake (and Python refuses to read 4,300+ digits)
# What YAML 1.1 allows in a stream (libyaml refuses the rest, naming only an offset)
_FORBIDDEN = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
MAX_DEPTH = 100  # data nests about 6 deep; deeper is a mistake (and libyaml crashes near 30,000)
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
    text: str = ""
    starts: tuple[int, ...] = (1,)  # line of the document, then of each top-level list item
    _root: yaml.Node | None = None

    def line(self, loc: tuple) -> int:
        """Line of the deepest known value on the path `loc` (a mapping entry: its key's line).

        Record lines are kept; lines inside records are needed only for values with a problem, so
        the node tree is composed again on demand rather than kept (it would double the memory)."""
        if not loc or len(loc) == 1 and isinstance(loc[0], int) and 0 <= loc[0] < len(self.starts) - 1:
            return self.starts[loc[0] + 1] if loc else self.starts[0]
        if self._root is None and self.text:
            self._root = yaml.compose(self.text, Loader=_Loader)
        node = self._root
        if node is None:
            return 1
        line = node.start_mark.line + 1
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                pair = next(((k, v) for k, v in node.value if _key(k) == part), None)
                if pair is None:
                    break
                line, node = pair[0].start_mark.line + 1, pair[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
                line = node.start_mark.line + 1
            else:
                break
        return line


def read_yaml(path: Path, problems: Problems) -> YamlDoc | None:
    """Parse one file; on failure record the problem and return None."""
    if path.is_symlink():  # data/ holds files, never a way to read one from elsewhere
        problems.error(path, 1, None, "file is a symbolic link", "replace the link with the file itself")
        return None
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.error(path, 1, None, f"cannot read the file ({exc.strerror})", "make it a readable file")
        return None
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
    if (bad := _FORBIDDEN.search(text)) is not None:
        problems.error(path, text.count("\n", 0, bad.start()) + 1, None,
                       f"control character U+{ord(bad.group()):04X} is not allowed in YAML",
                       "delete it (in a quoted text, write it as an escape such as \\t if it is meant)")
        return None
    try:
        if (line := _too_deep(text)) is not None:
            problems.error(path, line, None, f"values nested more than {MAX_DEPTH} levels deep", "flatten them")
            return None
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        line, what, fix = _syntax_problem(exc, text.splitlines())
        problems.error(path, line, None, what, fix)
        return None
    doc = YamlDoc(path, None, text)
    if node is None:
        return doc
    items = node.value if isinstance(node, yaml.SequenceNode) else []
    doc.starts = (node.start_mark.line + 1, *(item.start_mark.line + 1 for item in items))
    try:
        doc.data = _build(node, 0, doc, problems, set() if "*" in text else None)
    except _Refused as exc:
        problems.error(path, *exc.args)
        return None
    return doc


class _Refused(Exception):
    """A structure the loader will not build: args are (line, record, what, fix)."""


def _unclosed_quote(lines: list[str], upto: int) -> int | None:
    """First line up to `upto` with an odd number of double quotes: a quote left open."""
    for number, text in enumerate(lines[:upto], 1):
        code = text.replace('\\\\', "").replace('\\"', "")
        if not code.lstrip().startswith("#") and code.count('"') % 2:
            return number
    return None


def _too_deep(text: str) -> int | None:
    """Line where nesting passes MAX_DEPTH, checked before libyaml's composer could crash (~30,000 levels).

    Block nesting needs indentation or '- ' per level, flow nesting a bracket per level, so when
    that bound is well below the crash the file needs no second parse."""
    lead = max(map(len, re.findall(r"(?m)^[ \t?:-]*", text)), default=0)
    if 2 * (lead + 2) + text.count("[") + text.count("{") <= 10_000:  # _build checks the rest
        return None
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return event.start_mark.line + 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


def _syntax_problem(exc: yaml.MarkedYAMLError, lines: list[str]) -> tuple[int, str, str]:
    """Line, what and fix for a parser error, pointing where the mistake most likely is."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    what = exc.problem or "YAML syntax error"
    if exc.context_mark and "end of stream" in what:  # e.g. an unclosed quote: report where it opened
        line = exc.context_mark.line + 1
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in text[: len(text) - len(text.lstrip())] or "'\\t'" in what:
        return line, "tab character in indentation", "indent with spaces only"
    opened = _unclosed_quote(lines, line)
    if opened is not None:
        return opened, "YAML syntax error: quoted text not closed on this line", 'end the text with "'
    if exc.context and exc.context_mark:
        what += f" ({exc.context} from line {exc.context_mark.line + 1})"
    return line, f"YAML syntax error: {what}", "fix the YAML at this line (quote text that holds ':' or '#')"


def _key(node: yaml.Node) -> str | None:
    """A mapping key as _build stores it (collections as keys are not looked up)."""
    return str(_scalar(node, None, None)) if isinstance(node, yaml.ScalarNode) else None


def _build(node: yaml.Node, depth: int, doc: YamlDoc, problems: Problems, seen: set | None) -> object:
    if seen is not None:  # only when the text has a '*': an alias reuses a node, refuse to expand it
        if id(node) in seen:
            raise _Refused(node.start_mark.line + 1, None, "YAML alias (*name) found",
                           "write the value out in full; anchors and aliases are not used in data/")
        seen.add(id(node))
    cls = node.__class__
    if cls is yaml.ScalarNode:
        return _scalar(node, doc, problems)
    if depth >= MAX_DEPTH:
        raise _Refused(node.start_mark.line + 1, None, f"values nested more than {MAX_DEPTH} levels deep",
                       "flatten them")
    if cls is yaml.SequenceNode:
        return [_build(item, depth + 1, doc, problems, seen) for item in node.value]
    out: dict = {}
    for key_node, value_node in node.value:
        key = _build(key_node, depth + 1, doc, problems, seen)
        key = key if isinstance(key, str) else str(key)
        if key in out:
            problems.error(doc.path, key_node.start_mark.line + 1, None, f"key '{key}' appears twice",
                           "keep one of them")
        out[key] = _build(value_node, depth + 1, doc, problems, seen)
    return out


def _scalar(node: yaml.ScalarNode, doc: YamlDoc | None, problems: Problems | None) -> object:
    tag = node.tag
    if tag == "tag:yaml.org,2002:str":
        return node.value
    if tag == "tag:yaml.org,2002:timestamp":
        if problems is not None:
            problems.error(doc.path, node.start_mark.line + 1, None,
                           f"unquoted date {node.value} (YAML would read it as a date object)",
                           f'quote it: "{node.value}"')
        return node.value
    build = _TAGS.get(tag)
    if build is None:
        return node.value
    if tag == "tag:yaml.org,2002:int" and len(node.value) > MAX_DIGITS:
        raise _Refused(node.start_mark.line + 1, None, f"number {node.value[:12]}… has {len(node.value):,} "
                       f"characters, over the {MAX_DIGITS}-digit limit", "write a shorter number, or quote it as text")
    return build(node)
