"""The grammar engine behind the checker protocol: paragraph by paragraph, offline."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Sequence

from reviewdesk.core.checker import (
    NEVER,
    BaseChecker,
    CancelToken,
    Capability,
    CheckContext,
    Scope,
)
from reviewdesk.core.engines.grammar.added_subjects import check_added_subjects
from reviewdesk.core.engines.grammar.adverb_order import check_adverb_order
from reviewdesk.core.engines.grammar.adverbs import check_adverbs
from reviewdesk.core.engines.grammar.agreement import check_agreement, check_second_verb
from reviewdesk.core.engines.grammar.apostrophe_slips import check_apostrophe_slips
from reviewdesk.core.engines.grammar.articles import check_articles
from reviewdesk.core.engines.grammar.aux_forms import check_aux_forms
from reviewdesk.core.engines.grammar.bare import check_bare
from reviewdesk.core.engines.grammar.clause_commas import check_clause_commas
from reviewdesk.core.engines.grammar.clause_shapes import check_clause_shapes
from reviewdesk.core.engines.grammar.collocations import check_collocations
from reviewdesk.core.engines.grammar.comparatives import check_comparatives
from reviewdesk.core.engines.grammar.compounds import check_compounds
from reviewdesk.core.engines.grammar.confusables import check_confusables
from reviewdesk.core.engines.grammar.context_fit import check_context_fit
from reviewdesk.core.engines.grammar.context_forms import check_context_forms
from reviewdesk.core.engines.grammar.countable import check_countable
from reviewdesk.core.engines.grammar.counted_subjects import check_counted_subjects
from reviewdesk.core.engines.grammar.dates import check_dates
from reviewdesk.core.engines.grammar.degree import check_degree
from reviewdesk.core.engines.grammar.determiners import check_determiners
from reviewdesk.core.engines.grammar.feelings import check_feelings
from reviewdesk.core.engines.grammar.findings import Finding
from reviewdesk.core.engines.grammar.forms import check_forms
from reviewdesk.core.engines.grammar.frames import check_frames
from reviewdesk.core.engines.grammar.gerunds import check_gerunds, check_to_gerund
from reviewdesk.core.engines.grammar.impossible_pairs import check_impossible_pairs
from reviewdesk.core.engines.grammar.infinitives import check_infinitives
from reviewdesk.core.engines.grammar.inversions import check_inversions
from reviewdesk.core.engines.grammar.joined_subjects import check_joined_subjects
from reviewdesk.core.engines.grammar.lexicon import Lexicon, reading_lemmas
from reviewdesk.core.engines.grammar.missing import check_missing
from reviewdesk.core.engines.grammar.modifiers import check_modifiers
from reviewdesk.core.engines.grammar.needs_done import check_needs_done
from reviewdesk.core.engines.grammar.noun_phrases import check_noun_phrases
from reviewdesk.core.engines.grammar.number import check_number
from reviewdesk.core.engines.grammar.number_words import check_number_words
from reviewdesk.core.engines.grammar.object_order import check_object_order
from reviewdesk.core.engines.grammar.order import check_order
from reviewdesk.core.engines.grammar.phrases import (
    check_double_negatives,
    check_missing_verb,
    check_phrases,
)
from reviewdesk.core.engines.grammar.plural_apostrophes import check_plural_apostrophes
from reviewdesk.core.engines.grammar.prep_verbs import check_prep_verbs
from reviewdesk.core.engines.grammar.preposition_pairs import check_preposition_pairs
from reviewdesk.core.engines.grammar.pronoun_forms import check_pronoun_forms
from reviewdesk.core.engines.grammar.punctuation import check_marks, check_punctuation
from reviewdesk.core.engines.grammar.questions import check_questions
from reviewdesk.core.engines.grammar.relative import check_relative
from reviewdesk.core.engines.grammar.relative_clauses import check_relative_clauses
from reviewdesk.core.engines.grammar.sense_slips import check_sense_slips
from reviewdesk.core.engines.grammar.set_phrases import check_set_phrases
from reviewdesk.core.engines.grammar.slots import check_slots
from reviewdesk.core.engines.grammar.subjects import check_subjects
from reviewdesk.core.engines.grammar.there_agreement import check_there_agreement
from reviewdesk.core.engines.grammar.time_markers import check_time_markers
from reviewdesk.core.engines.grammar.time_prepositions import check_time_prepositions
from reviewdesk.core.engines.grammar.time_tense import check_time_tense
from reviewdesk.core.engines.grammar.tokens import sentences
from reviewdesk.core.engines.grammar.verb_objects import check_verb_objects
from reviewdesk.core.engines.grammar.verb_prepositions import check_verb_prepositions
from reviewdesk.core.engines.grammar.verbs import check_verb_forms
from reviewdesk.core.engines.grammar.word_pairs import check_word_pairs
from reviewdesk.core.models import Category, Issue, Severity, make_issue
from reviewdesk.core.text.prose import overlaps, protected_spans

log = logging.getLogger(__name__)

ENGINE = "grammar"
# A held warm-up (start_warm_up's ``after``) starts after this long whatever happens.
WARM_AFTER_MAX_S = 5.0
_SEVERITY = {Category.GRAMMAR: Severity.ERROR, Category.CONFUSION: Severity.ERROR}


class GrammarChecker(BaseChecker):
    """Agreement, a/an, confused words, verb forms, compounds and weekday-date checks."""

    name = ENGINE
    scope: Scope = "paragraph"
    capabilities = frozenset(
        {Capability.WARMS_UP, Capability.WARMS_IN_BACKGROUND, Capability.WARMS_AFTER}
    )

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or Lexicon()
        self._warming: threading.Thread | None = None

    @property
    def is_warm(self) -> bool:
        """False while :meth:`start_warm_up`'s thread is still reading the tables."""
        return self._warming is None or not self._warming.is_alive()

    def warm_up(self, language: str) -> None:
        """Read the word tables now (a second or two) so the first check is quick."""
        began = time.perf_counter()
        self.lexicon.load()
        log.info("grammar lexicon loaded (%.2f s)", time.perf_counter() - began)

    def start_warm_up(
        self, language: str, after: threading.Event | None = None
    ) -> threading.Thread:
        """Read the tables on a thread of their own, so other engines start at once (a
        check that comes meanwhile waits for the tables it needs).

        ``after``: read them once it is set (at most :data:`WARM_AFTER_MAX_S` later). The
        reading is ~1.3 s of Python holding the interpreter; the checker process holds
        it until its first early result is out, which it would otherwise share the
        interpreter with. The engine is cold meanwhile, as while it reads.
        """
        if self._warming is None:
            reading_lemmas()  # the names engine waits for them: it is cold meanwhile
            self._warming = threading.Thread(
                target=self._warm_up_after,
                args=(language, after),
                name="grammar-warm-up",
                daemon=True,
            )
            self._warming.start()
        return self._warming

    def _warm_up_after(self, language: str, after: threading.Event | None) -> None:
        if after is not None:
            after.wait(WARM_AFTER_MAX_S)
        self.warm_up(language)

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        """Check each paragraph on its own."""
        out: list[list[Issue]] = []
        for text in texts:
            cancel.raise_if_cancelled()
            out.append(self.check_paragraph(text))
        return out

    def check_paragraph(self, text: str) -> list[Issue]:
        """The findings in one paragraph, as issues (one per span)."""
        if not any(c.isalpha() for c in text):
            return []
        issues: dict[tuple[int, int], Issue] = {}
        protected = protected_spans(text)  # URLs, addresses, markup: not prose
        for finding in _findings(text, self.lexicon):
            key = (finding.start, finding.end)
            if key in issues or text[finding.start : finding.end] in finding.replacements:
                continue
            if overlaps(protected, finding.start, finding.end):
                continue
            issues[key] = make_issue(
                text,
                finding.start,
                finding.end,
                category=finding.category,
                rule=finding.rule,
                engine=ENGINE,
                message=finding.message,
                replacements=finding.replacements,
                severity=_SEVERITY.get(finding.category, Severity.WARNING),
            )
        return sorted(issues.values(), key=lambda i: (i.start, i.end))


def _findings(text: str, lex: Lexicon) -> Iterable[Finding]:
    for sent in sentences(text):
        yield from check_articles(sent)
        yield from check_confusables(sent, lex)
        yield from check_time_markers(sent, lex)  # before agreement: its fix is the past
        yield from check_agreement(sent, lex)
        yield from check_there_agreement(sent, lex)
        yield from check_second_verb(sent, lex)
        yield from check_counted_subjects(sent, lex)
        yield from check_questions(sent, lex)
        yield from check_verb_forms(sent, lex)
        yield from check_forms(sent, lex)
        yield from check_number(sent, lex)
        yield from check_relative(sent, lex)
        yield from check_comparatives(sent, lex)
        yield from check_order(sent, lex)
        yield from check_bare(sent, lex)
        yield from check_gerunds(sent, lex)
        yield from check_to_gerund(sent, lex)
        yield from check_time_tense(sent, lex)
        yield from check_time_prepositions(sent, lex)
        yield from check_verb_objects(sent, lex)
        yield from check_plural_apostrophes(sent, lex)
        yield from check_adverbs(sent, lex)
        yield from check_missing(sent, lex)
        yield from check_set_phrases(sent, lex)
        yield from check_collocations(sent, lex)
        yield from check_compounds(sent, lex)
        yield from check_phrases(sent, lex)
        yield from check_modifiers(sent, lex)
        yield from check_double_negatives(sent, lex)
        yield from check_missing_verb(sent, lex)
        yield from check_slots(sent, lex)
        yield from check_degree(sent, lex)
        yield from check_aux_forms(sent, lex)
        yield from check_needs_done(sent, lex)
        yield from check_prep_verbs(sent, lex)
        yield from check_joined_subjects(sent, lex)
        yield from check_relative_clauses(sent, lex)
        yield from check_feelings(sent, lex)
        yield from check_frames(sent, lex)
        yield from check_determiners(sent, lex)
        yield from check_word_pairs(sent, lex)
        yield from check_context_forms(sent, lex)
        yield from check_context_fit(sent, lex)
        yield from check_subjects(sent, lex)
        yield from check_pronoun_forms(sent, lex)  # syntax11
        yield from check_punctuation(sent, lex)  # syntax11
        yield from check_clause_commas(sent, lex, text)
        yield from check_preposition_pairs(sent, lex)  # syntax11
        yield from check_adverb_order(sent, lex)  # syntax11
        yield from check_noun_phrases(sent, lex)  # syntax11
        yield from check_sense_slips(sent, lex)
        yield from check_apostrophe_slips(sent, lex)
        yield from check_clause_shapes(sent, lex)  # grammar14
        yield from check_verb_prepositions(sent, lex)  # grammar14
        yield from check_impossible_pairs(sent, lex)  # grammar15
        yield from check_countable(sent, lex)  # grammar19
        yield from check_number_words(sent, lex)  # grammar19
        yield from check_inversions(sent, lex)  # grammar19
        yield from check_infinitives(sent, lex)  # grammar19
        yield from check_object_order(sent, lex)  # grammar19
        yield from check_added_subjects(sent, lex)  # grammar19
    yield from check_marks(text)  # syntax11
    if any(day in text for day in ("day,", "day ")):
        yield from check_dates(text)
