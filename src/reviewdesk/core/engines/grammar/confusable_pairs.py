"""The copy desk's sound-alike pairs whose members stand in different slots, told apart
by the slot (confused21): what the words on either side let the written word be.

- "weather" (a noun, or a verb with an object) where a clause or "or not" follows a
  word that is no verb's subject, modal or "to": "debate weather its rivers dried up",
  "asked weather the plan" -> "whether" ("to weather the storm", "the weather is" stay);
- "whether" where a noun belongs: after a determiner, or after an adjective at a
  phrase's end ("the whether", "in bad whether.") -> "weather";
- "passed" between a determiner and a span of time, or ending a phrase after "the"
  ("the passed week", "in the passed,") -> "past": a participle before "week" says
  what the week did, and a week passes nothing;
- "past" as the only verb of a sentence that opens with its subject: "This bill past
  the Senate on Tuesday" -> "passed" ("The road past the church is closed" has its own
  verb and stays);
- "do to" after a participle or an adjective, where no subject stands for "do": "was
  closed do to the storm", "delayed do to snow" -> "due to".

Each looks only at the sentence's words and the lexicon's classes and tags; no list of
nouns or verbs that a pair takes, so it reaches copy nobody read.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.confusable_slots import plural_subject
from reviewdesk.core.engines.grammar.findings import (
    Finding,
    low_at,
    replace_word,
    sentence_start,
)
from reviewdesk.core.engines.grammar.lexicon import (
    DETERMINERS,
    MODALS,
    OBJECT_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.possessives import noun_phrase_follows
from reviewdesk.core.engines.grammar.soundalike import ALTERNATIVES
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.models import Category

RULE = "confused-words"
_CONF = Category.CONFUSION

_TRIGGERS = frozenset(("weather", "whether", "passed", "past", "do", "due", "where", "were"))
# what opens a clause or a choice after "whether": a subject, a determiner's noun, "or"
_CLAUSE_STARTS = (
    SUBJECT_PRONOUNS | POSSESSIVES | word_set("the a an this that these those there or to")
) - {"her"}
# before "weather" as a verb or as the subject of its own verb: these keep it
_WEATHER_VERB_BEFORE = MODALS | SUBJECT_PRONOUNS | word_set(
    "to not and or also could've would've should've did didn't don't doesn't won't can't"
)
_NOUN_DETERMINERS = word_set("the a an my your his our their its this that")
# adjectives that take a question after them ("unsure whether"): "weather" is no noun here
_ASKING_ADJECTIVES = word_set("unclear unsure uncertain sure undecided")
_TIME_SPANS = word_set(
    "week weeks month months year years decade decades century centuries day days "
    "night nights weekend weekends season seasons term terms hour hours minute minutes "
    "quarter quarters fortnight"
)
_PAST_DETERMINERS = word_set("the this these those last several few two three many")
_PHRASE_ENDS = frozenset({".", ",", ";", ":", "!", "?", ")"})
_OBJECT_STARTS = DETERMINERS | OBJECT_PRONOUNS | POSSESSIVES - {"her"}
_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP"})
# verbs whose object is a bare verb ("let them do"): "do" may follow them
_DO_BEFORE = word_set("let help make see watch hear please dare")


def check_confusable_pairs(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """The desk's pairs judged by their slot (see the module's text)."""
    for i, tok in enumerate(sent):
        low = tok.low
        if low not in _TRIGGERS:
            if tok.is_word and i > 0 and _may_end_a_noun_phrase(sent, i) and (
                low in ALTERNATIVES or (low[-1:] == "s" and low[:-1] in ALTERNATIVES)
            ):
                found = _verb_as_noun(sent, i, lex)
                if found is not None:
                    yield found
            continue  # nearly every word: one or two set lookups
        if low == "weather":
            found = _weather(sent, i, lex)
        elif low == "whether":
            found = _whether(sent, i, lex)
        elif low == "passed":
            found = _passed(sent, i)
        elif low == "past":
            found = _past(sent, i, lex)
        elif low == "due":
            found = _due(sent, i)
        elif low == "where":
            found = _where_no_clause(sent, i, lex)
        elif low == "were":
            found = _were_before_clause(sent, i, lex)
        else:
            found = _do_to(sent, i, lex)
        if found is not None:
            yield found


def _fix(tok: Token, word: str, message: str) -> Finding:
    return Finding(tok.start, tok.end, RULE, message, (replace_word(tok, word),), _CONF)


def _weather(sent: list[Token], i: int, lex: Lexicon) -> Finding | None:
    """ "debate weather its rivers dried up", "weather or not" -> "whether"."""
    nxt = low_at(sent, i + 1)
    if nxt not in _CLAUSE_STARTS or i + 2 >= len(sent):
        return None
    if nxt == "or":
        if low_at(sent, i + 2) != "not":
            return None  # "weather or climate"
    elif nxt == "to" and "VB" not in lex.tags(low_at(sent, i + 2)):
        return None  # "from weather to sport": "to" a preposition
    if i == 0 or sentence_start(sent, i):
        if nxt in ("or", "to"):
            return None  # "Weather or not" opens too rarely to tell from a heading
    else:
        before = sent[i - 1]
        if before.low in _WEATHER_VERB_BEFORE or before.low in _NOUN_DETERMINERS:
            return None  # "to weather the storm", "the weather that day"
        if before.is_capitalised:
            return None  # a name's weather: "Met Office weather"
        if not before.is_word and before.text not in (",", "—", "–", ":"):
            return None
        classes = lex.classes(before.low) if before.is_word else frozenset()
        if classes and classes <= {"ADJ", "NOUN"} and before.low not in _ASKING_ADJECTIVES:
            return None  # "spring weather the farmers feared": a noun's or adjective's
    message = "“weather” is the sky's; for a choice or a question write “whether”."
    return _fix(sent[i], "whether", message)


def _whether(sent: list[Token], i: int, lex: Lexicon) -> Finding | None:
    """ "the whether", "bad whether", "whether conditions" -> "weather"."""
    if i == 0:
        return None
    before = sent[i - 1]
    nxt = sent[i + 1] if i + 1 < len(sent) else None
    ends = nxt is None or nxt.text in _PHRASE_ENDS or nxt.low in ("is", "was", "has", "had")
    as_noun = before.low in _NOUN_DETERMINERS and before.low not in ("that", "this")
    if not as_noun and before.is_word and lex.classes(before.low) == {"ADJ"} and ends:
        as_noun = before.low not in _ASKING_ADJECTIVES
    if not as_noun:
        return None
    message = "“whether” asks a question; the sky's is “weather”."
    return _fix(sent[i], "weather", message)


def _passed(sent: list[Token], i: int) -> Finding | None:
    """ "the passed week", "this passed term", "in the passed," -> "past"."""
    before = low_at(sent, i - 1)
    if before not in _PAST_DETERMINERS:
        return None
    nxt = sent[i + 1] if i + 1 < len(sent) else None
    if nxt is None or nxt.text in _PHRASE_ENDS:
        if before != "the":
            return None
    elif nxt.low not in _TIME_SPANS:
        return None
    message = "Time gone by is “past”; “passed” is the verb."
    return _fix(sent[i], "past", message)


def _past(sent: list[Token], i: int, lex: Lexicon) -> Finding | None:
    """ "This bill past the Senate on Tuesday" -> "passed": the subject that opens the
    sentence has no verb but "past", and an object follows it."""
    # the sentence's first word (past quotes, brackets and a label's colon: "Update: This")
    j = next((k for k in range(i - 1, -1, -1) if sent[k].is_word and sentence_start(sent, k)), i)
    if j >= i or sent[j].low not in _NOUN_DETERMINERS | {"these", "those"}:
        return None
    if i - j < 2 or i - j > 4:
        return None
    for k in range(j + 1, i):
        word = sent[k]
        if not word.is_word or not (lex.is_noun(word.low) or "ADJ" in lex.classes(word.low)):
            return None  # a subject of nouns and adjectives only
        if k < i - 1 and lex.tags(word.low) & _VERB_TAGS and not lex.is_noun(word.low):
            return None
    if not lex.is_noun(sent[i - 1].low):
        return None
    nxt = low_at(sent, i + 1)
    if nxt not in _OBJECT_STARTS and not (i + 1 < len(sent) and sent[i + 1].is_capitalised):
        return None
    for tok in sent[i + 2 :]:
        tags = lex.tags(tok.low)
        if tok.low in MODALS or tok.low in ("is", "was", "are", "were", "has", "have", "had"):
            return None  # "The road past the church is closed": the verb comes later
        if tags and tags <= {"VBD", "VBZ"}:
            return None
    message = "The verb is “passed”; “past” is a time or a place beyond."
    return _fix(sent[i], "passed", message)


def _do_to(sent: list[Token], i: int, lex: Lexicon) -> Finding | None:
    """ "was closed do to the storm", "delayed do to snow" -> "due to": a participle or an
    adjective before "do", which has no subject there."""
    if low_at(sent, i + 1) != "to" or i == 0 or not sent[i - 1].is_word:
        return None
    before = sent[i - 1].low
    tags = lex.tags(before)
    participle = "VBN" in tags and not tags & {"NN", "NNS", "VB", "VBP", "VBZ"}
    # a verb's base before "do" ("unable to operate do to a shutdown"): no subject there
    base = bool(tags) and tags <= {"VB", "VBP"} and lex.classes(before) == {"VERB"}
    if base and before in _DO_BEFORE:
        base = False  # "let do", "help do", "make do": a base that takes a base
    if not (participle or base or lex.classes(before) == {"ADJ"}) or before in MODALS:
        return None
    if low_at(sent, i + 2) in SUBJECT_PRONOUNS | OBJECT_PRONOUNS:
        return None
    if not noun_phrase_follows(sent, i + 2, lex) and not (
        i + 2 < len(sent) and sent[i + 2].is_capitalised
    ):
        return None
    return _fix(sent[i], "due", "“do to” should be “due to”.")


_DO_SUBJECTS = SUBJECT_PRONOUNS - {"he", "she", "it"} | MODALS | word_set("to not")


def _due(sent: list[Token], i: int) -> Finding | None:
    """ "what we due to them", "they can due to" -> "do": "due" cannot follow a subject or a
    modal straight, where a verb must stand ("they are due to" has its verb)."""
    if low_at(sent, i - 1) not in _DO_SUBJECTS or low_at(sent, i + 1) != "to":
        return None
    if low_at(sent, i - 1) in ("to", "not") and low_at(sent, i - 2) in (
        "is", "are", "was", "were", "be", "been", "not", "isn't", "aren't", "wasn't",
    ):
        return None  # "is not due to", "was due to"
    return _fix(sent[i], "do", "“due” is owed or expected; the verb is “do”.")


_VERB_READINGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})
_CLAUSE_MARKS = frozenset({".", ",", ";", ":", "!", "?", "(", ")", "—", "–"})


def _where_no_clause(sent: list[Token], i: int, lex: Lexicon) -> Finding | None:
    """ "22 where Cuban.", "the mortality rates where 49%", "the crew where Iranians," ->
    "were": after a plural subject, "where" opens a clause of place, and a clause has a
    verb; with none before the next mark, the verb is the one written "where". A
    clause cut short ("where possible", "where needed") and a name before it (a place:
    "in Texas where") are left."""
    if i == 0 or i + 1 >= len(sent) or not (sent[i + 1].is_word or sent[i + 1].is_number):
        return None
    before = sent[i - 1]
    if before.is_capitalised or not (before.is_word or before.is_number):
        return None
    if not plural_subject(sent, i - 1, lex):
        return None
    nxt, after = sent[i + 1], low_at(sent, i + 2)
    tags = lex.tags(nxt.low)
    if "VBN" in tags and tags <= {"VBN", "VBD", "JJ"} and after in (".", ";", "!", ""):
        if nxt.low in _ELLIPTICAL_WORDS or nxt.low in _ELLIPTICAL_PARTICIPLES:
            return None  # "where needed.", "where stated."
        # "eight more people where hospitalized.": a participle alone ends the sentence
        return _fix(sent[i], "were", "“where” is a place; the verb here is “were”.")
    words = 0
    for tok in sent[i + 1 :]:
        if tok.text in _CLAUSE_MARKS:
            break
        if tok.low in _ELLIPTICAL_WORDS or tok.low in ("when", "if", "and", "or", "but"):
            return None  # "where possible", "where and when"
        if not tok.is_word:
            continue
        words += 1
        tags = lex.tags(tok.low)
        if tags & _VERB_READINGS or (not tags and tok.low.endswith(("ed", "ing"))):
            return None  # a verb of its own: "where the shooting happened"
    if words == 0:
        return None
    return _fix(sent[i], "were", "“where” is a place; the verb here is “were”.")


# the clause cut short after "where" ("where possible"): no verb, and rightly
_ELLIPTICAL_WORDS = word_set(
    "possible necessary needed required applicable appropriate available relevant "
    "feasible practicable practical warranted"
)


# participles a clause of place is cut short to ("where stated", "where indicated")
_ELLIPTICAL_PARTICIPLES = word_set(
    "needed required indicated known stated noted specified provided permitted allowed "
    "desired requested instructed directed shown marked listed given used found "
    "possible appropriate applicable warranted"
)


def _were_before_clause(sent: list[Token], i: int, lex: Lexicon) -> Finding | None:
    """ "the Ellipse were an officer used a fire extinguisher" -> "where": a singular noun
    after "were" cannot be its subject, so with a past verb and an object after it the
    words after "were" are a clause of place ("they were a team led by" stays: no
    object)."""
    j = i + 1
    if low_at(sent, j) not in ("a", "an", "the", "his", "her", "its", "their", "our", "my"):
        return None
    j += 1
    head = j
    while j < len(sent) and j < head + 3 and sent[j].is_word:
        if lex.tags(sent[j].low) & {"VBD"} and j > head:
            break
        if not (lex.is_noun(sent[j].low) or "ADJ" in lex.classes(sent[j].low)):
            return None
        j += 1
    if j == head or j >= len(sent) or not sent[j].is_word:
        return None
    if lex.noun_number(sent[j - 1].low) != "singular":
        return None  # "were the officers used": a passive asked
    if "VBD" not in lex.tags(sent[j].low):
        return None
    obj = sent[j + 1] if j + 1 < len(sent) else None
    if obj is None or not (obj.low in DETERMINERS or obj.low in OBJECT_PRONOUNS or obj.is_number):
        return None
    if obj.low in ("that", "this"):
        return None
    return _fix(sent[i], "where", "“were” is a verb; before a clause of place write “where”.")


_OWNERS = word_set("the a an my your his our their its 's")
_NOUN_PHRASE_ENDS = _CLAUSE_MARKS | PREPOSITIONS | word_set("and or is was are were has have")


def _may_end_a_noun_phrase(sent: list[Token], i: int) -> bool:
    """What :func:`_verb_as_noun` needs around ``sent[i]``, by set lookups alone (it runs
    on every word of a keystroke's paragraph): a mark, preposition or verb after it."""
    nxt = low_at(sent, i + 1)
    return nxt in _NOUN_PHRASE_ENDS or nxt in ("are", "were")


def _verb_as_noun(sent: list[Token], i: int, lex: Lexicon) -> Finding | None:
    """ "the cites of the statues", "his advise to the Queen", "harvesting cites are" ->
    "sites", "advice": a word that is only a verb, in a noun phrase's last place (after a
    determiner and any adjectives, before a mark, a preposition or a verb), where a
    sound-alike is a noun."""
    tok = sent[i]
    if tok.is_capitalised or i == 0:
        return None
    tags = lex.tags(tok.low)
    if not tags or not tags <= {"VB", "VBP", "VBZ", "VBD"} or lex.classes(tok.low) != {"VERB"}:
        return None
    nxt = low_at(sent, i + 1)
    j = i - 1
    while j > 0 and sent[j].is_word and lex.classes(sent[j].low) == {"ADJ"}:
        j -= 1  # "the ancient cites"
    owned = sent[j].low in _OWNERS and nxt in _NOUN_PHRASE_ENDS
    # "water harvesting cites are": a verb cannot stand before "are" after a noun
    before_be = (
        "VBZ" in tags
        and nxt in ("are", "were")
        and sent[i - 1].is_word
        and (lex.is_noun(sent[i - 1].low) or "VBG" in lex.tags(sent[i - 1].low))
        and sent[i - 1].low not in SUBJECT_PRONOUNS
    )
    if not (owned or before_be):
        return None
    nouns = [w for w in _partners(tok.low) if lex.is_noun(w)]
    if not nouns:
        return None
    best = max(nouns, key=lex.count)
    message = f"“{tok.text}” is a verb; the noun that sounds like it is “{best}”."
    return _fix(tok, best, message)


def _partners(word: str) -> tuple[str, ...]:
    """The sound-alikes of ``word``, or of its singular with the "-s" put back."""
    if word in ALTERNATIVES:
        return ALTERNATIVES[word]
    if word.endswith("s") and word[:-1] in ALTERNATIVES:
        return tuple(w + "s" for w in ALTERNATIVES[word[:-1]])
    return ()

