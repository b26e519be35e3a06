"""Deaths and harm with no attacker are no ASSAULT (sentences written for these
tests): a building that collapsed, a fire, an industrial blast, ordnance left
from an old war, heat, a fall; an explosion by a bomb, a suicide bomber or
gunmen who set fire stays an attack, and an arrest beside a disaster stays an
arrest."""

from __future__ import annotations

import pytest

from casts import run

ACCIDENT = [
    ("ar", "انهار مبنى سكني في القاهرة ما أدى إلى مقتل ثمانية أشخاص."),
    ("ar", "قتل طفلان في انفجار لغم قديم في حقل في أنغولا."),
    ("ar", "قتل سبعة أشخاص في انفجار في مستودع للألعاب النارية."),
    ("ar", "أسفر انفجار في مصنع للكيماويات في الصين عن مقتل 44 عاملا."),
    ("fa", "یک ساختمان مسکونی در قاهره فرو ریخت و هشت نفر کشته شدند."),
    ("fa", "دو کودک بر اثر انفجار یک مین قدیمی در مزرعه‌ای در آنگولا کشته شدند."),
    ("fa", "یک کامیون حمل سوخت پس از برخورد با خودرو آتش گرفت و ۱۳ نفر کشته شدند."),
    ("fa", "بیش از ۷۰۰ نفر در کانادا بر اثر گرمی هوا جان باختند."),
    ("fa", "دو نفر با سقوط از هواپیما بر فراز کابل کشته شدند."),
    ("en", "A residential building collapsed in Cairo, killing eight people."),
    ("en", "Two children were killed when an old landmine exploded in a field in Angola."),
    ("en", "Ten people were killed in a fire at a market in Kabul."),
    ("en", "An explosion at a chemical plant in China killed 44 workers."),
    ("en", "A fuel truck caught fire after a crash in Kenya, killing 13 people."),
]

ATTACK = [
    ("ar", "انفجرت سيارة مفخخة قرب مستودع للألعاب النارية في بغداد ما أسفر عن مقتل عشرة أشخاص."),
    ("ar", "أضرم مسلحون النار في حافلة في نيجيريا ما أدى إلى مقتل 12 راكبا."),
    (
        "fa",
        "یک خودروی بمب‌گذاری شده در نزدیکی انبار مواد محترقه در بغداد منفجر شد و ده نفر کشته شدند.",
    ),
    ("fa", "افراد مسلح یک اتوبوس را در نیجریه به آتش کشیدند و ۱۲ مسافر کشته شدند."),
    ("en", "A car bomb exploded near a fireworks warehouse in Baghdad, killing ten people."),
    ("en", "Gunmen set fire to a bus in Nigeria and the blaze killed 12 passengers."),
]

ARREST = [
    ("ar", "ألقت السلطات الإيطالية القبض على خمسة مهربين بعد غرق قارب يقل مهاجرين."),
]


@pytest.mark.parametrize(("lang", "text"), ACCIDENT)
def test_an_accident_is_no_attack(lang: str, text: str) -> None:
    assert "ASSAULT" not in {e.type for e in run(text, lang).events}


@pytest.mark.parametrize(("lang", "text"), ATTACK)
def test_an_attack_beside_an_accident_word_is_still_one(lang: str, text: str) -> None:
    assert "ASSAULT" in {e.type for e in run(text, lang).events}


@pytest.mark.parametrize(("lang", "text"), ARREST)
def test_an_arrest_after_a_drowning_stays(lang: str, text: str) -> None:
    assert "COERCE" in {e.type for e in run(text, lang).events}
