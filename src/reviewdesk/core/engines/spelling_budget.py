"""A bound on the spelling work of one check, whatever the text holds.

Harper spends 6-38 ms of CPU on each distinct word its dictionary lacks, building
spelling suggestions inside its lint, and that grows with the number of such words: a
page of 5,000 distinct odd words (gibberish, a garbled OCR page, model numbers, a list of
foreign names) took 52 s. Edited copy holds a few dozen such words in a check's chunk of
20,000 characters, so before Harper lints, the distinct words none of our dictionaries
knows are counted piece by piece (cheap: a look-up per distinct word). Within
:data:`UNKNOWN_BUDGET` nothing changes. Beyond it, the pieces with the fewest unknown
words keep Harper's spelling until the budget is spent (a fifth of it when the check
before was over it too); the others are linted with the rules that search Harper's
dictionary off (:data:`SPELLING_RULES`), and their unknown words are flagged here
instead (a copy editor wants gibberish marked), with known words one edit away as fixes
for the first :data:`FIX_BUDGET` words of the check and none after. No search two edits
away is made in such a check, for Harper's flags either: that is the cost being bounded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass

from reviewdesk.core.engines.spelling import Speller
from reviewdesk.core.models import Category, Issue, Severity, make_issue

# Distinct unknown words of one check (a keystroke's paragraph, a chunk of ~20,000
# characters of a long text) that Harper's spelling may see: ~1-4 s of its suggestions
# at worst. Published news has at most 85 in a chunk (names, model numbers: measured on
# the Wikinews files and the shared Word corpus), so it never comes near.
UNKNOWN_BUDGET = 100
# What a check over the budget right after another may spend: the chunks of one long
# hostile text come one after the other, and each would spend the whole budget again
# (10,000 odd words in five chunks: ~500 words of Harper's suggestions, 5-10 s).
BUDGET_IN_A_ROW = 20
# Unknown words of one check given fixes one edit away (~0.5 ms each) beyond the budget.
FIX_BUDGET = 200
# Harper's rules that search its dictionary for each word it does not know.
# Whether a SpellCheck flag is wrong in its context: (rule, flagged, fixes, text, start).
Misfire = Callable[[str, str, list[str], str, int], bool]
# A word as Harper spells one: Latin letters and digits, with inner apostrophes ("don't").
# Harper flags no word of other scripts (Cyrillic, Greek, Chinese: measured), and of a
# word mixing scripts only its Latin runs ("zahgы": "zahg").
_LATIN = "0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_TOKEN = re.compile(rf"[{_LATIN}]+(?:['’][{_LATIN}]+)*")
_POSSESSIVE = re.compile(r"'s$", re.IGNORECASE)


@dataclass(frozen=True)
class OwnFlag:
    """An unknown word flagged here instead of by Harper: where, and its cheap fixes."""

    start: int
    end: int
    fixes: tuple[str, ...]


class SpellingBudget:
    """Which pieces of a check keep Harper's spelling, and the flags for the others."""

    def __init__(
        self,
        speller: Speller,
        budget: int = UNKNOWN_BUDGET,
        fix_budget: int = FIX_BUDGET,
        budget_in_a_row: int = BUDGET_IN_A_ROW,
    ) -> None:
        self.speller = speller
        self.budget = budget
        self.fix_budget = fix_budget
        self.budget_in_a_row = budget_in_a_row
        self._last_over = False  # the last check was over the budget

    def unknown(self, text: str, own_words: Collection[str] = ()) -> frozenset[str]:
        """The distinct words of ``text`` that neither the lexicon nor ``own_words``
        (the article's, the user's and the house's dictionaries) knows."""
        return frozenset(
            token for token in set(_TOKEN.findall(text)) if not self._known(token, own_words)
        )

    def _known(self, token: str, own_words: Collection[str]) -> bool:
        if not any(c.isalpha() for c in token) or token in own_words:
            return True  # a number is no word to spell
        plain = token.replace("’", "'")
        if self.speller.known(plain):
            return True  # "don't" is in the counts with a straight apostrophe
        base = _POSSESSIVE.sub("", plain)
        if base != plain:  # "Smith's": the name is what is spelt
            return base in own_words or self.speller.known(base)
        # "O'Brien", "rock'n'roll": each part a word (or an initial)
        return "'" in plain and all(len(p) < 2 or self.speller.known(p) for p in plain.split("'"))

    def over_budget(self, pieces: Sequence[str], own_words: Collection[str] = ()) -> set[int]:
        """The pieces to lint without Harper's spelling: none while the check's distinct
        unknown words are within the budget; otherwise those left once the pieces with
        the fewest unknown words have spent it (edited paragraphs before a page of
        gibberish), or only ``budget_in_a_row`` of it when the last check was over the
        budget too (the next chunk of the same text). Called for each check in turn,
        on one thread."""
        per_piece = [self.unknown(piece, own_words) for piece in pieces]
        if len(frozenset().union(*per_piece)) <= self.budget:
            self._last_over = False
            return set()
        allowance = self.budget_in_a_row if self._last_over else self.budget
        self._last_over = True
        spent: set[str] = set()
        over: set[int] = set()
        for k in sorted(range(len(pieces)), key=lambda k: len(per_piece[k])):
            new = per_piece[k] - spent
            if len(spent) + len(new) <= allowance:
                spent |= new
            else:
                over.add(k)
        return over

    def flags(
        self, piece: str, own_words: Collection[str], fixes: dict[str, tuple[str, ...]]
    ) -> Iterator[OwnFlag]:
        """The unknown words of ``piece`` that could be misspellings, in order: words of
        two or more letters without digits (a model number such as "A300s" is not
        spelt; Harper's flags on those are dropped too). ``fixes`` (one for the whole
        check) holds the fixes found so far; once it holds ``fix_budget`` words, new
        words are flagged without fixes."""
        unknown = self.unknown(piece, own_words)
        if not unknown:
            return
        for match in _TOKEN.finditer(piece):
            word = match.group()
            if word not in unknown or len(word) < 2 or any(c.isdigit() for c in word):
                continue
            found = fixes.get(word)
            if found is None:
                found = ()
                if len(fixes) < self.fix_budget:
                    found = fixes[word] = tuple(self.speller.near_fixes(word))
            yield OwnFlag(match.start(), match.end(), found)

    def issues(
        self,
        piece: str,
        own_words: Collection[str],
        fixes: dict[str, tuple[str, ...]],
        misfire: Misfire,
        engine: str = "harper",
    ) -> list[Issue]:
        """:meth:`flags` as issues Harper's SpellCheck would raise (same rule, so every
        later filter treats them alike), less those ``misfire`` says are wrong."""
        out: list[Issue] = []
        for flag in self.flags(piece, own_words, fixes):
            flagged = piece[flag.start : flag.end]
            if misfire("SpellCheck", flagged, list(flag.fixes), piece, flag.start):
                continue
            out.append(
                make_issue(
                    piece,
                    flag.start,
                    flag.end,
                    category=Category.SPELLING,
                    rule="SpellCheck",
                    engine=engine,
                    message=f"“{flagged}” looks misspelt.",
                    replacements=flag.fixes,
                    severity=Severity.ERROR,
                )
            )
        return out
