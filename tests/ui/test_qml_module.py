"""The QML module kiosk.ui: qmllint knows the Python types and finds nothing, and the types hold."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from kiosk.app import Kiosk
from kiosk.content import load
from kiosk.ui import QML_TYPES
from kiosk.ui.screens import IMPORT_PATH, UI
from tests.conftest import MINIMAL, make_jpeg
from tools import qmltypes

MakeKiosk = Callable[..., Kiosk]

QMLLINT = Path(sys.executable).parent / "pyside6-qmllint"


@pytest.fixture(scope="module")
def described() -> Path:
    """What qmllint knows of the Python types (kiosk/ui/kiosk.qmltypes), written once."""
    return qmltypes.write()


def lint(*files: Path) -> list[str]:
    command = [str(QMLLINT), "-I", str(IMPORT_PATH), *map(str, files)]
    result = subprocess.run(command, cwd=UI, capture_output=True, text=True, timeout=120)
    return [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]


def test_every_qml_file_is_lint_clean(described: Path) -> None:
    assert lint(*sorted(UI.glob("*.qml"))) == []


def test_qmllint_checks_the_names_a_screen_reads_of_the_python_types(described: Path, tmp_path: Path) -> None:
    # A misspelt property of a view-model, and of a panel: both found before the kiosk runs.
    screen = tmp_path / "Misspelt.qml"
    screen.write_text(
        "import QtQuick\nimport kiosk.ui\n\nItem {\n    required property ExhibitionViewModel content\n"
        "    required property PanelData panel\n"
        "    property string a: content.titel\n    property string b: panel.summry\n}\n",
        encoding="utf-8",
    )
    found = "\n".join(lint(screen))
    assert 'Member "titel" not found on type "ExhibitionViewModel"' in found
    assert 'Member "summry" not found on type "PanelData"' in found


def test_the_objects_qml_reads_keep_the_type_it_was_given(make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    # A method connected to a signal without @Slot is added to the class's meta-object when first
    # connected; QML keeps the one it was registered with and then reads freed memory.
    (tmp_path / "content.yaml").write_text(MINIMAL, encoding="utf-8")
    make_jpeg(tmp_path / "photo.jpg")
    kiosk = make_kiosk(load(tmp_path / "content.yaml").exhibition, content_path=tmp_path / "content.yaml")
    kiosk.navigator.show("slideshow")
    objects: list[QObject] = [kiosk.content, kiosk.navigator, kiosk.slideshow, kiosk.idle, kiosk.hours]
    objects += [kiosk.staff, kiosk.status, kiosk.preferences, *kiosk.content.property("slides")]
    changed = [
        type(o).__name__
        for o in objects
        if o.metaObject().methodCount() != type(o).staticMetaObject.methodCount()  # type: ignore[attr-defined]
    ]
    assert changed == []
    assert {type(o) for o in objects} <= set(QML_TYPES)


@pytest.mark.parametrize("name", [cls.__name__ for cls in QML_TYPES])
def test_every_type_is_described_to_qmllint(described: Path, name: str) -> None:
    assert f'exports: ["kiosk.ui/{name} 1.0"]' in described.read_text(encoding="utf-8")
