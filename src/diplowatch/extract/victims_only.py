"""Whether a deed of force's side is only whom it struck, its doer understood.

The victims' readings of ``victims_only``: counted dead
(``_all_counted``), a target's preposition after the deed's noun
(``_all_governed``), a verb of striking or undergoing, the passive. Its own
module because these readings are one family that calls itself and little
else: the step that builds an event's sides (``events``) asks only whether
a side is victims and puts the struck last.
"""

from __future__ import annotations

from diplowatch.extract.actors import Mention
from diplowatch.extract.agent_groups import ARMED_AGENTS, ARMED_FORCES, UNNAMED_ATTACKERS
from diplowatch.extract.commented import agent_marked, struck_only
from diplowatch.extract.counts import counted_group
from diplowatch.extract.document_state import DocumentState
from diplowatch.extract.participants import unit
from diplowatch.extract.place_doer import where_only
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.struck_passive import passive_struck
from diplowatch.extract.visitors import visited_deed
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN as _WORD

# mendC106: the type whose counted person's employer is counted with him
_HELD = "COERCE"


def victims_only(s: Sentence, doc: DocumentState, trig: Hit, side: list[Mention]) -> bool:
    """Whether the side of a deed of force is only its victims, leaving the
    doer understood: counted, struck with no doer, governed by the deed's
    noun, or struck by a deed told of them."""
    ctx = doc.ctx
    struck = _struck_not_where(s, side, trig, doc)
    return (
        (
            _all_counted(
                struck,
                s.mentions,
                doc.ntext,
                ctx.lang,
                ctx.national_partitives,
                (ctx.toll_genitives, ctx.conjunctions | ctx.toll_links),
                # a sentence, an arrest: the court or police understood;
                # an attack keeps its own reading (agents31fa: "یک افسر
                # ارتش عراق … کشته شد" names no unidentified attacker)
                ctx.former_after | ctx.former_words if trig.entry.value == _HELD else frozenset(),
            )
            and not _subject_before_object(struck, trig, doc)
        )
        or struck_only(trig, side, doc.ntext, ctx.target_preps, ctx.syntax.agent_markers)
        or _all_governed(side, trig, doc)
        or _struck_by_deed(s, side, doc)
        or _counted_and_struck(s, doc, trig, side)
        # "زار الوزير الجرحى …": whom the visited deed struck
        or visited_deed(trig, doc.ntext, s.start, s.end, ctx)
        # "استُهدفت دورية للشرطة", "was attacked": whom the passive struck
        or passive_struck(side, trig, doc.text_of(trig.start, trig.end), doc.ntext, ctx)
    )


# the cue kinds of a word of an attack (``status.ATTACK_CUES``, ``lexicon``)
# and of an accident (``status.ACCIDENT_CUES``)
ATTACK_WORD = "attack_word"
ACCIDENT_WORD = "accident"


def attack_told(s: Sentence) -> bool:
    """Whether the sentence tells someone's use of force, not deaths alone:
    a word of an attack (``status.ATTACK_CUES``: a car bomb, a blast set
    off, gunmen, a ramming), as round 62 (accidents62) reads it. Deaths told
    alone, or a blast or a fall, may be an accident's; so may a shooting
    called one (``status.ACCIDENT_CUES``: "a shooting accident", "حادث
    عرضي"; mendA70)."""
    kinds = {c.entry.kind for c in s.cues}
    return ATTACK_WORD in kinds and ACCIDENT_WORD not in kinds


def _struck_not_where(
    s: Sentence, side: list[Mention], trig: Hit, doc: DocumentState
) -> list[Mention]:
    """The side without the states written only as where the deed happened
    (``where_only``: "قتل 10 أشخاص في تفجير في مدينة ليون بفرنسا", "in
    Lebanon"), in a sentence that tells an attack (``status.ATTACK_CUES``):
    counted victims beside the state they fell in are still the victims
    alone, or the state read as struck would make them the doers
    (sides70ar). Deaths told with no word of an attack ("سقطت حافلة … في
    كشمير بباكستان … مقتل 24 شخصا") may be an accident: no unnamed attacker
    is made up for them. The whole side where nothing else remains: alone,
    the state is what was struck."""
    if trig.entry.value == "ASSAULT" and not attack_told(s) and not _troops_abroad(s, side):
        return side
    struck = [m for m in side if not (m.code and where_only(m, trig, doc.ntext, doc.ctx))]
    return struck or side


def _troops_abroad(s: Sentence, side: list[Mention]) -> bool:
    """Whether the side is armed forces of states other than any other
    state of it, with no word of an accident ("قتل ثلاثة جنود أمريكيين في
    أفغانستان", "دو سرباز آمریکایی در افغانستان کشته شدند"): troops killed
    abroad fell to someone's force, so the state where they fell is no side
    even with no word of an attack told; read as one it made the troops the
    doers and the host state their victim (victims85)."""
    if any(c.entry.kind == ACCIDENT_WORD for c in s.cues):
        return False
    troops = [m for m in side if m.agent == ARMED_FORCES and m.code]
    states = {m.code for m in side if m.agent is None and not m.role and m.code}
    return bool(troops) and bool(states) and all(m.code not in states for m in troops)


def _subject_before_object(side: list[Mention], trig: Hit, doc: DocumentState) -> bool:
    """Whether a mention of the side stands before another that the object
    marker closes, ahead of the deed's verb ("یک سرباز اسرائیلی یک جوان
    فلسطینی را … کشت"): the first is the subject, whom its "یک" counts as
    one doer, not as a victim (assault51fa)."""
    markers = doc.ctx.object_markers
    if not markers or trig.entry.affix != "verb":
        return False
    ntext, joins = doc.ntext, doc.ctx.conjunctions
    marked = [m for m in side if m.end < trig.start and _word_after(ntext, m.end) in markers]
    # "۱۴ نفر و ۶ سرباز را": a mention joined to the object is an object too;
    # so is one whose part it names ("شش نفر از جمله یک پلیس را", victims94)
    parts = doc.ctx.national_partitives
    return bool(marked) and any(
        m.end <= marked[0].start
        and _word_after(ntext, m.end) not in joins
        and not any(ntext[m.end : m.end + 24].lstrip().startswith(f"{p} ") for p in parts)
        for m in side
    )


def _all_governed(side: list[Mention], trig: Hit, doc: DocumentState) -> bool:
    """Every mention of the side follows the deed's noun after a preposition
    of its target ("حمله به نفتکش اسرائیلی", "حملات علیه کشتی‌های ایرانی"):
    the phrase names only whom it struck, so its doer is understood (an
    unidentified attacker). An agent's marker between ("حمله از سوی
    طالبان به …") names the doer. Or the side underwent it in the passive
    (``_struck_in_passive``). The prepositions are ``STRUCK_PREPOSITIONS``
    (fa, en); the passive needs two-word ``PASSIVE_VERBS`` (fa; agents22fa)."""
    if not side:
        return False
    if all(_after_target_prep(m, trig, doc) for m in side):
        return True
    return _struck_in_passive(side, trig, doc) or _underwent(side, trig, doc)


# How far before the side's first mention a verb of undergoing may stand
# (characters): the verb opens the clause ("تعرضت ناقلة إيرانية لهجوم").
_UNDERGO_REACH = 30


# How many words may stand between a deed's noun and the verb it is the
# subject of ("تفجير انتحاري استهدف"), and between that verb and whom it
# struck ("targeted a police station").
_DEED_SUBJECT_REACH = 3


def _struck_by_deed(
    s: Sentence, side: list[Mention], doc: DocumentState, doer_named: bool = False
) -> bool:
    """The whole side follows a deed's noun that is the subject of a verb of
    striking (``STRIKING_VERBS``: "a suicide bombing targeted a police
    station", "تفجير انتحاري استهدف مركزا للشرطة", "انفجار پاسگاه پلیس را
    هدف قرار داد"): the side is whom the deed struck, so its doer is
    understood. Anyone named between the noun and the verb ("غارة
    إسرائيلية استهدفت") or before the noun is its doer, and a clause break
    between tells another clause. Armed sides only: the armed men after
    the verb are what the doer-first readings would put first, and on
    hand-annotated sentences civilians struck so gained an attacker the
    annotation did not have (ar corpus_gold test agents .557 → .556). With
    ``doer_named`` a doer may stand between (``_struck_apart``)."""
    verbs, ntext = doc.ctx.striking_verbs, doc.ntext
    if not verbs or not side or any(m.agent not in ARMED_AGENTS for m in side):
        return False
    first, last = min(m.start for m in side), max(m.end for m in side)
    # (the verb may itself be a word of force: "استهدف")
    deeds = [f for f in s.force_words if f < first and _word_at(ntext, f) not in verbs]
    deed = max(deeds, default=None)
    if deed is None or not _reached(ntext[deed:first]):
        return False
    if doc.ctx.verb_final:
        return _struck_before_verb(s, side, doc, deed, doer_named)
    words = list(_WORD.finditer(ntext, deed, first))[1:]
    verb = next((w for w in words[:_DEED_SUBJECT_REACH] if w.group() in verbs), None)
    if verb is None or (not doer_named and any(deed < m.start < verb.start() for m in s.mentions)):
        return False
    # the side is the verb's object: no other verb or cue before its last
    # mention ("… and was claimed by the Islamic State" names the doer)
    hits = [h.start for h in s.triggers + s.cues if h.start not in s.force_words]
    rest = ntext[verb.end() : last]
    markers = doc.ctx.syntax.agent_markers
    return not (
        any(verb.end() <= h < last for h in hits)
        or CLAUSE_BREAKS & set(rest)
        or agent_marked(" ".join(rest.split()), markers)
    )


def _struck_apart(s: Sentence, doc: DocumentState, side: list[Mention]) -> list[Mention]:
    """The mentions of ``side`` a deed's noun struck through a verb of
    striking, each read alone (``_struck_by_deed``), when the side also
    names others: the dead it counted, the bomber, a doer before the noun."""
    if len(side) < 2:
        return []
    struck = [m for m in side if _struck_by_deed(s, [m], doc, doer_named=True)]
    return struck if len(struck) < len(side) else []


def struck_last(s: Sentence, doc: DocumentState, side: list[Mention]) -> list[Mention]:
    """``side`` with whom the deed struck through a verb of striking put
    after the rest (victims57): "جد تفجير انتحاري استهدف مركزا للشرطة …
    ومقتل منفذ العملية", "a bombing that targeted a police station killed
    its bomber" — the police underwent the bombing, so the bomber (or the
    doer named before the noun) acts first, never the police, whom word
    order alone put first."""
    struck = _struck_apart(s, doc, side)
    return [m for m in side if m not in struck] + struck if struck else side


def _counted_and_struck(s: Sentence, doc: DocumentState, trig: Hit, side: list[Mention]) -> bool:
    """Whether the side is the victims a deed's report counts and whom its
    noun struck through a verb of striking ("قتل ثلاثة أشخاص في تفجير
    استهدف مركزا للشرطة", "three people were killed in a bombing that
    targeted a police station", victims57): both underwent the deed, so
    neither did it to the other and its doer is understood. The struck are
    not the "other agent" that would name a doer (``_all_counted``). So
    too the force whose site an attack's noun struck, named beside its own
    counted dead ("سه سرباز در حمله به مواضع ارتش عراق کشته شدند", "three
    soldiers were killed in an attack on Iraqi army positions":
    ``_own_site_struck``), never a lone victim read as the doer."""
    struck = _struck_apart(s, doc, side) or _own_site_struck(s, doc, side)
    if not struck:
        return False
    # a place named as where ("در نزدیکی سامرا") is neither
    rest = [m for m in side if m not in struck and not m.location_only]
    if not rest:
        # the dead told only as the force struck: tried, and events_train fa
        # test sides fell (.206 → .205)
        return False
    others = [m for m in s.mentions if m not in struck]
    return _all_counted(rest, others, doc.ntext, doc.ctx.lang) and not _subject_before_object(
        rest, trig, doc
    )


def _own_site_struck(s: Sentence, doc: DocumentState, side: list[Mention]) -> list[Mention]:
    """The mentions of ``side`` that an attack's noun governs after its
    preposition of whom it struck (``_after_target_prep``, read from each
    noun of a deed of force in the sentence), when each is the same force
    as another mention of the side, not so governed (its counted dead)."""
    governed = [m for m in side if any(_struck_prep_after(m, f, doc) for f in s.force_words)]
    rest = {unit(m) for m in side if m not in governed and not m.location_only}
    if not governed or any(rest and unit(m) not in rest for m in governed):
        return []
    return governed


# How many words may open the phrase of a site struck, its preposition
# included, before the force that holds it ("به یک پاسگاه پلیس", "على
# مواقع للجيش"): farther on, the words tell another part of the sentence.
_SITE_WORDS = 4


def _struck_prep_after(m: Mention, deed: int, doc: DocumentState) -> bool:
    """Whether ``m`` follows the deed's word at ``deed`` right after a
    preposition of whom it struck, with no doer's marker between (as
    ``_after_target_prep`` reads a trigger; a Persian noun of force is
    often no trigger of its own)."""
    if m.start <= deed:
        return False
    ctx = doc.ctx
    words = _past_qualifiers(doc.ntext[deed : m.start].split()[1:], ctx.struck_qualifiers)
    markers = ctx.doer_markers.get("ASSAULT", frozenset()) | ctx.syntax.agent_markers
    return (
        0 < len(words) <= _SITE_WORDS
        and (words[0] in ctx.struck_preps or " ".join(words[:2]) in ctx.struck_preps)
        and not agent_marked(" ".join(words), markers)
    )


def _struck_before_verb(
    s: Sentence, side: list[Mention], doc: DocumentState, deed: int, doer_named: bool = False
) -> bool:
    """``_struck_by_deed`` where the verb ends its clause: the side is one
    object ("حمله اسرائیل …" names a doer), marked by the object marker and
    followed by the verb of striking ("انفجار پاسگاه پلیس را هدف قرار داد")."""
    first, last = min(m.start for m in side), max(m.end for m in side)
    after = _WORD.findall(doc.ntext[last : s.end])[:6]
    tail = f" {' '.join(after[1:])} "
    return (
        bool(after)
        and after[0] in doc.ctx.object_markers
        and (doer_named or not any(deed < m.start < first for m in s.mentions))
        and len({unit(m) for m in side}) == 1
        and any(
            f" {' '.join(_WORD.findall(v))} " in tail[: len(v) + 24] for v in doc.ctx.striking_verbs
        )
    )


def _word_after(text: str, end: int) -> str:
    """The whole word after ``end``, past the spaces."""
    found = _WORD.search(text, end)
    return found.group() if found and not text[end : found.start()].strip() else ""


def _word_at(text: str, start: int) -> str:
    """The whole word that begins at ``start``."""
    found = _WORD.match(text, start)
    return found.group() if found else ""


def _reached(gap: str) -> bool:
    """Whether a deed's phrase spans ``gap`` in one clause and few words."""
    return len(gap.split()) <= 2 * _DEED_SUBJECT_REACH and not CLAUSE_BREAKS & set(gap)


def _underwent(side: list[Mention], trig: Hit, doc: DocumentState) -> bool:
    """The side, all named before the deed's noun, is the subject of a verb
    of undergoing in the same clause (``UNDERGO_VERBS``: "تعرضت ناقلة
    إيرانية لهجوم", "البلاد تعرضت لهجوم", "the tanker came under attack"):
    it underwent the deed, so its doer is understood (sides23). Where
    modifiers stand before their noun (neither verb-first nor verb-final, as
    English), a side right before the noun is its doer ("three soldiers were
    killed in an ISIS attack", sides35ar); in Arabic it is the genitive of
    the undergoer ("تعرضت دورية للجيش العراقي لهجوم")."""
    verbs, ctx = doc.ctx.undergo_verbs, doc.ctx
    # where it happened, after the noun ("في تفجير بغداد"), is no side (doers40)
    side = [m for m in side if not where_only(m, trig, doc.ntext, ctx)] or side
    if not verbs or not side or any(m.end > trig.start for m in side):
        return False
    modifier_first = not (ctx.subject_after_verb or ctx.verb_final)
    if modifier_first and any(not doc.ntext[m.end : trig.start].strip() for m in side):
        return False
    lo = max(0, min(m.start for m in side) - _UNDERGO_REACH)
    span = doc.ntext[lo : trig.start]
    for verb in verbs:
        at = f" {span} ".rfind(f" {verb} ")
        if at >= 0 and not CLAUSE_BREAKS & set(span[at:]):
            return True
    return False


def _struck_in_passive(side: list[Mention], trig: Hit, doc: DocumentState) -> bool:
    """The side stands before the deed's noun and a passive's
    light verb of two words follows it ("نفتکش اسرائیلی هدف حمله پهپادی
    قرار گرفت", "مورد حمله قرار گرفت"): the side underwent the deed, and
    none marked as its agent ("توسط ایران") did it. Armed or not: "گشتی
    ارتش … مورد حمله قرار گرفت" names the patrol struck (sides23). The
    trigger may end in the light verb's first word ("نفتکش ایرانی هدف قرار
    گرفت", doerslot24)."""
    ctx = doc.ctx
    # the trigger may hold the light verb's first word ("هدف قرار" + "گرفت")
    own = doc.ntext[trig.start : trig.end].split()[-1:]
    after = " " + " ".join(own + _WORD.findall(doc.ntext[trig.end : trig.end + 40])[:3]) + " "
    markers = ctx.syntax.agent_markers
    if _after_passive_nominal(side, trig, doc, markers):
        return True
    if not any(" " in v and f" {v} " in after for v in ctx.passive_verbs):
        return False
    for m in side:
        # the agent may follow its marker across two words ("توسط شبه نظامیان داعش",
        # "از سوی پهپادهای ساخت ایران")
        before = " " + " ".join(doc.ntext[max(0, m.start - 40) : m.start].split()[-4:]) + " "
        if m.end > trig.start or any(f" {w} " in before for w in markers):
            return False
    return True


def _after_passive_nominal(
    side: list[Mention], trig: Hit, doc: DocumentState, markers: frozenset[str]
) -> bool:
    """Every mention of the side is the genitive of the passive's light
    verb as a noun right after the deed's word (``PASSIVE_NOMINALS``: "هدف
    قرار گرفتن نفتکش ایرانی"), with no agent's marker between: it underwent
    the deed (doerslot24)."""
    nominals = doc.ctx.passive_nominals
    last = doc.ntext[trig.start : trig.end].split()[-1:]
    lo = trig.end - len(last[0]) if last else trig.end
    rest = f" {doc.ntext[lo : trig.end + 40]}"
    found = next((v for v in nominals if f" {v} " in rest[: len(v) + 16]), None)
    if not side or found is None:
        return False
    end = doc.ntext.find(found, lo) + len(found)
    return all(
        m.start >= end
        and len(doc.ntext[end : m.start].split()) <= 2
        and not any(f" {w} " in f" {doc.ntext[end : m.start]} " for w in markers)
        for m in side
    )


def _after_target_prep(m: Mention, trig: Hit, doc: DocumentState) -> bool:
    """Whether ``m`` follows ``trig``'s first word right after a
    preposition of whom it struck, with no marker of its doer between.

    Not ``commented.struck_only``, which it resembles: that one reads a
    commented deed only, lets the preposition stand anywhere in the gap
    after the trigger's last word (``target_preps``), and knows the
    language's agent markers only; this one wants the preposition (one word
    or two, ``struck_preps``) right after the trigger's first word and also
    knows the trigger's own doer markers. A merge of the two in an earlier
    round changed output."""
    if m.start < trig.end:
        return False
    ctx = doc.ctx
    words = _past_qualifiers(doc.ntext[trig.start : m.start].split()[1:], ctx.struck_qualifiers)
    preps = ctx.struck_preps
    markers = ctx.doer_markers.get(trig.entry.value, frozenset()) | ctx.syntax.agent_markers
    return (
        bool(words)
        and (words[0] in preps or " ".join(words[:2]) in preps)
        and not agent_marked(" ".join(words), markers)
    )


# How many words telling when or how a deed of force was done may stand
# between its noun and the preposition of whom it struck ("حمله روز جمعه به").
_QUALIFIER_REACH = 3


def _past_qualifiers(words: list[str], qualifiers: frozenset[str]) -> list[str]:
    """``words`` after the leading ones that qualify the deed ("حمله اخیر
    به نفتکش", "حمله مرگبار روز پنجشنبه به کشتی": ``STRUCK_QUALIFIERS``):
    the deed's recency, deadliness or day names no doer, so the phrase still
    names only whom it struck (agents33fa)."""
    n = 0
    while n < min(_QUALIFIER_REACH, len(words) - 1) and words[n] in qualifiers:
        n += 1
    return words[n:]


def _all_counted(
    side: list[Mention],
    mentions: list[Mention],
    ntext: str,
    lang: str,
    partitives: frozenset[str] = frozenset(),
    tolls: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    formers: frozenset[str] = frozenset(),
) -> bool:
    """Every mention of the side has a number right before it ("a car bomb
    killed 14 Iraqi policemen", "قتل 14 شرطيا", "۱۴ پلیس کشته شدند"), or
    across a partitive ("11 من عناصر داعش", ``counts.counted_group``): a
    report of a deed of force counts whom it struck, so they are its victims
    and, armed or not, tell no doer. Not when the sentence names another
    agent outside the side ("four policemen were killed when militants
    opened fire"): the doer is named, in a clause of its own. A titled
    person elsewhere ("…, a meeting of the US president and the Israeli
    prime minister was put off") names no doer of the deed (agents25fa).
    A number that ends another mention's name ("گروه هفت", "G7") counts no
    one (``_after_mention``: "گروه هفت ایران را صریحاً عامل آن حمله دانست").
    A side named in a toll's genitive (``_toll_named``; ``tolls``: the
    toll's nouns, and the conjunctions and links that join its victims) is
    counted alike; no number stands before it to be another mention's.
    A body written right after a counted person as whom he serves or
    served (``_employer_of_counted``: "یک مامور سابق سرویس مخفی آمریکا")
    is counted with him."""
    # read over the sentence's mentions: a side split per victim ("مدنيين"
    # with "والجيش") keeps the link through the one left out ("قوات الأمن")
    tolled = _toll_named(list({id(m): m for m in (*side, *mentions)}.values()), ntext, lang, tolls)
    if not side or not all(
        m.end > m.start
        and (
            m in tolled
            or (
                counted_group(ntext, m.start, lang)
                or _among_counted(m, side, ntext, lang, partitives)
                or _employer_of_counted(m, side, ntext, lang, formers)
            )
            and not _after_mention(m, mentions, ntext, lang)
        )
        for m in side
    ):
        return False
    # unnamed attackers outside the side ("التفجير الانتحاري": the suicide
    # bomber) are the doer the victims leave understood anyway (sides39ar)
    return not any(
        m.agent
        and m.agent != UNNAMED_ATTACKERS
        and m not in side
        and m not in tolled  # struck with them, named in the same toll
        and not (m.source or m.topic or m.location_only or m.role)
        for m in mentions
    )


# Words at most between a partitive ("including", "بينهم") and the one it names.
_PARTITIVE_GAP = 1


def _among_counted(
    m: Mention, side: list[Mention], ntext: str, lang: str, partitives: frozenset[str]
) -> bool:
    """Whether ``m`` is named right after a partitive word (``context.
    NATIONAL_PARTITIVES``: "بينهم", "including", "از جمله"; up to one word
    between, "a", "یک") that follows a counted mention of the side: "قتل 6
    أشخاص بينهم شرطي", "killed six people, including a police officer" —
    the policeman is one of the counted dead, struck with them, not the
    doer who struck them (victims94)."""
    lead = ntext[max(0, m.start - 40) : m.start].rstrip()
    for word in partitives:
        for gap in range(_PARTITIVE_GAP + 1):
            words = lead.split()
            if len(words) <= gap:
                break
            head = " ".join(words[: len(words) - gap])
            if not head.endswith(word) or head[: len(head) - len(word)][-1:] not in ("", " ", ","):
                continue
            at = ntext.rfind(word, 0, m.start)
            return any(
                x is not m
                and x.end <= at
                and not ntext[x.end : at].strip(" ,،")
                and counted_group(ntext, x.start, lang)
                for x in side
            )
    return False


def _employer_of_counted(
    m: Mention, side: list[Mention], ntext: str, lang: str, formers: frozenset[str]
) -> bool:
    """mendC106: whether ``m`` is a body (an agent noun, no title, no name)
    written right after a counted person of the side, only a word of former
    office (``formers``: "سابق") between: the body he serves or served, his
    genitive ("یک مامور سابق سرویس مخفی آمریکا به پنج سال زندان محکوم
    شد"), no doer of what befell him. Its own mention kept the sentenced
    man from being all the side counted, and so the court understood
    (review106a F9)."""
    if not formers or not m.agent or m.role or m.name:
        return False  # no formers given: not a deed whose doer this reading serves
    before = [x for x in side if x is not m and x.end <= m.start]
    if not before:
        return False
    prev = max(before, key=lambda x: x.end)
    gap = ntext[prev.end : m.start].split()
    return set(gap) <= formers and counted_group(ntext, prev.start, lang)


# Characters before a mention where a toll's noun may end.
_TOLL_LEAD = 40


def _toll_named(
    side: list[Mention], ntext: str, lang: str, tolls: tuple[frozenset[str], frozenset[str]]
) -> list[Mention]:
    """The mentions of ``side`` named in the genitive of a noun of dying or
    being wounded (``context.TOLL_GENITIVE_NOUNS``: "أسفر الهجوم عن مقتل
    مدنيين ورجال شرطة", "به کشته شدن غیرنظامیان و ماموران پلیس منجر شد",
    "the deaths of civilians and police officers"), or joined by a
    conjunction right after one so named or counted: the toll tells whom the
    deed struck, as a count does, so an uncounted civilian named first is
    no doer of the police named with him (victims103; round 94 left them for
    want of the sentence's voice). Not the verbal noun of killing ("قتل
    شرطي"), whose doer may stand before it."""
    nouns, joins = tolls
    if not nouns:
        return []
    out: list[Mention] = []
    prev: Mention | None = None
    for m in sorted(side, key=lambda x: x.start):
        lead = " ".join(ntext[max(0, m.start - _TOLL_LEAD) : m.start].split())
        named = any(lead == t or lead.endswith(f" {t}") for t in nouns)
        if (
            not named
            and prev is not None
            and (prev in out or counted_group(ntext, prev.start, lang))
        ):
            named = _joined(ntext[prev.end : m.start], ntext[m.start : m.end], joins)
        if named:
            out.append(m)
        prev = m
    return out


# A conjunction glued to the word it joins (Arabic "و": "مدنيين ورجال شرطة"),
# and the most joining words between two mentions (", and").
_GLUED = 1
_JOIN_WORDS = 3


def _joined(gap: str, text: str, joins: frozenset[str]) -> bool:
    """Whether only conjunctions (``context.CONJUNCTIONS``, a comma among
    them) and links (``TOLL_GENITIVE_LINKS``: "وأعوان من", "و ماموران")
    stand between two mentions, or a conjunction glued to the second's first
    word; a link may carry a glued conjunction too ("وأعوان")."""
    words = gap.split()
    if not words:
        first = text.split()[:1]
        return bool(first) and len(first[0]) > _GLUED + 2 and first[0][:_GLUED] in joins
    return len(words) <= _JOIN_WORDS and all(
        w in joins or (w[:_GLUED] in joins and w[_GLUED:] in joins) for w in words
    )


def _after_mention(m: Mention, mentions: list[Mention], ntext: str, lang: str) -> bool:
    """Whether another mention ends right before ``m`` (only spaces
    between): the number before ``m`` is that mention's, a name such as
    "گروه هفت" (slots37fa). Not when that mention is itself counted, the
    head of the counted group ("سه سرباز ارتش مصر": the soldiers of the
    army, victims57)."""
    return any(
        x is not m
        and x.end <= m.start
        and not ntext[x.end : m.start].strip()
        and not counted_group(ntext, x.start, lang)
        for x in mentions
    )
