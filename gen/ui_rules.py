"""What data/ui.yaml must hold: every key the site prints, and only the placeholders the site fills.

The keys are those the templates and view models name literally (t['…'], cat["…"], .fmt("…")) and the
families they compose from data (kind.<kind>, verdict.<verdict>, …), so a missing key or an unknown
{placeholder} fails `check` with its line instead of the build with a traceback."""
from __future__ import annotations

import re
from functools import lru_cache
import string
import typing
from pathlib import Path

from gen import models
from gen.problems import Problems

GEN = Path(__file__).resolve().parent
# key → the names the site passes to Catalogue.fmt; read from the code (`.fmt("key", name=…)`), plus
# any key whose name the code composes. Every other key is printed as written.
PLACEHOLDERS = {
    "home.to_disagreements": {"n"}, "claims.total": {"n"}, "filter.count": {"shown", "total"},
    "date.after": {"date"}, "date.before": {"date"}, "date.between": {"start", "end"},
    "timeline.year_only": {"year"}, "figure.vs": {"system"}, "source.repaired_as": {"text"},
    "compare.ratio": {"ratio"}, "compare.bar_title": {"metric", "unit"},
    **{f"compare.bar_{k}": {"name", "amount"} for k in ("stated", "implied", "record")},  # key in a variable
    **{f"date.{k}": {"year", "month", "day", "month_name", "quarter", "quarter_name"}  # gen/site/i18n.py _point
       for k in ("day", "month", "quarter", "year")},
}
_LITERAL = re.compile(r"""(?:\bt\[|\bcat\[|\bui\[|\.fmt\()\s*["']([a-z0-9_]+(?:\.[a-z0-9_]+)*)["']\s*[\],)]"""
                      r"""|["'](nav\.[a-z0-9_]+)["']""")
_FIXED = ("404.title", "404.text", "404.home", "footer.copyright", "downloads.json", "downloads.csv",
          *(f"count.{k}" for k in ("claims", "sources", "actors", "systems", "events")),
          *(f"forecast.{k}" for k in ("pending", "due", "overdue")),
          *(f"filter.{k}" for k in ("actor", "systems", "sources", "kind")),
          *(f"timeline.{k}" for k in ("help_said", "help_about", "view_said", "view_about")),
          *(f"date.{k}" for k in ("day", "month", "quarter", "year")),
          *(f"month.{m}" for m in range(1, 13)), *(f"quarter.{q}" for q in range(1, 5)),
          *(f"precision.{k}" for k in ("day", "month", "quarter", "year", "range", "after", "before")))


_FMT_CALL = re.compile(r"""\.fmt\(\s*["']([a-z0-9_]+(?:\.[a-z0-9_]+)*)["']""")


def _call_names(text: str, start: int) -> set[str]:
    """The keyword names of the call whose arguments begin at text[start] (depth-1 `name=` only)."""
    names, depth, i = set(), 1, start
    while i < len(text) and depth:
        c = text[i]
        depth += c in "([{"
        depth -= c in ")]}"
        if depth == 1 and c == ",":
            m = re.match(r"\s*([A-Za-z_]\w*)\s*=(?!=)", text[i + 1:])
            if m:
                names.add(m.group(1))
        i += 1
    return names


@lru_cache(maxsize=1)
def placeholders() -> dict[str, set[str]]:
    """Every fmt key the code fills, with the names it passes (from the code and PLACEHOLDERS)."""
    found = {key: set(names) for key, names in PLACEHOLDERS.items()}
    for path in [*(GEN / "templates").glob("*.j2"), *(GEN / "site").glob("*.py"), GEN / "hooks.py"]:
        text = path.read_text(encoding="utf-8")
        for m in _FMT_CALL.finditer(text):
            found.setdefault(m.group(1), set()).update(_call_names(text, m.end()))
    return found


def _choices(model, name) -> tuple:
    return typing.get_args(model.model_fields[name].annotation)


def required_keys() -> set[str]:
    """Every catalogue key the site can ask for."""
    keys = set(_FIXED)
    for path in [*(GEN / "templates").glob("*.j2"), *(GEN / "site").glob("*.py"), GEN / "hooks.py"]:
        keys |= {a or b for a, b in _LITERAL.findall(path.read_text(encoding="utf-8"))}
    for family, values in (("kind", _choices(models.Claim, "kind")),
                           ("verdict", _choices(models.Assessment, "verdict")),
                           ("event", _choices(models.Event, "kind")), ("system", _choices(models.System, "kind")),
                           ("actor", _choices(models.Actor, "kind")),
                           ("gap", (*_choices(models.NonContent, "kind"), "image"))):
        keys |= {f"{family}.{v}" for v in values}
    return keys


def placeholder_problem(key: str, text: str) -> str | None:
    """What is wrong with the {placeholders} of one string, or None."""
    allowed = placeholders().get(key)
    if allowed is None:
        found = re.search(r"\{[^{}]*\}", text)
        return f"placeholder {found.group()} in a text that takes none" if found else None
    try:
        fields = [(name, conv, spec) for _, name, spec, conv in string.Formatter().parse(text) if name is not None]
    except ValueError:
        return "unbalanced { or } (write {{ or }} for a brace itself)"
    for name, conv, spec in fields:
        if conv or spec or name not in allowed:
            return f"unknown placeholder {{{name}{'!' + conv if conv else ''}{':' + spec if spec else ''}}}" \
                   f" (this text takes {', '.join('{' + a + '}' for a in sorted(allowed))})"
    return None


# Catalogue entries that are settings of a language, not text: each must match its pattern.
SETTINGS = {"number.group_from": (r"[0-9]{1,9}", "a whole number: group thousands from this size on"),
            "figure.quote_words": (r"yes|no", "yes (print a figure's own words from the source) or no")}


def check_ui(ui: dict, path: Path, line_of, problems: Problems, codes: tuple[str, ...]) -> None:
    """Report missing keys at the file's first line, and a missing or unknown language and placeholder
    mistakes at the key's line. `codes`: the site languages (mkdocs.yml extra.languages)."""
    example = ", ".join(f'{code}: "…"' for code in codes)
    for key in sorted(required_keys() - set(ui)):
        problems.error(path, 1, key, "missing key the site prints", f"add {key}: {{{example}}}")
    for key, value in ui.items():
        for code in [c for c in value.root if c not in codes]:
            problems.error(path, line_of(key, code), key, f"'{code}' is not a site language ({', '.join(codes)})",
                           "remove it, or add the language to mkdocs.yml extra.languages")
        for code in [c for c in codes if c not in value.root]:
            problems.error(path, line_of(key, None), key, f"no '{code}' text",
                           f"add {code}: \"…\" (`python -m gen catalogue {code}` drafts every missing one)")
        for code in [c for c in codes if c in value.root]:
            text = value[code]
            if key in SETTINGS and not re.fullmatch(SETTINGS[key][0], text):
                problems.error(path, line_of(key, code), key, f"{code}: {text!r} is not a valid setting",
                               f"write {SETTINGS[key][1]}")
            if (what := placeholder_problem(key, text)) is not None:
                problems.error(path, line_of(key, code), key, f"{code}: {what}",
                               "write only the placeholders the text takes, each as {name}")
