"""Which mentions of a sentence are a trigger's sides, in the order told.

``event_sides``: the opener's sides, the co-doers of a list, the rest of
a governed list, and the sides read by word order or by their markers. Its
own module because it reads only the sentence's mentions around one
trigger; what the sides become as actors is ``side_event``'s job.
"""

from __future__ import annotations

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.adverbial_clause import Clause, clause_sides
from diplowatch.extract.authored_clause import authored_clause_sides, outside_authored_clause
from diplowatch.extract.carried_subject import carried_sides
from diplowatch.extract.coordinated_partners import without_coordinated_partners
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.demanded import DEMAND, demand_sides
from diplowatch.extract.document_state import REACTIONS, DocumentState
from diplowatch.extract.doers import active_verb
from diplowatch.extract.genitive_agent import genitive_agent_sides
from diplowatch.extract.hope_clause import bounds_of
from diplowatch.extract.hypothetical import told_after_hope
from diplowatch.extract.itinerary import left_destinations, tour_sides
from diplowatch.extract.joined_clause import joined_clause_people
from diplowatch.extract.marked_split import marked_split
from diplowatch.extract.meeting_sides import VISITS
from diplowatch.extract.participants import unit
from diplowatch.extract.participle_subject import participle_sides
from diplowatch.extract.party_traits import COMMENTS, one_sided
from diplowatch.extract.relative_aside import without_relative_aside
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.sources import participle_break
from diplowatch.extract.split_sides import SUBJECT_GAP, SYMMETRIC, local_split, split
from diplowatch.extract.subclause_subject import lone_subject_sides, subclause_people
from diplowatch.extract.trigger_status import speaker_blames
from diplowatch.extract.verb_arguments import relative_head_acts
from diplowatch.text.punctuation import QUOTE_PAIRS, SENTENCE_STOPS
from diplowatch.text.words import WORD_RUN as _WORD
from diplowatch.text.words import governed as word_governed

DEEDS = having("deed")
FORCE = having("force")
ONE_SIDED = having("one_sided")


# mendA95: quote marks read as spaces where a list's governing preposition is sought
_QUOTES_OUT = str.maketrans(dict.fromkeys([*QUOTE_PAIRS, *QUOTE_PAIRS.values()], " "))


def event_sides(
    s: Sentence,
    doc: DocumentState,
    trig: Hit,
    etype: str,
    people: list[Mention],
    clauses: list[Clause],
) -> list[list[Mention]]:
    """The sides of one trigger's event: an opening participle's, a tour's
    stops (each a host: "پس از عراق به اردن و مصر سفر می‌کند") or the
    generic split's; a visit's destinations the split left out are each a
    host too ("… به قزاقستان و ازبکستان سفر می‌کند")."""
    mode = trig.entry.extra[0]
    deeds = frozenset(t.end for t in s.triggers) if etype in COMMENTS else frozenset()
    # "… وهددت إيران …", "… and police arrested …": the new clause's subject
    people = joined_clause_people(s, trig, etype, people, doc.ntext, doc.ctx)
    told = told_after_hope(trig, s, doc.ntext, bounds_of(doc.lang))
    if told is not None:  # "hopes … as Russian jets struck Idlib": not the hoper's deed
        people = [m for m in people if m.start >= told]
    demanded = demand_sides(s, trig, people, doc.ntext, doc.ctx) if mode == DEMAND else None
    if demanded is not None:
        return demanded
    sides = (
        clause_sides(trig, etype, (people, s.mentions), clauses, doc.ntext, doc.ctx)
        or _opener_sides(s, doc, trig, people)
        or (carried_sides(s, trig, people, doc.ntext, doc.ctx) if etype not in SYMMETRIC else None)
        or (tour_sides(trig, people, s, doc.ntext, doc.ctx) if mode in VISITS else None)
        or _sides(doc, trig, etype, people, deeds, s.mentions, s)
    )
    if mode in VISITS:
        sides = left_destinations(trig, people, sides, s, doc.ntext, doc.ctx)
    return sides


def _opener_sides(s: Sentence, doc: DocumentState, trig: Hit, people: list[Mention]) -> list:
    """The sides of a deed told by an opening participle ("Condemning
    Israel, the Turkish president said …"): the main clause's subject after
    the participle's clause does it to those named inside that clause; the
    comma between them joins no list. [] when the sentence opens otherwise."""
    ntext, ctx = doc.ntext, doc.ctx
    stop = participle_break(ntext, s.start, s.end, trig, ctx.opening_participles, ctx.clause_punct)
    if stop is None:
        return []
    conj, adjacent = ctx.coordinators, ctx.adjacent_coordinated
    inside = coordinated_groups([m for m in people if m.start < stop], ntext, conj, adjacent)
    after = coordinated_groups([m for m in people if m.start > stop], ntext, conj, adjacent)
    if not inside or not after:
        return []
    return [[d, t] for d in after[0] for t in inside[0] if unit(d) != unit(t)]


def _sides(
    doc: DocumentState,
    trig: Hit,
    etype: str,
    people: list[Mention],
    deeds: frozenset[int] = frozenset(),
    listed: list[Mention] | None = None,
    s: Sentence | None = None,
) -> list[list[Mention]]:
    """``people`` as the sides of the event (one list for symmetric types);
    ``deeds``: where the sentence's triggers end, for a comment, whose object
    may be a deed noun ("از حمایت قطر از … انتقاد کرد"); empty otherwise;
    ``listed``: the sentence's mentions (``_rest_of_governed_list``); ``s``:
    the sentence, whose verbs of saying ``subclause_people`` reads."""
    ntext, ctx = doc.ntext, doc.ctx
    # "X با اشاره به اینکه Y … را تهدید می‌کند": Y's deed, X only tells it
    # mendB79: a teller who only said it is no side of a directed deed; the
    # speaker who blames ("said that Iran had violated …") accuses
    told = s if etype not in SYMMETRIC and not speaker_blames(trig) else None
    people = subclause_people(trig, etype, people, ntext, ctx, told)
    people = without_relative_aside(trig, people, ntext, ctx)  # "X، که …، با Y"
    people = without_coordinated_partners(people, ntext, ctx, etype in SYMMETRIC)
    sides = None
    if etype not in SYMMETRIC:
        # "بیانیه گروه هفت، که ایران را مسئول … دانسته": the text's issuer did it
        sides = authored_clause_sides(s, trig, people, ntext, ctx)
        # "از قطعنامه …، که اسرائیل را … متهم کرده، انتقاد کرد": of the text
        people = outside_authored_clause(s, trig, people, ntext, ctx)
    if sides is None and etype not in SYMMETRIC:
        # "…، داعيا الحكومة إلى …": the doer is the earlier clause's subject
        sides = participle_sides(trig, people, ntext, ctx)
        if sides is None:
            # "X مورد حمله Y قرار گرفت": Y, the deed noun's genitive, acted on X
            sides = genitive_agent_sides(trig, people, ntext, ctx)
        if sides is None:
            sides = _word_order_sides(doc, trig, etype, people, deeds)
        if sides is None and not speaker_blames(trig):
            # "فرانسه آماده است اما ایران … را تهدید کرد": the new clause's subject did it
            sides = lone_subject_sides(trig, etype, people, ntext, ctx)
    if sides is not None:
        return sides
    if _rest_of_governed_list(doc, etype, people, listed):
        return []
    # Only where words stand between an object and its verb (English) are
    # adjacent mentions coordinated; in Arabic "رحبت السعودية بكوريا" they are not.
    bound = frozenset(m.start for m in people[:1] if not _may_lead_list(doc, trig, m))
    doers = _co_doers(doc, trig, etype, people) and (ctx.syntax.active or not bound)
    together = frozenset(ONE_SIDED) if doers else frozenset()
    # sides101: among a joint event's sides a named leader, a comma and the
    # next leader's title go on with the list (``ctx.joint_coordinators``)
    conj = ctx.joint_coordinators if etype in SYMMETRIC else ctx.coordinators
    return split(etype, people, ntext, conj, together, ctx.adjacent_coordinated, bound, listed)


def _co_doers(doc: DocumentState, trig: Hit, etype: str, people: list[Mention]) -> bool:
    """Whether a list of doers alone does a directed deed each, as states
    acting together are no pair (``split_sides._lone_group``). English
    has always read them so; codoers94: Arabic and Persian too ("أدانت
    روسيا والصين الانقلاب"), where each alone makes the event
    (``one_sided``), and not for a list an object marker closes ("ایران و
    آمریکا را متهم کرد": both accused) nor for one a preposition governs
    ("از پلیس و وزیر … خواست": those asked; ``_sides``). Nowhere when a
    reciprocal tells them each other's target ("accused each other")."""
    ctx = doc.ctx
    if _reciprocal_after(doc, trig, people):
        return False
    if ctx.syntax.active:
        return True
    if not one_sided(etype, trig.entry.extra[0], ctx):
        return False
    return not _marked_object_list(doc, trig, people) and not _list_apart(doc, trig, people)


def _list_apart(doc: DocumentState, trig: Hit, people: list[Mention]) -> bool:
    """mendA95: whether the list before the trigger belongs to another
    phrase or clause than the trigger's subject: a preposition governs its
    head even past a quote mark ('از "چین و روسیه" خواست': those asked), or
    a sentence stop parts it from the trigger (a list of the sentence
    before, inside one quotation). Measured and not kept (held-out co-doers
    lost): "بین"/"میان" as governors, a relative clause on the marked object
    ("حمله را که … شد"), a first-person verb ("… تشکر می‌کنم")."""
    before = [m for m in people if m.end <= trig.start]
    if not before:
        return False
    ntext, ctx, head = doc.ntext, doc.ctx, before[0].start
    if SENTENCE_STOPS & set(ntext[before[-1].end : trig.start]):
        return True
    lead = ntext[max(0, head - 120) : head].translate(_QUOTES_OUT)
    return word_governed(lead, 0, len(lead), ctx.list_governors, ctx.list_breaks)


def _reciprocal_after(doc: DocumentState, trig: Hit, people: list[Mention]) -> bool:
    """Whether a reciprocal (``context.RECIPROCALS``) stands among the
    sides and the trigger or a few words past them."""
    if not people or not doc.ctx.reciprocals:
        return False
    start, end = min(people[0].end, trig.start), max(people[-1].end, trig.end)
    words = _WORD.findall(doc.ntext[start : end + _RECIPROCAL_REACH])
    run = f" {' '.join(words)} "
    return any(f" {r} " in run for r in doc.ctx.reciprocals)


def _marked_object_list(doc: DocumentState, trig: Hit, people: list[Mention]) -> bool:
    """Whether the last side named before the trigger is followed by an
    object marker (``context.OBJECT_MARKERS``: "ایران و آمریکا را متهم کرد"
    accuses both): the list it closes is the deed's object, no co-doers."""
    before = [m for m in people if m.end <= trig.start]
    if not before or not doc.ctx.object_markers:
        return False
    after = doc.ntext[before[-1].end : trig.end].split()[:1]  # "را عامل": in the trigger
    return bool(doc.ctx.object_markers & set(after))


def _rest_of_governed_list(
    doc: DocumentState, etype: str, people: list[Mention], listed: list[Mention] | None
) -> bool:
    """Whether ``people`` are what is left of a list that a preposition
    governs once another phrase took its head (types64fa: "ما در هماهنگی
    نزدیک با بریتانیا، اسرائیل و رومانی هستیم و پاسخی … در راه خواهد بود":
    Britain is the coordination's, and Israel and Romania, partners still,
    do no threat), as the whole list does no directed deed (``_lone_group``)."""
    if not listed or not people or etype in SYMMETRIC | DEEDS:
        return False
    ctx = doc.ctx
    groups = coordinated_groups(listed, doc.ntext, ctx.coordinators, ctx.adjacent_coordinated)
    starts = {m.start for m in people}
    group = next((g for g in groups if starts <= {m.start for m in g}), None)
    if group is None or group[0].start in starts:
        return False
    head = group[0].start
    return word_governed(
        doc.ntext, max(0, head - 120), head, ctx.partner_governors, ctx.list_breaks
    )


def _may_lead_list(doc: DocumentState, trig: Hit, m: Mention) -> bool:
    """Whether ``m`` may open a list of doers that names nobody else
    (``split_sides.split``): no preposition governs it (``context.
    LIST_GOVERNORS``: "با بریتانیا، اسرائیل و …" are partners), and where
    the subject may follow its verb (Arabic) it stands where a subject does:
    before a verb trigger or right after it ("أدانت إيران وروسيا والصين"),
    not after a noun ("وتلقى إشادة") or far down a verb's clause."""
    ntext, ctx = doc.ntext, doc.ctx
    if word_governed(ntext, max(0, m.start - 120), m.start, ctx.list_governors, ctx.list_breaks):
        return False
    if not ctx.subject_after_verb or m.end <= trig.start and trig.entry.affix == "verb":
        return True
    gap = ntext[trig.end : m.start].split()
    return trig.entry.affix == "verb" and m.start >= trig.end and len(gap) <= SUBJECT_GAP


def _word_order_sides(
    doc: DocumentState, trig: Hit, etype: str, people: list[Mention], deeds: frozenset[int]
) -> list[list[Mention]] | None:
    """The sides of a one-way event read by the language's own order: around
    the verb where the subject may follow it (Arabic), by the marks of the
    object where objects are marked (Persian); None elsewhere or when the
    reading finds nothing (then the generic split decides)."""
    ctx = doc.ctx
    if ctx.subject_after_verb:
        return _verb_local_sides(doc, trig, people)
    if ctx.target_preps:
        return _marked_sides(doc, trig, etype, people, deeds)
    return None


def _verb_local_sides(
    doc: DocumentState, trig: Hit, people: list[Mention]
) -> list[list[Mention]] | None:
    """Sides read around the trigger where the subject may follow its verb."""
    ctx = doc.ctx
    # "الوزير الذي دعا الحكومة إلى …": the head before the verb did it
    verb = trig.entry.affix == "verb" and not relative_head_acts(
        trig, people, doc.ntext, ctx.syntax
    )
    return local_split(
        trig.start,
        trig.end,
        people,
        doc.ntext,
        ctx.coordinators,
        verb,
        ctx.adjacent_coordinated,
        ctx.glued_prepositions,
        ctx.may_particles,
        # direction111: "بأن قوات الأمن اعتقلت": the group right before a
        # bare verb is its subject told first; "… من مصر وطالب …", "جنود
        # قتلهم عناصر …": not before a glued conjunction or object pronoun
        frozenset()
        if trig.prefix
        or _object_glued(trig, doc.ntext, ctx.syntax.object_pronouns)
        or _object_after(trig, doc.ntext, ctx.subject_opener_breaks)
        else ctx.subject_openers,
    )


def _object_glued(trig: Hit, ntext: str, pronouns: tuple[str, ...]) -> bool:
    """Whether the verb carries its object as a glued pronoun ("قتلهم",
    "أنقذتهم"): the group right before it is then whom it was done to, not
    its subject told first (``split_sides.local_split``). A bound stem's hit
    is its whole word (``scan``): its ending is read from the word."""
    tail = ntext[trig.start if trig.entry.bound else trig.base_end : trig.end]
    return bool(pronouns) and tail.endswith(pronouns)


def _object_after(trig: Hit, ntext: str, breaks: frozenset[str]) -> bool:
    """Whether the word right after the verb is a preposition carrying a
    pronoun ("أن الصحفيين اعتدى عليهم أفراد من الشرطة"): the pronoun takes up
    the noun told before the verb, whom it was done to, so that noun is no
    subject told first (mendE111). Reads one word, never the text's rest."""
    if not breaks:
        return False
    word = ntext[trig.end : trig.end + 24].split(None, 1)
    return bool(word) and word[0] in breaks


def _marked_sides(
    doc: DocumentState, trig: Hit, etype: str, people: list[Mention], deeds: frozenset[int]
) -> list[list[Mention]] | None:
    """Sides read by the marks of the object: Persian "X از Y تقدیر کرد",
    "تبریک به Y"."""
    ctx = doc.ctx
    return marked_split(
        trig.start,
        trig.end,
        trig.entry.affix != "verb",
        people,
        doc.ntext,
        ctx.coordinators,
        ctx.target_preps,
        ctx.object_markers,
        ctx.adjacent_coordinated,
        ctx.partitives,
        # actors64: a verbal reaction told by an active verb takes no agent
        frozenset() if _spoken_actively(trig, etype, doc) else ctx.syntax.agent_markers,
        ctx.stance_nouns,
        # a deed of force has its own reason phrases (doers.reason_span)
        ctx.reason_openers if etype not in FORCE else frozenset(),
        deeds,
        etype in FORCE,
        (ctx.clause_relatives, ctx.clause_closers),
    )


def _spoken_actively(trig: Hit, etype: str, doc: DocumentState) -> bool:
    """actors64: whether a verbal reaction (``REACTIONS``: a comment, a call,
    a refusal, a threat) is told by an active verb (``doers.active_verb``).
    Its doer is then the verb's subject, who speaks; a group after "از سوی"
    or "توسط" did the deed it speaks of ("توقیف نفتکش توسط سپاه را رد
    کرد"). A deed of force or a sanction keeps such an agent: intransitive
    compounds take one ("به دست طالبان سقوط کرد")."""
    return etype in REACTIONS and active_verb(trig, doc.ntext, doc.ctx)


# codoers94: how far past the sides and the trigger a reciprocal is read
_RECIPROCAL_REACH = 30
