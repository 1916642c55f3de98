"""The crash guard under real faults: its disk fills, goes read-only or loses its folder; its file is damaged.

Nothing is mocked: a real tmpfs fills or is remounted (tests/faults.py), a real FIFO, folder or
socket sits where the state file should be, and the kiosk itself starts on them.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.services.crashguard import MAX_BYTES, DecodeGuard, photo_key
from tests.conftest import ROOT, make_jpeg
from tests.faults import fill, remount, small_disk

GUARD = "kiosk.services.crashguard"


def guard_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    """What the guard logged at WARNING and above."""
    return [r.getMessage() for r in caplog.records if r.name == GUARD and r.levelno >= logging.WARNING]


def decoding_on_disk(state: Path) -> list[str]:
    """The photos the state file says are being decoded: what the next start reads if the kiosk dies now."""
    decoding = json.loads(state.read_text())["decoding"]
    assert isinstance(decoding, list)
    return decoding


@pytest.fixture
def photo(tmp_path: Path) -> str:
    return str(make_jpeg(tmp_path / "photo.jpg", 64, 48))


# --- writes that fail, and protection that comes back -------------------------------------------


def test_a_full_disk_stops_the_writes_and_protection_resumes_once_there_is_room(
    tmp_path: Path, photo: str, caplog: pytest.LogCaptureFixture
) -> None:
    with small_disk(tmp_path / "data", "64k") as data, caplog.at_level(logging.INFO, logger=GUARD):
        state = data / "decoding.json"
        guard = DecodeGuard(state)
        with guard.decoding(photo):
            pass
        good = state.read_bytes()
        filler = fill(data)
        for _ in range(3):  # a slideshow turning meanwhile
            with guard.decoding(photo):
                assert state.read_bytes() == good  # the last state, whole: a failed write truncates nothing
        assert not (data / "decoding.json.tmp").exists()  # what it held is given back
        filler.unlink()
        with guard.decoding(photo):
            assert decoding_on_disk(state) == [photo_key(photo)]
        assert decoding_on_disk(state) == []
    assert guard_lines(caplog) == [
        f"crash guard: cannot write {state} ([Errno 28] No space left on device); photos are not guarded "
        "until it can, will retry at the next photo",
        f"crash guard: writing {state} again after 6 failed writes; photos are guarded again",
    ]


def test_a_read_only_remount_stops_the_writes_and_protection_resumes_when_it_is_writable(
    tmp_path: Path, photo: str, caplog: pytest.LogCaptureFixture
) -> None:
    with small_disk(tmp_path / "data", "1m") as data, caplog.at_level(logging.INFO, logger=GUARD):
        state = data / "decoding.json"
        guard = DecodeGuard(state)
        with guard.decoding(photo):
            pass
        remount(data, read_only=True)
        try:
            for _ in range(3):
                with guard.decoding(photo):
                    assert decoding_on_disk(state) == []
        finally:
            remount(data, read_only=False)
        with guard.decoding(photo):
            assert decoding_on_disk(state) == [photo_key(photo)]
    assert [line.split(" (")[0] for line in guard_lines(caplog)] == [
        f"crash guard: cannot write {state}",
        f"crash guard: writing {state} again after 6 failed writes; photos are guarded again",
    ]
    assert "Read-only file system" in guard_lines(caplog)[0]


# The trial, whole: the disk goes read-only for a while, comes back, and then the decoder
# kills the kiosk. The next start must know which photo it was.
READ_ONLY_THEN_DIE = """
import os, signal, sys
from pathlib import Path
from kiosk.services.crashguard import DecodeGuard
from tests.faults import remount
data, photo = Path(sys.argv[1]), sys.argv[2]
guard = DecodeGuard(data / "decoding.json")
remount(data, read_only=True)
with guard.decoding(photo):
    pass
remount(data, read_only=False)
with guard.decoding(photo):
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_after_a_read_only_spell_the_next_start_knows_the_photo_the_kiosk_died_on(
    tmp_path: Path, photo: str, caplog: pytest.LogCaptureFixture
) -> None:
    with small_disk(tmp_path / "data", "1m") as data:
        command = [sys.executable, "-c", READ_ONLY_THEN_DIE, str(data), photo]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=60)
        assert result.returncode == -signal.SIGKILL, result.stderr
        assert "photos are guarded again" in result.stderr
        with caplog.at_level(logging.WARNING, logger=GUARD):
            DecodeGuard(data / "decoding.json")
    assert guard_lines(caplog) == [f"the kiosk stopped while decoding {photo}; it is skipped if that happens again"]


def test_a_data_folder_deleted_while_running_is_made_again_at_the_next_photo(
    tmp_path: Path, photo: str, caplog: pytest.LogCaptureFixture
) -> None:
    data = tmp_path / "data"
    guard = DecodeGuard(data / "decoding.json")
    with caplog.at_level(logging.INFO, logger=GUARD):
        with guard.decoding(photo):
            pass
        shutil.rmtree(data)  # a technician's clean-up, or a data partition mounted late
        with guard.decoding(photo):
            assert decoding_on_disk(data / "decoding.json") == [photo_key(photo)]
    assert decoding_on_disk(data / "decoding.json") == []
    assert guard_lines(caplog) == []


# --- whatever is at the path, the kiosk starts ---------------------------------------------------


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def write_socket(path: Path) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.bind(str(path))  # the socket file stays when the socket closes


def write_huge(path: Path) -> None:
    path.write_text('{"decoding": [')
    os.truncate(path, 1 << 40)  # a terabyte, sparse: reading it whole is no longer an option


DAMAGE: dict[str, Callable[[Path], object]] = {
    "nested 100,000 deep": lambda path: path.write_text(nested(100_000)),
    "nested 30,000 deep, small enough to read": lambda path: path.write_text(f'{{"decoding": {nested(30_000)}}}'),
    "a FIFO": os.mkfifo,
    "a folder": Path.mkdir,
    "a socket": write_socket,
    "a valid list of 200,000 photos": lambda path: path.write_text(
        json.dumps({"decoding": [f"/srv/photos/{n:06}.jpg" for n in range(200_000)], "strikes": {}})
    ),
    "a huge file": write_huge,
    "invalid UTF-8": lambda path: path.write_bytes(b'{"decoding": ["/srv/photos/caf\xe9.jpg"], "strikes": {}}'),
    "JSON of another shape": lambda path: path.write_text('["/srv/photos/a.jpg"]'),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_state_file_means_a_start_without_memory_said_in_one_line(
    tmp_path: Path, photo: str, caplog: pytest.LogCaptureFixture, damage: Callable[[Path], object]
) -> None:
    state = tmp_path / "decoding.json"
    damage(state)
    with caplog.at_level(logging.INFO, logger=GUARD):
        guard = DecodeGuard(state)
    [line] = guard_lines(caplog)
    assert line.startswith(f"crash guard: ignoring {state} (")
    assert line.endswith("); starting without its memory of earlier starts")
    assert guard.allowed(photo)
    # And it guards from the first photo on, in place of the damaged file (a folder it leaves alone).
    with guard.decoding(photo):
        if state.is_dir():
            assert len(guard_lines(caplog)) == 2
            assert "will retry at the next photo" in guard_lines(caplog)[1]
        else:
            assert decoding_on_disk(state) == [photo_key(photo)]


def test_a_nul_in_a_photos_path_does_not_stop_the_start(tmp_path: Path, photo: str) -> None:
    state = tmp_path / "decoding.json"
    state.write_text(json.dumps({"decoding": [], "strikes": {"/srv/photos/a\0.jpg@1": 2}}))
    assert DecodeGuard(state).allowed(photo)


def test_too_many_entries_are_dropped_in_one_line(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    state = tmp_path / "decoding.json"
    # 1000 photos refused and replaced since (their keys no longer match): nothing to say about each.
    refused = {f"/srv/photos/{n}.jpg@1": 2 for n in range(1000)}
    state.write_text(json.dumps({"decoding": [], "strikes": refused}))
    with caplog.at_level(logging.INFO, logger=GUARD):
        DecodeGuard(state)
    assert guard_lines(caplog) == [
        f"crash guard: dropped 744 entries of {state} (more than 256 in a list, or not a photo's)"
    ]


def test_the_file_written_is_always_one_the_next_start_reads(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    state = tmp_path / "decoding.json"
    # Within the bound as written, three times longer as JSON escapes it: the writer keeps it within.
    died = [f"/srv/photos/{n}-{'é' * 110}.jpg" for n in range(250)]
    state.write_text(json.dumps({"decoding": died, "strikes": {}}, ensure_ascii=False))
    assert state.stat().st_size <= MAX_BYTES
    DecodeGuard(state)  # (one line for each of the 250)
    assert state.stat().st_size <= MAX_BYTES
    caplog.clear()
    with caplog.at_level(logging.INFO, logger=GUARD):
        DecodeGuard(state)
    assert not [line for line in guard_lines(caplog) if line.startswith("crash guard")]


def ready_or_ended(process: subprocess.Popen[str], sock: socket.socket, timeout: float = 60) -> bool:
    """Whether the kiosk said READY=1 before it ended or `timeout` seconds passed."""
    sock.settimeout(0.2)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            return sock.recv(256) == b"READY=1"
        except TimeoutError:
            continue
    return False


# The two the trial met: a FIFO blocked the start for good, deep nesting ended each start with 1.
@pytest.mark.parametrize("damage", ["a FIFO", "nested 100,000 deep"])
def test_the_kiosk_starts_on_a_damaged_state_file(tmp_path: Path, systemd_socket: socket.socket, damage: str) -> None:
    data = tmp_path / "data"
    data.mkdir()
    DAMAGE[damage](data / "decoding.json")
    env = os.environ | {"NOTIFY_SOCKET": systemd_socket.getsockname()}
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(data), "--renderer", "software"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        ready = ready_or_ended(process, systemd_socket)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            _, stderr = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()  # the old guard's FIFO: blocked in open(), deaf to SIGTERM
            _, stderr = process.communicate()
    assert ready, stderr
    assert process.returncode == 0, stderr
    assert stderr.count("crash guard:") == 1, stderr
    assert f"crash guard: ignoring {data / 'decoding.json'} (" in stderr
