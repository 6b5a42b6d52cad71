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
    ("grammar", "a-an"): "A or an",
    ("grammar", "confused-words"): "Confused words",
    ("grammar", "could-of"): "“Could of” for “could have”",
    ("grammar", "verb-form"): "Verb form",
    ("grammar", "compound-words"): "Compound written apart",
    ("grammar", "weekday-date"): "Weekday does not match the date",
    ("grammar", "grammar-phrase"): "Grammar",
    # mechanics
    ("mechanics", "double-space"): "Double space",
    ("mechanics", "missing-space-after-sentence"): "Missing space after a sentence",
    ("mechanics", "missing-space-after-comma"): "Missing space after a comma",
    ("mechanics", "missing-space-after-semicolon"): "Missing space after a semicolon",
    ("mechanics", "missing-space-after-colon"): "Missing space after a colon",
    ("mechanics", "missing-space-after-initial"): "Missing space after an initial",
    ("mechanics", "missing-space-after-abbreviation"): "Missing space after a title",
    ("mechanics", "space-before-punctuation"): "Space before punctuation",
    ("mechanics", "space-before-comma"): "Space before a comma",
    ("mechanics", "lowercase-sentence-start"): "Sentence starts in lowercase",
    ("mechanics", "lowercase-after-label"): "Answer starts in lowercase",
    ("mechanics", "lowercase-month"): "Month in lowercase",
    ("mechanics", "capital-after-quote"): "Capital after a quotation",
    # names and consistency
    ("names", "name-variant"): "Name spelt two ways",
    ("names", "name-variants"): "Name spelt two ways",
    ("names", "first-name-conflict"): "Two first names for one surname",
    ("names", "first-names"): "Two first names for one surname",
    ("names", "name-lowercase"): "Name in lowercase",
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
    ("consistency", "consistency-numbers"): "Numbers in words and figures",
    ("consistency", "consistency-headings"): "Headings capitalised two ways",
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
    ("debris", "debris-photo-credit"): "Photo credit left in the text",
    ("debris", "debris-caption"): "Photo caption left in the text",
    ("debris", "debris-markdown"): "Markdown mark",
    ("debris", "debris-leading-space"): "Spaces before a paragraph",
    ("debris", "debris-blank-lines"): "Blank lines in a row",
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

_HOUSE_STYLE_KINDS = {
    "substitute": "House style",
    "name": "House spelling of a name",
    "capitalize": "House style: capital",
    "lowercase": "House style: lowercase",
    "banned": "Banned word",
    "cautioned": "Word to use with care",
}
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_LT_SUFFIX = re.compile(r"_(RULE|EN|US|GB|AU|CA|\d+)$")


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
        label = _HOUSE_STYLE_KINDS.get(kind, "House style")
        target = rest[0] if rest else ""
        if target and len(target) <= 30 and not any(c in target for c in "\\()[]{}|^$*+?"):
            return f"{label}: {target}"
        return label
    return _humanise(rule)


def _humanise(rule: str) -> str:
    """ "OxfordComma" -> "Oxford comma", "name-variant" -> "Name variant",
    "EN_QUOTES_RULE" -> "En quotes"."""
    if rule.isupper() or "_" in rule:
        words = rule.removeprefix("EN_")
        while _LT_SUFFIX.search(words):
            words = _LT_SUFFIX.sub("", words)
        text = words.replace("_", " ").lower()
    elif "-" in rule or rule.islower():
        text = rule.replace("-", " ").replace("/", " ")
    else:
        parts = _CAMEL.split(rule)
        text = " ".join(p if p.isupper() and len(p) > 1 else p.lower() for p in parts)
    text = " ".join(text.split())
    return text[:1].upper() + text[1:] if text else rule


def rule_tooltip(engine: str, rule: str) -> str:
    """The tooltip beside a rule's name: the rule's id and its engine."""
    return f"Rule id: {rule} ({engine})" if engine else f"Rule id: {rule}"
