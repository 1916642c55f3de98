"""The layers, as a test: content, services, ui, app, the commands, cli; each imports only downwards.

Every import counts, at the top of a module or inside a function (where a start-up cost was
deferred) or under TYPE_CHECKING: a lazy import is still a dependency. In the manner of mpvQC's
test_import_rules.py, with the standard library's ast rather than a new dependency.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "kiosk"
# Lowest first. A module may import its own layer and those below it.
LAYERS: list[tuple[str, ...]] = [
    ("kiosk", "kiosk.content", "kiosk.assets", "kiosk.display"),  # no Qt in content; the rest Qt-free at import
    ("kiosk.services",),  # what runs behind the screens
    ("kiosk.ui",),  # what QML sees: the screens and their view-models
    ("kiosk.app",),  # the kiosk, built and wired
    (  # the commands, each a program of its own
        "kiosk.report",
        "kiosk.newexhibition",
        "kiosk.photofiles",
        "kiosk.addphotos",
        "kiosk.precheck",
        "kiosk.latestart",
        "kiosk.run",
        "kiosk.proofsheet",
        "kiosk.preview",
        "kiosk.stats",
        "kiosk.statsplot",
    ),
    ("kiosk.cli", "kiosk.__main__"),  # the command line
]


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module: str) -> int:
    """The layer of a module: that of the longest prefix named in LAYERS."""
    best, found = "", -1
    for index, names in enumerate(LAYERS):
        for name in names:
            if (module == name or module.startswith(name + ".")) and len(name) > len(best):
                best, found = name, index
    assert found >= 0, f"{module} is in no layer: add it to LAYERS"
    return found


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, module) for every kiosk module this file imports, wherever the import is."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else module_name(path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names if alias.name.startswith("kiosk"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from .model import X
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            if base.startswith("kiosk"):
                # `from kiosk import benchmode` imports a module, not a name of the package.
                names = [f"{base}.{a.name}" for a in node.names if (PACKAGE / a.name).with_suffix(".py").exists()]
                yield from ((node.lineno, name) for name in (names if base == "kiosk" and names else [base]))


def graph() -> dict[str, set[str]]:
    return {
        module_name(path): {name for _, name in imports(path) if name != module_name(path)}
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def test_every_import_goes_down_the_layers() -> None:
    wrong = [
        f"{path.relative_to(ROOT)}:{line}: {module_name(path)} imports {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, name in imports(path)
        if layer(name) > layer(module_name(path))
    ]
    assert wrong == []


def test_no_module_imports_itself_back_through_others() -> None:
    edges = graph()
    circles = []

    def visit(module: str, path: list[str]) -> None:
        for target in sorted(edges.get(module, ())):
            if target in path:
                circles.append(" -> ".join([*path[path.index(target) :], target]))
            elif target in edges and len(path) < 20:
                visit(target, [*path, target])

    for start in sorted(edges):
        visit(start, [start])
    assert sorted(set(circles)) == []


def test_the_content_model_imports_no_qt_and_nothing_above_it() -> None:
    for path in sorted((PACKAGE / "content").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert "PySide6" not in source, path
        assert all(name.startswith("kiosk.content") for _, name in imports(path)), path


TESTS = ROOT / "tests"
# The shared helpers, at the top of tests/ beside conftest.py: the only modules of tests/ that a test
# module may import, so that each test module can be run, moved or deleted on its own.
SHARED_HELPERS = {
    "tests.conftest",
    "tests.content_cases",
    "tests.content_mutants",
    "tests.debian",
    "tests.faults",
    "tests.hours_fixtures",
    "tests.kiosk_fixtures",
    "tests.media_files",
    "tests.stress_content",
    "tests.syncthing_fleet",
    "tests.visit_fixtures",
    "tests.wayland_client",
}


def every_test_module() -> list[Path]:
    """Every test module, in tests/ and its subfolders (tests/content, tests/ui...)."""
    return sorted(TESTS.rglob("test_*.py"))


def imports_from_tests(path: Path) -> Iterator[tuple[int, str]]:
    """(line, module) for every module of tests/ this file imports, relative imports resolved.

    `from tests.ui import test_fit` imports the module tests.ui.test_fit, not a name of tests.ui.
    """
    package = module_name(path).rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names if alias.name.split(".")[0] == "tests")
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from ..conftest import ROOT, from . import test_fit
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            if base.split(".")[0] != "tests":
                continue
            for alias in node.names:
                name = f"{base}.{alias.name}"
                is_module = (ROOT / name.replace(".", "/")).with_suffix(".py").exists()
                is_package = (ROOT / name.replace(".", "/") / "__init__.py").exists()
                yield node.lineno, (name if is_module or is_package else base)


def test_no_test_module_imports_another() -> None:
    # Shared helpers are the non-test modules at the top of tests/ (and no others), and every
    # subfolder's test modules are scanned too.
    helpers = {module_name(path) for path in TESTS.glob("*.py") if not path.name.startswith("test_")}
    assert helpers - {"tests"} == SHARED_HELPERS
    assert any(path.parent != TESTS for path in every_test_module())
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in every_test_module()
        for line, name in imports_from_tests(path)
        if name not in SHARED_HELPERS
    ]
    assert wrong == []
