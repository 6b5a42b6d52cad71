"""Subject–verb agreement where the subject is plain to see.

Covered: a noun phrase that opens a sentence or a clause ("The books is", "Costs of the
project is", "The results shows that"), the head noun taken before any "of" phrase;
a personal pronoun and its verb ("they was", "he don't", "she have"); "there is" before
a plural quantity ("there is many"); a gerund as the whole subject ("Marketing mean",
"Marketing, for example, are"); a verb the noun-phrase walk could take for a second
noun (:mod:`.verb_or_noun`: "The narrator answer the thief", "The children plays
outside"); a pronoun opening a clause with no "that" ("the house she want to buy").
Left alone, because either form can be right:
collective and quantity nouns ("the team are", "a number of people are"), names,
questions and inversions ("Among the books is a map").
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import (
    Finding,
    low_at,
    replace_word,
    sentence_start,
)
from reviewdesk.core.engines.grammar.lexicon import (
    ADVERBS_BETWEEN,
    CLAUSE_DETERMINERS,
    CLAUSE_OPENERS,
    CLAUSE_VERBS,
    CLOSED_CLASS,
    DETERMINERS,
    MODALS,
    NUMBER_BY_MEANING,
    OBJECT_PRONOUNS,
    PLURAL_VERBS,
    PREPOSITIONS,
    REPORTING_VERBS,
    SINGULAR_VERBS,
    TO_PLURAL,
    TO_SINGULAR,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.engines.grammar.verb_or_noun import (
    OBJECT_OPENERS,
    SINGULAR_DETERMINERS,
    plural_head,
    s_verb_before_adjunct,
    verb_noun_before_object,
)

RULE = "subject-verb-agreement"
_SINGULAR_DETERMINERS = SINGULAR_DETERMINERS
_PLURAL_DETERMINERS = frozenset({"these", "those", "many", "several", "both", "few"})
_PRONOUN_NUMBER = {
    "he": "3s",
    "she": "3s",
    "it": "3s",
    "i": "1s",
    "you": "pl",
    "we": "pl",
    "they": "pl",
}
_AFTER_VERB = (
    DETERMINERS
    | PREPOSITIONS
    | word_set(
        "that not no a an the it he she they we you i to his her their our my its how "
        "what why when where who"
    )
)


def check_agreement(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Agreement slips in one sentence: a pronoun's verb, a noun phrase's verb; then
    "there is/are" (:mod:`.there_agreement`) and a second verb (:func:`check_second_verb`),
    which the grammar checker runs after it, in that order."""
    yield from _pronoun_verb(sent, lex)
    yield from _noun_phrase_verb(sent, lex)


def check_second_verb(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """A second verb that does not agree with the subject of the first."""
    yield from _second_verb(sent, lex)


_THIRD_PERSON_SUBJECTS = word_set("he she it this that")
_BETWEEN_VERBS = word_set("both either very more so quite and or")


def _describing(low: str, lex: Lexicon) -> bool:
    """An adjective or adverb, and no verb's inflected form ("narrow", "dry", not
    "dries" or "dried")."""
    tags = lex.tags(low)
    if tags & {"VBZ", "VBD", "VBN", "VBG"}:
        return False
    classes = lex.classes(low)
    return bool(classes) and (classes <= {"ADJ", "ADV"} or "JJ" in tags or "RB" in tags)


def _second_verb(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """A verb joined by "and" to a third-person one takes its form: "The glue remains
    sticky and work when wet" -> "works". Only where the first verb's "-s" is sure (a
    noun or "he"/"she"/"it" before it) and only adjectives or adverbs stand between it
    and "and", so "and" joins two verbs, not two nouns ("sells cars and trucks")."""
    for k in range(2, len(sent) - 1):
        if sent[k].low != "and":
            continue
        w = sent[k + 1]
        if not w.is_word or w.is_capitalised or not _base_form(w.low, lex):
            continue
        if not verb_follows(sent, k + 1, lex):
            continue
        j = k - 1
        while j > 0 and (
            sent[j].text == ","
            or sent[j].low in _BETWEEN_VERBS
            or (sent[j].is_word and _describing(sent[j].low, lex))
        ):
            j -= 1  # "remains both sticky and flexible and work"
        first = sent[j]
        if j < 1 or not first.is_word or first.is_capitalised or j == k - 1:
            continue
        if "VBZ" not in lex.tags(first.low):
            continue
        subject = sent[j - 1]
        if not subject.is_word or not (
            subject.low in _THIRD_PERSON_SUBJECTS or lex.noun_number(subject.low) == "singular"
        ):
            continue
        fix = lex.inflect(w.low, "VBZ")
        if fix and fix != w.low:
            yield Finding(
                w.start,
                w.end,
                RULE,
                f"“{w.text}” is joined to “{first.text}”: use “{fix}”.",
                (replace_word(w, fix),),
            )


_SAYING = frozenset(["say", "says", "said", "think", "thinks", "thought", "believe", "believes"])


def clause_start(sent: list[Token], i: int, lex: Lexicon | None = None) -> bool:
    """Whether a noun phrase at ``i`` would be a subject (sentence or clause start; with
    ``lex``, also after a comma that closes a verbless opening: "Also, these people")."""
    if sentence_start(sent, i):
        return True
    before = sent[i - 1]
    if before.text in '"“‘(:;—–':
        return i == 1 or sent[i - 2].text in ".:;"
    if before.text == ",":
        return _introduction(sent, i - 1, lex)
    if before.low == "that" or before.low in REPORTING_VERBS:
        # "said that the books is", "says the costs are": "that" or a verb of saying
        # before a determiner opens a clause (never "that" as a determiner itself)
        if sent[i].low in CLAUSE_DETERMINERS:
            return True
        # "said deaths in nursing homes account for": a verb of saying takes no bare
        # noun as its object, so a bare plural after it opens the clause said
        return (
            before.low in _SAYING and lex is not None and lex.noun_number(sent[i].low) == "plural"
        )
    return before.low in CLAUSE_OPENERS and before.low not in ("as", "for", "so")


def _introduction(sent: list[Token], comma: int, lex: Lexicon | None) -> bool:
    """Whether the words before ``comma`` open the sentence with no verb among them
    ("Also,", "In the end,", "After the storm,"), so a subject follows the comma."""
    if comma > 8 or lex is None:
        return False  # an opening phrase is short; most commas come later
    start = next((k for k, t in enumerate(sent) if t.is_word or t.is_number), comma)
    if start + 2 < comma and sent[start + 1].text == ":":
        start += 2  # "Update: After the storm, ..."
    if start >= comma or comma - start > 5 or lex is None or not sentence_start(sent, start):
        return False
    first = sent[start].low
    if first not in PREPOSITIONS and "RB" not in lex.tags(first):
        return False  # "Scatter, you chickens!": an address, not an opening phrase
    for tok in sent[start:comma]:
        if not (tok.is_word or tok.is_number) or tok.low in _PRONOUN_NUMBER:
            return False
        if lex.tags(tok.low) & {"VBD", "VBZ", "VBP", "MD"} and not lex.is_noun(tok.low):
            return False
    return True


def _pronoun_verb(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    for i, tok in enumerate(sent[:-1]):
        person = _PRONOUN_NUMBER.get(tok.low)
        opens = (
            clause_start(sent, i, lex)
            or low_at(sent, i - 1) == "that"
            or (tok.low in _NOMINATIVE and low_at(sent, i - 1) in CLAUSE_VERBS)
            # "says it have found": no verb of saying makes "it" an object with a verb
            or (tok.low == "it" and low_at(sent, i - 1) in REPORTING_VERBS)
            or (tok.low in _NOMINATIVE and _after_noun(sent, i, lex))
            or _nominative_anywhere(sent, i)
        )
        if person is None or not opens or _subjunctive(sent, i) or _joined(sent, i, lex):
            continue
        j = i + 1
        while j < len(sent) - 1 and (
            sent[j].low in _FREQUENCY_ADVERBS or (person == "pl" and sent[j].low in ("all", "both"))
        ):
            j += 1  # "we usually is", "it only matter", "they all means"
        verb = sent[j]
        if not verb.is_word:
            continue
        low = verb.low
        if low in ("need", "dare") and low_at(sent, j + 1) == "not":
            continue  # "He need not worry": a modal's use, with no "-s"
        fix: str | None = None
        if (
            person == "3s"
            and low in TO_SINGULAR
            and not (low in ("were", "weren't") and _unreal(sent, i))
        ):
            fix = TO_SINGULAR[low]
        elif person == "3s" and low in ("am",):
            fix = "is"
        elif person == "pl" and low in TO_PLURAL:
            fix = TO_PLURAL[low]
        elif person == "1s" and low in ("is", "are"):
            fix = "am"
        elif person == "1s" and low in ("has", "does", "doesn't", "hasn't"):
            fix = TO_PLURAL[low]
        elif person == "pl" and low == "am":
            fix = "are"
        elif person == "3s" and base_verb_only(low, lex) and _verb_shown(sent, i, j, lex):
            fix = _third_person(low, lex)
        elif (
            person in ("pl", "1s") and _third_person_only(low, lex) and _verb_shown(sent, i, j, lex)
        ):
            lemma = lex.lemmas(low)
            fix = lemma[0] if lemma else None
        if fix and fix != low:
            yield Finding(
                verb.start,
                verb.end,
                RULE,
                f"“{tok.text} {verb.text}” does not agree: use “{tok.text} {fix}”.",
                (replace_word(verb, fix),),
            )


def _nominative_anywhere(sent: list[Token], i: int) -> bool:
    """ "From 1967 to 1995 he were", "Paweł, we is": "he", "she", "we" and "they" are
    subjects wherever they stand, so their verb must agree past a phrase or a comma
    (grammar20). Left: a capital mid-sentence ("He Jiankui", a name), a helper just
    before (an inversion: "May he rest"), and a verb of demanding close before
    ("demanded he resign": the base form is right)."""
    tok = sent[i]
    if tok.low not in _NOMINATIVE or not tok.text.islower():
        return False
    if low_at(sent, i - 1) in _HELPERS:
        return False  # "May he rest", "Why do he care?": a helper before its subject
    if low_at(sent, i - 1) == "of":
        return False  # "one of they was": the case is wrong, not the verb (grammar21)
    return not any(t.low in _MANDATIVE for t in sent[max(0, i - 4) : i])


def _verb_shown(sent: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """Whether the word at ``j`` after the pronoun at ``i`` is surely its verb: an object,
    particle or the end follows, or (the pronoun opening the sentence) a noun or an
    adjective that is no verb form ("It make sense", "It cause global warming")."""
    if verb_follows(sent, j, lex):
        return True
    after = low_at(sent, j + 1)
    if not sentence_start(sent, i) or not after.isalpha() or after in CLOSED_CLASS:
        return False
    tags = lex.tags(after)
    return bool(tags) and not tags & _VERB_TAGS and bool(lex.classes(after) & {"NOUN", "ADJ"})


_VERB_TAGS = frozenset({"VB", "VBP", "VBZ", "VBD", "VBN", "VBG", "MD"})


def _joined(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "My brother and I are": the pronoun ends a subject of two, which is plural. An
    editor's insertion in brackets before "and" is part of the first ("Jerry [O'Connell]
    and I are")."""
    if low_at(sent, i - 1) not in ("and", "or", "nor") or i < 2:
        return False
    k = _before_brackets(sent, i - 2)
    if k < 0:
        return False
    before = sent[k]
    return before.is_word and (
        before.is_capitalised or before.low in _PRONOUN_NUMBER or lex.is_noun(before.low)
    )


def _before_brackets(sent: list[Token], k: int) -> int:
    """The index of the token before a bracketed insertion that ends at ``k`` ("Jerry
    [O'Connell]" gives "Jerry"), or ``k`` itself when no bracket closes there (-1: the
    bracket opens the sentence or never opens)."""
    if sent[k].text not in ("]", ")"):
        return k
    opener = "[" if sent[k].text == "]" else "("
    for j in range(k - 1, max(-1, k - 8), -1):
        if sent[j].text == opener:
            return j - 1
    return -1


_NOMINATIVE = word_set("he she we they")  # "We think he go": the subject of a clause
# Words that are nouns too but put a subject pronoun after them as helpers or
# causatives ("Can he go", "May she stay", "Let's", "Does he wish"): never a clause.
_HELPERS = MODALS | word_set("do does did let make made help have has had need dare to")


def _after_noun(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "the house she want to buy": a nominative pronoun straight after a noun opens a
    relative clause with no "that", so the verb after it is its own."""
    if i == 0:
        return False
    before = sent[i - 1]
    if not before.is_word or before.low in _HELPERS or before.low in CLOSED_CLASS:
        return False
    return lex.is_noun(before.low) and not lex.tags(before.low) & {"VBD", "VBZ", "MD"}


_MANDATIVE = word_set(
    "insist insists insisted demand demands demanded require requires required suggest "
    "suggests suggested recommend recommends recommended ask asks asked propose proposes "
    "proposed urge urges urged request requests requested essential important vital "
    "necessary crucial imperative "
    # the same verbs' "-ing" forms and nouns: "recommending that the monument remain",
    # "the demand that he resign" take the subjunctive as the verbs do
    "insisting demanding requiring suggesting recommending asking proposing urging "
    "requesting insistence requirement requirements suggestion suggestions recommendation "
    "recommendations proposal proposals"
)
# Forms that are no subjunctive after a mandative "that" ("that he be", "that it remain"
# are; "that the monument are" is still a slip, and so is a plural subject's "is")
_NOT_SUBJUNCTIVE = word_set("are were aren't weren't")


def _subjunctive(sent: list[Token], i: int) -> bool:
    """ "insisted that he go", "recommended to the board that it wait": the base form is
    right after these (and after "if I were")."""
    if i < 2 or sent[i - 1].low != "that":
        return False
    return any(tok.low in _MANDATIVE for tok in sent[max(0, i - 7) : i - 1])


_UNREAL = word_set("if though unless whether wish wishes wished suppose supposing imagine as")


def _unreal(sent: list[Token], i: int) -> bool:
    """ "if he were", "as though it were", "as it were": the subjunctive "were" after a
    third person is right after these; elsewhere "he were" is a slip for "he was"."""
    return any(tok.low in _UNREAL for tok in sent[max(0, i - 4) : i])


_FREQUENCY_ADVERBS = word_set(
    "usually often always never sometimes rarely seldom really only also still just "
    "regularly normally generally actually certainly probably"
)


def base_verb_only(word: str, lex: Lexicon) -> bool:
    """A verb's base form that is nothing else ("go", "want"; not "run" the noun)."""
    tags = lex.tags(word)
    if word in ("don", "won", "didn", "doesn", "isn", "wasn", "aren", "weren", "can"):
        return False  # a contraction whose apostrophe was lost or is unusual
    return bool(tags) and "VBP" in tags and tags <= {"VB", "VBP", "NN", "NNS"}


def _third_person_only(word: str, lex: Lexicon) -> bool:
    """ "works" after "they": a 3rd-person verb (its plural-noun reading cannot follow a
    subject pronoun)."""
    tags = lex.tags(word)
    return "VBZ" in tags and tags <= {"VBZ", "NNS"} and word.endswith("s")


def _third_person(word: str, lex: Lexicon) -> str | None:
    return lex.inflect(word, "VBZ")


def verb_follows(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether the word after the verb at ``j`` shows it is a verb (object, particle, end)."""
    after = low_at(sent, j + 1)
    if after in OBJECT_PRONOUNS:  # "Everybody know him"; not "..., and list them"
        return low_at(sent, j - 1) not in ("and", "or", ",")
    return after in _AFTER_VERB or after in ("", ".", ",", "!", "?") or "ADV" in lex.classes(after)


_NOT_HEADS = word_set(
    "i you he she it we they me him her us them who whom what which whose anybody anyone "
    "everybody everyone somebody someone nobody none nothing something everything anything "
    "there here one all both"
)


def _noun_phrase_verb(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    if sent[-1].text == "?":
        return  # questions invert: "What color are the walls?"
    i = 0
    while i < len(sent):
        joined = i > 0 and sent[i - 1].low in ("and", "or", "nor")  # "a ram and a buck are"
        if joined and _second_clause(sent, i, lex):
            joined = False  # "Flags flew, and government offices was told": a new clause
        opens = clause_start(sent, i, lex) or _as_clause(sent, i, lex)
        if joined or not opens or not sent[i].is_word:
            i += 1
            continue
        head, verb_at = _subject(sent, i, lex)
        after_relative = low_at(sent, verb_at + 1) in _RELATIVES
        moved = _past_interrupter(sent, verb_at)
        after_relative = after_relative and moved != verb_at
        verb_at = moved
        start = i
        i += 1
        if head is None or verb_at >= len(sent):
            continue
        number = _head_number(sent, head, lex)
        if not number:
            continue
        if low_at(sent, verb_at - 1) in _CLAUSE_SUBJECTS and verb_at - 1 > head:
            continue  # "the labor of people whose names I don't know": the pronoun's verb
        verb = sent[verb_at]
        low = verb.low
        fix: str | None = None
        if number == "plural" and low in SINGULAR_VERBS:
            fix = TO_PLURAL[low]
        elif number == "singular" and low in PLURAL_VERBS:
            fix = TO_SINGULAR[low]
        elif (
            (
                number == "singular"
                and lex.tags(low) <= {"VB", "VBP"}
                and "VBP" in lex.tags(low)
                and lex.classes(low) == {"VERB"}
                and (
                    verb_follows(sent, verb_at, lex)
                    # "This exercise simulate endoscopic drilling": its object (a word
                    # the lexicon lacks is no verb either)
                    or bool(lex.classes(low_at(sent, verb_at + 1)) & {"ADJ", "NOUN"})
                    or _unknown_word(sent, verb_at + 1, lex)
                )
                and head != start  # "Marketing mean", "God bless": no determiner, no sure noun
            )
            or (
                number == "singular"
                and head == start
                and _one_thing(sent[head].low, lex)
                and _bare_verb(sent, verb_at, lex)
            )
            or (
                number == "singular"
                and head != start
                and verb_noun_before_object(sent, verb_at, lex)
            )
            # "The monument, which has kept its status, draw crowds": after a clause
            # set off by commas only the sentence's verb can come
            or (number == "singular" and after_relative and _base_form(low, lex))
        ):
            fix = lex.inflect(low, "VBZ")
        elif number == "plural" and (
            _third_person_only_verb(low, lex, sent, verb_at)
            or _s_verb_after_place(sent, head, verb_at, lex)
            or (plural_head(sent, start, head, lex) and s_verb_before_adjunct(sent, verb_at, lex))
        ):
            lemma = lex.lemmas(low)
            fix = lemma[0] if lemma else None
        if (
            fix
            and number == "singular"
            and low not in _NOT_SUBJUNCTIVE
            and _subjunctive(sent, start)
        ):
            fix = None  # "recommending that the monument remain": the subjunctive
        if fix:
            yield Finding(
                verb.start,
                verb.end,
                RULE,
                f"The subject “{sent[head].text}” is {number}: use “{fix}”.",
                (replace_word(verb, fix),),
            )


_AUXILIARIES = word_set("is are was were has have")
# a subject pronoun right before the verb: the verb is that clause's, whatever noun led
# the phrase before it ("the cost of items that I don't need")
_CLAUSE_SUBJECTS = word_set("i you we they he she")


def _unknown_word(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """A lowercase word the lexicon has no class for ("endoscopic")."""
    return (
        0 <= j < len(sent)
        and sent[j].is_word
        and not sent[j].is_capitalised
        and (not lex.classes(sent[j].low))
    )


def _second_clause(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether ", and" before ``i`` joins a second clause: a finite verb stands before
    the comma ("Flags flew, and offices was"), where a list of subjects has none ("The
    ram, the goat, and the buck are")."""
    if i < 3 or sent[i - 1].low != "and" or sent[i - 2].text != ",":
        return False
    return any(
        t.is_word
        and not t.is_capitalised
        and ("VBD" in lex.tags(t.low) or ("VBZ" in lex.tags(t.low) and not lex.is_noun(t.low)))
        for t in sent[: i - 2]
    )


def _as_clause(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether "as" before ``i`` opens a clause: its noun phrase has an auxiliary right
    after it ("as customer preference have shifted"); "as head of state" has none."""
    if i == 0 or sent[i - 1].low != "as" or sent[i].low in DETERMINERS - {"the"}:
        return False
    _head, verb_at = _subject(sent, i, lex)
    return low_at(sent, verb_at) in _AUXILIARIES


def _one_thing(low: str, lex: Lexicon) -> bool:
    """A subject with no determiner that is still one thing: a gerund ("Marketing"). Not
    a noun print seldom counts: the counts fold case, so "God" looks like one ("God
    bless each of you")."""
    return "VBG" in lex.tags(low)


_OBJECT_OPENERS = OBJECT_OPENERS


def _bare_verb(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """A verb's base form after a one-word subject: nothing else, with a verb's follower
    ("plummet in"), or also a noun but before a determiner or an object pronoun ("mean a
    lot": two nouns do not run on into "a"). Never a past form too ("cost the
    company")."""
    low = low_at(sent, j)
    tags = lex.tags(low)
    if "VBP" not in tags or tags & {"VBD", "VBN", "VBZ"}:
        return False
    if tags <= {"VB", "VBP"} and lex.classes(low) == {"VERB"}:
        return verb_follows(sent, j, lex)
    return low_at(sent, j + 1) in _OBJECT_OPENERS


_INTERRUPTERS = word_set("for who whose which however like including say")
_RELATIVES = word_set("who whose which")


def _base_form(low: str, lex: Lexicon) -> bool:
    """A verb's base form and nothing else of a verb ("draw", not "cut" or "draws")."""
    tags = lex.tags(low)
    return "VBP" in tags and tags <= {"VB", "VBP", "NN", "NNS"} and "VERB" in lex.classes(low)


def _past_interrupter(sent: list[Token], j: int) -> int:
    """After "My mother, for example," or "The dog, whose owner likes you,": the verb."""
    if low_at(sent, j) != "," or low_at(sent, j + 1) not in _INTERRUPTERS:
        return j
    for k in range(j + 2, min(len(sent), j + 12)):
        if sent[k].text == ",":
            return k + 1
        if sent[k].text in ".;:!?—–":
            break
    return j


def _subject(sent: list[Token], i: int, lex: Lexicon) -> tuple[int | None, int]:
    """(head noun index, index of the word after the noun phrase) for a phrase at ``i``.

    Accepts: determiner? adjective* noun+ ("of" determiner? adjective* noun+)?
    """
    j = i
    det = sent[j].low
    if det in _NOT_HEADS and not (
        det == "her" and (sentence_start(sent, i) or low_at(sent, i - 1) == "that")
    ):
        # pronouns, "who", "anybody"; "Her friends" opening a sentence or a clause after
        # "that" ("said that her friends") owns
        return None, j
    if det not in DETERMINERS and "VBG" in lex.tags(det):
        # a gerund subject is singular: "Marketing are" is wrong, but "Helping people
        # are" may be people who help, so only a verb right after it (or after an
        # aside: "Marketing, for example, are") is judged
        verb_at = _past_interrupter(sent, j + 1)
        if lex.noun_number(det) == "singular" and (
            low_at(sent, verb_at) in PLURAL_VERBS or _bare_verb(sent, verb_at, lex)
        ):
            return j, verb_at
        return None, j
    if det in ("this", "that", "these", "those") and low_at(sent, j + 1) in (
        SINGULAR_VERBS | PLURAL_VERBS
    ):
        return None, j  # "This are errors" is the phrases check's
    if det in DETERMINERS or det in _PLURAL_DETERMINERS:
        j += 1
        while j < len(sent) and (sent[j].is_number or sent[j].low in NUMBER_WORDS):
            j += 1  # "The three best performers"
    head: int | None = None
    while j < len(sent) and sent[j].is_word and (j == i or not sent[j].is_capitalised):
        classes = lex.classes(sent[j].low)
        if sent[j].low in _NOT_HEADS:
            return None, j
        if j > i and sent[j].low in CLOSED_CLASS:
            break  # "The days that were lost": a relative "that" ends the noun phrase
        if head is not None and sent[j].low in SINGULAR_VERBS | PLURAL_VERBS:
            break  # "these people does": "does" is the verb, not the plural of "doe"
        if sent[j].low in ("and", "or", "nor"):
            return None, j  # "no slicks or other evidence": two heads, either number
        if head is not None and _third_person_only_verb(sent[j].low, lex, sent, j):
            break  # "The results shows that": a verb, not a second noun
        if head is not None and verb_noun_before_object(sent, j, lex):
            break  # "The narrator answer the thief": a verb with its object, not a noun
        if (
            head is not None
            and plural_head(sent, i, head, lex)
            and s_verb_before_adjunct(sent, j, lex)
        ):
            break  # "The children plays outside": a verb before its adjunct
        if head == j - 1 and _participle_after_plural(sent, head, j, lex):
            # "the states filing suit have standing": a plural noun, then a participle
            # with its own object (a clause cut short); the noun before it heads the
            # subject, so the words after it are no guide to the verb's number
            return None, j
        if "NOUN" in classes:
            head = j
        elif classes & {"ADJ"} and head is None:
            pass
        elif (
            not classes
            and head is None
            and j > i
            and sent[j].low.isalpha()
            and lex.noun_number(low_at(sent, j + 1)) == "plural"
            and "NOUN" not in lex.classes(low_at(sent, j + 2))
            and low_at(sent, j + 2) not in DETERMINERS
        ):
            # "The collagen samples collected": a word no table knows before a plural
            # noun with no object after it ("a formatter pushes comments": a verb)
            pass
        elif head is None and j > i and _ing_modifier(sent, j, lex):
            pass  # "her sentencing decisions", "the running costs": a modifier
        else:
            break
        if sent[j].low in SINGULAR_VERBS or sent[j].low in PLURAL_VERBS:
            break
        j += 1
    if head is None or head != j - 1:
        return None, j
    chained = None if sent[head].is_capitalised else _modifier_chain(sent, j, lex)
    if chained is not None:
        # "The samples collected from the walls of the containers is", "the motivation
        # behind the events have grown": the head, then its modifiers, then "be"/"have"
        return head, chained
    if j < len(sent) and sent[j].low in _PLACE_PREPOSITIONS:
        # "The best performers in this contest is": a short phrase of place, then an
        # auxiliary (only then: "the man in the car park" may run on as a noun)
        k = _short_noun_phrase(sent, j + 1, lex)
        if k is not None and low_at(sent, k) in _AUXILIARIES:
            return head, k
        for at in (k, k - 1) if k is not None else ():
            # "Deaths in nursing homes accounts for": the -s word the phrase took as
            # its last noun may be the verb
            if "NOUN" in lex.classes(low_at(sent, at - 1)) and _s_verb_after_place(
                sent, head, at, lex
            ):
                return head, at
        return head, j
    if j < len(sent) and sent[j].low == "of":
        # "costs of the project is": the noun before "of" decides
        k = j + 1
        if k < len(sent) and sent[k].low in DETERMINERS:
            k += 1
        end = None
        named = False  # "the city of Milwaukee have": a name after "of"
        while k < len(sent) and sent[k].is_word:
            if sent[k].low in SINGULAR_VERBS or sent[k].low in PLURAL_VERBS:
                break
            if end is not None and _third_person_only_verb(sent[k].low, lex, sent, k):
                break  # "The results of the survey shows a": the verb, not a noun (grammar21)
            if sent[k].is_capitalised:
                named = named or not lex.classes(sent[k].low) & {"NOUN", "ADJ"}
            elif not lex.classes(sent[k].low) & {"NOUN", "ADJ"} and not _foreign_noun(sent, k, lex):
                break
            end = k
            k += 1
        if end is None or not (
            named or "NOUN" in lex.classes(sent[end].low) or _foreign_noun(sent, end, lex)
        ):
            return None, k
        j = k
        chained = (
            None if sent[head].is_capitalised else _modifier_chain(sent, j, lex, after_of=True)
        )
        if chained is not None:
            return head, chained  # "the cost of repairs to the bridges are"
    return head, j


# prepositions a subject's modifiers open with (grammar21): "the motivation behind the
# events", "the samples collected from the walls"
_CHAIN_PREPOSITIONS = word_set(
    "of in at on from across inside near under behind for with about against over around "
    "among between within throughout beyond outside along into toward towards by to"
)
_CHAIN_QUANTIFIERS = word_set("most all many several other both some few")


def _modifier_chain(sent: list[Token], j: int, lex: Lexicon, after_of: bool = False) -> int | None:
    """The index of "be"/"have" after a chain of a subject's modifiers starting at ``j``,
    or None (grammar21). A step is a preposition and its noun phrase, or (first) a
    participle and nothing else of a word ("collected", "taken", never "cut") and its
    preposition.
    One step is enough unless it is an "of" phrase alone (``_subject``'s own); the
    verb must be an auxiliary right after the chain, never a word that may be a noun, as
    more words give a clause's verb more room to hide."""
    steps = 1 if after_of else 0
    k = j
    first = ""
    while k < len(sent) and steps < 5:
        low = sent[k].low
        if low in _CHAIN_PREPOSITIONS:
            first = first or low
            end = chain_noun_phrase(sent, k + 1, lex)
            if end is None:
                return None
            steps += 1
            k = end
            continue
        if (
            steps == 0
            and not sent[k].is_capitalised
            and "VBN" in lex.tags(low)
            and lex.tags(low) <= {"VBD", "VBN", "JJ"}
            and low_at(sent, k + 1) in _CHAIN_PREPOSITIONS
        ):
            k += 1  # "the samples collected from", a participle and its preposition
            continue
        break
    if (steps >= 2 or (steps == 1 and first != "of")) and low_at(sent, k) in _AUXILIARIES:
        return k
    return None


def chain_noun_phrase(sent: list[Token], k: int, lex: Lexicon) -> int | None:
    """The index after a noun phrase in a subject's modifier: a determiner, a quantifier
    or a number, a name's possessive, then up to five adjectives, nouns or capitalised
    words, a noun or a name last ("the walls", "most councilors", "Khan's victims")."""
    if low_at(sent, k) in DETERMINERS or low_at(sent, k) in _CHAIN_QUANTIFIERS:
        k += 1
    while k < len(sent) and (sent[k].is_number or sent[k].low in NUMBER_WORDS):
        k += 1
    end = None
    for n in range(k, min(len(sent), k + 5)):
        tok = sent[n]
        if not tok.is_word or tok.low in _AUXILIARIES or tok.low in CLOSED_CLASS:
            break
        if tok.is_capitalised:
            end = n
            continue
        classes = lex.classes(tok.low)
        # a word that is a verb and no noun, past the phrase's first word, ends it ("the
        # walls collected"), unless "be"/"have" follows
        verb_only = "VERB" in classes and "NOUN" not in classes
        if not classes & {"NOUN", "ADJ"} or (
            verb_only and n > k and low_at(sent, n + 1) not in _AUXILIARIES
        ):
            break
        end = n
    if end is None:
        return None
    last = sent[end]
    if not last.is_capitalised and "NOUN" not in lex.classes(last.low):
        return None
    return end + 1


def _foreign_noun(sent: list[Token], k: int, lex: Lexicon) -> bool:
    """A word no table knows, right after a determiner in an "of" phrase ("the
    locations of the moai is"): a borrowed noun, not the verb (grammar20)."""
    word = sent[k].low
    return (
        word.isalpha()
        and not lex.is_word(word)
        and low_at(sent, k - 1) in DETERMINERS
        and low_at(sent, k + 1) in SINGULAR_VERBS | PLURAL_VERBS
    )


def _participle_after_plural(sent: list[Token], head: int, j: int, lex: Lexicon) -> bool:
    """ "states filing suit", "residents living nearby": an -ing word right after a plural
    noun (a noun in a compound is singular: "the tax filing deadline")."""
    word = sent[j].low
    return (
        word.endswith("ing")
        and "VBG" in lex.tags(word)
        and lex.noun_number(sent[head].low) == "plural"
        and not sent[head].is_capitalised
    )


def _s_verb_after_place(sent: list[Token], head: int, at: int, lex: Lexicon) -> bool:
    """ "Deaths in nursing homes accounts for": a plural head, a short phrase of place
    after it, then an "-s" word before an adjunct with no verb later in the clause: that
    word is the verb (a noun there would need a verb of its own)."""
    return (
        at > head + 1
        and low_at(sent, head + 1) in _PLACE_PREPOSITIONS
        and lex.noun_number(sent[head].low) == "plural"
        # "The farmers markets in the city draw crowds": a plural verb before it is
        # the clause's own, and the -s word its object
        and not any("VBP" in lex.tags(sent[n].low) for n in range(head + 2, at))
        and s_verb_before_adjunct(sent, at, lex)
    )


def _ing_modifier(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """An -ing word after a determiner and before a noun ("the sentencing decisions"):
    it modifies the noun, which heads the phrase (a noun that may be a verb too, only
    right before an auxiliary: "the parking fees is")."""
    if not (
        sent[j].low.endswith("ing")
        and "VBG" in lex.tags(sent[j].low)
        and j + 1 < len(sent)
        and sent[j + 1].is_word
        and not sent[j + 1].is_capitalised
    ):
        return False
    classes = lex.classes(sent[j + 1].low)
    return classes == {"NOUN"} or (
        "NOUN" in classes and low_at(sent, j + 2) in SINGULAR_VERBS | PLURAL_VERBS
    )


NUMBER_WORDS = word_set("two three four five six seven eight nine ten twelve twenty hundred")
_PLACE_PREPOSITIONS = word_set("in at on from across inside near under")


def _short_noun_phrase(sent: list[Token], k: int, lex: Lexicon) -> int | None:
    """The index after a short noun phrase at ``k`` (determiner, up to four adjectives
    and nouns, a noun last), or None."""
    if low_at(sent, k) in DETERMINERS:
        k += 1
    end = None
    for n in range(k, min(len(sent), k + 4)):
        tok = sent[n]
        classes = lex.classes(tok.low)
        if not tok.is_word or tok.low in _AUXILIARIES or not classes & {"NOUN", "ADJ"}:
            break
        end = n
    if end is None or "NOUN" not in lex.classes(sent[end].low):
        return None
    return end + 1


def _head_number(sent: list[Token], head: int, lex: Lexicon) -> str:
    low = sent[head].low
    if low in NUMBER_BY_MEANING or not low.isalpha() or sent[head].is_all_caps:
        return ""  # "AIS is": an abbreviation, not the plural of "ai"
    number = lex.noun_number(low)
    if head > 0 and number == "plural" and sent[head - 1].low in _SINGULAR_DETERMINERS:
        return ""  # "a means", "each species": the determiner says otherwise
    # A word that is also an adjective or verb more than a noun gives no sure subject,
    # unless a determiner before it and "of" after it make it a noun: "the choice of
    # Pelosi were" (no adjective heads "the ... of") (grammar20)
    noun_of = head > 0 and sent[head - 1].low in DETERMINERS and low_at(sent, head + 1) == "of"
    if number and lex.classes(low) - {"NOUN", "VERB"} and not noun_of:
        return ""
    if number == "singular" and plural_in_use(low, lex):
        return ""  # "when fish were plentiful", "the staff were": a plural without an -s
    return number


def plural_in_use(low: str, lex: Lexicon) -> bool:
    """Whether English writes the noun ``low`` with a plural verb at least as often as
    with a singular one ("fish are", "staff were"): a noun whose plural is the same word
    (or a group taken as its members) leaves the verb's number unjudged. The reference
    counts decide, not a list of such nouns."""
    plural = lex.pair(low, "are") + lex.pair(low, "were")
    return plural > 0 and plural >= lex.pair(low, "is") + lex.pair(low, "was")


def _third_person_only_verb(low: str, lex: Lexicon, sent: list[Token], at: int) -> bool:
    """ "shows" in "The results shows that": a 3rd-person verb with a verb's follower."""
    if not low.endswith("s") or "VBZ" not in lex.tags(low):
        return False
    after = low_at(sent, at + 1)
    if after in ADVERBS_BETWEEN:
        after = low_at(sent, at + 2)
    return after in (
        "that",
        "the",
        "a",
        "an",
        "no",
        "how",
        "what",
        "it",
        "them",
        "us",
        "him",
        "her",
        "his",
        "their",
        "its",
        "our",
        "to",
        "this",  # "Reports indicates this vehicle" (grammar20)
        "these",
        "those",
    )
