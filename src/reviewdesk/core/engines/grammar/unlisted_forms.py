"""The forms of a word LemmInflect's tables lack: its rules and its small model, without numpy.

LemmInflect inflects an unlisted lemma by regular spelling rules (from the SPECIALIST
Lexicon); a small network picks which rules apply: regular ("bake", "baked"), doubled
("blog", "blogged") or, for a noun, Greco-Latin ("cactus", "cacti"). Its own code for
this imports numpy, ~15 MB of modules and libraries in the checker, and unpickles the
model with numpy's arrays. The network is two dense layers over 9 one-hot letters: its
weights are read here from the same pickle (numpy's array records taken apart by a
restricted unpickler) and the sums done in Python. Only the argmax is used, so
softmax is left out; the answers are LemmInflect's (a test compares thousands of words).
"""

from __future__ import annotations

import gzip
import logging
import pickle
import re
import sys
import threading
from array import array
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MODEL_FILE = "model_infl.pkl.gz"

_LETTERS = 28  # "<>" (no letter), "<oov>" (not a-z), then a-z
_POSITIONS = 9  # the part of speech, then the lemma's last 8 letters, last first
_CATEGORY = {"NOUN": 0, "PROPN": 0, "VERB": 1, "ADJ": 2, "ADV": 3}


class _DType:
    """What a pickled ``numpy.dtype`` says: its code ("f4") and byte order."""

    def __init__(self, code: str, *_args: Any) -> None:
        self.code = code
        self.order = "|"

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.order = state[1]


class _Array:
    """A pickled ``numpy.ndarray``: its shape, element type and raw bytes."""

    def __init__(self) -> None:
        self.shape: tuple[int, ...] = ()
        self.values: array[float] = array("f")

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        _version, shape, dtype, fortran, raw = state
        if not isinstance(dtype, _DType) or dtype.code != "f4" or fortran:
            raise ValueError("LemmInflect's model holds an array of an unknown kind")
        values = array("f", raw)
        if (dtype.order == ">") != (sys.byteorder == "big"):
            values.byteswap()
        self.shape, self.values = tuple(shape), values


def _reconstruct(_cls: Any, _shape: Any, _code: Any) -> _Array:
    return _Array()


_ALLOWED: dict[tuple[str, str], Any] = {
    ("numpy.core.multiarray", "_reconstruct"): _reconstruct,
    ("numpy._core.multiarray", "_reconstruct"): _reconstruct,
    ("numpy", "ndarray"): _Array,
    ("numpy", "dtype"): _DType,
}


class _ModelUnpickler(pickle.Unpickler):
    """Unpickles the model's dict, turning numpy's array records into :class:`_Array`;
    any other class is refused (a pickle can name any callable)."""

    def find_class(self, module: str, name: str) -> Any:
        found = _ALLOWED.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"unexpected {module}.{name} in LemmInflect's model")
        return found


class StyleModel:
    """LemmInflect's ``MorphologyStyleModel``: which spelling rules fit a lemma."""

    def __init__(self, path: Path) -> None:
        with gzip.open(path, "rb") as handle:
            data = _ModelUnpickler(handle).load()
        layers = [layer["class_name"] for layer in data["config"]["layers"]]
        weights = data["weights"]
        shapes = [w.shape for w in weights]
        if layers != ["InputLayer", "Flatten", "Dense", "Dense"] or len(shapes) != 4:
            raise ValueError(f"LemmInflect's model has an unknown form: {layers} {shapes}")
        hidden, classes = shapes[0][-1], shapes[3][-1]
        if shapes != [(_POSITIONS * _LETTERS, hidden), (hidden,), (hidden, classes), (classes,)]:
            raise ValueError(f"LemmInflect's model has unknown shapes: {shapes}")
        self.classes: list[str] = list(data["meta"]["output_enum"])
        self._hidden = hidden
        self._w1, self._b1, self._w2, self._b2 = (w.values for w in weights)

    def style(self, lemma: str, upos: str) -> str | None:
        """ "reg", "regd" or "glreg" for ``lemma`` as ``upos``; None for another part of
        speech (LemmInflect's model knows nouns, verbs, adjectives and adverbs)."""
        category = _CATEGORY.get(upos)
        if category is None:
            return None
        rows = [category]  # the input's one-hot cells, as flat indices
        for position, letter in enumerate(reversed(lemma.lower()[-(_POSITIONS - 1) :]), 1):
            code = ord(letter)
            rows.append(position * _LETTERS + (code - 95 if 97 <= code <= 122 else 1))
        n, w1 = self._hidden, self._w1
        hidden = list(self._b1)
        for row in rows:
            base = row * n
            for j in range(n):
                hidden[j] += w1[base + j]
        outputs = len(self._b2)
        scores = list(self._b2)
        for j, value in enumerate(hidden):
            if value > 0.0:  # relu
                for k in range(outputs):
                    scores[k] += value * self._w2[j * outputs + k]
        best = max(range(outputs), key=scores.__getitem__)  # the first of equals, as argmax
        return self.classes[best]


_model: StyleModel | None = None
_model_lock = threading.Lock()


def style_model(folder: Path) -> StyleModel:
    """The model from LemmInflect's ``resources`` folder (read once, ~70 KB)."""
    global _model
    with _model_lock:
        if _model is None:
            _model = StyleModel(folder / MODEL_FILE)
        return _model


# -- the spelling rules (SPECIALIST Lexicon), as LemmInflect writes them ----------------------


def regular_verb(base: str) -> tuple[str, str, str]:
    """Third person, past and present participle of a regular verb."""
    base = base.lower()
    if re.search(r"(?:[szx]|ch|sh)$", base):
        return base + "es", base + "ed", base + "ing"
    if base.endswith("ie"):
        return base + "s", base + "d", base[:-2] + "ying"
    if re.search(r"(ee|oe|ye)$", base):
        return base + "s", base + "d", base + "ing"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies", base[:-1] + "ied", base[:-1] + "ying"
    if re.search(r"[^iyeo]e$", base):
        return base[:-1] + "es", base[:-1] + "ed", base[:-1] + "ing"
    return base + "s", base + "ed", base + "ing"


def doubled_verb(base: str) -> tuple[str, str, str]:
    """The same with the last consonant doubled ("blog", "blogged", "blogging")."""
    base = base.lower()
    return regular_verb(base)[0], base + base[-1] + "ed", base + base[-1] + "ing"


def regular_degree(base: str) -> tuple[str, str]:
    """Comparative and superlative of a regular adjective or adverb."""
    base = base.lower()
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ier", base[:-1] + "iest"
    if re.search(r"[aeiou]y$", base):
        return base + "er", base + "est"
    if re.search(r"[^aeiou]e$", base):
        return base + "r", base + "st"
    return base + "er", base + "est"


def doubled_degree(base: str) -> tuple[str, str]:
    """The same with the last consonant doubled ("big", "bigger")."""
    base = base.lower()
    return base + base[-1] + "er", base + base[-1] + "est"


def regular_plural(base: str) -> str:
    """The plural of a regular noun."""
    base = base.lower()
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    if re.search(r"(?:[szx]|ch|sh)$", base):
        return base + "es"
    return base + "s"


_GRECO_LATIN = (
    ("us", "i"), ("ma", "mata"), ("a", "ae"), ("um", "a"), ("on", "a"), ("sis", "ses"),
    ("is", "ides"), ("men", "mina"), ("ex", "ices"), ("x", "ces"),
)  # fmt: skip


def greco_latin_plural(base: str) -> str:
    """The plural of a Greco-Latin noun ("cactus", "cacti"), else a regular one."""
    base = base.lower()
    for ending, plural in _GRECO_LATIN:
        if base.endswith(ending):
            return base[: -len(ending)] + plural
    return regular_plural(base)


def unlisted_forms(lemma: str, upos: str, folder: Path) -> dict[str, tuple[str, ...]]:
    """``getAllInflectionsOOV(lemma, upos)`` without its capitals applied: tag -> forms,
    lowercase but the lemma itself, which is kept as given."""
    if upos not in _CATEGORY or not lemma:
        return {}  # LemmInflect's doubling rules fail on an empty lemma
    regular = style_model(folder).style(lemma, upos) == "reg"
    if upos == "VERB":
        third, past, participle = (regular_verb if regular else doubled_verb)(lemma)
        return {"VB": (lemma,), "VBZ": (third,), "VBN": (past,), "VBD": (past,),
                "VBG": (participle,)}  # fmt: skip
    if upos in ("ADJ", "ADV"):
        more, most = (regular_degree if regular else doubled_degree)(lemma)
        if upos == "ADJ":
            return {"JJ": (lemma,), "JJR": (more,), "JJS": (most,)}
        return {"RB": (lemma,), "RBR": (more,), "RBS": (most,)}
    plural = regular_plural(lemma) if regular else greco_latin_plural(lemma)
    return {"NN": (lemma,), "NNS": (plural,)}
