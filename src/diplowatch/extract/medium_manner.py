"""A medium told as the manner of another deed is no talk of its own.

"آیین افتتاح ایستگاه مترو … با حضور ویدئو کنفرانسی رئیس جمهور برگزار
شد": the videoconference is how one guest took part in a ceremony; nobody
confers with anybody (PLOVER CONSULT). A medium noun (a CONSULT trigger that is one of
``context.MEDIUM_WORDS``: a videoconference, not a phone call, which is a
talk whatever it carries) right after a marker of manner
(``context.MEDIUM_MANNER_MARKERS``: Persian "با حضور", a guest's taking
part; a whole gathering held "به صورت ویدئو کنفرانس" may be the meeting
itself) is such a manner; a talk held that way keeps its own
talk word ("به صورت ویدئو کنفرانس گفت‌وگو کردند": the "گفت‌وگو" tells
it), a medium that is itself the head ("در یک ویدئو کنفرانس با …")
stays, and so does the manner of a meeting named before it in its
sentence ("در این جلسه که … با ویدئو کنفرانس برگزار شد";
``context.MEDIUM_MEETING_HEADS``), which the medium may be the only word
left to tell. Arabic and English read no medium as a talk ("عبر الفيديو
كونفرانس", "by videoconference" are no triggers), so they list none.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import SENTENCE_STOPS
from diplowatch.text.words import WORD_RUN, ends_with_word

# Characters read before the medium for its marker.
MARKER_REACH = 24


def drop_medium_manners(triggers: list[Hit], text: str, ctx: Any) -> list[Hit]:
    """``triggers`` without the media told as the manner of another deed."""
    if not ctx.medium_manner_markers:
        return triggers
    return [t for t in triggers if not _manner(t, text, ctx)]


def _manner(t: Hit, text: str, ctx: Any) -> bool:
    """Whether ``t`` is a medium right after a marker of manner."""
    if t.entry.value != "CONSULT" or text[t.base_start : t.base_end] not in ctx.medium_words:
        return False
    before = text[max(0, t.start - MARKER_REACH) : t.start].rstrip()
    if not ends_with_word(before, ctx.medium_manner_markers):
        return False
    start = max(text.rfind(c, 0, t.start) for c in SENTENCE_STOPS | {"\n"}) + 1
    return not any(w in ctx.medium_meeting_heads for w in WORD_RUN.findall(text, start, t.start))
