"""Round 30 (bystander30): bodies and states that only stand in a sentence
are no sides of its event.

- A body written with its state after a preposition of nearness ("an attack
  near the British parliament", "قرب البرلمان البريطاني", "در نزدیکی پارلمان
  بریتانیا") is a landmark, as one written without its state already was:
  neither the doer nor the target, and its state only a place. A body that is
  struck ("attacked the British parliament") stays the target.
- The state a ship sailed from ("السفينة التي أبحرت من إيطاليا", "the boat
  that sailed from Italy", "کشتی که از ایتالیا حرکت کرده بود") is the port
  it left, never a side of what befell the ship.

Sentences written for these tests, in Arabic, Persian and English.
"""

from __future__ import annotations

import pytest

from casts import cast, first_cast, run

_NEAR = [
    ("ar", "قتل أربعة أشخاص في هجوم دهس وطعن قرب البرلمان البريطاني في لندن", "ASSAULT"),
    ("ar", "قتل ثلاثة أشخاص في تفجير بالقرب من البرلمان العراقي في بغداد", "ASSAULT"),
    ("fa", "چهار نفر در حمله‌ای در نزدیکی پارلمان بریتانیا در لندن کشته شدند", "ASSAULT"),
    ("en", "Four people were killed in a ramming attack near the British parliament.", "ASSAULT"),
    (
        "en",
        "Three people were killed in a bombing outside the Iraqi parliament in Baghdad.",
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), _NEAR)
def test_body_near_which_something_happened_is_no_side(lang: str, text: str, etype: str) -> None:
    found = cast(run(text, lang), etype)
    assert found, f"no {etype} in {text!r}"
    assert not any(c.endswith(":LEG") for c in found)


_STRUCK = [
    ("ar", "هاجم مسلحون البرلمان البريطاني"),
    ("fa", "مسلحان به پارلمان بریتانیا حمله کردند"),
    ("en", "Gunmen attacked the British parliament."),
]


@pytest.mark.parametrize(("lang", "text"), _STRUCK)
def test_body_struck_stays_the_target(lang: str, text: str) -> None:
    assert "GBR:LEG" in cast(run(text, lang), "ASSAULT")


_SAILED = [
    ("ar", "حاصرت البحرية الإسرائيلية السفينة التي أبحرت من إيطاليا"),
    ("ar", "اعترضت القوات الإسرائيلية سفينة المساعدات التي ابحرت من اليونان نحو غزة"),
    ("fa", "نیروی دریایی اسرائیل کشتی را که از ایتالیا حرکت کرده بود توقیف کرد"),
    ("en", "Israeli forces seized the boat, which had set sail from Italy."),
    ("en", "The Israeli navy seized the aid ship that sailed from Greece."),
]


@pytest.mark.parametrize(("lang", "text"), _SAILED)
def test_port_a_ship_sailed_from_is_no_side(lang: str, text: str) -> None:
    record = run(text, lang)
    codes = {a.code for e in record.events for a in e.actors}
    assert record.events
    assert "ISR" in codes
    assert not codes & {"ITA", "GRC"}


_FROM_KEPT = [
    ("ar", "طردت الحكومة الإسرائيلية دبلوماسيين من إيطاليا"),
    ("en", "Israel expelled diplomats from Italy."),
    ("fa", "اسرائیل دیپلمات‌هایی از ایتالیا را اخراج کرد"),
]


@pytest.mark.parametrize(("lang", "text"), _FROM_KEPT)
def test_from_without_sailing_keeps_the_state(lang: str, text: str) -> None:
    codes = {a.code for e in run(text, lang).events for a in e.actors}
    assert "ITA" in codes


_CONDEMNED = [
    ("ar", "أدانت فرنسا الهجوم الذي قتل عشرة مدنيين في كابول"),
    ("ar", "أدان الأمين العام للأمم المتحدة الهجوم الذي قتل عشرة جنود في مالي"),
    ("fa", "فرانسه حمله‌ای را که ده غیرنظامی را در کابل کشت محکوم کرد"),
    ("fa", "دبیرکل سازمان ملل حمله به روستا را که ده نفر را کشت محکوم کرد"),
    ("fa", "وزیر خارجه فرانسه انفجار را که ۱۲ نفر را کشت محکوم کرد"),
    ("en", "France condemned the bombing that killed ten civilians in Kabul."),
]


@pytest.mark.parametrize(("lang", "text"), _CONDEMNED)
def test_who_condemns_an_attack_is_not_its_attacker(lang: str, text: str) -> None:
    record = run(text, lang)
    for e in record.events:
        if e.type == "ASSAULT":
            assert e.actors[0].code not in ("FRA", "UN"), e.actors


_CARRIED_OUT = [
    ("ar", "نفذت القوات الأمريكية الغارة التي قتلت عشرة مدنيين"),
    ("fa", "نیروهای آمریکایی حمله‌ای را که ده غیرنظامی را کشت انجام دادند"),
    ("en", "US forces carried out the strike that killed ten civilians."),
]


@pytest.mark.parametrize(("lang", "text"), _CARRIED_OUT)
def test_who_carried_out_the_attack_stays_its_doer(lang: str, text: str) -> None:
    assert first_cast(text, lang, "ASSAULT")[0] == "USA:MIL"


_RESIDENT = [
    ("ar", "اعتقلت الشرطة التركية 53 من أنصار الداعية فتح الله غولن المقيم في الولايات المتحدة"),
    ("fa", "پلیس ترکیه ۵۳ نفر از هواداران فتح‌الله گولن روحانی مقیم آمریکا را بازداشت کرد"),
    (
        "en",
        "Turkish police detained 53 followers of the cleric Fethullah Gulen, who lives in the United States.",
    ),
    (
        "en",
        "Turkish police detained 53 employees suspected of links to the US-based cleric Fethullah Gulen.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _RESIDENT)
def test_state_where_a_named_person_lives_is_no_side(lang: str, text: str) -> None:
    codes = {a.code for e in run(text, lang).events for a in e.actors}
    assert "TUR" in codes
    assert "USA" not in codes


_CROWD_RESIDENT = [
    ("ar", "تظاهر اللاجئون السوريون المقيمون في لبنان ضد الحكومة"),
    ("en", "Syrian refugees living in Lebanon protested against the government."),
]


@pytest.mark.parametrize(("lang", "text"), _CROWD_RESIDENT)
def test_crowd_living_in_a_state_protests_its_government(lang: str, text: str) -> None:
    assert "LBN:GOV" in cast(run(text, lang), "PROTEST")


_RALLIED_NEAR_EMBASSY = [
    ("ar", "تظاهر طلاب إيرانيون قرب السفارة البريطانية في طهران"),
    ("fa", "دانشجویان ایرانی در نزدیکی سفارت بریتانیا در تهران تجمع کردند"),
    ("en", "Iranian students rallied near the British embassy in Tehran."),
]


@pytest.mark.parametrize(("lang", "text"), _RALLIED_NEAR_EMBASSY)
def test_embassy_near_which_people_rally_stays_the_target(lang: str, text: str) -> None:
    assert "GBR:GOV" in cast(run(text, lang), "PROTEST")
