"""Latin and French phrases English prose uses as they are ("de facto", "per se",
"persona non grata", "raison d'être"): their words are no misspellings inside the phrase.

A spell checker's dictionary knows few of these words alone ("facto", "jure", "se"), and
suggests English words a letter away ("fact", "june", "see"). The phrases are the ones
English dictionaries and news style guides list as loan phrases in common use; a word
counts only with its neighbours spelt as the phrase is, so "per say" or "ipso fato"
stay flagged, and "se" alone is still a slip.
"""

from __future__ import annotations

import functools
import re

from reviewdesk.core.text.words import fold

_PHRASES = """
a fortiori; a posteriori; a priori; ad hoc; ad hominem; ad infinitum; ad interim;
ad libitum; ad nauseam; ad valorem; alma mater; alter ego; annus horribilis;
annus mirabilis; ante bellum; ante meridiem; bona fide; bona fides; carpe diem;
casus belli; caveat emptor; corpus delicti; cum laude; curriculum vitae; de facto;
de jure; de novo; de rigueur; deus ex machina; ex ante; ex cathedra; ex gratia;
ex officio; ex parte; ex post; ex post facto; habeas corpus; hoi polloi; in absentia;
in camera; in extremis; in flagrante; in loco parentis; in memoriam; in situ; in toto;
in utero; in vitro; in vivo; inter alia; ipso facto; magna cum laude; mea culpa;
modus operandi; modus vivendi; mutatis mutandis; ne plus ultra; non compos mentis;
non sequitur; pari passu; per annum; per capita; per diem; per se; persona non grata;
post hoc; post mortem; prima facie; pro bono; pro forma; pro rata; pro tem; pro tempore;
quid pro quo; res judicata; rigor mortis; sine die; sine qua non; status quo;
status quo ante; sub judice; sub rosa; sui generis; summa cum laude; terra incognita;
terra nullius; vice versa; vox populi; au contraire; au fait; au naturel; au pair;
au revoir; avant garde; belle époque; bête noire; billet doux; bon vivant; bon voyage;
carte blanche; cause célèbre; c'est la vie; cordon sanitaire; coup de grâce;
coup d'état; crème de la crème; cri de cœur; de trop; déjà vu; en bloc; en masse;
en passant; en route; enfant terrible; esprit de corps; fait accompli; faux pas;
femme fatale; fin de siècle; force majeure; haute couture; idée fixe; joie de vivre;
laissez faire; mise en scène; noblesse oblige; nom de guerre; nom de plume;
nouveau riche; objet d'art; pièce de résistance; pied à terre; raison d'être;
sang froid; savoir faire; succès de scandale; tête à tête; tour de force;
trompe l'oeil; vis à vis
"""
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_WINDOW = 60  # characters read either side of a flag


def _fold(word: str) -> str:
    return fold(word.replace("’", "'"))


@functools.lru_cache(maxsize=1)
def _by_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each phrase word (folded) -> the phrases holding it, as folded word tuples."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _PHRASES.split(";"):
        words = tuple(_fold(w) for w in _TOKEN.findall(phrase))
        for word in set(words):
            index.setdefault(word, []).append(words)
    return {w: tuple(p) for w, p in index.items()}


def in_loan_phrase(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` stands in a loan phrase, every word of
    it spelt and in order around it (hyphens or spaces between: "laissez-faire")."""
    phrases = _by_word().get(_fold(text[start:end]))
    if not phrases:
        return False
    lo = max(0, start - _WINDOW)
    tokens = [(m.start() + lo, _fold(m.group())) for m in _TOKEN.finditer(text[lo : end + _WINDOW])]
    here = next((k for k, (pos, _) in enumerate(tokens) if pos == start), None)
    if here is None:
        return False
    words = [w for _, w in tokens]
    for phrase in phrases:
        for k, word in enumerate(phrase):
            first = here - k
            if (
                word == words[here]
                and first >= 0
                and tuple(words[first : first + len(phrase)]) == phrase
            ):
                return True
    return False
