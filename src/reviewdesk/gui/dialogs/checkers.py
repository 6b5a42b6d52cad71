"""Tools ▸ Checking settings…: engines, categories, switched-off rules, dialect, LanguageTool.

Stored in the library's settings: ``engines`` (the :class:`EngineSettings` fields as a
dict), ``disabled_categories`` and ``disabled_rules`` (lists of strings),
``default_language`` (the dialect new articles get), ``auto_switch_dialect`` (switch an
article to the dialect it shows, without asking) and ``picky``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.models import LANGUAGES, Category
from reviewdesk.desk import settings as keys
from reviewdesk.desk.context import style_sheet_for
from reviewdesk.desk.engines import (
    BUILTIN_ENGINES,
    LANGUAGETOOL,
    EngineSettings,
    EngineSpec,
    engine_settings_from,
)
from reviewdesk.desk.rules import rule_name
from reviewdesk.gui.dialect_names import dialect_label
from reviewdesk.gui.dialogs.jobs import Jobs
from reviewdesk.gui.dialogs.languagetool_setup import LanguageToolPanel
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.palette import category_label
from reviewdesk.gui.written_wait import Writes, Written, busy_in_dialog, busy_label
from reviewdesk.store import Library

log = logging.getLogger(__name__)

FOLLOW_HOUSE = ""  # the dialect choice that follows the house style sheet

CATEGORY_TIPS: dict[Category, str] = {
    Category.SPELLING: QT_TRANSLATE_NOOP(
        "CheckingSettingsDialog", "Misspelt words (names used consistently are left alone)"
    ),
    Category.GRAMMAR: QT_TRANSLATE_NOOP(
        "CheckingSettingsDialog", "Agreement, articles, verb forms"
    ),
    Category.CONFUSION: QT_TRANSLATE_NOOP(
        "CheckingSettingsDialog", "Commonly confused words: their/there, affect/effect"
    ),
    Category.PUNCTUATION: QT_TRANSLATE_NOOP(
        "CheckingSettingsDialog", "Missing or doubled punctuation"
    ),
    Category.SPACING: QT_TRANSLATE_NOOP(
        "CheckingSettingsDialog", "Doubled spaces, space before a comma"
    ),
    Category.CAPITALIZATION: QT_TRANSLATE_NOOP(
        "CheckingSettingsDialog", "Words that must (or must not) take a capital"
    ),
    Category.CONSISTENCY: QT_TRANSLATE_NOOP(
        "CheckingSettingsDialog", "A name or term spelt two ways in one article"
    ),
    Category.STYLE: QT_TRANSLATE_NOOP(
        "CheckingSettingsDialog", "House style: preferred forms, banned and cautioned words"
    ),
    Category.DEBRIS: QT_TRANSLATE_NOOP(
        "CheckingSettingsDialog",
        "Leftovers from web pages: breadcrumbs, share lines, comment forms",
    ),
    Category.TYPOGRAPHY: QT_TRANSLATE_NOOP("CheckingSettingsDialog", "Quotes, dashes, ellipses"),
}


def _with_mnemonic(label: str, used: set[str]) -> str:
    """``label`` with an Alt-key marker on its first letter no other label has taken."""
    for n, ch in enumerate(label):
        if ch.isalpha() and ch.lower() not in used:
            used.add(ch.lower())
            return f"{label[:n]}&{label[n:]}"
    return label


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


class _WrappedLine(QLabel):
    """A wrapped label that keeps the height its lines need at its width. A tab page
    does not pass a wrapped label's height for its width up to the dialog, which gave
    the grammar engine's two-line description the height of one and cut both lines."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Ask for the height of the lines at the new width (the layout grows to it)."""
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class CheckingSettingsDialog(QDialog):
    """The checking settings. ``exec()`` returns Accepted when they were saved."""

    settings_saved = Signal()

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        engines: Sequence[EngineSpec] = BUILTIN_ENGINES,
        writes: Writes | None = None,
    ) -> None:
        super().__init__(parent)
        self.engines = tuple(engines)
        self.writes = writes or Writes(library)  # the window's: off the UI thread
        self.busy_label = busy_label("settingsBusy")
        self.writing = False  # the settings are on their way to the library
        self.setObjectName("checkingSettingsDialog")
        self.setWindowTitle(translate("CheckingSettingsDialog", "Checking settings"))
        self.resize(720, 520)
        self.library = library
        self.jobs = Jobs(self)
        self.changed = False
        self.engines_changed = False
        self.initial = engine_settings_from(library.get_setting(keys.ENGINES.key), self.engines)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("CheckingSettingsDialog", "Checking settings"))
        self.tabs.addTab(self._build_engines(), translate("CheckingSettingsDialog", "&Engines"))
        self.tabs.addTab(
            self._build_rules(), translate("CheckingSettingsDialog", "Switched-off &rules")
        )
        self.languagetool = LanguageToolPanel(self.jobs)
        self.tabs.addTab(self.languagetool, translate("CheckingSettingsDialog", "&LanguageTool"))
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.busy_label)
        layout.addWidget(buttons)
        self._load()

    # -- building -----------------------------------------------------------------------

    def _build_engines(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        engines = QGroupBox(translate("CheckingSettingsDialog", "Engines that check"))
        box = QVBoxLayout(engines)
        self.engine_checks: dict[str, QCheckBox] = {}
        used: set[str] = set()
        for spec in self.engines:
            label = translate("Engine", spec.label)
            description = translate("Engine", spec.description)
            # the engine's name on the check box, what it checks in a wrapped line below:
            # on one line the longest made the dialog wider than a 1024-px screen
            check = QCheckBox(_with_mnemonic(label, used))
            check.setToolTip(description)
            self.engine_checks[spec.name] = check
            box.addWidget(check)
            said = _WrappedLine(description)
            said.setWordWrap(True)
            said.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            said.setObjectName(f"engineDescription-{spec.name}")
            indent = check.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
            said.setContentsMargins(indent, 0, 0, 4)  # under the name, past the box
            box.addWidget(said)
        layout.addWidget(engines)
        form = QFormLayout()
        self.dialect_combo = QComboBox()
        self.dialect_combo.setObjectName("defaultDialect")
        house = style_sheet_for(self.library, lambda message: log.warning("%s", message)).dialect
        self.dialect_combo.addItem(
            translate("CheckingSettingsDialog", "As the house style sheet: {dialect}").format(
                dialect=dialect_label(house)
            ),
            FOLLOW_HOUSE,
        )
        for code in LANGUAGES:
            self.dialect_combo.addItem(dialect_label(code), code)
        self.dialect_combo.setToolTip(
            translate(
                "CheckingSettingsDialog",
                (
                    "The dialect new articles start with; the first choice "
                    "follows the house style sheet, also when the sheet changes"
                ),
            )
        )
        form.addRow(
            translate("CheckingSettingsDialog", "Dialect for &new articles:"), self.dialect_combo
        )
        self.auto_dialect_check = QCheckBox(
            translate(
                "CheckingSettingsDialog",
                "&When an article looks like another dialect, switch it without asking",
            )
        )
        self.auto_dialect_check.setObjectName("autoSwitchDialect")
        self.auto_dialect_check.setToolTip(
            translate(
                "CheckingSettingsDialog",
                "An article whose web page or clear majority of spellings says another "
                "English is checked in that one as it opens; the status bar says so. "
                "Off: a bar above the panes offers to switch.",
            )
        )
        form.addRow(self.auto_dialect_check)
        layout.addLayout(form)
        group = QGroupBox(translate("CheckingSettingsDialog", "Categories to show"))
        grid = QGridLayout(group)
        self.category_checks: dict[Category, QCheckBox] = {}
        for n, category in enumerate(Category):
            check = QCheckBox(category_label(category))
            check.setObjectName(f"category_{category}")
            tip = CATEGORY_TIPS.get(category)
            check.setToolTip(translate("CheckingSettingsDialog", tip) if tip else "")
            self.category_checks[category] = check
            grid.addWidget(check, n // 2, n % 2)
        layout.addWidget(group)
        layout.addStretch(1)
        return page

    def _build_rules(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.rules_empty = QLabel(
            translate(
                "CheckingSettingsDialog",
                "No rules are switched off. Use “Disable rule” in an issue's menu "
                "to switch one off.",
            )
        )
        self.rules_empty.setObjectName("emptyHint")
        self.rules_empty.setWordWrap(True)
        self.rules_empty.setStyleSheet("color: palette(mid);")
        self.rules_list = QListWidget()
        self.rules_list.setObjectName("disabledRules")
        self.rules_list.setAccessibleName(translate("CheckingSettingsDialog", "Switched-off rules"))
        self.rules_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.rules_list.setToolTip(
            translate("CheckingSettingsDialog", "Rules switched off for every article")
        )
        self.reenable_button = QPushButton(translate("CheckingSettingsDialog", "Re-e&nable"))
        self.reenable_button.setToolTip(
            translate("CheckingSettingsDialog", "Switch the selected rules on again")
        )
        self.reenable_button.clicked.connect(lambda: self.reenable_selected())
        self.rules_list.itemSelectionChanged.connect(self._update_rules)
        row = QHBoxLayout()
        row.addWidget(self.reenable_button)
        row.addStretch(1)
        layout.addWidget(self.rules_empty)
        layout.addWidget(self.rules_list, 1)
        layout.addLayout(row)
        return page

    @property
    def harper_check(self) -> QCheckBox:
        """The switch for Harper."""
        return self.engine_checks["harper"]

    @property
    def editorial_check(self) -> QCheckBox:
        """The switch for the editorial checks."""
        return self.engine_checks["editorial"]

    @property
    def languagetool_check(self) -> QCheckBox:
        """The switch for LanguageTool."""
        return self.engine_checks["languagetool"]

    # -- settings -----------------------------------------------------------------------

    def _load(self) -> None:
        lib, settings = self.library, self.initial
        for spec in self.engines:
            self.engine_checks[spec.name].setChecked(settings.is_on(spec))
        disabled = set(_strings(lib.get_setting(keys.DISABLED_CATEGORIES.key, [])))
        for category, check in self.category_checks.items():
            check.setChecked(str(category) not in disabled)
        chosen = keys.DEFAULT_LANGUAGE.read(lib)
        self.dialect_combo.setCurrentIndex(max(0, self.dialect_combo.findData(chosen)))
        self.auto_dialect_check.setChecked(keys.AUTO_SWITCH_DIALECT.read(lib))
        # by name, as the menus say it; the id (what the library stores) in the tooltip
        for rule in sorted(set(keys.DISABLED_RULES.read(lib)), key=rule_name):
            item = QListWidgetItem(rule_name(rule))
            item.setData(Qt.ItemDataRole.UserRole, rule)
            item.setToolTip(
                translate("CheckingSettingsDialog", "Rule id: {rule}").format(rule=rule)
            )
            self.rules_list.addItem(item)
        self.languagetool.load(settings)
        self._update_rules()

    def _update_rules(self) -> None:
        empty = self.rules_list.count() == 0
        self.rules_empty.setVisible(empty)
        self.rules_list.setVisible(not empty)
        self.reenable_button.setEnabled(bool(self.rules_list.selectedItems()))

    def reenable_selected(self) -> None:
        """Take the selected rules off the list (saved with Save)."""
        for item in self.rules_list.selectedItems():
            self.rules_list.takeItem(self.rules_list.row(item))
        self._update_rules()

    def disabled_rules(self) -> list[str]:
        """The rules still switched off, as listed."""
        return [
            str(self.rules_list.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.rules_list.count())
        ]

    def engine_settings(self) -> EngineSettings:
        """The engine settings as chosen."""
        rules = set(self.disabled_rules())
        settings = dataclasses.replace(
            self.initial,
            switched={name: check.isChecked() for name, check in self.engine_checks.items()},
            languagetool_disabled_rules=tuple(
                r for r in self.initial.languagetool_disabled_rules if r in rules
            ),
        )
        return self.languagetool.apply(settings)

    def _with_languagetool_source(self, settings: EngineSettings) -> EngineSettings:
        """LanguageTool switched on with neither address nor folder: use the default
        install when there is one, else say that it will not run."""
        if (
            not settings.is_on(LANGUAGETOOL)
            or settings.languagetool_url
            or settings.languagetool_path
        ):
            return settings
        from reviewdesk.desk.engines import default_install_root, installed_versions

        versions = installed_versions(default_install_root())
        if versions:
            self.languagetool.path_edit.setText(str(versions[-1]))
            return dataclasses.replace(settings, languagetool_path=str(versions[-1]))
        QMessageBox.information(
            self,
            translate("CheckingSettingsDialog", "LanguageTool"),
            translate(
                "CheckingSettingsDialog",
                (
                    "LanguageTool is switched on but has no server address or "
                    "folder, so it will not run. Set one on the LanguageTool "
                    "tab, or install it from a zip file."
                ),
            ),
        )
        return settings

    def save(self) -> bool:
        """Hand the settings to the library writer; close once they are stored."""
        settings = self._with_languagetool_source(self.engine_settings())
        disabled = tuple(
            sorted(str(c) for c, check in self.category_checks.items() if not check.isChecked())
        )
        rules = tuple(self.disabled_rules())
        chosen = self.dialect_combo.currentData()
        language = None if chosen == FOLLOW_HOUSE else chosen
        auto = self.auto_dialect_check.isChecked()

        def write(lib: Library) -> None:  # on the writer's thread
            keys.ENGINES.write(lib, settings)
            keys.DISABLED_CATEGORIES.write(lib, disabled)
            keys.DISABLED_RULES.write(lib, rules)
            keys.DEFAULT_LANGUAGE.write(lib, language)
            keys.PICKY.write(lib, settings.languagetool_picky)
            keys.AUTO_SWITCH_DIALECT.write(lib, auto)

        what = translate("CheckingSettingsDialog", "the checking settings")
        busy = busy_in_dialog(self.busy_label, self.buttons, self.tabs)
        self.writing = True
        self.writes.run(write, what, lambda done: self._saved(settings, done, what), busy, self)
        return True

    def _saved(self, settings: EngineSettings, done: Written[None], what: str) -> None:
        self.writing = False
        if not done.landed:
            QMessageBox.warning(
                self,
                translate("CheckingSettingsDialog", "Cannot save the settings"),
                done.message(what, self.writes.timeout_s),
            )
            if done.pending:
                self.reject()  # on its way: the writer stores them when the library lets go
            return
        self.changed = True
        self.engines_changed = settings != self.initial
        self.settings_saved.emit()
        self.accept()

    def done(self, result: int) -> None:
        """Close (not while the settings are on their way in); a test, install or
        download still running is cancelled first."""
        if self.writing:
            return
        self.jobs.cancel_all()
        super().done(result)


@dataclasses.dataclass(frozen=True)
class SettingsChange:
    """What a closed settings dialog changed."""

    changed: bool
    engines_changed: bool


def edit_checking_settings(
    parent: QWidget | None, library: Library, writes: Writes | None = None
) -> SettingsChange:
    """Show the dialog; say whether settings (and which engines run) changed."""
    dialog = CheckingSettingsDialog(library, parent, writes=writes)
    try:
        dialog.exec()
        return SettingsChange(dialog.changed, dialog.engines_changed)
    finally:
        dialog.deleteLater()
