"""The photo checks `kiosk check` adds to the model's: does each file decode, and is it big enough.

Only image headers are read (QImageReader.size() does not decode pixels), so checking a folder of
24-megapixel photos takes milliseconds per photo.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtGui import QImageReader

from kiosk.content import ImageRef, Problem, Severity

SMALL_LONG_SIDE = 1280  # px: below this a photo looks soft on a 1080p screen
MAX_PIXELS = 100_000_000  # more than this is a decompression bomb, not a photo for a screen


@contextmanager
def _quiet_decoders() -> Iterator[None]:
    """Hold back libjpeg's and libpng's own chatter: each broken file is reported once, located."""
    previous = qInstallMessageHandler(lambda *_: None)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _size(path: Path) -> tuple[int, int] | str:
    """The image's width and height from its header, or why it cannot be read."""
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)  # a PNG saved as .jpg is still a PNG
    if not reader.canRead():
        return reader.errorString().lower()
    size = reader.size()
    if not size.isValid():
        return "its header gives no size"
    return size.width(), size.height()


def check_images(images: Iterable[ImageRef], file: str) -> list[Problem]:
    """Problems with the photos named in a content file, located where each is named."""
    problems: list[Problem] = []
    sizes: dict[Path, tuple[int, int] | str] = {}
    for ref in images:
        if ref.path not in sizes:
            with _quiet_decoders():
                sizes[ref.path] = _size(ref.path)
        size = sizes[ref.path]

        def add(severity: Severity, message: str, hint: str, ref: ImageRef = ref) -> None:
            problems.append(
                Problem(file, ref.line, ref.column, severity, ref.key_path, message, hint, recoverable=True)
            )

        name = ref.path.name
        if isinstance(size, str):
            add(Severity.ERROR, f"{name} is not an image Qt can read ({size})", "save it as a JPEG or PNG")
        elif size[0] * size[1] > MAX_PIXELS:
            add(
                Severity.ERROR,
                f"{name} is {size[0]}x{size[1]} pixels, too large to show",
                "resize it to at most 6000 px on the long side",
            )
        elif max(size) < SMALL_LONG_SIDE:
            add(
                Severity.WARNING,
                f"{name} is only {size[0]}x{size[1]} pixels and will look soft",
                f"use a photo at least {SMALL_LONG_SIDE} px on the long side",
            )
    return problems
