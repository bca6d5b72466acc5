"""Languages as data: BCP 47 tags ("en", "zh-Hans", "zh-Hant") and the site's languages from mkdocs.yml.

A reader's page needs, for each excerpt, the words as archived plus a rendering in the page's
language: nothing when the source is in that language and script, a script conversion when only
the script differs (zh-Hant on a zh-Hans page), and our translation when the language differs.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from gen.load import ROOT


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml may hold !!python/name and !ENV tags; the language list holds none, so they read as None."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


@lru_cache(maxsize=4)
def site_languages(root: Path = ROOT) -> tuple[tuple[str, str], ...]:
    """(code, BCP 47 tag) of each site language in mkdocs.yml extra.languages, e.g. ("zh", "zh-Hans").

    A project folder without its own mkdocs.yml (a test fixture) uses this project's."""
    config = root / "mkdocs.yml" if (root / "mkdocs.yml").exists() else ROOT / "mkdocs.yml"
    data = yaml.load(config.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    return tuple((lang["code"], lang.get("html") or lang["code"]) for lang in data["extra"]["languages"])


def page_tag(code: str, root: Path = ROOT) -> str:
    """The BCP 47 tag of the site language `code` ("zh" → "zh-Hans")."""
    return dict(site_languages(root)).get(code, code)


def primary(tag: str) -> str:
    return tag.split("-")[0]


def script(tag: str) -> str | None:
    return next((part for part in tag.split("-")[1:] if len(part) == 4), None)


def needs_translation(source_tag: str, page: str) -> bool:
    """A page in another language than the source's needs our translation of the excerpt."""
    return primary(source_tag) != primary(page)


def needs_script_conversion(source_tag: str, page: str) -> bool:
    """Same language, another script (or mixed scripts) than the page's: converted by rule, not translated."""
    return not needs_translation(source_tag, page) and script(page) is not None and script(source_tag) != script(page)
