"""Shared fixtures: the offscreen platform, a minimal valid content file, and real photos."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Before any Qt import: tests never need a display. The offscreen platform's own screen is
# 800x800 and adds frame margins that shift touch points by 2 px; this one is a plain 1920x1080.
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'tests' / 'offscreen-1920x1080.json'}"

# The kiosk fixtures (make_kiosk and friends) import Qt, so they live in a plugin module of their own.
pytest_plugins = ["tests.kiosk_fixtures"]

MINIMAL = """\
exhibition:
  title: Turn Back Crime
  subtitle: 100 years of international police cooperation
  place: Monaco
  event: INTERPOL Ministerial Meeting
panels:
  - id: one
    title: The first panel
    summary: A short summary.
    photos:
      - image: photo.jpg
        caption: A caption
        credit: A credit
"""


def with_speeches(speeches: str) -> str:
    """The minimal content with these speeches (YAML at the speech list's indentation) on its panel."""
    return MINIMAL.replace("    photos:\n", "    speeches:\n" + speeches + "    photos:\n", 1)


def preview_names(content: Path) -> set[str]:
    """The PNG files `kiosk preview` writes for a content file without opening hours, by name."""
    from kiosk.content import load

    exhibition = load(content).exhibition
    assert exhibition is not None, f"{content} loads"
    return (
        {"home", "panels", "timeline"}
        | {f"panel-{p.id}" for p in exhibition.panels}
        | {f"slide-{n}" for n in range(1, len(exhibition.slideshow) + 1)}
        | {f"speech-{p.id}-{n}" for p in exhibition.panels for n in range(1, len(p.speeches) + 1)}
    )


def make_jpeg(path: Path, width: int = 1600, height: int = 1200, colour: str = "#13315C") -> Path:
    """Write a real JPEG of one colour."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "JPG")  # type: ignore[call-overload]  # the stub wants bytes; PySide6 6.12 takes only str
    return path


@pytest.fixture
def systemd_socket(tmp_path: Path) -> Iterator[socket.socket]:
    """A datagram socket standing in for systemd's notify socket (NOTIFY_SOCKET), not blocking."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(tmp_path / "notify"))
    sock.setblocking(False)
    yield sock
    sock.close()


@pytest.fixture(scope="session")
def photo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A real 1600x1200 JPEG, made once."""
    return make_jpeg(tmp_path_factory.mktemp("photo") / "photo.jpg").read_bytes()


@pytest.fixture
def content_dir(tmp_path: Path, photo_bytes: bytes) -> Path:
    """A folder with a real photo.jpg in it."""
    (tmp_path / "photo.jpg").write_bytes(photo_bytes)
    return tmp_path


@pytest.fixture
def write_content(content_dir: Path) -> Callable[[str | bytes], Path]:
    """Write a content.yaml into `content_dir` and return its path."""

    def write(text: str | bytes) -> Path:
        path = content_dir / "content.yaml"
        path.write_bytes(text.encode() if isinstance(text, str) else text)
        return path

    return write
