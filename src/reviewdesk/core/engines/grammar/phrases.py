"""Phrase-level slips with a fixed shape: "a women", "this errors", "to I", "was been",
"I looking", "most of students", "in 1990s", "enjoy to run", "afford spend",
"explain me the", "is knowing".

Each shape is checked only where the words around it leave no other reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import (
    Finding,
    low_at,
    replace_word,
    sentence_start,
)
from reviewdesk.core.engines.grammar.lexicon import (
    DETERMINERS,
    NUMBER_BY_MEANING,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.number import joins_new_phrase
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "grammar-phrase"
_OBJECT = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them"}
_PREP_NOT_CONJ = word_set(
    "to with between at of about among against without toward towards behind beside upon "
    "into onto from"
)
_QUANTIFIERS = word_set("all most some many much none each both few several any half")
_NOT_BARE = word_set("them us you him her it these those which whom what this that who all whose")
_GERUND_VERBS = word_set(
    "enjoy enjoys enjoyed enjoying consider considers considered considering avoid avoids "
    "avoided avoiding finish finishes finished finishing mind minds minded admit admits "
    "admitted deny denies denied risk risks risked practise practice practised practiced "
    "quit quits keep keeps kept imagine imagines imagined postpone postponed delay delayed "
    "appreciate appreciated regret regrets regretted suggest suggests suggested recommend "
    "recommends recommended miss misses missed dislike dislikes disliked resist resists "
    "resisted detest detests detested anticipate anticipates anticipated"
)
_TO_GERUND = (
    ("look", "forward"),
    ("looking", "forward"),
    ("looked", "forward"),
    ("looks", "forward"),
)
# "I am used to run" wants "running"; "a knife is used to cut" is right: only the first
# person and "get used to" are sure.
_USED_TO_BE = word_set("am 'm i'm we're get gets got getting grew become became")
_INFINITIVE_VERBS = word_set(
    "afford decide decided hope hoped refuse refused manage managed "
    "fail failed promise promised intend intended agree agreed pretend pretended "
    "threaten threatened"
)
# "-ing" words that work as prepositions: "agreed following talks", "failed during"
_PREPOSITION_LIKE = word_set(
    "according including regarding concerning following considering excluding during "
    "pending notwithstanding barring involving being having"
)
# these also take "to" + a noun ("admitted to murder", "a risk to life", "keep to time")
# or "to" + a verb of saying ("I regret to say")
_TO_TOO = word_set(
    "admit admits admitted risk risks risked keep keeps kept delay delayed regret regrets regretted"
)
_EXPLAIN = word_set("explain explains explained explaining describe describes described")
_STATIVE = frozenset({"knowing", "belonging", "consisting", "owning", "possessing"})
_BE = word_set("am is are was were 'm 're")
_DECADE = re.compile(r"\d{3}0s$")


# Every word that can start one of the shapes below: the rest are skipped at once.
_TRIGGERS = (
    frozenset({"a", "an", "this", "that", "these", "those", "between", "used", "accustomed"})
    | _PREP_NOT_CONJ
    | _QUANTIFIERS
    | _GERUND_VERBS
    | _INFINITIVE_VERBS
    | _EXPLAIN
    | _BE
    | {"be", "been", "in", "during", "since", "by", "from", "until", "i", "he", "she", "we"}
    | {"they", "you", "was", "is", "were", "are", "wasn't", "isn't", "weren't", "aren't"}
    | {"look", "looking", "looked", "looks"}
)


def check_phrases(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Fixed-shape slips in one sentence."""
    for i, tok in enumerate(sent):
        low = tok.low
        if low not in _TRIGGERS:
            continue
        nxt = low_at(sent, i + 1)
        if low in ("a", "an") and (tok.text != "A" or sentence_start(sent, i)):
            yield from _a_plural(sent, i, lex)
        if (
            low == "this"
            and _plural_only(nxt, lex)
            and "NOUN" not in lex.classes(low_at(sent, i + 2))
        ):
            yield _fix(tok, "these", f"“{sent[i + 1].text}” is plural: “these {sent[i + 1].text}”.")
        if low == "this" and _plural_subject(sent, i + 1, lex):
            yield _fix(tok, "these", f"“{sent[i + 1].text}” is plural: “these {sent[i + 1].text}”.")
        if low in ("this", "that") and i == 0 and nxt in ("are", "were"):
            yield _fix(tok, "these" if low == "this" else "those", "The verb is plural.")
        if low in ("these", "those") and i == 0 and nxt in ("is", "was"):
            yield _fix(tok, "this" if low == "these" else "that", "The verb is singular.")
        if low in _PREP_NOT_CONJ and nxt in _OBJECT and _pronoun_is_object(sent, i + 1):
            pron = sent[i + 1]
            yield _fix(pron, _OBJECT[nxt], f"After “{tok.text}” use “{_OBJECT[nxt]}”.")
        if low == "between" and low_at(sent, i + 2) == "and" and low_at(sent, i + 3) in _OBJECT:
            pron = sent[i + 3]
            yield _fix(pron, _OBJECT[pron.low], f"After “between” use “{_OBJECT[pron.low]}”.")
        if low in ("was", "is", "were", "are", "wasn't", "isn't", "weren't", "aren't") and (
            nxt == "been" or (nxt == "not" and low_at(sent, i + 2) == "been")
        ):
            fix = {"was": "has", "is": "has", "were": "have", "are": "have"}.get(
                low.removesuffix("n't"), "has"
            ) + ("n't" if low.endswith("n't") else "")
            yield _fix(tok, fix, f"“{tok.text} been” is not a verb form: “{fix} been”.")
        if low in ("i", "he", "she", "we", "they", "you") and _clause_start(sent, i):
            yield from _missing_be(sent, i, lex)
        if (
            low in _QUANTIFIERS
            and nxt == "of"
            and i + 2 < len(sent)
            and low_at(sent, i - 1) != "the"
        ):
            yield from _bare_after_of(sent, i, lex)
        if low in ("in", "during", "since", "by", "from", "until") and _DECADE.match(nxt):
            yield Finding(
                sent[i + 1].start,
                sent[i + 1].end,
                RULE,
                f"Write “the {nxt}”.",
                ("the " + sent[i + 1].text,),
            )
        if (
            low in _GERUND_VERBS
            and nxt == "to"
            and not _passive(sent, i, lex)
            and _verb_after_to(sent, i, lex)
        ):
            yield from _gerund(sent, i + 2, lex, f"After “{tok.text}” use the -ing form")
        if (
            (low, nxt) in _TO_GERUND
            and low_at(sent, i + 2) == "to"
            and _base_only(low_at(sent, i + 3), lex)
        ):
            yield from _gerund(sent, i + 3, lex, "After “look forward to” use the -ing form")
        if (
            low in ("used", "accustomed")
            and nxt == "to"
            and low_at(sent, i - 1) in _USED_TO_BE | {"grew", "become", "became"}
            and _base_only(low_at(sent, i + 2), lex)
        ):
            yield from _gerund(sent, i + 2, lex, f"After “{tok.text} to” use the -ing form")
        if (
            low in _INFINITIVE_VERBS
            and i + 1 < len(sent)
            and (
                _base_only(nxt, lex)
                or (
                    "VBG" in lex.tags(nxt)
                    and lex.classes(nxt) <= {"VERB", "ADJ"}
                    and nxt not in _PREPOSITION_LIKE
                    and low_at(sent, i - 1) not in DETERMINERS
                )
            )
        ):
            verb = sent[i + 1]
            lemma = lex.lemmas(verb.low)[0] if lex.lemmas(verb.low) else verb.low
            yield Finding(
                verb.start,
                verb.end,
                RULE,
                f"After “{tok.text}” write “to {lemma}”.",
                ("to " + lemma,),
            )
        if (
            low in _EXPLAIN
            and nxt in ("me", "him", "her", "us", "them", "you")
            and low_at(sent, i + 2)
            in DETERMINERS | {"why", "how", "what", "that", "where", "when", "who"}
        ):
            pron = sent[i + 1]
            yield Finding(
                pron.start,
                pron.end,
                RULE,
                f"Write “{tok.text} to {pron.text}”.",
                ("to " + pron.text,),
            )
        if low in _BE | {"be", "been"} and nxt in _STATIVE:
            verb = sent[i + 1]
            lemma = lex.lemmas(nxt)[0] if lex.lemmas(nxt) else ""
            if lemma:
                yield Finding(
                    verb.start, verb.end, RULE, f"“{lemma}” is not used in the -ing form here.", ()
                )


def _fix(tok: Token, word: str, message: str) -> Finding:
    return Finding(tok.start, tok.end, RULE, message, (replace_word(tok, word),))


def _plural_only(word: str, lex: Lexicon) -> bool:
    return (
        bool(word)
        and word.isalpha()
        and lex.tags(word) == {"NNS"}
        and lex.classes(word) == {"NOUN"}
    )


def _plural_noun(word: str, lex: Lexicon) -> bool:
    """A plural noun that is otherwise only a verb's "-s" form ("books", "reports")."""
    tags = lex.tags(word)
    return (
        "NNS" in tags
        and tags <= {"NNS", "VBZ"}
        and word not in NUMBER_BY_MEANING
        and lex.noun_number(word) == "plural"
    )


def _base_only(word: str, lex: Lexicon) -> bool:
    tags = lex.tags(word)
    return bool(tags) and tags <= {"VB", "VBP"} and lex.classes(word) <= {"VERB"}


def _verb_after_to(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "enjoy to swim": after "enjoy to" a word that can be a verb is read as one, unless
    the verb before also takes "to" and a noun, or is a noun itself ("the delay to")."""
    word = low_at(sent, i + 2)
    if i + 2 < len(sent) and sent[i + 2].is_capitalised:
        return False  # "recommended to Commission Chairman ...": a name
    if _base_only(word, lex):
        return True
    if sent[i].low in _TO_TOO or low_at(sent, i - 1) in DETERMINERS:
        return False
    return "VB" in lex.tags(word) and word != "be" and lex.classes(word) <= {"VERB", "NOUN"}


# "Users are recommended to update": the passive takes "to" (a "be" form before it)
_PASSIVE = word_set(
    "be been being is are was were am 's 're 'm you're we're they're he's she's it's i'm "
    "isn't aren't wasn't weren't"
)
_PLURAL_VERB_AFTER = word_set("are were have do don't aren't weren't haven't")


def _passive(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "are recommended to", "'re still recommended to" (and "is recommend to", whose
    slip is the participle's): a passive after "be", not "I'm considering to buy", a
    progressive."""
    if sent[i].low.endswith("ing"):
        return False
    return bool({low_at(sent, i - 1), low_at(sent, i - 2)} & _PASSIVE)


def _plural_subject(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """ "This books are": a plural noun after "this" with a plural verb after it (the noun
    could be a verb, "This books well", until the plural verb shows it is the subject)."""
    word = low_at(sent, j)
    return (
        low_at(sent, j + 1) in _PLURAL_VERB_AFTER
        and "NOUN" in lex.classes(word)
        and lex.noun_number(word) == "plural"
        and word not in NUMBER_BY_MEANING
    )


def _clause_start(sent: list[Token], i: int) -> bool:
    return sentence_start(sent, i) or sent[i - 1].low in (
        "and",
        "but",
        "so",
        "because",
        "when",
        "if",
        "that",
        ",",
    )


def _pronoun_is_object(sent: list[Token], j: int) -> bool:
    """ "to I" but not "World War I", "Henry I", "to I-95" or "than I"."""
    pron = sent[j]
    if pron.text == "I" and (
        (j + 1 < len(sent) and sent[j + 1].text in "-–.") or (j >= 2 and sent[j - 2].is_capitalised)
    ):
        return False
    after = low_at(sent, j + 1)
    # "to they" starts a clause only in broken text; "from I know" does not occur
    return after not in (
        "am",
        "was",
        "is",
        "are",
        "were",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
    )


def _missing_be(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "I looking into it" -> "I am looking"."""
    j = i + 1
    while j < len(sent) and sent[j].low in (
        "really",
        "regularly",
        "usually",
        "always",
        "often",
        "still",
        "just",
        "now",
        "also",
        "currently",
    ):
        j += 1
    word = low_at(sent, j)
    if not word.endswith("ing") or "VBG" not in lex.tags(word) or word in _PREPOSITION_LIKE:
        return
    if lex.classes(word) - {"VERB", "ADJ"} and low_at(sent, j + 1) in ("", ".", ","):
        return  # "and they building." is too short to tell a noun from a verb
    be = {"i": "am", "he": "is", "she": "is"}.get(sent[i].low, "are")
    pron = sent[i]
    yield Finding(
        pron.start,
        pron.end,
        RULE,
        f"A verb is missing: “{pron.text} {be} {sent[j].text}”.",
        (f"{pron.text} {be}",),
    )


def _bare_after_of(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "most of students" -> "most of the students" (or "most students")."""
    noun = sent[i + 2]
    if not noun.is_word or noun.is_capitalised or noun.low in _NOT_BARE or noun.low in DETERMINERS:
        return
    if lex.classes(noun.low) not in ({"NOUN"}, {"NOUN", "VERB"}):
        return
    if lex.tags(noun.low) & {"VBG"} or noun.low in ("us", "them", "which"):
        return
    of = sent[i + 1]
    yield Finding(
        of.start,
        of.end,
        RULE,
        f"Write “{sent[i].text} of the {noun.text}” or “{sent[i].text} {noun.text}”.",
        ("of the",),
    )


def _gerund(sent: list[Token], j: int, lex: Lexicon, message: str) -> Iterator[Finding]:
    verb = sent[j]
    lemma = lex.lemmas(verb.low)[0] if lex.lemmas(verb.low) else verb.low
    form = lex.inflect(lemma, "VBG")
    if form:
        yield Finding(
            verb.start, verb.end, RULE, f"{message}: “{form}”.", (replace_word(verb, form),)
        )


def _a_plural(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "a women", "a major milestones": a plural-only noun after "a", ending its phrase."""
    j = i + 1
    while j < len(sent) and sent[j].is_word and lex.classes(sent[j].low) == {"ADJ"}:
        j += 1
    noun = low_at(sent, j)
    if j == i + 1 and noun in ("few", "lot", "couple", "number", "dozen"):
        return
    if not (_plural_only(noun, lex) or _plural_noun(noun, lex)) or sent[j].is_capitalised:
        return
    after = low_at(sent, j + 1)
    # "a sales manager": a noun used as a modifier; not "a books yesterday" (a word that
    # is an adverb too) nor "a cats and a dog" (a new phrase after "and"; grammar15)
    classes = lex.classes(after)
    noun_after = after.isalpha() and "NOUN" in classes and "ADV" not in classes
    if not joins_new_phrase(sent, j + 1) and (after in ("and", "&", "or") or noun_after):
        return
    if any(low_at(sent, k) in ("few", "great", "good") for k in range(i + 1, j)):
        return  # "a few days", "a great many"
    singular = lex.lemmas(noun, "NOUN")
    if singular and singular[0] != noun:
        yield _fix(
            sent[j], singular[0], f"After “{sent[i].text}” the noun is singular: “{singular[0]}”."
        )


_NEGATIONS = word_set(
    "not never don't doesn't didn't won't can't cannot couldn't wouldn't isn't "
    "haven't hasn't hadn't aren't wasn't weren't shouldn't"
)
# a negated helper straight before "never": "I haven't never seen it" (grammar14)
_NEGATED_HELPERS = _NEGATIONS - word_set("not never cannot")
_NEGATIVE_OBJECTS = word_set("no nothing nobody none nowhere noone")
_CLAUSE_VERBS = word_set(
    "believe think say said accept take taking know knew hear feel guess suppose mean "
    "expect imagine answer answered reply replied"
)


def check_double_negatives(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "I don't have no money": a second negative within a few words of the first."""
    for i, tok in enumerate(sent):
        if tok.low not in _NEGATIONS:
            continue
        if low_at(sent, i + 1) in _SCARCELY and tok.low not in ("never", "cannot"):
            yield _not_scarcely(tok, sent[i + 1])
            continue
        if tok.low in _NEGATED_HELPERS and low_at(sent, i + 1) == "never":
            never = sent[i + 1]
            fix = "ever"
            message = f"A double negative: “{tok.text} never”; write “{tok.text} ever”."
            yield Finding(never.start, never.end, RULE, message, (replace_word(never, fix),))
            continue
        for k in range(i + 1, min(len(sent), i + 4)):
            word = sent[k]
            if not word.is_word:
                break  # a comma or quote: "I don't know, no."
            if k > i + 1 and sent[k - 1].low in _CLAUSE_VERBS and not _object_ends(sent, k, lex):
                break  # "can't believe nobody came", "couldn't say no": its own clause
            follower = low_at(sent, k + 1)
            no_noun = word.low != "no" or (
                follower not in ("longer", "less", "more", "one", "for", "to")
                and "NOUN" in lex.classes(follower)
            )
            if word.low in _NEGATIVE_OBJECTS and no_noun:
                fix = {
                    "no": "any",
                    "nothing": "anything",
                    "nobody": "anybody",
                    "none": "any",
                    "nowhere": "anywhere",
                    "noone": "anyone",
                }[word.low]
                yield Finding(
                    word.start,
                    word.end,
                    RULE,
                    f"A double negative: “{tok.text} … {word.text}”; write “{fix}”.",
                    (replace_word(word, fix),),
                )
                break


def _object_ends(sent: list[Token], k: int, lex: Lexicon) -> bool:
    """ "didn't say nothing.", "doesn't know nobody here": after a verb of saying or
    knowing, a negative pronoun other than "no" that ends its clause is the verb's
    object, not the subject of a clause of its own ("can't believe nobody came")."""
    if sent[k].low not in ("nothing", "nobody", "noone"):
        return False
    after = low_at(sent, k + 1)
    return after in (".", "!", "?", ",", "", "here", "there", "about", "at", "else")


_SCARCELY = word_set("hardly barely scarcely")
_POSITIVE = {"can't": "can", "won't": "will", "not": ""}


def _not_scarcely(neg: Token, adverb: Token) -> Finding:
    """ "can't hardly see" -> "can hardly see": "hardly" is negative already."""
    helper = _POSITIVE.get(neg.low, neg.low.removesuffix("n't"))
    fix = f"{replace_word(neg, helper)} {adverb.text}" if helper else replace_word(neg, adverb.low)
    message = f"“{adverb.text}” is negative already: “{fix}”."
    return Finding(neg.start, adverb.end, RULE, message, (fix,))


_PREDICATES = word_set("afraid sure sorry glad ready able aware unable happy sad tired sick")


def check_missing_verb(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "I afraid of dogs" -> "I am afraid": a pronoun followed straight by an adjective."""
    for i, tok in enumerate(sent[:-1]):
        if tok.low not in ("i", "he", "she", "we", "they") or not _clause_start(sent, i):
            continue
        word = low_at(sent, i + 1)
        ends = ("of", "about", "to", "that", ".", ",", "!", "", "for", "with", "at", "?")
        if word not in _PREDICATES or low_at(sent, i + 2) not in ends:
            continue
        be = {"i": "am", "he": "is", "she": "is"}.get(tok.low, "are")
        yield Finding(
            tok.start,
            tok.end,
            RULE,
            f"A verb is missing: “{tok.text} {be} {sent[i + 1].text}”.",
            (f"{tok.text} {be}",),
        )
