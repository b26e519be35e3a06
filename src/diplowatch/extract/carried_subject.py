"""A subject carried to a later verb of the same sentence.

Arabic news chains the deeds of one subject with "و/ف" glued to a perfect
verb or with "كما" before it ("وصل الرئيس الفرنسي إلى بيروت وطالب القادة
اللبنانيين بـ…", "أدانت الوزارة …، كما دعت …"): the later verb has no
subject of its own, so the group right after it, read as a verb-first
subject by ``split_sides.local_split``, is whom it acts on. That group
keeps its place as the subject (Arabic VSO: "ودعت الحكومة اللبنانية")
unless its own form marks it as an object: an ending of the accusative
(``context.OBJECT_CASE_ENDINGS``: "القادة اللبنانيين", where a subject
would be "اللبنانيون"), or a state whose name ends as a feminine one after
a masculine verb (``FEMININE_STATE_ENDINGS``: "وانتقد روسيا"). The carry
stops where the verb's gender does not fit the first subject's
(``FEMININE_VERB_ENDINGS``, ``FEMININE_NOUN_ENDINGS``: "الرئيس … ودعت" is
someone else) and where a complement or relative clause stands between
them ("قال الوزير إن …"); inside such a clause the subject carried is the
clause's own ("قالت الوزارة إن الشرطة اقتحمت … واعتقلت …"). A sentence
that opens on the joined verb ("كما دعا الليبيين إلى …") carries the
subject an earlier sentence named (``referents.told_speakers``, read for
Arabic too). Persian and English keep the sentence's subject already ("…
وارد بیروت شد و از … خواست", "arrived and called on"); they have no such
data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.mention import Mention
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.extract.split_sides import SUBJECT_GAP
from diplowatch.text.words import words_before

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context
    from diplowatch.extract.sentence import Sentence


def carried_sides(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Context
) -> list[list[Mention]] | None:
    """The sides of a coordinated verb that carries an earlier verb's
    subject: that subject paired with the group the verb acts on (the one
    right after it, else the earlier verb's object, which its pronoun
    stands for: "أدانت الرئاسة الحكم … ووصفته بالجائر"); None when it
    acts on no one named, when ``trig`` is no such verb, or when it names
    its own subject right after it (then the usual reading decides)."""
    if not ctx.object_endings or trig.entry.affix != "verb" or not _joined(trig, ntext, ctx):
        return None
    groups = coordinated_groups(people, ntext, ctx.coordinators, ctx.adjacent_coordinated)
    after = [g for g in groups if g[0].start >= trig.end]
    if after and _own_subject(trig, after[0], ntext, ctx):
        return None
    subject = _earlier_subject(s, trig, groups, ntext, ctx)
    if subject is None:
        return _told_sides(s, trig, groups, after, ntext, ctx)
    if not _agrees(trig, subject[0], ntext, ctx):
        return None
    between = [g for g in groups if subject[-1].end <= g[0].start and g[-1].end <= trig.start]
    close = [g for g in after[:1] if _near(trig, g, ntext, ctx)]
    target = close[0] if close else (between[0] if between else [])
    pairs = [[d, t] for d in subject for t in target if unit(d) != unit(t)]
    return pairs or None


def _told_sides(
    s: Sentence,
    trig: Hit,
    groups: list[list[Mention]],
    after: list[list[Mention]],
    ntext: str,
    ctx: Context,
) -> list[list[Mention]] | None:
    """A sentence that opens on the joined verb ("كما دعت الليبيين إلى …")
    carries the subject an earlier sentence named (``Sentence.told_speaker``,
    ``referents.told_speakers``) to the object-marked group right after it;
    None otherwise."""
    speaker = s.told_speaker
    if speaker is None or any(g[-1].end <= trig.start for g in groups) or not after:
        return None
    lead = ntext[s.start : trig.start].split()
    if len(lead) > 1 or (lead and lead[0] not in ctx.carry_leads):
        return None
    close = len(ntext[trig.end : after[0][0].start].split()) < SUBJECT_GAP
    if not close or not _object_marked(after[0], ntext, ctx, trig):
        return None
    pairs = [[speaker, t] for t in after[0] if unit(speaker) != unit(t)]
    return pairs or None


# Words an object marked as such may stand after its verb, past an
# adverbial ("ودعا في الوقت نفسه، إثيوبيا"); an unmarked one stands closer.
_MARKED_REACH = 6


def _near(trig: Hit, group: list[Mention], ntext: str, ctx: Context) -> bool:
    """Whether the first group after the verb is what it acts on: close to
    it, or marked as its object a little further on."""
    gap = len(ntext[trig.end : group[0].start].split())
    return gap < SUBJECT_GAP or (gap <= _MARKED_REACH and _object_marked(group, ntext, ctx, trig))


def _own_subject(trig: Hit, first: list[Mention], ntext: str, ctx: Context) -> bool:
    """Whether the group right after the verb may be its own subject (Arabic
    VSO: "ودعت الحكومة اللبنانية"): close to it and not marked as an
    object."""
    close = len(ntext[trig.end : first[0].start].split()) < SUBJECT_GAP
    return close and not _object_marked(first, ntext, ctx, trig)


def subject_right_after(trig: Hit, first: list[Mention], ntext: str, ctx: Context) -> bool:
    """Whether the group right after the verb, with no word between, is its
    own subject (VSO: "وهددت إيران"): not marked as an object, and of the
    verb's gender ("ودعمت القضاء" supported the judiciary); read by
    ``joined_clause``, which drops the first clause's sides then."""
    if ntext[trig.end : first[0].start].split():
        return False
    # a capital stands for its state, whose gender any verb may take ("ودعت بكين")
    if first[0].kind not in ("city", "capital") and not _agrees(trig, first[0], ntext, ctx):
        return False
    return not _object_marked(first, ntext, ctx, trig)


def _joined(trig: Hit, ntext: str, ctx: Context) -> bool:
    """Whether the verb is joined to an earlier one: "و/ف" glued to it
    (``context.CARRIED_SUBJECT_JOINS``) or a joining word right before it
    ("كما", ``CARRIED_SUBJECT_LEADS``)."""
    if trig.prefix and trig.prefix in ctx.carry_joins:
        return True
    before = words_before(ntext, trig.start, 1)
    return bool(before) and before[-1] in ctx.carry_leads


def _earlier_subject(
    s: Sentence, trig: Hit, groups: list[list[Mention]], ntext: str, ctx: Context
) -> list[Mention] | None:
    """The subject of the first verb of ``trig``'s clause: the first group
    of the sentence, or of the last complement clause opened before
    ``trig`` ("وقالت الوزارة إن الشرطة اعتقلت … وأطلقت …": the police),
    standing right after a verb of the sentence (a trigger or a verb of
    saying) or right before one, and not marked as an object; None when it
    is no such group, or a relative clause opens between it and ``trig``."""
    group = next(iter(_clause_groups(groups, trig, ntext, ctx)), None)
    if group is None or _object_marked(group, ntext, ctx) or not _may_be_subject(group[0], ctx):
        return None
    verbs = [h for h in (*s.triggers, *s.cues) if h.entry.affix == "verb" and h.end <= trig.start]
    lead = [v.end for v in verbs if v.end <= group[0].start]
    after_verb = bool(lead) and len(ntext[max(lead) : group[0].start].split()) < SUBJECT_GAP
    before_verb = any(
        v.start >= group[-1].end and not ntext[group[-1].end : v.start].strip() for v in verbs
    )
    between = set(ntext[group[-1].end : trig.start].split())
    if not (after_verb or before_verb) or between & (ctx.subclause_openers | ctx.syntax.relatives):
        return None
    return group


def _clause_groups(
    groups: list[list[Mention]], trig: Hit, ntext: str, ctx: Context
) -> list[list[Mention]]:
    """The groups before ``trig`` inside the last complement clause opened
    before it (``context.SUBCLAUSE_OPENERS``), or all of them when none is."""
    before = [g for g in groups if g[-1].end <= trig.start]
    if not before:
        return []
    words = ntext[before[0][0].start : trig.start].split()
    if not set(words) & ctx.subclause_openers:
        return before
    cut = max(ntext.rfind(f" {w} ", before[0][0].start, trig.start) for w in ctx.subclause_openers)
    return [g for g in before if g[0].start > cut]


def _may_be_subject(m: Mention, ctx: Context) -> bool:
    """Whether a mention may be a verb's subject: no place named as where
    ("إلى بيروت") and no preposition glued to it ("بنظيره")."""
    if m.place or m.location_only or m.topic or m.source:
        return False
    return not (m.prefix and m.prefix[-1] in ctx.glued_prepositions)


def _object_marked(group: list[Mention], ntext: str, ctx: Context, trig: Hit | None = None) -> bool:
    """Whether the group's own words end as an object does, in the
    accusative ("اللبنانيين", "المسؤولين الأمريكيين"), or, after a
    masculine verb ``trig``, it is a state whose name ends as a feminine
    one (``context.FEMININE_STATE_ENDINGS``: "وانتقد روسيا"; as a subject
    it would take "انتقدت")."""
    words = ntext[group[0].start : group[-1].end].split()
    if words and words[-1].endswith(tuple(ctx.object_endings)):
        return True
    first = group[0]
    if trig is None or first.kind != "state" or first.prefix or _feminine_verb(trig, ntext, ctx):
        return False
    return ntext[first.start : first.end].endswith(tuple(ctx.feminine_state_endings))


def _feminine_verb(trig: Hit, ntext: str, ctx: Context) -> bool:
    """Whether the verb ends as a feminine one does ("دعت", "وصفته")."""
    word = ntext[trig.base_start : trig.end].split()[-1:] or [""]
    return word[0].endswith(tuple(ctx.feminine_verb_endings))


def _agrees(trig: Hit, subject: Mention, ntext: str, ctx: Context) -> bool:
    """Whether the verb's gender may fit the carried subject: a feminine
    verb ("دعت") with a subject whose head has no feminine ending
    ("الرئيس"), or a masculine one with a singular feminine head
    ("الحكومة"), belongs to someone else."""
    head = ntext[subject.start : subject.end].split()[:1]
    if not head:
        return False
    feminine_verb = _feminine_verb(trig, ntext, ctx)
    feminine_head = head[0].endswith(tuple(ctx.feminine_noun_endings))
    return feminine_verb == feminine_head or subject.kind == "state"
