"""The command line: `kiosk [CONTENT]`, `kiosk check CONTENT`, `kiosk preview CONTENT --out DIR`, `kiosk stats`."""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.assets import BUNDLED_CONTENT
from kiosk.content import Severity
from kiosk.display import choose_platform, library_problem

# Installed from a wheel the bundled exhibition is deep in site-packages: the help says where, for
# a curator who wants a copy to start from.
BUNDLED_HELP = f"the content file (default: the bundled exhibition, {BUNDLED_CONTENT})"
# A kiosk's name goes into every visit record, metric label and file name an office may make of
# it: letters, digits and . _ - only, as a host name.
KIOSK_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


def _kiosk_id(text: str) -> str:
    shown = repr(text if len(text) <= 40 else text[:40] + "...")
    if text == "all":  # kiosk stats' CSV names the total so
        raise argparse.ArgumentTypeError("'all' stands for every kiosk in kiosk stats: give this kiosk another name")
    if odd := sorted({c for c in text if not KIOSK_ID.fullmatch(c)}):
        raise argparse.ArgumentTypeError(
            f"{shown}: a kiosk's name may hold a-z, A-Z, digits, '.', '_' and '-', not {', '.join(map(repr, odd))}"
        )
    if not KIOSK_ID.fullmatch(text):
        raise argparse.ArgumentTypeError(f"{shown}: a kiosk's name is 1 to 64 characters long, not {len(text)}")
    return text


def _run_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Show an exhibition on a touch screen. Other commands: 'kiosk check CONTENT' "
        "validates a content file; 'kiosk preview CONTENT --out DIR' renders every screen to PNG; "
        "'kiosk stats' reports the anonymous visit statistics; 'kiosk new DIR' starts an exhibition; "
        "'kiosk add-photos CONTENT PHOTOS...' adds photos with their own captions and credits.",
    )
    parser.add_argument("content", nargs="?", default=str(BUNDLED_CONTENT), help=BUNDLED_HELP)
    parser.add_argument("--lang", help="start in this language (one of the content's settings.languages)")
    parser.add_argument("--fullscreen", action="store_true", help="fill the screen")
    parser.add_argument("--slideshow", action="store_true", help="start in the fullscreen slideshow")
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="lockdown: fullscreen, on top, no cursor, no key or close request ends it; staff leave by "
        "tapping the top-left corner five times and entering the PIN",
    )
    parser.add_argument(
        "--pin-file",
        type=Path,
        help="a file whose first line is the staff PIN "
        "($KIOSK_STAFF_PIN takes precedence); keep it outside the content folder",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="the kiosk's own files: logs/, visits/ and the crash guard's state (default: ~/.local/share/kiosk)",
    )
    parser.add_argument("--log-dir", type=Path, help="where kiosk.log rotates (default: DATA_DIR/logs)")
    parser.add_argument(
        "--kiosk-id",
        type=_kiosk_id,
        metavar="ID",
        help="this kiosk's name in visit records and metrics (default: the host name)",
    )
    parser.add_argument(
        "--metrics-dir",
        type=Path,
        metavar="DIR",
        help="write the kiosk's state for the Prometheus node exporter's textfile collector into DIR "
        "(kiosk.prom), see docs/fleet.md",
    )
    parser.add_argument(
        "--renderer",
        choices=("auto", "gpu", "software"),
        default="auto",
        help="Qt Quick's renderer: auto uses the GPU, or software where OpenGL runs on the CPU (llvmpipe)",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    return parser


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size such as 1920x1080") from None
    if not (320 <= width <= 7680 and 320 <= height <= 7680):
        raise argparse.ArgumentTypeError(f"'{text}': width and height must be from 320 to 7680")
    return width, height


def _pdf(text: str) -> Path:
    if not text.lower().endswith(".pdf"):
        raise argparse.ArgumentTypeError(f"'{text}' is not a file name ending in .pdf")
    return Path(text)


def _preview_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk preview",
        description="Render every screen of a content file (home, panels, panel-ID, speech-ID-N, slide-N, "
        "timeline, and closed with opening hours) without a display: to PNG files, and/or to a PDF proof "
        "sheet with every screen in every language, landscape and portrait, after a cover page with "
        "kiosk check's problems and lines to sign. Give --out, --sheet or both.",
    )
    parser.add_argument("content", nargs="?", default=str(BUNDLED_CONTENT), help=BUNDLED_HELP)
    parser.add_argument("--out", type=Path, help="the folder to write the PNG files into")
    parser.add_argument("--sheet", type=_pdf, metavar="FILE.pdf", help="write a PDF proof sheet of every screen")
    parser.add_argument(
        "--size",
        type=_size,
        help="the screen size, WxH (default 1920x1080; for --sheet, both 1920x1080 and 1080x1920)",
    )
    parser.add_argument(
        "--lang",
        help="render in this language (default: the content's default language; for --sheet, every language)",
    )
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
    parser.add_argument("--strict", action="store_true", help="missing translations are errors, not warnings")
    return parser


def _folder(text: str) -> Path:
    path = Path(text)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(
            f"'{text}' is a file, not a folder" if path.exists() else f"no folder '{text}'"
        )
    return path


def _stats_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk stats",
        description="Report the anonymous visit statistics kiosks record in DATA_DIR/visits: visits per day "
        "and hour, median visit length, most viewed panels and photos, language share; in all and, "
        "for several kiosks, per kiosk.",
    )
    parser.add_argument(
        "folders",
        nargs="*",
        type=_folder,
        metavar="FOLDER",
        help="a kiosk's data folder, its visits folder (as Syncthing brings it to the office), or a folder "
        "holding one of either per kiosk; as many as you like (none: --data-dir's visits)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="a kiosk's data folder, as given to kiosk (default, without FOLDER: ~/.local/share/kiosk)",
    )
    parser.add_argument("--since", metavar="DATE", help="only visits on or after this day, YYYY-MM-DD")
    parser.add_argument(
        "--csv",
        action="store_true",
        help="print the figures as CSV: kiosk,section,key,count,seconds. kiosk is 'all' for every visit, "
        "then each kiosk's name for its own rows; section is summary (visits, median_visit, "
        "median_to_last_touch, accessible; for 'all' also skipped_lines, lost_visits, unread_files, "
        "newer_records), day (YYYY-MM-DD), hour (HH), panel, photo, screen (visits that saw it, and "
        "seconds on it in all) or language",
    )
    parser.add_argument("--plot", type=Path, metavar="FILE.png", help="also draw the figures as a chart")
    return parser


def stats(argv: Sequence[str]) -> int:
    """`kiosk stats`: the visit statistics of one kiosk or many as a report, CSV or chart."""
    args = _stats_parser().parse_args(argv)
    since = None
    if args.since is not None:
        from datetime import date

        try:
            since = date.fromisoformat(args.since)
        except ValueError:
            print(f"kiosk stats: --since {args.since!r} is not a date such as 2025-05-01", file=sys.stderr)
            return 2
    data_dirs = [] if args.data_dir is None else [args.data_dir]
    if not (args.folders or data_dirs):
        from kiosk.run import default_data_dir

        data_dirs = [default_data_dir()]
    from kiosk.stats import stats as report

    draw = None
    if args.plot is not None:
        from kiosk.statsplot import save_chart  # Qt, for --plot only

        draw = save_chart

    return report(args.folders, since, data_dirs=data_dirs, as_csv=args.csv, plot=args.plot, draw=draw)


def new(argv: Sequence[str]) -> int:
    """`kiosk new DIR`: an exhibition folder to start from."""
    parser = argparse.ArgumentParser(
        prog="kiosk new",
        description="Make an exhibition folder to start from: a content.yaml with every key shown, "
        "a photos/ folder and NEXT-STEPS.txt. An existing content.yaml is never overwritten.",
    )
    parser.add_argument("folder", type=Path, help="the folder to make (or an empty one)")
    from kiosk.newexhibition import new as make

    return make(parser.parse_args(argv).folder)


def add_photos(argv: Sequence[str]) -> int:
    """`kiosk add-photos`: photos into the content's folder and list, with their own captions and credits."""
    parser = argparse.ArgumentParser(
        prog="kiosk add-photos",
        description="Add photos to a content file: each is copied into the content's folder as a JPEG "
        "(upright, at most 3840 px, without GPS position, serial numbers or maker notes; HEIC converted) "
        "and listed with the caption and credit its file carries (IPTC, XMP or EXIF), or a comment asking "
        "for them. content.yaml keeps its comments and layout; kiosk check then gives its verdict.",
    )
    parser.add_argument("content", type=Path, help="the content file")
    parser.add_argument("photos", type=Path, nargs="+", help="photo files, or folders of them")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--panel", metavar="ID", help="the panel to add them to (needed with more than one)")
    where.add_argument("--slideshow", action="store_true", help="add them to the slideshow's own list")
    parser.add_argument("--into", default="photos", metavar="FOLDER", help="where in the content's folder (photos)")
    args = parser.parse_args(argv)
    from kiosk.addphotos import add_photos as add

    return add(args.content, args.photos, args.panel, args.slideshow, args.into)


def check(argv: Sequence[str]) -> int:
    """`kiosk check`: every problem in the file and its photos, in reading order."""
    args = _check_parser().parse_args(argv)
    from kiosk.content import load  # with PyYAML: not before a command needs it (kiosk/run.py)
    from kiosk.report import check_problems

    problems = check_problems(load(args.content), args.content)
    if args.strict:
        problems = [dataclasses.replace(p, severity=Severity.ERROR) if p.missing_translation else p for p in problems]
    if args.format == "json":
        import json  # only `check` needs it; the kiosk's start does not

        print(json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            print(problem)
    return 1 if any(p.severity is Severity.ERROR for p in problems) else 0


def run(argv: Sequence[str], **measuring: Any) -> int:
    """Start the kiosk on a content file; `measuring` is kiosk.run.run's hooks, for benchmarks/kiosk_bench.py."""
    args = _run_parser().parse_args(argv)
    choose_platform(os.environ)  # before Qt is imported
    from kiosk.run import run as run_kiosk

    return run_kiosk(
        args.content,
        fullscreen=args.fullscreen,
        slideshow=args.slideshow,
        lockdown=args.kiosk,
        renderer=args.renderer,
        data_dir=args.data_dir,
        log_dir=args.log_dir,
        pin_file=args.pin_file,
        language=args.lang,
        kiosk_id=args.kiosk_id,
        metrics_dir=args.metrics_dir,
        **measuring,
    )


def preview(argv: Sequence[str]) -> int:
    """`kiosk preview`: every screen to PNG files, a PDF proof sheet, or both."""
    args = _preview_parser().parse_args(argv)
    if args.out is None and args.sheet is None:
        print("kiosk preview: give --out DIR (PNG files), --sheet FILE.pdf (a proof sheet) or both", file=sys.stderr)
        return 2
    from kiosk.preview import preview as render

    if args.size is not None:
        sizes = [args.size]
    else:  # the sheet shows both shapes of screen; the PNG files are of the first
        sizes = [(1920, 1080), (1080, 1920)] if args.sheet is not None else [(1920, 1080)]
    return render(args.content, args.out, sizes, language=args.lang, sheet=args.sheet)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `kiosk` command and of `python -m kiosk`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {"check": check, "preview": preview, "stats": stats, "new": new, "add-photos": add_photos}
    command = commands.get(argv[0] if argv else "")
    try:
        return command(argv[1:]) if command else run(argv)
    except ImportError as exc:
        # A system library that Qt links is missing: PySide6's import names it, the message names its package.
        if not re.match(r"\S+\.so[.\d]*: ", str(exc)):
            raise
        module = (exc.name or "Qt").removeprefix("PySide6.")
        print(f"kiosk: {library_problem(f'PySide6 {module}', str(exc))}", file=sys.stderr)
        return 1
