"""The status bar's lasting parts: engine errors, the article's review status, its length
against its target, the issue counts and whether the checker is busy.

The length is a flat button ("612 / 600 words (+12)", the overrun in the warning colour):
clicking it (or Review ▸ Target length…) sets the length the article should have.

"Checking…" shows at once; the moving bar beside it only once a check has gone on for
:data:`BAR_AFTER_MS`. Qt's styles move a bar with no known progress sixty times a second,
each frame a paint of the bar and the status bar around it: a start's first check
(Harper's highlights ~1.2 s after the window shows) spent ~20 ms of the UI thread's CPU on
it while Harper's spelling tables were built on the other core, and every keystroke's
re-check flashed the bar on and off (issue 14, the window's own start).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from reviewdesk.core.models import Article, ArticleStatus
from reviewdesk.desk.length import Length
from reviewdesk.gui.elided_label import ElidedLabel
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.palette import LIGHT, Colours, review_status_label

STARTING = QT_TRANSLATE_NOOP("StatusLine", "Starting checker…")

# A check (or the checker's start) shows the moving bar once it has lasted this long: a
# shorter wait has "Checking…" alone, and a bar that moves for less than a second says
# nothing the label does not.
BAR_AFTER_MS = 1000


def length_text(length: Length) -> str:
    """ "612 words", "612 / 600 words (+12)", "412 / 600 words"."""
    if not length.target:
        if length.words == 1:
            return translate("StatusLine", "1 word")
        return translate("StatusLine", "{words:,} words").format(words=length.words)
    shown = translate("StatusLine", "{words:,} / {target:,} words").format(
        words=length.words, target=length.target
    )
    if length.over:
        return translate("StatusLine", "{length} (+{over:,})").format(
            length=shown, over=length.over
        )
    return shown


def length_tip(length: Length) -> str:
    """What the count means, and that a click sets the target."""
    if not length.target:
        return translate(
            "StatusLine", "Words in the draft; click to set the length the article should have"
        )
    if length.over:
        return translate(
            "StatusLine", "{over:,} words over the target of {target:,}; click to change it"
        ).format(over=length.over, target=length.target)
    if length.short:
        return translate(
            "StatusLine", "{short:,} words to the target of {target:,}; click to change it"
        ).format(short=length.short, target=length.target)
    return translate(
        "StatusLine", "Exactly the target of {target:,} words; click to change it"
    ).format(target=length.target)


class StatusLine:
    """The permanent widgets of ``bar``, and what they show."""

    def __init__(self, bar: QStatusBar) -> None:
        self.colours: Colours = LIGHT
        self.counts = ElidedLabel("")
        self.counts.setObjectName("countsLabel")
        self.engine = ElidedLabel("")
        self.engine.setObjectName("engineLabel")
        self.status = QLabel("")
        self.status.setObjectName("articleStatusLabel")
        self.status.setToolTip(
            translate("StatusLine", "Where the article is in review (Review ▸ Mark as done)")
        )
        self.words = QToolButton()
        self.words.setObjectName("wordCount")
        self.words.setAutoRaise(True)
        self.words.setAccessibleName(translate("StatusLine", "Length of the draft"))
        self.words.setVisible(False)
        self.busy = QLabel(translate("StatusLine", STARTING))
        self.busy.setObjectName("busyLabel")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(90)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setAccessibleName(translate("StatusLine", "Checking"))
        self.busy_bar.setVisible(False)
        # shows the moving bar once the wait has lasted BAR_AFTER_MS (see the module)
        self.bar_soon = QTimer(self.busy_bar)
        self.bar_soon.setSingleShot(True)
        self.bar_soon.setInterval(BAR_AFTER_MS)
        self.bar_soon.timeout.connect(self._show_moving_bar)
        self.length = Length(0)
        for widget in (
            self.engine,
            self.status,
            self.words,
            self.counts,
            self.busy,
            self.busy_bar,
        ):
            bar.addPermanentWidget(widget)
        self._moving_bar_soon()  # the window's checker is starting

    def set_colours(self, colours: Colours) -> None:
        """Warnings in the scheme's warning colour."""
        self.colours = colours
        self.engine.setStyleSheet(f"color: {colours.warning};")
        self.show_length(self.length)

    def show_article(self, article: Article | None) -> bool:
        """The article's review status; whether it is done."""
        status = str(article.status) if article is not None else ""
        self.status.setText(
            translate("StatusLine", "Status: {status}").format(status=review_status_label(status))
            if status
            else ""
        )
        self.words.setVisible(article is not None)
        return status == ArticleStatus.DONE

    def show_length(self, length: Length) -> None:
        """ "612 / 600 words (+12)", the overrun in the warning colour."""
        self.length = length
        self.words.setText(length_text(length))
        self.words.setToolTip(length_tip(length))
        self.words.setStyleSheet(
            f"QToolButton {{ color: {self.colours.warning}; font-weight: bold; }}"
            if length.over
            else ""
        )

    def starting(self) -> None:
        """A new checker is starting."""
        self.busy.setText(translate("StatusLine", STARTING))
        self._moving_bar_soon()

    def set_busy(self, busy: bool) -> None:
        """Checking, or idle."""
        self.busy.setText(translate("StatusLine", "Checking…") if busy else "")
        if busy:
            self._moving_bar_soon()
        else:
            self.bar_soon.stop()
            self.busy_bar.setVisible(False)

    def _moving_bar_soon(self) -> None:
        """The moving bar, now if it shows already (a long check's progress becomes a
        moving bar again), else once the wait has lasted :data:`BAR_AFTER_MS`."""
        if not self.busy_bar.isHidden():
            self._show_moving_bar()
        elif not self.bar_soon.isActive():
            self.bar_soon.start()

    def _show_moving_bar(self) -> None:
        self.busy_bar.setRange(0, 0)  # no progress known (yet): a moving bar
        self.busy_bar.setVisible(True)

    def set_progress(self, fraction: float) -> None:
        """A long article's check: how far it has got (shown at once: a check that
        reports progress is a long one, and a bar that only fills is not redrawn sixty
        times a second)."""
        self.bar_soon.stop()
        percent = max(0, min(100, int(fraction * 100)))
        self.busy_bar.setRange(0, 100)
        self.busy_bar.setValue(percent)
        self.busy_bar.setVisible(True)
        self.busy.setText(translate("StatusLine", "Checking… {percent}%").format(percent=percent))
