"""Photo decoding for the screens: at the exact size that fits, and the next photos ahead of time.

Qt Quick's own loader decodes on a single thread, so while one 24-megapixel JPEG decodes the second
core idles and the next photo waits its turn. The screens ask for image://photo/<path> instead:
Qt's loader thread calls this provider, which returns a photo already decoded ahead by the
prefetch pool (a thread per core) or decodes it there and then. Each decode reads the header first
and asks the decoder for the size that fits the box (a JPEG then scales while decoding), upright
by its EXIF orientation. QImageReader releases Python's lock while it decodes, so the two really
run at once. Prefetched photos wait in a cache bounded in bytes and leave it when served: Qt's
pixmap cache holds what is on screen, this one only what is coming.

Nothing is decoded that the file and its header show cannot be: a FIFO (opening it would wait
for a writer forever), a decompression bomb (refused from its header size, below Qt's own
allocation limit, so Qt never tries), or a file cut short (libjpeg would fill the missing half
grey). `kiosk check` refuses the same photos with the same function, `open_photo`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import struct
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QSize, QThreadPool, QUrl
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

from kiosk.content.problems import PHOTO_FILE_HINT, not_a_photo_file
from kiosk.services.crashguard import DecodeGuard

log = logging.getLogger(__name__)

SCHEME = "photo"
CACHE_BYTES = 64 * 1024 * 1024  # four 1080p photos, or one 4K photo and a half
MAX_PIXELS = 100_000_000  # more than this is a decompression bomb, not a photo for a screen
# What one decode may allocate. Qt's default, set explicitly (limit_image_allocation) so that an
# environment's QT_IMAGEIO_MAXALLOC cannot raise it, and so that the header check below and Qt
# agree: a photo Qt would refuse (with a warning of its own, naming no file) is refused first.
ALLOCATION_LIMIT_MB = 256
LARGEST_SCREEN = QSize(3840, 2160)  # what `kiosk check` assumes the kiosk decodes for
Key = tuple[str, int, int]
# In a JPEG's entropy-coded data 0xFF is followed by 0x00 or a restart marker (0xD0-0xD7):
# anything else, after any 0xFF fill bytes, is the next marker.
_JPEG_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_PNG_END = struct.pack(">I4sI", 0, b"IEND", 0xAE426082)


def limit_image_allocation() -> None:
    """Cap what Qt may allocate for one decoded image; call it where the application is made."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)


@dataclass(frozen=True)
class Refusal:
    """Why a photo is not decoded ("<name> is <reason>"), and what the curator can do about it."""

    reason: str
    hint: str


def open_photo(path: str, box: QSize | None = None) -> QImageReader | Refusal:
    """A reader for the photo, or why it cannot be shown, judged from the file and its header alone.

    `box` is the size it will be fitted into (None: any screen up to 4K).
    """
    try:
        info = os.stat(path)
    except OSError as error:
        return Refusal(f"missing ({(error.strerror or '').lower()})", "check the file name and folder")
    wrong = not_a_photo_file(info)
    if wrong is not None:
        return Refusal(wrong, PHOTO_FILE_HINT)
    unreadable = "save it as a JPEG or PNG"
    reader = QImageReader(path)
    reader.setDecideFormatFromContent(True)  # a PNG saved as .jpg is still a PNG
    if not reader.canRead():
        return Refusal(f"not an image Qt can read ({reader.errorString().lower()})", unreadable)
    size = reader.size()
    if not size.isValid():
        return Refusal("not an image Qt can read (its header gives no size)", unreadable)
    if _too_large(reader, size, box):
        return Refusal(
            f"{size.width()}x{size.height()} pixels, too large to show", "resize it to at most 6000 px on the long side"
        )
    try:
        short = _cut_short(path, bytes(reader.format().data()))
    except OSError as error:  # gone or replaced since the header was read
        return Refusal(f"unreadable ({(error.strerror or '').lower()})", "check the file and its permissions")
    if short:
        return Refusal("cut short: the file ends before the photo does", "copy the photo again")
    return reader


def _too_large(reader: QImageReader, size: QSize, box: QSize | None) -> bool:
    """Whether decoding would allocate more than the limit: a bomb, or too big a photo to decode whole."""
    area = size.width() * size.height()
    if area > MAX_PIXELS:
        return True
    if reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize):
        # A JPEG scales by a power of two while decoding, to no less than the box: under twice its sides.
        fit = box if box is not None and box.width() > 0 and box.height() > 0 else LARGEST_SCREEN
        area = min(area, 4 * fit.width() * fit.height())
    bits = QImage.toPixelFormat(reader.imageFormat()).bitsPerPixel() or 32  # a GIF tells only when read
    return area * bits // 8 > ALLOCATION_LIMIT_MB * 1024 * 1024


def _cut_short(path: str, kind: bytes) -> bool:
    """Whether a JPEG or PNG file ends before its image does, as a copy cut off would.

    A complete file ends with its end marker, read from the file's last bytes; only a file that
    does not (a JPEG may carry data after its image, such as a motion photo's video) is read whole.
    """
    if kind not in (b"jpeg", b"png"):
        return False
    with open(path, "rb") as file:
        end = b"\xff\xd9" if kind == b"jpeg" else _PNG_END
        file.seek(max(0, os.fstat(file.fileno()).st_size - len(end)))
        if file.read() == end:
            return False
        file.seek(0)
        data = file.read()
    return not (_jpeg_ends(data) if kind == b"jpeg" else _png_ends(data))


def _jpeg_ends(data: bytes) -> bool:
    """Whether the JPEG's segments reach its end-of-image marker within the data."""
    at = 2  # after the start-of-image marker
    while at + 2 <= len(data):
        if data[at] != 0xFF:
            return True  # not a layout followed here: the decoder is the judge of it
        marker = data[at + 1]
        if marker == 0xD9:
            return True
        if marker == 0xFF:  # a fill byte
            at += 1
            continue
        at += 2 + int.from_bytes(data[at + 2 : at + 4], "big")
        if marker == 0xDA:  # start of scan: its entropy-coded data runs to the next marker
            found = _JPEG_MARKER.search(data, at)
            if found is None:
                return False
            at = found.start()
    return False


def _png_ends(data: bytes) -> bool:
    """Whether the PNG's chunks reach its IEND chunk within the data."""
    at = 8  # after the signature
    while at + 8 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, at)
        at += 12 + int(length)
        if kind == b"IEND":
            return at <= len(data)
    return False


def photo_url(path: str, version: int) -> str:
    """The URL the screens use for a photo file; the version makes a replaced file a new image."""
    url = QUrl()
    url.setScheme("image")
    url.setHost(SCHEME)
    url.setPath(path)
    url.setQuery(f"v={version}")
    return url.toString()


def decode(path: str, box: QSize) -> QImage:
    """The photo fitted into `box` (full size when the box is empty), upright; null if unreadable."""
    reader = open_photo(path, box)
    if isinstance(reader, Refusal):
        return QImage()
    reader.setAutoTransform(True)
    stored = reader.size()
    # A photo stored on its side is scaled before it is turned upright: fit the upright size,
    # then ask the decoder for that size on its side.
    sideways = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    upright = stored.transposed() if sideways else stored
    if box.width() > 0 and box.height() > 0:
        # (QSize.scaled would do, but its Qt.AspectRatioMode builds the whole Qt namespace's enums
        # on first use, 17 ms while the first frame is being made.)
        scale = min(box.width() / upright.width(), box.height() / upright.height())
        fitted = QSize(max(1, round(upright.width() * scale)), max(1, round(upright.height() * scale)))
        if fitted.width() < upright.width():
            reader.setScaledSize(fitted.transposed() if sideways else fitted)
    return reader.read()


def _yield_to_the_screen() -> None:
    """Run this pool thread at a lower priority than the GUI thread.

    Decoding ahead on every core must never make the screen wait for one; on Linux a thread's nice
    value is its own, so this lowers the pool thread alone.
    """
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


class PhotoSource:
    """Decodes photos ahead on a pool thread and hands them to the provider, each at most once."""

    def __init__(self, guard: DecodeGuard | None = None, limit_bytes: int = CACHE_BYTES) -> None:
        self._guard = guard or DecodeGuard(None)
        self._limit = limit_bytes
        self._ready: OrderedDict[Key, QImage] = OrderedDict()
        self._pending: dict[Key, threading.Event] = {}
        self._lock = threading.Lock()
        self._reported: set[str] = set()
        self._open = threading.Event()  # cleared by hold(): the screens' decodes wait
        self._open.set()
        self.pool = QThreadPool()
        # One thread per core: the next two photos decode at once while Qt's loader thread waits.
        self.pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))

    def prefetch(self, paths: Iterable[str], box: QSize) -> None:
        """Start decoding these photos for this box, unless they are ready or under way."""
        for path in paths:
            key = (path, box.width(), box.height())
            with self._lock:
                if key in self._ready or key in self._pending:
                    continue
                self._pending[key] = threading.Event()
            self.pool.start(lambda key=key: self._decode_ahead(key))

    def _decode_ahead(self, key: Key) -> None:
        _yield_to_the_screen()
        image = self._decode(key[0], QSize(key[1], key[2]))
        with self._lock:
            event = self._pending.pop(key)
            if not image.isNull():
                self._ready[key] = image
                while sum(i.sizeInBytes() for i in self._ready.values()) > self._limit and len(self._ready) > 1:
                    self._ready.popitem(last=False)  # the oldest prefetch goes first
        event.set()

    def hold(self) -> None:
        """Let the screens' decodes wait until release(); prefetches go on.

        For the start: a decode's own Python work (reading the header, checking the file) would
        take turns for Python's lock with the GUI thread building the first frame.
        """
        self._open.clear()

    def release(self) -> None:
        """Decode for the screens again (and what waited meanwhile)."""
        self._open.set()

    @property
    def refused(self) -> int:
        """Photos that could not be shown since the start (a placeholder stood in)."""
        with self._lock:
            return len(self._reported)

    def take(self, path: str, box: QSize) -> QImage:
        """The photo for this box: prefetched (waiting for it if it is under way) or decoded now."""
        self._open.wait()
        key = (path, box.width(), box.height())
        with self._lock:
            event = self._pending.get(key)
        if event is not None:
            event.wait()
        with self._lock:
            image = self._ready.pop(key, None)
        if image is None:
            image = self._decode(path, box)
        if image.isNull() and path not in self._reported:
            with self._lock:
                self._reported.add(path)  # once: a slideshow turning for weeks meets it every cycle
            if self._guard.allowed(path):  # (a refused photo: the guard has said why)
                refusal = open_photo(path, box)  # again, to say why: once per photo, so cheap
                why = refusal.reason if isinstance(refusal, Refusal) else "not an image Qt can read"
                log.warning("cannot show %s: it is %s; a placeholder stands in", path, why)
        return image

    def _decode(self, path: str, box: QSize) -> QImage:
        if not self._guard.allowed(path):
            return QImage()  # it took the kiosk down twice: the guard has logged why
        with self._guard.decoding(path):
            return decode(path, box)

    def wait(self) -> None:
        """Let prefetches under way finish (before the application goes)."""
        self.release()  # a decode held back must not keep Qt's loader thread waiting at exit
        self.pool.waitForDone()


class PhotoProvider(QQuickImageProvider):
    """image://photo/<absolute path>?v=<version>, served from a PhotoSource on Qt's loader thread."""

    def __init__(self, source: PhotoSource) -> None:
        super().__init__(
            QQmlImageProviderBase.ImageType.Image, QQmlImageProviderBase.Flag.ForceAsynchronousImageLoading
        )
        self._source = source

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: D102
        # The id is the URL after "image://photo/": a percent-encoded path, then "?v=<version>".
        path = "/" + QUrl.fromPercentEncoding(image_id.split("?", 1)[0].encode())
        image = self._source.take(path, requested)
        if not image.isNull():
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image
