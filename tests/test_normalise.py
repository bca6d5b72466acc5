"""Normalisation for matching: repairs, pinyin notes, width and white space, offsets back to the original."""
from __future__ import annotations

from pathlib import Path

import yaml

from gen.normalise import normalise, normalise_text

ROOT = Path(__file__).resolve().parent.parent


def original(text: str, span: tuple[int, int]) -> str:
    return text[span[0]:span[1]]


def test_pinyin_note_dropped_and_offsets_map_back():
    text = "某公司創(chuàng)始人李某表示"
    n = normalise(text)
    assert n.text == "某公司創始人李某表示"
    span = n.find("創始人")
    assert original(text, span) == "創(chuàng)始人"
    assert original(text, n.find("始人")) == "始人"
    assert original(text, n.find("公司創")) == "公司創(chuàng)"


def test_parentheses_that_are_not_pinyin_stay():
    assert normalise("華為(Huawei)與昇騰(ascend)").text == "華為(Huawei)與昇騰(ascend)"


def test_full_width_punctuation_and_digits_fold():
    assert normalise_text("１，２２９顆：“算力”「倍」（注）。") == '1,229顆:"算力""倍"(注).'
    assert normalise_text("Ａｓｃｅｎｄ　９１０Ｃ") == "Ascend 910C"


def test_white_space_runs_fold_to_one_space_and_ends_are_trimmed():
    text = "  first line\n\n   second\tline\u3000third  \n"
    n = normalise(text)
    assert n.text == "first line second line third"
    assert original(text, n.find("line second")) == "line\n\n   second"


def test_white_space_beside_chinese_is_dropped_so_hard_wraps_match():
    text = "  第一行\n\n   第二行\t\u3000第三行  \n新系統共有\n1,229顆芯片，昇騰 910B"
    n = normalise(text)
    assert n.text == "第一行第二行第三行新系統共有1,229顆芯片,昇騰910B"
    assert original(text, n.find("共有1,229顆")) == "共有\n1,229顆"
    assert normalise_text("昇騰 910B") == normalise_text("昇騰910B")


def test_repair_applies_and_maps_to_the_damaged_span():
    text = "公司正從參與者轉變?yōu)橐?guī)則制定者。"
    n = normalise(text, [("轉變?yōu)橐?guī)則", "轉變為規則")])
    assert "轉變為規則制定者" in n.text
    # a match touching repaired text highlights the whole damaged span it replaces
    assert original(text, n.find("規則制定者")) == "轉變?yōu)橐?guī)則制定者"
    assert original(text, n.find("轉變為規則")) == "轉變?yōu)橐?guī)則"


def test_overlapping_repairs_do_not_stop_later_edits():
    n = normalise("ABCDEF創(chuàng)始人", [("BCD", "x"), ("CDE", "y"), ("F", "f")])
    assert n.text == "AxEf創始人"


def test_repair_from_the_fixture_data():
    data = ROOT / "tests" / "fixtures" / "valid" / "data" / "sources"
    source = yaml.safe_load((data / "fixture-a.yaml").read_text(encoding="utf-8"))
    text = (data / "archive" / source["archive"]).read_text(encoding="utf-8")
    repairs = [(r["find"], r["replace"]) for r in source["repairs"]]
    n = normalise(text, repairs)
    assert repairs[0][0] not in n.text and "轉變為規則制定者" in n.text
    assert original(text, n.find("創始人李某")) == "創(chuàng)始人李某"


def test_find_all_and_empty_needle():
    n = normalise("算力，算力。")
    assert n.find_all("算力") == [(0, 2), (3, 5)]
    assert n.find_all("") == [] and n.find("") is None
