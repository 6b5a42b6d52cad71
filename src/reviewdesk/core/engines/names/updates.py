"""Following one edit without re-learning the whole article.

While an editor types, each check differs from the last in one paragraph. When that
paragraph still has the same capitalised words in the same roles (same line kind, same
label, same sentence starts, same runs), the names model of the new text is the old one
with its offsets shifted, and the old findings still hold unless the edit touched a
lowercase word that matters to them (a lowercase name, a British/American spelling, a
compound). This keeps a 50,000-word article's re-check to a few milliseconds.
"""

from __future__ import annotations

import sys
from collections import Counter

from reviewdesk.core.engines.names.model import NameModel, ParagraphNames, read_paragraph
from reviewdesk.core.engines.names.spelling_variants import classify
from reviewdesk.core.engines.names.words import POSSESSIVE, Finding, TextEdit

# how far a multi-word name reaches after its first word, for the capitalisation check
_PHRASE_REACH = 100


def _signature(line: str, info: ParagraphNames) -> tuple[object, ...]:
    """What the names model reads from a paragraph, without its offsets."""
    words = []
    prev_end = -1
    for start, end, word, _base, initial, in_label, _cap, _caps, _joined in info.words:
        gap = line[prev_end:start] if prev_end >= 0 else ""
        words.append((word, initial, in_label, gap if gap in (" ", ". ") else ""))
        prev_end = end
    return (info.kind, info.label[2] if info.label else None, tuple(words))


def _common_ends(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common prefix and (non-overlapping) common suffix of two strings."""
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, s


def _stem_counts(words: tuple[str, ...]) -> Counter[str]:
    return Counter(w[:-2] if len(w) > 3 and w.endswith(POSSESSIVE) else w for w in words)


def shift_model(
    model: NameModel, text: str, paragraphs: dict[str, ParagraphNames]
) -> NameModel | None:
    """``model`` updated in place to describe ``text``, or None when it must be re-learned.

    The caller must stop using ``model`` for its old text.
    """
    old_lines = model.text.split("\n")
    new_lines = text.split("\n")
    if len(old_lines) != len(new_lines):
        return None
    changed = [i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b]
    if len(changed) != 1:
        return None
    line = changed[0]
    old_line, new_line = old_lines[line], new_lines[line]
    old_info = paragraphs.get(old_line) or read_paragraph(old_line)
    new_info = paragraphs.get(new_line)
    if new_info is None:
        new_info = paragraphs[sys.intern(new_line)] = read_paragraph(new_line)
    if _signature(old_line, old_info) != _signature(new_line, new_info):
        return None
    p, s = _common_ends(old_line, new_line)
    line_start = model.line_starts[line]
    delta = len(new_line) - len(old_line)
    old_lowers, new_lowers = _stem_counts(old_info.lowers), _stem_counts(new_info.lowers)
    lowers = {
        w: new_lowers[w] - old_lowers[w]
        for w in old_lowers.keys() | new_lowers.keys()
        if new_lowers[w] != old_lowers[w]
    }
    edit = TextEdit(
        old_text=model.text,
        line=line,
        start=line_start + p,
        end=line_start + len(old_line) - s,
        delta=delta,
        lowers=lowers,
        compounds_changed=[c[2] for c in old_info.compounds] != [c[2] for c in new_info.compounds],
    )
    # the changed paragraph's words move within it; everything after it moves by delta
    own = [t for t in model.tokens if t.line == line]
    for token, (start, end, *_rest) in zip(own, new_info.words, strict=True):
        token.start, token.end = line_start + start, line_start + end
    for token in model.tokens:
        if token.line > line:
            token.start += delta
            token.end += delta
    for label in model.labels:
        if label.line == line and new_info.label is not None:
            label.start, label.end = line_start + new_info.label[0], line_start + new_info.label[1]
        elif label.line > line:
            label.start += delta
            label.end += delta
    next_start = line_start + len(old_line)
    model.compounds = (
        [c for c in model.compounds if c[0] < line_start]
        + [(line_start + cs, line_start + ce, w) for cs, ce, w in new_info.compounds]
        + [(cs + delta, ce + delta, w) for cs, ce, w in model.compounds if cs > next_start]
    )
    model.line_starts = model.line_starts[: line + 1] + [
        s + delta for s in model.line_starts[line + 1 :]
    ]
    model.lower_count.subtract(old_lowers)
    model.lower_count.update(new_lowers)
    model.lower_count += Counter()  # drop counts that fell to zero
    if edit.compounds_changed or any(len(w) >= 8 for w in lowers):
        model.forget_compounds()
    model.text = text
    model.edit = edit
    model.reset_positions()
    return model


def findings_still_hold(model: NameModel, findings: list[Finding]) -> bool:
    """Whether findings of the edit's old text still hold for the model's text."""
    edit = model.edit
    if edit is None or edit.compounds_changed:
        return False
    for word, change in edit.lowers.items():
        if _matters(model, word, change):
            return False
    for f in findings:
        # a finding depends on its own word; a capitalisation variant on the name before it
        reach = _PHRASE_REACH if f.rule == "term-capitalisation" else 1
        if edit.start <= f.end + 1 and f.start - reach <= edit.end:
            return False
    # an edit just after a multi-word name can make (or unmake) a variant of it
    new_end = edit.end + edit.delta
    return not any(
        t.line == edit.line
        and t.base in model.run_words
        and t.start <= new_end
        and edit.start <= t.start + _PHRASE_REACH
        for t in model.tokens_of_line(edit.line)
    )


def _matters(model: NameModel, word: str, change: int) -> bool:
    """Whether adding (or removing) ``change`` lowercase ``word`` can change any finding."""
    if classify(word) is not None:
        return True  # a British or American spelling
    if word in model.compound_keys() or word in model.compound_halves():
        return True  # part of a compound written two ways ("email", "health care")
    if len(word) >= 8 and model.splits_into_words(word):
        return True  # a closed compound whose parts also stand apart
    cap = word[:1].upper() + word[1:]
    if cap not in model.occurrences:
        return False
    if model.mid_count.get(cap) or cap in model.run_words or cap in model.label_words:
        return True  # the lowercase form of a name
    count = model.lower_count.get(word, 0)
    caps = max(1, model.cap_count.get(cap, 0))
    return (count >= caps) != (count - change >= caps)  # "common word" status flipped


def shift_findings(edit: TextEdit, findings: list[Finding]) -> list[Finding]:
    """Findings of the old text moved to their places in the new text."""
    out = []
    for f in findings:
        if f.start >= edit.end:
            out.append(
                Finding(
                    f.start + edit.delta, f.end + edit.delta, f.rule, f.message,
                    f.replacement, f.category, f.severity,
                )
            )  # fmt: skip
        else:
            out.append(f)
    return out
