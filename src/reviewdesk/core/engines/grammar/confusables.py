"""Words a copy desk sees confused: its/it's, their/there/they're, your/you're,
whose/who's, where/were, affect/effect, lose/loose, then/than, "could of", "do to"...

Two kinds of evidence, both independent of any tagger guess:

* patterns over what a word can be ("its" must be followed by a noun phrase, so "its a"
  and "its not" want "it's"; "could of" wants "could have");
* word-pair counts for sets of words that sound alike: "then ever" is rare, "than ever"
  common. A word is flagged only when its alternative fits both neighbours far better.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    ADVERBS_BETWEEN,
    DETERMINERS,
    MODALS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    Lexicon,
)
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.models import Category

RULE = "confused-words"
_CONF = Category.CONFUSION

# Sets of words that sound alike or nearly so, and are each other's usual slip.
_SOUND_ALIKE_TEXT = (
    "then than|affect effect|affects effects|affected effected|lose loose|losing loosing|"
    "accept except|principal principle|principals principles|complement compliment|"
    "complements compliments|complementary complimentary|quiet quite|advice advise|"
    "coarse course|passed past|here hear|weather whether|breath breathe|desert dessert|"
    "council counsel|stationary stationery|site sight|peak peek|brake break|role roll|"
    "waive wave|personal personnel|discreet discrete|eminent imminent|allude elude|"
    "later latter|reign rein|pore pour|vain vein|sole soul|through thorough|choose chose|"
    "precede proceed|capital capitol|conscience conscious|device devise|"
    "formally formerly|forth fourth|heroin heroine|miner minor|moral morale|plain plane|"
    "pray prey|straight strait|waist waste|lead led|cite site|bare bear|"
    "prostate prostrate|elicit illicit|dual duel|hoard horde|canvas canvass|tenet tenant|"
    "medal meddle|pedal peddle|whose who's|were where|their there|loath loathe|"
    "wander wonder|wandering wondering|massage message|minuets minutes|supper super|"
    "belief believe|beliefs believes|seams seems|scene seen|vary very|altar alter|"
    "hangar hanger|hangars hangers|coral corral|heart hart|flu flew|poll pole|"
    "polls poles|heard herd|aid aide|allay ally|precedent precedence|rationale rational|"
    "extent extend|loss lose|side site|price prize|by buy|adapt adopt|widely wildly|"
    "which witch|not knot|said sad|course cause|wait weight|piece peace|whole hole|"
    "write right|new knew|know no|threw through|fair fare|mail male|meet meat|pain pane|"
    "pair pear|sale sail|steal steel|tail tale|weak week|wear where|aloud allowed|"
    "bored board|cell sell|chord cord|dew due|die dye|find fined|flour flower|"
    "grate great|guessed guest|hire higher|hour our|idle idol|lessen lesson|made maid|"
    "missed mist|naval navel|peer pier|presence presents|rain reign|raise raze|real reel|"
    "road rode|sea see|seam seem|soar sore|stair stare|stake steak|suite sweet|tide tied|"
    "toe tow|vane vain|ware wear|way weigh|whine wine|wood would|yoke yolk|"
    "lightning lightening|ensure insure|emigrate immigrate|censor sensor|cue queue|"
    "faze phase|flair flare|forego forgo|pique peak|rite right|sheer shear|"
    "sleight slight|troop troupe|vise vice"
)
SOUND_ALIKE: tuple[tuple[str, ...], ...] = tuple(
    tuple(group.split()) for group in _SOUND_ALIKE_TEXT.split("|")
)
_ALTERNATIVES: dict[str, tuple[str, ...]] = {}
for _group in SOUND_ALIKE:
    for _word in _group:
        _ALTERNATIVES[_word] = tuple(w for w in _group if w != _word) + _ALTERNATIVES.get(_word, ())

# Pair counts below this are not in the table; an absent pair counts as half of it.
_FLOOR = 3_200_000
# How much better the alternative must fit (product of both sides) to be flagged.
_RATIO = 100.0


def check_confusables(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Confused words in one sentence."""
    seen: set[int] = set()
    for finding in _patterns(sent, lex):
        seen.add(finding.start)
        yield finding
    for i, tok in enumerate(sent):
        if tok.start in seen or not tok.is_word or tok.low not in _ALTERNATIVES:
            continue
        if tok.is_capitalised and i > 0:
            continue  # a name ("Principal Skinner", "Lake Superior")
        best = _better_fit(sent, i, lex)
        if best:
            yield Finding(
                tok.start,
                tok.end,
                RULE,
                f"“{tok.text}” may be confused with “{best}” here.",
                (replace_word(tok, best),),
                _CONF,
            )


def _pair(lex: Lexicon, first: str, second: str) -> float:
    return max(lex.pair(first, second), _FLOOR // 2)


def _better_fit(sent: list[Token], i: int, lex: Lexicon) -> str | None:
    """The sound-alike that fits both neighbours at least ``_RATIO`` times better, if any.

    Scores P(word | neighbours), proportional to c(before, w) * c(w, after) / c(w): a
    plain noisy-channel comparison over the shipped pair counts. A word at a sentence
    edge is judged on its one neighbour.
    """
    word = sent[i].low
    before = sent[i - 1].low if i > 0 and sent[i - 1].is_word else ""
    after = sent[i + 1].low if i + 1 < len(sent) and sent[i + 1].is_word else ""
    if not before and not after:
        return None

    def fit(candidate: str) -> tuple[float, int]:
        score = 0.0
        known = 0
        if before:
            score += math.log(_pair(lex, before, candidate))
            known += lex.pair(before, candidate) > 0
        if after:
            score += math.log(_pair(lex, candidate, after))
            known += lex.pair(candidate, after) > 0
        if before and after:
            score -= math.log(max(lex.count(candidate), 1))
        return score, known

    own, _ = fit(word)
    best: str | None = None
    best_score = own + math.log(_RATIO)
    for alt in _ALTERNATIVES[word]:
        score, known = fit(alt)
        if known == bool(before) + bool(after) and score > best_score:
            best, best_score = alt, score
    return best


# -- patterns ---------------------------------------------------------------------------

_NOT_AFTER_ITS = (
    (DETERMINERS - {"every", "own"})
    | SUBJECT_PRONOUNS
    | frozenset(
        {
            "not",
            "been",
            "being",
            "gonna",
            "got",
            "getting",
            "very",
            "so",
            "quite",
            "really",
            "always",
            "never",
            "also",
            "just",
            "still",
            "all",
            "almost",
            "probably",
            "likely",
            "what",
            "where",
            "when",
            "how",
            "why",
            "because",
            "ok",
            "okay",
            "that",
            "there",
            "here",
            "about",
            "like",
            "hard",
            "easy",
            "difficult",
            "important",
            "clear",
            "true",
            "possible",
            "impossible",
            "better",
            "worse",
            "best",
            "worth",
            "fine",
            "over",
            "up",
            "raining",
            "snowing",
            "done",
            "gone",
            "had",
        }
    )
)
_DUE = frozenset(
    {
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "being",
        "largely",
        "partly",
        "mainly",
        "mostly",
        "primarily",
        "entirely",
        "partially",
        "solely",
        "probably",
        "perhaps",
        "possibly",
        "likely",
        "simply",
        "directly",
        "all",
        "not",
        "purely",
    }
)


def _patterns(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    for i, tok in enumerate(sent):
        low = tok.low
        nxt = low_at(sent, i + 1)
        if low == "its":
            if (
                nxt in _NOT_AFTER_ITS
                or _adjective_then_stop(sent, i + 1, lex)
                or (
                    nxt in ("going", "time", "too")
                    and low_at(sent, i + 2)
                    in ("to", "late", "much", "many", "early", "soon", "bad")
                    and low_at(sent, i - 1)
                    not in ("take", "took", "taken", "taking", "takes", "bide")
                )
            ):
                yield _fix(
                    tok, "it's", "“its” owns something; for “it is” or “it has” write “it's”."
                )
        elif low == "it's":
            if (
                nxt == "own"
                or (
                    _noun_only(nxt, lex)
                    and nxt not in _IT_IS_NOUNS
                    and low_at(sent, i + 2)
                    in ("is", "was", "has", "had", "will", "of", "and", "are", "were")
                )
                or (
                    i > 0
                    and (sent[i - 1].low in PREPOSITIONS | {"see", "by"})
                    and _noun_phrase_follows(sent, i + 1, lex)
                )
            ):
                yield _fix(tok, "its", "“it's” means “it is”; the possessive is “its”.")
        elif (
            low == "their"
            and nxt
            in (
                "is",
                "was",
                "are",
                "were",
                "might",
                "will",
                "has",
                "have",
                "had",
                "must",
                "should",
                "could",
                "would",
                "may",
            )
            and low_at(sent, i + 2) not in ("own",)
        ):
            if not _noun_between(sent, i, lex):
                yield _fix(tok, "there", "“their” owns something; here it should be “there”.")
        elif low == "they're" and (
            nxt in ("is", "was")
            or _noun_only(nxt, lex)
            or nxt == "own"
            or _adjective_noun(sent, i + 1, lex)
        ):
            fix = "there" if nxt in ("is", "was") else "their"
            yield _fix(tok, fix, f"“they're” means “they are”; here it should be “{fix}”.")
        elif (
            low == "there"
            and i > 0
            and (_noun_only(nxt, lex) and nxt not in _AFTER_THERE)
            and sent[i - 1].low in PREPOSITIONS | {"loved", "love", "loves"}
            and sent[i - 1].low
            not in ("from", "over", "up", "down", "out", "in", "to", "near", "than", "of")
        ):
            yield _fix(tok, "their", "“there” is a place; the possessive is “their”.")
        elif low == "your" and (
            nxt
            in (
                "a",
                "an",
                "the",
                "not",
                "welcome",
                "right",
                "wrong",
                "going",
                "being",
                "so",
                "very",
                "too",
                "beautiful",
                "gonna",
            )
            or (_adjective_then_stop(sent, i + 1, lex) and lex.classes(nxt) == {"ADJ"})
        ):
            yield _fix(tok, "you're", "“your” owns something; for “you are” write “you're”.")
        elif low == "you're" and (_noun_only(nxt, lex) or nxt == "own"):
            yield _fix(tok, "your", "“you're” means “you are”; the possessive is “your”.")
        elif low == "who's" and _noun_only(nxt, lex) and nxt not in _IT_IS_NOUNS:
            yield _fix(tok, "whose", "“who's” means “who is”; the possessive is “whose”.")
        elif low == "whose" and nxt in (
            "a",
            "an",
            "the",
            "not",
            "been",
            "going",
            "coming",
            "there",
        ):
            yield _fix(tok, "who's", "“whose” owns something; for “who is” write “who's”.")
        elif (
            low == "where"
            and i > 0
            and sent[i - 1].low in ("we", "they", "you")
            and _clause_verb_follows(nxt, lex)
        ):
            yield _fix(tok, "were", "“where” is a place; the verb is “were”.")
        elif (
            low == "were"
            and i > 0
            and sent[i - 1].low
            in ("from", "to", "back", "exactly", "is", "knows", "know", "wonder")
            and nxt in SUBJECT_PRONOUNS | {"people", "the", "we"}
        ):
            yield _fix(tok, "where", "“were” is a verb; the place is “where”.")
        elif (
            low in ("affect", "affects")
            and i > 0
            and (
                sent[i - 1].low
                in DETERMINERS
                | {
                    "side",
                    "no",
                    "to",
                    "in",
                    "took",
                    "take",
                    "takes",
                    "taking",
                    "and",
                    "immediate",
                    "same",
                    "adverse",
                    "desired",
                    "positive",
                    "negative",
                    "significant",
                    "full",
                    "little",
                    "great",
                    "big",
                    "lasting",
                    "opposite",
                }
            )
            and not (
                sent[i - 1].low == "to"
                and nxt in DETERMINERS | {"people", "him", "her", "them", "us", "me", "you"}
            )
        ):
            if sent[i - 1].low == "and" and low_at(sent, i - 2) != "cause":
                continue
            if sent[i - 1].low == "to" and low_at(sent, i - 2) not in (
                "no",
                "little",
                "good",
                "great",
                "this",
                "that",
                "some",
            ):
                continue
            yield _fix(tok, "effect" + low[6:], "The noun is “effect”; “affect” is the verb.")
        elif (
            low in ("effect", "effected", "effects")
            and i > 0
            and (
                sent[i - 1].low
                in MODALS
                | {
                    "adversely",
                    "badly",
                    "negatively",
                    "directly",
                    "seriously",
                    "severely",
                    "greatly",
                    "not",
                    "would've",
                    "could've",
                    "might've",
                    "should've",
                    "didn't",
                    "doesn't",
                    "don't",
                    "won't",
                    "shouldn't",
                    "can't",
                    "wouldn't",
                }
            )
            and nxt
            not in ("change", "changes", "a", "an", "reform", "reforms", "repairs", "savings")
            and not (
                nxt == "by"
                and low == "effected"
                and sent[i - 1].low
                not in (
                    "badly",
                    "adversely",
                    "negatively",
                    "severely",
                    "directly",
                    "seriously",
                    "greatly",
                )
            )
        ):
            fix = {"effect": "affect", "effected": "affected", "effects": "affects"}[low]
            yield _fix(
                tok, fix, "The verb is “affect”; “effect” is the noun (or means “bring about”)."
            )
        elif (
            low in ("loose", "loosing")
            and i > 0
            and (
                sent[i - 1].low
                in MODALS
                | {
                    "to",
                    "not",
                    "didn't",
                    "don't",
                    "doesn't",
                    "won't",
                    "never",
                    "will",
                    "might",
                    "could",
                }
                or low == "loosing"
            )
            and nxt
            in DETERMINERS
            | {
                "weight",
                "money",
                "sight",
                "track",
                "control",
                "interest",
                "hope",
                "touch",
                "out",
                "faith",
                "power",
                "it",
                "them",
                "him",
                "her",
                "everything",
            }
        ):
            yield _fix(
                tok,
                "lose" if low == "loose" else "losing",
                "“loose” means not tight; to misplace or be beaten is “lose”.",
            )
        elif low == "lose" and (
            nxt in ("fit", "ends", "change", "cannon", "leaf")
            or (
                i > 0
                and sent[i - 1].low
                in (
                    "the",
                    "break",
                    "broke",
                    "broken",
                    "breaks",
                    "knocked",
                    "cut",
                    "let",
                    "set",
                    "turned",
                )
                and nxt in ("", ".", ",", "from", "on", "in", "?", "!")
            )
        ):
            yield _fix(tok, "loose", "“lose” means misplace; not tight is “loose”.")
        elif (
            low == "then"
            and i > 0
            and (
                _comparative(sent[i - 1].low, lex)
                or sent[i - 1].low in ("rather", "other", "less", "more", "fewer")
            )
        ):
            if nxt in ("", ",", ".") or sent[i - 1].low in ("now", "since", "just", "and", "but"):
                continue
            yield _fix(tok, "than", "Comparisons take “than”; “then” is about time.")
        elif (
            low == "than"
            and (
                i == 0
                or sent[i - 1].low in ("and", "but", "since", "just", "until", "back", "now", ",")
            )
            and not _comparative_before(sent, i, lex)
        ):
            yield _fix(tok, "then", "“than” compares; for time or sequence write “then”.")
        elif (
            low == "except"
            and i > 0
            and (
                sent[i - 1].low
                in SUBJECT_PRONOUNS
                | {
                    "to",
                    "not",
                    "will",
                    "would",
                    "can",
                    "could",
                    "should",
                    "must",
                    "may",
                    "might",
                    "didn't",
                    "don't",
                    "refused",
                    "cannot",
                }
            )
            and nxt
            in DETERMINERS
            | {"it", "them", "that", "this", "responsibility", "defeat", "bribes", "money"}
        ):
            yield _fix(tok, "accept", "“except” means “but”; to take or agree is “accept”.")
        elif (
            low == "accept"
            and i > 0
            and (
                sent[i - 1].low
                in (
                    "everyone",
                    "everybody",
                    "all",
                    "nothing",
                    "anything",
                    "everything",
                    "anyone",
                    "nobody",
                    "none",
                    "everywhere",
                )
                or nxt == "for"
            )
        ):
            yield _fix(tok, "except", "“accept” means take; “but not” is “except”.")
        elif (
            low == "principal"
            and i > 0
            and sent[i - 1].low == "in"
            and nxt in ("", ",", ".", "but", "the", "and")
        ):
            yield _fix(
                tok, "principle", "“in principle” (a rule); a principal is a head or main sum."
            )
        elif (
            low in ("principle", "principles")
            and nxt
            in (
                "investigator",
                "investigators",
                "reason",
                "reasons",
                "cause",
                "author",
                "authors",
                "owner",
                "owners",
                "source",
                "sources",
                "shareholder",
                "dancer",
                "officer",
                "officers",
                "architect",
                "players",
                "suspect",
                "residence",
                "photography",
                "components",
                "concern",
                "objective",
                "aim",
                "goal",
                "purpose",
                "role",
                "character",
                "characters",
                "city",
                "cities",
                "of",
            )
            and (
                nxt != "of"
                or (
                    low_at(sent, i + 2) in ("the", "a")
                    and low_at(sent, i + 3) in ("school", "college", "academy")
                )
            )
        ):
            yield _fix(
                tok,
                "principal" + low[9:],
                "“principle” is a rule; the main one or a head teacher is “principal”.",
            )
        elif low in ("compliment", "compliments") and (
            (
                nxt in ("each", "one", "the")
                and low_at(sent, i + 2)
                in (
                    "other",
                    "another",
                    "flavor",
                    "flavour",
                    "taste",
                    "dish",
                    "outfit",
                    "colors",
                    "colours",
                    "design",
                )
            )
            or (i > 1 and sent[i - 2].low == "full" and nxt == "of")
        ):
            yield _fix(
                tok,
                "complement" + low[10:],
                "To complete or go well with is “complement”; praise is “compliment”.",
            )
        elif (
            low in ("could", "would", "should", "must", "might", "may")
            and nxt == "of"
            and low_at(sent, i + 2) not in ("course", "which", "necessity", "late", "old")
        ):
            o = sent[i + 1]
            yield Finding(
                o.start,
                o.end,
                "could-of",
                f"“{tok.text} of” is “{tok.text} have”.",
                (replace_word(o, "have"),),
                _CONF,
            )
        elif (
            low == "do"
            and nxt == "to"
            and (i == 0 or sent[i - 1].low in _DUE or sent[i - 1].text == ",")
            and _noun_phrase_follows(sent, i + 2, lex)
            and low_at(sent, i + 2)
            not in ("you", "me", "him", "her", "us", "them", "it", "do", "be")
        ):
            yield _fix(tok, "due", "“do to” should be “due to”.")


_IT_IS_NOUNS = frozenset(
    {
        "time",
        "fun",
        "money",
        "okay",
        "ok",
        "worth",
        "nothing",
        "everything",
        "something",
        "anything",
        "me",
        "him",
        "her",
        "us",
        "them",
        "you",
        "news",
        "bad",
        "good",
        "night",
        "day",
        "morning",
        "noon",
        "midnight",
        "war",
        "home",
        "business",
        "life",
        "love",
        "hell",
        "no",
        "yes",
        "tough",
        "true",
        "part",
        "half",
        "one",
        "nobody",
        "everybody",
        "someone",
        "anyone",
        "mine",
        "yours",
        "his",
        "hers",
        "ours",
        "theirs",
        "work",
        "history",
        "people",
    }
)
_AFTER_THERE = frozenset(
    {
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "now",
        "then",
        "once",
        "twice",
        "again",
        "alone",
        "together",
        "too",
        "first",
        "last",
        "yet",
        "instead",
        "anyway",
        "ago",
        "meanwhile",
        "forever",
        "daily",
        "weekly",
    }
)


def _fix(tok: Token, word: str, message: str) -> Finding:
    return Finding(tok.start, tok.end, RULE, message, (replace_word(tok, word),), _CONF)


_CLOSED = (
    DETERMINERS
    | SUBJECT_PRONOUNS
    | PREPOSITIONS
    | frozenset(
        {
            "all",
            "both",
            "half",
            "me",
            "him",
            "us",
            "them",
            "mine",
            "yours",
            "ours",
            "theirs",
            "hers",
            "nothing",
            "something",
            "anything",
            "everything",
            "nobody",
            "somebody",
            "anybody",
            "none",
        }
    )
)


def _noun_only(word: str, lex: Lexicon) -> bool:
    """A word that can only be a noun (not a pronoun or determiner lemminflect files as one)."""
    return bool(word) and word.isalpha() and word not in _CLOSED and lex.classes(word) == {"NOUN"}


def _adjective_noun(sent: list[Token], i: int, lex: Lexicon) -> bool:
    return (
        i + 1 < len(sent)
        and lex.classes(low_at(sent, i)) == {"ADJ"}
        and _noun_only(low_at(sent, i + 1), lex)
    )


def _noun_phrase_follows(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """A noun (after any adjectives) starts at ``i``."""
    j = i
    while j < len(sent) and sent[j].is_word and lex.classes(sent[j].low) == {"ADJ"}:
        j += 1
    return (
        j < len(sent)
        and sent[j].is_word
        and "NOUN" in lex.classes(sent[j].low)
        and sent[j].low not in SUBJECT_PRONOUNS
    )


def _adjective_then_stop(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "its easy." / "its hard to": an adjective that ends the phrase, so no noun owned."""
    word = low_at(sent, i)
    if not word or lex.classes(word) != {"ADJ"}:
        return False
    after = low_at(sent, i + 1)
    return after in ("", ".", ",", "!", "?", "to", "that", "for", "enough")


def _noun_between(sent: list[Token], i: int, lex: Lexicon) -> bool:
    return False


def _clause_verb_follows(word: str, lex: Lexicon) -> bool:
    tags = lex.tags(word)
    return word in ("not", "going", "all", "never", "also", "both") or (
        bool(tags & {"VBG", "VBN"}) and not tags & {"VB", "VBP", "VBZ"}
    )


def _comparative(word: str, lex: Lexicon) -> bool:
    tags = lex.tags(word)
    return bool(tags & {"JJR", "RBR"}) and word not in ("later", "earlier", "further", "farther")


def _comparative_before(sent: list[Token], i: int, lex: Lexicon) -> bool:
    return any(
        _comparative(t.low, lex) or t.low in ("more", "less", "rather", "other", "fewer")
        for t in sent[max(0, i - 6) : i]
    )


__all__ = ["SOUND_ALIKE", "check_confusables"]
_ = ADVERBS_BETWEEN
