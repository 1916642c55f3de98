"""`kiosk stats`: the visit records summed up for people, as CSV for spreadsheets, or drawn as a chart.

Pure Python: reading and summing need no Qt (only `--plot` does, in kiosk/statsplot.py).
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

TOP = 10  # rows of panels and photos in the text report (the CSV has them all)
NAMED = 20  # unreadable lines named in the text report; a file damaged throughout would bury the figures
MAX_LINE = 1024 * 1024  # a visit's line is a few KB; a line a thousand times that is damage


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
        seconds=_seconds(data["seconds"]),
        active_seconds=_seconds(data.get("active_seconds", data["seconds"])),
        language=str(data["language"]),
        accessible=bool(data["accessible"]),
        screens=tuple((str(s["screen"]), s.get("panel"), _seconds(s["seconds"])) for s in data["screens"]),
        photos=tuple((str(p["photo"]), _seconds(p["seconds"])) for p in data["photos"]),
    )


def _seconds(value: object) -> float:
    # A damaged line can hold 1e999 or -5: the sums and "2 min 05 s" need a finite, positive time.
    seconds = float(value)  # type: ignore[arg-type]  # anything else is the TypeError a bad line raises
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"{value!r} is no length of time")
    return seconds


@dataclass(frozen=True)
class Skipped:
    """A line or a file the report could not use: where (file:line, or a file), and why."""

    where: str
    why: str


@dataclass(frozen=True)
class Lost:
    """Visits the kiosk could not write (a full or read-only disk), as it noted once it could write again."""

    where: str  # file:line of the note
    count: int
    what: str  # when the first of them began, and the error


@dataclass
class Gaps:
    """What the figures lack, each named: lines skipped, files not read, visits the kiosk could not write."""

    torn: list[Skipped] = field(default_factory=list)  # lines that are no whole record
    files: list[Skipped] = field(default_factory=list)  # files and folders named like day files
    lost: list[Lost] = field(default_factory=list)


@dataclass
class Visits:
    """The visits read from a folder, and what could not be read or was never written."""

    visits: list[Visit] = field(default_factory=list)
    gaps: Gaps = field(default_factory=Gaps)


def read_visits(folder: Path, since: date | None = None) -> Visits:
    """Every visit in folder/visits-YYYY-MM-DD.jsonl that started on or after `since`.

    Nothing in a file stops the report: a line that is not a whole record (torn by a power cut,
    damaged, nested too deep, too long) is skipped and named, and so is a file that cannot be read
    (a folder named like a day file, no permission). OSError only when `folder` cannot be listed.
    """
    found = Visits()
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except FileNotFoundError:
        return found  # nothing recorded yet
    for name in names:
        if not (name.startswith("visits-") and name.endswith(".jsonl")):
            continue  # not one of ours (an archive, someone's notes)
        path = folder / name
        try:
            day = date.fromisoformat(name.removeprefix("visits-").removesuffix(".jsonl"))
        except ValueError:
            found.gaps.files.append(Skipped(str(path), "not named like a day's file (visits-YYYY-MM-DD.jsonl)"))
            continue
        if since is not None and day < since:
            continue
        if not path.is_file():  # a folder, a device, a dangling link: reading a device may never end
            why = "a folder, not a day's file" if path.is_dir() else "not a regular file"
            found.gaps.files.append(Skipped(str(path), why))
        else:
            try:
                _read_day(path, found, since)
            except OSError as error:  # no permission, a disk error: the other days still count
                found.gaps.files.append(Skipped(str(path), f"cannot be read: {error.strerror or error}"))
    return found


def _read_day(path: Path, found: Visits, since: date | None) -> None:
    with path.open("rb") as file:
        for number, line in enumerate(_lines(file), start=1):
            where = f"{path}:{number}"
            if line is None:
                found.gaps.torn.append(Skipped(where, f"longer than {MAX_LINE // 1024} KiB, not a visit"))
            elif line.strip():
                _read_line(line, where, found, since)


def _read_line(line: bytes, where: str, found: Visits, since: date | None) -> None:
    try:
        lost = _lost(line, where)
        visit = parse_visit(line) if lost is None else None
    except RecursionError:  # json recurses once per level: 2,000 brackets deep is damage, not a visit
        found.gaps.torn.append(Skipped(where, "nested too deep, not a visit"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        found.gaps.torn.append(Skipped(where, "not a whole record (a visit cut short by a power cut, or damage)"))
    except (ValueError, KeyError, TypeError, AttributeError, ArithmeticError):
        found.gaps.torn.append(Skipped(where, "not a visit record (damaged, or written by something else)"))
    else:
        if lost is not None:
            found.gaps.lost.append(lost)
        elif visit is not None and (since is None or visit.start.date() >= since):
            found.visits.append(visit)


def _lost(line: bytes, where: str) -> Lost | None:
    # The kiosk's note of visits it could not write: {"v":1,"lost":N,"since":...,"error":...}.
    if b'"lost"' not in line:
        return None  # a visit: no need to parse it twice
    data = json.loads(line)
    if not isinstance(data, dict) or "lost" not in data:
        return None
    count = data["lost"]
    if not isinstance(count, int) or count < 1:
        raise ValueError(f"{count!r} is no count of visits")
    return Lost(where, count, f"since {data.get('since', '?')} ({data.get('error', 'no error noted')})")


def _lines(file: BinaryIO) -> Iterator[bytes | None]:
    """The file's lines; None for a line longer than MAX_LINE, which is never read into memory whole."""
    while line := file.readline(MAX_LINE + 1):
        if len(line) > MAX_LINE and not line.endswith(b"\n"):
            while (rest := file.readline(MAX_LINE)) and not rest.endswith(b"\n"):
                pass  # the rest of the long line, a piece at a time
            yield None
        else:
            yield line


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
    gaps: Gaps


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
        gaps=found.gaps,
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
        return "\n".join(lines + _problems(report.gaps)) + "\n"
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
    return "\n".join(lines + _problems(report.gaps)) + "\n"


def _problems(gaps: Gaps) -> list[str]:
    lines = []
    if gaps.lost:
        n = sum(lost.count for lost in gaps.lost)
        lines += ["", f"{n} visit{'s' * (n != 1)} could not be written (disk full or read-only), as the kiosk noted:"]
        lines += [f"  {lost.where}: {lost.count} {lost.what}" for lost in gaps.lost]
    if gaps.torn:
        n = len(gaps.torn)
        lines += ["", f"{n} unreadable {'line was' if n == 1 else 'lines were'} skipped:"]
        lines += [f"  {torn.where}: {torn.why}" for torn in gaps.torn[:NAMED]]
        if n > NAMED:
            lines.append(f"  ... and {n - NAMED} more")
    if gaps.files:
        n = len(gaps.files)
        lines += ["", f"{n} file{'s' * (n != 1)} named like a day's visits {'was' if n == 1 else 'were'} not read:"]
        lines += [f"  {file.where}: {file.why}" for file in gaps.files]
    return lines


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
    writer.writerow(["summary", "skipped_lines", len(report.gaps.torn), ""])
    writer.writerow(["summary", "lost_visits", sum(lost.count for lost in report.gaps.lost), ""])
    writer.writerow(["summary", "unread_files", len(report.gaps.files), ""])
    writer.writerows(["day", day.isoformat(), n, ""] for day, n in report.days)
    writer.writerows(["hour", f"{hour:02d}", n, ""] for hour, n in report.hours)
    for section, rows in (("panel", report.panels), ("photo", report.photos), ("screen", report.screens)):
        writer.writerows([section, row.name, row.visits, row.seconds] for row in rows)
    writer.writerows(["language", code, n, ""] for code, n in report.languages)
    return out.getvalue()


def stats(
    folder: Path,
    since: date | None = None,
    *,
    as_csv: bool = False,
    plot: Path | None = None,
    draw: Callable[[Report, Path], str | None] | None = None,
) -> int:
    """Print the report of the visits in `folder`, and `draw` it (kiosk.statsplot) into `plot`; 1 on failure."""
    try:
        report = summarise(read_visits(folder, since), since)
    except OSError as error:  # a folder without permission, a file where the folder should be: nothing to report
        print(f"kiosk stats: cannot read the visits in {folder}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(csv_report(report) if as_csv else text_report(report, folder), end="")
    if as_csv and (problems := _problems(report.gaps)):  # the CSV stays figures; a person reads what it lacks
        print("\n".join(problems[1:]), file=sys.stderr)
    if plot is None or draw is None:
        return 0
    if problem := draw(report, plot):
        print(f"kiosk stats: {problem}", file=sys.stderr)
        return 1
    if not as_csv:
        print(f"\nChart written to {plot}")
    return 0
