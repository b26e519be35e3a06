"""A deed of force that a state says another state did: an accusation.

"Britain said Iran carried out the attack on the ship", "قالت الخارجية
الأمريكية إن إيران نفذت الهجوم", "وزیر خارجه آمریکا گفت ایران این حمله را
انجام داده است": the speaker's words put the attack on another state, which
PLOVER codes as ACCUSE (speaker → the state named as the doer) besides the
ASSAULT the words report. Only where both sides are states or their
organs: police or an army telling that gunmen or militants struck reports
a deed, it blames no state (the doer's agent is no state's organ, or it has
no country other than the speaker's); a speaker telling its own side's
strike ("Israel said its aircraft struck …") accuses no one; a medium or a
monitor that reports is no state's voice.

The speaker stands in the clause of the verb of saying
(``status.REPORTING_CUES``, ``ATTRIBUTION_CUES``): before it where the
subject leads, between it and the "that" opening what is said where the
verb comes first (Arabic, ``context.SUBJECT_AFTER_VERB``). What is said
follows, the doer its first actor: a source named after the deed ("Israeli
strikes killed 20, Lebanese health officials said") tells casualties, and
"that it" (a bound "that") tells the speaker's own deed. The deed is put
on its doer by a word of doing near it (``context.DEED_DOING_WORDS``:
"carried out", "نفذت", "انجام داده"): a state telling of strikes on itself
("Ukraine said Russian forces shelled Kharkiv", "قالت سوريا إن طائرات
إسرائيلية قصفت …") reports them; the annotated corpus codes no accusation
there, and the held-out figures fell when it did.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from diplowatch.extract.actor_context import Context
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.mention import Mention
from diplowatch.extract.participants import actor_list
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.model import Actor, Event
from diplowatch.text.breaks import clause_start, first_break
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS
from diplowatch.text.words import WORD_RUN

# who speaks for a state or an organisation: itself, its government, its
# armed forces, its parliament
_VOICES = frozenset({None, "GOV", "MIL", "LEG"})
# who acts for a state in a deed of force: itself, its government, its
# armed forces, its security forces
_ORGANS = frozenset({None, "GOV", "MIL", "COP"})
# mentions that name a state itself ("Iran", "Tehran"); an adjective names
# one only with an organ of it ("Iranian drones", not "a Palestinian group")
_STATE_NAMES = frozenset({"state", "capital"})
# blame64: the present "می‌گوید" too, which is no verb of saying elsewhere
_SAYING = SAYING_KINDS | {"present_saying"}
_DEEDS = frozenset({"ASSAULT"})
# how many comma-bound phrases may stand between a speaker and its verb
# ("X، وزیر خارجه آمریکا، در بیانیه‌ای گفت")
_SET_OFF = 2
# how many words may stand between a passive's agent marker and its doer
# ("توسط پهپادهای انتحاری ایران")
_MARKER_REACH = 4
# how many words ("که", "the") may open what is said before a passive's deed
_DEED_LEADS = 2


def attributed_blames(
    s: Sentence, ntext: str, found: Sequence[tuple[Event, Hit]], ctx: Context
) -> list[Event]:
    """ACCUSE events of the sentence's speakers against the states whose
    deeds of force they say were those states' doing (``found``: the
    sentence's events with their triggers)."""
    doing = ctx.deed_doing_words
    if not doing:
        return []
    verb_first, openers = bool(ctx.subject_after_verb), ctx.source_openers
    out: list[Event] = []
    for event, trig in found:
        if event.type not in _DEEDS or event.status != "reported" or not event.actors:
            continue
        doer = event.actors[0]
        if not doer.code or doer.agent not in _ORGANS or not _said_done(s, ntext, trig, doing):
            continue
        for cue in s.cues:
            if cue.entry.kind not in _SAYING or ntext[cue.base_start : cue.base_end] in openers:
                continue
            speaker = state_speaker(
                s,
                ntext,
                cue,
                trig,
                doer.code,
                verb_first,
                (ctx.syntax.agent_markers, ctx.passive_relatives),
            )
            if speaker is not None:
                out.append(_blame(event, speaker, doer))
                break
    return out


def _said_done(s: Sentence, ntext: str, trig: Hit, doing: frozenset[str]) -> bool:
    """Whether a word of doing (``context.DEED_DOING_WORDS``: "carried
    out", "نفذت", "انجام داده") stands near the deed's noun: the deed is put
    on someone, not only told ("Israeli jets struck Damascus, Syria said").
    Read over the words only: the word may close the sentence ("… صورت
    گرفت.")."""
    span = ntext[max(s.start, trig.start - 60) : min(s.end, trig.end + 80)]
    near = f" {' '.join(WORD_RUN.findall(span))} "
    return any(f" {w} " in near for w in doing)


def state_speaker(
    s: Sentence,
    ntext: str,
    cue: Hit,
    trig: Hit,
    doer: str,
    verb_first: bool,
    words: tuple[frozenset[str], ...] = (frozenset(), frozenset()),
) -> Actor | None:
    """The state voice in the clause of ``cue`` that tells the deed of
    ``trig`` done by ``doer``, when it is another state's; None otherwise.
    The doer is the first side named after the clause, or the side after a
    passive's agent marker (``words``: the markers, then the relative
    pronouns)."""
    lo, hi = _clause(s, ntext, cue, verb_first)
    if trig.start < hi or _bound_after(s, cue):
        return None
    inside = [m for m in s.mentions if lo <= m.start < hi and m.code]
    if any(m.code == doer for m in inside) or _doer_told(s, ntext, hi, trig, doer, words) is None:
        return None
    voices = [m for m in inside if m.agent in _VOICES and not m.place and not m.topic]
    if not verb_first and not any(lo <= m.start < hi for m in s.mentions):
        voices = _set_off_voices(s, ntext, lo, doer)
    if not voices:
        return None
    nearest = min(voices, key=lambda m: abs(m.start - cue.start))
    return actor_list([m for m in voices if m.code == nearest.code], 1)[0]


def _set_off_voices(s: Sentence, ntext: str, lo: int, doer: str) -> list[Mention]:
    """The state voices before phrases set off by commas ahead of the verb
    of saying ("وزیر خارجه آمریکا، در بیانیه‌ای، گفت", "Blinken, the US
    secretary of state, said"), read when the verb's own clause names no
    one: the subject leads and the comma-bound phrases between it and the
    verb are no clause of their own ("a spokesman said" has its own). Up to
    ``_SET_OFF`` commas back, never over another break, a verb of saying or
    a mention of the doer itself."""
    for _ in range(_SET_OFF):
        if lo <= s.start or ntext[lo - 1] not in COMMAS:
            return []
        start = clause_start(ntext, s.start, lo - 1, CLAUSE_BREAKS)
        if any(start <= c.start < lo for c in s.cues if c.entry.kind in _SAYING):
            return []
        span = [m for m in s.mentions if start <= m.start < lo and m.code]
        if any(m.code == doer for m in span):
            return []
        voices = [m for m in span if _named_voice(m)]
        if voices:
            return voices
        lo = start
    return []


def _doer_told(
    s: Sentence, ntext: str, hi: int, trig: Hit, doer: str, words: tuple[frozenset[str], ...]
) -> Mention | None:
    """The mention of ``doer`` that what is said after ``hi`` puts the deed
    on: its first side, or, where a deed of force leads what is said (the
    deed or the attack that made it: "حمله … که … را کشت"), the side after
    a passive's agent marker (``_passive_doer``; ``words``: the markers and
    the relative pronouns); None when neither names the doer as a state or
    one of its organs."""
    subject = min((m for m in s.mentions if m.start >= hi), key=lambda m: m.start, default=None)
    lead = min(
        (w for w in (*s.force_words, trig.start) if hi <= w <= trig.start),
        default=None,
    )
    leads = lead is not None and len(WORD_RUN.findall(ntext[hi:lead])) <= _DEED_LEADS
    if subject is not None and subject.code != doer and lead is not None and leads:
        passive = _passive_doer(s, ntext, lead, words)
        if passive is not None and passive.code == doer and _organ(passive):
            return passive
    if subject is None or subject.code != doer or not _organ(subject):
        return None  # "a small Palestinian group": no state's organ
    if trig.entry.affix != "noun" and subject.start > trig.start:
        return None  # "the ship targeted was Israel's": whom a verb struck, no doer
    return subject


def _organ(m: Mention) -> bool:
    """Whether a mention names a state or one of its organs."""
    return m.kind in _STATE_NAMES or m.agent in _ORGANS - {None}


def _passive_doer(
    s: Sentence, ntext: str, lead: int, words: tuple[frozenset[str], ...]
) -> Mention | None:
    """The side named after a passive's agent marker past the deed that
    leads at ``lead`` ("حمله به این نفتکش … توسط پهپادهای انتحاری ایران
    انجام شده است", "the attack … was carried out by Iranian drones"): the
    deed, not its doer, leads the clause, and whom it struck may be named
    first. The first side after a marker (within ``_MARKER_REACH`` words)
    is the agent; none when another deed of force stands between outside a
    relative clause ("در واکنش به بمباران سوریه توسط اسرائیل": the agent of
    a deed only referred to)."""
    markers, relatives = words
    for m in sorted(s.mentions, key=lambda m: m.start):
        if m.start <= lead or not m.code:
            continue
        joined = f" {' '.join(WORD_RUN.findall(ntext[lead : m.start])[-_MARKER_REACH:])} "
        if not any(f" {w} " in joined for w in markers):
            continue
        between = [w for w in s.force_words if lead < w < m.start]
        if any(relatives.isdisjoint(WORD_RUN.findall(ntext[lead:w])) for w in between):
            return None
        return m
    return None


def _named_voice(m: Mention) -> bool:
    """Whether a mention set off before the verb speaks for a state: the
    state named or one of its organs ("وزیر خارجه آمریکا"); an adjective
    alone ("وبسایت‌های … ایرانی") is the voice of no state."""
    if m.place or m.topic:
        return False
    return m.kind in _STATE_NAMES or m.agent in _VOICES - {None}


def _bound_after(s: Sentence, cue: Hit) -> bool:
    """Whether "that" bound to a pronoun ("أنها", "that it") follows the
    verb of saying first: the report is of the speaker's own deed."""
    after = [c for c in s.cues if c.start >= cue.end and c.entry.kind.endswith("complementizer")]
    first = min(after, key=lambda c: c.start, default=None)
    return first is not None and first.entry.kind == "bound_complementizer"


def _clause(s: Sentence, ntext: str, cue: Hit, verb_first: bool) -> tuple[int, int]:
    """Where the speaker of ``cue`` may stand: from the clause break before
    the verb of saying to the verb where the subject leads; from the verb to
    the "that" after it (or the next break) where the verb comes first."""
    if not verb_first:
        lo = clause_start(ntext, s.start, cue.start, CLAUSE_BREAKS)
        return lo, cue.end
    stops = [c.start for c in s.cues if c.entry.kind.endswith("complementizer")]
    hi = min((x for x in stops if x >= cue.end), default=s.end)
    brk = first_break(ntext, cue.end, hi, CLAUSE_BREAKS)
    return cue.start, brk


def _blame(deed: Event, speaker: Actor, doer: Actor) -> Event:
    """The accusation: the speaker against the doer's state as a whole (the
    state is blamed, whichever organ struck), told where the deed is."""
    return replace(
        deed,
        type="ACCUSE",
        mode="allege",
        actors=[speaker, Actor(doer.code)],
        amounts=[],
        sectors=[],
        counts={},
        sentences=[],
    )
