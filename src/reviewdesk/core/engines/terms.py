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

from reviewdesk.core.engines.name_model import (
    STOPWORDS,
    TITLES,
    WORD_RE,
    Finding,
    NameModel,
    protected_spans,
)

# Hyphenated forms whose closed form is a different word ("re-sign" vs "resign").
_HOMOGRAPH_CLOSED = (
    "resign recover recreat reform releas repress reserv resent recount coop remark "
    "represent retreat recollect react reside resort restor reprint refund relay"
).split()
# Second parts that make a phrasal verb when written apart ("set up" vs "setup").
_PARTICLES = frozenset(
    "up down in out on off over back away through by about around along across".split()
)
# Words a desk capitalises in some uses and not in others ("the West" / "west of").
_CAPITALISABLE_COMMON = frozenset(
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
    cabinet opposition crown commonwealth""".split()
)
# two words apart; a lookahead, so that "the health care" still finds "health care"
_SPACED = re.compile(r"(?<![\w-])([^\W\d_]{4,})(?=[ ]([^\W\d_]{4,})(?![\w-]))")
_HYPHENATED = re.compile(r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)+)(?![\w-])")


def _in_headline(model: NameModel, line: int) -> bool:
    return model.line_kinds[line] == "headline"


def find_case_variants(model: NameModel) -> list[Finding]:
    """Multi-word names written with capitals, and once with a word in lowercase."""
    text = model.text
    counts: Counter[tuple[str, ...]] = Counter()
    for run in model.runs:
        words = tuple(model.tokens[i].text for i in run)
        if all(model.tokens[i].cap for i in run):
            counts[words] += 1
    findings: list[Finding] = []
    seen: set[int] = set()
    para_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    import bisect

    for words, n in counts.most_common():
        if n < 2:
            break
        pattern = re.compile(
            r"(?<![\w’'])" + r"[ \t]+".join(re.escape(w) for w in words) + r"(?![\w’'])",
            re.IGNORECASE,
        )
        for m in pattern.finditer(text):
            found = m.group()
            if found == " ".join(words):
                continue
            line = bisect.bisect_right(para_starts, m.start()) - 1
            if _in_headline(model, line):
                continue
            parts = [(w.start(), w.group()) for w in WORD_RE.finditer(found)]
            if len(parts) != len(words) or not parts[0][1][:1].isupper():
                continue
            odd = [(pos, got, want) for (pos, got), want in zip(parts, words, strict=True)
                   if got != want and got[:1].islower()]  # fmt: skip
            total = counts[words]
            for pos, got, want in odd:
                start = m.start() + pos
                if start in seen:
                    continue
                seen.add(start)
                findings.append(
                    Finding(
                        start,
                        start + len(got),
                        "term-capitalisation",
                        f"“{' '.join(words)}” is capitalised this way {total} times elsewhere "
                        f"in this article; here it has “{got}”.",
                        want,
                    )
                )
    return findings


def find_hyphenation_variants(model: NameModel) -> list[Finding]:
    """A compound written with and without its hyphen, or closed and open."""
    text = model.text
    protected = protected_spans(text)
    Span = tuple[int, int]
    hyphenated: dict[str, list[Span]] = defaultdict(list)
    for m in _HYPHENATED.finditer(text):
        if protected and any(s <= m.start() < e for s, e in protected):
            continue
        hyphenated[m.group(1).replace("-", "").lower()].append(m.span(1))
    spaced: dict[str, list[Span]] = defaultdict(list)
    lower = model.lower_count
    for m in _SPACED.finditer(text):
        a, b = m.group(1).lower(), m.group(2).lower()
        if a in STOPWORDS or b in STOPWORDS or b in _PARTICLES:
            continue
        if lower[a + b] or (a + b).capitalize() in model.cap_count:
            spaced[a + b].append((m.start(1), m.end(2)))
    keys = set(hyphenated) | set(spaced)
    closed: dict[str, list[Span]] = defaultdict(list)
    for m in WORD_RE.finditer(text):
        word = m.group().lower()
        if word not in keys:
            continue
        if (m.end() < len(text) and text[m.end()] == "-") or (
            m.start() > 0 and text[m.start() - 1] == "-"
        ):
            continue
        closed[word].append(m.span())
    findings: list[Finding] = []
    for key in sorted(keys):
        if not closed.get(key) and not (hyphenated.get(key) and len(
            {text[s:e].lower() for s, e in hyphenated[key]}) > 1):  # fmt: skip
            continue
        if any(key.startswith(h) for h in _HOMOGRAPH_CLOSED) and hyphenated.get(key):
            continue
        by_form: dict[str, list[Span]] = defaultdict(list)
        for s, e in hyphenated.get(key, []):
            by_form[text[s:e].lower()].append((s, e))
        by_form[key].extend(closed.get(key, []))
        for s, e in spaced.get(key, []):
            by_form[" ".join(text[s:e].lower().split())].append((s, e))
        variants = sorted(
            ((f, spans) for f, spans in by_form.items() if spans),
            key=lambda kv: (-len(kv[1]), kv[1][0][0]),
        )
        if len(variants) < 2:
            continue
        keep, _ = variants[0]
        listing = " and ".join(f"“{f}” ({len(x)}×)" for f, x in variants)
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


def _match_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def find_lowercase_names(model: NameModel) -> list[Finding]:
    """A name the article capitalises mid-sentence, written once in lowercase ("ukraine")."""
    candidates: dict[str, str] = {}
    for word, n in model.lower_count.items():
        if len(word) < 4 or word in STOPWORDS or word in TITLES:
            continue
        if word in _CAPITALISABLE_COMMON:
            continue
        cap = word[0].upper() + word[1:]
        solo = model.solo_mid_count[cap]
        if solo >= 2 and n * 3 <= solo:
            candidates[word] = cap
    if not candidates:
        return []
    findings: list[Finding] = []
    pattern = re.compile(
        r"(?<![\w’'-])(" + "|".join(re.escape(w) for w in candidates) + r")(?![\w-]|['’][^\W\d_]{2})"
    )
    for m in pattern.finditer(model.text):
        word = m.group(1)
        cap = candidates[word]
        findings.append(
            Finding(
                m.start(1),
                m.end(1),
                "name-lowercase",
                f"“{cap}” is a name: this article capitalises it "
                f"{model.solo_mid_count[cap]} times elsewhere.",
                cap,
                category="capitalization",
            )
        )
    return findings
