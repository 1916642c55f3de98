"""A photo that crashes the decoder must not keep the kiosk in a crash loop.

Qt's image decoders are C code: a file that makes one crash takes the process with it, systemd
starts the kiosk again, the slideshow comes back to the same photo, and the hall sees a kiosk
restarting every few seconds. So before each decode the guard notes the photo in a small state
file, and clears it once the decode returns. At the next start, a photo still noted there was
being decoded when the process died. Twice in a row, and the guard refuses that photo (a
placeholder stands in, as for any unreadable file) until the file is replaced, and logs why.

The file only needs to survive the process, not a power cut: the kernel keeps what was written
when the process dies, so there is no fsync on every photo.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

STRIKES = 2  # deaths in a row while decoding the same photo before it is skipped


def photo_key(path: str) -> str:
    """The photo as the guard knows it: its path and modification time, so a replaced file is new."""
    try:
        return f"{path}@{os.stat(path).st_mtime_ns}"
    except OSError:
        return path


def _path(key: str) -> str:
    return key.rsplit("@", 1)[0]


class DecodeGuard:
    """Notes which photos are being decoded, and refuses those the kiosk died on twice in a row."""

    def __init__(self, state_file: Path | None) -> None:
        self._file = state_file
        self._lock = threading.Lock()
        self._decoding: Counter[str] = Counter()  # several threads may decode the same photo
        self._strikes: dict[str, int] = {}
        if state_file is not None:
            try:
                state_file.parent.mkdir(parents=True, exist_ok=True)  # once here: _save runs twice a photo
            except OSError as exc:
                log.warning("crash guard: cannot write %s (%s); it is off", state_file, exc)
                self._file = None
                return
            self._recover(state_file)

    def _recover(self, state_file: Path) -> None:
        try:
            state = json.loads(state_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("crash guard: ignoring %s (%s)", state_file, exc)
            state = {}
        died = state.get("decoding", []) if isinstance(state, dict) else []
        before = state.get("strikes", {}) if isinstance(state, dict) else {}
        if not isinstance(died, list) or not isinstance(before, dict):
            died, before = [], {}
        # A refused photo stays refused until its file changes (its key changes with it).
        self._strikes = {
            key: count
            for key, count in before.items()
            if isinstance(count, int) and count >= STRIKES and photo_key(_path(key)) == key
        }
        # "In a row": any other photo keeps its count only if it was being decoded at this death too.
        for key in died:
            if isinstance(key, str):
                prior = before.get(key, 0)
                self._strikes[key] = (prior if isinstance(prior, int) else 0) + 1
        for key, count in self._strikes.items():
            if count >= STRIKES:
                log.error(
                    "skipping %s: the kiosk stopped %d times in a row while decoding it; a placeholder "
                    "stands in until the file is replaced",
                    _path(key),
                    count,
                )
            else:
                log.warning("the kiosk stopped while decoding %s; it is skipped if that happens again", _path(key))
        self._save()

    def allowed(self, path: str) -> bool:
        """False for a photo the kiosk died on twice in a row (and not replaced since)."""
        return self._strikes.get(photo_key(path), 0) < STRIKES

    @contextmanager
    def decoding(self, path: str) -> Iterator[None]:
        """Note the photo for the length of its decode."""
        key = photo_key(path)
        with self._lock:
            self._decoding[key] += 1
            self._save()
        try:
            yield
        finally:
            with self._lock:
                self._decoding[key] -= 1
                if not self._decoding[key]:
                    del self._decoding[key]
                self._strikes.pop(key, None)  # it came back: the count starts again
                self._save()

    def _save(self) -> None:
        if self._file is None:
            return
        state = {"decoding": sorted(self._decoding), "strikes": self._strikes}
        temporary = self._file.with_name(self._file.name + ".tmp")
        try:
            temporary.write_text(json.dumps(state), encoding="utf-8")
            os.replace(temporary, self._file)  # never a half-written file for the next start
        except OSError as exc:
            log.warning("crash guard: cannot write %s (%s); it is off until it can", self._file, exc)
            self._file = None
