"""The bar above the panes that offers another dialect, as a browser offers to translate.

When an article opens and its web page or a clear majority of its spellings says another
English than the one it is checked in (:mod:`reviewdesk.desk.dialect`), the bar says so
with the counts and offers: switch (a re-check; the bar then offers to switch back),
keep the dialect (remembered for the article in the library), or always switch (the
desk's setting, also in Tools ▸ Checking settings; from then on an article is switched
as it opens and the status bar says so). Esc hides the bar; its buttons have mnemonics.

The guess reads the article's spellings and asks of each whether it is an English word
(the lemma table: ~1.3 s of Python to read, once per process). The checker process has
that table anyway, so it guesses there, on a snapshot of the draft's start, beside its
checks; the window only decides on the answer, and drops one for an article no longer
open. In the window's process the guess held the interpreter the UI thread needed while
it filled the panes (benchmarks/README.md, stall4 and stall5).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
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

from reviewdesk.core.dialect import DialectGuess
from reviewdesk.desk.dialect import (
    DECLINED_KEY,
    PAGE_LANGUAGE_KEY,
    SAMPLE,
    DialectOffer,
    always_switch,
    keep_dialect,
    offer_from,
)
from reviewdesk.desk.settings import AUTO_SWITCH_DIALECT
from reviewdesk.gui.dialect_names import dialect_label, dialect_name
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.session import ReviewSession
from reviewdesk.service.messages import DialectQuestion
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
        """An article opened (or closed): have the checker process guess its dialect."""
        self.offer, self.switched_from = None, ""
        self._guess += 1
        self.hide()
        article = self.session.article
        if article is None or self.session.read_only:
            self.deciding = False
            return
        self.deciding = True
        number = self._guess
        question = DialectQuestion(article.draft[:SAMPLE], article.meta.get(PAGE_LANGUAGE_KEY, ""))
        self.session.coordinator.guess_dialect(question, partial(self._decided, number))

    def _decided(self, number: int, guess: DialectGuess | None) -> None:
        """The guess's answer, on the UI thread: offer, switch at once, or stay hidden."""
        if number != self._guess:
            return  # an article opened or closed since
        self.deciding = False
        article = self.session.article
        if guess is None or article is None or self.session.read_only:
            return
        offer = offer_from(guess, article.language, article.meta.get(DECLINED_KEY, ""))
        if offer is None:
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
