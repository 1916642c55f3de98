"""An exhibition's run of days, its cover photos and the interface words it renames (issue 18)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.content import Exhibition, load
from tests.conftest import MINIMAL

Write = Callable[[str | bytes], Path]
TWO_LANGUAGES = MINIMAL + "settings:\n  languages: [en, fr]\n"  # labels: at line 16


def exhibition_lines(lines: str) -> str:
    """The minimal content with these lines added to `exhibition:` (line 5 on)."""
    return MINIMAL.replace("  place: Monaco\n", "  place: Monaco\n" + lines)


def loaded(write_content: Write, text: str) -> Exhibition:
    result = load(write_content(text))
    assert result.problems == ()
    assert result.exhibition is not None
    return result.exhibition


def found(write_content: Write, text: str, under: str = "") -> list[str]:
    """Each problem (of keys starting `under`) as `kiosk check` starts its line: line, severity, key, message."""
    result = load(write_content(text))
    return [f"{p.line}: {p.severity.value}: {p.path}: {p.message}" for p in result.problems if p.path.startswith(under)]


def test_a_run_of_days_is_read_from_opens_to_closes(write_content: Write) -> None:
    e = loaded(write_content, exhibition_lines("  opens: 2026-06-12\n  closes: 2026-09-30\n"))
    assert (e.opens, e.closes) == (dt.date(2026, 6, 12), dt.date(2026, 9, 30))


def test_a_one_day_event_opens_and_closes_on_its_date(write_content: Write) -> None:
    e = loaded(write_content, exhibition_lines("  date: 2014-11-05\n"))
    assert e.opens == e.closes == dt.date(2014, 11, 5)


@pytest.mark.parametrize(
    ("lines", "problem"),
    [
        (
            "  date: 2026-06-12\n  opens: 2026-06-12\n  closes: 2026-09-30\n",
            "6: error: exhibition.opens: is given with date: date is a one-day event, opens and closes "
            "an exhibition's run",
        ),
        ("  opens: 2026-06-12\n", "5: error: exhibition.opens: is given without closes"),
        ("  closes: 2026-09-30\n", "5: error: exhibition.closes: is given without opens"),
        (
            "  opens: 2026-09-30\n  closes: 2026-06-12\n",
            "6: error: exhibition.closes: 2026-06-12 is before opens 2026-09-30",
        ),
        ("  opens: 12 June 2026\n  closes: 2026-09-30\n", "5: error: exhibition.opens: '12 June 2026' is not a date"),
    ],
    ids=["date-and-run", "opens-alone", "closes-alone", "backwards", "not-a-date"],
)
def test_a_run_of_days_that_cannot_be_shown_is_an_error_at_its_line(
    write_content: Write, lines: str, problem: str
) -> None:
    assert found(write_content, exhibition_lines(lines)) == [problem]


def test_labels_rename_the_interface_words_per_language(write_content: Write) -> None:
    text = TWO_LANGUAGES + "labels:\n  panels: {en: Rooms, fr: Salles}\n  panel: {fr: Salle}\n"
    result = load(write_content(text))
    e = result.exhibition
    assert e is not None
    assert [p.path for p in result.problems if p.path.startswith("labels")] == []
    # A label may leave a language out, the default one too: the interface's word stays there.
    assert {key: dict(words.translations) for key, words in e.labels} == {
        "panels": {"en": "Rooms", "fr": "Salles"},
        "panel": {"fr": "Salle"},
    }


def test_labels_are_checked_like_every_other_text(write_content: Write) -> None:
    text = TWO_LANGUAGES + (
        "labels:\n"
        "  panel: {fr: Salle, de: Raum}\n"
        "  timeline: {fr: Chronologie des grandes étapes}\n"
        "  chapters: {en: Chapters}\n"
        "  speeches: {fe: Discours}\n"
    )
    assert found(write_content, text, "labels") == [
        "17: warning: labels.panel.de: language 'de' is not offered in settings.languages",
        "18: warning: labels.timeline: 30 characters; 16 fit whole on 2 lines of a home tile and a screen's title",
        "19: error: labels.chapters: unknown key",
        "20: error: labels.speeches.fe: 'fe' is not a language code",
    ]
    assert "did you mean 'fr'?" in str(load(write_content(text)).problems[-1])


def test_a_cover_photo_the_exhibition_shows_elsewhere_keeps_its_caption(write_content: Write) -> None:
    e = loaded(write_content, exhibition_lines("  cover: photo.jpg\n"))
    assert e.cover == (e.panels[0].photos[0],)
    assert e.cover[0].caption.get("en", "en") == "A caption"


def test_a_cover_may_be_photos_shown_in_turn(write_content: Write, content_dir: Path) -> None:
    (content_dir / "hall.jpg").write_bytes(b"x")
    e = loaded(write_content, exhibition_lines("  cover: [hall.jpg, photo.jpg]\n"))
    assert [photo.image.name for photo in e.cover] == ["hall.jpg", "photo.jpg"]
    assert e.cover[0].caption.get("en", "en") == "", "a photo shown only on the cover has no caption"


def test_a_cover_photo_not_there_is_named_at_its_line(write_content: Write) -> None:
    problems = found(write_content, exhibition_lines("  cover:\n    - photo.jpg\n    - hal.jpg\n"))
    assert len(problems) == 1
    assert problems[0].startswith("7: error: exhibition.cover[1]: ")
    assert "hal.jpg" in problems[0]


def test_labels_written_as_one_word_say_how_to_write_them(write_content: Write) -> None:
    problems = load(write_content(MINIMAL + "labels: Rooms\n")).problems
    assert [str(p) for p in problems] == [
        f"{problems[0].file}:14:9: error: labels: 'Rooms' is not interface words; write each word under labels: "
        "by what it renames, e.g. panels: {en: Rooms, fr: Salles}"
    ]
