"""A short soak: 500 photos and five reloads leave memory, descriptors, threads and objects as they were."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT


# A process of its own: the soak sets glibc's allocator up at start so that RSS follows what the
# kiosk holds (tools/soak.py says why), and fails on any Qt or kiosk warning but the unreadable photo's.
@pytest.mark.slow
def test_500_photos_and_5_reloads_leave_memory_threads_and_objects_as_they_were() -> None:
    # A reload every 100 transitions, so that the short run reloads too; judged after the first two.
    command = [sys.executable, "tools/soak.py", "--transitions", "500", "--reload-every", "100"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = re.search(r"^(\d+) transitions and (\d+) reloads in", result.stdout, re.MULTILINE)
    assert summary is not None, result.stdout
    assert int(summary[1]) >= 500
    assert int(summary[2]) == 5
