"""The speaker as a side: a first-person deed, or a subject the verb carries.

"سخنگوی حماس نوشت: ما به مردم غزه تبریک می‌گوییم": a deed told in the
first person inside reported speech is the speaker's
(``speaker_in_first_person``); "ارتش عراق اعلام کرد که … عقب‌نشینی کرده
است": where the verb carries its subject, a deed reported right after a
verb of saying whose clause names no subject is the speaker's
(``speaker_as_dropped_subject``). Also whether a deed is told in the
passive (``passive_deed``), which the pool of a quote asks too. Apart from
``parties`` as one reading of who speaks and of the verb's person.
"""

from __future__ import annotations

import re
from typing import Any

from diplowatch.extract.actors import Mention, previous_word
from diplowatch.extract.final_verb import verb_end
from diplowatch.extract.participants import unit
from diplowatch.extract.quote_opening import REPORT_SAYING, quote_start
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN, longer_than

# a run of word characters (``re.finditer(r"\w+")``), read only as far as
# a rule counts words; words and single marks one by one
_WORDS = re.compile(r"\w+|[^\w\s]")

# English "said" (``ATTRIBUTION_CUES``): no verb that carries its subject
_ATTRIBUTION = frozenset({"attribution"})


# Characters after a side in which its object marker ("را") is looked for.
_MARK_REACH = 6


# How far after a noun trigger its verb may stand: it closes the clause
# after the noun's object ("جواب سختی به رژیم صهیونیستی خواهیم داد", we will
# give the Zionist regime a harsh answer).
NOUN_VERB_WORDS = 7


NOUN_VERB_CHARS = 50


def _own_verb_words(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> list[str]:
    """The words that may hold the trigger's own verb: its first four up to
    a clause break, or, for a noun whose light verb does not follow at once
    (``verb_end`` finds none), up to ``NOUN_VERB_WORDS`` — never past
    another trigger, whose verb that would be ("ما از اعتصاب … حمایت
    می‌کنیم": the strike is not ours)."""
    own = verb_end(trig, ntext, ctx.light_verbs, ctx.auxiliaries)
    far = own is None
    # a verb's person is on the verb itself: "… خارج کردند اقدام کنیم" is
    # not ours for the withdrawal
    limit = own if own is not None else trig.end + NOUN_VERB_CHARS
    if far:
        limit = min([limit, *(t.start for t in s.triggers if t.start >= trig.end)])
    stop = trig.end
    while stop < min(s.end, limit) and ntext[stop] not in CLAUSE_BREAKS:
        stop += 1
    return WORD_RUN.findall(ntext[trig.start : stop])[: NOUN_VERB_WORDS if far else 4]


def speaker_in_first_person(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """A deed told in the first person inside reported speech is the
    speaker's ("سخنگوی حماس نوشت: ما به مردم غزه تبریک می‌گوییم"): the first
    actor of the reporting clause takes part (``context.FIRST_PERSON_VERBS``,
    for languages whose verbs carry the person); one behind a preposition
    ("در دیدار با X، Y گفت") is no speaker, nor one its object marker
    follows ("وی با بیان اینکه نباید دولت را تخریب کنیم، گفت: ما …",
    requests67fa). A reporting clause that names
    none ("وی افزود: ما …") has the speaker an earlier sentence named
    (``Sentence.told_speaker``)."""
    quote = quote_start(ntext, s.start, trig.start, s.cues)
    if quote is None:
        return people
    if len({unit(m) for m in people}) > 1 and not _all_marked_objects(
        people, quote, trig, ntext, ctx
    ):
        return people
    if not _first_person_told(s, trig, quote, ntext, ctx):
        return people
    # speed78a: the prepositions joined only where a speaker is looked for
    preps = ctx.target_preps | ctx.place_preps | ctx.about_preps
    speaker = next(
        (
            m
            for m in s.mentions
            if m.start < quote
            and not (m.location_only or m.place or m.topic or m.source)
            and (m.code or m.agent)
            and previous_word(ntext, m.start) not in preps
            and not ctx.object_markers & set(ntext[m.end : m.end + _MARK_REACH].split()[:1])
        ),
        None,
    )
    if speaker is None and not any(m.start < quote for m in s.mentions):
        speaker = s.told_speaker  # "وی افزود: ما …": who spoke before goes on
    if speaker is None or unit(speaker) in {unit(m) for m in people}:
        return people
    return sorted([*people, speaker], key=lambda m: m.start)


def _first_person_told(s: Sentence, trig: Hit, quote: int, ntext: str, ctx: Any) -> bool:
    """Whether the deed of ``trig`` is told in the first person: its verb
    carries the person (``context.FIRST_PERSON_VERBS``), or colon57: the
    quote opens on a pronoun of the speaker's own (``FIRST_PERSON_SUBJECTS``:
    'قال: "نحن استهدفنا …"', 'said: "We struck …"') with no clause break
    before the trigger."""
    verbs = ctx.first_person_verbs
    if verbs:
        endings = longer_than(verbs, 2)
        if any(w in verbs or w.endswith(endings) for w in _own_verb_words(s, trig, ntext, ctx)):
            return True
    if not ctx.first_person_subjects:
        return False
    lead = ntext[quote : trig.start]
    words = WORD_RUN.findall(lead)[:2]
    return any(w in ctx.first_person_subjects for w in words) and not CLAUSE_BREAKS & set(lead)


def _all_marked_objects(people: list[Mention], quote: int, trig: Hit, ntext: str, ctx: Any) -> bool:
    """roles52: whether every side of a first-person deed stands inside the
    quotation, before its verb, marked as the verb's object ("از ایران و
    روسیه تشکر می‌کنیم", "به ملت و ارتش لبنان تبریک می‌گوییم"): none is
    the subject, which is the "we" the verb carries, so several of them
    are all whom the speaker acts on."""
    return all(
        quote <= m.start and m.end <= trig.start and _marked_object(m, trig, ntext, ctx)
        for m in people
    )


def _not_target_or_about(word: str, ctx: Any) -> bool:
    """``word not in ctx.target_preps | ctx.about_preps``, the union not
    built for every mention asked."""
    return word not in ctx.target_preps and word not in ctx.about_preps


def speaker_as_dropped_subject(
    s: Sentence,
    trig: Hit,
    people: list[Mention],
    ntext: str,
    ctx: Any,
    saying: frozenset[str] = REPORT_SAYING,
) -> list[Mention]:
    """ "ارتش عراق اعلام کرد که از شهر رمادی عقب‌نشینی کرده است": where the
    verb carries its subject (``context.DROPPED_SUBJECT_IS_SPEAKER``), a deed
    reported right after a verb of saying whose clause names no subject —
    only objects and places, marked as such ("… را", "به …", "از …") — is the
    speaker's own, as "said it withdrew" is in English. Not inside a
    quotation ("X گفت: «…»"), where a third person is someone else
    (``saying``: the cue kinds that open what is said, as ``quoted_pool.quoted_pool``
    reads them)."""
    verb = _opening_report(s, trig, ntext, ctx, saying)
    if verb is None or passive_deed(s, trig, ntext, ctx):
        return people
    named = [m for m in s.mentions if verb.end <= m.start < trig.start]
    if any(not _marked_object(m, trig, ntext, ctx) for m in named):
        return people  # the reported clause names its own subject
    speaker = next(
        (
            m
            for m in reversed(s.mentions)
            if m.end <= verb.start
            and not (m.location_only or m.place or m.topic or m.source)
            and (m.code or m.agent)
            and _not_target_or_about(previous_word(ntext, m.start), ctx)
        ),
        None,
    )
    if speaker is None or unit(speaker) in {unit(m) for m in people}:
        return people
    return [speaker, *people]


def _opening_report(
    s: Sentence, trig: Hit, ntext: str, ctx: Any, saying: frozenset[str] = REPORT_SAYING
) -> Hit | None:
    """The verb of saying whose reported clause the deed opens: the last
    one before it, the clause starting right after it (``quote_start``)
    with no break, quotation mark, earlier deed or relative clause
    ("اعلام کرد پهپادهایی که … حمله کردند") before the trigger."""
    quote = quote_start(ntext, s.start, trig.start, s.cues, saying)
    verb = max(
        (c for c in s.cues if c.entry.kind in saying - _ATTRIBUTION and c.end <= trig.start),
        default=None,
        key=lambda c: c.end,
    )
    if quote is None or verb is None or quote != verb.end:
        return None
    if CLAUSE_BREAKS & set(ntext[verb.end : trig.start]) or {"«", '"'} & set(
        ntext[verb.end : trig.start]
    ):
        return None
    if any(verb.end <= t.start < trig.start for t in s.triggers):
        return None  # the deed is not the first thing reported
    if set(ntext[verb.end : trig.start].split()[1:]) & ctx.content_openers:
        return None  # "اعلام کرد پهپادهایی که … حمله کردند": a relative clause
    return verb


def passive_deed(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether the deed's verb is passive or has none ("حمله … صورت گرفت",
    "کشته شدند"): the deed's noun or victim is then the subject, not the
    speaker. Read on the verb with the word before the trigger and the two
    after the verb."""
    end = (
        verb_end(trig, ntext, ctx.light_verbs, ctx.auxiliaries)
        or _far_light_verb(trig, ntext, s.end, ctx)
        # a verb in the perfect with its auxiliary apart ("کشته است", sides31)
        or (trig.end if _ends_in_auxiliary(trig, ntext, ctx) else None)
    )
    said = " ".join(ntext[max(s.start, trig.start - 20) : end or 0].split()[-12:])
    said = f" {said} {' '.join(ntext[end or 0 : (end or 0) + 30].split()[:2])} "
    return end is None or any(f" {v} " in said for v in ctx.passive_verbs)


def _ends_in_auxiliary(trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether a verb trigger ends in an auxiliary written apart ("کشته
    است"): the verb is whole, in the perfect, and active unless a light
    verb of the passive follows."""
    last = ntext[trig.base_start : trig.base_end].split()[-1:]
    return trig.entry.affix == "verb" and bool(last) and last[0] in ctx.auxiliaries


def _far_light_verb(trig: Hit, ntext: str, limit: int, ctx: Any) -> int | None:
    """Where the light verb of a noun trigger ends when words stand between
    them ("حملاتی هوایی علیه اهداف حماس انجام داده است"): the first light
    verb (``context.LIGHT_VERBS``) of the trigger's clause, before any
    clause opener ("که") or break; None if the clause has none."""
    if trig.entry.affix == "verb":
        return None
    stop = trig.end
    while stop < min(limit, trig.end + 120) and ntext[stop] not in CLAUSE_BREAKS:
        stop += 1
    for w in WORD_RUN.finditer(ntext[trig.end : stop]):
        if w.group() in ctx.content_openers:
            return None
        if w.group() in ctx.light_verbs:
            return trig.end + w.end()
    return None


def _marked_object(m: Mention, trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether a mention before a verb-final trigger is no subject: a place,
    a noun of a phrase a preposition opens a few words before ("به مقر
    گروه‌های …", "از شهر …"), or one before the object marker ("بیست معترض
    را"). The agent of a passive ("توسط پلیس", ``context.AGENT_MARKERS``) is
    a subject."""
    if m.location_only or m.place:
        return True
    lead = ntext[max(0, m.start - 40) : m.start]
    if any(lead.rstrip().endswith(a) for a in ctx.syntax.agent_markers):
        return False
    words = _WORDS.findall(lead)[-3:]
    words = words[max((i + 1 for i, w in enumerate(words) if not w.isalnum()), default=0) :]
    if any(w in ctx.target_preps or w in ctx.location_preps or w in ctx.about_preps for w in words):
        return True
    after = ntext[m.end : trig.start].split()[:2]
    return bool(ctx.object_markers & set(after))
