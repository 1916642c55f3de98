"""The last good content's copy: kept per content file, found only for that file, never a reason to fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content import load
from kiosk.services.lastgood import LastGood
from tests.conftest import MINIMAL, make_jpeg


def test_a_kept_copy_reads_as_the_file_it_copies_with_its_photos(tmp_path: Path) -> None:
    (tmp_path / "show").mkdir()
    make_jpeg(tmp_path / "show" / "photo.jpg")
    content = tmp_path / "show" / "content.yaml"
    keep = LastGood(tmp_path / "data" / "last-good")
    keep.save(content, MINIMAL.encode())
    kept = keep.find(content)
    assert kept is not None
    assert kept.path.read_bytes() == MINIMAL.encode()
    result = load(kept.path, name=str(content), folder=kept.content.parent)
    assert result.exhibition is not None
    assert result.exhibition.slideshow[0].image == tmp_path / "show" / "photo.jpg"
    assert result.files.missing == frozenset()


def test_no_copy_is_found_for_another_file_or_from_a_damaged_note(tmp_path: Path) -> None:
    keep = LastGood(tmp_path / "last-good")
    assert keep.find(tmp_path / "content.yaml") is None  # nothing kept yet
    keep.save(tmp_path / "a" / "content.yaml", MINIMAL.encode())
    assert keep.find(tmp_path / "b" / "content.yaml") is None
    for note in (tmp_path / "last-good").glob("*.json"):
        note.write_text('{"content": 5')
    assert keep.find(tmp_path / "a" / "content.yaml") is None


def test_a_copy_that_cannot_be_written_is_said_once_and_never_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "data").write_text("a file where the data folder should be")
    keep = LastGood(tmp_path / "data" / "last-good")
    keep.save(tmp_path / "content.yaml", MINIMAL.encode())
    keep.save(tmp_path / "content.yaml", MINIMAL.encode())
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    assert "cannot keep the last good content" in caplog.records[0].getMessage()
