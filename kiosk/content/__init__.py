"""The content model and its loader; pure Python, no Qt (a test keeps it so)."""

from .loader import LoadResult, load
from .model import (
    Attract,
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
)
from .problems import Problem, Severity
from .reader import ImageRef

__all__ = [
    "Attract",
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
    "load",
]
