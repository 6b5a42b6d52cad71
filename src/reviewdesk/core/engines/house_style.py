"""The house style sheet as a checker: preferred forms, names, capitals, banned words.

Paragraph-scoped: every rule looks at one paragraph. The sheet comes from ``ctx.style``
(a :class:`~reviewdesk.core.style.StyleSheet` or its dict form); without one, this
checker finds nothing.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reviewdesk.core.checker import (
    NEVER,
    BaseChecker,
    CancelToken,
    CheckContext,
    CheckerError,
    Scope,
)
from reviewdesk.core.engines.spelling_shapes import in_quotation
from reviewdesk.core.models import Category, Issue, Severity, make_issue
from reviewdesk.core.style import (
    CanonicalName,
    StyleSheet,
    StyleSheetError,
    Substitution,
    coerce_style_sheet,
)
from reviewdesk.core.text.prose import overlaps, protected_spans
from reviewdesk.core.text.sentences import period_continues, starts_sentence
from reviewdesk.core.text.words import COMPOUND_WORD_RE, WORD_RUN_RE

log = logging.getLogger(__name__)

ENGINE = "house-style"
RULE_PREFIX = "house-style"
_SUBSTITUTE = "/substitute/"


def phrase_pattern(phrase: str, *, case_sensitive: bool = False) -> re.Pattern[str]:
    """A whole-word regex for ``phrase``; each run of spaces in it matches any whitespace."""
    body = r"\s+".join(re.escape(part) for part in phrase.split())
    if phrase[:1].isalnum() or phrase[:1] == "_":
        body = r"(?<!\w)" + body
    if phrase[-1:].isalnum() or phrase[-1:] == "_":
        body = body + r"(?!\w)"
    return re.compile(body, 0 if case_sensitive else re.IGNORECASE)


def match_case(found: str, replacement: str) -> str:
    """Give ``replacement`` the capitalisation of ``found`` (all caps, or initial capital)."""
    if not replacement or not found:
        return replacement
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if found[0].isupper() and replacement[0].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    rule: str
    category: Category
    severity: Severity
    message: str
    fix: Callable[[re.Match[str], str], str | None]  # (match, paragraph) -> fix, None = skip
    suggest: bool = True  # False: flag only, offer no replacement
    key: str | None = None  # lowercased first word of a plain phrase; None: scan with regex
    # a choice of words, not of form ("towards", "amongst", a cautioned "admitted"): a
    # quotation keeps the speaker's own words, so it is not judged inside one
    speakers_words: bool = False


@dataclass(frozen=True, slots=True)
class _Fuzzy:
    surname: str
    first: str
    canonical: str
    rule: str


_POSSESSIVE = re.compile(r"[’'](?:s)?$")


def _first_token(phrase: str) -> str | None:
    """The lowercased first word of ``phrase`` when the phrase starts with one."""
    m = WORD_RUN_RE.match(phrase)
    return m.group().lower() if m else None


class _Compiled:
    """A style sheet turned into regex rules for one dialect.

    Plain phrases are indexed by their first word, so a paragraph is tokenised once and
    only the phrases that can start at a word are tried there; regex rules are scanned.
    """

    def __init__(self, sheet: StyleSheet, language: str) -> None:
        self.rules: list[_Rule] = []
        self.fuzzy: list[_Fuzzy] = []
        self.name_tokens: set[str] = set()
        for name in sheet.names:
            self._add_name(name)
        for sub in sheet.substitutions:
            if not sub.dialects or language in sub.dialects:
                self._add_substitution(sub)
        for word in sheet.capitalize:
            self._add_capitalize(word)
        for word in sheet.lowercase:
            self._add_lowercase(word)
        for flagged, banned in [(w, True) for w in sheet.banned] + [
            (w, False) for w in sheet.cautioned
        ]:
            kind = "banned" if banned else "cautioned"
            replacement = flagged.replace
            message = f"House style {'bans' if banned else 'cautions against'} “{flagged.word}”" + (
                f": {flagged.reason}" if flagged.reason else "."
            )
            self.rules.append(
                _Rule(
                    phrase_pattern(flagged.word),
                    f"{RULE_PREFIX}/{kind}/{flagged.word.lower()}",
                    Category.STYLE,
                    Severity.WARNING if banned else Severity.INFO,
                    message,
                    _literal_fix(replacement),
                    suggest=bool(replacement),
                    key=_first_token(flagged.word),
                    speakers_words=not banned,
                )
            )

        self.by_token: dict[str, list[tuple[int, _Rule]]] = {}
        self.scanned: list[tuple[int, _Rule]] = []
        for order, rule in enumerate(self.rules):
            if rule.key is None:
                self.scanned.append((order, rule))
            else:
                self.by_token.setdefault(rule.key, []).append((order, rule))

    def _add_substitution(self, sub: Substitution) -> None:
        flags = 0 if sub.case_sensitive else re.IGNORECASE
        if sub.regex:
            pattern = re.compile(sub.find, flags)
        else:
            pattern = phrase_pattern(sub.find, case_sensitive=sub.case_sensitive)
        message = sub.message or f"House style prefers “{sub.replace}”."
        keep_case = sub.case_sensitive

        def fix(m: re.Match[str], _text: str) -> str | None:
            out = m.expand(sub.replace) if sub.regex else sub.replace
            return out if keep_case else match_case(m.group(), out)

        self.rules.append(
            _Rule(
                pattern,
                f"{RULE_PREFIX}{_SUBSTITUTE}{sub.find if sub.regex else sub.find.lower()}",
                Category(sub.category),
                Severity.INFO if sub.category == "style" else Severity.WARNING,
                message,
                fix,
                key=None if sub.regex else _first_token(sub.find),
                speakers_words=not sub.regex and sub.category == "style",
            )
        )

    def _add_name(self, name: CanonicalName) -> None:
        rule = f"{RULE_PREFIX}/name/{name.name}"
        message = f"House style spells this name “{name.name}”."
        if name.note:
            message += f" {name.note}"
        canonical = name.name

        def case_fix(m: re.Match[str], _text: str) -> str | None:
            found = m.group()
            letters = [c for c in found if c.isalpha()]
            if letters and all(c.isupper() for c in letters) and len(letters) > 1:
                return None  # a headline in capitals
            return canonical

        self.rules.append(
            _Rule(
                phrase_pattern(canonical),
                rule,
                Category.CONSISTENCY,
                Severity.WARNING,
                message,
                case_fix,
                key=_first_token(canonical),
            )
        )

        def variant_fix(_m: re.Match[str], _text: str) -> str | None:
            return canonical

        for variant in _variants(name):
            self.rules.append(
                _Rule(
                    phrase_pattern(variant),
                    rule,
                    Category.CONSISTENCY,
                    Severity.WARNING,
                    message,
                    variant_fix,
                    key=_first_token(variant),
                )
            )
        tokens = [t for t in COMPOUND_WORD_RE.findall(canonical)]
        self.name_tokens.update(t.lower() for t in tokens)
        for variant in name.variants:
            self.name_tokens.update(t.lower() for t in COMPOUND_WORD_RE.findall(variant))
        if len(tokens) >= 2 and len(tokens[-1]) >= 5 and tokens[-1][0].isupper():
            self.fuzzy.append(_Fuzzy(tokens[-1], tokens[0], canonical, rule))

    def _add_capitalize(self, word: str) -> None:
        def fix(m: re.Match[str], text: str) -> str | None:
            found = m.group()
            if found == word or (found.isupper() and len(found) > 1):
                return None
            if m.start() and text[m.start() - 1] in "@#/.":
                return None  # a handle, hashtag, path or domain
            return word

        self.rules.append(
            _Rule(
                phrase_pattern(word),
                f"{RULE_PREFIX}/capitalize/{word.lower()}",
                Category.CAPITALIZATION,
                Severity.WARNING,
                f"House style capitalises “{word}”.",
                fix,
                key=_first_token(word),
            )
        )

    def _add_lowercase(self, word: str) -> None:
        lower = word.lower()

        def fix(m: re.Match[str], text: str) -> str | None:
            found = m.group()
            if found == lower or found.isupper() or starts_sentence(text, m.start()):
                return None
            if _next_to_capitalised(text, m.start(), m.end()):
                return None  # part of a proper name ("World Wide Web", "Web Summit")
            return lower[0] + found[1:] if found[1:].islower() else lower

        self.rules.append(
            _Rule(
                phrase_pattern(word),
                f"{RULE_PREFIX}/lowercase/{lower}",
                Category.CAPITALIZATION,
                Severity.WARNING,
                f"House style writes “{lower}” in lower case.",
                fix,
                key=_first_token(word),
            )
        )


def _variants(name: CanonicalName) -> list[str]:
    """The listed variants, plus the short form without middle initials ("Jane Example")."""
    variants = list(name.variants)
    short = " ".join(t for t in name.name.split() if not re.fullmatch(r"[^\W\d_]\.", t))
    if short != name.name and len(short.split()) >= 2 and short not in variants:
        variants.append(short)
    return variants


def _matches(text: str, compiled: _Compiled) -> list[tuple[_Rule, re.Match[str]]]:
    """Every rule match in ``text``, in rule order, then document order."""
    found: list[tuple[int, int, _Rule, re.Match[str]]] = []
    for order, rule in compiled.scanned:
        found.extend((order, m.start(), rule, m) for m in rule.pattern.finditer(text))
    if compiled.by_token:
        for token in WORD_RUN_RE.finditer(text):
            candidates = compiled.by_token.get(token.group().lower())
            if not candidates:
                continue
            for order, rule in candidates:
                m = rule.pattern.match(text, token.start())
                if m is not None:
                    found.append((order, m.start(), rule, m))
    found.sort(key=lambda item: (item[0], item[1]))
    return [(rule, m) for _, _, rule, m in found]


def _literal_fix(replacement: str) -> Callable[[re.Match[str], str], str | None]:
    def fix(m: re.Match[str], _text: str) -> str | None:
        return match_case(m.group(), replacement) if replacement else None

    return fix


def _next_to_capitalised(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start..end`` stands in a proper name ("Web Summit", "Dr. Web")."""
    before = re.search(r"(\w+)(\.?)\s+$", text[max(0, start - 40) : start])
    after = re.match(r"\s+(\w+)", text[end : end + 40])
    if after and after.group(1)[0].isupper():
        return True
    if before and before.group(2):
        return period_continues(before.group(1))  # after a title or an initial: a name
    if before and before.group(1)[0].isupper():
        return not starts_sentence(text, start - len(before.group(0)))
    return False


class HouseStyleChecker(BaseChecker):
    """Applies the house style sheet in ``ctx.style`` to each paragraph."""

    name = ENGINE
    scope: Scope = "paragraph"

    def __init__(self) -> None:
        self._compiled: dict[tuple[str, str], _Compiled] = {}

    def _rules(self, ctx: CheckContext) -> _Compiled | None:
        try:
            sheet = coerce_style_sheet(ctx.style)
        except StyleSheetError as exc:
            raise CheckerError(f"The house style sheet cannot be used: {exc}") from exc
        if sheet is None:
            return None
        key = (sheet.fingerprint(), ctx.language)
        compiled = self._compiled.get(key)
        if compiled is None:
            if len(self._compiled) > 8:
                self._compiled.clear()
            compiled = self._compiled[key] = _Compiled(sheet, ctx.language)
        return compiled

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        """Check each paragraph against the sheet."""
        compiled = self._rules(ctx)
        if compiled is None:
            return [[] for _ in texts]
        return [self._check_one(text, compiled, ctx) for text in texts]

    def _check_one(self, text: str, compiled: _Compiled, ctx: CheckContext) -> list[Issue]:
        matches = _matches(text, compiled)
        if not matches and not compiled.fuzzy:
            return []
        protected = protected_spans(text)
        out: list[Issue] = []
        taken: list[tuple[int, int, str]] = []
        for rule, m in matches:
            start, end = m.span()
            if start == end or overlaps(protected, start, end):
                continue
            if rule.speakers_words and in_quotation(text, start):
                continue  # '"steps towards us"': a speaker's word, quoted as said
            if rule.suggest:
                fix = rule.fix(m, text)
                if fix is None or fix == m.group():
                    continue
                replacements: tuple[str, ...] = (fix,)
            else:
                replacements = ()
            if rule.category is Category.CONSISTENCY and any(
                s < end and start < e and r == rule.rule for s, e, r in taken
            ):
                continue  # a variant inside an already-flagged form of the same name
            taken.append((start, end, rule.rule))
            out.append(
                make_issue(
                    text,
                    start,
                    end,
                    category=rule.category,
                    rule=rule.rule,
                    engine=ENGINE,
                    message=rule.message,
                    replacements=replacements,
                    severity=rule.severity,
                    # a substitution is the sheet's one choice ("p.m." for "pm"): every
                    # place of it in the article is one finding (core.groups)
                    group=rule.rule if _SUBSTITUTE in rule.rule else "",
                )
            )
        out.extend(self._fuzzy_names(text, compiled, ctx, protected, taken))
        return out

    def _fuzzy_names(
        self,
        text: str,
        compiled: _Compiled,
        ctx: CheckContext,
        protected: list[tuple[int, int]],
        taken: list[tuple[int, int, str]],
    ) -> list[Issue]:
        if not compiled.fuzzy:
            return []
        words_lower = {w.lower() for w in ctx.words}
        out: list[Issue] = []
        for m in COMPOUND_WORD_RE.finditer(text):
            word = _POSSESSIVE.sub("", m.group())
            low = word.lower()
            if not word[0].isupper() or low in compiled.name_tokens or low in words_lower:
                continue
            start, end = m.start(), m.start() + len(word)
            if overlaps(protected, start, end) or any(s < end and start < e for s, e, _ in taken):
                continue
            for fz in compiled.fuzzy:
                if not _near_miss(word, fz.surname, _preceded_by(text, start, fz.first)):
                    continue
                out.append(
                    make_issue(
                        text,
                        start,
                        end,
                        category=Category.CONSISTENCY,
                        rule=fz.rule,
                        engine=ENGINE,
                        message=f"House style spells this name “{fz.canonical}”.",
                        replacements=(fz.surname,),
                        severity=Severity.WARNING,
                    )
                )
                break
        return out


def _near_miss(word: str, surname: str, with_first_name: bool) -> bool:
    """Whether ``word`` looks like a misspelling of ``surname``."""
    a, b = word.lower(), surname.lower()
    if a[0] != b[0] or a in (b + "s", b + "es") or abs(len(a) - len(b)) > 3:
        return False
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    if with_first_name:
        return ratio >= 0.75
    return len(a) >= 8 and ratio >= 0.88


def _preceded_by(text: str, start: int, first: str) -> bool:
    head = text[max(0, start - len(first) - 3) : start].rstrip()
    return head.endswith(first) and (len(head) == len(first) or not head[-len(first) - 1].isalnum())
