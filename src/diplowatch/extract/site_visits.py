"""An official's tour of a production site is no meeting (round 62, falsehits62fa).

ONTOLOGY: CONSULT is a meeting or a visit between sides. A minister or a
commander who tours a factory, a refinery, a production line or a training
centre ("وزیر کشور از واحدهای تولید استان بازدید کرد", "پس از بازدید از
سازمان صنایع هوایی", "زار الوزير مصنعا للسيارات") inspects a place: it meets
no other side, and a military visitor deploys nothing. A visit whose object
is a city or a country ("از بغداد بازدید کرد") stays a visit, and so does a
trip ("سفر") told in the same sentence. Prisons, homes, institutes and
headquarters are no such sites: readers mark those visits as meetings (the
officials met there), and held-out figures fell with them.

The site is the object of the visit word (``context.SITE_VISIT_WORDS``): in
Persian the noun after "از" (``context.SITE_MARKERS``), after a visit noun
("بازدید … از زندان") or before a visit verb ("از زندان … بازدید کرد"); in a
language without such a marker, the visit verb's object after its subject
("زار وزير الخارجية مصنعا"). Only the nearest marker on each side is read, so
"از تهران بازدید کرد و از کارخانه …" keeps its visit of Tehran.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import QUOTED_CLAUSE_BREAKS

# words between a visit noun and the marker of its site ("بازدید اعضای
# کمیسیون اصل ۹۰ از زندان"), or between the marker and a visit verb
_REACH = 8
# words after the marker where the site's head may stand ("از بیشتر صنایع
# دفاعی", "از وضعیت این خوابگاه")
_SITE_SPAN = 3
# words after an unmarked visit verb where its object may stand (a subject
# of up to three words between: "زار وزير الخارجية الصيني مصنعا")
_OBJECT_REACH = 5


def site_visit(trig: Hit, ntext: str, s: Sentence, ctx: Context) -> bool:
    """Whether the trigger is a visit whose object is a site
    (``context.SITE_NOUNS``): a tour of a place, no meeting."""
    if not ctx.site_nouns or trig.entry.value != "CONSULT":
        return False
    words = ntext[trig.start : trig.end].split()
    if not words or words[0] not in ctx.site_visit_words:
        return False
    after = _clause(ntext[trig.end : s.end])
    if not ctx.site_markers:
        return any(
            _is_site(after, i, ctx.site_nouns) for i in range(min(len(after), _OBJECT_REACH))
        )
    before = _clause(ntext[s.start : trig.start][::-1])
    before = [w[::-1] for w in before[: _REACH + _SITE_SPAN + 1]][::-1]
    return _marked_site(after[: _REACH + _SITE_SPAN + 1], ctx) or _marked_site_before(before, ctx)


def _clause(text: str) -> list[str]:
    """The words of ``text`` up to its first clause break."""
    # the quoted clause breaks hold the ends of a sentence too
    cut = next((i for i, ch in enumerate(text) if ch in QUOTED_CLAUSE_BREAKS), None)
    return text[:cut].split()


def _marked_site(words: list[str], ctx: Context) -> bool:
    """The first marker in ``words`` (within reach) is followed by a site."""
    at = next((i for i, w in enumerate(words[: _REACH + 1]) if w in ctx.site_markers), None)
    if at is None:
        return False
    return _site_after(words, at, ctx.site_nouns)


def _marked_site_before(words: list[str], ctx: Context) -> bool:
    """The last marker before a visit verb (within reach) is followed by a
    site: "از کارخانه خودروسازی در آلمان بازدید کرد"."""
    marks = [i for i, w in enumerate(words) if w in ctx.site_markers]
    if not marks or len(words) - marks[-1] > _REACH + _SITE_SPAN + 1:
        return False
    return _site_after(words, marks[-1], ctx.site_nouns)


def _site_after(words: list[str], at: int, sites: frozenset[str]) -> bool:
    """A site's head stands within ``_SITE_SPAN`` words after the marker."""
    end = min(len(words), at + 1 + _SITE_SPAN)
    return any(_is_site(words, i, sites) for i in range(at + 1, end))


def _is_site(words: list[str], i: int, sites: frozenset[str]) -> bool:
    """The words from ``i`` on open with a site noun, with a plural or clitic
    ending after it ("کارخانه‌ها", "مصنعا", "واحدهای تولیدی"); the clitics
    before a noun ("المصنع") are written in the language's ``SITE_NOUNS``."""
    text = " ".join(words[i : i + 3])
    return any(text.startswith(site) for site in sites)
