"""A file the window cannot open says what is wrong and what to do about it; text that
cannot be read in the encoding it claims goes to the encoding dialog, saying why, and
opens in the encoding the editor picks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from reviewdesk.gui.dialogs.encoding import EncodingDialog
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

WAIT_MS = 30_000  # a bound on waiting, not a timing assertion
TEXT = "Café crème was served in the hall, the mayor said.\n"


def test_a_broken_word_file_names_the_remedy(
    qtbot, tmp_path: Path, make_window, message_boxes
) -> None:
    window = make_window()
    broken = tmp_path / "story.docx"
    broken.write_bytes(b"PK\x03\x04" + b"cut short in the download" * 20)
    assert window.open_file(broken) is False
    ((box, title, text),) = message_boxes
    assert (box, title) == ("warning", "Cannot open this file")
    said, remedy = text.split("\n\n")
    assert said == "story.docx: is damaged or not a Word document"
    assert "save it again as a Word document (.docx)" in remedy
    assert "Exception" not in text and "zip" not in text.lower()


def test_text_in_a_wrong_encoding_asks_which_and_opens_in_it(
    qtbot, tmp_path: Path, make_window, message_boxes, when_shown, wait_checked
) -> None:
    window = make_window()
    path = tmp_path / "menu.txt"
    # a UTF-8 mark, then Windows-1252 text: saved by two editors in turn
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("cp1252"))
    intro: list[str] = []

    def pick_western(dialog: EncodingDialog) -> None:
        intro.append(dialog.intro.text())
        # Alt+E reaches the encodings (the label's & is a mnemonic, not shown as "&")
        captions = [label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.combo]
        assert [c.text() for c in captions] == ["&Encoding:"]
        qtbot.waitUntil(dialog.combo.isEnabled, timeout=WAIT_MS)  # the file looked at
        dialog.combo.setCurrentIndex(dialog.combo.findData("cp1252"))
        dialog.ok_button.click()

    picked = when_shown(EncodingDialog, pick_western, timeout_ms=WAIT_MS)
    window.start_open(path)
    qtbot.waitUntil(lambda: window.session.article is not None, timeout=WAIT_MS)
    assert picked and message_boxes == []  # asked, not refused
    # why it asks, in words (no byte values), then the question
    assert "menu.txt: starts with a UTF-8 marker but is not valid UTF-8" in intro[0]
    assert "0x" not in intro[0] and "Pick the encoding" in intro[0]
    wait_checked(window, (DRAFT,))
    # the UTF-8 mark is not text: no "ï»¿" before the first word
    assert window.draft.toPlainText().startswith("Café crème was served")
