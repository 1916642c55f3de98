"""`kiosk preview --sheet`: one PDF with every screen in every language and shape, labelled as text."""

from __future__ import annotations

import math
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from kiosk.assets import BUNDLED_CONTENT
from kiosk.content import load
from kiosk.preview import screenshots
from tests.conftest import MINIMAL, ROOT, preview_names

QtPdf = pytest.importorskip("PySide6.QtPdf", reason="QtPdf comes with PySide6-Addons (the media extra)")

# A screenshot's label as the sheet prints it, two lines: "panel-one", "fr · portrait 1080×1920".
LABEL = re.compile(r"(\S+)\s+([a-z]{2,3}) · (landscape|portrait) (\d+)×(\d+)")
SHAPES = [("landscape", ("1920", "1080")), ("portrait", ("1080", "1920"))]
Write = Callable[[str | bytes], Path]
# Two languages, each text only in English (a warning apiece), and opening hours for the closed card.
TWO_LANGUAGES = MINIMAL + 'settings:\n  languages: [en, fr]\n  hours:\n    daily: "10:00-18:00"\n'


def kiosk(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The real command in a fresh interpreter: one QGuiApplication, closed as a curator's would be."""
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def pages(pdf: Path) -> list[str]:
    """Each page's text, as a PDF reader extracts it."""
    document = QtPdf.QPdfDocument()
    assert document.load(str(pdf)) == QtPdf.QPdfDocument.Error.None_
    texts = [document.getAllText(n).text() for n in range(document.pageCount())]
    document.close()
    return texts


def screens_of(texts: list[str]) -> list[list[tuple[str, ...]]]:
    """The labels on each page after the cover, as (name, language, orientation, width, height)."""
    return [[m.groups() for m in LABEL.finditer(text)] for text in texts[1:]]


def one_line(text: str) -> str:
    """Text with its line breaks and runs of spaces as single spaces: the sheet wraps long lines."""
    return " ".join(text.split())


@pytest.mark.slow
def test_bundled_sheet_has_every_screen_in_every_language_and_both_shapes(
    tmp_path: Path, qapp: QGuiApplication
) -> None:
    sheet = tmp_path / "proof.pdf"
    result = kiosk("preview", str(BUNDLED_CONTENT), "--sheet", str(sheet), timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    exhibition = load(BUNDLED_CONTENT).exhibition
    assert exhibition is not None
    names, languages = preview_names(BUNDLED_CONTENT), exhibition.settings.languages
    expected_pages = 1 + len(languages) * (len(names) + math.ceil(len(names) / 2))
    assert result.stdout == f"proof sheet of {expected_pages} pages written to {sheet}\n"
    texts = pages(sheet)
    assert len(texts) == expected_pages
    cover = one_line(texts[0])
    assert "kiosk check: no errors and no warnings" in cover
    assert f"Content: {BUNDLED_CONTENT}" in cover
    assert "Approved by:" in cover
    assert "Date:" in cover
    labels = screens_of(texts)
    for on_page in labels:
        # One landscape screenshot a page, or two portrait ones of one language side by side.
        assert len({(language, shape) for _, language, shape, *_ in on_page}) == 1, on_page
        assert len(on_page) in ((1, 2) if on_page[0][2] == "portrait" else (1,)), on_page
    seen = Counter(label for on_page in labels for label in on_page)
    assert seen == Counter(
        {(name, language, shape, *size): 1 for name in names for language in languages for shape, size in SHAPES}
    )


def test_sheet_lists_the_check_problems_and_the_closed_card_in_each_language(
    tmp_path: Path, write_content: Write, qapp: QGuiApplication
) -> None:
    content = write_content(TWO_LANGUAGES)
    sheet, out = tmp_path / "proof.pdf", tmp_path / "png"
    result = kiosk("preview", str(content), "--sheet", str(sheet), "--out", str(out))
    check = kiosk("check", str(content))
    assert result.returncode == 0, result.stderr
    warnings = check.stdout.splitlines()
    assert [w.split(": ")[1] for w in warnings] == ["warning"] * 8, check.stdout
    # The preview says on stderr what the check says, and nothing else (no Qt warnings).
    assert result.stderr == check.stdout
    names = preview_names(content) | {"closed"}
    # The PNG files: the first size, in the default language. The sheet: each shape, each language;
    # the closed card comes last in each shape (once dark, the kiosk stays dark), on a page of its own.
    assert {p.stem for p in out.glob("*.png")} == names
    assert QImage(str(out / "closed.png")).size().toTuple() == (1920, 1080)
    open_screens = len(names) - 1
    expected_pages = 1 + 2 * (open_screens + 1) + 2 * (math.ceil(open_screens / 2) + 1)
    assert result.stdout.splitlines() == [
        f"{len(names)} screens written to {out}",
        f"proof sheet of {expected_pages} pages written to {sheet}",
    ]
    texts = pages(sheet)
    assert len(texts) == expected_pages
    cover = one_line(texts[0])
    assert "kiosk check: 0 errors and 8 warnings" in cover
    for warning in warnings:
        assert one_line(warning) in cover
    assert "Approved by:" in cover
    labels = screens_of(texts)
    assert [len(on_page) for on_page in labels if on_page[0][0] == "closed"] == [1] * 4
    assert Counter(label for on_page in labels for label in on_page) == Counter(
        {(name, language, shape, *size): 1 for name in names for language in ("en", "fr") for shape, size in SHAPES}
    )


def test_the_closed_card_is_in_each_language(write_content: Write, kiosk_qt: QGuiApplication) -> None:
    exhibition = load(write_content(TWO_LANGUAGES)).exhibition
    assert exhibition is not None
    # French first, though English is the content's default: going dark resets the visitor's language
    # to the kiosk's, and the French card must be French all the same.
    with closing(screenshots(exhibition, (1280, 720), ["fr", "en"])) as shots:
        closed = {shot.language: shot.image for shot in shots if shot.name == "closed"}
    assert closed.keys() == {"en", "fr"}
    assert closed["en"] != closed["fr"]


def test_a_size_gives_that_shape_only_and_lang_that_language_only(
    tmp_path: Path, write_content: Write, qapp: QGuiApplication
) -> None:
    content = write_content(TWO_LANGUAGES)
    sheet = tmp_path / "proof.pdf"
    result = kiosk("preview", str(content), "--sheet", str(sheet), "--size", "1080x1920", "--lang", "fr")
    assert result.returncode == 0, result.stderr
    names = preview_names(content) | {"closed"}
    texts = pages(sheet)
    # One language: the closed card pairs with the timeline.
    assert len(texts) == 1 + math.ceil(len(names) / 2)
    assert Counter(label for on_page in screens_of(texts) for label in on_page) == Counter(
        {(name, "fr", "portrait", "1080", "1920"): 1 for name in names}
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ([], 2, "kiosk preview: give --out DIR (PNG files), --sheet FILE.pdf (a proof sheet) or both\n"),
        (["--sheet", "proof.txt"], 2, "argument --sheet: 'proof.txt' is not a file name ending in .pdf\n"),
        (
            ["--sheet", "{tmp}/missing/proof.pdf"],
            1,
            "kiosk preview: cannot write {tmp}/missing/proof.pdf: No such file or directory\n",
        ),
    ],
)
def test_bad_sheet_arguments_say_so_in_one_line(tmp_path: Path, args: list[str], code: int, message: str) -> None:
    result = kiosk("preview", str(BUNDLED_CONTENT), *(a.format(tmp=tmp_path) for a in args))
    assert result.returncode == code
    assert result.stderr.endswith(message.format(tmp=tmp_path))
    assert result.stdout == ""
    assert not (tmp_path / "missing").exists()
