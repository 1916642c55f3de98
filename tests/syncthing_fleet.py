"""Syncthing instances on loopback, linked and sharing a folder, for tests/e2e/test_syncthing.py and tools/.

Only the standard library and the `syncthing` program: no pytest and no Qt, so that
tools/fleet_timing.py can use it as well. Each instance has its own home, its own 127.0.0.1 ports
and nothing that reaches beyond the machine (no global or local discovery, relays, NAT traversal,
crash or usage reporting). Devices and folders are set up through Syncthing's REST API, as an
office machine's technician would set them up through its GUI.

    with Fleet(tmp_path, ["curator", "kiosk1"]) as fleet:
        curator, kiosk = fleet.instances
        fleet.link(curator, kiosk)
        fleet.share("content", {curator: (source, "sendonly"), kiosk: (target, "receiveonly")})
        fleet.wait_in_sync("content")
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

# Off before the first start, not through the REST API afterwards: by then the instance would
# already have announced itself to the global discovery servers and asked the relays for a slot.
OFFLINE_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "crashReportingEnabled": "false",
    "urAccepted": "-1",  # usage reporting declined for good: no prompt, no report
    "startBrowser": "false",
    "autoUpgradeIntervalH": "0",
    "announceLANAddresses": "false",
    # Syncthing lowers its own CPU priority by default; beside a busy test run that slows it.
    "setLowPriority": "false",
    "reconnectionIntervalS": "1",  # a device added later is dialled again within a second
}
# What every shared folder gets: changes seen within a second by the file watcher, a rescan as the
# fallback where inotify is not to be had, and no waiting before a retry after a failed pull.
FOLDER_DEFAULTS: dict[str, Any] = {
    "fsWatcherEnabled": True,
    "fsWatcherDelayS": 1,
    "rescanIntervalS": 10,
    "pullerPauseS": 1,
}
# What the folder's global version is made of, as each instance's /rest/db/status reports it.
GLOBAL_KEYS = ("globalFiles", "globalDirectories", "globalDeleted", "globalBytes")
START_S = 20.0  # a first start creates and migrates its database: 1 s here, far more on a slow disk
STOP_S = 10.0


class SyncthingError(RuntimeError):
    """An instance did not start, answered with an error, or did not reach a state in time."""


def free_ports(count: int) -> list[int]:
    """`count` different TCP ports on 127.0.0.1 that nothing listens on now.

    All bound at once before any is let go: one at a time, the kernel may hand out the same twice.
    """
    with contextlib.ExitStack() as stack:
        probes = [stack.enter_context(socket.socket()) for _ in range(count)]
        for probe in probes:
            probe.bind(("127.0.0.1", 0))
        return [int(probe.getsockname()[1]) for probe in probes]


def poll(condition: Callable[[], object], what: str, timeout_s: float, interval_s: float = 0.05) -> None:
    """Poll an external process's state until `condition` holds; SyncthingError naming `what` at the deadline."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SyncthingError(f"no {what} within {timeout_s:g} s")
        time.sleep(interval_s)  # the pace of polling another process, not a wait for Qt


@dataclass(eq=False)  # compared and hashed by identity: instances key the folders in share()
class Syncthing:
    """One instance: its home, its loopback ports, and its REST API."""

    name: str
    home: Path
    device_id: str
    gui_port: int
    listen_port: int
    api_key: str
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def address(self) -> str:
        """Where other devices dial it."""
        return f"tcp://127.0.0.1:{self.listen_port}"

    @property
    def log(self) -> Path:
        """Its standard output and error."""
        return self.home / "syncthing.log"

    def rest(self, method: str, path: str, body: object = None, timeout_s: float = 10.0) -> Any:
        """Call its REST API; the decoded JSON answer, or None for an empty one."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}{path}", data=data, method=method)
        request.add_header("X-API-Key", self.api_key)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=timeout_s) as answer:
                text = answer.read()
        except urllib.error.HTTPError as error:
            raise SyncthingError(f"{self.name}: {method} {path}: {error.code} {error.read().decode()!r}") from error
        return json.loads(text) if text.strip() else None

    def tail(self, chars: int = 1500) -> str:
        """The end of its log, for a failure's message."""
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""

    def traffic(self) -> tuple[int, int]:
        """Bytes received and sent over all its connections since it started."""
        total = self.rest("GET", "/rest/system/connections")["total"]
        return int(total["inBytesTotal"]), int(total["outBytesTotal"])


def binary() -> str | None:
    """The syncthing program, if installed."""
    return shutil.which("syncthing")


def generate(home: Path, name: str, gui_port: int, listen_port: int) -> Syncthing:
    """A new identity and a configuration that keeps to these loopback ports, in `home`; not started."""
    program = binary()
    if program is None:
        raise SyncthingError("syncthing is not installed")
    made = subprocess.run(
        [program, "generate", f"--home={home}", "--no-default-folder", "--skip-port-probing"],
        capture_output=True,
        text=True,
        check=False,
    )
    ids = [line.split(":", 1)[1].strip() for line in (made.stdout + made.stderr).splitlines() if "Device ID:" in line]
    if made.returncode != 0 or len(ids) != 1:
        raise SyncthingError(f"syncthing generate failed: {made.stdout}{made.stderr}")
    instance = Syncthing(name, home, ids[0], gui_port, listen_port, api_key=os.urandom(16).hex())
    configure(home / "config.xml", instance)
    return instance


def configure(config: Path, instance: Syncthing) -> None:
    """Write the instance's name, ports, API key and offline options into its config.xml."""
    tree = ET.parse(config)
    root = tree.getroot()
    for device in root.iter("device"):
        if device.get("id") == instance.device_id:
            device.set("name", instance.name)
    gui = root.find("gui")
    options = root.find("options")
    if gui is None or options is None:
        raise SyncthingError(f"{config} lacks the <gui> or <options> that syncthing generate writes")
    settings = {"address": f"127.0.0.1:{instance.gui_port}", "apikey": instance.api_key}
    for parent, values in ((gui, settings), (options, {**OFFLINE_OPTIONS, "listenAddress": instance.address})):
        for key, value in values.items():
            element = parent.find(key)
            (element if element is not None else ET.SubElement(parent, key)).text = value
    tree.write(config)


class Fleet:
    """Several instances started together, linked pair by pair, and stopped together (even on failure)."""

    def __init__(self, root: Path, names: Sequence[str]) -> None:
        ports = free_ports(2 * len(names))
        self.instances = [
            generate(root / name / "home", name, *ports[2 * n : 2 * n + 2]) for n, name in enumerate(names)
        ]
        self._links: set[frozenset[str]] = set()

    def __enter__(self) -> Fleet:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Start every instance, then wait until each answers on its REST API."""
        env = {**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1", "STNORESTART": "1"}
        for instance in self.instances:
            command = [binary() or "syncthing", "serve", f"--home={instance.home}", "--no-browser", "--no-restart"]
            with instance.log.open("wb") as log:
                # A session of its own: stop() ends Syncthing's monitor and the process it runs, by group.
                instance.process = subprocess.Popen(
                    command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True
                )
        for instance in self.instances:
            self._wait_ready(instance)

    def _wait_ready(self, instance: Syncthing) -> None:
        def ready() -> bool:
            if instance.process is not None and instance.process.poll() is not None:
                raise SyncthingError(f"{instance.name} exited at start:\n{instance.tail()}")
            with contextlib.suppress(OSError, SyncthingError):
                return bool(instance.rest("GET", "/rest/system/ping", timeout_s=1.0) == {"ping": "pong"})
            return False

        try:
            poll(ready, f"answer from {instance.name}'s REST API", START_S)
        except SyncthingError as error:
            raise SyncthingError(f"{error}\n{instance.tail()}") from None

    def stop(self) -> None:
        """End every instance: SIGTERM to its process group, SIGKILL after STOP_S."""
        running = [i.process for i in self.instances if i.process is not None and i.process.poll() is None]
        for process in running:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in running:
            try:
                process.wait(timeout=STOP_S)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def link(self, a: Syncthing, b: Syncthing) -> None:
        """Make each of the two a known device of the other; `a` dials `b` at its loopback address.

        Only one side dials. `b` learns `a` first, with no address to dial (discovery is off), and
        only then does `a` learn `b` and dial it at once: `b` then knows whom it answers. Both sides
        dialling made a connection that is refused ("unknown device"), and a dial racing the other
        side's stalled in its Hello exchange for Syncthing's 20 s timeout.
        """
        b.rest("POST", "/rest/config/devices", {"deviceID": a.device_id, "name": a.name, "addresses": ["dynamic"]})
        a.rest("POST", "/rest/config/devices", {"deviceID": b.device_id, "name": b.name, "addresses": [b.address]})
        self._links.add(frozenset((a.name, b.name)))

    def linked(self, a: Syncthing, b: Syncthing) -> bool:
        """Whether link(a, b) was made."""
        return frozenset((a.name, b.name)) in self._links

    def wait_connected(self, timeout_s: float = 30.0) -> None:
        """Wait until every linked pair has a connection up, seen from both ends."""
        by_name = {i.name: i for i in self.instances}

        def connected() -> bool:
            for pair in self._links:
                for one, other in (tuple(pair), tuple(pair)[::-1]):
                    seen = by_name[one].rest("GET", "/rest/system/connections")["connections"]
                    if not seen.get(by_name[other].device_id, {}).get("connected"):
                        return False
            return True

        poll(connected, "connection between every linked pair", timeout_s)

    def share(self, folder: str, paths: Mapping[Syncthing, tuple[Path, str]], **options: Any) -> None:
        """Share a folder among these instances: each lists the others it is linked to.

        `paths` gives each instance's folder and type ("sendonly", "receiveonly", "sendreceive").
        """
        for instance, (path, kind) in paths.items():
            path.mkdir(parents=True, exist_ok=True)
            devices = [{"deviceID": o.device_id} for o in paths if o is not instance and self.linked(instance, o)]
            config = {**FOLDER_DEFAULTS, **options, "id": folder, "label": folder, "path": str(path), "type": kind}
            instance.rest("POST", "/rest/config/folders", {**config, "devices": devices})

    def wait_in_sync(self, folder: str, timeout_s: float = 30.0, members: Iterable[Syncthing] | None = None) -> None:
        """Wait until every member is idle, agrees on the folder's global version and has nothing left to pull.

        A change its sender has not scanned yet is not known to anyone: after a change, scan() first.
        """
        sharing = list(members if members is not None else self.instances)
        states: list[dict[str, Any]] = []

        def in_sync() -> bool:
            states[:] = [i.rest("GET", f"/rest/db/status?folder={folder}") for i in sharing]
            versions = {tuple(s[key] for key in GLOBAL_KEYS) for s in states}
            return len(versions) == 1 and all(s["state"] == "idle" and s["needTotalItems"] == 0 for s in states)

        try:
            poll(in_sync, f"folder {folder!r} in sync on {', '.join(i.name for i in sharing)}", timeout_s)
        except SyncthingError as error:
            keys = ("state", "needTotalItems", *GLOBAL_KEYS)
            last = {i.name: {key: s.get(key) for key in keys} for i, s in zip(sharing, states, strict=False)}
            raise SyncthingError(f"{error}; last seen: {last}") from None

    def scan(self, instance: Syncthing, folder: str) -> None:
        """Ask the instance to rescan the folder now rather than when its watcher fires."""
        instance.rest("POST", f"/rest/db/scan?folder={folder}")

    def traffic(self) -> dict[str, tuple[int, int]]:
        """Bytes received and sent so far, by instance name."""
        return {i.name: i.traffic() for i in self.instances}
