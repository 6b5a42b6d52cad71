"""A small disk that tests can fill up: a real tmpfs when this process may mount one.

Tests run as root on CI and here, where ``mount -t tmpfs`` works, so a full disk is a
real one (SQLite gets ENOSPC from the kernel). Where mounting is not permitted (a
container without CAP_SYS_ADMIN) the disk is an ordinary folder and :meth:`fill`
simulates a full disk for the given connections with SQLite's ``max_page_count`` (the
library then reports SQLITE_FULL exactly as on a real full disk); :attr:`real` says
which, and the tests that need a real one (another process, opening a library) skip
with that reason only in that case.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class SmallDisk:
    """A folder on a small disk; :meth:`fill` leaves no free space, :meth:`free` some."""

    def __init__(self, folder: Path, real: bool) -> None:
        self.folder = folder
        self.real = real
        self._filler = folder / "filler.bin"
        self._limited: list[Any] = []

    def fill(self, *connections: Any) -> None:
        """Use up all the space (real), or cap the given sqlite_utils Databases (simulated)."""
        if self.real:
            fd = os.open(self._filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
            try:
                block = b"\0" * 65536
                while True:
                    try:
                        os.write(fd, block)
                    except OSError:
                        if len(block) == 1:
                            break
                        block = block[: len(block) // 2]
            finally:
                os.close(fd)
            return
        for db in connections:
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {pages}")
            self._limited.append(db)

    def free(self) -> None:
        """Give the space back."""
        if self.real:
            self._filler.unlink(missing_ok=True)
            return
        for db in self._limited:
            with contextlib.suppress(Exception):
                db.execute("PRAGMA max_page_count = 1073741823")
        self._limited.clear()


def _mount(folder: Path, size_kb: int) -> bool:
    if not shutil.which("mount") or os.geteuid() != 0:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int = 16384) -> Iterator[SmallDisk]:
    """A :class:`SmallDisk` at ``folder`` (created), unmounted afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    real = _mount(folder, size_kb)
    try:
        yield SmallDisk(folder, real)
    finally:
        if real:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
