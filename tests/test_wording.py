"""One message style for every engine (core.wording): what the editor reads under a
finding, whichever engine found it."""

from __future__ import annotations

from reviewdesk.core.models import Category, Issue, make_issue
from reviewdesk.core.wording import human_message, worded

TEXT = "The council met on tuesday with nato and the iphone team."


def _issue(word: str, fix: str, *, engine: str, rule: str, message: str) -> Issue:
    start = TEXT.index(word)
    return make_issue(
        TEXT,
        start,
        start + len(word),
        category=Category.CAPITALIZATION,
        rule=rule,
        engine=engine,
        message=message,
        replacements=[fix],
    )


def test_a_spelling_rules_case_only_fix_speaks_of_the_capital_in_any_engine() -> None:
    harper = _issue("tuesday", "Tuesday", engine="harper", rule="SpellCheck", message="x?")
    lt = _issue(
        "tuesday",
        "Tuesday",
        engine="languagetool",
        rule="MORFOLOGIK_RULE_EN_US",
        message="Possible spelling mistake found.",
    )
    assert human_message(harper) == "“tuesday” takes a capital letter: “Tuesday”."
    assert human_message(lt) == "“tuesday” takes a capital letter: “Tuesday”."
    nato = _issue("nato", "NATO", engine="harper", rule="SpellCheck", message="x?")
    assert human_message(nato) == "“nato” is written in capitals: “NATO”."
    phone = _issue("iphone", "iPhone", engine="harper", rule="SpellCheck", message="x?")
    assert human_message(phone) == "“iphone” is written “iPhone”."


def test_another_rules_case_fix_keeps_its_own_words() -> None:
    """A rule that is not a spell checker says why the capital is wanted: that stays."""
    months = _issue(
        "tuesday",
        "Tuesday",
        engine="harper",
        rule="Months",
        message="Months should be written with a capital letter.",
    )
    assert human_message(months) == "Months should be written with a capital letter."


def test_backticks_become_quotes_and_a_message_gets_its_full_stop() -> None:
    issue = _issue(
        "nato",
        "nate",
        engine="harper",
        rule="AnA",
        message="Did you mean `nate`? It reads better",
    )
    assert human_message(issue) == "Did you mean “nate”? It reads better."
    bare = _issue(
        "tuesday",
        "Tuesday",
        engine="harper",
        rule="SentenceCapitalization",
        message="This sentence does not start with a capital letter",
    )
    assert human_message(bare) == "This sentence does not start with a capital letter."
    # a sentence already ended inside its closing quote is left alone
    quoted = _issue("nato", "N", engine="mechanics", rule="r", message="Put a space after “Dr.”")
    assert human_message(quoted) == "Put a space after “Dr.”"


def test_worded_keeps_the_list_when_nothing_changes_and_never_the_key() -> None:
    done = _issue("nato", "N", engine="grammar", rule="r", message="Fine as it is.")
    same = [done]
    assert worded(same) is same
    bare = _issue("nato", "N", engine="harper", rule="r", message="Not ended")
    (changed,) = worded([bare])
    assert changed.message == "Not ended." and changed.key == bare.key


def test_every_spell_checkers_stock_question_is_said_one_way() -> None:
    """Harper's two forms and LanguageTool's read as three voices side by side: the
    desk says each as the word and its nearest fix, whichever engine spoke."""
    asked = [
        ("harper", "SpellCheck", "Did you mean to spell `tuesdy` this way?"),
        ("harper", "SpellCheck", "Did you mean “tuesdy”?"),
        ("languagetool", "MORFOLOGIK_RULE_EN_US", "Possible spelling mistake found."),
    ]
    for engine, rule, message in asked:
        issue = _issue("tuesday", "Tuesdays", engine=engine, rule=rule, message=message)
        said = human_message(issue)
        assert said == "“tuesday” looks misspelt: did you mean “Tuesdays”?", (engine, said)
    bare = make_issue(
        TEXT, 19, 26, category=Category.SPELLING, rule="SpellCheck", engine="harper",
        message="Did you mean to spell `tuesday` this way?",
    )  # fmt: skip
    assert human_message(bare) == "“tuesday” looks misspelt."
    # a spell checker's own reason stays: a dialect's spelling says which dialect
    dialect = _issue(
        "tuesday", "Tuesdays", engine="harper", rule="SpellCheck",
        message="“tuesday” is the British spelling; this article is in American English.",
    )  # fmt: skip
    assert human_message(dialect) == dialect.message
