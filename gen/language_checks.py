"""Rules on languages: each excerpt and each cited excerpt has the renderings its pages need; each source
language has a label."""
from __future__ import annotations

from gen.langtags import needs_translation, written_languages
from gen.load import Dataset
from gen.problems import Problems
from gen.script import text_tag

FORECAST = "forecastoutcome"  # how gen/load.py registers data/forecasts.yaml records


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
    check_citation_translations(ds, problems)


def check_citation_translations(ds: Dataset, problems: Problems) -> None:
    """A cited excerpt (assessment.external, ledger evidence) in another language than a written site
    language needs our translation into it; one into its own language is an error. Its language is
    told by its characters (gen.script.text_tag)."""
    languages = written_languages(ds.root)
    for cid, claim in ds.claims.items():
        for i, e in enumerate(claim.assessment.external if claim.assessment else ()):
            _check_citation(ds, problems, languages, e, ("claim", cid, ("assessment", "external", i)))
    for cid, record in ds.forecasts.items():
        for i, e in enumerate(record.evidence):
            _check_citation(ds, problems, languages, e, (FORECAST, cid, ("evidence", i)))


def _check_citation(ds: Dataset, problems: Problems, languages, e, where: tuple) -> None:
    kind, rid, loc = where
    tag = text_tag(e.excerpt, e.lang)
    for code, page in languages:
        given = getattr(e, code, None)
        if needs_translation(tag, page) and given is None:
            ds.error(problems, kind, rid, loc, f"cited excerpt is in {tag} and has no '{code}' translation",
                     f"add '{code}:' with our faithful translation of exactly that excerpt into {page}")
        elif not needs_translation(tag, page) and given is not None:
            ds.error(problems, kind, rid, loc + (code,),
                     f"cited excerpt translated into its own language ('{code}', excerpt in {tag})",
                     f"remove '{code}': {page} pages show the excerpt itself "
                     "(in their own script by rule where it differs)")


def check_language_labels(ds: Dataset, problems: Problems) -> None:
    """Source pages name the source's language: data/ui.yaml needs `language.<tag>` for each."""
    for sid, src in ds.sources.items():
        if ds.ui and f"language.{src.language}" not in ds.ui:
            ds.error(problems, "source", sid, ("language",), f"language '{src.language}' has no label",
                     f"add 'language.{src.language}: {{…}}' to data/ui.yaml, with a text for every site language")
