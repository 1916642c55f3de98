"""`kiosk stats --plot`: the report as one chart, drawn with QPainter in the kiosk's palette.

A page for a museum's report: white paper, the kiosk's navy for the figures, its gold for the
busiest day and hour, and the key numbers in a header band. With several kiosks the page grows a
band that compares them: a bar per kiosk, and its visits per day, a day it recorded none (between
its own first and last) marked in red. Needs a QGuiApplication (for fonts); `save_chart` makes an
offscreen one when there is none.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QImage, QPainter

from kiosk.assets import LATIN, font, load_fonts
from kiosk.stats import Report, active_days, duration, long_date, percent
from kiosk.ui.preferences import native_name

SIZE = (1600, 1000)  # one kiosk's page; several kiosks' is taller by their band
MARGIN = 64
BODY_TOP = 238
KIOSK_ROW = 44
KIOSK_ROWS = 8  # kiosks drawn, the busiest; the rest are counted (the CSV has them all)
NAME_COLUMN = (240.0, 440.0)  # the kiosks' names: at least, at most (a longer name is cut in the middle)
SECTION_GAP = 48
# The kiosk's palette (kiosk/ui/Theme.qml), with two greys for a white page.
NAVY, SURFACE, GOLD, RED, MUTED = "#0A1F3C", "#13315C", "#E0B84B", "#CE1126", "#8FA3BF"
SOFT_ON_NAVY = "#C9D6E8"
INK_SOFT = "#4A5B73"  # secondary text on white: 7:1
RULE = "#D5DCE6"
PAPER = "#FFFFFF"
LANGUAGE_COLOURS = (SURFACE, GOLD, RED, MUTED, "#5B7DB1", "#B08A2E")
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter


def text(
    painter: QPainter,
    rect: QRectF,
    value: str,
    f: QFont,
    colour: str,
    align: Qt.AlignmentFlag = LEFT,
    elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
) -> None:
    """Draw one line of text in a box, shortened with an ellipsis when it does not fit (at the end, or `elide`)."""
    painter.setFont(f)
    painter.setPen(QColor(colour))
    elided = QFontMetricsF(f).elidedText(value, elide, rect.width())
    # The page reads left to right even when a line starts with an Arabic language name.
    painter.drawText(rect, int(align) | int(Qt.TextFlag.TextForceLeftToRight), elided)


def draw_chart(report: Report, width: int = SIZE[0], height: int | None = None) -> QImage:
    """The whole page: header with the key figures, the kiosks compared, per day and hour, panels, languages."""
    band = _kiosk_band_height(report)
    height = SIZE[1] + (band + SECTION_GAP if band else 0) if height is None else height
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(PAPER))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        _header(painter, report, width)
        top = BODY_TOP
        if band:
            _kiosks(painter, QRectF(MARGIN, top, width - 2 * MARGIN, band), report)
            top += band + SECTION_GAP
        body = QRectF(MARGIN, top, width - 2 * MARGIN, height - top - 88)
        if report.visits:
            _body(painter, report, body)
        else:
            text(painter, body.adjusted(0, 0, 0, -60), "No visits yet", font(40, bold=True), INK_SOFT, CENTRE)
            hint = "The kiosk records a visit when it returns to its attract state."
            text(painter, body.adjusted(0, 60, 0, 0), hint, font(22), INK_SOFT, CENTRE)
        footer = QRectF(MARGIN, height - 64, width - 2 * MARGIN, 28)
        note = "A visit runs from the first touch to the return to the attract state. Anonymous: no images, no names."
        text(painter, footer, note, font(18), INK_SOFT)
        today = date.today()
        text(painter, footer, f"kiosk stats · {today.day} {today:%b %Y}", font(18), INK_SOFT, RIGHT)
    finally:
        painter.end()
    return image


def _header(painter: QPainter, report: Report, width: int) -> None:
    painter.fillRect(QRectF(0, 0, width, 190), QColor(NAVY))
    painter.fillRect(QRectF(MARGIN, 40, 48, 4), QColor(GOLD))  # the centenary accent, as on home
    kicker = "VISITOR STATISTICS" + (f" · {len(report.kiosks)} KIOSKS" if len(report.kiosks) > 1 else "")
    text(painter, QRectF(MARGIN, 52, 700, 30), kicker, font(20, bold=True, spacing=3), GOLD)
    title = f"{report.visits:,} visit{'s' * (report.visits != 1)}"
    column = 250
    title_width = width - 3 * MARGIN - 4 * column
    text(painter, QRectF(MARGIN, 82, title_width, 60), title, font(48, bold=True), "#FFFFFF")
    if report.days:
        first, last = report.days[0][0], report.days[-1][0]
        span = f"{long_date(first)} to {long_date(last)}"
        text(painter, QRectF(MARGIN, 142, title_width, 30), span, font(22), SOFT_ON_NAVY)
    if not report.visits:
        return
    figures = [
        (duration(report.median_seconds), "median visit"),
        (duration(report.median_active_seconds), "median to the last touch"),
        (percent(report.accessible, report.visits), "accessibility mode"),
    ]
    code, count = report.languages[0]
    figures.append((percent(count, report.visits), f"in {_language(code)}"))
    x = width - MARGIN - 4 * column
    for value, label in figures:
        painter.fillRect(QRectF(x, 58, 2, 96), QColor(SURFACE))
        text(painter, QRectF(x + 22, 58, column - 26, 52), value, font(36, bold=True), "#FFFFFF")
        text(painter, QRectF(x + 22, 114, column - 26, 30), label, font(19), SOFT_ON_NAVY)
        x += column


def _language(code: str) -> str:
    return native_name(code)


def _body(painter: QPainter, report: Report, body: QRectF) -> None:
    gap = 64
    top = QRectF(body.x(), body.y(), body.width(), body.height() * 0.58)
    left_width = (top.width() - gap) * 0.6
    day_box = QRectF(top.x(), top.y(), left_width, top.height())
    hour_box = QRectF(top.x() + left_width + gap, top.y(), top.width() - left_width - gap, top.height())
    busiest, visits = max(report.days, key=lambda d: d[1])
    _section(painter, day_box, "Visits per day", f"busiest: {busiest:%a} {busiest.day} {busiest:%b}, {visits} visits")
    day_labels = [_day_label(d, len(report.days)) for d, _ in report.days]
    _columns(painter, _plot_area(day_box), [n for _, n in report.days], day_labels)
    busiest_hour = max(report.hours, key=lambda h: h[1])
    hour = busiest_hour[0]
    _section(painter, hour_box, "Visits per hour", f"busiest: {hour:02d}:00 to {hour + 1:02d}:00, when visits began")
    _columns(painter, _plot_area(hour_box), [n for _, n in report.hours], [("", f"{h}") for h, _ in report.hours])

    bottom = QRectF(body.x(), top.bottom() + 48, body.width(), body.bottom() - top.bottom() - 48)
    panel_box = QRectF(bottom.x(), bottom.y(), left_width, bottom.height())
    language_box = QRectF(hour_box.x(), bottom.y(), hour_box.width(), bottom.height())
    _section(painter, panel_box, "Most viewed panels", "visits that opened each panel, and the average time on it")
    _panels(painter, _plot_area(panel_box), report)
    _section(painter, language_box, "Languages", "the language each visit ended in")
    _languages(painter, _plot_area(language_box), report)


def _day_label(day: date, days: int) -> tuple[str, str]:
    """Each day over two weeks or less; Mondays over a few months; the first of each month beyond."""
    if days <= 14:
        return f"{day:%a}", f"{day.day} {day:%b}"
    if days <= 120:
        return ("", f"{day.day} {day:%b}") if day.weekday() == 0 else ("", "")
    return ("", f"{day:%b %Y}") if day.day == 1 else ("", "")


def _kiosk_band_height(report: Report) -> int:
    """The height of the band comparing kiosks: none for one kiosk, whose page is the report of all."""
    if len(report.kiosks) < 2:
        return 0
    more = len(report.kiosks) > KIOSK_ROWS
    return 80 + len(_shown(report)) * KIOSK_ROW + (36 if more else 0)


def _shown(report: Report) -> tuple[Report, ...]:
    # Over KIOSK_ROWS, the last row's place goes to a line that counts the rest.
    return report.kiosks[: KIOSK_ROWS - 1] if len(report.kiosks) > KIOSK_ROWS else report.kiosks


def name_column(names: Sequence[str], f: QFont) -> float:
    """The width of the kiosks' names column: the longest name's and a gap, within NAME_COLUMN."""
    metrics = QFontMetricsF(f)
    longest = max((metrics.horizontalAdvance(name) for name in names), default=0.0)
    return min(max(longest + 16, NAME_COLUMN[0]), NAME_COLUMN[1])


def short_name(name: str, f: QFont, width: float) -> str:
    """A kiosk's name cut in the middle to fit: kiosks are told apart by their ends as much as by their starts."""
    return QFontMetricsF(f).elidedText(name, Qt.TextElideMode.ElideMiddle, width)


def _kiosks(painter: QPainter, box: QRectF, report: Report) -> None:
    """A row per kiosk, busiest first: its name, bar, visits, share and median, then its visits per day."""
    _section(painter, box, "Visits per kiosk", "each kiosk's visits, its share of all and its median visit")
    strip_width = 360.0
    strip_x = box.right() - strip_width
    first, last = report.days[0][0], report.days[-1][0]
    red = "red: none between its first and last, while others had visits"
    span = f"per day, {first.day} {first:%b} to {last.day} {last:%b}; {red}"
    caption = QRectF(box.x() + 480, box.y() + 36, box.width() - 480, 26)  # the subtitle, 442 wide, at the left
    text(painter, caption, span, font(18), INK_SOFT, RIGHT)
    shown = _shown(report)
    name_font, figures_font = font(20), font(18)
    name_width = name_column([kiosk.kiosk for kiosk in shown], name_font)
    figures = [
        f"{kiosk.visits:,} · {percent(kiosk.visits, report.visits)} · {duration(kiosk.median_seconds)}"
        for kiosk in shown
    ]
    # The figures take what they need (and a gap either side); the bars what is left.
    figures_width = max(QFontMetricsF(figures_font).horizontalAdvance(line) for line in figures) + 32
    track = strip_x - 40 - figures_width - box.x() - name_width
    most = report.kiosks[0].visits
    busiest_day = max(n for kiosk in shown for _, n in kiosk.days)
    for i, kiosk in enumerate(shown):
        y = box.y() + 80 + i * KIOSK_ROW
        name = short_name(kiosk.kiosk, name_font, name_width - 16)
        text(painter, QRectF(box.x(), y, name_width - 16, KIOSK_ROW), name, name_font, NAVY)
        bar = QRectF(box.x() + name_width, y + KIOSK_ROW * 0.2, track, KIOSK_ROW * 0.6)
        painter.fillRect(bar, QColor("#EEF2F7"))
        bar.setWidth(max(2.0, track * kiosk.visits / most))
        painter.fillRect(bar, QColor(GOLD if kiosk.visits == most else SURFACE))
        figures_box = QRectF(box.x() + name_width + track + 16, y, figures_width - 16, KIOSK_ROW)
        text(painter, figures_box, figures[i], figures_font, INK_SOFT)
        _day_strip(painter, QRectF(strip_x, y + 6, strip_width, KIOSK_ROW - 12), kiosk, report, busiest_day)
    if len(shown) < len(report.kiosks):
        rest = len(report.kiosks) - len(shown)
        more = f"and {rest} more kiosks with fewer visits: kiosk stats --csv lists them all"
        text(painter, QRectF(box.x(), box.y() + 80 + len(shown) * KIOSK_ROW, box.width(), 36), more, font(18), INK_SOFT)


def silent_days(kiosk: Report, total: Report) -> list[date]:
    """The days marked red in a kiosk's strip: none recorded here while other kiosks had visits.

    Only between the kiosk's own first and last day: before, it may not have been set up yet; after,
    taken away (or its records not synced yet). Those days are left blank.
    """
    active = active_days(kiosk)
    if not active:
        return []
    return [
        day
        for (day, n), (_, everywhere) in zip(kiosk.days, total.days, strict=True)
        if active[0] < day < active[-1] and not n and everywhere
    ]


def _day_strip(painter: QPainter, box: QRectF, kiosk: Report, total: Report, most: int) -> None:
    """A kiosk's visits per day as small columns on one scale for all kiosks; a silent day in red."""
    slot = box.width() / len(kiosk.days)
    width = max(1.0, slot * 0.7 if slot >= 4 else slot)
    silent = set(silent_days(kiosk, total))
    for i, (day, n) in enumerate(kiosk.days):
        x = box.x() + i * slot + (slot - width) / 2
        if n:
            h = max(2.0, box.height() * n / most)
            painter.fillRect(QRectF(x, box.bottom() - h, width, h), QColor(SURFACE))
        elif day in silent:
            # Open (other kiosks had visitors), and not one visit here: was this kiosk on?
            painter.fillRect(QRectF(x, box.bottom() - 6, width, 6), QColor(RED))
    painter.fillRect(QRectF(box.x(), box.bottom(), box.width(), 1), QColor(RULE))


def _section(painter: QPainter, box: QRectF, title: str, subtitle: str) -> None:
    text(painter, QRectF(box.x(), box.y(), box.width(), 34), title, font(26, bold=True), NAVY)
    text(painter, QRectF(box.x(), box.y() + 36, box.width(), 26), subtitle, font(18), INK_SOFT)


def _plot_area(box: QRectF) -> QRectF:
    return box.adjusted(0, 80, 0, 0)


def _columns(painter: QPainter, area: QRectF, values: Sequence[int], labels: Sequence[tuple[str, str]]) -> None:
    """Columns with their counts above, the tallest in gold, labels (up to two lines) under the baseline.

    When the columns are too narrow for their counts, light rules give the scale instead; a label
    that would touch the one before it is left out.
    """
    plot = area.adjusted(0, 28, 0, -62)  # room for the counts above, two lines of labels below
    most = max(values) or 1
    slot = plot.width() / len(values)
    bar = max(1.0, min(slot * 0.68, 96))
    show_counts = slot >= 26
    if not show_counts:
        plot.setLeft(plot.left() + 48)  # a gutter for the rules' counts
        slot = plot.width() / len(values)
        bar = max(1.0, slot * 0.68)
        _rules(painter, plot, most)
    label_font, top_font = font(18), font(18, bold=True)
    free_from = plot.x() - 1e9  # where the next label may begin
    for i, value in enumerate(values):
        x = plot.x() + i * slot + (slot - bar) / 2
        h = plot.height() * value / most
        painter.fillRect(QRectF(x, plot.bottom() - h, bar, h), QColor(GOLD if value == most else SURFACE))
        middle = plot.x() + (i + 0.5) * slot
        if show_counts and value:
            count_box = QRectF(middle - slot / 2 - 20, plot.bottom() - h - 28, slot + 40, 24)
            text(painter, count_box, f"{value:,}", label_font, NAVY, CENTRE)
        top, bottom = labels[i]
        if not (top or bottom):
            continue
        need = max(QFontMetricsF(top_font).horizontalAdvance(top), QFontMetricsF(label_font).horizontalAdvance(bottom))
        if middle - need / 2 < free_from:
            continue
        free_from = middle + need / 2 + 14
        y = plot.bottom() + 10
        for line, f, colour in ((top, top_font, NAVY), (bottom, label_font, INK_SOFT)):
            if line:
                text(painter, QRectF(middle - need / 2 - 4, y, need + 8, 24), line, f, colour, CENTRE)
                y += 24
    painter.fillRect(QRectF(plot.x(), plot.bottom(), plot.width(), 2), QColor(NAVY))  # the baseline


def _rules(painter: QPainter, plot: QRectF, most: int) -> None:
    """Two or three light horizontal rules at round counts, labelled at the left."""
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10**9) if most / s <= 4)
    for count in range(step, most + 1, step):
        y = plot.bottom() - plot.height() * count / most
        painter.fillRect(QRectF(plot.x(), y, plot.width(), 1), QColor(RULE))
        text(painter, QRectF(plot.x() - 48, y - 12, 40, 24), f"{count:,}", font(16), INK_SOFT, RIGHT)


def _panels(painter: QPainter, area: QRectF, report: Report) -> None:
    rows = report.panels[:5]
    if not rows:
        text(painter, QRectF(area.x(), area.y(), area.width(), 32), "No panel was opened", font(20), INK_SOFT)
        return
    row_height = min(44.0, area.height() / len(rows))
    name_width, count_width = 280.0, 200.0
    track = area.width() - name_width - count_width
    most = rows[0].visits
    for i, row in enumerate(rows):
        y = area.y() + i * row_height
        text(painter, QRectF(area.x(), y, name_width - 16, row_height), row.name, font(20), NAVY)
        length = track * row.visits / most
        painter.fillRect(
            QRectF(area.x() + name_width, y + row_height * 0.2, track, row_height * 0.6), QColor("#EEF2F7")
        )
        painter.fillRect(QRectF(area.x() + name_width, y + row_height * 0.2, length, row_height * 0.6), QColor(SURFACE))
        label = f"{row.visits:,} · {duration(row.seconds / row.visits)}"
        text(
            painter, QRectF(area.right() - count_width + 16, y, count_width - 16, row_height), label, font(18), INK_SOFT
        )


def _languages(painter: QPainter, area: QRectF, report: Report) -> None:
    x = area.x()
    bar = QRectF(area.x(), area.y(), area.width(), 40)
    legend_y = bar.bottom() + 24
    for i, (code, count) in enumerate(report.languages):
        colour = LANGUAGE_COLOURS[i % len(LANGUAGE_COLOURS)]
        share = bar.width() * count / report.visits
        painter.fillRect(QRectF(x, bar.y(), share, bar.height()), QColor(colour))
        x += share
        if i < 4:  # the legend has room for four; the CSV has them all
            column, line = divmod(i, 2)
            lx = area.x() + column * area.width() / 2
            ly = legend_y + line * 36
            painter.fillRect(QRectF(lx, ly + 8, 18, 18), QColor(colour))
            # Name and share in boxes of their own: an Arabic name would pull the digits into its run.
            name_box = QRectF(lx + 28, ly, area.width() / 2 - 120, 34)
            text(painter, name_box, _language(code), font(20), NAVY)
            share_box = QRectF(name_box.right(), ly, 64, 34)
            text(painter, share_box, percent(count, report.visits), font(20, bold=True), NAVY, RIGHT)


def save_chart(report: Report, path: Path) -> str | None:
    """Draw the chart into a PNG file; None when written, else what went wrong."""
    if QGuiApplication.instance() is None:
        from kiosk.preview import offscreen_application  # no display needed, as for previews

        with offscreen_application(*SIZE):
            return _save(report, path)
    return _save(report, path)


def _save(report: Report, path: Path) -> str | None:
    if LATIN not in QFontDatabase.families():
        load_fonts()
    image = draw_chart(report)
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # the stub wants bytes; PySide6 takes str
        return f"cannot write the chart to {path}"
    return None
