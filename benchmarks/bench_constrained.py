"""The kiosk on Raspberry Pi class hardware, as near as this machine comes: one core, 1 GB.

    python benchmarks/bench_constrained.py [--quick]

Runs the fullscreen slideshow of 24-megapixel photos under Xvfb at 1920x1080 on one core (the CPU
affinity mask, as taskset sets it) under a 1 GB memory limit (benchmarks/limits.py says how: a
cgroup where the machine allows one), at a real pace: a slide every 3 seconds with the content's
default crossfade, once round 10 photos. Three seconds is shorter than any slide time a curator
would choose (the content's default is 8): the next photo has less time to decode than in a hall,
and the round takes half a minute. Rows:
- the worst lateness of a 5 ms heartbeat on the GUI thread, from the first photo on (34 ms: two
  frames at 60 Hz);
- the slowest slide: from the moment it begins to its photo fully on screen (faded in and
  painted), against the slide's time; at most half of it, and no slide skipped;
- the peak memory (the larger of the process's resident memory and what the limit counted),
  under the limit, and the kiosk neither killed nor failing.
bench_kiosk.py runs this inside its own Xvfb, on its photos; alone, it makes its own.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import KIOSK_BENCH, ROOT, Row, content_for, make_photos, row, start_xvfb  # noqa: E402
from limits import method, run_constrained  # noqa: E402

MEMORY_MB = 1024
INTERVAL_MS = 3000
LATENESS_MS = 34
SLIDE_SHARE = 0.5  # of the slide's time, at most, before its photo is fully on screen


def constrained_rows(folder: Path, photos: list[Path], screen: dict[str, str], quick: bool) -> list[Row]:
    """Run the constrained slideshow once over these photos and judge it."""
    shown = photos[: 5 if quick else 10]
    content = content_for(folder, shown, "constrained.yaml", transition="fade")
    command = [sys.executable, str(KIOSK_BENCH), "--slideshow", "--interval", str(INTERVAL_MS), "--exit-after-cycle"]
    command += ["--data-dir", str(folder / "constrained-data"), str(content)]
    timeout = 60 + len(shown) * INTERVAL_MS / 1000 * 3
    outcome = run_constrained(command, screen, MEMORY_MB, timeout, cwd=ROOT)
    how = f"1 core, {MEMORY_MB // 1024} GB, {outcome.how}"
    words = outcome.stdout.split()
    finished = outcome.returncode == 0 and "timed-cycle" in words
    if finished:
        worst = float(words[words.index("worst") + 1])
        missed = int(words[words.index("missed") + 1])
        late = int(words[words.index("heartbeat-late-max") + 1])
    else:
        worst, missed, late = float("inf"), len(shown), 10**6
    peak = max(outcome.rss_mb, outcome.peak_mb or 0)
    print(
        f"# constrained ({how}): exit {outcome.returncode}, {outcome.stdout.strip() or 'no output'}; "
        f"peak RSS {outcome.rss_mb:.0f} MB, the limit's count {outcome.peak_mb or 0:.0f} MB"
        f"{', KILLED' if outcome.killed else ''}"
    )
    name = f"constrained ({how}): slowest photo on screen / slide time"
    slides = row(name, worst, "s", INTERVAL_MS / 1000, SLIDE_SHARE, True)
    slides["pass"] = bool(slides["pass"]) and missed == 0
    memory = row(f"constrained ({how}): peak memory, no kill", round(peak), "MB", None, MEMORY_MB, False)
    memory["pass"] = bool(memory["pass"]) and finished and not outcome.killed
    return [
        row(f"constrained ({how}): GUI heartbeat lateness", late, "ms", None, LATENESS_MS, False),
        slides,
        memory,
    ]


def main() -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 photos instead of 10")
    args = parser.parse_args()
    print(f"# constrained: memory limit by {method()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        photos = make_photos(folder, 5 if args.quick else 10)
        server, display = start_xvfb()
        try:
            offscreen = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
            screen = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"} if display else offscreen
            return constrained_rows(folder, photos, screen, args.quick)
        finally:
            if server is not None:
                server.terminate()
                server.wait()


if __name__ == "__main__":
    for result in main():
        print(result)
