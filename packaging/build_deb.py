"""Build the Debian package of the frozen app: ``dist/reviewdesk_VERSION_ARCH.deb``.

``make dist`` runs this after PyInstaller has made ``dist/reviewdesk/``. It stages the
tree a user gets and packs it with ``dpkg-deb`` (no debhelper):

* ``/opt/reviewdesk/``: the frozen app (``reviewdesk`` and its ``_internal/``);
* ``/usr/bin/reviewdesk``: a symlink to it, so the desktop file's ``Exec`` works;
* ``/usr/share/applications/APP_ID.desktop``: the launcher and "Open with" for .docx,
  .txt, .md and .html (its ``MimeType`` key; shared-mime-info names those types);
* ``/usr/share/icons/hicolor/…/APP_ID.{svg,png}`` and ``/usr/share/metainfo/``;
* ``/usr/share/doc/reviewdesk/``: copyright and the demo article to try.

``Depends`` lists the Debian packages holding every library the frozen app loads from
the system (found with ``ldd`` on each of its ELF files, then ``dpkg -S``), plus the
fonts Qt needs. dpkg's triggers refresh the desktop, icon and MIME caches on install.

    python packaging/build_deb.py [--dist dist] [--build build/deb]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PACKAGE = "reviewdesk"
INSTALL_DIR = Path("opt") / PACKAGE
MAINTAINER = "reviewdesk developers <reviewdesk@users.noreply.github.com>"
# Debian's synopsis line: under 80 characters, no full stop (pyproject's is longer).
SYNOPSIS = "review desk for newsroom copy editors"
# Loaded by Qt without being linked (fonts through fontconfig) or wanted by the desktop.
EXTRA_DEPENDS = ("fontconfig", "fonts-dejavu-core | fonts-liberation2 | fonts-freefont-ttf")
RECOMMENDS = ("shared-mime-info", "desktop-file-utils", "hicolor-icon-theme")
SUGGESTS = ("default-jre-headless",)  # LanguageTool's own server, when the user installs it
_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(\S+)\s+\(0x[0-9a-f]+\)")
_LDD_MISSING = re.compile(r"^\s*(\S+)\s+=>\s+not found")


class BuildError(Exception):
    """The package cannot be built; the message says why."""


def project_metadata() -> tuple[str, str]:
    """(version, app id) from pyproject.toml and the package."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    app_id = re.search(
        r'^APP_ID\s*=\s*"([^"]+)"',
        (REPO / "src" / "reviewdesk" / "__init__.py").read_text(encoding="utf-8"),
        re.MULTILINE,
    )
    if app_id is None:
        raise BuildError("APP_ID not found in src/reviewdesk/__init__.py")
    return str(project["version"]), app_id.group(1)


def debian_architecture() -> str:
    """This machine's Debian architecture name (amd64, arm64, ...)."""
    done = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def system_libraries(bundle: Path) -> set[Path]:
    """The libraries outside ``bundle`` that its ELF files load (as the app's loader sees:
    the bundle's ``_internal`` first on the library path)."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    found: set[Path] = set()
    missing: set[str] = set()
    elves = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p)]
    for elf in elves:
        done = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env)
        for line in done.stdout.splitlines():
            hit = _LDD_LINE.match(line)
            if hit:
                target = Path(hit.group(2))
                if bundle.resolve() not in target.resolve().parents:
                    found.add(target)
            elif _LDD_MISSING.match(line) and not _optional_plugin(elf):
                missing.add(f"{elf.relative_to(bundle)} needs {line.split()[0]}")
    if missing:
        raise BuildError("libraries not found on this machine: " + "; ".join(sorted(missing)))
    return found


def _optional_plugin(elf: Path) -> bool:
    """Qt plugins that load only where their desktop exists (GTK theme, Wayland extras)."""
    return "plugins" in elf.parts and elf.parent.name in {
        "platformthemes",
        "wayland-decoration-client",
        "wayland-graphics-integration-client",
        "wayland-shell-integration",
        "egldeviceintegrations",
    }


def owning_packages(libraries: Iterable[Path]) -> set[str]:
    """The Debian packages that own ``libraries`` (``dpkg -S``, any path spelling)."""
    packages: set[str] = set()
    for lib in sorted(libraries):
        candidates = {str(lib), str(lib.resolve())}
        for spelling in list(candidates):  # /usr-merged systems list either form
            if spelling.startswith("/usr/"):
                candidates.add(spelling[4:])
            else:
                candidates.add("/usr" + spelling)
        owner = None
        for spelling in sorted(candidates):
            done = subprocess.run(["dpkg", "-S", spelling], capture_output=True, text=True)
            if done.returncode == 0:
                owner = done.stdout.split(":", 1)[0].strip()
                break
        if owner is None:
            raise BuildError(f"no Debian package owns {lib}")
        packages.add(owner.split(",")[0].strip())
    return packages


def control_text(version: str, arch: str, depends: Iterable[str], installed_kib: int) -> str:
    """The ``DEBIAN/control`` file."""
    fields = {
        "Package": PACKAGE,
        "Version": version,
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join(depends),
        "Recommends": ", ".join(RECOMMENDS),
        "Suggests": ", ".join(SUGGESTS),
        "Section": "editors",
        "Priority": "optional",
        "Homepage": "https://github.com/reviewdesk/reviewdesk",
        "Description": f"{SYNOPSIS}\n"
        " reviewdesk shows a scraped or filed article beside its edited draft, checks both\n"
        " with offline engines (Harper, house style, names, web debris), keeps notes and\n"
        " decisions in a local library, and exports the draft, a .docx with tracked\n"
        " changes, or a review report.\n"
        " .\n"
        " This package holds a self-contained build with its own Python and Qt.",
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def _copy(src: Path, dest: Path, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    dest.chmod(mode)


def stage(bundle: Path, root: Path, app_id: str) -> None:
    """Lay out the installed tree under ``root``."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    usr = root / "usr"
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / PACKAGE).symlink_to(Path("/") / INSTALL_DIR / PACKAGE)
    share = usr / "share"
    packaging = REPO / "packaging"
    _copy(packaging / f"{app_id}.desktop", share / "applications" / f"{app_id}.desktop")
    _copy(packaging / f"{app_id}.metainfo.xml", share / "metainfo" / f"{app_id}.metainfo.xml")
    for icon in (packaging / "icons").rglob("*"):
        if icon.is_file():
            _copy(icon, share / "icons" / icon.relative_to(packaging / "icons"))
    doc = share / "doc" / PACKAGE
    _copy(packaging / "deb" / "copyright", doc / "copyright")
    demo = REPO / "src" / "reviewdesk" / "resources" / "demo" / "newsroom-demo.txt"
    _copy(demo, doc / "examples" / demo.name)
    for path in [root, *root.rglob("*")]:  # dpkg-deb refuses group/world-writable dirs
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)


def installed_size_kib(root: Path) -> int:
    """What the package takes once installed, as dpkg counts it (KiB)."""
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink() or not path.is_file():
            total += 1
        else:
            total += (path.stat().st_size + 1023) // 1024
    return total


def build(dist: Path, workdir: Path) -> Path:
    """Stage and pack; returns the .deb's path."""
    for tool in ("dpkg-deb", "dpkg", "ldd"):
        if shutil.which(tool) is None:
            raise BuildError(f"{tool} is not installed (Debian's dpkg and libc-bin)")
    bundle = dist / PACKAGE
    if not (bundle / PACKAGE).is_file():
        raise BuildError(f"no frozen app in {bundle}: run PyInstaller first (make dist)")
    version, app_id = project_metadata()
    arch = debian_architecture()
    root = workdir / f"{PACKAGE}_{version}_{arch}"
    stage(bundle, root, app_id)
    depends = sorted(owning_packages(system_libraries(bundle))) + list(EXTRA_DEPENDS)
    control = root / "DEBIAN" / "control"
    control.parent.mkdir(parents=True)
    control.parent.chmod(0o755)
    control.write_text(
        control_text(version, arch, depends, installed_size_kib(root)), "utf-8"
    )
    out = dist / f"{PACKAGE}_{version}_{arch}.deb"
    # gzip: a fraction of xz's packing time on two cores, for a package a bit larger.
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(out)],
        check=True,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: build the .deb; one line and exit 2 when it cannot be built."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist")
    parser.add_argument("--build", type=Path, default=REPO / "build" / "deb")
    args = parser.parse_args(argv)
    try:
        out = build(args.dist.resolve(), args.build.resolve())
    except (BuildError, subprocess.CalledProcessError, OSError) as exc:
        print(f"build_deb: error: {exc}", file=sys.stderr)
        return 2
    print(f"built {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
