"""The photo checks `kiosk check` adds to the model's: does each file decode, and is it big enough.

Only image headers are read (QImageReader.size() does not decode pixels), and a file's last bytes
to see that it is whole, so checking a folder of 24-megapixel photos takes milliseconds per photo.
The kiosk refuses the same photos with the same function (photos.open_photo), so what passes here
is shown there.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import qInstallMessageHandler

from kiosk.content import ImageRef, Problem, Severity
from kiosk.services.photos import Refusal, open_photo

SMALL_LONG_SIDE = 1280  # px: below this a photo looks soft on a 1080p screen


@contextmanager
def _quiet_decoders() -> Iterator[None]:
    """Hold back libjpeg's and libpng's own chatter: each broken file is reported once, located."""
    previous = qInstallMessageHandler(lambda *_: None)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _inspect(path: Path) -> tuple[int, int, bool] | Refusal:
    """The photo's width, height and whether it is animated, from its header; or why it cannot be shown."""
    # Nothing of the reader is kept: it holds its file open, and a content file can name thousands.
    reader = open_photo(str(path))
    if isinstance(reader, Refusal):
        return reader
    size = reader.size()
    return size.width(), size.height(), reader.supportsAnimation() and reader.imageCount() > 1


def check_images(images: Iterable[ImageRef], file: str) -> list[Problem]:
    """Problems with the photos named in a content file, located where each is named."""
    problems: list[Problem] = []
    found: dict[Path, tuple[int, int, bool] | Refusal] = {}
    for ref in images:
        if ref.path not in found:
            with _quiet_decoders():
                found[ref.path] = _inspect(ref.path)
        photo = found[ref.path]

        def add(severity: Severity, message: str, hint: str, ref: ImageRef = ref) -> None:
            problems.append(
                Problem(file, ref.line, ref.column, severity, ref.key_path, message, hint, recoverable=True)
            )

        name = ref.path.name
        if isinstance(photo, Refusal):
            add(Severity.ERROR, f"{name} is {photo.reason}", photo.hint)
            continue
        width, height, animated = photo
        if max(width, height) < SMALL_LONG_SIDE:
            add(
                Severity.WARNING,
                f"{name} is only {width}x{height} pixels and will look soft",
                f"use a photo at least {SMALL_LONG_SIDE} px on the long side",
            )
        if animated:
            add(Severity.WARNING, f"{name} is animated; only its first frame is shown", "save that frame as a JPEG")
    return problems
