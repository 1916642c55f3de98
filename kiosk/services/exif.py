"""What `kiosk check` asks of a JPEG's EXIF block that Qt does not tell: does it still hold a GPS position.

Qt applies EXIF orientation but exposes no other EXIF field. Finding the GPS block takes the
file's first segments only (the EXIF block is at most 64 KiB, before the image data): a few
structures of the TIFF format, read here rather than adding a library for one question.
Damaged or foreign data answers False, never an exception.
"""

from __future__ import annotations

import struct
from pathlib import Path

GPS_IFD = 0x8825  # the IFD0 entry pointing at the GPS block
GPS_LATITUDE, GPS_LONGITUDE = 2, 4
HEAD = 128 * 1024  # enough for the segments before the EXIF block and the block itself


def _app1_exif(data: bytes) -> bytes | None:
    """The TIFF structure of the JPEG's EXIF segment, if it has one."""
    if not data.startswith(b"\xff\xd8"):
        return None
    at = 2
    while at + 4 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no metadata after this
            return None
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        segment = data[at + 4 : at + 2 + length]
        if marker == 0xE1 and segment.startswith(b"Exif\x00\x00"):
            return segment[6:]
        at += 2 + length
    return None


def _entries(tiff: bytes, order: str, offset: int) -> dict[int, int]:
    """An IFD's tags and their value fields (an offset, for the pointers read here)."""
    (count,) = struct.unpack(order + "H", tiff[offset : offset + 2])
    entries = {}
    for n in range(count):
        start = offset + 2 + 12 * n
        tag, _kind, _count, value = struct.unpack(order + "HHII", tiff[start : start + 12])
        entries[tag] = value
    return entries


def has_gps_position(path: Path) -> bool:
    """Whether the photo's EXIF block holds a GPS latitude or longitude."""
    try:
        with path.open("rb") as file:
            tiff = _app1_exif(file.read(HEAD))
        if tiff is None or tiff[:2] not in (b"II", b"MM"):
            return False
        order = "<" if tiff[:2] == b"II" else ">"
        (first,) = struct.unpack(order + "I", tiff[4:8])
        gps = _entries(tiff, order, first).get(GPS_IFD)
        return gps is not None and bool({GPS_LATITUDE, GPS_LONGITUDE} & _entries(tiff, order, gps).keys())
    except (OSError, struct.error):
        return False
