"""Light and dark: the highlight colours are readable in both, and the window follows the
system's scheme or View ▸ Appearance."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette, QTextFormat
from PySide6.QtWidgets import QApplication

from reviewdesk.core.models import CATEGORIES, Category
from reviewdesk.gui.appearance import Appearance
from reviewdesk.gui.legend import legend_colours
from reviewdesk.gui.palette import (
    DARK,
    DIMMED,
    KIND_DELETED,
    KIND_INSERTED,
    KIND_NOTE,
    KIND_NOTE_RESOLVED,
    LIGHT,
    Colours,
    Scheme,
    compose_format,
    scheme_of,
)
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

# Page (Base) and text colours that light and dark desktops use: ours, Fusion's,
# Breeze's, Adwaita's, Windows'. The tints must work on all of them, not only ours.
PAGES = {
    Scheme.LIGHT: ("#ffffff", "#fcfcfc", "#f5f5f5", "#efefef"),
    Scheme.DARK: ("#1e1e1e", "#121212", "#1b1e20", "#2a2a2a", "#303030"),
}
TEXTS = {
    Scheme.LIGHT: ("#000000", "#232629", "#1a1a1a", "#2e3436"),
    Scheme.DARK: ("#e8e8e8", "#fcfcfc", "#ffffff", "#dedede", "#eeeeec"),
}
AA_TEXT = 4.5  # WCAG 2 AA, normal text
AA_NON_TEXT = 3.0  # WCAG 2.1 1.4.11, graphical objects (an underline)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque sRGB colour."""

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def over(colour: QColor, page: QColor) -> QColor:
    """``colour`` (with its alpha) painted over an opaque ``page``."""
    alpha = colour.alphaF()
    return QColor(
        *(
            round(alpha * c + (1 - alpha) * p)
            for c, p in zip(colour.getRgb()[:3], page.getRgb()[:3], strict=True)
        )
    )


def _kinds() -> list[tuple[str, ...]]:
    """Every way a stretch of text is marked: an issue of each category alone, on the
    redline, under a note; the redline; notes; each of them dimmed (a re-check runs)."""
    cats = [f"cat:{c}" for c in CATEGORIES]
    kinds: list[tuple[str, ...]] = [(c,) for c in cats]
    kinds += [(KIND_INSERTED,), (KIND_DELETED,), (KIND_NOTE,), (KIND_NOTE_RESOLVED,)]
    kinds += [(red, c) for red, c in itertools.product((KIND_INSERTED, KIND_DELETED), cats)]
    kinds += [(c, KIND_NOTE) for c in cats]
    kinds += [tuple(k + DIMMED for k in kind) for kind in list(kinds)]
    return kinds


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_text_over_every_highlight_keeps_wcag_aa_contrast(qapp, colours: Colours) -> None:
    worst: list[tuple[float, tuple[str, ...], str, str]] = []
    for kinds in _kinds():
        fmt = compose_format(kinds, colours)
        has = fmt.hasProperty(QTextFormat.Property.BackgroundBrush)
        background = fmt.background().color() if has else QColor(0, 0, 0, 0)
        for page, text in itertools.product(PAGES[colours.scheme], TEXTS[colours.scheme]):
            ratio = contrast(QColor(text), over(background, QColor(page)))
            worst.append((ratio, kinds, page, text))
    ratio, kinds, page, text = min(worst)
    assert ratio >= AA_TEXT, f"{text} over {kinds} on {page}: {ratio:.2f}"


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_underline_stands_out_from_the_page(qapp, colours: Colours) -> None:
    for category, page in itertools.product(CATEGORIES, PAGES[colours.scheme]):
        fmt = compose_format((f"cat:{category}",), colours)
        line = fmt.underlineColor()
        assert contrast(line, QColor(page)) >= AA_NON_TEXT, (category, page)
        # and from the tint it is drawn over
        tinted = over(fmt.background().color(), QColor(page))
        assert contrast(line, tinted) >= AA_NON_TEXT - 0.5, (category, page)


def test_the_two_schemes_differ_where_a_dark_page_needs_it(qapp) -> None:
    for category in CATEGORIES:
        assert luminance(QColor(DARK.categories[category])) > luminance(
            QColor(LIGHT.categories[category])
        ), category
    for name in ("inserted", "deleted", "note"):
        assert (
            luminance(QColor(getattr(DARK, name))) < 0.1 < luminance(QColor(getattr(LIGHT, name)))
        )


@pytest.fixture
def app_look(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Give the (shared) application its palette and style back after the test."""
    palette, style = QPalette(qapp.palette()), qapp.style().name()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)


def _draft_background_at_issue(window) -> QColor:  # type: ignore[no-untyped-def]
    issue = window.session.pane(DRAFT).issues[0]
    docmap = window.session.docmap(DRAFT)
    block = window.draft.document().findBlock(docmap.to_qt(issue.start))
    offset = docmap.to_qt(issue.start) - block.position()
    for fr in block.layout().formats():
        if fr.start <= offset < fr.start + fr.length:
            return fr.format.background().color()
    raise AssertionError("no highlight at the issue")


def test_view_appearance_switches_dark_and_light_and_is_remembered(
    qtbot, make_window, demo_path, wait_checked, app_look
) -> None:
    window = make_window()
    assert window.open_file(demo_path)
    wait_checked(window)
    first = window.session.pane(DRAFT).issues[0]
    light_tint = compose_format((f"cat:{first.category}",), LIGHT).background().color()
    assert _draft_background_at_issue(window) == light_tint

    window.appearance.actions[Appearance.DARK].trigger()
    app = QApplication.instance()
    assert scheme_of(app.palette()) is Scheme.DARK
    qtbot.waitUntil(lambda: scheme_of(window.palette()) is Scheme.DARK, timeout=3000)
    qtbot.waitUntil(lambda: window.draft.highlighter.pending == 0, timeout=5000)
    dark_tint = compose_format((f"cat:{first.category}",), DARK).background().color()
    assert _draft_background_at_issue(window) == dark_tint
    chip = window.legend.chips[str(Category.SPELLING)].colour
    assert chip == legend_colours(DARK)[str(Category.SPELLING)]
    assert DARK.warning in window.engine_label.styleSheet()
    window.close()

    again = make_window()  # remembered in the window settings
    assert again.appearance.choice is Appearance.DARK
    assert again.appearance.actions[Appearance.DARK].isChecked()
    assert scheme_of(app.palette()) is Scheme.DARK
    again.appearance.actions[Appearance.LIGHT].trigger()
    assert scheme_of(app.palette()) is Scheme.LIGHT
    qtbot.waitUntil(lambda: scheme_of(again.palette()) is Scheme.LIGHT, timeout=3000)
    assert again.legend.chips[str(Category.SPELLING)].colour == QColor(
        LIGHT.categories[Category.SPELLING]
    )


def test_following_the_system_goes_dark_when_the_desktop_does(
    qtbot, make_window, monkeypatch, app_look
) -> None:
    window = make_window()
    control = window.appearance
    assert control.choice is Appearance.SYSTEM
    # offscreen, the platform reports no scheme: play the desktop switching to dark
    monkeypatch.setattr(control, "system_scheme", lambda: Scheme.DARK)
    control._system_changed(None)
    qtbot.waitUntil(lambda: scheme_of(window.palette()) is Scheme.DARK, timeout=3000)
    assert window.legend.chips["note"].colour == legend_colours(DARK)["note"]
    monkeypatch.setattr(control, "system_scheme", lambda: None)
    control._system_changed(None)  # back to whatever the platform gives
    qtbot.waitUntil(lambda: scheme_of(window.palette()) is Scheme.LIGHT, timeout=3000)
    assert window.legend.chips["note"].colour == legend_colours(LIGHT)["note"]
