"""A LanguageTool server of our own: find Java and the install, start it, stop it.

We start the server ourselves (``java -cp languagetool-server.jar
org.languagetool.server.HTTPServer --port N``) on 127.0.0.1, through the guardian of
:mod:`reviewdesk.core.lifeline`, so that it ends when our process dies however it dies
(``kill -9`` included). It is also recorded with :mod:`.stale`, so that one orphaned
all the same (the guardian killed too) is stopped at the next start.

Installs live where ``language_tool_python`` looks for them:
``$LTP_PATH/LanguageTool-<version>/`` (default ``~/.cache/language_tool_python``).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO

from reviewdesk.core.checker import CheckerError
from reviewdesk.core.engines.languagetool.stale import (
    default_state_file,
    forget_server,
    record_server,
    stop_stale_servers,
)
from reviewdesk.core.lifeline import Lifeline, guarded_command
from reviewdesk.core.pipeline import Cancelled
from reviewdesk.core.processes import environment_snapshot

log = logging.getLogger(__name__)

MIN_JAVA = 17
JAVA_MISSING = "LanguageTool needs Java 17 or later, which is not installed"
NOT_INSTALLED = (
    "LanguageTool is not installed. Set a server address, choose a LanguageTool folder, "
    "or install it from a zip file."
)
SERVER_CLASS = "org.languagetool.server.HTTPServer"
JAR_NAMES = ("languagetool-server.jar", "languagetool.jar", "LanguageTool.jar")
LTP_PATH_ENV = "LTP_PATH"
LTP_JAR_DIR_ENV = "LTP_JAR_DIR_PATH"

_VERSION_DIR = re.compile(r"^LanguageTool-(\d+)\.(\d+)$|^LanguageTool-(\d{8})$")
_JAVA_VERSION = re.compile(r'version "(\d+)(?:\.(\d+))?')


# -- where things are ------------------------------------------------------------------


def default_install_root(env: Mapping[str, str] | None = None) -> Path:
    """Where ``language_tool_python`` keeps LanguageTool: ``$LTP_PATH`` or its cache folder.

    Unlike ``language_tool_python``, this does not create the folder.
    """
    env = os.environ if env is None else env
    configured = env.get(LTP_PATH_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".cache" / "language_tool_python"


def _version_key(path: Path) -> tuple[int, int, int]:
    m = _VERSION_DIR.match(path.name)
    if not m:
        return (-1, -1, -1)
    if m.group(3):  # a dated snapshot sorts after every release, like language_tool_python
        return (1, int(m.group(3)), 0)
    return (0, int(m.group(1)), int(m.group(2)))


def _jar_in(folder: Path) -> Path | None:
    for name in JAR_NAMES:
        jar = folder / name
        if jar.is_file():
            return jar
    return None


def installed_versions(root: Path) -> list[Path]:
    """The ``LanguageTool-<version>`` folders in ``root`` that hold a jar, oldest first."""
    if not root.is_dir():
        return []
    found = [p for p in root.iterdir() if p.is_dir() and _VERSION_DIR.match(p.name) and _jar_in(p)]
    return sorted(found, key=_version_key)


def find_installation(
    path: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None
) -> Path:
    """The LanguageTool server jar to run.

    ``path`` may be the jar itself, a LanguageTool folder, or a folder holding
    ``LanguageTool-<version>`` folders (the newest wins). Without ``path``:
    ``$LTP_JAR_DIR_PATH``, then the newest install under :func:`default_install_root`.
    Raises :class:`CheckerError` with a plain message when there is none.
    """
    env = os.environ if env is None else env
    if path:
        p = Path(path).expanduser()
        if p.is_file() and p.suffix.lower() == ".jar":
            return p
        if p.is_file() and p.suffix.lower() == ".zip":
            raise CheckerError(
                f"{p.name} is a zip file: install it first with “Install LanguageTool from zip…”"
            )
        if not p.exists():
            raise CheckerError(f"The LanguageTool folder {p} does not exist")
        if p.is_dir():
            jar = _jar_in(p)
            if jar is not None:
                return jar
            versions = installed_versions(p)
            if versions:
                return _jar_in(versions[-1])  # type: ignore[return-value]
        raise CheckerError(f"There is no LanguageTool in {p} (no languagetool-server.jar)")
    jar_dir = env.get(LTP_JAR_DIR_ENV)
    if jar_dir:
        jar = _jar_in(Path(jar_dir).expanduser())
        if jar is not None:
            return jar
    versions = installed_versions(default_install_root(env))
    if versions:
        return _jar_in(versions[-1])  # type: ignore[return-value]
    raise CheckerError(NOT_INSTALLED)


def find_java(env: Mapping[str, str] | None = None) -> Path:
    """The ``java`` executable (on PATH, else in ``$JAVA_HOME/bin``); CheckerError if none."""
    env = os.environ if env is None else env
    found = shutil.which("java", path=env.get("PATH", os.defpath))
    if found:
        return Path(found)
    java_home = env.get("JAVA_HOME")
    if java_home:
        for name in ("java", "java.exe"):
            candidate = Path(java_home) / "bin" / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return candidate
    raise CheckerError(JAVA_MISSING)


def parse_java_version(output: str) -> int | None:
    """The major version from ``java -version`` output ("1.8.0_292" -> 8, "17.0.2" -> 17)."""
    m = _JAVA_VERSION.search(output)
    if not m:
        return None
    major = int(m.group(1))
    if major == 1 and m.group(2):
        return int(m.group(2))
    return major


def require_java(env: Mapping[str, str] | None = None) -> Path:
    """A ``java`` that can run LanguageTool (17 or later); CheckerError otherwise."""
    java = find_java(env)
    try:
        done = subprocess.run(
            [str(java), "-version"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
            stdin=subprocess.DEVNULL,
            env=environment_snapshot(),  # may run on a check thread
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise CheckerError(f"Java at {java} does not run: {exc}") from exc
    major = parse_java_version(done.stderr + done.stdout)
    if major is None:
        raise CheckerError(f"Could not tell which Java version {java} is")
    if major < MIN_JAVA:
        raise CheckerError(
            f"LanguageTool needs Java {MIN_JAVA} or later; this computer has Java {major}"
        )
    return java


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LocalServer:
    """One LanguageTool server process on 127.0.0.1, started and stopped by us."""

    def __init__(
        self,
        jar: Path,
        java: Path,
        *,
        state_file: Path | None = None,
        port: int | None = None,
    ) -> None:
        self.jar = jar
        self.java = java
        self.state_file = state_file if state_file is not None else default_state_file()
        self.port = port
        self._proc: subprocess.Popen[bytes] | None = None
        self._lifeline: Lifeline | None = None
        self._output: IO[bytes] | None = None

    @property
    def url(self) -> str:
        """The server's base address (valid once started)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        """The process id, while it runs."""
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        """Whether the process is still alive."""
        return self._proc is not None and self._proc.poll() is None

    def command(self) -> list[str]:
        """The command line that starts the server."""
        return [str(self.java), "-cp", str(self.jar), SERVER_CLASS, "--port", str(self.port)]

    def start(
        self,
        *,
        startup_timeout: float = 90.0,
        is_cancelled: Callable[[], bool] | None = None,
        ready: Callable[[str], bool] | None = None,
    ) -> str:
        """Start the server and wait until it answers; return its base URL.

        Stale servers from a killed earlier run are stopped first. ``ready(url)`` tells
        whether the server answers (by default: ``GET /v2/languages`` succeeds).
        Raises :class:`CheckerError` if it does not come up, :class:`Cancelled` if
        ``is_cancelled`` turns true while waiting.
        """
        if self.running:
            return self.url
        stop_stale_servers(self.state_file)
        if self.port is None:
            self.port = free_port()
        cmd = self.command()
        # The server's output, kept for the error message; open while the server runs.
        self._output = tempfile.TemporaryFile()  # noqa: SIM115
        lifeline = Lifeline()
        try:
            self._proc = subprocess.Popen(
                guarded_command(cmd, lifeline.child_fd),
                stdin=subprocess.DEVNULL,
                stdout=self._output,
                stderr=subprocess.STDOUT,
                cwd=str(self.jar.parent),
                env=environment_snapshot(),  # started on a check thread
                pass_fds=(lifeline.child_fd,),
            )
        except OSError as exc:
            lifeline.cut()
            self._close_output()
            raise CheckerError(f"Could not start LanguageTool: {exc.strerror or exc}") from exc
        lifeline.spawned()
        self._lifeline = lifeline
        proc = self._proc
        record_server(self.state_file, proc.pid, self.port, cmd)
        atexit.register(self.stop)
        log.info("started LanguageTool server (pid %d) on port %d", proc.pid, self.port)
        probe = ready or _answers
        deadline = time.monotonic() + startup_timeout
        while True:
            if self._proc is not proc:  # stopped from another thread
                raise Cancelled
            if proc.poll() is not None:
                tail = self._output_tail()
                self.stop()
                detail = f": {tail}" if tail else ""
                raise CheckerError(f"LanguageTool stopped while starting{detail}")
            if is_cancelled is not None and is_cancelled():
                self.stop()
                raise Cancelled
            if probe(self.url):
                return self.url
            if time.monotonic() > deadline:
                self.stop()
                raise CheckerError(f"LanguageTool did not start within {startup_timeout:g} s")
            time.sleep(0.2)

    def stop(self) -> None:
        """Stop the server (politely, then by force) and forget it."""
        proc, self._proc = self._proc, None
        lifeline, self._lifeline = self._lifeline, None
        with contextlib.suppress(Exception):
            atexit.unregister(self.stop)
        if proc is not None:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        proc.wait(timeout=5)
            forget_server(self.state_file, proc.pid)
        if lifeline is not None:
            lifeline.cut()
        self._close_output()

    def _output_tail(self, limit: int = 300) -> str:
        if self._output is None:
            return ""
        try:
            self._output.seek(0)
            text = self._output.read().decode("utf-8", "replace")
        except OSError:
            return ""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return lines[-1][:limit] if lines else ""

    def _close_output(self) -> None:
        out, self._output = self._output, None
        if out is not None:
            with contextlib.suppress(OSError):
                out.close()


def _answers(url: str) -> bool:
    import requests

    try:
        with requests.Session() as session:
            session.trust_env = False
            response = session.get(f"{url}/v2/languages", timeout=(1.0, 2.0))
            return response.status_code == 200
    except requests.RequestException:
        return False
