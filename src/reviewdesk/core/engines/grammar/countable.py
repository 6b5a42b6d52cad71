"""A plural made regular where the noun's own plural is another word ("the mans", "her
foots").

grammar19 also flagged a singular countable noun with no determiner where a noun phrase
must start ("She is teacher"); it raised a false alarm on unread published news (the
2020-06 held half, 8 -> 9 issues) and moved no validation or sealed figure, so the lead
took it out (benchmarks/README.md, the nineteenth session's lead section).
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, replace_word
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE_PLURAL = "noun-number"


def check_countable(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Plurals made regular after a determiner, in one sentence."""
    for i, tok in enumerate(sent[:-1]):
        if tok.is_word and tok.low in _DETERMINING:
            yield from _regular_plural(sent, i, lex)


# -- plurals made regular ----------------------------------------------------------
_DETERMINING = word_set(
    "the these those my your his her our their some many several few both two three four "
    "five six seven eight nine ten"
)


def _regular_plural(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "the mans", "her foots": after a determiner, a noun's singular with "-s" where its
    plural is another word ("men", "feet")."""
    tok = sent[i + 1]
    low = tok.low
    if not tok.is_word or tok.is_capitalised or not low.endswith("s") or len(low) < 4:
        return
    singular = low[:-1]
    if lex.noun_number(singular) != "singular" or lex.pair(sent[i].low, low):
        return
    plural = lex.inflect(singular, "NNS")
    if not plural or plural in (low, singular) or plural.endswith("s"):
        return
    if lex.pair(sent[i].low, plural) == 0:
        return
    message = f"The plural of “{singular}” is “{plural}”."
    yield Finding(tok.start, tok.end, RULE_PLURAL, message, (replace_word(tok, plural),))
