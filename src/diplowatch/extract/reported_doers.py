"""The sides of a deed of force a report tells between people of no country.

"قال شاهد عيان إن ثلاثة مسلحين أطلقوا النار على 40 شخصا", "police said
they arrested two men": in an article with a main pair the report's pool
(``quoted_pool``) takes no agent of unknown country as strong, so such a
deed came out with no side at all, while the sentence's own pool fills
them in (``selected_sides.select``, ``fill_unknown``). Here they are taken,
but only where the report reads as a deed done: two units or more, the
first of them an armed or holding force written before the deed's word
(the doer, as the readers order the sides), and the deed told as done
(``trigger_status.event_status``: no denied, planned or hoped-for arrest).
The readers code such people with no country ("-:COP"), so none is lent:
the document's pair or dateline lent to them lowered the agents scored.
"""

from __future__ import annotations

from diplowatch import lang as lang_data
from diplowatch.extract.agent_groups import FORCE_AGENTS
from diplowatch.extract.document_state import DocumentState
from diplowatch.extract.doers import FORCE
from diplowatch.extract.lang_words import phrase_set
from diplowatch.extract.mention import Mention
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.trigger_status import event_status


def reported_doers(
    s: Sentence, doc: DocumentState, trig: Hit, etype: str, quote: int
) -> list[Mention]:
    """The agents of unknown country a report names after ``quote`` as the
    sides of a deed of force done, one mention per unit, the doer first;
    [] where the report does not read so."""
    if etype not in FORCE or _casualty_word(doc, trig):
        return []
    chosen: list[Mention] = []
    units = set()
    for m in s.mentions:
        if m.start < quote or m.kind != "agent" or m.code or not m.agent:
            continue
        if m.source or m.place or unit(m) in units or _in_teller(doc, m):
            continue  # who tells the deed or where it is done is no side
        units.add(unit(m))
        chosen.append(m)
    if len(chosen) < 2 or not _doer_first(chosen[0], trig, doc, s):
        return []
    if event_status(trig, s, doc) != "reported":
        return []
    doc.reported_doers[trig.start] = chosen[0]
    return chosen


def doer_kept(doc: DocumentState, trig: Hit, sides: list[Mention]) -> bool:
    """Whether the doer this rule took for ``trig`` is still the first of
    the ``sides`` the later steps chose: where they dropped it or put
    another unit first ("… مما أسفر عن مقتل 13 شخصا", the victim alone),
    the report's deed has no doer and the filled sides are wrong
    (review110d); True where the rule took none."""
    doer = doc.reported_doers.get(trig.start)
    if doer is None:
        return True
    return bool(sides) and unit(sides[0]) == unit(doer)


def _doer_first(m: Mention, trig: Hit, doc: DocumentState, s: Sentence) -> bool:
    """The first agent named is a force and is written before the deed's
    word, in its own clause: "الشرطة اعتقلت شخصين", "مأموران … را دستگیر
    کردند", "police arrested two men". A victim named first ("مقتل …
    برصاص مسلحين") would take the doer's place in the sides; a relative,
    an "after", a seeking, a prevention, a modal or a negation between
    force and deed (``REPORTED_DEED_GAP_STOPS``: "الشرطة تسعى لاعتقال",
    "gunmen who were killed") makes the deed another clause's or not done
    (review110d). Nor another deed's word between them ("الشرطة اعتقلت
    رجلا قتل …": the force is the arrest's doer) or a preposition just
    before the deed's word ("… في انفجار", "in clashes": a circumstance)."""
    if m.agent not in FORCE_AGENTS or m.end > trig.start:
        return False
    if any(m.end <= t.start and t.end <= trig.start for t in s.triggers):
        return False
    words = doc.ntext[m.end : trig.start].split()
    lang = doc.lang
    if words[-1:] and words[-1] in phrase_set(lang, "status", "REPORTED_DEED_CIRCUMSTANCES"):
        return False
    clause = phrase_set(lang, "status", "REPORTED_DEED_CLAUSE_STOPS")
    if set(words[1:] if words[:1] and words[0] in clause else words) & clause:
        return False  # "… جثث مدنيين قتلهم", not "القوة التي نفذت الهجوم"
    reach = getattr(lang_data.load(lang, "status"), "REPORTED_DEED_GAP_REACH", 5)
    return not _grams(words[-reach:]) & phrase_set(lang, "status", "REPORTED_DEED_GAP_STOPS")


def _casualty_word(doc: DocumentState, trig: Hit) -> bool:
    """The deed's word names the dead or wounded ("مقتل", "جرحى", "کشته
    شده", "slain"), or what follows it at once shows it has no object or
    names its doer after it ("… قتلا في الانفجار", "killed by …", "… کشته
    شدند"): a force named before it is then the victim or the teller, not
    the doer (review110d read 7 of 11 such in the corpus wrong)."""
    words = doc.ntext[trig.start : trig.end].split()
    after = doc.ntext[trig.end : trig.end + 12].split()[:1]
    lang = doc.lang
    if _grams(words) & phrase_set(lang, "status", "REPORTED_DEED_CASUALTY_WORDS"):
        return True
    if set(after) & phrase_set(lang, "status", "REPORTED_DEED_NO_OBJECT"):
        return True  # "جنديان قتلا في الانفجار", "killed by gunmen"
    return bool(set(after) & phrase_set(lang, "status", "REPORTED_DEED_PASSIVES"))


def _in_teller(doc: DocumentState, m: Mention) -> bool:
    """The agent is named in the teller's phrase ("متحدث باسم الجيش", "مصدر
    في الشرطة", "سخنگوی پلیس", "a police spokesman"): it is the source of
    the report, not its doer. Only the words next to it, or one link word
    away (``REPORTED_DEED_TELLER_LINKS``), so "an official said police …"
    keeps the police."""
    lang = doc.lang
    tellers = phrase_set(lang, "status", "REPORTED_DEED_TELLERS")
    before = doc.ntext[max(0, m.start - 40) : m.start].split()[-2:]
    after = doc.ntext[m.end : m.end + 20].split()[:1]
    if set(after) & tellers or before[-1:] and before[-1] in tellers:
        return True
    links = phrase_set(lang, "status", "REPORTED_DEED_TELLER_LINKS")
    return len(before) == 2 and before[1] in links and before[0] in tellers


def _grams(words: list[str]) -> set[str]:
    """The words and the pairs of words in a row (a folded phrase may be two)."""
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
