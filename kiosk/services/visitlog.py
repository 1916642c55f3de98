"""Reading the visit records back: one kiosk's day files, or many kiosks' gathered in one office.

The reader beside the writer (kiosk/services/visits.py), so that both keep to one FORMAT. Pure
Python, for `kiosk stats`. Nothing in a folder stops the reading: whatever is no visit (a line
torn by a power cut, a file that is not a day's, a record from a newer kiosk) is counted and
named in `Gaps`, once, and the rest is read. Syncthing, which carries the kiosks' visits to the
office, keeps files of its own in the folders it shares; those are passed over in silence.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from kiosk.services.visits import FORMAT

MAX_LINE = 1024 * 1024  # a visit's line is a few KB; a line a thousand times that is damage
DAY_FILE = re.compile(r"visits-(\d{4}-\d{2}-\d{2})\.jsonl")
NOT_A_DAY = "not named like a day's file (visits-YYYY-MM-DD.jsonl)"
CONFLICT = "a Syncthing conflict copy, not read (it repeats most of its day's file: compare the two, keep one)"


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
    kiosk: str = ""  # the kiosk that recorded it


def parse_visit(line: bytes, kiosk: str = "") -> Visit:
    """One record, of `kiosk` unless it names its own; ValueError (or KeyError, TypeError) for anything else."""
    return _visit(json.loads(line), kiosk)


def _visit(data: Any, kiosk: str) -> Visit:
    named = data.get("kiosk")
    if named is not None and not isinstance(named, str):
        raise TypeError(f"{named!r} is no kiosk's name")
    return Visit(
        start=datetime.fromisoformat(data["start"]),
        seconds=_seconds(data["seconds"]),
        active_seconds=_seconds(data.get("active_seconds", data["seconds"])),
        language=str(data["language"]),
        accessible=bool(data["accessible"]),
        screens=tuple((str(s["screen"]), s.get("panel"), _seconds(s["seconds"])) for s in data["screens"]),
        photos=tuple((str(p["photo"]), _seconds(p["seconds"])) for p in data["photos"]),
        kiosk=named or kiosk,  # records of kiosks older than the field: the folder's name
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
class Newer:
    """Records of one day's file written by a newer kiosk, in a format this one cannot read."""

    where: str  # file:line of the first
    count: int
    version: int  # the highest "v" among them


@dataclass
class Gaps:
    """What the figures lack, each named: lines skipped, files not read, visits the kiosk could not write."""

    torn: list[Skipped] = field(default_factory=list)  # lines that are no whole record
    files: list[Skipped] = field(default_factory=list)  # files and folders that are no day's file
    lost: list[Lost] = field(default_factory=list)
    newer: list[Newer] = field(default_factory=list)
    shared: list[Skipped] = field(default_factory=list)  # a kiosk's name found in several folders


@dataclass
class Visits:
    """The visits read from a folder, and what could not be read or was never written."""

    visits: list[Visit] = field(default_factory=list)
    gaps: Gaps = field(default_factory=Gaps)


@dataclass(frozen=True)
class Source:
    """One kiosk's visits folder, and the kiosk its records belong to when they do not say."""

    folder: Path
    kiosk: str


def _hidden(name: str) -> bool:
    """Syncthing's own files (.stfolder, .stignore, .stversions, .syncthing.*.tmp) and other hidden ones."""
    return name.startswith(".") or (name.startswith("~syncthing~") and name.endswith(".tmp"))


def data_source(data_dir: Path) -> Source:
    """The visits of a kiosk's data folder (DATA_DIR/visits), named after the folder."""
    return Source(data_dir / "visits", data_dir.absolute().name or "kiosk")


def sources(folder: Path) -> tuple[list[Source], list[Skipped]]:
    """The kiosks' visits folders in `folder`, and its files that belong to no kiosk.

    `folder` is a kiosk's data folder (it has visits/ or logs/), a visits folder (day files, or
    nothing yet: what one kiosk's Syncthing folder brings to the office), or a folder holding one
    of either per kiosk. OSError when it cannot be listed (FileNotFoundError when it is not there).
    """
    if _is_data_folder(folder):
        return [data_source(folder)], []
    entries = _entries(folder)
    kiosks = [entry for entry in entries if entry.is_dir()]
    if not kiosks or any(DAY_FILE.fullmatch(entry.name) for entry in entries):
        return [Source(folder, _visits_name(folder))], []
    found = [
        data_source(Path(k.path)) if _is_data_folder(Path(k.path)) else Source(Path(k.path), k.name) for k in kiosks
    ]
    strays = [Skipped(entry.path, "not a kiosk's folder") for entry in entries if not entry.is_dir()]
    return found, strays


def _is_data_folder(folder: Path) -> bool:
    return (folder / "visits").is_dir() or (folder / "logs").is_dir()


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as scan:
        return sorted((entry for entry in scan if not _hidden(entry.name)), key=lambda entry: entry.name)


def _visits_name(folder: Path) -> str:
    # DATA/visits is the kiosk DATA; a folder of day files that arrived by Syncthing has its own name.
    path = folder.absolute()
    return (path.parent.name if path.name == "visits" else path.name) or "kiosk"


def read_kiosks(found: Iterable[Source], since: date | None = None) -> Visits:
    """The visits of several kiosks' folders, each read once, with what they lack named once.

    OSError only when a folder cannot be listed.
    """
    read = Visits()
    seen: set[Path] = set()
    folders: dict[str, list[str]] = {}  # kiosk -> the folders its visits came from
    for source in found:
        if (key := source.folder.resolve()) in seen:
            continue  # the same folder reached twice (given twice, or through a link): counted once
        seen.add(key)
        before = len(read.visits)
        read_visits(source.folder, since, source.kiosk, into=read)
        for kiosk in dict.fromkeys(visit.kiosk for visit in read.visits[before:]):
            folders.setdefault(kiosk, []).append(str(source.folder))
    read.gaps.shared += [Skipped(kiosk, " and ".join(where)) for kiosk, where in folders.items() if len(where) > 1]
    return read


def read_visits(
    folder: Path, since: date | None = None, kiosk: str | None = None, *, into: Visits | None = None
) -> Visits:
    """Every visit in folder/visits-YYYY-MM-DD.jsonl that started on or after `since`.

    A record without a kiosk's name belongs to `kiosk` (default: the folder's name, or its
    parent's for DATA/visits). Nothing in a file stops the report: a line that is not a whole
    record (torn by a power cut, damaged, nested too deep, too long) is skipped and named, and so
    is a file that cannot be read (a folder named like a day file, no permission), a file that is
    no day's file, and a record of a newer format. OSError only when `folder` cannot be listed.
    """
    found = Visits() if into is None else into
    try:
        entries = _entries(folder)
    except FileNotFoundError:
        return found  # nothing recorded yet
    owner = _visits_name(folder) if kiosk is None else kiosk
    for entry in entries:
        path = folder / entry.name
        day = DAY_FILE.fullmatch(entry.name)
        if day is None:
            found.gaps.files.append(Skipped(str(path), CONFLICT if ".sync-conflict-" in entry.name else NOT_A_DAY))
            continue
        try:
            on = date.fromisoformat(day[1])
        except ValueError:  # visits-2025-13-45.jsonl
            found.gaps.files.append(Skipped(str(path), NOT_A_DAY))
            continue
        if since is None or on >= since:
            _read_file(path, found, since, owner)
    return found


def _read_file(path: Path, found: Visits, since: date | None, kiosk: str) -> None:
    if not path.is_file():  # a folder, a device, a dangling link: reading a device may never end
        why = "a folder, not a day's file" if path.is_dir() else "not a regular file"
        found.gaps.files.append(Skipped(str(path), why))
        return
    try:
        _read_day(path, found, since, kiosk)
    except OSError as error:  # no permission, a disk error: the other days still count
        found.gaps.files.append(Skipped(str(path), f"cannot be read: {error.strerror or error}"))


def _read_day(path: Path, found: Visits, since: date | None, kiosk: str) -> None:
    newer: Newer | None = None  # the day's records of newer formats, named once for the file
    with path.open("rb") as file:
        for number, line in enumerate(_lines(file), start=1):
            where = f"{path}:{number}"
            if line is None:
                found.gaps.torn.append(Skipped(where, f"longer than {MAX_LINE // 1024} KiB, not a visit"))
            elif line.strip() and (version := _read_line(line, where, found, since, kiosk)):
                if newer is None:
                    newer = Newer(where, 0, version)
                    found.gaps.newer.append(newer)
                newer.count += 1
                newer.version = max(newer.version, version)


def _read_line(line: bytes, where: str, found: Visits, since: date | None, kiosk: str) -> int:
    """Read one line into `found`; the record's format when it is newer than FORMAT (not read), else 0."""
    try:
        data = json.loads(line)
        version = data.get("v") if isinstance(data, dict) else None
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
            return version  # a newer kiosk may have changed anything: not a damaged line, not read
        lost = _lost(data, where)
        visit = _visit(data, kiosk) if lost is None else None
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
    return 0


def _lost(data: Any, where: str) -> Lost | None:
    # The kiosk's note of visits it could not write: {"v":1,"kiosk":...,"lost":N,"since":...,"error":...}.
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


def folders_named(found: Sequence[Source]) -> str:
    """The folders read, for "No visits yet in ...": a few named, the rest counted."""
    names = [str(source.folder) for source in found]
    if len(names) <= 3:
        return ", ".join(names)
    return f"{', '.join(names[:2])} and {len(names) - 2} more folders"
