# ruff: noqa: E501  (a table of exact messages reads best one to a line)
"""Opening hours, the format and the schedule: what `settings.hours` says and when the kiosk is open.

Times are in Europe/Monaco (zoneinfo), the exhibition's own zone, whatever the machine's zone:
its daylight-saving changes fall on 29 March and 25 October 2026.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.content import Hours, Outside, Span
from kiosk.ui.hours import is_open, next_change, next_opening, seconds_until
from tests.hours_fixtures import exhibition_with, load_settings, monaco

WEEK = """\
settings:
  hours:
    daily: "10:00-18:00"
    monday: closed
    thursday: "10:00-13:00, 14:00-21:00"
    friday: 10:00 – 24:00
    saturday: ["00:00-02:00", "10:00-18:00"]
    closed: [2026-12-25, 2027-01-01]
"""


def hours_of(folder: Path, settings: str) -> Hours:
    hours = exhibition_with(folder, settings).settings.hours
    assert hours is not None
    return hours


# The format --------------------------------------------------------------------------------


def test_the_hours_are_read_per_weekday_with_daily_for_the_days_not_named(tmp_path: Path) -> None:
    hours = hours_of(tmp_path, WEEK)
    ten_to_six = (Span(600, 1080),)
    assert hours.week == (
        (),  # monday: closed
        ten_to_six,
        ten_to_six,
        (Span(600, 780), Span(840, 1260)),
        (Span(600, 1440),),  # an en dash and spaces, as a word processor writes them
        (Span(0, 120), Span(600, 1080)),
        ten_to_six,
    )
    assert hours.closed == {date(2026, 12, 25), date(2027, 1, 1)}
    assert (hours.outside, hours.wake_on_touch) == (Outside.CLOSED_CARD, True)


def test_a_day_not_named_is_closed_without_daily_and_no_hours_is_always_open(tmp_path: Path) -> None:
    hours = hours_of(tmp_path, 'settings:\n  hours:\n    tuesday: "10:00-18:00"\n    outside: black\n')
    assert [bool(day) for day in hours.week] == [False, True, False, False, False, False, False]
    assert hours.outside is Outside.BLACK
    assert exhibition_with(tmp_path, "").settings.hours is None
    assert is_open(None, datetime(2026, 12, 25, 3, 0))
    assert next_change(None, datetime(2026, 12, 25, 3, 0)) is None


H = "settings:\n  hours:\n"  # the hours' first key is on line 16
BAD_HOURS = {
    "hour-25": (
        '    tuesday: "25:00-26:00"\n',
        "content.yaml:16:14: error: settings.hours.tuesday: '25:00' is not a time of day; write hours and minutes from 00:00 to 24:00",
    ),
    "minute-60": (
        '    tuesday: "10:60-18:00"\n',
        "content.yaml:16:14: error: settings.hours.tuesday: '10:60' is not a time of day; write hours and minutes from 00:00 to 24:00",
    ),
    "end-before-start": (
        '    friday: "18:00-10:00"\n',
        "content.yaml:16:13: error: settings.hours.friday: '18:00-10:00' closes before it opens; write the opening time first; to stay open past midnight, close at 24:00 and open the next day at 00:00",
    ),
    "end-at-start": (
        '    friday: "10:00-10:00"\n',
        "content.yaml:16:13: error: settings.hours.friday: '10:00-10:00' closes when it opens; write the opening time first; to stay open past midnight, close at 24:00 and open the next day at 00:00",
    ),
    "misspelt-weekday": (
        '    tuseday: "10:00-18:00"\n',
        "content.yaml:16:5: error: settings.hours.tuseday: unknown key; did you mean 'tuesday'?",
    ),
    "short-weekday": (
        '    mon: "10:00-18:00"\n    sunday: "10:00-18:00"\n',
        "content.yaml:16:5: error: settings.hours.mon: unknown key; did you mean 'monday'?",
    ),
    "bad-date": (
        '    daily: "10:00-18:00"\n    closed: [2026-12-25, 2026-02-30]\n',
        "content.yaml:17:26: error: settings.hours.closed[1]: '2026-02-30' is not a date; write the date as YYYY-MM-DD, e.g. 2014-11-05",
    ),
    "date-in-words": (
        '    daily: "10:00-18:00"\n    closed: 25 December\n',
        "content.yaml:17:13: error: settings.hours.closed: '25 December' is not a date; write the date as YYYY-MM-DD, e.g. 2014-11-05",
    ),
    "bare-off": (
        "    saturday: off\n",
        "content.yaml:16:15: error: settings.hours.saturday: 'off' is read as false, not as opening hours; write closed, or the opening and closing times such as \"10:00-18:00\"",
    ),
    "one-time": (
        "    monday: 10:00\n",
        "content.yaml:16:13: error: settings.hours.monday: '10:00' is not opening hours; write closed, or the opening and closing times such as \"10:00-18:00\"",
    ),
    "empty-day": (
        "    monday:\n",
        'content.yaml:16:12: error: settings.hours.monday: is empty; write closed, or the opening and closing times such as "10:00-18:00"',
    ),
    "overlap": (
        '    sunday: "10:00-14:00, 13:00-18:00"\n',
        "content.yaml:16:13: error: settings.hours.sunday: 13:00-18:00 overlaps 10:00-14:00; write them as one span, 10:00-18:00",
    ),
    "misspelt-outside": (
        '    daily: "10:00-18:00"\n    outside: blak\n',
        "content.yaml:17:14: error: settings.hours.outside: 'blak' is not allowed; did you mean 'black'?",
    ),
    "wake-maybe": (
        '    daily: "10:00-18:00"\n    wake_on_touch: sometimes\n',
        "content.yaml:17:20: error: settings.hours.wake_on_touch: 'sometimes' is not true or false; write true or false",
    ),
    "never-open": (
        "    monday: closed\n",
        'content.yaml:16:5: error: settings.hours: no day has opening hours; give at least one day hours such as "10:00-18:00", or remove settings.hours to stay on all day',
    ),
}


@pytest.mark.parametrize("case", BAD_HOURS)
def test_bad_hours_are_refused_with_located_messages(tmp_path: Path, case: str) -> None:
    lines, expected = BAD_HOURS[case]
    exhibition, problems = load_settings(tmp_path, H + lines)
    assert exhibition is None
    assert problems == [expected]


def test_empty_hours_are_refused(tmp_path: Path) -> None:
    exhibition, problems = load_settings(tmp_path, "settings:\n  hours:\n")
    assert exhibition is None
    assert problems == [
        "content.yaml:15:9: error: settings.hours: is empty; write a mapping here, one 'key: value' per line"
    ]


# The schedule -------------------------------------------------------------------------------


def test_a_simulated_week_opens_and_closes_at_the_written_times(tmp_path: Path) -> None:
    hours = hours_of(tmp_path, WEEK)
    when = datetime(2026, 3, 23, 0, 0)  # a Monday; the clocks go forward on Sunday 29 March
    changes = []
    while (change := next_change(hours, when)) is not None and change < datetime(2026, 4, 1):
        changes.append(f"{change:%a %H:%M} {'open' if is_open(hours, change) else 'closed'}")
        when = change
    assert changes == [
        "Tue 10:00 open",
        "Tue 18:00 closed",
        "Wed 10:00 open",
        "Wed 18:00 closed",
        "Thu 10:00 open",
        "Thu 13:00 closed",
        "Thu 14:00 open",
        "Thu 21:00 closed",
        "Fri 10:00 open",
        # Friday to 24:00 and Saturday from 00:00 join up: no change at midnight.
        "Sat 02:00 closed",
        "Sat 10:00 open",
        "Sat 18:00 closed",
        "Sun 10:00 open",
        "Sun 18:00 closed",
        # Monday closed.
        "Tue 10:00 open",
        "Tue 18:00 closed",
    ]


def test_closed_dates_skip_their_day(tmp_path: Path) -> None:
    hours = hours_of(tmp_path, 'settings:\n  hours:\n    daily: "10:00-18:00"\n    closed: [2026-12-25]\n')
    assert not is_open(hours, datetime(2026, 12, 25, 12, 0))
    assert is_open(hours, datetime(2026, 12, 24, 12, 0))
    assert next_opening(hours, datetime(2026, 12, 24, 18, 0)) == datetime(2026, 12, 26, 10, 0)
    assert next_opening(hours, datetime(2026, 12, 24, 17, 59)) is None, "open: no next opening"


def test_open_until_midnight_closes_at_the_next_days_start(tmp_path: Path) -> None:
    hours = hours_of(tmp_path, 'settings:\n  hours:\n    daily: "10:00-24:00"\n')
    assert is_open(hours, datetime(2026, 3, 23, 23, 59, 59))
    assert next_change(hours, datetime(2026, 3, 23, 20, 0)) == datetime(2026, 3, 24, 0, 0)
    assert not is_open(hours, datetime(2026, 3, 24, 0, 0))


@pytest.mark.parametrize(
    ("closing", "hours_to_opening"),
    [
        (monaco(2026, 3, 28, 18, 0), 15),  # 18:00 CET to 10:00 CEST: the night is an hour short
        (monaco(2026, 10, 24, 18, 0), 17),  # 18:00 CEST to 10:00 CET: an hour long
        (monaco(2026, 6, 13, 18, 0), 16),
    ],
)
def test_the_wait_for_opening_counts_real_hours_across_a_daylight_saving_change(
    tmp_path: Path, closing: datetime, hours_to_opening: int
) -> None:
    hours = hours_of(tmp_path, 'settings:\n  hours:\n    daily: "10:00-18:00"\n')
    opening = next_change(hours, closing.replace(tzinfo=None))
    assert opening == closing.replace(tzinfo=None) + timedelta(hours=16)  # the wall clock says 10:00
    assert opening is not None
    assert seconds_until(opening, closing) == hours_to_opening * 3600
