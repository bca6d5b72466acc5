"""`check` on hostile input (tracker issue 12, items 4–8): messages, never a traceback, nothing raw."""
from __future__ import annotations

import datetime as dt
import os
import stat
import sys
import types
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from gen import models
from gen.numerals import stated_value
from gen.problems import Problem, printable
from gen.site import search_dict
from gen.site.i18n import Catalogue
from test_check_rules import project, run


def test_control_characters_in_ids_are_escaped_in_messages(tmp_path, capsys):
    root = project(tmp_path)
    (root / "data" / "claims" / "broken.yaml").write_text(
        '- id: "fx\\e]8;;https://example.org\\e\\\\\\e[31mred\\u202e"\n  kind: "spec"\n', encoding="utf-8")
    code, lines = run(root, capsys)
    assert code == 1
    text = "\n".join(lines)
    assert "\x1b" not in text and "\u202e" not in text
    assert "fx\\x1b]8;;https://example.org\\x1b\\\\x1b[31mred\\u202e" in text


def test_printable_keeps_chinese_and_escapes_controls():
    assert printable("昇腾 910C，1.7倍") == "昇腾 910C，1.7倍"
    assert printable("a\x00b\x7fc\u2066") == "a\\x00b\\x7fc\\u2066"
    assert "\x1b" not in str(Problem("error", "a.yaml", 1, "x\x1b[2J", "what\x07", "fix"))


def test_placeholders_are_filled_by_name_only():
    ui = {"k": models.UiString(en="on {date.__class__.__mro__}", zh="{date}"),
          "ok": models.UiString(en="on {date}, {{literal}}", zh="{date}")}
    cat = Catalogue(ui, "en")
    with pytest.raises(KeyError):
        cat.fmt("k", date=dt.date(2025, 7, 1))
    assert cat.fmt("ok", date="1 July") == "on 1 July, {literal}"


@pytest.mark.parametrize("words, value", [("三十多年", 30), ("萬卡", 10_000), ("上百家", 100),
                                          ("數千種", 1000), ("五分之一", 0.2), ("第三屆", 3), ("两亿五千万", 250_000_000),
                                          ("一百二十", 120), ("十二", 12)])
def test_stated_words_read_as_numbers(words, value):
    assert stated_value(words) == pytest.approx(value)


def test_words_without_a_number():
    assert stated_value("共有") is None


def test_jieba_dictionary_ignores_a_planted_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(search_dict, "user_dict_text", lambda: "昇腾 100000 n\n")
    if hasattr(os, "getuid"):  # someone else's (here: open to all) folder under our usual name
        planted = tmp_path / f"claimline-{os.getuid()}"
        planted.mkdir()
        planted.chmod(0o777)
    path = Path(search_dict.write_user_dict(tmp_path))
    assert path.read_text(encoding="utf-8") == "昇腾 100000 n\n"
    assert path.parent != tmp_path and not path.parent.stat().st_mode & 0o077
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # written atomically: no temp file left
    assert Path(search_dict.write_user_dict(tmp_path)) == path


def test_jieba_dictionary_replaces_a_planted_file(tmp_path, monkeypatch):
    monkeypatch.setattr(search_dict, "user_dict_text", lambda: "昇腾 100000 n\n")
    first = Path(search_dict.write_user_dict(tmp_path))
    first.write_text("evil 1 n\n", encoding="utf-8")
    assert Path(search_dict.write_user_dict(tmp_path)).read_text(encoding="utf-8") == "昇腾 100000 n\n"
    assert stat.S_IMODE(first.parent.stat().st_mode) & 0o077 == 0


def test_serve_keeps_the_last_good_site_while_the_data_is_broken():
    from gen import hooks

    def broken_build():
        error = Abort("the data has 1 error(s)")
        error.claimline_data = True
        raise error

    server = hooks.on_serve(types.SimpleNamespace(builder=None), None, broken_build)
    server.builder()  # returns: MkDocs marks the (unchanged) site current instead of holding requests

    def other_failure():
        raise Abort("strict mode")
    server = hooks.on_serve(types.SimpleNamespace(builder=None), None, other_failure)
    with pytest.raises(Abort):
        server.builder()


def test_edited_gen_modules_are_loaded_anew(monkeypatch):
    import gen
    from gen import hooks
    import gen.site.i18n as before
    old_checked_data, old_globals = hooks.checked_data, dict(vars(hooks))
    monkeypatch.setattr(gen, "source_stamp", ("stale",))
    saved = {n: m for n, m in sys.modules.items() if n == "gen" or n.startswith("gen.")}
    try:
        hooks._reload_edited_gen()
        import gen.site.i18n as after
        assert after is not before
        assert hooks.checked_data is not old_checked_data
        assert hooks.checked_data is sys.modules["gen.validate"].checked_data
    finally:
        sys.modules.update(saved)
        vars(hooks).update(old_globals)


def test_missing_catalogue_fails_in_check(tmp_path, capsys):
    root = project(tmp_path)
    (root / "data" / "ui.yaml").unlink()
    code, lines = run(root, capsys)
    assert code == 1
    assert "data/ui.yaml:1: data/ui.yaml not found — add the interface strings (copy the project's)" in lines
