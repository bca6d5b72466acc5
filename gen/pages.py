"""mkdocs-gen-files entry script: add every generated page of this build.

The only module that imports mkdocs_gen_files; everything it calls is plain functions
from data to text (gen.site.plan, gen.site.render, gen.site.fastpath). Pages are handed to MkDocs
in memory (File.generated) rather than through gen-files' temporary folder: no file is written
and read back, which was a tenth of each language build. A generated page's HTML is finished
here; MkDocs gets its front matter and skips Markdown for it (gen/site/fastpath.py)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # gen-files runs this file with runpy
    sys.path.insert(0, str(ROOT))

import mkdocs_gen_files  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from gen.site.fastpath import pack, page_html, split_front  # noqa: E402
from gen.site.i18n import Catalogue  # noqa: E402
from gen.site.plan import plan, root_plan  # noqa: E402
from gen.site.render import render  # noqa: E402
from gen.site.search_entries import entries  # noqa: E402
from gen.site.xref import xref  # noqa: E402
from gen.validate import checked_data  # noqa: E402

config = mkdocs_gen_files.config
editor = mkdocs_gen_files.FilesEditor.current()
lang = config.extra.get("lang")
ready = config.extra.setdefault("html_pages", {})  # finished HTML (packed), read back by gen/hooks.py (fastpath)
toc = config.mdx_configs.get("toc") or {}
checked = checked_data()
if lang:
    catalogue = Catalogue(checked.data.ui, lang, checked.data.glossary)
    config.extra["search_entries"] = entries(xref(checked), catalogue)
    pages = plan(checked, lang, config.site_url or "/")
else:  # the root build: the language chooser (and the 404 page, from the theme)
    catalogue, pages = None, root_plan(checked, config.site_name, config.extra["languages"])
for page in pages:
    text = render(page, catalogue, lang)
    if page.template:  # MkDocs reads the front matter only; the HTML is final (no Markdown pass)
        text, body = split_front(text)
        ready[page.path] = pack(*page_html(body, toc))
    editor._files[page.path] = File.generated(config, page.path, content=text)  # the editor's file map
    mkdocs_gen_files.set_edit_path(page.path, page.edit_path)
