"""Mends of the told-deed and blame rules (round 111, mendD111,
``extract/framed_teller.py``; every sentence written for these tests).

Sanctions are out of the told-deed rule; only the teller's own verb of saying
tells (never one in a later clause); a teller named again after the deed
suffers it and stays; "حول"/"پیرامون" (a place as often) are no topic
phrases and a complementizer ends the teller's part; no slot of blame is read
for protests or a call to arms; several blamed joined by "و"/"and" are all
blamed; an armed teller telling a strike no one else is named doing, or whose
reported clause points back to it, keeps its side.
"""

from __future__ import annotations

from types import SimpleNamespace

from casts import cast, run
from diplowatch.extract.framed_teller import _coordinated, _own_deed_told, _teller_suffers
from diplowatch.extract.mention import Mention
from diplowatch.text.normalize import normalize_phrase


def _cast(text: str, lang: str, etype: str) -> set[str]:
    """'CODE:AGENT' of every actor of the events of ``etype`` in ``text``."""
    return cast(run(text, lang), etype)


def _codes(text: str, lang: str, etype: str) -> set[str]:
    """The codes of the actors of the events of ``etype`` in ``text``."""
    return {c.split(":")[0] for c in _cast(text, lang, etype)}


# --- (1) sanctions adopted "about", a saying verb in a later clause ----------


def test_ar_law_about_sanctions_keeps_its_imposer() -> None:
    text = (
        "صادق البرلمان الكندي على مشروع قانون بشأن فرض عقوبات على فنزويلا،"
        " وقال رئيس الوزراء إنه سيدخل حيز التنفيذ قريبا."
    )
    assert "CAN" in _codes(text, "ar", "SANCTION")


def test_fa_bill_about_sanctions_keeps_its_imposer() -> None:
    text = (
        "پارلمان کانادا بسته‌ای در مورد اعمال تحریم‌های جدید علیه ونزوئلا تصویب کرد"
        " و نخست وزیر گفت این تحریم‌ها بی‌سابقه است."
    )
    assert "CAN" in _codes(text, "fa", "SANCTION")


def test_en_ministry_about_its_sanctions_keeps_it() -> None:
    text = (
        "The Canadian foreign ministry said about the sanctions on Venezuela that they would stay."
    )
    assert "CAN" in _codes(text, "en", "SANCTION")


# --- (2) the teller suffers the deed ------------------------------------------


def test_ar_army_telling_an_attack_on_its_soldiers_stays() -> None:
    text = (
        "أفاد الناطق باسم الجيش الباكستاني بشأن وقوع هجوم على جنود باكستانيين"
        " في إقليم بلوشستان بأن حركة طالبان نفذته."
    )
    assert "PAK:MIL" in _cast(text, "ar", "ASSAULT")


def test_en_army_telling_an_attack_on_its_soldiers_stays() -> None:
    text = (
        "The Pakistani army said about the attack on Pakistani soldiers"
        " in Baluchistan that the Taliban carried it out."
    )
    actors = _cast(text, "en", "ASSAULT")
    assert "PAK:MIL" in actors
    assert "PAK:UAF" not in actors


def test_fa_teller_named_again_after_the_deed_suffers_it() -> None:
    # Persian topic frames rarely reach an event here: the rule's own test
    text = normalize_phrase("سخنگوی ارتش پاکستان درباره حمله به سربازان پاکستانی گفت")
    teller = _named(text, "ارتش پاکستان", "PAK", "MIL")
    soldiers = _named(text, "سربازان پاکستانی", "PAK", "MIL")
    trig = SimpleNamespace(start=text.index("حمله"), end=text.index("حمله") + 4)
    assert _teller_suffers([teller], [soldiers], trig)  # type: ignore[arg-type]
    other = _named(text, "سربازان پاکستانی", "AFG", "MIL")
    assert not _teller_suffers([teller], [other], trig)  # type: ignore[arg-type]


# --- (3) a place, not a topic; a complementizer ends the teller's part -------


def test_ar_around_a_city_is_no_topic() -> None:
    text = "قال الجيش السوري إن قواته انتشرت حول حمص وشنت هجوما على داعش."
    assert "SYR:MIL" in _cast(text, "ar", "ASSAULT")


def test_fa_around_a_city_is_no_topic() -> None:
    text = "منابع محلی گفتند نیروهای ارتش سوریه پیرامون حمص مستقر شدند و به مواضع داعش حمله کردند."
    assert "SYR:MIL" in _cast(text, "fa", "MOBILIZE")


def test_en_what_follows_that_is_not_the_tellers_part() -> None:
    # English "about" is seldom a place: a guard that the troops stay
    text = "Witnesses said that the Turkish troops deployed about the town attacked the rebels."
    assert "TUR:MIL" in _cast(text, "en", "MOBILIZE")


# --- (4) blamed for protests: their instigator, the protesters stay ---------


def test_fa_blamed_for_protests_is_no_protester() -> None:
    text = "دولت ترکیه آلمان را مسئول اعتراضات اخیر در استانبول دانست."
    actors = _cast(text, "fa", "PROTEST")
    assert "DEU:CVL" not in actors
    assert "TUR" in {a.split(":")[0] for a in actors}


def test_en_blamed_for_protests_is_no_protester() -> None:
    text = "The Turkish government held Germany responsible for the recent protests in Istanbul."
    assert "DEU:CVL" not in _cast(text, "en", "PROTEST")


def test_ar_blamed_for_protests_is_no_protester() -> None:
    # Arabic reads no slot of blame here: a guard that nothing changes
    text = "حملت الحكومة التركية ألمانيا مسؤولية الاحتجاجات الأخيرة في إسطنبول."
    assert "DEU:CVL" not in _cast(text, "ar", "PROTEST")


# --- (5) several blamed together ----------------------------------------------


def test_fa_two_blamed_joined_are_both_held() -> None:
    text = normalize_phrase("دولت ترکیه آلمان و فرانسه را مسئول حمله به کنسولگری دانست")
    pool = [
        _named(text, "دولت ترکیه", "TUR", "GOV"),
        _named(text, "آلمان", "DEU", None),
        _named(text, "فرانسه", "FRA", None),
    ]
    assert [m.code for m in _coordinated(pool, text, pool[2], "fa")] == ["DEU", "FRA"]


def test_fa_blamer_set_off_by_a_comma_is_not_held() -> None:
    text = normalize_phrase("دولت ترکیه، فرانسه را مسئول حمله به کنسولگری دانست")
    pool = [_named(text, "دولت ترکیه", "TUR", "GOV"), _named(text, "فرانسه", "FRA", None)]
    assert [m.code for m in _coordinated(pool, text, pool[1], "fa")] == ["FRA"]


def test_en_two_blamed_joined_are_both_held() -> None:
    text = "turkey held germany and france responsible for the attack"
    pool = [
        _named(text, "turkey", "TUR", None),
        _named(text, "germany", "DEU", None),
        _named(text, "france", "FRA", None),
    ]
    assert [m.code for m in _coordinated(pool, text, pool[2], "en")] == ["DEU", "FRA"]


def test_ar_blame_is_read_elsewhere() -> None:
    # Arabic lists no slot of blame: "حمّل X Y وZ المسؤولية" is read before
    text = "حملت تركيا ألمانيا وفرنسا مسؤولية الهجوم على القنصلية."
    assert "TUR" not in _codes(text, "ar", "ASSAULT")


# --- (6) an armed teller telling its own strike --------------------------------


def test_en_army_telling_its_strike_with_it_stays() -> None:
    text = "The Turkish army said about the air strike on the village that it hit PKK hideouts."
    assert "TUR:MIL" in _cast(text, "en", "ASSAULT")


def test_ar_army_telling_a_strike_no_one_else_did_stays() -> None:
    text = (
        "صرح المتحدث باسم الجيش الفرنسي بشأن حدوث غارة جوية على مواقع داعش في مالي"
        " بأن الغارة قتلت خمسة مسلحين."
    )
    assert "FRA:MIL" in _cast(text, "ar", "ASSAULT")


def test_fa_army_telling_a_strike_no_one_else_did_stays() -> None:
    text = normalize_phrase("ارتش ترکیه درباره حمله هوایی به روستا گفت")
    teller = _named(text, "ارتش ترکیه", "TUR", "MIL")
    village = _named(text, "روستا", "SYR", None)
    trig = SimpleNamespace(start=text.index("حمله"), end=text.index("حمله") + 4)
    assert _own_deed_told([teller], [village], trig, "ASSAULT")  # type: ignore[arg-type]
    assert not _own_deed_told([teller], [village], trig, "COERCE")  # type: ignore[arg-type]


def test_en_strike_named_as_anothers_drops_the_teller() -> None:
    # a guard: the strike's doer is named before its noun
    text = "Syria said about the Israeli strike on Damascus that it would respond."
    assert "SYR:MIL" not in _cast(text, "en", "ASSAULT")


def _named(text: str, name: str, code: str, agent: str | None) -> Mention:
    """A mention of ``name`` (normalised) in ``text`` with ``code`` and ``agent``."""
    at = text.index(normalize_phrase(name))
    return Mention(at, at + len(normalize_phrase(name)), code, "state", True, agent=agent)
