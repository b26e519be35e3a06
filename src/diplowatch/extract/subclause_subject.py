"""A deed told in a complement clause that names its own subject.

"X با اشاره به اینکه Y جزایر را تهدید می‌کند، گفت …", "X said that Y
threatens the islands": the clause after "اینکه" or "that" has its own
subject, written first and unmarked before its verb, and that subject did
the deed. The speaker named before the opener only tells of it; taken as
the first side, he was read as the doer. The sides of a deed in such a
clause are read from the clause alone.

Only a complement clause counts. A Persian "که" right after a noun opens a
relative clause ("X که دیروز … سفر کرده بود از Y استقبال کرد"), which
closes before the main verb, whose doer is X: such a "که" counts only right
after a verb ("اعلام کرد که", "گفت که"). The trigger must be the clause's
own verb, with no verb between the opener and it, or the clause has ended
before it. A clause whose first side is an object ("اینکه ترکیه را …") or
a preposition's ("اینکه به ترکیه …") has dropped its subject, which may
be the speaker's: it is left alone. So is a refusal ("the report shows that
the bank refused to answer"): whom it refuses is often the teller, who
asked. A deed that needs two sides keeps the speaker when the clause names
only one ("Britain said that Russia expelled two of its diplomats"): the
speaker may be its other side (one state named twice, "US officials … the
US", is one side). The openers are language data
(``SUBCLAUSE_OPENERS``, ``VERB_BOUND_OPENERS``, ``SAYING_VERBS``).
mendB79: not where the speaker only told the clause as the subject of its
verb of saying ("Germany said that China imposed sanctions"): a teller is
no side of a directed deed he tells, unless the report points back to him.

agents62fa: a clause joined to one its verb has ended ("اقتصاد ترکیه ضعیف
است و پلیس معترضان را بازداشت کرد", "… است اما …", "… است، …") names its
own subject the same way: a joiner right after a verb opens it
(``CLAUSE_JOINERS``, ``CLAUSE_JOINING_MARKS``); after no verb it is a list
("آمریکا و آلمان") and opens nothing. A state named whole in the finished
clause and an agent of it in the new one are two sides there (the police,
not Turkey, arrested), where after a complement opener they are one."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from diplowatch.event_types import having
from diplowatch.extract.actor_context import Context
from diplowatch.extract.actors import Mention
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.joined import passive
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.participants import unit
from diplowatch.extract.reported_owner import points_back
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.breaks import first_break
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS

# How many words may stand between the clause's subject and its verb: a
# verb-final clause holds its objects there ("ترکیه جزایر یونان را تهدید"),
# elsewhere the verb follows its subject closely ("Turkey has threatened").
_REACH_VERB_FINAL = 8
_REACH = 3
# How far back an opener is looked for.
_SPAN = 200
# How many words may stand between a teller and his verb of saying after
# it: a time and a venue ("آلمان روز دوشنبه در بیانیه‌ای اعلام کرد").
_TELLER_GAP = 5
# Types whose target is often the teller, who asked what is refused.
_TOLD_TO = having("refusal")
_ONE_SIDED = having("one_sided")


def subclause_people(
    trig: Hit,
    etype: str,
    people: list[Mention],
    ntext: str,
    ctx: Context,
    s: Sentence | None = None,
) -> list[Mention]:
    """``people`` without those named before the opener of the complement
    clause whose own verb ``trig`` (of type ``etype``) is, where that clause
    names its own unmarked subject right after the opener; ``people``
    unchanged otherwise. ``s``: the sentence, whose verbs of saying tell
    whether the earlier side only told the clause (``_only_told``)."""
    if etype in _TOLD_TO:
        return people
    found = _clause_subject(trig, people, ntext, ctx)
    if found is None:
        return people
    inside, subject, joined = found
    if etype in _ONE_SIDED or len(_sides_of(inside, joined)) >= 2:
        return inside
    if joined or s is None or _passive(trig, ntext, ctx):
        return people  # "Germany said that Turkey was sanctioned": by whom, untold
    if _only_told(s, trig, people, subject, ntext, ctx):
        # "Germany said that China imposed sanctions": China alone
        return [m for m in people if m.end > subject[0].start]
    return people  # "… that Russia expelled its diplomats": the speaker's


def _only_told(
    s: Sentence, trig: Hit, people: list[Mention], subject: list[Mention], ntext: str, ctx: Context
) -> bool:
    """mendB79: whether the side named before the complement clause only
    told it: the subject of a verb of saying (``lexicon.SAYING_KINDS``)
    right before the clause's subject, named close to that verb with no
    clause break ("Germany said that China …", "قالت ألمانيا إن الصين …",
    "آلمان گفت که چین …"). Its teller is no side of the deed told, as an
    announcer is none (``announcers``), unless the report points back to
    him ("its diplomats", ``reported_owner``). A side of an earlier clause
    ("قال إن ليبيا تحتاج … وأضاف أن تركيا تبرعت") and a main verb of
    another kind ("X warned Y that …") are left as they were."""
    start = subject[0].start
    tellers = [m for m in people if m.end <= start]
    said = [c for c in s.cues if c.entry.kind in SAYING_KINDS and c.end <= start]
    if not said or not tellers:
        return False
    cue = max(said, key=lambda c: c.end)  # the verb whose clause this is
    if CLAUSE_BREAKS & set(ntext[min(cue.start, tellers[0].start) : start]):
        return False
    if not _teller_of(cue, tellers, ntext, ctx):
        return False
    return not points_back(s, ntext, trig, cue.end, subject[-1].end, ctx)


def _teller_of(cue: Hit, tellers: list[Mention], ntext: str, ctx: Context) -> bool:
    """Whether ``tellers`` are the subject of the verb of saying ``cue``:
    right after it where the subject follows its verb ("قالت ألمانيا إن",
    not "قال إن ليبيا …", the told clause's own subject), elsewhere the
    nearest of them a few words before it with no verb or conjunction
    between ("Germany said", "آلمان روز دوشنبه اعلام کرد"; not "Libya
    needs help and added")."""
    before = [m for m in tellers if m.end <= cue.start]
    after = [m for m in tellers if m.start >= cue.end]
    if len(before) + len(after) != len(tellers):
        return False  # a mention across the verb: not one named beside it
    if ctx.subject_after_verb:
        return not before and not ntext[cue.end : after[0].start].split()
    if after or not before:
        return False
    gap = ntext[before[-1].end : cue.start].split()
    stops = _union(_verbs(ctx), _union(ctx.coordinators, ctx.clause_joiners))
    return len(gap) <= _TELLER_GAP and not stops.intersection(gap)


def lone_subject_sides(
    trig: Hit, etype: str, people: list[Mention], ntext: str, ctx: Context
) -> list[list[Mention]] | None:
    """precision78fa: the sides of a deed whose complement or joined clause
    names its own unmarked subject and no other side ("فرانسه آماده است
    اما ایران پیشنهاد را رد کرد", "Britain said that Russia rejected the
    plan"): that subject did the deed, and whoever the earlier words name
    comes after it, the teller or the other party. Read in the order of
    mention, the earlier clause's state led and the doer was its target.
    Not for a passive (``_passive``), whose subject underwent the deed.
    refusal79: a refusal too (the refuser leads, its teller after it).
    mendB79: a teller who only said the clause is out already
    (``subclause_people``, refusals aside), so the earlier side here is a
    party of a joined clause, a refusal's teller, or one the report points
    back to ("its diplomats"). None otherwise."""
    found = _clause_subject(trig, people, ntext, ctx, articles=True)
    if found is None:
        return None
    inside, subject, joined = found
    if _passive(trig, ntext, ctx):  # after the clause is found (review79, finding 8)
        return None
    if len(_sides_of(inside, joined)) != 1:
        return None
    before = [m for m in people if m.end <= subject[0].start]
    if len(before) + len(inside) != len(people):
        return None  # someone named after the clause: the main clause's reading
    pairs = [[s, o] for s in subject for o in before if unit(s) != unit(o)]
    return pairs or None


def _passive(trig: Hit, ntext: str, ctx: Context) -> bool:
    """Whether the trigger is a passive, whose clause subject underwent the
    deed: an auxiliary before the verb ("was sanctioned") or a passive's
    light verb right after it ("… که ایران تحریم شد")."""
    if passive(trig, ntext, _union(ctx.syntax.passive_aux, ctx.deed_passive_aux)):
        return True
    return _passive_after(trig, ntext, ctx.passive_verbs)


def _passive_after(trig: Hit, ntext: str, passive_words: frozenset[str]) -> bool:
    """Whether a passive's light verb closes the trigger or follows it."""
    words = ntext[trig.start : trig.end + 24].split()
    own = len(ntext[trig.start : trig.end].split())
    near = words[max(0, own - 1) : own + 1]
    return any(w.rstrip(_CLOSING_MARKS) in passive_words for w in near)


def _clause_subject(
    trig: Hit, people: list[Mention], ntext: str, ctx: Context, articles: bool = False
) -> tuple[list[Mention], list[Mention], bool] | None:
    """The people of the complement (or joined) clause whose own verb
    ``trig`` is, its unmarked subject group right after the opener, and
    whether a joiner opened it; None when the clause names no such
    subject or holds everyone."""
    # the cheap test first (speed72a): a noun with no light verb after it,
    # every noun of a language without light verbs, needs no opener looked for
    if not people or not _predicate(trig, ntext, ctx):
        return None
    found = _opener_end(trig, ntext, ctx)
    if found is None:
        return None
    opener, joined = found
    # read no further than the last person: beyond, no break changes who is inside
    close = _clause_close(trig.end, ntext, max(m.start for m in people) + 1)
    inside = [m for m in people if opener <= m.start < close]
    if not inside or len(inside) == len(people):
        return None
    subject = coordinated_groups(inside, ntext, ctx.coordinators, ctx.adjacent_coordinated)[0]
    if _verb_first(trig, subject, opener, ntext, ctx):
        return inside, subject, joined
    gap = ntext[opener : subject[0].start]
    if subject[-1].end > trig.start or not _bare_gap(gap, ctx, articles):
        return None
    after = ntext[subject[-1].end : trig.start].split()
    first = ntext[subject[-1].end : trig.end].split()[:1]  # the trigger may hold "را"
    if first and first[0] in ctx.object_markers:
        return None  # "اینکه ترکیه را …": the object; the subject is dropped
    reach = _REACH_VERB_FINAL if ctx.verb_final else _REACH
    if len(after) > reach or set(after) & (_verbs(ctx) | ctx.phrase_breaks):
        return None  # a verb between: the trigger is a later clause's
    return inside, subject, joined


def _verb_first(trig: Hit, subject: list[Mention], opener: int, ntext: str, ctx: Context) -> bool:
    """genitive82ar: whether the clause puts its verb first, right after the
    opener, and its subject right after the verb ("بعد أن اعتقل الجيش
    الأمريكي …", "after the US army arrested"): in a language whose subject
    follows its verb (``SUBJECT_AFTER_VERB``) that subject did the deed, not
    the main clause's subject or object named before the opener. A verb of
    ``UNDERGONE_DEEDS`` ("قتل", "اعتقل") reads as a passive too ("بعد أن
    قتل جنديان": two soldiers were killed): its subject counts only when it
    is a state or written with the article, as victims seldom are. A word
    of ``UNDERGO_VERBS`` is never an active deed ("استشهاد", listed among
    the verbs, is a noun whose genitive was killed)."""
    if not ctx.subject_after_verb or trig.entry.affix != "verb":
        return False
    if ntext[opener : trig.start].split() or ntext[trig.end : subject[0].start].split():
        return False
    verb = ntext[trig.start : trig.end]
    if verb in ctx.undergo_verbs:  # "أن استشهاد السلطاني …": a noun, whose genitive died
        return False
    first = subject[0]
    undergone = verb in ctx.undergone_deeds
    return not (undergone and first.agent and not _with_article(first, ntext, ctx))


def _with_article(m: Mention, ntext: str, ctx: Context) -> bool:
    """Whether ``m``'s first word opens with the article (``DEFINITE_PREFIXES``:
    "الجيش", "والشرطة")."""
    return ntext.startswith(ctx.definite_prefixes or ("\0",), m.start)


def _bare_gap(gap: str, ctx: Context, articles: bool) -> bool:
    """Whether nothing stands between the opener and the clause's subject;
    refusal79: or, with ``articles``, nothing but determiners ("said that
    the Afghan central bank refused …"), read only where the clause names
    its subject and no other side (``lone_subject_sides``): dropping the
    speaker for every deed so (``subclause_people``) lowered the agents of
    the challenge's English held-out half."""
    words = set(gap.split())
    return not words or (articles and words <= ctx.syntax.determiners)


def _clause_close(pos: int, ntext: str, stop: int) -> int:
    """Where the clause going on at ``pos`` closes: at the next clause break
    ("…، گفت تهران آماده است": who is named after it is the main clause's),
    or at ``stop`` (a one-line text of megabytes is not read to its end for
    every trigger)."""
    return first_break(ntext, pos, stop, CLAUSE_BREAKS)


def _verbs(ctx: Context) -> frozenset[str]:
    """Words that end a clause as its verb: a light verb or one of saying."""
    return _union(ctx.light_verbs, ctx.saying_verbs)


@lru_cache(maxsize=16)
def _union(words: frozenset[str], more: frozenset[str]) -> frozenset[str]:
    """``words | more``, joined once per language (speed72a: the verbs were
    joined for every word read before a joiner, the openers for every
    trigger; what reads them takes a maximum, in no order of the set)."""
    return words | more


# What a light verb closing the clause may carry glued to it ("بازداشت کرد.")
_CLOSING_MARKS = "".join(sorted(CLAUSE_BREAKS | SENTENCE_STOPS))


def _predicate(trig: Hit, ntext: str, ctx: Context) -> bool:
    """The trigger is the clause's verb, or a noun its light verb follows
    ("شلیک کرده است"): a noun of comment inside the clause ("بر اثر
    رفتار خشن ماموران …") is the speaker's judgement, not the subject's deed."""
    if trig.entry.affix == "verb":
        return True
    # the light verb may close the sentence or clause ("بازداشت کرد.")
    after = ntext[trig.end : trig.end + 24].split()[:2]
    return any(w.rstrip(_CLOSING_MARKS) in ctx.light_verbs for w in after)


def _sides_of(inside: list[Mention], joined: bool) -> set[object]:
    """The distinct sides the clause names: by state (or agent) after a
    complement opener, where a speaker's own state told twice is one side;
    by state and agent after a clause joiner, whose finished clause is no
    frame of saying ("… و پلیس معترضان را بازداشت کرد": police and crowd of
    one state are two sides)."""
    if joined:
        return {(m.code, m.agent) for m in inside}
    return {m.code or m.agent for m in inside}


def _opener_end(trig: Hit, ntext: str, ctx: Context) -> tuple[int, bool] | None:
    """Where the nearest complement opener (or clause joiner) before the
    trigger ends, with no clause break between, and whether it is a joiner;
    None when there is none, or when the nearest opener is a verb-bound one
    ("که") after no verb: a relative clause's. A joiner after no verb ("X و
    Y", a list) is no opener at all."""
    lo = max(0, trig.start - _SPAN)
    span = f" {ntext[lo : trig.start]}"
    openers = _union(ctx.subclause_openers, ctx.verb_bound_openers)
    found = [(span.rfind(f" {o} "), o) for o in openers]
    # the opener that ends last, the longest of those ("این که", not "که")
    best = max(((at + 1 + len(o), len(o), at, o) for at, o in found if at >= 0), default=None)
    joiner = _joiner_end(span, ctx)
    if joiner is not None and (best is None or joiner > best[0]):
        return lo + joiner - 1, True
    if best is None or CLAUSE_BREAKS & set(span[best[0] :]):
        return None
    end, _, at, word = best
    bound = word in ctx.verb_bound_openers and word not in ctx.subclause_openers
    if bound and not _after_verb(span, at, ctx, ctx.showing_verbs):
        return None
    return lo + end - 1, False


def _joiner_end(span: str, ctx: Context) -> int | None:
    """Where in ``span`` the last clause joiner (a word or a comma) right
    after a verb ends ("… ضعیف است و", "… ضعیف است،"), with no clause break
    after it; None when there is none."""
    ends = [
        at + 1 + len(w)
        for w in ctx.clause_joiners
        for at in _places(span, f" {w} ")
        if _after_verb(span, at, ctx)
    ]
    # a comma glued to the verb ("… ضعیف است، پلیس …") joins as a word does
    ends += [
        at + 1
        for mark in ctx.clause_joining_marks
        for at in _places(span, mark)
        if _after_verb(span, at, ctx)
    ]
    end = max(ends, default=None)
    if end is None or CLAUSE_BREAKS & set(span[end:]):
        return None
    return end


def _places(span: str, needle: str) -> Iterator[int]:
    """Every index where ``needle`` starts in ``span`` (overlaps included):
    ``str.find`` leaps over the text a test of each position would walk."""
    at = span.find(needle)
    while at >= 0:
        yield at
        at = span.find(needle, at + 1)


def _after_verb(span: str, at: int, ctx: Context, more: frozenset[str] = frozenset()) -> bool:
    """Whether the word before ``at`` in ``span`` ends a clause as its verb
    (or is one of ``more``: a verb only a complement opener is bound to)."""
    before = span[:at].split()[-1:]
    return bool(before) and (before[0] in _verbs(ctx) or before[0] in more)
