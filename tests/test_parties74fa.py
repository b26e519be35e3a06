"""What talks are about, across a relative clause's comma, and what a
warning warns of (round 74; sentences written for these tests).

Persian writes the topic before the talks' verb, and a relative clause
inside the topic ends with a comma right before that verb ("درباره گزارشی
که … بین ایران و ۱+۵ است، گفت‌وگو کند"): the comma closes the relative
clause, not the topic, so a state named there is what is talked about, no
side. Kept as before: a partner written after the comma behind "با" stays a
side; a comma with no relative clause before it, or a clause of its own
opened after it, ends the topic's reach. Arabic and English write the topic
after the verb; their sentences are guards that the state in a topic's
relative clause is no side there either.

A Persian warning whose one warned stands behind "به" right before its verb
("به ایران هشدار داد که هرگونه حمله به اسرائیل …") has told whom it warns:
a state named after the verb is what the warning spares, no side, also for a
threat word told inside that content. Kept: with no one warned before the
verb the content's states stay; a deed of another type after it keeps its
own sides. Arabic and English name the one warned after the verb (guards).
"""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str, kind: str) -> set[str | None]:
    found = [e for e in run(text, lang).events if e.type == kind]
    assert found, f"no {kind} in {text}"
    return {a.code for e in found for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "gone", "kept"),
    [
        # the relative clause's comma inside the topic: Iran is the topic
        (
            "شورای امنیت روز سه‌شنبه درباره گزارش دبیرکل در خصوص قطعنامه‌ای که ضامن"
            " توافق هسته‌ای بین ایران و ۱+۵ است، گفت‌وگو خواهد کرد.",
            "fa",
            "IRN",
            "UN",
        ),
        # an aside in brackets inside the relative clause does not end it
        (
            "شورای امنیت فردا در مورد گزارش تازه دبیرکل درباره قطعنامه‌ای که توافق"
            " ایران با قدرت‌های جهانی (برجام) را تایید کرده، گفت‌وگو خواهد کرد.",
            "fa",
            "IRN",
            "UN",
        ),
        # the partner after the comma behind "با" stays; China is the topic
        (
            "وزیر خارجه ژاپن درباره طرحی که چین داده است، با وزیر خارجه روسیه گفت‌وگو کرد.",
            "fa",
            "CHN",
            "RUS",
        ),
        # Arabic and English: the topic after the verb (guards)
        (
            "بحث وزير الخارجية الياباني مع نظيره الروسي الخطة التي قدمتها الصين.",
            "ar",
            "CHN",
            "RUS",
        ),
        (
            "The Japanese foreign minister talked with his Russian counterpart about"
            " the plan that China proposed.",
            "en",
            "CHN",
            "RUS",
        ),
    ],
)
def test_topic_state_behind_relative_comma_is_no_side(
    text: str, lang: str, gone: str, kept: str
) -> None:
    codes = _codes(text, lang, "CONSULT")
    assert gone not in codes
    assert kept in codes


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        # a comma with no relative clause before it: the topic ends there and
        # the partner named after it behind "با" stays a side
        (
            "شورای امنیت درباره گزارش دبیرکل، با نماینده ایران گفت‌وگو کرد.",
            "fa",
            "IRN",
        ),
        # a clause of its own after the comma ("تاکید کرد که"): the earlier
        # clause's topic is not the talks' topic, whose sides stay
        (
            "وزیر خارجه ژاپن در نامه‌ای که درباره طرح چین نوشته شده، تاکید کرد که"
            " ایران و عربستان گفت‌وگو کرده‌اند.",
            "fa",
            "SAU",
        ),
        # the partner of the talks in English stays after a relative clause
        (
            "The Japanese foreign minister, who had criticised the Chinese plan,"
            " held talks with the Russian foreign minister.",
            "en",
            "RUS",
        ),
    ],
)
def test_side_outside_the_topic_stays(text: str, lang: str, kept: str) -> None:
    assert kept in _codes(text, lang, "CONSULT")


def _threat_codes(text: str, lang: str) -> set[str | None]:
    return _codes(text, lang, "THREATEN")


@pytest.mark.parametrize(
    ("text", "lang", "gone", "kept"),
    [
        # Persian: the one warned behind "به" before the verb; the state the
        # warning spares is inside what it warns of, also for the threat
        # word told there ("پاسخ قاطع", "هزینه سنگینی خواهد داشت")
        (
            "وزیر خارجه آمریکا به ایران هشدار داد که هرگونه حمله به اسرائیل با پاسخ"
            " قاطع مواجه خواهد شد.",
            "fa",
            "ISR",
            "IRN",
        ),
        (
            "رئیس جمهور فرانسه به روسیه هشدار داد که حمله به اوکراین هزینه سنگینی خواهد داشت.",
            "fa",
            "UKR",
            "RUS",
        ),
        (
            "نخست وزیر ژاپن به کره شمالی هشدار داد هرگونه حمله به شهروندان کره جنوبی"
            " با واکنش شدید ارتش ژاپن مواجه خواهد شد.",
            "fa",
            "KOR",
            "PRK",
        ),
        # Arabic and English name the one warned after the verb (guards)
        (
            "حذر وزير الخارجية الأمريكي إيران من أن أي هجوم على إسرائيل سيقابل برد حاسم.",
            "ar",
            "ISR",
            "IRN",
        ),
        (
            "The US secretary of state warned Iran that any attack on Israel would meet"
            " a decisive response.",
            "en",
            "ISR",
            "IRN",
        ),
    ],
)
def test_side_inside_a_warning_is_no_side(text: str, lang: str, gone: str, kept: str) -> None:
    codes = _threat_codes(text, lang)
    assert gone not in codes
    assert kept in codes


def test_warning_with_no_addressee_keeps_its_content_sides() -> None:
    # no one warned before the verb: the states of what is warned of stay
    codes = _threat_codes("وزیر خارجه آمریکا هشدار داد که ایران به اسرائیل حمله خواهد کرد.", "fa")
    assert "IRN" in codes


def test_deed_of_another_type_after_a_warning_keeps_its_sides() -> None:
    # a later deed of force is no content of the warning
    events = run("ارتش اسرائیل به حماس هشدار داد و سپس به غزه حمله کرد.", "fa").events
    assert any(e.type == "ASSAULT" and "ISR" in {a.code for a in e.actors} for e in events)
