"""The engines as the window sees them: which there are, their settings, LanguageTool's
setup. The window reaches the engines only through here and the checker service, so an
engine's module can move or change without touching a widget.
"""

from __future__ import annotations

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
from reviewdesk.core.engines.registry import (
    BUILTIN_ENGINES,
    LANGUAGETOOL,
    EngineSettings,
    EngineSpec,
    build_slow_pipeline,
    engine_settings_dict,
    engine_settings_from,
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
    "install_languagetool_zip",
    "installed_versions",
    "require_java",
]
