"""A timeline entry's year as museums write it: 1914, c. 1881, 1990s, 1914–1918; and each mistake, located."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.content import Text, TimelineEntry, YearForm, load
from tests.conftest import MINIMAL

Write = Callable[[str | bytes], Path]
EXACT, ABOUT, DECADE, SPAN = YearForm.EXACT, YearForm.ABOUT, YearForm.DECADE, YearForm.SPAN

# (the year as written after `year: `, the first year, its form, the last year)
ACCEPTED = [
    ("1914", 1914, EXACT, None),
    ('"1914"', 1914, EXACT, None),
    ("' 1914 '", 1914, EXACT, None),
    ("c. 1881", 1881, ABOUT, None),
    ("c.1881", 1881, ABOUT, None),
    ("C. 1881", 1881, ABOUT, None),
    ("ca. 1881", 1881, ABOUT, None),
    ("circa 1881", 1881, ABOUT, None),
    ('"c. 1881"', 1881, ABOUT, None),
    ("1990s", 1990, DECADE, None),
    ("1000s", 1000, DECADE, None),
    ("1914–1918", 1914, SPAN, 1918),
    ("1914-1918", 1914, SPAN, 1918),
    ("1914 – 1918", 1914, SPAN, 1918),
    ('"1914 - 1918"', 1914, SPAN, 1918),
    ("1914–18", 1914, SPAN, 1918),
    ("1939-45", 1939, SPAN, 1945),
    ("2990s", 2990, DECADE, None),
    ("1000–2999", 1000, SPAN, 2999),
]

HINT = "write a year (1914), c. 1881, 1990s or 1914–1918"
# (the year as written, the message that follows "content.yaml:15:11: error: timeline[0].year: ")
REFUSED = [
    ("nineteen", f"'nineteen' is not a year; {HINT}"),
    ("c 1881", f"'c 1881' is not a year; {HINT}"),
    ("about 1881", f"'about 1881' is not a year; {HINT}"),
    ("1990's", f"'1990's' is not a year; {HINT}"),
    ("1914—1918", f"'1914—1918' is not a year; {HINT}"),  # an em dash
    ("1914.5", f"'1914.5' is not a year; {HINT}"),
    ("1914-07-28", f"'1914-07-28' is not a year; {HINT}"),  # a date
    ("yes", f"'yes' is not a year; {HINT}"),
    ("[1914]", f"must be a year, not a list; {HINT}"),
    ("{c: 1881}", f"must be a year, not a mapping; {HINT}"),
    ("1995s", "'1995s' is not a decade; a decade starts in a year ending in 0: write 1990s"),
    ("1881s", "'1881s' is not a decade; a decade starts in a year ending in 0: write 1880s"),
    ("1918–1914", "'1918–1914' ends before it starts; swap the two years"),
    ("1918 - 1914", "'1918 - 1914' ends before it starts; swap the two years"),
    ("1995–05", "'1995–05' ends before it starts; write the last year in full, e.g. 1995–2005"),
    ("1914–1914", "'1914–1914' starts and ends in the same year; write the year alone: 1914"),
    ("19145", "19145 is out of range; write a whole number from 1000 to 2999"),
    ('"914"', "914 is out of range; write years from 1000 to 2999"),
    ("c. 3000", "3000 is out of range; write years from 1000 to 2999"),
    ("0990s", "990 is out of range; write years from 1000 to 2999"),
    ("1990–3010", "3010 is out of range; write years from 1000 to 2999"),
]


def timeline(*years: str) -> str:
    """The minimal content with one timeline entry for each year, as written."""
    entries = "".join(f"  - year: {year}\n    title: Entry {n}\n" for n, year in enumerate(years))
    return MINIMAL + "timeline:\n" + entries


@pytest.mark.parametrize(("written", "year", "form", "end_year"), ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_each_form_of_year_is_read(
    write_content: Write, written: str, year: int, form: YearForm, end_year: int | None
) -> None:
    result = load(write_content(timeline(written)), "content.yaml")
    assert [str(p) for p in result.problems] == []
    assert result.exhibition is not None
    assert result.exhibition.timeline == (TimelineEntry(year, Text.plain("Entry 0"), form=form, end_year=end_year),)


@pytest.mark.parametrize(("written", "message"), REFUSED, ids=[r[0] for r in REFUSED])
def test_each_mistake_in_a_year_is_one_error_at_its_line(write_content: Write, written: str, message: str) -> None:
    result = load(write_content(timeline(written)), "content.yaml")
    assert [str(p) for p in result.problems] == [f"content.yaml:15:11: error: timeline[0].year: {message}"]
    assert result.exhibition is None


def test_an_empty_year_is_one_error_at_its_key(write_content: Write) -> None:
    result = load(write_content(timeline("")), "content.yaml")
    assert [str(p) for p in result.problems] == [f"content.yaml:15:10: error: timeline[0].year: is empty; {HINT}"]


def test_the_error_is_at_the_line_of_the_entry_it_is_in(write_content: Write) -> None:
    result = load(write_content(timeline("1914", "c. 1923", "1930-20")), "content.yaml")
    assert [str(p) for p in result.problems] == [
        "content.yaml:19:11: error: timeline[2].year: '1930-20' ends before it starts; write the last year in full, "
        "e.g. 1930–1940"
    ]


def test_entries_are_in_date_order_by_their_first_years(write_content: Write) -> None:
    # A decade starts its first year, a span its first: both are in order here.
    result = load(write_content(timeline("c. 1881", "1914–1918", "1914", "1990s", "1995")), "content.yaml")
    assert [str(p) for p in result.problems] == []
    result = load(write_content(timeline("1990s", "1914–1918", "c. 1881")), "content.yaml")
    assert [str(p) for p in result.problems] == [
        "content.yaml:17:5: warning: timeline[1]: 1914 comes after 1990; entries are shown in the order written: "
        "put them in date order"
    ]


def test_an_entry_made_in_code_is_a_plain_year_by_default() -> None:
    entry = TimelineEntry(1914, Text.plain("First congress"))
    assert (entry.year, entry.form, entry.end_year) == (1914, YearForm.EXACT, None)
