"""Which event nouns are reported as happening, and which only name an event.

An event noun is often not a report of a new event: "این حمله را محکوم کرد"
(condemned this attack) reports a condemnation, and the attack is its
object; "this attack", "هذا الهجوم" refer back to an event told earlier.
Both rules are driven by per-language data in ``lang/<code>/context.py``:

- ``OBJECT_MARKERS`` (Persian "را"): a noun trigger followed, inside its noun
  phrase, by the object marker is the direct object of another verb; it is
  dropped unless that verb is one that carries the noun out
  (``SUPPORT_VERBS``: "رزمایش را برگزار کرد" holds an exercise) or the
  noun's own light verb (``OWN_LIGHT_VERBS``: "وعده ارسال دارو را داد"
  promised to send medicine).
- ``TOPIC_MARKERS`` ("درباره", "در مورد", "به منظور"): a trigger right after
  one is what is talked about or aimed at ("discussed the agreement", "in
  order to release"), not an event reported.
- ``status.UNREAL_CUES`` ("if", "اگر", "می‌تواند"): an event told after
  one is a possibility, not a report (threats excepted: they are
  conditional by nature); a question ("?", "؟") reports nothing.
- ``NEEDS_PREDICATE`` and ``LIGHT_VERBS``: a noun of these types reports an
  event only with a light verb of its own in its clause ("حمله کردند", "حمله
  … صورت گرفت"); named in passing ("پس از حمله به سفارت", "حمله به کشتی؛
  …") it is a reference, not a report.
- ``DEMONSTRATIVES``: a noun trigger right after one ("این حمله", "this
  attack") refers to an event of the same type already reported in the
  document, so it adds no event of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import islice

from diplowatch import lang as lang_data
from diplowatch.event_types import TYPES, having
from diplowatch.extract.actor_context import Context
from diplowatch.extract.scan import Hit
from diplowatch.text.breaks import first_break
from diplowatch.text.punctuation import PHRASE_BREAK_MARKS, SOFT_BREAKS
from diplowatch.text.words import ends_with_word

_TOKEN = re.compile(r"\w+|[^\w\s]")
# How far (in tokens) the end of a noun phrase and its verb are looked for.
NP_WINDOW = 10
VERB_WINDOW = 8
# noevent45: a quoted topic is still the topic ("در مورد «گفت‌وگو با آمریکا»",
# "about \"direct talks\""): spaces and opening quotation marks stand between
# a topic marker and the deed noun it governs.
_OPEN_QUOTES = " \"'«“‘‹"


def _tokens(text: str, start: int, limit: int) -> list[str]:
    """Up to ``limit`` (at least one) tokens (words or single punctuation
    marks) from ``start``, the matches cut in C (asked for every noun trigger)."""
    return [m.group() for m in islice(_TOKEN.finditer(text, start), limit)]


def is_object(
    hit: Hit,
    text: str,
    markers: frozenset[str],
    phrase_breaks: frozenset[str],
    support_verbs: frozenset[str],
    negated: frozenset[str] = frozenset(),
    own_verbs: frozenset[str] = frozenset(),
    blockers: frozenset[str] = frozenset(),
    participles: tuple[str, ...] = (),
) -> bool:
    """Whether a noun trigger is the object of a verb that does not carry it out.

    The noun phrase runs from the trigger to the object marker; it ends
    without one at punctuation or a phrase break (a verb, "that", "and"). After the marker,
    the verb is looked for up to the end of the clause. ``own_verbs`` are the
    light verbs of the noun's own compound ("وعده … را داد"): right after the
    marker the noun is no object of theirs (further on, the light verb is
    another noun's: "درخواست … را ثبت کنند"). A noun right after one of
    ``blockers`` (prepositions) heads their phrase: the marker after it is
    the next noun phrase's. A verb trigger is an object's adjective when
    it is a passive participle (``participles``) that the marker follows
    (``_participle_in_object``), and so is a noun's participle right after
    it ("نفتکش توقیف شده را آزاد کرد": the tanker seized before).
    """
    if not markers:
        return False
    if hit.entry.affix == "verb":
        return _participle_in_object(hit, text, markers, phrase_breaks, participles)
    if blockers and _after_any(text, hit.start, blockers):
        return False
    tokens = _TOKEN.finditer(text, hit.end)  # the verb's words read only past a marker
    words = [m.group() for m in islice(tokens, NP_WINDOW)]
    at = _marker_at(words, markers, phrase_breaks, participles)
    if at is None:
        return False
    words += [m.group() for m in islice(tokens, VERB_WINDOW)]
    after = words[at + 1 : at + 1 + VERB_WINDOW]
    return _object_of_verb(after, markers, support_verbs, negated, own_verbs)


def _marker_at(
    words: list[str],
    markers: frozenset[str],
    phrase_breaks: frozenset[str],
    participles: tuple[str, ...],
) -> int | None:
    """Where among ``words`` (those after a noun trigger) the object marker
    closes the noun phrase the trigger opens, within ``NP_WINDOW`` words;
    None where the phrase ends first, at punctuation or a phrase break: the
    noun is then no object, and the verb after is not read."""
    for i, word in enumerate(words[:NP_WINDOW]):
        if word in markers:
            return i
        if i == 0 and word in participles:
            # "توقیف شده … را": the noun's participle, inside its phrase, when
            # the marker follows within two more words
            if not markers.intersection(words[1:4]):
                return None
            continue
        if not word.isalnum() or word in phrase_breaks:
            return None
    return None


def _object_of_verb(
    after: list[str],
    markers: frozenset[str],
    support_verbs: frozenset[str],
    negated: frozenset[str],
    own_verbs: frozenset[str],
) -> bool:
    """Whether the words ``after`` an object marker make the noun before it
    the object of a verb that does not carry it out: not when the noun's own
    light verb follows at once, nor when a support verb carries it out (only
    a negated one leaves it undone)."""
    for j, verb in enumerate(after):
        if j == 0 and verb in own_verbs:
            return False  # "وعده … را داد": the noun's own verb, right after
        if verb in support_verbs:
            # "توافق را تأیید نکرد": a negated light verb carries nothing out
            return j + 1 < len(after) and after[j + 1] in negated
        if not verb.isalnum() or verb in markers:
            break
    return True


def _participle_in_object(
    hit: Hit,
    text: str,
    markers: frozenset[str],
    phrase_breaks: frozenset[str],
    participles: tuple[str, ...],
) -> bool:
    """Whether a verb trigger is a passive participle describing a noun of
    an object ("نفتکش توقیف‌شده انگلیسی را آزاد کرد": the seized tanker,
    released): the object marker follows it across at most two words of
    its noun phrase, with no verb between. A verb closes its clause and
    takes no marker after it."""
    if not participles or not text[hit.start : hit.end].endswith(participles):
        return False
    for word in _tokens(text, hit.end, 3):
        if word in markers:
            return True
        if not word.isalnum() or word in phrase_breaks:
            return False
    return False


def _after_any(text: str, pos: int, phrases: frozenset[str]) -> bool:
    """Whether one of ``phrases`` (whole words) ends right before ``pos``."""
    words = text[max(0, pos - 40) : pos].split()[1 if pos > 40 else 0 :]  # no cut word
    return any(" ".join(words[-n:]) in phrases for n in (1, 2) if len(words) >= n)


# The types a concession undoes (``event_types`` ``undoes``).
_UNDONE = frozenset(code for t in TYPES for code in t.undoes)


def _negated_breaks(phrase_breaks: frozenset[str], lang: str, ctx: object) -> frozenset[str]:
    """The phrase breaks as written negated where the light verb takes the
    negation ("تأیید نکرد", "انجام نمی دهد"): each with a prefix of
    ``context.OBJECT_NEGATION_PREFIXES`` glued, and the words of
    ``OBJECT_NEGATED_WORDS``, both read as written (not normalised)."""
    if not getattr(ctx, "negation_follows", False):
        return frozenset()
    data = lang_data.load(lang, "context") if lang else None
    prefixes: tuple[str, ...] = getattr(data, "OBJECT_NEGATION_PREFIXES", ())
    words: tuple[str, ...] = getattr(data, "OBJECT_NEGATED_WORDS", ())
    return frozenset(f"{p}{w}" for p in prefixes for w in phrase_breaks) | frozenset(words)


def drop_objects(triggers: list[Hit], text: str, ctx: object) -> list[Hit]:
    """Triggers that are not the object of another verb (see ``is_object``),
    or that a responsibility is for (``_claimed``)."""
    markers: frozenset[str] = getattr(ctx, "object_markers", frozenset())
    if not markers:
        return triggers
    phrase_breaks: frozenset[str] = getattr(ctx, "phrase_breaks", frozenset())
    support: frozenset[str] = getattr(ctx, "support_verbs", frozenset())
    negated = _negated_breaks(phrase_breaks, getattr(ctx, "lang", ""), ctx)
    own: dict[str, frozenset[str]] = getattr(ctx, "own_light_verbs", {})
    # a verb of calling off carries its object out (as negated, ``status``)
    # unless it undoes it ("تحریم … را لغو کرد" lifts a sanction: no sanction)
    called_off = support | getattr(ctx, "cancel_verbs", frozenset())
    blockers: frozenset[str] = getattr(ctx, "object_blockers", frozenset())
    needs: frozenset[str] = getattr(ctx, "needs_predicate", frozenset())
    return [
        t
        for t in triggers
        if not is_object(
            t,
            text,
            markers,
            phrase_breaks,
            support if t.entry.value in _UNDONE else called_off,
            negated,
            own.get(_head(text, t), frozenset()),
            # a deed that needs a verb of its own is only named after them
            # ("پس از حمله به …"): the marker's verb is still no report of it
            blockers if t.entry.value not in needs else frozenset(),
            getattr(ctx, "object_participles", ()),
        )
        # the deed a responsibility is for ("مسئولیت حمله … را بر عهده گرفت")
        # is no object: its claim presupposes it (``_claimed``)
        or _claimed(t, text, ctx)
    ]


def _head(text: str, hit: Hit) -> str:
    """The first word of a trigger: the noun of its compound ("وعده" of "وعده ارسال")."""
    words = text[hit.start : hit.end].split()
    return words[0] if words else ""


@lru_cache(maxsize=64)
def _longest(words: frozenset[str]) -> int:
    """The length of the longest of ``words``, read once per list (the
    topic markers are asked for every trigger of every document)."""
    return max(len(w) for w in words)


def drop_topics(
    triggers: list[Hit],
    text: str,
    markers: frozenset[str],
    joins: frozenset[str] = frozenset(),
    kinds: frozenset[str] = frozenset(),
    glued: tuple[str, ...] = (),
) -> list[Hit]:
    """Triggers that are not the topic of talk or the aim of an act ("در
    مورد توافق", "به منظور آزادسازی", also quoted: "در مورد «توافق»"); a
    verb there is an infinitive. A noun joined by a conjunction (``joins``)
    to one dropped after a head noun of a kind (``kinds``) shares its topic
    ("the issue of protests and arrests", "ملف حقوق الانسان والاعتقالات",
    a conjunction of ``glued`` written on the noun);
    after an aim ("برای رایزنی و میانجیگری … می‌آید") the next noun may
    name what a visit does, and stays."""
    if not markers:
        return triggers
    longest = _longest(markers) + 1
    kept = []
    dropped_end = -1
    for t in triggers:
        before = text[max(0, t.start - longest) : t.start].rstrip(_OPEN_QUOTES)
        if ends_with_word(before, markers) or _quoted_marker(text, t.start, longest, markers):
            dropped_end = t.end if kinds and ends_with_word(before, kinds) else -1
            continue
        if t.entry.affix != "verb" and joins_topic(text, dropped_end, t.start, joins, glued):
            dropped_end = t.end
            continue
        kept.append(t)
    return kept


# mendB105: quote marks at a word's edge, which may cut a marker of several
# words ("the 'possibility' of a prisoner swap").
_MARKER_QUOTES = "\"'«»“”‘’‹›"
_EDGE_QUOTES = re.compile(rf"(?:(?<=\s)|^)[{_MARKER_QUOTES}]+|[{_MARKER_QUOTES}]+(?=\s|$)")
# Room for the quote marks a writer sets inside a marker (two pairs).
_QUOTE_ROOM = 4


def _quoted_marker(text: str, start: int, longest: int, markers: frozenset[str]) -> bool:
    """Whether a marker cut by quote marks round one of its words ends
    right before ``start`` ("the 'possibility' of a prisoner swap": the
    marker "possibility of a"): read with the marks left out, as the
    unquoted phrase is (mendB105)."""
    window = text[max(0, start - longest - _QUOTE_ROOM) : start]
    if not any(q in window for q in _MARKER_QUOTES):
        return False
    return ends_with_word(_EDGE_QUOTES.sub("", window).rstrip(" "), markers)


# Words that may stand between two deed nouns joined as one topic: an
# adjective or an article and the conjunction ("الاعتقالات التعسفية
# والتعذيب", "protests and the strikes").
CONJUNCT_GAP = 2


def joins_topic(
    text: str, end: int, start: int, joins: frozenset[str], glued: tuple[str, ...] = ()
) -> bool:
    """Whether the text between a dropped topic noun's end and a noun's
    start only joins them: a conjunction last, a word at most before it, or
    a conjunction glued to the noun (``glued``, ``context.TOPIC_GLUED_JOINS``:
    the Arabic "و")."""
    if end < 0 or start < end or not joins:
        return False
    words = text[end:start].split()
    if not words:
        return text.startswith(glued, start)
    if len(words) > CONJUNCT_GAP:
        return False
    return words[-1] in joins or " ".join(words[-2:]) in joins


def drop_anaphors(
    triggers: list[Hit],
    text: str,
    demonstratives: frozenset[str],
    told: Iterable[str],
    joined: frozenset[str] = frozenset(),
) -> list[Hit]:
    """Triggers that do not merely point back ("this attack") at an event of
    the same type told earlier in the document; a verb of joining closing
    the pointer's clause (``joined``: "رانندگان هم به همین اعتصاب پیوستند") tells new
    people taking part, a new event."""
    if not demonstratives:
        return triggers
    told_types = set(told)
    if not told_types:
        return triggers
    kept = []
    for t in triggers:
        before = text[max(0, t.start - 20) : t.start].split()
        pointer = before and before[-1] in demonstratives and t.entry.value in told_types
        if pointer and not _joined_after(text, t.end, joined):
            continue
        kept.append(t)
    return kept


# Words after a pointed-back event noun within which a verb of joining
# closes its clause ("پرستاران هم به همین اعتصاب دو روزه پزشکان پیوستند").
_JOINED_REACH = 8


def _joined_after(text: str, end: int, joined: frozenset[str]) -> bool:
    """A verb of joining among the next words of the clause after ``end``
    (up to a comma or a sentence's end, ``PHRASE_BREAK_MARKS``, 120
    characters at most)."""
    if not joined:
        return False
    stop = first_break(text, end, end + 120, PHRASE_BREAK_MARKS)
    words = text[end:stop].split()[:_JOINED_REACH]
    return any(w in joined for w in words)


# Threats are conditional by nature ("if X attacks, we will respond").
CONDITIONAL_BY_NATURE = having("conditional")
# Types of comments, whose noun may open the phrase of the deed it is about.
_COMMENTS = having("comment")


def drop_unreal(
    triggers: list[Hit],
    cues: list[Hit],
    text: str,
    end: int,
    start: int,
    ctx: Context,
) -> list[Hit]:
    """Triggers of events the sentence reports as real: none in a question,
    none after a cue of possibility (``status.UNREAL_CUES``; threats excepted).
    A question set off after a statement by a comma or semicolon ("…، فهل
    من مبرر لذلك؟", ``asked_from``) is a question of its own: the triggers
    before it stay, and the sentence reads as ending there. Not after a
    supposition (``_SUPPOSING``: "if China does not give it, could …?",
    "لنفترض أن …، هل …؟"): what comes before such a question is its premise."""
    if _question(text, end):
        cut = asked_from(text, start, end, ctx)
        if cut is None or any(c.start < cut and c.entry.kind in _SUPPOSING for c in cues):
            return []
        triggers, end = [t for t in triggers if t.end <= cut], cut
    ifs = [c.end for c in cues if c.entry.kind == "unreal"]
    if not ifs:
        return triggers
    first = min(ifs)
    # a colon or semicolon ends what the cue governs ("… اگر X شود آثار بهتری
    # دارد، اظهار داشت: کمیسیون … نشستی برگزار می‌کند")
    stops = [i for b in _SCOPE_BREAKS if (i := text.find(b, first, end)) != -1]
    last = min(stops) if stops else end
    return [
        t
        for t in triggers
        if t.start < first or t.start >= last or t.entry.value in CONDITIONAL_BY_NATURE
    ]


_QUESTION_MARKS = ("?", "؟")
# Marks that end a sentence before a question mark that stands alone ("… was
# rejected. ?"): a stray bullet of a news digest, not a question.
_SENTENCE_ENDS = frozenset(".!…")


# Marks that may close a question after its question mark: a cry ("؟!",
# "?!") and the quotation mark or bracket of a question quoted or set off
# ("asked: «why did they attack?»").
_AFTER_QUESTION = frozenset("!\u00bb\u201d\"')")


def _question(text: str, end: int) -> bool:
    """Whether the sentence ending at ``end`` asks: its last visible character
    (past the marks of ``_AFTER_QUESTION``) is a question mark that closes
    words, not one standing alone after a full stop (a digest's bullet,
    which the sentence read alone lacks)."""
    last = end  # found without copying the text
    while last > 0 and (text[last - 1].isspace() or text[last - 1] in _AFTER_QUESTION):
        last -= 1
    if not last or text[last - 1] not in _QUESTION_MARKS:
        return False
    before = last - 1
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return not (before < last - 1 and before and text[before - 1] in _SENTENCE_ENDS)


# Cue kinds of a supposition, a premise of the question that follows it.
_SUPPOSING = frozenset({"unreal", "conditional", "speculation", "wish"})
# A word of a question's opening clause (apostrophes kept: "isn't").
_ASKED_WORD = re.compile(r"[\w'\u2019]+")
# Marks that set a question off from a statement before it.
_ASKED_BREAKS = frozenset(SOFT_BREAKS)


def asked_from(text: str, start: int, end: int, ctx: Context) -> int | None:
    """Where the question of a sentence asking (``start``–``end``) begins
    when a statement stands before it: the comma or semicolon right before
    the sentence's first question word (``context.QUESTION_OPENERS``, a
    conjunction of ``QUESTION_LEADS`` allowed between: "…، اما آیا …؟").
    None when the first question word opens the sentence or stands inside a
    clause (no break right before it): the whole sentence asks, as before.
    Only the first question word is read, so a second question ("هل A، وهل
    B؟") never frees the first."""
    openers, leads = ctx.question_openers, ctx.question_leads
    if not openers:
        return None
    words = list(_ASKED_WORD.finditer(text, start, end))
    first = next((i for i, m in enumerate(words) if m.group().lower() in openers), None)
    if not first:  # none, or the sentence's first word
        return None
    at = words[first].start()
    if words[first - 1].group().lower() in leads and not _ASKED_BREAKS & set(
        text[words[first - 1].end() : at]
    ):
        at = words[first - 1].start()
    before = text[start:at].rstrip()
    if not before or before[-1] not in _ASKED_BREAKS:
        return None
    cut = start + len(before) - 1
    return cut if text[start:cut].strip() else None


# Marks that end the scope of a cue of possibility.
_SCOPE_BREAKS = (":", ";", "؛", "\n")


def drop_verbless(
    triggers: list[Hit], text: str, ctx: object, actors: frozenset[int] = frozenset()
) -> list[Hit]:
    """Noun triggers of ``context.NEEDS_PREDICATE`` types (and the nouns of
    ``context.PREDICATE_NOUNS``: "توافق", mostly a deal named) that have a
    light verb of their own before the clause ends or another trigger
    begins, or a verb phrase of their going on (``context.ONGOING_PREDICATES``:
    "درگیری‌ها ادامه دارد", clashes go on). The light verb of a verb of
    calling (``context.CALLING_PREDICATES``: "ایران را عامل حمله … معرفی
    کرد", named Iran the doer of the attack) is the calling's: the noun is
    what the blame is about, no deed of the speaker's. A noun of
    ``PREDICATE_NOUNS`` that names its sides (an actor hit of ``actors``
    starts within ``SIDES_REACH`` words after it: "توافق آمریکا و عراق",
    "توافق آتش‌بس میان X و Y") or that is being made (``_made``) stays."""
    types: frozenset[str] = getattr(ctx, "needs_predicate", frozenset())
    nouns: frozenset[str] = getattr(ctx, "predicate_nouns", frozenset())
    verbs: frozenset[str] = getattr(ctx, "light_verbs", frozenset())
    if not (types or nouns) or not verbs:
        return triggers
    starts = {t.start for t in triggers}
    kept = []
    for t in triggers:
        noun = text[t.base_start : t.base_end] in nouns and t.entry.value not in types
        if _keeps(t, text, ctx, noun, actors):
            kept.append(t)
            continue
        if _has_predicate(t, text, starts, _calling_of(t, triggers, text, ctx), ctx, noun):
            kept.append(t)
    return kept


def _keeps(t: Hit, text: str, ctx: object, noun: bool, actors: frozenset[int]) -> bool:
    """Whether ``t`` stays with no verb looked for: a verb, a noun of no
    type or word that needs one, or a deal's noun (``noun``) being made or
    naming its sides."""
    types: frozenset[str] = getattr(ctx, "needs_predicate", frozenset())
    if t.entry.affix == "verb" or not (noun or t.entry.value in types):
        return True
    if noun:
        return _made(t, text, ctx) or _names_sides(t, text, actors)
    return _claimed(t, text, ctx) or _undertaken(t, text, ctx)


# How far (characters) after an undertaken deed's noun its light verb may stand.
UNDERTAKING_REACH = 120


def _undertaken(t: Hit, text: str, ctx: object) -> bool:
    """Whether the deed noun ``t`` stands right after a word of undertaking
    (``context.UNDERTAKING_HEADS``: "اقدام به", "دست به") and a light verb
    closes its clause within ``UNDERTAKING_REACH`` ("اقدام به شلیک به سمت
    کارگران اعتصابی کردند"): the verb is the undertaking's, so the deed was
    done, though another event noun ("اعتصابی") stands between, which would
    otherwise take the verb for itself (``_has_predicate``)."""
    heads: frozenset[str] = getattr(ctx, "undertaking_heads", frozenset())
    words = text[max(0, t.start - 30) : t.start].split()
    if len(words) < 2 or f"{words[-2]} {words[-1]}" not in heads:
        return False
    verbs: frozenset[str] = getattr(ctx, "light_verbs", frozenset())
    for m in _TOKEN.finditer(text, t.end):
        if m.start() - t.end > UNDERTAKING_REACH or not m.group().isalnum():
            return False
        if m.group() in verbs:
            return True
    return False


def _claimed(t: Hit, text: str, ctx: object) -> bool:
    """Whether the deed noun ``t`` is what a claimed responsibility is for:
    the word right before it a noun of responsibility (``context.
    CLAIMED_DEED_HEADS``) and an affirmative verb of taking it on (``context.
    CLAIMED_DEED_VERBS``, written whole: "نپذیرفت" is none) closing its
    phrase before the sentence ends ("داعش مسئولیت حمله … را بر عهده
    گرفت"). Who claims a deed says it was done, as "claimed the attack" in
    Arabic and English, whose deed nouns need no verb of their own; a
    denial names the denier no doer, so it keeps none."""
    heads: frozenset[str] = getattr(ctx, "claimed_deed_heads", frozenset())
    words = text[max(0, t.start - 30) : t.start].split()
    if not words or words[-1] not in heads:
        return False
    verbs: frozenset[str] = getattr(ctx, "claimed_deed_verbs", frozenset())
    window = text[t.end : t.end + CLAIM_REACH]
    cut = min((i for i in map(window.find, ".!?؟\n") if i >= 0), default=len(window))
    window = f"{window[:cut]} "
    return any(f" {verb} " in window or f" {verb}." in window for verb in verbs)


# How far (characters) after a claimed deed's noun the verb of claiming may close it.
CLAIM_REACH = 160


# How many words after a deal's noun may hold the first of the sides it names.
SIDES_REACH = 4


def _names_sides(t: Hit, text: str, actors: frozenset[int]) -> bool:
    """Whether an actor starts within ``SIDES_REACH`` words after ``t``: the
    deal names its sides, a deal made between them."""
    for i, m in enumerate(_TOKEN.finditer(text, t.end)):
        if i >= SIDES_REACH or not m.group().isalnum():
            return False
        if m.start() in actors:
            return True
    return False


def _made(t: Hit, text: str, ctx: object) -> bool:
    """Whether the word right before a noun of ``context.PREDICATE_NOUNS``
    makes it one being made (``context.PREDICATE_NOUN_HEADS``: "امضای")."""
    heads: frozenset[str] = getattr(ctx, "predicate_noun_heads", frozenset())
    words = text[max(0, t.start - 30) : t.start].split()
    return bool(words) and words[-1] in heads


def _has_predicate(
    t: Hit, text: str, starts: set[int], calling: frozenset[str], ctx: object, noun: bool = False
) -> bool:
    """Whether a light verb (or a verb phrase of going on; for a noun of
    ``context.PREDICATE_NOUNS`` also a verb of reaching it in any form,
    ``context.PREDICATE_NOUN_VERBS``) follows the noun ``t`` before its
    clause ends or another trigger begins."""
    verbs: frozenset[str] = getattr(ctx, "light_verbs", frozenset())
    if noun:
        verbs = verbs | getattr(ctx, "predicate_noun_verbs", frozenset())
    ongoing: frozenset[str] = getattr(ctx, "ongoing_predicates", frozenset())
    prev, prev2 = "", ""
    for m in _TOKEN.finditer(text, t.end):
        word = m.group()
        if m.start() - t.end > 120 or not word.isalnum() or m.start() in starts:
            return False
        if f"{prev} {word}" in calling:
            return False
        # "ادامه دارد" in two words, "در جریان است" in three (mendA70)
        if word in verbs or {f"{prev} {word}", f"{prev2} {prev} {word}"} & ongoing:
            return True
        prev, prev2 = word, prev
    return False


def _calling_of(t: Hit, triggers: list[Hit], text: str, ctx: object) -> frozenset[str]:
    """The verb phrases that close a blame or a stance rather than the deed
    noun ``t``: ``context.CALLING_PREDICATES`` always, and
    ``context.STANCE_PREDICATES`` ("اعلام کرد") when a comment opens the
    noun's phrase past words of ``context.COMMENT_TOPIC_LINKS`` only
    ("محکومیت خود را نسبت به این حمله اعلام کرد"); elsewhere the announcing
    verb may still tell the deed ("هدف قرار گرفتن نفتکش … اعلام کرد")."""
    calling: frozenset[str] = getattr(ctx, "calling_predicates", frozenset())
    stance: frozenset[str] = getattr(ctx, "stance_predicates", frozenset())
    links: frozenset[str] = getattr(ctx, "comment_topic_links", frozenset())
    before = [p for p in triggers if p.end <= t.start]
    if not stance or not before or before[-1].entry.value not in _COMMENTS:
        return calling
    markers: frozenset[str] = getattr(ctx, "object_markers", frozenset())
    gap = text[before[-1].end : t.start].split()
    if gap and any(w in markers for w in gap) and all(w in links for w in gap):
        return calling | stance
    return calling


# How far (in tokens) the shared light verb of a gapped compound is looked for:
# the second verb phrase may hold a list ("بر همکاری در زمینه‌های اقتصادی،
# امنیتی و فرهنگی تاکید کرد"), whose commas count as tokens.
GAP_WINDOW = 20


def split_gapped(triggers: list[Hit], text: str, ctx: object) -> tuple[list[Hit], list[Hit]]:
    """The triggers that are no gapped verbal noun, and the gapped ones that
    share a later light verb.

    Persian coordinates compound verbs under one light verb: "از … قدردانی
    و بر … تاکید کرد" (praised … and stressed …), "بازداشت و اخراج شدند".
    The data lists such a verbal noun with the conjunction after it (a
    trigger whose last word is in ``context.CONJUNCTIONS``); it reports its
    deed only when what follows the conjunction opens a new verb phrase
    (``context.GAP_OPENERS``: "بر", "آن را"; or a verbal noun right before
    its light verb) and a verb of ``context.GAP_CLOSERS`` (a past light verb,
    "… خواند") closes that phrase before the clause ends. A noun right after
    a preposition or a demonstrative ("از حمایت و …") is no verb, nor are two
    coordinated nouns ("حمایت و همکاری ایران").
    The gapped ones are kept apart because the words after them are the
    second verb's, not their object ("استقبال و آن را … خواند").
    """
    conjunctions: frozenset[str] = getattr(ctx, "conjunctions", frozenset())
    verbs: frozenset[str] = getattr(ctx, "gap_closers", frozenset())
    openers: frozenset[str] = getattr(ctx, "gap_openers", frozenset())
    commas: frozenset[str] = getattr(ctx, "gap_list_marks", frozenset())
    if not conjunctions or not verbs:
        return triggers, []
    plain: list[Hit] = []
    gapped: list[Hit] = []
    for t in triggers:
        last = text[t.start : t.end].split()[-1:]
        if t.entry.affix == "verb" or not last or last[0] not in conjunctions:
            plain.append(t)
        elif _shares_light_verb(_tokens(text, t.end, GAP_WINDOW), verbs, openers, commas) and not (
            set(text[max(0, t.start - 20) : t.start].split()[-1:]) & openers
        ):
            gapped.append(t)  # "از حمایت و …", "این حمایت و …" name a noun
    return plain, gapped


def _shares_light_verb(
    after: list[str], verbs: frozenset[str], openers: frozenset[str], commas: frozenset[str]
) -> bool:
    """Whether the words after a gapped verbal noun open a verb phrase that
    a light verb closes before the clause ends (see ``split_gapped``); a
    comma of a list (``context.GAP_LIST_MARKS``) between a word and the next
    one of that phrase does not end it."""
    if not after or not (after[0] in openers or (len(after) > 1 and after[1] in verbs)):
        return False
    for i, word in enumerate(after):
        if word in commas and 0 < i < len(after) - 1 and after[i + 1].isalnum():
            continue
        if not word.isalnum():
            return False
        if word in verbs:
            return True
    return False


# Quotation marks around a name ("«…»", "“…”", '"…"'), opener to closer.
_QUOTES = {"\u00ab": "\u00bb", "\u201c": "\u201d", '"': '"'}
# How far (characters) a quoted name runs either side of a trigger in it.
NAME_REACH = 60
# A quoted name has at most this many words.
NAME_WORDS = 4


def drop_quoted_names(triggers: list[Hit], text: str, heads: frozenset[str]) -> list[Hit]:
    """Triggers that are not words of a quoted name: a trigger inside
    quotation marks right after a name's head noun (``context.NAME_HEADS``:
    party, movement, coalition, operation …: "حزب «الاتحاد والتضامن»",
    "عملیات «چشمه صلح»") or right before it ('the "Solidarity" party')
    names the group or the operation, it reports nothing."""
    if not heads:
        return triggers
    kept = []
    for t in triggers:
        if not _in_quoted_name(t, text, heads):
            kept.append(t)
    return kept


def _in_quoted_name(t: Hit, text: str, heads: frozenset[str]) -> bool:
    before = text[max(0, t.start - NAME_REACH) : t.start]
    for opener, closer in _QUOTES.items():
        i = before.rfind(opener)
        if i == -1 or (opener != closer and closer in before[i + 1 :]):
            continue
        if opener == closer and before.count(opener) % 2 == 0:
            continue  # the last '"' closes a quote: the trigger is outside
        j = text.find(closer, t.end, t.end + NAME_REACH)
        if j == -1 or any(p in text[t.end : j] for p in ".!?؟\n"):
            continue
        if len(text[t.start - len(before) + i + 1 : j].split()) > NAME_WORDS:
            continue  # a quoted saying ('الحركة "تطالب بكشف …"'), not a name
        head_before = before[:i].split()[-1:] if before[:i].strip() else []
        head_after = text[j + 1 : j + 40].split()[:1]
        if any(w in heads for w in head_before + head_after):
            return True
    return False
