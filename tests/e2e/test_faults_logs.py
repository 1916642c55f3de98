"""kiosk.log under real faults: its folder deleted, a disk filled to the last byte.

(A read-only remount fails with "busy" while the log holds its file open; a disk that refuses
writes is the same fault to the log as one that is full.)
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.services.logfile import LogFile
from tests.conftest import ROOT
from tests.faults import file_size_limit, fill, small_disk


@pytest.fixture
def logger(request: pytest.FixtureRequest) -> Iterator[logging.Logger]:
    """A logger of its own, so that the test's faults never touch pytest's logging."""
    log = logging.getLogger(f"kiosk.test.{request.node.name}")
    log.propagate = False
    log.setLevel(logging.INFO)
    yield log
    for handler in log.handlers[:]:
        log.removeHandler(handler)
        handler.close()


def test_a_deleted_data_folder_is_made_again_and_the_log_goes_on(tmp_path: Path, logger: logging.Logger) -> None:
    path = tmp_path / "data" / "logs" / "kiosk.log"
    logger.addHandler(LogFile(path))
    logger.info("before")
    shutil.rmtree(tmp_path / "data")
    logger.info("after the folder was deleted")
    assert "after the folder was deleted" in path.read_text(encoding="utf-8")


def test_the_log_rotates_in_whole_lines(tmp_path: Path, logger: logging.Logger) -> None:
    path = tmp_path / "kiosk.log"
    logger.addHandler(LogFile(path, max_bytes=1000, backups=2))
    for n in range(60):
        logger.info("line %02d %s", n, "y" * 40)
    files = [path, path.with_name("kiosk.log.1"), path.with_name("kiosk.log.2")]
    assert all(f.stat().st_size <= 1000 for f in files)
    assert not path.with_name("kiosk.log.3").exists()
    assert path.read_text(encoding="utf-8").splitlines()[-1].endswith("line 59 " + "y" * 40)


def test_a_full_disk_is_said_once_and_the_lost_lines_counted(
    tmp_path: Path, logger: logging.Logger, capfd: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path / "disk") as disk:
        path = disk / "logs" / "kiosk.log"
        logger.addHandler(LogFile(path))
        logger.info("before")
        filler = fill(disk)
        # More than the page the file already has: tmpfs gives space a page at a time.
        for n in range(40):
            logger.info("during %d: %s", n, "x" * 200)
        err = capfd.readouterr().err
        assert err.count("cannot write") == 1, err
        assert "Logging error" not in err
        assert "Traceback" not in err
        filler.unlink()
        logger.info("after")
        text = path.read_text(encoding="utf-8")
    written = [line for line in text.splitlines() if "during" in line]
    assert all(line.endswith("x" * 200) for line in written), "no fragment of a line that could not be written"
    assert f"{40 - len(written)} log lines were lost" in text
    assert text.index("before") < text.index("lost") < text.index("after")
    assert "writing" in capfd.readouterr().err


# Where no tmpfs can be mounted (not root), this one still runs: a file-size limit fails the
# writes as a full disk does, and lifting it is the disk coming back.
FULL_THEN_BACK = """
import logging, resource, sys
from pathlib import Path
from kiosk.services.logfile import LogFile
log = logging.getLogger("kiosk.test")
log.propagate = False
log.addHandler(LogFile(Path(sys.argv[1])))
for n in range(40):
    log.warning("during %d: %s", n, "x" * 100)
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
log.warning("after")
"""


def test_a_file_size_limit_is_ridden_out_like_a_full_disk(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.log"
    child = subprocess.run(
        [sys.executable, "-c", FULL_THEN_BACK, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=file_size_limit(2000),
    )
    assert child.returncode == 0, child.stderr
    assert child.stderr.count("cannot write") == 1, child.stderr
    assert "Traceback" not in child.stderr
    text = path.read_text(encoding="utf-8")
    written = [line for line in text.splitlines() if "during" in line]
    assert 0 < len(written) < 40
    assert all(line.endswith("x" * 100) for line in written), "no fragment of a line that could not be written"
    assert f"{40 - len(written)} log lines were lost" in text
    assert text.splitlines()[-1].endswith("after")
