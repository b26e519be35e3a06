"""People the state holds for a crime are criminals, and for an armed cause militants.

An arrest or a sentence names whom it holds with the plainest words ("a
man", "امرأة", "شاب", "یک زن", a nationality), which read as civilians
(CVL). When the text gives the crime right after them ("carrying cocaine",
"بتهمة تهريب", "بحوزته كمية من المخدرات", "به اتهام سرقت"), they are held
as criminals, the spec's CRM (criminals, smugglers, gangs), as the nouns
for smugglers and thieves already are. Only the words after the held person,
within ``_REACH`` letters of the same sentence, are read: a crime named
elsewhere in the sentence may be another's. The crime must be opened by a
charge or a possession (``context.CRIME_OPENERS``) within five words of the
person, the crime within three words of the opener, or follow them at
once, and start a word (maybe after a clitic of ``CRIME_PREFIXES``): "وستحيله" holds no "تحيل", and "a man who had reported
the theft" no thief (mend41b). The crimes are language data
(``context.CRIME_CUES``), normalised as the text is.

aragents101: held on an armed group's cause ("للاشتباه في انتمائهم إلى تنظيم
داعش", "on charges of membership in a terrorist organisation", "به اتهام
عضویت در داعش"), a civilian is a militant (REB), as the nouns for militants
already are. The cause is told by the same openers, within
``_CAUSE_WORDS`` words of one (a membership is told at more length than a
theft), by ``context.ARMED_CAUSE_CUES`` or by the name of an armed movement
(maybe after a clitic) that the actor scan has found in the sentence as a
mention of agent REB (vetoes68: no second match of ``agents.NAMED_GROUPS``);
a crime told first keeps the criminal ("robbing churches to fund
extremists").

mendB102: the cause is read only up to a word that makes what follows the
charge's topic, victims, defendants or enemy (``context.ARMED_CAUSE_STOPS``:
"نشر أخبار كاذبة عن الإرهاب", "insulting victims of a terrorist attack",
"دفاع از متهمان تروریستی", "fighting against the Islamic State"): such a
man is held for what he said or did about terrorism, not for an armed cause.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import takewhile
from typing import NamedTuple

from diplowatch.event_types import having
from diplowatch.extract.agent_groups import HOLDING_AUTHORITIES
from diplowatch.extract.mention import Mention
from diplowatch.lang import load
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.words import WORD_RUN

# Deeds that hold people on a charge (arrests, sentences).
HOLDING = having("reasoned")
# The doers that hold people on a charge: the state's forces, courts,
# rulers (``HOLDING_AUTHORITIES``).
_CIVILIANS, _CRIMINALS = "CVL", "CRM"
# How many letters after the held person the crime may be told in.
_REACH = 90
# How many words may stand between the person and the opener of the crime
# ("رجلا في الثلاثينيات من عمره بتهمة", "یک زن ۳۵ ساله را به اتهام"), and
# between the opener and the crime ("بحوزته كمية من المخدرات").
_OPENER_WORDS = 5
_CRIME_WORDS = 3
# How many words after its opener an armed group's cause may be named in
# ("للاشتباه في انتمائهم إلى تنظيم داعش": the group's name is the fifth).
_CAUSE_WORDS = 5
_MILITANTS = "REB"


class _Charges(NamedTuple):
    """A language's crimes and words of armed causes (whole words, maybe
    after a clitic), the words that stop a cause
    (``context.ARMED_CAUSE_STOPS``, whole words), the openers that tell one,
    its stems for protesters and its clitics (``CRIME_PREFIXES`` and none)."""

    crime: re.Pattern[str]
    cause: re.Pattern[str] | None
    stop: re.Pattern[str] | None
    opener: re.Pattern[str]
    protesters: tuple[str, ...]
    clitics: frozenset[str]


@cache
def _patterns(lang: str) -> _Charges | None:
    """The language's charges, normalised as the text is."""
    ctx = load(lang, "context")
    cues = [normalize_phrase(w) for w in getattr(ctx, "CRIME_CUES", ())]
    openers = [normalize_phrase(w) for w in getattr(ctx, "CRIME_OPENERS", ())]
    if not cues or not openers:
        return None
    prefixes = sorted({re.escape(p) for p in ("", *getattr(ctx, "CRIME_PREFIXES", ()))}, key=len)
    opener = re.compile(
        rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(openers, key=len, reverse=True)))})(?!\w)"
    )
    stems = tuple(normalize_phrase(w) for w in getattr(ctx, "PROTESTER_STEMS", ()))
    stops = [normalize_phrase(w) for w in getattr(ctx, "ARMED_CAUSE_STOPS", ())]
    stop = _words(prefixes, stops, whole=True) if stops else None
    clitics = frozenset(("", *getattr(ctx, "CRIME_PREFIXES", ())))
    causes = [c for c in map(normalize_phrase, getattr(ctx, "ARMED_CAUSE_CUES", ())) if c]
    cause = _words(prefixes, causes) if causes else None
    return _Charges(_words(prefixes, cues), cause, stop, opener, stems, clitics)


def _words(prefixes: list[str], cues: list[str], whole: bool = False) -> re.Pattern[str]:
    """Cues that start a word, maybe after one of ``prefixes`` (and end it
    if ``whole``: "عن" (about) is not the start of "عناصر")."""
    cues = sorted(set(cues), key=len, reverse=True)
    end = r"(?!\w)" if whole else ""
    return re.compile(
        rf"(?<!\w)(?:{'|'.join(prefixes[::-1])})(?:{'|'.join(map(re.escape, cues))}){end}"
    )


def held_as_criminals(
    side: list[Mention], ntext: str, sentence_end: int, lang: str, named: list[Mention]
) -> list[Mention]:
    """``side`` (its doer first) with the civilians its state doer holds
    read as criminals (CRM) where a crime is told right after them, or as
    militants (REB) where an armed cause is (module docstring); protesters
    stay civilians whatever they protest. ``named`` are the sentence's
    mentions, whose armed movements the actor scan has already found."""
    found = _patterns(lang)
    if found is None or len(side) < 2 or side[0].agent not in HOLDING_AUTHORITIES:
        return side
    out = [side[0]]
    for m in side[1:]:
        agent = None
        if m.agent == _CIVILIANS and not any(s in ntext[m.start : m.end] for s in found.protesters):
            end = min(sentence_end, m.end + _REACH)
            groups = [g.start - m.end for g in named if _armed_in(g, m.end, end)]
            agent = _charged(ntext[m.end : end], found, groups)
        out.append(replace(m, agent=agent) if agent else m)
    return out


def _armed_in(m: Mention, start: int, end: int) -> bool:
    """Whether ``m`` names an armed movement (REB) inside [start, end)."""
    return m.agent == _MILITANTS and start <= m.start and m.end <= end


def _charged(window: str, found: _Charges, groups: list[int]) -> str | None:
    """The agent the charge told at the start of ``window`` makes of a
    civilian: a criminal for a crime, a militant for an armed cause told
    after an opener and before any crime, else none. ``groups`` are where
    armed movements are named in ``window``."""
    starts = [w.start() for w in WORD_RUN.finditer(window)]
    if _crime_told(window, starts, found):
        return _CRIMINALS
    if _cause_told(window, starts, found, groups):
        return _MILITANTS
    return None


def _crime_told(window: str, starts: list[int], found: _Charges) -> bool:
    """Whether ``window`` (the letters after the person, its words starting
    at ``starts``) starts with a crime, or names one within ``_CRIME_WORDS``
    words of an opener: a crime further on, or with no opener, may be
    another's deed or what a victim reported."""
    words = starts[:1] + _after_openers(window, starts, found.opener, _CRIME_WORDS, None)
    return any(found.crime.match(window, at) for at in words)


def _cause_told(window: str, starts: list[int], found: _Charges, groups: list[int]) -> bool:
    """Whether ``window`` names an armed cause within ``_CAUSE_WORDS`` words
    of an opener and before a stop (``_Charges.stop``): a word of
    ``ARMED_CAUSE_CUES`` or an armed movement at ``groups``, maybe after a
    clitic. Unlike a crime, a cause right after the person, with no opener,
    does not count."""
    for at in _after_openers(window, starts, found.opener, _CAUSE_WORDS, found.stop):
        if found.cause is not None and found.cause.match(window, at):
            return True
        if any(at <= g and window[at:g] in found.clitics for g in groups):
            return True
    return False


def _after_openers(
    window: str,
    starts: list[int],
    opener: re.Pattern[str],
    reach: int,
    stop: re.Pattern[str] | None,
) -> list[int]:
    """The starts of the words within ``reach`` words after each opener that
    starts one of the first ``_OPENER_WORDS`` + 1 words of ``window``: where
    a charge may be told. Words from a ``stop`` on are the charge's topic,
    victims or enemy, not what he is held for (mendB102)."""
    words: list[int] = []
    for i, start in enumerate(starts[: _OPENER_WORDS + 1]):
        if (o := opener.match(window, start)) is None:
            continue
        after = [s for s in starts[i + 1 :] if s >= o.end()][:reach]
        if stop is not None:
            after = list(takewhile(lambda s: stop.match(window, s) is None, after))
        words += after
    return words
