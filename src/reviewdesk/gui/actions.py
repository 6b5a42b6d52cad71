"""Every action of the window, declared once in :data:`ACTIONS`
(:mod:`reviewdesk.gui.action_table`), made into QActions here.

:class:`Actions` makes the QActions from the table, builds the menus and the toolbar,
and enables the rows whose condition holds. What an action *does* is bound by id
(``actions.bind("open", slot)``) to a command object, so the table never imports the
commands and adding an entry is a row in the table plus one ``bind``. The README's
menus and shortcuts are checked against a window built from the table (re-exported
here) by tests/gui/test_guide.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QMenuBar, QToolBar, QWidget

from reviewdesk.gui.action_table import (
    ACTIONS,
    MARK_DONE_TEXT,
    MENUS,
    REOPEN_TEXT,
    ActionSpec,
    When,
)
from reviewdesk.gui.i18n import translate

__all__ = [
    "ACTIONS",
    "MARK_DONE_TEXT",
    "MENUS",
    "REOPEN_TEXT",
    "ActionSpec",
    "Actions",
    "When",
    "submenu",
]


def _make(parent: QWidget, spec: ActionSpec) -> QAction:
    action = QAction(translate("Actions", spec.text), parent)
    action.setObjectName(spec.id)
    if spec.shortcut is not None:
        action.setShortcut(QKeySequence(spec.shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tip = translate("Actions", spec.tip)
    action.setToolTip(
        translate("Actions", "{tip} ({keys})").format(tip=tip, keys=keys) if keys else tip
    )
    action.setStatusTip(tip)
    if spec.checkable:
        action.setCheckable(True)
        action.setChecked(spec.checked)
    parent.addAction(action)  # its shortcut works wherever the focus is in the window
    return action


def submenu(parent: QWidget, title: str, name: str, actions: Iterable[QAction]) -> QAction:
    """A submenu of ``actions`` (View ▸ Panels, View ▸ Appearance), as the action that
    opens it."""
    menu = QMenu(title, parent)
    menu.setObjectName(name)
    menu.setToolTipsVisible(True)
    menu.addActions(list(actions))
    return menu.menuAction()


class Actions:
    """The QActions of a table, by id, parented to (and active in) ``parent``."""

    def __init__(self, parent: QWidget, table: Sequence[ActionSpec] = ACTIONS) -> None:
        ids = [spec.id for spec in table]
        if len(ids) != len(set(ids)):
            raise ValueError("two actions share an id")
        self.specs = {spec.id: spec for spec in table}
        self._actions = {spec.id: _make(parent, spec) for spec in table}

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def bind(self, action_id: str, slot: Callable[[], object]) -> None:
        """Run ``slot`` when the action is triggered (menu, key or toolbar)."""
        self._actions[action_id].triggered.connect(lambda _checked=False: slot())

    def bind_toggle(self, action_id: str, slot: Callable[[bool], object]) -> None:
        """Run ``slot(on)`` when a checkable action is switched."""
        self._actions[action_id].toggled.connect(slot)

    def update(self, *, article_open: bool, has_ignored: bool = False) -> None:
        """Enable the actions whose condition holds (``has_ignored``: the open article
        has ignored issues)."""
        for action_id, spec in self.specs.items():
            if spec.enabled_when is When.ARTICLE:
                self._actions[action_id].setEnabled(article_open)
            elif spec.enabled_when is When.IGNORED:
                self._actions[action_id].setEnabled(article_open and has_ignored)

    def build_menus(self, bar: QMenuBar, extra: dict[str, Sequence[QAction]]) -> dict[str, QMenu]:
        """The menu bar from the table; ``extra`` puts other actions (the docks' toggles)
        first in a menu."""
        menus: dict[str, QMenu] = {}
        for key, title in MENUS:
            rows = [s for s in self.specs.values() if s.menu == key]
            if not rows and not extra.get(key):
                continue
            menu = bar.addMenu(translate("Actions", title))
            menu.setObjectName(f"{key}Menu")
            menu.setToolTipsVisible(True)
            for action in extra.get(key, ()):
                menu.addAction(action)
            section = None if not extra.get(key) else -1
            for spec in rows:
                if section is not None and spec.section != section:
                    menu.addSeparator()
                section = spec.section
                menu.addAction(self._actions[spec.id])
            menus[key] = menu
        return menus

    def build_toolbar(self, parent: QWidget, language: QComboBox) -> QToolBar:
        """The main toolbar: open, the article's language, then the review commands."""
        bar = QToolBar(translate("Actions", "Main"), parent)
        bar.setObjectName("mainToolbar")
        rows = sorted((s for s in self.specs.values() if s.toolbar), key=lambda s: s.toolbar)
        bar.addAction(self._actions[rows[0].id])
        bar.addSeparator()
        bar.addWidget(QLabel(translate("Actions", " Language: ")))
        bar.addWidget(language)
        bar.addSeparator()
        for spec in rows[1:]:
            bar.addAction(self._actions[spec.id])
        return bar
