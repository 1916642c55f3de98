"""From `kiosk new` to a checked exhibition with `kiosk add-photos`: photos with their own captions and credits.

The metadata is written into real photos by exiftool (Debian's libimage-exiftool-perl, installed
where it can be), the HEIC by pillow-heif (a binding of libheif): never hand-made bytes.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageCms, ImageDraw

from kiosk.assets import BUNDLED_CONTENT
from kiosk.cli import main
from kiosk.content import load
from kiosk.content.hours import HOURS_KEYS
from kiosk.content.loader import EXHIBITION_KEYS, PANEL_KEYS, PHOTO_KEYS, SETTINGS_KEYS, TOP_KEYS
from kiosk.content.model import LABELS
from kiosk.content.speeches import SPEECH_KEYS
from kiosk.services.exif import has_gps_position
from tests.conftest import ROOT
from tests.debian import installed

MONACO = ("-GPSLatitude=43.7384", "-GPSLatitudeRef=N", "-GPSLongitude=7.4246", "-GPSLongitudeRef=E")
PANEL_WITH = "panels:\n  - {{id: one, title: One, summary: One., photos: [{{image: {}, caption: A, credit: B}}]}}\n"
SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def photo(path: Path, size: tuple[int, int] = (1600, 1200), colour: str = "#13315C", fmt: str = "JPEG") -> Path:
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).line((0, 0, *size), fill="#E9C46A", width=9)
    image.save(path, fmt, quality=90, icc_profile=SRGB)
    return path


def exiftool(*arguments: str) -> None:
    done = subprocess.run(
        [installed("exiftool", "libimage-exiftool-perl"), "-q", "-overwrite_original", *arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture
def photographers(tmp_path: Path) -> Path:
    """A folder as a photographer and a phone leave it: captions in IPTC, XMP or EXIF, or none."""
    folder = tmp_path / "from-the-photographer"
    folder.mkdir()
    exiftool(
        "-IPTC:Caption-Abstract=Delegates in the hall",
        "-IPTC:By-line=Jane Doe",
        "-IPTC:Credit=INTERPOL",
        "-IPTC:CodedCharacterSet=UTF8",
        str(photo(folder / "a-iptc.jpg")),
    )
    exiftool(
        "-XMP-dc:Description-x-default=The Prince arrives",
        "-XMP-dc:Description-fr=Le Prince arrive",
        "-XMP-dc:Creator=John Roe",
        "-XMP-photoshop:Credit=Palais princier",
        str(photo(folder / "b-xmp.jpg", colour="#CE1126")),
    )
    exiftool(
        "-EXIF:ImageDescription=The flags of member countries",
        "-EXIF:Artist=Ann Poe",
        "-EXIF:Copyright=© 2014 INTERPOL",
        "-Orientation=6",
        "-n",
        str(photo(folder / "c-exif.jpg", (1200, 1600), colour="#2A9D8F")),  # stored on its side
    )
    photo(folder / "d-none.jpg", colour="#8D99AE")
    exiftool(*MONACO, "-EXIF:SerialNumber=CAM-12345", str(photo(folder / "e-big.jpg", (6000, 4000), "#264653")))
    import pillow_heif

    pillow_heif.register_heif_opener()
    photo(folder / "f-phone.heic", colour="#E76F51", fmt="HEIF")
    (folder / "g-broken.jpg").write_bytes(b"a note saved as .jpg by mistake")
    return folder


def test_from_kiosk_new_to_a_checked_exhibition(
    tmp_path: Path, photographers: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    show = tmp_path / "show"
    assert main(["new", str(show)]) == 0
    content = show / "content.yaml"
    content.write_text(content.read_text().replace("languages: [en]  ", "languages: [en, fr]"))
    before = content.read_text()
    capsys.readouterr()

    assert main(["add-photos", str(content), str(photographers)]) == 1  # the photos without captions: errors
    out, err = capsys.readouterr()
    assert out.splitlines()[:6] == [
        "added photos/a-iptc.jpg (caption from IPTC, credit from IPTC) to panel first-panel",
        "added photos/b-xmp.jpg (caption from XMP, credit from XMP) to panel first-panel",
        "added photos/c-exif.jpg (caption from EXIF, credit from EXIF) to panel first-panel",
        "added photos/d-none.jpg (no caption in the file, no credit in the file) to panel first-panel",
        "added photos/e-big.jpg (no caption in the file, no credit in the file, 6000x4000 made 3840x2560, "
        "GPS position removed) to panel first-panel",
        "added photos/f-phone.jpg (no caption in the file, no credit in the file, HEIC made JPEG) to panel first-panel",
    ]
    assert out.splitlines()[-1].startswith("kiosk check: 6 errors, ")
    assert (
        err == f"skipped {photographers / 'g-broken.jpg'}: not a photo that can be read "
        f"(cannot identify image file '{photographers / 'g-broken.jpg'}')\n"
    )

    added = [line for tag, line in _diff(before, content.read_text()) if tag == "+"]
    assert added == [
        "    photos:",
        "      - image: photos/a-iptc.jpg",
        "        caption: Delegates in the hall",
        "        credit: Jane Doe / INTERPOL",
        "      - image: photos/b-xmp.jpg",
        "        caption:",
        "          en: The Prince arrives",
        "          fr: Le Prince arrive",
        "        credit: John Roe / Palais princier",
        "      - image: photos/c-exif.jpg",
        "        caption: The flags of member countries",
        "        credit: Ann Poe / © 2014 INTERPOL",
        *_asking("d-none"),
        *_asking("e-big"),
        *_asking("f-phone"),
    ]
    assert [tag for tag, _ in _diff(before, content.read_text())].count("-") == 1  # `photos: []`, and no other

    shipped = show / "photos"
    assert sorted(p.name for p in shipped.iterdir()) == [
        f"{n}.jpg" for n in ("a-iptc", "b-xmp", "c-exif", "d-none", "e-big", "f-phone")
    ]
    with Image.open(shipped / "e-big.jpg") as big:
        assert big.size == (3840, 2560)
        assert dict(big.getexif()) == {}, "no EXIF at all: no GPS, no serial number, no maker notes"
        assert big.info.get("icc_profile") == SRGB, "the colour profile stays"
    assert not has_gps_position(shipped / "e-big.jpg")
    with Image.open(shipped / "c-exif.jpg") as turned:
        assert turned.size == (1600, 1200), "turned upright, its orientation applied"
    with Image.open(shipped / "f-phone.jpg") as phone:
        assert phone.format == "JPEG"
    assert load(content).exhibition is None  # until the three captions and credits are written...
    text = content.read_text().replace("caption: ''", "caption: A caption").replace("credit: ''", "credit: A credit")
    content.write_text(text)
    assert main(["check", str(content)]) == 0  # ...then it is a checked exhibition


def _asking(name: str) -> list[str]:
    return [
        f"      - image: photos/{name}.jpg",
        "        caption: ''  # write a caption: the photo's file has none",
        "        credit: '' # write the credit: the photo's file names no photographer",
    ]


def _diff(before: str, after: str) -> list[tuple[str, str]]:
    lines = difflib.ndiff(before.splitlines(), after.splitlines())
    return [(line[0], line[2:]) for line in lines if line[0] in "+-"]


def test_comments_order_quotes_and_anchors_survive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(BUNDLED_CONTENT.parent, tmp_path / "show")
    content = tmp_path / "show" / "content.yaml"
    photo(tmp_path / "new.jpg", colour="#CE1126")
    exiftool("-IPTC:Caption-Abstract=A new photo", "-IPTC:By-line=Jane Doe", str(tmp_path / "new.jpg"))
    assert main(["add-photos", str(content), str(tmp_path / "new.jpg"), "--panel", "evolution"]) == 0
    assert "added photos/new.jpg (caption from IPTC, credit from IPTC) to panel evolution" in capsys.readouterr().out
    changed = _diff(BUNDLED_CONTENT.read_text(), content.read_text())
    assert changed == [
        ("+", "      - image: photos/new.jpg"),
        ("+", "        caption: A new photo"),
        ("+", "        credit: Jane Doe"),
    ], "the untouched part is the file as it was, byte for byte"


def test_kiosk_new_shows_every_key_passes_check_and_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", str(tmp_path / "show")]) == 0
    content = tmp_path / "show" / "content.yaml"
    assert (tmp_path / "show" / "photos").is_dir()
    assert "kiosk add-photos" in (tmp_path / "show" / "NEXT-STEPS.txt").read_text()
    text = content.read_text()
    keys = {*TOP_KEYS, *EXHIBITION_KEYS, *PANEL_KEYS, *PHOTO_KEYS, *SETTINGS_KEYS, *SPEECH_KEYS, *HOURS_KEYS, *LABELS}
    missing = [
        key
        for key in sorted(keys)
        if f"{key}:" not in text and key not in ("tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    ]
    assert missing == []
    capsys.readouterr()
    assert main(["check", str(content)]) == 0
    content.write_text("exhibition: mine\n")
    assert main(["new", str(tmp_path / "show")]) == 1
    assert content.read_text() == "exhibition: mine\n"
    assert "exists already; it is left as it is" in capsys.readouterr().err


def test_without_its_extras_it_says_in_one_line_how_to_get_them(tmp_path: Path, photographers: Path) -> None:
    shutil.copytree(BUNDLED_CONTENT.parent, tmp_path / "show")
    content = tmp_path / "show" / "content.yaml"

    def add(hidden: str, *photos: str) -> subprocess.CompletedProcess[str]:
        code = f"import sys\nfor m in {hidden.split()!r}: sys.modules[m] = None\nfrom kiosk.cli import main\n"
        code += f"sys.exit(main(['add-photos', {str(content)!r}, *{list(photos)!r}, '--panel', 'evolution']))"
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)

    done = add("ruamel ruamel.yaml", str(photographers / "a-iptc.jpg"))
    assert (done.returncode, done.stderr) == (
        2,
        "kiosk add-photos needs its extra: pip install 'exhibition-kiosk[photos]'\n",
    )
    done = add("pillow_heif", str(photographers / "f-phone.heic"), str(photographers / "d-none.jpg"))
    heic = photographers / "f-phone.heic"
    assert done.stderr.splitlines()[0] == (
        f"skipped {heic}: reading HEIC needs pillow-heif: pip install 'exhibition-kiosk[heif]'"
    )
    assert "added photos/d-none.jpg" in done.stdout, "the rest are added"


def test_a_heic_named_in_the_content_points_to_add_photos(
    tmp_path: Path, photographers: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(photographers / "f-phone.heic", tmp_path / "phone.heic")
    text = BUNDLED_CONTENT.read_text()
    (tmp_path / "content.yaml").write_text(text[: text.index("panels:")] + PANEL_WITH.format("phone.heic"))
    assert main(["check", str(tmp_path / "content.yaml")]) == 1
    said = [line for line in capsys.readouterr().out.splitlines() if "phone.heic" in line]
    assert len(said) == 1
    assert said[0].endswith("; kiosk add-photos content.yaml phone.heic makes it a JPEG and adds it with its caption")
