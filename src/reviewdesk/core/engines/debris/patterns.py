"""The patterns behind the debris checker: markup fragments and boilerplate web lines.

Generic: written from what scrapers commonly leave behind (WordPress comment forms,
share bars, cookie banners, advert slots), not from any particular article.
"""

from __future__ import annotations

import re

from reviewdesk.core.text import prose

# -- markup ----------------------------------------------------------------------------------

# What markup is, the text kit defines once (the other engines skip what it covers).
MARKUP = prose.MARKUP
ENTITY = prose.ENTITY
BLOCK_TAG = re.compile(r"</?(?:br|p|div|li|hr|tr|td|h[1-6])\b", re.IGNORECASE)

# -- whole-line boilerplate -----------------------------------------------------------------

SOCIAL = (
    "facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|messenger|"
    "email|e-mail|print|share|copy link|threads|bluesky|mastodon|flipboard|pocket"
)
# Picture agencies and credit words: a line that is only one of them (with a name) is a
# photo credit.
AGENCIES = (
    r"(?:AP|AFP|EPA|PA|AAP|ANP|DPA|UPI|Reuters|Bloomberg|Xinhua|Anadolu|TASS|Sipa|Alamy|"
    r"Shutterstock|iStock(?:photo)?|Getty(?: Images)?|Getty Images for [^()\n]{1,40}|"
    r"Associated Press|Agence France-Presse|Press Association|Corbis|Keystone|"
    r"NurPhoto|SOPA Images|Zuma(?: Press)?|Pool|Handout|Supplied|File)"
    r"(?: (?:Photo|Images|Pictures|Wire|Archive|Pool))?(?:/[^()\n]{1,60})?"
)
LINE_RULES: tuple[tuple[str, str, str], ...] = (
    (
        "debris-comment-form",
        "Comment-form text from the web page.",
        "|".join(
            (
                r"leave a (?:comment|reply)(?: cancel reply)?",
                r"cancel reply",
                r"(?:post|submit|add) (?:a |your )?comment",
                r"comments?(?: \*| ?\(\d+\))?",
                r"\d+ (?:comments?|responses?|replies|thoughts on .{1,120})",
                r"your e-?mail address will not be published\.?"
                r"(?: required fields are marked \*?)?",
                r"required fields are marked \*?",
                r"(?:name|e-?mail|website|comment) \*",
                r"save my name, e-?mail,? and website in this browser"
                r" for the next time i comment\.?",
                r"notify me of (?:follow-up comments|new posts|new comments)"
                r" (?:by|via) e-?mail\.?",
                r"you must be logged in to post a comment\.?",
                r"comments are closed\.?",
                r"(?:log in|sign in|register) to (?:comment|reply|join the discussion)\.?",
                r"join the (?:discussion|conversation)\.?",
                # an empty thread's invitation: "Be the first to comment."
                r"be the first to (?:comment|reply|respond|review|share)\b.{0,60}",
            )
        ),
    ),
    (
        "debris-anti-spam",
        "Anti-spam notice from the web page's comment form.",
        r"this site uses akismet to reduce spam\..*|.{0,80}protected by recaptcha.*",
    ),
    (
        "debris-share",
        "Share buttons from the web page.",
        "|".join(
            (
                r"share(?: this(?: article| story| post| page)?)?\s*:?",
                rf"share(?: this(?: article| story| post| page)?)?\s*:?\s*(?:{SOCIAL})"
                rf"(?:[\s,|/•·]+(?:{SOCIAL}))*",
                rf"share(?: (?:this|it))? (?:on|via|to|with) (?:{SOCIAL})\b.{{0,60}}",
                r"click to (?:share|email|print)\b.*",
                r"tweet(?: this)?|pin it|email this|like this:?|like loading\.*",
                r"copy (?:the )?link",
                r"share (?:this|the) (?:story|article|post|page) (?:with|on) .{1,60}",
                r"(?:this (?:story|article|post) has been )?shared \d[\d,]* times\.?",
                r"\d[\d,.]*k? shares?",
                rf"(?:{SOCIAL})(?:[\s,|/•·]+(?:{SOCIAL}))+",
            )
        ),
    ),
    (
        "debris-subscribe",
        "Newsletter sign-up text from the web page.",
        "|".join(
            (
                r"subscribe(?: now| today| here)?[.!]?",
                r"newsletters?",
                r"(?:subscribe|sign up) (?:to|for) (?:our|the|my)\b.{0,80}"
                r"\bnewsletters?\b.{0,120}",
                r"get .{0,80}(?:delivered )?(?:to|in) your inbox\.?"
                r"(?:\s*(?:subscribe|sign up)(?: now| today| here| for free)?[.!]?)?",
                r"enter your e-?mail(?: address)?(?: to subscribe)?\.?",
                r"by (?:subscribing|signing up),? you agree\b.*",
                r"sign up(?: now| today| here| for free)?[.!]?",
                r"(?:get|receive|want|try) (?:our|the|a) .{0,60}\bnewsletters?\b.{0,120}",
                r".{1,60}\bnewsletters?\s*[:|–—-]\s*.{0,120}",
                r"(?:sign up|register|subscribe)\\b(?: here| now| today)?\s*[:,]?\s*.{0,80}"
                r"\b(?:newsletters?|updates|alerts|briefings?|inbox)\b.{0,80}",
                r"(?:already|not) a (?:subscriber|member)\??.{0,80}",
            )
        ),
    ),
    (
        "debris-cookie",
        "Cookie notice from the web page.",
        "|".join(
            (
                r"(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\.?",
                r"(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b.*\b(?:experience|"
                r"brows\w*|consent|accept\w*|privacy|personali[sz]\w*|analytics|advertis\w*|"
                r"traffic|website|site|continu\w*|preferences|settings)\b.*",
                r"(?:accept|reject|allow|decline|refuse) (?:all |optional )?cookies\.?",
                r"cookie (?:settings|preferences|policy|consent)\.?",
                r"(?:manage|customi[sz]e)"
                r" (?:cookies|cookie settings|(?:your )?preferences)\.?",
            )
        ),
    ),
    (
        "debris-photo-credit",
        "A photo credit from the web page, left in the article's text.",
        "|".join(
            (
                # "Photo: AFP, JOHN SMITH", "Image credit: Reuters", "Photograph by Jo Lee"
                r"(?:(?:file |main |top |header |lead )?(?:photo|photograph|picture|image|"
                r"illustration|graphic|video|foto)s?(?: credits?)?|credits?|pictured)"
                # a licence's version may carry a dot: "(CC BY 2.0)"
                r"\s*(?::|/|by\b)\s*(?:[^.!?]|(?<=\d)\.(?=\d)){1,100}[.]?",
                # the same in brackets: "(Photo: Reuters)", "(Image: Jane Doe)"
                r"\((?:photo|photograph|picture|image|credit)s?\s*:\s*[^().!?]{1,80}\)",
                # "(Getty Images)", "AP Photo/Evan Vucci", "Jane Doe/AFP via Getty Images"
                rf"\(?(?:[^()\n]{{1,60}}(?:/| via | for ))?(?:{AGENCIES})"
                rf"(?:(?:/| via | for )[^()\n]{{1,60}})?\)?",
            )
        ),
    ),
    (
        "debris-time-stamp",
        "A time stamp from the web page (when it was published or updated), not part of "
        "the article's text.",
        # "Updated 23 June 2020, 14:05", "Published: May 6, 2019". A byline ("By Jane
        # Doe") is the article's own, as a saved page's import keeps it: a name in it is
        # never offered for removal.
        # A bare date ("Monday, May 6, 2019") is the story's dateline, as Wikinews prints
        # over every article: the article's own, like its byline (tried: 1.6 false alarms
        # per 1,000 words of published news).
        # the clock's "a.m."/"p.m." may carry dots: "Published: April 10, 2020 at 4:12 p.m."
        r"(?:last )?(?:updated|published|posted)(?: on)?\s*:?\s*(?=[^.!?]*\d)"
        # a date in figures may carry dots too: "Published 25.05.2020, 16:40"
        r"(?:[^.!?]|[ap]\.m\.?|\d\.(?=\d)){1,60}",
    ),
    (
        "debris-pull-quote",
        "A pull quote's attribution line from the web page (the quote's words are in the "
        "article already).",
        # "— Jane Doe, head of research": a dash, a capital and no sentence; a hyphen is
        # left alone (a Markdown list item starts with one); "-- By Jane Doe" is the
        # writer's sign-off, a byline, not a quote's speaker
        r"(?:[—–]|--)\s*(?!(?-i:By)\s)(?-i:[A-Z])[^.!?\"“”:;]{0,80}",
    ),
    (
        "debris-page-furniture",
        "Page furniture (adverts, links, navigation) from the web page.",
        "|".join(
            (
                r"(?:advertisement|advertising|ad|sponsored(?: content)?|paid content|promoted)"
                r"\s*:?",
                r"(?:story|article) continues below(?: this)?(?: advertisement)?",
                r"continue reading(?: below)?\.*|scroll to continue with content",
                r"(?:click|tap) here (?:to|for) .{1,120}",
                r"(?:read|watch|listen|see)(?: more| next| also| now)?\s*[:|»]\s*.{1,200}",
                r"(?:listen to|watch) (?:this|the) (?:story|article|video|podcast).{0,60}",
                r"\d{1,2} min(?:ute)?s? (?:read|listen)",
                r"(?:reading|listening) time\s*:?\s*\d{1,2} min(?:ute)?s?",
                r"(?:most|more) (?:popular|read|viewed|shared|watched)"
                r"(?: (?:stories|articles|news|videos))?\s*:?",
                r"(?:latest|top|breaking) (?:news|stories|headlines|videos?)\s*:?",
                r"(?:don['’]t|do not) miss\s*:?.{0,200}",
                r"more (?:stories|news|coverage|articles|videos)"
                r" (?:from|on|about|like this)\b.{0,80}",
                r"read (?:more|also|next)(?:\s*:.*|\s*»|\s*…|\.\.\.)?",
                r"see also:.*",
                r"(?:related|more|more on this|more on this story|also read|also see)"
                r"(?: articles| stories| posts| news| content| coverage| links| reading)?:.{1,400}",
                r"read the full (?:story|article)\b.{0,80}",
                r"related(?: articles| stories| posts| news| content| coverage| topics)?:?",
                r"you (?:may|might) also like:?(?:\s+.{1,200})?",
                r"recommended(?: for you| stories| reading)?:?",
                r"more from [^.!?]{1,40}|most (?:popular|read|viewed)",
                r"trending(?: now| stories)?",
                r"editor(?:[’']s|s[’']?) picks?",
                # such a heading with one story after it on its line: "Editor's picks: ..."
                r"(?:editor(?:[’']s|s[’']?) picks?|top stories|most read|trending(?: now)?)"
                r"\s*:\s*[^.!?]{3,120}",
                # a heading over other stories: "More Must-Reads From TIME",
                # "Editors’ Recommendations:"
                r"(?:more )?must[- ]reads?(?: from [^.!?]{1,40})?\s*:?",
                r"editor(?:[’']s|s[’']?) recommendations?\s*:?",
                # a photo gallery's lines: "See more photos:", "Photos", "View gallery"
                r"(?:see|view|more)(?: (?:more|all|the))? (?:photos|pictures|images)"
                r"(?: here| below)?\s*[:.]?",
                r"(?:photos?|pictures|gallery|photo gallery|in pictures)\s*:?",
                r"(?:view|see|open) (?:the )?(?:photo )?gallery\b.{0,40}",
                r"skip to (?:main )?content|back to top|jump to comments|go to comments",
                r"(?:©|\(c\)|copyright (?:©|\(c\)|\d{4})).{0,100}",
                r".{0,100}all rights reserved\.?",
                r"(?:tags|filed under|posted in|categories)\s*:.{0,200}",
                r"follow us on .{1,80}|loading\.*|please wait\.*",
                # a page's buttons: "Print this story", "Email this article"
                r"(?:print|e-?mail|save|bookmark|download)(?: this)?"
                r" (?:story|article|page|post|report)",
                # a script's placeholder, saved before it ran: "Loading weather data ..."
                r"loading(?: [\w-]+){1,5}\s*(?:\.{3}|…)",
                # a blog's or a site's links to the posts either side ("Previous post:
                # ...", "Next article » ...") and a sponsored story's title after its label
                r"(?:previous|next|prev|older|newer)(?: (?:post|story|article|entry))?"
                r"\s*[:»›|]\s*.{1,200}",
                r"(?:previous|next|older|newer) (?:posts?|stories|story|articles?|entry|entries)",
                r"(?:sponsored(?: content| post| story| links?)?|promoted(?: content| stories)?"
                r"|paid (?:content|post)|partner content|from our partners)\s*[:|–—]\s*"
                r"[^.!?]{3,120}[.!?]?",
                # a print edition's note: "This article appeared in print in the January
                # issue under the headline ...", "A version of this article appears in print"
                r"(?:this|a version of this) (?:article|story|report|piece|essay|column|review)"
                r" (?:appeared|appears|was published|ran|runs) (?:in|on) (?:print|the \w"
                r"[^.!?]{0,60}(?:issue|edition|section|pages?))\b.{0,250}",
                # a metered paywall: "You have read 2 of your 3 free articles this month."
                r"you(?:['’]ve| have) (?:read|used|viewed|reached) (?:\d+|your|all)\b[^.!?]{0,40}"
                r"\bfree (?:articles?|stories|reads|pages)\b.{0,200}",
                r"[^.!?]{0,40}\b\d+ free (?:articles?|stories) (?:left|remaining)\b.{0,200}",
            )
        ),
    ),
)
LINE_PATTERNS = tuple(
    (rule, message, re.compile(rf"(?:{pattern})", re.IGNORECASE))
    for rule, message, pattern in LINE_RULES
)
MAX_LINE = 400
LONE_SHARE = re.compile(rf"(?:{SOCIAL})", re.IGNORECASE)
