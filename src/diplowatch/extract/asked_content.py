"""A state written only inside what the one asked is asked to do is no side
of the request (request83).

"حث الرئيس المصري الحكومة على مقاطعة البضائع الفرنسية", "urged citizens to
boycott French goods", "از مردم خواست کالاهای فرانسوی را تحریم کنند": the
request names whom it asks (a people or a body in the slot a verb of asking
addresses, ``asked_nouns.asking_word_at``) before what it asks opens
(``asked_nouns.content_opened_at``); France is what the goods are, not a
party asked or asking. Read with it, the state took the asked side's place
or joined the asker. Only a state as a whole (no agent, no title) is set
aside: an agent inside what is asked ("… إلى الإفراج عن الصحفيين") is read
by the other rules. Where no people or body is addressed in that slot
("asked the US to lift sanctions on Iran"), the usual reading stands.
"""

from __future__ import annotations

from diplowatch.extract.asked_nouns import asking_word_at, content_opened_at
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit

# The mentions that name a state as a whole.
_STATE_KINDS = frozenset({"state", "state_adj"})


def content_states_out(trig: Hit, people: list[Mention], ntext: str, lang: str) -> list[Mention]:
    """``people`` without the whole states named after the opener of what an
    addressed people or body is asked (the module's rule)."""
    opened = _content_start(trig, people, ntext, lang)
    if opened is None:
        return people
    return [m for m in people if m.start < opened or not _whole_state(m)]


def only_in_content(code: str, mentions: list[Mention], ntext: str, lang: str) -> bool:
    """Every mention of ``code`` stands inside what an addressed people or
    body is asked ("دعت الحكومة المواطنين إلى مقاطعة البضائع الفرنسية"):
    that country lends itself to no side of the sentence (``participants``
    gives an agent with no country the one its sentence names)."""
    named = [m for m in mentions if m.code == code]
    if not named or not all(_whole_state(m) for m in named):
        return False
    for m in mentions:
        if not m.agent or m.role or m.start >= named[0].start:
            continue
        if asking_word_at(ntext, m.start, m.end, lang) is None:
            continue
        opened = content_opened_at(ntext, m.end, lang)
        if opened is not None and opened <= named[0].start:
            return True
    return False


def _content_start(trig: Hit, people: list[Mention], ntext: str, lang: str) -> int | None:
    """Where what is asked opens after the first people or body the
    trigger addresses, or None."""
    for m in people:
        if not m.agent or m.role or m.start < trig.start - 200:
            continue
        at = asking_word_at(ntext, m.start, m.end, lang)
        if at is None or not (at <= trig.start < m.start or m.end <= trig.start):
            continue
        opened = content_opened_at(ntext, m.end, lang)
        if opened is not None and trig.start < opened:
            return opened
    return None


def _whole_state(m: Mention) -> bool:
    """A state named as a whole: no agent, no title, no person's name."""
    return m.kind in _STATE_KINDS and not m.agent and not m.role and not m.name
