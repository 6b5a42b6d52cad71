"""A small client for LanguageTool's documented HTTP API (``/v2/check`` and friends).

We talk HTTP ourselves instead of going through ``language_tool_python.LanguageTool``,
whose request timeout is a fixed 300 s and which lets a bare
``requests.exceptions.ConnectionError`` escape when the server is down. Here:

- every request has a connect timeout (default 3 s) and a read timeout (default 15 s),
  plus an overall deadline, so a slow server can never hold a check for longer;
- a request runs in a short-lived helper thread while the caller polls
  ``is_cancelled``, so a check can be abandoned at once, even mid-request;
- every failure becomes a :class:`CheckerError` with a plain message.

Offsets in the answer are UTF-16 code units; converting them is the caller's job
(``languagetool.py``, in one place).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable
from typing import Any

from reviewdesk.core.checker import CheckerError
from reviewdesk.core.pipeline import Cancelled

log = logging.getLogger(__name__)

DEFAULT_CONNECT_TIMEOUT = 3.0
DEFAULT_READ_TIMEOUT = 15.0
# An answer larger than this is not LanguageTool's.
MAX_RESPONSE_BYTES = 32 * 1024 * 1024
_POLL_INTERVAL = 0.05
_USER_AGENT = "reviewdesk (LanguageTool client)"


def normalize_url(url: str) -> str:
    """The server's base address (``http://host:port`` plus any path prefix, no ``/v2``).

    Accepts what people type: ``host:8081``, ``http://host:8081/``, ``.../v2``,
    ``.../v2/check``. Raises :class:`CheckerError` for an address that cannot work.
    """
    raw = url.strip()
    if not raw:
        raise CheckerError("No LanguageTool server address is set")
    candidate = raw if "://" in raw else f"http://{raw}"
    try:
        parts = urllib.parse.urlsplit(candidate)
        _ = parts.port  # raises ValueError on a bad port
    except ValueError as exc:
        raise CheckerError(f"The LanguageTool server address is not valid: {raw}") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CheckerError(f"The LanguageTool server address is not valid: {raw}")
    path = parts.path.rstrip("/")
    for suffix in ("/v2/check", "/v2"):
        if path.endswith(suffix):
            path = path[: -len(suffix)]
            break
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def is_loopback(url: str) -> bool:
    """Whether ``url`` points at this machine (then proxies from the environment are skipped)."""
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class LanguageToolClient:
    """Requests to one LanguageTool server, bounded in time and cancellable."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = DEFAULT_READ_TIMEOUT,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    ) -> None:
        self.base_url = normalize_url(url)
        self.timeout = float(timeout) if timeout and timeout > 0 else DEFAULT_READ_TIMEOUT
        self.connect_timeout = (
            float(connect_timeout) if connect_timeout and connect_timeout > 0 else 3.0
        )
        self._trust_env = not is_loopback(self.base_url)

    def check(
        self,
        text: str,
        *,
        language: str,
        disabled_rules: Iterable[str] = (),
        picky: bool = False,
        mother_tongue: str = "",
        is_cancelled: Callable[[], bool] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """``POST /v2/check``: the raw matches (offsets in UTF-16 code units)."""
        data = {"text": text, "language": language}
        rules = ",".join(sorted({r for r in disabled_rules if r}))
        if rules:
            data["disabledRules"] = rules
        if picky:
            data["level"] = "picky"
        if mother_tongue:
            data["motherTongue"] = mother_tongue
        answer = self._json("POST", "/v2/check", data, is_cancelled, timeout)
        matches = answer.get("matches") if isinstance(answer, dict) else None
        if not isinstance(matches, list):
            raise CheckerError(
                f"The server at {self.base_url} did not answer like a LanguageTool server"
            )
        warnings = answer.get("warnings")
        if isinstance(warnings, dict) and warnings.get("incompleteResults"):
            # Partial results would be cached as if complete; better to say so.
            raise CheckerError(
                "LanguageTool ran out of time on this text and gave incomplete results"
            )
        return [m for m in matches if isinstance(m, dict)]

    def languages(
        self, *, is_cancelled: Callable[[], bool] | None = None, timeout: float | None = None
    ) -> list[dict[str, Any]]:
        """``GET /v2/languages``: the languages the server supports."""
        answer = self._json("GET", "/v2/languages", None, is_cancelled, timeout)
        if not isinstance(answer, list):
            raise CheckerError(
                f"The server at {self.base_url} did not answer like a LanguageTool server"
            )
        return [lang for lang in answer if isinstance(lang, dict)]

    def healthcheck(
        self, *, is_cancelled: Callable[[], bool] | None = None, timeout: float | None = None
    ) -> None:
        """``GET /v2/healthcheck``; raises :class:`CheckerError` unless the server is well."""
        self._request("GET", "/v2/healthcheck", None, is_cancelled, timeout)

    # -- plumbing -------------------------------------------------------------------

    def _json(
        self,
        method: str,
        path: str,
        data: dict[str, str] | None,
        is_cancelled: Callable[[], bool] | None,
        timeout: float | None,
    ) -> Any:
        body = self._request(method, path, data, is_cancelled, timeout)
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise CheckerError(
                f"The server at {self.base_url} did not answer like a LanguageTool server"
            ) from exc

    def _request(
        self,
        method: str,
        path: str,
        data: dict[str, str] | None,
        is_cancelled: Callable[[], bool] | None,
        timeout: float | None,
    ) -> bytes:
        """Run one request in a helper thread; return the body of a 2xx answer."""
        read_timeout = self.timeout if timeout is None else timeout
        url = self.base_url + path
        box: dict[str, Any] = {}
        done = threading.Event()

        def run() -> None:
            try:
                box["answer"] = self._fetch(method, url, data, read_timeout)
            except BaseException as exc:  # handed over to the waiting thread
                box["error"] = exc
            finally:
                done.set()

        if is_cancelled is not None and is_cancelled():
            raise Cancelled
        worker = threading.Thread(target=run, name="languagetool-request", daemon=True)
        worker.start()
        # requests' read timeout is per socket read; this bounds the whole exchange.
        deadline = time.monotonic() + self.connect_timeout + read_timeout + 1.0
        while not done.wait(_POLL_INTERVAL):
            if is_cancelled is not None and is_cancelled():
                log.debug("LanguageTool request to %s abandoned: cancelled", url)
                raise Cancelled
            if time.monotonic() > deadline:
                raise CheckerError(f"LanguageTool did not answer within {read_timeout:g} s")
        if is_cancelled is not None and is_cancelled():
            raise Cancelled
        error = box.get("error")
        if error is not None:
            if isinstance(error, CheckerError):
                raise error
            raise CheckerError(self._describe(error, read_timeout)) from error
        status, body = box["answer"]
        if status >= 400:
            raise CheckerError(self._describe_status(status, body))
        return bytes(body)

    def _fetch(
        self, method: str, url: str, data: dict[str, str] | None, read_timeout: float
    ) -> tuple[int, bytes]:
        import requests  # here, not at import: the window starts without it (~0.1 s)

        with requests.Session() as session:
            session.trust_env = self._trust_env
            response = session.request(
                method,
                url,
                data=data,
                timeout=(self.connect_timeout, read_timeout),
                headers={"User-Agent": _USER_AGENT, "Accept": "application/json"},
                stream=True,
                allow_redirects=True,
            )
            with response:
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_content(chunk_size=64 * 1024):
                    size += len(chunk)
                    if size > MAX_RESPONSE_BYTES:
                        raise CheckerError(
                            f"The server at {self.base_url} sent far too much data; "
                            "it does not look like a LanguageTool server"
                        )
                    chunks.append(chunk)
                return response.status_code, b"".join(chunks)

    def _describe(self, exc: BaseException, read_timeout: float) -> str:
        """A plain message for a failed request."""
        from requests import exceptions

        where = self.base_url
        if isinstance(exc, exceptions.ConnectTimeout):
            return (
                f"LanguageTool server not reachable at {where} "
                f"(no connection within {self.connect_timeout:g} s)"
            )
        if isinstance(exc, exceptions.Timeout):
            return f"LanguageTool did not answer within {read_timeout:g} s"
        if isinstance(exc, exceptions.SSLError):
            return f"Could not make a secure connection to the LanguageTool server at {where}"
        if isinstance(exc, exceptions.ProxyError):
            return f"LanguageTool server not reachable at {where} (the proxy refused)"
        if isinstance(exc, exceptions.ConnectionError):
            return f"LanguageTool server not reachable at {where}"
        if isinstance(exc, exceptions.InvalidURL | exceptions.MissingSchema):
            return f"The LanguageTool server address is not valid: {where}"
        if isinstance(exc, exceptions.ChunkedEncodingError | exceptions.ContentDecodingError):
            return f"The answer from LanguageTool at {where} was cut off or garbled"
        log.warning("LanguageTool request failed: %r", exc)
        return f"The request to LanguageTool at {where} failed ({type(exc).__name__})"

    def _describe_status(self, status: int, body: bytes) -> str:
        """A plain message for an HTTP error answer."""
        where = self.base_url
        detail = body.decode("utf-8", "replace").strip().splitlines()
        first = detail[0][:200] if detail else ""
        first = first.removeprefix("Error: ").strip()
        if status == 400:
            return f"LanguageTool rejected the request: {first or 'bad request'}"
        if status in (401, 403):
            return f"The LanguageTool server at {where} refused access (HTTP {status})"
        if status == 404:
            return f"No LanguageTool server at {where} (HTTP 404); check the address"
        if status == 413:
            return "The text is too long for this LanguageTool server (HTTP 413)"
        if status == 429:
            return (
                f"The LanguageTool server at {where} is busy or limits requests "
                "(HTTP 429); try again later"
            )
        if status >= 500:
            suffix = f": {first}" if first else ""
            return f"The LanguageTool server at {where} failed (HTTP {status}){suffix}"
        return f"The LanguageTool server at {where} answered HTTP {status}"
