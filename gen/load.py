"""Load data/ into a Dataset of validated records, collecting every problem on the way."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from gen import models
from gen.archive import load_archives
from gen.explain import explain_all
from gen.normalise import Normalised
from gen.problems import Problems
from gen.langtags import languages, site_languages
from gen.ui_rules import check_ui
from gen.yamlio import YamlDoc, read_yaml

ROOT = Path(__file__).resolve().parent.parent
COLLECTIONS = {  # file or folder under data/ → model, one record or a list
    "actors.yaml": models.Actor,
    "systems.yaml": models.System,
    "events.yaml": models.Event,
    "comparisons.yaml": models.Comparison,
    "glossary.yaml": models.Term,
    "forecasts.yaml": models.ForecastOutcome,  # the roadmap ledger, keyed by claim
    "publishers.yaml": models.Publisher,
    "crosschecks.yaml": models.CrossCheck,
    "lanes.yaml": models.Lane,
}


@dataclass
class Dataset:
    root: Path
    sources: dict[str, models.Source] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    normalised: dict[str, Normalised] = field(default_factory=dict)
    actors: dict[str, models.Actor] = field(default_factory=dict)
    systems: dict[str, models.System] = field(default_factory=dict)
    claims: dict[str, models.Claim] = field(default_factory=dict)
    events: dict[str, models.Event] = field(default_factory=dict)
    comparisons: dict[str, models.Comparison] = field(default_factory=dict)
    crosschecks: dict[str, models.CrossCheck] = field(default_factory=dict)
    lanes: dict[str, models.Lane] = field(default_factory=dict)  # drawn timeline lanes, in order
    glossary: list[models.Term] = field(default_factory=list)
    forecasts: dict[str, models.ForecastOutcome] = field(default_factory=dict)  # by claim id
    publishers: list[models.Publisher] = field(default_factory=list)
    publisher_lines: dict[str, tuple[Path, int]] = field(default_factory=dict)  # host → where registered
    ui: dict[str, models.UiString] = field(default_factory=dict)
    figure_labels: models.FigureLabels | None = None  # None: no data/figures.yaml
    where: dict[tuple[str, str], tuple[YamlDoc, tuple]] = field(default_factory=dict)
    invalid: set[str] = field(default_factory=set)  # ids of records present but failing validation

    def locate(self, kind: str, rid: str, *loc) -> tuple[Path, int]:
        doc, base = self.where[(kind, rid)]
        return doc.path, doc.line(base + tuple(loc))

    def error(self, problems: Problems, kind: str, rid: str, loc: tuple, what: str, fix: str) -> None:
        """Report a problem at the line of field `loc` in record `rid` (looked up only now)."""
        path, line = self.locate(kind, rid, *loc)
        problems.error(path, line, rid, what, fix)


def _records(doc: YamlDoc, model: type[BaseModel], problems: Problems, many: bool, invalid: set[str]):
    items = doc.data if many else [doc.data]
    if doc.data is None:
        problems.error(doc.path, 1, None, "file holds no records", "add records, or delete the file")
        return
    if many and not isinstance(items, list):
        problems.error(doc.path, doc.line(()), None, "expected a list of records", "start each record with '- id: …'")
        return
    for i, item in enumerate(items):
        base = (i,) if many else ()
        rid = item.get("id") if isinstance(item, dict) else None
        rid = rid if isinstance(rid, str) else None
        if not isinstance(item, dict):
            problems.error(doc.path, doc.line(base), rid, "expected a record (a mapping of fields)",
                           "write 'field: value' lines")
            continue
        try:
            yield model.model_validate(item), base
        except ValidationError as exc:
            if rid:
                invalid.add(rid)
            for loc, what, fix in explain_all(exc):
                problems.error(doc.path, doc.line(base + loc), rid, what, fix)


def _register(ds: Dataset, kind: str, target: dict, record, doc: YamlDoc, base: tuple, problems: Problems):
    if record.id in target:
        first, line = ds.locate(kind, record.id)
        problems.error(doc.path, doc.line(base), record.id,
                       f"duplicate {kind} id (first defined at {problems.rel(first)}:{line})",
                       "give each record its own id")
        return
    target[record.id] = record
    ds.where[(kind, record.id)] = (doc, base)


def _register_publisher(ds: Dataset, record, doc: YamlDoc, base: tuple, problems: Problems) -> None:
    if record.host in ds.publisher_lines:
        first, line = ds.publisher_lines[record.host]
        problems.error(doc.path, doc.line(base), record.host,
                       f"host registered twice (first at {problems.rel(first)}:{line})", "keep one entry per host")
        return
    ds.publishers.append(record)
    ds.publisher_lines[record.host] = (doc.path, doc.line(base))


def _check_forms(term, doc: YamlDoc, base: tuple, problems: Problems, root: Path) -> None:
    """A glossary `forms` key names a site language whose prose is converted from another's."""
    converted = [lang.code for lang in languages(root) if lang.text != lang.code]
    for code in term.forms:
        if code not in converted:
            problems.error(doc.path, doc.line((*base, "forms", code)), term.zh,
                           f"forms for '{code}', which is not a converted site language "
                           f"({', '.join(converted) or 'none'})",
                           "use the code of a language in mkdocs.yml extra.languages that has `text` and `prose`")


def load(root: Path = ROOT, problems: Problems | None = None) -> tuple[Dataset, Problems]:
    data = root / "data"
    problems = problems or Problems(root)
    ds = Dataset(root)
    if not data.is_dir():
        problems.error(data, 1, None, "no data/ folder here", "run in the project folder, or pass --root PROJECT")
        return ds, problems
    for path in _files(data / "sources"):
        if (doc := read_yaml(path, problems)) is not None:
            for rec, base in _records(doc, models.Source, problems, False, ds.invalid):
                _register(ds, "source", ds.sources, rec, doc, base, problems)
    for name, model in COLLECTIONS.items():
        if ((path := data / name).exists() or path.is_symlink()) and (doc := read_yaml(path, problems)) is not None:
            for rec, base in _records(doc, model, problems, True, ds.invalid):
                if model is models.Term:
                    _check_forms(rec, doc, base, problems, root)
                    ds.glossary.append(rec)
                elif model is models.Publisher:
                    _register_publisher(ds, rec, doc, base, problems)
                else:
                    _register(ds, model.__name__.lower(), getattr(ds, name.removesuffix(".yaml")),
                              rec, doc, base, problems)
    for path in _files(data / "claims"):
        if (doc := read_yaml(path, problems)) is not None:
            for rec, base in _records(doc, models.Claim, problems, True, ds.invalid):
                _register(ds, "claim", ds.claims, rec, doc, base, problems)
    _load_ui(ds, data / "ui.yaml", problems)
    _load_figure_labels(ds, data / "figures.yaml", problems)
    load_archives(ds, problems)
    return ds, problems


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file() or p.is_symlink())  # links: refused


def _load_ui(ds: Dataset, path: Path, problems: Problems) -> None:
    if not path.exists() and not path.is_symlink():
        problems.error(path, 1, None, "data/ui.yaml not found", "add the interface strings (copy the project's)")
        return
    if (doc := read_yaml(path, problems)) is None:
        return
    if not isinstance(doc.data, dict):
        problems.error(path, 1, None, "expected a mapping of key: {language: text}", "see data/ui.yaml's first entries")
        return
    for key, value in doc.data.items():
        try:
            ds.ui[key] = models.UiString.model_validate(value)
        except ValidationError as exc:
            for loc, what, fix in explain_all(exc):
                problems.error(path, doc.line((key, *loc)), key, what, fix)
    codes = tuple(code for code, _ in site_languages(ds.root))
    check_ui(ds.ui, path, lambda key, lang: doc.line((key, lang) if lang else (key,)), problems, codes)


def _load_figure_labels(ds: Dataset, path: Path, problems: Problems) -> None:
    if not path.exists() or (doc := read_yaml(path, problems)) is None:
        return
    try:
        ds.figure_labels = models.FigureLabels.model_validate(doc.data)
    except ValidationError as exc:
        for loc, what, fix in explain_all(exc):
            problems.error(path, doc.line(loc), None, what, fix)
        # Keep the keys that are there, unchecked (a section that is not a mapping: None), so figures
        # are not also reported as unlabelled; the build never renders from data with errors.
        raw = doc.data if isinstance(doc.data, dict) else {}
        ds.figure_labels = models.FigureLabels.model_construct(
            **{k: raw[k] if isinstance(raw.get(k), dict) else None for k in ("metrics", "units")})

