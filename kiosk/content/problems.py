"""Problems found in a content file, each located at a line and column for the curator."""

from __future__ import annotations

import enum
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass


class Severity(enum.Enum):
    """Errors make the file unusable (or a photo unshowable); warnings are advice."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a content file; `line` and `column` count from 1."""

    file: str
    line: int
    column: int
    severity: Severity
    path: str
    message: str
    hint: str = ""
    # A missing or broken photo is an error for `kiosk check` but the running kiosk can show a
    # placeholder instead; every other error makes the whole file unusable.
    recoverable: bool = False
    # A text lacking a language the settings offer: a warning, an error with `kiosk check --strict`.
    missing_translation: bool = False

    @property
    def text(self) -> str:
        """The message with its key path and hint, without the location."""
        where = f"{self.path}: " if self.path else ""
        hint = f"; {self.hint}" if self.hint else ""
        return f"{where}{self.message}{hint}"

    @property
    def brief(self) -> str:
        """The problem in one short line, for a small space: the file's name, the line, the key and the message."""
        where = f"{self.path}: " if self.path else ""
        return f"{os.path.basename(self.file)}:{self.line}: {where}{self.message}"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity.value}: {self.text}"

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready form for tools."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": self.severity.value,
            "path": self.path,
            "message": self.message,
            "hint": self.hint,
        }


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in reading order: by file, line and column."""
    return sorted(problems, key=lambda p: (p.file, p.line, p.column))


def shown(value: str, limit: int = 40) -> str:
    """A value as a message quotes it: one line of printable characters, shortened when long.

    Values come from the file, so they may hold line breaks and control characters (written as
    escapes in quotes) that would break `kiosk check`'s one line per problem, or be a megabyte long.
    """
    if value.isprintable() and len(value) <= limit:
        return value
    visible = "".join(c if c.isprintable() else repr(c)[1:-1] for c in value[: limit + 1])
    return visible if len(visible) <= limit else visible[: limit - 3] + "..."


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A "did you mean 'x'?" hint for a misspelled word, or a list of what is allowed."""
    import difflib  # only a file with a mistake needs it: the kiosk's start does not

    options = sorted(choices)
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return "allowed here: " + ", ".join(options)


PHOTO_FILE_HINT = "name a JPEG or PNG photo file"


def not_a_photo_file(info: os.stat_result) -> str | None:
    """Why a file cannot be a photo, from its status alone ("a folder, not a photo"); None if it may be.

    The loader and the kiosk's decoder ask the same question: a FIFO or a device named as a photo
    would block whatever opens it.
    """
    if stat.S_ISDIR(info.st_mode):
        return "a folder, not a photo"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file"
    if info.st_size == 0:
        return "empty (0 bytes)"
    return None


def example_hint(expected: str) -> str:
    """How to write a value of the expected kind, for a hint."""
    return _EXAMPLES.get(expected, f"see docs/content-format.md for how to write {expected}")


_EXAMPLES = {
    "text": "write the text after the colon",
    "a whole number": "write digits only, e.g. 90",
    "a number": "write digits only, e.g. 8 or 7.5",
    "a date": "write the date as YYYY-MM-DD, e.g. 2014-11-05",
    "a file name": "write the photo's path, e.g. photos/01.jpg",
    "an id": "use lower-case letters, digits and hyphens, e.g. panel-3",
    "a colour": 'write a colour in quotes as "#RRGGBB", e.g. "#E0B84B"',
    "a list": "start each item on a line of its own with '- '",
    "a mapping": "write one 'key: value' per line",
    "a language code": "write a two- or three-letter code such as en, fr, es or ar",
    "a web address": "write the full address, e.g. https://www.interpol.int/",
    "a link": "write url: and label: under link:, e.g. link: {url: https://www.interpol.int/, label: INTERPOL}",
    "interface words": "write each word under labels: by what it renames, e.g. panels: {en: Rooms, fr: Salles}",
}


def child(path: str, key: str | int) -> str:
    """The key path of a child: 'panels[2]' and 'panels[2].title'."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    key = shown(key)
    return f"{path}.{key}" if path else key
