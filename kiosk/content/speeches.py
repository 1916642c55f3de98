"""Reading a panel's `speeches`: who spoke, and the text, document, video or link the content has."""

from __future__ import annotations

import os
import re
from pathlib import Path

import yaml

from .links import read_link
from .model import Speech, SpeechKind, Text
from .problems import child, not_a_photo_file, shown
from .reader import NULL, WINDOWS_DRIVE, ImageRef, Reader

SPEECH_KEYS = ("speaker", "role", "title", "kind", "text", "text_file", "pdf", "video", "link")
TEXT_FILES = (".txt", ".md")
VIDEO_FILES = (".mp4", ".webm", ".mkv", ".avi", ".mov")
# A speech's text is read whole into memory and laid out as one column: a file larger than a
# long book is not a speech (a PDF renamed, a log file), and would stall the loader.
MAX_TEXT_BYTES = 2_000_000
_ANYTHING = re.compile("")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_FENCE = re.compile(r" {0,3}(```|~~~)")


def read_speech(r: Reader, node: yaml.Node, path: str) -> Speech | None:
    """One speech; a file that is missing or of the wrong kind is reported and left out."""
    m = r.mapping(node, path, SPEECH_KEYS, required=("speaker", "title", "kind"), what="a speech")
    if m is None or not {"speaker", "title", "kind"} <= m.keys():
        return None
    speaker, title = r.text(m["speaker"], child(path, "speaker")), r.text(m["title"], child(path, "title"))
    role = r.text(m["role"], child(path, "role"), required=False) if "role" in m else None
    kind = r.choice(m["kind"], child(path, "kind"), SpeechKind)
    text: tuple[Text, ...] = ()
    markdown = False
    if "text" in m and "text_file" in m:
        r.report(
            m["text_file"], child(path, "text_file"), "the speech has text: too", "keep one of text: and text_file:"
        )
    elif "text" in m:
        text = r.paragraphs(m["text"], child(path, "text"))
    elif "text_file" in m:
        text, markdown = _text_file(r, m["text_file"], child(path, "text_file"))
    pdf = _media(r, m, path, "pdf", (".pdf",), "a PDF document (.pdf)")
    video = _media(r, m, path, "video", VIDEO_FILES, "a video file (" + ", ".join(VIDEO_FILES) + ")")
    link = read_link(r, m["link"], child(path, "link")) if "link" in m and not _empty(m["link"]) else None
    if speaker is None or title is None or kind is None:
        return None
    return Speech(speaker, role, title, kind, text, markdown, pdf, video, link)


def _empty(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == NULL


def _text_file(r: Reader, node: yaml.Node, path: str) -> tuple[tuple[Text, ...], bool]:
    """A speech's text from a .txt file (paragraphs at blank lines) or a .md file (Markdown blocks)."""
    full = _file(r, node, path, TEXT_FILES, "a plain text (.txt) or Markdown (.md) file")
    if full is None:
        return (), False
    name = shown(node.value, 120) if isinstance(node, yaml.ScalarNode) else ""
    if full.stat().st_size > MAX_TEXT_BYTES:
        r.report(
            node,
            path,
            f"{name} is larger than {MAX_TEXT_BYTES // 1_000_000} MB",
            "name the speech's text, saved as plain text or Markdown",
            recoverable=True,
        )
        return (), False
    try:
        written = full.read_text(encoding="utf-8-sig")  # -sig: a byte order mark from Notepad is no text
    except UnicodeDecodeError:
        r.report(node, path, f"{name} is not UTF-8 text", "save it as UTF-8 text", recoverable=True)
        return (), False
    except OSError as error:
        r.report(node, path, f"{name} cannot be read ({error.strerror})", "check its permissions", recoverable=True)
        return (), False
    written = written.replace("\r\n", "\n").strip()
    if not written:
        r.report(node, path, f"{name} has no text", "write the speech's text into it", recoverable=True)
        return (), False
    if full.suffix.lower() == ".md":
        return tuple(Text(((r.language, block),)) for block in markdown_blocks(written)), True
    paragraphs = (" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(written))
    return tuple(Text(((r.language, p),)) for p in paragraphs if p), False


def markdown_blocks(written: str) -> list[str]:
    """Markdown cut at its blank lines into blocks: a heading, a paragraph, a list.

    Each is shown as a text of its own, so that they are spaced as a plain text's paragraphs are
    (Qt sets one Markdown text's paragraphs as close as its lines). Blank lines inside a fenced code
    block, and lines indented after a blank line (a list item's next paragraph, indented code),
    stay in their block.
    """
    blocks: list[list[str]] = []
    fence = ""  # the open code fence's marker
    gap = True  # a blank line before this one: a new block starts here
    for line in written.split("\n"):
        if not fence and not line.strip():
            gap = True
            continue
        if gap and blocks and line[:1] in (" ", "\t"):
            blocks[-1].append("")
        elif gap:
            blocks.append([])
        gap = False
        blocks[-1].append(line)
        if marker := _FENCE.match(line):
            fence = "" if fence == marker.group(1) else fence or marker.group(1)
    return ["\n".join(block) for block in blocks]


def _media(
    r: Reader, m: dict[str, yaml.Node], path: str, key: str, suffixes: tuple[str, ...], what: str
) -> Path | None:
    """A speech's document or video; kept for `kiosk check`, which warns when the players are missing."""
    if key not in m or _empty(m[key]):
        return None
    full = _file(r, m[key], child(path, key), suffixes, what)
    if full is not None:
        mark = m[key].start_mark
        r.media.append(ImageRef(full, mark.line + 1, mark.column + 1, child(path, key)))
    return full


def _file(r: Reader, node: yaml.Node, path: str, suffixes: tuple[str, ...], what: str) -> Path | None:
    """A file inside the content folder with one of these endings; None (reported) when unusable.

    Problems are recoverable: the running kiosk shows the rest of the speech without this part.
    """
    written = r.word(node, path, _ANYTHING, "a file name")
    if written is None:
        return None
    name = shown(written, 120)
    parts = written.replace("\\", "/").split("/")
    if written.startswith(("/", "\\", "~")) or WINDOWS_DRIVE.match(written):
        hint = "write the path relative to the content file's folder, e.g. speeches/noble.txt"
        r.report(node, path, f"'{name}' is an absolute path", hint)
        return None
    if ".." in parts:
        r.report(node, path, f"'{name}' points outside the content folder", "copy the file into the content folder")
        return None
    if "\0" in written:
        r.report(node, path, f"'{name}' contains a NUL character", "retype the file name")
        return None
    if not written.lower().endswith(suffixes):
        r.report(node, path, f"'{name}' is not {what}", f"name a file ending in {' or '.join(suffixes)}")
        return None
    full = Path(os.path.join(r.folder, *parts))
    try:
        info = os.stat(full)
    except OSError:
        r.report(node, path, f"no such file: {name}", "check the file name and folder", recoverable=True)
        r.missing.append(full)
        return None
    wrong = not_a_photo_file(info)
    if wrong is not None:
        wrong = wrong.replace("not a photo", "not a file")
        r.report(node, path, f"{name} is {wrong}", f"name {what}", recoverable=True)
        r.present.append(full)  # followed all the same: the file that replaces it reloads
        return None
    r.present.append(full)
    return full
