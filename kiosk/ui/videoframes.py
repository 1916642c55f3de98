"""Video for Qt Quick's software renderer: the player's frames, drawn as images by a plain Image.

VideoOutput draws its frames with a shader, which the software renderer (what the kiosk uses where
there is no GPU, see rendering.py) cannot run: the picture stays black behind working controls. So
there VideoView.qml gives the player this object's QVideoSink and shows the newest frame as
image://video/<n>. A frame becomes an image only when Qt Quick asks for it, and frames that arrive
while the GUI thread is busy replace each other instead of queueing: a late frame is dropped, never
shown late.

No Python runs on the decoder's thread: the sink's signal is queued to the GUI thread. Run there
directly it needs Python's lock, which the GUI thread can hold while it waits for that very thread
(a QMediaPlayer being deleted waits for its renderer): a deadlock, seen in the tests.

QtMultimedia (and FFmpeg) load in prepare(), which the kiosk calls once its first frame is shown
when the content names a video (see ExhibitionViewModel.prepare_media).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from kiosk.ui import qml_type

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QVideoFrame, QVideoSink

SCHEME = "video"


@qml_type
class VideoFrames(QObject):
    """A QVideoSink for the player, and the newest valid frame it received, numbered for QML."""

    frameChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink: QVideoSink | None = None
        self._latest: QVideoFrame | None = None
        self._count = 0
        # Frames queued while the GUI thread was busy are announced once, after all of them.
        self._announce = QTimer(self, singleShot=True, interval=0)
        self._announce.timeout.connect(self._next)

    def prepare(self) -> QVideoSink:
        """Load QtMultimedia and make the sink, on the GUI thread; returns the sink (made once)."""
        if self._sink is None:
            from PySide6.QtCore import Qt
            from PySide6.QtMultimedia import QVideoSink

            self._sink = QVideoSink(self)
            self._sink.videoFrameChanged.connect(self._receive, Qt.ConnectionType.QueuedConnection)
        return self._sink

    # What VideoView.qml gives its MediaPlayer as videoOutput.
    @Property(QObject, constant=True)
    def sink(self) -> QVideoSink:
        return self.prepare()

    # How many frames have been announced: QML's Image asks for image://video/<count>.
    @Property(int, notify=frameChanged)
    def count(self) -> int:
        return self._count

    @Slot("QVideoFrame")
    def _receive(self, frame: QVideoFrame) -> None:
        # A stopped or finished player sends an empty frame: the last picture stays instead.
        if frame.isValid():
            self._latest = frame
            self._announce.start()

    @Slot()
    def _next(self) -> None:
        self._count += 1
        self.frameChanged.emit()

    def image(self) -> QImage:
        """The newest frame as an image (a null image before the first)."""
        return self._latest.toImage() if self._latest is not None else QImage()

    @Slot()
    def clear(self) -> None:
        """Forget the last picture (a new video is opened, or its view closed)."""
        self._latest = None
        self._announce.stop()
        self._count = 0
        self.frameChanged.emit()


class VideoFrameProvider(QQuickImageProvider):
    """image://video/<n>: the newest frame of the kiosk's VideoFrames, whatever n is (it only makes the URL new)."""

    def __init__(self, frames: VideoFrames) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._frames = frames

    def requestImage(self, _id: str, size: QSize, _requested: QSize) -> QImage:
        """The newest frame at its own size: the Image scales it, as it would a photo."""
        image = self._frames.image()
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
