"""MkDocs hooks: the root build derives one full build per language from mkdocs.yml.

Root build (extra.lang unset): a language chooser and a bilingual 404 at the site root;
after it, each language in extra.languages is built from the same config file into
<site_dir>/<code>/ with its own theme language, search index and navigation.
Both builds run in `mkdocs build` and on every `mkdocs serve` rebuild.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # MkDocs loads hooks by path; make `gen` importable
    sys.path.insert(0, str(ROOT))

import jinja2  # noqa: E402
from mkdocs.exceptions import Abort  # noqa: E402

from gen.problems import DataError  # noqa: E402
from gen.site.csp import add_policy  # noqa: E402
from gen.site.render import restore_html, theme_text  # noqa: E402
from gen.site.languages import finish_languages, language_nav, start_languages  # noqa: E402
from gen.validate import checked_data  # noqa: E402


def on_config(config):
    lang = config.extra.get("lang")
    try:
        checked = checked_data()
    except DataError as exc:
        for problem in exc.problems.items:
            print(problem, file=sys.stderr)
        raise Abort(f"the data has {len(exc.problems.errors)} error(s) — run `python -m gen check`, fix them, "
                    "and build again; nothing was built") from None
    ui = checked.data.ui
    codes = [language["code"] for language in config.extra["languages"]]
    # The theme prints these without escaping: they are escaped here, as data always is.
    config.extra["ui404"] = {code: {k: theme_text(getattr(ui[f"404.{k}"], code)) for k in ("title", "text", "home")}
                             for code in codes}
    if lang:
        config.nav = [{theme_text(title): page} for item in language_nav(lang, ui) for title, page in item.items()]
        config.copyright = theme_text(getattr(ui["footer.copyright"], lang))
    return config


def on_page_content(html, page, config, files):
    blocks = config.extra.get("html_blocks", {}).get(page.file.src_uri)
    return restore_html(html, blocks) if blocks else html


_SERVING = "CLAIMLINE_SERVING"  # set by the root build under `mkdocs serve`; the language builds inherit it


def on_startup(command, dirty):
    if command == "serve":
        os.environ[_SERVING] = "1"


def _policy(html: str) -> str:
    # `mkdocs serve` adds an inline live-reload script to every page it serves; a policy would
    # block it. Published builds (`mkdocs build`, CI, previews) always carry the policy.
    return html if os.environ.get(_SERVING) else add_policy(html)


def on_post_page(output, page, config):
    return _policy(output)


def on_post_template(output_content, template_name, config):  # 404.html and sitemap.xml
    return _policy(output_content)


_STARTED: list = []  # language builds forked by the root build's on_env, joined in its on_post_build


def on_post_build(config):
    if config.extra.get("lang"):
        return
    started, _STARTED[:] = list(_STARTED), []
    finish_languages(config, started)


def on_build_error(error):
    for process, _ in _STARTED:
        process.join()
    _STARTED.clear()


class _MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled theme templates shared by the root and language builds of one process."""

    def __init__(self):
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        if bucket.key in self._store:
            bucket.bytecode_from_string(self._store[bucket.key])

    def dump_bytecode(self, bucket):
        self._store[bucket.key] = bucket.bytecode_to_string()


_TEMPLATE_CACHE = _MemoryBytecodeCache()


def on_env(env, config, files):
    env.bytecode_cache = _TEMPLATE_CACHE
    if not config.extra.get("lang") and not _STARTED:  # root build, its site folder now cleaned:
        _STARTED[:] = start_languages(config)  # the other languages build alongside it
    return env


def on_serve(server, config, builder):
    """`mkdocs serve` on another project's data (CLAIMLINE_PROJECT, benchmarks) watches that data too."""
    project = os.environ.get("CLAIMLINE_PROJECT")
    if project and (Path(project) / "data").is_dir():
        server.watch(str(Path(project) / "data"))
    return server
