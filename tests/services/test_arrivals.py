"""Content that arrives in pieces, as a sync tool delivers it: never a broken screen, and no edit needed to finish.

Files arrive here as Syncthing delivers them (docs/fleet.md): written to `.syncthing.NAME.tmp`
beside the file, then renamed over it, in any order. tests/e2e/test_syncthing.py does the same
with Syncthing itself.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.content import LoadResult, load
from tests.conftest import MINIMAL, make_jpeg

MakeKiosk = Callable[..., Kiosk]
WAIT_MS = 5000  # generous: a wait, not a speed target
PHOTO_ENTRY = "      - image: {}\n        caption: A caption\n        credit: A credit\n"


def with_photos(title: str, *images: str) -> str:
    """The minimal content under this title, its panel showing these photos."""
    text = MINIMAL.replace("Turn Back Crime", title)
    return text[: text.index("      - image:")] + "".join(PHOTO_ENTRY.format(image) for image in images)


def arrive(path: Path, data: bytes | str) -> None:
    """As Syncthing delivers a file: written beside it as .syncthing.NAME.tmp, then renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".syncthing.{path.name}.tmp")
    if isinstance(data, str):
        temporary.write_text(data)
    else:
        temporary.write_bytes(data)
    os.replace(temporary, path)


class Shown:
    """The kiosk on a content folder, and every load it tried, with whether it went on screen."""

    def __init__(self, make_kiosk: MakeKiosk, content: Path) -> None:
        exhibition = load(content).exhibition
        assert exhibition is not None
        self.kiosk = make_kiosk(exhibition, content_path=content)
        self.tries: list[tuple[LoadResult, bool]] = []
        self.kiosk.reload.tried.connect(lambda result, shown: self.tries.append((result, shown)))

    @property
    def title(self) -> str:
        return str(self.kiosk.find("homeTitle").property("text"))

    @property
    def badge(self) -> str:
        return str(self.kiosk.status.property("problem"))

    def nothing_broken_was_shown(self) -> bool:
        return all(not result.files.missing for result, shown in self.tries if shown)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    make_jpeg(tmp_path / "photo.jpg")
    (tmp_path / "content.yaml").write_text(with_photos("Turn Back Crime", "photo.jpg"))
    return tmp_path


def test_content_before_its_photos_keeps_the_last_good_and_shows_the_new_once_they_are_all_there(
    qtbot: QtBot, make_kiosk: MakeKiosk, folder: Path, photo_bytes: bytes
) -> None:
    shown = Shown(make_kiosk, folder / "content.yaml")
    new = ("photos/2014/a.jpg", "photos/2014/b.jpg")  # in a folder that does not exist yet
    arrive(folder / "content.yaml", with_photos("Monaco 2014", "photo.jpg", *new))
    qtbot.waitUntil(lambda: shown.badge != "", timeout=WAIT_MS)
    assert shown.badge == "Held back until 2 files arrive: photos/2014/a.jpg, photos/2014/b.jpg"
    assert shown.kiosk.find("staffBadge").isVisible()
    assert shown.title == "Turn Back Crime"

    arrive(folder / new[0], photo_bytes)
    qtbot.waitUntil(lambda: shown.badge.endswith("until a file arrives: photos/2014/b.jpg"), timeout=WAIT_MS)
    assert shown.title == "Turn Back Crime"

    arrive(folder / new[1], photo_bytes)  # no edit of content.yaml: the photo itself brings the new content
    qtbot.waitUntil(lambda: shown.title == "Monaco 2014", timeout=WAIT_MS)
    assert shown.badge == ""
    assert len(shown.kiosk.content.exhibition.panels[0].photos) == 3
    assert shown.nothing_broken_was_shown()


def test_sync_temporary_files_and_conflict_copies_start_no_reload(
    qtbot: QtBot, make_kiosk: MakeKiosk, folder: Path, photo_bytes: bytes
) -> None:
    shown = Shown(make_kiosk, folder / "content.yaml")
    assert shown.kiosk.watcher is not None
    debounce = shown.kiosk.watcher.findChild(QTimer, "reloadDebounce")
    poll = shown.kiosk.watcher.findChild(QTimer, "reloadPoll")
    assert debounce is not None
    assert poll is not None
    with qtbot.waitSignal(debounce.timeout, timeout=WAIT_MS):  # the quiet spell the events started has ended
        (folder / ".stfolder").mkdir()
        (folder / ".syncthing.content.yaml.tmp").write_text("exhibition: [half a fi")  # a copy under way
        (folder / "content.sync-conflict-20261203-101500-ABCDEF1.yaml").write_text("title: [broken")
        (folder / "photo.sync-conflict-20261203-101500-ABCDEF1.jpg").write_bytes(photo_bytes)
        (folder / ".syncthing.photo.jpg.tmp").write_bytes(photo_bytes[:100])
    with qtbot.waitSignal(poll.timeout, timeout=WAIT_MS):  # and the poll has looked too
        pass
    assert shown.tries == []
    assert (shown.title, shown.badge) == ("Turn Back Crime", "")
    assert [p.image.name for p in shown.kiosk.content.exhibition.slideshow] == ["photo.jpg"]

    arrive(folder / "content.yaml", with_photos("Delivered", "photo.jpg"))  # and a real arrival still reloads
    qtbot.waitUntil(lambda: shown.title == "Delivered", timeout=WAIT_MS)
    assert len(shown.tries) == 1


def test_a_deleted_photo_holds_the_content_until_the_edit_that_drops_it(
    qtbot: QtBot, make_kiosk: MakeKiosk, folder: Path
) -> None:
    make_jpeg(folder / "second.jpg", colour="#CE1126")
    (folder / "content.yaml").write_text(with_photos("Turn Back Crime", "photo.jpg", "second.jpg"))
    shown = Shown(make_kiosk, folder / "content.yaml")
    (folder / "second.jpg").unlink()  # the curator's deletion arrives before the edit of content.yaml
    qtbot.waitUntil(lambda: shown.badge != "", timeout=WAIT_MS)
    assert shown.badge == "Held back until a file arrives: second.jpg"
    arrive(folder / "content.yaml", with_photos("Without it", "photo.jpg"))
    qtbot.waitUntil(lambda: shown.title == "Without it", timeout=WAIT_MS)
    assert shown.badge == ""
    assert shown.nothing_broken_was_shown()


def test_a_replaced_photo_reloads_and_is_shown_anew(
    qtbot: QtBot, make_kiosk: MakeKiosk, folder: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    shown = Shown(make_kiosk, folder / "content.yaml")
    old = shown.kiosk.content.property("slides")[0].property("source")
    red = make_jpeg(tmp_path_factory.mktemp("new") / "photo.jpg", colour="#CE1126").read_bytes()
    arrive(folder / "photo.jpg", red)
    qtbot.waitUntil(lambda: shown.kiosk.content.property("slides")[0].property("source") != old, timeout=WAIT_MS)
    assert shown.badge == ""


@pytest.mark.parametrize("content_first", [False, True], ids=["photos-first", "content-first"])
def test_a_renamed_photo_folder_arrives_in_either_order_without_a_broken_screen(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path, photo_bytes: bytes, content_first: bool
) -> None:
    arrive(tmp_path / "photos" / "a.jpg", photo_bytes)
    arrive(tmp_path / "photos" / "b.jpg", photo_bytes)
    (tmp_path / "content.yaml").write_text(with_photos("Before", "photos/a.jpg", "photos/b.jpg"))
    shown = Shown(make_kiosk, tmp_path / "content.yaml")
    renamed = with_photos("After", "images/a.jpg", "images/b.jpg")
    if content_first:  # and the old folder gone before the new one is complete
        arrive(tmp_path / "content.yaml", renamed)
        shutil.rmtree(tmp_path / "photos")
        qtbot.waitUntil(lambda: "images/a.jpg, images/b.jpg" in shown.badge, timeout=WAIT_MS)
        arrive(tmp_path / "images" / "a.jpg", photo_bytes)
        arrive(tmp_path / "images" / "b.jpg", photo_bytes)
    else:  # Syncthing's own order: new files, then the edited file, deletions last
        arrive(tmp_path / "images" / "a.jpg", photo_bytes)
        arrive(tmp_path / "images" / "b.jpg", photo_bytes)
        arrive(tmp_path / "content.yaml", renamed)
        shutil.rmtree(tmp_path / "photos")
    qtbot.waitUntil(lambda: shown.title == "After" and shown.badge == "", timeout=WAIT_MS)
    assert shown.nothing_broken_was_shown()


def test_a_content_folder_renamed_away_keeps_the_screen_and_is_taken_up_again_when_back(
    qtbot: QtBot, make_kiosk: MakeKiosk, folder: Path
) -> None:
    shown = Shown(make_kiosk, folder / "content.yaml")
    away = folder.with_name(folder.name + "-renamed")
    folder.rename(away)
    qtbot.waitUntil(lambda: shown.badge != "", timeout=WAIT_MS)
    assert "the file does not exist" in shown.badge
    assert shown.title == "Turn Back Crime"
    (away / "content.yaml").write_text(with_photos("Back again", "photo.jpg"))
    away.rename(folder)
    qtbot.waitUntil(lambda: shown.title == "Back again" and shown.badge == "", timeout=WAIT_MS)


def test_a_photo_missing_since_the_start_does_not_hold_back_an_edit(
    qtbot: QtBot, make_kiosk: MakeKiosk, folder: Path
) -> None:
    (folder / "content.yaml").write_text(with_photos("Turn Back Crime", "photo.jpg", "never.jpg"))
    shown = Shown(make_kiosk, folder / "content.yaml")  # shown with a placeholder for never.jpg
    arrive(folder / "content.yaml", with_photos("Edited", "photo.jpg", "never.jpg"))
    qtbot.waitUntil(lambda: shown.title == "Edited", timeout=WAIT_MS)
    assert shown.badge == ""
