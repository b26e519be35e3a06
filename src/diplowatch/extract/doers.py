"""Who did a deed told in the passive or by its noun, and which clause an
opening "after …" phrase holds.

A killing or an arrest is often told from the victim's side: "three soldiers
were killed by gunmen", "قُتل جندي برصاص مسلحين", "یک شهروند به دست طالبان
کشته شد". Word order then puts the victims first, while the event's first
actor must be the doer (the PLOVER export reads actor = first, recipient =
second). The doer is the group a doer marker (``context.DOER_MARKERS`` and
``AGENT_MARKERS``: "by", "على يد", "برصاص", "توسط", "در حمله") introduces.

A sentence that opens with a phrase of what came before ("After an Israeli
strike on Lebanon, Hezbollah fired rockets", "پس از حمله …، …", "إثر …،",
``context.CAUSE_OPENERS``) tells two deeds: the states of the opening phrase
take part only in the deeds told inside it, and the rest of the sentence's
deeds are the main clause's. A closing phrase of the reason for a deed of
force ("police arrested three men over an attack by Taliban militants",
"بسبب هجوم نفذه …", "به دلیل حمله …", ``context.REASON_OPENERS``) is read
the same way: the attack it tells has its own doers, not the police.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from diplowatch import lang as lang_data
from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.agent_groups import UNNAMED_ATTACKERS
from diplowatch.extract.cue_words import cue_written
from diplowatch.extract.scan import Hit
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import COMMAS

# Deeds of force: an opening phrase that tells one is a deed of its own.
FORCE = having("force")

# Words that may stand between a doer marker and the doer's first word
# ("by unidentified gunmen", "در حمله هوایی ائتلاف سعودی").
_GAP_WORDS = 2
# A strike's noun read as the armed forces of the state written with it
# ("غارة روسية", "Russian shelling"): a deed's noun inside a mention of
# another agent is its victims' ("130 قتيلا": those killed), no doer.
_ARMED = frozenset({"MIL"})
# Agents who bear no arms: in a deed of force with unidentified attackers
# ("UAF") beside them, they are whom it struck (``attackers_first``).
_UNARMED = frozenset({"CVL", "HLH", "MED", "EDU", "REL", "BUS", "NGO", "LAB", "REF"})
# How far from the deed's word its marked doer may stand (characters).
_REACH = 80
_WORD = re.compile(r"\w+|[^\w\s]")


def doers_first(
    side: list[Mention], trig: Hit, triggers: list[Hit], ntext: str, start: int, ctx: Any
) -> list[Mention]:
    """``side`` with the mentions a doer marker introduces moved first, when
    some but not all of its mentions are so marked. A marker that is the
    trigger of a deed of another type ("indicted … over the attack of the
    MEK": the attack's doers are not the indictment's) marks no doer of
    this one (``_marks_other``)."""
    if len(side) < 2:
        return side
    markers = _joined(ctx.doer_markers.get(trig.entry.value, frozenset()), ctx.syntax.agent_markers)
    other = [t for t in triggers if t.entry.value != trig.entry.value]
    marked = [
        m
        for m in side
        if m.end > m.start
        and _near(m, trig)
        and (
            _after_marker(m, ntext, start, markers, ctx)
            or (trig.entry.value in FORCE and _before_closer(m, ntext, ctx.doer_closers))
            or _modifies_deed(m, ntext, ctx)
            or (
                m.agent in _ARMED
                and (_opens_with_marker(m, ntext, markers) or _holds_deed(m, trig, triggers))
            )
        )
        and not any(_marks_other(t, trig, m, ntext) for t in other)
    ]
    if len(marked) == len(side):
        marked = _without_own_genitive(marked, trig, ntext, markers)
    if not marked or len(marked) == len(side):
        return side
    return marked + [m for m in side if m not in marked]


def marker_doers(
    mentions: list[Mention], trig: Hit, triggers: list[Hit], ntext: str, start: int, ctx: Any
) -> list[Mention]:
    """reversed91: the mentions of a sentence that a doer marker of the deed
    stands right before ("sanctions by Britain", "العقوبات التي فرضتها
    فرنسا", "از سوی انگلیس"), near its word and marked by no deed of
    another type: the heads of the agent phrases ``listed_doers`` reads on."""
    markers = _joined(ctx.doer_markers.get(trig.entry.value, frozenset()), ctx.syntax.agent_markers)
    other = [t for t in triggers if t.entry.value != trig.entry.value]
    return [
        m
        for m in mentions
        if m.end > m.start
        and _near(m, trig)
        and _after_marker(m, ntext, start, markers, ctx)
        and not any(_marks_other(t, trig, m, ntext) for t in other)
    ]


def active_verb(trig: Hit, ntext: str, ctx: Any) -> bool:
    """actors64: whether the deed is told by an active verb, its light verb
    (``context.AGENTLESS_VERBS``: "کرد", "نمود") last in the trigger or
    right after it. An active verb has no agent of a passive: "دولت آمریکا
    نسبت به خرید … از سوی ونزوئلا ابراز نگرانی کرد" names the buyer of the
    purchase after "از سوی", not who voiced the concern, which the subject
    did ("… محکوم شد" keeps its agent)."""
    verbs = ctx.agentless_verbs
    if not verbs:
        return False
    own = _WORD.findall(ntext[trig.start : trig.end])[-1:]
    return bool(own and own[0] in verbs) or _next_word(ntext, trig.end) in verbs


def _modifies_deed(m: Mention, ntext: str, ctx: Any) -> bool:
    """English names a deed's doer as the modifier of the deed's noun in a
    phrase of the occasion: "killed in an ISIS attack", "wounded in Israeli
    strikes", "died in a Taliban ambush" (``context.DOER_DEED_NOUNS`` right
    after ``m``, ``DOER_DEED_OPENERS`` and at most a determiner before it),
    as Arabic "في هجوم لداعش" and Persian "در حمله داعش" name it after the
    noun (sides31)."""
    nouns, openers = ctx.doer_deed_nouns, ctx.doer_deed_openers
    if not nouns or not openers:
        return False
    after = " ".join(_WORD.findall(ntext[m.end : m.end + 30])[:2])
    if not any(f"{after} ".startswith(f"{n} ") for n in nouns):
        return False
    before = _WORD.findall(ntext[max(0, m.start - 30) : m.start])[-2:]
    if before and before[-1] in ctx.syntax.determiners:
        before = before[:-1]
    return bool(before) and before[-1] in openers


def _without_own_genitive(
    marked: list[Mention], trig: Hit, ntext: str, markers: frozenset[str]
) -> list[Mention]:
    """``marked`` without the genitive of the deed's own noun when another
    marker marks the rest: "قصف المدنيين من قبل الجيش", "بمباران غیرنظامیان
    توسط ارتش", "the shelling of civilians by the army" – the noun's own
    genitive may be its doer or whom it struck, and the "by" says which
    (sides23). The whole list when none, or all, are such genitives, or
    when the deed is told by a verb ("قتلت غارة إسرائيلية …": its subject)."""
    if " ".join(_WORD.findall(ntext[trig.start : trig.end])) not in markers:
        return marked
    own = [
        m
        for m in marked
        if trig.end <= m.start
        and not _opens_with_marker(m, ntext, markers)
        and _only_words(ntext, trig.end, m.start)
        and len(_WORD.findall(ntext[trig.end : m.start])) <= _GAP_WORDS
    ]
    if not own or len(own) == len(marked):
        return marked
    return [m for m in marked if m not in own]


def _marks_other(t: Hit, trig: Hit, m: Mention, ntext: str) -> bool:
    """Whether the deed ``t`` of another type, right before ``m``, is what
    marks it ("indicted … over the attack of the MEK"). Not when the deed's
    own word stands between them: "condemned the arrest of journalists by
    police" names the arrest's doer, the comment's word comes first."""
    if t.end <= trig.start and trig.end <= m.start:
        return False
    return t.end <= m.start and m.start - t.end <= 40 and _only_words(ntext, t.end, m.start)


def _near(m: Mention, trig: Hit) -> bool:
    """The doer stands within ``_REACH`` characters of the deed's word: a
    "by" further on belongs to another phrase ("a car owned by the imam")."""
    return max(m.start - trig.end, trig.start - m.end) <= _REACH


def _only_words(ntext: str, a: int, b: int) -> bool:
    """Nothing but words stand between ``a`` and ``b`` (no punctuation)."""
    return all(w.isalnum() for w in _WORD.findall(ntext[a:b]))


def _holds_deed(m: Mention, trig: Hit, triggers: list[Hit]) -> bool:
    """Whether ``m`` is a deed's own noun of this type with the state that
    did it ("killed in Russian shelling", "قتل مدنيون في غارة روسية", "در
    حمله هوایی روسیه کشته شدند": the mention is Russia's armed forces, and
    the deed's noun inside it says they struck)."""
    value = trig.entry.value
    return any(t.entry.value == value and m.start <= t.start and t.end <= m.end for t in triggers)


@cache
def _longest(markers: frozenset[str]) -> int:
    """The most words a doer marker has: read once per language's markers,
    not for every mention a deed's doer is looked for among."""
    return max((len(w.split()) for w in markers), default=1)


def _opens_with_marker(m: Mention, ntext: str, markers: frozenset[str]) -> bool:
    """Whether ``m`` opens with a marker's own noun and goes on to the state
    that did the deed ("در حمله هوایی روسیه کشته شدند": the mention is
    Russia's armed forces, the marker "حمله" is inside it, not before it)."""
    words = _WORD.findall(ntext[m.start : m.end])
    longest = _longest(markers)
    return any(" ".join(words[:n]) in markers for n in range(1, min(longest, len(words) - 1) + 1))


def _after_marker(m: Mention, ntext: str, start: int, markers: frozenset[str], ctx: Any) -> bool:
    """Whether a doer marker stands right before ``m``, or up to two plain
    words before it (no preposition, conjunction or punctuation between). A
    marker may be as long as the language's longest ("at the hands of")."""
    before = ntext[max(start, m.start - 80) : m.start]
    if not cue_written(before, markers):
        return False  # speed78a: no piece of a marker written before it (most mentions)
    if ctx.titles_follow_country and _next_word(ntext, m.end) in ctx.held_places:
        # "by shelling militant camps": the group modifies the places struck
        return False
    words = _WORD.findall(before)
    named = _named_head(words, ctx.naming_links, ctx.naming_breaks)
    if named:
        # "by members of the terrorist group known as X": the marker stands
        # before the descriptor the link names, a word or more further back
        return _marker_across(words[:-named], markers, _GAP_WORDS + _NAMED_GAP, ctx)
    return _marker_across(words, markers, _GAP_WORDS, ctx)


# doers98: the descriptor a naming link closes may hold a word more than the
# plain gap ("توسط عناصر گروه تروریستی موسوم به", "by the terrorist group called").
_NAMED_GAP = 2


def _named_head(words: list[str], links: frozenset[str], breaks: frozenset[str]) -> int:
    """How many of the last ``words`` are a naming link ("known as", "موسوم
    به", "المسماة"; ``context.NAMING_LINKS``) right before a mention, or 0:
    the mention is the name of the descriptor before the link. mendD99: not
    after a relative (``context.NAMING_BREAKS``): "a lawmaker who called Iran
    a threat" is a verb whose object is no name of the lawmaker."""
    most = _longest(links)  # naming68: "تطلق على نفسها" has three words
    n = next((n for n in range(most, 0, -1) if len(words) > n and " ".join(words[-n:]) in links), 0)
    return 0 if n and words[-n - 1] in breaks else n


def _marker_across(words: list[str], markers: frozenset[str], gaps: int, ctx: Any) -> bool:
    """Whether a doer marker ends within ``gaps`` plain words of the end of
    ``words`` (no preposition, conjunction or punctuation between)."""
    longest = _longest(markers)
    words = words[-(gaps + longest) :]
    stop: frozenset[str] = ctx.phrase_stops
    for gap in range(gaps + 1):
        head = words[: len(words) - gap]
        between = words[len(words) - gap :]
        if any(not w.isalnum() or w in stop for w in between):
            return False
        if between and between[0] in ctx.light_verbs:
            # "یورش بردند دو فلسطینی را کشتند": the marker is a light verb's
            # noun, its own deed told; what follows is no genitive (sides31)
            return False
        if any(w in ctx.held_places for w in between):
            # "ردت … بقصف معسكرات المسلحين": the deed struck the camps the
            # group holds; their holders are its target, not its doers
            return False
        if any(" ".join(head[-n:]) in markers for n in range(1, min(longest, len(head)) + 1)):
            return True
    return False


def ascribed_doer(side: list[Mention], trig: Hit, ntext: str, ctx: Any) -> bool:
    """sides85: whether the words after one of the side's mentions put the
    deed of force on it ("حمله به نفتکش به ایران نسبت داده شد"): the deed's
    doer is named, so no unidentified attacker is understood before it. Only
    deeds of force: the accusation the closing verb tells itself has the
    group as its target."""
    closers = ctx.doer_closers
    return bool(closers) and any(_near(m, trig) and _before_closer(m, ntext, closers) for m in side)


def without_blamers(side: list[Mention], trig: Hit, ntext: str, ctx: Any) -> list[Mention]:
    """mendB86 (review85, finding 13): ``side`` without whoever puts the deed
    of force on its doer, who is the ascribing verb's subject, not a side of
    the deed: Persian the mention right before "به" + the doer + its closing
    verb ("… را که آمریکا به ایران نسبت داده بود": the United States blamed
    Iran; ``context.BLAMER_BEFORE_DOER``), English and Arabic the agent of
    the passive right after the doer an ascription marker names ("attributed
    to Iran by US officials", "نسب إلى … من قبل …";
    ``context.ASCRIPTION_MARKERS``, ``context.BLAMER_AFTER_DOER``)."""
    if len(side) < 2:
        return side
    markers, before, after = _blamer_tables(ctx.lang)
    blamers: set[int] = set()
    for doer in (m for m in side if m.end > m.start and _near(m, trig)):
        if before and _before_closer(doer, ntext, ctx.doer_closers):
            blamers |= {id(b) for b in side if _links(ntext, b.end, doer.start, before)}
        elif after and _ascribed_to(doer, ntext, markers):
            joins = _conjunctions(ctx.lang)
            blamers |= {
                id(b) for b in side if _in_by_phrase(ntext, doer.end, b.start, after, joins)
            }
    kept = [m for m in side if id(m) not in blamers]
    return kept if kept else side


def _in_by_phrase(
    ntext: str, lo: int, hi: int, links: frozenset[str], joins: frozenset[str]
) -> bool:
    """mendE87 (review86, finding 7): whether the mention at ``hi`` stands in
    the passive's agent phrase that opens at ``lo``: right after the link
    ("by the"), or after a conjunction that joins it to an earlier agent
    ("by Saudi Arabia and the United States"): every conjunct ascribes."""
    if _links(ntext, lo, hi, links):
        return True
    if hi < lo:
        return False
    words = ntext[lo:hi].replace(",", " , ").replace("،", " ، ").split()
    opened = next((n for n in (1, 2) if " ".join(words[:n]) in links), 0)
    rest = words[opened:]
    if not opened or not 2 <= len(rest) <= _BY_PHRASE_WORDS:
        return False
    tail = rest[-2:] if rest[-1] not in joins else rest[-1:]
    return tail[0] in joins and all(w.isalnum() or w in joins for w in rest)


# How many words the agent phrase of an ascribing passive may hold before a
# later conjunct ("by Saudi Arabia, Bahrain and the United States").
_BY_PHRASE_WORDS = 8


@cache
def _conjunctions(lang: str) -> frozenset[str]:
    """The language's coordinating conjunctions (``context.CONJUNCTIONS``),
    normalised."""
    context = lang_data.load(lang, "context") if lang else None
    return frozenset(normalize_phrase(w) for w in getattr(context, "CONJUNCTIONS", ()))


def _ascribed_to(m: Mention, ntext: str, markers: frozenset[str]) -> bool:
    """Whether an ascription marker stands right before ``m``, or one word
    (an article) before it ("attributed to the Houthis")."""
    words = _WORD.findall(ntext[max(0, m.start - 40) : m.start])
    longest = _longest(markers)
    return any(
        " ".join(words[len(words) - gap - n : len(words) - gap]) in markers
        for gap in (0, 1)
        for n in range(1, min(longest, len(words) - gap) + 1)
    )


def _links(ntext: str, lo: int, hi: int, links: frozenset[str]) -> bool:
    """Whether the words from ``lo`` to ``hi`` are one of ``links``, alone or
    with one plain word after it ("by the")."""
    if hi < lo:
        return False
    words = ntext[lo:hi].split()
    return any(" ".join(words[:n]) in links and len(words) - n <= 1 for n in (1, 2)) and all(
        w.isalnum() for w in words[1:]
    )


@cache
def _blamer_tables(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The language's ascription markers and the links that put a blamer
    before or after the doer, normalised."""
    context = lang_data.load(lang, "context") if lang else None

    def table(name: str) -> frozenset[str]:
        return frozenset(normalize_phrase(w) for w in getattr(context, name, ()))

    return table("ASCRIPTION_MARKERS"), table("BLAMER_BEFORE_DOER"), table("BLAMER_AFTER_DOER")


def _before_closer(m: Mention, ntext: str, closers: frozenset[str]) -> bool:
    """sides85: whether words that put the deed on ``m`` follow it right
    after ("… به ایران نسبت داده شد"): a language whose verb comes last names
    the doer of an ascribed deed before its verb, with no marker before it."""
    if not closers:
        return False
    words = _WORD.findall(ntext[m.end : m.end + 40])
    return any(
        " ".join(words[:n]) in closers for n in range(1, min(_longest(closers), len(words)) + 1)
    )


@lru_cache(maxsize=64)
def _joined(own: frozenset[str], agent_markers: frozenset[str]) -> frozenset[str]:
    """A type's own doer markers with the language's agent markers: one set
    per type, joined once (speed78a: a new set per trigger was joined, then
    hashed again by every look-up keyed on it)."""
    return own | agent_markers


def _next_word(ntext: str, end: int) -> str:
    """The word right after ``end`` (empty at punctuation or the end)."""
    found = _WORD.findall(ntext[end : end + 40])
    return found[0] if found and found[0].isalnum() else ""


def cause_span(s_start: int, s_end: int, ntext: str, ctx: Any) -> tuple[int, int] | None:
    """The sentence's opening phrase of what came before, up to the comma
    that closes it ("After X, …", "پس از X، …"), or None."""
    if not ctx.cause_openers:
        return None
    # the sentence is not sliced whole (speed74a: asked for every trigger,
    # and most sentences open on no opener): its first 40 characters after
    # the blanks it opens with are read, and the comma found in place
    head = s_start
    while head < s_end and ntext[head].isspace():
        head += 1
    words = _WORD.findall(ntext[head : min(head + 40, s_end)])
    opener = next(
        (n for n in (3, 2, 1) if len(words) >= n and " ".join(words[:n]) in ctx.cause_openers),
        None,
    )
    if opener is None or (len(words) > opener and words[opener] in ctx.demonstratives):
        return None  # "پس از آن، …", "after that, …": no deed of its own
    comma = min(
        (i - head for c in COMMAS if (i := ntext.find(c, head, s_end)) > head),
        default=-1,
    )
    if comma < 0:
        return None
    return head, head + comma


# Deeds whose reason a closing phrase may tell (arrests, charges, sentences).
REASONED = having("reasoned")
# doer83: how far before a closing "after …" phrase the main clause's deed of
# another kind may end (characters; ``_other_deed_first``).
_OTHER_DEED_REACH = 80
# How far after a reason opener the deed of force it names may start (characters).
_REASON_REACH = 30


def reason_span(
    s_start: int, s_end: int, ntext: str, ctx: Any, triggers: list[Hit]
) -> tuple[int, int] | None:
    """The sentence's closing phrase of the reason for an arrest or a
    sentence ("arrested … over an attack by …", "بسبب هجوم نفذه …"), from
    the opener to the next comma, the sentence's end, or the arrest's own
    word when the verb comes last ("… به دلیل حمله طالبان
    دستگیر کرد"); None when the sentence tells none."""
    if not ctx.reason_openers:
        return None
    force = [t for t in triggers if t.entry.value in FORCE]
    reasoned = [t.entry.value in REASONED for t in force]
    if all(reasoned) or not (any(reasoned) or _other_deed_first(triggers, force, ctx)):
        # a span needs a reasoned deed (the arrest), or a main clause of
        # another kind, and a deed of force it names as its reason: most
        # sentences have neither, so skip the scan
        return None
    words = _WORD.finditer(ntext[s_start:s_end])
    tokens = [(m.start() + s_start, m.end(), m.group()) for m in words]
    firsts = _first_words(ctx.reason_openers)  # an opener starts only with one of them
    for i in [k for k in range(1, len(tokens)) if tokens[k][2] in firsts]:
        for n in (4, 3, 2, 1):
            phrase = " ".join(t[2] for t in tokens[i : i + n])
            if i + n > len(tokens) or phrase not in ctx.reason_openers:
                continue
            start, end = tokens[i][0], tokens[i + n - 1][1] + s_start
            told = [
                t
                for t in force
                if t.entry.value not in REASONED
                and end <= t.start <= end + _REASON_REACH
                and _only_words(ntext, end, t.start)
            ]
            if told:
                close = _reason_end(ntext, told[0].end, s_end, force, ctx.verb_final)
                if any(t.entry.value in REASONED and t.end <= start for t in force) or close in {
                    t.start for t in force if t.entry.value in REASONED
                }:
                    return start, close
                if _other_deed_first(triggers, force, ctx, start):
                    return start, close
            break
    return None


def _other_deed_first(
    triggers: list[Hit], force: list[Hit], ctx: Any, before: int | None = None
) -> bool:
    """doer83: whether the sentence opens with a deed of another kind and
    no deed of force before ``before`` (an opener's start; the sentence's
    first deed of force when None): "قررت واشنطن إغلاق سفارتها إثر مقتل
    السفير في هجوم", "the US closed its embassy after the killing of the
    ambassador in an attack". The closing phrase tells the attack, with
    sides of its own; the main clause's subject is no side of it (it was
    read as the attack's doer or victim). The other deed's word ends at
    most ``_OTHER_DEED_REACH`` before the opener: farther, the phrase may
    close a clause of its own ("… التي يؤمنها مقاتلون أكراد منذ الشهر
    الماضي بعد هجوم على …", the fighters' attack). Not where the verb comes
    last (Persian): the phrase there stands before the main verb."""
    if ctx.verb_final or not force:
        return False
    first_force = min(t.start for t in force) if before is None else before
    if any(t.start < first_force for t in force):
        return False
    reach = 0 if before is None else _OTHER_DEED_REACH
    return any(
        t.entry.value not in FORCE
        and t.end <= first_force
        and (not reach or first_force - t.end <= reach)
        for t in triggers
    )


@lru_cache(maxsize=8)
def _first_words(openers: frozenset[str]) -> frozenset[str]:
    """The first words of ``openers``: a phrase of words that starts with no
    one of them is none of them (``reason_span`` tried four phrases a word)."""
    return frozenset(o.split(" ")[0] for o in openers)


def _reason_end(ntext: str, told_end: int, s_end: int, force: list[Hit], verb_final: bool) -> int:
    """Where a reason phrase closes: at the next comma or the sentence's end,
    or, when the verb comes last, at the arrest's word."""
    close = min([j for c in COMMAS if (j := ntext.find(c, told_end, s_end)) >= 0] + [s_end])
    if verb_final:
        later = [
            t.start for t in force if t.entry.value in REASONED and told_end <= t.start < close
        ]
        close = min([close, *later])
    return close


def outside_cause(
    people: list[Mention], trig: Hit, span: tuple[int, int] | None, force_words: list[int]
) -> list[Mention]:
    """For a deed of force, the mentions on its side of an opening "after …"
    phrase that names a deed of force (``force_words``): a deed inside the phrase takes the phrase's mentions, one after
    it the rest (a side filled in from the article keeps its place). Other
    types keep their sides whole: "after talks with Lavrov, Cavusoglu
    announced an agreement" is an agreement of both."""
    if span is None or trig.entry.value not in FORCE:
        return people
    if not any(span[0] <= w < span[1] for w in force_words):
        return people  # "after an FBI inquiry, the hacker was arrested": the FBI's arrest
    inside = span[0] <= trig.start < span[1]

    def within(m: Mention) -> bool:
        return span[0] <= m.start < span[1]

    return [m for m in people if m.end == m.start or within(m) == inside]


def attackers_first(side: list[Mention]) -> list[Mention]:
    """``side`` with its unidentified attackers first when an unarmed group
    heads it: "the assault left the doctor injured … the assailant was
    held" names the doctor first, but the assailant (UAF) did the deed and
    the doctor (HLH) underwent it, as with civilians, journalists or
    worshippers (prec25ar). An armed group first (police who shot gunmen)
    stays the doer."""
    if len(side) < 2 or side[0].agent not in _UNARMED:
        return side
    attackers = [m for m in side if m.agent == UNNAMED_ATTACKERS]
    if not attackers:
        return side
    return attackers + [m for m in side if m not in attackers]


# Agents who hold others in custody (``keepers_first``).
_KEEPERS = frozenset({"COP", "JUD"})
# How many words may stand between a place or state of custody and its keeper
# ("بازداشتگاه اداره آگاهی", "احتجازه لدى الشرطة").
_CUSTODY_GAP = 2


def keepers_first(side: list[Mention], ntext: str, ctx: Any) -> list[Mention]:
    """``side`` with the police or court first when an unarmed group heads
    it and they are named with a place or state of custody
    (``context.CUSTODY_NOUNS``: "یک جوان در بازداشتگاه پلیس جان باخت",
    "توفي أثناء احتجازه لدى الشرطة", "died in police custody"): they held
    whoever died or was hurt there, who is the deed's victim, never its
    doer (victims57). A custody place struck ("حمله به زندان", "attack on
    the jail": a target preposition before it) names no keeper."""
    nouns = ctx.custody_nouns
    if len(side) < 2 or side[0].agent not in _UNARMED or not nouns:
        return side
    keepers = [m for m in side if m.agent in _KEEPERS and _in_custody(m, ntext, nouns, ctx)]
    return keepers + [m for m in side if m not in keepers] if keepers else side


def _in_custody(m: Mention, ntext: str, nouns: frozenset[str], ctx: Any) -> bool:
    """Whether a custody noun stands up to ``_CUSTODY_GAP`` words before
    ``m`` or right after it ("police custody"), with no target preposition
    right before it."""
    before = _WORD.findall(ntext[max(0, m.start - 60) : m.start])[-(_CUSTODY_GAP + 2) :]
    near = [i for i, w in enumerate(before) if w in nouns and i >= len(before) - _CUSTODY_GAP - 1]
    if any(not (i and before[i - 1] in ctx.target_preps) for i in near):
        return True
    after = _WORD.findall(ntext[m.end : m.end + 30])[:1]
    return bool(after) and after[0] in nouns and not (before and before[-1] in ctx.target_preps)
