"""Sound-alikes that the words on either side cannot tell apart, but the sentence's
shape can (the word-pair counts of :mod:`.context_fit` leave them: "site any" and "cite
any" are both rare in print):

- "the later" standing alone, with no noun after it to describe: "JWP, the later where
  she won" -> "latter" ("the later flights" stays);
- "site" used as a verb on a thing one cites: "did not site any witness" -> "cite" (a
  plant or a base is sited: "to site the plant" stays);
- "then" as the object of a verb that takes a person or a group: "having joined then in
  2019", "told then to wait" -> "them" ("she was then in Paris" stays);
- "in to" before what one goes into: "sent in to space", "cut in to strips" -> "into"
  ("gave in to pressure", "logged in to the site", "went in to see" stay);
- "effected" on what one can only affect: "effected a generation", "effected them" ->
  "affected" (one effects a change, a cure, an escape: those stay);
- "complimentary" before what complements: "complimentary DNA", "complimentary
  skills" -> "complementary" ("complimentary tickets" stays);
- "were" opening a clause of place after a comma: "to Princeton in 1987, were he held
  the chair" -> "where" ("Were he to win" stays).

Each looks only at the sentence's words and the lexicon's tags, never at an article.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    DETERMINERS,
    MODALS,
    POSSESSIVES,
    PREPOSITIONS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.models import Category

RULE = "sense-slip"
_CONF = Category.CONFUSION

# what follows "the latter" but never "the later": a clause, a mark, a verb
# ("of the two, she took the later" is right: a verb or a mark after it is no sign)
_AFTER_LATTER = word_set("where which who whom whose being having also")
# what stands before "site" when it is a verb: a subject, a modal, "not", "to"
_BEFORE_VERB = MODALS | word_set(
    "not to never also often did does do i you we they he she who and or "
    "frequently repeatedly routinely commonly rarely"
)
# things one cites (reasons, sources, evidence), never a place one sites
_CITED = word_set(
    "source sources study studies report reports reason reasons example examples "
    "witness witnesses evidence law laws data figure figures statistic statistics "
    "research case cases concern concerns poll polls survey surveys document documents "
    "article articles paper papers official officials precedent precedents rule rules "
    "section statute clause passage quote quotes instance instances incident incidents "
    "fact facts grounds name names author authors record records finding findings "
    "specific specifics proof"
)
_SITE_FORMS = {"site": "cite", "sites": "cites", "sited": "cited", "siting": "citing"}
_QUANTIFIERS = word_set("any no several many some two three four five one his her their")
# verbs whose object is a person or a group: "joined them", "told them", "beat them"
_PERSON_VERBS = word_set(
    "join tell ask thank help meet call hire beat defeat urge warn invite send let "
    "make keep sign support contact visit greet praise blame accuse force allow "
    "encourage remind teach pay fire sack drop arrest charge sue interview watch "
    "follow lead treat welcome name"
)
_BE = word_set("be is are was were been being")
# what may follow "them" straight after such a verb
_AFTER_OBJECT = PREPOSITIONS | word_set("to as")
# verbs whose own particle is "in": "gave in to", "logged in to", "turned (it) in to"
_IN_VERBS = word_set(
    "give gave given giving gives cave caved caving log logged logging logs sign signed "
    "signing turn turned turning hand handed handing tune tuned tap tapped buy bought "
    "check checked call called calling phone phoned write wrote written send sent "
    "drop dropped listen listened plug plugged dial dialled dialed opt opted lock locked "
    "pitch pitched chip chipped fill filled"
)


_TRIGGERS = frozenset(
    ["later", "then", "in", "effected", "effecting", "complimentary", "were", *_SITE_FORMS]
)


def check_sense_slips(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """The sound-alikes the sentence's shape decides (see the module's text)."""
    for i, tok in enumerate(sent):
        low = tok.low
        if low not in _TRIGGERS:
            continue  # nearly every word: one set lookup
        if low == "later":
            found = _later(sent, i, lex)
        elif low in _SITE_FORMS:
            found = _site(sent, i)
        elif low == "then":
            found = _then(sent, i, lex)
        elif low == "in" and low_at(sent, i + 1) == "to":
            found = _in_to(sent, i, lex)
        elif low in ("effected", "effecting"):
            found = _effected(sent, i)
        elif low == "complimentary":
            found = _complimentary(sent, i)
        elif low == "were":
            found = _were(sent, i, lex)
        else:
            continue
        if found is not None:
            yield found


def _later(sent: list[Token], i: int, lex: Lexicon) -> Finding | None:
    """ "the later" with nothing after it to describe -> "the latter"."""
    if low_at(sent, i - 1) != "the":
        return None
    nxt = sent[i + 1] if i + 1 < len(sent) else None
    if nxt is None or nxt.low not in _AFTER_LATTER:
        return None  # "the later flights", "the later part"
    tok = sent[i]
    message = "“The latter” is the second of two; “later” is about time."
    return Finding(tok.start, tok.end, RULE, message, (replace_word(tok, "latter"),), _CONF)


def _site(sent: list[Token], i: int) -> Finding | None:
    """ "site" as a verb on a source or a reason -> "cite"."""
    before = low_at(sent, i - 1)
    opens = i == 0 or sent[i - 1].text == ","
    if before not in _BEFORE_VERB and not (sent[i].low == "siting" and opens):
        return None  # "the site", "the new site reports": the noun
    # the object: an optional determiner or count, up to two describing words, its noun
    j = i + 1
    if low_at(sent, j) in DETERMINERS or low_at(sent, j) in _QUANTIFIERS:
        j += 1
    for _ in range(3):
        if low_at(sent, j) in _CITED:
            break
        if j >= len(sent) or not sent[j].is_word:
            return None
        j += 1
    else:
        return None
    tok = sent[i]
    fix = _SITE_FORMS[tok.low]
    message = f"To refer to a source or a reason is to “{fix}” it; a “site” is a place."
    return Finding(tok.start, tok.end, RULE, message, (replace_word(tok, fix),), _CONF)


def _then(sent: list[Token], i: int, lex: Lexicon) -> Finding | None:
    """ "joined then in 2019": a verb's object written "then" -> "them"."""
    if i == 0 or not sent[i - 1].is_word:
        return None
    verb = sent[i - 1].low
    lemmas = lex.lemmas(verb)
    if verb not in _PERSON_VERBS and not any(lemma in _PERSON_VERBS for lemma in lemmas):
        return None
    if verb in MODALS or ("VBN" in lex.tags(verb) and low_at(sent, i - 2) in _BE):
        return None  # "was signed then in 2019": passive, "then" is the time
    nxt = low_at(sent, i + 1)
    if nxt not in _AFTER_OBJECT:
        return None
    tok = sent[i]
    message = "The verb's object here is “them”; “then” is about time."
    return Finding(tok.start, tok.end, RULE, message, (replace_word(tok, "them"),), _CONF)


def _in_to(sent: list[Token], i: int, lex: Lexicon) -> Finding | None:
    """ "sent in to space" -> "into", unless "in" is the verb's own or "to" an
    infinitive's ("gave in to pressure", "went in to see")."""
    if i == 0 or i + 2 >= len(sent):
        return None
    for k in (i - 1, i - 2):  # "turned himself in to police"
        if k >= 0 and sent[k].low in _IN_VERBS:
            return None
    nxt = sent[i + 2]
    if not nxt.is_word and not nxt.is_number:
        return None
    low = nxt.low
    if low in DETERMINERS or low in POSSESSIVES or nxt.is_number:
        pass  # "in to the water", "in to 12 pieces"
    elif not lex.is_noun(low) or (
        "VB" in lex.tags(low) and lex.pair("into", low) * 2 < lex.pair("to", low)
    ):
        return None  # "in to help", "in to see": an infinitive's "to"
    tok = sent[i]
    end = sent[i + 1].end
    message = "Movement into something is one word: “into”."
    return Finding(tok.start, end, RULE, message, (replace_word(tok, "into"),))


# what one effects (brings about); anything else after "effected" was affected
_EFFECTED = word_set(
    "change changes reform reforms transfer transfers cure cures escape rescue repair "
    "repairs transition merger settlement arrest arrests entry exit landing capture "
    "sale purchase payment delivery agreement deal peace reconciliation union link "
    "connection coup takeover breakthrough improvement improvements reduction "
    "reductions increase increases saving savings cut cuts shift shifts withdrawal "
    "exchange compromise recovery turnaround conversion transformation revolution "
    "release releases closure repeal amendment amendments policy"
)
_SUBJECTS = word_set("he she they it we i you")
_BE_FORMS = word_set("be is are was were been being")


def _effected(sent: list[Token], i: int) -> Finding | None:
    """ "effected a generation" -> "affected"; "effected a change" stays."""
    if low_at(sent, i - 1) in _BE_FORMS or low_at(sent, i - 1) in ("have", "has", "had"):
        return None  # "was effected", "had effected": left to the confusables' rules
    j = i + 1
    if j >= len(sent) or not (sent[j].is_word or sent[j].is_number):
        return None
    head = None
    for k in range(j, min(j + 4, len(sent))):
        if not (sent[k].is_word or sent[k].is_number):
            break
        head = sent[k].low
        if head in _EFFECTED:
            return None
        if head in _OBJECT_WORDS or (k > j and head in PREPOSITIONS):
            break
    if head is None:
        return None
    tok = sent[i]
    fix = "affected" if tok.low == "effected" else "affecting"
    message = f"To act on something is to “{fix[:-2]}” it; to “effect” is to bring about."
    return Finding(tok.start, tok.end, RULE, message, (replace_word(tok, fix),), _CONF)


_OBJECT_WORDS = word_set("them him her us me it people thousands millions")
# what completes another thing, never what is free or praising
_COMPLEMENTS = word_set(
    "dna rna cdna strand strands sequence sequences base bases colour colours color "
    "colors angle angles skills skill role roles approach approaches therapy therapies "
    "medicine strengths pair pairs set sets goods product products strategy strategies "
    "fields field"
)


def _complimentary(sent: list[Token], i: int) -> Finding | None:
    """ "complimentary DNA" -> "complementary"."""
    if low_at(sent, i + 1) not in _COMPLEMENTS:
        return None
    tok = sent[i]
    message = "What completes something is “complementary”; “complimentary” is free or praising."
    return Finding(tok.start, tok.end, RULE, message, (replace_word(tok, "complementary"),), _CONF)


def _were(sent: list[Token], i: int, lex: Lexicon) -> Finding | None:
    """ ", were he held the chair" -> "where"."""
    if i == 0 or sent[i - 1].text != "," or sent[-1].text == "?":
        return None
    if low_at(sent, i + 1) not in _SUBJECTS:
        return None
    verb = low_at(sent, i + 2)
    if verb in ("to", "not") or not lex.tags(verb) & {"VBD", "VBZ"}:
        return None  # "were he to win", "were it not for"
    if lex.tags(verb) <= {"VBN", "VBD"} and "VBN" in lex.tags(verb) and _passive_after(sent, i):
        return None
    tok = sent[i]
    message = "A clause of place opens with “where”; “were” is the verb."
    return Finding(tok.start, tok.end, RULE, message, (replace_word(tok, "where"),), _CONF)


def _passive_after(sent: list[Token], i: int) -> bool:
    """ ", were they arrested?": a participle with nothing after it."""
    return i + 3 >= len(sent) or not sent[i + 3].is_word
