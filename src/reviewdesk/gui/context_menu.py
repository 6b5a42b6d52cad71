"""Context menus built from a list of contributors.

The draft, the original and the issues panel each ask one :class:`ContextMenus` for their
entries; whoever has something to offer (suggestions, decisions, "Apply all", notes, a
future library or history view) adds a contributor once, instead of wrapping another's
hook or finding a menu by its title. A contributor gets a :class:`MenuContext` (which
pane, which issue, whether text is selected) and returns actions, submenus or ``None``
for a separator; contributions are separated from each other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from reviewdesk.core.models import Issue
from reviewdesk.service.panes import Pane

Entry = QAction | QMenu | None


@dataclass(frozen=True)
class MenuContext:
    """Where the menu was asked for."""

    pane: Pane
    issue: Issue | None  # the issue under the mouse (or on the panel's row)
    has_selection: bool = False  # text is selected in the pane
    in_panel: bool = False  # the issues panel, not the text
    position: int = -1  # where in the pane's text the menu was asked for (Qt's UTF-16)


Contributor = Callable[[MenuContext, QMenu], Sequence[Entry]]


class ContextMenus:
    """The contributors, in the order their entries appear."""

    def __init__(self) -> None:
        self._contributors: list[Contributor] = []

    def add(self, contributor: Contributor) -> None:
        """Offer ``contributor``'s entries in every context menu from now on."""
        self._contributors.append(contributor)

    def entries(self, context: MenuContext, parent: QMenu) -> list[Entry]:
        """Every contributor's entries (parented to ``parent``), separated by group."""
        out: list[Entry] = []
        for contributor in self._contributors:
            group = list(contributor(context, parent))
            while group and group[-1] is None:
                group.pop()
            if group:
                if out:
                    out.append(None)
                out.extend(group)
        return out

    @staticmethod
    def put(menu: QMenu, entries: Sequence[Entry], *, on_top: bool = False) -> None:
        """Add ``entries`` to ``menu``: on top of what it holds, with a separator, or at the end."""
        if not entries:
            return
        first = menu.actions()[0] if on_top and menu.actions() else None
        for entry in [*entries, None] if first is not None else entries:
            if entry is None:
                menu.insertSeparator(first) if first is not None else menu.addSeparator()
            elif isinstance(entry, QMenu):
                menu.insertMenu(first, entry) if first is not None else menu.addMenu(entry)
            elif first is not None:
                menu.insertAction(first, entry)
            else:
                menu.addAction(entry)
        menu.setToolTipsVisible(True)
