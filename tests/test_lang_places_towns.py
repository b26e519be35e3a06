"""Towns and provinces of the countries at war tell the country of agents
named without one (round 16): the gazetteers (``lang/<code>/places.py``)
name the provinces and towns the news of Syria, Iraq, Yemen, Libya,
Lebanon, Egypt, Afghanistan, Pakistan, Nigeria and Turkey names, and a
place name that is also a common word stays a word. Sentences written for
these tests, in Arabic, Persian and English."""

from __future__ import annotations

import pytest

from casts import cast, run


@pytest.mark.parametrize(
    ("text", "lang", "etype", "want"),
    [
        # a town or province after "in": the police and the men are of its country
        (
            "اعتقلت الشرطة خمسة أشخاص في مدينة المحلة الكبرى.",
            "ar",
            "COERCE",
            {"EGY:COP", "EGY:CVL"},
        ),
        ("اعتقلت قوات الأمن عشرة مطلوبين في محافظة الدقهلية.", "ar", "COERCE", {"EGY:COP"}),
        ("قتل مسلحون جنديين في مدينة رداع وسط البلاد.", "ar", "ASSAULT", {"YEM:UAF", "YEM:MIL"}),
        ("قتل ثلاثة جنود في هجوم على حاجز في خان شيخون.", "ar", "ASSAULT", {"SYR:MIL"}),
        ("اعتقلت الشرطة مسلحين اثنين في قضاء طوز خورماتو.", "ar", "COERCE", {"IRQ:COP", "IRQ:UAF"}),
        ("پلیس سه نفر را در شهر حله بازداشت کرد.", "fa", "COERCE", {"IRQ:COP", "IRQ:CVL"}),
        (
            "نیروهای امنیتی ده نفر را در شهرستان شرناق بازداشت کردند.",
            "fa",
            "COERCE",
            {"TUR:COP", "TUR:CVL"},
        ),
        ("پلیس دو مظنون را در شهر بیتلیس بازداشت کرد.", "fa", "COERCE", {"TUR:COP"}),
        ("Police arrested five men in Hawija on Monday.", "en", "COERCE", {"IRQ:COP", "IRQ:CVL"}),
        ("Gunmen killed two soldiers in Baqubah.", "en", "ASSAULT", {"IRQ:UAF", "IRQ:MIL"}),
        ("Police detained three suspects in Abbottabad.", "en", "COERCE", {"PAK:COP"}),
    ],
)
def test_town_gives_the_country(text: str, lang: str, etype: str, want: set[str]) -> None:
    assert want <= cast(run(text, lang), etype)


@pytest.mark.parametrize(
    ("text", "lang", "where"),
    [
        # the town is where it happened: the event's location
        ("اعتقلت الشرطة خمسة أشخاص في بلدة عين عيسى.", "ar", "SYR"),
        ("پلیس پنج نفر را در الحویجه بازداشت کرد.", "fa", "IRQ"),
        ("Police arrested five men in Jarablus.", "en", "SYR"),
    ],
)
def test_town_is_the_location(text: str, lang: str, where: str) -> None:
    assert {e.location for e in run(text, lang).events} == {where}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # place names that are also words stay words: "لم يزد" (did not
        # exceed, not Yazd), "سند" (a document, not Sindh), "hit"
        ("اعتقلت الشرطة رجلا لم يزد عمره عن عشرين عاما.", "ar"),
        ("پلیس مردی را به اتهام جعل سند بازداشت کرد.", "fa"),
        ("Police arrested a man who hit a guard.", "en"),
    ],
)
def test_word_is_no_place(text: str, lang: str) -> None:
    actors = cast(run(text, lang), "COERCE")
    assert actors and all(a.startswith("-:") for a in actors)
