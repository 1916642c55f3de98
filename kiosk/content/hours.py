"""Reading `settings.hours`: opening hours per weekday, closed dates, and what to show outside them."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import yaml

from .model import Hours, Outside, Span
from .problems import child, shown
from .reader import BOOL, NULL, Reader

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
HOURS_KEYS = (*WEEKDAYS, "daily", "closed", "outside", "wake_on_touch")
TIME = re.compile(r"^([0-9]{1,2}):([0-9]{2})$")
# A hyphen or the en dash a word processor puts between two times; spaces around it are fine.
DASH = re.compile(r"\s*[-–]\s*")
DAY_HINT = 'write closed, or the opening and closing times such as "10:00-18:00"'
MIDNIGHT_HINT = (
    "write the opening time first; to stay open past midnight, close at 24:00 and open the next day at 00:00"
)


def read_hours(r: Reader, node: yaml.Node, path: str = "settings.hours") -> Hours | None:
    """The opening hours, or None (with located problems) when they cannot be used."""
    reported = len(r.problems)
    m = r.mapping(node, path, HOURS_KEYS)
    if m is None:
        return None
    days = {key: _day(r, m[key], child(path, key)) for key in (*WEEKDAYS, "daily") if key in m}
    closed = _dates(r, m["closed"], child(path, "closed")) if "closed" in m else frozenset()
    outside = r.choice(m["outside"], child(path, "outside"), Outside) if "outside" in m else Outside.CLOSED_CARD
    wake = _flag(r, m["wake_on_touch"], child(path, "wake_on_touch")) if "wake_on_touch" in m else True
    read = {key: spans for key, spans in days.items() if spans is not None}
    if len(read) < len(days) or closed is None or outside is None or wake is None:
        return None
    # A day not named is closed, unless `daily` gives the hours of every day not named.
    week = tuple(read.get(day, read.get("daily", ())) for day in WEEKDAYS)
    if not any(week):
        if len(r.problems) > reported:
            return None  # a misspelt day, say: that is the problem to tell, not its consequence
        r.report(
            node,
            path,
            "no day has opening hours",
            'give at least one day hours such as "10:00-18:00", or remove settings.hours to stay on all day',
        )
        return None
    return Hours(week, closed, outside, wake)


def _day(r: Reader, node: yaml.Node, path: str) -> tuple[Span, ...] | None:
    """One day's spans: `closed`, "10:00-18:00", "10:00-13:00, 14:00-18:00", or a list of spans."""
    if isinstance(node, yaml.ScalarNode) and node.tag == BOOL:
        read_as = str(yaml.constructor.SafeConstructor.bool_values.get(node.value.lower(), "true or false"))
        r.report(node, path, f"'{shown(node.value)}' is read as {read_as.lower()}, not as opening hours", DAY_HINT)
        return None
    if isinstance(node, yaml.ScalarNode) and node.tag == NULL:
        r.report(node, path, "is empty", DAY_HINT)
        return None
    if isinstance(node, yaml.SequenceNode) and node.value:
        items = [(item, child(path, i)) for i, item in enumerate(node.value)]
    elif isinstance(node, yaml.ScalarNode):
        # An unquoted 10:00 is YAML's number 600 (base 60): its written form is what counts here.
        text = node.value.strip()
        if text.lower() == "closed":
            return ()
        items = [(node, path)] if text else []
    else:
        items = []
    if not items:
        kind = "a mapping" if isinstance(node, yaml.MappingNode) else "empty"
        r.report(node, path, f"is {kind}, not opening hours", DAY_HINT)
        return None
    spans: list[Span] = []
    for item, where in items:
        if not isinstance(item, yaml.ScalarNode) or item.tag in (BOOL, NULL):
            r.report(item, where, "is not opening hours", DAY_HINT)
            return None
        for part in item.value.split(","):
            span = _span(r, item, where, part.strip())
            if span is None:
                return None
            spans.append(span)
    spans.sort(key=lambda s: s.start)
    for before, after in itertools.pairwise(spans):
        if after.start < before.end:
            r.report(
                node,
                path,
                f"{_written(after)} overlaps {_written(before)}",
                f"write them as one span, {_written(Span(before.start, max(before.end, after.end)))}",
            )
            return None
    return tuple(spans)


def _span(r: Reader, node: yaml.Node, path: str, text: str) -> Span | None:
    times = DASH.split(text)
    if len(times) != 2 or not all(times):
        r.report(node, path, f"'{shown(text)}' is not opening hours", DAY_HINT)
        return None
    start, end = (_minutes(t) for t in times)
    if start is None or end is None:
        wrong = times[0] if start is None else times[1]
        r.report(node, path, f"'{shown(wrong)}' is not a time of day", "write hours and minutes from 00:00 to 24:00")
        return None
    if end <= start:
        when = "when" if end == start else "before"
        r.report(node, path, f"'{shown(text)}' closes {when} it opens", MIDNIGHT_HINT)
        return None
    return Span(start, end)


def _minutes(text: str) -> int | None:
    match = TIME.match(text)
    if match is None:
        return None
    hours, minutes = int(match[1]), int(match[2])
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        return None
    return hours * 60 + minutes


def _written(span: Span) -> str:
    return f"{span.start // 60:02}:{span.start % 60:02}-{span.end // 60:02}:{span.end % 60:02}"


def _dates(r: Reader, node: yaml.Node, path: str) -> frozenset[dt.date] | None:
    """Dates the kiosk stays closed all day: a list, or one date on its own."""
    if isinstance(node, yaml.ScalarNode) and node.tag == NULL:
        return frozenset()
    if isinstance(node, yaml.SequenceNode):
        dates = [r.date(item, child(path, i)) for i, item in enumerate(node.value)]
    else:
        dates = [r.date(node, path)]
    return None if None in dates else frozenset(d for d in dates if d is not None)


def _flag(r: Reader, node: yaml.Node, path: str) -> bool | None:
    if isinstance(node, yaml.ScalarNode) and node.tag == BOOL:
        value = yaml.constructor.SafeConstructor.bool_values.get(node.value.lower())
        if value is not None:
            return bool(value)
    written = f"'{shown(node.value)}'" if isinstance(node, yaml.ScalarNode) else "a list or mapping"
    r.report(node, path, f"{written} is not true or false", "write true or false")
    return None
