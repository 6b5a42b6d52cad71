"""Take the README's screenshots under Xvfb: `make screenshots` (needs Xvfb).

Each shot runs the real window in a fresh process, with a throwaway library and window
settings, on its own Xvfb screen, waits until the demo article's checks are on screen,
and grabs the screen. With ImageMagick's `convert` the PNGs are then cut down to 96
colours without dithering (a window's flat colours survive it; the files shrink to
a third).

    .venv/bin/python docs/screenshots/take.py [--out docs/screenshots] [--only NAME]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEMO = REPO / "src" / "reviewdesk" / "resources" / "demo" / "newsroom-demo.txt"

# name: window size (logical pixels), appearance, scale, open the demo, crop (device px)
SHOTS: dict[str, dict[str, object]] = {
    "window-1024x700": {"size": (1024, 700), "appearance": "light"},
    "window-1920x1080-dark": {"size": (1920, 1080), "appearance": "dark"},
    "window-200-percent": {
        "size": (1280, 720),
        "appearance": "light",
        "scale": 2,
        "crop": (1400, 80, 1160, 720),  # device pixels: the draft's edge and the issues
    },
    "first-run": {"size": (1024, 700), "appearance": "light", "demo": False},
}

SHOT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.window_settings import window_settings
from reviewdesk.store import Library

spec = json.loads(sys.argv[1])
out = sys.argv[2]
home = Path.home()  # a throwaway HOME the caller made
app = QApplication([])
library = Library(home / ".local/share/reviewdesk/library.sqlite")
settings = window_settings(home / ".config/reviewdesk/window.ini")
settings.setValue("view/appearance", spec["appearance"])
window = MainWindow(library, settings=settings)
window.show()
window.move(0, 0)
window.resize(*spec["size"])
if spec.get("demo", True):
    window.open_file(spec["demo_path"])
    window.draft.setFocus()
    tries = [0]

def grab():
    session = window.session
    if spec.get("demo", True):
        if not all(session.is_current(p) for p in ("original", "draft")) and tries[0] < 200:
            tries[0] += 1
            QTimer.singleShot(100, grab)
            return
        for pane in ("original", "draft"):
            session.editor(pane).highlighter.flush()
        session.step_issue(1)
        session.step_issue(1)
    app.processEvents()
    ratio = window.devicePixelRatioF()
    frame = window.frameGeometry()
    shot = window.screen().grabWindow(0, 0, 0, frame.width(), frame.height())
    crop = spec.get("crop")
    if crop:
        shot = shot.copy(*crop)  # device pixels
    shot.save(out)
    print(json.dumps({"size": [shot.width(), shot.height()], "ratio": ratio}))
    window.coordinator.shutdown()
    app.quit()

QTimer.singleShot(1500, grab)
app.exec()
library.close()
"""


def start_xvfb(width: int, height: int) -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb server on a free display; (process, ":N")."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    return server, f":{number}"


def take(name: str, spec: dict[str, object], out: Path) -> None:
    """One screenshot into ``out/NAME.png``."""
    scale = int(spec.get("scale", 1))  # type: ignore[call-overload]
    width, height = spec["size"]  # type: ignore[misc]
    server, display = start_xvfb(width * scale + 64, height * scale + 64)
    try:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        if scale != 1:
            env["QT_SCALE_FACTOR"] = str(scale)
        with tempfile.TemporaryDirectory() as home:
            env["HOME"] = home  # the welcome shows the library's path as ~/…
            env.pop("XDG_CONFIG_HOME", None)
            env.pop("XDG_DATA_HOME", None)
            target = out / f"{name}.png"
            done = subprocess.run(
                [sys.executable, "-c", SHOT, json.dumps({**spec, "demo_path": str(DEMO)}), str(target)],
                env=env,
                capture_output=True,
                text=True,
                timeout=180,
                check=False,
            )
        if done.returncode != 0 or not target.exists():
            raise SystemExit(f"{name}: the window could not be captured:\n{done.stderr[-1500:]}")
        if shutil.which("convert"):
            subprocess.run(
                ["convert", str(target), "-strip", "+dither", "-colors", "96", f"PNG8:{target}"],
                check=True,
            )
        print(f"{target.relative_to(REPO)}: {target.stat().st_size // 1024} KB")
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--only", choices=sorted(SHOTS))
    args = parser.parse_args()
    if shutil.which("Xvfb") is None:
        print("take.py: Xvfb is not installed (apt install xvfb)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for name, spec in SHOTS.items():
        if args.only in (None, name):
            take(name, spec, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
