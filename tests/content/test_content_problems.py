"""The content validator against a table of bad files: each with its exact located messages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.content import load
from tests.content_cases import CASES

EXPECTED: dict[str, list[str]] = {
    "tab": [
        "content.yaml:4:1: error: YAML syntax: found a tab character that violates indentation; YAML indents with spaces: replace the tab with spaces",
    ],
    "unknown-key": [
        "content.yaml:2:3: error: exhibition: missing 'place'; add a line 'place: ...'",
        "content.yaml:4:3: error: exhibition.plaec: unknown key; did you mean 'place'?",
    ],
    "unknown-key-far": [
        "content.yaml:14:1: error: colour: unknown key; allowed here: exhibition, labels, panels, settings, slideshow, timeline",
    ],
    "wrong-type-interval": [
        "content.yaml:15:18: error: settings.slide_seconds: 'fast' is not a number; write digits only, e.g. 8 or 7.5",
    ],
    "negative-interval": [
        "content.yaml:15:18: error: settings.slide_seconds: -5 is out of range; write a number from 1 to 600",
    ],
    "absurd-interval": [
        "content.yaml:15:18: error: settings.slide_seconds: 100000 is out of range; write a number from 1 to 600",
    ],
    "unknown-transition": [
        "content.yaml:15:15: error: settings.transition: 'wipe' is not allowed; allowed here: fade, kenburns, none",
    ],
    "misspelled-transition": [
        "content.yaml:15:15: error: settings.transition: 'kenburn' is not allowed; did you mean 'kenburns'?",
    ],
    "idle-bool": [
        "content.yaml:15:17: error: settings.idle_seconds: 'yes' is read as true, not as a whole number; put it in quotes: \"yes\"",
    ],
    "attract-off": [
        "content.yaml:15:12: error: settings.attract: 'off' is read as true/false; write one of: home, slideshow",
    ],
    "duplicate-key": [
        "content.yaml:5:3: error: exhibition.place: duplicate key (first given at line 4); keep only one of them",
    ],
    "bare-no": [
        "content.yaml:12:18: error: panels[0].photos[0].caption: 'no' is read as false, not as text; put it in quotes: \"no\"",
    ],
    "bare-on-place": [
        "content.yaml:4:10: error: exhibition.place: 'on' is read as true, not as text; put it in quotes: \"on\"",
    ],
    "duplicate-panel-id": [
        "content.yaml:14:9: error: panels[1].id: duplicate panel id 'one' (first at line 7); give each panel an id of its own",
    ],
    "bad-panel-id": [
        "content.yaml:7:9: error: panels[0].id: 'Panel One' is not an id; use lower-case letters, digits and hyphens, e.g. panel-3",
    ],
    "empty-title": [
        "content.yaml:8:12: error: panels[0].title: is empty; write the title here",
    ],
    "missing-credit": [
        "content.yaml:11:9: error: panels[0].photos[0]: missing 'credit'; add a line 'credit: ...'",
    ],
    "missing-image": [
        "content.yaml:11:16: error: panels[0].photos[0].image: no such file: phot.jpg; did you mean 'photo.jpg'?",
    ],
    "image-dir": [
        "content.yaml:11:16: error: panels[0].photos[0].image: sub is a folder, not a photo; name a JPEG or PNG photo file",
    ],
    "image-fifo": [
        "content.yaml:11:16: error: panels[0].photos[0].image: pipe.jpg is not a regular file; name a JPEG or PNG photo file",
    ],
    "image-empty": [
        "content.yaml:11:16: error: panels[0].photos[0].image: empty.jpg is empty (0 bytes); name a JPEG or PNG photo file",
    ],
    "image-outside": [
        "content.yaml:11:16: error: panels[0].photos[0].image: '../photo.jpg' points outside the content folder; copy the photo into the content folder and name it from there",
    ],
    "image-absolute": [
        "content.yaml:11:16: error: panels[0].photos[0].image: '/etc/passwd' is an absolute path; write the path relative to the content file's folder, e.g. photos/01.jpg",
    ],
    "python-tag": [
        "content.yaml:12:18: error: the tag '!!python/object/apply:os.system' is not allowed; remove it: the kiosk reads plain YAML only",
    ],
    "custom-tag": [
        "content.yaml:12:18: error: the tag '!shout' is not allowed; remove it: the kiosk reads plain YAML only",
    ],
    "alias-bomb": [
        "content.yaml:19:4: error: aliases here expand to more than 100,000 values; this looks like an alias bomb; write the content out instead of nesting aliases",
    ],
    "recursive-alias": [
        "content.yaml:14:4: error: an alias refers to the list or mapping that contains it; an anchor (&name) cannot be used inside itself",
    ],
    "empty-file": [
        "content.yaml:1:1: error: the file is empty; describe the exhibition: see docs/content-format.md for an example",
    ],
    "comments-only": [
        "content.yaml:1:1: error: the file is empty; describe the exhibition: see docs/content-format.md for an example",
    ],
    "not-utf8": [
        "content.yaml:4:20: error: the file is not UTF-8 text (byte 0xe9); save the file as UTF-8 in your editor; if it is not a content file, name the right one",
    ],
    "binary": [
        "content.yaml:1:1: error: the file is not UTF-8 text (byte 0x89); save the file as UTF-8 in your editor; if it is not a content file, name the right one",
    ],
    "top-list": [
        "content.yaml:1:1: error: the file must be a mapping of keys such as 'exhibition:' and 'panels:'; start with 'exhibition:' as in docs/content-format.md",
    ],
    "plain-text": [
        "content.yaml:1:1: error: the file must be a mapping of keys such as 'exhibition:' and 'panels:'; start with 'exhibition:' as in docs/content-format.md",
    ],
    "unclosed-quote": [
        "content.yaml:14:1: error: YAML syntax: found unexpected end of stream (while scanning a quoted scalar at line 4); a quote or bracket is not closed",
    ],
    "colon-in-text": [
        "content.yaml:9:19: error: YAML syntax: mapping values are not allowed in this context; a text that contains ': ' must be put in quotes",
    ],
    "two-documents": [
        "content.yaml:14:1: error: YAML syntax: a second document starts here; a content file holds one document: remove the extra '---' line",
    ],
    "accent-unquoted": [
        "content.yaml:10:12: error: panels[0].accent: is empty (an unquoted '#' starts a comment); put the colour in quotes, e.g. accent: \"#E0B84B\"",
    ],
    "accent-bad": [
        'content.yaml:10:13: error: panels[0].accent: \'gold\' is not a colour; write a colour in quotes as "#RRGGBB", e.g. "#E0B84B"',
    ],
    "translation-no-default": [
        "content.yaml:8:12: error: panels[0].title: has no 'en' text; add 'en: ...': the default language is shown when a translation is missing",
        "content.yaml:8:13: warning: panels[0].title.fr: language 'fr' is not offered in settings.languages; add it to settings.languages, or remove this translation",
    ],
    "language-not-offered": [
        "content.yaml:15:13: error: settings.language: 'fr' is not in settings.languages; add it to settings.languages",
    ],
    "panels-empty": [
        "content.yaml:6:9: error: panels: there are no panels; add at least one panel",
    ],
    "timeline-year": [
        "content.yaml:15:11: error: timeline[0].year: 19145 is out of range; write a whole number from 1000 to 2999",
    ],
    "timeline-year-text": [
        "content.yaml:15:11: error: timeline[0].year: 'nineteen' is not a year; write a year (1914), c. 1881, 1990s or 1914–1918",
    ],
    "panels-mapping": [
        "content.yaml:7:3: error: panels: must be a list, not a mapping; start each item on a line of its own with '- '",
    ],
    "control-char": [
        "content.yaml:4:14: error: YAML syntax: control characters are not allowed (character #x0007); remove the invisible control character",
    ],
    "date-bad": [
        "content.yaml:5:9: error: exhibition.date: '5 November 2014' is not a date; write the date as YYYY-MM-DD, e.g. 2014-11-05",
    ],
    "photos-not-list": [
        "content.yaml:10:13: error: panels[0].photos: 'photo.jpg' is not a list; start each item on a line of its own with '- '",
        "content.yaml:11:5: error: panels[0].unused: unknown key; allowed here: accent, body, id, link, photos, speeches, summary, title",
    ],
}


@pytest.fixture
def odd_files(content_dir: Path) -> Path:
    """The non-photo files the table names: a folder, a FIFO and an empty file."""
    (content_dir / "sub").mkdir()
    os.mkfifo(content_dir / "pipe.jpg")
    (content_dir / "empty.jpg").write_bytes(b"")
    return content_dir


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 25
    assert CASES.keys() == EXPECTED.keys()


@pytest.mark.parametrize("case", list(CASES))
def test_bad_content_is_located_and_explained(case: str, odd_files: Path) -> None:
    path = odd_files / "content.yaml"
    text = CASES[case]
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    result = load(path, "content.yaml")
    assert [str(p) for p in result.problems] == EXPECTED[case]
