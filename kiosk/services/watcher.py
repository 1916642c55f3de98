"""Live reload: watch the content file, the files it names and their folders; reload after a quiet spell.

Editors save by writing a new file and renaming it over the old one, which silently ends an
inotify watch on the file: so the folders are watched, and every path is re-added after each
change. Network shares send no events at all: a slow poll of the file, and of the files it names
that have not arrived, backs the events up. A content folder replaced by switching a symlink
changes the file's identity and is caught the same way.

Any event only starts the quiet spell; at its end the kiosk reloads if, and only if, the content
file or a file it names (a photo, a document) was changed, replaced, deleted or has arrived. A
sync tool fills the folder with files of its own (Syncthing's `.syncthing.*.tmp` while it copies,
`*.sync-conflict-*` copies, `.stfolder`), and a long copy sends events for seconds: none of that
reloads by itself, and a photo that arrives after the content file that names it does.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from kiosk.content import ContentFiles

if TYPE_CHECKING:
    from kiosk.content import LoadResult

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
POLL_MS = 2000

Identity = tuple[int, int, int, int] | None


def _identity(path: Path) -> Identity:
    """What changes when the file is edited, replaced, deleted, arrives or is reached through another folder."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_dev, info.st_mtime_ns, info.st_size


def _nearest_folder(folder: Path) -> Path:
    """The folder, or the nearest one above it that exists (a photo folder not synced yet)."""
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    return folder


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
        self._debounce.timeout.connect(self._settled)
        self._poll = QTimer(self)
        self._poll.setObjectName("reloadPoll")
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._check)
        self._files: frozenset[Path] = frozenset()
        self._seen = self._identities()
        self.arm()
        self._poll.start()

    @property
    def path(self) -> Path:
        """The content file as given (symlinks not resolved)."""
        return self._path

    def follow(self, files: ContentFiles) -> None:
        """Also follow these files (what the content on screen names) until the next load names its own."""
        self._files = files.named
        self._seen = self._identities()
        self.arm()

    def _identities(self) -> dict[Path, Identity]:
        return {path: _identity(path) for path in (self._path, *self._files)}

    def _folders(self) -> set[str]:
        parents = {self._path.parent.parent, *(f.parent for f in self._files)}  # a few, for thousands of photos
        return {str(self._path.parent), *(str(_nearest_folder(folder)) for folder in parents)}

    def arm(self) -> None:
        """(Re-)add every path to the watcher, and let go of those no longer wanted (a folder renamed away)."""
        wanted = {str(self._path), *self._folders()}
        present = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [p for p in wanted - present if os.path.exists(p)]
        if missing:
            self._watcher.addPaths(missing)
        if present - wanted:
            self._watcher.removePaths(list(present - wanted))

    @Slot(str)
    def _changed(self, _path: str) -> None:
        self.arm()  # a rename over the file ended its watch; a new folder may hold a missing photo
        self._debounce.start()  # restart: 50 saves in a second, or a long copy, make one check at the end

    @Slot()
    def _check(self) -> None:
        self.arm()
        # The file and what has not arrived yet: a stat each. Every photo, thousands in a large
        # exhibition, only when an event says something changed.
        awaited = (self._path, *(path for path, seen in self._seen.items() if seen is None))
        if not self._debounce.isActive() and any(_identity(path) != self._seen.get(path) for path in awaited):
            self._debounce.start()

    @Slot()
    def _settled(self) -> None:
        seen = self._identities()
        if seen != self._seen:
            self._load(seen)  # with what was just read: every photo is stat()ed once per settle

    @Slot()
    def reload(self) -> None:
        """Load the file now and report the result."""
        self._load(self._identities())

    def _load(self, seen: dict[Path, Identity]) -> None:
        """Load the file, its files' identities `seen` just before (a change while it loads is seen next time)."""
        self._debounce.stop()
        from kiosk.content import load  # with PyYAML: the kiosk's start does without (kiosk/run.py)

        result: LoadResult = load(self._path)
        if result.files.named or result.exhibition is not None:
            self._files = result.files.named  # a file that does not parse names nothing: keep the last
        self._seen = {path: seen[path] if path in seen else _identity(path) for path in (self._path, *self._files)}
        self.arm()
        if result.exhibition is None:
            first = result.problems[0] if result.problems else None
            log.warning("content not reloaded: %s", first or "unreadable")
        else:
            log.info("content reloaded from %s", self._path)
        self.reloaded.emit(result)
