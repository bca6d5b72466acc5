"""The theme's navigation, rendered once per build for the pages outside it.

Material renders the whole navigation into every page. A page outside the navigation (a claim,
source, system or actor page: nearly all pages of a large site) has no active entry in it, so its
navigation differs from another's in the same folder in nothing (its links are relative to the
folder). docs/overrides/partials/nav.html calls `claimline_nav()`, which renders the theme's
own partials/nav.html as before and keeps the result for the next page in the same folder;
pages in the navigation (with an active entry) are rendered every time. Likewise the theme's
script configuration (block config: the same on every page with the same `base_url`) through
`claimline_once()`. The caches live on the build's template environment, so every build (and every
`mkdocs serve` rebuild) starts empty.

`warm` compiles the theme's templates in the root build before it forks the language builds, which
then load them from the shared bytecode cache instead of each compiling them again.
"""
from __future__ import annotations

from pathlib import Path

import jinja2
import jinja2.meta
from markupsafe import Markup

ORIGINAL = "theme-original"  # "theme-original/partials/nav.html": the theme's file, not the override


def _key(context) -> str | None:
    """The folder above the page ("claims/" for claims/x/): links from every page in it to the
    navigation's pages are the same, unless the page is in the navigation or above one of its pages."""
    page, nav = context.get("page"), context.get("nav")
    url = getattr(page, "url", None)
    if nav is None or not url or url == "404.html" or not url.endswith("/"):
        return None
    if any(getattr(item, "active", False) for item in nav.items):
        return None
    if any((other.url or "").startswith(url) for other in nav.pages):
        return None
    return url[:url.rstrip("/").rfind("/") + 1]


def install(env: jinja2.Environment) -> None:
    """Register claimline_nav() and make the theme's own templates reachable under ORIGINAL/."""
    theme_dirs = [p for p in env.loader.searchpath if Path(p).name == "templates"]  # after the overrides
    env.loader = jinja2.ChoiceLoader([jinja2.PrefixLoader({ORIGINAL: jinja2.FileSystemLoader(theme_dirs)}),
                                      env.loader])
    cache: dict[str, Markup] = {}

    @jinja2.pass_context
    def claimline_nav(context) -> Markup:
        key = _key(context)
        if key is not None and key in cache:
            return cache[key]
        html = Markup(env.get_template(f"{ORIGINAL}/partials/nav.html").render(context.get_all()))
        if key is not None:
            cache[key] = html
        return html

    env.globals["claimline_nav"] = claimline_nav
    parts: dict[tuple, Markup] = {}

    def claimline_once(name: str, key, render) -> Markup:
        """A block that depends on the page only through `key` (main.html: the theme's script
        configuration, through base_url): rendered once per key, `render` being its super()."""
        if (name, key) not in parts:
            parts[name, key] = Markup(render())
        return parts[name, key]

    env.globals["claimline_once"] = claimline_once


def warm(env: jinja2.Environment, languages: list[dict]) -> None:
    """Compile the theme's page and 404 templates, the original navigation, each language's theme
    strings, and every template they extend, include or import by a written name."""
    todo = ["main.html", "404.html", f"{ORIGINAL}/partials/nav.html",
            *(f"partials/languages/{lang.get('theme', lang['code'])}.html" for lang in languages)]
    seen = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            source = env.loader.get_source(env, name)[0]
        except jinja2.TemplateNotFound:
            continue
        env.get_template(name)
        todo += [n for n in jinja2.meta.find_referenced_templates(env.parse(source)) if n]
