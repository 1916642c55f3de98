"""Take-away links: read from content.yaml, checked, and shown as QR codes a phone can read."""

from __future__ import annotations

import shutil
import subprocess
import sys
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest
import segno
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.assets import BUNDLED_CONTENT
from kiosk.cli import main
from kiosk.content import Link, Text, load
from kiosk.services.qr import INK, PAPER, QUIET_ZONE, Matrix, QrProvider, qr_matrix, qr_url
from tests.conftest import MINIMAL, ROOT
from tests.kiosk_fixtures import box, visible_texts

MakeKiosk = Callable[..., Kiosk]
Write = Callable[[str | bytes], Path]
URL = "https://www.interpol.int/"
RESERVED = "https://www.interpol.int/fr/Recherche?q=a%20b&x=é#haut"
ZBARIMG = shutil.which("zbarimg")
NO_ZBARIMG = (
    "zbarimg is not installed (apt-get install zbar-tools): no real QR reader decoded the screenshot; "
    "the module-matrix round trip tests still ran"
)
SUMMARY = "    summary: A short summary.\n"
PHOTO_CREDIT = "        credit: A credit\n"


def with_links(panel: str | None = None, photo: str | None = None, entry: str | None = None, **more: str) -> str:
    """The minimal content with links (given as their `url:` values) on its panel, photo or a timeline entry."""
    text = MINIMAL
    if panel is not None:
        label = more.get("label", "Read the declaration")
        text = text.replace(SUMMARY, f"{SUMMARY}    link:\n      url: {panel}\n      label: {label}\n")
    if photo is not None:
        text = text.replace(PHOTO_CREDIT, f"{PHOTO_CREDIT}        link: {{url: {photo}, label: The photo's page}}\n")
        text += "      - {image: photo.jpg, caption: Another caption, credit: A credit}\n"
    if entry is not None:
        text += "timeline:\n  - year: 1914\n    title: First congress\n"
        text += f"    link: {{url: {entry}, label: The year's page}}\n"
    return text + more.get("tail", "")


def segno_matrix(url: str, level: str) -> Matrix:
    code = segno.make_qr(url, error=level, boost_error=False)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


# Reading ----------------------------------------------------------------------------------------


def test_panels_photos_and_timeline_entries_carry_links(write_content: Write) -> None:
    result = load(write_content(with_links(panel=URL, photo="http://example.org/a?b=1#c", entry=URL)))
    assert result.problems == ()
    exhibition = result.exhibition
    assert exhibition is not None
    assert exhibition.panels[0].link == Link(URL, Text.plain("Read the declaration"))
    assert exhibition.panels[0].photos[0].link == Link("http://example.org/a?b=1#c", Text.plain("The photo's page"))
    assert exhibition.panels[0].photos[1].link is None
    assert exhibition.timeline[0].link == Link(URL, Text.plain("The year's page"))


def test_the_bundled_content_links_to_interpol_in_every_language() -> None:
    exhibition = load(BUNDLED_CONTENT).exhibition
    assert exhibition is not None
    links = [p.link for p in exhibition.panels if p.link] + [e.link for e in exhibition.timeline if e.link]
    assert links, "the bundled content has no take-away link"
    for link in links:
        assert link.url == URL
        assert link.label.languages == {"en", "fr", "es", "ar"}


BAD_URLS = {
    "no-scheme": (
        "www.interpol.int",
        "11:12: error: panels[0].link.url: 'www.interpol.int' does not say http:// or https://; "
        "write the full address, e.g. https://www.interpol.int/",
    ),
    "host-and-port-only": (
        "www.interpol.int:8080/en",
        "11:12: error: panels[0].link.url: 'www.interpol.int:8080/en' does not say http:// or https://; "
        "write the full address, e.g. https://www.interpol.int/",
    ),
    "ftp": (
        "ftp://ftp.interpol.int/file",
        "11:12: error: panels[0].link.url: 'ftp:' addresses are not allowed; "
        "only web pages (http:// or https://) open on a visitor's phone, e.g. https://www.interpol.int/",
    ),
    "javascript": (
        '"javascript:alert(1)"',
        "11:12: error: panels[0].link.url: 'javascript:' addresses are not allowed; "
        "only web pages (http:// or https://) open on a visitor's phone, e.g. https://www.interpol.int/",
    ),
    "space": (
        '"https://www.interpol .int/"',
        "11:12: error: panels[0].link.url: 'https://www.interpol .int/' contains a space or line break; "
        "remove it, or write a space inside the address as %20",
    ),
    "no-host": (
        "https:///en",
        "11:12: error: panels[0].link.url: 'https:///en' has no valid host name; "
        "write it as https://, then the site's name, e.g. https://www.interpol.int/",
    ),
    "one-slash": (
        "http:/www.interpol.int",
        "11:12: error: panels[0].link.url: 'http:/www.interpol.int' has no valid host name; "
        "write it as https://, then the site's name, e.g. https://www.interpol.int/",
    ),
    "intranet-name": (
        "https://intranet/",
        "11:12: error: panels[0].link.url: 'https://intranet/' has no valid host name; "
        "write it as https://, then the site's name, e.g. https://www.interpol.int/",
    ),
    "user-name": (
        "https://www.interpol.int@example.com/",
        "11:12: error: panels[0].link.url: 'https://www.interpol.int@example.com/' contains a user name "
        "before '@'; remove everything between // and @",
    ),
    "port": (
        "https://www.interpol.int:80x/",
        "11:12: error: panels[0].link.url: 'https://www.interpol.int:80x/' has a port that is not a number; "
        "remove the ':' and what follows the site's name",
    ),
    "too-long": (
        URL + "a" * 276,
        "11:12: error: panels[0].link.url: the address is 301 characters long; "
        "a QR code for more than 300 characters is too dense to scan: use a shorter address",
    ),
    "boolean": (
        "yes",
        "11:12: error: panels[0].link.url: 'yes' is read as true, not as a web address; put it in quotes: \"yes\"",
    ),
    "empty": ("", "11:11: error: panels[0].link.url: is empty; write the url here"),
}


@pytest.mark.parametrize("case", BAD_URLS)
def test_a_malformed_address_is_an_error_at_its_line(write_content: Write, case: str) -> None:
    url, expected = BAD_URLS[case]
    path = write_content(with_links(panel=url))
    result = load(path, name="content.yaml")
    assert [str(p) for p in result.problems] == [f"content.yaml:{expected}"]


def test_a_link_needs_its_label_and_its_mapping(write_content: Write) -> None:
    missing = with_links(panel=URL).replace("      label: Read the declaration\n", "")
    plain = MINIMAL.replace(SUMMARY, f"{SUMMARY}    link: {URL}\n")
    assert [str(p) for p in load(write_content(missing), name="c.yaml").problems] == [
        "c.yaml:11:7: error: panels[0].link: missing 'label'; add a line 'label: ...'"
    ]
    assert [str(p) for p in load(write_content(plain), name="c.yaml").problems] == [
        "c.yaml:10:11: error: panels[0].link: 'https://www.interpol.int/' is not a link; "
        "write url: and label: under link:, e.g. link: {url: https://www.interpol.int/, label: INTERPOL}"
    ]


def test_a_running_kiosk_leaves_out_a_bad_link_but_shows_the_rest(write_content: Write) -> None:
    result = load(write_content(with_links(panel="www.interpol.int")))
    assert result.exhibition is not None, "a wrong address alone does not refuse the file"
    assert result.exhibition.panels[0].link is None
    assert len(result.errors) == 1


def test_kiosk_check_flags_a_malformed_address(write_content: Write, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_content(with_links(panel="https://www.interpol .int/"))
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:11:12: error: panels[0].link.url: 'https://www.interpol .int/' contains a space" in out


# Encoding and drawing ---------------------------------------------------------------------------


def test_codes_use_level_q_where_it_costs_no_modules_and_m_otherwise() -> None:
    assert qr_matrix(URL) == segno_matrix(URL, "m")  # Q would need version 3: more, smaller modules
    assert len(qr_matrix(URL)) == 25
    assert qr_matrix("http://a.io") == segno_matrix("http://a.io", "q")  # same 21 modules either way
    assert len(qr_matrix(URL + "a" * 275)) <= 69  # the longest address allowed: version 13 at most


def request(url: str, side: int) -> QImage:
    size = QSize()
    image = QrProvider().requestImage(qr_url(url).removeprefix("image://qr/"), size, QSize(side, side))
    assert (size.width(), size.height()) == (image.width(), image.height())
    return image


def expected_rows(matrix: Matrix, side: int) -> list[bytes]:
    """The code scaled by the largest whole number that fits `side`, centred, on white."""
    modules = len(matrix) + 2 * QUIET_ZONE
    scale = side // modules
    start = (side - modules * scale) // 2 + QUIET_ZONE * scale

    def module(at: int) -> int | None:
        index = (at - start) // scale if at >= start else -1
        return index if 0 <= index < len(matrix) else None

    rows = []
    for y in range(side):
        r = module(y)
        pixels = [
            INK if r is not None and (c := module(x)) is not None and matrix[r][c] else PAPER for x in range(side)
        ]
        rows.append(array("I", pixels).tobytes())
    return rows


# Sizes that divide unevenly, the longest address allowed, and one whose reserved characters must
# come back whole from the image URL (else the image would be another address's code).
SIZES = [(URL, 180), (URL, 200), (URL, 241), (URL, 333), (URL + "a" * 275, 240), (RESERVED, 200)]


@pytest.mark.parametrize(("url", "side"), SIZES)
def test_the_code_image_is_exactly_the_size_asked_with_whole_pixel_modules_and_a_quiet_zone(
    kiosk_qt: object, url: str, side: int
) -> None:
    image = request(url, side)
    assert (image.width(), image.height()) == (side, side)
    assert image.format() == QImage.Format.Format_RGB32
    stride = image.bytesPerLine()
    pixels = bytes(image.constBits())
    rows = [pixels[y * stride : y * stride + side * 4] for y in range(side)]
    # Every pixel is exactly paper or ink, in whole-pixel modules: nothing smeared by scaling.
    assert rows == expected_rows(qr_matrix(url), side)
    assert qr_matrix(url) == segno_matrix(url, "m") or qr_matrix(url) == segno_matrix(url, "q")


def test_dark_modules_on_white_have_the_contrast_a_phone_camera_needs() -> None:
    def luminance(rgb: int) -> float:
        channels = [QColor(rgb).redF(), QColor(rgb).greenF(), QColor(rgb).blueF()]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    assert (luminance(PAPER) + 0.05) / (luminance(INK) + 0.05) >= 15  # the navy: 16.5:1


# On screen --------------------------------------------------------------------------------------


def read_code(shot: QImage, code: QRect, size: int) -> tuple[Matrix, bool]:
    """The modules a reader sees in the screenshot where the code item is, and whether its quiet zone is white."""
    modules = size + 2 * QUIET_ZONE
    scale = code.width() // modules
    start = (code.width() - modules * scale) // 2 + QUIET_ZONE * scale

    def dark(x: int, y: int) -> bool:
        return QColor(shot.pixel(code.x() + x, code.y() + y)).lightness() < 128

    centre = [start + i * scale + scale // 2 for i in range(size)]
    matrix = tuple(tuple(dark(x, y) for x in centre) for y in centre)
    ring = range(start - QUIET_ZONE * scale, start + size * scale + QUIET_ZONE * scale)
    edges = [start - QUIET_ZONE * scale, start - 1, start + size * scale, start + (size + QUIET_ZONE) * scale - 1]
    quiet = not any(dark(x, y) for x in ring for y in edges) and not any(dark(x, y) for y in ring for x in edges)
    return matrix, quiet


def shown_code(kiosk: Kiosk, name: str, url: str, scale: float = 1.0) -> None:
    """The code item on screen reads back as the URL's modules, at least 180 px at 1080p, with its quiet zone."""
    exact = box(kiosk.find(name))
    bounds = exact.toRect()
    assert min(bounds.width(), bounds.height()) >= 180 * scale
    shot = kiosk.window.grabWindow()
    matrix, quiet = read_code(shot, bounds, len(qr_matrix(url)))
    assert matrix == qr_matrix(url)
    assert quiet
    # Sharp: on whole pixels, and pixel for pixel the provider's drawing, neither scaled nor smoothed.
    assert (exact.x(), exact.y()) == (bounds.x(), bounds.y())
    region = shot.copy(bounds).convertToFormat(QImage.Format.Format_RGB32)
    stride, side = region.bytesPerLine(), bounds.width()
    pixels = bytes(region.constBits())
    assert [pixels[y * stride : y * stride + side * 4] for y in range(side)] == expected_rows(qr_matrix(url), side)


def texts_clear_of(kiosk: Kiosk, card_name: str) -> None:
    """No text outside the take-away card lies under it."""
    card = box(kiosk.find(card_name))
    for text, bounds in visible_texts(kiosk):
        assert card.contains(bounds) or not card.intersects(bounds), f"the take-away card covers {text!r}"


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (3840, 2160), (1080, 1920)])
def test_the_panel_page_shows_the_code_and_its_label(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_content: Write, size: tuple[int, int]
) -> None:
    label = "{en: Read the declaration, fr: Lire la déclaration}"
    content = with_links(panel=URL, label=label, tail="settings: {languages: [en, fr]}\n")
    kiosk = make_kiosk(load(write_content(content)).exhibition, size=size)
    kiosk.navigator.showPanel(0)
    qtbot.waitUntil(kiosk.settled)
    assert kiosk.find("takeAwayLabel").property("text") == "Read the declaration"
    assert kiosk.find("takeAwayAddress").property("text") == "www.interpol.int"
    width, height = size
    shown_code(kiosk, "takeAwayCode", URL, width / 1080 if height > width else min(width / 1920, height / 1080))
    texts_clear_of(kiosk, "panelTakeAway")
    kiosk.preferences.choose("fr")
    qtbot.waitUntil(lambda: kiosk.find("takeAwayLabel").property("text") == "Lire la déclaration")


def test_a_panel_without_a_link_shows_no_code(qtbot: QtBot, make_kiosk: MakeKiosk, write_content: Write) -> None:
    kiosk = make_kiosk(load(write_content(MINIMAL)).exhibition)
    kiosk.navigator.showPanel(0)
    qtbot.waitUntil(kiosk.settled)
    with pytest.raises(LookupError):
        kiosk.find("panelTakeAway")


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_a_photo_with_a_link_shows_its_code_in_the_slideshow_caption(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_content: Write, size: tuple[int, int]
) -> None:
    url = "https://www.interpol.int/en"
    long_credit = "A credit long enough to run under the card if nothing held it back, " * 2
    content = with_links(photo=url).replace("credit: A credit\n", f"credit: {long_credit}\n", 1)
    kiosk = make_kiosk(load(write_content(content)).exhibition, start="slideshow", size=size)
    assert kiosk.find("takeAwayLabel").property("text") == "The photo's page"
    shown_code(kiosk, "takeAwayCode", url)
    texts_clear_of(kiosk, "slideTakeAway")
    kiosk.slideshow.next()
    qtbot.waitUntil(lambda: kiosk.find("slideCaption").property("text") == "Another caption")
    with pytest.raises(LookupError):
        kiosk.find("slideTakeAway")  # the second photo has no link


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_a_timeline_entry_with_a_link_shows_its_code_beside_the_text(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_content: Write, size: tuple[int, int]
) -> None:
    kiosk = make_kiosk(load(write_content(with_links(entry=URL))).exhibition, size=size)
    kiosk.navigator.show("timeline")
    qtbot.waitUntil(kiosk.settled)
    assert kiosk.find("takeAwayLabel").property("text") == "The year's page"
    shown_code(kiosk, "takeAwayCode", URL)
    texts_clear_of(kiosk, "timelineTakeAway_0")


# A real reader ----------------------------------------------------------------------------------


def zbar(png: Path) -> list[str]:
    """What zbarimg reads in an image: one line per code found."""
    assert ZBARIMG is not None
    result = subprocess.run([ZBARIMG, "--quiet", "--raw", str(png)], capture_output=True, text=True, timeout=60)
    return result.stdout.splitlines()


@pytest.mark.skipif(ZBARIMG is None, reason=NO_ZBARIMG)
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1080, 1920)])
def test_zbarimg_reads_the_bundled_panel_code_from_a_screenshot(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path, size: tuple[int, int]
) -> None:
    exhibition = load(BUNDLED_CONTENT).exhibition
    assert exhibition is not None
    index, panel = next((i, p) for i, p in enumerate(exhibition.panels) if p.link)
    assert panel.link is not None
    kiosk = make_kiosk(exhibition, size=size)
    kiosk.navigator.showPanel(index)
    qtbot.waitUntil(kiosk.settled)
    assert kiosk.window.grabWindow().save(str(tmp_path / "panel.png"))
    assert zbar(tmp_path / "panel.png") == [panel.link.url]


@pytest.mark.skipif(ZBARIMG is None, reason=NO_ZBARIMG)
def test_zbarimg_reads_every_code_of_a_kiosk_preview(write_content: Write, tmp_path: Path) -> None:
    photo, entry = "https://www.interpol.int/en", "https://www.interpol.int/fr"
    content = write_content(with_links(panel=URL, photo=photo, entry=entry))
    out = tmp_path / "preview"
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "preview", str(content), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert zbar(out / "panel-one.png") == [URL]
    assert zbar(out / "slide-1.png") == [photo]
    assert zbar(out / "slide-2.png") == []
    assert zbar(out / "timeline.png") == [entry]
