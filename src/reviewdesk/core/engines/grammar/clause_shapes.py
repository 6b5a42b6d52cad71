"""Shapes of a clause a writer builds wrongly, each judged from closed-class words and
LemmInflect's tags, never from a list of the words in between (grammar14):

- a reported question kept in a question's order: "Do you know where is the station?",
  "I asked him where was he going" (after a verb of knowing or asking, "where/when/why/
  how" is followed by its subject, then the verb);
- a clause joined twice: "Although it rained, but we went out", "Because it was late,
  so we left" (the subordinator already joins the clauses);
- "the more …, the more …" with its second "the" missing: "The more you read, more you
  learn";
- "to" after a modal and "not": "You must not to go", "She can not to swim";
- the bare verb a causing verb or "hear" takes: "let him went", "made her ate" (a
  simple past where the plain form belongs), "I heard him to sing" ("to" is not used
  after the object of "hear" in the active);
- a count of units inside a modifier, which stays singular: "a five-years-old boy", "a
  ten years old child", "a 10-miles walk";
- "so" before an adjective and a singular noun ("so beautiful girl" → "such a
  beautiful girl") and "such" before "many/much/few/little" ("such many" → "so many");
- a superlative before its noun with no "the": "He is tallest boy in the class";
- a determiner before a personal pronoun: "go to the Us", "text an it causes" (a slip
  for another word, or a pronoun where a noun was meant);
- "Who" asking for a subject with a plural verb: "Who want to go?" → "wants" (the
  question's "who" is singular until an answer says otherwise);
- "whom" as the subject of a verb after "I think": "the man whom I think is guilty"
  → "who";
- "for me" + a plain verb with no "to": "It is hard for me understand this";
- "to" and a plain verb after a preposition: "good at to sing", "sorry for to be
  late" → "-ing";
- the passive of "make", "see" or "hear" without its "to": "We were made do it", "He
  was seen enter the house" (the active has none: "they made us do it");
- a plain verb after "been": "have been go there" → "gone", where print has the
  participle or "-ing" after "been" and never the plain form;
- a subject pronoun as a preposition's object, where no verb follows it: "broken by
  he", "a gift for she" → "him", "her";
- "will" in a clause of time or condition whose sentence has "will" of its own: "If he
  will come, we will leave", "I will call you when I will arrive" → "comes",
  "arrive";
- "very" grading a verb: "I very like it" → "really like" ("very" grades adjectives and
  adverbs; "very much" a verb);
- "a same" → "the same", "an other" → "another";
- a plain verb straight after a word print follows with "to" far more than with an
  object ("likes read", "was not able go"), where print never has the two side by side.

Each shape is closed by its own words, so a correct sentence rarely has it: the
reasons for each guard are given where it is made.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import (
    Finding,
    low_at,
    match_case,
    opening,
    replace_word,
)
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.engines.grammar.word_pairs import CUT_OFF

RULE_REPORTED = "reported-question-order"
RULE_JOINED_TWICE = "clause-joined-twice"
RULE_THE_MORE = "the-more-the-more"
RULE_BARE = "bare-infinitive"  # shared with bare.py's "made him to cry": "to" too many
RULE_FORM = "verb-form"
RULE_UNIT = "unit-in-modifier"
RULE_SO_SUCH = "so-such"
RULE_SUPERLATIVE = "superlative-the"
RULE_PRONOUN_DET = "determiner-pronoun"
RULE_WHO = "who-agreement"
RULE_WHOM = "whom-subject"
RULE_FOR_TO = "for-someone-to"
RULE_PREP_TO = "preposition-to-verb"
RULE_PASSIVE_TO = "passive-needs-to"
RULE_MISSING_TO = "missing-to"
RULE_CASE = "pronoun-case"
RULE_WILL = "will-in-time-clause"
RULE_VERY = "very-verb"
RULE_ARTICLE = "article-phrase"

# verbs (and nouns) a reported question follows: "know where", "asked him when"
_ASKING = word_set(
    "know knows knew known knowing ask asks asked asking wonder wonders wondered wondering "
    "tell tells told telling explain explains explained remember remembers remembered "
    "forget forgets forgot understand understands understood idea sure clue"
)
_WH = word_set("where when why how")
_BE_HELPERS = word_set("is are was were")
_DO_HELPERS = word_set("do does did")
_SUBJECT_PRONOUNS = word_set("i you he she it we they")
_DETERMINERS = word_set("the a an this that these those my your his her its our their")
# the subordinator opening a sentence, and the coordinator that joins its clauses again
_SUBORDINATORS = {
    "although": "but",
    "though": "but",
    "because": "so",
    "since": "so",
    "as": "so",
}
_EVEN = {"even though": "but", "even if": "but"}
_MODALS = word_set("can could must should would will may might shall")
_CAUSING = word_set("let lets make makes made")
# hearing only: after "saw him" or "watched them", "to" can begin a purpose ("I saw him to
# discuss the deal"); nobody hears someone in order to do something
_PERCEIVING = word_set("hear hears heard")
_OBJECTS = word_set("me you him her it us them")
_UNITS = word_set(
    "years months weeks days hours minutes seconds miles kilometres kilometers metres "
    "meters feet inches pounds kilos storeys stories floors"
)
_UNIT_ADJECTIVES = word_set("old long tall high wide deep")
_AMOUNTS = word_set("many much few little")


def check_clause_shapes(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Every shape above, in one sentence."""
    yield from _joined_twice(sent)
    yield from _the_more(sent, lex)
    yield from _who_agreement(sent, lex)
    yield from _will_in_time_clause(sent, lex)
    for i, tok in enumerate(sent):
        low = tok.low
        if low in _WH:
            yield from _reported_question(sent, i, lex)
        elif low in ("what", "who"):
            yield from _reported_what(sent, i, lex)
        elif low in _MODALS or low == "cannot":
            yield from _modal_not_to(sent, i, lex)
        elif low in _CAUSING or low in _PERCEIVING:
            yield from _bare_infinitive(sent, i, lex)
        elif low in _UNITS:
            yield from _unit_in_modifier(sent, i, lex)
        elif low == "so":
            yield from _so_adjective_noun(sent, i, lex)
        elif low == "very":
            yield from _very_verb(sent, i, lex)
        elif low in _BE_FORMS:
            yield from _superlative_without_the(sent, i, lex)
        elif low in ("the", "a", "an"):
            yield from _determiner_pronoun(sent, i, lex)
            yield from _a_same(sent, i)
        elif low == "whom":
            yield from _whom_subject(sent, i, lex)
        elif low == "for":
            yield from _for_someone_to(sent, i, lex)
        if low in _OBJECT_PREPOSITIONS and low_at(sent, i + 1) in _TO_OBJECT:
            yield from _subject_after_preposition(sent, i, lex)
        if low in _PREP_BEFORE_TO and low_at(sent, i + 1) == "to":
            yield from _preposition_to_verb(sent, i, lex)
        elif low in _PASSIVE_BARE and low_at(sent, i - 1) in _BE_FORMS:
            yield from _passive_needs_to(sent, i, lex)
        elif low == "been":
            yield from _plain_after_been(sent, i, lex)
        elif low_at(sent, i - 1) in _BEFORE_TO_VERB and i + 1 < len(sent):
            yield from _missing_to(sent, i, lex)
        elif low == "such" and low_at(sent, i + 1) in _AMOUNTS and low_at(sent, i + 2) != "-":
            nxt = sent[i + 1]
            message = f"Before “{nxt.text}”, write “so”, not “such”: “so {nxt.low}”."
            yield Finding(tok.start, tok.end, RULE_SO_SUCH, message, (match_case(tok.text, "so"),))


def _noun_phrase_end(sent: list[Token], j: int, lex: Lexicon) -> int | None:
    """The last index of a short noun phrase starting at ``j`` (a pronoun, or a
    determiner, adjectives and a noun, or a name), or None."""
    if j >= len(sent) or not sent[j].is_word:
        return None
    low = sent[j].low
    if low in _SUBJECT_PRONOUNS:
        return j
    if low in _DETERMINERS:
        k = j + 1
        while k < len(sent) and sent[k].is_word and lex.classes(sent[k].low) == {"ADJ"}:
            k += 1
        while k + 1 < len(sent) and sent[k + 1].is_word and lex.is_noun(sent[k + 1].low):
            if not lex.is_noun(sent[k].low):
                break
            k += 1  # "the bus station": nouns side by side
        if k < len(sent) and sent[k].is_word and lex.is_noun(sent[k].low):
            return k
    return None


def _reported_question(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "know where is the station" -> "where the station is"; "asked him where was he
    going" -> "where he was going". A question of its own ("Where is the station?", "I
    asked: where is it?") has no verb of asking straight before its question word."""
    before = low_at(sent, i - 1)
    if before in _OBJECTS and i >= 2:
        before = low_at(sent, i - 2)  # "asked him where", "tell me why"
    if before not in _ASKING:
        return
    if i + 1 >= len(sent):
        return
    helper = sent[i + 1]
    if helper.low not in _BE_HELPERS and helper.low not in _DO_HELPERS:
        return
    end = _noun_phrase_end(sent, i + 2, lex)
    if end is None:
        return
    after = low_at(sent, end + 1)
    subject = " ".join(t.text if t.text == "I" else t.low for t in sent[i + 2 : end + 1])
    if helper.low in _BE_HELPERS:
        if after in ("?", ".", "!", "", ","):
            fix = f"{sent[i].text} {subject} {helper.low}"  # "where the station is"
            last = sent[end]
        elif lex.tags(after) & {"VBG", "VBN"} and end + 1 < len(sent):
            last = sent[end + 1]  # "where was he going" -> "where he was going"
            fix = f"{sent[i].text} {subject} {helper.low} {last.text}"
        else:
            return
    else:
        # "where does he live": the "do" goes, the verb takes its tense and number
        if not (end + 1 < len(sent) and lex.tags(after) & {"VB", "VBP"}):
            return
        last = sent[end + 1]
        verb = _tensed(after, helper.low, sent[i + 2 : end + 1], lex)
        if verb is None:
            return
        fix = f"{sent[i].text} {subject} {verb}"
    message = (
        "A reported question keeps the order of a statement: "
        f"“{fix}”, not “{sent[i].text} {helper.text} …”."
    )
    yield Finding(sent[i].start, last.end, RULE_REPORTED, message, (fix,))


def _reported_what(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "I don't know what is it." -> "what it is"; "Do you know what time is it?" ->
    "what time it is": after a verb of knowing or asking, "what" (with a noun) or "who",
    then "be" and a pronoun that ends the clause. "what is happening" ("what" is the
    subject) has no pronoun after "be" and is left alone."""
    before = low_at(sent, i - 1)
    if before in _OBJECTS and i >= 2:
        before = low_at(sent, i - 2)
    if before not in _ASKING:
        return
    j = i + 1
    noun = j < len(sent) and sent[j].is_word and lex.is_noun(sent[j].low)
    if sent[i].low == "what" and noun and sent[j].low not in _BE_HELPERS:
        j += 1  # "what time"
    if j + 2 > len(sent) or low_at(sent, j) not in _BE_HELPERS:
        return
    pronoun = low_at(sent, j + 1)
    if pronoun not in _SUBJECT_PRONOUNS or low_at(sent, j + 2) not in ("?", ".", "!", ",", ""):
        return
    words = " ".join(t.text for t in sent[i:j])
    subject = sent[j + 1].text if sent[j + 1].text == "I" else pronoun
    fix = f"{words} {subject} {sent[j].low}"
    message = f"A reported question keeps the order of a statement: “{fix}”."
    yield Finding(sent[i].start, sent[j + 1].end, RULE_REPORTED, message, (fix,))


def _tensed(base: str, helper: str, subject: list[Token], lex: Lexicon) -> str | None:
    """ "live" after "does he" -> "lives", after "did" -> "lived", after "do" -> "live"."""
    if helper == "did":
        return lex.inflect(base, "VBD")
    if helper == "does":
        return lex.inflect(base, "VBZ")
    return base


def _joined_twice(sent: list[Token]) -> Iterator[Finding]:
    """ "Although it rained, but we went out": a sentence that opens with a subordinator
    and joins its next clause with the matching coordinator as well."""
    o = opening(sent)
    if len(sent) - o < 6 or not sent[o].is_word:
        return
    first = sent[o].low
    two = f"{first} {low_at(sent, o + 1)}"
    partner = _EVEN.get(two) or _SUBORDINATORS.get(first)
    if partner is None:
        return
    if first == "as" and low_at(sent, o + 1) in ("a", "an", "the", "well", "of", "far", "for"):
        return  # "As a result, so": "as" is not joining clauses there
    if first == "since" and any(t.is_number for t in sent[o : o + 4]):
        return  # "Since 2010, so many…": a time, not a reason
    for k in range(o + 2, len(sent) - 2):
        if sent[k].text == "," and sent[k + 1].low == partner:
            nxt = low_at(sent, k + 2)
            if partner == "so" and nxt in ("that", "much", "many", "far", "long", "few"):
                return  # "so that", "so many": not the coordinator
            if nxt in ("also", "then", "for", "not") or not sent[k + 2].is_word:
                return
            tok = sent[k + 1]
            message = (
                f"“{sent[o].text}” already joins the two clauses; “{tok.text}” joins them "
                "again: leave it out."
            )
            yield Finding(sent[k].start, tok.end, RULE_JOINED_TWICE, message, (",",))
            return
        if sent[k].text in (";", ":"):
            return


def _the_more(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "The more you read, more you learn": the second comparative keeps its "the"."""
    o = opening(sent)
    if len(sent) - o < 6 or sent[o].low != "the":
        return
    first = sent[o + 1].low
    if not (first in ("more", "less", "fewer") or "JJR" in lex.tags(first) or first == "better"):
        return
    for k in range(o + 3, len(sent) - 2):
        if sent[k].text != ",":
            continue
        nxt = sent[k + 1]
        if (nxt.low in ("more", "less", "fewer") or lex.tags(nxt.low) & {"JJR", "RBR"}) and (
            low_at(sent, k + 2) in _SUBJECT_PRONOUNS or low_at(sent, k + 2) in _DETERMINERS
        ):
            fix = f"the {nxt.low}"
            message = f"“The {first} …, the {nxt.low} …”: the second part keeps its “the”."
            yield Finding(nxt.start, nxt.end, RULE_THE_MORE, message, (fix,))
        return


def _modal_not_to(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "must not to go", "cannot to swim" -> "must not go": a modal takes the plain verb."""
    j = i + 1
    if sent[i].low != "cannot":
        if low_at(sent, j) != "not":
            return
        j += 1
    if low_at(sent, j) != "to" or j + 1 >= len(sent):
        return
    verb = sent[j + 1].low
    if not lex.tags(verb) & {"VB"} or low_at(sent, i - 1) in ("the", "a"):
        return  # "could not to the end" (a noun after "to"); "the will not to…"
    to = sent[j]
    message = f"After “{sent[i].text}”, the verb has no “to”: “{sent[j + 1].text}”."
    # the fix: the words up to "to", without it
    fix = sent[j - 1].text
    yield Finding(sent[j - 1].start, to.end, RULE_BARE, message, (fix,))


def _bare_infinitive(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "let him went" -> "let him go"; "I heard him to sing" -> "heard him sing"."""
    if low_at(sent, i + 1) not in _OBJECTS or i + 2 >= len(sent):
        return
    word = sent[i + 2]
    if not word.is_word:
        return
    if sent[i].low in _CAUSING:
        # only a form that is nothing but a simple past ("went", "ate", "took"); a
        # participle can be right ("made it known", "let it slip" is a base form anyway)
        if lex.tags(word.low) != {"VBD"}:
            return
        lemmas = lex.lemmas(word.low)
        if len(lemmas) != 1:
            return
        base = lemmas[0]
        message = f"After “{sent[i].text} {sent[i + 1].text}”, the plain verb: “{base}”."
        yield Finding(word.start, word.end, RULE_FORM, message, (replace_word(word, base),))
        return
    # a perceiving verb: "heard him to sing"; "saw him to the door" has a noun after "to"
    if word.low != "to" or i + 3 >= len(sent):
        return
    verb = sent[i + 3]
    if "VERB" not in lex.classes(verb.low) or "VB" not in lex.tags(verb.low) or verb.low == "be":
        return  # "heard him to be honest" is formal, not wrong
    if low_at(sent, i - 1) in ("was", "were", "is", "are", "be", "been", "being"):
        return  # the passive keeps "to": "he was heard to say"
    message = f"After “{sent[i].text} {sent[i + 1].text}”, the verb has no “to”."
    yield Finding(word.start, verb.end, RULE_BARE, message, (verb.text,))


def _unit_in_modifier(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "a five-years-old boy", "a ten years old child", "a 10-miles walk": a count of
    units that describes a noun keeps the unit singular ("a five-year-old boy")."""
    if i < 2:
        return
    # the number, with or without a hyphen between it and the unit
    k = i - 1
    hyphen_before = sent[k].text == "-"
    if hyphen_before:
        k -= 1
    number = sent[k]
    if not (number.is_number or _is_number_word(number.low)):
        return
    if low_at(sent, k - 1) not in ("a", "an"):
        return  # "the boy, ten years old" and "ten years old" stay: only "a … old boy"
    j = i + 1
    hyphen_after = low_at(sent, j) == "-"
    if hyphen_after:
        j += 1
    if low_at(sent, j) in _UNIT_ADJECTIVES:
        noun_at = j + 1
    elif hyphen_before:
        noun_at = i + 1  # "a 10-miles walk": the unit itself ends the modifier
        j = i
    else:
        return
    if noun_at >= len(sent) or not sent[noun_at].is_word or not lex.is_noun(sent[noun_at].low):
        return
    unit = sent[i]
    singular = lex.lemmas(unit.low, "NOUN")
    fix = singular[0] if singular else unit.low.removesuffix("s")
    if unit.low == "feet":
        fix = "foot"
    message = (
        f"A count that describes a noun keeps its unit singular: “{fix}”, as in "
        f"“a {number.text}-{fix}{'-' + sent[j].low if j != i else ''} {sent[noun_at].text}”."
    )
    yield Finding(unit.start, unit.end, RULE_UNIT, message, (replace_word(unit, fix),))


_NUMBER_WORDS = word_set(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred"
)


def _is_number_word(word: str) -> bool:
    return word in _NUMBER_WORDS


def _so_adjective_noun(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "She is so beautiful girl" -> "such a beautiful girl": "so" grades an adjective
    alone; before an adjective and a singular count noun, "such a" does."""
    if low_at(sent, i - 1) not in ("is", "was", "'s", "are", "were", "am", "'m", "'re"):
        return
    j = i + 1
    if j + 1 >= len(sent) or lex.classes(sent[j].low) != {"ADJ"}:
        return
    noun = sent[j + 1]
    if not noun.is_word or noun.is_capitalised or lex.tags(noun.low) != {"NN"}:
        return
    after = low_at(sent, j + 2)
    if after not in (".", "!", ",", "", "that", "and", "but", "?"):
        return
    if lex.pair("a", noun.low) == 0 or lex.pair("much", noun.low) > 0:
        return  # not a counted noun: "so good food" is another matter
    article = "an" if sent[j].low[:1] in "aeiou" else "a"
    fix = f"{match_case(sent[i].text, 'such')} {article} {sent[j].text}"
    message = f"Before an adjective and a noun, write “such {article}”: “{fix} {noun.text}”."
    yield Finding(sent[i].start, sent[j].end, RULE_SO_SUCH, message, (fix,))


_BE_FORMS = word_set("is are was were 's 're am 'm be been")
_PERSONAL = word_set("he she it we they him them us me")
_THINKING = word_set("think thinks thought believe believes believed say says said know knew")
_FINITE_BE = word_set("is was are were has had will would can could")
_FOR_OBJECTS = word_set("me him her us them")


def _superlative_without_the(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "He is tallest boy in the class" -> "the tallest boy": after "be", a regular
    superlative ("-est", nothing else) before a singular noun wants "the". "Best"/"most"
    are left ("it is best practice", "is most likely")."""
    j = i + 1
    if j + 1 >= len(sent):
        return
    sup = sent[j]
    if lex.tags(sup.low) - {"RBS"} != {"JJS"} or not sup.low.endswith("est"):
        return
    noun = sent[j + 1]
    if not noun.is_word or noun.is_capitalised or not lex.is_noun(noun.low):
        return
    if (
        lex.tags(noun.low) & {"NNS", "VBZ", "VBD", "VBN", "JJ"}
        or lex.noun_number(noun.low) != "singular"
    ):
        return  # "is highest paid" (a participle), "is latest news" reads as a plural
    if low_at(sent, j + 2) not in (
        "in",
        "of",
        "on",
        "at",
        "I",
        "i",
        "that",
        "who",
        ".",
        "!",
        ",",
        "",
    ):
        return
    message = f"A superlative before its noun takes “the”: “the {sup.text} {noun.text}”."
    fix = f"the {sup.text}"
    yield Finding(sup.start, sup.end, RULE_SUPERLATIVE, message, (fix,))


def _determiner_pronoun(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "to the Us", "text an it causes": a personal pronoun takes no determiner; the
    pair is a slip ("an it" for "and it") or a pronoun for a noun."""
    if i + 1 >= len(sent):
        return
    pronoun = sent[i + 1]
    if pronoun.low not in _PERSONAL or pronoun.is_all_caps or pronoun.text == "US":
        return  # "the US" is a country, "the IT department"
    after = sent[i + 2] if i + 2 < len(sent) else None
    if after is not None and (after.text in ("-", "”", '"', "’", "'") or after.is_capitalised):
        return  # "the us-versus-them", "a he-goat", quoted words
    if after is not None and lex.classes(after.low) == {"NOUN"}:
        return  # "the It girl": the pronoun names a kind of the noun after it
    if i > 0 and sent[i - 1].text in ("“", '"', "‘"):
        return
    det = sent[i]
    message = (
        f"“{det.text} {pronoun.text}”: a pronoun takes no “{det.low}”; a word missing or mistyped?"
    )
    fixes = ("and",) if det.low == "an" else (pronoun.text,)
    start, end = (det.start, det.end) if det.low == "an" else (det.start, pronoun.end)
    yield Finding(start, end, RULE_PRONOUN_DET, message, fixes)


def _who_agreement(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "Who want to go?" -> "wants", "Who are coming tonight?" -> "is": a question's
    "who" as subject takes a singular verb. "Who are you?" (its subject follows) and
    "Who do you love?" are left alone."""
    o = opening(sent)
    if len(sent) - o < 4 or sent[o].low != "who" or sent[-1].text != "?":
        return
    verb = sent[o + 1]
    nxt = low_at(sent, o + 2)
    if verb.low in ("are", "were"):
        if not lex.tags(nxt) & {"VBG"}:
            return  # "Who are you?", "Who are the winners?"
        fix = "is" if verb.low == "are" else "was"
    elif verb.low in ("have", "do"):
        return  # "Who have you met?", "Who do you love?"
    else:
        if lex.tags(verb.low) & {"VBZ", "VBD", "MD"} or "VBP" not in lex.tags(verb.low):
            return
        if nxt in _SUBJECT_PRONOUNS or nxt in _DETERMINERS or nxt in ("you",):
            return  # "Who want you …" is not a shape print has; a subject follows
        form = lex.inflect(verb.low, "VBZ")
        if not form or form == verb.low:
            return
        fix = form
    message = f"“Who” asking for a subject takes a singular verb: “{fix}”."
    yield Finding(verb.start, verb.end, RULE_WHO, message, (replace_word(verb, fix),))


def _whom_subject(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "the man whom I think is guilty" -> "who": the pronoun is the subject of "is",
    with "I think" between them."""
    if i + 3 >= len(sent):
        return
    if low_at(sent, i + 1) not in _SUBJECT_PRONOUNS or low_at(sent, i + 2) not in _THINKING:
        return
    if low_at(sent, i + 3) not in _FINITE_BE:
        return
    tok = sent[i]
    message = "“Whom” is the subject of the verb after “… think” here: “who”."
    yield Finding(tok.start, tok.end, RULE_WHOM, message, (replace_word(tok, "who"),))


def _for_someone_to(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "It is hard for me understand this" -> "for me to understand": after an adjective
    and "for" someone, the verb takes "to"."""
    if i < 1 or i + 2 >= len(sent):
        return
    if "ADJ" not in lex.classes(sent[i - 1].low) or lex.is_noun(sent[i - 1].low):
        return
    if low_at(sent, i + 1) not in _FOR_OBJECTS:
        return
    verb = sent[i + 2]
    if lex.classes(verb.low) != {"VERB"} or lex.tags(verb.low) - {"VBP"} != {"VB"}:
        return
    message = f"After “{sent[i].text} {sent[i + 1].text}”, the verb takes “to”: “to {verb.text}”."
    yield Finding(verb.start, verb.end, RULE_FOR_TO, message, (f"to {verb.text}",))


# a preposition straight before "to" and a verb: never in print but in slips ("about
# to", "up to", "in to", "on to" and "next to" are right and are not here)
# ("from" and "with" are left out: a clause may end at them, "inherited from to create")
_PREP_BEFORE_TO = word_set("at of for by without")
_PASSIVE_BARE = word_set("made seen heard")


def _plain_verb(lex: Lexicon, word: str) -> bool:
    """A verb's plain form and nothing else a word can be here ("sing", "enter", "be")."""
    return lex.classes(word) <= {"VERB", "AUX"} and "VB" in lex.tags(word)


def _preposition_to_verb(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "good at to sing" -> "at singing": a preposition takes the "-ing" form."""
    if i + 2 >= len(sent) or not _plain_verb(lex, sent[i + 2].low):
        return
    verb = sent[i + 2]
    form = lex.inflect(verb.low, "VBG")
    if not form:
        return
    to = sent[i + 1]
    message = f"After “{sent[i].text}”, a verb takes “-ing”: “{sent[i].text} {form}”."
    yield Finding(to.start, verb.end, RULE_PREP_TO, message, (replace_word(verb, form),))


def _passive_needs_to(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "We were made do it" -> "made to do": the passive keeps the "to" the active drops."""
    if i + 1 >= len(sent) or not _plain_verb(lex, sent[i + 1].low):
        return
    if sent[i + 1].low == "be":
        return
    verb = sent[i + 1]
    message = f"In the passive, “{sent[i].text}” takes “to”: “{sent[i].text} to {verb.text}”."
    yield Finding(verb.start, verb.end, RULE_PASSIVE_TO, message, (f"to {verb.text}",))


# words a verb is read after: a subject, a helper, "not", "to"
_BEFORE_TO_VERB = word_set(
    "i you he she we they it can could will would should must may might 'd 'll not "
    "is are was were am 'm 're 's be been to do does did don't doesn't didn't"
)
# verbs and words print follows with a plain verb, never with "to" between: "help
# make", "let go", "go get", "why not ask", "had better stay"
_BARE_AFTER = word_set(
    "help helps helped helping let lets make makes made see sees saw hear hears heard "
    "watch watches watched feel feels felt go goes went come comes came dare rather "
    "better need needs please"
)
_TO_RATIO = 20 * CUT_OFF  # the word before: followed by "to" at least this often
_TO_OVER_OBJECT = 3.0  # and this many times as often as by "the" or "a"


def _plain_after_been(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "have been go there" -> "gone": after "been", print has a participle or "-ing"
    and never the plain form."""
    if i + 1 >= len(sent) or not sent[i + 1].is_word:
        return
    word = sent[i + 1].low
    if "VB" not in lex.tags(word) or lex.tags(word) & {"VBN", "VBD", "VBG", "JJ"}:
        return
    if lex.pair("been", word) or not lex.pair("to", word):
        return
    forms = [f for f in (lex.inflect(word, "VBN"), lex.inflect(word, "VBG")) if f and f != word]
    forms = [f for f in forms if lex.pair("been", f)]
    if not forms:
        return
    forms.sort(key=lambda f: -lex.pair("been", f))
    tok = sent[i + 1]
    message = f"After “been”, a verb takes its participle or “-ing”: “{forms[0]}”."
    yield Finding(
        tok.start, tok.end, RULE_FORM, message, tuple(replace_word(tok, f) for f in forms)
    )


def _missing_to(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "She likes read books" -> "likes to read": a word print follows with "to" far
    more than with anything, then a plain verb print never puts after it."""
    head, verb = sent[i], sent[i + 1]
    if not head.is_word or not verb.is_word or head.low in _BARE_AFTER:
        return
    if head.low in _BEFORE_TO_VERB or not lex.classes(head.low) & {"VERB", "ADJ"}:
        return
    if head.low == "one":
        return  # "one undo step": a number
    if lex.tags(head.low) & {"RB", "RBR", "RBS"} or verb.low in _BARE_AFTER:
        return  # "would likely lead", "you first think": an adverb before the verb
    if low_at(sent, i + 2) == "not":
        return  # "need not include": a helper of its own
    to = lex.pair(head.low, "to")
    if to < _TO_RATIO or lex.pair(head.low, verb.low) or verb.is_capitalised:
        return
    if to < _TO_OVER_OBJECT * (lex.pair(head.low, "the") + lex.pair(head.low, "a")):
        return  # "use pip", "set date", "click Save": a word that takes objects too
    if verb.low in _MODALS or verb.low in _BEFORE_TO_VERB:
        return
    tags = lex.tags(verb.low)
    if "VB" not in tags or tags & {"VBZ", "VBG", "JJ", "RB"}:
        return
    if lex.classes(verb.low) - {"VERB", "AUX"} and not lex.pair("to", verb.low) > 10 * CUT_OFF:
        return  # a noun too ("likes cake"): only a verb print puts after "to" often
    if low_at(sent, i + 2) in ("-", "'s"):
        return
    message = f"“{head.text}” takes “to” before a verb: “{head.text} to {verb.text}”."
    yield Finding(verb.start, verb.end, RULE_MISSING_TO, message, (f"to {verb.text}",))


_OBJECT_PREPOSITIONS = word_set(
    "by with to from about against without near behind beside towards toward among "
    "between for at"
)
_TO_OBJECT = {"he": "him", "she": "her", "they": "them", "we": "us"}
# what may follow the object: the end of its phrase (a verb after it makes it a
# subject: "for he is a jolly good fellow", "like he said")
_AFTER_OBJECT = word_set(". , ! ? ; : and or but too as well today yesterday now")


def _subject_after_preposition(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "broken by he" -> "by him": after a preposition, the object form."""
    pronoun = sent[i + 1]
    after = low_at(sent, i + 2)
    if after not in _AFTER_OBJECT and after != "":
        return
    if after in ("and", "or") and lex.tags(low_at(sent, i + 3)) & {"VBZ", "VBD", "VBP", "MD"}:
        return  # "for he and she went": not likely, but a verb after makes it a subject
    if sent[i].low == "for" and i > 0 and sent[i - 1].text == ",":
        return  # ", for he …": "for" as a conjunction
    fix = _TO_OBJECT[pronoun.low]
    message = f"After “{sent[i].text}”, the object form: “{fix}”."
    yield Finding(pronoun.start, pronoun.end, RULE_CASE, message, (replace_word(pronoun, fix),))


_TIME_CLAUSE = word_set("if when once until till before after unless")
_KNOWING_BEFORE = word_set(
    "know knows knew ask asks asked wonder wonders wondered decide decides decided tell "
    "told say says said sure clear unclear idea announce announced see whether question"
)
_THIRD = word_set("he she it")


def _will_in_time_clause(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "If he will come, we will leave" -> "If he comes"; "I will call you when I will
    arrive" -> "when I arrive": a clause of time or condition takes the present where
    the sentence's main clause has "will". A question's "when" ("I don't know when he
    will come") and "will not" (refusal: "if he won't listen") are left alone."""
    wills = [k for k, t in enumerate(sent) if t.low in ("will", "'ll")]
    if len(wills) < 2:
        return
    for k in range(len(sent) - 3):
        conj = sent[k]
        if conj.low not in _TIME_CLAUSE:
            continue
        before = low_at(sent, k - 1)
        asker = low_at(sent, k - 2) if before in _OBJECTS else before  # "ask him when"
        if asker in _KNOWING_BEFORE:
            continue  # "I don't know when he will come": a question, not a time
        if k != opening(sent) and before not in _OBJECTS and lex.is_noun(before):
            continue  # "a time when we will": a relative clause
        subject = sent[k + 1]
        if subject.low not in _SUBJECT_PRONOUNS or low_at(sent, k + 2) != "will":
            continue
        verb = sent[k + 3] if k + 3 < len(sent) else None
        if verb is None or not _plain_verb(lex, verb.low):
            continue
        if not any(w < k or w > k + 3 for w in wills):
            continue
        form = verb.low
        if subject.low in _THIRD:
            form = {"be": "is", "have": "has"}.get(verb.low) or lex.inflect(verb.low, "VBZ") or ""
        elif verb.low == "be":
            form = {"i": "am"}.get(subject.low, "are")
        if not form:
            continue
        fix = f"{subject.text} {form}"
        message = (
            f"After “{conj.text}”, the present stands for the future: “{conj.text} {fix}”, "
            "not “will”."
        )
        yield Finding(subject.start, verb.end, RULE_WILL, message, (fix,))


def _very_verb(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "I very like it" -> "I really like it": after a subject pronoun, "very" before a
    finite verb ("It is very like a whale" has "is" before it and is left alone)."""
    if low_at(sent, i - 1) not in _SUBJECT_PRONOUNS or i + 1 >= len(sent):
        return
    verb = sent[i + 1]
    tags = lex.tags(verb.low)
    if not tags & {"VBP", "VBZ", "VBD"} or "RB" in tags or verb.low in _BE_FORMS:
        return
    if "JJ" in tags and ("VBN" in tags or "VBP" not in tags):
        return  # "he very tired": a participle or an adjective, a verb missing
    if "VERB" not in lex.classes(verb.low) or verb.low in _MODALS:
        return
    tok = sent[i]
    message = f"“Very” does not grade a verb: “really {verb.text}” or “{verb.text} … very much”."
    yield Finding(tok.start, tok.end, RULE_VERY, message, (match_case(tok.text, "really"),))


def _a_same(sent: list[Token], i: int) -> Iterator[Finding]:
    """ "a same car" -> "the same car"; "an other chance" -> "another chance"."""
    if i + 1 >= len(sent) or low_at(sent, i + 2) == "-":
        return  # "a same-sex couple"
    det, nxt = sent[i], sent[i + 1]
    if det.low == "a" and nxt.low == "same":
        fix = match_case(det.text, "the")
        message = "“Same” takes “the”: “the same”."
        yield Finding(det.start, det.end, RULE_ARTICLE, message, (fix,))
    elif det.low == "an" and nxt.low == "other":
        fix = match_case(det.text, "another")
        message = "One word: “another”."
        yield Finding(det.start, nxt.end, RULE_ARTICLE, message, (fix,))
