"""Who announces a deed by its noun tells the news; it does the deed only
when the deed is of its own kind.

"سخنگوی وزارت خارجه پاکستان از کشته شدن سه سرباز … خبر داد", "أعلنت وزارة
الصحة في غزة مقتل 30 فلسطينيا في غارات …", "the foreign ministry announced
the release of two hostages": the deed is the object of a verb of saying
(``status.REPORTING_CUES``), written as a noun in the speaker's own clause
("X از N خبر داد", "أعلن X N", "X announced the N of"). The speaker stands
where a doer would and was read as one.

Convention (ONTOLOGY "Agents", data README "How the gold was made": parties
act or are acted upon): the announcer is a party of the deed it tells only
when the deed may be its own — a state named as a whole, its forces or
police (``_DOERS``); for sentences and restrictions also the government and
the courts, the state that acts ("وزارت اطلاعات از بازداشت … خبر داد" is the
ministry's arrest: its agents are police). People are arrested by the
police: a government telling of an arrest is no party of it, and the police
of the place are understood (``_HELD_BY_POLICE``, implied28). A ministry, spokesman or embassy telling of killings,
or a medium, monitor or hospital telling of any deed, is no party of it
(a state organ's country stays a side when no one else in the deed names
it: the deed was done on its land or people). A
government telling of the release of its own nationals (a mention of its
country follows in the deed) did not free them: it got them back.

The announcer leaves only when the deed keeps someone else; "said it …"
(a pronoun pointing back to the speaker) and a quotation are the speaker's
own words about itself and are left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from diplowatch.extract.agent_groups import ARMED_AGENTS, STATE_BODIES, STATE_FORCES
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS

# Per deed, the agents that may do it themselves when they announce it.
_DOERS: dict[str, frozenset[str]] = {
    "ASSAULT": ARMED_AGENTS,
    "COERCE": ARMED_AGENTS | {"GOV", "JUD"},
    "CONCEDE": ARMED_AGENTS | {"GOV", "JUD"},
}
# doer83: the agents of a state's forces (``STATE_FORCES``) announce a
# bombing by its noun but never do one by that name
# (``context.ANNOUNCED_BOMBINGS``).
# implied28: (type, mode) of deeds on people that a government only tells:
# the police hold them ("أعلنت وزارة الداخلية اعتقال …", "وزارت کشور از
# بازداشت … خبر داد", "the interior ministry announced the arrest of …"),
# so the government is no doer and the police are understood
# (extract/implied.py); the modes are those of arrests in each language.
_HELD_BY_POLICE = frozenset({("COERCE", "seize"), ("COERCE", "arrest"), ("COERCE", "held")})
# The organs of a state (``STATE_BODIES``): the country of one is a party.
# Deeds whose announcing government is out when its own nationals are in them.
_GOT_BACK = frozenset({"CONCEDE"})
# Cue kinds of a verb of saying: one after its speaker ("X announced") is
# among the attribution cues of a language.
_SAYING = SAYING_KINDS
# Cue kinds that make what follows a clause or the speaker's own words.
_CLAUSE_OPENING = frozenset({"complementizer", "bound_complementizer"})
_QUOTES = frozenset('«"“')
# A parenthesis inserts a date or a gloss in the speaker's clause ("سفیر
# ایران امروز (جمعه) از آزادی … خبر داد"): it ends no clause here.
_BREAKS = CLAUSE_BREAKS - frozenset("()")
# bystander84: a toll's speaker may be set off by commas from what it tells
# ("أعلنت الشرطة ومسعفون، مساء الأحد، عن ارتفاع عدد …"): the toll is the
# verb's object all the same.
_TOLL_BREAKS = _BREAKS - frozenset(COMMAS)


def without_announcer(
    s: Sentence,
    ntext: str,
    trig: Hit,
    etype: str,
    pool: list[Mention],
    after_verb: bool,
    leads: frozenset[str] = frozenset(),
    bombings: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
    marked: Callable[[list[Mention]], list[Mention]] | None = None,
) -> list[Mention]:
    """``pool`` without the speaker who announces the deed of ``trig`` by its
    noun, unless the deed may be its own (see the module's convention);
    ``after_verb``: the language puts the subject after its verb; ``leads``:
    the auxiliaries of an impersonal passive (``_impersonal``);
    ``bombings``: how a bombing's noun and a toll begin (``_bombing``);
    ``marked``: which of the mentions given a doer marker of the deed
    introduces (``doers.marker_doers``, ``_named_doer``), asked only once a
    speaker is found, as few sentences have one."""
    doers = _DOERS.get(etype)
    if doers is None:
        return pool
    if etype == "ASSAULT" and _bombing(s, trig, ntext, bombings):
        doers = doers - STATE_FORCES
    speakers = _speaker_span(s, ntext, trig, (after_verb, leads))
    if speakers is None and after_verb and _toll_before(s, ntext, trig, bombings[1]):
        speakers = _speaker_span(s, ntext, trig, (after_verb, leads), _TOLL_BREAKS)
    if speakers is None:
        return pool
    lo, hi = speakers
    told = [m for m in pool if lo <= m.start < hi and m.end <= trig.start]
    rest = [m for m in pool if m not in told]
    if not told or not any(m.code or m.agent for m in rest):
        return pool
    codes = {m.code for m in rest if m.code}
    if _police_understood(trig, etype, rest):
        doers = doers - {"GOV"}
    if marked is not None and _named_doer(told, rest, marked(pool)):
        doers = frozenset()
    places = _place_codes(s, trig, pool)
    out = [m for m in told if _teller(m, etype, doers, codes, places)]
    return [m for m in pool if m not in out] if out else pool


def _bombing(
    s: Sentence, trig: Hit, ntext: str, forms: tuple[tuple[str, ...], tuple[str, ...]]
) -> bool:
    """doer83: whether the deed announced is a bombing told by its noun
    ("أعلنت الشرطة مقتل 80 شخصا في تفجيرين", "police announced the deaths of
    ten in a bombing"): a deed of unnamed bombers, which a state's army or
    police announcing it only tell, as a ministry does. Only the announced
    deed's own noun or the next deed after it (mendC84): a bombing told after
    another deed ("أعلن الجيش قصف مواقع المسلحين الذين نفذوا التفجير") leaves
    the army the doer of the shelling it announces. bystander84: or the
    sentence tells the toll of one ("أعلنت الشرطة ارتفاع حصيلة ضحايا
    التفجير", "police said the death toll from the blast rose"), the
    bombing's noun a word after the toll's, where the count, not the
    bombing, is the deed's word."""
    bombings, tolls = forms
    later = [t for t in s.triggers if t.start > trig.start]
    own = [trig, min(later, key=lambda t: t.start)] if later else [trig]
    if any(ntext.startswith(form, t.start) for t in own for form in bombings):
        return True
    toll = next((at for at in _word_starts(ntext, s.start, s.end, tolls)), None)
    return toll is not None and any(_word_starts(ntext, toll, s.end, bombings))


def _word_starts(ntext: str, lo: int, hi: int, forms: tuple[str, ...]) -> list[int]:
    """Where one of ``forms`` begins a word between ``lo`` and ``hi``: a
    form glued inside a longer word ("الاجتماعي") is none."""
    out = []
    for form in forms:
        at = ntext.find(form, lo, hi)
        while at >= 0:
            if at == lo or not ntext[at - 1].isalnum():
                out.append(at)
                break
            at = ntext.find(form, at + 1, hi)
    return sorted(out)


def _police_understood(trig: Hit, etype: str, rest: list[Mention]) -> bool:
    """Whether the deed is an arrest (``_HELD_BY_POLICE``) whose other sides
    are none of them armed: then the police are understood as its doers and
    a government only tells it. Armed men among those held ("اعتقال قائد
    عسكري بجماعة الحوثي") leave no police understood (``implied``), so the
    government announcing it stays the side that acts."""
    mode = trig.mode
    if (etype, mode) not in _HELD_BY_POLICE:
        return False
    return not any(m.agent in ARMED_AGENTS for m in rest)


def _named_doer(told: list[Mention], rest: list[Mention], marked: list[Mention]) -> bool:
    """reporter94: whether the deed told names its own doer after a doer
    marker ("أكدت وزارة الداخلية اعتقال ثلاثة من قبل الشرطة", "وزارت کشور
    بازداشت سه نفر توسط پلیس را اعلام کرد", "the ministry confirmed the
    arrest of three by the police"): those forces did it, and the speaker,
    an organ that might have done it itself, only tells it. Persian "تایید
    کرد" (confirmed) is no verb of saying here, so it is not reached
    (mendB95). Only a state's
    own forces (``STATE_FORCES``) so marked: a group, a legislator or
    "boys" named after the marker ("ضرب‌وشتم مأمور توسط نماینده مجلس",
    "بدست طالبان سقوط کرده") leave the speaker, often the victims' own
    body, where it was. Not where the speaker is itself so marked."""
    ids = {id(m) for m in marked}
    if any(id(m) in ids for m in told):
        return False
    return any(id(m) in ids and m.agent in STATE_FORCES for m in rest)


def _teller(
    m: Mention, etype: str, doers: frozenset[str], codes: set[str], places: set[str]
) -> bool:
    """Does ``m`` only tell the deed (no party of it)? ``places``: the
    states the deed is placed in (``_place_codes``)."""
    if m.agent is None:
        # a state named as a whole acts through its organs; a country
        # adjective left weak (a medium's or a source's, "وسائل إعلام
        # يابانية") only tells
        return not m.strong and m.kind == "state_adj"
    if m.agent not in doers:
        # a state's organ telling of a deed on its land or its people is no
        # doer, but its country is a side when no one else names it
        # ("وزارة الصحة اللبنانية … مقتل ثمانية مدنيين في غارات إسرائيلية")
        return (
            m.agent not in STATE_BODIES or not m.code or m.code in codes or bool(places - {m.code})
        )
    return etype in _GOT_BACK and m.agent == "GOV" and m.code in codes


def _place_codes(s: Sentence, trig: Hit, pool: list[Mention]) -> set[str]:
    """sides45: the states named after the deed as no side of it, only where
    it was done ("رئیس‌جمهور آمریکا به بازداشت مخالفان در اتیوپی اشاره کرد",
    "the US president referred to the arrests of opponents in Ethiopia": a
    weak state mention outside the pool): one other than a telling organ's
    says the deed was done on another state's land, and the organ that
    tells it is no side of it. The people's nationality says nothing of the
    kind: "أعلنت الداخلية الفرنسية عن ترحيل مفكر مصري" is France's deed."""
    kept = {id(m) for m in pool}
    return {
        x.code
        for x in s.mentions
        if x.code
        and x.kind == "state"
        and not x.strong
        and x.start >= trig.end
        and id(x) not in kept
    }


def _toll_before(s: Sentence, ntext: str, trig: Hit, tolls: tuple[str, ...]) -> bool:
    """bystander84: whether a toll ("ارتفاع عدد ضحايا …") begins a word of
    the sentence before the deed's word: what is told is a count."""
    return any(_word_starts(ntext, s.start, trig.start, tolls))


def _speaker_span(
    s: Sentence,
    ntext: str,
    trig: Hit,
    order: tuple[bool, frozenset[str]],
    breaks: frozenset[str] = _BREAKS,
) -> tuple[int, int] | None:
    """Where the speaker of a verb of saying whose object is the deed's noun
    stands: before the first noun told, when the verb closes the clause after
    it ("X از N خبر داد"); between the verb and that noun where the subject
    follows its verb (``after_verb``: "أعلن X N"); before the verb otherwise
    ("X announced the N of"), when nothing is named between the verb and
    the noun ("X said militants killed …" has a subject of its own). No
    "that", colon or quotation may stand between verb and noun. ``order``:
    whether the subject follows its verb, and the impersonal passive's
    auxiliaries; ``breaks``: what ends the deed's clause going back."""
    after_verb, leads = order
    start = trig.start
    while start > s.start and ntext[start - 1] not in breaks:
        start -= 1
    for cue in s.cues:
        if cue.entry.kind not in _SAYING:
            continue
        if start <= cue.start and cue.end <= trig.start and not _opened(s, ntext, cue, trig, leads):
            first = _first_deed(s, cue.end, trig)
            if after_verb:
                return cue.end, first
            if not any(cue.end <= m.start < first for m in s.mentions):
                return start, cue.start
        elif cue.start >= trig.end:
            gap = ntext[trig.end : cue.start]
            if not (_BREAKS | _QUOTES) & set(gap) and not _triggers_between(s, trig, cue):
                return start, _first_deed(s, start, trig)
    return None


def _opened(s: Sentence, ntext: str, cue: Hit, trig: Hit, leads: frozenset[str]) -> bool:
    """A "that", a pronoun of the speaker or a quotation between the verb of
    saying and the deed: what follows is a clause, not the verb's object.
    Not a "that" whose clause is the deed in the impersonal passive
    (``_impersonal``)."""
    if _QUOTES & set(ntext[cue.end : trig.start]):
        return True
    return any(
        c.entry.kind in _CLAUSE_OPENING
        and cue.start <= c.start < trig.start
        and not _impersonal(ntext[c.end : trig.start], leads)
        for c in s.cues
    )


def _impersonal(gap: str, leads: frozenset[str]) -> bool:
    """sides45: the clause after "that" is the deed's noun led by the
    auxiliary of an impersonal passive alone ("كشفت وسائل إعلام أنه تم إعدام
    …", ``context.PASSIVE_FORCE_LEADS``: "تم", "جرى"): it names no subject
    of its own, so the deed is told as the verb's object noun is, and who
    tells it is read by the module's convention, not as its doer."""
    words = gap.split()
    return len(words) == 1 and words[0] in leads


def _first_deed(s: Sentence, pos: int, trig: Hit) -> int:
    """The speaker stands before the first event word of what is told
    ("أعلنت السفارة مقتل مواطن أمريكي في هجوم": the citizen is the victim
    of the attack, no speaker)."""
    return min((t.start for t in s.triggers if pos <= t.start <= trig.start), default=trig.start)


def _triggers_between(s: Sentence, trig: Hit, cue: Hit) -> bool:
    """Another kind of event's word between the deed's noun and the verb of
    saying after it: the verb may close another clause ("حمله … را محکوم کرد
    و گفت")."""
    return any(
        trig.end <= t.start < cue.start and t.entry.value != trig.entry.value for t in s.triggers
    )
