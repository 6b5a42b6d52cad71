"""One message style for every engine: the words a copy editor reads under a finding.

Engines word their findings their own way. Harper quotes words in Markdown backticks
("Did you mean to spell `tuesday` this way?"), asks a spelling question of a word whose
only fault is its missing capital, and ends some messages without a full stop ("This
sentence does not start with a capital letter") where ours and LanguageTool's have one.
Side by side in the issues panel, the hover and the report, that reads as two voices.

The pipeline's last step (:class:`reviewdesk.core.finalize.Finalizer`, beside the filing
by kind of file) passes every finding through :func:`worded`, so the window, ``reviewdesk
check`` and the review report read alike whichever engine spoke. The engines' own
rewordings of one rule (Harper's "looks misspelt" for a split word) stay with the engine
that knows the rule; what holds for any engine's message is done here, once. Keys, spans
and fixes are never touched: an ignore made before still matches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reviewdesk.core.models import Issue
from reviewdesk.core.rule_names import rule_name

# Markdown backticks around a quoted word: a copy editor reads quotation marks
_BACKTICKED = re.compile(r"`([^`\n]{1,80})`")
# a message that ends a sentence: its mark, then any closing quotes or brackets
_ENDED = re.compile(r"[.?!…](?:[”’\"')\]»]*)\s*$")
_STOPS = frozenset(".?!…")
# what a spelling rule's message is called in every engine (rule_names' table)
_SPELLING = "Spelling"
# a spell checker's stock question, in each engine's form: Harper's two ("Did you mean to
# spell `recieve` this way?", "Did you mean `environmental`?") and LanguageTool's; they
# say nothing a highlight and its fixes do not, and side by side read as two voices
_STOCK_SPELLING = re.compile(
    r"^(?:Did you mean to spell [`“\"][^`”\"\n]*[`”\"] this way\?"
    r"|Did you mean [`“\"][^`”\"\n]*[`”\"]\?"
    r"|Possible spelling mistake(?: found)?\.?)$"
)


def _case_words(flagged: str, fix: str) -> str | None:
    """A case-only fix said as one: None when ``fix`` changes more than the capitals."""
    if fix == flagged or fix.lower() != flagged.lower() or not flagged:
        return None
    if fix[0].isupper() and fix[1:] == flagged[1:]:
        return f"“{flagged}” takes a capital letter: “{fix}”."
    if fix.isupper():
        return f"“{flagged}” is written in capitals: “{fix}”."
    if fix.islower():
        return f"“{flagged}” is written in lower case: “{fix}”."
    return f"“{flagged}” is written “{fix}”."


def _spelling_words(flagged: str, fixes: Sequence[str]) -> str:
    """A spell checker's finding said one way: the word, then the nearest fix asked."""
    if fixes and fixes[0]:
        return f"“{flagged}” looks misspelt: did you mean “{fixes[0]}”?"
    return f"“{flagged}” looks misspelt."


def human_message(issue: Issue) -> str:
    """``issue``'s message in the desk's one style (the same string when it already is).

    - a spelling rule's finding whose fix only changes capitals speaks of the capital
      ("“tuesday” takes a capital letter: “Tuesday”.", not "Did you mean to spell …");
    - a spell checker's stock question, in whichever engine's form, is said one way:
      "“recieve” looks misspelt: did you mean “receive”?" (its own words, a dialect's
      "British spelling" for one, stay);
    - words in Markdown backticks are quoted as print quotes them (“tuesday”);
    - a message that does not end a sentence gets its full stop.
    """
    message = issue.message
    if not message or message.isspace():
        return message
    if rule_name(issue.engine, issue.rule) == _SPELLING:
        if issue.replacements:
            said = _case_words(issue.text, issue.replacements[0])
            if said is not None:
                return said
        if _STOCK_SPELLING.match(message) and issue.text and "\n" not in issue.text:
            return _spelling_words(issue.text, issue.replacements)
    if "`" in message:
        message = _BACKTICKED.sub(r"“\1”", message)
    if message[-1] not in _STOPS and not _ENDED.search(message):
        message = message.rstrip() + "."
    return message


def worded(issues: Sequence[Issue]) -> list[Issue]:
    """``issues`` with their messages in the desk's one style (the same list, when it
    is a list and none changes)."""
    out: list[Issue] | None = None
    for n, issue in enumerate(issues):
        message = human_message(issue)
        if message == issue.message:
            if out is not None:
                out.append(issue)
            continue
        if out is None:
            out = list(issues[:n])
        out.append(replace(issue, message=message))
    if out is None:
        return issues if isinstance(issues, list) else list(issues)
    return out
