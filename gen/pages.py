"""mkdocs-gen-files entry script: write every generated page of this build.

The only module that imports mkdocs_gen_files; everything it calls is plain functions
from data to text (gen.site.plan, gen.site.render)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # gen-files runs this file with runpy
    sys.path.insert(0, str(ROOT))

import mkdocs_gen_files  # noqa: E402

from gen.site.i18n import Catalogue  # noqa: E402
from gen.site.plan import plan  # noqa: E402
from gen.site.render import render, stash_html  # noqa: E402
from gen.validate import checked_data  # noqa: E402

config = mkdocs_gen_files.config
lang = config.extra.get("lang")
stash = config.extra.setdefault("html_blocks", {})  # read back by gen/hooks.py on_page_content
if lang:  # the root build has only hand-written pages (docs/root)
    checked = checked_data()
    catalogue = Catalogue(checked.data.ui, lang)
    for page in plan(checked, lang, config.site_url or "/"):
        text = render(page, catalogue, lang)
        if page.template:
            text, stash[page.path] = stash_html(text)
        with mkdocs_gen_files.open(page.path, "w", encoding="utf-8") as out:
            out.write(text)
        if page.edit_path:
            mkdocs_gen_files.set_edit_path(page.path, page.edit_path)
