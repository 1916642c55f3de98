"""Describe the kiosk's Python QML types to qmllint and qmlls: writes kiosk/ui/kiosk.qmltypes.

The description is read from the registered classes' own meta-objects, so it says what QML
really sees (constant properties included, which pyside6-metaobjectdump's reading of the
source leaves out), and qmltyperegistrar, Qt's own tool, writes the file. The engine never
reads it: it is for the tools only, made by the lint test and by `python tools/qmltypes.py`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import QMetaMethod, QMetaObject

from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, QML_TYPES, UNCREATABLE
from kiosk.ui.screens import UI, register_types

OUT = UI / "kiosk.qmltypes"  # named by the qmldir's typeinfo line
QT_METATYPES = Path(PySide6.__file__).parent / "Qt" / "metatypes"


def _methods(meta: QMetaObject, kind: QMetaMethod.MethodType) -> list[dict[str, Any]]:
    found = []
    for index in range(meta.methodOffset(), meta.methodCount()):
        method = meta.method(index)
        if method.methodType() != kind:
            continue
        names = [bytes(n.data()).decode() for n in method.parameterNames()]
        types = [bytes(t.data()).decode() for t in method.parameterTypes()]
        arguments = [{"name": n or f"a{i + 1}", "type": t} for i, (n, t) in enumerate(zip(names, types, strict=True))]
        name = bytes(method.name().data()).decode()
        found.append({"access": "public", "name": name, "arguments": arguments, "returnType": method.typeName()})
    return found


def describe(cls: type) -> dict[str, Any]:
    """One class as moc would describe it (the JSON qmltyperegistrar reads)."""
    meta: QMetaObject = cls.staticMetaObject  # type: ignore[attr-defined]
    properties: list[dict[str, Any]] = []
    for index in range(meta.propertyOffset(), meta.propertyCount()):
        prop = meta.property(index)
        entry: dict[str, Any] = {"name": prop.name(), "type": prop.typeName(), "index": len(properties)}
        entry["read"] = prop.name()
        if prop.isWritable():
            entry["write"] = prop.name()
        if prop.hasNotifySignal():
            entry["notify"] = bytes(prop.notifySignal().name().data()).decode()
        entry["constant"] = prop.isConstant()
        properties.append(entry)
    return {
        "className": meta.className(),
        "qualifiedClassName": meta.className(),
        "object": True,
        "superClasses": [{"access": "public", "name": meta.superClass().className()}],
        "classInfos": [
            {"name": "QML.Element", "value": "auto"},
            {"name": "QML.Creatable", "value": "false"},
            {"name": "QML.UncreatableReason", "value": UNCREATABLE},
        ],
        "properties": properties,
        "signals": _methods(meta, QMetaMethod.MethodType.Signal),
        "slots": _methods(meta, QMetaMethod.MethodType.Slot),
    }


def write(out: Path = OUT) -> Path:
    """Write the module's .qmltypes; returns its path."""
    register_types()
    module = {
        "classes": [describe(cls) for cls in QML_TYPES],
        "outputRevision": 68,
        "QML_IMPORT_NAME": QML_IMPORT_NAME,
        "QML_IMPORT_MAJOR_VERSION": QML_IMPORT_MAJOR_VERSION,
        "QML_IMPORT_MINOR_VERSION": 0,
        "inputFile": "kiosk/ui",
    }
    registrar = Path(sys.executable).parent / "pyside6-qmltyperegistrar"
    core = next(QT_METATYPES.glob("qt6core_*metatypes.json"))
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "kiosk_metatypes.json"
        source.write_text(json.dumps([module]), encoding="utf-8")
        command = [str(registrar), "--generate-qmltypes", str(out), "-o", str(Path(tmp) / "registrations.cpp")]
        command += ["--import-name", QML_IMPORT_NAME, "--major-version", str(QML_IMPORT_MAJOR_VERSION)]
        command += ["--minor-version", "0", f"--foreign-types={core}", str(source)]
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)
    return out


if __name__ == "__main__":
    print(write())
