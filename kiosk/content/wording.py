"""How the exhibition names itself beyond its texts: its dates, and the interface words it renames."""

from __future__ import annotations

import datetime as dt

import yaml

from .model import LABELS, Text
from .problems import child
from .reader import NULL, Reader


def read_labels(r: Reader, node: yaml.Node) -> tuple[tuple[str, Text], ...]:
    """`labels:`: the interface's words for the exhibition's parts, renamed per language.

    A label may leave languages out, the default one too: there the interface's own translation
    stays. It does not fall back to another language's label, as other texts do, since "Salles"
    on the English screen would be worse than "Panels".
    """
    m = r.mapping(node, "labels", LABELS, what="interface words")
    if m is None:
        return ()
    read = ((key, r.text(value, child("labels", key), partial=True)) for key, value in m.items())
    return tuple((key, text) for key, text in read if text is not None)


def read_dates(r: Reader, m: dict[str, yaml.Node]) -> tuple[dt.date | None, dt.date | None] | None:
    """An event's `date`, or an exhibition's run from `opens` to `closes`, as (first day, last day).

    (None, None) when the content gives none; None when what it gives cannot be used.
    """
    given: dict[str, yaml.Node] = {
        key: m[key] for key in ("date", "opens", "closes") if key in m and m[key].tag != NULL
    }
    days = {key: r.date(node, child("exhibition", key)) for key, node in given.items()}
    if any(day is None for day in days.values()):
        return None
    if "date" in days and len(days) > 1:
        other = "opens" if "opens" in days else "closes"
        message = "is given with date: date is a one-day event, opens and closes an exhibition's run"
        r.report(given[other], child("exhibition", other), message, "keep either date, or opens and closes")
        return None
    if "date" in days:
        return days["date"], days["date"]
    if len(days) == 1:
        (key,) = days
        other = "closes" if key == "opens" else "opens"
        day = "last" if other == "closes" else "first"
        r.report(given[key], child("exhibition", key), f"is given without {other}", f"add {other}: the {day} day")
        return None
    opens, closes = days.get("opens"), days.get("closes")
    if opens is not None and closes is not None and closes < opens:
        r.report(given["closes"], "exhibition.closes", f"{closes} is before opens {opens}", "swap the two dates")
        return None
    return opens, closes
