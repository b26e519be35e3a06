"""The state a detained or tried foreigner lives or studies in is where the
deed is done to him (round 99, mendB99, mending faparties98 after review98b
F3; the sentences are the review's and this branch's own).

faparties98 made that state no side at all (``Mention.offshore``), so the
police or court of no country that held him lost their home and took his
own nationality instead ("دانشجوی فرانسوی که در ایران تحصیل می‌کند بازداشت
شد": French police). Now the state is a place (``Mention.lived``): no side,
not the home of the person who lives there (``participants._resident_of``),
but the home of the other agents with none. English has no such rule and
reads these right (guards). The plural guard also reads "دارند".
"""

from __future__ import annotations

import pytest

from casts import cast, run

# (language, sentence, type, the actors that must be read): main gave the
# arrester or the court the person's own code or none (the comment says).
AIMS: list[tuple[str, str, str, set[str]]] = [
    # main: FRA:COP, FRA:EDU
    ("fa", "دانشجوی فرانسوی که در ایران تحصیل می‌کند بازداشت شد.", "COERCE", {"IRN:COP", "FRA:EDU"}),
    # main: -:COP, FRA:EDU
    (
        "fa",
        "مأموران امنیتی دانشجوی فرانسوی را که در ایران تحصیل می‌کرد بازداشت کردند.",
        "COERCE",
        {"IRN:COP", "FRA:EDU"},
    ),
    # main: USA:JUD, USA:MED
    (
        "fa",
        "خبرنگار آمریکایی که در ایران زندگی می‌کرد به زندان محکوم شد.",
        "COERCE",
        {"IRN:JUD", "USA:MED"},
    ),
    # main: GBR:COP, GBR:MED
    (
        "fa",
        "روزنامه‌نگار انگلیسی که در ایران اقامت داشت بازداشت شد.",
        "COERCE",
        {"IRN:COP", "GBR:MED"},
    ),
    # main: -:JUD, SWE:EDU
    (
        "fa",
        "دادگاه پژوهشگر سوئدی را که در ایران زندگی می‌کرد به اعدام محکوم کرد.",
        "COERCE",
        {"IRN:JUD", "SWE:EDU"},
    ),
    # main: FRA:COP, FRA:EDU
    (
        "ar",
        "اعتقلت السلطات الباحثة الفرنسية التي تدرس في إيران بتهمة التجسس.",
        "COERCE",
        {"IRN:COP", "FRA:EDU"},
    ),
    # main: -:GOV, FRA:EDU
    ("ar", "اعتقلت السلطات الطالب الفرنسي الذي يدرس في إيران.", "COERCE", {"IRN:GOV", "FRA:EDU"}),
    # main: DEU:COP, DEU:EDU
    (
        "ar",
        "اعتقل الباحث الألماني الذي يدرس في مصر بتهمة التجسس.",
        "COERCE",
        {"EGY:COP", "DEU:EDU"},
    ),
    # main: -:COP, GBR:MED
    ("ar", "اعتقلت الشرطة الصحفي البريطاني الذي يدرس في تركيا.", "COERCE", {"TUR:COP", "GBR:MED"}),
    # main: no event at all
    (
        "ar",
        "اتهمت الحكومة الطالب الذي يدرس في إيران بالتجسس لصالح إسرائيل.",
        "ACCUSE",
        {"IRN:GOV", "IRN:EDU"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), AIMS)
def test_state_lived_in_is_where_he_is_held(
    lang: str, text: str, etype: str, actors: set[str]
) -> None:
    assert cast(run(text, lang), etype) == actors


# Guards: read the same on main and on this branch (faparties98's aims among
# them: the state is still no side, nor the home of the one who lives there).
GUARDS: list[tuple[str, str, str, set[str]]] = [
    (
        "fa",
        "این دیپلمات که در فرانسه تحصیل کرده است با وزیر خارجه آلمان دیدار کرد.",
        "CONSULT",
        {"-:GOV", "DEU:GOV"},
    ),
    (
        "fa",
        "این فعال سیاسی که سال‌ها در کانادا زندگی کرده بود، توسط پلیس ایران بازداشت شد.",
        "COERCE",
        {"IRN:COP", "-:OPP"},
    ),
    (
        "fa",
        "نماینده مجلس که در سوئد زندگی می‌کرد با سفیر ژاپن دیدار کرد.",
        "CONSULT",
        {"-:LEG", "JPN:GOV"},
    ),
    (
        "fa",
        "پلیس آلمان یک دیپلمات ایرانی را که در اتریش اقامت داشت بازداشت کرد.",
        "COERCE",
        {"DEU:COP", "IRN:GOV"},
    ),
    (
        "ar",
        "التقى الدبلوماسي الذي درس في فرنسا وزير الخارجية الألماني.",
        "CONSULT",
        {"-:GOV", "DEU:GOV"},
    ),
    (
        "ar",
        "اتهم وزير الخارجية الإيراني الذي درس في أمريكا واشنطن بانتهاك الاتفاق النووي.",
        "ACCUSE",
        {"IRN:GOV", "USA:"},
    ),
    (
        "en",
        "The French student who studies in Iran was arrested.",
        "COERCE",
        {"IRN:COP", "FRA:EDU"},
    ),
    (
        "en",
        "Police arrested a British researcher who studies in Egypt.",
        "COERCE",
        {"EGY:COP", "GBR:EDU"},
    ),
    (
        "en",
        "The diplomat, who studied in France, met the German foreign minister.",
        "CONSULT",
        {"-:GOV", "DEU:GOV"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), GUARDS)
def test_kept(lang: str, text: str, etype: str, actors: set[str]) -> None:
    assert cast(run(text, lang), etype) == actors


def test_plural_verb_reads_darand() -> None:
    """ "اقامت دارند", "سکونت دارند": a crowd's verb (main read "دارند" singular)."""
    from diplowatch.extract.countries import _plural_verb

    assert _plural_verb("دارند", "fa")
    assert _plural_verb("می‌دارند", "fa")
    assert not _plural_verb("دارد", "fa")
    assert not _plural_verb("می‌کند", "fa")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "این دیپلمات که در فرانسه تحصیل کرده است با وزیر خارجه آلمان دیدار کرد."),
        ("ar", "التقى الدبلوماسي الذي درس في فرنسا وزير الخارجية الألماني."),
    ],
)
def test_state_lived_in_is_no_scene_of_his_meeting(lang: str, text: str) -> None:
    """Where the diplomat studied is not where he met the minister (as on main)."""
    assert all(e.location != "FRA" for e in run(text, lang).events)
