"""Media files made in the tests: a PDF drawn with QPdfWriter and a Motion-JPEG AVI written by hand."""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

# The colours the tests look for on screen: each PDF page and each video frame is one of these.
PAGE_COLOURS = ["#C0392B", "#27AE60", "#2980B9", "#8E44AD", "#D35400"]


def make_pdf(path: Path, pages: int = 3) -> Path:
    """An A4 PDF whose pages are each filled with a colour of PAGE_COLOURS and show their number."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setResolution(72)
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        area = QRect(0, 0, writer.width(), writer.height())
        painter.fillRect(area.adjusted(40, 40, -40, -40), QColor(PAGE_COLOURS[page % len(PAGE_COLOURS)]))
        font = QFont("Noto Sans")
        font.setPixelSize(240)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, str(page + 1))
    painter.end()
    return path


def _jpeg(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPG", 85)  # type: ignore[call-overload]  # the stub misses QIODevice with a format
    return bytes(data.data())


def _chunk(fourcc: bytes, payload: bytes) -> bytes:
    # RIFF chunks are word-aligned: an odd payload gets a pad byte that its size does not count.
    return fourcc + struct.pack("<I", len(payload)) + payload + (b"\0" if len(payload) % 2 else b"")


def _list(kind: bytes, payload: bytes) -> bytes:
    return _chunk(b"LIST", kind + payload)


def _numbered_frame(second: int, width: int, height: int) -> QImage:
    """A frame of second `second` (from 0): its colour of PAGE_COLOURS, showing its number (from 1)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(PAGE_COLOURS[second % len(PAGE_COLOURS)]))
    painter = QPainter(image)
    painter.setPen(QColor("#FFFFFF"))
    font = QFont("Noto Sans")
    font.setPixelSize(height // 2)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, str(second + 1))
    painter.end()
    return image


def make_mjpeg_avi(
    path: Path,
    seconds: int = 4,
    fps: int = 10,
    size: tuple[int, int] = (320, 180),
    draw: Callable[[int], QImage] | None = None,
) -> Path:
    """A silent AVI of Motion-JPEG frames: each second one colour of PAGE_COLOURS with its number.

    AVI with MJPG is the simplest container FFmpeg plays: a header, one JPEG per frame, an index.
    No encoder is needed (QImage writes the JPEGs), so the test owns every byte of its video.
    `draw(n)`, when given, makes frame n instead (the benchmark's photographic frames).
    """
    width, height = size
    frames = []
    for n in range(seconds * fps):
        image = draw(n) if draw is not None else _numbered_frame(n // fps, width, height)
        frames.append(_jpeg(image))
    biggest = max(len(f) for f in frames)
    # avih: microseconds per frame, max bytes/s, padding, flags (has index), frames, initial frames,
    # streams, suggested buffer, width, height, four reserved words.
    avih = struct.pack(
        "<14I", 1_000_000 // fps, biggest * fps, 0, 0x10, len(frames), 0, 1, biggest, width, height, 0, 0, 0, 0
    )
    # strh: type, handler, flags, priority, language, initial frames, scale, rate (rate/scale = fps),
    # start, length, suggested buffer, quality (-1: default), sample size, frame rectangle.
    strh = (
        b"vids"
        + b"MJPG"
        + struct.pack("<IHHIIIIIIiI4h", 0, 0, 0, 0, 1, fps, 0, len(frames), biggest, -1, 0, 0, 0, width, height)
    )
    # strf: a BITMAPINFOHEADER naming the MJPG compression.
    strf = struct.pack("<IiiHH4sIiiII", 40, width, height, 1, 24, b"MJPG", width * height * 3, 0, 0, 0, 0)
    header = _list(b"hdrl", _chunk(b"avih", avih) + _list(b"strl", _chunk(b"strh", strh) + _chunk(b"strf", strf)))
    movi = b""
    index = b""
    for frame in frames:
        # idx1 offsets count from the 'movi' fourcc; every frame is a key frame (0x10).
        index += b"00dc" + struct.pack("<III", 0x10, 4 + len(movi), len(frame))
        movi += _chunk(b"00dc", frame)
    body = b"AVI " + header + _list(b"movi", movi) + _chunk(b"idx1", index)
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path
