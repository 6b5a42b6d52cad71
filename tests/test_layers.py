"""The layers stay apart, and importing reviewdesk does nothing by itself.

core is plain Python (no Qt, no SQLite); store is the only code that touches SQLite;
formats reads and writes files; gui is Qt; app and cli wire things up. These rules are
checked twice: by walking every module's AST here, and by import-linter (the contracts
in pyproject.toml) when it is installed.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
PACKAGE = SRC / "reviewdesk"

QT_MODULES = ("PySide6", "shiboken6")
SQLITE_MODULES = ("sqlite3", "sqlite_utils")


@dataclass(frozen=True)
class Module:
    """One module of the package and everything it imports (absolute names)."""

    name: str
    path: Path
    imports: frozenset[str]

    @property
    def layer(self) -> str:
        """``core``, ``store``, ``gui``, ... or the module's own name for top-level files."""
        parts = self.name.split(".")
        return parts[1] if len(parts) > 1 else ""


def _module_name(path: Path) -> str:
    rel = path.relative_to(SRC).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports_of(path: Path, name: str) -> frozenset[str]:
    """Every module imported anywhere in the file (also inside functions), made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    package_parts = name.split(".") if is_package else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - (node.level - 1)]
                prefix = ".".join(base)
                module = f"{prefix}.{node.module}" if node.module else prefix
            else:
                module = node.module or ""
            found.add(module)
            # "from reviewdesk import gui" imports the submodule reviewdesk.gui.
            found.update(f"{module}.{alias.name}" for alias in node.names if alias.name != "*")
    return frozenset(found)


def _all_modules() -> list[Module]:
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module_name(path)
        modules.append(Module(name, path, _imports_of(path, name)))
    return modules


MODULES = _all_modules()


def _offending(module: Module, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        imp for imp in module.imports if any(imp == f or imp.startswith(f + ".") for f in forbidden)
    )


def _violations(layers: tuple[str, ...], forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    out = {}
    for module in MODULES:
        if module.layer in layers:
            bad = _offending(module, forbidden)
            if bad:
                out[module.name] = bad
    return out


def test_the_package_has_the_expected_layers() -> None:
    """Guards the other tests: if the walk found nothing, they would pass vacuously."""
    layers = {m.layer for m in MODULES}
    assert {"core", "formats", "store", "service", "desk", "gui"} <= layers
    assert len([m for m in MODULES if m.layer == "core"]) >= 5


def test_core_store_and_formats_never_import_qt() -> None:
    assert _violations(("core", "store", "formats"), QT_MODULES) == {}


def test_only_gui_app_and_cli_import_the_gui() -> None:
    allowed = {"gui", "app", "cli"}
    bad = {
        m.name: _offending(m, ("reviewdesk.gui",))
        for m in MODULES
        if m.layer not in allowed and _offending(m, ("reviewdesk.gui",))
    }
    assert bad == {}


def test_core_is_plain_python() -> None:
    forbidden = (
        *SQLITE_MODULES,
        "reviewdesk.store",
        "reviewdesk.formats",
        "reviewdesk.gui",
        "reviewdesk.app",
        "reviewdesk.cli",
    )
    assert _violations(("core",), forbidden) == {}


def test_only_the_store_touches_sqlite() -> None:
    bad = {
        m.name: _offending(m, SQLITE_MODULES)
        for m in MODULES
        if m.layer != "store" and _offending(m, SQLITE_MODULES)
    }
    assert bad == {}


def test_formats_do_not_import_store_or_gui() -> None:
    forbidden = ("reviewdesk.store", "reviewdesk.gui", "reviewdesk.app", "reviewdesk.cli")
    assert _violations(("formats",), forbidden) == {}


def test_the_ast_walk_sees_relative_and_nested_imports(tmp_path: Path) -> None:
    """The checker itself: relative imports resolve, and imports inside functions count."""
    pkg = tmp_path / "src" / "reviewdesk" / "core"
    pkg.mkdir(parents=True)
    path = pkg / "example.py"
    path.write_text(
        textwrap.dedent(
            """
            from ..store import Library
            from . import text

            def later():
                import PySide6.QtCore
                from sqlite_utils import Database
            """
        ),
        encoding="utf-8",
    )
    imports = _imports_of(path, "reviewdesk.core.example")
    assert "reviewdesk.store" in imports
    assert "reviewdesk.core.text" in imports
    assert "PySide6.QtCore" in imports
    assert "sqlite_utils" in imports


def _lint_imports() -> str | None:
    exe = Path(sys.executable).with_name("lint-imports")
    if exe.exists():
        return str(exe)
    return shutil.which("lint-imports")


@pytest.mark.slow  # runs import-linter as a program (make lint runs it too)
def test_import_linter_contracts_are_kept() -> None:
    exe = _lint_imports()
    assert exe is not None, "import-linter (lint-imports) is a dev dependency; is .venv set up?"
    env = dict(os.environ, PYTHONPATH=str(SRC))
    proc = subprocess.run(
        [exe, "--no-cache", "--no-logo", str(REPO / "pyproject.toml")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


# --- no side effects at import time ---------------------------------------------------

_IMPORT_ALL = r"""
import importlib, json, logging, os, pkgutil, sys, threading

def tasks():
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return -1

threads_before = threading.active_count()
tasks_before = tasks()
import reviewdesk
names = ["reviewdesk"]
for info in pkgutil.walk_packages(reviewdesk.__path__, "reviewdesk."):
    if info.name.endswith("__main__"):
        continue
    names.append(info.name)
failed = {}
for name in names:
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed[name] = f"{type(exc).__name__}: {exc}"
qt_app = False
if "PySide6.QtCore" in sys.modules:
    from PySide6.QtCore import QCoreApplication
    qt_app = QCoreApplication.instance() is not None
print(json.dumps({
    "modules": names,
    "failed": failed,
    "qt_app": qt_app,
    "threads": [threads_before, threading.active_count()],
    "thread_names": [t.name for t in threading.enumerate()],
    "tasks": [tasks_before, tasks()],
    "root_handlers": len(logging.getLogger().handlers),
}))
"""


@pytest.mark.slow  # imports every module in a fresh interpreter
def test_importing_every_module_has_no_side_effects(tmp_path: Path) -> None:
    home = tmp_path / "home"
    work = tmp_path / "cwd"
    home.mkdir()
    work.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "REVIEWDESK_LIBRARY": str(home / "library.sqlite"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(SRC),
        "PYTHONDONTWRITEBYTECODE": "1",
        "LANG": "C.UTF-8",
    }
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["failed"] == {}, "modules that fail to import"
    assert len(report["modules"]) >= 10
    created = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert created == ["cwd", "home"], "importing reviewdesk created files"
    assert report["qt_app"] is False, "a module creates a QApplication at import time"
    before, after = report["threads"]
    assert after == before, f"import started threads: {report['thread_names']}"
    tasks_before, tasks_after = report["tasks"]
    assert tasks_after == tasks_before, "import started native threads"
    assert report["root_handlers"] == 0, "a module configures logging at import time"


def _import_circles() -> list[list[str]]:
    """Strongly connected groups of modules that import each other, however indirectly.

    Every import counts: inside functions and under ``TYPE_CHECKING`` too, because a
    circle hidden from the interpreter still means two modules that cannot be read, or
    changed, one without the other.
    """
    names = {m.name for m in MODULES}
    edges = {m.name: {i for i in m.imports if i in names and i != m.name} for m in MODULES}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm; the package is small
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for name in sorted(edges):
        if name not in index:
            visit(name)
    return groups


def test_no_module_imports_another_that_imports_it_back() -> None:
    assert _import_circles() == []


def test_the_circle_finder_sees_a_circle() -> None:
    """Guards the test above: two modules importing each other are found."""
    a = Module("reviewdesk.x.a", PACKAGE, frozenset({"reviewdesk.x.b"}))
    b = Module("reviewdesk.x.b", PACKAGE, frozenset({"reviewdesk.x.a"}))
    MODULES.extend([a, b])
    try:
        assert ["reviewdesk.x.a", "reviewdesk.x.b"] in _import_circles()
    finally:
        MODULES.remove(a)
        MODULES.remove(b)


def test_the_checker_service_never_imports_qt_or_the_gui() -> None:
    assert _violations(("service",), (*QT_MODULES, "reviewdesk.gui", "reviewdesk.app")) == {}


def test_the_application_layer_never_imports_qt_the_gui_or_the_service() -> None:
    banned = (*QT_MODULES, "reviewdesk.gui", "reviewdesk.app", "reviewdesk.cli")
    assert _violations(("desk",), (*banned, "reviewdesk.service")) == {}


def test_the_window_reaches_engines_only_through_desk_and_service() -> None:
    assert _violations(("gui",), ("reviewdesk.core.engines",)) == {}
