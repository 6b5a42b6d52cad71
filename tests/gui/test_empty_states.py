"""What the side panels say and offer with no article open: nothing to act on."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


def _nothing_to_do(window) -> None:  # type: ignore[no-untyped-def]
    revisions = window.revisions_panel
    assert revisions.hint.text() == "No article open"
    assert window.notes_panel.hint.text() == "No article open"
    # "Accept all" with no article was a live button that did nothing
    assert not revisions.accept_all_button.isEnabled()
    assert not revisions.reject_all_button.isEnabled()


def test_no_article_open_the_panels_say_so_and_offer_nothing(make_window, tmp_path: Path) -> None:
    window = make_window()
    assert window.session.article is None
    _nothing_to_do(window)
    path = tmp_path / "plain.txt"
    path.write_text("A story with no tracked changes.", encoding="utf-8")
    assert window.open_file(path)
    assert window.revisions_panel.hint.text() == "This article came without tracked changes."
    window.commands["closeArticle"].trigger()
    _nothing_to_do(window)
