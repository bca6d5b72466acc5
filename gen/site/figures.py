"""A figure's metric, unit and amount in the page's language, from data/figures.yaml."""
from __future__ import annotations

from gen.load import Dataset
from gen.site.i18n import Catalogue, format_number

TIGHT_UNITS = ("%", "x")  # written against the number: 50%, 1.7x


def metric_label(ds: Dataset, metric: str, cat: Catalogue) -> str:
    return cat.pick(ds.figure_labels.metrics[metric])


def unit_label(ds: Dataset, unit: str, cat: Catalogue) -> str:
    return cat.pick(ds.figure_labels.units[unit])


def quantity(number: str, unit: str, lang: str) -> str:
    """A number with its unit label: '1,229 chips', '50%', '1.7x'; in Chinese '1229颗', '1.7倍', '300 PFLOPS'."""
    tight = unit in TIGHT_UNITS or (lang == "zh" and not unit[:1].isascii())
    return f"{number}{unit}" if tight else f"{number} {unit}"


def amount(ds: Dataset, fig, cat: Catalogue, simplify=None) -> str:
    """A figure's value as the page prints it. Words quoted from the source (stated_as, e.g. 三十多年)
    already carry their Chinese measure word, so the Chinese page shows them without the unit."""
    unit = unit_label(ds, fig.unit, cat)
    if fig.stated_as:
        if cat.lang == "zh":
            return simplify(fig.stated_as) if simplify else fig.stated_as
        return f"{fig.stated_as} {unit}"
    return quantity(format_number(fig.value, cat.lang), unit, cat.lang)
