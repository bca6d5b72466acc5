"""Hints for editors (printed by `python -m gen check`, not part of the build): a cited excerpt in
Latin script that reads as another language than English, with no `lang` to say so.

Language identification (py3langid) costs half a second to load, so it runs here, once a check has
passed, rather than in every build; tests/test_check_real.py keeps the real data free of hints."""
from __future__ import annotations

import re
from pathlib import Path

from gen.problems import Problems

CONFIDENT = 0.7  # normalised probability; the real data's Italian, Spanish, Portuguese excerpts: 0.78-0.999
_NOT_LATIN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _identifier():
    import py3langid.langid as langid
    return langid.LanguageIdentifier.from_modelpath(Path(langid.MODEL_DIR) / langid.MODEL_FILE, norm_probs=True)


def citation_language_hints(ds) -> Problems:
    hints, identify = Problems(ds.root), None
    for cid, claim in ds.claims.items():
        for i, e in enumerate(claim.assessment.external if claim.assessment else ()):
            if e.lang or _NOT_LATIN.search(e.excerpt):
                continue
            identify = identify or _identifier()
            code, probability = identify.classify(e.excerpt)
            if code != "en" and probability >= CONFIDENT:
                path, line = ds.locate("claim", cid, "assessment", "external", i)
                hints.warning(path, line, cid, f"cited excerpt reads as '{code}' (detected), not English",
                              f"add 'lang: {code}' and our translations ('en:', 'zh:'); or 'lang: en' if it is English")
    return hints
