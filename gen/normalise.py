"""Normalised text for matching, with a map back to the archived original.

The archive stays byte-identical; matching and display use a normalised copy:
repairs from data (mojibake) and by rule (pinyin annotations such as 創(chuàng)),
Unicode NFC, full-width forms to half-width, one space for any run of white space.
Every normalised character remembers the span of original characters it came from,
so a match can be highlighted in the original.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# A CJK character followed by toned pinyin in ASCII parentheses: 創(chuàng) -> 創
PINYIN_NOTE = re.compile(
    r"(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)")
_PUNCT = str.maketrans({"“": '"', "”": '"', "「": '"', "」": '"', "‘": "'", "’": "'",
                        "、": ",", "。": ".", "【": "[", "】": "]", "《": "<", "》": ">",
                        "\u3000": " "})


def fold_char(ch: str) -> str:
    """One character's normal form: NFC, full-width to half-width, quote styles unified."""
    ch = unicodedata.normalize("NFC", ch)  # a few characters become two (U+0344)
    ch = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in ch)
    return ch.translate(_PUNCT)


@dataclass(frozen=True)
class Normalised:
    text: str
    starts: tuple[int, ...]  # original offset where each normalised char begins
    ends: tuple[int, ...]    # original offset where it ends

    def find(self, needle: str, start: int = 0) -> tuple[int, int] | None:
        """Original (start, end) offsets of the first match of an already-normalised needle."""
        i = self.text.find(needle, start)
        if i < 0 or not needle:
            return None
        return self.starts[i], self.ends[i + len(needle) - 1]

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        out, i = [], self.text.find(needle)
        while needle and i >= 0:
            out.append((self.starts[i], self.ends[i + len(needle) - 1]))
            i = self.text.find(needle, i + len(needle))
        return out


def edits_for(text: str, repairs: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, replacement) edits: data repairs first, then pinyin notes."""
    edits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for find, replace in repairs:
        for m in re.finditer(re.escape(find), text):
            if not any(a < m.end() and m.start() < b for a, b in taken):  # the first repair listed wins
                edits.append((m.start(), m.end(), replace))
                taken.append((m.start(), m.end()))
    for m in PINYIN_NOTE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            edits.append((m.start(), m.end(), ""))
    return sorted(edits)


class _FoldTable(dict):
    """fold_char for str.translate, computed once per distinct character."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = fold_char(chr(code))
        return folded


_FOLD = _FoldTable()
_SPACE = re.compile(r"\s+")


def _fold(text: str, a: int, b: int, chars: list[str], starts: list[int], ends: list[int]) -> None:
    """Append the folded characters of text[a:b], each with its original span."""
    segment = text[a:b]
    folded = segment.translate(_FOLD)
    if len(folded) == len(segment):  # the usual case: one character for one
        chars.append(folded)
        starts.extend(range(a, b))
        ends.extend(range(a + 1, b + 1))
        return
    for i, ch in enumerate(segment, a):
        f = fold_char(ch)
        chars.append(f)
        starts.extend([i] * len(f))
        ends.extend([i + 1] * len(f))


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _joins(left: str, right: str) -> bool:
    """White space next to a Chinese character means nothing: Chinese is written without spaces, and
    spacing around embedded Latin words and digits varies (昇腾 910B, 昇腾910B). So a hard line wrap or
    a space beside a Chinese character is dropped, in the archive and in an excerpt alike."""
    return _cjk(left) or _cjk(right)


def _collapse(text: str, starts: list[int], ends: list[int]) -> Normalised:
    """One space for each inner run of white space (spanning the whole run); none at either end, and
    none between Chinese characters (_joins)."""
    out, s2, e2, prev = [], [], [], 0
    for m in _SPACE.finditer(text):
        p, q = m.span()
        out.append(text[prev:p])
        s2 += starts[prev:p]
        e2 += ends[prev:p]
        if p > 0 and q < len(text) and not _joins(text[p - 1], text[q]):
            out.append(" ")
            s2.append(starts[p])
            e2.append(ends[q - 1])
        prev = q
    out.append(text[prev:])
    s2 += starts[prev:]
    e2 += ends[prev:]
    return Normalised("".join(out), tuple(s2), tuple(e2))


def normalise(text: str, repairs: list[tuple[str, str]] = ()) -> Normalised:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    for a, b, replacement in edits_for(text, list(repairs)):
        _fold(text, i, a, chars, starts, ends)
        if replacement:
            folded = "".join(map(fold_char, replacement))
            chars.append(folded)
            starts.extend([a] * len(folded))
            ends.extend([b] * len(folded))
        elif ends:
            ends[-1] = b  # a dropped note belongs to the character before it
        i = b
    _fold(text, i, len(text), chars, starts, ends)
    return _collapse("".join(chars), starts, ends)


@lru_cache(maxsize=1 << 16)
def normalise_text(text: str) -> str:
    """Normalise a short string (an excerpt) the same way, without offsets."""
    return normalise(text).text.strip()
