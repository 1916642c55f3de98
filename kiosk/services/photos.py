"""Photo decoding for the screens: at the exact size that fits, and the next photos ahead of time.

Qt Quick's own loader decodes on a single thread, so while one 24-megapixel JPEG decodes the second
core idles and the next photo waits its turn. The screens ask for image://photo/<path> instead:
Qt's loader thread calls this provider, which returns a photo already decoded ahead by the
prefetch pool (a thread per core) or decodes it there and then. Each decode reads the header first
and asks the decoder for the size that fits the box (a JPEG then scales while decoding), upright
by its EXIF orientation. QImageReader releases Python's lock while it decodes, so the two really
run at once. Prefetched photos wait in a cache bounded in bytes and leave it when served: Qt's
pixmap cache holds what is on screen, this one only what is coming.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, QThreadPool, QUrl
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

log = logging.getLogger(__name__)

SCHEME = "photo"
CACHE_BYTES = 64 * 1024 * 1024  # four 1080p photos, or one 4K photo and a half
Key = tuple[str, int, int]


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
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    reader.setDecideFormatFromContent(True)
    stored = reader.size()
    if not stored.isValid():
        return QImage()
    # A photo stored on its side is scaled before it is turned upright: fit the upright size,
    # then ask the decoder for that size on its side.
    sideways = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    upright = stored.transposed() if sideways else stored
    if box.width() > 0 and box.height() > 0:
        fitted = upright.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
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

    def __init__(self, limit_bytes: int = CACHE_BYTES) -> None:
        self._limit = limit_bytes
        self._ready: OrderedDict[Key, QImage] = OrderedDict()
        self._pending: dict[Key, threading.Event] = {}
        self._lock = threading.Lock()
        self._reported: set[str] = set()
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
        image = decode(key[0], QSize(key[1], key[2]))
        with self._lock:
            event = self._pending.pop(key)
            if not image.isNull():
                self._ready[key] = image
                while sum(i.sizeInBytes() for i in self._ready.values()) > self._limit and len(self._ready) > 1:
                    self._ready.popitem(last=False)  # the oldest prefetch goes first
        event.set()

    def take(self, path: str, box: QSize) -> QImage:
        """The photo for this box: prefetched (waiting for it if it is under way) or decoded now."""
        key = (path, box.width(), box.height())
        with self._lock:
            event = self._pending.get(key)
        if event is not None:
            event.wait()
        with self._lock:
            image = self._ready.pop(key, None)
        if image is None:
            image = decode(path, box)
        if image.isNull() and path not in self._reported:
            self._reported.add(path)  # once: a slideshow turning for weeks meets it every cycle
            log.warning("cannot show %s: not an image Qt can read; a placeholder stands in", path)
        return image

    def wait(self) -> None:
        """Let prefetches under way finish (before the application goes)."""
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
