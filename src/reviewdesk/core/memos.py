"""The engines' per-word memo caches, emptied when the checker is idle after a long check.

The grammar, spelling and names engines remember answers word by word (``lru_cache``,
4k-50k entries each) so that a keystroke's re-check asks its tables once per word. After a
100k-word article those caches are full of the article's words: ~10 MB of Python objects
that only save time, and the next keystroke re-reads one paragraph's words (~100) whatever
they hold. Emptied with the checker's idle release (``Pipeline.release_memory``), they
give ~4-5 MB of PSS back (benchmarks/README.md, memory20). A cache that holds a table read
from disk (``maxsize=1``: the spelling word lists) is not one of them: reading it again
would cost the next misspelling its suggestions' time.

The caches are named, not collected by a decorator at import, and looked up only among
the modules already imported: clearing imports nothing.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

# (module, function): per-word (or per-line) memo caches of the fast engines
WORD_MEMOS: tuple[tuple[str, str], ...] = (
    ("reviewdesk.core.engines.grammar.context_forms", "_better_form"),
    ("reviewdesk.core.engines.grammar.context_forms", "_candidates"),
    ("reviewdesk.core.engines.grammar.word_pairs", "other_forms"),
    ("reviewdesk.core.engines.grammar.word_pairs", "_unseen"),
    ("reviewdesk.core.engines.grammar.word_pairs", "_best"),
    ("reviewdesk.core.engines.grammar.lexicon", "_lemmas"),
    ("reviewdesk.core.engines.grammar.lexicon", "_tags"),
    ("reviewdesk.core.engines.grammar.context_fit", "best_fit"),
    ("reviewdesk.core.engines.grammar.verb_prepositions", "_governed"),
    ("reviewdesk.core.engines.spelling_rank", "sound_key"),
    ("reviewdesk.core.engines.spelling", "_near_words"),
    ("reviewdesk.core.engines.terms", "glossed_terms"),
    ("reviewdesk.core.text.prose", "_spans"),
)


def clear_word_memos() -> int:
    """Empty the per-word memo caches of the modules imported; how many were emptied."""
    cleared = 0
    for module_name, name in WORD_MEMOS:
        module = sys.modules.get(module_name)
        clear = getattr(getattr(module, name, None), "cache_clear", None)
        if callable(clear):
            clear()
            cleared += 1
    log.debug("per-word memo caches emptied: %d", cleared)
    return cleared
