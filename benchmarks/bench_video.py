"""A speech's video under Qt Quick's software renderer: frames shown and GUI-thread lateness.

    python benchmarks/bench_video.py [--seconds 6]

A kiosk without a GPU draws videos as images (kiosk/ui/videoframes.py). This makes a 1080p,
25 fps Motion-JPEG film with photographic noise (about 680 KB a frame: harder to decode than a
typical H.264 film, and no encoder is needed), opens it in a speech at 1920x1080 on the offscreen
platform, plays it through three times and counts the frames that reached the screen's Image.
Rows, medians of the runs: the time
per frame shown against the film's own 40 ms (target: 1.05, i.e. at most one frame in 20 dropped)
and the worst lateness of a 5 ms heartbeat on the GUI thread while it plays (17 ms, as the
slideshow's). Needs the media extra; without it, prints why and no rows.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kiosk.app import Kiosk
from kiosk.content import load
from kiosk.preview import offscreen_application, wait_until
from kiosk.services.media import media_support

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_slideshow import Heartbeat  # benchmarks/ is this script's own folder on the path

from tests.media_files import make_mjpeg_avi  # the tests' AVI writer

FPS = 25
SIZE = (1920, 1080)
FRAME_TARGET = 1.05
LATENESS_TARGET_MS = 17
CONTENT = """\
exhibition: {title: Video, subtitle: Benchmark, place: Here, event: bench_video.py}
panels:
  - id: one
    title: One
    summary: A film.
    speeches:
      - {speaker: Nobody, title: A generated film, kind: full, video: film.avi}
"""


def film(path: Path, seconds: int) -> None:
    """Noise at a quarter of the size, smoothly scaled up (grain as a photo has), and a moving bar."""
    noise = QImage(SIZE[0] // 4, SIZE[1] // 4, QImage.Format.Format_RGB32)
    chance = random.Random(1)
    for y in range(noise.height()):
        for x in range(noise.width()):
            v = chance.randint(60, 200)
            noise.setPixelColor(x, y, QColor(v, (v * 3) % 256, 255 - v))
    base = noise.scaled(*SIZE, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)

    def draw(n: int) -> QImage:
        frame = QImage(base)
        painter = QPainter(frame)
        painter.fillRect(n * 7 % SIZE[0], 0, 80, SIZE[1], QColor("#C0392B"))
        painter.end()
        return frame

    make_mjpeg_avi(path, seconds=seconds, fps=FPS, size=SIZE, draw=draw)


def play_through(kiosk: Kiosk, seconds: int) -> tuple[int, float, int]:
    """Open the speech, play its film to the end: frames shown, seconds played, worst lateness in ms."""
    kiosk.navigator.home()
    kiosk.navigator.showSpeech(0, 0)
    video = kiosk.find("videoView")
    wait_until(lambda: bool(video.property("settled")), 20_000)
    frames = kiosk.content.video_frames
    assert frames is not None, "the offscreen platform renders in software"
    heartbeat = Heartbeat()
    first = frames.property("count")
    start = time.perf_counter()
    QMetaObject.invokeMethod(video, "play")
    heartbeat.start()
    wait_until(lambda: time.perf_counter() - start > 1 and not video.property("playing"), 4 * seconds * 1000)
    played = time.perf_counter() - start
    heartbeat.stop()
    return frames.property("count") - first, played, heartbeat.worst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=6)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="one run of a 3-second film")
    args = parser.parse_args()
    seconds, runs = (3, 1) if args.quick else (args.seconds, args.runs)
    if not media_support().video:
        print(f"# video: not measured: {media_support().missing}")
        return 0
    with tempfile.TemporaryDirectory() as tmp, offscreen_application(*SIZE):
        folder = Path(tmp)
        film(folder / "film.avi", seconds)
        (folder / "content.yaml").write_text(CONTENT)
        exhibition = load(folder / "content.yaml").exhibition
        assert exhibition is not None
        kiosk = Kiosk(exhibition, motion=0.0)
        kiosk.window.setGeometry(0, 0, *SIZE)
        kiosk.show()
        wait_until(kiosk.settled, 10_000)
        results = [play_through(kiosk, seconds) for _ in range(runs)]
        kiosk.close()
    frame_ms = statistics.median(1000 * played / max(shown, 1) for shown, played, _ in results)
    worst = statistics.median(late for _, _, late in results)
    rows = [
        {
            "name": "video: 1080p film under software, time per frame shown",
            "value": round(frame_ms, 1),
            "unit": "ms",
            "floor": 1000 / FPS,
            "ratio": round(frame_ms * FPS / 1000, 3),
            "target": FRAME_TARGET,
            "pass": frame_ms * FPS / 1000 <= FRAME_TARGET,
        },
        {
            "name": "video: GUI lateness while it plays (5 ms heartbeat)",
            "value": worst,
            "unit": "ms",
            "floor": None,
            "ratio": None,
            "target": LATENESS_TARGET_MS,
            "pass": worst <= LATENESS_TARGET_MS,
        },
    ]
    summary = ", ".join(f"{n}/{seconds * FPS} frames in {t:.2f} s, {late} ms late" for n, t, late in results)
    print(f"# video, median of {runs} runs: {summary}")
    for row in rows:
        print(json.dumps(row))
    return 0 if all(row["pass"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
