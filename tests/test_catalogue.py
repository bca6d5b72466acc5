"""The interface catalogue (data/ui.yaml) covers every key the site uses, in every language."""
import re
import typing
from pathlib import Path

from gen import models
from gen.validate import check

ROOT = Path(__file__).resolve().parents[1]
UI = check(ROOT).data.ui


def _choices(model, field):
    return typing.get_args(typing.get_args(model.model_fields[field].annotation)[0]) or \
        typing.get_args(model.model_fields[field].annotation)


def test_every_literal_key_in_templates_and_views_exists():
    used = set()
    for path in [*(ROOT / "gen" / "templates").glob("*.j2"), *(ROOT / "gen" / "site").glob("*.py")]:
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"t\['([a-z0-9_.]+)'\]", text))
        used |= set(re.findall(r"(?:cat|t)\.fmt\([\"']([a-z0-9_.]+)[\"']", text))
        used |= set(re.findall(r"cat\[\"([a-z0-9_.]+)\"\]", text))
    assert used, "no keys found: the pattern no longer matches the templates"
    assert sorted(used - set(UI)) == []


def test_every_enumerated_value_has_a_label():
    families = {
        "kind": typing.get_args(models.Claim.model_fields["kind"].annotation),
        "verdict": typing.get_args(models.Assessment.model_fields["verdict"].annotation),
        "event": typing.get_args(models.Event.model_fields["kind"].annotation),
        "system": typing.get_args(models.System.model_fields["kind"].annotation),
        "actor": typing.get_args(models.Actor.model_fields["kind"].annotation),
        "gap": typing.get_args(models.NonContent.model_fields["kind"].annotation) + ("image",),
        "precision": ("day", "month", "quarter", "year", "range", "after", "before"),
        "forecast": ("pending", "due", "open", "overdue", "past"),
        "rating": tuple(f"verdict_{v}" for v in typing.get_args(models.Assessment.model_fields["verdict"].annotation))
        + tuple(f"{k}_{s}" for k in ("forecast", "reason_forecast") for s in ("pending", "due", "open", "overdue", "past")),
        "filter": ("actor", "systems", "sources", "kind"),
        "timeline": ("help_said", "help_about", "view_said", "view_about"),
        "footer": ("copyright",),
    }
    missing = [f"{family}.{value}" for family, values in families.items() for value in values
               if f"{family}.{value}" not in UI]
    assert missing == []


def test_every_language_has_the_same_placeholders():
    for key, value in UI.items():
        assert len({frozenset(re.findall(r"\{(\w+)\}", text)) for text in value.root.values()}) == 1, key
