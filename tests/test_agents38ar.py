"""Round 38, Arabic agents (every sentence written for these tests).

- The force of an international body in the singular ("قوة الاتحاد
  الأفريقي", "the UN force", "نیروی اتحادیه آفریقا") is that body's armed
  forces, as its plural already was; a peacekeeping force named by its kind
  is armed forces. The bare word for "force" is power or
  strength and stays no agent.
"""

from __future__ import annotations

import pytest

from casts import run as _run


def _casts(text: str, lang: str) -> set[str]:
    """'CODE:AGENT' of every actor of every event of ``text``."""
    return {f"{a.code or '-'}:{a.agent}" for e in _run(text, lang).events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أشادت رئيسة ليبيريا بتضحيات قوة الاتحاد الإفريقي بدارفور.", "ar"),
        (
            "The president of Liberia praised the sacrifices of the African Union force in Darfur.",
            "en",
        ),
        ("رئیس جمهور لیبریا از فداکاری‌های نیروی اتحادیه آفریقا در دارفور قدردانی کرد.", "fa"),
    ],
)
def test_african_union_force_is_its_military(text: str, lang: str) -> None:
    assert "AU:MIL" in _casts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("استهدف مجهولون بالرصاص دورية تابعة لقوة الأمم المتحدة قرب بلدة الناقورة.", "ar"),
        ("Unknown gunmen fired on a patrol of the UN force near the town of Naqoura.", "en"),
        ("افراد ناشناس به گشتی از نیروی سازمان ملل در نزدیکی شهر ناقوره تیراندازی کردند.", "fa"),
    ],
)
def test_united_nations_force_is_its_military(text: str, lang: str) -> None:
    assert "UN:MIL" in _casts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("هاجم مسلحون مجهولون قافلة لقوة حفظ السلام شمالي بانغي.", "ar"),
        ("Unidentified gunmen attacked a convoy of the peacekeeping force north of Bangui.", "en"),
        ("افراد مسلح ناشناس به کاروانی از نیروی حافظ صلح در شمال بانگی حمله کردند.", "fa"),
    ],
)
def test_peacekeeping_force_is_military(text: str, lang: str) -> None:
    assert any(c.endswith(":MIL") for c in _casts(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("استعرضت كوريا الجنوبية قوة صناعتها أمام وفد تجاري من فيتنام.", "ar"),
        ("South Korea showed the force of its industry to a trade delegation from Vietnam.", "en"),
        ("کره جنوبی نیروی صنعت خود را به هیئتی تجاری از ویتنام نشان داد.", "fa"),
    ],
)
def test_bare_force_is_no_military(text: str, lang: str) -> None:
    assert not any(c.endswith(":MIL") for c in _casts(text, lang))


# An indefinite country adjective with no noun to qualify is one person of
# the country, a civilian: Arabic after a preposition, or in the accusative
# or joined by "و" after a definite word; English after "a" with no noun
# next; Persian after "یک" (counted).
@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("أطلقت الشرطة الماليزية النار على إندونيسي قرب الميناء.", "ar", "IDN:CVL"),
        ("احتجزت السلطات الكندية أردنيا في مطار مونتريال.", "ar", "JOR:CVL"),
        ("اعتقلت الشرطة الإسبانية اثنين من السنغال ومغربيا في قادس.", "ar", "MAR:CVL"),
        ("Malaysian police shot dead an Indonesian near the port.", "en", "IDN:CVL"),
        ("Canadian authorities detained a Jordanian at Montreal airport.", "en", "JOR:CVL"),
        ("پلیس مالزی به یک اندونزیایی در نزدیکی بندر شلیک کرد.", "fa", "IDN:CVL"),
        ("مقامات کانادا یک اردنی را در فرودگاه مونترال بازداشت کردند.", "fa", "JOR:CVL"),
    ],
)
def test_lone_country_adjective_is_a_civilian(text: str, lang: str, unit: str) -> None:
    assert unit in _casts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an adjective of an indefinite noun, and a nominative predicate
        ("وقعت وزارة النقل عقدا أردنيا لتوريد الحافلات.", "ar"),
        ("The transport ministry signed a Jordanian contract for buses.", "en"),
        ("وزارت حمل و نقل یک قرارداد اردنی برای اتوبوس‌ها امضا کرد.", "fa"),
    ],
)
def test_adjective_of_a_noun_is_no_person(text: str, lang: str) -> None:
    assert "JOR:CVL" not in _casts(text, lang)
