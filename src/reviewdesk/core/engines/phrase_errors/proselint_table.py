"""Entries chosen from proselint's lists (https://github.com/amperser/proselint, 0.16.0):
its redundancy lists (from Garner's Modern American Usage and After the Deadline), its
redundant-acronym, mondegreen and preferred-form checks. Only the entries that are wrong
in news copy whatever the house style were taken; its clichés, hedges, jargon lists and
typography advice were not (a desk's taste, or what the house sheet decides).

The entries are proselint's, under its licence:

Copyright © 2014–2015, Jordan Suchow, Michael Pacer, and Lara A. Ross
All rights reserved.

Redistribution and use in source and binary forms, with or without modification, are
permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this list of
   conditions and the following disclaimer.
2. Redistributions in binary form must reproduce the above copyright notice, this list of
   conditions and the following disclaimer in the documentation and/or other materials
   provided with the distribution.
3. Neither the name of the copyright holder nor the names of its contributors may be used
   to endorse or promote products derived from this software without specific prior
   written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY
EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL
THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT
OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION)
HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR
TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
"""

from __future__ import annotations

PROSELINT_MISUSED = """
beckon call => beck and call
for all intensive purposes => for all intents and purposes
to the manor born => to the manner born
pontius pilot => Pontius Pilate
klu klux klan => Ku Klux Klan
combustible engine => combustion engine
musical review => musical revue
shoe-in => shoo-in
the highway medium => the highway median
weather vein => weather vane
weather vain => weather vane
mode of operandi => modus operandi
modes of operandi => modi operandi
mucus membranes => mucous membranes
must past muster => must pass muster
neck-in-neck => neck-and-neck
neck in neck => neck and neck
no-holes-barred => no-holds-barred
no holes barred => no holds barred
oil magnet => oil magnate
oil magnets => oil magnates
railroad magnet => railroad magnate
seconded the notion => seconded the motion
statute of limits => statute of limitations
take prescience over => take precedence over
takes prescience over => takes precedence over
veil of tears => vale of tears
was accused with => was accused of
were accused with => were accused of
be mislead => be misled
was mislead => was misled
were mislead => were misled
been mislead => been misled
"""
"""Mondegreens, malapropisms and wrong forms of a phrase (proselint's ``mondegreens``,
``misc.preferred_forms``)."""

PROSELINT_NONSTANDARD = """
in regards to => in regard to
with regards to => with regard to
comprise of => comprise / consist of
comprises of => comprises / consists of
mistaked => mistook
infectuous => infectious
mayorality => mayoralty
"""
"""Nonstandard forms (``misc.preferred_forms``, ``redundancy.misc.after_the_deadline``)."""

PROSELINT_REDUNDANT = """
adequate enough => adequate
sworn affidavit => affidavit
former alumnus => alumnus
approximately about => approximately
but nevertheless => but
collaborate together => collaborate
fellow colleague => colleague
fellow colleagues => colleagues
connect together => connect
consolidate together => consolidate
couple together => couple
future forecast => forecast
founding forefathers => founding fathers
free gratis => free
meld together => meld
mingle together => mingle
mix together => mix
potable drinking water => potable water
reelected for another term => reelected
re-elected for another term => re-elected
regress back => regress
repay back => repay
repeat the same => repeat
temporary reprieve => reprieve
retreat back => retreat
closely scrutinize => scrutinize
surrounded on all sides => surrounded
throughout the entire => throughout the
timpani drum => timpani
pair of twins => twins
unfilled vacancy => vacancy
various different => various
former veteran => veteran
visible to the eye => visible
add an additional => add
advance forward => advance
alternative choice => alternative
annual anniversary => anniversary
ascend up => ascend
assemble together => assemble
attach together => attach
cacophony of sound => cacophony
circulate around => circulate
fellow classmate => classmate
fellow classmates => classmates
classify into groups => classify
confer together => confer
cooperate together => cooperate
cost the sum of => cost
crisis situation => crisis
now currently => currently
definite decision => decision
depreciate in value => depreciate
descend down => descend
difficult dilemma => dilemma
disappear from sight => disappear
earlier in time => earlier
eliminate altogether => eliminate
unexpected emergency => emergency
enclosed herein => enclosed
eradicate completely => eradicate
estimated at about => estimated at
estimated at approximately => estimated at
estimated at around => estimated at
over exaggerate => exaggerate
knowledgeable experts => experts
extradite back => extradite
facilitate easier => facilitate
fuse together => fuse
grow in size => grow
absolute guarantee => guarantee
two equal halves => halves
same identical => identical
introduced for the first time => introduced
integrate together => integrate
interdependent on each other => interdependent
manually by hand => manually
migraine headache => migraine
migraine headaches => migraines
minestrone soup => minestrone
wall mural => mural
mutually dependent on each other => mutually dependent
never at any time => never
12 o'clock noon => noon
orbits around => orbits
universal panacea => panacea
penetrate through => penetrate
postpone until later => postpone
advance preview => preview
previously listed above => previously listed
proceed ahead => proceed
artificial prosthesis => prosthesis
put off until later => put off
re-elect for another term => re-elect
recur again => recur
continue to remain => remain
reply back => reply
round in shape => round
rough rule of thumb => rule of thumb
scrutinize in detail => scrutinize
separated apart from each other => separated
shiny in appearance => shiny
truly sincere => sincere
spell out in detail => spell out
sufficient enough => sufficient
tall in height => tall
mental telepathy => telepathy
ten in number => ten
vacillate back and forth => vacillate
warn in advance => warn
in which we live in => in which we live
affirmative yes => yes
rate of speed => speed
look ahead to the future => look to the future
ABM missile => ABM
ABM missiles => ABMs
CD disc => CD
CPI index => CPI
GUI interface => GUI
PDF format => PDF
UPC codes => UPCs
rip in peace => rest in peace
absolutely necessary => necessary
"""
"""Redundancies (``redundancy.misc``, ``redundancy.ras_syndrome``)."""
