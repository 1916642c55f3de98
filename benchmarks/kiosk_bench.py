"""The kiosk as `make bench` starts it: the user's `kiosk` command, plus what only a benchmark asks for.

    python benchmarks/kiosk_bench.py [--interval MS] [--exit-after-cycle | --exit-after-first-frame] KIOSK-OPTIONS

- `--interval 0`: no slideshow timer and no transitions; the next photo as soon as one is shown.
- `--interval MS`: the slideshow at this pace instead of the content's.
- `--exit-after-first-frame`, `--exit-after-cycle`: leave then, printing a line (benchmarks/benchmode.py).

Everything else is the user's own command line, parsed as `kiosk` parses it, so that the start
measured is the kiosk's: the same imports, in the same order.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.app import Kiosk

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    parser = argparse.ArgumentParser(prog="kiosk_bench.py", add_help=False)
    parser.add_argument("--interval", type=int, metavar="MS")
    leave = parser.add_mutually_exclusive_group()
    leave.add_argument("--exit-after-cycle", action="store_const", dest="exit_after", const="cycle")
    leave.add_argument("--exit-after-first-frame", action="store_const", dest="exit_after", const="first-frame")
    bench, rest = parser.parse_known_args()
    slideshow = "--slideshow" in rest
    options: dict[str, object] = {}
    if bench.interval == 0:
        from kiosk.services import STILL_MS  # no Qt: the kiosk's start must import it itself, as measured

        options = {"interval_ms": STILL_MS, "motion": 0.0}  # the benchmark moves the slideshow itself
    elif bench.interval is not None:
        options = {"interval_ms": bench.interval}

    def instrument(kiosk: Kiosk) -> object:
        import benchmode  # Qt and the kiosk: imported once the kiosk has been, as the hooks used to be

        return benchmode.install(kiosk, bench.exit_after, slideshow=slideshow, interval_ms=bench.interval)

    from kiosk.cli import run

    return run(rest, kiosk_options=options, instrument=instrument)


if __name__ == "__main__":
    sys.exit(main())
