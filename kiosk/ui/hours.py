"""Opening hours: whether the kiosk is open now, when that next changes, and one timer for the change.

The schedule is in wall-clock time (10:00 is ten o'clock whatever the season); the timer waits in
real time. A QTimer counts a monotonic clock, so when the wall clock jumps (a board without a
battery-backed clock setting its time from the network after boot, staff correcting it, the
machine resumed from suspend) a timer armed before the jump fires at the wrong wall time. So the
decision is always made afresh from the clock: on the timer's timeout, and on a coarse safety
check once a minute that costs a few comparisons and bounds any error to a minute.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from PySide6.QtCore import Property, QDate, QLocale, QObject, QTime, QTimer, Signal, Slot

from kiosk.content import Hours, Outside, Span
from kiosk.ui import qml_type
from kiosk.ui.items import DayData, OpeningData, new_set

Clock = Callable[[], dt.datetime]
SEARCH_DAYS = 400  # a year of closed dates and a week more; no opening within that is "never"
SAFETY_MS = 60_000
LONGEST_WAIT_MS = 24 * 3600 * 1000  # a QTimer takes at most about 24 days; the check re-arms daily
LATE_MS = 5  # wake just after the change rather than just before it, and find nothing changed


def wall(now: dt.datetime) -> dt.datetime:
    """The wall-clock time a schedule is written in: `now` without its time zone."""
    return now.replace(tzinfo=None)


def is_open(hours: Hours | None, when: dt.datetime) -> bool:
    """True when the kiosk is open at this wall-clock time (always, without hours)."""
    if hours is None:
        return True
    minute = when.hour * 60 + when.minute + (when.second + when.microsecond / 1e6) / 60
    return any(span.start <= minute < span.end for span in hours.spans(when.date()))


def next_change(hours: Hours | None, when: dt.datetime) -> dt.datetime | None:
    """The wall-clock time of the next opening or closing after `when`; None if there is none."""
    if hours is None:
        return None
    now_open = is_open(hours, when)
    for offset in range(SEARCH_DAYS):
        day = when.date() + dt.timedelta(days=offset)
        midnight = dt.datetime.combine(day, dt.time())
        # An end at 24:00 and a start at 00:00 the next day meet: is_open() says whether
        # anything changes there, so the spans of consecutive days join up by themselves.
        edges = sorted({minutes for span in hours.spans(day) for minutes in (span.start, span.end)} | {1440})
        for minutes in edges:
            edge = midnight + dt.timedelta(minutes=minutes)
            if edge > when and is_open(hours, edge) != now_open:
                return edge
    return None


def next_opening(hours: Hours | None, when: dt.datetime) -> dt.datetime | None:
    """The wall-clock time the kiosk next opens, if it is closed at `when`."""
    if is_open(hours, when):
        return None
    return next_change(hours, when)


def seconds_until(change: dt.datetime, now: dt.datetime) -> float:
    """Real seconds from `now` to the wall-clock time `change`, across a daylight-saving change.

    Both in `now`'s zone: a zoneinfo zone knows its changes, and a naive `now` is the system's
    local time, which timestamp() reads with the system's rules. (Subtracting two datetimes of
    one zone would count wall-clock hours, one too many or too few on a changeover day.)
    """
    return change.replace(tzinfo=now.tzinfo).timestamp() - now.timestamp()


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def _written(locale: QLocale, span: Span) -> str:
    def clock(minutes: int) -> str:
        return locale.toString(QTime(minutes // 60 % 24, minutes % 60), "HH:mm") if minutes < 1440 else "24:00"

    return f"{clock(span.start)} – {clock(span.end)}"


@qml_type
class OpeningHours(QObject):
    """Open or closed by the content's hours, and whether the screen is dark; tells QML the week.

    `open` follows the clock. `dark` is what the screen does: the kiosk makes it dark with sleep()
    when it is closed and nobody is using it, and light again with wake() (at opening time, or on a
    touch when the content allows).
    """

    changed = Signal()
    openChanged = Signal()  # the clock crossed an opening or a closing time
    darkChanged = Signal()

    def __init__(self, hours: Hours | None, clock: Clock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hours = hours
        self._clock = clock or dt.datetime.now  # naive: the system's local time
        self._language = "en"
        self._open = is_open(hours, wall(self._clock()))
        self._dark = False
        self._texts: tuple[object, ...] = ()  # what the two below say, to tell when it changed
        self._made: QObject | None = None  # the parent of the two below (items.new_set)
        self._next = OpeningData(-1, "", "", self)
        self._week: list[DayData] = []
        self._timer = QTimer(self)
        self._timer.setObjectName("hoursTimer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._safety = QTimer(self)
        self._safety.setObjectName("hoursSafetyTimer")
        self._safety.setInterval(SAFETY_MS)
        self._safety.timeout.connect(self.check)
        self._describe()
        self._arm()

    @Property(bool, notify=openChanged)
    def open(self) -> bool:
        return self._open

    def today(self) -> dt.date:
        """The day on the clock the hours follow (for Python; QML has the week)."""
        return wall(self._clock()).date()

    @Property(bool, notify=darkChanged)
    def dark(self) -> bool:
        return self._dark

    @Property(bool, notify=changed)
    def black(self) -> bool:
        return self._hours is not None and self._hours.outside is Outside.BLACK

    @Property(bool, notify=changed)
    def wakeOnTouch(self) -> bool:
        return self._wake_on_touch()

    def _wake_on_touch(self) -> bool:
        return self._hours is not None and self._hours.wake_on_touch

    # Days 0 today, 1 tomorrow...; date "Tuesday 5 May", time "10:00"; days -1 if none is ahead.
    @Property(OpeningData, notify=changed)
    def nextOpening(self) -> OpeningData:
        return self._next

    # DayData, Monday first: "Monday", "10:00 – 18:00" ("" when closed), whether it is today.
    @Property(list, notify=changed)
    def week(self) -> list[DayData]:
        return self._week

    @property
    def hours(self) -> Hours | None:
        """The opening hours followed (None: always open)."""
        return self._hours

    def set_hours(self, hours: Hours | None) -> None:
        """Follow other hours (a content reload), deciding afresh."""
        self._hours = hours
        self.changed.emit()
        self.check()

    def set_language(self, language: str) -> None:
        """Give the days and times in this language."""
        if language != self._language:
            self._language = language
            self._describe()

    @Slot()
    def check(self) -> None:
        """Decide from the clock whether the kiosk is open, and arm the timer for the next change."""
        now_open = is_open(self._hours, wall(self._clock()))
        self._describe()
        self._arm()
        if now_open != self._open:
            self._open = now_open
            self.openChanged.emit()
            if now_open:
                self.wake()  # opening time

    def sleep(self) -> None:
        """Darken the screen, if the kiosk is closed."""
        if not self._open and not self._dark:
            self._dark = True
            self.darkChanged.emit()

    def wake(self) -> None:
        """Light the screen again."""
        if self._dark:
            self._dark = False
            self.darkChanged.emit()

    @Slot()
    def touched(self) -> None:
        """A touch: it wakes a dark screen if the content says so."""
        if self._dark and self._wake_on_touch():
            self.wake()

    def stop(self) -> None:
        """No more timers (the kiosk is closing)."""
        self._timer.stop()
        self._safety.stop()

    def _arm(self) -> None:
        self._timer.stop()
        if self._hours is None:
            self._safety.stop()
            return
        # A coarse timer may fire 5 % late: half an hour on a night's wait. (Imported and set here,
        # not at the top: the first Qt.* enum used from Python builds the whole Qt namespace's, 17 ms
        # of the kiosk's start, and content without opening hours never needs it.)
        from PySide6.QtCore import Qt

        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        now = self._clock()
        change = next_change(self._hours, wall(now))
        if change is not None:
            wait_ms = math.ceil(max(0.0, seconds_until(change, now)) * 1000) + LATE_MS
            self._timer.start(min(wait_ms, LONGEST_WAIT_MS))
        if not self._safety.isActive():
            self._safety.start()

    def _describe(self) -> None:
        """The week and the next opening in the current language, as the closed card shows them."""
        opening: tuple[int, str, str] = (-1, "", "")
        week: list[tuple[str, str, bool]] = []
        if self._hours is not None:
            locale = QLocale(self._language)
            now = wall(self._clock())
            ahead = next_opening(self._hours, now)
            if ahead is not None:
                opening = (
                    (ahead.date() - now.date()).days,
                    locale.toString(QDate(ahead.year, ahead.month, ahead.day), "dddd d MMMM"),
                    locale.toString(QTime(ahead.hour, ahead.minute), "HH:mm"),
                )
            week = [
                (
                    _capitalised(locale.dayName(number + 1)),  # a table's label: "Lundi"
                    locale.createSeparatedList([_written(locale, span) for span in spans]),
                    number == now.weekday(),
                )
                for number, spans in enumerate(self._hours.week)
            ]
        if (opening, week) != self._texts:
            self._texts = (opening, week)
            with new_set(self, self._made) as made:
                self._next, self._week = OpeningData(*opening, made), [DayData(*day, made) for day in week]
                self._made = made
                self.changed.emit()
