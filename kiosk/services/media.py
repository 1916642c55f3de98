"""Whether this installation can show PDF documents and videos, decided without importing Qt's add-ons.

PDF (QtPdf) and video (QtMultimedia) come with PySide6-Addons, a 175 MB optional install: a kiosk that
shows only photos should not need it. The check looks for the modules' files only, because importing
QtMultimedia loads FFmpeg and costs the first frame tens of milliseconds.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path


def install_hint() -> str:
    """The command that adds the add-ons, at the one Qt version they must share with PySide6-Essentials.

    Named by package rather than by this project's extra ('.[media]'), which only a checkout can use.
    """
    from importlib import metadata  # 21 ms of imports, which a kiosk with the add-ons never needs

    try:
        return f"pip install PySide6-Addons=={metadata.version('PySide6-Essentials')}"
    except metadata.PackageNotFoundError:  # PySide6 installed some other way (a distribution's package)
        return "install PySide6-Addons, at the version of PySide6"


@dataclass(frozen=True)
class MediaSupport:
    """What the kiosk can show besides photos, and a sentence for staff naming what is missing."""

    pdf: bool
    video: bool
    missing: str


def _has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        # A parent package that is missing or broken means the module is missing too.
        return False


def _pyside_dirs() -> list[Path]:
    spec = importlib.util.find_spec("PySide6")
    return [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []


def _has_qml_module(*parts: str) -> bool:
    """Whether a QML module (QtQuick.Pdf has no Python module of its own) is in the wheel's qml folder."""
    return any(
        (root / "Qt" / "qml").joinpath(*parts).is_dir() or root.joinpath("qml", *parts).is_dir()
        for root in _pyside_dirs()
    )


def _has_ffmpeg_backend() -> bool:
    """Whether QtMultimedia's FFmpeg plugin is installed: without it a MediaPlayer plays nothing.

    The wheels put plugins in PySide6/Qt/plugins on Linux and macOS and in PySide6/plugins on Windows.
    """
    for root in _pyside_dirs():
        for plugins in (root / "Qt" / "plugins" / "multimedia", root / "plugins" / "multimedia"):
            if plugins.is_dir() and any("ffmpeg" in p.name.lower() for p in plugins.iterdir()):
                return True
    return False


AV_LOG_ERROR = 16  # FFmpeg's log levels: errors and worse still reach stderr


def quiet_ffmpeg() -> bool:
    """Have FFmpeg print errors only, once QtMultimedia's FFmpeg plugin is loaded; True if it was.

    FFmpeg writes to stderr itself, outside Qt's logging, and for a full-range video (Motion-JPEG,
    some phones' H.264) it warns "deprecated pixel format" at every frame: weeks of that would
    fill a kiosk's journal. Qt sets FFmpeg's level only when QT_FFMPEG_DEBUG asks for more.
    The library is looked up among those already loaded (RTLD_NOLOAD): loaded afresh it would
    miss the OpenSSL symbols the plugin brought.
    """
    import ctypes

    for root in _pyside_dirs():
        for library in sorted((root / "Qt" / "lib").glob("libavutil*")):
            try:
                ctypes.CDLL(str(library), mode=os.RTLD_NOLOAD | os.RTLD_LAZY).av_log_set_level(AV_LOG_ERROR)
            except (OSError, AttributeError):
                continue
            return True
    return False


def media_support() -> MediaSupport:
    """What this installation can show: PDF documents, videos, and a sentence on what is missing."""
    pdf = _has_module("PySide6.QtPdf") and _has_qml_module("QtQuick", "Pdf")
    multimedia = _has_module("PySide6.QtMultimedia")
    video = multimedia and _has_ffmpeg_backend()
    if pdf and video:
        missing = ""
    elif not pdf and not multimedia:
        missing = f"PDF documents and videos need PySide6-Addons: {install_hint()}"
    elif not pdf:
        missing = f"PDF documents need PySide6-Addons with QtPdf: {install_hint()}"
    elif not multimedia:
        missing = f"Videos need PySide6-Addons with QtMultimedia: {install_hint()}"
    else:
        missing = "Videos need QtMultimedia's FFmpeg plugin, which this PySide6-Addons lacks: reinstall it"
    return MediaSupport(pdf=pdf, video=video, missing=missing)
