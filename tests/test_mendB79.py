"""Mends of round 78's precision78fa (review 79, findings 3 and 4; every
sentence written for these tests).

- A teller who only said a complement clause ("Germany said that China
  …", "آلمان گفت که چین …", "قالت ألمانيا إن الصين …") is no side of the
  deed the clause tells: precision78fa made him its target, the reading
  before it its doer. He stays where the report points back to him ("its
  diplomats", "دبلوماسييها"), where a clause joined to a finished one names
  a real other party ("… حمایت کردند اما قطر آن را محکوم کرد"), and where he
  is not the subject of the verb of saying ("قال إن ليبيا تحتاج … وأضاف أن
  تركيا تبرعت": Libya is a side of the earlier clause).
- A finite past verb of the trigger's own reports it, but not where a word
  of readiness stands right before the trigger ("ایران آماده مذاکره شد":
  the verb is the readiness's) nor after a cue of condition or unreality
  in its sentence ("در صورت توافق … که رفع شده بودند").
"""

from __future__ import annotations

import pytest

from casts import casts_in_order, run
from diplowatch.extract.lexicon import Entry
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.status import told_done, told_past
from diplowatch.text.normalize import normalize_phrase

# (language, sentence, event type, the teller's code): the teller is in no
# event of the type (the clause's subject alone may read as no event at all,
# as the clause told alone does)
TELLER_OUT: list[tuple[str, str, str, str]] = [
    ("en", "Germany said that China imposed sanctions.", "SANCTION", "DEU"),
    ("fa", "آلمان گفت که چین تحریم‌هایی اعمال کرد.", "SANCTION", "DEU"),
    ("ar", "قالت ألمانيا إن الصين فرضت عقوبات.", "SANCTION", "DEU"),
    ("en", "The French president said that Iran supports the deal.", "SUPPORT", "FRA"),
    ("fa", "رئیس جمهور فرانسه گفت که ایران از این توافق حمایت می‌کند.", "SUPPORT", "FRA"),
    ("ar", "قال الرئيس الفرنسي إن إيران تدعم الاتفاق.", "SUPPORT", "FRA"),
    ("fa", "آلمان روز دوشنبه اعلام کرد که چین از این توافق حمایت می‌کند.", "SUPPORT", "DEU"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "teller"), TELLER_OUT)
def test_a_teller_is_no_side_of_the_deed_told(
    lang: str, text: str, etype: str, teller: str
) -> None:
    for actors in casts_in_order(text, lang, etype):
        assert not any(a.startswith(f"{teller}:") for a in actors), (text, actors)


# The clause's subject is the event's only side.
SUBJECT_ALONE: list[tuple[str, str, str, list[str]]] = [
    ("fa", "هند اعلام کرد که پاکستان این طرح را محکوم کرد.", "ACCUSE", ["PAK:"]),
    ("ar", "قالت الهند إن باكستان انتقدت خطة السلام.", "ACCUSE", ["PAK:"]),
    ("en", "India said that Pakistan criticized the peace plan.", "ACCUSE", ["PAK:"]),
    ("fa", "ژاپن گفت که چین از این توافق حمایت می‌کند.", "SUPPORT", ["CHN:"]),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), SUBJECT_ALONE)
def test_the_clause_subject_stands_alone(
    lang: str, text: str, etype: str, sides: list[str]
) -> None:
    assert casts_in_order(text, lang, etype) == [sides]


# Guards: the earlier side stays where it is a party (sides in order).
EARLIER_SIDE_KEPT: list[tuple[str, str, str, list[str]]] = [
    # the report points back to its teller: he was struck
    ("en", "Britain said that Russia expelled two of its diplomats.", "SANCTION", ["RUS:", "GBR:"]),
    ("ar", "أعلنت بريطانيا أن روسيا طردت اثنين من دبلوماسييها.", "SANCTION", ["RUS:", "GBR:"]),
    # a clause joined to a finished one: the other party of the earlier clause
    (
        "fa",
        "عربستان و امارات از این طرح حمایت کردند اما قطر آن را محکوم کرد.",
        "ACCUSE",
        ["QAT:", "SAU:"],
    ),
    # Libya is the earlier clause's subject, not the teller of the later one
    (
        "ar",
        "وقال إن ليبيا تحتاج إلى مساعدة لوجستية وأضاف أن تركيا تبرعت بعشرين طنا من الأدوية.",
        "AID",
        ["TUR:", "LBY:"],
    ),
    # a breach told: the speaker blames (precision78fa's guard, unchanged)
    ("en", "India said that Pakistan had violated the agreement.", "ACCUSE", ["IND:", "PAK:"]),
    # a passive: by whom untold, the speaker stays as before
    ("fa", "آلمان اعلام کرد که ترکیه تحریم شد.", "SANCTION", ["DEU:", "TUR:"]),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), EARLIER_SIDE_KEPT)
def test_an_earlier_party_is_kept(lang: str, text: str, etype: str, sides: list[str]) -> None:
    assert casts_in_order(text, lang, etype)[0] == sides


def _statuses(text: str, lang: str, etype: str) -> set[str]:
    """The statuses of the events of one type (empty when there is none)."""
    return {e.status for e in run(text, lang).events if e.type == etype}


# Readiness: the past verb is the readiness's, the deed is still ahead.
READY: list[tuple[str, str, str]] = [
    ("fa", "ایران آماده مذاکره شد.", "CONSULT"),
    ("fa", "ترکیه آماده اعزام نیرو به لیبی شد.", "MOBILIZE"),
    ("en", "Iran is ready to negotiate with Saudi Arabia.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), READY)
def test_readiness_does_not_report_the_deed(lang: str, text: str, etype: str) -> None:
    assert _statuses(text, lang, etype) == {"planned"}


def test_arabic_readiness_reports_nothing() -> None:
    assert "reported" not in _statuses("إيران مستعدة للتفاوض مع السعودية.", "ar", "CONSULT")


# A past verb of its own still reports the deed; "مقصد" holds no "قصد".
DONE: list[tuple[str, str, str]] = [
    ("fa", "ایران با عربستان مذاکره کرد.", "CONSULT"),
    ("fa", "وزیر خارجه هند به مقصد تهران سفر کرد.", "CONSULT"),
    ("ar", "تفاوضت إيران مع السعودية.", "CONSULT"),
    ("en", "Iran negotiated with Saudi Arabia.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), DONE)
def test_a_past_verb_still_reports(lang: str, text: str, etype: str) -> None:
    assert _statuses(text, lang, etype) == {"reported"}


def _hit(text: str, word: str, layer: str, kind: str) -> Hit:
    """A scan hit on ``word`` of ``text`` (the first one)."""
    at = text.index(word)
    entry = Entry(layer=layer, kind=kind, value=kind, affix="noun")
    return Hit(at, at + len(word), at, at + len(word), entry, "")


def test_a_condition_before_holds_the_past_verb_open() -> None:
    text = normalize_phrase("در صورت توافق، تحریم‌هایی که آمریکا رفع کرده بود برداشته می‌شوند")
    trigger = _hit(text, "رفع", "trigger", "CONCEDE")
    condition = _hit(text, normalize_phrase("در صورت"), "cue", "unreal")
    assert told_past(trigger, text, "fa")
    held = Sentence(0, len(text), cues=[condition])
    assert not told_done(trigger, held, text, "fa")
    assert told_done(trigger, Sentence(0, len(text)), text, "fa")
