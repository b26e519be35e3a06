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


def content_states_out(
    trig: Hit, people: list[Mention], ntext: str, lang: str, named: list[Mention] | None = None
) -> list[Mention]:
    """``people`` without the whole states named after the opener of what an
    addressed people or body is asked (the module's rule). The addressed one
    is looked for among ``named`` (the sentence's mentions), as a people
    asked with no country of its own ("دعت الحكومة المواطنين إلى …") may
    already be out of ``people``."""
    opened = _content_start(trig, named if named is not None else people, ntext, lang)
    if opened is None:
        return people
    kept = [m for m in people if m.start < opened or not _whole_state(m)]
    return people if _event_lost(people, kept) else kept


def _event_lost(people: list[Mention], kept: list[Mention]) -> bool:
    """mendA84: setting the states aside would leave the call fewer than two
    sides, and each state set aside is a country a kept side already has
    ("دعت النقابة العمال المصريين إلى الإضراب في … المصانع المصرية": the
    union and the workers are both Egypt's labour, one side once the
    factories' Egypt goes). The state then only repeats that side's country
    and the call keeps its event; a state no side shares ("دعت الحكومة
    المواطنين إلى مقاطعة البضائع الفرنسية") stays out."""
    if len(_sides(kept)) >= 2 or len(_sides(people)) < 2:
        return False
    codes = {m.code for m in kept if m.code}
    return all(m.code in codes for m in people if m not in kept)


def _sides(people: list[Mention]) -> set[tuple[str | None, str | None, str | None]]:
    """The distinct sides ``people`` make (an event needs two)."""
    return {(m.code, m.agent, m.role) for m in people if m.code or m.agent}


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
