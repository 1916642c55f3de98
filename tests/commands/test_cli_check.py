"""`kiosk check` as curators and tools use it: output form, exit codes, photos, hostile files."""

from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.assets import BUNDLED_CONTENT
from kiosk.cli import main
from tests.conftest import MINIMAL, ROOT
from tests.conftest import make_jpeg as jpeg
from tests.content_cases import CASES

Write = Callable[[str | bytes], Path]
LINE = re.compile(r"^.+:\d+:\d+: (error|warning): .+$")


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real command in a fresh interpreter, as a curator would."""
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=ROOT, capture_output=True, text=True, timeout=60)


def png_header(path: Path, width: int, height: int) -> Path:
    """A tiny PNG whose header claims a huge image: a decompression bomb."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )
    return path


def test_bundled_content_is_silent_and_exits_0() -> None:
    result = kiosk("check", str(BUNDLED_CONTENT))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_errors_exit_1_with_one_located_line_each(write_content: Write) -> None:
    path = write_content(MINIMAL.replace("place:", "plac:") + "settings:\n  slide_seconds: -1\n")
    result = kiosk("check", str(path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert all(LINE.match(line) for line in lines), lines
    assert [line.split(":")[1] for line in lines] == ["2", "4", "15"]
    assert f"{path}:15:18: error: settings.slide_seconds: -1 is out of range" in result.stdout
    assert result.stderr == ""


def test_bad_usage_exits_2() -> None:
    assert kiosk("check").returncode == 2
    assert kiosk("check", str(BUNDLED_CONTENT), "--format", "xml").returncode == 2


def test_json_format_for_tools(write_content: Write) -> None:
    path = write_content(MINIMAL.replace("title: The", "titel: The"))
    result = kiosk("check", "--format", "json", str(path))
    assert result.returncode == 1
    problems = json.loads(result.stdout)
    assert problems[0] == {
        "file": str(path),
        "line": 7,
        "column": 5,
        "severity": "error",
        "path": "panels[0]",
        "message": "missing 'title'",
        "hint": "add a line 'title: ...'",
    }
    assert [p["path"] for p in problems] == ["panels[0]", "panels[0].titel"]


def test_photo_problems_name_the_file_and_the_fix(
    write_content: Write, content_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jpeg(content_dir / "small.jpg", 800, 600)
    jpeg(content_dir / "good.jpg", 2400, 1600)
    (content_dir / "text.jpg").write_text("not a photo")
    png_header(content_dir / "bomb.png", 30000, 30000)
    photos = "".join(
        f"      - {{image: {n}, caption: C, credit: D}}\n" for n in ("small.jpg", "good.jpg", "text.jpg", "bomb.png")
    )
    path = write_content(
        MINIMAL.replace("      - image: photo.jpg\n        caption: A caption\n        credit: A credit\n", photos)
    )
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:11:17: warning: panels[0].photos[0].image: small.jpg is only 800x600 pixels and will look soft; "
        "use a photo at least 1280 px on the long side",
        f"{path}:13:17: error: panels[0].photos[2].image: text.jpg is not an image Qt can read "
        "(unsupported image format); save it as a JPEG or PNG",
        f"{path}:14:17: error: panels[0].photos[3].image: bomb.png is 30000x30000 pixels, too large to show; "
        "resize it to at most 6000 px on the long side",
    ]


@pytest.mark.parametrize("case", list(CASES))
def test_no_bad_file_gives_a_traceback(case: str, content_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (content_dir / "sub").mkdir()
    os.mkfifo(content_dir / "pipe.jpg")  # never opened: a FIFO would block the reader forever
    (content_dir / "empty.jpg").write_bytes(b"")
    path = content_dir / "content.yaml"
    text = CASES[case]
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out
    assert all(LINE.match(line) for line in out), out


def test_alias_bomb_is_refused_without_eating_memory(write_content: Write) -> None:
    path = write_content(CASES["alias-bomb"])
    # The child's own high-water mark (VmHWM, of the memory it maps after exec): getrusage's
    # ru_maxrss also keeps the forked copy of pytest itself, 417 MB after the e2e tests.
    code = (
        "import sys; from kiosk.cli import main; code = main(['check', sys.argv[1]]); "
        "hwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM:')); "
        "print(int(hwm.split()[1]) // 1024, file=sys.stderr); sys.exit(code)"
    )
    # The timeout only guards against a hang; the speed figure lives in benchmarks/.
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 1
    assert "looks like an alias bomb" in result.stdout
    assert int(result.stderr) < 200, f"peak memory {result.stderr.strip()} MB"


def test_a_broken_jpeg_is_reported_once_without_decoder_chatter(
    content_dir: Path, write_content: Write, capfd: pytest.CaptureFixture[str]
) -> None:
    half = jpeg(content_dir / "half.jpg", 1600, 1200).read_bytes()
    (content_dir / "photo.jpg").write_bytes(half[:20])
    assert main(["check", str(write_content(MINIMAL))]) == 1
    out, err = capfd.readouterr()
    assert "photo.jpg is not an image Qt can read" in out
    assert err == ""


def test_kiosk_without_a_display_says_so_instead_of_aborting() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "kiosk"], cwd=ROOT, capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 1
    assert result.stderr.startswith("kiosk: no display to show the kiosk on")
