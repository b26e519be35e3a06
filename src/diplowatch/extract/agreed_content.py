"""What agreeing, refusing or pledging takes as its content: one event, not two.

"agreed to lift sanctions" is the concession (PLOVER CONCEDE), not an
agreement beside a lifting; "accepted the request" is the reply, not a
request made; "متعهد شد ۱۰ میلیون دلار کمک … ارائه کند" is the aid pledged.
Kept apart from ``nonevents`` because these checks drop the verb or its
content among a sentence's triggers (``agreed_content_out``,
``pledged_verbs``) rather than judging one trigger alone.
"""

from __future__ import annotations

from diplowatch.event_types import having
from diplowatch.extract.actors import previous_word
from diplowatch.extract.scan import Hit
from diplowatch.extract.syntax import AGREEMENTS, GRANTED
from diplowatch.text.punctuation import CLAUSE_BREAKS

REFUSALS = having("refusal")
ANSWERED = having("answered")
# Words from an agreeing or refusing verb to the trigger it takes as its
# content ("agreed to lift", "وافق على رفع"; Persian "با لغو … موافقت کرد",
# the content before the verb).
REPLY_CONTENT_GAP = 8
# types46fa: words between a deed its verb's content marker opens and the
# verb (``_marked_content``): a clause's adverbials ("با هدف …", "در …").
MARKED_CONTENT_GAP = 20
# Words a Persian object phrase may run from its head to the marker before
# the verb ("درخواست توقیف و فروش اموال سفارت برای پرداخت خسارت را رد کرد").
MARKED_OBJECT_GAP = 14
# Modes of deeds both sides do to each other.
MUTUAL_MODES = frozenset({"exchange"})


def agreed_content_out(
    triggers: list[Hit],
    ntext: str,
    verb_final: bool,
    kept: set[int],
    markers: frozenset[str],
    names: tuple[frozenset[int], bool] = (frozenset(), False),
    marks: frozenset[str] = frozenset(),
) -> list[Hit]:
    """The triggers without what agreeing or refusing makes one event.
    Agreeing to a deed granted ("agreed to lift sanctions", "وافقت على
    الإفراج عن السجناء", "با لغو تحریم‌ها موافقت کرد") is the concession
    (PLOVER CONCEDE): the agreeing verb goes. Accepting or refusing a request
    or an invitation ("accepted the request", "با درخواست ایران موافقت کرد",
    "درخواست … را رد کرد") is the reply (AGREE, REJECT): the request, made
    before, goes, unless its maker is stated after it ("a request by France",
    ``kept``). A party named between verb and deed, where the subject does
    not follow the verb (``names``: the starts of the sentence's mentions and
    whether subjects follow verbs), makes the deal its own ("reached a deal
    with Iraq on a prisoner exchange"). ``marks``: the markers of the
    verb's content (``_reply_content``)."""
    dropped: set[int] = set()
    for r in triggers:
        if r.entry.affix != "verb" or r.entry.value not in AGREEMENTS | REFUSALS:
            continue
        content = _reply_content(r, triggers, ntext, verb_final, marks)
        if content is not None and _concession(r, content, names):
            dropped.add(r.start)
        answered = [content] if content is not None else []
        answered += [t for t in triggers if _marked_object(t, r, ntext, verb_final, markers)]
        dropped |= {
            t.start
            for t in answered
            if t.entry.value in ANSWERED and t.entry.affix != "verb" and t.start not in kept
        }
    return [t for t in triggers if t.start not in dropped]


def _concession(verb: Hit, content: Hit, names: tuple[frozenset[int], bool]) -> bool:
    """Whether agreeing to ``content`` is granting it (the agreeing verb goes):
    an agreement to a deed granted, with no party named between the verb and
    the deed where subjects do not follow verbs (``agreed_content_out``)."""
    names_at, subject_after_verb = names
    return (
        verb.entry.value in AGREEMENTS
        and _granted(content)
        and (subject_after_verb or not any(verb.end <= p < content.start for p in names_at))
    )


# What a pledge may promise that is an event of its own (tri29b).
PLEDGED = frozenset({"AID", "COOPERATE"})


def pledged_verbs(
    triggers: list[Hit],
    ntext: str,
    pledges: frozenset[str],
    openers: frozenset[str] = frozenset(),
) -> set[int]:
    """The starts of pledge verbs (``context.PLEDGE_VERBS``: "متعهد شد")
    whose content is aid or cooperation told right after them in their
    clause ("ژاپن متعهد شد ۱۰ میلیون دلار کمک … ارائه کند", "متعهد شدند
    همکاری امنیتی را تعمیق بخشند") or, after one of ``openers``
    (``context.PLEDGE_CONTENT_OPENERS``), right before them ("به تقویت
    روابط متعهد شدند"): the pledge is that aid or cooperation (PLOVER AID,
    COOPERATE), as Arabic "تعهدت بتقديم مساعدات" and English "pledged aid"
    are read, and no agreement besides; a pledge with no such content stays
    what the language's triggers make it."""
    if not pledges:
        return set()
    out: set[int] = set()
    for r in triggers:
        if r.entry.affix != "verb" or ntext[r.start : r.end] not in pledges:
            continue
        near = min((o for o in triggers if o.start >= r.end), key=lambda o: o.start, default=None)
        after = near is not None and _pledged_content(near, ntext[r.end : near.start])
        if after or (openers and _content_before(r, triggers, ntext, openers)):
            out.add(r.start)
    return out


def _pledged_content(content: Hit, gap: str) -> bool:
    """Whether ``content`` is aid or cooperation ``gap`` away from its pledge,
    in its clause."""
    return (
        content.entry.value in PLEDGED
        and len(gap.split()) <= REPLY_CONTENT_GAP
        and not CLAUSE_BREAKS & set(gap)
    )


def _content_before(pledge: Hit, triggers: list[Hit], ntext: str, openers: frozenset[str]) -> bool:
    """Whether the trigger right before ``pledge`` is aid or cooperation that
    one of ``openers`` opens, alone or after a word of going on ("به ادامه
    همکاری … متعهد شدند"), in the pledge's clause."""
    before = max((o for o in triggers if o.end <= pledge.start), key=lambda o: o.end, default=None)
    if before is None or not _pledged_content(before, ntext[before.end : pledge.start]):
        return False
    words = ntext[max(0, before.start - 30) : before.start].split()[-2:]
    return bool(words) and (words[-1] in openers or (len(words) == 2 and words[0] in openers))


def _granted(content: Hit) -> bool:
    """A deed one side grants; a swap (``MUTUAL_MODES``: "agreed to an
    exchange of prisoners") is given by both: agreeing to it stays an agreement."""
    return content.entry.value in GRANTED and content.entry.extra[0] not in MUTUAL_MODES


def _reply_content(
    r: Hit,
    triggers: list[Hit],
    ntext: str,
    verb_final: bool,
    marks: frozenset[str] = frozenset(),
) -> Hit | None:
    """What a verb agrees to or refuses: its first trigger after it, or,
    where objects stand before the verb (``verb_final``), its last trigger
    before it, at most ``REPLY_CONTENT_GAP`` words away in the same clause,
    or further where the verb's content marker opens it (``_marked_content``)."""
    if verb_final:
        near = max((o for o in triggers if o.end <= r.start), key=lambda o: o.end, default=None)
        gap = ntext[near.end : r.start] if near is not None else ""
    else:
        near = min((o for o in triggers if o.start >= r.end), key=lambda o: o.start, default=None)
        gap = ntext[r.end : near.start] if near is not None else ""
    if near is None or CLAUSE_BREAKS & set(gap):
        return None
    if len(gap.split()) > REPLY_CONTENT_GAP and not _marked_content(near, ntext, gap, marks):
        return None
    return near


def _marked_content(near: Hit, ntext: str, gap: str, markers: frozenset[str]) -> bool:
    """types46fa: a deed opened by the agreeing or refusing verb's own
    content marker (``context.AGREED_CONTENT_MARKERS``: Persian "با" of "با
    لغو تحریم‌ها موافقت کرد") is its content however many adverbial words a
    verb-final clause puts between ("با لغو … با هدف دستیابی … به منابع
    بلوکه‌شده … موافقت کرده است"), up to ``MARKED_CONTENT_GAP`` words. It is
    the last deed before the verb (``_reply_content``): another verb's deed
    would stand nearer."""
    return (
        bool(markers)
        and previous_word(ntext, near.start) in markers
        and len(gap.split()) <= MARKED_CONTENT_GAP
    )


def _marked_object(t: Hit, r: Hit, ntext: str, verb_final: bool, markers: frozenset[str]) -> bool:
    """Whether a noun heads the object phrase a marker closes right before
    the verb ("درخواست … را رد کرد"): one marker, at most
    ``MARKED_OBJECT_GAP`` words, no break of clause between."""
    if not verb_final or not markers or t.end > r.start:
        return False
    words = ntext[t.end : r.start].split()
    return (
        bool(words)
        and words[-1] in markers
        and sum(w in markers for w in words) == 1
        and len(words) <= MARKED_OBJECT_GAP
        and not CLAUSE_BREAKS & set(ntext[t.end : r.start])
    )
