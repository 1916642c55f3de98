"""The content model and its loader; pure Python, no Qt (a test keeps it so)."""

from .loader import LoadResult, load
from .model import (
    Attract,
    Exhibition,
    Fact,
    Panel,
    Photo,
    Quote,
    Settings,
    Speech,
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
    "ImageRef",
    "LoadResult",
    "Panel",
    "Photo",
    "Problem",
    "Quote",
    "Settings",
    "Severity",
    "Speech",
    "Text",
    "TimelineEntry",
    "Transition",
    "load",
]
