"""The roadmap ledger's statuses against the build date. Pure: data gives the outcome, this says
whether it can stand on a given day, and which status the reader sees."""
from __future__ import annotations

import datetime as dt

from gen.dates import DateSpan
from gen.site.clock import window_status as forecast_status

STATUSES = ("not_yet_due", "due", "kept", "kept_late", "missed", "moved", "unknown")
OPEN = ("not_yet_due", "due")  # no outcome yet: which of the two is the clock's to say
NEEDS_EVIDENCE = ("due", "kept", "kept_late", "missed", "moved")
CLOCK = {"pending": "not_yet_due", "due": "due"}


def shown_status(status: str, about: DateSpan, today: dt.date) -> str:
    """The status a reader sees: an open forecast's is derived from its window and today."""
    if status in OPEN:
        return CLOCK.get(forecast_status(about, today), status)
    return status


def contradiction(status: str, about: DateSpan, new_date: DateSpan | None, today: dt.date) -> tuple[str, str] | None:
    """(what is wrong, how to fix) when the recorded status cannot be true on `today`, else None."""
    clock = forecast_status(about, today)
    day = today.isoformat()
    if status == "not_yet_due" and clock != "pending":
        return (f"status not_yet_due, but the window {about.text} has begun by the build date {day}",
                "record due, or the outcome (kept, kept_late, missed, moved) with evidence, or unknown")
    if status == "due" and clock == "pending":
        return (f"status due, but the window {about.text} has not begun by the build date {day}",
                "record not_yet_due")
    if status == "due" and clock == "overdue":
        return (f"status due, but the window {about.text} ended before the build date {day}",
                "record the outcome (kept, kept_late, missed, moved) with evidence, or unknown and what is missing")
    if status in ("missed", "kept_late") and clock != "overdue":
        return (f"status {status}, but the window {about.text} has not ended by the build date {day}",
                "use kept, due or moved until the window has passed")
    if status == "moved" and new_date is not None and forecast_status(new_date, today) == "overdue":
        return (f"status moved, but the new date {new_date.text} has passed by the build date {day}",
                "record what happened by the new date: kept_late, missed, moved again, or unknown")
    return None
