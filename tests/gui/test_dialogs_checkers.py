"""Checking settings: engines, categories, rules, and LanguageTool's test / install / download.

LanguageTool itself cannot run here, so its server is the test double in
``tests/fake_languagetool.py``; the zips are small stand-ins with LanguageTool's layout.
"""

from __future__ import annotations

import io
import socket
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog

from fake_languagetool import FakeLanguageTool, fake_lt_server_fixture  # noqa: F401
from reviewdesk.core.engines.languagetool.local import free_port
from reviewdesk.core.models import Category
from reviewdesk.core.style import load_default_style_sheet
from reviewdesk.desk.context import default_language
from reviewdesk.gui.dialogs.checkers import CheckingSettingsDialog, engine_settings_from
from reviewdesk.gui.dialogs.jobs import Job
from reviewdesk.store import Library

pytestmark = pytest.mark.gui

WAIT_MS = 15_000


def _dialog(qtbot, library: Library) -> CheckingSettingsDialog:  # type: ignore[no-untyped-def]
    dialog = CheckingSettingsDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_dialect_can_go_back_to_following_the_house_style(qtbot, library: Library) -> None:
    library.set_style_sheet({**load_default_style_sheet().to_dict(), "dialect": "en-GB"})
    dialog = _dialog(qtbot, library)
    assert dialog.dialect_combo.currentText() == "As the house style sheet: British English (en-GB)"
    assert dialog.save()
    assert default_language(library) == "en-GB"  # saving untouched keeps following it

    chosen = _dialog(qtbot, library)
    chosen.dialect_combo.setCurrentIndex(chosen.dialect_combo.findData("en-CA"))
    assert chosen.save()
    assert default_language(library) == "en-CA"

    back = _dialog(qtbot, library)
    assert back.dialect_combo.currentData() == "en-CA"
    back.dialect_combo.setCurrentIndex(0)
    assert back.save()
    library.set_style_sheet({**load_default_style_sheet().to_dict(), "dialect": "en-AU"})
    assert default_language(library) == "en-AU"  # follows the sheet, also when it changes


def _lt_zip(top: str = "LanguageTool-6.6/") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(top, b"")
        zf.writestr(f"{top}languagetool-server.jar", b"PK-not-really-a-jar")
        zf.writestr(f"{top}libs/core.jar", b"core" * 20_000)
    return buf.getvalue()


@dataclass
class SilentServer:
    """A hung server: it takes requests and never answers."""

    url: str
    holding: threading.Event  # set once a whole request is in and waits for its answer
    # while set, the server sends a space every KEEP_WAITING_S (a status line that never
    # ends): the client's read timeout starts again, and the hang lasts until the test
    # has seen what it looks for (within the client's bound on the whole exchange)
    keep_waiting: threading.Event


KEEP_WAITING_S = 0.25  # well within the 1 s read timeout the tests set


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    """A server that reads each request and never answers (a hung server). It says when
    it holds one, so a test can look at the window over the hung request's life alone,
    not over the client's start (its imports, the connection), whose length is the
    machine's; and it can keep the client waiting while the test looks."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.settimeout(0.05)
    holding, keep_waiting, stop = threading.Event(), threading.Event(), threading.Event()
    held: list[socket.socket] = []

    def hold(conn: socket.socket) -> None:
        conn.settimeout(0.05)
        request = b""
        while not stop.is_set() and b"\r\n\r\n" not in request:
            try:
                chunk = conn.recv(4096)
            except OSError:
                continue
            if not chunk:
                return
            request += chunk
        holding.set()
        while not stop.wait(KEEP_WAITING_S):
            if keep_waiting.is_set():
                try:
                    conn.sendall(b" ")
                except OSError:  # the client gave up
                    return

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _address = sock.accept()
            except OSError:  # the accept timed out (or the socket closed): look again
                continue
            held.append(conn)  # kept open, unanswered, until the test ends
            hold(conn)

    thread = threading.Thread(target=serve, name="silent-server", daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        yield SilentServer(url, holding, keep_waiting)
    finally:
        stop.set()
        thread.join(5)
        for conn in held:
            conn.close()
        sock.close()


def test_category_switch_and_engines_persist(qtbot, library: Library, message_boxes) -> None:
    dialog = _dialog(qtbot, library)
    assert all(check.isChecked() for check in dialog.category_checks.values())
    qtbot.keyClick(dialog.category_checks[Category.STYLE], Qt.Key.Key_Space)  # keyboard
    dialog.category_checks[Category.TYPOGRAPHY].setChecked(False)
    dialog.harper_check.setChecked(False)
    dialog.dialect_combo.setCurrentIndex(dialog.dialect_combo.findData("en-AU"))
    assert dialog.save()
    assert dialog.changed and dialog.engines_changed
    assert library.get_setting("disabled_categories") == ["style", "typography"]
    assert library.get_setting("default_language") == "en-AU"
    settings = engine_settings_from(library.get_setting("engines"))
    assert settings.switched["harper"] is False and settings.switched["editorial"] is True

    again = _dialog(qtbot, library)
    assert not again.category_checks[Category.STYLE].isChecked()
    assert again.category_checks[Category.SPELLING].isChecked()
    assert not again.harper_check.isChecked()
    assert again.dialect_combo.currentData() == "en-AU"
    again.category_checks[Category.STYLE].setChecked(True)
    assert again.save()
    assert not again.engines_changed  # only a category changed
    assert library.get_setting("disabled_categories") == ["typography"]


def test_disabled_rules_can_be_re_enabled(qtbot, library: Library, message_boxes) -> None:
    library.set_setting("disabled_rules", ["EN_A_VS_AN", "house_style.towards", "COULD_OF"])
    dialog = _dialog(qtbot, library)
    dialog.tabs.setCurrentIndex(1)
    # the list shows rule names, sorted by name; the ids stay behind them
    shown = [dialog.rules_list.item(n).text() for n in range(dialog.rules_list.count())]
    assert shown[:2] == ["A or an", "Could of"]
    assert "EN_A_VS_AN" in dialog.rules_list.item(0).toolTip()
    assert dialog.disabled_rules() == ["EN_A_VS_AN", "COULD_OF", "house_style.towards"]
    assert not dialog.reenable_button.isEnabled()
    dialog.rules_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.reenable_button, Qt.MouseButton.LeftButton)
    assert dialog.save()
    assert library.get_setting("disabled_rules") == ["COULD_OF", "house_style.towards"]

    library.set_setting("disabled_rules", [])
    empty = _dialog(qtbot, library)
    empty.tabs.setCurrentIndex(1)
    assert empty.rules_empty.isVisible()  # says how rules get switched off


def test_languagetool_fields_are_stored(qtbot, library: Library, message_boxes) -> None:
    dialog = _dialog(qtbot, library)
    panel = dialog.languagetool
    dialog.languagetool_check.setChecked(True)
    panel.url_edit.setText(" http://lt.example.org:8081 ")
    panel.picky_check.setChecked(True)
    panel.timeout_spin.setValue(7)
    assert dialog.save()
    settings = engine_settings_from(library.get_setting("engines"))
    assert settings.switched["languagetool"] and settings.languagetool_picky
    assert settings.languagetool_url == "http://lt.example.org:8081"
    assert settings.languagetool_timeout == 7.0
    assert library.get_setting("picky") is True


def test_test_connection_says_connected(
    qtbot, library: Library, message_boxes, fake_lt_server: FakeLanguageTool
) -> None:
    dialog = _dialog(qtbot, library)
    panel = dialog.languagetool
    dialog.tabs.setCurrentWidget(panel)
    panel.url_edit.setText(fake_lt_server.url)
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.test_button.isEnabled(), timeout=WAIT_MS)
    text = panel.status_label.text()
    assert text.startswith("Connected: LanguageTool")
    assert "en-GB" in text
    assert message_boxes == []


def test_test_connection_on_a_closed_port_is_a_plain_error(
    qtbot, library: Library, message_boxes
) -> None:
    dialog = _dialog(qtbot, library)
    panel = dialog.languagetool
    panel.url_edit.setText(f"http://127.0.0.1:{free_port()}")
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.test_button.isEnabled(), timeout=WAIT_MS)
    text = panel.status_label.text()
    assert "not reachable" in text
    assert "Traceback" not in text and "Error(" not in text


def test_a_hung_server_does_not_freeze_the_window(
    qtbot, library: Library, message_boxes, silent_server: SilentServer
) -> None:
    dialog = _dialog(qtbot, library)
    panel = dialog.languagetool
    panel.url_edit.setText(silent_server.url)
    panel.timeout_spin.setValue(1)
    # what the window shows at each beat of a timer on the UI thread, counted only while
    # the server holds the request unanswered: the window answers through the hang itself.
    # The server keeps the client waiting until five beats came (a loaded machine may take
    # a while), so the count does not depend on the machine's speed; a frozen window
    # never beats, and the client gives up at its bound on the whole exchange.
    beats: list[str] = []

    def beat() -> None:
        if silent_server.holding.is_set() and not panel.test_button.isEnabled():
            beats.append(panel.status_label.text())
            if len(beats) >= 5:
                silent_server.keep_waiting.clear()  # now let the client's timeout run out

    silent_server.keep_waiting.set()
    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    # the click returned at once: the test runs on its own thread
    assert panel.status_label.text() == "Testing…"
    assert not panel.test_button.isEnabled()
    qtbot.waitUntil(lambda: panel.test_button.isEnabled(), timeout=WAIT_MS)
    heartbeat.stop()
    assert silent_server.holding.is_set(), "the request never reached the server"
    assert len(beats) >= 5, "the UI thread stopped processing events while the server hung"
    assert set(beats) == {"Testing…"}
    assert "did not answer" in panel.status_label.text()


def test_closing_during_a_test_does_not_hang(
    qtbot, library: Library, message_boxes, silent_server: SilentServer
) -> None:
    dialog = _dialog(qtbot, library)
    panel = dialog.languagetool
    panel.url_edit.setText(silent_server.url)
    panel.timeout_spin.setValue(10)
    job = panel.test()
    dialog.reject()  # cancels the request: no 10 s wait
    assert job.isFinished()


def test_install_from_zip_off_the_ui_thread(
    qtbot, library: Library, message_boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    zip_path = tmp_path / "LanguageTool-6.6.zip"
    zip_path.write_bytes(_lt_zip())
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(zip_path), "Zip files (*.zip)")
    )
    dialog = _dialog(qtbot, library)
    panel = dialog.languagetool
    qtbot.mouseClick(panel.install_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.jobs.busy and panel.last_result != "", timeout=WAIT_MS)
    target = tmp_path / "ltp" / "LanguageTool-6.6"
    assert (target / "languagetool-server.jar").read_bytes() == b"PK-not-really-a-jar"
    assert panel.path_edit.text() == str(target)
    assert message_boxes[-1][0] == "information"
    assert dialog.save()
    assert engine_settings_from(library.get_setting("engines")).languagetool_path == str(target)


def test_installing_a_zip_without_languagetool_says_so(
    qtbot, library: Library, message_boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp"))
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("holiday.jpg", b"\xff\xd8")
    dialog = _dialog(qtbot, library)
    dialog.languagetool.install_zip(other)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=WAIT_MS)
    kind, _title, text = message_boxes[-1]
    assert kind == "warning" and "does not contain LanguageTool" in text


def test_download_with_progress_from_a_reachable_server(
    qtbot,
    library: Library,
    message_boxes,
    tmp_path: Path,
    fake_lt_server: FakeLanguageTool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_lt_server.files["LanguageTool-6.6.zip"] = _lt_zip()
    dialog = _dialog(qtbot, library)
    panel = dialog.languagetool
    panel.install_root = tmp_path / "ltp"
    panel.download_source = f"{fake_lt_server.url}/files/LanguageTool-6.6.zip"
    progress: list[tuple[int, int]] = []
    report = Job.report

    def spy(job: Job, done: int, total: int) -> None:
        progress.append((done, total))
        report(job, done, total)

    monkeypatch.setattr(Job, "report", spy)
    assert panel.download() is not None  # the fixture answers "Download?" with Yes
    qtbot.waitUntil(lambda: panel.last_result.startswith("Installed"), timeout=WAIT_MS)
    assert (tmp_path / "ltp" / "LanguageTool-6.6" / "languagetool-server.jar").is_file()
    assert progress and progress[-1][0] == progress[-1][1]  # reported up to the end


def test_download_without_network_is_a_clear_message(
    qtbot, library: Library, message_boxes, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, library)
    panel = dialog.languagetool
    panel.install_root = tmp_path / "ltp"
    panel.download_source = f"http://127.0.0.1:{free_port()}/LanguageTool-6.6.zip"
    assert panel.download() is not None
    qtbot.waitUntil(lambda: message_boxes[-1][0] == "warning", timeout=WAIT_MS)
    text = message_boxes[-1][2]
    assert "network is not reachable" in text
    assert not list((tmp_path / "ltp").glob("LanguageTool-*"))


def test_languagetool_on_without_a_source(
    qtbot, library: Library, message_boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp"))
    dialog = _dialog(qtbot, library)
    dialog.languagetool_check.setChecked(True)
    assert dialog.save()
    kind, _title, text = message_boxes[-1]
    assert kind == "information" and "will not run" in text

    installed = tmp_path / "ltp" / "LanguageTool-6.6"
    installed.mkdir(parents=True)
    (installed / "languagetool-server.jar").write_bytes(b"PK")
    again = _dialog(qtbot, library)
    assert again.save()  # the default install is found and used
    assert engine_settings_from(library.get_setting("engines")).languagetool_path == str(installed)
