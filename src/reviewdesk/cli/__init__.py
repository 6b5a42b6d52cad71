"""The ``reviewdesk`` command: the desktop app, ``check`` and the other subcommands.

* ``reviewdesk``, ``reviewdesk FILE`` or ``reviewdesk gui [FILE]`` start the desktop app.
* ``reviewdesk check FILE`` and the other subcommands run without a window.
* ``--library PATH`` (before or after the subcommand) overrides ``$REVIEWDESK_LIBRARY``
  and the default library in the user data directory.

Adding a subcommand: write ``reviewdesk/cli/NAME.py`` exposing

    def add_parser(subparsers: argparse._SubParsersAction) -> None  # add one subparser
    def run(args: argparse.Namespace, library_path: pathlib.Path) -> int  # exit status

and list ``NAME`` in :data:`COMMAND_MODULES`. The dispatcher adds ``--library`` to every
subparser, records which module owns it, and calls its ``run``. A listed module that does
not exist yet is skipped (only an ImportError for that very module; any other import
error is a bug and propagates). ``run`` may raise :class:`CommandError`,
``FormatError``, ``StoreError``, ``CheckerError`` or ``OSError``: ``main`` prints them as
one line, ``reviewdesk: error: ...``, and returns 2. Print warnings with
:func:`reviewdesk.cli.common.warn`.
"""

from __future__ import annotations

# Only what the interpreter has loaded already: a window start begins the checker
# process before anything else is imported (argparse, logging, our command modules:
# ~25 ms of CPU, cold21); the rest comes inside the functions, or on first use.
import importlib
import os
import sys
from collections.abc import Sequence

from reviewdesk import __version__

# typing.TYPE_CHECKING without importing typing; mypy reads any name TYPE_CHECKING as true
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    import logging
    from pathlib import Path
    from types import ModuleType
    from typing import Any

    from reviewdesk.cli.common import ArgumentParser, CommandError
    from reviewdesk.service.spawn import StartedChecker

#: Subcommand modules inside ``reviewdesk.cli``, in the order ``--help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "check",
    "import_cmd",
    "export_cmd",
    "compare_cmd",
    "search_cmd",
    "library_cmd",
    "revisions_cmd",
)
GUI_COMMAND = "gui"


def _log() -> logging.Logger:
    import logging

    return logging.getLogger(__name__)


def __getattr__(name: str) -> Any:
    """``CommandError``, imported with :mod:`reviewdesk.cli.common` when first asked for
    (this module is imported before the checker's launch)."""
    if name == "CommandError":
        from reviewdesk.cli.common import CommandError

        return CommandError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_commands(names: Sequence[str] = COMMAND_MODULES) -> list[ModuleType]:
    """Import the subcommand modules that exist; skip those not written yet."""
    modules = []
    for name in names:
        qualified = f"{__name__}.{name}"
        try:
            modules.append(importlib.import_module(qualified))
        except ModuleNotFoundError as exc:
            if exc.name != qualified:
                raise
            _log().debug("subcommand module %s is not available", qualified)
    return modules


def build_parser(modules: Sequence[ModuleType]) -> ArgumentParser:
    """The full parser: global options, ``gui`` and every subcommand module."""
    from reviewdesk.cli.common import PROG, ArgumentParser, add_global_options

    parser = ArgumentParser(
        prog=PROG,
        description="A review desk for copy editors. With no command (or just a FILE), "
        "it opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_global_options(parser, top=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = subparsers.add_parser(GUI_COMMAND, help="open the desktop app (the default)")
    gui.add_argument("file", nargs="?", metavar="FILE", help="an article to open")
    gui.set_defaults(_runner=None)
    for module in modules:
        before = set(subparsers.choices)
        module.add_parser(subparsers)
        for name in set(subparsers.choices) - before:
            sub = subparsers.choices[name]
            sub.set_defaults(_runner=module.run)
    for sub in {id(p): p for p in subparsers.choices.values()}.values():  # aliases once
        add_global_options(sub, top=False)
    return parser


def _with_command(argv: list[str], commands: set[str]) -> list[str]:
    """``argv`` with ``gui`` inserted when no subcommand is named (``reviewdesk [FILE]``)."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token in ("-h", "--help", "--version"):
            return argv
        if token == "--library":
            i += 2
            continue
        if token == "--":
            rest = argv[i + 1 :]
            return [*argv[:i], GUI_COMMAND, *rest]
        if token.startswith("-"):
            i += 1
            continue
        if token in commands:
            return argv
        _refuse_mistyped_command(token, argv[i + 1 :], commands)
        return [*argv[:i], GUI_COMMAND, *argv[i:]]
    return [*argv, GUI_COMMAND]


def _refuse_mistyped_command(token: str, rest: list[str], commands: set[str]) -> None:
    """``reviewdesk chek a.txt`` is a typo, not a file called ``chek`` to open."""
    from reviewdesk.cli.common import CommandError

    if os.path.exists(token):
        return
    looks_like_file = "." in token or os.sep in token or "/" in token
    if rest or not looks_like_file:
        choices = ", ".join(sorted(commands))
        raise CommandError(f"no such command or file: {token!r} (commands: {choices})")


def library_path_from(args: argparse.Namespace) -> Path:
    """The library to use: ``--library``, else ``$REVIEWDESK_LIBRARY``, else the default."""
    if args.library:
        from pathlib import Path

        return Path(args.library).expanduser()
    from reviewdesk.store import default_library_path

    return default_library_path()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 issues found, 2 error)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    # a window start: its checker process first of all (Harper's dictionary is on the
    # way to its full highlights), told the dialect once the app has read the settings
    first = _start_checker_first(args_list)
    try:
        return _main(args_list, first)
    finally:
        if first is not None:
            first.drop()  # not handed on (no window after all): it ends


def _start_checker_first(argv: list[str]) -> StartedChecker | None:
    """The checker process started before anything else is imported, for a window start
    read as :func:`_plain_gui` reads it (cold21); None otherwise, or when it cannot be
    started (the app then starts it as before)."""
    if _plain_gui_words(argv) is None:
        return None
    from reviewdesk.service.spawn import start_checker

    try:
        return start_checker()
    except OSError:  # the app starts it as before, and says why if it cannot
        return None


def _main(args_list: list[str], first: StartedChecker | None) -> int:
    import gc

    from reviewdesk.cli.common import one_line, print_error

    try:
        # the commands' modules (~200) make no garbage worth a collection: ~10 ms less
        # of a start (the window's start goes on without collections: app.main)
        args = _plain_gui(args_list)
        if args is None:
            gc.disable()
            try:
                parser = build_parser(load_commands(COMMAND_MODULES))
                commands = set(_subcommand_names(parser))
                args = parser.parse_args(_with_command(args_list, commands))
            finally:
                gc.enable()
        library_path = library_path_from(args)
        if args.command == GUI_COMMAND:
            return _run_gui(args, library_path, first)
        _configure_logging(args.verbose)
        return int(args._runner(args, library_path))
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. "reviewdesk check x.txt | head"
        _silence_stdout()
        return 1
    except Exception as exc:
        message = _plain_error(exc)
        if message is None:
            # A bug or an input nothing foresaw: still one line (scripts and desks read
            # it), with the traceback in the log for -v, never a wall of Python.
            _log().info("unexpected error", exc_info=exc)
            message = one_line(
                f"unexpected problem ({type(exc).__name__}: {exc}); "
                "run again with -v for the details"
            )
        print_error(message)
        return 2


def _plain_gui(argv: list[str]) -> argparse.Namespace | None:
    """``reviewdesk [FILE] [--library PATH] [-v]``, read without the subcommands' modules
    (~50 ms of a start): the window launches its checker that much sooner (issue 14).

    None for anything else, which the full parser reads. FILE must look like a file (a
    dot or a slash: no command name has one) and, unless it is the last word, exist, so
    what is read here is what the full parser would read.
    """
    words = _plain_gui_words(argv)
    if words is None:
        return None
    import argparse

    file, library, verbose = words
    return argparse.Namespace(command=GUI_COMMAND, file=file, library=library, verbose=verbose)


def _plain_gui_words(argv: list[str]) -> tuple[str | None, str | None, int] | None:
    """:func:`_plain_gui`'s reading (FILE, the library, -v's count) with nothing imported."""
    file: str | None = None
    library: str | None = None
    verbose = 0
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--library" and library is None and i + 1 < len(argv):
            library = argv[i + 1]
            if library.startswith("-"):
                return None
            i += 2
            continue
        if token in ("-v", "--verbose"):
            verbose += 1
        elif token.startswith("-") or file is not None:
            return None
        elif not ("." in token or "/" in token or os.sep in token):
            return None  # perhaps a command, or a mistyped one
        elif i < len(argv) - 1 and not os.path.exists(token):
            return None  # the full parser refuses it as a mistyped command
        else:
            file = token
        i += 1
    return file, library, verbose


def _subcommand_names(parser: argparse.ArgumentParser) -> list[str]:
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def _plain_error(exc: Exception) -> str | None:
    """The one-line message for errors a user can act on; None for bugs."""
    from reviewdesk.cli.common import CommandError, one_line
    from reviewdesk.core.checker import CheckerError
    from reviewdesk.formats import FormatError
    from reviewdesk.store import DamagedLibraryError, StoreError

    if isinstance(exc, DamagedLibraryError):  # say how to go on, in the same line
        from reviewdesk.desk.library_care import cli_hint

        return one_line(f"{exc}; {cli_hint(exc)}")
    if isinstance(exc, CommandError | FormatError | StoreError | CheckerError):
        return one_line(exc)
    if isinstance(exc, OSError):
        if exc.strerror and exc.filename:
            return one_line(f"{exc.filename}: {exc.strerror}")
        return one_line(exc.strerror or exc)
    return None


def _run_gui(
    args: argparse.Namespace, library_path: Path, first: StartedChecker | None = None
) -> int:
    """Hand over to the desktop app: ``app.main([FILE] --library PATH [-v...])``, with
    the checker process started ``first`` when there is one."""
    from reviewdesk.cli.common import CommandError

    try:
        from reviewdesk.app import main as gui_main
    except ModuleNotFoundError as exc:
        if exc.name not in ("reviewdesk.app", "PySide6"):
            raise
        raise CommandError(f"the desktop app cannot start: {exc}") from exc
    argv = [args.file] if args.file else []
    argv += ["--library", str(library_path)] + ["-v"] * args.verbose
    if first is None:
        return int(gui_main(argv))
    return int(gui_main(argv, first=first))


def _configure_logging(verbosity: int) -> None:
    import logging

    from reviewdesk.cli.common import PROG

    level = {0: logging.ERROR, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    logging.basicConfig(level=level, format=f"{PROG}: %(levelname)s: %(name)s: %(message)s")


def _silence_stdout() -> None:
    # Python would complain again when flushing stdout at exit.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


__all__ = ["COMMAND_MODULES", "CommandError", "build_parser", "load_commands", "main"]
