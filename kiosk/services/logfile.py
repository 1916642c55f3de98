"""kiosk.log: rotated, made anew when it or its folder is deleted, whole lines only, quiet about a failing disk.

Weeks unattended meet faults a desk never does: a technician deletes the data folder, the disk
fills, a card is remounted read-only. The log must come back by itself when the fault ends, and
must not flood stderr (the journal) meanwhile: the first failure is said once, lines written while
it lasts are counted, and when a write works again the log says how many were lost. Each line is
one write; one that fails part way is cut back off, so the file never holds half a line.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from kiosk.services.appending import append_whole

MAX_BYTES = 2_000_000
BACKUPS = 5


class LogFile(logging.Handler):
    """Appends each record to `path` as one whole line; rotates it at MAX_BYTES, keeping BACKUPS old files."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__()
        self.path = path
        self.lost = 0  # lines not written since the current failure began
        self._max_bytes, self._backups = max_bytes, backups
        self._fd: int | None = (
            None  # opened at the first record: a folder that cannot be made yet is a fault like any other
        )
        self._identity: tuple[int, int] | None = None
        self._failing = False

    def emit(self, record: logging.LogRecord) -> None:
        """Write the record as one line; after a failure, first the count of lines lost."""
        try:
            line = self.format(record)
        except Exception:  # a record that cannot be formatted is logging's own error
            self.handleError(record)
            return
        if self._failing:
            note = logging.makeLogRecord(
                {
                    "name": "kiosk",
                    "levelno": logging.WARNING,
                    "levelname": "WARNING",
                    "msg": f"{self.lost} log lines were lost: {self.path} could not be written",
                }
            )
            if not self._write(self.format(note)):
                self.lost += 1
                return
            self._failing, self.lost = False, 0
            print(f"kiosk: writing {self.path} again", file=sys.stderr)
        if not self._write(line):
            self.lost += 1

    def _write(self, line: str) -> bool:
        data = (line + "\n").encode("utf-8", "replace")
        try:
            fd = self._file(len(data))
            append_whole(fd, data, os.lseek(fd, 0, os.SEEK_END))  # no half line
        except OSError as exc:
            self._close()
            if not self._failing:
                self._failing = True
                print(
                    f"kiosk: cannot write {self.path} ({exc.strerror or exc}); carrying on, counting the lines lost",
                    file=sys.stderr,
                )
            return False
        return True

    def _file(self, adding: int) -> int:
        """The open file: opened anew when deleted or replaced (as WatchedFileHandler does), rotated when full."""
        if self._fd is not None and self._identity != _identity(self.path):
            self._close()
        if self._fd is not None and os.fstat(self._fd).st_size + adding > self._max_bytes:
            self._close()
            self._rotate()
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)  # the data folder may have been deleted
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o644)
            info = os.fstat(self._fd)
            self._identity = (info.st_dev, info.st_ino)
        return self._fd

    def _rotate(self) -> None:
        for n in range(self._backups - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{n}")
            if older.exists():
                older.replace(self.path.with_name(f"{self.path.name}.{n + 1}"))
        if self.path.exists():
            self.path.replace(self.path.with_name(f"{self.path.name}.1"))

    def _close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
        self._fd = None

    def close(self) -> None:
        """Close the file (logging's shutdown and the kiosk's teardown call this)."""
        self.acquire()
        try:
            self._close()
        finally:
            self.release()
        super().close()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino
