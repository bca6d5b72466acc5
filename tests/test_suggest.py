"""Help for the editor: nearest id, closest archive passage, other date notations."""
import pytest

from gen.dates import other_notation, parse_date
from gen.suggest import closest_passage, first_difference, nearest_id


def test_nearest_id_names_the_misspelt_one_and_nothing_far():
    assert nearest_id("eric-xuu", ["eric-xu", "jensen-huang"]) == "eric-xu"
    assert nearest_id("zzz", ["eric-xu", "jensen-huang"]) is None


def test_closest_passage_finds_the_window_and_the_first_difference():
    hay = "前文。新系統共有1,229顆芯片，舊型號則為1229顆。後文"
    a, b = closest_passage(hay, "新系統共有1,230顆芯片")
    assert hay[a:b] == "新系統共有1,229顆芯片"
    assert first_difference(hay[a:b], "新系統共有1,230顆芯片") == 8
    assert closest_passage("abc", "xyz") is None


@pytest.mark.parametrize(("text", "iso"), [("2025/9/18", "2025-09-18"), ("2025年9月18日", "2025-09-18"),
                                            ("2025.07", "2025-07"), ("2025年7月", "2025-07"), ("2025-9-1", "2025-09-01")])
def test_other_date_notations_get_their_iso_form(text, iso):
    assert other_notation(text) == iso
    with pytest.raises(ValueError, match=f'write "{iso}"'):
        parse_date(text)


@pytest.mark.parametrize("text", ["2025/2026", "2025-07-26/..", "../2025-09", "2025-Q3"])
def test_valid_specs_are_not_taken_for_other_notations(text):
    parse_date(text)


def test_full_width_digits_print_as_ascii():
    from gen.site.figures import ascii_digits
    assert ascii_digits("１６０萬片") == "160萬片" and ascii_digits("１，２００．５") == "1,200.5"
    assert ascii_digits("三十多年，") == "三十多年，"  # no digits: Chinese punctuation stays


def test_a_claims_file_that_cannot_be_read_raises_no_false_unused_source_warning(tmp_path, capsys):
    import shutil
    from pathlib import Path

    from gen.report import run_check
    shutil.copytree(Path(__file__).parent / "fixtures" / "valid", tmp_path / "p")
    with open(tmp_path / "p" / "data" / "claims" / "fixture.yaml", "a", encoding="utf-8") as f:
        f.write('- id: "x"\n  kind: [oops\n')
    assert run_check(tmp_path / "p") == 1
    out = capsys.readouterr().out
    assert "YAML syntax error" in out and "no claim cites this source" not in out
