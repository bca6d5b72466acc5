"""Words quoted from a published page, as a page of any language shows them."""
from __future__ import annotations

from gen.langtags import needs_script_conversion
from gen.script import text_tag
from gen.site.i18n import Catalogue


def quoted(text: str, cat: Catalogue) -> dict:
    """A citation's words as published, their language, and where only the script differs from the
    page's, our rendering in the page's script (labelled as ours)."""
    tag = text_tag(text)
    converted = cat.words(text) if needs_script_conversion(tag, cat.tag) else None
    return {"excerpt": text, "lang": tag, "converted": converted if converted != text else None,
            "converted_lang": cat.tag}
