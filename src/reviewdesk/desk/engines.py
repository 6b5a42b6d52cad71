"""The engines as the window sees them: which there are, their settings, LanguageTool's
setup. The window reaches the engines only through here and the checker service, so an
engine's module can move or change without touching a widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewdesk.core.engines.registry import (
    BUILTIN_ENGINES,
    LANGUAGETOOL,
    EngineSettings,
    EngineSpec,
    build_slow_pipeline,
    engine_settings_dict,
    engine_settings_from,
    has_slow_engines,
)

if TYPE_CHECKING:
    from reviewdesk.core.engines.languagetool.client import LanguageToolClient
    from reviewdesk.core.engines.languagetool.install import (
        download_languagetool,
        install_languagetool_zip,
    )
    from reviewdesk.core.engines.languagetool.local import (
        default_install_root,
        find_installation,
        installed_versions,
        require_java,
    )

# LanguageTool's client and setup are imported when first asked for (the dialogs do):
# the window's start does without them (issue 14, a sooner first highlight)
_LANGUAGETOOL = (
    "LanguageToolClient",
    "default_install_root",
    "download_languagetool",
    "find_installation",
    "install_languagetool_zip",
    "installed_versions",
    "require_java",
)

__all__ = [
    "BUILTIN_ENGINES",
    "LANGUAGETOOL",
    "EngineSettings",
    "EngineSpec",
    "LanguageToolClient",
    "build_slow_pipeline",
    "default_install_root",
    "download_languagetool",
    "engine_settings_dict",
    "engine_settings_from",
    "find_installation",
    "has_slow_engines",
    "install_languagetool_zip",
    "installed_versions",
    "require_java",
]


def __getattr__(name: str) -> object:
    """LanguageTool's names, imported on first use (PEP 562)."""
    if name not in _LANGUAGETOOL:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from reviewdesk.core.engines.languagetool import client, install, local

    for module in (client, install, local):
        if hasattr(module, name):
            value: object = getattr(module, name)
            globals()[name] = value
            return value
    raise AttributeError(name)  # pragma: no cover - every name above is in one of them
