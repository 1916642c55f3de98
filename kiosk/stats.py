"""`kiosk stats`: the visit records summed up for people, as CSV for spreadsheets, or drawn as a chart.

Pure Python: reading and summing need no Qt (only `--plot` does, in kiosk/statsplot.py).
"""

from __future__ import annotations

import csv
import io
import json
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

TOP = 10  # rows of panels and photos in the text report (the CSV has them all)


@dataclass(frozen=True)
class Visit:
    """One line of a visits file, as the report needs it."""

    start: datetime  # local time, to the minute
    seconds: float  # first touch to the attract state
    active_seconds: float  # first touch to the last touch
    language: str
    accessible: bool
    screens: tuple[tuple[str, str | None, float], ...]  # (screen, panel id or None, seconds)
    photos: tuple[tuple[str, float], ...]  # (photo file, seconds)


def parse_visit(line: bytes) -> Visit:
    """One record; ValueError (or KeyError, TypeError) for anything that is not a whole one."""
    data = json.loads(line)
    return Visit(
        start=datetime.fromisoformat(data["start"]),
        seconds=float(data["seconds"]),
        active_seconds=float(data.get("active_seconds", data["seconds"])),
        language=str(data["language"]),
        accessible=bool(data["accessible"]),
        screens=tuple((str(s["screen"]), s.get("panel"), float(s["seconds"])) for s in data["screens"]),
        photos=tuple((str(p["photo"]), float(p["seconds"])) for p in data["photos"]),
    )


@dataclass
class Visits:
    """The visits read from a folder, and how many lines could not be read."""

    visits: list[Visit] = field(default_factory=list)
    skipped: int = 0


def read_visits(folder: Path, since: date | None = None) -> Visits:
    """Every visit in folder/visits-*.jsonl that started on or after `since`.

    A line that is not a whole record (torn by a power cut, or damaged) is skipped and counted.
    """
    found = Visits()
    for path in sorted(folder.glob("visits-*.jsonl")):
        try:
            day = date.fromisoformat(path.stem.removeprefix("visits-"))
        except ValueError:
            continue  # not one of ours
        if since is not None and day < since:
            continue
        for line in path.read_bytes().splitlines():
            if not line.strip():
                continue
            try:
                visit = parse_visit(line)
            except (ValueError, KeyError, TypeError, AttributeError):
                found.skipped += 1
                continue
            if since is None or visit.start.date() >= since:
                found.visits.append(visit)
    return found


@dataclass(frozen=True)
class Viewed:
    """A panel, photo or screen: in how many visits it was seen, and the time spent on it in all."""

    name: str
    visits: int
    seconds: float


@dataclass(frozen=True)
class Report:
    """The figures `kiosk stats` prints, writes as CSV and draws."""

    visits: int
    days: list[tuple[date, int]]
    hours: list[tuple[int, int]]
    median_seconds: float
    median_active_seconds: float
    accessible: int
    panels: list[Viewed]
    photos: list[Viewed]
    screens: list[Viewed]
    languages: list[tuple[str, int]]
    skipped: int


def _viewed(per_visit: Iterable[dict[str, float]]) -> list[Viewed]:
    counts: Counter[str] = Counter()
    seconds: defaultdict[str, float] = defaultdict(float)
    for seen in per_visit:
        counts.update(seen.keys())
        for name, time in seen.items():
            seconds[name] += time
    # Most visits first; the longer total time breaks ties, then the name, so the order is stable.
    return [
        Viewed(name, n, round(seconds[name], 1))
        for name, n in sorted(counts.items(), key=lambda item: (-item[1], -seconds[item[0]], item[0]))
    ]


def _times(pairs: Iterable[tuple[str | None, float]]) -> dict[str, float]:
    totals: defaultdict[str, float] = defaultdict(float)
    for name, seconds in pairs:
        if name is not None:
            totals[name] += seconds
    return totals


def summarise(found: Visits, since: date | None = None) -> Report:
    """The figures of a set of visits: per day (every day from the first), per hour, what was seen."""
    visits = found.visits
    days: list[tuple[date, int]] = []
    hours: list[tuple[int, int]] = []
    if visits:
        per_day = Counter(v.start.date() for v in visits)
        first, last = min(per_day), max(per_day)
        first = min(first, since) if since is not None else first
        days = [(first + timedelta(d), per_day[first + timedelta(d)]) for d in range((last - first).days + 1)]
        per_hour = Counter(v.start.hour for v in visits)
        hours = [(h, per_hour[h]) for h in range(min(per_hour), max(per_hour) + 1)]
    languages = Counter(v.language for v in visits)
    return Report(
        visits=len(visits),
        days=days,
        hours=hours,
        median_seconds=statistics.median(v.seconds for v in visits) if visits else 0.0,
        median_active_seconds=statistics.median(v.active_seconds for v in visits) if visits else 0.0,
        accessible=sum(v.accessible for v in visits),
        panels=_viewed(_times((p, s) for _, p, s in v.screens) for v in visits),
        photos=_viewed(_times(v.photos) for v in visits),
        screens=_viewed(_times((n, s) for n, _, s in v.screens) for v in visits),
        languages=sorted(languages.items(), key=lambda item: (-item[1], item[0])),
        skipped=found.skipped,
    )


def duration(seconds: float) -> str:
    """A length of time as people say it: 45 s, 2 min 05 s, 1 h 02 min."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def long_date(day: date) -> str:
    """A day as a report gives it: Mon 5 May 2025."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def percent(part: int, whole: int) -> str:
    """A share as a whole percentage ("62 %"), or "0 %" of nothing."""
    return f"{round(100 * part / whole) if whole else 0} %"


def _bar(count: int, most: int, width: int = 30) -> str:
    # Full blocks where the terminal can show them; a service's log may only take ASCII.
    block = "█" if _can_print("█") else "#"
    return block * max(1 if count else 0, round(width * count / most)) if most else ""


def _can_print(text: str) -> bool:
    try:
        text.encode(sys.stdout.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _table(title: str, rows: list[Viewed], top: int = TOP) -> list[str]:
    if not rows:
        return []
    width = max(28, *(len(r.name) + 2 for r in rows[:top]))
    lines = ["", f"{title:<{width}}  visits  average time"]
    for row in rows[:top]:
        lines.append(f"  {row.name:<{width - 2}}  {row.visits:>6}  {duration(row.seconds / row.visits):>12}")
    if len(rows) > top:
        lines.append(f"  ... and {len(rows) - top} more (--csv lists them all)")
    return lines


def text_report(report: Report, folder: Path) -> str:
    """The report people read in a terminal."""
    if not report.visits:
        lines = [f"No visits yet in {folder}.", "The kiosk records a visit when it returns to its attract state."]
        if report.skipped:
            lines.append(_skipped(report.skipped))
        return "\n".join(lines) + "\n"
    first, last = report.days[0][0], report.days[-1][0]
    days = len(report.days)
    lines = [
        f"{report.visits} visits in {days} day{'s' * (days != 1)}, {long_date(first)} to {long_date(last)}",
        f"Median visit: {duration(report.median_seconds)} "
        f"({duration(report.median_active_seconds)} to the last touch; the rest is the wait before attract)",
        f"Accessibility mode: {report.accessible} visits ({percent(report.accessible, report.visits)})",
        "",
        "Visits per day",
    ]
    most = max(n for _, n in report.days)
    lines += [f"  {day:%a %Y-%m-%d}  {n:>5}  {_bar(n, most)}" for day, n in report.days]
    lines += ["", "Visits per hour (when they began)"]
    most = max(n for _, n in report.hours)
    lines += [f"  {hour:02d}:00-{hour + 1:02d}:00  {n:>5}  {_bar(n, most)}" for hour, n in report.hours]
    lines += _table("Most viewed panels", report.panels)
    lines += _table("Most viewed photos", report.photos)
    lines += _table("Screens", report.screens)
    lines += ["", "Languages"]
    lines += [f"  {code:<6} {n:>5}  {percent(n, report.visits):>5}" for code, n in report.languages]
    if report.skipped:
        lines += ["", _skipped(report.skipped)]
    return "\n".join(lines) + "\n"


def _skipped(count: int) -> str:
    lines = "line was" if count == 1 else "lines were"
    return f"{count} unreadable {lines} skipped (a visit cut short by a power cut, or a damaged file)."


def csv_report(report: Report) -> str:
    """The same figures as rows of section,key,count,seconds, for a spreadsheet.

    Panels, photos and screens give the visits that saw them and the seconds spent on them in all.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["section", "key", "count", "seconds"])
    writer.writerow(["summary", "visits", report.visits, ""])
    visited = bool(report.visits)  # no median of nothing
    writer.writerow(["summary", "median_visit", "", report.median_seconds if visited else ""])
    writer.writerow(["summary", "median_to_last_touch", "", report.median_active_seconds if visited else ""])
    writer.writerow(["summary", "accessible", report.accessible, ""])
    writer.writerow(["summary", "skipped_lines", report.skipped, ""])
    writer.writerows(["day", day.isoformat(), n, ""] for day, n in report.days)
    writer.writerows(["hour", f"{hour:02d}", n, ""] for hour, n in report.hours)
    for section, rows in (("panel", report.panels), ("photo", report.photos), ("screen", report.screens)):
        writer.writerows([section, row.name, row.visits, row.seconds] for row in rows)
    writer.writerows(["language", code, n, ""] for code, n in report.languages)
    return out.getvalue()


def stats(folder: Path, since: date | None = None, *, as_csv: bool = False, plot: Path | None = None) -> int:
    """Print the report of the visits in `folder` (and draw it into `plot`); 1 if reading or drawing failed."""
    try:
        report = summarise(read_visits(folder, since), since)
    except OSError as error:  # a folder without permission, a file where the folder should be
        print(f"kiosk stats: cannot read the visits in {folder}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(csv_report(report) if as_csv else text_report(report, folder), end="")
    if plot is None:
        return 0
    from kiosk.statsplot import save_chart  # Qt, for --plot only

    problem = save_chart(report, plot)
    if problem:
        print(f"kiosk stats: {problem}", file=sys.stderr)
        return 1
    if not as_csv:
        print(f"\nChart written to {plot}")
    return 0
