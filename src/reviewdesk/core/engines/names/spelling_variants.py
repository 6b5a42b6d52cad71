"""British and American spellings of one word, found by rule rather than by word list.

Each rule family recognises a word by its ending, gives it a key shared by both spellings
("organise" and "organize" share one key, as do "colours" and "colors") and says which
side it is on. Mixing both spellings of one word in one article is an inconsistency; a
spelling from the other side of the Atlantic is an error when the article's dialect
prefers one (``-ize`` in a British article, ``-ise`` in an American one).

Only families whose membership can be told from the word's shape flag a lone word by
dialect (-ise/-ize, -yse/-yze, -og/-ogue, -our); the others (-re/-er, -ll-/-l-,
-ence/-ense, ae/oe) flag only a mix, because their shape is shared with unrelated words.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from reviewdesk.core.engines.grammar.lexicon import is_dictionary_word
from reviewdesk.core.engines.names.model import Finding, LineNames, NameModel, word_set
from reviewdesk.core.engines.names.words import listing_of
from reviewdesk.core.models import DIALECT_NAMES
from reviewdesk.core.models import DIALECT_OFFER_SPELLINGS as OFFER_SPELLINGS

UK, US = "uk", "us"

# Dialect preference per family: (family, language) -> UK or US. Missing: no preference.
_PREFERENCE: dict[str, dict[str, str]] = {
    "ise": {"en-GB": UK, "en-AU": UK, "en-US": US, "en-CA": US},
    "yse": {"en-GB": UK, "en-AU": UK, "en-US": US, "en-CA": US},
    "our": {"en-GB": UK, "en-AU": UK, "en-CA": UK, "en-US": US},
    "re": {"en-GB": UK, "en-AU": UK, "en-CA": UK, "en-US": US},
    "ll": {"en-GB": UK, "en-AU": UK, "en-CA": UK, "en-US": US},
    "ogue": {"en-GB": UK, "en-AU": UK, "en-CA": UK},
    "ence": {"en-GB": UK, "en-AU": UK, "en-CA": UK, "en-US": US},
    "ae": {"en-GB": UK, "en-AU": UK, "en-US": US, "en-CA": US},
    "word": {"en-GB": UK, "en-AU": UK, "en-US": US},
}
# Families whose words can be recognised alone, so a lone word is flagged by dialect.
_LONE: dict[str, frozenset[str]] = {
    "ise": frozenset({UK, US}),
    "yse": frozenset({UK, US}),
    "ogue": frozenset({US}),
    "our": frozenset({UK}),
}
# Families whose shape is shared with unrelated words, so a lone word is flagged only
# where the article shows its own dialect: a British word of these ("centre",
# "travelled", "defence", "sceptical") in American copy whose other pairs are spelt the
# American way (both spellings dictionary words). Not the ae/oe family: American copy
# writes "archaeology" and "aesthetic" too. Not the American side in British copy:
# "meter" (a gas meter) and "program" (software) are British words as well.
_LONE_IN_ITS_DIALECT: dict[str, frozenset[str]] = {
    "re": frozenset({UK}),
    "ll": frozenset({UK}),
    "ence": frozenset({UK}),
    "word": frozenset({UK}),
}
FAMILY_NAMES = {
    "ise": "-ise/-ize",
    "yse": "-yse/-yze",
    "our": "-our/-or",
    "re": "-re/-er",
    "ll": "-ll-/-l-",
    "ogue": "-ogue/-og",
    "ence": "-ence/-ense",
    "ae": "ae/e",
    "word": "British/American word",
}
# Pairs no shape rule relates, British first; only words that are no other word on the
# other side ("cheque"/"check", "tyre"/"tire", "storey"/"story" are left out: "check",
# "tire" and "story" are British words too, and "Grey" is a surname).
_WORD_PAIRS = (
    ("artefact", "artifact"),
    ("sceptic", "skeptic"),
    ("sceptical", "skeptical"),
    ("scepticism", "skepticism"),
    ("aluminium", "aluminum"),
    ("mould", "mold"),
    ("mouldy", "moldy"),
    ("smoulder", "smolder"),
    ("pyjamas", "pajamas"),
    ("jewellery", "jewelry"),
    ("manoeuvre", "maneuver"),
    ("plough", "plow"),
)
_ENDINGS = ("", "s", "ed", "ing")
# word -> (its twin, the pair's key, its side)
_TWIN: dict[str, tuple[str, str, str]] = {
    word: twin
    for uk, us in _WORD_PAIRS
    for end in _ENDINGS
    for word, twin in ((uk + end, (us + end, us, UK)), (us + end, (uk + end, us, US)))
}

_ISE = re.compile(r"^([a-z]{2,}?)(is|iz)(e|ed|es|ing|er|ers|ation|ations|ational|able)$")
_YSE = re.compile(r"^([a-z]*l)(ys|yz)(e|ed|es|ing|er|ers|ation)$")
_OUR = re.compile(
    r"^([a-z]{2,}?)(our|or)(|s|ed|ing|ful|fully|less|able|ably|ite|ites|er|ers|hood|hoods|y)$"
)
_RE_UK = re.compile(r"^([a-z]{2,}[tbg])re(|s|d|ing)$")
_RE_US = re.compile(r"^([a-z]{2,}[tbg])er(|s|ed|ing)$")
_LL = re.compile(r"^([a-z]+[aeiou])(ll|l)(ed|ing|er|ers|ery)$")
_LL_MID = re.compile(r"^([a-z]{2,}?[aeiou])(ll|l)(ful|fully|ment|ments)$")
_OGUE = re.compile(r"^([a-z]{2,}[aeio]l)(ogue|og)(|s)$")
_ENCE = re.compile(r"^((?:def|off|pret))(ence|ense)(|s)$")
# "paediatric", "oestrogen"; not the plural "-oes" ("canoes" is not "canes")
_AE = re.compile(r"(ae|oe)(?=[bcdfghjklmnpqrtvwxz]|s(?!$))")

# -ise words that never take -ize (the shape rules below catch most of the rest).
_ISE_ONLY = word_set(
    """advertise arise rise sunrise moonrise uprise chastise expertise mortise merchandise despise
    paradise franchise enfranchise disenfranchise exercise valise anise excise concise
    precise incise circumcise premise demise compromise promise surmise treatise liaise
    cerise reprise"""
)
# -ize words that are not the American side of a pair.
_IZE_ONLY = word_set("prize seize maize baize assize")
# -our words that have no -or spelling.
_OUR_ONLY = word_set(
    """four hour our your pour tour sour flour devour contour detour dour scour amour
    paramour velour troubadour glamour"""
)


@dataclass(frozen=True, slots=True)
class Variant:
    """How a word takes part in a British/American pair."""

    family: str
    key: str
    side: str  # UK or US
    lone: bool  # recognisable without its counterpart in the text


def _ise_word_ok(root: str) -> bool:
    """Whether ``root`` (an -ise word) also has an -ize spelling."""
    if root in _ISE_ONLY or len(root) < 6:
        return False
    if root.endswith(("wise", "vise", "prise", "guise", "oise", "aise", "uise")):
        return False
    if root.endswith("cise"):
        return root.endswith("icise")  # criticise, publicise; not exercise, concise
    if root.endswith("mise"):
        return root.endswith(("imise", "omise")) and not root.endswith("romise")
    return True


def _ize_word_ok(root: str) -> bool:
    return root not in _IZE_ONLY and not root.endswith("size") and len(root) >= 6


# A cheap first look: does the word have an ending any family knows?
_ANY_FAMILY = re.compile(
    r"(?:i[sz]|y[sz])(?:e|ed|es|ing|er|ers|ation|ations|ational|able)$"
    r"|o(?:u)?r(?:|s|ed|ing|ful|fully|less|able|ably|ite|ites|er|ers|hood|hoods|y)$"
    r"|[tbg](?:re|res|red|er|ers|ered)$|l(?:ed|ing|er|ers|ery)$|l(?:ful|fully|ment|ments)$"
    r"|og(?:ue)?s?$|en[cs]es?$|[ao]e"
)


def classify(word: str) -> Variant | None:
    """The British/American pair ``word`` (lowercase) belongs to, if any."""
    twin = _TWIN.get(word)
    if twin is not None:
        return Variant("word", twin[1], twin[2], False)
    if len(word) < 5 or not _ANY_FAMILY.search(word):
        return None
    m = _ISE.match(word)
    if m:
        stem, v, end = m.groups()
        if v == "is" and _ise_word_ok(stem + "ise"):
            return Variant("ise", f"{stem}iZ", UK, True)
        if v == "iz" and _ize_word_ok(stem + "ize"):
            return Variant("ise", f"{stem}iZ", US, True)
    m = _YSE.match(word)
    if m and not (m.group(2) == "ys" and m.group(3) == "es"):  # "analyses": plural of analysis
        stem, v, end = m.groups()
        return Variant("yse", f"{stem}yZ", UK if v == "ys" else US, True)
    m = _OUR.match(word)
    if m:
        stem, v, end = m.groups()
        if v == "our":
            if stem + "our" in _OUR_ONLY or stem[-1] in "aeou":
                return None
            return Variant("our", stem, UK, True)
        return Variant("our", stem, US, False)
    m = _RE_UK.match(word)
    if m and not word.endswith("ogre"):
        return Variant("re", m.group(1), UK, False)
    m = _RE_US.match(word)
    if m:
        return Variant("re", m.group(1), US, False)
    m = _LL.match(word)
    if m and _syllables(m.group(1)) >= 2:
        stem, v, _end = m.groups()
        return Variant("ll", stem, UK if v == "ll" else US, False)
    m = _LL_MID.match(word)  # skilful/skillful, enrolment/enrollment
    if m:
        stem, v, end = m.groups()
        return Variant("ll", f"{stem}#{end[:3]}", US if v == "ll" else UK, False)
    m = _OGUE.match(word)
    if m and not word.endswith("blog"):
        stem, v, _end = m.groups()
        return Variant("ogue", stem, UK if v == "ogue" else US, True)
    m = _ENCE.match(word)
    if m:
        stem, v, _end = m.groups()
        return Variant("ence", stem, UK if v == "ence" else US, False)
    if len(word) >= 6 and ("ae" in word or "oe" in word):
        key = _AE.sub("e", word)
        if key != word:
            return Variant("ae", key, UK, False)
    return None


def _syllables(stem: str) -> int:
    groups = re.findall(r"[aeiouy]+", stem)
    count = len(groups)
    if groups and groups[-1] in ("ue", "ia", "ua", "ie") and stem.endswith(groups[-1]):
        count += 1  # fuel, dial: two syllables
    return count


# Families whose UK and US forms differ only in one middle group: pattern, UK, US.
_SIMPLE_FAMILIES: dict[str, tuple[re.Pattern[str], str, str]] = {
    "ise": (_ISE, "is", "iz"),
    "yse": (_YSE, "ys", "yz"),
    "our": (_OUR, "our", "or"),
    "ogue": (_OGUE, "ogue", "og"),
    "ence": (_ENCE, "ence", "ense"),
}


def convert(word: str, variant: Variant, side: str) -> str | None:
    """``word`` spelled on ``side`` (UK or US); None when there is no rule to do it."""
    if variant.side == side:
        return word
    fam = variant.family
    simple = _SIMPLE_FAMILIES.get(fam)
    if simple is not None:
        pattern, uk, us = simple
        m = pattern.match(word)
        if m:
            return f"{m.group(1)}{uk if side == UK else us}{m.group(3)}"
    elif fam == "ll":
        m = _LL.match(word) or _LL_MID.match(word)
        if m:
            double = (side == UK) == (m.re is _LL)  # travelled (UK), skillful (US)
            return f"{m.group(1)}{'ll' if double else 'l'}{m.group(3)}"
    elif fam == "re":
        m = _RE_UK.match(word) if side == US else _RE_US.match(word)
        if m:
            stem, end = m.groups()
            if side == US:
                return stem + {"": "er", "s": "ers", "d": "ered", "ing": "ering"}[end]
            return stem + {"": "re", "s": "res", "ed": "red", "ing": "ring"}[end]
    elif fam == "ae" and side == US:
        return variant.key
    elif fam == "word" and word in _TWIN:
        return _TWIN[word][0]
    return None


def preferred_side(family: str, language: str) -> str | None:
    """The side the dialect prefers for ``family``, or None when both are fine."""
    return _PREFERENCE.get(family, {}).get(language)


def lone_flaggable(variant: Variant) -> bool:
    """Whether a lone word of this family can be flagged by dialect."""
    return variant.lone and variant.side in _LONE.get(variant.family, frozenset())


def lone_in_its_dialect(word: str, variant: Variant, pref: str, sides: frozenset[str]) -> bool:
    """Whether a lone word of a family known only by its pair ("centre") is flagged:
    the article spells other pairs the preferred way (``pref`` in ``sides``), and the
    word and its twin are both dictionary words (no unrelated word of that shape)."""
    return (
        variant.side in _LONE_IN_ITS_DIALECT.get(variant.family, frozenset())
        and pref in sides
        and (variant.family != "ll" or "#" in variant.key or _unstressed_l(variant.key + "l"))
        and both_words(word) is not None
    )


def _unstressed_l(verb: str) -> bool:
    """Whether ``verb`` ends in an unstressed "-el" or "-al" ("travel", "label", "dial"),
    the only verbs whose "l" the dialects double differently. A stressed end doubles in
    both ("controlled", "compelled", "rebelled", "patrolled"), though the lexicon knows
    "controled" as a form too."""
    return verb.endswith(("el", "al")) and not verb.endswith(("pel", "xcel", "rebel", "appal"))


def match_case(template: str, word: str) -> str:
    """``word`` with the capitalisation of ``template`` ("Organise" -> "Organize")."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


_SIDE_NAMES = {UK: "British", US: "American"}


def group_of(word: str) -> tuple[str, str] | None:
    """The (family, key) of the British/American pair ``word`` (lowercase) belongs to;
    None for a misspelling that only looks like one ("publised")."""
    v = classify(word)
    return (v.family, v.key) if v is not None and _a_real_variant(word, v) else None


def both_words(word: str) -> Variant | None:
    """``word``'s variant when it and its other-dialect twin are both dictionary words
    ("centre" and "center"): what shows an article's dialect. "after" is no British or
    American spelling ("aftre" is no word), though :func:`classify` reads it as one."""
    v = classify(word)
    if v is None or not is_dictionary_word(word):
        return None
    twin = convert(word, v, US if v.side == UK else UK)
    return v if twin is not None and is_dictionary_word(twin) else None


def sides_used(
    model: NameModel,
    groups: Iterable[Iterable[str]],
    known: dict[str, str | None] | None = None,
) -> frozenset[str]:
    """What the article's spellings show, over the words of its spelling pairs
    (``groups``, lowercase uses): UK and/or US for each dialect it spells in at all, and
    "uk+" / "us+" for one it spells in :data:`OFFER_SPELLINGS` times or more (enough for
    the desk's dialect offer). ``known`` caches each word's side (None: no real pair)."""
    cache = known if known is not None else {}
    counts = {UK: 0, US: 0}
    for words in groups:
        for word in words:
            n = model.lower_count.get(word, 0)
            if not n:
                continue
            if word not in cache:
                v = both_words(word)
                cache[word] = v.side if v is not None else None
            side = cache[word]
            if side is not None:
                counts[side] += n
    shown = {side for side, n in counts.items() if n}
    shown |= {side + "+" for side, n in counts.items() if n >= OFFER_SPELLINGS}
    return frozenset(shown)


def lone_spelling_shown(sides: frozenset[str], side: str) -> bool:
    """Whether a lone spelling of ``side`` in an article checked as the other dialect is
    worth a finding, given what the article's spellings show (:func:`sides_used`): when
    the article also spells the other way (a mix), or spells ``side``'s way often enough
    for the dialect offer (the desk may keep its dialect and convert them in one go). An
    article with a spelling or two of one dialect and none of the other is written in
    that dialect: no slip, and too little for the offer."""
    other = US if side == UK else UK
    return other in sides or side + "+" in sides


def initial_uses(model: NameModel, word: str) -> int:
    """Sentence-initial capitalised uses of ``word`` that are not names ("Colour is...")."""
    n = 0
    for base in model.bases_by_lower.get(word, ()):
        for token in model.occurrences.get(base, ()):
            if token.cap and token.initial and token.run is None and not model.is_name_word(base):
                n += 1
    return n


def spelling_groups(model: NameModel) -> dict[tuple[str, str], set[str]]:
    """Every British/American pair the article uses, with the words it writes of each."""
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for word in model.lower_count:
        if len(word) >= 5 and (group := group_of(word)) is not None:
            groups[group].add(word)
    for base in model.occurrences:
        word = base.lower()
        if len(word) >= 5 and (group := group_of(word)) is not None and initial_uses(model, word):
            groups[group].add(word)
    return groups


def find_spelling_variants(
    model: NameModel, language: str, words: frozenset[str] = frozenset()
) -> list[Finding]:
    """British and American spellings mixed in one article, or foreign to its dialect."""
    findings: list[Finding] = []
    groups = spelling_groups(model)
    sides = sides_used(model, groups.values())
    for group, members in groups.items():
        findings.extend(spelling_of(model, language, words, group, members, sides=sides))
    return findings


def spelling_of(
    model: NameModel,
    language: str,
    words: frozenset[str],
    group: tuple[str, str],
    members: set[str],
    lines: Iterable[LineNames] | None = None,
    sides: frozenset[str] | None = None,
) -> list[Finding]:
    """:func:`find_spelling_variants` for one pair (family, key) and its written words
    (in ``lines`` only, if given)."""
    flags = spelling_flags(model, language, words, group, members, sides)
    return _locate(model, flags, lines)


Flags = dict[str, tuple[str, str, str]]  # word -> (replacement, rule, message)


def spelling_flags(
    model: NameModel,
    language: str,
    words: frozenset[str],
    group: tuple[str, str],
    members: set[str],
    article_sides: frozenset[str] | None = None,
) -> Flags:
    """The words of one pair to flag, with their fixes and messages. ``article_sides``: the
    dialects the whole article spells in (:func:`sides_used`; found here when None); a
    lone word of the other dialect is flagged only when the article also spells as its
    own dialect does."""
    family, key = group
    sides: dict[str, Counter[str]] = {UK: Counter(), US: Counter()}
    variants: dict[str, Variant] = {}
    for word in sorted(members):  # in one order whatever the set's: ties list alike
        v = classify(word)
        if v is None or (v.family, v.key) != group:
            continue
        n = model.lower_count.get(word, 0) + initial_uses(model, word)
        if n:
            variants[word] = v
            sides[v.side][word] += n
    if not variants:
        return {}
    if family == "ae" and model.lower_count.get(key, 0):
        sides[US][key] += model.lower_count.get(key, 0)
        variants[key] = Variant("ae", key, US, False)
    flag: dict[str, tuple[str, str, str]] = {}  # word -> (replacement, rule, message)
    dialect = DIALECT_NAMES.get(language, language)
    uk, us = sides[UK], sides[US]
    pref = preferred_side(family, language)
    if uk and us:
        n_uk, n_us = sum(uk.values()), sum(us.values())
        keep_side = pref or (UK if n_uk > n_us else US if n_us > n_uk else None)
        if keep_side is None:
            keep_side = _first_side(model.text, uk, us)
        keep_word = sides[keep_side].most_common(1)[0][0]
        listing = listing_of((uk + us).most_common())
        side_name = _SIDE_NAMES[keep_side]
        why = f" {dialect} uses the {side_name} form." if pref else " Use one spelling."
        for word in sides[US if keep_side == UK else UK]:
            fixed = convert(word, variants[word], keep_side) or keep_word
            if word in words:
                continue
            flag[word] = (
                fixed,
                "spelling-variant-mixed",
                f"This article spells one word two ways: {listing}.{why}",
            )
    elif pref is not None:
        side = UK if uk else US
        if side == pref:
            return {}
        if article_sides is None:
            article_sides = sides_used(model, spelling_groups(model).values())
        if not lone_spelling_shown(article_sides, side):
            return {}  # a spelling or two of the other dialect, none of this one: no mix
        for word in sides[side]:
            v = variants[word]
            lone_fix = convert(word, v, pref)
            shown = lone_flaggable(v) or lone_in_its_dialect(word, v, pref, article_sides)
            if not shown or lone_fix is None or word in words:
                continue
            flag[word] = (
                lone_fix,
                "spelling-dialect",
                f"“{word}” is the {_SIDE_NAMES[side]} spelling ({FAMILY_NAMES[family]}); "
                f"this article is in {dialect}: “{lone_fix}”.",
            )
    return flag


def _a_real_variant(word: str, variant: Variant) -> bool:
    """Whether ``word`` or its other-dialect twin is a dictionary word: "organise" is
    ("organize"), "publised" is not ("publized" is no word either), so a misspelling is
    never called a dialect variant."""
    twin = convert(word, variant, US if variant.side == UK else UK)
    return is_dictionary_word(word) or (twin is not None and is_dictionary_word(twin))


def _first_side(text: str, uk: Counter[str], us: Counter[str]) -> str:
    lowered = text.lower()
    first_uk = min((lowered.find(w) for w in uk), default=-1)
    first_us = min((lowered.find(w) for w in us), default=-1)
    return UK if first_uk >= 0 and (first_us < 0 or first_uk <= first_us) else US


def _locate(
    model: NameModel,
    flag: dict[str, tuple[str, str, str]],
    lines: Iterable[LineNames] | None = None,
) -> list[Finding]:
    """Where each flagged word stands (lowercase, or capitalised at a sentence start)."""
    findings: list[Finding] = []
    for word, (replacement, rule, message) in flag.items():
        pattern = re.compile(r"(?<![\w’'-])(" + re.escape(word) + r")(?![\w-])", re.IGNORECASE)
        for line in model.lines_with(word) if lines is None else lines:
            initial = {t.rel_start for t in line.tokens if t.initial and t.run is None}
            base = line.start
            for m in pattern.finditer(line.text):
                got = m.group(1)
                if got[:1].isupper() and m.start(1) not in initial:
                    continue  # part of a name ("the Colour Festival")
                findings.append(
                    Finding(
                        base + m.start(1),
                        base + m.end(1),
                        rule,
                        message,
                        match_case(got, replacement),
                    )
                )
    return findings


_SKELETON = (
    (re.compile(r"ogue(?=s?$)"), "og"),
    (re.compile(r"our(?=[a-z]*$)"), "or"),
    (re.compile(r"([tbg])re(?![aeiouy])"), r"\1er"),
    (re.compile(r"ll(?=ed|ing|er|ers|ery|ful|ment)"), "l"),
    (re.compile(r"(?<=[a-z])[ao]e(?=[bcdfghjklmnpqrtvwxz])"), "e"),
    (re.compile(r"ence(?=s?$)"), "ense"),
    (re.compile(r"([iy])s(?=e|ed|es|ing|er|ers|ation|ations|able)"), r"\1z"),
)


def _skeleton(word: str) -> str:
    word = word.lower()
    for pattern, repl in _SKELETON:
        word = pattern.sub(repl, word)
    return word


def dialect_twins(word: str, other: str) -> bool:
    """Whether two words are one word's British and American spellings.

    "centrepiece"/"centerpiece", "colour"/"color", "travelled"/"traveled": the
    difference is one of the pairs' known shapes, not a typo.
    """
    if word.lower() == other.lower() or not word.isalpha() or not other.isalpha():
        return False
    return _skeleton(word) == _skeleton(other)


def dialect_group(word: str) -> str:
    """The finding a lone other-dialect spelling belongs to: one per article and side,
    since switching the article's dialect (or converting them all) is one decision."""
    return f"dialect-spelling/{side_of(word)}"


def side_of(word: str) -> str:
    """UK for the British member of a pair ("centre", "colour", "sceptical"), US
    otherwise."""
    twin = _TWIN.get(word.lower())
    if twin is not None:  # a pair no ending relates ("sceptical"/"skeptical")
        return twin[2]
    return UK if _skeleton(word) != word.lower() else US
