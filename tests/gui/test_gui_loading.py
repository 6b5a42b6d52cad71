"""A long article fills the panes a slice at a time; the window answers meanwhile."""

from __future__ import annotations

from pathlib import Path

from reviewdesk.gui.loading import WHOLE
from reviewdesk.service.panes import DRAFT, ORIGINAL

DEMO = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "reviewdesk"
    / "resources"
    / "demo"
    / "newsroom-demo.txt"
)


def _long(tmp_path: Path) -> tuple[Path, str]:
    demo = DEMO.read_text(encoding="utf-8")
    copies = [
        demo.replace("Port Aldren", f"Port Aldren {n}") for n in range(WHOLE // len(demo) + 4)
    ]
    text = "\n\n".join(copies)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    return path, text


def test_a_long_article_arrives_in_slices_and_whole(
    qtbot, tmp_path, make_window, wait_checked
) -> None:
    path, text = _long(tmp_path)
    window = make_window()
    window.open_file(path)
    # opening returned before the panes were whole: the rest comes from the event loop
    assert window.session.loading
    assert len(window.draft.toPlainText()) < len(text)
    assert window.draft.isReadOnly()  # nothing to type into until it is whole
    window.session.save_now()  # an early save must not store half the draft
    assert window.library.get_article(window.session.article.id).draft == text
    qtbot.waitUntil(lambda: not window.session.loading, timeout=30_000)
    assert window.draft.toPlainText() == text and window.original.toPlainText() == text
    assert not window.draft.isReadOnly()
    assert not window.draft.document().isUndoAvailable()  # loading is not an edit
    wait_checked(window)
    assert window.session.pane(DRAFT).issues and window.session.pane(ORIGINAL).issues


def test_closing_while_filling_stops_it(qtbot, tmp_path, make_window) -> None:
    path, _text = _long(tmp_path)
    window = make_window()
    window.open_file(path)
    assert window.session.loading
    window.session.close_article()
    assert not window.session.loading
    assert window.draft.toPlainText() == ""
    qtbot.wait(200)  # no slice arrives after the close
    assert window.draft.toPlainText() == ""
