"""The first run: a short welcome where the panes will be, while the library is empty.

It offers the three ways in (the demo article, a file of one's own, the house style
sheet) and says where everything is kept. Once the library holds an article, the empty
window shows only the hint to open one.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reviewdesk import APP_NAME
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate

WELCOME_TITLE = QT_TRANSLATE_NOOP("Welcome", "Welcome to {app}")
DEMO_LINE = QT_TRANSLATE_NOOP("Welcome", "A local news story with the faults a desk sees every day")
OPEN_LINE = QT_TRANSLATE_NOOP(
    "Welcome", "Word, plain text, Markdown or a saved web page (or drop one here)"
)
STYLE_LINE = QT_TRANSLATE_NOOP(
    "Welcome", "Your desk's preferred spellings, names, capitals and banned words"
)


Way = tuple[str, str, str, Callable[[], object]]  # name, button, its line, what it does


def ways_in(
    open_demo: Callable[[], object],
    open_file: Callable[[], object],
    style_sheet: Callable[[], object],
) -> list[Way]:
    """The welcome's three buttons, each with the line that says what it gives."""
    return [
        (
            "welcomeDemo",
            translate("Welcome", "Open the &demo article"),
            translate("Welcome", DEMO_LINE),
            open_demo,
        ),
        (
            "welcomeOpen",
            translate("Welcome", "&Open a file…"),
            translate("Welcome", OPEN_LINE),
            open_file,
        ),
        (
            "welcomeStyle",
            translate("Welcome", "House &style sheet…"),
            translate("Welcome", STYLE_LINE),
            style_sheet,
        ),
    ]


def demo_article() -> Path | None:
    """The demo article that ships in the package (every install has it)."""
    try:
        path = resources.files("reviewdesk") / "resources" / "demo" / "newsroom-demo.txt"
        return Path(str(path)) if path.is_file() else None
    except (ModuleNotFoundError, OSError):
        return None


def shown_path(path: Path | str) -> str:
    """A path as the editor reads it: "~/…" inside the home folder."""
    path = Path(path)
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


class Welcome(QWidget):
    """Heading, three buttons with a line each, and where the data is kept."""

    def __init__(
        self,
        library_path: Path,
        backups: Path,
        settings_path: str,
        actions: list[Way],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.buttons: dict[str, QPushButton] = {}
        heading = translate("Welcome", WELCOME_TITLE).format(app=APP_NAME)
        title = QLabel(f"<h1>{html.escape(heading)}</h1>")
        title.setObjectName("welcomeTitle")
        intro = QLabel(
            translate(
                "Welcome",
                (
                    "Check an article beside your draft, with every issue "
                    "highlighted, then send back a corrected draft, a Word file "
                    "with tracked changes, or a review report."
                ),
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        for row, (name, text, line, run) in enumerate(actions):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setToolTip(line)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _c=False, r=run: r())
            label = QLabel(line)
            label.setWordWrap(True)
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
            self.buttons[name] = button
        grid.setColumnStretch(1, 1)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.where = QLabel(
            translate(
                "Welcome",
                (
                    "Your library (articles, drafts and their history, notes, "
                    "decisions, dictionaries, settings and the house style "
                    "sheet) is one file:<br><code>{library}</code><br>with a backup "
                    "each day in <code>{backups}</code>.<br>The window's size and "
                    "layout are kept in <code>{settings}</code>. Files you open are "
                    "only ever read, never changed."
                ),
            ).format(
                library=html.escape(shown_path(library_path)),
                backups=html.escape(shown_path(backups)),
                settings=html.escape(shown_path(settings_path)),
            )
        )
        self.where.setObjectName("welcomeWhere")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setAccessibleName(translate("Welcome", "Where your data is kept"))
        self.where.setToolTip(
            translate(
                "Welcome", "Library: {library}\nBackups: {backups}\nSettings: {settings}"
            ).format(library=library_path, backups=backups, settings=settings_path)
        )
        box = QWidget()
        box.setMaximumWidth(760)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(12)
        inner.addLayout(grid)
        inner.addSpacing(12)
        inner.addWidget(rule)
        inner.addWidget(self.where)
        # centred by stretches, not by alignment: an aligned widget gets only its size
        # hint's width, and its wrapped lines were cut off
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box, 8)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
