"""Round 14 (doers14): who does a violent or coercive deed.

A prison sentence is the court's, not the police's; goods, ships or land
seized by nobody named keep no guessed police; pirates and other criminals
take no country from whom they struck; an armed group nobody names is
unidentified (UAF), not a rebel movement; a counted phrase of states ("the
four states") takes the states listed just before it. Sentences written
for these tests, in ar, fa and en.
"""

from __future__ import annotations

import pytest

from casts import cast, first_cast, run


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("en", "Three activists were sentenced to prison in Cairo.", "EGY"),
        ("en", "A journalist was condemned to death in Tehran.", "IRN"),
        ("ar", "صدر حكم بسجن ثلاثة ناشطين في القاهرة.", "EGY"),
        ("ar", "حكم على صحفي بالسجن خمس سنوات في القاهرة.", "EGY"),
        (
            "fa",
            "سه فعال در قاهره به پنج سال حبس، و دو روزنامه‌نگار به سه سال حبس محکوم شدند.",
            "EGY",
        ),
        ("fa", "یک روزنامه‌نگار در تهران به پنج سال حبس محکوم شد.", "IRN"),
    ],
)
def test_a_sentence_is_the_courts(lang: str, text: str, country: str) -> None:
    """The understood author of a sentence is a court, and a ruling to prison
    told twice ("حكم … بسجن", "به … سال حبس") is one deed, not a police one."""
    actors = cast(run(text, lang), "COERCE")
    assert f"{country}:JUD" in actors
    assert f"{country}:COP" not in actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police arrested three activists in Cairo."),
        ("en", "Three men were arrested in Karachi."),
        ("ar", "اعتقلت الشرطة ثلاثة ناشطين في القاهرة."),
        ("fa", "سه نفر در کراچی بازداشت شدند."),
    ],
)
def test_arrests_stay_the_polices(lang: str, text: str) -> None:
    """Arrests keep the police as their (named or understood) author."""
    assert any(a.endswith(":COP") for a in cast(run(text, lang), "COERCE"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An oil tanker was seized in the Strait of Hormuz."),
        ("en", "Two tonnes of drugs were seized in the port."),
        ("fa", "یک نفتکش در تنگه هرمز توقیف شد."),
        ("ar", "تمت مصادرة شحنة أسلحة في ميناء عدن."),
    ],
)
def test_an_unnamed_seizer_is_no_guessed_police(lang: str, text: str) -> None:
    """Who seized goods or a ship nobody names stays unnamed."""
    assert not any(a.endswith(":COP") for a in cast(run(text, lang), "COERCE"))


@pytest.mark.parametrize(
    ("lang", "text", "seizer"),
    [
        ("en", "Iranian forces seized a British tanker in the Strait of Hormuz.", "IRN:MIL"),
        ("fa", "سپاه پاسداران یک نفتکش انگلیسی را در تنگه هرمز توقیف کرد.", "IRN:MIL"),
        ("ar", "صادرت الشرطة الباكستانية طنين من المخدرات في كراتشي.", "PAK:COP"),
    ],
)
def test_a_named_seizer_is_kept(lang: str, text: str, seizer: str) -> None:
    assert seizer in cast(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    ("lang", "text", "victim"),
    [
        ("en", "Pirates hijacked an Iranian ship on Monday.", "IRN:"),
        ("en", "Gunmen hijacked an Iranian and a Chinese ship.", "CHN:"),
        ("fa", "دزدان دریایی یک کشتی ایرانی را ربودند.", "IRN:"),
        ("fa", "قاچاقچیان دو مرزبان ایرانی را کشتند.", "IRN:COP"),
        ("ar", "قتل مهربون اثنين من حرس الحدود الإيرانيين.", "IRN:COP"),
        ("ar", "اختطف قراصنة سفينة إيرانية.", "IRN:"),
        ("ar", "هاجم مسلحون ناقلة نفط يونانية قبالة نيجيريا.", "GRC:"),
    ],
)
def test_criminals_take_no_country_from_their_victims(lang: str, text: str, victim: str) -> None:
    """Pirates who hijacked an Iranian ship are not Iranian; they are still
    the doers, and the victims stay."""
    actors = cast(run(text, lang), "ASSAULT")
    assert any(a.startswith("-:") and a.split(":")[1] in ("CRM", "UAF") for a in actors)
    assert any(a.startswith(victim) for a in actors)


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("en", "An armed group opened fire on a police patrol near Benghazi.", "LBY"),
        ("en", "Unidentified gunmen fired on a police patrol near Benghazi.", "LBY"),
        ("fa", "یک گروه مسلح به سوی یک گشت پلیس در نزدیکی بنغازی تیراندازی کرد.", "LBY"),
        ("ar", "أطلقت مجموعة مسلحة النار على دورية للشرطة قرب بنغازي.", "LBY"),
    ],
)
def test_an_armed_group_nobody_names_is_unidentified(lang: str, text: str, country: str) -> None:
    actors = first_cast(text, lang, "ASSAULT")
    assert actors[0] == f"{country}:UAF"
    assert f"{country}:REB" not in actors


@pytest.mark.parametrize(
    ("lang", "text", "doer"),
    [
        ("ar", "هاجمت الجماعات المسلحة مواقع الجيش السوري.", "SYR:REB"),
        ("ar", "هاجمت المجموعة المسلحة حاجزا للجيش المصري.", "EGY:REB"),
        ("en", "Armed groups attacked Syrian army positions.", "SYR:REB"),
    ],
)
def test_named_armed_groups_stay_rebels(lang: str, text: str, doer: str) -> None:
    """Plural and definite armed groups are the ones the text has named."""
    assert doer in first_cast(text, lang, "ASSAULT")


_LISTED = {
    "en": (
        "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar on Monday. "
        "The four Arab states accused Doha of backing terrorism."
    ),
    "ar": (
        "قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر. "
        "واتهمت الدول الأربع قطر بدعم الإرهاب."
    ),
    "fa": (
        "عربستان، امارات، بحرین و مصر روابط خود را با قطر قطع کردند. "
        "این چهار کشور قطر را به حمایت از تروریسم متهم کردند."
    ),
}


@pytest.mark.parametrize("lang", ["en", "ar", "fa"])
def test_counted_states_take_the_states_listed_before(lang: str) -> None:
    actors = cast(run(_LISTED[lang], lang), "ACCUSE")
    assert {"SAU:", "ARE:", "BHR:", "EGY:", "QAT:"} <= actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "France, Germany and Britain met in Paris. Four countries urged Iran to return.",
        ),
        (
            "fa",
            "فرانسه، آلمان و انگلیس در پاریس دیدار کردند. چهار کشور از ایران خواستند بازگردد.",
        ),
        (
            "ar",
            "اجتمعت فرنسا وألمانيا وبريطانيا في باريس. ودعت الدول الأربع إيران إلى العودة.",
        ),
    ],
)
def test_a_count_that_fits_no_list_takes_nothing(lang: str, text: str) -> None:
    """Three states listed are not "four countries"."""
    actors = cast(run(text, lang), "REQUEST")
    assert not actors & {"FRA:", "DEU:", "GBR:"}


def test_a_sentence_naming_one_of_them_tells_its_own_sides() -> None:
    """ "Cairo ... the three countries": the sentence names a side itself."""
    text = (
        "Egypt, Algeria and Tunisia met in Algiers. "
        "Cairo said the three countries agreed on a list of groups."
    )
    assert not cast(run(text, "en"), "AGREE") & {"DZA:", "TUN:"}


@pytest.mark.parametrize(
    ("lang", "text", "doer"),
    [
        ("ar", "هاجم مسلحون صوماليون سفينة.", "SOM:UAF"),
        ("ar", "اعتقلت الشرطة الإيرانية مسلحين.", "IRN:COP"),
        ("en", "Somali pirates seized a Chinese cargo ship.", "SOM:CRM"),
        ("fa", "پلیس ایران یک باند قاچاقچی را در نزدیکی مرز دستگیر کرد.", "IRN:COP"),
    ],
)
def test_a_doers_own_adjective_is_kept(lang: str, text: str, doer: str) -> None:
    """An adjective that agrees with the doer ("مسلحون صوماليون") is his."""
    record = run(text, lang)
    assert any(doer in cast(record, t) for t in ("ASSAULT", "COERCE"))


def test_between_one_state_and_the_counted_ones_is_bilateral() -> None:
    """ "بين إيران والدول الثلاث": Iran with each of the three, not a meeting
    of four (the glued و is the phrase's)."""
    text = (
        "يزور وزير الخارجية الإيراني الجزائر وتونس وموريتانيا. "
        "ويبحث تعزيز العلاقات بين إيران والدول الثلاث."
    )
    talks = [e for e in run(text, "ar").events if e.type == "CONSULT"]
    assert talks and all(len({a.code for a in e.actors}) == 2 for e in talks)
    assert {a.code for e in talks for a in e.actors} == {"IRN", "DZA", "TUN", "MRT"}
