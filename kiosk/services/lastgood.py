"""The last good content, kept across restarts: a kiosk that starts while its content file is broken shows it.

A running kiosk keeps the last good content on screen when a broken edit arrives. A kiosk that
starts then (a power cut, a night's shutdown, a crash) had nothing to keep, and would not start:
with many kiosks fed by a sync tool, one broken save left every kiosk that restarted dark, and
systemd stops retrying after a few minutes. So each content shown is kept here, byte for byte,
with the path of the file it came from; at start, a broken file falls back to it (kiosk/run.py),
read as if it were in its own folder so that its photos are found. The file and its note are
written whole (a new file renamed over the old), and a failure costs the copy, never the kiosk.
Pure Python: no Qt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)


def _key(content: str | os.PathLike[str]) -> str:
    # A copy per content file: a crash between writing a copy and its note never pairs one
    # content file's note with another's copy.
    return hashlib.sha256(str(Path(content).absolute()).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Kept:
    """A kept copy: its path, the content file it copies, and when that was on screen."""

    path: Path
    content: Path
    saved: str  # local time, to the minute


class LastGood:
    """The copy in FOLDER (DATA_DIR/last-good): saved after each content shown, found at start."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._failing = False

    def save(self, content: str | os.PathLike[str], source: bytes) -> None:
        """Keep these bytes as the last good version of this content file."""
        note = {"content": str(Path(content).absolute()), "saved": datetime.now().isoformat(timespec="minutes")}
        key = _key(content)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _replace(self.folder / f"{key}.yaml", source)
            _replace(self.folder / f"{key}.json", json.dumps(note).encode())
        except OSError as error:
            if not self._failing:
                log.warning("cannot keep the last good content in %s (%s)", self.folder, error.strerror or error)
            self._failing = True
            return
        self._failing = False

    def find(self, content: str | os.PathLike[str]) -> Kept | None:
        """The kept copy of this content file, if there is one."""
        key = _key(content)
        try:
            note = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            copies, saved = Path(note["content"]), str(note["saved"])
        except (OSError, ValueError, KeyError, TypeError):
            return None  # none yet, or damaged: the kiosk does as it would without
        if copies != Path(content).absolute() or not (self.folder / f"{key}.yaml").is_file():
            return None
        return Kept(self.folder / f"{key}.yaml", copies, saved)


def _replace(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    with open(temporary, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())  # the copy matters after a power cut: that is when it is read
    os.replace(temporary, path)
