"""The content model and its loader; pure Python, no Qt (a test keeps it so).

The loader, and PyYAML with it, is imported when first asked for (`load`, `LoadResult`,
`ImageRef`): the kiosk's start checks the content in a child process while it starts Qt, and
itself needs only the model to receive the result (kiosk/run.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .model import (
    Attract,
    ContentFiles,
    Exhibition,
    Fact,
    Hours,
    Link,
    Outside,
    Panel,
    Photo,
    Quote,
    Settings,
    Span,
    Speech,
    SpeechKind,
    Text,
    TimelineEntry,
    Transition,
    YearForm,
)
from .problems import Problem, Severity

if TYPE_CHECKING:
    from .loader import LoadResult, load
    from .reader import ImageRef

_LATER = {"LoadResult": ".loader", "load": ".loader", "ImageRef": ".reader"}

__all__ = [
    "Attract",
    "ContentFiles",
    "Exhibition",
    "Fact",
    "Hours",
    "ImageRef",
    "Link",
    "LoadResult",
    "Outside",
    "Panel",
    "Photo",
    "Problem",
    "Quote",
    "Settings",
    "Severity",
    "Span",
    "Speech",
    "SpeechKind",
    "Text",
    "TimelineEntry",
    "Transition",
    "YearForm",
    "load",
]


def __getattr__(name: str) -> object:
    """The loader's names, imported on first use (PEP 562)."""
    if name in _LATER:
        return getattr(importlib.import_module(_LATER[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
