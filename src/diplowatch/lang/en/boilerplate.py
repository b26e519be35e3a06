"""English crawl residue: navigation, widget, cookie and share-button lines.

Lines are compared lower-cased with single spaces and with bullets and
punctuation trimmed from both ends. Only phrases that cannot be a sentence
of an article belong here. PATTERNS must match the whole line; write them
with lower-case escapes only (``\\d``, ``\\s``).
"""

EXACT: tuple[str, ...] = (
    "go top",
    "back to top",
    "skip to content",
    "skip to main content",
    "toggle navigation",
    "related articles",
    "related stories",
    "related topics",
    "related news",
    "read more",
    "read next",
    "advertisement",
    "sponsored content",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share article",
    "print",
    "print this page",
    "email",
    "comments",
    "leave a comment",
    "post a comment",
    "subscribe",
    "sign up for our newsletter",
    "subscribe to our newsletter",
    "get the newsletter",
    "stay connected",
    "stay in touch",
    "follow us",
    "most read",
    "most popular",
    "most viewed",
    "menu",
    "loading",
    "cookie settings",
    "accept all cookies",
    "accept cookies",
    "copy link",
    "link copied",
    "mail icon",
)

PREFIXES: tuple[str, ...] = (
    "read more:",
    "also read:",
    "related:",
    "see also:",
    "follow us on",
    "share on",
    "sign up for our",
    "subscribe to our",
    "click here to",
    "download our app",
    "all rights reserved",
)

PATTERNS: tuple[str, ...] = (
    r"comments?\s*\(\d+\)",
    r"\d+ comments?",
    r"©.{0,200}",
    r"copyright (©\s*)?\d{4}.{0,200}",
    r"(this (web)?site|we) uses? cookies\b.{0,300}",
    r"by (continuing|using) (to (use|browse) )?(this|our) (web)?site,? you (agree|accept|consent).{0,300}",
)

SHARE_WORDS: tuple[str, ...] = (
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "email",
    "e-mail",
    "print",
    "share",
    "reddit",
    "pinterest",
    "flipboard",
    "instagram",
    "youtube",
    "messenger",
    "tumblr",
    "copy",
    "link",
)

# "Source: Reuters" — kept as the document's source, not as text.
SOURCE_LABELS: tuple[str, ...] = ("source", "sources")
