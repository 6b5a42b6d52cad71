"""A local LanguageTool: finding Java and the install, starting and stopping the server,
and stopping a server orphaned by an earlier run that was killed.

The real LanguageTool cannot be downloaded here, so "java" in these tests is a small
script that answers ``-version`` and, asked to run the server, serves the LanguageTool
test double (``tests/fake_languagetool.py``) on the requested port. Every process these
tests stop is one they started.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewdesk.core.checker import CheckContext, CheckerError
from reviewdesk.core.engines.languagetool.checker import LanguageToolChecker
from reviewdesk.core.engines.languagetool.local import (
    JAVA_MISSING,
    NOT_INSTALLED,
    LocalServer,
    find_installation,
    parse_java_version,
    require_java,
)
from reviewdesk.core.engines.languagetool.stale import (
    process_cmdline,
    record_server,
    stop_stale_servers,
)
from reviewdesk.core.engines.registry import EngineSettings, build_slow_pipeline
from reviewdesk.core.pipeline import Cancelled

TESTS = Path(__file__).resolve().parent


def fake_java(bin_dir: Path, version: str = "17.0.15", broken: bool = False) -> Path:
    """A ``java`` that reports ``version`` and runs the LanguageTool double as the server."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    java = bin_dir / "java"
    serve = (
        'sys.stderr.write("Error: Could not find or load main class\\n"); sys.exit(1)'
        if broken
        else 'import fake_languagetool; fake_languagetool.main(["--port", '
        'args[args.index("--port") + 1]])'
    )
    java.write_text(
        textwrap.dedent(
            f"""\
            #!{sys.executable}
            import sys
            args = sys.argv[1:]
            if args[:1] == ["-version"]:
                sys.stderr.write('openjdk version "{version}" 2025-04-15\\n')
                sys.exit(0)
            sys.path.insert(0, {str(TESTS)!r})
            {serve}
            """
        ),
        encoding="utf-8",
    )
    java.chmod(0o755)
    return java


def fake_install(root: Path, version: str = "6.6") -> Path:
    folder = root / f"LanguageTool-{version}"
    folder.mkdir(parents=True)
    (folder / "languagetool-server.jar").write_bytes(b"not really a jar")
    return folder


@pytest.fixture
def children() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Processes a test starts; whatever is still running at the end is stopped."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


def _sleeper(*extra: str) -> list[str]:
    return [sys.executable, "-c", "import time; time.sleep(60)", *extra]


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait(timeout=10)
    return proc.pid


def test_java_versions_are_read() -> None:
    assert parse_java_version('openjdk version "17.0.15" 2025-04-15') == 17
    assert parse_java_version('java version "1.8.0_292"') == 8
    assert parse_java_version('openjdk version "21" 2023-09-19') == 21
    assert parse_java_version("no java here") is None


def test_java_missing_or_too_old_is_said_plainly(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(CheckerError) as err:
        require_java({"PATH": str(empty)})
    assert (
        str(err.value)
        == JAVA_MISSING
        == "LanguageTool needs Java 17 or later, which is not installed"
    )
    old = fake_java(tmp_path / "old", version="11.0.2")
    with pytest.raises(CheckerError, match="needs Java 17 or later; this computer has Java 11"):
        require_java({"PATH": str(old.parent)})
    good = fake_java(tmp_path / "good")
    assert require_java({"PATH": str(good.parent)}) == good
    jdk = fake_java(tmp_path / "jdk" / "bin")
    assert require_java({"PATH": str(empty), "JAVA_HOME": str(tmp_path / "jdk")}) == jdk


@pytest.mark.slow  # starts server processes
def test_java_is_asked_while_another_thread_changes_the_environment(
    tmp_path: Path, environment_churn
) -> None:  # type: ignore[no-untyped-def]
    # require_java runs on a check thread; see reviewdesk.core.processes
    good = fake_java(tmp_path / "good")
    with environment_churn():
        for _ in range(10):
            assert require_java({"PATH": str(good.parent)}) == good


def test_installations_are_found(tmp_path: Path) -> None:
    root = tmp_path / "ltp"
    with pytest.raises(CheckerError) as err:
        find_installation(None, {"LTP_PATH": str(root)})
    assert str(err.value) == NOT_INSTALLED
    fake_install(root, "6.5")
    newest = fake_install(root, "6.6")
    (root / "LanguageTool-notes").mkdir()
    jar = newest / "languagetool-server.jar"
    assert find_installation(None, {"LTP_PATH": str(root)}) == jar
    assert find_installation(root) == jar
    assert find_installation(newest) == jar
    assert find_installation(jar) == jar
    with pytest.raises(CheckerError, match="does not exist"):
        find_installation(tmp_path / "nowhere")
    with pytest.raises(CheckerError, match=r"no languagetool-server\.jar"):
        find_installation(tmp_path / "ltp" / "LanguageTool-notes")
    (tmp_path / "LanguageTool-6.6.zip").write_bytes(b"PK")
    with pytest.raises(CheckerError, match="Install LanguageTool from zip"):
        find_installation(tmp_path / "LanguageTool-6.6.zip")


def test_missing_java_shows_in_the_pipeline_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install = fake_install(tmp_path / "ltp")
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    pipeline = build_slow_pipeline(
        EngineSettings(languagetool_path=str(install)).switch(languagetool=True)
    )
    assert pipeline is not None
    result = pipeline.check("I saw teh cat.", CheckContext())
    assert result.errors == {"languagetool": JAVA_MISSING}
    missing = build_slow_pipeline(
        EngineSettings(languagetool_path=str(tmp_path / "nowhere")).switch(languagetool=True)
    )
    assert missing is not None
    assert "does not exist" in missing.check("Text.", CheckContext()).errors["languagetool"]


@pytest.mark.slow  # starts server processes
@pytest.mark.timeout(60)
def test_local_server_runs_checks_and_stops(tmp_path: Path) -> None:
    java = fake_java(tmp_path / "bin")
    install = fake_install(tmp_path / "ltp")
    state = tmp_path / "state" / "servers.json"
    checker = LanguageToolChecker(
        path=str(install), state_file=state, env={"PATH": str(java.parent)}, startup_timeout=30
    )
    [issues] = checker.check(["😀 I saw teh cat."], CheckContext())
    assert [(i.text, i.start) for i in issues] == [("teh", 8)]
    server = checker._server
    assert server is not None and server.running
    pid = server.pid
    cmdline = process_cmdline(pid)
    assert cmdline is not None and "org.languagetool.server.HTTPServer" in cmdline
    [entry] = json.loads(state.read_text())["servers"]
    assert entry["pid"] == pid and entry["port"] == server.port
    checker.close()
    assert not server.running and process_cmdline(pid) is None
    assert not state.exists()


@pytest.mark.slow  # starts server processes
@pytest.mark.timeout(60)
def test_a_server_that_fails_to_start_says_why(tmp_path: Path) -> None:
    java = fake_java(tmp_path / "bin", broken=True)
    install = fake_install(tmp_path / "ltp")
    checker = LanguageToolChecker(
        path=str(install),
        state_file=tmp_path / "state.json",
        env={"PATH": str(java.parent)},
        startup_timeout=30,
    )
    with pytest.raises(CheckerError, match="stopped while starting: Error: Could not find"):
        checker.check(["Text."], CheckContext())
    assert not (tmp_path / "state.json").exists()


@pytest.mark.slow  # starts server processes
@pytest.mark.timeout(60)
def test_server_orphaned_by_a_killed_run_is_stopped_at_next_start(tmp_path: Path) -> None:
    java = fake_java(tmp_path / "bin")
    jar = fake_install(tmp_path / "ltp") / "languagetool-server.jar"
    state = tmp_path / "servers.json"
    orphan = LocalServer(jar, java, state_file=state)
    orphan.start(startup_timeout=30)
    orphan_pid = orphan.pid
    assert orphan_pid is not None
    # The run that started it was killed: its record names an owner that is gone.
    data = json.loads(state.read_text())
    data["servers"][0]["owner"] = _dead_pid()
    state.write_text(json.dumps(data))
    fresh = LocalServer(jar, java, state_file=state)
    try:
        fresh.start(startup_timeout=30)
        assert not orphan.running  # stopped (and reaped by its Popen)
        assert [s["pid"] for s in json.loads(state.read_text())["servers"]] == [fresh.pid]
    finally:
        fresh.stop()
        orphan.stop()


@pytest.mark.slow  # starts server processes
def test_stale_record_stops_only_the_recorded_languagetool(
    tmp_path: Path, children: list[subprocess.Popen[bytes]]
) -> None:
    state = tmp_path / "servers.json"
    server_args = ["-cp", "languagetool-server.jar", "org.languagetool.server.HTTPServer"]
    stale = subprocess.Popen(_sleeper(*server_args, "--port", "1"))
    innocent = subprocess.Popen(_sleeper("--port", "2"))  # not LanguageTool
    reused = subprocess.Popen(_sleeper(*server_args, "--port", "3"))
    alive_owner = subprocess.Popen(_sleeper())
    in_use = subprocess.Popen(_sleeper(*server_args, "--port", "4"))
    children.extend([stale, innocent, reused, alive_owner, in_use])
    dead = _dead_pid()
    record_server(state, stale.pid, 1, list(stale.args), owner=dead)
    record_server(state, innocent.pid, 2, list(innocent.args), owner=dead)
    # the PID now runs LanguageTool with another command line: not ours to stop
    record_server(state, reused.pid, 3, [*_sleeper(*server_args), "--port", "99"], owner=dead)
    record_server(state, in_use.pid, 4, list(in_use.args), owner=alive_owner.pid)
    record_server(state, dead, 5, [*_sleeper(*server_args), "--port", "5"], owner=dead)

    assert stop_stale_servers(state) == [stale.pid]
    assert stale.wait(timeout=10) != 0
    assert innocent.poll() is None and reused.poll() is None and in_use.poll() is None
    # only the server of the still-running owner stays on record
    assert [s["pid"] for s in json.loads(state.read_text())["servers"]] == [in_use.pid]


def test_own_process_and_broken_records_are_never_stopped(tmp_path: Path) -> None:
    import os

    state = tmp_path / "servers.json"
    me = process_cmdline(os.getpid())
    assert me is not None
    record_server(state, os.getpid(), 1, me, owner=_dead_pid())
    assert stop_stale_servers(state) == []
    state.write_text("{not json")
    assert stop_stale_servers(state) == []
    state.write_text(json.dumps({"servers": [{"pid": "x"}, {"cmdline": []}, 7]}))
    assert stop_stale_servers(state) == []
    assert not state.exists()


@pytest.mark.slow  # starts server processes
@pytest.mark.timeout(60)
def test_cancelling_while_the_server_starts_stops_it(tmp_path: Path) -> None:
    java = fake_java(tmp_path / "bin")
    jar = fake_install(tmp_path / "ltp") / "languagetool-server.jar"
    state = tmp_path / "servers.json"
    server = LocalServer(jar, java, state_file=state)
    with pytest.raises(Cancelled):
        server.start(startup_timeout=30, is_cancelled=lambda: True)
    assert not server.running and not state.exists()
