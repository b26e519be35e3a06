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
the language lists as REB (``agents.NAMED_GROUPS``); a crime told first
keeps the criminal ("robbing churches to fund extremists").

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
from diplowatch.extract.mention import Mention
from diplowatch.lang import load
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.words import WORD_RUN

# Deeds that hold people on a charge (arrests, sentences).
HOLDING = having("reasoned")
# The doers that hold people on a charge: the state's forces, courts, rulers.
_STATE_HOLDERS = frozenset({"COP", "JUD", "GOV", "MIL"})
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
    """A language's crimes and armed causes (whole words, maybe after a
    clitic), the words that stop a cause (``context.ARMED_CAUSE_STOPS``,
    whole words), the openers that tell one, and its stems for protesters."""

    crime: re.Pattern[str]
    cause: re.Pattern[str] | None
    stop: re.Pattern[str] | None
    opener: re.Pattern[str]
    protesters: tuple[str, ...]


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
    return _Charges(_words(prefixes, cues), _causes(lang, ctx, prefixes), stop, opener, stems)


def _words(prefixes: list[str], cues: list[str], whole: bool = False) -> re.Pattern[str]:
    """Cues that start a word, maybe after one of ``prefixes`` (and end it
    if ``whole``: "عن" (about) is not the start of "عناصر")."""
    cues = sorted(set(cues), key=len, reverse=True)
    end = r"(?!\w)" if whole else ""
    return re.compile(
        rf"(?<!\w)(?:{'|'.join(prefixes[::-1])})(?:{'|'.join(map(re.escape, cues))}){end}"
    )


def _causes(lang: str, ctx: object, prefixes: list[str]) -> re.Pattern[str] | None:
    """The armed causes a civilian may be held on: the language's words for
    terrorism and militancy, and the armed movements it names (REB)."""
    named = getattr(load(lang, "agents"), "NAMED_GROUPS", {})
    cues = [
        *getattr(ctx, "ARMED_CAUSE_CUES", ()),
        *(name for name, (_, agent, _) in named.items() if agent == _MILITANTS),
    ]
    cues = [c for c in map(normalize_phrase, cues) if c]
    return _words(prefixes, cues) if cues else None


def held_as_criminals(
    side: list[Mention], ntext: str, sentence_end: int, lang: str
) -> list[Mention]:
    """``side`` (its doer first) with the civilians its state doer holds
    read as criminals (CRM) where a crime is told right after them, or as
    militants (REB) where an armed cause is (module docstring); protesters
    stay civilians whatever they protest."""
    found = _patterns(lang)
    if found is None or len(side) < 2 or side[0].agent not in _STATE_HOLDERS:
        return side
    out = [side[0]]
    for m in side[1:]:
        agent = None
        if m.agent == _CIVILIANS and not any(s in ntext[m.start : m.end] for s in found.protesters):
            agent = _charged(ntext[m.end : min(sentence_end, m.end + _REACH)], found)
        out.append(replace(m, agent=agent) if agent else m)
    return out


def _charged(window: str, found: _Charges) -> str | None:
    """The agent the charge told at the start of ``window`` makes of a
    civilian: a criminal for a crime, a militant for an armed cause told
    after an opener and before any crime, else none."""
    starts = [w.start() for w in WORD_RUN.finditer(window)]
    if _crime_told(window, starts, found):
        return _CRIMINALS
    if _cause_told(window, starts, found):
        return _MILITANTS
    return None


def _crime_told(window: str, starts: list[int], found: _Charges) -> bool:
    """Whether ``window`` (the letters after the person, its words starting
    at ``starts``) starts with a crime, or names one within ``_CRIME_WORDS``
    words of an opener: a crime further on, or with no opener, may be
    another's deed or what a victim reported."""
    if starts and found.crime.match(window, starts[0]):
        return True
    return _told_after(window, starts, found.crime, found.opener, _CRIME_WORDS, None)


def _cause_told(window: str, starts: list[int], found: _Charges) -> bool:
    """Whether ``window`` names an armed cause within ``_CAUSE_WORDS`` words
    of an opener and before a stop (``_Charges.stop``); unlike a crime, a
    cause right after the person, with no opener, does not count."""
    if found.cause is None:
        return False
    return _told_after(window, starts, found.cause, found.opener, _CAUSE_WORDS, found.stop)


def _told_after(
    window: str,
    starts: list[int],
    words: re.Pattern[str],
    opener: re.Pattern[str],
    reach: int,
    stop: re.Pattern[str] | None,
) -> bool:
    """Whether one of ``words`` starts a word within ``reach`` words after
    an opener that starts one of the first ``_OPENER_WORDS`` + 1 words of
    ``window``; words from a ``stop`` on are the charge's topic, victims or
    enemy, not what he is held for (mendB102)."""
    for i, start in enumerate(starts[: _OPENER_WORDS + 1]):
        if (o := opener.match(window, start)) is None:
            continue
        after = [s for s in starts[i + 1 :] if s >= o.end()][:reach]
        if stop is not None:
            after = list(takewhile(lambda s: stop.match(window, s) is None, after))
        if any(words.match(window, s) for s in after):
            return True
    return False
