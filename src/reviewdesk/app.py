"""The desktop app's entry point: ``reviewdesk [FILE] [--library PATH]``.

Builds the services (library, engine settings, check workers), then the window.
Importing this module has no side effects; everything happens in :func:`main`.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import signal
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reviewdesk import APP_ID, APP_NAME, __version__
from reviewdesk.desk.warm_dialect import warm_dialect
from reviewdesk.service.spawn import Spawned, StartedChecker, spawn_checker
from reviewdesk.store import DamagedLibraryError, StoreError, default_library_path
from reviewdesk.store.peek import SettingsPeek, peek_settings

# Only what starting the checker process needs is imported with this module (issue 14,
# the first highlights): the engines' registry, the pipeline and the desk's settings
# (~50-60 ms of the UI thread at load 9) come after the process is running.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from reviewdesk.core.checker import CheckContext
    from reviewdesk.core.engines.registry import EngineSettings
    from reviewdesk.gui.backups import BackupClock
    from reviewdesk.gui.main_window import MainWindow
    from reviewdesk.service.check_process import RemoteService
    from reviewdesk.store import Library

log = logging.getLogger(__name__)

# The window's own connection waits at most this long for another program's write lock
# (its saves go through the writer thread, which tries again; what is left is rare).
UI_BUSY_TIMEOUT_S = 1.0


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """``[FILE] [--library PATH] [-v]``."""
    parser = argparse.ArgumentParser(prog=APP_NAME, description="The reviewdesk desktop app.")
    parser.add_argument("file", nargs="?", metavar="FILE", help="an article to open")
    parser.add_argument("--library", metavar="PATH", help="the library file to use")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(list(sys.argv[1:] if argv is None else argv))


def _icon_path() -> Path | None:
    from importlib import resources

    try:
        base = resources.files("reviewdesk") / "resources" / "icons"
        for name in ("reviewdesk.svg", "reviewdesk.png"):
            candidate = base / name
            if candidate.is_file():
                return Path(str(candidate))
    except (ModuleNotFoundError, OSError):
        pass
    return None


def _display_problem(env: Mapping[str, str]) -> str | None:
    """Why no window can be shown here (Linux without a display), or None."""
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("WAYLAND_DISPLAY"):
        return None
    display = env.get("DISPLAY")
    if display:
        if _x_server_answers(display):
            return None
        # Qt would abort (SIGABRT) with a multi-line message: say it in one line instead
        return (
            f"cannot open the display '{display}' (no X server answers there); "
            "use 'reviewdesk check FILE' on the command line, or run under Xvfb"
        )
    return (
        "no display to open a window on (DISPLAY is not set); "
        "use 'reviewdesk check FILE' on the command line, or run under Xvfb"
    )


def _x_server_answers(display: str, timeout_s: float = 2.0) -> bool:
    """Whether an X server accepts a connection for ``display`` ("[host]:N[.S]").

    Only connects and closes (no X protocol), so it is cheap and needs no Xlib. An odd
    value that cannot be parsed is left for Qt to judge.
    """
    import socket

    host, sep, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not sep or not number.isdigit():
        return True
    try:
        if host in ("", "unix"):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(timeout_s)
                path = f"/tmp/.X11-unix/X{number}"
                try:
                    sock.connect(path)
                except OSError:
                    sock.connect("\0" + path)  # Linux's abstract socket, as Xorg also offers
            return True
        with socket.create_connection((host, 6000 + int(number)), timeout=timeout_s):
            return True
    except OSError:
        return False


def _launch_checker(
    settings: EngineSettings,
    language: str,
    spawned: Spawned | None = None,
    article: tuple[str, CheckContext] | None = None,
) -> RemoteService | None:
    """Start the checker process now, before Qt loads, so it warms up (Harper for
    ``language``) meanwhile; or take ``spawned``, the process already started for it.
    ``article`` (a path and its check's context) is checked there ahead of the window's
    first request (:mod:`reviewdesk.service.precheck`).

    None if it cannot be started here; the coordinator then tries again and reports.
    """
    from reviewdesk.core.checker import CheckerError
    from reviewdesk.service.check_process import RemoteService
    from reviewdesk.service.messages import Precheck

    checker = RemoteService(settings)
    try:
        checker.launch(language, spawned, Precheck(*article) if article is not None else None)
    except CheckerError as exc:
        log.warning("%s", exc)
        return None
    return checker


def _spawn_early(
    library_path: Path, first: StartedChecker | None = None
) -> tuple[SettingsPeek, Spawned | None] | None:
    """The library's settings read before it is opened (:mod:`reviewdesk.store.peek`),
    and the checker process started with Harper's dialect from them
    (:mod:`reviewdesk.desk.warm_dialect`): the first thing the app does, with only the
    modules that needs (issue 14, the first highlights); or, given ``first`` (the
    process the command line started before anything else, cold21), that process told
    the dialect. None when the settings cannot be read that way (``first`` is then told
    once the library is open); no process when it cannot be started (the coordinator
    tries again and reports)."""
    peek = peek_settings(library_path)
    if peek is None:
        return None
    try:
        dialect = warm_dialect(peek)
        return peek, first.go(dialect) if first is not None else spawn_checker(dialect)
    except OSError as exc:
        log.warning("The checker process could not be started: %s", exc)
        return peek, None


def _launch_early(
    library_path: Path,
    file: str | None = None,
    started: tuple[SettingsPeek, Spawned | None] | None = None,
    first: StartedChecker | None = None,
) -> tuple[RemoteService | None, EngineSettings, str] | None:
    """Launch the checker with the library's settings read before it is opened
    (:mod:`reviewdesk.store.peek`): sqlite-utils' import and the library's opening (a
    first run's migrations) no longer delay its warm-up (issue 14, the first highlights).
    The process is started first (:func:`_spawn_early`, or ``started`` when the caller
    did that already), before the engines' settings and the window's side of the checker
    (:mod:`reviewdesk.service.check_process`) are imported, which then sends it the
    settings, and ``file`` (the article to open) with the context a new article's check
    gets, for the checker to check ahead of the window.

    None when the settings cannot be read that way: the checker is launched once the
    library is open, as before (``first``, the process the command line started, is
    told the dialect then).
    """
    if started is None:
        started = _spawn_early(library_path, first)
    if started is None:
        return None
    peek, spawned = started
    from reviewdesk.desk.checking import engine_settings
    from reviewdesk.desk.context import default_language, settings_context

    settings, warm = engine_settings(peek), default_language(peek)
    if spawned is None:
        return None, settings, warm  # the coordinator tries again and reports
    if spawned.early_language not in ("", warm):  # Start names the dialect to warm, too
        log.debug("Harper warms up for %s first, then %s", spawned.early_language, warm)
    article = None
    if file:
        # the context desk.opening gives a new article (the library's own is used for
        # an article it holds already: then this is only a head start that misses)
        ctx = settings_context(peek, _logged, language=warm, words=peek.words)
        article = (os.path.abspath(file), ctx)
    return _launch_checker(settings, warm, spawned, article), settings, warm


def _logged(message: str) -> None:
    log.info("%s", message)  # the window warns about the settings itself, once open


def _launch_for(
    library: Library,
    early: tuple[RemoteService | None, EngineSettings, str] | None,
    first: StartedChecker | None = None,
) -> tuple[RemoteService | None, EngineSettings, str]:
    """The checker for the opened library's settings: the one launched early when it was
    launched with the same ones, else a new one (the early one is closed); ``first``
    (started before the settings could be read) told the dialect when none was."""
    from reviewdesk.desk.checking import engine_settings
    from reviewdesk.desk.context import default_language

    settings, warm = engine_settings(library), default_language(library)
    if early is None and first is not None and not first.taken:
        try:
            spawned: Spawned | None = first.go(warm_dialect(library))
        except OSError as exc:
            log.warning("The checker process could not be started: %s", exc)
            spawned = None
        return _launch_checker(settings, warm, spawned), settings, warm
    if early is not None:
        checker, early_settings, early_warm = early
        if (early_settings, early_warm) == (settings, warm):
            return checker, settings, warm
        log.info("the library's settings changed as it opened; launching the checker again")
        if checker is not None:
            checker.close()
    return _launch_checker(settings, warm), settings, warm


def _start_backups(path: Path, window: QMainWindow) -> BackupClock:
    """Daily backups of the library while the app runs; a failure shows in the status bar."""
    from reviewdesk.gui.backups import BackupClock

    clock = BackupClock(path, window)
    clock.failed.connect(lambda text: window.statusBar().showMessage(text, 15000))
    clock.start()
    return clock


# The backup clock is made this long after the window shows (its first look is 20 s
# later still): its modules (library care, recovery) are not imported before the first
# paint (issue 14, a sooner first highlight).
BACKUPS_AFTER_MS = 1000

FIRST_HIGHLIGHT_MESSAGE = "first issues highlighted"


def _log_first_highlight(window: MainWindow, started: float) -> None:
    """Log (with -v) when the first issues are highlighted on screen.

    Says how long the start took, and marks the moment for benchmarks/bench_dist.py,
    which times the installed app and the frozen one from outside.
    """

    def on_checked(pane: str) -> None:
        if window.session.pane(pane).issues:
            window.session.checked.disconnect(on_checked)
            log.info("%s %.2f s after start", FIRST_HIGHLIGHT_MESSAGE, time.monotonic() - started)

    window.session.checked.connect(on_checked)


def main(argv: Sequence[str] | None = None, first: StartedChecker | None = None) -> int:
    """Start the desktop app; returns the exit status. ``first``: the checker process the
    command line started before anything else (:func:`reviewdesk.service.spawn.start_checker`),
    told Harper's dialect here once the settings are read; ended if no window opens."""
    started = time.monotonic()
    # No garbage collection until the window is built: the start's imports and widgets
    # (hundreds of modules, ~75,000 objects, no garbage worth finding) set off some 110
    # collections, ~40 ms of CPU before the first paint (issue 14). Collection resumes
    # once the start's objects are frozen (below).
    gc.disable()
    try:
        return _run(argv, started, first)
    finally:
        gc.enable()
        if first is not None:
            first.drop()  # not told (no window): it ends; nothing once it was told


def _run(argv: Sequence[str] | None, started: float, first: StartedChecker | None = None) -> int:
    """:func:`main`'s work, with the garbage collector off until the window is up."""
    args = parse_args(argv)
    logging.basicConfig(
        level=(logging.DEBUG, logging.INFO, logging.WARNING)[max(0, 2 - args.verbose)],
        format="%(levelname)s %(name)s: %(message)s",
    )
    problem = _display_problem(os.environ)
    if problem:
        print(f"{APP_NAME}: error: {problem}", file=sys.stderr)
        return 2
    library_path = Path(args.library).expanduser() if args.library else default_library_path()
    # The checker process builds Harper's dictionary (~1 s) while the library opens and
    # Qt starts here, for the dialect new articles get (the desk's usual one).
    early = _launch_early(library_path, args.file, first=first)
    from reviewdesk.store import Library

    damaged: DamagedLibraryError | None = None
    library_error: Exception | None = None
    try:
        library: Library | None = Library(library_path, busy_timeout=UI_BUSY_TIMEOUT_S)
    except DamagedLibraryError as exc:  # the window offers the ways on
        library, library_error, damaged = None, exc, exc
    except (StoreError, OSError) as exc:
        library, library_error = None, exc
    from reviewdesk.core.engines.registry import EngineSettings
    from reviewdesk.core.models import DEFAULT_LANGUAGE
    from reviewdesk.desk.checking import engine_settings
    from reviewdesk.desk.context import default_language

    checker: RemoteService | None = None
    settings, warm = EngineSettings(), DEFAULT_LANGUAGE
    if library is not None:
        checker, settings, warm = _launch_for(library, early, first)
    elif early is not None and early[0] is not None:
        early[0].close()  # no library to check for (the coordinator launches one later)
    if first is not None:
        first.drop()  # told by now, unless there is no library to check for
    from reviewdesk.gui.pyside_feature import quicken_module_checks

    quicken_module_checks()  # before the window's modules: PySide6 reads each one's source
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from reviewdesk.gui.checking import CheckCoordinator
    from reviewdesk.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from reviewdesk.gui.i18n import PseudoTranslator, install_translations, translate

    translators = install_translations(app)  # the user's language, where there is one
    if os.environ.get("REVIEWDESK_PSEUDO_TRANSLATE"):  # ⟦every⟧ ⟦string⟧: what escapes shows
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        translators.append(pseudo)
    icon_path = _icon_path()
    icon = QIcon(str(icon_path)) if icon_path is not None else None
    if icon is not None:
        app.setWindowIcon(icon)
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C in the terminal quits

    if library is None and damaged is not None:
        from reviewdesk.gui.dialogs.recovery import recover_library

        library = recover_library(damaged)  # None: the editor chose Quit
        if library is not None:
            settings, warm = engine_settings(library), default_language(library)
    if library is None:
        print(f"{APP_NAME}: error: {library_error}", file=sys.stderr)
        if damaged is None:
            QMessageBox.critical(
                None,
                APP_NAME,
                translate("App", "The library cannot be opened:\n{error}").format(
                    error=library_error
                ),
            )
        return 2
    terminate = None
    try:
        coordinator = CheckCoordinator(settings, launched=checker, warm_language=warm)
        coordinator.start()  # the checker warms up while the window is being built
        window = MainWindow(
            library, settings, coordinator=coordinator, owns_checker=True, icon=icon
        )
        window.show()
        if args.file:
            # read off the UI thread (the window answers), and at once: the first highlight
            # waits on this file's reading, storing and showing, not on what follows here
            window.start_open(args.file)
        from reviewdesk.gui.terminate import CloseOnTerminate

        terminate = CloseOnTerminate(window.close_unattended)  # a logout saves, then quits
        backups: list[BackupClock] = []
        QTimer.singleShot(
            BACKUPS_AFTER_MS, lambda: backups.append(_start_backups(library.path, window))
        )
        if log.isEnabledFor(logging.INFO):
            _log_first_highlight(window, started)
        # What start-up built (modules, Qt wrappers, tables) lives as long as the app:
        # leave it out of the garbage collector's full passes, which otherwise pause
        # the window for tens of milliseconds now and then.
        gc.freeze()
        from reviewdesk.gui.gc_clock import GcClock

        # collection from now on runs on the UI thread only (gui/gc_clock.py: a pass on a
        # worker thread can free a Qt object there and crash)
        gc_clock = GcClock(app)
        # after a crash: say what was recovered (and reopen it, unless a file was asked for)
        window.save_commands.recover_after_crash(None if args.file else window.open_article)
        status = app.exec()
        gc_clock.stop()
        for clock in backups:
            clock.stop()
        window.coordinator.shutdown()  # idempotent; the window may have replaced it
        coordinator.shutdown()
        return int(status)
    finally:
        if terminate is not None:
            terminate.stop()
        library.close()
