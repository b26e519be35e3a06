"""Who refers to a deed or a meeting only tells of it.

"وزیر خارجه قطر با اشاره به دیدار پوتین و بایدن گفت …", "قال وزير الخارجية
التركي، في إشارة إلى الهجوم الإسرائيلي على غزة، إن …", "The UN envoy,
referring to the talks on Afghanistan in Doha, said …": the deed named right
after a word of referring (``status.REFERRING_CUES``) is what the speaker
comments on, and the speaker, named before that word, took no part in it.
As with a reaction word (``reacted.py``) only the noun right after the word
binds ("با اشاره به … گفت که ما … دیدار می‌کنیم": the later meeting is the
speaker's), and the deed's sides are those its phrase names.

The speaker stays where the phrase may tell a deed of his own: the deed is
marked as his ("با اشاره به سفرش", "his visit": ``context.OWN_DEED_MARKS``
glued to the noun, ``context.REFERRED_OWN_WORDS`` in the phrase: "خود", "the
two countries"), his state is named in the phrase ("the Armenian minister's
visit to Tehran", told by Iran's spokesman), a meeting is told with a partner
after "with" only ("the agreement with Iraq": the speaker's side is the
other, ``context.REFERRED_PARTNERS``), or the phrase names too few states to
hold the deed's sides without him: one for a meeting or a deed whose noun
names its doers (protests, deployments), two for a deed done to others ("the
US sanctions", said by Iran's minister, may be the sanctions on Iran).

mendC102: for a deed done to others the referrer is dropped only where the
phrase names its doer, a state before the preposition of whom it struck
("حمله اسرائیل به سوریه", "الغارات السعودية على اليمن") or after a marker of
the agent ("the attack on Russian troops by militants"); the states after
"on", "على", "به" alone are its targets, and the referrer may be the doer
("the Israeli army spokesman, referring to the strikes on Hamas in Gaza").
Where dropping him leaves the deed fewer than two states, the phrase's own
states fill its sides ("مشيرا إلى الغارات السعودية على اليمن": Saudi Arabia
and Yemen); where they cannot, he stays.
"""

from __future__ import annotations

from typing import Any

from diplowatch.event_types import having
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.mention import Mention
from diplowatch.extract.reacted import deed_binds
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.breaks import clause_end
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN as _WORD
from diplowatch.text.words import padded

_SYMMETRIC = having("symmetric")
# deeds whose noun names who does them ("اعتصاب کارگران", "protests of workers")
_GENITIVE_DOERS = having("genitive_doer")
# The cue kinds that open a reported clause: a deed after "that" is told,
# not referred to ("مشيرا إلى أن الجيش هاجم …").
_THAT = frozenset({"complementizer", "bound_complementizer"})


def outside_reference(
    people: list[Mention],
    trig: Hit,
    etype: str,
    s: Sentence,
    ntext: str,
    ctx: Any,
) -> list[Mention]:
    """``people`` of the deed of ``trig`` (of type ``etype``, in sentence
    ``s``) named right after a word of referring, without those named
    outside its phrase (a side filled in from the article, with no place in
    the text, stays), unless the phrase may tell the referrer's own deed or
    names too few sides (module docstring)."""
    cue = _bound_cue(s, trig, ntext)
    if cue is None:
        return people
    stop = _phrase_end(trig, s.cues, ntext, s.end)
    outside = [m for m in people if not cue.end <= m.start < stop and m.end > m.start]
    if not outside or _own_phrase(trig, cue.end, stop, ntext, ctx):
        return people
    named = {m.code for m in s.mentions if cue.end <= m.start < stop and m.code}
    if any(m.code in named for m in outside):
        return people  # "Iran's spokesman, referring to the visit to Tehran"
    if etype in _SYMMETRIC and _partner_in(cue.end, stop, ntext, ctx):
        return people  # "referring to the agreement with Iraq"
    need = 1 if etype in _SYMMETRIC | _GENITIVE_DOERS else 2
    if len(named) < need:
        return people
    if need == 1:
        return [m for m in people if m not in outside]
    if not _doer_named(s, trig, (cue.end, stop), ntext, ctx):
        return people  # "the army spokesman, referring to the strikes on Gaza and Lebanon"
    return _filled_without(people, outside, s, (cue.end, stop))


def _doer_named(s: Sentence, trig: Hit, phrase: tuple[int, int], ntext: str, ctx: Any) -> bool:
    """mendC102: whether the phrase of a deed done to others names its doer:
    a state before the preposition of whom it struck ("حمله اسرائیل به
    سوریه", "الغارات السعودية على اليمن") or after a marker of the agent
    ("the attack on Russian troops by militants"). The states after "on",
    "على", "به" alone are its targets, and the referrer may be the doer
    ("the Israeli army spokesman, referring to the strikes on Hamas in Gaza
    and Hezbollah in Lebanon")."""
    start, stop = phrase
    target = next(
        (w.start() for w in _WORD.finditer(ntext, trig.end, stop) if w.group() in ctx.struck_preps),
        stop,
    )
    doers = ctx.syntax.agent_markers
    window = f" {' '.join(ntext[target:stop].split())} "
    marked = next((window.find(f" {w} ") for w in doers if f" {w} " in window), -1)
    by = stop if marked < 0 else target + marked
    return any(m.code and (start <= m.start < target or by <= m.start < stop) for m in s.mentions)


def _filled_without(
    people: list[Mention], outside: list[Mention], s: Sentence, phrase: tuple[int, int]
) -> list[Mention]:
    """``people`` without the referrer (``outside``); mendC102: where that
    leaves the deed fewer than two states, its phrase's own states fill its
    sides ("مشيرا إلى الغارات السعودية على اليمن": Saudi Arabia and Yemen,
    no pool members there), and where they cannot the referrer stays."""
    kept = [m for m in people if m not in outside]
    if len({m.code for m in kept if m.code}) >= 2:
        return kept
    start, stop = phrase
    codes = {m.code for m in kept}
    for m in s.mentions:
        if start <= m.start < stop and m.code and m.code not in codes:
            kept.append(m)
            codes.add(m.code)
    return kept if len({c for c in codes if c}) >= 2 else people


def _bound_cue(s: Sentence, trig: Hit, ntext: str) -> Hit | None:
    """The word of referring whose deed's noun is ``trig``, right after it
    (``reacted.deed_binds``); none where "that" opens a clause between them
    ("مشيرا إلى أن الجيش هاجم …" reports what the army did)."""
    cues = s.cues
    cue = next(
        (c for c in cues if c.entry.kind == "referring" and deed_binds(c, trig, ntext)), None
    )
    if cue is None or any(c.entry.kind in _THAT and cue.end <= c.start < trig.start for c in cues):
        return None
    return cue


def _phrase_end(trig: Hit, cues: list[Hit], ntext: str, s_end: int) -> int:
    """Where the referring phrase ends: at a clause break or at the
    referrer's verb of saying ("… گفت", "… said"). A coordinated side ("دیدار
    پوتین و بایدن") and a relative clause on the deed ("نشست‌هایی که … برگزار
    می‌شود") stay inside it."""
    stop = clause_end(ntext, trig.end, s_end, CLAUSE_BREAKS)
    said = (c.start for c in cues if c.entry.kind in SAYING_KINDS and trig.end <= c.start < stop)
    return min(said, default=stop)


def _own_phrase(trig: Hit, start: int, stop: int, ntext: str, ctx: Any) -> bool:
    """Whether the referred deed is marked as the referrer's own: a
    possessive glued to its noun ("سفرش", "زيارته"), or a word of the
    referrer's own in its phrase ("خود", "البلدين", "the two countries")."""
    if ctx.own_deed_marks and ntext[trig.base_end : trig.end].endswith(ctx.own_deed_marks):
        return True
    window = f" {' '.join(w.group() for w in _WORD.finditer(ntext, start, stop))} "
    return any(w in window for w in padded(ctx.referred_own_words))


def _partner_in(start: int, stop: int, ntext: str, ctx: Any) -> bool:
    """Whether a meeting's phrase names a partner after "with" ("talks with
    Iraq"): who talks with it is then the referrer's side."""
    return any(w.group() in ctx.referred_partners for w in _WORD.finditer(ntext, start, stop))
