"""Reading the `timeline`: dated entries, each year written exactly, about, as a decade or as a span."""

from __future__ import annotations

import re
from collections.abc import Callable

import yaml

from .links import read_link
from .model import Photo, TimelineEntry, YearForm
from .problems import child, shown
from .reader import INT, NULL, STR, Reader

ENTRY_KEYS = ("year", "title", "text", "photo", "link")
FIRST, LAST = 1000, 2999
YEAR_HINT = "write a year (1914), c. 1881, 1990s or 1914–1918"
_YEAR = re.compile(r"^([0-9]{1,9})$")
_ABOUT = re.compile(r"^(?:c\.|ca\.|circa\s)\s*([0-9]{1,9})$", re.IGNORECASE)
_DECADE = re.compile(r"^([0-9]{1,9})s$", re.IGNORECASE)
# A hyphen, or the en dash a word processor puts between two years; spaces around it are fine.
_SPAN = re.compile(r"^([0-9]{1,9})\s*[-–]\s*([0-9]{1,9})$")
_SHORT_END = re.compile(r"[-–]\s*[0-9]{2}$")

When = tuple[int, YearForm, int | None]
ReadPhoto = Callable[[yaml.Node, str], Photo | None]


def read_timeline(r: Reader, node: yaml.Node, photo: ReadPhoto, path: str = "timeline") -> tuple[TimelineEntry, ...]:
    """The entries that can be shown, in the order written (a warning says when that is not date order)."""
    items = r.sequence(node, path) or []
    read = [_entry(r, item, child(path, i), photo) for i, item in enumerate(items)]
    entries = tuple(entry for entry in read if entry is not None)
    if len(entries) == len(items):  # only compare years when every entry was read
        for i in range(1, len(entries)):
            before, after = entries[i - 1].year, entries[i].year
            if after < before:
                r.report(
                    items[i],
                    child(path, i),
                    f"{after} comes after {before}",
                    "entries are shown in the order written: put them in date order",
                    warning=True,
                )
                break
    return entries


def _entry(r: Reader, node: yaml.Node, path: str, photo: ReadPhoto) -> TimelineEntry | None:
    m = r.mapping(node, path, ENTRY_KEYS, required=("year", "title"), what="a timeline entry")
    if m is None or not {"year", "title"} <= m.keys():
        return None
    when = read_year(r, m["year"], child(path, "year"))
    title = r.text(m["title"], child(path, "title"))
    text = r.text(m["text"], child(path, "text"), required=False) if "text" in m else None
    picture = photo(m["photo"], child(path, "photo")) if "photo" in m else None
    link = read_link(r, m["link"], child(path, "link")) if "link" in m and not _empty(m["link"]) else None
    if when is None or title is None or ("photo" in m and picture is None):
        return None
    year, form, end_year = when
    return TimelineEntry(year, title, text, picture, link, form, end_year)


def _empty(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == NULL


def read_year(r: Reader, node: yaml.Node, path: str) -> When | None:
    """A year as museums write it: 1914 (or "1914"), c. 1881, 1990s, 1914–1918; None when reported."""
    if isinstance(node, yaml.ScalarNode) and node.tag == INT:
        year = r.integer(node, path, FIRST, LAST)
        return None if year is None else (year, YearForm.EXACT, None)
    if _empty(node):
        r.report(node, path, "is empty", YEAR_HINT)
        return None
    if not isinstance(node, yaml.ScalarNode):
        kind = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
        r.report(node, path, f"must be a year, not {kind}", YEAR_HINT)
        return None
    written = node.value.strip()
    # Only text: a float (1914.5), a date (1914-07-28) or true/false is none of the forms.
    when = _form(written) if node.tag == STR else None
    problem = (f"'{shown(written)}' is not a year", YEAR_HINT) if when is None else _problem(written, *when)
    if problem is not None:
        r.report(node, path, *problem)
        return None
    return when


def _form(written: str) -> When | None:
    """The form and years of a year written as text, before any check of range or order."""
    if match := _YEAR.match(written):
        return int(match[1]), YearForm.EXACT, None
    if match := _ABOUT.match(written):
        return int(match[1]), YearForm.ABOUT, None
    if match := _DECADE.match(written):
        return int(match[1]), YearForm.DECADE, None
    if match := _SPAN.match(written):
        first, last = match[1], match[2]
        if len(last) == 2 and len(first) == 4:  # 1914–18: in the first year's century
            last = first[:2] + last
        return int(first), YearForm.SPAN, int(last)
    return None


def _problem(written: str, year: int, form: YearForm, end_year: int | None) -> tuple[str, str] | None:
    """What is wrong with a year read from text, as (message, hint); None when it is good."""
    quoted = f"'{shown(written)}'"
    out = next((y for y in (year, end_year) if y is not None and not FIRST <= y <= LAST), None)
    if out is not None:
        return f"{out} is out of range", f"write years from {FIRST} to {LAST}"
    if form is YearForm.DECADE and year % 10:
        return f"{quoted} is not a decade", f"a decade starts in a year ending in 0: write {year - year % 10}s"
    if end_year is None:
        return None
    if end_year == year:
        return f"{quoted} starts and ends in the same year", f"write the year alone: {year}"
    if end_year > year:
        return None
    if _SHORT_END.search(written):  # 1995–05, read as 1905: the last year in full says what is meant
        return f"{quoted} ends before it starts", f"write the last year in full, e.g. {year}–{year + 10}"
    return f"{quoted} ends before it starts", "swap the two years"
