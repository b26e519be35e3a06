"""Envoys' postings and remits: the state an envoy is posted to.

"سفير إيران الدائم لدى الأمم المتحدة", "the US envoy for Iran": the state
an envoy is posted to (``context.POSTING_LINKS``) or whose affairs are his
brief (``context.REMIT_LINKS``) is no side when two others are named. One
reading of the words before a mention, used only to drop such states from
``parties_of``'s people; its own module as one job.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.participants import unit
from diplowatch.text.words import WORD_RUN, longer_than

# a run of word characters (``re.finditer(r"\w+")``), read only as far as
# a rule counts words

# Words between an envoy's title and the link to his posting ("سفير إيران
# الدائم لدى", "ambassador of Iran to").
_POSTING_REACH = 4


def postings_out(people: list[Mention], ntext: str, ctx: Any) -> list[Mention]:
    """``people`` without where an envoy is posted ("Iran's ambassador to
    the UN criticised the United States", "انتقد سفير إيران لدى الأمم
    المتحدة الولايات المتحدة"): the host (after ``context.POSTING_LINKS``
    a few words after ``ENVOY_WORDS``) is no side when two others remain,
    as Persian "سفیر ایران در سازمان ملل از آمریکا انتقاد کرد" is read
    (parties33fa). Only an envoy named first, who acts: one summoned or
    expelled ("استدعت روسيا السفير الفرنسي لدى روسيا") is often the host's
    object, and the host its doer."""
    hosts = [m for m in people[1:2] if _posted_at(m, ntext, ctx)]
    # parties78fa: the state an envoy is for, wherever the envoy stands
    hosts += _remits(people, ntext, ctx)
    kept = [m for m in people if m not in hosts]
    return kept if hosts and len({unit(m) for m in kept}) >= 2 else people


def _remits(people: list[Mention], ntext: str, ctx: Any) -> list[Mention]:
    """The states envoys among ``people`` are for (``_remit_of``), with a
    state joined to one by a conjunction alone ("در امور افغانستان و یمن",
    "for Afghanistan and Pakistan"): one brief of two places."""
    out: list[Mention] = []
    for before, m in zip(people, people[1:], strict=False):
        link = (ntext[before.end : m.start] + m.prefix).strip()
        joined = before in out and link in ctx.conjunctions
        if joined or _remit_of(before, m, ntext, ctx):
            out.append(m)
    return out


def _remit_of(envoy: Mention, m: Mention, ntext: str, ctx: Any) -> bool:
    """Whether ``m`` is the state or body an envoy is appointed for, told
    right after his title by a remit link (``context.REMIT_LINKS``: "نماینده
    ویژه آمریکا در امور افغانستان", "the US special envoy for Afghanistan",
    "المبعوث الأمريكي الخاص بأفغانستان") — his brief, not someone he meets or
    blames (parties78fa). Only with nothing but the link after the title's
    mention, or the link right after an envoy word ("envoy for"): "the
    envoy called for Israel to …" names the one asked."""
    if not ctx.remit_links or not ctx.envoy_words or m.start < envoy.end:
        return False
    gap = " ".join((ntext[envoy.end : m.start] + m.prefix).split())
    if "" not in ctx.remit_links and not gap.endswith(longer_than(ctx.remit_links)):
        return False  # a link either way ends the gap: one test in C first (speed81)
    link = next((k for k in ctx.remit_links if gap == k or gap.endswith(" " + k)), "")
    if not link:
        return False
    before = gap[: len(gap) - len(link)].split()
    if before:
        return WORD_RUN.findall(before[-1]) == [before[-1]] and before[-1] in ctx.envoy_words
    return any(w in ctx.envoy_words for w in WORD_RUN.findall(ntext[envoy.start : envoy.end]))


def _posted_at(m: Mention, ntext: str, ctx: Any) -> bool:
    """Whether ``m`` is named right after a posting link that follows an
    envoy's title within ``_POSTING_REACH`` words ("ambassador to (the)",
    "سفير إيران الدائم لدى")."""
    words = WORD_RUN.findall(ntext[max(0, m.start - 80) : m.start])
    if words and words[-1] in ctx.syntax.determiners:
        words = words[:-1]
    if not words or words[-1] not in ctx.posting_links:
        return False
    lead = words[-1 - _POSTING_REACH : -1]
    return any(w in ctx.envoy_words for w in lead)
