"""Servers we started, on record: stop the ones a killed earlier run left behind.

``language_tool_python`` starts a JVM that is orphaned when Python is killed. Each
server we start is recorded (PID, port, command line, and the PID of the reviewdesk
process that owns it) in a small JSON file in the user cache directory. At the next
start, a recorded server whose owner is gone is stopped, but only if its PID still runs
exactly the recorded LanguageTool command: nothing else is ever killed.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reviewdesk.core.fileio import atomic_write_text

log = logging.getLogger(__name__)

STATE_FILE_NAME = "languagetool-servers.json"


def default_state_file() -> Path:
    """The file recording the LanguageTool servers we started."""
    import platformdirs

    return platformdirs.user_cache_path("reviewdesk") / STATE_FILE_NAME


def process_cmdline(pid: int) -> list[str] | None:
    """The command line of a running process, or None (gone, a zombie, or not visible)."""
    proc = Path(f"/proc/{pid}/cmdline")
    if Path("/proc/self").exists():
        try:
            raw = proc.read_bytes()
        except OSError:
            return None
        if not raw:
            return None  # a zombie or a kernel thread
        return raw.decode("utf-8", "replace").rstrip("\x00").split("\x00")
    try:  # not Linux: psutil, when available
        import psutil

        p = psutil.Process(pid)
        if p.status() == psutil.STATUS_ZOMBIE:
            return None
        return list(p.cmdline())
    except Exception:
        return None


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if Path("/proc/self").exists():
        return process_cmdline(pid) is not None or Path(f"/proc/{pid}").exists()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _is_recorded_server(pid: int, cmdline: list[str]) -> bool:
    """Whether ``pid`` still runs the LanguageTool command we recorded for it.

    The recorded arguments (jar, main class, port) must end the process's command
    line: an interpreter may be put in front (a ``#!`` launcher), nothing else differs.
    """
    actual = process_cmdline(pid)
    args = cmdline[1:]
    if not actual or not args or len(actual) < len(args):
        return False
    if not any("languagetool" in part.lower() for part in actual):
        return False
    return actual[-len(args) :] == args


def _terminate(pid: int, still_running: Callable[[], bool], grace: float) -> None:
    """SIGTERM, then SIGKILL after ``grace`` seconds."""
    for sig in (signal.SIGTERM, getattr(signal, "SIGKILL", signal.SIGTERM)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        except OSError as exc:
            log.warning("could not stop LanguageTool server %d: %s", pid, exc)
            return
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            if not still_running():
                return
            time.sleep(0.05)


def _read_state(state_file: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(state_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    servers = data.get("servers") if isinstance(data, dict) else None
    return [s for s in servers if isinstance(s, dict)] if isinstance(servers, list) else []


def _write_state(state_file: Path, servers: list[dict[str, Any]]) -> None:
    try:
        if not servers:
            state_file.unlink(missing_ok=True)
            return
        state_file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(state_file, json.dumps({"servers": servers}, indent=1))
    except OSError as exc:
        log.warning("could not update %s: %s", state_file, exc)


def record_server(
    state_file: Path, pid: int, port: int, cmdline: list[str], owner: int | None = None
) -> None:
    """Remember a server we started, so a later run can stop it if we die."""
    servers = [s for s in _read_state(state_file) if s.get("pid") != pid]
    servers.append(
        {
            "pid": pid,
            "port": port,
            "cmdline": list(cmdline),
            "owner": os.getpid() if owner is None else owner,
            "started": time.time(),
        }
    )
    _write_state(state_file, servers)


def forget_server(state_file: Path, pid: int) -> None:
    """Drop a server from the record (it was stopped properly)."""
    servers = _read_state(state_file)
    kept = [s for s in servers if s.get("pid") != pid]
    if len(kept) != len(servers):
        _write_state(state_file, kept)


def stop_stale_servers(state_file: Path, grace: float = 5.0) -> list[int]:
    """Stop recorded servers whose owning process is gone; return the PIDs stopped.

    A server is stopped only when its PID still runs exactly the recorded LanguageTool
    command; records of servers that are gone (or whose PID now belongs to something
    else) are simply dropped. Servers of a running reviewdesk are left alone.
    """
    servers = _read_state(state_file)
    if not servers:
        return []
    stopped: list[int] = []
    kept: list[dict[str, Any]] = []
    for entry in servers:
        try:
            pid = int(entry["pid"])
            owner = int(entry.get("owner", 0))
            cmdline = [str(part) for part in entry["cmdline"]]
        except (KeyError, TypeError, ValueError):
            continue
        if pid <= 1 or pid == os.getpid() or not _is_recorded_server(pid, cmdline):
            continue  # gone, or the PID belongs to something else now: forget it
        if owner == os.getpid() or _pid_alive(owner):
            kept.append(entry)  # a running reviewdesk (maybe this one) still uses it
            continue
        log.info("stopping stale LanguageTool server (pid %d, port %s)", pid, entry.get("port"))
        _terminate(pid, functools.partial(_is_recorded_server, pid, cmdline), grace)
        stopped.append(pid)
    _write_state(state_file, kept)
    return stopped
