"""Installing LanguageTool from a zip the user has, or (on request) from the network.

The install goes where ``language_tool_python`` looks for it:
``$LTP_PATH/LanguageTool-<version>/`` (see :func:`.local.default_install_root`).
Extraction is guarded: no absolute paths or ``..`` (zip-slip), no links, no encrypted
members, and caps on member count, sizes and compression ratio (zip bombs), checked
against the bytes actually written, not only the sizes the archive claims. Everything
is unpacked into a temporary folder beside the target and moved into place in one
rename, so a failed install leaves nothing half-written.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from reviewdesk.core.engines.languagetool.local import JAR_NAMES, default_install_root
from reviewdesk.core.pipeline import Cancelled

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

# The version language_tool_python 3.4 downloads, and where from (see download_version).
DEFAULT_VERSION = "6.8"
_CHUNK = 1024 * 1024


class InstallError(Exception):
    """LanguageTool could not be installed; the message is for the user as it is."""


@dataclass(frozen=True)
class ZipLimits:
    """Caps that keep a hostile or broken zip from filling the disk."""

    max_members: int = 10_000
    max_total_bytes: int = 1024 * 1024 * 1024  # LanguageTool 6.x unpacks to ~400 MB
    max_member_bytes: int = 256 * 1024 * 1024
    max_ratio: float = 200.0  # per member, for members over 1 MiB
    max_download_bytes: int = 768 * 1024 * 1024


_VERSION_IN_NAME = re.compile(r"LanguageTool-(\d+\.\d+|\d{8})", re.IGNORECASE)


def _member_parts(name: str) -> tuple[str, ...]:
    """The path parts of a zip member; InstallError if it could escape the target."""
    cleaned = name.replace("\\", "/")
    if cleaned.startswith("/") or re.match(r"^[A-Za-z]:", cleaned) or "\x00" in cleaned:
        raise InstallError(f"The zip contains an unsafe path ({name!r}); nothing was installed")
    parts = tuple(p for p in PurePosixPath(cleaned).parts if p not in ("", "."))
    if any(p == ".." for p in parts):
        raise InstallError(f"The zip contains an unsafe path ({name!r}); nothing was installed")
    return parts


def _check_members(infos: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    if len(infos) > limits.max_members:
        raise InstallError(f"The zip has too many files ({len(infos)}); nothing was installed")
    total = 0
    for info in infos:
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise InstallError(
                f"The zip contains a link ({info.filename!r}); nothing was installed"
            )
        if info.flag_bits & 0x1:
            raise InstallError("The zip is encrypted; nothing was installed")
        if info.file_size > limits.max_member_bytes:
            raise InstallError(f"{info.filename} in the zip is too large; nothing was installed")
        if info.file_size > 1024 * 1024 and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise InstallError(
                f"{info.filename} in the zip is suspiciously compressed "
                "(a zip bomb?); nothing was installed"
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise InstallError("The zip unpacks to too much data; nothing was installed")


def _layout(infos: list[zipfile.ZipInfo], zip_name: str) -> tuple[str | None, str]:
    """(the single top-level folder or None, the LanguageTool version)."""
    tops = {_member_parts(i.filename)[0] for i in infos if _member_parts(i.filename)}
    nested = all(
        len(_member_parts(i.filename)) > 1 or i.is_dir() for i in infos if _member_parts(i.filename)
    )
    root = next(iter(tops)) if len(tops) == 1 and nested else None
    files = {
        _member_parts(i.filename)[1 if root else 0 :]
        for i in infos
        if not i.is_dir() and _member_parts(i.filename)
    }
    if not any((name,) in files for name in JAR_NAMES):
        raise InstallError(
            "This zip does not contain LanguageTool (no languagetool-server.jar at its top)"
        )
    for candidate in (root or "", zip_name):
        m = _VERSION_IN_NAME.search(candidate)
        if m:
            return root, m.group(1)
    raise InstallError(
        "Cannot tell which LanguageTool version this zip holds; "
        "name it like LanguageTool-6.6.zip and try again"
    )


def install_languagetool_zip(
    zip_path: str | os.PathLike[str],
    dest_root: str | os.PathLike[str] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    limits: ZipLimits | None = None,
) -> Path:
    """Unpack a LanguageTool zip to ``dest_root/LanguageTool-<version>/``; return that folder.

    ``dest_root`` defaults to ``$LTP_PATH`` (or ``language_tool_python``'s cache
    folder). An existing install of the same version is replaced. ``progress(done,
    total)`` reports unpacked bytes. Raises :class:`InstallError` with a plain message,
    or :class:`Cancelled`.
    """
    limits = limits or ZipLimits()
    source = Path(zip_path)
    root_dir = Path(dest_root) if dest_root is not None else default_install_root()
    try:
        archive = zipfile.ZipFile(source)
    except FileNotFoundError as exc:
        raise InstallError(f"{source} does not exist") from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise InstallError(f"{source.name} is not a readable zip file") from exc
    with archive:
        infos = archive.infolist()
        for info in infos:
            _member_parts(info.filename)
        _check_members(infos, limits)
        top, version = _layout(infos, source.name)
        try:
            root_dir.mkdir(parents=True, exist_ok=True)
            work = Path(tempfile.mkdtemp(prefix=".languagetool-install-", dir=root_dir))
        except OSError as exc:
            raise InstallError(f"Cannot write to {root_dir}: {exc.strerror or exc}") from exc
        try:
            staged = work / "new"
            staged.mkdir()
            _extract(archive, infos, top, staged, limits, progress, cancelled)
            target = root_dir / f"LanguageTool-{version}"
            if target.exists() or target.is_symlink():
                os.replace(target, work / "old")
            os.replace(staged, target)
        except OSError as exc:
            raise InstallError(f"Could not install LanguageTool: {exc.strerror or exc}") from exc
        finally:
            shutil.rmtree(work, ignore_errors=True)
    log.info("installed LanguageTool %s in %s", version, target)
    return target


def _extract(
    archive: zipfile.ZipFile,
    infos: list[zipfile.ZipInfo],
    top: str | None,
    staged: Path,
    limits: ZipLimits,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> None:
    total = sum(i.file_size for i in infos)
    written = 0
    base = staged.resolve()
    for info in infos:
        parts = _member_parts(info.filename)
        if top is not None:
            parts = parts[1:]
        if not parts:
            continue
        target = staged.joinpath(*parts)
        if not target.resolve().is_relative_to(base):
            raise InstallError(f"The zip contains an unsafe path ({info.filename!r})")
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        member_written = 0
        with archive.open(info) as src, open(target, "xb") as dst:
            while chunk := src.read(_CHUNK):
                member_written += len(chunk)
                written += len(chunk)
                if member_written > info.file_size or written > limits.max_total_bytes:
                    raise InstallError(
                        "The zip unpacks to more data than it claims; nothing was installed"
                    )
                dst.write(chunk)
                if cancelled is not None and cancelled():
                    raise Cancelled
                if progress is not None:
                    progress(written, total)


def download_url(version: str = DEFAULT_VERSION) -> str:
    """Where ``language_tool_python`` downloads LanguageTool ``version`` from."""
    from language_tool_python.download_lt import LocalLanguageTool

    return LocalLanguageTool.from_version_name(version).download_url


def known_sha256(version: str = DEFAULT_VERSION) -> str | None:
    """The checksum ``language_tool_python`` ships for that release, if any."""
    from language_tool_python.download_lt import EXPECTED_DOWNLOAD_SHA256

    value = EXPECTED_DOWNLOAD_SHA256.get(version)
    return str(value).lower() if value else None


def download_languagetool(
    dest: str | os.PathLike[str] | None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    *,
    version: str = DEFAULT_VERSION,
    url: str | None = None,
    sha256: str | None = None,
    timeout: float = 30.0,
    limits: ZipLimits | None = None,
) -> Path:
    """Download LanguageTool and install it under ``dest`` (default ``$LTP_PATH``).

    Only call this on the user's explicit request: it fetches ~250 MB. The URL and
    checksum default to those ``language_tool_python`` uses for ``version``.
    ``progress(done, total)`` reports bytes (``total`` is 0 when unknown) during the
    download and then the unpacking. Raises :class:`InstallError` with a plain message
    (offline, blocked, checksum mismatch, ...) or :class:`Cancelled`.
    """
    import requests

    limits = limits or ZipLimits()
    root_dir = Path(dest) if dest is not None else default_install_root()
    if url is None:
        try:
            url = download_url(version)
        except Exception as exc:  # language_tool_python rejects unknown versions
            raise InstallError(f"LanguageTool {version} cannot be downloaded: {exc}") from exc
        if sha256 is None:
            sha256 = known_sha256(version)
    try:
        root_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".languagetool-", suffix=".zip", dir=root_dir)
    except OSError as exc:
        raise InstallError(f"Cannot write to {root_dir}: {exc.strerror or exc}") from exc
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            try:
                response = requests.get(url, stream=True, timeout=(10.0, timeout))
            except requests.RequestException as exc:
                raise InstallError(
                    "Could not download LanguageTool: the network is not reachable "
                    f"from this computer ({type(exc).__name__})"
                ) from exc
            with response:
                if response.status_code != 200:
                    raise InstallError(
                        f"Could not download LanguageTool: the server answered "
                        f"HTTP {response.status_code}"
                    )
                total = int(response.headers.get("Content-Length") or 0)
                if total > limits.max_download_bytes:
                    raise InstallError("The LanguageTool download is larger than expected")
                done = 0
                try:
                    for chunk in response.iter_content(chunk_size=_CHUNK):
                        if cancelled is not None and cancelled():
                            raise Cancelled
                        done += len(chunk)
                        if done > limits.max_download_bytes:
                            raise InstallError("The LanguageTool download is larger than expected")
                        digest.update(chunk)
                        out.write(chunk)
                        if progress is not None:
                            progress(done, total)
                except requests.RequestException as exc:
                    raise InstallError(
                        f"The LanguageTool download broke off ({type(exc).__name__})"
                    ) from exc
        if sha256 and digest.hexdigest() != sha256.lower():
            raise InstallError(
                "The downloaded LanguageTool does not match its published checksum; "
                "nothing was installed"
            )
        name = f"LanguageTool-{version}.zip"
        return _install_downloaded(tmp, root_dir, name, progress, cancelled, limits)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _install_downloaded(
    tmp: Path,
    root_dir: Path,
    name: str,
    progress: Progress | None,
    cancelled: IsCancelled | None,
    limits: ZipLimits,
) -> Path:
    # The temporary file's name carries no version; give the installer the real one.
    named = tmp.with_name(f".{os.getpid()}-{name}")
    os.replace(tmp, named)
    try:
        return install_languagetool_zip(
            named, root_dir, progress=progress, cancelled=cancelled, limits=limits
        )
    finally:
        with contextlib.suppress(OSError):
            named.unlink()
