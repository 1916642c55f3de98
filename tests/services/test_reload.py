"""Live reload: valid edits replace the content in place, invalid ones leave the screen alone."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.content import load
from tests.conftest import MINIMAL, make_jpeg

MakeKiosk = Callable[..., Kiosk]
# Generous: a wait, not a speed target (the reload figure is measured in benchmarks/).
WAIT_MS = 5000
TWO_PANELS = MINIMAL + "  - id: two\n    title: The second panel\n    summary: Another.\n"


def save_atomically(path: Path, text: str) -> None:
    """As most editors save: write a new file, then rename it over the old one."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text)
    os.replace(temporary, path)


def save_in_place(path: Path, text: str) -> None:
    with path.open("w") as file:
        file.write(text)


def delete_and_recreate(path: Path, text: str) -> None:
    path.unlink()
    path.write_text(text)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    make_jpeg(tmp_path / "photo.jpg")
    path = tmp_path / "content.yaml"
    path.write_text(TWO_PANELS)
    return path


def start(make_kiosk: MakeKiosk, path: Path, **options: object) -> Kiosk:
    exhibition = load(path).exhibition
    assert exhibition is not None
    return make_kiosk(exhibition, content_path=path, **options)


def title(kiosk: Kiosk) -> str:
    return str(kiosk.content.property("title"))


@pytest.mark.parametrize("save", [save_atomically, save_in_place, delete_and_recreate])
def test_a_valid_edit_shows_without_a_restart(
    qtbot: QtBot, make_kiosk: MakeKiosk, content: Path, save: Callable[[Path, str], None]
) -> None:
    kiosk = start(make_kiosk, content)
    for n in range(2):  # twice: the watch must survive the first save
        save(content, TWO_PANELS.replace("Turn Back Crime", f"Edition {n}"))
        expected = f"Edition {n}"
        qtbot.waitUntil(lambda: title(kiosk) == expected, timeout=WAIT_MS)  # noqa: B023 - used at once
        assert kiosk.find("homeTitle").property("text") == expected


def test_fifty_saves_within_a_second_end_with_the_last(qtbot: QtBot, make_kiosk: MakeKiosk, content: Path) -> None:
    kiosk = start(make_kiosk, content)
    reloads: list[object] = []
    assert kiosk.watcher is not None
    kiosk.watcher.reloaded.connect(reloads.append)
    for n in range(50):
        save_atomically(content, TWO_PANELS.replace("Turn Back Crime", f"Save {n}"))
    qtbot.waitUntil(lambda: title(kiosk) == "Save 49", timeout=WAIT_MS)
    assert 1 <= len(reloads) < 50, "the debounce folds a burst of saves into few reloads"


def test_an_invalid_edit_leaves_the_screen_as_it_was_and_tells_staff(
    qtbot: QtBot, make_kiosk: MakeKiosk, content: Path
) -> None:
    kiosk = start(make_kiosk, content)
    before = steady_screenshot(qtbot, kiosk)
    save_atomically(content, TWO_PANELS.replace("title: The first panel", "titel: The first panel"))
    qtbot.waitUntil(lambda: kiosk.status.property("problem") != "", timeout=WAIT_MS)
    badge = kiosk.find("staffBadge")
    assert "panels[0]: missing 'title'" in badge.childItems()[0].property("text")
    after = steady_screenshot(qtbot, kiosk)
    box = badge.mapRectToScene(QRectF(0, 0, badge.width(), badge.height())).toAlignedRect()
    assert masked(before, box) == masked(after, box), "only the badge's corner may change"
    assert title(kiosk) == "Turn Back Crime"

    save_atomically(content, TWO_PANELS)
    qtbot.waitUntil(lambda: kiosk.status.property("problem") == "", timeout=WAIT_MS)
    assert not badge.isVisible()


def steady_screenshot(qtbot: QtBot, kiosk: Kiosk) -> QImage:
    """A screenshot once two in a row agree: no fade or first paint is still under way."""
    shots = [kiosk.window.grabWindow()]

    def steady() -> bool:
        shots.append(kiosk.window.grabWindow())
        return shots[-1] == shots[-2]

    qtbot.waitUntil(steady, timeout=WAIT_MS)
    return shots[-1]


def masked(image: QImage, box: QRect) -> QImage:
    """The screenshot with the badge's area painted out."""
    painter = QPainter(image)
    painter.fillRect(box, QColor("black"))
    painter.end()
    return image


def test_the_visitor_stays_on_the_same_panel_when_it_moves_and_goes_home_when_it_goes(
    qtbot: QtBot, make_kiosk: MakeKiosk, content: Path
) -> None:
    kiosk = start(make_kiosk, content)
    kiosk.navigator.showPanel(1)
    assert kiosk.find("panelTitle").property("text") == "The second panel"
    head, first = MINIMAL.split("panels:\n")
    second = TWO_PANELS[len(MINIMAL) :]
    save_atomically(content, f"{head}panels:\n{second}{first}")  # the same two panels, swapped
    qtbot.waitUntil(lambda: kiosk.navigator.property("panel") == 0, timeout=WAIT_MS)
    assert kiosk.navigator.property("screen") == "panel"
    qtbot.waitUntil(lambda: kiosk.find("panelTitle").property("text") == "The second panel")
    save_atomically(content, MINIMAL)  # panel "two" is gone
    qtbot.waitUntil(lambda: kiosk.navigator.property("screen") == "home", timeout=WAIT_MS)


def test_a_photo_replaced_on_disk_is_shown_anew(qtbot: QtBot, make_kiosk: MakeKiosk, content: Path) -> None:
    kiosk = start(make_kiosk, content)
    old = kiosk.content.property("slides")[0].property("source")
    make_jpeg(content.parent / "new.jpg", colour="#CE1126")
    os.utime(content.parent / "new.jpg", ns=(10**18, 10**18))  # a modification time unlike the old one
    os.replace(content.parent / "new.jpg", content.parent / "photo.jpg")
    qtbot.waitUntil(lambda: kiosk.content.property("slides")[0].property("source") != old, timeout=WAIT_MS)


def test_switching_a_symlinked_content_folder_is_picked_up(qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    for version in ("v1", "v2"):
        (tmp_path / version).mkdir()
        make_jpeg(tmp_path / version / "photo.jpg")
        (tmp_path / version / "content.yaml").write_text(MINIMAL.replace("Turn Back Crime", f"Folder {version}"))
    (tmp_path / "current").symlink_to("v1")
    kiosk = start(make_kiosk, tmp_path / "current" / "content.yaml")
    assert title(kiosk) == "Folder v1"
    (tmp_path / "next").symlink_to("v2")
    os.replace(tmp_path / "next", tmp_path / "current")  # the atomic switch deploy tools make
    qtbot.waitUntil(lambda: title(kiosk) == "Folder v2", timeout=WAIT_MS)
