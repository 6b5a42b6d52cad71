"""Punctuation a desk fixes that follows from the words, not from taste:

- a tag question with no comma before it ("She isn't coming is she?" -> "coming, is
  she?"): a helper and a pronoun closing a question that has its own verb earlier;
- a direct question closed with a full stop ("Where are you going." -> "?"): a
  sentence that opens with a question word and a helper before its subject, or with a
  helper and a subject pronoun; never with "please" (a request), a comma (an inverted
  condition: "Had I known, ..."), or "may" (a wish);
- a comma between a verb of asking or knowing and a reported question ("I asked Tom,
  where he lives." -> no comma), only when no comma closes it as an aside;
- a comma splice with "however", "therefore" and their kind ("They lost, however they
  played well." -> "; however,"), not "however you like" or "however it ends." (any way);
- a date's year with no comma after the day ("October 18 1983" -> "October 18, 1983",
  as AP and every US style write it);
- two full stops between sentences ("He left.. Then"), never an ellipsis, nor ".." at
  a paragraph's end (an informal, short one);
- a word typed twice ("on the mat mat"), in lowercase only (so never "Sirhan Sirhan"),
  never "had had", "that that" or a repetition for emphasis ("very very").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, sentence_start
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.engines.harper_news_shapes import double_copula
from reviewdesk.core.models import Category

TAG_RULE = "tag-question-comma"
QUESTION_RULE = "question-mark"
REPORTED_RULE = "reported-question-comma"
HOWEVER_RULE = "however-splice"
DATE_RULE = "date-comma"
DOUBLE_RULE = "double-period"
REPEAT_RULE = "repeated-word"
_P = Category.PUNCTUATION

_TAG_HELPERS = word_set(
    "is isn't are aren't was wasn't were weren't do don't does doesn't did didn't have "
    "haven't has hasn't had hadn't will won't would wouldn't can can't could couldn't "
    "should shouldn't shall must mustn't"
)
_TAG_SUBJECTS = word_set("i you he she it we they there")
_SINGULAR_TAGS = word_set("is isn't was wasn't has hasn't does doesn't")
_PLURAL_TAGS = word_set("are aren't were weren't do don't have haven't")
_WH = word_set("what where why when how who which whose")
_QUESTION_HELPERS = word_set(
    "is are was were am do does did can could will would have has isn't aren't wasn't "
    "weren't don't doesn't didn't can't couldn't won't wouldn't haven't hasn't"
)
# opening a sentence, these may start an inverted condition or an exclamation ("Were I
# to go", "Was I tired.", "Am I glad"): judged after a question word only
_NOT_OPENING = word_set("was were am")
_SUBJECT_PRONOUNS = word_set("i you he she we they")
_SUBJECT_STARTS = _SUBJECT_PRONOUNS | word_set(
    "it there the this that these those my your his our their"
)
_ASKING = word_set(
    "ask asks asked wonder wonders wondered know knows knew explain explains explained "
    "understand understood tell tells told"
)
_REPORTED = word_set("where what why when how whether if who")
# adverbs that link two sentences, which a comma alone cannot join
_LINKING = word_set("however therefore moreover furthermore nevertheless consequently otherwise")
# "however you like": any way, not a contrast
_ANY_WAY = word_set(
    "like liked likes want wanted wants wish wished choose chose chooses please pleased "
    "see saw sees fit decide decided prefer preferred can could may might will would"
)
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\."
)
# a year, then what comes before it: "October 18" (few years in a paragraph, so the
# month is looked for only behind one)
_YEAR = re.compile(r"(?<= )(?:1[6-9]|20)\d\d\b(?![,.]?\d)")
_MONTH_DAY = re.compile(rf"\b(?:{MONTHS}) ([1-9]|[12]\d|3[01]) $")
# two stops between sentences ("butcher.. I don't"); at a paragraph's end ".." is as
# often a short, informal ellipsis ("all of us..") and is left
# said twice on purpose: grammar ("had had", "that that", "is is"), emphasis, sounds
_MEANT_TWICE = word_set(
    "had that is do bye very so no yeah ha ho knock tut chop night now there well blah la "
    "bla tsk pom dum boo choo yum cha go tom many long really far too more again round "
    "over on out up down by and hear yes oh wow hey hip hush din bang"
)
_DOUBLE_PERIOD = re.compile(r"(?<=[^\W\d_])\.\.(?=[ \t]+[\w\"“‘'(])")


def check_punctuation(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Tag questions, question marks, reported questions, "however", a word twice."""
    if len(sent) < 3:
        return
    last = sent[-1].text
    if last == "?":
        yield from _tag_question(sent, lex)
    elif last == ".":
        yield from _question_mark(sent)
        yield from _reported_question(sent)
    yield from _however(sent, lex)
    yield from _repeated(sent)


def check_marks(text: str) -> Iterator[Finding]:
    """A date's missing comma and a doubled full stop, over the paragraph's text."""
    for year in _YEAR.finditer(text):
        before = text[max(0, year.start() - 14) : year.start()]
        m = _MONTH_DAY.search(before)
        if m:
            day, start = m.group(1), year.start() - len(before) + m.start(1)
            message = "A comma after the day, before the year: “" + day + ",”."
            yield Finding(start, start + len(day), DATE_RULE, message, (day + ",",), _P)
    if ".." in text:
        for m in _DOUBLE_PERIOD.finditer(text):
            message = "Two full stops: one is enough."
            yield Finding(m.start(), m.end(), DOUBLE_RULE, message, (".",), _P)


def _tag_question(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "She isn't coming is she?" -> "coming, is she?"."""
    subject, helper = sent[-2], sent[-3]
    if subject.low not in _TAG_SUBJECTS or helper.low not in _TAG_HELPERS:
        return
    if not _tag_agrees(helper.low, subject.low):
        return  # "would you do it?": "do it" is the verb and its object, not a tag
    k = len(sent) - 3
    if k < 3 or not sent[k - 1].is_word or sent[k - 1].low in _TAG_HELPERS | _WH:
        return  # "Where is she?"; a comma already; "so did I?"; 'He asked: "Where are you?"'
    words = [t for t in sent[:k] if t.is_word]
    first = next((t for t in sent if t.is_word), None)
    if first is None or first.low in _WH or first.low in _TAG_HELPERS or len(words) < 3:
        return  # the question is the whole sentence ("What time is it?")
    if not any(
        t.low in _TAG_HELPERS or lex.tags(t.low) & {"VBD", "VBZ", "VBP", "MD"} for t in words[1:]
    ):
        return
    before = sent[k - 1]
    message = "A comma before the tag question: “" + before.text + ", " + helper.text + "”."
    yield Finding(before.start, before.end, TAG_RULE, message, (before.text + ",",), _P)


def _question_mark(sent: list[Token]) -> Iterator[Finding]:
    """ "Where are you going." -> "?": a direct question closed with a full stop."""
    k = next((i for i, t in enumerate(sent) if t.is_word), None)
    if k is None or not sentence_start(sent, k):
        return
    if k + 2 < len(sent) and sent[k + 1].text == ":" and sentence_start(sent, k + 2):
        k += 2  # a label: "Update: Where are you going."
    if k + 2 >= len(sent):
        return
    if any(t.text in ',;:"“”' or t.low == "please" for t in sent[k:]):
        return  # an inverted condition ("Had I known, ..."), a request, a quotation
    first, second, third = sent[k].low, low_at(sent, k + 1), low_at(sent, k + 2)
    if first in _WH and second in _QUESTION_HELPERS and third in _SUBJECT_STARTS:
        pass  # "Where are you going.", "What was the reason."
    elif first in _QUESTION_HELPERS and first not in _NOT_OPENING and second in _SUBJECT_PRONOUNS:
        if first in ("do", "did") and second == "you" and third in ("not", "n't"):
            return
    elif first in _WH and low_at(sent, k + 1) in ("time", "day") and third in _QUESTION_HELPERS:
        if low_at(sent, k + 3) not in _SUBJECT_STARTS:
            return  # "What time is it." but not "What time is best is"
    else:
        return
    stop = sent[-1]
    message = "A direct question ends with a question mark."
    yield Finding(stop.start, stop.end, QUESTION_RULE, message, ("?",), _P)


def _reported_question(sent: list[Token]) -> Iterator[Finding]:
    """ "I asked Tom, where he lives." -> no comma before a reported question."""
    commas = [i for i, t in enumerate(sent) if t.text == ","]
    if len(commas) != 1:
        return
    c = commas[0]
    if low_at(sent, c + 1) not in _REPORTED or low_at(sent, c + 2) not in _SUBJECT_STARTS:
        return
    if not any(t.low in _ASKING for t in sent[max(0, c - 3) : c]):
        return
    condition = low_at(sent, c + 1) == "if" and low_at(sent, c - 1) != "wondered"
    if sent[0].low in _REPORTED or condition:
        return  # "When he asked me, where ..."; "if" may open a condition
    comma = sent[c]
    message = "No comma before a reported question."
    yield Finding(comma.start, comma.end, REPORTED_RULE, message, ("",), _P)


def _however(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "They lost, however they played well." -> "They lost; however, they"; the same
    with "therefore", "moreover" and the other adverbs that link two sentences."""
    for i in range(2, len(sent) - 3):
        tok = sent[i]
        if tok.low not in _LINKING or sent[i - 1].text != "," or not sent[i - 2].is_word:
            continue
        subject, verb = sent[i + 1], low_at(sent, i + 2)
        if subject.low not in _SUBJECT_PRONOUNS | word_set("it") or verb in _ANY_WAY:
            continue
        if tok.low == "however" and subject.low == "you":
            continue  # "however you look at it": in any way, said to anyone
        if not lex.tags(verb) & {"VBD", "VBZ", "VBP", "MD"} or not _word_at(sent, i + 3):
            continue  # "however it ends:" in whatever way; a contrast goes on
        comma, word = sent[i - 1], tok.text
        message = f"Two sentences joined by “{word}”: “; {word},”."
        yield Finding(comma.start, tok.end, HOWEVER_RULE, message, (f"; {word},",), _P)


def _word_at(sent: list[Token], i: int) -> bool:
    return i < len(sent) and sent[i].is_word


def _tag_agrees(helper: str, subject: str) -> bool:
    """Whether ``helper`` and ``subject`` make a tag ("is she", "do they", "did he"; not
    "do it", "is they")."""
    if helper in _SINGULAR_TAGS:
        return subject in ("he", "she", "it", "there")
    if helper in _PLURAL_TAGS:
        return subject in ("i", "you", "we", "they", "there")
    return True


def _repeated(sent: list[Token]) -> Iterator[Finding]:
    """ "on the mat mat" -> "mat": the same lowercase word twice, a space between."""
    for i in range(1, len(sent)):
        tok, before = sent[i], sent[i - 1]
        if tok.text != before.text or not tok.is_word or tok.start == before.end:
            continue
        if tok.low in _MEANT_TWICE or not tok.text.islower():
            continue  # "had had", "very very"; "Sirhan Sirhan"
        glued = sent[i + 1] if i + 1 < len(sent) and sent[i + 1].start == tok.end else None
        if glued is not None and glued.text not in ",;:!?" and i + 2 < len(sent):
            continue  # "dogs dogs.csv", "setuptools setuptools_scm": a name, not a slip
        if _ends_noun_clause(sent, i):
            continue  # "all it was was a mistake": the first verb ends the clause
        message = f"“{tok.text}” twice."
        yield Finding(before.start, tok.end, REPEAT_RULE, message, (tok.text,))


def _ends_noun_clause(sent: list[Token], i: int) -> bool:
    """Whether the pair ending at ``sent[i]`` is a copula twice after a clause that stands
    as a noun (the test Harper's "RepeatedWords" flags are read with, in one place)."""
    prefix = " ".join(t.text for t in sent[: i - 1])
    pair = f"{sent[i - 1].text} {sent[i].text}"
    return double_copula(pair, f"{prefix} {pair}", len(prefix) + 1)
