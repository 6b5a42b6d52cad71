"""Values stored as JSON text in the library's tables (settings, the style sheet).

Apart from :mod:`reviewdesk.store.rows` (which converts the models' rows) so that the
settings can be read before the checker's launch without the models
(:mod:`reviewdesk.store.peek`; issue 14, the first highlights).
"""

from __future__ import annotations

import json
import logging
from typing import Any

log = logging.getLogger(__name__)


def to_json(value: object) -> str:
    """``value`` as JSON text; a plain ValueError when it cannot be stored."""
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"cannot store this value as JSON: {exc}") from exc


def from_json(text: str | None, default: Any = None) -> Any:
    """JSON text back to a value; ``default`` for NULL or damaged JSON (logged)."""
    if text is None:
        return default
    try:
        return json.loads(text)
    except ValueError:
        log.warning("ignoring a damaged JSON value in the library: %.60r", text)
        return default
