"""Where the library lives."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENV_VAR = "REVIEWDESK_LIBRARY"
FILE_NAME = "library.sqlite"


def default_library_path(env: Mapping[str, str] = os.environ) -> Path:
    """``$REVIEWDESK_LIBRARY`` if set, else ``library.sqlite`` in the user data directory."""
    override = env.get(ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path("reviewdesk", appauthor=False) / FILE_NAME
