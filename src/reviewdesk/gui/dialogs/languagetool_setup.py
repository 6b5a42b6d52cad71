"""The LanguageTool part of the checking settings: server, local install, download, test.

Everything that can take time runs on a :class:`~reviewdesk.gui.dialogs.jobs.Job`:
"Test connection" (a short ``GET /v2/languages``, or finding the install and Java),
"Install LanguageTool from zip…" (unpacking, with progress and Cancel) and
"Download LanguageTool…" (only when clicked, after asking; progress and Cancel).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from reviewdesk.desk.engines import EngineSettings
from reviewdesk.gui.dialogs.jobs import Job, Jobs, run_with_progress
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.palette import colours_for

log = logging.getLogger(__name__)

TEST_TIMEOUT_MAX = 10.0  # seconds: "Test connection" never waits longer
DOWNLOAD_SIZE_HINT = QT_TRANSLATE_NOOP("LanguageToolPanel", "about 250 MB")


def probe_languagetool(url: str, path: str, timeout: float, job: Job) -> str:
    """What "Test connection" reports (runs on a job thread); raises CheckerError."""
    if url.strip():
        from reviewdesk.desk.engines import LanguageToolClient

        client = LanguageToolClient(url, timeout=timeout, connect_timeout=min(3.0, timeout))
        languages = client.languages(is_cancelled=job.is_cancelled)
        codes = sorted(
            {str(lang.get("longCode") or lang.get("code") or "") for lang in languages} - {""}
        )
        english = [c for c in codes if c.startswith("en-")]
        detail = translate("LanguageToolPanel", "{count} languages").format(count=len(codes))
        if english:
            detail += translate("LanguageToolPanel", " (English: {codes})").format(
                codes=", ".join(english)
            )
        return translate("LanguageToolPanel", "Connected: LanguageTool at {url}, {detail}").format(
            url=client.base_url, detail=detail
        )
    from reviewdesk.desk.engines import find_installation, require_java

    jar = find_installation(path.strip() or None)
    java = require_java()
    return translate("LanguageToolPanel", "Found: LanguageTool in {folder} (Java: {java})").format(
        folder=jar.parent, java=java
    )


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class LanguageToolPanel(QWidget):
    """Server address, local folder, install, download, picky mode and time limit."""

    status_changed = Signal(str)

    def __init__(self, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageToolPanel")
        self.jobs = jobs
        # Where "Download" fetches from: None means language_tool_python's own address.
        self.download_source: str | None = None
        self.download_sha256: str | None = None
        self.install_root: Path | None = None  # None: $LTP_PATH or its cache folder
        self.last_result = ""
        self._build()

    def _build(self) -> None:
        form = QFormLayout(self)
        intro = QLabel(
            translate(
                "LanguageToolPanel",
                (
                    "LanguageTool is optional. With a server address, reviewdesk "
                    "uses that server; otherwise it starts LanguageTool from the "
                    "folder below (this needs Java 17 or later). Other checks "
                    "keep working when LanguageTool cannot run."
                ),
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("ltUrl")
        self.url_edit.setPlaceholderText(
            translate(
                "LanguageToolPanel", "http://localhost:8081  (your desk's LanguageTool server)"
            )
        )
        self.url_edit.setToolTip(
            translate(
                "LanguageToolPanel",
                "The address of a LanguageTool server; leave empty to run it here",
            )
        )
        self.test_button = QPushButton(translate("LanguageToolPanel", "&Test connection"))
        self.test_button.setObjectName("ltTest")
        self.test_button.setToolTip(
            translate("LanguageToolPanel", "Ask the server (or the local install) whether it works")
        )
        self.test_button.clicked.connect(lambda: self.test())
        row = QHBoxLayout()
        row.addWidget(self.url_edit, 1)
        row.addWidget(self.test_button)
        form.addRow(_buddy(translate("LanguageToolPanel", "&Server address:"), self.url_edit), row)
        self.status_label = QLabel(translate("LanguageToolPanel", "Not tested"))
        self.status_label.setObjectName("ltStatus")
        self.status_label.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(80)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setVisible(False)
        status = QHBoxLayout()
        status.addWidget(self.status_label, 1)
        status.addWidget(self.busy_bar)
        form.addRow(translate("LanguageToolPanel", "Status:"), status)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("ltPath")
        self.path_edit.setPlaceholderText(
            translate("LanguageToolPanel", "Empty: where LanguageTool is installed by default")
        )
        self.path_edit.setToolTip(
            translate(
                "LanguageToolPanel", "A LanguageTool folder (holding languagetool-server.jar)"
            )
        )
        browse = QPushButton(translate("LanguageToolPanel", "C&hoose…"))
        browse.setToolTip(translate("LanguageToolPanel", "Choose a LanguageTool folder"))
        browse.clicked.connect(lambda: self.choose_folder())
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(_buddy(translate("LanguageToolPanel", "Local &folder:"), self.path_edit), row)
        self.install_button = QPushButton(
            translate("LanguageToolPanel", "&Install LanguageTool from zip…")
        )
        self.install_button.setToolTip(
            translate("LanguageToolPanel", "Unpack a LanguageTool zip you already have")
        )
        self.install_button.clicked.connect(lambda: self.install_zip())
        self.download_button = QPushButton(
            translate("LanguageToolPanel", "&Download LanguageTool…")
        )
        self.download_button.setToolTip(
            translate(
                "LanguageToolPanel",
                "Download LanguageTool ({size}); only where the network allows",
            ).format(size=translate("LanguageToolPanel", DOWNLOAD_SIZE_HINT))
        )
        self.download_button.clicked.connect(lambda: self.download())
        row = QHBoxLayout()
        row.addWidget(self.install_button)
        row.addWidget(self.download_button)
        row.addStretch(1)
        form.addRow("", row)
        self.picky_check = QCheckBox(
            translate("LanguageToolPanel", "&Picky mode (more style and typography suggestions)")
        )
        self.picky_check.setToolTip(
            translate("LanguageToolPanel", "Ask LanguageTool for its picky level")
        )
        form.addRow("", self.picky_check)
        self.timeout_spin = QDoubleSpinBox()
        self.timeout_spin.setObjectName("ltTimeout")
        self.timeout_spin.setRange(1.0, 300.0)
        self.timeout_spin.setDecimals(0)
        self.timeout_spin.setSuffix(" s")
        self.timeout_spin.setToolTip(
            translate("LanguageToolPanel", "How long to wait for LanguageTool before giving up")
        )
        form.addRow(translate("LanguageToolPanel", "Wait at &most:"), self.timeout_spin)

    # -- settings -----------------------------------------------------------------------

    def load(self, settings: EngineSettings) -> None:
        """Show ``settings``."""
        self.url_edit.setText(settings.languagetool_url)
        self.path_edit.setText(settings.languagetool_path)
        self.picky_check.setChecked(settings.languagetool_picky)
        self.timeout_spin.setValue(settings.languagetool_timeout)

    def apply(self, settings: EngineSettings) -> EngineSettings:
        """``settings`` with this panel's fields."""
        return replace(
            settings,
            languagetool_url=self.url_edit.text().strip(),
            languagetool_path=self.path_edit.text().strip(),
            languagetool_picky=self.picky_check.isChecked(),
            languagetool_timeout=float(self.timeout_spin.value()),
        )

    def _show(self, text: str, *, error: bool = False) -> None:
        self.last_result = text
        self.status_label.setText(text)
        warning = colours_for(self.palette()).warning
        self.status_label.setStyleSheet(f"color: {warning};" if error else "")
        self.status_changed.emit(text)

    # -- test ---------------------------------------------------------------------------

    def test(self) -> Job:
        """Test the server (or the local install) off the UI thread."""
        url, path = self.url_edit.text(), self.path_edit.text()
        timeout = min(float(self.timeout_spin.value()), TEST_TIMEOUT_MAX)
        job = Job(lambda job: probe_languagetool(url, path, timeout, job))
        self.test_button.setEnabled(False)
        self.busy_bar.setVisible(True)
        self._show(translate("LanguageToolPanel", "Testing…"))
        job.succeeded.connect(lambda text: self._show(str(text)))
        job.failed.connect(lambda message: self._show(message, error=True))
        job.cancelled.connect(lambda: self._show(translate("LanguageToolPanel", "Test cancelled")))

        def finished() -> None:
            self.test_button.setEnabled(True)
            self.busy_bar.setVisible(False)

        job.finished.connect(finished)
        return self.jobs.start(job)

    # -- local install ------------------------------------------------------------------

    def choose_folder(self) -> None:
        """Pick a LanguageTool folder."""
        start = self.path_edit.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self, translate("LanguageToolPanel", "LanguageTool folder"), start
        )
        if folder:
            self.path_edit.setText(folder)

    def install_zip(self, zip_path: str | Path | None = None) -> Job | None:
        """Unpack a LanguageTool zip where language_tool_python looks for it."""
        if zip_path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                translate("LanguageToolPanel", "Install LanguageTool from zip"),
                str(Path.home()),
                translate("LanguageToolPanel", "Zip files (*.zip)"),
            )
            if not chosen:
                return None
            zip_path = chosen
        source, root = Path(zip_path), self.install_root

        def work(job: Job) -> Path:
            from reviewdesk.desk.engines import install_languagetool_zip

            return install_languagetool_zip(
                source, root, progress=job.report, cancelled=job.is_cancelled
            )

        return run_with_progress(
            self,
            self.jobs,
            translate("LanguageToolPanel", "Install LanguageTool"),
            translate("LanguageToolPanel", "Unpacking {name}…").format(name=source.name),
            work,
            lambda target: self._installed(Path(str(target))),
            lambda message: self._failed(
                translate("LanguageToolPanel", "Install LanguageTool"), message
            ),
        )

    def download(self) -> Job | None:
        """Download and install LanguageTool, after asking (never on its own)."""
        answer = QMessageBox.question(
            self,
            translate("LanguageToolPanel", "Download LanguageTool"),
            translate(
                "LanguageToolPanel",
                (
                    "Download LanguageTool ({size}) and install it "
                    "on this computer? It needs an internet connection and Java "
                    "17 or later to run."
                ),
            ).format(size=translate("LanguageToolPanel", DOWNLOAD_SIZE_HINT)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        url, sha, root = self.download_source, self.download_sha256, self.install_root

        def work(job: Job) -> Path:
            from reviewdesk.desk.engines import download_languagetool

            return download_languagetool(root, job.report, job.is_cancelled, url=url, sha256=sha)

        return run_with_progress(
            self,
            self.jobs,
            translate("LanguageToolPanel", "Download LanguageTool"),
            translate("LanguageToolPanel", "Downloading LanguageTool…"),
            work,
            lambda target: self._installed(Path(str(target))),
            lambda message: self._failed(
                translate("LanguageToolPanel", "Download LanguageTool"), message
            ),
        )

    def _installed(self, target: Path) -> None:
        self.path_edit.setText(str(target))
        self._show(
            translate("LanguageToolPanel", "Installed: LanguageTool in {target}").format(
                target=target
            )
        )
        QMessageBox.information(
            self,
            translate("LanguageToolPanel", "LanguageTool"),
            translate("LanguageToolPanel", "LanguageTool is installed in {target}.").format(
                target=target
            ),
        )

    def _failed(self, title: str, message: str) -> None:
        self._show(message, error=True)
        QMessageBox.warning(self, title, message)
