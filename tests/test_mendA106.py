"""Mends of round 106's nonevent106 rules (mendA106; every sentence written
for these tests).

- F1: concern about how a government or another actor met a disaster ("the
  authorities' failure to protect the earthquake victims") blames it: the
  ACCUSE stays.
- F2: concern about air strikes and floods together blames the strikers;
  the deaths a disaster gave excuse no killing named before it.
- F3: an accident word inside one speaker's claim drops no deed told in a
  contrasting clause ("لكن", "اما", "but").
- F11: a real attack beside an accident's word (gunmen, a car bomb, a
  missile that downed a plane, a bomb) keeps its ASSAULT.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


# F1, F2: the concern blames someone (main ade5f8b3 reads no ACCUSE in the
# fa and en sentences; Arabic reads no concern as an ACCUSE on main)
BLAME = [
    ("fa", "دیده‌بان حقوق بشر از کوتاهی دولت در کمک به آسیب‌دیدگان زلزله ابراز نگرانی کرد."),
    ("fa", "یک نهاد حقوق بشری از بی‌توجهی پلیس به سیل‌زدگان در بلوچستان ابراز نگرانی کرد."),
    (
        "en",
        "Amnesty voiced concern over the authorities' failure to protect victims of the earthquake.",
    ),
    ("fa", "سازمان ملل از کشتار معترضان و سیل در سودان ابراز نگرانی کرد."),
    ("en", "The UN voiced concern about the airstrikes and the floods in Sudan."),
    ("en", "The UN voiced concern about air strikes and flooding in Sudan."),
    ("en", "The UN voiced concern about the killing of protesters and the floods in Sudan."),
]


@pytest.mark.parametrize(("lang", "text"), BLAME)
def test_concern_about_an_actor_or_a_strike_blames(lang: str, text: str) -> None:
    assert "ACCUSE" in _types(text, lang)


# guards: the air strikes named beside the floods stay an attack
STRIKES = [
    ("ar", "أعربت الأمم المتحدة عن قلقها من الغارات الجوية والفيضانات في السودان."),
    ("fa", "سازمان ملل از حملات هوایی و سیل در سودان ابراز نگرانی کرد."),
]


@pytest.mark.parametrize(("lang", "text"), STRIKES)
def test_strikes_beside_floods_stay(lang: str, text: str) -> None:
    assert "ASSAULT" in _types(text, lang)


# guards: sympathy with a country struck stays no accusation
SYMPATHY = [
    ("fa", "وزیر خارجه ترکیه از وقوع زلزله در ایران که ۴۰ نفر را کشت ابراز نگرانی کرد."),
    ("en", "The president voiced concern about the floods in Sudan that killed 40 people."),
    ("ar", "أعرب رئيس الوزراء عن قلقه من الفيضانات في السودان."),
]


@pytest.mark.parametrize(("lang", "text"), SYMPATHY)
def test_sympathy_stays_no_accusation(lang: str, text: str) -> None:
    assert "ACCUSE" not in _types(text, lang)


# F3: a fault one side claims, an attack told against it (main ade5f8b3
# reads no ASSAULT in each)
CLAIMED = [
    (
        "ar",
        "قتل 20 شخصا في انفجار قالت الحكومة إنه نجم عن عطل فني بينما قال شهود إن صاروخا أصاب المبنى.",
    ),
    (
        "fa",
        "دولت علت انفجار را نقص فنی اعلام کرد اما ساکنان گفتند یک پهپاد کارخانه را بمباران کرد و ۱۵ نفر کشته شدند.",
    ),
    (
        "fa",
        "ارتش علت سقوط هواپیما را خرابی فنی دانست اما شاهدان گفتند موشک آن را زد و ۴۰ نفر کشته شدند.",
    ),
    (
        "en",
        "Fifteen people were killed in a blast that officials blamed on a technical fault, but residents said a drone bombed the factory.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CLAIMED)
def test_attack_against_claimed_fault_stays(lang: str, text: str) -> None:
    assert "ASSAULT" in _types(text, lang)


# F11: an attack in the clause of the deaths, an accident's word beside it
# (main ade5f8b3 reads no ASSAULT in each)
BESIDE = [
    ("ar", "قتل مسلحون ثلاثة شرطيين قرب موقع حادث تصادم في أسيوط."),
    ("ar", "قتل 9 أشخاص في انفجار سيارة مفخخة قرب حادث تصادم حافلتين."),
    ("ar", "قتل 30 شخصا في تحطم طائرة أسقطها صاروخ أطلقه المتمردون."),
    ("fa", "در انفجار بمب در کنار جاده که به برخورد دو خودرو انجامید ۹ نفر کشته شدند."),
    ("en", "A missile strike killed 9 people, a day after a collision between two buses."),
]


@pytest.mark.parametrize(("lang", "text"), BESIDE)
def test_attack_beside_accident_word_stays(lang: str, text: str) -> None:
    assert "ASSAULT" in _types(text, lang)


# guards: the accident's own deaths stay no ASSAULT where the attack is
# told in another clause or no attack is told against the claim
ACCIDENT_DEATHS = [
    # a clash's word in the contrast clause tells a disease, no attack
    ("fa", "وزیر سابق به کرونا مبتلا شده در حالی که ریه‌اش درگیر شده و در بیمارستان است.", "درگیر"),
    ("ar", "قتل 12 شخصا في حادث تصادم حافلتين، وشنت الطائرات غارة على القرية.", "قتل"),
    ("fa", "ارتش علت سقوط هواپیما را خرابی فنی دانست و ۴۰ نفر کشته شدند.", "کشته"),
    ("en", "Twelve people were killed after a technical fault, but the airline denied it.", "kill"),
]


@pytest.mark.parametrize(("lang", "text", "word"), ACCIDENT_DEATHS)
def test_accident_deaths_stay_no_assault(lang: str, text: str, word: str) -> None:
    triggers = {e.trigger for e in run(text, lang).events if e.type == "ASSAULT"}
    assert not any(word in t for t in triggers)
