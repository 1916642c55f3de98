"""A photo that crashes the decoder must not keep the kiosk in a crash loop.

Qt's image decoders are C code: a file that makes one crash takes the process with it, systemd
starts the kiosk again, the slideshow comes back to the same photo, and the hall sees a kiosk
restarting every few seconds. So before each decode the guard notes the photo in a small state
file, and clears it once the decode returns. At the next start, a photo still noted there was
being decoded when the process died. Twice in a row, and the guard refuses that photo (a
placeholder stands in, as for any unreadable file) until the file is replaced, and logs why.

Writing: a temporary file beside the state file, renamed over it, so the next start finds the old
state or the new one, never half of one. The file only needs to survive the process, not a power
cut: the kernel keeps what was written when the process dies, so there is no fsync on every photo
(twice a photo, on an SD card, while other decodes wait for the lock); only the start's write,
which holds the refused photos, is synced. A write that fails (a full disk, a read-only remount,
the data folder deleted) is tried again at the next photo, and the guard protects again as soon
as one succeeds: one failure must not leave the kiosk unguarded for weeks.

Reading: whatever is at the path, the kiosk starts. The state file is small and of one shape, so
anything else (a FIFO, a folder, a huge or deeply nested file, thousands of entries) is refused
before it can block, exhaust memory or recurse, and the guard starts without its memory and says
so in one line.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

log = logging.getLogger(__name__)

STRIKES = 2  # deaths in a row while decoding the same photo before it is skipped
# What the state file can hold, with room to spare: a few photos being decoded at once (one per
# decoding thread) and the photos refused, a few at most; each a path and a modification time.
MAX_BYTES = 64 * 1024
MAX_ENTRIES = 256  # in each of its two lists
MAX_DEPTH = 8  # the file is two levels deep; Python's json recurses, and fails past ~1000 levels
# A JSON string (its closing quote optional, so that an unterminated one cannot make the scan
# start again at every quote inside it) or a bracket: the brackets outside strings give the depth.
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"?|[][{}]', re.DOTALL)


def photo_key(path: str) -> str:
    """The photo as the guard knows it: its path and modification time, so a replaced file is new."""
    try:
        return f"{path}@{os.stat(path).st_mtime_ns}"
    except (OSError, ValueError):  # ValueError: a NUL in the path (from a damaged state file, say)
        return path


def _path(key: str) -> str:
    return key.rsplit("@", 1)[0]


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file"


def _depth(text: str) -> int:
    """How deep the JSON text's arrays and objects nest, found without parsing it."""
    depth = deepest = 0
    for token in _STRING_OR_BRACKET.findall(text):
        if token in ("[", "{"):
            depth += 1
            deepest = max(deepest, depth)
        elif token in ("]", "}"):
            depth -= 1
    return deepest


def _read(state_file: Path) -> object:
    """The state file's JSON, or None when there is none; raises OSError or ValueError saying why not."""
    try:
        # Not opened unless it is a file: opening a device can act on it, opening a FIFO waits for a writer.
        mode = os.stat(state_file).st_mode
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(mode):
        raise ValueError(f"it is {_kind(mode)}")
    # O_NONBLOCK: if it became a FIFO since, open() returns at once and fstat() sees it.
    fd = os.open(state_file, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError(f"it is {_kind(info.st_mode)}")
        if info.st_size > MAX_BYTES:
            raise ValueError(f"{info.st_size} bytes, more than the {MAX_BYTES} it can hold")
        data = b""
        while len(data) <= MAX_BYTES and (chunk := os.read(fd, MAX_BYTES + 1 - len(data))):
            data += chunk
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:  # it grew after fstat()
        raise ValueError(f"more than the {MAX_BYTES} bytes it can hold")
    text = data.decode("utf-8")
    depth = _depth(text)
    if depth > MAX_DEPTH:
        raise ValueError(f"nested {depth} deep, more than the {MAX_DEPTH} it can be")
    return json.loads(text)


class DecodeGuard:
    """Notes which photos are being decoded, and refuses those the kiosk died on twice in a row."""

    def __init__(self, state_file: Path | None) -> None:
        self._file = state_file
        self._lock = threading.Lock()
        self._decoding: Counter[str] = Counter()  # several threads may decode the same photo
        self._strikes: dict[str, int] = {}
        self._failed_writes = 0  # since the last write that worked: logged at the first and when one works
        if state_file is not None:
            self._recover(state_file)

    def _recover(self, state_file: Path) -> None:
        try:
            state = _read(state_file)
            if state is None:
                return
            if not isinstance(state, dict):
                raise ValueError("not the guard's format")
            died, before = state.get("decoding", []), state.get("strikes", {})
            if not isinstance(died, list) or not isinstance(before, dict):
                raise ValueError("not the guard's format")
        # Any damage at all (Exception, not only OSError and ValueError): a kiosk that starts without
        # the guard's memory is better than one that never starts.
        except Exception as exc:
            log.warning("crash guard: ignoring %s (%s); starting without its memory of earlier starts", state_file, exc)
            return
        died_keys = [key for key in died if isinstance(key, str)]
        counts = [(key, count) for key, count in before.items() if isinstance(count, int)]
        dropped = len(died) + len(before) - min(len(died_keys), MAX_ENTRIES) - min(len(counts), MAX_ENTRIES)
        died_keys, before = died_keys[:MAX_ENTRIES], dict(counts[:MAX_ENTRIES])
        if dropped:  # one line for all of them: the log is not the place for thousands
            log.warning(
                "crash guard: dropped %d entries of %s (more than %d in a list, or not a photo's)",
                dropped,
                state_file,
                MAX_ENTRIES,
            )
        # A refused photo stays refused until its file changes (its key changes with it).
        self._strikes = {
            key: count for key, count in before.items() if count >= STRIKES and photo_key(_path(key)) == key
        }
        # "In a row": any other photo keeps its count only if it was being decoded at this death too.
        for key in died_keys:
            self._strikes[key] = before.get(key, 0) + 1
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
        # Only when there is something to keep: the next photo's decode writes the file anyway, and
        # replaces a damaged one with it.
        if self._strikes:
            self._save(durable=True)

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

    def _state(self) -> bytes:
        """The state as the file holds it, within what the next start reads (MAX_BYTES) if it can be."""
        decoding = sorted(self._decoding)
        strikes = dict(self._strikes)
        data = json.dumps({"decoding": decoding, "strikes": strikes}).encode()  # ASCII: any path survives
        # Only with hundreds of long paths (JSON's escapes can make a file read at the start 6 times
        # longer); the refused photos are worth the most, so they go last. Each entry dropped takes
        # at least `"key": count` with it, so one pass and one more dump do.
        excess = len(data) - MAX_BYTES
        if excess > 0:
            for key in sorted(strikes, key=strikes.__getitem__):
                excess -= len(json.dumps(key)) + 2 + len(str(strikes.pop(key)))
                if excess <= 0:
                    break
            data = json.dumps({"decoding": decoding, "strikes": strikes}).encode()
        return data

    def _save(self, *, durable: bool = False) -> None:
        if self._file is None:
            return
        try:
            self._write(self._file, self._state(), durable=durable)
        except OSError as exc:
            self._failed_writes += 1
            if self._failed_writes == 1:
                log.warning(
                    "crash guard: cannot write %s (%s); photos are not guarded until it can, will retry at "
                    "the next photo",
                    self._file,
                    exc,
                )
            return
        if self._failed_writes:
            log.warning(
                "crash guard: writing %s again after %d failed writes; photos are guarded again",
                self._file,
                self._failed_writes,
            )
            self._failed_writes = 0

    @staticmethod
    def _write(state_file: Path, data: bytes, *, durable: bool) -> None:
        temporary = state_file.with_name(state_file.name + ".tmp")
        # Whatever is left at the temporary name (a write that died, or anything else) goes first:
        # O_EXCL then makes a new regular file, never opens a FIFO or follows a link someone left there.
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC
        try:
            fd = os.open(temporary, flags, 0o644)
        except FileNotFoundError:  # the data folder is gone (deleted, or a mount not there yet)
            state_file.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(temporary, flags, 0o644)
        try:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                if durable:
                    os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temporary, state_file)
        except OSError:
            with suppress(OSError):
                os.unlink(temporary)  # on a full disk, what it held is given back
            raise
