"""One core and a memory limit for one command: the nearest this machine comes to a Raspberry Pi.

The core is set with the CPU affinity mask, as `taskset` does. The memory limit is the first of
these that the machine allows:
- a cgroup v2 of the benchmark's own: memory.max, with the peak from memory.peak and a kill from
  memory.events;
- a systemd scope (systemd-run -p MemoryMax=), where systemd runs the machine;
- a cgroup v1 memory group of the benchmark's own: memory.limit_in_bytes, with the peak from
  memory.max_usage_in_bytes and a kill from memory.oom_control;
- setrlimit(RLIMIT_AS) where none of those is possible: a cap on address space rather than on
  memory (Qt reserves far more address space than it uses), so only a rough stand-in.
Swap is kept out of the limit where the kernel offers that, so 1 GB means 1 GB of memory. A
cgroup's figure counts the page cache of the files read (the photos) as a Pi's memory would; the
process's own peak resident memory is given too. The cgroup is removed afterwards.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

V2 = Path("/sys/fs/cgroup")
V1 = Path("/sys/fs/cgroup/memory")
MB = 1024 * 1024
# Run inside the systemd scope, around the command: its cgroup's figures go before the scope does.
SCOPE_REPORT = (
    '"$@"; status=$?; group=/sys/fs/cgroup$(sed -n "s/^0:://p" /proc/self/cgroup); '
    'cat "$group/memory.peak" > "$REPORT.peak" 2>/dev/null; '
    'grep "^oom_kill " "$group/memory.events" > "$REPORT.events" 2>/dev/null; exit $status'
)


@dataclass(frozen=True)
class Outcome:
    """How a constrained run ended and what it used."""

    returncode: int
    stdout: str
    peak_mb: float | None  # the limit's own count at its peak (a cgroup's includes page cache)
    rss_mb: float  # the process's peak resident memory (its children's included)
    killed: bool  # the kernel's OOM killer, or any SIGKILL
    how: str  # "cgroup v2", "systemd scope", "cgroup v1" or "setrlimit"


def method() -> str:
    """The way this machine allows a memory limit (see the module's docstring)."""
    root = os.geteuid() == 0
    with contextlib.suppress(OSError):
        enabled = (V2 / "cgroup.subtree_control").read_text().split()
        if root and "memory" in (V2 / "cgroup.controllers").read_text().split() and "memory" in enabled:
            return "cgroup v2"
    if Path("/run/systemd/system").is_dir() and shutil.which("systemd-run"):
        return "systemd scope"
    if root and (V1 / "memory.limit_in_bytes").exists() and os.access(V1, os.W_OK):
        return "cgroup v1"
    return "setrlimit"


def one_core() -> int:
    """The core the constrained runs use: the last one, where the kernel puts less of its own work."""
    return max(os.sched_getaffinity(0))


def run_constrained(
    command: Sequence[str], env: Mapping[str, str], memory_mb: int, timeout: float, cwd: Path | None = None
) -> Outcome:
    """Run a command on one core under a memory limit, to its end."""
    how = method()
    core = one_core()
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report"
        if how == "systemd scope":
            user = [] if os.geteuid() == 0 else ["--user"]
            limits = ["-p", f"MemoryMax={memory_mb}M", "-p", "MemorySwapMax=0"]
            wrapped = ["systemd-run", *user, "--scope", "--quiet", *limits, "--", "sh", "-c", SCOPE_REPORT, "sh"]
            env = {**env, "REPORT": str(report)}
            outcome = _run([*wrapped, *command], env, cwd, timeout, lambda: os.sched_setaffinity(0, {core}))
            peak = _number(report.with_suffix(".peak"))
            kills = _field(report.with_suffix(".events"), "oom_kill")
            return _outcome(outcome, peak, kills, how)
        if how == "setrlimit":

            def prepare() -> None:
                os.sched_setaffinity(0, {core})
                resource.setrlimit(resource.RLIMIT_AS, (memory_mb * MB, memory_mb * MB))

            return _outcome(_run(command, env, cwd, timeout, prepare), None, 0, how)
        with _cgroup(how, memory_mb) as group:

            def join() -> None:
                os.sched_setaffinity(0, {core})
                (group / "cgroup.procs").write_text(str(os.getpid()))

            outcome = _run(command, env, cwd, timeout, join)
            v2 = how == "cgroup v2"
            peak = _number(group / ("memory.peak" if v2 else "memory.max_usage_in_bytes"))
            kills = _field(group / ("memory.events" if v2 else "memory.oom_control"), "oom_kill")
            return _outcome(outcome, peak, kills, how)


@contextlib.contextmanager
def _cgroup(how: str, memory_mb: int) -> Iterator[Path]:
    """A memory cgroup of this benchmark's own, removed afterwards."""
    group = (V2 if how == "cgroup v2" else V1) / f"kiosk-bench-{os.getpid()}"
    group.mkdir()
    try:
        if how == "cgroup v2":
            (group / "memory.max").write_text(str(memory_mb * MB))
            with contextlib.suppress(FileNotFoundError):
                (group / "memory.swap.max").write_text("0")
        else:
            (group / "memory.limit_in_bytes").write_text(str(memory_mb * MB))
            with contextlib.suppress(FileNotFoundError):  # memory and swap together: no swap
                (group / "memory.memsw.limit_in_bytes").write_text(str(memory_mb * MB))
        yield group
    finally:
        for _ in range(50):  # the last task may take a moment to leave a group after it exits
            try:
                group.rmdir()
                break
            except OSError:
                time.sleep(0.1)


def _run(
    command: Sequence[str], env: Mapping[str, str], cwd: Path | None, timeout: float, prepare: Callable[[], None]
) -> tuple[int, str, float]:
    """Run to its end: exit status (negative: a signal), stdout and peak RSS in MB."""
    quiet = subprocess.DEVNULL
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=quiet, text=True, env=dict(env), cwd=cwd, preexec_fn=prepare
    )
    watchdog = threading.Timer(timeout, process.kill)
    watchdog.start()
    try:
        assert process.stdout is not None
        out = process.stdout.read()
        # wait4, not wait: the resource usage of this process (and those it waited for) alone.
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        watchdog.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, out, usage.ru_maxrss / 1024


def _outcome(run: tuple[int, str, float], peak: int | None, kills: int, how: str) -> Outcome:
    code, out, rss = run
    return Outcome(code, out, peak / MB if peak is not None else None, rss, kills > 0 or code == -signal.SIGKILL, how)


def _number(path: Path) -> int | None:
    try:
        return int(path.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _field(path: Path, name: str) -> int:
    """A counter from a file of `name value` lines; 0 when absent."""
    try:
        for line in path.read_text().splitlines():
            key, _, value = line.partition(" ")
            if key == name:
                return int(value)
    except (OSError, ValueError):
        pass
    return 0
