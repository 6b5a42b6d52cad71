"""The text kit: one definition of each text primitive, shared by every engine.

- :mod:`.offsets`: newline normalisation, code-point / UTF-16 offsets (:class:`Utf16Map`).
- :mod:`.paragraphs`: paragraphs as the window's blocks; quoting text for the status bar.
- :mod:`.words`: what a word is (and its variants for names, compounds, redlines).
- :mod:`.sentences`: where a sentence starts; which full stops end one.
- :mod:`.labels`: speaker labels ("**Jane Doe:**", "Q:").
- :mod:`.layout`: white space and letters that lay a page out (tab stops, a form's blanks,
  an item's "(b)"), not slips in a sentence.
- :mod:`.prose`: what is prose and what is not (URLs, e-mail, code, markup...).

An engine that needs one of these imports it from here rather than writing its own, so
the engines agree on what a word, a sentence start or a URL is.
"""

from __future__ import annotations

from reviewdesk.core.text.labels import SpeakerLabel, speaker_label
from reviewdesk.core.text.offsets import Utf16Map, normalize_newlines, utf16_len
from reviewdesk.core.text.paragraphs import Paragraph, quoted_for_screen, split_paragraphs
from reviewdesk.core.text.prose import protected_spans
from reviewdesk.core.text.sentences import starts_sentence
from reviewdesk.core.text.words import DraftWords, word_count, words

__all__ = [
    "DraftWords",
    "Paragraph",
    "SpeakerLabel",
    "Utf16Map",
    "normalize_newlines",
    "protected_spans",
    "quoted_for_screen",
    "speaker_label",
    "split_paragraphs",
    "starts_sentence",
    "utf16_len",
    "word_count",
    "words",
]
