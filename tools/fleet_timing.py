"""Save to screen through Syncthing on loopback: one curator, N kiosk sides, K edits; and bytes per change.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/fleet_timing.py --kiosks 4 --edits 5 [--mesh]

Starts 1 + N Syncthing instances (tests/syncthing_fleet.py, the harness the e2e test uses) with the
curator's folder send-only and each kiosk side's receive-only, and a kiosk on each kiosk side,
all N in this one process on the offscreen platform at 1920x1080. Each edit saves a new title as
an editor saves (a new file renamed over content.yaml) and times, for every kiosk, the moment the
new file is in its side's folder (Syncthing's part) and the moment the title is on its screen
(with the kiosk's own part after it). The N kiosks share one GUI thread here, as they never do in
a hall: with many, the last ones' figures include the others' reloads.

Then the bytes Syncthing moves (all connections, all instances, as /rest/system/connections
counts them) for one caption edited in content.yaml and for one photo added (1 MB unless
--photo-mb says otherwise), each after the fleet has fallen quiet. With --mesh the kiosk sides
are linked to each other as well as to the curator, and share the folder among themselves.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

# The Syncthing harness lives with the tests that use it; the kiosk package imports neither.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QGuiApplication, QImage

from kiosk.app import Kiosk
from kiosk.assets import load_fonts
from kiosk.content import load
from kiosk.preview import wait_until
from kiosk.services.photos import limit_image_allocation
from kiosk.services.rendering import choose_renderer
from tests.conftest import MINIMAL, make_jpeg
from tests.syncthing_fleet import Fleet, Syncthing, binary, poll

FOLDER = "content"
TITLE = "Turn Back Crime"
CAPTION = "A caption"
WITHIN_MS = 60_000
QUIET_S = 1.5  # no byte on any connection this long: the change's index updates are all in


def parse(argv: list[str]) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--kiosks", type=int, default=1, help="kiosk sides (default 1)")
    parser.add_argument("--edits", type=int, default=5, help="edits of content.yaml timed (default 5)")
    parser.add_argument("--mesh", action="store_true", help="link the kiosk sides to each other too")
    parser.add_argument("--photo-mb", type=float, default=1.0, help="size of the photo added (default 1 MB)")
    return parser.parse_args(argv)


@contextmanager
def synced_fleet(root: Path, kiosks: int, mesh: bool) -> Iterator[tuple[Fleet, Path, list[Path]]]:
    """The fleet started, linked and in sync on a content folder; stopped on the way out."""
    source = root / "curator" / FOLDER
    source.mkdir(parents=True)
    make_jpeg(source / "photo.jpg")
    (source / "content.yaml").write_text(MINIMAL)
    with Fleet(root, ["curator", *(f"kiosk{n}" for n in range(1, kiosks + 1))]) as fleet:
        curator, *sides = fleet.instances
        for n, side in enumerate(sides):
            fleet.link(curator, side)
            for other in sides[n + 1 :] if mesh else []:
                fleet.link(side, other)
        paths: dict[Syncthing, tuple[Path, str]] = {s: (root / s.name / FOLDER, "receiveonly") for s in sides}
        fleet.share(FOLDER, {curator: (source, "sendonly"), **paths})
        fleet.wait_connected()
        fleet.wait_in_sync(FOLDER)
        yield fleet, source, [path / "content.yaml" for path, _ in paths.values()]


def start_kiosk(path: Path) -> Kiosk:
    """A kiosk on this side's content file, shown at 1920x1080, its first screen settled."""
    exhibition = load(path).exhibition
    assert exhibition is not None, f"{path} loads"
    kiosk = Kiosk(exhibition, content_path=path, motion=0.0)
    kiosk.window.setGeometry(0, 0, 1920, 1080)
    kiosk.show()
    if not wait_until(lambda: kiosk.window.isExposed() and kiosk.settled(), 10_000):
        raise RuntimeError(f"the kiosk on {path} did not settle")
    return kiosk


def save_atomically(path: Path, text: str) -> float:
    """Save as most editors do (a new file renamed over the old); the moment of the rename."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text)
    os.replace(temporary, path)
    return time.monotonic()


def holds(path: Path, text: str) -> bool:
    """Whether the file is there with this text in it (Syncthing may be replacing it right now)."""
    try:
        return text in path.read_text()
    except OSError:
        return False


def time_edit(source: Path, sides: list[Path], kiosks: list[Kiosk], title: str) -> tuple[list[float], list[float]]:
    """Save a new title on the curator side; seconds to its arrival in each side's folder, and to each screen."""
    arrived: dict[int, float] = {}
    shown: dict[int, float] = {}
    saved = save_atomically(source / "content.yaml", MINIMAL.replace(TITLE, title))

    def everywhere() -> bool:
        now = time.monotonic() - saved
        for n, (path, kiosk) in enumerate(zip(sides, kiosks, strict=True)):
            if n not in arrived and holds(path, f"title: {title}\n"):
                arrived[n] = now
            if n not in shown and kiosk.find("homeTitle").property("text") == title:
                shown[n] = now
        return len(arrived) == len(shown) == len(kiosks)

    if not wait_until(everywhere, WITHIN_MS):
        raise RuntimeError(f"{title!r} not on every screen within {WITHIN_MS} ms: shown on {sorted(shown)}")
    return [arrived[n] for n in range(len(kiosks))], [shown[n] for n in range(len(kiosks))]


def noisy_jpeg(path: Path, target_bytes: int = 1_000_000) -> int:
    """A JPEG of noise (no smooth areas to compress, like a detailed photo) near target_bytes; its size."""
    width = round((target_bytes / 0.9 * 4 / 3) ** 0.5)  # ~0.9 byte a pixel at quality 90, at 4:3
    height = width * 3 // 4
    image = QImage(os.urandom(width * height * 3), width, height, width * 3, QImage.Format.Format_RGB888)
    if not image.save(str(path), "JPG", 90):  # type: ignore[call-overload]  # the stub wants bytes
        raise RuntimeError(f"cannot write {path}")
    return path.stat().st_size


def wait_quiet(fleet: Fleet) -> dict[str, tuple[int, int]]:
    """The byte counters once the folder is in sync and no connection has moved a byte for QUIET_S."""
    fleet.wait_in_sync(FOLDER)
    last = fleet.traffic()
    since = time.monotonic()

    def quiet() -> bool:
        nonlocal last, since
        now = fleet.traffic()
        if now != last:
            last, since = now, time.monotonic()
        return time.monotonic() - since >= QUIET_S

    poll(quiet, "quiet connections", 30.0, interval_s=0.1)
    return last


def bytes_moved(fleet: Fleet, change: Callable[[], object]) -> tuple[int, int]:
    """Bytes sent over every connection for one change: by the curator, and in all."""
    before = wait_quiet(fleet)
    change()
    # Scanned now (the call returns when the scan is done), so that the in-sync check after it
    # compares against the new version, not the one the curator's watcher has not reported yet.
    fleet.scan(fleet.instances[0], FOLDER)
    after = wait_quiet(fleet)
    sent = {name: after[name][1] - before[name][1] for name in after}
    return sent["curator"], sum(sent.values())


def measure_bytes(fleet: Fleet, source: Path, photo_mb: float) -> list[str]:
    """Report lines: bytes moved for one caption edited, and for one photo of about `photo_mb` MB added."""
    content = source / "content.yaml"
    caption = bytes_moved(fleet, lambda: save_atomically(content, content.read_text().replace(CAPTION, "Revised")))
    size: list[int] = []
    photo = bytes_moved(fleet, lambda: size.append(noisy_jpeg(source / "added.jpg", round(photo_mb * 1_000_000))))
    return [
        f"bytes for one caption edited: curator sent {caption[0]:,}, all instances sent {caption[1]:,}",
        f"bytes for one photo added ({size[0]:,} bytes): curator sent {photo[0]:,}, all instances sent {photo[1]:,}",
    ]


def median_max(values: list[float]) -> str:
    """'median X s, max Y s'."""
    return f"median {statistics.median(values):.2f} s, max {max(values):.2f} s"


def run(options: argparse.Namespace, root: Path) -> list[str]:
    """Start the fleet and the kiosks, time the edits, count the bytes; the report's lines."""
    with synced_fleet(root, options.kiosks, options.mesh) as (fleet, source, sides):
        kiosks: list[Kiosk] = []
        try:
            kiosks.extend(start_kiosk(path) for path in sides)
            arrivals: list[float] = []
            screens: list[float] = []
            for edit in range(1, options.edits + 1):
                arrived, shown = time_edit(source, sides, kiosks, f"Edition {edit}")
                arrivals += arrived
                screens += shown
                fleet.wait_in_sync(FOLDER)  # the next edit starts from a quiet fleet
        finally:
            for kiosk in kiosks:
                kiosk.close()
        shape = "mesh" if options.mesh else "star"
        return [
            f"{options.kiosks} kiosk side(s), {shape}, {options.edits} edits, {len(screens)} screens:",
            f"save to file in the kiosk side's folder: {median_max(arrivals)}",
            f"save to title on screen: {median_max(screens)}",
            *measure_bytes(fleet, source, options.photo_mb),
        ]


def main(argv: list[str] | None = None) -> int:
    """Run, print the report; 2 when syncthing is missing."""
    options = parse(sys.argv[1:] if argv is None else argv)
    if binary() is None:
        print("syncthing is not installed (Debian package syncthing)", file=sys.stderr)
        return 2
    app = QGuiApplication(sys.argv[:1])
    choose_renderer("software")
    load_fonts()
    limit_image_allocation()
    with tempfile.TemporaryDirectory(prefix="fleet-timing-") as folder:
        lines = run(options, Path(folder))
    print("\n".join(lines))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
