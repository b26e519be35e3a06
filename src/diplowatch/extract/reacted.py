"""Who reacts to a deed of force is no party to it.

"وزارت خارجه روسیه در واکنش به حمله به نفتکش ایرانی گفت …", "the Chinese
ministry, in response to the strike on the base, said …", "قالت الخارجية
ردا على الهجوم …": the deed named right after a reaction word
(``status.REACTED_CUES``) was done by others, and the one who reacts, named
before it, neither did it nor, as a rule, suffered it (its victim is named
inside the phrase: "نفتکش ایرانی"). Words and requests are left alone:
who reacts to a request or a charge is mostly the one asked or accused.
Unlike an onlooker's word
(``status.ONLOOKER_CUES``, which covers every deed after it in its clause),
the reaction word binds only the noun right after it: a deed told later in
the clause is often the reply itself ("سپاه در واکنش به ترور … حمله کرد",
the Guards struck), and keeps its doer. Concern voiced over a deed
(``status.CONCERN_CUES``, reporter106: "أعربت … عن قلقها من اعتقال …",
"با ابراز نگرانی از بازداشت …") binds the same way: who voices it reports
and judges the deed, and is no party to it.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.concern_own import struck_voicer
from diplowatch.extract.doers import FORCE
from diplowatch.extract.scan import Hit
from diplowatch.text.breaks import clause_end
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN as _WORD

# the cue kinds read here: a reaction's word, and concern voiced over a deed
_BINDING = frozenset({"reacted", "concern"})

# How many words may stand between the reaction word and the deed's noun
# (an article, a demonstrative, a modifier: "in response to the missile
# attack", "در پاسخ به این حمله").
_GAP_WORDS = 2
# mendE106 (diffread71 F12): how far, in characters, a list of deeds after a
# word of concern may reach (``_listed_after``): some eight items of
# ``_GAP_WORDS`` + 1 words, which no list written in the corpus outruns; it
# keeps a long line without punctuation from being sliced for every cue.
_LIST_REACH = 240


def outside_reaction(
    people: list[Mention],
    trig: Hit,
    cues: list[Hit],
    ntext: str,
    sentence: tuple[int, list[Mention]],
    ctx: Any,
) -> list[Mention]:
    """``people`` of a deed named right after a reaction word without those
    written before that word (a side filled in from the article, with no
    place in the text, stays). When the phrase names no side of its own
    ("ایران در واکنش به تحریم‌ها …", "Iran, in response to the sanctions"),
    the one who reacts is mostly the one it struck: the sides stay whole.
    ``sentence``: its end and its mentions. Concern over a deed on the
    voicer's own thing keeps him as its target (``concern_own``)."""
    s_end, mentions = sentence
    if trig.entry.value not in FORCE:
        return people  # "in response to a request from Iraq": Iran was asked
    found = _binding_cue(cues, trig, ntext, ctx)
    if found is None:
        return people
    cue, listed = found
    stop = _phrase_end(trig, ntext, s_end, getattr(ctx, "phrase_breaks", frozenset()))
    if cue.entry.kind == "concern":
        struck = struck_voicer(people, (cue.end, stop), mentions, ntext, ctx)
        if struck is not None:
            return struck
    inside = [m for m in people if cue.end <= m.start < stop]
    if not inside and (listed if listed is not None else _listed_after(cue, trig, ntext, ctx)):
        # a later noun of a list of deeds the concern names ("إزاء الاعتقالات
        # والتعذيب"): the voicer of concern over many deeds suffered none
        return [m for m in people if m.end == m.start or m.start >= cue.end]
    if not inside:
        return people
    return [m for m in people if m in inside or m.end == m.start]


def _binding_cue(
    cues: list[Hit], trig: Hit, ntext: str, ctx: Any
) -> tuple[Hit, bool | None] | None:
    """The first reaction or concern cue that binds ``trig``, and whether
    ``trig`` is a later item of its list (None when not yet read: the cue
    binds the noun right after it). mendE106 (diffread71 F12): each cue's
    list is read once, not again by ``outside_reaction``."""
    for c in cues:
        if c.entry.kind not in _BINDING:
            continue
        if deed_binds(c, trig, ntext):
            return c, None
        if _listed_after(c, trig, ntext, ctx):
            return c, True
    return None


def deed_binds(cue: Hit, trig: Hit, ntext: str) -> bool:
    """The deed's noun follows the reaction (or referring) word with at most ``_GAP_WORDS``
    words and no punctuation between them."""
    gap = ntext[cue.end : trig.start]
    if not _clean_gap(gap):
        return False
    return cue.end <= trig.start and len(_WORD.findall(gap)) <= _GAP_WORDS


def _clean_gap(gap: str) -> bool:
    """Whether ``gap`` holds words and spaces only, no punctuation (diffread71
    F2, F10: ``ntext`` has its ZWNJ turned into spaces by ``text.normalize``,
    so no joiner is looked for here)."""
    return not gap.strip() or gap.replace(" ", "").isalnum()


def _listed_after(cue: Hit, trig: Hit, ntext: str, ctx: Any) -> bool:
    """The deed's noun is a later item of a list of deeds the concern names
    ("عن قلقه إزاء الاعتقالات والقتل والتعذيب", "concern over the arrests
    and killings", mendB106, review106a F6): between the cue and the noun
    only list items of ``_GAP_WORDS`` + 1 words at most, each after a link
    of ``context.CONCERN_LIST_LINKS`` (a word of its own, or glued to the
    item's first word), and no punctuation."""
    if cue.entry.kind != "concern" or not cue.end <= trig.start <= cue.end + _LIST_REACH:
        return False  # mendE106 (F12): read no gap of a long line for every cue
    links: frozenset[str] = getattr(ctx, "concern_list_links", frozenset())
    if not links:
        return False
    gap = ntext[cue.end : trig.start]
    if not _clean_gap(gap):
        return False
    items: list[int] = [0]
    for w in _WORD.findall(gap):
        if w in links:
            items.append(0)
            continue
        glued = next((k for k in links if w.startswith(k) and len(w) > len(k)), None)
        if glued is not None:
            items.append(0)
        items[-1] += 1
    if not gap.endswith(" ") and items[-1]:
        items[-1] -= 1  # the noun's own prefix ("وال" of "والتعذيب")
    noun = ntext[trig.start : trig.end]
    if any(noun.startswith(k) and len(noun) > len(k) + 2 for k in links) and items[-1]:
        items.append(0)  # "والتعذيب": the link glued to the deed's own noun
    return len(items) > 1 and all(n <= _GAP_WORDS + 1 for n in items)


def _phrase_end(trig: Hit, ntext: str, s_end: int, verbs: frozenset[str]) -> int:
    """Where the reaction phrase ends: at a clause break, or at the reacting
    clause's verb (``context.PHRASE_BREAKS``, a verb-final language: "… به
    نفتکش ایرانی گفت که …"), else the sentence's end."""
    stop = clause_end(ntext, trig.end, s_end, CLAUSE_BREAKS)
    if verbs:
        for m in _WORD.finditer(ntext, trig.end, stop):
            if m.group() in verbs:
                return m.start()
    return stop
