"""<time datetime> from a date's precision: a value only where it is honest (gen/site/timetags.py)."""
import re
from pathlib import Path

import pytest

from gen.site.i18n import Catalogue
from gen.site.timetags import date_parts, machine_date
from gen.validate import check

UI = check(Path(__file__).resolve().parents[1]).data.ui
EN, ZH = Catalogue(UI, "en"), Catalogue(UI, "zh")


def html(parts) -> str:
    return "".join(f'<time datetime="{p["datetime"]}">{p["text"]}</time>' if p["datetime"] else p["text"] for p in parts)


@pytest.mark.parametrize("point, value", [("2025-07-21", "2025-07-21"), ("2025-07", "2025-07"), ("2018", "2018"),
                                          ("2025-Q3", None)])
def test_machine_date_per_precision(point, value):
    assert machine_date(point) == value


@pytest.mark.parametrize("spec, en, zh", [
    ("2025-07-21", '<time datetime="2025-07-21">21 July 2025</time>', '<time datetime="2025-07-21">2025年7月21日</time>'),
    ("2025", '<time datetime="2025">2025</time>', '<time datetime="2025">2025年</time>'),
    ("2027-Q4", "Q4 2027", "2027年第四季度"),
    ("2025-07-26/..", 'on or after <time datetime="2025-07-26">26 July 2025</time>',
     '<time datetime="2025-07-26">2025年7月26日</time>或之后'),
    ("../2025-09", 'on or before <time datetime="2025-09">September 2025</time>',
     '<time datetime="2025-09">2025年9月</time>或之前'),
    ("2025-07-11/2025-07-20",
     'between <time datetime="2025-07-11">11 July 2025</time> and <time datetime="2025-07-20">20 July 2025</time>',
     '<time datetime="2025-07-11">2025年7月11日</time>至<time datetime="2025-07-20">2025年7月20日</time>之间'),
    ("2025-Q3/2025-10", 'between Q3 2025 and <time datetime="2025-10">October 2025</time>',
     '2025年第三季度至<time datetime="2025-10">2025年10月</time>之间'),
])
def test_date_parts_keep_the_words_and_date_each_bound(spec, en, zh):
    assert html(date_parts(spec, EN)) == en
    assert html(date_parts(spec, ZH)) == zh


def test_every_date_in_the_data_gets_valid_datetimes():
    ds = check(Path(__file__).resolve().parents[1]).data
    specs = [s.published for s in ds.sources.values()] + [e.date for e in ds.events.values()]
    specs += [d for c in ds.claims.values() for d in (c.said, c.about) if d]
    valid = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    for spec in specs:
        assert all(valid.match(p["datetime"]) for p in date_parts(spec, EN) if p["datetime"]), spec
