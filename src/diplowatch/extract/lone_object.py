"""A one-sided verbal deed whose only named side is its object names no doer.

"He threatened the police", "او پلیس را تهدید کرد": the side the sentence
names is whom the threat, call or rejection is aimed at, and its doer is a
pronoun or a subject dropped from an earlier sentence. Read as a one-sided
event, that side would stand in the doer's slot (the PLOVER export reads
actor = first), which swaps the roles. The event keeps an unnamed doer
first (no code, no agent: as the annotation writes an unnamed side) and its
object second (slots36). An accusation or condemnation whose lone side is
its object is no event, as ``side_event._condemned_genitive`` reads English and
Arabic ("He condemned the Israeli government").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplowatch.event_types import CODES, having
from diplowatch.extract.actors import Mention
from diplowatch.extract.agent_groups import STATE_BODIES
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.scan import Hit
from diplowatch.model import Actor
from diplowatch.text.punctuation import CLAUSE_BREAKS, EDGE_PUNCT, QUOTE_PAIRS
from diplowatch.text.words import WORD_RUN

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# Deeds of words aimed at someone: their object is the target, never the doer.
AIMED = having("reaction") - having("force")
# Their lone object names no event at all (``side_event._condemned_genitive``).
ONE_SIDED_DROPPED = frozenset({"ACCUSE"})
# How many words after a side its object marker ("را") may stand: one, as
# a marker past another word is that word's ("رهبر انقلاب ما را حمایت کرد").
_MARKER_REACH = 1
# Requests: the one asked is their object.
ASKING = having("cooperative") & having("addressee_first")
# How many words may stand between the one asked and the verb of asking.
_ASKED_GAP = 1
# How far before a side its agent marker is looked for (characters).
_LEAD = 40
# The most words the phrase of one asked with no side of its own may hold
# between its marker and the verb ("از نامزدهای انتخابات ۱۴۰۰ خواست").
_UNCODED_WORDS = 3
# Words before an accusation's trigger and from its start that may spell its
# passive ("was accused", "متهم شده است").
_PASSIVE_LEAD = 1
_PASSIVE_TAIL = 4  # a trigger may open with the charge ("جاسوسی متهم شده است")
_PASSIVE_WORDS = 3
# The passives whose subject (or, Arabic, whose object after "عن") the deed
# is done to, per type (``actor_context`` fields).
_PASSIVES = {"ACCUSE": "accused_passives", "CONCEDE": "released_passives"}
# A speaker's words follow these: a side before them is the speaker.
_SPEAKER_MARKS = frozenset(":;؛.!?؟")
# Words before a side among which an agent marker makes it the doer.
_AGENT_WORDS = 4


def object_alone(etype: str, trig: Hit, side: list[Mention], ntext: str, ctx: Context) -> bool:
    """Whether the lone side of an aimed deed is its object: before the
    trigger with an object marker right after it ("پلیس را تهدید کرد",
    ``context.OBJECT_MARKERS``), or after a verb trigger past other words
    ("threatened the police", "called on the UN"), where the subject never
    stands. A noun's genitive ("درخواست ایران", "Iran's demand") is its doer,
    also where a verb's stem stands in a noun ("خواسته معلمان": the
    teachers' demand, ``_inside_word``). The agent of a passive ("rejected
    by Egypt", "حمله … توسط ایران را", ``_agent_marked``) is no object."""
    if etype not in AIMED or len(side) != 1 or _agent_marked(side[0], ntext, ctx):
        return False
    m = side[0]
    if _asked_of(m, trig, ntext, ctx) or addressed_by_form(etype, trig, m, ntext, ctx):
        return True
    if m.end <= trig.start:
        after = ntext[m.end : trig.start].split()[:_MARKER_REACH]
        return bool(ctx.object_markers & set(after))
    if trig.entry.affix != "verb" or m.start < trig.end or _inside_word(trig, ntext):
        return False
    return bool(ntext[trig.end : m.start].split())


# targets81: the bodies a verb of asking addresses by its form ("طالب
# السلطات", "دعا الحكومة"): the state's own (``STATE_BODIES``), named by a
# noun, not a person.
# Words an addressee so marked may stand after its verb behind an opener of
# an adverbial (``context.ASKED_GAP_OPENERS``: "طالب في بيانه السلطات").
_AGREEMENT_GAP = 2


def addressed_by_form(etype: str, trig: Hit, m: Mention, ntext: str, ctx: Context) -> bool:
    """Whether the side ``m`` right after a verb of asking is whom it asks
    by the verb's form (targets81): a subject-sharing participle
    ("مطالبا السلطات الإسرائيلية بـ", ``context.SUBJECT_SHARING_PARTICIPLES``)
    takes no subject after it, and a verb with no feminine ending right
    before a body whose noun has one ("طالب السلطات المصرية بضمان …", "دعا
    الحكومة إلى …"; ``FEMININE_VERB_ENDINGS``, ``FEMININE_NOUN_ENDINGS``)
    does not agree with it, as its subject would ("طالبت السلطات", "دعت
    الحكومة"): the asker is the verb's dropped subject. Read as the verb's
    subject, the body asked became the asker, and a side of what is asked
    (the citizens to be protected) whom it asked. Only right after the
    word or behind an adverbial's opener: a noun between ("يدعو اقتراح
    الوزارة") owns the body, a preposition ("على طلب من الشرطة") makes it
    the asker; a request's noun ("طلب الحكومة قروضا",
    ``context.REQUEST_NOUNS``) has its asker as its genitive."""
    if etype not in ASKING or not ctx.feminine_noun_endings or m.start < trig.end:
        return False
    if not _adverbial_gap(ntext[trig.end : m.start], ctx):
        return False
    word = ntext[trig.base_start : trig.end].split()[-1:] or [""]
    if _participle(word[0], ctx):
        return True
    if trig.entry.affix != "verb" or _feminine_form(word[0], ctx):
        return False
    if _request_noun(word[0], ctx):
        return False
    head = ntext[m.start : m.end].split()[:1] or [""]
    return (
        m.agent in STATE_BODIES
        and not (m.role or m.name)
        and head[0].endswith(tuple(ctx.feminine_noun_endings))
    )


def asked_beside_content(
    etype: str, trig: Hit, side: list[Mention], mentions: list[Mention], ntext: str, ctx: Context
) -> bool:
    """Whether a request's lone side is the body its verb's form marks as
    asked (``addressed_by_form``) with another side named after it, inside
    what is asked: the request stood with two sides before them ("طالب
    السلطات المصرية بضمان الحماية للمواطنين" read the authorities asking
    the citizens) and stands with the one asked. A body so marked with no
    such side in its clause (none after a comma: "ودعا الحكومة التونسية، إلى")
    makes no new event: the readers name its asker, told elsewhere, and an
    unnamed one reads wrong to them (measured, targets81)."""
    if len(side) != 1 or not addressed_by_form(etype, trig, side[0], ntext, ctx):
        return False
    end = side[0].end
    return any(
        m.start >= end and (m.code or m.agent) and not CLAUSE_BREAKS & set(ntext[end : m.start])
        for m in mentions
    )


def _adverbial_gap(gap: str, ctx: Context) -> bool:
    """Whether the words between a verb of asking and a side are none, or
    a short adverbial opened by one of ``context.ASKED_GAP_OPENERS`` ("في
    بيانه", "أيضا"), with no clause break."""
    words = gap.split()
    if not words:
        return not (CLAUSE_BREAKS & set(gap))
    return (
        len(words) <= _AGREEMENT_GAP
        and words[0] in ctx.asked_gap_openers
        and not (CLAUSE_BREAKS & set(gap))
    )


def _feminine_form(word: str, ctx: Context) -> bool:
    """Whether a verb is feminine by its ending ("دعت", ``FEMININE_VERB_ENDINGS``)
    or, in the present, by its prefix after any conjunction glued to it
    ("تطلب", "وتطالب", ``FEMININE_VERB_PREFIXES``)."""
    if word.endswith(tuple(ctx.feminine_verb_endings)):
        return True
    bare = [word] + [word[len(c) :] for c in ctx.participle_leads if word.startswith(c)]
    return any(w.startswith(tuple(ctx.feminine_verb_prefixes)) for w in bare)


def _request_noun(word: str, ctx: Context) -> bool:
    """Whether ``word`` is a request's noun, maybe after a conjunction
    glued to it ("وطلب" stays a verb only if not listed so)."""
    return word in ctx.request_nouns


def _participle(word: str, ctx: Context) -> bool:
    """Whether ``word`` is a subject-sharing participle, maybe after a
    conjunction glued to it ("وداعيا")."""
    return word in ctx.sharing_participles or any(
        word.startswith(c) and word[len(c) :] in ctx.sharing_participles
        for c in ctx.participle_leads
    )


def passive_subject(etype: str, trig: Hit, side: list[Mention], ntext: str, ctx: Context) -> bool:
    """Whether the lone side of an accusation or a release is the one it is
    done to, told in the passive ("ایران به حمله به نفتکش متهم شد", "the
    minister was accused of corruption", ``context.ACCUSED_PASSIVES``;
    "روزنامه‌نگار آزاد شد", "تم الإفراج عن الناشط", "the activist was
    released", ``RELEASED_PASSIVES``): the accused or the freed, whom the
    sentence leaves the accuser or the releaser of unnamed (prec43). Read as
    the doer, the accused would accuse and the prisoner free himself. The
    side is the passive's own subject (or Arabic object): in its clause
    (``_same_clause``) and after no agent marker (``_agent_before``: "از سوی
    X")."""
    passives: frozenset[str] = getattr(ctx, _PASSIVES.get(etype, ""), frozenset())
    if not side or not passives or not all(_same_clause(m, trig, ntext, ctx) for m in side):
        return False
    if any(_agent_marked(m, ntext, ctx) or _agent_before(m.start, ntext, ctx) for m in side):
        return False
    return _passive_written(trig, ntext, passives)


def _passive_written(trig: Hit, ntext: str, passives: frozenset[str]) -> bool:
    """Whether one of ``passives`` is written at the trigger: from the word
    before it into its first words ("was accused", "وجهت إليه التهمة")."""
    lead = WORD_RUN.findall(ntext, max(0, trig.start - _LEAD), trig.start)[-_PASSIVE_LEAD:]
    tail = WORD_RUN.findall(ntext, trig.start, trig.end + _LEAD)[:_PASSIVE_TAIL]
    words = lead + tail
    return any(
        " ".join(words[i : i + n]) in passives
        for n in range(1, _PASSIVE_WORDS + 1)
        for i in range(len(words))
    )


def charged_first(etype: str, trig: Hit, side: list[Mention], ntext: str, ctx: Context) -> bool:
    """Whether an accusation read with two sides is told in the passive
    with its subject first ("الوزير الذي وجهت إليه التهمة", "the minister,
    who was charged with …", ``context.ACCUSED_PASSIVES``) and no agent
    marker: the first side is the one charged, and the sentence names no
    accuser, so the other side is none (a title's "للرئاسة", the place or
    the deed charged), never the accuser (mendC82). Read as active, the
    charged candidate accused the government."""
    passives: frozenset[str] = getattr(ctx, _PASSIVES["ACCUSE"], frozenset())
    if etype != "ACCUSE" or len(side) < 2 or not passives or side[0].end > trig.start:
        return False
    if not _passive_written(trig, ntext, passives):
        return False
    # the subject's clause runs to the verb: a relative may describe it
    # ("فيون الذي وجهت"), no break or speaker's colon may stand between
    gap = ntext[side[0].end : trig.start]
    breaks: frozenset[str] = getattr(ctx, "passive_subject_breaks", frozenset())
    if any(c in _SPEAKER_MARKS for c in gap) or not breaks.isdisjoint(WORD_RUN.findall(gap)):
        return False
    return not any(_agent_marked(m, ntext, ctx) or _agent_before(m.start, ntext, ctx) for m in side)


def _same_clause(m: Mention, trig: Hit, ntext: str, ctx: Context) -> bool:
    """Whether nothing between the side and the trigger opens another
    clause: no colon or semicolon (a speaker's words follow), no word of
    ``context.PASSIVE_SUBJECT_BREAKS`` ("اینکه", "اما", "that"), and no
    relative word (``PASSIVE_RELATIVES``: "که") but right after the side,
    where it describes the subject ("مادرانی که … بازداشت شدند، آزاد
    شده‌اند"); commas may set off such a clause or an apposition."""
    gap = ntext[m.end : trig.start] if m.end <= trig.start else ntext[trig.end : m.start]
    if any(c in _SPEAKER_MARKS for c in gap):
        return False
    words = WORD_RUN.findall(gap)
    breaks: frozenset[str] = getattr(ctx, "passive_subject_breaks", frozenset())
    relatives: frozenset[str] = getattr(ctx, "passive_relatives", frozenset())
    return breaks.isdisjoint(words) and relatives.isdisjoint(words[1:])


def _asked_of(m: Mention, trig: Hit, ntext: str, ctx: Context) -> bool:
    """Whether a request's side is the one asked: right after a marker of
    the one asked (``context.ASKED_OF_MARKERS``: "از ایران می‌خواهیم", "call
    on Iran") next to the trigger, with at most ``_ASKED_GAP`` words between."""
    if trig.entry.value not in ASKING:
        return False
    words = ntext[max(0, m.start - _LEAD) : m.start].split()
    if not words or words[-1] not in ctx.asked_of_markers:
        return False
    if len(words) > 1 and words[-2] in ctx.partitives:
        return False  # "برخی از صادرکنندگان خواستار …": some of them asked
    if m.end <= trig.start:
        return len(ntext[m.end : trig.start].split()) <= _ASKED_GAP
    # after the trigger, with the marker alone between or in the trigger ("call on")
    return ntext[trig.end : m.start].split() in ([], words[-1:])


def _agent_marked(m: Mention, ntext: str, ctx: Context) -> bool:
    """Whether an agent or doer marker ("by", "من قبل", "توسط",
    ``context.AGENT_MARKERS``, ``DOER_MARKERS`` of any type: a language lists
    its passive's "by" under the types that needed it) stands right before
    the side: it did the deed its phrase tells, or the passive one the
    trigger tells."""
    markers = frozenset().union(ctx.syntax.agent_markers, *ctx.doer_markers.values())
    lead = ntext[max(0, m.start - _LEAD) : m.start].rstrip()
    return any(lead.endswith(a) for a in markers)


def _inside_word(trig: Hit, ntext: str) -> bool:
    """Whether the trigger ends inside a longer word ("خواسته" read by the
    verb "خواست", "هددهم" by "هدد"): a noun or a verb with its object
    joined to it, after which no side need be the object."""
    return trig.end < len(ntext) and ntext[trig.end].isalpha()


def unnamed_doer() -> Actor:
    """The doer a sentence leaves unnamed: no code, no agent."""
    return Actor(code=None)


def asked_content_out(
    etype: str, trig: Hit, people: list[Mention], ntext: str, ctx: Context
) -> list[Mention]:
    """A request whose one asked stands marked right before its verb ("از
    دولت خواست به پارلمان احترام بگذارد", ``_asked_of``) has told whom it
    asks: the sides after the verb are inside what is asked (the
    parliament to be respected) and none of its own (slots37ar). Read with
    them, the one asked lost its slot to a side of the content. English
    "called on X to …" names X after the verb and keeps its content's sides
    for the usual reading."""
    if etype not in ASKING:
        return people
    after = [m for m in people if m.start >= trig.end]
    if after and addressed_by_form(etype, trig, after[0], ntext, ctx):
        # "طالب السلطات المصرية بضمان الحماية للمواطنين": the rest is asked;
        # bodies asked together ("داعيا الحكومة والنيابة") keep the usual reading
        groups = coordinated_groups(people, ntext, ctx.coordinators, ctx.adjacent_coordinated)
        first = after[0].start
        group = next((g for g in groups if any(x.start == first for x in g)), [after[0]])
        if len({x.start for x in group}) == 1:
            return [m for m in people if m.start < trig.end] + after[:1]
    if trig.entry.affix != "verb":
        return people
    asked = any(m.end <= trig.start and _asked_of(m, trig, ntext, ctx) for m in people)
    if not asked and not _asked_uncoded(trig, people, ntext, ctx):
        return people
    return [m for m in people if m.start < trig.end]


def warned_content_out(
    trig: Hit, triggers: list[Hit], people: list[Mention], ntext: str, ctx: Context
) -> list[Mention]:
    """parties74fa: a warning whose one warned stands right before its verb
    behind a marker of the addressee ("به گروه طالبان هشدار داد هرگونه حمله
    به شهروندان آمریکا … با واکنش شدید مواجه خواهد شد", ``context.
    WARNED_MARKERS``; the trigger holds a ``WARNING_WORDS`` word) has told
    whom it warns: the sides after the verb are inside what it warns of (the
    citizens to be spared), none of its own, as ``asked_content_out`` reads
    a request; so for a threat of the same type told inside that content
    ("واکنش شدید", the sentence's ``triggers``), the same threat again. Only
    where the verb comes last in its clause: "warned X that …" names X after
    the verb already."""
    if not ctx.verb_final or not ctx.warning_words or not ctx.warned_markers:
        return people
    warning = next(
        (
            t
            for t in reversed(triggers)
            if t.end <= trig.end
            and t.entry.value == trig.entry.value
            and ctx.warning_words & set(ntext[t.start : t.end].split())
        ),
        None,
    )
    if warning is None or _new_subject(warning, trig, people, ntext, ctx):
        return people
    if not any(m.end <= warning.start and _warned(m, warning, ntext, ctx) for m in people):
        return people
    return [m for m in people if m.start < warning.end]


def _new_subject(warning: Hit, trig: Hit, people: list[Mention], ntext: str, ctx: Context) -> bool:
    """Whether a side after a clause joiner (``ctx.clause_joiners``: "و")
    stands between the warning and ``trig``: a new clause with its own doer
    ("… مواجه خواهد شد و روسیه نیز اسرائیل را تهدید کرد"), where ``trig``
    lies outside what is warned of (review mends, mendA76)."""
    for m in people:
        if warning.end <= m.start < trig.start:
            lead = ntext[max(0, m.start - _LEAD) : m.start].split()
            if lead and lead[-1] in ctx.clause_joiners:
                return True
    return False


def _warned(m: Mention, trig: Hit, ntext: str, ctx: Context) -> bool:
    """Whether ``m`` is the one warned: at most ``_ASKED_GAP`` words before
    the trigger, with a marker of the addressee among the two words before
    it ("به ایران", "به گروه طالبان")."""
    if len(ntext[m.end : trig.start].split()) > _ASKED_GAP:
        return False
    lead = ntext[max(0, m.start - _LEAD) : m.start].split()[-2:]
    return bool(ctx.warned_markers & set(lead))


def _asked_uncoded(trig: Hit, people: list[Mention], ntext: str, ctx: Context) -> bool:
    """Whether the one asked stands marked right before the verb but is no
    side of its own (requests67fa): a person, a guild or candidates the
    lexicon gives no code or agent ("از نوروزی خواست تا به افغانستان سفر
    کند", "از اتاق اصناف خواست تا مجلس را متقاعد کند"). The request has
    told whom it asks all the same, so a side after the verb is inside what
    is asked, not the one asked. The marker heads a phrase of at most
    ``_UNCODED_WORDS`` words that ends at the verb, in its clause, with no
    side in it; it is no marker of the one asked where it ends a compound
    preposition or a part ("پس از", "برخی از": ``context.ASKED_OF_NOT_AFTER``,
    ``PARTITIVES``) or opens a doer's or a way's phrase ("از سوی",
    ``ASKED_OF_NOT_BEFORE``)."""
    if not ctx.verb_final:
        return False  # "asked Hosseini to help Iraq": the one asked follows the verb
    base = max(0, trig.start - _LEAD * 2)
    lead = ntext[base : trig.start]
    cut = max((lead.rfind(ch) for ch in (*CLAUSE_BREAKS, *_SPEAKER_MARKS)), default=-1)
    words = list(WORD_RUN.finditer(ntext, base + cut + 1, trig.start))
    at = next(
        (i for i in range(len(words) - 2, -1, -1) if words[i].group() in ctx.asked_of_markers),
        None,
    )
    if at is None or len(words) - at - 1 > _UNCODED_WORDS:
        return False
    if any(words[at].start() < m.start < trig.start for m in people):
        return False  # a side stands in the phrase: ``_asked_of`` reads it
    before = words[at - 1].group() if at else ""
    not_after = ctx.partitives | ctx.asked_of_not_after
    return before not in not_after and words[at + 1].group() not in ctx.asked_of_not_before


# lone43: deeds whose lone side may be the one that underwent them: not the
# joint ones, nor the deeds one does by oneself (moving troops, protesting,
# withdrawing: "وارد شد", "خارج شدند" tell their doer as a passive would),
# nor aid, whose "از X" names the giver as often as "به X" the receiver.
UNDERGONE = frozenset(CODES) - having("symmetric") - (having("deed") - having("force")) - {"AID"}
# The victims a deed of force names alone are left to the understood sides
# (``implied.add_implied``) and to the three languages' shared reading of a
# lone victim: Arabic writes "قتل ضابط" alike in both voices, so only a
# preposition tells its victim there ("الاعتداء على X"), and the passive is
# not read for them.
FORCE_DEEDS = having("force")
# How many words may stand between a passive's subject, or a verb-final
# deed's marked object, and its verb ("زندانیان سیاسی دیروز آزاد شدند").
_PATIENT_GAP = 6
# The longest noun of a deed whose genitive underwent it, in words.
_NOUN_WORDS = 3
# How many words of a noun phrase may stand between an agent's marker and
# the side that ends it ("از سوی اداره مهاجرت ترکیه").
_HEAD_WORDS = 2
# How many words before a side's preposition another one makes the side's
# phrase a complement of a noun inside the first ("با حمایت از X").
_NESTED_WORDS = 2
# How many words after a compound verb's noun its light verb may stand
# ("حمایت می کرد": the prefix of the present between).
_LIGHT_REACH = 2


def patient_alone(etype: str, trig: Hit, side: list[Mention], ntext: str, ctx: Context) -> bool:
    """Whether the lone side of a deed done to someone is the one it was
    done to (lone43): the subject of a passive with no agent ("were
    released", "آزاد شدند", ``_passive_subject``), the one a preposition of
    the deed governs ("الإفراج عن X", "support for X", "از X قدردانی کرد",
    ``_governed``) or the genitive of a deed's noun that takes its object
    there ("the release of X", "إطلاق سراح X", "ترور X", ``_noun_genitive``).
    Its doer is unnamed. An agent marked before the side ("by", "توسط")
    makes it the doer."""
    if etype not in UNDERGONE or not side:
        return False
    start, end = min(m.start for m in side), max(m.end for m in side)
    if _agent_before(start, ntext, ctx):
        return False
    if end <= trig.start:
        close = _clause_between(ntext[end : trig.start], ctx)
        marked = _verb_phrase(trig, ntext, ctx) and _marked_before(start, ntext, ctx)
        subject = (
            etype not in FORCE_DEEDS
            and _bare(start, ntext, ctx)
            and _passive_subject(trig, ntext, ctx)
        )
        return close and (subject or marked)
    if start < trig.end:
        return False
    return _governed(trig, start, ntext, ctx) or _noun_genitive(trig, start, ntext, ctx)


def _agent_before(start: int, ntext: str, ctx: Context) -> bool:
    """Whether an agent or doer marker (``_agent_marked``) opens the noun
    phrase the side ends: right before it, past an opening quote ("توسط
    «گروهی»"), or before the phrase's head ("از سوی اداره مهاجرت ترکیه",
    "توسط نیروهای طالبان"), at most ``_HEAD_WORDS`` words before the side
    and in its clause ("از سوی X، مقام‌ها متهم شدند": X is the accuser of
    the clause before, not the agent of this one)."""
    markers = frozenset().union(ctx.syntax.agent_markers, *ctx.doer_markers.values())
    lead_text = ntext[max(0, start - _LEAD) : start]
    cut = max((lead_text.rfind(ch) for ch in CLAUSE_BREAKS), default=-1)
    words = [w.strip("".join(QUOTE_PAIRS)) for w in lead_text[cut + 1 :].split()]
    words = [w for w in words if w]
    for gap in range(_HEAD_WORDS + 1):
        lead = words[: len(words) - gap]
        if any(" ".join(lead[-k:]) in markers for k in (1, 2)):
            return True
    return False


def _verb_phrase(trig: Hit, ntext: str, ctx: Context) -> bool:
    """Whether the trigger is a verb, or the noun of a compound verb whose
    light verb follows it ("به X حمله می‌کرد", "از X امتناع نمود"): only a
    verb takes the prepositional object before it; a bare noun ("از سپاه
    بابت دستگیری فرزندش") complements its own phrase after it."""
    if trig.entry.affix == "verb":
        return True
    after = ntext[trig.start : trig.end + _LEAD].split()[1 : 1 + _LIGHT_REACH]
    return bool(ctx.light_verbs & {w.strip(EDGE_PUNCT) for w in after})


def _clause_between(between: str, ctx: Context) -> bool:
    """Whether a side and the verb after it stand in one clause: at most
    ``_PATIENT_GAP`` words, none a clause's punctuation or an opener of what
    is said ("X said that … were released": X is the speaker)."""
    words = between.split()
    if any(ch in CLAUSE_BREAKS for ch in between):
        return False
    stops = ctx.content_openers | ctx.subclause_openers | ctx.verb_bound_openers
    # a light verb of the passive between them ends the side's own clause
    # ("به X مأموریت داده شد علاوه بر جریمه")
    stops = stops | ctx.passive_verbs
    return len(words) <= _PATIENT_GAP and not stops & set(words)


def _bare(start: int, ntext: str, ctx: Context) -> bool:
    """Whether a side may be a passive's subject: no word of means
    (``MEANS_OPENERS``: "با") among the ``_HEAD_WORDS`` words before it in
    its clause ("با حکم دادگاه … محکوم شد": the court's ruling sentenced;
    "به اتهام همکاری با آمریکا": the charge's partner, no one sentenced)."""
    lead_text = ntext[max(0, start - _LEAD) : start]
    cut = max((lead_text.rfind(ch) for ch in CLAUSE_BREAKS), default=-1)
    return not ctx.means_openers & set(lead_text[cut + 1 :].split()[-_HEAD_WORDS:])


def _passive_subject(trig: Hit, ntext: str, ctx: Context) -> bool:
    """Whether the trigger is a passive: followed by a light verb of the
    passive inside or right after it ("بازداشت شدند", "متهم شده اند",
    ``context.PASSIVE_VERBS``), not after a word that makes it its
    subject's own deed ("خواستار شد": demanded, ``DOER_PREDICATES``) or led by a form of "be" ("were (formally)
    released", ``PASSIVE_BE`` past ``PASSIVE_AUXILIARIES``). Arabic writes
    its passive unvowelled like the active and is read by its preposition."""
    own = len(ntext[trig.start : trig.end].split())
    words = [w.strip(EDGE_PUNCT) for w in ntext[trig.start : trig.end + _LEAD].split()]
    # the light verb is a word of the trigger's own or the one right after it
    for i in range(1, min(own + 1, len(words))):
        light = words[i] in ctx.passive_verbs or " ".join(words[i : i + 2]) in ctx.passive_verbs
        if light and words[i - 1] not in ctx.doer_predicates:
            return True
    syntax = ctx.syntax
    for word in reversed(ntext[max(0, trig.start - _LEAD) : trig.start].split()):
        if word in syntax.passive_be:
            return True
        if word not in syntax.passive_aux:
            return False
    return False


def _marked_before(start: int, ntext: str, ctx: Context) -> bool:
    """Whether a side before a verb-final deed stands behind one of the
    deed's prepositions ("از X قدردانی کرد", "با X مخالفت کرد", "به X تبریک
    گفت", ``PATIENT_PREPOSITIONS``): its object, never its subject. Not a
    partitive's ("برخی از X": some of them did it) nor a phrase of time
    ("پس از X", ``OBJECT_BLOCKERS``), nor one inside another preposition's
    phrase ("با حمایت از X": X is what is backed, not whom the verb aims at)."""
    if not ctx.verb_final:
        return False
    words = ntext[max(0, start - _LEAD) : start].split()
    if not words or words[-1] not in ctx.patient_preps:
        return False
    pair = " ".join(words[-2:])
    if len(words) > 1 and words[-2] in ctx.partitives or pair in ctx.object_blockers:
        return False
    # "با حمایت از X", "از حمایت شما از X": the phrase complements the noun
    # after an earlier preposition, not the verb
    return not ctx.patient_preps & set(words[-1 - _NESTED_WORDS : -1])


def _governed(trig: Hit, start: int, ntext: str, ctx: Context) -> bool:
    """Whether a side after the trigger is its preposition's object: the
    preposition alone between them ("support for X", "الإفراج عن X",
    "حمایت از X") or closing the trigger ("قدردانی از X")."""
    between = ntext[trig.end : start].split()
    if between:
        return len(between) == 1 and between[0] in ctx.patient_preps
    own = ntext[trig.start : trig.end].split()
    return len(own) > 1 and own[-1] in ctx.patient_preps


def _noun_genitive(trig: Hit, start: int, ntext: str, ctx: Context) -> bool:
    """Whether a side right after the trigger is the genitive of a deed's
    noun that takes what underwent it there (``PATIENT_NOUNS``: "آزادی X",
    "إطلاق سراح X"; English with "of": "the release of X",
    ``PATIENT_GENITIVE_MARKERS``), also past a partitive ("آزادی برخی از X",
    ``PARTITIVES``, ``PARTITIVE_OF``)."""
    words = [w for w in ntext[trig.start : start].split() if w not in ctx.syntax.determiners]
    if words[-2:-1] and words[-2] in ctx.partitives and words[-1] in ctx.partitive_of:
        words = words[:-2]  # "آزادی برخی از X": the part released is of X
    if words and words[-1] in ctx.patient_genitive_markers:
        words = words[:-1]
    if not words or len(words) > _NOUN_WORDS:
        return False
    lead = words
    return any(" ".join(lead[-k:]) in ctx.patient_nouns for k in range(1, _NOUN_WORDS + 1))
