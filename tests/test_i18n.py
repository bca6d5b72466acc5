"""Dates and numbers in the page's language."""
from pathlib import Path

import pytest

from gen.site.i18n import Catalogue, format_date, format_number
from gen.validate import check

UI = check(Path(__file__).resolve().parents[1]).data.ui
EN, ZH = Catalogue(UI, "en"), Catalogue(UI, "zh")


@pytest.mark.parametrize("spec, en, zh", [
    ("2025-07-21", "21 July 2025", "2025年7月21日"),
    ("2025-07", "July 2025", "2025年7月"),
    ("2027-Q4", "Q4 2027", "2027年第四季度"),
    ("2018", "2018", "2018年"),
    ("2025-07-26/..", "on or after 26 July 2025", "2025年7月26日或之后"),
    ("../2025-09", "on or before September 2025", "2025年9月或之前"),
    ("2025-07-11/2025-07-20", "between 11 July 2025 and 20 July 2025", "2025年7月11日至2025年7月20日之间"),
])
def test_dates(spec, en, zh):
    assert format_date(spec, EN) == en
    assert format_date(spec, ZH) == zh


@pytest.mark.parametrize("value, en, zh", [(1229, "1,229", "1229"), (1.7, "1.7", "1.7"), (300.0, "300", "300"),
                                           (12000, "12,000", "12,000")])
def test_numbers(value, en, zh):
    assert format_number(value, EN) == en
    assert format_number(value, ZH) == zh
