"""The photo checks `kiosk check` adds to the model's: does each file decode, is it big enough, is it twice there.

Image headers are read (QImageReader.size() does not decode pixels), and a file's last bytes to see
that it is whole; sizes are those of the photo upright, as the screens show it (its EXIF
orientation applied). Only photos of the same size are decoded, at 64x64, to find the same
picture under two names. The kiosk refuses the same photos with the same function
(photos.open_photo), so what passes here is shown there.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSize, qInstallMessageHandler
from PySide6.QtGui import QImage, QImageIOHandler

from kiosk.content import ImageRef, Problem, Severity
from kiosk.services.exif import has_gps_position
from kiosk.services.photos import Refusal, open_photo

SMALL_LONG_SIDE = 1280  # px: below this a photo looks soft on a 1080p screen
# The same picture under two names: their 64x64 thumbnails differ nowhere by more than this
# (of 255). A copy, or the photo saved again at another quality or size, stays within a few levels;
# two pictures differ somewhere by far more, even two stand-ins that differ only in their caption.
THUMBNAIL = 64
SAME_PICTURE = 24


@contextmanager
def _quiet_decoders() -> Iterator[None]:
    """Hold back libjpeg's and libpng's own chatter: each broken file is reported once, located."""
    previous = qInstallMessageHandler(lambda *_: None)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _inspect(path: Path) -> tuple[int, int, bool] | Refusal:
    """The photo's upright width and height and whether it is animated, from its header; or why it cannot be shown."""
    # Nothing of the reader is kept: it holds its file open, and a content file can name thousands.
    reader = open_photo(str(path))
    if isinstance(reader, Refusal):
        return reader
    size = reader.size()
    if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
        size.transpose()  # stored on its side: the screens show it turned upright
    return size.width(), size.height(), reader.supportsAnimation() and reader.imageCount() > 1


def _thumbnail(path: Path) -> bytes:
    """The photo upright and small, in colour (JPEG decodes that small at an eighth of the work)."""
    reader = open_photo(str(path))
    if isinstance(reader, Refusal):
        return b""
    reader.setAutoTransform(True)
    reader.setScaledSize(QSize(THUMBNAIL, THUMBNAIL))
    image = reader.read().convertToFormat(QImage.Format.Format_RGB888)
    # Each row on its own: rows are padded to whole words.
    rows = (cast(memoryview, image.constScanLine(y)).tobytes()[: 3 * image.width()] for y in range(image.height()))
    return b"".join(rows)


def _difference(a: bytes, b: bytes) -> int:
    return max(abs(x - y) for x, y in zip(a, b, strict=True))


def _same_pictures(found: dict[Path, tuple[int, int, bool] | Refusal]) -> dict[Path, Path]:
    """For each photo that shows the same picture as another, that other; only photos of one size are compared."""
    by_size: dict[tuple[int, int], list[Path]] = {}
    for path, photo in found.items():
        if not isinstance(photo, Refusal):
            by_size.setdefault(photo[:2], []).append(path)
    same: dict[Path, Path] = {}
    for paths in by_size.values():
        if len(paths) < 2:
            continue
        with _quiet_decoders():
            thumbnails = {path: _thumbnail(path) for path in paths}
        for i, a in enumerate(paths):
            for b in paths[i + 1 :]:
                ta, tb = thumbnails[a], thumbnails[b]
                if ta and len(ta) == len(tb) and _difference(ta, tb) < SAME_PICTURE:
                    same.setdefault(a, b)
                    same.setdefault(b, a)
    return same


def check_images(images: Iterable[ImageRef], file: str) -> list[Problem]:
    """Problems with the photos named in a content file, located where each is named."""
    problems: list[Problem] = []
    images = list(images)
    found: dict[Path, tuple[int, int, bool] | Refusal] = {}
    for ref in images:
        if ref.path not in found:
            with _quiet_decoders():
                found[ref.path] = _inspect(ref.path)
    same = _same_pictures(found)
    first_line = {ref.path: ref.line for ref in reversed(images)}
    gps = [path for path, photo in found.items() if not isinstance(photo, Refusal) and has_gps_position(path)]
    for ref in images:
        photo = found[ref.path]

        def add(severity: Severity, message: str, hint: str, ref: ImageRef = ref) -> None:
            problems.append(
                Problem(file, ref.line, ref.column, severity, ref.key_path, message, hint, recoverable=True)
            )

        name = ref.path.name
        if isinstance(photo, Refusal):
            hint = photo.hint
            if ref.path.suffix.lower() in (".heic", ".heif"):  # an iPhone's photo, as it left the phone
                hint = f"kiosk add-photos {Path(file).name} {name} makes it a JPEG and adds it with its caption"
            add(Severity.ERROR, f"{name} is {photo.reason}", hint)
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
        if ref.path in same:
            other = same[ref.path]
            message = f"{name} shows the same picture as {other.name} (line {first_line[other]})"
            add(Severity.WARNING, message, "keep one of the two, or replace one with the photo meant")
        if gps and ref.path == gps[0] and ref.line == first_line[ref.path]:  # once: a camera's whole folder has it
            more = f"{len(gps) - 1} more photo{'s' * (len(gps) > 2)}"
            which = f"{name} and {more} still hold" if len(gps) > 1 else f"{name} still holds"
            message = f"{which} the GPS position where they were taken"
            hint = "the files travel with the content to every kiosk: remove it, e.g. exiftool -gps:all= FILE"
            add(Severity.WARNING, message, hint)
    return problems
