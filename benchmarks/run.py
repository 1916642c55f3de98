"""`make bench`: every benchmark, one table, and benchmarks/results.json.

Each row is {name, value, unit, floor, ratio, target, pass}; a ratio compares the kiosk with a
floor measured in the same run on the same machine. Exits 1 when a row misses its target.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_kiosk  # noqa: E402


def rows_from(script: str) -> list[dict[str, object]]:
    """Run a benchmark script that prints its rows as JSON, one per line."""
    out = subprocess.run([sys.executable, str(HERE / script)], capture_output=True, text=True, check=False)
    print(out.stdout, end="")
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def main() -> int:
    started = time.perf_counter()
    quick = "--quick" in sys.argv
    sys.argv = [sys.argv[0], *(["--quick"] if quick else [])]
    rows = rows_from("bench_content.py") + rows_from("bench_reload.py") + rows_from("bench_slideshow.py")
    rows += rows_from("bench_video.py")
    rows += bench_kiosk.main()
    print(f"\n{'benchmark':72} {'value':>10} {'floor':>10} {'ratio':>7} {'target':>7}  pass")
    for r in rows:
        value = f"{r['value']}{r['unit']}"
        print(
            f"{r['name']:72} {value:>10} {r['floor'] or '-':>10} {r['ratio'] or '-':>7} {r['target']:>7}  "
            f"{'yes' if r['pass'] else 'NO'}"
        )
    (HERE / "results.json").write_text(json.dumps(rows, indent=2) + "\n")
    print(f"\n{len(rows)} rows, {sum(not r['pass'] for r in rows)} missed, in {time.perf_counter() - started:.0f} s")
    return 0 if all(r["pass"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
