"""Re-checking after an edit: the names model and findings follow the edit exactly."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.names.building import learn
from reviewdesk.core.engines.names.checker import NameModelCache, NamesChecker, find_all_issues
from reviewdesk.core.engines.names.model import NameModel

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
INSERTS = [
    "the", " care ", " health ", "healthcare", "co-operate", "cooperate", "e-mail", "email",
    "Colour", "colour", "organize", "recieved", "Only", "only", ",", ". ", "\n",
    "Vukovic said", "**Coastal Weekly review:** ", "moldova", "😀",
    "Vkuovic said", " Uvkovic ", "Nakamura", "Nkaamura", "Mr ", " Peter Weir", "Wier",
    " Nakamuras ", " Nakamura way ", "Vukovics",
]  # fmt: skip


def _state(m: NameModel) -> tuple[object, ...]:
    def run(t):  # type: ignore[no-untyped-def]
        return tuple(x.text for x in t.run) if t.run is not None else None

    return (
        [
            (t.start, t.end, t.text, t.line.index, t.initial, t.kind, t.in_label, run(t))
            for t in m.tokens
        ],
        m.labels,
        m.line_kinds,
        m.line_starts,
        +m.lower_count,
        +m.cap_count,
        +m.mid_count,
        +m.solo_mid_count,
        +m.followed_by_cap,
        +m.before_noun,
        (m.label_words, m.credit_words, m.run_words),
        +m.run_tuples,
        +m.mid_sentence,
        m.compounds,
    )


@pytest.mark.slow  # more than a second: hundreds of random edits, each against a fresh check
def test_random_edits_give_the_same_model_and_findings_as_a_fresh_check() -> None:
    rng = random.Random(7)
    ctx = CheckContext()
    followed = 0
    for path in sorted(ARTICLES.glob("*.txt"))[:4]:
        cache = NameModelCache()
        checker = NamesChecker(cache)
        text = path.read_text(encoding="utf-8")
        checker.check([text], ctx)
        for _ in range(40):
            pos = rng.randrange(len(text))
            cut = rng.randrange(0, 5)
            new = text[:pos] + rng.choice([*INSERTS, ""]) + text[pos + cut :]
            got = checker.check([new], ctx)[0]
            model = cache.get(new)
            followed += model.derived_from == text
            fresh = learn(new)
            assert _state(model) == _state(fresh)
            want = [
                (i.start, i.end, i.rule, i.replacements[0], i.message)
                for i in find_all_issues(new, ctx)
            ]
            have = [(i.start, i.end, i.rule, i.replacements[0], i.message) for i in got]
            assert have == want
            text = new
    assert followed > 150  # the edits were followed without learning afresh


def test_a_word_typed_after_a_nationality_is_followed() -> None:
    """ "the Guamanian way" makes "Guamanian" an adjective beside the plural
    "Guamanians" (no name variant); typing "said" for "way" makes it a name written
    with an s too few again: each step as a fresh check finds it."""
    text = (
        "😀 Three American Guamanians sued to vote. American Guamanians are nationals.\n\n"
        "The delegate said the American Guamanian way of life must be kept.\n\nNo more."
    )
    checker = NamesChecker(NameModelCache())
    ctx = CheckContext()
    for step in (text, text.replace("Guamanian way of life", "Guamanian said life"), text):
        got = [(i.start, i.rule, i.replacements[0]) for i in checker.check([step], ctx)[0]]
        want = [(i.start, i.rule, i.replacements[0]) for i in find_all_issues(step, ctx)]
        assert got == want
    said = text.replace("Guamanian way of life", "Guamanian said life")
    assert [i.rule for i in find_all_issues(said, ctx)] == ["name-variant"]
    assert not find_all_issues(text, ctx)


def test_deleting_a_comma_after_a_name_is_noticed() -> None:
    base = (
        "**Coastal Weekly Review:** Hello.\n\n**Coastal Weekly Review:** Why?\n\n"
        "We read the Coastal Weekly, review and all.\n\nPadding paragraph here."
    )
    checker = NamesChecker(NameModelCache())
    ctx = CheckContext()
    assert not [i for i in checker.check([base], ctx)[0] if i.rule == "term-capitalisation"]
    edited = base.replace("Weekly, review", "Weekly review")
    issues = [i for i in checker.check([edited], ctx)[0] if i.rule == "term-capitalisation"]
    assert [i.text for i in issues] == ["review"]


def test_an_edit_far_from_findings_shifts_them() -> None:
    text = (
        "😀 Talks with Moldova resumed. Moldova wants a deal. The envoy flew to Moldova.\n\n"
        "A deal with moldova is close.\n\nAn unrelated paragraph about the weather."
    )
    cache = NameModelCache()
    checker = NamesChecker(cache)
    ctx = CheckContext()
    first = checker.check([text], ctx)[0]
    edited = "Breaking: " + text.replace("about the weather", "about rain")
    edited = edited.replace("😀 Talks", "😀 Long talks")
    again = checker.check([edited], ctx)[0]
    assert [edited[i.start : i.end] for i in again] == [text[i.start : i.end] for i in first]
    assert [i.text for i in again] == ["moldova"]


def _changed_after(text: str, edited: str) -> set[str]:
    cache = NameModelCache()
    checker = NamesChecker(cache)
    ctx = CheckContext()
    checker.check([text], ctx)
    checker.check([edited], ctx)
    model = cache.get(edited)
    assert model.derived_from == text  # followed the edit, not learned afresh
    return model.changed


def test_a_count_that_changes_no_verdict_is_no_change_for_the_filter() -> None:
    # a keystroke in one of many paragraphs naming the article's main figure must not
    # make every line that names him be filtered again: he is a name either way
    lines = [f"😀 On day {n} the envoy met Vorthaxi in the capital." for n in range(6)]
    text = "\n\n".join(lines)
    edited = text.replace("met Vorthaxi in the capital.", "met the minister.", 1)
    assert "vorthaxi" not in _changed_after(text, edited)


def test_a_word_that_stops_being_a_name_is_a_change_for_the_filter() -> None:
    # twice mid-sentence is a name; once is not: the lines naming it must be filtered again
    text = "😀 Later they heard from Gardem.\n\nReporters asked Gardem about it.\n\nNo more."
    edited = text.replace("asked Gardem", "asked him")
    assert "gardem" in _changed_after(text, edited)
    # and a lowercase word that comes or goes changes what the filter learns of it
    text = "😀 Later they heard from Gardem.\n\nThey sat in the garden.\n\nNo more."
    assert "garden" in _changed_after(text, text.replace("garden", "budget"))


def test_an_honorific_typed_before_a_swapped_surname_is_followed() -> None:
    """'Mr' typed before 'Wier' makes it a reference back to 'Peter Weir' (a finding);
    deleting it again takes the finding away: each step as a fresh check finds it."""
    ctx = CheckContext()
    checker = NamesChecker(NameModelCache())
    plain = "Peter Weir, the head, said so.\n\nLater, Wier said counsellors would come."
    titled = plain.replace("Later, Wier", "Later, Mr Wier")
    rules = []
    for text in (plain, titled, plain):
        got = [(i.start, i.end, i.rule) for i in checker.check([text], ctx)[0]]
        assert got == [(i.start, i.end, i.rule) for i in find_all_issues(text, ctx)]
        rules.append([r for _s, _e, r in got])
    assert "name-variant" in rules[1] and "name-variant" not in rules[0] + rules[2]
