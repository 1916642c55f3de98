"""Interface translations, the Qt way: QML's qsTr strings, .ts sources, compiled .qm files.

    python tools/translations.py            update the .ts files from the QML, then compile the .qm
    python tools/translations.py --check    fail if a .ts misses a string or a .qm is out of date

Translators edit kiosk/i18n/kiosk_<lang>.ts (with Qt Linguist, pyside6-linguist, or any text
editor); the compiled .qm files are committed beside them so that an installed kiosk needs no
build step. The content's own texts are translated in content.yaml instead.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from kiosk.assets import I18N

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "kiosk" / "ui"
LANGUAGES = ("fr", "es", "ar")
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    return str(BIN / name) if (BIN / name).exists() else name


def update(ts_files: list[Path]) -> str:
    """Run lupdate over the QML into these .ts files; returns its report."""
    qml = sorted(str(p) for p in UI.glob("*.qml"))
    result = subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *qml, "-ts", *map(str, ts_files)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout + result.stderr


def release(ts: Path, qm: Path) -> None:
    """Compile one .ts into a .qm."""
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def check() -> list[str]:
    """What is out of date, in words (empty when all is well)."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = [Path(tmp) / f"kiosk_{lang}.ts" for lang in LANGUAGES]
        for lang, copy in zip(LANGUAGES, copies, strict=True):
            shutil.copy(I18N / f"kiosk_{lang}.ts", copy)
        update(copies)
        for lang, copy in zip(LANGUAGES, copies, strict=True):
            text = copy.read_text(encoding="utf-8")
            if 'type="unfinished"' in text or 'type="vanished"' in text:
                problems.append(
                    f"kiosk_{lang}.ts lacks translations of interface strings: run this tool, then "
                    f"translate the strings marked unfinished"
                )
            qm = Path(tmp) / f"kiosk_{lang}.qm"
            release(I18N / f"kiosk_{lang}.ts", qm)
            shipped = I18N / f"kiosk_{lang}.qm"
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                problems.append(f"kiosk_{lang}.qm is older than its .ts: run python tools/translations.py")
    return problems


def main(argv: list[str]) -> int:
    """Update and compile, or with --check only report."""
    if "--check" in argv:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    print(update([I18N / f"kiosk_{lang}.ts" for lang in LANGUAGES]))
    for lang in LANGUAGES:
        release(I18N / f"kiosk_{lang}.ts", I18N / f"kiosk_{lang}.qm")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
