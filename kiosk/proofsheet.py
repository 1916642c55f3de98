"""`kiosk preview --sheet`: a PDF of every screen that a curator can read, print and sign.

A4 landscape. The cover lists what `kiosk check` says about the content and ends with lines to
sign; then one landscape screenshot a page, or two portrait ones side by side. Every label is
text in the PDF (drawn with drawText), so that a reader can search it and a test can read it.
Pages are drawn as the screenshots come: a sheet of 200 screens never holds more than one.
"""

from __future__ import annotations

import hashlib
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from kiosk import __version__
from kiosk.assets import LATIN
from kiosk.content import Problem, Severity

if TYPE_CHECKING:
    from kiosk.content import Exhibition

Size = tuple[int, int]


@dataclass(frozen=True)
class Screenshot:
    """One screen as rendered; `settled` is False when its photos were still loading at the timeout."""

    name: str
    language: str
    image: QImage
    settled: bool


DPI = 300
MM = DPI / 25.4  # device pixels per millimetre
GAP = 8 * MM  # between two portrait screenshots, and above the signature lines
INK, GREY, RED = QColor("#000000"), QColor("#666666"), QColor("#a00000")


def orientation(size: Size) -> str:
    """The word a label uses for the screen's shape: portrait or landscape."""
    return "portrait" if size[1] > size[0] else "landscape"


def detail(language: str, size: Size) -> str:
    """The line under a screenshot's name: its language and the screen's shape."""
    return f"{language} · {orientation(size)} {size[0]}×{size[1]}"


def per_page(size: Size) -> int:
    """Screenshots of this size on an A4 landscape page: two portrait ones fit side by side at full height."""
    return 2 if size[1] > size[0] else 1


def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont(LATIN)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class _Line:
    """One line of the cover, laid out: where it starts and how far down the next begins."""

    text: str
    font: QFont
    colour: QColor
    indent: float
    advance: float


class ProofSheet:
    """The PDF being drawn: the cover at once, then `add` for each screenshot, then `finish`."""

    def __init__(self, path: Path, writer: QPdfWriter, painter: QPainter, pages: int, footer: str) -> None:
        self._path, self._writer, self._painter = path, writer, painter
        self._pages, self._footer = pages, footer
        self._page = 0
        # A portrait screenshot waiting for its neighbour: image, name, detail line, settled.
        self._pending: list[tuple[QImage, str, str, bool]] = []
        self._pending_pass: tuple[Size, str] = ((0, 0), "")  # a page shows one size in one language

    @classmethod
    def open(
        cls,
        path: Path,
        content: str,
        exhibition: Exhibition,
        problems: Sequence[Problem],
        order: Sequence[tuple[Size, str, str]],
    ) -> ProofSheet | None:
        """Start the PDF and draw its cover; None, with a line on stderr, if it cannot be written.

        `order` is the screenshots to come, (size, language, name) in the order `add` gets them.
        """
        writer = QPdfWriter(str(path))
        writer.setResolution(DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(10, 10, 10, 10),
                QPageLayout.Unit.Millimeter,
            )
        )
        settings = exhibition.settings
        title = exhibition.title.get(settings.language, settings.language)
        writer.setTitle(f"Proof sheet: {title}")
        writer.setCreator(f"kiosk {__version__}")
        # Tried before any rendering: a wrong path should not cost a minute of screenshots first.
        # (And Python says why, where a failed QPainter.begin only warns that it returned false.)
        try:
            path.open("wb").close()
        except OSError as exc:
            print(f"kiosk preview: cannot write {path}: {exc.strerror}", file=sys.stderr)
            return None
        painter = QPainter()
        if not painter.begin(writer):
            print(f"kiosk preview: cannot write {path}", file=sys.stderr)
            return None
        made = datetime.now().strftime("%Y-%m-%d %H:%M")
        cover = _cover_lines(writer, content, title, problems, order, made)
        cover_pages = _paginate(cover, _body_height(writer), _signature_height(writer))
        # A page shows one size in one language: a run of them fills pages of one or two.
        runs = [len(list(run)) for (size, _), run in groupby(order, key=lambda o: o[:2])]
        sizes = [size for (size, _), _ in groupby(order, key=lambda o: o[:2])]
        shots = sum(math.ceil(n / per_page(size)) for n, size in zip(runs, sizes, strict=True))
        sheet = cls(path, writer, painter, len(cover_pages) + shots, f"{title} · {content} · proof of {made}")
        sheet._draw_cover(cover_pages)
        return sheet

    def add(self, shot: Screenshot, size: Size) -> None:
        """Put a screenshot on the sheet, under its label (a portrait one may wait for a second)."""
        text = detail(shot.language, size) + ("" if shot.settled else " · photos were still loading")
        if self._pending and self._pending_pass != (size, shot.language):
            self._flush()
        # Opaque, as a screen is: the PDF then keeps it JPEG-compressed without a transparency mask.
        image = shot.image.convertToFormat(QImage.Format.Format_RGB32)
        self._pending.append((image, shot.name, text, shot.settled))
        self._pending_pass = (size, shot.language)
        if len(self._pending) == per_page(size):
            self._flush()

    def finish(self) -> int:
        """Draw what is pending and close the file; the number of pages."""
        self._flush()
        self._painter.end()
        return self._page

    def close(self) -> None:
        """After an error part way: no half a sheet that could pass for a whole one is left behind.

        Called before the application goes, as the painter must end while it exists.
        """
        if self._painter.isActive():
            self._painter.end()
            self._path.unlink(missing_ok=True)

    # Pages ---------------------------------------------------------------------------------

    def _new_page(self) -> None:
        if self._page:
            self._writer.newPage()
        self._page += 1
        painter, writer = self._painter, self._writer
        font = _font(8)
        painter.setFont(font)
        painter.setPen(GREY)
        # Each page says which content it proofs and where it belongs, should the pages part.
        foot = QRectF(0, _body_height(writer), writer.width(), _footer_height(writer))
        number = f"page {self._page} of {self._pages}"
        metrics = QFontMetricsF(font, writer)
        room = foot.width() - metrics.horizontalAdvance(number) - GAP
        footer = metrics.elidedText(self._footer, Qt.TextElideMode.ElideMiddle, room)
        painter.drawText(foot, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, footer)
        painter.drawText(foot, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight, number)

    def _flush(self) -> None:
        """Draw the pending screenshots on a page of their own, side by side, labels above."""
        if not self._pending:
            return
        self._new_page()
        painter, size = self._painter, self._pending_pass[0]
        # The grabbed image's own shape, not the size asked for: whatever it is, it is not distorted.
        width, height = self._pending[0][0].width(), self._pending[0][0].height()
        name_font, detail_font = _font(12, bold=True), _font(10)
        name_metrics, detail_metrics = QFontMetricsF(name_font, self._writer), QFontMetricsF(detail_font, self._writer)
        label_height = name_metrics.lineSpacing() + detail_metrics.lineSpacing() + 2 * MM
        slots = per_page(size)
        # As large as the page allows, undistorted: limited by the page's height or by its width.
        room_height = _body_height(self._writer) - label_height
        scale = min(room_height / height, (self._writer.width() - GAP * (slots - 1)) / (width * slots))
        shown_width, shown_height = width * scale, height * scale
        left = (self._writer.width() - shown_width * slots - GAP * (slots - 1)) / 2
        for image, name, text, settled in self._pending:
            # Two lines, so that a long name next to another still fits above its own screenshot.
            font, name = self._fitted(name, name_font, shown_width)
            painter.setFont(font)
            painter.setPen(INK)
            painter.drawText(QPointF(left, name_metrics.ascent()), name)
            painter.setFont(detail_font)
            painter.setPen(GREY if settled else RED)
            painter.drawText(QPointF(left, name_metrics.lineSpacing() + detail_metrics.ascent()), text)
            target = QRectF(left, label_height, shown_width, shown_height)
            painter.drawImage(target, image)
            # A hairline frame: a dark or white screen still shows its edges on paper.
            painter.setPen(QPen(GREY, 0.25 * MM))
            painter.drawRect(target)
            left += shown_width + GAP
        self._pending = []

    def _fitted(self, text: str, font: QFont, width: float) -> tuple[QFont, str]:
        """The font, smaller if need be, in which the text fits the width; shortened only past 7 pt."""
        advance = QFontMetricsF(font, self._writer).horizontalAdvance(text)
        if advance <= width:
            return font, text
        smaller = QFont(font)
        smaller.setPointSizeF(max(7.0, font.pointSizeF() * width / advance))
        metrics = QFontMetricsF(smaller, self._writer)
        return smaller, metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width)

    def _draw_cover(self, pages: list[list[_Line]]) -> None:
        painter = self._painter
        for number, lines in enumerate(pages, 1):
            self._new_page()
            y = 0.0
            for line in lines:
                painter.setFont(line.font)
                painter.setPen(line.colour)
                painter.drawText(QPointF(line.indent, y + QFontMetricsF(line.font, self._writer).ascent()), line.text)
                y += line.advance
            if number == len(pages):
                self._draw_signature()

    def _draw_signature(self) -> None:
        """Lines to sign at the foot of the cover's last page."""
        painter, writer = self._painter, self._writer
        font = _font(11)
        metrics = QFontMetricsF(font, writer)
        painter.setFont(font)
        bottom = _body_height(writer) - 3 * MM
        rows = [("Approved by", "Date"), ("Signature", "Changes asked for on pages")]
        half = writer.width() / 2
        for row, (first, second) in enumerate(rows):
            y = bottom - (len(rows) - row - 1) * metrics.lineSpacing() * 3
            for x, text in ((0.0, first), (half + GAP, second)):
                painter.setPen(INK)
                painter.drawText(QPointF(x, y - metrics.descent()), f"{text}:")
                start = x + metrics.horizontalAdvance(f"{text}: ")
                end = x + half - GAP if x == 0 else writer.width()
                painter.setPen(QPen(INK, 0.2 * MM))
                painter.drawLine(QPointF(start, y), QPointF(end, y))


def _footer_height(writer: QPdfWriter) -> float:
    return QFontMetricsF(_font(8), writer).lineSpacing() * 1.5


def _body_height(writer: QPdfWriter) -> float:
    """The page's height above its footer line."""
    return writer.height() - _footer_height(writer)


def _signature_height(writer: QPdfWriter) -> float:
    return QFontMetricsF(_font(11), writer).lineSpacing() * 4 + GAP


def _cover_lines(
    writer: QPdfWriter,
    content: str,
    title: str,
    problems: Sequence[Problem],
    order: Sequence[tuple[Size, str, str]],
    made: str,
) -> list[_Line]:
    """The cover's text, wrapped to the page's width: what was proofed, then `kiosk check`'s lines."""
    from kiosk.ui.preferences import native_name

    width = float(writer.width())
    lines: list[_Line] = []

    def add(text: str, points: float, *, bold: bool = False, colour: QColor = INK, after: float = 0.0) -> None:
        font = _font(points, bold=bold)
        wrapped = _wrap(text, font, writer, width, indent=4 * MM)
        spacing = QFontMetricsF(font, writer).lineSpacing()
        for n, part in enumerate(wrapped):
            last = n == len(wrapped) - 1
            lines.append(_Line(part, font, colour, 4 * MM if n else 0.0, spacing + (after if last else 0.0)))

    add(f"Proof sheet: {title}", 20, bold=True, after=3 * MM)
    path = Path(content).resolve()
    data = path.read_bytes()
    modified = datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    add(f"Content: {path}", 10)
    add(f"The file as proofed: modified {modified}, SHA-256 {hashlib.sha256(data).hexdigest()[:16]}", 10)
    add(f"Made: {made}, by kiosk {__version__} (kiosk preview --sheet)", 10)
    sizes, languages = dict.fromkeys(o[0] for o in order), dict.fromkeys(o[1] for o in order)
    shown = ", ".join(f"{code} {native_name(code)}" for code in languages)
    shapes = " and ".join(f"{orientation(s)} {s[0]}×{s[1]}" for s in sizes)
    screens = len(order) // (len(sizes) * len(languages)) if order else 0
    add(f"Screens: {screens} in each language ({shown}); {shapes}; {len(order)} in all.", 10, after=5 * MM)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    if problems:
        counts = f"{errors} error{'s' * (errors != 1)} and {warnings} warning{'s' * (warnings != 1)}"
        add(f"kiosk check: {counts}", 13, bold=True, after=2 * MM)
        for problem in problems:
            colour = RED if problem.severity is Severity.ERROR else INK
            add(str(problem), 9, colour=colour, after=1 * MM)
    else:
        add("kiosk check: no errors and no warnings", 13, bold=True)
    return lines


def _wrap(text: str, font: QFont, writer: QPdfWriter, width: float, indent: float) -> list[str]:
    """The text's lines at this width (continuations indented), broken between words where it can."""
    layout = QTextLayout(text, font, writer)
    option = QTextOption()
    # A long file path has no space to break at: it breaks anywhere rather than running off the page.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    parts: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width - (indent if parts else 0.0))
        parts.append(text[line.textStart() : line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    return parts or [""]


def _paginate(lines: list[_Line], height: float, signature: float) -> list[list[_Line]]:
    """The cover's lines page by page, with room for the signature below the last."""
    pages: list[list[_Line]] = [[]]
    used = 0.0
    for line in lines:
        if used + line.advance > height and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append(line)
        used += line.advance
    if used + signature > height:
        pages.append([])
    return pages
