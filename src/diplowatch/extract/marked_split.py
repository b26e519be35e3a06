"""Sides an event's marks say: a case mark, a preposition, a passive agent.

``marked_split`` reads source and target from what marks them (a target
preposition after the trigger, "by" of a passive, a noun whose genitive is
the doer, a stance opened by a preposition) rather than from word order
(``split_sides``). Its many small readers of marks are one job, kept apart
from ``participants``'s filling of codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diplowatch.extract.actors import Mention
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.participants import unit
from diplowatch.text.words import space_start

# the word after a group, across white space (``_marking``)
_NEXT_WORD = re.compile(r"\s*(\S+)")
# mendE111: the words before a group that its preposition and the nouns of
# its phrase may take ("از ظرفیت همه مردم"), read for a mark (``_marked_in_clause``)
_PHRASE_WORDS = 3


def marked_split(
    start: int,
    end: int,
    noun: bool,
    people: list[Mention],
    text: str,
    conj: frozenset[str],
    preps: frozenset[str],
    markers: frozenset[str],
    adjacent: bool = True,
    partitives: frozenset[str] = frozenset(),
    agent_markers: frozenset[str] = frozenset(),
    stance: frozenset[str] = frozenset(),
    reasons: frozenset[str] = frozenset(),
    deeds: frozenset[int] = frozenset(),
    deed: bool = True,
    clauses: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> list[list[Mention]] | None:
    """Source–target sides read from case marks, for a verb-final language
    that marks its objects (``context.TARGET_PREPOSITIONS``, ``OBJECT_MARKERS``:
    Persian "به", "از", "علیه", "را"); ``None`` when nothing is marked, so
    ``split`` decides.

    The agent of a passive (``agent_markers``: "توسط ماموران امنیتی دستگیر
    شدند") is the source and the first other group what it acted on
    (``_passive_agent``, which ``deed``, a deed of force, and ``markers``
    also steer). Else the target is the group the trigger's preposition
    governs after it (``_target_after``: "تبریک به رئیس‌جمهور"), else the
    nearest marked group before it (``_target_before``, which reads
    ``partitives``, ``stance``, ``reasons``, ``deeds``: "X Y را محکوم
    کرد"), and the source comes from the rest (``_marked_source``).
    """
    groups = coordinated_groups(people, text, conj, adjacent, markers)
    if len(groups) < 2:
        return None
    by = _passive_agent(groups, text, start, end, agent_markers, markers, deed)
    if by is not None:
        acted_on = next((g for g in groups if g is not by), None)
        if acted_on is not None:
            return _marked_pairs(by, acted_on)
    target = _target_after(groups, text, end, noun, preps) or _target_before(
        groups, text, start, preps, markers, partitives, stance, reasons, conj, deeds
    )
    if target is None:
        return None
    source = _marked_source(groups, target, text, (start, end), noun, markers, clauses, preps)
    if source is None:
        return None
    return _marked_pairs(source, target)


def _marked_source(
    groups: list[list[Mention]],
    target: list[Mention],
    text: str,
    span: tuple[int, int],
    noun: bool,
    markers: frozenset[str],
    clauses: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    preps: frozenset[str] = frozenset(),
) -> list[Mention] | None:
    """The source once the target is known: the group a noun trigger
    governs right after it ("حمله آمریکا به سوریه"), else the first group of
    the clause before the trigger that is not the target ("X از Y تقدیر
    کرد"), else a subject written after a fronted object
    (``_subject_after_object``). Marks find the target more surely than
    the source, so the source is what is left. A first group of the
    target's own people before a relative "که" gives way to the group after
    it (``_clause_subject``)."""
    start, end = span
    rest = [g for g in groups if g is not target]
    governed = next(
        (g for g in rest if noun and g[0].start >= end and not text[end : g[0].start].strip()),
        None,
    )
    first = next((g for g in rest if g[-1].end <= start), None)
    if first is not None and clauses[0]:
        first = _clause_subject(rest, (first, target), text, start, clauses, (preps, markers))
    return governed or first or _subject_after_object(rest, text, end, markers)


def _clause_subject(
    rest: list[list[Mention]],
    sides: tuple[list[Mention], list[Mention]],
    text: str,
    start: int,
    clauses: tuple[frozenset[str], frozenset[str]],
    marks: tuple[frozenset[str], frozenset[str]],
) -> list[Mention]:
    """direction111: the sentence's first group when it names the target's
    own people is no subject of a verb in a "که" clause after it ("تجمع
    همبستگی با معترضان … در شرایطی برگزار شد که نیروهای امنیتی … معترضان
    را بازداشت کرده‌اند": the security forces arrested): the first group
    after the relative and before the verb is. ``first`` otherwise, and
    when the clause ``clauses``' closers ended before the verb (mendE111:
    "در شرایطی که پلیس خیابان‌ها را بسته بود، از معترضان حمایت کردند": the
    police did not support; ``_clause_closed``). A group ``marks`` set
    off, a preposition between the relative and it or an object marker
    after it ("که از ظرفیت همه مردم بهره خواهد برد"), is none of the
    clause's subjects (``_marked_in_clause``). The lead's merge: the group
    is the doer only when the clause's own object is marked before the
    verb ("… معترضان را بازداشت کرده‌اند"); with none, the verb after it
    is the relative clause's own and the trigger the main clause's ("پرو
    از کمک‌هایی که شیلی به لیما فرستاد استقبال کرد": Peru welcomed)."""
    first, target = sides
    relatives, closers = clauses
    if not {unit(m) for m in first} <= {unit(m) for m in target}:
        return first
    for g in rest:
        if g[0].start < first[-1].end or g[-1].end > start:
            continue
        words = text[first[-1].end : g[0].start].split()
        if not relatives & set(words) or _marked_in_clause(words, relatives, marks, text, g):
            continue
        between = text[g[-1].end : start]
        if _clause_closed(between, closers) or not marks[1] & set(between.split()):
            return first
        return g
    return first


def _marked_in_clause(
    before: list[str],
    relatives: frozenset[str],
    marks: tuple[frozenset[str], frozenset[str]],
    text: str,
    g: list[Mention],
) -> bool:
    """Whether a group in a relative clause is marked as no subject: a
    preposition among the few words of its phrase before it, after the
    last relative ("که انتقال سلاح به کوبا", "که از ظرفیت همه مردم":
    ``_PHRASE_WORDS``; ``marks``' prepositions), or an object marker right
    after it ("که پلیس را"; ``marks``' markers). Reads those words and one
    word after the group."""
    preps, markers = marks
    last = max(i for i, w in enumerate(before) if w in relatives)
    phrase = before[max(last + 1, len(before) - _PHRASE_WORDS) :]
    after = _NEXT_WORD.match(text, g[-1].end)
    return bool(preps & set(phrase)) or (after is not None and after.group(1) in markers)


def _clause_closed(between: str, closers: frozenset[str]) -> bool:
    """Whether a verb or auxiliary with a comma right after it
    (``closers``: "بود،", "کرده‌اند،") stands in ``between``: the clause it
    ends closed before the trigger, so its groups did not do it. A comma
    alone does not close ("… در سطح گسترده، برخی معترضان را کشته"): it
    may part a clause's own phrases."""
    words = between.replace("،", " ، ").replace(",", " , ").split()
    return any(w in closers and nxt in ("،", ",") for w, nxt in zip(words, words[1:], strict=False))


def _subject_after_object(
    groups: list[list[Mention]], text: str, end: int, markers: frozenset[str]
) -> list[Mention] | None:
    """The subject written after a fronted object, right after its marker and
    before the verb ("کمک به اوکراین را اتحادیه اروپا تصویب کرد": the EU
    approved the aid): the first group after the trigger that the object
    marker precedes."""
    for g in groups:
        if g[0].start < end:
            continue
        before = text[end : g[0].start].split()
        if before and before[-1] in markers:
            return g
    return None


def _marked_pairs(source: list[Mention], target: list[Mention]) -> list[list[Mention]] | None:
    """Every source–target pair of two different units, or None when there is none."""
    pairs = [[s, t] for s in source for t in target if unit(s) != unit(t)]
    return pairs or None


def _target_after(
    groups: list[list[Mention]], text: str, end: int, noun: bool, preps: frozenset[str]
) -> list[Mention] | None:
    """The group after the trigger behind a preposition ("تبریک به رئیس‌جمهور")."""
    pos = end
    for g in groups:
        if g[0].start < end:
            continue
        words = text[pos : g[0].start].split()
        if noun and pos == end and not words:
            pos = g[-1].end  # "حمله آمریکا به سوریه": the noun's own agent comes first
            continue
        if 1 <= len(words) <= 2 and words[0] in preps:
            return g
        break
    return None


def _target_before(
    groups: list[list[Mention]],
    text: str,
    start: int,
    preps: frozenset[str],
    markers: frozenset[str],
    partitives: frozenset[str],
    stance: frozenset[str] = frozenset(),
    reasons: frozenset[str] = frozenset(),
    conj: frozenset[str] = frozenset(),
    deeds: frozenset[int] = frozenset(),
) -> list[Mention] | None:
    """The nearest group before the trigger that an object marker follows or a
    preposition (not after a quantity) precedes ("X Y را محکوم کرد"), unless
    it stands inside a phrase completing an earlier marked group: the owner
    of a stand (``stance``: "از تصمیم آمریکا برای خروج نیروهایش از عراق
    استقبال کرد"), an object whose marker a phrase of its own follows ("Y
    را به همکاری با اسرائیل متهم کرد") or a phrase of reason ("از Y به
    خاطر حمایت از Z"), in the same clause. A preposition after a quantity
    (``partitives``: "هفت نفر از مسئولان", seven of the officials) marks
    nothing."""
    marked = [
        mark
        for g in groups
        if g[-1].end <= start
        and (mark := _marking(g, text, preps, markers, partitives, stance, bool(deeds))) is not None
    ]
    if not marked:
        return None
    i = len(marked) - 1
    while i > 0 and (
        _completes(marked[i - 1], marked[i], text, preps)
        or _reason_between(marked[i - 1], marked[i], text, reasons, start, conj)
    ):
        if any(marked[i - 1].group[-1].end <= g[0].start < marked[i].begin for g in groups):
            break  # an unmarked group between is a new subject: no phrase of the earlier one
        i -= 1
    verb = (start, deeds)
    return _noun_agent(marked[i], groups, text, preps, markers, verb) or marked[i].group


def _noun_agent(
    mark: _Mark,
    groups: list[list[Mention]],
    text: str,
    preps: frozenset[str],
    markers: frozenset[str],
    verb: tuple[int, frozenset[int]] | None = None,
) -> list[Mention] | None:
    """The agent a noun object names before its own complement: in "X حمله
    اسرائیل به سوریه را محکوم کرد", "تحریم‌های آمریکا علیه ونزوئلا را",
    "سفر وزیر خارجه عراق به ریاض را" the object marker closes one noun
    phrase, whose head noun's genitive (Israel, the US, Iraq) acts on what
    its preposition names; the verb is aimed at that doer, not at the
    complement. None unless the marked group is that complement: the object
    marker after it, one preposition before it, and right before that a
    group that only a word of its own (the head noun) precedes. The same
    with the verb's preposition before the head noun instead of the object
    marker after the phrase ("X از حمایت قطر از Z انتقاد کرد": Qatar)."""
    target = mark.group
    if mark.how not in ("object", "prep"):
        return None
    lead = text[max(0, target[0].start - 40) : target[0].start].split()
    if not lead or lead[-1] not in preps:
        return None
    at = target[0].start - len(lead[-1]) - 1
    owner = next((g for g in groups if g[-1].end <= at and not text[g[-1].end : at].strip()), None)
    if owner is None:
        return None
    head = text[max(0, owner[0].start - 40) : owner[0].start].split()
    if not head or head[-1] in preps or head[-1] in markers or not head[-1].isalnum():
        return None
    if mark.how == "prep" and not _verb_phrase_head(head, owner, target, text, preps, verb):
        return None
    # the head noun stands after the subject, not at the clause's start
    before = [g for g in groups if g[-1].end <= owner[0].start]
    return owner if before else None


def _verb_phrase_head(
    head: list[str],
    owner: list[Mention],
    target: list[Mention],
    text: str,
    preps: frozenset[str],
    verb: tuple[int, frozenset[int]] | None,
) -> bool:
    """Whether a comment's own preposition opens the noun phrase of a deed
    ("X از حمایت قطر از Z انتقاد کرد"; ``verb``: the comment's start and
    where the sentence's triggers end, none for other types) and the phrase
    ends at the verb (at most three words between, no comma): not a phrase
    of time earlier in the clause ("همزمان با سفر X به Y … حمله شد"), nor
    the object of another trigger ("ضمن انتقاد از عملکرد رهبران X از مردم
    … حمایت کردند")."""
    if len(head) < 2 or head[-2] not in preps or verb is None or not verb[1]:
        return False
    start, deeds = verb
    noun = text.rfind(head[-1], 0, owner[0].start)
    prep = text.rfind(head[-2], 0, noun)
    # what stands before the preposition, read back from it (``text[:prep].rstrip()``)
    before = space_start(text, prep if prep >= 0 else max(0, len(text) + prep))
    if before and before in deeds:
        return False
    gap = text[target[-1].end : start]
    return len(gap.split()) <= 3 and not any(c in gap for c in ",،;؛")


@dataclass(frozen=True)
class _Mark:
    """A group marked as a target: how ("object", "prep", "owner"), where
    its marker begins and where the marking ends."""

    group: list[Mention]
    how: str
    begin: int
    end: int


def _marking(
    g: list[Mention],
    text: str,
    preps: frozenset[str],
    markers: frozenset[str],
    partitives: frozenset[str],
    stance: frozenset[str],
    comment: bool = False,
) -> _Mark | None:
    """How a group is marked as a target, or None (``comment``: the verb is
    a comment's, ``_opens_stance``)."""
    after = _NEXT_WORD.match(text[g[-1].end : g[-1].end + 12])
    if after and after.group(1) in markers:
        return _Mark(g, "object", g[0].start, g[-1].end + after.end())
    lead = text[max(0, g[0].start - 40) : g[0].start]
    words = lead.split()
    if words and words[-1] in preps:
        if len(words) >= 2 and words[-2] in partitives:
            return None
        return _Mark(g, "prep", g[0].start - len(lead) + lead.rfind(words[-1]), g[0].start)
    for k in (1, 2):
        if (
            len(words) > k
            and " ".join(words[-k:]) in stance
            and _opens_stance(words[-k - 1], preps, comment)
        ):
            head = " ".join(words[-k - 1 :])
            return _Mark(g, "owner", g[0].start - len(lead) + lead.rfind(head), g[0].start)
    return None


def _opens_stance(word: str, preps: frozenset[str], comment: bool) -> bool:
    """Whether the word before a stand's noun opens the stand's phrase: a
    preposition ("از تصمیم آمریکا برای …"), or, where a comment's verb
    (``comment``: condemned, welcomed) takes the stand as its direct
    object, a word of the subject before it ("چین اقدام آمریکا در فروش
    سلاح به تایوان را محکوم کرد", parties57fa): the owner is whom the
    comment is aimed at, not the complement's state. Not punctuation or a
    sentence's end (a stand opening its sentence is its subject), and not
    for a deed ("مواضع" is also the positions a force strikes)."""
    return word in preps or (comment and word.isalnum())


def _completes(earlier: _Mark, later: _Mark, text: str, preps: frozenset[str]) -> bool:
    """Whether ``later`` stands inside a phrase that completes ``earlier``:
    the content of a stand after its owner, or a preposition's phrase
    after an object's marker across a noun of its own ("را به همکاری با")
    — not a second object of the verb ("Y را به Z تحویل داد")."""
    gap = text[earlier.end : later.begin]
    if any(c in gap for c in ",;:،؛.()«»"):
        return False
    if earlier.how == "owner":
        return True
    # a whole state or organisation as the object is whom the verb is aimed
    # at; people or officials as the object may be moved or handed over to
    # the next one ("معترضان را به زندان … منتقل کرد")
    whole = any(m.agent is None and m.kind in ("state", "igo") for m in earlier.group)
    return earlier.how == "object" and whole and any(w not in preps for w in gap.split())


def _reason_between(
    earlier: _Mark,
    later: _Mark,
    text: str,
    reasons: frozenset[str],
    verb: int,
    conj: frozenset[str],
) -> bool:
    """Whether a phrase of reason opens between two marked groups of one
    clause ("از ترکیه به خاطر حمایت از اوکراین گلایه کرد"): the later one is
    inside it, and the trigger (at ``verb``) closes it a word or two on — not
    a trigger inside the phrase itself ("به خاطر … نوع دعوت از ایران")."""
    gap = text[earlier.end : later.begin]
    if not reasons or any(c in gap for c in ",;:،؛.()«»"):
        return False
    tail = text[later.group[-1].end : verb].split()
    if len(tail) > 2 or any(w in conj for w in tail):
        return False
    padded = f" {' '.join(gap.split())} "
    return any(f" {r} " in padded for r in reasons)


def _passive_agent(
    groups: list[list[Mention]],
    text: str,
    start: int,
    end: int,
    agent_markers: frozenset[str],
    markers: frozenset[str],
    deed: bool,
) -> list[Mention] | None:
    """The group an agent marker introduces as the passive's doer ("توسط
    ماموران امنیتی دستگیر شدند"), or None. Not one an object marker closes
    (within two words): it did the deed the verb's object names, and is what
    the verb is about ("سرکوب معترضان توسط دولت ایران را محکوم کرد"); nor,
    when the trigger is no deed of force, one after it while another group
    stands before it: that group asks or comments, and the marked one does
    what is asked ("فرانسه خواستار آزادی زندانیان توسط ایران شد"). Of two
    before a verb, the later is its agent: the first names the doer of a
    deed in its subject ("اخراج دیپلمات‌ها توسط آلمان از سوی ایران محکوم
    شد", parties33fa)."""
    found = []
    for g in groups:
        if not _preceded_by(text, g, agent_markers):
            continue
        if g[-1].end <= start and markers & set(text[g[-1].end : start].split()[:2]):
            continue
        if not deed and g[0].start >= end and any(h[-1].end <= start for h in groups if h is not g):
            continue
        found.append(g)
    before = [g for g in found if g[-1].end <= start]
    return before[-1] if len(before) > 1 else next(iter(found), None)


def _preceded_by(text: str, group: list[Mention], words: frozenset[str]) -> bool:
    """Whether one of ``words`` (one or two words long) stands right before a group."""
    if not words:
        return False
    before = text[max(0, group[0].start - 24) : group[0].start].split()
    return bool(before) and (before[-1] in words or " ".join(before[-2:]) in words)
