"""Commas that a sentence's clauses call for or forbid, found from the words around them:

- a missing comma after an opening subordinate clause ("Although it rained we went
  out." -> "rained,"): a sentence that opens with "although", "because", "if"... has its
  own verb, then a new subject pronoun and its verb; never when that pronoun may start
  what a verb of saying or knowing reports ("When he said he would come"), nor after
  "and", "that", "than" (a clause inside the first one), nor in a question;
- a missing comma after an opening linking phrase ("In addition we need chairs." ->
  "In addition,"), only when a subject follows at once ("In addition to" is a
  preposition); Harper already asks it after "However", "Therefore", "For example";
- a missing comma after an opening "yes", "no", "well" or "oh" before a clause ("Yes I
  do." -> "Yes,"), never "No one";
- a missing comma before "but" or "so" joining two clauses that each have a subject
  pronoun and a verb ("I was tired but I kept going." -> "tired,"), never "so she could"
  (a purpose, not a result);
- a comma between two subjects joined by "and" ("My sister, and I went." -> no comma):
  a determiner and a noun, the comma, "and", a second subject and its verb;
- a comma splice between two short clauses that each open with a subject pronoun and
  its verb ("He is tall, he plays basketball." -> ";"), never before "he said" or "I
  think" (an aside), nor in a quotation (speech runs on so).
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, sentence_start
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.engines.spelling_shapes import in_quotation
from reviewdesk.core.models import Category

INTRO_CLAUSE_RULE = "intro-clause-comma"
INTRO_PHRASE_RULE = "intro-phrase-comma"
SUBJECTS_RULE = "comma-between-subjects"
SPLICE_RULE = "comma-splice"
INTERJECTION_RULE = "interjection-comma"
CONJUNCTION_RULE = "conjunction-comma"
_P = Category.PUNCTUATION

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_MODALS = word_set("can could will would shall should may might must")
_SUBORDINATORS = word_set(
    "although though because if when whenever while after before unless once since whereas"
)
# nominative only: "you" and "it" may as well be the first clause's object
_NOMINATIVE = word_set("i we he she they")
_CONTRACTED = ("'m", "'re", "'s", "'ve", "'ll", "'d")
# before a pronoun, these make it the start of a clause inside the first one
_INNER = word_set(
    "and or but nor so yet than as that because if when whenever while where whether what "
    "who whom how why which until till before after since unless though although once like"
)
# verbs whose object may be a clause: "When he said he would come", "If I knew they were"
_REPORTING = word_set(
    "say said says saying think thought thinks believe believed believes know knew knows "
    "known hope hoped hopes feel felt feels fear feared guess guessed suppose supposed "
    "expect expected realize realized realise realised hear heard see saw seen decide "
    "decided learn learned learnt find found show showed shown mean meant claim claimed wish "
    "wished doubt doubted admit admitted agree agreed ensure ensured notice noticed "
    "understand understood remember remembered forget forgot tell told tells promise "
    "promised insist insisted suggest suggested worry worried assume assumed warn warned "
    "argue argued confirm confirmed announce announced report reported discover discovered "
    "prove proved indicate indicated deny denied recall recalled imagine imagined note noted "
    "explain explained add added reply replied state stated write wrote read complain "
    "complained ask asked predict predicted reckon reckoned bet sure aware afraid glad sorry"
)
_OBJECTS = word_set("me you him her it us them")
# an opening phrase that links to what came before; Harper has the commonest ones
_LINKING = (
    ("in", "addition"),
    ("as", "a", "result"),
    ("of", "course"),
    ("in", "fact"),
    ("in", "other", "words"),
    ("in", "conclusion"),
    ("in", "contrast"),
    ("by", "contrast"),
    ("in", "short"),
    ("after", "all"),
    ("above", "all"),
    ("on", "the", "contrary"),
    ("in", "the", "meantime"),
    ("to", "be", "honest"),
    ("in", "my", "opinion"),
    ("for", "this", "reason"),
    ("at", "the", "same", "time"),
)
_SUBJECT_STARTS = word_set(
    "i you he she it we they there the this that these those my your his her our their its a an"
)
_DETERMINERS = word_set("the a an my your his her our their this that its")
# after a comma splice's comma, an aside rather than a second sentence
_ASIDE_VERBS = _REPORTING | word_set("says thinks hopes guesses means knows")
_QUOTES = frozenset('"“”‘’«»')
_INTERJECTIONS = word_set("yes no well oh okay ok yeah")
_JOINING = word_set("but so")
_PURPOSE = word_set("can could will would may might should")


def check_clause_commas(sent: list[Token], lex: Lexicon, text: str) -> Iterator[Finding]:
    """An opening clause or phrase with no comma, a comma between subjects, a splice
    (``text`` is the paragraph, to tell a sentence inside a quotation)."""
    k = next((i for i, t in enumerate(sent) if t.is_word), None)
    if k is None or not sentence_start(sent, k):
        return
    if low_at(sent, k + 1) == ":" and k + 2 < len(sent) and sentence_start(sent, k + 2):
        k += 2  # a label: "Update: Although it rained we went out."
    if len(sent) - k < 4:
        return
    if sent[-1].text == "?" or any(t.text in _QUOTES for t in sent):
        return  # a question; a quotation, whose speech runs on as it was said
    found = list(_found(sent, k, lex))
    if found and not in_quotation(text, sent[0].start):  # read back only for a finding
        yield from found  # (a sentence of a quotation opened before it runs on as said)


def _found(sent: list[Token], k: int, lex: Lexicon) -> Iterator[Finding]:
    commas = [i for i, t in enumerate(sent) if t.text == ","]
    first = sent[k].low
    if not commas:
        if first in _SUBORDINATORS:
            yield from _intro_clause(sent, k, lex)
        elif first in _INTERJECTIONS:
            yield from _interjection(sent, k, lex)
        else:
            yield from _intro_phrase(sent, k)
            yield from _joined_clauses(sent, k, lex)
    elif len(commas) == 1:
        yield from _between_subjects(sent, k, commas[0], lex)
        yield from _splice(sent, k, commas[0], lex)


def _finite(tok: Token | None, lex: Lexicon) -> bool:
    if tok is None or not tok.is_word:
        return False
    low = tok.low
    return low in _MODALS or low.endswith("n't") or bool(lex.tags(low) & _FINITE)


def _at(sent: list[Token], i: int) -> Token | None:
    return sent[i] if 0 <= i < len(sent) else None


def _subject_with_verb(sent: list[Token], i: int, lex: Lexicon, pronouns: frozenset[str]) -> bool:
    """Whether a subject pronoun at ``i`` has its verb next ("we went", "we'll"); no
    word at ``i`` (a sentence that ends at its comma: "…that you convey,") has none."""
    if i >= len(sent):
        return False
    low = sent[i].low
    if low in pronouns:
        return _finite(_at(sent, i + 1), lex)
    return any(low == p + c for p in pronouns for c in _CONTRACTED)


def _intro_clause(sent: list[Token], k: int, lex: Lexicon) -> Iterator[Finding]:
    """ "Although it rained we went out." -> "rained,"."""
    verb = next((j for j in range(k + 2, len(sent)) if _finite(sent[j], lex)), None)
    if verb is None:
        return
    for p in range(verb + 1, len(sent) - 2):
        if not _subject_with_verb(sent, p, lex, _NOMINATIVE):
            continue
        before = sent[p - 1]
        two_back = low_at(sent, p - 2)
        if not before.is_word or before.low in _INNER or before.low in _REPORTING:
            return
        if before.low in _OBJECTS and two_back in _REPORTING:
            return  # "When I told him he laughed": what was told, or the answer
        message = "A comma after the opening clause: “" + before.text + ",”."
        yield Finding(
            before.start, before.end, INTRO_CLAUSE_RULE, message, (before.text + ",",), _P
        )
        return


def _intro_phrase(sent: list[Token], k: int) -> Iterator[Finding]:
    """ "In addition we need chairs." -> "In addition,"."""
    for phrase in _LINKING:
        n = len(phrase)
        if tuple(low_at(sent, k + j) for j in range(n)) != phrase:
            continue
        nxt = _at(sent, k + n)
        if nxt is None or nxt.low not in _SUBJECT_STARTS or len(sent) - k - n < 3:
            return
        last = sent[k + n - 1]
        text = " ".join(t.text for t in sent[k : k + n])
        message = "A comma after the opening phrase: “" + text + ",”."
        yield Finding(last.start, last.end, INTRO_PHRASE_RULE, message, (last.text + ",",), _P)
        return


def _interjection(sent: list[Token], k: int, lex: Lexicon) -> Iterator[Finding]:
    """ "Yes I do." -> "Yes, I do."."""
    if not _subject_with_verb(sent, k + 1, lex, _NOMINATIVE | word_set("you it")):
        return
    tok = sent[k]
    message = "A comma after “" + tok.text + "” before the sentence goes on."
    yield Finding(tok.start, tok.end, INTERJECTION_RULE, message, (tok.text + ",",), _P)


def _joined_clauses(sent: list[Token], k: int, lex: Lexicon) -> Iterator[Finding]:
    """ "I was tired but I kept going." -> "tired, but"."""
    if not _subject_with_verb(sent, k, lex, _NOMINATIVE | word_set("you it")):
        return
    for c in range(k + 3, len(sent) - 3):
        if sent[c].low not in _JOINING:
            continue
        if not _subject_with_verb(sent, c + 1, lex, _NOMINATIVE):
            return
        if sent[c].low == "so" and low_at(sent, c + 2) in _PURPOSE:
            return  # "so she could buy it": a purpose
        lows = [t.low for t in sent[k + 1 : c]]
        if any(low in _INNER for low in lows) or ("not" in lows and "only" in lows):
            return  # a clause inside the first one; "not only ... but"
        before = sent[c - 1]
        if not before.is_word:
            return
        message = "A comma before “" + sent[c].text + "” joining two sentences."
        yield Finding(before.start, before.end, CONJUNCTION_RULE, message, (before.text + ",",), _P)
        return


def _noun_phrase_ends(sent: list[Token], i: int, lex: Lexicon) -> list[int]:
    """Where a determiner and a noun (an adjective may come between) at ``i`` may end."""
    if low_at(sent, i) not in _DETERMINERS:
        return []
    ends = []
    for j in (i + 1, i + 2):
        tok = _at(sent, j)
        if tok is None or not tok.is_word:
            break
        if lex.is_noun(tok.low):
            ends.append(j + 1)
        if "ADJ" not in lex.classes(tok.low):
            break
    return ends


def _between_subjects(sent: list[Token], k: int, c: int, lex: Lexicon) -> Iterator[Finding]:
    """ "My sister, and I went to the fair." -> no comma before "and"."""
    if c not in _noun_phrase_ends(sent, k, lex) or low_at(sent, c + 1) != "and":
        return
    ends = [c + 3] if low_at(sent, c + 2) == "i" else _noun_phrase_ends(sent, c + 2, lex)
    verb = next((v for v in (_at(sent, e) for e in ends) if _finite(v, lex)), None)
    if verb is None or not (verb.low in _MODALS or lex.tags(verb.low) & {"VBD", "VBP"}):
        return
    if "VBZ" in lex.tags(verb.low):
        return  # "The game ended, and the crowd cheers": a singular verb, two clauses
    comma = sent[c]
    message = "No comma between two subjects joined by “and”."
    yield Finding(comma.start, comma.end, SUBJECTS_RULE, message, ("",), _P)


def _splice(sent: list[Token], k: int, c: int, lex: Lexicon) -> Iterator[Finding]:
    """ "He is tall, he plays basketball." -> "He is tall; he plays basketball"."""
    subjects = _NOMINATIVE | word_set("you it")
    if not _subject_with_verb(sent, k, lex, subjects) or not _subject_with_verb(
        sent, c + 1, lex, subjects
    ):
        return
    first = sent[k + 1] if sent[k].low in subjects else sent[k]
    short_i = sent[k].low.split("'")[0] == "i" and c - k < 4
    if c - k < 3 or first.low in _ASIDE_VERBS or short_i:
        return  # "I mean, ...", "I think, ..."
    if any(t.low in _INNER or not (t.is_word or t.is_number) for t in sent[k:c]):
        return  # a clause inside the first one; a mark (a dash, a bracket)
    second = sent[c + 1]
    verb = _at(sent, c + 2) if second.low in subjects else second
    if verb is None or verb.low in _ASIDE_VERBS or len(sent) - c < 5:
        return  # "..., he said."; "..., I think."
    if any(t.low in _INNER for t in sent[c + 1 :]):
        return  # a longer sentence: left to the editor
    comma = sent[c]
    message = "Two sentences joined by a comma: a semicolon or a full stop."
    yield Finding(comma.start, comma.end, SPLICE_RULE, message, (";", "."), _P)
