"""The article named at launch, checked by the checker before the window asks (issue 14,
the first highlights): the window's first request is answered from what that check
made, and anything that does not match it still gets a correct check.

The checker's real loop runs on a thread over a real pipe, with real engines (Harper and
the grammar engine off, so every engine is warm at once and the answers come whole).
The engines' work is counted by wrapping two real ones' (a paragraph engine's check, a
whole-text engine's reading of the text): what ran is not visible from outside otherwise.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from multiprocessing import Pipe
from multiprocessing.connection import Connection
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from reviewdesk import app
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.consistency import checker as consistency_checker
from reviewdesk.core.engines.mechanics import MechanicsChecker
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.models import WordScope
from reviewdesk.desk.context import check_context, settings_context
from reviewdesk.desk.opening import add_imported_article, read_file
from reviewdesk.service import precheck as precheck_module
from reviewdesk.service.check_service import CheckService
from reviewdesk.service.checker_loop import serve
from reviewdesk.service.messages import (
    Answer,
    Check,
    CheckOutcome,
    CheckRequest,
    Close,
    Precheck,
    Ready,
    Start,
)
from reviewdesk.service.outcome import LineOutcome
from reviewdesk.store import Library
from reviewdesk.store.peek import peek_settings

DEMO = Path(__file__).resolve().parents[1] / "src/reviewdesk/resources/demo/newsroom-demo.txt"
SETTINGS = EngineSettings().switch(harper=False, grammar=False)


class Counted:
    """Texts each wrapped engine was given, and when the look-ahead check was done."""

    def __init__(self) -> None:
        self.mechanics: list[str] = []
        self.consistency = 0
        self.prechecked = threading.Event()


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Counted:
    seen = Counted()
    check = MechanicsChecker.check
    update = consistency_checker.update
    precheck = precheck_module.precheck_article

    def counting_check(self: MechanicsChecker, texts: list[str], *args: Any) -> Any:
        seen.mechanics.extend(texts)
        return check(self, texts, *args)

    def counting_update(*args: Any) -> Any:
        seen.consistency += 1
        return update(*args)

    def marked(*args: Any) -> None:
        try:
            precheck(*args)
        finally:
            seen.prechecked.set()

    monkeypatch.setattr(MechanicsChecker, "check", counting_check)
    monkeypatch.setattr(consistency_checker, "update", counting_update)
    monkeypatch.setattr(precheck_module, "precheck_article", marked)
    return seen


@pytest.fixture
def checker() -> Iterator[Callable[[Precheck | None], Connection]]:
    """The checker's loop on a thread, started as the app starts it; closed after."""
    started: list[tuple[Connection, threading.Thread]] = []

    def start(precheck: Precheck | None) -> Connection:
        ours, theirs = Pipe()
        loop = threading.Thread(target=serve, args=(theirs,), daemon=True)
        loop.start()
        ours.send(Start(SETTINGS, "en-US", 30, precheck))
        assert isinstance(ours.recv(), Ready)
        started.append((ours, loop))
        return ours

    yield start
    for ours, loop in started:
        ours.send(Close())
        loop.join(timeout=30)


def _ask(conn: Connection, request: CheckRequest) -> CheckOutcome | LineOutcome:
    """The window's request and the answer's lines (the first answer for a pane is whole)."""
    conn.send(Check(1, request))
    reply = conn.recv()
    assert isinstance(reply, Answer), reply  # nothing else came first: no message of its own
    assert reply.outcome is not None and isinstance(reply.outcome.change, LineOutcome)
    return reply.outcome.change


def _fresh(request: CheckRequest) -> LineOutcome:
    """What a checker told nothing at launch answers."""
    service = CheckService(lambda: build_fast_pipeline(SETTINGS))
    service.start_up("en-US")
    outcome = service.check(request, lambda: False)
    assert isinstance(outcome, CheckOutcome)
    return outcome.lines


def _window_request(text: str, language: str = "en-US") -> CheckRequest:
    # the window's text crosses the pipe: an equal string, not the checker's own
    return CheckRequest("original", 1, text, CheckContext(language=language), doc=1)


def test_the_article_named_at_launch_answers_the_first_request_without_checking_again(
    counted: Counted, checker: Callable[[Precheck | None], Connection]
) -> None:
    conn = checker(Precheck(str(DEMO), CheckContext()))
    assert counted.prechecked.wait(60)  # a bound against hanging, not a measure
    paragraphs, whole = list(counted.mechanics), counted.consistency
    assert paragraphs and whole == 1  # checked ahead: every paragraph, the whole text once
    request = _window_request(read_file(DEMO).text)
    got = _ask(conn, request)
    assert counted.mechanics == paragraphs and counted.consistency == whole  # not again
    want = _fresh(request)
    assert got.issues == want.issues and got.blocks == want.blocks
    assert any(got.issues)  # the demo's faults show


def test_another_dialect_or_a_reopened_draft_is_checked_as_asked(
    counted: Counted, checker: Callable[[Precheck | None], Connection]
) -> None:
    text = read_file(DEMO).text
    draft = text.replace("\n", "\nThe the council met met at noon.\n", 1)
    for request in (_window_request(text, "en-GB"), _window_request(draft)):
        conn = checker(Precheck(str(DEMO), CheckContext()))
        assert counted.prechecked.wait(60)
        counted.prechecked.clear()
        checked = len(counted.mechanics)
        got = _ask(conn, request)
        assert len(counted.mechanics) > checked  # what differs is checked
        want = _fresh(request)
        assert got.issues == want.issues and got.blocks == want.blocks


@pytest.mark.parametrize("kind", ["missing", "binary", "docx", "unsupported", "long"])
def test_a_file_that_cannot_be_checked_ahead_changes_nothing(
    kind: str,
    tmp_path: Path,
    counted: Counted,
    checker: Callable[[Precheck | None], Connection],
) -> None:
    path = {
        "missing": tmp_path / "gone.txt",
        "binary": tmp_path / "photo.txt",
        "docx": tmp_path / "story.docx",
        "unsupported": tmp_path / "story.pdf",
        "long": tmp_path / "long.txt",  # its first check goes by early results anyway
    }[kind]
    if kind == "long":
        path.write_text("The council met at noon and said nothing.\n" * 2000, encoding="utf-8")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 64)
    elif kind != "missing":
        path.write_bytes(b"PK\x03\x04 not really a zip" if kind == "docx" else b"%PDF-1.7")
    conn = checker(Precheck(str(path), CheckContext()))
    assert counted.prechecked.wait(60)
    assert counted.mechanics == []  # nothing was checked ahead
    request = _window_request(read_file(DEMO).text)
    got = _ask(conn, request)  # the first reply is the request's answer: no error sent
    want = _fresh(request)
    assert got.issues == want.issues and got.blocks == want.blocks


def test_the_context_told_at_launch_is_the_one_a_new_article_is_checked_with(
    tmp_path: Path,
) -> None:
    """The app builds the look-ahead's context from the settings read before the library
    opens; the window, once the article is stored, from the library: the same context
    (by the fingerprint the engines' results are kept under) means the same results."""
    path = tmp_path / "library.db"
    library = Library(path)
    library.add_word("Lukashenko", WordScope.USER)
    library.add_word("Minsker", WordScope.HOUSE)
    library.set_setting("picky", True)
    library.set_setting("disabled_rules", ["double-space"])
    library.close()
    peek = peek_settings(path)
    assert peek is not None
    told = settings_context(peek, print, language="en-US", words=peek.words)
    library = Library(path)
    try:
        article = add_imported_article(library, read_file(DEMO), str(DEMO))
        window = check_context(library, article, print)
    finally:
        library.close()
    assert {"Lukashenko", "Minsker"} <= told.words
    assert told.fingerprint() == window.fingerprint()
    assert told == window


def test_the_app_tells_the_checker_the_file_it_was_asked_to_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What reaches the launch, not the process (``spawn_checker`` and ``_launch_checker``
    are replaced: the real launch is the loop's tests above): the file's absolute path,
    as the checker's working folder need not be the window's, and a new article's
    context; nothing when no file was named."""
    told: list[tuple[str, CheckContext] | None] = []
    monkeypatch.setattr(app, "spawn_checker", lambda early: SimpleNamespace(early_language=early))
    monkeypatch.setattr(
        app, "_launch_checker", lambda s, w, spawned=None, article=None: told.append(article)
    )
    monkeypatch.chdir(tmp_path)
    library = tmp_path / "library.sqlite"
    app._launch_early(library, "story.txt")
    app._launch_early(library, None)
    first, second = told
    assert first is not None and second is None
    assert first[0] == str(tmp_path / "story.txt")
    peek = peek_settings(library)
    assert peek is not None
    assert first[1] == settings_context(peek, print, language="en-US", words=frozenset())


def test_a_library_whose_words_cannot_be_read_still_gives_its_settings(tmp_path: Path) -> None:
    """The words only serve the look-ahead: without them (a library made before the
    dictionary, here a bare file with the two tables the settings need) the checker is
    still launched early with the library's settings."""
    path = tmp_path / "library.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("CREATE TABLE style_sheet (id INTEGER PRIMARY KEY, data TEXT)")
    conn.execute("INSERT INTO settings VALUES ('picky', 'true')")
    conn.commit()
    conn.close()
    peek = peek_settings(path)
    assert peek is not None and peek.words == frozenset()
    assert peek.get_setting("picky") is True
