"""A stand-in LanguageTool server for tests (a test double).

The real LanguageTool is a Java server of several hundred megabytes that cannot be
downloaded on the machines these tests run on, so this double follows its documented
HTTP API (https://languagetool.org/http-api/) instead:

- ``POST /v2/check`` (form-encoded ``text``, ``language``, ``disabledRules``, ``level``,
  ``motherTongue``; ``GET`` with a query string works too) answers
  ``{"software", "warnings", "language", "matches": [...]}``; each match has
  ``message``, ``shortMessage``, ``replacements: [{"value"}]``, ``offset``, ``length``,
  ``context: {text, offset, length}``, ``sentence`` and
  ``rule: {id, description, issueType, category: {id, name}}``. Offsets and lengths
  are in UTF-16 code units, as LanguageTool's (Java strings) are;
- ``GET /v2/languages`` and ``GET /v2/healthcheck``;
- a few real-looking rules, honouring ``disabledRules`` and ``level=picky``;
- ``delay`` (seconds before answering a check), ``hold`` (answer no check until the test
  calls :meth:`FakeLanguageTool.release`: a server slower than whatever the test waits
  for, whatever the machine's load) and ``status`` (e.g. 500) to play a slow or broken
  server; ``files`` to serve downloads (``GET /files/<name>``); ``nonsense`` adds
  matches no real server should send (zero length, negative offsets, past the end,
  splitting an emoji) after the real ones, to play a buggy server.

Use the ``fake_lt_server`` fixture (import ``fake_lt_server_fixture`` into a test
module), optionally parametrised indirectly with ``{"delay": 10}``; or start a
:class:`FakeLanguageTool` yourself. Run as a script (``--port N``) to serve from
another process.
"""

from __future__ import annotations

import argparse
import json
import re
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

SOFTWARE = {
    "name": "LanguageTool",
    "version": "6.6",
    "buildDate": "2025-03-27 12:00:00 +0000",
    "apiVersion": 1,
    "premium": False,
    "status": "",
}
LANGUAGES = [
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (Australian)", "code": "en", "longCode": "en-AU"},
    {"name": "English (Canadian)", "code": "en", "longCode": "en-CA"},
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]
CATEGORY_NAMES = {
    "TYPOS": "Possible Typo",
    "GRAMMAR": "Grammar",
    "TYPOGRAPHY": "Typography",
    "CONFUSED_WORDS": "Commonly Confused Words",
    "CASING": "Capitalization",
    "REDUNDANCY": "Redundant Phrases",
}
MISSPELLINGS = {
    "teh": ["the", "ten", "tea", "tech", "eh", "Te"],
    "recieve": ["receive"],
    "Zbrovnikova": ["Zbrovnikov"],
}


def utf16(s: str) -> int:
    """Length of ``s`` in UTF-16 code units."""
    return len(s.encode("utf-16-le")) // 2


def _rule(rule_id: str, description: str, issue_type: str, category: str) -> dict[str, Any]:
    return {
        "id": rule_id,
        "description": description,
        "issueType": issue_type,
        "category": {"id": category, "name": CATEGORY_NAMES.get(category, category)},
    }


def _finders(language: str) -> list[tuple[str, bool, Callable[[str], Iterator[Any]]]]:
    """(rule id, picky only, finder yielding (start, end, replacements, message, rule))."""
    spell_id = "MORFOLOGIK_RULE_" + language.replace("-", "_").upper()

    def spelling(text: str) -> Iterator[Any]:
        for m in re.finditer(r"\w+", text):
            if m.group(0) in MISSPELLINGS:
                yield (
                    m.start(),
                    m.end(),
                    MISSPELLINGS[m.group(0)],
                    "Possible spelling mistake found.",
                    _rule(spell_id, "Possible spelling mistake", "misspelling", "TYPOS"),
                )

    def a_vs_an(text: str) -> Iterator[Any]:
        for m in re.finditer(r"\b([Aa]) (?=[aeiouAEIOU]\w)", text):
            yield (
                m.start(1),
                m.end(1),
                ["an" if m.group(1) == "a" else "An"],
                "Use “an” instead of ‘a’ if the following word starts with a vowel sound, "
                "e.g. ‘an article’, ‘an hour’.",
                _rule("EN_A_VS_AN", "Use of 'a' vs. 'an'", "misspelling", "GRAMMAR"),
            )

    def whitespace(text: str) -> Iterator[Any]:
        for m in re.finditer(r"(?<=\S)  +(?=\S)", text):
            yield (
                m.start(),
                m.end(),
                [" "],
                "Possible typo: you repeated a whitespace",
                _rule(
                    "WHITESPACE_RULE",
                    "Whitespace repetition (bad formatting)",
                    "whitespace",
                    "TYPOGRAPHY",
                ),
            )

    def comma_space(text: str) -> Iterator[Any]:
        for m in re.finditer(r" ,", text):
            yield (
                m.start(),
                m.end(),
                [","],
                "Put a space after the comma, but not before the comma.",
                _rule(
                    "COMMA_PARENTHESIS_WHITESPACE",
                    "Use of whitespace before comma and before/after parentheses",
                    "whitespace",
                    "TYPOGRAPHY",
                ),
            )

    def could_of(text: str) -> Iterator[Any]:
        for m in re.finditer(r"\b(could|would|should|must) of\b", text, re.IGNORECASE):
            yield (
                m.start(),
                m.end(),
                [f"{m.group(1)} have"],
                "Did you mean <suggestion>" + m.group(1) + " have</suggestion>?",
                _rule("COULD_OF", "could/would/should of (have)", "misspelling", "CONFUSED_WORDS"),
            )

    def sentence_start(text: str) -> Iterator[Any]:
        for m in re.finditer(r"(?:^|(?<=[.!?] ))([a-z]\w*)", text, re.MULTILINE):
            word = m.group(1)
            yield (
                m.start(1),
                m.end(1),
                [word[0].upper() + word[1:]],
                "This sentence does not start with an uppercase letter.",
                _rule(
                    "UPPERCASE_SENTENCE_START",
                    "Checks that a sentence starts with an uppercase letter",
                    "typographical",
                    "CASING",
                ),
            )

    def quotes(text: str) -> Iterator[Any]:
        for m in re.finditer(r'"([^"\n]+)"', text):
            yield (
                m.start(),
                m.end(),
                [f"“{m.group(1)}”"],
                "Use curly quotation marks: <suggestion>“…”</suggestion>.",
                _rule("EN_QUOTES", "Smart quotes (“”)", "typographical", "TYPOGRAPHY"),
            )

    def very_unique(text: str) -> Iterator[Any]:
        for m in re.finditer(r"\bvery unique\b", text):
            yield (
                m.start(),
                m.end(),
                ["unique"],
                "‘Unique’ cannot be graded; consider removing ‘very’.",
                _rule("VERY_UNIQUE", "very unique (unique)", "style", "REDUNDANCY"),
            )

    return [
        (spell_id, False, spelling),
        ("EN_A_VS_AN", False, a_vs_an),
        ("WHITESPACE_RULE", False, whitespace),
        ("COMMA_PARENTHESIS_WHITESPACE", False, comma_space),
        ("COULD_OF", False, could_of),
        ("UPPERCASE_SENTENCE_START", False, sentence_start),
        ("EN_QUOTES", False, quotes),
        ("VERY_UNIQUE", True, very_unique),
    ]


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    left = 0 if left < 0 else left + (2 if text[left] == "." else 1)
    right = min(
        [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0], default=len(text)
    )
    return text[left : right + (1 if right < len(text) and text[right] == "." else 0)]


def find_matches(
    text: str, language: str = "en-US", disabled: frozenset[str] = frozenset(), picky: bool = False
) -> list[dict[str, Any]]:
    """What this double reports for ``text``, in LanguageTool's JSON shape."""
    found = []
    for rule_id, picky_only, finder in _finders(language):
        if rule_id in disabled or (picky_only and not picky):
            continue
        for start, end, replacements, message, rule in finder(text):
            ctx_start = max(0, start - 40)
            ctx_end = min(len(text), end + 40)
            found.append(
                {
                    "message": message,
                    "shortMessage": "",
                    "replacements": [{"value": v} for v in replacements],
                    "offset": utf16(text[:start]),
                    "length": utf16(text[start:end]),
                    "context": {
                        "text": text[ctx_start:ctx_end],
                        "offset": utf16(text[ctx_start:start]),
                        "length": utf16(text[start:end]),
                    },
                    "sentence": _sentence(text, start, end),
                    "type": {"typeName": "Other"},
                    "rule": rule,
                    "ignoreForIncompleteSentence": False,
                    "contextForSureMatch": 0,
                }
            )
    found.sort(key=lambda m: (m["offset"], m["length"]))
    return found


def nonsense_matches(text: str) -> list[dict[str, Any]]:
    """Matches with offsets no text has: what a buggy server or proxy might send."""
    size = utf16(text)
    spans = [(0, 0), (3, 0), (-5, 2), (2, -1), (size, 3), (size + 10, 1), (size - 1, 50)]
    spans += [("x", 1), (None, 1), (1.5, 2)]
    emoji = text.find("😀")
    if emoji >= 0:  # start or end inside the emoji's surrogate pair
        at = utf16(text[:emoji])
        spans += [(at + 1, 2), (at, 1)]
    out = []
    for offset, length in spans:
        out.append(
            {
                "message": "Nonsense.",
                "shortMessage": "",
                "replacements": [{"value": "x"}],
                "offset": offset,
                "length": length,
                "context": {"text": text[:40], "offset": 0, "length": 0},
                "sentence": text[:40],
                "rule": _rule("NONSENSE", "nonsense", "misspelling", "TYPOS"),
            }
        )
    return out


class FakeLanguageTool:
    """The double, serving on 127.0.0.1 (an ephemeral port unless ``port`` is given)."""

    def __init__(
        self,
        *,
        delay: float = 0.0,
        hold: bool = False,
        status: int = 200,
        port: int = 0,
        nonsense: bool = False,
    ) -> None:
        self.delay = delay
        self._released = threading.Event()
        if not hold:
            self._released.set()
        self.status = status
        self.nonsense = nonsense
        self.requests: list[dict[str, str]] = []
        self.files: dict[str, bytes] = {}
        self.received = threading.Event()
        self._stop = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """Its base address, as a user would enter it."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeLanguageTool:
        """Serve in a background thread."""
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="fake-languagetool",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving (a delayed answer is cut short)."""
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def release(self) -> None:
        """Let held checks (``hold=True``) be answered, now and from now on."""
        self._released.set()

    def serve_forever(self) -> None:
        """Serve in this thread (for the script)."""
        self._httpd.serve_forever()

    def __enter__(self) -> FakeLanguageTool:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _send(self, status: int, body: bytes, ctype: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _json(self, data: Any) -> None:
                self._send(200, json.dumps(data).encode("utf-8"), "application/json; charset=utf-8")

            def _text(self, status: int, text: str) -> None:
                self._send(status, text.encode("utf-8"), "text/plain; charset=utf-8")

            def do_GET(self) -> None:
                parsed = urllib.parse.urlsplit(self.path)
                if parsed.path == "/v2/languages":
                    self._json(LANGUAGES)
                elif parsed.path == "/v2/healthcheck":
                    self._text(200, "OK")
                elif parsed.path == "/v2/check":
                    self._check(urllib.parse.parse_qs(parsed.query))
                elif parsed.path.startswith("/files/") and parsed.path[7:] in fake.files:
                    self._send(200, fake.files[parsed.path[7:]], "application/zip")
                else:
                    self._text(404, "Error: This is not a valid API endpoint")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8")
                if urllib.parse.urlsplit(self.path).path != "/v2/check":
                    self._text(404, "Error: This is not a valid API endpoint")
                    return
                self._check(urllib.parse.parse_qs(body, keep_blank_values=True))

            def _check(self, query: dict[str, list[str]]) -> None:
                form = {k: v[-1] for k, v in query.items()}
                fake.requests.append(form)
                fake.received.set()
                if fake.delay and fake._stop.wait(fake.delay):
                    return  # shutting down
                while not fake._released.wait(0.05):
                    if fake._stop.is_set():
                        return  # shutting down
                if fake.status != 200:
                    self._text(fake.status, "Error: Internal Error: the fake failed on purpose")
                    return
                if "text" not in form and "data" not in form:
                    self._text(400, "Error: Missing 'text' or 'data' parameter")
                    return
                language = form.get("language", "")
                known = {lang["longCode"] for lang in LANGUAGES}
                if language not in known:
                    self._text(
                        400,
                        f"Error: '{language}' is not a language code known to "
                        "LanguageTool. Supported language codes are: en-US, en-GB, ...",
                    )
                    return
                disabled = frozenset(r for r in form.get("disabledRules", "").split(",") if r)
                picky = form.get("level") == "picky"
                text = form.get("text", "")
                name = next(lg["name"] for lg in LANGUAGES if lg["longCode"] == language)
                self._json(
                    {
                        "software": SOFTWARE,
                        "warnings": {"incompleteResults": False},
                        "language": {
                            "name": name,
                            "code": language,
                            "detectedLanguage": {
                                "name": name,
                                "code": language,
                                "confidence": 0.99,
                            },
                        },
                        "matches": find_matches(text, language, disabled, picky)
                        + (nonsense_matches(text) if fake.nonsense else []),
                    }
                )

        return Handler


@pytest.fixture(name="fake_lt_server")
def fake_lt_server_fixture(request: pytest.FixtureRequest) -> Iterator[FakeLanguageTool]:
    """A running :class:`FakeLanguageTool`; parametrise indirectly with its keyword
    arguments (``{"delay": 10}``) or change ``.delay`` / ``.status`` in the test."""
    params = getattr(request, "param", None) or {}
    server = FakeLanguageTool(**params).start()
    try:
        yield server
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> None:
    """Serve the double in the foreground: ``python fake_languagetool.py --port N``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--port", "-p", type=int, default=8081)
    parser.add_argument("--delay", type=float, default=0.0)
    args, _unknown = parser.parse_known_args(argv)
    FakeLanguageTool(port=args.port, delay=args.delay).serve_forever()


if __name__ == "__main__":
    main()
