"""A state named only as where a deed of force happened is not its doer.

"أسفر الهجوم على مسجد في فرنسا عن مقتل مغربي", "a bombing in Iraq killed
three Syrians", "حمله به مسجدی در فرانسه": the state after a preposition
of place (``Mention.place``) or glued to it (Arabic "بفرنسا") tells where the attack was, not who made it.
Standing first among the sides it would be read as the attacker; it is
taken out of the sides and kept as the deed's place, so the unnamed doer
(unidentified attackers, UAF) is understood in its stead. A state that
is also named otherwise as a whole (strong) stays; its agents' mentions
(victims given the place's country) do not keep it.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.agent_groups import UNNAMED_ATTACKERS
from diplowatch.extract.joined import passive
from diplowatch.extract.scan import Hit
from diplowatch.lang.agent_fields import shared_set
from diplowatch.model import Actor, Event
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN as _WORD
from diplowatch.text.words import space_end, space_start

# A capital glued to a deed's noun ("تفجير بغداد", "حمله آنکارا", "the Ankara
# blast"): the mention's kind for a capital named for its state.
_CAPITAL = "capital"
# The type of the attacks whose doer a state named as a whole is not.
_ATTACK = "ASSAULT"
# The unidentified attackers understood where no side did the deed.
# The deeds of force whose people struck or held name their state's place
# (``own_people_place_out``): attacks, and arrests and sentences.
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def place_state_out(
    actors: list[Actor], side: list[Mention], ctx: Any, attack: bool = False
) -> tuple[list[Actor], str | None]:
    """``actors`` without a first actor that is a state written only as the
    deed's place, and that state's code (None when nothing was taken out).
    Taken out only where other sides remain: alone, it is what was struck.
    Where the sentence tells an attack (``attack``), the state's own
    mentions decide: a victim of no country of his own took the place's
    ("أسفر تفجير … بالكويت عن مقتل رجل أمن", actors72), which tells nothing
    of who struck; deaths told alone may be an accident's, with no attacker
    to make up (sides70ar), and keep the state."""
    if len(actors) < 2 or actors[0].agent is not None or not actors[0].code:
        return actors, None
    code = actors[0].code
    written = [m for m in side if m.code == code and not (attack and m.agent)]
    if not written or not all(_only_where(m, ctx) for m in written):
        return actors, None
    rest = [a for a in actors[1:] if not (a.code == code and a.agent is None)]
    return (rest, code) if rest else (actors, None)


def _only_where(m: Mention, ctx: Any) -> bool:
    """Whether the mention is a state written only as where: after a
    preposition of place ("في فرنسا"), or with one glued to it
    (``context.LOCATION_PREFIXES``: "في مدينة ليون بفرنسا")."""
    if m.agent is not None:
        return False
    glued = bool(ctx.location_prefixes) and m.prefix.endswith(tuple(ctx.location_prefixes))
    return glued or (not m.strong and (m.place or m.location_only))


def where_states_out(
    actors: list[Actor], side: list[Mention], trig: Hit, ntext: str, ctx: Any
) -> tuple[list[Actor], str | None]:
    """``actors`` of a deed of force whose doer is unnamed (its sides are
    its victims) without the states written only as where it happened, in
    any slot (``place_state_out`` reads the first one only): "أصيب مدنيون في
    تفجير بغداد" — the capital is the deed's place, not its government
    struck. English and Persian tell the place after a preposition ("in
    a bombing in Ankara", "در انفجاری در آنکارا"), read by
    ``place_state_out``; their capital glued before or after the noun ("the
    Ankara blast wounded…", "حمله آنکارا … را زخمی کرد") is not read here
    (a gap: it names the deed's subject there). The first such state's
    code is returned as the place; nothing is taken out where no other side
    remains (alone, it is what was struck)."""
    where = [m for m in side if m.code and where_only(m, trig, ntext, ctx)]
    # a state also named as a whole elsewhere in the side stays
    codes = {m.code for m in where} - {m.code for m in side if m not in where and not m.agent}
    out = [a for a in actors if not (a.code in codes and a.agent is None)]
    if not codes or not out or len(out) == len(actors):
        return actors, None
    return out, next(m.code for m in where if m.code in codes)


def where_only(m: Mention, trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether ``m`` names only where the deed ``trig`` happened: after a
    preposition of place (``_only_where``), or a capital glued to the deed's
    noun, right after it or, where modifiers come first, right before it;
    or a region of the state (``_after_direction``)."""
    if _only_where(m, ctx) or _after_direction(m, ntext, ctx):
        return True
    if m.kind != _CAPITAL or m.agent is not None or m.role:
        return False
    # only white space between (bounded: a one-line document may be huge)
    after = m.start >= trig.end and space_end(ntext, trig.end) >= m.start
    before = m.end <= trig.start and space_start(ntext, trig.start) <= m.end
    return after or (before and not (ctx.subject_after_verb or ctx.verb_final))


def _after_direction(m: Mention, ntext: str, ctx: Any) -> bool:
    """Whether ``m`` is a state right after one or two words of direction
    (``context.PLACE_MODIFIERS``, maybe with a preposition of place glued:
    "مقهى وسط مدينة بازل الواقعة شمال غرب سويسرا", "في الفيوم وسط مصر",
    "بشمال الكاميرون"): a region of the state, where a deed happened, as
    after "في" (extra31 reads "في شمال العراق"). Not when a preposition of
    whom a deed struck opens the words ("غارات على شمال سوريا",
    ``context.STRUCK_PREPOSITIONS``): the region is what was struck
    (sides70ar)."""
    if m.agent is not None or m.role or m.prefix or not ctx.place_modifiers:
        return False
    words = ntext[max(0, m.start - 80) : m.start].split()[-3:]
    count = 0
    while count < len(words) and _direction(words[-1 - count], ctx):
        count += 1
    if not 1 <= count <= 2:
        return False
    before = words[-1 - count] if count < len(words) else ""
    return before not in ctx.struck_preps


def _direction(word: str, ctx: Any) -> bool:
    """A word of direction, bare or with a preposition of place glued
    ("بشمال")."""
    if word in ctx.place_modifiers:
        return True
    glued = word[:1] in ctx.location_prefixes
    return bool(ctx.location_prefixes) and glued and word[1:] in ctx.place_modifiers


def own_people_doer_out(
    etype: str, mode: str, actors: list[Actor], subjects: frozenset[str] = frozenset()
) -> list[Actor]:
    """``actors`` of a deed of force without a first actor that is a state
    named as a whole (no agent, role or name) beside its own civilians
    struck (``OWN_STRUCK_AGENTS``): "الإعتداء الذي استهدف مدينة نيس
    الفرنسية … أسفر عن مقتل 84 شخصا" names France only as where the
    attack was, however the state is written (an adjective of the town, "لفرنسا"
    in another phrase, the capital), and no state strikes its own people
    as a whole; the doer stays unnamed. Attacks only: a state that
    arrests its people acts through its police. A deed of its courts
    (``STATE_DEED_MODES``: an execution) keeps the state. So does a state
    that is the subject of the active verb (``subjects``, ``verb_subjects``:
    "قصفت سوريا المدنيين السوريين", "ایران صدها معترض ایرانی را کشت"): in a
    civil war or a crackdown a state does strike its own people (mendA79)."""
    if etype != _ATTACK or len(actors) < 2 or mode in shared_set("STATE_DEED_MODES"):
        return actors
    first = actors[0]
    if first.agent is not None or first.role or first.name or not first.code:
        return actors
    if first.code in subjects:
        return actors
    struck = shared_set("OWN_STRUCK_AGENTS")
    if not any(a.code == first.code and a.agent in struck for a in actors[1:]):
        return actors
    return actors[1:]


def own_people_place_out(etype: str, actors: list[Actor]) -> list[Actor]:
    """``actors`` of a deed of force without a state named as a whole (no
    agent, role or name) among whom it struck, beside people of its own
    country struck in the same deed (an agent with no role): "قتل 12 شخصا
    في تفجيرات كابول", "تفجيرين استهدفا زوارا شيعة بالعاصمة السورية دمشق",
    "حمله به مواضع حشد شعبی در طارمیه بغداد", "police arrested the man at
    Tehran airport" name the state only as where its people were struck or
    held; the readers write the people alone (no annotated attack or
    arrest has both). The doer (the first actor) is left to
    ``own_people_doer_out``; a spokesman or another person with a role
    beside the state may be a teller, not whom the deed struck, and keeps
    it (targets81)."""
    if etype not in _FORCE_TYPES or len(actors) < 3:
        return actors
    own = {a.code for a in actors[1:] if a.code and a.agent is not None and not a.role}
    out = [actors[0]] + [a for a in actors[1:] if not (_whole(a) and a.code in own)]
    return out if len(out) > 1 else actors


def struck_state_codes(side: list[Mention], ntext: str, ctx: Any) -> frozenset[str]:
    """The codes of the states named as a whole right after a preposition of
    whom a deed struck (``context.STRUCK_PREPOSITIONS``: "على", "on", "به"),
    maybe across one word of direction ("على شمال سوريا", "on northern
    Syria"): what was struck, not where (sides70ar)."""
    codes = set()
    for m in side:
        if not m.code or m.agent is not None or m.role:
            continue
        words = ntext[max(0, m.start - 40) : m.start].split()[-2:]
        if words and words[-1] in ctx.struck_preps or _struck_region(words, ctx):
            codes.add(m.code)
    return frozenset(codes)


def _struck_region(words: list[str], ctx: Any) -> bool:
    """Whether the two words before a state are a preposition of whom a deed
    struck and a word of direction ("على شمال", "on northern")."""
    return len(words) == 2 and words[0] in ctx.struck_preps and _direction(words[1], ctx)


def own_people_places_out(events: list[Event]) -> list[Event]:
    """``events`` with ``own_people_place_out`` applied to each, once every
    sentence's events are read and joined: the state beside its people
    first let a sentence's lesser report of the deed ("سقوط أكثر من قتيل",
    a confiscation told in a sentence) join the full one, and still does;
    reports left alike afterwards are merged as repeats."""
    for event in events:
        event.actors = own_people_place_out(event.type, event.actors)
    return events


def where_state_codes(side: list[Mention], trig: Hit, ntext: str, ctx: Any) -> frozenset[str]:
    """The codes of the states that ``side`` names as a whole only as where
    the deed ``trig`` happened: every such mention is written as a place
    (``where_only``, ``_after_place_word``) or is a capital, which names its
    own city ("… في قلب برلين", "العاصمة السويدية ستوكهولم"). Not a state
    named in another phrase ("تنش‌ها میان اسرائیل و ایران", "an attack that
    shook France") nor only by a firm's nationality (mendC95)."""
    read = [
        (m.code, _placed(m, trig, ntext, ctx))
        for m in side
        if m.code and m.agent is None and not m.role
    ]
    return frozenset(code for code, p in read if p) - {code for code, p in read if not p}


def _placed(m: Mention, trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether the state mention ``m`` is written as a place: a capital,
    ``where_only``, or after a preposition or noun of place
    (``_after_place_word``)."""
    return m.kind == _CAPITAL or where_only(m, trig, ntext, ctx) or _after_place_word(m, ntext, ctx)


def _after_place_word(m: Mention, ntext: str, ctx: Any) -> bool:
    """Whether ``m`` follows a preposition of place (``LOCATION_PREPOSITIONS``,
    ``STATE_PLACE_PREPOSITIONS``) with only determiners between ("in the
    Philippines", whose article kept the mention from being read as a
    place), or a noun of a place in it (``LOCATION_HEAD_NOUNS``,
    ``HELD_AREA_NOUNS``: "ملبورن، ثاني أكبر مدن أستراليا")."""
    words = ntext[max(0, m.start - 40) : m.start].split()[-3:]
    if words and (words[-1] in ctx.location_heads or words[-1] in ctx.held_area_nouns):
        return True
    while words and words[-1] in ctx.syntax.determiners:
        words.pop()
    return bool(words) and (words[-1] in ctx.location_preps or words[-1] in ctx.state_place_preps)


def own_people_first_place_out(
    etype: str,
    actors: list[Actor],
    struck: frozenset[str] = frozenset(),
    where: frozenset[str] | None = None,
) -> list[Actor]:
    """``actors`` of an attack that names only people of one country struck
    (``PEOPLE_STRUCK_AGENTS``, no role), first, and that state as a whole
    after them: the people struck first made them the doers and their own
    state their victim ("لقي شخصان مصرعهما في إطلاق نار داخل مقهى وسط مدينة
    … سويسرا", "wounded in a shooting at a bar in the Philippines": [CHE:CVL,
    CHE]). No state strikes as a whole the people it is named beside, as
    ``own_people_doer_out`` reads it when it stands first: it leaves, and
    the attackers, named by no side, are unidentified (UAF), first
    (victims94). They take the state's code, the place's attackers (as the
    readers give "في هجوم في أنقرة", agentsar83), only where the state is
    written as the place (``where``, ``where_state_codes``); a state named
    otherwise (in "between Israel and Iran", a firm's nationality) tells
    not where, and the attackers stay of no country (mendC95). Read only
    where the sentence tells an attack (deaths alone may be an accident's,
    sides70ar) and not for a state written as what the deed struck
    (``struck``, ``struck_state_codes``: "غارات على شمال سوريا"). A side of
    another kind (an army, a group, another state) keeps the reading. Not
    reached where the state right after the deed's noun was read as its
    doer ("wounded in a shooting in the Philippines" stays [PHL:CVL, PHL]:
    the rule runs only with no doer named)."""
    if etype != _ATTACK or len(actors) < 2:
        return actors
    code, people = actors[0].code, shared_set("PEOPLE_STRUCK_AGENTS")
    if not code or code in struck or actors[0].agent not in people:
        return actors
    victims = [a for a in actors if a.agent in people and not a.role]
    states = [a for a in actors if _whole(a) and a.code == code]
    if not states or len(victims) + len(states) != len(actors):
        return actors
    placed = code if where is None or code in where else None
    return [Actor(code=placed, agent=UNNAMED_ATTACKERS), *victims]


def _whole(a: Actor) -> bool:
    """Whether ``a`` is a state named as a whole: a code and nothing else."""
    return bool(a.code) and a.agent is None and not a.role and not a.name


def verb_subjects(trig: Hit, side: list[Mention], ntext: str, ctx: Any) -> frozenset[str]:
    """The codes of the states named as a whole that are the subject of the
    active verb ``trig`` by the language's word order (``_subject_by_order``):
    the doer the verb tells, not where its deed happened. None for a noun
    ("هجوم", "انفجار", "attack") or a passive ("were killed", "تم دهسها"),
    nor in Persian without an object marked ("زخمی شدند", "جان باخت"), whose
    state is where the deed struck (``own_people_doer_out``)."""
    if not _active_verb(trig, ntext, ctx):
        return frozenset()
    return frozenset(
        m.code
        for m in side
        if m.code and m.agent is None and not m.role and not _only_where(m, ctx)
        if _subject_by_order(m, trig, side, ntext, ctx)
    )


def subject_of_verb(m: Mention, trig: Hit, side: list[Mention], ntext: str, ctx: Any) -> bool:
    """Whether ``m`` is the subject of the active verb ``trig`` by the
    language's word order (``_active_verb``, ``_subject_by_order``): "تبرع
    المواطنون", "citizens donated", "دانشجویان یک قاضی را بازداشت کردند"."""
    return _active_verb(trig, ntext, ctx) and _subject_by_order(m, trig, side, ntext, ctx)


def _active_verb(trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether ``trig`` is a verb in the active voice (no auxiliary of the
    passive before it: "were killed", "تم دهسها"). Where the verb closes its
    clause, a noun may open a compound verb ("را بمباران کرد"), and only an
    object marked before it makes it active (``_object_marked_after``)."""
    if ctx.verb_final:
        return True
    aux = ctx.syntax.passive_aux | ctx.deed_passive_aux
    return trig.entry.affix == "verb" and not passive(trig, ntext, aux)


def _subject_by_order(m: Mention, trig: Hit, side: list[Mention], ntext: str, ctx: Any) -> bool:
    """Whether ``m`` stands where the subject of the verb ``trig`` does:
    right after it where the subject may follow its verb ("قصفت سوريا"),
    right before it elsewhere ("Syria bombed", "سوريا تقصف"), and, where the
    verb closes its clause, before the verb's object, another side marked
    as such in the same clause (``_object_marked_after``)."""
    if m.start >= trig.end:
        return bool(ctx.subject_after_verb) and not ntext[trig.end : m.start].split()
    if m.end > trig.start or any(b in ntext[m.end : trig.start] for b in CLAUSE_BREAKS):
        return False
    if ctx.verb_final:
        return _object_marked_after(m, trig, side, ntext, ctx)
    return not ntext[m.end : trig.start].split()


def _object_marked_after(m: Mention, trig: Hit, side: list[Mention], ntext: str, ctx: Any) -> bool:
    """Whether the first object marker after ``m`` (``context.OBJECT_MARKERS``,
    up to the verb's first word) closes another side named after it: "ایران
    صدها معترض ایرانی را در خیابان‌ها کشت". Not where the marker follows the
    state itself or its own name ("انفجار بیروت پایتخت لبنان را لرزاند و
    ده‌ها نفر را کشت": the state shaken is where the blast struck), nor where
    the only "را" is inside the trigger ("جان خود را از دست دادند")."""
    marker = next(
        (w for w in _WORD.finditer(ntext, m.end, trig.end) if w.group() in ctx.object_markers),
        None,
    )
    if marker is None or marker.start() > trig.start:
        return False
    return any(
        m.end <= o.start < o.end <= marker.start()
        and not ntext[o.end : marker.start()].split()
        and not (o.code == m.code and o.agent is None)
        for o in side
    )
