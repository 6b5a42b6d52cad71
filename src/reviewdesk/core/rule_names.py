"""Human names for rules, one table for every screen and the report.

Engines identify rules by ids ("UnclosedQuotes", "name-variant",
"MORFOLOGIK_RULE_EN_US", "house-style/substitute/whilst"); an editor reads "Unclosed
quotation mark", "Name spelt two ways", "Spelling", "House style: whilst". Menus,
settings and the report show :func:`rule_name`; the id goes only into tooltips
(:func:`rule_tooltip`), where a developer or a support call can find it.
"""

from __future__ import annotations

import re

# (engine, rule id) -> name; engine "" applies to any engine using that id.
RULE_NAMES: dict[tuple[str, str], str] = {
    # Harper
    ("harper", "SpellCheck"): "Spelling",
    ("harper", "SplitWords"): "Word written together",
    ("harper", "MergeWords"): "Word written apart",
    ("harper", "UnclosedQuotes"): "Unclosed quotation mark",
    ("harper", "OxfordComma"): "Serial (Oxford) comma",
    ("harper", "NoOxfordComma"): "No serial comma",
    ("harper", "UseEllipsisCharacter"): "Ellipsis character",
    ("harper", "EllipsisLength"): "Ellipsis length",
    ("harper", "NumericRangeEnDash"): "En dash in a number range",
    ("harper", "NoFrenchSpaces"): "Two spaces after a sentence",
    ("harper", "Spaces"): "Extra spaces",
    ("harper", "AnA"): "A or an",
    ("harper", "RepeatedWords"): "Repeated word",
    ("harper", "SentenceCapitalization"): "Sentence starts in lowercase",
    ("harper", "CommaFixes"): "Comma spacing",
    ("harper", "LongSentences"): "Long sentence",
    ("harper", "ItsContraction"): "It's or its",
    ("harper", "ItsPossessive"): "Its or it's",
    ("harper", "DisjointPrefixes"): "Prefix written apart or hyphenated",
    ("harper", "OrthographicConsistency"): "Capitals inside a word",
    ("harper", "CompoundNouns"): "Compound noun",
    ("harper", "PronounVerbAgreement"): "Subject–verb agreement",
    ("harper", "Regionalisms"): "Regional word",
    ("harper", "DiscourseMarkers"): "Comma after an opening word",
    ("harper", "AvoidAndAlso"): "“And also”",
    ("harper", "QuantifierNumeralConflict"): "Quantifier before a number",
    # our grammar engine
    ("grammar", "subject-verb-agreement"): "Subject–verb agreement",
    # phrase errors (core.engines.phrase_errors)
    ("phrases", "misused-phrase"): "Misused phrase",
    ("phrases", "nonstandard-form"): "Nonstandard form",
    ("phrases", "redundant-phrase"): "Redundant phrase",
    ("grammar", "a-an"): "A or an",
    ("grammar", "confused-words"): "Confused words",
    ("grammar", "could-of"): "“Could of” for “could have”",
    ("grammar", "verb-form"): "Verb form",
    ("grammar", "compound-words"): "Compound written apart",
    ("grammar", "weekday-date"): "Weekday does not match the date",
    ("grammar", "grammar-phrase"): "Grammar",
    ("grammar", "noun-number"): "Singular or plural noun",
    ("grammar", "sense-slip"): "Sound-alike word (the sentence decides)",
    ("grammar", "apostrophe-slip"): "Apostrophe in a plural or a pronoun",
    ("grammar", "and-verb-tense"): "Second verb in another tense",
    ("grammar", "comparison"): "Comparison",
    ("grammar", "question-order"): "Word order in a question",
    ("grammar", "pronoun-case"): "I or me, he or him",
    ("grammar", "bare-infinitive"): "“To” too many",
    ("grammar", "verb-tense"): "Tense",
    ("grammar", "adverb-adjective"): "Adverb for an adjective",
    ("grammar", "adjective-form"): "“-ing” for “-ed” (exciting, excited)",
    ("grammar", "missing-word"): "Word missing",
    ("grammar", "double-article"): "Two articles",
    ("grammar", "preposition"): "Preposition",
    ("grammar", "double-comparison"): "“More” or “most” twice",
    ("grammar", "enough-order"): "“Enough” before its adjective",
    ("grammar", "grammar-frame"): "Paired words that do not match",
    ("grammar", "word-pair"): "Word form print does not use here",
    ("grammar", "word-context"): "Word that fits neither neighbour",
    ("grammar", "reported-question-order"): "Reported question in a question's order",
    ("grammar", "clause-joined-twice"): "Clauses joined twice (“although … but”)",
    ("grammar", "the-more-the-more"): "“The more …, the more …”",
    ("grammar", "unit-in-modifier"): "Plural unit in a modifier (“a five-years-old”)",
    ("grammar", "so-such"): "“So” or “such”",
    ("grammar", "superlative-the"): "Superlative without “the”",
    ("grammar", "determiner-pronoun"): "Determiner before a pronoun (“the it”)",
    ("grammar", "who-agreement"): "Verb after “who” (“Who want…?”)",
    ("grammar", "whom-subject"): "“Whom” as a subject",
    ("grammar", "for-someone-to"): "“For someone” without “to”",
    ("grammar", "missing-preposition"): "Verb without its preposition (“listen music”)",
    ("grammar", "preposition-to-verb"): "“To” and a verb after a preposition",
    ("grammar", "passive-needs-to"): "Passive without “to” (“was made do”)",
    ("grammar", "missing-to"): "Verb without its “to” (“likes read”)",
    ("grammar", "will-in-time-clause"): "“Will” after “if” or “when”",
    ("grammar", "very-verb"): "“Very” before a verb",
    ("grammar", "article-phrase"): "“A same”, “an other”",
    ("grammar", "context-fit"): "Word far likelier in another form here",
    # grammar19: countable nouns, number words
    ("grammar", "number-word"): "Number word (“two hundreds”, “a dozen of”)",
    ("grammar", "that-clause"): "“To” after a verb that takes a clause (“suggest you to”)",
    # syntax11: noun phrases, pronouns, prepositions, adverbs, punctuation
    ("grammar", "double-determiner"): "Two determiners (“a his”)",
    ("grammar", "relative-pronoun"): "“Which” for a person",
    ("grammar", "adverb-order"): "Adverb after its verb (“go always”)",
    ("grammar", "adverb-form"): "“Good” for “well”",
    ("grammar", "adverb-before-be"): "Adverb before “be” (“always is”)",
    ("grammar", "repeated-subject"): "Subject said twice (“My sister she”)",
    ("grammar", "superlative-form"): "Comparative for a superlative (“the worse ever”)",
    ("grammar", "tag-question-comma"): "Comma before a tag question",
    ("grammar", "question-mark"): "Question without a question mark",
    ("grammar", "reported-question-comma"): "Comma before a reported question",
    ("grammar", "however-splice"): "Two sentences joined by “however” or “therefore”",
    ("grammar", "date-comma"): "Comma between a date’s day and year",
    ("grammar", "double-period"): "Two full stops",
    ("grammar", "repeated-word"): "Word typed twice",
    # punct12: commas between clauses, hyphens in a modifier
    ("grammar", "compound-modifier"): "Compound modifier before a noun without hyphens",
    ("grammar", "intro-clause-comma"): "No comma after an opening clause",
    ("grammar", "intro-phrase-comma"): "No comma after an opening phrase",
    ("grammar", "interjection-comma"): "No comma after “yes”, “no” or “well”",
    ("grammar", "conjunction-comma"): "No comma before “but” or “so” joining sentences",
    ("grammar", "comma-between-subjects"): "Comma between two subjects",
    ("grammar", "comma-splice"): "Two sentences joined by a comma",
    # mechanics
    ("mechanics", "double-space"): "Double space",
    ("mechanics", "doubled-punctuation"): "Comma or semicolon typed twice",
    ("mechanics", "mixed-punctuation"): "Two different marks in a row",
    ("mechanics", "space-inside-brackets"): "Space inside brackets",
    ("mechanics", "list-colon"): "Colon after “such as” or “including”",
    ("mechanics", "abbreviation-period"): "Abbreviation without its full stops",
    ("mechanics", "weekday-comma"): "Comma between a weekday and its date",
    ("mechanics", "compound-modifier-hyphen"): "Number and unit before a noun without a hyphen",
    ("mechanics", "missing-space-after-sentence"): "Missing space after a sentence",
    ("mechanics", "missing-space-after-comma"): "Missing space after a comma",
    ("mechanics", "missing-space-after-semicolon"): "Missing space after a semicolon",
    ("mechanics", "missing-space-after-colon"): "Missing space after a colon",
    ("mechanics", "missing-space-after-initial"): "Missing space after an initial",
    ("mechanics", "missing-space-after-abbreviation"): "Missing space after a title",
    ("mechanics", "space-before-punctuation"): "Space before punctuation",
    ("mechanics", "space-before-comma"): "Space before a comma",
    ("mechanics", "lowercase-sentence-start"): "Sentence starts in lowercase",
    ("mechanics", "lowercase-paragraph-start"): "Paragraph starts in lowercase",
    ("mechanics", "lowercase-after-label"): "Lowercase after a label",
    ("mechanics", "lowercase-month"): "Month in lowercase",
    ("mechanics", "capital-day-part"): "Part of the day capitalised",
    ("mechanics", "capital-after-quote"): "Capital after a quotation",
    # names and consistency
    ("names", "name-variant"): "Name spelt two ways",
    ("names", "name-variants"): "Name spelt two ways",
    ("names", "first-name-conflict"): "Two first names for one surname",
    ("names", "first-names"): "Two first names for one surname",
    ("names", "name-lowercase"): "Name in lowercase",
    ("names", "stray-capital"): "Capital mid-sentence",
    ("names", "term-capitalisation"): "Term capitalised two ways",
    ("names", "term-hyphenation"): "Term hyphenated two ways",
    ("names", "name-hyphenation"): "Name hyphenated two ways",
    ("names", "spelling-dialect"): "Spelling from another dialect",
    ("names", "spelling-variant-mixed"): "Two spellings of one word",
    # consistency of forms
    ("consistency", "consistency-percent"): "Percent written two ways",
    ("consistency", "consistency-quotes"): "Straight and curly quotes mixed",
    ("consistency", "consistency-apostrophes"): "Straight and curly apostrophes mixed",
    ("consistency", "consistency-dashes"): "Spaced and unspaced dashes mixed",
    ("consistency", "consistency-dates"): "Dates written two ways",
    ("consistency", "consistency-month-names"): "Months in full and abbreviated",
    ("consistency", "consistency-numbers"): "Numbers in words and figures",
    ("consistency", "consistency-headings"): "Headings capitalised two ways",
    ("consistency", "consistency-big-numbers"): "Numbers from 10 in words and figures",
    ("consistency", "consistency-ellipses"): "Ellipses written two ways",
    ("consistency", "consistency-times"): "Times of day written two ways",
    ("consistency", "consistency-units"): "Units spaced and unspaced after figures",
    ("consistency", "consistency-thousands"): "Thousands with and without a comma",
    ("consistency", "consistency-date-ordinals"): "Dates with and without “th”",
    ("consistency", "consistency-term-figures"): "Term with a figure in two cases",
    ("consistency", "consistency-term-case"): "Term in capitals and capitalised",
    ("consistency", "consistency-spelled"): "Name spelt two ways",
    ("consistency", "consistency-dots"): "Abbreviation with and without full stops",
    ("consistency", "consistency-the-term"): "Term capitalised two ways",
    ("consistency", "consistency-dash-marks"): "Dashes and hyphens mixed",
    ("consistency", "consistency-sound-alike"): "Sound-alike among its partner",
    ("consistency", "abbreviation-before-definition"): "Abbreviation used before it is defined",
    ("consistency", "abbreviation-defined-twice"): "Abbreviation defined twice",
    # web debris
    ("debris", "debris-share"): "Share buttons",
    ("debris", "debris-duplicate"): "Repeated paragraph",
    ("debris", "debris-pull-quote"): "Pull quote left in the text",
    ("debris", "debris-breadcrumb"): "Breadcrumb trail",
    ("debris", "debris-markup"): "Markup left in the text",
    ("debris", "debris-html-entity"): "HTML entity",
    ("debris", "debris-comment-form"): "Comment form",
    ("debris", "debris-anti-spam"): "Anti-spam notice",
    ("debris", "debris-subscribe"): "Subscription prompt",
    ("debris", "debris-cookie"): "Cookie notice",
    ("debris", "debris-page-furniture"): "Page furniture",
    ("debris", "debris-page-end"): "Page furniture after the article",
    ("debris", "debris-link-box"): "Links between the article's paragraphs",
    ("debris", "debris-page-head"): "Page furniture above the article",
    ("debris", "debris-repeated-label"): "A web page's label repeated between paragraphs",
    ("debris", "debris-box-title"): "A link's title beside the web page's furniture",
    ("debris", "debris-box-line"): "A web page's box between the paragraphs",
    ("debris", "debris-photo-credit"): "Photo credit left in the text",
    ("debris", "debris-caption"): "Photo caption left in the text",
    ("debris", "debris-time-stamp"): "Time stamp left in the text",
    ("debris", "debris-markdown"): "Markdown link",
    ("debris", "debris-repeated-headline"): "Headline repeated",
    # LanguageTool
    ("languagetool", "MORFOLOGIK_RULE_EN_US"): "Spelling",
    ("languagetool", "MORFOLOGIK_RULE_EN_GB"): "Spelling",
    ("languagetool", "MORFOLOGIK_RULE_EN_AU"): "Spelling",
    ("languagetool", "MORFOLOGIK_RULE_EN_CA"): "Spelling",
    ("languagetool", "UPPERCASE_SENTENCE_START"): "Sentence starts in lowercase",
    ("languagetool", "EN_A_VS_AN"): "A or an",
    ("languagetool", "ENGLISH_WORD_REPEAT_RULE"): "Repeated word",
    ("languagetool", "WHITESPACE_RULE"): "Extra spaces",
    ("languagetool", "COMMA_PARENTHESIS_WHITESPACE"): "Space before punctuation",
    ("languagetool", "EN_UNPAIRED_BRACKETS"): "Unpaired bracket or quotation mark",
}

_BY_ID: dict[str, str] = {rule: name for (_engine, rule), name in RULE_NAMES.items()}

_HOUSE_STYLE_KINDS = {  # kind -> (name without a target, name with "{t}" for it)
    "substitute": ("House style", "House style: {t}"),
    "name": ("House spelling of a name", "House spelling of {t}"),
    "capitalize": ("House style: capital", "House style: “{t}” with a capital"),
    "lowercase": ("House style: lowercase", "House style: “{t}” in lower case"),
    "banned": ("Banned word", "Banned word: {t}"),
    "cautioned": ("Word to use with care", "Word to use with care: {t}"),
}
_FAMILY_PREFIXES = {"debris": "Web debris"}
_LANGUAGE_PREFIX = re.compile(r"^[A-Z]{2}(?:_[A-Z]{2})?_(?=[A-Z0-9])")
_LT_SUFFIX = re.compile(r"_(RULE|EN|US|GB|AU|CA|NZ|ZA|\d+)$")
_CAMEL_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_ACRONYMS = {"us", "uk", "ai", "eu", "un", "tv", "pm", "am", "id", "ok", "html", "url"}


def rule_name(engine: str, rule: str) -> str:
    """The name an editor reads for ``rule`` of ``engine`` (never empty).

    ``engine`` may be "" where only the id is known (the switched-off rules setting).
    """
    if not rule:
        return "Rule"
    named = RULE_NAMES.get((engine, rule)) or _BY_ID.get(rule)
    if named:
        return named
    if rule.startswith("house-style/"):
        _, kind, *rest = rule.split("/", 2)
        plain, with_target = _HOUSE_STYLE_KINDS.get(kind, ("House style", "House style: {t}"))
        target = rest[0] if rest else ""
        if target and len(target) <= 30 and not any(c in target for c in "\\()[]{}|^$*+?"):
            return with_target.format(t=target)
        return plain
    return _humanise(rule)


def _sentence(words: list[str]) -> str:
    """Words as a sentence-case phrase, acronyms kept in capitals."""
    out = []
    for n, word in enumerate(w for w in words if w):
        lower = word.lower()
        if lower in _ACRONYMS:
            out.append(lower.upper())
        else:
            out.append(lower.capitalize() if n == 0 else lower)
    return " ".join(out)


def _humanise(rule: str) -> str:
    """A name made from the id's shape, for rules the table does not know yet:
    "OxfordComma" -> "Oxford comma", "debris-breadcrumb" -> "Web debris: breadcrumb",
    "EN_QUOTES_RULE" -> "Quotes"."""
    rule = rule.strip()
    if "/" in rule:  # another family's rule/detail: name the family's part
        rule = rule.split("/", 1)[0]
    if re.fullmatch(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*", rule):  # kebab-case: ours
        words = re.split(r"[-_.]", rule)
        family = _FAMILY_PREFIXES.get(words[0])
        if family is not None and len(words) > 1:
            return f"{family}: {_sentence(words[1:]).lower()}"
        return _sentence(words)
    if re.fullmatch(r"[A-Z0-9]+(?:_[A-Z0-9]+)*", rule):  # UPPER_SNAKE: LanguageTool
        stripped = _LANGUAGE_PREFIX.sub("", rule)
        while _LT_SUFFIX.search(stripped) and "_" in stripped:
            stripped = _LT_SUFFIX.sub("", stripped)
        return _sentence(stripped.split("_")) or rule
    return _sentence(_CAMEL_WORD.findall(rule)) or rule  # CamelCase: Harper


# What the window calls each category and engine (gui.palette's labels, translated
# there; a test keeps the two in step), for the review report, which is English.
CATEGORY_NAMES: dict[str, str] = {
    "spelling": "Spelling",
    "grammar": "Grammar",
    "confusion": "Confused words",
    "punctuation": "Punctuation",
    "spacing": "Spacing",
    "capitalization": "Capitalisation",
    "consistency": "Consistency",
    "style": "Style",
    "debris": "Web debris",
    "typography": "Typography",
}
ENGINE_NAMES: dict[str, str] = {
    "harper": "Harper",
    "languagetool": "LanguageTool",
    "mechanics": "Mechanics",
    "names": "Names",
    "debris": "Debris",
    "house-style": "House style",
}


def category_name(category: str) -> str:
    """The name an editor reads for a category id ("capitalization" -> "Capitalisation")."""
    return CATEGORY_NAMES.get(category, category)


def engine_name(engine: str) -> str:
    """The name an editor reads for an engine id ("harper" -> "Harper"); one the table
    does not hold reads as the window's issues panel shows it ("grammar" -> "Grammar")."""
    return ENGINE_NAMES.get(engine) or engine.replace("_", " ").title()


def rule_tooltip(engine: str, rule: str) -> str:
    """The tooltip beside a rule's name: the rule's id and its engine."""
    return f"Rule id: {rule} ({engine})" if engine else f"Rule id: {rule}"
