"""One check context for the window and the CLI, read from a real library file."""

from __future__ import annotations

from pathlib import Path

from reviewdesk.core.models import Article, Category, Decision, DecisionAction, WordScope
from reviewdesk.core.style import load_default_style_sheet
from reviewdesk.desk.context import check_context, default_language
from reviewdesk.store import Library


def test_settings_words_and_decisions_reach_the_context(tmp_path: Path) -> None:
    warnings: list[str] = []
    with Library(tmp_path / "lib.sqlite") as lib:
        article = lib.add_article(Article(None, "T", "text", "text", language="en-GB"))
        assert article.id is not None
        lib.add_word("Kwarthelm", WordScope.HOUSE)
        lib.add_word("Zbrov", WordScope.ARTICLE, article.id)
        lib.set_setting("disabled_rules", ["SpellCheck"])
        lib.set_setting("disabled_categories", ["style", "no-such-category"])
        lib.set_setting("picky", True)
        lib.record_decision(
            Decision(
                None,
                article.id,
                DecisionAction.IGNORE,
                "R",
                "harper",
                "spelling",
                0,
                4,
                "text",
                issue_key="key-1",
            )
        )
        ctx = check_context(lib, article, warnings.append)
        cli_ctx = check_context(lib, None, warnings.append, language="en-US", with_ignored=False)
    assert ctx.language == "en-GB" and ctx.picky
    assert ctx.words == {"Kwarthelm", "Zbrov"}
    assert ctx.disabled_rules == {"SpellCheck"}
    assert ctx.disabled_categories == {Category.STYLE}
    assert ctx.ignored_keys == {"key-1"}
    assert cli_ctx.language == "en-US" and cli_ctx.words == {"Kwarthelm"}
    assert cli_ctx.ignored_keys == frozenset()
    assert any("no-such-category" in w for w in warnings)


def test_a_broken_style_sheet_falls_back_to_the_default_with_a_warning(tmp_path: Path) -> None:
    warnings: list[str] = []
    with Library(tmp_path / "lib.sqlite") as lib:
        lib.set_style_sheet({"substitutions": [{"find": "(", "replace": "x", "regex": True}]})
        ctx = check_context(lib, None, warnings.append)
    assert ctx.style == load_default_style_sheet()
    assert warnings and "house style sheet" in warnings[0]


def test_new_articles_follow_the_house_dialect_unless_the_editor_chose_one(
    tmp_path: Path,
) -> None:
    with Library(tmp_path / "lib.sqlite") as lib:
        assert default_language(lib) == "en-US"  # nothing set anywhere
        sheet = load_default_style_sheet().to_dict()
        lib.set_style_sheet({**sheet, "dialect": "en-GB"})
        assert default_language(lib) == "en-GB"  # the desk writes British English
        lib.set_setting("default_language", "en-CA")
        assert default_language(lib) == "en-CA"  # the editor's own choice wins
        lib.set_setting("default_language", "xx-YY")
        assert default_language(lib) == "en-GB"  # an unknown value is passed over
