"""Who caused a deed is no side of it; whom the cause moved did it.

"اصرار ایران بر برنامه هسته‌ای سبب شد شورای امنیت تحریم‌هایی را علیه
این کشور اعمال کند", "حمایت ایران از فلسطینی‌ها باعث شد که اسرائیل
درخواست آتش بس کند", "إصرار إيران أدى إلى أن يفرض مجلس الأمن عقوبات
عليها", "China's pressure prompted Japan to release the fishermen": a
causative link (``context.CAUSATIVE_LINKS``: "باعث شد", "سبب شد", "موجب
شد", "أدى إلى أن", "مما دفع", "prompted", "caused") tells the deed after
it as the result of what the phrase before it names. The deed's subject
opens the result clause right after the link; the cause's owner, named
first, stood where a doer does and was read as one (the Security Council
sanctioning Iran came out as Iran sanctioning the Council).

Convention (ONTOLOGY "Actors", PLOVER: the source is who acts): the
cause's owner is no party of the deed it caused; the subject of the
result clause is its doer. Read only where that subject is named — a
mention within ``_SUBJECT_GAP`` words after the link, behind no
preposition and before no object marker — and the link stands in the
deed's clause (no clause break between them): "X باعث شد تحریم‌ها لغو
شود" names no doer after the link, and X keeps its place. Where no one
but the subject would be left, the cause's owner stays: the deed's target
is then often a pronoun pointing back to it ("… سبب شد شورای امنیت
تحریم‌هایی را علیه این کشور اعمال کند", "… عقوبات عليها"), which names
no one of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplowatch.extract.actors import Mention
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# Words that may stand between the link and the result clause's subject
# ("باعث شد که اسرائیل", "أدى … إلى أن يفرض مجلس الأمن", "prompted the UN").
_SUBJECT_GAP = 3
# Words after the subject in which an object marker makes it the object.
_MARK_WORDS = 2


def causer_out(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Context
) -> list[Mention]:
    """``people`` without those named before a causative link that opens
    the deed's clause, when the result clause names its own subject
    (see the module's convention); ``people`` unchanged otherwise."""
    links: frozenset[str] = ctx.causative_links
    if not links or len(people) < 2:
        return people
    link = _link_before(s, trig, ntext, links)
    if link is None:
        return people
    lo, hi = link
    causers = [m for m in people if m.start < m.end <= lo]
    caused = [m for m in people if m.start >= hi]
    if not causers or not caused:
        return people
    if not _subject_opens(min(caused, key=lambda m: m.start), hi, ntext, ctx):
        return people
    # a cause's owner named again after the link is a side there ("حملات
    # روسیه موجب شد اتحادیه اروپا تحریم‌هایی را علیه روسیه اعمال کند")
    again = [x for m in causers if (x := _told_again(m, s.mentions, hi)) is not None]
    kept = sorted([*(m for m in people if m not in causers), *again], key=lambda m: m.start)
    # the cause's owner stays where no one else is there to undergo the deed:
    # a pronoun pointing back to it tells the target ("علیه این کشور", "عليها")
    return kept if len({unit(m) for m in kept}) > 1 else people


def _told_again(m: Mention, mentions: list[Mention], hi: int) -> Mention | None:
    """The first mention of ``m``'s actor after the link ending at ``hi``
    (the sides keep one mention per actor, its first), or None."""
    return next((x for x in mentions if x.start >= hi and unit(x) == unit(m)), None)


def _link_before(
    s: Sentence, trig: Hit, ntext: str, links: frozenset[str]
) -> tuple[int, int] | None:
    """The span of the last causative link before the trigger in its
    sentence, with no clause break between it and the trigger; None when
    there is none."""
    # the trigger may hold the link's last word ("أن توقع" after "أدت إلى")
    padded = f" {ntext[s.start : trig.end]} "
    best: tuple[int, int] | None = None
    for link in links:
        at = padded.rfind(f" {link} ")
        if at < 0 or s.start + at >= trig.start:
            continue
        start = s.start + at
        if best is None or start > best[0]:
            best = (start, start + len(link))
    if best is None or CLAUSE_BREAKS & set(ntext[min(best[1], trig.start) : trig.start]):
        return None
    return best


def _subject_opens(m: Mention, hi: int, ntext: str, ctx: Context) -> bool:
    """Whether ``m`` is the subject of the clause the link at ``hi`` opens:
    close after it, behind no preposition, and (where objects are marked)
    before no object marker."""
    gap = ntext[hi : m.start].split()
    if len(gap) > _SUBJECT_GAP or CLAUSE_BREAKS & set(ntext[hi : m.start]):
        return False
    preps = ctx.target_preps | ctx.about_preps | ctx.location_preps
    if any(w in preps for w in gap):
        return False
    after = ntext[m.end : m.end + 40].split()[:_MARK_WORDS]
    return not ctx.object_markers & set(after)
