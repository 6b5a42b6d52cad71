"""Confused function words told by the slot they stand in, not by the word itself.

Each check asks what the neighbours allow in that place, so it works for any noun, name
or verb around the slip rather than for a list of sentences (a tagger follows the
mistake; the neighbours do not):

- "too" is a degree word: it goes before an adjective, an adverb or a quantity ("too
  big", "too quickly", "too many") or closes a clause ("he went too."). Before a name,
  a figure, a determiner, an object pronoun or a verb's base form it is "to" ("flew too
  Madrid", "from 2008 too 2016", "too have died", "too legally recognise").
- "where" opens a clause that needs its own subject; a participle or an "-ing" form
  straight after it (or after an adverb) is the verb of the clause before, so "were"
  was meant ("police where investigating", "abortions where only allowed"). "were"
  straight before a modal ("Were could we sleep?") is "where".
- A contraction hides a verb, so it cannot be a preposition's object nor stand before
  another verb: "many of they're biggest hits", "for all it's windows" want the
  possessive; "they're are limits", "they're will be" want "there"; "your should"
  wants "you".
- "then" after a comparison in an object ("had less benefit then sought") is "than".
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word, sentence_start
from reviewdesk.core.engines.grammar.lexicon import (
    ADVERBS_BETWEEN,
    CLOSED_CLASS,
    DETERMINERS,
    MODALS,
    NUMBER_BY_MEANING,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.soundalike import ALTERNATIVES
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.models import Category

RULE = "confused-words"
_CONF = Category.CONFUSION

# -- "too" for "to" --------------------------------------------------------------------
# quantity words "too" goes before (LemmInflect lists "many" as a noun only)
_QUANTITIES = word_set("much many few little less more far long often late soon early")
# after these, "too" is the last word of its own phrase ("me too", "you too, Brutus")
_TOO_CLOSES_AFTER = word_set("me you us them him her it")
_BASE_VERBS = word_set("be have do make take get")
_OPENING_QUOTES = frozenset({"'", '"', "‘", "“"})
_CALENDAR = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "april june july august september october november december yesterday today tomorrow"
)
# pronouns only ever subjects: "to" straight after one stands where "too" was meant
_SUBJECT_ONLY = word_set("i he she we they")
_NOT_AFTER_TOO = DETERMINERS - word_set("much many few little what which whose")

# -- "where" for "were" ----------------------------------------------------------------
# a clause cut short after "where" ("where needed", "where allowed by law") stays
_ELLIPTICAL = word_set(
    "needed required necessary possible applicable appropriate available warranted "
    "relevant feasible practicable indicated known stated noted specified provided "
    "permitted allowed desired requested instructed directed"
)
_PARTICLES = word_set("down up off out back away over")
_BE_HAVE = word_set("is was are were has had have")
_PLURAL_HEADS = word_set("the those these all many others some both several few")
_NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
    "fifty hundred thousand million dozens hundreds thousands millions"
)
# an adverb that puts a verb, never a clause cut short, after "where" ("where only
# allowed if …"; "where not needed" and "where still required" are cut short)
_NOT_ELLIPTICAL = word_set(
    "only reportedly allegedly previously subsequently initially originally eventually "
    "immediately later then already all both mostly largely officially"
)
_ADVERBS_IN_VERB = word_set(
    "reportedly only also still already all both later then previously subsequently "
    "allegedly mostly largely never not initially originally eventually immediately "
    "quickly soon officially formally successfully"
)

# -- contractions in a possessive's slot ------------------------------------------------
_POSSESSIVE_OF = {"it's": "its", "they're": "their", "you're": "your"}
# prepositions that also open a clause ("since it's late", "like it's nothing", "as
# it's raining", "for it's true"): after them a contraction may begin its own clause
_CLAUSE_PREPOSITIONS = word_set("like than since after before until till as for but")
# a finite "be" cannot take a second verb either: "These are they're best clothes"
_OBJECT_SLOT = (PREPOSITIONS - _CLAUSE_PREPOSITIONS) | word_set("all is are was were been")
# nouns "it is" / "they are" run on into ("it's time", "they're home", "it's part of")
_PREDICATE_NOUNS = word_set(
    "time fun money okay ok worth nothing everything something anything news bad good "
    "night day morning noon midnight war home business life love hell no yes tough true "
    "part half one nobody everybody someone anyone work history people friends family "
    "enough kind sort lots plenty all both"
)
_ORDINALS = word_set(
    "first second third fourth fifth sixth seventh eighth ninth tenth last next own only "
    "main biggest"
)
_BE_AFTER_THERE = word_set("are were is was")
# words a noun is often followed by that are no verb of its own here
_NOT_A_VERB_HERE = word_set("like that who which as")
_CLAUSE_END = frozenset({".", ",", ";", ":", "–", "—", ")", "!", "?"})
_YOUR_VERBS = word_set("should could would shall must are were")

# -- "then" for "than" -------------------------------------------------------------------
_COMPARISON_WORDS = word_set("more less fewer greater higher lower better worse")


def check_confusable_slots(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Function words confused with their sound-alikes, judged by their slot."""
    for i, tok in enumerate(sent):
        if not tok.is_word:
            continue
        low = tok.low
        found: tuple[str, str] | None = None
        if low == "too":
            found = _too(sent, i, lex)
        elif low == "where":
            found = _where(sent, i, lex)
        elif low == "were":
            found = _were(sent, i)
        elif low in _POSSESSIVE_OF:
            found = _contraction(sent, i, lex)
        elif low == "your":
            found = _your(sent, i)
        elif low == "to":
            found = _to(sent, i, lex)
        elif low == "then":
            found = _then(sent, i, lex)
        elif low == "there":
            found = _there(sent, i, lex)
        if not found and low == "lead":
            found = _lead(sent, i, lex)
        if not found and low in _LAY_TO_LIE:
            found = _lay(sent, i)
        if not found and low == "were":
            found = _were_clause(sent, i, lex)
        if not found and low in ALTERNATIVES:
            found = _noun_slot(sent, i, lex) or _verb_slot(sent, i, lex)
        if found:
            fix, message = found
            yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, fix),), _CONF)


def _too(sent: list[Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """ "flew too Madrid", "from 2008 too 2016", "too have died" -> "to"."""
    if sent[i].is_capitalised or i == 0 or low_at(sent, i - 1) in _TOO_CLOSES_AFTER:
        return None  # "Too many", "Me Too", "me too" close or open their own phrase
    if not (sent[i - 1].is_word or sent[i - 1].is_number):
        return None  # ", too," and "— too" are the adverb set apart
    if i + 1 >= len(sent):
        return None
    nxt = sent[i + 1]
    low = nxt.low
    message = "“too” means also or more than enough; before this, write “to”."
    if nxt.is_number or (low in _NUMBER_WORDS and low_at(sent, i + 2) != "-"):
        return "to", message  # "from 2008 too 2016", "rising too 22", "down too five"
    if nxt.text in _OPENING_QUOTES and i + 2 < len(sent) and sent[i + 2].is_capitalised:
        return "to", message  # a quoted name: "restricted too 'Stefan W'"
    if not nxt.is_word or low in _QUANTITIES:
        return None
    if nxt.is_capitalised:
        return "to", message  # a name: "flew too Madrid", "responding too Pelosi's"
    if low in _NOT_AFTER_TOO or low in OBJECT_PRONOUNS:
        return "to", message  # "too the", "too them"
    # after a subject "too" is "also" and a verb may follow: "They too might", "I too
    # have a son", "the police too fear"
    prev = sent[i - 1]
    after_subject = (
        prev.low in SUBJECT_PRONOUNS or prev.is_capitalised or lex.is_noun(prev.low)
    ) and prev.low not in _CALENDAR  # "voted on Tuesday too elect": a time, no subject
    finite = low in _BASE_VERBS or bool(lex.tags(low) & {"VB", "VBP", "VBD", "VBZ"})
    if low in MODALS or (after_subject and finite):
        return None
    if low in _BASE_VERBS:
        return "to", message  # "was announced too have died"
    classes = lex.classes(low)
    if "ADJ" in classes and classes <= {"ADJ", "NOUN"} and _plural_noun(lex, low_at(sent, i + 2)):
        return "to", message  # "too" before a bare plural: "reporting abuse too civil courts"
    if not classes or classes & {"ADJ", "ADV"}:
        if "ADV" in classes and classes <= {"ADV"} and _base_verb(lex, low_at(sent, i + 2)):
            return "to", message  # a split infinitive: "too legally recognise"
        return None
    if low_at(sent, i + 2) == "-":
        return None  # a hyphened modifier: "too risk-averse"
    tags = lex.tags(low)
    if not tags & {"NN", "NNS", "VB", "VBP", "VBG"}:
        return None  # "He too suggested": a finite verb after "also"
    # a noun or a verb's base, never a degree: "too hoist workers", "in addition too asking"
    return "to", message


def _plural_noun(lex: Lexicon, word: str) -> bool:
    """A plural noun that is nothing else ("authorities", not "costs" or "lives")."""
    return bool(word) and lex.tags(word) == {"NNS"} and word not in _QUANTITIES


def _to(sent: list[Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """ "He to suggested a plan" -> "too": "to" between a subject and its finite verb."""
    if i == 0 or low_at(sent, i - 1) not in _SUBJECT_ONLY or i + 1 >= len(sent):
        return None
    nxt = low_at(sent, i + 1)
    tags = lex.tags(nxt)
    if nxt in MODALS or (tags & {"VBD", "VBZ"} and not tags & {"VB", "VBP", "NN", "NNS"}):
        return "too", "Between a subject and its verb “also” is “too”."
    return None


def _base_verb(lex: Lexicon, word: str) -> bool:
    """A verb that can only be its base form ("hoist", "recognise", "opine")."""
    return bool(word) and lex.classes(word) == {"VERB"} and lex.tags(word) <= {"VB", "VBP"}


def _where(sent: list[Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """ "police where investigating", "abortions where only allowed" -> "were"."""
    if i == 0 or i + 1 >= len(sent) or not sent[i + 1].is_word:
        return None
    before = sent[i - 1]
    if not (before.is_word or before.is_number) or not plural_subject(sent, i - 1, lex):
        return None  # ", where needed", "and where": a clause of place may follow
    j = i + 1
    while j < len(sent) and sent[j].low in _ADVERBS_IN_VERB:
        j += 1
    verb = low_at(sent, j)
    if not verb or not sent[j].is_word or sent[j].is_capitalised:
        return None
    if verb in _ELLIPTICAL and not (j > i + 1 and sent[i + 1].low in _NOT_ELLIPTICAL):
        return None  # "where needed", "where still required"
    tags = lex.tags(verb)
    message = "“where” is a place; the verb here is “were”."
    if verb == "from" and j == i + 1:
        return "were", message  # "Foreign nationals where from France"
    after = sent[j + 1] if j + 1 < len(sent) else None
    # the clause's own subject may start with a participle ("where living costs are",
    # "where affected families live"): the word after the verb must not be a noun
    if after is None or (
        after.is_word
        and lex.is_noun(after.low)
        and after.low not in PREPOSITIONS | _NUMBER_WORDS | _PARTICLES
    ):
        return None
    if tags == {"VBG"}:
        if after.low in _BE_HAVE or _finite(lex, after.low):
            return None  # "areas where smoking was banned": the gerund is the subject
        return "were", message
    if "VBN" not in tags or tags & {"NN", "NNS"}:
        return None
    if j > i + 1:
        return "were", message  # "where only allowed if", "where reportedly shut down"
    if tags & {"VB", "VBP", "VBZ"} or verb in _ELLIPTICAL:
        return None
    if after.is_number or after.low in PREPOSITIONS | _NUMBER_WORDS:
        return "were", message  # "where aged nine", "where convicted for"
    return None


def plural_subject(sent: list[Token], k: int, lex: Lexicon) -> bool:
    """Something "were" can follow as its subject: a plural noun or a figure, a noun of
    many ("police", "crew"), a name mid-sentence, "the" and a participle ("the
    deceased"), "they", "we", "you". A singular noun would take "was", and "grow best
    where watered" is a clause of place after an adverb."""
    tok = sent[k]
    low = tok.low
    if tok.is_number or low in ("they", "we", "you") or low in NUMBER_BY_MEANING:
        return True
    if tok.is_capitalised and not sentence_start(sent, k):
        return True  # a name: "McCarrick where convicted"
    if "VBN" in lex.tags(low) and not lex.is_noun(low):
        # a participle after its head: "the deceased", "those arrested", "two injured",
        # "people killed"
        head = sent[k - 1] if k > 0 else None
        return head is not None and (
            head.low in _PLURAL_HEADS
            or head.is_number
            or head.low in _NUMBER_WORDS
            or lex.noun_number(head.low) == "plural"
        )
    return lex.noun_number(low) == "plural"


def _were(sent: list[Token], i: int) -> tuple[str, str] | None:
    """ "Were could we sleep?", "I know were will be best" -> "where"."""
    nxt = low_at(sent, i + 1)
    if nxt in MODALS or nxt in ("do", "does", "did"):
        return "where", "“were” cannot come before a modal verb; the place is “where”."
    return None


def _contraction(sent: list[Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """ "many of they're biggest hits" -> "their"; "they're are limits" -> "there"."""
    low = sent[i].low
    nxt = low_at(sent, i + 1)
    if low == "they're":
        k = i + 2
        while low_at(sent, k) in ADVERBS_BETWEEN:
            k += 1  # "they're will only be"
        after = low_at(sent, k)
        if nxt in _BE_AFTER_THERE or (nxt in MODALS and after == "be") or (
            nxt in ("has", "have", "had") and after == "been"
        ):
            return "there", "“they're” already holds a verb; “there are”, “there will” were meant."
        if i > 0 and (i + 1 >= len(sent) or sent[i + 1].text in _CLAUSE_END):
            return "there", "“they're” cannot end a phrase; the place is “there”."
    possessive = _POSSESSIVE_OF[low]
    if _noun_then_own_verb(sent, i + 1, lex):
        # "and it's members make up a tenth": a noun with its own verb after it, so
        # "it is" cannot stand before them
        return possessive, f"A noun with its own verb follows: the possessive is “{possessive}”."
    if i == 0 or (sent[i - 1].is_capitalised and i > 1):
        return None
    such_as = sent[i - 1].low == "as" and low_at(sent, i - 2) == "such"
    if sent[i - 1].low not in _OBJECT_SLOT and not such_as:
        return None
    if _noun_phrase_from(sent, i + 1, lex):
        return possessive, (
            f"After “{sent[i - 1].text}” something owned follows: the possessive is "
            f"“{possessive}”."
        )
    return None


def _noun_then_own_verb(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """A noun (after adjectives) and then a finite verb that agrees with it: "members
    make", "budget was", "staff say". "It is" or "they are" before them would leave the
    clause two verbs; "it's times like these" and "it's people who" stay (no verb)."""
    while j < len(sent) and sent[j].is_word and lex.classes(sent[j].low) == {"ADJ"}:
        j += 1
    if j + 1 >= len(sent) or not sent[j].is_word or sent[j].is_capitalised:
        return False
    noun, verb = sent[j].low, sent[j + 1]
    if noun in _PREDICATE_NOUNS or noun in CLOSED_CLASS or not lex.is_noun(noun):
        return False
    if not verb.is_word or verb.low in _NOT_A_VERB_HERE:
        return False
    number = lex.noun_number(noun)
    tags = lex.tags(verb.low)
    if verb.low in MODALS or (tags & {"VBD"} and not tags & {"VBN", "NN", "NNS", "JJ"}):
        return number != ""  # "it's members would", "it's staff went"
    if number == "plural":
        return "VBP" in tags and not tags & {"NNS", "VBZ", "JJ"}
    if number == "singular":
        return verb.low in ("is", "was", "has") or (tags == {"VBZ"})
    return False


def _noun_phrase_from(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """A determiner-less noun phrase starts at ``j``: adjectives, ordinals, figures or
    hyphened words ("18th", "old-school"), then a noun (one the lexicon does not know
    counts when it ends in "s": "rantings")."""
    if j >= len(sent) or not (sent[j].is_word or sent[j].is_number):
        return False
    if sent[j].low in _PREDICATE_NOUNS or sent[j].is_capitalised:
        return False
    k = j
    while k < len(sent):
        tok = sent[k]
        nxt = sent[k + 1] if k + 1 < len(sent) else None
        if nxt is not None and nxt.text == "-":
            k += 2  # a hyphened modifier or noun: look at its last part
            continue
        if tok.is_number:
            if tok.low[-2:] not in ("st", "nd", "rd", "th"):
                return False
            k += 1
            continue
        if not tok.is_word or tok.is_capitalised:
            return False
        classes = lex.classes(tok.low)
        tags = lex.tags(tok.low)
        if tok.low in _ORDINALS or classes == {"ADJ"} or (tags & {"JJS"} and nxt and nxt.is_word):
            k += 1
            continue
        if tags & {"VBG"} and "NOUN" not in classes:
            return False
        if lex.is_noun(tok.low) and tok.low not in _PREDICATE_NOUNS:
            return True
        return not classes and tok.low.endswith("s") and len(tok.low) > 4
    return False


def _your(sent: list[Token], i: int) -> tuple[str, str] | None:
    """ "your should deactivate it" -> "you"."""
    nxt = sent[i + 1] if i + 1 < len(sent) else None
    if nxt is None or nxt.low not in _YOUR_VERBS or (nxt.is_capitalised and i > 0):
        return None
    if i + 2 < len(sent) and sent[i + 2].text == "-":
        return None  # "your must-have list"
    return "you", "“your” owns something; before a verb the subject is “you”."


def _then(sent: list[Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """ "had less benefit then sought", "is more costly then expected" -> "than".

    The comparison must stand in an object or after a verb (a verb or preposition just
    before it): a subject's "More troops then arrived" is the adverb of time."""
    if i + 1 >= len(sent) or not (sent[i + 1].is_word or sent[i + 1].is_number):
        return None
    for k in range(i - 1, max(i - 4, 0), -1):
        word = sent[k].low
        if not sent[k].is_word:
            return None
        comparative = word in _COMPARISON_WORDS or (
            bool(lex.tags(word) & {"JJR", "RBR"}) and word not in ("later", "earlier", "further")
        )
        if comparative:
            if k == i - 1:
                return None  # the pair rule's ("more then") already
            head = sent[k - 1].low if k > 0 else ""
            if head in ("a", "an") and k > 1:
                head = sent[k - 2].low  # "is a better player then him"
            slot = head in PREPOSITIONS or bool(lex.classes(head) & {"VERB", "AUX"})
            if not slot or sentence_start(sent, k):
                return None
            if lex.tags(low_at(sent, i + 1)) & {"VBZ", "VBP"} or low_at(sent, i + 1) in MODALS:
                return None  # "… more jobs then moves on": a verb of its own
            return "than", "Comparisons take “than”; “then” is about time."
        if not (lex.is_noun(word) or lex.classes(word) == {"ADJ"}):
            return None
    return None


# -- a sound-alike in a noun's slot ----------------------------------------------------
# articles and possessives: determiners that are never a pronoun standing alone ("some
# were kept", "These were Ivan and Olga" are pronouns before their verb)
_NOUN_DETERMINERS = word_set("the a an my your his our their its")
_PHRASE_ENDS = frozenset({".", ";", ":", ")", "!", "?"})


def _noun_slot(sent: list[Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """A determiner's noun phrase that holds no noun, where a sound-alike is one: "out
    with the flew" -> "flu", "a coarse after action" -> "course", "a guilty conscious."
    -> "conscience". A past tense ("flew") never follows a determiner; an adjective
    after "a" must be followed by its noun, not by a preposition or the phrase's end."""
    tok = sent[i]
    if tok.is_capitalised or i == 0 or tok.low in CLOSED_CLASS:
        return None  # "were" is the clause rules' ("We knew the were looking": "they")
    tags = lex.tags(tok.low)
    nouns = [w for w in ALTERNATIVES[tok.low] if "NOUN" in lex.classes(w) or w == "new"]
    if not nouns:
        return None
    j = i - 1
    while j > 0 and lex.classes(sent[j].low) == {"ADJ"}:
        j -= 1  # "a guilty conscious", "the old coastal rode"
    if tags == {"VBD"} and sent[j].low in _NOUN_DETERMINERS:
        return _sound_alike(tok.text, nouns, lex)  # "the flew", "a rode"
    if lex.classes(tok.low) != {"ADJ"}:
        return None
    if sent[j].low not in ("a", "an"):
        return None
    nxt = sent[i + 1] if i + 1 < len(sent) else None
    ends = nxt is None or nxt.text in _PHRASE_ENDS or nxt.low in PREPOSITIONS - {"than", "to"}
    nouns = [w for w in nouns if w != "new"]
    return _sound_alike(tok.text, nouns, lex) if ends and nouns else None


def _sound_alike(written: str, nouns: list[str], lex: Lexicon) -> tuple[str, str]:
    best = max(nouns, key=lex.count)
    return best, f"“{written}” cannot stand here; the noun that sounds like it is “{best}”."


# -- a verb's slot ------------------------------------------------------------------------
_HAVE = word_set("has have had 've")
_BE_PASSIVE = word_set("is are was were be been being")
_PAST_TIMES = word_set("ago yesterday last earlier previously formerly")
_PRESENT_OR_NOUN = frozenset({"VB", "VBP", "VBZ", "NN", "NNS"})
_OBJECT_STARTS = _NOUN_DETERMINERS | OBJECT_PRONOUNS | word_set("this that these those")
# closed-class words but the prepositions ("She past the test" is a slip for "passed")
_FUNCTION_WORDS = CLOSED_CLASS - PREPOSITIONS


def _verb_slot(sent: list[Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """A word that cannot be a verb where only a verb fits, when its sound-alike is one:
    after a subject pronoun ("She past the test" -> "passed", "they new the rules" ->
    "knew") or after a modal ("could not breath" -> "breathe", "will altar the plan" ->
    "alter")."""
    tok = sent[i]
    classes = lex.classes(tok.low)
    if tok.is_capitalised or i == 0 or "VERB" in classes or tok.low in _FUNCTION_WORDS:
        return None
    if not classes & {"NOUN", "ADJ"}:
        return None  # a function word ("could not", "can here") is other rules' to judge
    if i + 1 < len(sent) and sent[i + 1].text == "-":
        return None  # "they new-build", a hyphened word
    k = i - 1
    while k > 0 and sent[k].low in ADVERBS_BETWEEN:
        k -= 1
    before = sent[k].low
    nxt = sent[i + 1] if i + 1 < len(sent) else None
    if before in _SUBJECT_ONLY:
        # the verb's object or particle must follow ("He past the test", "she past
        # away"): an adverb may stand there too ("I very much like it")
        if nxt is None or not (
            nxt.is_number or nxt.low in _OBJECT_STARTS or nxt.low in _PARTICLES
        ):
            return None
        wanted = {"VBD"} if before in ("he", "she") else {"VBD", "VBP"}
    elif before in MODALS and "ADV" not in classes:  # "could very well" stays
        wanted = {"VB"}
    else:
        return None
    verbs = [w for w in ALTERNATIVES[tok.low] if lex.tags(w) & wanted]
    if not verbs:
        return None
    best = max(verbs, key=lex.count)
    return best, f"A verb belongs here; “{tok.text}” is not one, but “{best}” is."


def _lead(sent: list[Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """ "has lead the party", "was lead by" -> "led"; "The coach lead the team last
    year", "The minister, who lead the talks, resigned" -> "led": "lead" where its past
    is meant (a participle's slot, or one subject's verb in a sentence told in the past)."""
    message = "The past of “lead” is “led”."
    if _led_compound(sent, i, lex):
        return "led", message  # "the US-lead coalition", "a student-lead protest"
    k = i - 1
    while k > 0 and sent[k].low in ADVERBS_BETWEEN:
        k -= 1
    before = low_at(sent, k)
    nxt = low_at(sent, i + 1)
    after_noun = i + 1 < len(sent) and sent[i + 1].is_word and not sent[i + 1].is_capitalised
    if after_noun and nxt not in DETERMINERS and lex.is_noun(nxt):
        return None  # the metal: "the house has lead pipes", "had lead poisoning"
    if before in _HAVE and i > 0:
        return "led", message  # "has lead the party", "had long lead to"
    if before in _BE_PASSIVE and nxt == "by":
        return "led", message  # "was lead by"
    if nxt not in DETERMINERS and nxt not in ("to", "by"):
        return None  # the noun or the metal: "took the lead", "lead pipes"
    if not _singular_subject_before(sent, i, lex) or not _told_in_past(sent, i, lex):
        return None
    return "led", message


def _led_compound(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "United States-lead Iraq War", "a student-lead protest": a name or a noun hyphened
    to "lead" before the noun it describes is who led it ("female-lead film", an
    adjective's, and "co-lead" stay)."""
    if i < 2 or sent[i - 1].text != "-" or not sent[i - 2].is_word:
        return False
    if sent[i - 1].start != sent[i - 2].end or sent[i].start != sent[i - 1].end:
        return False  # a spaced dash: "the team - lead by"
    first = sent[i - 2]
    if not (first.is_capitalised or lex.classes(first.low) == {"NOUN"}) or len(first.low) < 2:
        return False
    nxt = sent[i + 1] if i + 1 < len(sent) else None
    if nxt is None or not nxt.is_word or nxt.low in DETERMINERS or nxt.low in PREPOSITIONS:
        return False
    return nxt.is_capitalised or bool(lex.classes(nxt.low) & {"NOUN", "ADJ"})


# what stands before "it" when "it" is a clause's subject ("to which it lead"), not an
# object ("made it lead the market")
_BEFORE_IT_SUBJECT = word_set(
    "which that and but because when as after before since if while though although"
)


def _singular_subject_before(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """A singular subject right before ``i``: "he", "she", a singular noun or a name, or
    "who" after one; an apposition between commas is stepped over."""
    k = i - 1
    if low_at(sent, k) == "who":
        k -= 1
        if low_at(sent, k) == ",":
            k -= 1
    elif low_at(sent, k) == ",":
        # "Mr Jones, a former soldier, lead": back over the apposition to its noun
        k -= 1
        while k > 0 and sent[k].text != ",":
            k -= 1
        k -= 1
    if k < 0 or not sent[k].is_word:
        return False
    tok = sent[k]
    if tok.low in ("he", "she"):
        return True
    if tok.low == "it":
        return k == 0 or low_at(sent, k - 1) in _BEFORE_IT_SUBJECT  # "to which it lead"
    if tok.is_capitalised and not sentence_start(sent, k):
        return True
    if lex.noun_number(tok.low) != "singular":
        return False
    # back over the noun's modifiers to its determiner: "A suspected gas leak lead to"
    j = k - 1
    while j > k - 4 and j > 0 and sent[j].is_word and sent[j].low not in DETERMINERS:
        modifier = lex.classes(sent[j].low) & {"ADJ"} or "VBN" in lex.tags(sent[j].low)
        if not (lex.is_noun(sent[j].low) or modifier):
            return False  # "A suspected gas leak": adjectives, participles and nouns
        if lex.noun_number(sent[j].low) == "plural":
            return False
        j -= 1
    return low_at(sent, j) in DETERMINERS


def _told_in_past(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """The sentence names a past time or has another verb only in the past ("resigned",
    "last year", "in 2019")."""
    for k, tok in enumerate(sent):
        if k == i:
            continue
        if tok.is_number and len(tok.low) == 4 and tok.low[:2] in ("19", "20"):
            return True
        tags = lex.tags(tok.low)
        if tok.low in _PAST_TIMES or ("VBD" in tags and not tags & _PRESENT_OR_NOUN):
            return True  # "resigned", "went"; not "talks" nor "put"
    return False


def _there(sent: list[Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """ "There going to win" -> "They're": "there" at a clause's start before an "-ing"
    verb ("There's going to be" and "Is there going to be" stay)."""
    opens = sentence_start(sent, i) or sent[i - 1].text in (",", ";") or low_at(sent, i - 1) in (
        "and", "but", "because", "if", "said", "says", "think", "so",
    )
    if not opens or lex.tags(low_at(sent, i + 1)) - {"JJ"} != {"VBG"}:
        return None
    if low_at(sent, i + 2) == "to" and low_at(sent, i + 3) == "be":
        return None  # "there going to be a vote": "there's" was meant, not "they're"
    return "they're", "“there” is a place; “they are” is “they're”."


def _were_clause(sent: list[Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """ "unclear were the money went", "the town were the plant is" -> "where": "were"
    before a whole clause, a subject and its own finite verb, is the place word."""
    message = "“were” is a verb; before a clause of place write “where”."
    j = i + 1
    nxt = low_at(sent, j)
    if nxt in ("he", "she", "it", "they", "we", "you", "i"):
        j += 1
    elif nxt in ("the", "a", "an", "his", "her", "its", "their", "our", "my", "your"):
        j += 1
        while j < len(sent) and j < i + 5 and sent[j].is_word and not _finite(lex, sent[j].low):
            if not (lex.is_noun(sent[j].low) or "ADJ" in lex.classes(sent[j].low)):
                return None
            j += 1
        if j == i + 2:
            return None  # no noun between
    else:
        return None
    if j < len(sent) and sent[j].is_word and _finite(lex, sent[j].low):
        return "where", message
    return None


def _finite(lex: Lexicon, word: str) -> bool:
    """A verb that is only finite here: a past that is no participle ("went"), an "-s"
    form that is no plural noun ("is", "lives" is both), a modal."""
    if word in MODALS or word in ("is", "was", "are", "has", "does", "did"):
        return True
    tags = lex.tags(word)
    return bool(tags) and (tags == {"VBD"} or tags == {"VBZ"})


# -- "lay" with nothing laid ----------------------------------------------------------------
_LAY_TO_LIE = {"lay": "lie", "laying": "lying", "lays": "lies"}
_PLACE_PREPOSITIONS = word_set("on in under beneath beside across near against at inside")
_OWNERS = word_set("the a an his her their my our your its")
_BASE_BEFORE = MODALS | word_set("to did does do don't didn't doesn't won't can't")


def _lay(sent: list[Token], i: int) -> tuple[str, str] | None:
    """ "forced him to lay on the ground", "was laying in the road" -> "lie", "lying":
    "lay" takes an object (one lays something down); with a place straight after it and
    nothing laid, "lie" was meant. "lay" alone is also the past of "lie" ("He lay on the
    bed" is right), so only its base after "to" or a modal counts."""
    low = sent[i].low
    if low == "lay" and low_at(sent, i - 1) not in _BASE_BEFORE:
        return None
    if low_at(sent, i + 1) in _PLACE_PREPOSITIONS and low_at(sent, i + 2) in _OWNERS:
        if low_at(sent, i + 1) == "on" and low_at(sent, i + 2) in ("a", "an"):
            return None  # "lay on a lunch": to provide
        fix = _LAY_TO_LIE[low]
        return fix, f"“{sent[i].text}” needs something laid; to rest somewhere is “{fix}”."
    return None
