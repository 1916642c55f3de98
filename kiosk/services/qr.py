"""QR codes for take-away links: segno's module matrix, drawn sharp at exactly the size a screen asks.

The screens ask for image://qr/<percent-encoded URL> at the size they show it. Each module becomes
a square of whole pixels (the largest whole scale that fits, centred), so the edges a phone's
reader looks for are never smeared by scaling; the Image shows it unscaled with smooth off. Around
the code is the quiet zone the QR standard asks for, four modules of white that readers need to
find the code, and the dark modules are the kiosk's navy (16.5:1 on white, as good as black to a
camera). Encoding a long address takes tens of milliseconds of pure Python, so Qt calls the
provider on its image loading thread, not the GUI thread.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from urllib.parse import quote

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

log = logging.getLogger(__name__)

SCHEME = "qr"
QUIET_ZONE = 4  # modules
PAPER = 0xFFFFFFFF
INK = 0xFF0A1F3C  # the kiosk's navy
DEFAULT_SCALE = 8  # pixels per module when the screen asks for no size
Matrix = tuple[tuple[bool, ...], ...]


def qr_url(url: str) -> str:
    """The image URL under which the screens show `url`'s QR code."""
    # Every reserved character escaped, "/" too: the whole address is one name to the provider.
    return f"image://{SCHEME}/" + quote(url, safe="")


@functools.lru_cache(maxsize=64)
def qr_matrix(url: str) -> Matrix:
    """The code's modules, row by row, dark as True, without the quiet zone.

    Level Q (a quarter of the code may be unreadable: glare on the glass, a fingerprint) where it
    needs no more modules than level M; otherwise M (15 %), to keep the modules as large as possible.
    """
    import segno  # here, not at the top: it imports urllib.request, 50 ms of the kiosk's start

    code = segno.make_qr(url, error="m", boost_error=False)
    with contextlib.suppress(segno.DataOverflowError):
        code = segno.make_qr(url, error="q", version=code.version, boost_error=False)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


def scale_for(modules: int, side: int) -> int:
    """Whole pixels per module for a code of `modules` (quiet zone included) in `side` pixels; at least 1."""
    return max(1, side // modules)


def render(matrix: Matrix, side: int) -> QImage:
    """The code with its quiet zone, `side` pixels square (larger only if `side` cannot hold one pixel a module)."""
    modules = len(matrix) + 2 * QUIET_ZONE
    scale = scale_for(modules, side)
    side = max(side, modules * scale)
    start = (side - modules * scale) // 2 + QUIET_ZONE * scale
    blank = bytes(side)
    lines = [blank] * side
    for r, row in enumerate(matrix):
        line = bytearray(side)
        for c, dark in enumerate(row):
            if dark:
                x = start + c * scale
                line[x : x + scale] = b"\x01" * scale
        lines[start + r * scale : start + (r + 1) * scale] = [bytes(line)] * scale
    data = b"".join(lines)
    image = QImage(data, side, side, side, QImage.Format.Format_Indexed8)
    image.setColorTable([PAPER, INK])
    # The conversion owns its pixels; `image` only borrows `data`, which goes with this function.
    return image.convertToFormat(QImage.Format.Format_RGB32)


def requested_side(requested: QSize) -> int:
    """The side the screen asks for: the smaller of the two it gives, or 0 for none."""
    sides = [s for s in (requested.width(), requested.height()) if s > 0]
    return min(sides) if sides else 0


class QrProvider(QQuickImageProvider):
    """image://qr/<percent-encoded URL>: the URL's QR code at exactly the requested size."""

    def __init__(self) -> None:
        super().__init__(
            QQmlImageProviderBase.ImageType.Image, QQmlImageProviderBase.Flag.ForceAsynchronousImageLoading
        )

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: D102
        url = QUrl.fromPercentEncoding(image_id.encode())
        try:
            matrix = qr_matrix(url)
        except ValueError as error:  # too long to encode (segno.DataOverflowError): the loader refuses those
            log.warning("no QR code for %r: %s", url, error)
            return QImage()
        side = requested_side(requested) or (len(matrix) + 2 * QUIET_ZONE) * DEFAULT_SCALE
        image = render(matrix, side)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
