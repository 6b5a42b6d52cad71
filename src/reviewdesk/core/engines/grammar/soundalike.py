"""Words that sound alike, told apart by the words around them.

For a word in a sound-alike set ("then"/"than", "here"/"hear"), compare how well each
member fits its neighbours in print: P(w | before, after) is proportional to
c(before, w) * c(w, after) / c(w), from the word-pair counts shipped in symspellpy.
The written word is flagged only when another member fits both neighbours at least
``RATIO`` times better, so a rare but right use ("quiet a lot of times") is seldom hit.
"""

from __future__ import annotations

import math

from reviewdesk.core.engines.grammar.lexicon import Lexicon
from reviewdesk.core.engines.grammar.tokens import Token

# Sets of words that sound alike or nearly so, and are each other's usual slip.
_SOUND_ALIKE_TEXT = (
    "then than|affect effect|affects effects|affected effected|lose loose|losing loosing|"
    "accept except|principal principle|principals principles|complement compliment|"
    "complements compliments|complementary complimentary|quiet quite|advice advise|"
    "coarse course|passed past|here hear|weather whether|breath breathe|desert dessert|"
    "council counsel|stationary stationery|site sight|peak peek|brake break|role roll|"
    "waive wave|personal personnel|discreet discrete|eminent imminent|allude elude|"
    "later latter|reign rein|pore pour|vain vein|sole soul|through thorough|choose chose|"
    "precede proceed|capital capitol|conscience conscious|device devise|"
    "formally formerly|forth fourth|heroin heroine|miner minor|moral morale|plain plane|"
    "pray prey|straight strait|waist waste|lead led|cite site|bare bear|"
    "prostate prostrate|elicit illicit|dual duel|hoard horde|canvas canvass|tenet tenant|"
    "medal meddle|pedal peddle|whose who's|were where|their there|loath loathe|"
    "wander wonder|wandering wondering|massage message|minuets minutes|supper super|"
    "belief believe|beliefs believes|seams seems|scene seen|vary very|altar alter|"
    "hangar hanger|hangars hangers|coral corral|heart hart|flu flew|poll pole|"
    "polls poles|heard herd|aid aide|allay ally|precedent precedence|rationale rational|"
    "extent extend|loss lose|side site|price prize|by buy|adapt adopt|widely wildly|"
    "which witch|not knot|said sad|course cause|wait weight|piece peace|whole hole|"
    "write right|new knew|know no|threw through|fair fare|mail male|meet meat|pain pane|"
    "pair pear|sale sail|steal steel|tail tale|weak week|wear where|aloud allowed|"
    "bored board|cell sell|chord cord|dew due|die dye|find fined|flour flower|"
    "grate great|guessed guest|hire higher|hour our|idle idol|lessen lesson|made maid|"
    "missed mist|naval navel|peer pier|presence presents|rain reign|raise raze|real reel|"
    "road rode|sea see|seam seem|soar sore|stair stare|stake steak|suite sweet|tide tied|"
    "toe tow|vane vain|ware wear|way weigh|whine wine|wood would|yoke yolk|"
    "lightning lightening|ensure insure|emigrate immigrate|censor sensor|cue queue|"
    "faze phase|flair flare|forego forgo|pique peak|rite right|sheer shear|"
    "sleight slight|troop troupe|vise vice"
)
SOUND_ALIKE: tuple[tuple[str, ...], ...] = tuple(
    tuple(group.split()) for group in _SOUND_ALIKE_TEXT.split("|")
)
ALTERNATIVES: dict[str, tuple[str, ...]] = {}
for _group in SOUND_ALIKE:
    for _word in _group:
        _others = tuple(w for w in _group if w != _word)
        ALTERNATIVES[_word] = _others + ALTERNATIVES.get(_word, ())

# Pair counts below this are not in the table; an absent pair counts as half of it.
_FLOOR = 3_200_000
# How much better the alternative must fit (measured on LanguageTool's examples and on
# published news: 100 keeps false alarms near one in a thousand sentences).
RATIO = 100.0


def _pair(lex: Lexicon, first: str, second: str) -> float:
    return max(lex.pair(first, second), _FLOOR // 2)


def better_fit(sent: list[Token], i: int, lex: Lexicon) -> str | None:
    """The sound-alike that fits the neighbours of ``sent[i]`` far better, if any."""
    word = sent[i].low
    before = sent[i - 1].low if i > 0 and sent[i - 1].is_word else ""
    after = sent[i + 1].low if i + 1 < len(sent) and sent[i + 1].is_word else ""
    if not before and not after:
        return None

    def fit(candidate: str) -> tuple[float, int]:
        score = 0.0
        known = 0
        if before:
            score += math.log(_pair(lex, before, candidate))
            known += lex.pair(before, candidate) > 0
        if after:
            score += math.log(_pair(lex, candidate, after))
            known += lex.pair(candidate, after) > 0
        if before and after:
            score -= math.log(max(lex.count(candidate), 1))
        return score, known

    own, _ = fit(word)
    best: str | None = None
    best_score = own + math.log(RATIO)
    for alt in ALTERNATIVES[word]:
        score, known = fit(alt)
        if known == bool(before) + bool(after) and score > best_score:
            best, best_score = alt, score
    return best
