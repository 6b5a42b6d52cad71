"""One term written two ways: capitalisation, hyphenation, and lowercase names.

- A multi-word name written with capitals at least twice ("World Today News") and once
  partly in lowercase ("World Today news") gets the odd word flagged.
- A compound written both with and without its hyphen ("e-mail"/"email",
  "co-operate"/"cooperate") or both closed and open ("healthcare"/"health care") gets the
  minority form flagged.
- A word the article capitalises mid-sentence as a name ("Belarusian", "Ukraine") and
  once writes in lowercase is a capitalisation slip.
- The mirror: a word the article writes in lowercase, capitalised once mid-sentence on
  its own ("the ministry Recovered ten survivors") is a capitalisation slip too, and so
  is a word that can be no name, the article's lowercase use or not ("had Died",
  "Between Baracoa and Guantanamo"): a verb, adverb or function word is no noun.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from reviewdesk.core.engines.grammar.lexicon import CLOSED_CLASS, Lexicon
from reviewdesk.core.engines.names.model import (
    STOPWORDS,
    TITLES,
    Finding,
    LineNames,
    NameModel,
    Token,
    halved,
    word_set,
)
from reviewdesk.core.engines.names.words import CALENDAR_WORDS, listing_of
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
CAPITALISABLE_COMMON = word_set(
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


def find_case_variants(model: NameModel) -> list[Finding]:
    """Multi-word names written with capitals, and once with a word in lowercase."""
    firsts: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in model.run_tuples:
        firsts[words[0]].append(words)
    findings: list[Finding] = []
    for first, names in firsts.items():
        findings.extend(case_variants_of(model, first, names))
    return findings


def case_variants_of(
    model: NameModel,
    first: str,
    names: Iterable[tuple[str, ...]],
    lines: Iterable[LineNames] | None = None,
) -> list[Finding]:
    """:func:`find_case_variants` for the names starting with the word ``first`` (in
    ``lines`` only, if given: each finding depends on its own line and the counts)."""
    text = model.text
    findings: list[Finding] = []
    seen: set[int] = set()
    counted = [(words, model.run_tuples.get(words, 0)) for words in names]
    for words, total in sorted(counted, key=lambda wn: (-wn[1], wn[0])):
        if total < 1 or (total < 2 and len(words) < 3):
            continue  # a long name written once with capitals is evidence enough
        phrase = " ".join(words)
        # a variant starts with the same capitalised first word
        tokens = (
            model.tokens_of(first)
            if lines is None
            else [t for line in lines for t in line.tokens if t.base == first]
        )
        for token in tokens:
            if token.text != first or token.kind == "headline":
                continue
            nxt = token.next
            if nxt is not None and nxt.text == words[1]:
                # the second word is right; look further only if a later one is lowercase
                run = token.run or ()
                if len(run) >= len(words) and run[0] is token:
                    continue  # the whole name stands capitalised here
            start = token.start
            after = text[token.end : token.end + len(words[1]) + 3].lstrip(" \t")
            if after[: len(words[1])].lower() != words[1].lower():
                continue  # not this name at all
            window = text[start : start + len(phrase) + 8 * len(words)]
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
                at = start + pos
                if got == want or not got[:1].islower() or at in seen:
                    continue
                seen.add(at)
                findings.append(
                    Finding(
                        at,
                        at + len(got),
                        "term-capitalisation",
                        f"“{phrase}” is capitalised this way {_times(total)} elsewhere "
                        f"in this article; here it has “{got}”.",
                        want,
                    )
                )
        if total >= 2:
            findings.extend(_first_word_lowered(model, words, total, lines, seen))
    return findings


def _first_word_lowered(
    model: NameModel,
    words: tuple[str, ...],
    total: int,
    lines: Iterable[LineNames] | None,
    seen: set[int],
) -> list[Finding]:
    """A name of several words the article capitalises whole at least twice, written
    once with only its first word in lowercase and the rest still capitalised ("prime
    Minister Theresa May", "hong Kong's", "president Trump" beside "President Trump"):
    the case changes inside one name, which no style does. The name's other words still
    stand capitalised right after the lowercase word, so the slip is read from where
    the words stand, with no list of titles. A function word before a name ("the
    Guardian") is no part of it."""
    low = words[0].lower()
    if low == words[0] or low in STOPWORDS or not low.isalpha():
        return []
    second = words[1].split("’")[0].split("'")[0]
    tokens = (
        model.tokens_of(second)
        if lines is None
        else [t for line in lines for t in line.tokens if t.base == second]
    )
    findings: list[Finding] = []
    for token in tokens:
        if token.prev is not None or not token.cap or token.kind != "text":
            continue
        text = token.line.text
        s = token.rel_start - len(low) - 1
        if s < 0 or text[s : token.rel_start] != low + " " or (s and text[s - 1].isalnum()):
            continue
        if s and text[s - 1] in "-’'":
            continue
        nxt: Token | None = token
        ok = True
        for want in words[2:]:
            nxt = nxt.next if nxt is not None else None
            if nxt is None or nxt.text != want:
                ok = False
                break
        at = token.line.start + s
        if not ok or at in seen:
            continue
        seen.add(at)
        findings.append(
            Finding(
                at,
                at + len(low),
                "term-capitalisation",
                f"“{' '.join(words)}” is capitalised this way {_times(total)} elsewhere "
                f"in this article; here it has “{low}”.",
                words[0],
            )
        )
    return findings


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def spaced_phrase(model: NameModel, word: str) -> str | None:
    """ "health care" for "healthcare" when the article also writes both halves alone."""
    if not halved(word) or not model.lower_count.get(word):
        return None
    lower = model.lower_count
    phrase = None
    for i in range(4, len(word) - 3):
        a, b = word[:i], word[i:]
        if lower.get(a) and lower.get(b) and not {a, b} & STOPWORDS and b not in _PARTICLES:
            phrase = f"{a} {b}"
    return phrase


def hyphenation_keys(model: NameModel) -> set[str]:
    """Every term the hyphenation finder looks at (lowercase, without hyphens)."""
    keys = {k for k in model.compound_count if _hyphenated_key(model, k)}
    keys.update(k for k, n in model.compound_count.items() if n >= 2)  # spaced modifiers
    keys.update(w.replace("-", "").lower() for _s, _e, w in model.compounds if w[:1].isupper())
    keys.update(w for w in model.lower_count if len(w) >= 8 and spaced_phrase(model, w))
    return keys


def _hyphenated_spans(model: NameModel, key: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for line in model.lines_with(key):
        base = line.start
        spans.extend(
            (base + s, base + e)
            for s, e, w in line.info.compounds
            if w.replace("-", "").lower() == key
        )
    return spans


def _hyphenated_key(model: NameModel, key: str) -> bool:
    if not model.compound_count.get(key):
        return False
    if model.lower_count.get(key) or key.capitalize() in model.occurrences:
        return True
    text = model.text
    return len({text[s:e].lower() for s, e in _hyphenated_spans(model, key)}) > 1


def find_hyphenation_variants(model: NameModel) -> list[Finding]:
    """A compound written with and without its hyphen, or closed and open."""
    findings: list[Finding] = []
    for key in sorted(hyphenation_keys(model)):
        findings.extend(hyphenation_of(model, key))
    return findings


def hyphenation_of(model: NameModel, key: str) -> list[Finding]:
    """:func:`find_hyphenation_variants` for one term (lowercase, without hyphens)."""
    phrase = spaced_phrase(model, key)
    hyphenated = _hyphenated_spans(model, key) if model.compound_count.get(key) else []
    # closed and hyphenated ("database"/"data-base"): a pair whatever the spaced phrase
    two_ways = bool(hyphenated) and _hyphenated_key(model, key)
    if phrase is None and not two_ways:
        return []
    text = model.text
    forms: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s, e in hyphenated:
        forms[text[s:e].lower()].append((s, e))
    forms[key].extend(_closed_spans(model, key))
    if phrase is not None:
        pattern = re.compile(
            r"(?<![\w-])(" + re.escape(phrase).replace(r"\ ", "[ ]") + r")(?![\w-])",
            re.IGNORECASE,
        )
        a = phrase.split(" ")[0]
        for line in model.lines_with(a):
            base = line.start
            for m in pattern.finditer(line.text):
                forms[m.group(1).lower()].append((base + m.start(1), base + m.end(1)))
        # the phrase's parts may be read from the hyphenated word itself ("cease-fire"):
        # a phrase written nowhere apart says nothing against the closed-hyphenated pair
        if not two_ways and not (forms.get(key) and forms.get(phrase)):
            return []
    if _HOMOGRAPH_CLOSED.match(key) and hyphenated:
        return []
    variants = sorted(
        ((f, sorted(spans)) for f, spans in forms.items() if spans),
        key=lambda kv: (-len(kv[1]), kv[1][0][0]),
    )
    if len(variants) < 2:
        return []
    keep, _ = variants[0]
    listing = listing_of((f, len(x)) for f, x in variants)
    findings: list[Finding] = []
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


def spaced_modifier_of(model: NameModel, key: str) -> list[Finding]:
    """A compound modifier the article hyphenates before a noun at least twice ("same-sex
    couples", "same-sex union") and writes once with a space in the same place ("a same
    sex author"): the spaced one is the slip. Only before a noun: after one, or before a
    preposition, the words are no compound ("in the long term", "is well known in"), and
    a verb with its particle ("follow up calls") is left alone."""
    if model.compound_count.get(key, 0) < 2:
        return []
    text = model.text
    hyphenated: dict[str, int] = defaultdict(int)
    for s, e in _hyphenated_spans(model, key):
        word = text[s:e]
        parts = word.split("-")
        if len(parts) == 2 and word.islower() and _before_a_noun(text, e):
            hyphenated[word] += 1
    if not hyphenated:
        return []
    form, n = max(hyphenated.items(), key=lambda kv: kv[1])
    first, second = form.split("-")
    if n < 2 or second in _PARTICLES:
        return []
    pattern = re.compile(r"(?<![\w-])" + re.escape(first) + " " + re.escape(second) + r"(?![\w-])")
    spaced: list[tuple[int, int]] = []
    for line in model.lines_with(first):
        if f"{first} {second}" not in line.text:
            continue
        base = line.start
        for m in pattern.finditer(line.text):
            if _before_a_noun(line.text, m.end()):
                spaced.append((base + m.start(), base + m.end()))
    if not spaced or len(spaced) >= n:
        return []
    listing = listing_of([(form, n), (f"{first} {second}", len(spaced))])
    message = f"This article writes {listing}. Use one form."
    return [Finding(s, e, "term-hyphenation", message, form) for s, e in spaced]


def _before_a_noun(text: str, end: int) -> bool:
    """Whether a noun follows ``end`` after one space ("same-sex couples")."""
    m = re.match(r" ([a-z]{3,})\b(?![’'-])", text[end : end + 30])
    if m is None:
        return False
    word = m.group(1)
    return Lexicon.is_noun(word) and "ADV" not in Lexicon.classes(word)


def name_hyphenation_of(model: NameModel, key: str) -> list[Finding]:
    """A name written with and without its hyphen ("Jean-Pierre" and "Jean Pierre",
    "Smith-Jones" and "Smith Jones"): the minority form is flagged, names keep their case."""
    if not model.compound_count.get(key):
        return []
    forms: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s, e in _hyphenated_spans(model, key):
        word = model.text[s:e]
        parts = word.split("-")
        if all(p[:1].isupper() for p in parts):
            forms[word].append((s, e))
    for word in list(forms):
        spaced = word.replace("-", " ")
        pattern = re.compile(r"(?<![\w-])" + re.escape(spaced).replace(r"\ ", " ") + r"(?![\w-])")
        for line in model.lines_with(word.split("-")[0]):
            if spaced not in line.text:  # most lines with "Russia" lack "Russia Belarus"
                continue
            base = line.start
            forms[spaced].extend(
                (base + m.start(), base + m.end()) for m in pattern.finditer(line.text)
            )
    variants = sorted(
        ((f, sorted(spans)) for f, spans in forms.items() if spans),
        key=lambda kv: (-len(kv[1]), kv[1][0][0]),
    )
    if len(variants) < 2:
        return []
    keep, _ = variants[0]
    listing = listing_of((f, len(x)) for f, x in variants)
    return [
        Finding(s, e, "name-hyphenation", f"This article writes {listing}. Use one form.", keep)
        for _form, spans in variants[1:]
        for s, e in spans
    ]


def _closed_spans(model: NameModel, word: str) -> list[tuple[int, int]]:
    """Where ``word`` stands alone, lowercase or capitalised (not inside a compound)."""
    text = model.text
    spans: list[tuple[int, int]] = []
    if model.lower_count.get(word):
        for line in model.lines_with(word):
            chars, base = line.text, line.start
            i = chars.find(word)
            while i >= 0:
                e = i + len(word)
                before = chars[i - 1] if i else " "
                after = chars[e] if e < len(chars) else " "
                if not (before.isalnum() or before in "-_") and not (
                    after.isalnum() or after in "-_"
                ):
                    spans.append((base + i, base + e))
                i = chars.find(word, e)
    cap = word.capitalize()
    for token in model.tokens_of(cap):
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


def lowercase_candidate(model: NameModel, word: str) -> str | None:
    """The name ``word`` is the lowercase form of, if the article writes it as a name."""
    n = model.lower_count.get(word, 0)
    if not n or len(word) < 4 or word in STOPWORDS or word in TITLES:
        return None
    if word in CAPITALISABLE_COMMON:
        return None
    cap = word[0].upper() + word[1:]
    if model.solo_mid_count.get(cap, 0) >= 2 and n * 2 <= model.cap_count.get(cap, 0):
        return cap
    return None


def find_lowercase_names(model: NameModel) -> list[Finding]:
    """A name the article capitalises mid-sentence, written once in lowercase ("ukraine")."""
    findings: list[Finding] = []
    for word in model.lower_count:
        findings.extend(lowercase_name_of(model, word))
    return findings


def lowercase_name_of(
    model: NameModel, word: str, lines: Iterable[LineNames] | None = None
) -> list[Finding]:
    """:func:`find_lowercase_names` for one lowercase word (in ``lines`` only, if given),
    and its :func:`stray_capitals`."""
    cap = lowercase_candidate(model, word)
    if cap is None:
        return stray_capitals(model, word, lines)
    pattern = re.compile(r"(?<![\w’'-])(" + re.escape(word) + r")(?![\w-]|['’][^\W\d_]{2})")
    message = (
        f"“{cap}” is a name: this article capitalises it "
        f"{_times(model.cap_count.get(cap, 0))} elsewhere."
    )
    findings: list[Finding] = []
    for line in model.lines_with(word) if lines is None else lines:
        base = line.start
        for m in pattern.finditer(line.text):
            findings.append(
                Finding(
                    base + m.start(1),
                    base + m.end(1),
                    "name-lowercase",
                    message,
                    cap,
                    category="capitalization",
                )
            )
    return findings


def stray_capitals(
    model: NameModel, word: str, lines: Iterable[LineNames] | None = None
) -> list[Finding]:
    """``word`` (which the article writes in lowercase) capitalised once mid-sentence,
    alone, after a lowercase word: "the ministry Recovered ten", "on Wednesday, With".

    A name stands beside other capitalised words ("The Guardian", "Air Force"), is
    capitalised again elsewhere, or is a word a desk capitalises in some uses ("the
    State"); a capital after a colon, quote or bracket may start a sentence, and one at a
    sentence's start says nothing. Reads only
    the counts of ``word`` and its capitalised form, so it is found again with them.
    """
    cap = word[:1].upper() + word[1:]
    if (
        not (model.lower_count.get(word) or _no_name(model, word, cap))
        or word in CAPITALISABLE_COMMON
        or word in TITLES
        or word in CALENDAR_WORDS  # "in May" beside "may": a month is a name
        or model.mid_count.get(cap, 0) != 1
    ):
        return []
    wanted = None if lines is None else set(lines)
    findings: list[Finding] = []
    for token in model.tokens_of(cap):
        text = token.line.text
        if (
            (wanted is not None and token.line not in wanted)
            or not token.cap
            or token.initial
            or token.run is not None
            or token.kind != "text"
            or token.in_label
            or not _STRAY_BEFORE.search(text, 0, token.rel_start)
            or text[token.rel_end : token.rel_end + 1] in ("-", "’", "'", "/")
            or (not model.lower_count.get(word) and _after_determiner(text, token.rel_start))
            or _in_a_title(text, token.rel_start, token.rel_end)
            or (model.lower_count.get(word) and _lowercase_only_here(model, word, text))
        ):
            continue
        message = (
            f"“{cap}” needs no capital here: this article writes “{word}” elsewhere."
            if model.lower_count.get(word)
            else f"“{cap}” needs no capital here: it is no name."
        )
        findings.append(
            Finding(
                token.start,
                token.base_end,
                "stray-capital",
                message,
                word,
                category="capitalization",
            )
        )
    return findings


def stray_keys(model: NameModel) -> set[str]:
    """The words :func:`stray_capitals` asks about that the article never writes in
    lowercase: capitalised once mid-sentence, and no name by their word class."""
    return {
        base.lower()
        for base, n in model.mid_count.items()
        if n == 1 and base.lower() not in model.lower_count and _no_name_word(base.lower())
    }


def _no_name(model: NameModel, word: str, cap: str) -> bool:
    """Whether ``cap``, capitalised once in the article and nowhere in a name, is a word
    no name is made of: a verb's form, an adverb, a function word ("Recovered", "Died",
    "Between", "While"). Nouns ("the Guardian", "Apple"), adjectives ("the Independent",
    "Young") and words no dictionary lists ("French") can all be names."""
    return (
        model.cap_count.get(cap, 0) == 1
        and not model.runs_count.get(cap, 0)
        and not model.labels_count.get(cap, 0)
        and not model.credits_count.get(cap, 0)
        and _no_name_word(word)
    )


_DETERMINER_BEFORE = re.compile(
    r"(?<![\w’'-])(?:the|a|an|this|that|his|her|its|their|our|my|your) $", re.IGNORECASE
)


def _after_determiner(text: str, start: int) -> bool:
    """Whether a determiner stands right before ``start``: a function word or a verb
    there is made a noun, a name or a title ("the It girl", "The Who", "a Yes vote")."""
    return bool(_DETERMINER_BEFORE.search(text, 0, start))


def _no_name_word(word: str) -> bool:
    """Whether no name is made of ``word``: a function word, an adverb, or a verb's
    regular inflection ("recovered", "searching"). A verb's bare form can be a brand or a
    first name ("Google", "Rob", "Sue"), and so can an irregular past ("Drew", "Said")."""
    if len(word) < 2 or not word.isalpha() or word == "i":
        return False
    classes = Lexicon.classes(word)
    if "NOUN" in classes or "ADJ" in classes:
        return False  # "Will", "the Independent", "Arctic": nouns and adjectives name things
    if word in CLOSED_CLASS:
        return True
    if not classes or not classes <= {"VERB", "ADV", "AUX"}:
        return False
    if "VERB" not in classes:
        return True
    tags = Lexicon.tags(word)
    return (
        bool(tags)
        and tags <= {"VBD", "VBN", "VBG", "VBZ"}
        and word.endswith(("ed", "ing", "s"))
        and not Lexicon.is_noun(word)
    )


# a lowercase word or a comma, and one space, right before the capital: no sentence
# starts there
_STRAY_BEFORE = re.compile(r"(?:(?<![\w.’'-])[a-z]+|\w,) $")
_CLAUSE_END = re.compile(r"[.!?;:][\"”’)]?\s")
# a capitalised word, then one to three joining words right before the word judged
_JOINED_TO_CAPITAL = re.compile(
    r"(?<![\w’'-])[A-Z][\w’'-]* (?:(?:and|of|the|for|&|de|la|von|van|der|his|her|in) ){1,3}$"
)
# a sentence's start before that capital: "Shares in the Company" joins no title
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:][\"”’)]?\s+|\n\s*)$")


def _lowercase_only_here(model: NameModel, word: str, line: str) -> bool:
    """Whether every lowercase use of ``word`` stands in this same line: one paragraph
    that plays a name against a word ("Apple sells more than apple growers") is no
    evidence of how the article writes it."""
    here = len(re.findall(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w’'-])", line))
    return model.lower_count.get(word, 0) <= here


def _in_a_title(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands in a name or title of several words: a capital
    among the next three words ("The Washington Post", "Law of the Sea"), a figure right
    after it ("Room 5"), or joining words before it after a capital ("Identification
    and Tracking", "Les Brown and His Band", "Person of the Year", "Prize in
    Mathematics"). The next sentence's words are not read:
    "the ministry Recovered ten survivors. Over 1,000 …"."""
    window = text[end : end + 40]
    stop = _CLAUSE_END.search(window)  # the next sentence's capital belongs to no title
    after = (window[: stop.start() + 1] if stop else window).split()[:3]
    if any(w[:1].isupper() or w[:1] in '("“' for w in after) or text[end + 1 : end + 2].isdigit():
        return True
    # joining words back to a capital: "Person of the Year", "Prize in Mathematics"
    m = _JOINED_TO_CAPITAL.search(text, max(0, start - 40), start)
    return m is not None and not _SENTENCE_BEFORE.search(text, max(0, m.start() - 4), m.start())
