"""The house style sheet: preferred forms, canonical names, capitalisation, banned words.

A :class:`StyleSheet` is immutable. It is stored in the library as the dict from
:meth:`StyleSheet.to_dict` and shared between desks as a TOML file
(:meth:`StyleSheet.to_toml` / :meth:`StyleSheet.from_toml`). The default sheet for
English-language news ships as package data in
``reviewdesk/resources/style/default-news.toml`` (see :func:`load_default_style_sheet`).

Matching rules, as the house-style checker applies them: a non-regex ``find`` or word
matches as a whole word or phrase (any run of spaces in it matches any run of
whitespace), case-insensitively unless ``case_sensitive`` is set.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import tomli_w

from reviewdesk.core.fileio import atomic_write_text
from reviewdesk.core.models import DEFAULT_LANGUAGE, LANGUAGES, Category
from reviewdesk.core.style_conventions import Conventions, ConventionsError

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
DEFAULT_SHEET_RESOURCE = "resources/style/default-news.toml"

_HEADER = (
    "# reviewdesk house style sheet (TOML).\n"
    "# substitutions: find -> replace (whole word/phrase, or a regex with regex = true);\n"
    '#   optional: message, category (default "style"), case_sensitive, dialects.\n'
    "# names: the desk's canonical spelling of a name, with known variants.\n"
    "# capitalize: words that always take a capital; lowercase: words that never do\n"
    "#   (except at the start of a sentence).\n"
    "# banned / cautioned: words to avoid, with the reason shown to the editor.\n"
    '# [conventions]: serial_comma (true/false), ellipsis ("dots" or "character"),\n'
    '#   range_dash ("hyphen" or "en dash"); checkers give no advice against them;\n'
    '#   quotes ("curly" or "straight"): the marks smart quotes as you type write;\n'
    '#   phrases_off: phrase errors not to flag ("misused", "nonstandard", "redundant").\n\n'
)


class StyleSheetError(ValueError):
    """A style sheet is malformed; the message says what and where, in plain words."""


def _check_str(value: object, where: str, *, empty_ok: bool = True) -> str:
    if not isinstance(value, str):
        raise StyleSheetError(f"{where} must be text, not {type(value).__name__}.")
    if not empty_ok and not value.strip():
        raise StyleSheetError(f"{where} must not be empty.")
    return value


def _check_bool(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise StyleSheetError(f"{where} must be true or false, not {value!r}.")
    return value


def _check_str_list(value: object, where: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise StyleSheetError(f"{where} must be a list of words.")
    return tuple(_check_str(v, f"{where}[{i + 1}]", empty_ok=False) for i, v in enumerate(value))


def _check_dialects(values: tuple[str, ...], where: str) -> None:
    for value in values:
        if value not in LANGUAGES:
            raise StyleSheetError(
                f"{where}: unknown dialect {value!r} (use one of {', '.join(LANGUAGES)})."
            )


def _check_keys(data: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise StyleSheetError(
            f"{where}: unknown key {unknown[0]!r} (expected one of {', '.join(sorted(allowed))})."
        )


@dataclass(frozen=True, slots=True)
class Substitution:
    """Prefer ``replace`` over ``find`` (a word, phrase or regular expression).

    With ``regex`` set, ``replace`` may refer to groups (``\\1``). ``dialects`` limits
    the rule to articles in those dialects (empty: every dialect).
    """

    find: str
    replace: str
    message: str = ""
    category: str = "style"
    regex: bool = False
    case_sensitive: bool = False
    dialects: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        where = f"Substitution {self.find!r}"
        _check_str(self.find, "A substitution's 'find'", empty_ok=False)
        _check_str(self.replace, f"{where}: 'replace'")
        _check_str(self.message, f"{where}: 'message'")
        _check_bool(self.regex, f"{where}: 'regex'")
        _check_bool(self.case_sensitive, f"{where}: 'case_sensitive'")
        if self.category not in {str(c) for c in Category}:
            raise StyleSheetError(
                f"{where}: unknown category {self.category!r} "
                f"(use one of {', '.join(str(c) for c in Category)})."
            )
        _check_dialects(self.dialects, where)
        if self.regex:
            try:
                pattern = re.compile(self.find)
            except re.error as exc:
                raise StyleSheetError(f"{where}: bad regular expression: {exc}.") from exc
            if pattern.match(""):
                raise StyleSheetError(f"{where}: the pattern matches empty text.")
            try:
                _probe_template(pattern, self.replace)
            except (re.error, IndexError) as exc:
                raise StyleSheetError(f"{where}: bad replacement {self.replace!r}: {exc}.") from exc


def _probe_template(pattern: re.Pattern[str], template: str) -> None:
    """Raise ``re.error`` if ``template`` is not a valid replacement for ``pattern``."""
    names = {index: name for name, index in pattern.groupindex.items()}
    groups = "".join(
        f"(?P<{names[i]}>)" if i in names else "()" for i in range(1, pattern.groups + 1)
    )
    probe = re.compile(groups).match("")
    assert probe is not None
    probe.expand(template)


@dataclass(frozen=True, slots=True)
class CanonicalName:
    """The desk's spelling of a name, and variants to correct to it."""

    name: str
    variants: tuple[str, ...] = ()
    note: str = ""

    def __post_init__(self) -> None:
        _check_str(self.name, "A canonical name", empty_ok=False)
        _check_str(self.note, f"Name {self.name!r}: 'note'")
        for variant in self.variants:
            _check_str(variant, f"Name {self.name!r}: a variant", empty_ok=False)


@dataclass(frozen=True, slots=True)
class FlaggedWord:
    """A banned or cautioned word or phrase, why, and optionally what to use instead."""

    word: str
    reason: str = ""
    replace: str = ""

    def __post_init__(self) -> None:
        _check_str(self.word, "A banned or cautioned word", empty_ok=False)
        _check_str(self.reason, f"Word {self.word!r}: 'reason'")
        _check_str(self.replace, f"Word {self.word!r}: 'replace'")


@dataclass(frozen=True)
class StyleSheet:
    """A desk's house style. Immutable; build a new one to change it."""

    name: str = "House style"
    dialect: str = DEFAULT_LANGUAGE
    description: str = ""
    substitutions: tuple[Substitution, ...] = ()
    names: tuple[CanonicalName, ...] = ()
    capitalize: tuple[str, ...] = ()
    lowercase: tuple[str, ...] = ()
    banned: tuple[FlaggedWord, ...] = ()
    cautioned: tuple[FlaggedWord, ...] = ()
    conventions: Conventions = field(default_factory=Conventions)
    _fingerprint: str = field(default="", init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _check_str(self.name, "The style sheet's name")
        _check_str(self.description, "The style sheet's description")
        if self.dialect not in LANGUAGES:
            raise StyleSheetError(
                f"Unknown dialect {self.dialect!r} (use one of {', '.join(LANGUAGES)})."
            )
        for label, words in (("capitalize", self.capitalize), ("lowercase", self.lowercase)):
            for word in words:
                _check_str(word, f"A word in '{label}'", empty_ok=False)

    def fingerprint(self) -> str:
        """A stable hash of the contents, for caches."""
        if not self._fingerprint:
            blob = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)
            digest = hashlib.blake2s(blob.encode(), digest_size=8).hexdigest()
            object.__setattr__(self, "_fingerprint", digest)
        return self._fingerprint

    # -- dict form (what the library stores) -------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON/TOML-friendly dict; default-valued fields of entries are left out."""
        out: dict[str, Any] = {
            "version": FORMAT_VERSION,
            "name": self.name,
            "dialect": self.dialect,
        }
        if self.description:
            out["description"] = self.description
        out["capitalize"] = list(self.capitalize)
        out["lowercase"] = list(self.lowercase)
        out["substitutions"] = [_sub_to_dict(s) for s in self.substitutions]
        out["names"] = [_name_to_dict(n) for n in self.names]
        out["banned"] = [_flag_to_dict(w) for w in self.banned]
        out["cautioned"] = [_flag_to_dict(w) for w in self.cautioned]
        out["conventions"] = self.conventions.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StyleSheet:
        """Build and validate a sheet from :meth:`to_dict` output (or a hand-written file).

        Raises :class:`StyleSheetError` with a plain message when something is wrong.
        """
        if not isinstance(data, Mapping):
            raise StyleSheetError("A style sheet must be a table of settings.")
        allowed = {
            "version",
            "name",
            "dialect",
            "description",
            "substitutions",
            "names",
            "capitalize",
            "lowercase",
            "banned",
            "cautioned",
            "conventions",
        }
        _check_keys(data, allowed, "The style sheet")
        version = data.get("version", FORMAT_VERSION)
        if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
            raise StyleSheetError(
                f"This style sheet has format version {version!r}; this reviewdesk reads "
                f"version {FORMAT_VERSION} or older."
            )
        return cls(
            name=_check_str(data.get("name", "House style"), "The style sheet's name"),
            dialect=_check_str(data.get("dialect", DEFAULT_LANGUAGE), "The dialect"),
            description=_check_str(data.get("description", ""), "The description"),
            substitutions=tuple(
                _sub_from(item, i) for i, item in enumerate(_list(data, "substitutions"))
            ),
            names=tuple(_name_from(item, i) for i, item in enumerate(_list(data, "names"))),
            capitalize=_check_str_list(data.get("capitalize", []), "'capitalize'"),
            lowercase=_check_str_list(data.get("lowercase", []), "'lowercase'"),
            banned=tuple(
                _flag_from(item, i, "banned") for i, item in enumerate(_list(data, "banned"))
            ),
            cautioned=tuple(
                _flag_from(item, i, "cautioned") for i, item in enumerate(_list(data, "cautioned"))
            ),
            conventions=_conventions_from(data.get("conventions")),
        )

    # -- TOML form (what desks share) ----------------------------------------------------

    def to_toml(self) -> str:
        """The sheet as a readable TOML document."""
        return _HEADER + tomli_w.dumps(self.to_dict())

    @classmethod
    def from_toml(cls, text: str) -> StyleSheet:
        """Parse a TOML style sheet; raises :class:`StyleSheetError` on any problem."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise StyleSheetError(f"This is not a valid TOML style sheet: {exc}.") from exc
        return cls.from_dict(data)


def _conventions_from(data: object) -> Conventions:
    try:
        return Conventions.from_dict(data)
    except ConventionsError as exc:
        raise StyleSheetError(f"Conventions: {exc}") from exc


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list | tuple):
        raise StyleSheetError(f"'{key}' must be a list.")
    return list(value)


def _sub_to_dict(s: Substitution) -> dict[str, Any]:
    out: dict[str, Any] = {"find": s.find, "replace": s.replace}
    if s.message:
        out["message"] = s.message
    if s.category != "style":
        out["category"] = s.category
    if s.regex:
        out["regex"] = True
    if s.case_sensitive:
        out["case_sensitive"] = True
    if s.dialects:
        out["dialects"] = list(s.dialects)
    return out


def _sub_from(item: object, index: int) -> Substitution:
    where = f"Substitution {index + 1}"
    if not isinstance(item, Mapping):
        raise StyleSheetError(f"{where} must be a table with 'find' and 'replace'.")
    _check_keys(
        item,
        {"find", "replace", "message", "category", "regex", "case_sensitive", "dialects"},
        where,
    )
    if "find" not in item or "replace" not in item:
        raise StyleSheetError(f"{where} needs both 'find' and 'replace'.")
    return Substitution(
        find=_check_str(item["find"], f"{where}: 'find'", empty_ok=False),
        replace=_check_str(item["replace"], f"{where}: 'replace'"),
        message=_check_str(item.get("message", ""), f"{where}: 'message'"),
        category=_check_str(item.get("category", "style"), f"{where}: 'category'"),
        regex=_check_bool(item.get("regex", False), f"{where}: 'regex'"),
        case_sensitive=_check_bool(item.get("case_sensitive", False), f"{where}: 'case_sensitive'"),
        dialects=_check_str_list(item.get("dialects", []), f"{where}: 'dialects'"),
    )


def _name_to_dict(n: CanonicalName) -> dict[str, Any]:
    out: dict[str, Any] = {"name": n.name}
    if n.variants:
        out["variants"] = list(n.variants)
    if n.note:
        out["note"] = n.note
    return out


def _name_from(item: object, index: int) -> CanonicalName:
    where = f"Name {index + 1}"
    if isinstance(item, str):
        return CanonicalName(name=item)
    if not isinstance(item, Mapping):
        raise StyleSheetError(f"{where} must be text or a table with 'name'.")
    _check_keys(item, {"name", "variants", "note"}, where)
    if "name" not in item:
        raise StyleSheetError(f"{where} needs a 'name'.")
    return CanonicalName(
        name=_check_str(item["name"], f"{where}: 'name'", empty_ok=False),
        variants=_check_str_list(item.get("variants", []), f"{where}: 'variants'"),
        note=_check_str(item.get("note", ""), f"{where}: 'note'"),
    )


def _flag_to_dict(w: FlaggedWord) -> dict[str, Any]:
    out: dict[str, Any] = {"word": w.word}
    if w.reason:
        out["reason"] = w.reason
    if w.replace:
        out["replace"] = w.replace
    return out


def _flag_from(item: object, index: int, label: str) -> FlaggedWord:
    where = f"Entry {index + 1} of '{label}'"
    if isinstance(item, str):
        return FlaggedWord(word=item)
    if not isinstance(item, Mapping):
        raise StyleSheetError(f"{where} must be text or a table with 'word'.")
    _check_keys(item, {"word", "reason", "replace"}, where)
    if "word" not in item:
        raise StyleSheetError(f"{where} needs a 'word'.")
    return FlaggedWord(
        word=_check_str(item["word"], f"{where}: 'word'", empty_ok=False),
        reason=_check_str(item.get("reason", ""), f"{where}: 'reason'"),
        replace=_check_str(item.get("replace", ""), f"{where}: 'replace'"),
    )


# -- loading, saving, defaults -------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def load_default_style_sheet() -> StyleSheet:
    """The shipped default sheet for English-language news (package data).

    Parsed once per process (the sheet is immutable): its TOML took 12-25 ms of the UI
    thread each time an article opened (the check context), most of a short article's
    opening event.
    """
    resource = resources.files("reviewdesk").joinpath(DEFAULT_SHEET_RESOURCE)
    try:
        text = resource.read_text(encoding="utf-8")
    except OSError as exc:
        raise StyleSheetError(f"The default style sheet is missing: {exc}.") from exc
    return StyleSheet.from_toml(text)


def effective_style_sheet(stored: Mapping[str, Any] | None) -> StyleSheet:
    """The library's sheet when it has one (``Library.get_style_sheet()``), else the default.

    Raises :class:`StyleSheetError` when the stored sheet is malformed, so the caller can
    tell the editor instead of silently checking with another sheet.
    """
    if not stored:
        return load_default_style_sheet()
    return StyleSheet.from_dict(stored)


def coerce_style_sheet(style: object) -> StyleSheet | None:
    """``ctx.style`` as a :class:`StyleSheet`: accepts a sheet, its dict form, or None."""
    if style is None or isinstance(style, StyleSheet):
        return style
    if isinstance(style, Mapping):
        return StyleSheet.from_dict(style)
    raise StyleSheetError(f"Expected a style sheet, got {type(style).__name__}.")


def read_style_sheet(path: str | Path) -> StyleSheet:
    """Import a TOML style sheet file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StyleSheetError(f"{p.name} is not a UTF-8 text file.") from exc
    except OSError as exc:
        raise StyleSheetError(f"Cannot read {p}: {exc.strerror or exc}.") from exc
    try:
        return StyleSheet.from_toml(text)
    except StyleSheetError as exc:
        raise StyleSheetError(f"{p.name}: {exc}") from exc


def write_style_sheet(path: str | Path, sheet: StyleSheet) -> None:
    """Export ``sheet`` as TOML, atomically."""
    atomic_write_text(Path(path), sheet.to_toml())
