"""The application layer: what the window and the CLI both do, written once, without Qt.

Opening and importing a file (:mod:`.opening`), what a check depends on and running it
(:mod:`.context`, :mod:`.checking`), the review decisions (:mod:`.operations`), typed
settings (:mod:`.settings`) and the engines the desk offers (:mod:`.engines`). The
window and ``reviewdesk`` commands call these; neither repeats their rules.
"""
