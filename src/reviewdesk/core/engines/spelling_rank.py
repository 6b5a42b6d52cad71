"""How near a fix is to a misspelling: letters, sound and use, in one cost.

Poor spellers write by ear ("compair", "perple", "thear"), so a fix that sounds like the
misspelling is nearer than one that only shares its letters; and a far commoner word a
little further away is likelier than a rare one a slip away ("possable" is "possible",
not "posable"). The weights were tuned on half of the poor spellers' errors and of the
common typos (``benchmarks/score_poor_spellers.py``, ``score_spelling.py``), split by
the word meant, and measured on the other half.
"""

from __future__ import annotations

import functools
import math

import jellyfish
from rapidfuzz.distance import Levenshtein

from reviewdesk.core.engines.grammar.lexicon import CLOSED_CLASS, is_dictionary_word

# weights of the cost (letters are 1 an edit): a sound key's edit, a factor of ten in use
SOUND_WEIGHT = 0.6
USE_WEIGHT = 0.35
# a split ("a low" for "alow") is a bigger change than a letter
SPLIT_COST = 1.5
# a letter of the misspelling the fix drops: writers leave letters out more than they
# add stray ones ("localy" is "locally" before "local")
SHORTER_COST = 0.5
# a first letter changed: few slips fall on it ("ToF" is no "Of")
FIRST_LETTER_COST = 0.6
# a word this common in print is a word even when no curated list has it ("website")
COMMON_ENOUGH = 2_000_000


@functools.lru_cache(maxsize=16_384)
def sound_key(word: str) -> str:
    """The word's Metaphone key ("purple", "perple" -> "PRPL"): letters as they sound."""
    return jellyfish.metaphone(word) if word.isalpha() else word


def sound_distance(a: str, b: str) -> int:
    """Edits between the two words' sound keys (0: they sound alike)."""
    return Levenshtein.distance(sound_key(a), sound_key(b))


# endings that make a word of a word ("transport" -> "transportability"), longest first
_SUFFIXES = tuple(
    sorted(
        (  # noqa: SIM905 - a list of endings reads best as words
            "ability ibility able ible ably ibly ness nesses less lessly ment ments ly ally "
            "ation ations ational ationally er ers est ing ings ingly ed es s ist ists ism "
            "isms ize izes ized izing ization ise ises ised ising isation ity ities al "
            "ful fully ous ously ship ships hood ward wards ive ively ic ical ically"
        ).split(),
        key=len,
        reverse=True,
    )
)
_PREFIXES = tuple("un re non pre dis mis over under out inter anti counter sub super co".split())  # noqa: SIM905
_MIN_STEM = 3


def curated(word: str, count: int) -> bool:
    """Whether ``word`` (lowercase) is a word a dictionary would list, not only a token
    the print counts saw: LemmInflect's lexicon, the closed classes, very common, or a
    listed word with a common ending or beginning ("transportability").

    The counts hold web junk ("transportibiliti" counted 381,202 times, more than
    "transportability"), so a count alone does not make a fix."""
    if word in CLOSED_CLASS or count >= COMMON_ENOUGH or is_dictionary_word(word):
        return True
    return count > 0 and derived(word)


def derived(word: str) -> bool:
    """Whether ``word`` is a listed word with a common ending or beginning added, the
    ending's spelling rules allowed for (a dropped "e", "y" to "i", a doubled letter)."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            stem = word[: -len(suffix)]
            if _listed_stem(stem):
                return True
    return any(
        word.startswith(prefix)
        and len(word) - len(prefix) >= _MIN_STEM
        and is_dictionary_word(word[len(prefix) :])
        for prefix in _PREFIXES
    )


def _listed_stem(stem: str) -> bool:
    stems = [stem, stem + "e"]
    if stem.endswith("i"):
        stems.append(stem[:-1] + "y")
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])
    if stem.endswith(("ab", "ib")):  # "transportab" + "ility"
        stems.append(stem[:-2])
    return any(is_dictionary_word(s) for s in stems)


def fix_cost(word: str, candidate: str, letters: float, count: int) -> float:
    """The cost of ``candidate`` as the fix of ``word`` (both lowercase): ``letters``
    (the weighted edit distance), plus the sound keys' distance, less its use in print."""
    joined = candidate.replace(" ", "")
    sound = sound_distance(word, joined)
    cost = letters + SOUND_WEIGHT * sound - USE_WEIGHT * math.log10(max(count, 1))
    cost += SHORTER_COST * max(0, len(word) - len(joined))
    if joined[:1] != word[:1]:
        cost += FIRST_LETTER_COST
    if " " in candidate:
        cost += SPLIT_COST
    return cost
