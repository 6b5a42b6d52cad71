"""Sharp at 200 %: every icon and picture the window shows has pixels for a 2× screen.

A pixmap made at 100 % is scaled up on a 2× screen and looks blurred; an SVG or an
icon that paints itself is drawn at the screen's own resolution. The in-process test
asks every icon of the window for a 2× pixmap; the slow one starts the app with
QT_SCALE_FACTOR=2 and looks at what it drew.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from reviewdesk.app import _icon_path
from reviewdesk.gui.palette import colour_chip

pytestmark = pytest.mark.gui

RATIO = 2.0
LOGICAL = QSize(16, 16)


def _blurry(icon: QIcon, size: QSize = LOGICAL) -> bool:
    """Whether ``icon`` has no pixels for ``size`` at 2× (it would be scaled up)."""
    if icon.isNull():
        return False
    pixmap = icon.pixmap(size, RATIO)
    return pixmap.width() < size.width() * RATIO or pixmap.devicePixelRatio() < RATIO


def blurry_images(window: QWidget) -> list[str]:
    """Names of the things in ``window`` that would be blurred on a 2× screen."""
    found = []
    if _blurry(window.windowIcon(), QSize(64, 64)):
        found.append("window icon")
    for action in window.findChildren(QAction):
        if _blurry(action.icon()):
            found.append(f"action {action.objectName() or action.text()}")
    for button in window.findChildren(QAbstractButton):
        if _blurry(button.icon(), button.iconSize()):
            found.append(f"button {button.objectName() or button.text()}")
    for label in window.findChildren(QLabel):
        pixmap = label.pixmap()
        if not pixmap.isNull() and pixmap.devicePixelRatio() < label.devicePixelRatioF():
            found.append(f"label {label.objectName() or label.text()}")
    return found


def test_a_colour_chip_has_pixels_for_a_2x_screen(qapp) -> None:
    chip = colour_chip(QColor("#d32f2f"))
    pixmap = chip.pixmap(QSize(12, 12), RATIO)
    assert pixmap.size() == QSize(24, 24)
    assert pixmap.devicePixelRatio() == RATIO
    image = pixmap.toImage()
    assert image.pixelColor(12, 12) == QColor("#d32f2f")
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners, drawn at 24 px


def test_the_app_icon_is_a_vector_image(qapp) -> None:
    path = _icon_path()
    assert path is not None and path.suffix == ".svg"
    icon = QIcon(str(path))
    assert icon.pixmap(QSize(256, 256), RATIO).width() == 512


def test_nothing_in_the_window_is_a_low_resolution_picture(make_window, demo_path) -> None:
    path = _icon_path()
    assert path is not None
    window = make_window()
    window.setWindowIcon(QIcon(str(path)))
    assert window.open_file(demo_path)
    window.find_bar.open(replace=True)
    assert blurry_images(window) == []


SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication
    from reviewdesk.store import Library
    from reviewdesk.gui.main_window import MainWindow
    from reviewdesk.gui.window_settings import window_settings
    sys.path.insert(0, sys.argv[3])
    from test_scaling import blurry_images
    app = QApplication([])
    lib = Library(Path(sys.argv[1]) / "lib.sqlite")
    window = MainWindow(lib, settings=window_settings(Path(sys.argv[1]) / "w.ini"))
    window.show()
    window.open_file(sys.argv[2])
    app.processEvents()
    grab = window.grab()
    chip = next(iter(window.legend.chips.values()))
    print(json.dumps({
        "ratio": window.devicePixelRatioF(),
        "grab": [grab.width(), grab.height(), grab.devicePixelRatio()],
        "size": [window.width(), window.height()],
        "chip": chip.grab().width(),
        "blurry": blurry_images(window),
    }))
    window.coordinator.shutdown()
    lib.close()
    """
)


@pytest.mark.slow
def test_the_window_at_200_percent_draws_at_twice_the_pixels(tmp_path, demo_path) -> None:
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    here = os.path.dirname(__file__)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path), str(demo_path), here],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ratio"] == 2.0
    width, height, ratio = seen["grab"]
    assert ratio == 2.0 and width == 2 * seen["size"][0] and height == 2 * seen["size"][1]
    assert seen["chip"] == 24  # a 12-pixel chip painted with 24 device pixels
    assert seen["blurry"] == []
