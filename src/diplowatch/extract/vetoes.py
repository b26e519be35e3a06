"""Words of a sentence that cancel a trigger: vetoes, vetoing objects, dated accidents.

Deaths in a flood are no attack, a match between two national teams no
meeting (``triggers.VETO_WORDS``); a decree signed is no agreement
(``triggers.OBJECT_VETO_WORDS``); a ceasefire that dates a road accident
is no agreement told (``triggers.TIMED_VETO_WORDS``); a workplace or an
employer makes an expulsion a dismissal from a job, but only for the
triggers of putting out (``triggers.CONFINED_VETO_WORDS``, mendA102), and
a flight or a crowd of pilgrims received makes "استقبل" no meeting, but
only as its object (senses104). Kept
apart from ``nonevents`` because these checks read the lexicon's veto
tables per (type, mode) (``lexicon.vetoes``, ``object_vetoes``,
``timed_vetoes``, ``confined_vetoes``), not the sentence's cues or context
lists.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import ahocorasick

from diplowatch.extract.lexicon import ConfinedVeto, lexicon
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.breaks import first_break
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import holds_whole_word


def names_blanked(ntext: str, s: Sentence) -> str:
    """The sentence's text with the names of the bodies it names blanked:
    a word that vetoes an event says nothing inside a body's name ("نادي
    الأسير الفلسطيني", a prisoners' society, is no sports club; extra31)."""
    groups = [m for m in s.mentions if m.kind == "group"]
    if not groups:  # most sentences: nothing to blank, no list of characters
        return ntext[s.start : s.end]
    chars = list(ntext[s.start : s.end])
    for m in groups:
        chars[m.start - s.start : m.end - s.start] = " " * (m.end - m.start)
    return "".join(chars)


def vetoed(trigger: Hit, stext: str, vetoes: dict[tuple[str, str], tuple[str, ...]]) -> bool:
    """A trigger whose sentence names what cancels it (``triggers.VETO_WORDS``,
    by (type, mode) or (type, "*")): deaths in a flood or a road accident are
    no attack, a match between two national teams no meeting."""
    etype = trigger.entry.value
    words = vetoes.get((etype, trigger.entry.extra[0]), ()) + vetoes.get((etype, "*"), ())
    return any(map(stext.__contains__, words))


def vetoed_in(trigger: Hit, stext: str, lang: str) -> bool:
    """``vetoed`` with the veto words of ``lang``'s lexicon, read in one pass
    that stops at the first of them: a trigger's words (up to 140 for an
    Arabic type) were each searched for through the whole sentence."""
    finder = _veto_finder(lang, trigger.entry.value, trigger.entry.extra[0])
    if isinstance(finder, bool):
        return finder
    return next(finder.iter(stext), None) is not None


def object_vetoed(trigger: Hit, stext: str, start: int, lang: str) -> bool:
    """A trigger whose object cancels it (``triggers.OBJECT_VETO_WORDS``):
    a decree or an executive order signed is no agreement ("وقع الرئيس
    مرسوما", "signed an executive order", "فرمان اجرایی … را امضا کرد").
    The words count only as the object: within ``OBJECT_VETO_REACH`` words
    after the trigger (a verb before its object) or before it (a verb that
    ends its clause), in its clause; a decree told elsewhere in the sentence
    ("وقعت مصر والسعودية مذكرة تفاهم بعد صدور المرسوم الملكي") dates or
    frames a real agreement (mendB76). ``stext`` is the sentence's text,
    from ``start``."""
    lex = lexicon(lang)
    words = lex.object_vetoes.get((trigger.entry.value, trigger.entry.extra[0]), ())
    if not words:
        return False
    after, before = lex.object_veto_reach
    right, left = stext[trigger.end - start :], stext[: max(0, trigger.start - start)]
    for mark in CLAUSE_BREAKS:
        right, left = right.split(mark, 1)[0], left.rsplit(mark, 1)[-1]
    right_words, left_words = right.split(), left.split()
    for phrase in words:
        n = len(phrase.split())
        near_right = right_words[: after + n - 1] if after else []
        near_left = left_words[-(before + n - 1) :] if before else []
        lead_left = left_words[: len(left_words) - len(near_left)]
        if _unframed(near_right, [], phrase, lex.object_veto_frames) or _unframed(
            near_left, lead_left, phrase, lex.object_veto_frames
        ):
            return True
    return False


def confined_vetoed(trigger: Hit, stext: str, start: int, lang: str) -> bool:
    """A trigger cancelled by a word of its sentence that speaks only to some
    of its type's triggers (``triggers.CONFINED_VETO_WORDS``, mendA102): an
    employer or a workplace ("سردبیر", "من المصنع") makes "طرد/اخراج" a
    dismissal from a job, but says nothing of an arrest or a cut of ties in
    its sentence ("اعتقلت الشرطة صحفيا من الصحيفة", "قطع روابط"). Only
    where no stop word (a verb of saying, a diplomat as the object) stands
    between the word and the trigger: "سردبیر … گفت بحرین سفیر ایران را
    اخراج کرد" is an expulsion. ``stext`` is the sentence's text, from
    ``start``. The rules are ``lexicon.ConfinedVeto``; unlike the other
    readers here they are keyed on the trigger's mode (``trigger.mode``).
    The stop words stay language data (``_NOT_DISMISSALS``), matched as
    whole words in the blanked text, not read from the scan's saying cues
    and role mentions (vetoes68): the scan marks them otherwise ("به گزارش"
    is a source cue, no ``lexicon.SAYING_KINDS``; "دو دیپلمات ترکیه" an
    "official", a role that holds every official; "دیپلماتیک" nothing), and
    test_mendA102 fails with the cues and the ambassador and embassy roles.
    senses104: a rule with a ``reach`` reads its words only right after the
    trigger (``_said_after``), and one of its ``keeps`` anywhere in the
    sentence keeps the trigger (protesters named beside the rain).
    mendS104: a word with one of the rule's ``leads`` just before it or one
    of its ``tails`` right after it is in another phrase (``_in_other_phrase``:
    "رغم الأمطار", "عن كثب") and vetoes nothing."""
    rules = lexicon(lang).confined_vetoes.get((trigger.entry.value, trigger.mode))
    if not rules:
        return False
    key = stext[trigger.base_start - start : trigger.base_end - start]
    at, end = trigger.start - start, trigger.end - start
    for rule in rules:
        if not any(stem in key for stem in rule.stems):
            continue
        if any(holds_whole_word(stext, keep) for keep in rule.keeps):
            continue
        if rule.reach:
            if _said_after(stext[end:], rule):
                return True
            continue
        for word in rule.words:
            found = stext.find(word)
            while found >= 0:
                between = stext[found + len(word) : at] if found < at else stext[end:found]
                if not any(holds_whole_word(between, stop) for stop in rule.stops):
                    # the sentence is split for leads and tails only where the rule has some
                    if not (rule.leads or rule.tails):
                        return True
                    before, after = stext[:found].split(), stext[found + len(word) :].split()
                    if not _in_other_phrase(before, after, rule):
                        return True
                found = stext.find(word, found + 1)
    return False


def _said_after(right: str, rule: ConfinedVeto) -> bool:
    """Whether one of ``rule.words`` stands, as whole words, among the first
    ``rule.reach`` words of ``right`` (the sentence after a trigger) in the
    trigger's clause, with none of ``rule.stops`` before it there and in no
    other phrase (senses104): a receiving verb's object that is a crowd, a
    flight or news ("تستقبل المملكة الأسبوع المقبل أول فوج من الحجاج", "the
    hospital received ten wounded"), a searching verb followed by "for"
    ("بحثت … عن طرق"), but not "بحث … مع نظيره … عن" or "فضلا عن", nor
    "بحث … الإفراج عن" (a verbal noun's "عن") or "عن كثب" (mendS104)."""
    # only the first words are read (a phrase within ``reach`` and the word
    # after it): the clause is not split to its end, thousands of words in
    # a long one-line text (speed70b)
    longest = max((len(phrase.split()) for phrase in rule.words), default=0)
    keep = rule.reach + longest + 1
    near = right[: first_break(right, 0, len(right), CLAUSE_BREAKS)].split(None, keep)[:keep]
    for phrase in rule.words:
        pieces = phrase.split()
        for at in range(min(rule.reach, len(near) - len(pieces) + 1)):
            if near[at : at + len(pieces)] != pieces:
                continue
            if any(holds_whole_word(" ".join(near[:at]), stop) for stop in rule.stops):
                continue
            if not _in_other_phrase(near[:at], near[at + len(pieces) :], rule):
                return True
    return False


# mendS104: how many words before a veto word one of a rule's ``leads`` may
# stand ("رغم هطول الأمطار", "في أول رحلة", "off the flight")
_LEAD_REACH = 2


def _in_other_phrase(before: list[str], after: list[str], rule: ConfinedVeto) -> bool:
    """Whether a veto word, with the words ``before`` and ``after`` it, is
    part of another phrase than the one the rule means (mendS104): one of
    the rule's ``leads`` within ``_LEAD_REACH`` words before it — a
    preposition makes a flight no object ("استقبل السيسي ماكرون في أول رحلة
    له", "received Putin off the flight"), "despite" makes the rain no cause
    ("قطع المعتصمون الطريق رغم الأمطار") — or one of its ``tails`` right
    after it ("بحث الوزير عن كثب", "عن طريق الهاتف")."""
    if any(lead in before[-_LEAD_REACH:] for lead in rule.leads):
        return True
    return bool(after) and after[0] in rule.tails


# left78: how many words before a vetoing object a word of time
# (``triggers.OBJECT_VETO_FRAMES``) may stand and make it a frame.
_FRAME_REACH = 3


def _unframed(near: list[str], lead: list[str], phrase: str, frames: tuple[str, ...]) -> bool:
    """Whether ``phrase`` stands in the words ``near`` (``lead`` the words
    before them) as the trigger's object, not inside a phrase of time that
    frames the deed (``triggers.OBJECT_VETO_FRAMES``: "signed an agreement
    after a royal decree", "وقعت … اتفاقية بعد مرسوم ملكي", "پس از فرمان
    رئیس جمهور توافقنامه‌ای امضا کردند"): a word of time at most
    ``_FRAME_REACH`` words before it (left78)."""
    text = " ".join(near)
    if not holds_whole_word(text, phrase):
        return False
    if not frames:
        return True
    pieces = phrase.split()
    for at in range(len(near) - len(pieces) + 1):
        if near[at : at + len(pieces)] != pieces:
            continue
        before = " ".join((lead + near[:at])[-_FRAME_REACH:])
        if not any(holds_whole_word(before, f) for f in frames):
            return True
    return False


# how many words before a trigger a time's word (``TIME_MARK_LEADS``) may
# stand: "بعد يوم من وقف …", "a day after the ceasefire"
_TIME_MARK_REACH = 3


def time_marked(trigger: Hit, stext: str, start: int, lang: str) -> bool:
    """A trigger named after a time's word (``triggers.TIME_MARK_LEADS``, up
    to ``_TIME_MARK_REACH`` words before it) in a sentence about an accident
    (``TIMED_VETO_WORDS``): "قتل ثلاثة جنود في حادث سير بعد يوم من وقف إطلاق
    النار", "a day after the ceasefire", "پس از آتش بس": the ceasefire dates
    the accident and is no agreement told (mendB72). An agreement told in
    the accident's sentence ("اتفقت … على وقف إطلاق النار، فيما قتل خمسة في
    حادث سير") stays. ``stext`` is the sentence's text, from ``start``."""
    lex = lexicon(lang)
    words = lex.timed_vetoes.get((trigger.entry.value, trigger.entry.extra[0]), ())
    if not words or not any(map(stext.__contains__, words)):
        return False
    before = stext[: max(0, trigger.start - start)]
    if not lex.time_leads.isdisjoint(before.split()[-_TIME_MARK_REACH:]):
        return True
    return _dated_accident(before, words, lex.time_leads)


# how many words before a trigger a time's word may stand when the accident
# is told before it: the time's phrase holds the trigger's whole noun phrase
# ("بعد يومين من اتفاق السعودية والحوثيين على وقف إطلاق النار")
_TIME_PHRASE_REACH = 8


def _dated_accident(before: str, accidents: tuple[str, ...], leads: frozenset[str]) -> bool:
    """Whether an accident told first is dated by a time's phrase that holds
    the trigger (mendE73): "قتل جنديان في حادث سير … بعد يومين من اتفاق
    السعودية والحوثيين على وقف إطلاق النار" — the trigger stands beyond
    ``_TIME_MARK_REACH`` of its time's word, at the end of the noun phrase
    that word heads, in the same clause; the accident's victims are no sides
    of an agreement. An agreement told before the accident stays."""
    clause = before
    for mark in CLAUSE_BREAKS:
        clause = clause.rsplit(mark, 1)[-1]
    near = clause.split()[-_TIME_PHRASE_REACH:]
    lead = next((i for i in range(len(near) - 1, -1, -1) if near[i] in leads), None)
    if lead is None:
        return False
    told = before[: before.rfind(near[lead])]
    return any(map(told.__contains__, accidents))


@cache
def _veto_finder(lang: str, etype: str, mode: str) -> Any:
    """An automaton over the veto words of (``etype``, ``mode``) and
    (``etype``, "*"), or a bool where none is needed: False without words,
    True with an empty one (every sentence holds it). Kept per type and
    mode of the lexicon, a bounded number."""
    vetoes = lexicon(lang).vetoes
    words = vetoes.get((etype, mode), ()) + vetoes.get((etype, "*"), ())
    if not words or "" in words:
        return bool(words)
    finder = ahocorasick.Automaton()
    for word in words:
        finder.add_word(word, word)
    finder.make_automaton()
    return finder
