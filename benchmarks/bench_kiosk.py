"""The kiosk as a whole, against floors measured in the same run: start-up, slideshow, memory.

    python benchmarks/bench_kiosk.py [--quick]

Makes 20 photos of 6000x4000 with photographic detail in a temporary folder, then measures, each
figure the median of several runs:
- start-up: process start to the first frame of home, against a bare QQuickView showing one Text
  started the same way (bare_view.py), both on the offscreen platform with the software renderer;
- first photo: process start to the first photo of `kiosk --slideshow` on screen (painted), against
  a bare QQuickView showing the same 24 MP photo at the screen's size (bare_photo.py, the faster of
  its synchronous and asynchronous decode), both under Xvfb at 1920x1080;
- slideshow: the time per photo to decode a 24 MP JPEG and paint it at 1920x1080, showing the 20
  one after another as fast as possible (kiosk_bench.py --slideshow --interval 0 --exit-after-cycle), against
  feh showing the same files fullscreen under Xvfb (the marginal time per photo: a run of 21 files
  minus a run of 1). Without feh or Xvfb (installed here when run as root with apt-get) the floor is
  Qt's own single-thread QImageReader decode loop at screen size;
- GUI lateness: the worst lateness of a 5 ms heartbeat on the kiosk's GUI thread during that run;
- memory: the kiosk's peak RSS cycling through 1,000 photos (the 20 under 50 names each), against
  cycling through the 20;
- the constrained rows of bench_constrained.py (one core, 1 GB), in the same Xvfb.
Prints rows and returns them to benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_constrained import constrained_rows
from common import HERE, KIOSK_BENCH, Row, content_for, make_photos, row, run_measured, seconds_to_line, start_xvfb

PHOTOS = 20
STARTUP = 1.5  # the target: times the bare view's first frame
FIRST_PHOTO = 1.3  # the target: times the bare view's first photo


def decode_loop_floor(photos: list[Path]) -> float:
    """Seconds per photo for Qt's QImageReader decoding each at screen size on one thread."""
    script = """
import sys, time
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader
start = time.perf_counter()
for path in sys.argv[1:]:
    reader = QImageReader(path)
    size = reader.size()
    reader.setScaledSize(size.scaled(QSize(1920, 1080), Qt.AspectRatioMode.KeepAspectRatio))
    assert not reader.read().isNull()
print((time.perf_counter() - start) / (len(sys.argv) - 1))
"""
    out = subprocess.run([sys.executable, "-c", script, *map(str, photos)], capture_output=True, text=True, check=True)
    return float(out.stdout)


def first_photo(photo: Path, content: Path, screen: dict[str, str], logs: list[str], repeat: int) -> Row:
    """Process start to the first photo of the fullscreen slideshow on screen, against a bare view's."""
    bare: dict[str, list[float]] = {"sync": [], "async": []}
    ours = []
    kiosk = [sys.executable, str(KIOSK_BENCH), "--slideshow", "--interval", "0", "--exit-after-cycle", *logs]
    for _ in range(repeat):  # interleaved, so that a busy moment hits all three
        for mode, times in bare.items():
            times.append(
                seconds_to_line([sys.executable, str(HERE / "bare_photo.py"), str(photo), mode], screen, "first")
            )
        ours.append(seconds_to_line([*kiosk, str(content)], screen, "cycle"))
    medians = {mode: statistics.median(times) for mode, times in bare.items()}
    print(f"# first photo: bare view {', '.join(f'{m} {t:.3f} s' for m, t in medians.items())}; kiosk {ours}")
    name = "first photo of --slideshow, 24 MP, vs bare QQuickView"
    return row(name, statistics.median(ours), "s", min(medians.values()), FIRST_PHOTO, True)


def startup(kiosk: list[str], software: dict[str, str], logs: list[str], runs: int) -> Row:
    """Process start to the first frame of home, against a bare QQuickView's showing one Text."""
    bare, ours = [], []
    for _ in range(runs):  # interleaved, so that a busy moment hits both
        bare.append(seconds_to_line([sys.executable, str(HERE / "bare_view.py")], software, "first-frame"))
        ours.append(seconds_to_line([*kiosk, "--exit-after-first-frame", *logs], software, "first-frame"))
    return row("startup: first frame of home", statistics.median(ours), "s", statistics.median(bare), STARTUP, True)


def feh_floor(photos: list[Path], screen: dict[str, str], repeat: int) -> float:
    """Seconds per photo for feh showing the photos fullscreen: a run of 21 files minus a run of 1."""
    feh = ["feh", "--fullscreen", "--auto-zoom", "--on-last-slide", "quit", "--slideshow-delay", "0.01"]
    marginal = []
    for _ in range(repeat):
        _, many, _ = run_measured([*feh, *map(str, photos), str(photos[0])], screen)
        _, one_photo, _ = run_measured([*feh, str(photos[0])], screen)
        marginal.append((many - one_photo) / PHOTOS)
    return statistics.median(marginal)


def slideshow(
    cycle: list[str], photos: list[Path], screen: dict[str, str], display: str | None, repeat: int
) -> tuple[list[Row], list[int]]:
    """The time per photo against feh's (or Qt's decode loop's) and the GUI lateness; and each run's peak RSS."""
    per_photo, late, rss20 = [], [], []
    for _ in range(repeat):
        out, _, rss = run_measured(cycle, screen)
        words = out.split()
        per_photo.append(float(words[words.index("photos") + 1]) / PHOTOS)
        late.append(int(words[words.index("heartbeat-late-max") + 1]))
        rss20.append(rss)
    if display:
        floor, label, target = feh_floor(photos, screen, repeat), "slideshow: per 24 MP photo vs feh", 0.35
    else:
        floor, label, target = decode_loop_floor(photos), "slideshow: per 24 MP photo vs Qt decode loop", 1.0
    rows = [
        row(label, statistics.median(per_photo), "s", floor, target, True),
        row("slideshow: GUI heartbeat lateness", max(late), "ms", None, 17, False),
    ]
    return rows, rss20


def memory(
    cycle: list[str], folder: Path, photos: list[Path], screen: dict[str, str], count: int, rss20: list[int]
) -> Row:
    """The peak RSS cycling through `count` photos (the same files under other names), against the 20's."""
    collection = folder / "many"
    collection.mkdir()
    names: list[Path] = []
    for k in range(count):  # other names, same files: the kiosk must not keep them all
        name = collection / f"p{k:04d}.jpg"
        os.link(photos[k % PHOTOS], name)
        names.append(name)
    big = content_for(collection, names, "many.yaml")
    _, _, rss_many = run_measured([*cycle, str(big)], screen)
    peak20 = statistics.median(rss20)
    # A ratio: the absolute question (does it fit a small machine) is the constrained rows'.
    return row(f"memory: peak RSS, {count} photos vs 20", rss_many, "MB", peak20, 1.15, True)


def main() -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, 200 photos for memory, 5 constrained")
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    rows: list[Row] = []
    kiosk = [sys.executable, str(KIOSK_BENCH)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        software = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
        logs = ["--data-dir", str(folder / "data")]
        rows.append(startup(kiosk, software, logs, 5 if args.quick else 11))

        photos = make_photos(folder, PHOTOS)
        show = content_for(folder, photos, "twenty.yaml")
        server, display = start_xvfb()
        try:
            screen = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"} if display else software
            one = content_for(folder, photos[:1], "one.yaml")
            rows.append(first_photo(photos[0], one, screen, logs, 3 if args.quick else 5))
            cycle = [*kiosk, "--slideshow", "--interval", "0", "--exit-after-cycle", *logs]
            shown, rss20 = slideshow([*cycle, str(show)], photos, screen, display, repeat)
            rows += shown
            rows.append(memory(cycle, folder, photos, screen, 200 if args.quick else 1000, rss20))
            rows += constrained_rows(folder, photos, screen, args.quick)
        finally:
            if server is not None:
                server.terminate()
                server.wait()
    return rows


if __name__ == "__main__":
    for result in main():
        print(result)
