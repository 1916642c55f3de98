"""A table of bad content files, each with the exact located messages `kiosk check` must give."""

from __future__ import annotations

from tests.conftest import MINIMAL

M = MINIMAL


def sub(old: str, new: str) -> str:
    """The minimal valid file with one change."""
    assert old in M, old
    return M.replace(old, new, 1)


CASES: dict[str, str | bytes] = {
    "tab": sub("  place: Monaco\n", "\tplace: Monaco\n"),
    "unknown-key": sub("  place:", "  plaec:"),
    "unknown-key-far": M + "colour: red\n",
    "wrong-type-interval": M + "settings:\n  slide_seconds: fast\n",
    "negative-interval": M + "settings:\n  slide_seconds: -5\n",
    "absurd-interval": M + "settings:\n  slide_seconds: 100000\n",
    "unknown-transition": M + "settings:\n  transition: wipe\n",
    "misspelled-transition": M + "settings:\n  transition: kenburn\n",
    "idle-bool": M + "settings:\n  idle_seconds: yes\n",
    "attract-off": M + "settings:\n  attract: off\n",
    "duplicate-key": sub("  place: Monaco\n", "  place: Monaco\n  place: Paris\n"),
    "bare-no": sub("caption: A caption", "caption: no"),
    "bare-on-place": sub("place: Monaco", "place: on"),
    "duplicate-panel-id": M + "  - id: one\n    title: Again\n    summary: Twice.\n",
    "bad-panel-id": sub("id: one", "id: Panel One"),
    "empty-title": sub("title: The first panel", 'title: ""'),
    "missing-credit": sub("        credit: A credit\n", ""),
    "missing-image": sub("image: photo.jpg", "image: phot.jpg"),
    "image-dir": sub("image: photo.jpg", "image: sub"),
    "image-fifo": sub("image: photo.jpg", "image: pipe.jpg"),
    "image-empty": sub("image: photo.jpg", "image: empty.jpg"),
    "image-outside": sub("image: photo.jpg", "image: ../photo.jpg"),
    "image-absolute": sub("image: photo.jpg", "image: /etc/passwd"),
    "python-tag": sub("caption: A caption", "caption: !!python/object/apply:os.system ['ls']"),
    "custom-tag": sub("caption: A caption", "caption: !shout A caption"),
    "alias-bomb": M
    + 'x: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(f"{c}: &{c} [" + ",".join(["*" + p] * 9) + "]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)),
    "recursive-alias": M + "x: &a [*a]\n",
    "empty-file": "",
    "comments-only": "# nothing yet\n",
    "not-utf8": M.replace("Monaco", "Monaco caf\xe9").encode("latin-1"),
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "top-list": "- one\n- two\n",
    "plain-text": "Turn Back Crime is an exhibition.\n",
    "unclosed-quote": sub("place: Monaco", 'place: "Monaco'),
    "colon-in-text": sub("summary: A short summary.", "summary: Theme: Turn Back Crime"),
    "two-documents": M + "---\nmore: 1\n",
    "accent-unquoted": sub("    summary: A short summary.\n", "    summary: A short summary.\n    accent: #E0B84B\n"),
    "accent-bad": sub("    summary: A short summary.\n", "    summary: A short summary.\n    accent: gold\n"),
    "translation-no-default": sub("title: The first panel", "title: {fr: Le premier panneau}"),
    "language-not-offered": M + "settings:\n  language: fr\n  languages: [en]\n",
    "panels-empty": sub(M[M.index("  - id: one") :], "").replace("panels:\n", "panels: []\n"),
    "timeline-year": M + "timeline:\n  - year: 19145\n    title: Congress\n",
    "timeline-year-text": M + "timeline:\n  - year: nineteen\n    title: Congress\n",
    "panels-mapping": sub(M[M.index("  - id: one") :], "").replace("panels:\n", "panels:\n  id: one\n"),
    "control-char": sub("place: Monaco", "place: Mona\x07co"),
    "date-bad": sub("place: Monaco", "place: Monaco\n  date: 5 November 2014"),
    "photos-not-list": sub("    photos:\n", "    photos: photo.jpg\n    unused:\n"),
}
