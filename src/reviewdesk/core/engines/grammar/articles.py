"""A or an, by the sound of the next word, including numbers and abbreviations.

"an 80-acre", "an 11-week", "an 18%", "an FBI agent", "a UN official", "a one-off",
"an hour", "a European". Words whose sound the spelling does not settle are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, match_case, sentence_start
from reviewdesk.core.engines.grammar.tokens import Token

# Letter names that begin with a vowel sound: "an FBI", "an MP", "an SUV".
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")
# Words spelt with a vowel that begin with a consonant sound, and the reverse.
_CONSONANT_SOUND_PREFIXES = (
    "uni",
    "use",
    "usu",
    "usa",
    "uti",
    "ure",
    "uro",
    "ura",
    "uku",
    "ukr",
    "uru",
    "uto",
    "ute",
    "ufo",
    "uga",
    "ubi",
    "eu",
    "ewe",
    "one",
    "once",
    "onesie",
)
_VOWEL_SOUND_PREFIXES = (
    "hour",
    "honest",
    "honor",
    "honour",
    "heir",
    "herb",
    # "un-" before a word in "in-", "im-", "id-": "an unidentified man", "an uninsured"
    # (not "uni-" as in "a unit", "a union")
    "unin",
    "unim",
    "unid",
)
_UNSURE = frozenset({"herb", "herbs", "herbal", "historic", "historical", "hotel", "u", "x"})


def starts_with_vowel_sound(word: str) -> bool | None:
    """Whether ``word`` is read with a vowel sound first; None when unsure."""
    if not word:
        return None
    if word[0].isdigit():
        return _number_vowel(word)
    letters = word.split("-")[0]
    if letters.isupper() and len(letters) >= 2:
        return _abbreviation_vowel(letters)
    low = word.lower()
    if low in _UNSURE or len(low) == 1:
        return None
    if low.startswith(_VOWEL_SOUND_PREFIXES):
        return True
    if low.startswith(_CONSONANT_SOUND_PREFIXES):
        return False
    return low[0] in "aeiou"


def listed_sound(word: str) -> bool | None:
    """Whether ``word`` begins with a vowel sound, by the spellings listed above only
    ("an unidentified", "a Ukrainian", "an hour"); None for any other word."""
    low = word.lower()
    if low in _UNSURE:
        return None
    if low.startswith(_VOWEL_SOUND_PREFIXES):
        return True
    if low.startswith(_CONSONANT_SOUND_PREFIXES):
        return False
    return None


def _number_vowel(word: str) -> bool | None:
    """8, 11, 18 (and 80, 800, 8,000, 11,000, 1800s) are read with a vowel first."""
    digits = ""
    for ch in word:
        if ch.isdigit():
            digits += ch
        elif ch == ",":
            break
        else:
            break
    whole = word.split(".")[0]
    if digits.startswith("8"):
        return True
    return digits[:2] in ("11", "18") and (len(digits) in (2, 4) or "," in whole[:3])


def _abbreviation_vowel(letters: str) -> bool | None:
    """An initialism is read letter by letter; a pronounceable acronym as a word."""
    has_vowel = any(c in "AEIOU" for c in letters[1:])
    if len(letters) <= 3 or not has_vowel:
        return letters[0] in _VOWEL_LETTERS
    return None  # NASA, NATO, UNESCO, UEFA: read as words; their sound is not spelt out


def check_articles(sent: list[Token]) -> Iterator[Finding]:
    """Flag "a" before a vowel sound and "an" before a consonant sound."""
    for i, tok in enumerate(sent[:-1]):
        if tok.low not in ("a", "an") or (tok.text == "A" and _is_letter_a(sent, i)):
            continue
        nxt = sent[i + 1]
        if nxt.start != tok.end + 1 or not (nxt.is_word or nxt.is_number):
            continue
        vowel = starts_with_vowel_sound(nxt.text)
        if vowel is None:
            continue
        if vowel and tok.low == "a":
            yield Finding(
                tok.start, tok.end, "a-an", _message("an", nxt.text), (match_case(tok.text, "an"),)
            )
        elif not vowel and tok.low == "an":
            yield Finding(
                tok.start, tok.end, "a-an", _message("a", nxt.text), (match_case(tok.text, "a"),)
            )


def _is_letter_a(sent: list[Token], i: int) -> bool:
    """ "A" as a letter or grade ("Plan A", "an A in maths", "A. Smith"), not the article."""
    after = sent[i + 1]
    if after.text in ".)-":
        return True
    return not sentence_start(sent, i) and sent[i - 1].is_word and sent[i - 1].is_capitalised


def _message(article: str, word: str) -> str:
    sound = "vowel" if article == "an" else "consonant"
    return f"Use “{article}” before “{word}”: it is read with a {sound} sound."
