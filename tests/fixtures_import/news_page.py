"""A saved news page (made up for the tests) with the furniture real pages carry:
cookie banner, navigation, share bar, comment form, related links, footer."""

from __future__ import annotations

PARAGRAPHS = [
    "The harbour at Port Ellis reopened on Thursday, six weeks after a winter storm tore "
    "through its breakwater and sank two fishing boats at their moorings.",
    "Engineers worked through February to rebuild the 300-metre wall, using granite blocks "
    "shipped from a quarry inland. The council said the repairs cost £4.2 million, most of "
    "it covered by a national resilience fund.",
    "“We were not sure we would have a season at all,” said Ana Ruiz, who runs a café on "
    "the quay. “Now the boats are back and so are the people.”",
    "Harbour master Tom Reyes said the new wall was built half a metre higher than the old "
    "one, to cope with the bigger swells the coast has seen in recent winters.",
]
HEADLINE = "Harbour reopens after storm repairs"

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="{charset}">
<title>Harbour reopens after storm repairs | The Coastal Herald</title>
<meta name="author" content="Maria Lindqvist">
<meta property="article:published_time" content="2024-03-14T09:30:00Z">
<meta property="og:title" content="Harbour reopens after storm repairs">
<meta property="og:site_name" content="The Coastal Herald">
<meta property="og:url" content="https://herald.example/world/harbour-reopens">
<link rel="canonical" href="https://herald.example/world/harbour-reopens">
<link rel="stylesheet" href="https://cdn.herald.example/site.css">
<script src="https://ads.herald.example/tracker.js"></script>
</head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
<button>Accept all cookies</button> <a href="/privacy">Privacy policy</a></div>
<header>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li>
<li><a href="/subscribe">Subscribe</a></li></ul></nav>
</header>
<main>
<nav class="breadcrumbs" aria-label="breadcrumb">
<a href="/">Home</a> › <a href="/world">World</a> ›</nav>
<article>
<h1>Harbour reopens after storm repairs</h1>
<p class="byline">By Maria Lindqvist · 14 March 2024</p>
<div class="share"><a href="https://facebook.example/share">Share on Facebook</a>
<a href="https://x.example/share">Share on X</a> <a href="mailto:?subject=x">Email</a></div>
<img src="https://img.herald.example/harbour.jpg" alt="The rebuilt breakwater">
{paragraphs}
</article>
<section id="comments" class="comments"><h3>Leave a comment</h3>
<form action="https://herald.example/comment" method="post">
<textarea name="comment">Your comment</textarea><input type="text" name="name" placeholder="Name">
<button>Post comment</button></form></section>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Storm damage estimated at millions</a></li>
<li><a href="/b">Fishing fleet counts its losses</a></li></ul></aside>
</main>
<footer><p>© 2024 The Coastal Herald. All rights reserved.</p>
<a href="/contact">Contact us</a> <a href="/terms">Terms</a></footer>
</body>
</html>
"""


def news_page(charset: str = "utf-8") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return NEWS_PAGE.format(charset=charset, paragraphs=paragraphs)
