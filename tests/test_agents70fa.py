"""Persian agents, round 70 (sentences written for these tests).

A town, a province or a capital an armed movement takes is taken from the
state that held it: its government is understood as whom the capture is
against ("طالبان شهر فراه را به تصرف خود درآوردند", "Taliban fighters
captured the provincial capital of Farah": the rebels, then the Afghan
government), as the readers code the Taliban's captures of provincial
centres. Not where the state's forces or government are named (they are the
side it is taken from), not beside unidentified armed men, and not where the
state's own army takes a town. Arabic understands no government there: its
corpus's named takers are mostly pro-government militias retaking towns.

Leaders of an opposition who hold no state office are the spec's OPP
("opposition parties, figures and activists"), listed with their terms in
``scripts/offices/80_more.txt`` (Navalny, Tsikhanouskaya); not Iran's Green
Movement leaders, whose surname alone also names a son.

People named by their art or their sport (film-makers, musicians, poets,
athletes, wrestlers) are civilians, as artists are; not the words that also
name a reader, a political player or a report's author.
"""

from __future__ import annotations

import pytest

from casts import run


def _capture_sides(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    found = [e for e in run(text, lang).events if e.type == "ASSAULT"]
    assert len(found) == 1, f"one ASSAULT wanted in {text}: {found}"
    return [(a.code, a.agent) for a in found[0].actors]


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("شورشیان طالبان دیروز شهر فراه را به تصرف خود درآوردند.", "fa", "AFG"),
        ("جنگجویان داعش شهر الرقه در سوریه را تسخیر کردند.", "fa", "SYR"),
        ("Taliban fighters captured the provincial capital of Farah on Friday.", "en", "AFG"),
    ],
)
def test_a_town_taken_is_taken_from_its_government(text: str, lang: str, code: str) -> None:
    sides = _capture_sides(text, lang)
    assert sides[0] == (code, "REB")
    assert sides[-1] == (code, "GOV")
    assert len(sides) == 2


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the army it is taken from is named: no government beside it
        (
            "طالبان پس از نبرد سنگین با ارتش افغانستان شهر فراه را تصرف کردند.",
            "fa",
            [("AFG", "REB"), ("AFG", "MIL")],
        ),
        # the state's own army takes it
        ("ارتش سوریه شهر تدمر را تصرف کرد.", "fa", [("SYR", "MIL")]),
        ("Afghan troops captured the town of Farah after heavy fighting.", "en", [("AFG", "MIL")]),
        # unidentified armed men: none understood beside them
        ("افراد مسلح ناشناس دیروز شهر فراه را تصرف کردند.", "fa", [("AFG", "UAF")]),
        # Arabic keeps its reading: no government understood
        ("سيطرت حركة طالبان يوم الجمعة على مدينة فراه عاصمة الولاية.", "ar", [("AFG", "REB")]),
    ],
)
def test_no_government_understood_otherwise(
    text: str, lang: str, want: list[tuple[str, str]]
) -> None:
    assert _capture_sides(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "kind", "want"),
    [
        ("پلیس روز یکشنبه الکسی ناوالنی را در فرودگاه مسکو بازداشت کرد.", "fa", "COERCE", "RUS"),
        ("ناوالنی هنگام ورود به مسکو توسط پلیس بازداشت شد.", "fa", "COERCE", "RUS"),
        (
            "وزیر خارجه لیتوانی با سویتلانا تیخانوفسکایا در ویلنیوس دیدار کرد.",
            "fa",
            "CONSULT",
            "BLR",
        ),
        ("Police in Moscow detained Navalny on his return.", "en", "COERCE", "RUS"),
        (
            "Lithuania's foreign minister met Sviatlana Tsikhanouskaya in Vilnius.",
            "en",
            "CONSULT",
            "BLR",
        ),
        ("اعتقلت الشرطة الروسية نافالني لدى عودته إلى موسكو.", "ar", "COERCE", "RUS"),
        ("التقى وزير خارجية ليتوانيا سفيتلانا تيخانوفسكايا في فيلنيوس.", "ar", "CONSULT", "BLR"),
    ],
)
def test_an_opposition_leader_is_opp(text: str, lang: str, kind: str, want: str) -> None:
    found = [e for e in run(text, lang).events if e.type == kind]
    assert found, f"no {kind} in {text}"
    assert (want, "OPP") in {(a.code, a.agent) for e in found for a in e.actors}


def test_a_green_movement_surname_is_no_opposition_leader() -> None:
    events = run("حسین کروبی از رئیس قوه قضاییه انتقاد کرد.", "fa").events
    assert events
    assert "OPP" not in {a.agent for e in events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("پلیس ترکیه روز شنبه یک فیلمساز را در استانبول بازداشت کرد.", "fa", "COERCE"),
        ("ماموران امنیتی یک کشتی‌گیر جوان را در شیراز دستگیر کردند.", "fa", "COERCE"),
        ("یک موسیقیدان سرشناس با انتشار پیامی از معلمان معترض حمایت کرد.", "fa", "SUPPORT"),
        ("Turkish police detained a filmmaker in Istanbul on Saturday.", "en", "COERCE"),
        ("Security forces arrested a young wrestler in Shiraz.", "en", "COERCE"),
        ("اعتقلت الشرطة التركية المغني في إسطنبول يوم السبت.", "ar", "COERCE"),
        ("اعتقلت قوات الأمن مصارعا شابا في شيراز.", "ar", "COERCE"),
    ],
)
def test_an_artist_or_athlete_is_a_civilian(text: str, lang: str, kind: str) -> None:
    found = [e for e in run(text, lang).events if e.type == kind]
    assert found, f"no {kind} in {text}"
    assert "CVL" in {a.agent for e in found for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("نویسنده این گزارش از دولت ترکیه انتقاد کرد.", "fa"),
        ("The writer of the letter criticised the Turkish government.", "en"),
        ("Regional actors criticised the Turkish government.", "en"),
    ],
)
def test_a_reader_author_or_player_is_no_civilian(text: str, lang: str) -> None:
    agents = {a.agent for e in run(text, lang).events for a in e.actors}
    assert "CVL" not in agents
