"""The command line in-process: library settings, engine failures, GUI hand-over, plug-ins."""

from __future__ import annotations

import argparse
import json
import sys
import types
from collections.abc import Sequence
from pathlib import Path

import pytest

import reviewdesk.cli as cli
from reviewdesk.cli import CommandError, main
from reviewdesk.core.checker import (
    NEVER,
    BaseChecker,
    CancelToken,
    CheckContext,
    CheckerError,
    Scope,
)
from reviewdesk.core.models import Article, Category, Issue, WordScope, make_issue
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.desk import checking
from reviewdesk.service import spawn
from reviewdesk.store import Library


def check_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict, str]:
    code = main(["check", *args, "--format", "json"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


@pytest.fixture
def harper_only(isolated_library: Path) -> None:
    """Only Harper runs (the engines setting), so exact issue lists do not depend on the
    editorial checks' current rules."""
    with Library(isolated_library) as lib:
        lib.set_setting("engines", {"harper": True, "grammar": False, "editorial": False})


@pytest.fixture
def colour(tmp_path: Path) -> Path:
    path = tmp_path / "colour.txt"
    path.write_text("The colour of the flag is nice.\n", encoding="utf-8")
    return path


def test_language_comes_from_the_article_in_the_library(
    harper_only: None, colour: Path, isolated_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, payload, _ = check_json(capsys, str(colour))
    assert (code, payload["language"]) == (1, "en-US")
    assert [i["text"] for i in payload["issues"]] == ["colour"]
    with Library(isolated_library) as lib:
        lib.add_article(
            Article(None, "c", "x", "x", language="en-GB", source_path=str(colour.resolve()))
        )
    code, payload, _ = check_json(capsys, str(colour))
    assert (code, payload["language"], payload["issues"]) == (0, "en-GB", [])
    code, payload, _ = check_json(capsys, str(colour), "--language", "en-US")
    assert (code, payload["language"]) == (1, "en-US")


def test_switched_off_rules_and_categories_apply(
    harper_only: None, tmp_path: Path, isolated_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("We saw an cat and onyl one dog.\n", encoding="utf-8")
    _, payload, _ = check_json(capsys, str(path))
    assert {i["text"] for i in payload["issues"]} >= {"an", "onyl"}
    with Library(isolated_library) as lib:
        lib.set_setting("disabled_categories", [str(Category.SPELLING), "nonsense"])
    _, payload, err = check_json(capsys, str(path))
    assert "onyl" not in {i["text"] for i in payload["issues"]}
    assert "an" in {i["text"] for i in payload["issues"]}
    assert "nonsense" in err
    with Library(isolated_library) as lib:
        rules = {i["rule"] for i in payload["issues"]}
        lib.set_setting("disabled_rules", sorted(rules))
    code, payload, _ = check_json(capsys, str(path))
    assert (code, payload["issues"]) == (0, [])


def test_article_words_apply_to_that_file(
    harper_only: None, tmp_path: Path, isolated_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "n.txt"
    path.write_text("Kwarthelm spoke.\n", encoding="utf-8")
    with Library(isolated_library) as lib:
        article = lib.add_article(Article(None, "n", "x", "x", source_path=str(path.resolve())))
        lib.add_word("Kwarthelm", WordScope.ARTICLE, article.id)
    code, payload, _ = check_json(capsys, str(path))
    assert (code, payload["issues"]) == (0, [])


def test_engine_settings_choose_the_engines(
    colour: Path, isolated_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, payload, _ = check_json(capsys, str(colour))
    assert "harper" in payload["engines"] and len(payload["engines"]) > 1
    with Library(isolated_library) as lib:
        lib.set_setting("engines", {"harper": True, "grammar": False, "editorial": False})
    _, payload, _ = check_json(capsys, str(colour))
    assert payload["engines"] == ["harper"]


def test_house_style_sheet_from_the_library_applies(
    tmp_path: Path, isolated_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "style.txt"
    path.write_text("The plan was utilised by the team.\n", encoding="utf-8")
    with Library(isolated_library) as lib:
        lib.set_style_sheet(
            {"name": "Test desk", "banned": [{"word": "utilised", "replace": "used"}]}
        )
    _, payload, err = check_json(capsys, str(path))
    assert err == ""
    assert any(i["text"] == "utilised" and "used" in i["replacements"] for i in payload["issues"])
    with Library(isolated_library) as lib:
        lib.set_style_sheet({"banned": [{"no_word_here": 1}]})
    code, payload, err = check_json(capsys, str(path))
    assert "house style sheet" in err and err.count("\n") == 1
    assert code in (0, 1) and payload["engines"]


class _LanguageToolDouble(BaseChecker):
    """Stands in for LanguageTool, which cannot run here (no server, no Java)."""

    name = "languagetool"
    scope: Scope = "document"

    def __init__(self, down: bool) -> None:
        self.down = down

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        if self.down:
            raise CheckerError("the LanguageTool server at http://localhost:8081 is not answering")
        text = texts[0]
        start = text.index("flag")
        issue = make_issue(
            text,
            start,
            start + 4,
            category=Category.STYLE,
            rule="LT_FLAG",
            engine=self.name,
            message="A test finding.",
            replacements=["banner"],
        )
        return [[issue]]


def test_slow_engine_results_are_merged(
    harper_only: None,
    colour: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(
        checking,
        "build_slow_pipeline",
        lambda s, engines: CheckPipeline([_LanguageToolDouble(False)]),
    )
    code, payload, err = check_json(capsys, str(colour))
    assert code == 1 and err == ""
    assert {(i["text"], i["engine"]) for i in payload["issues"]} == {
        ("colour", "harper"),
        ("flag", "languagetool"),
    }
    assert payload["engines"] == ["harper", "languagetool"]


def test_engine_down_is_a_warning_and_other_results_still_print(
    harper_only: None,
    colour: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(
        checking,
        "build_slow_pipeline",
        lambda s, engines: CheckPipeline([_LanguageToolDouble(True)]),
    )
    code, payload, err = check_json(capsys, str(colour))
    assert code == 1
    assert [i["text"] for i in payload["issues"]] == ["colour"]
    assert err.count("\n") == 1 and err.startswith("reviewdesk: warning: languagetool")
    assert "not answering" in payload["errors"]["languagetool"]


def test_no_engine_could_run_is_an_error(
    colour: Path,
    isolated_library: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with Library(isolated_library) as lib:
        lib.set_setting(
            "engines", {"harper": False, "grammar": False, "editorial": False, "future_engine": 1}
        )
    monkeypatch.setattr(
        checking,
        "build_slow_pipeline",
        lambda s, engines: CheckPipeline([_LanguageToolDouble(True)]),
    )
    assert main(["check", str(colour)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "no checker could run" in err.splitlines()[-1]


class _FirstChecker:
    """A stand-in for the checker process a window start begins with."""

    def __init__(self) -> None:
        self.dropped = False

    def drop(self) -> None:
        self.dropped = True


@pytest.fixture
def started_first(monkeypatch: pytest.MonkeyPatch) -> list[_FirstChecker]:
    """The checker processes the command line started first thing (stand-ins)."""
    started: list[_FirstChecker] = []

    def start_checker() -> _FirstChecker:
        started.append(_FirstChecker())
        return started[-1]

    monkeypatch.setattr(spawn, "start_checker", start_checker)
    return started


@pytest.fixture
def fake_app(
    monkeypatch: pytest.MonkeyPatch, started_first: list[_FirstChecker]
) -> list[list[str]]:
    """A stand-in ``reviewdesk.app``: these tests are about routing, not about the window
    (the real window would block in its event loop). No checker process is started."""
    calls: list[list[str]] = []
    module = types.ModuleType("reviewdesk.app")

    def fake_main(argv: list[str] | None = None, first: object = None) -> int:
        calls.append(list(argv or []))
        assert first is None or first is started_first[-1]
        return 0

    module.main = fake_main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "reviewdesk.app", module)
    return calls


def test_gui_is_the_default_command(
    tmp_path: Path, isolated_library: Path, fake_app: list[list[str]]
) -> None:
    article = tmp_path / "story.txt"
    article.write_text("x", encoding="utf-8")
    other = tmp_path / "other.sqlite"
    assert main([]) == 0
    assert main([str(article)]) == 0
    assert main(["--library", str(other), str(article)]) == 0
    assert main(["gui", str(article), "--library", str(other), "-v"]) == 0
    assert fake_app == [
        ["--library", str(isolated_library)],
        [str(article), "--library", str(isolated_library)],
        [str(article), "--library", str(other)],
        [str(article), "--library", str(other), "-v"],
    ]


def test_a_window_start_does_not_load_the_subcommands(
    tmp_path: Path,
    isolated_library: Path,
    fake_app: list[list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``reviewdesk FILE`` opens the window without importing every subcommand's module
    first (~50 ms): the window's checker is launched that much sooner (issue 14)."""
    article = tmp_path / "story.txt"
    article.write_text("x", encoding="utf-8")

    def no_commands(_names: Sequence[str] = ()) -> list[types.ModuleType]:
        raise AssertionError("the subcommands were loaded for a window start")

    monkeypatch.setattr(cli, "load_commands", no_commands)
    assert main([str(article), "-v"]) == 0
    assert main(["--library", str(tmp_path / "l.sqlite")]) == 0
    assert fake_app == [
        [str(article), "--library", str(isolated_library), "-v"],
        ["--library", str(tmp_path / "l.sqlite")],
    ]


def test_a_window_start_hands_the_app_a_checker_started_first(
    tmp_path: Path,
    isolated_library: Path,
    fake_app: list[list[str]],
    started_first: list[_FirstChecker],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``reviewdesk FILE`` starts the checker process before it reads anything else and
    hands it to the app; a start that opens no window (a command, ``--help``, an
    explicit ``gui``) starts none, and one the app did not take is ended."""
    article = tmp_path / "story.txt"
    article.write_text("x", encoding="utf-8")
    assert main([str(article)]) == 0
    assert len(started_first) == 1 and started_first[0].dropped  # the stand-in app left it
    for argv in (["--help"], ["check", str(article)], ["gui", str(article)], ["--version"]):
        main(argv)
    capsys.readouterr()
    assert len(started_first) == 1


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["-v"],
        ["story.txt"],
        ["story.txt", "-v", "-v"],
        ["--verbose", "story.txt", "--library", "l.sqlite"],
        ["--library", "l.sqlite"],
        ["sub/story.md"],
        ["missing.txt"],
        ["missing.txt", "-v"],  # a mistyped command to the full parser: left to it
        ["check", "story.txt"],
        ["gui", "story.txt"],
        ["story.txt", "other.txt"],
        ["--library", "-v"],
        ["--library", "a", "--library", "b"],
        ["-x"],
        ["--", "story.txt"],
        ["story"],
    ],
)
def test_the_quick_window_start_reads_what_the_full_parser_reads(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "story.md").write_text("x", encoding="utf-8")
    quick = cli._plain_gui(argv)
    parser = cli.build_parser(cli.load_commands(cli.COMMAND_MODULES))
    try:
        full = parser.parse_args(cli._with_command(argv, set(cli._subcommand_names(parser))))
    except (SystemExit, CommandError):
        full = None
    if quick is None:  # left to the full parser, which may also start the window
        assert argv not in ([], ["story.txt"], ["--library", "l.sqlite"])
        return
    assert full is not None and full.command == cli.GUI_COMMAND
    assert (quick.file, quick.library, quick.verbose) == (full.file, full.library, full.verbose)


def test_real_app_accepts_what_the_dispatcher_passes(tmp_path: Path) -> None:
    from reviewdesk import app

    args = app.parse_args([str(tmp_path / "a.txt"), "--library", str(tmp_path / "l.db"), "-v"])
    assert (args.file, args.library, args.verbose) == (
        str(tmp_path / "a.txt"),
        str(tmp_path / "l.db"),
        1,
    )


def _fake_command(monkeypatch: pytest.MonkeyPatch, seen: list[Path]) -> None:
    module = types.ModuleType("reviewdesk.cli.fake_cmd")

    def add_parser(subparsers: argparse._SubParsersAction) -> None:
        p = subparsers.add_parser("fake", help="a test command")
        p.add_argument("--fail", action="store_true")

    def run(args: argparse.Namespace, library_path: Path) -> int:
        if args.fail:
            raise CommandError("the fake command\nfailed")
        seen.append(library_path)
        return 7

    module.add_parser = add_parser  # type: ignore[attr-defined]
    module.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "reviewdesk.cli.fake_cmd", module)
    monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "fake_cmd"))


def test_subcommand_modules_plug_in(
    tmp_path: Path,
    isolated_library: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seen: list[Path] = []
    _fake_command(monkeypatch, seen)
    assert main(["fake"]) == 7
    assert main(["fake", "--library", str(tmp_path / "a.sqlite")]) == 7
    assert main(["--library", str(tmp_path / "b.sqlite"), "fake"]) == 7
    assert seen == [isolated_library, tmp_path / "a.sqlite", tmp_path / "b.sqlite"]
    assert main(["fake", "--fail"]) == 2
    assert capsys.readouterr().err == "reviewdesk: error: the fake command failed\n"


def test_missing_command_modules_are_skipped_but_broken_ones_are_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    modules = cli.load_commands(("check", "no_such_cmd"))
    assert [m.__name__ for m in modules] == ["reviewdesk.cli.check"]

    def broken(name: str) -> types.ModuleType:
        raise ModuleNotFoundError("No module named 'docx'", name="docx")

    monkeypatch.setattr(cli.importlib, "import_module", broken)
    with pytest.raises(ModuleNotFoundError):
        cli.load_commands(("export_cmd",))
