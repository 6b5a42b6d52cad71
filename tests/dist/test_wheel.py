"""The wheel installs with pipx into a clean environment, and the installed ``reviewdesk``
checks the demo article that ships inside the wheel. The sdist installs with pipx's pip
over that same environment (its dependencies are the wheel's: a second environment would
download and unpack them again, about 50 s of CI), and holds every file the wheel has."""

from __future__ import annotations

import json
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from distkit import DEMO, built, issue_keys, run, venv_check

from reviewdesk import __version__

pytestmark = pytest.mark.slow


def _pipx_env(root: Path) -> dict[str, str]:
    return {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "HOME": str(root),
        "PIPX_HOME": str(root / "pipx"),
        "PIPX_BIN_DIR": str(root / "bin"),
        "PIPX_MAN_DIR": str(root / "man"),
        "LANG": "C.UTF-8",
    }


def _pipx_install(package: Path, root: Path) -> Path:
    """``pipx install PACKAGE`` into a private PIPX_HOME; the installed command's path."""
    env = _pipx_env(root)
    done = run([sys.executable, "-m", "pipx", "install", str(package)], env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return root / "bin" / "reviewdesk"


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _pipx_install(built("reviewdesk-*.whl"), tmp_path_factory.mktemp("pipx-wheel"))


def test_wheel_carries_the_demo_style_sheet_and_icons() -> None:
    names = zipfile.ZipFile(built("reviewdesk-*.whl")).namelist()
    for wanted in ("reviewdesk/resources/demo/newsroom-demo.txt",
                   "reviewdesk/resources/style/default-news.toml",
                   "reviewdesk/resources/icons/reviewdesk.svg",
                   "reviewdesk/service/check_process.py"):
        assert wanted in names
    assert not [n for n in names if n.startswith("tests/")]


def test_pipx_installed_wheel_checks_its_own_demo(installed_wheel: Path, tmp_path: Path) -> None:
    home = installed_wheel.parents[1]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
           "REVIEWDESK_LIBRARY": str(tmp_path / "l.sqlite")}
    version = run([str(installed_wheel), "--version"], env=env)
    assert version.stdout.strip() == f"reviewdesk {__version__}", version.stderr
    # the demo as installed (package data), not the repository's copy
    demos = list((home / "pipx" / "venvs" / "reviewdesk").glob(
        "lib/python3*/site-packages/reviewdesk/resources/demo/newsroom-demo.txt"))
    assert len(demos) == 1
    done = run([str(installed_wheel), "check", str(demos[0])], env=env)
    assert done.returncode == 1, done.stderr
    expected = venv_check(DEMO, tmp_path / "venv.sqlite")
    assert issue_keys(done.stdout) == issue_keys(expected.stdout)
    assert json.loads(done.stdout)["issues"]


def test_the_sdist_holds_every_module_and_file_the_wheel_has() -> None:
    with tarfile.open(built("reviewdesk-*.tar.gz")) as sdist:
        members = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    wheel = zipfile.ZipFile(built("reviewdesk-*.whl")).namelist()
    package = [n for n in wheel if n.startswith("reviewdesk/")]
    assert len(package) > 100
    assert [n for n in package if f"src/{n}" not in members] == []
    assert {"pyproject.toml", "README.md", "PKG-INFO"} <= members


def test_pipx_installs_the_sdist(installed_wheel: Path, tmp_path: Path) -> None:
    """Built from source by pip inside the pipx environment (last: it replaces the wheel)."""
    root = installed_wheel.parents[1]
    sdist = built("reviewdesk-*.tar.gz")
    command = [sys.executable, "-m", "pipx", "runpip", "reviewdesk", "install"]
    done = run([*command, "--force-reinstall", "--no-deps", str(sdist)], env=_pipx_env(root))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "reviewdesk-" in done.stdout and "Successfully installed" in done.stdout
    env = {"PATH": "/usr/bin:/bin", "HOME": str(root), "LANG": "C.UTF-8",
           "REVIEWDESK_LIBRARY": str(tmp_path / "l.sqlite")}
    version = run([str(installed_wheel), "--version"], env=env)
    assert version.stdout.strip() == f"reviewdesk {__version__}", version.stderr
    checked = run([str(installed_wheel), "check", str(DEMO)], env=env)
    assert checked.returncode == 1, checked.stderr  # 1: issues found
    assert json.loads(checked.stdout)["issues"]
