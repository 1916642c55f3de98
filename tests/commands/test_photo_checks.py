"""`kiosk check` on photos as cameras write them: sizes upright, the same picture twice, a GPS position left in.

The metadata is written into real JPEGs by a real tool, exiftool (Debian's libimage-exiftool-perl,
installed where it can be), never by hand-made bytes.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kiosk.cli import main
from kiosk.services.exif import has_gps_position
from tests.conftest import MINIMAL, make_jpeg
from tests.debian import installed

pytestmark = pytest.mark.usefixtures("qapp")  # drawing text needs the application's fonts
MONACO = ("-GPSLatitude=43.7384", "-GPSLatitudeRef=N", "-GPSLongitude=7.4246", "-GPSLongitudeRef=E")
ENTRY = "      - {{image: {}, caption: A caption, credit: A credit}}\n"


@pytest.fixture(scope="module")
def exiftool() -> str:
    return installed("exiftool", "libimage-exiftool-perl")


def tag(exiftool: str, photo: Path, *assignments: str) -> None:
    done = subprocess.run(
        [exiftool, "-q", "-overwrite_original", *assignments, str(photo)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def picture(path: Path, width: int = 1600, height: int = 1200, quality: int = 90, text: str = "") -> Path:
    """A photo with something in it (a diagonal and, if given, a caption), saved at this quality."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#13315C"))
    painter = QPainter(image)
    painter.setPen(QColor("#E9C46A"))
    painter.drawLine(0, 0, width, height)
    if text:  # large, as a different photo differs: the check looks at the picture at 64x64
        font = painter.font()
        font.setPixelSize(height // 4)
        painter.setFont(font)
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    assert image.save(str(path), "JPG", quality)  # type: ignore[call-overload]
    return path


def check(folder: Path, capsys: pytest.CaptureFixture[str], *photos: str) -> list[str]:
    """`kiosk check` on the minimal content showing these photos: its lines, the folder's path cut off."""
    content = MINIMAL[: MINIMAL.index("      - image:")] + "".join(ENTRY.format(p) for p in photos)
    (folder / "content.yaml").write_text(content)
    main(["check", str(folder / "content.yaml")])
    return [line.replace(f"{folder}/", "") for line in capsys.readouterr().out.splitlines()]


def test_a_photo_stored_on_its_side_is_judged_upright(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], exiftool: str
) -> None:
    tag(exiftool, make_jpeg(tmp_path / "side.jpg", 450, 600), "-Orientation=6", "-n")  # turned 90 degrees on screen
    assert check(tmp_path, capsys, "side.jpg") == [
        "content.yaml:11:17: warning: panels[0].photos[0].image: side.jpg is only 600x450 pixels and will look "
        "soft; use a photo at least 1280 px on the long side"
    ]


def test_the_same_picture_under_two_names_warns_at_both_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    picture(tmp_path / "a.jpg")
    picture(tmp_path / "b.jpg", quality=55)  # saved again, smaller
    picture(tmp_path / "c.jpg", text="Another")  # the same but for a word across it
    assert check(tmp_path, capsys, "a.jpg", "b.jpg", "c.jpg", "a.jpg") == [
        "content.yaml:11:17: warning: panels[0].photos[0].image: a.jpg shows the same picture as b.jpg (line 12); "
        "keep one of the two, or replace one with the photo meant",
        "content.yaml:12:17: warning: panels[0].photos[1].image: b.jpg shows the same picture as a.jpg (line 11); "
        "keep one of the two, or replace one with the photo meant",
        "content.yaml:14:17: warning: panels[0].photos[3].image: a.jpg shows the same picture as b.jpg (line 12); "
        "keep one of the two, or replace one with the photo meant",
    ]


def test_a_gps_position_left_in_the_photos_warns_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], exiftool: str
) -> None:
    for name in ("a.jpg", "b.jpg", "c.jpg"):
        picture(tmp_path / name, text=name[0].upper())
    for name in ("b.jpg", "c.jpg"):
        tag(
            exiftool,
            tmp_path / name,
            "-GPSLatitude=43.7384",
            "-GPSLatitudeRef=N",
            "-GPSLongitude=7.4246",
            "-GPSLongitudeRef=E",
        )
    tag(exiftool, tmp_path / "a.jpg", "-Artist=A photographer", "-Orientation=1", "-n")  # EXIF, but no position
    assert [has_gps_position(tmp_path / n) for n in ("a.jpg", "b.jpg", "c.jpg")] == [False, True, True]
    assert check(tmp_path, capsys, "a.jpg", "b.jpg", "c.jpg") == [
        "content.yaml:12:17: warning: panels[0].photos[1].image: b.jpg and 1 more photo still hold the GPS position "
        "where they were taken; the files travel with the content to every kiosk: remove it, "
        "e.g. exiftool -gps:all= FILE"
    ]


def test_damaged_exif_is_no_position_and_no_exception(tmp_path: Path, exiftool: str) -> None:
    photo = picture(tmp_path / "photo.jpg")
    tag(exiftool, photo, "-GPSLatitude=43.7384", "-GPSLatitudeRef=N")
    data = photo.read_bytes()
    start = data.index(b"Exif\x00\x00")
    for cut in range(start, start + 200, 7):  # the EXIF block cut short, and overwritten, at many places
        (tmp_path / "cut.jpg").write_bytes(data[:cut])
        (tmp_path / "noise.jpg").write_bytes(data[:cut] + b"\xff" * 64 + data[cut + 64 :])
        has_gps_position(tmp_path / "cut.jpg")
        has_gps_position(tmp_path / "noise.jpg")
    assert has_gps_position(photo)
    assert not has_gps_position(tmp_path)  # a folder: no file to read
