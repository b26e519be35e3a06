"""reversed98: the doer of a deed told in a relative clause goes first.

A clause whose verb has an object pronoun resuming a side named before it
("the Iraqi prime minister, who invited him", "سفیر ترکیه که او را … متهم
کرده بود") was done by its head; a side named inside the clause before the
verb ("whom Iran expelled", "که پلیس ترکیه او را بازداشت کرده بود") did it
to the head. Main read the other side first in both. Arabic names the
clause's subject after its verb ("الذي اعتقلته الشرطة") and main reads it
right: its sentences here are guards. Sentences written for these tests."""

import pytest

from casts import first_codes


# main read the head second (FRA → IRQ)
@pytest.mark.parametrize(
    ("text", "lang", "etype", "doer", "done_to"),
    [
        (
            "The French minister will travel to Baghdad with the Iraqi prime minister, who invited him to visit.",
            "en",
            "REQUEST",
            "IRQ",
            "FRA",
        ),
        # the Persian head-first sentences ("نخست‌وزیر عراق که او را … دعوت
        # کرده بود") are given up: with no side inside the clause the pronoun
        # may resume the head itself (mendA99, tests/test_mendA99.py)
    ],
)
def test_head_with_object_pronoun_did_it(
    text: str, lang: str, etype: str, doer: str, done_to: str
) -> None:
    assert first_codes(text, lang, etype) == [doer, done_to]


# main read the head first (FRA → IRN, PRK → MYS, IRN → TUR)
@pytest.mark.parametrize(
    ("text", "lang", "etype", "doer", "done_to"),
    [
        (
            "The French diplomat whom Iran expelled returned to Paris.",
            "en",
            "SANCTION",
            "IRN",
            "FRA",
        ),
        (
            "The North Korean chemist, whom Malaysian police deported, denied the charge.",
            "en",
            "COERCE",
            "MYS",
            "PRK",
        ),
        (
            "دیپلمات فرانسوی که ایران او را اخراج کرد به پاریس بازگشت.",
            "fa",
            "SANCTION",
            "IRN",
            "FRA",
        ),
        # a pronoun after a preposition, right before the verb
        (
            "دولت ونزوئلا که ایران و روسیه از آن حمایت می‌کنند، تحریم‌ها را دور می‌زند.",
            "fa",
            "SUPPORT",
            "IRN",
            "VEN",
        ),
        ("وزیر خارجه قطر که عربستان به او حمله کرده بود پاسخ داد.", "fa", "ASSAULT", "SAU", "QAT"),
        (
            "روزنامه‌نگار ایرانی که پلیس ترکیه او را بازداشت کرده بود، به تهران بازگشت.",
            "fa",
            "COERCE",
            "TUR",
            "IRN",
        ),
    ],
)
def test_subject_inside_the_clause_did_it(
    text: str, lang: str, etype: str, doer: str, done_to: str
) -> None:
    assert first_codes(text, lang, etype) == [doer, done_to]


# guards: read right on main and here
@pytest.mark.parametrize(
    ("text", "lang", "etype", "doer", "done_to"),
    [
        # Arabic names the clause's subject after its verb
        (
            "وصل الصحفي الإيراني الذي اعتقلته الشرطة التركية إلى طهران.",
            "ar",
            "COERCE",
            "TUR",
            "IRN",
        ),
        ("أفرج عن الصحفي الإيراني الذي اتهمته تركيا بالتجسس.", "ar", "ACCUSE", "TUR", "IRN"),
        # another side before the head: the subject after the glued verb still acts
        (
            "طالبت إيران بالإفراج عن الصحفي الإيراني الذي اعتقلته الشرطة التركية الأسبوع الماضي.",
            "ar",
            "COERCE",
            "TUR",
            "IRN",
        ),
        (
            "وصل الوزير الفرنسي إلى طهران بدعوة من نظيره الإيراني الذي دعاه إلى الحوار.",
            "ar",
            "REQUEST",
            "IRN",
            "FRA",
        ),
        ("هاجم الوزير الإيراني نظيره البريطاني الذي انتقده أمس.", "ar", "ACCUSE", "IRN", "GBR"),
        # a noun's pronoun and a verb of a later clause are no object of the
        # relative's verb (read wrong by a first try that took any glued ending)
        (
            "دعا الرئيس الفرنسي إلى دعم لبنان، التي تواجه أزمة خانقة وتعهد بمواصلة دعمها.",
            "ar",
            "SUPPORT",
            "FRA",
            "LBN",
        ),
        (
            "طالب الوزير السوري بتغيير القاضي اللبناني الذي كان ينظر في قضيته بعد اتهامه له بالانحياز.",
            "ar",
            "ACCUSE",
            "SYR",
            "LBN",
        ),
        # no object pronoun: the side inside the clause is its object
        (
            "ایران از وزیر سعودی که قطر را به تروریسم متهم کرد انتقاد کرد.",
            "fa",
            "ACCUSE",
            "IRN",
            "QAT",
        ),
        # the clause closed with a verb of its own before the pronoun: the
        # invitation is the main clause's (read wrong before the closer check)
        (
            "وزیر خارجه ایران گفت: دیپلمات‌های عراقی که اعتراض کردند آنها را دعوت کردیم.",
            "fa",
            "REQUEST",
            "IRN",
            "IRQ",
        ),
        # "whom he had accused": the pronoun subject is the sentence's own
        (
            "The Iranian foreign minister met the Turkish envoy whom he had accused of lying.",
            "en",
            "ACCUSE",
            "IRN",
            "TUR",
        ),
        # a relative clause on another noun: the main clause's order holds
        (
            "The Iranian journalist, whom Turkish police arrested last week, was freed.",
            "en",
            "COERCE",
            "TUR",
            "IRN",
        ),
    ],
)
def test_orders_kept(text: str, lang: str, etype: str, doer: str, done_to: str) -> None:
    assert first_codes(text, lang, etype) == [doer, done_to]
