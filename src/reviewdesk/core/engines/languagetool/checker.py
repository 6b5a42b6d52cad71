"""LanguageTool behind the checker protocol: a desk's server, or a local install.

Paragraphs are checked in batches: joined with a blank line into requests of about
20,000 characters, and the matches mapped back to their paragraphs. LanguageTool
speaks UTF-16 offsets; :func:`_span` converts a match's offset *and* its end with
:class:`~reviewdesk.core.text.Utf16Map`, the one place this happens. (The
``language_tool_python`` traps, for the record: its ``Match`` converts the start but not
the length nor ``offset_in_context``; we use neither it nor the context offsets.)

Nothing touches the network or starts a process until the first ``check``. Checking is
bounded (connect 3 s, answer ``timeout`` s), and can be cancelled at any time: through
the check's :class:`~reviewdesk.core.checker.CancelToken`, ``is_cancelled`` (a callable),
or :meth:`LanguageToolChecker.cancel` / :meth:`~LanguageToolChecker.close` from another
thread; the check then raises
:class:`~reviewdesk.core.pipeline.Cancelled`.
"""

from __future__ import annotations

import bisect
import logging
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from reviewdesk.core.checker import (
    NEVER,
    BaseChecker,
    CancelToken,
    Capability,
    CheckContext,
    CheckerError,
    Scope,
)
from reviewdesk.core.engines.languagetool.categories import (
    category_for,
    clean_message,
    is_misspelling,
    severity_for,
)
from reviewdesk.core.engines.languagetool.client import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_READ_TIMEOUT,
    LanguageToolClient,
)
from reviewdesk.core.models import Issue, make_issue
from reviewdesk.core.pipeline import Cancelled
from reviewdesk.core.text import Utf16Map

log = logging.getLogger(__name__)

ENGINE = "languagetool"
SEPARATOR = "\n\n"
MAX_REQUEST_CHARS = 20_000
MAX_REPLACEMENTS = 5
# The first check on a freshly started local server loads its language data.
_WARM_UP_TIMEOUT = 120.0


def batches(texts: Sequence[str], max_chars: int = MAX_REQUEST_CHARS) -> list[list[int]]:
    """Group the indices of non-blank texts into requests of at most ``max_chars``.

    A single text longer than ``max_chars`` goes alone.
    """
    groups: list[list[int]] = []
    current: list[int] = []
    size = 0
    for i, text in enumerate(texts):
        if not text.strip():
            continue
        extra = len(text) + (len(SEPARATOR) if current else 0)
        if current and size + extra > max_chars:
            groups.append(current)
            current, size = [], 0
            extra = len(text)
        current.append(i)
        size += extra
    if current:
        groups.append(current)
    return groups


def _span(umap: Utf16Map, match: Mapping[str, Any]) -> tuple[int, int] | None:
    """The match's code-point span: UTF-16 offset and offset + length, both converted.

    None for offsets no real match has (LanguageTool never sends them, but a buggy server
    or proxy might): not whole numbers, negative, zero length, or inside an emoji's
    surrogate pair. A span past the end of the text is the caller's to drop.
    """
    offset, length = match.get("offset"), match.get("length")
    if not (isinstance(offset, int) and isinstance(length, int)) or isinstance(offset, bool):
        return None
    if offset < 0 or length <= 0:
        return None
    start, end = umap.to_py(offset), umap.to_py(offset + length)
    if umap.to_utf16(start) != offset or umap.to_utf16(end) != offset + length:
        return None  # splits a character in two
    return start, end


def _in_dictionary(word: str, words: frozenset[str]) -> bool:
    """Whether a flagged word is in the user's dictionaries (also capitalised or possessive)."""
    if not words or not word:
        return False
    candidates = {word, word.strip()}
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            candidates.add(word[: -len(suffix)])
    for w in list(candidates):
        if w[:1].isupper():
            candidates.add(w[:1].lower() + w[1:])
    return any(c in words for c in candidates)


class LanguageToolChecker(BaseChecker):
    """LanguageTool as a paragraph-scoped, batched checker.

    ``url`` is a LanguageTool server (the desk's own); without it, a local install is
    started with Java: ``path`` is a LanguageTool folder (or a folder of
    ``LanguageTool-<version>`` folders), defaulting to where ``language_tool_python``
    keeps them. ``disabled_rules`` are sent to the server as ``disabledRules``; ``picky``
    (or ``ctx.picky``) asks for ``level=picky``. Call :meth:`close` when done: it stops
    a local server.
    """

    capabilities = frozenset({Capability.CANCELS, Capability.HOLDS_RESOURCES})

    name = ENGINE
    scope: Scope = "paragraph"

    def __init__(
        self,
        url: str = "",
        path: str = "",
        *,
        timeout: float = DEFAULT_READ_TIMEOUT,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        picky: bool = False,
        disabled_rules: Iterable[str] = (),
        mother_tongue: str = "",
        max_request_chars: int = MAX_REQUEST_CHARS,
        is_cancelled: Callable[[], bool] | None = None,
        state_file: Path | None = None,
        startup_timeout: float = 90.0,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.url = url.strip()
        self.path = path.strip()
        self.timeout = timeout if timeout and timeout > 0 else DEFAULT_READ_TIMEOUT
        self.connect_timeout = connect_timeout
        self.picky = picky
        self.disabled_rules: tuple[str, ...] = tuple(
            sorted({r.strip() for r in disabled_rules if r and r.strip()})
        )
        self.mother_tongue = mother_tongue
        self.max_request_chars = max(1000, int(max_request_chars))
        self.is_cancelled = is_cancelled
        self.state_file = state_file
        self.startup_timeout = startup_timeout
        self._env = env
        self._client: LanguageToolClient | None = None
        self._server: Any = None  # languagetool.local.LocalServer, imported lazily
        self._warm = False
        self._lock = threading.Lock()
        self._token: threading.Event | None = None
        self._closed = threading.Event()

    @property
    def is_local(self) -> bool:
        """Whether this checker runs its own server rather than using a URL."""
        return not self.url

    # -- cancellation -------------------------------------------------------------

    def cancel(self) -> None:
        """Abandon the check in progress, if any (safe to call from any thread)."""
        with self._lock:
            if self._token is not None:
                self._token.set()

    def close(self) -> None:
        """Abandon any check in progress and stop a local server we started."""
        self._closed.set()
        self.cancel()
        server, self._server = self._server, None
        self._client = None
        if server is not None:
            server.stop()

    def _cancel_check(self, token: threading.Event, cancel: CancelToken) -> Callable[[], bool]:
        def cancelled() -> bool:
            if token.is_set() or self._closed.is_set() or cancel.cancelled:
                return True
            return bool(self.is_cancelled is not None and self.is_cancelled())

        return cancelled

    # -- checking -----------------------------------------------------------------

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        """Check the texts in as few requests as fit; offsets relative to each text."""
        if self._closed.is_set():
            raise CheckerError("LanguageTool was closed")
        token = threading.Event()
        with self._lock:
            self._token = token
        cancelled = self._cancel_check(token, cancel)
        try:
            out: list[list[Issue]] = [[] for _ in texts]
            groups = batches(texts, self.max_request_chars)
            if not groups:
                return out
            client = self._ensure_client(cancelled, ctx.language)
            for group in groups:
                if cancelled():
                    raise Cancelled
                self._check_group(client, texts, group, ctx, cancelled, out)
            return out
        finally:
            with self._lock:
                if self._token is token:
                    self._token = None

    def _check_group(
        self,
        client: LanguageToolClient,
        texts: Sequence[str],
        group: list[int],
        ctx: CheckContext,
        cancelled: Callable[[], bool],
        out: list[list[Issue]],
    ) -> None:
        joined = SEPARATOR.join(texts[i] for i in group)
        starts: list[int] = []
        pos = 0
        for i in group:
            starts.append(pos)
            pos += len(texts[i]) + len(SEPARATOR)
        matches = client.check(
            joined,
            language=ctx.language,
            disabled_rules=self.disabled_rules,
            picky=self.picky or ctx.picky,
            mother_tongue=self.mother_tongue,
            is_cancelled=cancelled,
            timeout=None if self._warm else self._first_timeout(),
        )
        self._warm = True
        umap = Utf16Map(joined)
        for match in matches:
            span = _span(umap, match)
            if span is None or span[1] > len(joined) or span[0] > span[1]:
                log.debug("LanguageTool match outside the text: %s", match)
                continue
            k = bisect.bisect_right(starts, span[0]) - 1
            rel_start, rel_end = span[0] - starts[k], span[1] - starts[k]
            own = texts[group[k]]
            if rel_end > len(own):
                continue  # runs over the separator: not about this paragraph alone
            issue = self._issue(own, rel_start, rel_end, match, ctx.words)
            if issue is not None:
                out[group[k]].append(issue)

    def _first_timeout(self) -> float | None:
        return max(self.timeout, _WARM_UP_TIMEOUT) if self.is_local else None

    def _issue(
        self, text: str, start: int, end: int, match: Mapping[str, Any], words: frozenset[str]
    ) -> Issue | None:
        rule = match.get("rule")
        rule = rule if isinstance(rule, Mapping) else {}
        flagged = text[start:end]
        if is_misspelling(rule) and _in_dictionary(flagged, words):
            return None
        raw = match.get("replacements")
        replacements = [
            r["value"]
            for r in (raw if isinstance(raw, list) else [])
            if isinstance(r, Mapping) and isinstance(r.get("value"), str)
        ][:MAX_REPLACEMENTS]
        category = category_for(rule, flagged, replacements)
        rule_id = str(rule.get("id") or "LANGUAGETOOL")
        message = clean_message(
            str(
                match.get("message")
                or match.get("shortMessage")
                or rule.get("description")
                or rule_id
            )
        )
        return make_issue(
            text,
            start,
            end,
            category=category,
            rule=rule_id,
            engine=ENGINE,
            message=message,
            replacements=replacements,
            severity=severity_for(category),
        )

    # -- the server ---------------------------------------------------------------

    def _ensure_client(self, cancelled: Callable[[], bool], language: str) -> LanguageToolClient:
        if not self.is_local:
            if self._client is None:
                self._client = LanguageToolClient(
                    self.url, timeout=self.timeout, connect_timeout=self.connect_timeout
                )
                self._warm = True
            return self._client
        server = self._server
        if server is not None and server.running and self._client is not None:
            return self._client
        if server is not None:
            log.warning("the local LanguageTool server stopped; starting it again")
            server.stop()
            self._server = None
        self._client = None
        self._warm = False
        from reviewdesk.core.engines.languagetool.local import (
            LocalServer,
            find_installation,
            require_java,
        )

        jar = find_installation(self.path or None, self._env)
        java = require_java(self._env)
        server = LocalServer(jar, java, state_file=self.state_file)
        self._server = server  # so that close() from another thread can stop it
        try:
            url = server.start(startup_timeout=self.startup_timeout, is_cancelled=cancelled)
        except BaseException:
            self._server = None
            raise
        if self._closed.is_set():
            server.stop()
            raise Cancelled
        self._client = LanguageToolClient(
            url, timeout=self.timeout, connect_timeout=self.connect_timeout
        )
        return self._client

    def probe(self, timeout: float = 5.0) -> str:
        """Check that the configured server answers; a one-line description of it.

        For a settings dialog's "Test" button. Raises :class:`CheckerError`.
        """
        if self.is_local:
            from reviewdesk.core.engines.languagetool.local import find_installation, require_java

            jar = find_installation(self.path or None, self._env)
            require_java(self._env)
            return f"LanguageTool at {jar.parent}"
        client = LanguageToolClient(self.url, timeout=timeout, connect_timeout=self.connect_timeout)
        languages = client.languages()
        codes = {str(lang.get("longCode") or lang.get("code") or "") for lang in languages}
        english = sorted(c for c in codes if c.startswith("en-"))
        return f"LanguageTool at {client.base_url}: {len(codes)} languages" + (
            f" ({', '.join(english)})" if english else ""
        )
