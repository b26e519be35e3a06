"""The country of an understood side next to an international body (round
110, speaker110; every sentence written for these tests).

The audit of round 109 (sidesaudit109, kind f) found unnamed attackers
coded with the UN: the body that condemned the attack, or the one where an
envoy spoke. Two ways led there, each fixed where it happens:

* A noun of unknown attackers read with a possessive clitic ("منفذيها",
  "عاملانش"; Arabic also folds the feminine "ة" of "العملية الإرهابية" to
  a clitic-like "ه") took its owner's country, the body named before it.
  An international body has no attackers of its own: the perpetrators it
  names are the deed's (``participants._Sentence.place_agent``).
* An international body named as where ("در سازمان ملل", "at the UN") or
  as the only other side gives no country to the sides understood there:
  it has no land, people or police of its own (``implied._implied_code``,
  ``implied._apply_rules``).

Tried and left out: a definite word taking no clitic at all
(``countries.possessed_noun``: other definite feminine nouns, "الناشطة
الحقوقية", then took the nearest place's country, worse than their
owner's), and no owner's country for any possessed unknown attackers (4
documents worse of 9: "الإسلامبولي متورط في الأعمال الإرهابية" names the
attacker's own acts).
"""

from __future__ import annotations

from casts import cast, casts_in_order, run


def _cast(text: str, lang: str, etype: str) -> set[str]:
    """'CODE:AGENT' of every actor of the events of ``etype`` in ``text``."""
    return cast(run(text, lang), etype)


# --- Arabic ------------------------------------------------------------------


def test_ar_terrorist_attack_is_not_the_condemners() -> None:
    # main read "الإرهابية" as "its terrorist …": the Union's own attackers
    text = "أدان الاتحاد الأوروبي العملية الإرهابية التي وقعت صباح اليوم."
    sides = _cast(text, "ar", "ACCUSE")
    assert "EU:UAF" not in sides
    assert "-:UAF" in sides


def test_ar_perpetrators_are_not_the_condemners_own() -> None:
    # main coded the perpetrators with the body that asked for their punishment
    text = "أدان مجلس الأمن التفجيرات وطالب بمحاسبة منفذيها."
    sides = _cast(text, "ar", "REQUEST")
    assert "UN:UAF" not in sides
    assert "-:UAF" in sides


def test_ar_protest_at_un_headquarters_has_no_un_crowd() -> None:
    # main made the protesters and the government protested against the UN's
    text = "تظاهر المئات أمس أمام مقر الأمم المتحدة."
    sides = _cast(text, "ar", "PROTEST")
    assert not {"UN:CVL", "UN:GOV"} & sides


def test_ar_speaker_army_is_its_own_forces_doer() -> None:
    # the speaker is the doer: its own forces (a possessed noun) still take its state
    casts = casts_in_order("أعلن الجيش العراقي أن قواته اعتقلت خمسة مسلحين.", "ar", "COERCE")
    assert casts and casts[0][0] == "IRQ:MIL"


def test_ar_attack_in_a_city_keeps_its_state() -> None:
    # a state named as where still codes the unknown attackers
    text = "أدان الاتحاد الأوروبي الهجوم الإرهابي الذي استهدف مدينة الموصل."
    assert "IRQ:UAF" in _cast(text, "ar", "ACCUSE")


# --- Persian -----------------------------------------------------------------


def test_fa_un_as_venue_codes_no_attacker() -> None:
    # main coded the unknown attackers with the UN, where the envoy spoke
    text = "سفیر فرانسه در سازمان ملل گفت سه نگهبان در یک حمله کشته شدند."
    sides = _cast(text, "fa", "ASSAULT")
    assert "UN:UAF" not in sides
    assert "-:UAF" in sides


def test_fa_possessed_perpetrators_are_not_the_councils() -> None:
    # main: "عاملانش" (its perpetrators) were the Security Council's own
    text = "شورای امنیت این انفجار را محکوم کرد و خواستار مجازات عاملانش شد."
    sides = _cast(text, "fa", "REQUEST")
    assert "UN:UAF" not in sides
    assert "-:UAF" in sides


def test_fa_protest_before_un_office_has_no_un_crowd() -> None:
    # main: the crowd and the government understood were both the UN's
    text = "دیروز تظاهراتی در مقابل مقر سازمان ملل برگزار شد."
    sides = _cast(text, "fa", "PROTEST")
    assert not {"UN:CVL", "UN:GOV"} & sides


def test_fa_speaker_army_is_its_own_forces_doer() -> None:
    text = "ارتش عراق اعلام کرد نیروهایش پنج شبه‌نظامی را بازداشت کردند."
    casts = casts_in_order(text, "fa", "COERCE")
    assert casts and casts[0][0] == "IRQ:MIL"


def test_fa_attack_in_a_city_keeps_its_state() -> None:
    text = "سه نگهبان در یک حمله در شهر کابل کشته شدند."
    assert "AFG:UAF" in _cast(text, "fa", "ASSAULT")


# --- English -----------------------------------------------------------------


def test_en_protest_at_the_un_has_no_un_crowd() -> None:
    # main made the protesters UN civilians
    sides = _cast("A demonstration broke out at the United Nations on Monday.", "en", "PROTEST")
    assert "UN:CVL" not in sides


def test_en_protest_in_a_state_keeps_its_crowd() -> None:
    sides = _cast("A demonstration broke out in Paris on Monday.", "en", "PROTEST")
    assert "FRA:CVL" in sides


def test_en_speaker_army_is_its_own_forces_doer() -> None:
    casts = casts_in_order(
        "The Iraqi army said its soldiers arrested five militants.", "en", "COERCE"
    )
    assert casts and casts[0][0] == "IRQ:MIL"


# --- the present of saying with its "که" (Persian data, guards in ar/en) ------


def test_fa_present_saying_spokesman_is_no_killer() -> None:
    # main made the spokesman who "says that" the deed's doer
    text = "سخنگوی وزارت دفاع می‌گوید که ۴۰ جنگجوی طالبان در عملیات نیروهای افغان کشته شدند."
    sides = _cast(text, "fa", "ASSAULT")
    assert "AFG:GOV" not in sides
    assert "AFG:MIL" in sides


def test_fa_present_saying_speaker_who_acted_stays_doer() -> None:
    casts = casts_in_order("پلیس می‌گوید که پنج قاچاقچی را بازداشت کرده است.", "fa", "COERCE")
    assert casts and casts[0][0] == "-:COP"


def test_ar_present_saying_spokesman_is_no_killer() -> None:
    text = "يقول المتحدث باسم وزارة الدفاع إن 40 من مقاتلي طالبان قتلوا في عملية للقوات الأفغانية."
    sides = _cast(text, "ar", "ASSAULT")
    assert "AFG:GOV" not in sides
    assert "AFG:MIL" in sides


def test_en_present_saying_spokesman_is_no_killer() -> None:
    text = (
        "The defence ministry spokesman says that 40 Taliban fighters were killed"
        " in an operation by Afghan forces."
    )
    sides = _cast(text, "en", "ASSAULT")
    assert "AFG:GOV" not in sides
    assert "AFG:MIL" in sides
