"""`kiosk stats`: the visit records of one kiosk or many summed up for people, as CSV, or drawn as a chart.

Pure Python: reading (kiosk/services/visitlog.py) and summing need no Qt (only `--plot` does, in
kiosk/statsplot.py). The figures are those of all the visits read, and of each kiosk's own.
"""

from __future__ import annotations

import csv
import io
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from kiosk.services.visitlog import Gaps, Skipped, Source, Visit, Visits, data_source, folders_named, read_kiosks
from kiosk.services.visitlog import sources as kiosk_sources
from kiosk.services.visits import FORMAT

TOP = 10  # rows of panels and photos in the text report (the CSV has them all)
NAMED = 20  # unreadable lines named in the text report; a file damaged throughout would bury the figures
ALL = "all"  # the CSV's kiosk for the figures of every kiosk together


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
    kiosk: str = ALL  # whose figures: one kiosk's, or all together
    kiosks: tuple[Report, ...] = ()  # each kiosk's, busiest first (in the report of all only)


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
    """The figures of some visits, in all and per kiosk: per day (each from the first), per hour, what was seen.

    Each kiosk's days and hours span those of all, so that a day one kiosk recorded nothing shows as 0.
    """
    days, hours = _span(found.visits, since)
    per_kiosk: defaultdict[str, list[Visit]] = defaultdict(list)
    for visit in found.visits:
        per_kiosk[visit.kiosk].append(visit)
    kiosks = [_figures(visits, Gaps(), days, hours, kiosk) for kiosk, visits in per_kiosk.items()]
    kiosks.sort(key=lambda report: (-report.visits, report.kiosk))
    return replace(_figures(found.visits, found.gaps, days, hours, ALL), kiosks=tuple(kiosks))


def _span(visits: list[Visit], since: date | None) -> tuple[list[date], list[int]]:
    if not visits:
        return [], []
    days = {v.start.date() for v in visits}
    first, last = min(days), max(days)
    first = min(first, since) if since is not None else first
    hours = {v.start.hour for v in visits}
    return [first + timedelta(d) for d in range((last - first).days + 1)], list(range(min(hours), max(hours) + 1))


def _figures(visits: list[Visit], gaps: Gaps, days: list[date], hours: list[int], kiosk: str) -> Report:
    per_day = Counter(v.start.date() for v in visits)
    per_hour = Counter(v.start.hour for v in visits)
    languages = Counter(v.language for v in visits)
    return Report(
        visits=len(visits),
        days=[(day, per_day[day]) for day in days],
        hours=[(hour, per_hour[hour]) for hour in hours],
        median_seconds=statistics.median(v.seconds for v in visits) if visits else 0.0,
        median_active_seconds=statistics.median(v.active_seconds for v in visits) if visits else 0.0,
        accessible=sum(v.accessible for v in visits),
        panels=_viewed(_times((p, s) for _, p, s in v.screens) for v in visits),
        photos=_viewed(_times(v.photos) for v in visits),
        screens=_viewed(_times((n, s) for n, _, s in v.screens) for v in visits),
        languages=sorted(languages.items(), key=lambda item: (-item[1], item[0])),
        gaps=gaps,
        kiosk=kiosk,
    )


def active_days(report: Report) -> list[date]:
    """The days on which the report's kiosk (or any) recorded a visit."""
    return [day for day, n in report.days if n]


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


def text_report(report: Report, folder: Path | str) -> str:
    """The report people read in a terminal: all visits, then each kiosk's share when there are several."""
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
    return "\n".join(lines + _kiosks(report) + _problems(report.gaps)) + "\n"


def _kiosks(report: Report) -> list[str]:
    # One kiosk's report is the report of all: a table of one row would only repeat it.
    if len(report.kiosks) < 2:
        return []
    width = max(16, *(len(kiosk.kiosk) + 2 for kiosk in report.kiosks))
    lines = ["", f"{'Kiosks':<{width}}  visits  median visit  share  first day   last day"]
    for kiosk in report.kiosks:
        days = active_days(kiosk)
        lines.append(
            f"  {kiosk.kiosk:<{width - 2}}  {kiosk.visits:>6}  {duration(kiosk.median_seconds):>12}  "
            f"{percent(kiosk.visits, report.visits):>5}  {days[0]}  {days[-1]}"
        )
    return lines


def _problems(gaps: Gaps) -> list[str]:
    lines = []
    if gaps.lost:
        n = sum(lost.count for lost in gaps.lost)
        lines += ["", f"{n} visit{'s' * (n != 1)} could not be written (disk full or read-only), as the kiosk noted:"]
        lines += [f"  {lost.where}: {lost.count} {lost.what}" for lost in gaps.lost]
    if gaps.torn:
        n = len(gaps.torn)
        lines += ["", f"{n} unreadable {'line was' if n == 1 else 'lines were'} skipped:"]
        lines += _named([f"  {torn.where}: {torn.why}" for torn in gaps.torn])
    if gaps.newer:
        n = sum(newer.count for newer in gaps.newer)
        them = "it" if n == 1 else "them"
        lines += [
            "",
            f"{n} record{'s' * (n != 1)} from a newer kiosk {'was' if n == 1 else 'were'} skipped "
            f"(format {max(newer.version for newer in gaps.newer)}; this one reads format {FORMAT}): "
            f"update this kiosk to count {them}:",
        ]
        lines += _named([f"  {newer.where}: {_records(newer.count)} of format {newer.version}" for newer in gaps.newer])
    if gaps.files:
        n = len(gaps.files)
        lines += ["", f"{n} file{'s' * (n != 1)} {'was' if n == 1 else 'were'} not read:"]
        lines += _named([f"  {file.where}: {file.why}" for file in gaps.files])
    if gaps.shared:
        lines += ["", "Visits of one kiosk's name in several folders, added up (give each kiosk its own --kiosk-id):"]
        lines += [f"  {shared.where}: {shared.why}" for shared in gaps.shared]
    return lines


def _named(lines: list[str]) -> list[str]:
    # A folder damaged throughout would bury the figures: the first NAMED, then a count.
    return lines[:NAMED] + [f"  ... and {len(lines) - NAMED} more"] * (len(lines) > NAMED)


def _records(n: int) -> str:
    return f"{n} record{'s' * (n != 1)}"


def csv_report(report: Report) -> str:
    """The same figures as rows of kiosk,section,key,count,seconds, for a spreadsheet.

    The rows of kiosk `all` are every visit's; then each kiosk's own, busiest first. Panels,
    photos and screens give the visits that saw them and the seconds spent on them in all. What
    the figures lack (skipped lines, lost visits, unread files, newer records) is in `all` only.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["kiosk", "section", "key", "count", "seconds"])
    for part in (report, *report.kiosks):
        writer.writerows([part.kiosk, *row] for row in _rows(part, whole=part is report))
    return out.getvalue()


def _rows(report: Report, *, whole: bool) -> Iterator[list[object]]:
    yield ["summary", "visits", report.visits, ""]
    visited = bool(report.visits)  # no median of nothing
    # To 0.1 s, as the other seconds are: a median of two halves is a sum's float noise (132.35000000000002).
    yield ["summary", "median_visit", "", round(report.median_seconds, 1) if visited else ""]
    yield ["summary", "median_to_last_touch", "", round(report.median_active_seconds, 1) if visited else ""]
    yield ["summary", "accessible", report.accessible, ""]
    if whole:  # read once, for all: no kiosk owns a torn line or a foreign file
        yield ["summary", "skipped_lines", len(report.gaps.torn), ""]
        yield ["summary", "lost_visits", sum(lost.count for lost in report.gaps.lost), ""]
        yield ["summary", "unread_files", len(report.gaps.files), ""]
        yield ["summary", "newer_records", sum(newer.count for newer in report.gaps.newer), ""]
    yield from (["day", day.isoformat(), n, ""] for day, n in report.days)
    yield from (["hour", f"{hour:02d}", n, ""] for hour, n in report.hours)
    for section, rows in (("panel", report.panels), ("photo", report.photos), ("screen", report.screens)):
        yield from ([section, row.name, row.visits, row.seconds] for row in rows)
    yield from (["language", code, n, ""] for code, n in report.languages)


def gather(folders: Sequence[Path], data_dirs: Sequence[Path] = ()) -> tuple[list[Source], list[Skipped]]:
    """The kiosks' visits folders: those `folders` hold, and each data folder's visits/; and the strays.

    OSError when one of `folders` cannot be listed.
    """
    found = [data_source(data_dir) for data_dir in data_dirs]
    strays: list[Skipped] = []
    for folder in folders:
        kiosks, files = kiosk_sources(folder)
        found += kiosks
        strays += files
    return found, strays


def stats(
    folders: Sequence[Path],
    since: date | None = None,
    *,
    data_dirs: Sequence[Path] = (),
    as_csv: bool = False,
    plot: Path | None = None,
    draw: Callable[[Report, Path], str | None] | None = None,
) -> int:
    """Print the report of the visits in `folders` and `data_dirs`, and `draw` it (kiosk.statsplot) into `plot`.

    0, or 1 when a folder cannot be read or the chart cannot be written.
    """
    try:
        found, strays = gather(folders, data_dirs)
        read = read_kiosks(found, since)
    except OSError as error:  # a folder without permission, a file where the folder should be: nothing to report
        where = error.filename if error.filename is not None else ", ".join(map(str, [*folders, *data_dirs]))
        print(f"kiosk stats: cannot read the visits in {where}: {error.strerror or error}", file=sys.stderr)
        return 1
    read.gaps.files[:0] = strays
    report = summarise(read, since)
    print(csv_report(report) if as_csv else text_report(report, folders_named(found)), end="")
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
