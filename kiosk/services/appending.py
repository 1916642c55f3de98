"""Appending to the kiosk's own files, a record at a time: all of a write or none of it.

A full disk takes what fits of a write and then fails. The kiosk's log and its visits both cut
such a write back off, so that a reader never meets a fragment that a power cut did not make.
"""

from __future__ import annotations

import os
from collections.abc import Callable


def append_whole(
    fd: int, data: bytes, start: int, *, sync: bool = False, cut_failed: Callable[[OSError], None] | None = None
) -> None:
    """Append `data` to `fd` (opened O_APPEND, `start` bytes long), or raise with the file cut back to `start`.

    `sync`: make it durable before returning. `cut_failed` hears why the cut itself failed (a disk
    gone read-only under the write leaves the fragment, which readers skip).
    """
    try:
        written = 0
        while written < len(data):  # a short write is the disk filling up: the next one says why
            written += os.write(fd, data[written:])
        if sync:
            os.fsync(fd)
    except OSError:
        try:
            # Shrinking needs no free space, so this works on a full disk; the kiosk is the only
            # writer, so nobody else's line can be in the part cut off.
            os.ftruncate(fd, start)
        except OSError as error:
            if cut_failed is not None:
                cut_failed(error)
        raise
