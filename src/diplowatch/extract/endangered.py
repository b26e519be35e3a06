"""A danger to an abstract good is no threat an actor makes.

"Unemployment threatens the economy", "ناامنی، معیشت مردم را تهدید می‌کند",
"التصحر يهدد الأمن الغذائي" use the verb of threatening for a danger that
hangs over peace, the economy or people's livelihoods, not for a threat one
side makes to another. A trigger of a type with the trait ``endangers`` is
no event when a good of ``status.ENDANGERED_GOODS`` is its object: where the
verb comes last (``context.VERB_FINAL``, Persian) among the ``OBJECT_WORDS_BEFORE``
words before it in its clause ("صلح و امنیت بین‌المللی را تهدید می‌کند"),
elsewhere among those after it ("يهدد السلم والأمن", "threatens regional
peace"), an article or a conjunction glued to the word stripped
(``status.GOOD_PREFIXES``: "ال", "وال"). Earlier rounds listed fixed
phrases ("امنیت را تهدید", ``NOT_TRIGGERS``); this reads the good wherever
the object phrase puts it: coordinated, with an adjective or a genitive.

A danger named as the one that threatens is no side either: "بحران غذایی
افغانستان را تهدید می‌کند", "گرسنگی … اکثر آن‌ها را تهدید می‌کند", "hunger
threatens millions" tell a hardship that hangs over people, no threat made
(nonevent72fa). A word of ``status.DANGER_SUBJECTS`` is read as the subject
where the verb comes last at the start of the trigger's clause or of a phrase
a comma sets off before it ("گرسنگی به صورت یک بیماری مزمن، اکثر آن‌ها را
تهدید می‌کند"), or as the head
a relative clause opened by ``status.DANGER_RELATIVES`` hangs on ("بحران‌هایی
که … ساکنان را تهدید می‌کند"); in English right before the verb, in Arabic,
whose subject follows its verb, right after it ("هدد الجفاف ملايين
المزارعين"; ``status.DANGER_SUBJECT_AFTER``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from diplowatch import lang as lang_data
from diplowatch.event_types import having
from diplowatch.extract.lang_words import phrase_set
from diplowatch.extract.scan import Hit
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS, SENTENCE_STOPS

ENDANGERS = having("endangers")
# Words of the object phrase read (characters bound the look first): before
# a verb-final trigger a good with its adjective or genitive and one
# coordinated good ("صلح و امنیت بین‌المللی را"); after the verb no more
# than a subject and the object's first word ("تهدد إيران أمن المنطقة"), so
# that what is threatened ("threatened to quit the peace deal") is not read.
OBJECT_WORDS_BEFORE = 4
OBJECT_WORDS_AFTER = 3
OBJECT_CHARS = 80
# Words at the start of a verb-final clause that may hold its subject (a
# danger and its adjective: "بحرانی انسانی").
SUBJECT_WORDS = 2
# Characters looked back for the start of that clause: a clause longer than
# this has no start in sight and is not read.
SUBJECT_CHARS = 200


@dataclass(frozen=True)
class _Goods:
    goods: frozenset[str]
    prefixes: tuple[str, ...]  # glued articles and conjunctions, longest first
    verb_final: bool
    dangers: frozenset[str]  # nouns of a danger that threatens (nonevent72fa)
    relatives: frozenset[str]  # words that open a clause on a head before them
    not_after: frozenset[str]  # prepositions: a danger after one is no subject
    object_markers: frozenset[str]  # "را": what stands before it is the object
    head_endings: frozenset[str]  # plural endings written apart from the head
    subject_after: bool  # the subject follows the verb ("هدد الجفاف …")


@cache
def _goods(lang: str) -> _Goods:
    """The language's goods and glued prefixes, normalised."""
    status = lang_data.load(lang, "status")
    context = lang_data.load(lang, "context")
    prefixes = {normalize_phrase(p) for p in getattr(status, "GOOD_PREFIXES", ())}
    return _Goods(
        goods=frozenset(normalize_phrase(g) for g in getattr(status, "ENDANGERED_GOODS", ())),
        prefixes=tuple(sorted(prefixes, key=len, reverse=True)),
        verb_final=getattr(context, "VERB_FINAL", False),
        dangers=frozenset(normalize_phrase(d) for d in getattr(status, "DANGER_SUBJECTS", ())),
        relatives=frozenset(normalize_phrase(r) for r in getattr(status, "DANGER_RELATIVES", ())),
        not_after=phrase_set(lang, "status", "DANGER_NOT_AFTER"),
        object_markers=phrase_set(lang, "context", "OBJECT_MARKERS"),
        subject_after=getattr(status, "DANGER_SUBJECT_AFTER", False),
        head_endings=frozenset(
            normalize_phrase(e) for e in getattr(status, "DANGER_HEAD_ENDINGS", ())
        ),
    )


def endangers_good(trigger: Hit, text: str, lang: str) -> bool:
    """Whether the trigger tells a danger to an abstract good (module
    docstring): a word of its object phrase is one of the goods."""
    if trigger.entry.value not in ENDANGERS or not lang:
        return False
    data = _goods(lang)
    if _danger_subject(trigger, text, data):
        return True
    if not data.goods:
        return False
    if data.verb_final:
        words = _clause(text[max(0, trigger.start - OBJECT_CHARS) : trigger.start], last=True)
        words = words[-OBJECT_WORDS_BEFORE:]
    else:
        words = _clause(text[trigger.end : trigger.end + OBJECT_CHARS], last=False)
        words = words[:OBJECT_WORDS_AFTER]
    return any(_bare(w, data.prefixes) in data.goods for w in words)


def _danger_subject(trigger: Hit, text: str, data: _Goods) -> bool:
    """Whether a danger is what threatens (module docstring): in a verb-final
    language a danger at the start of the trigger's clause or of the phrase
    a comma sets off before it ("که گرسنگی به صورت …، اکثر آن‌ها را"), or a
    relative's head, or a relative that is itself the subject ("آنچه");
    elsewhere the word right before the trigger, or where the subject follows
    its verb the word right after it ("هدد الجفاف": a word before it ends an
    opening phrase, "في ظل الأزمة هددت إيران …"). Not a danger merely last
    before a comma ("درباره بحران، گفت که طالبان … را تهدید کردند")."""
    if not data.dangers:
        return False
    if not data.verb_final:
        before = _clause(text[max(0, trigger.start - OBJECT_CHARS) : trigger.start], last=True)
        after = _clause(text[trigger.end : trigger.end + OBJECT_CHARS], last=False)
        words = after[:1] if data.subject_after else before[-1:]
        return any(_bare(w, data.prefixes) in data.dangers for w in words)
    lo = max(0, trigger.start - SUBJECT_CHARS)
    span = text[lo : trigger.start]
    cuts = [i for i, ch in enumerate(span) if ch in CLAUSE_BREAKS or ch in SENTENCE_STOPS]
    if not cuts:
        return lo == 0 and _opens_with_danger(span.split(), data)
    if _opens_with_danger(span[cuts[-1] + 1 :].split(), data):
        return True
    if span[cuts[-1]] not in COMMAS or (len(cuts) < 2 and lo > 0):
        return False
    before = span[cuts[-2] + 1 if len(cuts) > 1 else 0 : cuts[-1]].split()
    return _opens_with_danger(before, data)


def _opens_with_danger(words: list[str], data: _Goods) -> bool:
    """Whether a danger is the subject of the clause ``words`` hold: among
    its first words after its last relative opener ("که گرسنگی …") with no
    preposition before it (``status.DANGER_NOT_AFTER``: "در بحران اخیر" is
    when, mendC72), a relative that is itself the subject (``_opens``: "آنچه … را تهدید
    می‌کند", not "به خاطر آنچه … خواند"), or the
    head noun right before that opener ("بحران هایی که …"; not a word two
    back: "درباره بحران گفت که طالبان …" opens what was said)."""
    opener = max((i for i, w in enumerate(words) if w in data.relatives), default=-1)
    if opener >= 0 and words[opener] in data.dangers and _opens(words, opener, data):
        return True  # "آنچه … را تهدید می‌کند": what threatens, not what is threatened
    start = opener + 1
    for i in range(start, min(len(words), start + SUBJECT_WORDS)):
        if words[i] in data.dangers and (i == start or words[i - 1] not in data.not_after):
            return True
    if opener <= 0:
        return False
    head = words[:opener]
    if head and head[-1] in data.head_endings:
        head = head[:-1]  # "بحران هایی که": the plural written apart
    return bool(head) and head[-1] in data.dangers


def _opens(words: list[str], at: int, data: _Goods) -> bool:
    """Whether the relative at ``at`` ("آنچه") is the clause's subject: no
    preposition before it ("به خاطر آنچه … خواند" is a reason) and no
    object marker after it ("آنچه را"); a conjunction or an opening phrase
    may stand before it ("اما آنچه", "در سده کنونی آنچه")."""
    if at > 0 and words[at - 1] in data.not_after:
        return False
    return not data.object_markers & set(words[at + 1 : at + 2])


def _clause(span: str, last: bool) -> list[str]:
    """The words of ``span`` on the trigger's side of its nearest clause break."""
    cuts = [i for i, ch in enumerate(span) if ch in CLAUSE_BREAKS or ch in SENTENCE_STOPS]
    if cuts:
        span = span[cuts[-1] + 1 :] if last else span[: cuts[0]]
    return span.split()


def _bare(word: str, prefixes: tuple[str, ...]) -> str:
    """``word`` without a glued article or conjunction ("والاستقرار")."""
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix) :]
    return word
