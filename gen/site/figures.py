"""A figure's metric, unit and amount in the page's language, from data/figures.yaml.

One notation per kind of figure, on every page: a ratio is '1.7×' (Chinese '1.7倍'), an increase
over another system is '+107%', a share is a percentage ('25%'). English pages print the number;
Chinese pages print the source's own words (stated_as) in Simplified script where there are any.
"""
from __future__ import annotations

from gen.load import Dataset
from gen.site.i18n import Catalogue, format_number

TIGHT_UNITS = ("%", "x")  # written against the number: 50%, 1.7×
SHARE = "share"           # a fraction of one, printed as a percentage


def metric_label(ds: Dataset, metric: str, cat: Catalogue) -> str:
    return cat.pick(ds.figure_labels.metrics[metric])


def unit_label(ds: Dataset, unit: str, cat: Catalogue) -> str:
    return cat.pick(ds.figure_labels.units[unit])


def quantity(number: str, unit: str) -> str:
    """A number with its unit label: '1,229 chips', '50%', '1.7×'; '1229颗', '1.7倍', '300 PFLOPS'
    (a label in a script written without spaces, such as Chinese, attaches to the number)."""
    tight = unit in ("%", "×") or not unit[:1].isascii()
    return f"{number}{unit}" if tight else f"{number} {unit}"


def number_amount(ds: Dataset, value: float, unit: str, cat: Catalogue, increase: bool = False) -> str:
    """A value in the site's notation: shares as percentages, increases signed (+107%)."""
    if unit == SHARE:
        value, unit = round(value * 100, 6), "%"
    text = quantity(format_number(value, cat), unit_label(ds, unit, cat))
    return f"+{text}" if increase and value > 0 else text


# Full-width digits and separators as printed in some sources (１６０萬片) read as ASCII on the page.
_FULL_WIDTH = str.maketrans({chr(0xFF10 + d): str(d) for d in range(10)} | {"，": ",", "．": "."})


def ascii_digits(text: str) -> str:
    """Words with their full-width digits (and the separators between them) written as ASCII."""
    return text.translate(_FULL_WIDTH) if any("０" <= ch <= "９" for ch in text) else text


def amount(ds: Dataset, fig, cat: Catalogue) -> str:
    """A figure's value as the page prints it. Words quoted from the source (stated_as, e.g. 三十多年)
    already carry their Chinese measure word, so the Chinese page shows them without the unit; the
    English page prints the number (no Chinese words in an English table)."""
    if fig.stated_as and cat["figure.quote_words"] == "yes":  # a catalogue column: languages are data
        return ascii_digits(cat.words(fig.stated_as))
    return number_amount(ds, fig.value, fig.unit, cat, increase=fig.unit == "%" and fig.relative_to is not None)
