"""Read the number in a figure's `stated_as` words, so the value can be held against them.

Digits are read as written (`80余位` → 80); Chinese numerals in either script (`三十多年` → 30,
`萬卡` → 10,000, `上百家` → 100, `五分之一` → 0.2, `第三屆` → 3). Approximations (多, 余, 數) are
read as their round number, which is how the data records them."""
from __future__ import annotations

import re

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}
SMALL = {"十": 10, "百": 100, "千": 1000}
LARGE = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_RUN = re.compile("[" + "".join([*DIGITS, *SMALL, *LARGE]) + "]+")
_FRACTION = re.compile(r"(\S+?)分之(\S+)")
_DIGITS_TIMES = re.compile(r"([0-9][0-9,]*(?:\.[0-9]+)?)\s*([十百千万萬亿億])")


def chinese_value(run: str) -> int:
    """三十 → 30, 一百二十 → 120, 萬 → 10000, 两亿五千万 → 250,000,000 (a bare unit counts one)."""
    total, wan, section, digit = 0, 0, 0, None
    for ch in run:
        if ch in DIGITS:
            digit = DIGITS[ch] if digit is None else digit * 10 + DIGITS[ch]
            continue
        if ch in SMALL:
            section += (1 if digit is None else digit) * SMALL[ch]
        elif LARGE[ch] == 10_000:
            wan = (section + (digit or 0) or 1) * 10_000
            section = 0
        else:
            total = (total + wan + section + (digit or 0) or 1) * LARGE[ch]
            wan = section = 0
        digit = None
    return total + wan + section + (digit or 0)


_FULL_WIDTH_DIGITS = str.maketrans({chr(0xFF10 + d): str(d) for d in range(10)} | {"，": ",", "．": "."})


def states_multiplied(words: str) -> bool:
    """Digits followed by a Chinese multiplier (160萬, 1.5亿): the number is their product."""
    return _DIGITS_TIMES.search(words.translate(_FULL_WIDTH_DIGITS)) is not None


def stated_value(words: str) -> float | None:
    """The number the words state, or None when they state none (or it cannot be read)."""
    words = words.translate(_FULL_WIDTH_DIGITS)  # １６０萬片 is 160萬片
    if m := _DIGITS_TIMES.search(words):  # 160萬 → 1,600,000; 1.5亿 → 150,000,000
        return float(m.group(1).replace(",", "")) * {**SMALL, **LARGE}[m.group(2)]
    if (m := _FRACTION.search(words)) and (a := _RUN.search(m.group(1))) and (b := _RUN.match(m.group(2))):
        whole = chinese_value(a.group())
        return chinese_value(b.group()) / whole if whole else None
    run = _RUN.search(words)
    return float(chinese_value(run.group())) if run else None
