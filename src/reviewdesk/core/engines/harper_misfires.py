"""Harper findings that its own context shows to be wrong, by kind.

Each test looks at the words around the flag, which Harper's rule did not weigh:
"We parents" is an appositive, not "We parent"; "Phase I corresponds" has a Roman
numeral, not the pronoun; a space before "..." is AP style; "Unix" and "Al" (aluminium)
are written in capitals and small letters on purpose; "it's time" and "it's Tom" are
"it is"; "To see you is" has "you" as an object; "Whom did you meet?" is an inverted
question; "one more smaller suitcase" counts; "looking forward to Christmas" has a noun;
"from round to flattened" is a range; print writes "offsides" closed; "anthrōpos" is no
English word. Measured on the tuning part of LanguageTool's correct examples and on
published news.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reviewdesk.core.engines.foreign_passage import in_foreign_passage
from reviewdesk.core.engines.grammar.articles import listed_sound
from reviewdesk.core.engines.grammar.lexicon import (
    CLAUSE_OPENERS,
    CONJUNCTIONS,
    PREPOSITIONS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.harper_context import AUXILIARIES as _AUXILIARIES
from reviewdesk.core.engines.harper_context import CONTEXT_RULES as _CONTEXT_RULES
from reviewdesk.core.engines.harper_context import WINDOW as _WINDOW
from reviewdesk.core.engines.harper_context import WORD_AFTER as _WORD_AFTER
from reviewdesk.core.engines.harper_context import next_word as _next_word
from reviewdesk.core.engines.harper_context import prev_word as _prev_word
from reviewdesk.core.engines.harper_news_shapes import (
    MODAL_RULES,
    after_abbreviation,
    after_bracketed_letter,
    after_title_mark,
    bracketed_pronoun_end,
    capitalised_mid_sentence,
    double_copula,
    foreign_name_word,
    lowercase_name_piece,
    name_particle,
    name_piece_possessive,
    name_with_particle,
    quote_runs_on,
    stem_left,
)
from reviewdesk.core.engines.harper_pieces import SPELLING_RULES
from reviewdesk.core.engines.loan_phrases import in_loan_phrase
from reviewdesk.core.engines.spelling_shapes import (
    camel_case_name,
    inner_capital_name,
    only_recases_capitals,
    prefixed_abbreviation,
    quoted_term,
    species_epithet,
    typed_with_accents,
    writers_term,
)
from reviewdesk.core.engines.word_formation import (
    possessive_after_determiner,
    rare_word_of_print,
    regular_formation,
)
from reviewdesk.core.text.layout import label_letter, layout_space
from reviewdesk.core.text.prose import protected_spans
from reviewdesk.core.text.words import fold

_FINITE_BE = frozenset({"is", "are", "was", "were"})
_IT_IS_BEFORE = frozenset(
    [
        "time",
        "birthday",
        "okay",
        "ok",
        "fun",
        "true",
        "worth",
        "nothing",
        "something",
        "everything",
        "all",
        "just",
        "not",
        "a",
        "an",
        "the",
    ]
)
_PREFIXES = frozenset(
    ["ex", "co", "re", "un", "de", "pre", "non", "anti", "sub", "bi", "tri", "mid", "semi", "multi"]
)
_WH_WORDS = word_set("what how why where when who whom whose which whether then now")
# verbs whose object can be a clause: the pronoun after them is that clause's subject
_CLAUSE_VERBS = word_set(
    "think know say believe hope guess suppose feel mean bet wish reckon suspect assume "
    "hear realise realize understand notice admit claim insist doubt"
)
_GOVERNING_TAGS = frozenset({"VB", "VBD", "VBN", "VBG", "VBP", "VBZ", "JJ", "JJS", "JJR", "NN"})


def _after_digit(text: str, start: int) -> bool:
    return start > 0 and text[start - 1].isdigit()


def _possessive_of_number(flagged: str, text: str, start: int) -> bool:
    return (
        flagged.lower() == "s"
        and start > 1
        and text[start - 1] in "'’"
        and text[start - 2].isdigit()
    )


def _object_pronoun(text: str, start: int, pronoun: str, lex: Lexicon) -> bool:
    """Whether ``pronoun``, just before ``start``, is the object of the word before it.

    "what I told you is true", "the man nearest you is awake", "how much we pay you
    depends": a verb, a preposition or an adjective governs the pronoun, and the verb
    Harper flags belongs to a larger subject. A clause opener ("and you is") or a verb
    that takes a clause ("I think you is") leaves the pronoun a subject.
    """
    gap = text.rfind(pronoun, 0, start)
    if gap <= 0 or text[gap - 1 : gap] != " ":
        return False  # the pronoun opens the text or follows a mark: a subject
    word = _prev_word(text, gap).lower()
    if not word or word in CLAUSE_OPENERS or word in CONJUNCTIONS or word in _WH_WORDS:
        return False
    if word in PREPOSITIONS:
        return True
    if set(lex.lemmas(word)) & _CLAUSE_VERBS:
        return False
    tags = lex.tags(word)
    return bool(tags & _GOVERNING_TAGS) and not tags & {"RB", "MD"}


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether the flag lies in a web or mail address (markup is the debris engine's: it
    hides what lies inside a left-over tag while the tag is there)."""
    return any(a < end and start < b and text[a] not in "<[{&`" for a, b in _spans(text))


@lru_cache(maxsize=8)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`protected_spans`, once per text: Harper's flags on one text are judged one
    after another, and a paragraph of thousands of flagged words (a list of foreign names)
    scanned it once per flag (str hashes are cached, so a hit costs no rescan)."""
    return tuple(protected_spans(text))


def _closed_in_print(flagged: str, split: str, lex: Lexicon) -> bool:
    """Whether print writes ``flagged`` as one word at least as often as ``split``."""
    parts = split.lower().split()
    if flagged.lower() in _NEGATION_STEMS:
        return False  # "I shan tell you": an apostrophe is missing, whatever print says
    closed = lex.count(flagged.lower())
    return len(parts) == 2 and closed >= 50_000 and closed >= lex.pair(parts[0], parts[1])


def _open_in_print(flagged: str, lex: Lexicon) -> bool:
    """Whether print writes ``flagged`` ("air strike", "tear gas") open at least as often
    as closed ("airstrike", "teargas"): both forms are then standard English."""
    parts = flagged.lower().split()
    if len(parts) != 2:
        return False
    return lex.pair(parts[0], parts[1]) >= max(50_000, lex.count(parts[0] + parts[1]))


def _accented_word(flagged: str, lex: Lexicon) -> bool:
    """Whether ``flagged`` is a word print also writes without its accents ("fiancée",
    "café", "naïve"): the accents are the writer's care, not a misspelling."""
    plain = fold(flagged)
    return plain != flagged.lower() and plain.isascii() and lex.count(plain) >= 50_000


# an apostrophe between two vowels inside a word: a glottal stop written as a language of
# the Pacific or Arabic writes it ("fa'a Samoa", "Hawai'i"); English puts one there only
# in a few old contractions ("ne'er", "ma'am") that the dictionary knows
_GLOTTAL_APOSTROPHE = re.compile(r"[aeiou][’'][aeiou]", re.IGNORECASE)


def _foreign_or_fragment(flagged: str, text: str, start: int) -> bool:
    """A word with letters English does not use ("ō", "ı"), a glottal stop's apostrophe
    between vowels ("fa'a"; a misplaced one, "does'nt", stays flagged) or a cited suffix
    ("-logia")."""
    if any(c.isalpha() and (ord(c) > 0x24F or c in "ıōū") for c in flagged):
        return True
    if _GLOTTAL_APOSTROPHE.search(flagged):
        return True
    return start > 0 and text[start - 1] == "-" and (start < 2 or not text[start - 2].isalnum())


_ELLIPSES = ("...", "…")
# Harper's rules that re-spell, split or join the words of a loan phrase ("facto" ->
# "fact", "modus" -> "mod us", "pro forma" -> "proforma"): its dictionary rules
_LOAN_PHRASE_RULES = frozenset(SPELLING_RULES)


def _part_of_hyphenated_name(flagged: str, text: str, start: int, end: int) -> bool:
    """Whether a capitalised word is joined by a hyphen to another capitalised word
    ("Nils-Erik", "Mc-Master"); "the Goverment-backed plan" joins a small word."""
    if not flagged[:1].isupper():
        return False
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] == "-" and after[1].isupper()) or (
        len(before) == 2
        and before[1] == "-"
        and before[0].isalpha()
        and _word_before_is_capital(text, start - 1)
    )


def _joined_by_hyphen(text: str, end: int) -> bool:
    """Whether a hyphen joins the word ending at ``end`` to a word after it."""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()


def _word_before_is_capital(text: str, hyphen: int) -> bool:
    return _prev_word(text, hyphen)[:1].isupper()


def _bracketed_abbreviation(flagged: str, text: str, start: int, end: int) -> bool:
    """A short lowercase word alone in brackets: "(ra)", "(pbuh)"."""
    return (
        len(flagged) <= 4
        and flagged.islower()
        and text[start - 1 : start] == "("
        and text[end : end + 1] == ")"
    )


def _ends_with_ellipsis(text: str) -> bool:
    return text[-_WINDOW:].rstrip().endswith(_ELLIPSES)


def _cut_by_ellipsis(text: str, start: int, end: int) -> bool:
    """Whether the word touches an ellipsis that opens or closes the paragraph: an
    excerpt whose first or last word was cut ("...als with", "the f..."). Only the few
    characters around the word are read (a pasted page is one paragraph)."""
    if start <= _WINDOW and text[:start].lstrip() in _ELLIPSES:
        return True
    return len(text) - end <= _WINDOW and text[end:].rstrip() in _ELLIPSES


_NEGATION_STEMS = word_set("shan don won didn isn wasn aren weren hasn haven hadn couldn wouldn")


def _whom_is_object(text: str, end: int) -> bool:
    """ "Whom did you meet?", "With whom did you talk?": an auxiliary and its subject
    follow "whom", so "whom" is the object."""
    aux = _WORD_AFTER.match(text, end)
    if aux is None or aux.group(1).lower() not in _AUXILIARIES:
        return False
    subject = _next_word(text, aux.end())
    return subject.lower() in _SUBJECT_STARTS or subject[:1].isupper()


_SUBJECT_STARTS = word_set(
    "i you he she it we they the a an this that these those my your his her its our their"
)


def _more_counts(flagged: str, text: str, start: int, lex: Lexicon) -> bool:
    """ "one more smaller suitcase" counts; "write more later" has "more" as an object."""
    words = flagged.lower().split()
    if len(words) != 2 or words[0] != "more":
        return False
    before = _prev_word(text, start).lower()
    if before in _NUMBER_WORDS or before.isdigit():
        return True
    tags = lex.tags(before)
    return bool(tags & {"VB", "VBP", "VBD"}) and before not in _AUXILIARIES


_NUMBER_WORDS = word_set("one two three four five six seven eight nine ten any no")


def _noun_after(flagged: str, lex: Lexicon) -> bool:
    """ "looking forward to Christmas": the last word flagged is a name or a noun."""
    last = flagged.split()[-1] if flagged.split() else ""
    return last[:1].isupper() or "NOUN" in lex.classes(last.lower())


def _range(text: str, start: int) -> bool:
    """Whether "from" comes a few words before the "to" at ``start`` ("from round to")."""
    return (
        re.search(r"\bfrom\s+(?:\S+\s+){0,2}$", text[max(0, start - 40) : start], re.I) is not None
    )


def _dialect_twin(word: str, fix: str) -> bool:
    """ "centre"/"center", "travelling"/"traveling": one spelling of the same word."""
    from reviewdesk.core.engines.names.spelling_variants import dialect_twins

    return dialect_twins(word.lower(), fix.lower())


_INITIALS = re.compile(r"(?:[A-Z]\.\s?){2,}")
_NAME_AFTER = re.compile(r"\s*[A-Z][a-z]")
# top-level domains a site's name ends in ("Portfolio.hu", "Politico.eu")
_DOMAIN_END = re.compile(
    r"(?:com|org|net|gov|edu|info|io|co|uk|us|eu|de|fr|hu|pl|ru|ua|it|es|nl|be|ch|at|se|"
    r"no|dk|fi|cz|sk|ro|bg|gr|pt|ie|ca|au|nz|in|jp|cn|kr|br|mx|ar|za|ng|ke|tv|fm|ly)"
    r"(?![\w.])"
)


def _initials_in_name(flagged: str, text: str, end: int) -> bool:
    """Whether ``flagged`` is a run of initials before a surname ("Wayne A. I. Frederick")."""
    return bool(_INITIALS.fullmatch(flagged.strip())) and bool(_NAME_AFTER.match(text, end))


def _domain_name(text: str, start: int) -> bool:
    """Whether the flag is the ending of a site's name ("Portfolio.hu"), not a sentence."""
    return (
        start >= 2
        and text[start - 1] == "."
        and text[start - 2].isalnum()
        and _DOMAIN_END.match(text, start) is not None
    )


def _rule_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a line of hyphens and nothing else (a Markdown
    thematic break, a YAML front matter's fence): a separator, no dash in a sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return len(line) >= 3 and set(line) == {"-"}


_SPACE_RULES = frozenset({"Spaces", "NoFrenchSpaces"})
# rules that read a piece of a hyphenated name as a word: misspelt, or to join or split
_NAME_PIECE_RULES = frozenset({"SpellCheck", "MergeWords", "SplitWords"})


def misfires(
    rule: str, flagged: str, fixes: list[str], text: str, start: int, end: int, lex: Lexicon
) -> bool:
    """Whether Harper's ``rule`` flag on ``text[start:end]`` is wrong in this context."""
    if in_foreign_passage(text, start, lex):
        return True  # "sed do eiusmod tempor": English rules on another language
    if _in_address(text, start, end):
        return True  # "www.collinsdictionary.com/dictionary/english": an address, not prose
    if name_particle(flagged, text, start, end):
        return True  # "Port-au-Prince", "Mazar-i-Sharif", "Sharm el-Sheikh": a name's particle
    if rule in _NAME_PIECE_RULES and lowercase_name_piece(text, start):
        return True  # "Prayuth Chan-o-cha", "Kim Jong-un": a romanised name's pieces
    if rule == "SpellCheck" and name_piece_possessive(flagged, text, start, lex):
        return True  # "Park Won-soon's body": the whole name's possessive
    if rule.startswith("Expand") and _joined_by_hyphen(text, end):
        return True  # "Lee Min-soon": a name's first piece, no abbreviation ("Min" for "Minimum")
    if only_recases_capitals(flagged, fixes):
        return True  # "SAN FRANCISCO, Calif. —": a dateline or headline set in capitals
    if rule == "SpellCheck" and (any(c.isdigit() for c in flagged) or _after_digit(text, start)):
        return True  # "A300s", the "s" of "747s": model numbers and their plurals
    if rule == "SpellCheck" and _possessive_of_number(flagged, text, start):
        return True  # the "s" of "2017's hurricane": a year's possessive
    if rule == "UpdatePlaceNames" and fixes and not fixes[0].isascii():
        # "Turkey" -> "Türkiye", "Ivory Coast" -> "Côte d'Ivoire": a country's own name in
        # its own letters; English-language news (AP, Reuters) keeps the English name
        return True
    if rule == "MergeWords" and _after_digit(text, start):
        return True  # "707s and" is no "sand"
    if rule == "Dashes" and _rule_line(text, start, end):
        return True  # "---" alone on its line: a Markdown rule or front-matter fence
    if rule == "MergeWords" and _initials_in_name(flagged, text, end):
        return True  # "Wayne A. I. Frederick": a name's initials, not the word "AI"
    if rule == "SentenceCapitalization" and _domain_name(text, start):
        return True  # "Speaking to Portfolio.hu, ...": a site's name, no sentence ends
    if label_letter(text, start, end):
        return True  # "(i)", "5.201(b)(1)(i)", a table's column of "a", "b", "f": labels
    if rule == "SpellCheck" and len(flagged) == 1 and flagged.isupper():
        return True  # "Stefan W": an initial without its period
    if rule == "SpellCheck" and lex.count(flagged.lower()) >= 1_000_000:
        # a word common in print that Harper's dictionary lacks ("storey", "metres"):
        # only a suggestion from the other dialect makes the flag worth showing
        if fixes and fixes[0].lower() == flagged.lower():
            return False  # "lebanon" -> "Lebanon": a capital is missing
        return not any(_dialect_twin(flagged, fix) for fix in fixes[:3])
    if rule == "SpellCheck" and rare_word_of_print(flagged, fixes, lex):
        # "justiciable": rarer in print, and no commoner word is one slip away
        return not any(_dialect_twin(flagged, fix) for fix in fixes[:3])
    if rule == "WrongNegative" and fixes and stem_left(flagged, fixes[0]) < 3:
        return True  # "Uni" -> "Dei": no stem is left once "un-" is read as a prefix
    if rule == "SplitWords" and fixes and fixes[0].split()[0].lower() in _PREFIXES:
        return True  # "ex filtration": a prefix is no word of its own ("as well" is)
    if rule == "SplitWords" and fixes and _closed_in_print(flagged, fixes[0], lex):
        return True  # "offsides", "ayin": print writes the word closed more than open
    if rule == "SpellCheck" and _accented_word(flagged, lex):
        return True  # "fiancée", "café": the word with its accents
    if rule == "SpellCheck" and regular_formation(flagged, fixes, lex):
        return True  # "geotagged", "protofilaments": a known word with a prefix or an ending
    if rule == "SpellCheck" and possessive_after_determiner(
        flagged, _prev_word(text, start), fixes, lex
    ):
        return True  # "the internet's reach": a noun's possessive after a determiner
    if rule in _LOAN_PHRASE_RULES and in_loan_phrase(text, start, start + len(flagged.split()[0])):
        return True  # "de facto", "persona non grata", "pro forma": a loan phrase
    if rule == "SpellCheck" and writers_term(flagged, fixes, text, start, lex):
        return True  # a word used again nearby, the same way, with no word near it
    if rule == "SpellCheck" and quoted_term(flagged, fixes, text, start, lex):
        return True  # '"brexiteering"', '"Total omnishambles"': a quoted word, far from all
    if rule == "SpellCheck" and species_epithet(flagged, text, start, lex):
        return True  # "Porites cylindrica", "Vibrio coralliilyticus": a species' Latin name
    if rule == "SpellCheck" and camel_case_name(flagged, fixes):
        return True  # "the McKinsey report", "DeepMind": a name with a capital inside
    if rule == "SpellCheck" and prefixed_abbreviation(flagged, text):
        return True  # "(cDNA)" beside "DNA": shorthand built on an abbreviation
    if rule == "SpellCheck" and foreign_name_word(flagged, text, start, end):
        return True  # "Brigade de Recherche et d’Intervention": a French name's words
    if rule == "SpellCheck" and typed_with_accents(flagged, fixes):
        return True  # "crème brûlée", "Université": a foreign word or name, accents and all
    if rule == "SpellCheck" and _foreign_or_fragment(flagged, text, start):
        return True  # "anthrōpos", "-logia": not an English word misspelt
    if rule == "SpellCheck" and _part_of_hyphenated_name(flagged, text, start, end):
        return True  # "Nils-Erik Haagenrud", "Mc-Master-Carr": a name's capitalised parts
    if rule == "SpellCheck" and _bracketed_abbreviation(flagged, text, start, end):
        return True  # "Imam Khomeini (ra)": an honorific's abbreviation in brackets
    if rule == "SpellCheck" and _cut_by_ellipsis(text, start, end):
        return True  # "...als with Asperger syndrome": an excerpt cut mid-word
    if rule == "UnclosedQuotes" and _ends_with_ellipsis(text):
        return True  # '... goods being distributed "according...': the excerpt is cut
    if rule == "UnclosedQuotes" and flagged == '"' and _after_digit(text, start):
        return True  # 'a 12" pizza': the inch mark
    if rule == "UnclosedQuotes" and quote_runs_on(text, end):
        return True  # a quotation that goes on in the next paragraph
    if rule == "RepeatedWords" and double_copula(flagged, text, start):
        return True  # "What it is is a failure": the first "is" ends the clause
    if rule == "SentenceCapitalization" and after_abbreviation(text, start):
        return True  # "Acme Inc. agreed", "Smith Jr. and": the full stop is the abbreviation's
    if rule == "SentenceCapitalization" and after_title_mark(text, start):
        return True  # "2014's Why? solo album", "the Jeopardy! host": the title's own mark
    if rule in MODAL_RULES and capitalised_mid_sentence(flagged, text, start):
        return True  # "sales rose in May alone", "Will Smith": the month or a name
    if rule == "WhomSubjectOfVerb" and _whom_is_object(text, end):
        return True  # "Whom did you meet?": an inverted question, "whom" is the object
    if rule == "AdjectiveDoubleDegree" and _more_counts(flagged, text, start, lex):
        return True  # "one more smaller suitcase", "write more later"
    if rule == "LookingForwardTo" and _noun_after(flagged, lex):
        return True  # "looking forward to Christmas", "to snow": a noun, not a verb
    if rule in _CONTEXT_RULES and _CONTEXT_RULES[rule](flagged, text, start, end, lex):
        return True
    if rule == "MissingTo" and _next_word(text, end).lower() in _FINITE_BE:
        return True  # "What we need are police": the clause is the subject of "are"
    if rule == "InflectedVerbAfterTo" and _range(text, start):
        return True  # "from round to flattened": a range, not an infinitive
    if rule == "DisjointPrefixes" and (" " in flagged or "-" in flagged):
        return True  # "Under current", "co-author": two words, or the house's hyphen
    if rule == "CompoundNouns" and all(w[:1].isupper() for w in flagged.split()):
        return True  # "Coast Guard": a proper name is written as its owner writes it
    if rule in ("CompoundNouns", "TransposedSpace") and name_with_particle(flagged, text, end):
        return True  # "Dar es Salaam", "Quai des Orfèvres": a name and its particle
    if rule == "CompoundNouns" and _open_in_print(flagged, lex):
        return True  # "air strike", "end point", "tear gas": print writes them open too
    if rule in _SPACE_RULES and layout_space(text, start, end):
        return True  # a tab, a form's blank, an indent: the page's layout, not a slip
    if rule == "Spaces" and text[end : end + 3] in ("...", "…"):
        return True  # "wait ..." (AP's ellipsis, spaced)
    if rule == "SpellCheck" and after_bracketed_letter(flagged, text, start, lex):
        return True  # 'the "[a]ttack"': an editor's bracket changed the word's first letter
    if rule == "PronounVerbAgreement":
        before = _prev_word(text, start)
        word = flagged.lower()
        if bracketed_pronoun_end(text, start, before):
            return True  # "[T]he Court rules": "he" ends the word "[T]he"
        if lex.tags(word) == {"NNS"} or (
            before.lower() in ("we", "you", "us") and lex.noun_number(word) == "plural"
        ):
            return True  # "We parents", "You guys": a noun in apposition
        if before == "I" and _prev_word(text, start - len(before) - 1)[:1].isupper():
            return True  # "Phase I corresponds": a Roman numeral
        if before.lower() == "i" and _prev_word(text, start - len(before) - 1).lower() == "am":
            return True  # "am I nuts?"
        if before.lower() in ("you", "i") and _object_pronoun(text, start, before, lex):
            return True  # "To see you is a pleasure": "you" is the object, not the subject
    if rule == "OrthographicConsistency" and fixes:
        first = fixes[0]
        if text[end : end + 1] == "." and text[end + 1 : end + 2].isalpha():
            return True  # "a Ph.D. candidate": an abbreviation with its periods, no "pH"
        if inner_capital_name(flagged, fixes):
            return True  # "the oVert project": its owner's capitals
        if first.isupper() and flagged[:1].isupper() and not flagged.isupper():
            return True  # "Unix" -> "UNIX", "Al" -> "AL": the writer's own capitals
        if first[:1].islower() and flagged[:1].isupper() and first.lower() == flagged.lower():
            return _prev_word(text, start) == ""  # "Who's" at a sentence start
    if rule == "ItsPossessive":
        after = _next_word(text, end)
        return after.lower() in _IT_IS_BEFORE or after[:1].isupper()
    if rule == "AnA":
        after = _next_word(text, end)
        if listed_sound(after) == (flagged.lower() == "an"):
            return True  # "an unidentified man": "un-" before "identified", a vowel sound
        return (len(after) > 1 and after.isupper()) or text[end : end + 1] == "."
    return False
