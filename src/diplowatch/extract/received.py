"""Who gives what a side receives: the giver acts first.

"تلقت المعارضة مساعدات عسكرية من الولايات المتحدة", "مخالفان از آمریکا کمک
نظامی دریافت کردند", "the opposition received military aid from the United
States": the aid, the support, the invitation or the threat is the object
of a verb of receiving (``context.RECEIVE_VERBS``), its subject is whom it
is given to and the group after "from" (``context.GIVER_MARKERS``) gives it.
Word order puts the receiver first, while the event's first actor must be
the giver (the PLOVER export reads actor = first, recipient = second).
"""

from __future__ import annotations

import re

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

# How far (characters) a verb of receiving may stand from the thing received
# ("تلقت المعارضة السورية مساعدات": the subject stands between).
_REACH = 50
# How many words after the deed's noun a relative verb of receiving may
# stand ("اتصال هاتفي تلقاه": one adjective between).
RELATIVE_WORDS = 3
# What a side draws from another: criticism or praise (swap106).
DRAWN_TYPES = frozenset({"ACCUSE", "SUPPORT"})
# How many words may stand between criticism drawn and the side after its
# "from" (two adjectives, the marker, one word after it: "انتقادات حادة
# جدا من الحكومة", "انتقاد شدید از سوی اتحادیه اروپا").
_DRAWN_FROM_WORDS = 4
# Words that may stand between a giver marker and the giver ("from the US").
_GAP_WORDS = 1
_WORD = re.compile(r"\w+|[^\w\s]")
# What ends the clause of the deed's word: a verb past it governs another.
_STOPS = re.compile("[" + re.escape("".join(sorted(CLAUSE_BREAKS)) + ".!?؟") + "]")


def givers_first(side: list[Mention], trig: Hit, ntext: str, ctx: Context) -> list[Mention]:
    """``side`` with the mentions a giver marker introduces moved first, when
    the deed's word is what a verb of receiving governs and some but not all
    of the side are so marked."""
    if len(side) < 2 or not ctx.receive_verbs:
        return side
    received = _received(trig, ntext, ctx.receive_verbs) or _received_right_after(trig, ntext, ctx)
    if not received and not _aroused(trig, ntext, ctx):
        return side
    marked = [
        m
        for m in side
        if _after_giver_marker(m, ntext, ctx.giver_markers)
        and (received or _right_after(m, trig, ntext))
    ]
    if not marked or len(marked) == len(side):
        return side
    return marked + [m for m in side if m not in marked]


def received_noun(trig: Hit, ntext: str, ctx: Context) -> bool:
    """Whether a verb of receiving governs the deed's word ("received a
    request from Sudan"): its giver is read here (``givers_first``), after
    the generic split has read the sides in their order."""
    return bool(ctx.receive_verbs) and _received(trig, ntext, ctx.receive_verbs)


def _received(
    trig: Hit, ntext: str, verbs: frozenset[str], before: bool = True, after: bool = True
) -> bool:
    """A verb of receiving stands within ``_REACH`` of the deed's word, with
    no clause break between them (on the sides ``before`` and ``after`` ask
    for)."""
    said_before = _STOPS.split(ntext[max(0, trig.start - _REACH) : trig.start])[-1]
    said_after = _STOPS.split(ntext[trig.end : trig.end + _REACH])[0]
    said = " ".join(
        (
            " ",
            " ".join(_WORD.findall(said_before)) if before else "",
            "|",
            " ".join(_WORD.findall(said_after)) if after else "",
            " ",
        )
    )
    return any(f" {verb} " in said for verb in verbs)


def _aroused(trig: Hit, ntext: str, ctx: Context) -> bool:
    """A verb of drawing criticism or praise (``context.AROUSE_VERBS``:
    "أثار … انتقادات من", "sparked criticism from", "با انتقاد … روبرو شد")
    governs the deed's noun as its object: the noun is criticism or praise
    (``DRAWN_TYPES``), and the verb stands on the object's side of it,
    before it, or after it in a language whose verb comes last, with no
    word opening another phrase between (``AROUSE_BREAKS``: "أثارت الحكومة
    جدلا بعد رفض …" drew the controversy, not the refusal). A verb on the
    other side belongs to a clause about what the deed drew ("انتقد الاتحاد
    مصر مما أثار ردا من القاهرة"), not to the deed."""
    if not ctx.arouse_verbs or trig.entry.value not in DRAWN_TYPES:
        return False
    last = bool(ctx.verb_final)
    if not _received(trig, ntext, ctx.arouse_verbs, before=not last, after=last):
        return False
    span = (
        ntext[trig.end : trig.end + _REACH]
        if last
        else ntext[max(0, trig.start - _REACH) : trig.start]
    )
    return not any(w in ctx.arouse_breaks for w in _WORD.findall(span))


def _right_after(m: Mention, trig: Hit, ntext: str) -> bool:
    """Whether ``m`` follows the deed's noun within ``_DRAWN_FROM_WORDS``
    words, all of one phrase: criticism drawn "from" a side names it right
    after the noun and its adjectives ("انتقادات واسعة من الاتحاد", "انتقاد
    شدید از سوی اتحادیه"). A marker before the noun is another phrase's
    ("جمعی از ایرانیان … در پی ممنوع شدن"); one far after it, another
    noun's ("رفض جميع الأطياف … باستثناء تلك القريبة من حركة النهضة")."""
    if m.start < trig.end:
        return False
    between = _WORD.findall(ntext[trig.end : m.start])
    return len(between) <= _DRAWN_FROM_WORDS and all(w.isalnum() for w in between)


def _received_right_after(trig: Hit, ntext: str, ctx: Context) -> bool:
    """A verb of receiving with a pronoun object stands within
    ``RELATIVE_WORDS`` words after the deed's noun ("دعوة تلقاها من …",
    "اتصال هاتفي تلقاه من …", "الدعم الذي تلقاه من …";
    ``context.RECEIVED_RELATIVES``): the noun is what was received. A word
    opening another noun between them ("شكرها للرسالة التي تلقتها",
    ``RECEIVED_PHRASE_BREAKS``) or a break ends the phrase: the pronoun
    then stands for that noun."""
    verbs = ctx.received_relatives
    if not verbs:
        return False
    for w in _WORD.findall(ntext[trig.end : trig.end + _REACH])[:RELATIVE_WORDS]:
        if w in verbs:
            return True
        if not w.isalnum() or w.startswith(ctx.received_breaks):
            return False
    return False


def _after_giver_marker(m: Mention, ntext: str, markers: frozenset[str]) -> bool:
    """Whether a giver marker stands right before ``m``, or one word before
    it ("from the United States")."""
    words = _WORD.findall(ntext[max(0, m.start - 40) : m.start])
    for gap in range(_GAP_WORDS + 1):
        if len(words) <= gap:
            return False
        if any(not w.isalnum() for w in words[len(words) - gap :]):
            return False
        if words[len(words) - gap - 1] in markers:
            return True
    return False


def summoners_first(side: list[Mention], trig: Hit, ntext: str, ctx: Context) -> list[Mention]:
    """``side`` with the body an envoy is summoned to moved first, when the
    summons is told in the passive ("سفیر ایران به وزارت خارجه دانمارک
    احضار شد", "the Iranian ambassador was summoned to the Danish foreign
    ministry"; ``context.SUMMONED_PASSIVES``, ``SUMMONER_MARKERS``): the
    ministry summoned him, as the active "وزارت خارجه دانمارک سفیر ایران
    را احضار کرد" reads (parties33fa)."""
    if len(side) < 2 or not ctx.summoned_passives:
        return side
    around = " ".join(_WORD.findall(ntext[max(0, trig.start - 12) : trig.end + 16]))
    if not any(f" {v} " in f" {around} " for v in ctx.summoned_passives):
        return side
    marked = [m for m in side if _after_giver_marker(m, ntext, ctx.summoner_markers)]
    if not marked or len(marked) == len(side):
        return side
    return marked + [m for m in side if m not in marked]
