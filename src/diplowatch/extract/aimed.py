"""A deed named as the aim of a purpose phrase is still to come.

"برای تضمین خروج نیروهای ایتالیایی از عراق … هواپیما می‌فرستد", "لضمان
انسحاب دبلوماسييها", "to ensure the safe withdrawal of its diplomats": the deed
right after a verb of securing in a purpose phrase (``status.AIM_CUES``),
at most ``REACH`` words after it and with no clause break between, is what
the actor means to bring about, not a deed told done: planned. A deed with
a past verb of its own ("برای تضمین امنیت مرزها توافق کردند") is read done
before this (``status.told_done``); a deed farther from the cue
("برای تامین امنیت سفارت ۵۰۰ نیرو اعزام کرد") is the main clause's; and
a cue right after a word of success or help (``status.AIM_NOT_AFTER``:
"helped to secure the release", "managed to secure") tells it achieved.
"""

from __future__ import annotations

from diplowatch.extract.lang_words import phrase_set
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS

# Words between the cue and the deed ("برای تامین سوخت و خروج نیروها",
# "to ensure the safe withdrawal").
REACH = 2
# The longest cue, in words ("in order to ensure").
_CUE_WORDS = 4
_BREAKS = CLAUSE_BREAKS | SENTENCE_STOPS


def aimed(trigger: Hit, text: str, lang: str) -> bool:
    """Whether an aim cue of ``lang`` stands at most ``REACH`` words before
    the trigger in its clause."""
    cues = phrase_set(lang, "status", "AIM_CUES")
    if not cues:
        return False
    before = text[max(0, trigger.start - 150) : trigger.start]
    cut = max(before.rfind(b) for b in _BREAKS)
    words = before[cut + 1 :].split()
    helped = phrase_set(lang, "status", "AIM_NOT_AFTER")
    for gap in range(min(REACH, len(words)) + 1):
        end = len(words) - gap
        for size in range(1, min(_CUE_WORDS, end) + 1):
            if " ".join(words[end - size : end]) in cues:
                return end - size == 0 or words[end - size - 1] not in helped
    return False
