"""Checking the content beside the start: in a child process while the kiosk imports and starts Qt.

Python's lock lets one thread run Python at a time, and both halves of the start are Python: the
check (importing PyYAML and the loader, then loading) and Qt's start (importing PySide6). In a
thread they would only take turns. A child process, forked before PySide6 is imported, runs the
check on another core: it prints the problems as the kiosk always has and hands the checked model
back through a pipe, pickled (the kiosk needs the model's classes to receive it, not the loader).
Where there is no fork (not Linux), or Qt already runs in this process (tests, tools), or the
child fails in any way, the check runs here instead. Either way nothing is shown before the verdict.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NoReturn

from kiosk.content import ContentFiles, Exhibition, Problem


@dataclass(frozen=True)
class Verdict:
    """The checked content (None: it cannot be shown), its problems and files, as load_or_report gave them."""

    exhibition: Exhibition | None
    problems: tuple[Problem, ...]
    files: ContentFiles = field(default_factory=ContentFiles)
    source: bytes = b""
    kept: str = ""  # the file was refused, and this is its last good version, shown then (kiosk/run.py)


def check_aside(content: str, language: str | None) -> Callable[[], Verdict]:
    """Start checking the content file; the function returned waits for the verdict."""
    if not can_fork():
        verdict = check_here(content, language)
        return lambda: verdict
    # Empty buffers now, or the child would write what this process had not written yet.
    sys.stdout.flush()
    sys.stderr.flush()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        _child(write, content, language)
    os.close(write)

    def wait() -> Verdict:
        with os.fdopen(read, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) == 0 and data:
            verdict = pickle.loads(data)  # from this program's own child
            if isinstance(verdict, Verdict):
                return verdict
        return check_here(content, language)

    return wait


def can_fork() -> bool:
    """Whether the check can run in a child: on Linux, before Qt has started threads to copy."""
    return sys.platform.startswith("linux") and "PySide6.QtCore" not in sys.modules and threading.active_count() == 1


def check_here(content: str, language: str | None) -> Verdict:
    """Check the content file in this process, printing its problems."""
    from kiosk.report import load_or_report

    result = load_or_report(content, language)
    return Verdict(result.exhibition, result.problems, result.files, result.source)


def _child(write: int, content: str, language: str | None) -> NoReturn:
    code = 1  # whatever goes wrong here, the kiosk checks again itself
    try:
        verdict = check_here(content, language)
        with os.fdopen(write, "wb") as pipe:
            pickle.dump(verdict, pipe, protocol=pickle.HIGHEST_PROTOCOL)
        code = 0
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)  # never the kiosk's own code after this: the child ends here
