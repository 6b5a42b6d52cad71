"""The README and the code stay in sync: the make targets, the legend's colours, the
command line, and the names of the window's controls.

In the spirit of sqlite-utils' test_docs.py: whatever the user guide names must exist, and
whatever the app offers must be documented. Sections marked "Not yet available" are
planned features and are not checked against the code. The window's menus and shortcuts
are checked against a real window in tests/gui/test_guide.py.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import os
import re
import subprocess
import sys

import pytest

from readme_guide import (
    MENU_ARROW,
    README,
    REPO,
    bold_names,
    code_lines,
    plain,
    section,
    sections,
    table_rows,
)

NOT_YET = "not yet available"

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


def test_every_make_target_in_make_help_is_in_the_readme() -> None:
    """What `make help` offers a new user, the guide's Development list explains."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    offered = set(re.findall(r'@echo "make ([a-z][\w-]*)', makefile))
    assert {"run", "test"} <= offered
    listed = set(re.findall(r"^make ([a-z][\w-]*)", section("Development"), flags=re.MULTILINE))
    assert offered - listed == set(), "make help offers targets the guide does not list"


def test_every_environment_variable_the_app_reads_is_in_the_guide() -> None:
    """A REVIEWDESK_* variable the code reads and the guide never names is a switch no
    user can find."""
    read = {
        name
        for path in (REPO / "src" / "reviewdesk").rglob("*.py")
        for name in re.findall(r"REVIEWDESK_[A-Z0-9_]+", path.read_text(encoding="utf-8"))
    }
    assert "REVIEWDESK_LIBRARY" in read
    assert read - set(re.findall(r"REVIEWDESK_[A-Z0-9_]+", README)) == set()


# --- legend ---------------------------------------------------------------------------


def test_legend_matches_the_window_s_categories() -> None:
    """Each category as the window names it, as `reviewdesk check` names it, and its light
    and dark colours."""
    palette = importlib.import_module("reviewdesk.gui.palette")
    from reviewdesk.core.models import CATEGORIES

    rows = table_rows(section("Legend"))
    documented = {
        row[1].strip("`"): (row[0], row[2].split("`")[1].lower(), row[3].strip("`").lower())
        for row in rows
    }
    window = {
        str(c): (
            palette.CATEGORY_LABELS[c],
            palette.LIGHT.categories[c].lower(),
            palette.DARK.categories[c].lower(),
        )
        for c in CATEGORIES
    }
    assert documented == window


def test_export_formats_are_the_dialog_s_and_the_command_s() -> None:
    """The Exporting table names each format as the export dialog lists it, in its order,
    beside the `--to` value that writes it on the command line."""
    from reviewdesk.formats.export import ExportFormat
    from reviewdesk.gui.dialogs.export import FORMAT_NAMES

    rows = table_rows(section("Exporting"))
    documented = [(row[0].replace("`", ""), row[1].strip("`")) for row in rows]
    assert documented == [(FORMAT_NAMES[fmt], str(fmt)) for fmt in ExportFormat]


def test_checkers_table_names_every_engine_as_results_do() -> None:
    """The Checkers table's "Name in results" column is every engine a check can name:
    the fast pipeline's checkers, and the slow ones (LanguageTool)."""
    from reviewdesk.core.engines.registry import (
        BUILTIN_ENGINES,
        EngineSettings,
        build_fast_pipeline,
    )

    rows = table_rows(section("Checkers"))
    documented = {row[1].strip("`") for row in rows}
    pipeline = build_fast_pipeline(EngineSettings())
    try:
        engines = {c.name for c in pipeline.checkers}
    finally:
        pipeline.close()
    engines |= {spec.name for spec in BUILTIN_ENGINES if spec.slow}
    assert documented == engines


def test_the_library_window_s_columns_and_the_dictionary_s_scopes() -> None:
    """The guide's tables of the library window's columns and of the dictionary's scopes
    name them as the window does, in its order."""
    from reviewdesk.gui.dialogs.dictionary import SCOPE_TITLES
    from reviewdesk.gui.dialogs.library_model import COLUMNS

    columns = [row[0] for row in table_rows(section("The library window"))]
    assert columns == [plain(c.title) for c in COLUMNS]
    scopes = [row[0] for row in table_rows(section("Dictionary"))]
    assert scopes == [plain(title) for title in SCOPE_TITLES.values()]


# --- the names of controls ------------------------------------------------------------

# Bold phrases that are the guide's own lead-ins or emphasis, not the name of something
# the app shows. Anything else in bold must be a string of the app's.
NOT_CONTROLS = frozenset(
    {
        "Word files, part by part.",
        "Tracked changes that come in",
        "confirmation dialog",
        "the paragraphs on screen first",
        "The document's structure:",
        "Incoming revisions:",
        "Warning bar:",
        "Quiet redline:",
        "Issues panel:",
        "one row",
        "Notes panel:",
        "Dialect bar:",
        "Dialect bar",
        "Status bar:",
        "Review status:",
        "Word count:",
        "the suggestions",
        "Search:",
        "Word in, Word out.",
        "Backups:",
        "Damage:",
        "The fast loop.",
        "Closing and the checker.",
        "Word files at the XML level",
        "Translations.",
    }
)


def _app_strings() -> list[str]:
    """Every string literal in src/reviewdesk but the docstrings (prose for developers,
    never shown), as the guide would write it."""
    found: list[str] = []
    for path in sorted((REPO / "src" / "reviewdesk").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        found += [
            plain(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ]
    return found


def _has_words(string: str) -> bool:
    return re.search(r"[^\W\d_]{3,}", re.sub(r"\{\w*\}", "", string)) is not None


def _shown_as(string: str) -> re.Pattern[str]:
    """A pattern for ``string`` with each ``{value}`` it is filled with as anything."""
    parts = re.split(r"\{\w*\}", string)
    return re.compile(".+?".join(re.escape(p) for p in parts))


def test_every_control_the_guide_names_in_bold_is_one_the_app_shows() -> None:
    """**Bold** in the guide is what the app says on a button, tab, menu or message; a
    renamed button leaves the guide naming something the user cannot find."""
    strings = _app_strings()
    # a string filled in with values stands for what it shows when it has words of its
    # own ("Switch to {name}"); "{count} {category}" would stand for anything
    patterns = [_shown_as(s) for s in strings if "{" in s and _has_words(s)]
    # and "Keep …" in the guide is "Keep {name}" in the code
    text = "\n".join(re.sub(r"\{\w*\}", "…", s) for s in strings)
    missing = []
    for name in dict.fromkeys(bold_names()):
        if name in NOT_CONTROLS:
            continue
        for part in (p.strip().rstrip(":") for p in name.split(MENU_ARROW)):
            if part.endswith(".") and not part.endswith("…"):
                part = part[:-1]
            if part in text or any(p.fullmatch(part) for p in patterns):
                continue
            missing.append(part)
    assert missing == [], f"the guide names, in bold, what the app does not show: {missing}"


def test_the_guide_leaves_no_bold_lead_in_unlisted() -> None:
    """Every exempt phrase is still in the guide: an exemption outliving its phrase would
    let a control of that name go unchecked."""
    assert NOT_CONTROLS - set(bold_names()) == set()


# --- command line ---------------------------------------------------------------------

# Options every command takes, explained once at the top of "Command line".
GLOBAL_OPTIONS = {"-h", "--help", "--library", "-v", "--verbose"}


def _parser() -> argparse.ArgumentParser:
    from reviewdesk.cli import build_parser, load_commands

    return build_parser(load_commands())


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _command_sections() -> dict[str, str]:
    """Command name -> its section's text, from the "### reviewdesk NAME" headings."""
    found = {}
    for heading, body in sections():
        match = re.fullmatch(r"reviewdesk ([a-z][a-z-]*)", heading)
        if match:
            found[match.group(1)] = body
    return found


def _options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [
        a
        for a in parser._actions
        if a.option_strings and not set(a.option_strings) <= GLOBAL_OPTIONS
    ]


def test_every_command_has_its_section_and_every_section_a_command() -> None:
    commands = set(_subparsers(_parser()))
    documented = set(_command_sections())
    assert commands - documented == set(), "commands the guide has no section for"
    assert documented - commands == set(), "sections for commands that do not exist"


def test_every_option_of_every_command_is_in_its_section() -> None:
    """Each subcommand's options (and their choices) are in its own section; a library
    action is named there as `reviewdesk library ACTION`, with its options."""
    sections_by_command = _command_sections()
    missing = []
    for name, sub in _subparsers(_parser()).items():
        text = sections_by_command[name]
        nested = _subparsers(sub)
        for action_name, action_parser in nested.items():
            if f"reviewdesk library {action_name}" not in text and name == "library":
                missing.append(f"{name} {action_name}")
            for option in _options(action_parser):
                if not any(s in text for s in option.option_strings):
                    missing.append(f"{name} {action_name} {option.option_strings[0]}")
        for option in _options(sub):
            if not any(s in text for s in option.option_strings):
                missing.append(f"{name} {option.option_strings[0]}")
            for choice in option.choices or ():
                if f"`{choice}`" not in text and f" {choice}" not in text:
                    missing.append(f"{name} {option.option_strings[0]} {choice}")
    assert missing == [], f"not in the command's section: {missing}"


def test_every_option_explains_itself_in_help() -> None:
    """`reviewdesk COMMAND --help` says what each option does (an option with no help
    shows as a bare name)."""
    bare = []
    parsers = {"": _parser()}
    while parsers:
        name, parser = parsers.popitem()
        for action in parser._actions:
            if action.option_strings and not action.help:
                bare.append(f"{name} {action.option_strings[0]}".strip())
        parsers.update({f"{name} {k}".strip(): p for k, p in _subparsers(parser).items()})
    assert bare == [], f"options with no help: {bare}"


def test_exit_codes_table_covers_every_command() -> None:
    rows = table_rows(section("Exit codes"))
    named = {c for row in rows for c in re.findall(r"`([a-z-]+)`", row[0])}
    commands = set(_subparsers(_parser())) - {"gui"}  # gui's one exit is in its section
    assert commands - named == set(), "commands missing from the exit codes table"
    assert named - commands == set()


def readme_commands() -> dict[str, set[str]]:
    """Subcommand -> options, from code blocks in sections not marked as planned."""
    commands: dict[str, set[str]] = {}
    for _heading, body in sections():
        if NOT_YET in body.lower():
            continue
        for line in code_lines(body):
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
