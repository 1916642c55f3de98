"""Speeches: read from the content file, listed on their panel, opened in a reading view."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.cli import main
from kiosk.content import Exhibition, SpeechKind, load
from kiosk.content.speeches import markdown_blocks
from kiosk.services.media import MediaSupport
from tests.conftest import with_speeches
from tests.kiosk_fixtures import centre, swipe, tap

MakeKiosk = Callable[..., Kiosk]
NO_MEDIA = MediaSupport(False, False, "PDF documents and videos need PySide6-Addons.")
# Long enough to scroll at 1080p: forty sentences of generated text, in four paragraphs.
LONG = "\n\n".join(
    " ".join(f"Sentence {p}.{s} of the speech, written for the test." for s in range(10)) for p in range(4)
)


INLINE = """\
      - speaker: Ada Speaker
        role: Secretary General
        title: Remarks to delegates
        kind: excerpt
        text: We can make the tools known throughout the world.
"""
FROM_FILE = """\
      - speaker: Ben Orator
        title: The whole address
        kind: full
        text_file: speech.txt
"""


def problems(write_content: Callable[[str], Path], speeches: str) -> list[str]:
    return [str(p) for p in load(write_content(with_speeches(speeches)), "content.yaml").problems]


def test_speeches_are_read_with_their_text_inline_or_from_a_file(
    write_content: Callable[[str], Path], content_dir: Path
) -> None:
    (content_dir / "speech.txt").write_text("First paragraph,\nstill the first.\n\nSecond paragraph.\n")
    (content_dir / "notes.md").write_text("# Notes\n\nSome *Markdown*.\n")
    (content_dir / "talk.pdf").write_bytes(b"%PDF-1.4\n")
    extra = "      - {speaker: C, title: D, kind: summary, text_file: notes.md, pdf: talk.pdf}\n"
    result = load(write_content(with_speeches(INLINE + FROM_FILE + extra)))
    assert result.problems == ()
    assert result.exhibition is not None
    first, second, third = result.exhibition.panels[0].speeches
    assert (first.speaker.get("en", "en"), first.kind, first.text[0].get("en", "en")) == (
        "Ada Speaker",
        SpeechKind.EXCERPT,
        "We can make the tools known throughout the world.",
    )
    assert [t.get("en", "en") for t in second.text] == ["First paragraph, still the first.", "Second paragraph."]
    assert (second.kind, second.markdown, second.role) == (SpeechKind.FULL, False, None)
    assert third.markdown
    assert [t.get("en", "en") for t in third.text] == ["# Notes", "Some *Markdown*."]
    assert third.pdf == content_dir / "talk.pdf"
    assert [r.key_path for r in result.media] == ["panels[0].speeches[2].pdf"]


def test_markdown_is_cut_into_blocks_at_blank_lines_but_not_inside_code_or_a_list_item() -> None:
    written = (
        "## Opening\n\nOne paragraph\non two lines.\n\n\n- a point\n- another\n\n"
        "1. a step\n\n   more of that step\n\n```\ncode\n\nmore code\n```\n\nThe end."
    )
    assert markdown_blocks(written) == [
        "## Opening",
        "One paragraph\non two lines.",
        "- a point\n- another",
        "1. a step\n\n   more of that step",
        "```\ncode\n\nmore code\n```",
        "The end.",
    ]


BAD = {
    "no-kind": (
        "      - {speaker: A, title: B}\n",
        "content.yaml:11:9: error: panels[0].speeches[0]: missing 'kind'; add a line 'kind: ...'",
    ),
    "unknown-kind": (
        "      - {speaker: A, title: B, kind: exerpt}\n",
        "content.yaml:11:38: error: panels[0].speeches[0].kind: 'exerpt' is not allowed; did you mean 'excerpt'?",
    ),
    "both-texts": (
        "      - {speaker: A, title: B, kind: full, text: Hello, text_file: speech.txt}\n",
        "content.yaml:11:68: error: panels[0].speeches[0].text_file: the speech has text: too; "
        "keep one of text: and text_file:",
    ),
    "missing-file": (
        "      - {speaker: A, title: B, kind: full, text_file: speach.txt}\n",
        "content.yaml:11:55: error: panels[0].speeches[0].text_file: no such file: speach.txt; "
        "check the file name and folder",
    ),
    "wrong-text-file": (
        "      - {speaker: A, title: B, kind: full, text_file: speech.doc}\n",
        "content.yaml:11:55: error: panels[0].speeches[0].text_file: 'speech.doc' is not a plain text (.txt) "
        "or Markdown (.md) file; name a file ending in .txt or .md",
    ),
    "wrong-video": (
        "      - {speaker: A, title: B, kind: full, video: talk.pdf}\n",
        "content.yaml:11:51: error: panels[0].speeches[0].video: 'talk.pdf' is not a video file (.mp4, .webm, "
        ".mkv, .avi, .mov); name a file ending in .mp4 or .webm or .mkv or .avi or .mov",
    ),
    "pdf-outside": (
        "      - {speaker: A, title: B, kind: full, pdf: ../talk.pdf}\n",
        "content.yaml:11:49: error: panels[0].speeches[0].pdf: '../talk.pdf' points outside the content folder; "
        "copy the file into the content folder",
    ),
    "not-utf8": (
        "      - {speaker: A, title: B, kind: full, text_file: latin.txt}\n",
        "content.yaml:11:55: error: panels[0].speeches[0].text_file: latin.txt is not UTF-8 text; "
        "save it as UTF-8 text",
    ),
    "empty-text-file": (
        "      - {speaker: A, title: B, kind: full, text_file: blank.md}\n",
        "content.yaml:11:55: error: panels[0].speeches[0].text_file: blank.md has no text; "
        "write the speech's text into it",
    ),
    "unknown-key": (
        "      - {speaker: A, title: B, kind: full, vidoe: talk.mp4}\n",
        "content.yaml:11:44: error: panels[0].speeches[0].vidoe: unknown key; did you mean 'video'?",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_speeches_are_refused_at_their_line(
    case: str, write_content: Callable[[str], Path], content_dir: Path
) -> None:
    (content_dir / "speech.txt").write_text("Text.")
    (content_dir / "talk.pdf").write_bytes(b"%PDF-1.4\n")
    (content_dir / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    (content_dir / "blank.md").write_text("\n  \n")
    speeches, expected = BAD[case]
    assert problems(write_content, speeches) == [expected]


def test_check_warns_once_when_media_support_is_missing(
    write_content: Callable[[str], Path],
    content_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (content_dir / "talk.pdf").write_bytes(b"%PDF-1.4\n")
    (content_dir / "talk.mp4").write_bytes(b"\0\0\0\x18ftypmp42")
    path = write_content(with_speeches("      - {speaker: A, title: B, kind: full, pdf: talk.pdf, video: talk.mp4}\n"))
    # The real check looks for installed files; here the installation lacks the add-ons.
    monkeypatch.setattr("kiosk.services.media.media_support", lambda: NO_MEDIA)
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:11:49: warning: panels[0].speeches[0].pdf: media support is not installed; "
        "PDF documents and videos need PySide6-Addons.; meanwhile visitors see a note in its place"
    ]


# The screens ----------------------------------------------------------------------------------


@pytest.fixture
def exhibition(write_content: Callable[[str], Path], content_dir: Path) -> Exhibition:
    (content_dir / "speech.txt").write_text(LONG)
    (content_dir / "talk.pdf").write_bytes(b"%PDF-1.4\n")
    pdf = "      - {speaker: Cy Reader, title: The document, kind: full, pdf: talk.pdf}\n"
    loaded = load(write_content(with_speeches(INLINE + FROM_FILE + pdf))).exhibition
    assert loaded is not None
    return loaded


def go(qtbot: QtBot, kiosk: Kiosk, name: str) -> None:
    """Tap an item and wait for the screen it leads to."""
    with qtbot.waitSignal(kiosk.navigator.changed, timeout=5000):
        tap(kiosk, name)
    qtbot.waitUntil(kiosk.settled, timeout=10_000)


def text_of(kiosk: Kiosk, name: str) -> str:
    return str(kiosk.find(name).property("text"))


def test_the_panel_lists_its_speeches_and_a_tap_opens_one_to_read(
    qtbot: QtBot, make_kiosk: MakeKiosk, exhibition: Exhibition
) -> None:
    kiosk = make_kiosk(exhibition, start="panel", media=NO_MEDIA)
    kiosk.navigator.showPanel(0)
    qtbot.waitUntil(kiosk.settled)
    card = kiosk.find("speech_0")
    assert card.height() >= 72
    go(qtbot, kiosk, "speech_0")
    assert kiosk.navigator.property("screen") == "speech"
    assert text_of(kiosk, "speechSpeaker") == "Ada Speaker"
    assert text_of(kiosk, "speechRole") == "Secretary General"
    assert text_of(kiosk, "speechTitle") == "Remarks to delegates"
    assert text_of(kiosk, "speechKind") == "Excerpt"
    assert text_of(kiosk, "speechParagraph_0") == "We can make the tools known throughout the world."
    go(qtbot, kiosk, "backButton")
    assert kiosk.navigator.property("screen") == "panel"
    go(qtbot, kiosk, "speech_1")
    assert text_of(kiosk, "speechTitle") == "The whole address"
    assert text_of(kiosk, "speechParagraph_3").startswith("Sentence 3.0 of the speech")
    go(qtbot, kiosk, "homeButton")
    assert kiosk.navigator.property("screen") == "home"
    assert not kiosk.navigator.property("canGoBack")


def test_a_long_speech_scrolls_with_a_swipe_at_a_readable_line_length(
    qtbot: QtBot, make_kiosk: MakeKiosk, exhibition: Exhibition
) -> None:
    kiosk = make_kiosk(exhibition, media=NO_MEDIA)
    kiosk.navigator.showSpeech(0, 1)
    qtbot.waitUntil(kiosk.settled)
    reading = kiosk.find("speechReading")
    assert kiosk.find("moreSpeech").isVisible(), "a fade shows there is more to read"
    paragraph = kiosk.find("speechParagraph_0")
    characters = len(text_of(kiosk, "speechParagraph_0")) / paragraph.property("lineCount")
    assert 50 <= characters <= 75, f"{characters:.0f} characters a line"
    start = centre(reading)
    swipe(kiosk, start, start - QPoint(0, 400), steps=12, hz=60)
    qtbot.waitUntil(lambda: reading.property("contentY") > 200)
    assert kiosk.find("homeButton").isVisible()
    assert kiosk.find("backButton").isVisible()


def test_without_media_support_a_document_shows_a_note_and_the_log_says_what_is_missing(
    qtbot: QtBot, make_kiosk: MakeKiosk, exhibition: Exhibition, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        kiosk = make_kiosk(exhibition, media=NO_MEDIA)
    kiosk.navigator.showSpeech(0, 2)
    qtbot.waitUntil(kiosk.settled)
    note = text_of(kiosk, "pdfMissing")
    assert "document cannot be shown" in note
    assert "Addons" not in note  # visitors get a plain note; the fix is for staff, in the log
    assert NO_MEDIA.missing in caplog.text
    assert not any(item.objectName() == "pdfView" for item in kiosk.items())  # the player is never loaded


def test_the_idle_clock_waits_while_a_video_plays(qtbot: QtBot, make_kiosk: MakeKiosk, exhibition: Exhibition) -> None:
    kiosk = make_kiosk(exhibition, media=NO_MEDIA)
    kiosk.idle.touch()
    assert kiosk.idle.property("running")
    kiosk.content.setMediaPlaying(True)  # what the video player reports; the player is tested on its own
    assert not kiosk.idle.property("running")
    kiosk.idle.touch()  # a touch during the video does not restart the clock
    assert not kiosk.idle.property("running")
    kiosk.content.setMediaPlaying(False)
    assert kiosk.idle.property("running")
