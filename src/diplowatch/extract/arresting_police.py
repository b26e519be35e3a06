"""An arrest by the authorities named as a whole is the police's (agents105).

"ألقت السلطات الإيطالية القبض على خمسة أشخاص", "مقامات ترکیه یک روزنامه‌نگار
را بازداشت کردند", "Turkish authorities detained a journalist": the generic
noun of the authorities is read as the government (GOV) everywhere, but an
arrest is made by the police, and the readers code its doer COP (as a
seizure told in the passive is the police's, ``unnamed_deed``). Only a
trigger that is a word of arrest (``context.ARREST_WORDS``) turns the
authorities into police: a siege, a raid, a deportation or a ban by them
stays the government's. A named minister, a ministry or a government that
arrests keeps its agent: only the generic noun
(``context.ARRESTING_AUTHORITIES``) is read so. Its own module because it
reads one event's trigger and side before the side becomes its actors.
"""

from __future__ import annotations

from dataclasses import replace

from diplowatch.extract.document_state import DocumentState
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS

_ARRESTED = "COERCE"
_GOVERNMENT = "GOV"
_POLICE = "COP"
# a generic body holds no office: the role the noun gave it goes with GOV
_GENERIC_ROLES = frozenset({None, "official"})
# what ends the arrest's clause between the authorities and its trigger; a
# comma may set off the object's apposition ("مقامات X، وکیل …، را دستگیر
# کردند"), within the few words the language lets stand between
# (``context.ARREST_SUBJECT_REACH``)
_CLAUSE_ENDS = CLAUSE_BREAKS - frozenset(COMMAS)


def arresting_police(
    etype: str, trig: Hit, side: list[Mention], doc: DocumentState
) -> list[Mention]:
    """``side`` with the authorities named as a whole read as police (COP)
    when the trigger is a word of an arrest."""
    ctx = doc.ctx
    if etype != _ARRESTED or not ctx.arrest_words or not _is_arrest(trig, doc):
        return side
    return [
        _as_police(m) if _generic_authority(m, doc) and _subject_of(m, trig, doc) else m
        for m in side
    ]


def _subject_of(m: Mention, trig: Hit, doc: DocumentState) -> bool:
    """Whether the mention stands next to the trigger, a few words and no
    clause break between: the arrest's own subject ("اعتقلت السلطات",
    "السلطات ألقت القبض"), not the authorities of another clause ("وكانت
    السلطات قد رفضت …", "أبلغت السلطات")."""
    a, b = (m.end, trig.start) if m.end <= trig.start else (trig.end, m.start)
    if b < a:
        return False
    gap = doc.ntext[a:b]
    return len(gap.split()) <= doc.ctx.arrest_subject_reach and not any(
        c in _CLAUSE_ENDS for c in gap
    )


def _is_arrest(trig: Hit, doc: DocumentState) -> bool:
    """Whether the trigger, with its affixes, holds a word of an arrest."""
    word = doc.ntext[trig.start : trig.end]
    return any(w in word for w in doc.ctx.arrest_words)


def _generic_authority(m: Mention, doc: DocumentState) -> bool:
    """Whether the mention is the government agent written as the generic
    noun of the authorities, alone or with its country ("السلطات المصرية",
    "مقامات ایران", "Egyptian authorities")."""
    if m.agent != _GOVERNMENT or m.role not in _GENERIC_ROLES or m.name:
        return False
    text = doc.ntext[m.start : m.end]
    if m.prefix and text.startswith(m.prefix):
        text = text[len(m.prefix) :]
    words = text.split()
    return bool(words) and (
        words[0] in doc.ctx.arresting_authorities or words[-1] in doc.ctx.arresting_authorities
    )


def _as_police(m: Mention) -> Mention:
    """The mention as the police of its country, with no office."""
    return replace(m, agent=_POLICE, role=None)
