"""The kiosk opens no network port: the network parts of a fleet are Syncthing and the node exporter.

`kiosk --metrics-dir` writes a file for the node exporter to serve; it listens on nothing itself.
Checked on a running `kiosk`, from the sockets the kernel lists for its process.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT

# /proc/net/tcp's state column: 0A is LISTEN. A bound UDP socket receives from anyone: any counts.
LISTEN = "0A"


def open_ports(pid: int) -> list[str]:
    """The process's sockets that others can reach: listening TCP and any UDP, as 'tcp 0100007F:1F90'."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue  # closed meanwhile
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    found = []
    for protocol in ("tcp", "tcp6", "udp", "udp6"):
        with open(f"/proc/{pid}/net/{protocol}") as table:
            for line in table.readlines()[1:]:
                fields = line.split()
                local, state, inode = fields[1], fields[3], fields[9]
                if inode in inodes and (protocol.startswith("udp") or state == LISTEN):
                    found.append(f"{protocol} {local}")
    return found


def test_the_detector_sees_a_listening_socket() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        assert any(entry.startswith("tcp ") for entry in open_ports(os.getpid()))


def test_a_running_kiosk_with_metrics_listens_on_no_port(tmp_path: Path) -> None:
    metrics = tmp_path / "metrics" / "kiosk.prom"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kiosk",
            "--data-dir",
            str(tmp_path / "data"),
            "--metrics-dir",
            str(metrics.parent),
            "--kiosk-id",
            "gallery-3",
        ],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        deadline = time.monotonic() + 60
        while not metrics.exists():  # written once the first frame is on screen
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline, "no metrics file within a minute"
            time.sleep(0.05)  # another process's file: there is no Qt signal to wait on
        assert open_ports(process.pid) == []
        assert 'kiosk_up{kiosk="gallery-3"} 1' in metrics.read_text()
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert 'kiosk_up{kiosk="gallery-3"} 0' in metrics.read_text(), "a clean stop says so"
