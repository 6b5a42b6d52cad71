"""Decide how the bytes of a text file are encoded, and say so when it was a guess.

Order: a byte-order mark decides; then strict UTF-8; then UTF-16/32 without a BOM, told
by where the NUL bytes fall; then charset-normalizer restricted to the encodings a news
desk really receives, re-ranked by how plausible the decoded letters are. charset-normalizer
on its own ranks Windows-1250 above Windows-1252 for Western text ("naïve" → "naďve"),
so Windows-1252 wins any tie.
"""

from __future__ import annotations

import codecs
import logging
import unicodedata
from dataclasses import dataclass

from reviewdesk.formats.errors import EncodingError, FormatError, binary

log = logging.getLogger(__name__)

ENCODING_NAMES: dict[str, str] = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (with BOM)",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32-le": "UTF-32 LE",
    "utf-32-be": "UTF-32 BE",
    "cp1252": "Windows-1252 (Western European)",
    "iso8859-15": "ISO-8859-15 (Western European)",
    "latin-1": "ISO-8859-1 (Western European)",
    "mac-roman": "Mac Roman (Western European)",
    "cp1250": "Windows-1250 (Central European)",
    "iso8859-2": "ISO-8859-2 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "koi8-r": "KOI8-R (Russian)",
    "koi8-u": "KOI8-U (Ukrainian)",
    "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)",
    "cp1257": "Windows-1257 (Baltic)",
    "cp437": "DOS 437 (US)",
    "cp850": "DOS 850 (Western European)",
}

# What the detector may choose from, in order of preference when two read equally well.
DETECT_CANDIDATES: tuple[str, ...] = ("cp1252", "cp1250", "cp1251", "iso8859-2", "koi8-r")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SAMPLE_BYTES = 64 * 1024
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1a")

# Accented letters by the languages that use them; a genuine text keeps to one group.
_LETTER_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(group + group.upper())
    for group in (
        "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœß",  # French, German, Spanish, Italian, Portuguese...
        "åäöæøéüáðþí",  # Nordic
        "ąćęłńóśźż",  # Polish
        "áäčďéěíĺľňóôŕřšťúůýž",  # Czech, Slovak
        "áéíóöőúüű",  # Hungarian
        "čćđšž",  # Croatian, Slovene
        "ăâîșşțţ",  # Romanian
    )
)


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from bytes, the codec used, and whether that codec was a guess."""

    text: str
    encoding: str
    guessed: bool = False
    replaced: int = 0  # bytes that were not valid in ``encoding`` and now read "\ufffd"

    @property
    def warning(self) -> str | None:
        """What to tell the user when the encoding was guessed."""
        if not self.guessed:
            return None
        if self.replaced:
            return (
                f"Read as {encoding_name(self.encoding)}, but {self.replaced} invalid "
                "byte(s) show as \ufffd; pick another encoding if the text looks wrong"
            )
        return (
            f"Assumed {encoding_name(self.encoding)}; pick another encoding if the text looks wrong"
        )


def normalize_codec(name: str) -> str:
    """Python's canonical spelling of a text codec (``LookupError`` if unknown).

    Byte-to-byte codecs (base64, zlib, rot13...) and "undefined" are refused too: a page's
    ``<meta charset>`` naming one must fall back to detection, not crash the import.
    """
    info = codecs.lookup(name)
    canonical = info.name
    if not getattr(info, "_is_text_encoding", True) or canonical == "undefined":
        raise LookupError(f"not a text encoding: {name}")
    return "latin-1" if canonical == "iso8859-1" else canonical


def encoding_name(codec: str) -> str:
    """A human name for a codec, e.g. "Windows-1252 (Western European)"."""
    try:
        key = normalize_codec(codec)
    except LookupError:
        return codec
    return ENCODING_NAMES.get(key, key.upper())


def control_share(text: str) -> float:
    """Share of characters that are control codes no text file contains."""
    sample = text[:100_000]
    if not sample:
        return 0.0
    bad = sum(
        1 for ch in sample if (ch < " " and ch not in _ALLOWED_CONTROLS) or "\x7f" <= ch <= "\x9f"
    )
    return bad / len(sample) if bad >= 3 else 0.0


def looks_binary(text: str) -> bool:
    """Whether decoded text has too many control characters to be an article."""
    return control_share(text) > 0.01


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def _nul_pattern_codec(data: bytes) -> str | None:
    """UTF-16/32 without a BOM, told by NUL bytes in the high half of each code unit."""
    n = len(data)
    if n < 4:
        return None

    def share(offset: int, step: int) -> float:
        part = data[offset : offset + 4096 * step : step]
        return part.count(0) / max(len(part), 1)

    if n % 4 == 0:
        s0, s1, s2, s3 = share(0, 4), share(1, 4), share(2, 4), share(3, 4)
        if s0 < 0.05 and min(s1, s2, s3) > 0.9:
            return "utf-32-le"
        if s3 < 0.05 and min(s0, s1, s2) > 0.9:
            return "utf-32-be"
    if n % 2 == 0:
        even, odd = share(0, 2), share(1, 2)
        if odd > 0.3 and even < 0.05:
            return "utf-16-le"
        if even > 0.3 and odd < 0.05:
            return "utf-16-be"
    return None


def _sample(data: bytes) -> bytes:
    """Up to 64 kB of the lines that hold non-ASCII bytes: where the encodings differ."""
    picked: list[bytes] = []
    size = 0
    for line in data.splitlines(keepends=True):
        if line.isascii():
            continue
        piece = line[: _SAMPLE_BYTES - size]
        if len(piece) < len(line):  # don't cut a character in half: end at a space
            cut = piece.rfind(b" ")
            piece = piece[: cut + 1] if cut > 0 else piece
        picked.append(piece)
        size += len(piece)
        if size >= _SAMPLE_BYTES or len(piece) < len(line):
            break
    return b"".join(picked) or data[:_SAMPLE_BYTES]


def implausibility(text: str) -> int:
    """How unlike real prose a decoding reads: lower is better.

    Counts accented letters that no single language's alphabet explains, symbols wedged
    between letters ("Za¿ó³æ"), case flips inside words ("рПЙЧЕФ") and control codes.
    """
    score = 0
    non_ascii_letters: list[str] = []
    prev = ""
    for i, ch in enumerate(text):
        if (ch < " " and ch not in _ALLOWED_CONTROLS) or "\x7f" <= ch <= "\x9f":
            score += 10
        elif ch.isalpha():
            if not ch.isascii():
                non_ascii_letters.append(ch)
            if (
                prev.isalpha()
                and prev.islower()
                and ch.isupper()
                and not (prev.isascii() and ch.isascii())
            ):
                score += 2
        elif not ch.isspace() and prev.isalpha():
            nxt = text[i + 1] if i + 1 < len(text) else ""
            wedged = unicodedata.category(ch)[0] in "SN" and not ch.isdigit()
            if nxt.isalpha() and (wedged or ch in "¿¡¦§¶"):
                score += 5
        prev = ch
    latin = [ch for ch in non_ascii_letters if "LATIN" in unicodedata.name(ch, "")]
    if latin:
        score += min(sum(1 for ch in latin if ch not in group) for group in _LETTER_GROUPS)
    scripts = {unicodedata.name(ch, "?").split(" ")[0] for ch in non_ascii_letters}
    if len(scripts) > 1:
        score += len(non_ascii_letters) // 4
    return score


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _ranked_candidates(data: bytes) -> list[str]:
    """Single-byte codecs that decode ``data``, most plausible first."""
    # imported here: a UTF-8 file (most) never needs the detector, ~20 ms of start-up
    from charset_normalizer import from_bytes

    sample = _sample(data)
    try:
        matches = from_bytes(sample, cp_isolation=list(DETECT_CANDIDATES))
        cn_rank = {normalize_codec(m.encoding): i for i, m in enumerate(matches)}
    except Exception as exc:  # pragma: no cover - a detector bug must not stop an import
        log.warning("charset-normalizer failed: %s", exc)
        cn_rank = {}
    scored: list[tuple[int, int, int, str]] = []
    for codec in DETECT_CANDIDATES:
        text = _strict(sample, codec)
        if text is None:
            continue
        key = normalize_codec(codec)
        scored.append(
            (implausibility(text), 0 if key == "cp1252" else 1, cn_rank.get(key, 99), key)
        )
    scored.sort()
    log.debug("encoding candidates: %s", scored)
    return [codec for *_, codec in scored]


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> DecodedText:
    """Decode a text file's bytes. ``name`` is used in error messages.

    With ``encoding``, use exactly that codec (a BOM for it is dropped). Raises
    :class:`FormatError` for binary data or text that cannot be decoded.
    """
    if encoding:
        return _decode_as(data, name, encoding)
    bom = _bom(data)
    if bom:
        codec, skip = bom
        try:
            text = data[skip:].decode(codec)
        except UnicodeDecodeError:
            marked = encoding_name(codec.removesuffix("-sig"))  # not "UTF-8 (with BOM)"
            raise EncodingError(
                f"{name}: starts with a {marked} marker but is not valid {marked}; pick an encoding"
            ) from None
        return _checked(DecodedText(text, codec), name)
    if b"\x00" in data:
        wide = _nul_pattern_codec(data)
        wide_text = _strict(data, wide) if wide else None
        if wide is None or wide_text is None or looks_binary(wide_text):
            raise binary(name)
        return DecodedText(wide_text, wide, guessed=True)
    try:
        return _checked(DecodedText(data.decode("utf-8"), "utf-8"), name)
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _checked(mostly, name)
    for candidate in _ranked_candidates(data):
        guess = _strict(data, candidate)
        if guess is not None:
            return _checked(DecodedText(guess, candidate, guessed=True), name)
    raise EncodingError(
        f"{name}: is not UTF-8 and its encoding could not be recognised; pick an encoding"
    )


def _mostly_utf8(data: bytes) -> DecodedText | None:
    """UTF-8 with a few broken bytes (a cut-off file, a pasted fragment), or None.

    Text in a single-byte encoding almost never forms valid multi-byte UTF-8 sequences,
    so many valid sequences and few invalid bytes mean UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    replacements = text.count("\ufffd")
    bad = replacements - data.count("\ufffd".encode())
    good = len(text) - len(text.encode("ascii", "ignore")) - replacements
    if bad > 0 and good >= 8 * bad:
        return DecodedText(text, "utf-8", guessed=True, replaced=bad)
    return None


def _checked(decoded: DecodedText, name: str) -> DecodedText:
    if looks_binary(decoded.text):
        raise binary(name)
    return decoded


def _where(data: bytes, position: int) -> str:
    """Where byte ``position`` is, as an editor finds it: the line and the words before."""
    line_start = data.rfind(b"\n", 0, position) + 1
    line = data.count(b"\n", 0, position) + 1
    before = data[max(line_start, position - 60) : position].decode("utf-8", "replace")
    words = " ".join(before.split()[-4:]).replace("\ufffd", "")
    if not words:
        return f"at the start of line {line}"
    return f"in line {line}, after “{words}”"


def _without_bom(data: bytes, codec: str) -> bytes:
    """``data`` less a byte-order mark that is not text in ``codec``: the mark of that
    codec, or any mark before a single-byte codec (a UTF-8 mark on Windows-1252 text,
    saved by two editors in turn, would read as "ï»¿")."""
    bom = _bom(data)
    if bom is None:
        return data
    marked, wanted = normalize_codec(bom[0].removesuffix("-sig")), normalize_codec(codec)
    if marked == normalize_codec(wanted.removesuffix("-sig")) or not wanted.startswith("utf"):
        return data[bom[1] :]
    return data


def _decode_as(data: bytes, name: str, encoding: str) -> DecodedText:
    try:
        codec = normalize_codec(encoding)
    except LookupError:
        raise FormatError(f"{name}: unknown encoding {encoding!r}") from None
    data = _without_bom(data, codec)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"{name}: cannot be read as {encoding_name(codec)} (the text breaks off "
            f"{_where(data, exc.start)}); pick another encoding"
        ) from None
    return _checked(DecodedText(text, codec), name)


def candidate_encodings(data: bytes) -> list[tuple[str, str]]:
    """Encodings that decode ``data`` without errors, most likely first: (codec, name).

    For the "pick another encoding" dialog; show :func:`decode_preview` for each.
    """
    ordered: list[str] = []
    bom = _bom(data)
    if bom:
        ordered.append(bom[0])
    pattern = _nul_pattern_codec(data) if b"\x00" in data else None
    if pattern:
        ordered.append(pattern)
    ordered.append("utf-8")
    if b"\x00" not in data:
        ordered.extend(_ranked_candidates(data))
    ordered.extend(key for key in ENCODING_NAMES if key not in ("utf-8", "utf-8-sig"))
    result: list[tuple[str, str]] = []
    seen: set[str] = set()
    for codec in ordered:
        key = normalize_codec(codec)
        if key in seen:
            continue
        seen.add(key)
        if key.startswith(("utf-16", "utf-32")) and not bom and b"\x00" not in data:
            continue  # any even-length bytes "decode" as UTF-16 CJK soup
        probe = data[bom[1] :] if bom and normalize_codec(bom[0]) == key else data
        text = _strict(probe, key)
        if text is not None and not looks_binary(text):
            result.append((key, encoding_name(key)))
    return result


def decode_preview(data: bytes, codec: str, max_chars: int = 2000) -> str:
    """The first ``max_chars`` characters of ``data`` read as ``codec`` (bad bytes as �)."""
    try:
        decoder = codecs.getincrementaldecoder(normalize_codec(codec))(errors="replace")
    except LookupError:
        raise FormatError(f"unknown encoding {codec!r}") from None
    data = _without_bom(data, codec)
    text = decoder.decode(data[: max_chars * 4 + 4], final=False)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text[:max_chars]
