"""Two-part frames whose second part is fixed by the first: "neither ... nor", "either
... or", "the same ... as", "rather ... than", "prefer ... to", "hardly had
... when", "no sooner had ... than"; and set phrases with one
part in the wrong form: "if I would have known" ("had known"), "worth to see" ("worth
seeing"), "is suppose to" ("supposed"), "didn't used
to" ("use"), "each others" ("each other"), "allows to save" (who is allowed is
missing), "want go" (the "to" is missing).

Each frame is judged within one clause (no comma, semicolon or clause word between its
parts), so "Neither team scored, or so it seemed" is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import SUBJECT_PRONOUNS, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "grammar-frame"
FORM_RULE = "verb-form"
_REACH = 6  # words between a frame's two parts
_BREAKS = word_set(", ; : ( ) — – - that which who because when while if but")
_BE = word_set("is are was were am be been being 's 're 'm isn't aren't wasn't weren't")
_HABIT_SUBJECTS = word_set("i we they")
_ALLOW = word_set("allow allows enable enables permit permits")
_WANT = word_set("want wants wanted need needs needed")
_OBJECT_STARTS = word_set("the a an it them him her me us my your our their his its this")
_PARTNER = {"neither": ("or", "nor"), "either": ("nor", "or")}
_SCARCELY = word_set("hardly scarcely barely")


def check_frames(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """The frames of one sentence."""
    for i, tok in enumerate(sent[:-1]):
        low = tok.low
        if low in _PARTNER and i + 1 < len(sent) and low_at(sent, i + 1) != "of":
            yield from _partner(sent, i, *_PARTNER[low])
        elif low == "same" and low_at(sent, i - 1) == "the":
            yield from _partner(sent, i, "than", "as")
        elif low == "rather":
            yield from _partner(sent, i, "then", "than", reach=3)
        elif low in _SCARCELY and low_at(sent, i + 1) == "had":
            yield from _partner(sent, i, "than", "when", reach=8)  # "Hardly had he …"
        elif low == "sooner" and low_at(sent, i - 1) == "no":
            yield from _partner(sent, i, "when", "than", reach=8)  # "No sooner had …"
        elif low in ("prefer", "prefers", "preferred"):
            yield from _prefer_than(sent, i)
        elif low == "if":
            yield from _if_would_have(sent, i, lex)
        elif low == "worth" and low_at(sent, i + 1) == "to":
            yield from _worth_to(sent, i, lex)
        elif low in ("suppose", "use") and low_at(sent, i + 1) == "to":
            yield from _used_to(sent, i, lex)
        elif (
            low == "used"
            and low_at(sent, i + 1) == "to"
            and low_at(sent, i - 1)
            in (
                "didn't",
                "not",
            )
        ):
            yield from _did_use_to(sent, i)
        elif low in ("others", "anothers") and low_at(sent, i - 1) in ("each", "one"):
            yield from _each_other(sent, i)
        elif low in _ALLOW and low_at(sent, i + 1) == "to":
            yield from _allow_to(sent, i, lex)
        elif low in _WANT:
            yield from _want_bare(sent, i, lex)


def _partner(
    sent: list[Token], i: int, wrong: str, right: str, *, reach: int = _REACH
) -> Iterator[Finding]:
    """The first ``wrong`` within reach of ``sent[i]``, in the same clause."""
    for k in range(i + 1, min(len(sent), i + 1 + reach)):
        low = sent[k].low
        if low == right or (low in _BREAKS and low != wrong):
            return
        if low == wrong:
            tok = sent[k]
            message = f"“{sent[i].text}” pairs with “{right}”."
            yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, right),))
            return


def _prefer_than(sent: list[Token], i: int) -> Iterator[Finding]:
    """ "I prefer tea than coffee" -> "to" (or "rather than")."""
    for k in range(i + 1, min(len(sent), i + 1 + _REACH)):
        low = sent[k].low
        if low in _BREAKS or (low == "to" and k > i + 1):
            return
        if low == "than":
            if low_at(sent, k - 1) == "rather":
                return
            tok = sent[k]
            message = "After “prefer”, compare with “to” or “rather than”."
            yield Finding(tok.start, tok.end, RULE, message, ("to", "rather than"))
            return


def _if_would_have(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "If I would have known" -> "If I had known": the condition takes "had"."""
    j = i + 1
    if low_at(sent, j) in SUBJECT_PRONOUNS:
        j += 1
    elif low_at(sent, j) in ("the", "my", "his", "her", "our", "their", "your"):
        j += 2
    else:
        return
    if low_at(sent, j) not in ("would", "'d") or low_at(sent, j + 1) not in ("have", "'ve"):
        return
    if "VBN" not in lex.tags(low_at(sent, j + 2)):
        return
    start, end = sent[j].start, sent[j + 1].end
    if sent[j].low == "'d":
        return  # "If I'd have known" reads as "had" or "would": leave it
    message = "A condition about the past takes “had”: “had known”, not “would have known”."
    yield Finding(start, end, RULE, message, (replace_word(sent[j], "had"),))


def _gerund_after(sent: list[Token], j: int, lex: Lexicon, message: str) -> Iterator[Finding]:
    """The base verb at ``j`` as its "-ing" form (only a word that is plainly a verb)."""
    if j >= len(sent) or not sent[j].is_word or sent[j].is_capitalised:
        return
    word = sent[j].low
    tags = lex.tags(word)
    if "VB" not in tags or tags & {"VBG", "VBD", "VBN", "VBZ"}:
        return
    if lex.classes(word) != {"VERB"} and low_at(sent, j + 1) not in _OBJECT_STARTS:
        return  # "worth to lunch": a noun too, unless an object follows
    form = lex.inflect(word, "VBG")
    if form and form != word:
        tok = sent[j]
        yield Finding(
            tok.start, tok.end, FORM_RULE, f"{message}: “{form}”.", (replace_word(tok, form),)
        )


def _worth_to(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "It is worth to see" -> "worth seeing"."""
    for found in _gerund_after(sent, i + 2, lex, "“Worth” takes “-ing”"):
        to = sent[i + 1]
        yield Finding(to.start, found.end, FORM_RULE, found.message, found.replacements)


def _used_to(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "You are suppose to" -> "supposed to"; "I'm use to" -> "used to"; "I use to play"
    -> "used to": a habit in the past, after a subject pronoun that opens the sentence
    and before a verb (never "the knife they use to cut", "what we use to test")."""
    before = low_at(sent, i - 1)
    habit = (
        sent[i].low == "use"
        and before in _HABIT_SUBJECTS
        and (i == 1 or (i > 1 and not sent[i - 2].is_word))
        and "VB" in lex.tags(low_at(sent, i + 2))
        and low_at(sent, i + 3) not in ("-", "‑")  # "I use to-do lists"
    )
    if before not in _BE | {"not", "get", "got", "getting"} and not habit:
        return
    tok = sent[i]
    fixed = tok.low + "d"
    message = f"The phrase is “{fixed} to”."
    yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, fixed),))


def _did_use_to(sent: list[Token], i: int) -> Iterator[Finding]:
    """ "didn't used to" -> "didn't use to": after "did" the verb is in its base form."""
    if low_at(sent, i - 1) == "not" and low_at(sent, i - 2) not in ("did", "do", "does"):
        return
    tok = sent[i]
    message = "After “did” the verb is in its base form: “use to”."
    yield Finding(tok.start, tok.end, FORM_RULE, message, (replace_word(tok, "use"),))


def _each_other(sent: list[Token], i: int) -> Iterator[Finding]:
    """ "each others" -> "each other" (and "each other's" for the possessive)."""
    tok = sent[i]
    right = "other" if tok.low == "others" else "another"
    possessive = low_at(sent, i + 1) in ("'", "’")
    end = sent[i + 1].end if possessive else tok.end
    fix = replace_word(tok, right + ("'s" if possessive else ""))
    message = f"The phrase is “{sent[i - 1].text} {right}”."
    yield Finding(tok.start, end, RULE, message, (fix,))


def _allow_to(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "It allows to save money": active "allow" needs who is allowed ("allows you to
    save") or an "-ing" ("allows saving"). The passive ("is allowed to") is right."""
    if low_at(sent, i - 1) in _BE:
        return
    verb = low_at(sent, i + 2)
    tags = lex.tags(verb)
    if "VB" not in tags or tags & {"VBD", "VBN", "VBZ", "VBG"}:
        return
    form = lex.inflect(verb, "VBG")
    tok = sent[i]
    end = sent[i + 2].end
    fixes = (f"{tok.text} {form}",) if form else ()
    message = f"Say who “{tok.text}” lets act (“{tok.text} you to”), or use “-ing”."
    yield Finding(tok.start, end, RULE, message, fixes)


def _want_bare(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "I want go home" -> "want to go": a verb after "want"/"need" takes "to"."""
    before = low_at(sent, i - 1)
    verb = sent[i].low
    # after a subject pronoun, or "want"/"need" after a noun; never "the tools needed
    # include" (a participle) or "our needs include" (a noun)
    if not (before in SUBJECT_PRONOUNS or (verb in ("want", "need") and lex.is_noun(before))):
        return
    if verb.endswith("s") and before not in ("he", "she", "it"):
        return
    j = i + 1
    if not (j < len(sent) and sent[j].is_word and not sent[j].is_capitalised):
        return
    word = sent[j].low
    tags = lex.tags(word)
    if "VB" not in tags or tags & {"VBD", "VBN", "VBZ", "VBG"}:
        return
    if word in ("be", "have", "do", "not", "help") or lex.pair(sent[i].low, word) > 0:
        return  # "need help", "want more": seen side by side in print
    if lex.classes(word) != {"VERB"} and low_at(sent, j + 1) not in _OBJECT_STARTS | {"home"}:
        return  # "need rest", "want peace": nouns too, unless an object follows
    if lex.pair("to", word) == 0:
        return
    tok = sent[j]
    message = f"After “{sent[i].text}” a verb takes “to”: “to {word}”."
    yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, f"to {word}"),))
