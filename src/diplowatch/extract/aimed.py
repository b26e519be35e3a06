"""A deed named as the aim of a purpose phrase is still to come.

"برای تضمین خروج نیروهای ایتالیایی از عراق … هواپیما می‌فرستد", "لضمان
انسحاب دبلوماسييها", "to ensure the safe withdrawal of its diplomats": the deed
right after a verb of securing in a purpose phrase (``status.AIM_CUES``),
at most ``REACH`` words after it and with no clause break between, is what
the actor means to bring about, not a deed told done: planned. A deed with
a past verb of its own ("برای تضمین امنیت مرزها توافق کردند") is read done
before this (``status.told_done``); a deed farther from the cue
("برای تامین امنیت سفارت ۵۰۰ نیرو اعزام کرد") is the main clause's; and
a cue right after a word of success, help or failure (``status.AIM_NOT_AFTER``:
"helped to secure the release", "failed to secure") tells it achieved or not.

mendD108 (review108c): only a withdrawal or a release (``AIM_TYPES``) is
named so in the corpus; the other types after such a cue are mostly the
thing kept safe ("لتأمين المظاهرات", "برای تامین کمک‌ها": provide), told
done. A finite verb is the main clause's own ("لتأمين الحدود نشر الجيش …",
``_finite``), and a word of safety, going on or repetition between the cue
and the deed (``status.AIM_GAP_WORDS``: "لضمان سلامة زيارة", "برای تضمین ادامه
مذاکرات") makes the deed the thing secured, not the aim.
"""

from __future__ import annotations

from diplowatch.extract.clause_before import clause_words_before
from diplowatch.extract.lang_words import phrase_set
from diplowatch.extract.scan import Hit

# Words between the cue and the deed ("برای تامین سوخت و خروج نیروها",
# "to ensure the safe withdrawal").
REACH = 2
# The longest cue, in words ("من أجل ضمان", "به منظور تضمین"): the
# shortest cue ending at a word is tried first, so a longer one ending in a
# shorter ("in order to ensure") is never needed.
_CUE_WORDS = 3
# mendD108: the deeds a purpose phrase names as its aim in the corpus.
AIM_TYPES = frozenset({"RETREAT", "CONCEDE"})


def aimed(trigger: Hit, text: str, lang: str) -> bool:
    """Whether the trigger is a withdrawal or a release (``AIM_TYPES``), not
    a finite verb of its own (``_finite``), named at most ``REACH`` words
    after an aim cue of ``lang`` (``status.AIM_CUES``) in its clause, where
    the cue follows no word of success, help or failure
    (``status.AIM_NOT_AFTER``) and no gap word of the thing secured stands
    between them (``_secured_thing``)."""
    if trigger.entry.value not in AIM_TYPES or _finite(trigger, text, lang):
        return False
    cues = phrase_set(lang, "status", "AIM_CUES")
    if not cues:
        return False
    words = clause_words_before(text, trigger.start, 150)
    helped = phrase_set(lang, "status", "AIM_NOT_AFTER")
    for gap in range(min(REACH, len(words)) + 1):
        end = len(words) - gap
        for size in range(1, min(_CUE_WORDS, end) + 1):
            if " ".join(words[end - size : end]) in cues:
                if end - size > 0 and words[end - size - 1] in helped:
                    return False
                return not _secured_thing(trigger, words[end:], lang)
    return False


def _finite(trigger: Hit, text: str, lang: str) -> bool:
    """Whether the trigger is a finite verb, the clause's own ("لتأمين
    الحدود نشر الجيش"); a Persian infinitive ("خارج کردن",
    ``affixes.INFINITIVE_ENDINGS``) names an aim as a noun does."""
    if trigger.entry.affix != "verb":
        return False
    endings = phrase_set(lang, "affixes", "INFINITIVE_ENDINGS")
    word = text[trigger.start : trigger.end].rstrip()
    return not (endings and any(word.endswith(e) for e in endings))


def _secured_thing(trigger: Hit, between: list[str], lang: str) -> bool:
    """Whether a gap word between the cue and the deed makes the deed the
    thing secured ("لضمان عدم تكرار", "برای تضمین ادامه مذاکرات"), unless
    the deed is joined to it by a coordinating word (``status.AIM_JOINERS``)
    as a second aim ("لضمان سلامة وانسحاب")."""
    gaps = phrase_set(lang, "status", "AIM_GAP_WORDS")
    if not gaps or not any(w in gaps for w in between):
        return False
    joiners = phrase_set(lang, "status", "AIM_JOINERS")
    glued = any(trigger.prefix.startswith(j) for j in joiners)
    return not (glued or (bool(between) and between[-1] in joiners))
