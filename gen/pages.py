"""mkdocs-gen-files entry script: add every generated page of this build.

The only module that imports mkdocs_gen_files; everything it calls is plain functions
from data to text (gen.site.plan, gen.site.render). Pages are handed to MkDocs in memory
(File.generated) rather than through gen-files' temporary folder: no file is written and
read back, which was a tenth of each language build."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # gen-files runs this file with runpy
    sys.path.insert(0, str(ROOT))

import mkdocs_gen_files  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from gen.site.i18n import Catalogue  # noqa: E402
from gen.site.plan import plan, root_plan  # noqa: E402
from gen.site.render import render, stash_html  # noqa: E402
from gen.validate import checked_data  # noqa: E402

config = mkdocs_gen_files.config
editor = mkdocs_gen_files.FilesEditor.current()
lang = config.extra.get("lang")
stash = config.extra.setdefault("html_blocks", {})  # read back by gen/hooks.py on_page_content
checked = checked_data()
if lang:
    catalogue, pages = Catalogue(checked.data.ui, lang, checked.data.glossary), plan(checked, lang, config.site_url or "/")
else:  # the root build: the language chooser (and the 404 page, from the theme)
    catalogue, pages = None, root_plan(checked, config.site_name, config.extra["languages"])
for page in pages:
    text = render(page, catalogue, lang)
    if page.template:
        text, stash[page.path] = stash_html(text)
    editor._files[page.path] = File.generated(config, page.path, content=text)  # the editor's file map
    mkdocs_gen_files.set_edit_path(page.path, page.edit_path)
