"""Soak: a long run of the slideshow, failing if memory, descriptors, threads or objects grow.

    python tools/soak.py [--transitions 10000] [--reload-every 500] [--warmup N] [--interval-ms 20]

The kiosk runs in this process on the offscreen platform at 1920x1080, 20 ms a photo and no motion,
over photos made here: several sizes, landscape, portrait and square, a PNG with transparency, a
greyscale JPEG and one unreadable file (the placeholder stands in for it). Every `--reload-every`
transitions the content file is saved as an editor saves it (a new file renamed over the old) and
the kiosk's own ContentWatcher reloads it while the show runs. A transition is the slideshow
screen's `shown` changing (a photo brought on screen, not a timer tick). After each reload the show
pauses for a sample; the run fails, printing the samples, if after warm-up (by default the first
two reloads) RSS less the decode-ahead cache grew more than 10 MB or any count grew. The script
starts itself again with glibc's allocator set so that RSS means something (MMAP_THRESHOLD).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import logging.handlers
import os
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import astuple, dataclass, field, fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

from kiosk.app import Kiosk
from kiosk.preview import wait_until
from kiosk.services.photos import CACHE_BYTES

WIDTH, HEIGHT = 1920, 1080
RSS_LIMIT_MB = 10.0
# By default glibc raises its threshold for giving a block a mapping of its own to the largest block
# freed so far: once a photo has been freed the next ones come from malloc's heaps, whose holes it
# keeps, and RSS climbs some 25 MB over 5,000 photos with nothing more held. Fixed, every photo is
# mapped alone and unmapped when freed, and RSS follows what the kiosk holds. Set at start or never.
MMAP_THRESHOLD = "MALLOC_MMAP_THRESHOLD_"
PATIENCE_MS = 10_000  # as the kiosk's watchdog: a show that stops moving this long has stalled
BROKEN = "broken.jpg"
# Qt reports the unreadable photo each time it is asked for it; expected, and nothing else is.
BROKEN_PHOTO_WARNING = r"QML Image: Failed to get image from provider: image://photo/.*broken\.jpg\?v=\d+"
POOLED = "Thread (pooled)"  # how Qt names every QThreadPool's threads: the kiosk's decode pool's, Qt's global one's
PHOTOS = (  # name, width, height, format, greyscale
    ("landscape-4000x3000.jpg", 4000, 3000, "JPG", False),
    ("portrait-1200x1800.jpg", 1200, 1800, "JPG", False),
    ("wide-1920x1080.jpg", 1920, 1080, "JPG", False),
    ("square-2400x2400.jpg", 2400, 2400, "JPG", False),
    ("small-640x480.jpg", 640, 480, "JPG", False),
    ("alpha-1600x1000.png", 1600, 1000, "PNG", False),
    ("grey-2000x1500.jpg", 2000, 1500, "JPG", True),
)


@dataclass(frozen=True)
class Sample:
    """The process at one pause of the show."""

    transitions: int
    reloads: int
    seconds: float
    rss_mb: float
    images_mb: float  # decoded images Python holds: the photos waiting in the decode-ahead cache
    fds: int
    threads: int
    pooled: int  # of those threads, thread-pool threads: they come and go, within the pools' sizes
    items: int
    qobjects: int
    wrappers: int


# Must not grow at all after warm-up; RSS and pooled threads are judged against bounds instead.
COUNTS = ("fds", "items", "qobjects", "wrappers")


@dataclass
class SoakResult:
    """The samples of one soak and what grew after warm-up."""

    samples: list[Sample]
    warmup: int
    pool_threads: int  # the most pooled threads the pools allow
    problems: list[str] = field(default_factory=list)

    @property
    def after_warmup(self) -> list[Sample]:
        """The samples judged: from the first one after warm-up."""
        return [s for s in self.samples if s.transitions >= self.warmup]

    def table(self) -> str:
        """The samples as a plain-text table, the first one after warm-up marked."""
        rows = [[f.name for f in fields(Sample)]]
        rows += [[f"{v:.1f}" if isinstance(v, float) else str(v) for v in astuple(s)] for s in self.samples]
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        lines = ["  ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
        lines[self.samples.index(self.after_warmup[0]) + 1] += "  <- warm-up over"
        return "\n".join(lines)


def make_photos(folder: Path) -> list[str]:
    """Write the mixed photos and the unreadable file into `folder`; their names in slideshow order."""
    for name, width, height, kind, grey in PHOTOS:
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        gradient = QLinearGradient(0, 0, width, height)
        gradient.setColorAt(0, QColor("#13315C"))
        gradient.setColorAt(1, QColor("#E0B84B"))
        margin = width // 8 if kind == "PNG" else 0  # the PNG keeps a transparent border, as a cut-out
        painter.fillRect(margin, margin, width - 2 * margin, height - 2 * margin, gradient)
        painter.end()
        if grey:
            image = image.convertToFormat(QImage.Format.Format_Grayscale8)
        assert image.save(str(folder / name), kind)  # type: ignore[call-overload]  # the stub wants bytes; PySide6 6.12 takes only str
    (folder / BROKEN).write_text("this is not a JPEG")
    names = [photo[0] for photo in PHOTOS]
    return [*names[:3], BROKEN, *names[3:]]


def write_content(path: Path, names: list[str], reload: int) -> str:
    """Save content showing these photos as editors save (a new file renamed over the old); its title.

    Each save turns the order round by one and swaps the transition, so a reload changes what is
    on screen; the order stays a rotation, so each photo keeps the same one after it.
    """
    title = f"Soak {reload}"
    turn = reload % len(names)
    lines = [
        f"settings: {{transition: {('fade', 'none')[reload % 2]}}}",
        f"exhibition: {{title: {title}, subtitle: Soak test, place: Offscreen, event: tools/soak.py}}",
        "panels:",
        "  - {id: one, title: One panel, summary: The slideshow is what is soaked.}",
        "slideshow:",
        *(f"  - {{image: {name}, caption: Photo {name}, credit: Generated}}" for name in names[turn:] + names[:turn]),
    ]
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text("\n".join(lines) + "\n")
    os.replace(temporary, path)
    return title


def run_until(signal: Any, condition: Callable[[], bool], patience_ms: int = PATIENCE_MS) -> bool:
    """Run the event loop until `condition` holds, checked as `signal` fires; False after `patience_ms` without it."""
    if condition():
        return True
    loop = QEventLoop()
    patience = QTimer(singleShot=True, interval=patience_ms)
    patience.timeout.connect(loop.quit)

    def check(*_: object) -> None:
        if condition():
            loop.quit()
        else:
            patience.start()

    signal.connect(check)
    patience.start()
    loop.exec()
    signal.disconnect(check)
    patience.stop()
    return condition()


def _status(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise LookupError(key)


def _pooled_threads() -> int:
    names = []
    for task in Path("/proc/self/task").iterdir():
        with contextlib.suppress(FileNotFoundError):  # a thread that ended meanwhile
            names.append((task / "comm").read_text().strip())
    return names.count(POOLED)


def _descendants(root: QObject) -> int:
    # children(), not findChildren(): PySide6's findChildren ties every child's Python wrapper to
    # the parent's, so counting with it would keep alive the wrappers it counts.
    children = root.children()
    return len(children) + sum(_descendants(child) for child in children)


def sample(kiosk: Kiosk, transitions: int, reloads: int, started: float) -> Sample:
    """Measure the process at a quiet moment: no decode under way, the collectors run.

    Python's and the JavaScript engine's collectors run and deferred deletions are done first, so
    that what is counted is what is kept, not garbage waiting for a collector. PySide6 has no count
    of live QObjects, so three proxies stand in: the scene's items (kiosk.items()); every QObject
    below the window and the QML engine in the QObject tree (screens, items, timers, animations,
    handlers, Connections: what QML creates lives there); and the Python wrappers of QObjects the
    collector tracks (the kiosk's services and view-models, and whatever of Qt's Python still
    holds). A leaked screen, item or timer, or a view-model kept alive by a forgotten connection,
    shows in at least one of them.
    """
    kiosk.photos.wait()
    kiosk.engine.collectGarbage()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return Sample(
        wrappers=sum(1 for o in gc.get_objects() if isinstance(o, QObject)),  # first: before any is made below
        transitions=transitions,
        reloads=reloads,
        seconds=time.monotonic() - started,
        rss_mb=_status("VmRSS") / 1024,
        images_mb=sum(o.sizeInBytes() for o in gc.get_objects() if isinstance(o, QImage)) / 2**20,
        fds=len(os.listdir("/proc/self/fd")),
        threads=_status("Threads"),
        pooled=_pooled_threads(),
        items=sum(1 for _ in kiosk.items()),
        qobjects=_descendants(kiosk.window) + _descendants(kiosk.engine),
    )


def pause_on_a_full_cycle(kiosk: Kiosk, name: str) -> None:
    """Pause, step once round the slideshow by hand as a visitor swiping would, and stop on photo `name`.

    Every sample then sees the same state: the same photo on screen and the one after it behind.
    Without this, which photos Qt happens to hold decoded for the two layers moves RSS by several
    MB between samples, and the layers' item count with whether one holds the unreadable photo.
    """
    show = kiosk.slideshow
    if show.property("playing"):
        show.toggle()  # a tap in the middle of the screen
    order = [photo.image.name for photo in kiosk.content.exhibition.slideshow]
    end = order.index(name)
    for step in range(1, len(order) + 1):
        show.move_to((end + step) % len(order))
        if not wait_until(kiosk.settled, PATIENCE_MS):
            raise RuntimeError(f"the slideshow did not settle on {order[(end + step) % len(order)]}")


def judge(result: SoakResult, rss_limit_mb: float = RSS_LIMIT_MB) -> list[str]:
    """What grew after warm-up: each count, last sample against first; RSS, in medians."""
    judged = result.after_warmup
    first, last = judged[0], judged[-1]
    problems = []
    # Less the photos waiting decoded ahead: how full that cache is at a sample is chance (and it
    # is bounded by design, checked below). Medians of the first and last few, not two samples.
    kept = [s.rss_mb - s.images_mb for s in judged]
    few = max(1, min(len(judged) // 2, max(2, len(judged) // 3)))
    before, after = statistics.median(kept[:few]), statistics.median(kept[-few:])
    if after - before > rss_limit_mb:
        problems.append(
            f"RSS less the decode-ahead cache grew {after - before:.1f} MB after warm-up, more than "
            f"{rss_limit_mb:g} MB (medians of {few} samples: {before:.1f} -> {after:.1f} MB)"
        )
    if (images := max(s.images_mb for s in judged)) > CACHE_BYTES / 2**20:
        problems.append(f"{images:.1f} MB of decoded images held, more than the decode-ahead cache's bound")
    for name in COUNTS:
        if getattr(last, name) > getattr(first, name):
            problems.append(f"{name} grew after warm-up: {getattr(first, name)} -> {getattr(last, name)}")
    if last.threads - last.pooled > first.threads - first.pooled:
        problems.append(f"threads outside pools grew: {first.threads - first.pooled} -> {last.threads - last.pooled}")
    if max(s.pooled for s in judged) > result.pool_threads:
        problems.append(f"{max(s.pooled for s in judged)} pooled threads, more than the pools' {result.pool_threads}")
    return problems


def _reload(kiosk: Kiosk, watcher: Any, content: Path, names: list[str], reloads: int, shown: int) -> None:
    """Save the content for reload `reloads`; return once its title is on screen."""
    title = write_content(content, names, reloads)
    # The show goes on while the watcher notices the save, waits for quiet and reloads.
    if not run_until(watcher.reloaded, lambda: kiosk.content.property("title") == title):
        raise RuntimeError(f"reload {reloads} did not reach the screen after {shown} transitions")


def soak(
    kiosk: Kiosk,
    content: Path,
    names: list[str],
    transitions: int,
    reload_every: int,
    warmup: int | None = None,
    progress: Callable[[Sample], None] = lambda _: None,
) -> SoakResult:
    """Drive a shown kiosk, started on the slideshow of `write_content(content, names, 0)`, and judge it.

    Raises RuntimeError when the show stalls or a reload does not reach the screen.
    """
    warmup = 2 * reload_every if warmup is None else warmup
    if reload_every <= 0 or warmup >= transitions:
        raise ValueError(f"{transitions} transitions leave nothing to judge after a warm-up of {warmup}")
    watcher = kiosk.watcher
    assert watcher is not None, "the kiosk must watch its content file"
    screen = kiosk.find("stage").property("item")
    shown = 0

    def count() -> None:
        nonlocal shown
        shown += 1

    def pause_and_sample(reloads: int) -> None:
        pause_on_a_full_cycle(kiosk, names[0])
        result.samples.append(sample(kiosk, shown, reloads, started))
        progress(result.samples[-1])
        kiosk.slideshow.toggle()  # and play on

    pools = kiosk.photos.pool.maxThreadCount() + QThreadPool.globalInstance().maxThreadCount()
    result = SoakResult([], warmup, pools)
    screen.shownChanged.connect(count)
    started = time.monotonic()
    try:
        pause_and_sample(0)
        reloads = 0
        while shown < transitions:
            goal = min(shown + reload_every, transitions)
            if not run_until(screen.shownChanged, lambda: shown >= goal):  # noqa: B023 - used at once
                raise RuntimeError(f"the slideshow stalled after {shown} transitions")
            reloads += 1
            _reload(kiosk, watcher, content, names, reloads, shown)
            pause_and_sample(reloads)
    finally:
        screen.shownChanged.disconnect(count)
    result.problems = judge(result)
    return result


def _run(args: argparse.Namespace) -> tuple[SoakResult, Counter[str]]:
    """Soak a kiosk shown offscreen on photos and content made here; the result, and Qt's warnings counted."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    from kiosk.content import load
    from kiosk.preview import offscreen_application

    qt_warnings: Counter[str] = Counter()

    def on_qt_message(kind: QtMsgType, _: QMessageLogContext, message: str) -> None:
        if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            qt_warnings["the unreadable photo" if re.search(BROKEN_PHOTO_WARNING, message) else message] += 1

    def report(s: Sample) -> None:
        print(f"{s.transitions:>7} transitions {s.seconds:7.1f} s  RSS {s.rss_mb:6.1f} MB", flush=True)

    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as tmp, offscreen_application(WIDTH, HEIGHT):
        qInstallMessageHandler(on_qt_message)
        content = Path(tmp) / "content.yaml"
        names = make_photos(content.parent)
        write_content(content, names, 0)
        exhibition = load(content).exhibition
        assert exhibition is not None, "the soak's own content is valid"
        kiosk = Kiosk(exhibition, content_path=content, start="slideshow", interval_ms=args.interval_ms, motion=0.0)
        try:
            kiosk.window.setGeometry(0, 0, WIDTH, HEIGHT)
            kiosk.show()
            # No wait for the first photo here: at 20 ms a photo the show rarely stands still long
            # enough to look settled (CI once waited 10 s in vain); the first sample pauses it first.
            result = soak(kiosk, content, names, args.transitions, args.reload_every, args.warmup, report)
        finally:
            kiosk.close()
            qInstallMessageHandler(None)
    return result, qt_warnings


def main(argv: list[str] | None = None) -> int:
    """Run a soak; exit status 1, after the table of samples, when anything grew or warned."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--transitions", type=int, default=10_000)
    parser.add_argument("--reload-every", type=int, default=500)
    parser.add_argument("--warmup", type=int, help="transitions before judging (default: two reloads)")
    parser.add_argument("--interval-ms", type=int, default=20)
    args = parser.parse_args(argv)

    logged = logging.handlers.BufferingHandler(capacity=1_000_000)  # the kiosk's own warnings, kept
    logged.setLevel(logging.WARNING)
    logging.getLogger("kiosk").addHandler(logged)
    started = time.monotonic()
    result, qt_warnings = _run(args)
    print(result.table())
    warned = [record.getMessage() for record in logged.buffer]
    last, elapsed = result.samples[-1], time.monotonic() - started
    print(f"{last.transitions} transitions and {last.reloads} reloads in {elapsed:.0f} s; kiosk warnings: {warned}")
    print(f"Qt warnings: {dict(qt_warnings)}")
    problems = list(result.problems)
    # The unreadable photo is logged once however often it comes round; anything else is a finding.
    if len(warned) != 1 or BROKEN not in warned[0]:
        problems.append(f"the kiosk warned {warned}; expected one warning, about {BROKEN}")
    problems += [f"Qt warned {n} times: {m}" for m, n in qt_warnings.items() if m != "the unreadable photo"]
    for problem in problems:
        print(f"soak: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if MMAP_THRESHOLD not in os.environ:  # glibc reads it once, at start: start again with it
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, MMAP_THRESHOLD: str(128 * 1024)})
    sys.exit(main())
