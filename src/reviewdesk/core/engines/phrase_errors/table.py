"""Our own list of phrase errors, in three families a desk can turn off one by one.

Written for this project from the usual copy-desk lists of misused phrases (the wrong
words of an idiom heard rather than read: "baited breath", "tow the line"),
nonstandard forms and textbook redundancies. One entry a line: ``wrong => right``
(several fixes split by ``/``). A hyphen in an entry must be in the text; spaces match
any run of spaces. Entries are kept only when the wrong form cannot be correct English
in news copy ("peak interest" is left out: a market's peak interest rate).
"""

from __future__ import annotations

MISUSED = "misused"
NONSTANDARD = "nonstandard"
REDUNDANT = "redundant"
FAMILIES: tuple[str, ...] = (MISUSED, NONSTANDARD, REDUNDANT)

OWN_MISUSED = """
could care less => couldn't care less
for all intensive purposes => for all intents and purposes
for all intense purposes => for all intents and purposes
baited breath => bated breath
tow the line => toe the line
towed the line => toed the line
towing the line => toeing the line
one in the same => one and the same
case and point => case in point
deep-seeded => deep-seated
deep seeded => deep-seated
escape goat => scapegoat
free reign => free rein
sneak peak => sneak peek
sneak peaks => sneak peeks
peaked my interest => piqued my interest
peaked his interest => piqued his interest
peaked her interest => piqued her interest
peaked their interest => piqued their interest
peaked our interest => piqued our interest
peaked the interest => piqued the interest
wet your appetite => whet your appetite
wet the appetite => whet the appetite
wet their appetite => whet their appetite
whet your whistle => wet your whistle
shoe-in => shoo-in
shoe in for => shoo-in for
tongue and cheek => tongue-in-cheek
tongue-and-cheek => tongue-in-cheek
make due with => make do with
make due without => make do without
statue of limitations => statute of limitations
mute point => moot point
nip it in the butt => nip it in the bud
butt naked => buck naked
hunger pains => hunger pangs
hone in on => home in on
damp squid => damp squib
on tender hooks => on tenterhooks
to the manor born => to the manner born
beckon call => beck and call
beckon and call => beck and call
old wise tale => old wives' tale
old wives tale => old wives' tale
doggy-dog world => dog-eat-dog world
doggy dog world => dog-eat-dog world
just desserts => just deserts
extract revenge => exact revenge
pour over the details => pore over the details
poured over the details => pored over the details
pouring over the details => poring over the details
pour over the documents => pore over the documents
poured over the documents => pored over the documents
poring rain => pouring rain
slight of hand => sleight of hand
by in large => by and large
by-in-large => by and large
in lieu of the fact => in view of the fact
vocal chords => vocal cords
spinal chord => spinal cord
piece of mind => peace of mind
peace of the action => piece of the action
wreck havoc => wreak havoc
wrecked havoc => wreaked havoc
wrecking havoc => wreaking havoc
reek havoc => wreak havoc
reeked havoc => wreaked havoc
reeking havoc => wreaking havoc
rein of terror => reign of terror
pedaling influence => peddling influence
influence pedaling => influence peddling
influence pedalling => influence peddling
pass mustard => pass muster
passed mustard => passed muster
anchors away => anchors aweigh
bare in mind => bear in mind
bare with me => bear with me
biding war => bidding war
curl up and dye => curl up and die
diffuse the situation => defuse the situation
diffused the situation => defused the situation
diffuse the bomb => defuse the bomb
eek out => eke out
eeked out => eked out
eeking out => eking out
expresso => espresso
flush out the details => flesh out the details
flush out the plan => flesh out the plan
hair's breath => hair's breadth
hairs breath => hair's breadth
heart-rendering => heart-rending
heart rendering => heart-rending
hay day => heyday
hey day => heyday
in the same vain => in the same vein
jive with => jibe with
mind-bottling => mind-boggling
moral of the staff => morale of the staff
nerve-wrecking => nerve-racking
nerve wrecking => nerve-racking
on the lamb => on the lam
one foul swoop => one fell swoop
out of sink => out of sync
point in case => case in point
pre-Madonna => prima donna
road to hoe => row to hoe
tough road to hoe => tough row to hoe
hard road to hoe => hard row to hoe
self-depreciating => self-deprecating
self depreciating => self-deprecating
sparing partner => sparring partner
stock and trade => stock-in-trade
died in the wool => dyed-in-the-wool
died-in-the-wool => dyed-in-the-wool
to all intensive purposes => to all intents and purposes
unchartered territory => uncharted territory
unchartered waters => uncharted waters
upmost importance => utmost importance
whole nother => whole other
without further adieu => without further ado
worse case scenario => worst-case scenario
worse-case scenario => worst-case scenario
your welcome => you're welcome
brussel sprouts => Brussels sprouts
cold slaw => coleslaw
cole slaw => coleslaw
heroine addiction => heroin addiction
heroine addict => heroin addict
mother load => motherlode
on accident => by accident
scotch free => scot-free
scot free => scot-free
scott free => scot-free
sole searching => soul-searching
strike a cord => strike a chord
struck a cord => struck a chord
strikes a cord => strikes a chord
wreckless driving => reckless driving
wreckless endangerment => reckless endangerment
all of the sudden => all of a sudden
on the same token => by the same token
biting my time => biding my time
biting his time => biding his time
biting her time => biding her time
biting their time => biding their time
biting our time => biding our time
bite your time => bide your time
taken for granite => taken for granted
take it for granite => take it for granted
took it for granite => took it for granted
hair-brained => harebrained
hairbrained => harebrained
lip-sinking => lip-syncing
lip sinking => lip-syncing
spurt of the moment => spur of the moment
prostrate cancer => prostate cancer
prostrate gland => prostate gland
pot marked => pockmarked
pot-marked => pockmarked
rein supreme => reign supreme
reins supreme => reigns supreme
reined supreme => reigned supreme
free reins => free rein
tie me over => tide me over
tie you over => tide you over
tie them over => tide them over
tie us over => tide us over
chalk full => chock-full
chalk-full => chock-full
in the throws of => in the throes of
dire straights => dire straits
grizzly murder => grisly murder
grizzly murders => grisly murders
grizzly crime => grisly crime
grizzly scene => grisly scene
didn't phase him => didn't faze him
didn't phase her => didn't faze her
didn't phase them => didn't faze them
doesn't phase him => doesn't faze him
doesn't phase her => doesn't faze her
unphased by => unfazed by
exasperate the problem => exacerbate the problem
exasperated the problem => exacerbated the problem
exasperates the problem => exacerbates the problem
exasperating the problem => exacerbating the problem
exasperate the situation => exacerbate the situation
exasperated the situation => exacerbated the situation
flaunt the rules => flout the rules
flaunted the rules => flouted the rules
flaunting the rules => flouting the rules
flaunt the law => flout the law
flaunted the law => flouted the law
flaunting the law => flouting the law
hoards of people => hordes of people
hoards of fans => hordes of fans
hoards of tourists => hordes of tourists
a hoard of fans => a horde of fans
lightening strike => lightning strike
lightening strikes => lightning strikes
lightening bolt => lightning bolt
struck by lightening => struck by lightning
thunder and lightening => thunder and lightning
back-peddle => backpedal
back-peddled => backpedaled
back-peddling => backpedaling
back peddling => backpedaling
backpeddling => backpedaling
out of site => out of sight
site unseen => sight unseen
cleanse the palette => cleanse the palate
palette cleanser => palate cleanser
eminent danger => imminent danger
change tact => change tack
changed tact => changed tack
changing tact => changing tack
a different tact => a different tack
ad nauseum => ad nauseam
per say => per se
visa versa => vice versa
vice-a-versa => vice versa
vice a versa => vice versa
coup de gras => coup de grâce
if worse comes to worse => if worse comes to worst
on tenderhooks => on tenterhooks
with all do respect => with all due respect
make ends meat => make ends meet
by the waste side => by the wayside
by the waist side => by the wayside
in tact => intact
for all extents and purposes => for all intents and purposes
in leu of => in lieu of
ex-patriot => expatriate
ex-patriots => expatriates
firstable => first of all
"""
"""Misused phrases (category: confused words)."""

OWN_NONSTANDARD = """
irregardless => regardless
supposably => supposedly
off of => off
the reason why is because => the reason is that
the reason is because => the reason is that
anyways => anyway
nowheres => nowhere
somewheres => somewhere
heighth => height
ideer => idea
conversate => converse
acrosst => across
thusly => thus
undoubtably => undoubtedly
unthaw => thaw
unthawed => thawed
brung => brought
boughten => bought
drownded => drowned
attackted => attacked
mischievious => mischievous
"""
"""Nonstandard forms (category: grammar)."""

OWN_REDUNDANT = """
ATM machine => ATM
ATM machines => ATMs
PIN number => PIN
PIN numbers => PINs
HIV virus => HIV
LCD display => LCD
GPS system => GPS
UPC code => UPC
ISBN number => ISBN
VIN number => VIN
RSVP please => RSVP
please RSVP => RSVP
absolutely essential => essential
absolutely necessary => necessary
added bonus => bonus
advance planning => planning
advance reservations => reservations
basic fundamentals => fundamentals
blend together => blend
close proximity => proximity
collaborate together => collaborate
combine together => combine
completely unanimous => unanimous
consensus of opinion => consensus
general consensus => consensus
end result => result
exact replica => replica
final outcome => outcome
final conclusion => conclusion
free gift => gift
free gifts => gifts
merge together => merge
mutual cooperation => cooperation
new innovation => innovation
new innovations => innovations
past history => history
my personal opinion => my opinion
repeat again => repeat
reiterate again => reiterate
revert back => revert
return back => return
unexpected surprise => surprise
unintended mistake => mistake
few in number => few
12 noon => noon
12 midnight => midnight
twelve noon => noon
twelve midnight => midnight
a.m. in the morning => a.m.
p.m. in the evening => p.m.
p.m. at night => p.m.
armed gunman => gunman
armed gunmen => gunmen
frozen ice => ice
true facts => facts
usual custom => custom
PC computer => PC
PC computers => PCs
LAN network => LAN
RAM memory => RAM
SUV vehicle => SUV
SUV vehicles => SUVs
DVD disc => DVD
DMZ zone => DMZ
HTML language => HTML
ISDN network => ISDN
IRA account => IRA
ABS braking system => ABS
joint collaboration => collaboration
biography of his life => biography
biography of her life => biography
audible to the ear => audible
still continues to => continues to
very unique => unique
extremely unique => unique
really unique => unique
rather unique => unique
somewhat unique => unique
fairly unique => unique
incredibly unique => unique
highly unique => unique
unite together => unite
"""
"""Redundancies (category: style)."""


# Kinds rather than phrases: a verb that already means "together" or "back", and a
# quality named again as its own dimension ("red in colour"), in each verb form
_TOGETHER = (
    "assemble assembles assembled assembling; blend blends blended blending; "
    "collaborate collaborates collaborated collaborating; combine combines combined "
    "combining; confer confers conferred conferring; connect connects connected "
    "connecting; cooperate cooperates cooperated cooperating; fuse fuses fused fusing; "
    "meld melds melded melding; merge merges merged merging; mingle mingles mingled "
    "mingling; mix mixes mixed mixing; unite unites united uniting"
)
_BACK = (
    "revert reverts reverted reverting; return returns returned returning; "
    "reply replies replied replying; retreat retreats retreated retreating; "
    "regress regresses regressed regressing; repay repays repaid repaying"
)
_QUALITIES = {
    ("color", "colour"): "red blue green yellow black white orange purple pink brown gray grey",
    ("shape",): "round square rectangular oval circular triangular",
    ("size",): "small large tiny huge",
}


def generated_redundant() -> str:
    """The redundancies of the kinds above, one ``wrong => right`` a line."""
    lines = []
    for verbs, tail in ((_TOGETHER, "together"), (_BACK, "back")):
        for family in verbs.split(";"):
            lines += [f"{form} {tail} => {form}" for form in family.split()]
    for nouns, adjectives in _QUALITIES.items():
        lines += [f"{a} in {n} => {a}" for n in nouns for a in adjectives.split()]
    return "\n".join(lines)
