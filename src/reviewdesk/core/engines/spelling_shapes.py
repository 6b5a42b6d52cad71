"""Shapes of a word that no typing slip makes, read by :mod:`.harper_misfires` before a
spelling flag is shown: accented Latin letters, a capital inside a name, a span all in
capitals that only a change of case would "fix", a term the writer uses again with no
word near it. Each is the writer's choice, not a misspelling.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import DamerauLevenshtein

from reviewdesk.core.engines.grammar.lexicon import Lexicon
from reviewdesk.core.engines.spelling import no_word_near
from reviewdesk.core.text.words import fold


def only_recases_capitals(flagged: str, fixes: list[str]) -> bool:
    """Whether ``flagged`` is written all in capitals ("SAN FRANCISCO", "PORT-AU-PRINCE")
    and every fix only changes its case ("San Francisco"): a dateline or a headline set
    in capitals on purpose, not a name written wrong."""
    letters = [c for c in flagged if c.isalpha()]
    return (
        len(letters) > 1
        and flagged.isupper()
        and bool(fixes)
        and all(fix.lower() == flagged.lower() for fix in fixes)
    )


_CAMEL_CASE = re.compile(r"^[A-Z]?[a-z]+(?:[A-Z][a-z]+)+$")


_TERM_WINDOW = 2_000  # characters read either side of a flag for the word's other uses


def writers_term(flagged: str, fixes: list[str], text: str, start: int, lex: Lexicon) -> bool:
    """Whether ``flagged`` is a word the writer uses again nearby, spelt the same way,
    with no known word one edit away and no suggestion within two: a term of the
    article's own ("the rongorongo tablets ... rongorongo"), not a slip. A slip repeated
    the same way is one letter or two from the word meant ("recieve", "seperate"), and
    that keeps it flagged."""
    low = flagged.lower()
    if not low.isalpha() or len(low) < 5:
        return False
    # The cheap tests first: most flagged words are written once, and the search for
    # known words one edit away costs ~1 ms a word (a page of 20,000 unknown words, each
    # flagged once, spent 25 s there when it came first).
    lo, hi = max(0, start - _TERM_WINDOW), start + len(flagged) + _TERM_WINDOW
    if text.count(flagged, lo, hi) < 2:
        return False
    # case counts: "zbrovnikova" beside the name "Zbrovnikova" is the name written small
    uses = re.findall(rf"(?<![\w'’-]){re.escape(flagged)}(?![\w'’-])", text[lo:hi])
    if len(uses) < 2:
        return False
    return no_word_near(low, fixes, lex)


_QUOTE_WINDOW = 2_000  # characters read back for the quotation a word stands in


def in_quotation(text: str, start: int) -> bool:
    """Whether ``text[start]`` stands inside a quotation in double marks ("..." or
    “...”), read back to the line's start (not past ``_QUOTE_WINDOW`` characters)."""
    line_start = text.rfind("\n", max(0, start - _QUOTE_WINDOW), start)
    if line_start < 0 and start > _QUOTE_WINDOW:
        return False  # a pasted page on one line: no telling where a quotation opened
    before = text[line_start + 1 : start]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def quoted_term(flagged: str, fixes: list[str], text: str, start: int, lex: Lexicon) -> bool:
    """Whether ``flagged`` is a word a speaker or the writer coined, set in quotation
    marks ("what he called \"brexiteering\"", "\"Total omnishambles\""): quoted words
    are the speaker's own and are not re-spelt, and no known word is one edit from it nor
    a suggestion within two. A slip inside a quotation ("recieved", "seperate") is a
    letter or two from the word meant, and that keeps it flagged."""
    low = flagged.lower()
    if not flagged.islower() or not low.isalpha() or len(low) < 5:
        return False
    return in_quotation(text, start) and no_word_near(low, fixes, lex)


# the word before a flag: a capitalised genus ("Porites "), or its initial ("P. ")
_GENUS_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,}|[A-Z]\.) $")
# a capitalised word right before the genus: the genus is a name's last word instead
# ("Nancy Pelosi agani elected": a misspelling after a person's name)
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]* $")
# the endings of a Latin species name ("cylindrica", "coralliilyticus", "cholerae");
# not "-es", which English verbs and plurals end in ("Pelosi annouces")
_EPITHET_END = re.compile(r"(?:a|ae|i|ii|is|us|um|ensis|oides)$")
# a genus this common in print is an English word ("Congress approvd"), not a genus
_GENUS_MAX_COUNT = 1_000_000


def species_epithet(flagged: str, text: str, start: int, lex: Lexicon) -> bool:
    """Whether ``flagged`` is the second word of a Latin species name: a lowercase word
    with a Latin ending right after a capitalised word print rarely uses ("Porites
    cylindrica", "Vibrio coralliilyticus"). An initial for the genus ("P. cylindrica")
    counts only where the paragraph names the species in full with a genus of that
    initial: a slip in an abbreviated name ("P. cyclindrica" after "Porites
    cylindrica") stays flagged."""
    if not flagged.isalpha() or not flagged.islower() or len(flagged) < 5:
        return False
    if not _EPITHET_END.search(flagged):
        return False
    m = _GENUS_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    genus = m.group(1)
    if _NAME_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)):
        return False
    if genus.endswith("."):
        full = rf"(?<![\w'’-]){genus[0]}[a-z]{{2,}} {re.escape(flagged)}(?![\w'’-])"
        return re.search(full, text) is not None
    return lex.count(genus.lower()) < _GENUS_MAX_COUNT


def camel_case_name(flagged: str, fixes: list[str]) -> bool:
    """Whether ``flagged`` has a capital inside it after small letters ("McKinsey",
    "DeepMind", "eBay", "PlayStation"): a name or a brand spelt by its owner. No typing
    slip puts a capital there; two words run together ("theGovernment") stay flagged."""
    if not _CAMEL_CASE.match(flagged):
        return False
    return not any(" " in fix and fix.replace(" ", "") == flagged for fix in fixes)


# a letter or two in lowercase before an abbreviation in capitals: "cDNA", "mRNA", "siRNAs"
_PREFIXED_ABBREVIATION = re.compile(r"^[a-z]{1,3}([A-Z]{2,})s?$")


def prefixed_abbreviation(flagged: str, text: str) -> bool:
    """Whether ``flagged`` is an abbreviation in capitals with a lowercase prefix ("cDNA",
    "mRNA") whose capitals the text also writes as a word of their own ("DNA"): a
    science's shorthand built on the abbreviation, not a slip. Caps Lock's slip ("tHE")
    makes capitals the text never writes alone, and stays flagged."""
    m = _PREFIXED_ABBREVIATION.match(flagged)
    if m is None:
        return False
    return re.search(rf"(?<![\w'’-]){m.group(1)}(?![\w'’-])", text) is not None


def inner_capital_name(flagged: str, fixes: list[str]) -> bool:
    """Whether ``flagged`` is written with a capital inside it after small letters and
    the fix only takes the capital away ("oVert" -> "overt", "eBay" -> "ebay"): a
    project's or a brand's own spelling. A Shift key's slip puts two capitals first
    ("THere") or keeps a short word ("tHe"): the part after the capital has three
    letters or more here."""
    if not _CAMEL_CASE.match(flagged) or len(flagged) < 5:
        return False
    tail = re.search(r"[A-Z]([a-z]+)$", flagged)
    if tail is None or len(tail.group(1)) < 3:
        return False
    return bool(fixes) and all(fix.lower() == flagged.lower() for fix in fixes)


def typed_with_accents(flagged: str, fixes: list[str]) -> bool:
    """Whether ``flagged`` carries Latin letters with accents ("brûlée", "Université",
    "Łódź") and no suggestion is the same letters accented otherwise ("cafè" -> "café").

    A keyboard set for English does not slip into an accented letter: a writer who typed
    one meant a foreign word or a name, spelt as its language spells it. An accented
    suggestion a slip away (the same letters accented otherwise, "cafè" -> "café", or a
    letter more or less, "cafée" -> "café") says the writer meant that word: that stays.
    """
    if not any(c.isalpha() and 0xC0 <= ord(c) <= 0x24F for c in flagged):
        return False
    if not all(c.isalpha() or c in "'’-" for c in flagged):
        return False
    own = fold(flagged)
    # an accented word a slip away from it ("cafée" -> "café"): the writer meant that word
    return not any(
        fix != flagged
        and not fix.isascii()
        and DamerauLevenshtein.distance(fold(fix), own, score_cutoff=1) <= 1
        for fix in fixes[:3]
    )
