"""Content delivered by a real Syncthing: a curator's edits reach two kiosks' screens, a broken one never does.

Three Syncthing instances on loopback (tests/syncthing_fleet.py): the curator's folder is send-only
and shared with two kiosk sides, where it is receive-only; each kiosk side has a kiosk running
offscreen in this process, showing that side's content.yaml with its live reload. Syncthing is
installed with apt-get where it is missing and this process is root; elsewhere the tests skip,
saying why. Syncthing warns when run as root but runs, so it runs as this process's user.

The time from the curator's save to the new title on each kiosk's screen is printed (-s shows
it, as does -rP) and recorded as a property of the test suite (--junitxml writes it: record_property
would warn under the default junit_family, xunit2, and warnings fail the tests).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.content import LoadResult, load
from tests.conftest import MINIMAL, make_jpeg
from tests.debian import installed
from tests.syncthing_fleet import Fleet

pytestmark = pytest.mark.slow

MakeKiosk = Callable[..., Kiosk]
FOLDER = "content"
# What the issue asks of Syncthing and the kiosk together: a wait, not the figure (that is printed).
WITHIN_MS = 30_000
TITLE = "Turn Back Crime"


@pytest.fixture
def sides(tmp_path: Path) -> Iterator[tuple[Path, list[Path]]]:
    """The curator's content.yaml and each kiosk side's, in sync; Syncthing stopped afterwards, pass or fail."""
    installed("syncthing", "syncthing")  # the Debian package, with apt-get as root; else skip, saying why
    source = tmp_path / "curator" / FOLDER
    source.mkdir(parents=True)
    make_jpeg(source / "photo.jpg")
    (source / "content.yaml").write_text(MINIMAL)
    with Fleet(tmp_path, ["curator", "kiosk1", "kiosk2"]) as fleet:
        curator, *kiosks = fleet.instances
        for kiosk in kiosks:
            fleet.link(curator, kiosk)
        targets = {kiosk: (tmp_path / kiosk.name / FOLDER, "receiveonly") for kiosk in kiosks}
        fleet.share(FOLDER, {curator: (source, "sendonly"), **targets})
        fleet.wait_connected()
        fleet.wait_in_sync(FOLDER)
        yield source / "content.yaml", [path / "content.yaml" for path, _ in targets.values()]


def start(make_kiosk: MakeKiosk, path: Path) -> Kiosk:
    """A kiosk showing this side's content file, with its live reload."""
    exhibition = load(path).exhibition
    assert exhibition is not None, f"{path} arrived whole and loads"
    return make_kiosk(exhibition, content_path=path)


def save_atomically(path: Path, text: str) -> float:
    """Save as most editors do (a new file renamed over the old); the moment of the rename."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text)
    os.replace(temporary, path)
    return time.monotonic()


def on_screen(kiosk: Kiosk) -> str:
    """The title the home screen shows."""
    return str(kiosk.find("homeTitle").property("text"))


def badge_shown(kiosk: Kiosk) -> bool:
    return any(item.objectName() == "staffBadge" and item.isVisible() for item in kiosk.items())


def seconds_to(qtbot: QtBot, kiosks: list[Kiosk], shown: Callable[[Kiosk], bool], saved: float) -> list[float]:
    """Seconds from `saved` until each kiosk first shows what `shown` looks for (all within WITHIN_MS)."""
    seen: dict[int, float] = {}

    def all_seen() -> bool:
        for n, kiosk in enumerate(kiosks):
            if n not in seen and shown(kiosk):
                seen[n] = time.monotonic() - saved
        return len(seen) == len(kiosks)

    qtbot.waitUntil(all_seen, timeout=WITHIN_MS)
    return [seen[n] for n in range(len(kiosks))]


def report(record_testsuite_property: Callable[[str, object], None], what: str, seconds: list[float]) -> None:
    """Print the figures and record them with the test."""
    for n, value in enumerate(seconds, start=1):
        record_testsuite_property(f"syncthing_{what}_kiosk{n}_s", round(value, 3))
    print(f"{what}: " + ", ".join(f"kiosk{n} {value:.2f} s" for n, value in enumerate(seconds, start=1)))


def test_an_edit_on_the_curator_side_is_on_both_screens_within_30_s(
    qtbot: QtBot,
    make_kiosk: MakeKiosk,
    sides: tuple[Path, list[Path]],
    record_testsuite_property: Callable[[str, object], None],
) -> None:
    curator, targets = sides
    kiosks = [start(make_kiosk, path) for path in targets]
    assert [on_screen(kiosk) for kiosk in kiosks] == [TITLE, TITLE]
    for n in range(1, 3):  # twice: the second edit replaces a file Syncthing itself wrote
        title = f"Edition {n}"
        saved = save_atomically(curator, MINIMAL.replace(TITLE, title))
        seconds = seconds_to(qtbot, kiosks, lambda kiosk: on_screen(kiosk) == title, saved)  # noqa: B023 - used at once
        report(record_testsuite_property, f"save_to_screen_edit{n}", seconds)
    assert not any(badge_shown(kiosk) for kiosk in kiosks)


def test_a_broken_edit_keeps_both_on_the_last_good_title_with_the_badge_and_the_fix_brings_both_back(
    qtbot: QtBot,
    make_kiosk: MakeKiosk,
    sides: tuple[Path, list[Path]],
    record_testsuite_property: Callable[[str, object], None],
) -> None:
    curator, targets = sides
    kiosks = [start(make_kiosk, path) for path in targets]
    saved = save_atomically(curator, MINIMAL.replace(f"title: {TITLE}", f"title: [{TITLE}"))
    seconds = seconds_to(qtbot, kiosks, badge_shown, saved)
    report(record_testsuite_property, "save_to_badge", seconds)
    for kiosk, path in zip(kiosks, targets, strict=True):
        assert "[Turn" in path.read_text(), "the broken file itself arrived"
        assert on_screen(kiosk) == TITLE
        assert "YAML syntax" in kiosk.status.property("problem")
        assert "YAML syntax" in kiosk.find("staffBadge").childItems()[0].property("text")

    saved = save_atomically(curator, MINIMAL.replace(TITLE, "Fixed"))
    shown = seconds_to(qtbot, kiosks, lambda kiosk: on_screen(kiosk) == "Fixed" and not badge_shown(kiosk), saved)
    report(record_testsuite_property, "save_to_screen_fix", shown)
    assert [kiosk.status.property("problem") for kiosk in kiosks] == ["", ""]


def test_new_photos_in_a_new_folder_saved_with_the_content_reach_both_screens_never_half(
    qtbot: QtBot,
    make_kiosk: MakeKiosk,
    sides: tuple[Path, list[Path]],
    photo_bytes: bytes,
    record_testsuite_property: Callable[[str, object], None],
) -> None:
    curator, targets = sides
    kiosks = [start(make_kiosk, path) for path in targets]
    shown: list[bool] = []  # per load each kiosk put on screen: did it name a file not there?

    def tried(result: LoadResult, on_screen: bool) -> None:
        if on_screen:
            shown.append(bool(result.files.missing))

    for kiosk in kiosks:
        kiosk.reload.tried.connect(tried)
    new = [f"photos/2014/{n}.jpg" for n in range(6)]  # Syncthing pulls them in random order
    for name in new:
        (curator.parent / name).parent.mkdir(parents=True, exist_ok=True)
        (curator.parent / name).write_bytes(photo_bytes)
    entries = "".join(f"      - {{image: {name}, caption: Photo {name}, credit: A credit}}\n" for name in new)
    saved = save_atomically(curator, MINIMAL.replace(TITLE, "With photos") + entries)
    seconds = seconds_to(qtbot, kiosks, lambda kiosk: on_screen(kiosk) == "With photos", saved)
    report(record_testsuite_property, "save_to_screen_with_new_photos", seconds)
    assert shown, "the new content was put on screen"
    assert not any(shown), "a content naming a photo not yet there was never shown"
    for kiosk in kiosks:
        assert len(kiosk.content.exhibition.panels[0].photos) == 7
        assert kiosk.status.property("problem") == ""
