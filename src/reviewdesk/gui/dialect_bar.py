"""The bar above the panes that offers another dialect, as a browser offers to translate.

When an article opens and its web page or a clear majority of its spellings says another
English than the one it is checked in (:mod:`reviewdesk.desk.dialect`), the bar says so
with the counts and offers: switch (a re-check; the bar then offers to switch back),
keep the dialect (remembered for the article in the library), or always switch (the
desk's setting, also in Tools ▸ Checking settings; from then on an article is switched
as it opens and the status bar says so). Esc hides the bar; its buttons have mnemonics.

The guess reads the article's spellings against the British/American table, whose first
build takes ~0.4 s of CPU: it runs on a worker thread, on a snapshot of the draft, and an
answer for an article no longer open is dropped.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from reviewdesk.core.models import Article
from reviewdesk.desk.dialect import (
    DialectOffer,
    always_switch,
    article_offer,
    keep_dialect,
)
from reviewdesk.desk.settings import AUTO_SWITCH_DIALECT
from reviewdesk.gui.dialect_names import dialect_label, dialect_name
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.session import ReviewSession
from reviewdesk.store import StoreError

log = logging.getLogger(__name__)


def offer_text(offer: DialectOffer) -> str:
    """The bar's sentence: what the article looks like, the counts, and the question."""
    guess, name = offer.guess, dialect_name(offer.language)
    if guess.from_page:
        why = translate("DialectBar", "This article's web page says it is in {name}.").format(
            name=name
        )
    elif offer.language == "en-US":
        why = translate(
            "DialectBar",
            "This article looks American ({ours} American spellings, {theirs} British).",
        ).format(ours=guess.american, theirs=guess.british)
    else:
        why = translate(
            "DialectBar",
            "This article looks British ({ours} British spellings, {theirs} American).",
        ).format(ours=guess.british, theirs=guess.american)
    question = translate("DialectBar", "Check it as {name}?").format(name=name)
    return f"{why} {question}"


class DialectBar(QFrame):
    """The offer to check the open article in another dialect (see the module's docstring).

    ``switch`` changes the article's dialect the way the toolbar's language box does (so
    box and article stay in step); the bar never writes the language itself.
    """

    # (the guess's number, the offer or None), emitted from the guessing thread
    _guessed = Signal(int, object)

    def __init__(
        self,
        session: ReviewSession,
        switch: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.switch = switch
        self.offer: DialectOffer | None = None
        self.switched_from = ""  # the dialect before "Switch", for "Switch back"
        self._guess = 0  # the number of the latest guess; older answers are dropped
        self.deciding = False  # a guess is on its way
        self._guessed.connect(self._decided)
        self.setObjectName("dialectBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        role = QPalette.ColorRole
        palette.setColor(role.Window, palette.color(role.AlternateBase))
        self.setPalette(palette)
        self.text = QLabel(self)
        self.text.setObjectName("dialectText")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(translate("DialectBar", "Dialect"))
        self.switch_button = self._button("dialectSwitch", self._switch)
        self.switch_button.setAccessibleName(translate("DialectBar", "Switch the dialect"))
        self.keep_button = self._button("dialectKeep", self._keep)
        self.keep_button.setAccessibleName(translate("DialectBar", "Keep the dialect"))
        self.always_button = self._button("dialectAlways", self._always)
        self.always_button.setText(translate("DialectBar", "Alwa&ys switch"))
        self.always_button.setToolTip(
            translate(
                "DialectBar",
                "From now on, switch every article to the dialect its page or spellings "
                "show, without asking (Tools ▸ Checking settings turns this off)",
            )
        )
        self.back_button = self._button("dialectBack", self._switch_back)
        self.back_button.setText(translate("DialectBar", "Switch &back"))
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("dialectClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(translate("DialectBar", "Hide this offer (Esc)"))
        self.close_button.setAccessibleName(translate("DialectBar", "Hide the dialect offer"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        for widget in (
            self.switch_button,
            self.keep_button,
            self.always_button,
            self.back_button,
            self.close_button,
        ):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.dismiss)
        session.article_changed.connect(self.consider)
        self.hide()

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- deciding ---------------------------------------------------------------------

    def consider(self) -> None:
        """An article opened (or closed): guess its dialect off the UI thread."""
        self.offer, self.switched_from = None, ""
        self._guess += 1
        self.hide()
        article = self.session.article
        if article is None or self.session.read_only:
            self.deciding = False
            return
        self.deciding = True
        number = self._guess
        # a copy with its own meta: the UI thread may change the article's meanwhile
        snapshot = replace(article, meta=dict(article.meta))
        threading.Thread(
            target=self._work, args=(number, snapshot), name="dialect-guess", daemon=True
        ).start()

    def _work(self, number: int, article: Article) -> None:
        try:
            offer = article_offer(article)
        except Exception:  # a guess that fails offers nothing; it never takes the window down
            log.exception("could not guess the article's dialect")
            offer = None
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._guessed.emit(number, offer)

    def _decided(self, number: int, offer: DialectOffer | None) -> None:
        """The guess's answer, on the UI thread: offer, switch at once, or stay hidden."""
        if number != self._guess:
            return  # an article opened or closed since
        self.deciding = False
        if offer is None or self.session.article is None or self.session.read_only:
            return
        if always_switch(self.session.writes):
            self.switch(offer.language)
            self.session.message.emit(
                translate(
                    "DialectBar", "Checking as {name}, as the article's page or spellings show"
                ).format(name=dialect_name(offer.language))
            )
            return
        self.offer = offer
        self._show_offer(offer)

    def _show_offer(self, offer: DialectOffer) -> None:
        name, current = dialect_name(offer.language), dialect_name(offer.current)
        self.text.setText(offer_text(offer))
        self.text.setToolTip(
            translate("DialectBar", "Checked as {current} ({code}) now").format(
                current=current, code=offer.current
            )
        )
        self.switch_button.setText(translate("DialectBar", "&Switch to {name}").format(name=name))
        self.switch_button.setToolTip(
            translate("DialectBar", "Check this article as {label} from now on").format(
                label=dialect_label(offer.language)
            )
        )
        self.keep_button.setText(translate("DialectBar", "&Keep {name}").format(name=current))
        self.keep_button.setToolTip(
            translate(
                "DialectBar", "Keep checking it as {name}; this article will not ask again"
            ).format(name=current)
        )
        self.back_button.setToolTip("")
        self._buttons(offering=True)
        self.show()

    def _buttons(self, *, offering: bool) -> None:
        for button in (self.switch_button, self.keep_button, self.always_button):
            button.setVisible(offering)
        self.back_button.setVisible(not offering)

    # -- the buttons ------------------------------------------------------------------

    def _switch(self) -> None:
        offer = self.offer
        if offer is None:
            return
        self.switch(offer.language)
        self.switched_from = offer.current
        self.text.setText(
            translate("DialectBar", "Now checked as {name}.").format(
                name=dialect_name(offer.language)
            )
        )
        self.back_button.setToolTip(
            translate("DialectBar", "Check it as {name} again").format(
                name=dialect_name(offer.current)
            )
        )
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        self._buttons(offering=False)
        if had_focus:  # clicked or tabbed to: stay in the bar; Alt+S from the draft: stay there
            self.back_button.setFocus()

    def _switch_back(self) -> None:
        """Undo "Switch": the old dialect again, and this article will not ask again."""
        offer, before = self.offer, self.switched_from
        if offer is None or not before:
            return
        self.switch(before)
        self._remember_keep(offer)
        self.dismiss()

    def _keep(self) -> None:
        offer = self.offer
        if offer is not None:
            self._remember_keep(offer)
            self.session.message.emit(
                translate("DialectBar", "Keeping {name} for this article").format(
                    name=dialect_name(offer.current)
                )
            )
        self.dismiss()

    def _remember_keep(self, offer: DialectOffer) -> None:
        article = self.session.article
        if article is None:
            return
        try:
            keep_dialect(self.session.writes, article, offer.language)
        except StoreError as exc:  # the writer reports its own failures; this is a read
            log.warning("could not remember the dialect: %s", exc)

    def _always(self) -> None:
        try:
            AUTO_SWITCH_DIALECT.write(self.session.writes, True)
        except StoreError as exc:
            self.session.message.emit(str(exc))
            return
        offer = self.offer
        if offer is not None:
            self.switch(offer.language)
        self.session.message.emit(
            translate(
                "DialectBar",
                "Articles switch to the dialect they are written in from now on "
                "(Tools ▸ Checking settings turns this off)",
            )
        )
        self.dismiss()

    def dismiss(self) -> None:
        """Hide the bar (it comes back when an article with an offer opens)."""
        self.hide()
        if self.session.article is not None:
            self.session.draft.setFocus()
