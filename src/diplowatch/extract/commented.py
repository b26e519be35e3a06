"""Deeds of force that a comment is about: reported by the comment itself.

A language whose deed nouns need a verb of their own (``context.NEEDS_PREDICATE``,
Persian: "حمله … صورت گرفت") drops a bare noun named in passing ("پس از
حمله به سفارت", after the attack on the embassy): a reference, not a report.
But a noun that a condemnation, a blame or a word of praise is about ("حمله
پهپادی به نفتکش را محکوم کرد", "ایران را مسئول حمله … دانست", condemned the
drone attack on the tanker, held Iran responsible for the attack) is told as
having happened: the comment presupposes it. Arabic keeps such a noun ("أدان
الهجوم على الناقلة") and so does the annotated corpus; here the Persian noun
is kept too when a comment (event-type trait ``comment``) closes its clause
right after its phrase, or opens it right before the noun.

The deed's sides are those its own phrase names ("حمله پهپادی ایران به
کشتی"): the commenter, who speaks before the phrase, is none of them
(``deed_sides``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from diplowatch.event_types import having
from diplowatch.extract.actor_context import Context
from diplowatch.extract.actors import Mention
from diplowatch.extract.result_clause import result_end
from diplowatch.extract.scan import Hit
from diplowatch.text.breaks import first_break
from diplowatch.text.punctuation import CLAUSE_END_MARKS

COMMENTS = having("comment")
FORCE = having("force")
# A commented deed's entry: extra + (COMMENTED_MARK, phrase start, phrase end).
COMMENTED_MARK = "commented"
# A deed blamed on someone: extra + (BLAMED_MARK, where the blame starts).
BLAMED_MARK = "blamed"
# A verbal noun that is a deed noun's relative result ("حمله X به Y که به کشته
# شدن … منجر شد"): extra + (RESULT_OF_MARK, doer span start, end).
RESULT_OF_MARK = "result_of"
# A verb trigger in its infinitive ("کشته شدن"): a verbal noun (``events``).
VERBAL_NOUN_MARK = "verbal_noun"
# How far (characters) a deed's phrase may run before the comment closes it.
WINDOW = 120
# A comment past a clause's end (``CLAUSE_END_MARKS``) is about something else.


def commented_deeds(lost: list[Hit], triggers: list[Hit], text: str, ctx: Context) -> list[Hit]:
    """The nouns of ``lost`` (dropped as named in passing) of a type that
    needs a verb (or of ``context.PREDICATE_NOUNS``), that a comment among
    ``triggers`` is about, as triggers carrying their phrase's span."""
    types = ctx.needs_predicate
    if not types:
        return []
    ordered = sorted(triggers, key=lambda t: t.start)
    # a verb between the noun and the comment closes another clause first
    verbs, markers = ctx.light_verbs, ctx.object_markers
    out = []
    for t in lost:
        # a deal a comment is about ("از توافق X و Y استقبال کرد") was made too
        own = t.entry.value in types or text[t.base_start : t.base_end] in ctx.predicate_nouns
        if t.entry.affix == "verb" or not own:
            continue
        after = [n for n in ordered if n.start >= t.end]
        end = _closed_by_comment(t, after, text, verbs, markers)
        blamed: tuple[object, ...] = ()
        if end is not None and _charge_of_accused(t, after[0], text, ctx):
            continue  # what an accusation alleges is no event told
        if end is None and _opened_by_comment(t, ordered, text, ctx.comment_topic_links, markers):
            end = _phrase_end(t, after, text)
            blamed = _blame_at(t, ordered, text, markers)
        if end is not None:
            end = judge_out(t, end, text, ctx)
            extra = (*t.entry.extra, COMMENTED_MARK, t.start, end, *blamed)
            out.append(replace(t, entry=replace(t.entry, extra=extra)))
    return out


def _blame_at(t: Hit, ordered: list[Hit], text: str, markers: frozenset[str]) -> tuple[object, ...]:
    """(``BLAMED_MARK``, where the comment starts) when the comment right
    before the noun opens with the object marker ("ایران را مسئول حمله …
    دانست", held Iran responsible for the attack): whom it blames, named
    right before it, did the deed. Empty otherwise."""
    before = [p for p in ordered if p.end <= t.start]
    words = text[before[-1].start : before[-1].end].split()[:1] if before else []
    if not words or words[0] not in markers:
        return ()
    return (BLAMED_MARK, before[-1].start)


def _charge_of_accused(t: Hit, accusing: Hit, text: str, ctx: Context) -> bool:
    """Whether the deed noun is the charge of an accusation closing its
    clause, right after the accused and a charge preposition ("اسرائیل را به
    بمباران فرودگاه … متهم کرد"): alleged, as "accused Israel of bombing",
    "اتهمت … إسرائيل بقصف" are, not told as done."""
    words = text[accusing.start : accusing.end].split()
    if not any(w.startswith(c) for w in words for c in ctx.charging_words):
        return False
    preps = ctx.charge_before_accusing | ctx.charge_after_accusing
    before = _without_doing(text[max(0, t.start - 40) : t.start].split(), ctx)[-2:]
    return len(before) == 2 and before[0] in ctx.object_markers and before[1] in preps


def _without_doing(words: list[str], ctx: Context) -> list[str]:
    """``words`` without the words of doing that end them ("را به انجام
    حمله …", "accused Iran of carrying out the attack"; ``context.
    CHARGE_DEED_WORDS``): the charge is still the deed after them."""
    while words and words[-1] in ctx.charge_deed_words:
        words = words[:-1]
    return words


def charged_deeds(triggers: list[Hit], text: str, ctx: Context) -> list[Hit]:
    """``triggers`` but each deed noun an accusation names as its charge
    right after the accused ("آمریکا ایران را متهم به حمله به نفتکش کرد",
    accused Iran of the attack on the tanker): alleged, not told as done, as
    in Arabic and English; the light verb after it is the accusation's, so
    it read as a deed of the accuser."""
    preps = ctx.charge_before_accusing | ctx.charge_after_accusing
    if not ctx.charging_words or not preps:
        return triggers
    ordered = sorted(triggers, key=lambda t: t.start)
    out = []
    for i, t in enumerate(ordered):
        if not (i and _charged(ordered[i - 1], t, text, ctx, preps)):
            out.append(t)
        elif _carried_out(ordered[i - 1], t, text, ctx):
            out.append(_blamed_deed(ordered[i - 1], t, ordered[i + 1 :], text))
    return out


def _carried_out(accusing: Hit, t: Hit, text: str, ctx: Context) -> bool:
    """Whether a word of doing stands before the charged deed ("را متهم به
    انجام حمله … کرد", accused of carrying out the attack): the accusation
    takes the deed as done and names its doer, as "ایران را مسئول حمله …
    دانست" does (prec26fa)."""
    words = text[accusing.end : t.start].split()
    return len(_without_doing(words, ctx)) < len(words)


def _blamed_deed(accusing: Hit, t: Hit, after: list[Hit], text: str) -> Hit:
    """The deed noun as a commented deed whose doer is the accused, named
    right before the accusation (``_blamed``)."""
    blame = (COMMENTED_MARK, t.start, _phrase_end(t, after, text), BLAMED_MARK, accusing.start)
    return replace(t, entry=replace(t.entry, extra=(*t.entry.extra, *blame)))


def _charged(accusing: Hit, t: Hit, text: str, ctx: Context, preps: frozenset[str]) -> bool:
    """Whether ``t``, a deed noun of a type that needs a verb, is the
    charge of ``accusing``: an accusation that opens with the object marker
    and a charging word ("را متهم"), with only a charge preposition between."""
    if t.entry.affix == "verb" or t.entry.value not in ctx.needs_predicate:
        return False
    if accusing.entry.value not in COMMENTS or COMMENTED_MARK in t.entry.extra:
        return False
    words = text[accusing.start : accusing.end].split()
    if not words or words[0] not in ctx.object_markers:
        return False
    if not any(w.startswith(c) for w in words for c in ctx.charging_words):
        return False
    between = _without_doing(text[accusing.end : t.start].split(), ctx)
    return " ".join(between) in preps


def verbal_nouns(
    triggers: list[Hit],
    text: str,
    ctx: Context,
    named: list[Hit] | None = None,
    actors: list[Hit] | None = None,
) -> list[Hit]:
    """``triggers`` with each verbal noun a comment is about ("اردن کشته
    شدن سه پلیس را محکوم کرد", Jordan condemned the killing of three
    policemen) carrying its phrase's span, as a commented deed noun does: its
    sides are those its own phrase names, never the commenter. Any other
    infinitive stays the verb it was: one of purpose or means shares its
    clause's subject ("برای خارج کردن … اعزام می‌کند"). A verbal noun that
    is the relative result of a deed noun among ``named`` takes that noun's
    doer (``result_of_deed``), and, with no comment, its phrase runs to the
    result verb: a toll told is a deed done, whatever the sentence's main
    verb ("در پی حمله ایران به نفتکش، که به کشته شدن دو خدمه منجر شد، …
    بیانیه صادر کردند": the issuers of the statement killed no one), if
    an actor (``actors``) stands where the noun names its doer: "حمله به
    نفتکش که به کشته شدن دو ملوان انجامید، توسط پهپادهای ایران انجام شد"
    names it after the clause, as the main clause's agent."""
    if not any(VERBAL_NOUN_MARK in t.entry.extra for t in triggers):
        return triggers
    ordered = sorted(triggers, key=lambda t: t.start)
    out = []
    for t in ordered:
        if VERBAL_NOUN_MARK in t.entry.extra and COMMENTED_MARK not in t.entry.extra:
            extra = _verbal_noun_extra(t, ordered, text, ctx, named or ordered, actors or [])
            t = replace(t, entry=replace(t.entry, extra=extra))
        out.append(t)
    return out


def _verbal_noun_extra(
    t: Hit, ordered: list[Hit], text: str, ctx: Context, named: list[Hit], actors: list[Hit]
) -> tuple[Any, ...]:
    """The entry's extra of verbal noun ``t`` (``verbal_nouns``): its
    phrase's span when a comment is about it, or, as the relative result of
    a deed whose doer an actor names (``result_of_deed``), up to its result
    verb; otherwise the infinitive stays a verb (its mark dropped)."""
    after = [n for n in ordered if n.start >= t.end]
    end = _closed_by_comment(t, after, text, ctx.light_verbs, ctx.object_markers)
    if end is None and _opened_by_comment(t, ordered, text):
        end = _phrase_end(t, after, text)
    result = result_of_deed(t, named, text, ctx)
    if end is not None:
        end = judge_out(t, end, text, ctx)
        return (*t.entry.extra, COMMENTED_MARK, t.start, end, *result)
    if _names_doer(result, actors):  # the toll of a deed told
        closed = result_end(t, t.end, [], text, ctx)
        return (*t.entry.extra, COMMENTED_MARK, t.start, closed, *result)
    return tuple(x for x in t.entry.extra if x != VERBAL_NOUN_MARK)


def _names_doer(result: tuple[object, ...], actors: list[Hit]) -> bool:
    """Whether one of ``actors`` stands in the doer's span of ``result``
    (``result_of_deed``)."""
    if not result:
        return False
    start, end = result[1], result[2]
    assert isinstance(start, int) and isinstance(end, int)
    return any(start <= a.start and a.end <= end for a in actors)


def result_of_deed(t: Hit, named: list[Hit], text: str, ctx: Context) -> tuple[object, ...]:
    """(``RESULT_OF_MARK``, start, end of the doer's span) when the verbal
    noun ``t`` opens the relative result clause of a deed noun ("حمله طالبان
    به پایگاه ارتش که به کشته شدن سه سرباز منجر شد، محکوم شد":
    ``context.RESULT_RELATIVES`` right before a result link, a result verb
    closing it): the killing is the attack's toll, and whom the attack's
    noun names before its target (``NOUN_TARGET_MARKERS``) did it; the
    phrase starting at the infinitive lost that doer. Empty when no relative
    stands before the link, or no deed of force is the last trigger before
    it in its clause."""
    rels: frozenset[str] = getattr(ctx, "result_relatives", frozenset())
    if not rels or result_end(t, t.end, [], text, ctx) is None:
        return ()
    words = list(re.finditer(r"\S+", text[max(0, t.start - WINDOW) : t.start]))
    at = next((i for i in (-2, -3) if len(words) >= -i and words[i].group() in rels), None)
    if at is None:
        return ()
    rel = max(0, t.start - WINDOW) + words[at].start()
    noun = max((n for n in named if n.end <= rel), key=lambda n: n.end, default=None)
    if noun is None or noun.entry.value not in FORCE or noun.entry.affix == "verb":
        return ()
    if rel - noun.end > WINDOW or any(c in CLAUSE_END_MARKS for c in text[noun.end : rel]):
        return ()
    if text[noun.start : noun.end].split()[-1] in ctx.noun_target_markers:
        return (RESULT_OF_MARK, noun.start, noun.start)  # "حمله به" + its target
    return (RESULT_OF_MARK, noun.start, noun.end + _target_at(text[noun.end : rel], ctx))


def _target_at(gap: str, ctx: Context) -> int:
    """Where, in ``gap`` after a deed noun, its target's preposition
    (``NOUN_TARGET_MARKERS``) stands, else its end: the doer is named before
    it ("حمله اسرائیل به غزه"); an agent marker ("از سوی", "توسط") names the
    doer, no target."""
    words = list(re.finditer(r"\S+", gap))
    agents = ctx.syntax.agent_markers
    for i, w in enumerate(words):
        pair = " ".join(x.group() for x in words[i : i + 2])
        if w.group() in ctx.noun_target_markers and pair not in agents:
            return w.start()
    return len(gap)


def _closed_by_comment(
    t: Hit, after: list[Hit], text: str, verbs: frozenset[str], markers: frozenset[str]
) -> int | None:
    """Where the comment that closes the noun's clause starts ("حمله … را
    محکوم کرد"): the first trigger after the noun, in its clause, with no
    verb between ("حملات …، اسرائیل را آشفته کرد سخنگوی … حمایت": the
    attack's clause closed before the praise); a verb right before the object
    marker ends a relative clause inside the noun's phrase ("حمله‌ای که دیروز
    انجام شد را محکوم کرد")."""
    if not after or after[0].entry.value not in COMMENTS:
        return None
    nxt = after[0]
    between = text[t.end : nxt.start]
    if nxt.start - t.end > WINDOW or any(c in CLAUSE_END_MARKS for c in between):
        return None
    words = between.split()
    closing = [i for i, w in enumerate(words) if w in verbs]
    if any(i + 1 == len(words) or words[i + 1] not in markers for i in closing):
        return None
    return nxt.start


def judge_out(t: Hit, end: int, text: str, ctx: Context) -> int:
    """The end of a deed's phrase that a comment in the passive closes
    ("حمله اسرائیل به غزه از سوی ترکیه محکوم شد", the attack on Gaza was
    condemned by Turkey): the agent a marker (``AGENT_MARKERS``) names after
    the noun, with no object marker before the comment, is who judges the
    deed, not its doer; the phrase ends at the marker. With the object
    marker after it ("حمله به نفتکش توسط ایران را محکوم کرد") the agent is
    the deed's own (parties33fa)."""
    words = [(w.group(), w.start()) for w in re.finditer(r"\S+", text[t.end : end])]
    at = passive_judge(words, ctx)
    return end if at is None else t.end + at


def passive_judge(words: list[tuple[str, int]], ctx: Context) -> int | None:
    """Where, among ``words`` (word, offset) between a deed's noun and the
    passive comment on it, the judge's agent marker stands; None when an
    object marker makes the agent the deed's own. The last marker: "اخراج …
    توسط آلمان از سوی ایران محکوم شد" names the deed's doer after the first."""
    if {w for w, _ in words} & ctx.object_markers:
        return None
    markers = ctx.syntax.agent_markers
    found = [
        at
        for i, (word, at) in enumerate(words)
        if word in markers or " ".join(w for w, _ in words[i : i + 2]) in markers
    ]
    return found[-1] if found else None


def _opened_by_comment(
    t: Hit,
    ordered: list[Hit],
    text: str,
    links: frozenset[str] = frozenset(),
    markers: frozenset[str] = frozenset(),
) -> bool:
    """Whether a comment ends right before the noun ("مسئول حمله", responsible
    for the attack), or only words of ``links`` (``context.COMMENT_TOPIC_LINKS``)
    stand between them ("محکومیت خود را نسبت به این حمله اعلام کرد")."""
    before = [p for p in ordered if p.end <= t.start]
    if not before or before[-1].entry.value not in COMMENTS:
        return False
    return _linked(text[before[-1].end : t.start].split(), links, markers)


def _linked(gap: list[str], links: frozenset[str], markers: frozenset[str]) -> bool:
    """Whether the words between a comment's noun and a deed noun leave the
    deed the comment's: none, or words of ``links`` only, one of them the
    object marker that ends the comment noun's own phrase ("محکومیت خود را
    نسبت به"): a charge's "متهم به حمله" and "مسئول این انفجار" keep their
    own reading."""
    return not gap or (any(w in markers for w in gap) and all(w in links for w in gap))


def _phrase_end(t: Hit, after: list[Hit], text: str) -> int:
    """Where the noun's phrase ends: at the next trigger, the clause's end or
    ``WINDOW`` characters on."""
    end = min(len(text), t.end + WINDOW)
    if after:
        end = min(end, after[0].start)
    return first_break(text, t.end, end, CLAUSE_END_MARKS)  # in C (speed72a)


def deed_sides(trig: Hit, people: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """The sides of a commented deed: the sentence's ``mentions`` named inside
    its phrase (no source, topic, venue or place of something else); the
    commenter speaks outside it. ``people`` as they are for other triggers."""
    extra = trig.entry.extra
    if COMMENTED_MARK not in extra:
        return people
    i = extra.index(COMMENTED_MARK)
    start, end = extra[i + 1], extra[i + 2]
    if not (isinstance(start, int) and isinstance(end, int)):
        return people  # the mark is followed by its phrase's two ends (``COMMENTED_MARK``)
    own = _with_placed(_named_within(mentions, start, end), people, mentions, (start, end))
    if RESULT_OF_MARK in extra:  # the doer of the deed it is the result of
        i = extra.index(RESULT_OF_MARK)
        own = _named_within(mentions, extra[i + 1], extra[i + 2]) + own
    return _blamed(extra, mentions) + own


def _with_placed(
    own: list[Mention],
    people: list[Mention],
    mentions: list[Mention],
    phrase: tuple[int, int],
) -> list[Mention]:
    """``own`` with the sides an earlier reading placed in the phrase that
    the sentence's mentions do not hold as they are (mendB106: who voices
    concern over a deed on "سفارت خود" is read where "خود" stands,
    ``concern_own``), each in place of the mention it stands on."""
    start, end = phrase
    held = {id(m) for m in mentions}  # the very objects: a dataclass __eq__ is slow here
    placed = [
        m
        for m in people
        if start <= m.start and m.end <= end and m.end != m.start and id(m) not in held
    ]
    return [m for m in own if all(p.start != m.start for p in placed)] + placed


def _named_within(mentions: list[Mention], start: object, end: object) -> list[Mention]:
    """The ``mentions`` inside ``start``–``end`` that may be a deed's side:
    no source, topic, venue or place of something else."""
    assert isinstance(start, int) and isinstance(end, int)
    return [
        m
        for m in mentions
        if start <= m.start
        and m.end <= end
        and not (m.source or m.topic or m.venue or m.offshore or m.location_only)
        and (m.strong or not m.place)
    ]


def _blamed(extra: tuple[object, ...], mentions: list[Mention]) -> list[Mention]:
    """Whom the comment that opens a deed's phrase blames for it: the
    mention right before the comment (see ``_blame_at``), as its doer."""
    if BLAMED_MARK not in extra:
        return []
    at = extra[extra.index(BLAMED_MARK) + 1]
    assert isinstance(at, int)
    return [m for m in mentions if m.end <= at and at - m.end <= 1 and not m.source][-1:]


def struck_only(
    trig: Hit,
    side: list[Mention],
    text: str,
    preps: frozenset[str],
    markers: frozenset[str] = frozenset(),
) -> bool:
    """Whether a commented deed's phrase names only whom it struck: each
    of its sides follows a preposition of the target ("حمله پهپادی به نفتکش
    اسرائیلی"), or it names no one. Its doer is then not named, and is
    understood (an unidentified attacker, ``implied.add_implied``). A side
    after a marker of the agent (``markers``: "حمله به غیرنظامیان توسط
    ارتش") is its doer, named (sides23)."""
    if not is_commented(trig):
        return False
    # the preposition may close the trigger itself ("حمله به" + "نفتکش …")
    own = text[trig.start : trig.end].split()[-1:]
    return all(
        m.start >= trig.end
        and not preps.isdisjoint(own + text[trig.end : m.start].split())
        and not agent_marked(text[trig.end : m.start], markers)
        for m in side
    )


def agent_marked(gap: str, markers: frozenset[str]) -> bool:
    """Whether a marker of the agent stands in ``gap`` (whole words). Shared
    with ``victims_only._after_target_prep``, so both read a doer's marker alike."""
    padded = f" {' '.join(gap.split())} "
    return any(f" {w} " in padded for w in markers)


def is_commented(trig: Hit) -> bool:
    """Whether ``trig`` is a deed a comment is about: its sides are its
    phrase's alone, not joined by the roles the sentence gives their states
    elsewhere (the commenting minister's "GOV" is not the struck ship's)."""
    return COMMENTED_MARK in trig.entry.extra


def charged_nouns(triggers: list[Hit], text: str, ctx: Context) -> list[Hit]:
    """``triggers`` without the event nouns that are the charge of an
    accusation closing their clause, right after the accused and a charge
    preposition ("عربستان را به مذاکره پنهانی با اسرائیل متهم کرد",
    "آذربایجان را به میزبانی نیروهای اسرائیلی متهم کرد"): alleged, as
    "accused Saudi Arabia of secret talks with Israel" and "اتهمت السعودية
    بإجراء محادثات" give no talks. Deeds of force are ``charged_deeds``'
    and ``commented_deeds``' (an alleged attack keeps its doer)."""
    preps = ctx.charge_before_accusing
    if not ctx.charging_words or not preps:
        return triggers
    ordered = sorted(triggers, key=lambda t: t.start)
    return [
        t
        for i, t in enumerate(ordered)
        if not (i + 1 < len(ordered) and _alleged_noun(t, ordered[i + 1], text, ctx, preps))
    ]


def _alleged_noun(t: Hit, accusing: Hit, text: str, ctx: Context, preps: frozenset[str]) -> bool:
    """Whether the noun ``t`` stands right after "را" and a charge
    preposition and the next trigger, in its clause, is an accusation with a
    charging word ("… را به مذاکره … متهم کرد")."""
    if t.entry.affix == "verb" or t.entry.value in ctx.needs_predicate:
        return False
    if accusing.entry.value not in COMMENTS or accusing.start - t.end > WINDOW:
        return False
    if any(c in CLAUSE_END_MARKS for c in text[t.end : accusing.start]):
        return False
    words = text[accusing.start : accusing.end].split()
    if not any(w.startswith(c) for w in words for c in ctx.charging_words):
        return False
    before = _without_doing(text[max(0, t.start - 40) : t.start].split(), ctx)[-2:]
    return len(before) == 2 and before[0] in ctx.object_markers and before[1] in preps
