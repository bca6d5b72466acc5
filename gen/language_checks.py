"""Rules on languages: each excerpt has the renderings its pages need; each source language has a label."""
from __future__ import annotations

from gen.langtags import needs_translation, written_languages
from gen.load import Dataset
from gen.problems import Problems


def check_renderings(ds: Dataset, problems: Problems) -> None:
    """Every site language other than the source's needs our translation; the source's own needs none."""
    languages = written_languages(ds.root)
    for cid, claim in ds.claims.items():
        for i, ex in enumerate(claim.excerpts):
            src = ds.sources.get(ex.source)
            if src is None:
                continue  # unknown source: reported elsewhere
            for code, tag in languages:
                given = getattr(ex, code, None)
                if needs_translation(src.language, tag) and given is None:
                    ds.error(problems, "claim", cid, ("excerpts", i),
                             f"excerpt has no '{code}' rendering, and its source {ex.source} is in {src.language}",
                             f"add '{code}:' with our faithful translation of the excerpt into {tag}")
                elif not needs_translation(src.language, tag) and given is not None:
                    ds.error(problems, "claim", cid, ("excerpts", i, code),
                             f"excerpt translated into its own language ('{code}', source in {src.language})",
                             f"remove '{code}': the excerpt is shown as archived to {tag} readers")


def check_language_labels(ds: Dataset, problems: Problems) -> None:
    """Source pages name the source's language: data/ui.yaml needs `language.<tag>` for each."""
    for sid, src in ds.sources.items():
        if ds.ui and f"language.{src.language}" not in ds.ui:
            ds.error(problems, "source", sid, ("language",), f"language '{src.language}' has no label",
                     f"add 'language.{src.language}: {{…}}' to data/ui.yaml, with a text for every site language")
