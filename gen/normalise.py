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

# A CJK character followed by toned pinyin in ASCII parentheses: 創(chuàng) -> 創
PINYIN_NOTE = re.compile(
    r"(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)")
_PUNCT = str.maketrans({"“": '"', "”": '"', "「": '"', "」": '"', "‘": "'", "’": "'",
                        "、": ",", "。": ".", "【": "[", "】": "]", "《": "<", "》": ">",
                        "\u3000": " "})


def fold_char(ch: str) -> str:
    """One character's normal form: NFC, full-width to half-width, quote styles unified."""
    ch = unicodedata.normalize("NFC", ch)
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        ch = chr(code - 0xFEE0)
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


def normalise(text: str, repairs: list[tuple[str, str]] = ()) -> Normalised:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    edits = edits_for(text, list(repairs))
    e = 0
    i = 0

    def emit(ch: str, a: int, b: int) -> None:
        ch = fold_char(ch)
        if ch.isspace():
            if not out or out[-1] == " ":
                if out:
                    ends[-1] = b
                return
            ch = " "
        for c in ch:
            out.append(c)
            starts.append(a)
            ends.append(b)

    while i < len(text):
        if e < len(edits) and edits[e][0] == i:
            a, b, replacement = edits[e]
            for ch in replacement:
                emit(ch, a, b)
            if not replacement and ends:
                ends[-1] = b  # the dropped note belongs to the character before it
            i, e = b, e + 1
            continue
        emit(text[i], i, i + 1)
        i += 1
    while out and out[-1] == " ":
        out.pop(); starts.pop(); ends.pop()
    return Normalised("".join(out), tuple(starts), tuple(ends))


def normalise_text(text: str) -> str:
    """Normalise a short string (an excerpt) the same way, without offsets."""
    return normalise(text).text.strip()
