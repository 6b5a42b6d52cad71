"""Which encoding a text file is in, when reviewdesk had to guess.

Shows the encoding that was assumed, a preview, and the encodings that read the file
without errors (most likely first); picking one re-renders the preview. OK hands the
chosen codec back, and the caller imports again with ``import_file(path, encoding=codec)``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.formats import FormatError, ImportedDocument
from reviewdesk.formats.encoding import (
    candidate_encodings,
    decode_preview,
    encoding_name,
    normalize_codec,
)
from reviewdesk.formats.importing import read_text_bytes
from reviewdesk.gui.dialogs.jobs import Job, Jobs
from reviewdesk.gui.i18n import translate

log = logging.getLogger(__name__)

PREVIEW_CHARS = 3000


class EncodingDialog(QDialog):
    """Pick the encoding of ``data`` (the bytes of ``path``) with a live preview."""

    def __init__(
        self,
        path: str | Path,
        data: bytes,
        assumed: str | None = None,
        parent: QWidget | None = None,
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("encodingDialog")
        self.path = Path(path)
        self.data = data
        self.assumed = self._normal(assumed) if assumed else None
        self.jobs = Jobs(self)
        self.setWindowTitle(
            translate("EncodingDialog", "Encoding of {name}").format(name=self.path.name)
        )
        self.resize(640, 480)
        if self.assumed:
            intro = translate(
                "EncodingDialog",
                "reviewdesk could not tell for sure how {name} is encoded and assumed "
                "{encoding}. If the preview shows odd characters (“Ã©” for “é”, “ď” for “ï”), "
                "pick another encoding.",
            ).format(name=self.path.name, encoding=encoding_name(self.assumed))
        else:
            intro = translate(
                "EncodingDialog", "Pick the encoding that makes {name} read correctly."
            ).format(name=self.path.name)
            if reason:  # why it is asked: the file could not be read as it was
                intro = f"{reason}.\n\n{intro}"
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setObjectName("encodingCombo")
        self.combo.setToolTip(
            translate(
                "EncodingDialog", "Encodings that read this file without errors, most likely first"
            )
        )
        self.combo.setEnabled(False)
        self.combo.addItem(translate("EncodingDialog", "Looking at the file…"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(80)
        self.busy.setMaximumHeight(12)
        row = QHBoxLayout()
        row.addWidget(self.combo, 1)
        row.addWidget(self.busy)
        form = QFormLayout()
        caption = QLabel(translate("EncodingDialog", "&Encoding:"))
        caption.setBuddy(self.combo)  # a row of a layout gets no buddy: the & showed as is
        form.addRow(caption, row)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("encodingPreview")
        self.preview.setAccessibleName(translate("EncodingDialog", "Preview"))
        self.preview.setReadOnly(True)
        self.preview.setToolTip(
            translate("EncodingDialog", "The start of the file read with the chosen encoding")
        )
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("EncodingDialog", "&Use this encoding"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("EncodingDialog", "Preview:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        if self.assumed:
            self._render(self.assumed)
        self.combo.currentIndexChanged.connect(self._on_choice)
        job = Job(lambda _job: candidate_encodings(self.data))
        job.succeeded.connect(self._fill)
        job.failed.connect(self._no_candidates)
        self.jobs.start(job)

    @staticmethod
    def _normal(codec: str) -> str:
        try:
            return normalize_codec(codec)
        except LookupError:
            return codec

    @property
    def ready(self) -> bool:
        """Whether the list of encodings is filled in."""
        return self.combo.isEnabled()

    def _fill(self, candidates: object) -> None:
        pairs = list(candidates) if isinstance(candidates, list) else []
        self.busy.setVisible(False)
        self.combo.blockSignals(True)
        self.combo.clear()
        codecs = [codec for codec, _name in pairs]
        if self.assumed and self.assumed not in codecs:
            pairs.insert(0, (self.assumed, encoding_name(self.assumed)))
        for codec, name in pairs:
            label = (
                translate("EncodingDialog", "{encoding} — assumed").format(encoding=name)
                if codec == self.assumed
                else name
            )
            self.combo.addItem(label, codec)
        self.combo.blockSignals(False)
        if not pairs:
            self._no_candidates(
                translate("EncodingDialog", "No encoding reads this file without errors.")
            )
            return
        self.combo.setEnabled(True)
        self.ok_button.setEnabled(True)
        index = self.combo.findData(self.assumed) if self.assumed else 0
        self.combo.setCurrentIndex(max(0, index))
        self._on_choice()

    def _no_candidates(self, message: str) -> None:
        self.busy.setVisible(False)
        self.combo.clear()
        self.combo.addItem(translate("EncodingDialog", "(none found)"))
        self.preview.setPlainText(message)

    def _on_choice(self, _index: int = 0) -> None:
        codec = self.chosen()
        if codec:
            self._render(codec)

    def _render(self, codec: str) -> None:
        try:
            self.preview.setPlainText(decode_preview(self.data, codec, PREVIEW_CHARS))
        except FormatError as exc:
            self.preview.setPlainText(str(exc))

    def select(self, codec: str) -> bool:
        """Choose ``codec`` in the list (as the user would); False if it is not offered."""
        index = self.combo.findData(self._normal(codec))
        if index < 0:
            return False
        self.combo.setCurrentIndex(index)
        return True

    def chosen(self) -> str | None:
        """The codec picked (None until the list is filled)."""
        data = self.combo.currentData()
        return str(data) if data else None

    def done(self, result: int) -> None:
        """Close, waiting for the look at the file to finish."""
        self.jobs.cancel_all()
        super().done(result)


def choose_encoding(
    parent: QWidget | None,
    path: str | Path,
    data_or_doc: bytes | ImportedDocument,
    reason: str = "",
) -> str | None:
    """Ask which encoding ``path`` is in; the codec, or None when the editor cancels.

    ``data_or_doc`` is the file's bytes, or the document imported with a guessed
    encoding (then the bytes are read from ``path`` and its encoding is the one assumed).
    ``reason``: why the bytes could not be read (said above the choice).
    """
    assumed: str | None = None
    if isinstance(data_or_doc, ImportedDocument):
        assumed = data_or_doc.encoding
        try:
            data = read_text_bytes(path)
        except FormatError as exc:
            QMessageBox.warning(parent, translate("encoding", "Encoding"), str(exc))
            return None
    else:
        data = bytes(data_or_doc)
    dialog = EncodingDialog(path, data, assumed, parent, reason)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
    finally:
        dialog.deleteLater()
