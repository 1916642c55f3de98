"""The command line: `kiosk [CONTENT]`, `kiosk check CONTENT`, `kiosk preview CONTENT --out DIR`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from kiosk import __version__
from kiosk.assets import BUNDLED_CONTENT
from kiosk.content import Severity, load
from kiosk.content.problems import sort_problems

COMMANDS = ("check",)


def _run_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Show an exhibition on a touch screen. Other commands: 'kiosk check CONTENT' "
        "validates a content file.",
    )
    parser.add_argument(
        "content", nargs="?", default=str(BUNDLED_CONTENT), help="the content file (default: the bundled content.yaml)"
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    return parser


def _check_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk check",
        description="Validate a content file. Prints PATH:LINE:COL: error|warning: message for each "
        "problem, nothing for a clean file; exits 0 without errors, 1 with errors, 2 on bad usage.",
    )
    parser.add_argument("content", help="the content file to check")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="json gives a list of problems for tools"
    )
    return parser


def check(argv: Sequence[str]) -> int:
    """`kiosk check`: every problem in the file and its photos, in reading order."""
    args = _check_parser().parse_args(argv)
    result = load(args.content)
    problems = list(result.problems)
    if result.images:
        # Imported here so that a content file that does not even parse costs no Qt start-up.
        from kiosk.services.imagecheck import check_images

        problems.extend(check_images(result.images, args.content))
    problems = sort_problems(problems)
    if args.format == "json":
        print(json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            print(problem)
    return 1 if any(p.severity is Severity.ERROR for p in problems) else 0


def run(argv: Sequence[str]) -> int:
    """Start the kiosk on a content file."""
    args = _run_parser().parse_args(argv)
    from kiosk.app import run_kiosk

    return run_kiosk(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `kiosk` command and of `python -m kiosk`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "check":
        return check(argv[1:])
    return run(argv)
