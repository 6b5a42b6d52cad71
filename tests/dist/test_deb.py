"""The Debian package: what it holds, and the app as installed from it.

The first test reads the built .deb. The others test the installed package (CI installs
it with apt-get right after `make dist`): they skip, saying so, where it is not installed,
and fail where the installed app is not the one in dist/ (a stale install).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from distkit import BUNDLE_EXE, bare_env, built, run

from reviewdesk import APP_ID, __version__

pytestmark = pytest.mark.slow
INSTALLED_EXE = Path("/opt/reviewdesk/reviewdesk")
COMMAND = Path("/usr/bin/reviewdesk")
DESKTOP = Path("/usr/share/applications") / f"{APP_ID}.desktop"
METAINFO = Path("/usr/share/metainfo") / f"{APP_ID}.metainfo.xml"
EXAMPLE = Path("/usr/share/doc/reviewdesk/examples/newsroom-demo.txt")
# What "Open with" must offer reviewdesk for, as a file manager names the type.
EXTENSIONS = ("docx", "txt", "md", "html")


def test_deb_holds_the_app_and_its_desktop_integration() -> None:
    deb = built("reviewdesk_*.deb")
    listing = run(["dpkg-deb", "--contents", str(deb)]).stdout
    for path in (
        "./opt/reviewdesk/reviewdesk",
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
        "./usr/share/doc/reviewdesk/copyright",
    ):
        assert re.search(rf"\s{re.escape(path)}$", listing, re.MULTILINE), path
    assert re.search(r"\./usr/bin/reviewdesk -> /opt/reviewdesk/reviewdesk$", listing, re.M)
    assert "root/root" in listing and "/home/" not in listing
    fields = run(["dpkg-deb", "--field", str(deb), "Version", "Depends"]).stdout
    assert f"Version: {__version__}" in fields
    assert "libc6" in fields and "fontconfig" in fields


@pytest.fixture(scope="module")
def installed() -> Path:
    if not INSTALLED_EXE.exists():
        pytest.skip(
            "the .deb is not installed here; CI installs it (as root: "
            "apt-get install ./dist/reviewdesk_*.deb), then runs make test-dist"
        )
    return INSTALLED_EXE


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_installed_app_is_the_one_just_built(installed: Path) -> None:
    assert COMMAND.resolve() == installed
    assert _sha256(installed) == _sha256(BUNDLE_EXE), "a stale install: reinstall the .deb"
    status = run(["dpkg-query", "-W", "-f", "${Status} ${Version}", "reviewdesk"]).stdout
    assert status == f"install ok installed {__version__}"


def test_installed_reviewdesk_checks_the_demo(installed: Path, home: Path) -> None:
    env = bare_env(home, PATH="/usr/bin:/bin")
    version = run(["reviewdesk", "--version"], env=env)
    assert version.stdout.strip() == f"reviewdesk {__version__}", version.stderr
    done = run(["reviewdesk", "check", "--format", "text", "--library",
                str(home / "l.sqlite"), str(EXAMPLE)], env=env)
    assert done.returncode == 1, done.stderr  # 1: issues found
    assert re.search(r": \d{2,} issues \(Harper", done.stdout), done.stdout[-500:]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_installed_desktop_file_validates(installed: Path) -> None:
    done = run(["desktop-file-validate", str(DESKTOP)])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstreamcli")
def test_installed_metainfo_validates(installed: Path) -> None:
    done = run(["appstreamcli", "validate", "--no-net", str(METAINFO)])
    assert done.returncode == 0, done.stdout + done.stderr


def _mime_type(extension: str) -> str:
    """The type shared-mime-info gives ``*.extension`` (what a file manager sees)."""
    for line in Path("/usr/share/mime/globs2").read_text("utf-8").splitlines():
        parts = line.split(":")
        if len(parts) >= 3 and parts[2] == f"*.{extension}":
            return parts[1]
    raise AssertionError(f"shared-mime-info knows no type for *.{extension}")


@pytest.mark.skipif(
    not Path("/usr/share/mime/globs2").exists(), reason="no shared-mime-info database"
)
def test_open_with_offers_reviewdesk_for_articles(installed: Path) -> None:
    cache = Path("/usr/share/applications/mimeinfo.cache")
    if shutil.which("update-desktop-database") is None:
        pytest.skip("no desktop-file-utils: nothing builds the desktop MIME cache")
    offers: dict[str, list[str]] = {}
    for line in cache.read_text("utf-8").splitlines():
        mime, _, ids = line.partition("=")
        offers[mime] = [i for i in ids.split(";") if i]
    for extension in EXTENSIONS:
        mime = _mime_type(extension)
        assert f"{APP_ID}.desktop" in offers.get(mime, []), (extension, mime)


@pytest.fixture
def xserver(tmp_path: Path) -> Iterator[str]:
    """A private Xvfb display (the server picks a free number)."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("needs Xvfb and xdotool (CI installs them)")
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as handle:
        number = handle.readline().strip()
    assert number.isdigit(), "Xvfb did not start"
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_installed_app_opens_a_window_and_quits_cleanly(
    installed: Path, home: Path, xserver: str, tmp_path: Path
) -> None:
    # QT_DEBUG_PLUGINS: Qt names each plugin it loads (the X11 one, the SVG icon engine)
    env = bare_env(home, PATH="/usr/bin:/bin", DISPLAY=xserver, QT_DEBUG_PLUGINS="1")
    del env["QT_QPA_PLATFORM"]  # the real X11 window, as from the desktop
    app = subprocess.Popen(
        ["reviewdesk", "-v", "--library", str(home / "l.sqlite"), str(EXAMPLE)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    xenv = {"DISPLAY": xserver, "PATH": "/usr/bin:/bin"}
    lines: list[str] = []
    highlighted = threading.Event()

    def read_log() -> None:  # drains stderr until the app ends, so it never blocks
        assert app.stderr is not None
        for line in app.stderr:
            lines.append(line)
            if "first issues highlighted" in line:
                highlighted.set()

    reader = threading.Thread(target=read_log, daemon=True)
    reader.start()
    try:
        found = run(["timeout", "120", "xdotool", "search", "--sync", "--onlyvisible",
                     "--name", "reviewdesk"], env=xenv)
        assert found.returncode == 0 and found.stdout.split(), "no reviewdesk window appeared"
        window = found.stdout.split()[-1]
        # the checker (the app itself, re-invoked) finds the demo's issues
        assert highlighted.wait(180), "".join(lines)
        if shutil.which("import"):
            run(["import", "-window", "root", str(tmp_path / "installed-app.png")], env=xenv)
        run(["xdotool", "windowfocus", "--sync", window], env=xenv)
        run(["xdotool", "key", "--window", window, "ctrl+q"], env=xenv)
        assert app.wait(timeout=60) == 0, "".join(lines)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        reader.join(timeout=10)
    assert not [line for line in lines if "Traceback" in line or "CRITICAL" in line]
    loaded = [line for line in lines if "loaded library" in line]
    for plugin in ("platforms/libqxcb.so", "iconengines/libqsvgicon.so"):  # the window icon
        assert any(plugin in line and "/opt/reviewdesk/" in line for line in loaded), plugin
