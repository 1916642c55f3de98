"""The content the kiosk ships with: valid, complete, and every photo it names decodes."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImageReader

from kiosk.assets import BUNDLED_CONTENT, load_fonts
from kiosk.content import load
from tools.make_standins import QUALITY, draw


def test_bundled_content_loads_without_a_single_problem() -> None:
    result = load(BUNDLED_CONTENT)
    assert result.problems == ()
    exhibition = result.exhibition
    assert exhibition is not None
    assert exhibition.title.get("en", "en") == "Turn Back Crime"
    assert exhibition.subtitle.get("en", "en") == "100 years of international police cooperation"
    assert (exhibition.first_year, exhibition.last_year) == (1914, 2014)
    assert len(exhibition.panels) == 7
    assert len(exhibition.slideshow) == 14
    assert [e.year for e in exhibition.timeline] == [1914, 1923, 1946, 1956, 1989, 2014]
    assert exhibition.quote is not None
    assert exhibition.quote.speaker.get("en", "en") == "Ronald K. Noble"


def test_every_bundled_photo_exists_decodes_and_is_a_stand_in() -> None:
    exhibition = load(BUNDLED_CONTENT).exhibition
    assert exhibition is not None
    for photo in exhibition.slideshow:
        reader = QImageReader(str(photo.image))
        image = reader.read()
        assert not image.isNull(), f"{photo.image}: {reader.errorString()}"
        assert (image.width(), image.height()) >= (2400, 1600)
        assert photo.image.stat().st_size <= 300 * 1024, f"{photo.image.name} is over 300 KB"
        assert "stand-in" in photo.credit.get("en", "en").lower()


def test_stand_ins_are_drawn_the_same_every_time(qapp: QGuiApplication) -> None:
    family = load_fonts()[0]
    exhibition = load(BUNDLED_CONTENT).exhibition
    assert exhibition is not None
    first = exhibition.slideshow[0]
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert draw(1, 14, first.caption.get("en", "en"), family).save(buffer, "JPG", QUALITY)  # type: ignore[call-overload]  # the stub wants bytes; PySide6 6.12 takes only str
    assert bytes(data.data()) == first.image.read_bytes(), "run `make standins` and commit the photos"


def test_bundled_fonts_load(qapp: QGuiApplication) -> None:
    assert load_fonts() == ["Noto Sans", "Noto Sans Arabic UI"]
