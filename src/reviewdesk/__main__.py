"""``python -m reviewdesk``: the command line (``reviewdesk --help``)."""

from reviewdesk.cli import main

raise SystemExit(main())
