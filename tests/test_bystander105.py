"""bystander105: a medium or a rights group named after an announcement
opener ("طبق اعلام عفو بین‌الملل، …", "as announced by Human Rights Watch,
…"; ``status.ANNOUNCER_CUES``, ``agents.TELLING_AGENTS``) tells the deed and
is no side of it (``sources._announced``). Other announcers stay (an army or
a ministry often tells its own deed), and so does a rights group the report
itself names. Every sentence written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# (language, sentence, event type, the sides that stay). Read wrong on main:
# the Persian two and the English two (the rights group was made a side).
# Arabic reads them right already ("حسب", "وفق" open a source): guards.
TOLD: list[tuple[str, str, str, set[str]]] = [
    (
        "fa",
        "طبق اعلام سازمان عفو بین الملل، نیروهای امنیتی ایران دست‌کم ده معترض را در اهواز"
        " بازداشت کردند.",
        "COERCE",
        {"IRN:COP", "IRN:CVL"},
    ),
    (
        "fa",
        "بنابر اعلام دیده‌بان حقوق بشر، نیروهای امنیتی مصر ده فعال را بازداشت کردند.",
        "COERCE",
        {"EGY:COP", "EGY:OPP"},
    ),
    (
        "en",
        "As announced by Amnesty International, Iraqi police arrested ten protesters in Basra.",
        "COERCE",
        {"IRQ:COP", "IRQ:CVL"},
    ),
    (
        "en",
        "Per a statement from Human Rights Watch, Iranian security forces detained dozens of"
        " protesters.",
        "COERCE",
        {"IRN:COP", "IRN:CVL"},
    ),
    (
        "ar",
        "ووفق ما أعلنته منظمة هيومن رايتس ووتش، اعتقلت قوات الأمن الإيرانية عشرات المحتجين.",
        "COERCE",
        {"IRN:COP", "IRN:CVL"},
    ),
    (
        "ar",
        "وبحسب إعلان منظمة العفو الدولية، اعتقلت الشرطة العراقية عشرة متظاهرين في البصرة.",
        "COERCE",
        {"IRQ:COP", "IRQ:CVL"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), TOLD)
def test_the_teller_of_an_announcement_is_no_side(
    lang: str, text: str, etype: str, sides: set[str]
) -> None:
    casts = casts_in_order(text, lang, etype)
    assert casts, f"no {etype} in {text}"
    assert all("-:NGO" not in cast for cast in casts), casts
    assert any(set(cast) == sides for cast in casts), casts


# (language, sentence, event type, the side that stays): an army or an
# office that announces its own deed, and a rights group the report names
# as the struck side.
STAYS: list[tuple[str, str, str, str]] = [
    (
        "fa",
        "بنا بر اعلام ارتش اسرائیل، سربازان این کشور دو فلسطینی را در جنین بازداشت کردند.",
        "COERCE",
        "ISR:MIL",
    ),
    (
        "fa",
        "بر اساس اعلام دفتر رئیس جمهور فرانسه، او فردا با صدر اعظم آلمان دیدار خواهد کرد.",
        "CONSULT",
        "FRA:GOV",
    ),
    (
        "fa",
        "طبق اعلام وزارت کشور ترکیه، پلیس این کشور دفتر سازمان عفو بین الملل در استانبول را"
        " پلمب کرد.",
        "COERCE",
        "-:NGO",
    ),
    (
        "en",
        "As announced by the Israeli army, its soldiers arrested two Palestinians in Jenin.",
        "COERCE",
        "ISR:MIL",
    ),
    (
        "en",
        "As announced by the Turkish interior ministry, police raided the office of Amnesty"
        " International in Istanbul.",
        "COERCE",
        "-:NGO",
    ),
    (
        "ar",
        "وحسب بيان وزارة الداخلية التركية، داهمت الشرطة مكتب منظمة العفو الدولية في إسطنبول.",
        "COERCE",
        "-:NGO",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "side"), STAYS)
def test_an_announcer_of_its_own_deed_or_a_named_group_stays(
    lang: str, text: str, etype: str, side: str
) -> None:
    casts = casts_in_order(text, lang, etype)
    assert any(side in cast for cast in casts), casts


# "known in the media as" (``<lang>/agents.NOT_AGENTS``): the media named the
# case and are no side of the deed. (language, sentence, event type). Read
# wrong on main: all three (a medium was made a side).
NAMED_BY_MEDIA: list[tuple[str, str, str]] = [
    ("ar", "ويواجه المتهم تهمة قتل جنود في القضية المعروفة إعلاميا بمذبحة رفح.", "ASSAULT"),
    ("fa", "متهم در پرونده‌ای که در رسانه‌ها به قتل سربازان معروف شد به اعدام محکوم شد.", "COERCE"),
    (
        "en",
        "An Egyptian court jailed three defendants in the case known in the media as the"
        " Zeitoun cell.",
        "COERCE",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NAMED_BY_MEDIA)
def test_the_media_that_named_a_case_are_no_side(lang: str, text: str, etype: str) -> None:
    casts = casts_in_order(text, lang, etype)
    assert casts, f"no {etype} in {text}"
    assert all(not side.endswith(":MED") for cast in casts for side in cast), casts


# Journalists who are the struck side stay, the phrase named or not.
JOURNALISTS: list[tuple[str, str]] = [
    ("ar", "واعتقلت الشرطة المصرية ثلاثة صحفيين في القضية المعروفة إعلاميا بخلية الزيتون."),
    ("ar", "واعتقلت الشرطة المصرية إعلاميا معروفا في القاهرة."),
    (
        "fa",
        "پلیس ایران سه خبرنگار را در پرونده‌ای که در رسانه‌ها به پرونده فساد معروف شد بازداشت کرد.",
    ),
    (
        "en",
        "Egyptian police arrested three journalists in the case known in the media as the"
        " Zeitoun cell.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), JOURNALISTS)
def test_journalists_arrested_stay_a_side(lang: str, text: str) -> None:
    casts = casts_in_order(text, lang, "COERCE")
    assert any(side.endswith(":MED") for cast in casts for side in cast), casts
