"""One term written two ways: capitalisation, hyphenation, and lowercase names.

- A multi-word name written with capitals at least twice ("World Today News") and once
  partly in lowercase ("World Today news") gets the odd word flagged.
- A compound written both with and without its hyphen ("e-mail"/"email",
  "co-operate"/"cooperate") or both closed and open ("healthcare"/"health care") gets the
  minority form flagged.
- A word the article capitalises mid-sentence as a name ("Belarusian", "Ukraine") and
  once writes in lowercase is a capitalisation slip.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from reviewdesk.core.engines.names.model import (
    STOPWORDS,
    TITLES,
    Finding,
    NameModel,
    word_set,
)
from reviewdesk.core.engines.names.words import listing_of
from reviewdesk.core.text.words import LETTER_WORD_RE

# Hyphenated forms whose closed form is a different word ("re-sign" vs "resign").
_HOMOGRAPH_CLOSED = re.compile(
    r"^(?:resign|recover|recreat|reform|releas|repress|reserv|resent|recount|coop|remark"
    r"|represent|retreat|recollect|react|reside|resort|restor|reprint|refund|relay|recall)"
    r"(?:e|s|es|ed|d|ing|ion|ions|ation|ations|ment|ments|er|ers|ive)?$"
)
# Second parts that make a phrasal verb when written apart ("set up" vs "setup").
_PARTICLES = word_set("up down in out on off over back away through by about around along across")
# Words a desk capitalises in some uses and not in others ("the West" / "west of").
_CAPITALISABLE_COMMON = word_set(
    """president prime minister government state parliament church west east north south
    western eastern northern southern army navy republic union city court council party
    house senate congress committee ministry department bank university school college
    street river lake mountain ocean sea bay island kingdom empire general governor mayor
    king queen prince princess pope bishop senator chancellor secretary director chairman
    chief sir lord lady professor captain colonel judge justice federal national
    international central constitution bible internet web earth sun moon god heaven hell
    mother father mom mum dad uncle aunt conservative conservatives labour labor liberal
    liberals green greens democrat democrats democratic republican republicans communist
    communists socialist socialists catholic protestant orthodox independent tory tories
    station airport agency office center centre institute museum hospital embassy police
    cabinet opposition crown commonwealth"""
)


def find_case_variants(model: NameModel, line: int | None = None) -> list[Finding]:
    """Multi-word names written with capitals, and once with a word in lowercase.

    With ``line``, only that paragraph's findings (each depends on its own paragraph only).
    """
    text = model.text
    counts: Counter[tuple[str, ...]] = Counter()
    for run in model.runs:
        if all(model.tokens[i].cap for i in run):
            counts[tuple(model.tokens[i].text for i in run)] += 1
    findings: list[Finding] = []
    seen: set[int] = set()
    for words, total in counts.most_common():
        if total < 2 and len(words) < 3:
            continue  # a long name written once with capitals is evidence enough
        phrase = " ".join(words)
        # a variant starts with the same capitalised first word
        for index in model.occurrences.get(words[0], ()):
            token = model.tokens[index]
            if token.text != words[0] or model.line_kinds[token.line] == "headline":
                continue
            if line is not None and token.line != line:
                continue
            nxt = model.next_adjacent(token)
            if nxt is not None and nxt.text == words[1]:
                # the second word is right; look further only if a later one is lowercase
                run = model.runs[token.run] if token.run >= 0 else []
                if len(run) >= len(words) and run[0] == token.index:
                    continue  # the whole name stands capitalised here
            after = text[token.end : token.end + len(words[1]) + 3].lstrip(" \t")
            if after[: len(words[1])].lower() != words[1].lower():
                continue  # not this name at all
            window = text[token.start : token.start + len(phrase) + 8 * len(words)]
            parts = [(m.start(), m.group()) for m in LETTER_WORD_RE.finditer(window)][: len(words)]
            if len(parts) != len(words) or any(
                got.lower() != want.lower() for (_, got), want in zip(parts, words, strict=True)
            ):
                continue
            gaps = [window[parts[k][0] + len(parts[k][1]) : parts[k + 1][0]] for k in
                    range(len(parts) - 1)]  # fmt: skip
            if any(g.strip(" \t") for g in gaps):
                continue
            for pos, got, want in ((p, g, w) for (p, g), w in zip(parts, words, strict=True)):
                start = token.start + pos
                if got == want or not got[:1].islower() or start in seen:
                    continue
                seen.add(start)
                findings.append(
                    Finding(
                        start,
                        start + len(got),
                        "term-capitalisation",
                        f"“{phrase}” is capitalised this way {_times(total)} elsewhere "
                        f"in this article; here it has “{got}”.",
                        want,
                    )
                )
    return findings


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def find_hyphenation_variants(model: NameModel, watch: set[str] | None = None) -> list[Finding]:
    """A compound written with and without its hyphen, or closed and open.

    ``watch``, if given, receives the terms (lowercase) whose occurrences were looked for
    in the text: an edit that writes or removes none of them leaves the result as it was.
    """
    text = model.text
    lower = model.lower_count
    hyphenated: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s, e, word in model.compounds:
        hyphenated[word.replace("-", "").lower()].append((s, e))
    # closed compounds whose two halves also stand apart somewhere ("health care")
    spaced_keys: dict[str, str] = {}
    for word in lower:
        if len(word) < 8 or not word.isalpha():
            continue
        for i in range(4, len(word) - 3):
            a, b = word[:i], word[i:]
            if lower.get(a) and lower.get(b) and not {a, b} & STOPWORDS and b not in _PARTICLES:
                spaced_keys[word] = f"{a} {b}"
    keys = {
        k
        for k, spans in hyphenated.items()
        if lower.get(k) or k.capitalize() in model.occurrences
        or len({text[s:e].lower() for s, e in spans}) > 1
    }  # fmt: skip
    keys |= set(spaced_keys)
    if watch is not None:
        watch.update(keys)
        watch.update(spaced_keys.values())
    if not keys:
        return []
    by_key: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for key in keys:
        forms: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for s, e in hyphenated.get(key, []):
            forms[text[s:e].lower()].append((s, e))
        by_key[key] = forms
    for key in keys:
        by_key[key][key].extend(_closed_spans(model, key))
    if spaced_keys:
        by_phrase = {phrase: key for key, phrase in spaced_keys.items()}
        spaced_re = re.compile(
            r"(?<![\w-])("
            + "|".join(re.escape(p).replace(r"\ ", "[ ]") for p in by_phrase)
            + r")(?![\w-])",
            re.IGNORECASE,
        )
        for m in spaced_re.finditer(text):
            phrase = m.group(1).lower()
            by_key[by_phrase[phrase]][phrase].append(m.span())
    findings: list[Finding] = []
    for key, forms in sorted(by_key.items()):
        if key in spaced_keys and not (forms.get(key) and forms.get(spaced_keys[key])):
            continue
        if _HOMOGRAPH_CLOSED.match(key) and hyphenated.get(key):
            continue
        variants = sorted(
            ((f, spans) for f, spans in forms.items() if spans),
            key=lambda kv: (-len(kv[1]), kv[1][0][0]),
        )
        if len(variants) < 2:
            continue
        keep, _ = variants[0]
        listing = listing_of((f, len(x)) for f, x in variants)
        for _form, spans in variants[1:]:
            for s, e in spans:
                findings.append(
                    Finding(
                        s,
                        e,
                        "term-hyphenation",
                        f"This article writes {listing}. Use one form.",
                        _match_case(text[s:e], keep),
                    )
                )
    return findings


def _closed_spans(model: NameModel, word: str) -> list[tuple[int, int]]:
    """Where ``word`` stands alone, lowercase or capitalised (not inside a compound)."""
    text = model.text
    spans: list[tuple[int, int]] = []
    if model.lower_count.get(word):
        i = text.find(word)
        while i >= 0:
            e = i + len(word)
            before = text[i - 1] if i else " "
            after = text[e] if e < len(text) else " "
            if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
                spans.append((i, e))
            i = text.find(word, e)
    cap = word.capitalize()
    for index in model.occurrences.get(cap, ()):
        token = model.tokens[index]
        if (
            text[token.start - 1 : token.start] != "-"
            and text[token.base_end : token.base_end + 1] != "-"
        ):
            spans.append((token.start, token.base_end))
    return sorted(spans)


def _match_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def find_lowercase_names(
    model: NameModel, watch: set[str] | None = None, span: tuple[int, int] | None = None
) -> list[Finding]:
    """A name the article capitalises mid-sentence, written once in lowercase ("ukraine").

    ``watch``, if given, receives the lowercase words looked for in the text. With
    ``span`` (one paragraph's start and end), only the findings inside it.
    """
    candidates: dict[str, str] = {}
    for word, n in model.lower_count.items():
        if len(word) < 4 or word in STOPWORDS or word in TITLES:
            continue
        if word in _CAPITALISABLE_COMMON:
            continue
        cap = word[0].upper() + word[1:]
        if model.solo_mid_count.get(cap, 0) >= 2 and n * 2 <= model.cap_count.get(cap, 0):
            candidates[word] = cap
    if watch is not None:
        watch.update(candidates)
    if not candidates:
        return []
    findings: list[Finding] = []
    pattern = re.compile(
        r"(?<![\w’'-])("
        + "|".join(re.escape(w) for w in candidates)
        + r")(?![\w-]|['’][^\W\d_]{2})"
    )
    begin, end = span if span is not None else (0, len(model.text))
    for m in pattern.finditer(model.text, begin, end):
        word = m.group(1)
        cap = candidates[word]
        findings.append(
            Finding(
                m.start(1),
                m.end(1),
                "name-lowercase",
                f"“{cap}” is a name: this article capitalises it "
                f"{_times(model.cap_count.get(cap, 0))} elsewhere.",
                cap,
                category="capitalization",
            )
        )
    return findings
