"""Photos, take-away codes and videos: the engine's image providers, and the slideshow's next photos decoded ahead."""

from __future__ import annotations

from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.services.photos import SCHEME, PhotoProvider, PhotoSource
from kiosk.services.qr import SCHEME as QR_SCHEME
from kiosk.services.qr import QrProvider
from kiosk.ui.exhibition import ExhibitionViewModel
from kiosk.ui.hours import OpeningHours
from kiosk.ui.navigation import Navigator
from kiosk.ui.slideshow import Slideshow
from kiosk.ui.videoframes import SCHEME as VIDEO_SCHEME
from kiosk.ui.videoframes import VideoFrameProvider


class Media:
    """Gives the engine its image providers and decodes the slideshow's next two photos ahead."""

    def __init__(self, engine: QQmlEngine, photos: PhotoSource, content: ExhibitionViewModel) -> None:
        self.photos, self._content = photos, content
        engine.addImageProvider(SCHEME, PhotoProvider(photos))  # the engine owns it
        engine.addImageProvider(QR_SCHEME, QrProvider())  # take-away links' codes
        if content.video_frames is not None:  # videos drawn as images by the software renderer
            engine.addImageProvider(VIDEO_SCHEME, VideoFrameProvider(content.video_frames))

    def prefetch_for(
        self, window: QQuickWindow, navigator: Navigator, slideshow: Slideshow, hours: OpeningHours
    ) -> None:
        """Decode the two photos after the one coming up, at the size the slideshow will ask for."""
        self._window, self._navigator, self._slideshow, self._hours = window, navigator, slideshow, hours
        slideshow.indexChanged.connect(self._prefetch)  # a method: a closure would keep its sender alive

    def _prefetch(self) -> None:
        slides = self._content.exhibition.slideshow
        if self._navigator.property("screen") != "slideshow" or len(slides) < 3 or self._hours.property("dark"):
            return
        index = int(self._slideshow.property("index"))
        upcoming = [str(slides[(index + k) % len(slides)].image) for k in (1, 2)]
        self.photos.prefetch(upcoming, self._window.size())

    def close(self) -> None:
        """Wait for decodes in flight: they write into images the engine is about to free."""
        self.photos.wait()
