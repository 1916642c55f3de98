"""The photo provider's decoding: exact fit, upright photos, decoding ahead, a bounded cache."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageWriter

from kiosk.services.photos import PhotoSource, decode, photo_url
from tests.conftest import make_jpeg


def test_a_photo_is_decoded_to_fit_the_box_exactly(kiosk_qt: object, tmp_path: Path) -> None:
    photo = make_jpeg(tmp_path / "wide.jpg", 3000, 2000)
    assert decode(str(photo), QSize(1280, 720)).size() == QSize(1080, 720)
    assert decode(str(photo), QSize(0, 0)).size() == QSize(3000, 2000), "no box: full size"
    assert decode(str(tmp_path / "missing.jpg"), QSize(1280, 720)).isNull()


def test_a_photo_stored_on_its_side_comes_out_upright(kiosk_qt: object, tmp_path: Path) -> None:
    image = QImage(2000, 3000, QImage.Format.Format_RGB32)  # portrait pixels...
    image.fill(QColor("#13315C"))
    writer = QImageWriter(str(tmp_path / "turned.jpg"))
    writer.setTransformation(QImageIOHandler.Transformation.TransformationRotate90)  # ...tagged "turn 90°"
    assert writer.write(image), writer.errorString()
    upright = decode(str(tmp_path / "turned.jpg"), QSize(1920, 1080))
    assert upright.width() > upright.height(), "the EXIF orientation turns it to landscape"
    assert upright.height() <= 1080


def test_prefetched_photos_are_handed_over_once(kiosk_qt: object, tmp_path: Path) -> None:
    photos = [str(make_jpeg(tmp_path / f"{n}.jpg", 2400, 1600)) for n in range(3)]
    source = PhotoSource(limit_bytes=2 * 1080 * 720 * 4)
    box = QSize(1080, 720)
    source.prefetch(photos, box)
    source.wait()
    assert len(source._ready) == 2, "the cache keeps within its bytes: the oldest prefetch went"
    first = source.take(photos[2], box)
    assert first.size() == box
    assert (photos[2], 1080, 720) not in source._ready, "served once, then Qt's own cache holds it"


def test_a_photo_url_carries_its_version(kiosk_qt: object) -> None:
    assert photo_url("/srv/kiosk/photos/a b.jpg", 7) == "image://photo/srv/kiosk/photos/a b.jpg?v=7"
