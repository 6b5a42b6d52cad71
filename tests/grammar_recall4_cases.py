"""Grammar kinds added in the fourth recall pass (issue 11), each written from a grammar
reference's list of common errors, with sentences of our own: a verb's base form after
"be" ("was break", "will be announce"), an "-ing" form with no "be" ("I going"),
"this"/"these" against their verb ("This are"), a short adjective with "more"/"most"
("more tall"), prepositions of time ("in Monday", "on 1990", "since three years"),
"had better to", an "-ing" after "let"/"make"/"help" and their object ("help me
finding"), "can't hardly", a verb's object without its preposition ("listen music",
"wait me"), "look forward to meet", "a lot friends", a question with no
"do" ("Where you live?"), "one of"/"each of" a plural with a plural verb, a subject
opening with "Her" ("Her cousins was"), part of a plural ("Three of the suspects
was"), and
apostrophes that make a plural a possessive ("The dog's are") or leave a count's owner
single ("two day's drive"). Each is found with its fix after an emoji (code-point
offsets), and correct sentences of the same shapes stay clean: the cases only, run by
``test_grammar_recall.py`` with the earlier passes' cases.
"""

from __future__ import annotations

# (sentence, flagged words, first fix, rule)
KINDS = [
    # a base form after "be": the participle or "-ing", whichever print backs
    ("The gate was break by the crowd.", "break", "broken", "verb-form"),
    ("The result will be announce on Friday.", "announce", "announced", "verb-form"),
    ("The flat has been sell to a developer.", "sell", "sold", "verb-form"),
    ("The pupils were play chess in the hall.", "play", "playing", "verb-form"),
    # "be" missing before "-ing"; "this"/"these" against the verb
    ("I going to the station now.", "going", "am going", "verb-form"),
    ("The rain stopped and they playing outside again.", "playing", "are playing", "verb-form"),
    ("This are the figures for May.", "are", "is", "subject-verb-agreement"),
    ("Those was the best years.", "was", "were", "subject-verb-agreement"),
    # a short adjective with "more"/"most"
    ("The tower is more tall than the church.", "more tall", "taller", "double-comparison"),
    ("It was the most cheap ticket on sale.", "most cheap", "cheapest", "double-comparison"),
    # prepositions of time
    ("The vote is in Thursday.", "in", "on", "preposition"),
    ("The mayor was elected on 2015.", "on", "in", "preposition"),
    ("The train leaves in 6 o'clock.", "in", "at", "preposition"),
    ("She has taught here since four years.", "since", "for", "preposition"),
    ("During two weeks the road was shut.", "During", "For", "preposition"),
    # bare infinitives and "-ing" after causatives; "hardly" after a negative
    ("You had better to call a lawyer.", "better to", "better", "bare-infinitive"),
    ("The coach would rather to wait.", "rather to", "rather", "bare-infinitive"),
    ("Please help us finding the owner.", "finding", "find", "bare-infinitive"),
    ("Let's going to the match.", "going", "go", "bare-infinitive"),
    ("The noise made them leaving early.", "leaving", "leave", "bare-infinitive"),
    ("I can't hardly hear the speaker.", "can't hardly", "can hardly", "grammar-phrase"),
    # a verb's object and its preposition; "to" as a preposition
    ("He listens the radio on the way to work.", "listens", "listens to", "preposition"),
    ("Please wait us at the gate.", "wait", "wait for", "preposition"),
    ("We look forward to hear from you.", "hear", "hearing", "verb-form"),
    ("The club has a lot supporters abroad.", "lot", "lot of", "noun-number"),
    # a question with no helper; "one of" a plural
    ("Where you work these days?", "you work", "do you work", "question-order"),
    ("One of the lawyers were absent.", "were", "was", "subject-verb-agreement"),
    ("One of my neighbours own a boat.", "own", "owns", "subject-verb-agreement"),
    ("Each of the two sides were warned.", "were", "was", "subject-verb-agreement"),
    ("Her cousins was at the match.", "was", "were", "subject-verb-agreement"),
    ("Three of the suspects was released.", "was", "were", "subject-verb-agreement"),
    ("Most of the pupils has left.", "has", "have", "subject-verb-agreement"),
    # apostrophes and number
    ("The cat's are asleep on the sofa.", "cat's", "cats", "noun-number"),
    ("It is a three hour's walk to the lake.", "hour's", "hours'", "noun-number"),
]

CLEAN = [
    "The gate was broken, the result will be announced, and they were playing chess.",
    "All you have to do is ask; what he did was leave the room.",
    "The issue was supply. The shop is close to the station and the door is open.",
    "I am going home, they are playing, and we having won, the rest followed.",
    "This is the plan. These are the figures. If this were true, we would know.",
    "Those were the best years. Those are mine, and these were his.",
    "Rules are more strict now; it felt more real, and there will be more large-scale protests.",
    "The vote is on Thursday, in 2015 and at 6 o'clock; sales were up 5% on 2019.",
    "Pelosi was sworn in Friday. She has taught here since 2019 and for four years.",
    "It happened three years ago, during two hours of talks, and since then.",
    "You had better call. I would rather wait. I can't help laughing. Help us find him.",
    "I can hardly hear you; she barely spoke.",
    "He listens to jazz, listens carefully, and will wait a minute; they waited them out.",
    "We look forward to seeing you and to work.",
    "It is a lot better now, and a lot of fans came.",
    "Where do you work? Where are you going? What you want is rest.",
    "One of the lawyers was absent; one of the people who live here came.",
    "Her cousins were at the match, and her own car is red. I saw her leave.",
    "Some of the water is gone, most of the money was found, and three of the team is out.",
    "The children's are on the left. McDonald's are open. It was a day's walk.",
    "The January 7 quake's epicenter was close, and a two-hour walk followed.",
    "Three nurse's uniforms and 12 player's shirts were sold.",
]
