"""Problems found in a content file, each located at a line and column for the curator."""

from __future__ import annotations

import difflib
import enum
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


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A "did you mean 'x'?" hint for a misspelled word, or a list of what is allowed."""
    options = sorted(choices)
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return "allowed here: " + ", ".join(options)
