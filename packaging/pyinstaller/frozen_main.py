"""The frozen app's entry point (PyInstaller): ``reviewdesk`` in ``dist/reviewdesk/``.

The same executable is the command line, the desktop app and, re-invoked with
``--reviewdesk-child MODULE ...``, its own child processes (the checker), because a
frozen app has no ``python -m``. ``multiprocessing.freeze_support()`` comes first so
that a library using multiprocessing's spawn method also finds its way back here.
"""

import multiprocessing
import sys


def main() -> int:
    """Dispatch to a child module or to the ``reviewdesk`` command line."""
    multiprocessing.freeze_support()
    from reviewdesk.core.processes import run_child_module

    status = run_child_module(sys.argv[1:])
    if status is not None:
        return status
    from reviewdesk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
