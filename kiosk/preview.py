"""`kiosk preview`: every screen rendered headlessly, to PNG files and to a PDF proof sheet."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import ExitStack, closing, contextmanager
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:  # the kiosk and its content are imported only when a preview runs (benchmarks use this module)
    from kiosk.app import Kiosk
    from kiosk.content import Exhibition, Hours, LoadResult
    from kiosk.proofsheet import ProofSheet, Screenshot, Size

SETTLE_TIMEOUT_MS = 20_000


def offscreen_platform(width: int, height: int, folder: Path) -> str:
    """A QT_QPA_PLATFORM value for an offscreen screen of this size (its default is 800x800)."""
    config = folder / "offscreen.json"
    config.write_text(
        json.dumps(
            {
                # Without this the offscreen platform adds frame margins and shifts touch points by 2 px.
                "windowFrameMargins": False,
                "screens": [
                    {
                        "name": "preview",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        )
    )
    return f"offscreen:configfile={config}"


def wait_until(condition: Callable[[], bool], timeout_ms: int) -> bool:
    """Run the event loop until `condition` holds (checked every 10 ms) or time runs out."""
    deadline = QDeadlineTimer(timeout_ms)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)

    def check() -> None:
        if condition() or deadline.hasExpired():
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    return condition()


@contextmanager
def offscreen_application(width: int, height: int) -> Iterator[QGuiApplication]:
    """A Qt application on an offscreen screen of this size, for previews and benchmarks.

    It uses the software renderer and the bundled fonts, and goes when the block ends.
    """
    from kiosk.assets import load_fonts
    from kiosk.services.photos import limit_image_allocation
    from kiosk.services.rendering import choose_renderer

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QT_QPA_PLATFORM"] = offscreen_platform(width, height, Path(tmp))
        app = QGuiApplication(sys.argv[:1])
        try:
            choose_renderer("software")
            load_fonts()
            limit_image_allocation()
            yield app
        finally:
            del app


class StillClock:
    """The preview kiosk's clock: it stands at a moment the kiosk is open until told to close.

    The screens show as they look while open, whatever the time of the preview.
    """

    def __init__(self, hours: Hours | None) -> None:
        from kiosk.ui.hours import is_open, next_change

        self._hours = hours
        now = datetime.now()
        self.moment = now if is_open(hours, now) else (next_change(hours, now) or now)

    def __call__(self) -> datetime:
        """The moment the kiosk takes for now."""
        return self.moment

    def close(self) -> None:
        """Move on to the next closing time."""
        from kiosk.ui.hours import next_change

        self.moment = next_change(self._hours, self.moment) or self.moment


Step = Callable[["Kiosk", StillClock], None]


def shots(exhibition: Exhibition) -> list[tuple[str, Step]]:
    """The screens a preview renders, in order, by file name, each with the step that brings it up.

    Home, panels, each panel and speech, each slide, the timeline; with opening hours, also the
    closed card as it shows from the next closing time.
    """

    def screen(name: str, kiosk: Kiosk, clock: StillClock) -> None:
        kiosk.navigator.show(name)

    def panel(index: int, kiosk: Kiosk, clock: StillClock) -> None:
        kiosk.navigator.showPanel(index)

    def speech(index: int, number: int, kiosk: Kiosk, clock: StillClock) -> None:
        kiosk.navigator.showSpeech(index, number)

    def slide(number: int, kiosk: Kiosk, clock: StillClock) -> None:
        kiosk.slideshow.start(number)
        kiosk.navigator.show("slideshow")

    def closed(kiosk: Kiosk, clock: StillClock) -> None:
        if not kiosk.hours.property("dark"):  # once dark, the card shows in each language as it is
            clock.close()
            kiosk.hours.check()

    steps: list[tuple[str, Step]] = [("home", lambda kiosk, clock: kiosk.navigator.home())]
    steps.append(("panels", partial(screen, "panels")))
    steps += [(f"panel-{p.id}", partial(panel, i)) for i, p in enumerate(exhibition.panels)]
    steps += [
        (f"speech-{p.id}-{n + 1}", partial(speech, i, n))
        for i, p in enumerate(exhibition.panels)
        for n in range(len(p.speeches))
    ]
    steps += [(f"slide-{n + 1}", partial(slide, n)) for n in range(len(exhibition.slideshow))]
    steps.append(("timeline", partial(screen, "timeline")))
    if exhibition.settings.hours is not None:
        steps.append(("closed", closed))
    return steps


def plan(exhibition: Exhibition, languages: Sequence[str]) -> list[tuple[str, str, Step]]:
    """(language, screen name, step) in the order `screenshots` renders them.

    Each language's screens in turn, then the closed card in each: once dark the kiosk stays dark.
    """
    steps = shots(exhibition)
    lit = [(code, name, step) for code in languages for name, step in steps if name != "closed"]
    return lit + [(code, name, step) for name, step in steps if name == "closed" for code in languages]


def screenshots(exhibition: Exhibition, size: Size, languages: Sequence[str]) -> Generator[Screenshot, None, None]:
    """The screens of `plan` on one kiosk window of this size, one at a time.

    Needs an offscreen application whose screen holds the window: the layout follows the window's
    size, not the screen's. Iterate to the end or close the generator before the application goes:
    that closes the kiosk.
    """
    from kiosk.app import Kiosk
    from kiosk.proofsheet import Screenshot
    from kiosk.services import STILL_MS

    clock = StillClock(exhibition.settings.hours)
    # Instant transitions, and a slideshow that never advances on its own while we capture it.
    # One kiosk switching language as a visitor does (each Kiosk built and closed keeps some 25 MB).
    # The first language is its default: going dark resets to it, so the first closed card is in it.
    kiosk = Kiosk(exhibition, motion=0.0, interval_ms=STILL_MS, language=languages[0], clock=clock)
    try:
        kiosk.window.setGeometry(0, 0, *size)
        kiosk.show()
        for code, name, step in plan(exhibition, languages):
            kiosk.preferences.choose(code)
            step(kiosk, clock)
            settled = wait_until(kiosk.settled, SETTLE_TIMEOUT_MS)
            yield Screenshot(name, code, kiosk.window.grabWindow(), settled)
    finally:
        kiosk.close()


def preview(
    content: str,
    out: Path | None,
    sizes: Sequence[Size] = ((1920, 1080),),
    language: str | None = None,
    sheet: Path | None = None,
) -> int:
    """Render every screen: as PNG files into `out`, and/or onto a PDF proof sheet `sheet`.

    The PNG files are of the first size, in `language` (default: the content's). The sheet has
    every size, in `language` or else in every language the content offers, after a cover with
    what `kiosk check` says.
    """
    from kiosk.report import load_or_report

    result = load_or_report(content, language)
    if result.exhibition is None:
        return 1
    exhibition = result.exhibition
    png_language = language or exhibition.settings.language
    # The sheet is in every language the content offers, unless one is asked for.
    languages = [png_language] if sheet is None or language else list(exhibition.settings.languages)
    sizes = sizes if sheet is not None else sizes[:1]
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    pages = 0
    # One application for every size, its screen big enough for each window: a process has only one.
    with offscreen_application(max(w for w, _ in sizes), max(h for _, h in sizes)), ExitStack() as stack:
        proof = None
        if sheet is not None:
            proof = _open_sheet(sheet, content, result, exhibition, sizes, languages)
            if proof is None:
                return 1
            stack.callback(proof.close)  # on every way out, before the application goes
        late = _render(stack, exhibition, sizes, languages, proof, out, png_language)
        if late is None:
            return 1
        if proof is not None:
            pages = proof.finish()
    _summarise(late, exhibition, out, sheet, pages)
    return 0


def _open_sheet(
    sheet: Path,
    content: str,
    result: LoadResult,
    exhibition: Exhibition,
    sizes: Sequence[Size],
    languages: Sequence[str],
) -> ProofSheet | None:
    """The proof sheet, opened on its cover (what `kiosk check` says) for these pages; None if it cannot be."""
    from kiosk.proofsheet import ProofSheet
    from kiosk.report import check_problems

    problems = check_problems(result, content)
    order = [(size, code, name) for size in sizes for code, name, _ in plan(exhibition, languages)]
    return ProofSheet.open(sheet, content, exhibition, problems, order)


def _render(
    stack: ExitStack,
    exhibition: Exhibition,
    sizes: Sequence[Size],
    languages: Sequence[str],
    proof: ProofSheet | None,
    out: Path | None,
    png_language: str,
) -> list[str] | None:
    """Every size's screens onto the sheet, and the PNG files; the screens taken with photos still loading.

    None when a PNG file could not be written. `stack` closes the screenshots (and so their kiosks).
    """
    late: list[str] = []
    for size in sizes:
        for shot in stack.enter_context(closing(screenshots(exhibition, size, languages))):
            if not shot.settled:
                late.append(f"{shot.name} ({shot.language}, {size[0]}x{size[1]})" if proof is not None else shot.name)
            if proof is not None:
                proof.add(shot, size)
            if out is not None and (size, shot.language) == (sizes[0], png_language) and not save(shot, out):
                return None
    return late


def _summarise(late: list[str], exhibition: Exhibition, out: Path | None, sheet: Path | None, pages: int) -> None:
    """Say which screens were taken with photos still loading, and what was written where."""
    for where in late:
        print(f"kiosk preview: {where}: photos were still loading after {SETTLE_TIMEOUT_MS // 1000} s", file=sys.stderr)
    if out is not None:
        print(f"{len(shots(exhibition))} screens written to {out}")
    if sheet is not None:
        print(f"proof sheet of {pages} pages written to {sheet}")


def save(shot: Screenshot, out: Path) -> bool:
    """Write the screenshot as OUT/NAME.png, or say on stderr that it could not be written."""
    path = out / f"{shot.name}.png"
    if shot.image.isNull() or not shot.image.save(str(path)):
        print(f"kiosk preview: could not write {path}", file=sys.stderr)
        return False
    return True
