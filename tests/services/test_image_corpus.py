"""A corpus of awkward photo files, made here: `kiosk check` locates each, the kiosk shows it or a placeholder."""

from __future__ import annotations

import logging
import os
import re
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRect, QSize
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter, QTransform
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.cli import main
from kiosk.content import load
from kiosk.services.photos import decode
from tests.conftest import MINIMAL, ROOT, make_jpeg

MakeKiosk = Callable[..., Kiosk]
RED, BLUE = QColor("red"), QColor("blue")
WIDTH, HEIGHT = 1600, 1200  # every readable photo: landscape, red top-left quadrant, blue elsewhere
# For each EXIF orientation, how the upright photo is stored: turned clockwise by so many degrees,
# then perhaps mirrored left to right. The tag tells a viewer to undo exactly that.
STORED = {1: (0, False), 2: (0, True), 3: (180, False), 4: (180, True), 5: (90, True), 6: (270, False)}
STORED |= {7: (270, True), 8: (90, False)}

# Each photo of the corpus, and what `kiosk check` says of it: nothing for a good photo. The
# empty file, FIFO and folder are the loader's to report; the rest are the photo checks'.
SOFT = "is only 160x120 pixels and will look soft; use a photo at least 1280 px on the long side"
TOO_LARGE = "too large to show; resize it to at most 6000 px on the long side"
CHECK: dict[str, tuple[str, ...]] = {
    "empty.jpg": ("error: empty.jpg is empty (0 bytes); name a JPEG or PNG photo file",),
    "half.jpg": ("error: half.jpg is cut short: the file ends before the photo does; copy the photo again",),
    "text.jpg": ("error: text.jpg is not an image Qt can read (unsupported image format); save it as a JPEG or PNG",),
    "png.jpg": (),
    "trailer.jpg": (),  # data after the image, as a phone's motion photo carries its video
    "cmyk.jpg": (),
    "progressive.jpg": (),
    "deep.png": (),
    "grey.jpg": (),
    "animated.gif": (
        f"warning: animated.gif {SOFT}",
        "warning: animated.gif is animated; only its first frame is shown; save that frame as a JPEG",
    ),
    "bomb.png": (f"error: bomb.png is 30000x30000 pixels, {TOO_LARGE}",),
    "claim.jpg": (f"error: claim.jpg is 65000x65000 pixels, {TOO_LARGE}",),
    **{f"orientation-{n}.jpg": () for n in range(1, 9)},
    "pipe.jpg": ("error: pipe.jpg is not a regular file; name a JPEG or PNG photo file",),
    "folder.jpg": ("error: folder.jpg is a folder, not a photo; name a JPEG or PNG photo file",),
}
SHOWN = [name for name, said in CHECK.items() if not any(s.startswith("error") for s in said)]
# Qt reports each photo it gets no image for; expected for these and nothing else.
REFUSED = "|".join(re.escape(name) for name in CHECK if name not in SHOWN)
FAILED_TO_GET = rf"QML (?:Image|QQuickImage\*): Failed to get image from provider: image://photo/.*/({REFUSED})\?v=\d+"


def quadrants(image_format: QImage.Format = QImage.Format.Format_RGB32) -> QImage:
    """The upright photo: red top-left quadrant, blue elsewhere, so any turn or mirror shows."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(BLUE)
    painter = QPainter(image)
    painter.fillRect(0, 0, WIDTH // 2, HEIGHT // 2, RED)
    painter.end()
    return image.convertToFormat(image_format)


def encode(image: QImage, kind: str = "jpeg", progressive: bool = False) -> bytes:
    """The image as a file's bytes, written by Qt."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, kind.encode())
    writer.setProgressiveScanWrite(progressive)
    assert writer.write(image), writer.errorString()
    return bytes(buffer.data().data())


def chunk(kind: bytes, data: bytes) -> bytes:
    """One PNG chunk with its length and checksum."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(side: int) -> bytes:
    """A real side x side greyscale PNG of zeros, under a megabyte for 30000 px.

    Each block of rows is compressed after a full flush, which resets the compressor, so one
    compressed block repeated is a valid stream; the Adler-32 of n zero bytes is (n % 65521) << 16 | 1.
    """
    rows = 100
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes((1 + side) * rows)) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream = b"\x78\x9c" + block * (side // rows) + compressor.flush()
    stream += struct.pack(">I", ((1 + side) * side % 65521) << 16 | 1)
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", stream) + chunk(b"IEND", b"")


def claiming(jpeg: bytes, width: int, height: int) -> bytes:
    """The JPEG with its frame header (SOF0) claiming another size."""
    at = jpeg.index(b"\xff\xc0") + 5  # marker, length, precision, then height and width
    return jpeg[:at] + struct.pack(">HH", height, width) + jpeg[at + 4 :]


def gif(width: int = 160, height: int = 120) -> bytes:
    """A two-frame animated GIF89a, written by hand (Qt reads GIF but cannot write it).

    The first frame is the quadrant photo, the second all red. Codes are 8 bits wide for a
    7-bit palette, and a clear code every 100 pixels keeps them so: LZW without compression.
    """

    def frame(pixels: bytes) -> bytes:
        codes = bytearray()
        for start in range(0, len(pixels), 100):
            codes += b"\x80" + pixels[start : start + 100]
        codes += b"\x81"
        blocks = b"".join(bytes([len(codes[i : i + 255])]) + codes[i : i + 255] for i in range(0, len(codes), 255))
        control = b"\x21\xf9\x04\x00\x32\x00\x00\x00"  # half a second per frame
        return control + b"\x2c" + struct.pack("<4H", 0, 0, width, height) + b"\x00\x07" + blocks + b"\x00"

    first = b"".join(bytes(x >= width // 2 or y >= height // 2 for x in range(width)) for y in range(height))
    palette = b"\xff\x00\x00\x00\x00\xff" + bytes(3 * 126)  # 0 red, 1 blue
    screen = b"GIF89a" + struct.pack("<HH", width, height) + b"\xf6\x00\x00" + palette
    loop = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    return screen + loop + frame(first) + frame(bytes(width * height)) + b"\x3b"


def oriented(orientation: int) -> bytes:
    """A JPEG whose EXIF orientation tag, in an APP1 segment written here, turns its pixels upright."""
    turn, mirror = STORED[orientation]
    stored = quadrants().transformed(QTransform().rotate(turn))
    if mirror:
        stored = stored.transformed(QTransform().scale(-1, 1))  # flipped() is Qt 6.9+, mirrored() deprecated
    entry = struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)  # tag, SHORT, one value, padding
    exif = b"Exif\0\0" + b"MM\0\x2a" + struct.pack(">IH", 8, 1) + entry + struct.pack(">I", 0)
    jpeg = encode(stored)
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", 2 + len(exif)) + exif + jpeg[2:]


@pytest.fixture(scope="session")
def corpus(kiosk_qt: object, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A content file whose slideshow is the whole corpus, one photo a line, in CHECK's order."""
    folder = tmp_path_factory.mktemp("corpus")
    jpeg = encode(quadrants())
    files = {
        "empty.jpg": b"",
        "half.jpg": jpeg[: len(jpeg) // 2],
        "text.jpg": b"not a photo\n",
        "png.jpg": encode(quadrants(), "png"),
        "trailer.jpg": jpeg + bytes(range(256)) * 1000,
        "cmyk.jpg": encode(quadrants(QImage.Format.Format_CMYK8888)),
        "progressive.jpg": encode(quadrants(), progressive=True),
        "deep.png": encode(quadrants(QImage.Format.Format_RGBA64), "png"),
        "grey.jpg": encode(quadrants(QImage.Format.Format_Grayscale8)),
        "animated.gif": gif(),
        "bomb.png": png_bomb(30000),
        "claim.jpg": claiming(jpeg, 65000, 65000),
        **{f"orientation-{n}.jpg": oriented(n) for n in range(1, 9)},
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    os.mkfifo(folder / "pipe.jpg")
    (folder / "folder.jpg").mkdir()
    slides = "".join(f"  - {{image: {name}, caption: {name}, credit: Test}}\n" for name in CHECK)
    content = MINIMAL.replace("image: photo.jpg", "image: progressive.jpg") + "slideshow:\n" + slides
    (folder / "content.yaml").write_text(content)
    return folder / "content.yaml"


def slide_line(content: Path, name: str) -> int:
    """The line of the content file that names this photo."""
    return content.read_text().splitlines().index(f"  - {{image: {name}, caption: {name}, credit: Test}}") + 1


def test_check_locates_each_broken_photo_with_its_severity(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(corpus)]) == 1
    expected = [
        f"{corpus}:{slide_line(corpus, name)}:13: {line.replace(': ', f': slideshow[{i}].image: ', 1)}"
        for i, (name, said) in enumerate(CHECK.items())
        for line in said
    ]
    said = capsys.readouterr().out.splitlines()
    # The corpus is one picture in many encodings and orientations: the readable ones of one size are
    # (rightly) the same picture to the check, and said so apart from the broken ones.
    same = [line for line in said if "shows the same picture as" in line]
    assert [line for line in said if line not in same] == expected
    assert len(same) >= 2
    assert {re.search(r"image: (\S+) shows", line)[1] for line in same} <= set(SHOWN)  # type: ignore[index]


def test_every_readable_photo_decodes_upright_in_its_colours(corpus: Path) -> None:
    for name in SHOWN:
        image = decode(str(corpus.parent / name), QSize(800, 600))
        assert image.size() in (QSize(800, 600), QSize(160, 120)), name  # fitted, never enlarged
        assert_upright(image, image.rect(), name)


def assert_upright(image: QImage, photo: QRect, name: str) -> None:
    """The photo at `photo` in `image` has its red quadrant top-left, in the colours written."""
    written = quadrants(QImage.Format.Format_Grayscale8 if name == "grey.jpg" else QImage.Format.Format_RGB32)
    expected, found = samples(written, written.rect()), samples(image, photo)
    # JPEG moves colours a little; a turn, a mirror or inverted CMYK moves them all the way.
    worst = max(abs(a - b) for e, f in zip(expected, found, strict=True) for a, b in zip(e, f, strict=True))
    assert worst < 48, (name, expected, found)


def samples(image: QImage, photo: QRect) -> list[tuple[int, int, int]]:
    """The colour in the middle of each quadrant of `photo`, clear of the slideshow's controls."""
    points = [(0.25, 0.3), (0.75, 0.3), (0.25, 0.7), (0.75, 0.7)]
    colours = [
        image.pixelColor(photo.x() + round(photo.width() * x), photo.y() + round(photo.height() * y)) for x, y in points
    ]
    return [(c.red(), c.green(), c.blue()) for c in colours]


def on_slide(kiosk: Kiosk, index: int) -> bool:
    """Whether slide `index` is on screen with its photo loaded (or failed)."""
    return bool(kiosk.find("stage").property("item").property("shown") == index and kiosk.settled())


def front_photo(kiosk: Kiosk) -> QQuickItem:
    """The slideshow's photo layer on top (the other holds the next photo, out of sight)."""
    return kiosk.find("slideLayerA" if kiosk.find("stage").property("item").property("frontIsA") else "slideLayerB")


def placeholder_shown(layer: QQuickItem) -> bool:
    """Whether the layer shows the "Photograph unavailable" placeholder."""
    placeholder = layer.findChild(QQuickItem, "photoPlaceholder")
    assert placeholder is not None
    return placeholder.isVisible()


def painted(layer: QQuickItem) -> QRect:
    """Where the layer's photo is drawn in the window: fitted and centred in the layer."""
    photo = next(i for i in layer.childItems() if i.metaObject().className().startswith("QQuickImage"))
    width, height = photo.property("paintedWidth"), photo.property("paintedHeight")
    top_left = photo.mapToScene(QPointF((photo.width() - width) / 2, (photo.height() - height) / 2))
    return QRect(round(top_left.x()), round(top_left.y()), round(width), round(height))


@pytest.mark.qt_log_ignore(FAILED_TO_GET)
def test_the_slideshow_shows_each_photo_upright_or_the_placeholder(
    qtbot: QtBot, make_kiosk: MakeKiosk, corpus: Path
) -> None:
    exhibition = load(corpus).exhibition
    assert exhibition is not None
    kiosk = make_kiosk(exhibition, start="slideshow")
    kiosk.slideshow.toggle()  # paused: the test turns the photos
    for index, name in enumerate(CHECK):
        kiosk.slideshow.move_to(index)
        qtbot.waitUntil(partial(on_slide, kiosk, index), timeout=10_000)
        assert kiosk.find("slideCaption").property("text") == name
        layer = front_photo(kiosk)
        assert placeholder_shown(layer) == (name not in SHOWN), name
        if name in SHOWN:
            assert_upright(kiosk.window.grabWindow(), painted(layer), name)


# Qt reports the photo it got no image for; expected here and nothing else is.
@pytest.mark.qt_log_ignore(
    r"QML (?:Image|QQuickImage\*): Failed to get image from provider: image://photo/.*/gone\.jpg\?v=\d+"
)
def test_a_photo_deleted_after_loading_shows_the_placeholder_and_one_warning(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    make_jpeg(tmp_path / "photo.jpg")
    make_jpeg(tmp_path / "gone.jpg")
    (tmp_path / "content.yaml").write_text(MINIMAL + "      - {image: gone.jpg, caption: Gone, credit: Test}\n")
    exhibition = load(tmp_path / "content.yaml").exhibition
    assert exhibition is not None
    (tmp_path / "gone.jpg").unlink()
    kiosk = make_kiosk(exhibition, start="slideshow")
    kiosk.slideshow.toggle()
    kiosk.slideshow.move_to(1)
    qtbot.waitUntil(partial(on_slide, kiosk, 1), timeout=10_000)
    assert placeholder_shown(front_photo(kiosk))
    warned = [(r.levelno, r.getMessage(), r.exc_info) for r in caplog.records if r.levelno >= logging.WARNING]
    gone = tmp_path / "gone.jpg"
    missing = f"cannot show {gone}: it is missing (no such file or directory); a placeholder stands in"
    assert warned == [(logging.WARNING, missing, None)]


def test_a_preview_of_the_whole_corpus_exits_0_within_a_memory_bound(corpus: Path, tmp_path: Path) -> None:
    output = tmp_path / "preview.log"
    # The child's own high-water mark (VmHWM, of the memory it maps after exec). Not wait4's
    # ru_maxrss: Linux carries that over fork and exec, so it starts at this test process's size,
    # which grows with every test before this one (seen: 540 MB in a full run, 210 MB alone).
    preview = (
        "import sys; from kiosk.cli import main; code = main(sys.argv[1:]); "
        "print(next(l for l in open('/proc/self/status') if l.startswith('VmHWM:')).strip()); sys.exit(code)"
    )
    with output.open("w") as out:
        child = subprocess.Popen(
            [sys.executable, "-c", preview, "preview", str(corpus), "--out", str(tmp_path / "out")],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            child.wait(timeout=120)  # only against a hang (a FIFO opened); it takes seconds
        finally:
            child.kill()
    said = output.read_text()
    assert child.returncode == 0, said
    assert f"{3 + len(CHECK) + 1} screens written" in said  # home, panels, the panel, each slide, timeline
    assert "still loading" not in said
    # The preview alone peaks near 210 MB here (Python, Qt, QML, fonts, a 1080p window drawn in
    # software and grabbed 25 times). Decoding the 65000x65000 JPEG would add about 260 MB (libjpeg's
    # 1/8-scale pass) and the 30000x30000 PNG 900 MB: refusing both from their headers keeps it under 400.
    peak_mb = int(re.search(r"VmHWM:\s+(\d+) kB", said)[1]) // 1024  # type: ignore[index]
    assert peak_mb < 400, f"peak memory {peak_mb} MB"
