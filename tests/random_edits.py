"""Random edits of the kinds an editor makes, for tests that compare incremental work
with a fresh start: type, delete and retype words, split and join paragraphs, paste and
delete blocks, add blank lines, and touch names (a capitalised word, a name lowercased,
a near-variant spelling, a British spelling)."""

from __future__ import annotations

import random

WORDS = ["the", "mayor", "😀", "naïve", "Łukasz", "e-mail", "it’s", ",", ".", "council"]
# words that move the names engine's evidence and the debris engine's lines
NAMED = [
    "Oreshkin",
    "Oreshkina",
    "Lukashenka",
    "colour",
    "color",
    "email",
    "health care",
    "Dr. Anya Petrova",
    "Share on Facebook",
    '<div class="ad">',
    "**Jane Doe:** yes",
]
# paragraphs a scraper leaves, alone on their lines
LINES = ["Share on Facebook", "Email", "Print", "Advertisement", "Home » World » Europe", "Tweet"]


def edit(text: str, rng: random.Random) -> str:
    """``text`` after one random edit."""
    paras = text.split("\n")
    k = rng.randrange(len(paras))
    words = paras[k].split(" ")
    kind = rng.randrange(14)
    if kind == 0:  # type a word
        words.insert(rng.randrange(len(words) + 1), rng.choice(WORDS))
    elif kind == 1 and len(words) > 1:  # delete a word
        del words[rng.randrange(len(words))]
    elif kind == 2:  # replace a word
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    elif kind == 3:  # split a paragraph
        cut = rng.randrange(len(words) + 1)
        paras[k : k + 1] = [" ".join(words[:cut]), "", " ".join(words[cut:])]
        return "\n".join(paras)
    elif kind == 4 and k + 2 < len(paras):  # join two paragraphs
        paras[k : k + 3] = [paras[k] + " " + paras[k + 2]]
        return "\n".join(paras)
    elif kind == 5:  # paste a copy of some paragraphs elsewhere
        lo = rng.randrange(len(paras))
        block = paras[lo : lo + rng.randint(1, 6)]
        at = rng.randrange(len(paras) + 1)
        paras[at:at] = block
        return "\n".join(paras)
    elif kind == 6:  # delete some paragraphs
        del paras[k : k + rng.randint(1, 4)]
        return "\n".join(paras) if paras else ""
    elif kind == 7:  # a blank line
        paras.insert(k, "")
        return "\n".join(paras)
    elif kind in (8, 9):  # names, spellings, debris
        words.insert(rng.randrange(len(words) + 1), rng.choice(NAMED))
    elif kind == 12:  # a debris line, or a sentence of another paragraph (a pull quote)
        source = rng.choice(paras).split(". ")
        line = rng.choice(LINES) if rng.random() < 0.6 else rng.choice(source)
        paras[k:k] = [line, ""] if rng.random() < 0.5 else [line]
        return "\n".join(paras)
    elif kind == 10:  # lowercase or capitalise a word
        n = rng.randrange(len(words))
        word = words[n]
        words[n] = word.lower() if word[:1].isupper() else word[:1].upper() + word[1:]
    else:  # retype a phrase
        lo = rng.randrange(len(words))
        words[lo : lo + 2] = rng.sample(WORDS, 2)
    paras[k] = " ".join(words)
    return "\n".join(paras)
