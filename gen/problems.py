"""Collect every problem, print each as `path:line: id: what — how to fix`, fail once."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")


def printable(text: str) -> str:
    """Text safe to print to a terminal or CI log: control and direction characters as escapes."""
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}" if ord(m.group()) > 0xff
                            else f"\\x{ord(m.group()):02x}", text)


@dataclass(frozen=True)
class Problem:
    level: str  # error | warning
    path: str
    line: int
    record: str | None
    what: str
    fix: str

    def __str__(self) -> str:
        rid = f" {self.record}:" if self.record else ""
        tag = "" if self.level == "error" else " warning:"
        return printable(f"{self.path}:{self.line}:{tag}{rid} {self.what} — {self.fix}")


@dataclass
class Problems:
    root: Path | None = None
    items: list[Problem] = field(default_factory=list)

    def rel(self, path: Path | str) -> str:
        p = Path(path)
        if self.root is not None:  # the path as given first: a symbolic link is named, not followed
            for mine, root in ((Path(os.path.abspath(p)), Path(os.path.abspath(self.root))),
                               (p.resolve(), self.root.resolve())):
                try:
                    return mine.relative_to(root).as_posix()
                except ValueError:
                    pass
        return p.as_posix()

    def error(self, path, line, record, what, fix) -> None:
        self.items.append(Problem("error", self.rel(path), line, record, what, fix))

    def warning(self, path, line, record, what, fix) -> None:
        self.items.append(Problem("warning", self.rel(path), line, record, what, fix))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.level == "warning"]


class DataError(Exception):
    """Raised with the collected problems when the data cannot be used."""

    def __init__(self, problems: Problems):
        super().__init__(f"{len(problems.errors)} problem(s) in the data")
        self.problems = problems
