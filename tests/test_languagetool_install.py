"""Installing LanguageTool from a zip (and by download) where language_tool_python looks.

The zips are small stand-ins with LanguageTool's layout (the real one is ~250 MB and
cannot be downloaded here); the download is served by the test double.
"""

from __future__ import annotations

import hashlib
import io
import stat
import zipfile
from pathlib import Path

import pytest

from fake_languagetool import FakeLanguageTool, fake_lt_server_fixture  # noqa: F401
from reviewdesk.core.engines.languagetool.install import (
    InstallError,
    ZipLimits,
    download_languagetool,
    download_url,
    install_languagetool_zip,
    known_sha256,
)
from reviewdesk.core.engines.languagetool.local import find_installation, free_port
from reviewdesk.core.pipeline import Cancelled


def make_zip(entries: dict[str, bytes] | None = None, top: str = "LanguageTool-6.6/") -> bytes:
    """A zip laid out like a LanguageTool release."""
    if entries is None:
        entries = {
            f"{top}languagetool-server.jar": b"PK-not-really-a-jar",
            f"{top}languagetool.jar": b"PK-not-really-a-jar-either",
            f"{top}libs/languagetool-core.jar": b"core" * 100,
            f"{top}org/languagetool/resource/en/words.txt": "naïve 😀\n".encode() * 50,
            f"{top}README.md": b"LanguageTool\n",
        }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        if top:
            zf.writestr(top, b"")
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_zip_installs_where_language_tool_python_looks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "ltp"
    monkeypatch.setenv("LTP_PATH", str(root))
    seen: list[tuple[int, int]] = []
    target = install_languagetool_zip(
        _write(tmp_path / "LanguageTool-6.6.zip", make_zip()),
        progress=lambda d, t: seen.append((d, t)),
    )
    assert target == root / "LanguageTool-6.6"
    assert (target / "languagetool-server.jar").read_bytes() == b"PK-not-really-a-jar"
    words = (target / "org/languagetool/resource/en/words.txt").read_text(encoding="utf-8")
    assert words.startswith("naïve 😀")
    assert seen and seen[-1][0] == seen[-1][1]
    assert _leftovers(root) == ["LanguageTool-6.6"]  # no temporary folders left behind
    # language_tool_python itself finds it
    from language_tool_python.download_lt import LocalLanguageTool

    [found] = LocalLanguageTool.get_installed_versions()
    assert found.version_name == "6.6"
    assert found.get_jar_path() == target / "languagetool-server.jar"
    assert find_installation() == target / "languagetool-server.jar"


def test_reinstalling_replaces_the_old_install(tmp_path: Path) -> None:
    root = tmp_path / "ltp"
    zip_path = _write(tmp_path / "lt.zip", make_zip())
    first = install_languagetool_zip(zip_path, root)
    (first / "stale-file").write_text("old")
    second = install_languagetool_zip(zip_path, root)
    assert second == first and not (second / "stale-file").exists()
    assert _leftovers(root) == ["LanguageTool-6.6"]


def test_a_flat_zip_takes_its_version_from_its_name(tmp_path: Path) -> None:
    data = make_zip({"languagetool-server.jar": b"jar", "libs/x.jar": b"x"}, top="")
    target = install_languagetool_zip(
        _write(tmp_path / "LanguageTool-6.5.zip", data), tmp_path / "r"
    )
    assert target.name == "LanguageTool-6.5" and (target / "libs" / "x.jar").is_file()


@pytest.mark.parametrize(
    "evil",
    [
        "LanguageTool-6.6/../../evil.txt",
        "../evil.txt",
        "/tmp/evil.txt",
        "LanguageTool-6.6\\..\\..\\evil.txt",
    ],
)
def test_zip_slip_entries_are_rejected(tmp_path: Path, evil: str) -> None:
    root = tmp_path / "deep" / "ltp"
    data = make_zip({"LanguageTool-6.6/languagetool-server.jar": b"jar", evil: b"owned"})
    with pytest.raises(InstallError, match="unsafe path"):
        install_languagetool_zip(_write(tmp_path / "LanguageTool-6.6.zip", data), root)
    assert not list(tmp_path.rglob("evil.txt"))
    assert not (root / "LanguageTool-6.6").exists()


def test_links_in_a_zip_are_rejected(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("LanguageTool-6.6/languagetool-server.jar", b"jar")
        link = zipfile.ZipInfo("LanguageTool-6.6/passwd")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
    with pytest.raises(InstallError, match="link"):
        install_languagetool_zip(_write(tmp_path / "lt.zip", buf.getvalue()), tmp_path / "r")
    assert _leftovers(tmp_path / "r") == []


def test_zip_bombs_are_rejected(tmp_path: Path) -> None:
    bomb = make_zip(
        {
            "LanguageTool-6.6/languagetool-server.jar": b"jar",
            "LanguageTool-6.6/zeros.bin": bytes(20 * 1024 * 1024),
        }
    )
    assert len(bomb) < 100 * 1024
    with pytest.raises(InstallError, match="zip bomb"):
        install_languagetool_zip(_write(tmp_path / "lt.zip", bomb), tmp_path / "r")
    with pytest.raises(InstallError, match="too much data"):
        install_languagetool_zip(
            _write(tmp_path / "ok.zip", make_zip()),
            tmp_path / "r",
            limits=ZipLimits(max_total_bytes=1000),
        )
    with pytest.raises(InstallError, match="too many files"):
        install_languagetool_zip(
            _write(tmp_path / "ok.zip", make_zip()), tmp_path / "r", limits=ZipLimits(max_members=3)
        )
    assert _leftovers(tmp_path / "r") == []


def test_other_zips_and_files_are_refused_plainly(tmp_path: Path) -> None:
    not_lt = make_zip({"photos/cat.jpg": b"meow"}, top="")
    with pytest.raises(InstallError, match="does not contain LanguageTool"):
        install_languagetool_zip(_write(tmp_path / "photos.zip", not_lt), tmp_path / "r")
    with pytest.raises(InstallError, match="not a readable zip file"):
        install_languagetool_zip(_write(tmp_path / "x.zip", b"plain text"), tmp_path / "r")
    with pytest.raises(InstallError, match="does not exist"):
        install_languagetool_zip(tmp_path / "missing.zip", tmp_path / "r")
    unnamed = make_zip({"languagetool-server.jar": b"jar"}, top="")
    with pytest.raises(InstallError, match="which LanguageTool version"):
        install_languagetool_zip(_write(tmp_path / "download.zip", unnamed), tmp_path / "r")


def test_download_installs_with_progress(fake_lt_server: FakeLanguageTool, tmp_path: Path) -> None:
    data = make_zip()
    fake_lt_server.files["LanguageTool-6.6.zip"] = data
    seen: list[tuple[int, int]] = []
    target = download_languagetool(
        tmp_path / "ltp",
        lambda done, total: seen.append((done, total)),
        lambda: False,
        version="6.6",
        url=f"{fake_lt_server.url}/files/LanguageTool-6.6.zip",
        sha256=hashlib.sha256(data).hexdigest(),
    )
    assert target == tmp_path / "ltp" / "LanguageTool-6.6"
    assert (target / "languagetool-server.jar").is_file()
    assert (len(data), len(data)) in seen
    assert _leftovers(tmp_path / "ltp") == ["LanguageTool-6.6"]


def test_download_failures_are_plain_and_leave_nothing(
    fake_lt_server: FakeLanguageTool, tmp_path: Path
) -> None:
    root = tmp_path / "ltp"
    fake_lt_server.files["LanguageTool-6.6.zip"] = make_zip()
    url = f"{fake_lt_server.url}/files/LanguageTool-6.6.zip"
    with pytest.raises(InstallError, match="does not match its published checksum"):
        download_languagetool(root, None, None, version="6.6", url=url, sha256="0" * 64)
    with pytest.raises(Cancelled):
        download_languagetool(root, None, lambda: True, version="6.6", url=url)
    with pytest.raises(InstallError, match="HTTP 404"):
        download_languagetool(root, None, None, url=f"{fake_lt_server.url}/files/nothing.zip")
    with pytest.raises(InstallError, match="network is not reachable"):
        download_languagetool(root, None, None, url=f"http://127.0.0.1:{free_port()}/x.zip")
    assert _leftovers(root) == []


def test_default_download_is_language_tool_pythons() -> None:
    """No network here: only where it would download from, and the checksum it expects."""
    assert download_url("6.8").endswith("/LanguageTool-6.8.zip")
    sha = known_sha256("6.8")
    assert sha is not None and len(sha) == 64
