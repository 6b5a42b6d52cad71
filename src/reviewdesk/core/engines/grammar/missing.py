"""Two articles in a row ("the a book"), or a word missing between two that cannot
stand side by side: an article before a
mark or a verb ("going to the;", "The is the best day"), an article before a subject
pronoun ("entered the he house"), a modal with no verb ("We could one of them", "I will
the report"), a subject and an adverb with no verb ("I accidentally the flashlight").
Nothing is suggested: only the writer knows the missing word.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, sentence_start
from reviewdesk.core.engines.grammar.lexicon import CLOSED_CLASS, MODALS, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "missing-word"
DOUBLE_RULE = "double-article"
_ARTICLES = word_set("a an the")
_MARKS = frozenset(",;:!?")
_VERBS_AFTER_THE = word_set("is are was were has did isn't aren't wasn't weren't")
_PRONOUNS_AFTER_THE = word_set("he she they we")
_AFTER_THE = _VERBS_AFTER_THE | _PRONOUNS_AFTER_THE
_SUBJECTS = word_set("i he she we they you")
_AFTER_MODAL = word_set("a an the one two three four five six seven eight nine ten")
_OBJECT_STARTS = word_set("a an the my your his her their our its this these those")
# after a modal and its subject, words that open a noun phrase (or "to" before one):
# the verb between is missing ("They must their homework", "He should to the office");
# not "her" ("I will her"), "that" ("Would that it were") nor "this" ("I will this
# time": the verb is understood) (grammar15)
_POSSESSIVE_STARTS = word_set("my your his their our its")
# subjects straight before a determiner with no verb: "They the house last year"; not
# "we" or "you", which take an apposition ("We the people", "you the reader")
_BARE_SUBJECTS = word_set("i he she they")


def _adverb_only(word: str, lex: Lexicon) -> bool:
    """An adverb and nothing else, not a preposition or conjunction ("you as the
    publisher")."""
    return lex.tags(word) == {"RB"} and word not in CLOSED_CLASS


def _no_verb(sent: list[Token], j: int) -> bool:
    """Whether the words at ``j`` after a modal and its subject open a noun phrase, not
    the verb the modal needs: an article, a number before "of", a possessive or
    demonstrative, or "to" before an article."""
    word = low_at(sent, j)
    if word in _ARTICLES or word in _POSSESSIVE_STARTS:
        return True
    if word == "to":
        return low_at(sent, j + 1) in _ARTICLES
    return word in _AFTER_MODAL and low_at(sent, j + 1) == "of"


def _noun_phrase_then_verb(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether a short noun phrase at ``j`` is followed by a finite verb (an
    apposition: "They the people know")."""
    for k in range(j + 1, min(len(sent), j + 5)):
        tags = lex.tags(sent[k].low)
        if sent[k].low in MODALS or (tags & {"VBD", "VBZ", "VBP"} and not lex.is_noun(sent[k].low)):
            return True
        if not sent[k].is_word:
            return False
    return False


def check_missing(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Pairs of words with one missing between them, in one sentence."""
    for i, tok in enumerate(sent[:-1]):
        nxt = sent[i + 1]
        low = tok.low
        if low in _ARTICLES and nxt.low in _ARTICLES and _article_use(sent, i):
            if not _article_use(sent, i + 1) or _glued(sent, i + 1):
                continue  # "the A300": a model name, not a second article
            message = f"Two articles: “{tok.text} {nxt.text}”; keep one."
            # "the the" offers "the" once (the menu listed it twice)
            fixes = tuple(dict.fromkeys((nxt.text, tok.text)))
            yield Finding(tok.start, nxt.end, DOUBLE_RULE, message, fixes)
        elif low in _ARTICLES and _article_use(sent, i):
            ends = nxt.text in _MARKS or (nxt.text == "." and i + 2 >= len(sent))
            if ends or (low == "the" and nxt.low in _AFTER_THE):
                yield _missing(tok, nxt, f"A word is missing after “{tok.text}”.")
        elif low in MODALS and low_at(sent, i - 1) in _SUBJECTS and _no_verb(sent, i + 1):
            if low_at(sent, i - 2) in ("than", "as"):
                continue  # "more than I would one of those": the verb is understood
            yield _missing(tok, nxt, f"A verb is missing after “{tok.text}”.")
        elif low in _SUBJECTS and _clause_start(sent, i) and _adverb_only(nxt.low, lex):
            # "I accidentally the flashlight", "He always the best seat" (grammar15: any
            # adverb and nothing else, not only one in "-ly")
            if low_at(sent, i + 2) in _OBJECT_STARTS:
                yield _missing(nxt, sent[i + 2], f"A verb is missing after “{nxt.text}”.")
        elif low in _BARE_SUBJECTS and _clause_start(sent, i) and nxt.low in _OBJECT_STARTS:
            if tok.text != "I" and low_at(sent, i - 1) in ("and", "or") and i > 1:
                continue  # "for him and they the ...": a list, not a clause
            if _noun_phrase_then_verb(sent, i + 1, lex):
                continue  # "They the people know": an apposition before the verb
            yield _missing(tok, nxt, f"A verb is missing after “{tok.text}”.")


def _article_use(sent: list[Token], i: int) -> bool:
    """An article, not the letter ("Plan A,", "vitamin A.") or a word cited in quotes."""
    tok = sent[i]
    if tok.text == "A" and not sentence_start(sent, i):
        return False
    return low_at(sent, i - 1) not in ("'", '"', "‘", "“", "word")


def _glued(sent: list[Token], i: int) -> bool:
    """Whether the token at ``i`` runs straight into the next one ("A300", "A-list")."""
    return i + 1 < len(sent) and sent[i + 1].start == sent[i].end and sent[i + 1].text != "."


def _clause_start(sent: list[Token], i: int) -> bool:
    return sentence_start(sent, i) or low_at(sent, i - 1) in ("and", "but", "so", ",", "then")


def _missing(first: Token, second: Token, message: str) -> Finding:
    return Finding(first.start, second.end, RULE, message, ())
