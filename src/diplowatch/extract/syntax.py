"""English syntax: which trigger words stand for events of their own.

The automaton finds every trigger word; in a language that marks syntax
with small words (English), those words also tell which triggers are
events. Each rule reads lists from ``lang/<code>/context.py`` and does
nothing for a language that has none:

* Frames (``triggers.FRAME_TRIGGERS``): a verb that makes an event only
  with its object — "sent troops" MOBILIZE, "sent weapons" AID, "lifted the
  ban" CONCEDE, "blocked the road" PROTEST, "warned … that it would" THREATEN.
  The object must follow within a short window in the same clause, or stand
  before the verb in the passive ("the ban was lifted"). A trigger that is
  the frame's object ("ban") is part of the frame, not an event.
* Noun or verb: a word listed as both ("attack", "strike") is a noun after
  a determiner or an adjective, a verb after its subject or an auxiliary
  (``VERB_MARKERS``), so "accused Israel of a drone attack" has no attack.
* Participles used as adjectives ("10 detained Americans", "the seized
  tanker") are no events.
* An infinitive after another trigger is its content or purpose ("asked
  ECOWAS to deploy a force", "a loan to support reforms").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache

from diplowatch.event_types import having
from diplowatch.extract.lexicon import EVENT, FRAME, FRAME_OBJECT, Entry, Lexicon
from diplowatch.extract.scan import Hit
from diplowatch.lang import load
from diplowatch.lang.agent_fields import shared_field, shared_set

# Types whose verb takes what follows as its content: "condemned the attack",
# "threatened sanctions", "rejected the aid package" are one event, not two.
GOVERNORS = having("governor")
# Verbs whose content has not happened (what is asked, threatened, rejected).
UNREAL = having("unreal")
# An agreeing verb, and the deeds agreeing to which is doing them.
AGREEMENTS = having("agreement")
GRANTED = having("granted")
# Physical deeds: after "after" or "following" their noun is background.
DEEDS = having("background_deed")
# Kinds of actor hits after which a trigger word is a verb ("Russia attacks").
SUBJECT_KINDS = {"state", "igo", "person", "group", "capital", "agent", "role", "institution"}


@dataclass(frozen=True)
class Syntax:
    determiners: frozenset[str]  # words before a noun ("the", "a", "its", numbers aside)
    verb_markers: frozenset[str]  # words before a verb ("will", "to", "they", "has")
    infinitive: frozenset[str]  # the infinitive marker ("to")
    passive_aux: frozenset[str]  # words between a passive subject and its verb
    frame_window: int  # characters after a frame verb in which its object may stand
    clause_breaks: frozenset[str]
    agent_markers: frozenset[str]  # "the release of prisoners by X": participants stated
    negation_gap: frozenset[str] = frozenset()  # words between a negation and its verb
    # nominal parts of compounds whose negation closes a noun's clause ("برگزار نشد")
    negation_closers: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()  # "that", "which": a relative clause opens
    speculative: frozenset[str] = frozenset()  # "could", "might": no event yet
    speech_openers: frozenset[str] = frozenset()  # ", saying …": what is said follows
    subordinators: frozenset[str] = frozenset()  # "when", "after": a new clause opens
    planned_before_verbs: bool = False  # a verb's future is written before it ("will meet")
    future_times: frozenset[str] = frozenset()  # "next week": future even after a verb
    purpose_cues: frozenset[str] = frozenset()  # "aim to": its future is what follows it
    clause_openers: frozenset[str] = frozenset()  # ", while ", " after ": a clause of its own
    gerund_markers: frozenset[str] = frozenset()  # "convicted of killing": content
    context_preps: frozenset[str] = frozenset()  # "amid the protests"
    deed_context_preps: frozenset[str] = frozenset()  # "after the embassy attack"
    # adjectives stand before their noun ("amid the deadly clashes"); where
    # they follow it (Persian, Arabic) only the word right before is read
    modifiers_before: bool = True
    participle_complements: frozenset[str] = frozenset()  # "firms accused of …"
    quantifiers: frozenset[str] = frozenset()  # "thousands protested": a subject, no article
    participle_endings: tuple[str, ...] = ()  # "detained", "stolen": may modify a noun
    past_participle_endings: tuple[str, ...] = ()  # "a couple detained for months"
    gerund_endings: tuple[str, ...] = ()  # "accused of attacking"
    clause_conjunctions: frozenset[str] = frozenset()  # "and detained three": a verb of its own
    subject_conjunctions: frozenset[str] = frozenset()  # ", and Qatar called": a new subject
    request_openers: frozenset[str] = frozenset()  # "demanded that …": what is asked
    release_nouns: frozenset[str] = frozenset()  # "called for the release of": who is freed
    dotted_abbreviations: tuple[str, ...] = ()  # "u.s.": its dots end no clause
    # "received aid from France": a named actor after one is no direct object
    object_preps: frozenset[str] = frozenset()
    # a passive's own auxiliary ("was", "been"): without one, "has not
    # received" is active (none listed: any auxiliary will do)
    passive_be: frozenset[str] = frozenset()
    # "فشلت إثيوبيا ومصر في التوصل": the word that links a verb of failure to
    # the deed it failed at (``status.unable``)
    inability_links: frozenset[str] = frozenset()
    # "unless", "ما لم", "مگر اینکه": a harm promised before one is a threat
    # made, not the harm planned (``status.threatened_on_condition``)
    threat_conditions: frozenset[str] = frozenset()
    # "resume", "برگزار": a guess about a deed noun's own course
    # (``hypothetical.guessed_subject``)
    course_words: frozenset[str] = frozenset()
    # "الذين اعتقلتهم الشرطة": a verb's ending that is its object, so the head
    # of its relative clause is whom it acted on (``verb_arguments.relative_subject``)
    object_pronouns: tuple[str, ...] = ()
    # english72: the words that may stand between a verb of seizing and a
    # bare town ("retook eastern Aleppo"), and those that may follow it
    town_leads: frozenset[str] = frozenset()
    town_followers: frozenset[str] = frozenset()
    town_subject_after: frozenset[str] = frozenset()
    # capture73: the object stands before its verb (Persian: "قندوز را
    # تصرف کردند"), so a bare town is read before a frame verb
    # (``extract/town_taken.py``)
    town_before_verb: bool = False
    town_owner_marks: tuple[str, ...] = ()  # mendA72: "'" of "Tehran's"

    @property
    def active(self) -> bool:
        return bool(self.verb_markers or self.frame_window)


def frame_events(
    verbs: list[Hit], objects: list[Hit], ntext: str, syntax: Syntax
) -> tuple[list[Hit], list[tuple[int, int]]]:
    """Frame verbs whose object is there, as triggers of the frame's type,
    and the spans of the objects they took."""
    out: list[Hit] = []
    taken: list[tuple[int, int]] = []
    objects = sorted(objects, key=lambda h: h.start)
    starts = [o.start for o in objects]
    for verb in verbs:
        frames = verb.entry.extra
        lo = bisect_left(starts, verb.start - 60)
        near = objects[lo : bisect_right(starts, verb.end + syntax.frame_window)]
        found = (
            _object_after(verb, frames, near, ntext, syntax)
            or _object_before(verb, frames, near, ntext, syntax)
            or _object_told_before(verb, frames, objects, starts, ntext, syntax)
        )
        if found is None:
            continue
        obj, frame = found
        etype, mode = frame.split("/", 1)
        entry = replace(verb.entry, kind="trigger", value=etype, extra=(mode,))
        out.append(replace(verb, entry=entry))
        taken.append((obj.start, obj.end))
    return out, taken


def _matching(obj: Hit, frames: tuple[str, ...]) -> str | None:
    return next((f for f in frames if f in obj.entry.extra), None)


def _object_after(
    verb: Hit, frames: tuple[str, ...], objects: list[Hit], ntext: str, syntax: Syntax
) -> tuple[Hit, str] | None:
    for obj in objects:
        if obj.start < verb.end or obj.start > verb.end + syntax.frame_window:
            continue
        gap = ntext[verb.end : obj.start]
        if has_break(gap, syntax.clause_breaks) or "." in _undotted(gap, syntax):
            continue
        if obj.entry.value == ACTOR_OBJECT and not _direct_object(gap, syntax):
            continue  # "received a loan from the IMF": the IMF is no guest
        if obj.entry.value == TOWN_OBJECT and not _bare_town(gap, obj, ntext, syntax):
            continue
        frame = _matching(obj, frames)
        if frame:
            return obj, frame
    return None


def _direct_object(gap: str, syntax: Syntax) -> bool:
    """Whether a named actor after ``gap`` is the verb's own object: a few
    words ("received the visiting Kenyan president"), none of which opens a
    phrase of its own ("received aid from France")."""
    words = gap.split()
    return len(words) <= _ACTOR_OBJECT_GAP and syntax.object_preps.isdisjoint(words)


def _undotted(gap: str, syntax: Syntax) -> str:
    """``gap`` without the abbreviations whose dots end no clause ("u.s.")."""
    for abbreviation in syntax.dotted_abbreviations:
        gap = gap.replace(abbreviation, "")
    return gap


def _object_before(
    verb: Hit, frames: tuple[str, ...], objects: list[Hit], ntext: str, syntax: Syntax
) -> tuple[Hit, str] | None:
    """The passive: "sanctions were lifted", "the ban on canola was lifted"
    (a few words of the subject, then auxiliaries, then the verb)."""
    for obj in objects:
        if obj.end > verb.start or verb.start - obj.end > 40:
            continue
        gap = ntext[obj.end : verb.start]
        words = gap.split()
        aux = 0
        while aux < len(words) and words[-1 - aux] in syntax.passive_aux:
            aux += 1
        if not aux or len(words) - aux > 4 or has_break(gap, syntax.clause_breaks):
            continue
        if syntax.passive_be and syntax.passive_be.isdisjoint(words[len(words) - aux :]):
            continue  # "Lebanon has not received": active, its subject is no object
        if obj.entry.value == TOWN_OBJECT and not _town_subject(
            obj, len(words) - aux, ntext, syntax
        ):
            continue
        frame = _matching(obj, frames)
        if frame:
            return obj, frame
    return None


# How far back the clause of a verb of saying written after it may start
# (characters), how many words name its speaker between the comma and the
# verb, and how many may follow the verb before its sentence ends.
_TOLD_REACH = 300
_SPEAKER_WORDS = 6
_TAIL_WORDS = 4


def _object_told_before(
    verb: Hit,
    frames: tuple[str, ...],
    objects: list[Hit],
    starts: list[int],
    ntext: str,
    syntax: Syntax,
) -> tuple[Hit, str] | None:
    """A verb of saying written after what was said: "If Israel attacks,
    Hezbollah will respond, the group warned" — its object ("will", "if")
    stands in the clause before the comma that opens the speaker's short
    clause, which ends the sentence ("…, the spokesman warned on Tuesday.")."""
    told = told_after(verb, ntext, syntax)
    if told is None:
        return None
    first, comma = told
    for obj in objects[bisect_left(starts, first) : bisect_left(starts, comma)]:
        frame = _matching(obj, frames)
        if frame and obj.entry.value not in (ACTOR_OBJECT, TOWN_OBJECT):
            return obj, frame
    return None


def told_after(verb: Hit, ntext: str, syntax: Syntax) -> tuple[int, int] | None:
    """Where the clause a verb of saying tells starts and the comma that
    closes it, when the verb and its speaker follow it and end the sentence
    ("…, the ministry said on Sunday."); None otherwise."""
    comma = ntext.rfind(",", max(0, verb.start - 80), verb.start)
    if comma < 0:
        return None
    speaker = ntext[comma + 1 : verb.start]
    if not 0 < len(speaker.split()) <= _SPEAKER_WORDS or has_break(speaker, syntax.clause_breaks):
        return None
    tail_end = _SENTENCE_END.search(ntext, verb.end, verb.end + 120)
    tail = ntext[verb.end : tail_end.start() if tail_end else len(ntext)]
    if len(tail.split()) > _TAIL_WORDS or has_break(tail, syntax.clause_breaks):
        return None
    lo = max(0, comma - _TOLD_REACH)
    ends = list(_SENTENCE_END.finditer(ntext, lo, comma))
    first = ends[-1].end() if ends else lo
    return first, comma


# A sentence end, but not the dot of an abbreviation ("u.n. security council").
_SENTENCE_END = re.compile(r"(?<![\s.]\w)[.!?]\s|;\s")
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")


def has_break(gap: str, breaks: frozenset[str]) -> bool:
    """A clause break in ``gap``; a comma grouping digits ("3,000") is none."""
    gap = _DIGIT_COMMA.sub("", gap)
    return any(b in gap for b in breaks)


def as_nouns(
    triggers: list[Hit],
    nouns: dict[int, Hit],
    ntext: str,
    syntax: Syntax,
    subject_ends: frozenset[int],
    lang: str = "",
) -> list[Hit]:
    """Triggers listed both as verb and noun (``nouns`` maps a trigger's
    start to its noun reading), read as nouns unless a verb marker or the
    end of a subject mention (``subject_ends``) stands right before them.
    Only a verb written bare or with an ending of ``context.
    NOUN_LIKE_VERB_ENDINGS`` ("attacks") may be a noun."""
    endings, marker_endings = _verb_reading_endings(lang)
    out: list[Hit] = []
    for t in triggers:
        noun = nouns.get(t.start)
        if noun is None or t.entry.affix != "verb" or ntext[t.base_end : t.end] not in endings:
            out.append(t)
            continue
        verb = _verb_context(ntext, t.start, syntax, subject_ends, marker_endings)
        out.append(t if verb else noun)
    return out


@cache
def _verb_reading_endings(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The endings a verb listed as a noun too may carry and still be read
    as a noun (the bare form, and ``context.NOUN_LIKE_VERB_ENDINGS``: English
    "s"), and the endings of a word before it that make it a verb
    (``context.VERB_MARKER_ENDINGS``: the English adverb's "ly", "strongly
    condemns")."""
    data = load(lang, "context") if lang else None
    nouny: tuple[str, ...] = getattr(data, "NOUN_LIKE_VERB_ENDINGS", ())
    markers: tuple[str, ...] = getattr(data, "VERB_MARKER_ENDINGS", ())
    return ("", *nouny), markers


def _verb_context(
    ntext: str,
    pos: int,
    syntax: Syntax,
    subject_ends: frozenset[int],
    marker_endings: tuple[str, ...] = (),
) -> bool:
    j = pos
    while j > 0 and ntext[j - 1] == " ":
        j -= 1
    if j in subject_ends:
        return True
    prev = _prev_word(ntext, pos)
    return prev in syntax.verb_markers or prev.endswith(marker_endings)


def _next_word(ntext: str, pos: int) -> str:
    m = re.match(r"\s*([\w'-]+)", ntext[pos : pos + 40])
    return m.group(1) if m else ""


def _prev_word(ntext: str, pos: int) -> str:
    j = pos
    while j > 0 and ntext[j - 1] == " ":
        j -= 1
    i = j
    while i > 0 and (ntext[i - 1].isalnum() or ntext[i - 1] in "'-"):
        i -= 1
    return ntext[i:j]


def adjectival(trigger: Hit, ntext: str, syntax: Syntax) -> bool:
    """A past participle after a determiner or a number modifies a noun
    ("the detained activists", "10 detained Americans")."""
    word = ntext[trigger.base_start : trigger.end]
    if trigger.entry.affix != "verb" or not word.endswith(syntax.participle_endings):
        return False
    prev = _prev_word(ntext, trigger.start)
    return (prev in syntax.determiners and prev not in syntax.quantifiers) or prev.isdigit()


def reduced_relative(
    trigger: Hit, previous: Hit | None, ntext: str, syntax: Syntax, subject_ends: frozenset[int]
) -> bool:
    """A past participle right after a plain noun, with no auxiliary, in a
    clause that already has its event ("released a British couple detained
    for seven months"): it describes the noun, it reports no event."""
    word = ntext[trigger.base_start : trigger.end]
    if (
        previous is None
        or trigger.entry.affix != "verb"
        or not word.endswith(syntax.past_participle_endings)
    ):
        return False
    prev = _prev_word(ntext, trigger.start)
    if not prev.isalpha() or prev in syntax.verb_markers or prev in syntax.passive_aux:
        return False
    if prev in syntax.clause_conjunctions:
        return False
    if trigger.start - 1 in subject_ends and _next_word(ntext, trigger.end) not in (
        syntax.participle_complements
    ):
        return False  # "police detained …": a subject; "firms accused of …": no
    return 0 <= trigger.start - previous.end < 120 and not _break_between(
        ntext, previous.end, trigger.start, syntax
    )


def infinitive_content(
    trigger: Hit,
    previous: Hit | None,
    ntext: str,
    syntax: Syntax,
    names: frozenset[int] = frozenset(),
) -> bool:
    """ "asked X to deploy", "threatened to call a strike", "a loan … to
    support reforms": an infinitive after another trigger of the sentence
    (if any earlier trigger is in the sentence, the one right before is)."""
    if previous is None or previous.end > trigger.start:
        return False
    if not _after_infinitive(ntext, previous.end, trigger.start, syntax, names):
        return False
    gap = ntext[previous.end : trigger.start]
    return len(gap) < 300 and not _SENTENCE_END.search(gap)


def _after_infinitive(ntext: str, lo: int, pos: int, syntax: Syntax, names: frozenset[int]) -> bool:
    """The trigger at ``pos`` is an infinitive ("to deploy") or the object
    of one ("to open accession negotiations", "to hold new talks"): "to" at
    most three plain words before it, after ``lo``, and not a preposition
    before a name or an article ("to Moscow for talks", "to the talks")."""
    if _prev_word(ntext, pos) in syntax.infinitive:
        return True
    start = max(lo, pos - 60)
    for m in re.finditer(r"\S+", ntext[start:pos]):
        if m.group() not in syntax.infinitive:
            continue
        after = ntext[start + m.end() : pos].split()
        if not 1 <= len(after) <= 3 or not all(w.isalpha() for w in after):
            continue
        if after[0] in syntax.determiners or start + m.end() + 1 in names:
            continue
        return True
    return False


def _with_frames(
    triggers: list[Hit],
    layers: dict[str, list[Hit]],
    actor_hits: list[Hit],
    ntext: str,
    syntax: Syntax,
    lex: Lexicon,
) -> list[Hit]:
    """``triggers`` with the events read from frames (a verb with its object
    noun, ``frame_events``) put in, in text order: a plain trigger the frame
    took as its object, or that starts where a frame does, gives way, unless
    it is longer than the frame's verb."""
    blocked = sorted((b.start, b.end) for b in layers.get(EVENT, []) if b.entry.kind == "blocker")
    verbs = [
        v
        for v in layers.get(FRAME, [])
        if not _compound(v, ntext) and not _inside(v.start, blocked)
    ]  # "in exchange for" (triggers.NOT_TRIGGERS) holds no exchange
    objects = (
        layers.get(FRAME_OBJECT, [])
        + _actors_as_objects(actor_hits, lex.lang)
        + _towns_as_objects(actor_hits, ntext, syntax, lex.lang)
    )
    framed, taken = frame_events(verbs, objects, ntext, syntax)
    actor_spans = _actor_spans(actor_hits)
    taken = sorted(span for span in taken if span not in actor_spans)
    # A plain trigger longer than the frame verb it starts with wins ("called
    # for protests" is a request, not "called" + "protests").
    longer = {t.start: t.end for t in triggers}
    framed = [f for f in framed if longer.get(f.start, 0) <= f.end]
    starts = {f.start for f in framed}
    triggers = [t for t in triggers if t.start not in starts and not _inside(t.start, taken)]
    triggers = sorted(triggers + framed, key=lambda h: h.start)
    return triggers


def syntax_triggers(
    triggers: list[Hit],
    layers: dict[str, list[Hit]],
    actor_hits: list[Hit],
    ntext: str,
    syntax: Syntax,
    lex: Lexicon,
) -> list[Hit]:
    """The document's triggers after the rules of the module docstring."""
    triggers = _with_frames(triggers, layers, actor_hits, ntext, syntax, lex)
    subject_ends = frozenset(
        h.end
        for h in actor_hits
        if h.entry.kind in SUBJECT_KINDS and not _noun_modifier(h, ntext, syntax)
    )
    readings = _noun_readings(triggers, lex, ntext)
    triggers = as_nouns(triggers, readings, ntext, syntax, subject_ends, lex.lang)
    triggers = [
        t
        for t in triggers
        if not adjectival(t, ntext, syntax)
        and not _compound(t, ntext)
        and not _in_context_phrase(t, ntext, syntax)
    ]
    names = frozenset(h.start for h in actor_hits)
    return _own_deeds(triggers, ntext, syntax, names, subject_ends)


def _own_deeds(
    triggers: list[Hit],
    ntext: str,
    syntax: Syntax,
    names: frozenset[int],
    subject_ends: frozenset[int],
) -> list[Hit]:
    """The triggers that are no infinitive, gerund or reduced relative
    governed by an earlier trigger, nor a bare verb joined to what a request
    asks (``joined_content``)."""
    out: list[Hit] = []
    previous: Hit | None = None  # the last trigger that is no money verb
    asker: Hit | None = None  # the last verb whose content has not happened
    for t in triggers:
        if (
            not (
                infinitive_content(t, previous, ntext, syntax, names) and not _granted(t, previous)
            )
            and not _gerund_content(t, previous, ntext, syntax)
            and not reduced_relative(t, previous, ntext, syntax, subject_ends)
            and not joined_content(t, asker, ntext, syntax)
        ):
            out.append(t)
        if t.entry.kind != "money_trigger":
            previous = t
        if t.entry.affix == "verb" and t.entry.value in UNREAL:
            asker = t
    return out


def _granted(trigger: Hit, previous: Hit | None) -> bool:
    """ "agreed to lift sanctions": the deed an agreeing verb takes is the
    event told (``agreed_content.agreed_content_out`` drops the agreeing verb)."""
    return (
        previous is not None
        and previous.entry.value in AGREEMENTS
        and previous.entry.affix == "verb"
        and trigger.entry.value in GRANTED
    )


# Words from the infinitive marker of a request's content to a bare verb
# joined to it ("to halt settlement building and withdraw").
JOINED_WORDS = 8


def joined_content(trigger: Hit, asker: Hit | None, ntext: str, syntax: Syntax) -> bool:
    """ "called on Israel to halt settlement building and withdraw", "urged
    Russia to release the prisoners and pull its forces out": a bare verb
    joined by a conjunction to the infinitive a request, threat or rejection
    governs is part of what is asked, as the first verb is, not a deed told
    as done. The conjunction right before the trigger, an infinitive marker
    after the asker at most ``JOINED_WORDS`` words before it, no break of
    clause between, and no past form (a past verb has a subject of its own:
    "asked them to leave and they withdrew")."""
    if asker is None or asker.end > trigger.start or trigger.entry.affix != "verb":
        return False
    if _prev_word(ntext, trigger.start) not in syntax.clause_conjunctions:
        return False
    if ntext[trigger.base_start : trigger.end].endswith(syntax.past_participle_endings):
        return False
    words = ntext[asker.end : trigger.start].split()
    at = max((i for i, w in enumerate(words) if w in syntax.infinitive), default=None)
    if at is None or len(words) - at > JOINED_WORDS:
        return False
    return not _break_between(ntext, asker.end, trigger.start, syntax)


def verb_objects_out(triggers: list[Hit], ntext: str, syntax: Syntax) -> list[Hit]:
    """A sentence's triggers without the nouns that are the object of the
    verb of their own type right before them (see ``_object_of_same_type``)."""
    out: list[Hit] = []
    for t in triggers:
        if not _object_of_same_type(t, out[-1] if out else None, ntext, syntax):
            out.append(t)
    return out


def _object_of_same_type(trigger: Hit, previous: Hit | None, ntext: str, syntax: Syntax) -> bool:
    """ "would provide $1.5 billion in assistance", "imposed new sanctions":
    a noun of the verb's own type right after it is its object, one event."""
    return (
        previous is not None
        and previous.entry.affix == "verb"
        and trigger.entry.affix != "verb"
        and previous.entry.value == trigger.entry.value
        and 0 <= trigger.start - previous.end <= 60
        and not _break_between(ntext, previous.end, trigger.start, syntax)
    )


def _gerund_content(trigger: Hit, previous: Hit | None, ntext: str, syntax: Syntax) -> bool:
    """ "convicted of killing", "accused of attacking", "charged with
    spying": a gerund after "of"/"with" is what the earlier trigger is about."""
    if previous is None or previous.end > trigger.start or not syntax.gerund_markers:
        return False
    if not ntext[trigger.base_start : trigger.end].endswith(syntax.gerund_endings):
        return False
    if _prev_word(ntext, trigger.start) not in syntax.gerund_markers:
        return False
    return trigger.start - previous.end < 80 and not _break_between(
        ntext, previous.end, trigger.start, syntax
    )


def outside_context_phrases(triggers: list[Hit], ntext: str, syntax: Syntax) -> list[Hit]:
    """The triggers that are no background noun after "amid" ("در میان
    مذاکرات", "في خضم المحادثات"): for languages without the clause-level
    reading of ``syntax_triggers``, which drops them itself."""
    if not syntax.context_preps:
        return triggers
    return [t for t in triggers if not _in_context_phrase(t, ntext, syntax)]


def _in_context_phrase(trigger: Hit, ntext: str, syntax: Syntax) -> bool:
    """A noun after "amid" (through its determiners) is the background of the
    sentence's event, and so is a deed after "after" or "following" ("closed
    its border after the embassy attack"); a meeting after "after" may still
    be news of its own ("signed after talks in Cairo")."""
    if trigger.entry.affix == "verb":
        return False
    preps = syntax.context_preps
    if trigger.entry.value in DEEDS:
        preps = preps | syntax.deed_context_preps
    if not preps:
        return False
    pos = trigger.start
    for _ in range(3):
        word = _prev_word(ntext, pos)
        if word in preps:
            return True
        if word not in syntax.determiners and not (syntax.modifiers_before and _is_modifier(word)):
            return False
        pos = ntext.rfind(word, 0, pos)
        if pos < 0:
            return False
    return False


def _is_modifier(word: str) -> bool:
    """A short plain word that may stand inside a noun phrase ("embassy
    raid", "deadly clashes"): letters only."""
    return word.isalpha() and len(word) > 2


def _compound(hit: Hit, ntext: str) -> bool:
    """A verb glued to the word before by a hyphen is part of a compound
    adjective ("anti-ship missiles", "U.S.-drafted plan")."""
    return hit.entry.affix == "verb" and hit.start > 0 and ntext[hit.start - 1] == "-"


# In ``triggers.FRAME_TRIGGERS``, an object written as this marker stands for
# a named actor ("received William Ruto", "hosted the Kenyan president").
ACTOR_OBJECT = "@actor"
_ACTOR_OBJECT_KINDS = {"person", "state", "state_adj", "capital", "igo", "role", "group"}
# Words at most between such a verb and its named object ("received the
# visiting Kenyan president"); further on, the actor belongs to another phrase.
_ACTOR_OBJECT_GAP = 3
# Hits that make a person or a body of the state adjective before them.
_TITLE_KINDS = {"role", "agent", "institution", "person"}


# english72: an object written as this marker stands for a bare town's name
# ("the Taliban captured Kunduz", "Iraqi forces retook Mosul"): the town, not
# the state it is in, is what a verb of seizing takes.
TOWN_OBJECT = "@town"
_TOWN_OBJECT_KINDS = {"city", "capital"}


# mendA72: how far (characters) from a bare town an armed doer of its
# seizure may stand, in the town's clause: the subject before the verb, the
# "by" phrase after a passive, or a subject after the verb.
_DOER_REACH = 80


@cache
def _marker_frames(lang: str, marker: str) -> tuple[str, ...]:
    """The frames ("ASSAULT/capture") whose objects include ``marker``
    (``ACTOR_OBJECT``, ``TOWN_OBJECT``), read once per language."""
    table = getattr(load(lang, "triggers"), "FRAME_TRIGGERS", {})
    return tuple(f"{t}/{m}" for (t, m), (_, objs) in table.items() if marker in objs)


@cache
def _institution_agents() -> dict[str, str]:
    """The agent each institution implies (``xx/agents.INSTITUTION_AGENTS``:
    "the army" is the military), read once."""
    return dict(shared_field("INSTITUTION_AGENTS"))


def _armed(hit: Hit) -> bool:
    """Whether an actor hit names an armed doer: an armed agent ("troops",
    "police"), a named group of an armed agent ("the Taliban", "M23"), or
    a state named as a whole, which counts as its government; an
    institution by the agent it implies ("the Iraqi army": MIL, mendF73)."""
    armed = shared_set("ARMED")  # the agents that may take a town by force
    kind, value, extra = hit.entry.kind, hit.entry.value, hit.entry.extra
    if kind == "agent":
        return value in armed
    if kind == "institution":
        return _institution_agents().get(value, "") in armed
    if kind == "group":
        return bool(extra) and extra[0] in armed
    return kind == "state" and "GOV" in armed


def _towns_as_objects(actor_hits: list[Hit], ntext: str, syntax: Syntax, lang: str) -> list[Hit]:
    """Town hits as objects of the frames that take a bare town (english72),
    when an armed doer stands in the town's clause (mendA72): "the
    photographer captured Paris", "satellites captured Mariupol" and "Paris
    was captured on camera by tourists" take no town by force."""
    frames = _marker_frames(lang, TOWN_OBJECT)
    if not frames:
        return []
    entry = Entry(FRAME_OBJECT, "frame_object", TOWN_OBJECT, "noun", frames)
    doers = sorted((h for h in actor_hits if _armed(h)), key=lambda h: h.start)
    starts = [d.start for d in doers]
    longest = max((d.end - d.start for d in doers), default=0)
    return [
        replace(h, entry=entry)
        for h in actor_hits
        if h.entry.kind in _TOWN_OBJECT_KINDS
        and _doer_near(h, _within_reach(h, doers, starts, longest), ntext, syntax)
    ]


def _within_reach(town: Hit, doers: list[Hit], starts: list[int], longest: int) -> list[Hit]:
    """The doers (sorted by start, ``starts`` their starts) that may stand
    within ``_DOER_REACH`` of ``town``: found by bisection, so a long document
    with many towns and doers costs per town what a short one does (looking
    at every doer made a 1.7 MB document run for minutes)."""
    lo = bisect_left(starts, town.start - _DOER_REACH - longest)
    return doers[lo : bisect_right(starts, town.end + _DOER_REACH)]


def _doer_near(town: Hit, doers: list[Hit], ntext: str, syntax: Syntax) -> bool:
    """Whether one of ``doers`` stands within ``_DOER_REACH`` characters of
    ``town``, before or after it, with no clause break between."""
    for doer in doers:
        if town.start - _DOER_REACH <= doer.end <= town.start:
            gap = ntext[doer.end : town.start]
        elif town.end <= doer.start <= town.end + _DOER_REACH:
            gap = ntext[town.end : doer.start]
        else:
            continue
        if _SENTENCE_END.search(gap):
            continue
        if not has_break(gap, syntax.clause_breaks):
            return True
    return False


def _bare_town(gap: str, town: Hit, ntext: str, syntax: Syntax) -> bool:
    """Whether a town after a frame verb is its whole object: only words of
    ``context.TOWN_OBJECT_LEADS`` between ("captured the northern town" is
    the noun's frame; "captured Kunduz", "retook eastern Aleppo"), and after
    it nothing that makes it a modifier or an owner ("captured Kandahar
    airport" is the airport's; "seized Tehran's assets", "captured Kabul
    residents"): the clause or sentence ends, or a word of
    ``context.TOWN_OBJECT_FOLLOWERS`` ("on", "from", "and", "after") comes."""
    if any(w not in syntax.town_leads for w in gap.split()):
        return False
    rest = ntext[town.end : town.end + 40].split()
    nxt = rest[0] if rest else ""
    if not nxt or nxt in syntax.town_followers:
        return True
    return not nxt[0].isalnum() and not nxt.startswith(syntax.town_owner_marks)


def _town_subject(town: Hit, between: int, ntext: str, syntax: Syntax) -> bool:
    """Whether a town before a passive verb of seizing is its whole subject
    ("Kunduz was captured by the Taliban"): only auxiliaries between
    (``between`` other words: none), and the town opens its clause or
    follows a word of ``context.TOWN_SUBJECT_AFTER`` ("officials said
    Kunduz was captured"); after a preposition it is where a captive came
    from ("a commander from Kunduz was captured": english72)."""
    if between:
        return False
    before = ntext[max(0, town.start - 40) : town.start].split()
    last = before[-1] if before else ""
    return not last or not last[-1].isalnum() or last in syntax.town_subject_after


def _actors_as_objects(actor_hits: list[Hit], lang: str) -> list[Hit]:
    """Actor hits as objects of the frames that take a named actor."""
    frames = _marker_frames(lang, ACTOR_OBJECT)
    if not frames:
        return []
    entry = Entry(FRAME_OBJECT, "frame_object", ACTOR_OBJECT, "noun", frames)
    starts = {h.start for h in actor_hits if h.entry.kind in _TITLE_KINDS}
    return [
        replace(h, entry=entry)
        for h in actor_hits
        if h.entry.kind in _ACTOR_OBJECT_KINDS
        and (h.entry.kind != "state_adj" or _titled(h, starts))
    ]


def _titled(adjective: Hit, title_starts: set[int]) -> bool:
    """A state's adjective names an actor only before a title or an agent
    noun ("the Kenyan president"); before a thing it says whose the thing
    is ("received Iranian weapons")."""
    return any(adjective.end + gap in title_starts for gap in (1, 2))


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """``pos`` lies in one of the sorted ``spans`` (bisect: linear overall)."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    while i >= 0 and spans[i][0] <= pos:
        if pos < spans[i][1]:
            return True
        if spans[i][1] <= spans[i][0]:
            break
        i -= 1
        if i >= 0 and spans[i][1] <= pos:
            break
    return False


def _actor_spans(actor_hits: list[Hit]) -> set[tuple[int, int]]:
    return {(h.start, h.end) for h in actor_hits}


def _noun_modifier(hit: Hit, ntext: str, syntax: Syntax) -> bool:
    """A common noun after an article modifies the next noun ("the embassy
    attack", "a police raid") rather than being its subject."""
    return hit.entry.kind in ("agent", "role", "institution") and (
        _prev_word(ntext, hit.start) in syntax.determiners
    )


def _noun_readings(triggers: list[Hit], lex: Lexicon, ntext: str) -> dict[int, Hit]:
    out: dict[int, Hit] = {}
    for t in triggers:
        if t.entry.affix != "verb":
            continue
        found = lex.automaton.get(ntext[t.base_start : t.base_end], None)
        if not found:
            continue
        noun = next(
            (e for e in found[1] if e.layer == EVENT and e.kind == "trigger" and e.affix == "noun"),
            None,
        )
        if noun is not None:
            out[t.start] = replace(t, entry=noun)
    return out


def governed_out(
    triggers: list[Hit],
    mentions: list,
    ntext: str,
    syntax: Syntax,
    end: int,
    held: frozenset[int] = frozenset(),
) -> tuple[list[Hit], set[int]]:
    """Triggers that are the content of another one in the sentence.

    Noun triggers after a verb of reaction, threat or request in the same
    clause ("condemned the attack", "blocked the aid package"), unless their
    own participants are stated ("welcomed the release of prisoners by
    Belarusian authorities"); verbs in a relative clause of that object ("a
    resolution that called for"); anything after a threat ("warned that it
    could freeze talks") or after a speech verb opening a clause (", saying
    talks would not help"); verbs after a modal of speculation ("could
    attack"). Returns the triggers kept and the starts of those kept only
    because their participants are stated (their participants are those
    written after them). ``held``: the starts of meetings in which the
    request or blame was made ("called for … during a meeting with …"),
    no content of it."""
    governors = [t for t in triggers if t.entry.value in GOVERNORS and t.entry.affix == "verb"]
    speech = speech_start(ntext, triggers, syntax, end)
    out: list[Hit] = []
    stated: set[int] = set()
    for t in triggers:
        if speech is not None and t.start > speech:
            continue
        if t.entry.affix == "verb" and _prev_word(ntext, t.start) in syntax.speculative:
            continue
        if t.start not in held and any(
            _governs(g, t, ntext, syntax) for g in governors if g is not t
        ):
            if not _participants_stated(t, mentions, ntext, syntax):
                continue
            stated.add(t.start)
        out.append(t)
    return out, stated


def _governs(g: Hit, t: Hit, ntext: str, syntax: Syntax) -> bool:
    if g.end > t.start:
        return False
    if g.entry.value == "THREATEN":
        return True  # what is threatened is no event ("warned that it could freeze talks")
    if _break_between(ntext, g.end, t.start, syntax):
        return False
    if t.entry.affix != "verb":
        return True  # "condemned the attack"
    gap = ntext[g.end : t.start]
    if g.entry.value == "REQUEST" and any(f" {w} " in gap for w in syntax.request_openers):
        return True  # what is asked for: "demanded that Britain release the tanker"
    word = ntext[t.base_start : t.end]
    # "a resolution that called for …", "a statement condemning the attacks"
    return _prev_word(ntext, t.start) in syntax.relatives or word.endswith(syntax.gerund_endings)


def speech_start(ntext: str, triggers: list[Hit], syntax: Syntax, end: int) -> int | None:
    """Where a clause of reported speech opens (", saying …") after the
    sentence's first trigger and before ``end``."""
    if not syntax.speech_openers or not triggers:
        return None
    first = min(t.start for t in triggers)
    found = [ntext.find(", " + o + " ", first, end) for o in syntax.speech_openers]
    found = [i for i in found if i >= 0]
    return min(found) if found else None


def _break_between(ntext: str, a: int, b: int, syntax: Syntax) -> bool:
    """A clause ends between ``a`` and ``b``: punctuation or a word opening
    a subordinate clause ("… to scrap tariffs when they meet")."""
    gap = ntext[a:b]
    if _SENTENCE_END.search(gap) or any(f" {w} " in gap for w in syntax.subordinators):
        return True
    return has_break(gap, frozenset(c for c in syntax.clause_breaks if c != '"'))


def _participants_stated(t: Hit, mentions: list, ntext: str, syntax: Syntax) -> bool:
    return bool(stated_doers(t, mentions, ntext, syntax))


def stated_doers(t: Hit, mentions: list, ntext: str, syntax: Syntax) -> list:
    """The mentions a deed's noun names as its doers right after it ("the
    storming of the mosque by Israeli settlers", ``context.AGENT_MARKERS``)."""
    window = ntext[t.end : t.end + 40]
    for marker in syntax.agent_markers:
        i = window.find(" " + marker + " ")
        if i < 0 or _break_between(ntext, t.end, t.end + i, syntax):
            continue
        at = t.end + i + len(marker) + 2
        doers = [m for m in mentions if at <= m.start <= at + 25]
        if doers:
            return doers
    return []
