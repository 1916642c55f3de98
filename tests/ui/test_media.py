"""The speeches' PDF and video viewers, on files the tests make, and the kiosk without PySide6-Addons."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QUrl
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickItem, QQuickView, QQuickWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.assets import BUNDLED_CONTENT
from kiosk.content import Exhibition, load
from kiosk.services.media import media_support
from kiosk.ui import videoframes
from kiosk.ui.screens import MAIN_QML
from tests.conftest import ROOT, with_speeches
from tests.kiosk_fixtures import tap, touchscreen
from tests.media_files import PAGE_COLOURS, make_mjpeg_avi, make_pdf

SUPPORT = media_support()
needs_pdf = pytest.mark.skipif(not SUPPORT.pdf, reason=SUPPORT.missing or "no QtPdf")
needs_video = pytest.mark.skipif(not SUPPORT.video, reason=SUPPORT.missing or "no QtMultimedia")
# QtMultimedia's first use on a machine without a sound server or video acceleration warns, once a
# process, about each library it looks for and cannot load (PipeWire, VA-API) and that PulseAudio
# is not running. Playback works without them (the video is muted and decoded in software), so the
# video tests expect exactly these lines; any other Qt warning still fails them.
quiet_headless_multimedia = pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve) (pipewire-0\.3|va-x11|va-drm|va|va\(in plugin\)) (library|symbols)",
    r"PulseAudioService: pa_context_connect\(\) failed",
    # Said once a process by QVideoFrame.toImage under the software renderer: the colours are converted
    # on the CPU, which is the point of videoframes.py.
    r"ensureRhi.*No RHI backend\. Using CPU conversion",
)

Shown = tuple[QQuickView, QQuickItem]
ShowQml = Callable[..., Shown]
BELOW_NUMBER = QPoint(960, 730)  # on a PDF's page at 1920x1080, below its big page number


@pytest.fixture
def show_qml(kiosk_qt: QApplication, qtbot: QtBot) -> Iterator[ShowQml]:
    """Show one of the kiosk's QML components alone in a window, its properties set; wait for a `ready` one to hold."""
    views: list[QQuickView] = []

    def show(name: str, size: tuple[int, int] = (1920, 1080), ready: str = "", **properties: Any) -> Shown:
        views.append(view := QQuickView())
        if "frames" in properties:  # as the kiosk does where the software renderer draws videos
            view.engine().addImageProvider(videoframes.SCHEME, videoframes.VideoFrameProvider(properties["frames"]))
        view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
        view.setInitialProperties(properties)
        view.setSource(QUrl.fromLocalFile(str(MAIN_QML.parent / f"{name}.qml")))
        assert view.status() == QQuickView.Status.Ready, view.errors()
        view.setGeometry(0, 0, *size)
        with qtbot.waitExposed(view):
            view.show()
        root = view.rootObject()
        assert root is not None
        if ready:
            qtbot.waitUntil(lambda: root.property(ready), timeout=10_000)
        return view, root

    yield show
    for view in views:
        view.close()
        view.deleteLater()


def find(root: QQuickItem, name: str) -> QQuickItem:
    item = root.findChild(QQuickItem, name)
    assert item is not None, name
    return item


def pixel(view: QQuickWindow, point: QPoint) -> QColor:
    return view.grabWindow().pixelColor(point)


def near(colour: QColor, expected: str, tolerance: int = 24) -> bool:
    want = QColor(expected)
    pairs = ((colour.red(), want.red()), (colour.green(), want.green()), (colour.blue(), want.blue()))
    return all(abs(a - b) <= tolerance for a, b in pairs)


def tap_at(view: QQuickWindow, point: QPoint, times: int = 1) -> None:
    for _ in range(times):
        QTest.touchEvent(view, touchscreen()).press(0, point).commit()
        QTest.touchEvent(view, touchscreen()).release(0, point).commit()


def centre_at(item: QQuickItem, fraction: float) -> QPoint:
    """The point `fraction` of the way across the item from its left edge, at half its height, in the window."""
    return item.mapToScene(QPointF(item.width() * fraction, item.height() / 2)).toPoint()


def tap_item(view: QQuickView, item: QQuickItem) -> None:
    tap_at(view, centre_at(item, 0.5))


def swipe(view: QQuickView, start: QPoint, end: QPoint, steps: int = 12) -> None:
    QTest.touchEvent(view, touchscreen()).press(0, start).commit()
    for k in range(1, steps + 1):
        QTest.touchEvent(view, touchscreen()).move(0, start + (end - start) * k / steps).commit()
    QTest.touchEvent(view, touchscreen()).release(0, end).commit()


@pytest.fixture
def pdf_view(show_qml: ShowQml, tmp_path: Path) -> Shown:
    pdf = make_pdf(tmp_path / "speech.pdf", pages=3)
    return show_qml("PdfView", ready="pageReady", source=QUrl.fromLocalFile(str(pdf)))


@needs_pdf
def test_pdf_shows_its_first_page_with_the_position(qtbot: QtBot, pdf_view: Shown) -> None:
    view, root = pdf_view
    assert root.property("pageCount") == 3
    assert root.property("page") == 0
    assert find(root, "pdfPosition").property("text") == "1 / 3"
    qtbot.waitUntil(lambda: near(pixel(view, BELOW_NUMBER), PAGE_COLOURS[0]))


@needs_pdf
def test_pdf_buttons_turn_the_pages_and_stop_at_the_ends(qtbot: QtBot, pdf_view: Shown) -> None:
    view, root = pdf_view
    tap_item(view, find(root, "pdfNext"))
    qtbot.waitUntil(lambda: root.property("page") == 1)
    qtbot.waitUntil(lambda: root.property("pageReady") and near(pixel(view, BELOW_NUMBER), PAGE_COLOURS[1]))
    assert find(root, "pdfPosition").property("text") == "2 / 3"
    tap_item(view, find(root, "pdfNext"))
    qtbot.waitUntil(lambda: root.property("page") == 2)
    tap_item(view, find(root, "pdfNext"))  # the last page: the button is disabled
    assert root.property("page") == 2
    tap_item(view, find(root, "pdfPrevious"))
    qtbot.waitUntil(lambda: root.property("page") == 1)
    qtbot.waitUntil(lambda: near(pixel(view, BELOW_NUMBER), PAGE_COLOURS[1]))


@needs_pdf
def test_pdf_swipe_turns_pages(qtbot: QtBot, pdf_view: Shown) -> None:
    view, root = pdf_view
    swipe(view, QPoint(1400, 500), QPoint(500, 500))
    qtbot.waitUntil(lambda: root.property("page") == 1)
    qtbot.waitUntil(lambda: near(pixel(view, BELOW_NUMBER), PAGE_COLOURS[1]))
    swipe(view, QPoint(500, 500), QPoint(1400, 500))
    qtbot.waitUntil(lambda: root.property("page") == 0)
    qtbot.waitUntil(lambda: near(pixel(view, BELOW_NUMBER), PAGE_COLOURS[0]))


@needs_pdf
def test_pdf_double_tap_zooms_in_and_out(qtbot: QtBot, pdf_view: Shown) -> None:
    view, root = pdf_view
    # Beside the page, on the navy background; zoomed in, the page covers it.
    beside = QPoint(560, 480)
    assert not near(pixel(view, beside), PAGE_COLOURS[0])
    tap_at(view, QPoint(960, 480), times=2)
    qtbot.waitUntil(lambda: root.property("zoom") > 1)
    qtbot.waitUntil(lambda: near(pixel(view, beside), PAGE_COLOURS[0]))
    # Zoomed, a swipe pans the page rather than turning it.
    sheet = find(root, "pdfPages").property("currentItem")
    y = sheet.property("contentY")
    swipe(view, QPoint(1400, 700), QPoint(1000, 300))
    assert sheet.property("contentY") > y
    assert root.property("page") == 0
    tap_at(view, QPoint(960, 480), times=2)
    qtbot.waitUntil(lambda: root.property("zoom") == 1)


@needs_pdf
def test_pdf_that_cannot_be_read_says_so(show_qml: ShowQml, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not a document")
    _view, root = show_qml("PdfView", ready="failed", source=QUrl.fromLocalFile(str(broken)))
    assert root.property("pageCount") == 0


@pytest.fixture(scope="session")
def video_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four seconds of Motion-JPEG at 10 fps, a colour of PAGE_COLOURS each second."""
    return make_mjpeg_avi(tmp_path_factory.mktemp("video") / "speech.avi", seconds=4)


def open_video(show_qml: ShowQml, path: Path) -> Shown:
    # These tests use Qt Quick's software renderer, as a kiosk without a GPU does: frames as images.
    frames = videoframes.VideoFrames()
    frames.prepare()  # as the kiosk does after its first frame: QtMultimedia loaded on this thread
    return show_qml("VideoView", ready="loaded", source=QUrl.fromLocalFile(str(path)), frames=frames)


def picture(view: QQuickWindow, root: QQuickItem) -> QColor:
    """The colour of the video's picture on screen, left of the number each frame has in its middle."""
    frame = find(root, "videoFrame")
    left_of_middle = QPointF((frame.width() - 0.7 * frame.property("paintedWidth")) / 2, frame.height() / 2)
    return pixel(view, frame.mapToScene(left_of_middle).toPoint())


@needs_video
@quiet_headless_multimedia
def test_video_plays_muted_and_pauses(show_qml: ShowQml, qtbot: QtBot, video_file: Path) -> None:
    view, root = open_video(show_qml, video_file)
    assert root.property("duration") == 4000
    assert find(root, "videoDuration").property("text") == "0:04"
    assert root.property("muted")
    assert find(root, "videoBigPlay").isVisible()
    tap_item(view, find(root, "videoPlayPause"))
    qtbot.waitUntil(lambda: root.property("playing"))
    assert not find(root, "videoBigPlay").isVisible()
    qtbot.waitUntil(lambda: near(picture(view, root), PAGE_COLOURS[0]))  # the first second's colour
    qtbot.waitUntil(lambda: root.property("position") > 1200, timeout=10_000)
    qtbot.waitUntil(lambda: near(picture(view, root), PAGE_COLOURS[1]))  # and the second's
    assert find(root, "videoTime").property("text") in {"0:01", "0:02"}
    tap_item(view, find(root, "videoPlayPause"))
    qtbot.waitUntil(lambda: not root.property("playing"))
    paused_at, shown = root.property("position"), picture(view, root)
    for _ in range(5):  # frames go by on screen, and the picture and the clock stand still
        with qtbot.waitSignal(view.frameSwapped):
            view.update()
    assert root.property("position") == paused_at
    assert picture(view, root) == shown
    assert find(root, "videoBigPlay").isVisible()


@needs_video
@quiet_headless_multimedia
def test_video_sound_button_unmutes_and_mutes(show_qml: ShowQml, qtbot: QtBot, video_file: Path) -> None:
    view, root = open_video(show_qml, video_file)
    sound = find(root, "videoSound")
    assert sound.property("label") == "Sound on"
    tap_item(view, sound)
    qtbot.waitUntil(lambda: not root.property("muted"))
    assert sound.property("label") == "Sound off"
    tap_item(view, sound)
    qtbot.waitUntil(lambda: root.property("muted"))


@needs_video
@quiet_headless_multimedia
def test_video_scrub_bar_seeks_where_touched(show_qml: ShowQml, qtbot: QtBot, video_file: Path) -> None:
    view, root = open_video(show_qml, video_file)
    scrub = find(root, "videoScrub")
    assert scrub.height() >= 72
    # Four fifths along: in the fourth second, and its frame shown though the video is paused.
    tap_at(view, centre_at(scrub, 0.8))
    qtbot.waitUntil(lambda: 3000 <= root.property("position") <= 3400)
    qtbot.waitUntil(lambda: near(picture(view, root), PAGE_COLOURS[3]))
    # Dragged back to the start.
    swipe(view, centre_at(scrub, 0.8), centre_at(scrub, 0.002))
    qtbot.waitUntil(lambda: root.property("position") < 300)
    qtbot.waitUntil(lambda: near(picture(view, root), PAGE_COLOURS[0]))
    assert not root.property("playing")


@needs_video
@quiet_headless_multimedia
def test_tapping_the_picture_plays_and_pauses(show_qml: ShowQml, qtbot: QtBot, video_file: Path) -> None:
    view, root = open_video(show_qml, video_file)
    tap_item(view, find(root, "videoFrame"))
    qtbot.waitUntil(lambda: root.property("playing"))
    tap_item(view, find(root, "videoFrame"))
    qtbot.waitUntil(lambda: not root.property("playing"))


@pytest.fixture
def media_exhibition(write_content: Callable[[str], Path], content_dir: Path, video_file: Path) -> Exhibition:
    """A panel with three speeches: a text, a generated three-page PDF and the generated video."""
    make_pdf(content_dir / "talk.pdf", pages=3)
    shutil.copy(video_file, content_dir / "talk.avi")
    speeches = (
        "      - {speaker: Ada Speaker, title: Remarks, kind: excerpt, text: Cooperation across borders.}\n"
        "      - {speaker: Ben Orator, title: The document, kind: full, pdf: talk.pdf}\n"
        "      - {speaker: Cy Filmed, title: The film, kind: full, video: talk.avi}\n"
    )
    loaded = load(write_content(with_speeches(speeches)))
    assert loaded.exhibition is not None, loaded.problems
    return loaded.exhibition


@needs_pdf
@needs_video
@quiet_headless_multimedia
def test_the_kiosk_shows_text_pdf_and_video_speeches_and_waits_while_a_video_plays(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], media_exhibition: Exhibition, capfd: pytest.CaptureFixture[str]
) -> None:
    kiosk = make_kiosk(media_exhibition)
    assert kiosk.content.video_frames is not None, "the software renderer draws videos as images"
    kiosk.navigator.showSpeech(0, 0)
    qtbot.waitUntil(kiosk.settled)
    assert kiosk.find("speechParagraph_0").property("text") == "Cooperation across borders."
    kiosk.navigator.showSpeech(0, 1)
    pdf = kiosk.find("pdfView")
    qtbot.waitUntil(lambda: pdf.property("pageReady"), timeout=10_000)
    assert pdf.property("pageCount") == 3
    tap(kiosk, "pdfNext")
    qtbot.waitUntil(lambda: pdf.property("page") == 1)
    # The video: opened from Python, as previews do (QtMultimedia was loaded after the first frame).
    kiosk.navigator.showSpeech(0, 2)
    video = kiosk.find("videoView")
    qtbot.waitUntil(lambda: video.property("loaded"), timeout=10_000)
    qtbot.waitUntil(lambda: near(picture(kiosk.window, video), PAGE_COLOURS[0]))  # the first frame, paused
    kiosk.idle.touch()
    assert kiosk.idle.property("running")
    tap(kiosk, "videoPlayPause")
    qtbot.waitUntil(lambda: video.property("playing"))
    assert not kiosk.idle.property("running"), "the idle clock waits while the video plays"
    qtbot.waitUntil(lambda: near(picture(kiosk.window, video), PAGE_COLOURS[1]), timeout=10_000)
    tap(kiosk, "videoPlayPause")
    qtbot.waitUntil(lambda: not video.property("playing"))
    assert kiosk.idle.property("running"), "and starts again when it is paused"
    tap(kiosk, "homeButton")
    qtbot.waitUntil(lambda: kiosk.navigator.property("screen") == "home")
    assert not kiosk.content.property("mediaPlaying")
    # FFmpeg warns at every frame of this full-range video unless the kiosk turned it down.
    assert "deprecated pixel format" not in capfd.readouterr().err


@needs_pdf
@quiet_headless_multimedia  # the exhibition names a video too: QtMultimedia loads after the first frame
def test_a_document_opened_before_the_window_is_laid_out_starts_at_its_first_page(
    qtbot: QtBot, kiosk_qt: QApplication, media_exhibition: Exhibition
) -> None:
    kiosk = Kiosk(media_exhibition, motion=0.0)
    try:
        kiosk.navigator.showSpeech(0, 1)  # before the window has a size, as a preview at once does
        kiosk.window.setGeometry(0, 0, 1920, 1080)
        with qtbot.waitExposed(kiosk.window):
            kiosk.show()
        pdf = kiosk.find("pdfView")
        qtbot.waitUntil(lambda: pdf.property("pageReady"), timeout=10_000)
        assert (pdf.property("page"), kiosk.find("pdfPosition").property("text")) == (0, "1 / 3")
    finally:
        kiosk.close()


@needs_video
@quiet_headless_multimedia
@pytest.mark.usefixtures("media_exhibition")  # for its talk.avi beside the content
def test_in_arabic_the_video_controls_keep_left_to_right(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], write_content: Callable[[str], Path]
) -> None:
    # As on every media player and device: a film's time runs left to right whatever the language.
    text = with_speeches("      - {speaker: Cy Filmed, title: The film, kind: full, video: talk.avi}\n")
    loaded = load(write_content("settings: {languages: [en, ar]}\n" + text)).exhibition
    assert loaded is not None
    kiosk = make_kiosk(loaded, language="ar")
    kiosk.navigator.showSpeech(0, 0)
    video = kiosk.find("videoView")
    qtbot.waitUntil(lambda: bool(video.property("settled")), timeout=10_000)
    scrub, knob = kiosk.find("videoScrub"), kiosk.find("videoScrubKnob")
    assert knob.x() + knob.width() / 2 == pytest.approx(0, abs=1), "the start of the film is on the left"
    play, sound = kiosk.find("videoPlayPause"), kiosk.find("videoSound")
    assert centre_at(play, 0.5).x() < centre_at(scrub, 0).x() < centre_at(sound, 0.5).x()
    # A fifth of the way from the left is a fifth of the way through the film.
    tap_at(kiosk.window, centre_at(scrub, 0.2))
    qtbot.waitUntil(lambda: 600 <= video.property("position") <= 1000)
    # And the speech's title is still mirrored: on the right, the player on the left.
    assert centre_at(kiosk.find("speechTitle"), 0.5).x() > centre_at(video, 0.5).x()


# Imports that fail for QtPdf and QtMultimedia, as on an installation without PySide6-Addons: the
# finder runs before anything else, so find_spec and imports both see the modules missing.
HIDE_ADDONS = """
import sys
class Hide:
    def find_spec(self, name, path=None, target=None):
        if name.startswith(("PySide6.QtPdf", "PySide6.QtMultimedia")):
            raise ModuleNotFoundError(name)
        return None
sys.meta_path.insert(0, Hide())
"""


def test_without_the_addons_media_support_names_what_to_install() -> None:
    code = HIDE_ADDONS + "from kiosk.services.media import media_support; print(media_support())"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    # The version Essentials has: the two must be one Qt. Named by package, which works without a checkout.
    version = metadata.version("PySide6-Essentials")
    assert result.stdout.strip() == (
        "MediaSupport(pdf=False, video=False, missing='PDF documents and videos need PySide6-Addons: "
        f"pip install PySide6-Addons=={version}')"
    )


@pytest.mark.slow
def test_without_the_addons_preview_still_renders(tmp_path: Path) -> None:
    code = HIDE_ADDONS + "import sys; from kiosk.cli import main; sys.exit(main(sys.argv[1:]))"
    args = ["preview", str(BUNDLED_CONTENT), "--out", str(tmp_path), "--size", "640x360"]
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "home.png").exists()
