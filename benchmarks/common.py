"""What the benchmarks share: a result row, the test photos and content, Xvfb, and timing a process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The kiosk as the benchmarks start it: the user's command plus the hooks only they need.
KIOSK_BENCH = HERE / "kiosk_bench.py"
ROOT = HERE.parent
Row = dict[str, object]


def row(name: str, value: float, unit: str, floor: float | None, target: float, by_ratio: bool) -> Row:
    """One result; pass is judged on the ratio to the floor, or on the value when there is no floor."""
    ratio = value / floor if floor else None
    judged = ratio if by_ratio else value
    return {
        "name": name,
        "value": round(value, 4),
        "unit": unit,
        "floor": floor and round(floor, 4),
        "ratio": ratio and round(ratio, 3),
        "target": target,
        "pass": judged is not None and judged <= target,
    }


def make_photos(folder: Path, count: int) -> list[Path]:
    """Large JPEGs with detail a camera would give: noise at several scales, so decoding is real work."""
    script = f"""
import os, sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
app = QGuiApplication([])
for n in range({count}):
    fine = QImage(os.urandom(1500 * 1000 * 3), 1500, 1000, 1500 * 3, QImage.Format.Format_RGB888)
    coarse = QImage(os.urandom(60 * 40 * 3), 60, 40, 60 * 3, QImage.Format.Format_RGB888)
    image = coarse.scaled(6000, 4000, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(image)
    painter.setOpacity(0.35)
    painter.drawImage(image.rect(), fine)
    painter.end()
    image.save(os.path.join(sys.argv[1], f"photo-{{n:02d}}.jpg"), "JPG", 90)
"""
    subprocess.run(
        [sys.executable, "-c", script, str(folder)], check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    )
    return sorted(folder.glob("photo-*.jpg"))


def content_for(folder: Path, photos: list[Path], name: str, transition: str = "none") -> Path:
    """A content file showing these photos, in one panel and so in the slideshow."""
    lines = [
        "exhibition: {title: Bench, subtitle: S, place: P, event: E}",
        f"settings: {{transition: {transition}}}",
        "panels:",
        "  - id: one",
        "    title: T",
        "    summary: S",
        "    photos:",
    ]
    lines += [f"      - {{image: {p.name}, caption: Photo {k}, credit: Generated}}" for k, p in enumerate(photos)]
    path = folder / name
    path.write_text("\n".join(lines) + "\n")
    return path


def seconds_to_line(command: list[str], env: dict[str, str], word: str) -> float:
    """Seconds from starting a process to the first line it prints that starts with `word`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=ROOT)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(word):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} never printed {word!r}")
    process.wait(timeout=60)
    return elapsed


def run_measured(command: list[str], env: dict[str, str]) -> tuple[str, float, int]:
    """Run to completion: its stdout, the wall time, and its peak RSS in MB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    out = process.stdout.read() if process.stdout else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command} failed: {out}")
    return out, elapsed, usage.ru_maxrss // 1024


def start_xvfb() -> tuple[subprocess.Popen[bytes] | None, str | None]:
    """An Xvfb server at 1920x1080, and feh; installs them when root with apt-get, else (None, None)."""
    if not (shutil.which("Xvfb") and shutil.which("feh")) and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "xvfb", "feh"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
    if not (shutil.which("Xvfb") and shutil.which("feh")):
        return None, None
    display = f":{90 + os.getpid() % 9}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)  # Xvfb has no readiness signal; a benchmark, not a test
    return server, display
