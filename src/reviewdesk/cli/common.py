"""Helpers shared by the subcommands: plain errors and warnings on stderr."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from typing import NoReturn, TextIO

PROG = "reviewdesk"


class CommandError(Exception):
    """A usage or input problem; ``main`` prints ``reviewdesk: error: MESSAGE`` and exits 2."""


def one_line(message: object) -> str:
    """``message`` squeezed onto one line."""
    return " ".join(str(message).split())


def printable(name: str) -> str:
    """A file name as valid text: bytes that are not UTF-8 (which reach Python as lone
    surrogates) become ``\\xNN``, so JSON and text output stay valid UTF-8."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def warn(message: str, stream: TextIO | None = None) -> None:
    """Print ``reviewdesk: warning: MESSAGE`` on stderr."""
    print(f"{PROG}: warning: {one_line(message)}", file=stream or sys.stderr)


def note(message: str, stream: TextIO | None = None) -> None:
    """Print ``reviewdesk: note: MESSAGE`` on stderr (something to know, nothing wrong)."""
    print(f"{PROG}: note: {one_line(message)}", file=stream or sys.stderr)


def print_error(message: str, stream: TextIO | None = None) -> None:
    """Print ``reviewdesk: error: MESSAGE`` on stderr."""
    print(f"{PROG}: error: {one_line(message)}", file=stream or sys.stderr)


def add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--library`` and ``-v``, which every command takes before or after its name."""
    # Sub-parsers use SUPPRESS so that an option given before the command is not
    # overwritten by the sub-parser's default.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--library",
        metavar="PATH",
        default=default,
        help="the library file to use (default: $REVIEWDESK_LIBRARY or the user data folder)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0 if top else argparse.SUPPRESS,
        help="log more (twice for debug output)",
    )


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (exit 2), with a hint for help."""

    def error(self, message: str) -> NoReturn:
        """Print one line and exit with status 2."""
        print_error(f"{message} (see '{self.prog} --help')")
        raise SystemExit(2)


@contextlib.contextmanager
def stdout_kept_for_results() -> Iterator[None]:
    """Send whatever is written to file descriptor 1 meanwhile to stderr instead.

    Standard output carries the command's result (JSON that scripts parse), but an engine
    library may print to it from native code (harper-py prints a debug line for some
    sentences), which ``sys.stdout`` cannot intercept; so the descriptor itself is moved.
    """
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError):  # no real descriptor (an embedding host): nothing to guard
        yield
        return
    try:
        os.dup2(2, 1)
        yield
    finally:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
