"""The README and the code stay in sync: shortcuts, legend colours, CLI, make targets.

In the spirit of sqlite-utils' test_docs.py: whatever the user guide names must exist, and
whatever the GUI defines must be documented. Sections marked "Not yet available" are
planned features and are not checked against the code.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
NOT_YET = "not yet available"


def _sections(markdown: str) -> list[tuple[str, str]]:
    """(heading, body) for every ``#``-heading, outside fenced code blocks."""
    sections: list[tuple[str, str]] = []
    heading, fenced = "", False
    body: list[str] = []
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and re.match(r"#{1,6} ", line):
            sections.append((heading, "\n".join(body)))
            heading, body = line.lstrip("#").strip(), []
        else:
            body.append(line)
    sections.append((heading, "\n".join(body)))
    return sections


def _section(title: str) -> str:
    for heading, body in _sections(README):
        if heading.lower() == title.lower():
            return body
    raise AssertionError(f"README has no section {title!r}")


def _table_rows(body: str) -> list[list[str]]:
    rows = []
    for line in body.splitlines():
        line = line.strip()
        if not line.startswith("|") or set(line) <= set("|-: "):
            continue
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows[1:]  # drop the header


def _code_lines(body: str) -> Iterator[str]:
    fenced = False
    for line in body.splitlines():
        if line.startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            yield line.split("#", 1)[0].strip()


# --- the first lines ------------------------------------------------------------------


def test_readme_leads_with_the_two_setup_commands() -> None:
    head = "\n".join(README.splitlines()[:8])
    assert "make run" in head
    assert "make test" in head


def test_every_make_target_in_the_readme_exists() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][\w-]*):", makefile, flags=re.MULTILINE))
    named = set(re.findall(r"`?make ([a-z][\w-]*)", README))
    assert named, "the README names no make target"
    assert named <= targets


# --- shortcuts ------------------------------------------------------------------------


def _normalise(sequence: str) -> str:
    from PySide6.QtGui import QKeySequence

    text = QKeySequence(sequence).toString(QKeySequence.SequenceFormat.PortableText)
    assert text, f"not a key sequence: {sequence!r}"
    return text


def readme_shortcuts() -> dict[str, str]:
    """Shortcut (Qt portable text) -> action, from the README's shortcuts table."""
    rows = _table_rows(_section("Keyboard shortcuts"))
    return {_normalise(row[0].strip("`")): row[1] for row in rows}


_TABLE_NAMES = ("ACTIONS", "ACTION_SPECS", "SHORTCUTS", "DEFAULT_SHORTCUTS")


def _as_sequences(value: Any) -> list[str]:
    """Portable-text key sequences from a string, QKeySequence, StandardKey or a list."""
    from PySide6.QtGui import QKeySequence

    if value is None:
        return []
    if isinstance(value, str):
        return [_normalise(value)] if value else []
    if isinstance(value, QKeySequence):
        return [value.toString(QKeySequence.SequenceFormat.PortableText)]
    if isinstance(value, QKeySequence.StandardKey):
        return [
            k.toString(QKeySequence.SequenceFormat.PortableText)
            for k in QKeySequence.keyBindings(value)
        ]
    if isinstance(value, Iterable):
        return [s for item in value for s in _as_sequences(item)]
    raise TypeError(f"cannot read a shortcut from {value!r}")


def _action_entries(table: Any) -> list[tuple[str, list[str]]]:
    """(action name, key sequences) from the GUI's table, whatever its exact shape."""
    if isinstance(table, Mapping):
        items: Iterable[Any] = table.items()
    else:
        items = table
    entries = []
    for item in items:
        if isinstance(item, tuple) and len(item) >= 2 and isinstance(item[0], str):
            name, shortcut = item[0], item[1]
        else:
            name = str(
                next(
                    (getattr(item, a) for a in ("name", "id", "key", "text") if hasattr(item, a)),
                    item,
                )
            )
            shortcut = next(
                (getattr(item, a) for a in ("shortcuts", "shortcut") if hasattr(item, a)), None
            )
        entries.append((name, _as_sequences(shortcut)))
    return [(name, keys) for name, keys in entries if keys]


@pytest.fixture
def gui_shortcuts(qapp: Any) -> list[tuple[str, list[str]]]:
    """The shortcuts the GUI defines, from ``reviewdesk.gui.actions``.

    Reads ``create_actions(parent)`` (the window's actions, built on a bare widget), or a
    module-level table (``ACTIONS``, ...) if the GUI keeps one.
    """
    # A missing module is a failure, never a skip: a rename must not turn red into grey.
    actions = importlib.import_module("reviewdesk.gui.actions")
    create = getattr(actions, "create_actions", None)
    if callable(create):
        from PySide6.QtGui import QAction, QKeySequence
        from PySide6.QtWidgets import QWidget

        parent = QWidget()
        made = create(parent)
        found = made.__dict__.values() if hasattr(made, "__dict__") else made
        entries = [
            (
                action.objectName() or action.text(),
                [k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()],
            )
            for action in found
            if isinstance(action, QAction)
        ]
        parent.deleteLater()
        entries = [(name, keys) for name, keys in entries if keys]
        assert entries, "create_actions() made no action with a shortcut"
        return entries
    for name in _TABLE_NAMES:
        table = getattr(actions, name, None)
        if table is not None:
            entries = _action_entries(table)
            assert entries, f"reviewdesk.gui.actions.{name} defines no shortcut"
            return entries
    raise AssertionError(
        "reviewdesk.gui.actions has neither create_actions() nor a table of actions "
        f"(one of {', '.join(_TABLE_NAMES)})"
    )


def test_readme_shortcut_table_parses() -> None:
    shortcuts = readme_shortcuts()
    assert {"F8", "Shift+F8", "Ctrl+Return", "Ctrl+Shift+I", "Ctrl+M"} <= set(shortcuts)


def test_every_documented_shortcut_is_defined(gui_shortcuts: list[tuple[str, list[str]]]) -> None:
    defined = {key for _, keys in gui_shortcuts for key in keys}
    missing = {key: action for key, action in readme_shortcuts().items() if key not in defined}
    assert missing == {}, "README documents shortcuts the GUI does not define"


def test_every_gui_shortcut_is_documented(gui_shortcuts: list[tuple[str, list[str]]]) -> None:
    documented = set(readme_shortcuts())
    undocumented = [name for name, keys in gui_shortcuts if not documented & set(keys)]
    assert undocumented == [], "GUI actions whose shortcut the README does not list"


# --- legend ---------------------------------------------------------------------------


def test_legend_matches_the_gui_palette() -> None:
    palette = importlib.import_module("reviewdesk.gui.palette")
    from reviewdesk.core.models import CATEGORIES

    rows = _table_rows(_section("Legend"))
    documented = {row[0]: row[1].split("`")[1].lower() for row in rows}
    colours = {str(c): palette.CATEGORY_COLOURS[c].lower() for c in CATEGORIES}
    assert documented == colours


# --- command line ---------------------------------------------------------------------


def readme_commands() -> dict[str, set[str]]:
    """Subcommand -> options, from code blocks in sections not marked as planned."""
    commands: dict[str, set[str]] = {}
    for _heading, body in _sections(README):
        if NOT_YET in body.lower():
            continue
        for line in _code_lines(body):
            words = line.split()
            if len(words) < 2 or words[0] != "reviewdesk":
                continue
            sub = words[1]
            if not re.fullmatch(r"[a-z][a-z-]+", sub):
                continue  # a file name or an option: opens the window
            options = {w.split("=")[0] for w in words[2:] if w.startswith("--")}
            commands.setdefault(sub, set()).update(options)
    return commands


def _help(*args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COLUMNS="200")
    proc = subprocess.run(
        [sys.executable, "-m", "reviewdesk", *args, "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_readme_documents_the_check_command() -> None:
    commands = readme_commands()
    assert "check" in commands
    assert {"--format", "--language", "--library"} <= commands["check"]


@pytest.mark.slow  # runs reviewdesk --help as a program, once per command
def test_cli_help_lists_every_documented_subcommand() -> None:
    top = _help()
    for sub, options in readme_commands().items():
        assert re.search(rf"\b{re.escape(sub)}\b", top), f"`reviewdesk --help` lacks {sub}"
        sub_help = _help(sub)
        for option in sorted(options):
            assert option in sub_help or option in top, f"{sub} has no option {option}"
