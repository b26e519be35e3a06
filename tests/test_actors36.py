"""The police or army beside a protest told alike in Arabic, Persian and
English (round 36, actors36; every sentence written for these tests).

Rule added in this round: the police or soldiers named after a protest's
word, and not as what it is against ("against the police", "ضد الشرطة",
"علیه پلیس"), are no party of the protest: they disperse, confront or guard
the crowd, a deed of their own told by its own word, and the one protested
against stays the understood government of the place (of the forces' country
when they are all the sentence names). Policemen who protest themselves stay
the crowd (``armed_protest.armed_protesters``).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read


def _protests(text: str, lang: str) -> set[str]:
    """The protest lines of the reading: the deeds of the forces beside it
    (a dispersal, a deployment) are read by rules of their own."""
    return {line for line in _read(text, lang) if line.startswith("PROTEST")}


# (English, Arabic, Persian, the protest's reading in all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Hundreds of workers protested in Tehran on Sunday, and security forces dispersed them.",
        "تظاهر مئات العمال في طهران يوم الأحد، وفرقتهم قوات الأمن.",
        "صدها کارگر روز یکشنبه در تهران تجمع کردند و نیروهای امنیتی آنها را پراکنده کردند.",
        # workers' rallies are against their employer (agents39fa: ``MODE_OF_SIDE``)
        ("PROTEST reported IRN:LAB",),
    ),
    (
        "Thousands of Algerians protested in Algiers on Friday as police were deployed"
        " around the square.",
        "تظاهر آلاف الجزائريين في العاصمة الجزائرية يوم الجمعة بينما انتشرت الشرطة حول الساحة.",
        "هزاران الجزایری روز جمعه در پایتخت الجزایر تظاهرات کردند و پلیس در اطراف میدان مستقر شد.",
        ("PROTEST reported DZA:CVL DZA:GOV",),
    ),
    (
        "The protests in Ahvaz lasted several days, and security forces broke them up by force.",
        "تواصلت الاحتجاجات في الأهواز عدة أيام، وفرقتها قوات الأمن بالقوة.",
        "اعتراضات در اهواز چند روز طول کشید و نیروهای امنیتی آن را با زور پراکنده کردند.",
        ("PROTEST reported IRN:CVL IRN:GOV",),
    ),
    # the forces are all the sentence names: the protest is where they serve
    (
        "The protests went on for a week, and Iraqi security forces confronted them.",
        "استمرت الاحتجاجات أسبوعا، وواجهتها قوات الأمن العراقية.",
        "اعتراضات یک هفته ادامه داشت و نیروهای امنیتی عراق با آن مقابله کردند.",
        ("PROTEST reported IRQ:CVL IRQ:GOV",),
    ),
    # what the crowd protests against stays its target
    (
        "Thousands of Iraqis protested against the police in Basra.",
        "تظاهر آلاف العراقيين ضد الشرطة في البصرة.",
        "هزاران عراقی در بصره علیه پلیس تظاهرات کردند.",
        ("PROTEST reported IRQ:CVL IRQ:COP",),
    ),
    (
        "Thousands of people in Myanmar protested against the army.",
        "تظاهر آلاف الأشخاص في ميانمار ضد الجيش.",
        "هزاران نفر در میانمار علیه ارتش تظاهرات کردند.",
        ("PROTEST reported MMR:CVL MMR:MIL",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _protests(en, "en") == set(want)
    assert _protests(ar, "ar") == set(want)
    assert _protests(fa, "fa") == set(want)


# policemen who protest themselves are the crowd, against their government
POLICE_PROTEST = (
    "Spanish police officers demonstrated in Madrid over their pay.",
    "تظاهر رجال الشرطة الإسبانية في مدريد احتجاجا على رواتبهم.",
    "ماموران پلیس اسپانیا در مادرید در اعتراض به حقوق خود تظاهرات کردند.",
)


@pytest.mark.parametrize(("lang", "text"), [("en", POLICE_PROTEST[0]), ("ar", POLICE_PROTEST[1])])
def test_policemen_protesting_are_the_crowd(lang: str, text: str) -> None:
    assert _protests(text, lang) == {"PROTEST reported ESP:COP ESP:GOV"}


@pytest.mark.xfail(
    strict=True,
    reason="Persian ends the clause with its verb: policemen named far before it are not"
    " read as the protest's subject (armed_protest.armed_protesters has no rule there)",
)
def test_policemen_protesting_are_the_crowd_fa() -> None:
    assert _protests(POLICE_PROTEST[2], "fa") == {"PROTEST reported ESP:COP ESP:GOV"}
