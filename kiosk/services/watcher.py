"""Live reload: watch the content file, its folder and its photo folders; reload after a quiet spell.

Editors save by writing a new file and renaming it over the old one, which silently ends an
inotify watch on the file: so the folder is watched too, and the file is re-added after every
change. Network shares send no events at all: a slow poll of the file's identity backs both up.
A content folder replaced by switching a symlink changes that identity and is caught the same way.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

if TYPE_CHECKING:
    from kiosk.content import LoadResult

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
POLL_MS = 2000


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    """What changes when the file is edited, replaced or reached through another folder."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_dev, info.st_mtime_ns, info.st_size


class ContentWatcher(QObject):
    """Emits `reloaded` with every load after a change settles; the caller decides what to keep."""

    reloaded = Signal(object)  # LoadResult

    def __init__(
        self,
        path: str | os.PathLike[str],
        parent: QObject | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._path = Path(path).absolute()  # not resolved: a symlinked folder may be switched
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._changed)
        self._watcher.directoryChanged.connect(self._changed)
        self._debounce = QTimer(self)
        self._debounce.setObjectName("reloadDebounce")
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.reload)
        self._poll = QTimer(self)
        self._poll.setObjectName("reloadPoll")
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._check)
        self._seen = _identity(self._path)
        self._folders: set[str] = set()
        self.arm()
        self._poll.start()

    @property
    def path(self) -> Path:
        """The content file as given (symlinks not resolved)."""
        return self._path

    def watch_folders(self, folders: set[Path]) -> None:
        """Also watch these folders (the photos' folders), so a replaced photo reloads too."""
        self._folders = {str(f) for f in folders}
        self.arm()

    def arm(self) -> None:
        """(Re-)add every path to the watcher; paths it already holds are left alone."""
        wanted = {str(self._path), str(self._path.parent), str(self._path.parent.parent), *self._folders}
        present = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [p for p in wanted - present if os.path.exists(p)]
        if missing:
            self._watcher.addPaths(missing)

    def _changed(self, path: str) -> None:
        self.arm()  # a rename over the file ended its watch
        # The content folder and its parent see unrelated files come and go: only a change of the
        # file itself counts there. Any change in a photo folder may be a replaced photo.
        if path in self._folders or path == str(self._path) or _identity(self._path) != self._seen:
            self._debounce.start()  # restart: 50 saves in a second make one reload, of the last

    def _check(self) -> None:
        self.arm()
        if _identity(self._path) != self._seen and not self._debounce.isActive():
            self._debounce.start()

    @Slot()
    def reload(self) -> None:
        """Load the file now and report the result."""
        self._debounce.stop()
        self._seen = _identity(self._path)
        from kiosk.content import load  # with PyYAML: the kiosk's start does without (kiosk/run.py)

        result: LoadResult = load(self._path)
        if result.exhibition is None:
            first = result.problems[0] if result.problems else None
            log.warning("content not reloaded: %s", first or "unreadable")
        else:
            log.info("content reloaded from %s", self._path)
        self.reloaded.emit(result)
